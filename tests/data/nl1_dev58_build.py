#!/usr/bin/env python3
"""dev58: women's health (MVC, specialistmödravård, UL, förlossning, BB, gyn). stdlib only."""
import json, os, re, sys, datetime

U = {
 "smvc_hbg": ("Specialistmödravården, Helsingborgs lasarett", "SE2321000255-4H21", "skane"),
 "kk_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-7K10", "skane"),
 "gynakut_mo": ("Gynakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7G33", "skane"),
 "forl_lund": ("Förlossningen, Skånes universitetssjukhus Lund", "SE2321000255-7F02", "skane"),
 "bb_kri": ("BB-avdelningen, Centralsjukhuset Kristianstad", "SE2321000255-5B18", "skane"),
 "ul_ystad": ("Ultraljudsenheten Kvinnokliniken, Lasarettet Ystad", "SE2321000255-6U07", "skane"),
 "gyn_hlm": ("Gynekologmottagningen, Hässleholms sjukhus", "SE2321000255-5G44", "skane"),
 "fostermed_mo": ("Fostermedicin, Skånes universitetssjukhus Malmö", "SE2321000255-7M51", "skane"),
 "pmo_mvc_esl": ("Barnmorskemottagningen Eslöv", "SE2321000255-2M90", "skane"),
 "pmo_mvc_tbg": ("Mödrahälsovården Trelleborg", "SE2321000255-2M14", "skane"),
 "pmo_um_ystad": ("Ungdomsmottagningen Ystad", "SE2321000255-2U66", "skane"),
 "pmo_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-2V31", "skane"),
 "kk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000411", "vgr"),
 "gynakut_ostra": ("Gynakuten, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000420", "vgr"),
 "smvc_nal": ("Specialistmödravården, NU-sjukvården NÄL", "SE2321000131-E000533", "vgr"),
 "forl_sas": ("Förlossningsavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000612", "vgr"),
 "bb_sks": ("BB/Eftervård, Skaraborgs Sjukhus Skövde", "SE2321000131-E000705", "vgr"),
 "ul_sas": ("Obstetriskt ultraljud, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000619", "vgr"),
 "gyn_kungalv": ("Gynekologisk mottagning, Kungälvs sjukhus", "SE2321000131-E000822", "vgr"),
 "fostermed_ostra": ("Fostermedicinsk enhet, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000444", "vgr"),
 "gyn_alingsas": ("Gynekologmottagningen, Alingsås lasarett", "SE2321000131-E000901", "vgr"),
}

def pnr(birth, serial):
    d = birth.replace("-", "")
    body = d[2:] + "%03d" % serial
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return d + "-" + body[6:] + str((10 - s % 10) % 10)

def luhn_ok(p):
    d, rest = p.split("-")
    body = d[2:] + rest
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return s % 10 == 0

def N(nid, unit, tmpl, author, role, time, sections, signed="auto", setting="öppenvård", system=None):
    name, hsa, _ = U[unit]
    if system is None:
        system = "PMO" if unit.startswith("pmo_") else "Melior"
    if signed == "auto":
        t = datetime.datetime.fromisoformat(time) + datetime.timedelta(minutes=35)
        signed = t.isoformat()
    return {"id": nid, "system": system, "template": tmpl,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": time, "signed": signed, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": t} for k, t in sections]}

CASES = []
def C(name, birth, notes, must=(), must_not=(), why=""):
    rs = U[[k for k, v in U.items() if v[0] == notes[0]["unit"]["name"]][0]][2]
    CASES.append((name, rs, birth, notes, list(must), list(must_not), why))

L, S, BM, USK = "läkare", "sjuksköterska", "barnmorska", "undersköterska"

# ------------------------------------------------------------------ NL102 must
C("d58-misstankt-havandeskapsforgiftning-smvc", "1991-04-12",
  [N("n1", "smvc_hbg", "Läkaranteckning", "Karin Åberg", L, "2024-03-14T10:20:00",
     [("Aktuellt", "Omföderska v 34+2, remitterad från MVC pga stigande BT och huvudvärk sedan två dagar."),
      ("Status", "BT 152/98 och 148/96 efter vila. Urinsticka protein 2+. Reflexer livliga, inga kloni."),
      ("Bedömning", "Misstänkt havandeskapsförgiftning. Preeklampsiprover tas, sFlt-1/PlGF beställt.")])],
  must=[("NL102", "n1")], why="lay 'misstänkt havandeskapsförgiftning' in visible Bedömning of a Skåne Melior note")

C("d58-trol-graviditetsdiabetes-vgr", "1988-09-03",
  [N("n1", "smvc_nal", "Besöksanteckning", "Maria Lindqvist", BM, "2024-02-06T09:05:00",
     [("Provtagning", "OGTT v 28: fastande 5,4, 2-timmarsvärde 10,1."),
      ("Bedömning", "Trol. graviditetsdiabets, diskuteras med diabetesbarnmorska och obstetriker på torsdag.")])],
  must=[("NL102", "n1")], why="'Trol.' hedge on gestational diabetes (typo 'graviditetsdiabets') in a visible VGR Melior section")

C("d58-fragetecken-x-gynakut", "1995-01-27",
  [N("n1", "gynakut_mo", "Akutanteckning", "Oskar Fält", L, "2024-05-19T02:40:00",
     [("Anamnes", "SM 6/4, positivt gravtest hemma. Ensidig smärta vä fossa sedan i går kväll, sparsam brunaktig blödning."),
      ("Status", "Öm vä adnexområde, ingen peritonit. VUL: tom uterus, ingen GS, litet fritt vätska i fossa Douglasi."),
      ("Bedömning", "?X. S-hCG 1 850, kontroll om 48 h."),
      ("Planering", "Åter gynakuten tisdag för nytt hCG, sök direkt vid ökad smärta.")], setting="akut")],
  must=[("NL102", "n1")], why="the bare '?X' (extrauterine pregnancy) is a hedged diagnosis in a visible Bedömning")

