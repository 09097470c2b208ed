#!/usr/bin/env python3
"""d125 — independent NL101/NL102 cases: anaesthesia pre-op assessment, vascular,
thoracic, hand/plastic, endocrine surgery, transplantation follow-up and
post-operative complications. Skåne + VGR, mostly Melior.

Standard library only, deterministic. Writes cases.jsonl beside itself and
exits 1 on any validation problem."""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev125_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior
    "SK_KARL": ("Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4KM1"),
    "SK_KARLAVD": ("Kärlkirurgisk vårdavdelning 5, Skånes universitetssjukhus Malmö", SK + "4KV5"),
    "SK_THORAX": ("Thoraxkirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "7TK2"),
    "SK_LUNG": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "7LM8"),
    "SK_HAND": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4HK3"),
    "SK_PLAST": ("Plastikkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4PL6"),
    "SK_ENDO": ("Endokrinkirurgiska mottagningen, Skånes universitetssjukhus Lund", SK + "7EK4"),
    "SK_KIR6": ("Kirurgavdelning 6, Skånes universitetssjukhus Lund", SK + "7KA6"),
    "SK_TX": ("Transplantationsmottagningen, Skånes universitetssjukhus Malmö", SK + "4TX1"),
    "SK_TXAVD": ("Transplantationsavdelningen, Skånes universitetssjukhus Malmö", SK + "4TX9"),
    "SK_ANE_HBG": ("Anestesimottagningen, Helsingborgs lasarett", SK + "2AN4"),
    "SK_ANE_KRI": ("Preoperativa mottagningen, Centralsjukhuset Kristianstad", SK + "5PO2"),
    "SK_DAGKIR_KRI": ("Dagkirurgiska enheten, Centralsjukhuset Kristianstad", SK + "5DK7"),
    "SK_OP_KRI": ("Operationsavdelningen, Centralsjukhuset Kristianstad", SK + "5OP1"),
    "SK_ANE_LUND": ("Anestesi- och intensivvårdskliniken, Skånes universitetssjukhus Lund", SK + "7AI3"),
    "SK_KIR_YST": ("Kirurgavdelning 2, Ystads lasarett", SK + "6KY2"),
    "SK_KIR_TRE": ("Kirurgavdelning 4, Trelleborgs lasarett", SK + "3KT4"),
    "SK_ORT_HBG": ("Ortopedavdelning 1, Helsingborgs lasarett", SK + "2OR1"),
    "SK_AKUT_HLM": ("Akutmottagningen, Hässleholms sjukhus", SK + "5AH9"),
    # Skåne, PMO (primärvård)
    "SK_VC_SORG": ("Vårdcentralen Sorgenfri, Malmö", SK + "9VS1"),
    "SK_VC_HOOR": ("Vårdcentralen Höör", SK + "9VH4"),
    "SK_HSJ_TRE": ("Hemsjukvården Trelleborg", SK + "9HT2"),
    "SK_VC_ESL": ("Vårdcentralen Tåbelund, Eslöv", SK + "9VE7"),
    "SK_VC_ANG": ("Vårdcentralen Ängelholm", SK + "9VA3"),
    # VGR, Melior
    "VG_KARL": ("Kärlkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "S0K11"),
    "VG_KARLAVD": ("Avdelning 134 Kärlkirurgi, Sahlgrenska Universitetssjukhuset", VG + "S0K34"),
    "VG_THORAX": ("Thoraxkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "S0T20"),
    "VG_IVA_SU": ("Thorax-IVA, Sahlgrenska Universitetssjukhuset", VG + "S0T77"),
    "VG_AKUT_SU": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "S0A01"),
    "VG_LUNG": ("Lungmedicinska mottagningen, Skaraborgs Sjukhus Skövde", VG + "K0L15"),
    "VG_HAND": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "S0H40"),
    "VG_ORT_KUN": ("Ortopedmottagningen, Kungälvs sjukhus", VG + "U0O12"),
    "VG_KIR_KUN": ("Kirurgmottagningen, Kungälvs sjukhus", VG + "U0K08"),
    "VG_PLAST": ("Plastikkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "S0P52"),
    "VG_ENDO": ("Endokrinkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "S0E33"),
    "VG_TX": ("Transplantationscentrum, Sahlgrenska Universitetssjukhuset", VG + "S0X90"),
    "VG_ANE_BOR": ("Anestesimottagningen, Södra Älvsborgs Sjukhus Borås", VG + "B0A22"),
    "VG_UVA_BOR": ("Uppvakningsavdelningen, Södra Älvsborgs Sjukhus Borås", VG + "B0U23"),
    "VG_ANE_NAL": ("Preoperativ mottagning, NU-sjukvården NÄL Trollhättan", VG + "N0P31"),
    "VG_ANE_ALI": ("Anestesimottagningen, Alingsås lasarett", VG + "A0A05"),
    "VG_KIR_ALI": ("Kirurgiska kliniken, Alingsås lasarett", VG + "A0K06"),
    "VG_KIR_SKO": ("Kirurgavdelning 8, Skaraborgs Sjukhus Skövde", VG + "K0K08"),
    "VG_KIR_OST": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "O0K14"),
    "VG_ORT_MOL": ("Ortopedavdelning 3, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "M0O03"),
}

MEL, PMO = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def pnr(bd, serial):
    y, m, d = bd.split("-")
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(y[2:] + m + d + serial))


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(name, ruleset, bd, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        as_of = max(n["time"] for n in notes)[:10] + "T23:59:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(bd, serial), "birth_date": bd, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


A, B = "NL101", "NL102"
n1 = "n1"

# =====================================================================
# NL102 — must (hedged diagnosis of the patient in a visible Melior section)
# =====================================================================

C("d125-kark-susp-bukaortaaneurysm-palpation", "skane", "1951-08-22", "217", [
    N(n1, MEL, "Mottagningsanteckning", "SK_KARL", "Henrik Lindqvist", "läkare",
      "2024-02-13T09:40:00", "2024-02-13T11:05:00", OV, [
          ("Anamnes", "Remiss från VC Lomma. Rökare sedan tonåren, ca 40 paketår, hypertoni. Diffus ryggvärk sedan två månader."),
          ("Status", "BT 165/90. Buk mjuk, pulserande resistens ovan navlan, ca 6 cm bred. Fotpulsar palp bilat."),
          ("Bedömning", "Susp. bukaortaaneurysm, ej tidigare känt. Ryggvärken kan ha annan genes."),
          ("Planering", "DT-angio aorta inom 2 v. Åter efter DT med svar."),
      ])], [(B, n1)], [], "Susp. + aortic aneurysm in Bedömning of an ordinary Melior note is a visible hypothesis.")

C("d125-kark-dd-claudicatio-spinal-stenos", "vgr", "1956-11-03", "458", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_KARL", "Sara Bengtsson", "läkare",
      "2024-03-05T13:15:00", "2024-03-05T15:00:00", OV, [
          ("Aktuellt", "Smärta i vä vad efter ca 200 m promenad, går över efter vila stående. Även ländryggsvärk sedan länge."),
          ("Status", "ABI hö 1,02, vä 0,78. Svag puls i a. dorsalis pedis vä, ua hö."),
          ("Bedömning", "DD claudicatio intermittens vä vs spinal stenos. ABI talar mest för det förra."),
          ("Åtgärd", "Gångträning enligt skriftlig instruktion, rökstopp. Trombyl och atorvastatin insatt."),
      ])], [(B, n1)], [], "DD between two diseases (claudicatio vs spinal stenos) in Bedömning is an uncertain diagnosis.")

C("d125-carotis-sannolik-tia", "skane", "1948-05-30", "339", [
    N(n1, MEL, "Läkaranteckning", "SK_KARL", "Jonas Ekdahl", "läkare",
      "2024-01-24T10:10:00", "2024-01-24T12:30:00", OV, [
          ("Anamnes", "Två episoder med ordletningssvårigheter och svaghet i hö hand, duration 10–15 min, senast i förrgår."),
          ("Diagnos", "Sannolik TIA, vänster hemisfär. Carotisstenos vä 70–80 % enligt duplex."),
          ("Planering", "Tas upp på kärlkonferensen torsdag, TEA inom 14 dagar eftersträvas."),
      ])], [(B, n1)], [], "Sannolik TIA written in the Diagnos sökord of a visible note.")

C("d125-thorax-misstankt-lungcancer-infor-kilresektion", "vgr", "1959-02-17", "562", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_THORAX", "Magnus Thorsell", "läkare",
      "2024-02-06T08:50:00", "2024-02-06T10:20:00", OV, [
          ("Utredning", "DT thorax 2024-01-18: 14 mm spikulerad nodul i hö ovanlob. PET-DT: SUVmax 6,2, inga patologiska lymfkörtlar."),
          ("Bedömning", "Misstänkt lungcancer stadium IA. Transtorakal biopsi bedömd svår att nå, MDK rekommenderar diagnostisk och terapeutisk kilresektion."),
          ("Planering", "VATS kilresektion med fryssnitt, lobektomi i samma seans om malignitet. Spirometri och arbetsprov bokade."),
      ])], [(B, n1)], [], "Misstänkt lungcancer before surgery, in a visible Bedömning.")

C("d125-thorax-pneumothorax-fragetecken-rtg", "skane", "2006-04-12", "613", [
    N(n1, MEL, "Akutanteckning", "SK_AKUT_HLM", "Elin Fransson", "läkare",
      "2024-02-19T22:35:00", "2024-02-19T23:50:00", OV, [
          ("Anamnes", "Lång, smal kille med plötslig hö-sidig bröstsmärta i vila, lätt andfådd. Röker ej."),
          ("Status", "Sat 97 %, AF 18. Något nedsatta andningsljud hö apikalt, i övrigt ua."),
          ("Röntgen", "Lungröntgen: pneumothorax hö? Tunn pleuralinje apikalt ca 1 cm, svårbedömt pga rotation."),
          ("Planering", "Ny bild i utandning, bakjour thorax konsulteras per telefon."),
      ])], [(B, n1)], [], "'pneumothorax hö?' — question mark as hedge on a diagnosis, 17-year-old patient reads his own journal.")

C("d125-hand-kan-rora-sig-om-dupuytren-dd-ganglion", "vgr", "1968-09-09", "724", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_HAND", "Anders Wikström", "läkare",
      "2024-04-10T14:00:00", None, OV, [
          ("Status", "Fast knuta 6 mm i handflatan i höjd med MCP dig IV, ej öm, följer ej senan vid flexion."),
          ("Bedömning", "Kan röra sig om tidig Dupuytrens kontraktur, DD senskideganglion. Ingen extensionsdefekt, ingen op-indikation i nuläget."),
      ])], [(B, n1)], [], "'kan röra sig om' + DD in an unsigned draft (pre-signing) still a visible hypothesis.")

C("d125-hand-troligt-karpaltunnelsyndrom", "skane", "1974-12-01", "846", [
    N(n1, MEL, "Mottagningsanteckning", "SK_HAND", "Karin Holm", "läkare",
      "2024-03-14T09:20:00", "2024-03-14T10:00:00", OV, [
          ("Aktuellt", "Domningar dig I–III hö nattetid sedan ett år, vaknar och skakar handen."),
          ("Status", "Phalen pos efter 30 s, Tinel pos över karpaltunneln. Ingen tenaratrofi, 2PD 5 mm i samtliga fingrar."),
          ("Bedömning", "Troligt karpaltunnelsyndrom hö. ENeG beställd innan ställningstagande till op."),
      ])], [(B, n1)], [], "Troligt + nerve entrapment syndrome in Bedömning.")

