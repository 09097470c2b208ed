#!/usr/bin/env python3
"""Gold cases nl1bn_dev_cases: hospital notes built around results.

Emergency department and ward notes, consultation answers, radiology and pathology
results pasted into the note, multidisciplinary conference notes and discharge notes:
a question asked (f.s., ?), answered (confirmed, ruled out, still open) in the same
note or a later note of the same record; results the patient has or has not been told;
normal results; incidental findings.

Dependency-free and deterministic: `python3 build.py` writes nl1bn_dev_cases.jsonl beside
itself and validates it (exit 1 on any problem).
"""
import datetime as _dt
import json
import re
import sys
from pathlib import Path

NAME = "nl1bn_dev_cases"
HERE = Path(__file__).resolve().parent

UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1A7K"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1B22"),
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2C31"),
    "krist_med": ("Medicinavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-3D18"),
    "krist_kard": ("Kardiologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-3D40"),
    "ystad_kir": ("Kirurgavdelning 7, Ystads lasarett", "SE2321000255-4E05"),
    "ystad_kirmott": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-4E11"),
    "lund_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5F63"),
    "lund_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5G08"),
    "lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5G90"),
    "malmo_uro": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6H14"),
    "hlm_orto": ("Ortopedavdelning 2, Hässleholms sjukhus", "SE2321000255-7J52"),
    "lund_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5K27"),
    "lund_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-5L33"),
    "hbg_gyn": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-2M71"),
    "lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-5N19"),
    "lund_hia": ("Hjärtintensiven, Skånes universitetssjukhus Lund", "SE2321000255-5P46"),
    "malmo_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1Q58"),
    "malmo_ger": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1R03"),
    "malmo_endo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1S64"),
    "hbg_brost": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-2T85"),
    "lund_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5U21"),
    "hbg_barn": ("Barn- och ungdomskliniken, Helsingborgs lasarett", "SE2321000255-2V37"),
    "trell_med": ("Medicinkliniken, Trelleborgs lasarett", "SE2321000255-8W12"),
    "landskr_med": ("Medicinavdelningen, Landskrona lasarett", "SE2321000255-9X44"),
    "malmo_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1Y76"),
    "lund_thorax": ("Thoraxkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5Z09"),
    "krist_strok": ("Strokeenheten, Centralsjukhuset Kristianstad", "SE2321000255-3A66"),
    # Region Skåne, PMO (primary care)
    "vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-P0412"),
    "vc_malmo": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-P0731"),
    "hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-P0955"),
    "bvc_kavl": ("BVC Kävlinge", "SE2321000255-P1108"),
    "vc_ystad": ("Vårdcentralen Ystad Österport", "SE2321000255-P1240"),
    # Västra Götalandsregionen, Melior
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011201"),
    "su_ostra_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011214"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000012033"),
    "skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000012450"),
    "nu_med": ("Medicinavdelning 12, NU-sjukvården Uddevalla", "SE2321000131-E000000012877"),
    "nal_akut": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-E000000012902"),
    "als_kir": ("Kirurgavdelningen, Alingsås lasarett", "SE2321000131-E000000013115"),
    "als_medmott": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000013128"),
    "su_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013344"),
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013561"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013790"),
    "su_hem": ("Hematologisektionen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013806"),
    "su_neuro": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000014023"),
    "dsbus": ("Barnakuten, Drottning Silvias barnsjukhus", "SE2321000131-E000000014239"),
    "dsbus_avd": ("Barnmedicin avdelning 321, Drottning Silvias barnsjukhus", "SE2321000131-E000000014242"),
    "su_hjart": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000014458"),
    "sas_kvinno": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014671"),
    "su_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000014885"),
    "su_ger": ("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000015002"),
    "su_gastro": ("Gastroenterologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000015219"),
    "kungalv_med": ("Medicinavdelning 5, Kungälvs sjukhus", "SE2321000131-E000000015436"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000015653"),
    "nal_orto": ("Ortopedavdelning 64, NÄL Trollhättan", "SE2321000131-E000000015870"),
    "lidk_med": ("Medicinkliniken, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000016097"),
    "sas_kir": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016214"),
    "skas_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016431"),
    "nu_kir": ("Kirurgkliniken, NU-sjukvården Uddevalla", "SE2321000131-E000000016658"),
    "su_lungavd": ("Lungmedicinsk avdelning 135, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000016875"),
    "su_strok": ("Strokeenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000017092"),
    "su_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000017319"),
    "skas_med": ("Medicinavdelning 6, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000017536"),
}

CASES = []