C("d58-missed-abortion-kan-ej-uteslutas", "1986-11-30",
  [N("n1", "gynakut_ostra", "Läkaranteckning", "Henrik Sjödin", L, "2024-04-09T14:15:00",
     [("Undersökning", "VUL: intrauterin GS 18 mm med gulesäck, ingen embryonalstruktur säkert synlig."),
      ("Bedömning", "Missed abortion kan ej utseslutas då GS är under 25 mm. Ny VUL om 7-10 dagar.")])],
  must=[("NL102", "n1")], why="typo 'kan ej utseslutas' after missed abortion, visible in VGR Melior")

C("d58-bild-som-vid-endometrios", "1993-06-08",
  [N("n1", "kk_lund", "Operationsberättelse", "Eva Magnusson", L, "2024-01-23T13:30:00",
     [("Operationsfynd", "Diagnostisk laparoskopi. Brunsvarta härdar på sakrouterinligament bilat och vä fossa ovarica, bild som vid endometrios. Tuborna ua."),
      ("Åtgärd", "Biopsier tagna från två lokaler, PAD inväntas.")], setting="slutenvård")],
  must=[("NL102", "n1")], why="'bild som vid endometrios' while PAD is pending: hedged diagnosis in visible operationsfynd")

C("d58-dd-ovarialcysta-torsion", "1999-02-14",
  [N("n1", "gynakut_ostra", "Akutanteckning", "Sara Nyberg", L, "2024-06-02T21:10:00",
     [("Aktuellt", "Plötslig debut av hö-sidig buksmärta under gympass, illamående och en kräkning."),
      ("Bedömning", "DD ovarialcysta/torsion. Vaginalt ul visar 6 cm cysta hö ovarium, flöde svårbedömt. Kontakt med bakjour för ställningstagande till laparoskopi.")],
     setting="akut")],
  must=[("NL102", "n1")], why="'DD ovarialcysta/torsion' is a differential diagnosis of the patient in visible text")

C("d58-ev-pcos-gynmott", "2002-08-19",
  [N("n1", "gyn_hlm", "Nybesök", "Johanna Persson", L, "2024-09-11T11:00:00",
     [("Anamnes", "Mens var 2:a-3:e månad sedan menarche, ökad behåring på haka och mage, BMI 31."),
      ("Bedömning", "Ev. PCOS. Hormonstatus inkl testosteron, SHBG, prolaktin och TSH tas, VUL för ovarialmorfologi bokas.")])],
  must=[("NL102", "n1")], why="'Ev. PCOS' hedged diagnosis in visible Bedömning, Skåne Melior")

C("d58-talar-for-hyperemesis", "1997-03-05",
  [N("n1", "kk_ostra", "Inskrivningsanteckning", "Amir Haddad", L, "2024-02-18T16:45:00",
     [("Aktuellt", "V 9+1, kräkts >10 ggr/dygn i fem dagar, klarar ej att behålla vätska."),
      ("Status", "Torra slemhinnor. Ketoner 3+ i urin. Vikt ned 3,5 kg sedan inskrivning på MVC."),
      ("Bedömning", "Talar för hyperemesis gravidarum. Dropp och antiemetika, elstatus i morgon.")], setting="slutenvård")],
  must=[("NL102", "n1")], why="'Talar för hyperemesis gravidarum' is a hedged diagnosis in visible text")

C("d58-forenligt-med-partiell-mola", "1990-10-10",
  [N("n1", "ul_ystad", "Ultraljudsutlåtande", "Per Hallberg", L, "2024-07-03T08:50:00",
     [("Ultraljud", "Förstorad placenta med multipla cystiska områden, foster motsvarande v 9 utan hjärtaktivitet. Fyndet är förenligt med partiell mola. S-hCG 210 000.")])],
  must=[("NL102", "n1")], why="'förenligt med partiell mola' is hedged; ultrasound report in visible Melior section")

C("d58-kan-rora-sig-om-graviditetskolestas", "1994-12-01",
  [N("n1", "smvc_nal", "Telefonkontakt", "Linnea Strand", BM, "2024-08-20T13:25:00",
     [("Telefonkontakt", "Ringer pga svår klåda i handflator och fotsulor nattetid, v 33. Kan röra sig om graviditetskolestas, gallsyror och leverprover tas i morgon bitti.")])],
  must=[("NL102", "n1")], why="'kan röra sig om graviditetskolestas' in a visible Telefonkontakt (VGR Melior)")

C("d58-typo-missankt-chorioamnionit", "1992-07-22",
  [N("n1", "forl_lund", "Förlossningsanteckning", "Leo Carlsson", L, "2024-10-05T04:10:00",
     [("Aktuellt", "Vattenavgång för 26 h sedan, nu temp 38,7 och fosterhjärtfrekvens 170 basalt."),
      ("Bedömning", "Missänkt chorioamnionit. Inj cefotaxim och metronidazol, odlingar tagna, barnläkare informerad inför partus.")],
     setting="slutenvård")],
  must=[("NL102", "n1")], why="typo 'Missänkt' still hedges chorioamnionit in visible Bedömning")

C("d58-sannolik-endometrit-bb", "1989-05-16",
  [N("n1", "bb_sks", "Läkaranteckning", "Fredrik Olausson", L, "2024-03-28T10:30:00",
     [("Status", "Dag 4 efter akut sectio. Temp 38,4, ömmande uterus, illaluktande flytningar. CRP 112."),
      ("Bedömning", "Sannolkit endometrit postpartum. Start iv antibiotika, odling från cervix.")], setting="slutenvård")],
  must=[("NL102", "n1")], why="typo 'Sannolkit' (sannolik) endometrit on the postnatal ward, visible section")

C("d58-inger-misstanke-ablatio", "1996-09-09",
  [N("n1", "forl_lund", "Akutanteckning", "Nora Eklund", L, "2024-11-12T19:55:00",
     [("Anamnes", "V 36+5, plötslig konstant buksmärta och mörk blödning sedan en timme."),
      ("Bedömning", "Hård, öm uterus och patologiskt CTG inger misstanke om ablatio placentae. Larmsnitt beslutat.")],
     setting="akut")],
  must=[("NL102", "n1")], why="'inger misstanke om ablatio placentae' is a hedged diagnosis in visible Bedömning")

