#!/usr/bin/env python3
"""dev76: paediatric wards and neonatal care (children under 13, guardians read the
journal). NL101/NL102 cases for Skåne and VGR. Standard library only, deterministic.
Running it writes cases.jsonl next to this file and exits 1 on any validation problem."""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev76_cases.jsonl")

# --------------------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior (hospitals)
    "lund_neo": ("Neonatalavdelning 67, Skånes universitetssjukhus Lund", SK + "4102"),
    "malmo_neo": ("Neonatalavdelningen, Skånes universitetssjukhus Malmö", SK + "4117"),
    "hbg_neo": ("Neonatalavdelningen, Helsingborgs lasarett", SK + "5231"),
    "krstd_neo": ("Neonatalavdelningen, Centralsjukhuset Kristianstad", SK + "6044"),
    "lund_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", SK + "4125"),
    "malmo_barnakut": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Malmö", SK + "4139"),
    "hbg_barnakut": ("Barnakuten, Helsingborgs lasarett", SK + "5248"),
    "lund_barnmed": ("Barnmedicinavdelning 63, Skånes universitetssjukhus Lund", SK + "4146"),
    "malmo_barnavd": ("Barnavdelning 2, Skånes universitetssjukhus Malmö", SK + "4153"),
    "hbg_barnavd": ("Barn- och ungdomsmedicinska avdelningen, Helsingborgs lasarett", SK + "5255"),
    "krstd_barn": ("Barn- och ungdomsavdelningen, Centralsjukhuset Kristianstad", SK + "6051"),
    "ystad_barn": ("Barn- och ungdomsmottagningen, Lasarettet Ystad", SK + "7012"),
    "hbg_barnmott": ("Barnmottagningen, Helsingborgs lasarett", SK + "5262"),
    "malmo_barnmott": ("Barn- och ungdomsmedicinsk mottagning, Skånes universitetssjukhus Malmö", SK + "4160"),
    "lund_diabetes": ("Barndiabetesmottagningen, Skånes universitetssjukhus Lund", SK + "4177"),
    "lund_barnkir": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "4184"),
    "lund_barnhjart": ("Barnhjärtcentrum, Skånes universitetssjukhus Lund", SK + "4191"),
    "lund_neuro": ("Neuropediatriska mottagningen, Skånes universitetssjukhus Lund", SK + "4208"),
    "lund_horsel": ("Hörselmottagningen barn, Skånes universitetssjukhus Lund", SK + "4215"),
    "malmo_endo": ("Barnendokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4222"),
    # Skåne, PMO (primary care)
    "vc_trelleborg": ("Vårdcentralen Trelleborg Centrum", SK + "8301"),
    "vc_hassleholm": ("Vårdcentralen Hässleholm Norra", SK + "8318"),
    "vc_landskrona": ("Vårdcentralen Kärnan Landskrona", SK + "8325"),
    "vc_horby": ("Vårdcentralen Hörby", SK + "8332"),
    "bvc_eslov": ("BVC Eslöv, Vårdcentralen Eslöv", SK + "8349"),
    "bvc_limhamn": ("BVC Limhamn", SK + "8356"),
    "bvc_simrishamn": ("BVC Simrishamn", SK + "8363"),
    # VGR, Melior
    "ostra_neo": ("Neonatalavdelning 306, Drottning Silvias barn- och ungdomssjukhus", VG + "3301"),
    "ostra_bb": ("Barnläkarmottagningen BB, Östra sjukhuset", VG + "3318"),
    "dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "3325"),
    "dsbus_avd": ("Barnavdelning 332, Drottning Silvias barn- och ungdomssjukhus", VG + "3332"),
    "dsbus_infekt": ("Infektionsavdelning barn 325, Drottning Silvias barn- och ungdomssjukhus", VG + "3349"),
    "dsbus_diabetes": ("Diabetesmottagningen barn, Drottning Silvias barn- och ungdomssjukhus", VG + "3356"),
    "dsbus_kir": ("Barnkirurgiska avdelningen 321, Drottning Silvias barn- och ungdomssjukhus", VG + "3363"),
    "dsbus_hjart": ("Barnhjärtcentrum, Drottning Silvias barn- och ungdomssjukhus", VG + "3370"),
    "dsbus_neuro": ("Neuropediatriska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3387"),
    "dsbus_gastro": ("Barngastromottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3394"),
    "dsbus_onk": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", VG + "3400"),
    "dsbus_endo": ("Barnendokrinmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3417"),
    "dsbus_orto": ("Barnortopedmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3424"),
    "dsbus_njur": ("Barnnjurmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3431"),
    "dsbus_hemat": ("Barnhematologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3448"),
    "nal_barn": ("Barn- och ungdomsmedicinsk avdelning, NU-sjukvården NÄL", VG + "5102"),
    "nal_barnakut": ("Barnakuten, NU-sjukvården NÄL", VG + "5119"),
    "nal_neo": ("Neonatalavdelningen, NU-sjukvården NÄL", VG + "5126"),
    "skas_barn": ("Barnavdelning 10, Skaraborgs Sjukhus Skövde", VG + "6203"),
    "skas_neo": ("Neonatalavdelningen, Skaraborgs Sjukhus Skövde", VG + "6210"),
    "skas_barnmott": ("Barn- och ungdomsmottagningen, Skaraborgs Sjukhus Skövde", VG + "6227"),
    "sas_barn": ("Barn- och ungdomsmedicin, Södra Älvsborgs Sjukhus Borås", VG + "7304"),
    "sas_neo": ("Neonatalavdelningen, Södra Älvsborgs Sjukhus Borås", VG + "7311"),
    "sas_barnakut": ("Barnakuten, Södra Älvsborgs Sjukhus Borås", VG + "7328"),
    "kungalv_barnmott": ("Barnmottagningen, Kungälvs sjukhus", VG + "8405"),
    "alingsas_barnmott": ("Barn- och ungdomsmottagningen, Alingsås lasarett", VG + "8412"),
}
PMO_UNITS = {"vc_trelleborg", "vc_hassleholm", "vc_landskrona", "vc_horby",
             "bvc_eslov", "bvc_limhamn", "bvc_simrishamn"}


# --------------------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


_serial = [0]


def make_pnr(birth, sex):
    """birth 'YYYY-MM-DD', sex 'F'/'M' -> 'YYYYMMDD-NNNC' (Luhn-valid, sex digit right)."""
    _serial[0] += 1
    base = (_serial[0] * 37 + 211) % 1000
    third = base % 10
    if sex == "M" and third % 2 == 0:
        base = base - third + (third + 1) % 10
    if sex == "F" and third % 2 == 1:
        base = base - third + (third - 1)
    nnn = "%03d" % base
    ymd = birth.replace("-", "")
    return ymd + "-" + nnn + luhn_digit(ymd[2:] + nnn)


def S(keyword, text):
    return {"keyword": keyword, "text": text}


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    """time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None (unsigned draft)."""
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + datetime.timedelta(minutes=signed)).isoformat()
    name, hsa = UNITS[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": t.isoformat(), "signed": s, "setting": setting,
            "refs": [], "sections": sections, "_unit": unit}


CASES = []