def _iso(t):
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, system, template, unit, author, time, signed, setting, sections, refs=()):
    """One note. `signed` is minutes after `time`, or None for an unsigned draft."""
    start = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": UNITS[unit][0], "hsa_id": UNITS[unit][1]},
        "author": {"name": author[0], "role": author[1]},
        "time": start.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed is None else (start + _dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition("@")
        out.append([code, nid or "n1"])
    return out


def C(name, ruleset, pnr, notes, must, must_not, why):
    last = max(
        max(_dt.datetime.fromisoformat(n["time"]), _dt.datetime.fromisoformat(n["signed"] or n["time"]))
        for n in notes
    )
    as_of = (last + _dt.timedelta(days=1)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": f"{pnr[0:4]}-{pnr[4:6]}-{pnr[6:8]}", "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


M = "Melior"
P = "PMO"

# ---------------------------------------------------------------------------
# A. Emergency department: the question is open when the note is signed
# ---------------------------------------------------------------------------

C("akut-misstankt-le-dt-bestalld", "skane", "19750622-2640", [
    N("n1", M, "Akutanteckning", "lund_akut", ("Sofia Lindqvist", "läkare"), "2024-02-11 03:20", 45, "akutmottagning", [
        ("Aktuellt", "48-årig kvinna med tre dagars tilltagande andfåddhet och hugg i höger sida vid djupa andetag. Kom hem från Bangkok för en vecka sedan. Använder kombinerade p-piller."),
        ("Status", "AT: Opåverkad i vila men dyspné vid tal. Puls 112, regelbunden. SpO2 93 % på luft. Cor: RR, inga blåsljud. Pulm: vesikulärt andningsljud bilateralt. Ben: ingen svullnad, ingen vadömhet."),
        ("Lab", "D-dimer 2,4. Hb 131, CRP 18, TnT 9, krea 68."),
        ("Bedömning", "Misstänkt lungemboli, Wells 4,5 och förhöjd D-dimer. DT lungartärer beställd, f.s. LE?"),
        ("Åtgärd", "Innohep i behandlingsdos ges i väntan på DT-svar. Läggs in på akutvårdsavdelningen."),
    ])], ["NL102"], ["NL101"],
    "open question at the ED: misstänkt lungemboli with DT pending, in a visible Melior note")

C("akut-appendicit-fragetecken-ul-imorgon", "vgr", "20001223-7152", [
    N("n1", M, "Akutanteckning", "su_akut", ("Jonas Abdi", "läkare"), "2024-04-03 22:40", None, "akutmottagning", [
        ("Aktuellt", "Buksmärta sedan igår kväll, började runt naveln och har vandrat ner mot höger fossa. Illamående, kräkts en gång. Ingen diarré."),
        ("Status", "Palpöm i McBurneys punkt med släppömhet. Temp 38,1."),
        ("Lab", "LPK 13,8, CRP 41."),
        ("Bedömning", "Appendicit? Alvarado 7. UL buk bokat kl 08, fastande från midnatt."),
    ])], ["NL102"], ["NL101"],
    "unsigned ED draft: a diagnosis followed by a question mark while ultrasound is awaited")

C("akut-dd-kolecystit-pankreatit", "vgr", "19430409-2226", [
    N("n1", M, "Akutanteckning", "sas_akut", ("Maria Håkansson", "läkare"), "2024-05-17 16:05", 70, "akutmottagning", [
        ("Aktuellt", "81-årig kvinna med smärta i epigastriet sedan lunch, strålar mot höger skulderblad. Anhöriga har sett att hon är gulaktig i ögonen."),
        ("Status", "Ikterisk. Buk: ömhet i höger arcus, Murphys tecken positivt."),
        ("Lab", "Bilirubin 64, ALP 7,2, ALAT 3,1. Amylas skickat, svar ej klart."),
        ("Bedömning", "DD kolecystit, koledokussten, pankreatit. UL lever och gallvägar i morgon bitti."),
    ])], ["NL102"], ["NL101"],
    "DD list of three diagnoses with the amylase answer still pending")

C("akut-sah-kan-ej-uteslutas-lp", "skane", "19690323-4000", [
    N("n1", M, "Akutanteckning", "hbg_akut", ("Erik Nordström", "läkare"), "2024-01-21 21:50", None, "akutmottagning", [
        ("Aktuellt", "Plötslig svår huvudvärk, ”den värsta i mitt liv”, under styrketräning kl 13. Kräktes en gång."),
        ("Status", "Vaken och orienterad. Lätt nackstyvhet. Inga fokala bortfall."),
        ("DT hjärna", "Ingen intrakraniell blödning. Inga tecken på expansivitet."),
        ("Bedömning", "Då mer än sex timmar förflutit sedan debut kan SAH inte uteslutas trots normal DT. LP i morgon förmiddag med frågeställning xantokromi."),
    ])], ["NL102"], ["NL101"],
    "a normal CT does not settle it: 'SAH kan inte uteslutas' is an open hedge")

C("akut-trol-tia-telegrafisk", "skane", "19470416-8378", [
    N("n1", M, "Akutanteckning", "malmo_akut", ("Ahmed Karimi", "läkare"), "2024-03-02 19:15", 30, "akutmottagning", [
        ("Aktuellt", "20 min övergående dysartri + hö armsvaghet ikväll. Nu helt återställd."),
        ("Status", "NIHSS 0. Oregelb. puls."),
        ("Undersökningar", "EKG: FF, ny. DT hjärna: ua."),
        ("Bedömning", "Trol. TIA, nyupptäckt FF. Inläggning strokeenheten, MR i morgon, start Eliquis efter MR."),
    ])], ["NL102"], ["NL101"],
    "telegraphic 'Trol. TIA' with the abbreviation as the only hedge")

C("akut-sannolikt-uretarsten", "vgr", "19900308-9993", [
    N("n1", M, "Akutanteckning", "skas_akut", ("Lina Berg", "läkare"), "2024-06-09 02:10", 25, "akutmottagning", [
        ("Aktuellt", "Vaknade av krampande smärta i vänster flank med utstrålning mot ljumsken. Kan inte ligga still."),
        ("Status", "Dunkömhet vänster njurloge. Buken mjuk."),
        ("Lab", "U-sticka: blod 3+, nitrit neg."),
        ("Bedömning", "Sannolikt vänstersidig uretärsten. DT urinvägar utan kontrast beställd till förmiddagen. Voltaren supp 50 mg gav god effekt."),
    ])], ["NL102"], ["NL101"],
    "'Sannolikt' with a stone diagnosis awaiting CT")

C("akut-rtg-pulm-fs-pneumoni-svar-ej-klart", "vgr", "19320710-6281", [
    N("n1", M, "Inskrivningsanteckning", "nu_med", ("Karin Sjöberg", "läkare"), "2024-11-14 20:30", 55, "slutenvård", [
        ("Aktuellt", "92-årig kvinna från säbo med feber och förvirring sedan ett dygn."),
        ("Status", "Temp 38,6, AF 24, SpO2 91 %. Krepitationer basalt höger."),
        ("Planering", "Rtg pulm beställd f.s. pneumoni. Svar ej klart vid överrapportering till avdelning 12. Start Bensyl-pc 3 g x 3 efter odlingar."),
    ])], ["NL102"], ["NL101"],
    "f.s. without a question mark: an open frågeställning is still an uncertain diagnosis")

C("barnakut-misstankt-invagination", "skane", "20211107-8032", [
    N("n1", M, "Akutanteckning", "lund_barnakut", ("Helena Roos", "läkare"), "2024-10-12 11:35", 20, "akutmottagning", [
        ("Aktuellt", "2-årig pojke med skrikattacker var tjugonde minut sedan i morse. Blek och slö mellan attackerna enligt mamma. En blodtillblandad avföring för en timme sedan."),
        ("Status", "Trött. Oklar resistens i höger hypokondrium."),
        ("Bedömning", "Misstänkt invagination. Akut UL buk beställt, barnkirurgjouren underrättad."),
    ])], ["NL102"], ["NL101"],
    "child under 13 (guardians read the journal): misstänkt invagination in a visible ED note")

C("akut-nstemi-kan-inte-uteslutas", "vgr", "19531027-5531", [
    N("n1", M, "Akutanteckning", "su_ostra_akut", ("Peter Wallin", "läkare"), "2024-08-23 07:40", 40, "akutmottagning", [
        ("Aktuellt", "Tryck över bröstet i 30 min vid morgonpromenaden, nu smärtfri."),
        ("EKG", "Sinusrytm 78, inga ischemiska ST-förändringar."),
        ("Lab", "TnT 38 vid ankomst och 44 efter en timme."),
        ("Bedömning", "NSTEMI kan inte uteslutas. Ny TnT om tre timmar, telemetri under tiden."),
    ])], ["NL102"], ["NL101"],
    "borderline troponin: 'kan inte uteslutas' keeps the infarct question open")

C("akut-missankt-aortadissektion-typo", "skane", "19580912-5312", [
    N("n1", M, "Akutanteckning", "lund_akut", ("Johan Ek", "läkare"), "2024-07-28 23:05", 15, "akutmottagning", [
        ("Aktuellt", "Rivande bröstsmärta som strålar till ryggen mellan skulderbladen sedan en timme."),
        ("Status", "BT 178/95 höger arm och 146/88 vänster arm."),
        ("Bedömning", "Missänkt aortadissektion. DT aorta akut, thoraxkirurgjouren informerad."),
    ])], ["NL102"], ["NL101"],
    "typo 'Missänkt' before an acute aortic diagnosis awaiting CT")

C("akut-ev-meningit-lp-efter-dt", "vgr", "19990912-4365", [
    N("n1", M, "Akutanteckning", "su_inf", ("Sara Lund", "läkare"), "2024-02-27 01:15", None, "akutmottagning", [
        ("Aktuellt", "Feber till 39,5, tilltagande huvudvärk och ljuskänslighet sedan igår."),
        ("Status", "Nackstel. Inga petekier. GCS 15."),
        ("Bedömning", "Ev. meningit. Blododlingar tagna, Meronem och Betapred givet. LP efter DT hjärna."),
    ])], ["NL102"], ["NL101"],
    "'Ev.' as hedge on meningitis before the lumbar puncture answer")

C("akut-fragetecken-dvt-prefix", "skane", "19460222-2004", [
    N("n1", M, "Akutanteckning", "krist_med", ("Anders Falk", "läkare"), "2024-09-04 15:20", 30, "akutmottagning", [
        ("Aktuellt", "Svullet vänster underben sedan fyra dagar. Opererad för knäprotes för tre veckor sedan."),
        ("Status", "Vänster vad 3 cm större i omfång än höger, ömmar."),
        ("Bedömning", "?DVT. UL-doppler bokat i morgon 09.30, Fragmin i behandlingsdos i väntan på undersökningen."),
    ])], ["NL102"], ["NL101"],
    "question mark written before the diagnosis ('?DVT')")

C("akut-trolig-urosepsis-dd-pneumoni", "vgr", "19430220-7354", [
    N("n1", M, "Akutanteckning", "sas_akut", ("Nadia Haddad", "läkare"), "2024-12-01 05:30", None, "akutmottagning", [
        ("Aktuellt", "Feber och frossa sedan kvällen, urinträngningar senaste dygnet. Har KAD sedan en månad."),
        ("Status", "Temp 39,2, BT 98/60, AF 22."),
        ("Lab", "Laktat 3,1, CRP 188, LPK 17. Urinsticka nitrit positiv."),
        ("Bedömning", "Trolig urosepsis, DD pneumoni med tanke på förhöjd andningsfrekvens. Blod- och urinodling tagna, Zinacef insatt, rtg pulm i natt."),
    ])], ["NL102"], ["NL101"],
    "sepsis with an uncertain focus: 'Trolig' plus DD while cultures are out")

C("akut-septisk-artrit-dd-gikt", "skane", "19730728-4195", [
    N("n1", M, "Akutanteckning", "ystad_kir", ("Fredrik Holm", "läkare"), "2024-06-30 18:45", 25, "akutmottagning", [
        ("Aktuellt", "Svullet, varmt höger knä sedan i går morse. Ingen skada."),
        ("Ledpunktion", "30 ml grumlig ledvätska. Skickad för odling, celler och kristaller."),
        ("Bedömning", "Septisk artrit kan inte uteslutas förrän odlingssvar finns, DD gikt. Kloxacillin iv tills vidare."),
    ])], ["NL102"], ["NL101"],
    "joint aspirate sent, septic arthritis cannot be excluded yet")

C("akut-sannolkit-pyelonefrit-typo", "vgr", "19610205-8002", [
    N("n1", M, "Akutanteckning", "kungalv_med", ("Oskar Dahl", "läkare"), "2024-03-19 13:10", 40, "akutmottagning", [
        ("Aktuellt", "Sveda vid miktion i fem dagar, nu feber och ont i höger flank."),
        ("Lab", "CRP 142, krea 91. U-sticka LPK 3+, nitrit positiv."),
        ("Bedömning", "Sannolkit pyelonefrit höger. Urinodling skickad, Ciprofloxacin 500 mg x 2 i tio dagar."),
    ])], ["NL102"], ["NL101"],
    "typo 'Sannolkit' hedging pyelonephritis while the urine culture is pending")

C("akut-synkope-differentialdiagnoser", "skane", "19720222-7117", [
    N("n1", M, "Akutanteckning", "hbg_akut", ("Cecilia Wikström", "läkare"), "2024-04-25 10:20", 50, "akutmottagning", [
        ("Aktuellt", "Svimmade under promenad i uppförsbacke, återhämtade sig på en minut enligt hustrun."),
        ("Status", "Systoliskt blåsljud 3/6 med maximum över aortaområdet, fortleds till halsen."),
        ("Bedömning", "Differentialdiagnoser arytmi och aortastenos. UKG och telemetri, läggs in på kardiologen."),
    ])], ["NL102"], ["NL101"],
    "the word 'Differentialdiagnoser' introducing two candidate diagnoses")

C("akut-covid-fragetecken-pcr-skickad", "vgr", "19840425-5054", [
    N("n1", M, "Akutanteckning", "nal_akut", ("Elin Sandberg", "sjuksköterska"), "2024-01-08 14:00", 20, "akutmottagning", [
        ("Omvårdnad", "Hosta och feber sedan tre dagar, SpO2 95 %. Snabbtest för covid negativt i triaget."),
        ("Bedömning", "Covid-19? PCR skickad, isoleras på enkelrum tills svar kommer."),
    ])], ["NL102"], ["NL101"],
    "nurse's ED note: negative rapid test but PCR pending, 'Covid-19?' left open")

C("akut-blodningsanemi-fragetecken-gastroskopi", "skane", "19390208-3298", [
    N("n1", M, "Akutanteckning", "trell_med", ("Björn Mattsson", "läkare"), "2024-05-06 09:45", 60, "akutmottagning", [
        ("Aktuellt", "Trött och andfådd i två veckor. Svart avföring i fyra dagar. Tar Trombyl och Naproxen mot ryggvärk."),
        ("Lab", "Hb 89 (för tre månader sedan 138). MCV 82. Ferritin 9."),
        ("Bedömning", "Blödande ulcus? Gastroskopi i morgon. Naproxen utsatt, Nexium iv."),
    ])], ["NL102"], ["NL101"],
    "a falling Hb answered by a diagnostic question to be settled at gastroscopy")

# ---------------------------------------------------------------------------
# B. Consultation answers: the question and its answer in one note
# ---------------------------------------------------------------------------

C("konsult-hud-melanom-kan-ej-uteslutas", "skane", "19651017-9903", [
    N("n1", M, "Konsultationssvar", "lund_hud", ("Ingrid Persson", "läkare"), "2024-03-14 11:00", 90, "öppenvård", [
        ("Konsultationsfråga", "Pigmenterad förändring på ryggen som vuxit senaste halvåret, melanom?"),
        ("Svar", "Dermatoskopi: asymmetrisk förändring med atypiskt pigmentnät och regressionszoner, 9 mm. Malignt melanom kan inte uteslutas. Excision med 2 mm marginal bokad vecka 14, PAD avgör fortsatt handläggning."),
    ])], ["NL102"], ["NL101"],
    "consultation answer that leaves the question open: melanoma cannot be excluded until PAD")

C("konsult-neurolog-ms-fraga-besvarad-nej", "vgr", "19810128-5305", [
    N("n1", M, "Konsultationssvar", "su_neuro", ("Mikael Lindgren", "läkare"), "2024-04-22 14:30", 120, "öppenvård", [
        ("Konsultationsfråga", "Stickningar i båda benen sedan två månader. MS?"),
        ("Undersökningar", "MR hjärna och halsrygg utan demyeliniserande lesioner. B12, folat och TSH normala. Normalt neurologstatus."),
        ("Svar", "Ingen misstanke om MS. Återremitteras till remittenten med förslag om fysioterapi, ny kontakt vid förändrade symtom."),
    ])], [], ["NL102", "NL101"],
    "the referral's question (MS?) is ruled out in the same visible note: settled, not a hypothesis")

C("konsult-neuroborrelios-bekraftad", "skane", "19721001-7559", [
    N("n1", M, "Konsultationssvar", "malmo_inf", ("Lars Åberg", "läkare"), "2024-08-12 16:10", 45, "slutenvård", [
        ("Konsultationsfråga", "Perifer facialispares vänster och radikulär smärta i bålen. F.s. neuroborrelios?"),
        ("Resultat", "Likvor: 85 mononukleära celler, protein 0,9. Intratekal produktion av borreliaantikroppar påvisad."),
        ("Svar", "Neuroborrelios. Doxycyklin 200 mg x 1 i 14 dagar. Patienten har fått svaret och informerats om förväntat förlopp."),
    ])], [], ["NL102", "NL101"],
    "f.s. question confirmed by CSF result in the same note and told to the patient")

C("konsult-kardiolog-sannolik-perikardit", "vgr", "19440607-6390", [
    N("n1", M, "Konsultationssvar", "su_hjart", ("Annika Borg", "läkare"), "2024-02-06 13:40", 35, "slutenvård", [
        ("Konsultationsfråga", "Nytillkomna bröstsmärtor dag 3 efter höftoperation, EKG-förändringar?"),
        ("Svar", "Utbredda konkava ST-höjningar och PQ-sänkning. UKG utan perikardvätska, normal kammarfunktion. Sannolik perikardit efter genomgången förkylning. Ipren 600 mg x 3 och Colchicin 0,5 mg x 2."),
    ])], ["NL102"], ["NL101"],
    "cardiology answer concluding 'Sannolik perikardit' in a visible note")

C("konsult-gyn-bifynd-ovarialcysta-besvarad", "skane", "19940806-9541", [
    N("n1", M, "Konsultationssvar", "hbg_gyn", ("Mona Svensson", "läkare"), "2024-09-18 10:15", 40, "slutenvård", [
        ("Konsultationsfråga", "Bifynd på DT buk: 4 cm cystisk förändring i höger ovarium. Ställningstagande?"),
        ("Svar", "Vaginalt UL: tunnväggig enrummig cysta utan solida partier eller flöde. Funktionell follikelcysta. Ingen malignitetsmisstanke. Kontroll-UL om tre månader, patienten informerad av mig på avdelningen."),
    ])], [], ["NL102", "NL101"],
    "incidental finding answered by the consultant: benign, no suspicion, patient told")

C("konsult-reuma-pmr-gca-kan-ej-uteslutas", "vgr", "19371022-5503", [
    N("n1", M, "Konsultationssvar", "su_reuma", ("Henrik Olausson", "läkare"), "2024-10-02 09:30", 60, "öppenvård", [
        ("Konsultationsfråga", "Stelhet i skuldror och höfter, SR 78. Reumatisk sjukdom?"),
        ("Svar", "Bilden stämmer med polymyalgia reumatika. Jättecellsarterit kan inte helt uteslutas med tanke på nytillkommen tinninghuvudvärk. Prednisolon 40 mg, temporalisbiopsi bokas inom en vecka."),
    ])], ["NL102"], ["NL101"],
    "answer with one diagnosis given and a second left open ('kan inte helt uteslutas')")

C("konsult-endokrin-binjurebarksvikt-utesluten", "skane", "19391104-8134", [
    N("n1", M, "Konsultationssvar", "malmo_endo", ("Sanna Kovač", "läkare"), "2024-07-09 15:00", 30, "öppenvård", [
        ("Konsultationsfråga", "Trötthet, lågt natrium 129. F.s. binjurebarksvikt?"),
        ("Svar", "Synacthentest med normalt stegringssvar, kortisol efter 30 minuter 612 nmol/L. Binjurebarksvikt utesluten. Hyponatremin förklaras av hans tiazid, som kan bytas ut i primärvården."),
    ])], [], ["NL102", "NL101"],
    "f.s. binjurebarksvikt answered with 'utesluten' in the same consultation answer")

C("konsult-hematolog-trolig-itp-dd", "vgr", "20020215-7160", [
    N("n1", M, "Konsultationssvar", "su_hem", ("Jenny Larsson", "läkare"), "2024-05-28 11:45", 50, "öppenvård", [
        ("Konsultationsfråga", "22-årig kvinna med blåmärken och TPK 38, i övrigt normalt blodstatus."),
        ("Svar", "Perifert blodutstryk utan blaster eller schistocyter. Trolig ITP, DD läkemedelsutlöst trombocytopeni då hon nyligen ätit trimetoprim. Kontroll TPK om en vecka."),
    ])], ["NL102"], ["NL101"],
    "haematology answer: 'Trolig ITP' with a drug-induced alternative")

C("konsult-ortoped-ostemyelit-negerad-typo", "skane", "19520523-8750", [
    N("n1", M, "Konsultationssvar", "hlm_orto", ("Kristoffer Ahl", "läkare"), "2024-11-05 12:20", 30, "slutenvård", [
        ("Konsultationsfråga", "Diabetiker med sår under höger stortåbasen sedan sex veckor. Benengagemang?"),
        ("Svar", "MR fot: inga tecken på ostemyelit. Mjukdelsinfektion utan abscess. Avlastning, sårvård via diabetesfotmottagningen."),
    ])], [], ["NL102"],
    "typo 'ostemyelit' inside a negated finding ('inga tecken på'): must not fire")

C("konsult-fs-njursten-utan-fragetecken-svar-vantas", "vgr", "19940412-9836", [
    N("n1", M, "Konsultationsremiss", "als_kir", ("Tove Bergqvist", "läkare"), "2024-06-14 17:25", None, "slutenvård", [
        ("Frågeställning", "Remiss till urolog, f.s. njursten vänster med avflödeshinder. DT urinvägar gjord men inte besvarad ännu."),
        ("Bakgrund", "Kolikartad flanksmärta, krea stigit från 84 till 132 på två dygn."),
    ])], ["NL102"], ["NL101"],
    "a consultation request whose frågeställning (f.s.) is a diagnosis still unanswered")

# ---------------------------------------------------------------------------
# C. Radiology and pathology answers pasted into the note; incidental findings
# ---------------------------------------------------------------------------

C("rtg-dt-hjarna-normalfynd-efter-fall", "skane", "19460904-5002", [
    N("n1", M, "Daganteckning", "malmo_ger", ("Gunilla Ström", "läkare"), "2024-01-30 10:40", 25, "slutenvård", [
        ("Aktuellt", "Föll i korridoren i natt och slog i bakhuvudet. Tar Eliquis."),
        ("DT hjärna", "Inga tecken på blödning, infarkt eller expansivitet. Åldersadekvat bild."),
        ("Bedömning", "Fall utan intrakraniell skada. Fortsatt mobilisering med fysioterapeut, fallriskbedömning görs av arbetsterapeut."),
    ])], [], ["NL102", "NL101"],
    "a normal CT answer pasted in ('Inga tecken på blödning'): no uncertain diagnosis")

C("rtg-scaphoideum-fragestallning-ingen-fraktur", "vgr", "19941107-4751", [
    N("n1", M, "Akutanteckning", "nal_akut", ("Amir Rostami", "läkare"), "2024-12-09 19:30", 20, "akutmottagning", [
        ("Aktuellt", "Föll på utsträckt hand i innebandyn."),
        ("Röntgen", "Rtg höger handled. Frågeställning: scaphoideumfraktur? Utlåtande: Ingen fraktur eller luxation påvisas."),
        ("Bedömning", "Handledsdistorsion. Ingen ömhet i fossa tabatière och inget som talar för scaphoideumfraktur. Ortos en vecka."),
    ])], [], ["NL102", "NL101"],
    "a pasted radiology question (fraktur?) answered by 'Ingen fraktur' and the clinician's negation")

C("rtg-lobar-pneumoni-bekraftad", "skane", "19630607-8780", [
    N("n1", M, "Inskrivningsanteckning", "krist_med", ("Hanna Bergman", "läkare"), "2024-02-19 18:00", 60, "slutenvård", [
        ("Aktuellt", "Hög feber och hosta med rostfärgade upphostningar sedan fyra dagar."),
        ("Rtg pulm", "Frågeställning pneumoni. Svar: Lobär pneumoni i höger underlob, ingen pleuravätska."),
        ("Bedömning", "Pneumoni höger underlob, CRB-65 1. Bensyl-pc 1 g x 3 iv. Patienten informerad om röntgensvaret."),
    ])], [], ["NL102", "NL101"],
    "f.s. pneumoni answered 'Lobär pneumoni' in the pasted report: the question is confirmed")

C("rtg-mediastinala-kortlar-misstanke-lymfom", "vgr", "19890426-2055", [
    N("n1", M, "Läkaranteckning", "su_lung", ("Emma Nyberg", "läkare"), "2024-03-26 14:50", 45, "öppenvård", [
        ("Aktuellt", "Nattliga svettningar och torrhosta sedan två månader, gått ner 5 kg."),
        ("DT thorax", "Multipla förstorade mediastinala och hilära lymfkörtlar, största 3,2 cm. Bilden inger misstanke om lymfom, DD sarkoidos."),
        ("Planering", "EBUS med biopsi bokad nästa vecka."),
    ])], ["NL102"], [],
    "the radiologist's hedge pasted verbatim into a visible note still shows a suspected lymphoma")

C("rtg-bifynd-binjure-sannolikt-adenom", "skane", "19740907-6085", [
    N("n1", M, "Daganteckning", "ystad_kir", ("Olle Sundin", "läkare"), "2024-08-06 11:10", None, "slutenvård", [
        ("DT buk", "Divertikulit i sigmoideum utan abscess eller fri gas. Bifynd: 18 mm välavgränsad förändring i vänster binjure med låg attenuering, sannolikt adenom."),
        ("Bedömning", "Okomplicerad divertikulit, peroral kost tolereras. Binjurefyndet remitteras till endokrinmottagningen för hormonutredning."),
    ])], ["NL102"], [],
    "incidental adrenal finding reported as 'sannolikt adenom' in the visible ward note")

C("rtg-bifynd-njurcysta-informerad", "vgr", "19500307-3979", [
    N("n1", M, "Akutanteckning", "skas_akut", ("Kajsa Lindahl", "läkare"), "2024-04-16 16:25", 30, "akutmottagning", [
        ("Aktuellt", "Buksmärta och ingen avföring på fem dagar efter nyinsatt Oxynorm."),
        ("DT buk", "Ingen appendicit, inget tarmhinder. Rikligt med feces i kolon. Bifynd: enkel njurcysta höger 3 cm, Bosniak I."),
        ("Bedömning", "Opioidinducerad förstoppning. Movicol och lavemang. Har informerat patienten om njurcystan, som är ofarlig och inte behöver följas upp."),
    ])], [], ["NL102", "NL101"],
    "benign incidental finding with no hedge, told to the patient in the same note")

C("rtg-bifynd-aaa-ej-informerad", "skane", "19380710-9339", [
    N("n1", M, "Daganteckning", "krist_med", ("Magnus Ivarsson", "läkare"), "2024-05-22 13:30", 40, "slutenvård", [
        ("DT thorax", "Inga lungembolier. Bifynd: infrarenalt bukaortaaneurysm med diameter 4,6 cm."),
        ("Bedömning", "Lungemboli avskriven, dyspnén förklaras av hjärtsvikten. Kärlkirurgisk bedömning av aneurysmet begärs. Patienten är ännu inte informerad om aneurysmet, det tas upp på ronden i morgon när kärlkirurgens bedömning finns."),
    ])], ["NL101"], ["NL102"],
    "incidental aortic aneurysm written in the visible note while the patient has not been told")

C("pad-kolon-adenocarcinom-ej-informerad", "skane", "19681011-7207", [
    N("n1", M, "Provsvarsanteckning", "ystad_kirmott", ("Per-Olof Nilsson", "läkare"), "2024-03-08 15:45", None, "öppenvård", [
        ("PAD", "Biopsier från tumör i colon ascendens vid koloskopi 1/3: adenocarcinom, måttligt differentierat."),
        ("Planering", "DT thorax och buk beställd för stadieindelning. Patienten är ännu inte informerad om PAD, besked ges av kolorektalkirurg och kontaktsjuksköterska på mottagningsbesök 14/3."),
    ])], ["NL101"], ["NL102"],
    "pathology answer with a cancer diagnosis signed before the patient has been told")

C("pad-cin3-informerad-per-telefon", "vgr", "19950822-5605", [
    N("n1", M, "Telefonanteckning", "sas_kvinno", ("Eva-Lena Johansson", "läkare"), "2024-06-03 09:20", 15, "öppenvård", [
        ("PAD", "Px från portio kl 12: CIN 3 (HSIL)."),
        ("Information", "Ringt patienten och meddelat svaret. Hon har förstått att det är cellförändringar och inte cancer. Planeras för konisering, kallelse skickas."),
    ])], [], ["NL101", "NL102"],
    "pathology result told to the patient by phone before the note was written")

C("pad-vantas-ulcus-ingen-diagnos-ej-meddelad", "skane", "19741211-2596", [
    N("n1", M, "Endoskopianteckning", "lund_gastro", ("Isak Werner", "läkare"), "2024-10-21 10:05", 30, "öppenvård", [
        ("Fynd", "Ett 1 cm ulcus i antrum med rena kanter. Duodenum ua."),
        ("Åtgärd", "Biopsier från ulcuskanten och för Helicobacter pylori. Nexium 40 mg x 1 i åtta veckor."),
        ("Planering", "Ulcusfyndet visades för patienten direkt efter undersökningen. PAD inväntas och har alltså inte meddelats patienten, svarsbrev skickas när det kommit."),
    ])], [], ["NL101", "NL102"],
    "'not told' refers to a PAD that has not arrived; the only diagnosis (ulcus) is known to the patient")

C("pad-dlbcl-ej-besked-anhoriga-med", "vgr", "19790327-9292", [
    N("n1", M, "Provsvarsanteckning", "su_hem", ("Karl Fors", "läkare"), "2024-09-10 17:20", 20, "öppenvård", [
        ("PAD", "Lymfkörtelexstirpation höger axill: diffust storcelligt B-cellslymfom (DLBCL), GCB-typ, Ki-67 80 %."),
        ("Planering", "Patienten har ännu inte fått besked. Träffar mig och kontaktsjuksköterska tillsammans med sin fru på torsdag, PET-DT och benmärgsprov bokas efter det samtalet."),
    ])], ["NL101"], ["NL102"],
    "lymphoma diagnosis in a visible note with 'har ännu inte fått besked'")

C("pad-basaliom-svarsbrev-skickat", "skane", "19791008-9064", [
    N("n1", M, "Provsvarsanteckning", "lund_hud", ("Ulrika Hed", "läkare"), "2024-07-02 08:35", 10, "öppenvård", [
        ("PAD", "Basalcellscancer av nodulär typ, radikalt exciderad med 3 mm fri marginal."),
        ("Åtgärd", "Svarsbrev med PAD och egenkontrollråd skickat till patienten. Ingen ytterligare uppföljning på kliniken."),
    ])], [], ["NL101", "NL102"],
    "skin cancer result sent to the patient by letter: communicated, affirmed")

C("pad-prostatacancer-besked-vid-besok", "vgr", "19581124-6916", [
    N("n1", M, "Provsvarsanteckning", "su_uro", ("Daniel Fransson", "läkare"), "2024-10-15 12:50", 25, "öppenvård", [
        ("PAD", "Prostatabiopsier: prostatacancer Gleason 4+3=7 i 5 av 12 biopsier, ISUP-grad 3."),
        ("Planering", "Patienten har inte fått svaret ännu och ska informeras vid läkarbesök 22/10 enligt överenskommelse vid biopsin. Skelettskint beställt. Anmäls till MDK."),
    ])], ["NL101"], ["NL102"],
    "prostate cancer result written visibly, patient to be told at a later visit")

C("lab-blododling-trol-kontamination", "vgr", "19450621-8413", [
    N("n1", M, "Daganteckning", "lidk_med", ("Rebecka Hjort", "läkare"), "2024-04-09 14:15", 20, "slutenvård", [
        ("Provsvar", "Blododling: växt av koagulasnegativa stafylokocker i 1 av 4 flaskor. Trol. kontamination."),
        ("Bedömning", "Pneumoni i förbättring, feberfri sedan igår. Fortsatt Doktacillin, byte till peroralt i morgon."),
    ])], [], ["NL102", "NL101"],
    "a hedge about a sample (kontamination), not about a diagnosis of the patient")

C("lab-hemolys-trol-falskt-hogt-kalium", "skane", "19370823-2693", [
    N("n1", M, "Daganteckning", "landskr_med", ("Jakob Lindblom", "läkare"), "2024-11-26 08:50", 35, "slutenvård", [
        ("Lab", "K 6,3 men provet kraftigt hemolyserat, trol. falskt högt. EKG utan hyperkalemitecken. Nytt prov taget utan stas."),
        ("Bedömning", "Hjärtsvikt i förbättring på furosemid, vikten ner 2,4 kg sedan inskrivningen."),
    ])], [], ["NL102", "NL101"],
    "'trol. falskt högt' concerns a lab artefact, not an uncertain diagnosis")

# ---------------------------------------------------------------------------
# D. Multidisciplinary conferences and discharge notes
# ---------------------------------------------------------------------------

C("mdk-lunga-skivepitel-pat-kanner-till-diagnosen", "skane", "19550207-4775", [
    N("n1", M, "MDK-anteckning", "lund_thorax", ("Viktor Almqvist", "läkare"), "2024-04-11 15:30", 75, "öppenvård", [
        ("Deltagare", "Thoraxkirurg Viktor Almqvist, lungläkare Rasmus Eng, onkolog Petra Sahlin, radiolog Tomas Brink, patolog Agnes Kjellberg, kontaktsjuksköterska Lotta Frick."),
        ("Frågeställning", "Fortsatt handläggning av tumör i höger överlob hos 69-årig man, tidigare rökare 40 paketår, i övrigt frisk frånsett välkontrollerad hypertoni."),
        ("Anamnes", "Sökte vårdcentralen i januari för hosta som inte gav med sig efter en förkylning och en episod med blodstrimmigt slem. Lungröntgen där visade en rundad förtätning och han remitterades till lungmottagningen. Ingen viktnedgång, inga skelettsmärtor, ingen heshet. Slutade röka i samband med beskedet. Bor med hustrun i villa i Höör, pensionerad snickare, promenerar fem kilometer dagligen och cyklar till affären."),
        ("Funktionsbedömning", "WHO funktionsstatus 0. Klarar två trappor utan att stanna. Inga tecken på hjärtsvikt. Njurfunktion normal, eGFR 78. Blodstatus utan anmärkning."),
        ("Diskussion", "Radiologen bedömer tumören som avgränsbar utan inväxt i bröstväggen eller i mediastinala strukturer. Onkologen ser ingen indikation för neoadjuvant behandling vid detta stadium. Kirurgen noterar att tumören ligger perifert, vilket gör att en segmentresektion också vore möjlig, men konferensen enas om lobektomi med hänsyn till storleken och patientens goda lungfunktion. Postoperativ PAD med lymfkörtelstatus avgör om adjuvant cytostatika eller immunterapi blir aktuell."),
        ("Underlag", "DT thorax och buk 12/3: 31 mm spikulerad tumör i höger överlob, inga förstorade mediastinala körtlar, ingen pleuravätska, inga levermetastaser. PET-DT 20/3: upptag enbart i primärtumören, SUVmax 14. EBUS 28/3 med finnålspunktion från station 4R, 7 och 11R utan tumörceller. Spirometri: FEV1 2,6 L (84 % av förväntat), DLCO 78 %. Arbets-EKG utan ischemi, god arbetsförmåga."),
        ("PAD", "Bronkoskopisk biopsi från tumören: skivepitelcancer, PD-L1 TPS 60 %."),
        ("Sammanfattning", "Skivepitelcancer höger överlob, cT2aN0M0, stadium IB. Lungfunktion och kondition räcker för lobektomi."),
        ("Beslut", "Robotassisterad lobektomi höger överlob med systematisk lymfkörtelutrymning. Ställningstagande till adjuvant behandling efter slutlig PAD. Operationsanmälan görs av thoraxkirurg."),
        ("Information", "Patienten känner till diagnosen sedan bronkoskopisvaret, som han fick av lungläkaren 2/4. Konferensbeslutet meddelas honom av kontaktsjuksköterskan i morgon per telefon och vid preoperativt besök nästa vecka. Hustrun önskar vara med vid det besöket."),
    ])], [], ["NL101", "NL102"],
    "long MDK note: diagnosis already told, only the conference decision is still to be communicated")

C("mdk-pankreas-dd-autoimmun-pankreatit", "vgr", "19511101-4626", [
    N("n1", M, "MDK-anteckning", "su_gastro", ("Ola Wennberg", "läkare"), "2024-02-21 16:00", 50, "öppenvård", [
        ("Frågeställning", "Resistens i pankreashuvudet hos 72-årig kvinna med smärtfri ikterus."),
        ("Underlag", "DT pankreas: 28 mm lågattenuerande förändring i pankreashuvudet med gallgångsvidgning. CA 19-9 210. IgG4 lätt förhöjt."),
        ("Konferensens bedömning", "Bilden är förenlig med pankreascancer, DD autoimmun pankreatit. EUS med finnålspunktion för PAD innan ställning tas till kirurgi."),
    ])], ["NL102"], [],
    "conference leaves the question open with 'förenlig med' and a differential")

C("mdk-mamma-invasiv-cancer-ej-informerad", "skane", "19850727-4986", [
    N("n1", M, "MDK-anteckning", "hbg_brost", ("Louise Ekström", "läkare"), "2024-03-05 14:20", None, "öppenvård", [
        ("Underlag", "Mammografi och UL: 14 mm oregelbunden förändring vänster bröst kl 2. Axill ua på UL."),
        ("PAD", "Mellannålsbiopsi: invasiv duktal cancer NHG 2, ER 95 %, PR 60 %, HER2 negativ."),
        ("Beslut", "Sektorresektion med sentinel node. Patienten är inte informerad om PAD ännu, besked ges vid mottagningsbesök med kontaktsjuksköterska 7/3."),
    ])], ["NL101"], ["NL102"],
    "pre-operative breast conference writes the cancer diagnosis before the patient has been told")

C("epikris-hjartinfarkt-utesluten-lang", "skane", "19630707-4358", [
    N("n1", M, "Epikris", "lund_hia", ("Jesper Nyman", "läkare"), "2024-06-19 11:00", 180, "slutenvård", [
        ("Orsak till inläggning", "60-årig man som inkom via ambulans med tryck över bröstet och utstrålning till vänster arm i samband med att han bar tunga kassar. Hypertoni och hyperlipidemi sedan tidigare, röker tio cigaretter om dagen."),
        ("Förlopp", "Vid ankomst smärtfri efter nitroglycerin i ambulansen. EKG utan ischemiska förändringar, sinusrytm 72. TnT 8, 9 och 10 ng/L vid 0, 1 och 3 timmar, alltså under beslutsgränsen utan dynamik. Akut hjärtinfarkt kunde därmed uteslutas. Arbetsprov dag 2 till 210 W utan bröstsmärta eller ST-sänkningar, maximal puls 162. UKG visade normal vänsterkammarfunktion med EF 60 %, inga regionala väggrörelsestörningar och inga klaffel av betydelse. Lipidstatus: LDL 4,1. HbA1c 38. Under vårdtiden smärtfri och mobiliserad utan problem. Besvären bedöms vara muskuloskeletala efter lyftet; ömhet över sternokostalleder vänster reproducerar smärtan."),
        ("Diagnoser", "Bröstsmärta, ospecificerad. Hypertoni. Hyperlipidemi. Nikotinberoende."),
        ("Status vid utskrivning", "Opåverkad och smärtfri. BT 136/84, puls 68. Hjärta och lungor utan anmärkning. Palpationsömhet över andra och tredje revbensbrosket vänster som reproducerar den smärta han sökte för."),
        ("Sociala förhållanden", "Gift, två vuxna barn. Arbetar som lastbilschaufför med tunga lyft, återgår i arbete efter helgen. Motionerar sällan men är intresserad av att börja promenera regelbundet."),
        ("Läkemedel vid utskrivning", "Enalapril 10 mg x 1, Atorvastatin 40 mg x 1 till kvällen, Alvedon 1 g vid behov mot bröstkorgsvärken. Nitroglycerin utsatt då hjärtorsak inte påvisats. Receptförskrivning gjord i Pascal och läkemedelslistan uppdaterad."),
        ("Läkemedelsförändringar", "Atorvastatin 40 mg insatt för LDL-sänkning. Enalapril oförändrat."),
        ("Information", "Patienten har informerats om samtliga provsvar och om att hjärtinfarkt och kranskärlssjukdom med betydande förträngning inte påvisats. Erbjuden rökavvänjning via vårdcentralen, vilket han tackade ja till."),
        ("Uppföljning", "Ny lipidkontroll på vårdcentralen om tre månader med målvärde LDL under 2,6. Ingen planerad uppföljning på kardiologen. Ska söka akut vid ny bröstsmärta i vila eller smärta som inte släpper inom 15 minuter. Kopia av epikrisen skickas till Vårdcentralen Linero, som tar över uppföljningen av blodfetter, blodtryck och rökavvänjning."),
    ])], [], ["NL102", "NL101"],
    "long discharge summary where the admission question (infarct) is ruled out and told")

C("epikris-leverpaverkan-oklar-etiologi", "vgr", "19430914-3164", [
    N("n1", M, "Epikris", "kungalv_med", ("Sofie Ljung", "läkare"), "2024-08-30 13:15", None, "slutenvård", [
        ("Förlopp", "Inlagd för trötthet och ALAT 9,4. Hepatitserologier negativa, UL lever utan gallvägsdilatation eller fokala förändringar."),
        ("Sammanfattning", "Vid utskrivning oklar etiologi till leverpåverkan, ev. läkemedelsutlöst hepatit efter nyinsatt amoxicillin-klavulansyra, DD autoimmun hepatit. ALAT sjunkande, 4,1 vid utskrivning."),
        ("Uppföljning", "Autoantikroppar och IgG skickade, svar efter utskrivningen. Ny leverstatus om en vecka på medicinmottagningen."),
    ])], ["NL102"], ["NL101"],
    "discharge note that leaves the aetiology open with 'ev.' and a DD while results are pending")

C("epikris-pyelonefrit-odlingar-vantas", "skane", "19950526-9507", [
    N("n1", M, "Epikris", "trell_med", ("Axel Grahn", "läkare"), "2024-07-15 12:00", 40, "slutenvård", [
        ("Förlopp", "Inlagd två dygn för pyelonefrit höger med hög feber. Urinodling: E. coli känslig för ciprofloxacin. Snabb förbättring på Cefotaxim, byte till peroral ciprofloxacin i dag."),
        ("Diagnos", "Akut pyelonefrit."),
        ("Uppföljning", "Svar på blododlingar var ännu inte klart vid utskrivningen. Avdelningen ringer patienten om de blir positiva, annars ingen kontakt."),
    ])], [], ["NL102", "NL101"],
    "a pending blood culture at discharge is not a hedged diagnosis; the diagnosis is settled")

C("epikris-pneumoni-virus-eller-bakteriell", "vgr", "19660215-6819", [
    N("n1", M, "Epikris", "skas_med", ("Marcus Wiklund", "läkare"), "2024-01-17 14:40", 55, "slutenvård", [
        ("Förlopp", "57-årig man inlagd med feber och hosta. Influensa A-PCR positiv. Rtg pulm med fläckiga infiltrat bilateralt."),
        ("Bedömning", "Influensa A med möjlig bakteriell pneumoni, därför även Doktacillin utöver Tamiflu."),
        ("Uppföljning", "Kontrollröntgen om sex veckor på remiss från vårdcentralen."),
    ])], ["NL102"], ["NL101"],
    "one confirmed diagnosis (influensa A) and one hedged ('möjlig bakteriell pneumoni') in a visible discharge note")

# ---------------------------------------------------------------------------
# E. Normal results, results told, hedges that are not about a diagnosis
# ---------------------------------------------------------------------------

C("tel-ssk-normala-prover-meddelade", "vgr", "19830618-6746", [
    N("n1", M, "Telefonanteckning", "als_medmott", ("Birgitta Ohlsson", "sjuksköterska"), "2024-02-13 10:10", 5, "öppenvård", [
        ("Kontaktorsak", "Ringer om svaren på blodproverna från förra veckan."),
        ("Åtgärd", "Meddelat enligt läkarens ordination att samtliga prover är normala, inklusive TSH, B12 och järnstatus. Ingen ny kontroll behövs."),
    ])], [], ["NL101", "NL102"],
    "nurse tells the patient that all results are normal: nothing to hide, no diagnosis")

C("mammografi-utan-malignitetsmisstanke", "skane", "19480427-3243", [
    N("n1", M, "Provsvarsanteckning", "hbg_brost", ("Kerstin Malm", "läkare"), "2024-05-14 13:00", 15, "öppenvård", [
        ("Mammografi", "Kontroll fem år efter behandlad bröstcancer höger. Inga malignitetsmisstänkta förändringar bilateralt."),
        ("Åtgärd", "Normalt svar skickat per brev. Avslutas från bröstmottagningen enligt uppföljningsprogrammet."),
    ])], [], ["NL102", "NL101"],
    "normal mammography ('Inga malignitetsmisstänkta förändringar') in a past-cancer follow-up")

C("ukg-normalt-blasljud-ofarligt", "vgr", "19670621-5891", [
    N("n1", M, "Läkaranteckning", "su_hjart", ("Tobias Klang", "läkare"), "2024-03-04 15:35", 30, "öppenvård", [
        ("Aktuellt", "Remitterad för blåsljud upptäckt vid hälsokontroll."),
        ("UKG", "Normal vänsterkammarfunktion, EF 62 %. Inga klaffel, normala dimensioner."),
        ("Bedömning", "Flödesblåsljud utan strukturell hjärtsjukdom. Patienten har fått svaret på plats och avslutas."),
    ])], [], ["NL102", "NL101"],
    "normal echocardiography told on the spot")

C("trol-hemgang-imorgon-om-hb-stabilt", "skane", "19371104-6346", [
    N("n1", M, "Daganteckning", "hlm_orto", ("Viveka Ahlström", "läkare"), "2024-04-02 12:25", 20, "slutenvård", [
        ("Aktuellt", "Dag 3 efter halvprotes för dislocerad collumfraktur höger. Mobiliserad med rollator."),
        ("Lab", "Hb 98, i går 101."),
        ("Planering", "Trol. hemgång i morgon om Hb stabilt. Fortsatt Fragmin 28 dagar."),
    ])], [], ["NL102", "NL101"],
    "'Trol.' about discharge timing, the fracture itself is established")

C("ev-kompletterande-mr-om-tre-manader", "vgr", "19881007-5013", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Caroline Hult", "läkare"), "2024-09-26 10:40", 35, "öppenvård", [
        ("Aktuellt", "Återkommande pulserande halvsidig huvudvärk med illamående, tre attacker i månaden."),
        ("Undersökningar", "MR hjärna utan anmärkning."),
        ("Bedömning", "Migrän utan aura. Sumatriptan vid attack. Ev. kompletterande MR om tre månader om mönstret ändras."),
    ])], [], ["NL102", "NL101"],
    "'Ev.' hedges a future examination, the diagnosis is firm and the MRI normal")

