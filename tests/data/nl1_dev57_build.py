#!/usr/bin/env python3
"""dev57: infectious diseases, sexual health, travel medicine, vaccination, TB. Stdlib only."""
import json, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {
    "inf_mmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4A11"),
    "inf_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-4B27"),
    "ven_mmo": ("Venereologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4C38"),
    "akm_kri": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4D40"),
    "lung_lu": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4E52"),
    "barn_lu": ("Barn- och ungdomsmedicinsk mottagning, Skånes universitetssjukhus Lund", "SE2321000255-4F63"),
    "vacc_mmo": ("Vaccinations- och resemedicinska mottagningen, Infektionskliniken Malmö", "SE2321000255-4G74"),
    "hud_lu": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4H85"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-7K10"),
    "um_ystad": ("Ungdomsmottagningen Ystad", "SE2321000255-7K21"),
    "vc_husie": ("Vårdcentralen Husie", "SE2321000255-7L32"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-7L43"),
    "inf_ostra": ("Infektionskliniken, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E001"),
    "sti_gbg": ("STI-mottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E012"),
    "inf_boras": ("Infektionsmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E023"),
    "med_nal": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E034"),
    "lung_skv": ("Lungmedicinska mottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E045"),
    "barn_dsbus": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E056"),
    "akm_sahl": ("Akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E067"),
    "resem_gbg": ("Resemedicinska mottagningen, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E078"),
}
PMO_UNITS = {"um_lund", "um_ystad", "vc_husie", "vc_hoor"}

AUTH = {
    "L1": ("Karin Lindqvist", "läkare"), "L2": ("Ahmad Rahimi", "läkare"),
    "L3": ("Sofia Bergström", "läkare"), "L4": ("Johan Ekdahl", "läkare"),
    "L5": ("Mirela Kovač", "läkare"), "L6": ("Per-Olof Nyman", "läkare"),
    "AT": ("Elin Sandberg", "läkare"), "S1": ("Maria Holm", "sjuksköterska"),
    "S2": ("Anders Wikström", "sjuksköterska"), "B1": ("Lena Persson", "barnmorska"),
    "K1": ("Tove Alm", "kurator"), "S3": ("Fatima Osman", "sjuksköterska"),
}

def pnr(bd, serial):
    yymmdd = bd[2:4] + bd[5:7] + bd[8:10]
    digits = yymmdd + serial
    s = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    c = (10 - s % 10) % 10
    return bd[0:4] + bd[5:7] + bd[8:10] + "-" + serial + str(c)

def N(nid, unit, author, t, sections, template=None, signed="auto", setting="öppenvård", refs=None):
    system = "PMO" if unit in PMO_UNITS else "Melior"
    if template is None:
        template = "Journalanteckning" if system == "PMO" else "Läkaranteckning"
    if signed == "auto":
        hh = int(t[11:13]); signed_v = t[:11] + "%02d" % min(hh + 1, 23) + t[13:]
    else:
        signed_v = signed
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": UNITS[unit][0], "hsa_id": UNITS[unit][1]},
            "author": {"name": AUTH[author][0], "role": AUTH[author][1]},
            "time": t, "signed": signed_v, "setting": setting, "refs": refs or [],
            "sections": [{"keyword": k, "text": v} for k, v in sections]}

CASES = []
_serial = [100]
def C(name, rs, bd, notes, must, must_not, why, as_of="2024-12-31T00:00:00"):
    _serial[0] += 7
    ser = "%03d" % (_serial[0] % 1000)
    rec = {"patient": {"id": pnr(bd, ser), "birth_date": bd, "protected_identity": False},
           "as_of": as_of, "notes": notes, "access_events": [], "conversations": [], "treatments": []}
    CASES.append({"case": name, "ruleset": rs, "record": rec,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why})

M2, M1 = "NL102", "NL101"

# ---------------- NL102 positives ----------------
C("d57-misstankt-malaria-hemkommen-uganda", "skane", "1978-04-12",
  [N("n1", "inf_mmo", "L1", "2024-02-14T21:10:00", [
      ("Anamnes", "Hemkom från Uganda för 9 dagar sedan, besökte släkt i Kampala. Tog ingen malariaprofylax."),
      ("Bedömning", "Feber 39,4 och frossa sedan igår. Misstänkt malaria. Tjock och tunn droppe samt snabbtest skickas akut.")],
      setting="slutenvård")],
  [(M2, "n1")], [], "misstänkt malaria in Bedömning of a Melior note is a visible hedged diagnosis")

C("d57-trol-borrelia-facialispares", "vgr", "1966-08-03",
  [N("n1", "inf_boras", "L2", "2024-07-22T10:40:00", [
      ("Aktuellt", "Fästingbett i juni på Orust, nu perifer facialispares vä sedan 3 dagar."),
      ("Bedömning", "Trol. neuroborrelios. LP planeras under veckan, börjar doxycyklin redan idag.")])],
  [(M2, "n1")], [], "abbreviated 'Trol.' before neuroborrelios in a visible VGR section")

C("d57-fragetecken-tbc-somalia", "skane", "1985-11-20",
  [N("n1", "lung_lu", "L3", "2024-03-05T13:20:00", [
      ("Aktuellt", "Hosta 3 mån, nattsvett, viktnedgång 6 kg. Född i Somalia, i Sverige sedan 2016."),
      ("Status", "AT gott. Lungor: krepitationer apikalt hö. SpO2 96 %."),
      ("Bedömning", "?TBC. Sputum x3 för mikroskopi, odling och PCR. Rtg pulm beställd.")])],
  [(M2, "n1")], [], "'?TBC' as bare question-mark hedge in Bedömning")