C("d125-hand-fynden-talar-for-kubitaltunnel", "vgr", "1981-07-15", "273", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_HAND", "Pia Sjögren", "läkare",
      "2024-05-02T10:30:00", "2024-05-02T11:45:00", OV, [
          ("Status", "Nedsatt sensibilitet ulnart dig IV och hela dig V vä. Froment pos. Tinel pos bakom mediala epikondylen."),
          ("Bedömning", "Fynden talar för kubitaltunnelsyndrom vä, ingen intrinsicusatrofi ännu."),
          ("Planering", "Neurografi. Armbågsortos i extension nattetid under 3 mån, därefter återbesök."),
      ])], [(B, n1)], [], "'talar för' + diagnosis is a hedge (not a negation).")

C("d125-plastik-op-indikation-klinisk-misstanke-melanom", "skane", "1963-10-27", "394", [
    N(n1, MEL, "Operationsberättelse", "SK_PLAST", "Johan Carlsson", "läkare",
      "2024-01-16T11:25:00", "2024-01-16T13:10:00", OV, [
          ("Op-indikation", "Asymmetrisk, mångfärgad pigmentförändring 9 mm på ryggen, tillväxt enligt pat. Klinisk misstanke om malignt melanom."),
          ("Operationsförlopp", "Lokalbedövning Xylocain-adrenalin 10 mg/ml, 8 ml. Diagnostisk excision med 2 mm marginal, spolform längs hudlinjerna. Intrakutan sutur Monocryl 4-0, Steristrip."),
          ("Planering", "PAD inväntas, svar via kontaktsjuksköterska om ca 3 veckor."),
      ])], [(B, n1)], [], "Operation note: the op indication 'klinisk misstanke om malignt melanom' is visible.")

C("d125-plastik-pad-citat-forenligt-med-bcc", "vgr", "1944-03-08", "185", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_PLAST", "Lena Ahlström", "läkare",
      "2024-02-27T15:05:00", "2024-02-27T16:00:00", OV, [
          ("PAD", "Citat: ”Hudexcisat från nässpetsen. Förenligt med basalcellscancer, infiltrativ växtform. Tumören når resektionsranden lateralt.”"),
          ("Bedömning", "Icke radikal excision. Planerar re-excision med fullhudstransplantat från preaurikulärt."),
      ])], [(B, n1)], [], "Quoted pathology answer using 'förenligt med' is a listed hedge and sits in a visible PAD sökord.")

C("d125-endo-bethesda-iv-follikular-cancer-kan-ej-uteslutas", "skane", "1979-06-21", "508", [
    N(n1, MEL, "Mottagningsanteckning", "SK_ENDO", "Annika Rydén", "läkare",
      "2024-04-03T08:30:00", "2024-04-03T09:55:00", OV, [
          ("Utredning", "UL thyreoidea: 28 mm solid hypoekogen knuta i hö lob, TI-RADS 4. Finnålscytologi: Bethesda IV."),
          ("Bedömning", "Follikulär neoplasi hö lob, follikulär cancer kan ej uteslutas cytologiskt. Hemityreoidektomi hö rekommenderas."),
      ])], [(B, n1)], [], "'kan ej uteslutas' on follicular thyroid cancer in a visible Bedömning.")

C("d125-endo-trol-paratyreoideaadenom", "vgr", "1957-01-29", "631", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ENDO", "Fredrik Olausson", "läkare",
      "2024-03-19T13:40:00", "2024-03-19T14:30:00", OV, [
          ("Aktuellt", "Remiss från endokrinologen pga primär hyperparatyreoidism, S-Ca 2,85, PTH 12,1. Trötthet och njursten 2022."),
          ("Utredning", "Sestamibi-scint: upptag nedre vä. UL hals: 11 mm hypoekogen struktur dorsalt om vä lob."),
          ("Bedömning", "Trol. paratyreoideaadenom vä nedre. Fokuserad paratyreoidektomi med intraop PTH planeras."),
      ])], [(B, n1)], [], "Abbreviated hedge 'Trol.' on parathyroid adenoma.")

C("d125-tx-typo-misstant-akut-rejektion", "skane", "1970-11-11", "742", [
    N(n1, MEL, "Läkaranteckning", "SK_TX", "Marie Lundgren", "läkare",
      "2024-01-09T10:45:00", "2024-01-09T12:15:00", OV, [
          ("Aktuellt", "Njurtransplanterad 2023-10-02, avliden donator. Rutinkontroll."),
          ("Provsvar", "Kreatinin 192 (baseline 128), takrolimus 6,1. U-sticka protein 1+."),
          ("Bedömning", "Misstänt akut rejektion. UL graft utan hydronefros, flöden ua."),
          ("Planering", "Graftbiopsi imorgon, läggs in på transplantationsavdelningen."),
      ])], [(B, n1)], [], "Typo 'Misstänt' for misstänkt — suspected acute rejection is still a visible hypothesis.")

C("d125-tx-lever-bild-som-vid-anastomosstriktur", "vgr", "1966-08-04", "826", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Olof Nyberg", "läkare",
      "2024-02-20T09:00:00", "2024-02-20T10:40:00", OV, [
          ("Aktuellt", "Levertransplanterad juni 2023 pga PSC. Stigande ALP och bilirubin sedan två veckor, klåda."),
          ("Utredning", "UL lever: lätt vidgade intrahepatiska gallvägar, bild som vid anastomosstriktur. Flöde i a. hepatica normalt."),
          ("Planering", "MRCP, därefter ställningstagande till ERCP med dilatation."),
      ])], [(B, n1)], [], "'bild som vid' + biliary anastomotic stricture after liver transplant.")

C("d125-postop-anastomoslackage-kan-ej-uteslutas", "skane", "1949-04-14", "957", [
    N(n1, MEL, "Daganteckning", "SK_KIR_YST", "Petter Wallin", "läkare",
      "2024-03-07T08:15:00", "2024-03-07T09:05:00", SV, [
          ("Aktuellt", "Dag 4 efter hö hemikolektomi. Feber 38,6, ökande buksmärta, CRP 280 från 140 igår."),
          ("Status", "Buk: diffus ömhet, lätt défense hö sida. Operationssår ua."),
          ("Bedömning", "Anastomosläckage kan ej uteslutas. DT buk med iv kontrast i dag, pat fastar."),
      ])], [(B, n1)], [], "Post-operative complication hedged with 'kan ej uteslutas' in a ward round note.")

C("d125-postop-ssk-typo-ev-sarinfekion-ljumske", "vgr", "1953-12-19", "165", [
    N(n1, MEL, "Omvårdnadsanteckning", "VG_KARLAVD", "Therese Möller", "sjuksköterska",
      "2024-04-22T14:30:00", "2024-04-22T15:10:00", SV, [
          ("Omvårdnad", "Vid förbandsbyte rodnad ca 3 cm runt ljumsksåret hö, varmt, lite grumlig sekretion. Temp 38,1."),
          ("Bedömning", "Ev. sårinfekion efter femoralis-TEA. Dr Lind informerad, sårodling tagen."),
      ])], [(B, n1)], [], "Nurse note, typo 'sårinfekion' after 'Ev.' — hedged wound infection is visible.")

C("d125-postop-inger-misstanke-om-lungemboli", "skane", "1947-07-07", "286", [
    N(n1, MEL, "Daganteckning", "SK_ORT_HBG", "Ida Persson", "läkare",
      "2024-05-14T07:50:00", "2024-05-14T08:40:00", SV, [
          ("Aktuellt", "Dag 2 efter total höftprotes hö. Plötslig dyspné i morse, sat 88 % på luft, puls 118."),
          ("Bedömning", "Inger misstanke om lungemboli. DT-lungangio akut, Fragmin i behandlingsdos ges i väntan."),
      ])], [(B, n1)], [], "'Inger misstanke om' + pulmonary embolism after arthroplasty.")

C("d125-anest-typo-sanolik-obstruktiv-somnapne", "vgr", "1972-02-25", "397", [
    N(n1, MEL, "Anestesiologisk bedömning", "VG_ANE_BOR", "Gustav Hedlund", "läkare",
      "2024-01-30T10:00:00", "2024-01-30T10:50:00", OV, [
          ("Anamnes", "Inför lap. kolecystektomi. Hustrun beskriver kraftiga snarkningar och andningsuppehåll, pat är dagtrött."),
          ("Status", "BMI 38, halsomfång 46 cm, Mallampati III, gapförmåga 4 cm, god nackrörlighet."),
          ("Bedömning", "Sanolik obstruktiv sömnapné, ej utredd. STOP-BANG 6. ASA 3."),
          ("Planering", "Opioidsparsam anestesi, kontinuerlig saturationsövervakning första natten postop. Remiss sömnutredning."),
      ])], [(B, n1)], [], "Pre-op anaesthesia assessment: typo 'Sanolik' (sannolik) obstructive sleep apnoea.")

C("d125-anest-fraga-aortastenos-fragetecken", "skane", "1941-09-16", "418", [
    N(n1, MEL, "Preoperativ bedömning", "SK_ANE_HBG", "Maria Strand", "läkare",
      "2024-02-08T13:20:00", "2024-02-08T14:00:00", OV, [
          ("Status", "Systoliskt blåsljud 3/6 med punctum maximum över aortaområdet, fortledning till halskärlen."),
          ("Bedömning", "Fråga aortastenos? Ekokardiografi före elektiv knäprotes, op skjuts upp tills svar finns."),
      ])], [(B, n1)], [], "'Fråga … ?' on aortic stenosis in a pre-op assessment.")

C("d125-anest-misstankt-pseudokolinesterasbrist", "vgr", "1988-03-03", "529", [
    N(n1, MEL, "Anestesiologisk bedömning", "VG_ANE_NAL", "Nils Fors", "läkare",
      "2024-03-12T11:10:00", "2024-03-12T12:00:00", OV, [
          ("Anamnes", "Vid appendektomi 2019 på annat sjukhus låg pat kvar intuberad ca 3 h efter suxametonium."),
          ("Bedömning", "Misstänkt pseudokolinesterasbrist. Undvik succinylkolin och mivakurium, rokuronium med sugammadex vid behov."),
          ("Åtgärd", "Prov för kolinesterasaktivitet och dibukaintal tas preop."),
      ])], [(B, n1)], [], "Anaesthetic-relevant diagnosis of the patient himself, hedged with 'Misstänkt'.")

C("d125-postop-trol-delirium-dd-urinretention", "skane", "1938-10-02", "630", [
    N(n1, MEL, "Daganteckning", "SK_KIR_TRE", "Hanna Berglund", "läkare",
      "2024-04-18T08:35:00", None, SV, [
          ("Aktuellt", "Ssk rapporterar att pat varit orolig i natt, plockat med venkatetern och ropat på sin fru."),
          ("Bedömning", "Trol. postoperativt delirium dag 2 efter ljumskbråcksplastik. DD urinretention, infektion – blåsscan 90 ml, CRP 34."),
          ("Åtgärd", "Mobilisering och dagsljus, sömnstöd med melatonin, undvik bensodiazepiner."),
      ])], [(B, n1)], [], "Unsigned ward note: 'Trol.' post-operative delirium with DD.")

C("d125-kark-typo-missankt-graftocklusion", "skane", "1950-06-26", "751", [
    N(n1, MEL, "Inskrivningsanteckning", "SK_KARLAVD", "Tobias Engström", "läkare",
      "2024-02-02T03:20:00", "2024-02-02T04:15:00", SV, [
          ("Aktuellt", "Kall, blek vä fot sedan 4 h. Femoropopliteal bypass vä 2022."),
          ("Status", "Ingen palpabel puls i graften, doppler a. dorsalis pedis svag monofasisk signal. Sensibilitet nedsatt tår."),
          ("Bedömning", "Missänkt ocklusion av bypassgraften, akut ischemi Rutherford IIa. Heparin 5000 E iv, DT-angio akut."),
      ])], [(B, n1)], [], "Typo 'Missänkt' — suspected graft occlusion still a visible hypothesis.")

