#!/usr/bin/env python3
"""Gold cases nl1ah: where the text stands decides (NL101/NL102). Dependency-free."""
import json, os, re, sys
from datetime import datetime, timedelta

NAME = "nl1ah_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

U = {
 # Skåne Melior
 "kard": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4C21"),
 "onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5A07"),
 "neu": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7619"),
 "med_ksd": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-3B44"),
 "kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-2D18"),
 "gyn_ys": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-6E90"),
 "barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-8F12"),
 "lung": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1A55"),
 "hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-9C03"),
 "bup": ("Barn- och ungdomspsykiatrisk öppenvård, Malmö", "SE2321000255-4D66"),
 "uro_ml": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2B80"),
 "minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7A31"),
 "hema": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5F48"),
 "akm": ("Akutmottagningen, Hässleholms sjukhus", "SE2321000255-3E27"),
 # Skåne PMO
 "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-11A2"),
 "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-12B3"),
 "bvc_tom": ("BVC Tomelilla", "SE2321000255-13C4"),
 "um_mo": ("Ungdomsmottagningen Malmö", "SE2321000255-14D5"),
 "hsjv_esl": ("Hemsjukvården Eslöv", "SE2321000255-15E6"),
 "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-16F7"),
 # VGR Melior
 "su_med": ("Medicinmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E0001"),
 "su_neu": ("Neurologiska kliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E0002"),
 "nal_kk": ("Kvinnokliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E0003"),
 "sks_kir": ("Kirurgkliniken, Skaraborgs sjukhus Skövde", "SE2321000131-E0004"),
 "dsbus": ("Barnmedicinsk mottagning, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E0005"),
 "su_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska", "SE2321000131-E0006"),
 "sas_lung": ("Lungmedicinska mottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E0007"),
 "kung_uro": ("Urologmottagningen, Kungälvs sjukhus", "SE2321000131-E0008"),
 "su_reum": ("Reumatologmottagningen, SU/Mölndal", "SE2321000131-E0009"),
 "su_onk": ("Jubileumskliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E0010"),
 "ost_endo": ("Endokrinologmottagningen, SU/Östra", "SE2321000131-E0011"),
 "sks_med": ("Medicinkliniken, Skaraborgs sjukhus Lidköping", "SE2321000131-E0012"),
 "nal_psy": ("Psykiatriska mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E0013"),
 "su_gast": ("Gastroenterologiska mottagningen, SU/Sahlgrenska", "SE2321000131-E0014"),
}

def note(unit, author, time, sections, tmpl="Läkaranteckning", signed=40, setting="öppenvård",
         nid="n1", role="läkare", system="Melior"):
    t = datetime.fromisoformat(time)
    s = None if signed is None else (t + timedelta(minutes=signed)).isoformat(timespec="seconds")
    return {"id": nid, "system": system, "template": tmpl,
            "unit": {"name": U[unit][0], "hsa_id": U[unit][1]},
            "author": {"name": author, "role": role},
            "time": t.isoformat(timespec="seconds"), "signed": s, "setting": setting,
            "refs": [], "sections": [{"keyword": k, "text": v} for k, v in sections]}

def pmo(unit, author, time, sections, tmpl="Besöksanteckning", signed=25, role="läkare",
        setting="öppenvård", nid="n1"):
    return note(unit, author, time, sections, tmpl=tmpl, signed=signed, setting=setting,
                nid=nid, role=role, system="PMO")

def pnr(birth, serial):
    d = birth.replace("-", "")[2:] + serial
    tot = 0
    for i, ch in enumerate(d):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return birth.replace("-", "") + "-" + serial + str((10 - tot % 10) % 10)