C("d57-klamydia-fragetecken-venereologen", "skane", "2001-06-09",
  [N("n1", "ven_mmo", "L4", "2024-05-16T09:50:00", [
      ("Aktuellt", "Sveda vid miktion sedan en vecka, ny partner i april."),
      ("Bedömning", "Klamydia? NAAT från urin skickas, pat får svar via sms.")])],
  [(M2, "n1")], [], "trailing question mark after klamydia in a Melior (hospital venereology) note")

C("d57-susp-gonorre-smittsparning-om-bekraftat", "vgr", "1994-01-27",
  [N("n1", "sti_gbg", "L5", "2024-09-03T14:05:00", [
      ("Status", "Purulent uretral flytning, rodnad meatus."),
      ("Bedömning", "Susp. gonorré. Odling och NAAT från urethra, svalg och rektum tas. Smittspårning om det bekräftas.")])],
  [(M2, "n1")], [], "'Susp.' gonorré with plan for contact tracing if confirmed")

C("d57-bild-som-vid-mononukleos", "skane", "2005-02-18",
  [N("n1", "akm_kri", "AT", "2024-10-11T18:30:00", [
      ("Status", "Tonsiller förstorade med gråvita beläggningar bilat, ömma halslymfkörtlar, palpabel mjälte."),
      ("Bedömning", "Bild som vid mononukleos. Monospot och leverprover tas, avstår antibiotika.")])],
  [(M2, "n1")], [], "'Bild som vid' mononukleos is a hedged diagnosis")

C("d57-kan-ej-utesluta-dengue-thailand", "vgr", "1990-12-02",
  [N("n1", "inf_ostra", "L6", "2024-01-19T11:15:00", [
      ("Anamnes", "Hemkommen från Phuket för 4 dagar sedan, feber, retroorbital huvudvärk och myalgier."),
      ("Bedömning", "Kan ej utesluta denguefeber, NS1-antigen och serologi skickas. Malariadiagnostik neg.")],
      setting="slutenvård")],
  [(M2, "n1")], [], "'Kan ej utesluta' denguefeber (malaria negative too, but dengue remains hedged)")

C("d57-dd-enterisk-feber-leptospiros", "skane", "1972-07-30",
  [N("n1", "inf_hbg", "L1", "2024-08-26T15:45:00", [
      ("Aktuellt", "Åter från Bangladesh, feber i 10 dagar, relativ bradykardi."),
      ("Bedömning", "DD enterisk feber, leptospiros. Blododlingar x2, Ceftriaxon insättes.")],
      setting="slutenvård")],
  [(M2, "n1")], [], "'DD' listing differential infections in a visible section")

C("d57-forenligt-med-latent-tuberkulos", "vgr", "1998-05-14",
  [N("n1", "lung_skv", "L2", "2024-04-09T10:00:00", [
      ("Utredning", "Quantiferon positiv vid screening inför studier. Rtg pulm utan anmärkning."),
      ("Bedömning", "Förenligt med latent tuberkolos, förebyggande behandling diskuteras vid nästa besök.")])],
  [(M2, "n1")], [], "'Förenligt med' latent tuberkolos (typo) is a hedge even after a positive test")

C("d57-talar-for-sekundar-syfilis", "skane", "1983-09-08",
  [N("n1", "ven_mmo", "L4", "2024-06-04T11:30:00", [
      ("Status", "Makulopapulöst exantem på bål, handflator och fotsulor. Ingen klåda."),
      ("Bedömning", "Talar för sekundär syfilis. TPPA och RPR tas idag.")])],
  [(M2, "n1")], [], "'Talar för' sekundär syfilis")

C("d57-inger-misstanke-primar-hiv", "vgr", "1995-03-21",
  [N("n1", "inf_ostra", "L5", "2024-11-07T16:20:00", [
      ("Aktuellt", "Feber, halsont och utslag sedan 5 dagar. Oskyddat samlag med tillfällig partner för tre veckor sedan."),
      ("Bedömning", "Inger misstanke om primär HIV-infektion. HIV Ag/Ak och HIV-RNA tas.")])],
  [(M2, "n1")], [], "'Inger misstanke om' primär HIV-infektion")

C("d57-typo-missankt-legionella", "skane", "1955-10-15",
  [N("n1", "akm_kri", "L6", "2024-09-14T02:40:00", [
      ("Aktuellt", "Hemkommen från hotellvistelse i Benidorm, hög feber, torrhosta, diarré."),
      ("Bedömning", "Missänkt legionellapneumoni. Urinantigen för legionella och pneumokocker tas, läggs in på infektion.")],
      setting="slutenvård")],
  [(M2, "n1")], [], "typo 'Missänkt' still hedges legionellapneumoni")

C("d57-sannolik-campylobacter-turkiet", "vgr", "1988-06-25",
  [N("n1", "med_nal", "L3", "2024-07-31T13:10:00", [
      ("Bedömning", "Sannolki campylobacterenterit efter resa till Antalya. F-odling skickad, rikligt med vätska.")])],
  [(M2, "n1")], [], "typo 'Sannolki' still hedges travel-acquired enteritis")

C("d57-eventuell-skabb", "skane", "1999-12-12",
  [N("n1", "hud_lu", "L2", "2024-02-28T09:25:00", [
      ("Anamnes", "Intensiv klåda nattetid sedan 4 veckor, sambon har också klåda."),
      ("Status", "Papler interdigitalt och på handleder, enstaka gångar."),
      ("Bedömning", "Evetuell skabb. Dermatoskopi utan säkert kvalster. Behandlas med permetrin för säkerhets skull.")])],
  [(M2, "n1")], [], "typo 'Evetuell' skabb; the sambo's itching is not what fires")