C("d125-thorax-kan-rora-sig-om-pleuraempyem", "vgr", "1961-05-13", "872", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_LUNG", "Emma Lundberg", "läkare",
      "2024-03-26T09:45:00", "2024-03-26T11:20:00", OV, [
          ("Aktuellt", "Kvarstående feber och pleuravätska tre veckor efter pneumoni trots två antibiotikakurer."),
          ("Utredning", "UL thorax: septerad vätska hö, ca 6 cm. pH i pleuravätskan 7,05, LD 1600."),
          ("Bedömning", "Kan röra sig om pleuraempyem, diskuteras med thoraxkirurg avseende VATS-dekortikering."),
      ])], [(B, n1)], [], "'Kan röra sig om' + pleural empyema.")

C("d125-endo-typo-sannolkit-graves", "skane", "1990-02-14", "193", [
    N(n1, MEL, "Mottagningsanteckning", "SK_ENDO", "Sofia Ek", "läkare",
      "2024-05-21T10:15:00", "2024-05-21T10:40:00", OV, [
          ("Bedömning", "Sannolkit Graves sjukdom med recidiv efter två tyreostatikakurer, TRAK 14. Total tyreoidektomi erbjuds."),
      ])], [(B, n1)], [], "One-line note with typo 'Sannolkit' hedging Graves disease.")

C("d125-tx-talar-for-cmv-infektion", "skane", "1975-04-09", "204", [
    N(n1, MEL, "Läkaranteckning", "SK_TX", "Erik Håkansson", "läkare",
      "2024-06-04T14:10:00", "2024-06-04T15:30:00", OV, [
          ("Aktuellt", "Sex veckor efter njurtransplantation, CMV D+/R−. Feber sedan tre dagar, trött, diarré."),
          ("Provsvar", "LPK 2,1, ALAT 2,4. CMV-PCR skickad."),
          ("Bedömning", "Talar för CMV-infektion. Valganciklovir i behandlingsdos startas empiriskt, mykofenolat halveras."),
      ])], [(B, n1)], [], "'Talar för' CMV infection in transplant follow-up.")

C("d125-hand-de-quervain-fragetecken", "vgr", "1985-11-28", "315", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ORT_KUN", "Linnea Axelsson", "läkare",
      "2024-02-15T15:30:00", "2024-02-15T16:10:00", OV, [
          ("Status", "Svullnad och palpationsömhet över proc. styloideus radii hö. Finkelstein positivt."),
          ("Bedömning", "De Quervains tendovaginit? Kortisoninjektion i första extensorfacket ges i dag."),
      ])], [(B, n1)], [], "Trailing '?' after an eponymous diagnosis.")

C("d125-anest-lang-preop-ev-kol", "vgr", "1952-07-31", "426", [
    N(n1, MEL, "Anestesiologisk bedömning", "VG_ANE_ALI", "Karl-Johan Ström", "läkare",
      "2024-04-25T09:00:00", "2024-04-25T10:30:00", OV, [
          ("Anamnes", "Planerad för laparoskopisk sigmoideumresektion pga recidiverande divertikulit. Hypertoni sedan 2010, välbehandlad. Typ 2-diabetes på metformin, HbA1c 52. Rökt 30 paketår, slutade 2019. Hosta med slem på morgonen, andfådd i uppförsbackar men klarar två trappor utan vila. Inga tidigare narkoskomplikationer, tolererade spinal vid TURP 2020. Ingen känd läkemedelsallergi."),
          ("Läkemedel", "Amlodipin 10 mg x1, Enalapril 20 mg x1, Metformin 1 g x2, Atorvastatin 40 mg x1. Inga antikoagulantia."),
          ("Status", "Längd 178 cm, vikt 96 kg, BMI 30. Cor: regelbunden rytm, inga blåsljud. Pulm: förlängt exspirium, enstaka ronki bilat basalt. Sat 94 % på luft. Luftväg: Mallampati II, tandstatus egna tänder med löstagbar partialprotes i överkäken, gap 3 tvärfingrar, god nackrörlighet."),
          ("Provsvar", "Hb 151, kreatinin 88, kalium 4,2. EKG: sinusrytm 72, vänsterställd el-axel, inga ischemitecken."),
          ("Bedömning", "ASA 3. Ev. KOL – spirometri ej gjord. Måttligt ökad risk för postoperativa lungkomplikationer. Diabetes och hypertoni stabila."),
          ("Planering", "Spirometri med reversibilitet före op. Metformin pausas op-dagen. Narkos med TIVA och epidural för postop smärta, alternativt TAP-block. Andningsgymnastik med PEP-flaska preop. Fasta enligt rutin, klar dryck till 2 h före."),
      ])], [(B, n1)], [], "Long pre-op chart: a single hedged 'Ev. KOL' in Bedömning is the only hypothesis.")

C("d125-kark-lang-differentialdiagnos-emboli-trombos", "skane", "1946-01-19", "537", [
    N(n1, MEL, "Inskrivningsanteckning", "SK_KARLAVD", "Amanda Nordin", "läkare",
      "2024-03-02T19:40:00", "2024-03-02T21:15:00", SV, [
          ("Kontaktorsak", "Akut insjuknande med smärta och kyla i hö underben sedan kl 14 i dag."),
          ("Anamnes", "Förmaksflimmer sedan 2021, har själv satt ut Eliquis i höstas pga blåmärken. Känt poplitea-aneurysm hö 2,3 cm sedan 2022 som kontrollerats med ultraljud årligen. Hypertoni, hyperlipidemi. Bor med maka, gick promenader dagligen."),
          ("Status", "Allmäntillstånd påverkat av smärta. Oregelbunden puls 104. Hö ben: blekt och kallt nedom knät, kapillär återfyllnad förlängd, nedsatt sensibilitet på fotryggen, kan röra tårna men svagt. Ingen palpabel puls i a. poplitea eller distalt, ingen dopplersignal i a. tibialis posterior. Vä ben: palpabla pulsar i ljumske och knäveck."),
          ("Utredning", "DT-angio: abrupt stopp i a. poplitea hö i höjd med aneurysmet, dålig distal fyllnad via kollateraler. Lab: Hb 139, CRP 8, kreatinin 97, CK 310."),
          ("Bedömning", "Akut extremitetsischemi hö, Rutherford IIb. Differentialdiagnos: emboli från hjärtat vid oantikoagulerat FF vs in situ-trombos i popliteaaneurysmet."),
          ("Åtgärd", "Heparin 5000 E iv bolus följt av infusion. Akut till operation för explorering, trombembolektomi och vid behov bypass. Narkosbedömning gjord, fasta sedan kl 12. Maka informerad per telefon."),
      ])], [(B, n1)], [], "Long admission note; 'Differentialdiagnos' between two diagnoses of the patient.")

C("d125-plastik-klinisk-bild-som-vid-scc", "vgr", "1939-12-05", "648", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_PLAST", "Viktor Ahlgren", "läkare",
      "2024-05-07T10:20:00", None, OV, [
          ("Status", "Hyperkeratotisk, lätt ulcererad förändring 12 mm på vä handrygg, snabb tillväxt senaste två månaderna."),
          ("Bedömning", "Klinisk bild som vid skivepitelcancer, DD keratoakantom. Excision med 5 mm marginal i lokalbedövning."),
      ])], [(B, n1)], [], "Skin tumour: 'bild som vid' + DD in an unsigned draft.")

C("d125-endo-typo-oklrat-om-recurrenspares", "skane", "1983-08-18", "759", [
    N(n1, MEL, "Daganteckning", "SK_KIR6", "Rebecka Åberg", "läkare",
      "2024-06-11T08:10:00", "2024-06-11T09:00:00", SV, [
          ("Aktuellt", "Dag 1 efter total tyreoidektomi. Pat hes med svag röst, inga andningsbesvär. PTH 2,9, joniserat Ca 1,12."),
          ("Bedömning", "Oklrat om recurrenspares vä – intraop neuromonitorering visade signalfall på vänster sida."),
          ("Planering", "Laryngoskopi via ÖNH före hemgång, kalciumtillskott enligt PM."),
      ])], [(B, n1)], [], "Typo 'Oklrat om' (oklart om) + recurrent laryngeal nerve palsy after thyroidectomy.")

C("d125-hand-barn-trolig-triggertumme", "vgr", "2020-10-13", "860", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_HAND", "Cecilia Borg", "läkare",
      "2024-03-21T13:00:00", "2024-03-21T13:40:00", OV, [
          ("Anamnes", "Föräldrarna har sedan två månader märkt att pojken inte sträcker vä tumme."),
          ("Status", "IP-leden i vä tumme låst i 30° flexion, kan passivt ej sträckas helt. Palpabel knuta över A1-pulleyn."),
          ("Bedömning", "Trolig pediatrisk triggertumme. Avvaktar sex månader, spontan regress vanlig."),
      ])], [(B, n1)], [], "Child under 13 (guardians read the journal): 'Trolig' trigger thumb is visible.")

C("d125-tx-bk-misstanke-sedan-bekraftad-tva-anteckningar", "skane", "1962-02-03", "971", [
    N(n1, MEL, "Läkaranteckning", "SK_TX", "Marie Lundgren", "läkare",
      "2024-07-02T09:30:00", "2024-07-02T10:50:00", OV, [
          ("Provsvar", "P-BK-virus-DNA 4,2 log kopior/ml, kreatinin 165 från 130."),
          ("Bedömning", "Misstänkt BK-virusnefropati. Graftbiopsi bokas, takrolimusnivå sänks."),
      ]),
    N("n2", MEL, "Läkaranteckning", "SK_TX", "Marie Lundgren", "läkare",
      "2024-07-12T11:00:00", "2024-07-12T11:45:00", OV, [
          ("Provsvar", "Graftbiopsi: BK-virusnefropati klass 2 (SV40-positiva tubulusceller), ingen rejektion."),
          ("Bedömning", "BK-virusnefropati. Reducerad immunsuppression fortsätter, virusmängd följs varannan vecka."),
      ])], [(B, n1)], [(B, "n2")], "Hypothesis in n1, settled without hedge in n2: assert on each note separately.")

# =====================================================================
# NL102 — must_not
# =====================================================================

C("d125-tx-ingen-misstanke-om-rejektion", "vgr", "1967-09-23", "182", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Olof Nyberg", "läkare",
      "2024-02-21T08:40:00", "2024-02-21T09:30:00", OV, [
          ("Aktuellt", "Årskontroll tre år efter njurtransplantation. Mår bra, arbetar heltid som busschaufför."),
          ("Provsvar", "Kreatinin 112, stabilt. Takrolimus 5,4. DSA negativa."),
          ("Bedömning", "Ingen misstanke om rejektion. Oförändrad immunsuppression."),
      ])], [], [(B, n1)], "Negated hypothesis ('Ingen misstanke om rejektion').")

C("d125-postop-typo-inga-tecken-pa-lungemobli", "skane", "1955-03-27", "293", [
    N(n1, MEL, "Daganteckning", "SK_KIR_YST", "Petter Wallin", "läkare",
      "2024-03-11T10:00:00", "2024-03-11T10:45:00", SV, [
          ("Röntgen", "DT-lungangio: inga tecken på lungemobli. Små basala atelektaser bilat."),
          ("Bedömning", "Takykardin bedöms sekundär till smärta och hypovolemi. Vätska iv, andningsgymnastik via fysioterapeut."),
      ])], [], [(B, n1)], "Negation 'inga tecken på' with the diagnosis misspelt 'lungemobli'.")

C("d125-kark-bukaortaaneurysm-uteslutes", "vgr", "1958-10-10", "304", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_KARL", "Sara Bengtsson", "läkare",
      "2024-01-18T14:20:00", "2024-01-18T15:00:00", OV, [
          ("Utredning", "Ultraljud aorta: max diameter 2,4 cm, jämn kontur utan tromb."),
          ("Bedömning", "Bukaortaaneurysm uteslutes. Palpationsfyndet förklaras av slank patient med tydlig aortapuls, ingen kontroll behövs."),
      ])], [], [(B, n1)], "Ruled-out diagnosis ('uteslutes').")

