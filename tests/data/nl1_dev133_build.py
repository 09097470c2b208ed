#!/usr/bin/env python3
"""d133: paediatric oncology / haematology test cases for NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev133_cases.jsonl")

# --------------------------------------------------------------------------- units
U = {
    # Region Skåne, Melior
    "S_akut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-B7K1"),
    "S_akut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-BM05"),
    "S_avd64": ("Barnonkologiska avdelningen 64, Barn- och ungdomssjukhuset Lund", "SE2321000255-B640"),
    "S_onk": ("Barnonkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-B0N2"),
    "S_hem_malmo": ("Barnhematologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-BH31"),
    "S_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-H8B2"),
    "S_ksd_avd": ("Barn- och ungdomsmedicinska avdelningen, Centralsjukhuset Kristianstad", "SE2321000255-K5A9"),
    "S_ksd_mott": ("Barnmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-K5M1"),
    "S_ystad": ("Barnmottagningen, Lasarettet i Ystad", "SE2321000255-Y2C4"),
    "S_skola": ("Sjukhusskolan, Barn- och ungdomssjukhuset Lund", "SE2321000255-SK17"),
    "S_lek": ("Lekterapin, Barn- och ungdomssjukhuset Lund", "SE2321000255-LK08"),
    "S_sena": ("Mottagningen för sena effekter efter barncancer, Skånes universitetssjukhus Lund", "SE2321000255-SE44"),
    "S_biva": ("Barnintensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-BI12"),
    "S_bkir": ("Barnkirurgiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-BK63"),
    "S_bort": ("Barnortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-BO27"),
    "S_nkir": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-NK90"),
    "S_kurator": ("Kuratorsenheten barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-KU19"),
    # Region Skåne, PMO (primary care)
    "P_bvc": ("BVC Linero, Lund", "SE2321000255-PL33"),
    "P_husie": ("Vårdcentralen Husie, Malmö", "SE2321000255-PH71"),
    "P_eslov": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-PT58"),
    "P_um": ("Ungdomsmottagningen Landskrona", "SE2321000255-PU26"),
    # Västra Götalandsregionen, Melior
    "V_bcc": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1C4"),
    "V_322": ("Avdelning 322 barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E322"),
    "V_323": ("Avdelning 323 barnonkologi och stamcellstransplantation, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E323"),
    "V_hem": ("Barnhematologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E7H2"),
    "V_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E0A9"),
    "V_nkir": ("Barnneurokirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5N6"),
    "V_bkir": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5K3"),
    "V_nal": ("Barn- och ungdomsmedicinska mottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-N4B1"),
    "V_skovde": ("Barnmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S8K3"),
    "V_boras": ("Barnmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B2R7"),
    "V_kungalv": ("Barnmottagningen, Kungälvs sjukhus", "SE2321000131-K7G4"),
    "V_skola": ("Sjukhusskolan, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E9S5"),
    "V_lek": ("Lekterapin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8L1"),
    "V_sena": ("Uppföljningsmottagningen för vuxna efter barncancer, Sahlgrenska Universitetssjukhuset", "SE2321000131-S3U8"),
    "V_ogon": ("Barnögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-M6O2"),
}
PMO_UNITS = {"P_bvc", "P_husie", "P_eslov", "P_um"}


# --------------------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def N(nid, unit, author, time, sections, template="Läkaranteckning", role="läkare",
      signed=40, setting="öppenvård", refs=()):
    """One note. signed: minutes after time, or None for an unsigned draft."""
    name, hsa = U[unit]
    system = "PMO" if unit in PMO_UNITS else "Melior"
    t = datetime.datetime.fromisoformat(time)
    sig = None if signed is None else (t + datetime.timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": sig,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last + datetime.timedelta(days=3)).replace(hour=0, minute=0, second=0).isoformat()
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


# =========================================================================== NL102
# ---------------------------------------------------------------- NL102 must
C("d133-s-misstankt-all-barnakuten", "skane", "2019-08-14", "284", [
    N("n1", "S_akut_lund", "Johanna Berglund", "2024-02-11T21:40:00", [
        ("Kontaktorsak", "Blek och trött sedan tre veckor, blåmärken på benen enligt mamma."),
        ("Anamnes", "Tidigare frisk 4-åring, vaccinerad enl. BVC-programmet. Förkyld i januari, sedan dess orkeslös och vill bli buren. Ont i benen nattetid senaste veckan. Ingen feber hemma."),
        ("Status", "AT: Påverkad, blek. Hud: Petekier på bål och bilat underben, flera hematom på skenbenen. Lgl: Förstorade på halsen bilat, ca 1,5 cm, ej ömma. Buk: Mjuk, lever palp 3 cm under arcus, mjälte palp 4 cm. Cor/pulm: ua."),
        ("Lab", "Hb 71, TPK 19, LPK 38,2, neutrofila 0,4. CRP 12. LD 1450. Utstryk: rikligt med blastliknande celler enl. lab."),
        ("Bedömning", "Misstänkt akut leukemi, sannolikt ALL med tanke på ålder och blodbild."),
        ("Planering", "Läggs in på avd 64 i natt. Blodgruppering, trombocyttransfusion v.b. Bakjour dr Sjöberg informerad, benmärg och LP på måndag."),
    ], template="Akutanteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "hedged leukaemia (misstänkt / sannolikt ALL) in Bedömning of an ordinary Melior emergency note")

C("d133-v-dd-wilms-neuroblastom", "vgr", "2021-01-29", "537", [
    N("n1", "V_bkir", "Karin Åhlund", "2024-03-05T10:20:00", [
        ("Aktuellt", "Remitteras från barnmottagningen i Kungälv sedan pappa känt en knöl i magen vid badet. Ingen hematuri, äter bra."),
        ("Status", "Opåverkad. Bukresistens vä flank, fast, ej öm, passerar ej medellinjen. BT 118/72, högt för åldern."),
        ("Utredning", "UL buk: 8 x 7 cm solid expansivitet utgående från vä njure alt. binjure, oklar relation."),
        ("Bedömning", "DD Wilms tumör respektive neuroblastom. Hypertonin kan passa med båda."),
        ("Planering", "DT thorax-buk med kontrast, urin-HVA/VMA, anmäls till MDK barntumör."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "'DD Wilms vs neuroblastom' is an open differential diagnosis in a visible VGR Bedömning")

C("d133-s-trolig-akut-itp", "skane", "2017-10-02", "622", [
    N("n1", "S_hbg", "Mattias Öhrn", "2024-04-18T14:05:00", [
        ("Anamnes", "Efter ÖLI för två veckor sedan har mamma sett prickar på benen, och i går näsblod två gånger. Leker som vanligt."),
        ("Status", "Petekier på underben och i munslemhinnan, inga våta blödningar. Ingen lymfadenopati, ingen hepatosplenomegali."),
        ("Lab", "TPK 9, Hb 128, LPK 6,8 med normal diff. Utstryk: få men stora trombocyter."),
        ("Bedömning", "Trolig akut ITP postinfektiöst. Inga hållpunkter för påverkan på övriga cellinjer."),
        ("Åtgärd", "Expektans diskuterat med föräldrarna: ingen kontaktsport, undvik NSAID. Ny kontroll om fem dagar."),
    ]),
], [("NL102", "n1")], [], "'Trolig akut ITP' in a visible Skåne Melior note")

C("d133-v-bild-som-vid-medulloblastom", "vgr", "2016-06-21", "415", [
    N("n1", "V_nkir", "Per Westerlund", "2024-05-07T16:30:00", [
        ("Anamnes", "Morgonkräkningar sedan fyra veckor, huvudvärk, vinglig gång senaste veckan. Sökt VC två gånger, tolkades som gastroenterit."),
        ("Status", "Bredspårig gång, dysmetri vid finger-näs bilat, nystagmus vid blick åt hö. Stasade papiller enl. ögonjouren."),
        ("Röntgen", "MR hjärna: 4 cm tumör i fjärde ventrikeln med obstruktiv hydrocefalus. Bild som vid medulloblastom, ependymom mindre troligt."),
        ("Planering", "Dexametason insatt. Op-planering med neurokirurg, EVD i morgon bitti."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "radiological 'bild som vid medulloblastom' is a hedged tumour diagnosis in a visible section")

C("d133-s-hlh-kan-ej-uteslutas-typo", "skane", "2022-02-08", "364", [
    N("n1", "S_biva", "Anders Ljunggren", "2024-06-12T11:10:00", [
        ("Frågeställning", "Konsult från BIVA: persisterande feber dag 9, cytopenier, hepatosplenomegali."),
        ("Lab", "Ferritin 8 900, TG 4,2, fibrinogen 0,9, Hb 79, TPK 41, neutr 0,6. sCD25 skickat."),
        ("Bedömning", "HLH kan ej utelsutas, 5 av 8 kriterier uppfyllda i dag. EBV-PCR pågår."),
        ("Åtgärd", "Benmärg i morgon, diskuterat med bakjour barnonkologi. Avvaktar med etoposid tills benmärgssvar."),
    ], template="Konsultationsanteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "typo in the hedge ('kan ej utelsutas'): HLH still left open in a visible Bedömning")

C("d133-v-talar-for-hodgkin-17-aring", "vgr", "2007-01-19", "248", [
    N("n1", "V_bcc", "Sofia Lindgren", "2024-09-03T09:45:00", [
        ("Anamnes", "17-årig tjej med två månaders nattsvettningar, viktnedgång 6 kg och klåda. Knöl på vä halssida sedan sommaren."),
        ("Status", "Lgl: 3 x 2 cm fast, oöm körtel supraklav vä, flera mindre på halsen. Lever och mjälte ej palp."),
        ("Utredning", "PET-DT: FDG-upptag i halsen bilat och i mediastinum, bulky 7 cm. SR 68."),
        ("Bedömning", "Helheten talar för Hodgkins lymfom, stadium IIB om det bekräftas."),
        ("Planering", "Excisionsbiopsi vä supraklav via barnkirurgen v. 37, fertilitetsbevarande samtal innan behandlingsstart."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "'talar för Hodgkins lymfom' before biopsy, visible to the 17-year-old herself")

C("d133-s-ewing-inger-misstanke-16-aring", "skane", "2007-11-30", "173", [
    N("n1", "S_bort", "Henrik Dahl", "2024-03-20T13:15:00", [
        ("Aktuellt", "16-årig fotbollsspelare med värk i hö lår sedan tre månader, nu även nattvärk. Tolkats som sträckning i primärvården."),
        ("Status", "Lätt svullnad distala femur hö, palpöm. Full rörlighet i knä och höft."),
        ("Röntgen", "Rtg femur hö: lytisk destruktion diafysärt med lökskalsliknande periostreaktion. Fyndet inger misstanke om Ewing sarkom."),
        ("Planering", "MR hela femur och DT thorax akut, remiss till sarkomgruppen. Biopsi ska göras på sarkomcentrum, ej här."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "'inger misstanke om Ewing sarkom' in a visible Röntgen section")

C("d133-v-forenligt-med-tumorlys", "vgr", "2015-03-11", "459", [
    N("n1", "V_322", "Jonas Berggren", "2024-02-27T13:50:00", [
        ("Aktuellt", "Dag 3 induktion enligt ALLTogether. Diures 2,8 ml/kg/h med hyperhydrering."),
        ("Lab", "K 6,1, fosfat 3,2, urat 690, kreatinin 72 (från 41)."),
        ("Bedömning", "Labbilden förenlig med begynnande tumörlyssyndrom."),
        ("Åtgärd", "Rasburikas ges, ökad hyperhydrering, kaliumfritt dropp. Ny elstatus kl 18, njurjour kontaktad inför ev. dialys."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "'förenlig med begynnande tumörlyssyndrom' is a hedged complication diagnosis in Bedömning")

C("d133-s-septisk-chock-fragetecken", "skane", "2019-05-05", "602", [
    N("n1", "S_avd64", "Elin Kjellberg", "2024-01-17T03:15:00", [
        ("Aktuellt", "Feber 39,4 kl 02. AML-block 2 avslutat för tio dagar sedan, neutr <0,1."),
        ("Status", "Slö, kapillär återfyllnad 3 sek, takykard 170, BT 84/45. Port-a-cath ua lokalt."),
        ("Bedömning", "Neutropen feber. Septisk chock?"),
        ("Åtgärd", "Odlingar från CVK och perifert, pip-tazo + gentamicin direkt, vätskebolus 20 ml/kg x 2. BIVA-jour tillkallad."),
    ], template="Jouranteckning", signed=None, setting="slutenvård"),
], [("NL102", "n1")], [], "a bare question mark after a diagnosis ('Septisk chock?') in an unsigned night note")

C("d133-v-ev-pneumocystis-efter-sct", "vgr", "2013-01-14", "395", [
    N("n1", "V_323", "Maria Sandberg", "2024-10-08T15:00:00", [
        ("Anamnes", "Dag +64 efter allo-SCT för högrisk-ALL. Torrhosta fyra dagar, nu syrgasbehov 1 l."),
        ("Status", "AF 38, sat 91 % på luft. Fina krepitationer basalt bilat."),
        ("Utredning", "DT thorax: bilaterala ground glass-förändringar. Trimetoprim-sulfaprofylaxen sattes ut v. 6 pga cytopeni."),
        ("Bedömning", "Ev. Pneumocystis jirovecii-pneumoni, viral pneumonit (CMV, RSV) är också möjlig."),
        ("Planering", "BAL i narkos i morgon, start högdos trimetoprim-sulfa redan i kväll."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "'Ev. Pneumocystis-pneumoni' plus an alternative viral pneumonitis, visible in Bedömning")

C("d133-s-mojlig-vod-efter-autolog-sct", "skane", "2021-09-25", "726", [
    N("n1", "S_avd64", "Ola Fransson", "2024-08-14T10:35:00", [
        ("Aktuellt", "Dag +11 efter autolog SCT för neuroblastom (busulfan/melfalan). Viktuppgång 7 % på tre dagar."),
        ("Status", "Ömmande hepatomegali 4 cm, ascites vid UL. Lätt ikterisk."),
        ("Lab", "Bilirubin 48, ALAT 180, refraktär mot trombocyttransfusioner."),
        ("Bedömning", "Möjlig VOD/SOS, uppfyller modifierade EBMT-kriterier för barn om bilirubin stiger ytterligare."),
        ("Planering", "Diskuteras med SCT-bakjour om defibrotid. Vätskerestriktion, daglig vikt och bukomfång."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "'Möjlig VOD/SOS' after stem cell transplant in a visible note")

C("d133-v-sannolikt-jarnbristanemi", "vgr", "2022-03-03", "217", [
    N("n1", "V_boras", "Fatima Rahimi", "2024-06-25T08:55:00", [
        ("Anamnes", "Remiss från BVC pga blekhet. Dricker ca en liter mjölk per dag, äter lite kött och grönsaker."),
        ("Status", "Blek, opåverkad, god tillväxt. Ingen lymfadenopati eller organomegali."),
        ("Lab", "Hb 78, MCV 58, ferritin 3, retikulocyter låga. LPK och TPK normala."),
        ("Bedömning", "Sannolikt nutritionell järnbristanemi till följd av högt komjölksintag."),
        ("Åtgärd", "Järndroppar 5 mg/kg/d, kostråd av dietist, mjölk max 5 dl/dag. Hb-kontroll om fyra veckor på BVC."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "'Sannolikt' järnbristanemi in a paediatric clinic note")

C("d133-s-typo-missankt-testikelrecidiv", "skane", "2014-02-22", "853", [
    N("n1", "S_onk", "Linnea Holmqvist", "2024-11-05T10:10:00", [
        ("Aktuellt", "Underhållsbehandling v. 88 för standardrisk-ALL. Senaste veckan ont i hö testikel, trött."),
        ("Status", "Hö testikel förstorad, fast, oöm. Inga petekier."),
        ("Lab", "LPK 2,1, neutr 1,1, TPK 134, Hb 112."),
        ("Bedömning", "Missänkt isolerat testikelrecidiv."),
        ("Planering", "UL testiklar i morgon, kontakt med barnurolog för biopsi. Merkaptopurin och metotrexat pausas tills vidare."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "typo 'Missänkt' for misstänkt: suspected testicular relapse of ALL in Bedömning")

C("d133-v-typo-trolgi-asparaginaspankreatit", "vgr", "2008-02-10", "642", [
    N("n1", "V_322", "Amir Haddad", "2024-04-09T22:05:00", [
        ("Aktuellt", "Kraftig epigastriesmärta som strålar mot ryggen sedan i eftermiddags, kräkts x 4. Fick PEG-asparaginas i fredags."),
        ("Status", "Blek, ligger stilla i fosterställning, palpöm epigastriet, ingen défense."),
        ("Lab", "Amylas 1 250, lipas >3 000, Ca 2,02, glukos 11,4."),
        ("Bedömning", "Trolgi asparaginasutlöst akut pankreatit."),
        ("Åtgärd", "Fastar, iv vätska, morfin-PCA, UL buk i morgon. Asparaginas återinsätts inte utan diskussion med ALL-ansvarig."),
    ], template="Jouranteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "typo 'Trolgi' for trolig: asparaginase pancreatitis, 16-year-old reads her own journal")

C("d133-s-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "2016-12-12", "466", [
    N("n1", "S_hem_malmo", "Gustav Rydén", "2024-09-17T13:40:00", [
        ("Aktuellt", "Återbesök, 7-åring med pancytopeni sedan i våras, kortvuxenhet och café-au-lait-fläckar."),
        ("Tidiga hypoteser", "Misstänkt Fanconis anemi, kromosombräckagetest skickat till klinisk genetik Lund."),
        ("Planering", "Återbesök när svaret finns."),
    ], template="Läkaranteckning"),
], [("NL102", "n1")], [], "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is still visible")

C("d133-v-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "2023-01-20", "328", [
    N("n1", "V_hem", "Helena Brink", "2024-07-11T11:25:00", [
        ("Anamnes", "1,5-åring med makrocytär anemi sedan födseln, tumanomali vä hand."),
        ("Bedömning", "Trolig Diamond-Blackfans anemi, eADA förhöjt. Gensvar inväntas."),
    ], template="Tidiga hypoteser"),
], [("NL102", "n1")], [], "VGR protects by sökord: a note titled Tidiga hypoteser whose section keyword is Bedömning is visible")

C("d133-v-lcs-i-tidiga-hypoteser-men-lacker-i-planering", "vgr", "2020-04-04", "713", [
    N("n1", "V_hem", "Erik Nyström", "2024-03-26T14:50:00", [
        ("Aktuellt", "Fjällande utslag i hårbotten sedan månader och en osteolys i skallbenet på rtg efter ett fall."),
        ("Tidiga hypoteser", "Langerhanscellshistiocytos misstänks, biopsi planeras."),
        ("Planering", "Biopsi av skallesionen v. 14, frågeställning LCH? Skelettröntgen och lab inför."),
    ]),
], [("NL102", "n1")], [], "hypothesis correctly under the VGR sökord Tidiga hypoteser, but 'frågeställning LCH?' leaks into the visible Planering")

C("d133-s-lekterapeut-trolig-vinkristinneuropati", "skane", "2018-07-19", "524", [
    N("n1", "S_lek", "Camilla Borg", "2024-10-22T14:00:00", [
        ("Aktuellt", "Ella kom till lekterapin i rullstol med mamma i dag. Ville måla men tappade penseln flera gånger."),
        ("Bedömning", "Enligt avdelningens läkare har hon trolig vinkristinneuropati, därför väljer vi grövre penslar och stora kritor."),
        ("Planering", "Pärlplattor får vänta. Vi besöker henne på rummet torsdag om hon är för trött för att komma ner."),
    ], template="Lekterapianteckning", role="lekterapeut", setting="slutenvård"),
], [("NL102", "n1")], [], "a play therapist repeats a hedged diagnosis (trolig vinkristinneuropati) in a visible note")

C("d133-v-larare-misstankt-horselnedsattning", "vgr", "2012-10-15", "486", [
    N("n1", "V_skola", "Ingrid Falk", "2024-08-20T12:30:00", [
        ("Skolsituation", "Alva går i åk 5 och får undervisning på sjukhusskolan under behandlingsveckorna. Hon är duktig i matte men trött efter kurerna."),
        ("Bedömning", "Misstänkt cisplatinutlöst hörselnedsättning enligt kontaktsjuksköterskan, audiometri är inte gjord ännu. Alva hör sämre när flera pratar samtidigt."),
        ("Åtgärd", "Hon får sitta längst fram och vi skriver instruktionerna på tavlan. Kontakt tagen med hemskolans specialpedagog."),
    ], template="Sjukhusskoleanteckning", role="lärare"),
], [("NL102", "n1")], [], "hospital school teacher writes a suspected ototoxic hearing loss in a visible note of an 11-year-old")

C("d133-s-sena-effekter-typo-misstant-kardiomyopati", "skane", "1999-04-09", "915", [
    N("n1", "S_sena", "Karl-Johan Persson", "2024-03-13T10:00:00", [
        ("Anamnes", "Behandlad för osteosarkom 2009 med doxorubicin, kumulativt 450 mg/m2. Ansträngningsdyspné i trappor sedan i höstas."),
        ("Status", "BT 118/76, puls 88 reg. Cor: inga blåsljud. Inga ödem."),
        ("Utredning", "UCG: EF 44 %, globalt nedsatt funktion. NT-proBNP 620."),
        ("Bedömning", "Misstänt antracyklininducerad kardiomyopati, sen debut."),
        ("Planering", "Remiss hjärtsviktsmottagningen, ACE-hämmare efter kontakt med kardiolog. Nytt UCG om tre månader."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "late effects clinic, 24-year-old: typo 'Misstänt' (misstänkt) anthracycline cardiomyopathy in Bedömning")

C("d133-v-sena-effekter-trolig-tyreoideacancer", "vgr", "1996-11-30", "262", [
    N("n1", "V_sena", "Annika Törnqvist", "2024-05-15T13:20:00", [
        ("Anamnes", "Hodgkins lymfom 2010, mantelfältsstrålning 30 Gy. Har själv känt en knöl på halsen."),
        ("Utredning", "UL tyreoidea: 14 mm hypoekogen nodulus hö lob med mikrokalk, TIRADS 5. FNP: Bethesda V."),
        ("Bedömning", "Trolig papillär tyreoideacancer, strålinducerad."),
        ("Planering", "Remiss endokrinkirurgen för hemityreoidektomi."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "adult survivor: 'Trolig papillär tyreoideacancer' as a second malignancy, visible")

C("d133-s-diagnos-med-fragetecken-kort", "skane", "2020-11-11", "317", [
    N("n1", "S_ksd_avd", "Nils Gunnarsson", "2024-07-02T17:45:00", [
        ("Diagnos", "Akut lymfatisk leukemi? (C91.0)"),
        ("Planering", "Överflyttning till barnonkologen Lund med ambulans i dag efter kontakt med bakjour där."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "short note: a coded diagnosis with a trailing question mark under sökord Diagnos")

C("d133-v-typo-differentialdiagons-tec-dba", "vgr", "2022-12-01", "548", [
    N("n1", "V_skovde", "Lars Ekdahl", "2024-06-04T15:30:00", [
        ("Anamnes", "Ökande blekhet sedan tre veckor, i övrigt välmående. Gastroenterit i april."),
        ("Lab", "Hb 54, retikulocyter 0,1 %, MCV 79, LPK och TPK normala. Bilirubin normalt."),
        ("Bedömning", "Isolerad aregenerativ anemi. Differentialdiagons transitorisk erytroblastopeni (TEC) eller Diamond-Blackfans anemi; ålder och normalt MCV talar mer för det förra."),
        ("Åtgärd", "Erytrocyttransfusion 15 ml/kg. Remiss barnhematolog DSBUS för ställningstagande till benmärg."),
    ]),
], [("NL102", "n1")], [], "typo 'Differentialdiagons': TEC vs Diamond-Blackfan still open in a visible Bedömning")

C("d133-s-oklart-om-aplastisk-anemi-eller-mds", "skane", "2016-01-25", "771", [
    N("n1", "S_onk", "Sara Wahlström", "2024-05-21T09:30:00", [
        ("Aktuellt", "Pancytopeni upptäckt vid kontroll för långdragen tonsillit. Inga blaster perifert."),
        ("Bedömning", "Oklart om det rör sig om svår aplastisk anemi eller hypoplastiskt MDS. Benmärgsbiopsi och cytogenetik avgör."),
        ("Planering", "HLA-typning av pat och helsyskon, trombocyter om TPK <10."),
    ], template="Mottagningsanteckning"),
], [("NL102", "n1")], [], "'Oklart om det rör sig om' aplastisk anemi eller MDS: an open diagnosis in a visible note")

C("d133-v-kan-rora-sig-om-burkitt", "vgr", "2012-02-02", "138", [
    N("n1", "V_akut", "Johan Lilja", "2024-10-10T19:25:00", [
        ("Kontaktorsak", "Snabbt växande buk och buksmärta sedan tio dagar."),
        ("Status", "Utspänd buk, stor fast resistens i hö fossa, ascites. Afebril, cirkulatoriskt stabil."),
        ("Utredning", "UL buk: 10 cm tumörmassa ileocekalt, riklig ascites. LD 3 400, urat 510."),
        ("Bedömning", "Kan röra sig om Burkittlymfom, den snabba tillväxten och högt LD pekar åt det hållet."),
        ("Åtgärd", "Läggs in på avd 322, hyperhydrering och rasburikas, ascitestappning för flödescytometri i morgon."),
    ], template="Akutanteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "'Kan röra sig om Burkittlymfom' in a visible emergency note for a 12-year-old")

C("d133-s-lang-inskrivning-trol-bronkopneumoni", "skane", "2017-09-09", "293", [
    N("n1", "S_avd64", "Viktor Engström", "2024-12-03T18:20:00", [
        ("Kontaktorsak", "Feber 38,9 hemma, hosta sedan två dagar."),
        ("Anamnes", "6-årig pojke med pre-B-ALL, intermediärrisk, diagnos i september 2024. Nu i konsolideringsfas, fick högdos metotrexat för nio dagar sedan. Trimetoprim-sulfa som profylax helger. Storebror har varit förkyld. Ingen diarré, kissar som vanligt, äter sämre."),
        ("Status", "AT: Trött men kontaktbar, lätt takypné. Temp 38,7. AF 32, sat 94 %. Cor: Reg, takykard 136, inga blåsljud. Pulm: Nedsatta andningsljud och krepitationer hö basalt. Buk: Mjuk, oöm. Port-a-cath: Lugnt, ingen rodnad. Munslemhinna: Lätt mukosit grad 1. Hud: ua."),
        ("Lab", "CRP 84, LPK 0,9, neutr 0,2, Hb 91, TPK 64. Blododling x 2 via port och perifert."),
        ("Röntgen", "Rtg pulm: Infiltrat i hö underlob."),
        ("Bedömning", "Neutropen feber, trol. bronkopneumoni hö underlob. Cirkulatoriskt stabil."),
        ("Åtgärd", "Pip-tazo enligt PM, NPH-sekret för luftvägsvirus-PCR, syrgas vid sat <92 %."),
        ("Planering", "Föräldrarna stannar över natten. Ny CRP i morgon, ställningstagande till G-CSF med ansvarig onkolog."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], [("NL102", "n1")], [], "long admission chart where only one abbreviated hedge ('trol. bronkopneumoni') stands among confirmed facts")

C("d133-v-tva-anteckningar-trolig-cmv", "vgr", "2018-02-17", "684", [
    N("n1", "V_323", "Lisa Jakobsson", "2024-04-03T07:10:00", [
        ("Omvårdnad", "Sov oroligt, mamma vid sängen hela natten. Tog sina tabletter utan protest, äter lite yoghurt."),
    ], template="Omvårdnadsanteckning", role="sjuksköterska", setting="slutenvård"),
    N("n2", "V_323", "Maria Sandberg", "2024-04-03T13:40:00", [
        ("Provsvar", "CMV-PCR i plasma 12 000 kopior/ml, stigande från 800 förra veckan."),
        ("Bedömning", "Trolig CMV-reaktivering efter SCT, ingen organpåverkan hittills."),
        ("Åtgärd", "Start valganciklovir, dosen dubbelkontrollerad med farmaceut."),
    ], setting="slutenvård"),
], [("NL102", "n2")], [("NL102", "n1")], "two notes the same day: the hedge is in the physician note n2, the nursing note n1 holds none")

C("d133-s-utkast-susp-neuroblastom", "skane", "2022-07-30", "159", [
    N("n1", "S_onk", "Elin Kjellberg", "2024-04-02T11:00:00", [
        ("Aktuellt", "Remiss från BVC: uppblåst buk och blåaktiga knölar i huden."),
        ("Status", "Hepatomegali 5 cm ukr, flera subkutana blåaktiga noduli, opåverkad."),
        ("Bedömning", "Susp. neuroblastom stadium MS."),
        ("Planering", "UL buk, urinkatekolaminer, MIBG. Trol. inläggning nästa vecka."),
    ], template="Mottagningsanteckning", signed=None),
], [("NL102", "n1")], [], "unsigned draft (pre-signing) with 'Susp. neuroblastom' in Bedömning")

C("d133-v-tel-trolig-varicella-under-cytostatika", "vgr", "2019-11-22", "398", [
    N("n1", "V_bcc", "Therese Andersson", "2024-02-14T08:20:00", [
        ("Telefonkontakt", "Pappa ringer: blåsor på bålen sedan i morse, klåda, temp 37,9. Systern var hemma från förskolan med vattkoppor förra veckan. Pat får underhållsbehandling för ALL."),
        ("Bedömning", "Trolig varicella hos immunsupprimerat barn."),
        ("Åtgärd", "Kommer in till avd 322 inom en timme, isoleringsrum förberett. Dr Holm informerad, aciklovir iv ordinerat."),
    ], template="Telefonanteckning", role="sjuksköterska"),
], [("NL102", "n1")], [], "nurse telephone note: 'Trolig varicella' in a child on chemotherapy")

C("d133-s-fragestallning-recidiv-wilms-i-remisstext", "skane", "2012-05-14", "806", [
    N("n1", "S_ksd_mott", "Åsa Lindberg", "2024-09-30T14:10:00", [
        ("Remisstext", "Till barnonkologen Lund. Frågeställning: recidiv av Wilms tumör? 12-åring behandlad 2019, nu ny resistens i vä flank vid UL."),
        ("Planering", "DT thorax-buk bokad i Lund 3/10."),
    ]),
], [("NL102", "n1")], [], "'Frågeställning: recidiv…?' in a visible referral section is a hedged diagnosis")

# ---------------------------------------------------------------- NL102 must_not
C("d133-v-ingen-misstanke-cns-engagemang", "vgr", "2014-08-08", "224", [
    N("n1", "V_322", "Jonas Berggren", "2024-03-14T12:00:00", [
        ("Aktuellt", "Dag 8 induktion, pre-B-ALL med ETV6-RUNX1."),
        ("Utredning", "LP: 0 celler, inga blaster i cytospin. Ingen misstanke om CNS-engagemang (CNS 1)."),
        ("Planering", "Intratekalt metotrexat enligt protokoll dag 15 och 29."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "confirmed ALL; CNS involvement is explicitly negated ('Ingen misstanke om')")

C("d133-s-leukemi-kan-uteslutas-persisterande-itp", "skane", "2018-03-30", "597", [
    N("n1", "S_onk", "Sara Wahlström", "2024-06-27T10:45:00", [
        ("Aktuellt", "Återbesök efter benmärgsundersökning pga TPK 4 utan förbättring efter IVIG."),
        ("Utredning", "Benmärg: normocellulär, rikligt med megakaryocyter, inga blaster. Leukemi kan därmed uteslutas."),
        ("Diagnos", "Immunologisk trombocytopeni (ITP), persisterande."),
        ("Planering", "Fortsatt expektans, nytt blodstatus om två veckor."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "leukaemia ruled out ('kan uteslutas'); the remaining ITP diagnosis is settled")

C("d133-v-typo-talr-emot-recidiv-ependymom", "vgr", "2015-10-10", "431", [
    N("n1", "V_bcc", "Per Westerlund", "2024-01-30T14:15:00", [
        ("Röntgen", "MR hjärna och ryggmärg 12 mån efter avslutad strålbehandling: stationära postoperativa förändringar i fossa posterior, ingen kontrastladdning. Talr emot recidiv av ependymomet."),
        ("Bedömning", "Stabilt. Fungerar fint i skolan enligt mamma."),
        ("Planering", "Nästa MR om fyra månader."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "typo 'Talr emot' (talar emot): relapse is argued against, the ependymoma itself is known")

C("d133-s-inga-tecken-pa-sepsis-wilms", "skane", "2016-04-19", "282", [
    N("n1", "S_akut_malmo", "Rebecka Strand", "2024-11-12T20:30:00", [
        ("Aktuellt", "Feber 38,6 en gång hemma. Behandlas för Wilms tumör med vinkristin och aktinomycin D."),
        ("Status", "Pigg, varm och torr perifert, kapillär återfyllnad <2 sek, puls 104. Inga tecken på sepsis."),
        ("Lab", "Neutr 1,8, CRP 11."),
        ("Bedömning", "Feber utan neutropeni hos opåverkat barn, handläggs enligt PM för icke-neutropen feber."),
        ("Åtgärd", "Blododling från CVK, hem utan antibiotika."),
    ], template="Akutanteckning"),
], [], [("NL102", "n1")], "'Inga tecken på sepsis' is a negation; the Wilms diagnosis is confirmed")

C("d133-v-misstanken-om-neuroblastom-avskrivs", "vgr", "2023-02-14", "615", [
    N("n1", "V_nal", "Maja Karlsson", "2024-04-23T09:40:00", [
        ("Aktuellt", "Uppföljning av 2 cm binjureexpansivitet hö som sågs på UL vid tre månaders ålder."),
        ("Utredning", "Nytt UL: resistensen har gått i regress, nu 0,6 cm och cystisk. Urinkatekolaminer normala x 2."),
        ("Bedömning", "Regredierande binjureblödning. Misstanken om neuroblastom avskrivs."),
        ("Planering", "Inga fler kontroller, BVC följer som vanligt."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "hard negative: the word 'Misstanken' appears, but the suspicion is dropped ('avskrivs')")

C("d133-s-morbror-trolig-lymfom", "skane", "2017-12-24", "360", [
    N("n1", "S_hbg", "Mattias Öhrn", "2024-02-06T13:00:00", [
        ("Anamnes", "Hereditet: morbror dog i Irak i trolig lymfom, oklart vilken typ. Mamma har hypotyreos. Inga kända blodsjukdomar i övrigt."),
        ("Aktuellt", "Kontroll sex månader efter avslutad ALL-behandling, mår bra och har börjat dansa igen."),
        ("Lab", "Normalt blodstatus."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "the hedged lymphoma belongs to a relative (morbror), not to the patient")

C("d133-v-syster-utreds-misstankt-celiaki", "vgr", "2019-09-03", "133", [
    N("n1", "V_hem", "Helena Brink", "2024-09-10T10:30:00", [
        ("Anamnes", "Storasyster utreds för misstänkt celiaki på barnmottagningen i Kungälv. Pat själv äter allt."),
        ("Aktuellt", "Kontroll av hereditär sfärocytos. Ingen hemolytisk kris sedan i vintras."),
        ("Lab", "Hb 106, retikulocyter 8 %, bilirubin 31."),
        ("Planering", "Folsyra fortsätter, splenektomi diskuteras tidigast vid sex års ålder."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "suspected coeliac disease is the sister's; the patient's spherocytosis is confirmed")

C("d133-s-ev-ny-benmarg-plan", "skane", "2013-06-30", "840", [
    N("n1", "S_avd64", "Ola Fransson", "2024-03-08T11:50:00", [
        ("Aktuellt", "Dag 29 induktion klar, T-ALL. Benmärgen visade MRD 0,04 %."),
        ("Planering", "Ev. ny benmärgsundersökning v. 12 beroende på MRD-nivå efter konsolidering. Eventuellt CVK-byte samtidigt."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "hedges ('Ev.', 'Eventuellt') only on procedures; the T-ALL diagnosis is settled")

C("d133-v-trolig-hemgang-i-morgon", "vgr", "2018-12-19", "576", [
    N("n1", "V_322", "Lisa Jakobsson", "2024-05-29T15:15:00", [
        ("Omvårdnad", "Feberfri sedan 48 h, äter pannkakor och dricker bra. Odlingarna negativa."),
        ("Planering", "Trolig hemgång i morgon förmiddag om fortsatt feberfri, pappa hämtar."),
    ], template="Daganteckning", role="sjuksköterska", setting="slutenvård"),
], [], [("NL102", "n1")], "'Trolig hemgång' hedges a discharge, not a diagnosis")

C("d133-s-om-feber-ring-avdelningen", "skane", "2020-02-02", "442", [
    N("n1", "S_onk", "Hanna Lund", "2024-07-23T09:05:00", [
        ("Telefonkontakt", "Mamma ringer angående munsår efter kuren. Äter glass, dricker tillräckligt."),
        ("Råd", "Munvård enligt instruktion. Om feber 38,5 eller mer, eller om hon slutar dricka – ring avdelning 64 direkt, dygnet runt."),
    ], template="Telefonanteckning", role="sjuksköterska"),
], [], [("NL102", "n1")], "conditional advice ('Om feber …, ring') holds no diagnosis of the patient")

C("d133-v-bekraftad-wilms-stadium-ii", "vgr", "2020-08-17", "509", [
    N("n1", "V_bcc", "Karin Åhlund", "2024-10-29T10:55:00", [
        ("Diagnos", "Wilms tumör vä njure, stadium II, intermediärrisk histologi (PAD 2024-10-25)."),
        ("Bedömning", "Postoperativ behandling enligt UMBRELLA med vinkristin och aktinomycin D i 27 veckor. Ingen strålbehandling."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "a histologically confirmed diagnosis without any hedge")

C("d133-s-li-fraumeni-i-mallen-tidiga-hypoteser", "skane", "2015-05-05", "379", [
    N("n1", "S_onk", "Gustav Rydén", "2024-04-16T15:30:00", [
        ("Bedömning", "Adrenokortikal cancer hos pat och två tidiga cancerfall på mammas sida. Misstänkt Li-Fraumenis syndrom."),
        ("Planering", "Genetisk vägledning planeras innan provtagning tas upp med familjen."),
    ], template="Tidiga hypoteser"),
], [], [("NL102", "n1")], "Skåne: the whole note uses the protected template Tidiga hypoteser")

C("d133-v-kongenital-neutropeni-under-sokord-tidiga-hypoteser", "vgr", "2021-05-20", "650", [
    N("n1", "V_hem", "Erik Nyström", "2024-11-19T14:20:00", [
        ("Aktuellt", "Återkommande infektioner och lätt neutropeni sedan ett år. Växer bra."),
        ("Tidiga hypoteser", "Möjlig kongenital neutropeni, ELANE-sekvensering skickad."),
        ("Planering", "Blodstatus två gånger i veckan under sex veckor, sedan återbesök."),
    ]),
], [], [("NL102", "n1")], "VGR: the hedged diagnosis sits only under the protected sökord Tidiga hypoteser")

C("d133-s-pmo-bvc-misstankt-jarnbrist", "skane", "2022-09-12", "181", [
    N("n1", "P_bvc", "Ulrika Sjöstrand", "2024-09-19T09:30:00", [
        ("Besöksorsak", "18-månaderskontroll."),
        ("Aktuellt", "Blek enligt mamma, dricker mycket välling. Hb 97 på kapillärprov."),
        ("Bedömning", "Misstänkt järnbristanemi, diskuterat med BVC-läkaren."),
        ("Åtgärd", "Tid hos vårdcentralens läkare för lab och ställningstagande till järnbehandling."),
    ], template="BVC-besök", role="sjuksköterska"),
], [], [("NL102", "n1")], "PMO never shows diagnoses: hedged anaemia in a BVC note")

C("d133-s-pmo-vc-trolig-itp", "skane", "2019-01-08", "702", [
    N("n1", "P_husie", "Daniel Ahmadi", "2024-01-25T16:10:00", [
        ("Anamnes", "Blåmärken och prickar på benen sedan tre dagar. Förkyld förra veckan."),
        ("Status", "Rikligt med petekier på underbenen, opåverkad, ingen lymfkörtelförstoring."),
        ("Bedömning", "Trolig ITP, men leukemi behöver uteslutas."),
        ("Åtgärd", "Telefonkontakt med barnjouren SUS Malmö, familjen åker dit direkt."),
    ], template="Besöksanteckning"),
], [], [("NL102", "n1")], "PMO vårdcentral note with 'Trolig ITP' is not shown in Journalen")

C("d133-s-pmo-typo-missankt-lymfom-17", "skane", "2007-06-06", "317", [
    N("n1", "P_eslov", "Petra Nordin", "2024-08-15T10:40:00", [
        ("Anamnes", "17-åring med knölar på halsen sedan sex veckor, nattsvettningar, gått ner 4 kg."),
        ("Status", "Multipla förstorade lymfkörtlar bilat på halsen, största 3 cm, oömma."),
        ("Bedömning", "Missänkt lymfom."),
        ("Åtgärd", "Remiss enligt SVF lymfom skickad, blodprover tagna."),
    ], template="Besöksanteckning"),
], [], [("NL102", "n1")], "PMO note with typo 'Missänkt lymfom': PMO never shows diagnoses")

C("d133-v-symptom-hedgar-under-underhall", "vgr", "2017-02-27", "834", [
    N("n1", "V_skovde", "Lars Ekdahl", "2024-08-27T11:15:00", [
        ("Aktuellt", "Delad vård, ALL i underhållsfas. Mamma tycker att han möjligen är något tröttare senaste veckan, ev. lätt illamående på kvällarna efter tabletterna."),
        ("Status", "Opåverkad, normalt status."),
        ("Lab", "LPK 2,8, neutr 1,4, ALAT 95."),
        ("Planering", "Dosjustering enligt protokoll efter samråd med DSBUS. Ny kontroll om två veckor."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "hedges only on symptoms (trötthet, illamående); ALL is a known diagnosis")

C("d133-s-hb-trol-under-70-transfusion", "skane", "2016-09-09", "628", [
    N("n1", "S_avd64", "Jessica Holm", "2024-10-01T16:40:00", [
        ("Omvårdnad", "Blek och trött efter skoltimmen på avdelningen. Hb 74 i morse, trol. under 70 till i morgon."),
        ("Planering", "Erytrocyter beställda, eventuellt transfusion redan i kväll om hon blir sämre."),
    ], template="Omvårdnadsanteckning", role="sjuksköterska", setting="slutenvård"),
], [], [("NL102", "n1")], "hedges on a lab value and on a transfusion, no diagnosis")

C("d133-v-picc-line-fragetecken", "vgr", "2011-12-05", "753", [
    N("n1", "V_322", "Amir Haddad", "2024-02-20T10:10:00", [
        ("Aktuellt", "Port-a-cath fungerar dåligt, går ej att aspirera."),
        ("Planering", "PICC-line? Diskuteras med anestesin i morgon. Alteplas i porten först."),
    ], signed=None, setting="slutenvård"),
], [], [("NL102", "n1")], "a question mark on a device plan ('PICC-line?'), not a diagnosis; unsigned draft")

C("d133-s-typo-ingen-missanke-om-hlh", "skane", "2022-10-30", "210", [
    N("n1", "S_biva", "Anders Ljunggren", "2024-03-19T12:25:00", [
        ("Bedömning", "Feber dag 5 med adenovirus i NPH. Ferritin 410, fibrinogen normalt. Ingen missanke om HLH i nuläget."),
    ], template="Konsultationsanteckning", setting="slutenvård"),
], [], [("NL102", "n1")], "typo in a negation ('Ingen missanke om HLH') still negates")

C("d133-v-tidigare-misstankt-nu-bekraftad-neuroblastom", "vgr", "2021-11-08", "467", [
    N("n1", "V_bcc", "Sofia Lindgren", "2024-02-08T16:00:00", [
        ("Diagnos", "Neuroblastom vä binjure, MYCN-amplifierat, stadium M."),
        ("Bedömning", "Den tidigare misstänkta diagnosen är nu bekräftad med biopsi och benmärg. Högriskprotokoll."),
        ("Planering", "Induktion med rapid COJEC startar måndag, CVK läggs fredag."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "hard negative: 'tidigare misstänkta' refers to a diagnosis that is now confirmed")

C("d133-s-larare-ev-halvtid-hemskolan", "skane", "2008-05-03", "446", [
    N("n1", "S_skola", "Birgitta Sundell", "2024-10-14T13:00:00", [
        ("Skolsituation", "Gymnasiet åk 1, naturvetenskapsprogrammet. Har följt undervisningen digitalt under strålbehandlingen."),
        ("Planering", "Ev. återgång till hemskolan på halvtid efter höstlovet. Eventuellt anpassat schema med sovmorgon."),
    ], template="Sjukhusskoleanteckning", role="lärare"),
], [], [("NL102", "n1")], "teacher's hedges concern schooling plans only (16-year-old)")

C("d133-v-lekterapi-troligen-mer-lek-pa-rummet", "vgr", "2020-06-30", "193", [
    N("n1", "V_lek", "Jenny Olofsson", "2024-05-14T14:45:00", [
        ("Lekterapi", "Leo lekte med läkarväskan och gav nallen 'medicin i slangen'. Han var lugn när ssk spolade porten efteråt."),
        ("Planering", "Troligen blir det mer lek på rummet denna vecka eftersom han ska isoleras."),
    ], template="Lekterapianteckning", role="lekterapeut", setting="slutenvård"),
], [], [("NL102", "n1")], "play therapist: 'Troligen' hedges where play happens, no diagnosis")

C("d133-s-differentialdiagnos-osteomyelit-avfardad", "skane", "2008-01-22", "862", [
    N("n1", "S_onk", "Linnea Holmqvist", "2024-02-15T11:30:00", [
        ("Utredning", "PAD från biopsi prox tibia vä: konventionellt osteosarkom, höggradigt."),
        ("Bedömning", "Osteomyelit som differentialdiagnos är därmed avfärdad. Lungmetastaser saknas på DT."),
        ("Planering", "MAP-behandling startar v. 8, fertilitetsbevarande åtgärder är klara."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "hard negative: the word 'differentialdiagnos' names a diagnosis that is dismissed; osteosarcoma is confirmed")

C("d133-v-hypotetisk-neutropen-feber-information", "vgr", "2017-08-01", "325", [
    N("n1", "V_nal", "Maja Karlsson", "2024-11-26T15:50:00", [
        ("Information", "Föräldrarna har fått skriftlig information inför hemgång. Skulle ny feber komma under neutropenin behandlas den som neutropen feber enligt regionalt PM, med antibiotika inom en timme."),
        ("Planering", "Åter till NÄL för blodstatus fredag."),
    ], template="Utskrivningsanteckning", setting="slutenvård"),
], [], [("NL102", "n1")], "hypothetical future condition ('Skulle ny feber komma …') is not a hedged diagnosis")

C("d133-s-mamma-orolig-for-leukemi-ingen-misstanke", "skane", "2019-12-12", "258", [
    N("n1", "S_ystad", "Tove Malmberg", "2024-03-28T10:20:00", [
        ("Anamnes", "Blåmärken på skenbenen efter mycket klättrande. Mamma orolig för leukemi eftersom en kusin fick ALL förra året."),
        ("Status", "Några gula och gröna hematom på framsidan av underbenen. Inga petekier, ingen organomegali, lgl ua."),
        ("Lab", "Normalt blodstatus och diff, normala PK och APTT."),
        ("Bedömning", "Ingen klinisk misstanke om leukemi eller blödningsrubbning. Blåmärkena sitter typiskt för lek."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "parental worry about leukaemia, explicitly negated by the doctor; the cousin's ALL is a relative's")

C("d133-v-sena-effekter-ingen-misstanke-sekundar-malignitet", "vgr", "2001-07-07", "562", [
    N("n1", "V_sena", "Annika Törnqvist", "2024-10-16T09:15:00", [
        ("Anamnes", "Behandlad för medulloblastom 2009 med kraniospinal strålning. Känd GH-brist och hypotyreos, substituerad."),
        ("Status", "Huden ua inom strålfältet, tyreoidea ua vid palpation."),
        ("Bedömning", "Ingen misstanke om sekundär malignitet vid dagens besök."),
        ("Planering", "Ev. ny DXA om två år. Nästa MR hjärna inom screeningprogrammet för meningiom 2026."),
    ], template="Mottagningsanteckning"),
], [], [("NL102", "n1")], "adult survivor: second malignancy negated, only a DXA plan is hedged")

C("d133-s-pmo-ungdomsmottagning-mojlig-ovariell-insufficiens", "skane", "2006-10-10", "584", [
    N("n1", "P_um", "Karolina Ek", "2024-05-06T15:20:00", [
        ("Anamnes", "Behandlad för ALL som 8-åring, följs av mottagningen för sena effekter i Lund. Söker för preventivmedel, oregelbundna mens sedan ett år."),
        ("Bedömning", "Möjlig prematur ovariell insufficiens efter cytostatika, bör utredas."),
        ("Åtgärd", "Hormonprover tagna (FSH, LH, AMH, östradiol). Remiss gynekolog med kopia till uppföljningsmottagningen."),
    ], template="Besöksanteckning", role="barnmorska"),
], [], [("NL102", "n1")], "PMO youth clinic note: a hedged diagnosis in PMO is never shown")

# =========================================================================== NL101
# ---------------------------------------------------------------- NL101 must
C("d133-s-wilms-anaplasi-foraldrar-ej-informerade", "skane", "2021-03-15", "735", [
    N("n1", "S_bkir", "Fredrik Lönn", "2024-05-16T15:20:00", [
        ("Provsvar", "PAD efter nefrektomi hö: Wilms tumör med diffus anaplasi, stadium II."),
        ("Information", "Föräldrarna ännu ej informerade om PAD, samtal tillsammans med barnonkolog och kontaktsjuksköterska bokat torsdag kl 13."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "confirmed Wilms tumour with anaplasia in a visible note while the guardians (who read the 3-year-old's journal) are not yet told")

C("d133-v-aml-foraldrar-har-inte-fatt-besked", "vgr", "2016-07-04", "266", [
    N("n1", "V_322", "Jonas Berggren", "2024-01-11T17:35:00", [
        ("Provsvar", "Flödescytometri benmärg: AML, 62 % myeloiska blaster. Cytogenetik pågår."),
        ("Bedömning", "AML, behandlas enligt NOPHO-DBH AML 2012 när genetiken är klar."),
        ("Information", "Föräldrarna har inte fått besked ännu – pappa är på väg hem från Norge och vi väntar in honom så att båda är med."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "AML written in Provsvar/Bedömning while neither guardian has been told")

C("d133-s-17-aring-all-recidiv-ej-informerad", "skane", "2006-12-20", "493", [
    N("n1", "S_onk", "Linnea Holmqvist", "2024-06-04T16:05:00", [
        ("Provsvar", "Benmärg: recidiv av pre-B-ALL, 38 % blaster. Sent isolerat märgrecidiv."),
        ("Information", "Pat ej informerad, är på läger i helgen. Samtal med honom och föräldrarna måndag 10/6."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "17-year-old reads his own journal: relapse written while he is not informed")

C("d133-v-16-aring-hodgkin-typo-vet-annu-inet", "vgr", "2008-01-04", "324", [
    N("n1", "V_bcc", "Sofia Lindgren", "2024-09-18T12:10:00", [
        ("Provsvar", "Biopsi hö halslymfkörtel: klassiskt Hodgkins lymfom, nodulär skleros."),
        ("Planering", "Besked ges vid återbesöket fredag med mamma närvarande, patienten vet ännu inet svaret. Staging med PET-DT bokad."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "typo 'inet' (inte): 16-year-old not yet told about a confirmed Hodgkin lymphoma")

C("d133-s-kontaktssk-dipg-vanta-med-att-saga", "skane", "2018-04-27", "580", [
    N("n1", "S_avd64", "Malin Åkesson", "2024-07-09T11:30:00", [
        ("Aktuellt", "MR visar diffust intrinsiskt ponsgliom (DIPG) enligt dr Ekström."),
        ("Information", "Dr Ekström har bett oss vänta med att säga något till familjen tills han själv har haft samtal med dem i eftermiddag."),
    ], template="Omvårdnadsanteckning", role="kontaktsjuksköterska", setting="slutenvård"),
], [("NL101", "n1")], [], "contact nurse documents DIPG and that the family must not be told yet")

C("d133-v-lekterapeut-foraldrar-vet-inte-om-recidiv", "vgr", "2017-05-25", "217", [
    N("n1", "V_lek", "Jenny Olofsson", "2024-11-07T15:05:00", [
        ("Lekterapi", "Noah byggde en stor legoraket och berättade om sin hund. Han frågar inte så mycket om varför han är här igen."),
        ("Samverkan", "Enligt ansvarig läkare vet föräldrarna ännu inte om att neuroblastomet har återkommit. Vi i lekterapin undviker därför samtal om ny behandling tills de fått besked."),
    ], template="Lekterapianteckning", role="lekterapeut", setting="slutenvård"),
], [("NL101", "n1")], [], "play therapist writes the neuroblastoma relapse and that the guardians do not know yet")

C("d133-s-sena-effekter-basalcellscancer-ej-underrattad", "skane", "1998-08-18", "620", [
    N("n1", "S_sena", "Karl-Johan Persson", "2024-04-24T14:25:00", [
        ("Provsvar", "PAD hudbiopsi rygg: basalcellscancer, nodulär typ, inom tidigare strålfält."),
        ("Information", "Pat ej underrättad ännu. Meddelas per telefon av undertecknad i morgon, remiss hudkliniken skickas samtidigt."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "adult survivor: skin cancer in the strålfält written while she is not yet told")

C("d133-v-misstankt-lungrecidiv-ej-informerade", "vgr", "2018-09-14", "602", [
    N("n1", "V_bcc", "Karin Åhlund", "2024-03-21T16:45:00", [
        ("Röntgen", "DT thorax uppföljning: två nya 6–8 mm noduli i hö underlob."),
        ("Bedömning", "Misstänkt lungrecidiv av Wilms tumör. Föräldrarna ej informerade i väntan på MDK."),
    ], template="Mottagningsanteckning"),
], [("NL101", "n1"), ("NL102", "n1")], [], "a hedged relapse that the guardians have not been told: both rules apply to the visible Bedömning")

C("d133-s-typo-foraldrar-ej-infomerade-hbh", "skane", "2019-07-07", "457", [
    N("n1", "S_ksd_mott", "Åsa Lindberg", "2024-08-08T13:35:00", [
        ("Provsvar", "Hb-elektrofores och DNA-analys: HbH-sjukdom (alfatalassemi med tre gendeletioner)."),
        ("Information", "Föräldrar ej infomerade om diagnosen ännu, tolk på arabiska bokas till samtal nästa vecka."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "typo 'infomerade': HbH disease in a visible note, guardians not told")

C("d133-v-typo-nueroblastom-familjen-har-inte-fatt-veta", "vgr", "2023-06-01", "118", [
    N("n1", "V_nal", "Maja Karlsson", "2024-02-29T10:05:00", [
        ("Utredning", "MIBG-scint och biopsi klara på DSBUS: nueroblastom stadium L2, utan MYCN-amplifiering."),
        ("Information", "Familjen har ännu inte fått veta, DSBUS tar beskedet vid inskrivningen i morgon."),
    ], template="Mottagningsanteckning"),
], [("NL101", "n1")], [], "typo in the diagnosis ('nueroblastom') while the family has not been told")

C("d133-s-lungmetastaser-ska-inte-meddelas-fore-mdk", "skane", "2007-04-01", "735", [
    N("n1", "S_onk", "Gustav Rydén", "2024-05-02T15:55:00", [
        ("Röntgen", "DT thorax: multipla bilaterala lungmetastaser, största 14 mm, vid känt osteosarkom vä femur."),
        ("Planering", "Ska inte meddelas pat och familj förrän efter MDK på tisdag, då behandlingsplanen också måste ändras."),
    ], template="Mottagningsanteckning"),
], [("NL101", "n1")], [], "metastatic osteosarcoma documented visibly with an order not to tell the 17-year-old yet")

C("d133-v-tall-n1-ej-informerade-n2-samtal", "vgr", "2016-10-31", "451", [
    N("n1", "V_322", "Amir Haddad", "2024-06-10T19:15:00", [
        ("Provsvar", "Flödescytometri: T-ALL. DT thorax visar mediastinal tumör 9 cm utan luftvägskompression."),
        ("Information", "Föräldrarna inte informerade än, besked i morgon bitti tillsammans med kontaktssk."),
    ], setting="slutenvård"),
    N("n2", "V_322", "Amir Haddad", "2024-06-11T09:40:00", [
        ("Samtal", "Informationssamtal med båda föräldrarna och kontaktsjuksköterska Lena. T-ALL-diagnosen och behandlingens upplägg genomgångna, skriftlig information utlämnad."),
        ("Planering", "Barnpsykologkontakt erbjuden, föräldrarna tackar ja."),
    ], template="Informationssamtal", setting="slutenvård"),
], [("NL101", "n1")], [("NL101", "n2")], "n1 withholds the T-ALL diagnosis from the guardians; n2 the next morning records that they were told")

C("d133-s-epikris-lch-vardnadshavare-ej-informerade", "skane", "2020-01-23", "668", [
    N("n1", "S_avd64", "Ola Fransson", "2024-10-04T14:00:00", [
        ("Epikris", "4-årig flicka inlagd 26/9–4/10 för utredning av feber, hudutslag, hepatosplenomegali och osteolyser."),
        ("Diagnos", "Langerhanscellshistiocytos, multisystem med riskorganengagemang (lever, mjälte)."),
        ("Information", "OBS! Vårdnadshavare ännu ej informerade om slutlig PAD. Ansvarig läkare tar samtalet på mottagningen 8/10."),
    ], template="Epikris", setting="slutenvård"),
], [("NL101", "n1")], [], "discharge summary states the final LCH diagnosis and that guardians are not informed")

C("d133-v-tel-patolog-rabdomyosarkom-ej-informerad", "vgr", "2019-03-05", "571", [
    N("n1", "V_bcc", "Per Westerlund", "2024-12-02T16:20:00", [
        ("Telefonkontakt", "Barnpatolog ringer: PAD från tumören i hö orbita visar embryonalt rabdomyosarkom."),
        ("Åtgärd", "Familjen är inte informerad ännu. Bokas till samtal med mig i morgon kl 09, tolk på tigrinja."),
    ], template="Telefonanteckning", signed=None),
], [("NL101", "n1")], [], "telephone note from pathology: rhabdomyosarcoma written before the family is told (unsigned draft)")

C("d133-s-typo-kronisk-itp-ej-inforemrats", "skane", "2014-11-03", "384", [
    N("n1", "S_hem_malmo", "Rebecka Strand", "2024-07-16T10:50:00", [
        ("Aktuellt", "TPK 12–30 under mer än tolv månader trots IVIG och kortison."),
        ("Diagnos", "Kronisk ITP (D69.3)."),
        ("Information", "Föräldrarna har ännu inte inforemrats om att det nu klassas som kronisk ITP; tas upp vid besöket i augusti."),
    ], template="Mottagningsanteckning"),
], [("NL101", "n1")], [], "typo 'inforemrats': the new diagnosis chronic ITP is visible but the guardians are not told")

C("d133-v-sena-effekter-azoospermi-svaret-ej-lamnat", "vgr", "2002-02-14", "539", [
    N("n1", "V_sena", "Annika Törnqvist", "2024-08-28T11:45:00", [
        ("Provsvar", "Spermaanalys: azoospermi, inga spermier ens efter centrifugering."),
        ("Bedömning", "Azoospermi efter högdos alkylerare (cyklofosfamid och ifosfamid vid Ewing sarkom 2012)."),
        ("Information", "Pat har ännu inte fått svaret, det lämnas personligen vid androlog-besöket."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "young adult survivor: azoospermia documented while the patient has not been told")

C("d133-s-17-aring-germinom-ej-informerad-sederad", "skane", "2007-02-08", "897", [
    N("n1", "S_nkir", "Henrik Dahl", "2024-04-11T08:50:00", [
        ("Röntgen", "MR hjärna: 2 cm tumör i pinealregionen med lätt hydrocefalus."),
        ("Bedömning", "Intrakraniellt germinom, histologiskt verifierat vid endoskopisk biopsi 9/4."),
        ("Information", "Patienten har inte blivit informerad, han var sederad efter ingreppet och föräldrarna vill vara med vid beskedet."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "17-year-old who reads his journal is not informed of a verified germinoma")

C("d133-v-17-aring-mds-monosomi-7-vet-inte", "vgr", "2006-09-23", "422", [
    N("n1", "V_hem", "Helena Brink", "2024-03-07T14:30:00", [
        ("Provsvar", "Benmärgsbiopsi: hypocellulärt MDS (refraktär cytopeni hos barn) med monosomi 7."),
        ("Planering", "Remiss till SCT-teamet, HLA-typning av syskon."),
        ("Information", "Patienten vet inte om det ännu — besked på torsdag med båda föräldrarna."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "MDS with monosomy 7 visible to a 17-year-old who does not yet know")

C("d133-s-lang-dag29-hogrisk-all-ej-informerade", "skane", "2015-12-01", "755", [
    N("n1", "S_avd64", "Viktor Engström", "2024-04-30T15:10:00", [
        ("Aktuellt", "Dag 29 induktion för pre-B-ALL, diagnos 1 april 2024. Induktionen har gått relativt väl bortsett från hyperglykemi under kortisonet, insulin t.o.m. dag 18."),
        ("Anamnes", "Mår bra, äter med god aptit och har gått upp 2 kg. Lätt ont i käken dag 15–20, tolkat som vinkristinbiverkan, nu borta. Ingen feber senaste veckan."),
        ("Status", "AT gott. Cushingoid. Hud: inga petekier, läkt stickställe efter LP. Lgl: ua. Buk: mjuk, ingen hepatosplenomegali. Neurologi: svaga akillesreflexer bilat, går på tå och häl utan problem. Port ua."),
        ("Lab", "Hb 104, LPK 3,2, neutr 1,9, TPK 245. ALAT 110, bilirubin normalt. Glukos 6,1."),
        ("Provsvar", "Benmärg dag 29: MRD 2,1 % med flödescytometri, vilket innebär högrisk-ALL enligt ALLTogether."),
        ("Bedömning", "Otillfredsställande MRD-svar dag 29, högriskarm. Behandlingsbyte från v. 6."),
        ("Information", "Föräldrarna har ännu inte informerats om att benmärgen dag 29 visar kvarvarande sjukdom och att han nu räknas som högrisk. Samtal bokas med dr Lindqvist och kontaktssk i morgon."),
        ("Planering", "HLA-typning av pat och syster, diskussion i nationell ALL-konferens fredag. Ny benmärg v. 12."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "long inpatient chart: one Information line says the guardians are not told about high-risk ALL")

C("d133-v-utkast-burkitt-foraldrar-ej-informerade", "vgr", "2014-04-14", "597", [
    N("n1", "V_322", "Johan Lilja", "2024-07-25T21:55:00", [
        ("Diagnos", "Burkittlymfom, stadium III, LD 2 900."),
        ("Information", "Föräldrarna ej informerade ännu."),
    ], signed=None, setting="slutenvård"),
], [("NL101", "n1")], [], "two-line unsigned draft: diagnosis plus 'ej informerade' (pre-signing)")

C("d133-s-nf1-kriterier-ej-diskuterat-med-foraldrar", "skane", "2021-10-05", "343", [
    N("n1", "S_hbg", "Mattias Öhrn", "2024-06-18T09:20:00", [
        ("Status", "Sju café-au-lait-fläckar >5 mm, axillär fräknighet bilat. Normal utveckling i övrigt."),
        ("Bedömning", "Kliniska kriterier för neurofibromatos typ 1 uppfyllda."),
        ("Information", "Ej diskuterat med föräldrarna ännu, vill först ha ögonundersökningen för att kunna ge hela bilden."),
    ], template="Mottagningsanteckning"),
], [("NL101", "n1")], [], "NF1 stated in Bedömning while it has not been discussed with the guardians")

C("d133-v-kontaktssk-informera-ej-pad-16-aring", "vgr", "2008-03-03", "810", [
    N("n1", "V_bcc", "Therese Andersson", "2024-06-20T16:35:00", [
        ("Aktuellt", "PAD inkommet: konventionellt osteosarkom hö humerus enligt ansvarig läkare."),
        ("Åtgärd", "OBS – informera ej pat om PAD före läkarsamtalet i morgon kl 10. Pat har frågat efter svaret och hänvisats till samtalet."),
    ], template="Omvårdnadsanteckning", role="kontaktsjuksköterska"),
], [("NL101", "n1")], [], "nurse instruction not to tell a 16-year-old his osteosarcoma PAD, in his readable journal")

C("d133-s-sena-effekter-hypogonadism-kanner-inte-till", "skane", "2004-09-09", "152", [
    N("n1", "S_sena", "Tove Malmberg", "2024-02-22T13:05:00", [
        ("Provsvar", "Testosteron 4,1 nmol/l, LH 18, FSH 32."),
        ("Bedömning", "Primär hypogonadism efter testikelbestrålning vid ALL-recidiv 2012."),
        ("Information", "Pat känner ännu inte till detta, provsvaren kom efter besöket. Kallas till återbesök för information och diskussion om testosteronsubstitution."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "19-year-old survivor: hypogonadism diagnosed, patient does not know yet")

C("d133-v-sena-effekter-terapirelaterad-aml-besked-ej-lamnat", "vgr", "1996-05-29", "772", [
    N("n1", "V_sena", "Annika Törnqvist", "2024-05-30T17:00:00", [
        ("Provsvar", "Benmärg via hematologen: terapirelaterad AML med KMT2A-rearrangemang, efter etoposidbehandling för neuroblastom 1997."),
        ("Information", "Besked har ännu inte lämnats, hematologen och undertecknad träffar pat gemensamt i morgon."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "adult survivor: therapy-related AML written before the patient is told")

C("d133-s-sfarocytos-informeras-forst-pa-aterbesok", "skane", "2019-10-19", "261", [
    N("n1", "S_ystad", "Tove Malmberg", "2024-09-24T11:10:00", [
        ("Provsvar", "EMA-bindning nedsatt, osmotisk fragilitet ökad: hereditär sfärocytos."),
        ("Planering", "Informeras först på återbesöket om två veckor, då även pappa kan komma. Folsyra skrivs ut då."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [], "hereditary spherocytosis written; the family is to be informed only at the next visit")

C("d133-v-retinoblastom-foraldrar-ej-underrattade", "vgr", "2023-04-12", "355", [
    N("n1", "V_ogon", "Cecilia Wallin", "2024-01-16T12:40:00", [
        ("Undersökning", "Narkosundersökning: unilateralt retinoblastom vä öga, grupp D."),
        ("Information", "Föräldrarna har ännu inte underrättats om fynden; ögonläkare och barnonkolog tar samtalet tillsammans efter uppvaknandet."),
    ], template="Operationsanteckning", setting="slutenvård"),
], [("NL101", "n1")], [], "retinoblastoma in an operation note while the guardians are not yet told")

C("d133-s-ssk-telefon-hodgkin-har-inte-sagt-nagot", "skane", "2012-08-08", "499", [
    N("n1", "S_onk", "Hanna Lund", "2024-07-04T10:25:00", [
        ("Telefonkontakt", "Mamma ringer och undrar över provsvaren. Undertecknad har sett att biopsin visar Hodgkins lymfom men har inte sagt något, hänvisar till läkarsamtalet i morgon."),
    ], template="Telefonanteckning", role="sjuksköterska"),
], [("NL101", "n1")], [], "nurse phone note names Hodgkin lymphoma and says the mother was not told")

# ---------------------------------------------------------------- NL101 must_not
C("d133-v-all-foraldrar-informerade-i-dag", "vgr", "2019-04-09", "656", [
    N("n1", "V_322", "Jonas Berggren", "2024-04-12T16:15:00", [
        ("Diagnos", "Akut lymfatisk leukemi, pre-B."),
        ("Information", "Föräldrarna informerade i dag om ALL-diagnosen av undertecknad tillsammans med kontaktsjuksköterska Maria. Broschyr från Barncancerfonden utlämnad."),
    ], setting="slutenvård"),
], [], [("NL101", "n1")], "the guardians were told the diagnosis today")

C("d133-s-typo-recidviet-informerades-tidigare", "skane", "2007-08-20", "128", [
    N("n1", "S_onk", "Linnea Holmqvist", "2024-03-01T09:50:00", [
        ("Aktuellt", "Pat informerades 23/2 om recidviet av Hodgkins lymfom och har haft tid att smälta beskedet. Kommer i dag med pappa för behandlingsplanering."),
        ("Planering", "Recidivbehandling enligt EuroNet, därefter autolog SCT. Ny fertilitetsbedömning."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "typo 'recidviet': the 16-year-old was told about the relapse a week ago")

C("d133-v-operationsdatum-ej-meddelat", "vgr", "2022-01-17", "283", [
    N("n1", "V_bkir", "Karin Åhlund", "2024-08-06T13:00:00", [
        ("Diagnos", "Neuroblastom hö binjure, intermediärrisk."),
        ("Planering", "Kirurgi efter fyra cykler. Operationsdatum är ännu inte meddelat familjen, koordinatorn återkommer."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "what the family has not been told is a surgery date, not a diagnosis")

C("d133-s-remiss-protonstralning-ej-informerad", "skane", "2014-10-01", "206", [
    N("n1", "S_onk", "Sara Wahlström", "2024-02-13T14:40:00", [
        ("Diagnos", "Kraniofaryngeom, adamantinomatös typ, opererad 2023."),
        ("Åtgärd", "Remiss till Skandionkliniken för protonstrålning skickad i dag. Familjen är ännu inte informerad om att remissen gått iväg, kontaktsjuksköterskan ringer dem i morgon."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "the untold item is that a referral was sent; the diagnosis is long known")

C("d133-v-normalt-mr-svar-ej-meddelat", "vgr", "2013-03-03", "488", [
    N("n1", "V_bcc", "Per Westerlund", "2024-09-05T15:25:00", [
        ("Röntgen", "MR hjärna: ingen kvarvarande tumör och inga tecken till recidiv, två år efter avslutad behandling för lågmalignt gliom."),
        ("Information", "Det normala MR-svaret är ännu inte meddelat familjen, ringer mamma i morgon förmiddag."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1")], "only a normal result is untold; the glioma is an old, known diagnosis")

C("d133-s-sent-recidiv-i-mallen-tidiga-hypoteser", "skane", "2018-01-31", "613", [
    N("n1", "S_onk", "Elin Kjellberg", "2024-11-14T16:50:00", [
        ("Bedömning", "Nytillkomna skelettsmärtor och stigande LD efter avslutad behandling. Misstänkt sent recidiv av ALL."),
        ("Information", "Föräldrarna ej informerade om misstanken, benmärg planeras först."),
    ], template="Tidiga hypoteser"),
], [], [("NL101", "n1"), ("NL102", "n1")], "Skåne: untold suspicion kept in the protected template Tidiga hypoteser")

C("d133-v-arftlig-trombocytopeni-under-sokord-tidiga-hypoteser", "vgr", "2020-10-10", "774", [
    N("n1", "V_hem", "Erik Nyström", "2024-12-10T11:00:00", [
        ("Aktuellt", "Återbesök efter genomgången utredning för långdragen trombocytopeni."),
        ("Tidiga hypoteser", "Möjlig ärftlig trombocytopeni av MYH9-typ. Föräldrarna ännu inte informerade om den här tanken i väntan på genetik."),
        ("Planering", "Nytt samtal med föräldrarna när gensvaret kommit, om cirka sex veckor."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "VGR: the untold hypothesis sits only under the sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("d133-s-17-aring-informerad-vill-sjalv-beratta-for-mamma", "skane", "2007-03-25", "339", [
    N("n1", "S_onk", "Gustav Rydén", "2024-08-22T15:35:00", [
        ("Information", "Pat informerad i dag om PAD: Ewing sarkom i vä bäcken. Han vill själv berätta för sin mamma i kväll och har bett oss att inte ringa henne först."),
        ("Planering", "Staging med PET-DT och bilaterala benmärgsbiopsier, fertilitetsbevarande åtgärder innan cytostatika."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "the 17-year-old patient is told; only his mother is not yet")

C("d133-v-sena-effekter-sambo-vet-inte", "vgr", "1997-12-12", "480", [
    N("n1", "V_sena", "Cecilia Wallin", "2024-04-04T10:30:00", [
        ("Bedömning", "Prematur ovariell insufficiens (E28.3) efter bäckenstrålning för rabdomyosarkom 2005; FSH 68 vid två tillfällen, AMH ej mätbart."),
        ("Information", "Diagnosen och vad den betyder för fertiliteten genomgången med pat i dag. Hon har ännu inte berättat för sin sambo och vill ha tid på sig."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "adult survivor told today; it is her partner who does not know")

C("d133-s-ingen-uppgift-om-information-underhall", "skane", "2015-06-15", "171", [
    N("n1", "S_ksd_mott", "Nils Gunnarsson", "2024-01-19T10:00:00", [
        ("Aktuellt", "Delad vård, v. 70 av underhållsbehandlingen. Kommer för blodstatus och dosjustering."),
        ("Diagnos", "Akut lymfatisk leukemi, pre-B, standardrisk, i remission."),
        ("Planering", "Merkaptopurin oförändrat, nästa kontroll om fyra veckor."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "a confirmed diagnosis with nothing said about telling anyone")

C("d133-v-larare-klassen-ej-informerad", "vgr", "2016-11-22", "537", [
    N("n1", "V_skola", "Ingrid Falk", "2024-03-12T13:30:00", [
        ("Skolsituation", "Elias går i klass 1. Han har akut lymfatisk leukemi och kommer att vara borta långa perioder från skolan under första halvåret."),
        ("Samverkan", "Klassen har ännu inte informerats om Elias sjukdom; föräldrarna vill vänta tills han själv orkar vara med. Digitalt möte med klassläraren på torsdag."),
    ], template="Sjukhusskoleanteckning", role="lärare"),
], [], [("NL101", "n1")], "hospital school teacher: the classmates are not told, the family obviously is")

C("d133-s-kurator-storasyster-vet-inte-om-hjarntumor", "skane", "2018-06-06", "458", [
    N("n1", "S_kurator", "Emma Rosén", "2024-09-12T14:15:00", [
        ("Samtal", "Samtal med föräldrarna kring syskonen. Storasyster (9 år) har ännu inte fått veta att lillebror har en hjärntumör (medulloblastom), föräldrarna önskar stöd i hur de ska berätta."),
        ("Planering", "Syskonstödjare via Barncancerfonden kontaktas, lekterapin erbjuder syskonträff."),
    ], template="Kuratorsanteckning", role="kurator"),
], [], [("NL101", "n1")], "the sibling is not told; the guardians know the diagnosis")

C("d133-v-tel-mormor-i-bosnien-vet-inte", "vgr", "2021-04-04", "166", [
    N("n1", "V_skovde", "Jessica Nilsson", "2024-10-24T09:45:00", [
        ("Telefonkontakt", "Mamma ringer om tiden för nästa kur. Hon berättar att mormor, som bor i Bosnien, ännu inte vet om flickans Wilms tumör och att de väntar med att berätta."),
        ("Åtgärd", "Kurtid 29/10 bekräftad. Mamma erbjuden samtal med kurator."),
    ], template="Telefonanteckning", role="sjuksköterska", signed=None),
], [], [("NL101", "n1")], "grandmother not told is a relative; the mother (guardian) knows; unsigned draft")

C("d133-s-16-aring-informerad-vill-inte-prata-mer", "skane", "2007-12-30", "362", [
    N("n1", "S_avd64", "Malin Åkesson", "2024-05-08T11:20:00", [
        ("Samtal", "Pat informerad 3/5 om diagnosen AML. Hon vill inte prata mer om sjukdomen i dag och ber oss fokusera på praktiska saker."),
        ("Åtgärd", "Kurschemat genomgånget, perukremiss och skolintyg ordnade. Psykologkontakt erbjuden igen, pat tackar nej tills vidare."),
    ], template="Omvårdnadsanteckning", role="kontaktsjuksköterska", setting="slutenvård"),
], [], [("NL101", "n1")], "hard negative: 'vill inte' about talking, but the 16-year-old has been informed")

C("d133-v-diagnos-meddelad-overlevnad-ej-diskuterad", "vgr", "2008-04-18", "294", [
    N("n1", "V_bcc", "Sofia Lindgren", "2024-07-11T14:05:00", [
        ("Diagnos", "Ewing sarkom i vä revben med pleuraengagemang."),
        ("Samtal", "Diagnosen meddelades patienten och föräldrarna i går. Vi har inte pratat om överlevnadssiffror, pat har inte frågat och vi inväntar hans initiativ."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "diagnosis told yesterday; only survival figures are not discussed")

C("d133-s-medulloblastom-th-sedan-informerade", "skane", "2016-03-16", "724", [
    N("n1", "S_nkir", "Henrik Dahl", "2024-02-19T18:30:00", [
        ("Bedömning", "DT: tumör i lillhjärnan, trolig medulloblastom. Föräldrarna informerade om att det är en tumör men inte om den sannolika typen."),
    ], template="Tidiga hypoteser", setting="slutenvård"),
    N("n2", "S_onk", "Sara Wahlström", "2024-02-26T13:15:00", [
        ("Provsvar", "PAD: medulloblastom, WNT-aktiverat."),
        ("Information", "Föräldrarna informerade i dag om PAD och om att WNT-typen har god prognos."),
    ], template="Läkaranteckning"),
], [], [("NL101", "n1"), ("NL101", "n2")], "withheld tumour type kept in the Skåne template Tidiga hypoteser (n1), then told in an ordinary note (n2)")

C("d133-v-sct-datum-ej-meddelat", "vgr", "2011-11-30", "615", [
    N("n1", "V_323", "Maria Sandberg", "2024-01-24T15:45:00", [
        ("Diagnos", "AML med FLT3-ITD, i CR1 efter två kurer."),
        ("Planering", "Obesläktad donator identifierad, 10/10. Familjen är ännu inte informerad om transplantationsdatum, som preliminärt blir v. 12."),
    ]),
], [], [("NL101", "n1")], "the untold item is a transplant date; the AML diagnosis is known")

C("d133-s-informerade-via-arabisktalande-tolk", "skane", "2020-12-06", "298", [
    N("n1", "S_onk", "Gustav Rydén", "2024-03-05T11:55:00", [
        ("Information", "Föräldrarna informerade om diagnosen Wilms tumör via arabisktalande tolk på plats. De ställde många frågor om ärftlighet, som besvarades."),
        ("Planering", "Preoperativ cytostatika enligt UMBRELLA med start fredag."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "guardians informed through an interpreter")

C("d133-v-17-aring-tel-pad-mormor-ska-inte-veta", "vgr", "2007-05-05", "227", [
    N("n1", "V_bcc", "Therese Andersson", "2024-10-03T16:10:00", [
        ("Telefonkontakt", "Ringt upp pat enligt överenskommelse och informerat om PAD: nodulärt lymfocytdominerat Hodgkins lymfom, lokaliserat. Hon vill att vi inte nämner något för mormor som ofta följer med på besöken."),
        ("Planering", "Återbesök med pat och mamma på tisdag för behandlingsplan."),
    ], template="Telefonanteckning"),
], [], [("NL101", "n1")], "the 17-year-old was told by phone; she asks that her grandmother not be told")

C("d133-s-typo-infomerades-igar-om-all", "skane", "2012-01-27", "407", [
    N("n1", "S_avd64", "Ola Fransson", "2024-06-13T08:40:00", [
        ("Aktuellt", "Dag 2 induktion, mår illa men äter lite."),
        ("Information", "Mamma och pappa infomerades igår om diagnosen akut lymfatisk leukemi i samtal med dr Ek och kontaktsjuksköterska."),
    ], setting="slutenvård"),
], [], [("NL101", "n1")], "typo 'infomerades': the guardians of the 12-year-old were told yesterday")

C("d133-v-risk-for-ototoxicitet-ej-informerad", "vgr", "2021-06-21", "358", [
    N("n1", "V_bcc", "Karin Åhlund", "2024-05-22T10:35:00", [
        ("Diagnos", "Hepatoblastom, standardrisk. Diagnosen gavs till föräldrarna 3/5."),
        ("Information", "Föräldrarna är ännu inte informerade om risken för hörselpåverkan av cisplatin, det tas vid nästa samtal inför kur 2."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "untold item is a treatment risk, not a diagnosis; the hepatoblastoma was told")

C("d133-s-kur-skjuts-upp-pat-vet-annu-inte", "skane", "2007-10-02", "586", [
    N("n1", "S_avd64", "Jessica Holm", "2024-04-25T13:25:00", [
        ("Aktuellt", "Neutr 0,3 i dag, kur 4 för Hodgkins lymfom skjuts upp en vecka enligt dr Nilsson."),
        ("Information", "Pat vet ännu inte att kuren skjuts upp; hon är på röntgen och informeras när hon kommer tillbaka."),
    ], template="Omvårdnadsanteckning", role="sjuksköterska", signed=None, setting="slutenvård"),
], [], [("NL101", "n1")], "untold item is a postponed course (a plan) for a 16-year-old; unsigned draft")

C("d133-v-besked-om-amkl-pa-nal", "vgr", "2022-05-26", "147", [
    N("n1", "V_322", "Johan Lilja", "2024-01-31T18:00:00", [
        ("Anamnes", "Familjen fick besked om diagnosen akut megakaryoblastleukemi på NÄL förra veckan och har sedan flyttats över hit."),
        ("Planering", "Induktionen startar i morgon efter CVK-inläggning."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], [], [("NL101", "n1")], "the diagnosis was told earlier at another hospital")

C("d133-s-pad-ej-klart-inget-att-beratta", "skane", "2017-07-27", "831", [
    N("n1", "S_bkir", "Fredrik Lönn", "2024-10-17T12:05:00", [
        ("Aktuellt", "Postop dag 3 efter exstirpation av mjukdelsresistens på vä lår."),
        ("Information", "PAD ej klart. Föräldrarna har därför inte fått något svar, beräknat svar inom tio dagar."),
    ], setting="slutenvård"),
], [], [("NL101", "n1")], "nothing diagnostic exists yet; 'inte fått något svar' concerns a pending PAD")

C("d133-v-benmarg-utan-leukemi-ej-hort-svaret", "vgr", "2019-02-02", "270", [
    N("n1", "V_hem", "Helena Brink", "2024-08-13T13:55:00", [
        ("Provsvar", "Benmärg: normal hematopoes, inga blaster. Ingen leukemi."),
        ("Information", "Föräldrarna har inte hört svaret ännu, ringer dem i eftermiddag."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1")], "hard negative: the untold result is a negated (ruled-out) diagnosis")

C("d133-s-sena-effekter-arbetsgivaren-vet-inte", "skane", "2000-03-03", "564", [
    N("n1", "S_sena", "Karl-Johan Persson", "2024-11-20T10:40:00", [
        ("Bedömning", "Primär hypotyreos efter halsstrålning, TSH 14. Levaxin 50 mikrogram insatt."),
        ("Information", "Pat informerad om diagnosen och behandlingen. Arbetsgivaren vet inte om hennes tidigare cancer och hon vill inte att intyget nämner den."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "adult survivor informed; it is the employer who does not know")

C("d133-v-larare-hemskolan-informerad-med-tillstand", "vgr", "2015-09-09", "628", [
    N("n1", "V_skola", "Ingrid Falk", "2024-02-01T12:15:00", [
        ("Samverkan", "Med familjens tillstånd har hemskolan informerats om Sagas medulloblastom och om att hon fått strålbehandling mot hjärnan."),
        ("Planering", "Specialpedagog och skolsköterska i hemskolan bjuds in till nätverksmöte på sjukhusskolan 14/2."),
    ], template="Sjukhusskoleanteckning", role="lärare"),
], [], [("NL101", "n1")], "teacher: the home school was informed with the family's consent")

C("d133-s-pat-och-foraldrar-informerade-tillsammans", "skane", "2007-09-14", "244", [
    N("n1", "S_bort", "Henrik Dahl", "2024-06-26T14:50:00", [
        ("Diagnos", "Osteosarkom hö proximala tibia, lokaliserat."),
        ("Information", "Pat och föräldrar informerade tillsammans om PAD och behandlingsplan vid dagens besök. Kontaktsjuksköterska deltog."),
    ], template="Mottagningsanteckning"),
], [], [("NL101", "n1")], "16-year-old and guardians informed together")

C("d133-v-aldersanpassad-information-till-barnet", "vgr", "2016-02-11", "462", [
    N("n1", "V_lek", "Jenny Olofsson", "2024-03-19T10:50:00", [
        ("Lekterapi", "Föräldrarna fick beskedet om ALL i förrgår. I dag åldersanpassad information till Molly, 8 år, om 'de dåliga cellerna i blodet' med hjälp av bilderboken och dockan med port."),
        ("Planering", "Molly får ta med sig boken hem. Ny träff efter nästa LP."),
    ], template="Lekterapianteckning", role="lekterapeut", setting="slutenvård"),
], [], [("NL101", "n1")], "guardians told two days ago and the child given age-adapted information today")

C("d133-s-trombocyttransfusion-ej-informerad-om-tid", "skane", "2022-04-18", "391", [
    N("n1", "S_ksd_avd", "Nils Gunnarsson", "2024-08-30T19:10:00", [
        ("Diagnos", "Svår aplastisk anemi, diagnos ställd i juli och känd av familjen."),
        ("Planering", "Trombocyttransfusion i morgon. Föräldrarna är inte informerade om exakt klockslag ännu, avdelningen ringer på morgonen."),
    ], setting="slutenvård"),
], [], [("NL101", "n1")], "the untold item is a transfusion time; the aplastic anaemia is known to the family")



# ---------------------------------------------------------------- length extremes
C("d133-v-enradare-trol-ptld", "vgr", "2017-03-30", "583", [
    N("n1", "V_323", "Maria Sandberg", "2024-06-14T17:30:00", [
        ("Bedömning", "Trol. EBV-driven PTLD, biopsi av halskörtel på måndag."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "one-line note: abbreviated hedge 'Trol.' before post-transplant lymphoproliferative disease")

C("d133-s-enradare-ph-positiv-all-ej-fatt-veta", "skane", "2013-09-25", "316", [
    N("n1", "S_avd64", "Elin Kjellberg", "2024-03-27T11:05:00", [
        ("Provsvar", "Cytogenetik: Ph-positiv ALL (BCR::ABL1), föräldrarna har ännu inte fått veta – tas på eftermiddagsronden."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "one-line note: a new genetic subtype of ALL written before the guardians are told")

C("d133-s-lang-epikris-aml-endast-negationer-och-planer", "skane", "2014-05-09", "648", [
    N("n1", "S_avd64", "Viktor Engström", "2024-09-27T14:30:00", [
        ("Epikris", "10-årig flicka inlagd 2/9–27/9 för första induktionskuren av AML (FAB M2, t(8;21)), diagnos ställd 30/8 och känd av familjen."),
        ("Anamnes", "Tidigare frisk. Hereditet: farbror hade möjligen leukemi som ung i Syrien, dokumentation saknas. Föräldrarna är kusiner."),
        ("Förlopp", "Induktion enligt NOPHO-DBH med cytarabin, idarubicin och etoposid utan dosreduktion. Neutropen feber dag 12 med växt av Streptococcus mitis i blododling, behandlad med pip-tazo och vankomycin i tio dagar med god effekt. Ingen misstanke om svampinfektion, DT thorax dag 16 utan infiltrat. Mukosit grad 3 dag 10–18 med behov av morfininfusion och tillfällig nasogastrisk sond. Inga tecken på tumörlys under kuren."),
        ("Status vid utskrivning", "AT gott, afebril sedan sex dygn. Munslemhinnan läkt. Vikt 31,2 kg (33,0 vid inskrivning). Port-a-cath utan anmärkning."),
        ("Lab", "Hb 96, LPK 2,4, neutr 0,9 och stigande, TPK 88. CRP <5."),
        ("Provsvar", "Benmärg dag 22: morfologisk remission, MRD 0,08 %."),
        ("Läkemedel", "Flukonazol som profylax, trimetoprim-sulfa måndag och tisdag, ondansetron vid behov."),
        ("Planering", "Trolig start av kur 2 vecka 41 om neutrofila >1,0. Ev. ny benmärg inför kur 3. Om feber över 38,5 – direkt till avd 64 enligt feberkortet. Återbesök på mottagningen 3/10 med blodprover."),
    ], template="Epikris", setting="slutenvård"),
], [], [("NL102", "n1")], "long discharge summary full of hedge words that are negated, a relative's, or on plans; the AML is confirmed")

C("d133-v-lang-rondanteckning-refraktar-aml-ej-informerade", "vgr", "2015-01-20", "219", [
    N("n1", "V_322", "Amir Haddad", "2024-11-21T15:40:00", [
        ("Aktuellt", "Dag 22 efter första induktionskuren för AML med FLT3-ITD. Afebril sedan fem dagar, äter bättre och har varit i lekrummet två gånger."),
        ("Anamnes", "Feberepisod dag 9–14 med koagulasnegativa stafylokocker i CVK-odling, behandlad med vankomycin. Lätt diarré, Clostridioides-toxin negativt. Sover dåligt, föräldrarna turas om att sova över."),
        ("Status", "AT: Pigg, blek. Hud: Enstaka petekier på underbenen. Mun: Läkande mukosit. Cor: Reg, 96/min, inga blåsljud. Pulm: Vesikulära andningsljud bilat. Buk: Mjuk, oöm, ingen hepatosplenomegali. CVK: Rent insticksställe."),
        ("Lab", "Hb 88, LPK 0,6, neutr 0,1, TPK 14 efter transfusion i går. Kreatinin 38, ALAT 64."),
        ("Provsvar", "Benmärg dag 22: 14 % myeloiska blaster, MRD ej tolkbar. Det innebär refraktär AML efter första kuren."),
        ("Bedömning", "Primärt refraktär sjukdom som kräver byte till intensifierad reinduktion med FLT3-hämmare och snabb väg mot allogen SCT."),
        ("Information", "Föräldrarna är ännu inte informerade om benmärgssvaret. Samtal planeras i morgon när genetiken och donatorsökningen är klar, med mig och kontaktsjuksköterska Anna."),
        ("Planering", "Trombocyter vid TPK <10 eller blödning. HLA-typning av helbror skickad. Anmäls till nationell AML-konferens."),
    ], template="Rondanteckning", setting="slutenvård"),
], [("NL101", "n1")], [], "long ward-round chart: refractory AML in Provsvar while the guardians have not been told the marrow result")


# =========================================================================== validation
REQ_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
REQ_REC = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
REQ_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        nm = c["case"]
        if list(c.keys()) != REQ_CASE:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if nm in names:
            errs.append("duplicate case name %s" % nm)
        names.add(nm)
        if not nm.startswith("d133-"):
            errs.append("%s: bad prefix" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        r = c["record"]
        if list(r.keys()) != REQ_REC:
            errs.append("%s: record keys" % nm)
        p = r["patient"]
        pid, bd = p["id"], p["birth_date"]
        digits = pid.replace("-", "")
        if len(digits) != 12 or luhn_digit(digits[2:11]) != digits[11]:
            errs.append("%s: Luhn %s" % (nm, pid))
        if digits[:8] != bd.replace("-", ""):
            errs.append("%s: pnr/birth mismatch" % nm)
        birth = datetime.date.fromisoformat(bd)
        as_of = datetime.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not 2024" % nm)
        times = [as_of]
        ids = set()
        systems = {}
        for n in r["notes"]:
            if list(n.keys()) != REQ_NOTE:
                errs.append("%s: note keys" % nm)
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            t = datetime.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024 or t > as_of:
                errs.append("%s: note time %s" % (nm, n["time"]))
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: signed %s" % (nm, n["signed"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            if n["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append("%s: PMO outside Skåne" % nm)
            if not n["sections"]:
                errs.append("%s: note without sections" % nm)
            for sec in n["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen:
                            errs.append("%s: repeated sentence (also in %s): %s" % (nm, seen[sent], sent))
                        seen.setdefault(sent, nm)
        for t in times:
            a = age_at(birth, t.date())
            if 13 <= a <= 15:
                errs.append("%s: patient aged %d" % (nm, a))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % nm)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(pairs) != len(set(pairs)):
            errs.append("%s: duplicate/conflicting assertion" % nm)
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (nm, code))
                if target not in ids:
                    errs.append("%s: missing target %s" % (nm, target))
                    continue
                if code == "NL102" and kind == "must" and systems[target] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and systems[target] == "PMO":
                    errs.append("%s: NL101 on PMO" % nm)
        if not c["why"]:
            errs.append("%s: empty why" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
