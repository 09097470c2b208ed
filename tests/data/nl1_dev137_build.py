#!/usr/bin/env python3
"""d137: forensic psychiatry and health care in prisons/remand (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev137_cases.jsonl")

# ---------------------------------------------------------------- units
S = "SE2321000255-"
V = "SE2321000131-E0000000"
UNITS = {
    # Region Skåne, Melior
    "RPK_T": ("Rättspsykiatriska regionkliniken, avd 1, Trelleborg", S + "4410", "Melior"),
    "RPK_T2": ("Rättspsykiatriska regionkliniken, avd 4 rehabilitering, Trelleborg", S + "4412", "Melior"),
    "RPK_OV": ("Rättspsykiatrisk öppenvård, Malmö", S + "4420", "Melior"),
    "KONS_MHK": ("Psykiatrisk konsultteam Häktet Malmö, Psykiatri Skåne", S + "4431", "Melior"),
    "KONS_HBG": ("Psykiatrisk konsultverksamhet Häktet Helsingborg, Psykiatri Skåne", S + "4433", "Melior"),
    "PAKM": ("Psykiatrisk akutmottagning, Skånes universitetssjukhus Malmö", S + "2710", "Melior"),
    "INF_M": ("Infektionskliniken, Skånes universitetssjukhus Malmö", S + "1180", "Melior"),
    "HEP_L": ("Hepatitmottagningen, Infektionskliniken Skånes universitetssjukhus Lund", S + "1192", "Melior"),
    "AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", S + "3305", "Melior"),
    "AKUT_KR": ("Akutmottagningen, Centralsjukhuset Kristianstad", S + "3708", "Melior"),
    "KAK_M": ("Käkkirurgiska kliniken, Skånes universitetssjukhus Malmö", S + "1622", "Melior"),
    "BER_M": ("Beroendecentrum Malmö, Psykiatri Skåne", S + "2841", "Melior"),
    "NP_L": ("Neuropsykiatriska utredningsenheten, Psykiatri Skåne Lund", S + "2955", "Melior"),
    "MED_YS": ("Medicinkliniken avd 5, Lasarettet Ystad", S + "3612", "Melior"),
    "PSYK_KR": ("Allmänpsykiatrisk mottagning, Kristianstad", S + "3720", "Melior"),
    "HUD_L": ("Hudkliniken, Skånes universitetssjukhus Lund", S + "1455", "Melior"),
    "ORT_L": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", S + "1310", "Melior"),
    # Region Skåne, PMO (primary care)
    "VC_YS": ("Vårdcentralen Ystad", S + "6101", "PMO"),
    "VC_SOF": ("Vårdcentralen Sofielund, Malmö", S + "6120", "PMO"),
    "VC_NAS": ("Vårdcentralen Näsby, Kristianstad", S + "6135", "PMO"),
    # Västra Götalandsregionen, Melior
    "RPK_SU": ("Rättspsykiatriska kliniken avd 243, Sahlgrenska Universitetssjukhuset", V + "11243", "Melior"),
    "RPK_SU2": ("Rättspsykiatriska kliniken avd 246 rehabilitering, Sahlgrenska Universitetssjukhuset", V + "11246", "Melior"),
    "RPK_SUOV": ("Rättspsykiatrisk öppenvård, Sahlgrenska Universitetssjukhuset", V + "11250", "Melior"),
    "KONS_HG": ("Psykiatrisk konsultmottagning Häktet Göteborg, Psykiatri Psykos SU", V + "11302", "Melior"),
    "PAK_SU": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", V + "10877", "Melior"),
    "INF_SU": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", V + "10412", "Melior"),
    "AKUT_SKAS": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", V + "20118", "Melior"),
    "MED_SKAS": ("Medicinkliniken avd 12, Skaraborgs Sjukhus Skövde", V + "20140", "Melior"),
    "PSYK_SKAS": ("Psykiatriska kliniken, Skaraborgs Sjukhus Falköping", V + "20233", "Melior"),
    "BER_SU": ("Beroendekliniken, Sahlgrenska Universitetssjukhuset", V + "10950", "Melior"),
    "NP_SU": ("Neuropsykiatriska utredningsenheten, Psykiatri Sahlgrenska", V + "10966", "Melior"),
    "KAK_SU": ("Käkkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", V + "10520", "Melior"),
    "AKUT_MOL": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", V + "10133", "Melior"),
    "AKUT_NAL": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", V + "30101", "Melior"),
    "MED_NAL": ("Medicinkliniken avd 32, NU-sjukvården NÄL", V + "30155", "Melior"),
    "INF_NAL": ("Infektionsmottagningen, NU-sjukvården NÄL", V + "30170", "Melior"),
    "KIR_SKAS": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", V + "20160", "Melior"),
    "NEURO_SU": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", V + "10610", "Melior"),
}


def pnr(bd, serial):
    """bd 'YYYYMMDD', serial 3 digits -> (id, birth_date) with Luhn check digit."""
    digits = bd[2:] + serial
    s = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    check = (10 - s % 10) % 10
    return bd + "-" + serial + str(check), "%s-%s-%s" % (bd[:4], bd[4:6], bd[6:8])


def luhn_ok(pid):
    d = pid.replace("-", "")[2:]
    if len(d) != 10 or not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(d):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return s % 10 == 0


def N(nid, unit, template, author, role, time, sections, signed=25,
      setting="öppenvård", refs=None):
    """time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None (draft)."""
    uname, hsa, system = UNITS[unit]
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


CASES = []


def case(name, ruleset, patient, notes, must, must_not, why):
    pid, bd = pnr(*patient)
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = dt.datetime.combine(last.date() + dt.timedelta(days=3), dt.time())
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pid, "birth_date": bd, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M102 = [("NL102", "n1")]
M101 = [("NL101", "n1")]

# ====================================================================
# PART 1 - NL102 positives: hedged diagnosis of the patient, visible, Melior
# ====================================================================

case("d137-rpk-misstankt-paranoid-schizofreni", "skane", ("19890417", "235"), [
    N("n1", "RPK_T", "Inskrivningsanteckning", "Mattias Öberg", "läkare", "2024-02-12 14:10", [
        ("Anamnes", "35-årig man, dömd av Malmö tingsrätt till rättspsykiatrisk vård med särskild utskrivningsprövning för grov misshandel. Överflyttad från Häktet Malmö idag med Kriminalvårdens transporttjänst. Tidigare okänd inom psykiatrin, enstaka kontakter med beroendevården för cannabis."),
        ("Status", "Vaken, orienterad till person men ej tid. Misstänksam, sitter med ryggen mot väggen under samtalet. Tankestörd med sidospår, svarar ibland på röster. Förnekar suicidtankar."),
        ("Bedömning", "Misstänkt paranoid schizofreni med smygande debut, troligen under de senaste 2-3 åren. Utredning enligt vårdplan."),
        ("Planering", "Olanzapin 10 mg till natten. Observationsnivå 2 första dygnet. Lab inkl. drogscreening i urin."),
    ], setting="slutenvård")],
    M102, [], "hedged schizophrenia (misstänkt) in the Bedömning of a forensic admission note")

case("d137-hakte-konsult-trolig-polymorf-psykos", "vgr", ("19980903", "157"), [
    N("n1", "KONS_HG", "Konsultationsanteckning", "Sara Lindahl", "läkare", "2024-01-18 10:40", [
        ("Aktuellt", "Kallad av häktessjukvården då den intagne sedan två dygn inte sover, talar osammanhängande och har klätt av sig i cellen. Häktad sedan tio dagar, restriktioner."),
        ("Status", "Psykomotoriskt orolig, labil affekt, växlar mellan skratt och gråt. Förefaller hallucinerad. Strukturerad suicidriskbedömning går ej att genomföra."),
        ("Bedömning", "Trolig akut polymorf psykos, möjligen utlöst av isoleringen. Behov av heldygnsvård."),
        ("Åtgärd", "Vårdintyg utfärdat, kontakt med PAK Östra för intagning enligt LPT. Kriminalvården ombesörjer transporten."),
    ])],
    M102, [], "trolig + psychosis diagnosis in a remand consultation note")

case("d137-np-sammantaget-talar-for-adhd", "skane", ("19930721", "318"), [
    N("n1", "NP_L", "Psykologanteckning", "Elin Bergkvist", "psykolog", "2024-05-29 15:00", [
        ("Utredning", "Neuropsykiatrisk utredning på remiss från Kriminalvårdens psykolog vid Anstalten Ystad, två sessioner med bevakad transport. WAIS-IV: HIP 94, arbetsminne 82, bearbetningshastighet 78. QbTest med förhöjd aktivitet och impulsivitet. DIVA 2.0 med pat och äldre syster visar symtom sedan lågstadiet."),
        ("Bedömning", "Sammantaget talar fynden för ADHD, kombinerad form. Slutlig diagnos sätts efter teamkonferens 12/6."),
    ])],
    M102, [], "'talar för' ADHD before the team has settled the diagnosis")

case("d137-ados-mojligt-ast", "vgr", ("19910214", "273"), [
    N("n1", "NP_SU", "Utredningsanteckning", "Johan Ekström", "psykolog", "2024-04-09 13:20", [
        ("Utredning", "ADOS-2 modul 4 genomförd i besöksrummet på anstalten. Snäva intressen kring militärhistoria, bristande ömsesidighet i samtalet, tolkar frågor bokstavligt. Utvecklingsanamnes kan ej inhämtas då modern är avliden."),
        ("Bedömning", "Möjligt autismspektrumtillstånd. Kompletterande observation på avdelningen behövs innan ställningstagande."),
    ])],
    M102, [], "möjligt autism spectrum disorder pending observation")

case("d137-rpk-dd-bipolar-schizoaffektivt", "vgr", ("19850630", "191"), [
    N("n1", "RPK_SU", "Läkaranteckning", "Karin Fägerström", "läkare", "2024-03-06 11:05", [
        ("Aktuellt", "Tredje veckan på avdelningen. Perioder med förhöjd stämning, talträngd, sover tre timmar per natt. Förföljelseidéer kvarstår även i eutyma perioder."),
        ("Bedömning", "DD bipolär sjukdom typ I med psykotiska inslag vs schizoaffektivt syndrom, manisk typ. Litium övervägs efter njurfunktionsprover."),
    ], setting="slutenvård")],
    M102, [], "DD between two diagnoses in a forensic ward note")

case("d137-wernicke-kan-ej-uteslutas", "skane", ("19720108", "497"), [
    N("n1", "MED_YS", "Läkaranteckning", "Per-Olof Nyman", "läkare", "2024-06-17 21:45", [
        ("Anamnes", "Intagen vid Anstalten Ystad, inkommer med ambulans pga förvirring och ostadig gång sedan i går. Känt alkoholberoende, sista intag före anstaltsvistelsen. Äter dåligt enligt kriminalvårdarna."),
        ("Status", "Nystagmus vid lateral blick bilat, bredspårig ataktisk gång. Desorienterad till tid och rum. Hjärta och lungor ua."),
        ("Bedömning", "Wernicke-encefalopati kan ej uteslutas. Tiamin 500 mg x 3 iv, MR hjärna i morgon."),
    ], setting="slutenvård")],
    M102, [], "Wernicke 'kan ej uteslutas' in an inmate with ataxia")

case("d137-akut-misstankt-mandibelfraktur", "skane", ("19990311", "379"), [
    N("n1", "AKUT_HBG", "Akutanteckning", "Lina Haddad", "läkare", "2024-08-02 15:30", [
        ("Aktuellt", "Intagen från Häktet Helsingborg, slagen av medintagen i rastgården ca kl 14. Ont i vänster käke, kan ej bita ihop."),
        ("Status", "Svullnad och ömhet över vä angulus mandibulae, felbett, stegbildning palperas. Lucka regio 36. Ingen sensibilitetsstörning i underläppen."),
        ("Bedömning", "Misstänkt mandibelfraktur vänster angulus. DT ansiktsskelett beställd, käkkirurgjouren informerad."),
    ])],
    M102, [], "suspected jaw fracture after assault by a fellow inmate")

case("d137-trol-revbensfraktur-anstalt", "vgr", ("19860922", "059"), [
    N("n1", "AKUT_SKAS", "Akutanteckning", "Anders Wikström", "läkare", "2024-10-14 19:20", [
        ("Aktuellt", "Från Anstalten Tidaholm efter bråk i korridoren, sparkad mot höger sida av thorax."),
        ("Status", "AT gott. Andningsljud lika bilat, saturation 97 %. Palpationsöm costa 7-8 hö lateralt, krepitation ej säker."),
        ("Bedömning", "Trol. revbensfratur höger, lungröntgen utan pneumothorax. Smärtlindring, åter till anstalten med kriminalvårdseskort."),
    ])],
    M102, [], "abbreviated 'trol.' rib fracture (typo 'revbensfratur') after violence in prison")

case("d137-ankomstscreening-susp-hepatit-c", "vgr", ("19940105", "332"), [
    N("n1", "INF_SU", "Mottagningsanteckning", "Ingrid Sahlin", "läkare", "2024-02-27 09:30", [
        ("Anamnes", "Remiss från sjukvården på Häktet Göteborg efter ankomstscreening. Tidigare injicerat amfetamin, har delat kanyler."),
        ("Lab", "Anti-HCV reaktiv. HBsAg neg, anti-HBc neg. HIV Ag/Ak neg. ALAT 1,8 µkat/l."),
        ("Bedömning", "Susp. kronisk hepatit C, HCV-RNA skickat. Hepatit B-vaccination rekommenderas."),
    ])],
    M102, [], "susp. chronic hepatitis C after positive screening antibody")

case("d137-quantiferon-latent-tb-fragetecken", "skane", ("19900716", "115"), [
    N("n1", "INF_M", "Mottagningsanteckning", "Gustav Rehn", "läkare", "2024-03-19 14:00", [
        ("Bedömning", "Ankomstscreening på Anstalten Malmö visade positiv Quantiferon. Född i Somalia, i Sverige sedan 2015. Ingen hosta, feber eller viktnedgång, lungröntgen ua. Latent tuberkulos? Tas upp på TB-ronden innan ställningstagande till profylax."),
    ])],
    M102, [], "'?' after latent tuberculosis in a visible Bedömning")

case("d137-scid-forenligt-med-eips", "skane", ("19970428", "262"), [
    N("n1", "RPK_OV", "Psykologanteckning", "Hanna Sjöberg", "psykolog", "2024-09-10 10:15", [
        ("Utredning", "SCID-5-PD genomförd under tre samtal. Upprepade självskador sedan 14 års ålder, instabila relationer, kronisk tomhetskänsla, impulsiva vredesutbrott på boendet."),
        ("Bedömning", "Profilen är förenlig med emotionellt instabil personlighetsstörning. Återkoppling i teamet innan diagnos registreras."),
        ("Planering", "DBT-inriktad färdighetsträning diskuteras med behandlingsteamet."),
    ])],
    M102, [], "'förenlig med' a personality disorder before it is registered")

case("d137-hcr20-talar-for-antisocial", "vgr", ("19820511", "338"), [
    N("n1", "RPK_SU2", "Psykologanteckning", "Mikael Holmgren", "psykolog", "2024-05-15 13:40", [
        ("Utredning", "HCR-20 v3 och PCL-R genomförda som underlag för riskbedömning inför ansökan om särskild utskrivning. Uppförandeproblem före 15 års ålder, upprepade rån, ringa ånger."),
        ("Bedömning", "Resultaten talar för antisocial personlighetsstörning, vilket ska vägas in i riskhanteringsplanen."),
    ], setting="slutenvård")],
    M102, [], "'talar för' antisocial personality disorder in a risk assessment")

case("d137-bild-som-vid-delirium-tremens", "skane", ("19750219", "153"), [
    N("n1", "AKUT_KR", "Akutanteckning", "Oskar Malm", "läkare", "2024-11-22 02:50", [
        ("Aktuellt", "Häktad i Kristianstad sedan tre dygn. Personalen larmar om att han plockar i luften och är genomsvettig."),
        ("Status", "Puls 128, BT 168/102, temp 38,1. Grovvågig tremor, ser insekter på väggen."),
        ("Bedömning", "Bild som vid begynnande delierium tremens. Oxascand enligt CIWA-Ar, inläggning på medicinavdelning."),
    ])],
    M102, [], "'bild som vid' delirium tremens (typo 'delierium') in a remand prisoner")

case("d137-kan-rora-sig-om-amfetaminpsykos", "vgr", ("20010830", "214"), [
    N("n1", "PAK_SU", "Akutanteckning", "Nadia Karimi", "läkare", "2024-07-07 23:15", [
        ("Aktuellt", "Förs till PAK från Anstalten Skogome efter positivt U-tox för amfetamin vid rutinkontroll. Tror att personalen filmar honom genom ventilationen."),
        ("Bedömning", "Kan röra sig om amfetamininducerad psykos, men en bakomliggande primär psykossjukdom går inte att bedöma i nuläget. Ny bedömning efter en veckas abstinens."),
    ])],
    M102, [], "'kan röra sig om' a drug-induced psychosis")

case("d137-inger-misstanke-korsakoff", "skane", ("19640305", "091"), [
    N("n1", "RPK_T2", "Läkaranteckning", "Eva Lundqvist", "läkare", "2024-10-01 13:30", [
        ("Aktuellt", "Under hösten tilltagande minnesluckor, konfabulerar om permissioner som aldrig ägt rum. MMSE 22/30 med bortfall på minnesdelen."),
        ("Bedömning", "Minnesbilden inger misstanke om Korsakoffs syndrom efter långvarigt alkoholberoende. Remiss för neuropsykologisk testning."),
    ], setting="slutenvård")],
    M102, [], "'inger misstanke om' Korsakoff syndrome in a long-term forensic patient")

case("d137-oklart-om-schizoaffektivt", "vgr", ("19880127", "096"), [
    N("n1", "PSYK_SKAS", "Läkaranteckning", "Torbjörn Alm", "läkare", "2024-04-23 11:50", [
        ("Aktuellt", "Villkorligt frigiven från Anstalten Rödjan i mars, frivård med föreskrift om psykiatrisk behandling. Nedstämd sedan frigivningen, hör åter kommenterande röster."),
        ("Bedömning", "Oklart om det rör sig om schizoaffektivt syndrom eller schizofreni med samsjuklig depression. Sertralin läggs till befintlig klozapin."),
    ])],
    M102, [], "'oklart om' between two psychotic diagnoses after release from prison")

case("d137-inga-psykostecken-men-mojlig-ptsd", "skane", ("19951112", "417"), [
    N("n1", "KONS_MHK", "Konsultationsanteckning", "Fredrik Åkesson", "läkare", "2024-03-28 09:10", [
        ("Aktuellt", "Häktad sedan tre veckor. Söker för mardrömmar och återupplevanden efter att ha blivit knivskuren 2022."),
        ("Status", "Inga tecken på psykos. Spänd och vaksam, rycker till vid dörrsmällar i korridoren."),
        ("Bedömning", "Möjlig PTSD. Prazosin insätts, uppföljning om två veckor via häktessjukvården."),
    ])],
    M102, [], "hard positive: a negated psychosis next to a hedged PTSD")

case("d137-hungerstrejk-trolig-prerenal-njursvikt", "vgr", ("19790614", "177"), [
    N("n1", "MED_SKAS", "Läkaranteckning", "Sofie Blomqvist", "läkare", "2024-09-04 16:20", [
        ("Anamnes", "Intagen vid Anstalten Tidaholm, hungerstrejkar sedan elva dagar i protest mot avslag på förflyttning. Dricker enligt egen uppgift en halv liter om dagen."),
        ("Lab", "Krea 156 (78 i juni), urea 14,2, Na 147, K 3,3."),
        ("Bedömning", "Trolig prerenal njursvikt pga dehydrering under hungerstrejk. Pat beslutskapabel, accepterar iv vätska men avböjer näring."),
    ], setting="slutenvård")],
    M102, [], "hedged acute kidney injury during a hunger strike")

case("d137-commotio-fragetecken", "vgr", ("20000125", "233"), [
    N("n1", "AKUT_MOL", "Akutanteckning", "Erik Dahlgren", "läkare", "2024-12-03 20:05", [
        ("Aktuellt", "Slagen med en stol i dagrummet på Anstalten Skogome, kortvarigt medvetslös enligt kriminalvårdaren. Illamående, minns inte transporten."),
        ("Bedömning", "Commotio cerebri? DT hjärna utan blödning eller fraktur. Övervakning 6 h med neurokontroller."),
    ])],
    M102, [], "'?' after commotio cerebri following assault in prison")

case("d137-typo-misstant-schizofreni-utkast", "skane", ("19920819", "151"), [
    N("n1", "RPK_T", "Läkaranteckning", "Ahmad Rostami", "läkare", "2024-04-02 16:40", [
        ("Bedömning", "Misstänt schizofreni med debut under häktestiden, negativa symtom dominerar. Avvaktar komparentuppgifter från familjen."),
    ], signed=None, setting="slutenvård")],
    M102, [], "typo 'Misstänt' (misstänkt) schizophrenia in an unsigned draft")

case("d137-typo-sannolkit-adhd", "vgr", ("19960302", "058"), [
    N("n1", "NP_SU", "Läkaranteckning", "Linnea Forsman", "läkare", "2024-06-05 14:25", [
        ("Bedömning", "Sannolkit ADHD, se testresultat i psykologens anteckning. Centralstimulantia ej aktuellt så länge pat vistas på anstalt med pågående amfetaminbruk."),
    ])],
    M102, [], "typo 'Sannolkit' (sannolikt) ADHD")

case("d137-skane-sokord-tidiga-hypoteser-vanlig-mall", "skane", ("19780923", "412"), [
    N("n1", "RPK_OV", "Läkaranteckning", "Camilla Strand", "läkare", "2024-07-16 11:00", [
        ("Aktuellt", "Återbesök i öppenvården. Stabil på depåneuroleptika, bor i bostad med särskild service."),
        ("Tidiga hypoteser", "Misstänkt vanföreställningssyndrom av svartsjuketyp, bygger på uppgifter i förundersökningsprotokollet."),
    ])],
    M102, [], "Skåne protects by template only: sökord 'Tidiga hypoteser' in an ordinary Läkaranteckning is visible")

case("d137-fragestallning-ast-remissbedomning", "skane", ("20020611", "097"), [
    N("n1", "NP_L", "Remissbedömning", "Sven Hallberg", "läkare", "2024-01-24 08:45", [
        ("Utredning", "Remiss från Rättspsykiatrisk öppenvård Malmö. Frågeställning: autismspektrumtillstånd. Pat är villkorligt frigiven och har övervakare inom frivården. Kallas till utredningsstart i mars."),
    ])],
    M102, [], "'Frågeställning' names a diagnosis to be investigated in a visible referral assessment")

case("d137-ev-dissociativ-storning", "vgr", ("19870403", "106"), [
    N("n1", "RPK_SUOV", "Psykologanteckning", "Maria Nordlund", "psykolog", "2024-08-20 10:00", [
        ("Samtal", "Beskriver minnesluckor för gärningen och för flera andra tillfällen, vaknar upp på okända platser. DES-II 42."),
        ("Bedömning", "Ev. dissociativ störning. Fortsatt kartläggning med SCID-D vid nästa samtal."),
    ], signed=None)],
    M102, [], "'Ev.' before a dissociative disorder (a diagnosis, not a plan)")

case("d137-sannolikt-opioidberoende", "skane", ("19830126", "276"), [
    N("n1", "BER_M", "Nybesöksanteckning", "Jonas Pettersson", "läkare", "2024-11-05 13:15", [
        ("Anamnes", "Frigiven från Anstalten Malmö för två veckor sedan. Heroin sedan 20-årsåldern, tre tidigare LVM. Under anstaltstiden illegalt buprenorfin enligt egen uppgift."),
        ("Bedömning", "Sannolikt opioidberoende av svår grad. LARO-utredning startas, U-tox x 3 första veckan."),
    ])],
    M102, [], "'Sannolikt' opioid dependence in an addiction clinic note after release")

case("d137-misstankt-primar-hiv", "vgr", ("19930917", "050"), [
    N("n1", "INF_SU", "Akutbesök", "Petra Lönn", "läkare", "2024-05-21 15:35", [
        ("Anamnes", "Feber, makulöst utslag och halsont sedan en vecka. Tatuerades med delad nål på anstalten för fem veckor sedan."),
        ("Lab", "HIV Ag/Ak reaktivt, konfirmation och virusmängd pågår. CRP 34, lätt trombocytopeni."),
        ("Bedömning", "Misstänkt primär HIV-infektion. Pat har fått veta att snabbsvaret är reaktivt och att konfirmationen kommer inom en vecka."),
    ])],
    M102, [], "suspected primary HIV infection after shared tattoo needle in prison")

case("d137-misstankt-scabies-anstalt", "skane", ("19811029", "190"), [
    N("n1", "HUD_L", "Mottagningsanteckning", "Ylva Rosén", "läkare", "2024-02-08 10:50", [
        ("Aktuellt", "Kliande utslag sedan tre veckor, värst nattetid. Flera medintagna på samma avdelning på Anstalten Ystad har klåda."),
        ("Status", "Papler och gångar i interdigitalrummen och på volara handleder. Exkoriationer på bålen."),
        ("Bedömning", "Misstänkt scabies, hudskrap till mikroskopi. Anstaltens sjuksköterska kontaktad angående övriga intagna."),
    ])],
    M102, [], "suspected scabies in an inmate, staff informed only about the ward situation")

case("d137-kan-inte-utesluta-intellektuell-funktionsnedsattning", "vgr", ("19990720", "292"), [
    N("n1", "NP_SU", "Psykologanteckning", "Oskar Fridén", "psykolog", "2024-03-13 14:30", [
        ("Utredning", "WAIS-IV: GAI 68, jämn profil. Svag läsförmåga, klarar inte frivårdens skriftliga programmaterial. Adaptiv förmåga skattas med ABAS-3 tillsammans med boendestödjare."),
        ("Bedömning", "Kan inte utesluta lindrig intellektuell funktionsnedsättning; ABAS-3 avgör."),
    ])],
    M102, [], "'kan inte utesluta' mild intellectual disability")

case("d137-trolig-vanforestallningssyndrom-medicinvagran", "skane", ("19700514", "250"), [
    N("n1", "RPK_T", "Läkaranteckning", "Rebecka Cederholm", "läkare", "2024-05-06 15:55", [
        ("Aktuellt", "Vägrar sedan fem dagar ta risperidon, menar att personalen blandar gift i tabletterna. Äter bara förpackad mat."),
        ("Bedömning", "Tilltagande förgiftningsidéer; trolig vanföreställningssyndrom snarare än schizofreni, då tankeförmågan i övrigt är intakt. Beslut om behandling utan samtycke övervägs."),
    ], setting="slutenvård")],
    M102, [], "hedged delusional disorder in a note about medication refusal")

case("d137-typo-diferentialdiagnostiskt-schizotyp", "vgr", ("19970104", "337"), [
    N("n1", "RPK_SUOV", "Läkaranteckning", "Henrik Adolfsson", "läkare", "2024-10-23 09:20", [
        ("Bedömning", "Udda tänkande och magiska föreställningar utan säkra psykotiska symtom. Diferentialdiagnostiskt bör schizotyp störning övervägas."),
    ])],
    M102, [], "typo 'Diferentialdiagnostiskt' (differential diagnosis) of schizotypal disorder")

case("d137-lang-inskrivning-ev-frontotemporal-demens", "vgr", ("19610810", "133"), [
    N("n1", "RPK_SU", "Inskrivningsanteckning", "Gunilla Ek", "läkare", "2024-11-12 13:00", [
        ("Inkomstorsak", "63-årig man, överförd från Häktet Göteborg efter dom till rättspsykiatrisk vård utan SUP för olaga hot och skadegörelse. Enligt RPU-utlåtandet allvarlig psykisk störning vid gärningen och vid undersökningen."),
        ("Anamnes", "Tidigare välfungerande, anställd som lastbilschaufför i 30 år. Skild sedan 2019. Sedan ca två år personlighetsförändring enligt dottern: impulsiva köp, gränslösa kommentarer till främlingar, slutade betala räkningar. Ingen tidigare psykiatrisk kontakt, inget känt missbruk. Hypertoni, behandlad med amlodipin."),
        ("Status", "Vaken, samarbetar men skämtar opassande och avbryter. Orienterad till person och plats, osäker på datum. Inga hallucinationer, inga systematiserade vanföreställningar. Perseverationer vid ordflödestest. Neurologiskt: ua förutom positiv gripreflex vä. BT 148/88, puls 72 rg."),
        ("Bedömning", "Beteendeförändringen med debut efter 60 och frontala tecken kan inte förklaras av primär psykiatrisk sjukdom; ev. frontotemporal demens, beteendevariant. Läkemedel: fortsatt amlodipin, ingen antipsykotika i nuläget."),
        ("Social situation", "Bor ensam i hyreslägenhet i Kortedala. Två vuxna barn, dottern i Alingsås har regelbunden kontakt. Ekonomin sköts sedan i våras av dottern via fullmakt. Ingen hemtjänst. Röker 10 cigaretter per dag, alkohol enstaka glas vin."),
        ("Somatiskt status", "AT: gott, välnärd. Cor: rr, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Neuro: pupiller lika, ljusreaktion ua, ansiktsmotorik symmetrisk, ingen pronatorisk drift, Romberg ua, finmotorik ua."),
        ("Riskbedömning", "Inga hot mot personal under transporten eller vid ankomsten. Har inte uttryckt hämndtankar mot grannen som anmälde honom. Ingen känd vapentillgång. Suicidtankar förnekas, ingen tidigare självskada."),
        ("Lab", "Hb 141, CRP <5, Na 139, krea 82, ALAT 0,5, TSH 1,9, B12 och folat inom referens, borrelia- och syfilisserologi tagna. EKG: sinusrytm 70/min, QTc 412 ms."),
        ("Planering", "MR hjärna, FDG-PET via neurologen, neuropsykologisk testning. Kontakt med dottern efter pat:s medgivande. Observationsnivå 1 på avdelningen. Arbetsterapeut bedömer ADL-förmåga under vecka 2. Vårdplan upprättas inom en vecka tillsammans med pat."),
    ], setting="slutenvård")],
    M102, [], "long admission chart with one hedged diagnosis (ev. frontotemporal dementia) in Bedömning")

case("d137-lang-epikris-dd-i-diagnosfaltet", "skane", ("19840302", "313"), [
    N("n1", "RPK_T", "Epikris", "Daniel Wester", "läkare", "2024-12-09 14:45", [
        ("Vårdtid", "Vårdad 2024-08-26 till 2024-12-09 enligt LRV, överförd från Häktet Malmö efter §7-undersökning som visade behov av psykiatrisk heldygnsvård under häktningstiden."),
        ("Sammanfattning", "40-årig man med lång kriminell historik och tidigare kontakter med barnpsykiatrin. Vid ankomsten kraftigt agiterad, bältesläggning vid två tillfällen första veckan. Ordinerades haloperidol och därefter aripiprazol med god effekt på agitationen. Röster och förföljelseidéer avklingade under september men kom tillbaka vid två försök till dosminskning. Negativa symtom med tillbakadragenhet under hela vårdtiden. Somatiskt: hepatit C läkt efter behandling 2021, lätt förhöjda levervärden vid ankomst, normaliserade. Kontakt med försvarare och Kriminalvården inför återföring."),
        ("Diagnos", "Ospecificerad icke-organisk psykos F29. DD paranoid schizofreni, vilket får prövas under fortsatt uppföljning."),
        ("Läkemedel vid utskrivning", "Aripiprazol 20 mg x 1, propiomazin 25 mg vb till natten."),
        ("Uppföljning", "Återförs till Häktet Malmö. Psykiatrisk konsult i häktet följer upp inom en vecka, telefonrapport lämnad till häktessjukvården om medicinering och tillsynsbehov."),
    ], setting="slutenvård")],
    M102, [], "long discharge summary; 'DD' schizophrenia stands in the visible Diagnos section")

# ====================================================================
# PART 1b - NL102 negatives
# ====================================================================
NN102 = [("NL102", "n1")]

case("d137-misstankt-for-brott-kand-schizofreni", "skane", ("19800619", "035"), [
    N("n1", "RPK_T", "Läkaranteckning", "Mattias Öberg", "läkare", "2024-03-04 10:30", [
        ("Anamnes", "Pat är misstänkt för försök till mord på sin granne och häktades 3/2. Känd paranoid schizofreni sedan 2017, utsatte själv aripiprazol depå i somras."),
        ("Bedömning", "Psykotiskt återfall vid känd schizofreni efter utsättning av depåbehandlingen. Depåinjektion återinsätts enligt tidigare dos."),
    ], setting="slutenvård")],
    [], NN102, "hard negative: 'misstänkt' refers to a crime; the diagnosis itself is confirmed")

case("d137-sannolika-skal-insomni", "vgr", ("19910808", "173"), [
    N("n1", "KONS_HG", "Konsultationsanteckning", "Sara Lindahl", "läkare", "2024-02-14 13:50", [
        ("Aktuellt", "Häktad på sannolika skäl misstänkt för grovt narkotikabrott. Begär samtal då han inte sovit mer än några timmar per natt sedan anhållandet."),
        ("Status", "Lugn, adekvat och samarbetsvillig, god kontakt. Inga psykotiska symtom, förnekar suicidtankar."),
        ("Bedömning", "Insomni i samband med häktning. Propiomazin 25 mg till natten, högst två veckor."),
    ])],
    [], NN102, "hard negative: legal 'sannolika skäl misstänkt' is no hedged diagnosis")

case("d137-inga-tecken-psykos-eller-mani", "skane", ("19990102", "458"), [
    N("n1", "KONS_HBG", "Konsultationsanteckning", "Jenny Wallin", "läkare", "2024-04-16 11:25", [
        ("Bedömning", "Anpassningsstörning med nedstämdhet efter häktningen. Inga tecken på psykos eller mani, ingen akut suicidrisk. Samtalskontakt via häktessjukvården."),
    ])],
    [], NN102, "negated psychosis/mania beside a confirmed adjustment disorder")

case("d137-adhd-kan-uteslutas", "vgr", ("19940629", "311"), [
    N("n1", "NP_SU", "Utredningsanteckning", "Johan Ekström", "psykolog", "2024-09-18 15:10", [
        ("Bedömning", "Efter fullständig utredning kan ADHD uteslutas; koncentrationssvårigheterna förklaras bättre av det dagliga cannabisbruket före anstaltsvistelsen. Återkoppling till Kriminalvårdens psykolog."),
    ])],
    [], NN102, "hard negative: 'kan uteslutas' (without 'ej') rules the diagnosis out")

case("d137-forloppet-talar-emot-bipolar", "skane", ("19860213", "270"), [
    N("n1", "RPK_OV", "Läkaranteckning", "Camilla Strand", "läkare", "2024-06-11 14:00", [
        ("Aktuellt", "Korta episoder av irritabilitet och sömnlöshet som alltid följer på konflikter i boendet."),
        ("Bedömning", "Förloppet talar emot bipolär sjukdom; episoderna är reaktiva och går över inom ett dygn. Ingen stämningsstabiliserare."),
    ])],
    [], NN102, "'talar emot' bipolar disorder is a ruled-out hypothesis")

case("d137-ingen-misstanke-om-commotio", "vgr", ("19770404", "012"), [
    N("n1", "AKUT_SKAS", "Akutanteckning", "Anders Wikström", "läkare", "2024-01-29 17:40", [
        ("Aktuellt", "Halkade i duschen på Anstalten Rödjan och slog huvudet i kakelväggen. Minns hela förloppet, ingen medvetslöshet, ej antikoagulantia."),
        ("Bedömning", "Ingen misstnake om commotio. Sårskada 2 cm frontalt sutureras med 4-0, suturtagning på anstalten om 7 dagar."),
    ])],
    [], NN102, "'Ingen misstnake om' (typo) commotio after a fall in prison")

case("d137-modern-sannolikt-bipolar", "skane", ("19930330", "374"), [
    N("n1", "RPK_T", "Psykologanteckning", "Hanna Sjöberg", "psykolog", "2024-02-20 13:00", [
        ("Anamnes", "Hereditet: modern har sannolikt bipolär sjukdom men har aldrig utretts, morbror tog sitt liv i 30-årsåldern. Pat placerad i familjehem från sju års ålder."),
        ("Bedömning", "Känd schizofreni, stabil sedan i våras. Fortsatt psykoedukation om tidiga varningstecken."),
    ], setting="slutenvård")],
    [], NN102, "hedged diagnosis belongs to the patient's mother (heredity)")

case("d137-ev-mr-hjarna-plan", "vgr", ("19830915", "056"), [
    N("n1", "RPK_SU", "Läkaranteckning", "Karin Fägerström", "läkare", "2024-04-24 10:35", [
        ("Bedömning", "Schizofreni med kvarstående kognitiva svårigheter trots god symtomkontroll på klozapin. Ev. MR hjärna om svikten inte förbättras när sederingen minskats."),
    ], setting="slutenvård")],
    [], NN102, "'Ev.' hedges an investigation (MR), not a diagnosis")

case("d137-trolig-overflyttning-rehab", "skane", ("19880207", "199"), [
    N("n1", "RPK_T2", "Omvårdnadsanteckning", "Lotta Engström", "sjuksköterska", "2024-06-03 20:10", [
        ("Omvårdnad", "Lugn kväll, deltog i kvällsfikat. Trolig överflyttning till avd 4 nästa vecka enligt rondbeslut, pat ser fram emot det. Tog sin kvällsmedicin under uppsikt."),
    ], signed=None, setting="slutenvård")],
    [], NN102, "'Trolig' hedges a ward transfer, not a diagnosis")

case("d137-screening-negativ-om-gulsot", "vgr", ("20000517", "018"), [
    N("n1", "INF_SU", "Mottagningsanteckning", "Ingrid Sahlin", "läkare", "2024-08-27 10:15", [
        ("Lab", "Anti-HCV neg, HBsAg neg, HIV Ag/Ak neg, syfilisserologi neg."),
        ("Åtgärd", "Hepatit B-vaccination dos 1 given. Om gulsot, mörk urin eller buksmärta ska pat kontakta sjuksköterskan på häktet. Svaren meddelade pat vid besöket."),
    ])],
    [], NN102, "conditional 'om gulsot' after negative arrival screening")

case("d137-tidiga-hypoteser-mall-skane", "skane", ("19760611", "256"), [
    N("n1", "RPK_T", "Tidiga hypoteser", "Daniel Wester", "läkare", "2024-09-25 15:20", [
        ("Bedömning", "Misstänkt pedofil störning utifrån uppgifter i förundersökningen, ej bekräftat i samtal. Ska inte tas upp med pat förrän RPU-utlåtandet finns."),
    ], setting="slutenvård")],
    [], NN102, "Skåne: hedged diagnosis written in the Tidiga hypoteser template")

case("d137-tidiga-hypoteser-sokord-vgr", "vgr", ("19690224", "075"), [
    N("n1", "RPK_SUOV", "Läkaranteckning", "Henrik Adolfsson", "läkare", "2024-03-20 14:10", [
        ("Aktuellt", "Återbesök. Sköter depåinjektionerna, fungerar i sin lägenhet med boendestöd."),
        ("Tidiga hypoteser", "Trolig begynnande frontotemporal demens utifrån personalens beskrivning av gränslöshet; inte diskuterat med pat."),
        ("Planering", "Nytt besök om fyra veckor, depå via mottagningens sjuksköterska."),
    ])],
    [], NN102, "VGR: hedged diagnosis only under the sökord Tidiga hypoteser")

case("d137-pmo-trolig-kronisk-hepatit-c", "skane", ("19850128", "090"), [
    N("n1", "VC_YS", "Besöksanteckning", "Magnus Lilja", "läkare", "2024-05-13 09:40", [
        ("Aktuellt", "Frigiven från anstalt i april. Lämnade prover här i samband med ny listning."),
        ("Bedömning", "Anti-HCV positiv, trolig kronisk hepatit C. Remiss till Hepatitmottagningen i Lund."),
    ])],
    [], NN102, "PMO never shows diagnoses: a hedged hepatitis C in a vårdcentral note")

case("d137-pmo-misstankt-adhd-efter-frigivning", "skane", ("19980412", "234"), [
    N("n1", "VC_SOF", "Besöksanteckning", "Amira Saleh", "läkare", "2024-10-08 15:25", [
        ("Aktuellt", "Söker för koncentrationssvårigheter, vill ha hjälp med jobb efter frigivningen. Frivården har föreslagit utredning."),
        ("Bedömning", "Misstänkt ADHD, ASRS med 5/6 positiva svar. Remiss till allmänpsykiatrin."),
    ])],
    [], NN102, "PMO: hedged ADHD in primary care is not shown to the patient")

case("d137-bekraftad-hepatit-c-genotyp", "vgr", ("19871103", "172"), [
    N("n1", "INF_SU", "Mottagningsanteckning", "Petra Lönn", "läkare", "2024-06-25 13:45", [
        ("Bedömning", "HCV-RNA 2,4 miljoner IU/ml, genotyp 3a. Kronisk hepatit C, elastografi 6,1 kPa. Pat informerad och vill starta behandling medan han avtjänar sitt straff."),
        ("Planering", "Sofosbuvir/velpatasvir 12 veckor, dosetter via anstaltens sjukvård."),
    ])],
    [], NN102, "confirmed chronic hepatitis C (genotyped), no hedge")

case("d137-oklart-om-tabletter-svalts", "skane", ("19900903", "115"), [
    N("n1", "RPK_T", "Omvårdnadsanteckning", "Tobias Holm", "sjuksköterska", "2024-07-29 21:30", [
        ("Omvårdnad", "Oklart om pat svalt kvällsdosen, gick direkt till toaletten efter utdelningen. Rapporterat till jourhavande. Munkontroll görs vid kommande utdelningar."),
    ], setting="slutenvård")],
    [], NN102, "'Oklart om' concerns whether tablets were swallowed, not a diagnosis")

case("d137-mojlig-rymningsrisk", "vgr", ("19950726", "112"), [
    N("n1", "RPK_SU2", "Läkaranteckning", "Kristoffer Berg", "läkare", "2024-07-02 11:15", [
        ("Bedömning", "Möjlig rymningsrisk vid obevakad vistelse, pat har talat om att ta sig till Danmark. Ansökan om permission avslås denna gång."),
    ], setting="slutenvård")],
    [], NN102, "'Möjlig' hedges an absconding risk, which is no diagnosis")

case("d137-horselhallucinationer-fragetecken", "skane", ("20030518", "393"), [
    N("n1", "KONS_MHK", "Sjuksköterskeanteckning", "Anneli Persson", "sjuksköterska", "2024-03-11 16:00", [
        ("Aktuellt", "Hörselhallucinationer? Enligt kriminalvårdare tystnar den intagne mitt i meningar och lyssnar mot väggen. Själv säger han att han bara är trött. Tid hos psykiatrisk konsult bokad på torsdag."),
    ])],
    [], NN102, "'?' after a symptom (hallucinations), no diagnosis named")

case("d137-skador-misstankt-tillfogade", "vgr", ("19840408", "292"), [
    N("n1", "AKUT_MOL", "Akutanteckning", "Erik Dahlgren", "läkare", "2024-05-30 22:10", [
        ("Aktuellt", "Intagen med skador misstänkt tillfogade av medintagen under kvällen, säger själv att han ramlat."),
        ("Status", "Hematom periorbitalt vänster, visus ua, ögonmotorik ua. Ytlig skrapskada vänster kind."),
        ("Bedömning", "Kontusion vänster orbita. DT ansiktsskelett: ingen fraktur. Åter till anstalten."),
    ])],
    [], NN102, "'misstänkt' hedges who caused the injury; the injury itself is confirmed")

case("d137-misstanken-om-psykos-avskrivs", "skane", ("19970916", "178"), [
    N("n1", "PAKM", "Akutanteckning", "Fredrik Åkesson", "läkare", "2024-08-13 01:20", [
        ("Aktuellt", "Förd från Häktet Malmö, skrek i cellen att han hörde röster."),
        ("Bedömning", "Sammanhängande, inga formella tankestörningar, beskriver rösterna inkonsekvent. Misstanken om psykos avskrivs. Åter till häktet, uppföljning av häktessjukvården."),
    ])],
    [], NN102, "'Misstanken om psykos avskrivs' is a dismissed hypothesis")

case("d137-hungerstrejk-trolig-utskrivning", "vgr", ("19810112", "057"), [
    N("n1", "MED_SKAS", "Läkaranteckning", "Sofie Blomqvist", "läkare", "2024-09-07 10:40", [
        ("Bedömning", "Hungerstrejken avbruten igår, äter gradvis. Kreatinin normaliserat, fosfat och kalium stabila. Trolig utskrivning åter till anstalten i morgon om elektrolyterna håller sig."),
    ], setting="slutenvård")],
    [], NN102, "'Trolig' hedges discharge after an ended hunger strike")

case("d137-typo-ingen-missanke-skallfraktur", "skane", ("19790830", "273"), [
    N("n1", "AKUT_KR", "Akutanteckning", "Oskar Malm", "läkare", "2024-10-19 18:00", [
        ("Bedömning", "Slag mot bakhuvudet under bråk i häktets rastgård. Vaken, GCS 15, inga fokalneurologiska bortfall. Ingen missanke om skallfraktur, ingen DT enligt Skandinaviska riktlinjer."),
    ])],
    [], NN102, "typo 'missanke' inside a negation (ingen misstanke om)")

case("d137-typo-talr-emot-psykos", "vgr", ("19960211", "156"), [
    N("n1", "PSYK_SKAS", "Läkaranteckning", "Torbjörn Alm", "läkare", "2024-11-26 13:10", [
        ("Bedömning", "Misstron mot frivårdsinspektören bygger på verkliga händelser. Det talr emot paranoid psykos. Fortsatt kontakt via mottagningens kurator."),
    ])],
    [], NN102, "typo 'talr emot' (talar emot) negates psychosis")

case("d137-kand-hiv-valbehandlad", "skane", ("19740321", "477"), [
    N("n1", "INF_M", "Mottagningsanteckning", "Gustav Rehn", "läkare", "2024-04-29 11:30", [
        ("Aktuellt", "Känd HIV-infektion sedan 2016, välbehandlad med Biktarvy, virusmängd <20. Intagen på Anstalten Malmö sedan februari, medicinerna delas ut av anstaltens sjukvård."),
        ("Planering", "Årskontroll med CD4 och lipider, nästa besök om sex månader."),
    ])],
    [], NN102, "known, well-treated HIV infection, no hedge")

case("d137-rpu-konstaterar-ast-och-if", "vgr", ("20010219", "376"), [
    N("n1", "RPK_SU", "Läkaranteckning", "Gunilla Ek", "läkare", "2024-01-15 15:00", [
        ("Bakgrund", "RPU från Rättsmedicinalverket i Göteborg konstaterar autismspektrumtillstånd och lindrig intellektuell funktionsnedsättning. Pat har gått igenom utlåtandet med sin försvarare."),
        ("Bedömning", "Behöver tydlig struktur och bildstöd på avdelningen. Ingen antipsykotisk behandling indicerad."),
    ], setting="slutenvård")],
    [], NN102, "confirmed diagnoses from a forensic psychiatric examination, no hedge")

case("d137-tidigare-misstanke-avskrevs", "skane", ("19880829", "235"), [
    N("n1", "RPK_OV", "Läkaranteckning", "Camilla Strand", "läkare", "2024-12-10 10:00", [
        ("Anamnes", "Misstanke om bipolär sjukdom 2019 avskrevs vid utredning på Allmänpsykiatrin i Malmö. Dömd till rättspsykiatrisk vård 2021, nu i öppen vård."),
        ("Bedömning", "Schizofreni, stabil. Fortsatt paliperidon depå var fjärde vecka."),
    ])],
    [], NN102, "an earlier suspicion that was dismissed ('avskrevs') is no current hypothesis")

case("d137-tidiga-hypoteser-separat-anteckning", "skane", ("19820707", "418"), [
    N("n1", "RPK_T", "Läkaranteckning", "Ahmad Rostami", "läkare", "2024-02-06 11:20", [
        ("Bedömning", "Schizofreni med pågående förföljelseidéer. Klozapin upptrappas enligt schema, blodstatus varje vecka."),
    ], setting="slutenvård"),
    N("n2", "RPK_T", "Tidiga hypoteser", "Ahmad Rostami", "läkare", "2024-02-06 11:35", [
        ("Bedömning", "Möjlig samsjuklig autism utifrån komparentuppgifter från socialtjänsten; prövas under vårdtiden."),
    ], setting="slutenvård")],
    [], [("NL102", "n1"), ("NL102", "n2")],
    "the hypothesis is kept in a separate Tidiga hypoteser note; the visible note holds only the confirmed diagnosis")

case("d137-svalt-rakblad-ev-gastroskopi", "vgr", ("19920127", "019"), [
    N("n1", "KIR_SKAS", "Akutanteckning", "Rasmus Thulin", "läkare", "2024-08-22 12:15", [
        ("Aktuellt", "Intagen på Anstalten Tidaholm, har svalt två rakblad i protest mot ett beslut om förflyttning."),
        ("Bedömning", "Rtg buköversikt: två metalliska främmande kroppar i ventrikeln, ingen fri gas. Ev. gastroskopi om de inte passerat pylorus inom ett dygn."),
    ])],
    [], NN102, "'Ev.' hedges a gastroscopy; the foreign bodies are confirmed")

case("d137-faststallda-diagnoser-icd", "skane", ("19730904", "171"), [
    N("n1", "RPK_T2", "Diagnosanteckning", "Eva Lundqvist", "läkare", "2024-07-08 09:30", [
        ("Diagnos", "F20.0 Paranoid schizofreni. F10.2 Alkoholberoende, för närvarande avhållsam i skyddad miljö. B18.2 Kronisk hepatit C, behandlad och läkt 2023."),
    ], setting="slutenvård")],
    [], NN102, "settled diagnoses with ICD-10 codes, nothing hedged")

case("d137-misstanke-om-intag-utox", "vgr", ("19890616", "397"), [
    N("n1", "RPK_SU2", "Omvårdnadsanteckning", "Helena Strömberg", "sjuksköterska", "2024-10-30 19:45", [
        ("Omvårdnad", "Åter från bevakad utevistelse, lugn och adekvat. Vid misstanke om intag av otillåtna substanser tas U-tox enligt avdelningens rutin, ej aktuellt i kväll."),
    ], setting="slutenvård")],
    [], NN102, "'misstanke om intag' concerns substance intake on leave, not a diagnosis")

# ====================================================================
# PART 2 - NL101 positives: diagnosis in visible text + patient not told
# ====================================================================
NN101 = [("NL101", "n1")]

case("d137-101-schizofreni-ej-delgiven-vardplanering", "skane", ("19901105", "213"), [
    N("n1", "RPK_T", "Läkaranteckning", "Mattias Öberg", "läkare", "2024-05-02 13:40", [
        ("Aktuellt", "Sex veckors observation på avdelningen efter överflyttning från häktet. Genomgång av journalhandlingar från BUP och socialtjänsten samt komparentsamtal med fadern."),
        ("Bedömning", "Kriterierna för paranoid schizofreni F20.0 är uppfyllda, med hörselhallucinationer och förföljelsesystem sedan minst ett år. Diagnosen har ännu inte delgivits pat; det görs vid vårdplaneringsmötet 14/5 med kontaktpersonen närvarande."),
    ], setting="slutenvård")],
    M101, [], "settled schizophrenia in Bedömning, text says not yet told to the patient")

case("d137-101-hiv-konfirmerad-besked-pa-anstalten", "vgr", ("19880419", "152"), [
    N("n1", "INF_SU", "Läkaranteckning", "Ingrid Sahlin", "läkare", "2024-03-11 16:05", [
        ("Lab", "HIV-1 konfirmerat med immunoblot, virusmängd 84 000 kopior/ml, CD4 410."),
        ("Bedömning", "Nydiagnostiserad HIV-1-infektion. Pat ännu inte informerad; besked ges personligen av undertecknad vid besök på Anstalten Mariestad torsdag 14/3 tillsammans med kurator."),
        ("Åtgärd", "Smittskyddsanmälan skrivs efter att pat fått beskedet."),
    ])],
    M101, [], "confirmed HIV from arrival screening documented visibly before the patient is told")

case("d137-101-hcv-rna-ej-meddelat", "skane", ("19870630", "274"), [
    N("n1", "HEP_L", "Läkaranteckning", "Ulrika Falk", "läkare", "2024-04-15 10:20", [
        ("Provsvar", "HCV-RNA 650 000 IU/ml, genotyp 1a. Kronisk hepatit C. Svaret har inte meddelats pat, som avtjänar straff på Anstalten Ystad; återbesök med transport bokas via anstaltens sjuksköterska."),
    ])],
    M101, [], "chronic hepatitis C result not yet passed on to an inmate")

case("d137-101-ast-aterkoppling-ej-gjord", "vgr", ("19950214", "056"), [
    N("n1", "NP_SU", "Psykologanteckning", "Maja Lindgren", "psykolog", "2024-09-24 14:50", [
        ("Bedömning", "Samtliga kriterier för autismspektrumtillstånd enligt DSM-5 uppfylls, utan samtidig intellektuell funktionsnedsättning. Återkoppling är inte gjord, pat har alltså ännu inte fått besked om diagnosen; planeras till 3/10 på anstalten."),
    ])],
    M101, [], "autism diagnosis set, feedback to the patient not yet given")

case("d137-101-dissocial-avvaktar-informera", "skane", ("19850917", "395"), [
    N("n1", "RPK_OV", "Läkaranteckning", "Camilla Strand", "läkare", "2024-08-27 15:15", [
        ("Bedömning", "Dissocial personlighetsstörning, F60.2, bekräftad i teamets samlade bedömning. Vi avvaktar med att informera pat om diagnosen tills behandlingsalliansen är starkare, då han tidigare avbrutit kontakter efter liknande besked."),
    ])],
    M101, [], "'vi avvaktar med att informera' about a personality disorder written in the visible note")

case("d137-101-orbitabottenfraktur-sovande", "vgr", ("19930108", "214"), [
    N("n1", "AKUT_MOL", "Akutanteckning", "Linda Sandberg", "läkare", "2024-06-12 03:40", [
        ("Status", "Hö öga: enoftalmus, dubbelseende vid uppåtblick, hypestesi på kinden. DT ansiktsskelett: orbitabottenfraktur höger med lätt herniering av orbitalfett, ingen muskelinklämning."),
        ("Bedömning", "Orbitabottenfraktur hö efter knytnävsslag från medintagen. Pat är ej informerad om frakturen då han somnat efter morfin; avdelningsläkaren ger besked på förmiddagen."),
    ])],
    M101, [], "fracture after violence in prison, not told because the patient fell asleep")

case("d137-101-bilateral-mandibelfraktur-vakter-narvarande", "skane", ("19970523", "316"), [
    N("n1", "KAK_M", "Konsultationsanteckning", "Niklas Jönsson", "läkare", "2024-08-02 19:10", [
        ("Bedömning", "Konsult från akuten. DT visar dislocerad fraktur genom angulus mandibulae vänster och ofullständig fraktur parasymfysealt höger: bilateral mandibelfraktur. Plattfixation planeras i morgon. Pat ännu ej underrättad om fynden, kriminalvårdare närvarande på rummet och han vill inte ta samtalet där."),
    ], signed=None)],
    M101, [], "unsigned draft: jaw fracture not told because guards were in the room")

case("d137-101-lungtuberkulos-tolk-bokad", "vgr", ("19920301", "170"), [
    N("n1", "INF_NAL", "Läkaranteckning", "Samuel Tesfaye", "läkare", "2024-02-21 17:25", [
        ("Bedömning", "Lungtuberkulos: direktmikroskopi positiv på sputum, PCR för MTB-komplex positiv, resistensbestämning pågår. Anstaltens sjukvård informerad om luftburen isolering och smittspårning bland medintagna. Patienten vet ännu inte om diagnosen; tolk på tigrinja bokad till i morgon för beskedet."),
    ], setting="slutenvård")],
    M101, [], "staff told about isolation, the patient himself does not yet know his TB diagnosis")

case("d137-101-korsakoff-ej-kommunicerat", "skane", ("19620412", "058"), [
    N("n1", "RPK_T2", "Läkaranteckning", "Eva Lundqvist", "läkare", "2024-11-18 11:00", [
        ("Aktuellt", "Neuropsykologisk utredning klar: kraftigt nedsatt episodiskt minne med konfabulation, övriga funktioner relativt bevarade."),
        ("Bedömning", "Korsakoffs syndrom. Ej kommuniserat med pat ännu, som är orolig inför sin förhandling om särskild utskrivning; tas vid samtal nästa vecka."),
    ], setting="slutenvård")],
    M101, [], "Korsakoff syndrome settled, typo 'ej kommuniserat med pat'")

case("d137-101-intellektuell-fn-med-god-man", "vgr", ("19980822", "033"), [
    N("n1", "NP_SU", "Läkaranteckning", "Linnea Forsman", "läkare", "2024-04-25 13:00", [
        ("Bedömning", "Lindrig intellektuell funktionsnedsättning fastställd (GAI 62, ABAS-3 under andra percentilen). Pat ej informerad ännu; beskedet ska ges tillsammans med hans gode man och med bildstöd, tid 2/5."),
    ])],
    M101, [], "intellectual disability established, patient to be told later with his guardian")

case("d137-101-kronisk-hepb-forflyttad", "skane", ("19810707", "153"), [
    N("n1", "INF_M", "Läkaranteckning", "Gustav Rehn", "läkare", "2024-07-09 14:30", [
        ("Bedömning", "HBsAg kvarstår positivt efter sju månader, HBeAg neg, HBV-DNA 2 300 IU/ml. Kronisk hepatit B. Pat förflyttades från Anstalten Malmö till Anstalten Kumla innan vi hann ge besked och är ännu inte informerad."),
        ("Åtgärd", "Brev till Kumlas sjukvårdsenhet med begäran om videobesök."),
    ])],
    M101, [], "chronic hepatitis B not yet told after the inmate was moved to another prison")

case("d137-101-sen-latent-syfilis", "vgr", ("19770226", "271"), [
    N("n1", "INF_SU", "Läkaranteckning", "Petra Lönn", "läkare", "2024-10-03 09:55", [
        ("Bedömning", "TPPA positiv, RPR 1:16, ingen tidigare behandling och inga neurologiska symtom: sen latent syfilis. Pat inte informerad än, nås först efter överflyttningen från Häktet Göteborg. Smittspårning startar när beskedet givits."),
    ])],
    M101, [], "late latent syphilis, patient not yet reached after transfer")

case("d137-101-typo-infomerad-bipolar", "vgr", ("19890111", "250"), [
    N("n1", "RPK_SUOV", "Läkaranteckning", "Henrik Adolfsson", "läkare", "2024-06-10 11:30", [
        ("Bedömning", "Bipolär sjukdom typ II, fastställd efter stämningsdagbok och komparentintervju med systern. Pat ej infomerad om diagnosen ännu, tas upp vid nästa besök 19/6."),
    ], signed=None)],
    M101, [], "typo 'infomerad' (informerad); bipolar II not yet told; unsigned draft")

case("d137-101-typo-patienen-depression", "skane", ("19860504", "093"), [
    N("n1", "PSYK_KR", "Läkaranteckning", "Birgitta Hansson", "läkare", "2024-03-26 10:45", [
        ("Bedömning", "Recidiverande depression, nuvarande episod svår utan psykotiska symtom. Diagnosen är ännu inte delgiven patienen, som sitter på Anstalten Kristianstad Nord och får besked vid videosamtal på fredag."),
    ])],
    M101, [], "typo 'patienen' (patienten) in the not-yet-told sentence")

case("d137-101-telefon-hiv-ej-per-telefon", "skane", ("19940914", "357"), [
    N("n1", "INF_M", "Telefonanteckning", "Karl Sundin", "läkare", "2024-04-18 13:20", [
        ("Telefonkontakt", "Ssk Birgitta på Anstalten Ystad ringer om provsvar från ankomstscreeningen. Anti-HIV konfirmerat positivt, HIV-infektion. Enligt mottagningens rutin lämnas inte sådant besked per telefon och pat har inte informerats. Tid på mottagningen 25/4, ssk ordnar transport utan att ange orsaken för pat."),
    ])],
    M101, [], "telephone note: confirmed HIV, patient not told, prison nurse keeps it discreet")

case("d137-101-epilepsi-n1-fore-besked", "vgr", ("19910613", "136"), [
    N("n1", "NEURO_SU", "Läkaranteckning", "Olof Brandt", "läkare", "2024-02-05 15:40", [
        ("Utredning", "EEG: epileptiform aktivitet temporalt vänster, tilltar vid sömn."),
        ("Bedömning", "Fokal epilepsi med bilaterala toniskt-kloniska anfall. Pat ej informerad ännu då han återförts till Anstalten Skogome innan EEG-svaret kom."),
    ]),
    N("n2", "NEURO_SU", "Mottagningsanteckning", "Olof Brandt", "läkare", "2024-02-19 10:10", [
        ("Aktuellt", "Besök med kriminalvårdseskort. Pat informerad om att EEG och anfallsbeskrivningen visar epilepsi. Lamotrigin upptrappas, information om körkort och riskmoment given."),
    ])],
    M101, [], "the earlier note still says the epilepsy was not told, even though a later note tells it")

case("d137-101-lang-epikris-hepatit-b-efter-aterforing", "skane", ("19830415", "199"), [
    N("n1", "RPK_T", "Epikris", "Rebecka Cederholm", "läkare", "2024-10-28 15:30", [
        ("Vårdtid", "Vårdad 2024-09-02 till 2024-10-25 enligt LRV under häktningstiden, inlagd från Häktet Malmö p.g.a. psykotiskt återfall med medicinvägran."),
        ("Sammanfattning", "41-årig man med känd schizofreni sedan 2010, tidigare två domar till rättspsykiatrisk vård. Vid ankomsten hallucinerad och hotfull mot personal, avböjde all peroral medicinering första veckan. Beslut om behandling utan samtycke, zuklopentixol depå gavs med god effekt. Efter tre veckor åter i kontakt, åt och sov normalt, tog därefter tabletter frivilligt. Inga tvångsåtgärder utöver depå. Ankomstprover: Hb 138, leverstatus med ALAT 2,4, HBsAg positivt. Infektionskliniken konsulterad, kompletterande prover tagna veckan före utskrivning."),
        ("Diagnoser", "Schizofreni, paranoid form F20.0. Kronisk hepatit B B18.1, bekräftad med HBV-DNA efter återföringen."),
        ("Information", "Pat har ännu inte informerats om hepatit B-diagnosen, då slutsvaret kom efter att han återförts till häktet; Infektionskliniken Malmö ger besked via häktessjukvården nästa vecka."),
        ("Läkemedel", "Zuklopentixol depå 200 mg var annan vecka, nästa dos 8/11 i häktet. Propiomazin 25 mg till natten vid behov."),
        ("Somatik", "Vikt 84 kg vid ankomst, 86 kg vid utskrivning. EKG 10/9: sinusrytm, QTc 428 ms. Prolaktin lätt förhöjt, ingen galaktorré. Inga extrapyramidala biverkningar enligt ESRS vid utskrivning. Tandstatus bristfälligt, tandläkarremiss via häktet."),
        ("Risk", "Hot mot personal första vårdveckan, därefter inga incidenter. Inga självskador under vårdtiden. Vid tidigare häktningar återfall i psykos efter 4-6 veckor när medicineringen upphört, därför depå och tät uppföljning."),
        ("Uppföljning", "Psykiatrisk konsult i Häktet Malmö inom en vecka. Remiss till Infektionskliniken skickad. Muntlig rapport till häktessjukvårdens sjuksköterska om depåschema, tillsynsbehov och tidiga varningstecken; ingen somatisk diagnos lämnad till kriminalvårdspersonalen."),
    ], setting="slutenvård")],
    M101, [], "long discharge summary: hepatitis B listed among diagnoses, patient not yet told")

case("d137-101-levercirros-besked-med-frivarden", "vgr", ("19680919", "158"), [
    N("n1", "MED_NAL", "Läkaranteckning", "Jessica Ahlberg", "läkare", "2024-10-02 14:05", [
        ("Utredning", "Ultraljud lever: nodulär leverkontur, splenomegali 15 cm, ingen ascites. Trombocyter 96, albumin 31."),
        ("Bedömning", "Levercirros Child-Pugh A på basen av obehandlad kronisk hepatit C. Pat ej informerad om cirrosen; han har bett att få alla besked i närvaro av sin kontaktperson inom frivården, samtal bokat 8/10."),
    ], setting="slutenvård")],
    M101, [], "liver cirrhosis documented, patient not told until his probation contact can attend")

case("d137-101-subduralhematom-konfusorisk", "skane", ("19710121", "118"), [
    N("n1", "AKUT_HBG", "Akutanteckning", "Lina Haddad", "läkare", "2024-09-14 23:50", [
        ("Bedömning", "DT hjärna: tunt subduralhematom 4 mm frontoparietalt höger utan överskjutning. Akut subduralhematom efter misshandel i häktet. Pat är konfusorisk och har inte informerats om blödningen; neurokirurgjouren i Lund konsulterad."),
    ], signed=None)],
    M101, [], "draft: subdural haematoma after assault, confused patient not informed")

case("d137-101-ptsd-caps5-efter-rattegang", "vgr", ("19900227", "379"), [
    N("n1", "RPK_SU", "Psykologanteckning", "Mikael Holmgren", "psykolog", "2024-05-28 15:00", [
        ("Bedömning", "CAPS-5 genomförd: samtliga kriterier för posttraumatiskt stressyndrom uppfylls, kopplat till övergrepp under uppväxten på institution. Återkoppling av resultatet till pat har inte skett; han orkar inte prata om det förrän efter rättegången i augusti."),
    ], setting="slutenvård")],
    M101, [], "PTSD established by a psychologist, result not yet given back to the patient")

case("d137-101-paranoid-pd-medvetet-ej-framfort", "skane", ("19790305", "412"), [
    N("n1", "RPK_T", "Psykologanteckning", "Hanna Sjöberg", "psykolog", "2024-01-30 14:20", [
        ("Bedömning", "Paranoid personlighetsstörning bedöms föreligga. Diagnosen har medvetet inte framförts till pat, då teamet bedömer att beskedet just nu skulle skärpa misstron mot personalen."),
    ], setting="slutenvård")],
    M101, [], "deliberately withheld personality disorder written in a visible section")

case("d137-101-diabetes-typ2-nydiagnos", "skane", ("19660709", "094"), [
    N("n1", "MED_YS", "Läkaranteckning", "Per-Olof Nyman", "läkare", "2024-02-26 12:10", [
        ("Lab", "Fasteglukos 11,4 och HbA1c 68 mmol/mol vid två tillfällen."),
        ("Bedömning", "Diabetes mellitus typ 2. Pat ej informerad, anstaltens sjuksköterska bokar tid för besked och kostgenomgång med köket."),
    ])],
    M101, [], "new type 2 diabetes in an inmate, telling is left to a later visit")

case("d137-101-forstagangspsykos-for-psykotisk", "vgr", ("20020130", "211"), [
    N("n1", "PAK_SU", "Läkaranteckning", "Nadia Karimi", "läkare", "2024-08-16 16:30", [
        ("Bedömning", "Schizofreni, diagnosen fastställd av överläkare efter genomgång av journaler från psykiatrisk slutenvård 2022-2023. Pat i nuläget för psykotisk för att ta emot besked och är inte informerad; görs när han stabiliserats."),
    ], setting="slutenvård")],
    M101, [], "schizophrenia settled, patient too psychotic to be told")

case("d137-101-typo-delgivts-gad", "vgr", ("19960817", "093"), [
    N("n1", "KONS_HG", "Konsultationsanteckning", "Sara Lindahl", "läkare", "2024-11-07 15:50", [
        ("Bedömning", "Generaliserat ångestsyndrom. Diagnosen har ännu ej delgivts pat, som var för uppriven inför dagens förhandling för ett längre samtal."),
    ])],
    M101, [], "typo 'delgivts' (delgivits); anxiety disorder not yet told")

case("d137-101-lang-vgr-hypotyreos-ej-veta", "vgr", ("19750603", "030"), [
    N("n1", "RPK_SU2", "Läkaranteckning", "Kristoffer Berg", "läkare", "2024-12-02 13:15", [
        ("Aktuellt", "Femte året i rättspsykiatrisk vård med SUP. Senaste månaden trött, fryser, har gått upp 4 kg och sover mer än vanligt. Personalen beskriver honom som mer långsam i tal och rörelse."),
        ("Status", "Allmäntillstånd gott. Torr hud, lätt periorbitalt ödem. Puls 54 regelbunden, BT 132/84. Psykiskt: lugn, något avflackad, inga tecken på psykotiskt skov."),
        ("Lab", "TSH 38 mIE/l, fritt T4 7 pmol/l, TPO-ak kraftigt förhöjda. Hb 121, lipider förhöjda jämfört med i våras."),
        ("Bedömning", "Hypotyreos, autoimmun (Hashimoto). Trötthet och viktuppgång förklaras sannolikt av den, inte av klozapinbehandlingen. Pat har ännu inte fått veta om hypotyreosen, då han avböjde dagens läkarsamtal efter ett telefonsamtal med sin bror."),
        ("Planering", "Levotyroxin 50 µg insätts när pat informerats, förhoppningsvis i morgon. TSH om sex veckor. Klozapin oförändrat. Kontaktperson tar upp frågan om samtal under morgonen."),
    ], setting="slutenvård")],
    M101, [], "long ward note: hypothyroidism documented, patient has not yet been told")

case("d137-101-typo-informarad-adhd", "skane", ("19990414", "270"), [
    N("n1", "RPK_OV", "Läkaranteckning", "Daniel Wester", "läkare", "2024-04-08 09:50", [
        ("Bedömning", "ADHD, kombinerad form, fastställd vid teamkonferensen. Pat ej informarad om diagnosen, han uteblev från dagens besök."),
    ])],
    M101, [], "typo 'informarad'; ADHD set at team conference, patient missed the visit")

case("d137-101-kronisk-njursjukdom-hungerstrejk", "vgr", ("19720918", "277"), [
    N("n1", "MED_SKAS", "Läkaranteckning", "Sofie Blomqvist", "läkare", "2024-09-09 11:20", [
        ("Bedömning", "Kreatinin kvarstår på 140 trots normaliserat vätskestatus efter avslutad hungerstrejk. Jämfört med värden från anstaltens sjukvård 2022 rör det sig om kronisk njursjukdom stadium 3a. Pat är inte informerad om detta ännu; besked vid återbesök på njurmottagningen."),
    ], signed=None, setting="slutenvård")],
    M101, [], "draft: chronic kidney disease found after a hunger strike, not yet told")

case("d137-101-munhalecancer-kanner-inte-till", "vgr", ("19590702", "158"), [
    N("n1", "KAK_SU", "Läkaranteckning", "Ewa Kjellberg", "läkare", "2024-07-23 14:40", [
        ("PAD", "Biopsi från vänster tungrand: högt differentierad skivepitelcancer."),
        ("Bedömning", "Skivepitelcancer i munhålan. Pat känner ännu inte till svaret; återbesök med läkare och kontaktsjuksköterska bokat 26/7, Kriminalvården ordnar bevakad transport."),
    ])],
    M101, [], "'känner ännu inte till' a cancer diagnosis")

# ====================================================================
# PART 2b - NL101 negatives
# ====================================================================

case("d137-101n-informerad-vid-slutsamtal", "skane", ("19910126", "314"), [
    N("n1", "RPK_T", "Läkaranteckning", "Ahmad Rostami", "läkare", "2024-06-19 15:00", [
        ("Samtal", "Slutsamtal med pat och kontaktperson. Pat informerad om diagnosen schizofreni och vad den innebär, fick skriftlig information. Tog beskedet lugnt och vill läsa mer."),
    ], setting="slutenvård")],
    [], [("NL101", "n1"), ("NL102", "n1")], "the patient was told the schizophrenia diagnosis today")

case("d137-101n-informerad-tidigare-hcv-start", "vgr", ("19860328", "098"), [
    N("n1", "INF_SU", "Mottagningsanteckning", "Ingrid Sahlin", "läkare", "2024-02-16 10:30", [
        ("Aktuellt", "Pat informerades om kronisk hepatit C vid besöket 2/2. Idag behandlingsstart med glekaprevir/pibrentasvir i åtta veckor; anstaltens sjukvård delar ut dosetten."),
    ])],
    [], NN101, "the patient was told at an earlier visit")

case("d137-101n-datum-overflyttning-sakerhet", "skane", ("19840811", "032"), [
    N("n1", "RPK_T", "Läkaranteckning", "Mattias Öberg", "läkare", "2024-11-13 13:25", [
        ("Bedömning", "Schizofreni, stabil på klozapin. Pat känner till sin diagnos sedan länge."),
        ("Planering", "Överflyttning till Rättspsykiatriska regionkliniken Vadstena 22/11. Pat är inte informerad om datumet av säkerhetsskäl efter tidigare rymningsförsök vid transport."),
    ], setting="slutenvård")],
    [], NN101, "what is withheld is a transfer date, not a diagnosis")

case("d137-101n-remiss-ej-informerad", "vgr", ("19930505", "238"), [
    N("n1", "RPK_SUOV", "Läkaranteckning", "Maria Nordlund", "läkare", "2024-05-07 14:35", [
        ("Bedömning", "Schizofreni, välinställd på paliperidon depå. Remiss skickad till neuropsykolog för kognitiv bedömning inför arbetsträning; pat ej informerad om att remissen gått iväg, tas vid nästa besök."),
    ], signed=None)],
    [], NN101, "draft: the untold item is that a referral was sent")

case("d137-101n-normala-screeningsvar", "skane", ("20040207", "150"), [
    N("n1", "INF_M", "Läkaranteckning", "Karl Sundin", "läkare", "2024-01-23 11:45", [
        ("Provsvar", "Ankomstscreening Häktet Malmö: HIV, hepatit B och C samt syfilis negativa. Pat ännu ej meddelad provsvaren, häktessjukvården lämnar beskedet."),
    ])],
    [], NN101, "untold results are normal, so no diagnosis is withheld")

case("d137-101n-kriminalvardspersonal-ej-diagnos", "vgr", ("19870924", "137"), [
    N("n1", "KONS_HG", "Konsultationsanteckning", "Jakob Lindén", "läkare", "2024-04-04 12:30", [
        ("Bedömning", "Bipolär sjukdom typ I, aktuellt manisk episod. Pat informerad om diagnosen och om litiumbehandlingen. Till kriminalvårdspersonalen lämnas ingen diagnos, endast att han behöver tillsyn var 30:e minut första dygnet och att måltiderna ska följas upp."),
    ])],
    [], NN101, "patient told; only the prison staff are not given the diagnosis")

case("d137-101n-sambon-ska-inte-veta", "skane", ("19990930", "284"), [
    N("n1", "RPK_OV", "Läkaranteckning", "Camilla Strand", "läkare", "2024-10-15 10:40", [
        ("Bedömning", "Pat informerad om diagnosen emotionellt instabil personlighetsstörning, som hon tog emot med lättnad. Hon vill att sambon inte får veta förrän hon själv berättat."),
    ])],
    [], NN101, "patient told; only her partner is not")

case("d137-101n-tidiga-hypoteser-sokord-huntington", "vgr", ("19700213", "115"), [
    N("n1", "RPK_SU", "Läkaranteckning", "Gunilla Ek", "läkare", "2024-03-27 11:10", [
        ("Aktuellt", "Lugnare vecka, deltar i arbetsterapin tre förmiddagar."),
        ("Tidiga hypoteser", "Misstänkt Huntingtons sjukdom med tanke på koreatiforma rörelser och farfaderns sjukdom. Gentest inte diskuterat och inte kommunicerat med pat."),
        ("Planering", "Neurologkonsult beställd."),
    ], setting="slutenvård")],
    [], [("NL101", "n1"), ("NL102", "n1")], "VGR: the untold hypothesis is kept only under the sökord Tidiga hypoteser")

case("d137-101n-tidiga-hypoteser-mall-epilepsi", "skane", ("19820528", "173"), [
    N("n1", "RPK_T2", "Tidiga hypoteser", "Eva Lundqvist", "läkare", "2024-08-05 16:05", [
        ("Bedömning", "Trolig temporallobsepilepsi som förklaring till de plötsliga aggressiva episoderna. Pat ej informerad förrän EEG med sömndeprivation är gjort."),
    ], signed=None, setting="slutenvård")],
    [], NN101, "Skåne: untold hypothesis written in the Tidiga hypoteser template (draft)")

case("d137-101n-inget-om-information", "vgr", ("19800102", "316"), [
    N("n1", "RPK_SU2", "Läkaranteckning", "Kristoffer Berg", "läkare", "2024-06-18 09:45", [
        ("Bedömning", "Schizofreni och cannabisberoende i tidig remission i skyddad miljö. Stabil, sköter sina sysslor på avdelningen. Fortsatt klozapin 400 mg."),
    ], setting="slutenvård")],
    [], NN101, "confirmed diagnoses, nothing at all is said about telling")

case("d137-101n-besked-per-telefon-idag", "skane", ("19890720", "133"), [
    N("n1", "HEP_L", "Telefonanteckning", "Ulrika Falk", "läkare", "2024-05-06 14:15", [
        ("Telefonkontakt", "Ringt pat på Anstalten Ystad via kriminalvårdaren, samtalet fördes i enskilt rum. Besked lämnat om att HCV-RNA är positivt, alltså kronisk hepatit C. Pat frågade om behandling och fick veta att det rör sig om tabletter i 8-12 veckor."),
    ])],
    [], NN101, "the diagnosis was told by telephone today")

case("d137-101n-mr-tid-ej-meddelad-kriminalvarden", "vgr", ("19850611", "254"), [
    N("n1", "NEURO_SU", "Mottagningsanteckning", "Olof Brandt", "läkare", "2024-05-14 10:50", [
        ("Bedömning", "Multipel skleros, skovvis förlöpande, känd sedan 2020. Stabil på natalizumab som ges på dagvården."),
        ("Planering", "Kontroll-MR 4/6. Pat är inte informerad om tiden eftersom Kriminalvården inte tillåter att transporttider lämnas ut i förväg."),
    ])],
    [], NN101, "the withheld item is an appointment time (security routine), not the known diagnosis")

case("d137-101n-permission-beslut-ej-informerad", "skane", ("19780109", "256"), [
    N("n1", "RPK_T2", "Läkaranteckning", "Eva Lundqvist", "läkare", "2024-09-16 15:40", [
        ("Bedömning", "Schizofreni i stabil fas, deltar i all planerad verksamhet."),
        ("Åtgärd", "Chefsöverläkaren har efter samråd med polisen beslutat om permission utanför sjukhusområdet. Pat ej informerad om beslutet än, beskedet ges på ronden i morgon."),
    ], setting="slutenvård")],
    [], NN101, "the untold item is a leave decision")

case("d137-101n-forvaltningsratt-ej-skickat", "vgr", ("19940322", "139"), [
    N("n1", "RPK_SU", "Läkaranteckning", "Karin Fägerström", "läkare", "2024-07-11 13:55", [
        ("Samtal", "Pat har informerats muntligt om bedömningen, autismspektrumtillstånd och ADHD, vid samtal idag. Det skriftliga yttrandet till förvaltningsrätten har ännu inte skickats."),
    ], setting="slutenvård")],
    [], NN101, "patient told orally; only a written statement to the court is pending")

case("d137-101n-hiv-n2-efter-besked", "skane", ("19920604", "198"), [
    N("n1", "INF_M", "Läkaranteckning", "Gustav Rehn", "läkare", "2024-06-03 16:00", [
        ("Bedömning", "HIV-1-infektion konfirmerad, virusmängd 12 000. Pat ännu ej informerad, kallas till mottagningen via anstaltens sjukvård."),
    ]),
    N("n2", "INF_M", "Mottagningsanteckning", "Gustav Rehn", "läkare", "2024-06-07 10:15", [
        ("Aktuellt", "Pat informerad om HIV-infektionen i närvaro av kurator. Reagerade med gråt men ville veta mer. Antiretroviral behandling startas nästa vecka."),
    ])],
    [], [("NL101", "n2")], "the later note documents that the patient has been told")

case("d137-101n-typo-informerd-social-fobi", "vgr", ("19970726", "213"), [
    N("n1", "PSYK_SKAS", "Läkaranteckning", "Torbjörn Alm", "läkare", "2024-02-29 14:10", [
        ("Bedömning", "Social fobi. Pat informerd om diagnosen och behandlingsalternativen, väljer KBT på mottagningen när han frigivits."),
    ])],
    [], NN101, "typo 'informerd' (informerad): patient was told")

case("d137-101n-tuberkulos-avskrivs-ej-meddelat", "skane", ("19910810", "236"), [
    N("n1", "INF_M", "Läkaranteckning", "Karl Sundin", "läkare", "2024-12-12 11:05", [
        ("Bedömning", "Odlingar negativa efter åtta veckor, lungtuberkulos avskrivs. Pat ännu inte informerad om det lugnande beskedet, ges per telefon via anstaltens sjuksköterska."),
    ])],
    [], NN101, "the untold item is a ruled-out diagnosis (good news)")

case("d137-101n-partner-ej-informerad-smittsparning", "vgr", ("19830930", "119"), [
    N("n1", "INF_SU", "Läkaranteckning", "Petra Lönn", "läkare", "2024-06-04 15:30", [
        ("Smittspårning", "Pat informerad om HIV-diagnosen och om smittsamheten. Partnern ej informerad ännu; pat vill själv berätta vid nästa besök på anstalten, smittspåraren följer upp inom två veckor."),
    ])],
    [], NN101, "patient told; only the partner is not yet informed")

case("d137-101n-provsvar-ej-inkomna", "skane", ("19860115", "394"), [
    N("n1", "KONS_MHK", "Konsultationsanteckning", "Fredrik Åkesson", "läkare", "2024-02-13 14:40", [
        ("Bedömning", "Känd schizofreni, depå var fjärde vecka i häktet. Prolaktin och blodfetter tagna, pat ej informerad om provsvar då svaren inte kommit."),
    ], signed=None)],
    [], NN101, "draft: results not yet available, nothing diagnostic withheld")

case("d137-101n-besked-av-kollega-igar", "vgr", ("19950309", "177"), [
    N("n1", "INF_NAL", "Mottagningsanteckning", "Samuel Tesfaye", "läkare", "2024-08-29 09:40", [
        ("Aktuellt", "Besked om HIV-infektionen gavs av dr Wennberg igår. Idag genomgång av behandling och smittskyddsregler, frågor besvarade."),
    ])],
    [], NN101, "a colleague gave the patient the diagnosis yesterday")

case("d137-101n-rpu-via-forsvarare", "skane", ("19981221", "131"), [
    N("n1", "RPK_T", "Läkaranteckning", "Daniel Wester", "läkare", "2024-03-14 10:55", [
        ("Bakgrund", "Pat har tagit del av RPU-utlåtandet genom sin försvarare och känner till bedömningen att han har schizofreni och vid gärningen led av en allvarlig psykisk störning."),
    ], setting="slutenvård")],
    [], NN101, "the patient knows the diagnosis from the forensic report via his lawyer")

case("d137-101n-sup-ej-tillstyrkt-ej-informerad", "vgr", ("19760808", "014"), [
    N("n1", "RPK_SU2", "Läkaranteckning", "Kristoffer Berg", "läkare", "2024-10-09 14:00", [
        ("Bedömning", "Schizofreni, god symtomkontroll sedan två år."),
        ("Åtgärd", "Chefsöverläkaren har beslutat att inte tillstyrka ansökan om särskild utskrivning. Pat ännu inte informerad om beslutet, meddelas av patientansvarig läkare vid ronden."),
    ], setting="slutenvård")],
    [], NN101, "the untold item is a decision on discharge, not a diagnosis")

case("d137-101n-hungerstrejk-informerad-om-risker", "skane", ("19830217", "053"), [
    N("n1", "MED_YS", "Läkaranteckning", "Per-Olof Nyman", "läkare", "2024-07-25 11:35", [
        ("Bedömning", "Hungerstrejk dag 14. Pat informerad om risken för hjärtarytmier och refeedingsyndrom och om att vi respekterar hans beslut så länge han är beslutskapabel. Vägrar blodprover idag, tar emot vatten."),
    ], setting="slutenvård")],
    [], NN101, "hunger strike: patient informed of risks, nothing withheld")

case("d137-101n-depa-tidigarelaggs", "vgr", ("19880503", "277"), [
    N("n1", "RPK_SU", "Omvårdnadsanteckning", "Helena Strömberg", "sjuksköterska", "2024-07-04 20:30", [
        ("Omvårdnad", "Schizofreni, lugn kväll. Pat ännu inte informerad om att nästa depåinjektion tidigareläggs till torsdag på grund av semesterbemanningen."),
    ], signed=None, setting="slutenvård")],
    [], NN101, "draft nurse note: the untold item is a changed injection date")

case("d137-101n-lang-vardplanering-informerad", "vgr", ("19810927", "352"), [
    N("n1", "RPK_SU2", "Vårdplanering", "Gunilla Ek", "läkare", "2024-11-27 14:00", [
        ("Deltagare", "Pat, patientansvarig läkare, kontaktperson, kurator, handläggare från socialtjänsten och god man. Frivården deltog per telefon."),
        ("Bakgrund", "Dömd 2019 till rättspsykiatrisk vård med SUP för mordbrand. Vårdad på avd 243 och sedan 2022 på rehabiliteringsavdelningen. Har under året haft regelbundna obevakade permissioner utan anmärkning och arbetstränat två dagar i veckan på en snickeriverkstad."),
        ("Diagnoser", "Schizofreni, paranoid form. Lindrig intellektuell funktionsnedsättning. Alkoholberoende, i långvarig remission i skyddad miljö."),
        ("Information", "Pat informerades redan vid inskrivningen om schizofrenin och om den intellektuella funktionsnedsättningen 2023. Alla tre diagnoserna gicks igenom på nytt idag med bildstöd. Han kan redogöra för vad de innebär för hans vardag."),
        ("Aktuellt", "Pat beskriver hösten som den bästa perioden på länge. Sover bra, tar sina mediciner själv under tillsyn och deltar i samtalsgrupp om återfallsprevention. Senaste alkoholutandningsprov och U-tox negativa. Personalen bekräftar bilden: inga konflikter, god följsamhet, söker själv kontakt vid oro."),
        ("Riskbedömning", "HCR-20 uppdaterad i oktober: låg aktuell risk inom skyddad miljö, måttlig vid utskrivning med alkohol som främsta riskfaktor. Riskhanteringsplan med tidiga tecken, kontaktvägar och krisplan revideras tillsammans med pat."),
        ("Planering", "Ansökan om särskild utskrivning lämnas till förvaltningsrätten i januari. Boende med särskild service söks via socialtjänsten. Fortsatt klozapin, blodprov enligt schema. Öppenvårdskontakt vid Rättspsykiatrisk öppenvård förbereds med överlappande besök."),
    ], setting="slutenvård")],
    [], [("NL101", "n1"), ("NL102", "n1")], "long care-planning note: all diagnoses already told and gone through again")

case("d137-101n-kontaktman-anstalt-utan-samtycke", "skane", ("19760429", "293"), [
    N("n1", "INF_M", "Mottagningsanteckning", "Karl Sundin", "läkare", "2024-09-03 13:45", [
        ("Bedömning", "Pat informerad om kronisk hepatit B och vikten av att inte dela rakhyvel eller tandborste med medintagna. Diagnosen delas inte med kriminalvårdspersonalen; pat har inte samtyckt till att hans kontaktman informeras. Anstaltens sjuksköterska får ordinationerna via remissvar."),
    ])],
    [], NN101, "patient told; the diagnosis is kept from prison staff for lack of consent")

case("d137-101n-god-man-ej-underrattad", "vgr", ("19970319", "295"), [
    N("n1", "NP_SU", "Läkaranteckning", "Linnea Forsman", "läkare", "2024-11-19 10:25", [
        ("Bedömning", "ADHD, kombinerad form. Pat informerad om diagnosen och om läkemedelsalternativen. God man ej underrättad än, pat ger medgivande till att vi kontaktar honom nästa vecka."),
    ])],
    [], NN101, "patient told; only his guardian (god man) is not yet")

case("d137-101n-th-sedan-kommunicerad-n2", "vgr", ("19940816", "218"), [
    N("n1", "RPK_SU", "Läkaranteckning", "Jakob Lindén", "läkare", "2024-01-09 14:10", [
        ("Aktuellt", "Andra veckan på avdelningen efter överflyttning från Häktet Göteborg. Sparsam i kontakten."),
        ("Tidiga hypoteser", "Möjlig schizofreni, bygger huvudsakligen på personalens observationer. Inte kommunicerat."),
    ], setting="slutenvård"),
    N("n2", "RPK_SU", "Läkaranteckning", "Jakob Lindén", "läkare", "2024-02-20 13:30", [
        ("Bedömning", "Schizofreni, nu fastställd efter sex veckors observation. Pat informerad idag om diagnosen, som tidigare förts under sökordet för tidiga hypoteser."),
    ], setting="slutenvård")],
    [], [("NL101", "n2"), ("NL102", "n2")], "after communication the settled diagnosis is moved into a visible note, told today")

# ==== MAIN (parts above; keep this block last) ====
KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"]
SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")


def in_2024(s):
    return s is not None and s.startswith("2024-")


def age_at(bd, when):
    b = dt.date.fromisoformat(bd)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c["case"]
        if list(c.keys()) != KEYS:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if not nm.startswith("d137-"):
            errs.append("%s: bad prefix" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        rec = c["record"]
        p = rec["patient"]
        if not luhn_ok(p["id"]):
            errs.append("%s: Luhn" % nm)
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append("%s: birth date mismatch" % nm)
        if not in_2024(rec["as_of"]):
            errs.append("%s: as_of not 2024" % nm)
        age = age_at(p["birth_date"], dt.datetime.fromisoformat(rec["as_of"]).date())
        if 13 <= age <= 15:
            errs.append("%s: age %d" % (nm, age))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s not empty" % (nm, k))
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % nm)
            if n["id"] in notes:
                errs.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            if not in_2024(n["time"]) or (n["signed"] is not None and not in_2024(n["signed"])):
                errs.append("%s: note date not 2024" % nm)
            if n["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            for sec in n["sections"]:
                for sent in SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], sec["keyword"]):
                            errs.append("%s: sentence repeated (first in %s): %s" % (nm, seen_sent[sent][0], sent))
                        else:
                            seen_sent.setdefault(sent, (nm, n["id"], sec["keyword"]))
        asserted = set()
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (nm, code))
                if tgt not in notes:
                    errs.append("%s: target %s missing" % (nm, tgt))
                    continue
                if (code, tgt) in asserted:
                    errs.append("%s: %s asserted twice" % (nm, code))
                asserted.add((code, tgt))
                if code == "NL102" and lst == "must" and notes[tgt]["system"] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and notes[tgt]["system"] == "PMO":
                    errs.append("%s: NL101 on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
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
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for k in sorted(tally):
        print("  %s %s: %d" % (k[0], k[1], tally[k]))
    print("  skane %d, vgr %d" % (sum(c["ruleset"] == "skane" for c in CASES),
                                   sum(c["ruleset"] == "vgr" for c in CASES)))


if __name__ == "__main__":
    main()