def C(name, ruleset, birth, sex, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        a = (last + datetime.timedelta(days=3)).replace(hour=0, minute=0, second=0)
        if a.year != 2024:
            a = datetime.datetime(2024, 12, 31)
        as_of = a.isoformat()
    CASES.append({"case": name, "ruleset": ruleset, "_birth": birth, "_sex": sex,
                  "_notes": notes, "as_of": as_of, "must": [list(x) for x in must],
                  "must_not": [list(x) for x in must_not], "why": why})


def M(nid, template, unit, author, time, signed, setting, sections, role="läkare"):
    return N(nid, "Melior", template, unit, author, role, time, signed, setting, sections)


def P(nid, template, unit, author, time, signed, sections, role="läkare"):
    return N(nid, "PMO", template, unit, author, role, time, signed, "öppenvård", sections)


SV, OV = "slutenvård", "öppenvård"
B1, B2, NOT = ("NL101",), ("NL102",), None

# =========================================================================== A. sepsis
C("d76-neo-misstankt-tidig-sepsis-gbs", "skane", "2024-02-09", "F", [
    M("n1", "Jouranteckning", "lund_neo", "Johanna Lindqvist", "2024-02-10 03:15", 40, SV, [
        S("Anamnes", "Fullgången flicka, GA 39+2, född vaginalt 2024-02-09 kl 22.40. Mor GBS-koloniserad, fick inte intrapartal profylax i tid. Feber hos mor 38,4 under utdrivningsskedet."),
        S("Status", "Gråtig men tröstbar. Marmorerad hud, kapillär återfyllnad 3 s. AF 68, lätta indragningar. Temp 38,1 rektalt. Hjärta: RR utan bl. Buk mjuk."),
        S("Bedömning", "Misstänkt tidig neonatal sepsis med tanke på riskfaktorerna och den kliniska bilden. CRP 18 vid 5 timmars ålder."),
        S("Åtgärd", "Blododling tagen. Startar bensylpenicillin och gentamicin iv. Flyttas till neo för övervakning."),
    ])], [("NL102", "n1")], [],
    "Skåne Melior jouranteckning: 'Misstänkt tidig neonatal sepsis' i Bedömning är en osäker diagnos i synlig text.")

C("d76-neo-sannolik-sen-sepsis-prematur", "vgr", "2024-03-30", "M", [
    M("n1", "Daganteckning läkare", "ostra_neo", "Fredrik Olausson", "2024-04-19 11:05", None, SV, [
        S("Aktuellt", "Prematur pojke, GA 27+4 vid födseln, nu 3 veckor gammal. PICC-line sedan dag 8. Ökat antal apnéer och bradykardier senaste dygnet, ventrikelretentioner vid varje mål."),
        S("Status", "Blek, gråmarmorerad, sänkt tonus. Buk lätt spänd men ej missfärgad."),
        S("Lab", "CRP 46, LPK 3,1, TPK 88. Blodgas: BE -7."),
        S("Bedömning", "Sannolik sen sepsis, i första hand KNS-infektion relaterad till PICC-line."),
        S("Åtgärd", "Blododling x2 (perifert + PICC). Vankomycin och cefotaxim enligt PM. Ventrikelsond öppen, fasta tills vidare."),
    ])], [("NL102", "n1")], [],
    "VGR osignerat utkast: 'Sannolik sen sepsis' hos prematur i synlig Bedömning.")

C("d76-sepsis-ingen-misstanke-odling-neg", "vgr", "2024-05-02", "F", [
    M("n1", "Daganteckning läkare", "nal_neo", "Karin Edvardsson", "2024-05-05 10:20", 25, SV, [
        S("Bedömning", "Blododling negativ efter 48 timmar. CRP toppade på 14 och har sjunkit till 6. Ingen misstanke om sepsis längre."),
        S("Åtgärd", "Antibiotika sätts ut. Flyttar tillbaka till BB-avdelningen med mor, amningen fungerar."),
    ])], [], [("NL102", "n1")],
    "Sepsis negeras ('Ingen misstanke om sepsis längre') efter negativ odling; ingen annan osäker diagnos.")

C("d76-ttn-sepsis-kan-ej-uteslutas", "skane", "2024-06-14", "M", [
    M("n1", "Inskrivningsanteckning", "hbg_neo", "Amira Haddad", "2024-06-15 01:50", 35, SV, [
        S("Orsak till inläggning", "Överflyttas från BB pga grunting och låg temperatur, 36,0 axillärt. Född med planerat kejsarsnitt i v 38+1."),
        S("Status", "Grunting i vila, sat 92 % i luft. Lätta jugulära indragningar, AF 72."),
        S("Bedömning", "Bild som vid övergående takypné efter snitt, men sepsis kan ej uteslutas."),
        S("Åtgärd", "CPAP 5 cm H2O. Odlingar och CRP, antibiotika startas enligt neonatal-PM."),
    ])], [("NL102", "n1")], [],
    "'Bild som vid' och 'kan ej uteslutas' om TTN/sepsis i synlig Bedömning i Skåne Melior.")

C("d76-skane-tidiga-hyp-mall-cmv", "skane", "2024-01-20", "M", [
    M("n1", "Tidiga hypoteser", "malmo_neo", "Per-Ola Nilsson", "2024-01-22 14:30", 20, SV, [
        S("Bedömning", "Liten för tiden (-2,8 SD), mikrocefali och petekier på bålen. Misstänkt kongenital CMV-infektion. Urin för CMV-PCR skickad, svar inom 3 dagar."),
    ])], [], [("NL102", "n1")],
    "Den misstänkta diagnosen står i en Skåne-anteckning med mallen Tidiga hypoteser, som inte visas.")

C("d76-feber-utan-fokus-dd-5-veckor", "vgr", "2024-01-29", "M", [
    M("n1", "Akutanteckning", "dsbus_akut", "Leila Rahimi", "2024-03-04 16:45", 30, OV, [
        S("Kontaktorsak", "5 veckor gammal pojke med feber 38,6 sedan i morse, äter sämre än vanligt."),
        S("Status", "Opåverkad men lite blek. Fontanell i nivå. Ingen nackstelhet. Inga utslag. Öron ua."),
        S("Bedömning", "Feber utan fokus hos barn under 3 månader. DD: UVI, bakteriemi, meningit."),
        S("Åtgärd", "Blododling, urin via blåspunktion och LP. Läggs in på barnavdelning för iv ceftriaxon i väntan på odlingssvar."),
    ])], [("NL102", "n1")], [],
    "'DD: UVI, bakteriemi, meningit' är differentialdiagnoser för patienten i synlig Bedömning (VGR).")

C("d76-typo-missankt-meningit", "vgr", "2022-08-11", "F", [
    M("n1", "Jouranteckning", "skas_barn", "Björn Svensson", "2024-02-18 22:10", 45, SV, [
        S("Aktuellt", "1,5 år gammal flicka med hög feber, kräkningar och ökad irritabilitet sedan igår kväll."),
        S("Status", "Gnällig, svårtröstad. Viss nackstelhet. Inga petekier."),
        S("Bedömning", "Missänkt bakteriell meningit. LP utförd, grumlig likvor."),
        S("Åtgärd", "Ceftriaxon 100 mg/kg iv samt betametason enligt PM. Infektionskonsult informerad."),
    ])], [("NL102", "n1")], [],
    "Stavfel: 'Missänkt bakteriell meningit' är fortfarande en osäker diagnos i synlig text.")

# =========================================================================== B. bronchiolitis
C("d76-rs-bronkiolit-bekraftad", "skane", "2023-11-20", "F", [
    M("n1", "Akutanteckning", "malmo_barnakut", "Karim Mansour", "2024-01-08 19:25", 30, OV, [
        S("Kontaktorsak", "Snuva och hosta 3 dagar, äter sämre senaste dygnet, ca 60 % av normalt intag."),
        S("Status", "AF 52, lätta subkostala indragningar. Pip och knattrande rassel bilat. Sat 93 % i rumsluft. Slemhinnor fuktiga."),
        S("Lab", "RS-antigen positivt."),
        S("Bedömning", "RS-bronkiolit, dag 3 i förloppet, måttlig påverkan."),
        S("Åtgärd", "Läggs in på barnavdelning 2 för nasalsug och sondmatning v.b."),
    ])], [], [("NL102", "n1")],
    "Bekräftad RS-bronkiolit utan hedge; inget osäkert.")

C("d76-bild-som-vid-bronkiolit", "vgr", "2023-12-15", "M", [
    M("n1", "Inskrivning", "nal_barn", "Elin Strand", "2024-02-05 13:40", 50, SV, [
        S("Anamnes", "7 veckor gammal pojke, storasyster går på förskola och är förkyld. Hosta sedan fyra dagar, två apnéliknande episoder hemma enligt pappa."),
        S("Status", "Takypné 64/min, näsvingespel. Fina rassel bilat basalt. Sat 91 %."),
        S("Bedömning", "Klinisk bild som vid bronkiolit. RS-PCR taget, svar i eftermiddag."),
        S("Åtgärd", "Syrgas på grimma, apnéövervakning och sond för matning."),
    ])], [("NL102", "n1")], [],
    "'Klinisk bild som vid bronkiolit' i väntan på RS-svar = osäker diagnos i synlig text.")

C("d76-pmo-trol-bronkiolit", "skane", "2023-10-07", "M", [
    P("n1", "Läkarbesök", "vc_trelleborg", "Helena Sjöberg", "2024-01-23 10:15", 20, [
        S("Aktuellt", "Förkyld sedan 4 d, hostar, äter ca 3/4 av vanliga mängden. Inga andningsuppehåll."),
        S("Status", "AF 44, inga indragningar. Bilat pip vid auskultation. Sat 97 %."),
        S("Bedömning", "trol. bronkiolit, lindrig."),
        S("Åtgärd", "Råd om koksaltdroppar och täta små mål. Sök barnakuten vid andningspåverkan eller om han äter under halva mängden."),
    ])], [], [("NL102", "n1")],
    "PMO visar aldrig diagnoser: 'trol. bronkiolit' på vårdcentral är must_not NL102.")

C("d76-bronkiolit-plan-hedge-hemgang", "vgr", "2023-12-28", "M", [
    M("n1", "Daganteckning läkare", "dsbus_avd", "Jonas Gustafsson", "2024-02-20 09:30", 20, SV, [
        S("Aktuellt", "Dag 4 med RS-bronkiolit. HFNC avvecklat i morse."),
        S("Bedömning", "Förbättras successivt, äter nu 2/3 av sin mängd per mål."),
        S("Planering", "Ev. sondmatning i natt om han tröttnar. Trolig hemgång i morgon om han klarar sig utan syrgas och äter minst 2/3 av mängden."),
    ])], [], [("NL102", "n1")],
    "Hedgarna 'Ev. sondmatning' och 'Trolig hemgång' gäller planer, inte diagnoser; bronkioliten är fastställd.")

C("d76-typo-bronkiolt-fragetecken", "vgr", "2023-11-04", "F", [
    M("n1", "Akutanteckning", "skas_barn", "Malin Kjellberg", "2024-01-14 18:05", 15, OV, [
        S("Bedömning", "Bronkiolt? Hostat i två dagar, lätt takypné och pip bilat. Opåverkat AT."),
        S("Åtgärd", "Hem med råd, återbesök vid försämring."),
    ])], [("NL102", "n1")], [],
    "Stavfel + frågetecken: 'Bronkiolt?' är en osäker diagnos i synlig Bedömning.")

C("d76-fragestallning-astma-treaaring", "skane", "2021-09-19", "M", [
    M("n1", "Mottagningsanteckning", "hbg_barnmott", "Sofie Bengtsson", "2024-03-12 14:00", 60, OV, [
        S("Anamnes", "Tredje obstruktiva episoden i vinter, samtliga i samband med förkylning. Atopiskt eksem sedan spädbarnsåret. Far har astma."),
        S("Status", "Ingen obstruktivitet idag. Eksem i armvecken."),
        S("Bedömning", "Frågeställning astma, går inte att fastställa i denna ålder."),
        S("Planering", "Provar inhalationssteroid (flutikason 125 µg x 2) i 3 månader. Återbesök i juni."),
    ])], [("NL102", "n1")], [],
    "'Frågeställning astma' om patienten i synlig Bedömning; faderns astma är bara hereditet.")

# =========================================================================== C. UVI
C("d76-forenligt-med-pyelonefrit", "skane", "2023-05-28", "F", [
    M("n1", "Akutanteckning", "lund_barnakut", "Erik Håkansson", "2024-04-02 21:30", 25, OV, [
        S("Kontaktorsak", "Feber 39,8 sedan 2 dygn, kräkts 3 gånger, inga luftvägssymtom."),
        S("Status", "Påverkad, varm. Buk mjuk, ömmar ej säkert. Öron och svalg ua."),
        S("Lab", "CRP 128. Urinsticka via kateter: nitrit pos, leukocyter 3+."),
        S("Bedömning", "Förenligt med pyelonefrit. Urinodling skickad."),
        S("Åtgärd", "Cefotaxim iv, inläggning barnmedicin avd 63."),
    ])], [("NL102", "n1")], [],
    "'Förenligt med pyelonefrit' innan odlingssvar = osäker diagnos i synlig text.")

C("d76-uvi-uteslutes-adenovirus", "vgr", "2023-10-30", "M", [
    M("n1", "Daganteckning läkare", "skas_barn", "Hussein Ali", "2024-02-27 10:45", 30, SV, [
        S("Aktuellt", "Inlagd för feber utan fokus. Urinodling tagen via blåspunktion utan växt efter 48 h, UVI uteslutes."),
        S("Bedömning", "Feberfri sedan igår, adenovirus påvisat i nasofarynx. Virusinfektion, antibiotika avslutas."),
    ])], [], [("NL102", "n1")],
    "UVI uteslutes och adenovirusinfektionen är påvisad: ingen osäker diagnos.")

C("d76-pmo-misstankt-cystit-ssk", "skane", "2019-04-14", "F", [
    P("n1", "Sjuksköterskebesök", "vc_hassleholm", "Ulrika Holm", "2024-03-06 08:40", 15, [
        S("Kontaktorsak", "Sveda vid miktion och täta trängningar sedan igår. Ingen feber."),
        S("Åtgärd", "Urinsticka: nitrit pos, leuk 2+. Misstänkt cystit, odling skickad. Bokad till dr i eftermiddag för ställningstagande till antibiotika."),
    ], role="sjuksköterska")], [], [("NL102", "n1")],
    "PMO (vårdcentral): 'Misstänkt cystit' visas aldrig som diagnos, must_not NL102.")

C("d76-pyelonefrit-epikris-eventuellt-mucg", "skane", "2023-08-22", "M", [
    M("n1", "Epikris", "krstd_barn", "Tomas Andersson", "2024-03-19 13:10", 90, SV, [
        S("Epikris", "Inlagd 15/3–19/3 för akut pyelonefrit orsakad av E. coli, känslig för cefadroxil. Behandlad med cefotaxim iv i 3 dygn, därefter peroralt."),
        S("Uppföljning", "Ultraljud njurar och urinvägar inom 6 veckor. Eventuellt MUCG beroende på ultraljudsfyndet. Kontroll på barnmottagningen om 2 veckor."),
    ])], [], [("NL102", "n1")],
    "'Eventuellt MUCG' är en plan; pyelonefriten är bekräftad med odling.")

C("d76-vur-grad4-ej-informerade", "skane", "2023-07-05", "M", [
    M("n1", "Läkaranteckning", "lund_barnkir", "Ida Malmberg", "2024-04-24 15:20", 30, OV, [
        S("Utredning", "MUCG utförd idag: vesikoureteral reflux grad IV bilateralt med intrarenal reflux höger."),
        S("Bedömning", "Höggradig VUR bilat som förklarar de upprepade febrila UVI:erna."),
        S("Information", "Föräldrarna har inte informerats om resultatet ännu. Barnnefrolog tar beskedet på mottagningsbesöket 2/5."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Fastställd VUR grad IV står synligt medan texten säger att vårdnadshavarna inte fått veta.")

C("d76-dmsa-arr-mamma-informerad", "vgr", "2021-01-18", "F", [
    M("n1", "Telefonanteckning", "dsbus_njur", "Sara Lundgren", "2024-06-11 11:50", 10, OV, [
        S("Telefonkontakt", "Ringt mamma och gått igenom svaret på DMSA-scintigrafin: njurärr i övre polen av vänster njure efter genomgången pyelonefrit. Mamma har fått informationen och kan ringa mottagningen vid frågor."),
        S("Planering", "Blodtryck och urinsticka årligen. Nytt besök om 6 mån."),
    ])], [], [("NL101", "n1")],
    "Diagnosen (njurärr) är redan meddelad mamma i samma telefonsamtal.")

# =========================================================================== D. invagination
C("d76-misstankt-invagination-hallonbar", "skane", "2023-03-17", "M", [
    M("n1", "Akutanteckning", "malmo_barnakut", "Linnea Ek", "2024-02-09 12:35", 20, OV, [
        S("Anamnes", "11 månader gammal pojke med periodvisa skrikattacker sedan i morse där han drar upp benen, däremellan blek och trött. En blöja med blodslem som liknar hallonbärsgelé."),
        S("Status", "Blek och slö mellan attackerna. Korvformad resistens palperas i höger övre kvadrant."),
        S("Bedömning", "Misstänkt invagination."),
        S("Åtgärd", "Akut UL buk beställt, barnkirurg tillkallad. PVK och vätska."),
    ])], [("NL102", "n1")], [],
    "Klassisk 'Misstänkt invagination' i synlig Bedömning, Skåne Melior.")

C("d76-invagination-verifierad-luftlavemang", "vgr", "2022-10-10", "F", [
    M("n1", "Läkaranteckning", "dsbus_kir", "Niklas Bergström", "2024-03-02 17:55", 40, SV, [
        S("Utredning", "UL buk: target sign i höger fossa, ileokolisk invagination ca 4 cm."),
        S("Åtgärd", "Desinvagination med luftlavemang under genomlysning, lyckad i andra försöket. Kontroll-UL utan kvarvarande invagination."),
        S("Planering", "Observation på avdelningen över natten. Börjar med dropp, sedan fri kost."),
    ])], [], [("NL102", "n1")],
    "Invaginationen är verifierad med ultraljud och behandlad; ingen hedge.")

C("d76-ingen-invagination-sannolikt-gastroenterit", "skane", "2022-02-26", "F", [
    M("n1", "Akutanteckning", "lund_barnakut", "Oskar Wallin", "2024-03-21 20:05", 35, OV, [
        S("Bedömning", "UL buk utan invagination. Sannolikt viral gastroenterit, hon har kräkts och haft lös avföring fem gånger."),
        S("Åtgärd", "Vätskeförsök med oral rehydreringslösning, 5 ml var 5:e minut."),
    ])], [("NL102", "n1")], [],
    "Svårt positivt fall: invagination negeras men 'Sannolikt viral gastroenterit' är en osäker diagnos.")

C("d76-invagination-avskrivs-obstipation", "vgr", "2021-06-03", "M", [
    M("n1", "Akutanteckning", "nal_barnakut", "Anna Carlsson", "2024-01-30 15:15", 25, OV, [
        S("Bedömning", "Invagination avskrivs efter normalt ultraljud. Palpabla skybala i vänster fossa, obstipation."),
        S("Åtgärd", "Klyx med god effekt, därefter smärtfri. Makrogol 1 dospåse dagligen och återbesök på BVC."),
    ])], [], [("NL102", "n1")],
    "Invagination avskrivs och obstipationen är fastställd: inget osäkert.")

C("d76-typo-invaginaton-kan-ej-uteslutas", "vgr", "2023-01-12", "F", [
    M("n1", "Jouranteckning", "sas_barnakut", "Maria Johansson", "2024-04-09 23:40", None, OV, [
        S("Bedömning", "Invaginaton kan ej uteslutas med intermittent buksmärta och kräkning, men ingen palpabel resistens."),
        S("Åtgärd", "UL buk akut via jourhavande radiolog. Observation i väntan på svar."),
    ])], [("NL102", "n1")], [],
    "Stavfel 'Invaginaton' + 'kan ej uteslutas' i osignerat utkast: osäker diagnos synlig.")

C("d76-invagination-utskrivning-villkor", "skane", "2022-12-01", "M", [
    M("n1", "Utskrivningsanteckning", "hbg_barnavd", "Mats Persson", "2024-05-06 10:30", 30, SV, [
        S("Sammanfattning", "Ileokolisk invagination som desinvaginerades med hydrostatiskt lavemang igår. Har ätit och haft normal avföring, inga smärtattacker under natten."),
        S("Information", "Föräldrarna informerade om att invaginationen kan återkomma. Vid nya smärtattacker, kräkning eller blod i avföringen ska de åka direkt till barnakuten."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "Villkorad instruktion ('Vid nya smärtattacker…') och bekräftad diagnos som föräldrarna informerats om.")

# =========================================================================== E. Kawasaki
C("d76-kawasaki-komplett-ivig", "vgr", "2021-04-04", "M", [
    M("n1", "Daganteckning läkare", "dsbus_avd", "Fredrik Olausson", "2024-02-14 13:20", 35, SV, [
        S("Anamnes", "Feber över 39 i 5 dygn trots antibiotika från vårdcentralen."),
        S("Status", "Bilateral icke-purulent konjunktivit, spruckna röda läppar, jordgubbstunga. Ödem på hand- och fotryggar. Polymorft exantem på bålen. Lymfkörtel 2 cm vänster hals."),
        S("Bedömning", "Uppfyller kriterierna för komplett Kawasakis sjukdom."),
        S("Åtgärd", "IVIG 2 g/kg över 12 h och ASA i hög dos. Eko bokat i morgon."),
    ])], [], [("NL102", "n1")],
    "Komplett Kawasaki enligt kriterier, behandlad: fastställd diagnos utan hedge.")

C("d76-inkomplett-kawasaki-kan-inte-uteslutas", "skane", "2023-04-21", "F", [
    M("n1", "Daganteckning", "lund_barnmed", "Johanna Lindqvist", "2024-03-28 14:50", 45, SV, [
        S("Bedömning", "Feber 6 dagar men endast två Kawasaki-kriterier (konjunktivit, rodnade läppar). CRP 140, albumin 27, TPK 520. Inkomplett Kawasaki kan inte uteslutas."),
        S("Planering", "Eko i morgon, diskuterat med barnkardiolog."),
    ])], [("NL102", "n1")], [],
    "'Inkomplett Kawasaki kan inte uteslutas' i synlig Bedömning, Skåne Melior.")

C("d76-typo-misstakt-kawasaki", "skane", "2022-05-30", "F", [
    M("n1", "Jouranteckning", "malmo_barnavd", "Karim Mansour", "2024-06-03 21:15", 30, SV, [
        S("Bedömning", "Misstäkt Kawasaki, feberdag 5, erytem och fjällning i perineum."),
        S("Åtgärd", "Tar lab enligt PM och kontaktar bakjour för ställningstagande till IVIG ikväll."),
    ])], [("NL102", "n1")], [],
    "Stavfel 'Misstäkt Kawasaki' = misstänkt diagnos i synlig text.")

C("d76-kawasaki-aneurysm-ej-informerade", "vgr", "2022-01-08", "M", [
    M("n1", "Läkaranteckning", "dsbus_hjart", "Karin Edvardsson", "2024-02-16 12:05", 20, SV, [
        S("Utredning", "Eko: kranskärlsaneurysm i LAD, z-score 5,2, och dilaterad RCA, z-score 3,0. God kammarfunktion."),
        S("Bedömning", "Kawasakis sjukdom med kranskärlsaneurysm."),
        S("Information", "Föräldrarna ännu inte informerade om ekofyndet. Samtal med föräldrarna och ansvarig barnkardiolog planerat kl 15."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Fastställt kranskärlsaneurysm står synligt och föräldrarna är uttryckligen inte informerade ännu.")

C("d76-pmo-ev-kawasaki-remiss", "skane", "2020-07-07", "F", [
    P("n1", "Läkarbesök", "vc_landskrona", "Per-Ola Nilsson", "2024-05-22 11:40", 25, [
        S("Aktuellt", "Feber 4 dagar, röda ögon, röda spruckna läppar. Trött och äter dåligt."),
        S("Bedömning", "ev. Kawasaki, behöver bedömas på sjukhus samma dag."),
        S("Åtgärd", "Ringt barnjouren i Lund och skickat remiss. Föräldrarna åker direkt."),
    ])], [], [("NL102", "n1")],
    "PMO: 'ev. Kawasaki' på vårdcentral visas inte som diagnos.")

C("d76-adenovirus-talar-emot-kawasaki", "vgr", "2021-02-02", "F", [
    M("n1", "Akutanteckning", "sas_barnakut", "Elin Strand", "2024-05-28 17:35", 30, OV, [
        S("Bedömning", "Adenovirus påvisat i NPH-prov, exsudativ tonsillit och konjunktivit. Normalt TPK och albumin talar emot Kawasaki."),
        S("Planering", "Hem, febernedsättande v.b."),
    ])], [], [("NL102", "n1")],
    "'talar emot Kawasaki' är negation; adenovirusinfektionen är påvisad.")

# =========================================================================== F. diabetes
C("d76-t1d-debut-foraldrar-informerade", "skane", "2016-09-13", "F", [
    M("n1", "Daganteckning", "lund_barnmed", "Sofie Bengtsson", "2024-01-25 15:40", 50, SV, [
        S("Aktuellt", "7-årig flicka inlagd från barnakuten med 3 veckors törst, polyuri och viktnedgång 2 kg."),
        S("Lab", "P-glukos 27, pH 7,28, BE -12, B-ketoner 4,2."),
        S("Bedömning", "Nydebuterad typ 1-diabetes med lätt ketoacidos."),
        S("Information", "Föräldrarna har fått diagnosbesked av undertecknad tillsammans med diabetessjuksköterska. Skriftligt informationsmaterial utdelat."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "Bekräftad typ 1-diabetes och föräldrarna har fått diagnosbeskedet.")

C("d76-trolig-t1d-akuten", "vgr", "2019-03-27", "M", [
    M("n1", "Akutanteckning", "dsbus_akut", "Leila Rahimi", "2024-02-28 18:20", None, OV, [
        S("Kontaktorsak", "Kissar i sängen igen sedan 2 veckor, dricker mycket och är trött."),
        S("Lab", "Kapillärt glukos 24,1, B-ketoner 3,1, venöst pH 7,33."),
        S("Bedömning", "Trolig typ 1-diabetes. Antikroppar (GAD, IA-2, ZnT8) och C-peptid skickade."),
        S("Åtgärd", "Läggs in på barnavdelning för insulinbehandling enligt PM."),
    ])], [("NL102", "n1")], [],
    "'Trolig typ 1-diabetes' i synlig Bedömning, osignerat utkast (VGR).")

C("d76-mody-kan-ej-uteslutas", "vgr", "2014-06-06", "F", [
    M("n1", "Läkaranteckning", "dsbus_diabetes", "Sara Lundgren", "2024-05-08 10:10", 40, OV, [
        S("Anamnes", "Diabetes sedan 4 månader, lågt insulinbehov. Mor och morfar har haft diabetes sedan ung ålder."),
        S("Provsvar", "GAD, IA-2 och ZnT8 negativa. C-peptid bevarad."),
        S("Bedömning", "MODY kan ej uteslutas. Remiss för genetisk analys (GCK, HNF1A) efter samtal med familjen."),
    ])], [("NL102", "n1")], [],
    "'MODY kan ej uteslutas' om patienten; familjens diabetes är bara hereditet.")

C("d76-t1d-mamma-ej-informerad-ssk", "skane", "2016-02-19", "M", [
    M("n1", "Omvårdnadsanteckning", "malmo_barnakut", "Petra Ljung", "2024-03-08 20:15", 15, OV, [
        S("Aktuellt", "8-årig pojke med törst och trötthet. Kapillärt glukos 21, ketoner 1,9. Läkare har konstaterat typ 1-diabetes."),
        S("Information", "Mamma har fått veta att blodsockret är högt men är ej informerad om diagnosen ännu. Vi väntar på att bakjouren kommer ner och ger beskedet."),
    ], role="sjuksköterska")], [("NL101", "n1")], [("NL102", "n1")],
    "Sjuksköterskeanteckning: konstaterad typ 1-diabetes synlig, mamma (vårdnadshavare) uttryckligen ej informerad om diagnosen.")

C("d76-t1d-mormor-ej-informerad", "vgr", "2017-10-25", "F", [
    M("n1", "Daganteckning läkare", "skas_barn", "Björn Svensson", "2024-04-03 11:25", 30, SV, [
        S("Bedömning", "Typ 1-diabetes, dag 2. Glukos stabilt på subkutant insulin, ketoner negativa."),
        S("Information", "Båda föräldrarna fick diagnosbeskedet igår. De vill själva berätta för mormor, som hämtar syskonen från skolan, och ber att personalen inte nämner diagnosen för henne i telefon."),
    ])], [], [("NL101", "n1")],
    "Vårdnadshavarna är informerade; bara en släkting (mormor) är det inte.")

C("d76-ingen-misstanke-om-diabetes", "vgr", "2020-01-16", "M", [
    M("n1", "Mottagningsanteckning", "alingsas_barnmott", "Hussein Ali", "2024-06-18 09:50", 35, OV, [
        S("Anamnes", "Remitterad från BVC pga ökad törst och att han kissar mycket. Dricker 1,5 l/dag, mest saft."),
        S("Provsvar", "P-glukos 5,4, HbA1c 34. Urinsticka utan glukos, osmolalitet normal."),
        S("Bedömning", "Ingen misstanke om diabetes. Habituell polydipsi, råd om att byta saft mot vatten."),
    ])], [], [("NL102", "n1")],
    "Diabetes negeras uttryckligen ('Ingen misstanke om diabetes').")

C("d76-pmo-misstankt-diabetes-akut-remiss", "skane", "2015-12-02", "F", [
    P("n1", "Läkarbesök", "vc_horby", "Tomas Andersson", "2024-02-15 14:25", 20, [
        S("Aktuellt", "8 år. Dricker mycket, går upp och kissar på natten, har gått ner 3 kg på en månad."),
        S("Bedömning", "Misstänkt diabetes mellitus. Kapillärt glukos 18,5."),
        S("Åtgärd", "Akut remiss till barnakuten SUS Lund, pappa kör direkt."),
    ])], [], [("NL102", "n1")],
    "PMO: 'Misstänkt diabetes mellitus' visas inte, must_not NL102.")

C("d76-typo-sannolkit-celiaki-t1d", "vgr", "2017-03-15", "M", [
    M("n1", "Läkaranteckning", "dsbus_diabetes", "Jonas Gustafsson", "2024-03-25 13:30", 45, OV, [
        S("Aktuellt", "Årskontroll typ 1-diabetes, debut 2022. HbA1c 54, bra kurva med sensor."),
        S("Provsvar", "Transglutaminas-IgA 120 U/ml (ref <7)."),
        S("Bedömning", "Sannolkit celiaki. Remiss till barngastro för gastroskopi innan glutenfri kost."),
    ])], [("NL102", "n1")], [],
    "Stavfel 'Sannolkit celiaki': osäker tilläggsdiagnos i synlig text.")

# =========================================================================== G. failure to thrive
C("d76-viktfaltering-typo-celaki", "skane", "2022-07-19", "F", [
    M("n1", "Mottagningsanteckning", "malmo_barnmott", "Amira Haddad", "2024-03-14 10:40", 60, OV, [
        S("Anamnes", "Följde sin viktkurva på -0,5 SD till 12 mån ålder, därefter avplanande. Lös, illaluktande avföring 3–4 ggr/dag sedan gluten introducerades."),
        S("Status", "Vikt -2,3 SD, längd -1,0 SD. Utspänd buk, tunna extremiteter, glutealatrofi."),
        S("Bedömning", "Viktfaltering. Celaki?"),
        S("Planering", "Transglutaminas-IgA, total-IgA, blodstatus och ferritin. Dietistkontakt."),
    ])], [("NL102", "n1")], [],
    "Stavfel 'Celaki?': frågetecknet gör celiaki till en osäker diagnos i synlig text.")

C("d76-cf-kan-inte-uteslutas-svettest", "vgr", "2023-06-28", "M", [
    M("n1", "Mottagningsanteckning", "alingsas_barnmott", "Anna Carlsson", "2024-02-22 14:05", 30, OV, [
        S("Anamnes", "Tre pneumonier sedan i höstas. Stora, fettiga avföringar. Dålig viktökning trots god aptit."),
        S("Bedömning", "Cystisk fibros kan inte uteslutas trots normal nyföddhetsscreening. Svettest bokat 1/3 på Östra."),
    ])], [("NL102", "n1")], [],
    "'Cystisk fibros kan inte uteslutas' = hedgad diagnos i synlig Bedömning.")

C("d76-pmo-bvc-ev-komjolksallergi", "skane", "2023-10-15", "F", [
    P("n1", "BVC-besök", "bvc_eslov", "Katarina Nyström", "2024-01-31 09:20", 25, [
        S("Aktuellt", "Mamma berättar att flickan kräks efter nästan varje mål sedan övergången till ersättning, eksem på kinderna."),
        S("Vikt", "Viktökning 60 g/vecka senaste 4 veckorna, tappar från 0 till -1 SD."),
        S("Bedömning", "ev. komjölksproteinallergi. Remiss till barnmottagningen, tid till BVC-läkare på fredag."),
    ], role="sjuksköterska")], [], [("NL102", "n1")],
    "PMO BVC: 'ev. komjölksproteinallergi' visas aldrig som diagnos.")

C("d76-cf-uteslutes-otillrackligt-intag", "vgr", "2023-02-11", "M", [
    M("n1", "Mottagningsanteckning", "kungalv_barnmott", "Malin Kjellberg", "2024-04-04 11:00", 40, OV, [
        S("Provsvar", "Svettest: klorid 18 mmol/l, normalt. CF uteslutes."),
        S("Bedömning", "Viktfaltering orsakad av otillräckligt energiintag, matvägran vid måltiderna. Inga tecken på malabsorption."),
        S("Planering", "Dietist och logoped kopplas in. Viktkontroll på BVC varannan vecka."),
    ])], [], [("NL102", "n1")],
    "CF uteslutes, inga tecken på malabsorption: bara negerade diagnoser.")

C("d76-hereditet-mamma-celiaki-morbror-crohn", "skane", "2019-05-09", "M", [
    M("n1", "Mottagningsanteckning", "ystad_barn", "Linnea Ek", "2024-05-15 13:45", 30, OV, [
        S("Anamnes", "Remiss från BVC för tillväxtkontroll. Mamma har celiaki, morbror utreds för misstänkt Crohns sjukdom."),
        S("Status", "Vikt +0,3 SD, längd +0,5 SD, följer sina kurvor. Buk mjuk. Prepubertal."),
        S("Bedömning", "Normal tillväxt. Transglutaminas-IgA tas pga hereditet, i övrigt ingen åtgärd."),
    ])], [], [("NL102", "n1")],
    "Den misstänkta Crohn gäller morbror, inte patienten.")

C("d76-kmpa-bekraftad-ev-sondmatning", "skane", "2023-08-30", "F", [
    M("n1", "Mottagningsanteckning", "krstd_barn", "Oskar Wallin", "2024-02-07 10:25", 45, OV, [
        S("Bedömning", "Komjölksproteinallergi, bekräftad med elimination och provokation. Fortfarande dålig viktökning."),
        S("Planering", "Ev. sondmatning om viktstillestånd kvarstår vid nästa kontroll. Trolig inskrivning på dagvård för matningsobservation i mars."),
    ])], [], [("NL102", "n1")],
    "Hedgar på planer (sondmatning, inskrivning); diagnosen är bekräftad.")

C("d76-22q11-deletion-vh-ej-informerade", "vgr", "2023-04-12", "M", [
    M("n1", "Läkaranteckning", "dsbus_gastro", "Niklas Bergström", "2024-04-30 16:10", 25, OV, [
        S("Bakgrund", "Utreds för viktfaltering, matningssvårigheter och hypokalcemi. Opererad för VSD vid 3 månaders ålder."),
        S("Provsvar", "Array-CGH: deletion 22q11.2 (2,5 Mb). 22q11-deletionssyndrom."),
        S("Information", "Vårdnadshavarna ej informerade om svaret ännu. Bokar tid för samtal tillsammans med genetisk vägledare nästa vecka."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Genetiskt fastställt 22q11-deletionssyndrom står synligt; vårdnadshavarna ej informerade.")

# =========================================================================== H. syndromes at birth
C("d76-misstanke-t21-foraldrar-informerade", "skane", "2024-03-03", "F", [
    M("n1", "Läkaranteckning", "lund_neo", "Erik Håkansson", "2024-03-03 16:30", 30, SV, [
        S("Status", "Hypoton. Uppåtsnedställda ögonspringor, epikantus, platt näsrygg, enkel tvärgående handflåra bilat och sandalgap."),
        S("Bedömning", "Misstanke om Downs syndrom. Blåsljud 2/6, eko beställt."),
        S("Information", "Föräldrarna har fått information om vår misstanke och om att blodprov för snabb kromosomanalys skickas i dag."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "Misstanken om Downs syndrom står synligt (NL102) men är redan berättad för föräldrarna (ej NL101).")

C("d76-trolig-t21-ej-informerade", "vgr", "2024-04-17", "M", [
    M("n1", "Neonatal inskrivning", "ostra_neo", "Leila Rahimi", "2024-04-17 10:55", 40, SV, [
        S("Status", "Hypotoni, brachycefali, kort hals med överskottshud, breda händer med fyrfingerfåra."),
        S("Bedömning", "Trolig trisomi 21. QF-PCR skickad, svar inom 48 h."),
        S("Information", "Föräldrarna ej informerade om misstanken ännu. Vi väntar på att pappan kommer tillbaka till avdelningen så att båda får beskedet samtidigt."),
    ])], [("NL102", "n1"), ("NL101", "n1")], [],
    "Trolig trisomi 21 i synlig Bedömning och föräldrarna är uttryckligen inte informerade: både NL102 och NL101.")

C("d76-skane-tidiga-hyp-mall-turner", "skane", "2024-02-21", "F", [
    M("n1", "Tidiga hypoteser", "malmo_neo", "Ida Malmberg", "2024-02-22 13:15", 25, SV, [
        S("Bedömning", "Lymfödem på hand- och fotryggar, brett halsveck och lågt hårfäste. Misstänkt Turners syndrom. Kromosomanalys skickad."),
        S("Information", "Föräldrarna är ännu inte informerade om misstanken, det tas upp när svaret finns."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "Både hypotesen och att föräldrarna inte informerats står i Skånes skyddade mall Tidiga hypoteser.")

C("d76-vgr-sokord-tidiga-hyp-pws", "vgr", "2024-05-09", "M", [
    M("n1", "Daganteckning läkare", "skas_neo", "Hussein Ali", "2024-05-11 14:40", 30, SV, [
        S("Aktuellt", "Hypoton nyfödd pojke som sondmatas pga svag sugförmåga. Genetisk provtagning skickad, föräldrarna informerade om att prov har skickats."),
        S("Status", "Generell hypotoni, svagt skrik. Testiklarna ej palpabla i skrotum bilat."),
        S("Tidiga hypoteser", "Prader-Willis syndrom? Metyleringsanalys 15q11-13 begärd. Föräldrarna ej informerade om den specifika misstanken."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: syndromhypotesen och det ej informerade står bara under sökordet Tidiga hypoteser; synliga delar saknar diagnos.")

C("d76-vgr-pws-aven-i-bedomning", "vgr", "2024-06-01", "F", [
    M("n1", "Daganteckning läkare", "nal_neo", "Karin Edvardsson", "2024-06-03 11:15", 35, SV, [
        S("Status", "Uttalad hypotoni, dålig sugreflex, smala händer."),
        S("Bedömning", "Trol. Prader-Willi. Prov för metyleringsanalys skickat."),
        S("Tidiga hypoteser", "Kliniskt starkt misstänkt Prader-Willis syndrom, diskuterat med genetiker per telefon."),
    ])], [("NL102", "n1")], [],
    "VGR: hypotesen ligger under Tidiga hypoteser men står även i synlig Bedömning ('Trol. Prader-Willi').")

C("d76-trisomi18-bekraftad-informationssamtal", "skane", "2024-01-15", "F", [
    M("n1", "Läkaranteckning", "lund_neo", "Johanna Lindqvist", "2024-01-18 15:05", 60, SV, [
        S("Provsvar", "QF-PCR: trisomi 18 bekräftad."),
        S("Samtal", "Informationssamtal med föräldrarna, undertecknad, ansvarig ssk och kurator. Föräldrarna informerade om diagnosen och prognosen. De önskar palliativ inriktning med fokus på tid tillsammans."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "Bekräftad trisomi 18 och föräldrarna har informerats.")

C("d76-47xy21-besked-imorgon", "vgr", "2024-07-02", "M", [
    M("n1", "Läkaranteckning", "sas_neo", "Elin Strand", "2024-07-04 17:20", 20, SV, [
        S("Provsvar", "Kromosomanalys: 47,XY,+21. Downs syndrom fastställt."),
        S("Planering", "Besked till föräldrarna lämnas i morgon förmiddag av överläkare, de vet ännu inget om svaret. Ekot visade ingen AVSD."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Fastställt Downs syndrom synligt medan föräldrarna 'vet ännu inget': NL101, ingen hedge.")

C("d76-charge-fragetecken", "skane", "2024-08-06", "M", [
    M("n1", "Daganteckning", "lund_neo", "Karim Mansour", "2024-08-08 10:35", None, SV, [
        S("Status", "Koloboma iris vänster, asymmetriska och lågt sittande öron, choanalatresi höger verifierad med sond."),
        S("Bedömning", "CHARGE-syndrom? Eko, hörselutredning och njurultraljud beställda. Genetikkonsult."),
    ])], [("NL102", "n1")], [],
    "'CHARGE-syndrom?' i osignerat utkast: osäker syndromdiagnos i synlig text.")

C("d76-storebror-noonan-frisk-nyfodd", "skane", "2024-04-25", "F", [
    M("n1", "Läkaranteckning", "hbg_neo", "Helena Sjöberg", "2024-04-26 09:10", 15, SV, [
        S("Anamnes", "Storebror har Noonans syndrom. Föräldrarna önskade noggrann nyföddhetsundersökning."),
        S("Status", "Inga dysmorfa drag. Normalt halsveck. Hjärta: rena toner, inget blåsljud. Femoralispulsar palpabla bilat."),
        S("Bedömning", "Frisk nyfödd flicka. Pulsoximetriscreening ua."),
    ])], [], [("NL102", "n1")],
    "Syndromet gäller storebror; patienten bedöms frisk.")

C("d76-typo-ingen-misstake-syndrom", "vgr", "2024-09-10", "M", [
    M("n1", "Läkaranteckning", "ostra_bb", "Maria Johansson", "2024-09-11 08:45", 20, SV, [
        S("Status", "Fullgången pojke utan dysmorfa drag. Höfter stabila. Testes i skrotum bilat. Singel navelartär."),
        S("Bedömning", "Ingen misstake om syndrom. UL njurar som rutin vid singel navelartär."),
    ])], [], [("NL102", "n1")],
    "Stavfel i negationen 'Ingen misstake om syndrom': fortfarande negerad, ingen hedgad diagnos.")

C("d76-t21-kardiologtid-ej-meddelad", "skane", "2024-03-12", "F", [
    M("n1", "Utskrivningsanteckning", "malmo_neo", "Amira Haddad", "2024-03-18 11:30", 45, SV, [
        S("Sammanfattning", "Trisomi 21, bekräftad med kromosomanalys. Föräldrarna informerade om diagnosen 13/3. Ekot visar en liten ASD II."),
        S("Planering", "Tid till barnkardiolog är inte bokad ännu, föräldrarna har därför inte fått något datum utan får kallelse per brev."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "Det som föräldrarna inte fått veta är ett datum, inte en diagnos; diagnosen är redan meddelad.")

C("d76-williams-tidig-hyp-sedan-besked", "skane", "2024-04-28", "M", [
    M("n1", "Tidiga hypoteser", "lund_barnhjart", "Mats Persson", "2024-05-20 13:50", 30, OV, [
        S("Bedömning", "Supravalvulär aortastenos på eko, hyperkalcemi och karakteristiskt ansikte. Misstänkt Williams syndrom, FISH 7q11.23 skickad."),
    ]),
    M("n2", "Läkaranteckning", "lund_barnhjart", "Mats Persson", "2024-06-03 14:20", 25, OV, [
        S("Provsvar", "FISH bekräftar deletion 7q11.23, Williams syndrom."),
        S("Information", "Föräldrarna informerade vid samtal idag tillsammans med barnkardiolog. Remiss till habiliteringen."),
    ])], [], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    "Hypotesen i n1 ligger i Skånes mall Tidiga hypoteser; i n2 är diagnosen bekräftad och berättad.")

C("d76-klumpfot-artrogrypos-fragetecken", "vgr", "2024-02-03", "F", [
    M("n1", "Läkaranteckning", "ostra_neo", "Jonas Gustafsson", "2024-02-04 12:25", 30, SV, [
        S("Status", "Bilateral klumpfot, kontrakturer i knän och armbågar, nedsatt spontanmotorik i armarna."),
        S("Bedömning", "Artrogrypos? Ej typisk isolerad klumpfot. Genetik- och neuropediatrikkonsult beställda."),
    ])], [("NL102", "n1")], [],
    "'Artrogrypos?' = osäker diagnos i synlig Bedömning; klumpfoten är konstaterad.")

# =========================================================================== I. neonatal jaundice
C("d76-hyperbilirubinemi-fototerapi-ev-kontroll", "skane", "2024-02-16", "F", [
    M("n1", "Daganteckning", "malmo_neo", "Linnea Ek", "2024-02-19 09:55", 20, SV, [
        S("Aktuellt", "Dag 3, ikterisk. TcB 290, S-bilirubin 318, över fototerapigränsen för 38 veckor."),
        S("Bedömning", "Neonatal hyperbilirubinemi, DAT negativ."),
        S("Åtgärd", "Fototerapi startad. Ev. ny bilirubinkontroll ikväll beroende på hudfärg, annars i morgon bitti."),
    ])], [], [("NL102", "n1")],
    "'Ev. ny bilirubinkontroll' är en plan; hyperbilirubinemin är fastställd.")

C("d76-trolig-abo-immunisering", "vgr", "2024-03-05", "M", [
    M("n1", "Daganteckning läkare", "nal_neo", "Anna Carlsson", "2024-03-05 22:30", 35, SV, [
        S("Aktuellt", "Synlig ikterus vid 16 timmars ålder. Mor 0 Rh+, barnet A Rh+. DAT positiv."),
        S("Bedömning", "Trolig ABO-immunisering med hemolys. Bilirubin 185 vid 18 h."),
        S("Åtgärd", "Intensiv fototerapi, bilirubin var 4:e timme. IVIG övervägs vid fortsatt stigning."),
    ])], [("NL102", "n1")], [],
    "'Trolig ABO-immunisering' i synlig Bedömning; moderns blodgrupp är bara bakgrund.")

C("d76-kolestas-gallgangsatresi-kan-ej-uteslutas", "skane", "2024-04-02", "F", [
    M("n1", "Inskrivningsanteckning", "lund_barnmed", "Tomas Andersson", "2024-04-25 15:35", 40, SV, [
        S("Anamnes", "Ikterisk sedan andra levnadsdagen. BVC har noterat ljus, kittfärgad avföring senaste veckan."),
        S("Provsvar", "Totalbilirubin 168, konjugerat 92. ALAT 110, GT 420."),
        S("Bedömning", "Kolestas hos spädbarn, gallgångsatresi kan ej uteslutas."),
        S("Åtgärd", "Akut UL lever och gallvägar, K-vitamin iv. Kontakt med barnkirurgen i Lund."),
    ])], [("NL102", "n1")], [],
    "'gallgångsatresi kan ej uteslutas' i synlig Bedömning.")

C("d76-ingen-kolestas-trolig-brostmjolksikterus", "vgr", "2024-05-03", "M", [
    M("n1", "Mottagningsanteckning", "kungalv_barnmott", "Sara Lundgren", "2024-05-27 10:05", 25, OV, [
        S("Provsvar", "Konjugerat bilirubin 8, normalt. Okonjugerat 210."),
        S("Bedömning", "Ingen misstanke om kolestas. Trolig bröstmjölksikterus hos välmående, helammat barn."),
        S("Planering", "Fortsatt amning. Ny kontroll på BVC om 1 vecka."),
    ])], [("NL102", "n1")], [],
    "Svårt positivt fall: kolestas negeras men 'Trolig bröstmjölksikterus' är en osäker diagnos.")

C("d76-pmo-bvc-ev-brostmjolksikterus", "skane", "2024-06-10", "F", [
    P("n1", "BVC-besök", "bvc_limhamn", "Jenny Fors", "2024-06-25 13:30", 15, [
        S("Aktuellt", "Fortfarande gulaktig i huden och ögonvitorna vid 2 veckors ålder. Ljusgul avföring, ingen kittfärg."),
        S("Bedömning", "ev. bröstmjölksikterus. Bilirubin tas på BVC, BVC-läkare bedömer svaret."),
    ], role="sjuksköterska")], [], [("NL102", "n1")],
    "PMO BVC: hedgad diagnos i PMO visas aldrig.")

C("d76-gallgangsatresi-ej-informerade", "vgr", "2024-08-01", "F", [
    M("n1", "Läkaranteckning", "dsbus_gastro", "Fredrik Olausson", "2024-08-29 16:40", 30, SV, [
        S("Utredning", "UL lever: ingen gallblåsa kan identifieras, triangular cord sign. Fynd förenligt med gallgångsatresi."),
        S("Bedömning", "Stark misstanke om biliär atresi som kräver Kasai-operation snarast."),
        S("Information", "Föräldrarna ej informerade ännu – besked ges gemensamt med barnkirurg i morgon förmiddag."),
    ])], [("NL101", "n1"), ("NL102", "n1")], [],
    "Misstänkt biliär atresi står synligt och föräldrarna ej informerade: NL101 och NL102.")

C("d76-typo-misankt-g6pd-brist", "skane", "2024-09-14", "M", [
    M("n1", "Daganteckning", "malmo_neo", "Oskar Wallin", "2024-09-17 11:50", 30, SV, [
        S("Anamnes", "Familjen har ursprung i Irak. Ikterus dag 2 med snabb stigning, DAT negativ."),
        S("Bedömning", "Misänkt G6PD-brist. G6PD-aktivitet skickad."),
        S("Åtgärd", "Fototerapi. Föräldrarna har fått råd om att undvika favabönor och vissa läkemedel i väntan på svar."),
    ])], [("NL102", "n1")], [],
    "Stavfel 'Misänkt G6PD-brist' = misstänkt diagnos i synlig text.")

# =========================================================================== J. neonatal hypoglycaemia
C("d76-neonatal-hypoglykemi-gdm", "skane", "2024-03-27", "F", [
    M("n1", "Inskrivningsanteckning", "hbg_neo", "Sofie Bengtsson", "2024-03-27 07:20", 30, SV, [
        S("Aktuellt", "Barn till mor med insulinbehandlad graviditetsdiabetes. Födelsevikt 4520 g, LGA."),
        S("Provsvar", "P-glukos 1,8 vid 2 timmars ålder, 2,1 efter glukosgel."),
        S("Bedömning", "Neonatal hypoglykemi hos barn till mor med GDM."),
        S("Åtgärd", "Sondmatning med ersättning. Glukosinfusion 4 mg/kg/min om nästa värde är under 2,6."),
    ])], [], [("NL102", "n1")],
    "Fastställd neonatal hypoglykemi; moderns GDM är bakgrund; villkorad plan.")

C("d76-hyperinsulinism-fragetecken", "vgr", "2024-04-08", "M", [
    M("n1", "Daganteckning läkare", "ostra_neo", "Niklas Bergström", "2024-04-13 13:00", None, SV, [
        S("Aktuellt", "Dag 5, fortsatt glukosbehov 12 mg/kg/min för att hålla p-glukos över 3."),
        S("Provsvar", "I hypoglykemi (p-glukos 1,9): insulin 12 mIE/l, ketoner <0,1, låga FFA."),
        S("Bedömning", "Hyperinsulinism? Svarar på glukagon. Diazoxid diskuteras med barnendokrinolog."),
    ])], [("NL102", "n1")], [],
    "'Hyperinsulinism?' i osignerat utkast = osäker diagnos i synlig text.")

C("d76-typo-trolgi-overgaende-hypoglykemi", "skane", "2024-05-14", "F", [
    M("n1", "Daganteckning", "krstd_neo", "Per-Ola Nilsson", "2024-05-15 10:45", 20, SV, [
        S("Bedömning", "Trolgi övergående neonatal hypoglykemi betingad av SGA och låga glykogenförråd."),
        S("Åtgärd", "Täta mål var 3:e timme, p-glukos före mål."),
    ])], [("NL102", "n1")], [],
    "Stavfel 'Trolgi' i hedgen: fortfarande trolig diagnos i synlig text.")

C("d76-villkor-glukosgel-ev-utskrivning", "vgr", "2024-06-20", "M", [
    M("n1", "Omvårdnadsanteckning", "skas_neo", "Emma Dahl", "2024-06-21 06:30", 10, SV, [
        S("Omvårdnad", "P-glukos 2,9 och 3,3 före mål under natten. Ammar bra, sväljer hörbart."),
        S("Planering", "Om p-glukos under 2,6 före mål ges glukosgel och jourhavande barnläkare kontaktas. Ev. utskrivning dag 3 om värdena är stabila."),
    ], role="sjuksköterska")], [], [("NL102", "n1")],
    "Villkor ('Om p-glukos under 2,6') och plan-hedge ('Ev. utskrivning'); ingen osäker diagnos.")

C("d76-hypoglykemi-dd-hypopituitarism", "vgr", "2024-09-03", "M", [
    M("n1", "Läkaranteckning", "nal_neo", "Malin Kjellberg", "2024-09-06 15:25", 45, SV, [
        S("Status", "Mikropenis, bilateral kryptorkism, förlängd ikterus."),
        S("Bedömning", "Återkommande hypoglykemier. DD hypopituitarism, binjurebarksinsufficiens. Kortisol och GH tagna i hypoglykemi."),
    ])], [("NL102", "n1")], [],
    "'DD hypopituitarism, binjurebarksinsufficiens' i synlig Bedömning.")

# =========================================================================== K. genetic tests awaited
C("d76-exom-fragestallning-epileptisk-encefalopati", "skane", "2022-03-03", "F", [
    M("n1", "Mottagningsanteckning", "lund_neuro", "Johanna Lindqvist", "2024-04-11 13:15", 50, OV, [
        S("Anamnes", "Terapiresistent epilepsi sedan 4 månaders ålder, utvecklingsförsening."),
        S("Utredning", "Trio-exomsekvensering skickad 2024-03-02, beräknat svar om 8–12 veckor. Frågeställning: genetisk epileptisk encefalopati."),
    ])], [("NL102", "n1")], [],
    "'Frågeställning: genetisk epileptisk encefalopati' är en ännu obekräftad diagnos i synlig text.")

C("d76-genpanel-skickad-svarstid", "vgr", "2020-10-10", "M", [
    M("n1", "Läkaranteckning", "dsbus_neuro", "Hussein Ali", "2024-03-13 11:35", 30, OV, [
        S("Status", "Proximal muskelsvaghet, reser sig med stöd av händerna. Normala senreflexer."),
        S("Utredning", "CK 480. Genpanel för neuromuskulära sjukdomar skickad till Klinisk genetik, svar beräknas i maj."),
        S("Information", "Föräldrarna informerade om svarstiden och att vi ringer när svaret kommit."),
    ])], [], [("NL102", "n1")],
    "Väntande genpanel utan hedgad diagnos; fynd och plan, ingen misstanke om namngiven sjukdom.")

C("d76-cf-remiss-ej-meddelad-familjen", "skane", "2024-01-05", "F", [
    M("n1", "Läkaranteckning", "malmo_barnmott", "Karim Mansour", "2024-02-12 14:10", 35, OV, [
        S("Diagnos", "Cystisk fibros, F508del homozygot."),
        S("Information", "Föräldrarna informerades om diagnosen 2/2 av undertecknad. Remissen till CF-centrum Lund är skickad men familjen har ännu inte underrättats om det."),
    ])], [], [("NL101", "n1")],
    "Det familjen inte fått veta är att remissen skickats, inte diagnosen, som redan är meddelad.")

C("d76-dravet-svar-ej-meddelat", "vgr", "2023-02-14", "M", [
    M("n1", "Läkaranteckning", "dsbus_neuro", "Karin Edvardsson", "2024-05-02 15:45", 25, OV, [
        S("Provsvar", "Genetisk panel: patogen de novo-variant i SCN1A."),
        S("Bedömning", "Diagnos Dravets syndrom. Lamotrigin ska inte användas framöver."),
        S("Information", "Svaret är ännu inte meddelat föräldrarna. Återbesök med genetisk vägledare bokat 8/5."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Genetiskt fastställt Dravets syndrom synligt medan svaret inte meddelats föräldrarna.")

C("d76-wes-negativt-ej-meddelat", "skane", "2019-06-25", "F", [
    M("n1", "Läkaranteckning", "lund_neuro", "Ida Malmberg", "2024-05-29 10:20", 20, OV, [
        S("Bedömning", "Global utvecklingsförsening, känd och diskuterad med familjen sedan 2022. Ingen etiologi fastställd."),
        S("Provsvar", "WES-trio: inga varianter som förklarar bilden."),
        S("Information", "Det negativa svaret är ännu inte meddelat familjen, ringer mamma i morgon."),
    ])], [], [("NL101", "n1")],
    "Det som inte meddelats är ett normalt/negativt provsvar, inte en diagnos.")

C("d76-misstankt-angelman-informerade", "vgr", "2022-09-09", "F", [
    M("n1", "Mottagningsanteckning", "sas_barn", "Anna Carlsson", "2024-06-06 14:30", 40, OV, [
        S("Status", "Uttalad talförsening, ataktisk gång, frekvent skratt, mikrocefali."),
        S("Bedömning", "Misstänkt Angelmans syndrom."),
        S("Information", "Föräldrarna informerade om misstanken och om att metyleringsanalys skickas i dag."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "Misstanken står synligt (NL102) men föräldrarna är informerade (ej NL101).")

C("d76-pku-tsh-misstankt-hypotyreos", "vgr", "2024-02-26", "F", [
    M("n1", "Telefonanteckning", "dsbus_endo", "Björn Svensson", "2024-03-01 09:05", 15, OV, [
        S("Telefonkontakt", "PKU-laboratoriet meddelar förhöjt TSH 85 i nyföddhetsscreeningen. Misstänkt kongenital hypotyreos."),
        S("Åtgärd", "Föräldrarna kontaktade per telefon och informerade om provsvaret och misstanken. De kommer till mottagningen i eftermiddag för venöst TSH och fT4."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "Misstänkt kongenital hypotyreos synlig; föräldrarna informerade samma dag.")

C("d76-kan-rora-sig-om-mcad", "skane", "2024-04-14", "M", [
    M("n1", "Daganteckning", "lund_barnmed", "Erik Håkansson", "2024-04-19 13:40", None, SV, [
        S("Provsvar", "Nyföddhetsscreening: förhöjt C8-acylkarnitin."),
        S("Bedömning", "Kan röra sig om MCAD-brist. Bekräftande acylkarnitinprofil och genetik skickade."),
        S("Planering", "Täta mål, ingen fasta längre än 4 timmar."),
    ])], [("NL102", "n1")], [],
    "'Kan röra sig om MCAD-brist' i osignerat utkast: osäker diagnos synlig.")

C("d76-vgr-tidiga-hyp-mitokondriell", "vgr", "2022-11-22", "F", [
    M("n1", "Daganteckning läkare", "dsbus_avd", "Leila Rahimi", "2024-02-08 16:15", 30, SV, [
        S("Aktuellt", "Inlagd för kräkningar och slöhet. Laktat 4,2, ALAT 180."),
        S("Utredning", "Metabol utredning påbörjad: aminosyror, organiska syror och acylkarnitiner."),
        S("Tidiga hypoteser", "Kan röra sig om mitokondriell sjukdom. Föräldrarna ej informerade om denna hypotes."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: hypotesen och att föräldrarna inte informerats står enbart under sökordet Tidiga hypoteser.")

# =========================================================================== L. have the guardians been told?
C("d76-vsd-asd-mamma-nyforlost-ej-informerade", "skane", "2024-02-01", "M", [
    M("n1", "Konsultationsanteckning", "lund_barnhjart", "Helena Sjöberg", "2024-02-02 17:10", 30, SV, [
        S("Utredning", "Eko: stor perimembranös VSD 6 mm med vänster-högershunt samt ASD II 5 mm."),
        S("Bedömning", "Hemodynamiskt signifikant VSD."),
        S("Information", "Föräldrarna är inte informerade än. Mamma är nyförlöst efter akut snitt och trött, samtal planeras i morgon förmiddag med båda föräldrarna."),
    ])], [("NL101", "n1")], [],
    "Fastställt hjärtfel (VSD, ASD) synligt medan föräldrarna inte informerats.")

C("d76-avsd-informerade-vid-rond", "vgr", "2024-05-15", "F", [
    M("n1", "Daganteckning läkare", "dsbus_hjart", "Jonas Gustafsson", "2024-05-17 12:40", 20, SV, [
        S("Diagnos", "Komplett AVSD."),
        S("Information", "Föräldrarna informerade om hjärtfelet av barnkardiolog vid rondsamtal, även om planerad operation vid 3–4 månaders ålder."),
    ])], [], [("NL101", "n1")],
    "AVSD synligt men föräldrarna har informerats.")

C("d76-typo-infomerade-hydronefros", "skane", "2024-03-20", "F", [
    M("n1", "Läkaranteckning", "lund_barnkir", "Mats Persson", "2024-03-28 13:55", 25, OV, [
        S("Utredning", "UL urinvägar: uttalad hydronefros höger med njurbäcken 28 mm och kalyxdilatation."),
        S("Information", "Föräldrarna ännu ej infomerade om hydronefrosen, barnurolog tar samtalet på fredag."),
    ])], [("NL101", "n1")], [],
    "Stavfel 'infomerade': hydronefrosen är synlig och föräldrarna ej informerade.")

C("d76-draft-ivh-grad3-ej-informerat", "vgr", "2024-04-01", "M", [
    M("n1", "Daganteckning läkare", "ostra_neo", "Maria Johansson", "2024-04-04 10:50", None, SV, [
        S("Aktuellt", "Prematur v 25+6, dag 3. Rutin-UL skalle idag."),
        S("Utredning", "Intraventrikulär blödning grad III vänster, grad I höger."),
        S("Information", "Har inte hunnit informera föräldrarna, görs efter ronden."),
    ])], [("NL101", "n1")], [],
    "Osignerat utkast: IVH grad III synlig och föräldrarna ännu inte informerade.")

C("d76-ivh-grad2-besked-vid-ronden", "skane", "2024-05-20", "F", [
    M("n1", "Daganteckning", "lund_neo", "Amira Haddad", "2024-05-23 12:15", 30, SV, [
        S("Utredning", "UL skalle: IVH grad II bilateralt, ingen ventrikeldilatation."),
        S("Information", "Föräldrarna fick beskedet vid ronden och hade tid för frågor efteråt. Kontroll-UL om en vecka."),
    ])], [], [("NL101", "n1")],
    "IVH synlig men föräldrarna har fått beskedet.")

C("d76-hlhs-kand-prenatalt", "vgr", "2024-06-08", "M", [
    M("n1", "Inskrivning", "dsbus_hjart", "Fredrik Olausson", "2024-06-08 04:20", 60, SV, [
        S("Anamnes", "Hypoplastiskt vänsterkammarsyndrom diagnostiserat vid fosterdiagnostik v 21. Föräldrarna välinformerade sedan graviditeten, har träffat barnthoraxkirurg."),
        S("Åtgärd", "Prostaglandininfusion startad direkt efter födelsen. Norwood planeras dag 5–7."),
    ])], [], [("NL101", "n1")],
    "Föräldrarna informerades redan under graviditeten (tidigare besked).")

C("d76-pvl-ej-informerade-sedan-samtal", "skane", "2024-07-01", "M", [
    M("n1", "Daganteckning", "krstd_neo", "Tomas Andersson", "2024-07-22 11:05", 25, SV, [
        S("Utredning", "UL skalle: cystisk periventrikulär leukomalaci bilateralt."),
        S("Information", "Föräldrarna ej informerade ännu, de är hemma med syskonen idag. Ansvarig neonatolog ringer dem för att boka samtal."),
    ]),
    M("n2", "Läkaranteckning", "krstd_neo", "Tomas Andersson", "2024-07-23 15:30", 40, SV, [
        S("Samtal", "Informationssamtal med båda föräldrarna om fyndet av periventrikulär leukomalaci och vad det kan innebära för motoriken."),
        S("Planering", "Uppföljning via neonatala uppföljningsmottagningen och remiss till habiliteringen."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "n1 har PVL synligt och föräldrarna ej informerade; n2 dagen efter dokumenterar informationssamtalet.")

C("d76-misstanke-leukemi-ej-fatt-veta", "vgr", "2019-08-19", "F", [
    M("n1", "Akutanteckning", "dsbus_akut", "Elin Strand", "2024-03-17 19:40", 35, OV, [
        S("Aktuellt", "4-årig flicka med trötthet, blekhet och blåmärken sedan 2 veckor."),
        S("Lab", "Hb 78, TPK 22, LPK 38 med blaster i perifert utstryk."),
        S("Bedömning", "Stark misstanke om akut leukemi."),
        S("Information", "Föräldrarna har inte fått veta om misstanken ännu, barnonkolog kommer och pratar med dem."),
    ])], [("NL102", "n1"), ("NL101", "n1")], [],
    "Misstänkt akut leukemi i synlig Bedömning och föräldrarna har inte fått veta: NL101 och NL102.")

C("d76-skane-tidiga-hyp-mall-all", "skane", "2017-12-04", "M", [
    M("n1", "Tidiga hypoteser", "lund_barnmed", "Sofie Bengtsson", "2024-04-05 18:25", 30, SV, [
        S("Bedömning", "Blaster i perifert utstryk, misstänkt ALL. Benmärgsprov planeras."),
        S("Information", "Föräldrarna ej informerade om misstanken, samtal med barnonkolog i morgon."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: misstänkt ALL och det ej informerade står i mallen Tidiga hypoteser, som inte visas.")

C("d76-trolig-wilms-informerade", "vgr", "2021-03-31", "M", [
    M("n1", "Läkaranteckning", "dsbus_onk", "Niklas Bergström", "2024-02-13 16:05", 45, SV, [
        S("Utredning", "DT buk: 8 cm solid tumör utgående från vänster njure, inga lungmetastaser."),
        S("Bedömning", "Trolig Wilms tumör."),
        S("Information", "Föräldrarna informerade om fyndet och misstanken om Wilms tumör av barnonkolog och barnkirurg."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Trolig Wilms tumör' synlig (NL102); föräldrarna informerade (ej NL101).")

C("d76-otit-vaccin-kallelse-ej-fatt", "skane", "2022-04-04", "F", [
    M("n1", "Akutanteckning", "malmo_barnakut", "Linnea Ek", "2024-02-23 18:50", 20, OV, [
        S("Bedömning", "Akut mediaotit bilateralt."),
        S("Åtgärd", "Fenoximetylpenicillin i 7 dagar."),
        S("Övrigt", "Vaccinationer ej givna enligt programmet sedan 12 mån, föräldrarna har inte fått någon kallelse till BVC efter flytten."),
    ])], [], [("NL101", "n1")],
    "'har inte fått någon kallelse' gäller en BVC-kallelse, inte en diagnos som undanhålls.")

C("d76-typo-infromerade-west-syndrom", "skane", "2023-11-09", "M", [
    M("n1", "Läkaranteckning", "lund_neuro", "Oskar Wallin", "2024-05-10 14:35", 30, OV, [
        S("Utredning", "EEG: hypsarytmi."),
        S("Bedömning", "Infantila spasmer med hypsarytmi, West syndrom."),
        S("Information", "Föräldrarna inte infromerade än, ringer dem efter kl 16 när pappa slutat jobbet."),
    ])], [("NL101", "n1")], [],
    "Stavfel 'infromerade': West syndrom synligt och föräldrarna inte informerade.")

C("d76-cp-vantar-med-information", "vgr", "2022-05-17", "F", [
    M("n1", "Läkaranteckning", "dsbus_neuro", "Sara Lundgren", "2024-01-24 13:20", 50, OV, [
        S("Utredning", "MR hjärna: periventrikulära vitsubstansförändringar bilat."),
        S("Bedömning", "Cerebral pares, spastisk diplegi, GMFCS II."),
        S("Information", "Vi väntar med att informera föräldrarna om diagnosen tills habiliteringsläkaren kan delta i samtalet om två veckor."),
    ])], [("NL101", "n1")], [],
    "CP-diagnosen synlig medan information till föräldrarna uttryckligen skjuts upp.")

C("d76-cp-besked-givet-kurator", "skane", "2021-10-21", "M", [
    M("n1", "Mottagningsanteckning", "malmo_barnmott", "Helena Sjöberg", "2024-06-12 11:10", 40, OV, [
        S("Samtal", "Besked om CP-diagnosen, spastisk hemiplegi höger, gavs idag till båda föräldrarna tillsammans med kurator."),
        S("Åtgärd", "Remiss till barn- och ungdomshabiliteringen."),
    ])], [], [("NL101", "n1")],
    "CP-diagnos synlig men beskedet har getts till båda föräldrarna.")

C("d76-horselnedsattning-ej-informerade", "skane", "2024-03-29", "F", [
    M("n1", "Läkaranteckning", "lund_horsel", "Per-Ola Nilsson", "2024-05-07 15:00", 25, OV, [
        S("Utredning", "ABR efter utebliven OAE bilat: bilateral sensorineural hörselnedsättning, tröskel 70 dB."),
        S("Information", "Föräldrarna har inte informerats ännu, besked ges vid återbesöket på fredag med audionom och läkare."),
    ])], [("NL101", "n1")], [],
    "Fastställd hörselnedsättning synlig; föräldrarna ej informerade.")

C("d76-sickelcell-ej-informerad-tolk", "vgr", "2024-01-22", "M", [
    M("n1", "Läkaranteckning", "dsbus_hemat", "Malin Kjellberg", "2024-03-04 14:45", 20, OV, [
        S("Provsvar", "Hb-elektrofores: HbSS, sickelcellsanemi."),
        S("Information", "Familjen ej informerad om resultatet, tolk på somaliska bokad till i morgon kl 10."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Bekräftad sickelcellsanemi synlig; familjen (vårdnadshavarna) ej informerad.")

C("d76-kraniosynostos-avvaktar-plastikkirurg", "skane", "2024-02-13", "M", [
    M("n1", "Läkaranteckning", "malmo_barnmott", "Ida Malmberg", "2024-06-14 10:30", None, OV, [
        S("Utredning", "DT skalle: prematur slutning av sagittalsuturen, skafocefali."),
        S("Information", "Vi avvaktar med att informera föräldrarna om diagnosen tills plastikkirurgen har sett bilderna."),
    ])], [("NL101", "n1")], [],
    "Osignerat utkast: kraniosynostos synlig, information till föräldrarna uppskjuten.")

C("d76-typo-informerde-sma-typ1", "vgr", "2024-04-02", "F", [
    M("n1", "Läkaranteckning", "dsbus_neuro", "Leila Rahimi", "2024-05-21 09:15", 15, OV, [
        S("Provsvar", "SMN1: homozygot deletion, 2 kopior SMN2. Spinal muskelatrofi typ 1."),
        S("Information", "Föräldrarna ej informerde ännu, akuttid hos neuropediatriker i eftermiddag."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Stavfel 'informerde': genetiskt fastställd SMA typ 1 synlig och föräldrarna ej informerade.")

C("d76-kongenital-hypotyreos-ej-natt-foraldrar", "skane", "2024-05-06", "F", [
    M("n1", "Telefonanteckning", "malmo_endo", "Karim Mansour", "2024-05-14 16:55", 10, OV, [
        S("Provsvar", "Venöst TSH 180, fT4 4 pmol/l. Kongenital hypotyreos."),
        S("Telefonkontakt", "Har ännu inte nått föräldrarna per telefon, nytt försök ikväll. Levotyroxin är förskrivet och ligger på apoteket."),
    ])], [("NL101", "n1")], [],
    "Kongenital hypotyreos fastställd och synlig; föräldrarna har ännu inte nåtts med beskedet.")

C("d76-neuroblastom-ska-ej-informeras", "vgr", "2022-08-27", "M", [
    M("n1", "Daganteckning läkare", "sas_barn", "Jonas Gustafsson", "2024-04-26 12:30", 30, SV, [
        S("Utredning", "UL buk: 5 cm tumör utgående från höger binjure med förkalkningar. Urin-katekolaminer förhöjda."),
        S("Bedömning", "Neuroblastom, remitteras till barncancercentrum i Göteborg."),
        S("Information", "Föräldrarna ska inte informeras förrän barnonkolog från Göteborg varit här, enligt överenskommelse."),
    ])], [("NL101", "n1")], [],
    "Neuroblastom synligt medan texten säger att föräldrarna inte ska informeras ännu.")

C("d76-hirschsprung-ej-sedan-informerade", "vgr", "2024-08-12", "M", [
    M("n1", "Läkaranteckning", "dsbus_kir", "Anna Carlsson", "2024-09-02 14:00", 30, SV, [
        S("Provsvar", "Rektalbiopsi: avsaknad av ganglieceller, ökad acetylkolinesteras-aktivitet. Hirschsprungs sjukdom."),
        S("Information", "Svaret kom sent i eftermiddag och föräldrarna är inte informerade, de får beskedet på morgonronden."),
    ]),
    M("n2", "Daganteckning läkare", "dsbus_kir", "Anna Carlsson", "2024-09-03 10:10", 20, SV, [
        S("Aktuellt", "Föräldrarna informerade om biopsisvaret och diagnosen vid morgonronden."),
        S("Planering", "Tarmsköljningar dagligen, transanal pull-through planeras om 2–3 månader."),
    ])], [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
    "n1: Hirschsprung synligt och föräldrarna ej informerade; n2: beskedet givet vid rond.")

C("d76-normalt-eeg-ej-meddelat-feberkramp", "skane", "2021-05-28", "F", [
    M("n1", "Läkaranteckning", "hbg_barnmott", "Erik Håkansson", "2024-02-28 13:35", 30, OV, [
        S("Anamnes", "Andra enkla feberkrampen i samband med influensa, föräldrarna välinformerade om feberkramper sedan förra gången."),
        S("Provsvar", "EEG normalt. Svaret är inte meddelat föräldrarna ännu, skickas brev."),
    ])], [], [("NL101", "n1")],
    "Det som inte meddelats är ett normalt EEG, inte en diagnos.")

C("d76-mr-tid-ej-meddelad-epilepsi", "vgr", "2020-02-20", "F", [
    M("n1", "Mottagningsanteckning", "skas_barnmott", "Hussein Ali", "2024-03-22 10:25", 35, OV, [
        S("Bedömning", "Epilepsi med fokala anfall, anfallsfri på oxkarbazepin sedan januari."),
        S("Planering", "MR hjärna beställd. Tiden är ännu inte meddelad föräldrarna eftersom röntgen inte har bokat den."),
    ])], [], [("NL101", "n1")],
    "Det som inte meddelats är en undersökningstid, inte diagnosen.")

# =========================================================================== M. protection by region, long notes, PMO
C("d76-skane-sokord-th-i-vanlig-mall-marfan", "skane", "2014-09-09", "M", [
    M("n1", "Mottagningsanteckning", "lund_barnhjart", "Johanna Lindqvist", "2024-03-07 10:50", 35, OV, [
        S("Anamnes", "9-årig pojke, remitterad för lång längd och överrörliga leder. Skolsköterskan noterade bröstkorgsdeformitet."),
        S("Status", "Längd +3,1 SD, armspann/längd 1,08. Pectus excavatum, positivt tumme- och handledstecken."),
        S("Tidiga hypoteser", "Misstänkt Marfans syndrom. Eko och ögonundersökning beställda."),
    ])], [("NL102", "n1")], [],
    "Skåne skyddar via mall, inte sökord: sökordet 'Tidiga hypoteser' i en vanlig Mottagningsanteckning är synligt.")

C("d76-vgr-mall-th-men-sokord-bedomning-rett", "vgr", "2022-06-14", "F", [
    M("n1", "Tidiga hypoteser", "dsbus_neuro", "Karin Edvardsson", "2024-04-18 14:15", None, OV, [
        S("Anamnes", "Normal utveckling till 12 månader, därefter förlorat ord och ändamålsenlig handfunktion. Stereotypa handrörelser."),
        S("Bedömning", "Misstänkt Retts syndrom, MECP2-analys skickad."),
    ])], [("NL102", "n1")], [],
    "VGR skyddar via sökord: mallnamnet Tidiga hypoteser hjälper inte när texten står under sökordet Bedömning.")

C("d76-fragestallning-hoftledsdysplasi", "vgr", "2024-01-10", "F", [
    M("n1", "Mottagningsanteckning", "dsbus_orto", "Björn Svensson", "2024-02-19 09:40", 25, OV, [
        S("Remissorsak", "Frågeställning höftledsdysplasi vänster, asymmetriska lårveck och klick vid Ortolanis test på BB."),
        S("Status", "Barlow negativ bilat idag, abduktionen något inskränkt vänster."),
        S("Planering", "UL höfter i morgon."),
    ])], [("NL102", "n1")], [],
    "'Frågeställning höftledsdysplasi' = obekräftad diagnos i synlig text.")

C("d76-lang-inskrivning-bronkiolit-ev-pneumoni", "skane", "2023-09-25", "F", [
    M("n1", "Inskrivningsanteckning", "hbg_barnavd", "Amira Haddad", "2024-01-03 22:40", 55, SV, [
        S("Orsak till inläggning", "Tre månader gammal flicka med hosta och snuva sedan 5 dagar, sedan i eftermiddag feber 39,2 och ökad andningsfrekvens. Remitterad från barnakuten för inläggning."),
        S("Anamnes", "Född i v 37+5 efter normal graviditet, födelsevikt 2980 g. Inga tidigare sjukhusvistelser. Helammas, har senaste dygnet ammat kortare stunder och somnat vid bröstet. Tre blöta blöjor senaste dygnet mot normalt 6–7. Två syskon, 3 och 5 år, båda förkylda. Vaccinerad enligt programmet, fick 3-månadersvaccinet förra veckan."),
        S("Status", "AT: Påverkad, trött men väckbar, gnyr. Temp 39,0. Hud: blek, kap återfyllnad 3 s. Fontanell: lätt insjunken. Cor: 168/min, regelbunden, inga bl. Pulm: AF 62, subkostala och jugulära indragningar, näsvingespel. Knattrande rassel bilat, dämpat andningsljud höger bas. Sat 89 % i luft, 95 % på 1 l O2. Buk: mjuk, ua. ÖNH: rikligt sekret i näsan, trumhinnor ua."),
        S("Lab", "CRP 86, LPK 17,4 med neutrofili. Kapillär blodgas: pH 7,34, pCO2 6,4. RS-antigen positivt."),
        S("Röntgen", "Rtg pulm: förtätning i höger underlob, i övrigt perihilära strimmor."),
        S("Bedömning", "RS-bronkiolit hos 3 månaders barn med syrgasbehov och nedsatt intag. Hög feber, högt CRP och lokaliserad förtätning – ev. bakteriell pneumoni i höger underlob som komplikation."),
        S("Åtgärd", "Syrgas på grimma med mål-sat ≥92 %. Nasalsug före mål. V-sond med 2/3 av beräknat behov fördelat på 8 mål. Cefotaxim 50 mg/kg x 3 iv. Apné- och saturationsövervakning."),
        S("Information", "Mamma informerad om bedömningen och planen, stannar över natten."),
    ])], [("NL102", "n1")], [],
    "Lång inskrivning: ett enda osäkert diagnosled ('ev. bakteriell pneumoni') i synlig Bedömning räcker.")

C("d76-lang-epikris-dka-utan-hedgad-diagnos", "vgr", "2015-04-18", "M", [
    M("n1", "Epikris", "sas_barn", "Elin Strand", "2024-02-26 11:00", 120, SV, [
        S("Diagnos", "E10.1 Diabetes mellitus typ 1 med ketoacidos."),
        S("Epikris", "8-årig pojke inlagd 20/2 via barnakuten efter 4 veckors ökad törst, nattliga miktioner och viktnedgång 3,5 kg. Vid ankomst p-glukos 31, pH 7,21, BE -16 och b-ketoner 5,4. Behandlad enligt regionalt PM för DKA med vätska och insulininfusion, acidosen hävd efter 14 timmar. Övergick till subkutana flergångsinjektioner dag 2 och till insulinpump dag 5. Inga tecken på hjärnödem under förloppet. Transglutaminas-IgA och TSH tagna som rutin vid debut var normala, ingen misstanke om celiaki eller tyreoideasjukdom. Antikroppar GAD och IA-2 positiva."),
        S("Undervisning", "Pojken och båda föräldrarna fick diagnosbesked dag 1 och har undervisats av diabetessjuksköterska i kolhydraträkning, sensor och pump. Dietist har träffat familjen två gånger och kurator har haft samtal med föräldrarna. Skolan har fått information via diabetessjuksköterskan med föräldrarnas samtycke."),
        S("Hereditet", "Mormor har ev. typ 2-diabetes enligt mamma, i övrigt ingen diabetes i släkten."),
        S("Uppföljning", "Telefonkontakt med diabetessjuksköterska om tre dagar, ev. justering av insulindoserna sker då. Återbesök på diabetesmottagningen om 2 veckor, ny HbA1c om 3 månader. Trolig kontakt med skolsköterskan nästa vecka för genomgång av rutinerna i skolan."),
        S("Läkemedel", "Insulin aspart i pump. Glukagon nässpray vid svår hypoglykemi."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "Lång epikris med många hedgeord som bara gäller släkting (mormor), planer och negerade diagnoser; diagnosen är bekräftad och meddelad.")

C("d76-lang-neo-epikris-trolig-bpd", "skane", "2024-01-04", "F", [
    M("n1", "Epikris", "lund_neo", "Mats Persson", "2024-03-20 14:00", 90, SV, [
        S("Diagnoser", "Extremt för tidigt född, GA 26+1. RDS. Persisterande ductus arteriosus, behandlad med ibuprofen. Prematuritetsretinopati stadium 1 zon II."),
        S("Epikris", "Flicka född med akut kejsarsnitt i v 26+1 pga preeklampsi hos mor, födelsevikt 810 g. Intuberad på förlossningen och fått surfaktant två gånger. Respiratorbehandlad 9 dygn, därefter CPAP och sedan högflödesgrimma. Ductus stängd efter andra ibuprofenkuren, verifierat med eko dag 16. En episod med ökade apnéer dag 12, blododlingen var negativ och antibiotika avslutades efter 48 timmar. Full enteral nutrition dag 14 med berikad bröstmjölk. UL skalle dag 3, 7 och 28 utan blödning eller PVL. ROP stadium 1 zon II som inte kräver behandling."),
        S("Aktuellt", "Nu korrigerad ålder 36+6, vikt 2150 g. Fortsatt syrgasbehov 0,2 l/min på grimma för att hålla saturation över 90 %."),
        S("Bedömning", "Trolig bronkopulmonell dysplasi, måttlig grad utifrån syrgasbehovet vid 36 veckor. Ej slutvärderat förrän syrgastest gjorts."),
        S("Planering", "Överflyttas till neonatalavdelningen i Ystad som är hemortssjukhus. Syrgastest inom en vecka. Ögonkontroll enligt ROP-schemat om 2 veckor. Uppföljning på neonatala uppföljningsmottagningen vid 2 och 5,5 års korrigerad ålder."),
    ])], [("NL102", "n1")], [],
    "Lång neonatal epikris: 'Trolig bronkopulmonell dysplasi' i synlig Bedömning bland många fastställda diagnoser.")

C("d76-lang-ssk-hedgar-pa-symtom-och-planer", "vgr", "2021-07-07", "F", [
    M("n1", "Omvårdnadsanteckning", "dsbus_infekt", "Katarina Nyström", "2024-04-12 21:30", 15, SV, [
        S("Omvårdnad", "Inlagd för rotavirusgastroenterit med dehydrering, rotavirus påvisat i feces igår. Möjligen lite piggare under eftermiddagen efter vätska, lekte en stund i lekrummet. Oklart om hon kissat sedan kl 14, blöjan vägs vid nästa byte. Druckit 320 ml ORS i små klunkar under kvällspasset, kräkts en gång kl 17."),
        S("Cirkulation", "Puls 128, kap återfyllnad 2 s, varma händer och fötter."),
        S("Infart", "PVK vänster hand med lätt svullnad runt insticksstället. Ev. byte av PVK ikväll om svullnaden tilltar, jouren kontaktas då."),
        S("Nutrition", "Ammas fortfarande av mamma på natten, det fortsätter. Kanske en smörgås till kvällsmat om hon orkar."),
        S("Planering", "Vikt i morgon bitti före frukost. Vätskelistan fortsätter. Trolig hemgång i morgon om hon dricker enligt ordination."),
    ], role="sjuksköterska")], [], [("NL102", "n1")],
    "Sjuksköterskeanteckning där 'Möjligen', 'Oklart om', 'Ev.', 'Kanske', 'Trolig' bara gäller symtom, kisseri och planer; diagnosen är påvisad.")

C("d76-pmo-bvc-lakare-susp-vsd", "skane", "2024-03-02", "F", [
    P("n1", "BVC-läkarbesök", "bvc_simrishamn", "Tomas Andersson", "2024-04-01 14:20", 20, [
        S("Status", "4-veckorsbesök. Vikt +0,5 SD. Systoliskt blåsljud 2/6 vänster sternalrand, femoralispulsar palpabla."),
        S("Bedömning", "susp. VSD. Remiss till barnkardiolog i Lund."),
    ])], [], [("NL102", "n1")],
    "PMO BVC-läkare: 'susp. VSD' visas inte som diagnos i PMO.")

# =========================================================================== N. more hedge forms
C("d76-inger-misstanke-om-pylorusstenos", "vgr", "2024-02-11", "M", [
    M("n1", "Akutanteckning", "nal_barnakut", "Maria Johansson", "2024-03-08 11:20", 30, OV, [
        S("Anamnes", "4 veckor gammal pojke med kaskadkräkningar efter varje mål sedan 4 dagar, hungrig direkt efteråt."),
        S("Status", "Lätt insjunken fontanell. Synliga peristaltiska vågor över epigastriet."),
        S("Lab", "Blodgas: pH 7,51, BE +9, klorid 91."),
        S("Bedömning", "Anamnes och metabol alkalos inger misstanke om hypertrofisk pylorusstenos."),
        S("Åtgärd", "UL pylorus. Iv vätska med NaCl och glukos."),
    ])], [("NL102", "n1")], [],
    "'inger misstanke om hypertrofisk pylorusstenos' i synlig Bedömning.")

C("d76-talar-for-enkel-feberkramp", "skane", "2022-11-30", "F", [
    M("n1", "Akutanteckning", "malmo_barnakut", "Oskar Wallin", "2024-04-29 02:15", 40, OV, [
        S("Anamnes", "Mamma beskriver att hon blev stel och ryckte i armar och ben i ca 2 min under feber 39,7. Trött i 20 minuter efteråt."),
        S("Status", "Vaken och adekvat, inga fokala neurologiska bortfall. Ingen nackstelhet. Otoskopi: rodnad och bukande trumhinna vänster."),
        S("Bedömning", "Talar för enkel feberkramp utlöst av akut otit vänster."),
        S("Åtgärd", "Fenoximetylpenicillin och information om feberkramper. Hem efter observation."),
    ])], [("NL102", "n1")], [],
    "'Talar för enkel feberkramp' = hedgad diagnos i synlig text.")

C("d76-sannolikt-krupp-natt", "vgr", "2021-12-30", "M", [
    M("n1", "Jouranteckning", "sas_barnakut", "Niklas Bergström", "2024-01-06 03:05", None, OV, [
        S("Kontaktorsak", "Vaknade kl 02 med skällande hosta och inspiratorisk stridor."),
        S("Status", "Stridor i vila, lätta jugulära indragningar, sat 97 %. Dreglar inte, inte toxisk."),
        S("Bedömning", "Sannolikt krupp, måttlig."),
        S("Åtgärd", "Betametason 0,4 mg/kg po och inhalation adrenalin. Observation 2 timmar."),
    ])], [("NL102", "n1")], [],
    "'Sannolikt krupp' i osignerat utkast från natten.")

C("d76-mojlig-appendicit-ul-inkonklusivt", "skane", "2015-07-07", "F", [
    M("n1", "Akutanteckning", "lund_barnkir", "Linnea Ek", "2024-05-31 16:30", 30, SV, [
        S("Status", "Ömmar i höger fossa med släppömhet, Rovsing positiv. Temp 38,2."),
        S("Lab", "CRP 42, LPK 15,8."),
        S("Bedömning", "Möjlig appendicit, UL buk inkonklusivt då appendix inte visualiseras."),
        S("Åtgärd", "Fastande, iv vätska. Ny bedömning om 4 timmar och ställningstagande till laparoskopi."),
    ])], [("NL102", "n1")], [],
    "'Möjlig appendicit' i synlig Bedömning.")

C("d76-typo-sanolik-scarlatina", "vgr", "2020-05-05", "F", [
    M("n1", "Akutanteckning", "nal_barnakut", "Leila Rahimi", "2024-02-12 17:45", 20, OV, [
        S("Status", "Sandpappersliknande utslag på bålen, jordgubbstunga, blek kring munnen. Feber 39,1."),
        S("Bedömning", "Sanolik scarlatina. Strep A-snabbtest taget, svar om 10 min."),
    ])], [("NL102", "n1")], [],
    "Stavfel 'Sanolik scarlatina': sannolik diagnos i väntan på test, synlig.")

C("d76-oklart-om-epilepsi-eller-reflexanoxi", "vgr", "2022-01-19", "F", [
    M("n1", "Mottagningsanteckning", "dsbus_neuro", "Sara Lundgren", "2024-04-15 15:10", 30, OV, [
        S("Anamnes", "Tre episoder där hon efter att ha slagit sig blivit blek, slapp och medvetslös i ca 30 sekunder med några ryckningar."),
        S("Bedömning", "Oklart om det rör sig om epilepsi eller reflexanoxiska anfall. EEG och EKG bokas, föräldrarna filmar nästa episod."),
    ])], [("NL102", "n1")], [],
    "'Oklart om det rör sig om epilepsi' = osäker diagnos i synlig Bedömning.")

# =========================================================================== O. more hard negatives
C("d76-oklart-om-vaccinerad-sarskada", "skane", "2020-09-09", "M", [
    M("n1", "Akutanteckning", "malmo_barnakut", "Karim Mansour", "2024-03-30 14:55", 25, OV, [
        S("Bedömning", "Sårskada höger knä efter fall med cykel, suturerad med 4 stygn. Oklart om pojken fått alla vaccinationer enligt programmet, mamma kontrollerar med BVC."),
    ])], [], [("NL102", "n1")],
    "'Oklart om' gäller vaccinationsstatus, inte en diagnos; sårskadan är fastställd.")

C("d76-pappa-trolig-epilepsi-hereditet", "vgr", "2022-03-11", "F", [
    M("n1", "Mottagningsanteckning", "skas_barnmott", "Anna Carlsson", "2024-02-09 10:35", 25, OV, [
        S("Hereditet", "Pappa hade trolig epilepsi i tonåren, aldrig utredd."),
        S("Bedömning", "Två enkla feberkramper, normal utveckling. Ingen utredning med EEG behövs nu."),
    ])], [], [("NL102", "n1")],
    "Den troliga epilepsin gäller pappan (hereditet), inte patienten.")

C("d76-inga-tecken-pa-nec-prematur", "skane", "2024-08-19", "F", [
    M("n1", "Daganteckning", "malmo_neo", "Helena Sjöberg", "2024-09-02 11:40", 30, SV, [
        S("Utredning", "Buköversikt: normal gasfördelning, inga tecken på NEC."),
        S("Bedömning", "Matningsintolerans hos prematur v 30, ventrikelretentionerna minskar."),
        S("Planering", "Ökar maten försiktigt med 10 ml/kg/dygn."),
    ])], [], [("NL102", "n1")],
    "NEC negeras ('inga tecken på'); matningsintoleransen är konstaterad.")

C("d76-typo-menigit-uteslutes-uvi", "vgr", "2024-01-07", "M", [
    M("n1", "Daganteckning läkare", "dsbus_infekt", "Hussein Ali", "2024-02-03 10:55", 35, SV, [
        S("Provsvar", "LP: celler 2, protein och glukos normala. Menigit uteslutes."),
        S("Bedömning", "Febril UVI med E. coli i urinodlingen. Fortsatt iv antibiotika i 3 dygn."),
    ])], [], [("NL102", "n1")],
    "Stavfel i negerad diagnos ('Menigit uteslutes'); UVI:n är odlingsverifierad.")

C("d76-appendicit-bedoms-inte-foreligga", "skane", "2014-02-02", "M", [
    M("n1", "Akutanteckning", "hbg_barnakut", "Sofie Bengtsson", "2024-05-18 23:20", None, OV, [
        S("Bedömning", "Appendicit bedöms inte föreligga, mjuk buk vid omundersökning och sjunkande CRP. Mesenteriell lymfadenit efter halsinfektion, ses på UL."),
        S("Åtgärd", "Hem, paracetamol v.b."),
    ])], [], [("NL102", "n1")],
    "Appendicit negeras ('bedöms inte föreligga'); lymfadenit påvisad på UL. Osignerat utkast.")

C("d76-villkor-om-odling-vaxer", "vgr", "2023-06-06", "F", [
    M("n1", "Telefonanteckning", "sas_barn", "Malin Kjellberg", "2024-03-15 15:30", 10, OV, [
        S("Telefonkontakt", "Pappa ringer efter besöket igår, flickan feberfri och äter."),
        S("Planering", "Om urinodlingen växer behandlas det som en UVI och antibiotikan förlängs till 10 dagar, vi ringer i så fall på måndag."),
    ])], [], [("NL102", "n1")],
    "Hypotetisk/villkorad diagnos ('Om urinodlingen växer…') är ingen hedgad diagnos.")

C("d76-ej-forenligt-med-kawasaki-scarlatina", "skane", "2019-11-15", "M", [
    M("n1", "Daganteckning", "lund_barnmed", "Erik Håkansson", "2024-02-21 12:50", 30, SV, [
        S("Bedömning", "Feber 3 dagar med utslag, ej förenligt med Kawasaki då endast feber och exantem föreligger. Scarlatina, strep A positiv."),
        S("Åtgärd", "Fenoximetylpenicillin 10 dagar, hem i eftermiddag."),
    ])], [], [("NL102", "n1")],
    "Svårt negativt fall: 'förenligt med' är negerat med 'ej'; scarlatina bekräftad.")


# =========================================================================== build + validate
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
CODES = {"NL101", "NL102"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]


def luhn_ok(pnr):
    digits = pnr.replace("-", "")[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return luhn_digit(digits[:9]) == digits[9]


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def split_sentences(text):
    out = []
    for line in text.split("\n"):
        for piece in re.split(r"(?<=[.!?])\s+", line):
            piece = piece.strip()
            if piece:
                out.append(piece)
    return out


def build():
    problems = []
    out_cases = []
    names = set()
    sentences = {}
    for c in CASES:
        name = c["case"]
        if not name.startswith("d76-"):
            problems.append("%s: name lacks prefix d76-" % name)
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        pnr = make_pnr(c["_birth"], c["_sex"])
        if not luhn_ok(pnr) or not pnr.startswith(c["_birth"].replace("-", "")):
            problems.append("%s: personnummer %s invalid or not matching birth date" % (name, pnr))
        sexdigit = int(pnr[-2])
        if (sexdigit % 2 == 1) != (c["_sex"] == "M"):
            problems.append("%s: sex digit mismatch" % name)
        as_of = datetime.datetime.fromisoformat(c["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % name)
        age = age_at(c["_birth"], as_of)
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d not allowed" % (name, age))
        notes = []
        ids = set()
        systems = {}
        for n in c["_notes"]:
            unit = n.pop("_unit")
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (name, n["id"]))
            ids.add(n["id"])
            systems[n["id"]] = n
            t = datetime.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append("%s/%s: time not in 2024" % (name, n["id"]))
            if t.date() < datetime.date.fromisoformat(c["_birth"]):
                problems.append("%s/%s: note before birth" % (name, n["id"]))
            if t > as_of:
                problems.append("%s/%s: note after as_of" % (name, n["id"]))
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    problems.append("%s/%s: bad signed time" % (name, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: bad system" % (name, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s/%s: VGR note not Melior" % (name, n["id"]))
            if (unit in PMO_UNITS) != (n["system"] == "PMO"):
                problems.append("%s/%s: unit/system mismatch" % (name, n["id"]))
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith(VG):
                problems.append("%s/%s: VGR case with non-VGR unit" % (name, n["id"]))
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith(SK):
                problems.append("%s/%s: Skåne case with non-Skåne unit" % (name, n["id"]))
            if set(n.keys()) != NOTE_KEYS:
                problems.append("%s/%s: note keys %s" % (name, n["id"], sorted(n.keys())))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (name, n["id"]))
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s/%s: bad section" % (name, n["id"]))
                for sent in split_sentences(sec["text"]):
                    if len(sent) >= 25:
                        key = sent
                        if key in sentences:
                            problems.append("sentence repeated in %s and %s: %r" % (sentences[key], name, sent))
                        else:
                            sentences[key] = name
            notes.append(n)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % name)
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, target in lst:
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (name, code))
                if target not in systems:
                    problems.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    problems.append("%s: %s/%s both in must and must_not or duplicated" % (name, code, target))
                seen.add((code, target))
                note = systems[target]
                if code == "NL102" and kind == "must" and note["system"] != "Melior":
                    problems.append("%s: NL102 must on non-Melior note" % name)
                if code == "NL101" and note["system"] == "PMO":
                    problems.append("%s: NL101 asserted on PMO note" % name)
                if (code == "NL102" and kind == "must" and c["ruleset"] == "skane"
                        and note["template"] in PROTECTED_TEMPLATES_SKANE):
                    problems.append("%s: NL102 must on protected Skåne template" % name)
                if (code == "NL102" and kind == "must" and c["ruleset"] == "vgr"
                        and all(s["keyword"] == "Tidiga hypoteser" for s in note["sections"])):
                    problems.append("%s: NL102 must on note with only protected VGR sections" % name)
        if not c["why"].strip():
            problems.append("%s: empty why" % name)
        record = {
            "patient": {"id": pnr, "birth_date": c["_birth"], "protected_identity": False},
            "as_of": c["as_of"],
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        if set(record.keys()) != RECORD_KEYS:
            problems.append("%s: record keys" % name)
        obj = {"case": name, "ruleset": c["ruleset"], "record": record,
               "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
        if list(obj.keys()) != CASE_KEYS:
            problems.append("%s: case keys" % name)
        out_cases.append(obj)
    return out_cases, problems


def summary(cases):
    counts = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    return counts


def main():
    cases, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = summary(cases)
    rs = {}
    sysc = {}
    drafts = 0
    for c in cases:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            sysc[n["system"]] = sysc.get(n["system"], 0) + 1
            drafts += n["signed"] is None
    print("wrote %s: %d cases" % (OUT, len(cases)))
    print("rulesets:", rs, "notes by system:", sysc, "unsigned drafts:", drafts)
    for code in sorted(counts):
        print("%s must=%d must_not=%d" % (code, counts[code]["must"], counts[code]["must_not"]))


if __name__ == "__main__":
    main()
