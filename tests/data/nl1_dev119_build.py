#!/usr/bin/env python3
"""Independent test cases d119-*: oncology / SVF voice (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev119_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund_onk": ("Onkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6101"),
    "lund_onkavd": ("Onkologiavdelning 61, Skånes universitetssjukhus Lund", "SE2321000255-6112"),
    "malmo_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6203"),
    "malmo_kolorektal": ("Kolorektalmottagningen, Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6215"),
    "malmo_endo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-6227"),
    "malmo_uro": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6239"),
    "lund_lung": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6144"),
    "lund_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6156"),
    "lund_hem": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6168"),
    "lund_hemavd": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6170"),
    "lund_barnonk": ("Barnonkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6182"),
    "hbg_kir": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-7301"),
    "hbg_onk": ("Onkologimottagningen, Helsingborgs lasarett", "SE2321000255-7313"),
    "ksd_onk": ("Onkologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7425"),
    "ksd_onkavd": ("Onkologiavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-7426"),
    "ksd_kir": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7430"),
    "ystad_kir": ("Kirurgmottagningen, Lasarettet i Ystad", "SE2321000255-7537"),
    "trbg_med": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-7549"),
    # Region Skåne, PMO (primary care)
    "vc_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-1021"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-1033"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-1045"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-1057"),
    # Västra Götalandsregionen, Melior
    "su_jub": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-4411"),
    "su_onkavd": ("Avdelning 51, Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-4423"),
    "su_brost": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-4435"),
    "su_kolorektal": ("Kolorektalmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-4447"),
    "su_uro": ("Urologimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-4459"),
    "su_lung": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-4461"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-4473"),
    "su_hem": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4485"),
    "su_onkgen": ("Onkogenetiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4497"),
    "dsbus": ("Barnonkologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-4502"),
    "sas_onk": ("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-5114"),
    "sas_brost": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-5126"),
    "sas_hud": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-5138"),
    "nu_onk": ("Onkologimottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-5240"),
    "nu_uro": ("Urologimottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-5252"),
    "nu_lung": ("Lungmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-5264"),
    "nu_hud": ("Hudmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-5276"),
    "skas_onk": ("Onkologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-5388"),
    "skas_kir": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-5390"),
    "skas_avd": ("Onkologiavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-5391"),
    "kungalv_kir": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-5403"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-5415"),
}

L, S = "läkare", "sjuksköterska"


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    """One note. signed=True -> signed a while after time; None -> unsigned draft."""
    return dict(nid=nid, system=system, template=template, unit=unit, author=author,
                role=role, time=time, signed=signed, setting=setting, sections=sections)


def C(name, ruleset, born, serial, notes, must, must_not, why):
    return dict(name=name, ruleset=ruleset, born=born, serial=serial, notes=notes,
                must=must, must_not=must_not, why=why)


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"

CASES = [
    # =================================================================
    # NL102 positives: hedged diagnosis of the patient in a visible section
    # =================================================================
    C("d119-lunga-dt-misstankt-primar-lungcancer", "skane", "1952-11-04", "373", [
        N("n1", M, "Mottagningsanteckning", "lund_lung", "Henrik Ståhl", L, "2024-03-14T09:40", True, OV, [
            ("Anamnes", "71-årig man, f.d. rökare ca 40 paketår, slutade 2015. Remitterad från VC enl SVF lungcancer pga hosta sedan 8 v, blodtingerade upphostningar x 2 och viktnedgång 5 kg. KOL GOLD 2, i övrigt frisk. Bor med hustru, pensionerad snickare."),
            ("Status", "AT: opåverkad, något tunn. Pulm: nedsatta andningsljud hö ovan, inga rassel. Lgll: ingen palpabel supraklavikulärt. SpO2 95 % rumsluft. ECOG 1."),
            ("Utredning", "DT thorax-buk 12/3: 38 mm spikulerad förändring i hö överlob med kontakt mot pleura, förstorade lgll i station 4R och 7. Lever och binjurar utan anmärkning."),
            ("Bedömning", "Misstänkt primär lungcancer hö överlob, minst stadium IIIA om de mediastinala körtlarna är engagerade."),
            ("Planering", "EBUS-bronkoskopi v. 12, PET-DT beställd, spirometri med diffusionskapacitet. Tas upp på thoraxkonferens när PAD föreligger. Kontaktssk Maria ringer pat i morgon med tiderna."),
        ])],
        [["NL102", "n1"]], [],
        "SVF lung work-up: 'Misstänkt primär lungcancer' in visible Bedömning (Skåne Melior); nothing said about telling"),

    C("d119-brost-trolig-cancer-efter-biopsi", "vgr", "1965-07-22", "284", [
        N("n1", M, "Mottagningsanteckning", "su_brost", "Karin Wallgren", L, "2024-02-06T13:15", True, OV, [
            ("Aktuellt", "Kallad efter screeningmammografi med nytillkommen förändring vä bröst. Inga egna symtom. Ingen hereditet för bröst- eller äggstockscancer."),
            ("Status", "Palp 2 cm oöm, fast resistens kl 10 vä bröst, 3 cm från mamillen. Hud och mamill ua. Axiller utan palpabla körtlar."),
            ("Utredning", "Kompletterande mammografi + UL: 19 mm oregelbunden förändring med skuggning, BI-RADS 5. UL-ledd mellannålsbiopsi x 3 tagen, clips lagt."),
            ("Bedömning", "Trolig bröstcancer vä. PAD-svar väntas inom en vecka, därefter ställningstagande på bröstkonferensen."),
        ])],
        [["NL102", "n1"]], [["NL101", "n1"]],
        "'Trolig bröstcancer' in a visible VGR Bedömning while waiting for the biopsy answer"),

    C("d119-koloskopi-susp-sigmoideumcancer", "skane", "1956-01-30", "415", [
        N("n1", M, "Endoskopianteckning", "malmo_endo", "Jonas Bergqvist", L, "2024-04-09T10:05", True, OV, [
            ("Indikation", "Järnbristanemi, Hb 96, och ändrade avföringsvanor sedan 3 mån. SVF-remiss från VC."),
            ("Undersökning", "Koloskopi till caekum, god tarmrengöring (BBPS 8). I colon sigmoideum 25 cm ab ano cirkumferent, lättblödande tumör som inte passeras med standardskop. Proximalt om stenosen ej bedömt."),
            ("Bedömning", "Susp. coloncancer sigmoideum. PAD x 6 tagna, tuschmarkering distalt om tumören."),
            ("Åtgärd", "DT thorax-buk enl SVF beställd akut. Tid på kolorektalmottagningen ordnas via koordinator. DT-kolografi för att värdera resterande colon."),
        ])],
        [["NL102", "n1"]], [],
        "abbreviated hedge 'Susp.' before coloncancer in an endoscopy note's Bedömning"),

    C("d119-prostata-valgrundad-misstanke", "vgr", "1957-05-18", "353", [
        N("n1", M, "Läkaranteckning", "nu_uro", "Per-Olof Lindh", L, "2024-05-21T14:30", True, OV, [
            ("Aktuellt", "PSA 14,2, för ett år sedan 7,8. Nykturi x 2, i övrigt inga LUTS. Far opererad för prostatacancer vid 70 års ålder."),
            ("Status", "PR: hård, knölig hö lob, vä lob mjuk och slät. Volym ca 40 ml."),
            ("Bedömning", "Välgrundad misstanke om prostatacancer, SVF-kriterier uppfyllda. MR prostata bokas före ev. biopsi."),
        ])],
        [["NL102", "n1"]], [],
        "SVF wording 'Välgrundad misstanke om prostatacancer' about the patient (father's cancer is only history)"),

    C("d119-dermatoskopi-trol-melanom-rygg", "skane", "1979-09-03", "242", [
        N("n1", M, "Läkaranteckning", "lund_hud", "Sara Holm", L, "2024-06-11T11:20", True, OV, [
            ("Anamnes", "Märkt att ett födelsemärke på ryggen vuxit och kliar sedan i våras. Många solsemestrar, brändes ofta som barn."),
            ("Status", "Rygg, vä skulderblad: 11 x 8 mm asymmetriskt, mörkbrunt-svart naevus med ojämn färgfördelning och en gråvit regressionszon. Dermatoskopi: atypiskt nätverk, blå-vit slöja, irreguljära prickar."),
            ("Bedömning", "Trol. malignt melanom."),
            ("Åtgärd", "Diagnostisk excision med 2 mm marginal utförd i lokalbedövning, se op-anteckning. PAD med SVF-märkning."),
        ])],
        [["NL102", "n1"]], [],
        "one-line Bedömning 'Trol. malignt melanom' in a dermatology note"),

    C("d119-dt-bild-som-vid-lyfom-b-symtom", "vgr", "1968-12-12", "157", [
        N("n1", M, "Nybesöksanteckning", "su_hem", "Mikael Sandberg", L, "2024-01-23T10:00", True, OV, [
            ("Aktuellt", "Remiss från medicinakuten. Nattsvettningar som kräver byte av lakan, kvällsfeber till 38,2 och 8 kg viktnedgång sedan jul."),
            ("Status", "Multipla oömma, gummiartade körtlar bilat på halsen, största 3 cm. Mjälten palpabel 3 fingrar under arcus."),
            ("Utredning", "DT hals-thorax-buk: konglomerat av förstorade lgll mediastinalt och paraaortalt, mjälte 16 cm. LD 612."),
            ("Bedömning", "Bild som vid lyfom med B-symtom, aggressiv typ kan inte uteslutas."),
            ("Planering", "Körtelexstirpation hö hals via ÖNH på torsdag. Benmärgsprov, hepatitserologi och HIV tas idag."),
        ])],
        [["NL102", "n1"]], [],
        "'Bild som vid' + 'kan inte uteslutas'; typo 'lyfom' in the diagnosis word"),

    C("d119-lever-dd-metastas-hemangiom", "skane", "1961-03-27", "528", [
        N("n1", M, "Läkaranteckning", "hbg_kir", "Ola Rydén", L, "2024-08-19T15:45", None, OV, [
            ("Aktuellt", "Uppföljning 2 år efter låg främre resektion för rektalcancer pT2N0. Mår bra, inga buksymtom."),
            ("Bedömning", "Uppföljande DT visar ny 14 mm lågattenuerande lesion i segment 6, ej synlig 2023. DD levermetastas/hemangiom."),
            ("Planering", "MR lever med leverspecifikt kontrastmedel. Tas upp på MDK lever/pankreas när svar finns."),
        ])],
        [["NL102", "n1"]], [],
        "'DD levermetastas/hemangiom' in a visible section of an unsigned draft"),

    C("d119-skelettscint-metastas-kan-ej-uteslutas", "vgr", "1958-10-09", "086", [
        N("n1", M, "Mottagningsanteckning", "sas_onk", "Lena Forsgren", L, "2024-03-05T09:10", True, OV, [
            ("Aktuellt", "Vä bröstcancer 2019, lumpektomi + SN, adjuvant strålning och letrozol sedan dess. Sedan 3 v ländryggsvärk som väcker henne nattetid."),
            ("Utredning", "Skelettscintigrafi: ökat upptag i L3, i övrigt normal fördelning. Skelettmetastas kan ej uteslutas, degenerativ genes också möjlig."),
            ("Planering", "MR ländrygg inom en vecka. ALP, Ca, albumin och CA 15-3 tas idag. Paracetamol 1 g x 4 vb."),
        ])],
        [["NL102", "n1"]], [],
        "'Skelettmetastas kan ej uteslutas' quoted from scintigraphy in a visible Utredning"),

    C("d119-pet-talar-for-recidiv-follikulart-lymfom", "skane", "1955-06-14", "300", [
        N("n1", M, "Mottagningsanteckning", "lund_hem", "Ingrid Claesson", L, "2024-04-16T13:50", True, OV, [
            ("Utredning", "PET-DT 4/4: nytillkomna FDG-avida körtlar i vä axill och vä fossa iliaca, SUVmax 11, jfr 2022 då komplett remission."),
            ("Bedömning", "Fynden talar för recidiv av hennes follikulära lymfom, möjligen med transformation med tanke på det höga SUV-värdet. Ny biopsi behövs innan behandlingsbeslut."),
            ("Planering", "UL-ledd mellannål vä axill. Åter efter PAD."),
        ])],
        [["NL102", "n1"]], [],
        "'talar för recidiv' and 'möjligen ... transformation' in a hematology follow-up"),

    C("d119-typo-missankt-lokoregional-melanommetastas", "vgr", "1949-02-17", "211", [
        N("n1", M, "Läkaranteckning", "su_hud", "Johan Eklind", L, "2024-09-10T10:25", True, OV, [
            ("Aktuellt", "Opererad för melanom vä vad 2022, pT2b, SN negativ. Kommer akut efter att själv ha känt en knöl i ärret."),
            ("Status", "Subkutan 15 mm knöl i ärret, fast, ej öm. Palpabel 2 cm lgll i vä ljumske. Ingen in-transit-spridning synlig."),
            ("Bedömning", "Missänkt lokoregional metastas av tidigare melanom. FNAC av knölen och körteln tas idag, DT thorax-buk + MR hjärna beställs."),
        ])],
        [["NL102", "n1"]], [],
        "typo 'Missänkt' for Misstänkt, melanoma relapse in a visible Bedömning"),

    C("d119-fragetecken-ca-pulm", "vgr", "1946-08-01", "422", [
        N("n1", M, "Läkaranteckning", "nu_lung", "Erik Thunberg", L, "2024-10-02T08:55", True, OV, [
            ("Bedömning", "Ca pulm? Ny 2 cm rundhärd i vä underlob, ej synlig på DT 2022. Rökt 30 år."),
            ("Planering", "PET-DT, därefter ställningstagande till transtorakal punktion."),
        ])],
        [["NL102", "n1"]], [],
        "question mark as the hedge: 'Ca pulm?' in a short lung clinic note"),

    C("d119-kontaktssk-presentation-misstankt-rektalcancer", "skane", "1970-04-11", "179", [
        N("n1", M, "Kontaktsjuksköterskeanteckning", "malmo_kolorektal", "Annika Lund", S, "2024-04-12T11:30", True, OV, [
            ("Telefonkontakt", "Ringt upp pat som remitterats via SVF för misstänkt rektalcancer. Presenterat mig som hans kontaktsjuksköterska och gått igenom tiderna: MR bäcken 18/4, DT thorax-buk 19/4, läkarbesök 25/4. Pat orolig men tacksam för snabba tider. Fått mitt direktnummer."),
        ])],
        [["NL102", "n1"]], [["NL101", "n1"]],
        "contact nurse's first call: 'SVF för misstänkt rektalcancer' under Telefonkontakt is visible"),

    C("d119-mdk-forenligt-med-adenocarcinom", "vgr", "1951-12-29", "355", [
        N("n1", M, "MDK-anteckning", "su_lung", "Björn Åkesson", L, "2024-05-07T15:20", True, OV, [
            ("MDK", "Thoraxkonferens 7/5. Närvarande: lungmedicin, thoraxkirurgi, onkologi, radiologi, patologi."),
            ("Frågeställning", "Behandlingsrekommendation?"),
            ("Konklusion", "EBUS-cytologi från station 7 med atypiska celler, förenligt med adenocarcinom men otillräckligt material för PD-L1 och molekylärpatologi. Rebiopsi av primärtumören innan behandlingsbeslut."),
        ])],
        [["NL102", "n1"]], [],
        "MDT note: cytology 'förenligt med adenocarcinom' in the visible Konklusion"),

    C("d119-inskrivning-misstanke-peritoneal-karcinos", "skane", "1959-03-08", "060", [
        N("n1", M, "Inskrivningsanteckning", "lund_onkavd", "Filip Norén", L, "2024-02-20T19:40", True, SV, [
            ("Anamnes", "Koloncancer i colon ascendens opererad med hö hemikolektomi 2023, pT3N1b. Adjuvant CAPOX x 4 avslutad i januari. Sedan 2 v tilltagande bukomfång, tidig mättnadskänsla och illamående. Avföring dagligen, ingen kräkning."),
            ("Status", "AT: påverkad av smärta, blek. Buk: spänd, matt perkussionston i flankerna, diffust öm utan peritonit. Temp 37,4. BT 118/74, puls 96."),
            ("Lab", "Hb 108, CRP 41, albumin 27, krea 74, CEA 38 (4 i nov)."),
            ("Bedömning", "Akut UL: måttlig ascites och nodulära förändringar i omentet, vilket inger misstanke om peritoneal karcinos."),
            ("Planering", "Ascitestappning i morgon med cytologi och odling. DT thorax-buk. Smärtlindring Oxynorm 5 mg vb, Primperan 10 mg x 3."),
        ])],
        [["NL102", "n1"]], [],
        "admission note: 'inger misstanke om peritoneal karcinos' in visible Bedömning"),

    C("d119-sannolikt-stralpneumonit", "vgr", "1953-07-05", "193", [
        N("n1", M, "Telefonanteckning", "su_jub", "Cecilia Brandt", L, "2024-07-02T10:40", None, OV, [
            ("Aktuellt", "Avslutade kurativ kemoradioterapi mot hö lunga för 6 v sedan. Ringer pga torrhosta och ansträngningsdyspné sedan en vecka, temp 37,6 i går."),
            ("Bedömning", "Sannolikt strålpneumonit, CRP 22 talar inte för bakteriell pneumoni."),
            ("Åtgärd", "Prednisolon 40 mg x 1 i en vecka, därefter nedtrappning enl schema. Lungröntgen och lab på fredag, återkoppling då."),
        ])],
        [["NL102", "n1"]], [],
        "treatment complication hedged ('Sannolikt strålpneumonit') next to a negated pneumonia; unsigned"),

    C("d119-typo-ev-immunrelaterad-kollit", "skane", "1962-11-19", "551", [
        N("n1", M, "Telefonanteckning", "ksd_onk", "Malin Ek", L, "2024-10-14T09:15", True, OV, [
            ("Telefonkontakt", "Pat med melanom stadium IIIC, adjuvant pembrolizumab sedan juni. Ringer om 6–7 vattentunna avföringar per dygn sedan 3 dagar, lätta krampsmärtor, inget blod."),
            ("Bedömning", "Ev. immunrelaterad kollit grad 2. Nästa dos pembrolizumab skjuts upp."),
            ("Åtgärd", "Kommer in idag för lab inkl elstatus, f-kalprotektin och faecesodling. Bedöms på mottagningen kl 14."),
        ])],
        [["NL102", "n1"]], [],
        "'Ev.' hedging an immune-related adverse event; typo 'kollit' for kolit"),

    C("d119-kan-rora-sig-om-ny-primar-lungcancer", "vgr", "1950-01-25", "384", [
        N("n1", M, "Läkaranteckning", "skas_onk", "Tobias Wahlberg", L, "2024-11-05T14:00", True, OV, [
            ("Bedömning", "Opererad och strålbehandlad för hö bröstcancer 2016, därefter tamoxifen i 5 år. Nu ny solitär härd 17 mm i vä underlob. Kan röra sig om en ny primär lungcancer likaväl som en sen metastas från bröstcancern."),
            ("Planering", "Remiss lungmedicin för transtorakal biopsi med immunhistokemi (GATA3, TTF-1). Avvaktar med behandling."),
        ])],
        [["NL102", "n1"]], [],
        "'Kan röra sig om' two competing malignant diagnoses in an oncologist's note"),

    C("d119-barn-misstankt-hodgkin-vardnadshavare-laser", "skane", "2012-09-18", "028", [
        N("n1", M, "Läkaranteckning", "lund_barnonk", "Emma Ljung", L, "2024-03-19T11:00", True, OV, [
            ("Aktuellt", "11-årig flicka med en förstorad, oöm körtel vä supraklavikulärt sedan 4 v, nu 3 cm. Klåda nattetid, ingen feber. Mamma och pappa med vid besöket."),
            ("Bedömning", "Misstänkt Hodgkins lymfom."),
            ("Planering", "Lungröntgen idag. Körtelbiopsi i narkos på torsdag, PET-DT i samband med det. Barnonkologisk kontaktssk träffar familjen efter besöket."),
        ])],
        [["NL102", "n1"]], [["NL101", "n1"]],
        "child under 13 (guardians read Journalen): suspected Hodgkin in a visible Bedömning"),

    C("d119-epikris-talar-for-lungemboli-diagnosfragetecken", "vgr", "1948-04-04", "237", [
        N("n1", M, "Epikris", "su_onkavd", "Hanna Lidén", L, "2024-06-28T13:30", True, SV, [
            ("Epikris", "76-årig man med metastaserad koloncancer under 2:a linjens FOLFIRI, inkom 24/6 med takykardi 118, SpO2 89 % och pleuritisk smärta vä. DT-angio kunde ej göras pga eGFR 24. Klinisk bild, Wells-poäng och D-dimer > 4 talar för lungemboli, vilket behandlats som sådan."),
            ("Diagnos", "Lungemboli? C18.7 Malign tumör i colon sigmoideum."),
            ("Åtgärd", "Innohep 175 E/kg x 1 s.c. Nästa kur FOLFIRI skjuts en vecka. Återbesök onkolog 8/7."),
        ])],
        [["NL102", "n1"]], [],
        "discharge summary: unverified pulmonary embolism ('talar för', 'Lungemboli?') in Epikris/Diagnos"),

    C("d119-skane-sokord-th-i-vanlig-mall-synligt", "skane", "1966-02-14", "413", [
        N("n1", M, "Läkaranteckning", "malmo_kolorektal", "Peter Gustafsson", L, "2024-09-03T10:15", True, OV, [
            ("Aktuellt", "Kontroll två år efter rektumamputation för rektalcancer. Mår bra, stomin fungerar."),
            ("Tidiga hypoteser", "CEA stigit från 4 till 11 på ett halvår. Misstänkt recidiv, ännu inte verifierat radiologiskt."),
            ("Planering", "DT thorax-buk och PET-DT beställda."),
        ])],
        [["NL102", "n1"]], [],
        "Skåne protects by template only: a sökord 'Tidiga hypoteser' inside an ordinary Läkaranteckning is visible"),

    C("d119-vgr-th-sokord-men-hedge-aven-i-planering", "vgr", "1963-10-30", "146", [
        N("n1", M, "Läkaranteckning", "nu_onk", "Sofia Alm", L, "2024-08-08T16:05", True, OV, [
            ("Aktuellt", "EGFR-muterad lungcancer stadium IV, osimertinib sedan 2022 med god effekt. Senaste veckan huvudvärk på morgonen och svårt att hitta ord."),
            ("Tidiga hypoteser", "Nytillkommen dysfasi och morgonhuvudvärk, misstänkt hjärnmetastasering trots pågående TKI."),
            ("Planering", "MR hjärna inom 48 h pga möjliga hjärnmetastaser. Betapred 4 mg x 2 insatt i väntan på svar."),
        ])],
        [["NL102", "n1"]], [],
        "VGR: the hypothesis is put under sökord Tidiga hypoteser but repeated hedged ('möjliga hjärnmetastaser') in visible Planering"),

    C("d119-typo-sannolkit-skelettmetastaser", "skane", "1944-12-02", "095", [
        N("n1", M, "Läkaranteckning", "malmo_uro", "Lars Öberg", L, "2024-03-26T13:05", True, OV, [
            ("Aktuellt", "Prostatacancer Gleason 4+4=8 diagnostiserad i februari, PSA 86 vid diagnos. Värk i vä höft sedan en månad."),
            ("Utredning", "Skelettscint: multipla upptag i bäcken, kotpelare och revben, sannolkit skelettmetastaser."),
            ("Planering", "ADT startas: Bicalutamid 50 mg x 1 i 4 v som flare-skydd, Eligard 45 mg s.c. om en vecka. Remiss onkologen för ställningstagande till tillägg av ARPI. Blodprov Ca, ALP, krea."),
        ])],
        [["NL102", "n1"]], [],
        "typo 'sannolkit' hedging skeletal metastases beside a confirmed prostate cancer"),

    C("d119-remiss-fragestallning-tumor-i-colon", "vgr", "1955-09-09", "171", [
        N("n1", M, "Läkaranteckning", "kungalv_kir", "Rasmus Öhman", L, "2024-02-13T11:45", True, OV, [
            ("Aktuellt", "68-årig man med järnbristanemi Hb 92, ferritin 6, och positivt F-Hb x 2. Inga buksmärtor. Viktstabil."),
            ("Åtgärd", "Remiss koloskopi, prio inom 2 v. Frågeställning: tumör i colon som förklaring till anemin? Järntablett insatt."),
        ])],
        [["NL102", "n1"]], [],
        "referral question 'Frågeställning: tumör i colon ...?' written in a visible Åtgärd"),

    C("d119-kontaktssk-trol-hudmetastaser-arret", "skane", "1960-05-05", "482", [
        N("n1", M, "Kontaktsjuksköterskeanteckning", "malmo_brost", "Josefin Mårtensson", S, "2024-05-29T14:10", True, OV, [
            ("Aktuellt", "Pat kom in efter att ha ringt om rodnad och knottrig hud över mastektomiärret sedan 2 v. Ingen feber."),
            ("Bedömning", "Dr Persson tittade på huden tillsammans med mig: trol. hudmetastaser, ingen infektionsbild."),
            ("Åtgärd", "Stansbiopsi x 2 tagen av dr Persson. Jag ringer pat när PAD kommit, beräknat nästa vecka."),
        ])],
        [["NL102", "n1"]], [],
        "contact nurse documents the doctor's hedge 'trol. hudmetastaser' in a visible section"),

    C("d119-typo-differentialdiangnoser-sarkoidos-lymfom", "vgr", "1984-03-21", "268", [
        N("n1", M, "Läkaranteckning", "su_lung", "Nils Berglund", L, "2024-04-23T09:35", True, OV, [
            ("Utredning", "DT thorax: bilaterala, symmetriskt förstorade hiluskörtlar och paratrakeala körtlar, parenkymet ua. ACE 48."),
            ("Bedömning", "Differentialdiangnoser: sarkoidos, lymfom. Inga B-symtom."),
            ("Planering", "EBUS med TBNA, flödescytometri på materialet."),
        ])],
        [["NL102", "n1"]], [],
        "differential diagnosis list with typo 'Differentialdiangnoser'"),

    C("d119-multinote-th-mall-sen-vanlig-not-glider", "skane", "1957-08-16", "360", [
        N("n1", M, "Tidiga hypoteser", "lund_onk", "Gustav Hallberg", L, "2024-07-09T10:00", True, OV, [
            ("Bedömning", "Lungmetastaser? Tre små noduli, 3–5 mm, på DT thorax hos pat som behandlats för melanom, för små för att karakteriseras."),
        ]),
        N("n2", M, "Läkaranteckning", "lund_onk", "Gustav Hallberg", L, "2024-07-09T10:20", True, OV, [
            ("Aktuellt", "Årskontroll efter melanom stadium IIB. Mår bra, inga nya hudförändringar."),
            ("Planering", "Ny DT thorax om 3 mån för att följa de små lunghärdarna, möjliga metastaser."),
        ])],
        [["NL102", "n2"]], [["NL102", "n1"]],
        "same hypothesis protected in a Skåne Tidiga hypoteser note (n1) but leaks hedged into the ordinary note (n2)"),

    C("d119-utkast-trolig-lokalt-avancerad-prostatacancer", "vgr", "1949-11-11", "273", [
        N("n1", M, "Läkaranteckning", "su_uro", "Daniel Sjöstrand", L, "2024-10-22T16:40", None, OV, [
            ("Utredning", "MR prostata: PI-RADS 5-lesion 14 mm i vä perifera zonen med kapselbuktning och kontakt med vä vesikel."),
            ("Bedömning", "Trolig lokalt avancerad prostatacancer. Riktade och systematiska biopsier bokas, PSMA-PET efter PAD."),
        ])],
        [["NL102", "n1"]], [],
        "unsigned draft (pre-signing): 'Trolig lokalt avancerad prostatacancer'"),

    C("d119-typo-trolgit-lymfom-remiss-hematologen", "skane", "1972-06-02", "199", [
        N("n1", M, "Läkaranteckning", "trbg_med", "Ahmed Karimi", L, "2024-11-12T15:30", True, OV, [
            ("Aktuellt", "Utredd för feber och trötthet. DT visar splenomegali 17 cm och generell lymfadenopati, största körtel 4 cm i vä axill."),
            ("Bedömning", "Trolgit lymfom. Remiss till hematologen i Lund enl SVF lymfom skickad idag."),
        ])],
        [["NL102", "n1"]], [],
        "typo 'Trolgit' (troligt) lymfom in a medicine clinic note"),

    C("d119-oklart-om-binjureforandring-metastas", "vgr", "1954-02-28", "404", [
        N("n1", M, "Mottagningsanteckning", "sas_onk", "Maria Jonsson", L, "2024-12-03T10:30", True, OV, [
            ("Aktuellt", "Melanom stadium IIIB, adjuvant nivolumab avslutat för 4 mån sedan. Rutin-DT visar en ny 22 mm förändring i hö binjure."),
            ("Bedömning", "Oklart om förändringen i binjuren är en metastas eller ett incidentalom; attenueringen 18 HU är inte diagnostisk."),
            ("Planering", "PET-DT och binjurehormoner (metoxikatekolaminer, dexametasonhämning)."),
        ])],
        [["NL102", "n1"]], [],
        "'Oklart om ... är en metastas' as the hedge"),

    C("d119-malignitetsmisstanke-kvarstaende-halskortel", "skane", "1990-10-10", "337", [
        N("n1", M, "Läkaranteckning", "lund_hem", "Ingrid Claesson", L, "2024-05-14T08:50", True, OV, [
            ("Aktuellt", "33-årig man med 2,5 cm körtel hö hals sedan 8 v, ingen regress efter penicillin. Inga B-symtom. Remitterad från ÖNH."),
            ("Bedömning", "Kvarstående körtel med malignitetsmisstanke, lymfom huvudalternativ. Inkluderad i SVF lymfom."),
            ("Planering", "Exstirpation via ÖNH. Lab inkl LD, SR, elfores."),
        ])],
        [["NL102", "n1"]], [],
        "compound hedge 'malignitetsmisstanke' and 'lymfom huvudalternativ'"),

    # =================================================================
    # NL102 negatives
    # =================================================================
    C("d119-pet-inget-som-talar-for-fjarrmetastaser", "skane", "1958-01-13", "217", [
        N("n1", M, "Läkaranteckning", "lund_onk", "Gustav Hallberg", L, "2024-02-08T14:20", True, OV, [
            ("Diagnos", "Rektalcancer 9 cm ab ano, cT3cN1M0, verifierad med PAD 15/1."),
            ("Utredning", "PET-DT: inget som talar för fjärrmetastasering. Inga patologiska lgll utanför mesorektum."),
            ("Planering", "Kortidsstrålning 5 x 5 Gy start v. 8, därefter TME-kirurgi i Malmö."),
        ])],
        [], [["NL102", "n1"]],
        "negated 'inget som talar för fjärrmetastasering' beside a verified rectal cancer"),

    C("d119-lymfom-uteslutet-reaktiv-lymfadenit", "vgr", "1995-04-19", "120", [
        N("n1", M, "Läkaranteckning", "su_hem", "Mikael Sandberg", L, "2024-03-12T09:45", True, OV, [
            ("Bedömning", "PAD från exstirperad halskörtel: reaktiv lymfadenit med follikulär hyperplasi, lymfom uteslutet. Avslutar SVF-utredningen."),
            ("Åtgärd", "Pat informerad per telefon idag och är lättad. Ingen uppföljning hos oss."),
        ])],
        [], [["NL102", "n1"], ["NL101", "n1"]],
        "lymphoma ruled out ('lymfom uteslutet') after biopsy; patient told"),

    C("d119-ul-talar-emot-malignitet-fibroadenom", "skane", "1988-12-01", "586", [
        N("n1", M, "Mottagningsanteckning", "malmo_brost", "Karl Nyström", L, "2024-06-18T10:55", True, OV, [
            ("Utredning", "UL: välavgränsad, ovoid, parallellt orienterad förändring 12 mm kl 2 hö bröst, vilket talar emot malignitet. Mellannålsbiopsi: fibroadenom."),
            ("Bedömning", "Benignt trippeltest. Ingen ytterligare kontroll behövs."),
        ])],
        [], [["NL102", "n1"]],
        "'talar emot malignitet' and a confirmed benign diagnosis"),

    C("d119-mor-trolig-ovarialcancer-hereditet", "vgr", "1982-07-07", "046", [
        N("n1", M, "Mottagningsanteckning", "su_onkgen", "Elin Strand", L, "2024-09-17T13:00", True, OV, [
            ("Anamnes", "Mor insjuknade i trolig ovarialcancer vid 52 års ålder, aldrig PAD-verifierad. Morbror behandlad för bröstcancer. Pat själv frisk, inga symtom."),
            ("Bedömning", "Familjehistorien uppfyller kriterier för genetisk utredning."),
            ("Planering", "Blodprov för BRCA1/2 och panel tas efter genomgånget samtal. Svar via brev och telefon om 6–8 v."),
        ])],
        [], [["NL102", "n1"]],
        "hedged cancer belongs to the mother (family history), the patient is healthy"),

    C("d119-ev-venport-trolig-taxanstart", "skane", "1975-03-03", "264", [
        N("n1", M, "Omvårdnadsanteckning", "ksd_onk", "Therese Blom", S, "2024-01-16T15:20", True, OV, [
            ("Aktuellt", "Pat med HER2-negativ bröstcancer vä, start av neoadjuvant EC-kur 1 i morgon. Genomgått information om antiemetika och munvård."),
            ("Planering", "Ev. subkutan venport inför taxanfasen, diskuteras vid nästa besök. Trolig start av paklitaxel v. 11. Peruk-rekvisition utlämnad."),
        ])],
        [], [["NL102", "n1"]],
        "hedges only on plans (ev. venport, trolig start av paklitaxel); the cancer is confirmed"),

    C("d119-trolig-hemgang-i-morgon", "vgr", "1947-05-30", "115", [
        N("n1", M, "Omvårdnadsanteckning", "su_onkavd", "Mona Karlsson", S, "2024-02-27T21:10", None, SV, [
            ("Omvårdnad", "Temp 38,4 i går kväll, blododlingar tagna, afebril sedan kl 04. Äter halva portioner, mobiliserar själv till toaletten."),
            ("Planering", "Trolig hemgång i morgon om fortsatt afebril, ev. med hemsjukvård för injektioner."),
        ])],
        [], [["NL102", "n1"]],
        "'Trolig hemgång' and 'ev. hemsjukvård' are plans, not diagnoses; unsigned nursing note"),

    C("d119-villkor-om-feber-kan-rora-sig-om-infektion", "skane", "1966-08-28", "348", [
        N("n1", M, "Telefonanteckning", "hbg_onk", "Linnea Håkansson", S, "2024-04-03T10:50", True, OV, [
            ("Telefonkontakt", "Ringt pat dag 8 efter FEC-kur 2. Mår bättre, äter och dricker. Påmint om att hon vid temp 38,0 eller mer ska ringa avdelningen direkt, dygnet runt, eftersom det då kan röra sig om en infektion med lågt immunförsvar."),
        ])],
        [], [["NL102", "n1"]],
        "'kan röra sig om en infektion' only inside a conditional fever instruction"),

    C("d119-pmo-misstankt-coloncancer-svf-remiss", "skane", "1953-06-06", "413", [
        N("n1", P, "Besöksanteckning", "vc_kirseberg", "Fredrik Holmqvist", L, "2024-03-21T11:10", True, OV, [
            ("Aktuellt", "Trötthet och ändrade avföringsvanor sedan 2 mån, ingen synlig blödning."),
            ("Bedömning", "Hb 98, ferritin 5. F-Hb positivt x 2. Misstänkt coloncancer."),
            ("Åtgärd", "Remiss enl SVF tjock- och ändtarmscancer till kirurgen SUS Malmö. Järn per os."),
        ])],
        [], [["NL102", "n1"]],
        "PMO (vårdcentral): diagnoses are never shown, so a suspected colon cancer does not fire"),

    C("d119-pmo-sannolikt-prostatacancer", "skane", "1950-09-12", "259", [
        N("n1", P, "Besöksanteckning", "vc_hoor", "Maja Åberg", L, "2024-05-08T08:40", True, OV, [
            ("Status", "PR: hård, oregelbunden prostata med förlust av mittfåran."),
            ("Bedömning", "PSA 22. Sannolikt prostatacancer, remitteras urologen Malmö enligt SVF."),
        ])],
        [], [["NL102", "n1"]],
        "PMO note with 'Sannolikt prostatacancer' is not a visible-hypothesis finding"),

    C("d119-pmo-dermatoskopi-misstankt-melanom", "skane", "1985-02-22", "146", [
        N("n1", P, "Besöksanteckning", "vc_simrishamn", "Hugo Lindqvist", L, "2024-07-23T14:35", True, OV, [
            ("Status", "Vä skuldra: 9 mm asymmetrisk pigmentering, dermatoskopiskt oregelbundet pigmentnätverk och negativt nätverk."),
            ("Bedömning", "Misstänkt malignt melanom. Remiss hudkliniken Lund enl SVF hudmelanom, fotodokumentation bifogad."),
        ])],
        [], [["NL102", "n1"]],
        "PMO primary care melanoma suspicion: no NL102"),

    C("d119-skane-th-mall-misstankt-smacellig-siadh", "skane", "1956-04-17", "242", [
        N("n1", M, "Tidiga hypoteser", "lund_lung", "Henrik Ståhl", L, "2024-06-04T16:25", True, OV, [
            ("Bedömning", "Centralt växande tumör vä hilus och S-Na 121 med låg osmolalitet i serum. Misstänkt småcellig lungcancer med paramalign SIADH. Ej verifierat, avvaktar bronkoskopi på fredag."),
        ])],
        [], [["NL102", "n1"]],
        "Skåne: hedged diagnosis written in the Tidiga hypoteser template is protected"),

    C("d119-vgr-th-sokord-misstankt-progress-lever", "vgr", "1961-11-23", "395", [
        N("n1", M, "Mottagningsanteckning", "su_jub", "Cecilia Brandt", L, "2024-03-28T09:20", True, OV, [
            ("Aktuellt", "Kommer för kur 4 FOLFOX pga metastaserad koloncancer. Mår hyggligt, lätta stickningar i fingertopparna vid kyla."),
            ("Tidiga hypoteser", "ALAT och CEA stigande sedan kur 2, misstänkt progress i levern. Avvaktar utvärderings-DT innan detta tas upp med pat."),
            ("Planering", "Kur 4 ges enligt plan med oförändrad dos. Utvärderings-DT thorax-buk v. 16."),
        ])],
        [], [["NL102", "n1"], ["NL101", "n1"]],
        "VGR: suspicion and its not-yet-told remark sit only under sökord Tidiga hypoteser; visible parts hold confirmed facts"),

    C("d119-pad-bekraftad-luminal-b-brostcancer", "vgr", "1971-01-09", "308", [
        N("n1", M, "Läkaranteckning", "su_brost", "Karin Wallgren", L, "2024-02-14T14:45", True, OV, [
            ("Utredning", "PAD mellannål vä bröst: invasiv cancer av ingen speciell typ (NST), NHG 2, ER 90 %, PR 40 %, HER2 negativ (IHC 1+), Ki67 28 %."),
            ("Bedömning", "Vä bröstcancer cT2N0, luminal B-lik. Rekommendation från bröstkonferensen: primär operation med sektorresektion och sentinel node."),
            ("Information", "Beskedet lämnat idag, kontaktssk Helena närvarande. Pat tog emot det lugnt, maken med."),
        ])],
        [], [["NL102", "n1"], ["NL101", "n1"]],
        "confirmed breast cancer (PAD) told today; '-lik' subtype wording is no hedge on the diagnosis"),

    C("d119-typo-ingen-misstanke-om-recidv", "skane", "1952-05-15", "226", [
        N("n1", M, "Läkaranteckning", "ystad_kir", "Oskar Lindahl", L, "2024-10-08T10:10", True, OV, [
            ("Aktuellt", "5-årskontroll efter hö hemikolektomi för coloncancer stadium II. Inga besvär, normal vikt."),
            ("Bedömning", "DT thorax-buk utan anmärkning, CEA 2. Ingen misstanke om recidv."),
            ("Planering", "Avslutas från kirurgisk uppföljning. Fortsatt screening via koloskopi om 5 år."),
        ])],
        [], [["NL102", "n1"]],
        "negated 'Ingen misstanke om recidv' (typo in recidiv) at the 5-year check"),

    C("d119-typo-ingen-missanke-melanom-dysplastiska-nevi", "vgr", "1976-08-24", "279", [
        N("n1", M, "Läkaranteckning", "nu_hud", "Karin Söderlund", L, "2024-05-15T13:40", True, OV, [
            ("Status", "Helkroppsundersökning med dermatoskop, ca 120 nevi varav flera kliniskt dysplastiska. Fotodokumentation med Fotofinder jämfört med 2023."),
            ("Bedömning", "Ingen missanke om melanom idag, samtliga nevi dermatoskopiskt benigna och oförändrade."),
            ("Planering", "Ny kontroll om ett år. Solskyddsråd givna."),
        ])],
        [], [["NL102", "n1"]],
        "negation with typo 'Ingen missanke om melanom'"),

    C("d119-hedge-pa-foljsamhet-antiemetika", "skane", "1967-12-06", "380", [
        N("n1", M, "Telefonanteckning", "lund_onk", "Elsa Nordin", S, "2024-08-27T11:05", True, OV, [
            ("Telefonkontakt", "Pat med bröstcancer under adjuvant EC ringer om illamående dag 2–4 efter kur. Har troligen tagit ondansetron för sällan, bara vid behov. Instruerad om fast dosering de första tre dygnen och att äta små mål."),
        ])],
        [], [["NL102", "n1"]],
        "'troligen' hedges how the patient took her antiemetic, not a diagnosis"),

    C("d119-bror-prostatacancer-far-misstanks", "vgr", "1966-01-19", "113", [
        N("n1", M, "Läkaranteckning", "nu_uro", "Per-Olof Lindh", L, "2024-11-26T09:00", True, OV, [
            ("Anamnes", "Bror fick diagnosen prostatacancer förra året, 59 år gammal. Fadern misstänks ha haft det också men utreddes aldrig. Önskar PSA-kontroll."),
            ("Bedömning", "Inga vattenkastningsbesvär. PSA 1,1, prostata liten, mjuk och slät vid palpation."),
            ("Planering", "Ny PSA om 2 år. Uppmanad att höra av sig vid nytillkomna symtom."),
        ])],
        [], [["NL102", "n1"]],
        "suspected prostate cancer belongs to the father; patient's own work-up is normal"),

    C("d119-misstanken-om-lungcancer-avskrivs", "skane", "1960-07-31", "435", [
        N("n1", M, "Läkaranteckning", "lund_lung", "Karin Bäck", L, "2024-09-24T10:30", True, OV, [
            ("Utredning", "Kontroll-DT 6 v efter antibiotikakur: förändringen i vä underlob har gått i full regress, inga kvarvarande lgll."),
            ("Bedömning", "Misstanken om lungcancer avskrivs. Pat avslutas från SVF och informerades om detta vid besöket."),
        ])],
        [], [["NL102", "n1"], ["NL101", "n1"]],
        "'Misstanken ... avskrivs': a suspicion that is dropped is no hypothesis"),

    C("d119-lang-uppfoljning-stationar-inga-tecken-pa-progress", "vgr", "1955-02-11", "197", [
        N("n1", M, "Mottagningsanteckning", "skas_onk", "Tobias Wahlberg", L, "2024-06-20T10:40", True, OV, [
            ("Diagnos", "Icke-småcellig lungcancer, adenocarcinom vä överlob, stadium IVA (pleuravätska) sedan okt 2023. PD-L1 80 %, inga behandlingsbara mutationer."),
            ("Aktuellt", "Pembrolizumab monoterapi var 6:e vecka sedan nov, nu inför dos 6. Mår bra, promenerar 3 km dagligen. Lätt klåda på underarmarna som lindras av mjukgörande. Ingen diarré, ingen hosta utöver morgonslem. Aptiten god, vikt stabil 77 kg."),
            ("Status", "AT: gott. ECOG 0. Cor: RR, 72/min, inga blåsljud. Pulm: något nedsatt andningsljud vä bas, oförändrat. Hud: torr, inga utslag. Buk: mjuk, oöm. Lgll: inga palpabla i fossae supraclaviculares."),
            ("Lab", "Hb 131, LPK 6,2, krea 88, ALAT 0,4, TSH 2,1, T4 fritt 15, kortisol morgon 412."),
            ("Utredning", "DT thorax-buk 14/6 jämfört med mars: stationär primärtumör 24 mm, pleuravätskan i regress. Inga tecken på progress, inga nya förändringar i lever, skelett eller binjurar."),
            ("Bedömning", "Fortsatt stabil sjukdom under immunterapi utan betydande biverkningar. Ingen misstanke om immunrelaterad tyreoidit eller hypofysit, hormonproverna normala."),
            ("Planering", "Dos 6 pembrolizumab ges idag. Ny DT om 3 mån. Återbesök läkare i september, ssk-kontakt inför varje dos. Pat vet hur han når oss vid feber, diarré eller andfåddhet."),
        ])],
        [], [["NL102", "n1"]],
        "long oncology follow-up: only negated suspicions (inga tecken på, ingen misstanke om) beside a confirmed diagnosis"),

    C("d119-epikris-verifierat-dlbcl-tls-uteslots", "skane", "1964-10-25", "502", [
        N("n1", M, "Epikris", "lund_hemavd", "Viktor Engström", L, "2024-02-29T12:00", True, SV, [
            ("Epikris", "Diffust storcelligt B-cellslymfom stadium IIIB, verifierat med körtelbiopsi 2/2. Inlagd för första R-CHOP-kuren pga hög tumörbörda. Tumörlyssyndrom uteslöts, urat och kalium normala under vårdtiden. Kur 1 given 26/2 utan komplikationer."),
            ("Planering", "Hemgång med allopurinol och Bactrim profylax. Kur 2 polikliniskt 18/3. Pat och make informerade om febertermometer och när de ska ringa."),
        ])],
        [], [["NL102", "n1"]],
        "confirmed lymphoma plus 'Tumörlyssyndrom uteslöts' in a discharge summary"),

    C("d119-pad-benign-naevus-svar-meddelat", "vgr", "1993-11-15", "224", [
        N("n1", M, "Telefonanteckning", "sas_hud", "Ida Pettersson", S, "2024-10-30T13:25", True, OV, [
            ("Telefonkontakt", "Meddelat pat PAD-svaret från excisionen på vä lår enligt dr Gran: compound naevus utan atypi, inget melanom. Ingen ytterligare åtgärd, stygnen tas på VC."),
        ])],
        [], [["NL102", "n1"], ["NL101", "n1"]],
        "benign PAD ('inget melanom') told by phone"),

    C("d119-oklart-om-pat-vill-delta-i-studie", "skane", "1969-04-02", "135", [
        N("n1", M, "Läkaranteckning", "lund_onk", "Nora Falk", L, "2024-03-07T15:00", None, OV, [
            ("Diagnos", "Malignt melanom stadium IIIB, utvidgad excision och SN-biopsi gjord i januari."),
            ("Bedömning", "Erbjuden adjuvant nivolumab enligt vårdprogram. Även erbjuden inklusion i en öppen randomiserad studie. Oklart om pat vill delta i studien, han vill prata med familjen först."),
            ("Planering", "Ssk ringer på måndag för besked. Start av behandling inom 3 v oavsett."),
        ])],
        [], [["NL102", "n1"]],
        "'Oklart om' concerns the patient's wish to join a trial, not a diagnosis; unsigned"),

    C("d119-fragestallning-stadieindelning-verifierad", "vgr", "1948-09-09", "482", [
        N("n1", M, "Läkaranteckning", "skas_kir", "Jenny Falk", L, "2024-01-18T11:25", True, OV, [
            ("Åtgärd", "Remiss DT thorax-buk. Frågeställning: stadieindelning inför operation av PAD-verifierad coloncancer i caekum. Ssk bokar tid för preoperativ bedömning."),
        ])],
        [], [["NL102", "n1"]],
        "'Frågeställning' asks for staging of a verified cancer, no hedged diagnosis"),

    C("d119-villkor-lymfodem-information", "skane", "1978-05-20", "064", [
        N("n1", M, "Fysioterapeutanteckning", "malmo_brost", "Tove Axelsson", "fysioterapeut", "2024-11-19T10:15", True, SV, [
            ("Aktuellt", "Dag 1 efter mastektomi och axillutrymning hö. Rörlighet i axeln: flexion 90°, abduktion 80°."),
            ("Åtgärd", "Gått igenom axelprogrammet. Informerad om att armen kan svullna månader efter operationen och att hon då ska kontakta lymfterapeut, ingen remiss behövs."),
        ])],
        [], [["NL102", "n1"]],
        "physiotherapist's conditional advice about possible arm swelling, no diagnosis of the patient"),

    C("d119-barn-ingen-misstanke-om-lymfom", "vgr", "2015-06-30", "319", [
        N("n1", M, "Läkaranteckning", "dsbus", "Malin Roos", L, "2024-04-25T14:20", True, OV, [
            ("Aktuellt", "8-årig pojke remitterad för knöl på halsen sedan 3 v. Fick penicillin för tonsillit, knölen har minskat."),
            ("Status", "1,2 cm mjuk, lättrörlig körtel vä käkvinkel. Inga andra förstorade körtlar, lever och mjälte ej palpabla."),
            ("Bedömning", "Reaktiv körtel i regress. Ingen misstanke om lymfom eller annan malignitet. Föräldrarna lugnade."),
            ("Planering", "Åter vid behov, vid ny tillväxt kontakt med skolsköterska eller VC."),
        ])],
        [], [["NL102", "n1"]],
        "child under 13: lymphoma explicitly not suspected"),

    C("d119-dt-forenligt-med-normala-postop-forhallanden", "vgr", "1959-12-17", "251", [
        N("n1", M, "Läkaranteckning", "su_kolorektal", "Axel Hedlund", L, "2024-08-15T13:00", True, SV, [
            ("Aktuellt", "Pat opererad med låg främre resektion för rektalcancer 5/8, avlastande loopileostomi. Lätt ömhet i buken, ingen feber."),
            ("Utredning", "DT buk: små mängder vätska och luft i lilla bäckenet, förenligt med normala postoperativa förhållanden, ingen abscess och inget anastomosläckage."),
            ("Planering", "Ingen åtgärd. Kontrastlavemang inför nedläggning av stomin om 8 v."),
        ])],
        [], [["NL102", "n1"]],
        "'förenligt med' points to normal postoperative findings; abscess and leak are negated"),

    C("d119-mr-binjure-adenom-ej-metastas", "skane", "1957-03-11", "373", [
        N("n1", M, "Läkaranteckning", "lund_lung", "Karin Bäck", L, "2024-12-10T09:30", True, OV, [
            ("Diagnos", "Adenocarcinom hö underlob, stadium IB. Lobektomi planerad."),
            ("Utredning", "MR binjurar med chemical shift: 19 mm vä binjureförändring med tydlig signalförlust, typiskt lipidrikt adenom, ej metastas."),
            ("Bedömning", "Stadium kvarstår IB, binjuren påverkar inte operationsplanen."),
        ])],
        [], [["NL102", "n1"]],
        "adrenal lesion settled as adenoma, 'ej metastas'"),

    C("d119-tidigare-misstankt-nu-verifierad-egfr", "vgr", "1962-02-05", "422", [
        N("n1", M, "Läkaranteckning", "nu_lung", "Erik Thunberg", L, "2024-06-25T10:00", True, OV, [
            ("Bedömning", "Den tidigare misstänkta lungcancern är nu verifierad: adenocarcinom vä överlob med EGFR-mutation (exon 19-deletion). Stadium IVB med skelettmetastaser."),
            ("Planering", "Osimertinib 80 mg x 1 startas efter läkarbesök 1/7. Denosumab. Remiss strålbehandling mot smärtsam kota Th10."),
        ])],
        [], [["NL102", "n1"]],
        "'tidigare misstänkta ... nu verifierad': the diagnosis is confirmed"),

    C("d119-typo-inga-hallpunkter-for-metatsaser", "skane", "1974-07-14", "106", [
        N("n1", M, "Läkaranteckning", "ksd_kir", "Hampus Wikström", L, "2024-05-02T14:50", True, OV, [
            ("Utredning", "DT thorax-buk inför operation av coloncancer i transversum: inga hållpunkter för metatsaser i lever eller lungor."),
            ("Planering", "Laparoskopisk transversumresektion planeras v. 21."),
        ])],
        [], [["NL102", "n1"]],
        "negated 'inga hållpunkter för metatsaser' (typo) before surgery"),

    C("d119-pmo-telefon-trol-progress-skelett", "skane", "1939-01-19", "155", [
        N("n1", P, "Telefonkontakt", "vc_eslov", "Birgitta Olsson", S, "2024-07-16T13:20", True, OV, [
            ("Telefonkontakt", "Hustrun ringer, pat med känd metastaserad prostatacancer har fått tilltagande smärta i vä höft och ländrygg trots Oxycontin 20 mg x 2. Trol. progress av skelettmetastaserna. Kontakt tagen med ASIH Lund för inskrivning, pat och hustru önskar vård hemma."),
        ])],
        [], [["NL102", "n1"]],
        "PMO telephone note with 'Trol. progress': PMO never shows diagnoses"),

    # =================================================================
    # NL101 positives: diagnosis visible while patient not (yet) told
    # =================================================================
    C("d119-pad-rektalcancer-ej-informerad-besok-tisdag", "skane", "1963-06-21", "211", [
        N("n1", M, "Läkaranteckning", "malmo_kolorektal", "Peter Gustafsson", L, "2024-04-04T16:10", True, OV, [
            ("Aktuellt", "PAD från rektoskopin 28/3 har kommit: adenocarcinom, måttligt differentierat, MMR-proficient."),
            ("Bedömning", "Rektalcancer ca 7 cm ab ano. Pat ej informerad ännu, besked ges på mottagningsbesök tisdag 9/4 med kontaktssk."),
            ("Planering", "MR bäcken och DT thorax-buk beställda så att svaren finns till MDK 17/4."),
        ])],
        [["NL101", "n1"]], [["NL102", "n1"]],
        "verified rectal cancer in visible Bedömning with 'Pat ej informerad ännu'"),

    C("d119-levermetastaser-pat-vet-ej-informeras-fredag", "vgr", "1957-09-24", "062", [
        N("n1", M, "Läkaranteckning", "su_jub", "Johanna Berg", L, "2024-05-22T17:05", True, OV, [
            ("Diagnos", "Koloncancer vä flexur, opererad 2022, pT4aN2a. Adjuvant CAPOX x 8 avslutad mars 2023."),
            ("Aktuellt", "Obehag under hö arcus sedan april, aptiten sämre och vikten ned 3 kg. CEA steg till 56 och DT beställdes av kontaktssk efter kontakt med mig."),
            ("Utredning", "DT thorax-buk 20/5: multipla nytillkomna levermetastaser i båda loberna, största 4 cm i segment 8. Lungorna fria. Ingen ascites."),
            ("Bedömning", "Metastaserad koloncancer, ej resektabel leversjukdom i nuläget. RAS- och BRAF-analys på primärtumören beställs från patologen."),
            ("Information", "Pat vet ännu inte om DT-fynden. Jag informerar henne vid besöket på fredag när maken kan vara med, kontaktssk Lotta deltar."),
            ("Planering", "MDK lever 29/5 angående möjlig konvertering. 1:a linjen FOLFOXIRI med eller utan EGFR-hämmare beroende på RAS."),
        ])],
        [["NL101", "n1"]], [],
        "long oncology note: new liver metastases while 'Pat vet ännu inte om DT-fynden'"),

    C("d119-kontaktssk-pat-ringer-om-biopsisvar-lobular", "skane", "1970-02-02", "440", [
        N("n1", M, "Telefonanteckning", "malmo_brost", "Josefin Mårtensson", S, "2024-05-13T10:05", True, OV, [
            ("Telefonkontakt", "Pat ringer och undrar om biopsisvaret kommit. PAD visar invasiv lobulär cancer, men pat har ännu inte fått beskedet – det lämnas av kirurgen vid besöket 16/5. Sagt att svaret gås igenom då och att hon gärna får ta med en närstående. Pat förstod, lät orolig. Erbjuden att ringa igen om hon vill prata innan dess."),
        ])],
        [["NL101", "n1"]], [],
        "patient waiting for the biopsy answer: contact nurse writes the cancer diagnosis and that it is not yet told"),

    C("d119-dotter-ringer-skelettscint-pat-ej-informerad", "vgr", "1943-12-20", "399", [
        N("n1", M, "Telefonanteckning", "sas_onk", "Anneli Svensson", S, "2024-09-04T14:40", True, OV, [
            ("Telefonkontakt", "Dotter ringer och undrar om pappa fått svar på skelettscintigrafin. Scint visar utbredda skelettmetastaser. Pat själv ännu ej informerad, kan därför inte lämna några uppgifter till dottern. Lovat be dr Ek ringa pat i morgon förmiddag."),
        ])],
        [["NL101", "n1"]], [],
        "relative asks; note states the skeletal metastases and that the patient himself is not informed"),

    C("d119-pat-vill-ej-veta-utbredning-ej-berattat", "skane", "1940-08-08", "126", [
        N("n1", M, "Läkaranteckning", "lund_onk", "Nora Falk", L, "2024-10-17T11:30", True, OV, [
            ("Aktuellt", "Bröstcancer vä 2018, nu på 2:a linjens endokrina behandling. Kommer med dottern för utvärdering."),
            ("Utredning", "DT 10/10 jämfört med juni: nytillkomna levermetastaser och ökning av lungmetastaserna."),
            ("Bedömning", "Progress. Pat har vid flera samtal tydligt sagt att hon inte vill få veta detaljer om sjukdomens utbredning, bara vilken behandling vi föreslår. Hon har därför inte informerats om levermetastaserna. Dottern, som är hennes kontaktperson, känner till fynden."),
            ("Planering", "Byte till kapecitabin, vilket pat accepterar. Ssk-kontakt om 2 v."),
        ])],
        [["NL101", "n1"]], [],
        "patient who does not want to know: liver metastases visible, patient deliberately not informed"),

    C("d119-mdk-lunga-besked-ej-lamnat", "vgr", "1954-04-14", "315", [
        N("n1", M, "MDK-anteckning", "su_lung", "Björn Åkesson", L, "2024-03-14T15:40", True, OV, [
            ("MDK", "Thoraxkonferens 14/3. Lungmedicin, thoraxkirurgi, onkologi, radiologi och patologi närvarande."),
            ("Konklusion", "Skivepitelcancer hö överlob, cT4N2M0, stadium IIIB. Ej operabel. Rekommendation: konkomitant kemoradioterapi följt av durvalumab."),
            ("Information", "Besked om diagnos och rekommendation är inte lämnat till pat, sker vid läkarbesök 19/3."),
        ])],
        [["NL101", "n1"]], [],
        "MDT conclusion with stage IIIB cancer; 'Besked om diagnos ... inte lämnat till pat'"),

    C("d119-typo-pat-ej-infomerad-gleason7", "skane", "1955-11-30", "233", [
        N("n1", M, "Läkaranteckning", "malmo_uro", "Lars Öberg", L, "2024-02-22T12:15", True, OV, [
            ("Utredning", "Biopsisvar: acinärt adenocarcinom i prostata, Gleason 3+4=7 (ISUP 2) i 4 av 12 biopsier, max 6 mm tumörlängd."),
            ("Planering", "Pat ännu ej infomerad. Kallas till läkarbesök med kontaktssk nästa vecka, MDK prostata dessförinnan."),
        ])],
        [["NL101", "n1"]], [],
        "typo 'ej infomerad' after a positive prostate biopsy"),

    C("d119-far-ej-besked-fore-mdk", "vgr", "1951-07-19", "368", [
        N("n1", M, "Läkaranteckning", "skas_kir", "Jenny Falk", L, "2024-08-26T13:55", True, OV, [
            ("Utredning", "PAD från koloskopin 19/8: adenocarcinom i colon transversum."),
            ("Bedömning", "Beskedet ska inte lämnas till pat före MDK på onsdag, eftersom vi vill presentera en samlad plan samtidigt. Kontaktssk underrättad om upplägget."),
            ("Planering", "DT thorax-buk gjord, svar till MDK. Tid hos mig torsdag 29/8."),
        ])],
        [["NL101", "n1"]], [],
        "'must not be told yet' form: 'Beskedet ska inte lämnas till pat före MDK'"),

    C("d119-melanom-pt2a-inte-fatt-svaret", "vgr", "1981-03-15", "137", [
        N("n1", M, "Läkaranteckning", "nu_hud", "Karin Söderlund", L, "2024-05-27T15:10", None, OV, [
            ("Utredning", "PAD diagnostisk excision rygg: malignt melanom, superficiellt spridande typ, Breslow 1,4 mm, ej ulcererat, pT2a. Radikalt med snäv marginal."),
            ("Planering", "Pat har inte fått svaret ännu. Besked vid återbesöket 3/6, då utvidgad excision 1 cm och sentinel node-biopsi planeras via plastikkirurgen."),
        ])],
        [["NL101", "n1"]], [],
        "unsigned draft: melanoma PAD written before the patient has the answer"),

    C("d119-benmarg-mantelcellslymfom-stadium-ej-meddelat", "skane", "1949-06-06", "415", [
        N("n1", M, "Läkaranteckning", "lund_hem", "Viktor Engström", L, "2024-07-03T09:20", True, OV, [
            ("Utredning", "Benmärgsbiopsi 27/6: engagemang av mantelcellslymfom, ca 30 % av cellulariteten, TP53 ej muterad."),
            ("Bedömning", "Pat informerad om lymfomdiagnosen 20/6. Märgengagemanget, dvs stadium IV, har ännu inte meddelats pat, som är på semester till 12/7 och inte nåtts per telefon. Tid bokad 15/7."),
        ])],
        [["NL101", "n1"]], [],
        "diagnosis told earlier but a new finding (marrow involvement, stage IV) is visible and not yet told"),

    C("d119-hjarnmetastaser-pat-ovetande-slutenvard", "vgr", "1958-06-09", "144", [
        N("n1", M, "Daganteckning", "skas_avd", "Mattias Öst", L, "2024-11-21T14:30", True, SV, [
            ("Aktuellt", "Inlagd för yrsel och ostadighet, känd lungcancer under kemoterapi."),
            ("Utredning", "DT hjärna med kontrast: tre metastaser i cerebellum, största 18 mm, med lätt ödem."),
            ("Bedömning", "Pat är ovetande om DT-svaret; ansvarig onkolog informerar vid ronden i morgon tillsammans med sjuksköterska. Betapred 8 mg x 1 startad, pat har fått veta att det är mot yrseln."),
            ("Planering", "Remiss strålbehandling, stereotaktisk behandling diskuteras. Bilkörning avrådd."),
        ])],
        [["NL101", "n1"]], [],
        "inpatient: brain metastases documented, 'Pat är ovetande om DT-svaret'"),

    C("d119-utkast-pleurakarcinos-verifierad-ej-besked", "skane", "1950-10-29", "117", [
        N("n1", M, "Läkaranteckning", "ksd_onkavd", "Malin Ek", L, "2024-01-30T13:10", None, SV, [
            ("Utredning", "Cytologi från pleuratappningen 26/1: maligna celler, adenocarcinom med TTF-1-positivitet. Pleurakarcinos därmed verifierad."),
            ("Bedömning", "Lungcancer stadium IVA. Pat har inte fått besked, dr Malm pratar med honom vid eftermiddagsronden tillsammans med hustrun."),
        ])],
        [["NL101", "n1"]], [["NL102", "n1"]],
        "unsigned ward note: verified pleural carcinomatosis, 'Pat har inte fått besked'"),

    C("d119-hustru-ber-att-pat-inte-far-veta", "vgr", "1944-03-03", "297", [
        N("n1", M, "Telefonanteckning", "nu_onk", "Sofia Alm", L, "2024-02-15T10:25", True, OV, [
            ("Telefonkontakt", "Hustrun ringer och ber att vi inte ska berätta för pat att prostatacancern har spridit sig till skelettet, hon är rädd att han ska ge upp. Pat är ännu inte informerad om skelettmetastaserna. Förklarat för hustrun att pat har rätt till information om sin sjukdom och att jag kommer att fråga honom hur mycket han vill veta. Samtal med pat planerat till 20/2."),
        ])],
        [["NL101", "n1"]], [],
        "wife asks that he not be told; note states the metastases and that the patient is not yet informed"),

    C("d119-diagnos-sokord-c50-pat-tror-cysta", "vgr", "1977-10-12", "480", [
        N("n1", M, "Telefonanteckning", "sas_brost", "Emelie Dahl", S, "2024-06-12T09:50", True, OV, [
            ("Diagnos", "C50.4 Malign tumör i övre yttre kvadranten hö bröst."),
            ("Telefonkontakt", "Pat ringer och vill veta nästa steg. Hon har ännu inte fått veta att biopsin visade cancer, hon tror att det var en cysta. Tid hos bröstkirurg i morgon kl 13 bekräftad, uppmuntrad att ta med en närstående."),
        ])],
        [["NL101", "n1"]], [],
        "ICD-coded diagnosis under sökord Diagnos while the patient has not been told"),

    C("d119-typo-lymfomkonferens-ej-inforemrad", "skane", "1998-01-27", "282", [
        N("n1", M, "MDK-anteckning", "lund_hem", "Ingrid Claesson", L, "2024-09-12T15:00", True, OV, [
            ("MDK", "Lymfomkonferens 12/9: Klassiskt Hodgkins lymfom, nodulär skleros, stadium IIA utan riskfaktorer enl GHSG."),
            ("Rekommendation", "ABVD x 2 + ISRT 20 Gy. Fertilitetsbevarande rådgivning före start."),
            ("Information", "Pat ej inforemrad om PAD-svaret ännu, nybesök 16/9."),
        ])],
        [["NL101", "n1"]], [],
        "lymphoma conference note with typo 'ej inforemrad'"),

    C("d119-multinote-fortfarande-ej-informerad-besok-flyttat", "skane", "1947-02-09", "255", [
        N("n1", M, "Läkaranteckning", "lund_lung", "Henrik Ståhl", L, "2024-02-06T15:30", True, OV, [
            ("Utredning", "PAD bronkoskopi: småcellig lungcancer. Pat ej informerad, besök 12/2 med kontaktssk."),
        ]),
        N("n2", M, "Kontaktsjuksköterskeanteckning", "lund_lung", "Maria Sjöholm", S, "2024-02-12T08:15", True, OV, [
            ("Telefonkontakt", "Pat ringer och lämnar återbud, feber och förkyld. Besöket flyttat till 15/2. Han har fortfarande inte fått besked om att bronkoskopin visade småcellig lungcancer, läkaren underrättad om förseningen."),
        ])],
        [["NL101", "n1"], ["NL101", "n2"]], [],
        "two notes, both visible, both name the small-cell cancer and say it is still untold"),

    C("d119-pat-avbojer-scintsvar-ej-informerad", "vgr", "1941-05-25", "359", [
        N("n1", M, "Läkaranteckning", "su_uro", "Daniel Sjöstrand", L, "2024-04-30T11:20", True, OV, [
            ("Aktuellt", "Högrisk prostatacancer, Gleason 4+5. Pat har uttryckligen bett att inte få veta resultatet av skelettscintigrafin, han vill bara att vi startar behandlingen."),
            ("Utredning", "Skelettscint: metastaser i revben, bäcken och L2."),
            ("Bedömning", "Pat är på egen begäran inte informerad om fynden. Respekteras. ADT startas idag."),
        ])],
        [["NL101", "n1"]], [],
        "patient declines the scan result; metastases written visibly with 'inte informerad'"),

    C("d119-misstankt-lungcancer-ej-informerad-om-misstanken", "skane", "1962-09-14", "260", [
        N("n1", M, "Läkaranteckning", "lund_lung", "Karin Bäck", L, "2024-03-01T14:05", True, OV, [
            ("Utredning", "DT thorax: 5 cm tumör hö hilus med kompression av mellanlobsbronken, förstorade mediastinala körtlar."),
            ("Bedömning", "Misstänkt lungcancer. Pat ej informerad om misstanken, vi avvaktar bronkoskopin på tisdag innan vi tar samtalet."),
        ])],
        [["NL101", "n1"], ["NL102", "n1"]], [],
        "suspected lung cancer in a visible section and explicitly not told: both rules"),

    C("d119-vgr-th-plus-synlig-bekraftad-ej-informerad", "vgr", "1960-01-06", "193", [
        N("n1", M, "Läkaranteckning", "su_kolorektal", "Axel Hedlund", L, "2024-10-01T16:00", True, OV, [
            ("Tidiga hypoteser", "Två små lågattenuerande leverförändringar på DT, trolig metastasering, MR lever beställd."),
            ("Bedömning", "PAD bekräftar adenocarcinom i rektum 10 cm ab ano. Pat ännu inte informerad om cancerdiagnosen, besök 4/10."),
        ])],
        [["NL101", "n1"]], [["NL102", "n1"]],
        "VGR: hypothesis correctly under Tidiga hypoteser, but the confirmed, untold cancer is in visible Bedömning"),

    C("d119-ascitescytologi-efter-hemgang-ej-underrattad", "skane", "1953-04-26", "342", [
        N("n1", M, "Läkaranteckning", "lund_onkavd", "Filip Norén", L, "2024-03-04T11:40", True, OV, [
            ("Aktuellt", "Svar på ascitescytologi anlände efter utskrivningen 28/2: adenocarcinomceller, CK20+/CDX2+, dvs kolorektalt ursprung. Peritoneal karcinos därmed bekräftad."),
            ("Åtgärd", "Pat ej underrättad om svaret. Lagd på ssk-lista för tid hos onkolog nästa vecka, där beskedet ges."),
        ])],
        [["NL101", "n1"]], [["NL102", "n1"]],
        "answer arriving after discharge: confirmed carcinomatosis, 'Pat ej underrättad'"),

    C("d119-dcis-informeras-forst-vid-besoket", "vgr", "1966-06-16", "366", [
        N("n1", M, "Läkaranteckning", "sas_brost", "Eva Lindblad", L, "2024-04-15T10:45", True, OV, [
            ("Diagnos", "DCIS hö bröst, grad 3, utbredning 45 mm på mammografi."),
            ("Planering", "Informeras först vid besöket 22/4 tillsammans med kirurg och kontaktssk. Mastektomi + SN diskuteras på preop-konferens 18/4."),
        ])],
        [["NL101", "n1"]], [],
        "'Informeras först vid besöket' implies the DCIS diagnosis is not yet told"),

    C("d119-pet-lymfomrecidiv-inte-delgivits", "skane", "1971-08-08", "151", [
        N("n1", M, "Läkaranteckning", "lund_hem", "Viktor Engström", L, "2024-06-19T12:40", None, OV, [
            ("Utredning", "PET-DT 17/6: nytillkomna FDG-avida körtlar i mediastinum, SUVmax 14, biopsiverifierat återfall av DLBCL 18/6."),
            ("Bedömning", "Lymfomrecidiv 14 mån efter R-CHOP. Resultatet har inte delgivits pat ännu, återbesök torsdag med anhörig. CAR-T-remiss förbereds."),
        ])],
        [["NL101", "n1"]], [],
        "'har inte delgivits pat' for a verified lymphoma relapse; unsigned"),

    C("d119-citerat-dt-hjarna-forenliga-med-metastaser-ej-info", "skane", "1967-01-14", "206", [
        N("n1", M, "Läkaranteckning", "hbg_onk", "Rebecka Sundin", L, "2024-08-01T16:20", True, OV, [
            ("Utredning", "Svar DT hjärna 1/8: \"Två kontrastladdande förändringar, 8 och 12 mm, i hö frontallob med omgivande ödem, förenliga med metastaser.\""),
            ("Bedömning", "Känd HER2-positiv bröstcancer. Pat ej informerad om DT-svaret, jag ringer henne i morgon förmiddag när fallet diskuterats med strålonkolog."),
        ])],
        [["NL101", "n1"], ["NL102", "n1"]], [],
        "radiology answer quoted with 'förenliga med metastaser' and the patient not told: both rules"),

    C("d119-typo-koloncancer-ej-underattad", "vgr", "1945-10-03", "275", [
        N("n1", M, "Läkaranteckning", "kungalv_kir", "Rasmus Öhman", L, "2024-03-18T15:15", True, OV, [
            ("Bedömning", "Koloncancer i hö flexur bekräftad av PAD, DT utan fjärrspridning. Pat ej underättad ännu, tid hos mig på måndag."),
        ])],
        [["NL101", "n1"]], [],
        "typo 'ej underättad' with a confirmed colon cancer"),

    C("d119-ryggmargskompression-pat-inte-fatt-veta", "vgr", "1952-12-08", "313", [
        N("n1", M, "Daganteckning", "su_onkavd", "Hanna Lidén", L, "2024-12-05T09:10", True, SV, [
            ("Aktuellt", "Pat med kastrationsresistent prostatacancer inkom i natt med bensvaghet och ryggsmärta."),
            ("Utredning", "MR hela ryggen i natt: metastatisk ryggmärgskompression Th8 med epidural tumörväxt."),
            ("Bedömning", "Pat har ännu inte fått veta vad MR visade. Informeras av mig efter kontakt med ryggkirurg, senast kl 11."),
            ("Åtgärd", "Betapred 16 mg iv given i natt. Strikt sängläge, KAD."),
        ])],
        [["NL101", "n1"]], [],
        "acute oncology: spinal cord compression visible, 'har ännu inte fått veta vad MR visade'"),

    C("d119-diagnos-dlbcl-hematolog-tar-samtalet", "skane", "1959-05-22", "184", [
        N("n1", M, "Läkaranteckning", "trbg_med", "Ahmed Karimi", L, "2024-12-12T14:15", True, OV, [
            ("Diagnos", "C83.3 Diffust storcelligt B-cellslymfom, verifierat med körtelbiopsi 9/12."),
            ("Planering", "Överrapporterat till hematologjouren i Lund, nybesök där 17/12. Pat har inte informerats om diagnosen – hematologen tar det samtalet enligt överenskommelse."),
        ])],
        [["NL101", "n1"]], [],
        "referring internist leaves the telling to hematology: diagnosis visible, not informed"),

    C("d119-sentinel-mikrometastas-ej-meddelat", "skane", "1986-09-01", "428", [
        N("n1", M, "Läkaranteckning", "lund_hud", "Sara Holm", L, "2024-09-26T11:50", True, OV, [
            ("Utredning", "PAD sentinel node vä axill: mikrometastas 0,8 mm av malignt melanom. Utvidgad excision radikal."),
            ("Planering", "Ej meddelat pat ännu; jag ringer när melanomkonferensen 1/10 tagit ställning till adjuvant behandling."),
        ])],
        [["NL101", "n1"]], [],
        "positive sentinel node (metastasis) documented, 'Ej meddelat pat ännu'"),

    C("d119-inskrivning-ssk-lokalrecidiv-ej-informerad", "vgr", "1964-11-30", "151", [
        N("n1", M, "Inskrivningsanteckning omvårdnad", "alingsas_med", "Lina Bergström", S, "2024-10-10T18:45", True, SV, [
            ("Orsak till inläggning", "Smärtlindring, tilltagande smärta i bäckenet och sätet."),
            ("Aktuellt", "Enligt läkaranteckning har DT visat lokalt recidiv av rektalcancern i lilla bäckenet. Pat är ännu inte informerad om detta, läkare tar samtalet i morgon. Pat frågade om röntgensvaret – svarat att läkaren går igenom det."),
            ("Omvårdnad", "Smärta VAS 6 i vila. Oxynorm 5 mg given kl 18.30 med effekt. Sover oroligt."),
        ])],
        [["NL101", "n1"]], [],
        "nurse's admission note repeats the untold local relapse in a visible section"),

    # =================================================================
    # NL101 negatives
    # =================================================================
    C("d119-informerad-idag-om-brostcancer", "skane", "1964-02-19", "322", [
        N("n1", M, "Läkaranteckning", "malmo_brost", "Karl Nyström", L, "2024-03-20T14:00", True, OV, [
            ("Bedömning", "PAD: invasiv duktal cancer hö bröst, 16 mm, ER+/HER2-, NHG 1."),
            ("Information", "Pat informerad idag om att biopsin visar bröstcancer. Kontaktssk närvarande, maken med. Pat tog beskedet med fattning och ställde många frågor om operationen."),
        ])],
        [], [["NL101", "n1"], ["NL102", "n1"]],
        "diagnosis given today with the contact nurse present"),

    C("d119-kand-prostatacancer-aktiv-monitorering", "vgr", "1950-11-27", "177", [
        N("n1", M, "Läkaranteckning", "nu_uro", "Per-Olof Lindh", L, "2024-07-10T10:10", True, OV, [
            ("Aktuellt", "Känd prostatacancer Gleason 3+3 sedan 2021, aktiv monitorering. Pat väl informerad om sin diagnos och upplägget. PSA 6,8, stabilt."),
            ("Planering", "Ny MR prostata i höst, PSA var 6:e mån."),
        ])],
        [], [["NL101", "n1"]],
        "known diagnosis, patient informed long ago"),

    C("d119-ej-informerad-om-operationsdatum", "skane", "1958-08-08", "391", [
        N("n1", M, "Kontaktsjuksköterskeanteckning", "malmo_kolorektal", "Annika Lund", S, "2024-05-06T13:30", True, OV, [
            ("Telefonkontakt", "Pat med rektalcancer, informerad om diagnosen av kirurg 2/5. Operationsdatum ej fastställt, pat har därför ännu inte fått något datum. Återkommer när op-planeringen är klar, senast fredag."),
        ])],
        [], [["NL101", "n1"]],
        "what is not yet told is the operation date, not a diagnosis"),

    C("d119-ej-informerad-om-att-remissen-skickats", "vgr", "1953-10-19", "304", [
        N("n1", M, "Kontaktsjuksköterskeanteckning", "su_lung", "Pia Engdahl", S, "2024-05-16T15:50", True, OV, [
            ("Aktuellt", "Adenocarcinom hö överlob, stadium IB; pat informerad om diagnosen av dr Åkesson 14/5."),
            ("Åtgärd", "Remiss till thoraxkirurgin skickad idag enligt MDK. Pat ej informerad om att remissen gått iväg, jag ringer henne i morgon och berättar vad som händer härnäst."),
        ])],
        [], [["NL101", "n1"]],
        "'Pat ej informerad' concerns the sent referral; the cancer was told earlier"),

    C("d119-normal-dt-svar-ej-meddelat", "skane", "1961-12-31", "486", [
        N("n1", M, "Läkaranteckning", "lund_onk", "Gustav Hallberg", L, "2024-11-28T16:30", True, OV, [
            ("Utredning", "Uppföljande DT thorax-buk 1 år efter avslutad adjuvant behandling för koloncancer: inga tecken på återfall."),
            ("Planering", "Svaret är ännu inte meddelat pat, jag ringer henne på måndag. Nästa DT om ett år."),
        ])],
        [], [["NL101", "n1"], ["NL102", "n1"]],
        "the untold thing is a normal follow-up CT"),

    C("d119-skane-th-mall-melanommetastas-ljumske-ej-informerad", "skane", "1968-03-30", "133", [
        N("n1", M, "Tidiga hypoteser", "lund_hud", "Sara Holm", L, "2024-02-01T12:10", True, OV, [
            ("Bedömning", "Biopsi från lgll vä ljumske: metastas av malignt melanom. Pat ej informerad, beskedet lämnas av plastikkirurg vid besöket 6/2."),
        ])],
        [], [["NL101", "n1"], ["NL102", "n1"]],
        "Skåne: untold diagnosis kept in the Tidiga hypoteser template (protected place)"),

    C("d119-vgr-synlig-sager-ej-informerad-dx-bara-i-th", "vgr", "1956-09-15", "228", [
        N("n1", M, "Mottagningsanteckning", "sas_onk", "Maria Jonsson", L, "2024-08-22T10:05", True, OV, [
            ("Aktuellt", "Pat i gott skick inför fortsatt adjuvant endokrin behandling. Genomgick skelettscintigrafi i måndags pga ryggvärk."),
            ("Tidiga hypoteser", "Scint: multipla upptag i kotpelaren och bäckenet, starkt talande för skelettmetastaser. MR ryggrad beställd innan besked."),
            ("Planering", "Pat ej informerad om scintigrafisvaret ännu. Läkarbesök 28/8 med kontaktssk."),
        ])],
        [], [["NL101", "n1"], ["NL102", "n1"]],
        "VGR: visible text says 'ej informerad' but the finding itself is only under sökord Tidiga hypoteser"),

    C("d119-pat-informerad-vill-inte-att-hustrun-vet", "skane", "1949-07-07", "379", [
        N("n1", M, "Läkaranteckning", "lund_lung", "Henrik Ståhl", L, "2024-04-18T13:35", True, OV, [
            ("Information", "Pat informerad idag om att bronkoskopin visar icke-småcellig lungcancer. Han vill inte att hustrun ska få veta förrän efter barnbarnets dop nästa helg, vilket respekteras. Inga uppgifter lämnas till henne tills vidare."),
        ])],
        [], [["NL101", "n1"]],
        "patient told; only the wife is not to be told yet"),

    C("d119-pat-vet-kll-dottern-ej-informerad", "vgr", "1946-02-13", "386", [
        N("n1", M, "Telefonanteckning", "su_hem", "Mikael Sandberg", L, "2024-01-11T11:00", True, OV, [
            ("Telefonkontakt", "Pat känner sedan 2020 till sin KLL och följs med blodprover. Ringer och undrar om hon kan ta årets influensavaccin, svar ja. Dottern är ännu inte informerad om blodsjukdomen och pat vill själv berätta. Noterat att uppgifter inte ska lämnas till dottern."),
        ])],
        [], [["NL101", "n1"]],
        "daughter not informed, patient has known her CLL since 2020"),

    C("d119-mdk-rektal-inget-om-information", "vgr", "1962-08-21", "219", [
        N("n1", M, "MDK-anteckning", "su_kolorektal", "Axel Hedlund", L, "2024-02-21T16:15", True, OV, [
            ("MDK", "Kolorektal MDK 21/2. Kirurg, onkolog, radiolog, patolog och kontaktssk närvarande."),
            ("Konklusion", "Rektalcancer 8 cm ab ano, cT3bN1M0, MRF-negativ, EMVI-negativ. Rekommendation: kortidsstrålning 5 x 5 Gy följt av TME-kirurgi om 6–8 v."),
        ])],
        [], [["NL101", "n1"], ["NL102", "n1"]],
        "MDT conclusion with a diagnosis but nothing said about telling"),

    C("d119-informerad-om-spridning-avbojer-overlevnad", "skane", "1945-05-05", "153", [
        N("n1", M, "Läkaranteckning", "hbg_onk", "Rebecka Sundin", L, "2024-06-06T10:00", True, OV, [
            ("Bedömning", "Pat informerad om att lungcancern spridit sig till levern och att behandlingen nu är livsförlängande, inte botande. Han önskar inte diskutera förväntad överlevnad, vilket respekteras."),
            ("Planering", "Start karboplatin-pemetrexed-pembrolizumab 12/6."),
        ])],
        [], [["NL101", "n1"]],
        "patient told of the spread; he declines to hear prognosis (no diagnosis withheld)"),

    C("d119-interim-pet-komplett-respons-ej-meddelat", "vgr", "2000-12-14", "140", [
        N("n1", M, "Läkaranteckning", "sas_onk", "Lena Forsgren", L, "2024-05-30T14:10", None, OV, [
            ("Aktuellt", "Hodgkins lymfom stadium IIB, pat informerad vid diagnos i februari, nu efter 2 ABVD."),
            ("Utredning", "Interim-PET: komplett metabol respons, Deauville 2."),
            ("Planering", "Pat har inte fått svaret än; ssk Anneli ringer i eftermiddag. Fortsätter med AVD x 4 enligt protokoll."),
        ])],
        [], [["NL101", "n1"]],
        "untold result is a complete response; the lymphoma itself was told in February; unsigned"),

    C("d119-multinote-n2-informerad-om-coloncancer", "skane", "1948-06-28", "364", [
        N("n1", M, "Läkaranteckning", "ksd_kir", "Hampus Wikström", L, "2024-02-26T15:00", True, OV, [
            ("Bedömning", "PAD från koloskopin: tubulärt adenocarcinom i colon ascendens. Pat ej informerad, besök 4/3."),
        ]),
        N("n2", M, "Läkaranteckning", "ksd_kir", "Hampus Wikström", L, "2024-03-04T10:30", True, OV, [
            ("Information", "Pat informerad idag om coloncancern och planerad hö hemikolektomi. Sonen med. Kontaktssk har gett skriftlig information."),
        ])],
        [], [["NL101", "n2"]],
        "the later note (n2) tells the patient what n1 withheld; asserted on n2 only"),

    C("d119-vgr-multinote-th-sedan-informerad-synligt", "vgr", "1973-11-02", "153", [
        N("n1", M, "Läkaranteckning", "su_jub", "Johanna Berg", L, "2024-09-16T15:30", True, OV, [
            ("Aktuellt", "Melanom stadium IIIC, adjuvant nivolumab sedan mars."),
            ("Tidiga hypoteser", "DT: ny 11 mm härd i vä underlob, trolig metastas. Pat ej informerad, biopsi först."),
        ]),
        N("n2", M, "Läkaranteckning", "su_jub", "Johanna Berg", L, "2024-09-30T11:00", True, OV, [
            ("Information", "Pat informerad idag om att biopsin bekräftar melanommetastas i vä lunga och att nivolumab därmed avslutas. Byte till ipilimumab/nivolumab diskuterat, pat vill fundera till nästa vecka."),
        ])],
        [], [["NL101", "n1"], ["NL102", "n1"], ["NL101", "n2"], ["NL102", "n2"]],
        "VGR: hypothesis under Tidiga hypoteser in n1, then confirmed and told in visible n2"),

    C("d119-ej-informerad-om-studieplats", "skane", "1967-04-09", "288", [
        N("n1", M, "Läkaranteckning", "lund_onk", "Nora Falk", L, "2024-05-23T13:20", True, OV, [
            ("Aktuellt", "Metastaserad bröstcancer, informerad om progress i levern förra veckan av undertecknad."),
            ("Planering", "Pat ej informerad om att en studieplats med ny ADC öppnat, tas upp vid nästa besök när screeningkriterierna kontrollerats."),
        ])],
        [], [["NL101", "n1"]],
        "not yet told about a trial slot (a plan); progression already told"),

    C("d119-kallelse-planerings-dt-ej-kommit", "vgr", "1952-03-17", "417", [
        N("n1", M, "Kontaktsjuksköterskeanteckning", "nu_onk", "Jessica Holmberg", S, "2024-07-25T09:40", True, OV, [
            ("Telefonkontakt", "Pat med prostatacancer inför kurativ strålbehandling har inte fått kallelsen till planerings-DT. Ny kallelse skickad och tiden 31/7 meddelad per telefon."),
        ])],
        [], [["NL101", "n1"]],
        "'har inte fått kallelsen' is about a letter, not about the diagnosis"),

    C("d119-fick-beskedet-igar-fragor-sjukskrivning", "skane", "1980-10-23", "220", [
        N("n1", M, "Telefonanteckning", "malmo_brost", "Josefin Mårtensson", S, "2024-10-09T10:35", True, OV, [
            ("Telefonkontakt", "Pat fick beskedet om bröstcancer igår av dr Nilsson. Ringer idag med frågor om sjukskrivning och om hon kan åka på en planerad resa till Kroatien i november. Sjukintyg skrivs av läkare, resan diskuteras vid preop-besöket."),
        ])],
        [], [["NL101", "n1"]],
        "diagnosis told yesterday (earlier visit)"),

    C("d119-informerad-vill-inte-hora-siffror", "vgr", "1958-01-01", "235", [
        N("n1", M, "Läkaranteckning", "su_uro", "Daniel Sjöstrand", L, "2024-03-13T14:25", None, OV, [
            ("Information", "Pat informerad om att biopsierna visar prostatacancer av intermediär risk. Vill inte höra siffror och statistik, bara veta vad nästa steg är; informationen anpassad därefter. Hustrun var med och fick skriftligt material."),
            ("Planering", "MDK prostata 20/3, sedan besök för behandlingsval."),
        ])],
        [], [["NL101", "n1"]],
        "patient who wants few details was still told the diagnosis; unsigned"),

    C("d119-informerad-via-tolk-ej-om-provtagningstider", "skane", "1970-11-11", "213", [
        N("n1", M, "Läkaranteckning", "malmo_kolorektal", "Peter Gustafsson", L, "2024-06-13T11:10", True, OV, [
            ("Information", "Pat informerad om koloncancerdiagnosen via telefontolk (arabiska), ställde adekvata frågor."),
            ("Planering", "Ej informerad om provtagningstiderna inför operationen ännu, dessa skickas skriftligt på arabiska."),
        ])],
        [], [["NL101", "n1"]],
        "told the diagnosis through an interpreter; only sampling times are untold"),

    C("d119-benign-mammografi-ej-informerad", "vgr", "1974-05-29", "102", [
        N("n1", M, "Läkaranteckning", "su_brost", "Karin Wallgren", L, "2024-11-07T12:50", True, OV, [
            ("Utredning", "Mammografi och UL bilat: ingen malignitetsmisstanke, BI-RADS 1."),
            ("Planering", "Pat ej informerad ännu, besked skickas per brev denna vecka."),
        ])],
        [], [["NL101", "n1"], ["NL102", "n1"]],
        "'ej informerad' about a normal mammography; no diagnosis present"),

    C("d119-informerades-vid-besok-nu-utvidgad-excision", "vgr", "1987-07-04", "186", [
        N("n1", M, "Läkaranteckning", "sas_hud", "Oscar Lindgren", L, "2024-01-24T09:20", True, OV, [
            ("Aktuellt", "Informerades om melanomdiagnosen vid besök 10/1. Kommer nu för utvidgad excision 1 cm vä underarm."),
            ("Åtgärd", "Excision i lokalbedövning, suturerat med Ethilon 4-0. Suturtagning på VC om 12 dagar."),
        ])],
        [], [["NL101", "n1"]],
        "melanoma told at an earlier visit"),

    C("d119-ny-mdk-rekommendation-ej-framford", "skane", "1956-12-09", "244", [
        N("n1", M, "MDK-anteckning", "lund_lung", "Karin Bäck", L, "2024-05-28T16:00", True, OV, [
            ("MDK", "Thoraxkonferens 28/5. Pat informerad om diagnosen adenocarcinom vä överlob vid bronkoskopisvaret 14/5."),
            ("Konklusion", "PET utan fjärrmetastaser, stadium oförändrat IIB som pat redan känner till. Rekommendation: lobektomi, därefter ställningstagande till adjuvant behandling."),
            ("Information", "Rekommendationen är ännu inte framförd till pat, sker vid besök 3/6."),
        ])],
        [], [["NL101", "n1"]],
        "only the MDT recommendation (a plan) is untold; diagnosis and stage known to the patient"),

    C("d119-son-ringer-pat-vet-om-levermetastaser", "vgr", "1939-03-22", "388", [
        N("n1", M, "Telefonanteckning", "skas_onk", "Karolina Mäki", S, "2024-09-09T14:00", True, OV, [
            ("Telefonkontakt", "Son ringer och frågar om mammans cancer har spridit sig. Pat har själv fått beskedet om levermetastaserna av onkolog 3/9 men vill inte att vi informerar sonen. Hänvisat sonen till att prata med sin mamma."),
        ])],
        [], [["NL101", "n1"]],
        "relative asks and is not told; the patient herself knows"),

    C("d119-utkast-informerat-pat-och-sambo-her2", "vgr", "1983-09-08", "266", [
        N("n1", M, "Läkaranteckning", "nu_onk", "Sofia Alm", L, "2024-08-29T15:10", None, OV, [
            ("Information", "Informerat pat och sambo om att PAD visar HER2-positiv bröstcancer och att behandlingen inleds med cytostatika och antikroppar före operation. Pat ville ha mycket information, gick igenom biverkningar och fertilitetsfrågor."),
            ("Planering", "Remiss fertilitetsbevarande, UCG, port-a-cath. Start om 3 v."),
        ])],
        [], [["NL101", "n1"]],
        "unsigned draft documenting that the diagnosis was told"),

    C("d119-lang-kontroll-ej-underrattad-om-ny-tid", "skane", "1951-08-17", "159", [
        N("n1", M, "Mottagningsanteckning", "hbg_kir", "Ola Rydén", L, "2024-10-24T10:45", True, OV, [
            ("Diagnos", "Rektalcancer, opererad med TME efter kortidsstrålning 2022, ypT2N0. Pat väl informerad om sin diagnos sedan start."),
            ("Aktuellt", "Kommer för 2-årskontroll. Mår bra, cyklar dagligen. Avföring 3–4 ggr/dygn, ibland brådskande, klarar det med loperamid vid resor. Ingen blödning. Vikten stabil 82 kg. Vattenkastning ua, erektil funktion något nedsatt sedan op."),
            ("Status", "AT: gott. Buk: mjuk, oöm, välläkt ärr. Inga resistenser. Perianalt ua. PR: anastomosen palpabel, slät, ingen resistens."),
            ("Lab", "CEA 2,4 (2,1), Hb 142, krea 81."),
            ("Utredning", "DT thorax-buk 15/10: inga tecken på lokalt återfall eller fjärrmetastaser. Oförändrad 4 mm lungnodul hö mellanlob sedan 2022, benign karaktär."),
            ("Bedömning", "Recidivfri 2 år postop. LARS-besvär av lindrig grad."),
            ("Planering", "Koloskopi flyttad från 12/11 till 19/11 pga ändrat schema på endoskopin, pat ännu inte underrättad om tidsändringen – ssk ringer. Nästa läkarbesök om 1 år. Remiss uroterapeut erbjuden, pat avböjer tills vidare."),
        ])],
        [], [["NL101", "n1"]],
        "long follow-up: 'ännu inte underrättad' concerns a moved colonoscopy time"),

    C("d119-typo-informerd-melanom-in-situ", "skane", "1962-05-04", "346", [
        N("n1", M, "Läkaranteckning", "lund_hud", "Anton Berglöf", L, "2024-04-02T14:45", True, OV, [
            ("Information", "Pat informerd idag om att excisionen visade melanom in situ på hö kind. Ingen ytterligare behandling utöver utvidgad excision 5 mm, kontroll hos hudläkare om 6 mån."),
        ])],
        [], [["NL101", "n1"]],
        "told today, typo 'informerd'"),

    C("d119-vill-slippa-cea-varden-valinformerad", "skane", "1954-12-24", "297", [
        N("n1", M, "Läkaranteckning", "ksd_onk", "Malin Ek", L, "2024-07-11T11:15", True, OV, [
            ("Aktuellt", "Koloncancer stadium IV med lungmetastaser, 3:e linjens behandling. Pat väl insatt i sin sjukdom och behandlingsmålet."),
            ("Bedömning", "Pat har bett att slippa få CEA-värdena, de gör honom orolig mellan kurerna. Värdena meddelas därför inte, men utvärderings-DT går vi alltid igenom tillsammans."),
        ])],
        [], [["NL101", "n1"]],
        "patient who wants fewer details: only tumour-marker values are withheld, not a diagnosis"),

    C("d119-informerad-om-valgrundad-misstanke-svf", "vgr", "1961-09-29", "331", [
        N("n1", M, "Läkaranteckning", "alingsas_med", "Jonas Wester", L, "2024-11-14T10:20", True, OV, [
            ("Bedömning", "DT buk: förstorade retroperitoneala körtlar upp till 5 cm, misstänkt lymfom."),
            ("Information", "Pat informerad om att det finns välgrundad misstanke om lymfom och att han därför remitteras enligt SVF till hematologen. Han förstod och fick SVF-broschyren."),
        ])],
        [["NL102", "n1"]], [["NL101", "n1"]],
        "SVF practice: patient told about the well-founded suspicion; NL102 fires, NL101 does not"),
]


# ---------------------------------------------------------------- build
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(born, serial):
    ymd = born.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def iso(t):
    return t if len(t) == 19 else t + ":00"


def build_note(n, case_name):
    t = dt.datetime.fromisoformat(iso(n["time"]))
    if n["signed"] is True:
        off = 20 + (sum(map(ord, case_name + n["nid"])) % 7) * 10
        signed = (t + dt.timedelta(minutes=off)).isoformat()
    else:
        signed = None
    name, hsa = UNITS[n["unit"]]
    return {
        "id": n["nid"],
        "system": n["system"],
        "template": n["template"],
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": n["author"], "role": n["role"]},
        "time": t.isoformat(),
        "signed": signed,
        "setting": n["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in n["sections"]],
    }


def build_case(c):
    notes = [build_note(n, c["name"]) for n in c["notes"]]
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = dt.datetime.combine(last.date() + dt.timedelta(days=3), dt.time())
    return {
        "case": c["name"],
        "ruleset": c["ruleset"],
        "record": {
            "patient": {"id": pnr(c["born"], c["serial"]), "birth_date": c["born"],
                        "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": c["must"],
        "must_not": c["must_not"],
        "why": c["why"],
    }


# ---------------------------------------------------------------- validate
def age_at(born, when):
    b = dt.date.fromisoformat(born)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def luhn_ok(pid):
    digits = pid.replace("-", "")[2:]
    return len(digits) == 10 and luhn_digit(digits[:9]) == digits[9]


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
TOP_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def validate(objs):
    errs = []
    names = set()
    seen = {}
    for o in objs:
        name = o["case"]
        if set(o) != TOP_KEYS:
            errs.append("%s: top keys %s" % (name, sorted(o)))
        if not name.startswith("d119-"):
            errs.append("%s: bad prefix" % name)
        if name in names:
            errs.append("%s: duplicate case name" % name)
        names.add(name)
        if o["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % name)
        rec = o["record"]
        if set(rec) != REC_KEYS:
            errs.append("%s: record keys" % name)
        pat = rec["patient"]
        pid, born = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or not luhn_ok(pid):
            errs.append("%s: personnummer %s not Luhn-valid" % (name, pid))
        if pid[:8] != born.replace("-", ""):
            errs.append("%s: personnummer does not match birth_date" % name)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % name)
        age = age_at(born, as_of)
        if 13 <= age <= 15:
            errs.append("%s: patient aged %d (13-15 not allowed)" % (name, age))
        if age < 0 or age > 110:
            errs.append("%s: implausible age %d" % (name, age))
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s/%s: note keys" % (name, n.get("id")))
            if n["id"] in notes:
                errs.append("%s: duplicate note id %s" % (name, n["id"]))
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: system" % (name, n["id"]))
            if o["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s/%s: VGR note must be Melior" % (name, n["id"]))
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                errs.append("%s/%s: time" % (name, n["id"]))
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errs.append("%s/%s: signed" % (name, n["id"]))
            if not n["sections"]:
                errs.append("%s/%s: no sections" % (name, n["id"]))
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s/%s: section" % (name, n["id"]))
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], sec["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %r"
                                        % (name, seen[sent][0], sent))
                        elif sent in seen:
                            errs.append("%s: sentence repeated in same section: %r" % (name, sent))
                        seen[sent] = (name, n["id"], sec["keyword"])
        asserted = set()
        for lst in ("must", "must_not"):
            for item in o[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    errs.append("%s: bad assertion %r" % (name, item))
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (name, code))
                if target not in notes:
                    errs.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in asserted:
                    errs.append("%s: %s/%s asserted twice" % (name, code, target))
                asserted.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errs.append("%s: NL102 must on non-Melior" % name)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % name)
        if not o["must"] and not o["must_not"]:
            errs.append("%s: nothing asserted" % name)
        if not o["why"].strip():
            errs.append("%s: empty why" % name)
    return errs


def main():
    objs = [build_case(c) for c in CASES]
    errs = validate(objs)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in objs:
        for lst in ("must", "must_not"):
            for code, _ in o[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(objs), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