C("d58-foster-misstankt-hjartfel", "1987-02-02",
  [N("n1", "ul_sas", "Ultraljudsutlåtande", "Ingrid Wallin", L, "2024-04-25T10:00:00",
     [("Ultraljud", "Rutin-UL v 19+2. Fyrkammarbild avvikande med större hö kammare, utflödestrakter ej säkert bedömbara."),
      ("Bedömning", "Misstänkt hjärtfel hos fostret. Remiss till fostermedicin för ekokardiografi.")])],
  must=[("NL102", "n1")],
  why="hedged foetal heart defect: in the mother's Melior record it is her pregnancy diagnosis (O35, care for suspected foetal anomaly) and she reads it, so NL102 is asserted")

C("d58-fragestallning-hellp", "1985-08-25",
  [N("n1", "kk_ostra", "Läkaranteckning", "Tove Berglund", L, "2024-09-01T07:40:00",
     [("Laboratorium", "TPK 88, ASAT 4,1, LD 9,8, haptoglobin lågt."),
      ("Bedömning", "Frågeställning HELLP. Samråd med narkos och neonatal, planerar förlossning i dag.")], setting="slutenvård")],
  must=[("NL102", "n1")], why="'Frågeställning HELLP' marks HELLP as unconfirmed in visible text")

C("d58-long-eventuell-cervixinsufficiens", "1991-12-12",
  [N("n1", "smvc_nal", "Besöksanteckning", "Cecilia Ahlström", L, "2024-05-07T09:30:00",
     [("Anamnes", "Förstföderska, IVF-graviditet, nu v 20+4. Tidigare konisering 2019 för CIN3. Kommer på planerat cervixmätningsbesök, upplevt tyngdkänsla nedåt i en vecka men inga sammandragningar och ingen blödning."),
      ("Status", "Allmäntillstånd gott. BT 112/70. Spekulum: yttre modermun sluten, sparsamt vitt sekret. VUL: cervixlängd 19 mm, funneling ca 6 mm, fostret i huvudbjudning, normalt fostervatten."),
      ("Bedömning", "Förkortad cervix i v 20. Eventuell cervixinsufficiens mot bakgrund av tidigare konisering."),
      ("Planering", "Vaginalt progesteron 200 mg till kvällen. Ny mätning om en vecka. Diskuteras på fostermedicinsk rond angående cerclage."),
      ("Information", "Pat och partner informerade om fynd och plan, får ringa förlossningen vid värkar eller vattenavgång.")])],
  must=[("NL102", "n1")], why="long multi-section chart; only 'Eventuell cervixinsufficiens' is hedged and it is visible")

C("d58-typo-trolgi-myom", "1979-07-07",
  [N("n1", "gyn_hlm", "Mottagningsanteckning", "Annika Rydén", L, "2024-02-27T14:10:00",
     [("Undersökning", "Förstorad uterus motsv v 12, VUL visar 5 cm välavgränsad resistens i bakväggen, trolgi myom. Endometriet tunt.")])],
  must=[("NL102", "n1")], why="typo 'trolgi' (trolig) still hedges myoma in visible text")

C("d58-trolig-iugr-foster", "1993-11-21",
  [N("n1", "fostermed_mo", "Ultraljudsutlåtande", "Magnus Ek", L, "2024-10-17T11:35:00",
     [("Ultraljud", "v 30+1. Estimerad vikt -24 %, buk under 3:e percentilen, a. umbilicalis PI förhöjt, NS-flöde."),
      ("Bedömning", "Trolig tillväxthämning hos fostret på placentär basis. Tät kontroll, ny flödesmätning om tre dagar.")])],
  must=[("NL102", "n1")],
  why="hedged foetal growth restriction is the mother's pregnancy diagnosis (O36.5) in her own visible Melior note")

C("d58-th-plus-visible-repeat", "1984-04-29",
  [N("n1", "gyn_hlm", "Tidiga hypoteser", "Lena Holm", L, "2024-08-08T10:00:00",
     [("Bedömning", "Ovarialresistens med solida partier, misstänkt ovarialcancer. Avvaktar MR innan det tas upp med pat.")]),
   N("n2", "gyn_hlm", "Mottagningsanteckning", "Lena Holm", L, "2024-08-08T10:20:00",
     [("Planering", "MR lilla bäckenet och CA-125 beställda, misstanke om malign ovarialtumör, återbesök efter MR.")])],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="hypothesis correctly kept in Skåne Tidiga hypoteser template (n1) but repeated in the ordinary note n2")

C("d58-vgr-th-sokord-men-bedomning-lacker", "1983-10-05",
  [N("n1", "gyn_kungalv", "Läkaranteckning", "Anders Ström", L, "2024-11-19T13:00:00",
     [("Tidiga hypoteser", "Misstänkt endometriecancer, postmenopausal blödning och endometrium 14 mm."),
      ("Bedömning", "Postmenopausal blödning, ev. endometriecancer, endometriebiopsi tagen.")])],
  must=[("NL102", "n1")], why="VGR: Tidiga hypoteser sökord is protected but the same hedge leaks into visible Bedömning")

C("d58-ev-rupturerat-x-slutenvard-utkast", "1992-02-20",
  [N("n1", "gynakut_mo", "Inskrivningsanteckning", "Oskar Fält", L, "2024-03-03T01:15:00",
     [("Aktuellt", "Synkope hemma, hCG positivt, blek och takykard."),
      ("Bedömning", "Eventuellt rupturerat utomkvedshavandeskap med hemoperitoneum, akut laparoskopi.")],
     signed=None, setting="slutenvård")],
  must=[("NL102", "n1")], why="unsigned draft: 'Eventuellt rupturerat utomkvedshavandeskap' visible once signed")

C("d58-typo-misstank-adenomyos", "1981-06-30",
  [N("n1", "gyn_alingsas", "Mottagningsanteckning", "Birgitta Falk", L, "2024-01-16T09:45:00",
     [("Bedömning", "Dysmenorré och menorragi, uterus bulkig och öm. Misstänk adenomyos, MR bäcken.")])],
  must=[("NL102", "n1")], why="typo 'Misstänk' still hedges adenomyos in visible Bedömning")