C("d125-carotis-talar-emot-dissektion", "skane", "1978-04-02", "415", [
    N(n1, MEL, "Konsultationssvar", "SK_KARL", "Jonas Ekdahl", "läkare",
      "2024-04-08T16:00:00", "2024-04-08T16:30:00", OV, [
          ("Bedömning", "DT-angio hals visar jämna kärlväggar utan intimaflik eller pseudoaneurysm. Fynden talar emot carotisdissektion, nackvärken bedöms muskulär."),
      ])], [], [(B, n1)], "'talar emot' is a negation, not a hedge.")

C("d125-thorax-typo-pneumotorax-avskrivs", "vgr", "2001-06-06", "526", [
    N(n1, MEL, "Akutanteckning", "VG_AKUT_SU", "Jesper Lind", "läkare",
      "2024-05-18T02:10:00", "2024-05-18T03:00:00", OV, [
          ("Röntgen", "Ny lungröntgen i utandning: lungan ligger an mot bröstväggen ända upp. Pneumotorax avskrivs, linjen på första bilden var ett hudveck."),
          ("Planering", "Hem, paracetamol vid behov. Åter vid ökande andfåddhet."),
      ])], [], [(B, n1)], "Diagnosis written off ('avskrivs'), typo 'Pneumotorax'.")

C("d125-anest-broder-misstankt-malign-hypertermi", "vgr", "1994-01-22", "637", [
    N(n1, MEL, "Anestesiologisk bedömning", "VG_ANE_NAL", "Nils Fors", "läkare",
      "2024-02-29T10:00:00", "2024-02-29T10:40:00", OV, [
          ("Anamnes", "Brodern fick misstänkt malign hypertermi vid narkos 2011, aldrig utredd med muskelbiopsi. Pat själv sövd vid tonsillektomi som barn utan komplikationer."),
          ("Planering", "Triggerfri anestesi av försiktighetsskäl: TIVA, dantrolen tillgängligt på salen, förberedd anestesiapparat."),
      ])], [], [(B, n1)], "The hedged diagnosis belongs to the brother, not the patient.")

C("d125-kark-far-troligen-rupturerat-aneurysm", "skane", "1960-12-12", "748", [
    N(n1, MEL, "Mottagningsanteckning", "SK_KARL", "Henrik Lindqvist", "läkare",
      "2024-06-17T09:00:00", "2024-06-17T09:30:00", OV, [
          ("Anamnes", "Fadern avled 68 år gammal av ett troligen rupturerat bukaortaaneurysm. Pat önskar kontroll."),
          ("Status", "UL aorta: 2,7 cm infrarenalt, ingen tromb."),
          ("Bedömning", "Normal aortadiameter. Ingen ytterligare kontroll, syskonen kan erbjudas screening via sin vårdcentral."),
      ])], [], [(B, n1)], "Hedged diagnosis in family history (father); patient's own aorta normal.")

C("d125-plastik-dfsp-ev-remiss-arrkorrigering", "vgr", "1980-05-25", "859", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_PLAST", "Lena Ahlström", "läkare",
      "2024-03-04T11:00:00", "2024-03-04T11:40:00", OV, [
          ("Bedömning", "Dermatofibrosarkoma protuberans på bröstkorgen, radikalt opererad med Mohs-teknik. Ev. remiss för ärrkorrigering längre fram om pat önskar."),
      ])], [], [(B, n1)], "Confirmed diagnosis; 'Ev.' hedges only a referral (plan).")

C("d125-thorax-trolig-utskrivning-efter-vats", "skane", "1999-08-01", "960", [
    N(n1, MEL, "Daganteckning", "SK_THORAX", "Oskar Nyström", "läkare",
      "2024-04-24T08:20:00", "2024-04-24T09:00:00", SV, [
          ("Aktuellt", "Dag 2 efter VATS bullaresektion och pleurodes hö för recidiverande spontan pneumothorax. Inget luftläckage senaste dygnet."),
          ("Planering", "Drän dras i eftermiddag, trolig utskrivning imorgon efter kontrollröntgen."),
      ])], [], [(B, n1)], "'trolig' hedges the discharge, not a diagnosis.")

C("d125-lung-forkalkad-nodul-eventuellt-ny-dt", "vgr", "1965-03-15", "171", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_LUNG", "Emma Lundberg", "läkare",
      "2024-05-30T13:30:00", None, OV, [
          ("Utredning", "DT thorax: solitär 5 mm nodul i vä underlob, helt förkalkad, oförändrad sedan DT 2021."),
          ("Bedömning", "Benign förkalkad nodul, gammalt granulom. Ingen vidare uppföljning, eventuellt ny DT om nya symtom tillstöter."),
      ])], [], [(B, n1)], "Benign settled finding; 'eventuellt' refers to an imaging plan.")

C("d125-hand-villkor-om-infektion-i-saret", "skane", "1957-11-02", "282", [
    N(n1, MEL, "Epikris", "SK_HAND", "Karin Holm", "läkare",
      "2024-02-09T15:40:00", "2024-02-09T16:10:00", OV, [
          ("Epikris", "Dagkirurgisk fasciektomi för Dupuytrens kontraktur dig V hö. Okomplicerat ingrepp i plexusblockad."),
          ("Information", "Suturtagning om 14 dagar på vårdcentralen. Om tecken på infektion i såret, som ökande rodnad, värme eller feber, kontakta handkirurgen direkt."),
      ])], [], [(B, n1)], "Conditional instruction mentioning infection; the only diagnosis is confirmed.")

C("d125-endo-bekraftad-papillar-cancer-informerad", "vgr", "1986-04-30", "393", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ENDO", "Fredrik Olausson", "läkare",
      "2024-06-05T09:15:00", "2024-06-05T10:00:00", OV, [
          ("PAD", "Papillär tyreoideacancer, klassisk variant, 16 mm, pT1b, radikalt exciderad, ingen kärlinväxt."),
          ("Bedömning", "Låg risk enligt ATA efter hemityreoidektomi vä, ingen komplettering. Levotyroxin ej nödvändigt i nuläget."),
          ("Information", "Pat informerad om PAD och fortsatt plan vid dagens besök."),
      ])], [], [(B, n1), (A, n1)], "Confirmed cancer, told to the patient: neither hedge nor untold diagnosis.")

C("d125-hand-konstaterad-dupuytren-utan-hedge", "skane", "1949-09-30", "404", [
    N(n1, MEL, "Mottagningsanteckning", "SK_HAND", "Ali Rahimi", "läkare",
      "2024-05-16T10:30:00", "2024-05-16T11:00:00", OV, [
          ("Status", "Tydlig Dupuytrensträng dig V hö med extensionsdefekt 45° i PIP och 20° i MCP. Tabletop-test positivt."),
          ("Bedömning", "Dupuytrens kontraktur hö dig V. Erbjuds nålfasciotomi eller fasciektomi, pat vill fundera."),
      ])], [], [(B, n1)], "Confirmed diagnosis written plainly, no hedge.")

C("d125-endo-skane-mall-tidiga-hypoteser-medullar", "skane", "1971-07-08", "515", [
    N(n1, MEL, "Tidiga hypoteser", "SK_ENDO", "Annika Rydén", "läkare",
      "2024-03-28T14:50:00", "2024-03-28T15:10:00", OV, [
          ("Bedömning", "Kalcitonin 240 inför op av thyreoideaknuta. Misstänkt medullär tyreoideacancer, ev. MEN2. Pat ännu ej informerad om misstanken, genetik och binjureprover först."),
      ])], [], [(B, n1), (A, n1)], "Skåne: hypothesis and the untold state sit in the Tidiga hypoteser template, hidden from 1177.")

C("d125-tx-vgr-sokord-tidiga-hypoteser-ptld", "vgr", "1976-02-11", "626", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Ingrid Sundberg", "läkare",
      "2024-04-16T10:00:00", "2024-04-16T11:00:00", OV, [
          ("Aktuellt", "Hjärttransplanterad 2021. Nattliga svettningar sedan en månad, viktnedgång 4 kg."),
          ("Bedömning", "Lymfkörtel 2,5 cm på hö halssida. Biopsi bokad hos ÖNH, återbesök när svaret kommit."),
          ("Tidiga hypoteser", "Susp. PTLD, EBV-PCR stigande senaste två proverna."),
      ])], [], [(B, n1)], "VGR: the hedged PTLD sits only under the protected sökord Tidiga hypoteser.")

C("d125-pmo-vc-trol-ytlig-sarinfektion", "skane", "1984-01-04", "737", [
    N(n1, PMO, "Besöksanteckning", "SK_VC_SORG", "Malin Örn", "sjuksköterska",
      "2024-02-22T10:20:00", "2024-02-22T10:40:00", OV, [
          ("Aktuellt", "Suturtagning efter excision av nevus vä skuldra. Lätt rodnad kring två stygn, trol. ytlig sårinfektion. Afebril, råd om tvätt med tvål och vatten."),
      ])], [], [(B, n1)], "PMO never shows diagnoses: hedged wound infection in primary care is not NL102.")

C("d125-pmo-hemsjukvard-misstankt-trycksar-hal", "skane", "1934-05-19", "848", [
    N(n1, PMO, "Omvårdnadsanteckning", "SK_HSJ_TRE", "Gunilla Persson", "sjuksköterska",
      "2024-03-06T11:00:00", "2024-03-06T11:30:00", OV, [
          ("Omvårdnad", "Hembesök fem dagar efter höftfrakturoperation. Rodnad som ej bleknar vid tryck på hö häl, misstänkt trycksår kategori 1. Hälavlastande kudde utlämnad."),
      ])], [], [(B, n1)], "PMO home care note after hip surgery: hedged pressure ulcer, never visible as diagnosis.")

C("d125-pmo-trolig-dupuytren-remiss", "skane", "1952-12-24", "959", [
    N(n1, PMO, "Läkaranteckning", "SK_VC_HOOR", "Per Ohlsson", "läkare",
      "2024-01-11T14:00:00", "2024-01-11T14:30:00", OV, [
          ("Bedömning", "Trolig Dupuytren dig IV vä med begynnande kontraktur i PIP. Remiss till handkirurgen SUS Malmö."),
      ])], [], [(B, n1)], "PMO: 'Trolig Dupuytren' is not NL102.")

C("d125-pmo-susp-karpaltunnel-bilat", "skane", "1969-06-03", "160", [
    N(n1, PMO, "Läkaranteckning", "SK_VC_ESL", "Yasmin Haddad", "läkare",
      "2024-04-02T09:10:00", "2024-04-02T09:30:00", OV, [
          ("Bedömning", "Susp karpaltunnelsyndrom bilat, vä>hö. Handledsortos nattetid, åter om 6 v."),
      ])], [], [(B, n1)], "PMO: 'Susp' entrapment syndrome, not NL102.")

C("d125-pmo-telefon-ev-hematom-efter-tea", "skane", "1945-08-14", "271", [
    N(n1, PMO, "Telefonanteckning", "SK_VC_ANG", "Eva Lindahl", "sjuksköterska",
      "2024-05-27T08:05:00", "2024-05-27T08:15:00", OV, [
          ("Telefonkontakt", "Pat ringer, opererad för förträngning i halspulsådern för en vecka sedan. Svullnad vid såret, ev. hematom. Ingen andningspåverkan eller sväljsvårighet. Tid hos dr i eftermiddag."),
      ])], [], [(B, n1)], "PMO phone note after carotid surgery: hedged haematoma is not NL102.")

