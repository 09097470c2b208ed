#!/usr/bin/env python3
"""Independent test set s28k: NL101 / NL102 in plastic surgery, burns and
oral-maxillofacial surgery (hospital, Skåne and VGR; a few Skåne PMO referrals).

Standard library only, deterministic. Running it writes cases.jsonl next to this
file in the devset format and exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev169_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospital)
    "s_plast_mo": ("Plastikkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4410"),
    "s_plast_avd": ("Plastikkirurgiska avdelningen 4, Skånes universitetssjukhus Malmö", "SE2321000255-4412"),
    "s_bran": ("Brännskadeenheten, Skånes universitetssjukhus Malmö", "SE2321000255-4431"),
    "s_kak_mo": ("Käkkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5102"),
    "s_kak_lund": ("Käkkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5118"),
    "s_sjt_hbg": ("Sjukhustandvården, Helsingborgs lasarett", "SE2321000255-6027"),
    "s_lkg": ("LKG-teamet, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Malmö", "SE2321000255-4475"),
    "s_hh_lund": ("Huvud- och halscancermottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5230"),
    "s_kir_krs": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3316"),
    "s_brost_lund": ("Bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5341"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6001"),
    # Region Skåne, PMO (primary care)
    "s_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-1184"),
    "s_vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-1207"),
    "s_vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-1290"),
    "s_hsv_ystad": ("Hemsjukvården Ystad", "SE2321000255-1342"),
    "s_bvc_trelleborg": ("BVC Trelleborg Söder", "SE2321000255-1365"),
    # Västra Götalandsregionen, Melior
    "v_plast_mo": ("Plastikkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1520"),
    "v_plast_avd": ("Avdelning 135 Plastikkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1523"),
    "v_bran": ("Brännskadeenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1547"),
    "v_kak_su": ("Käkkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1611"),
    "v_kak_nu": ("Käkkirurgiska mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E4402"),
    "v_sjt_skovde": ("Sjukhustandvården, Skaraborgs Sjukhus Skövde", "SE2321000131-E5210"),
    "v_lkg": ("Läpp-käk-gomspaltcentrum, Drottning Silvias barnsjukhus", "SE2321000131-E1730"),
    "v_onh_su": ("Öron-näsa-halskliniken, huvud-halsonkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1644"),
    "v_kir_sas": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E3105"),
    "v_brost_su": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1702"),
    "v_kir_skas": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E5131"),
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1801"),
}

CODES = ("NL101", "NL102")
CASES = []


def note(nid, system, template, unit, author, time, signed, sections,
         setting="öppenvård", refs=None):
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def case(name, ruleset, patient, as_of, notes, must, must_not, why):
    pnr, birth = patient
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


# ====================================================================== cases
# ---- part 1: skin tumours, melanoma ----------------------------------------
case("s28k_melanom_misstankt_vad", "skane", ("19450723-6281", "1945-07-23"), "2024-02-20T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Karin Åkesson", "läkare"),
           "2024-02-12T10:40:00", "2024-02-12T13:05:00",
           [("Anamnes", "Remitterad från vårdcentralen pga pigmenterad förändring på vänster vad som "
                        "enligt pat har vuxit och ändrat färg senaste halvåret. Ingen tidigare hudcancer. "
                        "Ljus hudtyp, mycket sol i yngre år."),
            ("Status", "Vä vad: 7 x 5 mm asymmetrisk lesion, brun-svart med blågrå inslag och oregelbunden "
                       "kant. Dermatoskopi: atypiskt pigmentnät, regressionsstrukturer. Inga palpabla "
                       "körtlar i vä ljumske."),
            ("Bedömning", "Misstänkt malignt melanom vä vad."),
            ("Åtgärd", "Diagnostisk excision med 2 mm marginal bokad inom 2 veckor.")])],
     [("NL102", "n1")], [("NL101", "n1")],
     "hedged melanoma ('Misstänkt') in the visible Bedömning of a Skåne Melior note; nothing said about telling")

case("s28k_basaliom_fragetecken_nasvinge", "vgr", ("19390622-4500", "1939-06-22"), "2024-03-08T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_plast_mo", ("Jonas Lindqvist", "läkare"),
           "2024-03-04T14:10:00", "2024-03-04T16:30:00",
           [("Status", "Pärlemorglänsande papel 8 mm på vä näsvinge med teleangiektasier och central krusta."),
            ("Bedömning", "Basaliom? Stansbiopsi tagen, svar om ca 3 v.")])],
     [("NL102", "n1")], [],
     "a bare question mark after the diagnosis (Basaliom?) is a hedge; short VGR note")

case("s28k_scc_kan_ej_uteslutas_ora", "skane", ("19410405-9656", "1941-04-05"), "2024-05-31T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_kir_krs", ("Erik Holmberg", "läkare"),
           "2024-05-27T09:20:00", "2024-05-27T11:45:00",
           [("Aktuellt", "83-årig man med snabbväxande, krustabelagd knuta på hö öronmussla sedan ca 6 veckor."),
            ("Status", "Kraterformad, fast tumör 12 mm på helix hö med keratinplugg centralt. "
                       "Halsen palperas utan förstorade körtlar."),
            ("Bedömning", "Keratoakantom i första hand, men skivepitelcancer kan ej uteslutas. "
                          "Kilexcision i lokalbedövning planeras.")])],
     [("NL102", "n1")], [],
     "'kan ej uteslutas' keeps skin cancer open in the visible assessment")

case("s28k_melanom_uteslutes_efter_pad", "vgr", ("19930203-7180", "1993-02-03"), "2024-04-19T00:00:00",
     [note("n1", "Melior", "Telefonanteckning", "v_plast_mo", ("Sara Bergström", "läkare"),
           "2024-04-16T11:00:00", "2024-04-16T11:20:00",
           [("Telefonkontakt", "Ringt pat och meddelat PAD-svaret från excisionen på ryggen."),
            ("PAD", "Dysplastiskt nevus med lätt atypi, radikalt exciderat. Melanom utelutes."),
            ("Planering", "Ingen ytterligare åtgärd från plastikkirurgen. Pat uppmanas själv hålla koll på "
                          "övriga födelsemärken.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "melanoma is ruled out (typo 'utelutes') and the result was phoned to the patient")

case("s28k_nevus_ingen_misstanke", "skane", ("20000627-9145", "2000-06-27"), "2024-01-26T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Hanna Nyström", "läkare"),
           "2024-01-22T13:30:00", "2024-01-22T15:10:00",
           [("Kontaktorsak", "Oro för födelsemärke på hö skuldra efter att pats moster fått hudcancer."),
            ("Status", "Symmetriskt, jämnt brunt nevus 4 mm. Dermatoskopiskt regelbundet retikulärt mönster."),
            ("Bedömning", "Ingen misstanke om malignitet. Pat lugnad, ingen excision behövs.")])],
     [], [("NL102", "n1")],
     "'Ingen misstanke om malignitet' is a negated hedge; aunt's cancer is a relative's disease")

case("s28k_hereditet_moster_trolig_hudcancer", "vgr", ("19870210-5167", "1987-02-10"), "2024-06-14T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_plast_mo", ("Mikael Sandberg", "läkare"),
           "2024-06-10T08:45:00", "2024-06-10T12:00:00",
           [("Hereditet", "Mor och morbror opererade för malignt melanom. Moster troligen också hudcancer, "
                          "pat vet inte vilken sort."),
            ("Status", "Ett trettiotal nevi på bål och extremiteter, samtliga med regelbundet utseende i dermatoskop."),
            ("Bedömning", "Inga suspekta lesioner idag. Pga hereditet rekommenderas årlig hudkontroll, "
                          "remiss till hudmottagningen skickas.")])],
     [], [("NL102", "n1")],
     "the only hedged diagnosis ('troligen ... hudcancer') belongs to the patient's aunt")

case("s28k_melanom_in_situ_typo_misstant", "skane", ("19631217-3344", "1963-12-17"), "2024-08-23T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_plast_mo", ("Ali Hassan", "läkare"),
           "2024-08-19T10:05:00", None,
           [("Status", "Hö kind: oregelbunden ljus- till mörkbrun macula 15 x 11 mm, asymmetriska follikelöppningar."),
            ("Bedömning", "Misstänt melanom in situ av lentigo maligna-typ. Excision med 5 mm marginal, "
                          "täckning med rotationslambå.")])],
     [("NL102", "n1")], [],
     "typo in the hedge ('Misstänt'); unsigned draft with a hedged melanoma in situ")

case("s28k_melanom_bekraftat_ev_remiss_onkolog", "vgr", ("19760727-4615", "1976-07-27"), "2024-03-29T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_plast_mo", ("Lena Forsberg", "läkare"),
           "2024-03-25T13:00:00", "2024-03-25T15:40:00",
           [("PAD", "Malignt melanom, superficiellt spridande typ, Breslow 1,4 mm, ingen ulceration, pT2a."),
            ("Information", "Pat informerad om diagnosen vid dagens besök, hustrun närvarande."),
            ("Planering", "Utvidgad excision 1 cm samt sentinel node-biopsi vä axill. "
                          "Ev. remiss till onkologen när PAD från sentinel node finns.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "confirmed and communicated melanoma; the only hedge is on a plan ('Ev. remiss')")

case("s28k_merkel_dd_kind", "skane", ("19370925-6436", "1937-09-25"), "2024-10-11T00:00:00",
     [note("n1", "Melior", "Konsultationsanteckning", "s_plast_mo", ("Sofia Lindgren", "läkare"),
           "2024-10-07T15:15:00", "2024-10-07T16:50:00",
           [("Frågeställning", "Hudläkaren önskar bedömning av tumör på vä kind, snabb tillväxt."),
            ("Status", "Rödviolett, fast, ej ömmande nodulus 14 mm på vä kind. Ingen ulceration."),
            ("Bedömning", "DD Merkelcellskarcinom, amelanotiskt melanom. Excisionsbiopsi på onsdag.")])],
     [("NL102", "n1")], [],
     "'DD' followed by two malignant diagnoses in the visible assessment")

case("s28k_lentigo_maligna_talar_for", "vgr", ("19410302-2689", "1941-03-02"), "2024-09-06T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_kir_sas", ("Peter Wahlström", "läkare"),
           "2024-09-02T10:30:00", "2024-09-02T14:00:00",
           [("Anamnes", "Sedan flera år en brun fläck på hö kind som blivit större och mörkare."),
            ("Status", "Oregelbunden pigmentering 2 x 1,5 cm, dermatoskopiskt asymmetrisk pigmentering "
                       "runt follikelöppningarna och rhomboida strukturer."),
            ("Bedömning", "Fyndet talar för lentigo maligna. Remiss till plastikkirurgen, SU, för excision.")])],
     [("NL102", "n1")], [],
     "'talar för' + a diagnosis (lentigo maligna) is an uncertain diagnosis")

case("s28k_talar_for_suturtagning", "vgr", ("19901116-8268", "1990-11-16"), "2024-02-09T00:00:00",
     [note("n1", "Melior", "Sjuksköterskeanteckning", "v_plast_mo", ("Anneli Carlsson", "sjuksköterska"),
           "2024-02-06T09:10:00", "2024-02-06T09:35:00",
           [("Sårbedömning", "Operationssåret efter excisionen på vä underarm är väl läkt, torrt och rent. "
                             "Inga tecken på infektion. Det talar för att stygnen kan tas i dag."),
            ("Åtgärd", "Suturer avlägsnade, steristrips applicerade.")])],
     [], [("NL102", "n1")],
     "'talar för' and 'inga tecken på' around wound healing, no hedged diagnosis")

case("s28k_melanomkontroll_inga_tecken_recidiv", "skane", ("19620725-9158", "1962-07-25"), "2024-11-22T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Karin Åkesson", "läkare"),
           "2024-11-18T08:30:00", "2024-11-18T10:15:00",
           [("Aktuellt", "Uppföljning två år efter excision av melanom på ryggen, stadium IB."),
            ("Status", "Ärret på ryggen är blekt och mjukt. Inga palpabla lymfkörtlar i axiller eller ljumskar."),
            ("Bedömning", "Inga tecken på recidiv. Fortsatt kontroll om 6 månader.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "melanoma follow-up: past confirmed melanoma and a negated recurrence; nothing said about telling")

case("s28k_skane_tidiga_hyp_axillmetastas", "skane", ("19491210-4587", "1949-12-10"), "2024-07-05T00:00:00",
     [note("n1", "Melior", "Tidiga hypoteser", "s_plast_mo", ("Oskar Hedlund", "läkare"),
           "2024-07-01T16:20:00", "2024-07-01T16:55:00",
           [("Bedömning", "Tidigare melanom på bålen 2021. Nu ny förstorad, fast lymfkörtel i vä axill. "
                          "Misstänkt lymfkörtelmetastas av melanomet."),
            ("Planering", "UL-ledd finnålspunktion beställd. Pat ej informerad om misstanken, "
                          "tas upp när cytologin är klar.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "Skåne: hedged metastasis and the untold suspicion sit only in a note with template Tidiga hypoteser")

case("s28k_vgr_tidiga_hyp_sokord_arrecidiv", "vgr", ("19660606-1148", "1966-06-06"), "2024-05-17T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_plast_mo", ("Jonas Lindqvist", "läkare"),
           "2024-05-13T11:25:00", "2024-05-13T13:40:00",
           [("Kontaktorsak", "Kontroll av operationsärr efter excision på hö skuldra i november."),
            ("Status", "Ärret fint läkt. I ärrets laterala kant en 3 mm oregelbunden pigmenterad macula."),
            ("Tidiga hypoteser", "Kan röra sig om lokalt recidiv av melanom in situ."),
            ("Planering", "Ny excision av ärret med 5 mm marginal, anmäld till dagkirurgin.")])],
     [], [("NL102", "n1")],
     "VGR: the hedged recurrence stands only under sökord Tidiga hypoteser; visible sections hold no hedged diagnosis")

case("s28k_pmo_vc_susp_basaliom", "skane", ("19440102-1623", "1944-01-02"), "2024-04-12T00:00:00",
     [note("n1", "PMO", "Besöksanteckning", "s_vc_linero", ("Maria Ekström", "läkare"),
           "2024-04-08T14:00:00", "2024-04-08T14:30:00",
           [("Bedömning", "Susp. basaliom hö tinning. Remiss plastikkirurgen SUS för excision.")])],
     [], [("NL102", "n1")],
     "PMO never shows diagnoses: a hedged basal cell carcinoma in a primary care note is not NL102")

# ---- part 2: breast reconstruction, burns ----------------------------------
case("s28k_brost_trolig_kapselkontraktur", "skane", ("19640320-0709", "1964-03-20"), "2024-03-15T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_brost_lund", ("Ingrid Malmström", "läkare"),
           "2024-03-11T09:00:00", "2024-03-11T11:30:00",
           [("Anamnes", "Implantatbaserad rekonstruktion vä bröst 2016 efter mastektomi. Sedan i höstas "
                        "hårdare och ömmande bröst, upplever att implantatet sitter högre."),
            ("Status", "Vä bröst fast, synligt deformerat och förskjutet kranialt. Hö bröst ua."),
            ("Bedömning", "Trolig kapselkontraktur Baker III vä. UL för att värdera implantatets integritet.")])],
     [("NL102", "n1")], [("NL101", "n1")],
     "'Trolig' before capsular contracture in a visible assessment")

case("s28k_brost_kapselkontraktur_konstaterad", "vgr", ("19691013-9721", "1969-10-13"), "2024-04-26T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_brost_su", ("Emma Sjöberg", "läkare"),
           "2024-04-22T13:20:00", "2024-04-22T15:00:00",
           [("Status", "Hö rekonstruerat bröst stenhårt, kallt, smärtsamt och kraftigt deformerat."),
            ("Diagnos", "Kapselkontraktur Baker grad IV hö."),
            ("Planering", "Pat önskar implantatbyte med kapsulektomi, sätts upp på väntelistan.")])],
     [], [("NL102", "n1")],
     "confirmed capsular contracture, no hedge anywhere")

case("s28k_bia_alcl_misstanke_serom", "vgr", ("19720217-2941", "1972-02-17"), "2024-06-28T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_brost_su", ("Fredrik Ohlsson", "läkare"),
           "2024-06-24T10:10:00", "2024-06-24T12:25:00",
           [("Aktuellt", "Kosmetisk bröstförstoring med texturerade implantat 2015. Nu tilltagande svullnad "
                         "av vä bröst sedan 3 veckor, ingen feber."),
            ("Status", "Vä bröst svullet och fluktuerande. UL visar rikligt periprotetiskt serom, intakt implantat."),
            ("Bedömning", "Sent serom, misstanke om BIA-ALCL. UL-ledd punktion med cytologi och CD30 ordineras.")])],
     [("NL102", "n1")], [],
     "'misstanke om' + implant-associated lymphoma in the visible assessment")

case("s28k_diep_trolig_utskrivning", "vgr", ("19631208-5126", "1963-12-08"), "2024-02-23T00:00:00",
     [note("n1", "Melior", "Daganteckning", "v_plast_avd", ("Amir Karimi", "läkare"),
           "2024-02-19T08:15:00", "2024-02-19T09:00:00",
           [("Aktuellt", "Dag 4 efter sekundär rekonstruktion hö bröst med DIEP-lambå."),
            ("Status", "Lambån varm och rosa, kapillär återfyllnad 2 s, dopplersignal god. Bukärret torrt."),
            ("Planering", "Mobiliseras fritt. Trolig utskrivning i morgon om fortsatt stabilt.")],
           setting="slutenvård")],
     [], [("NL102", "n1")],
     "the only hedge is on discharge ('Trolig utskrivning'), not a diagnosis")

case("s28k_lamba_misstankt_ventrombos", "skane", ("19520604-2920", "1952-06-04"), "2024-01-19T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_plast_avd", ("Johan Persson", "läkare"),
           "2024-01-15T02:40:00", "2024-01-15T03:10:00",
           [("Aktuellt", "Tillkallad av ssk kl 02 pga färgförändring i lambån, första natten efter DIEP vä."),
            ("Status", "Lambån blåviolett och spänd, kapillär återfyllnad under 1 s, mörkt blod vid stick. "
                       "Arteriell dopplersignal finns."),
            ("Bedömning", "Misstänkt venös trombos i anastomosen."),
            ("Åtgärd", "Akut reexploration, op-salen underrättad, bakjour informerad.")],
           setting="slutenvård")],
     [("NL102", "n1")], [],
     "night-time flap check: 'Misstänkt venös trombos' is a hedged complication diagnosis")

case("s28k_brost_ingen_misstanke_lokalrecidiv", "vgr", ("19601111-5604", "1960-11-11"), "2024-10-25T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_brost_su", ("Emma Sjöberg", "läkare"),
           "2024-10-21T14:30:00", "2024-10-21T16:10:00",
           [("Anamnes", "Rekonstruerad med latissimus dorsi-lambå och implantat efter bröstcancer vä 2019. "
                        "Kände en liten knöl i ärret för två veckor sedan."),
            ("Status", "En 5 mm mjuk, förskjutbar knuta i ärret, kliniskt ett suturgranulom. "
                       "Inga förstorade körtlar i axill eller fossa supraclavicularis."),
            ("Bedömning", "Ingen misstanke om lokalrecidiv. Pat lugnad, ny kontroll vid behov.")])],
     [], [("NL102", "n1")],
     "recurrence explicitly not suspected; past breast cancer is settled history")

case("s28k_lamba_knuta_dd_fettnekros", "skane", ("19590903-7409", "1959-09-03"), "2024-08-30T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_brost_lund", ("Ingrid Malmström", "läkare"),
           "2024-08-26T11:15:00", "2024-08-26T13:50:00",
           [("Status", "I lambans övre laterala kvadrant en 2 cm oregelbunden, hård resistens, ej fixerad mot underlaget."),
            ("Bedömning", "Differentialdiagnoser fettnekros och recidiv av bröstcancer."),
            ("Planering", "Mammografi och UL med ev. mellannålsbiopsi, svar vid telefontid.")])],
     [("NL102", "n1")], [],
     "'Differentialdiagnoser' listing fat necrosis and cancer recurrence in a visible note")

case("s28k_fettnekros_bekraftad_biopsi", "skane", ("19590903-7409", "1959-09-03"), "2024-09-13T00:00:00",
     [note("n1", "Melior", "Telefonanteckning", "s_brost_lund", ("Ingrid Malmström", "läkare"),
           "2024-09-10T15:00:00", "2024-09-10T15:15:00",
           [("Telefonkontakt", "Samtal med pat om svaren. Mellannålsbiopsin visar fettnekros utan malignitet. "
                               "Pat lättad och informerad om att knölen kan kvarstå en tid.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "follow-up of the previous idea: fat necrosis confirmed, malignancy excluded, patient told")

case("s28k_brost_ssk_om_feber_sok", "vgr", ("19831120-1829", "1983-11-20"), "2024-05-10T00:00:00",
     [note("n1", "Melior", "Omvårdnadsanteckning", "v_plast_avd", ("Therese Jansson", "sjuksköterska"),
           "2024-05-07T13:00:00", "2024-05-07T13:25:00",
           [("Omvårdnad", "Drän avvecklat, förbandet torrt. Pat skrivs hem i eftermiddag."),
            ("Information", "Om feber över 38,5, rodnad eller tilltagande svullnad i bröstet ska pat "
                            "kontakta avdelningen direkt, även kvällstid.")],
           setting="slutenvård")],
     [], [("NL102", "n1")],
     "conditional advice about infection signs; no hedged diagnosis")

case("s28k_mastektomi_mormor_trolig_ovarialcancer", "skane", ("19940312-3467", "1994-03-12"), "2024-06-07T00:00:00",
     [note("n1", "Melior", "Inskrivningsanteckning", "s_brost_lund", ("Nils Abrahamsson", "läkare"),
           "2024-06-03T07:50:00", "2024-06-03T09:20:00",
           [("Anamnes", "Frisk 30-årig kvinna, BRCA1-bärare, inkommer för riskreducerande mastektomi "
                        "bilat med direktrekonstruktion."),
            ("Hereditet", "Mor avled i bröstcancer 52 år gammal. Mormor dog ung, trolig ovarialcancer enligt släkten."),
            ("Status", "Cor, pulm ua. Brösten utan palpabla resistenser.")],
           setting="slutenvård")],
     [], [("NL102", "n1")],
     "hedged ovarian cancer belongs to the grandmother; the patient's BRCA1 carriage is settled")

case("s28k_serom_eventuellt_punktion", "vgr", ("19930111-2448", "1993-01-11"), "2024-07-12T00:00:00",
     [note("n1", "Melior", "Sjuksköterskeanteckning", "v_brost_su", ("Linnea Holm", "sjuksköterska"),
           "2024-07-09T10:00:00", "2024-07-09T10:20:00",
           [("Sårbedömning", "Fluktuerande svullnad lateralt om ärret, kliniskt serom. Huden oretad."),
            ("Planering", "Eventuellt punktion vid nästa besök om ingen regress.")])],
     [], [("NL102", "n1")],
     "'Eventuellt' hedges a plan (punktion), the seroma itself is stated plainly")

case("s28k_bran_misstankt_inhalationsskada", "vgr", ("19750612-8516", "1975-06-12"), "2024-02-02T00:00:00",
     [note("n1", "Melior", "Inskrivningsanteckning", "v_bran", ("Anders Nilsson", "läkare"),
           "2024-01-29T23:10:00", "2024-01-30T01:05:00",
           [("Anamnes", "Lägenhetsbrand, pat hittad av räddningstjänsten i rökfyllt sovrum."),
            ("Status", "Sot i näsborrar och munhåla, svedda näshår, hes röst. Brännskador ansikte och "
                       "bägge händer, ca 9 % TBSA, blandat dermala. SaO2 94 % på 5 l syrgas."),
            ("Bedömning", "Misstänk inhalationsskada. COHb och blodgas tagna, fiberbronkoskopi i natt, "
                          "narkosläkare kontaktad inför ev. intubation.")],
           setting="slutenvård")],
     [("NL102", "n1")], [],
     "burn admission: hedged inhalation injury, typo in the hedge ('Misstänk')")

case("s28k_bran_inga_tecken_inhalationsskada", "skane", ("19890905-8557", "1989-09-05"), "2024-12-06T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_bran", ("Lisa Mårtensson", "läkare"),
           "2024-12-02T17:45:00", "2024-12-02T19:00:00",
           [("Aktuellt", "Stichflamma vid grillning, brännskada hö underarm och hand."),
            ("Status", "Ytlig dermal skada med blåsor dorsalt på hand och underarm, ca 2 % TBSA. "
                       "Näshår intakta, ingen heshet, inget sot i svalget."),
            ("Bedömning", "Inga tecken på inhalationsskada. Kolmonoxidförgiftning utesluts, COHb 1,1 %."),
            ("Åtgärd", "Blåsor debriderade, silverförband. Åter för omläggning på fredag.")])],
     [], [("NL102", "n1")],
     "two negated diagnoses ('Inga tecken på', 'utesluts') after a flash burn")

case("s28k_bran_trolig_pseudomonasinfektion", "skane", ("19760912-8827", "1976-09-12"), "2024-03-22T00:00:00",
     [note("n1", "Melior", "Ronddokumentation", "s_bran", ("Lisa Mårtensson", "läkare"),
           "2024-03-18T10:30:00", "2024-03-18T12:45:00",
           [("Status", "Grönaktig, illaluktande beläggning på transplantatbädden på vä lår, "
                       "delvis förlorat transplantat. Temp 38,6."),
            ("Bedömning", "Trol. sårinfektion med Pseudomonas. Odling tagen, piperacillin-tazobaktam insätts."),
            ("Planering", "Revision och omtransplantation planeras när infektionen är under kontroll.")],
           setting="slutenvård")],
     [("NL102", "n1")], [],
     "abbreviated hedge 'Trol.' before a wound infection diagnosis on a ward round")

case("s28k_bran_ev_transplantation_trol_smarta", "vgr", ("20010714-2556", "2001-07-14"), "2024-08-09T00:00:00",
     [note("n1", "Melior", "Omvårdnadsanteckning", "v_bran", ("Petra Axelsson", "sjuksköterska"),
           "2024-08-05T14:15:00", "2024-08-05T14:50:00",
           [("Omvårdnad", "Omläggning av skållningsskadan på vä ben i lustgas. Pat troligen mer smärtpåverkad "
                          "än han visar, VAS anges till 3."),
            ("Planering", "Ev. hudtransplantation på fredag beroende på läkningen, läkare bedömer i morgon.")],
           setting="slutenvård")],
     [], [("NL102", "n1")],
     "hedges on a symptom (pain) and a plan (transplantation) only")

case("s28k_bran_rabdomyolys_hogvolt", "vgr", ("19880422-3975", "1988-04-22"), "2024-09-20T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_bran", ("Anders Nilsson", "läkare"),
           "2024-09-16T06:20:00", None,
           [("Aktuellt", "Elektriker, högvoltsolycka i ställverk i går kväll, ingångssår hö hand och "
                         "utgångssår vä fot."),
            ("Lab", "CK 18 400, myoglobin i urinen positivt, kreatinin 112."),
            ("Bedömning", "Bilden förenlig med rabdomyolys. Forcerad diures, timdiures mäts, "
                          "kompartmentstryck hö underarm kontrolleras var 4:e timme.")],
           setting="slutenvård")],
     [("NL102", "n1")], [],
     "'förenlig med' rhabdomyolysis in an unsigned draft after electrical injury")

# ---- part 3: burns (cont.), jaw and facial fractures ------------------------
case("s28k_bran_barn_misstankt_tss", "vgr", ("20200818-6195", "2020-08-18"), "2024-04-05T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_bran", ("Maja Engström", "läkare"),
           "2024-04-02T19:30:00", "2024-04-02T21:10:00",
           [("Aktuellt", "3-årig pojke, dag 3 efter skållning med te över bröstkorg och vä arm, ca 8 % TBSA. "
                         "Sedan eftermiddagen feber 40,1, diarré och kräkningar."),
            ("Status", "Slö men väckbar. Diffust makulöst utslag på bålen, kapillär återfyllnad 4 s, "
                       "BT 78/40. Brännskadorna rena utan pus."),
            ("Bedömning", "Misstänkt toxic shock syndrome. Vätskebolus, klindamycin och kloxacillin, "
                          "barn-IVA kontaktad. Föräldrarna informerade vid sängen.")],
           setting="slutenvård")],
     [("NL102", "n1")], [("NL101", "n1")],
     "child under 13 (guardians read): hedged toxic shock syndrome; parents were told")

case("s28k_vgr_tidiga_hyp_sjalvtillfogade_brannskador", "vgr", ("19980614-4524", "1998-06-14"), "2024-05-24T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_bran", ("Petra Axelsson", "sjuksköterska"),
           "2024-05-20T13:00:00", "2024-05-20T14:10:00",
           [("Kontaktorsak", "Multipla runda brännskador på vä underarm, pat uppger att hon bränt sig på spisen."),
            ("Sårbedömning", "Sju runda sår 8-10 mm, varav några läkta och några färska. Ingen infektion."),
            ("Tidiga hypoteser", "Skadornas mönster och olika läkningsstadier talar för självtillfogade "
                                 "skador, möjlig bakomliggande emotionell instabil personlighetsstörning. "
                                 "Inte diskuterat med pat ännu."),
            ("Planering", "Omläggning med silikonförband två gånger i veckan. Kuratorskontakt erbjuds.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "VGR: hedged psychiatric diagnosis and 'not discussed yet' sit only under sökord Tidiga hypoteser")

case("s28k_bran_sepsis_kan_inte_uteslutas", "skane", ("19690926-6634", "1969-09-26"), "2024-11-08T00:00:00",
     [note("n1", "Melior", "Ronddokumentation", "s_bran", ("Magnus Fransson", "läkare"),
           "2024-11-04T09:40:00", None,
           [("Aktuellt", "Dag 9 efter fullhudsbrännskada på bägge ben, ca 22 % TBSA, excision och "
                         "transplantation dag 3 och 6."),
            ("Status", "Temp 39,2, puls 124, AF 26. Takypné, lätt konfusion. Transplantaten tar fint."),
            ("Lab", "CRP 212, LPK 19,8, laktat 3,1."),
            ("Bedömning", "Sepsis kan inte uteslutas, fokus oklart. Blododlingar x2, CVK-spets odlas, "
                          "meropenem insätts. IVA-konsult.")],
           setting="slutenvård")],
     [("NL102", "n1")], [],
     "'kan inte uteslutas' keeps sepsis open in a burn ward round")

case("s28k_transplantat_mojligen_blasa", "skane", ("19561024-8931", "1956-10-24"), "2024-10-18T00:00:00",
     [note("n1", "Melior", "Sjuksköterskeanteckning", "s_bran", ("Camilla Wikström", "sjuksköterska"),
           "2024-10-15T10:05:00", "2024-10-15T10:40:00",
           [("Sårbedömning", "Första förbandsbyte efter delhudstransplantation på hö handrygg. Transplantatet "
                             "ser ut att ha tagit till ca 95 %, möjligen en liten blåsa distalt. Tagstället på "
                             "låret torrt under förbandet."),
            ("Åtgärd", "Nytt fettkompressförband, högläge. Nästa omläggning om 3 dagar.")])],
     [], [("NL102", "n1")],
     "hedges describe the graft take and a blister, findings that are not diagnoses")

case("s28k_arr_trolig_keloid", "vgr", ("19950619-3177", "1995-06-19"), "2024-12-13T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_plast_mo", ("Sara Bergström", "läkare"),
           "2024-12-09T09:15:00", "2024-12-09T11:00:00",
           [("Anamnes", "Brännskada på bröstet 2022, läkt utan transplantation. Ärret kliar och har blivit större."),
            ("Status", "Upphöjt, glansigt, rödaktigt ärr som växer ut över det ursprungliga sårområdet."),
            ("Bedömning", "Trolig keliod. Behandling med kortisoninjektioner och silikon. Kirurgi avvaktas.")])],
     [("NL102", "n1")], [],
     "'Trolig' keloid after a burn scar, diagnosis word misspelled ('keliod')")

case("s28k_arrkontraktur_fragetecken_metod", "skane", ("20050422-0419", "2005-04-22"), "2024-06-21T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Hanna Nyström", "läkare"),
           "2024-06-17T14:20:00", "2024-06-17T15:30:00",
           [("Status", "Stram ärrsträng över hö armveck efter brännskada som barn, extensionsdefekt 30 grader."),
            ("Diagnos", "Ärrkontraktur hö armbåge."),
            ("Planering", "Z-plastik eller fullhudstransplantat? Diskuteras med arbetsterapeut innan beslut.")])],
     [], [("NL102", "n1")],
     "the question mark hangs on the choice of operation; the scar contracture is confirmed")

case("s28k_kak_trolig_angulusfraktur", "skane", ("20041219-3773", "2004-12-19"), "2024-07-26T00:00:00",
     [note("n1", "Melior", "Akutanteckning", "s_akut_hbg", ("Viktor Lund", "läkare"),
           "2024-07-21T01:50:00", "2024-07-21T03:15:00",
           [("Anamnes", "19-åring som ramlat med elsparkcykel, slog ansiktet i trottoarkanten."),
            ("Status", "Svullnad och ömhet vä käkvinkel, bettet går inte ihop, steg i tandraden mellan 37 och 38. "
                       "Sensibilitet underläpp vä nedsatt."),
            ("Bedömning", "Trolig fraktur vä angulus mandibulae. DT ansiktsskelett beställt, "
                          "käkkirurg i beredskap kontaktad.")])],
     [("NL102", "n1")], [],
     "ER note: 'Trolig fraktur' of the mandible pending CT")

case("s28k_kak_dt_bekraftad_fraktur_informerad", "vgr", ("19890226-7197", "1989-02-26"), "2024-03-01T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_kak_su", ("Henrik Dahl", "läkare"),
           "2024-02-26T11:10:00", "2024-02-26T12:40:00",
           [("Röntgen", "DT: dislocerad fraktur hö corpus mandibulae regio 44-45 samt odislocerad "
                        "collumfraktur vä."),
            ("Bedömning", "Mandibelfraktur på två ställen. Pat informerad om fynden och om planerad "
                          "osteosyntes med platta på hö sida."),
            ("Planering", "Op i morgon förmiddag, fasta från midnatt.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "CT-confirmed double mandibular fracture, patient informed")

case("s28k_zygoma_kan_inte_utesluta", "vgr", ("19731126-6634", "1973-11-26"), "2024-01-12T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_kak_nu", ("Elin Strand", "läkare"),
           "2024-01-08T15:40:00", None,
           [("Status", "Svullnad och hematom hö kindben, tillplattat zygoma vid inspektion uppifrån. "
                       "Domning hö kind och överläpp."),
            ("Bedömning", "Kan inte uteslta zygomaticusfraktur hö. DT ansiktsskelett inom 2 dagar.")])],
     [("NL102", "n1")], [],
     "typo in the hedge ('Kan inte uteslta') before a zygoma fracture")

case("s28k_dt_utan_fraktur_kontusion", "skane", ("19900602-4534", "1990-06-02"), "2024-09-27T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_kak_mo", ("Rebecka Olofsson", "läkare"),
           "2024-09-23T12:30:00", "2024-09-23T13:20:00",
           [("Röntgen", "DT ansiktsskelett utan fraktur."),
            ("Bedömning", "Kontusion vä kind. Fraktur har uteslutits radiologiskt. Ingen uppföljning på "
                          "käkkirurgen behövs.")])],
     [], [("NL102", "n1")],
     "fracture ruled out by CT; contusion stated plainly")

case("s28k_fragestallning_orbitabottenfraktur", "vgr", ("19991219-0452", "1999-12-19"), "2024-10-04T00:00:00",
     [note("n1", "Melior", "Konsultationsanteckning", "v_kak_su", ("Henrik Dahl", "läkare"),
           "2024-09-30T16:00:00", "2024-09-30T17:25:00",
           [("Frågeställning", "Orbitabottenfraktur vä? Dubbelseende vid blick uppåt efter slag med boll."),
            ("Status", "Enoftalmus vä ca 2 mm, inskränkt elevation vä öga, hypestesi vä kind."),
            ("Planering", "DT orbita i dag, ögonkonsult i morgon.")])],
     [("NL102", "n1")], [],
     "consultation sökord Frågeställning with a question-marked fracture diagnosis")

case("s28k_collumfraktur_typo_missankt", "skane", ("20020108-2815", "2002-01-08"), "2024-05-03T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_kak_lund", ("Gustav Berglund", "läkare"),
           "2024-04-29T10:20:00", "2024-04-29T11:10:00",
           [("Status", "Ömhet framför hö öra, gapförmåga 25 mm med deviation åt hö. Tidig kontakt på "
                       "hö sida vid sammanbitning."),
            ("Bedömning", "Missänkt collumfraktur hö. OPG och DT.")])],
     [("NL102", "n1")], [],
     "typo in the hedge ('Missänkt') before a condylar fracture")

case("s28k_bett_mojligen_ostadigt_ingen_fraktur", "vgr", ("19970128-7097", "1997-01-28"), "2024-06-07T00:00:00",
     [note("n1", "Melior", "Telefonanteckning", "v_kak_nu", ("Ulrika Berg", "sjuksköterska"),
           "2024-06-04T09:30:00", "2024-06-04T09:45:00",
           [("Telefonkontakt", "Pat ringer 1 v efter käkslaget. Bettet känns möjligen lite ostadigt enl pat, "
                               "i övrigt mindre ont. Dr Strand har granskat OPG: ingen fraktur."),
            ("Åtgärd", "Flytande och mjuk kost ytterligare en vecka, åter vid försämring.")])],
     [], [("NL102", "n1")],
     "the hedge is on a felt symptom (bite feels unstable); fracture excluded on OPG")

case("s28k_kak_postop_om_svullnad_sok", "skane", ("19810601-9493", "1981-06-01"), "2024-08-16T00:00:00",
     [note("n1", "Melior", "Utskrivningsanteckning", "s_kak_mo", ("Rebecka Olofsson", "läkare"),
           "2024-08-12T13:30:00", "2024-08-12T14:00:00",
           [("Epikris", "Osteosyntes av mandibelfraktur vä angulus 10/8 utan komplikationer. Stabil ocklusion."),
            ("Information", "Får ej tugga hård föda på 6 veckor. Vid ökad svullnad, feber eller svårigheter "
                            "att svälja ska pat söka akut.")],
           setting="slutenvård")],
     [], [("NL102", "n1")],
     "conditional instruction ('Vid ökad svullnad ...') after a confirmed, operated fracture")

case("s28k_barn_trol_rotfraktur_11", "skane", ("20150727-1573", "2015-07-27"), "2024-02-16T00:00:00",
     [note("n1", "Melior", "Tandläkaranteckning", "s_sjt_hbg", ("Cecilia Nord", "tandläkare"),
           "2024-02-12T08:40:00", "2024-02-12T09:30:00",
           [("Anamnes", "8-årig pojke som föll på skolgården i går, slog framtänderna i en bänk. Mamma med."),
            ("Status", "11 lätt mobil och öm vid perkussion, 21 ua. Ingen dislokation."),
            ("Röntgen", "Intraorala bilder: oskarp horisontell linje i mellersta rottredjedelen på 11."),
            ("Bedömning", "Trol. rotfraktur 11. Fixering med flexibel skena i 4 v, ny rtg om en vecka.")])],
     [("NL102", "n1")], [],
     "child dental trauma: 'Trol. rotfraktur' in a visible hospital-dentistry note")

# ---- part 4: osteonecrosis of the jaw, oral cancer ---------------------------
case("s28k_mronj_bild_som_vid", "vgr", ("19430310-2505", "1943-03-10"), "2024-03-22T00:00:00",
     [note("n1", "Melior", "Tandläkaranteckning", "v_sjt_skovde", ("Johanna Lilja", "tandläkare"),
           "2024-03-18T13:10:00", "2024-03-18T14:30:00",
           [("Anamnes", "Zoledronsyra i.v. sedan 2021 pga skelettmetastaser från bröstcancer. "
                        "Extraktion av 36 i vintras, sedan dess ömt och dålig smak."),
            ("Munhåla status", "Blottat, gulvitt ben 6 x 4 mm i extraktionsalveolen regio 36-37, "
                               "lätt rodnad omgivande slemhinna, ingen pus."),
            ("Bedömning", "Bild som vid läkemedelsrelaterad osteonekros i käken, stadium 2. "
                          "Klorhexidinsköljning och PcV, remiss käkkirurgen.")])],
     [("NL102", "n1")], [],
     "'Bild som vid' + medication-related osteonecrosis of the jaw in hospital dentistry")

case("s28k_osteoradionekros_kan_ej_uteslutas", "skane", ("19531101-5134", "1953-11-01"), "2024-04-19T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_kak_lund", ("Gustav Berglund", "läkare"),
           "2024-04-15T09:50:00", "2024-04-15T11:30:00",
           [("Anamnes", "Strålbehandlad för tonsillcancer hö 2019. Nu smärta och svullnad hö underkäke sedan en månad."),
            ("Status", "Fistel buckalt regio 46 med sparsam pusvätska, sond når ben."),
            ("Bedömning", "Osteoradionekros hö mandibel kan ej uteslutas, recidiv behöver också övervägas. "
                          "MR käke och biopsi i narkos.")])],
     [("NL102", "n1")], [],
     "osteoradionecrosis kept open with 'kan ej uteslutas', recurrence also considered")

case("s28k_bisfosfonat_inga_tecken_osteonekros", "skane", ("19360204-6843", "1936-02-04"), "2024-05-10T00:00:00",
     [note("n1", "Melior", "Tandläkaranteckning", "s_sjt_hbg", ("Cecilia Nord", "tandläkare"),
           "2024-05-06T10:30:00", "2024-05-06T11:20:00",
           [("Anamnes", "Alendronat peroralt sedan 2017. Remiss från allmäntandläkare inför extraktion av 45."),
            ("Status", "Munslemhinnan ua. Ingen blottad benyta, inga fistlar."),
            ("Bedömning", "Inga tecken på osteonekos. Extraktion kan göras här med atraumatisk teknik "
                          "och primär slemhinnetäckning.")])],
     [], [("NL102", "n1")],
     "negated osteonecrosis with a typo in the diagnosis word ('osteonekos'); bisphosphonate use is no hedged diagnosis")

case("s28k_denosumab_ev_extraktion_47", "vgr", ("19491015-9609", "1949-10-15"), "2024-06-14T00:00:00",
     [note("n1", "Melior", "Tandläkaranteckning", "v_sjt_skovde", ("Johanna Lilja", "tandläkare"),
           "2024-06-10T09:00:00", "2024-06-10T09:50:00",
           [("Anamnes", "Denosumab var sjätte månad mot osteoporos sedan 2020, senaste dos i april."),
            ("Status", "47 med djup distal karies under fyllning, ej åtgärdbar."),
            ("Planering", "Ev. extraktion av 47 efter samråd med förskrivande läkare om dosuppehåll.")])],
     [], [("NL102", "n1")],
     "'Ev.' hedges a planned extraction, the caries is stated plainly")

case("s28k_mronj_faststalld_informerad", "skane", ("19390114-3861", "1939-01-14"), "2024-07-19T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_kak_mo", ("Rebecka Olofsson", "läkare"),
           "2024-07-15T14:00:00", "2024-07-15T15:10:00",
           [("Diagnos", "Läkemedelsrelaterad osteonekros vä mandibel, stadium 2, kliniskt fastställd."),
            ("Information", "Pat och dottern informerade om diagnosen, att den sällan läker helt och om "
                            "behandlingsupplägget."),
            ("Planering", "Sekvestrotomi i lokalbedövning i augusti. Fortsatt klorhexidin.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "settled osteonecrosis, patient and daughter informed")

case("s28k_kakbiopsi_metastas_ej_informerad", "vgr", ("19420413-2510", "1942-04-13"), "2024-08-30T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_kak_su", ("Annika Rosén", "läkare"),
           "2024-08-26T15:30:00", None,
           [("PAD", "Biopsi vä mandibel: metastas av adenokarcinom, immunhistokemiskt PSA-positiv, "
                    "dvs metastas av prostatacancer."),
            ("Planering", "Pat ännu inte informerad. Besked ges av urologen vid planerat besök på torsdag, "
                          "remiss skickad i dag.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "confirmed jaw metastasis in a visible note that says the patient is not yet informed")

case("s28k_tungkant_inger_misstanke_scc", "skane", ("19600802-1393", "1960-08-02"), "2024-09-13T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_hh_lund", ("Jakob Westin", "läkare"),
           "2024-09-09T11:40:00", "2024-09-09T13:30:00",
           [("Anamnes", "Rökare 40 paketår. Sår på vä tungkant som inte läkt på 6 veckor trots borttagen vass tandkant."),
            ("Status", "Indurerat, kraterformat sår 15 mm vä tungkant. Palpabel körtel 1,5 cm i vä regio II."),
            ("Bedömning", "Inger misstanke om skivepitelcancer. Biopsi tagen, DT hals och thorax beställt.")])],
     [("NL102", "n1")], [],
     "'Inger misstanke om' squamous cell carcinoma of the tongue")

case("s28k_leukoplaki_lat_dysplasi_ingen_malignitet", "vgr", ("19510102-5988", "1951-01-02"), "2024-10-25T00:00:00",
     [note("n1", "Melior", "Telefonanteckning", "v_kak_nu", ("Elin Strand", "läkare"),
           "2024-10-22T13:15:00", "2024-10-22T13:30:00",
           [("Telefonkontakt", "Meddelat pat PAD från munbotten: leukoplaki med lätt dysplasi, ingen "
                               "malignitet. Kontroll hos oss var sjätte månad, pat införstådd.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "biopsy result without malignancy, phoned to the patient; nothing hedged")

case("s28k_kindslemhinna_pad_besked_vid_mdk", "vgr", ("19620420-8208", "1962-04-20"), "2024-05-17T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_onh_su", ("Tobias Ek", "läkare"),
           "2024-05-10T08:20:00", "2024-05-10T08:45:00",
           [("PAD", "Skivepitelcancer, högt differentierad, vä kindslemhinna."),
            ("Planering", "Pat ej informerad ännu. Besked ges vid läkarbesöket efter MDK 14/5 "
                          "tillsammans med kontaktsjuksköterskan.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "cancer diagnosis visible while the note says the patient is not yet told")

case("s28k_munbottencancer_pat_och_make_informerade", "skane", ("19611106-6921", "1961-11-06"), "2024-06-28T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_hh_lund", ("Jakob Westin", "läkare"),
           "2024-06-24T10:00:00", "2024-06-24T11:40:00",
           [("Aktuellt", "Återbesök för besked efter utredning."),
            ("Bedömning", "Skivepitelcancer i munbotten, T2N0M0."),
            ("Information", "Pat och maken informerade om diagnosen och om att behandlingen blir kirurgi "
                            "med halslymfkörtelutrymning. Kontaktsjuksköterska Ylva Ström närvarande.")])],
     [], [("NL101", "n1")],
     "confirmed oral cancer and the patient was told today")

case("s28k_oklart_om_halsmetastaser", "vgr", ("19680825-7072", "1968-08-25"), "2024-07-05T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_onh_su", ("Tobias Ek", "läkare"),
           "2024-07-01T14:45:00", "2024-07-01T15:30:00",
           [("Utredning", "Känd skivepitelcancer i hö tungkant, informerad 20/6. DT hals visar en 11 mm "
                          "rundad körtel i hö regio III."),
            ("Bedömning", "Oklart om det rör sig om halsmetastas. PET-DT och UL-ledd FNP.")])],
     [("NL102", "n1")], [("NL101", "n1")],
     "'Oklart om' + neck metastasis is a hedged diagnosis; the known cancer was told earlier")

case("s28k_oklart_om_narkos_kol", "skane", ("19370923-3054", "1937-09-23"), "2024-08-09T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_hh_lund", ("Sanna Håkansson", "läkare"),
           "2024-08-05T09:30:00", "2024-08-05T11:15:00",
           [("Aktuellt", "Tidigare informerad om sin gingivalcancer i underkäken fortil."),
            ("Bedömning", "Oklart om pat klarar en lång narkos med fibulalambå pga svår KOL. "
                          "Narkosbedömning och spirometri före beslut på MDK.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "'Oklart om' concerns fitness for anaesthesia, not a diagnosis; cancer already told")

case("s28k_protesbarare_trolig_candidos", "vgr", ("19361009-9834", "1936-10-09"), "2024-11-15T00:00:00",
     [note("n1", "Melior", "Tandläkaranteckning", "v_sjt_skovde", ("Mats Rydberg", "tandläkare"),
           "2024-11-11T14:20:00", None,
           [("Munhåla status", "Helprotes i överkäken. Vita, avskrapbara beläggningar på gommen och "
                               "tungryggen, rodnad under protesbasen."),
            ("Bedömning", "Trolig oral candidos. Mikonazol, protesen rengörs och tas ut nattetid.")])],
     [("NL102", "n1")], [],
     "unsigned draft with 'Trolig' oral candidiasis in a denture wearer")

case("s28k_lichen_typo_sannolkt", "skane", ("19651110-3860", "1965-11-10"), "2024-12-06T00:00:00",
     [note("n1", "Melior", "Tandläkaranteckning", "s_sjt_hbg", ("Pia Lindström", "tandläkare"),
           "2024-12-02T08:15:00", "2024-12-02T09:00:00",
           [("Status", "Retikulära vita stråk bilat i kindslemhinnan, erosivt område hö bakom 47."),
            ("Bedömning", "Sannolkt oral lichen planus. Biopsi från den erosiva delen.")])],
     [("NL102", "n1")], [],
     "typo in the hedge ('Sannolkt') before oral lichen planus")

case("s28k_tungcancer_ej_informerad_om_opdatum", "vgr", ("19731227-2789", "1973-12-27"), "2024-06-21T00:00:00",
     [note("n1", "Melior", "Sjuksköterskeanteckning", "v_onh_su", ("Ylva Ström", "sjuksköterska"),
           "2024-06-17T15:05:00", "2024-06-17T15:20:00",
           [("Telefonkontakt", "Diagnosen tungcancer meddelades pat av dr Ek 3/6. Pat ringer och undrar "
                               "över väntetiden. Hon är ännu inte informerad om operationsdatum, "
                               "koordinatorn återkommer under veckan.")])],
     [], [("NL101", "n1")],
     "what the patient has not been told is the operation date; the cancer itself was told earlier")

# ---- part 5: cleft lip and palate (children), NL101 --------------------------
case("s28k_lkg_misstankt_submukos_gomspalt", "vgr", ("20190215-3087", "2019-02-15"), "2024-02-16T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_lkg", ("Karolina Wallin", "läkare"),
           "2024-02-12T10:00:00", "2024-02-12T11:45:00",
           [("Anamnes", "Remitterad från logoped pga nasal röst och svårt att säga s och k. "
                        "Äter och dricker bra, ingen näsreflux. Mamma och pappa med."),
            ("Status", "Bifid uvula, genomskinlig zon i mjuka gommens mittlinje, palpabel notch i "
                       "bakre kanten av hårda gommen."),
            ("Bedömning", "Misstänkt submukös gomspalt. Nasofaryngoskopi och logopedbedömning i teamet.")])],
     [("NL102", "n1")], [],
     "5-year-old (guardians read): hedged submucous cleft palate in a visible note")

case("s28k_lkg_logoped_vpi_trolig", "skane", ("20190809-7098", "2019-08-09"), "2024-09-20T00:00:00",
     [note("n1", "Melior", "Logopedanteckning", "s_lkg", ("Elsa Fredriksson", "logoped"),
           "2024-09-16T13:30:00", "2024-09-16T14:40:00",
           [("Bakgrund", "Opererad för isolerad gomspalt vid 12 månaders ålder."),
            ("Utredning", "Tydlig hypernasalitet och nasalt luftläckage vid tryckkonsonanter, "
                          "kompensatoriska glottala stopp. Spegelprov positivt."),
            ("Bedömning", "Velofaryngeal insufficiens trolig. Diskuteras på LKG-konferensen inför ev. "
                          "velofaryngeal plastik.")])],
     [("NL102", "n1")], [],
     "speech therapist's note: postposed 'trolig' after velopharyngeal insufficiency")

case("s28k_lkg_inga_tecken_submukos_spalt", "vgr", ("20180612-1347", "2018-06-12"), "2024-10-11T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_lkg", ("Karolina Wallin", "läkare"),
           "2024-10-07T09:20:00", None,
           [("Status", "Uvula hel och symmetrisk, ingen notch palpabel i hårda gommen, god gomsegelrörlighet."),
            ("Bedömning", "Inga tecken på submukös gomspalt. Resonansen normal enligt logoped. "
                          "Åter till ordinarie logoped för artikulationsträning.")])],
     [], [("NL102", "n1")],
     "child: submucous cleft negated ('Inga tecken på')")

case("s28k_lkg_gomplastik_ev_naskorrektion", "skane", ("20221212-5211", "2022-12-12"), "2024-01-26T00:00:00",
     [note("n1", "Melior", "Operationsberättelse", "s_lkg", ("Thomas Blom", "läkare"),
           "2024-01-22T08:00:00", "2024-01-22T12:10:00",
           [("Diagnos", "Ensidig komplett läpp-käk-gomspalt hö, läppen opererad vid 4 månader."),
            ("Op-beskrivning", "Gomplastik enligt Sommerlad med intravelar veloplastik. Slemhinnan sluten "
                               "i tre lager utan spänning. Blödning minimal."),
            ("Planering", "Ev. sekundär näskorrektion i skolåldern. Föräldrarna informerade om förloppet "
                          "efter dagens operation.")],
           setting="slutenvård")],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "operation note for a confirmed cleft; 'Ev.' hedges a later operation only")

case("s28k_lkg_hereditet_farbror_troligen", "vgr", ("20220622-6041", "2022-06-22"), "2024-03-01T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_lkg", ("Oscar Jonsson", "läkare"),
           "2024-02-26T14:00:00", "2024-02-26T15:15:00",
           [("Hereditet", "Pappa opererad för läppspalt som barn. Farbror troligen också gomspalt, "
                          "familjen vet inte säkert."),
            ("Diagnos", "Ensidig komplett läpp-käk-gomspalt vä, läpp och gom opererade."),
            ("Aktuellt", "Kontroll vid 20 månader, god läkning, börjat säga enstaka ord.")])],
     [], [("NL102", "n1")],
     "the only hedged cleft belongs to the child's uncle")

case("s28k_lkg_fragetecken_sekretorisk_otit", "skane", ("20200120-6768", "2020-01-20"), "2024-04-12T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_lkg", ("Thomas Blom", "läkare"),
           "2024-04-08T10:40:00", None,
           [("Aktuellt", "4-årig flicka, opererad gomspalt. Föräldrarna tycker att hon hör sämre sedan jul."),
            ("Status", "Bägge trumhinnorna indragna och matta."),
            ("Bedömning", "Sekretorisk mediaotit bilat? Remiss ÖNH för tympanometri och ställningstagande "
                          "till rör.")])],
     [("NL102", "n1")], [],
     "child, unsigned draft: question-marked secretory otitis media in a visible assessment")

case("s28k_lkg_vgr_tidiga_hyp_22q11", "vgr", ("20190217-2616", "2019-02-17"), "2024-05-31T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_lkg", ("Oscar Jonsson", "läkare"),
           "2024-05-27T11:00:00", "2024-05-27T12:30:00",
           [("Anamnes", "Opererad för isolerad gomspalt 2020. Opererat VSD som spädbarn. Går hos specialpedagog."),
            ("Status", "Gommen läkt, lätt hypernasal röst."),
            ("Tidiga hypoteser", "Spalt, hjärtfel och inlärningssvårigheter gör att 22q11-deletionssyndrom "
                                 "kan misstänkas. Tas upp med föräldrarna vid nästa besök innan ev. genetisk provtagning."),
            ("Planering", "Återbesök med logoped och läkare om 3 månader.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "VGR: the suspected syndrome is kept only under sökord Tidiga hypoteser")

case("s28k_lkg_skane_22q11_misstanke_synlig", "skane", ("20181225-9255", "2018-12-25"), "2024-06-07T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_lkg", ("Ida Lundberg", "läkare"),
           "2024-06-03T09:30:00", "2024-06-03T11:00:00",
           [("Anamnes", "Gomspalt opererad vid ett års ålder. Återkommande infektioner, kardiologkontakt för "
                        "lätt pulmonalisstenos."),
            ("Bedömning", "Sammantaget misstanke om 22q11-deletionssyndrom. Föräldrarna informerade och "
                          "positiva till utredning, remiss klinisk genetik.")])],
     [("NL102", "n1")], [("NL101", "n1")],
     "Skåne: the same kind of suspicion written in an ordinary visible note; guardians informed")

case("s28k_melanom_pad_pat_ej_underrattad", "skane", ("19711219-2674", "1971-12-19"), "2024-03-15T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_plast_mo", ("Oskar Hedlund", "läkare"),
           "2024-03-11T16:10:00", "2024-03-11T16:30:00",
           [("PAD", "Malignt melanom, nodulär typ, Breslow 2,1 mm, ulcererat, pT3b, vä skulderblad."),
            ("Åtgärd", "Pat ännu ej underrättad, nås inte per telefon i dag. Kallas till läkarbesök "
                       "på måndag för besked.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "confirmed melanoma visible while the patient has not been told")

case("s28k_merkel_ej_informerad_typo", "vgr", ("19401012-1715", "1940-10-12"), "2024-09-06T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_plast_mo", ("Lena Forsberg", "läkare"),
           "2024-09-02T14:50:00", "2024-09-02T15:10:00",
           [("PAD", "Excisionsbiopsi hö kind: Merkelcellskarcinom, 18 mm, ej radikalt."),
            ("Planering", "Pat ej infomerad om PAD-svaret. Besked vid återbesök 12/9, PET-DT beställs innan.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "typo in the not-told phrase ('ej infomerad') beside a confirmed Merkel cell carcinoma")

case("s28k_bia_alcl_ska_inte_informeras_fore_mdk", "vgr", ("19720217-2941", "1972-02-17"), "2024-07-19T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_brost_su", ("Fredrik Ohlsson", "läkare"),
           "2024-07-15T12:00:00", "2024-07-15T12:20:00",
           [("Utredning", "Cytologi och flödescytometri av seromvätskan: CD30-positiva, ALK-negativa "
                          "T-celler. Diagnosen BIA-ALCL är därmed ställd."),
            ("Planering", "Pat ska inte informeras förrän fallet diskuterats på lymfomkonferensen på tisdag. "
                          "Tid för besked bokas därefter.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "'ska inte informeras förrän' beside an established implant-associated lymphoma")

case("s28k_gingivalcancer_tva_anteckningar", "skane", ("19550328-0751", "1955-03-28"), "2024-04-30T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_hh_lund", ("Sanna Håkansson", "läkare"),
           "2024-04-18T17:00:00", "2024-04-18T17:15:00",
           [("PAD", "Skivepitelcancer, gingiva hö underkäke regio 44-46, invasionsdjup 6 mm.")
            , ("Planering", "Inte berättat för pat än, besked vid besöket 25/4.")]),
      note("n2", "Melior", "Mottagningsanteckning", "s_hh_lund", ("Sanna Håkansson", "läkare"),
           "2024-04-25T10:00:00", "2024-04-25T11:20:00",
           [("Information", "Beskedsamtal. Pat informerad om att biopsin visar cancer i tandköttet i "
                            "underkäken och om fortsatt utredning med DT och MDK."),
            ("Bedömning", "Pat tar beskedet sansat, sonen med. Kontaktsjuksköterska presenterad.")])],
     [("NL101", "n1")], [("NL101", "n2")],
     "first note withholds the diagnosis (NL101 on n1); the later note tells the patient (not NL101 on n2)")

case("s28k_skivepitelcancer_hand_avvaktar_besked", "vgr", ("19590628-4673", "1959-06-28"), "2024-11-29T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_plast_mo", ("Mikael Sandberg", "läkare"),
           "2024-11-25T11:30:00", "2024-11-25T12:00:00",
           [("Bakgrund", "Njurtransplanterad 2010, immunsuppression med takrolimus och mykofenolat."),
            ("PAD", "Invasiv skivepitelcancer hö handrygg, 22 mm, perineural växt."),
            ("Bedömning", "Avvaktar med att informera pat tills njurmedicin konsulterats om ändrad "
                          "immunsuppression, så att hela planen kan ges samtidigt.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "'Avvaktar med att informera pat' beside a confirmed squamous cell carcinoma")

case("s28k_dfsp_ssk_dr_har_ej_berattat", "skane", ("19830116-5547", "1983-01-16"), "2024-10-04T00:00:00",
     [note("n1", "Melior", "Telefonanteckning", "s_plast_mo", ("Annika Persson", "sjuksköterska"),
           "2024-09-30T10:20:00", "2024-09-30T10:35:00",
           [("Telefonkontakt", "Pat ringer och frågar efter provsvaret från knölen på magen. PAD visar "
                               "dermatofibrosarkom protuberans. Dr Hedlund har ännu inte berättat det för pat, "
                               "pat får därför inget besked per telefon."),
            ("Åtgärd", "Läkarbesök bokat på torsdag, pat vet om tiden.")])],
     [("NL101", "n1")], [],
     "nurse's phone note names the sarcoma and says the doctor has not yet told the patient")

case("s28k_basaliom_recidiv_misstanke_ej_informerad", "skane", ("19550802-8502", "1955-08-02"), "2024-12-13T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Sofia Lindgren", "läkare"),
           "2024-12-09T13:10:00", "2024-12-09T14:45:00",
           [("Status", "Nytt 4 mm pärlemorglänsande område i ärrets övre kant efter basaliomexcision på näsryggen 2022."),
            ("Bedömning", "Misstänkt recidiv av basaliom. Pat ej informerad om misstanken i dag, "
                          "stansbiopsi tas först och svaret tas upp vid återbesöket.")])],
     [("NL102", "n1"), ("NL101", "n1")],
     [], "hedged recurrence in a visible note that also says the patient was not told of the suspicion")

# ---- part 6: PMO, protected places, more NL101 -------------------------------
case("s28k_pmo_hemsjukvard_trolig_arteriell_insufficiens", "skane", ("19450326-9849", "1945-03-26"), "2024-02-09T00:00:00",
     [note("n1", "PMO", "Sjuksköterskeanteckning", "s_hsv_ystad", ("Birgitta Olsson", "sjuksköterska"),
           "2024-02-05T11:00:00", "2024-02-05T11:40:00",
           [("Sårbedömning", "Sår 3 x 2 cm lateralt vä underben, blek sårbädd, kall fot, svaga pulsar. "
                             "Trolig arteriell insufficiens."),
            ("Åtgärd", "Torrt förband, ingen kompression. Kontakt med vårdcentralens läkare om remiss "
                       "till kärlkirurg.")],
           setting="hemsjukvård")],
     [], [("NL102", "n1")],
     "home care wound note in PMO: hedged arterial insufficiency, PMO never shows diagnoses")

case("s28k_pmo_vc_barn_trolig_impetigo", "skane", ("20160610-7025", "2016-06-10"), "2024-07-12T00:00:00",
     [note("n1", "PMO", "Besöksanteckning", "s_vc_tabelund", ("Ahmed Yusuf", "läkare"),
           "2024-07-08T15:30:00", "2024-07-08T15:55:00",
           [("Aktuellt", "8-årig flicka som brände sig på en grill för en vecka sedan, blåsan har gått sönder."),
            ("Bedömning", "Honungsgula krustor runt såret på hö underarm, trolig impetigo. "
                          "Fucidinkräm, tvätta med tvål och vatten.")])],
     [], [("NL102", "n1")],
     "child in primary care: hedged impetigo in PMO is not NL102")

case("s28k_pmo_vc_misstankt_mronj_remiss", "skane", ("19571112-3108", "1957-11-12"), "2024-03-29T00:00:00",
     [note("n1", "PMO", "Besöksanteckning", "s_vc_sorgenfri", ("Leila Haddad", "läkare"),
           "2024-03-25T09:40:00", "2024-03-25T10:10:00",
           [("Kontaktorsak", "Ont i underkäken och blottat ben efter tandutdragning."),
            ("Bedömning", "Pat står på zoledronsyra för myelom. Misstänkt osteonekros i käken. "
                          "Remiss till sjukhustandvården Helsingborg.")])],
     [], [("NL102", "n1")],
     "PMO referral note with suspected osteonecrosis of the jaw")

case("s28k_pmo_vc_brannskada_ev_infekterad", "skane", ("19900221-7678", "1990-02-21"), "2024-05-24T00:00:00",
     [note("n1", "PMO", "Sjuksköterskeanteckning", "s_vc_tabelund", ("Jenny Åberg", "sjuksköterska"),
           "2024-05-20T08:30:00", None,
           [("Aktuellt", "Brännskada i vä handflata från strykjärn för fem dagar sedan."),
            ("Sårbedömning", "Sår 2 x 3 cm, rodnad 1 cm runt om, ökad värmeökning. Ev. infekterad, "
                             "odling tagen. Dr Yusuf tittar på såret i eftermiddag.")])],
     [], [("NL102", "n1")],
     "unsigned PMO nurse note: 'Ev. infekterad' burn wound is not NL102 in PMO")

case("s28k_pmo_vc_dd_melanom_remiss", "skane", ("19790723-7445", "1979-07-23"), "2024-08-23T00:00:00",
     [note("n1", "PMO", "Besöksanteckning", "s_vc_linero", ("Maria Ekström", "läkare"),
           "2024-08-19T13:00:00", "2024-08-19T13:25:00",
           [("Status", "Födelsemärke på vä överarm 8 mm, två färger och taggig kant."),
            ("Bedömning", "DD dysplastiskt nevus, malignt melanom. Remiss plastikkirurgiska mottagningen "
                          "SUS, standardiserat vårdförlopp.")])],
     [], [("NL102", "n1")],
     "PMO: 'DD' melanoma in a primary care referral note")

case("s28k_skane_sokord_tidiga_hyp_i_vanlig_mall", "skane", ("19670525-5930", "1967-05-25"), "2024-09-06T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Ali Hassan", "läkare"),
           "2024-09-02T10:15:00", "2024-09-02T11:45:00",
           [("Aktuellt", "Kontroll efter excision och hudtransplantat för skivepitelcancer på skalpen."),
            ("Status", "Transplantatet läkt, men en ny 6 mm hyperkeratotisk knuta i transplantatets kant."),
            ("Tidiga hypoteser", "Misstänkt lokalrecidiv av skivepitelcancern."),
            ("Planering", "Stansbiopsi tagen i dag.")])],
     [("NL102", "n1")], [],
     "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord in an ordinary Mottagningsanteckning stays visible")

case("s28k_vgr_mall_tidiga_hyp_sokord_bedomning", "vgr", ("19640527-1195", "1964-05-27"), "2024-10-18T00:00:00",
     [note("n1", "Melior", "Tidiga hypoteser", "v_kak_su", ("Annika Rosén", "läkare"),
           "2024-10-14T13:40:00", "2024-10-14T14:20:00",
           [("Bedömning", "Pat med denosumab mot skelettmetastaser och nu blottat ben lingualt regio 34. "
                          "Misstänkt läkemedelsrelaterad osteonekros."),
            ("Planering", "OPG och kontroll om 2 veckor.")])],
     [("NL102", "n1")], [],
     "VGR protects by sökord, not template: hedged osteonecrosis under sökord Bedömning is visible")

case("s28k_vgr_tidiga_hyp_och_synlig_plattinfektion", "vgr", ("19750918-9218", "1975-09-18"), "2024-11-22T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_kak_nu", ("Elin Strand", "läkare"),
           "2024-11-18T09:00:00", "2024-11-18T10:30:00",
           [("Aktuellt", "Opererad med platta för mandibelfraktur hö i augusti. Nu svullnad och fistel."),
            ("Status", "Fistel buckalt regio 46 med pus, platta palpabel. Afebril."),
            ("Tidiga hypoteser", "Kan röra sig om begynnande osteomyelit i frakturområdet."),
            ("Bedömning", "Misstänkt plattinfektion. Odling tagen, klindamycin, plattextraktion planeras.")])],
     [("NL102", "n1")], [],
     "VGR note with a protected Tidiga hypoteser section but also a hedged infection in visible Bedömning")

case("s28k_skane_mall_tidiga_hyp_gomtumor", "skane", ("19460405-4413", "1946-04-05"), "2024-01-19T00:00:00",
     [note("n1", "Melior", "Tidiga hypoteser", "s_kak_lund", ("Gustav Berglund", "läkare"),
           "2024-01-15T14:30:00", "2024-01-15T15:00:00",
           [("Status", "Fast, icke öm, slemhinnetäckt svullnad 2 cm i hårda gommen vä."),
            ("Bedömning", "Kan vara malign spottkörteltumör, t.ex. adenoidcystisk cancer. Biopsi först.")])],
     [], [("NL102", "n1")],
     "Skåne: hedged malignant salivary tumour only in a note with template Tidiga hypoteser")

case("s28k_ameloblastom_ej_meddelat", "vgr", ("19770617-2074", "1977-06-17"), "2024-12-06T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_kak_su", ("Henrik Dahl", "läkare"),
           "2024-12-02T16:00:00", None,
           [("PAD", "Ameloblastom, follikulär typ, vä mandibel regio 36-38."),
            ("Planering", "Ej meddelat pat ännu. Pat ska informeras av ansvarig käkkirurg vid besöket "
                          "nästa vecka, då även resektionen diskuteras.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "a benign jaw tumour diagnosis is still a diagnosis; 'Ej meddelat pat ännu' makes it NL101")

case("s28k_vgr_tidiga_hyp_ej_informerad_pad", "vgr", ("20041201-2098", "2004-12-01"), "2024-07-26T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_plast_mo", ("Jonas Lindqvist", "läkare"),
           "2024-07-22T15:00:00", "2024-07-22T15:30:00",
           [("Aktuellt", "Biopsisvar inkommet från knölen i hö ljumske."),
            ("Tidiga hypoteser", "PAD visar lymfkörtelmetastas av melanom. Pat är ännu inte informerad, "
                                 "besked ges gemensamt med onkolog."),
            ("Planering", "Återbesök för besked bokas inom en vecka, onkologen tillfrågad.")])],
     [], [("NL101", "n1")],
     "VGR: both the untold metastasis and the 'not informed' statement sit only under sökord Tidiga hypoteser")

case("s28k_pat_informerad_dottern_ej", "skane", ("19481016-8213", "1948-10-16"), "2024-05-03T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Karin Åkesson", "läkare"),
           "2024-04-29T14:00:00", "2024-04-29T15:30:00",
           [("Bedömning", "Malignt melanom hö vad med spridning till två lymfkörtlar i hö ljumske, stadium IIIB."),
            ("Information", "Pat informerad om diagnosen och om remissen till onkologen. Pat vill inte att "
                            "dottern informeras ännu, det respekteras.")])],
     [], [("NL101", "n1")],
     "the patient was told; only a relative (the daughter) is not")

case("s28k_normala_prover_ej_meddelade", "vgr", ("19880106-6302", "1988-01-06"), "2024-03-08T00:00:00",
     [note("n1", "Melior", "Daganteckning", "v_plast_avd", ("Amir Karimi", "läkare"),
           "2024-03-04T08:30:00", "2024-03-04T09:10:00",
           [("Aktuellt", "Dag 2 efter abdominoplastik och bröstrekonstruktion efter bröstcancer vä 2021."),
            ("Lab", "Hb 118, CRP 41, kreatinin 64. Svaren ej meddelade pat ännu, tas på ronden."),
            ("Planering", "Fortsatt mobilisering, dränen kvar.")],
           setting="slutenvård")],
     [], [("NL101", "n1")],
     "what is not yet told are normal lab values, not a diagnosis")

case("s28k_remiss_skickad_pat_ej_informerad", "skane", ("19390121-0074", "1939-01-21"), "2024-06-14T00:00:00",
     [note("n1", "Melior", "Administrativ anteckning", "s_plast_mo", ("Annika Persson", "sjuksköterska"),
           "2024-06-10T13:10:00", "2024-06-10T13:20:00",
           [("Åtgärd", "Remiss till onkologen avseende det kända melanomet skickad i dag enligt dr Åkesson. "
                       "Pat ej informerad om att remissen gått iväg, meddelas vid telefontid i morgon.")])],
     [], [("NL101", "n1")],
     "not yet told that a referral was sent; the melanoma is known to the patient")

case("s28k_sarkom_bal_ej_underrattad_typo", "vgr", ("19870605-6218", "1987-06-05"), "2024-08-16T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_kir_sas", ("Peter Wahlström", "läkare"),
           "2024-08-12T12:40:00", "2024-08-12T13:00:00",
           [("PAD", "Mellannålsbiopsi från tumören på bröstkorgsväggen: pleomorft sarkom, hög grad."),
            ("Planering", "Pat ej informerard. Remiss sarkomcentrum SU, besked ges av sarkomläkaren "
                          "vid första besöket.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "typo in 'ej informerard' beside a confirmed sarcoma")

# ---- part 7: more hedge forms and hard negatives -----------------------------
case("s28k_sannolik_hidradenit_axill", "vgr", ("20020404-9746", "2002-04-04"), "2024-04-12T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_plast_mo", ("Sara Bergström", "läkare"),
           "2024-04-08T08:30:00", "2024-04-08T10:00:00",
           [("Anamnes", "Återkommande ömmande bölder i bägge armhålor sedan tonåren, tömmer sig spontant."),
            ("Status", "Bilat axillärt multipla ärrsträngar, fistelgångar och två aktiva abscesser."),
            ("Bedömning", "Sannolik hidradentis suppurativa, Hurley II. Remiss hudmottagningen för "
                          "medicinsk behandling innan ställningstagande till excision.")])],
     [("NL102", "n1")], [],
     "'Sannolik' before hidradenitis suppurativa, diagnosis misspelled ('hidradentis')")

case("s28k_mojlig_pyoderma_efter_reduktionsplastik", "skane", ("20050911-4286", "2005-09-11"), "2024-11-01T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_plast_avd", ("Johan Persson", "läkare"),
           "2024-10-28T11:20:00", "2024-10-28T12:50:00",
           [("Aktuellt", "Dag 10 efter bröstreduktion. Snabbt tilltagande sårsönderfall i båda T-korsningarna "
                         "trots antibiotika, odlingar negativa."),
            ("Status", "Sår med violett underminerad kant, mycket smärtsamma, sprider sig utåt."),
            ("Bedömning", "Möjlig pyoderma gangraenosum. Ingen revision, akut hudkonsult, "
                          "ställningstagande till kortison.")],
           setting="slutenvård")],
     [("NL102", "n1")], [],
     "'Möjlig' pyoderma gangraenosum after breast reduction")

case("s28k_eventuell_spottsten_submandibularis", "vgr", ("20050304-7938", "2005-03-04"), "2024-05-17T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_kak_nu", ("Mona Eriksson", "tandläkare"),
           "2024-05-13T14:00:00", "2024-05-13T14:45:00",
           [("Anamnes", "Svullnad under vä käkvinkel i samband med måltider sedan två månader."),
            ("Status", "Förstorad, lätt öm gl. submandibularis vä, sparsamt saliv från vä papill."),
            ("Bedömning", "Eventuell spottsten i vä glandula submandibularis. UL spottkörtlar beställt.")])],
     [("NL102", "n1")], [],
     "'Eventuell' + sialolithiasis, hedge written out in full")

case("s28k_susp_nekrotiserande_fasciit", "skane", ("19430310-2505", "1943-03-10"), "2024-12-20T00:00:00",
     [note("n1", "Melior", "Akutanteckning", "s_akut_hbg", ("Viktor Lund", "läkare"),
           "2024-12-16T22:10:00", "2024-12-16T23:40:00",
           [("Status", "Hö underben: ödem och rodnad med blålila fläckar, smärta i proportion långt över "
                       "fynden, krepitationer lateralt. Temp 39,4, BT 92/55."),
            ("Bedömning", "Susp. nekrotiserande fasciit hö underben. Bakjour plastik kontaktad, akut "
                          "operation, bensylpenicillin, klindamycin och meropenem.")])],
     [("NL102", "n1")], [],
     "abbreviated hedge 'Susp.' in a Melior ER note")

case("s28k_ser_ut_som_pyogent_granulom", "vgr", ("20061203-3951", "2006-12-03"), "2024-09-27T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_kir_skas", ("Mattias Kraft", "läkare"),
           "2024-09-23T09:45:00", "2024-09-23T10:20:00",
           [("Status", "Röd, lättblödande, stjälkad knuta 6 mm på hö pekfingers pulpa, kom efter ett stick."),
            ("Bedömning", "Ser ut som ett pyogent granulom. Exstirpation i lokalbedövning, skickas på PAD.")])],
     [("NL102", "n1")], [],
     "'Ser ut som' is a clinical hedge on a diagnosis")

case("s28k_erysipelas_misstanks_transplantat", "skane", ("19491015-9609", "1949-10-15"), "2024-03-08T00:00:00",
     [note("n1", "Melior", "Ronddokumentation", "s_bran", ("Magnus Fransson", "läkare"),
           "2024-03-04T09:15:00", "2024-03-04T10:30:00",
           [("Status", "Skarpt avgränsad, värmeökad rodnad som sprider sig proximalt från transplantatet på "
                       "vä underben, temp 38,8."),
            ("Bedömning", "Erysipelas misstänks. Bensylpenicillin i.v., markering av rodnadens utbredning.")],
           setting="slutenvård")],
     [("NL102", "n1")], [],
     "verb hedge after the diagnosis ('Erysipelas misstänks')")

case("s28k_preliminar_diagnos_trigeminusneuralgi", "vgr", ("19611106-6921", "1961-11-06"), "2024-02-02T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "v_kak_su", ("Annika Rosén", "läkare"),
           "2024-01-29T10:00:00", "2024-01-29T11:20:00",
           [("Anamnes", "Blixtrande, sekundkort smärta i hö underkäke och underläpp, utlöses av att borsta tänderna. "
                        "Två tänder redan rotfyllda utan effekt."),
            ("Diagnos", "Preliminär diagnos trigeminusneuralgi hö, tredje grenen. DD odontogen smärta."),
            ("Planering", "MR hjärna, försök med karbamazepin.")])],
     [("NL102", "n1")], [],
     "'Preliminär diagnos' plus 'DD' under the sökord Diagnos")

case("s28k_barn_lapp_hemangiom_kan_inte_helt_uteslutas", "skane", ("20131010-6040", "2013-10-10"), "2024-03-15T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Ida Lundberg", "läkare"),
           "2024-03-11T13:00:00", "2024-03-11T14:10:00",
           [("Aktuellt", "10-årig flicka med blåaktig, mjuk svullnad i underläppen som blir större när hon böjer huvudet."),
            ("Bedömning", "Venös malformation i första hand, men hemangiom kan inte helt uteslutas. "
                          "UL med doppler innan vi diskuterar behandling med föräldrarna.")])],
     [("NL102", "n1")], [],
     "child: 'i första hand' and 'kan inte helt uteslutas' leave the vascular lesion's diagnosis open")

case("s28k_karpaltunnel_kan_misstankas", "vgr", ("19830116-5547", "1983-01-16"), "2024-10-04T00:00:00",
     [note("n1", "Melior", "Arbetsterapeutanteckning", "v_bran", ("Sofie Hellström", "arbetsterapeut"),
           "2024-09-30T13:30:00", "2024-09-30T14:15:00",
           [("Aktuellt", "Följs efter brännskada på vä handled. Nattliga domningar i tumme till långfinger."),
            ("Bedömning", "Positivt Phalens test. Karpaltunnelsyndrom kan misstänkas, läkare informerad "
                          "för ställningstagande till neurografi. Nattskena utprovad.")])],
     [("NL102", "n1")], [],
     "occupational therapist: 'kan misstänkas' after carpal tunnel syndrome")

case("s28k_negation_typo_ingen_missanke", "skane", ("19510102-5988", "1951-01-02"), "2024-07-05T00:00:00",
     [note("n1", "Melior", "Tandläkaranteckning", "s_sjt_hbg", ("Pia Lindström", "tandläkare"),
           "2024-07-01T09:10:00", "2024-07-01T09:50:00",
           [("Status", "Sår 5 mm i vä munbotten under protesens kant, mjuk omgivning, läkt efter protesjustering."),
            ("Bedömning", "Ingen missanke om malignitet. Traumatiskt sår av protesen, nu läkt.")])],
     [], [("NL102", "n1")],
     "typo inside a negation ('Ingen missanke om') still negates")

case("s28k_misstanke_bia_alcl_avskrivs", "vgr", ("19961127-3625", "1996-11-27"), "2024-08-09T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_brost_su", ("Emma Sjöberg", "läkare"),
           "2024-08-05T14:20:00", "2024-08-05T14:40:00",
           [("Utredning", "Seromvätskan från hö bröst: reaktiva celler, CD30-negativ, odling negativ."),
            ("Bedömning", "Misstanken om BIA-ALCL avskrivs. Serom efter trauma mot bröstet. Pat informerad.")])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "the suspicion is written off ('avskrivs'); patient informed")

case("s28k_mr_talar_emot_osteomyelit", "vgr", ("19531101-5134", "1953-11-01"), "2024-06-21T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_kak_su", ("Henrik Dahl", "läkare"),
           "2024-06-17T15:15:00", "2024-06-17T15:50:00",
           [("Röntgen", "MR underkäke: normal märgsignal, inget abscess."),
            ("Bedömning", "Fynden talar emot osteomyelit. Diagnos: myalgi i tuggmuskulaturen. Bettskena och "
                          "käkövningar.")])],
     [], [("NL102", "n1")],
     "'talar emot' negates osteomyelitis; the assessed cause (myogenic pain) is stated plainly")

case("s28k_ej_forenligt_med_infektion", "skane", ("19690120-3528", "1969-01-20"), "2024-09-20T00:00:00",
     [note("n1", "Melior", "Sjuksköterskeanteckning", "s_plast_mo", ("Annika Persson", "sjuksköterska"),
           "2024-09-16T10:00:00", None,
           [("Sårbedömning", "Lätt rodnad längs suturraden efter abdominoplastik, ingen värmeökning, ingen sekretion. "
                             "Bilden är inte förenlig med infektion enligt dr Nyström som tittat på såret."),
            ("Åtgärd", "Ny kontroll om en vecka.")])],
     [], [("NL102", "n1")],
     "'inte förenlig med' negates a wound infection")

case("s28k_tidigare_misstankt_sarkoidos_avskrevs", "vgr", ("19620420-8208", "1962-04-20"), "2024-11-08T00:00:00",
     [note("n1", "Melior", "Inskrivningsanteckning", "v_plast_avd", ("Amir Karimi", "läkare"),
           "2024-11-04T07:30:00", "2024-11-04T08:45:00",
           [("Tidigare sjukdomar", "Hypertoni. Utreddes 2022 för misstänkt sarkoidos som avskrevs efter bronkoskopi."),
            ("Aktuellt", "Inkommer för sekundär bröstrekonstruktion hö med DIEP-lambå."),
            ("Status", "Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt andningsljud bilat.")],
           setting="slutenvård")],
     [], [("NL102", "n1")],
     "past suspicion that was written off ('avskrevs') in the history section")

case("s28k_pat_vet_inte_om_rekonstruktion", "skane", ("20050211-0224", "2005-02-11"), "2024-10-25T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_brost_lund", ("Nils Abrahamsson", "läkare"),
           "2024-10-21T10:30:00", "2024-10-21T11:45:00",
           [("Aktuellt", "19-årig kvinna med känd Polands syndrom hö, informerad om diagnosen sedan barndomen."),
            ("Bedömning", "Pat vet inte om hon vill ha rekonstruktion nu eller vänta, hon har inte hunnit "
                          "bestämma sig. Ny tid om 3 mån.")])],
     [], [("NL101", "n1")],
     "'vet inte om' is about her decision, not about being told; the diagnosis is long known")

# ---- part 8: NL101 phrasing, long charts --------------------------------------
case("s28k_nl101_kanner_inte_till_gomcancer", "skane", ("19460405-4413", "1946-04-05"), "2024-02-09T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_kak_lund", ("Gustav Berglund", "läkare"),
           "2024-02-05T16:30:00", "2024-02-05T16:50:00",
           [("PAD", "Biopsi från gomsvullnaden: adenoidcystisk cancer, kribriform typ."),
            ("Planering", "Pat känner inte till diagnosen ännu. Kallas till läkarbesök med kontaktsjuksköterska, "
                          "MR och DT thorax beställs före besöket.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "'Pat känner inte till diagnosen ännu' beside a confirmed palatal cancer in an ordinary note")

case("s28k_nl101_har_inte_fatt_besked_bcc", "vgr", ("19390622-4500", "1939-06-22"), "2024-04-05T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_plast_mo", ("Jonas Lindqvist", "läkare"),
           "2024-03-28T13:00:00", "2024-03-28T13:15:00",
           [("PAD", "Stansbiopsi vä näsvinge: basalcellscancer, infiltrativ växt."),
            ("Planering", "Pat har inte fått besked, nås ej på telefon. Nytt försök i morgon, därefter "
                          "anmälan för Mohs-liknande excision med fryssnitt.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "follow-up of the earlier '?' case: confirmed basal cell carcinoma and the patient has not been given the result")

case("s28k_nl101_bran_iva_lungcancer_vantar_besked", "vgr", ("19370925-6436", "1937-09-25"), "2024-06-14T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_bran", ("Maja Engström", "läkare"),
           "2024-06-10T14:00:00", "2024-06-10T15:10:00",
           [("Aktuellt", "Vårdas efter brand i fritidshus, 18 % TBSA, fortfarande intuberad på IVA."),
            ("Utredning", "Bronkoskopi 7/6 pga sekretstopp, biopsi från tumören i hö huvudbronk: "
                          "icke-småcellig lungcancer, skivepiteltyp."),
            ("Bedömning", "Vi väntar med att ge pat beskedet tills han är extuberad och kontaktbar. "
                          "Hustrun är informerad om fyndet.")],
           setting="slutenvård")],
     [("NL101", "n1")], [("NL102", "n1")],
     "the patient has not been told (the wife has): the untold party is the patient, so NL101")

case("s28k_nl101_lambarecidiv_informeras_forst_efter", "skane", ("19640320-0709", "1964-03-20"), "2024-11-15T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_brost_lund", ("Ingrid Malmström", "läkare"),
           "2024-11-11T12:10:00", "2024-11-11T12:30:00",
           [("PAD", "Mellannålsbiopsi från knölen i rekonstruerade vä bröstet: invasiv duktal cancer, "
                    "förenlig med lokalrecidiv av tidigare bröstcancer, ER-positiv."),
            ("Planering", "Pat informeras först efter bröstkonferensen på onsdag då behandlingsförslag finns.")])],
     [("NL101", "n1")], [],
     "cancer recurrence in a visible note that says the patient will be informed only after the conference")

case("s28k_nl101_ssk_pat_ovetande_typo", "skane", ("19791011-3849", "1979-10-11"), "2024-08-30T00:00:00",
     [note("n1", "Melior", "Telefonanteckning", "s_plast_mo", ("Annika Persson", "sjuksköterska"),
           "2024-08-26T09:00:00", "2024-08-26T09:15:00",
           [("Telefonkontakt", "Pat ringer om förbandet på tummen efter nagelbäddsbiopsin, det har blött "
                               "igenom. Råd om att byta förband och hålla handen högt."),
            ("Övrigt", "PAD från nagelbädden har kommit: akralt lentiginöst melanom. Pat är än så länge "
                       "ovetanda om svaret, dr Hassan ringer pat i eftermiddag.")])],
     [("NL101", "n1")], [],
     "typo 'ovetanda': nurse's note names the melanoma and says the patient does not know yet")

case("s28k_nl101_angiosarkom_ej_delgiven", "vgr", ("19361009-9834", "1936-10-09"), "2024-01-26T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "v_kir_sas", ("Peter Wahlström", "läkare"),
           "2024-01-22T15:45:00", "2024-01-22T16:00:00",
           [("PAD", "Blåröd infiltrerad plack i skalpen: angiosarkom, multifokalt."),
            ("Bedömning", "Pat har ännu inte delgivits diagnosen. Dottern, som är ombud, önskar vara med vid "
                          "beskedet och tid bokas till fredag.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "'ännu inte delgivits diagnosen' beside a confirmed angiosarcoma of the scalp")

case("s28k_nl101_gingiva_lymfom_hematologen_ger_besked", "skane", ("19590628-4673", "1959-06-28"), "2024-10-11T00:00:00",
     [note("n1", "Melior", "Läkaranteckning", "s_kak_mo", ("Rebecka Olofsson", "läkare"),
           "2024-10-07T11:00:00", "2024-10-07T11:25:00",
           [("PAD", "Biopsi från den svullna gingivan regio 13-15: diffust storcelligt B-cellslymfom."),
            ("Åtgärd", "Akut remiss hematologen. Pat ej informerad ännu, hematologen tar över och ger "
                       "beskedet vid första besöket inom en vecka.")])],
     [("NL101", "n1")], [("NL102", "n1")],
     "lymphoma found by the jaw surgeons, patient not told and the telling is handed to haematology")

case("s28k_long_epikris_bran_trolig_cvk_infektion", "vgr", ("19881231-6373", "1988-12-31"), "2024-05-10T00:00:00",
     [note("n1", "Melior", "Epikris", "v_bran", ("Anders Nilsson", "läkare"),
           "2024-05-06T14:00:00", "2024-05-07T09:30:00",
           [("Epikris", "35-årig tidigare frisk man som 28/3 fick brännskador vid en explosion i garaget "
                        "när han tankade en gräsklippare. Ankom med ambulanshelikopter. Initialt ca 24 % TBSA, "
                        "varav fullhud på bägge underarmar, hö flank och hö lår, övrigt ytligt till djupt dermalt. "
                        "Vätskebehandling enligt Parkland, urinproduktion 0,5-1 ml/kg/h första dygnet. "
                        "Ingen inhalationsskada vid fiberbronkoskopi. Escharotomi bägge underarmar ankomstdygnet. "
                        "Tidig excision och delhudstransplantation dag 3, 6 och 11, donatorställen på bägge lår och rygg. "
                        "Transplantaten tog till över 90 %. Dag 14 feber och frossa i samband med spolning av CVK, "
                        "trolig CVK-relaterad sepsis, katetern drogs och blododlingar växte S. aureus. "
                        "Behandlades med kloxacillin i 14 dagar, därefter feberfri."),
            ("Status vid utskrivning", "Allmäntillstånd gott, afebril. Samtliga transplantat läkta utom två "
                                       "punktformiga defekter hö flank som sköts med silverförband. Rörlighet i "
                                       "armbågar och handleder nära full efter intensiv träning med arbetsterapeut "
                                       "och fysioterapeut."),
            ("Läkemedel", "Paracetamol 1 g x 4, oxykodon avslutat 2/5. Fresubin 2 ggr dagligen."),
            ("Uppföljning", "Kompressionsplagg beställda, utprovning på arbetsterapin 15/5. Återbesök "
                            "brännskademottagningen om 3 veckor. Sjukskriven 100 % till 16/6. "
                            "Pat och sambo informerade om ärrvård och solskydd.")])],
     [("NL102", "n1")], [],
     "long discharge summary: one hedged diagnosis (trolig CVK-relaterad sepsis) among confirmed and negated findings")

case("s28k_long_inskrivning_diep_inga_hypoteser", "skane", ("19610829-5426", "1961-08-29"), "2024-02-23T00:00:00",
     [note("n1", "Melior", "Inskrivningsanteckning", "s_plast_avd", ("Johan Persson", "läkare"),
           "2024-02-19T07:40:00", "2024-02-19T09:00:00",
           [("Anamnes", "62-årig kvinna, mastektomi vä 2020 pga duktal cancer, strålbehandlad, nu recidivfri enl "
                        "onkologens kontroll i januari. Inkommer för sekundär rekonstruktion med DIEP-lambå vä. "
                        "Hypotyreos, välbehandlad. Icke-rökare sedan 2019. Ingen blödningsbenägenhet."),
            ("Läkemedel", "Levaxin 100 mikrog x 1, Letrozol 2,5 mg x 1. Inga kända allergier."),
            ("Status", "AT gott, BMI 27. Cor: rr, inga bl. Pulm: ua bilat. Buk: mjuk, ärr efter "
                       "laparoskopisk kolecystektomi. Vä bröstkorg: strålad hud, stram men hel. "
                       "Perforanter markerade med doppler, DT-angio visar två goda mediala perforanter hö sida."),
            ("Lab", "Hb 131, TPK 254, PK 1,0, krea 71, Na 139, K 4,1."),
            ("Bedömning", "Inga hinder för planerad operation. Ingen misstanke om recidiv. Ev. lipofilling "
                          "i en senare seans. Trol. 5 vårddagar."),
            ("Planering", "Trombosprofylax med dalteparin från kvällen, antibiotikaprofylax enligt PM. "
                          "Lambkontroller varje timme första dygnet, sedan glesare.")],
           setting="slutenvård")],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "long admission note: hedges on plans and length of stay, a negated recurrence, no hedged diagnosis")

case("s28k_long_ansiktstrauma_orbita_ev_fraktur", "skane", ("19890825-4496", "1989-08-25"), "2024-04-26T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_kak_mo", ("Rebecka Olofsson", "läkare"),
           "2024-04-22T10:00:00", "2024-04-22T12:30:00",
           [("Anamnes", "34-årig man, remiss från akuten Trelleborg efter fall från stege på jobbet i fredags. "
                        "Slog vä ansiktshalva mot en betongkant. Ingen medvetslöshet, inget illamående. "
                        "Frisk, inga läkemedel, snusar. Tetanus uppdaterat i fredags."),
            ("Status", "AT gott, vaken, orienterad. Ansikte: uttalat hematom och svullnad vä kind och periorbitalt, "
                       "ingen trappstegsbildning palpabel i infraorbitalranden. Hypestesi vä kind, vä överläpp och "
                       "vä näsvinge. Ögon: fri motilitet åt sidorna, lätt smärta vid blick uppåt, anger dubbelseende "
                       "endast i extrem uppåtblick. Visus enligt pat oförändrad. Munhåla: tänderna intakta, ocklusionen "
                       "habituell, gapförmåga 42 mm. Näsa: rak, ingen septumhematom. Halsrygg: ingen ömhet."),
            ("Röntgen", "DT ansiktsskelett från akuten: odislocerad fraktur i vä sinus maxillaris främre vägg, "
                        "blod i sinus. Orbitagolvet svårbedömt pga rörelseartefakter."),
            ("Bedömning", "Odislocerad fraktur i vä maxillans främre vägg, ingen operationsindikation. "
                          "Ev. fraktur i vä orbitagolv med lätt inklämning av muskulatur, ny DT orbita med "
                          "tunna snitt."),
            ("Åtgärd", "Näsdroppar, ej snyta sig på 3 veckor, Kåvepenin 1 g x 3 i 7 dagar."),
            ("Planering", "Ny DT orbita i morgon, ögonkonsult samma dag. Återbesök här om en vecka för "
                          "ställningstagande till orbitarekonstruktion.")])],
     [("NL102", "n1")], [],
     "long facial trauma chart: confirmed maxillary fracture, but the orbital floor fracture is hedged with 'Ev.'")

case("s28k_long_mdk_munhalecancer_ej_informerad", "vgr", ("19460218-2737", "1946-02-18"), "2024-09-20T00:00:00",
     [note("n1", "Melior", "MDK-anteckning", "v_onh_su", ("Tobias Ek", "läkare"),
           "2024-09-16T15:30:00", "2024-09-16T16:40:00",
           [("Frågeställning", "Behandlingsrekommendation efter avslutad utredning av munhålecancer."),
            ("Anamnes", "78-årig man, tidigare rökare, hjärtsvikt NYHA II, förmaksflimmer med Eliquis. "
                        "Remitterad från tandläkare pga sår i hö munbotten sedan juni."),
            ("Utredning", "PAD: skivepitelcancer hö munbotten, måttligt differentierad. MR: tumör 3,2 cm, "
                          "invasionsdjup 11 mm, engagerar inte mandibeln. DT hals: ingen patologisk lymfkörtel. "
                          "DT thorax: inga metastaser. Stadium T3N0M0."),
            ("Bedömning", "Konferensen rekommenderar kirurgi med resektion, selektiv halslymfkörtelutrymning "
                          "bilat och rekonstruktion med radialislambå, postoperativ strålning beroende på PAD."),
            ("Information", "Pat är ännu inte informerad om cancerdiagnosen, han har varit inlagd på medicin "
                            "för sviktdekompensation. Besked och behandlingsförslag ges av dr Ek tillsammans "
                            "med kontaktsjuksköterska när han skrivits ut."),
            ("Planering", "Narkosbedömning och ekokardiografi beställs parallellt.")])],
     [("NL101", "n1")], [],
     "long MDT conference note with a staged oral cancer and a statement that the patient is not yet informed")

case("s28k_marjolin_malign_omvandling_kan_ej_avfardas", "skane", ("19410715-9529", "1941-07-15"), "2024-05-31T00:00:00",
     [note("n1", "Melior", "Mottagningsanteckning", "s_plast_mo", ("Sofia Lindgren", "läkare"),
           "2024-05-27T14:00:00", "2024-05-27T15:20:00",
           [("Anamnes", "Brännskada på hö underben som barn, läkt med tjockt ärr. Sedan ett år ett sår i ärret "
                        "som inte läker trots kompression och silverförband på distriktssköterskemottagningen."),
            ("Status", "Sår 3 x 2 cm med upphöjd, vallartad kant och granulationsvävnad i botten."),
            ("Bedömning", "Malign omvandling i brännskadeärret, s.k. Marjolins ulcus, kan ej avfärdas. "
                          "Kantbiopsier tas från fyra kvadranter i dag.")])],
     [("NL102", "n1")], [],
     "'kan ej avfärdas' keeps a malignant transformation (Marjolin's ulcer) open")

# --- END OF CASES ---


# ================================================================= validation
def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:13]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    case_keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    rec_keys = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
    note_keys = ["id", "system", "template", "unit", "author", "time", "signed",
                 "setting", "refs", "sections"]
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != case_keys:
            errors.append(f"{n}: case keys {list(c.keys())}")
        if not n.startswith("s28k_"):
            errors.append(f"{n}: name must start with s28k_")
        if n in names:
            errors.append(f"{n}: duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append(f"{n}: bad ruleset")
        if not c["why"].strip():
            errors.append(f"{n}: empty why")
        r = c["record"]
        if list(r.keys()) != rec_keys:
            errors.append(f"{n}: record keys")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errors.append(f"{n}: events/conversations/treatments must be empty")
        p = r["patient"]
        pnr, birth = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            errors.append(f"{n}: personnummer format {pnr}")
        elif not luhn_ok(pnr):
            errors.append(f"{n}: personnummer fails Luhn {pnr}")
        if pnr[:8] != birth.replace("-", ""):
            errors.append(f"{n}: personnummer does not match birth date")
        try:
            bd = date.fromisoformat(birth)
        except ValueError:
            errors.append(f"{n}: bad birth date")
            continue
        try:
            as_of = parse_dt(r["as_of"])
        except ValueError:
            errors.append(f"{n}: bad as_of")
            continue
        if as_of.year != 2024:
            errors.append(f"{n}: as_of not in 2024")
        age = as_of.year - bd.year - ((as_of.month, as_of.day) < (bd.month, bd.day))
        if 13 <= age <= 15 or age < 0:
            errors.append(f"{n}: patient age {age} not allowed")
        ids = {}
        for nt in r["notes"]:
            if list(nt.keys()) != note_keys:
                errors.append(f"{n}: note keys {list(nt.keys())}")
            if nt["id"] in ids:
                errors.append(f"{n}: duplicate note id {nt['id']}")
            ids[nt["id"]] = nt
            if nt["system"] not in ("Melior", "PMO"):
                errors.append(f"{n}: bad system")
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                errors.append(f"{n}: VGR note not Melior")
            if not nt["template"] or not nt["sections"]:
                errors.append(f"{n}: empty template or sections")
            t = parse_dt(nt["time"])
            if t.year != 2024 or t > as_of:
                errors.append(f"{n}: note time {nt['time']} outside 2024 or after as_of")
            if nt["signed"] is not None:
                s = parse_dt(nt["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errors.append(f"{n}: signed {nt['signed']} bad")
            nage = t.year - bd.year - ((t.month, t.day) < (bd.month, bd.day))
            if 13 <= nage <= 15:
                errors.append(f"{n}: patient 13-15 at note time")
            for sec in nt["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"].strip() \
                        or not sec["text"].strip():
                    errors.append(f"{n}: bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    key = " ".join(sent.split()).lower()
                    if len(key) >= 25:
                        if key in sentences and sentences[key] != (n, nt["id"], sec["keyword"]):
                            errors.append(f"{n}: sentence repeated (also in {sentences[key][0]}): {sent!r}")
                        elif key in sentences:
                            errors.append(f"{n}: sentence repeated in same section: {sent!r}")
                        sentences[key] = (n, nt["id"], sec["keyword"])
        seen = set()
        if not c["must"] and not c["must_not"]:
            errors.append(f"{n}: no assertion")
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES:
                    errors.append(f"{n}: bad assertion {item}")
                    continue
                code, target = item
                if target not in ids:
                    errors.append(f"{n}: target {target} missing")
                    continue
                if (code, target) in seen:
                    errors.append(f"{n}: {code} on {target} asserted twice")
                seen.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errors.append(f"{n}: NL102 must on non-Melior note")
                if code == "NL101" and sysname == "PMO":
                    errors.append(f"{n}: NL101 asserted on PMO note")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
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
    print(f"wrote {len(CASES)} cases to {OUT}")
    print("rulesets:", rs)
    for code in CODES:
        print(f"{code}: must {counts.get((code, 'must'), 0)}  must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
