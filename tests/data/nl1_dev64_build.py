#!/usr/bin/env python3
"""dev64: internal medicine ward notes (rond, problem lists, copy-forward, epikris,
transfer notes, what the patient has been told). Standard library only, deterministic.
Writes cases.jsonl next to this file; exits 1 on any validation problem."""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {
    # Region Skåne, Melior (hospital wards)
    "S_MAL3": ("Medicinavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-3311"),
    "S_LUNDINF": ("Infektionsavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-5127"),
    "S_HBG": ("Medicinavdelning 12, Helsingborgs lasarett", "SE2321000255-6620"),
    "S_KRI": ("Internmedicinsk avdelning 7, Centralsjukhuset Kristianstad", "SE2321000255-7104"),
    "S_YST": ("Medicinavdelning 2, Lasarettet i Ystad", "SE2321000255-2290"),
    "S_TRE": ("Akutvårdsavdelningen, Lasarettet Trelleborg", "SE2321000255-8812"),
    "S_LAN": ("Medicinavdelningen, Lasarettet Landskrona", "SE2321000255-4456"),
    "S_HASS": ("Geriatriska avdelningen, Hässleholms sjukhus", "SE2321000255-9031"),
    "S_HJLUND": ("Hjärtavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-1178"),
    "S_GASTRO": ("Gastroenterologiska avdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-3345"),
    "S_HEM": ("Hematologiska vårdavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-2207"),
    "S_ANG": ("Medicinavdelning 4, Ängelholms sjukhus", "SE2321000255-5590"),
    "S_ENDO": ("Endokrinologiska avdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-6034"),
    "S_LUNG": ("Lungmedicinska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4821"),
    "S_NJUR": ("Njurmedicinska avdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-7713"),
    "S_AKUT": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-1049"),
    "S_MEDMOTT": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7150"),
    # Region Skåne, PMO (primary care)
    "S_VCSORG": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P0418"),
    "S_VCHORBY": ("Vårdcentralen Hörby, hemsjukvård", "SE2321000255-P0733"),
    "S_VCTOM": ("Vårdcentralen Tomelilla", "SE2321000255-P0561"),
    # VGR, Melior
    "V_OST31": ("Medicinavdelning 31, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011"),
    "V_GASTRO": ("Gastroavdelning 134, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000024"),
    "V_MOLGER": ("Geriatrisk vårdavdelning, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000037"),
    "V_NU": ("Medicinavdelning 22, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000048"),
    "V_NAL": ("Medicinavdelning 5, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000052"),
    "V_SKAS": ("Internmedicin avd 9, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000066"),
    "V_LID": ("Medicinavdelningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000071"),
    "V_SAS": ("Medicinavdelning 4, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000085"),
    "V_ALI": ("Medicinavdelningen, Alingsås lasarett", "SE2321000131-E000000093"),
    "V_KUN": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E000000106"),
    "V_HEM": ("Hematologiavdelning 52, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000119"),
    "V_LUNG": ("Lungmedicinsk avdelning 130, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000127"),
    "V_INF": ("Infektionsavdelning 4, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000134"),
    "V_KARD": ("Kardiologavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000142"),
    "V_NJUR": ("Njurmedicinsk avdelning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000158"),
    "V_MEDMOTT": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000163"),
}

PMO_UNITS = {"S_VCSORG", "S_VCHORBY", "S_VCTOM"}

CASES = []


def _t(s):
    """'2024-03-12 09:40' -> '2024-03-12T09:40:00'"""
    return s.replace(" ", "T") + ":00"


def N(nid, unit, template, author, time, sections, signed="auto", setting=None):
    system = "PMO" if unit in PMO_UNITS else "Melior"
    if setting is None:
        setting = "öppenvård" if unit in PMO_UNITS else "slutenvård"
    t = _t(time)
    if signed == "auto":
        d = _dt.datetime.fromisoformat(t) + _dt.timedelta(minutes=35)
        sg = d.isoformat()
    elif signed is None:
        sg = None
    else:
        sg = _t(signed)
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t, "signed": sg, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def _luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def C(name, ruleset, pat, notes, must=(), must_not=(), why=""):
    bd, serial = pat
    pnr = bd + "-" + serial + _luhn(bd[2:] + serial)
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last.date() + _dt.timedelta(days=1)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": "%s-%s-%s" % (bd[:4], bd[4:6], bd[6:]),
                        "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


DR = "läkare"
SSK = "sjuksköterska"

# ----------------------------------------------------------------------------
# CASES
# ----------------------------------------------------------------------------

# ---- NL102 positives: hedged diagnoses in visible ward notes ----

C("d64-s-rond-problemlista-misstankt-pneumoni", "skane", ("19410522", "148"),
  [N("n1", "S_MAL3", "Rondanteckning", ("Johan Bergqvist", DR), "2024-01-15 09:40", [
      ("Aktuellt", "Feber 38,6 i natt, hosta med gulaktiga upphostningar. Sat 91% på 2 l O2 via grimma."),
      ("Bedömning", "#1 Misstänkt pneumoni hö basalt, rtg pulm beställd. CRP 148.\n"
                    "#2 Förmaksflimmer, frekvenskontrollerat på metoprolol.\n"
                    "#3 Diabetes typ 2 – P-glukos 9–14, fortsätter insulin enl. schema."),
      ("Planering", "Inj bensyl-pc 3 g x 3 efter blododlingar x 2. Ny CRP imorgon."),
  ])],
  must=[("NL102", "n1")],
  why="numbered problem list on a ward round: '#1 Misstänkt pneumoni' is a hedged diagnosis in a visible Melior note")

C("d64-v-rond-hyponatremi-trol-siadh", "vgr", ("19380904", "226"),
  [N("n1", "V_NU", "Rondanteckning", ("Emma Karlsson", DR), "2024-02-07 10:15", [
      ("Aktuellt", "Dag 3. Pat något piggare, mindre förvirrad enl. ssk. Vätskerestriktionen 1 l/dygn följs dåligt."),
      ("Bedömning", "Problem: Hyponatremi, trol. SIADH – S-Na 124 → 127. U-osmolalitet 480, U-Na 62. Kliniskt euvolem."),
      ("Åtgärd", "Fortsatt vätskerestriktion, Na-kontroll morgon och kväll. DT thorax bokas som del av utredningen."),
  ])],
  must=[("NL102", "n1")],
  why="'Problem: ..., trol. SIADH' – abbreviated hedge on the cause-diagnosis in a visible VGR Bedömning")

C("d64-s-inskrivning-dd-lungemboli-pneumoni", "skane", ("19451102", "304"),
  [N("n1", "S_HBG", "Inskrivningsanteckning", ("Leila Haddad", DR), "2024-03-03 16:20", [
      ("Anamnes", "78-årig kvinna, tidigare frisk så när som på hypertoni. Inkommer med två dagars andfåddhet och "
                  "högersidig andningskorrelerad bröstsmärta. Flög hem från Thailand för fem dagar sedan."),
      ("Status", "AT: Opåverkad i vila, takypné 24/min. Cor: RR, inga blåsljud, fq 108. "
                 "Pulm: Normala andningsljud bilat. Ben: ingen svullnad, inga ömma vader."),
      ("Bedömning", "Takykardi, hypoxi och pleuritsmärta efter långflygning. DD lungemboli, pneumoni. D-dimer 2,8."),
      ("Planering", "DT lungartärer idag. Fragmin i behandlingsdos i väntan på svar."),
  ])],
  must=[("NL102", "n1")],
  why="'DD lungemboli, pneumoni' in an admission note's Bedömning is a differential diagnosis in visible text")

C("d64-v-copyforward-fragetecken-endokardit-kvarstar", "vgr", ("19560213", "417"),
  [N("n1", "V_SAS", "Rondanteckning", ("Björn Johansson", DR), "2024-04-08 09:30", [
      ("Bedömning", "#1 ?Endokardit – S. aureus i 2/2 blododlingar. TTE utan säkra vegetationer, TEE begärd.\n"
                    "#2 Njursvikt i HD-program, dialys via tunnelerad CVK."),
      ("Planering", "Kloxacillin 2 g x 6 iv. Infektionskonsult idag."),
  ]),
   N("n2", "V_SAS", "Rondanteckning", ("Björn Johansson", DR), "2024-04-10 09:50", [
      ("Bedömning", "#1 ?Endokardit – fortf. S. aureus-bakteriemi, TEE bokad torsdag. Kloxacillin dag 3.\n"
                    "#2 Njursvikt i HD-program, dialys idag enl. schema."),
      ("Planering", "Nya blododlingar idag. Infektion följer pat."),
  ])],
  must=[("NL102", "n1"), ("NL102", "n2")],
  why="copy-forward: '?Endokardit' stays in the problem list from day 1 to day 3, both visible notes carry the hedge")