C("d125-uva-mojligen-heshet-symtom", "vgr", "1977-10-29", "382", [
    N(n1, MEL, "Postoperativ uppföljning", "VG_UVA_BOR", "Jenny Falk", "anestesisjuksköterska",
      "2024-02-14T13:45:00", "2024-02-14T14:00:00", SV, [
          ("Omvårdnad", "Extuberad utan problem. Möjligen lätt heshet vid samtal, pat själv upplever ingen förändring. Halsont VAS 2, PONV nej."),
      ])], [], [(B, n1)], "Hedge on a symptom (hoarseness), no diagnosis.")

C("d125-dagkir-oklart-om-fastande", "skane", "1990-09-12", "493", [
    N(n1, MEL, "Omvårdnadsanteckning", "SK_DAGKIR_KRI", "Sanna Jönsson", "sjuksköterska",
      "2024-06-19T07:05:00", None, OV, [
          ("Omvårdnad", "Oklart om pat är fastande – uppger en kopp kaffe med mjölk kl 06.30. Op-start flyttas till 12.30 efter samråd med operatör och narkosläkare."),
      ])], [], [(B, n1)], "'Oklart om' on fasting, no diagnosis (unsigned draft).")

C("d125-kark-fragestallning-evar-plan", "vgr", "1943-04-04", "504", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_KARL", "Mattias Öberg", "läkare",
      "2024-03-22T10:50:00", "2024-03-22T11:30:00", OV, [
          ("Utredning", "Bukaortaaneurysm 6,1 cm, tillväxt 6 mm på ett år."),
          ("Planering", "Frågeställning till kärlröntgenkonferensen: anatomiskt lämplig för EVAR eller öppen op?"),
      ])], [], [(B, n1)], "'Frågeställning' about treatment choice; the aneurysm itself is confirmed.")

C("d125-anest-tidigare-misstankt-le-avskrevs", "skane", "1982-02-28", "615", [
    N(n1, MEL, "Preoperativ bedömning", "SK_ANE_HBG", "Maria Strand", "läkare",
      "2024-04-11T13:00:00", "2024-04-11T13:30:00", OV, [
          ("Anamnes", "Inför artroskopi hö knä. Misstänkt lungemboli 2021 efter fotledsfraktur, DT då utan embolier och diagnosen avskrevs. I övrigt frisk, inga läkemedel."),
          ("Bedömning", "ASA 1. Standardtromboprofylax enligt PM."),
      ])], [], [(B, n1)], "Old suspicion explicitly ruled out ('avskrevs').")

C("d125-endo-typo-ingen-missanke-malignitet", "vgr", "1973-11-06", "726", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ENDO", "Helena Ivarsson", "läkare",
      "2024-05-09T14:15:00", "2024-05-09T14:45:00", OV, [
          ("Bedömning", "Cytologi Bethesda II, benign kolloidknuta. Ingen missanke om malignitet. Operation endast vid kompressionssymtom."),
      ])], [], [(B, n1)], "Negation with typo 'Ingen missanke om'.")

C("d125-thorax-inget-som-talar-for-pneumothorax", "skane", "1968-01-31", "837", [
    N(n1, MEL, "Daganteckning", "SK_THORAX", "Oskar Nyström", "läkare",
      "2024-02-26T11:20:00", "2024-02-26T11:50:00", SV, [
          ("Röntgen", "Kontrollröntgen efter dragning av pleuradrän: inget som talar för kvarvarande pneumothorax. Lätt pleuraförtjockning basalt hö."),
          ("Planering", "Utskrivning i dag."),
      ])], [], [(B, n1)], "'talar för' inside a negation ('inget som talar för').")

C("d125-plastik-ssk-dran-ev-blodtillblandat", "vgr", "1979-09-01", "948", [
    N(n1, MEL, "Omvårdnadsanteckning", "VG_KIR_SKO", "Ronja Karlsson", "sjuksköterska",
      "2024-04-30T20:30:00", "2024-04-30T20:45:00", SV, [
          ("Omvårdnad", "Bukplastik dag 1. Drän 1 ca 40 ml serös vätska, drän 2 ev. lite blodtillblandat. Förbanden torra, mobiliserad till stol."),
      ])], [], [(B, n1)], "'ev.' hedges a drain-fluid observation, not a diagnosis.")

C("d125-tx-misstanken-kunde-inte-bekraftas", "skane", "1964-10-21", "159", [
    N(n1, MEL, "Daganteckning", "SK_TXAVD", "Erik Håkansson", "läkare",
      "2024-01-12T13:10:00", "2024-01-12T13:40:00", SV, [
          ("Provsvar", "Biopsisvar: ingen rejektion, lätt kalcineurinhämmartoxicitet."),
          ("Bedömning", "Misstanken om rejektion kunde alltså inte bekräftas. Takrolimusmål sänks till 5–7."),
      ])], [], [(B, n1)], "Suspicion explicitly not confirmed by biopsy.")

C("d125-iva-trolig-extubation-sannolikt-flytt", "vgr", "1954-07-17", "260", [
    N(n1, MEL, "Daganteckning", "VG_IVA_SU", "Anna Kjellberg", "läkare",
      "2024-03-13T09:00:00", None, SV, [
          ("Aktuellt", "Dag 1 efter aortaklaffbyte. Hemodynamiskt stabil, låg dos noradrenalin utsatt i natt."),
          ("Planering", "Trolig extubation under förmiddagen, sannolikt flytt till avd 53 i morgon."),
      ])], [], [(B, n1)], "Hedges on extubation and transfer (plans), unsigned.")

C("d125-anest-ev-spinalanestesi", "skane", "1987-12-09", "371", [
    N(n1, MEL, "Preoperativ bedömning", "SK_ANE_KRI", "Jakob Sandell", "läkare",
      "2024-05-23T10:40:00", "2024-05-23T11:00:00", OV, [
          ("Planering", "Ev. spinalanestesi, annars larynxmask. Pat positiv till båda alternativen, bestäms op-dagen."),
      ])], [], [(B, n1)], "'Ev.' on the anaesthetic method, no diagnosis.")

C("d125-tx-biopsi-ej-forenlig-med-rejektion", "vgr", "1983-05-05", "482", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Ingrid Sundberg", "läkare",
      "2024-06-25T15:00:00", "2024-06-25T15:30:00", OV, [
          ("Bedömning", "Graftbiopsi ej förenlig med akut rejektion, inga tecken på BK-virus. Kreatininstegringen tolkas som prerenal efter gastroenterit."),
      ])], [], [(B, n1)], "'ej förenlig med' negates the diagnosis.")

C("d125-endo-lang-epikris-negationer-och-plan", "skane", "1966-03-22", "593", [
    N(n1, MEL, "Epikris", "SK_KIR6", "Rebecka Åberg", "läkare",
      "2024-08-09T12:00:00", "2024-08-09T13:15:00", SV, [
          ("Epikris", "Inlagd för planerad paratyreoidektomi pga primär hyperparatyreoidism med S-Ca 2,9 och osteoporos. Preop sestamibi och ultraljud lokaliserade en förstorad körtel dorsalt om hö lob. Operation 2024-08-07: fokuserad exploration hö, 1,4 cm adenom exstirperades, intraop PTH sjönk från 18 till 4,1 på tio minuter. Fryssnitt bekräftade paratyreoideavävnad."),
          ("Postoperativt", "Okomplicerat förlopp. Ingen heshet, laryngoskopi ej indicerad. Inga tecken på postoperativ blödning eller hematom på halsen. Hypokalcemi har inte förekommit, joniserat Ca 1,19 dag 1. Ingen stickning runt munnen eller i fingrarna."),
          ("PAD", "Paratyreoideaadenom, 1,4 g, inga atypiska drag."),
          ("Information", "Pat informerad om op-fynd och PAD under vårdtiden. Hon har fått skriftlig information om symtom på lågt kalcium."),
          ("Planering", "Kalciumkontroll på vårdcentralen om en vecka, ev. D-vitamintillskott enligt osteoporosmottagningen. Trolig återgång i arbete om två veckor. Återbesök endokrinkirurgen med S-Ca och PTH om tre månader. Sjukskriven 14 dagar."),
      ])], [], [(B, n1)], "Long discharge summary: only negations, a confirmed adenoma and hedged plans.")

# =====================================================================
# NL101 — must (diagnosis visible while text says patient not told yet)
# =====================================================================

C("d125-endo-pad-papillar-ej-informerad", "skane", "1978-08-11", "116", [
    N(n1, MEL, "Läkaranteckning", "SK_ENDO", "Sofia Ek", "läkare",
      "2024-02-12T15:20:00", "2024-02-12T15:50:00", OV, [
          ("PAD", "Hemityreoidektomi hö 2024-01-30: papillär tyreoideacancer, follikulär variant, 9 mm, radikal."),
          ("Bedömning", "Pat ej informerad ännu, besked lämnas vid återbesöket 12/3 tillsammans med kontaktsjuksköterska."),
      ])], [(A, n1)], [], "Confirmed thyroid cancer in a visible PAD sökord, patient not yet informed.")

C("d125-plastik-melanom-pat-annu-inte-informerad", "vgr", "1969-04-18", "227", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_PLAST", "Viktor Ahlgren", "läkare",
      "2024-01-25T16:00:00", "2024-01-25T16:20:00", OV, [
          ("PAD", "Malignt melanom, superficiellt spridande typ, Breslow 1,4 mm, ingen ulceration, mitoser 2/mm²."),
          ("Planering", "Pat ännu inte informerad. Kontaktssk ringer och bokar besök nästa vecka för besked samt planering av utvidgad excision och portvaktskörtel."),
      ])], [(A, n1)], [], "Melanoma PAD visible, 'ännu inte informerad'.")

C("d125-tx-rejektion-har-inte-fatt-besked", "skane", "1959-11-30", "338", [
    N(n1, MEL, "Daganteckning", "SK_TXAVD", "Marie Lundgren", "läkare",
      "2024-01-10T18:40:00", "2024-01-10T19:00:00", SV, [
          ("Provsvar", "Graftbiopsi: akut T-cellsmedierad rejektion, Banff IB."),
          ("Bedömning", "Pat sover och har inte fått besked än. Informeras vid morgonronden, metylprednisolonpuls startas därefter."),
      ])], [(A, n1)], [], "Transplant rejection confirmed on biopsy, patient 'har inte fått besked'.")

C("d125-thorax-adenocarcinom-besked-ej-lamnat", "vgr", "1955-06-14", "449", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_THORAX", "Magnus Thorsell", "läkare",
      "2024-02-28T13:10:00", "2024-02-28T13:40:00", OV, [
          ("PAD", "Kilresektion hö ovanlob: invasivt adenocarcinom, acinärt dominerande, 18 mm, fria resektionsränder, pT1b."),
          ("Bedömning", "Besked ej lämnat till pat. Telefontiden avbokas, pat kallas i stället till mottagningen på fredag."),
      ])], [(A, n1)], [], "Lung adenocarcinoma in PAD, 'Besked ej lämnat till pat'.")

C("d125-kark-popliteaaneurysm-dr-kontaktar-efter-rond", "skane", "1944-10-08", "550", [
    N(n1, MEL, "Läkaranteckning", "SK_KARL", "Tobias Engström", "läkare",
      "2024-03-18T12:30:00", "2024-03-18T13:00:00", OV, [
          ("Utredning", "Ultraljud: popliteaaneurysm bilat, hö 2,6 cm med mural tromb, vä 1,9 cm."),
          ("Bedömning", "Pat ej informerad – kontaktas av ansvarig kärlkirurg efter torsdagens kärlrond."),
      ])], [(A, n1)], [], "Bilateral popliteal aneurysm found, patient not yet informed.")