# ------------------------------------------------------------------ NL102 must_not
C("d58-trol-v12-datering", "1994-08-14",
  [N("n1", "ul_ystad", "Ultraljudsutlåtande", "Per Hallberg", L, "2024-02-12T09:10:00",
     [("Ultraljud", "Enligt SM trol. v. 12+3. KUB-ultraljud: CRL 62 mm motsv v 12+5, NT 1,6 mm, en levande intrauterin graviditet."),
      ("Bedömning", "Normal KUB. Graviditetslängd fastställs enligt UL, BF 24/8.")])],
  must_not=[("NL102", "n1")], why="hedge 'trol. v. 12' is on a date, not a diagnosis; findings normal")

C("d58-ingen-misstanke-om-preeklampsi", "1988-03-27",
  [N("n1", "smvc_hbg", "Besöksanteckning", "Karin Åberg", L, "2024-07-15T14:05:00",
     [("Bedömning", "Ingen misstanke om preeklampsi, BT 122/76 och negativ urinsticka. Bensvullnad tolkas som fysiologisk i v 37.")])],
  must_not=[("NL102", "n1")], why="negated: 'Ingen misstanke om preeklampsi'")

C("d58-x-uteslutes", "1996-12-24",
  [N("n1", "gynakut_ostra", "Akutanteckning", "Henrik Sjödin", L, "2024-01-05T16:30:00",
     [("Bedömning", "VUL visar intrauterin GS med embryo och hjärtaktivitet, CRL motsv v 7+0. X uteslutes. Blödningen bedöms komma från ektropion.")],
     setting="akut")],
  must_not=[("NL102", "n1")], why="extrauterine pregnancy is ruled out ('X uteslutes')")

C("d58-slakt-preeklampsi-pcos", "1992-09-29",
  [N("n1", "smvc_hbg", "Inskrivningsanteckning", "Sofia Lund", BM, "2024-03-21T08:45:00",
     [("Hereditet", "Mamman hade havandeskapsförgiftning i båda sina graviditeter, syster har trol. PCOS. Morfar typ 2-diabetes."),
      ("Aktuellt", "Förstföderska v 11, mår bra, lätt illamående på morgnarna.")])],
  must_not=[("NL102", "n1")], why="hedged and confirmed diagnoses all belong to relatives (Hereditet)")

C("d58-pmo-mvc-misstankt-gdm", "1993-07-01",
  [N("n1", "pmo_mvc_esl", "Barnmorskebesök", "Malin Westberg", BM, "2024-05-22T10:15:00",
     [("Bedömning", "Misstänkt graviditetsdiabetes efter förhöjt slumpglukos 9,4. Remiss till specialistmödravården för OGTT.")])],
  must_not=[("NL102", "n1")], why="Skåne MVC note in PMO: diagnoses never shown, so no NL102")

C("d58-th-mall-skane-x", "1997-06-17",
  [N("n1", "gynakut_mo", "Tidiga hypoteser", "Sara Holmgren", L, "2024-04-02T20:05:00",
     [("Bedömning", "Misstänkt heterotop graviditet, IVF med två återförda embryon, svårbedömd resistens vä adnex.")])],
  must_not=[("NL102", "n1")], why="hedge only inside the Skåne Tidiga hypoteser template")

C("d58-th-sokord-vgr-misstankt-endometrios", "2001-03-11",
  [N("n1", "gyn_alingsas", "Mottagningsanteckning", "Birgitta Falk", L, "2024-10-22T11:30:00",
     [("Aktuellt", "Svåra menssmärtor sedan tonåren, frånvaro från arbetet 2 dagar/mån."),
      ("Tidiga hypoteser", "Trolig djup endometrios, rektovaginal knöl palperas."),
      ("Planering", "Kombinerade p-piller kontinuerligt, återbesök om tre månader.")])],
  must_not=[("NL102", "n1")], why="VGR: the hedged diagnosis stands only under the protected sökord Tidiga hypoteser")

C("d58-trolig-hemgang-bb", "1994-02-08",
  [N("n1", "bb_kri", "Omvårdnadsanteckning", "Ida Nilsson", S, "2024-08-31T19:00:00",
     [("Omvårdnad", "Amningen fungerar bättre, barnet suger bra vid båda brösten. Trolig hemgång i morgon efter PKU-provet.")],
     setting="slutenvård")],
  must_not=[("NL102", "n1")], why="'Trolig hemgång' is a hedged plan, not a diagnosis")

C("d58-ev-igangsattning", "1990-06-02",
  [N("n1", "smvc_nal", "Besöksanteckning", "Cecilia Ahlström", L, "2024-11-27T10:50:00",
     [("Planering", "Ev. igångsättning v 41+0 om ingen spontan start. Tid för hinnsvepning ges vid nästa besök.")])],
  must_not=[("NL102", "n1")], why="'Ev. igångsättning' hedges a plan")

C("d58-inga-tecken-pa-torsion", "2003-05-15",
  [N("n1", "gynakut_mo", "Akutanteckning", "Emil Åkesson", L, "2024-05-30T22:20:00",
     [("Bedömning", "Inga tecken på torsion, normalt dopplerflöde i båda ovarierna. Smärtan tolkas som ovulationssmärta, Alvedon vb.")],
     setting="akut")],
  must_not=[("NL102", "n1")], why="negated: 'Inga tecken på torsion'")

C("d58-villkor-om-blodning", "1995-09-19",
  [N("n1", "gynakut_mo", "Telefonkontakt", "Hanna Ljung", S, "2024-02-22T08:35:00",
     [("Telefonkontakt", "Medicinsk abort påbörjad i går, mår bra. Om kraftig blödning med mer än två bindor i timmen eller feber, sök gynakuten direkt.")])],
  must_not=[("NL102", "n1")], why="conditional instruction only, no hedged diagnosis")