C("d64-s-jour-fragestallning-lungemboli", "skane", ("19520619", "083"),
  [N("n1", "S_LAN", "Jouranteckning", ("Erik Malmberg", DR), "2024-03-21 02:40", [
      ("Aktuellt", "Tillkallad av ssk kl 02.15 pga akut påkommen dyspné. Pat med känd pankreascancer, inneliggande för smärtlindring."),
      ("Status", "Sat 86% utan O2, 94% på 4 l. Puls 118, BT 105/70. Pulm: ua auskultatoriskt."),
      ("Åtgärd", "Remiss DT thorax akut, frågeställning lungemboli. Innohep 14 000 IE sc ges i väntan på svar."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="'frågeställning lungemboli' in a visible on-call note exposes the diagnostic hypothesis")

C("d64-v-kard-myokardit-kan-ej-uteslutas", "vgr", ("19991128", "151"),
  [N("n1", "V_KARD", "Rondanteckning", ("Reza Mohammadi", DR), "2024-02-19 11:05", [
      ("Aktuellt", "24-årig man inlagd med bröstsmärta efter genomgången övre luftvägsinfektion. Smärtfri sedan igår kväll."),
      ("Bedömning", "Troponin T 312 → 288 → 240. EKG med diskreta ST-höjningar i flera avledningar. "
                    "Myokardit kan ej uteslutas, MR hjärta beställd."),
      ("Planering", "Telemetri ytterligare ett dygn. Undvika fysisk ansträngning tills MR besvarats."),
  ])],
  must=[("NL102", "n1")],
  why="'Myokardit kan ej uteslutas' is a hedged diagnosis in a visible cardiology ward note")

C("d64-s-hjart-ekg-forenligt-med-perikardit", "skane", ("19870711", "229"),
  [N("n1", "S_HJLUND", "Daganteckning läkare", ("Amira Kovač", DR), "2024-05-14 13:30", [
      ("Bedömning", "Lägesberoende bröstsmärta som lindras framåtlutad. EKG med utbredda konkava ST-höjningar och PR-sänkning, "
                    "förenligt med perikardit. Eko: liten perikardvätska 5 mm utan tamponadfysiologi."),
      ("Åtgärd", "Ibuprofen 600 mg x 3 och kolkicin 0,5 mg x 2. Nytt eko om en vecka."),
  ])],
  must=[("NL102", "n1")],
  why="'förenligt med perikardit' is a hedge on a diagnosis in a visible Skåne Melior day note")

C("d64-v-alingsas-dt-bild-som-vid-divertikulit", "vgr", ("19640105", "372"),
  [N("n1", "V_ALI", "Rondanteckning", ("Frida Hedlund", DR), "2024-06-03 10:40", [
      ("Aktuellt", "Vänstersidig buksmärta sedan tre dagar, feber 38,2 igår kväll."),
      ("Utredning", "DT buk: väggförtjockning av sigmoideum med omgivande fettvävsreaktion, bild som vid divertikulit. Ingen fri gas."),
      ("Planering", "Flytande kost. Avvaktar med antibiotika enligt lokal riktlinje, CRP-kontroll imorgon."),
  ])],
  must=[("NL102", "n1")],
  why="'bild som vid divertikulit' restated in the ward note's Utredning sökord is a hedged diagnosis")

C("d64-s-kristianstad-inger-misstanke-om-lymfom", "skane", ("19590830", "266"),
  [N("n1", "S_KRI", "Rondanteckning", ("Per-Olof Jönsson", DR), "2024-09-10 09:15", [
      ("Bedömning", "Viktnedgång 8 kg på tre månader, nattsvettningar. DT hals-thorax-buk visar förstorade lymfkörtlar "
                    "mediastinalt och retroperitonealt, vilket inger misstanke om lymfom. LD 640."),
      ("Planering", "Remiss till hematologen för ställningstagande till körtelbiopsi."),
  ])],
  must=[("NL102", "n1")],
  why="'inger misstanke om lymfom' in a visible round note")

C("d64-v-gastro-typo-missankt-gi-blodning", "vgr", ("19470416", "390"),
  [N("n1", "V_GASTRO", "Rondanteckning", ("Anna Sjöberg", DR), "2024-01-26 08:55", [
      ("Aktuellt", "Melena x 2 under natten. Hb 118 → 96."),
      ("Bedömning", "Missänkt övre GI-blödning, står på Eliquis och har tagit Naproxen för ryggvärk. Cirkulatoriskt stabil."),
      ("Åtgärd", "Eliquis pausas. Nexium 40 mg x 2 iv. Gastroskopi under dagen."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="typo 'Missänkt' for misstänkt; still a hedged diagnosis in a visible note")

C("d64-s-ystad-typo-sannolkit-hjartsvikt", "skane", ("19380127", "445"),
  [N("n1", "S_YST", "Inskrivningsanteckning", ("Hanna Persson", DR), "2024-02-02 19:10", [
      ("Anamnes", "Tilltagande ödem i benen och ortopné senaste veckorna, sover med tre kuddar."),
      ("Status", "Halsvenstas. Pittingödem upp till knäna bilat. Pulm: krepitationer basalt bilat."),
      ("Bedömning", "Sannolkit hjärtsvikt, NT-proBNP 4200. Eko saknas."),
      ("Planering", "Furosemid 40 mg iv x 2. Dagliga vikter. Eko under vårdtiden."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Sannolkit' for sannolikt in front of hjärtsvikt in a visible admission note")

C("d64-v-skovde-oklart-om-kol-eller-hjartsvikt", "vgr", ("19420308", "113"),
  [N("n1", "V_SKAS", "Rondanteckning", ("Magnus Berg", DR), "2024-11-12 10:20", [
      ("Bedömning", "Oklart om det rör sig om KOL-exacerbation eller hjärtsvikt, möjligen inslag av båda. "
                    "Spirometri från 2021 med FEV1 52% av förväntat."),
      ("Planering", "Prova diuretika parallellt med inhalationer och prednisolon 30 mg. Eko beställt."),
  ])],
  must=[("NL102", "n1")],
  why="'Oklart om det rör sig om X eller Y' leaves two diagnoses open in a visible VGR note")

C("d64-s-trelleborg-talar-for-pyelonefrit", "skane", ("19910422", "186"),
  [N("n1", "S_TRE", "Daganteckning läkare", ("Niklas Åkesson", DR), "2024-04-17 14:45", [
      ("Aktuellt", "Frossa och feber 39,1, ömhet över vä njurloge. U-sticka: nitrit pos, leukocyter 3+."),
      ("Bedömning", "Kliniken och lab talar för pyelonefrit. CRP 212, krea 134 (baslinje 78)."),
      ("Åtgärd", "Cefotaxim 1 g x 3 iv efter blod- och urinodling. Uppvätskning med Ringer-Acetat."),
  ])],
  must=[("NL102", "n1")],
  why="'talar för pyelonefrit' is a hedged (probable) diagnosis in a visible note")

C("d64-v-kungalv-epikris-ev-paroxysmalt-flimmer", "vgr", ("19521230", "075"),
  [N("n1", "V_KUN", "Epikris", ("Ali Yilmaz", DR), "2024-05-09 15:00", [
      ("Epikris", "Vårdtid 2024-05-06 – 2024-05-09. 71-årig man som inkom med yrsel och hjärtklappning. "
                  "Telemetrin visade korta episoder av oregelbunden takykardi, ev. paroxysmalt förmaksflimmer. "
                  "Ingen synkope under vårdtiden."),
      ("Diagnos", "R00.2 Hjärtklappning"),
      ("Planering", "Holter 72 h via klinisk fysiologi. Återbesök medicinmottagningen om sex veckor. "
                    "Antikoagulantia ej insatt i avvaktan på verifierat flimmer."),
  ])],
  must=[("NL102", "n1")],
  why="discharge summary keeps 'ev. paroxysmalt förmaksflimmer' although the registered code is only a symptom")

C("d64-s-angelholm-overflyttning-trolig-urosepsis", "skane", ("19440615", "352"),
  [N("n1", "S_ANG", "Överflyttningsanteckning", ("Gustav Lind", DR), "2024-08-22 15:10", [
      ("Aktuellt", "Pat överflyttas till IVA pga sjunkande blodtryck trots 3 l Ringer. MAP 58, laktat 5,2."),
      ("Bedömning", "Trolig urosepsis med septisk chock hos känd KAD-bärare. Odlingar tagna före Pip/Tazo som gavs kl 14.30."),
      ("Planering", "IVA tar över ansvaret. Dottern underrättad per telefon om överflyttningen."),
  ])],
  must=[("NL102", "n1")],
  why="transfer note to IVA: 'Trolig urosepsis' is a hedged diagnosis in visible text")

C("d64-v-molndal-kan-rora-sig-om-pmr", "vgr", ("19430918", "238"),
  [N("n1", "V_MOLGER", "Rondanteckning", ("Helena Fors", DR), "2024-10-02 11:00", [
      ("Bedömning", "Morgonstelhet och värk i skuldror och höfter sedan en månad, SR 74. "
                    "Kan röra sig om polymyalgia reumatika. Inga temporalissymtom."),
      ("Planering", "Prednisolon 15 mg provas, utvärdering om tre dagar."),
  ])],
  must=[("NL102", "n1")],
  why="'Kan röra sig om polymyalgia reumatika' in a visible geriatric round note")

C("d64-s-hassleholm-ssk-dr-misstanker-uvi", "skane", ("19330411", "260"),
  [N("n1", "S_HASS", "Omvårdnadsanteckning", ("Camilla Ström", SSK), "2024-12-03 21:40", [
      ("Aktuellt", "Pat oroligare i kväll, plockar med täcket och vet inte var hon är. Temp 37,9."),
      ("Åtgärd", "Kontaktat jourhavande dr som misstänker UVI, urinodling tagen. Extra tillsyn under natten."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="unsigned nurse note: 'dr som misstänker UVI' reports a hedged diagnosis in visible text")

C("d64-v-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", ("19500723", "198"),
  [N("n1", "V_NAL", "Tidiga hypoteser", ("Jonas Ekström", DR), "2024-03-13 13:20", [
      ("Bedömning", "Misstänkt multipelt myelom – M-komponent 28 g/l, anemi och kotkompression Th8. Benmärgsprov planeras."),
  ])],
  must=[("NL102", "n1")],
  why="VGR protects by sökord, not template: a 'Tidiga hypoteser' template with sökord Bedömning is visible")

C("d64-s-sokord-tidiga-hypoteser-i-rondmall", "skane", ("19570202", "314"),
  [N("n1", "S_GASTRO", "Rondanteckning", ("Sofia Nordström", DR), "2024-06-18 10:05", [
      ("Aktuellt", "Äter bättre, smärtan i epigastriet har avtagit på Oxynorm."),
      ("Tidiga hypoteser", "Pankreascancer kan ej uteslutas, CA 19-9 förhöjt, väntar EUS."),
      ("Planering", "EUS torsdag. Fortsatt smärtlindring enl. ordination."),
  ])],
  must=[("NL102", "n1")],
  why="Skåne protects by template: a sökord called Tidiga hypoteser inside an ordinary Rondanteckning is still visible")

C("d64-v-hem-th-sokord-men-bedomning-upprepar", "vgr", ("19490516", "059"),
  [N("n1", "V_HEM", "Rondanteckning", ("Linnea Strand", DR), "2024-09-12 09:35", [
      ("Tidiga hypoteser", "Susp. myelodysplastiskt syndrom, benmärg tagen 12/9."),
      ("Bedömning", "Pancytopeni av oklar genes. Trol. MDS, inväntar benmärgssvar."),
      ("Planering", "Erytrocyttransfusion 1 E vid Hb < 80."),
  ])],
  must=[("NL102", "n1")],
  why="the hypothesis is put under the protected sökord but repeated ('Trol. MDS') in the visible Bedömning")

C("d64-s-lang-inskrivning-fragetecken-aortastenos", "skane", ("19400214", "207"),
  [N("n1", "S_ANG", "Inskrivningsanteckning", ("Elin Friberg", DR), "2024-10-27 18:25", [
      ("Anamnes", "84-årig man, änkling, bor i villa i Munka-Ljungby med hemtjänst 1 g/v för städning. "
                  "Tidigare: hypertoni, hyperlipidemi, prostatahyperplasi. Opererad för ljumskbråck 1998. "
                  "Läkemedel: amlodipin 5 mg, atorvastatin 20 mg, finasterid 5 mg. Inga kända allergier. "
                  "Söker efter att ha svimmat när han bar upp ved från källaren. Vaknade efter några sekunder, "
                  "ingen kramp, inget tungbett, ingen urinavgång. Har senaste halvåret fått allt svårare att gå "
                  "uppför backar, tvingas stanna och hämta andan, ibland tryck i bröstet som går över i vila."),
      ("Status", "AT: Gott, orienterad x 3. Cor: RR, systoliskt blåsljud 3/6 med max i 2:a intercostalrummet hö, "
                 "utstrålning mot halsen, ? aortastenos. Pulm: ua. Buk: mjuk, oöm. Ben: inga ödem. "
                 "Neuro: ua, inga fokala bortfall. BT 142/88 liggande, 130/84 stående. Puls 72 regelbunden."),
      ("Utredning", "EKG: sinusrytm 72, vänsterkammarhypertrofi enl. Sokolow, sekundära ST-T-förändringar. "
                    "Lab: Hb 131, krea 102, Troponin T 18, NT-proBNP 960."),
      ("Bedömning", "Ansträngningsutlöst synkope hos äldre man med kraftigt blåsljud och hypertrofi-EKG."),
      ("Planering", "Telemetri. Eko imorgon förmiddag. Mobiliseras med försiktighet, ej trappor tills eko är gjort."),
  ])],
  must=[("NL102", "n1")],
  why="long admission chart: the only hedge is '? aortastenos' tucked into the telegraphic Status line")

C("d64-v-boras-sannolik-lakemedelsutlost-leverskada", "vgr", ("19680419", "283"),
  [N("n1", "V_SAS", "Rondanteckning", ("Malin Axelsson", DR), "2024-07-04 10:30", [
      ("Bedömning", "ALAT 8,4, ASAT 5,1, bilirubin normalt. Påbörjade amoxicillin-klavulansyra för tio dagar sedan. "
                    "Sannolik läkemedelsutlöst leverskada, hepatitserologi negativ."),
      ("Åtgärd", "Antibiotika utsatt och läggs upp som varning i läkemedelsmodulen. Leverprover om tre dagar."),
  ])],
  must=[("NL102", "n1")],
  why="'Sannolik läkemedelsutlöst leverskada' is a probable diagnosis in visible text")

C("d64-s-helsingborg-mojlig-tia", "skane", ("19480229", "131"),
  [N("n1", "S_HBG", "Rondanteckning", ("Karolina Ek", DR), "2024-01-09 09:20", [
      ("Aktuellt", "Övergående talsvårighet ca 20 min igår em, helt återställd vid ankomst."),
      ("Bedömning", "Möjlig TIA. DT hjärna ua. Karotisdoppler beställd."),
      ("Planering", "ASA 160 mg laddningsdos, därefter 75 mg dagligen samt atorvastatin 80 mg."),
  ])],
  must=[("NL102", "n1")],
  why="'Möjlig TIA' stands as the assessment in a visible ward note")

C("d64-v-lidkoping-susp-temporalisarterit", "vgr", ("19411203", "406"),
  [N("n1", "V_LID", "Inskrivningsanteckning", ("Patrik Holm", DR), "2024-02-27 17:45", [
      ("Anamnes", "82-årig kvinna med nytillkommen huvudvärk temporalt hö, tuggclaudicatio och flimmer framför hö öga igår."),
      ("Status", "Ömmande, förtjockad a. temporalis hö utan palpabel pulsation. Visus 0,8 bilat."),
      ("Bedömning", "Susp. temporalisartreit, SR 96, CRP 61."),
      ("Åtgärd", "Prednisolon 60 mg startas idag. Remiss ögonjouren samt temporalisbiopsi via kirurgen."),
  ])],
  must=[("NL102", "n1")],
  why="'Susp.' (suspekt) before a misspelt 'temporalisartreit' in a visible admission note")

C("d64-s-endo-ev-addisons-sjukdom", "skane", ("19790614", "242"),
  [N("n1", "S_ENDO", "Rondanteckning", ("Tobias Sandberg", DR), "2024-03-26 11:10", [
      ("Bedömning", "Trötthet, viktnedgång, hypotension 90/55 och hyponatremi 128 med K 5,6. Ev. Addisions sjukdom."),
      ("Åtgärd", "Kortisol och ACTH tagna kl 08. Synacthentest imorgon bitti."),
  ])],
  must=[("NL102", "n1")],
  why="'Ev.' directly in front of a disease name (eponym misspelt 'Addisions') is a hedged diagnosis")

C("d64-v-alingsas-jour-pneumoni-fragetecken-kort", "vgr", ("19730925", "329"),
  [N("n1", "V_ALI", "Jouranteckning", ("Viktor Dahl", DR), "2024-11-23 23:50", [
      ("Bedömning", "Feber 38,9 och hosta. Pneumoni? Rtg pulm beställd, odlingar tagna."),
  ])],
  must=[("NL102", "n1")],
  why="short on-call note: a trailing question mark after the diagnosis is a hedge")

C("d64-s-lung-differentialdiagnostiskt-sarkoidos", "skane", ("19830907", "375"),
  [N("n1", "S_LUNG", "Rondanteckning", ("Mikael Svensson", DR), "2024-04-23 10:00", [
      ("Utredning", "DT thorax: bilaterala hiläradenopatier och perilymfatiska noduli. S-ACE 98."),
      ("Bedömning", "Differentialdiagnostiskt övervägs sarkoidos och lymfom. Bronkoskopi med EBUS bokas."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="'Differentialdiagnostiskt övervägs sarkoidos och lymfom' names open diagnoses in visible text")

C("d64-v-kungalv-typo-trolgi-gikt", "vgr", ("19460831", "212"),
  [N("n1", "V_KUN", "Rondanteckning", ("Therese Lundgren", DR), "2024-08-13 09:10", [
      ("Aktuellt", "Akut svullen, röd och värmeökad MTP I hö sedan natten. Står på furosemid sedan i våras."),
      ("Bedömning", "Trolgi gikt, urat 520. Ingen feber."),
      ("Planering", "Kolkicin 0,5 mg x 3 i tre dygn. Ledpunktion om utebliven förbättring."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Trolgi' for trolig before gikt")

C("d64-s-gastro-kan-inte-utesluta-hemokromatos", "skane", ("19660120", "097"),
  [N("n1", "S_GASTRO", "Daganteckning läkare", ("Ahmad Rahimi", DR), "2024-05-28 14:00", [
      ("Bedömning", "Transferrinmättnad 78% och ferritin 1450. Kan inte utesluta hereditär hemokromatos, HFE-gentest skickat."),
      ("Planering", "Leverelastografi polikliniskt."),
  ])],
  must=[("NL102", "n1")],
  why="'Kan inte utesluta hereditär hemokromatos' keeps a diagnosis open in visible text")

C("d64-v-inf-tankbar-reaktiv-artrit", "vgr", ("19950212", "164"),
  [N("n1", "V_INF", "Rondanteckning", ("Nora Eriksson", DR), "2024-07-16 10:45", [
      ("Bedömning", "Oligoartrit i knä och fotled två veckor efter Campylobacter-enterit. Tänkbar reaktiv artrit; "
                    "ledvätskan utan kristaller, odling negativ."),
      ("Åtgärd", "NSAID. Fysioterapeut kopplas in för avlastning och rörelseträning."),
  ])],
  must=[("NL102", "n1")],
  why="'Tänkbar reaktiv artrit' – a hedge word not in the usual list, still an uncertain diagnosis")

C("d64-s-kristianstad-diagnos-sokord-misstankt-le", "skane", ("19610404", "288"),
  [N("n1", "S_KRI", "Läkaranteckning", ("Anders Kronqvist", DR), "2024-06-06 12:15", [
      ("Diagnos", "Misstänkt lungemboli (I26.9)"),
      ("Planering", "DT-angio kl 14. Eliquis 10 mg x 2 insatt, utvärderas efter svar."),
  ])],
  must=[("NL102", "n1")],
  why="the Diagnos sökord itself holds 'Misstänkt lungemboli' with an ICD code – visible in Melior")

C("d64-v-ostra-overflyttning-ev-lewy-body", "vgr", ("19400217", "341"),
  [N("n1", "V_OST31", "Överflyttningsanteckning", ("Lars Andersson", DR), "2024-03-29 14:30", [
      ("Bedömning", "Fluktuerande kognition, visuella hallucinationer och parkinsonism. Trolig demensutveckling, "
                    "ev. Lewy body-demens. Haloperidol ska undvikas."),
      ("Planering", "Överflyttas till geriatrisk avdelning Mölndal för fortsatt utredning och rehabilitering."),
  ])],
  must=[("NL102", "n1")],
  why="transfer note to geriatrics carries 'ev. Lewy body-demens' in visible Bedömning")

C("d64-s-ystad-epikris-anemi-trol-ockult-blodning", "skane", ("19500309", "163"),
  [N("n1", "S_YST", "Epikris", ("Ingrid Wallin", DR), "2024-02-15 13:40", [
      ("Epikris", "Inlagd 2024-02-12 – 2024-02-15 pga trötthet och dyspné. Hb 71 vid ankomst, MCV 68, ferritin 4. "
                  "Erhöll 2 E erytrocyter och Ferinject 1000 mg. Anemi, trol. järnbrist pga ockult blödning från "
                  "mag-tarmkanalen. Hb vid utskrivning 98."),
      ("Planering", "Gastroskopi och koloskopi polikliniskt, remiss skickad. Hb-kontroll på VC om två veckor."),
  ])],
  must=[("NL102", "n1")],
  why="discharge summary: the cause-diagnosis 'trol. ... ockult blödning' is still hedged at discharge")

C("d64-v-gastro-tyder-pa-autoimmun-hepatit", "vgr", ("19780611", "257"),
  [N("n1", "V_GASTRO", "Rondanteckning", ("David Larsson", DR), "2024-04-04 10:25", [
      ("Utredning", "IgG 24, ASMA pos 1:160, virusserologi negativ. Inga läkemedel som förklarar transaminasstegringen."),
      ("Bedömning", "Bilden tyder på autoimmun hepatit. Leverbiopsi bokad på tisdag."),
  ])],
  must=[("NL102", "n1")],
  why="'Bilden tyder på autoimmun hepatit' – probable diagnosis pending biopsy, visible")

C("d64-s-malmo-misstanke-om-celiaki", "skane", ("20050117", "224"),
  [N("n1", "S_MAL3", "Rondanteckning", ("Maria Lindahl", DR), "2024-10-08 10:50", [
      ("Bedömning", "Järnbrist, diarré och viktnedgång hos 19-årig kvinna. Misstanke om celiaki, transglutaminas-ak 118 U/ml."),
      ("Planering", "Gastroskopi med duodenalbiopsier. Fortsätt med gluten i kosten tills biopsi tagits."),
  ])],
  must=[("NL102", "n1")],
  why="'Misstanke om celiaki' (noun form of the hedge) for a 19-year-old who reads her own journal")

C("d64-v-nu-typo-differntialdiagnos-dissektion", "vgr", ("19581019", "128"),
  [N("n1", "V_NU", "Jouranteckning", ("Kristian Wiklund", DR), "2024-12-14 03:10", [
      ("Aktuellt", "Plötslig bröstsmärta som strålar mot ryggen, BT-diff 30 mmHg mellan armarna."),
      ("Bedömning", "Differntialdiagnos aortadissektion, DT-angio akut. Labetalol iv till systoliskt < 120."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Differntialdiagnos' before aortadissektion in a visible on-call note")

C("d64-s-hassleholm-trol-delirium-opioider", "skane", ("19310808", "190"),
  [N("n1", "S_HASS", "Rondanteckning", ("Oskar Nyberg", DR), "2024-11-19 10:35", [
      ("Aktuellt", "Ssk rapporterar nattlig oro och att pat slitit ut PVK två gånger."),
      ("Bedömning", "Trol. delirium sekundärt till Oxycontin som sattes in förra veckan. Ingen feber, u-sticka neg."),
      ("Åtgärd", "Oxycontin sätts ut, paracetamol 1 g x 4. Dygnsrytm och mobilisering enl. omvårdnadsplan."),
  ])],
  must=[("NL102", "n1")],
  why="'Trol. delirium' (abbreviated hedge) in a visible geriatric round note")

C("d64-v-skovde-fragestallning-hemolytisk-anemi", "vgr", ("19710326", "235"),
  [N("n1", "V_SKAS", "Daganteckning läkare", ("Cecilia Gustafsson", DR), "2024-09-24 13:15", [
      ("Utredning", "Haptoglobin < 0,1, LD 890, retikulocyter 6%, bilirubin 48."),
      ("Planering", "Frågeställning hemolytisk anemi – DAT skickad, hematolog konsulteras per telefon."),
  ])],
  must=[("NL102", "n1")],
  why="'Frågeställning hemolytisk anemi' in the visible Planering")

C("d64-s-copyforward-pankreatit-susp-till-bekraftad", "skane", ("19690503", "273"),
  [N("n1", "S_TRE", "Rondanteckning", ("Jessica Bengtsson", DR), "2024-07-01 09:25", [
      ("Bedömning", "#1 Susp. akut pankreatit – epigastrisk smärta med utstrålning mot ryggen, amylas inväntas.\n"
                    "#2 Alkoholöverkonsumtion, AUDIT 22."),
      ("Planering", "Fasta, dropp 3 l/dygn, Oxynorm v.b."),
  ]),
   N("n2", "S_TRE", "Rondanteckning", ("Jessica Bengtsson", DR), "2024-07-02 09:40", [
      ("Bedömning", "#1 Akut pankreatit, bekräftad: P-amylas 18 ggr övre referens och DT med peripankreatiskt ödem.\n"
                    "#2 Alkoholöverkonsumtion – Oxascand v.b. enl. CIWA-schema."),
      ("Planering", "Börjar med flytande kost i eftermiddag. UL gallvägar bokat."),
  ])],
  must=[("NL102", "n1")], must_not=[("NL102", "n2")],
  why="copy-forward across a stay: day 1 problem list hedges pankreatit, day 2 states it confirmed")

C("d64-v-copyforward-lungemboli-till-utesluten", "vgr", ("19550720", "182"),
  [N("n1", "V_NAL", "Rondanteckning", ("Jonas Ekström", DR), "2024-05-20 09:00", [
      ("Bedömning", "#1 Misstänkt lungemboli – takykardi och sat 89%, Wells 6. DT-angio idag.\n"
                    "#2 Hypertoni, välinställd."),
  ]),
   N("n2", "V_NAL", "Rondanteckning", ("Jonas Ekström", DR), "2024-05-21 09:15", [
      ("Bedömning", "#1 Lungemboli utesluten – DT-angio utan embolier, däremot infiltrat vä underlob: pneumoni.\n"
                    "#2 Hypertoni, oförändrad medicinering."),
      ("Åtgärd", "Eliquis sätts ut. Bensyl-pc 1 g x 3 iv."),
  ])],
  must=[("NL102", "n1")], must_not=[("NL102", "n2")],
  why="copy-forward: the hedged problem is ruled out the next day and replaced by a confirmed pneumonia")

# ---- NL102 negatives: negation, relatives, plans, symptoms, protection, PMO ----

C("d64-s-kristianstad-ingen-misstanke-om-malignitet", "skane", ("19470929", "185"),
  [N("n1", "S_KRI", "Rondanteckning", ("Per-Olof Jönsson", DR), "2024-02-13 10:00", [
      ("Bedömning", "Viktnedgången på 3 kg förklaras av dålig aptit under infektionen. DT buk utan patologi, ingen misstanke om malignitet."),
      ("Planering", "Näringsdryck två gånger dagligen, dietistkontakt."),
  ])],
  must_not=[("NL102", "n1")],
  why="'ingen misstanke om malignitet' is a negated diagnosis, no hedge remains")

C("d64-v-nal-lungemboli-uteslutes-kol", "vgr", ("19490110", "246"),
  [N("n1", "V_NAL", "Rondanteckning", ("Kristian Wiklund", DR), "2024-01-31 10:10", [
      ("Bedömning", "DT-angio utan embolier, lungemboli uteslutes. Andfåddheten orsakas av KOL-exacerbation med ökade slemmängder."),
      ("Åtgärd", "Prednisolon 30 mg x 1 i fem dagar, Combivent-inhalationer x 4."),
  ])],
  must_not=[("NL102", "n1")],
  why="'lungemboli uteslutes' – ruled out; the remaining diagnosis (KOL-exacerbation) is stated as fact")

C("d64-s-hjart-inga-tecken-pa-hjartsvikt", "skane", ("19540303", "099"),
  [N("n1", "S_HJLUND", "Daganteckning läkare", ("Amira Kovač", DR), "2024-03-07 14:20", [
      ("Utredning", "Eko: normalstor vänsterkammare med EF 60%, inga tecken på hjärtsvikt. NT-proBNP 180."),
      ("Bedömning", "Bensvullnaden beror på venös insufficiens; stödstrumpor klass 2 utprovas."),
  ])],
  must_not=[("NL102", "n1")],
  why="'inga tecken på hjärtsvikt' is a negation; the alternative explanation is stated without hedge")

C("d64-v-inf-talar-emot-endokardit", "vgr", ("19620824", "174"),
  [N("n1", "V_INF", "Rondanteckning", ("Nora Eriksson", DR), "2024-02-22 11:30", [
      ("Bedömning", "TEE utan vegetationer och blododlingarna tagna före antibiotika är negativa, vilket talar emot endokardit. "
                    "Febern förklaras av tromboflebit vid PVK i vä armveck."),
      ("Planering", "Varma omslag, PVK flyttad. Afebril sedan i morse."),
  ])],
  must_not=[("NL102", "n1")],
  why="'talar emot endokardit' argues a diagnosis away; hard negative next to 'talar för'")

C("d64-s-endo-mor-trol-ms-hereditet", "skane", ("20020114", "309"),
  [N("n1", "S_ENDO", "Inskrivningsanteckning", ("Tobias Sandberg", DR), "2024-01-18 20:05", [
      ("Anamnes", "22-årig man med tre veckors törst, polyuri och viktnedgång 6 kg. "
                  "Hereditet: modern hade trol. MS, diagnosen fastställdes aldrig. Bror med typ 1-diabetes."),
      ("Bedömning", "Nydebuterad typ 1-diabetes med lätt ketoacidos, pH 7,29, B-ketoner 3,1."),
      ("Planering", "Insulininfusion enl. DKA-PM, diabetessjuksköterska kontaktas imorgon."),
  ])],
  must_not=[("NL102", "n1")],
  why="the only hedge ('trol. MS') is about the patient's mother, the patient's own diagnosis is confirmed")

C("d64-v-lidkoping-trolig-utskrivning-imorgon", "vgr", ("19510705", "115"),
  [N("n1", "V_LID", "Rondanteckning", ("Patrik Holm", DR), "2024-06-25 09:45", [
      ("Bedömning", "Erysipelas hö underben, rodnaden har dragit sig tillbaka innanför markeringen. Afebril sedan två dygn."),
      ("Planering", "Byte till Heracillin 1 g x 3 po. Trolig utskrivning imorgon om fortsatt förbättring."),
  ], signed=None)],
  must_not=[("NL102", "n1")],
  why="'Trolig utskrivning imorgon' hedges a plan, not a diagnosis; the diagnosis is confirmed")

C("d64-s-trelleborg-ev-ny-gastroskopi", "skane", ("19580612", "227"),
  [N("n1", "S_TRE", "Utskrivningsanteckning", ("Niklas Åkesson", DR), "2024-04-05 11:40", [
      ("Bedömning", "Ulcus duodeni bekräftat vid gastroskopi 2/4, H. pylori positiv. Eradikeringsbehandling påbörjad."),
      ("Planering", "Ev. ny gastroskopi om kvarstående besvär efter åtta veckor. Utskrivs till hemmet idag."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Ev. ny gastroskopi' is a hedged plan; ulcus is confirmed")

C("d64-v-alingsas-om-frossa-sok-akut", "vgr", ("19860417", "341"),
  [N("n1", "V_ALI", "Utskrivningsanteckning", ("Frida Hedlund", DR), "2024-09-05 12:30", [
      ("Bedömning", "Njursten 4 mm i vä distala uretär, avgick spontant under natten enl. sil."),
      ("Åtgärd", "Om frossa, feber eller ny flanksmärta – sök akutmottagningen direkt. Diklofenak v.b. i en vecka."),
  ])],
  must_not=[("NL102", "n1")],
  why="conditional safety-net advice ('Om frossa ... sök') is no hedged diagnosis")

C("d64-s-mall-tidiga-hypoteser-myelom-ej-informerad", "skane", ("19480818", "256"),
  [N("n1", "S_HEM", "Tidiga hypoteser", ("Fatima Al-Sayed", DR), "2024-08-27 16:00", [
      ("Bedömning", "Misstänkt myelom: M-komponent IgG 34 g/l, hyperkalcemi och utbredda osteolyser på DT. "
                    "Pat ännu ej informerad om misstanken; besked ges när benmärgssvaret finns."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Skåne template Tidiga hypoteser hides the whole note: neither the hedge nor the untold diagnosis is visible")

C("d64-v-ostra-th-sokord-ovriga-sokord-rena", "vgr", ("19440131", "277"),
  [N("n1", "V_OST31", "Rondanteckning", ("Lars Andersson", DR), "2024-09-17 10:15", [
      ("Aktuellt", "Fortsatt trött, Hb 88. Ingen feber under vårdtiden."),
      ("Tidiga hypoteser", "Trol. KLL – lymfocytos 14, flödescytometri skickad."),
      ("Planering", "Nytt blodstatus fredag, hematologkonsult bokad."),
  ], signed=None),
   N("n2", "V_OST31", "Rondanteckning", ("Lars Andersson", DR), "2024-09-20 10:05", [
      ("Bedömning", "Flödescytometrin bekräftar KLL, Binet A. Pat informerad om diagnosen idag och om att ingen behandling behövs nu."),
      ("Planering", "Uppföljning hematologmottagningen om tre månader."),
  ])],
  must_not=[("NL102", "n1")],
  why="VGR: the hedge sits only under the protected sökord Tidiga hypoteser; the visible sökord hold none")

C("d64-s-pmo-hemsjukvard-misstankt-uvi", "skane", ("19290615", "129"),
  [N("n1", "S_VCHORBY", "Hembesök", ("Lena Hallberg", SSK), "2024-04-12 10:30", [
      ("Aktuellt", "Hembesök efter utskrivning från medicinavd i tisdags. Ny förvirring sedan igår enl. hemtjänsten, luktande urin."),
      ("Åtgärd", "U-sticka: leukocyter 2+, nitrit pos. Misstänkt UVI, ansvarig läkare kontaktad per telefon och urinodling skickad."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO hemsjukvård note: diagnoses are never shown from PMO, so the hedge is not visible")

C("d64-s-pmo-vc-uppfoljning-trolig-hjartsvikt", "skane", ("19460227", "360"),
  [N("n1", "S_VCSORG", "Besöksanteckning", ("Karolina Ek", DR), "2024-05-16 09:30", [
      ("Aktuellt", "Uppföljning efter vårdtid på medicinavdelningen i april. Andfåddheten bättre, vikten stabil 82 kg."),
      ("Bedömning", "Trolig hjärtsvikt med bevarad ejektionsfraktion, eko visade diastolisk dysfunktion. Utreds vidare."),
      ("Planering", "Fortsatt furosemid 40 mg. Återbesök distriktssköterska om två veckor."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO vårdcentral follow-up after a ward stay: hedged diagnosis but PMO never shows diagnoses")

C("d64-v-kungalv-pneumoni-verifierad", "vgr", ("19370119", "159"),
  [N("n1", "V_KUN", "Rondanteckning", ("Ali Yilmaz", DR), "2024-12-10 09:20", [
      ("Bedömning", "Pneumoni hö underlob, verifierad på lungröntgen igår. Pneumokockantigen i urin positivt."),
      ("Planering", "Bensyl-pc 1 g x 3 iv dag 2. Sat 95% utan syrgas, mobiliseras med fysioterapeut."),
  ])],
  must_not=[("NL102", "n1")],
  why="confirmed pneumonia, nothing hedged")

C("d64-v-lung-tb-misstanke-avskriven", "vgr", ("19810503", "092"),
  [N("n1", "V_LUNG", "Rondanteckning", ("Reza Mohammadi", DR), "2024-03-15 10:40", [
      ("Bedömning", "Tre inducerade sputa negativa i mikroskopi och PCR för M. tuberculosis. "
                    "Misstanken om tuberkulos har därmed avskrivits och isoleringen hävs."),
      ("Planering", "Fortsatt utredning av lungförändringen via lungmottagningen om sex veckor."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Misstanken om tuberkulos har avskrivits' – the hedge word appears but the diagnosis is dismissed")

C("d64-s-landskrona-typo-ingen-missanke-om-dvt", "skane", ("19530921", "198"),
  [N("n1", "S_LAN", "Rondanteckning", ("Erik Malmberg", DR), "2024-10-15 09:55", [
      ("Bedömning", "Ingen missanke om djup ventrombos, UL vä ben normalt. Svullnaden beror på ett hematom efter fallet i tisdags."),
      ("Planering", "Högläge och kyla. Mobilisering med rollator enl. fysioterapeut."),
  ])],
  must_not=[("NL102", "n1")],
  why="typo in the negation ('Ingen missanke om') – still a ruled-out diagnosis")

C("d64-v-sas-ul-utan-hallpunkt-kolecystit", "vgr", ("19740808", "136"),
  [N("n1", "V_SAS", "Daganteckning läkare", ("Malin Axelsson", DR), "2024-08-06 15:05", [
      ("Utredning", "UL buk utan hållpunkt för kolecystit, gallvägarna ej vidgade. Levern normal i storlek och ekogenicitet."),
      ("Bedömning", "Smärtan avklingat, äter normalt. Kan gå hem i eftermiddag."),
  ])],
  must_not=[("NL102", "n1")],
  why="'utan hållpunkt för kolecystit' is a negated finding, nothing hedged about the patient")

C("d64-s-ssk-hedge-pa-symtom", "skane", ("19400520", "145"),
  [N("n1", "S_MAL3", "Omvårdnadsanteckning", ("Jenny Abrahamsson", SSK), "2024-05-03 14:30", [
      ("Aktuellt", "Pat möjligen lite mer andfådd vid mobilisering idag än igår. Ev. lätt illamående efter frukost, åt halva portionen."),
      ("Åtgärd", "Sat 94% i vila, 90% efter promenad i korridoren. Meddelat ansvarig läkare vid eftermiddagsronden."),
  ])],
  must_not=[("NL102", "n1")],
  why="nurse note hedges only symptoms ('möjligen ... andfådd', 'ev. lätt illamående'), no diagnosis")

C("d64-v-nu-oklart-om-tagit-tabletter", "vgr", ("19350107", "278"),
  [N("n1", "V_NU", "Rondanteckning", ("Emma Karlsson", DR), "2024-04-19 10:05", [
      ("Aktuellt", "BT 192/104 vid ankomst, 158/92 idag. Oklart om pat tagit sina tabletter hemma; dosetten var full vid hemtjänstens besök."),
      ("Bedömning", "Hypertoni, okontrollerad pga bristande följsamhet. Ingen organpåverkan."),
      ("Planering", "Apodos ordnas inför hemgång. Hemtjänst för läkemedelsöverlämning morgon och kväll."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Oklart om pat tagit sina tabletter' hedges adherence, not a diagnosis")

C("d64-s-angelholm-hjartinfarkt-utesluten", "skane", ("19660902", "311"),
  [N("n1", "S_ANG", "Rondanteckning", ("Gustav Lind", DR), "2024-02-08 09:30", [
      ("Bedömning", "Troponin T 9 → 10, hjärtinfakrt utesluten. Bröstsmärtan är muskuloskeletal och reproduceras vid palpation av sternum."),
      ("Planering", "Hem idag. Paracetamol v.b."),
  ])],
  must_not=[("NL102", "n1")],
  why="'hjärtinfakrt utesluten' (typo in the disease word) – ruled out, alternative explanation stated firmly")

C("d64-v-sas-orolig-for-cancer-inget-som-talar-for", "vgr", ("19720115", "204"),
  [N("n1", "V_SAS", "Rondanteckning", ("Björn Johansson", DR), "2024-10-22 11:15", [
      ("Aktuellt", "Pat orolig för att magbesvären är cancer, har läst på nätet."),
      ("Bedömning", "Gastroskopin visade lindrig gastrit, inget som talar för malignitet. Lugnande besked givet vid ronden."),
  ])],
  must_not=[("NL102", "n1")],
  why="patient's own worry plus 'inget som talar för malignitet' – negation, no clinician hedge")

C("d64-s-lundinf-ev-forlangd-antibiotika", "skane", ("19580126", "053"),
  [N("n1", "S_LUNDINF", "Rondanteckning", ("Leila Haddad", DR), "2024-06-11 10:20", [
      ("Bedömning", "Erysipelas vä ben med snabb förbättring, CRP 184 → 61."),
      ("Planering", "Byte till peroralt flukloxacillin. Ev. förlängd behandling till 14 dagar beroende på förloppet."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Ev. förlängd behandling' hedges the treatment plan only")

C("d64-v-molndal-dietist-fragestallning-nutrition", "vgr", ("19360411", "180"),
  [N("n1", "V_MOLGER", "Dietistanteckning", ("Karin Wester", "dietist"), "2024-05-07 13:40", [
      ("Bakgrund", "Frågeställning från avdelningen: nutritionsbedömning och beräkning av energibehov."),
      ("Aktuellt", "Väger 51 kg, har tappat 6 kg på två månader. Äter ungefär hälften av serverad mat."),
      ("Åtgärd", "Berikad kost, näringsdryck 2 x 200 ml, mellanmål kl 21. Vägning två gånger i veckan."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Frågeställning' introduces a nutrition question, not a diagnosis – hard negative on the hedge word")

C("d64-s-gastro-bror-troligen-hemokromatos", "skane", ("19710930", "219"),
  [N("n1", "S_GASTRO", "Daganteckning läkare", ("Ahmad Rahimi", DR), "2024-11-05 14:10", [
      ("Anamnes", "Hereditet: bror har troligen ärftlig hemokromatos, utreds i Göteborg."),
      ("Bedömning", "Pat själv har normalt järnstatus: ferritin 110, transferrinmättnad 32%. Inget behov av gentest i nuläget."),
  ], signed=None)],
  must_not=[("NL102", "n1")],
  why="the hedged disease belongs to the brother; the patient's own result is normal")

C("d64-v-inf-om-aterkommande-feber-plan", "vgr", ("19630707", "263"),
  [N("n1", "V_INF", "Rondanteckning", ("Helena Fors", DR), "2024-07-23 09:50", [
      ("Bedömning", "E. coli-bakteriemi med urinvägsfokus, känslig för cefotaxim. Afebril sedan 48 h."),
      ("Planering", "Om återkommande feber: nya blododlingar och ekokardiografi. Annars byte till peroralt ciprofloxacin imorgon."),
  ])],
  must_not=[("NL102", "n1")],
  why="a conditional plan ('Om återkommande feber: ...') is no hedged diagnosis")

C("d64-s-malmo-tidigare-celiaki-utesluten", "skane", ("19900604", "155"),
  [N("n1", "S_MAL3", "Inskrivningsanteckning", ("Maria Lindahl", DR), "2024-08-15 18:30", [
      ("Anamnes", "Tidigare utredd 2019 för misstänkt celiaki, vilket då uteslöts med normal duodenalbiopsi. "
                  "Inkommer nu med blodig diarré sedan fem dagar, 8–10 tömningar per dygn."),
      ("Bedömning", "Ulcerös kolit i skov, diagnos ställd på sigmoideoskopi med PAD i mars."),
      ("Planering", "Solu-Cortef 100 mg x 3 iv, fekalt kalprotektin och odling."),
  ])],
  must_not=[("NL102", "n1")],
  why="past suspicion that was ruled out ('misstänkt celiaki, vilket då uteslöts') and a confirmed current diagnosis")

C("d64-v-skovde-kan-ej-uteslutas-behov-hemtjanst", "vgr", ("19320922", "317"),
  [N("n1", "V_SKAS", "Rondanteckning", ("Magnus Berg", DR), "2024-03-05 10:30", [
      ("Bedömning", "Kotkompression L1 efter fall i hemmet, smärtan bättre på Oxynorm 5 mg x 4."),
      ("Planering", "Kan ej uteslutas att pat behöver utökad hemtjänst efter hemgång, arbetsterapeut gör ADL-bedömning."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Kan ej uteslutas' applied to a home-care need, not to a diagnosis")

C("d64-s-ystad-misstankt-felaktig-dosering-dosett", "skane", ("19340330", "244"),
  [N("n1", "S_YST", "Rondanteckning", ("Hanna Persson", DR), "2024-09-03 09:35", [
      ("Aktuellt", "INR 5,8 vid ankomst, inga blödningstecken. Misstänkt felaktig dosering hemma, dottern har fyllt dosetten."),
      ("Åtgärd", "Waran pausas två dagar, Konakion 2 mg po. Apodos beställs."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Misstänkt' applies to a dosing error (an event), not a disease")

C("d64-v-sas-fysio-oklart-om-trappor", "vgr", ("19450812", "229"),
  [N("n1", "V_SAS", "Fysioterapeutanteckning", ("Josefin Lund", "fysioterapeut"), "2024-06-13 14:15", [
      ("Aktuellt", "Gått 40 m med rollator, stabil. Trappträning 6 steg med ledstång."),
      ("Bedömning", "Oklart om pat klarar trapporna upp till lägenheten på tredje våningen utan hiss."),
      ("Planering", "Fortsatt trappträning imorgon, hembesök med arbetsterapeut diskuteras."),
  ])],
  must_not=[("NL102", "n1")],
  why="physiotherapist's 'Oklart om pat klarar trapporna' is functional, no diagnosis")

C("d64-s-landskrona-hemgang-fragetecken", "skane", ("19420110", "368"),
  [N("n1", "S_LAN", "Rondanteckning", ("Erik Malmberg", DR), "2024-11-29 10:00", [
      ("Bedömning", "Hjärtsvikt NYHA III, 3,5 kg lättare sedan inskrivningen och nu torr."),
      ("Planering", "Hemgång söndag? Beror på om hemtjänsten hinner starta. Furosemid 40 mg x 1 po från imorgon."),
  ])],
  must_not=[("NL102", "n1")],
  why="a question mark after a discharge date, not after a diagnosis")

C("d64-s-pmo-vc-dd-pmr-hypotyreos", "skane", ("19510322", "284"),
  [N("n1", "S_VCTOM", "Besöksanteckning", ("Mikael Svensson", DR), "2024-04-02 10:45", [
      ("Aktuellt", "Värk i skuldror och trötthet sedan utskrivningen från medicinkliniken i mars."),
      ("Bedömning", "DD polymyalgia reumatika, hypotyreos. SR 58, TSH tas."),
  ])],
  must_not=[("NL102", "n1")],
  why="differential diagnosis in a PMO vårdcentral note: PMO never shows diagnoses")

C("d64-v-nu-tidigare-lungemboli-bekraftad", "vgr", ("19600229", "104"),
  [N("n1", "V_NU", "Inskrivningsanteckning", ("Kristian Wiklund", DR), "2024-06-20 20:15", [
      ("Anamnes", "Tidigare lungemboli 2018, behandlad sex månader med Eliquis. Hypotyreos på Levaxin."),
      ("Bedömning", "Erysipelas hö underben med feber 38,7. CRP 96."),
      ("Planering", "Bensyl-pc 3 g x 3 iv."),
  ])],
  must_not=[("NL102", "n1")],
  why="confirmed past history and a confirmed current diagnosis – no hedge at all")

C("d64-s-helsingborg-dissektion-foreligger-inte", "skane", ("19630901", "277"),
  [N("n1", "S_HBG", "Daganteckning läkare", ("Karolina Ek", DR), "2024-07-12 16:40", [
      ("Utredning", "DT-angio aorta: normal kaliber, ingen intimaflik, inget intramuralt hematom."),
      ("Bedömning", "Någon aortadissektion föreligger inte. Bröstsmärtan avklingade på nitro, känd stabil angina pectoris sedan 2021."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Någon aortadissektion föreligger inte' – negated; known angina stated without hedge")

C("d64-s-lundinf-influensa-pavisad-covid-neg", "skane", ("19430505", "167"),
  [N("n1", "S_LUNDINF", "Rondanteckning", ("Fatima Al-Sayed", DR), "2024-01-04 09:45", [
      ("Utredning", "Nasofarynxprov: influensa A påvisad med PCR, SARS-CoV-2 och RS-virus negativa."),
      ("Bedömning", "Influensa A med hög feber, ej syrgaskrävande. Tamiflu 75 mg x 2 i fem dagar."),
  ])],
  must_not=[("NL102", "n1")],
  why="laboratory-confirmed influenza, other viruses negative – nothing hedged")

C("d64-v-epikris-fragestallning-infarkt-avskrevs", "vgr", ("19590616", "245"),
  [N("n1", "V_KARD", "Epikris", ("Reza Mohammadi", DR), "2024-02-29 14:50", [
      ("Epikris", "Inkom med frågeställning hjärtinfarkt, vilket kunde avskrivas med normala troponiner x 3 och "
                  "normalt arbetsprov. Bröstsmärtan var refluxrelaterad och svarade bra på PPI."),
      ("Diagnos", "K21.9 Gastroesofageal refluxsjukdom"),
  ])],
  must_not=[("NL102", "n1")],
  why="epikris: 'frågeställning hjärtinfarkt' is reported as ruled out ('kunde avskrivas')")

C("d64-s-epikris-misstankt-pneumoni-som-bekraftades", "skane", ("19360708", "351"),
  [N("n1", "S_LAN", "Epikris", ("Elin Friberg", DR), "2024-12-12 13:10", [
      ("Epikris", "Inlagd 7/12 pga misstänkt pneumoni, som bekräftades på lungröntgen med infiltrat hö mellanlob. "
                  "Behandlad med bensyl-pc iv i tre dygn, därefter Kåvepenin. Afebril sedan 9/12."),
      ("Diagnos", "J18.9 Pneumoni"),
      ("Planering", "Kåvepenin 1 g x 3 t.o.m. 16/12. Kontrollröntgen om sex veckor via VC."),
  ])],
  must_not=[("NL102", "n1")],
  why="epikris tells how a suspicion was confirmed – the diagnosis is no longer uncertain")

C("d64-v-lang-rondanteckning-utan-hedgad-diagnos", "vgr", ("19440925", "094"),
  [N("n1", "V_SKAS", "Rondanteckning", ("Cecilia Gustafsson", DR), "2024-11-26 11:45", [
      ("Aktuellt", "Dag 5 för 80-årig kvinna inlagd med KOL-exacerbation och hyperkapni, NIV de två första dygnen. "
                   "Nu utan NIV sedan i förrgår, sover gott med 1 l O2 nattetid. Hostar upp mindre, vitt slem. "
                   "Matlusten har kommit tillbaka, äter halva portioner plus näringsdryck. Mobiliseras med rollator i korridoren."),
      ("Status", "AT: gott, pratar hela meningar. AF 18, sat 92% på 1 l. Cor: oregelbunden rytm, fq 84, inga blåsljud. "
                 "Pulm: förlängt exspirium, enstaka ronki bilat, inga krepitationer. Ben: lätta ankelödem bilat."),
      ("Utredning", "Blodgas kap. pH 7,39, pCO2 6,8, BE +4. CRP 38 (från 112). Hb 128, Na 137, K 4,2, krea 81. "
                    "Rtg pulm dag 3: emfysem, inga infiltrat, ingen pleuravätska. Sputumodling: normal flora."),
      ("Bedömning", "KOL grad 3 med exacerbation, i förbättring. Kronisk hyperkapni, kompenserad. "
                    "Förmaksflimmer sedan tidigare, frekvensreglerat. Ingen misstanke om pneumoni."),
      ("Planering", "Prednisolon sista dagen idag. Ev. hemsyrgasutredning polikliniskt efter 6–8 veckor. "
                    "Inhalationsteknik kontrolleras av ssk. Trolig hemgång onsdag om fortsatt stabil. "
                    "Remiss lungmottagningen för uppföljning och ställningstagande till lungrehab."),
  ])],
  must_not=[("NL102", "n1")],
  why="long round chart full of hedge words on plans ('Ev. hemsyrgasutredning', 'Trolig hemgång') and a negation, but no hedged diagnosis")

C("d64-s-ssk-orsak-trol-bristande-foljsamhet", "skane", ("19970809", "212"),
  [N("n1", "S_ENDO", "Omvårdnadsanteckning", ("Sanna Björk", SSK), "2024-10-30 15:20", [
      ("Aktuellt", "Pat med känd typ 1-diabetes, P-glukos 18–22 sedan ankomst. Orsaken till högsockret är trol. "
                   "att hon hoppat över måltidsinsulinet under tentaperioden."),
      ("Åtgärd", "Genomgång av insulinpennor och kolhydraträkning tillsammans med diabetessköterska bokad imorgon."),
  ])],
  must_not=[("NL102", "n1")],
  why="'trol.' hedges the behavioural cause of high glucose, the diabetes itself is known")

# ---- NL101 positives: diagnosis visible while the patient is not (yet) told ----

C("d64-s-lung-pad-skivepitelcancer-ej-informerad", "skane", ("19540923", "136"),
  [N("n1", "S_LUNG", "Rondanteckning", ("Mikael Svensson", DR), "2024-03-19 10:30", [
      ("Utredning", "PAD från bronkoskopin: skivepitelcancer vä överlob. PET-DT utan fjärrspridning."),
      ("Planering", "Pat ännu ej informerad om PAD-svaret. Besked ges imorgon av dr Nyberg tillsammans med "
                    "kontaktsjuksköterskan, maken vill närvara."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="confirmed lung cancer in visible Utredning while Planering says the patient is not yet told")

C("d64-v-nu-levermetastaser-ej-informerad", "vgr", ("19480602", "311"),
  [N("n1", "V_NU", "Rondanteckning", ("Emma Karlsson", DR), "2024-08-28 11:00", [
      ("Utredning", "DT thorax-buk: multipla levermetastaser, primärtumör i colon ascendens. Lungorna fria."),
      ("Bedömning", "Metastaserad koloncancer. Pat ej informerad om fynden ännu, samtal planeras med anhörig närvarande på fredag."),
  ], signed=None)],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="metastatic colon cancer stated in visible Bedömning with 'Pat ej informerad om fynden ännu'")

C("d64-s-lundinf-hiv-svar-ej-lamnat", "skane", ("19890114", "259"),
  [N("n1", "S_LUNDINF", "Rondanteckning", ("Leila Haddad", DR), "2024-05-08 09:50", [
      ("Utredning", "HIV-test positivt i screening och bekräftande analys. CD4 210, virusmängd inväntas."),
      ("Planering", "Pat har ännu inte fått svaret; infektionsläkare och kurator informerar vid eftermiddagsbesöket. "
                    "PCP-profylax diskuteras efter samtalet."),
  ])],
  must=[("NL101", "n1")],
  why="HIV diagnosis visible while 'Pat har ännu inte fått svaret'")

C("d64-v-molndal-anhoriga-vill-inte-att-pat-far-veta", "vgr", ("19350514", "282"),
  [N("n1", "V_MOLGER", "Rondanteckning", ("Helena Fors", DR), "2024-02-06 10:40", [
      ("Bedömning", "Pankreascancer med levermetastaser enl. DT och leverbiopsi. Palliativ inriktning."),
      ("Planering", "Anhöriga önskar att pat inte får veta om cancerdiagnosen; frågan tas upp på teamkonferens. "
                    "Pat har hittills inte informerats."),
  ])],
  must=[("NL101", "n1")],
  why="relatives ask that the patient is not told and 'Pat har hittills inte informerats' – diagnosis visible")

C("d64-s-hassleholm-alzheimer-ska-inte-informeras-an", "skane", ("19380301", "178"),
  [N("n1", "S_HASS", "Läkaranteckning", ("Oskar Nyberg", DR), "2024-04-16 14:25", [
      ("Bedömning", "Utredningen visar Alzheimers sjukdom: MMSE 19/30, DT hjärna med hippocampusatrofi, likvor med förhöjt tau och sänkt beta-amyloid."),
      ("Planering", "Pat ska inte informeras om demensdiagnosen förrän vid anhörigsamtalet nästa vecka, då sonen kan delta."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="Alzheimer diagnosis in visible Bedömning while the plan says the patient must not be told yet")

C("d64-v-hem-typo-ej-infomerad-myelom", "vgr", ("19520805", "136"),
  [N("n1", "V_HEM", "Rondanteckning", ("Linnea Strand", DR), "2024-10-09 10:10", [
      ("Utredning", "Benmärg: 40% klonala plasmaceller. Skelettröntgen med lytiska lesioner i kalvarium och bäcken."),
      ("Bedömning", "Multipelt myelom, ISS II. Pat ej infomerad om diagnosen ännu – hematolog ger besked vid ronden imorgon."),
  ])],
  must=[("NL101", "n1")],
  why="typo 'infomerad' in 'ej infomerad om diagnosen' next to a confirmed myeloma")

C("d64-s-aml-ej-informerad-sedan-informerad", "skane", ("19660729", "046"),
  [N("n1", "S_HEM", "Rondanteckning", ("Fatima Al-Sayed", DR), "2024-11-04 09:30", [
      ("Utredning", "Flödescytometri på benmärg: akut myeloisk leukemi med 62% blaster. Cytogenetik inväntas."),
      ("Planering", "Pat ej informerad ännu, besked planeras kl 15 med hematolog och kontaktsjuksköterska."),
  ]),
   N("n2", "S_HEM", "Samtalsanteckning", ("Fatima Al-Sayed", DR), "2024-11-04 15:50", [
      ("Samtal", "Informerat pat och sambo om diagnosen AML och planen med induktionskemoterapi. "
                 "Pat tog beskedet sansat och ställde relevanta frågor om fertilitet och arbete."),
      ("Planering", "CVK-inläggning imorgon, start av cytostatika på onsdag."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="morning note withholds the AML diagnosis (flagged); the afternoon talk note documents the telling (clean)")

C("d64-v-skovde-epikris-pad-ej-besked", "vgr", ("19570130", "257"),
  [N("n1", "V_SKAS", "Epikris", ("Magnus Berg", DR), "2024-06-07 13:20", [
      ("Epikris", "Inlagd 3/6–7/6 för järnbristanemi, Hb 74. Koloskopi visade en cirkulär tumör i sigmoideum, "
                  "PAD: adenokarcinom. Erhöll 2 E erytrocyter och järn iv."),
      ("Information", "Pat har inte fått besked om PAD-svaret före utskrivningen; informeras vid återbesök på "
                      "kirurgmottagningen 14/6."),
  ])],
  must=[("NL101", "n1")],
  why="discharge summary states the adenocarcinoma but says the patient has not been given the result")

C("d64-s-kristianstad-overflyttning-hjarntumor-ej-informerad", "skane", ("19610218", "323"),
  [N("n1", "S_KRI", "Överflyttningsanteckning", ("Anders Kronqvist", DR), "2024-09-26 16:05", [
      ("Aktuellt", "Inlagd efter generaliserat krampanfall i hemmet, ingen tidigare epilepsi."),
      ("Utredning", "MR hjärna visar en 4 cm stor ringladdande tumör i vä frontallob med omgivande ödem."),
      ("Planering", "Överflyttas till neurokirurgen i Lund. Pat ej informerad om hjärntumören; besked planeras "
                    "tillsammans med neurokirurg efter överflyttning. Betapred 8 mg x 2 och Keppra 500 mg x 2."),
  ])],
  must=[("NL101", "n1")],
  why="transfer note names the brain tumour and states the patient has not been told")

C("d64-v-gastro-valt-att-inte-beratta-cirros", "vgr", ("19690911", "145"),
  [N("n1", "V_GASTRO", "Rondanteckning", ("David Larsson", DR), "2024-01-16 11:15", [
      ("Bedömning", "Levercirros Child-Pugh B, bekräftad med elastografi 28 kPa och DT. Ascites, inga varicer vid gastroskopi."),
      ("Planering", "Vi har valt att inte berätta för pat om cirrosen ännu pga pågående delirium tremens; informeras när pat är klar."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="'valt att inte berätta för pat om cirrosen ännu' while cirrhosis stands in visible text")

C("d64-s-gastro-ssk-dr-har-inte-informerat-pankreascancer", "skane", ("19530410", "260"),
  [N("n1", "S_GASTRO", "Omvårdnadsanteckning", ("Ida Roos", SSK), "2024-07-09 22:10", [
      ("Aktuellt", "Dr har ännu inte informerat pat om att biopsin visade pankreascancer. "
                   "Pat frågade under kvällen om provsvaren, hänvisad till ronden imorgon."),
      ("Åtgärd", "Oxynorm 5 mg kl 21 med god effekt. Sover nu."),
  ], signed=None)],
  must=[("NL101", "n1")],
  why="unsigned nurse note: the pancreatic cancer is named and the doctor has not yet told the patient")

C("d64-v-sas-dottern-vill-vara-med-brostcancer", "vgr", ("19470621", "338"),
  [N("n1", "V_SAS", "Rondanteckning", ("Malin Axelsson", DR), "2024-03-22 10:55", [
      ("Bedömning", "Bröstcancer med skelettmetastaser enligt biopsi och skelettscintigrafi. Hyperkalcemin behandlad med zoledronsyra."),
      ("Planering", "Pat vet inte om det ännu; dottern önskar vara med när beskedet ges på måndag."),
  ]),
   N("n2", "V_SAS", "Samtalsanteckning", ("Malin Axelsson", DR), "2024-03-25 13:30", [
      ("Samtal", "Pat informerad om bröstcancern och skelettmetastaserna med dottern närvarande. "
                 "Pat grät men tackade för rakt besked, vill träffa onkolog snarast."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="'Pat vet inte om det ännu' next to the metastatic breast cancer (flagged); the talk note three days later documents the telling")

C("d64-s-angelholm-melanom-ej-underrattad", "skane", ("19580503", "161"),
  [N("n1", "S_ANG", "Daganteckning läkare", ("Elin Friberg", DR), "2024-05-30 15:15", [
      ("Utredning", "Finnålsbiopsi från förstorad körtel i hö ljumske: metastas av malignt melanom."),
      ("Planering", "Pat ej underrättad om PAD-svaret ännu. Remiss till hudkliniken och onkologen skickad."),
  ])],
  must=[("NL101", "n1")],
  why="'ej underrättad' – another wording of not informed – with a melanoma metastasis in visible text")

C("d64-v-nal-typo-ej-informerd-njurcellscancer", "vgr", ("19510918", "294"),
  [N("n1", "V_NAL", "Rondanteckning", ("Jonas Ekström", DR), "2024-02-14 09:45", [
      ("Utredning", "DT urografi: 6 cm solid tumör i hö njure med kontrastuppladdning, typisk njurcellscancer."),
      ("Planering", "Pat ej informerd, urolog kontaktad för besked och vidare plan."),
  ])],
  must=[("NL101", "n1")],
  why="typo 'informerd' in the not-told statement; kidney cancer visible")

C("d64-s-hem-misstankt-myelom-i-vanlig-anteckning-ej-informerad", "skane", ("19460115", "189"),
  [N("n1", "S_HEM", "Rondanteckning", ("Fatima Al-Sayed", DR), "2024-06-19 10:20", [
      ("Bedömning", "Misstänkt myelom: M-komponent IgA 41 g/l, Hb 89, krea 180. Pat ej informerad om misstanken, "
                    "vi vill först ha benmärgssvaret."),
      ("Planering", "Benmärgsprov imorgon. Vätska 2 l/dygn."),
  ])],
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="the untold suspicion belongs in Tidiga hypoteser but is written in an ordinary Skåne note: both rules")

C("d64-v-alingsas-vantar-med-beskedet-tills-maken", "vgr", ("19600513", "028"),
  [N("n1", "V_ALI", "Rondanteckning", ("Viktor Dahl", DR), "2024-04-24 11:30", [
      ("Bedömning", "Ventrikelcancer enligt PAD från gastroskopin 22/4. DT utan fjärrmetastaser."),
      ("Planering", "Väntar med att informera pat om diagnosen tills maken kommer hem från Norge på torsdag."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="telling is deliberately postponed ('Väntar med att informera pat om diagnosen') while the cancer is visible")

C("d64-s-helsingborg-utskrivning-besked-ej-givet", "skane", ("19490827", "251"),
  [N("n1", "S_HBG", "Utskrivningsanteckning", ("Karolina Ek", DR), "2024-10-18 12:40", [
      ("Diagnos", "C34.1 Lungcancer, överlob\nJ44.1 KOL med akut exacerbation"),
      ("Planering", "Besked om cancerdiagnosen till pat ej givet, ges av lungmottagningen vid besök 22/10. "
                    "Pat går hem med Spiriva och Bricanyl."),
  ])],
  must=[("NL101", "n1")],
  why="coded lung cancer in the visible Diagnos sökord while the news has not been given")

C("d64-v-ostra-ska-ej-informeras-fore-mdk", "vgr", ("19550406", "190"),
  [N("n1", "V_OST31", "Rondanteckning", ("Lars Andersson", DR), "2024-07-30 10:25", [
      ("Bedömning", "Pankreascancer i caput med inväxt i v. mesenterica superior. Ikterus avlastad med stent vid ERCP."),
      ("Planering", "Pat ska ej informeras förrän MDK på onsdag tagit ställning till behandling."),
  ])],
  must=[("NL101", "n1")],
  why="'Pat ska ej informeras förrän MDK ...' – the diagnosis must not be told yet but is visible")

C("d64-s-hjart-amyloidos-kardiolog-ger-besked", "skane", ("19440321", "215"),
  [N("n1", "S_HJLUND", "Rondanteckning", ("Amira Kovač", DR), "2024-08-08 10:00", [
      ("Utredning", "DPD-scintigrafi grad 3 och ingen M-komponent: transtyretinamyloidos (ATTR) med hjärtengagemang."),
      ("Planering", "Pat ej informerad ännu, ansvarig kardiolog ger besked på fredag. Genetisk analys TTR skickad."),
  ]),
   N("n2", "S_HJLUND", "Samtalsanteckning", ("Ingrid Wallin", DR), "2024-08-09 14:10", [
      ("Samtal", "Genomgått diagnosen ATTR-amyloidos med pat och hustrun, inklusive behandling med tafamidis och prognos."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="cardiac amyloidosis established and visible, patient not informed")

C("d64-v-copyforward-koloncancer-fortf-ej-informerad", "vgr", ("19430727", "316"),
  [N("n1", "V_KUN", "Rondanteckning", ("Therese Lundgren", DR), "2024-09-02 09:40", [
      ("Bedömning", "#1 Koloncancer hö flexur, PAD klart idag. Pat ännu ej informerad.\n#2 Järnbristanemi, Hb 92."),
  ]),
   N("n2", "V_KUN", "Rondanteckning", ("Therese Lundgren", DR), "2024-09-03 09:35", [
      ("Bedömning", "#1 Koloncancer hö flexur – pat fortf. ej informerad, kirurg kommer imorgon.\n#2 Järnbristanemi, Hb 95 efter järn iv."),
  ])],
  must=[("NL101", "n1"), ("NL101", "n2")],
  why="copy-forward: the not-told line follows the cancer from day to day; both visible notes are flagged")

C("d64-s-ystad-informerad-om-anemi-men-inte-cancer", "skane", ("19450904", "264"),
  [N("n1", "S_YST", "Rondanteckning", ("Ingrid Wallin", DR), "2024-03-12 10:15", [
      ("Bedömning", "Pat informerad om järnbristanemin och varför hon fått blodtransfusion. Koloskopin visade en "
                    "cirkulär tumör i caecum, PAD adenokarcinom – detta har pat ännu inte informerats om."),
      ("Planering", "DT thorax-buk för stadieindelning. Kirurgkontakt."),
  ])],
  must=[("NL101", "n1")],
  why="the patient was told one diagnosis (anemia) but not the cancer; the untold cancer is visible")

C("d64-v-kungalv-maken-informerad-pat-ej", "vgr", ("19510127", "146"),
  [N("n1", "V_KUN", "Telefonanteckning", ("Ali Yilmaz", DR), "2024-11-14 16:30", [
      ("Telefonkontakt", "Maken informerad per telefon om att DT visar hepatocellulär cancer. "
                         "Pat själv ännu inte informerad då hon sov djupt vid ronden; ny kontakt imorgon förmiddag."),
  ])],
  must=[("NL101", "n1")],
  why="reverse of the relative case: the husband knows, the patient has not been told")

C("d64-s-trelleborg-kll-har-inte-fatt-veta", "skane", ("19400902", "131"),
  [N("n1", "S_TRE", "Rondanteckning", ("Jessica Bengtsson", DR), "2024-05-22 09:55", [
      ("Bedömning", "Lymfocytos 38 utreds, flödescytometri visar kronisk lymfatisk leukemi. Pat har inte fått veta diagnosen."),
  ], signed=None)],
  must=[("NL101", "n1")],
  why="short round note: CLL confirmed, 'Pat har inte fått veta diagnosen'")

C("d64-v-inf-hepatit-c-pat-omedveten", "vgr", ("19850330", "225"),
  [N("n1", "V_INF", "Rondanteckning", ("Nora Eriksson", DR), "2024-10-25 11:05", [
      ("Utredning", "Anti-HCV positivt, HCV-RNA 2,1 miljoner IU/ml, genotyp 3a."),
      ("Bedömning", "Kronisk hepatit C. Pat är ännu omedveten om svaret, informeras i samband med utskrivningssamtalet."),
  ], signed=None)],
  must=[("NL101", "n1")],
  why="'Pat är ännu omedveten om svaret' – untold chronic hepatitis C in a visible note")

C("d64-v-lid-demensdiagnos-ej-meddelad-lang", "vgr", ("19380612", "302"),
  [N("n1", "V_LID", "Rondanteckning", ("Patrik Holm", DR), "2024-12-05 13:10", [
      ("Aktuellt", "86-årig kvinna, dag 9 på avdelningen efter höftfrakturoperation på ortopeden, hit för medicinsk "
                   "optimering och rehabilitering. Nattlig oro har avtagit, sover nu 5–6 timmar. Går med rollator och "
                   "en persons stöd. Äter själv, behöver hjälp med påklädning av nedre kroppshalva."),
      ("Status", "AT: gott, vaken, orienterad till person men inte tid. Cor: RR 76. Pulm: ua. Sårområde hö höft "
                 "läker fint, inga tecken till infektion. Ben: lätt svullnad hö."),
      ("Utredning", "MMSE 17/30 idag, klocktest 2/6. DT hjärna: uttalad central och kortikal atrofi, småkärlsförändringar. "
                    "B12, folat, TSH och kalcium normala."),
      ("Bedömning", "Blandform av Alzheimers sjukdom och vaskulär demens, med kognitiv svikt som föregick frakturen "
                    "enligt dottern. Delirium i tidigt postoperativt skede, nu i regress."),
      ("Planering", "Diagnosen har ännu inte meddelats pat; samtal med pat och dottern planeras innan hemgång. "
                    "Biståndshandläggare kontaktad om korttidsboende. Fortsatt träning med fysioterapeut dagligen."),
  ])],
  must=[("NL101", "n1")],
  why="long geriatric chart: mixed dementia stated firmly, and 'Diagnosen har ännu inte meddelats pat'")

# ---- NL101 negatives: told, untold non-diagnosis, protected place, relative not told, silence ----

C("d64-s-lung-informerad-om-lungcancer", "skane", ("19500612", "070"),
  [N("n0", "S_LUNG", "Rondanteckning", ("Karolina Ek", DR), "2024-03-19 09:20", [
      ("Utredning", "PAD från EBUS-punktion: adenokarcinom, EGFR- och ALK-analys pågår. DT-stadium T2N2M0."),
      ("Planering", "Pat ej informerad om PAD ännu, informationssamtal med maken bokas till imorgon eftermiddag."),
  ]),
   N("n1", "S_LUNG", "Samtalsanteckning", ("Mikael Svensson", DR), "2024-03-20 14:30", [
      ("Samtal", "Pat informerad om diagnosen lungcancer, adenokarcinom vä underlob, stadium IIIA. "
                 "Maken och kontaktsjuksköterskan närvarande. Pat förstår att behandlingen syftar till bot."),
      ("Planering", "MDK nästa tisdag. Kontaktsjuksköterskan ringer pat på fredag."),
  ])],
  must_not=[("NL101", "n1")],
  why="the diagnosis is in visible text and the note documents that the patient was told")

C("d64-v-nu-ej-informerad-om-operationsdatum", "vgr", ("19640922", "183"),
  [N("n1", "V_NU", "Rondanteckning", ("Kristian Wiklund", DR), "2024-05-15 10:50", [
      ("Bedömning", "Akut kolecystit, bekräftad med UL: förtjockad gallblåsevägg och konkrement i halsen. Bättre på Tazocin."),
      ("Planering", "Pat ej informerad om operationsdatum ännu, kirurgen återkommer om tid för kolecystektomi."),
  ])],
  must_not=[("NL101", "n1")],
  why="hard negative: a diagnosis and 'ej informerad' in one note, but what is untold is the surgery date")

C("d64-s-malmo-ej-informerad-remiss-skickad", "skane", ("19730518", "241"),
  [N("n1", "S_MAL3", "Rondanteckning", ("Johan Bergqvist", DR), "2024-02-21 11:20", [
      ("Bedömning", "Seropositiv reumatoid artrit med skov i händer och knän, anti-CCP > 340. Pat känner till diagnosen sedan 2019."),
      ("Planering", "Pat ännu ej informerad om att remissen till reumatologen skickats; ssk meddelar vid eftermiddagens läkemedelsrunda."),
  ])],
  must_not=[("NL101", "n1")],
  why="what the patient has not heard is that a referral was sent – not a diagnosis")

C("d64-v-sas-ej-informerad-normalt-dt", "vgr", ("19420119", "266"),
  [N("n1", "V_SAS", "Jouranteckning", ("Björn Johansson", DR), "2024-12-28 01:20", [
      ("Aktuellt", "Synkope i samband med toalettbesök, slog huvudet i handfatet. Sinusrytm på telemetri."),
      ("Utredning", "DT hjärna utan blödning, fraktur eller infarkt."),
      ("Planering", "Pat ej informerad om DT-svaret ännu då hon somnat; meddelas vid morgonronden."),
  ], signed=None)],
  must_not=[("NL101", "n1")],
  why="the untold item is a normal CT result, no diagnosis is withheld")

C("d64-v-lung-th-sokord-haller-diagnosen-planering-utan", "vgr", ("19560815", "352"),
  [N("n1", "V_LUNG", "Rondanteckning", ("Reza Mohammadi", DR), "2024-04-11 10:30", [
      ("Aktuellt", "Hostar mindre, feberfri. Sat 95% på luft."),
      ("Tidiga hypoteser", "Trol. lungcancer hö överlob, 3 cm spikulerad förändring med mediastinala körtlar. Pat ej informerad om misstanken."),
      ("Planering", "Pat ännu ej informerad om DT-fynden, se separat sökord. Bronkoskopi bokad på måndag."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="VGR: the untold hypothesis is kept under Tidiga hypoteser; the visible 'ej informerad om DT-fynden' names no diagnosis")

C("d64-s-hem-informerad-sonen-ej", "skane", ("19590706", "200"),
  [N("n1", "S_HEM", "Rondanteckning", ("Fatima Al-Sayed", DR), "2024-02-27 10:45", [
      ("Bedömning", "Akut lymfatisk leukemi, Ph-negativ. Pat informerad om leukemidiagnosen igår."),
      ("Planering", "Sonen ännu ej informerad, pat vill själv berätta i helgen. Induktion enl. protokoll dag 2."),
  ])],
  must_not=[("NL101", "n1")],
  why="the patient knows; only the son is not yet told")

C("d64-s-kristianstad-tidigare-informerad-av-onkolog", "skane", ("19620131", "163"),
  [N("n1", "S_KRI", "Inskrivningsanteckning", ("Per-Olof Jönsson", DR), "2024-04-29 19:40", [
      ("Anamnes", "Känd bröstcancer med levermetastaser; pat informerad av onkolog i januari om progressen. "
                  "Inkommer nu med förvirring, törst och förstoppning."),
      ("Bedömning", "Hyperkalcemi, joniserat Ca 1,78, sannolikt metastasrelaterad."),
      ("Planering", "NaCl 3 l/dygn, zoledronsyra 4 mg iv. Onkologen underrättas."),
  ])],
  must_not=[("NL101", "n1")],
  why="the cancer was told to the patient earlier by the oncologist")

C("d64-v-kard-bekraftad-infarkt-inget-om-information", "vgr", ("19580427", "064"),
  [N("n1", "V_KARD", "Rondanteckning", ("Reza Mohammadi", DR), "2024-09-09 09:05", [
      ("Bedömning", "NSTEMI, PCI mot LAD igår med ett läkemedelsavgivande stent. EF 50% på eko."),
      ("Planering", "Brilique 90 mg x 2 i tolv månader, ASA livslångt. Hjärtrehab via sjuksköterskemottagningen."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="confirmed diagnosis and nothing said about telling – neither rule applies")

C("d64-s-trelleborg-provsvar-ej-meddelade-normala", "skane", ("19930223", "188"),
  [N("n1", "S_TRE", "Daganteckning läkare", ("Niklas Åkesson", DR), "2024-08-01 16:10", [
      ("Bedömning", "Gastroenterit med lätt intorkning, dricker bättre nu."),
      ("Planering", "Hb, CRP och elektrolyter utan anmärkning – pat ej informerad om svaren ännu, tas vid hemgångssamtalet."),
  ])],
  must_not=[("NL101", "n1")],
  why="normal lab results are what has not been passed on, not the diagnosis")

C("d64-v-lung-dottern-ska-inte-fa-veta", "vgr", ("19460520", "247"),
  [N("n1", "V_LUNG", "Rondanteckning", ("Reza Mohammadi", DR), "2024-06-26 11:10", [
      ("Bedömning", "KOL grad 3 med kronisk respiratorisk svikt, pO2 7,1 i vila."),
      ("Planering", "Pat informerad om diagnosen och om behovet av syrgas i hemmet. Pat önskar att dottern inte får veta; detta respekteras."),
  ])],
  must_not=[("NL101", "n1")],
  why="the patient is informed; it is the daughter who is not to be told")

C("d64-s-ystad-fick-besked-av-kirurgen-igar", "skane", ("19550308", "292"),
  [N("n1", "S_YST", "Rondanteckning", ("Hanna Persson", DR), "2024-06-04 09:40", [
      ("Aktuellt", "Pat fick besked om rektalcancern av kirurgen igår och är ledsen idag. Har sovit dåligt."),
      ("Åtgärd", "Kuratorskontakt erbjuden och accepterad. Propavan 25 mg till natten v.b."),
  ])],
  must_not=[("NL101", "n1")],
  why="'fick besked om rektalcancern ... igår' – told the day before")

C("d64-v-nal-ej-informerad-om-flytt", "vgr", ("19390301", "128"),
  [N("n1", "V_NAL", "Omvårdnadsanteckning", ("Mattias Falk", SSK), "2024-01-12 12:50", [
      ("Aktuellt", "Pneumoni, dag 4 med antibiotika. Pat ännu inte informerad om att hon flyttas till avd 22 under eftermiddagen."),
      ("Åtgärd", "Packat pats tillhörigheter, sonen underrättad om flytten per telefon."),
  ])],
  must_not=[("NL101", "n1")],
  why="what is not yet told is a ward transfer")

C("d64-s-lundinf-ej-informerad-om-tid-koloskopi", "skane", ("19680704", "150"),
  [N("n1", "S_LUNDINF", "Utskrivningsanteckning", ("Leila Haddad", DR), "2024-09-19 11:35", [
      ("Bedömning", "Divertikulit med liten abscess, DT-verifierad. Utskrivs på Amoxicillin-Clavulansyra i ytterligare sju dagar."),
      ("Planering", "Pat ej informerad om tid för koloskopi, kallelse skickas hem från endoskopienheten."),
  ])],
  must_not=[("NL101", "n1")],
  why="an appointment time is untold, not a diagnosis")

C("d64-v-lid-typo-infomerad-om-sarkoidos", "vgr", ("19800902", "161"),
  [N("n1", "V_LID", "Rondanteckning", ("Patrik Holm", DR), "2024-03-08 10:05", [
      ("Bedömning", "Sarkoidos stadium II, bekräftad med EBUS-biopsi som visade icke-nekrotiserande granulom."),
      ("Information", "Pat infomerad om diagnosen och att spontan läkning är vanlig. Frågor besvarade."),
  ])],
  must_not=[("NL101", "n1")],
  why="typo 'infomerad' but the statement is that the patient was told")

C("d64-s-gastro-brytpunkt-informerat-pat-och-make", "skane", ("19520916", "224"),
  [N("n1", "S_GASTRO", "Brytpunktssamtal", ("Sofia Nordström", DR), "2024-10-03 15:30", [
      ("Samtal", "Informerat pat och make om att pankreascancern spridit sig till levern och att tumörinriktad behandling inte längre är möjlig. "
                 "Fokus framåt är symtomlindring. Pat önskar vårdas hemma med ASIH."),
      ("Planering", "Remiss ASIH skickad. Brytpunktssamtal dokumenterat i Svenska palliativregistret."),
  ])],
  must_not=[("NL101", "n1")],
  why="end-of-life talk note documents that the patient was told about the spread")

C("d64-v-hem-lymfkortel-reaktiv-ej-informerad", "vgr", ("19880619", "173"),
  [N("n1", "V_HEM", "Rondanteckning", ("Linnea Strand", DR), "2024-05-02 13:05", [
      ("Utredning", "Biopsin från halskörteln visar reaktiva förändringar utan tecken på malignitet."),
      ("Planering", "Pat ännu ej informerad om det lugnande svaret, ringer pat ikväll. Kontroll av körteln om tre månader."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the untold result is benign (no diagnosis) and malignancy is negated")

C("d64-s-lan-ej-informerad-hemtjanst-beviljad", "skane", ("19340916", "302"),
  [N("n1", "S_LAN", "Rondanteckning", ("Elin Friberg", DR), "2024-08-20 10:40", [
      ("Bedömning", "Hjärtsvikt med nedsatt EF 30%, nu kompenserad. Vikt 71,2 kg."),
      ("Planering", "Pat ej informerad om att hemtjänsten beviljats, biståndshandläggaren ringer henne i eftermiddag."),
  ], signed=None)],
  must_not=[("NL101", "n1")],
  why="untold item is a municipal home-care decision")

C("d64-v-inf-besked-med-tolk-tb", "vgr", ("19920105", "236"),
  [N("n1", "V_INF", "Samtalsanteckning", ("Helena Fors", DR), "2024-02-09 14:00", [
      ("Samtal", "Besked om diagnosen lungtuberkulos givet till pat med arabisktalande tolk via telefon. "
                 "Genomgång av behandlingslängd, smittsamhet och att smittspårning görs."),
      ("Planering", "Rifinah, pyrazinamid och etambutol enl. ordination. Smittskyddsanmälan gjord."),
  ])],
  must_not=[("NL101", "n1")],
  why="diagnosis given to the patient through an interpreter – told")

C("d64-v-molndal-pat-vet-om-sin-diagnos", "vgr", ("19450208", "281"),
  [N("n1", "V_MOLGER", "Inskrivningsanteckning", ("Helena Fors", DR), "2024-07-19 18:55", [
      ("Anamnes", "Pat vet om sin diagnos Parkinsons sjukdom sedan 2022 och följs av neurologmottagningen. "
                  "Inkommer efter upprepade fall hemma senaste veckan."),
      ("Bedömning", "Ortostatisk hypotension, BT-fall 38 mmHg vid uppresning."),
  ])],
  must_not=[("NL101", "n1")],
  why="'Pat vet om sin diagnos' – patient knows")

C("d64-s-epikris-informerad-under-vardtiden", "skane", ("19570724", "315"),
  [N("n1", "S_MAL3", "Epikris", ("Maria Lindahl", DR), "2024-03-01 14:35", [
      ("Epikris", "Vårdtid 24/2 – 1/3. Inkom med ikterus. ERCP och borstcytologi: kolangiocarcinom i hilus. "
                  "Stent inlagt med god avflödning, bilirubin 210 → 74. Pat informerad om diagnosen och behandlingsplanen "
                  "under vårdtiden."),
      ("Planering", "Onkologmottagningen kallar inom två veckor. Leverprover via VC om en vecka."),
  ])],
  must_not=[("NL101", "n1")],
  why="discharge summary records that the cancer diagnosis was told during the stay")

C("d64-v-skovde-ej-informerad-om-dosandring", "vgr", ("19410613", "178"),
  [N("n1", "V_SKAS", "Rondanteckning", ("Cecilia Gustafsson", DR), "2024-10-16 09:25", [
      ("Bedömning", "Kronisk hjärtsvikt och njursvikt stadium 3b, krea 162 efter intensiv diuretikabehandling."),
      ("Planering", "Pat ej informerad om att Furix-dosen halveras från imorgon, ssk tar det vid läkemedelsgenomgången."),
  ])],
  must_not=[("NL101", "n1")],
  why="untold item is a dose change, not a diagnosis")

C("d64-v-sas-informerad-om-misstanke-lymfom", "vgr", ("19630112", "255"),
  [N("n1", "V_SAS", "Rondanteckning", ("Malin Axelsson", DR), "2024-11-07 10:35", [
      ("Bedömning", "Generell lymfadenopati och splenomegali. Misstänkt lymfom, körtelexstirpation bokad."),
      ("Information", "Pat har informerats om misstanken om lymfom och om varför biopsin behövs."),
  ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="patient was told about the suspicion: not NL101, but the hedged diagnosis itself is still in visible text")

C("d64-s-th-mall-sedan-informerad-i-rondanteckning", "skane", ("19530627", "087"),
  [N("n1", "S_NJUR", "Tidiga hypoteser", ("Tobias Sandberg", DR), "2024-06-10 15:20", [
      ("Bedömning", "Trol. ANCA-associerad vaskulit – PR3-ANCA positiv, hematuri, krea 240. Pat ännu ej informerad."),
  ]),
   N("n2", "S_NJUR", "Rondanteckning", ("Tobias Sandberg", DR), "2024-06-12 10:10", [
      ("Bedömning", "Njurbiopsin bekräftar ANCA-associerad vaskulit med halvmånebildning. Pat informerad om diagnosen idag, "
                    "liksom om plan med kortison och rituximab."),
      ("Planering", "Solu-Medrol 500 mg iv dag 1 av 3."),
  ])],
  must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="Skåne: untold hypothesis kept in the Tidiga hypoteser template; the later visible note confirms and documents the telling")

C("d64-v-overflyttning-dottern-ej-nadd", "vgr", ("19360903", "290"),
  [N("n1", "V_OST31", "Överflyttningsanteckning", ("Lars Andersson", DR), "2024-08-16 17:30", [
      ("Aktuellt", "Stroke med hö-sidig hemipares, trombektomi igår på neurologen. Överflyttas nu till strokeenheten Östra."),
      ("Information", "Pat informerad om stroken och om flytten. Dottern ännu ej nådd, försöker igen i kväll."),
  ])],
  must_not=[("NL101", "n1")],
  why="patient informed; only a relative has not been reached")

C("d64-s-akut-dka-inget-om-information", "skane", ("19990316", "144"),
  [N("n1", "S_AKUT", "Akutanteckning", ("Gustav Lind", DR), "2024-04-27 22:45", [
      ("Bedömning", "Diabetesketoacidos hos känd typ 1-diabetiker efter gastroenterit, pH 7,18."),
      ("Åtgärd", "Insulininfusion och vätska enl. PM. Inläggning på medicinavdelning 12."),
  ], setting="öppenvård")],
  must_not=[("NL101", "n1")],
  why="emergency note with a confirmed diagnosis and no statement about telling")

# ---- more NL102 positives and typo variants ----

C("d64-s-landskrona-typo-misstank-hit", "skane", ("19480707", "119"),
  [N("n1", "S_LAN", "Rondanteckning", ("Erik Malmberg", DR), "2024-02-16 09:50", [
      ("Bedömning", "#1 Höftfraktur opererad 8/2, mobiliseras.\n"
                    "#2 Trombocytopeni 48 (från 210), misstänk HIT efter sex dagar Fragmin. 4T-score 6.\n"
                    "#3 Postoperativ anemi, Hb 97, ingen transfusion."),
      ("Åtgärd", "Fragmin utsatt, argatroban-infusion startad. PF4-antikroppar skickade."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'misstänk' (missing t) before HIT in the second line of a problem list")

C("d64-v-lung-typo-evenutell-legionella", "vgr", ("19650321", "286"),
  [N("n1", "V_LUNG", "Rondanteckning", ("Anna Sjöberg", DR), "2024-08-19 10:20", [
      ("Aktuellt", "Hemkommen från hotellresa i Spanien för en vecka sedan. Hög feber, diarré och torrhosta."),
      ("Bedömning", "Multilobär pneumoni, Na 129. Evenutell legionellainfektion, urinantigen och PCR skickade."),
      ("Planering", "Levofloxacin 500 mg x 2 tillägg till cefotaxim tills svar finns."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Evenutell' for eventuell before the infection diagnosis (the pneumonia itself is confirmed)")

C("d64-s-ystad-typo-kolangit-kan-ej-utelsutas", "skane", ("19460403", "308"),
  [N("n1", "S_YST", "Jouranteckning", ("Ingrid Wallin", DR), "2024-07-20 04:15", [
      ("Aktuellt", "Frossa och feber 39,4 två dagar efter ERCP med stentbyte. Ikterisk."),
      ("Bedömning", "Kolangit kan ej utelsutas, bilirubin 88, ALP 9,2. Cirkulatoriskt stabil."),
      ("Åtgärd", "Pip/Tazo 4 g x 4 efter blododlingar. Gastrojouren informerad inför ev. ny ERCP."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'utelsutas' in 'kan ej uteslutas' after the diagnosis")

C("d64-v-njur-trol-membranos-nefropati", "vgr", ("19590208", "170"),
  [N("n1", "V_NJUR", "Rondanteckning", ("Kristian Wiklund", DR), "2024-04-15 11:25", [
      ("Utredning", "U-albumin/krea 620 g/mol, S-albumin 19, kolesterol 11,2. Anti-PLA2R positiv."),
      ("Bedömning", "Nefrotiskt syndrom, trol. membranös nefropati. Njurbiopsi planerad på torsdag."),
      ("Åtgärd", "Furosemid 80 mg x 2, Enalapril 5 mg, Fragmin profylax."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="confirmed syndrome, hedged underlying disease ('trol. membranös nefropati') in visible text")

C("d64-s-medmott-telefonkontakt-misstankt-giktattack", "skane", ("19500913", "126"),
  [N("n1", "S_MEDMOTT", "Telefonanteckning", ("Per-Olof Jönsson", DR), "2024-08-23 13:05", [
      ("Telefonkontakt", "Pat ringer tre dagar efter utskrivning från avd 7. Ny svullnad och värme i vä fotled sedan igår kväll, ingen feber. "
                         "Misstänkt giktattack efter diuretikaökningen."),
      ("Åtgärd", "Prednisolon 30 mg i fem dagar förskrivet. Pat ringer åter om ingen förbättring på tre dagar."),
  ], setting="öppenvård")],
  must=[("NL102", "n1")],
  why="telephone follow-up after discharge, sökord Telefonkontakt, 'Misstänkt giktattack' is visible in Melior")

C("d64-v-inf-konsult-forenlig-med-pcp", "vgr", ("19670524", "195"),
  [N("n1", "V_INF", "Konsultationssvar", ("Helena Fors", DR), "2024-01-29 15:40", [
      ("Bedömning", "Konsult på medicinavd 31. Pat står på prednisolon 40 mg och metotrexat. "
                    "DT thorax med bilaterala mattglasförändringar, bild förenlig med pneumocystispneumoni."),
      ("Åtgärd", "Bactrim i högdos enl. vikt, prednisolon behålls. Inducerat sputum för PCR."),
  ])],
  must=[("NL102", "n1")],
  why="infectious-disease consultant's answer: 'bild förenlig med pneumocystispneumoni'")

C("d64-v-alingsas-ssk-lakaren-misstanker-blodpropp", "vgr", ("19520430", "231"),
  [N("n1", "V_ALI", "Omvårdnadsanteckning", ("Peter Mattsson", SSK), "2024-03-06 19:15", [
      ("Aktuellt", "Pat klagar på ont och svullnad i vänster vad, vaden är varm och omfånget 3 cm större än höger."),
      ("Åtgärd", "Läkaren misstänker blodpropp i benet, ultraljud beställt till imorgon. Fragmin 15 000 E gavs kl 19."),
  ])],
  must=[("NL102", "n1")],
  why="nurse note in lay words ('misstänker blodpropp i benet') – still a hedged diagnosis of the patient")

C("d64-s-angelholm-typo-mojilg-lakemedelsutlost-hyponatremi", "skane", ("19390715", "142"),
  [N("n1", "S_ANG", "Rondanteckning", ("Gustav Lind", DR), "2024-05-21 10:15", [
      ("Bedömning", "S-Na 121, euvolem. Citalopram insatt för fyra veckor sedan. Möjilg läkemedelsutlöst hyponatremi."),
      ("Planering", "Citalopram sätts ut, vätskerestriktion 1,2 l. Na morgon och kväll."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Möjilg' for möjlig before a drug-induced diagnosis")

C("d64-v-kungalv-typo-lungemboli-uteslutten", "vgr", ("19760101", "327"),
  [N("n1", "V_KUN", "Rondanteckning", ("Therese Lundgren", DR), "2024-10-11 09:30", [
      ("Bedömning", "Lungemboli uteslutten med DT-angio. Pleuritsmärtan beror på en virusinfektion med lätt förhöjt CRP 24."),
      ("Planering", "Eliquis sätts ut. NSAID i en vecka."),
  ])],
  must_not=[("NL102", "n1")],
  why="typo 'uteslutten' in the ruling-out word; diagnosis excluded")

C("d64-s-kristianstad-typo-ej-inforemrad-lymfom", "skane", ("19710714", "352"),
  [N("n1", "S_KRI", "Rondanteckning", ("Anders Kronqvist", DR), "2024-09-30 10:50", [
      ("Utredning", "PAD från körtelbiopsin: diffust storcelligt B-cellslymfom."),
      ("Planering", "Pat ej inforemrad om lymfomdiagnosen, hematologen i Lund ger besked vid överflyttning på onsdag."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="typo 'inforemrad' in the not-told statement; confirmed lymphoma in visible text")

# END CASES


def validate():
    errs = []
    names = set()
    seen = {}
    for c in CASES:
        nm = c["case"]
        if not nm.startswith("d64-"):
            errs.append("%s: name prefix" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: keys" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"]:
            errs.append("%s: why empty" % nm)
        rec = c["record"]
        p = rec["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m:
            errs.append("%s: pnr format" % nm)
            continue
        if _luhn(p["id"][2:8] + m.group(4)) != m.group(5):
            errs.append("%s: luhn" % nm)
        bd = "%s-%s-%s" % m.group(1, 2, 3)
        if bd != p["birth_date"]:
            errs.append("%s: birth date mismatch" % nm)
        birth = _dt.date.fromisoformat(bd)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % nm)
        ids = set()
        for n in rec["notes"]:
            if n["id"] in ids:
                errs.append("%s: dup note id" % nm)
            ids.add(n["id"])
            for key in ("time", "signed"):
                v = n[key]
                if v is None:
                    continue
                if not v.startswith("2024-"):
                    errs.append("%s: %s not 2024" % (nm, key))
                _dt.datetime.fromisoformat(v)
            if n["signed"] and n["signed"] < n["time"]:
                errs.append("%s: signed before time" % nm)
            if n["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR non-Melior" % nm)
            if c["ruleset"] == "vgr" and n["unit"]["hsa_id"][:12] != "SE2321000131":
                errs.append("%s: VGR unit" % nm)
            if c["ruleset"] == "skane" and n["unit"]["hsa_id"][:12] != "SE2321000255":
                errs.append("%s: Skåne unit" % nm)
            d = _dt.date.fromisoformat(n["time"][:10])
            age = d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))
            if 13 <= age <= 15 or age < 0:
                errs.append("%s: age %d" % (nm, age))
            if not n["sections"]:
                errs.append("%s: no sections" % nm)
            for s in n["sections"]:
                for part in re.split(r"\n+|(?<=[.!?])\s+", s["text"]):
                    part = " ".join(part.split())
                    if len(part) >= 25:
                        key = part.lower()
                        if key in seen and seen[key] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %s"
                                        % (nm, seen[key][0], part))
                        elif key in seen:
                            errs.append("%s: sentence repeated in same section: %s" % (nm, part))
                        seen[key] = (nm, n["id"], s["keyword"])
        bynote = {n["id"]: n for n in rec["notes"]}
        both = set()
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (nm, code))
                if tgt not in bynote:
                    errs.append("%s: target %s missing" % (nm, tgt))
                    continue
                if code == "NL102" and lst == "must" and bynote[tgt]["system"] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and bynote[tgt]["system"] == "PMO":
                    errs.append("%s: NL101 on PMO" % nm)
                if (code, tgt) in both:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, tgt))
                both.add((code, tgt))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
    return errs


def main():
    errs = validate()
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(HERE, "nl1_dev64_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(CASES), out))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