C("d57-oklart-om-reaktiv-artrit", "vgr", "1992-04-04",
  [N("n1", "inf_boras", "L6", "2024-03-18T14:50:00", [
      ("Aktuellt", "Ledsvullnad hö knä sedan två veckor, uretrit i februari."),
      ("Bedömning", "Oklart om reaktiv artrit eller septisk artrit. Ledpunktion med odling och kristaller.")])],
  [(M2, "n1")], [], "'Oklart om' reaktiv vs septisk artrit")

C("d57-kan-roera-sig-om-kikhosta-barn", "skane", "2016-09-09",
  [N("n1", "barn_lu", "L3", "2024-05-02T10:30:00", [
      ("Aktuellt", "8-årig flicka med hosta sedan 3 veckor, kikningar och kräkning efter hostattacker. Vaccinerad enl program."),
      ("Bedömning", "Kan röra sig om pertussis trots vaccination. Nasofarynxprov för PCR, azitromycin insättes.")])],
  [(M2, "n1")], [], "'Kan röra sig om' pertussis in a child's visible note (guardian reads)")

C("d57-fragestallning-tb-lymfadenit", "vgr", "1980-02-11",
  [N("n1", "inf_ostra", "L2", "2024-10-22T08:45:00", [
      ("Status", "Fast, oöm lymfkörtel 3 cm vä supraklavikulärt."),
      ("Åtgärd", "Frågeställning: tuberkulös lymfadenit. FNP med TB-PCR och odling beställd.")])],
  [(M2, "n1")], [], "'Frågeställning' tuberkulös lymfadenit in the Åtgärd section")

C("d57-trolig-hepatit-a-marocko", "skane", "2003-08-19",
  [N("n1", "inf_hbg", "AT", "2024-08-08T12:00:00", [
      ("Aktuellt", "Ikterus och mörk urin efter familjebesök i Marocko, ovaccinerad."),
      ("Bedömning", "ALAT 24 µkat/l. Trolig hepatit A, serologi skickad.")])],
  [(M2, "n1")], [], "'Trolig' hepatit A")

C("d57-ev-herpes-genitalis", "skane", "1997-03-03",
  [N("n1", "ven_mmo", "S1", "2024-04-23T15:15:00", [
      ("Aktuellt", "Ömma blåsor på labia sedan två dagar, feberkänsla."),
      ("Åtgärd", "Ev. herpes genitalis, PCR från blåsbotten taget. Tid till dr imorgon.")], template="Omvårdnadsanteckning")],
  [(M2, "n1")], [], "'Ev.' herpes genitalis written by a nurse in a Melior note")

C("d57-mojlig-mpox", "vgr", "1986-11-29",
  [N("n1", "sti_gbg", "L4", "2024-08-15T10:20:00", [
      ("Bedömning", "Möjlig mpox: vesikulopustulösa lesioner perianalt, inguinal lymfadenit. PCR tas, pat isoleras i hemmet tills svar.")])],
  [(M2, "n1")], [], "'Möjlig' mpox")

C("d57-lang-journal-falciparum", "skane", "1969-05-06",
  [N("n1", "inf_mmo", "L5", "2024-12-03T23:05:00", [
      ("Anamnes", "55-årig man, tidigare frisk. Affärsresa till Lagos 3 veckor, åter för 6 dagar sedan. Ingen profylax, ej vaccinerad mot gula febern enl egen uppgift men intyg finns. Feber sedan 3 dagar, huvudvärk, illamående, en kräkning."),
      ("Status", "AT påverkat, vaken, orienterad. Temp 40,1. Puls 118, BT 105/60. Hjärta: regelbunden rytm, inga blåsljud. Lungor: vesikulärt bilat. Buk: mjuk, lätt öm under vä arcus. Hud: lätt ikterisk sklera, inga petekier. Neuro: ua, ingen nackstyvhet."),
      ("Lab", "Hb 112, TPK 41, LPK 5,2, CRP 168, bilirubin 48, kreatinin 131, laktat 3,1."),
      ("Bedömning", "Misstänkt falciparummalaria med tecken på svår sjukdom (trombocytopeni, njurpåverkan). Snabbtest och mikroskopi akut, parasitemi?"),
      ("Planering", "Artesunat iv om positivt. IVA-konsult kontaktad. Kontroll av glukos var 4:e timme.")],
      setting="slutenvård")],
  [(M2, "n1")], [], "long multi-section admission; the hedged malaria sits in Bedömning")

C("d57-utkast-susp-lungtuberkulos", "vgr", "1959-01-17",
  [N("n1", "lung_skv", "L6", "2024-06-19T16:40:00", [
      ("Bedömning", "Kavitet i hö överlob på DT thorax. Susp. lungtuberkulos, luftburen isolering på avdelning 12.")],
      signed=None, setting="slutenvård")],
  [(M2, "n1")], [], "unsigned draft (pre-signing) with 'Susp.' lungtuberkulos")

C("d57-typo-mononukelos-misstanke", "vgr", "2006-01-23",
  [N("n1", "akm_sahl", "AT", "2024-03-27T19:55:00", [
      ("Bedömning", "Misstanke om mononukelos, trött i 2 veckor och svullna halskörtlar. EBV-serologi.")])],
  [(M2, "n1")], [], "typo 'mononukelos' after 'Misstanke om'")

C("d57-diagnos-sokord-trol-erysipelas-vs-borrelia", "skane", "1961-06-30",
  [N("n1", "inf_hbg", "L3", "2024-07-05T11:05:00", [
      ("Diagnos", "Trol. erythema migrans, DD erysipelas."),
      ("Åtgärd", "Fenoximetylpenicillin 1 g x 3 i 10 dagar, foto av rodnaden taget.")])],
  [(M2, "n1")], [], "hedged diagnosis written in the Diagnos sökord")

