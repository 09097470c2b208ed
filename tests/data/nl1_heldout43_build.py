#!/usr/bin/env python3
"""Held-out test set 43: surgical department (kirurgi), NL101 / NL102.

Written independently from the regional routines (seeds) and the NL1 rule catalog.
Standard library only, deterministic. Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

AS_OF = "2024-10-21T00:00:00"

# Units. Skåne: Helsingborgs lasarett / Ängelholms sjukhus (Melior) and a few
# primary-care units (PMO). VGR: Södra Älvsborgs Sjukhus (Melior).
UNITS = {
    "H_MOTT": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-7KM4"),
    "H_KOLO": ("Kolorektalmottagningen, Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-7KR2"),
    "H_BROST": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-7BR9"),
    "H_AVD52": ("Kirurgavdelning 52, Helsingborgs lasarett", "SE2321000255-7A52"),
    "H_AVD53": ("Kirurgavdelning 53, Helsingborgs lasarett", "SE2321000255-7A53"),
    "H_AKUT": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-7AK1"),
    "H_DAG": ("Dagkirurgiska enheten, Ängelholms sjukhus", "SE2321000255-8DK3"),
    "H_STOMI": ("Stomimottagningen, Helsingborgs lasarett", "SE2321000255-7ST6"),
    "H_OP": ("Operationsavdelningen, Helsingborgs lasarett", "SE2321000255-7OP8"),
    "H_BARN": ("Barnakuten, Helsingborgs lasarett", "SE2321000255-7BA5"),
    "H_ENDO": ("Endoskopienheten, Helsingborgs lasarett", "SE2321000255-7EN3"),
    "VC_DROTT": ("Vårdcentralen Drottninghög, Helsingborg", "SE2321000255-5VD1"),
    "VC_HOG": ("Vårdcentralen Höganäs", "SE2321000255-5VH7"),
    "VC_ANG": ("Vårdcentralen Ängelholm Centrum", "SE2321000255-5VA2"),
    "S_MOTT": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011402"),
    "S_BROST": ("Bröstcentrum, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011417"),
    "S_KOLO": ("Kolorektalsektionen, Kirurgmottagningen, SÄS Borås", "SE2321000131-E000000011425"),
    "S_AVD31": ("Kirurgavdelning 31, SÄS Borås", "SE2321000131-E000000011431"),
    "S_AVD32": ("Kirurgavdelning 32, SÄS Borås", "SE2321000131-E000000011432"),
    "S_AKUT": ("Akutmottagningen, SÄS Borås", "SE2321000131-E000000011006"),
    "S_DAG": ("Dagkirurgiska enheten, SÄS Skene", "SE2321000131-E000000011518"),
    "S_ENDO": ("Endoskopimottagningen, SÄS Borås", "SE2321000131-E000000011449"),
    "S_BARN": ("Barnakuten, SÄS Borås", "SE2321000131-E000000012013"),
    "S_OP": ("Operation 1, SÄS Borås", "SE2321000131-E000000011460"),
}

CASES = []


def _ts(s):
    if s is None:
        return None
    return s.replace(" ", "T") + ":00"


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": _ts(time),
        "signed": _ts(signed),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(name, ruleset, pat, notes, must, must_not, why, as_of=AS_OF):
    pnr, birth = pat
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
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


M = "Melior"
P = "PMO"
OV = "öppenvård"
SV = "slutenvård"

# ---------------------------------------------------------------- part 1
C("kir-skane-obs-appendicit-jour", "skane", ("20040906-7915", "2004-09-06"), [
    N("n1", M, "Läkaranteckning", "H_AKUT", "Jonatan Ekberg", "läkare",
      "2024-10-07 22:40", "2024-10-07 23:05", OV, [
          ("Anamnes", "20-årig man, tidigare frisk. Sedan i går kväll smärta kring naveln som sedan vandrat ned mot hö fossa. Aptitlös, kräkts x 1. Ingen diarré, ingen miktionssveda."),
          ("Status", "AT: opåverkad, temp 38,1. Buk: mjuk, palp.ömhet och släppömhet hö fossa iliaca, Rovsing pos. Lab: LPK 13,4, CRP 46."),
          ("Bedömning", "Obs appendicit. AIR-score 7."),
          ("Åtgärd", "Inläggs avd 52. Fasta, dropp, Alvedon iv. Ny bedömning i morgon bitti med nytt lab."),
      ])],
    [("NL102", "n1")], [],
    "'Obs appendicit' (observation för, dvs. misstänkt) i synlig Bedömning i Melior är en hypotes.")

C("kir-vgr-susp-kolecystit-akuten", "vgr", ("19490827-1168", "1949-08-27"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Sofie Brandt", "läkare",
      "2024-10-08 14:10", "2024-10-08 15:02", OV, [
          ("Anamnes", "Sedan 2 dygn smärta under hö arcus med utstrålning mot hö skulderblad. Illamående men ej kräkts. Känd gallstensbärare sedan UL 2021."),
          ("Status", "Temp 38,4. Murphys tecken pos. Buken i övrigt mjuk och oöm. CRP 112, LPK 14,9, bilirubin 18, ALP och ALAT normala."),
          ("Bedömning", "Susp akut kolecystit. Inläggs på kirurgen."),
          ("Åtgärd", "UL lever och gallvägar beställt till i morgon förmiddag. Pip-Taz efter blododlingar x 2."),
      ])],
    [("NL102", "n1")], [],
    "'Susp' (utan punkt) framför kolecystit i synlig Bedömning, VGR Melior.")

C("kir-skane-trol-divertiklit-rond-typo", "skane", ("19590224-7641", "1959-02-24"), [
    N("n1", M, "Ronduppföljning", "H_AVD53", "Karin Möller", "läkare",
      "2024-10-09 10:20", "2024-10-09 11:40", SV, [
          ("Aktuellt", "Vårddag 2. Mindre ont, har ätit lite yoghurt. Afebril sedan i morse."),
          ("Status", "Buk: fortsatt lokal ömhet vä fossa iliaca, ingen peritonit. CRP 168 -> 121."),
          ("Bedömning", "Trol. okomplicerad sigmoideumdivertiklit, förbättras utan antibiotika."),
          ("Planering", "Fritt peroralt. Hem i morgon vid fortsatt förbättring. Koloskopi om 6-8 veckor via kolorektalmottagningen."),
      ])],
    [("NL102", "n1")], [],
    "'Trol.' (trolig) framför divertikulit i synlig Bedömning på vårdavdelning. Stavfel 'divertiklit'.")

C("kir-vgr-misstanke-coloncancer-informerad", "vgr", ("19510715-3735", "1951-07-15"), [
    N("n1", M, "Mottagningsanteckning", "S_KOLO", "Anders Hallberg", "läkare",
      "2024-10-08 09:30", "2024-10-08 12:15", OV, [
          ("Anamnes", "Remiss från VC pga järnbristanemi, Hb 94. Ingen synlig blödning, något lösare avföring senaste tre månaderna. Viktnedgång 4 kg."),
          ("Utredning", "DT buk med kontrast 2/10: väggförtjockning i colon ascendens som inger misstanke om coloncancer. Inga säkra levermetastaser."),
          ("Bedömning", "Pat informerad om DT-fyndet och att vi misstänker cancer i tjocktarmen. Han tog beskedet sansat, hustrun med vid samtalet."),
          ("Planering", "Koloskopi med px inom två veckor. Kontaktsjuksköterska Lena Ohlsson tilldelad, ringer pat i morgon. Återbesök efter koloskopi."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Misstänkt coloncancer som redan berättats för patienten: hypotesen står ändå synligt (NL102), men inget är oberättat (ej NL101).")

C("kir-skane-ileus-bild-som-vid", "skane", ("19420502-5234", "1942-05-02"), [
    N("n1", M, "Jouranteckning", "H_AKUT", "Elin Svärd", "läkare",
      "2024-10-10 03:15", "2024-10-10 04:02", OV, [
          ("Bedömning", "82-årig man, öppen kolonresektion 2015, nu kräkningar och uppblåst buk sedan i går eftermiddag. DT: dilaterade tunntarmsslyngor med kaliberväxling i nedre buken, bild som vid tunntarmsileus, trol. på basen av adherenser. V-sond satt, 600 ml gallfärgat. Dropp. Kir-bakjour informerad, inläggs avd 52."),
      ])],
    [("NL102", "n1")], [],
    "En enda lång Bedömning med 'bild som vid' tunntarmsileus och 'trol.' bridileus från jour.")

C("kir-vgr-dd-pankreatit-ulcus", "vgr", ("19750522-7376", "1975-05-22"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Rasmus Lind", "läkare",
      "2024-10-11 19:50", "2024-10-11 20:30", OV, [
          ("Anamnes", "Sedan 6 h intensiv smärta i epigastriet, bältesformig utstrålning mot ryggen. Alkohol i helgen, röker 15 cig/dag. Ingen tidigare bukkirurgi."),
          ("Status", "Smärtpåverkad, BT 145/90, P 104. Ömhet i epigastriet, ingen défense."),
          ("Bedömning", "DD pankreatit, perforerat ulcus."),
          ("Åtgärd", "P-amylas, leverstatus, DT buk akut. Morfin 5 mg iv."),
      ])],
    [("NL102", "n1")], [],
    "'DD' följt av två diagnoser i synlig Bedömning.")

C("kir-skane-anastomoslackage-kan-ej-uteslutas-utkast", "skane", ("19530830-6165", "1953-08-30"), [
    N("n1", M, "Läkaranteckning", "H_AVD53", "Oskar Nyström", "läkare",
      "2024-10-12 21:05", None, SV, [
          ("Aktuellt", "Postop dag 4 efter lap hö hemikolektomi. Ny feber 38,7 i natt, takykard runt 110, mer ont i buken."),
          ("Status", "Buk: spänd, diffus ömhet, mest kring anastomosområdet. CRP 287 (i går 164)."),
          ("Bedömning", "Anastomosläckage kan ej uteslutas."),
          ("Åtgärd", "DT buk med iv och po kontrast i kväll. Fasta, Pip-Taz insatt. Bakjour dr Falk informerad."),
      ])],
    [("NL102", "n1")], [],
    "Osignerat utkast: 'kan ej uteslutas' om anastomosläckage hos patienten i synlig Bedömning.")

C("kir-vgr-forenligt-med-perianal-abscess", "vgr", ("19930219-4551", "1993-02-19"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Hanna Jovanović", "läkare",
      "2024-10-13 11:20", "2024-10-13 11:58", OV, [
          ("Anamnes", "Sedan 3 dagar tilltagande smärta vid ändtarmsöppningen, svårt att sitta. Ingen feber."),
          ("Status", "Rodnad, ömmande och fluktuerande resistens kl 5 i stenläge, ca 3 cm. Fynd förenligt med perianal abscess."),
          ("Åtgärd", "Bokas för incision på dagkirurgen i morgon, fastande från midnatt. Citodon vb."),
      ])],
    [("NL102", "n1")], [],
    "'Förenligt med' perianal abscess i Status (synligt sökord), VGR.")

C("kir-skane-talar-for-koledokussten", "skane", ("19560309-9168", "1956-03-09"), [
    N("n1", M, "Läkaranteckning", "H_AVD52", "Viktor Åkesson", "läkare",
      "2024-10-14 10:45", "2024-10-14 11:20", SV, [
          ("Aktuellt", "Inlagd i går för gallstensanfall, nu lätt gulaktig i sclerae enligt ssk."),
          ("Bedömning", "Stigande bilirubin (31 -> 58) och vidgad koledokus 11 mm på UL talar för koledokussten."),
          ("Planering", "MRCP i morgon, därefter ställningstagande till ERCP. Fortsatt flytande kost."),
      ])],
    [("NL102", "n1")], [],
    "'Talar för' koledokussten i synlig Bedömning.")

C("kir-vgr-ljumskbrack-fragetecken", "vgr", ("19591120-8519", "1959-11-20"), [
    N("n1", M, "Mottagningsanteckning", "S_MOTT", "Jesper Wallin", "läkare",
      "2024-10-14 13:40", None, OV, [
          ("Bedömning", "Resistens hö ljumske sedan i våras, reponibel i liggande. Ljumskbråck? Femoralbråck? UL ljumskar beställt, återbesök därefter."),
      ])],
    [("NL102", "n1")], [],
    "Kort anteckning av underläkare: diagnoser med frågetecken ('Ljumskbråck? Femoralbråck?'). Osignerat utkast.")

C("kir-skane-mojlig-malignitet-screening", "skane", ("19700625-2303", "1970-06-25"), [
    N("n1", M, "Mottagningsanteckning", "H_BROST", "Ingrid Paulsson", "läkare",
      "2024-10-07 10:00", "2024-10-07 16:45", OV, [
          ("Anamnes", "Återkallad från mammografiscreening. Känner ingen knöl själv. Mor fick bröstcancer vid 70 års ålder."),
          ("Utredning", "Mammografi och UL: 12 mm oregelbunden förtätning kl 10 vä bröst, BI-RADS 4, möjlig malignitet. Axill utan suspekta lgll."),
          ("Åtgärd", "Mellannålsbiopsi x 3 under UL-ledning. Svar om ca en vecka, återbesök på trippeldiagnostiken."),
      ])],
    [("NL102", "n1")], [],
    "'Möjlig malignitet' efter bilddiagnostik i synlig Utredning; moderns bekräftade bröstcancer är ej hedgad.")

C("kir-vgr-sannolikt-fibroadenom", "vgr", ("19990427-9669", "1999-04-27"), [
    N("n1", M, "Mottagningsanteckning", "S_BROST", "Maja Ekström", "läkare",
      "2024-10-09 08:30", "2024-10-09 09:10", OV, [
          ("Anamnes", "25-årig kvinna med palpabel knöl i hö bröst sedan två månader. Ingen hereditet för bröst- eller äggstockscancer."),
          ("Status", "2 cm rund, mobil, välavgränsad resistens kl 7 hö bröst. Axiller ua."),
          ("Bedömning", "UL visar välavgränsad, ovoid, hypoekogen förändring. Sannolikt fibroadenom. Mellannålsbiopsi för att säkerställa diagnosen."),
      ])],
    [("NL102", "n1")], [],
    "'Sannolikt fibroadenom': hedgad men godartad diagnos är fortfarande en hypotes i synlig text.")

C("kir-skane-differntialdiagnos-crohn-typo", "skane", ("20001027-5337", "2000-10-27"), [
    N("n1", M, "Mottagningsanteckning", "H_KOLO", "Per-Olof Sandberg", "läkare",
      "2024-10-10 14:00", "2024-10-10 15:30", OV, [
          ("Anamnes", "Remiss från VC: fyra månader med lösa avföringar, viktnedgång 6 kg och ömhet vid anus."),
          ("Status", "BMI 18. Buk mjuk, lätt öm hö fossa. Perianalt en fistelmynning kl 7, ingen abscess."),
          ("Bedömning", "Analfistel hos ung man med tarmsymtom, differntialdiagnos Crohns sjukdom."),
          ("Planering", "Koloskopi med ileoskopi, F-kalprotektin och MR lilla bäckenet. Återbesök när allt är klart."),
      ])],
    [("NL102", "n1")], [],
    "'Differentialdiagnos' Crohns sjukdom; själva analfisteln är bekräftad. Stavfel 'differntialdiagnos'.")

C("kir-vgr-kan-rora-sig-om-sarinfektion-tel", "vgr", ("19840913-4668", "1984-09-13"), [
    N("n1", M, "Omvårdnadsanteckning", "S_DAG", "Therese Gustafsson", "sjuksköterska",
      "2024-10-15 08:50", "2024-10-15 09:05", OV, [
          ("Telefonkontakt", "Pat ringer, opererad med lap kolecystektomi för fem dagar sedan. Navelsåret rodnar och vätskar lite gulaktigt, temp 37,9. Kan röra sig om ytlig sårinfektion. Tid för såröversyn hos dagkirurgens ssk i morgon kl 09.30."),
      ])],
    [("NL102", "n1")], [],
    "Sjuksköterskans telefonanteckning: 'kan röra sig om' sårinfektion är en hedgad diagnos i synlig text.")

C("kir-skane-koloskopi-ingen-misstanke-malignitet", "skane", ("19710305-9817", "1971-03-05"), [
    N("n1", M, "Endoskopisvar", "H_ENDO", "Lars Thörn", "läkare",
      "2024-10-08 11:15", "2024-10-08 11:40", OV, [
          ("Undersökning", "Koloskopi till caekum, bra tarmrengöring. Divertiklar i sigmoideum, inga polyper. Ingen misstanke om malignitet."),
          ("Bedömning", "Divertikulos."),
          ("Planering", "Ingen uppföljning via kirurgen, åter till VC."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "'Ingen misstanke om malignitet' är negerat; divertikulos är bekräftad och inget sägs om information.")

# ---------------------------------------------------------------- part 2
C("kir-skane-oklart-om-ulcus-eller-pankreatit", "skane", ("19780409-5433", "1978-04-09"), [
    N("n1", M, "Jouranteckning", "H_AKUT", "Filip Rosén", "läkare",
      "2024-10-09 01:30", "2024-10-09 02:10", OV, [
          ("Anamnes", "46-årig man med plötslig smärta i övre buken sedan kl 22. NSAID-bruk för ryggvärk, ingen alkohol senaste veckan."),
          ("Status", "Blek, kallsvettig. Bukväggen spänd i epigastriet. P 112, BT 118/70."),
          ("Bedömning", "Oklart om det rör sig om perforerat ulcus eller akut pankreatit, fri gas ej säkert påvisad på buköversikten."),
          ("Åtgärd", "DT buk akut, amylas och laktat. Fasta, iv vätska, Nexium 40 mg iv."),
      ])],
    [("NL102", "n1")], [],
    "'Oklart om det rör sig om' två diagnoser hos patienten i synlig Bedömning.")

C("kir-vgr-eventuel-dvt-postop-typo", "vgr", ("19450518-5720", "1945-05-18"), [
    N("n1", M, "Läkaranteckning", "S_AVD31", "Nils Bergkvist", "läkare",
      "2024-10-10 09:55", "2024-10-10 10:30", SV, [
          ("Aktuellt", "Postop dag 3 efter akut op av inklämt femoralbråck hö. Svullet och ömt vä underben sedan i morse enl. nattssk."),
          ("Status", "Vä vad 3 cm större i omfång än hö, lätt ödem, ingen rodnad. Homans ej testat."),
          ("Bedömning", "Eventuel DVT vä ben."),
          ("Planering", "UL-doppler beställd. Fragmin i behandlingsdos tills svar finns."),
      ])],
    [("NL102", "n1")], [],
    "'Eventuell' framför DVT (en postoperativ komplikation hos patienten) i synlig Bedömning. Stavfel 'Eventuel'.")

C("kir-skane-fragestallning-rektalcancer", "skane", ("19640424-9077", "1964-04-24"), [
    N("n1", M, "Mottagningsanteckning", "H_KOLO", "Mikael Hjort", "läkare",
      "2024-10-11 10:10", "2024-10-11 10:35", OV, [
          ("Anamnes", "Blod i avföringen och tenesmer sedan jul, upplever ofullständig tömning."),
          ("Status", "PR: ojämn, fast förändring på framväggen ca 7 cm upp, lättblödande."),
          ("Utredning", "Remiss koloskopi och DT thorax-buk. Frågeställning: rektalcancer?"),
      ])],
    [("NL102", "n1")], [],
    "'Frågeställning: rektalcancer?' i synligt sökord Utredning.")

C("kir-vgr-kan-inte-utseluta-ischemi-typo", "vgr", ("19420111-7522", "1942-01-11"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Emma Sjöberg", "läkare",
      "2024-10-12 06:40", "2024-10-12 07:25", OV, [
          ("Anamnes", "Förmaksflimmer, satte själv ut Waran i somras. Plötslig svår buksmärta sedan kl 03 i natt."),
          ("Status", "Smärta ur proportion mot status, buken mjuk och bara lätt öm. Laktat 4,2, LPK 19."),
          ("Bedömning", "Kan inte utseluta mesenteriell ischemi."),
          ("Åtgärd", "DT-angio buk akut. Kärljouren konsulterad, opanmäld preliminärt."),
      ])],
    [("NL102", "n1")], [],
    "'Kan inte utesluta' mesenteriell ischemi: en hypotes, inte en negation. Stavfel 'utseluta'.")

C("kir-skane-misstankt-invagination-barn", "skane", ("20211017-9955", "2021-10-17"), [
    N("n1", M, "Konsultationsanteckning", "H_BARN", "Ulrika Falk", "läkare",
      "2024-10-13 16:20", "2024-10-13 17:00", OV, [
          ("Anamnes", "3-årig pojke med attacker av skrik och uppdragna ben sedan i morse, blek och trött mellan attackerna. Kräkts x 3. Mamma beskriver en blodig, slemmig blöja."),
          ("Status", "Blek men vaken. Buk: mjuk, möjligen en resistens i hö övre kvadranten."),
          ("Bedömning", "Misstänkt invagination."),
          ("Åtgärd", "UL buk akut. Om fyndet bekräftas kontaktas barnkirurgen i Lund för reponering."),
      ])],
    [("NL102", "n1")], [],
    "Barn under 13 (vårdnadshavare läser): 'misstänkt invagination' i synlig Bedömning.")

C("kir-vgr-trolig-appendicit-barn", "vgr", ("20150828-1407", "2015-08-28"), [
    N("n1", M, "Läkaranteckning", "S_BARN", "Johan Cederholm", "läkare",
      "2024-10-14 18:15", "2024-10-14 18:50", OV, [
          ("Anamnes", "9-årig flicka med buksmärta sedan ett dygn, nu lokaliserad till hö fossa. Feber 38,3. Hoppar ogärna."),
          ("Status", "Ömhet och défense hö fossa. LPK 15, CRP 38."),
          ("Bedömning", "Trolig appendicit. Lap app i kväll, föräldrarna informerade om planen och samtycker."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Barn, VGR: 'trolig appendicit' i Bedömning; föräldrarna är informerade, inget är oberättat.")

C("kir-skane-missankt-pilonidalabscess-typo", "skane", ("20021217-9972", "2002-12-17"), [
    N("n1", M, "Dagkirurgisk anteckning", "H_DAG", "Sara Lundgren", "läkare",
      "2024-10-15 08:05", "2024-10-15 08:20", OV, [
          ("Bedömning", "Ömmande svullnad sacrococcygealt i 4 dgr. Missänkt pilonidalabscess, incision i lokalbedövning idag."),
      ])],
    [("NL102", "n1")], [],
    "Stavfel 'Missänkt' (misstänkt) framför pilonidalabscess; hypotesen står synligt.")

C("kir-vgr-sannolkt-hemorrojd-typo", "vgr", ("19900109-1728", "1990-01-09"), [
    N("n1", M, "Mottagningsanteckning", "S_MOTT", "Amir Haddad", "läkare",
      "2024-10-16 14:25", "2024-10-16 15:00", OV, [
          ("Anamnes", "Akut smärtsam knöl vid anus sedan 2 dagar. Förlöst för tre månader sedan."),
          ("Status", "Blåaktig, spänd, 1 cm stor resistens kl 3 strax utanför anus."),
          ("Bedömning", "Sannolkt trombotiserad extern hemorrojd. Exstirpation i lokalbedövning på mottagningen idag, gick bra."),
      ])],
    [("NL102", "n1")], [],
    "Stavfel 'Sannolkt' (sannolikt) framför hemorrojd i synlig Bedömning.")

C("kir-skane-epikris-trol-gastroenterit", "skane", ("20000326-7044", "2000-03-26"), [
    N("n1", M, "Epikris", "H_AVD52", "Hampus Lindahl", "läkare",
      "2024-10-09 13:30", None, SV, [
          ("Epikris", "Inkom via akuten med buksmärta och kräkningar, frågeställning appendicit. DT buk visade normal appendix och lätt väggförtjockade tunntarmsslyngor. Observerades ett dygn, blev snabbt bättre och fick diarré dag två."),
          ("Diagnos", "R10.4 Buksmärta UNS. Trol. viral gastroenterit."),
          ("Uppföljning", "Ingen planerad. Åter vid försämring."),
      ])],
    [("NL102", "n1")], [],
    "Utskrivningsdiagnos i epikris med 'Trol.' viral gastroenterit under sökord Diagnos. Osignerat utkast.")

C("kir-vgr-opdiagnos-bild-som-vid", "vgr", ("19990319-7011", "1999-03-19"), [
    N("n1", M, "Operationsberättelse", "S_OP", "Fredrik Olofsson", "läkare",
      "2024-10-08 23:50", "2024-10-09 08:15", SV, [
          ("Indikation", "Klinisk appendicit, AIR 9."),
          ("Operation", "Laparoskopisk appendektomi, tre portar. Appendix svullen och rodnad med fibrinbeläggning, ingen perforation. Basen staplad. Lätt grumlig vätska i lilla bäckenet sugs rent."),
          ("Diagnos", "Makroskopiskt bild som vid flegmonös appendicit, PAD inväntas."),
      ])],
    [("NL102", "n1")], [],
    "Operationsdiagnos formulerad 'bild som vid' i väntan på PAD: hedgad diagnos i synlig text.")

C("kir-skane-pekar-mot-kolangit", "skane", ("19481014-1293", "1948-10-14"), [
    N("n1", M, "Läkaranteckning", "H_AVD52", "Camilla Fors", "läkare",
      "2024-10-16 07:55", "2024-10-16 08:40", SV, [
          ("Aktuellt", "Frossa och feber 39,2 i natt, gul i huden i morse. Bilirubin 87, ALP 6,3, CRP 210."),
          ("Bedömning", "Klinik och lab pekar mot kolangit på basen av känd koledokussten."),
          ("Åtgärd", "Akut ERCP i dag, endoskopist och bakjour underrättade. Blododlingar, Pip-Taz."),
      ])],
    [("NL102", "n1")], [],
    "'Pekar mot' kolangit: hedge som inte står i någon lista, i synlig Bedömning.")

C("kir-vgr-verkar-vara-lipom", "vgr", ("19871222-3174", "1987-12-22"), [
    N("n1", M, "Mottagningsanteckning", "S_DAG", "Lovisa Hedlund", "läkare",
      "2024-10-17 10:40", "2024-10-17 10:55", OV, [
          ("Bedömning", "Mjuk, mobil, oöm resistens 4 cm på vä skuldra sedan flera år. Verkar vara ett lipom. Exstirpation i lokalbedövning på dagkirurgen, väntetid ca 3 mån."),
      ])],
    [("NL102", "n1")], [],
    "'Verkar vara ett lipom': vardaglig hedge framför diagnos.")

C("kir-skane-negation-och-trol-fissur", "skane", ("19940811-6862", "1994-08-11"), [
    N("n1", M, "Mottagningsanteckning", "H_KOLO", "Per-Olof Sandberg", "läkare",
      "2024-10-17 13:15", "2024-10-17 14:00", OV, [
          ("Anamnes", "Svår smärta och färskt blod på pappret vid avföring sedan sex veckor. Hård mage sedan förlossningen i augusti."),
          ("Status", "Längsgående spricka i anodermet kl 6 med vaktpostflik, sfinktern spastisk. Rektoskopi avstås pga smärta."),
          ("Bedömning", "Ingen misstanke om malignitet hos ung kvinna utan alarmsymtom. Trol. kronisk analfissur."),
          ("Planering", "Rektogesic x 2 i 8 veckor, bulkmedel. Återbesök 8 v, botox-injektion om utebliven läkning."),
      ])],
    [("NL102", "n1")], [],
    "Svår positiv: en negerad misstanke (malignitet) följs av en hedgad diagnos ('Trol.' analfissur).")

C("kir-vgr-ileus-fragetecken-rad", "vgr", ("19390105-1973", "1939-01-05"), [
    N("n1", M, "Läkaranteckning", "S_AVD32", "Isak Nordin", "läkare",
      "2024-10-18 02:25", "2024-10-18 02:31", SV, [
          ("Aktuellt", "Uppkörd buk, inga gaser sedan igår, ileus? Rtg buköversikt + ringer bakjour."),
      ])],
    [("NL102", "n1")], [],
    "En rad av nattjouren: 'ileus?' med frågetecken direkt efter diagnosen.")

C("kir-skane-misstanke-om-cdifficile-typo", "skane", ("19680805-2606", "1968-08-05"), [
    N("n1", M, "Läkaranteckning", "H_AVD53", "Tobias Lövgren", "läkare",
      "2024-10-18 11:10", "2024-10-18 11:45", SV, [
          ("Aktuellt", "Postop dag 6 efter sigmoideumresektion. Sedan igår 8-10 vattentunna diarréer. Har fått Pip-Taz för pneumoni sedan dag 2."),
          ("Bedömning", "Misstanke om Clostridoides difficile-infektion."),
          ("Åtgärd", "F-toxinprov skickat. Isoleras på enkelrum med egen toalett, vårdhygien kontaktad. Pip-Taz byts till Doxyferm."),
      ])],
    [("NL102", "n1")], [],
    "'Misstanke om' C. difficile-infektion i synlig Bedömning (slutenvård). Stavfel i diagnosnamnet ('Clostridoides').")

# ---------------------------------------------------------------- part 3
C("kir-vgr-appendicit-kan-utelsutas-typo", "vgr", ("19991021-5921", "1999-10-21"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Rasmus Lind", "läkare",
      "2024-10-07 17:05", "2024-10-07 18:20", OV, [
          ("Anamnes", "Buksmärta i hö fossa sedan 12 timmar, senaste mens för en vecka sedan. Ingen feber, ingen kräkning."),
          ("Status", "Lätt palp.ömhet hö fossa, ingen släppömhet. Gyn-us av gynjouren ua."),
          ("Utredning", "DT buk: normal appendix, ingen fri vätska. Appendicit kan utelsutas."),
          ("Bedömning", "Ospecifik buksmärta. Hem med Alvedon, åter vid försämring."),
      ])],
    [], [("NL102", "n1")],
    "'Appendicit kan uteslutas' efter DT är en negation, inte en hypotes. Stavfel 'utelsutas'.")

C("kir-skane-mastit-inga-tecken-pa-abscess", "skane", ("19950617-2346", "1995-06-17"), [
    N("n1", M, "Mottagningsanteckning", "H_BROST", "Ingrid Paulsson", "läkare",
      "2024-10-08 15:20", "2024-10-08 15:50", OV, [
          ("Anamnes", "Ammar, sex veckor postpartum. Sedan tre dagar rodnad och värk i vä bröst, feber 38,5 i går."),
          ("Status", "Rodnad, värmeökad kil i vä bröst kl 2, ingen fluktuation. UL: inga tecken på abscess."),
          ("Bedömning", "Mastit vä bröst. Fortsätt amma, Heracillin 1 g x 3 i 10 dagar, ny kontakt om ingen förbättring."),
      ])],
    [], [("NL102", "n1")],
    "Bekräftad mastit och 'inga tecken på abscess': ingen hypotes.")

C("kir-vgr-talar-emot-kolecystit", "vgr", ("19531007-9016", "1953-10-07"), [
    N("n1", M, "Läkaranteckning", "S_AVD31", "Nils Bergkvist", "läkare",
      "2024-10-09 11:35", None, SV, [
          ("Utredning", "UL lever och gallvägar: multipla gallstenar, tunn gallblåsevägg, ingen perikolecystisk vätska. Fynd som talar emot kolecystit."),
          ("Bedömning", "Okomplicerat gallstensanfall. Hem idag, anmäls för elektiv lap kolecystektomi."),
      ])],
    [], [("NL102", "n1")],
    "'Talar emot kolecystit' är en negation; gallstensanfallet är bekräftat. Osignerat utkast.")

C("kir-skane-misstanken-om-ileus-avskrivs", "skane", ("19380523-4774", "1938-05-23"), [
    N("n1", M, "Läkaranteckning", "H_AVD52", "Viktor Åkesson", "läkare",
      "2024-10-10 12:45", "2024-10-10 13:30", SV, [
          ("Aktuellt", "86-årig man från särskilt boende, inlagd i går med uppspänd buk och ingen avföring på en vecka."),
          ("Utredning", "Misstanken om ileus avskrivs efter DT som visar rikligt med faeces i colon men ingen kaliberväxling."),
          ("Bedömning", "Obstipation, opioidutlöst. Movicol x 3, klyx, Relistor övervägs."),
      ])],
    [], [("NL102", "n1")],
    "Svår negativ: 'Misstanken om ileus avskrivs' innehåller hedgeord men diagnosen är avskriven.")

C("kir-vgr-ej-hallpunkt-for-perforation", "vgr", ("19870615-6174", "1987-06-15"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Hanna Jovanović", "läkare",
      "2024-10-12 04:10", "2024-10-12 04:40", OV, [
          ("Bedömning", "Ont i övre buken efter helgfest, kräkts upprepat. Buköversikt: ingen fri gas, ej hållpunkt för perforation. Alkoholgastrit, PPI i fyra veckor och hem."),
      ])],
    [], [("NL102", "n1")],
    "'Ej hållpunkt för perforation' negerar; gastriten står utan hedge.")

C("kir-skane-mor-trol-brostcancer-hereditet", "skane", ("19930206-1206", "1993-02-06"), [
    N("n1", M, "Mottagningsanteckning", "H_BROST", "Eva Nordqvist", "läkare",
      "2024-10-10 09:00", "2024-10-10 09:45", OV, [
          ("Anamnes", "Remitteras pga hereditet. Mor trol. bröstcancer i 40-årsåldern i Bosnien, journaler saknas. Mormor dog i äggstockscancer."),
          ("Status", "Mammae utan palpabla resistenser, axiller ua. UL bilat ua."),
          ("Bedömning", "Frisk 31-årig kvinna med möjlig ärftlig belastning. Remiss till onkogenetiska mottagningen i Lund."),
      ])],
    [], [("NL102", "n1")],
    "Den hedgade cancern gäller modern (släkting) och 'möjlig' står framför ärftlig belastning, ingen diagnos.")

C("kir-vgr-bror-misstant-crohn-typo", "vgr", ("19930212-9714", "1993-02-12"), [
    N("n1", M, "Endoskopianteckning", "S_ENDO", "Karl Westerberg", "läkare",
      "2024-10-11 09:20", "2024-10-11 09:55", OV, [
          ("Anamnes", "Koloskopi pga hereditet: far fick koloncancer vid 62 års ålder. Bror utreds för misstänt Crohn. Pat själv besvärsfri."),
          ("Undersökning", "Koloskopi till terminala ileum. Normal slemhinna, inga polyper."),
          ("Bedömning", "Normal koloskopi. Ny koloskopi om 5 år pga hereditet, pat sätts upp på väntelista."),
      ])],
    [], [("NL102", "n1")],
    "'Misstänkt Crohn' gäller brodern; patientens egen koloskopi är normal. Stavfel 'misstänt'.")

C("kir-skane-ev-remiss-gastro", "skane", ("19740830-7986", "1974-08-30"), [
    N("n1", M, "Återbesök", "H_MOTT", "Mikael Hjort", "läkare",
      "2024-10-14 09:40", "2024-10-14 10:05", OV, [
          ("Aktuellt", "Återbesök sex veckor efter lap kolecystektomi. Såren läkta, lite uppblåst efter feta måltider men inga smärtattacker."),
          ("Bedömning", "Opererad för symtomgivande gallsten med gott resultat. Ev. remiss till gastro om uppblåstheten kvarstår efter årsskiftet, pat hör själv av sig."),
      ])],
    [], [("NL102", "n1")],
    "'Ev.' gäller en remiss (en plan), inte en diagnos.")

C("kir-vgr-trolig-hemgang-omvardnad", "vgr", ("19701103-2419", "1970-11-03"), [
    N("n1", M, "Omvårdnadsanteckning", "S_AVD32", "Jennie Carlsson", "sjuksköterska",
      "2024-10-15 14:30", "2024-10-15 14:45", SV, [
          ("Omvårdnad", "Postop dag 2 efter lap sigmoideumresektion. Gått tre varv i korridoren, KAD ut kl 06 och kissat 350 ml. Äter fast föda, smärta VAS 2 på Alvedon."),
          ("Planering", "Trolig hemgång i morgon förmiddag, hemtjänsten meddelad."),
      ])],
    [], [("NL102", "n1")],
    "'Trolig hemgång' är en hedgad plan, ingen diagnos.")

C("kir-skane-eventuellt-rtg-i-morgon", "skane", ("19470320-3549", "1947-03-20"), [
    N("n1", M, "Läkaranteckning", "H_AVD52", "Camilla Fors", "läkare",
      "2024-10-15 16:10", "2024-10-15 16:25", SV, [
          ("Aktuellt", "Postop dag 1 efter öppen op av inklämt navelbråck med tunntarm, ingen resektion behövdes. Öm kring såret, lite uppkörd, har fisat."),
          ("Planering", "Eventuellt rtg buköversikt i morgon om fortsatt uppkörd. Dropp ut, fritt flytande."),
      ])],
    [], [("NL102", "n1")],
    "'Eventuellt rtg' är en hedgad undersökning; navelbråcket är opererat och bekräftat.")

C("kir-vgr-om-feber-sok-akut-dagkir", "vgr", ("19910818-1554", "1991-08-18"), [
    N("n1", M, "Omvårdnadsanteckning", "S_DAG", "Therese Gustafsson", "sjuksköterska",
      "2024-10-16 15:40", "2024-10-16 15:55", OV, [
          ("Åtgärd", "TEP hö ljumskbråck. Pigg postop, har kissat, smärtfri på Alvedon och Ipren."),
          ("Information", "Muntlig och skriftlig info: om feber, tilltagande svullnad i ljumsken eller svårt att kissa, sök akut. Sjukskriven 1 vecka."),
      ])],
    [], [("NL102", "n1")],
    "Villkorlig information ('om feber ... sök akut') är ingen hypotes om patienten.")

C("kir-skane-bekraftad-gangranos-appendicit", "skane", ("20050625-1909", "2005-06-25"), [
    N("n1", M, "Operationsberättelse", "H_OP", "Jonatan Ekberg", "läkare",
      "2024-10-16 21:40", "2024-10-16 22:30", SV, [
          ("Operation", "Lap appendektomi. Appendix gangränös i spetsen utan perforation, lite serös vätska i fossan. Basen dubbelligerad med Endoloop."),
          ("Diagnos", "Akut gangränös appendicit utan perforation."),
          ("Planering", "Ingen postop antibiotika. Hem i morgon om hon mår bra."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Bekräftad operationsdiagnos utan hedge; inget sägs om information.")

C("kir-skane-mojligen-omhet-symptom", "skane", ("19920624-7778", "1992-06-24"), [
    N("n1", M, "Ronduppföljning", "H_AVD52", "Hampus Lindahl", "läkare",
      "2024-10-17 09:15", "2024-10-17 09:40", SV, [
          ("Aktuellt", "Vårddag 2, inlagd i observationssyfte för buksmärta. Mår bra, har ätit frukost."),
          ("Status", "Möjligen lätt ömhet djupt i hö fossa, ingen släppömhet. CRP 12 -> 8."),
          ("Bedömning", "Ospecifik buksmärta i regress. Hem idag."),
      ])],
    [], [("NL102", "n1")],
    "'Möjligen' står framför ett statusfynd (ömhet), inte framför en diagnos.")

C("kir-vgr-ev-rodnad-kring-dran", "vgr", ("19461012-5363", "1946-10-12"), [
    N("n1", M, "Omvårdnadsanteckning", "S_AVD31", "Malin Åberg", "sjuksköterska",
      "2024-10-17 20:20", "2024-10-17 20:35", SV, [
          ("Omvårdnad", "Postop dag 3 efter konverterad, öppen kolecystektomi. Ev. lätt rodnad kring drängången, markerad med penna. Dränet har gett 40 ml serös vätska senaste dygnet. Afebril."),
      ])],
    [], [("NL102", "n1")],
    "'Ev.' står framför en observation (rodnad), inte en diagnos.")

C("kir-skane-dranet-ut-fragetecken", "skane", ("19671110-1375", "1967-11-10"), [
    N("n1", M, "Läkaranteckning", "H_AVD53", "Oskar Nyström", "läkare",
      "2024-10-18 10:05", None, SV, [
          ("Aktuellt", "Postop dag 5 efter lap lågt främre resektion för rektalcancer, PAD-svaret gicks igenom med pat och fru i går. Stomin fungerar, stomiterapeut har varit här."),
          ("Planering", "Dränet ut i morgon? Diskuteras med op-ansvarig."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Frågetecknet gäller en plan (dränet), cancern är bekräftad och redan berättad för patienten. Osignerat utkast.")

# ---------------------------------------------------------------- part 4
C("kir-vgr-tidigare-misstankt-gallsten-avskrevs", "vgr", ("19890509-5827", "1989-05-09"), [
    N("n1", M, "Mottagningsanteckning", "S_MOTT", "Jesper Wallin", "läkare",
      "2024-10-07 11:00", "2024-10-07 11:30", OV, [
          ("Anamnes", "Utreddes 2019 för misstänkt gallsten, vilket avskrevs efter normalt UL. Nu en buktande knöl i naveln sedan andra graviditeten, ömmar vid lyft."),
          ("Status", "Navelbråck med 1,5 cm bråckport, reponibelt, oömt."),
          ("Bedömning", "Navelbråck. Anmäls för öppen plastik med nät i dagkirurgi."),
      ])],
    [], [("NL102", "n1")],
    "Tidigare misstanke (gallsten) som uttryckligen avskrevs; aktuell diagnos bekräftad.")

C("kir-skane-ingen-missanke-inklamning-typo", "skane", ("19440214-9332", "1944-02-14"), [
    N("n1", M, "Läkaranteckning", "H_AKUT", "Filip Rosén", "läkare",
      "2024-10-08 19:30", "2024-10-08 19:55", OV, [
          ("Anamnes", "Känt ljumskbråck vä sedan flera år, ömmat sedan han bar in ved i dag."),
          ("Status", "Vä ljumskbråck, mjukt och reponibelt, lätt öm. Ingen missanke om inklämning."),
          ("Bedömning", "Reponibelt ljumskbråck vä. Remiss för elektiv op, bråckband tills vidare."),
      ])],
    [], [("NL102", "n1")],
    "Stavfel i negationen ('Ingen missanke om inklämning'); negerad misstanke, inget att flagga.")

C("kir-vgr-epikris-villkorlig-kolangit", "vgr", ("19610509-2206", "1961-05-09"), [
    N("n1", M, "Epikris", "S_AVD31", "Sofie Brandt", "läkare",
      "2024-10-11 13:00", "2024-10-11 14:10", SV, [
          ("Epikris", "63-årig kvinna inlagd 8/10 med mild gallstenspankreatit, lipas 2900. Snabb regress på vätska och smärtlindring, äter normalt vid utskrivning."),
          ("Diagnos", "K85.1 Akut gallstensorsakad pankreatit."),
          ("Planering", "Lap kolecystektomi inom fyra veckor, kallelse skickas. Vid feber, gulsot eller ny buksmärta före op ska hon söka akut direkt, kolangit måste då övervägas."),
      ])],
    [], [("NL102", "n1")],
    "Kolangit nämns bara i en villkorlig instruktion ('vid feber ... måste då övervägas'); diagnosen är bekräftad.")

C("kir-skane-appendicit-och-torsion-uteslutna", "skane", ("19980703-6885", "1998-07-03"), [
    N("n1", M, "Jouranteckning", "H_AKUT", "Elin Svärd", "läkare",
      "2024-10-12 23:20", "2024-10-13 00:15", OV, [
          ("Utredning", "DT buk och gyn-UL gjorda. Både appendicit och ovarialtorsion uteslutna."),
          ("Bedömning", "Rupturerad corpus luteum-cysta med måttlig fri vätska, Hb stabilt 128 -> 126, cirkulatoriskt stabil. Hem, gynmottagningen följer upp vb."),
      ])],
    [], [("NL102", "n1")],
    "Två differentialdiagnoser nämns men är 'uteslutna'; aktuell diagnos utan hedge.")

C("kir-skane-tidiga-hypoteser-mall-pankreas", "skane", ("19550929-6199", "1955-09-29"), [
    N("n1", M, "Tidiga hypoteser", "H_MOTT", "Anna-Karin Wiberg", "läkare",
      "2024-10-09 16:30", "2024-10-09 16:55", OV, [
          ("Bedömning", "DT buk inför gallstensop visar 2,5 cm hypodens förändring i pankreashuvudet, misstänkt pankreascancer. Pat ej informerad om fyndet i väntan på MDK, bedöms ännu för oklart att kommunicera."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: hypotes och det oberättade fyndet står i mallen Tidiga hypoteser, som är skyddad.")

C("kir-vgr-tidiga-hypoteser-sokord-skelett", "vgr", ("19460124-1328", "1946-01-24"), [
    N("n1", M, "Läkaranteckning", "S_BROST", "Maja Ekström", "läkare",
      "2024-10-10 10:15", "2024-10-10 11:00", OV, [
          ("Anamnes", "Kontroll fem år efter op för vä bröstcancer. Känner ingen knöl, har haft värk i ländryggen i två månader."),
          ("Status", "Ärret vä bröst fint, axiller och supraklavikulärt utan resistenser. Lätt dunkömhet över L3."),
          ("Bedömning", "Ryggvärk utan neurologiska bortfall. Skelettskintigrafi beställd, svar via telefon."),
          ("Tidiga hypoteser", "Ryggvärken hos tidigare bröstcancerpatient inger misstanke om skelettmetastaser. Avvaktar skintigrafi innan detta tas upp med pat."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: misstanken och att den inte tagits upp med patienten står bara under sökordet Tidiga hypoteser; synliga sökord saknar hypotes.")

C("kir-skane-pmo-misstankt-sarinfektion", "skane", ("20060317-2008", "2006-03-17"), [
    N("n1", P, "Besöksanteckning", "VC_DROTT", "Linda Persson", "sjuksköterska",
      "2024-10-14 10:30", "2024-10-14 10:50", OV, [
          ("Aktuellt", "Suturtagning tio dagar efter excision av nevus på ryggen, gjord på dagkirurgen Ängelholm. Såret rodnar och är lite varigt i ena änden."),
          ("Bedömning", "Misstänkt sårinfektion. Dr Hussein har tittat och ordinerat Heracillin 1 g x 3 i 7 dagar."),
      ])],
    [], [("NL102", "n1")],
    "PMO visar aldrig diagnoser: misstänkt sårinfektion på vårdcentral ger inte NL102.")

C("kir-skane-pmo-trol-navelbrack", "skane", ("19740913-9818", "1974-09-13"), [
    N("n1", P, "Besöksanteckning", "VC_HOG", "Ahmad Hussein", "läkare",
      "2024-10-15 13:20", "2024-10-15 13:45", OV, [
          ("Anamnes", "Buktande knöl i naveln vid hosta och lyft sedan ett halvår."),
          ("Status", "2 cm reponibel resistens i naveln, bråckporten palpabel."),
          ("Bedömning", "Trol. navelbråck. Remiss kirurgen Helsingborg."),
      ])],
    [], [("NL102", "n1")],
    "PMO (vårdcentral): 'Trol. navelbråck' visas inte som diagnos och ska inte flaggas.")

C("kir-skane-pmo-susp-hemorrojder-tel", "skane", ("19630705-2107", "1963-07-05"), [
    N("n1", P, "Telefonanteckning", "VC_ANG", "Birgitta Holm", "sjuksköterska",
      "2024-10-16 08:35", "2024-10-16 08:45", OV, [
          ("Telefonkontakt", "Ringer om klåda och ljusrött blod på pappret sedan två veckor. Susp. hemorrojder, men pat är 61 år och aldrig koloskoperad, så bokas till läkare för bedömning med PR."),
      ])],
    [], [("NL102", "n1")],
    "PMO telefonanteckning med 'Susp.' hemorrojder: PMO är aldrig föremål för NL102.")

C("kir-skane-pmo-misstankt-tumor-ej-informerad", "skane", ("19460107-6930", "1946-01-07"), [
    N("n1", P, "Besöksanteckning", "VC_DROTT", "Ahmad Hussein", "läkare",
      "2024-10-17 15:10", "2024-10-17 15:40", OV, [
          ("Provsvar", "DT buk: misstänkt tumör i colon transversum med förstorade regionala lymfkörtlar."),
          ("Bedömning", "Pat ej informerad än, kallas till besök i morgon kl 08. SVF tjock- och ändtarmscancer startat, remiss kirurgen."),
      ])],
    [], [("NL102", "n1")],
    "PMO: hedgad tumör som patienten inte fått veta; NL102 aldrig i PMO och NL101 asserteras inte i PMO.")

C("kir-skane-pmo-barn-trol-ljumskbrack", "skane", ("20200911-9492", "2020-09-11"), [
    N("n1", P, "Besöksanteckning", "VC_HOG", "Cecilia Borg", "läkare",
      "2024-10-18 09:10", "2024-10-18 09:30", OV, [
          ("Anamnes", "4-årig pojke. Föräldrarna har sett en svullnad i hö ljumske som kommer när han gråter."),
          ("Status", "Ingen svullnad nu, testiklarna i pungen bilat. Buk ua."),
          ("Bedömning", "Trol. indirekt ljumskbråck. Remiss barnkirurgen i Lund."),
      ])],
    [], [("NL102", "n1")],
    "PMO, barn under 13: 'Trol.' ljumskbråck visas inte som diagnos.")

C("kir-vgr-ingen-misstake-om-lackage-typo", "vgr", ("19690122-5471", "1969-01-22"), [
    N("n1", M, "Läkaranteckning", "S_AVD32", "Isak Nordin", "läkare",
      "2024-10-13 10:50", "2024-10-13 11:15", SV, [
          ("Aktuellt", "Dag 4 efter laparoskopisk högersidig hemikolektomi. CRP 145 -> 98, afebril, äter och har gasavgång."),
          ("Bedömning", "Ingen misstake om anastomosläckage."),
          ("Planering", "Hem dag 5 om fortsatt stabil."),
      ])],
    [], [("NL102", "n1")],
    "Stavfel i negationen ('Ingen misstake om'); misstanken är negerad.")

C("kir-vgr-cysta-inget-talar-for-malignitet", "vgr", ("20060612-8742", "2006-06-12"), [
    N("n1", M, "Mottagningsanteckning", "S_BROST", "Lovisa Hedlund", "läkare",
      "2024-10-14 15:00", "2024-10-14 15:20", OV, [
          ("Bedömning", "18-årig kvinna med knöl i vä bröst. UL: 1,5 cm välavgränsad cysta som tömdes vid punktion, klar vätska. Inget talar för malignitet, ingen uppföljning behövs."),
      ])],
    [], [("NL102", "n1")],
    "'Inget talar för malignitet' negerar; cystan är bekräftad.")

C("kir-skane-oklart-om-pat-kan-komma-stomi", "skane", ("19480810-7496", "1948-08-10"), [
    N("n1", M, "Telefonanteckning", "H_STOMI", "Marie Friberg", "sjuksköterska",
      "2024-10-15 11:20", "2024-10-15 11:35", OV, [
          ("Telefonkontakt", "Sigmoideostomi sedan Hartmanns op 2023 för perforerad divertikulit. Ringt inför stomikontroll, pat bor ensam och har svårt med transporter. Oklart om pat kan ta sig till mottagningen nästa vecka, färdtjänst diskuterad. Påsbytena fungerar, ingen hudirritation."),
      ])],
    [], [("NL102", "n1")],
    "'Oklart om' gäller om patienten kan komma (logistik), ingen diagnos.")

C("kir-vgr-sannolikt-op-vecka-46", "vgr", ("19660713-3524", "1966-07-13"), [
    N("n1", M, "Mottagningsanteckning", "S_MOTT", "Anders Hallberg", "läkare",
      "2024-10-16 10:20", "2024-10-16 10:50", OV, [
          ("Bedömning", "Symtomgivande ärrbråck efter laparotomi 2019, bråckport 6 cm på DT. Anmäls för öppen plastik med nät."),
          ("Planering", "Sannolikt op v. 46, pat kallas per brev. Har slutat röka sedan augusti."),
      ])],
    [], [("NL102", "n1")],
    "'Sannolikt' gäller operationsveckan; ärrbråcket är bekräftat.")

C("kir-skane-dvt-utesluten", "skane", ("19531119-1547", "1953-11-19"), [
    N("n1", M, "Läkaranteckning", "H_AVD53", "Tobias Lövgren", "läkare",
      "2024-10-17 14:40", "2024-10-17 15:05", SV, [
          ("Utredning", "UL-doppler vä ben: DVT utesluten."),
          ("Bedömning", "Svullnaden i vä underben är postoperativt ödem efter 5 h i gynekologiskt läge. Kompressionsstrumpa, högläge."),
      ])],
    [], [("NL102", "n1")],
    "'DVT utesluten' är negerat; svullnaden förklaras utan hedge.")

C("kir-vgr-fragestallning-ljumskbrack-besvarad", "vgr", ("19911018-9298", "1991-10-18"), [
    N("n1", M, "Mottagningsanteckning", "S_MOTT", "Amir Haddad", "läkare",
      "2024-10-17 08:30", "2024-10-17 09:00", OV, [
          ("Anamnes", "Remiss från VC med frågeställning ljumskbråck vä. Värk i vä ljumske vid fotboll sedan i somras, aldrig sett någon svullnad."),
          ("Status", "Inget bråck palperas stående eller liggande, hosttest neg. Ömhet vid adduktorernas fäste."),
          ("Bedömning", "UL ljumskar visar inget bråck. Inget ljumskbråck, smärtan kommer från adduktorfästet (adduktortendinopati). Remiss fysioterapi."),
      ])],
    [], [("NL102", "n1")],
    "Remissens frågeställning (ljumskbråck) besvaras negativt i samma anteckning.")

# ---------------------------------------------------------------- part 5 (NL101 positives)
C("kir-skane-pad-rektalcancer-ej-informerd-typo", "skane", ("19680913-2936", "1968-09-13"), [
    N("n1", M, "Läkaranteckning", "H_KOLO", "Per-Olof Sandberg", "läkare",
      "2024-10-10 16:05", "2024-10-10 16:30", OV, [
          ("Aktuellt", "PAD från biopsierna vid koloskopi 3/10 har kommit."),
          ("Utredning", "PAD: måttligt differentierat adenokarcinom i rektum, ca 9 cm från anal verge."),
          ("Planering", "Pat ännu ej informerd, besked ges på mottagningen tisdag 15/10 tillsammans med kontaktsjuksköterska. DT thorax-buk och MR lilla bäckenet beställda, MDK 17/10."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Bekräftad rektalcancer synlig i Melior medan texten säger att patienten ännu ej är informerad. Stavfel 'informerd'.")

C("kir-vgr-dt-levermetastaser-ej-meddelade", "vgr", ("19450406-5865", "1945-04-06"), [
    N("n1", M, "Läkaranteckning", "S_AVD32", "Karolina Strand", "läkare",
      "2024-10-11 17:20", None, SV, [
          ("Aktuellt", "Inlagd för subileus, DT buk gjordes i går kväll."),
          ("Utredning", "DT: stenoserande tumör i colon descendens och multipla levermetastaser, den största 4 cm."),
          ("Bedömning", "Fynden är ej meddelade pat ännu. Dottern vill vara med vid beskedet, samtal bokat i morgon kl 13."),
      ])],
    [("NL101", "n1")], [],
    "VGR: levermetastaser och tumör synliga, och fynden är 'ej meddelade pat ännu'. Osignerat utkast.")

C("kir-skane-brostcancer-ej-per-telefon", "skane", ("19810902-5844", "1981-09-02"), [
    N("n1", M, "Telefonanteckning", "H_BROST", "Helena Kjellberg", "sjuksköterska",
      "2024-10-14 13:05", "2024-10-14 13:20", OV, [
          ("Telefonkontakt", "Pat ringer och undrar över svaret på biopsin. PAD visar invasiv duktal cancer, 14 mm, enligt dr Paulsson. Beskedet ska inte ges per telefon och pat har därför inte informerats. Erbjuden tid hos läkare och kontaktssk i morgon kl 10, hon kommer med sin man."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Kontaktsjuksköterskans telefonanteckning skriver ut bröstcancerdiagnosen men att patienten inte informerats.")

C("kir-vgr-pankreascancer-ej-informerad-utkast", "vgr", ("19610430-1319", "1961-04-30"), [
    N("n1", M, "Läkaranteckning", "S_AVD31", "Gustav Engström", "läkare",
      "2024-10-15 11:45", None, SV, [
          ("Utredning", "DT pankreasprotokoll: 3 cm tumör i pankreashuvudet med kärlinväxt i v. mesenterica superior, ej resektabel. CA 19-9 880."),
          ("Bedömning", "Lokalt avancerad pankreascancer. Pat ännu ej informerad om DT-svaret, samtal med pat och sambo i eftermiddag med ssk närvarande."),
      ])],
    [("NL101", "n1")], [],
    "Osignerat utkast: pankreascancer skrivs synligt innan patienten informerats.")

C("kir-skane-opfynd-karcinos-ej-informerad", "skane", ("19600421-3622", "1960-04-21"), [
    N("n1", M, "Operationsberättelse", "H_OP", "Anna-Karin Wiberg", "läkare",
      "2024-10-09 12:30", "2024-10-09 15:10", SV, [
          ("Indikation", "Ascites och viktnedgång, DT utan säker primärtumör. Ovarier ua vid gyn-UL."),
          ("Operation", "Diagnostisk laparoskopi, 2 liter ascites evakueras. Noduli över hela parietala peritoneum och omental cake. Px x 4 från omentum till PAD."),
          ("Diagnos", "Peritoneal karcinos, primärtumör ej identifierad."),
          ("Planering", "Pat ännu ej informerad om fynden, informeras av op-ansvarig på avdelningen i morgon när hon är vaken och klar."),
      ])],
    [("NL101", "n1")], [],
    "Operationsfynd (peritoneal karcinos) synligt i operationsberättelsen; patienten ännu ej informerad.")

C("kir-vgr-dcis-ej-informerad-tel", "vgr", ("19690223-1908", "1969-02-23"), [
    N("n1", M, "Omvårdnadsanteckning", "S_BROST", "Pernilla Sundin", "sjuksköterska",
      "2024-10-15 09:25", "2024-10-15 09:40", OV, [
          ("Telefonkontakt", "Pat ringer och undrar om svaret på den stereotaktiska biopsin kommit. PAD har kommit och visar DCIS, men pat har inte informerats eftersom dr Ekström vill ge beskedet personligen. Återbesök fredag 18/10 kl 14.30, pat lugn med det."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "VGR sjuksköterska: DCIS skrivet i synligt Telefonkontakt med uppgift om att patienten inte informerats.")

C("kir-skane-levermetastaser-forst-ej-sedan-informerad", "skane", ("19470722-9128", "1947-07-22"), [
    N("n1", M, "Läkaranteckning", "H_AVD52", "Viktor Åkesson", "läkare",
      "2024-10-08 15:30", "2024-10-08 16:10", SV, [
          ("Utredning", "DT thorax-buk inför elektiv bråckop pga viktnedgång: multipla levermetastaser, primärtumör ej påvisad."),
          ("Bedömning", "Pat ännu ej informerad om levermetastaserna. Samtal på torsdag när dottern kan komma."),
      ]),
    N("n2", M, "Läkaranteckning", "H_AVD52", "Viktor Åkesson", "läkare",
      "2024-10-10 14:00", "2024-10-10 14:45", SV, [
          ("Samtal", "Samtal med pat och dottern i dag. Informerat om DT-fyndet med levermetastaser och att primärtumören ska letas upp med gastroskopi och koloskopi. Pat ledsen men förstår, frågor besvarade."),
          ("Planering", "Gastroskopi och koloskopi nästa vecka, kontaktssk ringer. Bråckop avbokad tills vidare."),
      ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "Två anteckningar: n1 skriver levermetastaser synligt före beskedet (NL101), n2 dokumenterar beskedet (ej NL101).")

C("kir-vgr-ej-infomerad-typo-pt1", "vgr", ("19850215-8697", "1985-02-15"), [
    N("n1", M, "Läkaranteckning", "S_KOLO", "Anders Hallberg", "läkare",
      "2024-10-16 13:35", "2024-10-16 13:50", OV, [
          ("Utredning", "PAD polypektomi sigmoideum 7/10: adenokarcinom i stjälkad polyp, pT1, ej radikalt i resektionsytan."),
          ("Planering", "Pat ej infomerad. Ssk ringer och kallar till läkarbesök nästa vecka, tas upp på MDK."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Stavfel 'ej infomerad' men betydelsen är tydlig: adenokarcinom synligt och patienten inte informerad.")

C("kir-skane-barn-karcinoid-foraldrar-ej-informerade", "skane", ("20130414-7828", "2013-04-14"), [
    N("n1", M, "Läkaranteckning", "H_MOTT", "Ulrika Falk", "läkare",
      "2024-10-11 10:30", "2024-10-11 10:55", OV, [
          ("Utredning", "PAD efter lap app 24/9: akut appendicit samt en 8 mm neuroendokrin tumör (karcinoid) i appendixspetsen, radikalt exciderad."),
          ("Planering", "Föräldrarna ännu ej informerade om tumörfyndet. Jag ringer dem på måndag och erbjuder besök. Diskuteras med barnonkolog i Lund."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Barn under 13: vårdnadshavarna läser journalen och har ännu inte informerats om den synliga tumördiagnosen.")

C("kir-vgr-mdk-lungmetastaser-ej-info", "vgr", ("19380709-5371", "1938-07-09"), [
    N("n1", M, "MDK-anteckning", "S_KOLO", "Karl Westerberg", "läkare",
      "2024-10-16 15:00", "2024-10-16 16:20", OV, [
          ("Konferens", "Kolorektal MDK 16/10. Rektalcancer cT3N1, diagnosen känd för pat sedan 2/10. DT thorax visar nytillkomna multipla lungmetastaser bilat."),
          ("Bedömning", "Pat ej informerad om lungmetastaserna, besked av ansvarig kirurg vid besöket 22/10."),
          ("Planering", "Onkologbedömning inför palliativ cytostatika. Ingen kurativ kirurgi."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Cancern är berättad men lungmetastaserna (nytt fynd) står synligt och är inte berättade.")

C("kir-skane-dotter-ber-att-pat-inte-informeras", "skane", ("19390319-7246", "1939-03-19"), [
    N("n1", M, "Läkaranteckning", "H_AVD53", "Karin Möller", "läkare",
      "2024-10-12 12:15", "2024-10-12 13:00", SV, [
          ("Utredning", "PAD från gastroskopin 10/10: adenokarcinom i ventrikeln, diffus typ."),
          ("Telefonkontakt", "Dottern ringer och ber att mamma inte ska få veta diagnosen ännu, hon vill vara med och berätta själv på söndag."),
          ("Bedömning", "Pat har inte informerats om PAD. Vi väntar till söndag enligt dotterns önskan, men pat får veta direkt om hon själv frågar."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Ventrikelcancer synlig medan patienten på anhörigs begäran ännu inte informerats.")

C("kir-vgr-sentinel-metastas-ej-info", "vgr", ("19820706-6666", "1982-07-06"), [
    N("n1", M, "Läkaranteckning", "S_BROST", "Maja Ekström", "läkare",
      "2024-10-17 11:20", "2024-10-17 11:50", OV, [
          ("Utredning", "PAD efter sektorresektion och sentinel node hö: invasiv lobulär cancer 22 mm, radikalt opererad. 2 av 3 sentinel nodes med makrometastas."),
          ("Bedömning", "Pat känner till cancern sedan före op men är ännu ej informerad om lymfkörtelfynden. Besök hos kirurg och kontaktssk bokas, MDK 23/10 angående axillutrymning."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Patienten vet om tumören men inte om lymfkörtelmetastaserna, som står synligt: NL101.")

C("kir-skane-lokalrecidiv-ej-informerad", "skane", ("19600320-3095", "1960-03-20"), [
    N("n1", M, "Läkaranteckning", "H_KOLO", "Mikael Hjort", "läkare",
      "2024-10-18 14:20", "2024-10-18 14:40", OV, [
          ("Utredning", "PAD från kontrollkoloskopin 14/10: adenokarcinom vid anastomosen, lokalrecidiv efter sigmoideumresektion 2021."),
          ("Planering", "Pat ännu ej informerad om recidivet, kallas till kolorektalmottagningen. Anmäld till MDK, DT thorax-buk beställd."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Lokalrecidiv synligt; texten säger att patienten ännu ej är informerad om recidivet.")

C("kir-vgr-incidentell-gallblasecancer", "vgr", ("19460328-8962", "1946-03-28"), [
    N("n1", M, "Läkaranteckning", "S_MOTT", "Jesper Wallin", "läkare",
      "2024-10-18 09:05", "2024-10-18 09:35", OV, [
          ("Utredning", "PAD efter lap kolecystektomi 26/9: incidentell gallblåsecancer, T1b."),
          ("Bedömning", "Pat vet ännu inte om detta, hon har bara fått beskedet att op gick bra. Remiss till lever-gallvägsteamet på Sahlgrenska för ställningstagande till reoperation."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Omskrivning ('vet ännu inte om detta') i stället för 'ej informerad'; cancern står synligt.")

C("kir-skane-melanom-inte-underrattad", "skane", ("19850711-4950", "1985-07-11"), [
    N("n1", M, "Läkaranteckning", "H_DAG", "Sara Lundgren", "läkare",
      "2024-10-17 15:50", "2024-10-17 16:05", OV, [
          ("Utredning", "PAD excision av nevus vä skuldra: malignt melanom, Breslow 1,1 mm, radikalt med snäv marginal."),
          ("Planering", "Pat är inte underrättad ännu. Beskedet ges vid återbesök 24/10 och då planeras utvidgad excision och sentinel node."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "'Inte underrättad ännu' om ett synligt malignt melanom.")

# ---------------------------------------------------------------- part 6 (NL101 negatives)
C("kir-skane-pad-informerad-vid-besok", "skane", ("19731014-9070", "1973-10-14"), [
    N("n1", M, "Mottagningsanteckning", "H_KOLO", "Mikael Hjort", "läkare",
      "2024-10-08 13:00", "2024-10-08 14:20", OV, [
          ("Aktuellt", "Besök tillsammans med frun och kontaktssk Jenny Ask."),
          ("Samtal", "Informerat om PAD: adenokarcinom i sigmoideum. DT thorax-buk utan tecken på spridning. Gått igenom lap sigmoideumresektion, risker och förväntat förlopp. Min vårdplan överlämnad."),
          ("Planering", "Op v. 45. Preop-besök med narkos och ERAS-info ordnas."),
      ])],
    [], [("NL101", "n1")],
    "Cancerdiagnosen är berättad för patienten i samma anteckning: ingen NL101.")

C("kir-vgr-kanner-till-diagnosen-preop-typo", "vgr", ("19730724-5428", "1973-07-24"), [
    N("n1", M, "Mottagningsanteckning", "S_BROST", "Lovisa Hedlund", "läkare",
      "2024-10-09 14:00", "2024-10-09 14:40", OV, [
          ("Anamnes", "Preop-besök inför mastektomi vä med sentinel node. Pat känner sedan tidgare till sin diagnos, multifokal duktal cancer vä bröst, och har haft tid att fundera."),
          ("Bedömning", "Önskar ej primär rekonstruktion, kan tas upp senare. Skriftligt samtycke inhämtat."),
      ])],
    [], [("NL101", "n1")],
    "'Känner sedan tidigare till sin diagnos': redan berättat, ingen NL101. Stavfel 'tidgare'.")

C("kir-skane-opdatum-ej-meddelat", "skane", ("20050731-2254", "2005-07-31"), [
    N("n1", M, "Mottagningsanteckning", "H_MOTT", "Jonatan Ekberg", "läkare",
      "2024-10-09 10:45", "2024-10-09 11:00", OV, [
          ("Bedömning", "Hö ljumskbråck, symtomgivande vid träning. Anmäld för TEP på dagkirurgen Ängelholm. Op-datum ej meddelat pat ännu, planeringssköterskan skickar kallelse."),
      ])],
    [], [("NL101", "n1")],
    "Det som inte meddelats är ett op-datum, inte en diagnos.")

C("kir-vgr-remiss-skickad-ej-informerad", "vgr", ("19721016-6935", "1972-10-16"), [
    N("n1", M, "Läkaranteckning", "S_KOLO", "Karl Westerberg", "läkare",
      "2024-10-10 16:40", "2024-10-10 16:55", OV, [
          ("Planering", "Rektalcancer, diagnosen meddelad pat 1/10. Remiss för preoperativ strålbehandling skickad till Sahlgrenska i dag. Pat ej informerad om att remissen gått iväg, ssk ringer i morgon."),
      ])],
    [], [("NL101", "n1")],
    "Det ej informerade gäller att remissen skickats; diagnosen är redan meddelad.")

C("kir-skane-pad-utan-anmarkning-ej-meddelat", "skane", ("19970801-9584", "1997-08-01"), [
    N("n1", M, "Läkaranteckning", "H_MOTT", "Hampus Lindahl", "läkare",
      "2024-10-11 15:15", "2024-10-11 15:25", OV, [
          ("Utredning", "Status post lap app 30/9 för akut appendicit. PAD-svaret har kommit, inget malignt och inga överraskningar."),
          ("Planering", "Svaret ej meddelat pat ännu, brev skickas. Ingen uppföljning."),
      ])],
    [], [("NL101", "n1")],
    "Det ännu ej meddelade är ett normalt PAD-svar; appendiciten är sedan länge känd.")

C("kir-vgr-tidiga-hypoteser-lungfynd-ej-informerad", "vgr", ("19550420-6797", "1955-04-20"), [
    N("n1", M, "Läkaranteckning", "S_AVD31", "Gustav Engström", "läkare",
      "2024-10-12 10:30", "2024-10-12 11:15", SV, [
          ("Aktuellt", "Akut kolecystit i regress på Pip-Taz, afebril sedan i går och äter."),
          ("Planering", "Hem i morgon med Ciprofloxacin och Flagyl po i fem dagar. Lap kolecystektomi om 6 veckor, anmäld."),
          ("Tidiga hypoteser", "DT thorax-buk vid ankomst: 2 cm spikulerad förändring i hö överlob, misstänkt lungcancer. Pat ej informerad, remiss till lungmedicin skickas först."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "VGR: det oberättade lungfyndet står bara under Tidiga hypoteser; synlig kolecystit är bekräftad och berörs inte.")

C("kir-skane-tidiga-hypoteser-utkast-recidiv", "skane", ("19750703-9662", "1975-07-03"), [
    N("n1", M, "Tidiga hypoteser", "H_BROST", "Eva Nordqvist", "läkare",
      "2024-10-14 16:40", None, OV, [
          ("Bedömning", "Kontrollmammografi: ny klustrad mikroförkalkning i op-området vä, misstänkt lokalrecidiv. Pat ej informerad, stereotaktisk px först."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Skåne, osignerat utkast i mallen Tidiga hypoteser: skyddad plats, varken NL101 eller NL102.")

C("kir-vgr-informerad-maken-ej", "vgr", ("19840212-5747", "1984-02-12"), [
    N("n1", M, "Mottagningsanteckning", "S_KOLO", "Anders Hallberg", "läkare",
      "2024-10-14 11:00", None, OV, [
          ("Samtal", "Informerat pat om PAD: adenokarcinom i caekum. Hon önskar att maken inte informeras ännu, vill själv berätta efter helgen."),
          ("Planering", "DT thorax-buk, CEA. Lap hö hemikolektomi planeras efter MDK."),
      ])],
    [], [("NL101", "n1")],
    "Patienten är informerad; bara maken (anhörig) är det inte. Osignerat utkast.")

C("kir-vgr-informerad-av-kollega-inskrivning", "vgr", ("19770714-4312", "1977-07-14"), [
    N("n1", M, "Inskrivningsanteckning", "S_AVD32", "Karolina Strand", "läkare",
      "2024-10-15 15:20", "2024-10-15 16:05", SV, [
          ("Anamnes", "Inskrivning inför lap hö hemikolektomi för coecumcancer. Pat informerades om diagnosen av dr Hallberg 3/10 och har träffat kontaktssk."),
          ("Aktuellt", "Inga frågor om diagnosen i dag. Orolig för stomi, informerad om att stomi inte planeras."),
          ("Status", "AT gott. Cor/pulm ua. Buk mjuk, oöm, ingen palpabel resistens."),
      ])],
    [], [("NL101", "n1")],
    "Patienten informerades tidigare av kollega; inget är oberättat.")

C("kir-skane-ej-informerad-om-stomitid", "skane", ("19771223-4652", "1977-12-23"), [
    N("n1", M, "Omvårdnadsanteckning", "H_AVD53", "Jessica Nilsson", "sjuksköterska",
      "2024-10-15 10:10", "2024-10-15 10:25", OV, [
          ("Planering", "Rektalcancer, op planerad 28/10. Pat välinformerad om diagnos och operation. Ännu ej informerad om tid hos stomiterapeut för preop markering, bokas i dag."),
      ])],
    [], [("NL101", "n1")],
    "Det ej informerade är en tid hos stomiterapeut; diagnosen är känd.")

C("kir-vgr-barnen-inte-informerade", "vgr", ("19821023-5860", "1982-10-23"), [
    N("n1", M, "Mottagningsanteckning", "S_BROST", "Maja Ekström", "läkare",
      "2024-10-16 13:10", "2024-10-16 14:00", OV, [
          ("Samtal", "Pat informerad i dag om att det rör sig om bröstcancer, invasiv duktal, 18 mm. Barnen (12 och 15 år) är ännu inte informerade, pat vill själv välja tillfälle. Kurator erbjuden."),
          ("Planering", "Sektorresektion med sentinel node, op-anmäld."),
      ])],
    [], [("NL101", "n1")],
    "Patienten har fått diagnosen; de som inte informerats är hennes barn.")

C("kir-skane-lab-svar-ej-meddelat", "skane", ("19960824-8325", "1996-08-24"), [
    N("n1", M, "Ronduppföljning", "H_AVD52", "Camilla Fors", "läkare",
      "2024-10-16 09:20", "2024-10-16 09:35", SV, [
          ("Aktuellt", "Inlagd med akut kolecystit, dag 3 på Pip-Taz. Sov när ronden gick."),
          ("Bedömning", "Kontroll-Hb och leverprover i dag normala, pat ej informerad om svaren ännu. Ssk meddelar när hon vaknat."),
      ])],
    [], [("NL101", "n1")],
    "Det oberättade är normala provsvar, inte kolecystiten (som patienten vet om).")

C("kir-vgr-barn-pilomatrixom-mamma-informerad", "vgr", ("20131210-3482", "2013-12-10"), [
    N("n1", M, "Telefonanteckning", "S_DAG", "Lovisa Hedlund", "läkare",
      "2024-10-17 12:35", "2024-10-17 12:45", OV, [
          ("Telefonkontakt", "PAD efter excision av knöl på vä underarm: pilomatrixom, godartat. Mamma informerad per telefon i dag, ingen uppföljning."),
      ])],
    [], [("NL101", "n1")],
    "Barn under 13: vårdnadshavaren är informerad om den godartade diagnosen.")

C("kir-skane-adenom-informerad-per-telefon", "skane", ("19510729-9355", "1951-07-29"), [
    N("n1", M, "Telefonanteckning", "H_KOLO", "Jenny Ask", "sjuksköterska",
      "2024-10-18 13:30", "2024-10-18 13:45", OV, [
          ("Telefonkontakt", "Pat informerad per telefon om PAD efter polypektomi: tubulovillöst adenom med höggradig dysplasi, ingen cancer. Ny koloskopi om ett år, pat sätts upp på väntelistan."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Informerad per telefon om adenom; 'ingen cancer' är en negation.")

C("kir-vgr-andrad-optid-ej-informerad", "vgr", ("19920917-6164", "1992-09-17"), [
    N("n1", M, "Omvårdnadsanteckning", "S_DAG", "Therese Gustafsson", "sjuksköterska",
      "2024-10-18 10:15", "2024-10-18 10:20", OV, [
          ("Telefonkontakt", "Kolecystolitiasis, anmäld för lap kolecystektomi. Op-tiden flyttad från 22/10 till 5/11 pga akutläge. Pat ännu inte informerad om ändringen, når henne inte, provar igen i morgon och skickar brev."),
      ])],
    [], [("NL101", "n1")],
    "Det oberättade är en flyttad operationstid, ingen diagnos.")

C("kir-vgr-ssk-efter-beskedet", "vgr", ("19500827-8292", "1950-08-27"), [
    N("n1", M, "Omvårdnadsanteckning", "S_AVD31", "Malin Åberg", "sjuksköterska",
      "2024-10-18 16:30", "2024-10-18 16:50", SV, [
          ("Omvårdnad", "Efter läkarens besked om pankreascancer i eftermiddag sitter pat kvar med sin son. Samtal om oron inför fortsättningen, nummer till kontaktssk och kurator lämnat. Tagit emot Oxynorm 5 mg för smärta."),
      ])],
    [], [("NL101", "n1")],
    "Sjuksköterskan skriver efter läkarens besked: diagnosen är berättad samma dag.")

# ---------------------------------------------------------------- part 7
C("kir-vgr-tidiga-hypoteser-men-hedge-i-bedomning", "vgr", ("19700907-5495", "1970-09-07"), [
    N("n1", M, "Mottagningsanteckning", "S_MOTT", "Jesper Wallin", "läkare",
      "2024-10-07 14:30", "2024-10-07 15:15", OV, [
          ("Anamnes", "Sväljningssvårigheter för fast föda sedan två månader, viktnedgång 5 kg. Reflux sedan många år, tar Omeprazol."),
          ("Bedömning", "Trolig peptisk striktur efter långvarig reflux. Gastroskopi bokad nästa vecka."),
          ("Tidiga hypoteser", "Viktnedgång och progressiv dysfagi, esofaguscancer måste misstänkas. Ej diskuterat med pat i väntan på gastroskopi."),
      ])],
    [("NL102", "n1")], [],
    "VGR: en hypotes ligger rätt under Tidiga hypoteser, men en annan ('Trolig peptisk striktur') står i synlig Bedömning.")

C("kir-skane-th-mall-och-synlig-hedge-dagen-efter", "skane", ("19710627-3068", "1971-06-27"), [
    N("n1", M, "Tidiga hypoteser", "H_AVD52", "Viktor Åkesson", "läkare",
      "2024-10-14 17:10", "2024-10-14 17:25", SV, [
          ("Bedömning", "UL inför lap kolecystektomi: 3 cm förändring i levern segment 6, misstänkt metastas. Ej nämnt för pat i dag."),
      ]),
    N("n2", M, "Läkaranteckning", "H_AVD52", "Viktor Åkesson", "läkare",
      "2024-10-15 11:05", "2024-10-15 11:40", SV, [
          ("Samtal", "Informerat pat om att UL visat en förändring i levern. Kan röra sig om ett hemangiom, men metastas kan inte uteslutas."),
          ("Planering", "MR lever beställd. Kolecystektomin skjuts upp tills svar finns."),
      ])],
    [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n2")],
    "Skåne: hypotesen i mallen Tidiga hypoteser (n1) är skyddad; dagen efter står hedgade diagnoser i en vanlig anteckning (n2).")

C("kir-vgr-inskrivning-lang-iff-gallstenspankreatit", "vgr", ("19471212-3662", "1947-12-12"), [
    N("n1", M, "Inskrivningsanteckning", "S_AVD31", "Emma Sjöberg", "läkare",
      "2024-10-09 02:40", "2024-10-09 03:50", SV, [
          ("Kontaktorsak", "Buksmärta och kräkningar sedan i går kväll."),
          ("Anamnes", "76-årig kvinna, bor med maken i villa i Fristad, klarar sig själv. Tidigare hypertoni, typ 2-diabetes på metformin, hypotyreos. Hysterektomi 1998. Känd gallstensbärare sedan UL 2022 med två tidigare smärtattacker som gått över spontant. Sedan i går kl 20 konstant smärta i epigastriet med utstrålning mot ryggen, kräkts fyra gånger, senast i ambulansen. Ingen avföring sedan i går morse. Dricker inte alkohol."),
          ("Läkemedel", "Metformin 500 mg x 2, Amlodipin 5 mg x 1, Levaxin 75 mikrog x 1."),
          ("Status", "AT: smärtpåverkad men adekvat, torr i munnen. Temp 37,6. BT 150/85, P 96 regelb, AF 18, sat 96 %. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, ömhet i epigastriet och under hö arcus, ingen défense, sparsamma tarmljud. Ej ikterisk. Inga underbensödem."),
          ("Lab", "Lipas 4100, CRP 34, LPK 12,8, bilirubin 41, ALAT 3,2, ALP 2,9, krea 88, glukos 11,2."),
          ("Bedömning", "Förhöjt lipas och stegrade leverprover hos gallstensbärare, i.f.f. gallstenspankreatit. Ingen organsvikt i nuläget."),
          ("Planering", "Ringer-Acetat 150 ml/h, Morfin iv vb, Primperan. Metformin sätts ut under fastan, blodsocker x 4. UL lever och gallvägar i morgon, lipas och leverprover igen. Klart flytande när illamåendet släppt."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Lång inskrivningsanteckning där enda hypotesen är 'i.f.f.' (i första hand) gallstenspankreatit.")

C("kir-skane-lang-epikris-bekraftat-och-informerat", "skane", ("19440211-1795", "1944-02-11"), [
    N("n1", M, "Epikris", "H_AVD53", "Karin Möller", "läkare",
      "2024-10-18 12:00", "2024-10-18 13:40", SV, [
          ("Epikris", "80-årig man med hjärtinfarkt 2015 och KOL. Inkom 7/10 med buksmärta och blod i avföringen. DT visade en stenoserande tumör i sigmoideum utan fjärrmetastaser och koloskopi 8/10 med px gav PAD adenokarcinom. Pat och sonen informerades om diagnosen 10/10. Diskuterad på MDK 11/10 med rekommendation lap sigmoideumresektion, vilket pat accepterade. Opererad 14/10 med okomplicerat förlopp: mobiliserad dag 1, KAD ut och fast föda dag 2, ingen feber. Något förvirrad natten till dag 2, gick över utan åtgärd."),
          ("Diagnos", "C18.7 Adenokarcinom i colon sigmoideum. KOL. Ischemisk hjärtsjukdom."),
          ("Läkemedel", "Ny: Fragmin 5000 E x 1 sc i totalt 28 dagar. Alvedon 1 g x 4 vb. Övriga oförändrade."),
          ("Uppföljning", "PAD från op-preparatet kommer om ca två veckor, genomgång vid återbesök hos dr Möller 4/11. Ev. remiss till onkologen beroende på lymfkörtelstatus. Hemsjukvården ger Fragmin de första dagarna, sedan sonen. Sök akut vid feber, tilltagande buksmärta eller blödning."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Lång epikris: bekräftad och berättad cancer, 'ev.' bara om en remiss och en villkorlig instruktion.")

C("kir-skane-lang-mottagning-misstankt-malign-informerad", "skane", ("19521002-8287", "1952-10-02"), [
    N("n1", M, "Mottagningsanteckning", "H_KOLO", "Per-Olof Sandberg", "läkare",
      "2024-10-11 09:00", "2024-10-11 11:10", OV, [
          ("Anamnes", "72-årig kvinna, pensionerad lärare, tidigare frisk frånsett hypertoni. Remiss från VC efter positivt F-Hb i screeningen och Hb 108. Sedan sommaren ändrade avföringsvanor med omväxlande trög och lös mage, ingen synlig blödning. Ofrivillig viktnedgång ca 3 kg. Ingen hereditet för tarmcancer. Rökte fram till 1990."),
          ("Status", "AT gott, BMI 26. Buk: mjuk, oöm, ingen palpabel resistens, ingen hepatomegali. PR: ua, ljusbrun faeces på handsken."),
          ("Utredning", "Koloskopi 2/10: ringformig, lättblödande förändring i vä kolonflexuren, ej passerbar med vanligt skop. PAD ej klart. DT thorax-buk 7/10: väggförtjockning motsvarande fyndet, regionala lymfkörtlar upp till 9 mm, inga levermetastaser."),
          ("Bedömning", "Förändringen i vä kolonflexuren är misstänkt malign, PAD avvaktas."),
          ("Samtal", "Pat informerad om att det som ses på koloskopin och DT kan vara cancer och att vi väntar på PAD. Hon tog det lugnt, dottern med på telefon."),
          ("Planering", "MDK 17/10. Kontaktssk Jenny Ask ringer inom två dagar. CEA taget."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Lång mottagningsanteckning: misstänkt malignitet står synligt (NL102) och misstanken är berättad (ej NL101).")

C("kir-vgr-vips-nattssk-jour-misstanker-pneumoni", "vgr", ("19460328-6891", "1946-03-28"), [
    N("n1", M, "Omvårdnadsanteckning", "S_AVD32", "Sanna Lindblom", "sjuksköterska",
      "2024-10-13 05:45", "2024-10-13 06:20", SV, [
          ("Kommunikation", "Alert och orienterad. Hörapparat hö öra."),
          ("Andning/Cirkulation", "AF 24, sat 91 % utan syrgas, nu 95 % på 2 l grimma. Rosslig hosta med gulgrönt slem. Temp 38,6 kl 22."),
          ("Nutrition", "Ätit halva middagen, dricker dåligt och uppmuntras."),
          ("Elimination", "KAD, diures 40-60 ml/h. Stomin har gett formad avföring."),
          ("Hud/Vävnad", "Laparotomisåret torrt med agraffer. Lätt rodnad över sacrum, vändschema påbörjat."),
          ("Smärta", "VAS 3 i vila, 6 vid hosta. Oxynorm 5 mg kl 23 med god effekt."),
          ("Sömn", "Orolig i början av natten, sov sedan från kl 01."),
          ("Bedömning", "Jouren dr Nordin kontaktad kl 22.15, har undersökt pat och misstänker postoperativ pneumoni. Odlingar tagna, rtg pulm beställd akut, Zinacef insatt enligt ordination."),
      ])],
    [("NL102", "n1")], [],
    "Lång VIPS-anteckning av nattsjuksköterska: läkarens misstanke om pneumoni återges i synlig text.")

C("kir-skane-mojligen-parastomalt-brack", "skane", ("19671001-5816", "1967-10-01"), [
    N("n1", M, "Omvårdnadsanteckning", "H_STOMI", "Marie Friberg", "sjuksköterska",
      "2024-10-16 10:00", None, OV, [
          ("Aktuellt", "Kontroll 4 månader efter Hartmanns op. Läckage två gånger senaste veckan."),
          ("Status", "Stomin rosa och välfungerande. Buktar runt stomin i stående, försvinner i liggande."),
          ("Bedömning", "Möjligen parastomalt bråck. Tas upp med dr Hjort vid nästa besök, stödbälte utprovat och konvex platta provas."),
      ])],
    [("NL102", "n1")], [],
    "Stomiterapeut: 'Möjligen parastomalt bråck' i synlig Bedömning. Osignerat utkast.")

C("kir-vgr-diffdiagnoser-aldre-kvinna", "vgr", ("19430107-4441", "1943-01-07"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Rasmus Lind", "läkare",
      "2024-10-17 21:30", "2024-10-17 22:00", OV, [
          ("Anamnes", "81-årig kvinna med smärta i vä fossa sedan tre dagar och blod i avföringen i morse."),
          ("Status", "Temp 38,0. Ömhet vä fossa, ingen peritonit. CRP 96."),
          ("Bedömning", "Diffdiagnoser: divertikulit, coloncancer, ischemisk kolit."),
          ("Åtgärd", "DT buk i kväll, inläggs avd 32."),
      ])],
    [("NL102", "n1")], [],
    "Förkortningen 'Diffdiagnoser:' följd av en lista diagnoser.")

C("kir-skane-misstankt-mastit-telefon", "skane", ("19970709-5122", "1997-07-09"), [
    N("n1", M, "Telefonanteckning", "H_BROST", "Helena Kjellberg", "sjuksköterska",
      "2024-10-18 08:15", "2024-10-18 08:30", OV, [
          ("Telefonkontakt", "Ammar sitt andra barn, 4 veckor. Sedan i går rodnad, varm och öm kil i hö bröst, frysningar och 38,9 i natt. Misstänkt mastit. Tid hos läkare i dag kl 11, fortsätter amma och tar Alvedon så länge."),
      ])],
    [("NL102", "n1")], [],
    "Sjuksköterska på telefon: 'Misstänkt mastit' i synligt Telefonkontakt (Melior).")

C("kir-vgr-sannolikt-serom-axill", "vgr", ("19700827-7621", "1970-08-27"), [
    N("n1", M, "Omvårdnadsanteckning", "S_BROST", "Pernilla Sundin", "sjuksköterska",
      "2024-10-15 13:40", "2024-10-15 14:00", OV, [
          ("Aktuellt", "Svullnad och spänningskänsla i hö axill tio dagar efter sektorresektion och sentinel node."),
          ("Åtgärd", "Sannolikt serom. Punkterat 60 ml klar, gul vätska, pat mycket lättad. Ny kontakt vid återkommande svullnad."),
      ])],
    [("NL102", "n1")], [],
    "'Sannolikt serom' (postoperativ komplikation) i sjuksköterskans synliga text.")

# ---------------------------------------------------------------- part 8
C("kir-skane-utkast-dt-talar-for-abscess", "skane", ("19970602-1988", "1997-06-02"), [
    N("n1", M, "Läkaranteckning", "H_AVD52", "Hampus Lindahl", "läkare",
      "2024-10-13 19:25", None, SV, [
          ("Aktuellt", "Postop dag 5 efter lap app för perforerad appendicit. Ny feber 39,0, diarré och tenesmer sedan i går."),
          ("Utredning", "DT buk: 5 cm vätskesamling med gas i lilla bäckenet, talar för abscess."),
          ("Planering", "Ultraljudsledd dränage i morgon förmiddag. Pip-Taz fortsätter."),
      ])],
    [("NL102", "n1")], [],
    "Osignerat utkast: 'talar för abscess' efter DT i synlig Utredning.")

C("kir-vgr-inger-misstnake-femoralbrack-typo", "vgr", ("19410504-2826", "1941-05-04"), [
    N("n1", M, "Läkaranteckning", "S_AKUT", "Hanna Jovanović", "läkare",
      "2024-10-14 07:55", "2024-10-14 08:20", OV, [
          ("Anamnes", "83-årig kvinna med smärtsam knöl nedom hö ljumskvecket sedan i morse, har kräkts två gånger."),
          ("Status", "Fast, öm, irreponibel resistens medialt under ligamentum inguinale."),
          ("Bedömning", "Inger misstnake om inklämt femoralbråck. Akut op, anmäld till op 1."),
      ])],
    [("NL102", "n1")], [],
    "Stavfel i hedgen ('Inger misstnake om') framför inklämt femoralbråck.")

C("kir-skane-eventulet-gallstenssjukdom-typo", "skane", ("19900302-6227", "1990-03-02"), [
    N("n1", M, "Mottagningsanteckning", "H_MOTT", "Anna-Karin Wiberg", "läkare",
      "2024-10-15 14:10", "2024-10-15 14:30", OV, [
          ("Anamnes", "Återkommande smärtattacker under hö arcus efter feta måltider sedan i våras, senast för två veckor sedan."),
          ("Status", "Buk mjuk och oöm i dag."),
          ("Bedömning", "Eventulet gallstenssjukdom. UL lever och gallvägar beställt, kostråd givna."),
      ])],
    [("NL102", "n1")], [],
    "Stavfel 'Eventulet' (eventuell) framför gallstenssjukdom.")

C("kir-vgr-trol-inklamt-ljumskbrack-barn", "vgr", ("20220925-9056", "2022-09-25"), [
    N("n1", M, "Läkaranteckning", "S_BARN", "Johan Cederholm", "läkare",
      "2024-10-16 20:05", "2024-10-16 20:50", OV, [
          ("Anamnes", "2-årig pojke, öm svullnad i hö ljumske sedan tre timmar, otröstlig enligt pappa."),
          ("Status", "Fast, öm resistens i hö ljumske som inte går att reponera vid första försöket. Testiklar i pungen bilat."),
          ("Bedömning", "Trol. inklämt ljumskbråck."),
          ("Åtgärd", "Reponeras i sedering med midazolam, lyckas. Elektiv op inom 1-2 veckor, föräldrarna informerade."),
      ])],
    [("NL102", "n1")], [],
    "Barn under 13, VGR: 'Trol.' inklämt ljumskbråck i synlig Bedömning.")

C("kir-skane-misstankta-levermetastaser-ej-informerad", "skane", ("19400518-7069", "1940-05-18"), [
    N("n1", M, "Läkaranteckning", "H_AVD52", "Camilla Fors", "läkare",
      "2024-10-17 10:50", "2024-10-17 11:20", SV, [
          ("Aktuellt", "Inlagd för akut kolecystit, bättre på antibiotika."),
          ("Utredning", "UL lever och gallvägar: tjockväggig gallblåsa med konkrement. Dessutom två solida leverförändringar, misstänkta metastaser."),
          ("Planering", "Pat ej informerad om leverfynden ännu, DT thorax-buk först."),
      ])],
    [("NL102", "n1"), ("NL101", "n1")],
    [],
    "Misstänkta levermetastaser står synligt och patienten är inte informerad: både NL102 och NL101.")

C("kir-vgr-gastroskopi-misstankt-ventrikelcancer-sederad", "vgr", ("19431104-7791", "1943-11-04"), [
    N("n1", M, "Endoskopianteckning", "S_ENDO", "Karl Westerberg", "läkare",
      "2024-10-17 09:40", "2024-10-17 10:05", OV, [
          ("Undersökning", "Gastroskopi pga järnbristanemi. Ulcererande tumör i antrum, 4 cm, makroskopiskt misstänkt ventrikelcancer. Px x 8."),
          ("Bedömning", "Pat sederad och ej informerad om fyndet ännu, får besked när han vaknat och hans fru är på plats."),
      ])],
    [("NL102", "n1"), ("NL101", "n1")],
    [],
    "Endoskopist: misstänkt ventrikelcancer synlig och patienten ännu ej informerad.")

C("kir-vgr-kan-vara-hidradenitis", "vgr", ("20010108-7906", "2001-01-08"), [
    N("n1", M, "Mottagningsanteckning", "S_MOTT", "Amir Haddad", "läkare",
      "2024-10-18 11:15", "2024-10-18 11:35", OV, [
          ("Anamnes", "Återkommande bölder i bägge axiller och ljumskar sedan tonåren, incideras på akuten flera gånger per år."),
          ("Bedömning", "Kan vara hidradenitis suppurativa. Remiss hudkliniken, ingen kirurgi nu."),
      ])],
    [("NL102", "n1")], [],
    "'Kan vara' framför hidradenitis suppurativa i synlig Bedömning.")

C("kir-skane-tveksamt-recidivbrack", "skane", ("19751001-1294", "1975-10-01"), [
    N("n1", M, "Mottagningsanteckning", "H_MOTT", "Jonatan Ekberg", "läkare",
      "2024-10-18 13:00", "2024-10-18 13:20", OV, [
          ("Anamnes", "Lichtenstein vä 2019. Nu åter svullnad och värk i vä ljumske vid lyft på jobbet."),
          ("Status", "Ingen säker bråckpulsation vid hosta, ömhet över ärret."),
          ("Bedömning", "Tveksamt recidivbråck vä. UL ljumske, återbesök med svar."),
      ])],
    [("NL102", "n1")], [],
    "'Tveksamt' framför recidivbråck: en hedge utanför de vanligaste orden.")

C("kir-vgr-fynd-forenliga-med-volvulus", "vgr", ("19401022-6738", "1940-10-22"), [
    N("n1", M, "Läkaranteckning", "S_AVD32", "Isak Nordin", "läkare",
      "2024-10-19 18:30", "2024-10-19 19:05", SV, [
          ("Utredning", "Buköversikt: kraftigt dilaterad sigmoideumslynga med kaffebönstecken, fynd förenliga med sigmoideumvolvulus."),
          ("Åtgärd", "Avlastning med sigmoideoskopi och rektalsond i kväll. Bakjouren informerad."),
      ])],
    [("NL102", "n1")], [],
    "'Fynd förenliga med' sigmoideumvolvulus från röntgensvaret, i synlig Utredning.")

C("kir-skane-lymfkortelsvar-inte-fatt-veta", "skane", ("19910909-4871", "1991-09-09"), [
    N("n1", M, "Läkaranteckning", "H_KOLO", "Mikael Hjort", "läkare",
      "2024-10-18 15:30", "2024-10-18 15:50", OV, [
          ("Utredning", "PAD efter lap hö hemikolektomi 7/10: adenokarcinom pT4a, 6 av 21 lymfkörtlar med metastas (N2a)."),
          ("Planering", "Pat har ännu inte fått veta lymfkörtelsvaret. Besked vid återbesök 29/10, onkologen deltar."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "'Har ännu inte fått veta' om lymfkörtelmetastaser som står synligt.")

C("kir-vgr-bifynd-njurtumor-ska-inte-informeras", "vgr", ("19890712-7313", "1989-07-12"), [
    N("n1", M, "Läkaranteckning", "S_AVD31", "Nils Bergkvist", "läkare",
      "2024-10-10 15:40", "2024-10-10 16:00", SV, [
          ("Aktuellt", "Divertikulit i regress, hem i morgon."),
          ("Utredning", "DT buk från inkomsten visar som bifynd en 4 cm solid tumör i hö njure."),
          ("Planering", "Pat ska inte informeras om bifyndet förrän urologen bedömt bilderna, remiss skickad i dag."),
      ])],
    [("NL101", "n1")], [],
    "'Ska inte informeras ... förrän': en synlig njurtumör som medvetet hålls inne.")

C("kir-skane-make-ringer-levermetastas-ssk", "skane", ("19540130-9660", "1954-01-30"), [
    N("n1", M, "Omvårdnadsanteckning", "H_AVD53", "Jessica Nilsson", "sjuksköterska",
      "2024-10-16 19:10", "2024-10-16 19:25", SV, [
          ("Telefonkontakt", "Maken ringer och undrar över provsvaren. Enligt dr Nyström visar PAD från leverbiopsin metastas från koloncancer, vilket pat ännu inte har fått veta. Maken hänvisas till läkarsamtalet i morgon där pat själv får beskedet först."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Sjuksköterskans anteckning om anhörigs samtal skriver ut metastasdiagnosen som patienten ännu inte fått veta.")

C("kir-vgr-barn-ovarialteratom-foraldrar-ej-informerade", "vgr", ("20130320-7664", "2013-03-20"), [
    N("n1", M, "Läkaranteckning", "S_BARN", "Johan Cederholm", "läkare",
      "2024-10-12 14:20", "2024-10-12 15:05", OV, [
          ("Anamnes", "11-årig flicka, buksmärta i hö fossa i två veckor, ingen feber."),
          ("Utredning", "UL buk: 7 cm cystisk-solid förändring med förkalkningar utgående från hö ovarium, moget teratom (dermoidcysta)."),
          ("Planering", "Föräldrarna ej informerade om fyndet ännu, barnkirurgen i Göteborg kontaktas först. Smärtlindring, hem med tid på måndag."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Barn under 13, VGR: ovarialteratom synligt för vårdnadshavarna som ännu inte informerats.")

C("kir-skane-utkast-crohn-ej-informerad", "skane", ("20050404-1914", "2005-04-04"), [
    N("n1", M, "Läkaranteckning", "H_KOLO", "Per-Olof Sandberg", "läkare",
      "2024-10-17 16:15", None, OV, [
          ("Utredning", "Ileokoloskopi 9/10 med PAD: kronisk aktiv ileit med granulom. MR tunntarm: 15 cm väggförtjockning i terminala ileum."),
          ("Bedömning", "Sammantaget Crohns sjukdom i terminala ileum. Pat ännu ej informerad, tid hos gastroläkare bokas där diagnos och behandling gås igenom."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Osignerat utkast: fastställd Crohns sjukdom synlig innan patienten informerats.")

C("kir-vgr-hodgkin-forst-ej-sedan-informerad", "vgr", ("19970125-7140", "1997-01-25"), [
    N("n1", M, "Läkaranteckning", "S_DAG", "Lovisa Hedlund", "läkare",
      "2024-10-16 11:30", "2024-10-16 11:50", OV, [
          ("Utredning", "PAD efter extirpation av lymfkörtel vä supraklavikulärt: klassiskt Hodgkins lymfom, nodulär skleros."),
          ("Planering", "Pat ej informerad ännu, har tid hos mig 21/10. Remiss till hematologen skickas i dag."),
      ]),
    N("n2", M, "Läkaranteckning", "S_DAG", "Lovisa Hedlund", "läkare",
      "2024-10-18 08:40", "2024-10-18 09:30", OV, [
          ("Samtal", "Besöket tidigarelagt på pats begäran. Informerat om PAD-svaret, Hodgkins lymfom, och att det är en sjukdom med god prognos. Mamma med. Frågor om fertilitet besvarade så gott det går, hematologen tar vid."),
      ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "VGR två anteckningar: n1 skriver lymfomet före beskedet (NL101), n2 dokumenterar att patienten informerats (ej NL101).")

# ---------------------------------------------------------------- part 9 (two long charts)
C("kir-vgr-lang-postop-levermetastas-ej-informerad", "vgr", ("19501204-3161", "1950-12-04"), [
    N("n1", M, "Läkaranteckning", "S_AVD32", "Karolina Strand", "läkare",
      "2024-10-17 09:10", "2024-10-17 10:25", SV, [
          ("Aktuellt", "Postop dag 2 efter lap sigmoideumresektion 15/10 för sigmoideumcancer cT3N0, diagnosen känd för pat sedan september. Peroperativt palperades en 1 cm ytlig knöl i leversegment 3 som kilexciderades, fryssnitt gav metastas från kolorektal cancer. Natten lugn enligt ssk, sovit fyra timmar i sträck. Mår illa på morgonen men har inte kräkts. Gasavgång finns, ingen avföring ännu."),
          ("Status", "AT: blek men pigg, talar i hela meningar. Temp 37,4, BT 128/76, P 84, AF 16, sat 97 % på luft. Cor: RR, inga blåsljud. Pulm: nedsatta andningsljud basalt bilat, inga rassel. Buk: mjuk, lagom öm kring portarna, tarmljud hörs. Förbanden torra. KAD: klar urin, 1600 ml senaste dygnet. Vaderna mjuka."),
          ("Lab", "Hb 112 (preop 128), LPK 9,8, CRP 164 (dag 1: 118), krea 71, K 3,6, Na 138, albumin 29."),
          ("Bedömning", "Förväntat förlopp dag 2, CRP-stegringen inom ramen. Levermetastasen i segment 3 är borttagen men pat är ännu ej informerad om fryssnittssvaret, samtal på ronden i morgon med kontaktssk Åsa Berg och maken."),
          ("Planering", "KAD ut i dag kl 14, bladderscan efter första miktion. Oxynorm byts mot Alvedon och Ipren, Primperan vb. Andningsgymnastik med PEP-flaska, fysioterapeut kontaktad. Fritt peroralt, näringsdryck x 2. Fragmin 5000 E x 1 i 28 dagar. Kontroll av CRP och Hb i morgon. MDK-anmälan kompletteras med levermetastasen, ny DT lever och onkologbedömning."),
      ])],
    [("NL101", "n1")], [],
    "Lång postoperativ anteckning där en enda mening säger att den synliga levermetastasen ännu inte berättats för patienten.")

C("kir-skane-lang-rond-formaksflimmer-fragetecken", "skane", ("19490317-7352", "1949-03-17"), [
    N("n1", M, "Ronduppföljning", "H_AVD53", "Tobias Lövgren", "läkare",
      "2024-10-18 08:50", "2024-10-18 10:05", SV, [
          ("Aktuellt", "Postop dag 3 efter öppen hö hemikolektomi 15/10 för coecumcancer. Nattssk rapporterar oregelbunden, snabb puls 120-140 på telemetrin mellan kl 02 och 04, gick över spontant. Pat kände hjärtklappning och lätt yrsel men ingen bröstsmärta. Har ätit halva frukosten, gasavgång finns, ingen avföring ännu. EDA går med 6 ml/h och täcker smärtan."),
          ("Status", "AT: opåverkad i vila. BT 142/84, P 88 regelbunden vid min undersökning, AF 18, sat 95 % på 1 l. Cor: RR, inga blåsljud. Pulm: enstaka basala rassel hö. Buk: mjuk, öm kring laparotomisåret som är torrt och rent med agraffer. Sparsamma men förekommande tarmljud. Inga ödem, vaderna mjuka. EDA-insticksstället ua."),
          ("Lab", "Hb 104, LPK 11,2, CRP 198 (dag 2: 231), K 3,3, Mg 0,62, krea 94, TnT 14."),
          ("Bedömning", "Paroxysmalt förmaksflimmer? Kalium och magnesium låga, rättas. Postop förlopp i övrigt som förväntat, CRP vänder."),
          ("Planering", "12-avlednings-EKG nu och vid ny episod, telemetri ett dygn till. Kaliumklorid 1 mmol/ml 20 ml x 3 po, magnesium iv. Vid ny episod med hög kammarfrekvens ges Metoprolol 2,5 mg iv enligt ordination och medicinjouren kontaktas. EDA dras i morgon efter Fragmin-paus, övergång till Alvedon och Oxynorm. Mobilisering med fysioterapeut två gånger dagligen, andningsgymnastik. Näringsdryck x 2."),
      ])],
    [("NL102", "n1")], [],
    "Lång rondanteckning med telegrafiska statusrader där enda hypotesen är 'Paroxysmalt förmaksflimmer?'.")


# ---------------------------------------------------------------- validation and output
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{4})", pnr)
    if not m:
        return False
    digits = m.group(2) + m.group(3)
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    whys = set()
    for c in cases:
        name = c.get("case", "?")
        def bad(msg):
            problems.append(f"{name}: {msg}")
        if set(c) != CASE_KEYS:
            bad(f"case keys {sorted(c)}")
        if not name.startswith("kir-"):
            bad("name must start with kir-")
        if name in names:
            bad("duplicate case name")
        names.add(name)
        if c["why"] in whys:
            bad("duplicate why")
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            bad("unknown ruleset")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            bad(f"record keys {sorted(rec)}")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            bad("access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            bad("patient keys")
        if not luhn_ok(pat["id"]):
            bad(f"personnummer not Luhn-valid: {pat['id']}")
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            bad("personnummer does not match birth_date")
        if not rec["as_of"].startswith("2024-"):
            bad("as_of not in 2024")
        times = [rec["as_of"]]
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                bad(f"note keys {sorted(n)}")
            if n["id"] in notes:
                bad(f"duplicate note id {n['id']}")
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                bad("unknown system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                bad("VGR note not Melior")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                bad("unit/author keys")
            if not n["time"].startswith("2024-"):
                bad("note time not in 2024")
            times.append(n["time"])
            if n["signed"] is not None:
                if not n["signed"].startswith("2024-"):
                    bad("signed not in 2024")
                if n["signed"] < n["time"]:
                    bad("signed before time")
                times.append(n["signed"])
            if n["time"] > rec["as_of"]:
                bad("note after as_of")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                bad("setting")
            if not n["sections"]:
                bad("note without sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    bad("section")
                for sent in sentences(s["text"]):
                    if sent in seen_sent and seen_sent[sent] != (name, n["id"], s["keyword"]):
                        bad(f"repeated sentence (also in {seen_sent[sent][0]}): {sent!r}")
                    seen_sent.setdefault(sent, (name, n["id"], s["keyword"]))
        for t in times:
            a = age_at(pat["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                bad(f"patient age {a} at {t}")
        if not c["must"] and not c["must_not"]:
            bad("nothing asserted")
        pairs = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if len(item) != 2:
                    bad("assertion shape")
                    continue
                code, target = item
                if code not in CODES:
                    bad(f"unexpected code {code}")
                if target not in notes:
                    bad(f"target {target} missing")
                    continue
                if (code, target) in pairs:
                    bad(f"{code} on {target} asserted twice")
                pairs.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    bad("NL102 must on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    bad("NL101 asserted on PMO note")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout43_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print(f"wrote {len(CASES)} cases to {out}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")


if __name__ == "__main__":
    main()