C("d125-anest-nyupptackt-diabetes-ej-informerad", "vgr", "1961-01-07", "661", [
    N(n1, MEL, "Anestesiologisk bedömning", "VG_ANE_NAL", "Sofie Blom", "läkare",
      "2024-04-04T14:40:00", "2024-04-04T15:10:00", OV, [
          ("Provsvar", "HbA1c 78 mmol/mol, fP-glukos 11,2 – diabetes mellitus typ 2, tidigare okänd."),
          ("Bedömning", "Pat ej informerad om diabetesdiagnosen ännu. Meddelas vid telefonuppföljning efter samråd med operatör om op kan genomföras som planerat."),
      ])], [(A, n1)], [], "Pre-op lab reveals new diabetes, explicitly not yet told.")

C("d125-postop-ssk-typo-dvt-ej-infomerad", "vgr", "1950-02-20", "772", [
    N(n1, MEL, "Omvårdnadsanteckning", "VG_KIR_SKO", "Ronja Karlsson", "sjuksköterska",
      "2024-05-03T13:15:00", "2024-05-03T13:30:00", SV, [
          ("Omvårdnad", "Ultraljud vä ben visar djup ventrombos i v. poplitea. Pat ej infomerad än, dr Hussein informerar vid eftermiddagsronden. Fragmin enligt ordination."),
      ])], [(A, n1)], [], "Nurse note, typo 'infomerad': DVT visible, patient not told yet.")

C("d125-hand-myxofibrosarkom-ej-underrattad", "skane", "1962-07-23", "883", [
    N(n1, MEL, "Läkaranteckning", "SK_HAND", "Ali Rahimi", "läkare",
      "2024-03-25T10:00:00", "2024-03-25T10:35:00", OV, [
          ("PAD", "Exstirperad knöl vä underarm: myxofibrosarkom, låggradigt, marginal 1 mm."),
          ("Bedömning", "Patienten är inte underrättad om svaret. Remiss till sarkomcentrum, som tar över information och vidare behandling."),
      ])], [(A, n1)], [], "Sarcoma found after hand surgery; 'inte underrättad'.")

C("d125-endo-men1-har-annu-inte-fatt-del", "vgr", "1991-09-14", "994", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ENDO", "Helena Ivarsson", "läkare",
      "2024-06-13T11:30:00", "2024-06-13T12:00:00", OV, [
          ("Provsvar", "Genetisk analys: patogen variant i MEN1-genen. Multipel endokrin neoplasi typ 1 därmed bekräftad."),
          ("Bedömning", "Pat har ännu inte fått del av svaret; genetisk vägledning bokas först, därefter samtal om släktutredning."),
      ])], [(A, n1)], [], "Genetic diagnosis MEN1 visible, 'ännu inte fått del av svaret'.")

C("d125-thorax-mesoteliom-varken-pat-eller-familj", "skane", "1947-03-03", "105", [
    N(n1, MEL, "Läkaranteckning", "SK_THORAX", "Karolina Mårtensson", "läkare",
      "2024-04-15T15:45:00", "2024-04-15T16:10:00", OV, [
          ("PAD", "Pleurabiopsi via VATS: malignt mesoteliom, epiteloid typ."),
          ("Bedömning", "Varken pat eller familj informerade ännu. Onkolog och kontaktssk deltar vid beskedet på tisdag."),
      ])], [(A, n1)], [], "Mesothelioma; neither patient nor family informed.")

C("d125-tx-ptld-ska-inte-beraettas-forran", "vgr", "1970-05-29", "216", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Ingrid Sundberg", "läkare",
      "2024-05-06T14:20:00", None, OV, [
          ("PAD", "Halslymfkörtel: diffust storcelligt B-cellslymfom, EBV-positivt. Monomorf PTLD."),
          ("Planering", "Ska inte berättas för pat förrän hematologen kan vara med, planerat onsdag."),
      ])], [(A, n1)], [], "PTLD confirmed; note says it must not be told yet (unsigned draft).")

C("d125-kark-typo-ej-inforemrad-sfa-ocklusion", "skane", "1953-06-30", "327", [
    N(n1, MEL, "Läkaranteckning", "SK_KARL", "Henrik Lindqvist", "läkare",
      "2024-05-13T09:50:00", "2024-05-13T10:15:00", OV, [
          ("Utredning", "Duplex: ocklusion av a. femoralis superficialis hö, ca 15 cm, god kollateralisering."),
          ("Bedömning", "Pat ej inforemrad om fyndet ännu, tas vid återbesöket."),
      ])], [(A, n1)], [], "Typo 'inforemrad': SFA occlusion visible, patient not informed.")

C("d125-anest-ivct-mhs-svaret-ej-delgivet", "skane", "1996-12-17", "438", [
    N(n1, MEL, "Läkaranteckning", "SK_ANE_LUND", "Björn Lilja", "läkare",
      "2024-02-05T10:10:00", "2024-02-05T10:40:00", OV, [
          ("Provsvar", "IVCT på muskelbiopsi: MHS, malign hypertermi-känslighet enligt EMHG-kriterier."),
          ("Bedömning", "Svaret ej delgivet pat. Brev och varningskort skickas efter telefonsamtal nästa vecka."),
      ])], [(A, n1)], [], "Malignant hyperthermia susceptibility confirmed; 'Svaret ej delgivet pat'.")

C("d125-postop-gallblasecancer-oavantat-ej-informerad", "vgr", "1958-08-08", "549", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_KIR_ALI", "Hampus Wiklund", "läkare",
      "2024-03-27T16:30:00", "2024-03-27T16:50:00", OV, [
          ("PAD", "Gallblåsa: adenocarcinom, pT1b, cystikusmarginal fri. Oväntat fynd efter kolecystektomi för gallstenssjukdom."),
          ("Bedömning", "Pat ej informerad. Operatören ringer pat för att boka samtal, remiss till lever-MDK."),
      ])], [(A, n1)], [], "Incidental gallbladder cancer in post-op PAD, not yet told.")

C("d125-plastik-ssk-telefon-scc-inget-besked-i-telefon", "skane", "1940-02-09", "650", [
    N(n1, MEL, "Telefonanteckning", "SK_PLAST", "Lotta Bergkvist", "sjuksköterska",
      "2024-05-08T09:05:00", "2024-05-08T09:20:00", OV, [
          ("Telefonkontakt", "Pat ringer och frågar efter PAD-svar från excisionen på vä öra. Svaret visar skivepitelcancer, men enligt dr Malmqvists önskemål ges inget besked i telefon. Pat informerad om att läkaren vill träffa henne, tid bokad 14/5."),
      ])], [(A, n1)], [], "Patient told only about an appointment; the SCC diagnosis in the same visible note is withheld.")

C("d125-plastik-merkel-pat-ovetande", "vgr", "1937-11-21", "761", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_PLAST", "Lena Ahlström", "läkare",
      "2024-05-28T12:00:00", "2024-05-28T12:20:00", OV, [
          ("Bedömning", "Merkelcellscarcinom på vä kind enligt PAD. Pat ännu ovetande om diagnosen, hon är bortrest till 3/6."),
      ])], [(A, n1)], [], "Wording 'ovetande om diagnosen' means not told.")

C("d125-thorax-typo-lungmetastas-inte-infomerats", "skane", "1952-09-05", "872", [
    N(n1, MEL, "Läkaranteckning", "SK_THORAX", "Karolina Mårtensson", "läkare",
      "2024-06-20T14:00:00", "2024-06-20T14:30:00", OV, [
          ("PAD", "Kilresektion vä underlob: metastas från koloadenocarcinom, CDX2-positiv."),
          ("Bedömning", "Patienten har inte infomerats. Onkologkonferens nästa vecka."),
      ])], [(A, n1)], [], "Typo 'infomerats': lung metastasis confirmed, patient not informed.")

C("d125-endo-feokromocytom-avvaktar-att-informera", "vgr", "1982-12-03", "983", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ENDO", "Fredrik Olausson", "läkare",
      "2024-04-23T15:30:00", "2024-04-23T16:00:00", OV, [
          ("Utredning", "P-metoxikatekolaminer kraftigt förhöjda. MR binjurar: 4 cm resistens vä."),
          ("Bedömning", "Feokromocytom vä. Vi avvaktar med att informera pat tills endokrinologen träffat henne på torsdag."),
      ])], [(A, n1)], [], "'avvaktar med att informera' about a confirmed pheochromocytoma.")

C("d125-tx-amr-n1-ej-informerad-n2-informerad", "skane", "1973-03-16", "194", [
    N(n1, MEL, "Läkaranteckning", "SK_TX", "Erik Håkansson", "läkare",
      "2024-04-02T17:00:00", "2024-04-02T17:20:00", OV, [
          ("Provsvar", "Graftbiopsi: aktiv antikroppsmedierad rejektion, C4d-positiv, DSA mot DQ7."),
          ("Bedömning", "Pat ej informerad, nås inte på telefon i kväll. Nytt försök i morgon bitti."),
      ]),
    N("n2", MEL, "Läkaranteckning", "SK_TX", "Erik Håkansson", "läkare",
      "2024-04-03T10:30:00", "2024-04-03T11:00:00", OV, [
          ("Bedömning", "Pat informerad om antikroppsmedierad rejektion vid besök i dag, frågor besvarade. Plasmaferes och IVIG planeras med start på fredag."),
      ])], [(A, n1)], [(A, "n2")], "n1 withholds the rejection (NL101), n2 tells the patient the next day (no NL101).")

C("d125-carotis-ssk-85-procent-ej-informerad", "vgr", "1946-06-09", "205", [
    N(n1, MEL, "Omvårdnadsanteckning", "VG_KARL", "Ulrika Dahl", "sjuksköterska",
      "2024-02-01T11:40:00", "2024-02-01T12:00:00", OV, [
          ("Utredning", "Duplex halskärl: 85 % stenos i vä a. carotis interna."),
          ("Planering", "Pat inte informerad ännu om resultatet, dr Ekholm återkommer i morgon efter kärlkonferensen."),
      ])], [(A, n1)], [], "Nurse note: carotid stenosis visible, patient 'inte informerad ännu'.")

C("d125-tx-graftvenstrombos-ej-fatt-veta", "skane", "1985-10-26", "316", [
    N(n1, MEL, "Daganteckning", "SK_TXAVD", "Sara Wennberg", "läkare",
      "2024-07-15T06:30:00", "2024-07-15T07:00:00", SV, [
          ("Utredning", "Doppler: inget flöde i transplantatet, trombos i transplantatvenen."),
          ("Bedömning", "Pat håller på att vakna på uppvakningsavdelningen och har inte fått veta något ännu. Transplantationskirurg informerar när pat är vaken."),
      ])], [(A, n1)], [], "Graft vein thrombosis after kidney transplantation, patient not yet told.")

C("d125-anest-lang-preop-jarnbristanemi-ej-informerad", "vgr", "1948-02-13", "427", [
    N(n1, MEL, "Anestesiologisk bedömning", "VG_ANE_BOR", "Gustav Hedlund", "läkare",
      "2024-09-03T09:30:00", "2024-09-03T10:45:00", OV, [
          ("Anamnes", "Planerad för höger hemikolektomi pga adenocarcinom i caekum, diagnosen känd sedan juli. Förmaksflimmer på Eliquis, hjärtsvikt NYHA II med EF 45 % enligt eko i våras. Bor med make, klarar ADL, promenerar 2 km dagligen. Tidigare narkoser: kolecystektomi 1995 och hysterektomi 2003 utan problem. Ingen PONV tidigare."),
          ("Läkemedel", "Eliquis 5 mg x2, Bisoprolol 5 mg x1, Furosemid 40 mg x1, Dapagliflozin 10 mg x1, Omeprazol 20 mg x1."),
          ("Status", "Vikt 64 kg, längd 165 cm. Oregelbunden rytm 78, inga blåsljud. Lätta ankelödem bilat. Lungor: basala krepitationer hö. Luftväg: Mallampati I, egna tänder, gap och nackrörlighet ua."),
          ("Provsvar", "Hb 92, MCV 71, ferritin 6, transferrinmättnad 5 %. Kreatinin 104, eGFR 47. NT-proBNP 1450. EKG: förmaksflimmer 80, inga akuta ST-förändringar."),
          ("Bedömning", "ASA 3. Järnbristanemi, sannolikt tumörblödning. Pat ej informerad om anemin ännu – kirurgen har samtal med henne på torsdag och tar det då."),
          ("Planering", "Ferinject 1000 mg iv snarast, kontroll-Hb före op. Eliquis sätts ut tre dygn före op, ingen bryggning. Dapagliflozin pausas tre dagar före. Narkos med epidural, artärnål, två perifera infarter. Postop IMA ett dygn."),
      ])], [(A, n1)], [], "Long pre-op chart: iron deficiency anaemia stated, patient not informed about it.")

