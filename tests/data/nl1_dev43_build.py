#!/usr/bin/env python3
"""dev43: telling patients their diagnosis (NL101) plus hedged diagnoses (NL102).

Standard library only, deterministic. Writes nl1_dev43_cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

SK, VG = "skane", "vgr"

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "sk_hjart_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4K21"),
    "sk_kard_malmo": ("Kardiologiska kliniken avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-4K37"),
    "sk_hjart_hbg": ("Hjärtmottagningen, Helsingborgs lasarett", "SE2321000255-7H02"),
    "sk_neuro_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5N14"),
    "sk_neuro_lund": ("Neurologiska kliniken avd 21, Skånes universitetssjukhus Lund", "SE2321000255-5N08"),
    "sk_nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5K66"),
    "sk_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6J31"),
    "sk_njur_malmo": ("Njurmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6J45"),
    "sk_hem_lund": ("Hematologiska kliniken avd 12, Skånes universitetssjukhus Lund", "SE2321000255-3H19"),
    "sk_hemmott_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3H20"),
    "sk_med_hbg": ("Medicinkliniken avd 52, Helsingborgs lasarett", "SE2321000255-7M52"),
    "sk_hem_csk": ("Hematologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8H11"),
    "sk_endo_malmo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-2E40"),
    "sk_gastro_lund": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2G12"),
    "sk_kir_ystad": ("Kirurgiska kliniken avd 6, Lasarettet i Ystad", "SE2321000255-9Y06"),
    "sk_med_trelleborg": ("Medicinavdelning 2, Trelleborgs lasarett", "SE2321000255-9T02"),
    "sk_lunga_lund": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1L03"),
    "sk_lunga_malmo": ("Lung- och allergikliniken avd 4, Skånes universitetssjukhus Malmö", "SE2321000255-1L27"),
    "sk_lunga_hbg": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-7L09"),
    "sk_gynonk_lund": ("Gynekologisk onkologi, Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-0G51"),
    "sk_kvinno_malmo": ("Kvinnokliniken, gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-0K33"),
    "sk_barnonk_lund": ("Barnonkologen avd 64, Barn- och ungdomssjukhuset Lund", "SE2321000255-BO64"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-7B15"),
    "sk_barn_csk": ("Barn- och ungdomsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8B04"),
    "sk_gen_lund": ("Klinisk genetik och patologi, mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-0C71"),
    "sk_kurator_lund": ("Kuratorsenheten onkologi, Skånes universitetssjukhus Lund", "SE2321000255-0R22"),
    # Region Skåne, PMO (primary care)
    "sk_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-P1L8"),
    "sk_vc_simrishamn": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-P4S2"),
    "sk_bvc_kirseberg": ("BVC Kirseberg, Malmö", "SE2321000255-P7B1"),
    "sk_hemsjv_hoor": ("Hemsjukvården Höör", "SE2321000255-P9H3"),
    # Västra Götalandsregionen, Melior
    "vg_kard_su": ("Kardiologavdelning 5, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E7K5"),
    "vg_hjart_ostra": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E7H1"),
    "vg_akut_kard_ostra": ("Hjärtintensiven, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E7I2"),
    "vg_neuro_su": ("Neurologavdelning 132, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E3N2"),
    "vg_neuromott_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E3N9"),
    "vg_neuro_nal": ("Neurologimottagningen, NU-sjukvården NÄL", "SE2321000131-E5N4"),
    "vg_neuro_skas": ("Neurologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E6N1"),
    "vg_nkir_su": ("Neurokirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3K7"),
    "vg_njur_su": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4J3"),
    "vg_njur_sas": ("Njurmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E8J2"),
    "vg_hem_su": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2H6"),
    "vg_hem_nal": ("Hematologimottagningen, NU-sjukvården NÄL", "SE2321000131-E5H3"),
    "vg_med_skas": ("Medicinmottagningen, hematologi, Skaraborgs sjukhus Skövde", "SE2321000131-E6H2"),
    "vg_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E9M1"),
    "vg_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E1M4"),
    "vg_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E1K2"),
    "vg_gastro_su": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E2G8"),
    "vg_kir_sas": ("Kirurgavdelning 22, Södra Älvsborgs sjukhus Borås", "SE2321000131-E8K2"),
    "vg_lunga_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2L5"),
    "vg_lunga_sas": ("Lungmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E8L1"),
    "vg_lungonk_su": ("Lungonkologiska enheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2L9"),
    "vg_jubileum": ("Jubileumskliniken, gynekologisk onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2J1"),
    "vg_kvinno_ostra": ("Kvinnosjukvård, gynekologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E7G3"),
    "vg_gyn_alingsas": ("Gynekologiska mottagningen, Alingsås lasarett", "SE2321000131-E9G2"),
    "vg_dsbus_onk": ("Barnonkologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E7B8"),
    "vg_barn_nal": ("Barn- och ungdomsmedicin, NU-sjukvården NÄL", "SE2321000131-E5B2"),
    "vg_gen_su": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2C3"),
}



def pnr(birth, serial3):
    """Luhn-valid Swedish personnummer YYYYMMDD-NNNC."""
    digits = birth.replace("-", "")[2:] + "%03d" % serial3
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = (10 - total % 10) % 10
    return birth.replace("-", "") + "-" + "%03d%d" % (serial3, check)


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
    if not m:
        return False
    ten = m.group(1)[2:] + m.group(2)
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def note(nid, unit, author, role, time, sections, template="Läkaranteckning",
         system="Melior", signed=40, setting="öppenvård", refs=None):
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:00")
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"), "signed": s, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []
_serial = [100]


def case(name, ruleset, birth, sex, notes, must=(), must_not=(), why=""):
    _serial[0] += 7
    base = _serial[0] % 900 + 10          # 010..909
    base = base - base % 10                 # keep last digit for sex
    last = 1 if sex == "M" else 2
    serial = base + last + (0 if base + last < 1000 else -10)
    last_time = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = (last_time + dt.timedelta(days=3)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes, "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why,
    })


def M(code="NL101", nid="n1"):
    return (code, nid)


# ====================================================================
# NL101 positives: a diagnosis stands visibly and the patient is not told
# ====================================================================

case("d43-kard-attr-scint-besked-aterbesok", SK, "1945-08-14", "M", [
    note("n1", "sk_hjart_lund", "Per-Olof Wennerström", "läkare", "2024-03-07 14:10", [
        ("Aktuellt", "Uppföljning efter DPD-scintigrafi 4/3. 78-årig man med HFpEF, bilat karpaltunnelsyndrom op 2019 och tilltagande ansträngningsdyspné NYHA II–III."),
        ("Utredning", "DPD-scint: Perugini grad 3 i myokardiet. Fria lätta kedjor och elfores ua, ingen M-komponent. Gentest TTR skickat."),
        ("Bedömning", "Transtyretinamyloidos i hjärtat (ATTR-kardiomyopati) är därmed fastställd. Pat ej informerad om scintigrafisvaret; han ringde igår men jag vill ge beskedet personligen."),
        ("Planering", "Besked ges på återbesök 12/4 tillsammans med hustrun. Ställningstagande till tafamidis när genresultatet kommit."),
    ])],
    must=[M()], why="ATTR-kardiomyopati fastställd i Bedömning, pat ej informerad, besked på återbesök")

case("d43-kard-aortastenos-tel-ssk-ej-besked", VG, "1951-02-03", "K", [
    note("n1", "vg_hjart_ostra", "Lena Sandberg", "sjuksköterska", "2024-05-08 10:25", [
        ("Telefonkontakt", "Pat ringer och undrar över svaret på ultraljudet av hjärtat från i onsdags. Eko-utlåtande: svår aortastenos, AVA 0,7 cm², medelgradient 52 mmHg, EF 55 %. Pat har inte fått besked om detta, enligt dr Lindqvist ska hon informeras av kardiolog vid inbokat mottagningsbesök 22/5. Sagt till pat att läkaren går igenom svaret då, hon accepterar det."),
    ], template="Telefonanteckning", signed=15)],
    must=[M()], why="ssk citerar svår aortastenos ur ekosvaret och skriver att pat inte fått besked")

case("d43-neuro-als-besked-med-make", SK, "1962-11-21", "K", [
    note("n1", "sk_neuro_malmo", "Jonas Hedlund", "läkare", "2024-03-05 11:00", [
        ("Anamnes", "61-årig kvinna, tidigare frisk. Sedan hösten 2023 tilltagande svaghet i hö hand, därefter sluddrigt tal och ryckningar i båda överarmarna. Viktnedgång 6 kg."),
        ("Status", "Atrofi thenar och interossei hö. Fascikulationer bilat deltoideus och i tungan. Livliga reflexer, Babinski pos hö. Lätt–måttlig dysartri."),
        ("Utredning", "ENeG/EMG 19/2: akut och kronisk denervation i bulbär, cervikal och lumbal region. MR hjärna och halsrygg utan kompression. CK lätt förhöjt."),
        ("Bedömning", "Gold Coast-kriterierna uppfyllda, diagnosen är ALS. Pat ännu inte informerad om diagnosen. Hon har bett att få beskedet tillsammans med maken som är bortrest denna vecka."),
        ("Planering", "Diagnosbesked vid extra besök 18/3 kl 13 med make, kurator och ALS-teamets ssk. Riluzol tas upp då."),
    ], template="Mottagningsanteckning", signed=55)],
    must=[M()], why="ALS fastställd i Bedömning och pat uttryckligen ännu inte informerad")

case("d43-neuro-ms-avvaktar-meddela-rond", VG, "1993-06-09", "K", [
    note("n1", "vg_neuro_su", "Farid Rahimi", "läkare", "2024-02-14 13:20", [
        ("Aktuellt", "Vårddag 3, inlagd för subakut pares vä ben och känselnivå Th10."),
        ("Utredning", "MR hjärna + rygg: periventrikulära och juxtakortikala lesioner samt en kontrastladdande lesion i thorakala märgen. LP: oligoklonala band i likvor men ej i serum, förhöjt IgG-index."),
        ("Bedömning", "Spridning i tid och rum uppfylld enligt McDonald 2017, alltså skovvis förlöpande multipel skleros. Avvaktar med att meddela pat tills MS-teamets överläkare är med på rond torsdag. Pat vet att svaren kommit men inte vad de visar."),
        ("Åtgärd", "Solu-Medrol 1 g iv dag 3 av 3. Fysioterapeut kopplad."),
    ], template="Daganteckning", setting="slutenvård", signed=70)],
    must=[M()], why="MS fastställd, 'avvaktar med att meddela pat'; pat vet bara att svaren finns")

case("d43-neuro-glioblastom-anhoriga-vill-ej", SK, "1957-04-30", "K", [
    note("n1", "sk_nkir_lund", "Magnus Ekberg", "läkare", "2024-03-11 15:45", [
        ("Aktuellt", "Postop dag 5 efter stereotaktisk biopsi hö frontallob. Vaken, orienterad, lätt vänstersidig facialispares oförändrad."),
        ("Utredning", "PAD: glioblastom, IDH-vildtyp, CNS WHO grad 4. MGMT-promotorn metylerad."),
        ("Bedömning", "Make och vuxna barn uttryckte vid samtal igår att de önskar att pat inte får veta diagnosen, eftersom hon enligt dem 'inte skulle klara det'. Pat har ej fått besked. Förklarat för de anhöriga att pat har rätt till information om hon efterfrågar den."),
        ("Planering", "Neuroonkologisk MDK 14/3. Nytt samtal med pat på tu man hand planeras, kurator kontaktad."),
    ], template="Daganteckning", setting="slutenvård", signed=35)],
    must=[M()], why="anhöriga önskar att pat inte får veta; glioblastom står i Utredning")

case("d43-neuro-astrocytom-inte-delgiven", VG, "1979-12-02", "M", [
    note("n1", "vg_nkir_su", "Karin Åhlund", "läkare", "2024-04-09 09:05", [
        ("Bedömning", "PAD från resektionen 2/4 klart idag: astrocytom, IDH-muterat, CNS WHO grad 3. Inte delgiven pat ännu, han skrevs ut till hemmet 5/4 och kallas till mottagningen."),
        ("Planering", "Remiss onkologen för ställningstagande till strålbehandling och temozolomid. Tid neurokirurgmott v. 16 för besked."),
    ])],
    must=[M()], why="'inte delgiven pat ännu' om astrocytom grad 3")

case("d43-njur-iga-nefropati-biopsisvar", SK, "1986-01-17", "M", [
    note("n1", "sk_njur_lund", "Helena Borg", "läkare", "2024-01-24 16:00", [
        ("Provsvar", "Njurbiopsi 11/1, PAD: IgA-nefropati, Oxford MEST-C M1 E0 S1 T1 C0, interstitiell fibros ca 30 %."),
        ("Bedömning", "Pat är ännu inte informerad om biopsisvaret, han föredrar besök framför telefon. Intensifierad RAAS-blockad och SGLT2-hämmare ska diskuteras."),
        ("Planering", "Besök njurmott inom 2 v, ssk bokar. U-alb/krea innan."),
    ], signed=None)],
    must=[M()], why="IgA-nefropati i Provsvar, pat ännu inte informerad (osignerat utkast)")

case("d43-njur-ckd5-typo-informerd", VG, "1958-07-25", "M", [
    note("n1", "vg_njur_su", "Åsa Lindgren", "läkare", "2024-05-16 11:40", [
        ("Bedömning", "Fortsatt sjunkande njurfunktion, eGFR nu 12 ml/min/1,73 m², kalium 5,6, standardbikarbonat 18. Kronisk njursjukdom stadium 5 orsakad av diabetesnefropati. Pat ej informerd om att vi nu passerat gränsen för dialysförberedelse, jag ville invänta kontrollprov."),
        ("Planering", "Samtal med pat och sambo om dialysformer och transplantationsutredning på återbesök 3/6. PD-ssk vidtalad."),
    ])],
    must=[M()], why="typo 'informerd': CKD stadium 5 står synligt och pat ej informerad")

case("d43-hem-aml-besked-imorgon-sonen", SK, "1949-09-13", "M", [
    note("n1", "sk_hem_lund", "Sara Nyström", "läkare", "2024-06-04 17:30", [
        ("Aktuellt", "Inlagd sedan igår pga pancytopeni och feber. Hb 78, LPK 1,9, TPK 22, blaster i perifert blod 14 %."),
        ("Utredning", "Benmärg (morfologi + flödescytometri): akut myeloisk leukemi med 38 % blaster. NPM1-mutation påvisad, FLT3-ITD neg, karyotyp pågår."),
        ("Bedömning", "AML med NPM1-mutation. Pat inte informerad ännu, besked ges av ansvarig hematolog imorgon kl 10 när sonen kan närvara."),
        ("Åtgärd", "Pip/tazo fortsätter. Trombocyttransfusion vid TPK < 10. CVK beställd."),
    ], template="Daganteckning", setting="slutenvård", signed=25)],
    must=[M()], why="AML fastställd på avdelningen, pat får besked först nästa dag")

case("d43-hem-myelom-meddelas-av-behandlande", SK, "1952-03-28", "K", [
    note("n1", "sk_med_hbg", "Erik Johansson", "läkare", "2024-02-23 14:15", [
        ("Konsultation", "Tillfrågad av ortopeden angående pat med patologisk kotkompressionsfraktur L2. Ca 3,1, krea 148, Hb 96. M-komponent IgG-kappa 38 g/l, kvot fria lätta kedjor 180. Benmärg: 42 % klonala plasmaceller."),
        ("Bedömning", "Symtomgivande multipelt myelom med hyperkalcemi, njurpåverkan, anemi och skelettengagemang. Pat ej informerad om diagnosen av undertecknad, ska meddelas av behandlande läkare på hematologen som tar över på måndag."),
        ("Åtgärd", "Rehydrering iv. Denosumab diskuteras pga njurfunktionen. Överflyttning till hematologen efter helgen."),
    ], template="Konsultationsanteckning", setting="slutenvård", signed=50)],
    must=[M()], why="myelom konstaterat, 'ska meddelas av behandlande läkare'")

case("d43-hem-dlbcl-informaras-nar-pet-klar", VG, "1968-10-05", "M", [
    note("n1", "vg_hem_nal", "Ingrid Falk", "läkare", "2024-03-01 10:30", [
        ("Anamnes", "Förstorad körtel i hö axill sedan två månader, nattsvettningar och 5 kg viktnedgång. Exstirpation 20/2."),
        ("Utredning", "PAD körtel hö axill: diffust storcelligt B-cellslymfom (DLBCL), GCB-typ, Ki-67 80 %. PET-DT bokad 12/3."),
        ("Bedömning", "DLBCL, stadium ännu okänt. Pat informaras om diagnosen när PET är klar, så att hela bilden och behandlingsplanen kan ges samtidigt. I dagsläget vet han bara att PAD-svaret har kommit."),
        ("Planering", "UKG inför antracyklin. Benmärg ej indicerad om PET utan märgupptag."),
    ], template="Mottagningsanteckning")],
    must=[M()], why="typo 'informaras': DLBCL i Utredning, pat informeras först när PET är klar")

case("d43-hem-kll-typo-ej-underattad", VG, "1955-05-19", "K", [
    note("n1", "vg_med_skas", "Anders Kvist", "läkare", "2024-09-10 13:50", [
        ("Provsvar", "Flödescytometri perifert blod: monoklonal B-cellspopulation CD5+/CD23+ med kappa-restriktion, 18 x 10^9/l. Immunfenotypen typisk för KLL (Matutes score 5/5)."),
        ("Bedömning", "Kronisk lymfatisk leukemi, Binet A, Rai 0, ingen behandlingsindikation. Pat ännu ej underättad om diagnosen; remitterande distriktsläkare har inte heller gett besked."),
        ("Planering", "Nybesök hematologmott för information och provtagning FISH/TP53. Svarsbrev skickas inte, besked ges muntligt."),
    ])],
    must=[M()], why="typo 'underättad': KLL fastställd i Bedömning, pat ännu ej underrättad")

case("d43-gi-crohn-sederad-ej-besked", SK, "1998-02-11", "M", [
    note("n1", "sk_endo_malmo", "Linnea Holm", "läkare", "2024-04-17 12:05", [
        ("Aktuellt", "Ileokoloskopi i propofolsedering pga diarréer och viktnedgång sedan ett halvår."),
        ("Fynd", "Aftösa sår och djupa longitudinella ulcerationer i terminala ileum, kullerstensmönster. Skip lesions i colon ascendens. Rektum u.a."),
        ("Bedömning", "Endoskopi och PAD-snabbsvar (granulom, kryptdistorsion) ger Crohns sjukdom med ileokolisk lokalisation. Pat var djupt sederad och har inte fått besked, sov vid uppvaknandet."),
        ("Planering", "Gastroenterolog informerar pat per telefon imorgon och bokar mottagningsbesök. MR tunntarm beställd."),
    ], template="Endoskopianteckning", signed=20)],
    must=[M()], why="Crohns sjukdom fastställd vid endoskopi, sederad pat har inte fått besked")

case("d43-gi-levercirros-info-pa-aterbesok", VG, "1966-12-30", "M", [
    note("n1", "vg_med_kungalv", "Maria Wikström", "läkare", "2024-03-27 15:20", [
        ("Utredning", "UL lever: nodulär leveryta, splenomegali 14 cm, lätt ascites. Fibroscan 28 kPa. Albumin 31, PK-INR 1,4, bilirubin 38."),
        ("Bedömning", "Levercirros Child-Pugh B (8 p), alkoholetiologi. Pat är ej imformerad om cirrosdiagnosen. Han har tidigare bara fått höra 'fettlever' och ska få informationen på återbesöket med stöd av alkoholsjuksköterskan."),
        ("Planering", "Gastroskopi för varicesscreening. Återbesök 15/4. Propranolol i avvaktan på gastroskopi."),
    ])],
    must=[M()], why="typo 'imformerad': levercirros i Bedömning, pat ej informerad")

case("d43-gi-pankreascancer-dottern-pa-vag", SK, "1944-06-06", "K", [
    note("n1", "sk_kir_ystad", "Johan Lilja", "läkare", "2024-10-14 11:35", [
        ("Aktuellt", "Inlagd igår med smärtfri ikterus, bilirubin 212."),
        ("Utredning", "DT thorax-buk: 3 cm tumör i pankreashuvudet med kärlinväxt i AMS och multipla levermetastaser."),
        ("Bedömning", "Metastaserad, icke resektabel pankreascancer. Pat har inte fått besked. Dottern är på väg från Stockholm och pat vill att hon är med, så beskedet ges i eftermiddag."),
        ("Åtgärd", "ERCP med stent planeras. Onkolog kontaktas för palliativ bedömning."),
    ], template="Daganteckning", setting="slutenvård", signed=45)],
    must=[M()], why="pankreascancer i Bedömning, pat har inte fått besked, väntar in dottern")

case("d43-gi-pankreas-carcinos-typo-infomerad", VG, "1950-01-22", "M", [
    note("n1", "vg_kir_sas", "Niklas Bergqvist", "läkare", "2024-08-20 16:40", [
        ("Bedömning", "DT visar pankreascancer i corpus med peritoneal carcinos och ascites. Pat ej infomerad om DT-svaret, han frågade på ronden men vill att hustrun ska vara med."),
        ("Planering", "Brytpunktssamtal med pat och hustru imorgon kl 09. Ascitestappning vid behov. Palliativa teamet kontaktat."),
    ], template="Daganteckning", setting="slutenvård", signed=None)],
    must=[M()], why="typo 'infomerad' i osignerat utkast; pankreascancer synlig och pat ej informerad")

case("d43-lunga-skivepitel-pad-ej-informerad", SK, "1953-04-04", "M", [
    note("n1", "sk_lunga_lund", "Therese Ljung", "läkare", "2024-02-19 08:50", [
        ("Provsvar", "PAD EBUS-TBNA station 7 och 4R: skivepitelcancer, PD-L1 TPS 60 %."),
        ("Bedömning", "Lungcancer av skivepiteltyp hö nedre lob med mediastinal spridning, cT2aN2M0, stadium IIIA. Pat ej informerad om PAD-svaret."),
        ("Planering", "Besked och behandlingsdiskussion vid läkarbesök onsdag. Anmäls till thoraxonkologisk MDK."),
    ], signed=10)],
    must=[M()], why="kort provsvarsanteckning: skivepitelcancer, 'pat ej informerad om PAD-svaret'")

case("d43-lunga-adeno-avvaktar-mdk", VG, "1960-09-17", "K", [
    note("n1", "vg_lunga_su", "Olof Strand", "läkare", "2024-04-24 14:00", [
        ("Utredning", "PET-DT: FDG-upptag i 2,5 cm tumör vä överlob och i vä binjure. Biopsi binjure: adenocarcinom, TTF-1 pos."),
        ("Bedömning", "Icke-småcellig lungcancer, adenocarcinom, stadium IV (M1b). Avvaktar med att meddela pat tills MDK på tisdag då behandlingsupplägget är klart, hon har gått med på att vänta på besked."),
        ("Planering", "Molekylärpatologi EGFR, ALK, ROS1, KRAS beställd."),
    ])],
    must=[M()], why="stadium IV lungcancer fastställd, 'avvaktar med att meddela pat tills MDK'")

case("d43-lunga-ipf-diagnosbesked-ej-givet", SK, "1948-11-08", "M", [
    note("n1", "sk_lunga_hbg", "Annika Persson", "läkare", "2024-05-14 10:10", [
        ("Utredning", "HRCT: subpleural och basal retikulering med honeycombing, typiskt UIP-mönster. Spirometri VC 68 % av förv, DLCO 49 %. Reumatologisk serologi neg. Ingen relevant exponering."),
        ("Bedömning", "Multidisciplinär diagnostisk konferens 7/5 fastställde idiopatisk lungfibros (IPF). Pat har ännu inte fått diagnosbesked."),
        ("Planering", "Besök 3/6 för besked och start av antifibrotisk behandling. 6MWT före besöket."),
    ])],
    must=[M()], why="IPF fastställd på MDD, 'pat har ännu inte fått diagnosbesked'")

case("d43-lunga-sarkoidos-kontaktas-efter-semester", VG, "1981-03-14", "K", [
    note("n1", "vg_lunga_sas", "Elin Rask", "läkare", "2024-07-02 09:15", [
        ("Diagnos", "Sarkoidos med lung- och lymfkörtelengagemang (D86.0), Scadding stadium II. Pat ännu ej underrättad om diagnosen, kontaktas av ansvarig läkare dr Hallberg efter semestern."),
    ], signed=None)],
    must=[M()], why="enradig Diagnos-anteckning, sarkoidos, pat ännu ej underrättad")

case("d43-gyn-ovarialcancer-besked-pa-plats", SK, "1959-10-26", "K", [
    note("n1", "sk_gynonk_lund", "Charlotte Ek", "läkare", "2024-03-06 13:30", [
        ("Aktuellt", "Journalgenomgång efter explorativ laparotomi 28/2 med biopsier och omentresektion."),
        ("Provsvar", "PAD: höggradigt seröst karcinom utgånget från tuba/ovarium, peritoneala implantat > 2 cm. BRCA-analys beställd."),
        ("Bedömning", "Ovarialcancer FIGO IIIC. Pat ej informerad om PAD-svaret, hon har uttryckligen önskat besked på plats och inte per telefon."),
        ("Planering", "Besked på gyn onk-mottagningen 14/3 tillsammans med kontaktsjuksköterska. Carboplatin/paklitaxel planeras."),
    ])],
    must=[M()], why="ovarialcancer FIGO IIIC, pat ej informerad, vill ha besked på plats")

case("d43-gyn-endometriecancer-teltid", VG, "1955-12-12", "K", [
    note("n1", "vg_kvinno_ostra", "Sofia Mattsson", "läkare", "2024-04-05 15:55", [
        ("Provsvar", "Endometriebiopsi (Pipelle) 3/4: endometrioid adenocarcinom, grad 1."),
        ("Bedömning", "Endometriecancer. Pat inte informerad ännu. Svarsbrev ska inte skickas, tel-tid bokad torsdag för att erbjuda besök samma vecka."),
        ("Planering", "MR lilla bäckenet, DT thorax-buk, anmälan till MDK."),
    ])],
    must=[M()], why="endometriecancer i Provsvar/Bedömning, pat inte informerad ännu")

case("d43-gyn-cervixcancer-vet-inte-om-pad", VG, "1987-05-02", "K", [
    note("n1", "vg_gyn_alingsas", "Hanna Öberg", "läkare", "2024-03-08 12:20", [
        ("Bedömning", "Kolposkopi med biopsi 6/3, PAD: invasiv skivepitelcancer i cervix, infiltrationsdjup 4 mm. Pat vet ännu inte om PAD-svaret. Remiss till Jubileumskliniken skickas idag."),
        ("Planering", "Besked ges av undertecknad vid besök 13/3, kurator tillfrågad att vara med."),
    ])],
    must=[M()], why="cervixcancer i Bedömning, 'pat vet ännu inte om PAD-svaret'")

case("d43-barn-all-foraldrar-ej-informerade", SK, "2017-08-19", "K", [
    note("n1", "sk_barnonk_lund", "Mikael Fors", "läkare", "2024-01-30 12:40", [
        ("Aktuellt", "6-årig flicka inlagd sedan igår pga blekhet, petekier och benvärk. Hb 71, TPK 18, LPK 46 med blaster."),
        ("Utredning", "Benmärgsaspiration i narkos idag: B-prekursor ALL, 91 % blaster. Likvor utan blaster."),
        ("Bedömning", "Akut lymfatisk leukemi. Föräldrarna har ännu inte informerats om benmärgssvaret, samtal planeras kl 15 med barnonkolog, ssk och kurator."),
        ("Åtgärd", "Hyperhydrering och allopurinol. Port-a-cath planeras. Behandling enligt ALLTogether."),
    ], template="Daganteckning", setting="slutenvård", signed=30)],
    must=[M()], why="barn under 13: vårdnadshavarna läser journalen och har inte fått ALL-beskedet")

case("d43-barn-wilms-vardnadshavare-ej", VG, "2020-11-03", "M", [
    note("n1", "vg_dsbus_onk", "Rebecka Lund", "läkare", "2024-09-05 14:30", [
        ("Bedömning", "PAD från nålbiopsi vä njure: nefroblastom (Wilms tumör) utan anaplasi. Vårdnadshavarna är ej informerade om PAD ännu; pappa är utomlands och båda önskar beskedet samtidigt."),
        ("Planering", "Besök med båda föräldrarna måndag, pappa via video om han inte hunnit hem. Preoperativ cytostatika enligt UMBRELLA."),
    ])],
    must=[M()], why="3-åring: Wilms tumör synlig, vårdnadshavarna ej informerade")

case("d43-ung-hodgkin-foraldrar-ja-pat-nej", SK, "2006-09-27", "M", [
    note("n1", "sk_barn_hbg", "Petra Gunnarsson", "läkare", "2024-04-22 16:15", [
        ("Bedömning", "PAD halskörtel: klassiskt Hodgkinlymfom, nodulär skleros. Föräldrarna informerade per telefon på deras begäran. Pat själv (17 år) har ännu inte fått veta, föräldrarna vill vara med när han får beskedet imorgon."),
        ("Planering", "Besked till pat imorgon kl 11 med föräldrarna. PET-DT. Fertilitetsbevarande åtgärder tas upp."),
    ])],
    must=[M()], why="17-åringen läser själv; föräldrarna vet men pat har inte fått besked")

case("d43-gen-huntington-prediktiv-ej-svar", SK, "1990-07-07", "K", [
    note("n1", "sk_gen_lund", "Gunilla Rosén", "läkare", "2024-03-12 09:40", [
        ("Bedömning", "Resultat av prediktiv testning: expanderad CAG-repetition (42) i HTT-genen, pat är anlagsbärare för Huntingtons sjukdom. Pat har ännu inte fått svaret."),
        ("Planering", "Enligt testprotokollet lämnas beskedet endast vid personligt besök med stödperson, bokat 21/3 med genetisk vägledare och kurator."),
    ], template="Mottagningsanteckning")],
    must=[M()], why="ärftligt fynd: anlagsbärare för Huntingtons sjukdom, pat har ännu inte fått svaret")

case("d43-gen-lynch-mlh1-vagledare", VG, "1976-02-15", "M", [
    note("n1", "vg_gen_su", "Camilla Dahl", "genetisk vägledare", "2024-04-02 13:05", [
        ("Provsvar", "Mutationsscreening MLH1, MSH2, MSH6, PMS2: patogen variant i MLH1. Lynchsyndrom verifierat hos pat."),
        ("Åtgärd", "Pat ej informerad om svaret. Tid bokad för genetisk vägledning med läkare 9/4, då även släktbrev till syskonen tas upp."),
    ], template="Genetisk vägledning")],
    must=[M()], why="Lynchsyndrom verifierat i Provsvar, pat ej informerad om svaret")

case("d43-barn-fh-ldlr-vardnadshavare-ej", SK, "2014-10-10", "K", [
    note("n1", "sk_barn_csk", "Ola Sjöberg", "läkare", "2024-04-18 11:25", [
        ("Provsvar", "Genanalys: heterozygot patogen variant i LDLR. LDL 5,8 mmol/l."),
        ("Bedömning", "Familjär hyperkolesterolemi genetiskt bekräftad. Vårdnadshavarna är ännu ej informerade om genanalysen; mamma har själv FH och bad att svaret ges vid besök och inte per brev."),
        ("Planering", "Besök med båda vårdnadshavarna 2/5. Dietist. Statin diskuteras från 10 års ålder."),
    ])],
    must=[M()], why="9-åring med genetiskt bekräftad FH, vårdnadshavarna ej informerade")

case("d43-kard-trekarlssjukdom-sederad", VG, "1956-08-01", "M", [
    note("n1", "vg_kard_su", "Daniel Ek", "läkare", "2024-06-18 15:10", [
        ("Aktuellt", "Koronarangiografi via hö a. radialis pga NSTEMI."),
        ("Fynd", "Signifikanta stenoser i LAD proximalt (90 %) och RCA mitt (80 %), ocklusion av Cx med kollateraler."),
        ("Bedömning", "Trekärlssjukdom, lämpar sig för CABG snarare än PCI. Pat sederad med midazolam och ej informerad om fyndet, avdelningsläkaren informerar efter thoraxkonferensen imorgon."),
    ], template="Angiografianteckning", setting="slutenvård", signed=15)],
    must=[M()], why="trekärlssjukdom, sederad pat ej informerad om fyndet")

case("d43-kard-myokardit-typo-informarad", SK, "2001-05-23", "M", [
    note("n1", "sk_kard_malmo", "Amira Haddad", "läkare", "2024-06-06 17:05", [
        ("Bedömning", "MR hjärta 5/6: subepikardiellt sent gadoliniumupptag lateralt och ödem på T2, alltså akut myokardit. Pat ej informarad om MR-svaret ännu, jag tar det på ronden imorgon."),
        ("Planering", "Idrottsförbud 6 mån. Betablockad. Holter före hemgång."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[M()], why="typo 'informarad': akut myokardit synlig, pat ej informerad")

case("d43-neuro-ms-typo-medelad", VG, "1995-01-29", "K", [
    note("n1", "vg_neuro_nal", "Johanna Nord", "läkare", "2024-01-18 10:35", [
        ("Bedömning", "MR visar nytillkomna T2-lesioner och LP oligoklonala band, McDonald uppfyllt: MS, skovvis förlopp. Pat ännu inte medelad diagnosen, kommer till mottagningen 30/1 med sambo."),
    ])],
    must=[M()], why="typo 'medelad': MS fastställd men ännu inte meddelad pat")

case("d43-njur-adpkd-ul-ej-underrattad", SK, "1984-04-16", "M", [
    note("n1", "sk_njur_malmo", "Tove Åkesson", "läkare", "2024-02-08 14:45", [
        ("Remissbedömning", "UL njurar (remiss från företagshälsovården): > 10 cystor bilat, förstorade njurar, levercystor. Fadern hade dialys."),
        ("Bedömning", "Autosomal dominant polycystisk njursjukdom (ADPKD). Pat är inte underrättad om UL-svaret och kallas till nybesök."),
    ], template="Remissbedömning")],
    must=[M()], why="ADPKD i Bedömning, pat inte underrättad om UL-svaret")

case("d43-hem-mds-inte-delgiven-horsel", VG, "1939-06-24", "K", [
    note("n1", "vg_med_alingsas", "Stefan Åberg", "läkare", "2024-10-01 15:15", [
        ("Bedömning", "Benmärg: myelodysplastiskt syndrom med multilinjär dysplasi, blaster 3 %, IPSS-R låg risk. Diagnosen är inte delgiven pat, som har grav hörselnedsättning och vill ha beskedet med dottern som stöd."),
        ("Planering", "Återbesök 10/10 med dotter. Transfusionsbehov följs."),
    ])],
    must=[M()], why="MDS i Bedömning, 'diagnosen är inte delgiven pat'")

case("d43-hem-myelom-typo-besket", SK, "1947-12-19", "M", [
    note("n1", "sk_hem_csk", "Louise Carlsson", "läkare", "2024-09-26 13:00", [
        ("Bedömning", "IgA-lambda-myelom, ISS II. Ingen CRAB, men 65 % klonala plasmaceller i märgen är en myelomdefinierande händelse och behandling behövs. Besket ges på återbesök 8/10, pat är inte informerad än."),
    ])],
    must=[M()], why="typo 'Besket': myelom synligt, besked först på återbesök")

case("d43-gi-sigmoideumcancer-besked-aterbesok", VG, "1963-02-26", "K", [
    note("n1", "vg_kir_kungalv", "Mats Lindahl", "läkare", "2024-09-18 10:50", [
        ("Fynd", "Koloskopi 12/9: cirkulär exofytisk tumör i sigmoideum 25 cm ab ano, passerbar. Biopsier tagna."),
        ("Provsvar", "PAD: adenocarcinom, MMR-proficient."),
        ("Bedömning", "Sigmoideumcancer. Besked ges på återbesök 2/10; pat vet att biopsier togs men inte vad de visade."),
    ])],
    must=[M()], why="sigmoideumcancer, 'besked ges på återbesök'")

case("d43-lunga-mesoteliom-ej-fatt-veta", SK, "1946-03-03", "M", [
    note("n1", "sk_lunga_malmo", "Vera Kovač", "läkare", "2024-09-05 08:30", [
        ("Bedömning", "Torakoskopi med pleurabiopsier 3/9, PAD: malignt pleuramesoteliom av epiteloid typ. Asbestexponerad som varvsarbetare på 70-talet. Pat har inte fått veta än; han frågade igår men då var PAD inte klart, besked ges i eftermiddag."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[M()], why="pleuramesoteliom, 'pat har inte fått veta än'")

case("d43-neuro-als-halls-inne-ovetande", VG, "1955-10-11", "M", [
    note("n1", "vg_neuro_skas", "Åke Nilsson", "läkare", "2024-11-12 11:20", [
        ("Status", "Atrofi och fascikulationer i båda underbenen, spasticitet i armarna, livliga reflexer."),
        ("Bedömning", "Övre och nedre motorneuronpåverkan i tre regioner, neurofysiologin stöder detta: amyotrofisk lateralskleros. Beskedet hålls inne tills pat och frun kan komma tillsammans nästa vecka, pat är ovetande om diagnosen."),
    ], signed=None)],
    must=[M()], why="ALS; 'beskedet hålls inne', 'pat är ovetande om diagnosen'")

case("d43-hem-mantelcell-sonen-vill-ej", VG, "1936-04-18", "K", [
    note("n1", "vg_hem_su", "Kristoffer Bengtsson", "läkare", "2024-05-28 14:25", [
        ("Provsvar", "PAD benmärg och körtel: mantelcellslymfom, cyklin D1 pos, Ki-67 20 %."),
        ("Telefonkontakt", "Sonen ringer och ber att mamma (88 år) inte ska få veta att det är cancer, hon 'har alltid varit rädd för det'. Pat är inte informerad om lymfomet. Förklarat för sonen att vi inte kan undanhålla diagnosen om hon frågar."),
        ("Planering", "Samtal med pat på mottagningen 4/6, kontaktsjuksköterska med."),
    ])],
    must=[M()], why="anhörig begär att pat inte får veta; mantelcellslymfom synligt, pat inte informerad")

case("d43-gi-hcc-iva-besked-nar-stabil", SK, "1958-01-09", "M", [
    note("n1", "sk_gastro_lund", "Fredrik Palm", "läkare", "2024-11-20 16:30", [
        ("Utredning", "DT lever trefas: 4 cm arteriellt laddande förändring segment 7 med washout, LI-RADS 5."),
        ("Bedömning", "Hepatocellulär cancer i cirrotisk lever. Pat ej informerad, han ligger på IVA efter varicesblödning och får beskedet när han är stabil."),
        ("Planering", "Anmäls till HPB-MDK. AFP skickat."),
    ], template="Konsultationsanteckning", setting="slutenvård")],
    must=[M()], why="HCC i Bedömning, IVA-pat ej informerad")

case("d43-kard-hcm-genfynd-ej-informerad", VG, "1972-07-31", "M", [
    note("n1", "vg_hjart_ostra", "Paulina Wójcik", "läkare", "2024-10-08 09:55", [
        ("Provsvar", "Genpanel kardiomyopati: patogen variant i MYBPC3."),
        ("Bedömning", "Känd hypertrofisk kardiomyopati sedan 2018, nu genetiskt förklarad. Pat inte informerad om genfyndet, det ges vid genetisk vägledning innan kaskadtestning av barnen erbjuds."),
    ])],
    must=[M()], why="ärftligt genfynd till känd HCM, pat inte informerad om fyndet")

# ---- multi-note records, the later note withholds something new

case("d43-lunga-hjarnmetastaser-efter-besked", SK, "1961-06-12", "K", [
    note("n1", "sk_lunga_lund", "Björn Axelsson", "läkare", "2024-02-06 10:00", [
        ("Bedömning", "Diagnosbesked givet: adenocarcinom i vä överlob, cT1cN0M0. Sambon var med. Operation planeras."),
    ], template="Mottagningsanteckning"),
    note("n2", "sk_lunga_lund", "Björn Axelsson", "läkare", "2024-02-20 15:30", [
        ("Utredning", "Preoperativ MR hjärna: två metastaser i cerebellum, 8 och 12 mm."),
        ("Bedömning", "Stadium ändras till IV. Pat ej informerad om hjärnmetastaserna, operationen ställs in och nytt besök bokas."),
    ]),
    ], must=[M("NL101", "n2")],
    why="n1 gav besked om primärtumören, n2 håller inne hjärnmetastaserna")

case("d43-hem-apl-efter-info-om-benmargsprov", SK, "1970-08-08", "K", [
    note("n1", "sk_hem_lund", "Ebba Lindström", "sjuksköterska", "2024-05-13 08:40", [
        ("Telefonkontakt", "Pat informerad om att benmärgsprov tas idag pga lågt blodvärde och låga trombocyter. Behöver ej fasta."),
    ], template="Telefonanteckning", signed=10),
    note("n2", "sk_hem_lund", "Hassan Omar", "läkare", "2024-05-13 16:10", [
        ("Utredning", "Benmärg: akut promyelocytleukemi, t(15;17) med PML-RARA. Fibrinogen 0,9, hög blödningsrisk."),
        ("Bedömning", "APL. ATRA startas ikväll. Pat ej informerad om diagnosen ännu, dottern kallas in och besked ges ikväll."),
    ], template="Daganteckning", setting="slutenvård", signed=20),
    ], must=[M("NL101", "n2")],
    why="n1 informerar bara om provtagning; n2 har APL och pat ej informerad")

case("d43-neuro-gbm-th-sedan-synlig-utan-besked", SK, "1951-05-05", "M", [
    note("n1", "sk_nkir_lund", "Kristina Wall", "läkare", "2024-01-10 13:15", [
        ("Bedömning", "MR: ringladdande expansivitet vä parietalt med ödem, misstänkt högmalignt gliom, DD metastas. Pat ej informerad om misstanken."),
    ], template="Tidiga hypoteser"),
    note("n2", "sk_nkir_lund", "Kristina Wall", "läkare", "2024-01-19 14:40", [
        ("Utredning", "PAD efter biopsi: glioblastom, IDH-vildtyp."),
        ("Bedömning", "Pat ännu inte informerad om PAD-svaret, besked vid återbesök hos neurokirurg 25/1."),
    ], template="Läkaranteckning"),
    ], must=[M("NL101", "n2")],
    why="hypotesen låg i Tidiga hypoteser (n1) men PAD-diagnosen står i vanlig anteckning n2 utan besked")

# ====================================================================
# NL101 negatives: told, or the untold thing is no diagnosis, or protected
# ====================================================================

case("d43-neuro-als-informerad-i-narvaro-av-make", SK, "1958-02-17", "M", [
    note("n1", "sk_neuro_malmo", "Jonas Hedlund", "läkare", "2024-04-09 13:00", [
        ("Bedömning", "ALS med bulbär debut, diagnos ställd efter EMG 2/4. Pat informerad om diagnosen i närvaro av maken; många frågor om förlopp och hjälpmedel."),
        ("Planering", "Riluzol insätts. Remiss logoped, dietist och ALS-teamet. Återbesök 4 v."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="ALS synlig men pat informerad i närvaro av make")

case("d43-gi-pankreas-besked-lamnat-dotter", VG, "1942-09-09", "K", [
    note("n1", "vg_kir_sas", "Niklas Bergqvist", "läkare", "2024-06-12 11:00", [
        ("Bedömning", "Lokalt avancerad pankreascancer utan fjärrmetastaser enligt DT. Besked lämnat i närvaro av dotter, pat tog det med fattning."),
        ("Planering", "Remiss onkologen för ställningstagande till neoadjuvant cytostatika. Kontaktsjuksköterska utsedd."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[M()], why="'Besked lämnat i närvaro av dotter' om pankreascancer")

case("d43-gi-koloncancer-beskedet-av-kirurgen-fredag", SK, "1954-11-30", "M", [
    note("n1", "sk_kir_ystad", "Malin Hansson", "sjuksköterska", "2024-03-18 14:20", [
        ("Telefonkontakt", "Kontaktsjuksköterskesamtal. Har fått sitt cancerbesked av kirurgen i fredags, högersidig koloncancer. Pat sover dåligt men har stöd av sin fru. Informerat om preoperativ provtagning och ERAS-broschyr."),
    ], template="Kontaktsjuksköterskeanteckning", signed=10)],
    must_not=[M()], why="pat har fått sitt cancerbesked av kirurgen i fredags")

case("d43-lunga-diagnosbesked-via-tolk-arabiska", VG, "1964-04-25", "M", [
    note("n1", "vg_lunga_su", "Olof Strand", "läkare", "2024-05-21 10:45", [
        ("Bedömning", "Småcellig lungcancer, extensive disease med levermetastaser. Diagnosbeked givet via tolk (arabiska, på plats); pat och två söner närvarande."),
        ("Planering", "Cytostatika carboplatin/etoposid + atezolizumab. Start nästa vecka."),
    ])],
    must_not=[M()], why="typo 'Diagnosbeked': diagnosbesked givet via tolk")

case("d43-hem-myelom-pat-vet-om-diagnosen", SK, "1950-06-30", "K", [
    note("n1", "sk_hemmott_lund", "Sara Nyström", "läkare", "2024-07-09 09:30", [
        ("Aktuellt", "Myelom IgG-kappa, cykel 4 dara-VRd avslutad. Pat vet om diagnosen och är välinformerad om upplägget inför autolog stamcellstransplantation."),
        ("Bedömning", "Mycket god partiell respons, M-komponent nu 2 g/l."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="'pat vet om diagnosen'")

case("d43-gyn-ovarial-typo-informerd-om-pad", SK, "1962-01-06", "K", [
    note("n1", "sk_gynonk_lund", "Charlotte Ek", "läkare", "2024-08-13 14:00", [
        ("Bedömning", "Höggradig serös ovarialcancer FIGO IIIB. Pat informerd om PAD-svaret och stadieindelningen, maken med. Hon var förberedd efter operationen."),
        ("Planering", "Start carboplatin/paklitaxel 22/8. PARP-hämmare diskuteras efter BRCA-svar."),
    ])],
    must_not=[M()], why="typo 'informerd' men pat är informerad om PAD-svaret")

case("d43-gyn-endometrie-operationsdatum-ej-klart", VG, "1957-03-19", "K", [
    note("n1", "vg_kvinno_ostra", "Sofia Mattsson", "läkare", "2024-04-16 16:10", [
        ("Bedömning", "Endometriecancer grad 1, MR utan djup myometrieinväxt. Planeras för robotassisterad hysterektomi med salpingooforektomi."),
        ("Planering", "Pat ännu ej informerad om operationsdatum, operationsplaneringen återkommer med tid per telefon."),
    ])],
    must_not=[M()], why="det som inte meddelats är ett operationsdatum, ingen diagnos")

case("d43-lunga-remiss-onkologen-ej-informerad", SK, "1949-10-02", "M", [
    note("n1", "sk_lunga_hbg", "Annika Persson", "läkare", "2024-03-25 15:40", [
        ("Bedömning", "Adenocarcinom hö överlob, stadium IIIB, ej operabelt enligt MDK."),
        ("Åtgärd", "Remiss till onkologiska kliniken Lund för kemoradioterapi. Pat ej informerad om att remissen skickats idag, meddelas per brev."),
    ])],
    must_not=[M()], why="det som inte meddelats är att remissen skickats")

case("d43-hem-benmarg-utan-leukemi-svar-ej-givet", VG, "1973-04-08", "M", [
    note("n1", "vg_hem_su", "Kristoffer Bengtsson", "läkare", "2024-02-27 11:50", [
        ("Provsvar", "Benmärg: normocellulär märg med normal mognad i alla linjer. Ingen ökning av blaster, inga tecken på leukemi eller myelodysplasi."),
        ("Bedömning", "Normalt benmärgsfynd. Pat ej informerad om svaret ännu, ssk ringer imorgon och avslutar kontakten."),
    ])],
    must_not=[M()], why="det ej meddelade svaret är normalt, leukemi är negerad")

case("d43-gyn-endometrie-vet-ej-vem-opererar", SK, "1960-07-14", "K", [
    note("n1", "sk_kvinno_malmo", "Nadia Yilmaz", "läkare", "2024-05-07 10:30", [
        ("Bedömning", "Endometriecancer stadium IA, informerad om diagnosen vid förra besöket. Pat undrar vem som ska operera henne och vet ännu inte det, kirurgen bestäms när op-schemat lagts."),
    ])],
    must_not=[M()], why="det pat inte vet är operatörens namn")

case("d43-neuro-ms-foraldrarna-far-inte-veta", VG, "2001-08-21", "K", [
    note("n1", "vg_neuromott_su", "Farid Rahimi", "läkare", "2024-03-04 13:40", [
        ("Bedömning", "Skovvis förlöpande MS, ny diagnos. Pat informerad om MS-diagnosen och behandlingsalternativen. Hon önskar att föräldrarna inte informeras ännu, hon vill berätta själv efter sin tenta."),
        ("Planering", "Start ofatumumab. JCV-serologi, vaccinationsstatus."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="pat informerad; bara föräldrarna ska inte veta ännu")

case("d43-lunga-hustrun-ej-informerad", SK, "1955-12-03", "M", [
    note("n1", "sk_lunga_lund", "Therese Ljung", "läkare", "2024-10-22 09:20", [
        ("Bedömning", "Skivepitelcancer vä huvudbronk, stadium IIIA. Pat fick beskedet idag och tog emot det lugnt. Hustrun ej informerad, pat vill själv berätta i helgen när barnen är hemma."),
    ], signed=None)],
    must_not=[M()], why="pat fått besked, bara hustrun ej informerad")

case("d43-lunga-ipf-avbojer-prognos", VG, "1947-09-29", "M", [
    note("n1", "vg_lunga_su", "Ylva Berg", "läkare", "2024-06-25 14:35", [
        ("Bedömning", "Idiopatisk lungfibros. Pat informerad om diagnosen och om antifibrotisk behandling. Han avböjer uttryckligen att få veta något om förväntad överlevnad, vilket respekteras."),
        ("Planering", "Nintedanib 150 mg x 2. Leverprover om 4 v."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="diagnosen är meddelad; pat avböjer bara prognosinformation")

case("d43-neuro-gbm-tidiga-hypoteser-mall", SK, "1966-02-22", "K", [
    note("n1", "sk_nkir_lund", "Magnus Ekberg", "läkare", "2024-05-02 17:20", [
        ("Bedömning", "PAD: glioblastom, IDH-vildtyp. Pat ej informerad, hon är fortfarande förvirrad postoperativt. Diagnosen förs till synlig anteckning när beskedet givits."),
    ], template="Tidiga hypoteser")],
    must_not=[M()], why="Skåne: den ej meddelade diagnosen står i mallen Tidiga hypoteser")

case("d43-hem-myelom-tidiga-hypoteser-sokord", VG, "1953-03-13", "M", [
    note("n1", "vg_hem_nal", "Ingrid Falk", "läkare", "2024-03-19 10:15", [
        ("Aktuellt", "Återbesök efter benmärgsprov och skelettröntgen."),
        ("Planering", "Provsvaren gås igenom på återbesök om en vecka, hustrun följer med."),
        ("Tidiga hypoteser", "Benmärg 60 % plasmaceller, IgA-lambda, lytiska skelettförändringar: myelom. Pat ej informerad."),
    ])],
    must_not=[M()], why="VGR: den ej meddelade diagnosen står bara under sökordet Tidiga hypoteser")

case("d43-gi-cirros-kontroll-inget-om-besked", SK, "1961-08-16", "K", [
    note("n1", "sk_gastro_lund", "Fredrik Palm", "läkare", "2024-08-27 13:30", [
        ("Aktuellt", "Halvårskontroll. Levercirros Child-Pugh A efter autoimmun hepatit. Mår bra, ingen ascites, inga tecken på encefalopati."),
        ("Åtgärd", "UL lever för HCC-screening beställt. Fortsatt azatioprin."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="diagnos synlig men inget sägs om att pat inte är informerad")

case("d43-barn-cf-foraldrar-fatt-besked", VG, "2022-03-30", "M", [
    note("n1", "vg_barn_nal", "Emelie Fransson", "läkare", "2024-02-15 15:00", [
        ("Bedömning", "Svettest 2 ggr > 60 mmol/l och två patogena CFTR-varianter, cystisk fibros. Föräldrarna har fått besked om CF-diagnosen idag, tolk ej behövd."),
        ("Planering", "Remiss CF-centrum Göteborg. Pankreasenzymer. Fysioterapeut instruerar i andningsgymnastik."),
    ])],
    must_not=[M()], why="barn under 13: vårdnadshavarna har fått besked om CF")

case("d43-gen-brca2-besked-vid-vagledning", SK, "1983-05-27", "K", [
    note("n1", "sk_gen_lund", "Gunilla Rosén", "genetisk vägledare", "2024-06-19 09:10", [
        ("Telefonkontakt", "Uppföljande samtal. Pat har fått besked om att hon bär en patogen BRCA2-variant vid den genetiska vägledningen igår. Har sovit dåligt, vill ha tid till bröstcancerkontrollprogrammet."),
    ], template="Telefonanteckning", signed=None)],
    must_not=[M()], why="ärftligt fynd redan meddelat vid genetisk vägledning")

case("d43-gen-lynch-syskon-ej-informerade", VG, "1969-11-04", "K", [
    note("n1", "vg_gen_su", "Camilla Dahl", "läkare", "2024-04-23 14:30", [
        ("Bedömning", "Lynchsyndrom (MSH2) hos pat, som informerats och fått skriftlig information. Syskonen är ännu inte informerade; pat får släktbrev att dela ut."),
    ], template="Genetisk vägledning")],
    must_not=[M()], why="pat informerad om Lynchsyndrom, bara syskonen ovetande")

case("d43-hem-lymfom-behandlingsplan-efter-pet", SK, "1977-01-31", "M", [
    note("n1", "sk_hemmott_lund", "Hassan Omar", "läkare", "2024-03-14 11:05", [
        ("Bedömning", "Follikulärt lymfom grad 1–2. Pat informerad om lymfomdiagnosen idag. Om behandlingsupplägget informeras pat när PET är klar."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="'informeras när PET är klar' gäller behandlingsplanen, diagnosen är meddelad")

case("d43-gyn-cervix-straltid-per-brev", VG, "1979-07-07", "K", [
    note("n1", "vg_jubileum", "Anneli Svensson", "sjuksköterska", "2024-05-30 10:40", [
        ("Omvårdnad", "Skivepitelcancer i cervix stadium IIB. Pat träffade läkaren förra veckan och känner till planen med kemoradioterapi. Besked om starttid för strålbehandling ges per brev, ej klart idag."),
    ], template="Omvårdnadsanteckning", signed=None)],
    must_not=[M()], why="det som inte meddelats är starttid för strålbehandling (osignerat)")

case("d43-lunga-sarkoidos-meddelat-per-telefon", SK, "1988-10-18", "M", [
    note("n1", "sk_lunga_hbg", "Jesper Möller", "läkare", "2024-02-29 12:25", [
        ("Telefonkontakt", "Meddelat pat PAD-svaret: EBUS-biopsierna visar icke-nekrotiserande granulom och sarkoidos är därmed fastställd. Pat lättad att det inte är cancer."),
        ("Planering", "Ingen behandling nu. Spirometri och rtg pulm om 3 mån."),
    ], template="Telefonanteckning", signed=15)],
    must_not=[M()], why="sarkoidosdiagnosen meddelad per telefon")

case("d43-lungonk-besked-pa-nal-forra-veckan", VG, "1959-06-02", "K", [
    note("n1", "vg_lungonk_su", "Gustav Hellman", "läkare", "2024-08-06 13:10", [
        ("Anamnes", "Remitterad från NÄL. Pat fick beskedet lungcancer (adenocarcinom, EGFR exon 19-deletion) på NÄL förra veckan."),
        ("Bedömning", "Stadium IVA. Osimertinib insätts idag."),
    ], template="Nybesök")],
    must_not=[M()], why="pat fick diagnosbeskedet på annat sjukhus förra veckan")

case("d43-kurator-samtal-efter-diagnosbeskedet", SK, "1985-09-11", "K", [
    note("n1", "sk_kurator_lund", "Ulrika Nordin", "kurator", "2024-11-06 15:30", [
        ("Samtal", "Stödsamtal dagen efter diagnosbeskedet om cervixcancer. Pat gråter mycket och oroar sig för barnen, 4 och 7 år. Vi pratar om hur man kan berätta för små barn."),
        ("Planering", "Nytt samtal om en vecka. Broschyr om barn som anhöriga."),
    ], template="Kuratorsanteckning")],
    must_not=[M()], why="kurator dagen efter diagnosbeskedet, pat vet")

case("d43-gyn-benign-biopsi-brev-ej-skickat", VG, "1968-02-08", "K", [
    note("n1", "vg_gyn_alingsas", "Hanna Öberg", "läkare", "2024-10-15 09:45", [
        ("Provsvar", "Endometriebiopsi: proliferativt endometrium, benignt, inga atypier."),
        ("Bedömning", "Postmenopausal blödning utan malign orsak. Pat ej informerad om svaret ännu, brev skickas idag."),
    ])],
    must_not=[M()], why="det ej meddelade provsvaret är benignt, ingen diagnos att hålla inne")

case("d43-njur-vantelista-transplantation-ej", SK, "1975-03-03", "M", [
    note("n1", "sk_njur_lund", "Helena Borg", "läkare", "2024-06-11 17:00", [
        ("Aktuellt", "IgA-nefropati med njursvikt, PD sedan 2022. Transplantationskonferensen har idag godkänt pat."),
        ("Åtgärd", "Pat ännu inte informerad om att han nu aktiverats på väntelistan för njurtransplantation, jag ringer honom ikväll."),
    ])],
    must_not=[M()], why="det som inte meddelats är väntelistebeslutet, inte diagnosen")

case("d43-barn-medulloblastom-syskon-ej", SK, "2015-12-24", "M", [
    note("n1", "sk_barnonk_lund", "Mikael Fors", "läkare", "2024-09-24 13:15", [
        ("Bedömning", "Medulloblastom, WNT-aktiverat. Föräldrarna informerade om diagnosen och behandlingsplanen vid samtal idag. Storasyster (15 år) är ännu inte informerad, föräldrarna vill berätta själva."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[M()], why="barn under 13: vårdnadshavarna informerade, bara ett syskon ovetande")

case("d43-neuro-ms-val-fortrogen", VG, "1984-06-15", "M", [
    note("n1", "vg_neuro_nal", "Johanna Nord", "läkare", "2024-10-03 08:55", [
        ("Aktuellt", "Årskontroll, skovvis MS sedan 2016, stabil på natalizumab. Pat väl förtrogen med sin sjukdom och läser själv sina MR-svar i 1177."),
        ("Status", "EDSS 1,5. Lätt vibrationsnedsättning fötterna."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="etablerad diagnos som pat känner väl")

case("d43-hem-kll-typo-inforemrad", VG, "1948-01-25", "M", [
    note("n1", "vg_med_skas", "Anders Kvist", "läkare", "2024-10-17 14:05", [
        ("Bedömning", "KLL Binet A, bekräftad med flödescytometri. Pat inforemrad om KLL-diagnosen i lugn miljö, fick skriftlig information och kontaktsjuksköterskans nummer."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="typo 'inforemrad' men pat är informerad")

case("d43-njur-last-svaret-i-1177-forst", SK, "1971-09-06", "K", [
    note("n1", "sk_njur_malmo", "Tove Åkesson", "läkare", "2024-03-21 10:20", [
        ("Aktuellt", "Pat hade själv läst biopsisvaret i 1177 före besöket. Vi har idag gått igenom diagnosen membranös nefropati och vad PLA2R-antikropparna betyder."),
        ("Planering", "Rituximab diskuteras om proteinurin kvarstår efter 6 mån RAAS-blockad."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="pat har läst svaret och fått diagnosen genomgången")

case("d43-hem-hodgkin-kur-uppskjuten-ej-meddelat", VG, "1997-04-12", "K", [
    note("n1", "vg_hem_su", "Ida Lundqvist", "sjuksköterska", "2024-06-14 11:30", [
        ("Omvårdnad", "Hodgkinlymfom, ABVD kur 3. Pat ej informerad om att kur 3 flyttas en vecka eftersom dagvården håller stängt midsommarveckan, ringer henne efter lunch."),
    ], template="Omvårdnadsanteckning")],
    must_not=[M()], why="det som inte meddelats är en flyttad behandlingsdag")

case("d43-kard-holter-normal-brev", SK, "1964-11-27", "M", [
    note("n1", "sk_hjart_hbg", "Karl Ström", "läkare", "2024-04-11 15:50", [
        ("Provsvar", "Långtids-EKG 72 h: sinusrytm hela registreringen, enstaka VES, inga pauser."),
        ("Bedömning", "Känt paroxysmalt förmaksflimmer, inga nya episoder registrerade. Pat ej informerad om att Holter var normal, brev skickas."),
    ])],
    must_not=[M()], why="det ej meddelade är ett normalt Holtersvar")

case("d43-kard-amyloidos-pat-och-fru-informerade", VG, "1946-05-16", "M", [
    note("n1", "vg_hjart_ostra", "Paulina Wójcik", "läkare", "2024-04-30 13:25", [
        ("Bedömning", "Vildtyp ATTR-kardiomyopati. Pat och fru informerade om diagnosen på mottagningen idag, många frågor om ärftlighet som besvarades."),
        ("Planering", "Tafamidis ansöks. Återbesök hjärtsviktsmott 3 mån."),
    ], template="Mottagningsanteckning")],
    must_not=[M()], why="pat och fru informerade om amyloidos")

case("d43-njur-gpa-besked-via-telefontolk", SK, "1967-02-02", "M", [
    note("n1", "sk_njur_lund", "Rasmus Engdahl", "läkare", "2024-07-23 16:20", [
        ("Bedömning", "Granulomatös polyangit med njurengagemang, bekräftad med njurbiopsi. Besked om diagnosen lämnades via telefontolk (tigrinja) och pat förstod behandlingsplanen."),
        ("Åtgärd", "Rituximab + prednisolon enligt schema."),
    ], template="Daganteckning", setting="slutenvård", signed=None)],
    must_not=[M()], why="diagnosbesked via telefontolk (osignerat utkast)")

case("d43-gen-huntington-avstar-svar", VG, "1994-03-09", "M", [
    note("n1", "vg_gen_su", "Camilla Dahl", "genetisk vägledare", "2024-09-12 10:05", [
        ("Anamnes", "Mor har Huntingtons sjukdom. Pat har 50 % risk och har gått igenom vägledningsprogrammet för prediktiv testning."),
        ("Åtgärd", "Pat har efter betänketid beslutat att inte ta del av något resultat. Blodprovet analyseras därför inte och kastas enligt hans önskan."),
    ], template="Genetisk vägledning")],
    must_not=[M()], why="pat avstår från att veta; ingen diagnos finns att hålla inne")

case("d43-hem-aml-syskondonator-ej-meddelat", SK, "1980-10-20", "K", [
    note("n1", "sk_hem_lund", "Ebba Lindström", "läkare", "2024-08-29 12:45", [
        ("Aktuellt", "AML i CR1 efter två induktionskurer, pat välinformerad om sin sjukdom."),
        ("Bedömning", "HLA-typning av brodern klar. Pat ännu ej informerad om resultatet av syskontypningen, det tas på transplantationskonferensen först."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[M()], why="det ej meddelade är brodern HLA-typning, ingen diagnos hos pat")

# ---- multi-note records: a later note tells what an earlier one withheld

case("d43-lunga-senare-diagnosbesked-givet", SK, "1952-12-01", "K", [
    note("n1", "sk_lunga_malmo", "Vera Kovač", "läkare", "2024-03-04 15:30", [
        ("Bedömning", "PAD från bronkoskopin: adenocarcinom. Pat ej informerad, besked på MDK-återbesöket."),
    ]),
    note("n2", "sk_lunga_malmo", "Vera Kovač", "läkare", "2024-03-12 10:15", [
        ("Aktuellt", "Besök för diagnosbesked. Pat informerad om adenocarcinom i vä överlob, stadium IIIA, och om förslaget från MDK."),
        ("Planering", "Kemoradioterapi följt av durvalumab. Remiss onkologen."),
    ], template="Mottagningsanteckning"),
    ], must_not=[M("NL101", "n2")],
    why="n2 ger det besked som n1 höll inne")

case("d43-neuro-als-diagnosbesked-givet-senare", VG, "1963-07-19", "K", [
    note("n1", "vg_neuro_skas", "Åke Nilsson", "läkare", "2024-02-06 11:00", [
        ("Bedömning", "EMG visar utbredd denervation, bilden är ALS. Pat ej informerad, återbesök med make bokat."),
    ]),
    note("n2", "vg_neuro_skas", "Åke Nilsson", "läkare", "2024-02-13 14:30", [
        ("Bedömning", "Diagnosbesked ALS givet idag till pat och make. Hon hade anat det och ville veta allt om förloppet."),
        ("Planering", "ALS-team, PEG diskuteras tidigt. Riluzol."),
    ], template="Mottagningsanteckning"),
    ], must_not=[M("NL101", "n2")],
    why="senare anteckning dokumenterar att ALS-beskedet givits")

case("d43-barn-all-foraldrar-informerade-senare", SK, "2019-04-04", "M", [
    note("n1", "sk_barnonk_lund", "Linda Kjellberg", "läkare", "2024-11-04 11:30", [
        ("Utredning", "Benmärg: T-ALL."),
        ("Bedömning", "Föräldrarna ej informerade ännu, samtal kl 14."),
    ], template="Daganteckning", setting="slutenvård"),
    note("n2", "sk_barnonk_lund", "Linda Kjellberg", "läkare", "2024-11-04 15:20", [
        ("Samtal", "Informationssamtal med mamma och pappa om T-ALL och behandlingen. Kurator och kontaktsjuksköterska med. Föräldrarna ställde frågor om syskonens smittrisk, besvarat."),
    ], template="Samtalsanteckning", setting="slutenvård"),
    ], must_not=[M("NL101", "n2")],
    why="barn under 13: andra anteckningen dokumenterar föräldrarnas besked")

case("d43-gyn-tidiga-hyp-sedan-besked", VG, "1956-11-11", "K", [
    note("n1", "vg_jubileum", "Anneli Svensson", "läkare", "2024-09-03 10:30", [
        ("Aktuellt", "Nybesök, stor bäckenresistens på DT."),
        ("Tidiga hypoteser", "Misstänkt ovarialcancer, CA-125 1200. Pat har ännu inte fått veta något om misstanken."),
    ]),
    note("n2", "vg_jubileum", "Anneli Svensson", "läkare", "2024-09-17 11:00", [
        ("Bedömning", "PAD efter laparoskopi: höggradig serös ovarialcancer. Pat har nu fått besked om diagnosen, dottern med."),
    ]),
    ], must_not=[M("NL101", "n2")],
    why="hypotesen låg dold under Tidiga hypoteser; den synliga n2 dokumenterar beskedet")

case("d43-hem-myelom-dottern-vet-inte", SK, "1941-02-14", "M", [
    note("n1", "sk_hem_csk", "Louise Carlsson", "läkare", "2024-05-06 13:00", [
        ("Bedömning", "Myelom IgG-lambda, ISS III. Pat informerad om diagnosen och valde lågintensiv behandling."),
    ], template="Mottagningsanteckning"),
    note("n2", "sk_hem_csk", "Birgitta Holm", "sjuksköterska", "2024-05-20 09:15", [
        ("Telefonkontakt", "Dottern ringer och frågar varför pappa går på hematologen. Pat har tidigare sagt att han inte vill att dottern ska veta om myelomet, så inga uppgifter lämnades."),
    ], template="Telefonanteckning"),
    ], must_not=[M("NL101", "n2")],
    why="pat känner sin myelomdiagnos; bara dottern ska inte veta")

case("d43-gi-pankreas-brytpunkt-genomfort", VG, "1945-10-28", "M", [
    note("n1", "vg_kir_sas", "Niklas Bergqvist", "läkare", "2024-07-15 17:00", [
        ("Bedömning", "DT: pankreascancer med levermetastaser. Pat ännu inte informerad, frun kommer imorgon."),
    ], template="Daganteckning", setting="slutenvård"),
    note("n2", "vg_kir_sas", "Niklas Bergqvist", "läkare", "2024-07-16 10:30", [
        ("Samtal", "Brytpunktssamtal genomfört med pat och fru. Båda informerade om metastaserad pankreascancer och att behandlingen nu är palliativ. Pat vill hem så snart som möjligt."),
    ], template="Brytpunktssamtal", setting="slutenvård"),
    ], must_not=[M("NL101", "n2")],
    why="brytpunktssamtalet nästa dag ger det besked som n1 höll inne")

# ====================================================================
# NL102 positives: a hedged diagnosis of the patient in a visible Melior section
# ====================================================================

def N2(nid="n1"):
    return ("NL102", nid)


case("d43-n2-kard-misstankt-hjartamyloidos", SK, "1943-01-19", "M", [
    note("n1", "sk_hjart_hbg", "Karl Ström", "läkare", "2024-02-01 14:20", [
        ("Utredning", "UKG: koncentrisk väggförtjockning 16 mm, apical sparing i longitudinell strain. Låg voltage på EKG trots hypertrofi."),
        ("Bedömning", "Misstänkt hjärtamyloidos. Remiss DPD-scintigrafi, fria lätta kedjor och elfores tas idag."),
    ])],
    must=[N2()], why="'Misstänkt hjärtamyloidos' i synlig Bedömning")

case("d43-n2-kard-trol-perimyokardit-dd-nstemi", VG, "1990-10-13", "M", [
    note("n1", "vg_akut_kard_ostra", "Daniel Ek", "läkare", "2024-03-16 03:40", [
        ("Aktuellt", "Bröstsmärta som förvärras i liggande sedan två dygn, förkylning förra veckan."),
        ("Bedömning", "Trol. perimyokardit, DD NSTEMI. TnT 142 → 160, diffusa ST-höjningar med PR-sänkning."),
        ("Åtgärd", "Ibuprofen + kolkicin. Akut UKG imorgon bitti."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    must=[N2()], why="'Trol. perimyokardit, DD NSTEMI'")

case("d43-n2-kard-bild-som-vid-takotsubo", SK, "1952-06-21", "K", [
    note("n1", "sk_kard_malmo", "Amira Haddad", "läkare", "2024-07-04 12:10", [
        ("Bedömning", "Normala kranskärl vid angiografi, apikal ballongering med hyperkinetisk bas. Bild som vid takotsubokardiomyopati efter dotterns begravning i förra veckan."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[N2()], why="'bild som vid takotsubokardiomyopati'")

case("d43-n2-neuro-ms-kan-ej-uteslutas", SK, "1996-04-02", "K", [
    note("n1", "sk_neuro_lund", "Mona Isaksson", "läkare", "2024-01-23 10:25", [
        ("Anamnes", "Smärtsam synnedsättning hö öga sedan 5 dagar, ögonläkare bedömt som optikusneurit."),
        ("Utredning", "MR hjärna: två små periventrikulära T2-lesioner, ingen kontrastuppladdning."),
        ("Bedömning", "MS kan ej uteslutas. LP och VEP planeras."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    must=[N2()], why="'MS kan ej uteslutas' i synlig Bedömning")

case("d43-n2-neuro-missankt-als-typo", VG, "1959-09-04", "M", [
    note("n1", "vg_neuromott_su", "Ola Pettersson", "läkare", "2024-08-22 14:55", [
        ("Status", "Atrofi av första interosseus bilat, fascikulationer i vadmuskulaturen, stegrade reflexer."),
        ("Bedömning", "Missänkt ALS. EMG och MR halsrygg beställda."),
    ], template="Nybesök")],
    must=[N2()], why="typo 'Missänkt ALS' i Bedömning")

case("d43-n2-neuro-inger-misstanke-gliom", VG, "1988-12-08", "K", [
    note("n1", "vg_nkir_su", "Karin Åhlund", "läkare", "2024-05-10 09:30", [
        ("Remissbedömning", "MR hjärna pga första epileptiska anfallet: icke-laddande T2-hyperintens förändring i vä insula. Fyndet inger misstanke om låggradigt gliom. Kallas till neurokirurgmottagningen inom 2 v."),
    ], template="Remissbedömning")],
    must=[N2()], why="'inger misstanke om låggradigt gliom'")

case("d43-n2-njur-sannolik-diabetesnefropati-dd-iga", SK, "1965-08-30", "M", [
    note("n1", "sk_njur_malmo", "Rasmus Engdahl", "läkare", "2024-04-03 11:40", [
        ("Bedömning", "Albuminuri 1,8 g/dygn och eGFR 48 hos pat med typ 2-diabetes sedan 15 år och retinopati. Sannolik diabetesnefropati, DD IgA-nefropati med tanke på mikroskopisk hematuri."),
        ("Planering", "Njurbiopsi övervägs efter diskussion på njurkonferens."),
    ])],
    must=[N2()], why="'Sannolik diabetesnefropati, DD IgA-nefropati'")

case("d43-n2-njur-talar-for-anca-vaskulit", VG, "1954-02-19", "K", [
    note("n1", "vg_njur_sas", "Li Andersson", "läkare", "2024-06-27 18:05", [
        ("Bedömning", "Krea 110 → 310 på två veckor, erytrocyturi med cylindrar, PR3-ANCA kraftigt positiv. Talar för ANCA-associerad vaskulit med njurengagemang."),
        ("Åtgärd", "Metylprednisolon 500 mg iv. Njurbiopsi imorgon."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    must=[N2()], why="'Talar för ANCA-associerad vaskulit'")

case("d43-n2-hem-fragestallning-myelom", SK, "1949-03-22", "K", [
    note("n1", "sk_hemmott_lund", "Hassan Omar", "läkare", "2024-10-09 13:35", [
        ("Remissbedömning", "M-komponent IgG 28 g/l, Hb 101, ryggvärk. Frågeställning myelom. Benmärg och lågdos-DT skelett bokas."),
    ], template="Remissbedömning")],
    must=[N2()], why="'Frågeställning myelom' i synligt sökord")

case("d43-n2-hem-kan-rora-sig-om-lymfom", VG, "1971-07-16", "M", [
    note("n1", "vg_med_kungalv", "Maria Wikström", "läkare", "2024-11-14 15:00", [
        ("Status", "Generell lymfadenopati, körtlar 2–3 cm på halsen och i ljumskarna. Mjälten palpabel."),
        ("Bedömning", "Nattsvettningar och 8 kg viktnedgång. Kan röra sig om lymfom, exstirpation av körtel hö ljumske beställd."),
    ])],
    must=[N2()], why="'Kan röra sig om lymfom'")

case("d43-n2-hem-bild-forenlig-med-kml", SK, "1975-05-09", "M", [
    note("n1", "sk_hemmott_lund", "Sara Nyström", "läkare", "2024-02-13 10:05", [
        ("Bedömning", "LPK 86 med vänsterförskjutning och basofili, mjälten 4 cm nedom arcus. Bilden förenlig med KML, BCR-ABL1 skickat."),
    ], signed=None)],
    must=[N2()], why="'förenlig med KML' (osignerat utkast)")

case("d43-n2-gi-oklart-crohn-eller-uc", VG, "2000-06-25", "K", [
    note("n1", "vg_gastro_su", "Emil Forsberg", "läkare", "2024-03-20 13:15", [
        ("Bedömning", "Kontinuerlig inflammation från rektum till transversum, PAD kronisk aktiv kolit utan granulom. Oklart om det rör sig om ulcerös kolit eller Crohns kolit, kapselendoskopi planeras."),
        ("Åtgärd", "Mesalazin 4 g. Kalprotektin om 8 v."),
    ], template="Mottagningsanteckning")],
    must=[N2()], why="'Oklart om det rör sig om ulcerös kolit eller Crohns kolit'")

case("d43-n2-gi-trloig-alkoholcirros-typo", SK, "1962-04-27", "M", [
    note("n1", "sk_med_trelleborg", "Jenny Håkansson", "läkare", "2024-12-02 10:40", [
        ("Aktuellt", "Inlagd med tilltagande bukomfång och ödem."),
        ("Bedömning", "Trloig alkoholorsakad levercirros med ascites. Högt alkoholintag enligt anamnes, PEth 1,9."),
        ("Åtgärd", "Diagnostisk ascitestappning, spironolakton."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    must=[N2()], why="typo 'Trloig' (trolig) alkoholorsakad levercirros")

case("d43-n2-gi-hog-misstanke-pankreascancer", VG, "1948-08-05", "K", [
    note("n1", "vg_kir_sas", "Malin Ekström", "läkare", "2024-01-15 14:50", [
        ("Bedömning", "Ikterus och dubbelgångstecken på MRCP, CA 19-9 1450. Hög misstanke om pankreascancer, EUS med finnålspunktion bokas."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[N2()], why="'Hög misstanke om pankreascancer'")

case("d43-n2-lunga-susp-cancer-hoger-overlob", SK, "1957-11-15", "M", [
    note("n1", "sk_lunga_hbg", "Jesper Möller", "läkare", "2024-09-19 09:00", [
        ("Utredning", "DT thorax: 3,4 cm spikulerad förändring hö överlob, förstorade hiluskörtlar hö."),
        ("Bedömning", "Susp. lungcancer hö överlob. Standardiserat vårdförlopp startat, PET-DT och bronkoskopi beställda."),
    ])],
    must=[N2()], why="'Susp. lungcancer'")

case("d43-n2-lunga-mojilg-ipf-typo", VG, "1950-03-03", "M", [
    note("n1", "vg_lunga_su", "Ylva Berg", "läkare", "2024-04-11 11:20", [
        ("Bedömning", "HRCT visar basal retikulering utan säker honeycombing. Möjilg IPF, DD fibrotisk NSIP eller kronisk hypersensitivitetspneumonit. Tas upp på ILD-konferens."),
    ], template="Mottagningsanteckning")],
    must=[N2()], why="typo 'Möjilg' (möjlig) IPF med DD")

case("d43-n2-lunga-lofgren-fragetecken", SK, "1993-05-30", "K", [
    note("n1", "sk_lunga_lund", "Björn Axelsson", "läkare", "2024-06-03 14:45", [
        ("Status", "Erythema nodosum på båda underbenen, svullna fotleder."),
        ("Bedömning", "Bilateral hiluslymfadenopati på rtg pulm. Löfgrens syndrom? ACE och kalcium tas."),
    ], template="Mottagningsanteckning")],
    must=[N2()], why="'Löfgrens syndrom?' med frågetecken")

case("d43-n2-lunga-dd-sarkoidos-tbc-lymfom", VG, "1985-01-12", "M", [
    note("n1", "vg_lunga_sas", "Elin Rask", "läkare", "2024-02-22 10:10", [
        ("Utredning", "DT thorax: förstorade mediastinala och hilära körtlar, små noduli perilymfatiskt."),
        ("Bedömning", "DD sarkoidos, tuberkulos, lymfom. Quantiferon och EBUS beställda."),
    ], signed=None)],
    must=[N2()], why="differentialdiagnoslista med flera sjukdomar")

case("d43-n2-gyn-misstankt-ovarialcancer-rmi", VG, "1954-09-07", "K", [
    note("n1", "vg_kvinno_ostra", "Nadia Yilmaz", "läkare", "2024-05-23 13:40", [
        ("Status", "Vaginalt ultraljud: 9 cm multilokulär cysta vä adnex med solida partier och rikligt flöde, fri vätska."),
        ("Bedömning", "Misstänkt ovarialcancer, RMI 540. Remiss Jubileumskliniken enligt SVF."),
    ])],
    must=[N2()], why="'Misstänkt ovarialcancer'")

case("d43-n2-barn-trol-akut-leukemi", SK, "2019-11-20", "K", [
    note("n1", "sk_barn_hbg", "Petra Gunnarsson", "läkare", "2024-10-28 22:15", [
        ("Aktuellt", "4-årig flicka med feber, blekhet och blåmärken sedan en vecka."),
        ("Bedömning", "Hb 64, TPK 12, blaster i utstryket. Trol. akut leukemi, överflyttas till barnonkologen i Lund i natt."),
    ], template="Akutanteckning", setting="slutenvård", signed=None)],
    must=[N2()], why="barn under 13 (vårdnadshavare läser): 'Trol. akut leukemi'")

case("d43-n2-gen-misstankt-lynchsyndrom", VG, "1982-10-29", "M", [
    note("n1", "vg_gen_su", "Camilla Dahl", "läkare", "2024-07-10 09:25", [
        ("Bedömning", "Koloncancer vid 41 års ålder, tumören MSI-hög med MLH1-förlust utan promotorhypermetylering. Misstänkt Lynchsyndrom hos pat, konstitutionell analys beställd."),
    ], template="Genetisk vägledning")],
    must=[N2()], why="'Misstänkt Lynchsyndrom hos pat'")

case("d43-n2-gi-sannolkit-autoimmun-hepatit-typo", SK, "1999-02-09", "K", [
    note("n1", "sk_gastro_lund", "Linnea Holm", "läkare", "2024-08-08 16:05", [
        ("Bedömning", "ALAT 14 µkat/l, IgG 24, ASMA 1:160, virusserologi neg. Sannolkit autoimmun hepatit, leverbiopsi bokas."),
    ], template="Mottagningsanteckning")],
    must=[N2()], why="typo 'Sannolkit' autoimmun hepatit")

# ====================================================================
# NL102 negatives
# ====================================================================

case("d43-n2-neuro-ingen-misstanke-om-ms", VG, "1991-12-18", "K", [
    note("n1", "vg_neuromott_su", "Ola Pettersson", "läkare", "2024-09-09 10:50", [
        ("Bedömning", "Stickningar i händerna vid stress, normalt neurologstatus och normal MR hjärna. Ingen mistanke om MS."),
    ])],
    must_not=[N2()], why="typo i negerad misstanke: 'Ingen mistanke om MS'")

case("d43-n2-gyn-malignitet-uteslutes", SK, "1970-06-01", "K", [
    note("n1", "sk_kvinno_malmo", "Nadia Yilmaz", "läkare", "2024-02-05 12:30", [
        ("Provsvar", "PAD vä adnex: seröst cystadenom, benignt."),
        ("Bedömning", "Malignitet uteslutes. Ingen ytterligare kontroll behövs."),
    ])],
    must_not=[N2()], why="'Malignitet uteslutes' är en negation")

case("d43-n2-hem-inga-tecken-pa-lymfom", VG, "1983-08-24", "M", [
    note("n1", "vg_hem_nal", "Ingrid Falk", "läkare", "2024-05-15 14:10", [
        ("Bedömning", "PET-DT utan patologiskt upptag och körtelbiopsin visar reaktiv hyperplasi, inga tecken på lymfom. Avslutas från hematologen."),
    ])],
    must_not=[N2()], why="'inga tecken på lymfom'")

case("d43-n2-hem-talar-emot-myelom-mgus", SK, "1944-10-16", "M", [
    note("n1", "sk_hem_csk", "Louise Carlsson", "läkare", "2024-03-26 11:15", [
        ("Bedömning", "M-komponent IgG-kappa 9 g/l, normalt Hb, kalcium och kreatinin, 4 % plasmaceller i märgen. Detta talar emot myelom. MGUS med låg risk."),
        ("Planering", "Årlig kontroll hos distriktsläkare."),
    ], template="Mottagningsanteckning", signed=None)],
    must_not=[N2()], why="'talar emot myelom' och fastställd MGUS")

case("d43-n2-lunga-sarkoidos-avskrivs", VG, "1979-04-14", "K", [
    note("n1", "vg_lunga_sas", "Elin Rask", "läkare", "2024-11-25 13:30", [
        ("Bedömning", "EBUS-biopsierna visar antrakos utan granulom, ACE normalt. Sarkoidos avskrivs. De förstorade körtlarna förklaras av hennes tidigare arbete i gjuteri."),
    ])],
    must_not=[N2()], why="'Sarkoidos avskrivs'")

case("d43-n2-neuro-mor-trol-als-hereditet", SK, "1974-01-08", "M", [
    note("n1", "sk_neuro_malmo", "Jonas Hedlund", "läkare", "2024-06-13 09:45", [
        ("Anamnes", "Hereditet: mor avled 1998 i trol. ALS, en morbror möjligen också drabbad."),
        ("Bedömning", "Normal EMG och normal styrka. Benigna fascikulationer."),
    ])],
    must_not=[N2()], why="den osäkra ALS-diagnosen gäller modern och morbrodern")

case("d43-n2-gen-bror-mojligen-lynch", VG, "1980-03-25", "K", [
    note("n1", "vg_gen_su", "Camilla Dahl", "genetisk vägledare", "2024-10-22 11:35", [
        ("Anamnes", "Brodern har möjligen Lynchsyndrom men är inte utredd."),
        ("Bedömning", "Pat själv testad negativ för familjens MSH6-variant. Kontrollprogrammet för henne avslutas."),
    ], template="Genetisk vägledning")],
    must_not=[N2()], why="den hedgade diagnosen gäller brodern")

case("d43-n2-kard-hedge-pa-planer", SK, "1958-12-29", "M", [
    note("n1", "sk_kard_malmo", "Erik Johansson", "läkare", "2024-05-29 10:00", [
        ("Bedömning", "NSTEMI, behandlad med PCI mot LAD igår. Mår bra, inga arytmier på telemetri."),
        ("Planering", "Trolig utskrivning imorgon. Ev. remiss till hjärtrehab i hemkommunen. Eventuellt rtg pulm före hemgång om andningen blir sämre."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[N2()], why="hedgarna gäller planer (utskrivning, remiss, rtg), diagnosen är fastställd")

case("d43-n2-njur-hedge-pa-symtom", VG, "1949-11-01", "M", [
    note("n1", "vg_njur_su", "Åsa Lindgren", "läkare", "2024-08-14 15:30", [
        ("Aktuellt", "Kronisk njursjukdom stadium 4 pga nefroskleros. Möjligen något tröttare senaste veckorna, aptiten oförändrad."),
        ("Bedömning", "Hb 98, järnbrist. Järn iv ges."),
    ], template="Mottagningsanteckning")],
    must_not=[N2()], why="hedgen gäller ett symtom (trötthet), inte en diagnos")

case("d43-n2-hem-om-feber-sok", SK, "1966-07-05", "K", [
    note("n1", "sk_hemmott_lund", "Ebba Lindström", "sjuksköterska", "2024-04-24 14:00", [
        ("Information", "KLL, kur 2 med bendamustin/rituximab given idag. Om feber över 38,0 ska pat ringa hematologavdelningen direkt för bedömning av neutropen feber."),
    ], template="Omvårdnadsanteckning")],
    must_not=[N2()], why="villkorlig instruktion (om feber), ingen hedgad diagnos")

case("d43-n2-gi-bekraftad-ulceros-kolit", VG, "1989-09-16", "M", [
    note("n1", "vg_gastro_su", "Emil Forsberg", "läkare", "2024-02-08 09:40", [
        ("Diagnos", "Ulcerös kolit, pankolit, PAD-verifierad 2021."),
        ("Aktuellt", "Remission på vedolizumab, kalprotektin 35."),
    ], template="Mottagningsanteckning")],
    must_not=[N2()], why="bekräftad diagnos utan hedge")

case("d43-n2-gi-tidiga-hypoteser-mall-pankreas", SK, "1947-05-13", "K", [
    note("n1", "sk_kir_ystad", "Johan Lilja", "läkare", "2024-04-29 12:15", [
        ("Bedömning", "Misstänkt pankreascancer, DT visar 2 cm hypodens förändring i pankreashuvudet. Pat känner inte till misstanken ännu."),
    ], template="Tidiga hypoteser")],
    must_not=[N2()], why="Skåne: den hedgade diagnosen står i mallen Tidiga hypoteser")

case("d43-n2-neuro-tidiga-hypoteser-sokord-als", VG, "1961-01-27", "M", [
    note("n1", "vg_neuro_skas", "Åke Nilsson", "läkare", "2024-03-28 10:30", [
        ("Aktuellt", "Svaghet i vä hand sedan ett halvår, inga känselbortfall."),
        ("Planering", "EMG bokat, återbesök efter svar."),
        ("Tidiga hypoteser", "Trol. ALS med tanke på fascikulationer och atrofi."),
    ])],
    must_not=[N2()], why="VGR: hedgad diagnos bara under sökordet Tidiga hypoteser")

case("d43-n2-pmo-vc-misstankt-kll", SK, "1952-08-18", "M", [
    note("n1", "sk_vc_linero", "Anna Bergström", "läkare", "2024-06-05 10:50", [
        ("Bedömning", "Lymfocytos 11 x 10^9/l vid rutinkontroll, inga B-symtom. Misstänkt KLL, remiss hematologen."),
    ], template="Besöksanteckning", system="PMO")],
    must_not=[N2()], why="PMO visar inga diagnoser")

case("d43-pmo-bvc-blasljud-misstankt-vsd", SK, "2023-11-02", "M", [
    note("n1", "sk_bvc_kirseberg", "Josefin Larsson", "läkare", "2024-09-04 13:20", [
        ("Status", "10-månaderskontroll. Grad 3/6 holosystoliskt blåsljud vä nedre sternalkant, i övrigt u.a."),
        ("Bedömning", "Misstänkt VSD, remiss barnkardiolog."),
    ], template="BVC-besök", system="PMO")],
    must_not=[N2()], why="PMO (BVC), hedgad diagnos visas inte")

case("d43-n2-kard-trolig-artefakt-ekg", VG, "1969-02-14", "K", [
    note("n1", "vg_hjart_ostra", "Paulina Wójcik", "läkare", "2024-01-31 16:25", [
        ("Provsvar", "Vilo-EKG: sinusrytm 68/min, normal överledning. Trolig artefakt i avledning III."),
        ("Bedömning", "Normalt EKG. Inga ytterligare åtgärder, pat lugnad."),
    ])],
    must_not=[N2()], why="hedgen gäller en EKG-artefakt, ingen diagnos")

case("d43-n2-njur-sannolikt-dialys", SK, "1953-10-04", "K", [
    note("n1", "sk_njur_lund", "Rasmus Engdahl", "läkare", "2024-09-17 11:10", [
        ("Bedömning", "Kronisk njursjukdom stadium 5 pga ADPKD, eGFR 13. Sannolikt kommer dialys att behövas inom 6–12 månader."),
        ("Planering", "Fistelkirurgi planeras i vår."),
    ], template="Mottagningsanteckning")],
    must_not=[N2()], why="'sannolikt' gäller behovet av dialys, inte diagnosen")

case("d43-n2-gyn-ingen-missanke-typo", VG, "1977-08-12", "K", [
    note("n1", "vg_gyn_alingsas", "Hanna Öberg", "läkare", "2024-06-20 10:35", [
        ("Bedömning", "Enkel cysta 3 cm hö ovarium, tunn vägg utan septa. Ingen missanke om malignitet, ny kontroll om 3 månader."),
    ])],
    must_not=[N2()], why="typo 'missanke' i negerad misstanke")

case("d43-n2-hem-lymfom-uteslutits-genom-pad", SK, "1986-12-11", "M", [
    note("n1", "sk_hemmott_lund", "Hassan Omar", "läkare", "2024-11-28 14:40", [
        ("Bedömning", "Halskörtel hö sedan 6 veckor. Lymfom har differentialdiagnostiskt övervägts men uteslutits genom PAD, som visar toxoplasmalymfadenit. Toxoplasmaserologi bekräftar."),
    ], template="Mottagningsanteckning")],
    must_not=[N2()], why="differentialdiagnos som uteslutits")

case("d43-n2-pmo-hemsjukvard-trol-pneumoni", SK, "1934-07-23", "K", [
    note("n1", "sk_hemsjv_hoor", "Sven Andersson", "sjuksköterska", "2024-12-09 14:20", [
        ("Omvårdnad", "Hembesök, IPF sedan flera år. Feber 38,6 och ökad syrgasbrist, saturation 86 %. Trol. pneumoni, läkare kontaktad som ordinerar antibiotika."),
    ], template="Hemsjukvårdsanteckning", system="PMO")],
    must_not=[N2()], why="PMO-anteckning i hemsjukvården, hedgad diagnos visas inte")

case("d43-n2-barn-leukemimisstanke-avskriven-itp", VG, "2016-05-06", "M", [
    note("n1", "vg_barn_nal", "Emelie Fransson", "läkare", "2024-03-12 12:00", [
        ("Bedömning", "Isolerad trombocytopeni, TPK 9, i övrigt normal blodbild. Tidigare misstanke om leukemi kunde avskrivas efter normal benmärg. Diagnos: akut ITP."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[N2()], why="barn under 13: leukemimisstanken avskriven, ITP fastställd")


# ====================================================================
# validation and output
# ====================================================================

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != KEYS_CASE:
            errs.append(f"{n}: keys {list(c.keys())}")
        if n in names:
            errs.append(f"duplicate case {n}")
        names.add(n)
        if not n.startswith("d43-"):
            errs.append(f"{n}: prefix")
        if c["ruleset"] not in (SK, VG):
            errs.append(f"{n}: ruleset")
        rec = c["record"]
        pat = rec["patient"]
        if not luhn_ok(pat["id"]) or pat["id"][:8] != pat["birth_date"].replace("-", ""):
            errs.append(f"{n}: personnummer {pat['id']} / {pat['birth_date']}")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append(f"{n}: as_of not 2024")
        age = age_at(pat["birth_date"], as_of.date())
        if 13 <= age <= 15 or age < 0:
            errs.append(f"{n}: age {age}")
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append(f"{n}: {k} not empty")
        ids = set()
        systems = {}
        for nt in rec["notes"]:
            if list(nt.keys()) != KEYS_NOTE:
                errs.append(f"{n}: note keys")
            ids.add(nt["id"])
            systems[nt["id"]] = nt["system"]
            if nt["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: system")
            if c["ruleset"] == VG and nt["system"] != "Melior":
                errs.append(f"{n}: VGR note not Melior")
            if nt["system"] == "PMO" and c["ruleset"] != SK:
                errs.append(f"{n}: PMO outside Skåne")
            for f in ("time", "signed"):
                if nt[f] is not None:
                    t = dt.datetime.fromisoformat(nt[f])
                    if t.year != 2024:
                        errs.append(f"{n}: {f} not 2024")
                    if t > as_of:
                        errs.append(f"{n}: {f} after as_of")
            if not nt["author"]["name"] or not nt["author"]["role"]:
                errs.append(f"{n}: author")
            if not re.fullmatch(r"SE\d{10}-[0-9A-Z]{4}", nt["unit"]["hsa_id"]):
                errs.append(f"{n}: hsa {nt['unit']['hsa_id']}")
            for sec in nt["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(f"{n}: section")
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in seen and seen[s] != (n, nt["id"], sec["keyword"]):
                            errs.append(f"{n}: sentence repeated (also in {seen[s][0]}): {s!r}")
                        seen.setdefault(s, (n, nt["id"], sec["keyword"]))
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: no assertion")
        if not c["why"]:
            errs.append(f"{n}: no why")
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append(f"{n}: same assertion twice")
        for code, tgt in pairs:
            if tgt not in ids:
                errs.append(f"{n}: target {tgt} missing")
                continue
            if code not in ("NL101", "NL102"):
                errs.append(f"{n}: unexpected code {code}")
            if code == "NL102" and systems[tgt] != "Melior" and (code, tgt) in [tuple(x) for x in c["must"]]:
                errs.append(f"{n}: NL102 must on non-Melior")
            if code == "NL101" and systems[tgt] == "PMO":
                errs.append(f"{n}: NL101 on PMO")
        musts = {tuple(x) for x in c["must"]}
        if musts & {tuple(x) for x in c["must_not"]}:
            errs.append(f"{n}: code in both lists")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev43_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"{len(CASES)} cases -> {out}")
    for k in sorted(counts):
        print(f"  {k[0]} {k[1]}: {counts[k]}")


if __name__ == "__main__":
    main()