C("fragetecken-eliquis-infor-op", "skane", "19690613-2490", [
    N("n1", M, "Inskrivningsanteckning", "malmo_kir", ("Emil Sjögren", "läkare"), "2024-10-30 16:50", 25, "slutenvård", [
        ("Aktuellt", "Inkommer för planerad högersidig hemikolektomi för verifierad coloncancer."),
        ("Läkemedel", "Eliquis 5 mg x 2 för förmaksflimmer, senaste dos i morse. ? om kvällsdosen ska ges – stäms av med narkosläkaren."),
        ("Planering", "Op i morgon. Tarmförberedelse enligt PM."),
    ])], [], ["NL102"],
    "a question mark about a drug dose, not about a diagnosis")

C("oklart-om-fastande-glukos", "vgr", "19340213-9905", [
    N("n1", M, "Daganteckning", "su_ger", ("Anneli Strand", "läkare"), "2024-06-11 09:55", 15, "slutenvård", [
        ("Lab", "P-glukos 7,4. Oklart om patienten var fastande vid provtagningen, värdet tolkas därför med försiktighet."),
        ("Planering", "Nytt fasteglukos i morgon och HbA1c."),
    ])], [], ["NL102", "NL101"],
    "uncertainty about the sampling conditions, with no diagnosis named")

C("bifynd-lungnodul-kontroll-informerad", "vgr", "19420116-6008", [
    N("n1", M, "Läkaranteckning", "su_lungavd", ("Johanna Viklund", "läkare"), "2024-07-23 13:50", 40, "slutenvård", [
        ("DT thorax", "Ingen lungemboli. Bifynd: 6 mm solid nodulus i höger överlob."),
        ("Bedömning", "Dyspné vid KOL-exacerbation. Nodulus följs med kontroll-DT om tolv månader enligt Fleischner, remiss skickad. Har förklarat detta för patienten som förstår upplägget."),
    ])], [], ["NL101", "NL102"],
    "incidental nodule with follow-up plan, explained to the patient")

C("pat-orolig-for-cancer-ingen-cancer", "skane", "19510708-6240", [
    N("n1", M, "Läkaranteckning", "lund_gastro", ("Mattias Roth", "läkare"), "2024-09-03 14:05", 30, "öppenvård", [
        ("Aktuellt", "Orolig för att det är cancer eftersom hennes syster dog i magsäckscancer."),
        ("Gastroskopi", "Normal slemhinna i esofagus, ventrikel och duodenum. PAD: lätt kronisk gastrit, Helicobacter negativ."),
        ("Bedömning", "Dyspepsi. Har lugnat patienten med att undersökningen inte visar någon cancer."),
    ])], [], ["NL102", "NL101"],
    "the patient's own worry about cancer, answered by a normal result")

C("strep-a-positiv-tonsillit", "vgr", "19930619-3518", [
    N("n1", M, "Akutanteckning", "sas_akut", ("Robin Ekman", "läkare"), "2024-02-02 20:20", 10, "akutmottagning", [
        ("Aktuellt", "Halsont och feber, svårt att svälja."),
        ("Lab", "Strep A positiv. CRP 87."),
        ("Bedömning", "Streptokocktonsillit. Inget som talar för peritonsillit. Kåvepenin 1 g x 3 i tio dagar."),
    ])], [], ["NL102", "NL101"],
    "a positive rapid test makes the diagnosis; a complication is negated")

C("covid-pcr-negativ-svar-klart", "skane", "19411128-3703", [
    N("n1", M, "Omvårdnadsanteckning", "landskr_med", ("Malin Törnqvist", "sjuksköterska"), "2024-12-18 07:30", 10, "slutenvård", [
        ("Provsvar", "PCR för covid-19, influensa och RS negativ."),
        ("Omvårdnad", "Isolering hävd efter samråd med jourhavande läkare. Patienten flyttad till fyrsal och informerad om svaret."),
    ])], [], ["NL102", "NL101"],
    "negative PCR answer recorded by a nurse: ruled out")

C("sjukgymnast-ny-rtg-fragetecken", "vgr", "19461113-3648", [
    N("n1", M, "Fysioterapeutanteckning", "nal_orto", ("Tommy Grip", "fysioterapeut"), "2024-03-21 11:30", 20, "slutenvård", [
        ("Aktuellt", "Dag 2 efter fixation av fotledsfraktur. Gångträning med kryckkäppar, avlastning enligt ordination."),
        ("Bedömning", "Svullnaden större i dag och mer smärta vid belastning än väntat. Ny rtg? Läkare kontaktad och tittar på foten under eftermiddagen."),
    ])], [], ["NL102", "NL101"],
    "physiotherapist asks whether a new X-ray is needed: a question about an examination")

# ---------------------------------------------------------------------------
# F. Family history, past history and negation near misses
# ---------------------------------------------------------------------------

C("hereditet-mor-trol-brostcancer", "skane", "19910307-8508", [
    N("n1", M, "Läkaranteckning", "hbg_brost", ("Agneta Lund", "läkare"), "2024-01-25 09:15", 40, "öppenvård", [
        ("Hereditet", "Mor trol. bröstcancer i 50-årsåldern, oklart vilken typ, mormor död i ”någon kvinnosjukdom”."),
        ("Aktuellt", "Känt en knöl i höger bröst sedan två veckor."),
        ("Undersökningar", "Mammografi och UL: 11 mm välavgränsad, oval förändring. Mellannålsbiopsi: fibroadenom."),
        ("Bedömning", "Fibroadenom, besked lämnat vid besöket. Remiss till onkogenetisk mottagning för bedömning av ärftligheten."),
    ])], [], ["NL102", "NL101"],
    "the hedge is in the mother's history; the patient's own diagnosis is confirmed and told")

