#!/usr/bin/env python3
"""dev59: where a hypothesis is kept - boundaries of the protected place (Tidiga hypoteser)."""
import json, os, re, sys
from datetime import datetime, timedelta, date

HERE = os.path.dirname(os.path.abspath(__file__))

U = {
 "sahl_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011452"),
 "sahl_hem": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011730"),
 "ostra_med": ("Medicinmottagningen, Östra sjukhuset", "SE2321000131-E000000012044"),
 "molndal_geri": ("Geriatriska kliniken, Mölndals sjukhus", "SE2321000131-E000000013207"),
 "nal_gastro": ("Mag-tarmmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000014518"),
 "sas_lung": ("Lungmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000015063"),
 "skas_endo": ("Endokrinmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000016330"),
 "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000017109"),
 "alingsas_med": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E000000018276"),
 "dsbus": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000019340"),
 "sahl_onk": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000019902"),
 "uddevalla_kir": ("Kirurgmottagningen, Uddevalla sjukhus", "SE2321000131-E000000020415"),
 "sus_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
 "sus_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7702"),
 "sus_malmo_med": ("Medicinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7844"),
 "hbg_lung": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-8130"),
 "csk_gastro": ("Gastroenterologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8261"),
 "ystad_med": ("Medicinavdelning 2, Lasarettet i Ystad", "SE2321000255-8377"),
 "sus_barn": ("Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-8490"),
 "trelleborg_kir": ("Kirurgmottagningen, Lasarettet i Trelleborg", "SE2321000255-8523"),
 "landskrona_geri": ("Geriatriska mottagningen, Lasarettet i Landskrona", "SE2321000255-8618"),
 "sus_derm": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8706"),
 "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-9113"),
 "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-9240"),
 "sus_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8809"),
 "hbg_onk": ("Onkologimottagningen, Helsingborgs lasarett", "SE2321000255-8934"),
}

def luhn_digit(s9):
    tot = 0
    for i, ch in enumerate(s9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str((10 - tot % 10) % 10)

def luhn_ok(s10):
    tot = 0
    for i, ch in enumerate(s10):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0

CASES = []
_serial = [211]

def N(nid, unit, author, role, time, sections, template="Läkaranteckning", system="Melior",
      signed=True, setting="öppenvård", refs=None):
    t = datetime.strptime(time, "%Y-%m-%dT%H:%M")
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": U[unit][0], "hsa_id": U[unit][1]},
            "author": {"name": author, "role": role},
            "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
            "signed": (t + timedelta(minutes=47)).strftime("%Y-%m-%dT%H:%M:%S") if signed else None,
            "setting": setting, "refs": refs or [],
            "sections": [{"keyword": k, "text": x} for k, x in sections]}