C("d58-faststalld-gdm", "1986-04-14",
  [N("n1", "smvc_nal", "Läkaranteckning", "Maria Lindqvist", L, "2024-06-11T13:15:00",
     [("Diagnos", "Graviditetsdiabetes, O24.4, kostbehandlad."),
      ("Bedömning", "Blodsocker inom mål på kost, fasteglukos 4,8-5,2. Tillväxtul v 32 och 36.")])],
  must_not=[("NL102", "n1")], why="settled gestational diabetes, no hedge")

C("d58-typo-ingen-missanke-om-x", "1993-01-03",
  [N("n1", "gynakut_mo", "Akutanteckning", "Emil Åkesson", L, "2024-12-18T12:10:00",
     [("Bedömning", "Ingen missanke om X, intrauterin graviditet bekräftad vid VUL i förra veckan. Blödningen liten, avvaktar.")],
     setting="akut")],
  must_not=[("NL102", "n1")], why="typo 'Ingen missanke om' is still a negation")

C("d58-normalt-rutinul", "1989-11-11",
  [N("n1", "ul_sas", "Ultraljudsutlåtande", "Ida Sandberg", BM, "2024-09-23T09:20:00",
     [("Ultraljud", "Rutin-UL v 18+4: en levande foster, normal anatomi vid granskning, placenta framvägg högt, normal mängd fostervatten. BPD motsvarar tid.")])],
  must_not=[("NL102", "n1")], why="normal pregnancy findings only")

C("d58-ev-hedge-pa-symtom", "2000-07-25",
  [N("n1", "smvc_hbg", "Telefonkontakt", "Sofia Lund", BM, "2024-04-30T16:10:00",
     [("Telefonkontakt", "V 30, ev. lite sammandragningar i kväll, möjligen minskade fosterrörelser i eftermiddags men nu känns barnet bra. Råd om att räkna sparkar, ringer åter vid oro.")])],
  must_not=[("NL102", "n1")], why="hedges are on symptoms (sammandragningar, fosterrörelser), not diagnoses")

C("d58-missed-abortion-avskrivs", "1991-08-05",
  [N("n1", "kk_lund", "Återbesök", "Eva Magnusson", L, "2024-03-12T10:25:00",
     [("Bedömning", "Embryo med hjärtaktivitet, CRL 9 mm. Misstanken om missed abortion från förra veckan avskrivs.")])],
  must_not=[("NL102", "n1")], why="earlier suspicion explicitly 'avskrivs'")

C("d58-pmo-um-ev-klamydia", "2007-02-17",
  [N("n1", "pmo_um_ystad", "Besöksanteckning", "Klara Svensson", BM, "2024-10-08T15:30:00",
     [("Aktuellt", "17-åring med ny partner, sveda vid miktion och flytningar."),
      ("Bedömning", "Ev. klamydia, provtagning urin. Epi-behandling erbjuds vid positivt svar.")])],
  must_not=[("NL102", "n1")], why="PMO youth clinic note: hedged STI never shown from PMO")

C("d58-preeklampsi-forra-graviditeten", "1987-12-09",
  [N("n1", "smvc_hbg", "Inskrivningsanteckning", "Karin Åberg", L, "2024-01-30T09:00:00",
     [("Tidigare graviditeter", "2021 sectio v 34 pga svår preeklampsi. 2022 tidigt missfall."),
      ("Planering", "Trombyl 150 mg från v 12, hemblodtryck.")])],
  must_not=[("NL102", "n1")], why="past, settled obstetric diagnosis; no hedge")

C("d58-partner-ev-hepatit", "1992-05-21",
  [N("n1", "smvc_nal", "Besöksanteckning", "Linnea Strand", BM, "2024-07-09T11:10:00",
     [("Social anamnes", "Sambon har ev. hepatit B enligt egen uppgift, ska utredas på sin VC. Pat själv HBsAg-negativ vid inskrivning.")])],
  must_not=[("NL102", "n1")], why="hedged diagnosis belongs to the partner, the patient is negative")

C("d58-ogtt-normal-ej-gdm", "1985-10-28",
  [N("n1", "smvc_hbg", "Provsvar", "Sofia Lund", BM, "2024-02-01T14:50:00",
     [("Provsvar", "OGTT v 29: fastande 4,9 och 2h 7,1, alltså ej graviditetsdiabetes. Ordinarie MVC-kontroller.")])],
  must_not=[("NL102", "n1")], why="normal OGTT; 'ej graviditetsdiabetes' is negated")

C("d58-bristningsgrad-ua-postpartum", "1996-06-06",
  [N("n1", "forl_sas", "Förlossningsberättelse", "Julia Bengtsson", BM, "2024-12-21T07:05:00",
     [("Förlossning", "Spontan vaginal förlossning kl 05.48, flicka 3 420 g, Apgar 9-10-10. Blödning ca 350 ml. Bristning grad 1, sutureras, ingen sfinkterskada vid rektalpalpation.")],
     setting="slutenvård")],
  must_not=[("NL102", "n1")], why="uneventful delivery record, 'ca' only on blood loss; no hedged diagnosis")

# ------------------------------------------------------------------ NL101 must
C("d58-nipt-trisomi21-ej-informerad", "1984-03-08",
  [N("n1", "fostermed_mo", "Provsvar", "Magnus Ek", L, "2024-05-13T11:45:00",
     [("Provsvar", "NIPT: hög sannolikhet för trisomi 21, invasiv diagnostik rekommenderas."),
      ("Planering", "Pat ej informerad om att NIPT visar trisomi 21, läkaren ringer henne i eftermiddag och erbjuder besök i morgon.")])],
  must=[("NL101", "n1")], why="abnormal NIPT result (trisomy 21) visible while the patient has not been told")

C("d58-besked-missbildning-vid-ul-besok", "1990-09-14",
  [N("n1", "fostermed_ostra", "Remissbedömning", "Karl Wennberg", L, "2024-06-19T08:30:00",
     [("Remissbedömning", "Remitterande UL från SÄS v 18 visar anencefali hos fostret."),
      ("Planering", "Besök i morgon kl 10. Besked om fostrets missbildning ges vid ultraljudsbesöket; patienten ännu inte underrättad.")])],
  must=[("NL101", "n1")], why="foetal malformation in the mother's visible note, she is to be told only at the visit")