CASES = []
def C(name, rs, birth, serial, notes, must, must_not, why, as_of="2024-06-30T00:00:00"):
    CASES.append({"case": name, "ruleset": rs,
        "record": {"patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
                   "as_of": as_of, "notes": notes, "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why})

TH = "Tidiga hypoteser"
A101 = ("NL101", "n1"); A102 = ("NL102", "n1")

# ---------------------------------------------------------------- Skåne, template-protected
C("sk-th-mall-hcm-ej-informerad", "skane", "1979-02-11", "238", [
  note("kard", "Johan Friberg", "2024-02-06T10:15:00", [
    ("Hypotes", "Misstänkt hypertrof kardiomyopati, septum 17 mm på eko. Pat ej informerad om misstanken, avvaktar MR hjärta innan besked.")],
    tmpl=TH)], [], [A101],
  "Skåne: hedged HCM and not-informed statement inside the Tidiga hypoteser template are hidden")

C("sk-th-mall-levermetastaser", "skane", "1956-09-30", "442", [
  note("onk", "Karin Wallin", "2024-03-12T13:40:00", [
    ("Bedömning", "Trol. levermetastaser enl DT buk 11/3, ej PAD-verifierat. Besked ges först när biopsisvar finns, pat ovetande om fyndet.")],
    tmpl=TH),
  note("onk", "Karin Wallin", "2024-03-12T14:00:00", [
    ("Bedömning", "DT-fynd som vid trolig levermetastasering av känd koloncancer. Pat ej informerad om fynden ännu.")], nid="n2")],
  [("NL101", "n2"), ("NL102", "n2")], [("NL102", "n1")],
  "Skåne: liver metastases correctly in the template note but also written, untold, in the ordinary note")

C("sk-th-mall-ms-vs-borrelia", "skane", "1994-05-17", "086", [
  note("neu", "Per Lindqvist", "2024-04-03T09:05:00", [
    ("Differentialdiagnoser", "DD MS vs neuroborrelios. Oligoklonala band väntas. Pat inte underrättad om MS-misstanken ännu.")],
    tmpl=TH),
  note("neu", "Per Lindqvist", "2024-04-03T09:25:00", [
    ("Bedömning", "Sensibilitetsstörning bål, MR med 3 T2-lesioner. Misstänkt MS, LP gjord.")], nid="n2")],
  [("NL102", "n2")], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: DD MS hidden in the template note, but 'misstänkt MS' also stands in the ordinary note")

C("sk-th-mall-plus-lakaranteckning-pankreas", "skane", "1948-11-02", "511", [
  note("kir_hbg", "Elin Sjöberg", "2024-01-18T14:20:00", [
    ("Hypotes", "Misstänkt pankreascancer, caputprocess 3 cm.")], tmpl=TH),
  note("kir_hbg", "Elin Sjöberg", "2024-01-18T14:35:00", [
    ("Anamnes", "Ikterus sedan 10 d, viktnedgång 6 kg."),
    ("Bedömning", "Smärtfri ikterus, misstänkt pankreascancer. DT pankreasprotokoll + ERCP bokas.")], nid="n2")],
  [("NL102", "n2")], [("NL102", "n1")],
  "Skåne: same hypothesis hidden in the template note but also written in the ordinary note's Bedömning")

C("sk-th-mall-alzheimer-lakaranteckning-neutral", "skane", "1941-07-23", "624", [
  note("minne", "Sofia Berg", "2024-05-07T11:00:00", [
    ("Tidig hypotes", "Susp. demens av Alzheimertyp, MMSE 24 med tydlig episodisk minnesstörning.")], tmpl=TH),
  note("minne", "Sofia Berg", "2024-05-07T11:20:00", [
    ("Bedömning", "Minnesutredning pågår. Lumbalpunktion och MR hjärna planeras, återbesök efter svar.")], nid="n2")],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "Skåne: hypothesis only in the Tidiga hypoteser template; the ordinary note names no hedged diagnosis")

C("sk-lakaranteckning-trolig-sarkoidos", "skane", "1983-12-08", "307", [
  note("lung", "Anders Holm", "2024-02-27T15:10:00", [
    ("Status", "Lungor: normala andningsljud. Erythema nodosum underben bilat."),
    ("Bedömning", "Bilat hilusförstoring + EN, trolig sarkoidos (Löfgrens syndrom). Bronkoskopi med BAL.")])],
  [A102], [],
  "Skåne: probable sarcoidosis in Bedömning of an ordinary note, which is visible")

C("sk-lakaranteckning-susp-brostcancer-ej-info", "skane", "1971-03-14", "468", [
  note("kir_hbg", "Maria Ek", "2024-03-05T10:30:00", [
    ("Bedömning", "Misstänkt bröstcancer vä bröst, spikulerad förtätning 14 mm på mammografi. Pat ej informerad om misstanken ännu, besked efter mellannålsbiopsi.")])],
  [A101, A102], [],
  "Skåne: suspected breast cancer and untold statement in a visible Bedömning instead of the template")

C("sk-utkast-lungemboli-kan-ej-uteslutas", "skane", "1962-06-19", "159", [
  note("akm", "Viktor Nyström", "2024-04-21T02:40:00", [
    ("Aktuellt", "Akut dyspné och hö-sidig pleuritsmärta sedan igår kväll."),
    ("Bedömning", "LE kan ej uteslutas, D-dimer 1,8. DT-angio beställd.")], signed=None, setting="akutmottagning")],
  [A102], [],
  "Skåne unsigned draft: pulmonary embolism cannot be ruled out in a visible section")

C("sk-utkast-th-mall-myelom", "skane", "1950-10-25", "733", [
  note("hema", "Lena Dahl", "2024-02-14T16:05:00", [
    ("Hypotes", "?Myelom. M-komponent IgG 18 g/L, lätt anemi, Ca 2,71. Benmärg planeras.")], tmpl=TH, signed=None)],
  [], [A102],
  "Skåne unsigned draft in the Tidiga hypoteser template: question-mark myeloma stays hidden")

C("sk-bup-th-mall-autism-barn", "skane", "2015-08-04", "284", [
  note("bup", "Hanna Lund", "2024-05-16T13:00:00", [
    ("Hypotes", "Misstänkt autismspektrumtillstånd, ADOS ej klar. Vårdnadshavarna ännu inte informerade om misstanken.")],
    tmpl=TH)], [], [A102],
  "Skåne BUP child: suspected autism in the Tidiga hypoteser template is protected")

# ---------------------------------------------------------------- Skåne PMO
C("sk-pmo-vc-pneumoni-misstankt", "skane", "1958-01-29", "416", [
  pmo("vc_nasby", "Ola Persson", "2024-01-09T09:40:00", [
    ("Bedömning", "Misstänkt pneumoni hö basalt, CRP 112. Start PcV 1 g x3 i 7 d.")])],
  [], [A102], "Skåne PMO never shows diagnoses: suspected pneumonia in PMO is not NL102")


C("sk-pmo-um-susp-klamydia", "skane", "2006-11-03", "028", [
  pmo("um_mo", "Sara Nilsson", "2024-03-21T15:20:00", [
    ("Aktuellt", "Sveda vid miktion sedan 1 v, ny partner."),
    ("Bedömning", "Susp. klamydia. Urinprov taget, svar via 1177.")], role="barnmorska")],
  [], [A102], "Skåne PMO youth clinic: suspected chlamydia is not asserted as NL102")

C("sk-pmo-bvc-hoftledsluxation", "skane", "2024-01-15", "369", [
  pmo("bvc_tom", "Ingrid Mattsson", "2024-02-26T10:10:00", [
    ("Undersökning", "Klick vid Ortolani vä höft? Asymmetriska lårveck."),
    ("Bedömning", "Misstänkt höftledsinstabilitet vä, remiss barnortoped.")], role="sjuksköterska")],
  [], [A102], "Skåne PMO child health: suspected hip instability, PMO never shows diagnoses")


C("sk-pmo-utkast-dd-gallsten-ulcus", "skane", "1974-08-30", "183", [
  pmo("vc_hoor", "Fredrik Åberg", "2024-05-02T13:15:00", [
    ("Bedömning", "Epigastriesmärta. DD gallsten, ulcus. Gastroskopi + ultraljud övre buk.")], signed=None)],
  [], [A102], "Skåne PMO unsigned draft: differential diagnoses in PMO are never asserted")


C("sk-pmo-depression-fragetecken", "skane", "1990-09-11", "247", [
  pmo("vc_linero", "Jonas Ahl", "2024-03-13T16:30:00", [
    ("Bedömning", "Depression? PHQ-9 16, sömnstörning. Samtal hos kurator, ÅB 3 v.")])],
  [], [A102], "Skåne PMO: question-marked depression is never shown from PMO")

C("sk-pmo-th-mall-alkoholberoende", "skane", "1977-05-26", "398", [
  pmo("vc_hoor", "Fredrik Åberg", "2024-02-01T10:00:00", [
    ("Hypotes", "Misstänkt alkoholberoende, PEth 0,9 och förhöjt GT. Pat förnekar överkonsumtion.")], tmpl=TH)],
  [], [A102], "Skåne PMO Tidiga hypoteser template: doubly hidden hypothesis")


# ---------------------------------------------------------------- Skåne NL101
C("sk-pad-melanom-ej-informerad", "skane", "1960-04-04", "434", [
  note("hud", "Cecilia Roos", "2024-02-09T14:10:00", [
    ("Provsvar", "PAD: malignt melanom, Breslow 1,6 mm, ulceration saknas."),
    ("Planering", "Pat ännu ej informerad, ringer henne imorgon fm och bokar utvidgad excision.")])],
  [A101], [],
  "Skåne: confirmed melanoma in visible PAD section while patient not yet informed")

C("sk-th-mall-pad-koloncancer-ej-info", "skane", "1947-10-10", "222", [
  note("kir_hbg", "Maria Ek", "2024-03-18T12:00:00", [
    ("Provsvar", "PAD från koloskopi: adenocarcinom i sigmoideum. Pat ej informerad, besked vid mottagningsbesök 21/3.")],
    tmpl=TH)], [], [A101],
  "Skåne: untold colon cancer kept in the Tidiga hypoteser template is not visible")

C("sk-ej-informerad-om-ny-tid-koloskopi", "skane", "1988-01-22", "516", [
  note("med_ksd", "Niklas Bengtsson", "2024-04-15T09:30:00", [
    ("Bedömning", "Känd ulcerös kolit sedan 2019, nu i remission på Asacol."),
    ("Planering", "Kontrollkoloskopi flyttad till v 22, pat ej informerad om den nya tiden, kallelse skickas.")])],
  [], [A101],
  "Skåne: 'ej informerad' concerns a rebooked colonoscopy, not a diagnosis")

C("sk-anhoriga-ej-informerade-pat-vet", "skane", "1951-03-03", "358", [
  note("lung", "Anders Holm", "2024-01-25T13:45:00", [
    ("Bedömning", "Skivepitelcancer vä överlob, stadium IIIA. Pat informerad av undertecknad idag, tog beskedet lugnt."),
    ("Övrigt", "Önskar att barnen inte informeras än, respekteras.")])],
  [], [A101],
  "Skåne: patient told of lung cancer; only relatives are not informed")

C("sk-ej-informerad-om-normalt-provsvar", "skane", "1996-06-27", "471", [
  note("lung", "Maja Fors", "2024-05-14T10:20:00", [
    ("Diagnos", "Astma, välkontrollerad på Symbicort."),
    ("Provsvar", "Hb 138, CRP <5, eosinofiler 0,2 – normalt. Pat ej informerad om svaren ännu, skickas via 1177.")])],
  [], [A101],
  "Skåne: the not-informed statement concerns normal lab results; asthma is known")

C("sk-utkast-prostatacancer-ej-besked", "skane", "1955-12-12", "602", [
  note("uro_ml", "Gustav Ringdahl", "2024-03-27T15:55:00", [
    ("Provsvar", "Biopsi: prostatacancer Gleason 4+3=7 i 5 av 12 biopsier."),
    ("Bedömning", "Pat har ännu inte fått besked om cancern. MDK onsdag, därefter besök.")], signed=None)],
  [A101], [],
  "Skåne unsigned draft: confirmed prostate cancer visible while patient not yet told")

C("sk-als-pat-informerad", "skane", "1965-08-21", "129", [
  note("neu", "Per Lindqvist", "2024-06-11T11:10:00", [
    ("Bedömning", "ENMG och klinik förenliga med ALS. Diagnosen meddelad pat och make vid dagens besök, kurator kopplas in.")])],
  [], [A101],
  "Skåne: ALS established and communicated to the patient today")

C("sk-levaxin-dosandring-ej-informerad", "skane", "1973-02-15", "054", [
  note("med_ksd", "Niklas Bengtsson", "2024-02-29T08:45:00", [
    ("Diagnos", "Hypotyreos, autoimmun."),
    ("Läkemedel", "Levaxin höjs 100 → 125 µg. Pat ej informerad om dosändringen, ringer imorgon.")])],
  [], [A101],
  "Skåne: patient not informed of a medication change; hypothyroidism is a known diagnosis")

C("sk-typo-ej-infomerad-lymfom", "skane", "1981-11-19", "380", [
  note("hema", "Lena Dahl", "2024-04-24T14:35:00", [
    ("Provsvar", "PAD lymfkörtel hö axill: diffust storcelligt B-cellslymfom."),
    ("Planering", "Pat ej infomerad ännu, får besked av ansvarig hematolog på tisdag.")])],
  [A101], [],
  "Skåne typo 'infomerad': confirmed DLBCL visible while patient not yet told")

C("sk-th-mall-ej-informerad-plus-synlig-kand-diagnos", "skane", "1959-09-09", "813", [
  note("onk", "Karin Wallin", "2024-05-28T09:50:00", [
    ("Hypotes", "Misstänkt recidiv av ovarialcancer, CA-125 stigande 35 → 210. Pat ej informerad ännu.")], tmpl=TH),
  note("onk", "Karin Wallin", "2024-05-28T10:05:00", [
    ("Diagnos", "Ovarialcancer st IIIC, op + cytostatika 2022, därefter kontroller."),
    ("Planering", "DT thorax-buk beställd. Återbesök efter röntgen.")], nid="n2")],
  [], [("NL101", "n2"), ("NL102", "n1")],
  "Skåne: untold recurrence only in the template note; the visible note holds the known primary diagnosis")

C("sk-synlig-recidiv-ej-informerad", "skane", "1949-06-06", "275", [
  note("onk", "Tomas Hägg", "2024-06-18T13:25:00", [
    ("Bedömning", "DT visar nytillkomna lungmetastaser, progress av njurcellscancer. Pat ej informerad, vill ta det vid planerat besök nästa vecka.")])],
  [A101], [],
  "Skåne: established progression with metastases in visible Bedömning, patient untold")


C("sk-negerad-dvt-synlig-hypotes-i-mall", "skane", "1985-10-14", "139", [
  note("med_ksd", "Jenny Malm", "2024-01-31T11:40:00", [
    ("Hypotes", "Antifosfolipidsyndrom? Två missfall + nu ytlig tromboflebit. Kardiolipin-ak skickat.")], tmpl=TH),
  note("med_ksd", "Jenny Malm", "2024-01-31T11:55:00", [
    ("Status", "Rodnad öm ven vä underben."),
    ("Bedömning", "Ytlig tromboflebit. Ingen DVT på ultraljud. Trombosutredning.")], nid="n2")],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "Skåne: APS hypothesis only in the template; visible note has an established and a negated diagnosis")


C("sk-th-mall-typo-missankt-endometrios", "skane", "1998-04-18", "346", [
  note("gyn_ys", "Lisa Hedlund", "2024-04-30T10:25:00", [
    ("Hypotes", "Missänkt endometrios, djup infiltrerande? Pat ej informerad om misstanken pga pågående krisreaktion.")],
    tmpl=TH)], [], [A102],
  "Skåne typo 'Missänkt': hedged endometriosis kept in the Tidiga hypoteser template")

C("sk-lakaranteckning-typo-sannolkit-endometrios", "skane", "1997-09-02", "661", [
  note("gyn_ys", "Lisa Hedlund", "2024-05-21T09:15:00", [
    ("Bedömning", "Sannolkit endometrios, ömhet i sakrouterinligament. Laparoskopi diskuteras.")])],
  [A102], [],
  "Skåne typo 'Sannolkit': probable endometriosis in a visible Bedömning")

C("sk-ev-aterbesok-synligt-hypotes-i-mall", "skane", "1970-07-07", "803", [
  note("kard", "Johan Friberg", "2024-03-26T15:30:00", [
    ("Hypotes", "Trolig amyloidos (ATTR), karpaltunnel bilat + tjock vänsterkammare. DPD-scint bokas.")], tmpl=TH),
  note("kard", "Johan Friberg", "2024-03-26T15:45:00", [
    ("Planering", "Ev. återbesök efter scint, trol. telefonkontakt räcker.")], nid="n2")],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "Skåne: visible note hedges only the follow-up, the amyloidosis hypothesis stays in the template")

C("sk-synlig-kopia-av-hypotes-efter-mall", "skane", "1967-12-29", "457", [
  note("neu", "Emma Kvist", "2024-06-05T10:00:00", [
    ("Hypotes", "Möjlig frontotemporal demens, beteendeförändring sedan 1 år.")], tmpl=TH),
  note("neu", "Emma Kvist", "2024-06-05T10:30:00", [
    ("Anamnes", "Hustrun berättar om personlighetsförändring, impulsivitet."),
    ("Bedömning", "Bild som vid möjlig frontotemporal demens. Neuropsykologisk testning.")], nid="n2")],
  [("NL102", "n2")], [("NL102", "n1")],
  "Skåne: FTD hypothesis correctly in the template but repeated in the ordinary note")

C("sk-sokord-th-i-vanlig-not-plus-bedomning", "skane", "1978-08-13", "215", [
  note("med_ksd", "Jenny Malm", "2024-04-11T14:15:00", [
    ("Tidiga hypoteser", "Susp. hemokromatos."),
    ("Bedömning", "Ferritin 1400, transferrinmättnad 78 %. Misstänkt hemokromatos, HFE-gentest skickat.")])],
  [A102], [],
  "Skåne: suspected haemochromatosis in Bedömning of an ordinary note is visible whatever the other section")

C("sk-avskriven-misstanke-synlig", "skane", "1987-03-09", "308", [
  note("akm", "Viktor Nyström", "2024-05-11T23:10:00", [
    ("Bedömning", "Misstanke om subaraknoidalblödning avskriven: DT hjärna och LP utan blod. Spänningshuvudvärk.")],
    setting="akutmottagning")],
  [], [A102],
  "Skåne: a dismissed suspicion of SAH with an established diagnosis is not a hypothesis")

C("sk-pmo-ej-informerad-cancer-ej-101", "skane", "1954-10-27", "124", [
  pmo("vc_linero", "Anna Ljung", "2024-06-13T12:40:00", [
    ("Bedömning", "Röntgen visar misstänkt tumör hö lunga. Pat ej informerad ännu, kallas till besök imorgon.")])],
  [], [A102],
  "Skåne PMO: suspected lung tumour untold; PMO never shows diagnoses so no NL102")




# ---------------------------------------------------------------- VGR, sökord-protected
C("vg-th-sokord-parkinson-bedomning-neutral", "vgr", "1957-02-14", "377", [
  note("su_neu", "Erik Olausson", "2024-02-13T10:40:00", [
    ("Anamnes", "Darrning hö hand sedan ett halvår, skrivsvårigheter."),
    ("Status", "Vilotremor hö, lätt rigiditet hö arm."),
    (TH, "Misstänkt Parkinsons sjukdom. Pat ej informerad om misstanken, DaTSCAN först."),
    ("Bedömning", "Tremor hö hand, utreds vidare. DaTSCAN bokas, ÅB efter svar.")])],
  [], [A101, A102],
  "VGR: Parkinson hypothesis and untold statement only under the Tidiga hypoteser sökord")

C("vg-th-sokord-och-bedomning-parkinson", "vgr", "1955-05-05", "264", [
  note("su_neu", "Erik Olausson", "2024-03-19T13:10:00", [
    (TH, "Misstänkt idiopatisk Parkinson."),
    ("Bedömning", "Asymmetrisk vilotremor och bradykinesi, trol. Parkinsons sjukdom. DaTSCAN.")])],
  [A102], [],
  "VGR: same Parkinson hypothesis under Tidiga hypoteser and again in visible Bedömning")

C("vg-bedomning-lymfom-ej-informerad", "vgr", "1984-07-31", "418", [
  note("su_hem", "Malin Carlsson", "2024-04-08T15:00:00", [
    ("Status", "Förstorade lymfkörtlar bilat på halsen, 2–3 cm, oömma."),
    ("Bedömning", "Misstänkt lymfom. Pat ej informerad om misstanken, exstirpation bokas.")])],
  [A101, A102], [],
  "VGR: suspected lymphoma and untold statement in visible Bedömning, no Tidiga hypoteser sökord used")

C("vg-th-sokord-untold-synlig-kand-negerad", "vgr", "1946-12-03", "185", [
  note("sks_med", "Henrik Svärd", "2024-01-22T11:25:00", [
    ("Diagnoser", "Förmaksflimmer, diabetes typ 2, hypertoni – kända sedan länge."),
    ("Röntgen", "Rtg pulm: ingen pneumoni, ingen stas."),
    (TH, "Trolig ventrikelcancer enl gastroskopi, PAD väntas. Pat ej informerad ännu."),
    ("Planering", "Hem imorgon, ÅB gastromott.")], setting="slutenvård")],
  [], [A101],
  "VGR: untold probable gastric cancer only under the sökord; visible sections hold known and negated diagnoses")

C("vg-tredje-person-alkohol", "vgr", "1968-09-18", "349", [
  note("su_gast", "Anna Rehn", "2024-02-05T14:30:00", [
    ("Tredje person", "Sambon uppger i telefon att pat dricker 1 flaska vin/dag, trol. alkoholberoende. Pat ska inte få veta att uppgiften kommer från sambon."),
    ("Bedömning", "Förhöjda levervärden, ALAT 3x ref. Ultraljud lever.")])],
  [], [A102],
  "VGR: hedged alcohol dependence and the not-to-know statement under the Tredje person sökord")

C("vg-enkelblind-ev-hepatit", "vgr", "1972-03-27", "516", [
  note("su_reum", "Oskar Lindén", "2024-03-04T09:20:00", [
    ("Enkelblind prövning", "Studievecka 8. ALAT 2,4. Ev. läkemedelsutlöst hepatit, studiemedicinen pausas enl protokoll."),
    ("Bedömning", "Reumatoid artrit, låg aktivitet. DAS28 2,9.")])],
  [], [A102],
  "VGR: possible drug-induced hepatitis under the Enkelblind prövning sökord; RA is established")

C("vg-vald-sokord-misstankt-fraktur", "vgr", "1991-10-06", "572", [
  note("sks_kir", "Jakob Hallin", "2024-05-25T03:15:00", [
    ("Våldsutsatthet i nära relationer", "Uppger slag av partner mot bröstkorgen igår. Misstänkt revbensfraktur vä, fotodokumentation gjord."),
    ("Bedömning", "Bröstkorgskontusion vä. Rtg revben utan fraktur. Analgetika.")], setting="akutmottagning")],
  [], [A102],
  "VGR: the suspected fracture stands only under the violence sökord; visible text is negated/established")

C("vg-orosanmalan-barn-misstankt-nat", "vgr", "2021-06-14", "238", [
  note("dsbus", "Sofie Alm", "2024-04-17T12:50:00", [
    ("Orosanmälan gällande barn", "Spiralfraktur hö humerus hos 2-åring, anamnes inkongruent. Misstänkt icke-accidentell skada, orosanmälan gjord."),
    ("Bedömning", "Humerusfraktur hö, gipsas. Skelettröntgen enligt rutin.")])],
  [], [A102],
  "VGR child: suspected non-accidental injury only under Orosanmälan gällande barn")

C("vg-ms-kommunicerad-fortfarande-hedge", "vgr", "1995-01-28", "433", [
  note("su_neu", "Ida Forsberg", "2024-06-10T10:10:00", [
    ("Bedömning", "Misstänkt MS efter optikusneurit och två periventrikulära lesioner. Diskuterat öppet med pat som är införstådd, LP bokas.")])],
  [A102], [A101],
  "VGR: MS suspicion told to the patient but still hedged in a visible section")

C("vg-th-sokord-ev-aterbesok-synligt", "vgr", "1963-04-22", "618", [
  note("ost_endo", "Petra Wik", "2024-02-28T15:35:00", [
    (TH, "Möjlig MEN1 med tanke på hyperparatyreoidism + prolaktinom. Gentest efter samtal."),
    ("Bedömning", "Primär hyperparatyreoidism, Ca 2,85. Känt prolaktinom på kabergolin."),
    ("Planering", "Ev. återbesök efter sestamibi, trol. op-remiss.")])],
  [], [A102],
  "VGR: MEN1 hypothesis under the sökord; visible sections hold established diagnoses and non-diagnostic hedges")

C("vg-familjeanamnes-synlig-hypotes-under-sokord", "vgr", "1982-08-08", "295", [
  note("su_onk", "Camilla Fredén", "2024-03-15T13:05:00", [
    ("Hereditet", "Mor och moster bröstcancer före 50 års ålder."),
    (TH, "Trolig BRCA-associerad ärftlighet, genetisk vägledning innan besked."),
    ("Bedömning", "Ingen palpabel resistens. Mammografi ua.")])],
  [], [A102],
  "VGR: family history visible, hereditary hypothesis under Tidiga hypoteser, negated findings")

C("vg-bara-bedomning-kan-ej-uteslutas-sarkom", "vgr", "1999-11-23", "347", [
  note("sks_kir", "Jakob Hallin", "2024-01-29T10:45:00", [
    ("Status", "Fast resistens 6 cm lår hö, djupt belägen."),
    ("Bedömning", "Mjukdelssarkom kan ej uteslutas, MR + remiss sarkomcentrum.")])],
  [A102], [],
  "VGR: sarcoma cannot be ruled out in visible Bedömning; nothing about the patient not being told")

C("vg-utkast-th-sokord-pankreas-plus-diagnos", "vgr", "1950-05-19", "562", [
  note("su_gast", "Anna Rehn", "2024-05-06T16:20:00", [
    (TH, "Misstänkt pankreascancer, CA 19-9 340. Pat ej informerad."),
    ("Diagnos", "Nydebuterad diabetes, gallgångsstas.")], signed=None)],
  [], [A102],
  "VGR unsigned draft: untold pancreatic cancer hypothesis only under the Tidiga hypoteser sökord")

C("vg-utkast-dd-bedomning", "vgr", "1976-12-17", "408", [
  note("sks_med", "Henrik Svärd", "2024-04-02T08:15:00", [
    ("Aktuellt", "Feber 39 sedan 5 d, ledvärk."),
    ("Bedömning", "DD endokardit, Stills sjukdom. Blododlingar x3, eko.")], signed=None, setting="slutenvård")],
  [A102], [],
  "VGR unsigned draft: differential diagnoses in visible Bedömning")

C("vg-th-sokord-ovarial-synlig-ovarialcysta-kand", "vgr", "1987-06-03", "199", [
  note("nal_kk", "Therese Ahlgren", "2024-03-07T11:05:00", [
    ("Ultraljud", "Multilokulär cysta hö ovarium 8 cm med solida partier."),
    (TH, "Misstänkt borderlinetumör/ovarialcancer hö, ROMA-index högt."),
    ("Bedömning", "Ovarialcysta hö. Op planeras, pat informerad om operationen.")])],
  [], [A102],
  "VGR: ovarian malignancy hypothesis under the sökord; visible Bedömning states an established cyst")

C("vg-th-sokord-ovarial-och-synlig", "vgr", "1985-02-24", "356", [
  note("nal_kk", "Therese Ahlgren", "2024-04-23T14:40:00", [
    (TH, "Misstänkt ovarialcancer."),
    ("Bedömning", "Komplex adnexresistens, misstänkt ovarialcancer, snabbspår.")])],
  [A102], [],
  "VGR: ovarian cancer hypothesis correctly under the sökord but copied into visible Bedömning")

C("vg-pad-njurcancer-ej-informerad", "vgr", "1953-09-12", "241", [
  note("kung_uro", "Martin Sandell", "2024-02-16T13:20:00", [
    ("Provsvar", "PAD njurbiopsi: klarcellig njurcancer."),
    ("Bedömning", "Pat har inte fått besked ännu, informeras vid besök 26/2.")])],
  [A101], [],
  "VGR: confirmed renal cancer in visible sections while patient not yet informed")

C("vg-th-sokord-pad-ej-info", "vgr", "1958-11-30", "370", [
  note("kung_uro", "Martin Sandell", "2024-03-01T09:35:00", [
    ("Anamnes", "Makrohematuri, utredning enl SVF."),
    (TH, "PAD: urotelial cancer, höggradig. Pat ej informerad, besked vid nästa besök.")])],
  [], [A101],
  "VGR: untold urothelial cancer only under the Tidiga hypoteser sökord")

C("vg-ej-info-om-remiss-diagnos-kand", "vgr", "1980-10-02", "528", [
  note("su_reum", "Oskar Lindén", "2024-05-13T10:55:00", [
    ("Diagnos", "Psoriasisartrit sedan 2020."),
    ("Planering", "Remiss till fysioterapeut skickad, pat ej informerad om remissen ännu.")])],
  [], [A101],
  "VGR: not informed about a referral, psoriatic arthritis is a known diagnosis")

C("vg-narstaende-ej-informerade", "vgr", "1944-04-26", "687", [
  note("su_onk", "Camilla Fredén", "2024-06-03T14:25:00", [
    ("Bedömning", "Metastaserad prostatacancer med skelettmetastaser. Pat välinformerad om diagnos och prognos."),
    ("Övrigt", "Sonen ej informerad, pat vill själv berätta.")])],
  [], [A101],
  "VGR: the patient knows the diagnosis; only his son is not informed")

C("vg-typo-ej-infomerad-hiv", "vgr", "1989-12-01", "464", [
  note("su_med", "Kristian Bylund", "2024-03-22T16:10:00", [
    ("Provsvar", "HIV-1 ak/ag positiv, konfirmerad med Western blot."),
    ("Planering", "Pat ej infomerad om svaret, kallas till infektionsläkare imorgon för besked.")])],
  [A101], [],
  "VGR typo 'infomerad': confirmed HIV visible while the patient is not yet told")

C("vg-inget-not-informed-hedge-utanfor-sokord", "vgr", "1961-07-09", "193", [
  note("sas_lung", "Linnea Borg", "2024-01-16T09:00:00", [
    ("Bedömning", "Nodulus 14 mm hö överlob, trolig lungcancer. PET-DT och bronkoskopi.")])],
  [A102], [],
  "VGR: probable lung cancer in visible Bedömning; nothing says the patient is untold")

C("vg-th-sokord-lungcancer-synlig-kol-kand", "vgr", "1949-03-15", "584", [
  note("sas_lung", "Linnea Borg", "2024-02-12T14:50:00", [
    ("Diagnoser", "KOL GOLD 3, tidigare rökare 40 paketår."),
    (TH, "Trolig lungcancer hö hilus, väntar PAD. Pat ej informerad om misstanken."),
    ("Bedömning", "KOL-exacerbation, behandlas med prednisolon 5 d. Ingen pneumoni.")], setting="slutenvård")],
  [], [A101, A102],
  "VGR: untold lung cancer hypothesis only under the sökord; visible sections hold COPD and a negated pneumonia")

C("vg-typo-ingen-missanke-om-synlig", "vgr", "1990-05-08", "277", [
  note("su_med", "Kristian Bylund", "2024-04-29T11:15:00", [
    (TH, "Möjlig Cushings syndrom, dexametasontest planerat."),
    ("Bedömning", "Ingen missanke om feokromocytom, metoxikatekolaminer normala. Hypertoni behandlas.")])],
  [], [A102],
  "VGR typo 'missanke': negated pheochromocytoma visible, Cushing hypothesis under the sökord")

C("vg-barn-th-sokord-cf", "vgr", "2019-09-25", "303", [
  note("dsbus", "Sofie Alm", "2024-02-07T13:35:00", [
    ("Anamnes", "Återkommande pneumonier, dålig viktuppgång."),
    (TH, "Cystisk fibros? Svettest bokat, föräldrarna ej informerade om frågeställningen."),
    ("Bedömning", "Tillväxtavvikelse, utreds. Kostrådgivning.")])],
  [], [A102],
  "VGR child: question-marked cystic fibrosis only under the Tidiga hypoteser sökord")

C("vg-barn-cf-synlig", "vgr", "2018-01-11", "120", [
  note("dsbus", "Sofie Alm", "2024-03-14T10:30:00", [
    ("Bedömning", "Misstänkt cystisk fibros pga återkommande infektioner och steatorré. Svettest.")])],
  [A102], [],
  "VGR child: suspected cystic fibrosis in visible Bedömning")

C("vg-psyk-th-sokord-bipolar", "vgr", "1998-08-29", "461", [
  note("nal_psy", "Gunnar Ek", "2024-05-30T14:15:00", [
    ("Aktuellt", "Nedstämdhet, tidigare perioder av minskat sömnbehov."),
    (TH, "Bipolär sjukdom typ II kan inte uteslutas, kartläggning av tidigare episoder först."),
    ("Bedömning", "Egentlig depression, medelsvår. Sertralin insätts.")])],
  [], [A102],
  "VGR psychiatry: possible bipolar II only under the sökord; visible depression diagnosis established")

C("vg-psyk-bipolar-synlig", "vgr", "1997-04-04", "316", [
  note("nal_psy", "Gunnar Ek", "2024-06-20T09:45:00", [
    ("Bedömning", "Depressiv episod; bipolär sjukdom kan inte uteslutas med tanke på hereditet. Lamotrigin övervägs.")])],
  [A102], [],
  "VGR psychiatry: bipolar disorder cannot be ruled out in visible Bedömning")

C("vg-tredje-person-och-synlig-hedge", "vgr", "1975-01-13", "502", [
  note("sks_med", "Henrik Svärd", "2024-02-21T12:05:00", [
    ("Tredje person", "Dottern berättar om fall och tilltagande glömska."),
    ("Bedömning", "Trolig vaskulär demens, CT hjärna visar småkärlsförändringar.")])],
  [A102], [],
  "VGR: third-person sökord is protected but the dementia hypothesis stands in visible Bedömning")

C("vg-th-sokord-och-synlig-binjurecancer-ej-info", "vgr", "1966-10-20", "609", [
  note("ost_endo", "Petra Wik", "2024-01-24T10:20:00", [
    (TH, "Misstänkt binjurebarkscancer, 7 cm adrenalexpansivitet. Pat ej informerad om malignitetsmisstanken."),
    ("Bedömning", "Binjureexpansivitet hö, trol. binjurebarkscancer. Hormonutredning och PET.")])],
  [A101, A102], [],
  "VGR: untold statement under the sökord, but the probable adrenal cancer is also written in visible Bedömning")

C("vg-synlig-ej-informerad-diagnos-utan-hedge", "vgr", "1943-08-17", "151", [
  note("su_med", "Kristian Bylund", "2024-05-17T15:40:00", [
    ("Bedömning", "Eko visar svår aortastenos, AVA 0,7 cm². Pat ännu inte informerad, tas upp vid hjärtkonferens först.")])],
  [A101], [A102],
  "VGR: established severe aortic stenosis in visible Bedömning while patient not yet informed")

C("vg-ingen-th-sokord-anamnes-tidigare-cancer", "vgr", "1952-12-24", "434", [
  note("su_onk", "Camilla Fredén", "2024-04-05T11:30:00", [
    ("Anamnes", "Opererad för koloncancer 2015, recidivfri. Tidigare misstänkt lungmetastas 2017 avskriven."),
    ("Bedömning", "Ingen recidivmisstanke, CEA normalt. Avslutas från onkologisk uppföljning.")])],
  [], [A102],
  "VGR: past history and negated recurrence in visible sections, no hedged current diagnosis")

# ---------------------------------------------------------------- more mixed Skåne / VGR
C("sk-th-mall-hiv-misstanke-ej-info", "skane", "1992-02-02", "312", [
  note("med_ksd", "Niklas Bengtsson", "2024-06-07T16:45:00", [
    ("Hypotes", "Akut HIV-infektion? Mononukleosliknande bild, riskexponering. Pat ej informerad om frågeställningen, prov taget.")],
    tmpl=TH)], [], [A102],
  "Skåne: question-marked acute HIV and untold statement in the Tidiga hypoteser template")

C("sk-lakarant-hiv-misstanke-ej-info", "skane", "1993-07-12", "456", [
  note("med_ksd", "Niklas Bengtsson", "2024-06-14T10:30:00", [
    ("Bedömning", "Feber, utslag, lymfadenopati – akut HIV-infektion kan inte uteslutas. HIV-test tas, pat inte informerad om varför.")])],
  [A101, A102], [],
  "Skåne: cannot-rule-out HIV in visible Bedömning while the patient is kept uninformed")

C("sk-lakarant-kand-epilepsi-typo", "skane", "2000-05-30", "225", [
  note("neu", "Per Lindqvist", "2024-03-28T13:20:00", [
    ("Diagnos", "Känd epelepsi, fokal, sedan 2016."),
    ("Bedömning", "Anfallsfri 2 år på Lamotrigin. Ingen ändring.")])],
  [], [A102],
  "Skåne typo 'epelepsi': known epilepsy in a visible section is neither hedged nor untold")


C("sk-synlig-mojlig-mycosis", "skane", "1974-03-21", "670", [
  note("hud", "Cecilia Roos", "2024-02-23T14:05:00", [
    ("Bedömning", "Terapiresistent eksem, möjligen mycosis fungoides. Biopsier tagna.")])],
  [A102], [],
  "Skåne: possible mycosis fungoides in a visible Bedömning")

C("sk-ungdom-17-th-mall-graviditet-extrauterin", "skane", "2006-09-14", "245", [
  note("gyn_ys", "Lisa Hedlund", "2024-04-10T19:30:00", [
    ("Hypotes", "Misstänkt extrauterin graviditet vä, hCG 1800 utan intrauterin hinna.")], tmpl=TH,
    setting="akutmottagning")],
  [], [A102],
  "Skåne 17-year-old: suspected ectopic pregnancy in the Tidiga hypoteser template is hidden")

C("sk-ungdom-17-synlig-extrauterin", "skane", "2006-12-01", "318", [
  note("gyn_ys", "Lisa Hedlund", "2024-05-03T20:05:00", [
    ("Bedömning", "Trolig extrauterin graviditet, hCG-kontroll om 48 h. Pat informerad.")], setting="akutmottagning")],
  [A102], [A101],
  "Skåne 17-year-old: probable ectopic pregnancy written in a visible Bedömning; patient informed")


C("sk-kardiologi-myokardit-ej-info-pa-avd", "skane", "2001-10-28", "282", [
  note("kard", "Ulrika Palm", "2024-05-09T18:40:00", [
    ("Bedömning", "MR hjärta visar akut myokardit. Pat ej informerad ännu då hon sov vid ronden, tas imorgon.")],
    setting="slutenvård")],
  [A101], [],
  "Skåne: established myocarditis in a visible section while the patient is not yet informed")


C("vg-th-sokord-hemofili-barn-synlig-kand", "vgr", "2016-07-22", "189", [
  note("su_hem", "Malin Carlsson", "2024-06-12T10:00:00", [
    ("Diagnos", "Känd ITP sedan 2022, TPK 45."),
    (TH, "Von Willebrands sjukdom typ 1? vWF-prover skickade."),
    ("Bedömning", "Stabil ITP, ingen behandling. Kontroll 3 mån.")])],
  [], [A102],
  "VGR child: vWD hypothesis under the sökord; visible sections hold established ITP")

C("vg-hema-myelodysplasi-trol-synlig", "vgr", "1940-11-06", "227", [
  note("su_hem", "Malin Carlsson", "2024-02-02T13:15:00", [
    ("Provsvar", "Hb 92, MCV 104, neutropeni."),
    ("Bedömning", "Trol MDS, benmärgsundersökning.")])],
  [A102], [],
  "VGR: probable MDS (abbreviated, no dot) in visible Bedömning")

C("vg-endo-graves-kand-negerad-cancer", "vgr", "1988-03-19", "395", [
  note("ost_endo", "Petra Wik", "2024-03-11T14:25:00", [
    ("Bedömning", "Graves sjukdom, TRAK pos. Finnålspunktion av knuta benign, ingen malignitet.")])],
  [], [A102],
  "VGR: established Graves and a negated malignancy in a visible section")

C("vg-kir-appendicit-hedge-synlig-utkast", "vgr", "2005-06-16", "541", [
  note("sks_kir", "Jakob Hallin", "2024-06-22T01:50:00", [
    ("Status", "Ömhet McBurney, släppömhet."),
    ("Bedömning", "Trolig appendicit. Fasta, DT buk.")], signed=None, setting="akutmottagning")],
  [A102], [],
  "VGR unsigned draft: probable appendicitis in a visible section")

C("vg-kir-appendicit-bekraftad-trol-hem", "vgr", "2004-02-10", "332", [
  note("sks_kir", "Jakob Hallin", "2024-06-24T09:10:00", [
    ("Bedömning", "Op för flegmonös appendicit igår, okomplicerat. Trol. hem imorgon.")], setting="slutenvård")],
  [], [A102],
  "VGR: confirmed appendicitis; 'trol.' is about going home, not a diagnosis")

C("vg-gast-crohn-th-sokord-och-visible-kand-ibs", "vgr", "1996-10-03", "410", [
  note("su_gast", "Anna Rehn", "2024-01-19T10:35:00", [
    ("Diagnos", "IBS, diagnostiserad 2021."),
    (TH, "Kalprotektin 640, misstänkt Crohns sjukdom trots tidigare IBS-diagnos."),
    ("Planering", "Koloskopi med biopsier bokad.")])],
  [], [A102],
  "VGR: Crohn hypothesis only under the sökord; visible section holds the known IBS")

C("vg-gast-crohn-synlig-fragetecken", "vgr", "1995-08-25", "186", [
  note("su_gast", "Anna Rehn", "2024-02-09T14:55:00", [
    ("Bedömning", "Diarré, viktnedgång, kalprotektin 820. Crohn? Koloskopi.")])],
  [A102], [],
  "VGR: question-marked Crohn's disease in visible Bedömning")

C("vg-ej-informerad-om-diagnos-i-synlig-diagnosrad", "vgr", "1959-01-31", "207", [
  note("sks_med", "Henrik Svärd", "2024-03-29T11:00:00", [
    ("Diagnos", "Amyotrofisk lateralskleros."),
    ("Övrigt", "Diagnosen har ännu inte meddelats patienten, neurolog tar samtalet 2/4.")])],
  [A101], [A102],
  "VGR: established ALS in a visible diagnosis line while the patient has not been told")

C("vg-ej-informerad-under-th-diagnos-ocksa-synlig", "vgr", "1962-05-14", "365", [
  note("su_onk", "Camilla Fredén", "2024-04-19T15:15:00", [
    (TH, "Pat ej informerad om att det rör sig om recidiv."),
    ("Bedömning", "DT visar lokalrecidiv av rektalcancer i bäckenet, MDK nästa vecka.")])],
  [A101], [A102],
  "VGR: untold statement protected but the established recurrence itself stands in visible Bedömning")

C("vg-lung-ipf-trol-under-sokord-synlig-negerad", "vgr", "1951-06-28", "498", [
  note("sas_lung", "Linnea Borg", "2024-05-27T13:45:00", [
    (TH, "Trolig idiopatisk lungfibros (UIP-mönster), MDD-konferens först."),
    ("Bedömning", "Torrhosta, sprakrassel basalt. Inga tecken på hjärtsvikt. HRCT gjord, svar diskuteras på konferens.")])],
  [], [A102],
  "VGR: probable IPF only under the sökord; visible sections hold a negated heart failure")

C("sk-lung-ipf-synlig-skane", "skane", "1953-08-03", "574", [
  note("lung", "Maja Fors", "2024-06-06T10:15:00", [
    ("Bedömning", "Bild förenlig med möjlig lungfibros, UIP-mönster. Diskuteras på MDD-rond.")])],
  [A102], [],
  "Skåne: possible pulmonary fibrosis in visible Bedömning of an ordinary note")

C("sk-pmo-vc-ej-informerad-prediabetes", "skane", "1980-02-26", "413", [
  pmo("vc_hoor", "Fredrik Åberg", "2024-03-06T09:20:00", [
    ("Bedömning", "Prediabetes? Fasteglukos 6,4. Pat ej informerad ännu, tas vid hälsosamtal.")], role="läkare")],
  [], [A102],
  "Skåne PMO: question-marked prediabetes untold; PMO never shows diagnoses")


C("sk-onk-th-mall-hjarnmetastaser-plus-synlig-kand", "skane", "1957-12-05", "303", [
  note("onk", "Tomas Hägg", "2024-04-26T11:35:00", [
    ("Hypotes", "Trol. hjärnmetastaser, 2 ringformiga lesioner på MR. Pat ej informerad.")], tmpl=TH),
  note("onk", "Tomas Hägg", "2024-04-26T11:50:00", [
    ("Diagnos", "Malignt melanom st III, på adjuvant pembrolizumab."),
    ("Bedömning", "Huvudvärk sedan 2 v. Betametason insätts. Ingen infektion.")], nid="n2")],
  [], [("NL101", "n2"), ("NL102", "n1")],
  "Skåne: untold brain metastasis hypothesis in the template note; visible note holds known melanoma")

C("sk-onk-hjarnmetastaser-synlig-ej-info", "skane", "1958-07-19", "480", [
  note("onk", "Tomas Hägg", "2024-05-08T12:20:00", [
    ("Bedömning", "MR: sannolika hjärnmetastaser x2. Pat ej informerad, anhöriga vill närvara vid beskedet.")])],
  [A101, A102], [],
  "Skåne: probable brain metastases in visible Bedömning while patient not informed")

C("vg-neu-epilepsi-mojlig-synlig", "vgr", "2008-01-07", "360", [
  note("su_neu", "Ida Forsberg", "2024-01-26T14:00:00", [
    ("Bedömning", "Två episoder med medvetslöshet och ryckningar, möjlig epilepsi. EEG + MR.")])],
  [A102], [],
  "VGR 16-year-old: possible epilepsy in visible Bedömning")

C("vg-neu-epilepsi-kand-synkope-negerad", "vgr", "2007-03-22", "259", [
  note("su_neu", "Ida Forsberg", "2024-02-19T09:50:00", [
    ("Bedömning", "Juvenil myoklon epilepsi, väl inställd. Episoden i januari var ej epileptisk, vasovagal synkope.")])],
  [], [A102],
  "VGR: established epilepsy and an established syncope; no hedge")

C("vg-reum-th-sokord-vaskulit-ej-info", "vgr", "1970-09-27", "321", [
  note("su_reum", "Oskar Lindén", "2024-04-12T11:10:00", [
    (TH, "Granulomatös polyangit kan inte uteslutas, ANCA väntas. Pat ej informerad om vaskulitmisstanke."),
    ("Status", "Sadelnäsa? Krustor i näsan."),
    ("Bedömning", "Känd reumatoid artrit. Sinuit, remiss ÖNH.")])],
  [], [A101],
  "VGR: untold vasculitis hypothesis under the sökord; visible holds known RA")

C("vg-reum-gpa-synlig-ej-info", "vgr", "1971-12-09", "442", [
  note("su_reum", "Oskar Lindén", "2024-05-24T10:25:00", [
    ("Bedömning", "PR3-ANCA positiv, biopsi visar granulomatös polyangit. Pat ej informerad, ringer efter PAD-rond.")])],
  [A101], [],
  "VGR: confirmed GPA in visible Bedömning while patient not informed")


C("sk-barn-celiaki-synlig", "skane", "2013-05-03", "377", [
  note("barn_hbg", "Linda Strand", "2024-03-19T11:15:00", [
    ("Bedömning", "Buksmärtor, tillväxtavplaning. Misstänkt celiaki, tTG skickat.")])],
  [A102], [],
  "Skåne child: suspected coeliac disease in a visible section")

C("vg-uro-testikelcancer-th-sokord-bara", "vgr", "2003-04-14", "190", [
  note("kung_uro", "Martin Sandell", "2024-06-17T13:30:00", [
    ("Status", "Fast oöm resistens vä testikel."),
    (TH, "Misstänkt testikelcancer, tumörmarkörer tagna. Pat ej informerad om misstanken, ångestbenägen."),
    ("Planering", "Ultraljud skrotum imorgon.")])],
  [], [A101, A102],
  "VGR 21-year-old: testicular cancer hypothesis and untold statement only under the sökord")

C("vg-uro-testikel-synlig-och-sokord", "vgr", "2002-08-19", "334", [
  note("kung_uro", "Martin Sandell", "2024-06-26T15:05:00", [
    (TH, "Misstänkt testikelcancer."),
    ("Bedömning", "Resistens vä testikel, misstänkt testikelcancer, orkidektomi planeras.")])],
  [A102], [],
  "VGR: testicular cancer hypothesis under the sökord and repeated in visible Bedömning")

C("sk-akm-sepsis-ev-hedge-diagnos", "skane", "1945-04-01", "262", [
  note("akm", "Viktor Nyström", "2024-02-10T21:30:00", [
    ("Bedömning", "Feber, takykardi, laktat 3,2. Ev. urosepsis. Odlingar, Pip/Tazo.")], setting="akutmottagning")],
  [A102], [],
  "Skåne: 'ev. urosepsis' is a hedged diagnosis in a visible section")


C("vg-su-med-pat-informerad-cancer-ej-anhor", "vgr", "1948-02-13", "375", [
  note("su_med", "Kristian Bylund", "2024-01-10T13:50:00", [
    ("Bedömning", "Hepatocellulär cancer, multifokal. Pat informerad och förstår."),
    ("Närstående", "Hustrun ej informerad ännu enligt pat:s önskan.")])],
  [], [A101],
  "VGR: patient informed of HCC; only the wife is not informed")

C("sk-gyn-th-mall-cervixcancer-synlig-cin-kand", "skane", "1986-11-21", "228", [
  note("gyn_ys", "Lisa Hedlund", "2024-06-19T09:35:00", [
    ("Hypotes", "Misstänkt invasiv cervixcancer vid kolposkopi, PAD väntas. Pat ovetande om misstanken.")], tmpl=TH),
  note("gyn_ys", "Lisa Hedlund", "2024-06-19T09:50:00", [
    ("Bedömning", "Känd CIN 3 sedan cellprov i mars. Kolposkopi med biopsier idag.")], nid="n2")],
  [], [("NL101", "n2"), ("NL102", "n1")],
  "Skåne: untold cervical cancer hypothesis in the template note; visible note holds the known CIN 3")

C("vg-kk-ev-graviditetsdiabetes-synlig", "vgr", "1994-12-30", "207", [
  note("nal_kk", "Therese Ahlgren", "2024-05-10T10:05:00", [
    ("Bedömning", "Ev. graviditetsdiabetes, OGTT v 28 bokas. Föreg. graviditet ua.")], role="läkare")],
  [A102], [],
  "VGR: possible gestational diabetes in a visible section")

C("vg-kk-th-sokord-trisomi-synlig-graviditet", "vgr", "1988-07-04", "485", [
  note("nal_kk", "Therese Ahlgren", "2024-02-26T13:40:00", [
    ("Diagnos", "Graviditet v 13+2, normal fostertillväxt."),
    (TH, "Misstänkt trisomi 21, KUB risk 1:45. Samtal med paret innan provtagning.")])],
  [], [A102],
  "VGR: trisomy 21 suspicion only under the sökord; visible holds an established pregnancy")

# ---------------------------------------------------------------- validation + output
def luhn_ok(pn):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pn)
    if not m:
        return False
    d = (m.group(1) + m.group(2))[2:]
    tot = 0
    for i, ch in enumerate(d):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return tot % 10 == 0

def validate(cases):
    errs = []
    names = set()
    sentences = {}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for c in cases:
        n = c["case"]
        if set(c) != case_keys: errs.append(f"{n}: keys {sorted(c)}")
        if n in names: errs.append(f"duplicate case {n}")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", n): errs.append(f"{n}: bad name")
        if c["ruleset"] not in ("skane", "vgr"): errs.append(f"{n}: ruleset")
        if not c["must"] and not c["must_not"]: errs.append(f"{n}: asserts nothing")
        if not c["why"] or "\n" in c["why"]: errs.append(f"{n}: why")
        r = c["record"]; p = r["patient"]
        if not luhn_ok(p["id"]): errs.append(f"{n}: personnummer check digit")
        if p["id"][:8] != p["birth_date"].replace("-", ""): errs.append(f"{n}: pnr/birth_date mismatch")
        ids = set()
        for nt in r["notes"]:
            if set(nt) != note_keys: errs.append(f"{n}: note keys")
            if nt["id"] in ids: errs.append(f"{n}: duplicate note id")
            ids.add(nt["id"])
            for k in ("time", "signed"):
                v = nt[k]
                if v is None and k == "signed": continue
                try: dt = datetime.fromisoformat(v)
                except Exception: errs.append(f"{n}: bad {k}"); continue
                if dt.year != 2024: errs.append(f"{n}: {k} not 2024")
            if nt["signed"] and nt["signed"] < nt["time"]: errs.append(f"{n}: signed before time")
            if c["ruleset"] == "vgr" and nt["system"] != "Melior": errs.append(f"{n}: VGR must be Melior")
            if nt["system"] not in ("Melior", "PMO"): errs.append(f"{n}: system")
            if not re.fullmatch(r"SE\d{10}-[0-9A-Z]+", nt["unit"]["hsa_id"]): errs.append(f"{n}: hsa")
            b = datetime.fromisoformat(p["birth_date"]); t = datetime.fromisoformat(nt["time"])
            age = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
            if 13 <= age <= 15: errs.append(f"{n}: patient aged 13-15")
            if not nt["sections"]: errs.append(f"{n}: no sections")
            for s in nt["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append(f"{n}: sentence repeated from {sentences[sent]}: {sent}")
                        sentences.setdefault(sent, n)
        try: datetime.fromisoformat(r["as_of"])
        except Exception: errs.append(f"{n}: as_of")
        byid = {nt["id"]: nt for nt in r["notes"]}
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"): errs.append(f"{n}: code {code}")
                if tgt not in byid: errs.append(f"{n}: target {tgt} missing")
                elif code == "NL102" and lst == "must" and byid[tgt]["system"] != "Melior":
                    errs.append(f"{n}: NL102 must on non-Melior")
                elif code == "NL101" and byid[tgt]["system"] == "PMO":
                    errs.append(f"{n}: NL101 asserted on PMO")
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])): errs.append(f"{n}: must/must_not overlap")
    return errs

def main():
    errs = validate(CASES)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    if errs:
        return 1
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                cnt[(code, lst)] = cnt.get((code, lst), 0) + 1
    rs = {}
    for c in CASES: rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print(f"{len(CASES)} cases -> {out}; rulesets {rs}")
    for k in sorted(cnt): print(k, cnt[k])
    return 0

if __name__ == "__main__":
    sys.exit(main())