C("d57-telefon-trolig-resediarre-giardia", "vgr", "1975-10-10",
  [N("n1", "resem_gbg", "S2", "2024-02-06T08:35:00", [
      ("Telefonkontakt", "Pat ringer, diarré och uppblåsthet sedan hemkomst från Nepal för 3 v sedan. Trolig giardiasis enl dr Rahimi, F-parasiter ordinerade.")],
      template="Telefonanteckning")],
  [(M2, "n1")], [], "hedged giardiasis in a nurse's telephone note")

# ---------------- NL102 negatives ----------------
C("d57-sti-screening-utan-misstanke", "skane", "2000-10-01",
  [N("n1", "ven_mmo", "S1", "2024-01-30T13:40:00", [
      ("Aktuellt", "STI-screening på pat:s begäran inför nytt förhållande. Inga symtom."),
      ("Åtgärd", "NAAT för klamydia och gonorré, serologi för HIV och syfilis. Svar via 1177.")], template="Omvårdnadsanteckning")],
  [], [(M2, "n1")], "screening without any named suspicion is no hedged diagnosis")

C("d57-ingen-misstanke-om-malaria", "vgr", "1968-03-13",
  [N("n1", "inf_ostra", "L1", "2024-04-15T17:20:00", [
      ("Bedömning", "Feber efter resa till Teneriffa. Ingen misstanke om malaria, området är inte endemiskt. Sannolikt viral övre luftvägsinfektion utan behandlingsbehov.")])],
  [(M2, "n1")], [], "negated malaria does not cancel the hedged 'Sannolikt' viral infection beside it")

C("d57-ingen-misstanke-malaria-ren", "skane", "1971-12-24",
  [N("n1", "vacc_mmo", "L4", "2024-05-20T10:10:00", [
      ("Bedömning", "Feberfri sedan hemkomst från Kenya för två månader sedan. Ingen misstanke om malaria. Fortsatt frisk.")])],
  [], [(M2, "n1")], "only a negated malaria ('Ingen misstanke om')")

C("d57-partnern-har-klamydia", "vgr", "1996-07-07",
  [N("n1", "sti_gbg", "S3", "2024-06-12T14:30:00", [
      ("Aktuellt", "Kommer efter smittspårning, partnern har klamydia. Pat symtomfri."),
      ("Åtgärd", "NAAT från urin tas. Info om att avstå samlag tills svar finns.")], template="Omvårdnadsanteckning")],
  [], [(M2, "n1")], "the partner's confirmed chlamydia is not a diagnosis of the patient")

C("d57-villkor-feber-efter-resa", "skane", "1987-02-08",
  [N("n1", "vacc_mmo", "S2", "2024-09-10T09:00:00", [
      ("Åtgärd", "Resa till Tanzania i oktober. Atovakvon/proguanil förskrivet."),
      ("Planering", "Om feber inom tre månader efter hemkomst ska pat söka akut och uppge resan så att malaria kan uteslutas.")], template="Omvårdnadsanteckning")],
  [], [(M2, "n1")], "conditional travel advice, no suspicion of disease")

C("d57-vaccination-twinrix-ev-rabies", "skane", "1993-04-28",
  [N("n1", "vacc_mmo", "S1", "2024-03-11T11:45:00", [
      ("Åtgärd", "Twinrix dos 1 given im vä deltoideus, batchnr noterat. Dukoral ordinerat inför resa till Vietnam."),
      ("Planering", "Ev. rabiesvaccin inför vistelse på landsbygden, tas upp vid dos 2.")], template="Vaccination")],
  [], [(M2, "n1")], "vaccination note; the only hedge is a plan ('Ev. rabiesvaccin')")

C("d57-vgr-vaccination-tbe-pneumokock", "vgr", "1948-08-16",
  [N("n1", "resem_gbg", "S3", "2024-04-02T13:00:00", [
      ("Åtgärd", "TBE-vaccin dos 3 och Prevenar 20 givna. Inga reaktioner efter 15 min observation.")], template="Vaccination")],
  [], [(M2, "n1")], "vaccinations name diseases but diagnose nothing")

C("d57-pmo-um-klamydia-fragetecken", "skane", "2006-03-30",
  [N("n1", "um_lund", "B1", "2024-10-01T15:00:00", [
      ("Aktuellt", "Sveda och ökade flytningar efter oskyddat samlag. Klamydia? Självtest för klamydia och gonorré lämnat.")])],
  [], [(M2, "n1")], "hedged klamydia in a PMO youth clinic note (PMO never shows diagnoses)")

C("d57-pmo-um-susp-gonorre", "skane", "2004-11-11",
  [N("n1", "um_ystad", "B1", "2024-02-22T16:10:00", [
      ("Bedömning", "Susp gonorré, partnern behandlad i Danmark. Remiss till venereologen Malmö.")])],
  [], [(M2, "n1")], "PMO ungdomsmottagning: susp. gonorré never fires NL102")

C("d57-pmo-vc-trol-borrelia", "skane", "1958-06-02",
  [N("n1", "vc_hoor", "L2", "2024-08-01T10:25:00", [
      ("Bedömning", "Trol. borreliainfektion med ringformad rodnad vä vad, 8 cm. Penicillin V i 10 dagar.")])],
  [], [(M2, "n1")], "PMO vårdcentral with trol. borrelia")

