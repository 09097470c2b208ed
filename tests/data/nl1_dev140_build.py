#!/usr/bin/env python3
"""d140: independent NL101/NL102 cases in a pharmacotherapy / nutrition / adverse
drug reaction voice (läkemedelsgenomgång, dietistanteckning, biverkningar).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev140_cases.jsonl")

SK = "skane"
VG = "vgr"
MEL = "Melior"
PMO = "PMO"
OV = "öppenvård"
SV = "slutenvård"

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_ger_lund": ("Geriatriska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4G7K"),
    "sk_ger_malmo": ("Geriatriska kliniken avd 4, Skånes universitetssjukhus Malmö", "SE2321000255-4G9B"),
    "sk_med_hbg": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-6M21"),
    "sk_med_kri": ("Medicinkliniken avd 22, Centralsjukhuset Kristianstad", "SE2321000255-8K22"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6A01"),
    "sk_endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3E14"),
    "sk_endo_hbg": ("Endokrinmottagningen, Helsingborgs lasarett", "SE2321000255-6E30"),
    "sk_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-2I55"),
    "sk_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-2H08"),
    "sk_psyk_lund": ("Allmänpsykiatrisk mottagning, Psykiatri Skåne Lund", "SE2321000255-9P12"),
    "sk_psyk_hbg": ("Vuxenpsykiatriska avdelningen, Psykiatri Skåne Helsingborg", "SE2321000255-9P47"),
    "sk_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2N19"),
    "sk_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2B61"),
    "sk_med_ystad": ("Medicinkliniken, Ystads lasarett", "SE2321000255-7Y03"),
    "sk_med_trbg": ("Medicinkliniken, Trelleborgs lasarett", "SE2321000255-7T10"),
    "sk_med_lkr": ("Medicinavdelningen, Landskrona lasarett", "SE2321000255-6L04"),
    "sk_ger_hlm": ("Geriatriska avdelningen, Hässleholms sjukhus", "SE2321000255-8H02"),
    "sk_diet_malmo": ("Dietistenheten, Skånes universitetssjukhus Malmö", "SE2321000255-3D77"),
    "sk_diet_kri": ("Dietistmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8D05"),
    "sk_kak_malmo": ("Käkkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3K40"),
    "sk_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3G26"),
    "sk_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2R33"),
    "sk_barn_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-6B15"),
    "sk_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2Q71"),
    "sk_lmt_angel": ("Läkemedelsteamet, Geriatriska kliniken, Ängelholms sjukhus", "SE2321000255-6G90"),
    "sk_kard_lund": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2C44"),
    "sk_stroke_hbg": ("Strokeavdelningen, Helsingborgs lasarett", "SE2321000255-6S08"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2O17"),
    # Region Skåne, PMO (primary care)
    "sk_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P1S0"),
    "sk_vc_nasby_hsv": ("Vårdcentralen Näsby, hemsjukvård", "SE2321000255-P2N4"),
    "sk_diet_eslov": ("Dietistverksamheten Primärvård Skåne, Eslöv", "SE2321000255-P7D1"),
    "sk_vc_kroksback": ("Vårdcentralen Kroksbäck, Malmö", "SE2321000255-P3K8"),
    # Västra Götalandsregionen, Melior
    "vg_ger_molndal": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011402"),
    "vg_medmott_su": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011517"),
    "vg_akutmed_ostra": ("Akutmedicin, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011633"),
    "vg_psyk_aff": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012208"),
    "vg_psyk_psykos": ("Psykiatri Psykos, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012219"),
    "vg_kard_nal": ("Kardiologiska kliniken, NU-sjukvården NÄL", "SE2321000131-E000000014021"),
    "vg_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000014003"),
    "vg_lung_nal": ("Lungmedicinska mottagningen, NU-sjukvården NÄL", "SE2321000131-E000000014077"),
    "vg_psyk_skovde": ("Psykiatriska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000015120"),
    "vg_reuma_skovde": ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000015166"),
    "vg_diet_skovde": ("Dietistmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000015191"),
    "vg_diet_boras": ("Dietistenheten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016034"),
    "vg_med_boras": ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016012"),
    "vg_med3_kungalv": ("Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-E000000017045"),
    "vg_endo_kungalv": ("Endokrinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000017088"),
    "vg_akut_alings": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000018002"),
    "vg_diet_alings": ("Dietistmottagningen, Alingsås lasarett", "SE2321000131-E000000018050"),
    "vg_kir_udd": ("Kirurgkliniken, Uddevalla sjukhus", "SE2321000131-E000000014310"),
    "vg_ger_udd": ("Geriatriska mottagningen, Uddevalla sjukhus", "SE2321000131-E000000014355"),
    "vg_lmg_nu": ("Läkemedelsteamet, NU-sjukvården", "SE2321000131-E000000014390"),
    "vg_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011740"),
    "vg_neuro_su": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011781"),
    "vg_hem_su": ("Hematologiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011805"),
    "vg_ak_ostra": ("Antikoagulationsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011650"),
    "vg_diet_angered": ("Dietistmottagningen, Angereds Närsjukhus", "SE2321000131-E000000019014"),
    "vg_diet_ostra": ("Dietistenheten, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011677"),
    "vg_gastro_su": ("Mag- och tarmmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011823"),
    "vg_onk_su": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011869"),
    "vg_onh_su": ("Öron-, näs- och halskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011890"),
    "vg_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011692"),
    "vg_kak_su": ("Käkkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011912"),
    "vg_njur_skovde": ("Njurmedicin, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000015203"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%d" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def note(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    """signed: minutes after time, or None for an unsigned draft."""
    uname, hsa = UNITS[unit]
    t = datetime.fromisoformat(time)
    s = None if signed is None else (t + timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def case(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (datetime(last.year, last.month, last.day) + timedelta(days=3)).isoformat()
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
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

# =====================================================================
# Part 1 — NL102: hedged (drug-induced) diagnoses, positives
# =====================================================================

case("d140-sertralin-trolig-siadh-geriatrik", SK, "1937-11-04", "284", [
    note("n1", MEL, "Fördjupad läkemedelsgenomgång", "sk_ger_lund", "Karin Sjöholm", "läkare",
         "2024-02-06T10:15:00", 55, SV, [
             ("Aktuellt", "86-årig kvinna inlagd via akuten pga förvirring och två fall i hemmet senaste veckan. "
                          "Sertralin insatt av VC för 3 veckor sedan mot nedstämdhet efter makens bortgång."),
             ("Lab", "S-Na 119, S-osmolalitet 252, U-Na 64, U-osmolalitet 410. TSH och kortisol u.a."),
             ("Läkemedelsgenomgång", "Totalt 11 preparat enl. Pascal. Sertralin 50 mg x1, Enalapril 10 mg x1, "
                                     "Hydroklortiazid 25 mg x1, Alvedon 1 g x3, Oxascand 5 mg v.b., Movicol v.b."),
             ("Bedömning", "Trolig SIADH utlöst av sertralin, förstärkt av tiaziden. Kliniskt euvolem."),
             ("Åtgärd", "Sertralin och hydroklortiazid sätts ut. Vätskerestriktion 1 liter/dygn. S-Na dagligen under vårdtiden."),
         ]),
], [M102], [M101], "a hedged drug-induced SIADH (Trolig) in a visible Bedömning of a Melior med review; nothing is said about telling")

case("d140-misstankt-statinmyopati-atorvastatin", VG, "1960-08-19", "331", [
    note("n1", MEL, "Läkaranteckning", "vg_medmott_su", "Jonas Ekberg", "läkare",
         "2024-03-12T13:40:00", 30, OV, [
             ("Anamnes", "63-årig man med typ 2-diabetes. Atorvastatin höjdes från 40 till 80 mg i januari efter NSTEMI. "
                         "Sedan dess tilltagande värk och svaghet i lår och skuldror, har svårt att resa sig ur soffan."),
             ("Status", "Proximal muskelsvaghet bilat, 4/5 i höftflexion. Ömma lårmuskler vid palpation. Inga hudutslag."),
             ("Lab", "CK 4 200, kreatinin 88, TSH 2,1, ALAT 0,9."),
             ("Bedömning", "Misstänkt statininducerad myopati. Om besvären kvarstår efter utsättning bör anti-HMGCR tas "
                           "för att fånga en immunmedierad nekrotiserande myopati."),
             ("Planering", "Atorvastatin pausas. Nytt CK om 2 veckor. Kontakt med lipidmottagningen angående PCSK9-hämmare."),
         ]),
], [M102], [], "Misstänkt statininducerad myopati in a visible VGR Melior Bedömning")

case("d140-dili-forenligt-med-amoxicillin-klavulansyra", SK, "1958-05-27", "462", [
    note("n1", MEL, "Mottagningsanteckning", "sk_gastro_malmo", "Amir Haddad", "läkare",
         "2024-04-17T09:20:00", 45, OV, [
             ("Aktuellt", "Remiss från VC pga ikterus. Behandlades med Spektramox 500/125 mg x3 i 10 dagar för sinuit i mars, "
                          "ikterus och klåda debuterade ca 3 veckor efter avslutad kur."),
             ("Utredning", "Bilirubin 142, ALP 9,8, ALAT 3,1. Hepatitserologi neg för A, B, C och E. "
                           "UL lever och gallvägar: normalvida gallgångar, inga konkrement."),
             ("Bedömning", "Kolestatisk leverpåverkan, förenligt med läkemedelsutlöst leverskada av amoxicillin-klavulansyra. RUCAM 8."),
             ("Planering", "Leverprover varannan vecka. Kolestyramin mot klådan. Biverkningsrapport skickas till Läkemedelsverket."),
         ]),
], [M102], [], "'förenligt med läkemedelsutlöst leverskada' is a hedged DILI diagnosis in a visible Melior section")

case("d140-litiumintox-kan-ej-uteslutas-telefon", VG, "1969-01-30", "208", [
    note("n1", MEL, "Telefonanteckning", "vg_psyk_aff", "Lena Forsberg", "läkare",
         "2024-05-03T16:05:00", 20, OV, [
             ("Telefonkontakt", "Maken ringer: pat har haft diarré och kräkningar i tre dagar, darrar mer än vanligt och verkar slö. "
                                "Tar Lithionit 42 mg 1+1."),
             ("Bedömning", "Litiumintoxikation kan ej uteslutas i samband med gastroenterit och vätskeförlust. "
                           "Senaste S-litium 0,8 i februari."),
             ("Åtgärd", "Hänvisas till akutmottagningen Östra för akut S-litium, elstatus och kreatinin. Lithionit pausas tills vidare."),
         ]),
], [M102], [M101], "'kan ej uteslutas' about lithium intoxication in a visible telephone note; no statement about telling")

case("d140-susp-agranulocytos-tiamazol-pat-informerad", SK, "1979-09-14", "586", [
    note("n1", MEL, "Telefonanteckning", "sk_endo_malmo", "Hanna Wikström", "läkare",
         "2024-01-23T11:30:00", 15, OV, [
             ("Telefonkontakt", "Pat ringer med feber 39,2 och halsont sedan igår. Behandlas sedan 5 veckor med Thacapzol 20 mg x2 för Graves sjukdom."),
             ("Lab", "Akut blodstatus på VC: LPK 1,1, neutrofila 0,2, Hb 131, TPK 245."),
             ("Bedömning", "Susp. agranulocytos av tiamazol."),
             ("Åtgärd", "Thacapzol sätts ut omedelbart. Pat åker in till infektionsakuten SUS Malmö, infektionsjouren kontaktad. "
                        "Pat informerad om misstanken och varför tabletterna inte får tas igen."),
         ]),
], [M102], [M101], "abbreviated hedge 'Susp.' on agranulocytosis, visible; the patient was told, so no NL101")

case("d140-dd-torsades-forvarvat-langt-qt", VG, "1945-12-02", "442", [
    note("n1", MEL, "Inskrivningsanteckning", "vg_kard_nal", "Per Lundgren", "läkare",
         "2024-06-11T02:50:00", 70, SV, [
             ("Anamnes", "78-årig kvinna som sedan länge står på citalopram 40 mg. Fick ondansetron iv x2 postop efter höftplastik, "
                         "svimmade på toaletten i natt."),
             ("Status", "Vaken, orienterad. Cor: regelbunden rytm, inga blåsljud. Pulm u.a."),
             ("EKG", "Sinusrytm 58/min, QTc 540 ms, T-vågsinversion V2-V4. Telemetri: korta skov av polymorf VT."),
             ("Bedömning", "Synkope. DD torsade de pointes vid förvärvat långt QT-syndrom (citalopram, ondansetron, K 3,2). DD ortostatisk synkope."),
             ("Åtgärd", "Kalium- och magnesiumsubstitution iv. Citalopram utsätts. Undvik QT-förlängande läkemedel. Telemetri."),
         ]),
], [M102], [], "differential diagnosis (DD) of drug-induced torsade de pointes / long QT in a visible section")

case("d140-bild-som-vid-serotonergt-syndrom-tramadol", SK, "1983-03-08", "613", [
    note("n1", MEL, "Akutanteckning", "sk_akut_hbg", "Oskar Nyström", "läkare",
         "2024-02-18T19:10:00", 40, OV, [
             ("Kontaktorsak", "Oro, svettningar och muskelryckningar sedan i morse."),
             ("Anamnes", "Pat har sertralin 100 mg dagligen. Fick Tramadol 50 mg 2x3 utskrivet av tandläkare för två dagar sedan efter tandextraktion."),
             ("Status", "Temp 38,4, puls 118, BT 165/95. Mydriasis, svettig. Hyperreflexi i UE, inducerbar klonus i fotleder bilat."),
             ("Bedömning", "Bild som vid serotonergt syndrom efter tillägg av tramadol."),
             ("Åtgärd", "Tramadol och sertralin sätts ut. Stesolid 5 mg iv. Inläggning på medicin för övervakning."),
         ]),
], [M102], [M101], "'Bild som vid serotonergt syndrom' is a hedged drug-induced diagnosis in visible text; nothing about telling")

case("d140-inger-misstanke-om-malignt-neuroleptikasyndrom", VG, "1990-07-21", "357", [
    note("n1", MEL, "Läkaranteckning", "vg_psyk_skovde", "Sofia Ahlström", "läkare",
         "2024-07-04T14:25:00", 35, SV, [
             ("Aktuellt", "Dag 6 på avdelningen. Haldol höjt till 5 mg x2 i förrgår pga agitation. Idag stel, svettig och svarar knappt på tilltal."),
             ("Status", "Temp 39,1. Blyrörsrigiditet i alla extremiteter. BT 170/100, puls 124. Följer inte uppmaningar."),
             ("Lab", "CK 12 500, LPK 14,2, CRP 18."),
             ("Bedömning", "Bilden inger misstanke om malignt neuroleptikasyndrom."),
             ("Åtgärd", "All antipsykotika utsätts. Kontakt med medicinjouren, överflyttning till IVA för nedkylning, vätska och ställningstagande till dantrolen."),
         ]),
], [M102], [], "'inger misstanke om malignt neuroleptikasyndrom' in a visible psychiatric Melior note")

case("d140-typo-misstankr-digoxinforgiftning", SK, "1935-02-11", "191", [
    note("n1", MEL, "Läkaranteckning", "sk_med_kri", "Eva Bergqvist", "läkare",
         "2024-03-02T10:45:00", 25, SV, [
             ("Aktuellt", "89-årig man med FF och hjärtsvikt, Digoxin 0,13 mg x1. Tilltagande aptitlöshet, illamående och gulseende sedan en vecka."),
             ("Lab", "Kreatinin 168 (tidigare 105), K 5,4, S-digoxin 3,1 nmol/l."),
             ("EKG", "FF med långsam kammarfrekvens 42/min, tråglika ST-sänkningar."),
             ("Bedömning", "Misstänkr digoxinförgiftning vid försämrad njurfunktion."),
             ("Ordination", "Digoxin utsätts. Telemetri. Kreatinin och kalium imorgon. Digifab diskuteras med Giftinformationscentralen vid ytterligare bradykardi."),
         ]),
], [M102], [], "typo in the hedge ('Misstänkr') on digoxin poisoning, still a hedged diagnosis in visible text")

case("d140-dietist-trolig-undernaring-cytostatika", VG, "1952-10-09", "526", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_boras", "Maria Öhman", "dietist",
         "2024-08-20T13:00:00", 25, SV, [
             ("Nutritionsstatus", "Längd 168 cm, vikt 51 kg, BMI 18,1. Habituell vikt 57 kg i april, dvs viktförlust 10 % på 4 mån. Äter ca halva portioner."),
             ("Bedömning", "Trolig undernäring, orsakad av nedsatt aptit och smakförändringar under cytostatikabehandling."),
             ("Åtgärd", "Energi- och proteinberikad kost. Näringsdryck 2 st/dag. Pat och dotter har fått skriftliga kostråd."),
             ("Uppföljning", "Ny vägning om 1 v på avdelningen, dietisten följer upp på fredag."),
         ]),
], [M102], [], "dietitian's hedged diagnosis 'Trolig undernäring' in a visible Melior note")

case("d140-refeedingsyndrom-kan-inte-uteslutas", SK, "2004-12-13", "742", [
    note("n1", MEL, "Dietistanteckning", "sk_diet_malmo", "Johanna Persson", "dietist",
         "2024-09-10T11:15:00", 30, SV, [
             ("Aktuellt", "Dag 2 efter start av sondnäring via nasogastrisk sond, 1000 kcal/dygn. Pat vårdas för anorexia nervosa, BMI 13,9."),
             ("Lab", "P-fosfat 0,42 (igår 0,91), K 3,0, Mg 0,62."),
             ("Bedömning", "Refeedingsyndrom kan inte uteslutas, kraftigt fallande fosfat efter nutritionsstart."),
             ("Åtgärd", "Sondnäringen hålls på 10 kcal/kg. Fosfat- och kaliumsubstitution enligt ordination av avdelningsläkaren. Tiamin fortsätter."),
         ]),
], [M102], [M101], "'kan inte uteslutas' about refeeding syndrome in a visible dietitian note; nothing about telling")

case("d140-typo-misstant-sarkopeni-geriatrik", SK, "1941-06-25", "068", [
    note("n1", MEL, "Geriatrisk bedömning", "sk_ger_hlm", "Mikael Roos", "läkare",
         "2024-10-08T09:50:00", 60, OV, [
             ("Anamnes", "82-årig kvinna, tre fall senaste halvåret och minskad gånghastighet. Äter dåligt sedan makens död."),
             ("Status", "Handstyrka 14 kg hö, 12 kg vä. Timed Up and Go 19 s. Vadomfång 29 cm."),
             ("Bedömning", "Misstänt sarkopeni, DXA för muskelmassa beställs för att fastställa."),
             ("Planering", "Sjukgymnast för styrketräning. Dietist, proteinmål 1,2 g/kg/dag. D-vitaminstatus."),
         ]),
], [M102], [], "typo 'Misstänt' on sarcopenia in a visible geriatric Bedömning, still a hedged diagnosis")

case("d140-dietist-ev-laktosintolerans", VG, "1994-04-02", "284", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_angered", "Leila Karimi", "dietist",
         "2024-02-27T14:10:00", None, OV, [
             ("Kontaktorsak", "Remiss från VC pga magbesvär och gaser. Celiakiserologi negativ."),
             ("Kostanamnes", "Dricker ca 6 dl mjölk per dag, mer besvär efter frukost och fika. Regelbundna måltider i övrigt."),
             ("Bedömning", "Ev. laktosintolerans. Besvären skulle också kunna passa med IBS."),
             ("Åtgärd", "Laktosfri kost i 3 veckor, därefter provokation med vanlig mjölk. Matdagbok."),
         ]),
], [M102], [], "'Ev. laktosintolerans' is a hedged diagnosis in a visible dietitian note")

case("d140-barn-fragestallning-celiaki", SK, "2016-11-29", "402", [
    note("n1", MEL, "Läkaranteckning", "sk_barn_hbg", "Ida Magnusson", "läkare",
         "2024-04-25T15:20:00", 40, OV, [
             ("Anamnes", "7-årig flicka med dålig viktuppgång sedan 2 år och återkommande buksmärtor. Faster har celiaki."),
             ("Status", "Vikt -1,8 SD, längd -0,9 SD. Lätt uppspänd buk, i övrigt u.a."),
             ("Lab", "tTG-IgA 48 (ref <7), total-IgA normalt, Hb 109, ferritin 6."),
             ("Bedömning", "Frågeställning celiaki. tTG är inte över 10 ggr övre referensgränsen, så diagnos kan inte ställas utan biopsi."),
             ("Planering", "Remiss gastroskopi med px. Glutenhaltig kost ska fortsätta fram till undersökningen. Järntillskott."),
         ]),
], [M102], [], "'Frågeställning celiaki' in a visible Melior note for a child under 13 (guardians read it)")

case("d140-trol-ace-hammarutlost-angioodem", VG, "1965-09-03", "175", [
    note("n1", MEL, "Akutanteckning", "vg_akut_alings", "Nils Hedlund", "läkare",
         "2024-03-28T07:35:00", 30, OV, [
             ("Anamnes", "58-årig man med hypertoni, Enalapril 20 mg sedan 4 år. Vaknade med kraftig svullnad i läppar och tunga."),
             ("Status", "Uttalad svullnad i underläpp och tunga, ingen urtikaria. Ingen stridor, sat 98 %. Något grötig röst."),
             ("Bedömning", "Trol. ACE-hämmarutlöst angioödem, bradykininmedierat."),
             ("Åtgärd", "Enalapril sätts ut permanent och byts mot amlodipin. Observation 6 timmar, ÖNH-jouren underrättad. Icatibant finns framme."),
         ]),
], [M102], [], "abbreviated hedge 'Trol.' on ACE-inhibitor angioedema in visible text")

case("d140-dd-stevens-johnson-lamotrigin", SK, "1987-05-16", "820", [
    note("n1", MEL, "Konsultationsanteckning", "sk_hud_lund", "Emelie Dahl", "läkare",
         "2024-05-21T12:00:00", 45, SV, [
             ("Frågeställning", "Konsult från neurologen. Utslag hos pat som påbörjade Lamotrigin för 3 veckor sedan."),
             ("Status", "Atypiska måltavleliknande lesioner på bålen, blåsbildning på ca 5 % av kroppsytan. "
                        "Erosioner i munslemhinnan och konjunktivit bilat. Nikolskis tecken positivt."),
             ("Bedömning", "DD Stevens-Johnsons syndrom / erythema multiforme major."),
             ("Åtgärd", "Lamotrigin sätts ut omedelbart. Hudbiopsi tagen. Ögonkonsult idag. Brännskadeenheten kontaktas vid progress."),
         ]),
], [M102], [], "a DD list with Stevens-Johnson syndrome in a visible dermatology consult")

case("d140-pankreatit-fragetecken-semaglutid", VG, "1971-12-07", "648", [
    note("n1", MEL, "Inskrivningsanteckning", "vg_kir_udd", "Jenny Svensson", "läkare",
         "2024-09-02T21:40:00", 50, SV, [
             ("Anamnes", "52-årig kvinna med typ 2-diabetes och fetma, Ozempic 1 mg/vecka sedan i höstas. "
                         "Akut insättande bältesformad smärta i epigastriet sedan 6 tim, kräkts x4. Ingen alkohol."),
             ("Status", "Allmänpåverkad, ömmar i epigastriet utan peritonit. Temp 37,8."),
             ("Lab", "P-amylas 14 µkat/l, CRP 45, LPK 13,1."),
             ("Bedömning", "Akut pankreatit? Läkemedelsrelaterad genes diskuteras, gallstensgenes ännu ej utesluten."),
             ("Planering", "UL buk imorgon. Ozempic pausas. Dropp, smärtlindring, fasta."),
         ]),
], [M102], [], "question-mark hedge on acute pancreatitis (GLP-1 analogue) in a visible admission note")

case("d140-typo-sanolik-metformin-laktacidos", SK, "1952-08-30", "936", [
    note("n1", MEL, "Läkaranteckning", "sk_med_trbg", "Daniel Åkesson", "läkare",
         "2024-11-05T04:20:00", 90, SV, [
             ("Aktuellt", "71-årig man med typ 2-diabetes på Metformin 1 g x2. Gastroenterit sedan 4 dagar med minimalt intag, inkommer slö och takypnoisk."),
             ("Lab", "pH 7,08, laktat 9,4, BE -19, kreatinin 412 (tidigare 98), P-glukos 6,1."),
             ("Bedömning", "Sanolik metforminassocierad laktacidos vid akut njurskada."),
             ("Åtgärd", "Metformin seponeras. IVA-konsult för ställningstagande till CRRT. Bikarbonat diskuteras med narkosjouren."),
         ]),
], [M102], [], "typo 'Sanolik' hedges metformin-associated lactic acidosis in a visible note")

case("d140-oklart-om-lakemedelsutlost-parkinsonism", VG, "1943-10-12", "235", [
    note("n1", MEL, "Läkaranteckning", "vg_ger_molndal", "Gunnar Blom", "läkare",
         "2024-04-09T10:30:00", None, OV, [
             ("Anamnes", "80-årig man med Alzheimers sjukdom. Risperdal 0,5 mg x2 insattes i höstas mot oro, sedan dess stelare, små steg och darrig i hö hand."),
             ("Status", "Rigiditet bilat, hö > vä. Vilotremor hö hand. Hypomimi. Nedsatt armpendling."),
             ("Bedömning", "Oklart om detta är en läkemedelsutlöst parkinsonism av risperidon eller en debuterande Parkinsons sjukdom."),
             ("Planering", "Risperdal trappas ut under 2 veckor. Omvärdering om 2 mån, DaTSCAN om symtomen kvarstår."),
         ]),
], [M102], [M101], "'Oklart om' between drug-induced parkinsonism and Parkinson's disease, visible; nothing about telling")

case("d140-talar-for-lakemedelsexantem-dress-ej-uteslutet", SK, "1962-01-19", "556", [
    note("n1", MEL, "Läkaranteckning", "sk_inf_lund", "Rebecka Lind", "läkare",
         "2024-06-19T11:10:00", 35, SV, [
             ("Aktuellt", "Dag 9 av Bactrim-behandling för pyelonefrit. Nytillkommet makulopapulöst utslag på bål och armar sedan igår, feber 38,6."),
             ("Lab", "Eosinofila 1,4, ALAT 1,8, kreatinin oförändrat."),
             ("Bedömning", "Utslagen talar för läkemedelsexantem av trimetoprim-sulfametoxazol. DRESS kan inte helt uteslutas pga eosinofili och leverpåverkan."),
             ("Åtgärd", "Bactrim utsätts och ersätts av ceftibuten. Leverprover och diff om 2 dagar. Betametasonkräm på utslagen."),
         ]),
], [M102], [], "'talar för läkemedelsexantem' and 'DRESS kan inte helt uteslutas' in a visible infection note")

case("d140-vgr-tidiga-hypoteser-och-synlig-bedomning-lupus", VG, "1956-02-22", "119", [
    note("n1", MEL, "Läkaranteckning", "vg_med_boras", "Anders Holmgren", "läkare",
         "2024-10-15T15:00:00", 30, OV, [
             ("Aktuellt", "Ledvärk i händer och knän samt andningskorrelerad bröstsmärta sedan 6 veckor. Hydralazin 50 mg x3 sedan i fjol mot terapiresistent hypertoni."),
             ("Tidiga hypoteser", "Misstänkt läkemedelsutlöst lupus av hydralazin. ANA och anti-histon-antikroppar tagna."),
             ("Bedömning", "Möjlig hydralazininducerad lupus, inväntar serologi."),
             ("Planering", "Hydralazin ersätts av doxazosin. Återbesök med provsvar om 3 v."),
         ]),
], [M102], [], "the hypothesis is in the VGR Tidiga hypoteser section but also repeated hedged ('Möjlig') in the visible Bedömning")

case("d140-skane-sokord-tidiga-hypoteser-i-vanlig-mall", SK, "1949-07-08", "327", [
    note("n1", MEL, "Läkaranteckning", "sk_kak_malmo", "Victor Malm", "läkare",
         "2024-08-13T13:30:00", 25, OV, [
             ("Aktuellt", "Remiss från tandläkare: blottat ben regio 36-37 sedan extraktion för 10 veckor sedan. Pat behandlas med Prolia sedan 5 år för osteoporos."),
             ("Status", "Ca 8 x 5 mm exponerat ben lingualt regio 36, ingen pus, ingen fistel."),
             ("Tidiga hypoteser", "Misstänkt läkemedelsrelaterad osteonekros i käken (MRONJ) stadium 1."),
             ("Planering", "Klorhexidinsköljning 0,2 % x2. Ny kontroll om 4 v. CBCT beställd."),
         ]),
], [M102], [], "Skåne protects by template only: a sökord named Tidiga hypoteser inside an ordinary Läkaranteckning is visible")

case("d140-lang-susp-cdiff-efter-klindamycin", VG, "1942-03-17", "468", [
    note("n1", MEL, "Inskrivningsanteckning", "vg_akutmed_ostra", "Sara Nordin", "läkare",
         "2024-01-15T18:30:00", 95, SV, [
             ("Kontaktorsak", "Diarré och feber sedan fyra dagar."),
             ("Anamnes", "81-årig kvinna, bor i eget boende med hemtjänst två gånger dagligen. Tidigare hypertoni, förmaksflimmer på Eliquis, "
                         "hypotyreos och knäartros, knäprotes hö 2019. Tandläkare satte in Dalacin 300 mg x3 för 10 dagar sedan pga tandabscess. "
                         "Sedan 4 dagar vattentunna diarréer 8-10 ggr/dygn, krampartade buksmärtor och feber upp till 38,5. "
                         "Äter och dricker dåligt, yr vid uppresning. Inget blod i avföringen. Ingen utlandsresa, ingen i omgivningen med liknande besvär."),
             ("Läkemedel", "Eliquis 2,5 mg x2, Levaxin 75 µg x1, Amlodipin 5 mg x1, Enalapril 10 mg x1, Alvedon 1 g v.b., Dalacin 300 mg x3 (dag 10)."),
             ("Status", "AT: Trött, torr i munnen, lätt allmänpåverkad. Temp 38,2. Cor: oregelbunden rytm, frekv 96, inga blåsljud. "
                        "BT 102/60. Pulm: vesikulärt andningsljud bilat, inga rassel. Buk: mjuk, diffust öm i nedre delen, livliga tarmljud, ingen défense. "
                        "Hud: nedsatt turgor."),
             ("Lab", "Hb 128, LPK 17,8, CRP 112, Na 131, K 3,1, kreatinin 148 (habituellt 82), albumin 28, laktat 1,9."),
             ("Bedömning", "Susp. Clostridioides difficile-enterit efter klindamycinbehandling, med dehydrering, prerenal njurpåverkan och hypokalemi. "
                           "Inga tecken på toxisk megakolon eller peritonit."),
             ("Åtgärd", "F-C. difficile toxin/PCR och F-odling skickade. Dalacin avslutas. Dificlir 200 mg x2 startas i väntan på svar. "
                        "Ringer-Acetat 2 liter med KCl-tillsats. Enalapril pausas, Eliquis fortsätter. "
                        "Isolering i enkelrum med egen toalett enligt vårdhygien. Vätskelista och daglig vikt."),
             ("Planering", "Inläggning avd 322. Kreatinin och elstatus imorgon. Dietist kontaktas för nutritionsbedömning."),
         ]),
], [M102], [M101], "long admission chart: 'Susp. Clostridioides difficile-enterit' after clindamycin in the visible Bedömning")

case("d140-utkast-mojlig-akut-njurskada-raas-hyperkalemi", SK, "1946-04-03", "771", [
    note("n1", MEL, "Läkaranteckning", "sk_med_lkr", "Tobias Ek", "läkare",
         "2024-12-03T08:40:00", None, SV, [
             ("Aktuellt", "Hjärtsviktspat med Spironolakton 50 mg, Enalapril 10 mg x2 och Furix. Inkommer med muskelsvaghet och diarré."),
             ("Lab", "K 6,7, kreatinin 230 (feb: 121), Na 131."),
             ("EKG", "Höga spetsiga T-vågor V2-V5, QRS 120 ms."),
             ("Bedömning", "Hyperkalemi. Möjlig akut njurskada av prerenal genes i kombination med RAAS-blockad."),
             ("Åtgärd", "Kalciumglukonat iv, insulin-glukosdropp, Lokelma. Spironolakton och enalapril pausas. Nytt K om 2 tim."),
         ]),
], [M102], [], "unsigned draft: 'Möjlig akut njurskada' next to drug-related hyperkalaemia in a visible section")

case("d140-apotekare-typo-sannolkit-antikolinergt-delirium", VG, "1939-09-26", "062", [
    note("n1", MEL, "Läkemedelsgenomgång", "vg_lmg_nu", "Malin Strand", "apotekare",
         "2024-02-14T13:15:00", 45, SV, [
             ("Läkemedelsgenomgång", "Genomgång av 14 läkemedel inför rond på avd 35. Hög antikolinerg belastning: Ditropan 5 mg x3, "
                                     "Atarax 25 mg till natten, Saroten 10 mg till natten."),
             ("Bedömning", "Sannolkit antikolinergt delirium hos 84-åring med känd kognitiv svikt. ACB-poäng 8."),
             ("Förslag till ansvarig läkare", "Sätt ut Atarax och Saroten. Ditropan ersätts med Betmiga efter diskussion med urolog. Ny 4AT om 1 vecka."),
         ]),
], [M102], [], "clinical pharmacist's typo 'Sannolkit' on anticholinergic delirium in a visible med review")

case("d140-ev-steroidinducerad-osteoporos-kotkompression", VG, "1948-06-06", "542", [
    note("n1", MEL, "Mottagningsanteckning", "vg_reuma_skovde", "Kristina Lönn", "läkare",
         "2024-05-28T09:40:00", 30, OV, [
             ("Aktuellt", "Polymyalgia reumatica sedan 2022, Prednisolon 7,5 mg dagligen kontinuerligt. Plötslig ryggsmärta vid lyft för 2 v sedan."),
             ("Rtg", "Rtg ländrygg: kilformig kompression av L1, ny jämfört med 2022."),
             ("Bedömning", "Ev. steroidinducerad osteoporos med kotkompression. DXA beställd."),
             ("Planering", "Kalcium + D-vitamin. Alendronat sätts in efter tandstatus. Nedtrappning av prednisolon till 5 mg provas."),
         ]),
], [M102], [], "'Ev.' hedges glucocorticoid-induced osteoporosis in a visible rheumatology note")

case("d140-misstankt-aminoglykosidutlost-njurskada", SK, "1954-10-21", "613", [
    note("n1", MEL, "Läkaranteckning", "sk_med_hbg", "Fredrik Palm", "läkare",
         "2024-07-16T11:55:00", 20, SV, [
             ("Aktuellt", "Urosepsis, Gentamicin 5 mg/kg x1 dag 1-4 pga långsam förbättring på Cefotaxim. Kreatinin har stigit från 85 till 210."),
             ("Bedömning", "Misstänkt aminoglykosidutlöst njurskada. Diuresen bevarad."),
             ("Åtgärd", "Gentamicin utsätts. Fortsatt Cefotaxim. Vätskebalans och dagligt kreatinin, njurkonsult vid fortsatt stigning."),
         ]),
], [M102], [], "'Misstänkt aminoglykosidutlöst njurskada' in a visible inpatient note")

# =====================================================================
# Part 1 — NL102: hard negatives
# =====================================================================

case("d140-ingen-misstanke-litiumintox-arskontroll", SK, "1976-03-29", "415", [
    note("n1", MEL, "Mottagningsanteckning", "sk_psyk_lund", "Petra Ljung", "läkare",
         "2024-03-19T14:00:00", 30, OV, [
             ("Aktuellt", "Årskontroll bipolär sjukdom typ I, Lithionit 42 mg 1+1 sedan 2011. Stabil i stämningsläget och arbetar heltid."),
             ("Lab", "S-litium 0,7 mmol/l, kreatinin 92, eGFR 71, TSH 3,9, Ca 2,44."),
             ("Bedömning", "Välinställd. Ingen misstanke om intoxikation, den lätta finvågiga tremorn är oförändrad sedan åratal."),
             ("Planering", "Oförändrad dos. Nya prover om 6 mån."),
         ]),
], [], [M102, M101], "'Ingen misstanke om intoxikation' is a negated mention; the bipolar diagnosis is confirmed")

case("d140-dili-uteslutes-koledokolitiasis", VG, "1959-11-11", "337", [
    note("n1", MEL, "Läkaranteckning", "vg_gastro_su", "Henrik Wall", "läkare",
         "2024-04-23T10:10:00", 40, OV, [
             ("Aktuellt", "Remitterad pga stigande leverprover efter insättning av Atorvastatin. ALAT 2,9, ALP 6,2, bilirubin 48."),
             ("Utredning", "MRCP: multipla konkrement i ductus choledochus med lätt vidgade gallvägar."),
             ("Bedömning", "Koledokolitiasis med kolestas. Läkemedelsutlöst leverskada uteslutes. Atorvastatin kan återinsättas efter ERCP."),
             ("Planering", "ERCP bokad nästa vecka, prover dagen innan."),
         ]),
], [], [M102], "DILI is ruled out ('uteslutes'); the gallstone diagnosis is confirmed")

case("d140-talar-emot-statinmyopati-fibromyalgi", VG, "1963-05-04", "624", [
    note("n1", MEL, "Mottagningsanteckning", "vg_med_boras", "Camilla Berg", "läkare",
         "2024-06-04T13:20:00", 25, OV, [
             ("Anamnes", "Diffus värk i nacke, axlar och ländrygg i ca 5 år, dvs innan rosuvastatin sattes in i fjol. Oroar sig för muskelbiverkan."),
             ("Lab", "CK 1,8 (ref < 3,3), TSH u.a."),
             ("Bedömning", "Normalt CK och besvär som föregått statinbehandlingen talar emot statinmyopati. "
                           "Smärtbilden förklaras av hennes sedan länge kända fibromyalgi."),
             ("Planering", "Rosuvastatin fortsätter oförändrat."),
         ]),
], [], [M102], "'talar emot statinmyopati' is a ruled-out mention, not a hedge toward the diagnosis")

case("d140-agranulocytos-avskrivs-salazopyrin", SK, "1970-08-08", "190", [
    note("n1", MEL, "Läkaranteckning", "sk_hem_lund", "Magnus Friberg", "läkare",
         "2024-02-29T12:40:00", 30, OV, [
             ("Aktuellt", "Akut remiss från VC pga neutrofila 0,9 vid rutinkontroll under Salazopyrin för reumatoid artrit."),
             ("Lab", "Kontroll idag: LPK 4,6, neutrofila 2,8, Hb 138, TPK 260. Blodutstryk utan blaster."),
             ("Bedömning", "Lätt övergående neutropeni, nu normaliserad. Agranulocytos avskrivs."),
             ("Planering", "Salazopyrin kan fortsätta. Blodstatus enligt ordinarie schema via reumatologen."),
         ]),
], [], [M102], "'Agranulocytos avskrivs' is a dismissed diagnosis; nothing hedged remains")

case("d140-mojligen-extra-tablett-waran", VG, "1947-01-25", "713", [
    note("n1", MEL, "Telefonanteckning", "vg_ak_ostra", "Birgitta Carlsson", "sjuksköterska",
         "2024-07-09T09:15:00", 10, OV, [
             ("Telefonkontakt", "Ringer pat angående INR 4,3. Inga blödningar eller blåmärken."),
             ("Bedömning", "Möjligen har pat tagit en extra tablett i lördags eftersom dosetten var felfylld. Ingen ny interagerande medicin."),
             ("Åtgärd", "Hoppar över dagens dos, därefter 2,5 tabletter dagligen i stället för 3. Nytt INR om 1 vecka."),
         ]),
], [], [M102], "the hedge ('Möjligen') is about a dosing event, not a diagnosis")

case("d140-lakemedelsgenomgang-eventuellt-byte-somnmedel", SK, "1936-12-18", "248", [
    note("n1", MEL, "Fördjupad läkemedelsgenomgång", "sk_lmt_angel", "Ulf Sandberg", "läkare",
         "2024-08-27T10:00:00", 75, OV, [
             ("Diagnoser", "Hjärtsvikt NYHA II, förmaksflimmer, typ 2-diabetes, gonartros bilat, sömnstörning."),
             ("Läkemedelsgenomgång", "Pat står på 13 preparat. Stilnoct 10 mg och Propavan 25 mg till natten, Tramadol 50 mg x3, "
                                     "Alvedon 1 g x3, Eliquis 5 mg x2, Metformin 500 mg x2, Bisoprolol 5 mg, Furix 40 mg."),
             ("Bedömning", "Dubbel sömnmedicinering och tramadol med sederande effekt hos 87-åring med fall senaste året."),
             ("Planering", "Propavan sätts ut. Eventuellt kan Stilnoct bytas mot melatonin längre fram. "
                           "Tramadol trappas ned till 50 mg x2, ev. ersätts av buprenorfinplåster."),
         ]),
], [], [M102], "hedges ('Eventuellt', 'ev.') are about drug changes only; all diagnoses are confirmed")

case("d140-trolig-utskrivning-naringsdryck-kol", VG, "1944-05-13", "395", [
    note("n1", MEL, "Dietistanteckning", "vg_med3_kungalv", "Therese Lindahl", "dietist",
         "2024-11-19T14:30:00", 20, SV, [
             ("Aktuellt", "Uppföljning av kostintag. Pat med KOL och konstaterad undernäring äter nu ca 75 % av serverad mat."),
             ("Vikt", "46,8 kg (förra veckan 46,2 kg)."),
             ("Planering", "Trolig utskrivning på torsdag. Näringsdryck 2 x 200 ml/dag förskrivs på särskild näring. Kostråd till hemtjänsten skickas med."),
         ]),
], [], [M102], "'Trolig utskrivning' hedges a discharge plan; the malnutrition diagnosis is stated as confirmed")

case("d140-sannolikt-falskt-forhojt-kalium-hemolys", SK, "1955-02-07", "829", [
    note("n1", MEL, "Läkaranteckning", "sk_med_ystad", "Linnea Holm", "läkare",
         "2024-01-30T13:05:00", 15, OV, [
             ("Lab", "K 6,2, kreatinin 79. Provet hemolyserat enligt laboratoriet."),
             ("Bedömning", "Inga EKG-förändringar. Sannolikt falskt förhöjt kalium pga provtagningen."),
             ("Åtgärd", "Nytt venöst kalium utan stas imorgon bitti. Enalapril fortsätter oförändrat."),
         ]),
], [], [M102], "'Sannolikt' hedges a laboratory artefact, not a disease")

case("d140-mor-mojligen-celiaki-dietist", VG, "1988-10-30", "280", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_skovde", "Ellinor Bäck", "dietist",
         "2024-03-06T10:45:00", 25, OV, [
             ("Kostanamnes", "Laktosintolerans bekräftad med gentest i januari. Äter laktosfritt sedan en månad med god effekt på magbesvären."),
             ("Hereditet", "Modern har möjligen celiaki, hon utreds på annan ort."),
             ("Bedömning", "God följsamhet. Kalciumintaget för lågt, uppskattat till ca 400 mg/dag."),
             ("Åtgärd", "Råd om laktosfria mejeriprodukter och kalciumberikad havredryck."),
         ]),
], [], [M102], "the only hedged diagnosis belongs to the mother (family history)")

case("d140-om-feber-blodstatus-risk-agranulocytos", SK, "1985-06-20", "463", [
    note("n1", MEL, "Mottagningsanteckning", "sk_endo_hbg", "Sanna Mattsson", "läkare",
         "2024-09-24T15:30:00", 30, OV, [
             ("Aktuellt", "Nydiagnostiserad Graves sjukdom, TRAK 12, fT4 58. Thacapzol 10 mg x3 insätts idag."),
             ("Information", "Pat har fått muntlig och skriftlig information om den sällsynta men allvarliga biverkan agranulocytos. "
                             "Vid feber, halsont eller munsår ska pat omgående kontakta oss eller akuten för blodstatus."),
             ("Planering", "TSH, fT4 och leverstatus om 4 veckor. Återbesök om 6 v."),
         ]),
], [], [M102, M101], "agranulocytosis is only a risk in a conditional instruction; the patient was told of this serious side effect")

case("d140-pmo-vc-trolig-statinmyopati", SK, "1957-04-15", "306", [
    note("n1", PMO, "Besöksanteckning", "sk_vc_sjobo", "Lars Jeppsson", "läkare",
         "2024-05-14T10:20:00", 20, OV, [
             ("Anamnes", "Muskelvärk i vader och lår sedan simvastatin höjdes till 40 mg i mars."),
             ("Status", "Lätt ömhet i vadmuskulaturen, kraft u.a."),
             ("Bedömning", "Trolig statinmyopati, CK 2,9."),
             ("Planering", "Simvastatin pausas 4 veckor, därefter provas rosuvastatin 5 mg."),
         ]),
], [], [M102], "PMO never shows diagnoses, so 'Trolig statinmyopati' in a vårdcentral note is no NL102")

case("d140-pmo-hemsjukvard-misstankt-hyponatremi", SK, "1933-09-01", "528", [
    note("n1", PMO, "Omvårdnadsanteckning", "sk_vc_nasby_hsv", "Annika Ström", "sjuksköterska",
         "2024-06-26T11:40:00", 15, OV, [
             ("Omvårdnad", "Hembesök. Pat tröttare och förvirrad sedan 2 dagar enligt hemtjänsten. Citalopram insattes för 2 veckor sedan."),
             ("Bedömning", "Misstänkt hyponatremi, kontaktar dr. Elstatus taget i hemmet och skickat med bud."),
             ("Åtgärd", "Dr Holm ordinerar vätskerestriktion tills provsvar finns."),
         ]),
], [], [M102], "hedged SSRI hyponatraemia written by a home-care nurse in PMO is never shown")

case("d140-skane-mall-tidiga-hypoteser-mtx-leverfibros", SK, "1961-07-12", "974", [
    note("n1", MEL, "Tidiga hypoteser", "sk_reuma_lund", "Jakob Winther", "läkare",
         "2024-10-29T16:10:00", 20, OV, [
             ("Bedömning", "Misstänkt metotrexatinducerad leverfibros, FibroScan 11,8 kPa. Diskuteras med hepatolog innan patienten informeras."),
         ]),
], [], [M102, M101], "Skåne: the hedged and untold diagnosis sits only in the protected template Tidiga hypoteser")

case("d140-vgr-sokord-tidiga-hypoteser-klozapinmyokardit", VG, "1998-02-03", "417", [
    note("n1", MEL, "Läkaranteckning", "vg_psyk_psykos", "Mattias Wik", "läkare",
         "2024-02-21T13:35:00", 30, SV, [
             ("Aktuellt", "Klozapin sedan 3 veckor, titreras mot 200 mg. Temp 37,9 och vilopuls 110 sedan igår."),
             ("Tidiga hypoteser", "Klozapinassocierad myokardit? Troponin T och CRP tas dagligen denna vecka."),
             ("Planering", "Dosökningen av klozapin pausas. EKG och ekokardiografi imorgon."),
         ]),
], [], [M102], "VGR: the hedged myocarditis stands only under the protected sökord Tidiga hypoteser")

case("d140-epikris-bekraftad-citalopram-hyponatremi", VG, "1938-12-24", "286", [
    note("n1", MEL, "Epikris", "vg_ger_molndal", "Ingrid Sjöberg", "läkare",
         "2024-04-12T14:50:00", 60, SV, [
             ("Epikris", "85-årig kvinna inlagd 3/4-9/4 pga förvirring, Na 117 vid ankomst. Citalopram utsattes och vätskerestriktion gavs, Na 131 vid utskrivning."),
             ("Diagnos", "Hyponatremi orsakad av citalopram E87.1, Y49.2. Akut konfusion F05.9."),
             ("Läkemedelsberättelse", "Utsatt: Citalopram 20 mg. Nyinsatt: Mirtazapin 15 mg till natten. I övrigt oförändrat."),
             ("Uppföljning", "Eventuell kontroll av Na om en vecka via VC Mölndal."),
         ]),
], [], [M102, M101], "confirmed drug-induced hyponatraemia; the only hedge is on a follow-up test")

case("d140-kan-rora-sig-om-dispenseringsfel-dosett", SK, "1944-11-09", "152", [
    note("n1", MEL, "Läkemedelsavstämning", "sk_med_hbg", "Nora Fransson", "apotekare",
         "2024-03-26T11:20:00", 35, SV, [
             ("Läkemedelsavstämning", "Avstämning mot Pascal och pat egna läkemedel. I medhavd dosett saknas Trombyl och Bisoprolol de senaste 3 dagarna."),
             ("Bedömning", "Kan röra sig om ett dispenseringsfel vid dosettfyllningen, pat fyller själv. Oklart om Bisoprolol tagits sedan i söndags."),
             ("Åtgärd", "Ansvarig läkare underrättad. Föreslår ApoDos efter utskrivning."),
         ]),
], [], [M102], "'kan röra sig om' and 'Oklart om' are about a dispensing error and intake, not a diagnosis")

case("d140-ev-viss-yrsel-doxazosin-ingen-ortostatism", VG, "1940-08-16", "735", [
    note("n1", MEL, "Mottagningsanteckning", "vg_ger_udd", "Tove Nilsson", "läkare",
         "2024-09-17T10:40:00", 30, OV, [
             ("Aktuellt", "Återbesök efter dosökning av Carduran till 4 mg. BT hemma 135/80."),
             ("Anamnes", "Ev. viss yrsel vid uppresning på morgonen, osäker på om det är nytt."),
             ("Status", "BT liggande 138/82, stående efter 3 min 128/78."),
             ("Bedömning", "Ingen ortostatisk hypotension. Fortsatt Carduran 4 mg."),
         ]),
], [], [M102], "the hedge is on a symptom (yrsel); orthostatic hypotension is negated")

case("d140-dietist-trolig-viktnedgang-hoftfraktur", SK, "1934-05-02", "466", [
    note("n1", MEL, "Dietistanteckning", "sk_diet_kri", "Josefin Ahl", "dietist",
         "2024-12-10T10:05:00", None, SV, [
             ("Aktuellt", "Inneliggande på ortopeden efter höftfraktur. Ingen vikt registrerad på avdelningen sedan inskrivningen."),
             ("Nutritionsstatus", "Trolig viktnedgång ca 3-4 kg sedan inläggningen enligt pat, kläderna sitter löst. Äter frukost men lite till lunch och middag."),
             ("Åtgärd", "Vägning beställd. Mellanmål med proteinpudding x2. Matregistrering i 3 dagar."),
         ]),
], [], [M102], "'Trolig viktnedgång' hedges a finding; the fracture is confirmed and no disease is hedged")

case("d140-sannolikt-okat-proteinbehov-trycksar", VG, "1950-03-23", "839", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_ostra", "Ronja Falk", "dietist",
         "2024-05-07T13:50:00", 25, SV, [
             ("Aktuellt", "Trycksår kategori 3 över sacrum sedan 2 veckor, vårdas på avd 314."),
             ("Bedömning", "Sannolikt ökat energi- och proteinbehov pga trycksåret, beräknat till 30 kcal/kg och 1,5 g protein/kg."),
             ("Åtgärd", "Proteinberikning och argininberikad näringsdryck 2 ggr/dag. Zinkstatus tas av läkare."),
         ]),
], [], [M102], "'Sannolikt' hedges a nutritional requirement; the pressure ulcer is confirmed")

case("d140-tidigare-sjs-misstanke-avskriven", SK, "1991-09-09", "612", [
    note("n1", MEL, "Mottagningsanteckning", "sk_neuro_lund", "Axel Borg", "läkare",
         "2024-06-13T09:30:00", 40, OV, [
             ("Anamnes", "Epilepsi sedan 17 års ålder. Under lamotriginupptitrering 2019 fanns misstanke om Stevens-Johnsons syndrom, "
                         "den avskrevs efter hudbiopsi som visade urtikaria."),
             ("Aktuellt", "Anfallsfri 18 månader på Keppra 1000 mg x2."),
             ("Planering", "Oförändrad behandling. Körkortsfrågan diskuterad, inget medicinskt hinder."),
         ]),
], [], [M102], "an old suspicion of SJS that was dismissed ('avskrevs') is no live hedged diagnosis")

case("d140-typo-inga-teckan-pa-serotonergt-syndrom", VG, "1977-12-28", "521", [
    note("n1", MEL, "Akutanteckning", "vg_akut_nal", "Robin Ekström", "läkare",
         "2024-08-06T15:45:00", 30, OV, [
             ("Kontaktorsak", "Tog av misstag 2 extra tabletter Venlafaxin 75 mg i förmiddags."),
             ("Status", "Temp 36,9, puls 84, BT 132/78. Normalstora pupiller. Inga kloni, normala reflexer, ej svettig."),
             ("Bedömning", "Inga teckan på serotonergt syndrom. Dosen ej toxisk enligt Giftinformationscentralen."),
             ("Åtgärd", "Hem. Åter vid muskelryckningar eller feber."),
         ]),
], [], [M102], "typo in a negation ('Inga teckan på'): serotonin syndrome is ruled out, and the return advice is conditional")

case("d140-ssk-oklart-om-pat-tar-eliquis", SK, "1939-04-19", "847", [
    note("n1", MEL, "Omvårdnadsanteckning", "sk_ger_lund", "Yvonne Paulsson", "sjuksköterska",
         "2024-11-12T20:15:00", 10, SV, [
             ("Läkemedel", "Oklart om pat tar sin Eliquis hemma, dosetten har inte fyllts på två veckor enligt sonen."),
             ("Åtgärd", "Dr underrättad. Vårdplanering med hemtjänsten om läkemedelshantering."),
         ]),
], [], [M102], "'Oklart om' is about adherence, not a diagnosis")

case("d140-talar-for-levaxin-ej-tagits", VG, "1966-07-07", "460", [
    note("n1", MEL, "Telefonanteckning", "vg_endo_kungalv", "Emma Sandin", "läkare",
         "2024-10-01T11:00:00", 15, OV, [
             ("Telefonkontakt", "Provsvar: TSH 18, fT4 9. Känd hypotyreos sedan 2015 på Levaxin 100 µg."),
             ("Bedömning", "Provsvaren talar för att pat inte tagit Levaxin regelbundet. Pat medger att hon glömt flera dagar i veckan."),
             ("Åtgärd", "Påminnelse i mobilen och veckodosett. Nytt TSH om 6 v, oförändrad dos."),
         ]),
], [], [M102], "'talar för' points at missed tablets, not at a diagnosis; hypothyroidism is known")

case("d140-typo-ingen-missanke-agranulocytos-klozapin", SK, "1986-01-14", "338", [
    note("n1", MEL, "Läkaranteckning", "sk_psyk_hbg", "Simon Kjellberg", "läkare",
         "2024-04-04T09:10:00", 10, SV, [
             ("Aktuellt", "Rutinblodstatus vecka 14 under Leponex-behandling."),
             ("Lab", "LPK 5,8, neutrofila 3,4."),
             ("Bedömning", "Ingen missanke om agranulocytos. Fortsatt blodstatus varje månad enligt FASS."),
         ]),
], [], [M102], "typo in a negation ('Ingen missanke om') keeps agranulocytosis ruled out")

case("d140-vgr-tidiga-hypoteser-plus-bekraftad-hypotyreos", VG, "1964-11-27", "675", [
    note("n1", MEL, "Läkaranteckning", "vg_onk_su", "Pernilla Hägg", "läkare",
         "2024-07-23T14:05:00", 35, OV, [
             ("Aktuellt", "Pembrolizumab kur 6. Trötthet och viktuppgång 4 kg."),
             ("Lab", "TSH 42, fT4 6."),
             ("Bedömning", "Immunterapiutlöst hypotyreos. Levaxin 50 µg insätts."),
             ("Tidiga hypoteser", "Samtidig binjurebarkssvikt? Kortisol och ACTH tas i morgon bitti."),
             ("Planering", "Kur 7 ges enligt plan."),
         ]),
], [], [M102], "VGR: the visible part holds a confirmed immune-related hypothyroidism; the hedge is only under Tidiga hypoteser")

case("d140-ingen-qt-forlangning-fore-plaquenil", SK, "1980-10-05", "251", [
    note("n1", MEL, "Konsultationsanteckning", "sk_kard_lund", "Olof Henriksson", "läkare",
         "2024-02-08T12:30:00", None, OV, [
             ("Frågeställning", "Inför insättning av hydroxiklorokin hos pat med SLE."),
             ("EKG", "Sinusrytm 68/min, QTc 428 ms, normal morfologi."),
             ("Bedömning", "Ingen QT-förlängning. Inget hinder för Plaquenil ur kardiologisk synvinkel. Ev. nytt EKG efter 3 mån behandling."),
         ]),
], [], [M102], "QT prolongation is negated; the only hedge ('Ev.') is a follow-up ECG")

case("d140-pmo-dietist-ev-celiaki", SK, "1993-08-12", "792", [
    note("n1", PMO, "Dietistanteckning", "sk_diet_eslov", "Malin Ohlsson", "dietist",
         "2024-03-14T09:00:00", 20, OV, [
             ("Aktuellt", "Remitterad pga järnbristanemi och lös avföring. tTG-IgA 22, väntar på gastroskopi."),
             ("Bedömning", "Ev. celiaki, pat ska fortsätta äta gluten fram till biopsin."),
             ("Åtgärd", "Kostregistrering i 4 dagar. Råd om järnrika livsmedel."),
         ]),
], [], [M102], "primary-care dietitian in PMO: the hedged coeliac disease is not shown")

# =====================================================================
# Part 2 — NL101: diagnosis visible while the patient is not told
# =====================================================================

case("d140-dili-flukloxacillin-ej-informerad", SK, "1950-06-14", "237", [
    note("n1", MEL, "Läkaranteckning", "sk_inf_lund", "Karl Almqvist", "läkare",
         "2024-03-07T14:20:00", 30, SV, [
             ("Aktuellt", "Inlagd för protesinfektion i vä knä, behandlas sedan fyra veckor med Heracillin 3 g x3."),
             ("Lab", "Bilirubin 98, ALP 12,1, ALAT 2,6. UL buk: normalvida gallvägar, ingen fokal leverförändring."),
             ("Bedömning", "Läkemedelsutlöst leverskada av kolestatisk typ orsakad av flukloxacillin. "
                           "Heracillin sätts ut och ersätts med klindamycin i samråd med ortopeden."),
             ("Information", "Pat är ännu inte informerad om leverskadan, ansvarig överläkare tar samtalet imorgon vid ronden."),
         ]),
], [M101], [M102], "confirmed flucloxacillin DILI in the visible Bedömning while the note says the patient is not yet informed")

case("d140-agranulocytos-klozapin-ej-natt", VG, "1984-02-17", "553", [
    note("n1", MEL, "Telefonanteckning", "vg_psyk_psykos", "Elin Rydén", "läkare",
         "2024-03-13T16:40:00", 15, OV, [
             ("Lab", "Blodstatus 12/3: LPK 1,3, neutrofila 0,1."),
             ("Bedömning", "Agranulocytos under klozapinbehandling. Leponex ska sättas ut omedelbart och får aldrig återinsättas."),
             ("Telefonkontakt", "Sökt pat tre gånger på mobilen under eftermiddagen utan svar. Pat har därför ännu inte fått besked."),
             ("Åtgärd", "Mobila teamet åker hem till pat ikväll. Infektionsjouren på Östra förvarnad."),
         ]),
], [M101], [], "clozapine agranulocytosis stands visibly and the patient could not be reached, so has not been told")

case("d140-mronj-zoledronsyra-ej-underrattad", SK, "1951-09-30", "486", [
    note("n1", MEL, "Läkaranteckning", "sk_kak_malmo", "Hedvig Nord", "läkare",
         "2024-05-14T10:30:00", 40, OV, [
             ("Utredning", "CBCT visar sekvester och osteolys regio 46-47. PAD från sekvestrotomin: nekrotiskt ben, inga tumörceller."),
             ("Diagnos", "Läkemedelsrelaterad osteonekros i käken (MRONJ) stadium 2, utlöst av zoledronsyra."),
             ("Planering", "Pat är inte underrättad om PAD-svaret ännu. Besked ges vid återbesöket 23/5 tillsammans med onkologen."),
         ]),
], [M101], [M102], "MRONJ confirmed under Diagnos, visible, and the PAD result behind it is not yet told")

case("d140-pml-natalizumab-ej-besked", VG, "1982-12-01", "620", [
    note("n1", MEL, "Läkaranteckning", "vg_neuro_su", "Johan Stenberg", "läkare",
         "2024-04-03T15:10:00", None, OV, [
             ("Utredning", "MR hjärna 2/4: ny subkortikal T2-lesion frontalt vä utan kontrastuppladdning. JC-virus-DNA påvisat i likvor."),
             ("Bedömning", "Progressiv multifokal leukoencefalopati (PML) under natalizumabbehandling. Tysabri avslutas."),
             ("Planering", "Pat har inte fått besked om diagnosen. Samtal bokas på torsdag med maken närvarande. Plasmaferes diskuteras med infektionskliniken."),
         ]),
], [M101], [], "PML under natalizumab, a serious side effect, is written visibly before the patient has been told")

case("d140-karbamazepin-hyponatremi-kognitiv-svikt", SK, "1935-03-12", "855", [
    note("n1", MEL, "Läkaranteckning", "sk_ger_malmo", "Frida Lindberg", "läkare",
         "2024-01-18T11:45:00", 35, SV, [
             ("Aktuellt", "89-årig man från särskilt boende, inkom med tilltagande förvirring och ostadighet."),
             ("Lab", "Na 121, S-osmolalitet 258, S-karbamazepin inom terapeutiskt intervall."),
             ("Bedömning", "Hyponatremi orsakad av karbamazepin. Tegretol ersätts med Keppra efter samråd med neurolog."),
             ("Information", "Pat ej informerad om diagnosen pga uttalad kognitiv svikt och konfusion. Dottern informerad per telefon."),
         ]),
], [M101], [], "the daughter was told but the patient himself was not: drug-induced hyponatraemia stands visibly")

case("d140-tardiv-dyskinesi-avvaktar-med-information", VG, "1972-05-19", "371", [
    note("n1", MEL, "Läkaranteckning", "vg_psyk_skovde", "Maja Lindqvist", "läkare",
         "2024-06-25T13:00:00", 30, SV, [
             ("Status", "Orofaciala ofrivilliga rörelser med tuggrörelser och tungprotrusion. AIMS 14."),
             ("Bedömning", "Tardiv dyskinesi efter mångårig behandling med Haldol depå."),
             ("Planering", "Byte till klozapin övervägs. Avvaktar med att informera pat om diagnosen tills han är mindre paranoid, "
                           "har nu vanföreställningar om att personalen förgiftar honom."),
         ]),
], [M101], [], "'Avvaktar med att informera pat om diagnosen': tardive dyskinesia is visible and deliberately not told yet")

case("d140-typo-litium-ndi-ej-infomerad", SK, "1958-11-23", "140", [
    note("n1", MEL, "Mottagningsanteckning", "sk_njur_lund", "Gustav Ekman", "läkare",
         "2024-02-20T10:20:00", 50, OV, [
             ("Aktuellt", "Polyuri 6-7 l/dygn och uttalad törst. Lithionit sedan 25 år."),
             ("Utredning", "Törstprov: U-osm 180 efter 8 tim utan stegring. Ingen effekt av desmopressin."),
             ("Bedömning", "Litiuminducerad nefrogen diabetes insipidus."),
             ("Planering", "Pat ej infomerad om utredningsresultatet ännu; diskuteras först med behandlande psykiater angående byte av stämningsstabiliserare."),
         ]),
], [M101], [], "typo 'infomerad': lithium-induced nephrogenic DI is visible while the result is not yet told")

case("d140-rabdomyolys-simvastatin-klaritromycin-sederad", VG, "1953-07-02", "268", [
    note("n1", MEL, "Läkaranteckning", "vg_med_boras", "Oscar Lund", "läkare",
         "2024-02-02T09:35:00", 40, SV, [
             ("Aktuellt", "Överflyttad från IVA. CK 38 000 vid ankomst, nu 9 400. Står på Simvastatin 80 mg och fick klaritromycin på VC för pneumoni."),
             ("Bedömning", "Rabdomyolys orsakad av interaktion mellan simvastatin och klaritromycin. Akut njurskada i regress, kreatinin 180."),
             ("Information", "Pat ej informerad om orsaken, har varit sederad och därefter för trött för samtal. Görs av avdelningsläkaren i morgon."),
         ]),
], [M101], [], "interaction-induced rhabdomyolysis visible; the patient has not been told because he was sedated")

case("d140-hbv-reaktivering-rituximab-ej-delgivet", SK, "1956-04-08", "924", [
    note("n1", MEL, "Läkaranteckning", "sk_hem_lund", "Sara Blomqvist", "läkare",
         "2024-05-06T14:00:00", 25, OV, [
             ("Aktuellt", "Follikulärt lymfom, 6 kurer R-bendamustin avslutade i januari. Anti-HBc positiv sedan tidigare, profylaxen avslutades i mars."),
             ("Lab", "ALAT 6,8, HBsAg positiv, HBV-DNA 4,2 x 10^6 IU/ml."),
             ("Bedömning", "Hepatit B-reaktivering efter rituximab."),
             ("Åtgärd", "Tenofovir sätts in. Remiss infektion. Ej delgivet patienten ännu, jag ringer henne efter infektionskonsulten."),
         ]),
], [M101], [], "'Ej delgivet patienten ännu' with a visible hepatitis B reactivation diagnosis")

case("d140-lang-cdiff-verifierad-ej-informerad", VG, "1940-01-09", "713", [
    note("n1", MEL, "Daganteckning", "vg_ger_molndal", "Anna-Karin Vik", "läkare",
         "2024-11-26T12:10:00", 80, SV, [
             ("Aktuellt", "Dag 5 på avdelningen för 84-årig man inlagd med pneumoni, Zinacef iv dag 1-3 och därefter Doxyferm. "
                          "Sedan igår kväll 6 lösa avföringar och lätta kramper i nedre buken. Nattpersonalen noterade temp 38,0 kl 04."),
             ("Omvårdnad", "Enligt ssk äter han knappt hälften av frukosten och dricker ca 800 ml/dygn. Förhöjd trycksårsrisk enligt RiskVAS. "
                           "Mobiliseras med rollator och en personal."),
             ("Status", "AT: Något trött men adekvat i samtal. Temp 37,8. BT 118/70, puls 92 regelbunden. Torra slemhinnor. "
                        "Pulm: enstaka krepitationer basalt hö, i övrigt vesikulärt. Buk: mjuk, lätt diffust öm, inga resistenser, ingen défense, livliga tarmljud."),
             ("Lab", "CRP 88 (igår 54), LPK 15,1, Hb 121, Na 134, K 3,3, kreatinin 112 (inkomst 96). F-C. difficile toxin B PCR positiv."),
             ("Bedömning", "Clostridioides difficile-infektion efter antibiotikabehandling, måttlig svårighetsgrad. Pneumonin i regress."),
             ("Åtgärd", "Doxyferm avslutas, pneumonin bedöms färdigbehandlad. Vankomycin 125 mg x4 po i 10 dagar. "
                        "Kontaktisolering i enkelrum med egen toalett, vårdhygien kontaktad. Inf Ringer-Acetat 1 liter, kaliumtillskott po. "
                        "Omeprazol sätts ut, saknar indikation."),
             ("Information", "Pat ej informerad om provsvaret ännu, var på fysioterapi under ronden och sov sedan. Ssk och jag går in efter lunch."),
             ("Planering", "Blodstatus, CRP och elstatus imorgon. Dietistkonsult för nutrition. Utskrivning tidigast efter 48 tim utan diarré."),
         ]),
], [M101], [], "long ward chart: verified C. difficile infection in Bedömning and an Information section saying not yet told")

case("d140-dress-allopurinol-pat-ovetande", SK, "1949-10-16", "577", [
    note("n1", MEL, "Läkaranteckning", "sk_med_kri", "Hugo Lindström", "läkare",
         "2024-07-30T17:25:00", 35, SV, [
             ("Aktuellt", "Allopurinol insatt för gikt för 5 veckor sedan. Feber, generaliserat exantem och ansiktsödem sedan 4 dagar."),
             ("Lab", "Eosinofila 2,1, ALAT 4,2, kreatinin 145, atypiska lymfocyter i utstryk."),
             ("Bedömning", "DRESS orsakat av allopurinol, RegiSCAR 7. Zyloric utsatt, Prednisolon 1 mg/kg insatt."),
             ("Information", "Pat är ovetande om diagnosen och informeras av hudkonsulten vid morgondagens rond."),
         ]),
], [M101], [], "'Pat är ovetande om diagnosen': allopurinol DRESS is visible and not told")

case("d140-pancytopeni-metotrexat-doseringsfel-ej-informerad", VG, "1945-08-28", "429", [
    note("n1", MEL, "Läkaranteckning", "vg_reuma_skovde", "Linda Axelsson", "läkare",
         "2024-08-15T10:05:00", 30, OV, [
             ("Lab", "Hb 84, LPK 1,8, TPK 42, kreatinin 178."),
             ("Bedömning", "Pancytopeni orsakad av metotrexat vid nedsatt njurfunktion. Pat har tagit 15 mg dagligen i stället för en gång per vecka "
                           "under 8 dagar efter ett fel i ApoDos-leveransen."),
             ("Åtgärd", "Metotrexat utsätts. Kalciumfolinat enligt PM. Inläggning på hematologen."),
             ("Information", "Pat är inte informerad om diagnosen eller doseringsfelet; ansvarig läkare informerar i samband med inläggningen och avvikelse skrivs."),
         ]),
], [M101], [], "methotrexate pancytopenia after a dosing error is visible and the patient has not been told")

case("d140-cisplatin-ototoxicitet-svar-ej-meddelat", VG, "1968-03-03", "815", [
    note("n1", MEL, "Mottagningsanteckning", "vg_onh_su", "Isak Berglund", "läkare",
         "2024-10-22T13:30:00", 25, OV, [
             ("Utredning", "Tonaudiogram: bilateral sensorineural hörselnedsättning 40-60 dB i diskanten, ny sedan baslinjemätningen före cisplatin."),
             ("Bedömning", "Cisplatinutlöst ototoxisk hörselnedsättning, grad 2."),
             ("Planering", "Svaret är inte meddelat pat. Onkologen kontaktas först för ställningstagande till byte till karboplatin. Remiss hörselvården."),
         ]),
], [M101], [], "cisplatin ototoxicity stands visibly while the audiogram result has not been given to the patient")

case("d140-dietist-svar-undernaring-ej-informerad", VG, "1947-12-11", "344", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_alings", "Sanna Gunnarsson", "dietist",
         "2024-09-19T11:40:00", 20, OV, [
             ("Nutritionsstatus", "Vikt 43 kg, BMI 16,4. Viktförlust 14 % på 6 mån. Nedsatt handstyrka och tydlig muskelatrofi."),
             ("Bedömning", "Svår sjukdomsrelaterad undernäring enligt GLIM."),
             ("Information", "Pat inte informerad om bedömningen än, hon blev mycket ledsen vid vägningen och ville ta det med sin läkare. "
                             "Jag återkommer efter läkarsamtalet."),
         ]),
], [M101], [], "dietitian's confirmed severe malnutrition (GLIM) is visible while the patient is not yet informed")

case("d140-icb-apixaban-global-afasi", SK, "1944-02-26", "662", [
    note("n1", MEL, "Läkaranteckning", "sk_stroke_hbg", "Viktor Sundberg", "läkare",
         "2024-04-29T22:15:00", 60, SV, [
             ("Aktuellt", "Inkom med akut afasi och högersidig svaghet. Eliquis 5 mg x2 för FF."),
             ("DT", "DT hjärna: intracerebral blödning ca 25 ml vä temporalt, ingen ventrikelöverblödning."),
             ("Bedömning", "Antikoagulantiarelaterad intracerebral blödning. Ondexxya givet på akuten."),
             ("Information", "Pat har inte kunnat informeras om diagnosen pga global afasi. Maken informerad på plats."),
         ]),
], [M101], [], "anticoagulant-related ICH visible; the aphasic patient has not been told, only the husband")

case("d140-typo-amiodaron-lungfibros-ej-imformerats", VG, "1946-09-05", "183", [
    note("n1", MEL, "Mottagningsanteckning", "vg_lung_nal", "Kerstin Boman", "läkare",
         "2024-05-02T14:45:00", 30, OV, [
             ("Utredning", "HRCT thorax: bilaterala retikulära förändringar subpleuralt, nytillkomna sedan 2022. DLCO 48 % av förväntat."),
             ("Bedömning", "Amiodaroninducerad lungfibros."),
             ("Planering", "Cordarone sätts ut i samråd med kardiologen. Pat har ännu inte imformerats, besked ges på mottagningen 14/5."),
         ]),
], [M101], [], "typo 'imformerats': amiodarone lung fibrosis is visible, told only at a later visit")

case("d140-ssk-har-inte-informerat-hyperkalemi", SK, "1952-12-19", "409", [
    note("n1", MEL, "Telefonanteckning", "sk_med_ystad", "Lotta Kvist", "sjuksköterska",
         "2024-06-05T13:50:00", 10, OV, [
             ("Telefonkontakt", "Lab ringer K 6,5 på pat som provtogs på mottagningen i förmiddags."),
             ("Åtgärd", "Kontakt med dr Berg som bedömer hyperkalemi orsakad av Spironolakton och Enalapril. "
                        "Jag har inte informerat pat om provsvaret, dr Berg ringer pat själv inom en timme."),
         ]),
], [M101], [], "nurse's phone note: drug-induced hyperkalaemia stated while she has not told the patient")

case("d140-typo-steroiddiabetes-diabetsdiagnosen-ej-informerad", VG, "1961-01-27", "596", [
    note("n1", MEL, "Mottagningsanteckning", "vg_endo_kungalv", "Peter Wallin", "läkare",
         "2024-07-11T15:20:00", 35, OV, [
             ("Aktuellt", "Prednisolon 30 mg sedan 2 mån för sarkoidos. Törst och nattlig polyuri senaste veckorna."),
             ("Lab", "HbA1c 64, P-glukos 17,2 på eftermiddagen."),
             ("Bedömning", "Steroidinducerad diabetes mellitus."),
             ("Planering", "Insulinstart planeras till tisdag hos diabetessköterskan, som också informerar om diabetsdiagnosen. Pat är ännu ej informerad."),
         ]),
], [M101], [], "typo 'diabetsdiagnosen': steroid-induced diabetes visible, patient not yet informed")

case("d140-epikris-omeprazol-nefrit-biopsisvar-ej-meddelat", SK, "1943-05-31", "752", [
    note("n1", MEL, "Epikris", "sk_njur_lund", "Cecilia Hallberg", "läkare",
         "2024-05-10T15:40:00", 90, SV, [
             ("Epikris", "Inlagd 2/5-10/5 för akut njurskada, kreatinin 340. Omeprazol sedan 8 månader. Njurbiopsi utförd 6/5."),
             ("Diagnos", "Akut tubulointerstitiell nefrit orsakad av omeprazol N14.1."),
             ("Läkemedelsberättelse", "Utsatt: Omeprazol 20 mg. Nyinsatt: Prednisolon 40 mg med nedtrappningsschema, Famotidin 20 mg x2."),
             ("Information", "Biopsisvaret kom efter utskrivningssamtalet och har inte meddelats pat. Besked lämnas på njurmottagningen om en vecka."),
         ]),
], [M101], [], "discharge summary names PPI-induced interstitial nephritis while the biopsy answer has not been given to the patient")

case("d140-vgr-hit-bedomning-och-planering", VG, "1955-10-13", "231", [
    note("n1", MEL, "Läkaranteckning", "vg_hem_su", "Erik Sjögren", "läkare",
         "2024-12-05T11:25:00", 20, SV, [
             ("Bedömning", "Heparininducerad trombocytopeni (HIT), 4T-score 7, PF4-antikroppar positiva. TPK 38."),
             ("Planering", "Fragmin utsatt, argatroban startat. Patienten är ännu inte informerad om HIT-diagnosen; "
                           "kontaktsjuksköterskan och jag träffar honom efter lunch."),
         ]),
], [M101], [], "HIT diagnosis in one visible section, 'ännu inte informerad' in another section of the same note")

case("d140-utkast-typo-agranulocytos-sulfasalazin-infromerad", SK, "1967-04-22", "318", [
    note("n1", MEL, "Läkaranteckning", "sk_reuma_lund", "Alma Petersson", "läkare",
         "2024-10-10T16:55:00", None, OV, [
             ("Lab", "Neutrofila 0,3, LPK 1,6."),
             ("Bedömning", "Agranulocytos av Salazopyrin."),
             ("Åtgärd", "Salazopyrin sätts ut. Pat inte infromerad än, söker henne via mobil och 1177."),
         ]),
], [M101], [], "unsigned draft with typo 'infromerad': sulfasalazine agranulocytosis visible, not yet told")

case("d140-apotekare-dxa-osteoporos-ej-besked", SK, "1938-07-03", "504", [
    note("n1", MEL, "Läkemedelsgenomgång", "sk_ger_hlm", "Tilda Sörensen", "apotekare",
         "2024-03-21T13:40:00", 40, SV, [
             ("Läkemedelsgenomgång", "Inför utskrivning. Pat har Omeprazol 40 mg sedan 2017 utan tydlig indikation och Prednisolon 5 mg sedan 2020."),
             ("Bedömning", "DXA från mars visar osteoporos i lårbenshalsen, T-score -3,1, men pat har ingen benspecifik behandling."),
             ("Förslag", "Pat har inte fått besked om DXA-svaret, vare sig från VC eller här. Föreslår att ansvarig läkare informerar och överväger alendronat. "
                         "Omeprazol kan trappas ned till 20 mg."),
         ]),
], [M101], [], "pharmacist's med review: osteoporosis on DXA is visible and the patient was never told the result")

case("d140-amiodaron-hypotyreos-pat-vet-inte", VG, "1950-11-18", "640", [
    note("n1", MEL, "Mottagningsanteckning", "vg_kard_nal", "Hanna Strömberg", "läkare",
         "2024-03-04T16:30:00", 45, OV, [
             ("Aktuellt", "Kontroll efter elkonvertering. Cordarone 200 mg x1 sedan i januari."),
             ("Lab", "TSH 24, fT4 8."),
             ("Bedömning", "Amiodaroninducerad hypotyreos. Levaxin 25 µg sätts in, Cordarone fortsätter."),
             ("Planering", "Pat vet inte om det ännu, fick gå innan svaren kom. Brev och recept skickas, ssk ringer också."),
         ]),
], [M101], [], "lay wording 'Pat vet inte om det ännu' after a visible amiodarone-induced hypothyroidism")

case("d140-terbinafin-kutan-lupus-ej-informerad", VG, "1974-06-24", "187", [
    note("n1", MEL, "Mottagningsanteckning", "vg_hud_su", "Moa Engström", "läkare",
         "2024-08-08T10:50:00", None, OV, [
             ("Aktuellt", "Utslag i solexponerad hud 4 veckor efter start av Lamisil för nagelsvamp."),
             ("Status", "Anulära, fjällande plack på överarmar, dekolletage och övre delen av ryggen."),
             ("Utredning", "Px: interfacedermatit. Anti-SSA positiv."),
             ("Bedömning", "Läkemedelsutlöst subakut kutan lupus erythematosus orsakad av terbinafin."),
             ("Planering", "Lamisil utsätts. Klobetasol kräm. Pat ej informerad om diagnosen; meddelas vid telefontiden på fredag."),
         ]),
], [M101], [], "terbinafine-induced cutaneous lupus visible; the diagnosis will be told on Friday")

case("d140-typo-misstankkt-nitrofurantoinpneumonit-ej-informerad", VG, "1948-04-10", "829", [
    note("n1", MEL, "Mottagningsanteckning", "vg_medmott_su", "Ludvig Falk", "läkare",
         "2024-01-24T09:55:00", 30, OV, [
             ("Aktuellt", "Torrhosta och ansträngningsdyspné sedan 3 mån. Furadantin 50 mg som profylax dagligen sedan 2 år."),
             ("Rtg", "DT thorax: bilaterala mattglasförändringar."),
             ("Bedömning", "Misstänkkt nitrofurantoininducerad pneumonit."),
             ("Planering", "Furadantin sätts ut. Spirometri med diffusion. Pat ej informerad om misstanken ännu, vill först ha lungläkarens bedömning."),
         ]),
], [M101, M102], [], "a hedged (typo 'Misstänkkt') drug-induced pneumonitis stands visibly and is explicitly not told: both rules")

case("d140-misstankt-litiuminducerad-hpt-ej-informerad", SK, "1963-08-07", "295", [
    note("n1", MEL, "Mottagningsanteckning", "sk_endo_malmo", "Nina Grahn", "läkare",
         "2024-09-05T14:15:00", 25, OV, [
             ("Lab", "S-Ca 2,78, PTH 9,4, kreatinin 96. Lithionit sedan 2009."),
             ("Bedömning", "Misstänkt litiuminducerad hyperparatyreoidism. DD primär hyperparatyreoidism med adenom."),
             ("Planering", "Scintigrafi parathyreoidea. Pat ej informerad om misstanken ännu, jag ringer när scintigrafisvaret finns."),
         ]),
], [M101, M102], [], "untold and hedged lithium-induced hyperparathyroidism in visible sections: NL101 and NL102")

case("d140-kort-telefon-litiumintox-ej-nadd", VG, "1959-02-14", "466", [
    note("n1", MEL, "Telefonanteckning", "vg_psyk_aff", "Jesper Holm", "läkare",
         "2024-10-03T08:20:00", 10, OV, [
             ("Telefonkontakt", "Lab ringer S-litium 2,1 från gårdagens prov, alltså litiumintoxikation. Pat ej nådd på två nummer och är därmed inte informerad; "
                                "ny uppringning om 30 min, därefter hembesök av mobila teamet."),
         ]),
], [M101], [], "one-section phone note: lithium intoxication stated, patient not reached so not told")

case("d140-ssk-gi-blodning-gastroskopisvar-ej-berattat", SK, "1937-06-09", "381", [
    note("n1", MEL, "Omvårdnadsanteckning", "sk_ger_malmo", "Pia Nyberg", "sjuksköterska",
         "2024-02-12T14:35:00", 15, SV, [
             ("Omvårdnad", "Pat åter från endoskopen, vaken och piggare. Hb 78 i morse, blodtransfusion pågår."),
             ("Överrapportering", "Gastroskopin visade blödande duodenalsår, orsakat av Waran i kombination med Naproxen enligt dr Ek. "
                                  "Pat har ännu inte fått veta gastroskopisvaret, dr Ek informerar vid eftermiddagsronden."),
         ]),
], [M101], [], "nurse's note records the drug-related bleeding ulcer while the patient has not yet been told")

case("d140-dietist-celiaki-pad-ej-beskedat", VG, "1997-09-22", "548", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_skovde", "Hilda Viberg", "dietist",
         "2024-11-07T09:30:00", 25, OV, [
             ("Aktuellt", "Pat kallad för kostgenomgång. Celiaki verifierad med duodenalbiopsi (Marsh 3b) enligt PAD från 4/11."),
             ("Information", "Pat är inte informerad om PAD ännu, gastroläkaren har inte hunnit ge beskedet. "
                             "Glutenfri kostgenomgång skjuts upp tills pat fått besked av läkaren."),
             ("Planering", "Ny tid bokas om 2 veckor."),
         ]),
], [M101], [], "dietitian notes biopsy-verified coeliac disease while the patient has not been told the PAD")

# =====================================================================
# Part 2 — NL101: hard negatives
# =====================================================================

case("d140-diklofenak-leverskada-informerad", VG, "1965-10-25", "302", [
    note("n1", MEL, "Läkaranteckning", "vg_gastro_su", "Sofie Lindén", "läkare",
         "2024-06-18T11:00:00", 20, OV, [
             ("Aktuellt", "Återbesök. ALAT var 8,4 i april efter 6 veckors Voltaren 50 mg x3 för ryggsmärta."),
             ("Lab", "ALAT 0,9 idag."),
             ("Bedömning", "Hepatocellulär leverskada orsakad av diklofenak, nu läkt."),
             ("Information", "Pat informerad och införstådd, ska undvika NSAID framöver. Diklofenak registrerat som överkänslighet."),
         ]),
], [], [M101, M102], "diclofenac liver injury is confirmed and the patient has been told")

case("d140-statinmyopati-informerades-i-hostas", SK, "1954-03-16", "671", [
    note("n1", MEL, "Mottagningsanteckning", "sk_kard_lund", "Bengt Åström", "läkare",
         "2024-04-16T10:10:00", 15, OV, [
             ("Aktuellt", "Uppföljning av hyperlipidemi efter hjärtinfarkt 2022. Statinmyopati konstaterad i höstas, pat informerades då och statinen avslutades."),
             ("Lab", "LDL 1,2 på Repatha 140 mg varannan vecka plus ezetimib."),
             ("Planering", "Fortsatt oförändrat. Lipidkontroll om 1 år."),
         ]),
], [], [M101], "statin myopathy was told to the patient at an earlier visit")

case("d140-amiodaron-tyreotoxikos-ej-informerad-om-tid", VG, "1949-01-05", "580", [
    note("n1", MEL, "Mottagningsanteckning", "vg_endo_kungalv", "Fredrika Olausson", "läkare",
         "2024-06-27T13:15:00", 20, OV, [
             ("Aktuellt", "Amiodaroninducerad tyreotoxikos typ 2. Prednisolon 30 mg i nedtrappning sedan 3 veckor, fT4 sjunkande till 29."),
             ("Planering", "Nytt fT4 om 2 veckor. Pat ej informerad om ny tid för provtagningen, kallelse skickas per post."),
         ]),
], [], [M101], "what is not told is an appointment time, not the diagnosis")

case("d140-apotekare-digoxin-dosandring-ej-informerad", SK, "1940-10-28", "437", [
    note("n1", MEL, "Läkemedelsgenomgång", "sk_ger_lund", "Rasmus Öberg", "apotekare",
         "2024-01-11T10:25:00", 50, SV, [
             ("Läkemedelsgenomgång", "Förmaksflimmer, hjärtsvikt och njursvikt med eGFR 28. Digoxin 0,13 mg x1, S-digoxin 1,6 nmol/l."),
             ("Bedömning", "Digoxinkoncentration i övre delen av intervallet vid försämrad njurfunktion."),
             ("Åtgärd", "Dosen halveras efter samråd med dr Lövgren. Pat ej informerad om dosändringen ännu, ssk går igenom läkemedelslistan med pat i morgon."),
         ]),
], [], [M101], "the pharmacist has not told a dose change, which is no diagnosis")

case("d140-dietist-remiss-logoped-ej-informerad", VG, "1939-12-14", "226", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_angered", "Amanda Rask", "dietist",
         "2024-05-16T14:00:00", 15, OV, [
             ("Aktuellt", "Dysfagi efter hjärninfarkt i mars, äter timbalkost."),
             ("Bedömning", "Energiintag ca 1300 kcal/dag, behov ca 1700. Viktstabil sista månaden."),
             ("Åtgärd", "Mellanmål med berikad kräm x2. Remiss till logoped för ny sväljbedömning har skickats; pat ej informerad om remissen, logopeden kallar."),
         ]),
], [], [M101], "the untold thing is that a referral was sent")

case("d140-normalt-litiumvarde-ej-meddelat", SK, "1981-07-29", "119", [
    note("n1", MEL, "Mottagningsanteckning", "sk_psyk_lund", "Ebba Rosén", "läkare",
         "2024-08-22T15:05:00", None, OV, [
             ("Lab", "S-litium 0,6 mmol/l, 12 tim efter dos. Kreatinin 81, TSH 2,2."),
             ("Bedömning", "Bipolär sjukdom typ II, stabil. Normalt litiumvärde."),
             ("Åtgärd", "Pat ej meddelad provsvaret ännu, skickas som meddelande via 1177. Oförändrad dos."),
         ]),
], [], [M101], "only a normal lithium level is not yet told; the bipolar diagnosis is long known")

case("d140-mronj-informerad-maken-ej", VG, "1957-03-26", "785", [
    note("n1", MEL, "Läkaranteckning", "vg_kak_su", "Tomas Bergh", "läkare",
         "2024-09-12T10:35:00", None, OV, [
             ("Bedömning", "Läkemedelsrelaterad osteonekros i överkäken, stadium 2, efter denosumab vid skelettmetastaserad bröstcancer."),
             ("Information", "Pat informerad om diagnosen och planerad sekvestrotomi. Vill inte att maken får veta ännu, han är själv sjuk just nu."),
         ]),
], [], [M101], "the patient is told; only the husband is not")

case("d140-metamizol-agranulocytos-inget-om-information", SK, "1962-11-03", "914", [
    note("n1", MEL, "Läkaranteckning", "sk_hem_lund", "Joel Rydberg", "läkare",
         "2024-11-21T10:45:00", 40, SV, [
             ("Aktuellt", "Överflyttad från infektion med neutropen feber. Novalgin (metamizol) licensförskrivet mot ryggsmärta sedan 2 veckor."),
             ("Lab", "Neutrofila 0,05, LPK 0,9, Hb 128, TPK 210. Benmärgsutstryk: myelopoesen avstannad på promyelocytstadiet."),
             ("Bedömning", "Agranulocytos orsakad av metamizol."),
             ("Åtgärd", "Novalgin utsätts permanent och registreras som allvarlig biverkan. Filgrastim dagligen. Piperacillin-tazobaktam iv. "
                        "Biverkningsrapport till Läkemedelsverket."),
         ]),
], [], [M101, M102], "confirmed metamizole agranulocytosis with nothing said about telling the patient")

case("d140-skane-mall-tidiga-hypoteser-myokardit-ej-informerad", SK, "1958-12-30", "640", [
    note("n1", MEL, "Tidiga hypoteser", "sk_onk_lund", "Ingela Dahlberg", "läkare",
         "2024-07-02T17:30:00", 25, SV, [
             ("Bedömning", "Misstänkt immunterapiutlöst myokardit, troponin T 148 och nytillkommet grenblock. Pat ej informerad, vi inväntar hjärt-MR innan samtal."),
         ]),
], [], [M101, M102], "Skåne: untold suspicion kept only in the protected template Tidiga hypoteser")

case("d140-vgr-tidiga-hypoteser-linezolid-ej-informerad", VG, "1951-05-21", "362", [
    note("n1", MEL, "Läkaranteckning", "vg_inf_ostra", "Kajsa Nordström", "läkare",
         "2024-04-18T13:05:00", 30, OV, [
             ("Aktuellt", "Linezolid sedan 5 veckor för protesinfektion i hö höft. Pat beskriver dimsyn på vä öga sedan några dagar."),
             ("Tidiga hypoteser", "Misstänkt linezolidutlöst optikusneuropati. Pat ej informerad om misstanken förrän ögonkonsulten bedömt."),
             ("Planering", "Akut remiss ögonkliniken. Blodstatus och laktat tas idag."),
         ]),
], [], [M101, M102], "VGR: both the untold suspicion and the 'ej informerad' sentence sit under the protected sökord")

case("d140-vgr-synlig-ej-informerad-dx-bara-i-tidiga-hypoteser", VG, "1946-06-15", "448", [
    note("n1", MEL, "Läkaranteckning", "vg_med3_kungalv", "Olle Granqvist", "läkare",
         "2024-10-24T11:15:00", 25, OV, [
             ("Aktuellt", "Järnbrist och trötthet. Står på Trombyl och Plavix sedan stentsättning i våras."),
             ("Tidiga hypoteser", "Ockult GI-blödning från malignitet i colon? Gastro- och koloskopi beställda."),
             ("Planering", "Pat är inte informerad om vår misstanke, se ovan. Järninfusion ges idag och Hb kontrolleras om 2 veckor."),
         ]),
], [], [M101, M102], "the visible Planering says 'not informed' but names no diagnosis; the suspicion itself is only under Tidiga hypoteser")

case("d140-thacapzol-risk-ej-informerad-ingen-agranulocytos", SK, "1990-02-08", "276", [
    note("n1", MEL, "Läkemedelssamtal", "sk_endo_malmo", "Elsa Hansson", "apotekare",
         "2024-12-12T09:45:00", 30, OV, [
             ("Läkemedelssamtal", "Pat med Graves sjukdom, Thacapzol 10 mg x2 sedan 3 veckor. "
                                  "Vid samtalet framkommer att pat inte fått information om risken för agranulocytos."),
             ("Lab", "Blodstatus vid start och förra veckan normalt, neutrofila 3,9."),
             ("Åtgärd", "Endokrinologen underrättad. Ssk ger pat muntlig och skriftlig information vid provtagningen på fredag."),
         ]),
], [], [M101], "what the patient has not been told is the risk of a serious side effect, not a diagnosis she has")

case("d140-informerad-om-pml-risk-tysabri", VG, "1989-11-08", "513", [
    note("n1", MEL, "Mottagningsanteckning", "vg_neuro_su", "Lisa Hammar", "läkare",
         "2024-02-15T14:40:00", 20, OV, [
             ("Aktuellt", "Skovvis förlöpande MS, Tysabri var 6:e vecka sedan 2022. Inga nya skov."),
             ("Lab", "JCV-antikroppsindex 0,3."),
             ("Information", "Pat informerad om risken för PML, som är låg vid nuvarande index. Ny JCV-kontroll om 6 månader."),
         ]),
], [], [M101], "the patient has been told about the serious side-effect risk; MS is known")

case("d140-ingen-agranulocytos-provsvar-ej-meddelat", SK, "1995-05-05", "621", [
    note("n1", MEL, "Läkaranteckning", "sk_psyk_hbg", "Alva Nyqvist", "läkare",
         "2024-05-30T10:15:00", 15, OV, [
             ("Lab", "Leponex-kontroll vecka 22: LPK 4,9, neutrofila 2,1."),
             ("Bedömning", "Ingen agranulocytos. Fortsatt kontroll av blodstatus en gång per månad."),
             ("Åtgärd", "Pat ej informerad om provsvaret ännu, kontaktpersonen tar det vid besöket i eftermiddag."),
         ]),
], [], [M101, M102], "agranulocytosis is negated; what is untold is a normal blood count")

case("d140-typo-informerd-per-telefon-tiazidhyponatremi", SK, "1942-08-19", "357", [
    note("n1", MEL, "Telefonanteckning", "sk_med_trbg", "Siv Jönsson", "läkare",
         "2024-03-15T15:25:00", 10, OV, [
             ("Telefonkontakt", "Svar på elstatus efter kontroll: Na 126."),
             ("Bedömning", "Hyponatremi orsakad av hydroklortiazid."),
             ("Åtgärd", "Pat informerd per telefon om provsvaret och att Esidrex sätts ut. Ny Na-kontroll om en vecka."),
         ]),
], [], [M101], "typo 'informerd': the patient has been told of the thiazide hyponatraemia")

case("d140-multinote-vgr-azatioprin-pankreatit-n2-informerad", VG, "1986-07-18", "694", [
    note("n1", MEL, "Läkaranteckning", "vg_kir_udd", "Alexander Ring", "läkare",
         "2024-08-01T19:20:00", 40, SV, [
             ("Aktuellt", "Crohns sjukdom, Imurel 100 mg sedan 4 veckor. Akut epigastriesmärta sedan i eftermiddags, P-amylas 9,8."),
             ("Tidiga hypoteser", "Misstänkt azatioprininducerad pankreatit, gallsten ännu ej utesluten."),
             ("Planering", "UL buk imorgon. Fasta, dropp och smärtlindring."),
         ]),
    note("n2", MEL, "Läkaranteckning", "vg_kir_udd", "Alexander Ring", "läkare",
         "2024-08-02T13:10:00", 30, SV, [
             ("Aktuellt", "UL buk: inga gallstenar, normal gallblåsa och normalvida gallvägar."),
             ("Bedömning", "Akut pankreatit orsakad av azatioprin."),
             ("Information", "Pat informerad idag om diagnosen och att Imurel inte får återinsättas; IBD-mottagningen planerar alternativ behandling."),
         ]),
], [], [("NL101", "n2"), ("NL102", "n2")], "the day-2 note settles the azathioprine pancreatitis and tells the patient; n1 kept the hypothesis protected")

case("d140-multinote-skane-valproat-n2-informerad", SK, "1975-04-27", "538", [
    note("n1", MEL, "Tidiga hypoteser", "sk_neuro_lund", "Karolina Svärd", "läkare",
         "2024-09-03T16:00:00", 30, SV, [
             ("Bedömning", "Misstänkt valproatutlöst hyperammonemisk encefalopati, P-ammoniak 98. Pat konfusorisk och ej informerad."),
         ]),
    note("n2", MEL, "Läkaranteckning", "sk_neuro_lund", "Karolina Svärd", "läkare",
         "2024-09-06T11:30:00", 25, SV, [
             ("Aktuellt", "Ammoniak normaliserat efter utsättning av Ergenyl och behandling med L-karnitin."),
             ("Bedömning", "Valproatutlöst hyperammonemisk encefalopati, nu i regress."),
             ("Information", "Pat och maken informerade om diagnosen idag. Ergenyl förs in som biverkan i läkemedelslistan."),
         ]),
], [], [("NL101", "n2"), ("NL101", "n1")], "Skåne: untold hypothesis only in the Tidiga hypoteser template (n1); the later visible note (n2) says she was told")

case("d140-ej-informerad-om-planerat-byte-till-eliquis", VG, "1944-09-09", "271", [
    note("n1", MEL, "Mottagningsanteckning", "vg_ak_ostra", "Gunilla Fors", "läkare",
         "2024-11-14T10:30:00", 20, OV, [
             ("Aktuellt", "Förmaksflimmer, Waran sedan 2015. Labila INR senaste halvåret, TTR 52 %."),
             ("Bedömning", "Indikation att byta till NOAK, njurfunktionen tillåter apixaban."),
             ("Planering", "Pat ej informerad om det planerade bytet till Eliquis, tas upp vid läkarbesöket 3/12."),
         ]),
], [], [M101], "a planned drug switch is what the patient has not been told")

case("d140-litiumnefropati-pat-val-medveten", SK, "1952-02-03", "843", [
    note("n1", MEL, "Mottagningsanteckning", "sk_njur_lund", "Mats Lindau", "läkare",
         "2024-10-17T09:20:00", 30, OV, [
             ("Aktuellt", "Årskontroll. Litiumnefropati med CKD stadium 3b, pat väl medveten om diagnosen sedan 2021. "
                          "Litium avslutat 2022, står nu på Lamictal via psykiatrin."),
             ("Lab", "Kreatinin 142, eGFR 38, U-albumin/kreatinin 4."),
             ("Planering", "Oförändrat. Ny kontroll om 6 mån."),
         ]),
], [], [M101], "'väl medveten om diagnosen': the patient has known about lithium nephropathy for years")

case("d140-kinintrombocytopeni-pat-informerad-huslakare-ej", SK, "1941-12-07", "166", [
    note("n1", MEL, "Läkaranteckning", "sk_med_kri", "Anton Wahlberg", "läkare",
         "2024-06-20T14:10:00", 25, SV, [
             ("Bedömning", "Läkemedelsutlöst trombocytopeni orsakad av kinin mot vadkramper, TPK 12 vid inkomst, nu 96."),
             ("Information", "Pat informerad om diagnosen och att kinin aldrig får tas igen. Husläkaren ej informerad ännu, epikris skickas vid utskrivning."),
         ]),
], [], [M101], "the patient is told; only the GP has not been informed yet")

case("d140-dietist-ej-informerad-om-iddsi-kost", VG, "1955-01-31", "377", [
    note("n1", MEL, "Dietistanteckning", "vg_diet_ostra", "Wilma Ek", "dietist",
         "2024-03-27T10:40:00", 20, SV, [
             ("Aktuellt", "Orofaryngeal dysfagi efter strålbehandling, konstaterad vid videofluoroskopi. Undernäring, BMI 17,8."),
             ("Åtgärd", "Konsistensanpassad kost IDDSI nivå 5 och förtjockad dryck nivå 2 ordineras enligt logopedens bedömning. "
                        "Pat ej informerad om den nya kostordinationen ännu, jag träffar henne i eftermiddag."),
         ]),
], [], [M101], "the untold thing is a new diet order, not a diagnosis")

case("d140-datum-gastroskopi-ej-klart", SK, "1948-09-24", "402", [
    note("n1", MEL, "Mottagningsanteckning", "sk_gastro_malmo", "Lejla Begić", "läkare",
         "2024-07-25T11:50:00", 20, OV, [
             ("Aktuellt", "Järnbristanemi, Hb 92, under behandling med Trombyl och Eliquis. Ingen synlig blödning."),
             ("Planering", "Gastroskopi och koloskopi. Pat ej informerad om datum, undersökningen är inte bokad ännu. Järntabletter tills vidare."),
         ]),
], [], [M101], "what is not yet told is an examination date")

case("d140-litiumhypotyreos-besked-via-1177", VG, "1978-04-04", "659", [
    note("n1", MEL, "Telefonanteckning", "vg_psyk_aff", "Cornelia Ask", "läkare",
         "2024-05-23T16:15:00", 10, OV, [
             ("Lab", "TSH 11,2, fT4 10."),
             ("Bedömning", "Litiuminducerad hypotyreos. Levaxin 50 µg sätts in, litium fortsätter."),
             ("Åtgärd", "Besked om provsvar och diagnos lämnat via meddelande i 1177 idag, pat har läst och bekräftat."),
         ]),
], [], [M101, M102], "the diagnosis was communicated through a 1177 message")

case("d140-lang-lakemedelsgenomgang-parkinson-informerad", VG, "1945-03-21", "804", [
    note("n1", MEL, "Fördjupad läkemedelsgenomgång", "vg_ger_molndal", "Birger Alm", "läkare",
         "2024-12-17T09:30:00", 120, OV, [
             ("Bakgrund", "79-årig kvinna med Parkinsons sjukdom sedan 2016, hypertoni, typ 2-diabetes, osteoporos med kotkompressioner och depression. "
                          "Bor med maken i villa, hemtjänst morgon och kväll. Remitterad från VC för läkemedelsgenomgång efter fyra fall sedan jul."),
             ("Aktuella läkemedel", "Madopark 100/25 mg x4, Madopark Depot till natten, Pramipexol 0,7 mg x3, Amlodipin 10 mg, Enalapril 20 mg, "
                                    "Metformin 1 g x2, Sertralin 100 mg, Zopiklon 7,5 mg, Alendronat 70 mg/vecka, Calcichew D3 x2, Alvedon 1 g x3."),
             ("Status", "BT liggande 162/88, stående efter 1 min 118/70 med yrsel, efter 3 min 122/72. Puls 74 regelbunden. "
                        "Lätt rigiditet bilat, bradykinesi. Rombergs test u.a. MMSE 27/30."),
             ("Lab", "Hb 124, Na 136, K 4,1, kreatinin 88, eGFR 54, HbA1c 46, B12 och folat normala."),
             ("Bedömning", "Ortostatisk hypotension, läkemedelsutlöst av kombinationen amlodipin, enalapril och pramipexol hos patient med "
                           "parkinsonrelaterad autonom dysfunktion. HbA1c onödigt lågt för åldern. Zopiklon bidrar till fallen."),
             ("Åtgärd", "Amlodipin sätts ut. Enalapril sänks till 10 mg. Metformin sänks till 500 mg x2. Zopiklon trappas ut under 3 veckor. "
                        "Pramipexol oförändrat i väntan på neurologbedömning."),
             ("Information", "Pat och maken informerade om bedömningen och orsaken till fallen, fick skriftlig läkemedelslista och råd om att resa sig långsamt."),
             ("Planering", "Ortostatiskt BT och HbA1c via VC om 4 veckor. Fallprevention via kommunens arbetsterapeut."),
         ]),
], [], [M101], "long geriatric med review: drug-induced orthostatic hypotension is stated and the patient and husband were told")

case("d140-nsaid-njurskada-biverkningsrapport-ej-informerad", SK, "1939-11-30", "595", [
    note("n1", MEL, "Läkaranteckning", "sk_med_hbg", "Rut Karlén", "läkare",
         "2024-08-29T14:45:00", 30, SV, [
             ("Aktuellt", "Ibuprofen 400 mg x3 sedan två veckor för knäsmärta, står även på Enalapril och Furix. Kreatinin 260 vid inkomst, habituellt 90."),
             ("Bedömning", "Akut njurskada orsakad av kombinationen NSAID, ACE-hämmare och diuretika. Kreatinin nu 150."),
             ("Åtgärd", "Ibuprofen utsatt, Enalapril och Furix pausade. Biverkningsrapport skickad till Läkemedelsverket. "
                        "Pat ej informerad om att biverkningsrapporten skickats, det framgår av epikrisen."),
         ]),
], [], [M101, M102], "the patient has not been told that an ADR report was sent, which is no diagnosis")

case("d140-kort-sertralin-hyponatremi-informerad-igar", VG, "1936-08-13", "920", [
    note("n1", MEL, "Rondanteckning", "vg_ger_udd", "Lovisa Bergman", "läkare",
         "2024-01-09T09:05:00", 5, SV, [
             ("Bedömning", "Sertralinutlöst hyponatremi, Na 128 idag. Pat informerad igår vid ronden och accepterar byte till mirtazapin."),
         ]),
], [], [M101], "one-line round note: SSRI hyponatraemia that the patient was told about yesterday")

case("d140-typo-missankt-kinolontendinit-pat-informerad", VG, "1961-06-01", "733", [
    note("n1", MEL, "Akutanteckning", "vg_akut_alings", "Felix Sandström", "läkare",
         "2024-02-23T18:30:00", 25, OV, [
             ("Anamnes", "Ciprofloxacin 500 mg x2 dag 5 för prostatit. Plötslig smärta bak vid vä häl i en trappa."),
             ("Status", "Öm och svullen akillessena vä ca 4 cm ovan insertionen. Thompsons test neg."),
             ("Bedömning", "Missänkt kinolonutlöst akillestendinit."),
             ("Åtgärd", "Ciprofloxacin byts till Bactrim. Avlastning och klackinlägg. Pat informerad om misstanken och om risken för senruptur."),
         ]),
], [M102], [M101], "typo 'Missänkt': a hedged tendinopathy the patient HAS been told about, so NL102 but no NL101")


# === END OF CASES ===

# =====================================================================
# validation
# =====================================================================

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for c in cases:
        n = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: bad keys" % n)
        if not n.startswith("d140-"):
            errs.append("%s: bad prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in (SK, VG):
            errs.append("%s: bad ruleset" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append("%s: bad record keys" % n)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty events/conversations/treatments" % n)
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: bad pnr format" % n)
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append("%s: pnr does not match birth date" % n)
            ten = pid[2:8] + pid[9:]
            if luhn_digit(ten[:9]) != int(ten[9]):
                errs.append("%s: Luhn" % n)
        try:
            date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: bad birth date" % n)
        asof = datetime.fromisoformat(rec["as_of"])
        if asof.year != 2024:
            errs.append("%s: as_of not 2024" % n)
        ids = {}
        for nt in rec["notes"]:
            if set(nt) != note_keys:
                errs.append("%s: bad note keys" % n)
            ids[nt["id"]] = nt
            t = datetime.fromisoformat(nt["time"])
            if t.year != 2024:
                errs.append("%s: note time not 2024" % n)
            if nt["signed"] is not None:
                s = datetime.fromisoformat(nt["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: bad signed time" % n)
            if t > asof:
                errs.append("%s: note after as_of" % n)
            for when in (t, asof):
                a = age_on(bd, when)
                if 13 <= a <= 15 or a < 0:
                    errs.append("%s: patient age %d not allowed" % (n, a))
            if nt["system"] not in (MEL, PMO):
                errs.append("%s: bad system" % n)
            if c["ruleset"] == VG and nt["system"] != MEL:
                errs.append("%s: VGR note not Melior" % n)
            if not nt["sections"]:
                errs.append("%s: note without sections" % n)
            for sec in nt["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    s2 = " ".join(sent.split())
                    if len(s2) >= 25:
                        key = s2.lower()
                        if key in seen and seen[key] != (n, nt["id"], sec["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %r" % (n, seen[key][0], s2))
                        seen.setdefault(key, (n, nt["id"], sec["keyword"]))
        if len(ids) != len(rec["notes"]):
            errs.append("%s: duplicate note ids" % n)
        asserted = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(asserted)) != len(asserted):
            errs.append("%s: code both in must and must_not, or repeated" % n)
        if not asserted:
            errs.append("%s: nothing asserted" % n)
        for code, target in asserted:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (n, code))
            if target not in ids:
                errs.append("%s: target %s missing" % (n, target))
                continue
            sysm = ids[target]["system"]
            if code == "NL101" and sysm == PMO:
                errs.append("%s: NL101 asserted on PMO" % n)
        for code, target in (tuple(x) for x in c["must"]):
            if code == "NL102" and target in ids and ids[target]["system"] != MEL:
                errs.append("%s: must NL102 on non-Melior" % n)
    return errs


def main():
    errs = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    typos = sum(1 for c in CASES if "typo" in c["case"] or "typo" in c["why"])
    print("%d cases written to %s" % (len(CASES), OUT))
    for code in ("NL101", "NL102"):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    print("  skane=%d vgr=%d typos=%d" % (sum(c["ruleset"] == SK for c in CASES), sum(c["ruleset"] == VG for c in CASES), typos))


if __name__ == "__main__":
    main()