def C(name, ruleset, birth, notes, must, must_not, why):
    _serial[0] = (_serial[0] * 7 + 13) % 997
    ser = "%03d" % max(_serial[0], 10)
    b = birth.replace("-", "")
    s9 = b[2:] + ser
    pnr = b + "-" + ser + luhn_digit(s9)
    last = max(datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = (last + timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({"case": name, "ruleset": ruleset,
                  "record": {"patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
                             "as_of": as_of, "notes": notes,
                             "access_events": [], "conversations": [], "treatments": []},
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why})

M102 = ("NL102", "n1"); M101 = ("NL101", "n1")

# ---------------------------------------------------------------- cases
TH = "Tidiga hypoteser"

# ===== A. VGR: the sökord written as exports write it (still protects) =====
C("d59-vgr-th-sokord-gemener", "vgr", "1989-11-02", [
  N("n1", "sahl_neuro", "Karin Lindqvist", "läkare", "2024-02-12T10:15", [
    ("Anamnes", "34-årig kvinna med domningar i vänster ben sedan tre veckor, övergående synstörning i höstas."),
    ("tidiga hypoteser", "Misstänkt MS, inväntar MR hjärna och LP innan pat informeras om misstanken."),
    ("Planering", "MR hjärna med kontrast och lumbalpunktion bokas. Återbesök om 4 v.")])],
  [], [M102],
  "sökord 'tidiga hypoteser' in lower case is the same VGR sökord (the filter is on the sökord, not its casing in the export): the hypothesis and the untold suspicion are protected")

C("d59-vgr-th-sokord-versaler", "vgr", "1958-06-19", [
  N("n1", "sahl_hem", "Mattias Ekberg", "läkare", "2024-03-05T13:40", [
    ("Aktuellt", "Remitterad från vårdcentralen pga lymfocytos 9,8 vid rutinlab."),
    ("Status", "Lätt förstorade lymfkörtlar på halsen bilat, mjuka, ej ömmande. Mjälten ej palpabel."),
    ("TIDIGA HYPOTESER", "Trolig KLL med tanke på bestående lymfocytos, flödescytometri skickad.")])],
  [], [M102],
  "'TIDIGA HYPOTESER' in capitals is the protected VGR sökord as some exports print headings; the only hedged diagnosis sits there")

C("d59-vgr-th-sokord-kolon", "vgr", "1996-01-27", [
  N("n1", "nal_gastro", "Abdi Warsame", "läkare", "2024-04-09T09:05", [
    ("Anamnes", "Diarréer och viktnedgång 6 kg på två månader. Vistades i Somalia i fjol."),
    ("Tidiga hypoteser:", "DD Mb Crohn vs intestinal tuberkulos, avvaktar koloskopi med px och odling."),
    ("Åtgärd", "Koloskopi beställd, kalprotektin och Quantiferon tagna.")])],
  [], [M102],
  "'Tidiga hypoteser:' with the trailing colon that exports add to sökord headings is still the protected sökord")

C("d59-vgr-th-sokord-slutmellanslag", "vgr", "1971-08-30", [
  N("n1", "sas_lung", "Eva Sjöberg", "läkare", "2024-05-14T14:20", [
    ("Aktuellt", "Torrhosta sedan i våras, lätt ansträngningsdyspné."),
    ("Tidiga hypoteser ", "Sannolik sarkoidos, bilateral hilusadenopati på rtg pulm. Bronkoskopi med EBUS planeras."),
    ("Planering", "Spirometri med diffusionskapacitet, ACE och kalcium tas före nästa besök.")])],
  [], [M102],
  "a trailing space after 'Tidiga hypoteser' is export noise, not another sökord: still protected")

C("d59-vgr-th-sokord-dubbelt-mellanslag", "vgr", "1947-03-11", [
  N("n1", "molndal_geri", "Lars-Göran Persson", "läkare", "2024-06-03T11:00", [
    ("Anamnes", "Dottern berättar om tilltagande glömska, har tappat bort sig i bilen två gånger."),
    ("Status", "MMT 23/30, klocktest med felplacerade visare. Neurologiskt f.ö. ua."),
    ("Tidiga  hypoteser", "Kan ej utesluta begynnande Alzheimers sjukdom, vill ha DT och likvor innan vi tar upp det med pat.")])],
  [], [M102],
  "a double space inside the sökord name is still 'Tidiga hypoteser'; the untested dementia hypothesis is protected")

C("d59-vgr-th-sokord-versal-h", "vgr", "1983-09-08", [
  N("n1", "skas_endo", "Sofia Nyqvist", "läkare", "2024-02-20T08:30", [
    ("Aktuellt", "Viktuppgång, striae på buken, högt blodtryck trots tre preparat."),
    ("Tidiga Hypoteser", "Misstanke om Cushings syndrom, dexametasonhämningstest och dygnsurin-kortisol planeras."),
    ("Åtgärd", "Lab beställt, pat får hem instruktion om dygnsurin.")])],
  [], [M102],
  "title-case 'Tidiga Hypoteser' is the same protected sökord")

C("d59-vgr-th-sokord-inledande-mellanslag", "vgr", "1952-12-01", [
  N("n1", "sahl_hem", "Johan Almqvist", "läkare", "2024-07-02T15:10", [
    ("Aktuellt", "Ryggvärk och trötthet, Hb 98, kreatinin stigande, totalprotein högt."),
    ("  Tidiga hypoteser", "Misstänkt myelom, M-komponent och fria lätta kedjor skickade, skelettröntgen bokad."),
    ("Planering", "Ny kontakt när proverna är klara, senast om två veckor.")])],
  [], [M102],
  "leading spaces before the sökord are export indentation; the section is still the protected one")

C("d59-vgr-th-gemener-kolon-typo", "vgr", "1966-04-23", [
  N("n1", "ostra_med", "Hanna Berggren", "läkare", "2024-03-19T10:45", [
    ("Aktuellt", "Feber till och från i fyra veckor, nattsvettningar, CRP 64."),
    ("tidiga hypoteser:", "Missänkt endokardit, blododlingar x3 tagna, TEE bokad."),
    ("Status", "Nytt blåsljud 2/6 över apex. Inga perifera stigmata.")])],
  [], [M102],
  "typo 'Missänkt' in a section written 'tidiga hypoteser:' (lower case, colon): still the protected sökord, the visible sections hold no hypothesis")

# ===== B. Skåne: the template name as exports write it (still protects) =====
C("d59-sk-mall-gemener", "skane", "1979-10-15", [
  N("n1", "sus_malmo_med", "Nils Åkesson", "läkare", "2024-02-07T09:50", [
    ("Bedömning", "Bild som vid hemokromatos, ferritin 1450 och transferrinmättnad 78 %. HFE-genotypning skickad.")],
    template="tidiga hypoteser")],
  [], [M102],
  "Skåne template written 'tidiga hypoteser' in lower case is the Tidiga hypoteser template; everything in it is hidden")

C("d59-sk-mall-versaler", "skane", "1975-05-05", [
  N("n1", "sus_neuro", "Ingrid Malmberg", "läkare", "2024-03-13T13:00", [
    ("Bedömning", "Choreatiforma rörelser och kognitiv svikt, misstänkt Huntingtons sjukdom. Gentest först efter genetisk vägledning.")],
    template="TIDIGA HYPOTESER")],
  [], [M102],
  "template 'TIDIGA HYPOTESER' in capitals is still the protected Skåne template")

C("d59-sk-mall-kolon", "skane", "1990-07-21", [
  N("n1", "hbg_lung", "Peter Holm", "läkare", "2024-04-16T11:25", [
    ("Anamnes", "Hemoptys vid två tillfällen, rökt 20 paketår."),
    ("Bedömning", "Susp. lungcancer vä ovanlob, DT thorax med kontrast beställd.")],
    template="Tidiga hypoteser:")],
  [], [M102],
  "template name with a trailing colon ('Tidiga hypoteser:') is the same Skåne template, so the note is hidden")

C("d59-sk-mall-slutmellanslag-osignerad", "skane", "1961-02-14", [
  N("n1", "csk_gastro", "Maria Lundgren", "läkare", "2024-05-22T16:05", [
    ("Bedömning", "Stigande ALP och GT, MRCP visar strikturer. Primär skleroserande kolangit?")],
    template="Tidiga hypoteser  ", signed=False)],
  [], [M102],
  "unsigned draft whose template has trailing spaces: still the Tidiga hypoteser template; the '?' hypothesis is protected")

C("d59-sk-mall-inledande-mellanslag-titel", "skane", "1987-12-09", [
  N("n1", "sus_derm", "Anders Wahlström", "läkare", "2024-06-11T10:10", [
    ("Status", "Asymmetriskt pigmenterat nevus 9 mm på hö skuldra, oregelbunden kant."),
    ("Bedömning", "Kan röra sig om malignt melanom, excision med 2 mm marginal bokas.")],
    template=" Tidiga Hypoteser")],
  [], [M102],
  "leading space and title case in the template name do not make it another template; hidden")

# ===== C. Names that are NOT the protected sökord/template (visible) =====
C("d59-vgr-sokord-arbetshypotes", "vgr", "1954-09-17", [
  N("n1", "kungalv_akut", "Oskar Dahl", "läkare", "2024-01-23T21:40", [
    ("Aktuellt", "Feber 38,9 och hosta sedan tre dagar, SpO2 93 %."),
    ("Arbetshypotes", "Trolig pneumoni hö basalt, rtg pulm beställd."),
    ("Åtgärd", "Odlingar tagna, Bensylpenicillin 3 g x 3 insatt.")], setting="akut")],
  [M102], [],
  "'Arbetshypotes' is an ordinary sökord, not 'Tidiga hypoteser': the hedged pneumonia is visible")

C("d59-vgr-sokord-hypoteser", "vgr", "1949-11-28", [
  N("n1", "alingsas_med", "Linnea Forsberg", "läkare", "2024-02-29T10:20", [
    ("Aktuellt", "Nytillkommen huvudvärk vid tinningen, käkklaudikation, SR 82."),
    ("Hypoteser", "Mistänkt temporalisarterit, prednisolon 60 mg insätts i väntan på biopsi.")], setting="slutenvård")],
  [M102], [],
  "a sökord called just 'Hypoteser' is not one of VGR's undantag sökord, so its hypothesis (typo 'Mistänkt') is shown")

C("d59-vgr-sokord-differentialdiagnoser", "vgr", "1985-03-03", [
  N("n1", "ostra_med", "Elin Hedlund", "läkare", "2024-03-27T18:15", [
    ("Aktuellt", "Plötslig bröstsmärta vid inandning efter långflygning."),
    ("Differentialdiagnoser", "Lungemboli, perikardit, muskuloskeletal smärta."),
    ("Åtgärd", "D-dimer och DT-angio lungartärer beställda.")], setting="akut")],
  [M102], [],
  "a visible sökord named 'Differentialdiagnoser' lists hypotheses; the heading itself is the hedge and the section is visible")

C("d59-sk-mall-preliminar-bedomning", "skane", "1993-06-30", [
  N("n1", "sus_endo", "Jonas Bergkvist", "läkare", "2024-04-04T09:35", [
    ("Bedömning", "Takykardi, viktnedgång och struma, trolig Graves sjukdom. TRAK skickat.")],
    template="Preliminär bedömning")],
  [M102], [],
  "Skåne template 'Preliminär bedömning' is not the Tidiga hypoteser template: the hedged diagnosis is visible in Melior")

C("d59-sk-sokord-th-i-vanlig-mall", "skane", "1968-10-12", [
  N("n1", "sus_hem", "Cecilia Rydén", "läkare", "2024-05-08T14:50", [
    ("Aktuellt", "Trombocytos 780 sedan ett halvår, mjälten palpabel 2 cm under arcus."),
    ("Tidiga hypoteser", "Misstänkt essentiell trombocytemi, JAK2 och CALR skickade.")],
    template="Läkaranteckning")],
  [M102], [],
  "Skåne protects by template (the routine: 'måste den därför anges i mallen Tidiga hypoteser'); a sökord of that name inside a Läkaranteckning does not hide it")

C("d59-vgr-rubrik-i-text-ej-sokord", "vgr", "1998-02-18", [
  N("n1", "nal_gastro", "Filip Strand", "läkare", "2024-06-19T13:30", [
    ("Anamnes", "Förhöjda transaminaser, tremor, kusin med leversjukdom i ung ålder."),
    ("Bedömning", "Tidiga hypoteser: misstänkt Wilsons sjukdom, ceruloplasmin och dygnsurin-koppar beställda.")])],
  [M102], [],
  "the words 'Tidiga hypoteser:' typed inside the text of a Bedömning section do not make it the protected sökord; the section is visible")

C("d59-sk-hanvisning-till-mallen", "skane", "1972-01-06", [
  N("n1", "sus_neuro", "Gustav Olsson", "läkare", "2024-07-09T10:00", [
    ("Bedömning", "Fortsatt utredning av pat:s gångsvårigheter, se mall Tidiga hypoteser."),
    ("Planering", "Ny MR rygg om tre månader, därefter återbesök.")])],
  [], [M102],
  "hard negative: a visible note that only points to the Tidiga hypoteser template names no hypothesis")

C("d59-vgr-hanvisning-sokord", "vgr", "2012-03-26", [
  N("n1", "dsbus", "Annika Wester", "läkare", "2024-08-13T11:15", [
    ("Aktuellt", "12-årig pojke med knäsmärta nattetid, mamma med vid besöket."),
    ("Bedömning", "Hypoteser dokumenterade under eget sökord. Rtg knä hö beställt."),
    ("Tidiga hypoteser", "Osteoidosteom kan ej uteslutas, DD osteosarkom, MR om rtg ger misstanke.")])],
  [], [M102],
  "child under 13: the hypotheses stand only under the protected sökord; the visible Bedömning just says where they are")

# ===== D. Same hypothesis also written in a visible section (must) =====
C("d59-vgr-th-och-bedomning", "vgr", "1960-08-04", [
  N("n1", "sahl_neuro", "Karin Lindqvist", "läkare", "2024-02-26T14:00", [
    ("Tidiga hypoteser", "Misstänkt ALS, EMG visar denervation i tre regioner."),
    ("Bedömning", "Tilltagande svaghet i hö hand och fascikulationer, trolig ALS, diskuteras på neurokonferens.")])],
  [M102], [],
  "the ALS hypothesis is protected under Tidiga hypoteser but repeated in the visible Bedömning")

C("d59-vgr-th-och-diagnos-sokord", "vgr", "1995-04-11", [
  N("n1", "sahl_hem", "Mattias Ekberg", "läkare", "2024-03-18T09:20", [
    ("Tidiga hypoteser", "Misstänkt Hodgkins lymfom, mediastinal förstoring på DT."),
    ("Diagnos", "R59.0 Lokaliserad lymfkörtelförstoring. Lymfom?"),
    ("Planering", "Körtelexstirpation på halsen bokad via ÖNH.")])],
  [M102], [],
  "'Lymfom?' under the visible Diagnos sökord repeats what was protected; the sökord Diagnos is shown")

C("d59-vgr-th-kolon-och-planering", "vgr", "1977-12-24", [
  N("n1", "skas_endo", "Sofia Nyqvist", "läkare", "2024-04-22T10:40", [
    ("Tidiga hypoteser:", "Prolaktin 2100, misstänkt prolaktinom."),
    ("Planering", "Utredning av ev. hypofysadenom, MR sella turcica och synfält bokas.")])],
  [M102], [],
  "'ev. hypofysadenom' in the visible Planering is a hedged diagnosis, not a hedged plan; the protected section does not cover it")

C("d59-vgr-th-och-epikris-typo", "vgr", "1940-07-07", [
  N("n1", "alingsas_med", "Linnea Forsberg", "läkare", "2024-05-03T15:30", [
    ("Tidiga hypoteser", "Sannolik myelodysplastiskt syndrom, benmärg planeras polikliniskt."),
    ("Epikris", "Inlagd för anemi Hb 74, transfunderad 2 E. Trolgen MDS, fortsatt utredning via hematologen.")],
    setting="slutenvård")],
  [M102], [],
  "typo 'Trolgen' (troligen) in the visible Epikris repeats the protected MDS hypothesis")

C("d59-vgr-th-och-status-susp", "vgr", "1951-10-19", [
  N("n1", "uddevalla_kir", "Henrik Sandberg", "läkare", "2024-06-25T09:00", [
    ("Anamnes", "Tidig mättnadskänsla, viktnedgång 8 kg, svart avföring en gång."),
    ("Status", "Palp resistens i epigastriet, susp. ventrikelcancer."),
    ("Tidiga hypoteser", "Ventrikelcancer med spridning kan inte uteslutas."),
    ("Åtgärd", "Gastroskopi prio 1, DT thorax-buk.")])],
  [M102], [],
  "VGR note with several sections, only one protected: the suspicion also stands in the visible Status")

C("d59-vgr-th-och-bedomning-typo", "vgr", "1986-09-29", [
  N("n1", "ostra_med", "Hanna Berggren", "läkare", "2024-08-20T11:45", [
    ("Tidiga hypoteser", "Misstänkt SLE med tanke på ANA 1:640, artralgier och fjärilsexantem."),
    ("Bedömning", "Missänkt SLE, anti-dsDNA och komplement skickade, remiss reumatologen.")])],
  [M102], [],
  "typo 'Missänkt' in the visible Bedömning: the hypothesis left the protected section")

C("d59-vgr-th-versaler-och-telefon", "vgr", "1964-03-16", [
  N("n1", "sas_lung", "Eva Sjöberg", "läkare", "2024-09-10T08:15", [
    ("TIDIGA HYPOTESER", "Möjlig lungfibros (IPF), HRCT med UIP-liknande mönster."),
    ("Telefonkontakt", "Ringt pat och bokat HRCT-uppföljning, nämnde att det kan röra sig om lungfibros.")])],
  [M102], [],
  "protected section in capitals, but the Telefonkontakt sökord is visible and says 'kan röra sig om lungfibros'")

C("d59-vgr-fyra-sokord-bara-ett-skyddat-neg", "vgr", "1956-02-08", [
  N("n1", "nal_gastro", "Abdi Warsame", "läkare", "2024-10-01T13:10", [
    ("Anamnes", "Epigastriesmärta, viktnedgång 5 kg, nydebuterad diabetes."),
    ("Status", "Lätt ikterisk. Buk mjuk, ingen palpabel resistens."),
    ("Tidiga hypoteser", "Pankreascancer misstänks starkt, CA 19-9 340."),
    ("Bedömning", "Ikterus och viktnedgång under utredning, eventuellt ERCP efter DT."),
    ("Planering", "DT pankreasprotokoll i veckan, återbesök med svar.")])],
  [], [M102],
  "hard negative: five sökord, only Tidiga hypoteser holds the diagnosis; the visible 'eventuellt ERCP' hedges a procedure")

C("d59-vgr-th-och-negerad-synlig", "vgr", "1991-05-13", [
  N("n1", "ostra_med", "Elin Hedlund", "läkare", "2024-10-15T10:30", [
    ("Tidiga hypoteser", "Möjlig Sjögrens syndrom, SSA-antikroppar skickade."),
    ("Bedömning", "Ledvärk utan synovit, ingen misstanke om reumatoid artrit, RF och anti-CCP negativa.")])],
  [], [M102],
  "hard negative: the visible Bedömning only rules out RA; the hypothesis is protected")

C("d59-vgr-th-och-anhorig-synlig", "vgr", "1982-11-22", [
  N("n1", "sahl_hem", "Johan Almqvist", "läkare", "2024-11-05T09:40", [
    ("Anamnes", "Bror har hemokromatos, pat vill kontrolleras. Trött, ledvärk i MCP-lederna."),
    ("Tidiga hypoteser", "Trolig hereditär hemokromatos, ferritin 980."),
    ("Planering", "HFE-gentest, leverprover.")])],
  [], [M102],
  "hard negative: the visible Anamnes names the brother's disease, the patient's hypothesis stands only under the protected sökord")

# ===== E. Skåne: protected template whose sections repeat the hypothesis =====
C("d59-sk-mall-flera-sokord-upprepar", "skane", "1957-04-02", [
  N("n1", "sus_neuro", "Ingrid Malmberg", "läkare", "2024-02-15T15:20", [
    ("Anamnes", "Tremor i vä hand i ett år, mindre medsvängning vä arm. Misstänkt Parkinsons sjukdom enligt remittent."),
    ("Status", "Rigiditet med kugghjulsfenomen vä arm, bradykinesi."),
    ("Bedömning", "Trolig idiopatisk Parkinsons sjukdom, DaTSCAN innan pat informeras.")],
    template=TH)],
  [], [M102],
  "Skåne protects the whole note by its template: the Bedömning and Anamnes sections inside Tidiga hypoteser repeat the hypothesis but are hidden too")

C("d59-sk-mall-diagnos-sokord", "skane", "1948-09-09", [
  N("n1", "ystad_med", "Per Lindahl", "läkare", "2024-03-21T10:05", [
    ("Diagnos", "C18.9? Misstänkt koloncancer, ej verifierad."),
    ("Åtgärd", "Koloskopi beställd, Hb 89 och järnbrist.")],
    template=TH, setting="slutenvård")],
  [], [M102],
  "a Diagnos sökord inside the Tidiga hypoteser template stays hidden: in Skåne the template decides, not the sökord")

C("d59-sk-mall-th-sokord-plus-atgard", "skane", "1999-08-17", [
  N("n1", "sus_malmo_med", "Nils Åkesson", "läkare", "2024-04-25T08:55", [
    ("Tidiga hypoteser", "Kan ej utesluta feokromocytom, paroxysmala hypertoniattacker med svettning."),
    ("Åtgärd", "P-metoxikatekolaminer skickat med frågeställning feokromocytom.")],
    template=TH)],
  [], [M102],
  "both sections, including the Åtgärd with 'frågeställning feokromocytom', sit inside the protected template")

C("d59-sk-mall-sannolkit-typo", "skane", "1944-12-12", [
  N("n1", "landskrona_geri", "Birgitta Mårtensson", "läkare", "2024-05-30T13:15", [
    ("Anamnes", "Synhallucinationer, fluktuerande vakenhet, fall x3."),
    ("Bedömning", "Sannolkit Lewy body-demens, undvik neuroleptika.")],
    template=TH)],
  [], [M102],
  "typo 'Sannolkit' inside the Tidiga hypoteser template: hidden")

C("d59-sk-mall-barn", "skane", "2016-03-08", [
  N("n1", "sus_barn", "Lena Fransson", "läkare", "2024-06-18T10:30", [
    ("Anamnes", "8-årig flicka, blåmärken och trötthet, föräldrarna oroliga."),
    ("Status", "Petekier på benen, lätt förstorad lever."),
    ("Bedömning", "Akut leukemi kan inte uteslutas, benmärgsundersökning i morgon innan vi pratar med föräldrarna.")],
    template=TH, setting="slutenvård")],
  [], [M102],
  "child under 13 (guardians read): the leukemia hypothesis and the not-yet-told remark are inside the Tidiga hypoteser template")

# ===== F. Later visible note repeats the protected hypothesis =====
C("d59-sk-senare-anteckning-upprepar", "skane", "1962-07-25", [
  N("n1", "hbg_lung", "Peter Holm", "läkare", "2024-02-05T11:00", [
    ("Bedömning", "Möjlig mesoteliom, asbestexponerad varvsarbetare med pleuraförtjockning.")], template=TH),
  N("n2", "hbg_lung", "Peter Holm", "läkare", "2024-02-12T10:20", [
    ("Bedömning", "Pleuravätska tappad, cytologi skickad. Misstänt mesoteliom, thorakoskopi planeras.")])],
  [("NL102", "n2")], [("NL102", "n1")],
  "the protected template note is fine; the later ordinary Läkaranteckning repeats the hypothesis visibly (typo 'Misstänt mesoteliom')")

C("d59-vgr-senare-telefon-upprepar", "vgr", "1974-10-03", [
  N("n1", "skas_endo", "Sofia Nyqvist", "läkare", "2024-03-04T09:00", [
    ("Aktuellt", "Hyperkalcemi 2,95 upprepat, PTH högt normalt."),
    ("Tidiga hypoteser", "Misstänkt primär hyperparatyreoidism, ev. MEN1 med tanke på släkten.")]),
  N("n2", "skas_endo", "Ulrika Bengtsson", "sjuksköterska", "2024-03-11T14:25", [
    ("Telefonkontakt", "Pat ringde om provsvaren. Förklarat att läkaren misstänker hyperparatyreoidism och att scintigrafi bokas.")])],
  [("NL102", "n2")], [("NL102", "n1")],
  "a nurse's later visible Telefonkontakt repeats the suspicion ('läkaren misstänker'); the first note kept it under the protected sökord")

C("d59-vgr-senare-epikris-versaler", "vgr", "1946-01-31", [
  N("n1", "alingsas_med", "Linnea Forsberg", "läkare", "2024-04-08T10:10", [
    ("TIDIGA HYPOTESER", "Trolig amyloidos med hjärtengagemang, tjocka kammarväggar och låg voltage."),
    ("Status", "Pittingödem till knäna, halsvenstas.")], setting="slutenvård"),
  N("n2", "alingsas_med", "Linnea Forsberg", "läkare", "2024-04-15T12:00", [
    ("Epikris", "Hjärtsvikt med bevarad EF, trolig kardiell amyloidos, skintigrafi med DPD på remiss.")], setting="slutenvård")],
  [("NL102", "n2")], [("NL102", "n1")],
  "the hypothesis is protected in n1 (capitals sökord) and then written in the visible Epikris of n2")

C("d59-sk-senare-pmo-upprepar", "skane", "1955-03-19", [
  N("n1", "sus_hem", "Cecilia Rydén", "läkare", "2024-05-06T13:20", [
    ("Bedömning", "Misstänkt polycytemia vera, Hb 192 och EPO lågt.")], template=TH),
  N("n2", "vc_eslov", "Sara Nilsson", "läkare", "2024-05-20T09:30", [
    ("Aktuellt", "Kontroll efter besök på hematologen, klåda efter dusch. Misstänkt polycytemia vera enligt hematologen, venesectio planeras.")],
    template="Besöksanteckning", system="PMO")],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "the later note repeating the hypothesis is PMO (vårdcentral), which never shows diagnoses; the Melior note is the protected template")

C("d59-sk-senare-bekraftad-informerad", "skane", "1988-08-08", [
  N("n1", "csk_gastro", "Maria Lundgren", "läkare", "2024-06-04T10:00", [
    ("Bedömning", "Trolig celiaki, transglutaminas-ak 120.")], template=TH),
  N("n2", "csk_gastro", "Maria Lundgren", "läkare", "2024-06-27T11:10", [
    ("Bedömning", "Duodenalbiopsi visar totalt vilotteratrofi, celiaki verifierad. Diagnosen genomgången med pat som får träffa dietist.")])],
  [], [("NL102", "n2"), ("NL101", "n2"), ("NL102", "n1")],
  "as the routine asks, once settled and told the diagnosis is documented visibly: n2 states confirmed celiaki, told to the patient")

C("d59-vgr-senare-uteslutet", "vgr", "1978-02-02", [
  N("n1", "ostra_med", "Hanna Berggren", "läkare", "2024-07-01T10:00", [
    ("Aktuellt", "Attacker med hjärtklappning, huvudvärk och svettningar."),
    ("Tidiga hypoteser", "Misstänkt feokromocytom, metoxikatekolaminer skickade.")]),
  N("n2", "ostra_med", "Hanna Berggren", "läkare", "2024-07-22T10:30", [
    ("Bedömning", "Normala metoxikatekolaminer i plasma, feokromocytom uteslutet. Attackerna tolkas som paniksyndrom, remiss psykiatrin.")])],
  [], [("NL102", "n2"), ("NL102", "n1")],
  "the later visible note only reports the hypothesis as ruled out ('uteslutet'): negated, no hedged diagnosis")

# ===== G. Copied out of the protected place after the patient was told =====
C("d59-vgr-berattad-bekraftad-flyttad", "vgr", "1970-06-06", [
  N("n1", "sahl_onk", "Therese Holmgren", "läkare", "2024-03-07T09:00", [
    ("Tidiga hypoteser", "Misstänkt bröstcancer hö, mammografi BI-RADS 5, px tagen.")]),
  N("n2", "sahl_onk", "Therese Holmgren", "läkare", "2024-03-14T13:00", [
    ("Bedömning", "PAD visar invasiv duktal bröstcancer, ER-positiv. Diagnosen meddelad pat vid dagens besök, maken närvarande."),
    ("Planering", "Sentinel node och sektorresektion, MDK nästa tisdag.")])],
  [], [("NL101", "n2"), ("NL102", "n2")],
  "after confirmation and telling, the diagnosis is moved to a visible section as the VGR routine requires; confirmed and told")

C("d59-vgr-berattad-fortfarande-hypotes", "vgr", "1992-09-14", [
  N("n1", "sahl_neuro", "Karin Lindqvist", "läkare", "2024-04-02T10:00", [
    ("Tidiga hypoteser", "MR med periventrikulära lesioner, misstänkt MS.")]),
  N("n2", "sahl_neuro", "Karin Lindqvist", "läkare", "2024-04-09T10:45", [
    ("Bedömning", "Informerat pat om att fynden på MR inger misstanke om MS och att LP behövs för att bekräfta. Pat tog beskedet lugnt.")])],
  [], [("NL101", "n2")],
  "the hypothesis was told and then written visibly as the VGR routine asks ('när hypotes har kommunicerats ... direktåtkomst möjlig'); the patient is informed so no NL101; NL102 left unasserted because the catalog and the routine pull apart")

C("d59-sk-berattad-fortfarande-hypotes", "skane", "1967-11-11", [
  N("n1", "sus_malmo_med", "Nils Åkesson", "läkare", "2024-05-13T09:15", [
    ("Bedömning", "Sannolik primär biliär kolangit, AMA positiv.")], template=TH),
  N("n2", "sus_malmo_med", "Nils Åkesson", "läkare", "2024-05-28T14:00", [
    ("Bedömning", "Har idag berättat för pat att det sannolikt rör sig om PBC, ursodeoxicholsyra insätts.")])],
  [], [("NL101", "n2")],
  "Skåne: the told hypothesis is now written in an ordinary note; told, so not NL101; NL102 not asserted (told hypotheses are meant to become visible)")

C("d59-sk-berattad-bekraftad-mall-vanlig", "skane", "1959-01-20", [
  N("n1", "hbg_onk", "Mikael Ström", "läkare", "2024-06-10T10:00", [
    ("Bedömning", "Misstänkt prostatacancer, PSA 38 och hård knöl vid palpation.")], template=TH),
  N("n2", "hbg_onk", "Mikael Ström", "läkare", "2024-06-24T09:30", [
    ("Bedömning", "Biopsier visar prostatacancer Gleason 4+4. Pat har fått beskedet och informationsmaterial."),
    ("Planering", "Skelettscint, därefter MDK.")])],
  [], [("NL101", "n2"), ("NL102", "n2")],
  "Skåne: after biopsy the settled, communicated diagnosis is written in a normal note: neither hedged nor untold")

C("d59-vgr-berattad-samma-anteckning-kvar-i-th", "vgr", "1984-04-28", [
  N("n1", "nal_gastro", "Filip Strand", "läkare", "2024-07-16T10:00", [
    ("Tidiga hypoteser", "Ulcerös kolit bekräftad i PAD."),
    ("Bedömning", "Ulcerös kolit, proktosigmoidit. Diagnosen förklarad för pat, mesalazin insätts.")])],
  [], [M101, M102],
  "the confirmed told diagnosis stands both in the visible Bedömning and (left over) in Tidiga hypoteser: visible part is confirmed and told")

# ===== H. Confirmed or told diagnosis left in the protected place =====
C("d59-vgr-bekraftad-kvar-i-th", "vgr", "1981-07-12", [
  N("n1", "ostra_med", "Elin Hedlund", "läkare", "2024-03-12T13:30", [
    ("Tidiga hypoteser", "Hepatit C bekräftad med PCR, pat informerad vid besöket 12/3."),
    ("Planering", "Remiss infektionskliniken för behandlingsstart.")])],
  [], [M101],
  "a confirmed, told diagnosis left under Tidiga hypoteser: nothing hedged or untold is visible (NL104/NL105 not asserted here)")

C("d59-sk-bekraftad-kvar-i-mall", "skane", "1973-02-25", [
  N("n1", "sus_derm", "Anders Wahlström", "läkare", "2024-04-18T15:00", [
    ("Bedömning", "PAD visar malignt melanom, Breslow 1,2 mm. Pat informerad per telefon idag.")], template=TH)],
  [], [M101],
  "Skåne: a settled told diagnosis kept in the Tidiga hypoteser template is not visible, so neither NL101 nor NL102")

C("d59-vgr-obekraftad-ej-informerad-i-th", "vgr", "1950-05-09", [
  N("n1", "uddevalla_kir", "Henrik Sandberg", "läkare", "2024-05-02T16:00", [
    ("Tidiga hypoteser", "DT visar tumör i pankreashuvudet med levermetastaser. Pat ännu ej informerad, dottern vill vara med vid samtalet."),
    ("Planering", "Samtal med pat och dotter på torsdag, kontakt med onkologen.")])],
  [], [M101],
  "the untold diagnosis and the 'ej informerad' remark are kept only under the protected sökord; the visible Planering names no diagnosis")

C("d59-sk-mall-kolon-ej-informerad", "skane", "1965-10-30", [
  N("n1", "sus_neuro", "Gustav Olsson", "läkare", "2024-06-06T17:10", [
    ("Bedömning", "MR visar ringladdande process i hö temporallob, högmalignt gliom. Pat ej informerad än, neurokirurg tar samtalet imorgon.")],
    template="Tidiga hypoteser:")],
  [], [M101],
  "template written 'Tidiga hypoteser:' still protects: the untold glioma is hidden")

C("d59-sk-mall-versaler-ej-informerad", "skane", "1953-08-13", [
  N("n1", "sus_hem", "Cecilia Rydén", "läkare", "2024-07-04T11:20", [
    ("Bedömning", "Benmärgen visar akut myeloisk leukemi. Pat ännu ej underrättad, samtal i eftermiddag med kontaktsjuksköterska.")],
    template="TIDIGA HYPOTESER", setting="slutenvård")],
  [], [M101],
  "untold AML in a template written in capitals: the protected template hides it, so NL101 does not apply")

C("d59-vgr-gemener-ej-informerad", "vgr", "1969-12-19", [
  N("n1", "sahl_onk", "Therese Holmgren", "läkare", "2024-08-07T10:50", [
    ("Aktuellt", "Återbesök efter DT thorax-buk."),
    ("tidiga hypoteser", "Recidiv av ovarialcancer med peritoneal karcinos. Pat ej informerad om fyndet ännu."),
    ("Planering", "Nytt besök med kontaktsjuksköterska på fredag.")])],
  [], [M101],
  "sökord 'tidiga hypoteser' in lower case protects the untold recurrence; nothing diagnostic is in the visible sections")

# ===== I. NL101 inside / outside the protected place =====
C("d59-vgr-nl101-synlig-bedomning", "vgr", "1948-04-14", [
  N("n1", "uddevalla_kir", "Henrik Sandberg", "läkare", "2024-03-26T15:45", [
    ("Aktuellt", "Ikterus sedan två veckor, ljus avföring."),
    ("Bedömning", "DT buk visar tumör i pankreashuvudet med levermetastaser. Pat ej informerad ännu, anhöriga önskar närvara vid samtal.")])],
  [M101], [],
  "the untold pancreatic tumour is written in a visible Bedömning instead of under Tidiga hypoteser")

C("d59-vgr-nl101-th-men-upplysning-synlig", "vgr", "1963-06-22", [
  N("n1", "sahl_onk", "Therese Holmgren", "läkare", "2024-04-23T10:15", [
    ("Tidiga hypoteser", "Misstänkt pankreascancer, CA 19-9 stigande."),
    ("Planering", "Pat ej informerad om DT-svaret, samtal bokat på fredag.")])],
  [], [M101],
  "hard negative: the visible Planering says the patient is not told about 'DT-svaret' (no diagnosis); the diagnosis is only in the protected section")

C("d59-vgr-nl101-diagnos-synlig-upplysning-skyddad", "vgr", "1957-09-01", [
  N("n1", "sas_lung", "Eva Sjöberg", "läkare", "2024-05-21T11:30", [
    ("Diagnos", "C34.1 Malign tumör i övre loben, bronk eller lunga."),
    ("Tidiga hypoteser", "Pat ej informerad om diagnosen, onkolog tar samtalet på måndag.")])],
  [M101], [],
  "the diagnosis itself is under the visible Diagnos sökord; hiding only the 'ej informerad' remark does not hide the diagnosis from the patient")

C("d59-sk-nl101-lakaranteckning", "skane", "1976-02-09", [
  N("n1", "sus_hem", "Erik Jönsson", "läkare", "2024-06-13T18:20", [
    ("Bedömning", "Benmärgsbiopsi visar akut lymfatisk leukemi. Pat ännu ej informerad, dr Rydén meddelar i morgon förmiddag.")],
    setting="slutenvård")],
  [M101], [],
  "Skåne Melior: an ordinary Läkaranteckning shows the untold leukemia; it belonged in the Tidiga hypoteser template")

C("d59-sk-nl101-samma-text-i-mall", "skane", "1976-03-09", [
  N("n1", "sus_hem", "Erik Jönsson", "läkare", "2024-06-14T08:10", [
    ("Bedömning", "Flödescytometri bekräftar B-ALL. Pat ännu ej informerad, samtal med dr Rydén kl 10.")],
    template=TH, setting="slutenvård")],
  [], [M101],
  "same situation as an untold leukemia but written in the Tidiga hypoteser template: protected")

C("d59-vgr-nl101-berattat-anhorig-ej", "vgr", "1955-11-17", [
  N("n1", "sas_lung", "Eva Sjöberg", "läkare", "2024-07-11T13:00", [
    ("Bedömning", "Adenokarcinom i hö underlob, stadium IIIA. Pat informerad om diagnosen idag, önskar att maken inte får veta förrän efter helgen.")])],
  [], [M101],
  "the patient is told; only the husband is not, which NL101 does not cover")

C("d59-vgr-nl101-icke-diagnos-ej-informerad", "vgr", "1987-01-05", [
  N("n1", "uddevalla_kir", "Sanna Lund", "läkare", "2024-08-27T12:15", [
    ("Bedömning", "Symtomgivande gallstenssjukdom, planeras för laparoskopisk kolecystektomi."),
    ("Planering", "Pat ej informerad om operationsdatum, kallas per brev.")])],
  [], [M101],
  "hard negative: what the patient does not yet know is the operation date, not the diagnosis")

C("d59-sk-nl101-meddelat-idag", "skane", "1950-10-10", [
  N("n1", "sus_neuro", "Ingrid Malmberg", "läkare", "2024-09-03T14:30", [
    ("Bedömning", "DaTSCAN patologisk. Meddelat pat diagnosen Parkinsons sjukdom idag, levodopa insätts i låg dos.")])],
  [], [M101],
  "the settled diagnosis is told today and written visibly, as it should be once communicated")

C("d59-vgr-nl101-arbetshypotes-ej-informerad", "vgr", "1968-03-27", [
  N("n1", "sahl_onk", "Therese Holmgren", "läkare", "2024-09-17T10:20", [
    ("Arbetshypotes", "Misstänkt ovarialcancer, pat inte informerad förrän CA-125 och DT är klara.")])],
  [M102], [],
  "a hedged diagnosis under 'Arbetshypotes' (not a protected sökord) is visible; NL101 left open since the withheld thing is a hypothesis")

C("d59-vgr-nl101-senare-anteckning-berattar", "vgr", "1961-05-18", [
  N("n1", "nal_gastro", "Abdi Warsame", "läkare", "2024-10-08T15:00", [
    ("Bedömning", "Biopsier från rektum visar adenokarcinom. Pat ej informerad, samtal bokat 15/10.")]),
  N("n2", "nal_gastro", "Abdi Warsame", "läkare", "2024-10-15T09:30", [
    ("Bedömning", "Informerat pat om rektalcancer och fortsatt utredning med MR lilla bäckenet.")])],
  [("NL101", "n1")], [("NL101", "n2")],
  "the first visible note shows the untold rectal cancer (NL101 on n1); the later note records that the patient was told")

C("d59-sk-nl101-mall-sen-berattad", "skane", "1958-12-03", [
  N("n1", "trelleborg_kir", "Jenny Persson", "läkare", "2024-10-21T16:40", [
    ("Bedömning", "DT visar levermetastaser från okänd primärtumör. Pat ej informerad än, besked vid ronden.")],
    template=TH, setting="slutenvård"),
  N("n2", "trelleborg_kir", "Jenny Persson", "läkare", "2024-10-22T11:00", [
    ("Bedömning", "Har vid ronden berättat för pat om levermetastaserna, primärtumör söks med gastroskopi och koloskopi.")],
    setting="slutenvård")],
  [], [("NL101", "n1"), ("NL101", "n2")],
  "untold finding kept in the Tidiga hypoteser template (n1); moved to an ordinary note only after telling (n2)")

C("d59-vgr-nl101-lang-bara-th", "vgr", "1943-07-29", [
  N("n1", "molndal_geri", "Lars-Göran Persson", "läkare", "2024-11-12T10:00", [
    ("Anamnes", "81-årig man, bor med hustru i villa, klarar ADL själv. Sedan två månader sämre aptit, viktnedgång 6 kg, tilltagande trötthet. Hustrun beskriver att han sover mer dagtid."),
    ("Status", "AT: Blek, opåverkad. Cor: RR, inga blåsljud. Pulm: ua. Buk: mjuk, leverkant palp 3 cm nedom arcus. Perifert: inga ödem."),
    ("Tidiga hypoteser", "Ultraljud lever visar multipla metastasmisstänkta förändringar. Pat ej informerad, vill ha DT och px innan vi pratar med honom."),
    ("Bedömning", "Viktnedgång och trötthet under utredning."),
    ("Planering", "DT thorax-buk, lab inkl. leverstatus och tumörmarkörer. Återbesök med hustru om tio dagar.")])],
  [], [M101],
  "long VGR chart with five sökord: the untold, suspected metastases are only under Tidiga hypoteser")

C("d59-vgr-nl101-kolon-hiv", "vgr", "1994-02-22", [
  N("n1", "kungalv_akut", "Oskar Dahl", "läkare", "2024-11-19T22:30", [
    ("Aktuellt", "Feber, utslag och svullna lymfkörtlar sedan en vecka."),
    ("Tidiga hypoteser:", "HIV-test positivt, bekräftelsetest skickat. Pat ej informerad, infektionsjouren tar samtalet i morgon.")],
    setting="akut")],
  [], [M101],
  "the untold positive HIV test sits under 'Tidiga hypoteser:' (colon form), protected")

C("d59-sk-nl101-inget-sagt", "skane", "1980-04-04", [
  N("n1", "ystad_med", "Per Lindahl", "läkare", "2024-09-24T09:40", [
    ("Bedömning", "Förmaksflimmer med snabbt överledd rytm, frekvensreglering med metoprolol, DOAK insätts.")],
    setting="slutenvård")],
  [], [M101],
  "hard negative: a confirmed diagnosis in a visible note with nothing said about informing the patient")

C("d59-vgr-nl101-infomerad-typo", "vgr", "1972-08-19", [
  N("n1", "sahl_hem", "Mattias Ekberg", "läkare", "2024-12-03T14:15", [
    ("Bedömning", "Benmärgen visar multipelt myelom med 40 % plasmaceller. Pat ej infomerad, besked ges vid återbesöket på onsdag.")])],
  [M101], [],
  "typo 'infomerad': the untold myeloma stands in the visible Bedömning")

C("d59-vgr-nl101-versaler-diagnos-synlig", "vgr", "1960-12-29", [
  N("n1", "sahl_neuro", "Karin Lindqvist", "läkare", "2024-12-10T11:00", [
    ("TIDIGA HYPOTESER", "Pat ännu ej informerad."),
    ("Utredning", "Genetisk analys bekräftar Huntingtons sjukdom, 43 CAG-upprepningar.")])],
  [M101], [],
  "the protected section only holds the 'not informed' remark; the confirmed diagnosis is under the visible Utredning sökord")

C("d59-sk-nl101-barn-foraldrar-ej", "skane", "2014-09-15", [
  N("n1", "sus_barn", "Lena Fransson", "läkare", "2024-11-26T15:20", [
    ("Bedömning", "MR visar medulloblastom i fjärde ventrikeln. Föräldrarna ännu ej informerade, samtal med barnonkolog i kväll.")],
    setting="slutenvård")],
  [M101], [],
  "child under 13: guardians read the journal; the untold tumour is in an ordinary visible Läkaranteckning")

C("d59-sk-nl101-barn-i-mall", "skane", "2017-01-22", [
  N("n1", "sus_barn", "Lena Fransson", "läkare", "2024-12-02T09:10", [
    ("Bedömning", "Blodstatus och utstryk talar för akut leukemi. Föräldrarna har ännu inte fått veta, benmärg i dag.")],
    template="Tidiga hypoteser", setting="slutenvård")],
  [], [M101],
  "child under 13: the untold leukemia hypothesis is kept in the Skåne Tidiga hypoteser template")

# ===== J. PMO and remaining boundaries =====
C("d59-sk-pmo-mall-th", "skane", "1947-06-27", [
  N("n1", "vc_hoor", "Karl Svensson", "läkare", "2024-08-05T10:25", [
    ("Bedömning", "Trolig polymyalgia reumatika, SR 58, prednisolon 15 mg provas.")],
    template=TH, system="PMO")],
  [], [M102],
  "PMO note in the Tidiga hypoteser template: hidden twice over, PMO never shows diagnoses")

C("d59-sk-pmo-synlig-hypotes", "skane", "1997-11-03", [
  N("n1", "vc_eslov", "Sara Nilsson", "läkare", "2024-09-09T13:45", [
    ("Bedömning", "Misstänkt hypotyreos, TSH 8,9, ny kontroll med fritt T4 om 6 v.")],
    template="Besöksanteckning", system="PMO")],
  [], [M102],
  "hedged diagnosis in an ordinary PMO note: PMO does not show diagnoses, so no NL102 even outside Tidiga hypoteser")

C("d59-vgr-th-tom-hypotes-synlig-plan", "vgr", "1985-07-07", [
  N("n1", "kungalv_akut", "Oskar Dahl", "läkare", "2024-10-29T03:10", [
    ("Aktuellt", "Buksmärta i hö fossa sedan i går kväll, afebril."),
    ("Tidiga hypoteser", "Appendicit kan inte uteslutas, DD ovarialcysta."),
    ("Planering", "Ev. DT buk i morgon om fortsatt ömhet, trolig hemgång efter ny bedömning.")], setting="akut")],
  [], [M102],
  "hard negative: the visible Planering only hedges a scan and a discharge; the diagnoses are under the protected sökord")

C("d59-vgr-th-sokord-villkor-synligt", "vgr", "2013-02-14", [
  N("n1", "dsbus", "Annika Wester", "läkare", "2024-11-28T16:00", [
    ("Tidiga hypoteser", "Möjlig celiaki hos 11-åringen, transglutaminas-ak svagt förhöjda."),
    ("Planering", "Om fortsatt magont eller viktnedgång, kontakta mottagningen för tidigare tid.")])],
  [], [M102],
  "child under 13: only a conditional instruction is visible; the hypothesis is protected")

C("d59-sk-mall-och-vanlig-samma-dag", "skane", "1982-05-31", [
  N("n1", "sus_malmo_med", "Nils Åkesson", "läkare", "2024-12-09T10:00", [
    ("Bedömning", "Misstänkt sarkoidos med hjärtengagemang, AV-block II.")], template=TH),
  N("n2", "sus_malmo_med", "Nils Åkesson", "läkare", "2024-12-09T10:20", [
    ("Bedömning", "AV-block II typ Mobitz 2. Kardiell sarkoidos?, PET-DT och hjärt-MR beställda.")])],
  [("NL102", "n2")], [("NL102", "n1")],
  "same day, same doctor: the Tidiga hypoteser note is hidden but the ordinary note twenty minutes later ends the hypothesis with '?'")

C("d59-vgr-th-differentialdiagnos-typo", "vgr", "1976-10-24", [
  N("n1", "sahl_neuro", "Gustav Ek", "läkare", "2024-12-17T13:25", [
    ("Status", "Ptos bilat som tilltar under dagen, dubbelseende."),
    ("Bedömning", "Ptos och diplopi. Diffrentialdiagnos myastenia gravis, ACh-receptorantikroppar skickade.")])],
  [M102], [],
  "typo 'Diffrentialdiagnos' in the visible Bedömning names the patient's possible myasthenia; there is no protected sökord in the note")

C("d59-sk-mall-th-frageställning", "skane", "1991-09-19", [
  N("n1", "csk_gastro", "Maria Lundgren", "läkare", "2024-12-12T08:40", [
    ("Bedömning", "Frågeställning autoimmun hepatit, IgG förhöjt och ASMA positiv.")],
    template="Tidiga hypoteser ")],
  [], [M102],
  "Skåne template with a trailing space, holding a 'frågeställning' hypothesis: still hidden")

C("d59-vgr-synlig-forenligt-typo", "vgr", "1950-03-25", [
  N("n1", "molndal_geri", "Lars-Göran Persson", "läkare", "2024-12-19T09:50", [
    ("Tidiga hypoteser", "Möjlig frontotemporal demens, personlighetsförändring sedan ett år."),
    ("Bedömning", "Kognitiv svikt förenigt med frontotemporal demens, SPECT beställd.")])],
  [M102], [],
  "typo 'förenigt med' in the visible Bedömning repeats the protected dementia hypothesis")

C("d59-vgr-flera-th-sektioner-bara-skyddade", "vgr", "1999-12-06", [
  N("n1", "skas_endo", "Sofia Nyqvist", "läkare", "2024-09-30T14:10", [
    ("Aktuellt", "Amenorré sedan 8 månader, akne och hirsutism."),
    ("Tidiga hypoteser", "PCOS eller icke-klassisk CAH, 17-OH-progesteron tas."),
    ("Status", "BMI 29. Akne på kinderna, ökad behåring på hakan."),
    ("Tidiga hypoteser:", "Androgenproducerande tumör kan inte uteslutas, testosteron kraftigt förhöjt.")])],
  [], [M102],
  "two protected sections (one written with a colon) in the same note; neither visible section names a diagnosis")

# ===== K. more visible positives at the boundary =====
C("d59-sk-nl101-th-sokord-i-vanlig-mall", "skane", "1954-01-16", [
  N("n1", "hbg_onk", "Mikael Ström", "läkare", "2024-02-01T15:30", [
    ("Aktuellt", "Återbesök efter PET-DT."),
    ("Tidiga hypoteser", "PET-DT visar spridning till skelettet från känd koloncancer. Pat ej informerad, besked ges med kontaktssk på måndag.")],
    template="Läkaranteckning")],
  [M101], [],
  "Skåne: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning does not hide anything; the untold skeletal spread is visible")

C("d59-vgr-nl101-hypoteser-sokord", "vgr", "1962-04-07", [
  N("n1", "sahl_onk", "Therese Holmgren", "läkare", "2024-02-22T11:05", [
    ("Hypoteser", "Biopsin visar skivepitelcancer i tungkanten. Pat har inte fått besked ännu, ÖNH-läkare ringer i morgon.")])],
  [M101], [],
  "the untold cancer stands under 'Hypoteser', which is not VGR's protected sökord")

C("d59-vgr-nl101-senare-anteckning-lacker", "vgr", "1945-08-21", [
  N("n1", "alingsas_med", "Linnea Forsberg", "läkare", "2024-03-01T09:30", [
    ("Tidiga hypoteser", "Koloskopi med px visar coloncancer i sigmoideum. Pat ännu ej informerad.")], setting="slutenvård"),
  N("n2", "alingsas_med", "Robert Åström", "sjuksköterska", "2024-03-01T20:15", [
    ("Omvårdnad", "Pat frågar om koloskopisvaret. Känd koloncancer enligt läkaranteckning, pat vet inte om det än, hänvisat till ronden.")],
    template="Omvårdnadsanteckning", setting="slutenvård")],
  [("NL101", "n2")], [("NL101", "n1")],
  "the doctor kept the untold cancer under Tidiga hypoteser (n1); the nurse's later visible note writes it out while saying the patient does not know")

C("d59-vgr-nl101-epikris-ej-meddelad", "vgr", "1939-10-09", [
  N("n1", "molndal_geri", "Gustav Ek", "läkare", "2024-04-30T14:00", [
    ("Epikris", "Inlagd efter fall. DT hjärna visar subduralhematom och ett meningiom frontalt vä. Meningiomet ej meddelat pat, tas upp vid återbesök hos neurokirurg.")],
    setting="slutenvård")],
  [M101], [],
  "the visible Epikris names a meningioma and says it has not been told to the patient")

C("d59-sk-nl101-utredning-sokord", "skane", "1966-06-15", [
  N("n1", "sus_endo", "Jonas Bergkvist", "läkare", "2024-07-18T10:40", [
    ("Utredning", "Finnålspunktion av tyreoideaknölen visar papillär tyreoideacancer."),
    ("Planering", "Pat ska inte få svaret per telefon, inget sagt ännu, besök med kirurg bokas.")])],
  [M101], [],
  "Skåne Melior, ordinary template: the cancer is in the visible Utredning sökord and the note says nothing has been told yet")

C("d59-vgr-sokord-tidiga-fynd", "vgr", "1979-03-30", [
  N("n1", "sas_lung", "Eva Sjöberg", "läkare", "2024-08-01T09:10", [
    ("Tidiga fynd", "Nodulära förändringar bilat, misstänkt metastaser från tidigare njurcancer."),
    ("Planering", "PET-DT och MDK.")])],
  [M102], [],
  "'Tidiga fynd' is not 'Tidiga hypoteser'; a look-alike sökord is visible")

C("d59-vgr-sokord-preliminar-diagnos", "vgr", "1990-12-12", [
  N("n1", "ostra_med", "Elin Hedlund", "läkare", "2024-08-08T16:30", [
    ("Preliminär diagnos", "Trolig reaktiv artrit efter salmonellainfektion."),
    ("Åtgärd", "NSAID, ledpunktion avstås.")])],
  [M102], [],
  "a 'Preliminär diagnos' sökord is an ordinary visible sökord")

C("d59-sk-mall-tidig-bedomning", "skane", "1984-02-28", [
  N("n1", "sus_neuro", "Gustav Olsson", "läkare", "2024-08-15T13:50", [
    ("Bedömning", "Ensidig hörselnedsättning och tinnitus, möjligt akustikusneurinom. MR hjärnstam beställd.")],
    template="Tidig bedömning")],
  [M102], [],
  "Skåne template 'Tidig bedömning' only resembles the protected template; the note is visible in Melior")

C("d59-sk-mall-th-sedan-ssk-anteckning", "skane", "1953-05-20", [
  N("n1", "ystad_med", "Per Lindahl", "läkare", "2024-09-02T09:00", [
    ("Bedömning", "Trolig ventrikelcancer, gastroskopi med PAD inväntas.")], template=TH, setting="slutenvård"),
  N("n2", "ystad_med", "Johanna Ek", "sjuksköterska", "2024-09-03T07:30", [
    ("Omvårdnad", "Illamående under natten. Trolig ventrikelcancer enligt läkare, pat fastande inför ny gastroskopi.")],
    template="Omvårdnadsanteckning", setting="slutenvård")],
  [("NL102", "n2")], [],
  "a nurse's ordinary Melior note copies the protected hypothesis into visible text")

C("d59-vgr-atgard-fragestallning", "vgr", "1997-07-04", [
  N("n1", "sahl_neuro", "Gustav Ek", "läkare", "2024-09-26T10:30", [
    ("Tidiga hypoteser", "Skovvis förlopp med känselbortfall, MS möjlig."),
    ("Åtgärd", "Remiss MR hjärna och halsrygg med frågeställning MS.")])],
  [M102], [],
  "'frågeställning MS' in the visible Åtgärd (the referral text) repeats the protected hypothesis")

C("d59-vgr-bedomning-fore-th-dd", "vgr", "1969-01-13", [
  N("n1", "skas_endo", "Ulf Magnusson", "läkare", "2024-10-10T11:20", [
    ("Bedömning", "Hypoglykemier fastande, DD insulinom."),
    ("Tidiga hypoteser", "Insulinom misstänkt, 72-timmars fasta planeras.")])],
  [M102], [],
  "the visible Bedömning comes before the protected section and already names 'DD insulinom'")

C("d59-sk-bedomning-talar-for-lakare", "skane", "2018-06-02", [
  N("n1", "sus_barn", "Lena Fransson", "läkare", "2024-10-17T14:45", [
    ("Bedömning", "6-åring med feber i sex dagar, konjunktivit och jordgubbstunga. Talar för Kawasakis sjukdom, ekokardiografi i dag.")],
    setting="slutenvård")],
  [M102], [],
  "child under 13: an ordinary Skåne Melior note with 'talar för Kawasakis sjukdom', no protected template in use")

# ---------------------------------------------------------------- validation
def validate():
    errs = []
    names = set()
    seen = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for c in CASES:
        n = c["case"]
        if list(c.keys()) != keys: errs.append(n + ": keys")
        if not n.startswith("d59-"): errs.append(n + ": prefix")
        if n in names: errs.append(n + ": duplicate name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"): errs.append(n + ": ruleset")
        r = c["record"]; p = r["patient"]
        b = p["birth_date"]; pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != b.replace("-", ""): errs.append(n + ": pnr/birth")
        if not luhn_ok(pid[2:8] + pid[9:]): errs.append(n + ": luhn")
        bd = date.fromisoformat(b); ao = datetime.fromisoformat(r["as_of"]).date()
        age = ao.year - bd.year - ((ao.month, ao.day) < (bd.month, bd.day))
        if 13 <= age <= 15: errs.append(n + ": age 13-15")
        if not r["as_of"].startswith("2024"): errs.append(n + ": as_of year")
        ids = {}
        for nt in r["notes"]:
            ids[nt["id"]] = nt
            for f in ("time", "signed"):
                if nt[f] is not None and not nt[f].startswith("2024"): errs.append(n + ": date " + f)
            if c["ruleset"] == "vgr" and nt["system"] != "Melior": errs.append(n + ": vgr not Melior")
            for s in nt["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n+", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, nt["id"], s["keyword"]):
                            errs.append(n + ": repeated sentence (also in %s): %s" % (seen[sent][0], sent))
                        seen[sent] = (n, nt["id"], s["keyword"])
        if not c["must"] and not c["must_not"]: errs.append(n + ": asserts nothing")
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs): errs.append(n + ": code in both lists / duplicated")
        for code, tgt in pairs:
            if tgt not in ids:
                errs.append(n + ": missing target " + tgt); continue
            sysn = ids[tgt]["system"] if tgt in ids else None
            if code == "NL102" and sysn != "Melior" and (code, tgt) in [tuple(x) for x in c["must"]]:
                errs.append(n + ": NL102 must on non-Melior")
            if code == "NL101" and sysn == "PMO": errs.append(n + ": NL101 on PMO")
            if code not in ("NL101", "NL102"): errs.append(n + ": unexpected code " + code)
    return errs

def main():
    errs = validate()
    if errs:
        for e in errs: print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "nl1_dev59_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(CASES))

if __name__ == "__main__":
    main()