C("bror-utreds-misstankt-als-enmg-normal", "vgr", "19620503-6871", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Fatima Yilmaz", "läkare"), "2024-05-07 13:20", 45, "öppenvård", [
        ("Hereditet", "Bror 58 år utreds för misstänkt ALS på annat sjukhus."),
        ("Aktuellt", "Orolig efter broderns besked, har märkt muskelryckningar i vaderna."),
        ("Undersökningar", "ENMG: normala fynd, inga tecken på denervation."),
        ("Bedömning", "Benigna fascikulationer. Svaret har gåtts igenom med patienten, ingen uppföljning här."),
    ])], [], ["NL102", "NL101"],
    "suspected ALS in a brother's history, the patient's ENMG is normal")

C("tidigare-misstankt-sarkoidos-avskriven", "skane", "19520807-3667", [
    N("n1", M, "Läkaranteckning", "lund_lung", ("Göran Holmqvist", "läkare"), "2024-10-08 10:00", 35, "öppenvård", [
        ("Tidigare sjukdomar", "Utreddes 2019 för misstänkt sarkoidos, avskrevs efter normal bronkoskopi. Astma sedan barndomen."),
        ("Aktuellt", "Försämrad astma under hösten."),
        ("Spirometri", "FEV1 2,1 L med reversibilitet 15 % efter bronkdilatation."),
        ("Bedömning", "Astma med otillräcklig kontroll. Symbicort höjs till två inhalationer morgon och kväll."),
    ])], [], ["NL102", "NL101"],
    "a hedged diagnosis from 2019 that was dismissed, written as past history")

C("koloskopi-ingen-misstanke-malignitet", "vgr", "19710527-8290", [
    N("n1", M, "Endoskopianteckning", "nu_kir", ("Hans Ryd", "läkare"), "2024-11-12 11:20", 20, "öppenvård", [
        ("Indikation", "Positivt test i screeningprogrammet för tarmcancer."),
        ("Fynd", "Komplett koloskopi till caecum. Två små hyperplastiska polyper i rektum, avlägsnade. Ingen misstanke om malignitet."),
        ("Planering", "PAD-svar skickas per brev. Ny screening enligt programmet."),
    ])], [], ["NL102", "NL101"],
    "screening colonoscopy: 'Ingen misstanke om malignitet'")

C("ul-ben-inga-tecken-pa-dvt", "skane", "19690924-2080", [
    N("n1", M, "Läkaranteckning", "krist_med", ("Pontus Eklund", "läkare"), "2024-08-15 14:40", 15, "öppenvård", [
        ("UL-doppler vänster ben", "Komprimerbara vener från ljumske till knävecket och i underbenet. Inga tecken på DVT."),
        ("Bedömning", "Vadsmärta efter löprunda, muskulär genes. Fragmin sätts ut."),
    ])], [], ["NL102", "NL101"],
    "the ultrasound answer is negated ('Inga tecken på DVT')")

C("dt-appendicit-uteslutes", "vgr", "20011020-7040", [
    N("n1", M, "Akutanteckning", "su_akut", ("Ebba Forsberg", "läkare"), "2024-03-29 03:45", None, "akutmottagning", [
        ("DT buk", "Normal appendix. Ingen fri vätska. Ovarier ua."),
        ("Bedömning", "Appendicit uteslutes. Buksmärtan bedöms som ospecifik, går hem med råd om att söka igen vid försämring."),
    ])], [], ["NL102", "NL101"],
    "'Appendicit uteslutes' after CT")

C("dt-talar-emot-lungemboli", "skane", "19431204-6230", [
    N("n1", M, "Daganteckning", "krist_med", ("Amanda Söder", "läkare"), "2024-02-28 15:05", 20, "slutenvård", [
        ("DT lungartärer", "Inga fyllnadsdefekter i lungartärerna. Bilateral pleuravätska."),
        ("Bedömning", "Talar emot lungemboli. Pleuravätskan passar med känd hjärtsvikt, furosemid ökas."),
    ])], [], ["NL102", "NL101"],
    "'Talar emot lungemboli' is a negation, not a hedge")

C("ej-hallpunkt-for-infektion-crp-normal", "vgr", "19790326-4476", [
    N("n1", M, "Daganteckning", "skas_med", ("Nils Alm", "läkare"), "2024-10-17 08:30", 30, "slutenvård", [
        ("Lab", "CRP 4, LPK 6,1, prokalcitonin under 0,05."),
        ("Bedömning", "Ej hållpunkt för infektion. Febern var av övergående natur och antibiotika behöver inte startas."),
    ])], [], ["NL102", "NL101"],
    "'Ej hållpunkt för infektion' after normal inflammation markers")

C("dt-hjarna-inga-teckan-pa-blodning-typo", "skane", "19840210-8487", [
    N("n1", M, "Akutanteckning", "malmo_akut", ("Simon Eliasson", "läkare"), "2024-07-07 01:55", 25, "akutmottagning", [
        ("Aktuellt", "Cyklade omkull utan hjälm, kort medvetslös enligt vittne."),
        ("DT hjärna", "Inga teckan på blödning eller fraktur."),
        ("Bedömning", "Hjärnskakning. Hem med vuxen, skriftliga råd om vakningsschema."),
    ])], [], ["NL102", "NL101"],
    "typo 'teckan' in a negated CT answer; the final diagnosis is firm")

C("rtg-buk-inget-som-tydr-pa-ileus-typo", "vgr", "19860406-3373", [
    N("n1", M, "Akutanteckning", "nu_kir", ("Josefin Hägg", "läkare"), "2024-05-31 22:15", 20, "akutmottagning", [
        ("DT buk", "Inget som tydr på ileus. Gasfyllda tunntarmar utan kalibersprång."),
        ("Bedömning", "Gastroenterit. Vätska peroralt, hem i natt."),
    ])], [], ["NL102", "NL101"],
    "typo 'tydr' in a negated finding ('Inget som tyder på ileus')")

C("fyndet-forenligt-med-inte-talar-for-malignitet", "skane", "19670610-7742", [
    N("n1", M, "Provsvarsanteckning", "lund_hud", ("Ellinor Bask", "läkare"), "2024-12-03 09:05", 10, "öppenvård", [
        ("PAD", "Seborroisk keratos. Inga atypiska celler, inget som talar för malignitet."),
        ("Åtgärd", "Svar meddelat patienten via 1177 inkorg. Avslutas."),
    ])], [], ["NL102", "NL101"],
    "benign pathology with negated malignancy, told through the 1177 inbox")

# ---------------------------------------------------------------------------
# G. PMO (Skåne primary care): diagnoses are never shown, hedges do not fire
# ---------------------------------------------------------------------------

C("pmo-vc-trol-diabetes-nytt-prov", "skane", "19640618-9636", [
    N("n1", P, "Besöksanteckning", "vc_eslov", ("Leila Mansour", "läkare"), "2024-04-18 10:30", None, "öppenvård", [
        ("Aktuellt", "Kontroll av prover från hälsoundersökningen."),
        ("Provsvar", "HbA1c 52, fP-glukos 7,6. Lipider: LDL 3,8."),
        ("Bedömning", "Trol. diabetes typ 2. Nytt HbA1c om två veckor för att bekräfta innan behandling."),
    ])], [], ["NL102"],
    "PMO: a hedged diabetes diagnosis with a confirming test pending does not fire NL102")

C("pmo-hemsjukvard-misstankt-uvi-urinsticka", "skane", "19310627-3703", [
    N("n1", P, "Omvårdnadsanteckning", "hsv_hoor", ("Therese Nord", "sjuksköterska"), "2024-09-12 13:40", 15, "hemsjukvård", [
        ("Aktuellt", "Mer förvirrad sedan i går enligt hemtjänsten, luktande urin."),
        ("Provsvar", "Urinsticka: nitrit positiv, leukocyter 3+."),
        ("Åtgärd", "Misstänkt UVI. Kontakt med jourläkare på vårdcentralen, urinodling tas i morgon bitti."),
    ])], [], ["NL102"],
    "PMO home care nurse: 'Misstänkt UVI' after a dipstick result is not shown as a diagnosis")

C("pmo-vc-epikris-misstankt-lungcancer-inkommen", "skane", "19481017-3916", [
    N("n1", P, "Journalanteckning", "vc_malmo", ("Peter Hagström", "läkare"), "2024-06-24 16:10", 20, "öppenvård", [
        ("Inkommande handling", "Epikris från lungkliniken: inlagd för hemoptys, DT med 4 cm tumör vänster hilus, misstänkt lungcancer. Bronkoskopi planerad på lungmottagningen."),
        ("Planering", "Noterat. Ingen åtgärd från vårdcentralen i nuläget, lungkliniken håller i utredningen."),
    ])], [], ["NL102"],
    "PMO: a hedged cancer diagnosis summarised from a hospital discharge note")

C("pmo-bvc-ev-jarnbrist-hb", "skane", "20190227-3703", [
    N("n1", P, "Besöksanteckning", "bvc_kavl", ("Sanna Blom", "sjuksköterska"), "2024-03-15 09:00", 30, "öppenvård", [
        ("Aktuellt", "5-årsbesök. Mamma tycker att flickan är blek och trött."),
        ("Provsvar", "Kapillärt Hb 102."),
        ("Bedömning", "Ev. järnbristanemi, remiss till vårdcentralens läkare för blodprover."),
    ])], [], ["NL102"],
    "PMO child health nurse: 'Ev. järnbristanemi' after a low Hb")

C("pmo-vc-provsvar-trolig-hypotyreos-ej-meddelad", "skane", "19681207-3481", [
    N("n1", P, "Journalanteckning", "vc_ystad", ("Karl-Johan Berg", "läkare"), "2024-11-07 15:30", 10, "öppenvård", [
        ("Provsvar", "TSH 9,8, fritt T4 10. TPO-antikroppar positiva."),
        ("Bedömning", "Trolig hypotyreos. Pat ej informerad om svaren ännu, sköterska ringer i morgon och bokar läkartid."),
    ])], [], ["NL102"],
    "PMO: hedged diagnosis and 'ej informerad'; only NL102 is asserted (silent) on PMO")

# ---------------------------------------------------------------------------
# H. Tidiga hypoteser (Skåne: template, VGR: sökord)
# ---------------------------------------------------------------------------

C("th-skane-lynch-misstanke-mmr-defekt", "skane", "19640218-9747", [
    N("n1", M, "Tidiga hypoteser", "ystad_kirmott", ("Per-Olof Nilsson", "läkare"), "2024-05-03 14:10", 20, "öppenvård", [
        ("Tidiga hypoteser", "PAD från hemikolektomin visar förlust av MLH1 och PMS2 i tumören. Misstanke om Lynchsyndrom, men kan också vara sporadisk metylering. BRAF-analys begärd. Frågan om ärftlighet har inte tagits upp med patienten ännu."),
    ])], [], ["NL102", "NL101", "NL104"],
    "Skåne Tidiga hypoteser template holding a genuine hypothesis raised by a pathology result")

C("th-vgr-misstankt-myelom-sokord", "vgr", "19490215-9393", [
    N("n1", M, "Läkaranteckning", "skas_med", ("Irene Lagerlöf", "läkare"), "2024-02-08 11:50", 45, "slutenvård", [
        ("Aktuellt", "74-årig man inlagd med ryggsmärta och trötthet."),
        ("Lab", "Hb 96, kalcium 2,78, kreatinin 148."),
        ("Planering", "Skelettröntgen, elfores och fria lätta kedjor beställda. Smärtlindring med paracetamol och Oxynorm."),
        ("Tidiga hypoteser", "Misstänkt myelom med tanke på anemi, hyperkalcemi och njurpåverkan. Avvaktar svar innan frågan tas upp med patienten."),
    ])], [], ["NL102", "NL101", "NL104"],
    "VGR: the hypothesis sits under the sökord Tidiga hypoteser, visible sections hold only results and plan")

C("th-skane-bara-labvarden-ingen-hypotes", "skane", "19670814-4784", [
    N("n1", M, "Tidiga hypoteser", "landskr_med", ("Mats Rönn", "läkare"), "2024-07-18 16:20", None, "slutenvård", [
        ("Tidiga hypoteser", "Hb 128, CRP 12, krea 77. Återbesök på medicinmottagningen om tre veckor med nya prover."),
    ])], ["NL104"], ["NL102"],
    "Tidiga hypoteser template used for ordinary lab values and a follow-up plan, no hypothesis")

C("th-skane-kolangiokarcinom-verifierat-och-meddelat", "skane", "19341106-6230", [
    N("n1", M, "Tidiga hypoteser", "malmo_kir", ("Elsa Brandt", "läkare"), "2024-04-12 13:00", 15, "slutenvård", [
        ("Tidiga hypoteser", "Kolangiokarcinom verifierat med PAD från ERCP-borstning 2/4. Patienten och hustrun informerade vid samtal 5/4, palliativ inriktning överenskommen."),
    ])], ["NL104"], ["NL102"],
    "Tidiga hypoteser holding a diagnosis that is both settled by PAD and already told")

C("th-vgr-oro-for-provsvar-ingen-hypotes", "vgr", "19371114-3606", [
    N("n1", M, "Telefonanteckning", "lidk_med", ("Sven Ågren", "sjuksköterska"), "2024-03-11 10:25", 10, "öppenvård", [
        ("Kontaktorsak", "Patienten ringer för tredje gången i veckan och frågar efter svaret på sina blodprover."),
        ("Åtgärd", "Proverna är inte analyserade ännu, ny kontakt i morgon."),
        ("Tidiga hypoteser", "Patienten verkar mycket stressad över väntan och ringer ofta."),
    ])], ["NL104"], ["NL102", "NL101"],
    "VGR Tidiga hypoteser sökord used for an observation of stress, no diagnostic hypothesis")

C("th-vgr-typ1-diabetes-faststalld-och-meddelad", "vgr", "20051119-7840", [
    N("n1", M, "Läkaranteckning", "su_endo", ("Linnea Falk", "läkare"), "2024-10-24 15:15", None, "öppenvård", [
        ("Aktuellt", "Uppföljning efter nydebuterad diabetes, startat insulin i förra veckan."),
        ("Planering", "Diabetessköterska följer upp glukosprofilen. Nytt besök om fyra veckor."),
        ("Tidiga hypoteser", "Typ 1-diabetes fastställd med positiva GAD-antikroppar och lågt C-peptid. Patienten informerad och insulinskolan påbörjad."),
    ])], ["NL104"], ["NL102"],
    "VGR Tidiga hypoteser sökord with a settled and communicated diagnosis")

C("th-skane-misstankt-frontotemporal-demens", "skane", "19480907-8035", [
    N("n1", M, "Tidiga hypoteser", "malmo_ger", ("Hedvig Lantz", "läkare"), "2024-06-05 14:35", 25, "öppenvård", [
        ("Tidiga hypoteser", "MR hjärna visar frontal och temporal atrofi, mer uttalad än åldersadekvat. Tillsammans med hustruns beskrivning av personlighetsförändring väcks misstanke om frontotemporal demens. Neuropsykologisk testning och lumbalpunktion planeras innan detta diskuteras med patienten."),
    ])], [], ["NL102", "NL101", "NL104"],
    "Skåne Tidiga hypoteser template: a neuroradiology result raises a hypothesis not yet discussed")

C("th-vgr-pad-klar-ej-informerad-dold", "vgr", "19330310-6276", [
    N("n1", M, "Provsvarsanteckning", "su_uro", ("Sebastian Krantz", "läkare"), "2024-08-28 12:05", 15, "öppenvård", [
        ("Planering", "TUR-B utförd, svar inkommet. Patienten kallas till läkarbesök på onsdag."),
        ("Tidiga hypoteser", "PAD: muskelinvasiv urotelial cancer, pT2. Ej informerad ännu, besked ges vid besöket tillsammans med dottern."),
    ])], [], ["NL101", "NL102"],
    "VGR: the uncommunicated cancer result is under the Tidiga hypoteser sökord, not in a visible section")

# ---------------------------------------------------------------------------
# I. Told or not told: NL101 and its near misses
# ---------------------------------------------------------------------------

C("nl101-pat-informerad-vill-inte-att-barnen-vet", "skane", "19470823-9001", [
    N("n1", M, "Läkaranteckning", "lund_onk", ("Rikard Sand", "läkare"), "2024-02-15 13:30", 40, "öppenvård", [
        ("Provsvar", "DT thorax och buk: nytillkomna levermetastaser, i övrigt stationärt."),
        ("Information", "Patienten informerad om progressen vid dagens besök. Hon vill inte att barnen informeras ännu och ber oss inte nämna det om de ringer."),
        ("Planering", "Byte till andra linjens cytostatika, start nästa vecka."),
    ])], [], ["NL101", "NL102"],
    "the patient was told; only her children are not to be informed")

C("nl101-ska-ej-informeras-forran-onkolog", "vgr", "19360704-6384", [
    N("n1", M, "Daganteckning", "nu_med", ("Moa Engström", "läkare"), "2024-04-04 15:50", None, "slutenvård", [
        ("DT buk", "Multipla levermetastaser, primärtumör i pankreassvansen."),
        ("Bedömning", "Metastaserad pankreascancer. Patienten ska inte informeras förrän onkologen kan vara med vid samtalet på fredag, enligt önskemål från dottern och efter samråd med överläkaren."),
    ])], ["NL101"], ["NL102"],
    "'ska inte informeras förrän' with the cancer diagnosis in a visible section")

C("nl101-normala-svar-ej-meddelade-annu", "skane", "19300322-6275", [
    N("n1", M, "Provsvarsanteckning", "malmo_ger", ("Lisa Dahlström", "läkare"), "2024-09-05 11:10", 10, "öppenvård", [
        ("Provsvar", "Demensprover: B12, folat, TSH, kalcium och blodstatus normala. DT hjärna med åldersadekvat bild."),
        ("Planering", "Patienten är ännu inte informerad om provsvaren, som samtliga är normala. Besked ges vid det planerade besöket med arbetsterapeut."),
    ])], [], ["NL101", "NL102"],
    "not yet told, but the results are all normal and no diagnosis is written")