C("d58-pad-cervixcancer-ej-meddelad", "1977-01-19",
  [N("n1", "gyn_hlm", "Provsvar", "Annika Rydén", L, "2024-04-16T16:00:00",
     [("PAD", "Konbiopsi: invasiv skivepitelcancer, infiltrationsdjup 4 mm, ej radikalt."),
      ("Åtgärd", "Pat har ännu inte fått beskedet. Tid bokad hos mig 19/4 för muntligt besked, anmäls till gynonkologisk MDK.")])],
  must=[("NL101", "n1")], why="cervical cancer on PAD is in a visible note before the patient has been told")

C("d58-ovarialcancer-dt-ej-informerad", "1959-05-27",
  [N("n1", "kk_ostra", "Läkaranteckning", "Tove Berglund", L, "2024-09-24T14:30:00",
     [("Utredning", "DT thorax-buk: bilaterala ovarialtumörer, peritoneal karcinos och ascites, CA-125 1 480. Bilden är typisk för avancerad ovarialcancer."),
      ("Planering", "Pat är inte informerad om DT-svaret, kontaktsjuksköterska och jag tar samtalet i morgon. SVF-remiss skickad.")])],
  must=[("NL101", "n1")], why="advanced ovarian cancer documented visibly while the patient is not informed")

C("d58-gdm-beskedet-inte-givet", "1992-04-23",
  [N("n1", "smvc_hbg", "Provsvar", "Sofia Lund", BM, "2024-08-05T12:20:00",
     [("Provsvar", "OGTT: 2h-värde 11,2, graviditetsdiabetes."),
      ("Telefonkontakt", "Sökt pat två gånger utan svar. Hon är alltså inte underrättad om diagnosen än, nytt försök i morgon.")])],
  must=[("NL101", "n1")], why="gestational diabetes established but the patient has not been reached/told")

C("d58-missed-abortion-mvc-ringer", "1995-07-31",
  [N("n1", "ul_sas", "Ultraljudsutlåtande", "Ida Sandberg", BM, "2024-03-19T09:40:00",
     [("Ultraljud", "Tidigt UL v 10+2 enl SM: embryo CRL 14 mm utan hjärtaktivitet, missed abortion."),
      ("Kommentar", "Pat kom ensam och utlåtandet skrevs efter hennes besök; hon är ej informerad om fyndet. Gynläkare ringer henne i dag.")])],
  must=[("NL101", "n1")], why="missed abortion written visibly while the patient is not informed")

C("d58-hiv-positiv-inskrivning-ej-informerad", "1994-10-16",
  [N("n1", "smvc_hbg", "Läkaranteckning", "Karin Åberg", L, "2024-02-15T15:35:00",
     [("Provsvar", "Inskrivningsprover: HIV-1 positiv, konfirmerad med western blot."),
      ("Planering", "Patienten är ej informerad. Besked ges tillsammans med infektionsläkare på fredag, tolk beställd.")])],
  must=[("NL101", "n1")], why="HIV infection visible in a Melior note before the patient is told")

C("d58-typo-ej-infomrerad-klamydia", "1998-12-27",
  [N("n1", "gyn_kungalv", "Provsvar", "Elin Grahn", L, "2024-11-06T10:05:00",
     [("Provsvar", "Klamydia positiv i vaginalprov, gonorré negativ."),
      ("Åtgärd", "Pat ej infomrerad ännu, ssk ringer och skriver recept på doxycyklin samt sköter smittspårning.")])],
  must=[("NL101", "n1")], why="typo 'infomrerad': confirmed chlamydia in visible text, patient not yet told")

C("d58-syfilis-serologi-ej-meddelat", "1989-02-11",
  [N("n1", "smvc_hbg", "Provsvar", "Sofia Lund", BM, "2024-06-03T09:15:00",
     [("Provsvar", "Syfilisserologi positiv, TPPA bekräftar latent syfilis."),
      ("Kommentar", "Inte meddelat pat ännu, överläkare kontaktar venereologen och sedan pat.")])],
  must=[("NL101", "n1")], why="confirmed syphilis in pregnancy visible, explicitly not yet told")

C("d58-misstankt-trisomi18-ej-informerad", "1986-07-18",
  [N("n1", "ul_ystad", "Ultraljudsutlåtande", "Per Hallberg", L, "2024-10-29T13:50:00",
     [("Ultraljud", "v 20+0: knutna händer, plexus choroideus-cystor, VSD och tillväxt -20 %."),
      ("Bedömning", "Misstänkt trisomi 18 hos fostret. Pat ej informerad om misstanken ännu, fostermedicin tar över och ger besked i morgon.")])],
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="hedged foetal chromosomal diagnosis visible (NL102, as the mother's O35 pregnancy diagnosis) and not yet told (NL101)")

C("d58-endometriecancer-besked-v16", "1955-09-02",
  [N("n1", "gyn_alingsas", "Provsvar", "Birgitta Falk", L, "2024-04-03T11:20:00",
     [("PAD", "Endometriebiopsi: endometrioid adenocarcinom grad 1."),
      ("Planering", "Får besked först vid läkarbesöket v 16 enligt önskemål om personligt besked, inget lämnas per telefon innan dess.")])],
  must=[("NL101", "n1")], why="endometrial cancer visible before the planned personal disclosure")

C("d58-anti-d-immunisering-ej-informerad", "1993-03-23",
  [N("n1", "smvc_nal", "Läkaranteckning", "Maria Lindqvist", L, "2024-01-24T13:05:00",
     [("Provsvar", "Blodgruppsserologi: anti-D påvisat, titer 1:32, rh-immunisering."),
      ("Planering", "Pat ovetande om svaret än så länge, jag ringer henne efter lunch och remitterar till fostermedicin för MCA-doppler.")])],
  must=[("NL101", "n1")], why="rhesus immunisation visible while the patient is still unaware ('ovetande')")

