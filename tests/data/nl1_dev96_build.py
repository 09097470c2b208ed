#!/usr/bin/env python3
"""dev96 -- sexual health / STI / HIV / hepatitis test cases for NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates the set; exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "ven_malmo": ("Venereologmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7V41"),
    "ven_hbg": ("Hud- och STI-mottagningen, Helsingborgs lasarett", "SE2321000255-8H22"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3D90"),
    "inf_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5I13"),
    "inf_lund": ("Infektionskliniken avd 1, Skånes universitetssjukhus Lund", "SE2321000255-5I27"),
    "hiv_lund": ("HIV-mottagningen, Infektionskliniken Skånes universitetssjukhus Lund", "SE2321000255-5I34"),
    "inf_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-6I08"),
    "inf_krstd": ("Infektionsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-9I51"),
    "sprut_malmo": ("Sprututbytet, Infektionskliniken Skånes universitetssjukhus Malmö", "SE2321000255-5S66"),
    "kk_malmo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4K19"),
    "smvc_lund": ("Specialistmödravården, Skånes universitetssjukhus Lund", "SE2321000255-4M72"),
    "barn_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2B44"),
    "uro_hbg": ("Urologmottagningen, Helsingborgs lasarett", "SE2321000255-6U15"),
    "akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-1A83"),
    # Region Skåne, PMO (primärvård, ungdomsmottagning, barnmorskemottagning)
    "um_malmo": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-U101"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-U114"),
    "um_hbg": ("Ungdomsmottagningen Helsingborg", "SE2321000255-U127"),
    "um_krstd": ("Ungdomsmottagningen Kristianstad", "SE2321000255-U139"),
    "um_trelleborg": ("Ungdomsmottagningen Trelleborg", "SE2321000255-U142"),
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-P208"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P233"),
    "bmm_hlm": ("Barnmorskemottagningen Hässleholm", "SE2321000255-P251"),
    # Västra Götalandsregionen, Melior
    "ven_su": ("Venereologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011873"),
    "sexh_su": ("Mottagningen för sexuell hälsa, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011902"),
    "inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000006410"),
    "inf_ostra_avd": ("Infektion avdelning 1, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000006433"),
    "sprut_gbg": ("Sprututbytet, Infektionskliniken Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000006455"),
    "inf_nal": ("Infektionsmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000007218"),
    "inf_skovde": ("Infektionsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000008031"),
    "inf_boras": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009124"),
    "hudsti_boras": ("Hud- och STI-mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009157"),
    "gyn_udd": ("Gynekologmottagningen, Uddevalla sjukhus", "SE2321000131-E000000007344"),
    "kk_kungalv": ("Kvinnosjukvården, Kungälvs sjukhus", "SE2321000131-E000000010266"),
    "uro_nal": ("Urologimottagningen, NU-sjukvården NÄL", "SE2321000131-E000000007290"),
    "reuma_skovde": ("Reumatologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000008077"),
    "dsbus": ("Barninfektionsmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000005519"),
    "akut_alingsas": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000010581"),
    "smvc_su": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011466"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    # Skåne
    "lindqvist": ("Karin Lindqvist", "läkare"),
    "hammar": ("Johan Hammar", "läkare"),
    "nasser": ("Rania Nasser", "läkare"),
    "bergdahl": ("Per Bergdahl", "läkare"),
    "ohlsson": ("Maria Ohlsson", "läkare"),
    "kovac": ("Dragan Kovač", "läkare"),
    "strand": ("Sofia Strand", "läkare"),
    "wendt": ("Anders Wendt", "läkare"),
    "ek_ssk": ("Lena Ek", "sjuksköterska"),
    "holm_ssk": ("Jonas Holm", "sjuksköterska"),
    "pal_ssk": ("Amira Pal", "sjuksköterska"),
    "sund_bm": ("Ingrid Sund", "barnmorska"),
    "falk_bm": ("Hanna Falk", "barnmorska"),
    "akesson_kur": ("Eva Åkesson", "kurator"),
    "ryd_kur": ("Mats Ryd", "kurator"),
    "tran": ("Linh Tran", "läkare"),
    # VGR
    "sjoberg": ("Helena Sjöberg", "läkare"),
    "abdi": ("Hodan Abdi", "läkare"),
    "lundgren": ("Erik Lundgren", "läkare"),
    "mattsson": ("Olof Mattsson", "läkare"),
    "petrovic": ("Ana Petrović", "läkare"),
    "gustafsson": ("Cecilia Gustafsson", "läkare"),
    "nyberg": ("Fredrik Nyberg", "läkare"),
    "karlsson_ssk": ("Therese Karlsson", "sjuksköterska"),
    "berg_ssk": ("Niklas Berg", "sjuksköterska"),
    "yilmaz_ssk": ("Elif Yilmaz", "sjuksköterska"),
    "dahl_bm": ("Annika Dahl", "barnmorska"),
    "lind_bm": ("Maja Lind", "barnmorska"),
    "norén_kur": ("Kristina Norén", "kurator"),
    "hussein_kur": ("Ahmed Hussein", "kurator"),
    "wallin": ("Sara Wallin", "läkare"),
}

CASES = []


def N(nid, unit, author, time, sections, template="Läkaranteckning", system="Melior",
      signed=True, setting="öppenvård", refs=None):
    """One note. time 'YYYY-MM-DDTHH:MM'; signed True -> signed some minutes later."""
    t = _dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    if signed is True:
        body = "".join(x for _, x in sections)
        s = (t + _dt.timedelta(minutes=15 + (len(body) % 70))).strftime("%Y-%m-%dT%H:%M:00")
    elif signed is None:
        s = None
    else:
        s = signed
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"), "signed": s, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, birth, notes, must=(), must_not=(), why="", as_of=None):
    CASES.append({"name": name, "ruleset": ruleset, "birth": birth, "notes": notes,
                  "must": [list(m) for m in must], "must_not": [list(m) for m in must_not],
                  "why": why, "as_of": as_of})

# ================================================================ NL102 positives
C("ven-susp-primar-syfilis-ulcus-durum", "skane", "1989-11-03", [
    N("n1", "ven_malmo", "lindqvist", "2024-02-06T10:20", [
        ("Anamnes", "Man 34 år, MSM. Sedan 10 dgr ett oömt sår på penisskaftet. Oskyddat analt och oralt "
                    "samlag med tillfällig partner via app för ca 4 v sedan. Ingen PrEP. Senaste STI-test för ett år sedan, då ua."),
        ("Status", "Solitärt, rent, indurerat ulcus ca 8 mm dorsalt på penisskaftet, ej ömt vid palpation. "
                   "Bilat förstorade, oömma inguinala lgl. Inga hudutslag. Munhåla u.a."),
        ("Bedömning", "Misstänkt primär syfilis (ulcus durum). Mörkfältsmikroskopi ej tillgänglig idag."),
        ("Åtgärd", "PCR T. pallidum från såret, syfilisserologi, HIV, HBsAg, anti-HCV. Klamydia/gonorré-NAAT från urin, svalg och rektum."),
        ("Planering", "Empirisk behandling med bensatinpenicillin 2,4 milj IE im idag efter samråd med bakre läkare. Smittspårning påbörjad av kurator."),
    ])], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'Misstänkt primär syfilis' in visible Bedömning of a Skåne Melior note; nothing said about telling")

C("vgr-herpes-bild-som-vid-primarinfektion", "vgr", "2001-05-17", [
    N("n1", "hudsti_boras", "petrovic", "2024-03-11T14:05", [
        ("Aktuellt", "Sveda och smärta i underlivet sedan 4 dagar, svårt att kissa. Feberkänsla i början. Ny partner sedan en månad."),
        ("Status", "Grupperade vesikler och ytliga erosioner på vänster labium minus, mycket ömma. Ömma lgl i vä ljumske. Temp 37,6."),
        ("Bedömning", "Bild som vid primär genital herpes. HSV-PCR tagen från blåsbotten."),
        ("Åtgärd", "Valaciklovir 500 mg 1x2 i 10 dagar. Lidokaingel vid miktion. Info om smittsamhet och asymtomatisk virusutsöndring."),
    ])], must=[("NL102", "n1")],
  why="'Bild som vid primär genital herpes' before PCR answer is a hedged diagnosis in a visible VGR section")

C("ven-uretrit-susp-gonorre-dd-klamydia", "skane", "1995-08-22", [
    N("n1", "ven_hbg", "hammar", "2024-01-18T09:40", [
        ("Anamnes", "Purulent flytning från uretra sedan 3 dgr, sveda vid miktion. Oskyddat vaginalt samlag på resa i Polen för 6 dagar sedan."),
        ("Status", "Gulgrön flytning vid uretramynningen. Testiklar och bitestiklar oömma."),
        ("Labb", "Gramfärgning uretrasekret: rikligt med granulocyter, intracellulära diplokocker ej säkert sedda."),
        ("Bedömning", "Uretrit, susp. gonorré. DD klamydia."),
        ("Åtgärd", "Odling och NAAT tagna. Ceftriaxon 1 g im givet på mottagningen i väntan på svar."),
    ])], must=[("NL102", "n1")],
  why="'susp. gonorré' and 'DD klamydia' in the visible Bedömning of a hospital STI clinic note in Skåne")

C("vgr-mgen-kan-ej-uteslutas-kvarstaende-cervicit", "vgr", "1996-12-02", [
    N("n1", "ven_su", "sjoberg", "2024-04-03T11:15", [
        ("Aktuellt", "Återbesök. Kvarstående kontaktblödning och flytning trots doxycyklin för 3 veckor sedan. Klamydia-NAAT negativ vid förra besöket."),
        ("Status", "Lätt mukopurulent sekret från cervix, lättblödande ektopi. Ingen portioflyttningsömhet."),
        ("Bedömning", "Cervicit utan klar genes. Mycoplasma genitalium kan ej uteslutas, prov skickat med begäran om makrolidresistensbestämning."),
        ("Planering", "Telefonsvar om ca 1 vecka. Partnern uppmanas att testa sig."),
    ])], must=[("NL102", "n1")],
  why="'Mycoplasma genitalium kan ej uteslutas' is an open hedged diagnosis in visible Bedömning (VGR)")

C("inf-akut-hiv-fragetecken-exantem", "skane", "1998-03-29", [
    N("n1", "inf_malmo", "nasser", "2024-05-14T16:30", [
        ("Kontaktorsak", "Remiss från vårdcentral: feber sedan en vecka, halsont och utslag."),
        ("Anamnes", "Oskyddat samlag med man för ca 3 v sedan. Senaste HIV-test negativt i januari. Inga läkemedel."),
        ("Status", "Temp 38,9. Makulopapulöst exantem på bål och överarmar. Aftösa sår i munhålan. Generellt förstorade lgl på halsen."),
        ("Bedömning", "Akut HIV-infektion? Mononukleos och sekundär syfilis är andra möjligheter."),
        ("Åtgärd", "HIV Ag/Ak akut, HIV-RNA beställt, EBV-serologi, syfilisserologi, leverstatus."),
    ])], must=[("NL102", "n1")],
  why="'Akut HIV-infektion?' with a question mark in visible Bedömning is a hypothesis (Skåne Melior)")

C("vgr-sekundar-syfilis-forenligt-med-exantem", "vgr", "1979-07-08", [
    N("n1", "inf_skovde", "lundgren", "2024-02-27T13:00", [
        ("Anamnes", "Utslag i handflator och under fotsulorna sedan 2 veckor, kliar inte. Hade ett sår i munnen i december som läkte av sig självt."),
        ("Status", "Kopparfärgade, fjällande papler palmart och plantart. Diffust håravfall i tinningarna. Bilat små lgl i armbågarna."),
        ("Bedömning", "Förenligt med sekundär syfilis, serologi inväntas."),
    ])], must=[("NL102", "n1")],
  why="'Förenligt med sekundär syfilis' while serology is pending is a hedged diagnosis in a visible section")

C("hud-trol-kondylom-dd-hudflikar", "skane", "2003-09-12", [
    N("n1", "hud_lund", "strand", "2024-06-04T08:50", [
        ("Status", "Perianalt tre mjuka, hudfärgade papillomatösa förändringar 2-4 mm."),
        ("Bedömning", "Trol. kondylom, DD hudflikar. Pat önskar behandling."),
    ], template="Mottagningsanteckning")], must=[("NL102", "n1")],
  why="short note: 'Trol. kondylom' is a hedged diagnosis in visible Bedömning (Skåne Melior)")

C("vgr-epididymit-sannolikt-klamydiaorsakad", "vgr", "2000-10-30", [
    N("n1", "uro_nal", "mattsson", "2024-03-19T10:10", [
        ("Aktuellt", "Svullnad och smärta i höger pung sedan 2 dygn. Inget trauma. Ny partner, oskyddade samlag."),
        ("Status", "Ömmande, förstorad bitestikel hö, positivt Prehns tecken. Testikel i normalläge. Ultraljud: ökat flöde i epididymis, ingen torsion."),
        ("Bedömning", "Akut epididymit hö, sannolikt klamydiaorsakad med tanke på ålder och sexualanamnes."),
        ("Åtgärd", "NAAT klamydia/gonorré från förstastråleurin. Doxycyklin 100 mg x 2 i 10 dagar. Suspensoar, NSAID."),
    ])], must=[("NL102", "n1")],
  why="the infectious cause 'sannolikt klamydiaorsakad' is a hedged diagnosis in visible Bedömning (VGR)")

C("hiv-mott-lgv-proktit-inger-misstanke-typo", "skane", "1985-04-25", [
    N("n1", "hiv_lund", "wendt", "2024-04-22T15:45", [
        ("Aktuellt", "Känd HIV, välbehandlad. Sedan 2 v tenesmer, slem och blod vid avföring. Klamydia pos från rektum enl. svar 2/4."),
        ("Status", "Proktoskopi: mukopurulent sekret, ödematös och lättblödande slemhinna. Förstorade lgl i hö ljumske."),
        ("Bedömning", "Klinisk bild inger misstanke om lymfogranuloma venerum, genotypning begärd via Klinisk mikrobiologi."),
        ("Behandling", "Doxycyklin 100 mg x 2 i 21 dagar startas redan nu."),
    ])], must=[("NL102", "n1")],
  why="'inger misstanke om' LGV (misspelled 'lymfogranuloma venerum', typo in key word) in visible Bedömning")

C("vgr-reaktiv-artrit-kan-rora-sig-om", "vgr", "1993-01-14", [
    N("n1", "reuma_skovde", "nyberg", "2024-05-06T09:30", [
        ("Anamnes", "Behandlades för klamydia på vårdcentralen för 4 veckor sedan. Nu svullet hö knä och ont i vä häl sedan 10 dagar. Lätt skav i ögonen."),
        ("Status", "Hydrops hö knä, värmeökning. Ömhet vid akillessenans fäste vä. Konjunktivalt lätt injicerad bilat."),
        ("Bedömning", "Kan röra sig om reaktiv artrit efter urogenital klamydia. HLA-B27 och ledvätska skickas."),
    ])], must=[("NL102", "n1")],
  why="'Kan röra sig om reaktiv artrit' is a hedged diagnosis of the patient in a visible VGR section")

C("inf-fragestallning-neurosyfilis-inskrivning", "skane", "1961-06-19", [
    N("n1", "inf_hbg", "kovac", "2024-07-02T21:10", [
        ("Inskrivningsorsak", "Frågeställning neurosyfilis hos pat med obehandlad syfilis (pos serologi på vårdcentral 2023, uteblev från återbesök) och nytillkommen synnedsättning."),
        ("Status", "Vaken, orienterad. Pupiller små, reagerar dåligt på ljus men kontraherar vid ackommodation. Visus nedsatt vä öga. Romberg positiv."),
        ("Planering", "LP i morgon förmiddag, likvor för celler, protein, VDRL och TPPA. Ögonkonsult beställd."),
    ], template="Inskrivningsanteckning", setting="slutenvård")], must=[("NL102", "n1")],
  why="'Frågeställning neurosyfilis' in the visible admission reason is an open diagnostic hypothesis (Skåne Melior)")

C("vgr-oklart-om-kronisk-hepatit-b-typo", "vgr", "1988-02-09", [
    N("n1", "inf_ostra", "abdi", "2024-02-15T11:40", [
        ("Bakgrund", "Remiss från mödrahälsovården efter positivt HBsAg i screening. Född i Eritrea, kom till Sverige 2019."),
        ("Provsvar", "HBsAg pos, anti-HBc IgM neg, HBeAg neg, ALAT 0,4."),
        ("Bedömning", "Oklart om kronisk heaptit B eller sent skede av en akut infektion; ny provtagning om 6 mån avgör."),
        ("Planering", "HBV-DNA, elastografi. Vaccination av make och barn erbjuds."),
    ])], must=[("NL102", "n1")],
  why="'Oklart om kronisk heaptit B' (typo in the diagnosis word) is a hedged diagnosis in visible Bedömning")

C("ven-talar-for-tidig-latent-syfilis", "skane", "1976-10-05", [
    N("n1", "ven_malmo", "ohlsson", "2024-03-07T14:25", [
        ("Provsvar", "TPPA pos, RPR 1:16. Negativ syfilisserologi vid screening för 8 mån sedan."),
        ("Anamnes", "Inga sår, utslag eller neurologiska symtom enligt pat. Flera partners under hösten."),
        ("Bedömning", "Talar för tidig latent syfilis."),
        ("Ordination", "Bensatinpenicillin 2,4 milj IE im som engångsdos. Kontroll av RPR efter 3, 6 och 12 mån."),
    ])], must=[("NL102", "n1")],
  why="'Talar för tidig latent syfilis' hedges the stage diagnosis in a visible section (Skåne Melior)")

C("vgr-sannolik-pid-gynjour", "vgr", "1999-08-16", [
    N("n1", "kk_kungalv", "gustafsson", "2024-08-24T02:15", [
        ("Aktuellt", "Buksmärta nedtill sedan 3 dygn, tilltagande. Feber i kväll. Ingen spiral. Negativt graviditetstest."),
        ("Status", "Temp 38,4. Ömmande nedre buk bilat utan peritonit. Gyn: purulent flytning från cervix, uttalad portioflyttningsömhet. Vag-UL: ingen fri vätska, ovarier ua."),
        ("Lab", "CRP 86, LPK 13,1."),
        ("Bedömning", "Sannolik PID (salpingit). Klamydia- och gonorréprov tagna från cervix."),
        ("Åtgärd", "Inläggning för iv ceftriaxon + doxycyklin och metronidazol po."),
    ], template="Akutanteckning", setting="akut")], must=[("NL102", "n1")],
  why="'Sannolik PID' in visible Bedömning of a VGR gynjour note")

C("ven-ssk-bakteriell-vaginos-fragetecken", "skane", "2002-04-21", [
    N("n1", "ven_malmo", "ek_ssk", "2024-01-30T13:10", [
        ("Kontaktorsak", "Drop-in STI-test. Illaluktande flytning sedan en vecka, värre efter mens."),
        ("Provtagning", "Självtaget vaginalprov för klamydia/gonorré. Tunn grå flytning i trosskyddet enligt pat."),
        ("Bedömning", "Bakteriell vaginos? Wet smear ej möjlig idag, läkare konsulterad per telefon."),
        ("Åtgärd", "Metronidazol enligt läkarordination. Svar på STI-prov via 1177."),
    ], template="Sjuksköterskeanteckning")], must=[("NL102", "n1")],
  why="nurse note with 'Bakteriell vaginos?' in visible Bedömning: a diagnosis with a question mark (Skåne Melior)")

C("vgr-mojlig-ulcus-molle-efter-resa", "vgr", "1972-11-27", [
    N("n1", "inf_ostra", "lundgren", "2024-09-10T10:35", [
        ("Anamnes", "Hemkommen från Kenya för 2 v sedan. Köpt sex. Sedan en vecka flera ömma sår på förhuden och en svullen knöl i ljumsken."),
        ("Status", "Tre ömma ulcerationer med underminerade kanter och gulaktig botten på preputiet. Fluktuerande lgl-paket hö ljumske."),
        ("Bedömning", "Möjlig ulcus molle (chankroid). DD herpes och primär syfilis."),
        ("Åtgärd", "PCR H. ducreyi, HSV och T. pallidum från sår. Syfilis- och HIV-serologi. Azitromycin 1 g po."),
    ])], must=[("NL102", "n1")],
  why="'Möjlig ulcus molle' with differentials in visible Bedömning (VGR infektionsmottagning)")

C("hud-dd-herpes-recidiv-fixt-lakemedelsutslag", "skane", "1983-02-11", [
    N("n1", "hud_lund", "tran", "2024-10-08T15:00", [
        ("Anamnes", "Tredje gången i år blåsor på samma ställe på vä skinkan, läker på 10 dagar. Tar ibland naproxen för ryggont."),
        ("Status", "Rodnad 2 cm stor plack med några krustor, ingen aktiv blåsa idag."),
        ("Bedömning", "DD herpes simplex recidiv, fixt läkemedelsutslag. HSV-PCR tas vid nästa skov, pat ringer direkt då."),
    ], template="Mottagningsanteckning")], must=[("NL102", "n1")],
  why="'DD herpes simplex recidiv, fixt läkemedelsutslag' lists unproven diagnoses in visible Bedömning")

C("vgr-hiv-kan-inte-uteslutas-lymfadenopati", "vgr", "1967-03-03", [
    N("n1", "inf_nal", "petrovic", "2024-04-16T09:05", [
        ("Remissorsak", "Generaliserad lymfadenopati och viktnedgång 6 kg på 3 mån. Utredd för lymfom, biopsi visade reaktiv bild."),
        ("Anamnes", "Frånskild, flera kvinnliga partners senaste åren. Aldrig HIV-testad."),
        ("Bedömning", "HIV-infektion kan inte uteslutas. Även TB och sarkoidos övervägs."),
        ("Planering", "HIV-test, quantiferon, ACE, DT thorax. Återbesök om 1 vecka."),
    ])], must=[("NL102", "n1")],
  why="'HIV-infektion kan inte uteslutas' keeps HIV open as a hypothesis in a visible section (VGR)")

C("sprut-trolig-kronisk-hepatit-c", "skane", "1984-12-24", [
    N("n1", "sprut_malmo", "pal_ssk", "2024-03-21T11:20", [
        ("Aktuellt", "Inskriven i sprututbytet sedan 2022. Injicerar amfetamin, delat kokkärl i höstas."),
        ("Provsvar", "Anti-HCV pos sedan 2022, HCV-RNA aldrig taget."),
        ("Bedömning", "Trolig kronisk hepatit C. RNA och genotyp tas idag, läkartid för behandlingsstart bokas om RNA pos."),
    ], template="Sjuksköterskeanteckning")], must=[("NL102", "n1")],
  why="'Trolig kronisk hepatit C' before HCV-RNA is known, visible in a Skåne Melior nurse note")

C("vgr-trolig-svalggonorre-typo", "vgr", "1997-06-06", [
    N("n1", "sexh_su", "wallin", "2024-06-18T13:30", [
        ("Aktuellt", "Ont i halsen sedan en vecka. Partnern (man) fick gonorré konstaterad förra veckan; pat har haft oskyddat oralsex med honom."),
        ("Status", "Rodnad svalgbåge, inga beläggningar. Små ömma käkvinkelkörtlar."),
        ("Bedömning", "Trolig svalggonnoré. PCR och odling från svalg tagna."),
        ("Åtgärd", "Ceftriaxon 1 g im givet idag som epidemiologisk behandling."),
    ])], must=[("NL102", "n1")],
  why="'Trolig svalggonnoré' (typo in the diagnosis word) is a hedged diagnosis in visible Bedömning")

C("barn-kongenital-syfilis-kan-ej-uteslutas", "skane", "2023-10-05", [
    N("n1", "barn_lund", "bergdahl", "2024-02-08T10:00", [
        ("Bakgrund", "4 månader gammal pojke. Mor diagnostiserad med syfilis i v 34, behandlad först 3 veckor före partus."),
        ("Status", "Välmående, följer viktkurva. Ingen hepatosplenomegali, inga hudförändringar, ingen snuva."),
        ("Provsvar", "RPR hos barnet 1:4, moderns RPR vid förlossningen 1:8."),
        ("Bedömning", "Kongenital syfilis kan ej uteslutas. Föräldrarna har fått information om vad svaret kan betyda."),
        ("Planering", "Upprepad RPR om en månad. Ögon- och hörselkontroll."),
    ])], must=[("NL102", "n1")],
  why="child under 13: 'Kongenital syfilis kan ej uteslutas' in a visible note that guardians read (Skåne Melior)")

C("vgr-barn-misstankt-vertikal-hepatit-b", "vgr", "2022-08-19", [
    N("n1", "dsbus", "gustafsson", "2024-01-23T14:15", [
        ("Anamnes", "Mor HBsAg-positiv med högt virus under graviditeten. Barnet fick vaccin och immunglobulin inom 12 h efter födseln, fullvaccinerad."),
        ("Provsvar", "Uppföljande prov vid 17 mån: HBsAg svagt positivt, anti-HBs 4."),
        ("Bedömning", "Misstänkt vertikal smitta trots profylax. HBV-DNA tas för konfirmation."),
    ])], must=[("NL102", "n1")],
  why="child under 13: 'Misstänkt vertikal smitta' of hepatitis B in visible Bedömning (VGR)")

C("vgr-ev-sen-latent-syfilis-kort", "vgr", "1958-05-30", [
    N("n1", "inf_boras", "nyberg", "2024-11-05T16:00", [
        ("Bedömning", "Okänd smittotidpunkt, ev. sen latent syfilis – behandlas som sådan med tre doser bensatinpenicillin med en veckas mellanrum."),
    ])], must=[("NL102", "n1")],
  why="one-line note: 'ev. sen latent syfilis' is a hedged stage diagnosis in a visible section (VGR)")

C("inf-misstankt-mpox", "skane", "1991-09-09", [
    N("n1", "inf_malmo", "strand", "2024-08-13T12:45", [
        ("Anamnes", "Åter från Pride-festival i Berlin för 9 dagar sedan, flera manliga partners. Feber och muskelvärk för 4 dagar sedan, nu blåsor."),
        ("Status", "Sex umbilicerade pustler perianalt och två på vä handrygg. Ömma lgl i ljumskarna."),
        ("Bedömning", "Misstänkt mpox. PCR från blåsa skickas till Folkhälsomyndigheten via Klinisk mikrobiologi."),
        ("Åtgärd", "Isolering i hemmet tills svar, info given. Smittskyddsläkaren underrättad."),
    ])], must=[("NL102", "n1")],
  why="'Misstänkt mpox' awaiting PCR in visible Bedömning (Skåne Melior infektionsmottagning)")

C("vgr-trichomonas-fragetecken-gyn", "vgr", "1986-01-07", [
    N("n1", "gyn_udd", "sjoberg", "2024-05-28T09:20", [
        ("Aktuellt", "Riklig, skummig gulgrön flytning och klåda sedan 2 veckor. Ingen effekt av receptfri klotrimazol."),
        ("Status", "Rodnad vaginalslemhinna, punktformiga blödningar på portio. pH 6."),
        ("Bedömning", "Trichomonas vaginalis? NAAT skickad tillsammans med klamydia och gonorré."),
    ], template="Mottagningsanteckning")], must=[("NL102", "n1")],
  why="'Trichomonas vaginalis?' is a diagnosis with a question mark in a visible VGR section")

C("ven-forenligt-med-mollusker-typo", "skane", "1999-02-25", [
    N("n1", "ven_hbg", "hammar", "2024-09-24T10:50", [
        ("Status", "Ett tiotal 2-3 mm pärlemorglänsande papler med central delle i båda ljumskarna och på mons pubis."),
        ("Bedömning", "Förenligt med mollsuker (molluscum contagiosum). Ofarligt, självläkande."),
        ("Åtgärd", "Kyrettage av de största erbjuds, pat avböjer idag."),
    ])], must=[("NL102", "n1")],
  why="'Förenligt med mollsuker' (typo 'mollsuker') is a hedged diagnosis in visible Bedömning (Skåne Melior)")

C("vgr-kan-inte-utesluta-herpesproktit", "vgr", "1990-07-13", [
    N("n1", "ven_su", "abdi", "2024-07-09T15:15", [
        ("Anamnes", "Intensiv smärta vid defekation, klar sekretion, feber. Receptivt analsamlag för 5 dagar sedan."),
        ("Status", "Proktoskopi: ytliga erosioner och kraftig rodnad distalt i rektum. Blåsor perianalt saknas."),
        ("Bedömning", "Proktit. Kan inte utesluta herpesproktit, även gonorré och LGV möjliga."),
        ("Åtgärd", "Prover för HSV, gonorré, klamydia med LGV-typning. Valaciklovir och ceftriaxon ges empiriskt."),
    ])], must=[("NL102", "n1")],
  why="'Kan inte utesluta herpesproktit' is an open diagnostic hypothesis in visible Bedömning (VGR)")

C("ven-differentialdiagnoser-ngu", "skane", "1994-05-01", [
    N("n1", "ven_malmo", "lindqvist", "2024-10-22T09:10", [
        ("Aktuellt", "Recidiverande sveda i urinröret efter två behandlade klamydiainfektioner i år. Senaste klamydia- och gonorré-NAAT negativa."),
        ("Utredning", "Uretrautstryk: >5 granulocyter/synfält."),
        ("Bedömning", "Icke-gonorroisk uretrit. Differentialdiagnoser: Mycoplasma genitalium, Trichomonas vaginalis, adenovirus."),
        ("Planering", "Riktade prover skickade, telefontid om 10 dagar."),
    ])], must=[("NL102", "n1")],
  why="a 'Differentialdiagnoser:' list of unproven infections in visible Bedömning (Skåne Melior)")

C("inf-skane-sokord-tidiga-hypoteser-i-vanlig-mall-synligt", "skane", "1955-12-12", [
    N("n1", "inf_lund", "wendt", "2024-03-26T11:00", [
        ("Aktuellt", "Inneliggande för behandling av sen latent syfilis med iv penicillin. Ekokardiografi visar dilaterad aortarot 46 mm."),
        ("Tidiga hypoteser", "Sannolik kardiovaskulär syfilis (syfilitisk aortit), värderas vidare med DT aorta."),
        ("Planering", "DT aorta beställd. Thoraxkirurgisk konsult efter svar."),
    ], template="Daganteckning", setting="slutenvård")], must=[("NL102", "n1")],
  why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Daganteckning is visible")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1982-08-31", [
    N("n1", "inf_skovde", "mattsson", "2024-04-30T14:40", [
        ("Bedömning", "Nedsatt hörsel hö sedan 3 veckor hos pat med obehandlad tidig syfilis. Trolig otosyfilis, ÖNH-konsult och LP planeras."),
    ], template="Tidiga hypoteser")], must=[("NL102", "n1")],
  why="VGR protects by sökord: template named Tidiga hypoteser but the text sits under the visible sökord Bedömning")
C("vgr-lang-nydiagnostiserad-hiv-trol-pcp", "vgr", "1970-04-18", [
    N("n1", "inf_ostra_avd", "lundgren", "2024-10-14T17:20", [
        ("Inskrivningsorsak", "Remitterad från Medicinakuten Mölndal med torrhosta, feber och ansträngningsdyspné sedan 3 veckor. "
                              "HIV-diagnos ställd på vårdcentral för 2 veckor sedan, pat informerad där och har träffat kurator."),
        ("Anamnes", "Född i Thailand, bor i Sverige sedan 2009. Gift, en vuxen son. Röker ej. Tidigare frisk, inga läkemedel. "
                    "Viktnedgång ca 8 kg sedan sommaren. Svampbeläggningar i munnen sedan en månad. Ingen TB-exponering känd."),
        ("Status", "AT: Tunn, lätt dyspné vid tal. Temp 38,2. AF 24. SaO2 93 % i vila, 86 % efter promenad i korridoren. "
                   "Munhåla: vita avskrapbara beläggningar på tunga och gom. Cor: RR, inga blåsljud. Pulm: vesikulära andningsljud, "
                   "inga rassel. Buk: mjuk, oöm. Lgl: små lgl på halsen bilat. Neuro: ua. Hud: seborroiskt eksem i ansiktet."),
        ("Lab", "CD4 40, HIV-RNA 480 000 kopior/ml. Hb 112, CRP 48, LD 520. Rtg pulm: bilat diffusa interstitiella förtätningar. "
                "Artärgas: pO2 8,1 kPa."),
        ("Bedömning", "Avancerad HIV-infektion med lågt CD4. Trol. PCP (Pneumocystis-pneumoni) med hypoxi. "
                      "Orofaryngeal candidos. TB och CMV-pneumonit behöver värderas parallellt."),
        ("Åtgärd", "Bronkoskopi med BAL i morgon (PCR P. jirovecii, TB-odling, CMV). Trimetoprim-sulfa högdos iv startas ikväll, "
                   "prednisolon enligt PM pga pO2 under 9,3. Flukonazol. Syrgas till mättnad över 92 %."),
        ("Planering", "Antiretroviral behandling startas inom 2 veckor när PCP-behandling är etablerad. "
                      "Resistensbestämning och HLA-B*5701 skickade. Kurator kontaktas åter för stödsamtal under vårdtiden."),
    ], template="Inskrivningsanteckning", setting="slutenvård")], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="long admission chart: 'Trol. PCP' hedged in visible Bedömning; the HIV diagnosis itself was told earlier")

C("inf-lang-hiv-uppfoljning-susp-okular-syfilis", "skane", "1987-09-27", [
    N("n1", "hiv_lund", "nasser", "2024-11-12T10:30", [
        ("Aktuellt", "Planerat återbesök HIV-mottagningen. Pat tar Biktarvy sedan 2021 utan missade doser. Senaste HIV-RNA <20, CD4 610. "
                     "Berättar om dimsyn och ljuskänslighet vä öga sedan 10 dagar. Ingen huvudvärk."),
        ("Sexualanamnes", "Flera manliga partners sedan i somras, kondom sällan. Hade ett utslag på magen i september som inte kliade och gick över."),
        ("Status", "Gott AT. Hud: kvarvarande bruna fläckar på bålen. Munhåla: ua. Lgl: små i ljumskarna. "
                   "Ögon: lätt injicerat vä öga, pupiller lika, reagerar prompt. Neuro: kranialnerver ua, Romberg neg, gång ua."),
        ("Provsvar", "Syfilisserologi från idag ej klar. Förra året TPPA neg."),
        ("Bedömning", "Välbehandlad HIV. Synbesvär och anamnes på utslag gör att jag har susp. okulär syfilis, ev. med neurologisk engagemang."),
        ("Åtgärd", "Akut remiss till ögonkliniken SUS Lund, tid i eftermiddag. Syfilisserologi snabbsvar beställd. "
                   "LP planeras beroende på ögonfynd och serologi. Pat informerad om planen och instruerad att inte köra bil."),
        ("Planering", "Telefonkontakt i morgon med svar. Fortsatt Biktarvy. Nästa ordinarie HIV-kontroll om 6 månader. "
                      "Smittspårning startas om syfilis bekräftas, kurator Mats Ryd informerad."),
    ], template="Läkaranteckning")], must=[("NL102", "n1")],
  why="long HIV follow-up where only 'susp. okulär syfilis' is hedged, in visible Bedömning (Skåne Melior)")

C("ven-missankt-sekundarsyfilis-typo", "skane", "1980-01-19", [
    N("n1", "ven_hbg", "kovac", "2024-06-11T11:25", [
        ("Status", "Icke-kliande, rosa makulöst utslag på bålen, kondylomata lata perianalt. Plaque muqueuses i munhålan."),
        ("Bedömning", "Missänkt sekundärsyfilis. Serologi och PCR från kondylom skickade."),
    ])], must=[("NL102", "n1")],
  why="typo in the hedge: 'Missänkt sekundärsyfilis' in visible Bedömning still is a hypothesis (Skåne Melior)")

C("vgr-trolgi-genital-herpes-typo", "vgr", "2004-03-08", [
    N("n1", "hudsti_boras", "karlsson_ssk", "2024-02-20T10:05", [
        ("Telefonkontakt", "Pat ringer, stickande smärta och små blåsor vid blygdläpparna sedan igår. Har haft liknande för ett år sedan."),
        ("Bedömning", "Trolgi genital herpes, recidiv. Tid hos läkare för PCR i morgon bitti."),
    ], template="Telefonanteckning")], must=[("NL102", "n1")],
  why="typo in the hedge: 'Trolgi genital herpes' in a visible telephone note (VGR)")

C("akut-gonorre-kan-ej-utelsutas-typo", "skane", "1992-07-26", [
    N("n1", "akut_ystad", "bergdahl", "2024-07-21T23:40", [
        ("Anamnes", "Svullen, öm vä handled och ledvärk i flera leder sedan 2 dygn, feber. Oskyddat samlag med ny partner för ca 10 dagar sedan."),
        ("Status", "Temp 38,6. Tenosynovit vä handled. Enstaka pustler på fingrarna."),
        ("Bedömning", "Disseminerad gonorré kan ej utelsutas, DD septisk artrit av annan genes."),
        ("Åtgärd", "Blododlingar x2, NAAT från urin, svalg och rektum. Ceftriaxon 1 g iv, läggs in på infektion."),
    ], template="Akutanteckning", setting="akut", signed=None)], must=[("NL102", "n1")],
  why="unsigned draft; typo in the hedge 'kan ej utelsutas' for disseminated gonorrhoea in a visible section")

C("vgr-misstant-pid-akuten-typo", "vgr", "2005-11-02", [
    N("n1", "akut_alingsas", "wallin", "2024-09-03T19:55", [
        ("Aktuellt", "Buksmärtor nedtill sedan 2 dagar, feber 38,1 hemma, ökad flytning. Klamydia för ett halvår sedan."),
        ("Status", "Palpationsöm i nedre buken bilat, ingen défense. Gynundersökning ej möjlig på akuten."),
        ("Bedömning", "Misstänt PID. Gynjouren i Borås kontaktad, pat skickas dit för undersökning."),
    ], template="Akutanteckning", setting="akut")], must=[("NL102", "n1")],
  why="typo in the hedge: 'Misstänt PID' in visible Bedömning of a VGR emergency note")

C("inf-sannolkit-akut-hepatit-b-typo", "skane", "1978-04-04", [
    N("n1", "inf_krstd", "tran", "2024-05-22T13:35", [
        ("Anamnes", "Trötthet, illamående och mörk urin sedan 10 dagar. Ny partner sedan i vintras. Ovaccinerad mot hepatit."),
        ("Status", "Ikterisk i sclerae och hud. Lätt öm under hö arcus. Ingen encefalopati."),
        ("Lab", "ALAT 24, bilirubin 98, PK 1,2. HBsAg pos, anti-HBc IgM skickat."),
        ("Bedömning", "Sannolkit akut hepatit B. Leverfunktionen bevarad, kan följas polikliniskt."),
    ])], must=[("NL102", "n1")],
  why="typo in the hedge 'Sannolkit akut hepatit B' in visible Bedömning (Skåne Melior)")

C("vgr-telefon-ssk-ev-primar-hiv", "vgr", "1995-10-23", [
    N("n1", "inf_boras", "berg_ssk", "2024-03-05T08:15", [
        ("Telefonkontakt", "Pat ringer, hög feber, utslag och halsont sedan 4 dagar. Kondomen sprack med okänd partner för 2,5 v sedan, tog ingen PEP."),
        ("Bedömning", "Ssk bedömer ev. primär HIV-infektion. Akuttid hos infektionsläkare idag kl 11 bokad."),
    ], template="Telefonanteckning")], must=[("NL102", "n1")],
  why="nurse triage note: 'ev. primär HIV-infektion' is a hedged diagnosis in a visible VGR section")

C("ven-diagnos-gonorre-fragetecken", "skane", "1988-06-14", [
    N("n1", "ven_malmo", "ohlsson", "2024-12-03T14:50", [
        ("Aktuellt", "Rektala besvär med slem och klåda sedan 10 dagar. Partner nyligen behandlad för STI, pat vet ej vilken."),
        ("Diagnos", "Proktit. Gonorré?"),
        ("Åtgärd", "Proktoskopi med prover för gonorré och klamydia. Återkommer med svar via 1177."),
    ])], must=[("NL102", "n1")],
  why="the sökord Diagnos holds 'Gonorré?' as an open question beside a confirmed proktit (Skåne Melior)")

# ================================================================ NL102 negatives
C("ven-ingen-misstanke-om-syfilis-herpes-bekraftad", "skane", "1997-01-28", [
    N("n1", "ven_malmo", "lindqvist", "2024-02-13T09:45", [
        ("Status", "Multipla ömma erosioner på glans, några med kvarvarande blåstak. Ömma lgl i ljumskarna."),
        ("Provsvar", "HSV-1 PCR positiv från sår. Syfilisserologi negativ."),
        ("Bedömning", "Genital herpes, primärinfektion med HSV-1. Ingen misstanke om syfilis då såren är ömma och multipla och serologin negativ."),
    ])], must_not=[("NL102", "n1")],
  why="confirmed herpes plus 'Ingen misstanke om syfilis': a negated diagnosis does not trigger NL102")

C("vgr-hiv-kan-uteslutas-efter-fonsterperiod", "vgr", "1993-04-11", [
    N("n1", "sexh_su", "karlsson_ssk", "2024-03-14T15:30", [
        ("Provsvar", "HIV Ag/Ak kombinationstest negativt, taget 7 veckor efter exponeringen i januari."),
        ("Bedömning", "HIV-infektion kan därmed uteslutas, ingen ny provtagning behövs för denna exponering."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL102", "n1")],
  why="'kan därmed uteslutas' is a ruled-out diagnosis, not a hypothesis (VGR)")

C("hud-inga-tecken-pa-kondylom-eller-herpes", "skane", "2000-12-19", [
    N("n1", "hud_lund", "strand", "2024-04-09T13:20", [
        ("Aktuellt", "Pat orolig efter samlag med ny partner som berättat att han haft vårtor."),
        ("Status", "Noggrann inspektion av vulva, perineum och perianalt: inga tecken på kondylom, herpes eller sår."),
        ("Information", "Förklarat att vårtor kan dyka upp först efter månader. HPV-vaccination rekommenderas, hon har bara fått en dos."),
    ], template="Mottagningsanteckning")], must_not=[("NL102", "n1")],
  why="'inga tecken på kondylom, herpes' negates the diagnoses; no hedge about the patient stands")

C("vgr-talar-emot-pid", "vgr", "1998-09-05", [
    N("n1", "kk_kungalv", "sjoberg", "2024-06-27T11:50", [
        ("Aktuellt", "Lätt molande värk i nedre buken och blödning efter samlag. Klamydia pos på ungdomsmottagningen förra veckan, påbörjat doxycyklin."),
        ("Status", "Afebril. Ingen portioflyttningsömhet, adnexa oömma. CRP <5."),
        ("Bedömning", "Okomplicerad klamydiacervicit. Fynden talar emot PID, fortsätter doxycyklin som ordinerat."),
    ])], must_not=[("NL102", "n1")],
  why="'talar emot PID' is a negated diagnosis; the chlamydia is confirmed (VGR)")

C("ven-gonorre-avskrivs", "skane", "1990-03-16", [
    N("n1", "ven_hbg", "hammar", "2024-01-25T10:15", [
        ("Provsvar", "Gonorré-odling negativ, NAAT negativ från uretra och svalg. Klamydia negativ."),
        ("Bedömning", "Gonorré avskrivs. Symtomen har gått över efter given behandling, sannolikt ospecifik irritation."),
    ], template="Telefonanteckning")], must_not=[("NL102", "n1")],
  why="'Gonorré avskrivs' is a ruled-out diagnosis; the remaining hedge concerns a non-disease irritation")

C("vgr-partnern-misstanks-ha-gonorre", "vgr", "2002-02-02", [
    N("n1", "ven_su", "yilmaz_ssk", "2024-05-08T09:25", [
        ("Telefonkontakt", "Pat ringer då hennes pojkvän enligt honom själv misstänks ha gonorré efter besök på en vårdcentral. Hon har inga symtom."),
        ("Åtgärd", "Tid för provtagning i morgon kl 08.30. Avrått från samlag tills båda har svar."),
    ], template="Telefonanteckning")], must_not=[("NL102", "n1")],
  why="the suspected gonorrhoea belongs to the partner, not the patient")

C("ven-partnern-trol-klamydia-pat-negativ", "skane", "1999-07-07", [
    N("n1", "ven_hbg", "holm_ssk", "2024-08-06T14:00", [
        ("Smittspårning", "Pat uppgiven som kontakt. Indexpartnern har trol. klamydia enligt den behandlande mottagningen, slutligt svar saknas där."),
        ("Provsvar", "Pat själv klamydia- och gonorré-NAAT negativa från idag."),
        ("Åtgärd", "Epidemiologisk behandling erbjuds ej då pat testats mer än 2 veckor efter senaste kontakt."),
    ], template="Smittspårningsanteckning")], must_not=[("NL102", "n1")],
  why="hedged chlamydia of the index partner; the patient's own tests are negative")

C("vgr-barn-mor-trol-smittad-hepatit-b", "vgr", "2016-04-25", [
    N("n1", "dsbus", "abdi", "2024-02-29T10:45", [
        ("Bakgrund", "7-årig flicka, remiss för screening. Familjen kom från Somalia i höstas. Modern har kronisk hepatit B, trol. smittad i barndomen."),
        ("Provsvar", "Barnet: HBsAg neg, anti-HBc neg, anti-HBs <10."),
        ("Planering", "Hepatit B-vaccination tre doser, första ges idag. Syskonen kallas."),
    ])], must_not=[("NL102", "n1")],
  why="child note: the hedge 'trol. smittad' is about the mother's infection; the child is negative")

C("hud-ev-remiss-kryo-kondylom-bekraftade", "skane", "1996-11-11", [
    N("n1", "hud_lund", "tran", "2024-03-12T10:40", [
        ("Status", "Ett tjugotal typiska kondylom på penisskaftet och i pubesbehåringen."),
        ("Bedömning", "Kondylom. Imiquimod kräm 3 ggr/v i upp till 16 veckor."),
        ("Planering", "Ev. remiss till hudmottagningens sköterskor för kryobehandling om ingen effekt efter 8 veckor."),
    ], template="Mottagningsanteckning")], must_not=[("NL102", "n1")],
  why="the only hedge is 'Ev. remiss' (a plan); the condyloma diagnosis is stated without hedge")

C("vgr-trolig-utskrivning-neurosyfilis-behandling", "vgr", "1964-02-17", [
    N("n1", "inf_ostra_avd", "lundgren", "2024-04-11T13:05", [
        ("Aktuellt", "Dag 12 av 14 med iv bensylpenicillin för neurosyfilis, diagnos ställd med likvor-VDRL. Mår bra, synen bättre."),
        ("Planering", "Trolig utskrivning på lördag efter sista dosen. Återbesök med ny LP om 6 månader."),
    ], template="Daganteckning", setting="slutenvård")], must_not=[("NL102", "n1")],
  why="'Trolig utskrivning' hedges a plan; the neurosyphilis is confirmed (VGR)")

C("ven-om-nya-sar-sok-for-syfilisprov", "skane", "1983-05-05", [
    N("n1", "ven_malmo", "ohlsson", "2024-05-16T16:10", [
        ("Provsvar", "Syfilisserologi negativ vid 12 veckor efter exponering, HIV neg."),
        ("Information", "Om nya sår på könsorganen eller utslag i handflatorna, sök för ny syfilisprovtagning. Pat har PrEP-besök i augusti."),
    ], template="Telefonanteckning")], must_not=[("NL102", "n1")],
  why="conditional advice ('Om nya sår … sök för ny syfilisprovtagning') is no hypothesis about the patient")

C("vgr-klamydia-konfirmerad-behandlad", "vgr", "2003-01-30", [
    N("n1", "sexh_su", "dahl_bm", "2024-01-16T11:30", [
        ("Diagnos", "Klamydia, konfirmerad med NAAT från vaginalprov."),
        ("Åtgärd", "Doxycyklin 100 mg 1x2 i 7 dagar förskrivet. Pat instruerad om samlagsuppehåll under behandlingen."),
        ("Smittspårning", "Två partners uppgivna, båda kontaktas av mottagningen."),
    ], template="Barnmorskeanteckning")], must_not=[("NL102", "n1")],
  why="confirmed chlamydia with no hedge anywhere (VGR)")

C("inf-skane-mall-tidiga-hypoteser-skyddad", "skane", "1974-08-08", [
    N("n1", "inf_lund", "wendt", "2024-06-19T10:20", [
        ("Bedömning", "Sannolik neurosyfilis mot bakgrund av minnessvikt och positiv serologi. LP-svar inväntas innan detta tas upp med pat."),
    ], template="Tidiga hypoteser")], must_not=[("NL102", "n1")],
  why="Skåne: the hedged diagnosis sits in a note with template Tidiga hypoteser, which is protected")

C("vgr-sokord-tidiga-hypoteser-skyddad", "vgr", "1969-10-10", [
    N("n1", "inf_nal", "petrovic", "2024-07-23T14:30", [
        ("Aktuellt", "Kontroll efter avslutad hepatit C-behandling. Mår bra, inga biverkningar."),
        ("Provsvar", "HCV-RNA ej påvisbart 12 veckor efter avslutad behandling."),
        ("Tidiga hypoteser", "Trombocyter 98 och splenomegali på ultraljud, möjlig levercirros trots låg elastografi i fjol."),
        ("Planering", "Ny elastografi och gastroskopi för varicer beställda."),
    ])], must_not=[("NL102", "n1")],
  why="VGR: the hedged cirrhosis stands only under the protected sökord Tidiga hypoteser; visible sections have none")

C("um-pmo-misstankt-klamydia", "skane", "2006-03-22", [
    N("n1", "um_malmo", "sund_bm", "2024-02-01T15:40", [
        ("Besöksorsak", "Sveda när hon kissar och lite blödning efter samlag. Ny kille sedan jul, kondom ibland."),
        ("Bedömning", "Misstänkt klamydia. Prov taget, svar via 1177 om ca 1 vecka."),
    ], template="Besöksanteckning", system="PMO")], must_not=[("NL102", "n1")],
  why="PMO never shows diagnoses: 'Misstänkt klamydia' at a Skåne ungdomsmottagning is must_not NL102")

C("um-pmo-trol-herpes", "skane", "2005-06-30", [
    N("n1", "um_lund", "falk_bm", "2024-04-17T10:25", [
        ("Anamnes", "Små sår och blåsor i underlivet sedan 3 dagar, svider mycket."),
        ("Bedömning", "Trol. genital herpes. Läkare på ungdomsmottagningen tittar i eftermiddag och tar PCR."),
    ], template="Besöksanteckning", system="PMO")], must_not=[("NL102", "n1")],
  why="PMO ungdomsmottagning note: hedged herpes is not shown, so no NL102")

C("vc-pmo-susp-gonorre", "skane", "1987-12-01", [
    N("n1", "vc_linero", "bergdahl", "2024-10-29T09:15", [
        ("Aktuellt", "Flytning från urinröret sedan i förrgår efter oskyddat samlag på tjänsteresa."),
        ("Bedömning", "Uretrit, susp. gonorré. Remiss till STI-mottagningen Helsingborg för odling och behandling samma dag."),
    ], template="Besöksanteckning", system="PMO")], must_not=[("NL102", "n1")],
  why="vårdcentral PMO note with 'susp. gonorré': PMO hides diagnoses")

C("bmm-pmo-ev-kondylom", "skane", "1994-08-18", [
    N("n1", "bmm_hlm", "sund_bm", "2024-11-20T13:45", [
        ("Aktuellt", "Gravid v 24. Knottriga förändringar vid slidöppningen som hon upptäckt själv."),
        ("Status", "Två små papillomatösa förändringar vid fourchetten, ev. kondylom."),
        ("Planering", "Tar upp vid läkarbesök på barnmorskemottagningen om 2 veckor."),
    ], template="Barnmorskeanteckning", system="PMO")], must_not=[("NL102", "n1")],
  why="barnmorskemottagning in Skåne uses PMO: 'ev. kondylom' is not shown, so no NL102")

C("vgr-symtom-ev-sveda-inga-diagnoser", "vgr", "1991-12-24", [
    N("n1", "hudsti_boras", "yilmaz_ssk", "2024-02-06T09:00", [
        ("Kontaktorsak", "Vill testa sig efter avslutad relation."),
        ("Anamnes", "Osäker på om hon haft lätt sveda vid miktion, ev. ökad flytning senaste veckan. Inga sår eller blåsor."),
        ("Provtagning", "Klamydia och gonorré från vagina, HIV och syfilis i blod."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL102", "n1")],
  why="hedges only symptoms ('ev. ökad flytning', 'osäker på om … sveda'); no diagnosis is hedged")

C("ven-fynd-ev-rodnad-utan-diagnos", "skane", "1986-10-16", [
    N("n1", "ven_hbg", "kovac", "2024-09-17T15:20", [
        ("Status", "Ev. lätt rodnad kring uretramynningen, ingen flytning. Testiklar oömma. Inga lgl."),
        ("Åtgärd", "Urinprov för NAAT. Svar per sms."),
    ])], must_not=[("NL102", "n1")],
  why="the hedge 'Ev. lätt rodnad' concerns a finding, not a disease")

C("vgr-primar-syfilis-kan-uteslutas", "vgr", "1977-06-21", [
    N("n1", "inf_skovde", "nyberg", "2024-08-20T10:30", [
        ("Provsvar", "T. pallidum-PCR från sår negativ. Syfilisserologi negativ både vid första besöket och efter 12 veckor."),
        ("Bedömning", "Primär syfilis kan uteslutas. Såret var en traumatisk erosion som läkt."),
    ])], must_not=[("NL102", "n1")],
  why="'Primär syfilis kan uteslutas' (without 'ej') is a ruled-out diagnosis, a near miss of 'kan ej uteslutas'")

C("hud-ej-forenligt-med-herpes-fissur", "skane", "2001-08-03", [
    N("n1", "hud_lund", "strand", "2024-05-02T11:10", [
        ("Status", "Lineär, ytlig spricka i bakre kommissuren, ingen blåsa, ingen lgl-förstoring."),
        ("Bedömning", "Bilden är inte förenlig med herpes. Fissur efter samlag, läker spontant. Glidmedel rekommenderas."),
    ], template="Mottagningsanteckning")], must_not=[("NL102", "n1")],
  why="'inte förenlig med herpes' negates the hedge phrase; the fissure is a confirmed diagnosis")

C("vgr-ingen-bild-som-vid-sekundar-syfilis", "vgr", "1985-03-27", [
    N("n1", "inf_boras", "mattsson", "2024-10-01T14:20", [
        ("Anamnes", "Kliande utslag på armar och bål sedan en vecka. Behandlad för tidig syfilis i maj med adekvat titerfall."),
        ("Status", "Excorierade papler, inga palmara eller plantara lesioner, slemhinnor ua."),
        ("Bedömning", "Ingen bild som vid sekundär syfilis, utslaget är ett atopiskt eksem. Grupp III-steroid utskriven."),
    ])], must_not=[("NL102", "n1")],
  why="'Ingen bild som vid sekundär syfilis' is a negated hedge; eczema is confirmed")

C("ven-ingen-missanke-om-gonorre-typo", "skane", "1995-02-08", [
    N("n1", "ven_malmo", "ek_ssk", "2024-03-28T13:55", [
        ("Kontaktorsak", "Testning inför ny relation, inga symtom."),
        ("Bedömning", "Ingen missanke om gonorré eller klamydia. Rutinprover tagna, svar via 1177."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL102", "n1")],
  why="typo in the negation 'Ingen missanke om gonorré' still rules out the diagnosis")

C("vgr-fragestallning-pep-ingen-diagnos", "vgr", "1996-05-15", [
    N("n1", "akut_alingsas", "gustafsson", "2024-07-14T03:10", [
        ("Kontaktorsak", "Frågeställning: behov av PEP? Oskyddat analsamlag med man med okänd HIV-status för 20 timmar sedan."),
        ("Bedömning", "PEP indicerat enligt RAV. Första dos tenofovir/emtricitabin + dolutegravir given på akuten."),
        ("Planering", "Tid på infektionsmottagningen Borås på måndag. Basprover tagna."),
    ], template="Akutanteckning", setting="akut")], must_not=[("NL102", "n1")],
  why="'Frågeställning: behov av PEP?' asks about a treatment, not a diagnosis of the patient")

C("ven-trolig-smittkalla-gonorre-bekraftad", "skane", "1973-09-01", [
    N("n1", "ven_hbg", "hammar", "2024-02-22T10:05", [
        ("Provsvar", "Gonorré odling positiv från uretra, känslig för ceftriaxon."),
        ("Smittspårning", "Trolig smittkälla är en partner under semester i Thailand i januari, ej spårbar. Hustrun provtas i morgon."),
    ], template="Smittspårningsanteckning")], must_not=[("NL102", "n1")],
  why="'Trolig smittkälla' hedges where the infection came from; the gonorrhoea is confirmed")

C("vgr-prep-fragetecken-aterbesok-fragetecken", "vgr", "1999-11-09", [
    N("n1", "ven_su", "wallin", "2024-09-26T16:00", [
        ("Aktuellt", "STI-kontroll, alla prover negativa förra gången. Flera nya partners sedan dess."),
        ("Planering", "PrEP? Pat vill fundera, information skickas via 1177. Återbesök om 3 eller 6 mån?"),
    ])], must_not=[("NL102", "n1")],
  why="question marks stand on PrEP and on the follow-up interval, neither of which is a diagnosis")

C("hiv-ny-diagnos-bekraftad-och-meddelad", "skane", "1990-06-02", [
    N("n1", "hiv_lund", "nasser", "2024-04-04T13:30", [
        ("Diagnos", "Nydiagnostiserad HIV-1-infektion, CD4 320, HIV-RNA 54 000."),
        ("Samtal", "Diagnosen meddelad vid besök idag tillsammans med kurator. Pat tog beskedet lugnt, har stöd av sin syster."),
        ("Planering", "Start av dolutegravir/lamivudin efter resistensbesked. Smittspårning påbörjad."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="confirmed and communicated HIV diagnosis: neither a hypothesis nor an untold diagnosis")

C("inf-trol-immun-hepatit-b-efter-vaccin", "skane", "1982-01-25", [
    N("n1", "inf_krstd", "tran", "2024-06-25T10:50", [
        ("Aktuellt", "PrEP-start. Vaccinerad mot hepatit A och B 2015 enligt vaccinationskort."),
        ("Bedömning", "Trol. immun mot hepatit B efter vaccinationen, anti-HBs tas för kontroll. HIV, syfilis och hepatit C negativa."),
    ])], must_not=[("NL102", "n1")],
  why="'Trol. immun' hedges an immunity status, not a disease")

C("vgr-ingen-klinisk-misstanke-om-akut-hiv", "vgr", "1994-09-19", [
    N("n1", "inf_boras", "nyberg", "2024-11-14T14:10", [
        ("Anamnes", "Orolig efter kondomsprickning för 5 veckor sedan. Haft en lätt förkylning förra veckan."),
        ("Bedömning", "Ingen klinisk misstanke om akut HIV. HIV-test tas ändå på pats begäran, svar inom 2 dagar."),
    ])], must_not=[("NL102", "n1")],
  why="'Ingen klinisk misstanke om akut HIV' is a negated diagnosis")

C("ven-mgen-misstanken-avskrivs", "skane", "1989-04-30", [
    N("n1", "ven_malmo", "lindqvist", "2024-08-27T11:35", [
        ("Provsvar", "Mycoplasma genitalium negativ vid två tillfällen, även trichomonas negativ."),
        ("Bedömning", "Misstanken om mykoplasma avskrivs. Besvären tolkas som kronisk prostatasmärta, remiss urolog."),
    ])], must_not=[("NL102", "n1")],
  why="'Misstanken om mykoplasma avskrivs' withdraws the hypothesis")

C("vgr-epikris-fynden-talar-inte-for-neurosyfilis", "vgr", "1959-12-06", [
    N("n1", "inf_ostra_avd", "abdi", "2024-05-24T15:00", [
        ("Epikris", "Inlagd för utredning av yrsel hos pat med känd latent syfilis. LP: normala celler och protein, VDRL neg i likvor. "
                    "Fynden talar inte för neurosyfilis. Yrseln bedöms vara benign lägesyrsel, manövrer utförda med god effekt. "
                    "Latent syfilis behandlad med bensatinpenicillin x3 under vårdtiden."),
    ], template="Epikris", setting="slutenvård")], must_not=[("NL102", "n1")],
  why="'Fynden talar inte för neurosyfilis' negates the hypothesis; other diagnoses are confirmed")

C("sprut-skulle-hcv-rna-vara-positivt", "skane", "1991-02-14", [
    N("n1", "sprut_malmo", "holm_ssk", "2024-09-05T12:05", [
        ("Aktuellt", "Årlig provtagning. Delat sprutor en gång i våras."),
        ("Planering", "Skulle HCV-RNA vara positivt bokas läkarbesök för behandling inom en månad. Hepatit B-vaccination dos 2 given idag."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL102", "n1")],
  why="hypothetical ('Skulle HCV-RNA vara positivt …') is no hypothesis about a diagnosis")

C("vc-pmo-dd-herpes-syfilis", "skane", "1965-05-19", [
    N("n1", "vc_sjobo", "wendt", "2024-12-10T08:55", [
        ("Status", "Solitärt sår 5 mm på blygdläppen, lätt ömt."),
        ("Bedömning", "DD herpes, primär syfilis. PCR och serologi tas, svar om en vecka."),
    ], template="Besöksanteckning", system="PMO")], must_not=[("NL102", "n1")],
  why="PMO vårdcentral note listing differentials: PMO never shows diagnoses")

C("inf-lang-hiv-kontroll-allt-bekraftat-plan-hedges", "skane", "1962-03-09", [
    N("n1", "hiv_lund", "wendt", "2024-10-17T09:30", [
        ("Aktuellt", "Halvårskontroll. HIV sedan 1998, välbehandlad med dolutegravir/lamivudin sedan 2020. Senaste HIV-RNA <20, CD4 720. "
                     "Kronisk hepatit B sedan 90-talet, HBV-DNA ej påvisbart. Typ 2-diabetes på metformin, HbA1c 52."),
        ("Anamnes", "Mår bra. Tränar på gym tre gånger i veckan. Lever ensam, har en fast partner som vet om diagnosen och själv tar PrEP. "
                    "Tycker det blir tjatigt med tabletter och frågar om injektionsbehandling."),
        ("Status", "AT gott. BT 138/84. Vikt 86 kg, oförändrad. Cor, pulm ua. Munhåla ua. Inga lipodystrofiska fynd."),
        ("Provsvar", "Krea 88, eGFR 84. ALAT 0,5. Lipider: LDL 3,4. Syfilisserologi neg."),
        ("Bedömning", "Välkontrollerad HIV och hepatit B. Lätt förhöjt LDL. "
                      "Långverkande cabotegravir/rilpivirin är inte lämpligt pga hepatit B, då tenofovir behövs."),
        ("Planering", "Ev. byte till bictegravir/emtricitabin/tenofoviralafenamid för att täcka båda virus med en tablett, diskuteras vid nästa besök. "
                      "Statin eventuellt, pat vill först försöka med kost. Trolig nästa kontroll i april. Ultraljud lever årligen pga hepatit B."),
    ])], must_not=[("NL102", "n1")],
  why="long HIV chart where every diagnosis is confirmed and every hedge ('Ev. byte', 'eventuellt', 'Trolig nästa kontroll') is a plan")

C("vgr-lang-prep-start-inga-hypoteser", "vgr", "2000-07-22", [
    N("n1", "ven_su", "sjoberg", "2024-05-30T13:15", [
        ("Kontaktorsak", "Egen vårdbegäran via 1177 för PrEP. Man 23 år, har sex med män."),
        ("Sexualanamnes", "Ca 10 manliga partners senaste halvåret, kondom sällan vid analsex. En gonorré i svalget i fjol, behandlad. "
                          "Tagit PEP en gång för 2 år sedan."),
        ("Övrig anamnes", "Frisk. Inga läkemedel. Inga allergier. Alkohol i helgerna, ingen chemsex enligt pat."),
        ("Status", "Gott AT. Hud och slemhinnor ua. Inga förstorade lgl."),
        ("Provtagning", "HIV Ag/Ak, syfilis, HBsAg, anti-HCV, kreatinin, urinsticka. NAAT klamydia/gonorré från svalg, rektum och urin."),
        ("Bedömning", "Uppfyller kriterier för PrEP. HIV-testet från idag måste vara negativt före start."),
        ("Planering", "Eventuellt händelsestyrd PrEP längre fram, pat börjar med daglig dosering. Trolig start nästa vecka när svar finns. "
                      "Hepatit A- och B-vaccination erbjuds om ej immun. Kontroll var tredje månad med STI-provtagning. "
                      "Information om kondom för skydd mot andra STI given, skriftlig information från RFSL."),
    ])], must_not=[("NL102", "n1")],
  why="long PrEP start chart: the hedges (Eventuellt, Trolig start) concern plans; no diagnosis is hedged (VGR)")

C("ven-lang-mall-tidiga-hypoteser-flera-hedges", "skane", "1975-11-30", [
    N("n1", "ven_malmo", "ohlsson", "2024-07-16T15:40", [
        ("Anamnes", "Tredje besöket i år för diffusa besvär i underlivet: brännande känsla, klåda, oro för att ha smittats av något. "
                    "Upprepade prover för klamydia, gonorré, mykoplasma, trichomonas, herpes, syfilis och HIV har varit negativa."),
        ("Bedömning", "Möjlig vulvodyni. Ångestsyndrom med sjukdomsoro kan inte uteslutas, men detta behöver byggas upp i samtal innan det tas upp. "
                      "Misstänkt även lichen sclerosus, biopsi övervägs."),
        ("Plan", "Remiss gynekolog med vulvaspecialitet. Samtal om psykologkontakt vid nästa besök."),
    ], template="Tidiga hypoteser")], must_not=[("NL102", "n1")],
  why="Skåne Tidiga hypoteser template protects several hedged diagnoses in one note")

C("vgr-bror-trol-hepatit-c-pat-negativ", "vgr", "1988-08-28", [
    N("n1", "inf_boras", "mattsson", "2024-12-04T11:20", [
        ("Anamnes", "Vill testa sig för blodsmitta. Bror missbrukar och har trol. hepatit C, de har delat rakhyvel."),
        ("Provsvar", "Anti-HCV neg, HBsAg neg, HIV neg."),
        ("Bedömning", "Ingen blodsmitta. Inget behov av uppföljning."),
    ])], must_not=[("NL102", "n1")],
  why="the hedged hepatitis C is the brother's; the patient's tests are negative")

C("inf-inga-tekcen-pa-sekundar-syfilis-typo", "skane", "1986-06-10", [
    N("n1", "inf_malmo", "kovac", "2024-01-11T14:45", [
        ("Status", "Hud i handflator och på bål utan anmärkning. Inga slemhinneförändringar."),
        ("Bedömning", "Inga tekcen på sekundär syfilis. Partnerns syfilis var primär och pat behandlas epidemiologiskt med en dos bensatinpenicillin."),
    ])], must_not=[("NL102", "n1")],
  why="typo in the negation 'Inga tekcen på sekundär syfilis'; the partner's syphilis is confirmed")

# ================================================================ NL101 positives
C("ven-tel-klamydia-pos-ej-natt-ej-informerad", "skane", "2004-10-14", [
    N("n1", "ven_malmo", "ek_ssk", "2024-03-18T10:35", [
        ("Telefonkontakt", "Klamydia positiv från vaginalprov taget 12/3. Sökt pat på mobilen två gånger utan svar, inget 1177-meddelande skickat ännu. "
                           "Pat ej informerad. Nytt försök i eftermiddag."),
    ], template="Telefonanteckning")], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="confirmed chlamydia stands visibly while the note says the patient is not yet informed")

C("vgr-gonorre-rektum-annu-ej-besked", "vgr", "1992-12-11", [
    N("n1", "ven_su", "berg_ssk", "2024-04-24T14:20", [
        ("Provsvar", "Gonorré-NAAT positiv från rektum, odling med resistensbestämning pågår. Svalg och urin negativa."),
        ("Åtgärd", "Pat har ännu inte fått besked, ringer inte upp på inlämnat nummer. Ny telefontid bokad i morgon kl 09."),
    ], template="Sjuksköterskeanteckning")], must=[("NL101", "n1")],
  why="positive rectal gonorrhoea in a visible section and 'har ännu inte fått besked'")

C("inf-hiv-konfirmerad-besked-personligen", "skane", "1983-07-31", [
    N("n1", "inf_malmo", "nasser", "2024-01-09T16:05", [
        ("Provsvar", "HIV-1 konfirmerad: linjeblot positiv, HIV-RNA 85 000 kopior/ml. Provet togs vid hälsoundersökning på vårdcentral."),
        ("Bedömning", "HIV-1-infektion. Pat är ännu inte informerad – beskedet ska ges personligen vid besök 11/1 tillsammans med kurator."),
        ("Åtgärd", "Kallad per telefon till besök utan att diagnosen nämnts."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="confirmed HIV-1 in visible Bedömning while the patient 'är ännu inte informerad'")

C("vgr-sekundar-syfilis-vet-annu-inte", "vgr", "1981-05-09", [
    N("n1", "inf_skovde", "lundgren", "2024-03-04T12:10", [
        ("Provsvar", "TPPA pos, RPR 1:64."),
        ("Bedömning", "Sekundär syfilis. Pat vet ännu inte om svaret, informeras vid återbesöket på torsdag då behandling ges."),
    ])], must=[("NL101", "n1")],
  why="secondary syphilis stated in Bedömning while 'Pat vet ännu inte om svaret' (VGR)")

C("inf-kronisk-hepatit-c-ej-nabar-typo", "skane", "1971-09-18", [
    N("n1", "inf_hbg", "kovac", "2024-05-07T10:00", [
        ("Provsvar", "HCV-RNA 2,1 milj IU/ml, genotyp 3a."),
        ("Bedömning", "Kronisk hepatit C. Pat ej nåbar på telefon, ännu ej informerd. Brev med kallelse till läkarbesök skickat."),
    ])], must=[("NL101", "n1")],
  why="chronic hepatitis C stated while the patient is 'ej informerd' (typo in the key word)")

C("vgr-kronisk-hepatit-b-tolk-inte-fatt-veta", "vgr", "1979-02-20", [
    N("n1", "inf_ostra", "abdi", "2024-06-12T15:25", [
        ("Provsvar", "HBsAg positivt vid två tillfällen med 7 mån mellanrum, HBeAg neg, HBV-DNA 1 800 IU/ml."),
        ("Bedömning", "Kronisk hepatit B, inaktiv bärare. Pat har inte fått veta detta; tigrinjatolk krävs och bokas till besöket 20/6."),
    ])], must=[("NL101", "n1")],
  why="chronic hepatitis B in visible Bedömning and 'Pat har inte fått veta detta'")

C("ven-mgen-makrolidresistent-ej-informerad", "skane", "1997-03-13", [
    N("n1", "ven_hbg", "holm_ssk", "2024-07-30T09:50", [
        ("Provsvar", "Mycoplasma genitalium positiv med makrolidresistensmutation."),
        ("Telefonkontakt", "Pat ej informerad ännu – läkare ska först ta ställning till moxifloxacin, därefter ringer ssk."),
    ], template="Telefonanteckning")], must=[("NL101", "n1")],
  why="positive Mycoplasma genitalium in a visible note while the patient is 'ej informerad ännu'")

C("vgr-hsv2-besked-vid-besok", "vgr", "1990-10-02", [
    N("n1", "hudsti_boras", "petrovic", "2024-08-15T13:40", [
        ("Provsvar", "HSV-2 PCR positiv från sår taget 9/8 – genital herpes typ 2."),
        ("Planering", "Pat önskade få svaret vid besök och inte per telefon. Ej informerad ännu, besök 19/8."),
    ])], must=[("NL101", "n1")],
  why="confirmed genital herpes type 2 stated; the patient is not informed yet by her own wish")

C("kk-klamydia-cervix-ej-infomerad-typo", "skane", "1993-12-07", [
    N("n1", "kk_malmo", "falk_bm", "2024-02-19T11:15", [
        ("Provsvar", "Klamydia positiv i prov taget vid inläggning av spiral 14/2."),
        ("Åtgärd", "Pat ej infomerad, söks i morgon. Doxycyklin förskrivet till apotek."),
    ], template="Barnmorskeanteckning")], must=[("NL101", "n1")],
  why="chlamydia in a visible Skåne Melior note with 'ej infomerad' (typo in the key word)")

C("vgr-gravid-syfilis-screening-ej-informerad", "vgr", "1995-01-23", [
    N("n1", "smvc_su", "lind_bm", "2024-09-12T10:20", [
        ("Provsvar", "Syfilisscreening vid inskrivning i v 11: TPPA och RPR positiva, RPR 1:32."),
        ("Bedömning", "Syfilis hos gravid. Patienten är inte informerad än; överläkare på infektion kontaktad och besked lämnas av läkare i morgon."),
    ], template="Barnmorskeanteckning")], must=[("NL101", "n1")],
  why="syphilis in pregnancy stated visibly while 'Patienten är inte informerad än' (VGR)")

C("ven-tva-anteckningar-syfilis-forst-ej-informerad-sen-informerad", "skane", "1984-04-16", [
    N("n1", "ven_malmo", "lindqvist", "2024-10-01T15:30", [
        ("Provsvar", "TPPA pos, RPR 1:8 – tidig latent syfilis. Pat ej informerad, kallas till läkarbesök på fredag."),
    ]),
    N("n2", "ven_malmo", "lindqvist", "2024-10-04T09:20", [
        ("Aktuellt", "Pat informerad idag om tidig latent syfilis. Frågor om smittsamhet besvarade."),
        ("Åtgärd", "Bensatinpenicillin 2,4 milj IE im given. Smittspårning via kurator Eva Åkesson."),
    ]),
  ], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="the first note withholds the syphilis diagnosis; the later note tells the patient")

C("vgr-kontakt-till-index-hiv-positiv-ej-informerad", "vgr", "1975-08-04", [
    N("n1", "inf_nal", "gustafsson", "2024-02-14T11:45", [
        ("Smittspårning", "Pat uppgiven som kontakt till indexfall med HIV. Provtagen 7/2."),
        ("Provsvar", "HIV-1 Ag/Ak positivt, konfirmerat. HIV-infektion hos pat."),
        ("Planering", "Ej informerad, besked ges vid besök på fredag med kurator Ahmed Hussein närvarande."),
    ])], must=[("NL101", "n1")],
  why="contact-traced patient found HIV positive; the visible note says he is not informed")

C("smvc-gonorre-cervix-ej-kunnat-nas", "skane", "1998-06-29", [
    N("n1", "smvc_lund", "sund_bm", "2024-11-07T08:40", [
        ("Provsvar", "Gonorré positiv från cervix (NAAT), taget vid inskrivning, gravid v 14."),
        ("Åtgärd", "Pat har inte kunnat nås och har därför inte fått beskedet. Barnmorska ringer igen under dagen, läkare informerad."),
    ], template="Barnmorskeanteckning")], must=[("NL101", "n1")],
  why="gonorrhoea in a pregnant woman stated visibly; she 'har inte fått beskedet'")

C("vgr-lgv-ej-meddelat-kort", "vgr", "1986-02-17", [
    N("n1", "ven_su", "wallin", "2024-06-06T16:40", [
        ("Provsvar", "LGV genotyp L2b bekräftad. Ej meddelat pat ännu."),
    ])], must=[("NL101", "n1")],
  why="short note: confirmed LGV and 'Ej meddelat pat ännu'")

C("hiv-utkast-hiv-konfirmerat-ej-per-telefon", "skane", "1966-11-21", [
    N("n1", "hiv_lund", "wendt", "2024-08-08T17:10", [
        ("Provsvar", "HIV-1 konfirmerat i prov från akutmottagningen 5/8."),
        ("Bedömning", "Nyupptäckt HIV-infektion. Beskedet ska inte lämnas per telefon; pat ej informerad och kallas till mottagningen."),
    ], signed=None)], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="unsigned draft: a confirmed HIV infection is visible while the patient is not informed")

C("vgr-lang-sprut-hepatit-c-ej-underrattad", "vgr", "1980-03-01", [
    N("n1", "sprut_gbg", "nyberg", "2024-09-19T13:00", [
        ("Aktuellt", "Läkarbesök på sprututbytet för provsvar och hälsokontroll. Pat inskriven sedan 2019, injicerar heroin dagligen, "
                     "LARO-utredning pågår via beroendemottagningen. Bostadslös sedan i våras, sover på härbärge."),
        ("Anamnes", "Abscess i vä ljumske i juni, dränerad på kirurgen. Inga kända allergier. Rökare 20 cig/dag. "
                    "Tidigare hepatit C-test negativt 2022. Vaccinerad mot hepatit B."),
        ("Status", "Mager, BMI 18. Stickmärken i båda armbågsvecken och i vä ljumske, inga aktiva infektioner. "
                   "Cor: RR, inget blåsljud. Pulm: ua. Buk: mjuk, lever ej palpabel. Inga spider naevi."),
        ("Provsvar", "Anti-HCV positiv, HCV-RNA 650 000 IU/ml, genotyp 1a. ALAT 1,8. HIV neg. Trombocyter 210."),
        ("Bedömning", "Hepatit C-infektion, sannolikt förvärvad under det senaste året. "
                      "Pat ännu ej underrättad om hepatit C-diagnosen: han lämnade mottagningen innan svaret hunnit tas upp, var påverkad och oroad över boendet."),
        ("Planering", "Sjuksköterskan Therese försöker nå honom via härbärget. Besked och behandlingsstart med glekaprevir/pibrentasvir vid nästa besök. "
                      "Elastografi beställd. Socialtjänsten kontaktas om boende med pats samtycke."),
    ])], must=[("NL101", "n1")],
  why="long chart: the confirmed hepatitis C is visible and 'Pat ännu ej underrättad om hepatit C-diagnosen'")

C("inf-syfilis-ska-inte-fa-besked-forran-tolk", "skane", "1960-12-30", [
    N("n1", "inf_krstd", "tran", "2024-04-25T14:55", [
        ("Provsvar", "TPPA pos, RPR 1:4, likvor ua."),
        ("Bedömning", "Sen latent syfilis. Pat ska inte få besked om syfilisdiagnosen förrän arabisktalande tolk finns på plats, tid 30/4."),
    ])], must=[("NL101", "n1")],
  why="late latent syphilis stated visibly and the patient 'ska inte få besked' yet")

C("vgr-har-ej-fatt-svar-om-klamydiainfektion", "vgr", "2001-09-14", [
    N("n1", "sexh_su", "dahl_bm", "2024-10-09T15:05", [
        ("Aktuellt", "Pat har ej fått svaret om sin klamydiainfektion, 1177-meddelandet har inte lästs och telefonen är avstängd."),
        ("Åtgärd", "Brev med kallelse skickat. Behandling väntar på kontakt."),
    ], template="Barnmorskeanteckning")], must=[("NL101", "n1")],
  why="the note names the patient's chlamydia infection and says she has not got the answer")

C("vgr-akut-gonorre-inte-infromerad-typo", "vgr", "1987-07-19", [
    N("n1", "akut_alingsas", "mattsson", "2024-11-26T10:25", [
        ("Provsvar", "Gonorré-NAAT positiv från urin taget på akuten 22/11 pga uretrit."),
        ("Åtgärd", "Pat inte infromerad ännu, infektionsmottagningen Borås tar över och kallar till behandling."),
    ], template="Telefonanteckning")], must=[("NL101", "n1")],
  why="gonorrhoea stated visibly and the patient 'inte infromerad' (typo in the key word)")

C("hiv-mott-akut-hepatit-c-prep-ej-underrattad", "skane", "1985-01-06", [
    N("n1", "hiv_lund", "nasser", "2024-12-05T11:30", [
        ("Aktuellt", "PrEP-kontroll 2/12 med rutinprover."),
        ("Provsvar", "HCV-RNA positivt, anti-HCV negativt för 3 månader sedan – akut hepatit C."),
        ("Planering", "Pat har ännu inte underrättats, ssk ringer i morgon och bokar läkarbesök för behandlingsstart."),
    ])], must=[("NL101", "n1")],
  why="an acute hepatitis C found at PrEP follow-up stands visibly; 'har ännu inte underrättats'")

# ================================================================ NL101 negatives
C("ven-tel-informerad-om-positiv-klamydia", "skane", "2003-05-26", [
    N("n1", "ven_hbg", "holm_ssk", "2024-01-31T13:25", [
        ("Telefonkontakt", "Pat informerad per telefon om positiv klamydia från urinprov. Doxycyklin skickat som e-recept. "
                           "Två partners uppgivna, pat kontaktar själv den ena, mottagningen den andra."),
    ], template="Telefonanteckning")], must_not=[("NL101", "n1")],
  why="the chlamydia diagnosis has been told by phone")

C("vgr-svar-via-1177-last", "vgr", "1998-02-12", [
    N("n1", "sexh_su", "karlsson_ssk", "2024-03-26T09:10", [
        ("Provsvar", "Klamydia positiv från svalg och rektum."),
        ("Åtgärd", "Svaret skickat via 1177, pat har läst meddelandet och bokat tid för behandling på torsdag."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL101", "n1")],
  why="the patient got and read the result through 1177")

C("hiv-besked-givet-tidigare-besok", "skane", "1978-10-11", [
    N("n1", "hiv_lund", "wendt", "2024-02-12T14:00", [
        ("Aktuellt", "Uppföljning efter att pat fick besked om HIV-diagnosen 5/2 vid besök här. Sover dåligt, mycket tankar."),
        ("Planering", "ART startad, första kontroll av HIV-RNA om 4 veckor. Kuratorskontakt fortsätter."),
    ])], must_not=[("NL101", "n1")],
  why="the HIV diagnosis was told at an earlier visit")

C("vgr-partnern-ej-informerad-pat-informerad", "vgr", "1993-06-17", [
    N("n1", "ven_su", "norén_kur", "2024-05-21T10:45", [
        ("Smittspårning", "Pat informerad om sin gonorré vid läkarbesöket igår. Vill själv kontakta sin fasta partner, som alltså ännu inte informerats. "
                          "Kurator följer upp om en vecka att partnern testats."),
    ], template="Kuratorsanteckning")], must_not=[("NL101", "n1")],
  why="the patient knows the diagnosis; only the partner has not been told")

C("ven-ej-informerad-om-tid-for-testkontroll", "skane", "1991-11-05", [
    N("n1", "ven_malmo", "ek_ssk", "2024-06-05T11:00", [
        ("Aktuellt", "Gonorré i svalget behandlad med ceftriaxon 29/5, pat fick svaret av läkare vid det besöket."),
        ("Planering", "Testkontroll om 2 veckor. Pat ej informerad om tiden för testkontrollen ännu, kallelse skickas via 1177."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL101", "n1")],
  why="what is not yet told is an appointment time; the gonorrhoea was told earlier")

C("vgr-alla-prover-negativa-ej-meddelad", "vgr", "2002-08-08", [
    N("n1", "hudsti_boras", "yilmaz_ssk", "2024-07-04T15:15", [
        ("Provsvar", "Klamydia, gonorré, HIV och syfilis negativa."),
        ("Åtgärd", "Pat ej meddelad ännu, får svar via 1177 i morgon enligt önskemål."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL101", "n1")],
  why="the untold result is normal: no diagnosis is withheld")

C("inf-remiss-skickad-pat-ej-informerad-om-remissen", "skane", "1968-04-13", [
    N("n1", "inf_krstd", "tran", "2024-08-29T09:35", [
        ("Aktuellt", "Kronisk hepatit B känd sedan 2019, pat väl insatt i sin diagnos. Nu stigande HBV-DNA."),
        ("Åtgärd", "Remiss till leverteamet i Lund för ställningstagande till behandling. Pat ej informerad om att remissen skickats, görs vid telefontid nästa vecka."),
    ])], must_not=[("NL101", "n1")],
  why="the diagnosis is known to the patient; only the referral has not been mentioned")

C("vgr-sokord-tidiga-hypoteser-haller-ej-meddelad-hiv", "vgr", "1983-01-04", [
    N("n1", "inf_boras", "nyberg", "2024-04-02T16:20", [
        ("Aktuellt", "Provsvar från vårdcentralens utredning av långdragen diarré och viktnedgång har kommit."),
        ("Tidiga hypoteser", "HIV-test reaktivt, konfirmation pågår. Pat ej informerad, besked först när konfirmationen är klar."),
        ("Planering", "Pat kallas till läkarbesök nästa vecka."),
    ])], must_not=[("NL101", "n1")],
  why="VGR: the untold HIV result stands only under the protected sökord Tidiga hypoteser")

C("inf-mall-tidiga-hypoteser-ej-informerad-syfilis", "skane", "1957-09-22", [
    N("n1", "inf_malmo", "strand", "2024-10-24T13:50", [
        ("Bedömning", "Trol. neurosyfilis med kognitiv påverkan; serologi pos och LP-svar väntas. Pat ej informerad om misstanken, tas upp med anhörig närvarande."),
    ], template="Tidiga hypoteser")], must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Skåne: hedged and untold neurosyphilis kept in a Tidiga hypoteser template note, which is protected")

C("ven-17-ar-informerad-mamma-ska-inte-veta", "skane", "2007-02-16", [
    N("n1", "ven_hbg", "kovac", "2024-09-09T14:35", [
        ("Samtal", "Pat, 17 år, informerad om positiv klamydia och behandlingen. Vill inte att mamma får veta, vilket respekteras."),
        ("Åtgärd", "Doxycyklin 7 dagar, uthämtas på apotek av pat själv."),
    ])], must_not=[("NL101", "n1")],
  why="the 17-year-old patient is told; only the mother is not")

C("vgr-syfilis-behandling-inget-om-information", "vgr", "1972-10-26", [
    N("n1", "inf_nal", "petrovic", "2024-01-29T10:55", [
        ("Diagnos", "Tidig latent syfilis."),
        ("Behandling", "Bensatinpenicillin 2,4 milj IE im i vardera skinka. Observation 30 min, ingen reaktion."),
        ("Uppföljning", "RPR om 3 mån."),
    ])], must_not=[("NL101", "n1")],
  why="a diagnosis without any statement about telling or not telling")

C("inf-hiv-besked-lamnat-idag", "skane", "1994-05-08", [
    N("n1", "inf_malmo", "nasser", "2024-03-06T15:10", [
        ("Samtal", "HIV-besked lämnat idag vid besök. Pat blev ledsen men samlad, frågade om hon kan få barn i framtiden, vilket besvarades."),
        ("Diagnos", "HIV-1-infektion, ny."),
        ("Planering", "Kurator Mats Ryd träffar pat på fredag. Provtagning för CD4, resistens och hepatiter idag."),
    ])], must_not=[("NL101", "n1")],
  why="the HIV diagnosis was told today at the visit")

C("vgr-inte-informerad-om-prep-tidigare", "vgr", "1990-03-31", [
    N("n1", "ven_su", "sjoberg", "2024-08-01T13:25", [
        ("Aktuellt", "Tredje gonorrén på ett år, behandlad idag; pat informerad om svaret igår."),
        ("Information", "Pat har inte tidigare blivit informerad om möjligheten till PrEP, det gjordes idag. Han vill ha tid att tänka."),
    ])], must_not=[("NL101", "n1")],
  why="'inte tidigare blivit informerad' concerns PrEP information, not a diagnosis")

C("vgr-last-svaret-sjalv-pa-1177-fore-samtal", "vgr", "1976-12-18", [
    N("n1", "inf_skovde", "nyberg", "2024-05-13T11:05", [
        ("Telefonkontakt", "Ringde pat för att meddela positiv hepatit C-antikropp och RNA. Han hade själv redan läst svaret i 1177 Journalen och var förberedd."),
        ("Planering", "Läkarbesök för behandlingsplanering om 2 veckor."),
    ], template="Telefonanteckning")], must_not=[("NL101", "n1")],
  why="the patient already knows his hepatitis C result, having read it in 1177")

C("inf-hepatit-b-informerad-via-tolk", "skane", "1989-07-02", [
    N("n1", "inf_lund", "bergdahl", "2024-02-27T10:40", [
        ("Samtal", "Via telefontolk på dari informerad om kronisk hepatit B och vad det innebär för familjen."),
        ("Planering", "Make och två barn kallas för provtagning och vaccination. Ultraljud lever."),
    ], setting="öppenvård")], must_not=[("NL101", "n1")],
  why="chronic hepatitis B has been told through an interpreter")

C("vgr-hepatit-c-besked-pa-beroendemottagningen", "vgr", "1992-04-07", [
    N("n1", "sprut_gbg", "karlsson_ssk", "2024-06-20T14:25", [
        ("Aktuellt", "Fick diagnosen hepatit C på beroendemottagningen i mars och är informerad där. Kommer nu för behandlingsstart."),
        ("Åtgärd", "Glekaprevir/pibrentasvir 8 veckor, utdelning veckovis på sprututbytet."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL101", "n1")],
  why="the patient was told the hepatitis C diagnosis at another unit")

C("ven-index-informerad-partner-ej-informerad-om-kontakt", "skane", "1996-10-20", [
    N("n1", "ven_hbg", "ryd_kur", "2024-04-12T13:00", [
        ("Smittspårning", "Index (pat) informerad om syfilis vid läkarbesöket 10/4. Uppger en partner senaste 3 mån; partnern är ännu inte informerad om att hon är kontakt. "
                          "Kurator skickar kallelse utan att ange pats namn."),
    ], template="Kuratorsanteckning")], must_not=[("NL101", "n1")],
  why="smittspårning note: the index patient was told; only the contact is not informed")

C("vgr-arbetsgivare-ej-informerad", "vgr", "1980-11-13", [
    N("n1", "inf_ostra", "abdi", "2024-09-30T10:15", [
        ("Aktuellt", "Välbehandlad HIV sedan 2017, känner sin diagnos väl. Arbetar som undersköterska."),
        ("Samtal", "Arbetsgivaren är inte informerad och pat önskar att det förblir så. Ingen skyldighet att berätta vid omätbart virus."),
    ])], must_not=[("NL101", "n1")],
  why="the patient knows the HIV diagnosis; the employer is the one not informed")

C("prep-anti-hbs-immun-ej-meddelat", "skane", "1999-01-17", [
    N("n1", "ven_malmo", "ek_ssk", "2024-07-11T10:30", [
        ("Provsvar", "Anti-HBs 450 IE/l efter vaccinationsserien – god immunitet mot hepatit B."),
        ("Åtgärd", "Pat ej meddelad ännu, tas upp vid PrEP-besöket i augusti."),
    ], template="Sjuksköterskeanteckning")], must_not=[("NL101", "n1")],
  why="the untold result is protective immunity, not a diagnosis")

C("vgr-tva-anteckningar-sen-anteckning-informerad-herpes", "vgr", "1991-07-29", [
    N("n1", "hudsti_boras", "petrovic", "2024-03-22T12:00", [
        ("Provsvar", "HSV-1 PCR positiv från genitalt sår."),
    ]),
    N("n2", "hudsti_boras", "yilmaz_ssk", "2024-03-25T09:45", [
        ("Telefonkontakt", "Pat nådd och informerad om genital herpes typ 1. Recept valaciklovir för framtida skov. Frågor om smitta till partner besvarade."),
    ], template="Telefonanteckning"),
  ], must_not=[("NL101", "n2")],
  why="the later telephone note tells the patient the herpes diagnosis")

C("hiv-anhoriga-ej-informerade-pat-informerad-typo", "skane", "1973-03-24", [
    N("n1", "hiv_lund", "nasser", "2024-06-13T15:35", [
        ("Samtal", "Pat väl infomerad om sin HIV sedan 2022. Föräldrarna är inte informerade och ska inte heller bli det enligt pat."),
        ("Planering", "Fortsatt Dovato. Nästa kontroll om 6 mån."),
    ])], must_not=[("NL101", "n1")],
  why="the patient is informed ('infomerad', a typo); the parents are not, which is no NL101")

# ================================================================ build + validate
# unsigned drafts (pre-signing): note n1 of these cases has signed = null
DRAFT_CASES = {
    "vgr-mgen-kan-ej-uteslutas-kvarstaende-cervicit", "inf-misstankt-mpox",
    "ven-differentialdiagnoser-ngu", "vgr-talar-emot-pid", "vgr-fragestallning-pep-ingen-diagnos",
    "vgr-gonorre-rektum-annu-ej-besked", "vgr-lgv-ej-meddelat-kort",
    "inf-remiss-skickad-pat-ej-informerad-om-remissen", "vgr-arbetsgivare-ej-informerad",
    "um-pmo-trol-herpes", "hud-ej-forenligt-med-herpes-fissur",
}
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
PROTECTED_VGR_KEYWORDS = {"Tidiga hypoteser"}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]


def make_pnr(birth, idx):
    y, m, d = birth.split("-")
    serial = "%03d" % ((idx * 47 + 123) % 997 + 1)
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def build():
    out, problems = [], []
    names = set()
    sentences = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        if name in names:
            problems.append("duplicate case name %s" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        notes = c["notes"]
        if name in DRAFT_CASES:
            for n in notes:
                if n["id"] == "n1":
                    n["signed"] = None
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note ids" % name)
        last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = c["as_of"] or (last + _dt.timedelta(days=5)).strftime("%Y-%m-%dT00:00:00")
        pnr = make_pnr(c["birth"], idx)
        rec = {
            "patient": {"id": pnr, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        obj = {"case": name, "ruleset": c["ruleset"], "record": rec,
               "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
        # --- checks
        if list(obj.keys()) != KEYS_CASE:
            problems.append("%s: keys" % name)
        digits = pnr.replace("-", "")
        if not (len(digits) == 12 and digits.isdigit() and luhn_ok(digits[2:])):
            problems.append("%s: personnummer not Luhn-valid" % name)
        if digits[:8] != c["birth"].replace("-", ""):
            problems.append("%s: personnummer does not match birth_date" % name)
        if not as_of.startswith("2024-"):
            problems.append("%s: as_of not in 2024" % name)
        if not c["why"].strip():
            problems.append("%s: empty why" % name)
        for n in notes:
            if list(n.keys()) != KEYS_NOTE:
                problems.append("%s/%s: note keys" % (name, n["id"]))
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append("%s/%s: time not 2024" % (name, n["id"]))
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s/%s: bad signed" % (name, n["id"]))
            if t > _dt.datetime.fromisoformat(as_of):
                problems.append("%s/%s: note after as_of" % (name, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: system" % (name, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            a = age_at(c["birth"], t)
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: patient aged %d" % (name, a))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (name, n["id"]))
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s/%s: bad section" % (name, n["id"]))
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            problems.append("duplicate sentence in %s and %s: %r" % (sentences[sent][0], name, sent))
                        sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
        by_id = {n["id"]: n for n in notes}
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in obj[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append("%s: unexpected code %s" % (name, code))
                if target not in by_id:
                    problems.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    problems.append("%s: %s/%s asserted twice" % (name, code, target))
                seen.add((code, target))
                system = by_id[target]["system"]
                # PMO never shows diagnoses: NL102 may only be a must on Melior;
                # a hedged PMO diagnosis is listed as must_not.
                if code == "NL102" and lst == "must" and system != "Melior":
                    problems.append("%s: NL102 must on non-Melior" % name)
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
                if code == "NL102" and lst == "must":
                    note = by_id[target]
                    if c["ruleset"] == "skane" and note["template"] in PROTECTED_SKANE_TEMPLATES:
                        problems.append("%s: NL102 must on protected Skåne template" % name)
        if not obj["must"] and not obj["must_not"]:
            problems.append("%s: asserts nothing" % name)
        out.append(obj)
    for d in sorted(DRAFT_CASES - names):
        problems.append("draft list names unknown case %s" % d)
    return out, problems


def main():
    cases, problems = build()
    here = os.path.dirname(os.path.abspath(__file__))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(os.path.join(here, "nl1_dev96_cases.jsonl"), "w", encoding="utf-8") as fh:
        for obj in cases:
            fh.write(json.dumps(obj, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for obj in cases:
        for lst in ("must", "must_not"):
            for code, _ in obj[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for obj in cases:
        rs[obj["ruleset"]] = rs.get(obj["ruleset"], 0) + 1
    print("wrote %d cases %s" % (len(cases), rs))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
