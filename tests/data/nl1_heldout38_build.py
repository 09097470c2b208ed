#!/usr/bin/env python3
"""Held-out set h38: a university hospital over one month (October 2024).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

AS_OF = "2024-11-01T00:00:00"

U = {
    # Skåne, Melior (SUS)
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8A01"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A02"),
    "sk_kir_avd": ("Kirurgiska kliniken avd 3, Skånes universitetssjukhus Lund", "SE2321000255-8A11"),
    "sk_kir_mott": ("Kirurgimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A12"),
    "sk_brost": ("Bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8A13"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8A21"),
    "sk_onk_avd": ("Onkologiska vårdavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8A22"),
    "sk_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8A23"),
    "sk_neuro": ("Neurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8A31"),
    "sk_stroke": ("Strokeenheten, Skånes universitetssjukhus Malmö", "SE2321000255-8A32"),
    "sk_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A33"),
    "sk_hia": ("Hjärtintensivavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A41"),
    "sk_kardio": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8A42"),
    "sk_barn": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8A51"),
    "sk_barnakut": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-8A52"),
    "sk_barnonk": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8A53"),
    "sk_psyk_mott": ("Allmänpsykiatrisk mottagning Malmö, Vuxenpsykiatri Skåne", "SE2321000255-8A61"),
    "sk_psyk_akut": ("Psykiatriska akutmottagningen Lund, Vuxenpsykiatri Skåne", "SE2321000255-8A62"),
    "sk_psyk_avd": ("Psykiatrisk heldygnsvård avd 4, Vuxenpsykiatri Skåne Lund", "SE2321000255-8A63"),
    "sk_fysio": ("Fysioterapin, Skånes universitetssjukhus Lund", "SE2321000255-8A71"),
    "sk_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8A14"),
    "sk_plast": ("Plastikkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A15"),
    "sk_onh": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-8A16"),
    "sk_iva": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8A81"),
    # Skåne, PMO (primärvård)
    "sk_vc_sandby": ("Vårdcentralen Södra Sandby", "SE2321000255-9B01"),
    "sk_vc_kryddg": ("Vårdcentralen Kryddgården, Malmö", "SE2321000255-9B02"),
    "sk_bvc": ("BVC Linero, Lund", "SE2321000255-9B03"),
    "sk_um": ("Ungdomsmottagningen Lund", "SE2321000255-9B04"),
    "sk_hsv": ("Hemsjukvården Eslöv", "SE2321000255-9B05"),
    # VGR, Melior (SU)
    "vg_akut_sahl": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012011"),
    "vg_akut_molndal": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012012"),
    "vg_akut_ostra": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012013"),
    "vg_kir_avd": ("Kirurgi avd 53, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012021"),
    "vg_kir_mott": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012022"),
    "vg_brost": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012023"),
    "vg_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012024"),
    "vg_orto": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012025"),
    "vg_onk": ("Jubileumskliniken, onkologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012031"),
    "vg_onk_avd": ("Jubileumskliniken avd 51, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012032"),
    "vg_hem": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012033"),
    "vg_neuro_mott": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012041"),
    "vg_neuro_avd": ("Neurologavdelningen 133, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012042"),
    "vg_kardio": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012051"),
    "vg_kardio_avd": ("Kardiologiavdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012052"),
    "vg_barn": ("Drottning Silvias barnsjukhus, barnmedicin avd 323", "SE2321000131-E000000012061"),
    "vg_barnakut": ("Barnakuten, Drottning Silvias barnsjukhus", "SE2321000131-E000000012062"),
    "vg_barnonk": ("Barncancercentrum, Drottning Silvias barnsjukhus", "SE2321000131-E000000012063"),
    "vg_psyk_mott": ("Psykiatri Affektiva, mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012071"),
    "vg_psyk_psykos": ("Psykiatri Psykos, öppenvård Östra, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012072"),
    "vg_psyk_akut": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012073"),
    "vg_med_avd": ("Medicinavdelning 31, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012091"),
    "vg_fysio": ("Arbetsterapi och fysioterapi, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012081"),
    "vg_iva": ("Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012082"),
}

PMO_UNITS = {"sk_vc_sandby", "sk_vc_kryddg", "sk_bvc", "sk_um", "sk_hsv"}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def N(nid, system, template, unit, author, role, time, signed, setting, *sections):
    """signed: minutes after time, or None for an unsigned draft."""
    if signed is None:
        sig = None
    else:
        t = datetime.strptime(time, "%Y-%m-%dT%H:%M")
        sig = (t + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]} if isinstance(author, tuple) else {"name": author, "role": role},
        "time": time + ":00",
        "signed": sig,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def add(name, ruleset, birth, serial, notes, must, must_not, why, as_of=AS_OF):
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


M = "Melior"
P = "PMO"
OV = "öppenvård"
SV = "slutenvård"

# ---------------------------------------------------------------------------
# NL102 — positives (hedged diagnosis of the patient in a visible Melior section)
# ---------------------------------------------------------------------------

add("h38-akut-susp-appendicit-at-lakare", "skane", "1996-03-14", "238", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", "Jonatan Ek", "läkare", "2024-10-02T22:14", 35, OV,
      ("Aktuellt", "Buksmärta sedan igår kväll, började runt naveln och har nu vandrat ned mot hö fossa. Illamående, ätit dåligt."),
      ("Status", "Buk: mjuk, ömmar tydligt över McBurneys punkt, släppömhet hö. Temp 38,1. CRP 47, LPK 13,9."),
      ("Bedömning", "Susp. appendicit. Kir-jour kontaktad, pat fastande, dropp startat."))
], [("NL102", "n1")], [], "abbreviated hedge 'Susp.' before appendicit in the ED Bedömning of a Skåne Melior note")

add("h38-onk-trol-levermetastaser-dt", "vgr", "1951-07-22", "417", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Maria Castellano", "läkare", "2024-10-09T11:05", 70, OV,
      ("Aktuellt", "Uppföljning efter kurativt opererad sigmoideumcancer 2022. Stigande CEA senaste två kontrollerna."),
      ("Utredning", "DT thorax-buk 8/10: multipla hypodensa förändringar i båda leverloberna, största 3 cm i segment VII. Trol. levermetastaser. Lungor utan anmärkning."),
      ("Planering", "Ultraljudsledd leverbiopsi bokas. Tas upp på MDK tisdag."))
], [("NL102", "n1")], [], "'Trol. levermetastaser' in a visible Utredning section of a VGR oncology note")

add("h38-neuro-misstankt-okular-myasteni", "vgr", "1968-11-02", "552", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_mott", "Björn Lindqvist", "läkare", "2024-10-03T09:40", 180, OV,
      ("Anamnes", "Remiss från ögonkliniken. Sedan ca 6 veckor dubbelseende som tilltar framåt eftermiddagen, och vänster ögonlock hänger när hon är trött. Inga sväljningssvårigheter, ingen dysartri, ingen andfåddhet. Inga tidigare neurologiska sjukdomar."),
      ("Status", "Vaken, adekvat. Ptos vä som förvärras efter 60 s uppåtblick. Diplopi vid lateral blick åt vä. Isbitstest: ptosen minskar ca 2 mm. Pupiller lika, ljusreaktion normal. Kraft i extremiteter och nacke u.a."),
      ("Bedömning", "Misstänkt okulär myasthenia gravis."),
      ("Planering", "AChR-antikroppar, anti-MuSK vid neg svar. Neurografi med repetitiv stimulering. DT thorax m.t.p. tymom. Återbesök om 4 v."))
], [("NL102", "n1")], [], "'Misstänkt' myasthenia gravis in a VGR neurology Bedömning")

add("h38-hia-perimyokardit-kan-ej-uteslutas", "skane", "1996-05-19", "191", [
    N("n1", M, "Inskrivningsanteckning", "sk_hia", "Leila Haddad", "läkare", "2024-10-05T03:20", 240, SV,
      ("Aktuellt", "28-årig tidigare frisk man, förkyld för en vecka sedan. Ikväll tryckande bröstsmärta som förvärras liggande och lindras framåtlutad."),
      ("Status", "AT: opåverkad. Cor: regelbunden rytm, inga blåsljud, inget gnidningsljud. EKG: konkava ST-lyft i flera avledningar, PR-sänkning II. TnT 48, vid kontroll 61."),
      ("Bedömning", "Perimyokardit kan ej uteslutas. Ibuprofen, telemetri. MR hjärta under vårdtiden."))
], [("NL102", "n1")], [], "'kan ej uteslutas' attached to perimyokardit in a Skåne HIA admission note")

add("h38-barn-dd-kawasaki", "vgr", "2021-04-08", "064", [
    N("n1", M, "Läkaranteckning", "vg_barn", "Sofia Bergengren", "läkare", "2024-10-11T16:30", 60, SV,
      ("Aktuellt", "3-årig flicka med feber >39 i fem dygn trots paracetamol. Röda ögon utan flytningar, spruckna läppar, svullna händer. Mamma har med sig bilder från i förrgår med utslag på bålen."),
      ("Status", "Irritabel men tröstbar. Bilat konjunktival injektion utan sekret. Jordgubbstunga. Ödem dorsalt på händer och fötter. Cervikal lgl vä 2 cm."),
      ("Bedömning", "DD Kawasakis sjukdom (inkomplett bild), adenovirusinfektion. CRP 132, SR 78, albumin 29."),
      ("Planering", "Ekokardiografi imorgon förmiddag. Barnkardiolog informerad."))
], [("NL102", "n1")], [], "'DD Kawasakis sjukdom' for a 3-year-old in a visible section (guardians read the journal)")

add("h38-psyk-sannolikt-bipolar-typ2", "skane", "1990-09-27", "746", [
    N("n1", M, "Läkaranteckning", "sk_psyk_mott", "Tove Ahlgren", "läkare", "2024-10-14T13:15", 50, OV,
      ("Anamnes", "Återkommande depressioner sedan 20-årsåldern, behandlats med sertralin av VC. Beskriver perioder om 4–7 dagar med minskat sömnbehov, ökad energi och impulsiva köp, senast i augusti. Partnern bekräftar."),
      ("Bedömning", "Sannolikt bipolär sjukdom typ II. Ingen aktuell suicidrisk, inga psykotiska symtom."),
      ("Planering", "Strukturerad diagnostisk intervju (SCID) nästa besök. Diskuterat stämningsstabiliserare, tar ställning efter utredning."))
], [("NL102", "n1")], [], "'Sannolikt' bipolär sjukdom in a visible section of an adult psychiatry Melior note")

add("h38-akut-lungemboli-fragetecken-en-rad", "vgr", "1977-12-30", "323", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "Rasmus Hedin", "läkare", "2024-10-01T08:52", None, OV,
      ("Bedömning", "Dyspné 2 dygn efter långflygning, puls 112, sat 91 % rumsluft, lungemboli? DT-angio beställd."))
], [("NL102", "n1")], [], "one-line note: diagnosis followed by a question mark")

add("h38-ssk-misstankt-uvi-kir-avd", "skane", "1943-02-11", "482", [
    N("n1", M, "Omvårdnadsanteckning", "sk_kir_avd", "Emelie Troedsson", "sjuksköterska", "2024-10-06T10:20", 15, SV,
      ("Elimination", "Pat uppger sveda vid miktion sedan i morse och täta trängningar. Urinsticka: nitrit pos, leukocyter 3+."),
      ("Åtgärd", "Misstänkt UVI, jourhavande läkare dr Persson meddelad. U-odling tagen och skickad."))
], [("NL102", "n1")], [], "a nurse writes 'Misstänkt UVI' under Åtgärd in a ward note")

add("h38-fysio-bild-som-vid-kuffruptur", "vgr", "1958-06-16", "675", [
    N("n1", M, "Fysioterapeutanteckning", "vg_fysio", "Karin Dahlstedt", "fysioterapeut", "2024-10-15T14:00", 30, OV,
      ("Anamnes", "Föll på cykel för tre veckor sedan och tog emot sig med hö arm. Svårt att lyfta armen över axelhöjd, värk nattetid."),
      ("Status", "Aktiv flexion hö 90 grader, passivt full. Nedsatt kraft i utåtrotation. Drop arm-test positivt, Jobe positivt hö."),
      ("Bedömning", "Bild som vid rotatorkuffruptur hö axel."),
      ("Åtgärd", "Instruerat i avlastande rörelser. Kontaktat ortoped för ställningstagande till ultraljud."))
], [("NL102", "n1")], [], "a physiotherapist writes 'Bild som vid' rotatorkuffruptur in a visible section")

add("h38-skane-sokord-tidiga-hypoteser-i-lakaranteckning", "skane", "1957-01-23", "809", [
    N("n1", M, "Läkaranteckning", "sk_neuro", "Gunnar Wästfelt", "läkare", "2024-10-17T10:10", 90, OV,
      ("Aktuellt", "Återbesök efter MR hjärna och neuropsykologisk testning. Maka med vid besöket."),
      ("Status", "Frontala frisättningsreflexer, i övrigt ingen fokal neurologi."),
      ("Tidiga hypoteser", "Möjlig frontotemporal demens, beteendevariant. MR visar frontal atrofi mer än förväntat för åldern."),
      ("Planering", "FDG-PET beställd. Nytt besök med anhörig om 6 v."))
], [("NL102", "n1")], [], "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible")

add("h38-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1972-04-04", "139", [
    N("n1", M, "Tidiga hypoteser", "vg_neuro_mott", "Ulrika Fahlén", "läkare", "2024-10-18T15:25", 45, OV,
      ("Bedömning", "Choreatiska rörelser i ansikte och händer, fadern avled i 50-årsåldern i oklar neurologisk sjukdom. Misstänkt Huntingtons sjukdom; genetisk vägledning före ev. test."))
], [("NL102", "n1")], [], "VGR protects by sökord: the note template is named Tidiga hypoteser but the sökord Bedömning is visible")

add("h38-skane-th-mall-sedan-daganteckning-upprepar", "skane", "1964-08-09", "260", [
    N("n1", M, "Tidiga hypoteser", "sk_hem", "Per-Olof Nygren", "läkare", "2024-10-07T16:00", 20, OV,
      ("Bedömning", "Misstänkt lymfom: generaliserade lymfkörtelförstoringar, nattsvettningar och viktnedgång 7 kg på tre månader. LD förhöjt.")),
    N("n2", M, "Daganteckning", "sk_hem", "Hanna Lövgren", "läkare", "2024-10-08T09:30", 40, OV,
      ("Aktuellt", "Pat på dagvården för provtagning inför biopsi."),
      ("Bedömning", "Förstorade lymfkörtlar hals och axiller, misstänkt lymfom. Excisionsbiopsi av lgl på hö halssida onsdag."))
], [("NL102", "n2")], [("NL102", "n1")], "the hypothesis is protected in the Tidiga hypoteser template (n1) but the next day's ordinary note repeats it visibly (n2)")

add("h38-typo-missankt-pneumoni-postop", "vgr", "1949-10-13", "556", [
    N("n1", M, "Jouranteckning", "vg_kir_avd", "Amir Sadeghi", "läkare", "2024-10-12T02:45", 25, SV,
      ("Aktuellt", "Dag 3 efter laparoskopisk kolecystektomi. Tillkallad pga feber 38,9 och ökad andningsfrekvens."),
      ("Status", "Rassel hö basalt, AF 24, sat 93 % på 2 l O2. CRP 186."),
      ("Bedömning", "Missänkt pneumoni hö basalt. Blododlingar x2, Tazocin insatt, rtg pulm på morgonen."))
], [("NL102", "n1")], [], "typo 'Missänkt' in the hedge; still a hedged diagnosis in a visible on-call note")

add("h38-typo-sannolkit-tia", "skane", "1938-12-01", "305", [
    N("n1", M, "Läkaranteckning", "sk_stroke", "Ingrid Pålsson", "läkare", "2024-10-04T11:50", 60, SV,
      ("Aktuellt", "Episod med dysfasi och svaghet i hö hand i ca 20 min igår kväll, helt återställd vid ankomst."),
      ("Status", "NIHSS 0. Förmaksflimmer på EKG, tidigare okänt."),
      ("Bedömning", "Sannolkit TIA, kardioembolisk genes. DT hjärna u.a. Startar NOAK efter MR."))
], [("NL102", "n1")], [], "typo 'Sannolkit' for sannolikt before TIA in a stroke unit note")

add("h38-neuro-talar-for-guillain-barre", "vgr", "1985-02-25", "931", [
    N("n1", M, "Läkaranteckning", "vg_neuro_avd", "Petter Almgren", "läkare", "2024-10-16T12:00", 30, SV,
      ("Status", "Symmetrisk distal pares i benen, kraft 3/5 i fotledsdorsalflexion. Areflexi i nedre extremiteterna, svaga bicepsreflexer. Strumpformig känselnedsättning."),
      ("Bedömning", "Tilltagande svaghet i benen efter magsjuka för två veckor sedan. Klinisk bild och likvor med proteinstegring utan cellökning talar för Guillain-Barrés syndrom. Neurografi imorgon. Vitalkapacitet x3 per dygn."))
], [("NL102", "n1")], [], "'talar för' Guillain-Barrés syndrom in a visible Bedömning")

add("h38-kardio-ekg-forenligt-med-brugada", "skane", "1982-03-03", "714", [
    N("n1", M, "Läkaranteckning", "sk_kardio", "Oskar Fredén", "läkare", "2024-10-21T10:40", 100, OV,
      ("Anamnes", "Remitterad efter synkope i vila. Farbror dog plötsligt vid 40 års ålder."),
      ("Utredning", "Vilo-EKG: coved ST-höjning >2 mm i V1–V2 med negativ T-våg. Förenligt med Brugadasyndrom typ 1. Ekokardiografi normal."),
      ("Planering", "Remiss till arytmienheten för ställningstagande till ICD och genetisk utredning."))
], [("NL102", "n1")], [], "'Förenligt med' Brugadasyndrom in the Utredning section")

add("h38-brost-palpation-inger-misstanke-malignitet", "vgr", "1967-08-28", "248", [
    N("n1", M, "Mottagningsanteckning", "vg_brost", "Helena Östberg", "läkare", "2024-10-10T09:15", 55, OV,
      ("Aktuellt", "Själv känt en knöl i vä bröst sedan en månad."),
      ("Status", "Vä bröst kl 2, 4 cm från mamillen: 2 cm oregelbunden, fast, fixerad resistens. Indragning av huden. Palpabel lgl i vä axill."),
      ("Bedömning", "Palpationsfyndet inger misstanke om malignitet."),
      ("Planering", "Mammografi och ultraljud idag, mellannålsbiopsi vid samma tillfälle."))
], [("NL102", "n1")], [], "'inger misstanke om malignitet' in a breast clinic note")

add("h38-akut-kan-rora-sig-om-reaktiv-atrit-typo", "skane", "1993-01-17", "377", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", "Nils Hörberg", "läkare", "2024-10-13T17:30", 40, OV,
      ("Aktuellt", "Svullet hö knä och vä fotled sedan fyra dagar. Hade diarré i slutet av september efter resa till Thailand."),
      ("Status", "Hö knä: palpabel hydrops, värmeökning. Vä fotled svullen. Ögon utan rodnad. Temp 37,6."),
      ("Bedömning", "Kan röra sig om en reaktiv atrit efter genomgången gastroenterit. Knäledspunktion: grumlig, skickad för odling och kristaller."))
], [("NL102", "n1")], [], "'Kan röra sig om' with the typo 'atrit' for artrit in an ED note")

add("h38-akut-oklart-om-epilepsi-eller-synkope", "vgr", "2001-06-05", "586", [
    N("n1", M, "Akutanteckning", "vg_akut_molndal", "Elin Rask", "läkare", "2024-10-19T01:10", 30, OV,
      ("Aktuellt", "Föll ihop i kön på en nattklubb, kamrater beskriver ryckningar i armarna under ca 10 s. Snabbt orienterad efteråt. Ingen tungbitning, ingen urinavgång."),
      ("Bedömning", "Oklart om det rör sig om ett epileptiskt anfall eller en konvulsiv synkope. EKG sinusrytm, normalt QTc."),
      ("Planering", "Remiss EEG. Körförbud tills vidare enligt Transportstyrelsens föreskrifter, informerad."))
], [("NL102", "n1")], [], "'Oklart om' two diagnoses in an ED note")

add("h38-akut-dt-fragestallning-sab", "skane", "1970-10-30", "459", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Anna Wiklander", "läkare", "2024-10-22T20:05", None, OV,
      ("Aktuellt", "Plötslig svår huvudvärk under träning kl 18, 'den värsta någonsin'. Kräkts en gång."),
      ("Status", "GCS 15. Nackstel. Ingen fokalitet."),
      ("Åtgärd", "DT hjärna akut, frågeställning subaraknoidalblödning. Om negativ DT: LP efter 12 h."))
], [("NL102", "n1")], [], "'frågeställning subaraknoidalblödning' as the clinician's open question about the patient")

add("h38-orto-ingen-fraktur-men-trolig-distorsion", "vgr", "1999-09-09", "820", [
    N("n1", M, "Läkaranteckning", "vg_orto", "Fredrik Mörk", "läkare", "2024-10-23T15:45", 20, OV,
      ("Status", "Svullnad lateralt om vä fotled, ömhet över ATFL. Ingen ömhet över laterala malleolens bakkant eller bas MT V."),
      ("Bedömning", "Enligt Ottawa-reglerna ingen misstanke om fraktur. Trolig distorsion av laterala ligamenten."),
      ("Planering", "Elastisk linda, belastning efter smärta, fysioterapeut vid kvarstående instabilitet."))
], [("NL102", "n1")], [], "a negated fracture followed by a hedged 'Trolig distorsion': the second hedge is a real hypothesis")

add("h38-diagnos-sokord-pneumoni-misstankt-parentes", "skane", "1946-05-12", "621", [
    N("n1", M, "Inskrivningsanteckning", "sk_akut_lund", "Malin Thorsell", "läkare", "2024-10-24T23:40", None, SV,
      ("Aktuellt", "Tilltagande hosta och feber sedan 3 d, förvirrad enligt hemtjänsten."),
      ("Diagnos", "J18.9 Pneumoni, ospecificerad (misstänkt)\nR41.0 Desorientering"),
      ("Planering", "Inläggning medicinakuten, rtg pulm, odlingar, Bensyl-PC."))
], [("NL102", "n1")], [], "hedge written in brackets after the coded diagnosis in the Diagnos section")

add("h38-kardio-lang-inskrivning-ev-takotsubo", "skane", "1954-02-20", "266", [
    N("n1", M, "Inskrivningsanteckning", "sk_kardio", "Viktor Sandahl", "läkare", "2024-10-26T14:30", 120, SV,
      ("Anamnes", "70-årig kvinna, tidigare hypertoni (behandlad med amlodipin) och hypotyreos. Ingen känd kranskärlssjukdom. Icke-rökare. Maken avled oväntat för en vecka sedan. Idag på morgonen kraftig tryckkänsla i bröstet med utstrålning mot käken, illamående och kallsvett. Ambulans larmades, prehospitalt EKG med ST-lyft V2–V4, pat gick direkt till PCI."),
      ("Status", "AT: blek men opåverkad efter ingreppet. Cor: regelbunden rytm, 88/min, inga blåsljud. Pulm: ua. BT 118/72. Inga ödem. Punktionsställe hö radialis utan hematom."),
      ("Utredning", "Koronarangiografi: inga signifikanta stenoser. Vänsterkammarangiografi: apikal ballongering med hyperkinetisk basal del, EF uppskattad till 35 %. TnT 412, NT-proBNP 3450. Kalium 3,9, kreatinin 71."),
      ("Bedömning", "Akut koronart syndrom uteslutet angiografiskt. Ev. takotsubokardiomyopati utlöst av akut sorgereaktion, myokardit är mindre sannolikt men MR får avgöra."),
      ("Planering", "Telemetri. ACE-hämmare och betablockad i låg dos. Eko om 4–6 v. Kurator erbjuds. Åter till avdelning 2 i eftermiddag."))
], [("NL102", "n1")], [], "long admission note: one 'Ev.' before takotsubokardiomyopati buried among ruled-out ACS")

add("h38-kir-lang-inskrivning-dd-ileus", "vgr", "1939-06-27", "735", [
    N("n1", M, "Inskrivningsanteckning", "vg_kir_avd", "Clara Nyström", "läkare", "2024-10-20T19:55", 85, SV,
      ("Anamnes", "85-årig man från korttidsboende. Opererad för perforerat ulcus 1998 via övre medellinjesnitt. KOL, förmaksflimmer (Eliquis), lätt kognitiv svikt. Sedan två dagar uppkördhet, kräkningar x4 idag, ingen avföring sedan i fredags, osäkert om gasavgång."),
      ("Status", "AT: trött, torra slemhinnor. Buk: uppspänd, tympanitisk, diffust öm utan peritonit. Livliga klingande tarmljud. Ärr efter laparotomi ua. Rektalpalpation: tom ampull. Temp 37,4, puls 96 oregelbunden, BT 104/62."),
      ("Lab", "Hb 151, LPK 11,8, CRP 34, kreatinin 142, K 3,3, laktat 1,6."),
      ("Bedömning", "DD tunntarmsileus på adherenser, koprostas. Dehydrerad med prerenal njurpåverkan."),
      ("Åtgärd", "V-sond, sugs 600 ml gallfärgat. Ringer-acetat 1 l på 2 h, kaliumtillsats. Eliquis pausas. DT buk med iv kontrast när kreatinin tillåter, annars utan."),
      ("Planering", "Fasta. Timdiures. Bakjour informerad, tar ställning till op efter DT."))
], [("NL102", "n1")], [], "long surgical admission: 'DD tunntarmsileus' in the Bedömning")

add("h38-barnakut-telefon-trol-gastroentrit", "skane", "2022-07-15", "103", [
    N("n1", M, "Telefonanteckning", "sk_barnakut", "Lina Ohlsson", "barnsjuksköterska", "2024-10-27T06:40", 10, OV,
      ("Telefonkontakt", "Pappa ringer, 2-årig pojke med kräkningar sedan midnatt och två lösa avföringar. Dricker små klunkar, kissat en gång i natt, pigg emellanåt."),
      ("Bedömning", "Trol gastroentrit utan tecken till uttorkning i nuläget."),
      ("Råd", "Vätskeersättning 5 ml varannan minut. Ny kontakt vid färre än 4 blöta blöjor per dygn, slöhet eller blod i avföringen."))
], [("NL102", "n1")], [], "paediatric nurse phone advice: 'Trol' with the typo 'gastroentrit'; the guardian reads the journal")

add("h38-onk-diktat-misstankt-hjarnmetastas", "vgr", "1960-12-12", "475", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Ragnar Kempe", "läkare", "2024-10-08T15:10", 1440, OV,
      ("Aktuellt", "Patienten med känd icke-småcellig lungcancer stadium fyra under pembrolizumab sedan mars komma nu sedan en vecka yrsel och ostadighet punkt Inga kräkningar."),
      ("Bedömning", "Misstänkt cerebellär metastas [ohörbart] med tanke på ataxin. MR hjärna beställs med förtur, Betapred 8 mg dagligen tills vidare."),
      ("Övrigt", "Dikterat av öl Ragnar Kempe, utskrivet av läksekr Birgitta Fors 9/10."))
], [("NL102", "n1")], [], "secretary-typed dictation with slips ('komma', 'punkt', [ohörbart]) still holds 'Misstänkt' metastas")

add("h38-kir-mobil-trol-sarinfektion", "skane", "1988-04-30", "593", [
    N("n1", M, "Telefonanteckning", "sk_kir_mott", "Josefin Mattsson", "läkare", "2024-10-25T12:02", None, OV,
      ("Telefonkontakt", "pat ringt, op ljumskbråck hö 14/10. sår rodnat o varmt sen igår, ingen feber. trol ytlig sårinfektion. flukloxacillin 1gx3 i 7d e-recept. åter om ej bättre på 3 d"))
], [("NL102", "n1")], [], "hurried phone note, lower case and no full stops: 'trol ytlig sårinfektion'")

add("h38-kir-mojligt-anastomoslackage", "vgr", "1955-03-08", "388", [
    N("n1", M, "Daganteckning", "vg_kir_avd", "Tobias Grahn", "läkare", "2024-10-14T08:35", 60, SV,
      ("Aktuellt", "Dag 4 efter hö hemikolektomi för coloncancer. Ny feber i natt, ökad buksmärta, takykardi 118."),
      ("Bedömning", "Möjligt anastomosläckage. CRP stigit från 98 till 245."),
      ("Planering", "DT buk med peroral och iv kontrast nu på förmiddagen. Fasta. Kirurg-ÖL tittar efter ronden."))
], [("NL102", "n1")], [], "'Möjligt' anastomosläckage in a postoperative ward note")

add("h38-akut-trauma-ev-mjaltskada", "skane", "1979-07-07", "146", [
    N("n1", M, "Traumaanteckning", "sk_akut_malmo", "Daniel Bengtzon", "läkare", "2024-10-29T17:20", 90, OV,
      ("Aktuellt", "MC-förare, kolliderat med bil i ca 50 km/h. Vaken på plats. Larm traumanivå 2."),
      ("Status", "A fri. B: sat 97 %, symmetriska andningsljud. C: puls 104, BT 128/80. Ömhet vä övre kvadrant och över vä revben 9–10. FAST: liten mängd fri vätska kring mjälten. D: GCS 15. E: skrubbsår vä lår."),
      ("Bedömning", "Ev. mjältskada. Revbensfrakturer vä?"),
      ("Åtgärd", "DT trauma helkropp. Blodgruppering och BAS-test, 2 grova nålar. Kirurgbakjour på plats."))
], [("NL102", "n1")], [], "trauma note: 'Ev. mjältskada' and a question-marked fracture in a visible section")

add("h38-akut-sepsis-misstankt-sedan-bekraftad", "vgr", "1948-01-19", "711", [
    N("n1", M, "Akutanteckning", "vg_akut_ostra", "Sara Lundholm", "läkare", "2024-10-28T21:15", 30, OV,
      ("Aktuellt", "Frossa och förvirring sedan eftermiddagen, KAD sedan juni pga prostatahyperplasi."),
      ("Status", "Temp 39,6, AF 26, BT 92/55, puls 120. Grumlig urin i KAD-påsen. Laktat 3,8."),
      ("Bedömning", "Misstänkt urosepsis. Sepsisprocess startad, blododling x2, KAD-byte med odling, Cefotaxim 2 g och 2 l Ringer.")),
    N("n2", M, "Daganteckning", "vg_kir_avd", "Jesper Ahl", "läkare", "2024-10-30T10:05", 40, SV,
      ("Bedömning", "Urosepsis med E. coli i blododling och urinodling, känslig för cefotaxim. Afebril sedan igår, laktat normaliserat."),
      ("Planering", "Byter till peroralt ciprofloxacin, total behandlingstid 14 dagar."))
], [("NL102", "n1")], [("NL102", "n2")], "the hypothesis is hedged in the ED note (n1) and confirmed by cultures in the later note (n2)")

add("h38-minne-kan-inte-utesluta-alzheimer", "skane", "1950-11-21", "834", [
    N("n1", M, "Läkaranteckning", "sk_minne", "Elisabet Krook", "läkare", "2024-10-15T10:00", 75, OV,
      ("Anamnes", "Maken beskriver tilltagande glömska i två år: upprepar frågor, har missat räkningar. Kör fortfarande bil."),
      ("Status", "MMSE 24/30, förlust på tidsorientering och fördröjd återgivning. Klocktest med planeringsfel."),
      ("Bedömning", "Kan inte utesluta begynnande Alzheimers sjukdom. Depressiv genes mindre trolig, GDS 3."),
      ("Planering", "LP för biomarkörer, MR hjärna. Körlämplighet diskuteras vid nästa besök."))
], [("NL102", "n1")], [], "'Kan inte utesluta' begynnande Alzheimers sjukdom at the memory clinic")

add("h38-barnakut-misstankt-invagination-kort", "vgr", "2023-05-02", "257", [
    N("n1", M, "Akutanteckning", "vg_barnakut", "Moa Eklind", "läkare", "2024-10-31T04:25", 15, OV,
      ("Bedömning", "17 mån, attacker av otröstlig gråt med blekhet, korvformad resistens hö om naveln. Misstänkt invagination, akut UL buk, barnkirurg larmad."))
], [("NL102", "n1")], [], "short paediatric ED note with 'Misstänkt invagination'")

# ---------------------------------------------------------------------------
# NL102 — hard negatives
# ---------------------------------------------------------------------------

add("h38-akut-ingen-misstanke-om-dvt", "skane", "1984-10-03", "442", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Hugo Lindell", "läkare", "2024-10-02T13:40", 30, OV,
      ("Aktuellt", "Ont i vä vad efter fotbollsträning igår, kände ett knäpp vid spurt."),
      ("Status", "Ömhet och lätt svullnad mediala gastrocnemiushuvudet. Ingen omfångsökning av underbenet. Wells 0, D-dimer <0,2."),
      ("Bedömning", "Ingen misstanke om DVT. Muskelbristning i mediala gastrocnemius."),
      ("Planering", "Avlastning några dagar, därefter gradvis belastning."))
], [], [("NL102", "n1")], "negated 'Ingen misstanke om DVT' plus a confirmed muscle tear: nothing hedged remains")

add("h38-akut-inga-tecken-pa-pnuemoni-typo", "vgr", "1991-12-18", "569", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "Emma Granqvist", "läkare", "2024-10-03T10:25", 25, OV,
      ("Aktuellt", "Hosta i tio dagar efter förkylning, ingen feber senaste veckan. Orolig eftersom en kollega haft lunginflammation."),
      ("Status", "AF 14, sat 98 %. Normala andningsljud bilat. CRP 6."),
      ("Bedömning", "Inga tecken på pnuemoni. Postinfektiös hosta, självläkande."))
], [], [("NL102", "n1")], "negation 'Inga tecken på' with the diagnosis misspelled 'pnuemoni'")

add("h38-kir-talar-emot-appendicit", "skane", "2000-02-29", "314", [
    N("n1", M, "Konsultationsanteckning", "sk_kir_avd", "Markus Qvist", "läkare", "2024-10-04T18:50", 45, OV,
      ("Aktuellt", "Konsult från akuten för buksmärta nedom naveln sedan i morse. Haft menstruation för två veckor sedan."),
      ("Status", "Mjuk buk, lätt diffus ömhet nedom naveln, ingen släppömhet, ingen ömhet i McBurney. Temp 36,9. CRP <5, LPK 7,1. U-hCG neg."),
      ("Bedömning", "Status och lab talar emot appendicit. Ingen kirurgisk åtgärd."),
      ("Planering", "Åter till akutläkaren, gynkonsult vid behov."))
], [], [("NL102", "n1")], "'talar emot appendicit' is a ruled-out diagnosis, not a hypothesis")

add("h38-akut-lungemboli-uteslutes-dt", "vgr", "1963-08-24", "698", [
    N("n1", M, "Akutanteckning", "vg_akut_ostra", "Linnea Zetterlund", "läkare", "2024-10-05T15:35", 40, OV,
      ("Aktuellt", "Andfåddhet i två dagar, nyligen opererad för meniskskada."),
      ("Utredning", "DT lungartärer: inga embolier. Lungemboli uteslutes. Lätt bronkväggsförtjockning."),
      ("Bedömning", "Akut bronkit. Hem med råd."))
], [], [("NL102", "n1")], "'Lungemboli uteslutes' after CT: an excluded diagnosis")

add("h38-neuro-far-trolig-alzheimer", "skane", "1975-06-11", "226", [
    N("n1", M, "Mottagningsanteckning", "sk_neuro", "Astrid Cederholm", "läkare", "2024-10-07T08:30", 60, OV,
      ("Anamnes", "Spänningshuvudvärk sedan tonåren, nu tätare under en stressig höst då hon tar hand om sin far, som enligt pat har trolig Alzheimer och bor kvar hemma."),
      ("Status", "Neurologstatus helt u.a. Ömhet i nackmuskulaturen."),
      ("Bedömning", "Spänningshuvudvärk, episodisk. Inga varningstecken."),
      ("Planering", "Amitriptylin 10 mg till natten prövas, fysioterapeut för nacken."))
], [], [("NL102", "n1")], "the hedged 'trolig Alzheimer' belongs to the patient's father")

add("h38-barn-storebror-misstankt-celiaki", "vgr", "2017-03-26", "086", [
    N("n1", M, "Mottagningsanteckning", "vg_barn", "Jenny Sörensen", "läkare", "2024-10-08T14:10", 35, OV,
      ("Anamnes", "7-årig flicka med återkommande magont. Storebror har misstänkt celiaki och ska gastroskoperas, därför önskar föräldrarna kontroll."),
      ("Status", "Välmående, följer sin längd- och viktkurva. Buk mjuk, oöm."),
      ("Bedömning", "Transglutaminas-IgA negativt med normalt totalt IgA. Funktionell buksmärta."),
      ("Planering", "Ingen vidare utredning nu. Ny serologi om besvären förändras."))
], [], [("NL102", "n1")], "a sibling's suspected disease in a child's note; the child's own diagnosis is settled")

add("h38-fysio-ev-remiss-eventuellt-mr", "vgr", "1981-05-05", "354", [
    N("n1", M, "Fysioterapeutanteckning", "vg_fysio", "Anders Wallén", "fysioterapeut", "2024-10-09T09:00", 20, OV,
      ("Aktuellt", "Återbesök vecka 6 efter främre korsbandsrekonstruktion hö knä."),
      ("Status", "Extension 0, flexion 125. Lätt svullnad. Går utan kryckor."),
      ("Planering", "Fortsatt träning enligt protokoll. Ev. remiss tillbaka till ortoped om svullnaden inte lägger sig, eventuellt MR då."))
], [], [("NL102", "n1")], "hedges only on plans ('Ev. remiss', 'eventuellt MR')")

add("h38-ssk-trolig-utskrivning-imorgon", "skane", "1947-09-14", "529", [
    N("n1", M, "Omvårdnadsanteckning", "sk_kir_avd", "Rebecka Alm", "sjuksköterska", "2024-10-10T20:30", 10, SV,
      ("Aktuellt", "Pat har varit uppe i korridoren tre gånger under kvällen, äter halva portioner."),
      ("Planering", "Trolig utskrivning i morgon efter läkarrond, dottern hämtar. Hemtjänst kontaktad."))
], [], [("NL102", "n1")], "'Trolig utskrivning' is a hedge on a plan, not on a diagnosis")

add("h38-ssk-mojligen-lagt-forhojd-temp", "vgr", "1958-12-02", "770", [
    N("n1", M, "Omvårdnadsanteckning", "vg_onk_avd", "Tilda Carlberg", "sjuksköterska", "2024-10-11T06:15", None, SV,
      ("Natt", "Sovit oroligt. Kl 03 möjligen lätt förhöjd temp, 37,7 örontermometer, kontroll kl 05 37,2. Frös lite, extra filt."),
      ("Omvårdnad", "Munvård utförd, inga nya munsår. Dricker bra."))
], [], [("NL102", "n1")], "hedge on a measured sign ('möjligen lätt förhöjd temp'), no disease")

add("h38-akut-villkor-vid-sarinfektion-sok", "skane", "1995-08-19", "661", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", "Ebba Rydholm", "läkare", "2024-10-12T23:05", 20, OV,
      ("Aktuellt", "Skar sig på en glasflaska i vä handflata vid disk."),
      ("Status", "3 cm skärsår thenar, ingen sen- eller nervskada, normal kapillär återfyllnad."),
      ("Åtgärd", "Sutur 4 st Ethilon 4-0. Tetanusskydd finns."),
      ("Planering", "Suturtagning om 10–12 dagar på VC. Vid tecken på sårinfektion eller feber, sök igen."))
], [], [("NL102", "n1")], "the only disease word is in a conditional instruction ('Vid tecken på sårinfektion')")

add("h38-kir-bekraftad-appendicit-op", "vgr", "2003-11-09", "415", [
    N("n1", M, "Läkaranteckning", "vg_kir_avd", "Nora Falk", "läkare", "2024-10-13T21:20", 30, SV,
      ("Utredning", "DT buk: förtjockat appendix 11 mm med periappendiculär inflammation, ingen abscess."),
      ("Bedömning", "Akut appendicit. Laparoskopisk appendektomi ikväll, pat informerad och samtycker."))
], [], [("NL102", "n1")], "a confirmed diagnosis on CT: no hedge at all")

add("h38-skane-th-mall-misstankt-pankreascancer", "skane", "1952-04-18", "880", [
    N("n1", M, "Tidiga hypoteser", "sk_kir_mott", "Kristoffer Wendel", "läkare", "2024-10-14T16:45", 25, OV,
      ("Bedömning", "Smärtfri ikterus, viktnedgång och nydebuterad diabetes. Misstänkt pankreascancer, DT pankreasprotokoll beställd."))
], [], [("NL102", "n1")], "Skåne: the hedge sits in a note written with the protected Tidiga hypoteser template")

add("h38-vgr-th-sokord-misstankt-ms", "vgr", "1994-02-07", "123", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_mott", "Mikael Svedberg", "läkare", "2024-10-15T11:30", 50, OV,
      ("Aktuellt", "Domningar i vä ben i tre veckor, nu på väg tillbaka. För två år sedan synnedsättning hö öga som gick över."),
      ("Status", "Lätt nedsatt vibrationssinne vä fot, i övrigt normalt neurologstatus."),
      ("Tidiga hypoteser", "Misstänkt skovvis förlöpande MS, två episoder skilda i tid och rum."),
      ("Planering", "MR hjärna och halsrygg med kontrast, LP. Återbesök med svar."))
], [], [("NL102", "n1")], "VGR: the hedged MS sits only under the protected sökord Tidiga hypoteser; the visible sections hold symptoms and plans")

add("h38-pmo-vc-misstankt-diabetes", "skane", "1966-07-29", "238", [
    N("n1", P, "Besöksanteckning", "sk_vc_sandby", "Lars Tingström", "läkare", "2024-10-16T10:45", 30, OV,
      ("Aktuellt", "Trött, törstig och kissar mycket sedan sommaren. BMI 33."),
      ("Bedömning", "Misstänkt diabetes typ 2, P-glukos 13,4 icke fastande. Nytt fP-glukos och HbA1c."))
], [], [("NL102", "n1")], "primary care PMO note: PMO never shows diagnoses")

add("h38-pmo-bvc-misstankt-komjolksproteinallergi", "skane", "2024-06-03", "462", [
    N("n1", P, "BVC-anteckning", "sk_bvc", "Frida Nordquist", "distriktssköterska", "2024-10-17T09:30", 45, OV,
      ("Aktuellt", "4 mån gammal, mycket skrikig efter mål, slemmig avföring med blodstrimmor senaste veckan. Ersättning sedan 2 mån ålder."),
      ("Bedömning", "Misstänkt komjölksproteinallergi. Tid till BVC-läkare på torsdag, vikten följer kurvan."))
], [], [("NL102", "n1")], "BVC in PMO: a hedged diagnosis of an infant is not shown")

add("h38-pmo-ungdomsmott-misstankt-klamydia", "skane", "2007-01-12", "624", [
    N("n1", P, "Besöksanteckning", "sk_um", "Hedda Mårtensson", "barnmorska", "2024-10-18T15:00", 20, OV,
      ("Aktuellt", "17-årig kvinna, ny partner sedan en månad, oskyddat samlag. Ökade flytningar och sveda."),
      ("Bedömning", "Misstänkt klamydia, självtest taget på plats. Svar via 1177 inom en vecka."))
], [], [("NL102", "n1")], "youth clinic in PMO (patient 17): PMO hides diagnoses")

add("h38-pmo-hemsjukvard-trol-uvi", "skane", "1933-10-21", "281", [
    N("n1", P, "Hembesök", "sk_hsv", "Camilla Berg", "sjuksköterska", "2024-10-19T14:20", 30, OV,
      ("Aktuellt", "Hembesök efter larm från hemtjänst, pat mer förvirrad sedan igår och luktande urin."),
      ("Bedömning", "trol. UVI, urinsticka nitrit pos. Kontakt med jourläkare VC, pivmecillinam ordinerat."))
], [], [("NL102", "n1")], "hemsjukvård nurse in PMO writing 'trol. UVI'")

add("h38-typo-ingen-missanke-om-fraktur", "vgr", "1986-04-22", "517", [
    N("n1", M, "Akutanteckning", "vg_akut_molndal", "Oliver Brandt", "läkare", "2024-10-20T11:45", 15, OV,
      ("Aktuellt", "Slog i hö handled mot dörrkarm."),
      ("Status", "Ingen ömhet i tabatière eller över distala radius, full rörlighet."),
      ("Bedömning", "Ingen missanke om fraktur, kontusion. Ingen röntgen."))
], [], [("NL102", "n1")], "typo 'missanke' inside a negation: still negated")

add("h38-akut-fragestallning-pneumoni-avskrivs", "skane", "1972-09-06", "739", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Sebastian Krantz", "läkare", "2024-10-21T16:10", 35, OV,
      ("Aktuellt", "Remiss från VC med frågeställning pneumoni efter fyra dagars feber och hosta."),
      ("Utredning", "Rtg pulm utan infiltrat eller pleuravätska. CRP 18, LPK 6,2. Sat 98 %."),
      ("Bedömning", "Pneumoni avskrivs. Virusinfektion i övre luftvägar, influensa-PCR positiv för influensa A."))
], [], [("NL102", "n1")], "the referral's pneumonia question is explicitly written off; the remaining diagnosis is confirmed")

add("h38-neuro-tidigare-misstankt-ms-avskrevs", "vgr", "1983-01-30", "646", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_mott", "Karolina Ehn", "läkare", "2024-10-22T13:00", 40, OV,
      ("Anamnes", "Utreddes 2019 här för misstänkt MS efter en episod med dubbelseende, vilket avskrevs efter normal MR och likvor. Nu migrän med aura 2–3 gånger per månad."),
      ("Bedömning", "Migrän med aura, ökande frekvens. Ingen anledning att utreda vidare för demyeliniserande sjukdom."),
      ("Planering", "Profylax med propranolol."))
], [], [("NL102", "n1")], "an old suspicion that was written off; the current diagnosis is settled")

add("h38-akut-trolig-orsak-fall-halka", "skane", "1940-01-08", "858", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", "Johanna Wernersson", "läkare", "2024-10-23T09:20", None, OV,
      ("Aktuellt", "Föll på trottoaren i morse. Trolig orsak till fallet är att hon halkade på blöta löv, inga förkänningar, ingen yrsel."),
      ("Utredning", "Rtg vä handled: dorsalt felställd distal radiusfraktur."),
      ("Åtgärd", "Sluten reposition i hematomblockad, dorsal gipsskena."))
], [], [("NL102", "n1")], "'Trolig orsak' hedges the mechanism of a fall; the fracture is confirmed")

add("h38-onk-ej-hallpunkt-for-recidiv", "vgr", "1962-05-23", "390", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Isak Holmqvist", "läkare", "2024-10-24T10:15", 30, OV,
      ("Aktuellt", "Årskontroll fem år efter behandlad cervixcancer."),
      ("Utredning", "DT thorax-buk: ej hållpunkt för recidiv eller metastaser."),
      ("Planering", "Avslutar den onkologiska uppföljningen, åter till gynekolog."))
], [], [("NL102", "n1")], "'ej hållpunkt för recidiv' is a negation; the past cancer is a known diagnosis")

add("h38-psyk-ssk-osakert-om-morgondos", "skane", "1989-03-17", "153", [
    N("n1", M, "Omvårdnadsanteckning", "sk_psyk_avd", "Vilhelm Strand", "sjuksköterska", "2024-10-25T11:10", 20, SV,
      ("Aktuellt", "Pat lugn på förmiddagen, deltog i promenadgruppen. Osäkert om han tagit morgondosen, tablett hittades i muggen efter frukost."),
      ("Åtgärd", "Dosen ges nu under observation, meddelat ansvarig läkare."))
], [], [("NL102", "n1")], "hedge on medication intake, not on a diagnosis")

add("h38-kontaktssk-pad-troligen-klart", "vgr", "1959-10-04", "802", [
    N("n1", M, "Kontaktsjuksköterskeanteckning", "vg_brost", "Annika Strömberg", "kontaktsjuksköterska", "2024-10-26T09:45", 15, OV,
      ("Telefonkontakt", "Pat ringer och undrar över svaret på mellannålsbiopsin från i tisdags. PAD-svaret är troligen klart nästa vecka, tid hos kirurg bokad 5/11."),
      ("Åtgärd", "Skickat kallelse och informationsbroschyr om mottagningen."))
], [], [("NL102", "n1")], "'troligen' hedges when a result is ready, not a diagnosis")

add("h38-kardio-lang-utan-hypotes", "skane", "1945-03-16", "575", [
    N("n1", M, "Epikris", "sk_kardio", "Fatima Rahimi", "läkare", "2024-10-27T14:00", 200, SV,
      ("Orsak till vård", "Inlagd via akuten med andfåddhet och svullna ben sedan två veckor."),
      ("Förlopp", "79-årig man med känd hjärtsvikt med nedsatt ejektionsfraktion (EF 30 % 2023), förmaksflimmer och typ 2-diabetes. Vid ankomst NYHA IV, bilaterala pleuraexsudat och pittingödem till knäna, NT-proBNP 9800. Furosemid iv med god diures, viktnedgång 6,5 kg. Akut koronart syndrom uteslöts, TnT stabilt lågt förhöjt. Ingen infektion, CRP 9. Lungemboli bedömdes inte som aktuell med tanke på tydlig övervätskning. Eko visar oförändrad EF och måttlig mitralisinsufficiens. Dapagliflozin insatt, spironolakton ökad till 50 mg. Kalium och kreatinin stabila vid utskrivning."),
      ("Diagnoser", "I50.1 Vänstersidig hjärtsvikt, akut försämring\nI48.1 Persisterande förmaksflimmer\nE11.9 Diabetes mellitus typ 2"),
      ("Uppföljning", "Hjärtsviktssköterska ringer om en vecka. Lab (Na, K, krea) om 10 dagar på VC. Ev. ställningstagande till mitralisintervention vid återbesök om 3 mån. Daglig vägning, kontakt vid ökning >2 kg på tre dagar."))
], [], [("NL102", "n1")], "long discharge summary: confirmed diagnoses, excluded ACS/PE and an 'Ev.' only on a future decision")

add("h38-akut-lang-negationer-brostsmarta", "vgr", "1980-07-21", "239", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "Gustav Lindberg", "läkare", "2024-10-28T03:30", 60, OV,
      ("Aktuellt", "44-årig man, stickande smärta vä bröstkorg sedan i går kväll, värre vid djupandning och vid vridning av bålen. Bar tunga flyttkartonger i helgen. Ingen dyspné, ingen svimning, ingen feber. Röker 5 cig/dag. Ingen hereditet för tidig hjärtsjukdom."),
      ("Status", "AT: opåverkad. Cor: regelbunden, inga blåsljud. Pulm: vesikulära andningsljud bilat, sat 99 %. Palpationsöm över vä 4:e–5:e kostokondrala övergången, smärtan reproduceras exakt. Vader mjuka, oömma."),
      ("Utredning", "EKG: sinusrytm 72, inga ischemitecken. hs-TnT <5 vid 0 och 1 h. D-dimer 0,3. Rtg pulm: inga tecken på pneumothorax eller infiltrat."),
      ("Bedömning", "Muskuloskeletal bröstsmärta (costokondrit). Inga tecken på akut koronart syndrom. Lab och rtg talar emot lungemboli och pneumothorax."),
      ("Planering", "Hem. NSAID i 5 dagar. Ev. kontakt med fysioterapeut via VC om besvären kvarstår. Rökstopp rekommenderat."))
], [], [("NL102", "n1")], "long chest-pain chart where every differential is negated and the final diagnosis is stated firmly")

add("h38-ssk-misstanker-glasogon-glomts", "skane", "1937-05-28", "317", [
    N("n1", M, "Omvårdnadsanteckning", "sk_stroke", "Nellie Johansson", "sjuksköterska", "2024-10-29T19:45", 10, SV,
      ("Aktuellt", "Pat saknar sina läsglasögon. Personalen misstänker att de glömdes kvar på akuten vid överflyttningen, ringt dit utan resultat."),
      ("Åtgärd", "Lånat förstoringsglas till kvällen. Sonen tar med reservglasögon imorgon."))
], [], [("NL102", "n1")], "'misstänker' about lost glasses: the hedge is not about a disease")

add("h38-kardio-kontroll-fragetecken", "vgr", "1969-02-14", "958", [
    N("n1", M, "Läkaranteckning", "vg_kardio", "Therese Wik", "läkare", "2024-10-30T13:20", None, OV,
      ("Aktuellt", "Återbesök efter ablation av förmaksfladder i augusti. Inga hjärtklappningsattacker sedan dess."),
      ("Utredning", "EKG sinusrytm 64. Holter 72 h utan arytmier."),
      ("Planering", "Sätter ut Eliquis enligt plan. Ny kontroll om 6 mån eller avslut?"))
], [], [("NL102", "n1")], "a question mark on a follow-up decision, not on a diagnosis")

add("h38-barn-inga-hallpunkter-meningit", "skane", "2019-09-01", "029", [
    N("n1", M, "Läkaranteckning", "sk_barn", "Ida Kjellberg", "läkare", "2024-10-30T18:00", 25, SV,
      ("Aktuellt", "5-årig pojke, feber 40 sedan igår, huvudvärk och kräkts två gånger. Inlagd för observation."),
      ("Status", "Pigg efter Alvedon, leker i sängen. Inget nackstel, Kernig negativ. Inga petekier."),
      ("Bedömning", "Inga hållpunkter för meningit. Influensa B påvisad på nasofarynxprov."),
      ("Planering", "Trol. hemgång imorgon förmiddag om han dricker och är feberfri."))
], [], [("NL102", "n1")], "child: negated meningitis, confirmed influenza, 'Trol.' only on discharge")

add("h38-onk-morbror-trolig-lynch", "vgr", "1976-10-10", "464", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Yasmin Khalil", "läkare", "2024-10-31T09:10", 45, OV,
      ("Anamnes", "Hereditet: mor och morfar med coloncancer före 55 års ålder, morbror har trolig Lynch-syndrom och genomgår genetisk testning."),
      ("Bedömning", "Coloncancer i colon ascendens pT3N1M0, radikalt opererad. MMR-protein bevarade i tumören."),
      ("Planering", "Adjuvant CAPOX 3 mån. Remiss onkogenetisk mottagning."))
], [], [("NL102", "n1")], "the hedged Lynch syndrome is the uncle's; the patient's cancer is confirmed")

add("h38-psyk-inget-talar-for-psykos", "vgr", "1998-08-03", "351", [
    N("n1", M, "Akutanteckning", "vg_psyk_akut", "Hampus Forsell", "läkare", "2024-10-06T02:15", 30, OV,
      ("Aktuellt", "Söker nattetid pga ångest efter uppbrott, har inte sovit på två nätter. Ingen tidigare psykiatrisk vård."),
      ("Status", "Orienterad, god kontakt, gråtmild. Inget som talar för psykos, inga hallucinationer. Förnekar suicidtankar, skyddande faktorer: syster och hund."),
      ("Bedömning", "Akut stressreaktion. Ingen indikation för inläggning."),
      ("Planering", "Propiomazin 25 mg 3 tabletter med sig. Kontakt med VC om en vecka."))
], [], [("NL102", "n1")], "'Inget som talar för psykos' is a negation in a psychiatric ED note")

add("h38-kir-dd-pankratit-avskriven-typo", "skane", "1961-11-25", "493", [
    N("n1", M, "Läkaranteckning", "sk_kir_avd", "Erik Sundgren", "läkare", "2024-10-31T11:00", 30, SV,
      ("Bedömning", "Gallstensanfall, UL visar multipla konkrement utan kolecystit. DD pankratit avskriven, normalt P-amylas x2."),
      ("Planering", "Hem idag. Elektiv kolecystektomi, anmäld till väntelistan."))
], [], [("NL102", "n1")], "a differential that is explicitly written off ('avskriven'), with the typo 'pankratit'")

# ---------------------------------------------------------------------------
# NL101 — positives (diagnosis visible while the patient is not yet told)
# ---------------------------------------------------------------------------

add("h38-kir-pad-adenocarcinom-besked-vid-aterbesok", "skane", "1956-02-04", "426", [
    N("n1", M, "Läkaranteckning", "sk_kir_mott", "Cecilia Rundqvist", "läkare", "2024-10-01T15:50", 30, OV,
      ("Utredning", "PAD från koloskopin 24/9: adenocarcinom i sigmoideum, måttligt differentierat."),
      ("Planering", "Pat ej informerad om PAD-svaret. Besked ges vid återbesök 10/10 med kontaktsjuksköterska närvarande. DT thorax-buk beställd inför MDK."))
], [("NL101", "n1")], [("NL102", "n1")], "confirmed adenocarcinoma visible while the note says the patient is not informed")

add("h38-kir-dt-levermetastaser-annu-inte-informerad", "vgr", "1948-09-15", "561", [
    N("n1", M, "Daganteckning", "vg_kir_avd", "Viktoria Lagergren", "läkare", "2024-10-02T14:05", 40, SV,
      ("Aktuellt", "Inlagd för obstruktiv ikterus, stent via ERCP igår med god effekt."),
      ("Utredning", "DT buk: tumör i pankreashuvudet 3 cm med tre levermetastaser, största 2 cm."),
      ("Planering", "Pat ännu inte informerad om DT-fynden. Samtal imorgon kl 13 med pat och hustru, kontaktssk bokad."))
], [("NL101", "n1")], [], "CT shows pancreatic tumour with liver metastases; the patient has not yet been told")

add("h38-neuro-als-diagnos-ej-delgiven", "skane", "1961-04-27", "738", [
    N("n1", M, "Läkaranteckning", "sk_neuro", "Mattias Rosenqvist", "läkare", "2024-10-03T16:20", 60, OV,
      ("Utredning", "Neurografi/EMG 1/10: utbredd akut och kronisk denervation i tre regioner, normala sensoriska svar."),
      ("Bedömning", "Amyotrofisk lateralskleros (ALS) enligt Gold Coast-kriterierna."),
      ("Planering", "Diagnosen ej delgiven pat. Tid för beskedssamtal med undertecknad och kurator 8/10, pat önskar att maken är med."))
], [("NL101", "n1")], [("NL102", "n1")], "ALS stated firmly in Bedömning while the diagnosis 'ej delgiven pat'")

add("h38-kardio-mr-hcm-ej-informerad-om-resultatet", "vgr", "1987-12-06", "292", [
    N("n1", M, "Läkaranteckning", "vg_kardio", "Lukas Bernhardsson", "läkare", "2024-10-04T09:55", 45, OV,
      ("Utredning", "MR hjärta 30/9: asymmetrisk septal hypertrofi 19 mm, fläckvis LGE. Hypertrofisk kardiomyopati."),
      ("Planering", "Pat ej informerad om resultatet av MR ännu, träffar undertecknad 14/10. Avråds från tävlingsidrott tills dess, vilket meddelats via 1177-meddelande utan närmare förklaring."))
], [("NL101", "n1")], [], "hypertrophic cardiomyopathy stated while the patient is not informed of the MR result")

add("h38-psyk-schizofreni-ej-kommunicerad", "vgr", "1999-05-13", "845", [
    N("n1", M, "Läkaranteckning", "vg_psyk_psykos", "Rebecca Ingvarsson", "läkare", "2024-10-07T13:30", 90, OV,
      ("Anamnes", "Utretts på psykosmottagningen sedan maj efter förstagångsinsjuknande med hörselhallucinationer och förföljelseidéer. Symtom i mer än sex månader, negativa symtom och funktionsfall."),
      ("Bedömning", "Diagnoskriterierna för schizofreni (F20.0) uppfylls. Diagnosen har ännu inte kommunicerats med pat, som fortfarande saknar sjukdomsinsikt."),
      ("Planering", "Återgivningssamtal med pat och mamma om två veckor tillsammans med psykolog."))
], [("NL101", "n1")], [], "schizophrenia diagnosis stated as met, 'ännu inte kommunicerats med pat'")

add("h38-barnonk-medulloblastom-varken-barn-eller-foraldrar", "skane", "2017-01-19", "107", [
    N("n1", M, "Läkaranteckning", "sk_barnonk", "Ella Friberg", "läkare", "2024-10-08T19:10", 50, SV,
      ("Aktuellt", "7-årig pojke med morgonkräkningar och ostadig gång i fyra veckor."),
      ("Utredning", "MR hjärna och rygg: 4 cm tumör i fjärde ventrikeln med hydrocefalus, radiologiskt medulloblastom. Ingen spinal spridning."),
      ("Planering", "Varken barnet eller föräldrarna är informerade om MR-fyndet. Samtal ikväll kl 20 med båda föräldrarna, barnneurokirurg och kurator. Betapred insatt."))
], [("NL101", "n1")], [], "child under 13: neither the child nor the guardians have been told of the tumour")

add("h38-akut-bifynd-lungtumor-ej-informerad", "vgr", "1953-03-31", "639", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "Hedvig Lundin", "läkare", "2024-10-09T18:40", 35, OV,
      ("Aktuellt", "Cykelvurpa, smärta vä bröstkorg."),
      ("Utredning", "DT thorax: fraktur vä revben 6 och 7 utan pneumothorax. Bifynd: 35 mm spikulerad tumör i hö överlob, radiologiskt lungcancer."),
      ("Planering", "Smärtlindring, hem. Pat ej informerad om bifyndet då han lämnade akuten innan svaret kom; ringer pat imorgon förmiddag. Remiss lungmottagningen skickad."))
], [("NL101", "n1")], [], "incidental lung tumour in the ED CT; the patient left before being told")

add("h38-kontaktssk-recidiv-ovarialcancer-vet-inte", "skane", "1958-08-08", "512", [
    N("n1", M, "Kontaktsjuksköterskeanteckning", "sk_onk_lund", "Marie Kjellström", "kontaktsjuksköterska", "2024-10-10T10:30", 25, OV,
      ("Telefonkontakt", "Pat ringde och frågade om svaret på DT från förra veckan. DT visar recidiv av ovarialcancer med peritoneal spridning, pat vet ännu inte om detta. Sa att läkaren vill gå igenom svaret på plats."),
      ("Åtgärd", "Tid hos dr Åkerlund torsdag kl 9, pat tar med sin syster."))
], [("NL101", "n1")], [], "contact nurse: recurrence stated, 'pat vet ännu inte om detta'")

add("h38-onk-diktat-glioblastom-ej-informerats", "vgr", "1966-10-25", "379", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Jonas Ekwall", "läkare", "2024-10-11T08:20", 2880, OV,
      ("Aktuellt", "Remiss från neurokirurgen efter resektion hö temporallob 26/9 ny rad PAD glioblastom IDH-vildtyp, MGMT metylerad."),
      ("Bedömning", "Patienten har ännu ej informerats om PAD-diagnosen glioblastom, neurokirurg och onkolog träffar honom gemensamt [ohörbart] måndag."),
      ("Övrigt", "Diktat öl Jonas Ekwall, utskr läksekr Anette Gustavsson 13/10."))
], [("NL101", "n1")], [], "dictated note with slips ('ny rad', [ohörbart]): glioblastoma stated, patient not yet informed")

add("h38-plast-mobil-melanom-ej-nadd", "skane", "1971-06-21", "204", [
    N("n1", M, "Telefonanteckning", "sk_plast", "Axel Norén", "läkare", "2024-10-14T12:48", None, OV,
      ("Telefonkontakt", "PAD excision rygg: malignt melanom breslow 1,4 mm, ulceration. sökt pat x2 ej svar, ej info om svaret. nytt försök imon fm, sentinel node planeras"))
], [("NL101", "n1")], [], "hurried phone note: melanoma result, patient not reached and not informed")

add("h38-uro-typo-ej-infomerad-prostatacancer", "vgr", "1950-01-28", "777", [
    N("n1", M, "Läkaranteckning", "vg_uro", "Sven Hultgren", "läkare", "2024-10-15T15:35", 30, OV,
      ("Utredning", "Riktade biopsier från PI-RADS 5-lesionen: prostatacancer Gleason 4+4=8 i 5 av 6 kolvar."),
      ("Planering", "Pat ej infomerad om biopsisvaret, kallas till besök med uroterapeut 22/10. Skelettskintigrafi beställd."))
], [("NL101", "n1")], [], "typo 'infomerad' in the not-told statement about a prostate cancer diagnosis")

add("h38-brost-typo-ej-underattad", "skane", "1974-11-11", "350", [
    N("n1", M, "Mottagningsanteckning", "sk_brost", "Lovisa Hägg", "läkare", "2024-10-16T09:05", 40, OV,
      ("Utredning", "Mellannålsbiopsi vä bröst: invasiv duktal bröstcancer, ER 90 %, HER2 neg, Ki67 25 %."),
      ("Planering", "Pat ännu ej underättad. Beskedsbesök 18/10 med kontaktssk, därefter MDK."))
], [("NL101", "n1")], [], "typo 'underättad' (underrättad): breast cancer stated, patient not yet informed")

add("h38-kir-avvaktar-information-tills-dottern", "vgr", "1941-07-03", "197", [
    N("n1", M, "Läkaranteckning", "vg_kir_mott", "Karl-Johan Lidén", "läkare", "2024-10-17T11:40", 35, OV,
      ("Bedömning", "EUS-biopsi bekräftar adenocarcinom i pankreaskroppen med inväxt i truncus coeliacus, inte resektabelt."),
      ("Planering", "Avvaktar med att informera pat om diagnosen tills dottern kan vara med, enligt pat:s önskan om att få svar med familjen närvarande. Besök bokat 21/10."))
], [("NL101", "n1")], [], "the clinician waits to tell the patient the pancreatic cancer diagnosis")

add("h38-neuro-parkinson-besked-ges-vid-besok", "skane", "1955-05-09", "643", [
    N("n1", M, "Läkaranteckning", "sk_neuro", "Siv Andréasson", "läkare", "2024-10-18T14:15", 60, OV,
      ("Utredning", "DaTSCAN: nedsatt upptag i putamen bilat, mest uttalat vä."),
      ("Bedömning", "Parkinsons sjukdom, typisk klinik med vilotremor hö hand, rigiditet och bradykinesi."),
      ("Planering", "Besked om diagnosen ges vid läkarbesöket 28/10, då även levodopa diskuteras."))
], [("NL101", "n1")], [("NL102", "n1")], "subtle: 'Besked om diagnosen ges vid läkarbesöket' means the patient has not been told yet")

add("h38-iva-hypoxisk-hjarnskada-ej-kontaktbar", "vgr", "1969-08-17", "453", [
    N("n1", M, "Läkaranteckning", "vg_iva", "Pontus Hedberg", "läkare", "2024-10-19T11:25", None, SV,
      ("Aktuellt", "Dag 5 efter hjärtstopp med 25 min till ROSC. Sedering utsatt sedan två dygn."),
      ("Utredning", "MR hjärna: utbredd diffusionsrestriktion kortikalt och i basala ganglierna. Hypoxisk-ischemisk hjärnskada."),
      ("Bedömning", "Pat ej kontaktbar och därför inte informerad om hjärnskadan. Hustrun och sonen informerade vid anhörigsamtal idag."))
], [("NL101", "n1")], [], "brain injury stated; the patient is not informed (relatives are): still an untold diagnosis")

add("h38-onk-flernot-forst-ej-informerad-sedan-informerad", "skane", "1963-12-22", "268", [
    N("n1", M, "Läkaranteckning", "sk_onk_lund", "Åsa Widerberg", "läkare", "2024-10-01T16:30", 40, OV,
      ("Utredning", "PET-DT: FDG-upptag i mediastinala lymfkörtlar och i skelettet, biopsi från lgl station 7 visar småcellig lungcancer."),
      ("Planering", "Pat ännu inte informerad, beskedsbesök 3/10.")),
    N("n2", M, "Läkaranteckning", "sk_onk_lund", "Åsa Widerberg", "läkare", "2024-10-03T10:45", 30, OV,
      ("Aktuellt", "Beskedssamtal tillsammans med kontaktssk och pat:s sambo."),
      ("Bedömning", "Pat informerad om diagnosen småcellig lungcancer med skelettmetastaser och om att behandlingen syftar till att bromsa sjukdomen. Tog emot beskedet med stor sorg men ställde frågor."),
      ("Planering", "Cytostatika karboplatin-etoposid med atezolizumab, start 8/10."))
], [("NL101", "n1")], [("NL101", "n2")], "record: the untold diagnosis in n1 is communicated in n2")

add("h38-akut-hiv-positivt-avd-ej-informerad", "vgr", "1990-04-14", "527", [
    N("n1", M, "Akutanteckning", "vg_akut_ostra", "Oskar Bäckman", "läkare", "2024-10-20T22:00", 30, OV,
      ("Aktuellt", "Feber, utslag och ont i halsen i en vecka, svullna lymfkörtlar. Resa till Thailand i augusti."),
      ("Planering", "Inläggning. Blododlingar, EBV, CMV, HIV-test och syfilisserologi tagna.")),
    N("n2", M, "Daganteckning", "vg_med_avd", "Miriam Lövdahl", "läkare", "2024-10-22T09:15", 30, SV,
      ("Utredning", "HIV-1 Ag/Ak-test reaktivt, konfirmerat med western blot. Bedöms som primär HIV-infektion."),
      ("Planering", "Pat ej informerad om HIV-svaret, infektionsläkare träffar pat idag kl 14 för besked och smittskyddsinformation."))
], [("NL101", "n2")], [("NL101", "n1")], "record: the ward note states HIV infection before the patient is told; the ED note held no diagnosis")

add("h38-hem-ssk-leukemi-ej-fatt-beskedet", "skane", "1977-02-09", "839", [
    N("n1", M, "Omvårdnadsanteckning", "sk_hem", "Johanna Sjöstrand", "sjuksköterska", "2024-10-21T13:00", 20, SV,
      ("Aktuellt", "Pat frågade vid provtagningen vad benmärgsprovet visade. Hänvisade till läkare då pat ännu inte fått beskedet om akut myeloisk leukemi, samtal med dr Fransson kl 15."),
      ("Omvårdnad", "Orolig, sover dåligt. Erbjuden samtal med kurator."))
], [("NL101", "n1")], [], "ward nurse: the patient 'ännu inte fått beskedet' about a named leukaemia")

add("h38-onk-lang-mdk-rektalcancer", "vgr", "1957-06-30", "615", [
    N("n1", M, "MDK-anteckning", "vg_onk", "Tomas Sjöberg", "läkare", "2024-10-22T16:00", 60, OV,
      ("Frågeställning", "Behandlingsrekommendation för nydiagnostiserad tumör i rektum, 67-årig man."),
      ("Bakgrund", "Blödning per rectum sedan juni, remiss från VC. Rektoskopi 3/10 visade cirkulär tumör 8 cm ovan anus. Tidigare frisk, arbetar som busschaufför, ECOG 0. Inga relevanta läkemedel."),
      ("Utredning", "PAD: adenocarcinom, MMR-stabilt. MR lilla bäckenet: cT3c N1 med EMVI positivt, MRF hotad 1 mm. DT thorax-buk: inga fjärrmetastaser. CEA 7,2."),
      ("Bedömning", "Lokalt avancerad rektalcancer, cT3cN1M0 med hotad mesorektal fascia. Deltagare: kolorektalkirurg, onkolog, radiolog, patolog, kontaktssk."),
      ("Rekommendation", "Total neoadjuvant behandling (kortkursstrålbehandling 5x5 Gy följt av CAPOX) och därefter värdering för TME-kirurgi. Alternativt organbevarande strategi om komplett klinisk respons."),
      ("Planering", "Pat ej informerad om diagnosen och MDK-beslutet, kallas till kirurgmottagningen 24/10 för besked tillsammans med kontaktssk. Remiss onkologen skickas parallellt."))
], [("NL101", "n1")], [], "long MDK note: rectal cancer fully staged, the patient not yet informed")

add("h38-psyk-bipolar-ej-aterkopplad", "skane", "1985-09-19", "485", [
    N("n1", M, "Läkaranteckning", "sk_psyk_mott", "Linus Edvardsson", "läkare", "2024-10-23T10:30", 120, OV,
      ("Bedömning", "Sammanvägt efter SCID-intervju, dagboksdata och komparentintervju med sambon: bipolär sjukdom typ I med ett tidigare maniskt skov 2021 som inte fångades av vården."),
      ("Planering", "Diagnosen har ännu inte återkopplats till pat, görs vid bokat besök om en vecka med psykoedukation. Litium diskuteras då."))
], [("NL101", "n1")], [("NL102", "n1")], "psychiatric diagnosis settled, 'ännu inte återkopplats till pat'")

add("h38-kardio-arvc-genetik-ej-informerad", "vgr", "1992-03-23", "258", [
    N("n1", M, "Läkaranteckning", "vg_kardio", "Amanda Grönvall", "läkare", "2024-10-24T14:45", 35, OV,
      ("Utredning", "Genetisk analys: patogen variant i PKP2. Tillsammans med MR-fynd och ventrikulära extraslag uppfylls kriterierna för arytmogen högerkammarkardiomyopati."),
      ("Planering", "Pat ej informerad om det genetiska svaret eller diagnosen ännu; genetisk vägledare och undertecknad träffar pat 31/10, då även kaskadtestning av släktingar tas upp."))
], [("NL101", "n1")], [], "genetically confirmed ARVC stated; patient not informed of the result or diagnosis")

add("h38-neuro-ms-ej-fatt-veta", "vgr", "1995-11-29", "663", [
    N("n1", M, "Läkaranteckning", "vg_neuro_mott", "Niklas Hammar", "läkare", "2024-10-25T12:10", 40, OV,
      ("Bedömning", "MR visar nya kontrastladdande lesioner jämfört med juni och likvor har oligoklonala band. Diagnos skovvis förlöpande multipel skleros enligt McDonald 2017. Pat har ej fått veta diagnosen än."),
      ("Planering", "Besök med MS-sjuksköterska och undertecknad 4/11 för besked och behandlingsval."))
], [("NL101", "n1")], [], "MS diagnosis stated per McDonald; 'Pat har ej fått veta diagnosen än'")

add("h38-akut-subduralhematom-dotter-informerad", "skane", "1934-04-02", "918", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", "Clas Hallberg", "läkare", "2024-10-26T07:35", 25, OV,
      ("Aktuellt", "Hittad på golvet av hemtjänsten, oklar falltidpunkt. Waran pga mekanisk aortaklaff."),
      ("Utredning", "DT hjärna: akut på kroniskt subduralhematom hö, midlinjeförskjutning 6 mm. PK 3,1."),
      ("Bedömning", "Pat förvirrad och inte informerad om blödningen. Dottern informerad per telefon. Neurokirurg konsulterad, reversering med Ocplex och K-vitamin."))
], [("NL101", "n1")], [], "subdural haematoma stated; the confused patient is not informed, only the daughter")

add("h38-kardio-diktat-attr-amyloidos-delges-senare", "skane", "1944-01-13", "577", [
    N("n1", M, "Läkaranteckning", "sk_kardio", "Birger Thelin", "läkare", "2024-10-28T09:00", 1500, OV,
      ("Utredning", "Skelettskintigrafi med DPD visar grad 3-upptag i myokardiet punkt Inga monoklonala proteiner i serum eller urin."),
      ("Bedömning", "Kardiell transtyretinamyloidos ATTR vildtyp punkt Patienten är inte informerad om diagnosen än komma den kommer att delges vid [ohörbart] på mottagningen."),
      ("Övrigt", "Dikterat av dr Birger Thelin. Utskrivet av Margareta Ohlin, läkarsekreterare, 29/10."))
], [("NL101", "n1")], [], "dictated text with slips: ATTR amyloidosis stated, patient not yet informed")

add("h38-fysio-skelettmetastaser-pat-kanner-ej-till", "skane", "1952-10-05", "145", [
    N("n1", M, "Fysioterapeutanteckning", "sk_fysio", "Ylva Sporre", "fysioterapeut", "2024-10-28T14:20", None, SV,
      ("Aktuellt", "Mobilisering efter kotkompression L1 med skelettmetastaser från njurcancer enligt läkaranteckning."),
      ("Bedömning", "Pat tror att ryggen gått sönder av ett lyft och känner ej till metastaserna. Tog inte upp detta utan hänvisade frågor om orsaken till ansvarig läkare, som meddelats."),
      ("Åtgärd", "Gång med rollator 20 m, korsett enligt ordination."))
], [("NL101", "n1")], [], "physiotherapist notes visible metastases and that the patient does not know about them")

add("h38-hem-lymfom-typo-ej-medelats", "vgr", "1960-02-19", "306", [
    N("n1", M, "Läkaranteckning", "vg_hem", "Ingela Starck", "läkare", "2024-10-29T16:00", 30, OV,
      ("Utredning", "Lgl-biopsi vä axill: diffust storcelligt B-cellslymfom, GCB-typ. PET-DT: stadium II."),
      ("Planering", "Diagnosen har ej medelats pat ännu, träffar pat 30/10 med kontaktssk. Benmärgsprov och hjärteko före R-CHOP."))
], [("NL101", "n1")], [], "typo 'medelats' (meddelats): lymphoma diagnosis not yet given to the patient")

add("h38-onk-ska-ej-informeras-fore-helgen", "skane", "1949-05-26", "730", [
    N("n1", M, "Läkaranteckning", "sk_onk_avd", "Gabriel Ottosson", "läkare", "2024-10-25T15:40", 20, SV,
      ("Utredning", "MR hela ryggen: metastatisk ryggmärgskompression saknas, men nya skelettmetastaser Th8 och L3 samt levermetastaser, progress av bröstcancer."),
      ("Planering", "Pat ska inte informeras om progressen före helgen, enligt överenskommelse med ansvarig onkolog och pat:s uttalade önskan om att få besked av sin egen läkare. Samtal måndag."))
], [("NL101", "n1")], [], "'ska inte informeras ... före helgen': the progression must not be told yet")

add("h38-neuro-huntington-typo-ej-inforemrad", "vgr", "1983-07-11", "894", [
    N("n1", M, "Läkaranteckning", "vg_neuro_mott", "Sanna Kronberg", "läkare", "2024-10-30T11:20", 25, OV,
      ("Utredning", "Prediktiv gentest HTT: 43 CAG-repetitioner, dvs pat bär anlag för Huntingtons sjukdom."),
      ("Planering", "Pat ej inforemrad om testsvaret. Beskedssamtal enligt protokoll 6/11 med genetisk vägledare och stödperson."))
], [("NL101", "n1")], [], "typo 'inforemrad': gene test result for Huntington's not yet given")

add("h38-epikris-leiomyosarkom-ej-informerad", "vgr", "1965-09-07", "420", [
    N("n1", M, "Epikris", "vg_kir_avd", "Louise Fernström", "läkare", "2024-10-31T10:10", 60, SV,
      ("Orsak till vård", "Elektiv laparotomi för snabbväxande retroperitoneal resistens."),
      ("Förlopp", "Tumören exstirperades radikalt makroskopiskt 24/10. Okomplicerat postoperativt förlopp, mobiliserad, äter normalt."),
      ("Diagnoser", "C48.0 Högt differentierat leiomyosarkom i retroperitoneum"),
      ("Uppföljning", "Vid utskrivning ännu ej informerad om PAD. Besked ges av operatören på kirurgmottagningen 7/11, då även sarkomcentrum kopplas in."))
], [("NL101", "n1")], [], "discharge summary codes a sarcoma and says the patient is not yet informed of the pathology")

add("h38-onh-sekr-telefon-skivepitelcancer", "skane", "1959-12-27", "362", [
    N("n1", M, "Telefonanteckning", "sk_onh", "Margit Holst", "medicinsk sekreterare", "2024-10-31T09:35", 10, OV,
      ("Telefonkontakt", "Pat ringde och undrade om svar på vävnadsprovet från tungan. PAD-svar föreligger (skivepitelcancer i tungkanten), pat ej informerad då svaret enligt dr Lerner ska ges vid besök och inte per telefon. Tid bokad 4/11 kl 10.30."))
], [("NL101", "n1")], [], "medical secretary's phone note: tongue cancer named, patient not informed")

add("h38-psyk-autism-aterkoppling-ej-genomford", "vgr", "2000-10-16", "706", [
    N("n1", M, "Psykologanteckning", "vg_psyk_mott", "Ebba Lindroos", "psykolog", "2024-10-29T15:00", 60, OV,
      ("Utredning", "ADOS-2, ADI-R med mamma samt WAIS-IV genomförda. Sammantaget uppfylls kriterierna för autismspektrumtillstånd utan intellektuell funktionsnedsättning."),
      ("Planering", "Återkopplingssamtal ej genomfört, pat ej informerad om utfallet. Bokas tillsammans med ansvarig läkare."))
], [("NL101", "n1")], [], "psychologist states an autism diagnosis; feedback not given, patient not informed")

add("h38-stroke-mobil-anosognosi-ej-informerad", "skane", "1946-03-10", "552", [
    N("n1", M, "Daganteckning", "sk_stroke", "Rickard Blom", "läkare", "2024-10-30T17:58", None, SV,
      ("Bedömning", "stor mca-infarkt hö på DT-kontroll. vä hemipares, neglekt o anosognosi. pat ej informerad om infarkten pga detta, maken informerd per tel. fortsatt sväljbedömning innan po"))
], [("NL101", "n1")], [], "unsigned quick draft: right MCA infarct stated, patient not informed; typo 'informerd'")

add("h38-vc-pmo-remiss-sedan-melior-ej-informerad", "skane", "1954-08-22", "497", [
    N("n1", P, "Besöksanteckning", "sk_vc_kryddg", "Hassan Abdi", "läkare", "2024-10-04T11:00", 30, OV,
      ("Bedömning", "Järnbrist och positivt F-Hb hos 70-åring, misstänkt coloncancer. Remiss koloskopi."),
      ("Åtgärd", "Remiss skickad till Kirurgimottagningen SUS Malmö, förtur.")),
    N("n2", M, "Läkaranteckning", "sk_kir_mott", "Rut Esbjörnsson", "läkare", "2024-10-23T14:25", 35, OV,
      ("Utredning", "Koloskopi 16/10 med biopsi från colon transversum; PAD visar adenocarcinom."),
      ("Planering", "Pat ej informerad om PAD ännu, beskedsbesök 25/10. DT thorax-buk beställd."))
], [("NL101", "n2"), ], [("NL102", "n1")], "primary care PMO referral holds the hedge (hidden), the hospital Melior note states cancer before telling")

# ---------------------------------------------------------------------------
# NL101 — hard negatives
# ---------------------------------------------------------------------------

add("h38-brost-informerad-vid-dagens-besok", "skane", "1970-03-05", "288", [
    N("n1", M, "Mottagningsanteckning", "sk_brost", "Lovisa Hägg", "läkare", "2024-10-18T10:15", 40, OV,
      ("Aktuellt", "Beskedsbesök, pat kommer med sin man. Kontaktssk Pia närvarande."),
      ("Bedömning", "Pat informerad om diagnosen invasiv lobulär bröstcancer hö, 14 mm, utan spridning till axillen enligt ultraljud."),
      ("Planering", "Sektorresektion och portvaktskörtel, anmäld till op. Skriftlig information given."))
], [], [("NL101", "n1")], "the patient is told the diagnosis at today's visit")

add("h38-onk-informerades-vid-tidigare-besok", "vgr", "1946-06-13", "538", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Maria Castellano", "läkare", "2024-10-21T13:40", 30, OV,
      ("Aktuellt", "Start av cytostatikabehandling för metastaserad pankreascancer. Pat informerades om diagnosen och prognosen av kirurgen 8/10 och har haft kontakt med kontaktssk sedan dess."),
      ("Planering", "Gemcitabin och nab-paklitaxel dag 1, 8, 15. Dosjustering efter blodvärden."))
], [], [("NL101", "n1")], "the patient was told earlier; the note says so")

add("h38-kir-ej-informerad-om-operationsdatum", "skane", "1960-09-30", "175", [
    N("n1", M, "Läkaranteckning", "sk_kir_mott", "Cecilia Rundqvist", "läkare", "2024-10-10T16:05", 25, OV,
      ("Aktuellt", "Pat med coloncancer i sigmoideum, besked gavs vid dagens besök och han tog det sakligt."),
      ("Planering", "Laparoskopisk sigmoideumresektion. Pat ännu ej informerad om operationsdatum, koordinator ringer när tiden är satt."))
], [], [("NL101", "n1")], "what is not yet told is the operation date; the diagnosis was given today")

add("h38-uro-remiss-skickad-ej-informerad-om-det", "vgr", "1952-11-20", "249", [
    N("n1", M, "Läkaranteckning", "vg_uro", "Sven Hultgren", "läkare", "2024-10-22T15:00", 20, OV,
      ("Aktuellt", "Känd urotelial blåscancer sedan 2022, fått beskedet vid cystoskopin i somras att den återkommit."),
      ("Planering", "Remiss onkologen för ställningstagande till BCG skickad idag; pat ej informerad om att remissen gått iväg, kontaktssk ringer honom."))
], [], [("NL101", "n1")], "the untold item is that the referral was sent; the recurrence was told in the summer")

add("h38-neuro-normal-mr-ej-meddelad-kand-epilepsi", "skane", "1997-08-12", "391", [
    N("n1", M, "Läkaranteckning", "sk_neuro", "Mattias Rosenqvist", "läkare", "2024-10-11T11:30", 30, OV,
      ("Aktuellt", "Pat med känd juvenil myoklon epilepsi sedan 2015, välinställd på lamotrigin. MR gjord på eget initiativ pga huvudvärk."),
      ("Utredning", "MR hjärna normal."),
      ("Planering", "Pat ej meddelad om det normala MR-svaret ännu, ringer i eftermiddag."))
], [], [("NL101", "n1")], "a normal result is not yet given; the epilepsy is known to the patient")

add("h38-skane-th-mall-ej-informerad-hjarntumor", "skane", "1968-04-16", "720", [
    N("n1", M, "Tidiga hypoteser", "sk_neuro", "Siv Andréasson", "läkare", "2024-10-09T17:10", 20, OV,
      ("Bedömning", "MR: expansivitet vä frontallob med omgivande ödem, radiologiskt höggradigt gliom. Pat ej informerad, avvaktar neurokirurgisk bedömning innan samtal."))
], [], [("NL101", "n1"), ("NL102", "n1")], "Skåne: the untold finding is written in the protected Tidiga hypoteser template")

add("h38-vgr-th-sokord-ej-informerad-myelom", "vgr", "1949-12-08", "305", [
    N("n1", M, "Läkaranteckning", "vg_hem", "Ingela Starck", "läkare", "2024-10-12T10:50", 30, OV,
      ("Aktuellt", "Remiss från VC för anemi och ryggvärk."),
      ("Utredning", "Benmärgsprov taget idag, proteinelfores och fria lätta kedjor skickade."),
      ("Tidiga hypoteser", "M-komponent IgG 38 g/l och osteolyser på DT, myelom högst sannolikt. Pat ej informerad om detta ännu."),
      ("Planering", "Återbesök 24/10 med svar på benmärgen."))
], [], [("NL101", "n1"), ("NL102", "n1")], "VGR: the untold myeloma is only under the protected sökord; visible sections hold tests and plans")

add("h38-onk-informerad-maken-ej-enligt-onskan", "vgr", "1964-01-25", "436", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Yasmin Khalil", "läkare", "2024-10-14T14:00", 40, OV,
      ("Bedömning", "Pat informerad om att lungcancern har spridit sig till binjuren. Hon vill själv berätta för maken och önskar att han inte informeras av vården ännu."),
      ("Planering", "Strålbehandling mot binjuren, fortsatt osimertinib."))
], [], [("NL101", "n1")], "the patient is told; only her husband is not")

add("h38-kardio-diagnos-utan-nagot-om-information", "skane", "1951-08-01", "158", [
    N("n1", M, "Läkaranteckning", "sk_kardio", "Oskar Fredén", "läkare", "2024-10-15T09:30", 25, OV,
      ("Aktuellt", "Kontroll av förmaksfimmer, symtomfri på bisoprolol."),
      ("Utredning", "EKG: förmaksflimmer, kammarfrekvens 78. Eko: normal vänsterkammarfunktion."),
      ("Planering", "Fortsatt frekvensreglering och Eliquis. Kontroll om ett år."))
], [], [("NL101", "n1")], "a diagnosis with nothing said about telling (typo 'förmaksfimmer')")

add("h38-kir-ingen-malignitet-pat-ej-informerad", "vgr", "1973-05-18", "651", [
    N("n1", M, "Läkaranteckning", "vg_kir_mott", "Karl-Johan Lidén", "läkare", "2024-10-16T13:15", 30, OV,
      ("Utredning", "PAD från exstirperad lymfkörtel på vä halssida: reaktiva förändringar, ingen malignitet."),
      ("Planering", "Pat ej informerad om PAD-svaret ännu, skickar brev och 1177-meddelande idag."))
], [], [("NL101", "n1")], "the untold item is a benign result with malignancy explicitly excluded")

add("h38-onk-pat-har-last-svaret-pa-1177", "skane", "1967-07-14", "266", [
    N("n1", M, "Kontaktsjuksköterskeanteckning", "sk_onk_lund", "Marie Kjellström", "kontaktsjuksköterska", "2024-10-17T11:20", 20, OV,
      ("Telefonkontakt", "Pat ringer upprörd, har själv läst DT-svaret i Journalen på 1177 och förstått att hon har levermetastaser. Vi gick igenom svaret tillsammans och jag bekräftade det hon läst."),
      ("Åtgärd", "Tid hos dr Åkerlund tidigareläggs till imorgon."))
], [], [("NL101", "n1")], "the patient already read the result and had it confirmed: she knows")

add("h38-kir-meddelat-per-telefon-basalcellscancer", "vgr", "1944-02-27", "583", [
    N("n1", M, "Telefonanteckning", "vg_kir_mott", "Sofie Hallström", "sjuksköterska", "2024-10-18T09:50", 10, OV,
      ("Telefonkontakt", "Meddelat pat per telefon att det excisionsbiopsin från näsvingen visade basalcellscancer, radikalt borttagen. Ingen ytterligare behandling behövs, pat nöjd."))
], [], [("NL101", "n1")], "result given by phone; slip 'att det excisionsbiopsin' left in")

add("h38-vgr-synligt-ej-informerad-utan-diagnos", "vgr", "1956-10-31", "472", [
    N("n1", M, "Läkaranteckning", "vg_neuro_mott", "Björn Lindqvist", "läkare", "2024-10-19T10:40", 30, OV,
      ("Aktuellt", "Återbesök efter neuropsykologisk utredning och MR."),
      ("Tidiga hypoteser", "Mönstret talar för Lewy body-demens: fluktuationer, synhallucinationer och REM-sömnstörning."),
      ("Planering", "Pat ej informerad om utredningens slutsats, besked när DaTSCAN är klar. Se separat sökord."))
], [], [("NL101", "n1")], "VGR: the visible part says 'ej informerad' but names no diagnosis; the diagnosis is only under Tidiga hypoteser")

add("h38-barn-foraldrar-informerade-typ1-diabetes", "vgr", "2016-05-24", "082", [
    N("n1", M, "Läkaranteckning", "vg_barn", "Sofia Bergengren", "läkare", "2024-10-20T12:30", 45, SV,
      ("Aktuellt", "8-årig flicka inlagd igår med ketoacidos, nu pH 7,34 och äter."),
      ("Bedömning", "Nydebuterad typ 1-diabetes. Föräldrarna informerade om diagnosen igår kväll, flickan har fått det förklarat med bilder av diabetessjuksköterskan."),
      ("Planering", "Subkutan insulin basal-bolus, CGM kopplas idag. Undervisning enligt schema."))
], [], [("NL101", "n1")], "child under 13: guardians and child are informed")

add("h38-psyk-adhd-kommunicerad-arbetsgivare-ej", "skane", "1994-04-08", "319", [
    N("n1", M, "Läkaranteckning", "sk_psyk_mott", "Tove Ahlgren", "läkare", "2024-10-21T15:10", 30, OV,
      ("Bedömning", "Återgivning av neuropsykiatrisk utredning: ADHD, kombinerad form. Diagnosen kommunicerad och förklarad, pat känner igen sig."),
      ("Planering", "Pat vill inte att arbetsgivaren informeras om diagnosen i nuläget, ingen kontakt tas. Metylfenidat-titrering påbörjas."))
], [], [("NL101", "n1")], "the patient is told; only the employer is not")

add("h38-kardio-ff-blodningsrisk-ej-informerad", "vgr", "1958-04-11", "840", [
    N("n1", M, "Läkaranteckning", "vg_kardio", "Therese Wik", "läkare", "2024-10-22T10:10", 25, OV,
      ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 3, pat känner till sin diagnos sedan våren."),
      ("Planering", "Eliquis 5 mg x2 startas. Pat ej informerad om blödningsrisk och vad hen ska vara uppmärksam på ännu, hjärtsjuksköterska går igenom detta i eftermiddag."))
], [], [("NL101", "n1")], "untold item is bleeding-risk information; the diagnosis is known to the patient")

add("h38-stroke-ej-informerad-om-rehabplats", "skane", "1950-06-06", "624", [
    N("n1", M, "Daganteckning", "sk_stroke", "Ingrid Pålsson", "läkare", "2024-10-23T11:45", 30, SV,
      ("Bedömning", "Lakunär infarkt i vä capsula interna med hö-sidig hemipares, förbättras. Pat väl informerad om stroken och riskfaktorerna."),
      ("Planering", "Geriatrisk rehab. Pat ännu ej informerad om var rehabiliteringen blir, besked från koordinator under dagen."))
], [], [("NL101", "n1")], "not yet told where rehab will be; the stroke diagnosis is told")

add("h38-onk-barnen-ej-informerade", "skane", "1972-12-03", "704", [
    N("n1", M, "Kuratorsanteckning", "sk_onk_lund", "Petra Lindblad", "kurator", "2024-10-24T13:30", 30, OV,
      ("Samtal", "Pat fick beskedet om sin spridda melanomsjukdom förra veckan och vill nu ha stöd i hur hon ska berätta för sina barn, 9 och 12 år, som ännu inte vet något."),
      ("Planering", "Nytt samtal om en vecka, material från Nätverket för barn som anhöriga lämnat."))
], [], [("NL101", "n1")], "the patient was told; her children (relatives) are the ones not yet told")

add("h38-onk-lang-forsta-besok-informerad", "vgr", "1955-01-09", "218", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Isak Holmqvist", "läkare", "2024-10-24T10:00", 150, OV,
      ("Anamnes", "69-årig kvinna, pensionerad lärare, bor med make i villa i Kungsbacka. Tidigare hypertoni, i övrigt frisk. Icke-rökare. Sökte VC i augusti pga trötthet och viktnedgång 5 kg, fynd av järnbristanemi. Gastroskopi 19/9 visade ulcererande tumör i corpus ventriculi, PAD adenocarcinom av intestinal typ, HER2 negativt, PD-L1 CPS 8."),
      ("Utredning", "DT thorax-buk: förtjockad ventrikelvägg, förstorade lymfkörtlar vid curvatura minor, två levermetastaser (18 och 24 mm). Ingen ascites. Lab: Hb 104, leverstatus normalt, krea 62."),
      ("Status", "ECOG 1. AT gott. Ingen ikterus. Buk mjuk, oöm. Inga palpabla lgl supraklavikulärt."),
      ("Bedömning", "Ventrikelcancer med levermetastaser, stadium IV. Pat och make informerade om diagnosen och att behandlingen inte är botande men kan förlänga livet och lindra symtom. De tog emot beskedet med förståelse, frågor om prognos besvarades ärligt."),
      ("Planering", "FOLFOX med nivolumab, start om en vecka. Port-a-cath beställd. Dietist och kontaktssk kopplade. Ny DT efter fyra kurer."))
], [], [("NL101", "n1")], "long first oncology visit: metastatic gastric cancer, patient and husband informed")

add("h38-akut-njursten-urologen-ringer", "skane", "1988-10-27", "337", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Hugo Lindell", "läkare", "2024-10-25T04:10", None, OV,
      ("Bedömning", "Uretärsten 6 mm vä prevesikalt med lätt hydronefros. Pat fått svaret och förklaring om att stenen har god chans att passera."),
      ("Planering", "Hem med Voltaren och Tamsulosin. Pat ej informerad om att urologen kommer att ringa upp för uppföljning, skickar sms-påminnelse."))
], [], [("NL101", "n1")], "untold item is a follow-up call; the kidney stone is told")

add("h38-epikris-informerad-om-diagnos-och-prognos", "skane", "1938-07-19", "847", [
    N("n1", M, "Epikris", "sk_onk_avd", "Gabriel Ottosson", "läkare", "2024-10-26T13:00", 90, SV,
      ("Orsak till vård", "Smärta och nedsatt allmäntillstånd."),
      ("Förlopp", "Känd metastaserad prostatacancer. Progress med nya skelettmetastaser i bäckenet, smärtlindrande strålbehandling 8 Gy x1 given. Pat och hustru informerade om diagnos och prognos och att fokus nu är lindring."),
      ("Uppföljning", "ASIH kopplat från utskrivningsdagen. Brytpunktssamtal dokumenterat."))
], [], [("NL101", "n1")], "discharge summary: patient informed of diagnosis and prognosis")

add("h38-typo-infomerad-om-diagnosen-told", "vgr", "1981-03-02", "494", [
    N("n1", M, "Läkaranteckning", "vg_neuro_mott", "Niklas Hammar", "läkare", "2024-10-27T09:40", 30, OV,
      ("Bedömning", "Myasthenia gravis med AChR-antikroppar 12 nmol/l. Pat infomerad om diagnosen och behandlingsalternativen vid dagens besök."),
      ("Planering", "Mestinon 60 mg x4, upptrappning. Remiss DT thorax."))
], [], [("NL101", "n1")], "typo 'infomerad' in a positive statement: the patient is informed")

add("h38-onk-pat-ville-inte-vanta-pa-beskedet", "skane", "1975-05-31", "282", [
    N("n1", M, "Läkaranteckning", "sk_onk_lund", "Åsa Widerberg", "läkare", "2024-10-28T16:50", 30, OV,
      ("Aktuellt", "Pat ringde in och ville inte vänta till det bokade besöket. Eftersom hon inte ville att vi skulle vänta med beskedet fick hon diagnosen redan idag via videobesök: recidiv av livmoderhalscancer i bäckenet."),
      ("Planering", "Fysiskt besök kvarstår 4/11 för behandlingsplanering."))
], [], [("NL101", "n1")], "negations ('inte vänta', 'inte ville') surround a statement that she was told")

add("h38-kunde-inte-informera-om-provtagningstid", "vgr", "1961-08-26", "367", [
    N("n1", M, "Telefonanteckning", "vg_hem", "Elsa Mårdh", "sjuksköterska", "2024-10-29T10:20", None, OV,
      ("Telefonkontakt", "Ringde pat med kronisk lymfatisk leukemi angående ny provtagning, ingen svarade. Pat kunde inte informeras om den ändrade provtagningstiden, 1177-meddelande skickat."))
], [], [("NL101", "n1")], "the patient could not be told about a sampling time, not about a diagnosis")

add("h38-diagnos-meddelad-av-kirurg-igar", "skane", "1947-11-15", "413", [
    N("n1", M, "Daganteckning", "sk_kir_avd", "Markus Qvist", "läkare", "2024-10-29T09:25", 30, SV,
      ("Aktuellt", "Dag 2 efter diagnostisk laparoskopi."),
      ("Bedömning", "Peritoneal karcinos från ventrikelcancer. Diagnosen meddelades pat och sonen av operatören igår eftermiddag."),
      ("Planering", "Remiss onkologen, hem när smärtan är kontrollerad."))
], [], [("NL101", "n1")], "another surgeon told the patient yesterday")

add("h38-hem-beskedet-givet-tog-det-lugnt", "vgr", "1953-09-04", "556", [
    N("n1", M, "Läkaranteckning", "vg_hem", "Karl Wennergren", "läkare", "2024-10-30T14:30", 30, OV,
      ("Bedömning", "Myelodysplastiskt syndrom med låg risk enligt IPSS-R. Beskedet om diagnosen har givits idag, pat tog det lugnt och hade läst på innan."),
      ("Planering", "Kontroll av blodstatus var tredje månad."))
], [], [("NL101", "n1")], "the diagnosis has been given today")

add("h38-barn-aldersadekvat-informerad-epilepsi", "skane", "2014-02-18", "092", [
    N("n1", M, "Läkaranteckning", "sk_barn", "Ida Kjellberg", "läkare", "2024-10-30T13:10", 40, OV,
      ("Bedömning", "EEG med 3 Hz spike-wave-urladdningar vid hyperventilation. Absensepilepsi hos 10-årig flicka."),
      ("Information", "Föräldrarna informerade om diagnosen, flickan informerad på ett åldersadekvat sätt och fick frågor besvarade. Skolan får information via föräldrarna."),
      ("Planering", "Etosuximid, upptrappning. Återbesök 4 veckor."))
], [], [("NL101", "n1")], "child and guardians informed")

add("h38-skane-th-sedan-informerad-flernot", "skane", "1966-02-12", "571", [
    N("n1", M, "Tidiga hypoteser", "sk_hem", "Per-Olof Nygren", "läkare", "2024-10-15T15:00", 20, OV,
      ("Bedömning", "Benmärg: 25 % plasmaceller, multipelt myelom. Pat ej informerad ännu, samtal på fredag.")),
    N("n2", M, "Läkaranteckning", "sk_hem", "Per-Olof Nygren", "läkare", "2024-10-18T10:30", 40, OV,
      ("Bedömning", "Pat informerad om diagnosen multipelt myelom, behandlingsbehov pga anemi och skelettengagemang."),
      ("Planering", "Daratumumab-baserad induktion, start nästa vecka."))
], [], [("NL101", "n1"), ("NL101", "n2")], "record: untold diagnosis held in the protected template, later told in an ordinary note")

add("h38-fysio-ej-informerad-om-traningstid", "vgr", "1942-12-24", "468", [
    N("n1", M, "Fysioterapeutanteckning", "vg_fysio", "Karin Dahlstedt", "fysioterapeut", "2024-10-31T11:15", 15, SV,
      ("Aktuellt", "Stroke i vä hemisfär 22/10, hö-sidig svaghet i ben."),
      ("Åtgärd", "Gångträning med Walker 2 x 15 m, förflyttning säng–stol med lätt stöd."),
      ("Planering", "Pat ännu ej informerad om nästa träningstid, schemat läggs i eftermiddag."))
], [], [("NL101", "n1")], "untold item is a training time")

add("h38-orto-make-avliden-ej-informerad", "skane", "1936-10-29", "188", [
    N("n1", M, "Omvårdnadsanteckning", "sk_kir_avd", "Rebecka Alm", "sjuksköterska", "2024-10-31T07:20", 15, SV,
      ("Aktuellt", "Dag 3 efter höftfraktur vä, opererad med halvprotes. Pat vet ännu inte att maken avled på sjukhuset i natt; sonen vill själv berätta när han kommer kl 10."),
      ("Omvårdnad", "Smärtskattning 3 i vila. Mobiliserad till stol med två personal."))
], [], [("NL101", "n1")], "what the patient does not know is her husband's death, not her own diagnosis")

add("h38-psyk-ej-informerad-installt-besok", "vgr", "1979-06-09", "232", [
    N("n1", M, "Administrativ anteckning", "vg_psyk_mott", "Lena Hammarström", "medicinsk sekreterare", "2024-10-30T08:15", 5, OV,
      ("Åtgärd", "Pat med recidiverande depression har tid hos ansvarig läkare idag kl 13, läkaren sjuk. Pat ännu inte informerad om att besöket ställs in, SMS och telefonsamtal under förmiddagen."))
], [], [("NL101", "n1")], "untold item is a cancelled appointment")


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def age_at(birth, when):
    b = date.fromisoformat(birth)
    d = datetime.fromisoformat(when).date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if set(c) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, sorted(c)))
        if not isinstance(name, str) or not name.startswith("h38-"):
            errors.append("%s: bad name" % where)
        if name in names:
            errors.append("%s: duplicate name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % where)
        if not c["why"] or not isinstance(c["why"], str):
            errors.append("%s: why missing" % where)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errors.append("%s: record keys" % where)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errors.append("%s: %s not empty" % (where, k))
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errors.append("%s: pnr format" % where)
        else:
            if pid[:8] != birth.replace("-", ""):
                errors.append("%s: pnr does not match birth_date" % where)
            ten = pid[2:8] + pid[9:]
            if luhn_digit(ten[:9]) != ten[9]:
                errors.append("%s: Luhn" % where)
            try:
                date.fromisoformat(birth)
            except ValueError:
                errors.append("%s: birth_date invalid" % where)
        if not rec["as_of"].startswith("2024-"):
            errors.append("%s: as_of not 2024" % where)
        moments = [rec["as_of"]]
        ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (where, sorted(n)))
            if n["id"] in ids:
                errors.append("%s: duplicate note id" % where)
            ids[n["id"]] = n
            if n["system"] not in (M, P):
                errors.append("%s: system" % where)
            if c["ruleset"] == "vgr" and n["system"] != M:
                errors.append("%s: VGR note not Melior" % where)
            for k in ("time", "signed"):
                v = n[k]
                if v is None and k == "signed":
                    continue
                if not v.startswith("2024-"):
                    errors.append("%s: %s not 2024" % (where, k))
                datetime.fromisoformat(v)
                moments.append(v)
            if n["signed"] is not None and n["signed"] < n["time"]:
                errors.append("%s: signed before written" % where)
            if n["time"] > rec["as_of"]:
                errors.append("%s: note after as_of" % where)
            if n["setting"] not in (OV, SV):
                errors.append("%s: setting" % where)
            if not n["sections"]:
                errors.append("%s: no sections" % where)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["keyword"] or not s["text"]:
                    errors.append("%s: bad section" % where)
                    continue
                for sent in sentences(s["text"]):
                    if sent in seen and seen[sent] != (name, n["id"], s["keyword"]):
                        errors.append("%s: sentence repeated (also in %s): %s" % (where, seen[sent][0], sent))
                    seen.setdefault(sent, (name, n["id"], s["keyword"]))
        for m in moments:
            a = age_at(birth, m)
            if 13 <= a <= 15 or a < 0:
                errors.append("%s: patient aged %d at %s" % (where, a, m))
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % where)
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES:
                    errors.append("%s: bad assertion %r" % (where, item))
                    continue
                code, target = item
                if tuple(item) in pairs:
                    errors.append("%s: %s both/twice asserted" % (where, item))
                pairs.add(tuple(item))
                if target not in ids:
                    errors.append("%s: target %s missing" % (where, target))
                    continue
                system = ids[target]["system"]
                if code == "NL102" and lst == "must" and system != M:
                    errors.append("%s: must NL102 on non-Melior" % where)
                if code == "NL101" and system == P:
                    errors.append("%s: NL101 asserted on PMO" % where)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout38_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("%d cases written to %s" % (len(CASES), out))
    print("rulesets:", rs)
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