C("d57-pmo-hiv-test-ej-meddelat", "skane", "1991-09-19",
  [N("n1", "vc_husie", "L6", "2024-11-25T14:00:00", [
      ("Provsvar", "Misstänkt reaktivt HIV-test, konfirmering pågår. Svar på HIV-test ej meddelat pat.")])],
  [], [(M2, "n1")], "PMO: NL102 must_not; NL101 not asserted on PMO")

C("d57-tidiga-hypoteser-skane-hiv", "skane", "1982-05-05",
  [N("n1", "inf_mmo", "L1", "2024-06-27T12:30:00", [
      ("Bedömning", "Misstänkt HIV-infektion med låga CD4 och oral candida. Pat ej informerad om misstanken.")],
      template="Tidiga hypoteser")],
  [], [(M2, "n1"), (M1, "n1")], "Skåne template Tidiga hypoteser protects both the hypothesis and the untold status")

C("d57-tidiga-hypoteser-vgr-syfilis", "vgr", "1977-02-14",
  [N("n1", "sti_gbg", "L5", "2024-05-29T10:50:00", [
      ("Aktuellt", "Återbesök efter provtagning, pat mår bra."),
      ("Tidiga hypoteser", "Susp. latent syfilis, TPPA reaktiv men RPR neg. Bör diskuteras med venereolog.")])],
  [], [(M2, "n1")], "VGR: hedged syphilis only under sökord Tidiga hypoteser")

C("d57-tbc-uteslutes", "vgr", "1964-09-27",
  [N("n1", "lung_skv", "L3", "2024-09-30T15:30:00", [
      ("Bedömning", "Sputum x3 negativa i mikroskopi och PCR, odling utan växt efter 8 veckor. Tuberkulos utesluttes.")])],
  [], [(M2, "n1")], "ruled-out TB, typo 'utesluttes'")

C("d57-talar-emot-dengue", "skane", "1989-01-04",
  [N("n1", "inf_mmo", "L4", "2024-03-20T09:40:00", [
      ("Bedömning", "NS1 neg, TPK och LPK normala, feberfri dag 3. Talar emot denguefeber.")])],
  [], [(M2, "n1")], "'Talar emot' negates dengue")

C("d57-bekraftad-klamydia-naat-pos", "vgr", "2002-12-08",
  [N("n1", "sti_gbg", "L2", "2024-07-09T11:00:00", [
      ("Bedömning", "Klamydia-NAAT positiv från urin. Doxycyklin 100 mg 1x2 i 7 dagar. Pat informerad, smittspårning startad.")])],
  [], [(M2, "n1")], "confirmed chlamydia, told, no hedge")

C("d57-naat-neg-alla-lokaler", "skane", "1998-10-28",
  [N("n1", "ven_mmo", "S2", "2024-12-10T10:15:00", [
      ("Provsvar", "Gonorré- och klamydia-NAAT neg från svalg, rektum och urin. Meddelat pat via 1177.")], template="Omvårdnadsanteckning")],
  [], [(M2, "n1")], "negative results told; no hedged diagnosis")

C("d57-latent-tb-bekraftad-behandling", "skane", "2000-04-16",
  [N("n1", "lung_lu", "L5", "2024-10-14T13:50:00", [
      ("Bedömning", "Latent tuberkulos, Quantiferon positiv, rtg pulm ua. Startar rifampicin i 4 månader, leverprover om 2 v.")])],
  [], [(M2, "n1")], "settled latent TB with positive IGRA, no hedge")

C("d57-ev-remiss-trolig-hemgang", "vgr", "1952-11-05",
  [N("n1", "med_nal", "L1", "2024-02-02T10:05:00", [
      ("Bedömning", "E. coli-pyelonefrit i regress, feberfri sedan igår. Trolig hemgång i morgon."),
      ("Planering", "Ev. remiss till urolog för utredning av residualurin.")], setting="slutenvård")],
  [], [(M2, "n1")], "hedges only on discharge and referral, the diagnosis is confirmed")

C("d57-hedge-pa-symtom-feber", "skane", "1976-07-21",
  [N("n1", "inf_hbg", "S3", "2024-11-18T08:20:00", [
      ("Telefonkontakt", "Pat under behandling för känd pneumoni. Ev. lätt feber i helgen enl pat, ej uppmätt. Fortsätter amoxicillin.")],
      template="Telefonanteckning")],
  [], [(M2, "n1")], "hedge on a symptom (fever), disease is confirmed")

C("d57-pappa-misstankt-tuberkulos-barn", "skane", "2018-02-25",
  [N("n1", "barn_lu", "L6", "2024-01-24T14:10:00", [
      ("Aktuellt", "Smittspårning: pappan har misstänkt lungtuberkulos och utreds på lungkliniken. Pojken 5 år är asymtomatisk."),
      ("Åtgärd", "Quantiferon och rtg pulm beställda.")])],
  [], [(M2, "n1")], "father's suspected TB in a child's note (relative's disease)")

C("d57-borrelia-avskrivs", "vgr", "1970-05-09",
  [N("n1", "inf_boras", "L4", "2024-09-17T11:35:00", [
      ("Bedömning", "Borreliaserologi i serum och liquor neg. Borrelia avskrivs, remitteras tillbaka till neurologen.")])],
  [], [(M2, "n1")], "borrelia 'avskrivs' (written off)")

C("d57-inga-tecken-pa-meningit", "skane", "2015-12-01",
  [N("n1", "barn_lu", "AT", "2024-04-30T20:45:00", [
      ("Status", "Pigg 8-åring, ingen nackstyvhet, inga petekier."),
      ("Bedömning", "Inga tecken på meningit. Viral infektion, hem med febernedsättande.")], setting="akut")],
  [], [(M2, "n1")], "'Inga tecken på' meningit plus a settled viral infection")

