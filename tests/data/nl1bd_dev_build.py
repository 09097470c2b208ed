#!/usr/bin/env python3
"""nl1bd_dev_cases: precision cases for NL102 (hedged diagnosis in a visible note).

Most cases hold text that looks hedged but is not a hedged diagnosis of this patient
(pseudo-hedges, ruled-out or confirmed suspicions, family and past history,
conditional advice, symptom questions, hidden Tidiga hypoteser, told diagnoses, PMO,
hedged findings, negations, closed DD lists, the patient's own worries). A minority are
true positives built as contrasts to them.

Dependency-free and deterministic: `python3 build.py` writes nl1bd_dev_cases.jsonl beside
this file and validates it; exit status 1 on any problem.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys

NAME = "nl1bd_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- units
# key: (name, region, system)
UNITS = {
    # Skåne, hospitals (Melior)
    "lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "malmo_ortop": ("Ortopedkliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "hassleholm_ortop": ("Ortopedmottagningen, Hässleholms sjukhus", "skane", "Melior"),
    "hbg_kard": ("Hjärtmottagningen, Helsingborgs lasarett", "skane", "Melior"),
    "malmo_kard": ("Kardiologiska kliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "ystad_geri": ("Geriatriska kliniken, Lasarettet i Ystad", "skane", "Melior"),
    "ystad_med": ("Medicinkliniken, Lasarettet i Ystad", "skane", "Melior"),
    "lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "lund_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "hbg_neuro": ("Neurologiska kliniken, Helsingborgs lasarett", "skane", "Melior"),
    "lund_neurokir": ("Neurokirurgiska mottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "hbg_barn": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "skane", "Melior"),
    "lund_barn": ("Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "lund_barnkir": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "lund_barnonk": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "lund_allergi": ("Barnallergimottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "malmo_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "lund_kk": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "malmo_gyn": ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "malmo_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "csk_urol": ("Urologiska kliniken, Centralsjukhuset Kristianstad", "skane", "Melior"),
    "malmo_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "trelleborg_kir": ("Kirurgiska mottagningen, Lasarettet Trelleborg", "skane", "Melior"),
    "hbg_endo": ("Medicinmottagningen, Helsingborgs lasarett", "skane", "Melior"),
    "lund_gastro": ("Mag- och tarmmottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "lund_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "malmo_rheum": ("Reumatologiska kliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "malmo_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "landskrona_med": ("Medicinavdelning 3, Lasarettet Landskrona", "skane", "Melior"),
    "angelholm_med": ("Medicinkliniken, Ängelholms sjukhus", "skane", "Melior"),
    "lund_onh": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "lund_logoped": ("Logopedmottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "malmo_lung": ("Lung- och allergikliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "lund_psyk": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", "skane", "Melior"),
    "malmo_psyk": ("Allmänpsykiatrisk mottagning Malmö Väster, Psykiatri Skåne", "skane", "Melior"),
    # Skåne, primary care (PMO)
    "vc_sorgenfrei": ("Vårdcentralen Sorgenfrei, Malmö", "skane", "PMO"),
    "vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", "skane", "PMO"),
    "bvc_horby": ("Barnavårdscentralen Hörby", "skane", "PMO"),
    "um_malmo": ("Ungdomsmottagningen Malmö Väster", "skane", "PMO"),
    "vc_hoor": ("Vårdcentralen Höör", "skane", "PMO"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", "skane", "PMO"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "skane", "PMO"),
    "vc_bastad": ("Vårdcentralen Båstad", "skane", "PMO"),
    "vc_klippan": ("Vårdcentralen Klippan", "skane", "PMO"),
    # Västra Götaland (Melior)
    "su_akut": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", "vgr", "Melior"),
    "su_med": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "vgr", "Melior"),
    "molndal_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "vgr", "Melior"),
    "molndal_ortop": ("Ortopedkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "vgr", "Melior"),
    "nal_kir": ("Kirurgavdelning 52, NU-sjukvården NÄL Trollhättan", "vgr", "Melior"),
    "nal_med": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "vgr", "Melior"),
    "nal_barn": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL Trollhättan", "vgr", "Melior"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "vgr", "Melior"),
    "sas_lung": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", "vgr", "Melior"),
    "su_psyk": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", "vgr", "Melior"),
    "frolunda_psyk": ("Psykiatrimottagning Frölunda, Sahlgrenska Universitetssjukhuset", "vgr", "Melior"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "vgr", "Melior"),
    "sks_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "vgr", "Melior"),
    "sks_neuro": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "vgr", "Melior"),
    "uddevalla_med": ("Medicinkliniken, NU-sjukvården Uddevalla sjukhus", "vgr", "Melior"),
    "kungalv_med": ("Medicinavdelning 2, Kungälvs sjukhus", "vgr", "Melior"),
    "alingsas_geri": ("Geriatriska avdelningen, Alingsås lasarett", "vgr", "Melior"),
    "dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "vgr", "Melior"),
    "dsbus_med": ("Barnmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "vgr", "Melior"),
    "ostra_kard": ("Kardiologkliniken, Sahlgrenska Universitetssjukhuset/Östra", "vgr", "Melior"),
    "ostra_kk": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", "vgr", "Melior"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "vgr", "Melior"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "vgr", "Melior"),
    "su_hemat": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "vgr", "Melior"),
    "su_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "vgr", "Melior"),
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "vgr", "Melior"),
    "su_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "vgr", "Melior"),
    "su_gastro": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "vgr", "Melior"),
}

AUTHORS = [
    "Karin Lindqvist", "Ahmed Al-Rashid", "Sofia Bergström", "Mikael Håkansson",
    "Leila Nouri", "Johan Svensson", "Eva Nilsson", "Petra Olsson", "Tomasz Nowak",
    "Fatima Hassan", "Anders Persson", "Maria Ekström", "Jonas Lundgren",
    "Ingrid Sjöberg", "Daniel Andersson", "Nadia Karimi", "Erik Holm", "Helena Dahl",
    "Björn Axelsson", "Sara Wikström", "Goran Petrović", "Linnea Falk", "Omar Haddad",
    "Kristina Blom", "Per-Olof Mårtensson", "Amira Yousef", "Henrik Sandberg",
    "Ulrika Jeppsson", "Viktor Engström", "Malin Carlsson", "Reza Mohammadi",
    "Annika Troedsson",
]

CASES = []


def C(name, unit, age, sex, sections, must=(), nn=(), why="", tpl=None, role="läkare",
      setting="öppenvård", draft=False):
    """One case, one note (n1)."""
    CASES.append(dict(name=name, age=age, sex=sex, why=why,
                      notes=[dict(unit=unit, tpl=tpl, role=role, setting=setting,
                                  draft=draft, sections=sections, offset=0)],
                      must=[(c, "n1") for c in must], nn=[(c, "n1") for c in nn]))


def M(name, age, sex, notes, must=(), nn=(), why=""):
    """One case, several notes (n1, n2 …); must/nn are (code, note id) pairs."""
    for n in notes:
        n.setdefault("tpl", None)
        n.setdefault("role", "läkare")
        n.setdefault("setting", "öppenvård")
        n.setdefault("draft", False)
        n.setdefault("offset", 0)
    CASES.append(dict(name=name, age=age, sex=sex, why=why, notes=notes,
                      must=list(must), nn=list(nn)))


P2 = ("NL102",)
N2 = ("NL102",)

# ===================================================================================
# A. Pseudo-hedges: the hedge is about something other than a diagnosis
# ===================================================================================
C("pseudo-trol-hem-imorgon-hoftprotes", "malmo_ortop", 74, "F", [
    ("Aktuellt", "Dag 2 efter höftprotesoperation vä sida pga primär coxartros. Mobiliserad med rollator till toaletten, smärtlindring med paracetamol och oxikodon vb fungerar."),
    ("Status", "Operationssåret torrt, förbandet byts imorgon. Cirkulation och sensibilitet ua distalt."),
    ("Bedömning", "Okomplicerat postoperativt förlopp. Trol. hem imorgon förmiddag om fysioterapeuten godkänner trappträningen."),
], nn=N2, tpl="Daganteckning", setting="slutenvård",
  why="'Trol.' gäller utskrivningsdagen, inte en diagnos; artrosen är fastställd.")

C("pseudo-missanker-foljsamhet-typo", "su_med", 61, "M", [
    ("Aktuellt", "Återbesök för typ 2-diabetes. HbA1c 78 mmol/mol, stigande sedan i höstas trots höjd dos."),
    ("Bedömning", "Missänker att pat inte tar metformin regelbundet; han medger att kvällsdosen ofta glöms. Diskuterat dosett och påminnelse i mobilen."),
    ("Planering", "Nytt HbA1c om 3 mån, diabetessköterskan ringer om två veckor."),
], nn=N2,
  why="Misstanken (typo 'Missänker') gäller följsamhet till läkemedel, inte en diagnos.")

C("pseudo-osaker-pa-dosen-waran", "hbg_kard", 79, "M", [
    ("Kontaktorsak", "Pat ringer angående Waran efter senaste PK-svaret."),
    ("Aktuellt", "Osäker på dosen, har tagit 2 tabletter dagligen i stället för 1,5 de senaste tre dagarna. PK(INR) idag 3,4. Inga blödningar."),
    ("Åtgärd", "Enligt AK-läkare: hoppa över kvällens dos, därefter 1,5 tablett dagligen. Ny PK om en vecka, tid bokad."),
], nn=N2, tpl="Telefonanteckning", role="sjuksköterska",
  why="'Osäker på dosen' handlar om dosering av Waran, ingen diagnos.")

C("pseudo-ev-aterbesok-katarakt", "molndal_ogon", 70, "F", [
    ("Bedömning", "Opererad för katarakt på hö öga för fyra veckor sedan, visus 0,9 okorrigerat. Lugnt främre segment, klar hornhinna."),
    ("Planering", "Ev. återbesök om 6 mån inför operation av vä öga. Pat hör själv av sig om synen försämras innan dess."),
], nn=N2, why="'Ev.' gäller ett återbesök, inte en diagnos.")

C("pseudo-mojligen-hjalpmedel-hembesok", "ystad_geri", 86, "F", [
    ("Aktuellt", "Hembesök inför utskrivning tillsammans med dottern. Pat bor i tvårummare på andra våningen, hiss finns."),
    ("Bedömning", "Klarar förflyttning säng–stol självständigt och går säkert inomhus med rollator. Möjligen behov av duschpall och toalettförhöjning, provas vid nästa besök."),
], nn=N2, tpl="Arbetsterapeutanteckning", role="arbetsterapeut", setting="slutenvård",
  why="'Möjligen' gäller hjälpmedelsbehov, inte en diagnos.")

C("pseudo-ev-dropp-i-natt-utkast", "nal_kir", 68, "M", [
    ("Omvårdnad", "Dag 1 efter laparoskopisk kolecystektomi. Har druckit ca 600 ml under dagen och kissat en gång. Ev. dropp i natt om intaget inte ökar, jourhavande informerad."),
], nn=N2, tpl="Omvårdnadsanteckning", role="sjuksköterska", setting="slutenvård", draft=True,
  why="Osignerat utkast där 'ev.' gäller intravenöst dropp, ingen diagnos.")

C("pseudo-sannolikt-forsakringskassan", "lund_onk", 52, "F", [
    ("Aktuellt", "Samtal om ekonomi och sjukskrivning under pågående cytostatikabehandling för koloncancer. Pat undrar om hon kanske kan gå upp till halvtid i vår."),
    ("Bedömning", "Sannolikt behövs ett avstämningsmöte med Försäkringskassan och arbetsgivaren innan dess. Pat vill att jag ordnar det."),
], nn=N2, tpl="Kuratorsanteckning", role="kurator",
  why="'Sannolikt' och 'kanske' gäller sjukskrivning och möte; cancern är fastställd.")

C("pseudo-oklart-nar-besvaren-borjade", "sas_akut", 45, "M", [
    ("Anamnes", "Oklart när besvären började, pat anger än tre dagar, än en vecka. Nu hosta, snuva och trötthet, ingen andnöd."),
    ("Status", "AT gott. Lungor: vesikulärt andningsljud bilat, inga rassel. Sat 98 %, temp 37,6. CRP 12."),
    ("Bedömning", "Övre luftvägsinfektion. Ingen pneumoni kliniskt. Egenvårdsråd."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="Osäkerheten gäller tidsförloppet; diagnosen är fastställd och pneumoni negerad.")

C("pseudo-vikt-fragetecken-barn", "hbg_barn", 4, "M", [
    ("Status", "Vikt ? – vågen på rummet ur funktion, vägs imorgon. Längd 104 cm. Lätt insjunkna ögon, fuktig tunga, kapillär återfyllnad 2 s."),
    ("Bedömning", "Akut gastroenterit med lätt dehydrering. Vätskeschema peroralt, föräldrarna instruerade."),
], nn=N2, setting="slutenvård",
  why="Frågetecknet står för en saknad vikt, inte för en diagnos.")

C("pseudo-trol-fel-adress-uteblev", "su_psyk", 34, "F", [
    ("Aktuellt", "Pat uteblev från förra besöket, trol. eftersom kallelsen skickades till hennes gamla adress. Adressen är nu uppdaterad i systemet."),
    ("Bedömning", "Recidiverande depression, för närvarande i partiell remission på sertralin 100 mg. Stabilt stämningsläge, sover bättre."),
    ("Planering", "Fortsatt sertralin. Nytt besök om 8 veckor."),
], nn=N2, setting="psykiatrisk öppenvård",
  why="'Trol.' förklarar ett uteblivet besök; depressionsdiagnosen är fastställd.")

C("pseudo-osaker-behandlingsval-ms", "lund_neuro", 38, "F", [
    ("Aktuellt", "Skovvis förlöpande MS sedan 2019, stabil på natalizumab. Är osäker på om hon vill fortsätta med infusionerna eller byta till tablettbehandling."),
    ("Planering", "Ev. byte diskuteras med neurolog vid besöket i maj. JCV-antikroppar tas inför det."),
], nn=N2, tpl="Sjuksköterskeanteckning", role="sjuksköterska",
  why="Osäkerheten gäller behandlingsval; MS-diagnosen är fastställd.")

C("pseudo-sannolikt-lagre-dos-psoriasis", "su_hud", 49, "M", [
    ("Bedömning", "Psoriasis vulgaris, mycket god effekt av metotrexat 20 mg/vecka, PASI nu 2. Sannolikt räcker en lägre dos framöver."),
    ("Ordination", "Sänks till 15 mg/vecka. Levervärden och blodstatus om 4 veckor."),
], nn=N2, why="'Sannolikt' gäller dosbehovet, inte diagnosen.")

C("pseudo-trol-smittad-i-krabi-dengue", "malmo_inf", 27, "F", [
    ("Aktuellt", "Feber och muskelvärk sedan fem dagar efter hemkomst från Thailand."),
    ("Bedömning", "Denguefeber, verifierad med positivt NS1-antigen. Trol. smittad i Krabi där hon blev kraftigt myggbiten. Trombocyter 98, ingen blödningstendens."),
], nn=N2, tpl="Mottagningsanteckning",
  why="'Trol.' gäller var smittan skedde; diagnosen är verifierad.")

C("pseudo-ev-rollator-efter-collum", "molndal_ortop", 81, "F", [
    ("Aktuellt", "Dag 3 efter osteosyntes av collumfraktur hö. Gått 20 meter med gåbord och stöd av en person."),
    ("Planering", "Ev. byte till rollator när hon går säkrare. Fortsatt gångträning två gånger dagligen."),
], nn=N2, tpl="Fysioterapeutanteckning", role="fysioterapeut", setting="slutenvård",
  why="'Ev.' gäller gånghjälpmedel, inte en diagnos.")

C("pseudo-trol-igangsattning-typo", "lund_kk", 29, "F", [
    ("Aktuellt", "Förstföderska i graviditetsvecka 38+2. Okomplicerad graviditet, fosterrörelser som vanligt."),
    ("Planering", "Trol. igångsätning om inget spontant värkarbete startat till v 41+0, enligt klinikens rutin. Nytt besök v 40."),
], nn=N2, tpl="Barnmorskeanteckning", role="barnmorska",
  why="'Trol.' gäller en planerad igångsättning (typo 'igångsätning'), ingen diagnos.")

C("pseudo-mojligen-sma-maltider-kol", "uddevalla_med", 77, "M", [
    ("Aktuellt", "KOL stadium 3 och viktnedgång 4 kg på tre månader. Äter ungefär halva portioner, blir andfådd vid måltid."),
    ("Bedömning", "Energiintaget täcker ca 60 % av beräknat behov. Möjligen bättre med små, täta måltider än med stora portioner."),
    ("Åtgärd", "Energität kost, två näringsdrycker dagligen. Vägning om två veckor."),
], nn=N2, tpl="Dietistanteckning", role="dietist",
  why="'Möjligen' gäller måltidsupplägg; KOL är fastställd.")

C("pseudo-pad-svar-trol-nasta-vecka", "csk_urol", 71, "M", [
    ("Aktuellt", "Opererad med TURP för tre veckor sedan pga benign prostatahyperplasi med urinretention. Kissar nu bra, residualurin 40 ml."),
    ("Bedömning", "Gott resultat. PAD-svaret har inte kommit än, trol. nästa vecka; jag ringer pat när det finns."),
], nn=N2, why="'Trol.' gäller när PAD-svaret kommer, ingen diagnos.")

C("pseudo-op-imorgon-fragetecken-eliquis", "sks_kir", 55, "F", [
    ("Diagnos", "Symtomgivande gallstenssjukdom med upprepade gallstensanfall."),
    ("Planering", "Op imorgon? Avvaktar besked från anestesi ang. uppehåll med Eliquis. Fastande från midnatt tills vidare."),
], nn=N2, setting="slutenvård",
  why="Frågetecknet gäller operationsdagen; diagnosen är fastställd.")

# ===================================================================================
# B. Suspicions that were ruled out
# ===================================================================================
C("uteslutet-lungemboli-dt-angio", "lund_akut", 31, "F", [
    ("Aktuellt", "Plötslig andfåddhet och hjärtklappning sedan i morse. Använder p-piller."),
    ("Bedömning", "Misstanke om lungemboli pga takykardi och p-piller; DT-angio utan embolier, lungemboli utesluten. Besvären bedöms som en panikattack, vilket pat känner igen från tidigare."),
    ("Planering", "Hem. Uppföljning på vårdcentral vid behov."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="Misstanken om lungemboli är utesluten i samma mening.")

C("avskriven-meningit-barnakut", "dsbus_akut", 6, "F", [
    ("Aktuellt", "Feber 39,5 sedan igår, huvudvärk och en kräkning. Remitterad av 1177 med frågeställning meningit."),
    ("Status", "Pigg, leker på britsen. Mjuk nacke, inga petekier. CRP 8, LPK 7,1."),
    ("Bedömning", "Misstanken om meningit avskrivs efter undersökning och normala prover. Virusinfektion med feber, febernedsättande och vätska."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="Frågeställningen meningit är avskriven; kvarvarande diagnos är fastställd.")

C("tia-utesluten-migran-med-aura-utkast", "hbg_neuro", 44, "M", [
    ("Bedömning", "Utredd för misstänkt TIA efter övergående talsvårigheter. MR hjärna, karotisdoppler och långtids-EKG utan anmärkning. Efter genomgång bedöms det inte ha varit en TIA utan migrän med aura; pat har tidigare haft liknande synfenomen före huvudvärk."),
], nn=N2, draft=True,
  why="Osignerat utkast: misstänkt TIA avfärdad, fastställd diagnos migrän med aura.")

C("infarkt-utesluten-troponiner", "ostra_kard", 52, "M", [
    ("Bedömning", "Hjärtinfarkt utesluten med upprepat normala högkänsliga troponiner och oförändrat EKG. Bröstsmärtan är lägesberoende och palpationsöm, bedöms komma från bröstkorgsväggen."),
], nn=N2, setting="slutenvård", why="Hjärtinfarkt uttryckligen utesluten.")

C("x-uteslutet-intrauterin-graviditet", "malmo_gyn", 33, "F", [
    ("Aktuellt", "Gravid v 7 enl. SM, lätt blödning och ensidig molvärk vä."),
    ("Bedömning", "Intrauterin graviditet med hjärtaktivitet vid vaginalt ultraljud, X uteslutet. Blödningen bedöms ofarlig, ingen åtgärd."),
], nn=N2, why="Förkortningen 'X' (extrauterin graviditet) står som utesluten.")

C("ra-avskriven-handartros", "su_reuma", 62, "F", [
    ("Aktuellt", "Remiss från vc med frågeställning reumatoid artrit pga stelhet i fingrarna."),
    ("Bedömning", "Reumatoid artrit kan avskrivas: negativa CCP-antikroppar och RF, ingen synovit på ultraljud. Besvären orsakas av handartros i DIP- och PIP-lederna, vilket pat fått förklarat."),
], nn=N2, why="Remissens frågeställning RA är avskriven; handartros fastställd.")

C("borrelia-fragetecken-serologi-neg", "malmo_inf", 40, "M", [
    ("Bedömning", "Borrelia? Serologi negativ vid två tillfällen med fyra veckors mellanrum och inga neurologiska fynd – borreliainfektion utesluten. Ledvärken utreds vidare av vårdcentralen."),
], nn=N2, why="Frågetecknet besvaras direkt: borreliainfektion utesluten.")

C("lymfom-ej-reaktiv-lymfadenit", "su_hemat", 26, "F", [
    ("Bedömning", "Remitterad pga misstänkt lymfom med förstorade lymfkörtlar på halsen. Körtelbiopsin visar reaktiv lymfadenit, inga hållpunkter för lymfom. Avslutas på mottagningen."),
], nn=N2, why="Remissmisstanken om lymfom är avfärdad av biopsin.")

C("appendicit-utesluten-forstoppning-barn", "lund_barnkir", 9, "M", [
    ("Status", "Mjuk buk, lätt öm i vä fossa, ingen släppömhet. Ultraljud: normal appendix, riklig fekalimassa i kolon."),
    ("Bedömning", "Appendicit utesluten. Buksmärtan orsakas av förstoppning, Movicol insätts och föräldrarna får kostråd."),
], nn=N2, why="Appendicit utesluten; förstoppning fastställd.")

C("sarkoidos-avfardad-bronkoskopi-typo", "sas_lung", 47, "F", [
    ("Bedömning", "Misstänkt sarkoidos avfärdad: bronkoskopi med BAL och transbronkiella biopsier utan granulom, normalt ACE. Ingen sarkodos. Hilusförstoringen på DT följs med ny DT om 6 mån."),
], nn=N2, why="Sarkoidos avfärdad och negerad (typo 'sarkodos').")

# ===================================================================================
# C. Suspicions that were confirmed
# ===================================================================================
C("scafoideum-misstanke-bekraftad-dt", "hassleholm_ortop", 23, "M", [
    ("Bedömning", "Misstanken om scafoideumfraktur bekräftad på DT: odislocerad fraktur genom midjan av os scaphoideum hö. Gips i 6 veckor, pat informerad."),
], nn=N2, why="Misstanken är bekräftad; diagnosen är säker.")

C("misstankt-uvi-verifierad-odling", "kungalv_med", 84, "F", [
    ("Bedömning", "Den misstänkta urinvägsinfektionen är nu verifierad, urinodling visar E. coli >10^5, känslig för pivmecillinam. Byter från cefotaxim till peroral behandling."),
], nn=N2, setting="slutenvård", why="'Misstänkta' följt av 'verifierad': bekräftad diagnos.")

C("hashimoto-bekraftad-informerad", "hbg_endo", 45, "F", [
    ("Bedömning", "Tidigare misstänkt hypotyreos bekräftad: TSH 18, fritt T4 lågt och positiva TPO-antikroppar. Hashimotos tyreoidit; pat informerad och startar Levaxin 50 mikrogram."),
], nn=("NL102", "NL101"), why="Den tidigare misstanken är bekräftad och patienten informerad.")

C("ms-misstanke-nu-faststalld", "su_neuro", 29, "F", [
    ("Bedömning", "Den misstanke om MS som väcktes vid optikusneuriten i höstas är nu bekräftad. Ny MR visar spridning i tid och rum och oligoklonala band finns i likvor. Diagnosen meddelad pat idag."),
], nn=("NL102", "NL101"), why="Misstanken om MS är bekräftad och diagnosen meddelad.")

C("celiaki-bekraftad-biopsi-barn", "lund_barn", 7, "F", [
    ("Aktuellt", "Remitterad pga misstanke om celiaki med förhöjda transglutaminasantikroppar och dålig viktuppgång."),
    ("Bedömning", "Celiaki bekräftad vid gastroskopi med tunntarmsbiopsier (Marsh 3b). Föräldrarna informerade, glutenfri kost och dietistkontakt."),
], nn=("NL102", "NL101"), why="Remissens misstanke bekräftad av biopsin; vårdnadshavare informerade.")

C("perforerad-appendicit-bekraftad-op", "nal_kir", 19, "M", [
    ("Fynd", "Misstanken om perforerad appendicit bekräftades peroperativt: gangränös appendix med perforation vid basen och lokal peritonit."),
    ("Åtgärd", "Laparoskopisk appendektomi, lavage, dränage lämnas. Fortsatt antibiotika i 3 dygn."),
], nn=N2, tpl="Operationsberättelse", setting="slutenvård",
  why="Operationsfyndet bekräftar misstanken.")

C("melanom-pad-bekraftat-informerad", "lund_hud", 58, "M", [
    ("Bedömning", "PAD efter excision av den misstänkta förändringen på ryggen visar malignt melanom, Breslow 0,6 mm, radikalt exciderat. Pat informerad, remiss för utvidgad excision."),
], nn=("NL102", "NL101"), why="'Misstänkta förändringen' syftar bakåt; PAD har bekräftat melanom.")

C("covid-verfierad-pcr-typo", "su_inf", 66, "M", [
    ("Bedömning", "Covid-19 verfierad med PCR; misstanken väcktes av anosmi och feber. Syrgasbehov 2 liter, dexametason insatt."),
], nn=N2, setting="slutenvård", why="Bekräftad covid-19 (typo 'verfierad').")

# ===================================================================================
# D. Family history (Hereditet)
# ===================================================================================
C("hereditet-far-trol-infakt-typo", "malmo_kard", 57, "M", [
    ("Hereditet", "Far trol. hjärtinfakt i 50-årsåldern, exakt ålder okänd. Farbror ev. plötslig hjärtdöd."),
    ("Aktuellt", "Hjärtklappning i attacker sedan en månad, senast i förrgår."),
    ("Bedömning", "Paroxysmalt förmaksflimmer, verifierat på långtids-EKG. CHA2DS2-VASc 1, ingen antikoagulation nu."),
], nn=N2, why="Hedgarna gäller far och farbror under Hereditet (typo 'hjärtinfakt').")

C("hereditet-mormor-sannolikt-alzheimer", "sks_neuro", 58, "F", [
    ("Hereditet", "Mormor hade sannolikt Alzheimers sjukdom men utreddes aldrig. Mor 84 år, kognitivt pigg."),
    ("Aktuellt", "Upplever försämrat minne sedan ett år, glömmer namn och tappar tråden i samtal. Hög arbetsbelastning."),
    ("Bedömning", "MMT 29/30 och normalt klocktest. Subjektiva minnesbesvär i samband med stress, ingen demenssjukdom."),
], nn=N2, why="'Sannolikt' gäller mormoderns sjukdom; patientens demens negerad.")

C("hereditet-moster-aggstockscancer-fragetecken", "malmo_brost", 41, "F", [
    ("Hereditet", "Mor bröstcancer vid 45 års ålder. Moster äggstockscancer? Pat vet inte säkert vilken cancer det var."),
    ("Bedömning", "Mammografi och ultraljud av ömmande område i hö bröst utan malignitetsmisstanke. Remiss till onkogenetisk mottagning pga hereditet."),
], nn=N2, why="Frågetecknet gäller mosterns sjukdom; patientens malignitet negerad.")

C("hereditet-storebror-trol-adhd-barn", "dsbus_med", 8, "M", [
    ("Hereditet", "Storebror har trol. ADHD, utreds på BUP. Far har astma."),
    ("Aktuellt", "Atopiskt eksem i armbågsveck och knäveck, kliar mest nattetid."),
    ("Bedömning", "Måttligt atopiskt eksem. Mometason till utslagen och riklig mjukgörare."),
], nn=N2, why="'Trol. ADHD' gäller storebror, inte patienten.")

C("hereditet-faster-ev-crohn-ibs-utkast", "lund_gastro", 24, "F", [
    ("Hereditet", "Faster ev. Crohns sjukdom. I övrigt ingen känd tarmsjukdom i släkten."),
    ("Bedömning", "IBS med diarrédominans. F-kalprotektin 18 och normal koloskopi med biopsier. Lågfodmap-kost via dietist."),
], nn=N2, draft=True, why="Osignerat utkast; 'ev. Crohn' gäller fastern.")

C("hereditet-mor-trol-bipolar-depression", "frolunda_psyk", 28, "M", [
    ("Hereditet", "Mor trol. bipolär sjukdom, aldrig diagnostiserad men periodvis mycket uppvarvad. Morbror tog sitt liv 2009."),
    ("Bedömning", "Måttlig depressiv episod utan psykotiska symtom, första episoden. Inga tidigare hypomana perioder enligt pat och sambo."),
], nn=N2, setting="psykiatrisk öppenvård",
  why="Hedgad bipolär sjukdom gäller modern; patientens diagnos är fastställd.")

C("hereditet-syster-mojligen-typ1", "hbg_endo", 52, "M", [
    ("Hereditet", "Syster har möjligen typ 1-diabetes sedan barndomen, pat osäker på vilken typ."),
    ("Bedömning", "Nyupptäckt typ 2-diabetes, HbA1c 62. GAD-antikroppar negativa. Metformin och levnadsvanor."),
], nn=N2, why="'Möjligen' gäller systerns diabetestyp.")

C("hered-pappa-fragetecken-svikt-telegrafisk", "ostra_kard", 69, "M", [
    ("Hereditet", "Pappa ? hjärtsvikt, dog 72 år. Mamma HT."),
    ("Aktuellt", "Hjärtsviktskontroll. Vikt 84,2 kg (oförändr.), BT 124/76, puls 68 reg."),
    ("Bedömning", "Stabil hjärtsvikt med nedsatt EF, NYHA II. Fortsatt titrering av sakubitril/valsartan enligt läkare."),
], nn=N2, tpl="Sjuksköterskeanteckning", role="sjuksköterska",
  why="Telegrafiskt '?' gäller pappans diagnos under Hereditet.")

# ===================================================================================
# E. Past history (Tidigare sjukdomar, s/p)
# ===================================================================================
C("tidigare-osakert-arstal-gallop", "trelleborg_kir", 63, "M", [
    ("Tidigare sjukdomar", "Hypertoni sedan 2010. s/p appendektomi 1998. Osäkert årtal för gallstensoperationen, trol. 2015."),
    ("Aktuellt", "Bula i hö ljumske sedan ett halvår, ökar vid lyft."),
    ("Bedömning", "Indirekt ljumskbråck hö, reponibelt. Anmäls för TEP-plastik."),
], nn=N2, why="'Osäkert' och 'trol.' gäller årtalet för en tidigare operation.")

C("tidigare-celiaki-utesluten-biopsi", "su_gastro", 36, "F", [
    ("Tidigare sjukdomar", "Hypotyreos sedan 2012. Utreddes 2019 för misstänkt celiaki, uteslutet med tunntarmsbiopsi."),
    ("Aktuellt", "Sura uppstötningar och brännande känsla bakom bröstbenet sedan i vintras."),
    ("Bedömning", "Gastroesofageal refluxsjukdom utan larmsymtom. PPI i 8 veckor."),
], nn=N2, why="Tidigare misstanke under Tidigare sjukdomar, utesluten.")

C("tidigare-sp-artroskopi-fragetecken-utkast", "malmo_ortop", 48, "M", [
    ("Tidigare sjukdomar", "s/p artroskopi hö knä 2011 (vad som åtgärdades? op-berättelse begärd från Ängelholm). Annars frisk."),
    ("Aktuellt", "Tilltagande smärta i hö knä vid promenader, morgonstelhet under 30 minuter."),
    ("Bedömning", "Gonartros hö, medialt betonad på belastad röntgen. Fysioterapi via artrosskola."),
], nn=N2, draft=True,
  why="Osignerat utkast; frågetecknet gäller vad som gjordes vid en tidigare operation.")

C("tidigare-hoftledsluxation-normal-ul-barn", "nal_barn", 3, "F", [
    ("Tidigare sjukdomar", "Född v 34, i övrigt frisk. Vid BB-undersökningen misstänktes höftledsluxation, ultraljud därefter normalt."),
    ("Aktuellt", "Haltar på vä ben sedan två dagar, ingen känd skada, afebril."),
    ("Bedömning", "Övergående synovit i vä höft, ultraljud visar liten mängd ledvätska. Ipren och vila, åter om hältan kvarstår efter en vecka."),
], nn=N2, why="Misstanke vid födseln, avskriven med normalt ultraljud.")

C("tidigare-infarkt-ny-misstanke-avskrevs", "ostra_kard", 67, "M", [
    ("Tidigare sjukdomar", "Hjärtinfarkt 2016, s/p PCI mot LAD. Misstänkt ny infarkt 2021 avskrevs då troponinerna var normala."),
    ("Bedömning", "Stabil kranskärlssjukdom utan angina. Fortsatt sekundärprevention, LDL 1,6."),
], nn=N2, why="Tidigare misstanke under Tidigare sjukdomar, avskriven.")

C("tidigare-tbc-fragetecken-nej", "malmo_lung", 71, "F", [
    ("Tidigare sjukdomar", "Astma som barn, inga besvär i vuxen ålder. Tbc? Nej, BCG-vaccinerad som barn och aldrig exponerad."),
    ("Aktuellt", "Långdragen hosta efter förkylning i januari."),
    ("Bedömning", "Postinfektiös hosta, normal spirometri och lungröntgen. Ingen behandling."),
], nn=N2, why="'Tbc?' är en anamnesfråga som besvaras nekande.")

C("tidigare-brostcancer-sp-kontroll", "su_onk", 60, "F", [
    ("Anamnes", "Bröstcancer vä 2018, s/p sektorresektion, strålbehandling och fem års tamoxifen som avslutades i januari."),
    ("Bedömning", "Inga tecken på recidiv vid klinisk undersökning eller på årets mammografi. Övergår till kontroller via screeningprogrammet."),
], nn=N2, why="Tidigare fastställd cancer (s/p) och negerat recidiv.")

C("tidigare-sp-diskbrack-lumbago", "lund_neurokir", 39, "M", [
    ("Tidigare sjukdomar", "s/p op för diskbråck L5–S1 hö 2017, ingen kvarstående pares. Tidigare frisk i övrigt."),
    ("Aktuellt", "Ny ländryggsvärk sedan 3 veckor, nu utan utstrålning."),
    ("Bedömning", "Lumbago utan tecken på nervrotspåverkan, ingen indikation för ny MR. Fortsatt aktivitet och fysioterapi."),
], nn=N2, why="'s/p' anger en tidigare opererad diagnos, ingen hedge.")

# ===================================================================================
# F. Hypothetical and conditional talk
# ===================================================================================
C("om-feber-over-39-barn", "lund_barn", 2, "M", [
    ("Bedömning", "Viral övre luftvägsinfektion, pigg och dricker bra."),
    ("Information", "Om febern stiger över 39 och inte går ner med Alvedon, eller om pojken blir slö eller svår att väcka, ska föräldrarna söka barnakuten direkt."),
], nn=N2, setting="akutmottagning", why="Villkorade råd om feber, ingen hedgad diagnos.")

C("vid-forsamring-divertikulit", "sas_akut", 58, "M", [
    ("Bedömning", "Okomplicerad divertikulit i sigmoideum på DT, CRP 74. Peroral antibiotika och hemgång."),
    ("Information", "Vid försämring med tilltagande buksmärta, kräkningar eller frossa ska pat återkomma omgående."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="'Vid försämring' är villkor för återbesök; diagnosen är fastställd.")

C("om-svullnad-vaden-blodpropp-uteslutas", "hassleholm_ortop", 46, "F", [
    ("Aktuellt", "Gipsad för fotledsfraktur vä (Weber B) sedan 10 dagar, tromboprofylax med Fragmin."),
    ("Information", "Om svullnaden i vaden ökar eller hon får andningsbesvär ska hon söka akut så att blodpropp kan uteslutas."),
], nn=N2, why="Blodpropp nämns bara i ett villkorat säkerhetsråd.")

C("om-bt-stiger-gravid", "ostra_kk", 31, "F", [
    ("Aktuellt", "Gravid v 35+4. BT 128/82, inget protein i urinen. Mår bra."),
    ("Information", "Om blodtrycket vid hemmamätning överstiger 150/100 eller hon får huvudvärk och synstörningar ska hon ringa förlossningen."),
], nn=N2, tpl="Barnmorskeanteckning", role="barnmorska",
  why="Villkorade instruktioner, ingen misstänkt diagnos.")

C("om-temp-under-neutropeniperioden", "lund_onk", 63, "M", [
    ("Aktuellt", "Andra kuren FOLFOX mot ventrikelcancer given idag utan reaktioner."),
    ("Information", "Om temp 38,0 eller mer under dag 7–14 ska pat ringa avdelningen direkt, dygnet runt. Skriftlig information om neutropeni och infektionsrisk medskickad."),
], nn=N2, tpl="Sjuksköterskeanteckning", role="sjuksköterska",
  why="Villkorat råd om feber under förväntad neutropeni.")

C("om-odlingen-blir-positiv-erysipelas-utkast", "su_inf", 72, "M", [
    ("Bedömning", "Erysipelas vä underben med utgångspunkt från sprickor mellan tårna. Kåvepenin 1 g x 3 i 10 dagar."),
    ("Planering", "Om sårodlingen blir positiv för annat än streptokocker justeras antibiotikan efter resistensmönster."),
], nn=N2, draft=True, why="Osignerat utkast; villkorad plan, fastställd diagnos.")

C("vid-okade-suicidtankar-krisplan", "lund_psyk", 23, "F", [
    ("Bedömning", "Måttlig depressiv episod. Passiva dödstankar men inga planer, ingen akut suicidrisk."),
    ("Planering", "Krisplan upprättad tillsammans med pat: vid ökade självmordstankar kontaktar hon psykiatriska akutmottagningen eller ringer 112."),
], nn=N2, setting="psykiatrisk öppenvård", why="Villkorad krisplan, ingen hedgad diagnos.")

C("skulle-anfallen-aterkomma-epilepsi", "sks_neuro", 34, "M", [
    ("Bedömning", "Fokal epilepsi, anfallsfri sedan 6 månader på levetiracetam 750 mg x 2."),
    ("Planering", "Skulle anfallen återkomma trots god följsamhet blir nästa steg byte till lamotrigin. Bilkörning tillåten från juni."),
], nn=N2, why="Hypotetiskt 'skulle … återkomma' om en fastställd epilepsi.")

C("om-ny-reaktion-adrenalinpenna-barn", "lund_allergi", 10, "F", [
    ("Aktuellt", "Konstaterad jordnötsallergi med positivt Ara h 2. Reagerade med läppsvullnad på en kaka på kalas."),
    ("Information", "Om hon på nytt får svullnad i läppar eller svalg efter nötter ska hon få adrenalinpennan och föräldrarna ringa 112."),
], nn=N2, why="Villkorad handlingsplan; allergin är konstaterad.")

# ===================================================================================
# G. Questions about symptoms
# ===================================================================================
C("fragor-brostsmarta-nej-telegrafisk", "su_akut", 60, "M", [
    ("Anamnes", "Bröstsmärta? Nej. Andfåddhet? Ja, vid ansträngning sedan 2 v. Feber? Nej. Hosta? Lite torrhosta nattetid."),
    ("Bedömning", "Ansträngningsdyspné. Remiss för ekokardiografi och arbetsprov, återbesök efteråt."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="Frågetecknen är anamnesfrågor om symtom, inga diagnoser.")

C("telefon-kraktes-kissat-barn", "lund_barn", 1, "F", [
    ("Aktuellt", "Mamma ringer, dottern har haft diarré sedan igår. Kräkts? Inte sedan igår kväll. Kissat? Ja, blöt blöja för två timmar sedan."),
    ("Råd", "Fortsätt amma och ge vätskeersättning i små klunkar. Ring igen om hon slutar kissa eller blir slö."),
], nn=N2, tpl="Telefonrådgivning", role="sjuksköterska",
  why="Frågor om symtom i telefonrådgivning, ingen diagnos.")

C("yrsel-vid-uppresning-osaker-fall", "alingsas_geri", 88, "F", [
    ("Anamnes", "Yrsel vid uppresning? Pat osäker, tror det. Fall senaste året? Två gånger, båda i badrummet på natten."),
    ("Status", "BT liggande 146/80, stående efter 3 min 122/70 utan symtom."),
    ("Bedömning", "Fallrisk, multifaktoriell. Sänker furosemiddosen och ordinerar nattlampa; arbetsterapeut gör hembesök."),
], nn=N2, setting="slutenvård", why="Osäkerheten gäller ett symtom i anamnesen.")

C("blodning-efter-samlag-nej-utkast", "malmo_gyn", 37, "F", [
    ("Anamnes", "Blödning efter samlag? Nej. Flytningar? Ökade sedan en månad, ingen lukt eller klåda."),
    ("Bedömning", "Ektropion på portio, i övrigt normalt gynstatus. Cellprov taget enligt screeningprogrammet."),
], nn=N2, draft=True, why="Osignerat utkast med symtomfrågor, ingen hedgad diagnos.")

C("somn-aptit-sjalvmordstankar-psykolog", "frolunda_psyk", 22, "F", [
    ("Aktuellt", "Sömn? 4–5 timmar per natt, vaknar tidigt. Aptit? Nedsatt, har tappat 3 kg. Självmordstankar? Förnekar, har aldrig haft några."),
    ("Bedömning", "Fortsatt KBT för generaliserat ångestsyndrom, session 6 av 14. Hemuppgift: oroslogg."),
], nn=N2, tpl="Psykologanteckning", role="psykolog", setting="psykiatrisk öppenvård",
  why="Frågetecknen är screeningfrågor om symtom.")

C("yrsel-vid-vandning-bppv", "lund_onh", 64, "F", [
    ("Anamnes", "Hörselnedsättning? Nej. Öronsus? Nej. Yrsel? Kortvarig, några sekunder, när hon vänder sig i sängen."),
    ("Bedömning", "BPPV i hö bakre båge, positivt Dix–Hallpike. Epleys manöver utförd med gott resultat."),
], nn=N2, why="Symtomfrågor följda av fastställd diagnos.")

C("nattlig-andnod-nej-sviktkontroll", "uddevalla_med", 80, "M", [
    ("Aktuellt", "Sviktsköterskekontroll. Svullnad i benen? Lite mer på kvällarna. Nattlig andnöd? Nej. Antal kuddar? Två, som vanligt."),
    ("Bedömning", "Stabil hjärtsvikt, vikt oförändrad sedan förra besöket. Ingen ändring av diuretika."),
], nn=N2, tpl="Sjuksköterskeanteckning", role="sjuksköterska",
  why="Frågor om symtom vid kontroll av fastställd hjärtsvikt.")

# ===================================================================================
# H. Hedges inside hidden Tidiga hypoteser (and two leaks)
# ===================================================================================
C("th-mall-skane-misstankt-als", "lund_neuro", 62, "M", [
    ("Tidiga hypoteser", "Misstänkt ALS mot bakgrund av fascikulationer i båda armarna och asymmetrisk svaghet i hö hand. Ej diskuterat med pat innan neurografi och EMG är klara."),
], nn=("NL102", "NL104", "NL101"), tpl="Tidiga hypoteser",
  why="Hypotesen står i Skånes dolda mall Tidiga hypoteser, där den hör hemma.")

C("th-sokord-vgr-trol-lungcancer-utkast", "sas_lung", 69, "M", [
    ("Aktuellt", "Remitterad för långdragen hosta och viktnedgång. Rökare, 40 paketår."),
    ("Status", "Dämpat andningsljud basalt hö, i övrigt ua."),
    ("Tidiga hypoteser", "Trol. lungcancer med pleuravätska hö. Tas upp med pat när DT och pleuratappningen är klara."),
    ("Planering", "DT thorax-buk och pleuratappning nästa vecka. Pat informerad om att ytterligare undersökningar behövs."),
], nn=("NL102", "NL104"), draft=True,
  why="Osignerat utkast; hedgen bara under VGR-sökordet Tidiga hypoteser.")

M("th-mall-skane-huntington-separat-anteckning", 41, "F", [
    dict(id="n1", unit="hbg_neuro", sections=[
        ("Aktuellt", "Ofrivilliga rörelser i händer och ansikte sedan ett år, maken har noterat humörsvängningar."),
        ("Planering", "Genetisk vägledning bokad, MR hjärna beställd. Pat vill komma tillsammans med maken."),
    ]),
    dict(id="n2", unit="hbg_neuro", tpl="Tidiga hypoteser", offset=10, sections=[
        ("Hypotes", "Sannolikt Huntingtons sjukdom, fadern dog ung med liknande bild. Genetisk testning först efter vägledningssamtal."),
    ]),
], nn=[("NL102", "n1"), ("NL102", "n2"), ("NL104", "n2")],
  why="Synlig anteckning utan hedge; hypotesen ligger i separat mall Tidiga hypoteser.")

C("th-sokord-vgr-sannolikt-levermetastaser", "kungalv_med", 73, "F", [
    ("Aktuellt", "Inkommer med trötthet och förhöjda leverprover. Opererad för koloncancer 2021."),
    ("Tidiga hypoteser", "Sannolikt levermetastaser enligt preliminärt ultraljud; avvaktar DT innan besked ges."),
    ("Planering", "DT thorax-buk beställd. Pat vet att undersökningen görs för att förklara leverproverna."),
], nn=("NL102", "NL101"), setting="slutenvård",
  why="Hypotesen och det ej givna beskedet står under dolt sökord.")

C("th-mall-skane-mojlig-prodromal-psykos", "malmo_psyk", 19, "M", [
    ("Tidiga hypoteser", "Möjlig prodromalfas till psykos: tilltagande isolering, egendomliga idéer om att grannarna sänder signaler. Tas upp med pat när bilden klarnat; han är i dag mycket misstänksam mot vården."),
], nn=("NL102", "NL104"), tpl="Tidiga hypoteser", setting="psykiatrisk öppenvård",
  why="Psykiatrisk hypotes i Skånes dolda mall.")

C("th-sokord-vgr-misstankt-duchenne-barn", "dsbus_med", 4, "M", [
    ("Aktuellt", "Sen motorisk utveckling, svårt att resa sig från golvet och trillar ofta. CK 12 000."),
    ("Tidiga hypoteser", "Misstänkt Duchennes muskeldystrofi. Genetisk analys skickad; föräldrarna får information när svaret finns."),
    ("Planering", "Återbesök med föräldrarna om 3 veckor. Fysioterapeutisk bedömning bokad."),
], nn=("NL102", "NL104"), why="Barnets hypotes endast under dolt sökord.")

C("th-sokord-vgr-misstakt-ftd-typo", "sks_neuro", 61, "M", [
    ("Aktuellt", "Frun beskriver personlighetsförändring sedan 2 år, han har blivit hänsynslös och äter okontrollerat."),
    ("Tidiga hypoteser", "Misstäkt frontotemporal demens. Avvaktar FDG-PET och neuropsykologisk testning innan det diskuteras med pat och fru."),
    ("Planering", "FDG-PET beställd. Neuropsykolog kallar för testning."),
], nn=N2, why="Hedge (typo 'Misstäkt') enbart under dolt sökord.")

C("th-sokord-vgr-men-trol-myelom-i-bedomning", "su_hemat", 70, "M", [
    ("Aktuellt", "Ryggsmärta, anemi Hb 98 och förhöjt kreatinin. M-komponent IgG 38 g/L."),
    ("Tidiga hypoteser", "Myelom mest sannolikt, benmärgsprov bokat."),
    ("Bedömning", "Trol. myelom. Benmärgsprov och helkropps-DT på fredag."),
], must=P2, nn=("NL104",),
  why="Hypotesen står i dolt sökord men upprepas synligt i Bedömning.")

M("th-mall-skane-men-misstankt-pankreas-synlig", 68, "F", [
    dict(id="n1", unit="malmo_kir", tpl="Tidiga hypoteser", setting="slutenvård", sections=[
        ("Tidiga hypoteser", "Misstänkt pankreascancer, ikterus och förstorad gallblåsa. Diskuteras med pat efter DT."),
    ]),
    dict(id="n2", unit="malmo_kir", setting="slutenvård", offset=30, sections=[
        ("Bedömning", "Smärtfri ikterus. Misstänkt pankreascancer, DT pankreas beställd till imorgon."),
    ]),
], must=[("NL102", "n2")], nn=[("NL102", "n1"), ("NL104", "n1")],
  why="Den dolda mallen är rätt, men den vanliga anteckningen upprepar hypotesen synligt.")

# ===================================================================================
# I. Diagnoses the patient has been told
# ===================================================================================
C("besked-brostcancer-givet", "malmo_brost", 55, "F", [
    ("Bedömning", "Besked om bröstcancer vä, invasiv duktal, 18 mm, givet idag i närvaro av kontaktsjuksköterska. Pat tog beskedet sansat, maken med."),
    ("Planering", "Sektorresektion och portvaktskörtel planeras inom 3 veckor."),
], nn=("NL102", "NL101"), why="Fastställd diagnos, beskedet givet.")

C("informerad-parkinson", "su_neuro", 71, "F", [
    ("Bedömning", "Pat informerad om att undersökningarna visar Parkinsons sjukdom. DaTSCAN med nedsatt upptag bilat, god effekt av levodopatest."),
], nn=("NL102", "NL101"), why="Fastställd diagnos som patienten informerats om.")

C("foraldrar-fatt-typ1-diabetes-forklarad", "lund_barn", 9, "M", [
    ("Bedömning", "Typ 1-diabetes med debut i lätt ketoacidos, nu korrigerad. Föräldrarna och pojken har fått diagnosen förklarad av mig och diabetessköterskan."),
], nn=("NL102", "NL101"), setting="slutenvård",
  why="Barnets diagnos är fastställd och förklarad för vårdnadshavarna.")

C("informerat-sle-misstanke-bekraftad", "su_reuma", 33, "F", [
    ("Bedömning", "Har idag informerat pat om diagnosen SLE; den tidigare misstanken bekräftas av positiva anti-dsDNA, lågt komplement, ledvärk och fotosensitivt utslag. Startar hydroxiklorokin."),
], nn=("NL102", "NL101"), why="Bekräftad och meddelad diagnos.")

C("adhd-aterkoppling-utredning", "lund_psyk", 24, "M", [
    ("Bedömning", "Återkoppling efter neuropsykiatrisk utredning: pat har fått diagnosen ADHD, kombinerad form. Informerad muntligt och skriftligt, vill pröva läkemedel."),
], nn=("NL102", "NL101"), setting="psykiatrisk öppenvård",
  why="Utredd och meddelad diagnos.")

C("diagnos-meddelad-kll-utkast", "su_hemat", 74, "M", [
    ("Bedömning", "Diagnos meddelad: KLL i tidigt stadium (Binet A). Ingen behandling nu, aktiv monitorering med blodprover var tredje månad."),
], nn=("NL102", "NL101"), draft=True,
  why="Osignerat utkast; diagnosen är fastställd och meddelad.")

# ===================================================================================
# J. PMO notes (primary care, Skåne): diagnoses never shown
# ===================================================================================
C("pmo-misstankt-pneumoni", "vc_sorgenfrei", 67, "M", [
    ("Bedömning", "Misstänkt pneumoni hö basalt, CRP 86, krepitationer hö. Startar PcV 1 g x 3 i 7 dagar."),
], nn=N2, tpl="Läkarbesök", setting="primärvård",
  why="PMO visar aldrig diagnoser; hedgen får stå.")

C("pmo-bvc-misstankt-sprakstorning", "bvc_horby", 2, "F", [
    ("Aktuellt", "2,5-årsbesök. Använder ett tiotal ord, kombinerar inte ord. Hörsel normal enligt föräldrarna."),
    ("Bedömning", "Misstänkt språkstörning. Remiss till logoped med föräldrarnas medgivande."),
], nn=N2, tpl="BVC-besök", role="sjuksköterska", setting="primärvård",
  why="Hedgad diagnos i PMO (BVC).")

C("pmo-um-trol-klamydia", "um_malmo", 17, "F", [
    ("Aktuellt", "Sveda vid miktion och ökade flytningar sedan en vecka. Ny partner sedan en månad, oskyddade samlag."),
    ("Bedömning", "Trol. klamydia. Prov taget, behandlas när svaret kommit. Partnerspårning diskuterad."),
], nn=N2, tpl="Besöksanteckning", role="barnmorska", setting="primärvård",
  why="Hedgad diagnos i PMO (ungdomsmottagning).")

C("pmo-dd-pmr-ra-utkast", "vc_eslov", 72, "F", [
    ("Bedömning", "DD polymyalgia reumatica vs. sen debut av RA. SR 62, CRP 38. CCP och RF skickade, återbesök om en vecka."),
], nn=N2, tpl="Läkarbesök", setting="primärvård", draft=True,
  why="Öppen DD-lista i PMO, osignerat utkast.")

C("pmo-sannolikt-cystit-ssk", "vc_hoor", 44, "F", [
    ("Aktuellt", "Sveda och täta trängningar sedan igår, ingen feber eller flanksmärta."),
    ("Bedömning", "Sannolikt okomplicerad cystit, urinsticka pos för nitrit och leukocyter. Pivmecillinam enligt delegering."),
], nn=N2, tpl="Telefonkontakt", role="sjuksköterska", setting="primärvård",
  why="Hedgad diagnos i PMO.")

C("pmo-utmattningssyndrom-kan-ej-uteslutas", "vc_kavlinge", 46, "F", [
    ("Bedömning", "Utmattningssyndrom kan ej uteslutas; pat har haft hög stress i ett år och har nu koncentrations- och minnessvårigheter. Sjukskriven 50 % i två veckor, utredning med prover och skattningsskalor."),
], nn=N2, tpl="Läkarbesök", setting="primärvård",
  why="'Kan ej uteslutas' i PMO, där diagnoser inte visas.")

C("pmo-fragetecken-zoster-telegrafisk", "vc_simrishamn", 76, "M", [
    ("Bedömning", "?Herpes zoster Th6 hö. Valaciklovir 1 g x 3 i 7 d."),
], nn=N2, tpl="Läkarbesök", setting="primärvård", why="Frågeteckensdiagnos i PMO.")

C("pmo-missankt-borrelia-typo", "vc_bastad", 51, "F", [
    ("Status", "Rodnad ring 7 cm på vä lår, central uppklarning, fästingbett för 2 v sedan."),
    ("Bedömning", "Missänkt borrelia, erythema migrans. Doxyferm 100 mg x 1 i 10 dagar."),
], nn=N2, tpl="Läkarbesök", setting="primärvård",
  why="Hedgad diagnos (typo 'Missänkt') i PMO.")

C("pmo-mojlig-diabetesneuropati", "vc_klippan", 66, "M", [
    ("Aktuellt", "Årskontroll typ 2-diabetes. Fotundersökning: monofilament nedsatt på båda fotsulorna, vibrationssinne nedsatt."),
    ("Bedömning", "Möjlig diabetesneuropati. Riskgrupp 2, remiss till fotterapeut."),
], nn=N2, tpl="Diabetesmottagning", role="sjuksköterska", setting="primärvård",
  why="Hedgad diagnos i PMO.")

# ===================================================================================
# K. Hedged symptoms and findings that are not diagnoses
# ===================================================================================
C("ev-latt-pittingodem-kol", "angelholm_med", 76, "M", [
    ("Status", "Ev. lätt pittingödem vid anklarna, svårbedömt pga stödstrumpor. Cor: regelbunden rytm, inga blåsljud."),
    ("Bedömning", "KOL-exacerbation, bättre efter nebulisering och Prednisolon. Fortsatt behandling fem dagar."),
], nn=N2, setting="slutenvård", why="'Ev.' gäller ett statusfynd (ödem), inte en diagnos.")

C("mojligen-okad-rodnad-operationssar", "nal_kir", 59, "F", [
    ("Omvårdnad", "Operationssåret möjligen lite mer rodnat vid nedre kanten jämfört med igår, ingen vätskning, afebril. Markerat kanten med penna för jämförelse imorgon."),
], nn=N2, tpl="Omvårdnadsanteckning", role="sjuksköterska", setting="slutenvård",
  why="Osäker observation av rodnad, ingen diagnos.")

C("ev-nedsatt-sensibilitet-inkonsekvent", "malmo_akut", 42, "M", [
    ("Status", "Ev. lätt nedsatt sensibilitet för stick på vä fotrygg, inkonsekvent vid upprepning. Kraft och reflexer symmetriska, Lasègue neg."),
    ("Bedömning", "Akut lumbago utan tecken på nervrotspåverkan. Smärtlindring och fortsatt rörelse."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="Hedgat neurologiskt fynd, diagnosen är fastställd.")

C("nagot-blek-fragetecken-barn", "nal_barn", 5, "M", [
    ("Aktuellt", "Mamma tycker att han är blekare än vanligt och tröttare sedan förkylningen."),
    ("Status", "Något blek? Svårbedömt i lampljuset. Hb 124, normalt blodstatus."),
    ("Bedömning", "Inget anmärkningsvärt, normal tillväxtkurva. Åter om tröttheten kvarstår efter tre veckor."),
], nn=N2, why="Frågetecknet gäller hudfärg, ett fynd och ingen diagnos.")

C("oklar-pigmentforandring-benignt-nevus", "lund_hud", 35, "F", [
    ("Aktuellt", "Remiss från vc: oklar pigmentförändring på vä skuldra, önskar bedömning."),
    ("Status", "Pigmentförändring 4 mm med regelbundet nätmönster i dermatoskopi."),
    ("Bedömning", "Benignt junktionsnevus. Ingen åtgärd, pat lugnad."),
], nn=N2, why="'Oklar förändring' beskriver ett fynd; diagnosen är benign och säker.")

C("eventuellt-mer-trott-usk", "alingsas_geri", 90, "F", [
    ("Omvårdnad", "Pat verkar eventuellt mer trött idag, sov stora delar av förmiddagen. Vaken och orienterad vid lunch, åt hela portionen."),
], nn=N2, tpl="Omvårdnadsanteckning", role="undersköterska", setting="slutenvård",
  why="'Eventuellt' gäller en observation av trötthet.")

C("mojligen-nackstyv-omundersokt", "malmo_akut", 26, "F", [
    ("Status", "Möjligen lätt nackstyv vid första undersökningen? Vid omundersökning efter 30 min mjuk nacke, inga petekier."),
    ("Bedömning", "Spänningshuvudvärk, inga varningstecken. Hemgång med paracetamol."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="Osäkert statusfynd som omvärderats; diagnosen är säker.")

C("mojligen-nedsatt-quadricepsstyrka-utkast", "molndal_ortop", 33, "M", [
    ("Status", "Möjligen något nedsatt styrka i hö quadriceps jämfört med vä, svårt att testa pga smärta. Full extension, flexion 110 grader."),
    ("Bedömning", "Fem veckor efter främre korsbandsrekonstruktion hö, följer rehabprotokollet."),
], nn=N2, tpl="Fysioterapeutanteckning", role="fysioterapeut", draft=True,
  why="Osignerat utkast; hedgat funktionsfynd.")

C("rosten-mojligen-hesare-logoped", "lund_logoped", 44, "F", [
    ("Aktuellt", "Stämbandsknutor bilat, röstterapi session 4. Arbetar som lärare."),
    ("Bedömning", "Rösten möjligen något hesare efter 20 minuters högläsning, men bättre andningsstöd än vid start."),
], nn=N2, tpl="Logopedanteckning", role="logoped", why="Hedgat röstfynd, fastställd diagnos.")

# ===================================================================================
# L. Negated diagnoses
# ===================================================================================
C("ingen-misstanke-om-sah", "su_akut", 48, "F", [
    ("Bedömning", "Ingen misstanke om subaraknoidalblödning: gradvis debut under två dagar, normal neurologisk undersökning och ingen nackstelhet. Migränliknande huvudvärk, triptan hjälper."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning", why="'Ingen misstanke om' negerar.")

C("inget-talar-for-endokardit", "malmo_kard", 56, "M", [
    ("Bedömning", "Inget talar för endokardit: negativa blododlingar x 3 och normalt TEE. Febern förklaras av pyelonefrit, odlingsverifierad."),
], nn=N2, setting="slutenvård", why="'Inget talar för' negerar.")

C("inga-tecken-pa-pnemoni-barn-typo", "dsbus_akut", 3, "F", [
    ("Bedömning", "Inga tecken på pnemoni på lungröntgen, saturation 97 %. Obstruktiv bronkit, god effekt av Ventoline."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning",
  why="'Inga tecken på' negerar (typo 'pnemoni').")

C("inga-hallpunkter-bipolar", "malmo_psyk", 30, "F", [
    ("Bedömning", "Inga hållpunkter för bipolär sjukdom vid noggrann anamnes med pat och mor; inga perioder av förhöjt stämningsläge. Recidiverande depression, nu lindrig episod."),
], nn=N2, setting="psykiatrisk öppenvård", why="'Inga hållpunkter för' negerar.")

C("stroke-kan-uteslutas-mr", "sks_neuro", 71, "M", [
    ("Bedömning", "Stroke kan uteslutas, MR med diffusionsviktade sekvenser visar ingen färsk ischemi. Yrseln är perifer, vestibularisneurit."),
], nn=N2, setting="slutenvård", why="'Kan uteslutas' (inte 'kan ej uteslutas') negerar.")

C("ingen-misstanke-om-recidiv-utkast", "lund_onk", 66, "F", [
    ("Bedömning", "Ingen misstanke om recidiv vid dagens kontroll fem år efter operation för endometriecancer. Avslutas från onkologisk uppföljning."),
], nn=N2, draft=True, why="Osignerat utkast; recidiv negerat.")

C("ej-misstanke-om-ileus", "nal_kir", 77, "F", [
    ("Bedömning", "Ej misstanke om ileus, pat har gasavgång och normal tarmpassage på buköversikten. Förstoppning efter opioider, laxantia insatt."),
], nn=N2, setting="slutenvård", why="'Ej misstanke om' negerar.")

C("ingen-misstake-om-dvt-typo", "landskrona_med", 59, "M", [
    ("Bedömning", "Ingen misstake om DVT, Wells 0 och negativ D-dimer. Vadsmärtan efter löprundan bedöms som en muskelbristning."),
], nn=N2, why="Negerad DVT (typo 'misstake').")

C("sepsis-bedoms-ej-foreligga", "su_inf", 81, "F", [
    ("Bedömning", "Sepsis bedöms ej föreligga: stabila vitalparametrar, laktat 1,1, NEWS 2. Okomplicerad pyelonefrit, cefotaxim iv."),
], nn=N2, setting="slutenvård", why="'Bedöms ej föreligga' negerar.")

C("talar-emot-celiaki-laktos", "lund_gastro", 31, "M", [
    ("Bedömning", "Normalt transglutaminas på glutenhaltig kost talar emot celiaki. Laktosintolerans bekräftad med gentest, laktosfri kost."),
], nn=N2, why="'Talar emot' avvisar diagnosen.")

C("inga-tecken-till-glaukom", "molndal_ogon", 55, "M", [
    ("Bedömning", "Inga tecken till glaukom: ögontryck 16/17 mmHg, normala papiller och synfält. Remissen från optiker besvaras, ingen uppföljning."),
], nn=N2, why="'Inga tecken till' negerar.")

# ===================================================================================
# M. Differential diagnosis lists that were closed
# ===================================================================================
C("dd-stangd-pneumoni-lungemobli-typo", "landskrona_med", 79, "F", [
    ("Bedömning", "DD vid inkomst var pneumoni, lungemobli och hjärtsviktsdekompensation. DT-angio utan embolier och normalt NT-proBNP har uteslutit de två senare. Slutlig diagnos: pneumoni i vä underlob, fortsatt bensylpenicillin."),
], nn=N2, setting="slutenvård", why="Stängd DD-lista med slutlig diagnos (typo 'lungemobli').")

C("diffdg-stangd-migran-utkast", "su_neuro", 32, "F", [
    ("Bedömning", "Diff dg mellan migrän, sinustrombos och idiopatisk intrakraniell hypertension. MR-venografi utan trombos och normalt öppningstryck vid LP har uteslutit de två senare. Diagnos: migrän utan aura."),
], nn=N2, draft=True, why="Osignerat utkast; DD-listan är stängd.")

C("dd-gikt-pseudogikt-septisk-avklarad", "malmo_rheum", 66, "M", [
    ("Bedömning", "Differentialdiagnoserna gikt, pseudogikt och septisk artrit är avklarade: uratkristaller i ledvätskan från hö knä, odlingen negativ. Gikt, kolkicin insatt och allopurinol diskuteras."),
], nn=N2, why="Differentialdiagnoserna är avklarade till gikt.")

C("dd-invagination-avskriven-barn", "dsbus_akut", 1, "M", [
    ("Bedömning", "DD invagination avskriven efter normalt ultraljud av buken. Gastroenterit, dricker bra och skickas hem."),
], nn=N2, tpl="Akutanteckning", setting="akutmottagning", why="DD avskriven.")

C("dd-psoriasis-eksem-avgjord-pad", "lund_hud", 43, "F", [
    ("Bedömning", "DD psoriasis/eksem i hårbotten avgjord genom stansbiopsi, PAD visar psoriasis. Klobetasolschampo två gånger i veckan."),
], nn=N2, why="DD avgjord av PAD.")

C("differentialdiagnostiskt-perikardit-dissektion-uteslutna", "ostra_kard", 49, "M", [
    ("Bedömning", "Differentialdiagnostiskt övervägdes perikardit och aortadissektion; båda är uteslutna med normalt EKG, ekokardiografi utan perikardvätska och normal DT-aorta. Pat har NSTEMI, koronarangiografi imorgon."),
], nn=N2, setting="slutenvård", why="Övervägda differentialdiagnoser uteslutna.")

# ===================================================================================
# N. The patient's (or relative's) own worries
# ===================================================================================
C("pat-orolig-ms-fran-natet", "sks_neuro", 26, "F", [
    ("Aktuellt", "Har läst på nätet och är orolig att hon har MS efter stickningar i händerna i två veckor."),
    ("Bedömning", "Normal neurologisk undersökning och normal MR hjärna. Inget talar för MS. Stickningarna beror på lindrigt karpaltunnelsyndrom bilat (positivt Phalens test), vilket pat fått förklarat."),
], nn=N2, why="Patientens egen oro återges; läkaren negerar MS.")

C("pat-radd-cancer-fibroadenom", "malmo_brost", 23, "F", [
    ("Aktuellt", "Knöl i vä bröst sedan en månad. Pat rädd att det är cancer, hennes moster dog i bröstcancer."),
    ("Bedömning", "Trippeldiagnostik med klinisk undersökning, ultraljud och mellannålsbiopsi visar fibroadenom. Pat lättad."),
], nn=N2, why="Patientens rädsla återges; diagnosen fibroadenom är säker.")

C("citat-jag-tror-det-ar-hjartat-utkast", "ostra_kard", 54, "M", [
    ("Aktuellt", "\"Jag tror att det är hjärtat\", säger pat, som har ont i bröstet vid ansträngning och stress."),
    ("Bedömning", "Normalt arbetsprov till 220 W utan ischemitecken, normal ekokardiografi. Ingen kranskärlssjukdom; smärtan bedöms utgå från bröstkorgsväggen."),
], nn=N2, draft=True, why="Osignerat utkast; citat av patientens egen tro, läkaren negerar.")

C("mamma-undrar-autism-typo", "hbg_barn", 2, "M", [
    ("Aktuellt", "Mamma undrar om sonen kan ha autism eftersom han inte pekar lika mycket som storasyster gjorde."),
    ("Bedömning", "God ögonkontakt, pekar för att visa och delar uppmärksamhet med mamma under besöket. Ingen misstanke om autsim, normal utveckling för åldern."),
], nn=N2, why="Vårdnadshavarens fråga; läkaren negerar (typo 'autsim').")

C("pat-orolig-hudcancer-takläggare", "su_hud", 63, "M", [
    ("Aktuellt", "Pat orolig för hudcancer efter många år som takläggare i sol."),
    ("Bedömning", "Dermatoskopi av samtliga nevi och solskadade områden utan atypiska fynd. Aktinisk keratos på hjässan frysbehandlad."),
], nn=N2, why="Patientens oro; inga atypiska fynd.")

C("dottern-oroar-sig-demens", "malmo_minne", 79, "M", [
    ("Aktuellt", "Dottern, som följer med, oroar sig för att pappa håller på att bli dement eftersom han glömt ett par avtal."),
    ("Bedömning", "MoCA 28/30, normalt klocktest och normal ADL. Inget talar för demenssjukdom, glömskan bedöms åldersadekvat."),
], nn=N2, why="Anhörigs oro; demens negerad.")

C("pat-overtygad-kronisk-borrelia", "su_inf", 45, "M", [
    ("Aktuellt", "Pat är övertygad om att han har kronisk borrelia och har beställt egna tester från utlandet."),
    ("Bedömning", "Borreliaserologi negativ och normal klinisk undersökning; borrelios utesluten. Pat vill ha en second opinion, remiss skickas enligt hans önskan."),
], nn=N2, why="Patientens egen övertygelse; läkaren utesluter.")

# ===================================================================================
# O. NL101 fires, NL102 does not (affirmed diagnosis, patient not yet told)
# ===================================================================================
C("nl101-pankreascancer-ej-informerad", "malmo_kir", 64, "M", [
    ("Bedömning", "PAD från EUS-biopsin visar adenokarcinom i pankreashuvudet, DT visar levermetastaser. Pat är ännu inte informerad; besked ges imorgon av ansvarig kirurg tillsammans med kontaktsjuksköterska."),
], must=("NL101",), nn=N2, setting="slutenvård",
  why="Fastställd diagnos och ej informerad patient: NL101, men ingen hedge.")

C("nl101-ms-ska-ej-meddelas", "su_neuro", 31, "F", [
    ("Bedömning", "MR och likvor bekräftar MS. Diagnosen ska inte meddelas pat förrän vid återbesöket på fredag när hennes make kan vara med."),
], must=("NL101",), nn=N2, why="Bekräftad diagnos som inte får meddelas än: NL101, inte NL102.")

C("nl101-all-foraldrar-ej-besked-barn", "lund_barnonk", 6, "F", [
    ("Bedömning", "Benmärgsprovet visar akut lymfatisk leukemi. Föräldrarna har ännu inte fått beskedet, samtal bokat kl 15 med överläkare och kurator."),
], must=("NL101",), nn=N2, setting="slutenvård",
  why="Vårdnadshavare ej informerade om en fastställd diagnos: NL101, ingen hedge.")

# ===================================================================================
# Long notes without a hedged diagnosis
# ===================================================================================
C("lang-inskrivning-svikt-inga-hedgade-dg", "ystad_med", 82, "F", [
    ("Kontaktorsak", "Inkommer med ambulans pga tilltagande andfåddhet och svullna ben sedan en vecka."),
    ("Tidigare sjukdomar", "Hypertoni sedan 1990-talet. Förmaksflimmer sedan 2018, Eliquis. s/p höftprotes hö 2016. Utreddes 2020 för misstänkt polymyalgia reumatica, avskrevs av reumatolog. Hjärtsvikt med bevarad ejektionsfraktion diagnostiserad 2022."),
    ("Hereditet", "Mor trol. hjärtsvikt, dog 80 år. Bror ev. diabetes, pat osäker."),
    ("Läkemedel", "Eliquis 5 mg x 2, Furix 40 mg x 1, Bisoprolol 5 mg x 1, Enalapril 10 mg x 1. Pat osäker på om hon tagit Furix de senaste dagarna, dosetten har inte fyllts på av hemtjänsten."),
    ("Socialt", "Änka, bor ensam i lägenhet med hemtjänst två gånger dagligen. Dottern bor i Tomelilla och hjälper till med inköp. Går med rollator inomhus och käpp utomhus."),
    ("Aktuellt", "Andfådd redan vid påklädning sedan fem dagar, sover sittande i fåtöljen sedan två nätter. Bröstsmärta? Nej. Feber? Nej. Hosta? Lite, utan upphostningar. Viktökning? Enligt hemtjänstens våg 4 kg på en vecka."),
    ("Status", "AT: opåverkad i vila, andfådd vid tal. Cor: oregelbunden rytm, frekvens 96, inga blåsljud. Pulm: krepitationer basalt bilat upp till skulderbladsvinklarna. Ben: pittingödem upp till knäna bilat. Temp 36,8, BT 152/88, saturation 91 % utan syrgas. Buk: mjuk, oöm. Neuro: orienterad till tid och rum, inga fokala bortfall."),
    ("Lab", "NT-proBNP 4 800, Hb 121, krea 108, K 4,1, CRP 6. EKG: förmaksflimmer utan ischemitecken. Lungröntgen: stas och små pleuravätskor bilat, inga infiltrat."),
    ("Bedömning", "Dekompenserad hjärtsvikt med bevarad ejektionsfraktion, utlöst av utebliven diuretika. Inga tecken på pneumoni, CRP lågt och röntgen utan infiltrat. Ingen misstanke om lungemboli då hon står på fullgod antikoagulation och besvären förklaras av vätskeretentionen."),
    ("Planering", "Furix 40 mg iv x 2, daglig vikt och vätskelista. Trol. hem i helgen om vikten sjunker som förväntat. Ev. återbesök på sviktmottagningen efter utskrivning; vi kontaktar hemtjänsten angående dosetten."),
    ("Information till patient", "Pat och dottern (per telefon) informerade om att vätskeansamlingen beror på hjärtsvikten och att vätskedrivande behöver tas varje dag. Dottern undrar om mamma kan klara sig hemma framöver; en ny biståndsbedömning kan bli aktuell och kurator kontaktas under vårdtiden."),
], nn=N2, tpl="Inskrivningsanteckning", setting="slutenvård",
  why="Lång inskrivning full av skenhedgar, hereditet, avskriven tidigare misstanke och negationer, men ingen hedgad diagnos.")

C("lang-epikris-urosepsis-stangda-dd", "su_med", 74, "M", [
    ("Orsak till inläggning", "Inlagd via akutmottagningen med feber, frossa och förvirring sedan ett dygn."),
    ("Tidigare sjukdomar", "Hypertoni och typ 2-diabetes, välreglerade. s/p TURP 2019. Ingen tidigare känd hjärtrytmrubbning."),
    ("Socialt", "Bor med hustrun i villa i Partille. Klarar ADL självständigt och kör bil, ingen hemtjänst. Två vuxna söner i Göteborgsområdet."),
    ("Förlopp", "Vid ankomst temp 39,4, BT 98/60, laktat 3,2. DD vid inkomst var urosepsis, pneumoni och meningit. Lungröntgen utan infiltrat och pat var nackmjuk med normaliserat medvetande efter vätska, varför pneumoni och meningit kunde avskrivas. Blododlingar och urinodling växte E. coli, känslig för cefotaxim. Förvirringen gick i regress inom två dygn. Ultraljud av njurar och urinvägar visade inget avflödeshinder, residualurin 60 ml. Under vårdtiden noterades förmaksflimmer under ett dygn som konverterade spontant; ekokardiografi visade normal vänsterkammarfunktion. CHA2DS2-VASc 3, Eliquis insatt efter diskussion med pat."),
    ("Lab", "CRP 268 vid ankomst och 41 vid utskrivning. Krea 142 vid ankomst, 96 vid utskrivning. HbA1c 52."),
    ("Omvårdnad", "Deliriumscreening med 4AT två gånger dagligen, positiv de två första dygnen och därefter negativ. Urinkateter avvecklad dag 3, kissar med residualurin under 100 ml. Ingen trycksårsrisk enligt riskbedömning."),
    ("Status vid utskrivning", "Feberfri sedan fyra dygn, orienterad till tid och rum, går med rollator som före insjuknandet. BT 134/78, puls 72 regelbunden. Äter och dricker bra."),
    ("Diagnoser", "Urosepsis orsakad av E. coli. Paroxysmalt förmaksflimmer, nyupptäckt. Akut förvirringstillstånd (delirium) vid infektion, i regress."),
    ("Information till patient", "Pat och hustrun informerade om diagnoserna och om varför blodförtunnande behandling rekommenderas. Om feber eller sveda vid vattenkastning återkommer ska han kontakta vårdcentralen samma dag. Hustrun fick skriftlig information om delirium och hur det kan visa sig."),
    ("Uppföljning", "Återbesök på vårdcentralen om två veckor för kontroll av krea och blodstatus. EKG om 3 månader. Ev. remiss till urolog om ny infektion inom ett år. Enalapril pausat under sepsis, återinsätts av vårdcentralen när systoliskt blodtryck åter överstiger 140."),
    ("Läkemedel", "Ny: Eliquis 5 mg x 2. Cefpodoxim i ytterligare fem dagar. Utsatt: Trombyl. Pausat: Enalapril. Metformin återinsatt då njurfunktionen normaliserats."),
], nn=("NL102", "NL101"), tpl="Epikris", setting="slutenvård",
  why="Lång epikris: stängd DD-lista, fastställda och meddelade diagnoser, villkorade råd.")

# ===================================================================================
# P. True positives (hedged diagnosis of this patient in a visible Melior section)
# ===================================================================================
C("pos-trol-hem-men-misstankt-njursten", "lund_akut", 38, "M", [
    ("Aktuellt", "Kolikartad smärta i hö flank sedan i natt, strålar mot ljumsken. Mikroskopisk hematuri."),
    ("Bedömning", "Misstänkt njurstensanfall hö. Smärtlindrad med Voltaren iv. Trol. hem imorgon om DT-urografin i morgon bitti inte visar något som kräver åtgärd."),
], must=P2, tpl="Akutanteckning", setting="akutmottagning",
  why="Skenhedge om hemgång, men också en verklig misstänkt diagnos.")

C("pos-misstanker-foljsamhet-och-hypertyreos", "kungalv_med", 46, "F", [
    ("Aktuellt", "Återbesök för hypertoni. BT 162/98 trots tre preparat, puls 112, viktnedgång 5 kg."),
    ("Bedömning", "Misstänker att pat inte tar alla sina blodtryckstabletter, apoteksuttagen är glesa. Dessutom misstänkt hypertyreos med tanke på takykardi och viktnedgång; TSH och fritt T4 skickade."),
], must=P2, why="Misstanke om följsamhet (ingen diagnos) bredvid misstänkt hypertyreos (diagnos).")

C("pos-hereditet-och-trolig-instabil-angina", "hbg_kard", 61, "M", [
    ("Hereditet", "Bror hjärtinfarkt vid 52 års ålder."),
    ("Aktuellt", "Bröstsmärta i vila i natt, 20 minuter, släppte på nitro."),
    ("Bedömning", "Trolig instabil angina. Läggs in för troponinserie och telemetri, ASA och Fragmin insatt."),
], must=P2, setting="slutenvård",
  why="Hereditet är ohedgad; patientens egen diagnos är hedgad i Bedömning.")

C("pos-sp-och-sannolikt-parkinson", "sks_neuro", 68, "M", [
    ("Tidigare sjukdomar", "s/p kolecystektomi 2008. Typ 2-diabetes sedan 2015."),
    ("Aktuellt", "Vilotremor i hö hand sedan ett år, långsammare gång och mindre handstil."),
    ("Bedömning", "Sannolikt Parkinsons sjukdom. DaTSCAN beställd, återbesök med svaret."),
], must=P2, why="Tidigare sjukdomar utan hedge; aktuell diagnos hedgad.")

C("pos-misstankt-uvi-ettaring-med-rad", "hbg_barn", 1, "F", [
    ("Bedömning", "Misstänkt urinvägsinfektion hos ettåring med feber utan fokus, urinsticka pos för leukocyter. Urinodling skickad via kateter, Ceftibuten insatt."),
    ("Information", "Föräldrarna ska söka igen om flickan blir slö eller vägrar dricka."),
], must=P2, setting="akutmottagning",
  why="Villkorade råd bredvid en verklig misstänkt diagnos hos barn.")

C("pos-fragor-och-misstankt-lungcancer", "sas_lung", 72, "M", [
    ("Anamnes", "Hosta? Sedan tre månader. Blodig hosta? Ja, vid två tillfällen. Viktnedgång? 6 kg."),
    ("Bedömning", "Misstänkt lungcancer med 3 cm förändring i hö överlob på lungröntgen. Remiss enligt standardiserat vårdförlopp."),
], must=P2, why="Symtomfrågor plus en verklig misstänkt diagnos.")

C("pos-aortadissektion-kan-ej-uteslutas", "su_akut", 66, "M", [
    ("Bedömning", "Aortadissektion kan ej uteslutas med tanke på rivande smärta mellan skulderbladen och blodtrycksskillnad mellan armarna. Akut DT-angio, kärlkirurg kontaktad."),
], must=P2, tpl="Akutanteckning", setting="akutmottagning",
  why="'Kan ej uteslutas' är en hedge, inte en negation.")

C("pos-neuroborrelios-kan-inte-uteslutas", "lund_neuro", 54, "F", [
    ("Bedömning", "Neuroborrelios kan inte uteslutas vid perifer facialispares och fästingbett i somras. LP planeras till imorgon."),
], must=P2, why="'Kan inte uteslutas' är en hedge.")

C("pos-fragetecken-scafoideum-telegrafisk-utkast", "molndal_ortop", 21, "M", [
    ("Bedömning", "?scafoideumfraktur hö, rtg ua. Gips, ny rtg om 10 d."),
], must=P2, tpl="Akutanteckning", setting="akutmottagning", draft=True,
  why="Osignerat utkast; '?' framför en diagnos.")

C("pos-pneumoni-fragetecken", "malmo_inf", 74, "M", [
    ("Bedömning", "Pneumoni? Feber, CRP 140 och rassel vä basalt. Lungröntgen beställd, blododlingar tagna innan antibiotika."),
], must=P2, setting="slutenvård", why="Diagnos följd av '?' som inte besvaras.")

C("pos-dd-oppen-makrocytar-anemi", "uddevalla_med", 78, "F", [
    ("Bedömning", "Makrocytär anemi, Hb 92. DD B12-brist, folatbrist, myelodysplastiskt syndrom. Prover tagna, svar nästa vecka."),
], must=P2, why="Öppen DD-lista (jfr stängda listor).")

C("pos-differentialdiagnoser-monoartrit", "malmo_rheum", 45, "M", [
    ("Bedömning", "Akut monoartrit i vä knä. Differentialdiagnoser: reaktiv artrit, gikt, septisk artrit; ledpunktion i eftermiddag."),
], must=P2, why="Öppen lista med differentialdiagnoser.")

C("pos-fraktur-utesluten-men-misstankt-korsband", "molndal_ortop", 19, "F", [
    ("Bedömning", "Fraktur utesluten på röntgen. Misstänkt främre korsbandsruptur vä, positivt Lachmans test. MR beställd."),
], must=P2, why="En diagnos utesluten, en annan fortfarande misstänkt.")

C("pos-pat-orolig-ms-kan-ej-uteslutas", "lund_neuro", 29, "F", [
    ("Aktuellt", "Orolig för MS efter en veckas domningar i vä ben."),
    ("Bedömning", "MS kan i nuläget inte uteslutas, eftersom hon även haft synbortfall på hö öga för ett år sedan. MR hjärna och rygg beställd."),
], must=P2, why="Patientens oro delas av läkaren som hedgar diagnosen.")

C("pos-missankt-pyelonefrit-typo", "kungalv_med", 58, "F", [
    ("Bedömning", "Missänkt pyelonefrit med feber 39,2 och dunkömhet hö. Blododlingar och urinodling tagna, cefotaxim iv."),
], must=P2, setting="slutenvård", why="Hedgad diagnos med typo 'Missänkt'.")

C("pos-sannolkt-ra-typo", "malmo_rheum", 51, "F", [
    ("Bedömning", "Sannolkt reumatoid artrit: symmetrisk synovit i MCP-leder bilat, morgonstelhet två timmar. CCP och RF inväntas."),
], must=P2, why="Hedgad diagnos med typo 'Sannolkt'.")

C("pos-trolign-lungemboli-typo", "su_akut", 62, "F", [
    ("Bedömning", "Trolign lungemboli, Wells 6 och förhöjd D-dimer. DT-angio beställd, Fragmin ges i väntan."),
], must=P2, tpl="Akutanteckning", setting="akutmottagning", why="Hedgad diagnos med typo 'Trolign'.")

C("pos-susp-apendicit-typo", "trelleborg_kir", 24, "M", [
    ("Bedömning", "Susp. apendicit, ömhet över McBurney och CRP 45. Fastande, ultraljud buk."),
], must=P2, tpl="Akutanteckning", setting="akutmottagning",
  why="'Susp.' framför diagnos med typo 'apendicit'.")

C("pos-lang-misstankt-hfpef", "angelholm_med", 77, "F", [
    ("Kontaktorsak", "Remiss från vårdcentralen för utredning av andfåddhet vid ansträngning sedan ett halvår. Vårdcentralen har noterat stigande NT-proBNP och önskar ekokardiografi och specialistbedömning."),
    ("Kost och motion", "Äter tre mål om dagen, kvällssmörgås och ofta kaffebröd. Promenerar ca 30 minuter dagligen med hunden, har slutat med vattengympa i vintras."),
    ("Tidigare sjukdomar", "Hypertoni sedan 2005, typ 2-diabetes sedan 2012, båda välbehandlade. s/p knäprotes vä 2019. Inga kända hjärt- eller lungsjukdomar och ingen tidigare anemi."),
    ("Hereditet", "Far dog i stroke 78 år. Syster har förmaksflimmer. Mor levde till 91 års ålder."),
    ("Läkemedel", "Metformin 1 g x 2, Amlodipin 10 mg x 1, Losartan 100 mg x 1, Atorvastatin 40 mg x 1."),
    ("Socialt", "Gift, pensionerad lärare. Går med hunden dagligen men måste nu stanna i uppförsbackar. Aldrig rökt, alkohol sparsamt. Sjunger i kör men har fått svårt att hålla långa toner."),
    ("Allergi", "Penicillin gav utslag på 1980-talet, ingen anafylaxi."),
    ("Aktuellt", "Andfådd i uppförsbackar och i trappor sedan i höstas, tidigare inga problem. Ingen bröstsmärta, ingen hjärtklappning. Svullna ben på kvällarna sedan ett par månader. Sover på en kudde, ingen nattlig andnöd. Har gått upp 3 kg under våren. Snarkar enligt maken men inga observerade andningsuppehåll, pigg på dagtid."),
    ("Status", "AT gott, vikt 92 kg, längd 167 cm, BMI 33. Cor: regelbunden rytm 72/min, inga blåsljud. Pulm: vesikulärt, inga rassel. Lätta ankelödem bilat. BT 148/84. Ingen halsvenstas, buken mjuk, perifera pulsar palpabla."),
    ("Undersökningar", "EKG sinusrytm, vänsterkammarhypertrofi enligt Sokolow. NT-proBNP 620. Ekokardiografi: EF 60 %, koncentrisk vänsterkammarhypertrofi, förstorat vänster förmak och förhöjda fyllnadstryck. Spirometri normal. Hb 134, krea 88, eGFR 62, K 4,3, HbA1c 51, TSH och ferritin normala."),
    ("Bedömning", "Misstänkt hjärtsvikt med bevarad ejektionsfraktion, med hypertoni, diabetes och övervikt som bidragande faktorer. Lungfunktionen är normal och anemi föreligger inte."),
    ("Planering", "SGLT2-hämmare insätts, Jardiance 10 mg x 1. Arbetsprov för att objektivera funktionsnivån. Återbesök om tre månader med nytt NT-proBNP. Dietistkontakt för viktnedgång erbjuden och accepterad. Blodtrycksmål under 130/80 diskuterat, hemblodtrycksmätning en vecka före återbesöket."),
], must=P2, tpl="Mottagningsanteckning",
  why="Lång mottagningsanteckning med en enda hedgad diagnos i Bedömning.")

C("pos-lang-sannolikt-lewy-body", "alingsas_geri", 81, "M", [
    ("Kontaktorsak", "Remiss från vårdcentralen pga kognitiv svikt och synhallucinationer."),
    ("Anhörig", "Hustrun följer med och kompletterar anamnesen. Hon beskriver att han ibland inte känner igen deras hem på kvällarna och vill åka hem, vilket är det som oroar henne mest."),
    ("Syn och hörsel", "Glasögon för läsning, hör bra med hörapparat hö."),
    ("Anamnes", "Hustrun beskriver att han sedan ett år har perioder då han är förvirrad och andra dagar helt klar. Ser ibland barn som leker i trädgården, vet efteråt att de inte fanns. Har fallit tre gånger senaste halvåret. Sover oroligt och slår med armarna i sömnen enligt hustrun. Känner sig inte nedstämd enligt egen uppgift."),
    ("Tidigare sjukdomar", "Prostatahyperplasi, behandlas med Tamsulosin. s/p kataraktoperation bilat 2020. Hypertoni."),
    ("Hereditet", "Ingen känd demenssjukdom i släkten."),
    ("Socialt", "Gift, bor i villa i Alingsås med hustrun som nu sköter det mesta i hemmet. Slutade köra bil i höstas efter att ha kört fel på välkända vägar. Två barn i Göteborg. Tidigare ingenjör på SKF. Ingen hemtjänst, hustrun önskar avlastning."),
    ("Funktion", "Klarar på- och avklädning med viss hjälp, duschar med tillsyn och äter själv. Hanterar inte längre ekonomi eller läkemedel, hustrun delar dosetten. Går utan hjälpmedel inomhus men vinglar i vändningar."),
    ("Läkemedel", "Tamsulosin 0,4 mg x 1, Enalapril 5 mg x 1, Alvedon vb. Inga antikolinerga läkemedel."),
    ("Status", "Vaken, orienterad till person men inte till datum. MMT 22/30 med nedsatt uppmärksamhet och figurkopiering. Lätt rigiditet i båda armarna, hypomimi, kortare steg, ingen tremor. BT liggande 140/80, stående 112/68."),
    ("Undersökningar", "DT hjärna: måttlig central och kortikal atrofi, inga infarkter. Blodprover inkl. B12, TSH och kalcium normala. EKG sinusrytm 64/min utan överledningsrubbningar."),
    ("Bedömning", "Sannolikt Lewy body-demens med fluktuerande kognition, synhallucinationer, parkinsonism och REM-sömnsbeteende enligt hustrun. Den ortostatiska blodtrycksreaktionen bidrar till fallen."),
    ("Planering", "DaTSCAN beställd. Undvik neuroleptika. Arbetsterapeut gör hembesök för fallprevention. Återbesök med pat och hustru om sex veckor när DaTSCAN är klar. Hustrun får information om anhörigstöd i kommunen. Rivastigmin övervägs efter DaTSCAN-svaret."),
], must=P2, tpl="Mottagningsanteckning",
  why="Lång geriatrisk anteckning med 'Sannolikt' framför patientens diagnos.")

C("pos-lang-misstankt-bipolar-typ-ii", "frolunda_psyk", 27, "F", [
    ("Kontaktorsak", "Nybesök efter remiss från vårdcentralen, där sertralin inte gett effekt på depressionen. Remittenten har också noterat perioder av minskat sömnbehov."),
    ("Anamnes", "Första depressiva episoden vid 19 års ålder, därefter fyra episoder. Beskriver perioder om några dagar upp till en vecka då hon sover tre timmar per natt utan att bli trött, har många projekt igång och handlar mer än hon har råd med. Hon själv uppfattar dessa perioder som sina bästa dagar. Ingen psykos. Alkohol: vin på helger, ingen ökning. Ingen cannabis eller annan drog."),
    ("Tidigare kontakter", "Behandlad på vårdcentral med sertralin 50–150 mg under ett år och med KBT via 1177 under hösten. Ingen tidigare psykiatrisk slutenvård och inga suicidförsök."),
    ("Somatiskt", "Frisk, inga läkemedel utöver sertralin och p-piller. TSH normalt i januari."),
    ("Hereditet", "Morfar trol. manodepressiv enligt mor, aldrig utredd. Mor behandlad för depression."),
    ("Socialt", "Studerar till sjuksköterska, termin 4. Bor med sambo. Ekonomin ansträngd efter senaste perioden. Extrajobb på ett äldreboende varannan helg, goda relationer till föräldrarna. Tränar på gym två gånger i veckan när hon mår bra."),
    ("Aktuellt", "Sedan sex veckor nedstämd, sover mycket, orkar inte gå till föreläsningar. Osäker på om hon vill fortsätta med sertralin eftersom hon känt sig rastlös på det. Passiva dödstankar, inga planer eller förberedelser. Har missat tre av fem seminarier senaste månaden och oroar sig för att bli efter i studierna."),
    ("Skattningar", "MADRS-S 28. AUDIT 4. ASRS ger inget stöd för ADHD-problematik."),
    ("Psykiskt status", "Vaken, klar, orienterad. God kontakt, adekvat affekt men sänkt grundstämning. Psykomotoriskt något långsam, talar lågt men sammanhängande. Tankeinnehåll utan psykotiska inslag. Ingen akut suicidrisk."),
    ("Bedömning", "Aktuell måttlig depressiv episod. Misstänkt bipolär sjukdom typ II med tanke på hypomana perioder, hereditet och rastlöshet på SSRI. MDQ fylls i till nästa gång och sambo ombeds komplettera anamnesen."),
    ("Planering", "Sertralin trappas ut, ev. start av lamotrigin efter nästa besök. Krisplan upprättad. Ev. återbesök tidigare om hon försämras. Nytt besök om två veckor. Studievägledare kontaktas med pat:s medgivande."),
], must=P2, setting="psykiatrisk öppenvård",
  why="Lång psykiatrisk anteckning: hereditet och skenhedgar runt en verklig misstänkt diagnos.")

C("pos-mojlig-endometrios", "lund_kk", 28, "F", [
    ("Bedömning", "Möjlig endometrios med tanke på svår dysmenorré och djup dyspareuni; normalt ultraljud. Diagnostisk laparoskopi diskuteras."),
], must=P2, why="'Möjlig' framför diagnos.")

C("pos-trolig-appendicit-op-anmald", "sks_kir", 17, "M", [
    ("Bedömning", "Trolig appendicit, klassisk anamnes med vandrande smärta och släppömhet. Op-anmäld för laparoskopi ikväll."),
], must=P2, tpl="Akutanteckning", setting="akutmottagning", why="'Trolig' framför diagnos.")

C("pos-ssk-misstankt-neutropen-feber", "lund_onk", 49, "F", [
    ("Omvårdnad", "Temp 38,6 dag 10 efter cytostatika. Misstänkt neutropen feber, blododlingar tagna och jourläkare tillkallad."),
], must=P2, tpl="Omvårdnadsanteckning", role="sjuksköterska", setting="slutenvård",
  why="Sjuksköterska skriver en misstänkt diagnos i synlig anteckning.")

C("pos-trol-kawasaki-barn", "dsbus_med", 3, "M", [
    ("Bedömning", "Trol. Kawasakis sjukdom: fem dagars feber, bilateral konjunktivit, jordgubbstunga och svullna händer. Ekokardiografi idag, IVIG diskuteras med bakjour."),
], must=P2, setting="slutenvård", why="'Trol.' framför barnets diagnos, synligt för vårdnadshavare.")

C("pos-misstankt-malignt-melamon-typo", "lund_hud", 52, "M", [
    ("Bedömning", "Misstänkt malignt melamon på ryggen, asymmetrisk förändring med flera färger i dermatoskopi. Excideras med 2 mm marginal idag."),
], must=P2, why="Misstänkt diagnos före PAD (typo 'melamon').")

C("pos-mojligen-cushing-fragetecken", "su_endo", 39, "F", [
    ("Bedömning", "Möjligen Cushings syndrom? Bukfetma, striae och nyupptäckt diabetes. Dexametasonhämningstest och salivkortisol beställda."),
], must=P2, why="'Möjligen' och '?' framför diagnos.")

C("pos-ev-prostatacancer", "csk_urol", 66, "M", [
    ("Bedömning", "Ev. prostatacancer, PSA 14 och hård knöl i vä lob vid palpation. MR prostata beställd enligt SVF."),
], must=P2, why="'Ev.' framför diagnos (jfr 'ev. återbesök').")

C("pos-misstanke-om-epilepsi-utkast", "nal_med", 27, "M", [
    ("Bedömning", "Misstanke om epilepsi efter två oprovocerade anfall med tungbett inom en månad. EEG och MR beställda, körförbud enligt föreskrift."),
], must=P2, draft=True,
  why="Osignerat utkast; 'Misstanke om' utan negation (jfr 'Ingen misstanke om').")

C("pos-trolig-emotionellt-instabil-ps", "malmo_psyk", 22, "F", [
    ("Bedömning", "Trolig emotionellt instabil personlighetsstörning; självskadebeteende sedan tonåren och instabila relationer. Strukturerad utredning med SCID-5-PD planeras."),
], must=P2, setting="psykiatrisk öppenvård", why="Hedgad psykiatrisk diagnos i synlig Melior-anteckning.")

C("pos-sannolik-lungtuberkulos", "su_inf", 36, "M", [
    ("Bedömning", "Sannolik lungtuberkulos: kavitet i hö ovanlob, nattsvettningar och viktnedgång. Isoleras, sputum x 3 för mikroskopi och PCR."),
], must=P2, setting="slutenvård", why="'Sannolik' framför diagnos.")

C("pos-trol-menieres-utkast", "lund_onh", 47, "F", [
    ("Bedömning", "Trol. Menières sjukdom med attacker av rotatorisk yrsel, tinnitus och lågfrekvent hörselnedsättning vä på audiogram. Saltrestriktion, uppföljning med nytt audiogram."),
], must=P2, draft=True, why="Osignerat utkast; 'Trol.' framför diagnos.")

C("pos-misstankt-myokardit", "ostra_kard", 23, "M", [
    ("Bedömning", "Misstänkt myokardit efter virusinfektion, troponin T 240 och ST-höjningar i flera avledningar. MR hjärta planeras, sängläge."),
], must=P2, setting="slutenvård", why="Misstänkt diagnos.")

C("pos-misstankt-celiaki-fore-biopsi-barn", "lund_barn", 6, "F", [
    ("Bedömning", "Misstänkt celiaki, transglutaminasantikroppar tio gånger över referens. Remiss till gastroskopi, fortsätt äta gluten tills dess."),
], must=P2, why="Misstänkt diagnos före biopsi (jfr bekräftad celiaki).")

C("pos-ibd-trol-crohn", "su_gastro", 26, "M", [
    ("Bedömning", "Inflammatorisk tarmsjukdom, trol. Crohns sjukdom med tanke på segmentell inflammation och fistel. PAD inväntas."),
], must=P2, why="Undertypen av en fastställd IBD är hedgad.")

C("pos-osaker-antal-tabletter-misstankt-forgiftning", "lund_akut", 19, "F", [
    ("Aktuellt", "Pat osäker på hur många tabletter hon tagit, tror ca 20 st Alvedon 500 mg för sex timmar sedan."),
    ("Bedömning", "Misstänkt paracetamolförgiftning. P-paracetamol skickat, acetylcystein startat enligt Giftinformationscentralen."),
], must=P2, tpl="Akutanteckning", setting="akutmottagning",
  why="Skenhedge om antal tabletter bredvid en misstänkt diagnos.")

C("pos-diagnos-sokord-fragetecken-delirium", "alingsas_geri", 84, "F", [
    ("Diagnos", "Förvirring, ?delirium sekundärt till UVI."),
    ("Planering", "Urinodling, blodstatus och elektrolyter. Nattlig tillsyn, undvik bensodiazepiner."),
], must=P2, setting="slutenvård", why="'?' framför diagnos under sökordet Diagnos.")


# ===================================================================================
# Build
# ===================================================================================
def hsa(key, region):
    org = "SE2321000255" if region == "skane" else "SE2321000131"
    return org + "-" + hashlib.md5(key.encode()).hexdigest()[:4].upper()


def luhn_check(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, idx, sex):
    serial = 100 + (idx * 37) % 800
    last = serial % 10
    if sex == "F" and last % 2 == 1:
        serial += 1 if last < 9 else -1
    if sex == "M" and last % 2 == 0:
        serial += 1
    nine = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{serial:03d}"
    return f"{birth.year:04d}{birth.month:02d}{birth.day:02d}-{serial:03d}{luhn_check(nine)}"


def build():
    out = []
    for idx, c in enumerate(CASES):
        month = 1 + (idx * 5) % 12
        day = 1 + (idx * 11) % 27
        t0 = dt.datetime(2024, month, day, 8 + (idx * 3) % 9, (idx * 17) % 60)
        bm = 1 + (idx * 7) % t0.month
        bd = 1 + (idx * 3) % (t0.day if bm == t0.month else 28)
        birth = dt.date(t0.year - c["age"], bm, bd)
        notes = []
        regions = set()
        last_time = t0
        for j, n in enumerate(c["notes"]):
            uname, region, system = UNITS[n["unit"]]
            regions.add(region)
            tpl = n["tpl"] or ("Läkaranteckning" if system == "Melior" else "Besöksanteckning")
            t = t0 + dt.timedelta(minutes=n["offset"])
            last_time = max(last_time, t)
            signed = None if n["draft"] else (t + dt.timedelta(minutes=20 + (idx * 13 + j) % 150)).isoformat(timespec="seconds")
            notes.append({
                "id": n.get("id", f"n{j + 1}"),
                "system": system,
                "template": tpl,
                "unit": {"name": uname, "hsa_id": hsa(n["unit"], region)},
                "author": {"name": AUTHORS[(idx * 7 + j * 3) % len(AUTHORS)], "role": n["role"]},
                "time": t.isoformat(timespec="seconds"),
                "signed": signed,
                "setting": n["setting"],
                "refs": [],
                "sections": [{"keyword": k, "text": v} for k, v in n["sections"]],
            })
        assert len(regions) == 1, c["name"]
        as_of = min(dt.datetime(2024, 12, 31), (last_time + dt.timedelta(days=3)).replace(hour=0, minute=0))
        record = {
            "patient": {"id": pnr(birth, idx, c["sex"]), "birth_date": birth.isoformat(),
                        "protected_identity": False},
            "as_of": as_of.isoformat(timespec="seconds"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({
            "case": c["name"],
            "ruleset": regions.pop(),
            "record": record,
            "must": [[code, nid] for code, nid in c["must"]],
            "must_not": [[code, nid] for code, nid in c["nn"]],
            "why": c["why"],
        })
    return out


# ===================================================================================
# Validate (reads the written file back)
# ===================================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
HIDDEN_SKANE_TEMPLATES = {"Tidiga hypoteser"}
HIDDEN_VGR_KEYWORDS = {"Tidiga hypoteser"}


def luhn_ok(pn):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pn)
    if not m:
        return False
    digits = pn[2:8] + pn[9:]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(path):
    problems = []
    seen_names = set()
    seen_sent = {}
    lines = [l for l in open(path, encoding="utf-8") if l.strip()]
    for ln, line in enumerate(lines, 1):
        c = json.loads(line)
        name = c.get("case", f"line {ln}")
        err = lambda msg: problems.append(f"{name}: {msg}")
        if set(c) != CASE_KEYS:
            err(f"case keys {sorted(c)}")
            continue
        if name in seen_names:
            err("duplicate case name")
        seen_names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip() or "\n" in c["why"]:
            err("why must be one non-empty line")
        r = c["record"]
        if set(r) != RECORD_KEYS:
            err(f"record keys {sorted(r)}")
            continue
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            err("patient keys")
        if not luhn_ok(p["id"]):
            err(f"personnummer not Luhn-valid: {p['id']}")
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            err("personnummer does not match birth_date")
        birth = dt.date.fromisoformat(p["birth_date"])
        as_of = dt.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            err("as_of not in 2024")
        ids = set()
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                err(f"note keys {sorted(n)}")
                continue
            if n["id"] in ids:
                err("duplicate note id")
            ids.add(n["id"])
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                err("unit/author keys")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                err("note time not in 2024")
            if t > as_of:
                err("note after as_of")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    err("bad signed time")
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15 or age < 0:
                err(f"patient age {age} not allowed")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes must be Melior")
            if n["system"] not in ("Melior", "PMO"):
                err("unknown system")
            if c["ruleset"] == "vgr" and n["template"] in HIDDEN_SKANE_TEMPLATES:
                err("VGR protects by sökord, not template")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"}:
                    err("section keys")
                    continue
                if c["ruleset"] == "skane" and sec["keyword"] in HIDDEN_VGR_KEYWORDS and n["template"] not in HIDDEN_SKANE_TEMPLATES:
                    err("Skåne protects by template: sökord Tidiga hypoteser in ordinary template")
                for s in sentences(sec["text"]):
                    if s in seen_sent and seen_sent[s] != name:
                        err(f"sentence also in {seen_sent[s]}: {s!r}")
                    elif s in seen_sent:
                        err(f"sentence twice in case: {s!r}")
                    seen_sent[s] = name
        systems = {n["id"]: n["system"] for n in r["notes"]}
        pairs = set()
        for key in ("must", "must_not"):
            for item in c[key]:
                if not (isinstance(item, list) and len(item) == 2 and re.fullmatch(r"NL\d{3}", item[0])):
                    err(f"bad {key} item {item}")
                    continue
                if item[1] not in ids:
                    err(f"target {item[1]} does not exist")
                    continue
                if tuple(item) in pairs:
                    err(f"{item} in both must and must_not (or twice)")
                pairs.add(tuple(item))
                if key == "must" and item[0] == "NL102" and systems[item[1]] != "Melior":
                    err("NL102 must only on Melior")
                if item[0] == "NL101" and systems[item[1]] == "PMO":
                    err("NL101 never asserted on PMO")
                if key == "must_not" and item[0] == "NL102" and systems[item[1]] == "PMO":
                    pass
        for n in r["notes"]:
            if n["system"] == "PMO" and ["NL102", n["id"]] in c["must"]:
                err("PMO hedge must be must_not")
    return problems, len(lines)


def main():
    cases = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    problems, count = validate(OUT)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s) in {OUT}", file=sys.stderr)
        return 1
    tally = {}
    for c in cases:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                tally.setdefault(code, {"must": 0, "must_not": 0})[key] += 1
    print(f"wrote {count} cases to {OUT}")
    for code in sorted(tally):
        print(f"  {code}: must {tally[code]['must']}, must_not {tally[code]['must_not']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