C("d58-tva-noter-forst-ej-informerad", "1988-05-09",
  [N("n1", "kk_lund", "Provsvar", "Eva Magnusson", L, "2024-07-22T15:10:00",
     [("PAD", "Vulvabiopsi: lichen sclerosus med VIN av differentierad typ."),
      ("Planering", "Ej nådd per telefon, pat ej informerad om PAD. Brev med telefontid skickat.")]),
   N("n2", "kk_lund", "Telefonkontakt", "Eva Magnusson", L, "2024-07-24T09:30:00",
     [("Telefonkontakt", "Informerat pat om PAD-svaret med differentierad VIN. Hon förstår, excision planeras, frågor besvarade.")])],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="first note holds the untold finding (NL101); the later note documents that she has been told")

# ------------------------------------------------------------------ NL101 must_not
C("d58-nipt-informerad-per-telefon", "1983-08-30",
  [N("n1", "fostermed_mo", "Telefonkontakt", "Magnus Ek", L, "2024-05-14T09:05:00",
     [("Telefonkontakt", "Ringt pat och gett besked om att NIPT visar trisomi 21. Pat ledsen men samlad, erbjuds fostervattenprov och samtal med kurator på torsdag.")])],
  must_not=[("NL101", "n1")], why="the patient was told the trisomy 21 result today")

C("d58-partner-ej-informerad-klamydia", "1997-04-01",
  [N("n1", "gyn_kungalv", "Telefonkontakt", "Elin Grahn", S, "2024-10-14T11:40:00",
     [("Telefonkontakt", "Pat informerad om positiv klamydia och behandling. Partnern är ännu inte informerad, pat vill själv berätta innan smittspårningen kontaktar honom.")])],
  must_not=[("NL101", "n1")], why="patient told; only the partner is not (partner as the one not told)")

C("d58-maken-vet-inte-om-hjartfelet", "1985-01-14",
  [N("n1", "fostermed_ostra", "Läkaranteckning", "Karl Wennberg", L, "2024-05-02T14:00:00",
     [("Bedömning", "Fosterekokardiografi visar hypoplastiskt vänsterkammarsyndrom. Utförligt besked givet till pat, kurator deltog."),
      ("Övrigt", "Pat har inte berättat för maken ännu och önskar att vi inte kontaktar honom.")])],
  must_not=[("NL101", "n1")], why="the pregnant patient knows the foetal diagnosis; only the husband is not told")