C("d125-kir-typo-bcc-inte-informarad", "vgr", "1950-10-31", "538", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_KIR_KUN", "Hampus Lindblad", "läkare",
      "2024-07-04T10:00:00", "2024-07-04T10:15:00", OV, [
          ("PAD", "Basalcellscancer, nodulär typ, radikalt exciderad."),
          ("Åtgärd", "Pat inte informarad, får besked per brev."),
      ])], [(A, n1)], [], "Typo 'informarad': basal cell carcinoma not yet told (letter pending).")

C("d125-endo-onkocytar-cancer-ej-underrattad-mdk", "skane", "1965-05-17", "649", [
    N(n1, MEL, "Läkaranteckning", "SK_ENDO", "Annika Rydén", "läkare",
      "2024-05-15T13:45:00", "2024-05-15T14:20:00", OV, [
          ("PAD", "Onkocytärt carcinom i hö lob, 3,5 cm, angioinvasion i två kärl."),
          ("Planering", "Pat ej underrättad om PAD. Diskuteras på MDK 22/5 innan besked lämnas."),
      ])], [(A, n1)], [], "Oncocytic thyroid carcinoma, not told until after MDT.")

C("d125-lung-typo-tuberkulos-ej-informerard", "vgr", "1993-03-25", "750", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_LUNG", "Emma Lundberg", "läkare",
      "2024-08-20T15:10:00", "2024-08-20T15:40:00", OV, [
          ("Provsvar", "Odling bronksköljvätska: Mycobacterium tuberculosis, rifampicinkänslig."),
          ("Bedömning", "Lungtuberkulos. Pat ej informerard än – smittskyddsläkare och infektionskliniken kontaktas först."),
      ])], [(A, n1)], [], "Confirmed pulmonary TB, not yet told; typo 'informerard'.")

C("d125-tx-transplantatartarstenos-ej-meddelad", "skane", "1977-12-29", "861", [
    N(n1, MEL, "Läkaranteckning", "SK_TX", "Sara Wennberg", "läkare",
      "2024-09-10T11:00:00", "2024-09-10T11:30:00", OV, [
          ("Utredning", "DT-angio: signifikant stenos av transplantatartären, ca 80 %, förklarar hypertoni och kreatininstegring."),
          ("Bedömning", "Pat ej meddelad. Interventionsradiolog kontaktas innan vi pratar med pat."),
      ])], [(A, n1)], [], "Transplant renal artery stenosis confirmed, 'ej meddelad'.")

C("d125-hand-utkast-tenosynovial-jattecellstumor", "vgr", "1987-07-02", "972", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_HAND", "Anders Wikström", "läkare",
      "2024-10-01T14:00:00", None, OV, [
          ("PAD", "Tenosynovial jättecellstumör, lokaliserad typ, dig III vä."),
          ("Bedömning", "Pat ej informerad om PAD ännu, ringer henne när anteckningen är klar."),
      ])], [(A, n1)], [], "Unsigned draft: benign-but-real tumour diagnosis, patient not yet told.")

# =====================================================================
# NL101 — must_not
# =====================================================================

C("d125-endo-mikrocancer-informerad-idag", "vgr", "1975-01-26", "183", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ENDO", "Helena Ivarsson", "läkare",
      "2024-03-14T10:00:00", "2024-03-14T10:30:00", OV, [
          ("Bedömning", "PAD: papillär mikrocancer 6 mm i hö lob, radikal. Pat informerad vid dagens besök och tar beskedet sansat. Ingen ytterligare behandling."),
      ])], [], [(A, n1)], "Diagnosis told today.")

C("d125-plastik-besked-per-telefon-tidigare", "skane", "1972-06-19", "294", [
    N(n1, MEL, "Mottagningsanteckning", "SK_PLAST", "Johan Carlsson", "läkare",
      "2024-04-09T09:00:00", "2024-04-09T09:40:00", OV, [
          ("Aktuellt", "Återbesök inför utvidgad excision. Pat fick besked om melanomet per telefon 3/4 av dr Åkesson."),
          ("Bedömning", "Malignt melanom vä vad, Breslow 0,6 mm. Utvidgad excision med 1 cm marginal, portvaktskörtel ej indicerad."),
      ])], [], [(A, n1)], "Diagnosis told earlier by phone.")

C("d125-kark-operationsdatum-ej-meddelat", "vgr", "1942-09-27", "305", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_KARL", "Mattias Öberg", "läkare",
      "2024-04-17T13:30:00", "2024-04-17T13:50:00", OV, [
          ("Planering", "EVAR planerad pga bukaortaaneurysm 5,7 cm. Pat har ännu inte fått besked om operationsdatum, koordinator ringer."),
      ])], [], [(A, n1)], "What is not yet told is the date, not the diagnosis.")

C("d125-lung-remiss-skickad-pat-ej-informerad", "skane", "1954-04-01", "416", [
    N(n1, MEL, "Läkaranteckning", "SK_LUNG", "Axel Sörensen", "läkare",
      "2024-02-16T14:45:00", "2024-02-16T15:05:00", OV, [
          ("Bedömning", "Skivepitelcancer vä underlob, cT2aN0M0, pat känner till diagnosen sedan besöket 9/2."),
          ("Åtgärd", "Remissen till thoraxkirurgen i Lund skickad i dag, pat ej informerad om detta ännu."),
      ])], [], [(A, n1)], "Untold item is that a referral was sent; the diagnosis is known.")

C("d125-endo-kalcitonin-normalt-brev", "vgr", "1960-07-10", "527", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_ENDO", "Ebba Nordqvist", "läkare",
      "2024-05-20T12:10:00", "2024-05-20T12:30:00", OV, [
          ("Bedömning", "Multinodös struma med kompressionssymtom, planerad för total tyreoidektomi i augusti. Kalcitonin normalt, pat ej meddelad ännu – brev skickas."),
      ])], [], [(A, n1)], "Untold item is a normal lab result.")

C("d125-thorax-skane-mall-tidiga-hyp-smacellig", "skane", "1956-11-19", "638", [
    N(n1, MEL, "Tidiga hypoteser", "SK_THORAX", "Karolina Mårtensson", "läkare",
      "2024-03-01T16:20:00", "2024-03-01T16:40:00", OV, [
          ("Bedömning", "PAD från biopsi hö hilus: småcellig lungcancer. Pat ej informerad, besked på onsdag tillsammans med onkolog."),
      ])], [], [(A, n1)], "Skåne: untold diagnosis kept only in the Tidiga hypoteser template.")

C("d125-tx-vgr-sokord-tidiga-hyp-fsgs-recidiv", "vgr", "1989-08-28", "749", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Olof Nyberg", "läkare",
      "2024-06-03T15:00:00", "2024-06-03T15:25:00", OV, [
          ("Aktuellt", "Provsvar inkommit efter graftbiopsin. Samtal med pat bokat till torsdag kl 10."),
          ("Tidiga hypoteser", "Biopsin visar återkommande fokal segmentell glomeruloskleros i graftet. Pat ej informerad."),
      ])], [], [(A, n1)], "VGR: untold diagnosis only under the protected sökord; the visible part only names a booked talk.")

C("d125-thorax-synlig-text-ej-informerad-diagnos-dold", "vgr", "1967-02-08", "850", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_THORAX", "Linda Gustafsson", "läkare",
      "2024-05-13T08:30:00", "2024-05-13T08:55:00", OV, [
          ("Bedömning", "PAD-svar från bronkoskopin har kommit. Pat ännu ej informerad om provsvaret, samtal bokat."),
          ("Tidiga hypoteser", "Typisk karcinoid i mellanlobsbronken."),
      ])], [], [(A, n1)], "Visible section says 'not informed' but holds no diagnosis; the diagnosis is under Tidiga hypoteser.")

C("d125-tx-pat-informerad-hustrun-ej", "skane", "1958-01-14", "961", [
    N(n1, MEL, "Läkaranteckning", "SK_TX", "Marie Lundgren", "läkare",
      "2024-02-23T11:10:00", "2024-02-23T11:40:00", OV, [
          ("Bedömning", "Pat informerad om att biopsin visar akut rejektion och om steroidbehandlingen. Han önskar att hustrun inte informeras förrän han själv berättat."),
      ])], [], [(A, n1)], "Patient told; only the spouse is not.")

C("d125-kir-scc-inget-sagt-om-information", "vgr", "1936-03-12", "172", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_KIR_OST", "Robin Eklund", "läkare",
      "2024-06-10T09:30:00", "2024-06-10T09:40:00", OV, [
          ("PAD", "Skivepitelcancer, högt differentierad, radikalt exciderad med 4 mm marginal. Kontroll hos hudläkare om 6 mån."),
      ])], [], [(A, n1)], "Diagnosis stated, nothing said about telling the patient.")

C("d125-kark-ssk-kontrolltid-ej-informerad", "skane", "1951-05-07", "283", [
    N(n1, MEL, "Omvårdnadsanteckning", "SK_KARL", "Camilla Roos", "sjuksköterska",
      "2024-07-22T13:00:00", "2024-07-22T13:10:00", OV, [
          ("Planering", "Claudicatio intermittens hö, PTA av a. iliaca communis i juni. Pat ej informerad om nästa kontrolltid, kallelse skickas."),
      ])], [], [(A, n1)], "Untold item is the next check-up time.")

C("d125-anest-ssk-fasteregler-ej-informerad", "vgr", "1949-12-22", "394", [
    N(n1, MEL, "Omvårdnadsanteckning", "VG_ANE_NAL", "Maja Holmgren", "anestesisjuksköterska",
      "2024-08-13T10:30:00", None, OV, [
          ("Anamnes", "KOL GOLD 2, astma i barndomen. Inga tidigare narkosproblem."),
          ("Planering", "Pat ej informerad om fasteregler ännu – ssk ringer dagen före op."),
      ])], [], [(A, n1)], "Untold item is the fasting instruction (unsigned draft).")

C("d125-thorax-informerad-vill-ej-ha-overlevnadssiffror", "skane", "1963-06-24", "405", [
    N(n1, MEL, "Läkaranteckning", "SK_THORAX", "Oskar Nyström", "läkare",
      "2024-03-08T14:10:00", "2024-03-08T14:50:00", OV, [
          ("Bedömning", "Pat informerad om diagnosen adenocarcinom i vä ovanlob och om planerad lobektomi. Önskar inte få höra några överlevnadssiffror."),
      ])], [], [(A, n1)], "Patient told about the diagnosis; declines prognosis figures.")

C("d125-hand-enkondrom-besked-av-remittent", "vgr", "1998-10-15", "516", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_HAND", "Cecilia Borg", "läkare",
      "2024-01-23T10:40:00", "2024-01-23T11:10:00", OV, [
          ("Aktuellt", "Remiss avseende enkondrom i proximala falangen dig V vä med patologisk fraktur. Pat har redan fått besked om diagnosen av remitterande ortoped."),
          ("Planering", "Curettage och bentransplantat när frakturen läkt, ca 6 v."),
      ])], [], [(A, n1)], "Diagnosis told earlier by the referring doctor.")