C("d57-typo-ingen-misstake-malaria", "vgr", "1984-08-29",
  [N("n1", "resem_gbg", "L3", "2024-06-05T09:10:00", [
      ("Bedömning", "Hemkommen från Ghana för 5 månader sedan, nu snuva. Ingen misstake om malaria, ingen provtagning.")])],
  [], [(M2, "n1")], "typo 'misstake' in negation; still negated malaria")

C("d57-tidigare-behandlad-tbc", "vgr", "1957-03-31",
  [N("n1", "lung_skv", "L2", "2024-11-12T10:45:00", [
      ("Anamnes", "Behandlad för lungtuberkulos 2015 med full standardregim, fri från recidiv."),
      ("Bedömning", "Restförändringar apikalt oförändrade jämfört med 2021. Ingen ny utredning.")])],
  [], [(M2, "n1")], "past, treated TB stated as fact, no hedge")

C("d57-hiv-test-svar-om-en-vecka", "skane", "1994-06-17",
  [N("n1", "ven_mmo", "S3", "2024-08-20T13:25:00", [
      ("Åtgärd", "HIV-test tas, svar om en vecka. Pat önskar få svaret per telefon.")], template="Omvårdnadsanteckning")],
  [], [(M2, "n1"), (M1, "n1")], "test taken, result pending: no diagnosis, nothing untold")

C("d57-differentialdiagnos-avfardad-vgr", "vgr", "1981-10-03",
  [N("n1", "inf_ostra", "L6", "2024-10-29T14:55:00", [
      ("Bedömning", "Blododlingar växer Salmonella Typhi. Tyfoidfeber, känslig för ceftriaxon. Malaria avfärdad med tre negativa snabbtester.")],
      setting="slutenvård")],
  [], [(M2, "n1")], "confirmed typhoid, malaria ruled out")

# ---------------- NL101 positives ----------------
C("d57-syfilis-ej-informerad-kallas", "skane", "1979-12-19",
  [N("n1", "ven_mmo", "L4", "2024-03-12T16:00:00", [
      ("Provsvar", "TPPA positiv, RPR 1:32. Obehandlad syfilis."),
      ("Planering", "Pat ej informerad om positiv syfilisserologi, kallas till mottagningen på torsdag.")])],
  [(M1, "n1")], [], "confirmed syphilis visible while patient not yet informed")

C("d57-hiv-pos-svar-ej-meddelat-vgr", "vgr", "1973-04-07",
  [N("n1", "inf_ostra", "L5", "2024-05-08T15:40:00", [
      ("Provsvar", "HIV-1 Ag/Ak reaktivt, bekräftat med immunoblot och HIV-RNA 85 000 kopior/ml."),
      ("Planering", "Svaret är ännu inte meddelat patienten. Besök med läkare och kurator bokat 10/5.")])],
  [(M1, "n1")], [], "confirmed HIV in a visible note, result not yet given")

C("d57-tb-odling-pat-ej-nadd", "skane", "1962-07-12",
  [N("n1", "lung_lu", "L3", "2024-02-19T11:20:00", [
      ("Provsvar", "Odling från sputum växer Mycobacterium tuberculosis, känslig för förstahandsmedel. Lungtuberkulos."),
      ("Telefonkontakt", "Sökt pat två gånger idag för besked, ej nådd. Nytt försök imorgon bitti.")])],
  [(M1, "n1")], [], "TB confirmed but patient could not be reached to be told")

C("d57-hepatit-c-ej-fatt-besked", "vgr", "1990-09-14",
  [N("n1", "med_nal", "L1", "2024-06-24T10:30:00", [
      ("Bedömning", "Anti-HCV och HCV-RNA positiva, kronisk hepatit C genotyp 3a. Pat har ännu inte fått besked om hepatit C, återbesök bokas.")])],
  [(M1, "n1")], [], "chronic hepatitis C visible, patient not yet told")

C("d57-gonorre-besked-vid-aterbesok", "vgr", "1997-01-31",
  [N("n1", "sti_gbg", "L4", "2024-04-17T12:45:00", [
      ("Provsvar", "Gonorré-NAAT positiv från rektum, odling med resistensbestämning pågår."),
      ("Planering", "Besked om gonorrén ges vid återbesöket på fredag, ej meddelat ännu.")])],
  [(M1, "n1")], [], "rectal gonorrhoea visible, told only on Friday")

C("d57-typo-ej-informrad-hepatit-b", "skane", "1986-05-23",
  [N("n1", "inf_hbg", "L2", "2024-09-25T14:15:00", [
      ("Bedömning", "HBsAg pos, HBeAg neg, HBV-DNA lågt. Kronisk hepatit B."),
      ("Åtgärd", "Pat ej informrad ännu, tolk beställd till besök nästa vecka.")])],
  [(M1, "n1")], [], "typo 'informrad'; chronic hepatitis B not yet told")

C("d57-klamydia-pos-ej-kontaktad-melior", "skane", "1999-08-08",
  [N("n1", "ven_mmo", "S1", "2024-07-16T09:05:00", [
      ("Provsvar", "Klamydia-NAAT positiv från vaginalprov. Pat ej kontaktad om svaret än, ssk ringer under eftermiddagen.")],
      template="Omvårdnadsanteckning")],
  [(M1, "n1")], [], "confirmed chlamydia in hospital venereology (Melior) note, patient not yet contacted about it")

C("d57-utkast-hiv-ska-ej-fa-besked-via-journalen", "skane", "1968-11-02",
  [N("n1", "inf_mmo", "L6", "2024-08-13T17:30:00", [
      ("Bedömning", "Bekräftad HIV-1-infektion, CD4 210."),
      ("Planering", "Pat får inte veta via journalen, informeras vid besök 16/8 tillsammans med kurator.")],
      signed=None)],
  [(M1, "n1")], [], "unsigned draft: HIV must not be told before the visit")