C("nl101-informerad-om-diagnos-ej-om-tid", "vgr", "19390628-7838", [
    N("n1", M, "Daganteckning", "kungalv_med", ("Alexander Pihl", "läkare"), "2024-01-11 14:20", 30, "slutenvård", [
        ("UKG", "Nedsatt vänsterkammarfunktion, EF 30 %, global hypokinesi."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion. Patienten informerad om diagnosen vid ronden och fått skriftlig information. Ännu ej informerad om tid för kontroll-UKG, kallelse skickas hem."),
    ])], [], ["NL101", "NL102"],
    "'ej informerad' about an appointment, the diagnosis itself has been told")

C("nl101-ej-infomerad-typo-melanom", "vgr", "19660627-8114", [
    N("n1", M, "Provsvarsanteckning", "su_onk", ("Kristina Dahl", "läkare"), "2024-05-20 16:30", 15, "öppenvård", [
        ("PAD", "Malignt melanom, ytligt spridande, Breslow 1,4 mm, ej ulcererat."),
        ("Planering", "Pat ej infomerad om PAD-svaret ännu. Kallas till besök för information och planering av utvidgad excision och portvaktskörtel."),
    ])], ["NL101"], ["NL102"],
    "typo 'infomerad': melanoma written before the patient has been told")

C("nl101-misstanke-lymfom-ej-informerad-om-misstanken", "skane", "19620919-3066", [
    N("n1", M, "Daganteckning", "lund_hem", ("Andreas Hallin", "läkare"), "2024-06-27 13:45", 25, "slutenvård", [
        ("DT hals-thorax-buk", "Generaliserad lymfadenopati och splenomegali 16 cm."),
        ("Bedömning", "Misstänkt lymfom. Patienten är inte informerad om misstanken, hon har bara fått veta att lymfkörtlarna ska undersökas vidare. Körtelbiopsi bokad."),
    ])], ["NL101", "NL102"], [],
    "a suspected lymphoma written visibly while the text says she has not been told of the suspicion")

C("nl101-fick-besked-i-dag-tillsammans-med-maken", "vgr", "19710722-6362", [
    N("n1", M, "Läkaranteckning", "su_onk", ("Gustav Melin", "läkare"), "2024-07-10 10:30", 60, "öppenvård", [
        ("PAD", "Höggradig serös ovarialcancer, bilateral."),
        ("Information", "Fick besked i dag tillsammans med maken. Hon ställde många frågor om prognos och behandling. Kontaktsjuksköterska kontaktas efter besöket."),
        ("Planering", "Neoadjuvant cytostatika, start om två veckor."),
    ])], [], ["NL101", "NL102"],
    "ovarian cancer result given to the patient at today's visit")

C("nl101-information-planerad-men-ej-given-brev", "skane", "19771120-3385", [
    N("n1", M, "Provsvarsanteckning", "hbg_gyn", ("Frida Larsson", "läkare"), "2024-11-19 08:20", 10, "öppenvård", [
        ("PAD", "Endometriebiopsi: endometrioid adenocarcinom grad 1."),
        ("Planering", "Besked har ännu inte lämnats. Brev ska inte skickas, patienten ringer själv in på torsdag för tid och informeras då per telefon av ansvarig läkare."),
    ])], ["NL101"], ["NL102"],
    "endometrial cancer written visibly with 'Besked har ännu inte lämnats'")

# ---------------------------------------------------------------------------
# J. Other authors and styles: psychologist, physiotherapist, dietitian,
#    eponyms, Latin, lay words, long notes
# ---------------------------------------------------------------------------

C("psykolog-neuropsyk-mojlig-tidig-alzheimer", "skane", "19490123-5699", [
    N("n1", M, "Psykologanteckning", "malmo_ger", ("Tove Åkesson", "psykolog"), "2024-03-20 15:00", 120, "öppenvård", [
        ("Resultat", "RBANS: nedsatt fördröjt minne (index 68) och verbal inlärning, i övrigt resultat inom normalvariationen. Trail Making B långsamt men felfritt."),
        ("Bedömning", "Testprofilen är förenlig med lindrig kognitiv störning med tyngdpunkt på episodiskt minne, möjlig tidig Alzheimers sjukdom. Resultatet diskuteras på teamkonferens innan återkoppling."),
    ])], ["NL102"], [],
    "psychologist's test results ending in 'möjlig tidig Alzheimers sjukdom'")

C("fysioterapeut-akut-misstankt-halseneruptur", "vgr", "19940913-6471", [
    N("n1", M, "Fysioterapeutanteckning", "nal_akut", ("Jonna Wallgren", "fysioterapeut"), "2024-08-17 12:10", 15, "akutmottagning", [
        ("Aktuellt", "Kände en smäll i vänster vad vid padel, haltar."),
        ("Undersökning", "Palpabel grop 4 cm ovan hälbenet. Thompsons test positivt."),
        ("Bedömning", "Misstänkt hälseneruptur. Ortopedjouren kontaktad för vidare handläggning, UL bokat."),
    ])], ["NL102"], ["NL101"],
    "physiotherapist's triage note with a suspected tendon rupture in the ED")

C("dietist-celiaki-verifierad-glutenfri-kost", "skane", "20000319-7688", [
    N("n1", M, "Dietistanteckning", "lund_gastro", ("Amanda Persson", "dietist"), "2024-05-08 13:30", 30, "öppenvård", [
        ("Bakgrund", "Celiaki verifierad med tunntarmsbiopsi i april, transglutaminasantikroppar 98."),
        ("Åtgärd", "Genomgång av glutenfri kost, dolda källor och märkning. Broschyr och recepttips utlämnade."),
        ("Planering", "Ny kontakt om tre månader i samband med kontroll av antikroppar."),
    ])], [], ["NL102", "NL101"],
    "dietitian's note on a biopsy-verified diagnosis: no hedge")

C("susp-morbus-crohn-kalprotektin", "skane", "19970124-9220", [
    N("n1", M, "Läkaranteckning", "lund_gastro", ("Viktor Boman", "läkare"), "2024-02-22 10:50", None, "öppenvård", [
        ("Aktuellt", "Diarréer 4–6 ggr/d sedan tre mån, viktnedgång 4 kg, perianal fistel."),
        ("Lab", "F-kalprotektin 820. CRP 24. Hb 118."),
        ("Bedömning", "Susp. morbus Crohn. Ileokoloskopi och MR tunntarm bokade."),
    ])], ["NL102"], ["NL101"],
    "Latin eponym with the abbreviation 'Susp.' after a faecal calprotectin result")

C("morbus-basedow-verifierad-trak", "vgr", "19860212-6826", [
    N("n1", M, "Läkaranteckning", "su_endo", ("Ida Carlsson", "läkare"), "2024-01-31 09:20", 35, "öppenvård", [
        ("Lab", "TSH under 0,01, fritt T4 48, TRAK 12."),
        ("Bedömning", "Morbus Basedow, verifierad med positiva TRAK. Tiamazol 20 mg dagligen, kontroll om fyra veckor. Patienten har fått information om behandlingsalternativen."),
    ])], [], ["NL102", "NL101"],
    "eponym diagnosis verified by an antibody result")

C("erysipelas-cruris-ingen-abscess", "skane", "19680923-3445", [
    N("n1", M, "Akutanteckning", "hbg_akut", ("Niklas Ström", "läkare"), "2024-07-19 17:40", 20, "akutmottagning", [
        ("Status", "Rodnad, värmeökning och svullnad vänster underben med skarp gräns. Temp 38,4."),
        ("UL mjukdelar", "Ödem i subcutis, ingen abscess."),
        ("Bedömning", "Erysipelas cruris sin. Kåvepenin 1,6 g x 3 i tio dagar."),
    ])], [], ["NL102", "NL101"],
    "Latin diagnosis, firm, after an ultrasound without abscess")

C("gbs-fragetecken-lp-enmg-planerad", "vgr", "19781019-6936", [
    N("n1", M, "Inskrivningsanteckning", "su_neuro", ("Petra Norén", "läkare"), "2024-11-21 18:30", None, "slutenvård", [
        ("Aktuellt", "Tilltagande svaghet i benen sedan fem dagar, nu svårt att resa sig. Magsjuk för två veckor sedan."),
        ("Status", "Symmetrisk pares proximalt i benen, arefleksi."),
        ("Bedömning", "GBS? LP och ENMG planeras i morgon. Vitalkapacitet mäts var fjärde timme."),
    ])], ["NL102"], ["NL101"],
    "eponym abbreviation with a question mark, LP and ENMG planned")

C("lekmannasprak-kan-vara-en-propp-i-lungan", "skane", "19790520-7648", [
    N("n1", M, "Akutanteckning", "malmo_akut", ("Sara Hedin", "läkare"), "2024-10-03 21:10", 25, "akutmottagning", [
        ("Aktuellt", "Andfådd sedan i förmiddags, ont i bröstet när hon andas in. Opererades i knät för två veckor sedan."),
        ("Bedömning", "Det kan vara en propp i lungan. Röntgen av lungkärlen i kväll och blodförtunnande tills svaret kommit."),
    ])], ["NL102"], ["NL101"],
    "plain-language hedge ('kan vara en propp i lungan') in a visible note")

C("barn-trolig-uvi-odling-vantas", "skane", "20150921-3649", [
    N("n1", M, "Akutanteckning", "hbg_barn", ("Johanna Lif", "läkare"), "2024-06-18 16:00", 30, "akutmottagning", [
        ("Aktuellt", "8-årig flicka med feber i två dagar och ont i magen. Kissar ofta."),
        ("Lab", "U-sticka: leukocyter 2+, nitrit positiv. CRP 56."),
        ("Bedömning", "Trolig UVI, odling skickad. Ceftibuten enligt PM, mamma ringer om svaret efter tre dagar."),
    ])], ["NL102"], ["NL101"],
    "child under 13: a probable UTI while the culture is out, visible to the guardians")

C("prediabetes-fragetecken-hba1c-44", "vgr", "19610627-7418", [
    N("n1", M, "Läkaranteckning", "als_medmott", ("Kent Axelsson", "läkare"), "2024-05-15 14:45", 30, "öppenvård", [
        ("Lab", "HbA1c 44, fP-glukos 6,6."),
        ("Bedömning", "Prediabetes? Kost- och motionsråd, nytt HbA1c om sex månader."),
    ])], ["NL102"], ["NL101"],
    "a borderline result turned into a diagnosis with a question mark")

C("smarta-kan-inte-uteslutas-aterkomma", "skane", "19810216-2693", [
    N("n1", M, "Utskrivningsanteckning", "ystad_kir", ("Oscar Lindell", "läkare"), "2024-09-24 11:35", 20, "slutenvård", [
        ("Förlopp", "Laparoskopisk kolecystektomi för gallstensanfall, okomplicerat förlopp."),
        ("Information", "Det kan inte uteslutas att smärtan återkommer under de första veckorna. Han ska höra av sig vid feber eller gulsot."),
    ])], [], ["NL102", "NL101"],
    "'kan inte uteslutas' about a symptom recurring, not about a diagnosis")

C("mojligen-sanka-waran-dosen", "vgr", "19360108-3193", [
    N("n1", M, "Telefonanteckning", "lidk_med", ("Maj-Britt Öhman", "sjuksköterska"), "2024-02-29 10:15", 10, "öppenvård", [
        ("Provsvar", "PK(INR) 3,4."),
        ("Åtgärd", "Möjligen kan dosen sänkas något, läkare ordinerar oförändrad dos i avvaktan på ny kontroll om en vecka. Patienten meddelad."),
    ])], [], ["NL102", "NL101"],
    "'Möjligen' about a dose change after an INR result")

C("mr-kna-misstankt-menisklesion-dd", "vgr", "19751106-3351", [
    N("n1", M, "Läkaranteckning", "nal_orto", ("Martin Sjödin", "läkare"), "2024-04-10 13:20", 45, "öppenvård", [
        ("MR höger knä", "Misstänkt horisontell menisklesion i mediala menisken bakhorn, DD degenerativ signal. Korsband intakta."),
        ("Bedömning", "Belastningsrelaterade knäbesvär. Fortsatt träning hos fysioterapeut i tre månader, ny bedömning därefter."),
    ])], ["NL102"], ["NL101"],
    "hedged radiology answer pasted under its own heading in an orthopaedic note")

C("skelettskint-sannolikt-metastas-l3", "vgr", "19750210-9916", [
    N("n1", M, "Läkaranteckning", "su_uro", ("Hampus Ek", "läkare"), "2024-12-05 15:10", 30, "öppenvård", [
        ("Skelettskintigrafi", "Ökat upptag i L3-kotkroppen, sannolikt metastas. I övrigt inga förändringar."),
        ("Planering", "Kompletterande MR ländrygg för att bekräfta, svaret avgör om behandlingen blir kurativ."),
    ])], ["NL102"], [],
    "bone scan 'sannolikt metastas' still to be confirmed")

C("trolgien-gallstensanfall-typo", "skane", "19800313-7406", [
    N("n1", M, "Akutanteckning", "malmo_akut", ("Linus Brodin", "läkare"), "2024-11-03 23:40", 30, "akutmottagning", [
        ("Aktuellt", "Kolikartad smärta under höger revbensbåge efter fet middag, nu lättare."),
        ("Lab", "Leverstatus och lipas normala."),
        ("Bedömning", "Trolgien gallstensanfall. UL gallvägar polikliniskt, hem med smärtlindring."),
    ])], ["NL102"], ["NL101"],
    "typo 'Trolgien' (troligen) hedging biliary colic while ultrasound is planned")

C("rtg-pnuemoni-fragetecken-typo", "vgr", "19300205-2011", [
    N("n1", M, "Daganteckning", "su_ger", ("Elvira Sand", "läkare"), "2024-01-04 09:35", 15, "slutenvård", [
        ("Aktuellt", "Ny feber 38,3 och ökat syrgasbehov under natten."),
        ("Planering", "Rtg pulm beställd, pnuemoni? Svar inväntas före lunch."),
    ])], ["NL102"], ["NL101"],
    "typo 'pnuemoni' followed by a question mark, X-ray answer pending")

# ---------------------------------------------------------------------------
# K. Multi-note records: the question in one note, the answer in a later one
#    (NL1 rules are note rules: each note is judged on its own text)
# ---------------------------------------------------------------------------

C("rec-le-misstankt-sedan-uteslutet", "skane", "19830310-7653", [
    N("n1", M, "Akutanteckning", "hbg_akut", ("Theo Rask", "läkare"), "2024-03-09 22:15", 30, "akutmottagning", [
        ("Aktuellt", "Andfåddhet och takykardi efter långflygning från Kanarieöarna."),
        ("Bedömning", "Misstänkt LE. DT lungartärer i morgon bitti, Innohep i kväll."),
    ]),
    N("n2", M, "Daganteckning", "hbg_akut", ("Ylva Kron", "läkare"), "2024-03-10 11:20", None, "slutenvård", [
        ("DT lungartärer", "Inga embolier. Lungparenkymet ua."),
        ("Bedömning", "Lungemboli uteslutet, Innohep sätts ut. Takykardin förklaras av feber vid övre luftvägsinfektion. Hem i dag."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "suspicion in the ED note, ruled out the next morning: the first note still fires, the second does not")

C("rec-pneumoni-fragetecken-blev-bronkit", "vgr", "19860516-8338", [
    N("n1", M, "Akutanteckning", "lidk_med", ("Pia Bergkvist", "läkare"), "2024-01-23 19:10", 25, "akutmottagning", [
        ("Status", "Temp 38,9, rassel basalt vänster."),
        ("Bedömning", "Pneumoni? Rtg pulm i kväll, svar i morgon."),
    ]),
    N("n2", M, "Telefonanteckning", "lidk_med", ("Pia Bergkvist", "läkare"), "2024-01-24 10:05", 10, "öppenvård", [
        ("Rtg pulm", "Inga infiltrat, ingen pleuravätska."),
        ("Åtgärd", "Ringt patienten: röntgen visar ingen lunginflammation. Akut bronkit, ingen antibiotika. Hon är nöjd med beskedet."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "pneumonia question answered by phone the day after: akut bronkit, no infiltrates")

C("rec-pad-ej-besked-sedan-informerad", "skane", "19660906-3646", [
    N("n1", M, "Provsvarsanteckning", "ystad_kirmott", ("Sigrid Hammar", "läkare"), "2024-02-14 16:40", 10, "öppenvård", [
        ("PAD", "Biopsi från förändring i rektum 8 cm från anus: adenocarcinom."),
        ("Planering", "Patienten är inte informerad än. Kallas till besök på fredag, MR lilla bäckenet beställd."),
    ]),
    N("n2", M, "Läkaranteckning", "ystad_kirmott", ("Sigrid Hammar", "läkare"), "2024-02-16 10:00", 60, "öppenvård", [
        ("Information", "Har i dag informerat patienten och hennes son om PAD-svaret och om utredningsgången. Hon tog beskedet sansat."),
        ("Planering", "MR och DT inom en vecka, därefter MDK. Kontaktsjuksköterska Maja Ros är kontaktperson."),
    ])], ["NL101@n1"], ["NL101@n2", "NL102@n2"],
    "PAD written before it was given (n1) and the information visit two days later (n2)")

C("rec-th-als-sedan-faststalld-och-meddelad", "skane", "19540608-7774", [
    N("n1", M, "Tidiga hypoteser", "lund_neuro", ("Olof Strand", "läkare"), "2024-04-02 15:10", 20, "öppenvård", [
        ("Tidiga hypoteser", "Fascikulationer i båda armarna och atrofi av höger hands interosseusmuskler. Misstanke om ALS, ENMG bokat. Patienten har inte informerats om misstanken."),
    ]),
    N("n2", M, "Läkaranteckning", "lund_neuro", ("Olof Strand", "läkare"), "2024-04-30 14:00", 45, "öppenvård", [
        ("ENMG", "Utbredd denervation och reinnervation i tre regioner."),
        ("Bedömning", "Amyotrofisk lateralskleros. Diagnosen meddelades patienten och hustrun vid dagens besök. Riluzol insätts, remiss till ALS-teamet."),
    ])], [], ["NL102@n1", "NL104@n1", "NL101@n1", "NL102@n2", "NL101@n2"],
    "a hypothesis kept in Tidiga hypoteser, later confirmed and told in an ordinary note: nothing breaks")

C("rec-collumfraktur-fragetecken-bekraftad", "vgr", "19360301-8866", [
    N("n1", M, "Akutanteckning", "sas_akut", ("Joel Hermansson", "läkare"), "2024-12-12 14:30", 20, "akutmottagning", [
        ("Aktuellt", "Föll i hemmet, kan inte belasta höger ben. Benet förkortat och utåtroterat."),
        ("Bedömning", "Collumfraktur? Rtg höft och bäcken beställd."),
    ]),
    N("n2", M, "Akutanteckning", "sas_akut", ("Joel Hermansson", "läkare"), "2024-12-12 15:45", 15, "akutmottagning", [
        ("Rtg höger höft", "Dislocerad collum femoris-fraktur."),
        ("Bedömning", "Collumfraktur höger, Garden IV. Anmäld för halvprotes i morgon, informerat patienten och sonen."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "hip fracture question (n1) confirmed by X-ray an hour later (n2)")

C("rec-endokardit-dd-sedan-avskriven", "skane", "19431009-5692", [
    N("n1", M, "Daganteckning", "malmo_inf", ("Ronja Widell", "läkare"), "2024-05-13 13:25", 40, "slutenvård", [
        ("Provsvar", "Blododling 2 av 2 flaskor: Staphylococcus aureus."),
        ("Bedömning", "S. aureus-bakteriemi, fokus oklart. DD endokardit, TEE bokat på torsdag."),
    ]),
    N("n2", M, "Daganteckning", "malmo_inf", ("Ronja Widell", "läkare"), "2024-05-16 15:10", 30, "slutenvård", [
        ("TEE", "Inga vegetationer, normala klaffar."),
        ("Bedömning", "Endokardit avskrivs. Fokus bedöms vara den infekterade perifera venkatetern. Totalt 14 dagars behandling."),
    ])], ["NL102@n1"], ["NL102@n2"],
    "DD endocarditis on the ward, dismissed after transoesophageal echo three days later")

C("rec-levermetastaser-ej-informerad-sedan-informerad-ssk", "vgr", "19470216-7661", [
    N("n1", M, "Daganteckning", "nu_med", ("Albin Stenberg", "läkare"), "2024-08-19 14:50", 25, "slutenvård", [
        ("DT buk", "Multipla levermetastaser och en stenoserande primärtumör i sigmoideum."),
        ("Information", "Patienten är inte informerad om DT-fynden. Dottern vill vara med och kommer i morgon eftermiddag."),
    ]),
    N("n2", M, "Omvårdnadsanteckning", "nu_med", ("Camilla Nyström", "sjuksköterska"), "2024-08-20 16:30", 20, "slutenvård", [
        ("Omvårdnad", "Närvarade när doktor Stenberg informerade patienten och dottern om fynden på DT. Patienten ledsen men samlad, vill gärna ha samtal med kurator."),
    ])], ["NL101@n1"], ["NL101@n2", "NL102@n2"],
    "the doctor's note says 'not informed' (n1); the nurse records the information talk the next day (n2)")

C("rec-mdk-recidiv-fraga-pet-negativ", "skane", "19621202-3227", [
    N("n1", M, "MDK-anteckning", "lund_onk", ("Elisabeth Moberg", "läkare"), "2024-09-11 16:15", 40, "öppenvård", [
        ("Underlag", "DT thorax 9 månader efter strålbehandlad lungcancer: tilltagande förtätning i höger överlob."),
        ("Konferensens bedömning", "Bilden inger misstanke om lokalt recidiv, DD strålningsförändringar. PET-DT innan vidare ställningstagande."),
    ]),
    N("n2", M, "MDK-anteckning", "lund_onk", ("Elisabeth Moberg", "läkare"), "2024-10-02 15:50", 35, "öppenvård", [
        ("Underlag", "PET-DT: inget patologiskt upptag i förtätningen eller i mediastinum."),
        ("Konferensens bedömning", "Strålningsförändringar, inget recidiv. Fortsatt kontroll med DT var sjätte månad."),
    ])], ["NL102@n1"], ["NL102@n2"],
    "conference leaves recurrence open (n1) and settles it after PET (n2)")

C("rec-vgr-th-huntington-sedan-bekraftad", "vgr", "19890920-4029", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Anton Ljungberg", "läkare"), "2024-02-05 11:30", 30, "öppenvård", [
        ("Aktuellt", "Ofrivilliga rörelser i ansikte och händer sedan ett år, koncentrationssvårigheter."),
        ("Planering", "Blodprov skickat för genetisk analys efter samtycke. Återbesök med genetisk vägledare bokat."),
        ("Tidiga hypoteser", "Misstanke om Huntingtons sjukdom. Fadern dog ung, oklar orsak. Frågeställningen har inte diskuterats i detalj med patienten ännu."),
    ]),
    N("n2", M, "Läkaranteckning", "su_neuro", ("Anton Ljungberg", "läkare"), "2024-03-18 14:00", 50, "öppenvård", [
        ("Genetisk analys", "CAG-expansion med 44 repetitioner i HTT-genen."),
        ("Bedömning", "Huntingtons sjukdom bekräftad genetiskt. Svaret gavs vid besök tillsammans med genetisk vägledare och maken, uppföljning hos kurator erbjuden."),
    ])], [], ["NL102@n1", "NL104@n1", "NL102@n2", "NL101@n2"],
    "VGR: hypothesis under the Tidiga hypoteser sökord, later confirmed genetically and told in an ordinary section")

C("rec-th-hypotes-sedan-th-anvant-for-meddelad-diagnos", "skane", "19760311-9335", [
    N("n1", M, "Tidiga hypoteser", "lund_hem", ("Emelie Krook", "läkare"), "2024-05-06 13:50", 15, "öppenvård", [
        ("Tidiga hypoteser", "M-komponent IgG 28 g/L och lätt anemi. Misstanke om myelom, benmärgsprov bokat."),
    ]),
    N("n2", M, "Tidiga hypoteser", "lund_hem", ("Emelie Krook", "läkare"), "2024-05-27 16:05", 15, "öppenvård", [
        ("Tidiga hypoteser", "Benmärg med 30 % klonala plasmaceller: myelom. Patienten informerades om diagnosen i dag och behandlingsstart är planerad."),
    ])], ["NL104@n2"], ["NL104@n1", "NL102@n1", "NL102@n2"],
    "Tidiga hypoteser correct for the open question (n1), misused once the diagnosis is settled and told (n2)")

C("rec-sepsis-fragetecken-sedan-urosepsis-e-coli", "vgr", "19340218-4570", [
    N("n1", M, "Akutanteckning", "skas_akut", ("Hugo Lindman", "läkare"), "2024-06-21 02:30", 30, "akutmottagning", [
        ("Status", "Frossa, BT 92/55, puls 118, temp 39,6. Förvirrad."),
        ("Bedömning", "Sepsis? Fokus oklart, urin eller galla. Odlingar tagna, Pip/Taz givet."),
    ]),
    N("n2", M, "Daganteckning", "skas_med", ("Emma Rydén", "läkare"), "2024-06-23 10:45", 25, "slutenvård", [
        ("Odlingssvar", "Blododling och urinodling: E. coli, känslig för cefotaxim."),
        ("Bedömning", "Urosepsis med E. coli. Byte till Cefotaxim, klar förbättring och feberfri sedan i går."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "sepsis question at night, answered by the culture two days later")

C("rec-barn-misstankt-kawasaki-sedan-avskrivet", "skane", "20191021-3014", [
    N("n1", M, "Inskrivningsanteckning", "hbg_barn", ("Maja Ringholm", "läkare"), "2024-04-07 20:10", 40, "slutenvård", [
        ("Aktuellt", "4-årig pojke med feber i fem dagar, röda ögon, spruckna läppar och utslag på bålen."),
        ("Bedömning", "Misstänkt Kawasakis sjukdom. UKG i morgon, kontakt med barnkardiolog."),
    ]),
    N("n2", M, "Daganteckning", "hbg_barn", ("Maja Ringholm", "läkare"), "2024-04-09 12:30", 30, "slutenvård", [
        ("UKG", "Normala kranskärl, ingen perikardvätska."),
        ("Bedömning", "Adenovirus påvisat i nasofarynxprov. Kawasaki avskrivs, feberfri i dag. Föräldrarna informerade, hem i eftermiddag."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "child under 13: suspected Kawasaki disease (n1) dismissed after echo and a viral result (n2)")

C("rec-konsultremiss-ff-fragetecken-holter-normal", "vgr", "19521207-6987", [
    N("n1", M, "Konsultationsremiss", "su_ger", ("Lovisa Alm", "läkare"), "2024-10-14 11:05", 10, "slutenvård", [
        ("Frågeställning", "Intermittent oregelbunden puls vid kontroller på avdelningen. F.s. paroxysmalt förmaksflimmer? Önskar Holter och ställningstagande till antikoagulation."),
    ]),
    N("n2", M, "Konsultationssvar", "su_hjart", ("Ragnar Ulvsby", "läkare"), "2024-10-17 14:20", 25, "slutenvård", [
        ("Svar", "24-timmars Holter: sinusrytm med enstaka supraventrikulära extraslag, inga episoder av förmaksflimmer. Ingen indikation för antikoagulation. Ingen uppföljning hos oss."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "consultation request with f.s. (n1) and the cardiologist's negative answer (n2)")

C("rec-bifynd-misstankt-njurcancer-ej-informerad-sedan-informerad", "skane", "19430802-9257", [
    N("n1", M, "Daganteckning", "trell_med", ("Isabella Rahm", "läkare"), "2024-03-27 13:15", 20, "slutenvård", [
        ("DT buk", "Ingen divertikulit. Bifynd: 3,5 cm solid kontrastuppladdande förändring i vänster njure, misstänkt njurcellscancer."),
        ("Bedömning", "Buksmärtan har gått över. Patienten är ännu inte informerad om njurfyndet, det tas upp i morgon när urologen bedömt bilderna."),
    ]),
    N("n2", M, "Utskrivningsanteckning", "trell_med", ("Isabella Rahm", "läkare"), "2024-03-28 15:00", 20, "slutenvård", [
        ("Information", "Informerat patienten om fyndet på njuren och att urologen kallar honom för fortsatt utredning. Han har fått kontaktuppgifter till urologmottagningen."),
    ])], ["NL101@n1", "NL102@n1"], ["NL101@n2"],
    "incidental suspected renal cancer, not told (n1: NL101 and NL102), told the day after (n2)")

C("rec-trolig-gallsten-ul-kolecystit-epikris", "vgr", "19630603-3181", [
    N("n1", M, "Akutanteckning", "als_kir", ("Adam Öst", "läkare"), "2024-09-01 18:40", 25, "akutmottagning", [
        ("Bedömning", "Trol. gallstensanfall med begynnande kolecystit. UL i morgon, fastande."),
    ]),
    N("n2", M, "Daganteckning", "als_kir", ("Wilma Dahlgren", "läkare"), "2024-09-02 11:00", 20, "slutenvård", [
        ("UL lever och gallvägar", "Multipla gallsten, förtjockad gallblåsevägg 6 mm, positivt ultraljudsmurphy."),
        ("Bedömning", "Akut kolecystit med gallsten. Tazocin iv, anmäld för akut kolecystektomi."),
    ]),
    N("n3", M, "Epikris", "als_kir", ("Wilma Dahlgren", "läkare"), "2024-09-05 10:30", None, "slutenvård", [
        ("Sammanfattning", "Inlagd för akut kolecystit med gallsten, verifierad med UL. Laparoskopisk kolecystektomi 3/9 utan komplikationer. PAD: kronisk och akut kolecystit utan atypi."),
        ("Uppföljning", "Ingen planerad uppföljning, sjukskriven två veckor."),
    ])], ["NL102@n1"], ["NL102@n2", "NL102@n3", "NL101@n3"],
    "three notes: hedge at the ED, confirmation on ultrasound, settled discharge summary")

C("rec-ssk-fragar-efter-svar-sedan-lakarbesked", "skane", "19460508-9350", [
    N("n1", M, "Omvårdnadsanteckning", "malmo_kir", ("Lena Brogren", "sjuksköterska"), "2024-07-24 20:15", 15, "slutenvård", [
        ("Omvårdnad", "Patienten frågar flera gånger efter svaret på dagens DT. Har förklarat att läkaren går igenom svaret med honom i morgon, han har inte fått något besked än."),
    ]),
    N("n2", M, "Daganteckning", "malmo_kir", ("Kasper Juhl", "läkare"), "2024-07-25 11:30", 30, "slutenvård", [
        ("DT buk", "3 cm tumör i pankreashuvudet med inväxt i vena mesenterica superior, inga levermetastaser."),
        ("Bedömning", "Lokalt avancerad pankreascancer. Informerat patienten om DT-fyndet och att det rör sig om en tumör som behöver biopsi för typbestämning. Anmäls till MDK."),
    ])], [], ["NL101@n1", "NL101@n2"],
    "the nurse's 'not told yet' names no diagnosis (n1); the doctor tells him the next day (n2)")

C("rec-celiaki-fragetecken-biopsi-bekraftar", "skane", "20000606-3242", [
    N("n1", M, "Läkaranteckning", "lund_gastro", ("Erik Sunesson", "läkare"), "2024-01-16 14:10", 25, "öppenvård", [
        ("Lab", "Transglutaminasantikroppar IgA 64 (ref <7)."),
        ("Bedömning", "Celiaki? Gastroskopi med duodenalbiopsier bokad om två veckor, fortsatt glutenhaltig kost fram till dess."),
    ]),
    N("n2", M, "Provsvarsanteckning", "lund_gastro", ("Erik Sunesson", "läkare"), "2024-02-12 09:30", 15, "öppenvård", [
        ("PAD", "Duodenalbiopsier: totalvillös atrofi, Marsh 3c."),
        ("Bedömning", "Celiaki. Svaret meddelat patienten per telefon, remiss till dietist för glutenfri kost."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "serology raises the question (n1), duodenal biopsy confirms it (n2)")

C("rec-mojlig-tbc-odling-negativ", "vgr", "19960715-6172", [
    N("n1", M, "Inskrivningsanteckning", "su_inf", ("Leo Sundqvist", "läkare"), "2024-02-01 16:30", 45, "slutenvård", [
        ("Aktuellt", "Hosta i tre månader, nattsvettningar. Kom från Somalia för ett år sedan."),
        ("Rtg pulm", "Infiltrat i höger överlob med misstänkt kavitet."),
        ("Bedömning", "Möjlig lungtuberkulos. Luftburen isolering, tre morgonsputum för mikroskopi, PCR och odling."),
    ]),
    N("n2", M, "Daganteckning", "su_inf", ("Leo Sundqvist", "läkare"), "2024-03-04 11:15", 30, "öppenvård", [
        ("Provsvar", "Sputum x 3: mikroskopi och PCR negativa, odling utan växt av mykobakterier efter åtta veckor."),
        ("Bedömning", "Tuberkulos avskriven. Infiltratet gick i regress på antibiotika, genomgången pneumoni."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "possible tuberculosis at admission (n1), dismissed when cultures are negative a month later (n2)")

C("rec-misstankt-kol-spirometri-bekraftar", "vgr", "19400912-6170", [
    N("n1", M, "Läkaranteckning", "su_lungavd", ("Nora Kvist", "läkare"), "2024-05-02 10:40", 30, "slutenvård", [
        ("Aktuellt", "Rökare 45 paketår, inlagd för andfåddhet vid infektion."),
        ("Bedömning", "Misstänkt KOL. Spirometri när infektionen läkt ut."),
    ]),
    N("n2", M, "Läkaranteckning", "su_lung", ("Nora Kvist", "läkare"), "2024-06-13 09:50", 30, "öppenvård", [
        ("Spirometri", "FEV1/FVC 0,58 efter bronkdilatation, FEV1 55 % av förväntat."),
        ("Bedömning", "KOL GOLD 2. Spiolto insatt, rökavvänjning erbjuden och accepterad."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "a suspected chronic disease (n1) confirmed by spirometry six weeks later (n2)")

C("rec-th-dold-sedan-synlig-utan-besked", "skane", "19460408-6001", [
    N("n1", M, "Tidiga hypoteser", "hbg_brost", ("Malin Otterström", "läkare"), "2024-03-18 15:30", 10, "öppenvård", [
        ("Tidiga hypoteser", "Mammografi med 2 cm spikulerad förändring höger bröst, starkt misstänkt malignitet. Biopsi tagen i dag, patienten vet bara att prov tagits."),
    ]),
    N("n2", M, "Provsvarsanteckning", "hbg_brost", ("Malin Otterström", "läkare"), "2024-03-22 11:10", 10, "öppenvård", [
        ("PAD", "Invasiv lobulär cancer höger bröst."),
        ("Planering", "Patienten har inte fått beskedet ännu, kallas till mottagningen på tisdag."),
    ])], ["NL101@n2"], ["NL101@n1", "NL102@n1", "NL102@n2"],
    "hidden while a hypothesis (n1), but the confirmed result is then written visibly before she is told (n2)")

C("rec-fysioterapeut-ny-rtg-sedan-kompressionsfraktur", "vgr", "19360910-4488", [
    N("n1", M, "Fysioterapeutanteckning", "su_ger", ("Alva Hellström", "fysioterapeut"), "2024-11-04 10:20", 15, "slutenvård", [
        ("Bedömning", "Ökande ryggsmärta vid förflyttning sedan fallet i helgen, klarar inte att resa sig själv längre. Ny rtg? Diskuterat med avdelningsläkaren."),
    ]),
    N("n2", M, "Daganteckning", "su_ger", ("Per Grahn", "läkare"), "2024-11-04 15:40", 20, "slutenvård", [
        ("Rtg ländrygg", "Kompressionsfraktur L1 med 30 % höjdreduktion, inget bakkantsengagemang."),
        ("Bedömning", "Osteoporotisk kotkompression L1. Smärtlindring och fortsatt mobilisering, bentäthetsmätning och osteoporosbehandling planeras. Informerat patienten."),
    ])], [], ["NL102@n1", "NL102@n2", "NL101@n2"],
    "the physiotherapist's question is about an examination (n1); the doctor's answer is a firm diagnosis (n2)")

C("rec-dietist-glim-sedan-lakare-trolig-pankreasinsufficiens", "skane", "19511220-6999", [
    N("n1", M, "Dietistanteckning", "lund_gastro", ("Hanna Ask", "dietist"), "2024-08-07 13:15", 30, "öppenvård", [
        ("Bedömning", "Vikt 56 kg, ofrivillig viktnedgång 9 kg på fyra månader, BMI 18,9. Undernäring enligt GLIM-kriterierna. Energiberikad kost och näringsdrycker två gånger dagligen."),
    ]),
    N("n2", M, "Läkaranteckning", "lund_gastro", ("Jonatan Mörk", "läkare"), "2024-08-07 15:00", 40, "öppenvård", [
        ("Lab", "F-elastas 45. HbA1c 49."),
        ("Bedömning", "Trolig exokrin pankreasinsufficiens efter hans återkommande pankreatiter. DT pankreas beställd och provbehandling med Creon."),
    ])], ["NL102@n2"], ["NL102@n1"],
    "same day, two authors: the dietitian's malnutrition is stated (n1), the doctor's diagnosis is hedged (n2)")

C("rec-hjarnblodning-fragetecken-subduralhematom", "vgr", "19390902-8296", [
    N("n1", M, "Akutanteckning", "nal_akut", ("Filip Olsson", "läkare"), "2024-12-20 17:05", 15, "akutmottagning", [
        ("Aktuellt", "Tilltagande förvirring och huvudvärk sedan fall för tre veckor sedan. Behandlas med Waran."),
        ("Bedömning", "Hjärnblödning? Akut DT hjärna, PK(INR) skickat."),
    ]),
    N("n2", M, "Akutanteckning", "nal_akut", ("Filip Olsson", "läkare"), "2024-12-20 18:30", 20, "akutmottagning", [
        ("DT hjärna", "Kroniskt subduralhematom vänster, 18 mm, medellinjeförskjutning 6 mm."),
        ("Bedömning", "Kroniskt subduralhematom. Waran reverseras med Ocplex och Konakion, neurokirurgen på Sahlgrenska tar över."),
    ])], ["NL102@n1"], ["NL102@n2"],
    "the ED question (n1) answered by the CT ninety minutes later (n2)")

C("rec-recidiv-fortfarande-oklart-efter-biopsi", "skane", "19650827-7487", [
    N("n1", M, "MDK-anteckning", "lund_onk", ("Kristin Holst", "läkare"), "2024-01-10 15:20", 30, "öppenvård", [
        ("Konferensens bedömning", "Ny 15 mm förändring i vaginaltoppen ett år efter hysterektomi för endometriecancer, misstänkt lokalrecidiv. Biopsi i narkos."),
    ]),
    N("n2", M, "MDK-anteckning", "lund_onk", ("Kristin Holst", "läkare"), "2024-01-31 15:40", 30, "öppenvård", [
        ("PAD", "Granulationsvävnad och inflammation, inga tumörceller i det lilla materialet."),
        ("Konferensens bedömning", "Biopsin är inte representativ och recidiv kan fortfarande inte uteslutas. MR lilla bäckenet och ny biopsi om fyra veckor."),
    ])], ["NL102@n1", "NL102@n2"], [],
    "the later note does not settle the question: recurrence still cannot be excluded in both notes")

C("rec-feber-utan-fokus-sedan-trolig-spondylodiskit", "vgr", "19720315-9079", [
    N("n1", M, "Akutanteckning", "sas_akut", ("Tilda Bergman", "läkare"), "2024-10-25 14:30", 25, "akutmottagning", [
        ("Aktuellt", "Feber och ryggvärk i en vecka."),
        ("Bedömning", "Feber utan säkert fokus. Blododlingar x 2 och urinodling tagna, läggs in på infektion för observation utan antibiotika tills vidare."),
    ]),
    N("n2", M, "Daganteckning", "su_inf", ("Ali Moradi", "läkare"), "2024-10-27 11:00", 30, "slutenvård", [
        ("Odlingssvar", "Staphylococcus aureus i båda blododlingarna."),
        ("Bedömning", "Trolig spondylodiskit med tanke på lokal ömhet över L4. MR ländrygg i dag, Kloxacillin insatt."),
    ])], ["NL102@n2"], ["NL102@n1"],
    "no diagnosis is named at the ED (n1); the culture result brings a hedged diagnosis (n2)")

C("rec-stroke-misstankt-mr-bekraftar-fysioterapi", "skane", "19390724-6650", [
    N("n1", M, "Akutanteckning", "krist_med", ("Ebba Kronqvist", "läkare"), "2024-02-17 08:50", 20, "akutmottagning", [
        ("Aktuellt", "Vaknade med svaghet i höger arm och ben, oklart insjukningsmoment."),
        ("DT och DT-angio", "Ingen blödning, ingen ocklusion av stora kärl."),
        ("Bedömning", "Misstänkt stroke, utanför tidsfönstret för trombolys. MR hjärna i dag, läggs in på strokeenheten."),
    ]),
    N("n2", M, "Daganteckning", "krist_strok", ("Ebba Kronqvist", "läkare"), "2024-02-17 16:20", 25, "slutenvård", [
        ("MR hjärna", "Akut infarkt i vänster capsula interna, lakunär."),
        ("Bedömning", "Lakunär hjärninfarkt vänster. Trombyl och Atorvastatin, karotisdoppler i morgon. Patienten och hustrun informerade om MR-svaret."),
    ]),
    N("n3", M, "Fysioterapeutanteckning", "krist_strok", ("Gustav Rehn", "fysioterapeut"), "2024-02-19 13:10", 20, "slutenvård", [
        ("Bedömning", "Högersidig svaghet efter hjärninfarkten, går 20 meter med rollator och stöd av en person."),
        ("Åtgärd", "Gångträning dagligen, instruerat i övningar för höger hand."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2", "NL102@n3"],
    "three authors: suspected stroke at the ED, MRI-confirmed and told on the ward, physiotherapy on a known diagnosis")

C("rec-pad-ej-informerad-sedan-tel-fragar", "vgr", "19480317-2321", [
    N("n1", M, "Provsvarsanteckning", "su_lung", ("Rasmus Thörn", "läkare"), "2024-04-17 16:05", 10, "öppenvård", [
        ("PAD", "Bronkoskopisk biopsi: småcellig lungcancer."),
        ("Planering", "Patienten är inte informerad om PAD. Besök på fredag med kontaktsjuksköterska, DT hjärna beställd."),
    ]),
    N("n2", M, "Telefonanteckning", "su_lung", ("Agnes Wirén", "sjuksköterska"), "2024-04-18 09:40", 5, "öppenvård", [
        ("Kontaktorsak", "Patienten ringer och undrar om svaret på bronkoskopin har kommit."),
        ("Åtgärd", "Hänvisat till läkarbesöket på fredag där alla svar gås igenom. Hon accepterar det."),
    ])], ["NL101@n1"], ["NL101@n2", "NL102@n2"],
    "cancer written before the patient has been told (n1); the nurse's call mentions no diagnosis (n2)")

C("rec-barn-misstankt-leukemi-sedan-all", "skane", "20150412-5350", [
    N("n1", M, "Inskrivningsanteckning", "lund_barnakut", ("Tova Hallberg", "läkare"), "2024-09-09 17:30", 45, "slutenvård", [
        ("Aktuellt", "9-årig pojke med blekhet, blåmärken och benvärk i tre veckor."),
        ("Lab", "Hb 71, TPK 22, LPK 2,1 med blaster i utstryket."),
        ("Bedömning", "Misstänkt akut leukemi. Benmärgsprov i narkos i morgon, transfusion i kväll."),
    ]),
    N("n2", M, "Daganteckning", "lund_hem", ("Tova Hallberg", "läkare"), "2024-09-11 14:00", 40, "slutenvård", [
        ("Benmärg", "Akut lymfatisk leukemi, B-cellstyp, 86 % blaster."),
        ("Bedömning", "ALL. Föräldrarna informerade i dag av mig och överläkare på barnonkologen, behandling enligt ALLTogether-protokollet startar i morgon."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "child under 13: suspected leukaemia on admission, confirmed by bone marrow and told to the parents")

C("rec-fs-dvt-fragetecken-muskelbristning", "vgr", "19950905-4467", [
    N("n1", M, "Akutanteckning", "su_ostra_akut", ("Jesper Holmgren", "läkare"), "2024-07-01 16:10", 20, "akutmottagning", [
        ("Aktuellt", "Plötslig smärta i vänster vad under tennis i går, nu svullnad."),
        ("Bedömning", "DVT? UL-doppler bokat i morgon, Fragmin en dos i kväll."),
    ]),
    N("n2", M, "Läkaranteckning", "su_ostra_akut", ("Jesper Holmgren", "läkare"), "2024-07-02 10:30", 15, "öppenvård", [
        ("UL-doppler", "Inga tecken på ventrombos. Hematom i mediala gastrocnemius."),
        ("Bedömning", "Ingen DVT. Partiell muskelbristning i vaden, kompression och avlastning i två veckor."),
    ])], ["NL102@n1"], ["NL102@n2", "NL101@n2"],
    "DVT question (n1) answered next day: negated and replaced by a firm diagnosis (n2)")

C("rec-bifynd-tyreoidea-cytologi-benign", "skane", "19670206-8245", [
    N("n1", M, "Daganteckning", "lund_lung", ("Caspar Wahl", "läkare"), "2024-06-03 14:20", 20, "öppenvård", [
        ("DT thorax", "Ingen förklaring till hostan. Bifynd: 22 mm nodulus i vänster tyreoidealob."),
        ("Planering", "Remiss till UL tyreoidea med finnålspunktion. Patienten informerad om bifyndet och att det i regel är godartat."),
    ]),
    N("n2", M, "Provsvarsanteckning", "malmo_endo", ("Nina Sjöholm", "läkare"), "2024-06-26 11:40", 10, "öppenvård", [
        ("Cytologi", "Bethesda II, benign kolloid nodulus."),
        ("Åtgärd", "Svaret meddelat patienten per brev. Ny UL om ett år."),
    ])], [], ["NL102@n1", "NL101@n1", "NL102@n2", "NL101@n2"],
    "incidental thyroid nodule, explained at once and benign on cytology: no hedge, nothing withheld")

C("rec-utkast-misstankt-x-graviditet-sedan-intrauterin", "vgr", "20020814-8783", [
    N("n1", M, "Akutanteckning", "sas_kvinno", ("Rebecca Åhman", "läkare"), "2024-05-25 01:20", None, "akutmottagning", [
        ("Aktuellt", "Positivt graviditetstest, sista mens för sex veckor sedan. Blödning och ensidig smärta vänster sedan i kväll."),
        ("Lab", "hCG 1850."),
        ("Bedömning", "Misstänkt X-graviditet. Vaginalt UL av bakjour i morgon bitti, nytt hCG om 48 timmar."),
    ]),
    N("n2", M, "Läkaranteckning", "sas_kvinno", ("Linda Moberg", "läkare"), "2024-05-25 08:45", 20, "akutmottagning", [
        ("Vaginalt UL", "Intrauterin graviditetssäck med gulesäck, ingen fri vätska. Adnexa ua."),
        ("Bedömning", "Intrauterin graviditet, ingen X-graviditet. Blödningen bedöms som ofarlig, nytt UL om en vecka."),
    ])], ["NL102@n1"], ["NL102@n2"],
    "unsigned night draft with a suspected ectopic pregnancy (n1), ruled out by ultrasound in the morning (n2)")

C("rec-pat-informerad-maken-ej-kurator-samtal", "vgr", "19740212-4148", [
    N("n1", M, "Läkaranteckning", "su_lung", ("Henrik Söderlund", "läkare"), "2024-11-20 13:10", 40, "öppenvård", [
        ("PAD", "EBUS-biopsi: adenocarcinom i lunga, EGFR-mutation påvisad."),
        ("Information", "Patienten informerad om diagnosen i dag. Maken är inte informerad, på hennes uttryckliga begäran."),
        ("Planering", "Osimertinib, kontaktsjuksköterska följer upp."),
    ]),
    N("n2", M, "Kuratorsanteckning", "su_lung", ("Sofia Mellgren", "kurator"), "2024-11-27 10:00", 60, "öppenvård", [
        ("Samtal", "Samtal om hur hon ska berätta om cancerbeskedet för maken och tonårsbarnen. Hon vill vänta till efter julen. Ny tid om två veckor."),
    ])], [], ["NL101@n1", "NL101@n2", "NL102@n1"],
    "the patient knows; her husband is the one not informed, in both the doctor's and the counsellor's note")

# ---------------------------------------------------------------------------
# L. Results that carry protected content (NL2): violence, child concern,
#    third person, single-blind trial
# ---------------------------------------------------------------------------

C("nl2-skelettrtg-frakturer-orosanmalan-synlig", "skane", "20210422-2498", [
    N("n1", M, "Läkaranteckning", "lund_barnakut", ("Karolina Westin", "läkare"), "2024-03-13 15:40", 50, "slutenvård", [
        ("Skelettröntgen", "Bakre revbensfrakturer vänster 6–8 i olika läkningsstadier samt metafysär hörnfraktur i distala femur."),
        ("Bedömning", "Skademönstret passar inte med föräldrarnas förklaring om fall från soffan. Orosanmälan till socialtjänsten görs i dag, barnskyddsteamet kontaktat."),
    ])], ["NL202"], [],
    "skeletal survey findings and a report to social services written in an ordinary visible note")

C("nl2-skelettrtg-i-mall-oro-for-barn", "skane", "20191221-3970", [
    N("n1", M, "Oro för att barn far illa", "hbg_barn", ("Jens Borg", "läkare"), "2024-08-22 16:10", 30, "slutenvård", [
        ("Undersökningsfynd", "Skelettröntgen visar läkande fraktur i höger humerusskaft och två revbensfrakturer, ingen av dem förklarad av anamnesen. Orosanmälan skickad till socialtjänsten i Helsingborg via anmälningsblanketten."),
    ])], [], ["NL202"],
    "the same kind of radiology finding documented in the Skåne template Oro för att barn far illa")

C("nl2-vgr-orosanmalan-sokord", "vgr", "20170112-5542", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Anna Nordin", "läkare"), "2024-06-06 12:25", 40, "akutmottagning", [
        ("Aktuellt", "7-årig flicka med blåmärken på överarmar och rygg."),
        ("Lab", "Blodstatus, PK och APTT normala, inget tecken på blödningsrubbning."),
        ("Orosanmälan gällande barn", "Blåmärken i olika färg i mönster som vid grepp. Flickan säger att pappa blir arg. Orosanmälan gjord till socialtjänsten i Göteborg."),
    ])], [], ["NL202"],
    "VGR: normal coagulation results are visible, the concern itself sits under the Orosanmälan gällande barn sökord")

C("nl2-vgr-orosanmalan-i-bedomning-synlig", "vgr", "20151101-4860", [
    N("n1", M, "Akutanteckning", "dsbus", ("Filippa Jonsson", "läkare"), "2024-10-09 19:45", 20, "akutmottagning", [
        ("Rtg vänster underarm", "Spiralfraktur i ulna."),
        ("Bedömning", "Fraktur som inte stämmer med berättelsen och sent sökt. Orosanmälan till socialtjänsten skickad i kväll och barnskyddsteamet informerat."),
    ])], ["NL202"], [],
    "VGR: a report to social services written in a visible Bedömning section")

C("nl2-nasbensfraktur-sambon-slog-synlig", "skane", "19990807-9461", [
    N("n1", M, "Akutanteckning", "malmo_akut", ("Olivia Pärsson", "läkare"), "2024-05-04 03:10", None, "akutmottagning", [
        ("Aktuellt", "Uppger att sambon slog henne i ansiktet med knytnäven i natt."),
        ("Rtg ansiktsskelett", "Fraktur på näsbenet utan felställning."),
        ("Bedömning", "Näsbensfraktur efter misshandel av sambo. Kontakt med ÖNH-mottagningen om en vecka."),
    ])], ["NL201"], [],
    "partner violence with the X-ray answer in an ordinary Skåne note")

C("nl2-mall-vald-i-nara-relationer-fotodokumentation", "skane", "19931125-4123", [
    N("n1", M, "Våld i nära relationer", "hbg_akut", ("Sebastian Ohlin", "läkare"), "2024-09-28 23:55", 40, "akutmottagning", [
        ("Anamnes", "Berättar att hennes make har slagit henne vid upprepade tillfällen, senast i kväll."),
        ("Fynd", "Hematom runt vänster öga och på båda underarmarna, fotodokumenterat enligt vårdprogrammet. DT ansiktsskelett utan fraktur."),
    ])], [], ["NL201"],
    "violence and its examination results documented in the Skåne template Våld i nära relationer")

C("nl2-vgr-valdsutsatthet-sokord-synligt-bara-fraktur", "vgr", "19890917-7209", [
    N("n1", M, "Akutanteckning", "sas_akut", ("Maria Strömberg", "läkare"), "2024-02-10 22:30", 30, "akutmottagning", [
        ("Rtg vänster hand", "Fraktur på femte metakarpalen."),
        ("Bedömning", "Metakarpalfraktur, gipsskena i tre veckor och kontroll på ortopedmottagningen."),
        ("Våldsutsatthet i nära relationer", "Berättar i enrum att pojkvännen vred om handen på henne. Har fått information om kvinnojouren och vill fundera på polisanmälan."),
    ])], [], ["NL201"],
    "VGR: the fracture is visible, the partner violence sits under the sökord Våldsutsatthet i nära relationer")

C("nl2-fall-inget-som-talar-for-vald", "skane", "19781022-7947", [
    N("n1", M, "Akutanteckning", "lund_akut", ("Petter Falk", "läkare"), "2024-12-14 14:15", 20, "akutmottagning", [
        ("Aktuellt", "Halkade på isen utanför affären, vittnen fanns."),
        ("Rtg höger handled", "Distal radiusfraktur med lätt dorsal vinkling."),
        ("Bedömning", "Radiusfraktur efter fall. Inget som talar för våld, skadan stämmer med berättelsen. Gips och kontroll-rtg om tio dagar."),
    ])], [], ["NL201", "NL202"],
    "a fracture explained by a witnessed fall, violence negated")

C("nl2-vgr-tredje-person-hot-synligt", "vgr", "19780519-3856", [
    N("n1", M, "Daganteckning", "skas_med", ("Lisa Granlund", "läkare"), "2024-07-16 15:30", 20, "slutenvård", [
        ("Lab", "P-etanol 2,1 promille vid ankomsten, leverprover förhöjda."),
        ("Anhörigsamtal", "Hustrun berättar i telefon att han har hotat att slå henne när han druckit och att hon är rädd att han får veta att hon berättat."),
    ])], ["NL204"], [],
    "VGR: the wife's account of threats from the patient in a visible section")

C("nl2-vgr-tredje-person-sokord", "vgr", "19420814-7332", [
    N("n1", M, "Daganteckning", "su_ger", ("Britt Sjölund", "läkare"), "2024-03-06 11:45", 20, "slutenvård", [
        ("Lab", "Blodsocker och elektrolyter normala, CRP 3."),
        ("Tredje person", "Sonen berättar att pappan vid flera tillfällen hotat grannen med kniv. Han vill inte att pappan får veta att uppgiften kommer från honom."),
    ])], [], ["NL204"],
    "VGR: third-party information about threats placed under the Tredje person sökord")

C("nl2-skane-tredje-person-sokord-filtreras-ej", "skane", "19681208-6541", [
    N("n1", M, "Daganteckning", "landskr_med", ("Olle Berglund", "läkare"), "2024-10-22 10:05", 15, "slutenvård", [
        ("Provsvar", "Litium 1,6, kreatinin stigit till 134."),
        ("Tredje person", "Dottern uppger att patienten hotat henne när hon försökt ta hand om medicinerna och vill inte att detta ska framgå för mamman."),
    ])], ["NL206"], [],
    "Skåne: the Tredje person sökord is not filtered there, so the third-party account is visible")

C("nl2-vgr-enkelblind-provning-sokord", "vgr", "20000911-4158", [
    N("n1", M, "Läkaranteckning", "su_hjart", ("Jakob Rosén", "läkare"), "2024-04-23 13:00", 30, "öppenvård", [
        ("Lab", "TnT 6, NT-proBNP 110, ALAT normalt vid vecka 12 i studien."),
        ("Enkelblind prövning", "Randomiserad till aktiv substans 20 mg, patienten är ovetande om armen enligt protokollet."),
    ])], [], ["NL205"],
    "VGR: study results visible, the allocation under the Enkelblind prövning sökord")

C("nl2-vgr-enkelblind-allokering-synlig", "vgr", "19941206-4207", [
    N("n1", M, "Läkaranteckning", "su_reuma", ("Ingela Hammarlund", "läkare"), "2024-09-17 14:40", 25, "öppenvård", [
        ("Lab", "SR 12, CRP 4 vid studiebesök 3."),
        ("Studie", "Ingår i enkelblind prövning av ny JAK-hämmare. Lottad till placeboarmen, vilket patienten inte ska få veta."),
    ])], ["NL205"], [],
    "VGR: a single-blind allocation written in an ordinary visible section")

# ---------------------------------------------------------------------------
# M. Long notes (300+ words) and more typos
# ---------------------------------------------------------------------------

C("lang-inskrivning-trol-kol-exacerbation-dd-pneumoni", "vgr", "19320728-9293", [
    N("n1", M, "Inskrivningsanteckning", "nu_med", ("Daniel Ahlberg", "läkare"), "2024-01-19 21:30", None, "slutenvård", [
        ("Kontaktorsak", "Tilltagande andnöd sedan fyra dagar, nu även i vila. Ökade mängder gulgröna upphostningar."),
        ("Tidigare sjukdomar", "KOL sedan 2015, GOLD 3, senaste FEV1 0,9 L. Förmaksflimmer. Hypertoni. Prostatahyperplasi. Opererad för ljumskbråck 1998."),
        ("Läkemedel", "Trelegy 1 x 1, Ventoline vid behov, Eliquis 5 mg x 2, Bisoprolol 5 mg, Amlodipin 5 mg, Tamsulosin 0,4 mg."),
        ("Sociala förhållanden", "Änkeman, bor ensam i lägenhet med hiss. Hemtjänst en gång dagligen för inköp och städning. Dottern bor i Vänersborg och hjälper till. Slutade röka 2016, tidigare 50 paketår."),
        ("Status", "AT: Påverkad av andnöd, talar i korta meningar. Sitter framåtlutad. Temp 37,9. AF 28. SpO2 86 % på luft, 91 % på 1 L O2. BT 148/82. Puls 104, oregelbunden. Cor: Oregelbunden rytm, inga blåsljud. Pulm: Förlängt exspirium, utbredda ronki bilateralt, krepitationer basalt höger. Buk: mjuk, oöm. Ben: inga ödem."),
        ("Blodgas", "pH 7,36, pCO2 6,9, pO2 7,4, BE +4. Laktat 1,2."),
        ("Lab", "CRP 68, LPK 12,4, Hb 141, Na 136, K 4,2, krea 96, NT-proBNP 780."),
        ("EKG", "Förmaksflimmer med kammarfrekvens 100, inga akuta ST-förändringar."),
        ("Rtg pulm", "Emfysematösa lungor. Oklar strimmig förtätning basalt höger, kan vara atelektas eller begynnande infiltrat. Ingen stas, ingen pleuravätska."),
        ("Bedömning", "Trol. KOL-exacerbation utlöst av luftvägsinfektion, DD pneumoni höger underlob. Kompenserad respiratorisk acidos, ingen indikation för NIV just nu men kontroll av blodgas om två timmar."),
        ("Åtgärd", "Inhalationer Ventoline och Atrovent var fjärde timme. Prednisolon 40 mg x 1 i fem dagar. Doktacillin 750 mg x 3 per os efter sputumodling. Syrgas med mål SpO2 88–92 %. Fortsatt Eliquis. Fysioterapeut för andningsgymnastik och PEP. Kontakt med dottern i morgon om hemsituationen."),
        ("Allergier", "Inga kända läkemedelsallergier."),
        ("Planering", "Ny blodgas kl 23.30 och vid försämring. Kontakt med bakjour om pCO2 stiger eller pH sjunker under 7,35. Full behandling inklusive NIV, ej aktuell för intensivvård efter samtal med patienten om hans egen önskan, dokumenterat separat."),
        ("Omvårdnad", "Höjd huvudända, syrgas via grimma. Vätskelista och vikt dagligen."),
    ])], ["NL102"], ["NL101"],
    "long telegraphic admission note, one hedged diagnosis in the assessment among many firm results")

C("lang-daganteckning-alla-svar-klara", "skane", "19750721-4398", [
    N("n1", M, "Daganteckning", "krist_kard", ("Ingrid Malmgren", "läkare"), "2024-03-25 14:30", 60, "slutenvård", [
        ("Aktuellt", "Dag 3 efter inläggning för bröstsmärta. Smärtfri sedan inläggningsdygnet, mobiliserad på avdelningen utan besvär. Sover bra och äter normalt."),
        ("Status", "AT: Opåverkad. Puls 64, regelbunden. BT 128/76. Cor: RR, inga blåsljud. Pulm: ua. Ben: inga ödem. Punktionsstället i höger handled utan hematom, god radialispuls."),
        ("Kranskärlsröntgen", "Höggradig stenos i proximala LAD, behandlad med ett läkemedelsavgivande stent med gott resultat. Övriga kärl utan signifikanta stenoser."),
        ("UKG", "Lätt nedsatt funktion anteriort, EF 50 %. Inga klaffel. Inga tecken på perikardvätska."),
        ("Lab", "TnT max 1240. LDL 3,6, HbA1c 41, Hb 139, krea 82."),
        ("Telemetri", "Sinusrytm hela vårdtiden, inga arytmier. Enstaka ventrikulära extraslag första natten, inga sedan dess."),
        ("Sociala förhållanden", "Sambo, arbetar som lärare på högstadiet. Slutade röka för fem år sedan. Cyklar till jobbet på sommarhalvåret och vill komma i gång igen så snart som möjligt."),
        ("Omvårdnad", "Klarar all personlig vård själv. Har träffat hjärtrehabiliteringens sjuksköterska som gått igenom fysisk aktivitet, kost och tecken att vara uppmärksam på. Han har också fått information om att han inte får köra bil de första veckorna efter infarkten och vill att sambon följer med på återbesöket."),
        ("Bedömning", "NSTEMI behandlad med PCI mot LAD. Ingen kvarvarande ischemi. Riskfaktorer hyperlipidemi och tidigare rökning. Hereditet för tidig kranskärlssjukdom på fädernet, pappan fick hjärtinfarkt vid 52 års ålder."),
        ("Läkemedel", "Trombyl 75 mg x 1 livslångt, Brilique 90 mg x 2 i tolv månader, Atorvastatin 80 mg, Metoprolol 50 mg, Ramipril 2,5 mg med upptitrering på mottagningen."),
        ("Information", "Har gått igenom kranskärlsröntgen, ultraljudet och läkemedlen med patienten, som förstått och inte har några frågor just nu. Han har fått skriftlig information om hjärtinfarkt och om dubbel trombocythämning."),
        ("Planering", "Hem i morgon efter ny kontroll av punktionsstället. Hjärtrehabilitering och sjuksköterskebesök på hjärtmottagningen om två veckor. Läkarbesök med kontroll av lipider och njurfunktion om åtta veckor. Sjukskriven 100 % i tre veckor, därefter ny bedömning. Inga tunga lyft med höger hand i en vecka."),
    ])], [], ["NL102", "NL101"],
    "long ward note where every answer is in and told: no hedge on any diagnosis")

C("lang-epikris-bifynd-trolig-hemangiom", "vgr", "19680907-4559", [
    N("n1", M, "Epikris", "skas_kir", ("Sanna Wiberg", "läkare"), "2024-05-29 10:10", 120, "slutenvård", [
        ("Inkomstorsak", "55-årig man som inkom via akuten med plötslig smärta i höger fossa och feber till 38,5 sedan ett dygn. Tidigare frisk, inga regelbundna läkemedel."),
        ("Förlopp", "DT buk visade en förtjockad appendix på 13 mm med omgivande fettvävsreaktion men ingen perforation eller abscess. Laparoskopisk appendektomi utfördes samma kväll av kirurgjouren. Flegmonös appendix avlägsnades, ingen fri pus i buken. Postoperativt okomplicerat förlopp, feberfri från första dygnet och CRP sjönk från 112 till 38. Mobiliserad första dagen och äter normal kost. Såren ser fina ut. PAD: akut flegmonös appendicit utan tecken på tumör."),
        ("Bifynd", "DT visade även en 2 cm förändring i höger leverlob med perifer nodulär kontrastuppladdning, troligt hemangiom. Radiolog rekommenderar ett kompletterande MR lever om tre månader för att bekräfta."),
        ("Diagnoser", "Akut appendicit utan peritonit. Laparoskopisk appendektomi."),
        ("Status vid utskrivning", "Opåverkad, afebril. Buken mjuk med lätt ömhet kring portarna. Såren torra utan rodnad. Tarmfunktionen har kommit igång och han kissar utan besvär."),
        ("Sociala förhållanden", "Gift, bor i villa i Tidaholm. Arbetar som elektriker och har ett fysiskt krävande jobb med mycket klättring på stegar."),
        ("Operationsberättelse i korthet", "Tre portar. Appendix svullen och rodnad men intakt, basen frisk. Avknuten med två loopar och extraherad i påse. Lokal spolning i höger fossa. Operationstid 45 minuter, ingen blödning av betydelse."),
        ("Läkemedel vid utskrivning", "Paracetamol 1 g upp till fyra gånger dagligen vid behov i en vecka. Inga antibiotika efter operationen."),
        ("Uppföljning", "Remiss för MR lever är skickad av avdelningen och kallelse kommer hem. Stygnen är resorberbara. Sjukskriven två veckor. Ingen rutinmässig kontroll på kirurgmottagningen, ska höra av sig vid feber, tilltagande buksmärta eller rodnad kring såren. Får duscha som vanligt från i morgon men inte bada i två veckor."),
        ("Information", "Patienten har fått information om operationen och de vanligaste komplikationerna samt skriftlig information om vad han ska vara uppmärksam på de närmaste veckorna."),
    ])], ["NL102"], ["NL101"],
    "long discharge summary: an incidental liver finding 'troligt hemangiom' pending MRI in a visible section")

C("lang-akut-nacksmarta-negationer-och-hereditet", "skane", "20011112-2818", [
    N("n1", M, "Akutanteckning", "lund_akut", ("Nils Thuresson", "läkare"), "2024-08-31 02:40", 45, "akutmottagning", [
        ("Kontaktorsak", "22-årig man med huvudvärk och nacksmärta sedan i går eftermiddag efter att ha burit en tung soffa. Orolig eftersom en kusin hade en hjärnblödning i 30-årsåldern."),
        ("Hereditet", "Kusin på mammans sida med subaraknoidalblödning, trolig aneurysmruptur enligt familjen. Mamma har migrän."),
        ("Anamnes", "Huvudvärken kom gradvis under kvällen, inte plötsligt, och är lokaliserad i nacken och bakhuvudet. Den förvärras när han vrider på huvudet. Ingen feber, inget illamående, inga kräkningar, inga synstörningar. Ingen medvetandeförlust. Har tagit Ipren med viss effekt. Inga tidigare liknande besvär, inga regelbundna läkemedel."),
        ("Sociala förhållanden", "Studerar till ingenjör i Lund och bor i korridor. Flyttade i går och bar möbler hela eftermiddagen med kompisar. Snusar, dricker alkohol någon gång i månaden, inga droger."),
        ("Överväganden", "Med hans oro och hereditet övervägdes lumbalpunktion, men den bedömdes inte indicerad när DT gjordes inom sex timmar efter att värken blivit tydlig och anamnesen talar för en gradvis debut i samband med lyftarbete. Bedömningen diskuterades med bakjouren, som instämde."),
        ("Status", "AT: Opåverkad, vaken och adekvat. Temp 36,8. BT 132/78, puls 70. Neurologiskt status: Pupiller lika stora och reagerar normalt. Normal motorik och sensibilitet i armar och ben, reflexer lika. Ingen nackstyvhet vid passiv flexion, däremot muskulär ömhet över trapezius och paravertebralt i halsryggen. Ingen ömhet över spinalutskotten."),
        ("Lab", "CRP under 5, LPK 7,2, Hb 152."),
        ("DT hjärna", "Ingen blödning, inga tecken på infarkt eller expansivitet. Normala ventriklar."),
        ("Bedömning", "Muskulär nacksmärta efter lyft med spänningshuvudvärk. Ingen misstanke om subaraknoidalblödning med tanke på gradvis debut, normalt status och normal DT inom sex timmar. Inga tecken på meningit."),
        ("Åtgärd", "Fortsatt Ipren och Alvedon, värme och rörelse. Information om varningstecken given. Söker igen vid plötslig svår huvudvärk, feber eller nytillkomna neurologiska besvär."),
        ("Information", "Har förklarat för patienten varför vi gjorde DT och att den var normal. Han är lugnad och förstår att hans kusins sjukdom inte påverkar bedömningen i dag. Ingen uppföljning planeras på sjukhuset, kontakt med vårdcentralen om besvären inte avtagit inom en vecka."),
    ])], [], ["NL102", "NL101"],
    "long ED note full of negations, with the only hedge inside a cousin's history")

C("lang-epikris-pad-efter-utskrivning-ej-informerad", "vgr", "19911105-8997", [
    N("n1", M, "Epikris", "sas_kir", ("Johan Lindahl", "läkare"), "2024-10-08 15:00", 40, "slutenvård", [
        ("Inkomstorsak", "32-årig man inlagd för tarmvred i tunntarmen utan tidigare bukoperation."),
        ("Förlopp", "DT visade tunntarmsileus med övergångszon i höger fossa. Laparoskopi konverterades till öppen operation, en 4 cm tumör i distala ileum resecerades med primäranastomos. Postoperativt okomplicerat, hemgång dag 6."),
        ("PAD", "Svar inkommet efter utskrivningen: neuroendokrin tumör i ileum, grad 1, Ki-67 2 %, två av tolv lymfkörtlar med metastas."),
        ("Information", "Patienten är inte informerad om PAD-svaret ännu. Han kallas till mottagningen nästa vecka för besked och planering, DOTATOC-PET och kromogranin A beställda."),
        ("Diagnoser", "Tunntarmsileus orsakad av tumör i ileum. Tunntarmsresektion."),
    ])], ["NL101"], ["NL102"],
    "a pathology answer added to the discharge summary before the patient has been told")

C("typo-differntialdiagnos-reaktiv-artrit", "vgr", "19780513-8893", [
    N("n1", M, "Läkaranteckning", "su_reuma", ("Camilla Ritzén", "läkare"), "2024-06-20 10:30", 30, "öppenvård", [
        ("Aktuellt", "Svullet vänster knä och fotled sedan tre veckor, hade diarré i samband med resa till Thailand i maj."),
        ("Lab", "CRP 38, RF och anti-CCP negativa, HLA-B27 positiv."),
        ("Bedömning", "Differntialdiagnos reaktiv artrit eller debut av spondylartrit. Feces-odling och klamydia-PCR skickade."),
    ])], ["NL102"], ["NL101"],
    "typo 'Differntialdiagnos' introducing two candidate diagnoses")

C("typo-pneumoni-utseluten-rtg-normal", "skane", "19900322-4343", [
    N("n1", M, "Akutanteckning", "hbg_akut", ("Tina Lundqvist", "läkare"), "2024-12-27 12:15", 20, "akutmottagning", [
        ("Rtg pulm", "Normala lungor, inga infiltrat."),
        ("Bedömning", "Pneumoni utseluten. Hostan bedöms vara efter förkylning, hem med råd."),
    ])], [], ["NL102", "NL101"],
    "typo 'utseluten' in a ruled-out pneumonia")

C("typo-besket-ej-lamnat-pad-sarkom", "vgr", "20020402-9375", [
    N("n1", M, "Provsvarsanteckning", "su_onk", ("Viktoria Nyqvist", "läkare"), "2024-02-09 14:50", 10, "öppenvård", [
        ("PAD", "Mellannålsbiopsi från lårets mjukdelar: synovialt sarkom."),
        ("Planering", "Patienten har inte fått besket ännu, kallas till sarkommottagningen på måndag tillsammans med föräldrarna."),
    ])], ["NL101"], ["NL102"],
    "typo 'besket' (besked): sarcoma written visibly before the patient has been told")

C("typo-misstankt-utan-umlaut-njurartarstenos", "skane", "19751018-6120", [
    N("n1", M, "Läkaranteckning", "malmo_endo", ("Hassan Jafari", "läkare"), "2024-07-30 13:25", 35, "öppenvård", [
        ("Lab", "Kalium 3,2, renin och aldosteron skickade. Krea steg från 70 till 118 efter insatt ACE-hämmare."),
        ("Bedömning", "Misstankt njurartarstenos. DT-angiografi av njurartärerna beställd, ACE-hämmaren sätts ut."),
    ])], ["NL102"], ["NL101"],
    "typo without umlauts ('Misstankt njurartarstenos') after a creatinine rise")

C("typo-trolig-pnemoni-vanster", "vgr", "20030515-2209", [
    N("n1", M, "Akutanteckning", "skas_akut", ("Erik Tenggren", "läkare"), "2024-03-03 18:05", None, "akutmottagning", [
        ("Status", "Nedsatt andningsljud och dämpning basalt vänster. Temp 38,8."),
        ("Lab", "CRP 210, LPK 16."),
        ("Bedömning", "Trolig pnemoni vänster underlob, rtg pulm i kväll men antibiotika startas redan nu."),
    ])], ["NL102"], ["NL101"],
    "typo 'pnemoni' hedged with 'Trolig' before the X-ray")


# ---------------------------------------------------------------------------
# Writing and validation
# ---------------------------------------------------------------------------

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:13]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def in_2024(ts):
    return isinstance(ts, str) and ts.startswith("2024-")


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")
        where = f"case {name}"
        if set(c) != CASE_KEYS:
            problems.append(f"{where}: keys {sorted(c)}")
            continue
        if name in names:
            problems.append(f"{where}: duplicate case name")
        names.add(name)
        if not re.fullmatch(r"[a-z0-9-]+", name):
            problems.append(f"{where}: case name must be lowercase ascii with dashes")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{where}: ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            problems.append(f"{where}: why must be one line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append(f"{where}: record keys {sorted(rec)}")
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            problems.append(f"{where}: patient keys {sorted(pat)}")
        pnr = pat["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr) or not luhn_ok(pnr):
            problems.append(f"{where}: personnummer {pnr} not Luhn-valid")
        if pat["birth_date"] != f"{pnr[0:4]}-{pnr[4:6]}-{pnr[6:8]}":
            problems.append(f"{where}: birth_date does not match personnummer")
        if pat["protected_identity"] is not False:
            problems.append(f"{where}: protected_identity")
        if not in_2024(rec["as_of"]):
            problems.append(f"{where}: as_of not in 2024")
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                problems.append(f"{where}: {k} must be empty")
        birth = _dt.date.fromisoformat(pat["birth_date"])
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append(f"{where}: note keys {sorted(n)}")
                continue
            if n["id"] in ids:
                problems.append(f"{where}: duplicate note id {n['id']}")
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{where}: system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{where}: VGR notes are Melior")
            if n["system"] == "PMO" and not UNITS_PMO.intersection({n["unit"]["hsa_id"]}):
                problems.append(f"{where}: PMO note at a hospital unit")
            if not in_2024(n["time"]) or (n["signed"] is not None and not in_2024(n["signed"])):
                problems.append(f"{where}: note {n['id']} time/signed not in 2024")
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append(f"{where}: note {n['id']} signed before written")
            if n["time"] > rec["as_of"]:
                problems.append(f"{where}: note {n['id']} after as_of")
            t = _dt.date.fromisoformat(n["time"][:10])
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15:
                problems.append(f"{where}: patient aged {age} (13-15 not used)")
            region_prefix = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not n["unit"]["hsa_id"].startswith(region_prefix):
                problems.append(f"{where}: unit {n['unit']['name']} not in region {c['ruleset']}")
            if not n["sections"]:
                problems.append(f"{where}: note {n['id']} has no sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append(f"{where}: bad section in {n['id']}")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problems.append(f"{where}: sentence repeats ({sentences[sent]}): {sent!r}")
                        sentences.setdefault(sent, name)
        seen = set()
        for key in ("must", "must_not"):
            for item in c[key]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append(f"{where}: bad {key} item {item}")
                    continue
                code, nid = item
                if code not in CODES:
                    problems.append(f"{where}: unknown code {code}")
                if nid not in ids:
                    problems.append(f"{where}: target {nid} does not exist")
                if (code, nid) in seen:
                    problems.append(f"{where}: {code}@{nid} asserted twice")
                seen.add((code, nid))
                if key == "must" and code == "NL101" and systems.get(nid) == "PMO":
                    problems.append(f"{where}: NL101 is never asserted on PMO notes")
                if code == "NL102" and systems.get(nid) == "PMO" and key == "must":
                    problems.append(f"{where}: PMO hedges are must_not NL102")
                if code == "NL101" and systems.get(nid) == "PMO":
                    problems.append(f"{where}: NL101 is not asserted on PMO notes")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{where}: asserts nothing")
    return problems


UNITS_PMO = {UNITS[k][1] for k in ("vc_eslov", "vc_malmo", "hsv_hoor", "bvc_kavl", "vc_ystad")}


def main():
    out = HERE / f"{NAME}.jsonl"
    problems = validate(CASES)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)
    # the written file must read back to the same cases
    back = [json.loads(line) for line in text.splitlines() if line]
    if back != CASES:
        problems.append("jsonl does not read back to the same cases")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); {out.name} not written", file=sys.stderr)
        return 1
    out.write_text(text, encoding="utf-8")
    counts = {}
    for c in CASES:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                counts.setdefault(code, [0, 0])[key == "must_not"] += 1
    print(f"wrote {out} with {len(CASES)} cases")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code][0]}, must_not {counts[code][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