C("d58-datum-for-sectio-ej-meddelat", "1990-11-25",
  [N("n1", "smvc_nal", "Planering", "Cecilia Ahlström", L, "2024-12-10T10:10:00",
     [("Planering", "Elektivt kejsarsnitt v 39 på grund av sätesbjudning, datum ej meddelat pat ännu, operationsplaneringen ringer.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")], why="what is not told is a date; breech is no hedged diagnosis")

C("d58-normalt-cellprov-brev", "1978-02-13",
  [N("n1", "gyn_hlm", "Provsvar", "Lena Holm", S, "2024-09-17T08:20:00",
     [("Provsvar", "Cellprov: HPV negativt, inga cellförändringar. Pat ej informerad ännu, svarsbrev skickas i dag.")])],
  must_not=[("NL101", "n1")], why="the untold result is normal, no diagnosis")

C("d58-remiss-skickad-ej-underrattad", "1994-06-20",
  [N("n1", "ul_sas", "Administrativ anteckning", "Ida Sandberg", BM, "2024-07-30T13:00:00",
     [("Åtgärd", "Remiss till tillväxtkontroll på Östra skickad enligt överenskommelse. Pat ej underrättad om att remissen gått iväg, får kallelse hem.")])],
  must_not=[("NL101", "n1")], why="not told only that a referral was sent")

C("d58-th-mall-untold-skane", "1982-12-04",
  [N("n1", "kk_lund", "Tidiga hypoteser", "Eva Magnusson", L, "2024-11-01T12:00:00",
     [("Bedömning", "Misstänkt borderlinetumör i hö ovarium vid UL, pat ej informerad om misstanken innan MR är gjord.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")], why="untold hypothesis kept only in the Skåne Tidiga hypoteser template")

C("d58-vgr-th-sokord-untold", "1980-08-16",
  [N("n1", "kk_ostra", "Läkaranteckning", "Amir Haddad", L, "2024-06-24T10:45:00",
     [("Tidiga hypoteser", "Möjlig granulosacellstumör, östradiol högt; ej framfört till pat."),
      ("Planering", "Kompletterande hormonprover och ny VUL om fyra veckor, återbesök därefter.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")], why="VGR: untold hypothesis only under the protected sökord; visible parts hold no diagnosis")

C("d58-informerad-tidigare-om-myom", "1976-03-03",
  [N("n1", "gyn_alingsas", "Återbesök", "Birgitta Falk", L, "2024-08-27T09:00:00",
     [("Aktuellt", "Uterus myomatosus, informerades redan vid besöket i maj. Fortsatta blödningsbesvär trots tranexamsyra."),
      ("Planering", "Hysterektomi diskuteras, pat vill fundera till nästa besök.")])],
  must_not=[("NL101", "n1")], why="the patient was told earlier")

C("d58-preeklampsi-inget-om-information", "1991-10-01",
  [N("n1", "forl_sas", "Inskrivningsanteckning", "Johan Lind", L, "2024-03-25T17:20:00",
     [("Bedömning", "Preeklampsi v 35+1, BT 160/105, P/K-kvot förhöjd. Labetalol och magnesiumsulfat, förlossning inom 24 h.")],
     setting="slutenvård")],
  must_not=[("NL101", "n1")], why="diagnosis stands visibly but nothing is said about telling")

C("d58-mamma-ej-informerad-17-aring", "2006-11-08",
  [N("n1", "gynakut_ostra", "Akutanteckning", "Sara Nyberg", L, "2024-04-21T20:30:00",
     [("Bedömning", "Komplett spontanabort v 8, VUL tom kavum. Pat, 17 år, informerad och förstår. Hennes mamma vet inte om graviditeten och pat vill att det förblir så.")],
     setting="akut")],
  must_not=[("NL101", "n1")], why="17-year-old patient told; only her mother is not")

C("d58-vill-ej-veta-konet", "1992-01-29",
  [N("n1", "ul_ystad", "Ultraljudsutlåtande", "Per Hallberg", BM, "2024-06-07T14:25:00",
     [("Ultraljud", "v 19+0, normal anatomi. Pat vill ej veta fostrets kön, ej informerad om det; könet noterat i utlåtandet till MVC.")])],
  must_not=[("NL101", "n1")], why="what is withheld (foetal sex) is no diagnosis")

C("d58-tiden-flyttad-ej-informerad", "1989-07-12",
  [N("n1", "smvc_hbg", "Administrativ anteckning", "Sofia Lund", BM, "2024-10-24T08:10:00",
     [("Administration", "Tillväxtultraljudet flyttat en dag pga sjukdom hos personal. Pat ej informerad om ändringen, ny kallelse via 1177.")])],
  must_not=[("NL101", "n1")], why="untold item is a rescheduled appointment")

C("d58-ivf-graviditet-besked-givet-partner-senare", "1987-09-06",
  [N("n1", "kk_ostra", "Telefonkontakt", "Tove Berglund", L, "2024-02-26T13:35:00",
     [("Telefonkontakt", "Pat meddelad att hCG sjunker och att graviditeten bedöms ha gått förlorad, tidigt missfall. Partnern informeras av pat själv i kväll.")])],
  must_not=[("NL101", "n1")], why="miscarriage told to the patient; the partner will hear later from her")

C("d58-barnlakare-informerar-foraldrar", "1993-12-15",
  [N("n1", "bb_sks", "Läkaranteckning", "Fredrik Olausson", L, "2024-05-26T11:00:00",
     [("Bedömning", "Postpartum dag 1 efter normal förlossning, mamman mår bra, lochia normala. Livmodern väl kontraherad i navelhöjd."),
      ("Planering", "Pat ej informerad om hemgångsdatum än, väntar på barnläkarens kontroll av hörselscreening.")], setting="slutenvård")],
  must_not=[("NL101", "n1"), ("NL102", "n1")], why="untold item is a discharge date; mother's findings normal")

# ------------------------------------------------------------------ extra mixed
C("d58-pmo-mvc-ej-informerad-misst-tvillingar", "1996-04-18",
  [N("n1", "pmo_mvc_tbg", "Barnmorskebesök", "Emma Rosén", BM, "2024-03-15T14:20:00",
     [("Bedömning", "SF-mått 4 cm över kurvan v 24, misstänkt polyhydramnios. Remiss till UL Trelleborg.")])],
  must_not=[("NL102", "n1")], why="PMO mödrahälsovård: hedged polyhydramnios is never shown")

C("d58-bild-som-vid-intrauterin-fosterdod-ej-informerad-partner", "1990-02-28",
  [N("n1", "forl_lund", "Läkaranteckning", "Nora Eklund", L, "2024-09-08T08:15:00",
     [("Bedömning", "Intrauterin fosterdöd v 37+2 konstaterad på UL, ingen hjärtaktivitet. Pat informerad av mig i närvaro av barnmorska."),
      ("Planering", "Igångsättning med mifepriston. Pappan är på resa och ännu ej informerad, pat ringer honom själv.")], setting="slutenvård")],
  must_not=[("NL101", "n1"), ("NL102", "n1")], why="IUFD confirmed and told to the patient; only the father is not yet informed")

def build():
    out = []
    for i, (name, rs, birth, notes, must, must_not, why) in enumerate(CASES):
        serial = 200 + (i * 7) % 700
        if serial % 2:  # gender digit (last of the three) even: women
            serial += 1
        pid = pnr(birth, serial)
        rec = {"patient": {"id": pid, "birth_date": birth, "protected_identity": False},
               "as_of": "2024-12-31T00:00:00", "notes": notes,
               "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": name, "ruleset": rs, "record": rec,
                    "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why})
    return out

def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if n in names: errs.append("dup case " + n)
        names.add(n)
        if not n.startswith("d58-"): errs.append("prefix " + n)
        r = c["record"]; p = r["patient"]
        if not luhn_ok(p["id"]): errs.append("luhn " + n)
        if int(p["id"][-2]) % 2: errs.append("gender " + n)
        if p["id"][:8] != p["birth_date"].replace("-", ""): errs.append("birth " + n)
        b = datetime.date.fromisoformat(p["birth_date"])
        ids = {x["id"] for x in r["notes"]}
        for x in r["notes"]:
            for k in ("time", "signed"):
                if x[k] is not None and not x[k].startswith("2024-"): errs.append("date " + n)
            t = datetime.date.fromisoformat(x["time"][:10])
            age = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
            if 13 <= age <= 15: errs.append("age " + n)
            if c["ruleset"] == "vgr" and x["system"] != "Melior": errs.append("vgr non-Melior " + n)
            for s in x["sections"]:
                for sent in re.split(r"(?<=[.!?;])\s+|\n", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, x["id"]) : errs.append("dup sentence %r in %s and %s" % (sent, n, seen[sent]))
                        elif sent in seen: errs.append("dup sentence within " + n)
                        seen[sent] = (n, x["id"])
        byid = {x["id"]: x for x in r["notes"]}
        for code, tgt in c["must"] + c["must_not"]:
            if tgt not in ids: errs.append("target " + n); continue
            if code == "NL102" and byid[tgt]["system"] != "Melior" and [code, tgt] in c["must"]: errs.append("NL102 on non-Melior " + n)
            if code == "NL101" and byid[tgt]["system"] == "PMO": errs.append("NL101 on PMO " + n)
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])): errs.append("conflict " + n)
        if not c["why"]: errs.append("why " + n)
    return errs

if __name__ == "__main__":
    cases = build()
    errs = validate(cases)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev58_cases.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter()
    for c in cases:
        for code, _ in c["must"]: cnt[(code, "must")] += 1
        for code, _ in c["must_not"]: cnt[(code, "must_not")] += 1
    print(len(cases), "cases", dict(sorted(cnt.items())),
          Counter(c["ruleset"] for c in cases))