C("d57-mdr-tb-inte-berattat", "vgr", "1993-02-20",
  [N("n1", "lung_skv", "L5", "2024-12-05T11:55:00", [
      ("Utredning", "Resistensbestämning: MDR-TB med resistens mot rifampicin och isoniazid."),
      ("Bedömning", "Detta har inte berättats för pat, behandlingsplan tas fram med TB-teamet i Göteborg först.")],
      setting="slutenvård")],
  [(M1, "n1")], [], "MDR-TB visible while the patient has not been told")

C("d57-trolig-neurosyfilis-ej-informerad", "vgr", "1960-10-26",
  [N("n1", "inf_boras", "L3", "2024-01-11T15:25:00", [
      ("Bedömning", "Liquor med pleocytos och positiv VDRL. Trolig neurosyfilis. Pat ej informerad om misstanken, anhöriga har inte heller fått veta.")])],
  [(M1, "n1"), (M2, "n1")], [], "hedged neurosyphilis that the patient has not been told fires both")

C("d57-tva-anteckningar-forst-ej-sedan-informerad", "skane", "1974-03-09",
  [N("n1", "inf_mmo", "L1", "2024-10-02T16:50:00", [
      ("Provsvar", "Plasmodium falciparum i mikroskopi, parasitemi 0,8 %. Malaria tropica."),
      ("Planering", "Pat sover, ej informerad om malariadiagnosen, ssk väcker inte.")], setting="slutenvård"),
   N("n2", "inf_mmo", "L1", "2024-10-03T08:40:00", [
      ("Rond", "Pat informerad om falciparummalaria på ronden, förstår behandlingen med artesunat.")], setting="slutenvård")],
  [(M1, "n1")], [(M1, "n2"), (M2, "n2")], "first note withholds the diagnosis, the next morning's note tells it")

C("d57-hepatit-b-barn-vardnadshavare-ej-informerade", "vgr", "2017-07-19",
  [N("n1", "barn_dsbus", "L2", "2024-03-04T13:35:00", [
      ("Provsvar", "HBsAg positivt hos adopterat barn, 6 år. Kronisk hepatit B."),
      ("Planering", "Patienten och vårdnadshavarna är inte informerade ännu, samtal bokat på mottagningen.")])],
  [(M1, "n1")], [], "child under 13: diagnosis visible to guardians who have not been told")

# ---------------- NL101 negatives ----------------
C("d57-informerad-per-telefon-klamydia", "vgr", "2001-05-01",
  [N("n1", "sti_gbg", "S3", "2024-11-21T10:00:00", [
      ("Telefonkontakt", "Pat informerad per telefon om positiv klamydia. Recept på doxycyklin skickat, smittspårningssamtal bokat.")],
      template="Telefonanteckning")],
  [], [(M1, "n1")], "patient told by phone")

C("d57-ej-informerad-om-tid-for-rtg", "skane", "1995-09-03",
  [N("n1", "lung_lu", "S2", "2024-06-11T14:40:00", [
      ("Åtgärd", "Latent tuberkulos, behandling pågår sedan maj. Pat ej informerad om tid för kontrollröntgen, kallelse skickas.")],
      template="Omvårdnadsanteckning")],
  [], [(M1, "n1")], "what is untold is a date, not the diagnosis")

C("d57-normala-svar-ej-meddelade", "vgr", "1989-07-27",
  [N("n1", "sti_gbg", "S1", "2024-02-13T15:10:00", [
      ("Provsvar", "HIV- och syfilisserologi negativa. Pat ej meddelad om svaren ännu, sms skickas imorgon.")],
      template="Omvårdnadsanteckning")],
  [], [(M1, "n1")], "untold results are normal, no diagnosis")

C("d57-vgr-tidiga-hypoteser-ej-informerad", "vgr", "1965-04-18",
  [N("n1", "inf_ostra", "L4", "2024-07-24T16:15:00", [
      ("Aktuellt", "Provsvar har inkommit, pat kallas till återbesök nästa vecka."),
      ("Tidiga hypoteser", "HIV-test reaktivt, konfirmering pågår. Pat ej informerad.")])],
  [], [(M1, "n1"), (M2, "n1")], "VGR: untold HIV result only under sökord Tidiga hypoteser")

C("d57-partnern-ej-informerad", "skane", "1988-12-30",
  [N("n1", "inf_mmo", "K1", "2024-05-14T11:10:00", [
      ("Samtal", "Pat informerad om sin HIV-infektion förra veckan. Partnern ännu ej informerad, pat vill själv berätta med stöd av kurator.")],
      template="Kuratorsanteckning")],
  [], [(M1, "n1")], "patient told; only the partner is not")

C("d57-kand-hiv-valinformerad", "vgr", "1979-06-06",
  [N("n1", "inf_ostra", "L3", "2024-09-09T09:30:00", [
      ("Aktuellt", "Känd HIV sedan 2019, välinformerad, följsam till Biktarvy. Omätbar virusmängd.")])],
  [], [(M1, "n1")], "long-known and communicated HIV")

C("d57-remiss-ej-informerad-borreliaartrit", "skane", "1967-01-13",
  [N("n1", "inf_hbg", "L5", "2024-04-03T15:05:00", [
      ("Bedömning", "Borreliaartrit i hö knä, diagnosen genomgången med pat vid förra besöket."),
      ("Åtgärd", "Remiss skickad till reumatologen, pat ej informerad om remissen än.")])],
  [], [(M1, "n1")], "untold thing is a referral; diagnosis already communicated")