C("d125-hand-karpaltunnel-risk-ej-informerad", "skane", "1966-09-03", "627", [
    N(n1, MEL, "Mottagningsanteckning", "SK_HAND", "Karin Holm", "läkare",
      "2024-06-27T09:40:00", "2024-06-27T10:00:00", OV, [
          ("Bedömning", "Karpaltunnelsyndrom hö, verifierat med neurografi. Pat ännu inte informerad om risken för pillar pain och nervskada, det görs vid op-samtalet."),
      ])], [], [(A, n1)], "Untold item is surgical risk information, not the diagnosis.")

C("d125-hand-barn-pojke-och-mamma-informerade", "skane", "2014-08-20", "738", [
    N(n1, MEL, "Mottagningsanteckning", "SK_HAND", "Ali Rahimi", "läkare",
      "2024-05-29T13:20:00", "2024-05-29T13:50:00", OV, [
          ("PAD", "Exstirperad knöl dig II hö: enkondrom, benign brosktumör."),
          ("Information", "Pojken och mamma informerade på mottagningen i dag. Pappan har inte nåtts, mamma berättar för honom."),
      ])], [], [(A, n1)], "Child under 13: child and guardian told; only the father not reached.")

C("d125-tx-normal-protokollbiopsi-ej-informerad", "vgr", "1981-04-12", "849", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Ingrid Sundberg", "läkare",
      "2024-07-09T16:10:00", "2024-07-09T16:20:00", OV, [
          ("Bedömning", "Njurtransplanterad 2023 pga polycystisk njursjukdom. Protokollbiopsi 1 år: inga tecken på rejektion, ingen IFTA. Pat ej informerad om svaret ännu, ringer i morgon."),
      ])], [], [(A, n1)], "Untold item is a normal biopsy result; the only diagnosis (cause of ESRD) is long known.")

C("d125-thorax-forra-besoket-nej-idag-ja", "skane", "1970-08-16", "950", [
    N(n1, MEL, "Läkaranteckning", "SK_THORAX", "Karolina Mårtensson", "läkare",
      "2024-10-14T11:00:00", "2024-10-14T11:30:00", OV, [
          ("Bedömning", "Pat hade inte fått PAD-svaret vid förra besöket eftersom svaret dröjde. I dag informerad om att det rör sig om ett hamartom, benignt, ingen ytterligare åtgärd."),
      ])], [], [(A, n1)], "'hade inte fått' refers to the past; the patient is told today.")

C("d125-endo-typo-pat-informerd-idag", "vgr", "1953-02-02", "161", [
    N(n1, MEL, "Telefonanteckning", "VG_ENDO", "Ebba Nordqvist", "läkare",
      "2024-08-27T13:20:00", "2024-08-27T13:30:00", OV, [
          ("Telefonkontakt", "Paratyreoideaadenom hö övre, bekräftat i PAD. Pat informerd idag i telefon, PTH normaliserat postop."),
      ])], [], [(A, n1)], "Typo 'informerd': the patient has been told.")

C("d125-kark-utkast-carotis-pat-och-dotter-informerade", "skane", "1939-07-28", "272", [
    N(n1, MEL, "Inskrivningsanteckning", "SK_KARLAVD", "Amanda Nordin", "läkare",
      "2024-09-18T15:30:00", None, SV, [
          ("Bedömning", "Symtomgivande carotisstenos vä 90 %. Pat och dotter informerade om fyndet och om TEA på fredag."),
      ])], [], [(A, n1)], "Unsigned draft; patient and daughter informed.")

C("d125-kir-ssk-recidivbrack-besked-av-dr", "vgr", "1957-06-01", "383", [
    N(n1, MEL, "Omvårdnadsanteckning", "VG_KIR_SKO", "Therese Möller", "sjuksköterska",
      "2024-11-05T14:00:00", "2024-11-05T14:10:00", OV, [
          ("Omvårdnad", "Pat har fått besked av dr Sandberg om att det rör sig om recidiv av ljumskbråck hö. Ledsen men förstående, ny op-anmälan görs."),
      ])], [], [(A, n1)], "Nurse confirms the doctor has told the patient.")

C("d125-plastik-1177-besked-last-av-pat", "skane", "1974-03-30", "494", [
    N(n1, MEL, "Administrativ anteckning", "SK_PLAST", "Lotta Bergkvist", "sjuksköterska",
      "2024-06-12T10:50:00", "2024-06-12T11:00:00", OV, [
          ("Kontaktorsak", "Besked om PAD (basalcellscancer, radikalt exciderad) skickat via 1177 enligt pat:s önskemål. Pat har läst meddelandet och svarat att hon är nöjd."),
      ])], [], [(A, n1)], "Told via a 1177 message that the patient has read.")

C("d125-tx-dosandring-ej-informerad", "vgr", "1968-11-17", "505", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Olof Nyberg", "läkare",
      "2024-09-24T14:30:00", "2024-09-24T14:45:00", OV, [
          ("Bedömning", "Njurtransplanterad 2019 pga IgA-nefropati, stabil graftfunktion. Takrolimus 11,8, för högt. Pat ännu inte informerad om dosändringen, ssk ringer i eftermiddag."),
      ])], [], [(A, n1)], "Untold item is a dose change.")

C("d125-op-rektalcancer-op-flyttas-ej-informerad", "skane", "1955-12-05", "616", [
    N(n1, MEL, "Omvårdnadsanteckning", "SK_OP_KRI", "Ellinor Sjöberg", "sjuksköterska",
      "2024-10-22T12:15:00", None, OV, [
          ("Planering", "Cancer recti, planerad för låg främre resektion. Pat ej informerad om att op flyttas till fredag pga platsbrist på IVA."),
      ])], [], [(A, n1)], "Untold item is that the operation is moved (unsigned draft).")

C("d125-lung-pat-vet-dottern-ej", "vgr", "1945-10-23", "727", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_LUNG", "Axel Hammar", "läkare",
      "2024-11-12T10:00:00", "2024-11-12T10:40:00", OV, [
          ("Bedömning", "Pat informerad om att biopsin visar lungcancer, NSCLC adenocarcinom. Hon vill inte att dottern informeras ännu eftersom dottern väntar barn."),
      ])], [], [(A, n1)], "Patient told; wishes a relative not to be told yet.")

C("d125-endo-skane-tidiga-hyp-sedan-synlig-efter-besked", "skane", "1980-02-17", "838", [
    N(n1, MEL, "Tidiga hypoteser", "SK_ENDO", "Sofia Ek", "läkare",
      "2024-10-07T16:00:00", "2024-10-07T16:15:00", OV, [
          ("Bedömning", "PAD: medullär tyreoideacancer 14 mm. Pat ej informerad, besked vid besök 10/10."),
      ]),
    N("n2", MEL, "Läkaranteckning", "SK_ENDO", "Sofia Ek", "läkare",
      "2024-10-10T09:00:00", "2024-10-10T09:45:00", OV, [
          ("Bedömning", "Medullär tyreoideacancer 14 mm enligt PAD. Pat informerad i dag tillsammans med sambo, remiss genetik för RET-analys."),
      ])], [], [(A, n1), (A, "n2")], "n1 keeps the untold diagnosis in the Skåne protected template; n2 documents it visibly after telling.")

C("d125-plastik-vantetid-onkolog-ej-informerad", "vgr", "1971-12-30", "949", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_PLAST", "Viktor Ahlgren", "läkare",
      "2024-12-03T15:00:00", "2024-12-03T15:20:00", OV, [
          ("Planering", "Malignt melanom hö överarm, pT2a, portvaktskörtel negativ. Pat ej informerad om väntetiden till onkologen, den är ännu okänd."),
      ])], [], [(A, n1)], "Untold item is a waiting time.")

C("d125-tx-lang-arskontroll-informerad", "vgr", "1964-06-06", "150", [
    N(n1, MEL, "Läkaranteckning öppenvård", "VG_TX", "Ingrid Sundberg", "läkare",
      "2024-11-26T09:00:00", "2024-11-26T10:20:00", OV, [
          ("Aktuellt", "Levertransplanterad 2018 pga alkoholorsakad cirros, nykter sedan 2016 enligt PEth-kontroller. Kommer på årskontroll. Mår bra, viss trötthet efter covid i oktober. Arbetar 75 % som lagerchef."),
          ("Läkemedel", "Takrolimus depot 3 mg x1, Mykofenolatmofetil 500 mg x2, Amlodipin 5 mg x1, Alendronat 70 mg 1 gång/vecka, Kalcium-D-vitamin."),
          ("Status", "BT 142/86, vikt 81 kg. Inga ikteriska sklera, buk mjuk, operationsärr läkt, ingen ascites. Inga spider naevi. Hud: en 7 mm fjällande förändring på vä tinning."),
          ("Provsvar", "ALAT 0,42, ALP 1,3, bilirubin 11, PK 1,0, albumin 38. Kreatinin 121, eGFR 58. Takrolimus 5,2. HbA1c 41. PEth < 0,03."),
          ("Bedömning", "Stabil leverfunktion sex år efter transplantation. Lätt nedsatt njurfunktion, sannolikt kalcineurinhämmarrelaterad, följs. Förändringen på tinningen biopserades i dag med stans; PAD-svaret kom under besöket via snabbsvar: aktinisk keratos. Pat informerad om svaret och om ökad hudcancerrisk vid immunsuppression."),
          ("Planering", "Hudkontroll hos dermatolog årligen. Kryobehandling av tinningen på vårdcentralen. Nästa årskontroll november 2025, lab var tredje månad på hemorten."),
      ])], [], [(A, n1)], "Long transplant chart: the one diagnosis reached during the visit is told to the patient.")


# =====================================================================
# validation
# =====================================================================

TOP_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pn):
    digits = pn.replace("-", "")[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return luhn_digit(digits[:9]) == digits[9]


def age_at(bd, when):
    b = date.fromisoformat(bd)
    w = date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        nm = c["case"]
        if set(c) != TOP_KEYS:
            errs.append("%s: keys %s" % (nm, sorted(c)))
        if nm in names:
            errs.append("duplicate case name %s" % nm)
        names.add(nm)
        if not nm.startswith("d125-"):
            errs.append("%s: bad prefix" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append("%s: record keys" % nm)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty lists" % nm)
        p = r["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            errs.append("%s: patient keys" % nm)
        if not luhn_ok(p["id"]):
            errs.append("%s: Luhn" % nm)
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append("%s: pnr/birth_date mismatch" % nm)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % nm)
        age = age_at(p["birth_date"], r["as_of"])
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: age %d" % (nm, age))
        systems = {}
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys" % nm)
            if n["id"] in systems:
                errs.append("%s: duplicate note id" % nm)
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            if not n["time"].startswith("2024-"):
                errs.append("%s: time" % nm)
            if n["signed"] is not None and (not n["signed"].startswith("2024-") or n["signed"] < n["time"]):
                errs.append("%s: signed" % nm)
            if n["time"] > r["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if n["setting"] not in (OV, SV):
                errs.append("%s: setting" % nm)
            if not n["unit"]["hsa_id"].startswith("SE2321000"):
                errs.append("%s: hsa" % nm)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: section" % nm)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        sentences.setdefault(sent, []).append(nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertion" % nm)
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, tgt in lst:
                if code not in (A, B):
                    errs.append("%s: code %s" % (nm, code))
                if tgt not in systems:
                    errs.append("%s: target %s missing" % (nm, tgt))
                    continue
                if (code, tgt) in seen:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, tgt))
                seen.add((code, tgt))
                if code == B and kind == "must" and systems[tgt] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == A and systems[tgt] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
    for sent, where in sentences.items():
        if len(where) > 1:
            errs.append("sentence repeated in %s: %s" % (where, sent))
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