C("d57-tb-ingenting-om-information", "vgr", "1950-02-28",
  [N("n1", "lung_skv", "L6", "2024-08-28T13:15:00", [
      ("Bedömning", "Lungtuberkulos, smittsam vid diagnos. Fyrdrogsbehandling dag 14, sputummikroskopi nu negativ.")],
      setting="slutenvård")],
  [], [(M1, "n1"), (M2, "n1")], "confirmed TB, nothing said about telling")

C("d57-besked-syfilis-idag", "skane", "1971-08-11",
  [N("n1", "ven_mmo", "L2", "2024-11-04T10:40:00", [
      ("Bedömning", "Tidig latent syfilis. Besked om syfilis lämnat vid dagens besök, bensatinpenicillin givet im.")])],
  [], [(M1, "n1")], "told at today's visit")

C("d57-vaccination-dos-2-ej-informerad", "vgr", "2005-12-15",
  [N("n1", "resem_gbg", "S2", "2024-10-08T14:20:00", [
      ("Åtgärd", "HPV-vaccin dos 1 givet. Pat ej informerad om att dos 2 ska ges om 6 månader, brev skickas.")],
      template="Vaccination")],
  [], [(M1, "n1")], "vaccination; untold is a schedule, no diagnosis")

C("d57-tidigare-ej-informerad-nu-informerad-skane", "skane", "1990-03-22",
  [N("n1", "inf_hbg", "L4", "2024-12-12T11:25:00", [
      ("Aktuellt", "Pat var inte informerad om hepatit C-svaret före dagens besök. Nu informerad, frågor besvarade och behandling med glekaprevir/pibrentasvir planeras.")])],
  [], [(M1, "n1")], "earlier untold, told at this visit")

C("d57-typo-informerd-via-1177-gonorre", "vgr", "2003-04-12",
  [N("n1", "sti_gbg", "S1", "2024-01-16T13:05:00", [
      ("Provsvar", "Gonorré-NAAT pos från svalg. Pat informerd via 1177-meddelande och har bekräftat att hon läst det.")],
      template="Omvårdnadsanteckning")],
  [], [(M1, "n1")], "typo 'informerd': the patient has been told")

C("d57-malaria-ej-mojlig-informera-ingen-diagnos", "skane", "2013-06-05",
  [N("n1", "barn_lu", "S3", "2024-07-02T12:20:00", [
      ("Åtgärd", "Tjock droppe x3 negativ. Vårdnadshavare ej informerade ännu om provsvaren, ringer efter lunch.")],
      template="Omvårdnadsanteckning")],
  [], [(M1, "n1")], "child (<13): untold results are negative, no diagnosis")

# ---------------------------------------------------------------------------
def main():
    problems = []
    names = set()
    seen = {}
    for c in CASES:
        n = c["case"]
        if not n.startswith("d57-"): problems.append("bad prefix " + n)
        if n in names: problems.append("dup case " + n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"): problems.append("ruleset " + n)
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}: problems.append("keys " + n)
        r = c["record"]; p = r["patient"]
        bd = p["birth_date"]; pid = p["id"]
        if pid[:8] != bd.replace("-", ""): problems.append("pnr/bd " + n)
        d10 = pid[2:8] + pid[9:13]
        s = 0
        for i, ch in enumerate(d10):
            v = int(ch) * (2 if i % 2 == 0 else 1); s += v - 9 if v > 9 else v
        if s % 10: problems.append("luhn " + n)
        asof = date.fromisoformat(r["as_of"][:10])
        if not r["as_of"].startswith("2024"): problems.append("as_of " + n)
        b = date.fromisoformat(bd)
        ages = []
        ids = {}
        for note in r["notes"]:
            ids[note["id"]] = note
            for fld in ("time", "signed"):
                if note[fld] is not None and not note[fld].startswith("2024"): problems.append("date " + n)
            t = date.fromisoformat(note["time"][:10])
            for d in (t, asof):
                a = d.year - b.year - ((d.month, d.day) < (b.month, b.day)); ages.append(a)
            if c["ruleset"] == "vgr" and note["system"] != "Melior": problems.append("vgr non-melior " + n)
            for sec in note["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n+", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, note["id"], sec["keyword"]):
                            problems.append("dup sentence in %s and %s: %s" % (seen[sent][0], n, sent))
                        seen.setdefault(sent, (n, note["id"], sec["keyword"]))
        if any(13 <= a <= 15 for a in ages) or min(ages) < 0: problems.append("age 13-15 " + n)
        if len(set(a >= 16 for a in ages)) > 1: problems.append("age crosses 16 " + n)
        pairs = c["must"] + c["must_not"]
        if len(set(map(tuple, pairs))) != len(pairs): problems.append("dup/contradict " + n)
        for code, tgt in pairs:
            if tgt not in ids: problems.append("target " + n)
            elif code == "NL102" and ids[tgt]["system"] != "Melior" and [code, tgt] in c["must"]:
                problems.append("NL102 must on PMO " + n)
            elif code == "NL101" and ids[tgt]["system"] == "PMO": problems.append("NL101 on PMO " + n)
            elif code == "NL102" and ids[tgt]["system"] != "Melior" and ids[tgt]["system"] != "PMO":
                problems.append("NL102 non-melior " + n)
    if problems:
        for pr in problems: print("PROBLEM:", pr, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "nl1_dev57_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = {}
    for c in CASES:
        for k in ("must", "must_not"):
            for code, _ in c[k]:
                cnt[(code, k)] = cnt.get((code, k), 0) + 1
    print(len(CASES), "cases", sorted(cnt.items()))

if __name__ == "__main__":
    main()
