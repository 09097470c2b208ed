#!/usr/bin/env python3
"""Independent NL101/NL102 test set: dermatology and venereology (case names der-*).

Hud- och STI-mottagningar, teledermatoskopi, ljusbehandling, hudavdelning, barnhud,
plus a few primary-care (PMO) notes in Skåne. Written from the regional routines and
the NL1 rule catalog only.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
in the devset format and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev155_cases.jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "S_HUD_LUND": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4HB7"),
    "S_HUD_MALMO": ("Hudkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4HC2"),
    "S_VEN_MALMO": ("Venereologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5K19"),
    "S_STI_LUND": ("STI-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5K3D"),
    "S_HUD_HBG": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-6F41"),
    "S_HUD_KRI": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7A08"),
    "S_HUD_YSTAD": ("Hudmottagningen, Lasarettet i Ystad", "SE2321000255-7C55"),
    "S_LJUS_LUND": ("Ljusbehandlingsenheten, Hudkliniken Skånes universitetssjukhus Lund", "SE2321000255-4HD9"),
    "S_HUDAVD_LUND": ("Hudavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4HF3"),
    "S_BARNHUD_MALMO": ("Barnhudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4HG6"),
    # Region Skåne, PMO (primärvård)
    "P_VC_KAVLINGE": ("Vårdcentralen Kävlinge", "SE2321000255-B2K7"),
    "P_VC_SORGENFRI": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-B3S1"),
    "P_VC_TOMELILLA": ("Vårdcentralen Tomelilla", "SE2321000255-B4T9"),
    "P_VC_AHUS": ("Vårdcentralen Åhus", "SE2321000255-B5A2"),
    "P_UM_LUND": ("Ungdomsmottagningen Lund", "SE2321000255-B6U4"),
    "P_BVC_ESLOV": ("BVC Eslöv", "SE2321000255-B7E8"),
    # Västra Götalandsregionen, Melior
    "V_HUD_SU": ("Hudkliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011A2"),
    "V_VEN_SU": ("Venereologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011B7"),
    "V_HUDAVD_SU": ("Avdelning 136 Hud och venereologi, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011C4"),
    "V_HUD_NU": ("Hudmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000023D1"),
    "V_HUD_SKAS": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000031F5"),
    "V_HUD_SAS": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000042H8"),
    "V_STI_SAS": ("STI-mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000042J3"),
    "V_LJUS_ALS": ("Ljusbehandlingen, Hudmottagningen Alingsås lasarett", "SE2321000131-E000000055K6"),
    "V_TELEDERM_KUNG": ("Hudmottagningen teledermatoskopi, Kungälvs sjukhus", "SE2321000131-E000000061L9"),
    "V_BARNHUD_DSBUS": ("Barnhudmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011M2"),
}

CASES = []


# --------------------------------------------------------------------------- helpers
def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def make_pnr(stub):
    """'YYYYMMDD-NNN' -> full personnummer with Luhn check digit."""
    digits = stub[2:8] + stub[9:12]
    return stub + luhn_check_digit(digits)


def iso(stamp):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'."""
    return stamp.replace(" ", "T") + ":00"


def note(nid, system, template, unit, author, role, time, signed, setting, sections, refs=()):
    """signed: None (draft), 'HH:MM' (same day) or 'YYYY-MM-DD HH:MM'."""
    name, hsa = UNITS[unit]
    if signed is None:
        signed_iso = None
    elif len(signed) == 5:
        signed_iso = iso(time[:10] + " " + signed)
    else:
        signed_iso = iso(signed)
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(time),
        "signed": signed_iso,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition("@")
        out.append([code, nid or "n1"])
    return out


def add(name, ruleset, person, notes, must=(), must_not=(), why="", as_of=None):
    pid = make_pnr(person)
    birth = "%s-%s-%s" % (person[0:4], person[4:6], person[6:8])
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last.date() + datetime.timedelta(days=7)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pid, "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"

# =========================================================================== cases
# ---- part 1 ---------------------------------------------------------------

add("der-misstankt-melanom-vad-dermatoskopi", "skane", "19680903-482", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Karin Lindqvist", "läkare",
         "2024-02-14 10:20", "11:05", OV, [
             ("Anamnes", "Remiss från vc pga förändrat födelsemärke på vä vad sedan i höstas. "
                         "Pat har själv sett att det vuxit och kliat periodvis. Ingen tidigare hudcancer. "
                         "Ljus hudtyp, många solbränningar som barn."),
             ("Status", "Vä vad dorsalt: 9x7 mm asymmetrisk pigmenterad lesion med oregelbunden kant och två färger. "
                        "Dermatoskopi: atypiskt nätverk, regressionsområde centralt, blåvit slöja perifert. "
                        "Övriga nevi u.a. Inga palpabla körtlar i ljumskarna."),
             ("Bedömning", "Misstänkt malignt melanom. Diagnostisk excision med 2 mm marginal."),
             ("Åtgärd", "Excision i lokalbedövning enl separat op-anteckning, PAD skickat."),
         ])],
    must=["NL102"], must_not=["NL101"],
    why="'Misstänkt malignt melanom' in visible Bedömning of a Skåne Melior note; nothing said about telling")

add("der-trolig-basaliom-nasvinge", "vgr", "19490217-135", [
    note("n1", M, "Mottagningsanteckning", "V_HUD_NU", "Per-Erik Nilsson", "läkare",
         "2024-01-23 13:40", "14:10", OV, [
             ("Aktuellt", "74-årig man, f.d. lantbrukare, med sår på hö näsvinge som inte läkt på 4 mån."),
             ("Status", "Hö ala nasi: 6 mm pärlemorskimrande papel med teleangiektasier och central krusta."),
             ("Bedömning", "Trolig basalcellscancer av nodulär typ. Stansbiopsi tas idag för typbestämning "
                           "innan ställningstagande till Mohs eller konventionell excision."),
         ])],
    must=["NL102"],
    why="'Trolig basalcellscancer' in visible Bedömning, VGR Melior")

add("der-benignt-nevus-ingen-misstanke-melanom", "skane", "19950621-264", [
    note("n1", M, "Läkaranteckning", "S_HUD_HBG", "Amira Haddad", "läkare",
         "2024-03-05 09:00", "09:40", OV, [
             ("Anamnes", "Pat orolig för ett mörkt märke på ryggen som sambon tycker har blivit större."),
             ("Status", "Paravertebralt vä i torakal nivå: 5 mm symmetrisk brun papel, regelbundet retikulärt "
                        "mönster i dermatoskopi, inga atypiska strukturer. Fotodokumenterat."),
             ("Bedömning", "Benignt compound nevus. Ingen misstanke om melanom. "
                           "Pat lugnad, ingen uppföljning behövs."),
         ])],
    must_not=["NL102", "NL101"],
    why="only mention of melanoma is negated ('Ingen misstanke om melanom'); nothing withheld")

add("der-talar-for-sekundar-syfilis-prep", "skane", "19881130-357", [
    note("n1", M, "Läkaranteckning", "S_VEN_MALMO", "Johan Bergström", "läkare",
         "2024-04-02 14:15", "15:00", OV, [
             ("Aktuellt", "PrEP-kontroll, söker även för utslag i handflator och fotsulor sedan 10 dgr. "
                          "Oskyddat analt samlag med flera partners senaste 3 mån."),
             ("Status", "Fjällande kopparfärgade makler palmart och plantart bilat. Små ulcerationer i "
                        "munslemhinnan. Generell lymfadenopati, ej ömmande."),
             ("Bedömning", "Bilden talar för sekundär syfilis. Serologi (TPPA, RPR) tagen, behandling ges redan "
                           "idag med bensatinpenicillin 2,4 milj E im."),
         ])],
    must=["NL102"],
    why="'talar för sekundär syfilis' is a hedged diagnosis in a visible Bedömning")

add("der-pmo-vc-misstankt-melanom-teleremiss", "skane", "19570409-528", [
    note("n1", P, "Besöksanteckning", "P_VC_KAVLINGE", "Sofia Ekman", "läkare",
         "2024-02-01 11:30", "12:10", OV, [
             ("Besöksorsak", "Pigmenterad förändring på hö skuldra som hon vill ha tittad på."),
             ("Status", "8 mm mörk lesion med ojämn pigmentering och oregelbunden begränsning."),
             ("Bedömning", "Misstänkt melanom. Teledermatoskopisk remiss till hudkliniken skickad idag med bilder."),
         ])],
    must_not=["NL102"],
    why="hedged melanoma in a PMO note: PMO never shows diagnoses")

add("der-tidiga-hypoteser-mall-mycosis-fungoides", "skane", "19610115-071", [
    note("n1", M, "Tidiga hypoteser", "S_HUD_MALMO", "Mikael Andersson", "läkare",
         "2024-05-08 15:10", "15:30", OV, [
             ("Bedömning", "Långvarigt terapiresistent eksem på nates och bål med inslag av poikilodermi. "
                           "Misstänkt mycosis fungoides i tidigt stadium. Biopsier x 3 och TCR-klonalitet beställda. "
                           "Avvaktar svar innan detta tas upp med pat."),
         ])],
    must_not=["NL102", "NL101"],
    why="hedged and still untold lymphoma hypothesis kept in the Skåne template Tidiga hypoteser")

add("der-vgr-sokord-tidiga-hypoteser-akut-hiv", "vgr", "19790620-253", [
    note("n1", M, "Mottagningsanteckning", "V_VEN_SU", "Leila Rahimi", "läkare",
         "2024-06-11 10:45", "11:30", OV, [
             ("Aktuellt", "Kommer för 3-månaderskontroll av PrEP. Feber, halsont och utslag på bålen sedan 5 dgr. "
                          "Senaste HIV-testet för 3 mån sedan var negativt."),
             ("Status", "Temp 38,2. Makulopapulöst exantem på bålen, aftösa sår i munnen, "
                        "lätt förstorade körtlar på halsen."),
             ("Tidiga hypoteser", "Akut HIV-infektion kan ej uteslutas trots PrEP, följsamheten har varit dålig "
                                  "senaste månaden. HIV-RNA och Ag/Ak-test tagna akut."),
             ("Planering", "PrEP-uttag pausas tills provsvar finns. Pat ringer imorgon eftermiddag."),
         ])],
    must_not=["NL102"],
    why="the hedged diagnosis sits only under the VGR sökord Tidiga hypoteser; visible sections hold symptoms")

add("der-ev-remiss-plastik-plan-hedge", "vgr", "19440712-213", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-03-19 08:30", "09:15", OV, [
             ("Bedömning", "Skivepitelcancer i hårbotten, högt differentierad enl PAD, 18 mm. "
                           "Pat informerad om svaret vid dagens besök."),
             ("Planering", "Ev. remiss till plastikkirurgen för excision med lambå, tas upp på hudtumörronden "
                           "tisdag. Trolig operation inom 4 veckor."),
         ])],
    must_not=["NL102", "NL101"],
    why="hedges only on plans (ev. remiss, trolig operation); the cancer is confirmed and told")

add("der-pad-melanom-ej-informerad-kallas", "skane", "19730225-346", [
    note("n1", M, "Läkaranteckning", "S_HUD_KRI", "Eva Sjöberg", "läkare",
         "2024-02-27 16:05", "16:40", OV, [
             ("Provsvar", "PAD från excision vä underben 12/2: ytligt spridande malignt melanom, Breslow 0,9 mm, "
                          "ingen ulceration, mitoser <1/mm2. Radikalt med 2 mm marginal."),
             ("Bedömning", "Melanom pT1b. Reexcision 1 cm och ställningstagande till portvaktskörtel enl vårdprogram."),
             ("Planering", "Pat ej informerad om PAD-svaret ännu. Läkarbesök bokas inom en vecka för personligt "
                           "besked, ssk ringer och kallar."),
         ])],
    must=["NL101"], must_not=["NL102"],
    why="confirmed melanoma in visible sections while the note says the patient is not yet informed")

add("der-basaliom-besked-per-telefon", "vgr", "19520808-442", [
    note("n1", M, "Telefonanteckning", "V_HUD_SAS", "Jonas Wikström", "läkare",
         "2024-04-16 13:00", "13:20", OV, [
             ("Telefonkontakt", "Ringer pat angående PAD från biopsi på vä kind: infiltrativt basaliom. "
                                "Pat informerad om svaret och att kirurgi rekommenderas. Hon tar beskedet lugnt, "
                                "har många frågor om ärret."),
             ("Planering", "Kallas till operationsmottagningen, 4 mm marginal. Skriftlig info om basaliom skickas "
                           "via 1177."),
         ])],
    must_not=["NL101"],
    why="confirmed basal cell carcinoma told to the patient on the phone today")

add("der-skabb-avskrivs-xeros", "skane", "20010314-624", [
    note("n1", M, "Läkaranteckning", "S_HUD_YSTAD", "Nadia Petrović", "läkare",
         "2024-01-30 10:10", "10:50", OV, [
             ("Anamnes", "Intensiv klåda nattetid sedan 3 v. Pojkvännen har också börjat klia sig."),
             ("Status", "Exkorierade papler på bålen och låren. Inga gångar i interdigitalrum, handleder eller "
                        "genitalt. Dermatoskopi utan deltavingetecken."),
             ("Bedömning", "Skabb avskrivs efter noggrann undersökning. Klådan förklaras av xeros och irritativ "
                           "dermatit efter byte av duschtvål. Mjukgörande och grupp II-steroid i 2 v."),
         ])],
    must_not=["NL102"],
    why="scabies explicitly ruled out ('avskrivs'); the remaining diagnosis is stated firmly")

add("der-hereditet-morbror-trol-melanom", "skane", "19830502-159", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Ola Fransson", "läkare",
         "2024-05-21 14:00", "14:45", OV, [
             ("Anamnes", "Hereditet: mamma opererad för melanom 2015, morbror hade trol. också melanom men pat är "
                         "osäker. Pat har fler än 100 nevi och önskar helkroppskontroll."),
             ("Status", "Rikligt med nevi på bålen, flera kliniskt atypiska, största 7 mm. Inga fokala avvikelser i "
                        "dermatoskopi. Helkroppsfoto taget."),
             ("Bedömning", "Atypiskt nevussyndrom med ärftlighet för melanom. Digital dermatoskopi om 6 mån."),
         ])],
    must_not=["NL102"],
    why="the only hedged diagnosis ('trol. också melanom') belongs to the patient's uncle")

add("der-vgr-ljus-ssk-trolig-avslutning", "vgr", "19791004-082", [
    note("n1", M, "Sjuksköterskeanteckning", "V_LJUS_ALS", "Helena Dahl", "sjuksköterska",
         "2024-02-06 08:15", "08:40", OV, [
             ("Åtgärd", "Pat med plackpsoriasis påbörjar smalbandig UVB, 3 ggr/v. Hudtyp III, startdos 0,3 J/cm2 "
                        "enl protokoll. Ögon- och genitalskydd genomgånget."),
             ("Planering", "Trolig avslutning efter ca 30 behandlingar. Eventuellt uppehåll v. 28-31 pga semester."),
         ])],
    must_not=["NL102"],
    why="phototherapy nurse note: 'trolig'/'eventuellt' qualify the schedule, not a diagnosis")

add("der-typo-missankt-skabb-barn", "skane", "20160819-288", [
    note("n1", M, "Läkaranteckning", "S_BARNHUD_MALMO", "Björn Axelsson", "läkare",
         "2024-03-12 09:30", "10:15", OV, [
             ("Anamnes", "7-årig flicka som kliar sig mycket nattetid sedan 4 veckor, även lillebror och pappa kliar. "
                         "Mamma har smörjt med kortisonkräm utan effekt."),
             ("Status", "Papler och små vesikler i fingerzonerna, på handlederna och runt naveln. "
                        "Ett par möjliga gångar vid vä handled."),
             ("Bedömning", "Missänkt skabb. Hela familjen behandlas samtidigt med permetrin, info om tvätt av "
                           "sängkläder given till mamma."),
         ])],
    must=["NL102"],
    why="typo 'Missänkt' (misstänkt) before scabies in a child's visible Bedömning; guardians read it")

add("der-gonorre-bekraftad-pat-ej-nadd", "vgr", "19990127-417", [
    note("n1", M, "Sjuksköterskeanteckning", "V_STI_SAS", "Fatima Yusuf", "sjuksköterska",
         "2024-05-14 15:20", "15:35", OV, [
             ("Provsvar", "NAAT uretra positiv för N. gonorrhoeae, odling växer gonokocker, resistensbestämning "
                          "pågår. Klamydia negativ."),
             ("Telefonkontakt", "Sökt pat två gånger idag utan svar. Han har alltså ännu inte fått besked om "
                                "gonorrén. Nytt försök imorgon, annars brev med kallelse."),
         ])],
    must=["NL101"],
    why="confirmed gonorrhoea in the visible note while the patient has not yet been told")

# ---- part 2 ---------------------------------------------------------------

add("der-kan-ej-uteslutas-scc-underlapp", "skane", "19400611-253", [
    note("n1", M, "Läkaranteckning", "S_HUD_MALMO", "Gustav Lind", "läkare",
         "2024-02-20 11:00", "11:25", OV, [
             ("Status", "Underläpp: 1 cm hyperkeratotisk, infiltrerad lesion med ulceration på vermilion, "
                        "aktinisk keilit i övrigt."),
             ("Bedömning", "Skivepitelcancer kan ej uteslutas. Stansbiopsi 4 mm tagen. Rökare, 30 paketår."),
         ])],
    must=["NL102"],
    why="'kan ej uteslutas' keeps squamous cell carcinoma open: a hedged diagnosis in visible text")

add("der-skivepitelcancer-uteslutes-efter-pad", "vgr", "19461102-366", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Maria Ek", "läkare",
         "2024-03-07 10:30", "11:00", OV, [
             ("Aktuellt", "Återbesök efter biopsi av krustös lesion på hö handrygg."),
             ("Provsvar", "PAD: hypertrofisk aktinisk keratos, ingen invasiv växt."),
             ("Bedömning", "Skivepitelcancer uteslutes. Kryo idag, 2 cykler à 10 s. Pat nöjd med beskedet."),
         ])],
    must_not=["NL102"],
    why="'uteslutes' negates the cancer; the actinic keratosis is confirmed by PAD")

add("der-sebopsoriasis-dd-psoriasis-capitis", "vgr", "19910418-175", [
    note("n1", M, "Mottagningsanteckning", "V_HUD_NU", "Lars Hansson", "läkare",
         "2024-04-09 13:15", "13:50", OV, [
             ("Anamnes", "Fjällande rodnad i hårbotten, bakom öronen och i nasolabialvecken sedan ett år. "
                         "Pappa har psoriasis."),
             ("Status", "Välavgränsade rodnade plack med fet gulaktig fjällning i hårbotten som går ut över "
                        "hårfästet. Naglar med enstaka gropar."),
             ("Bedömning", "Sebopsoriasis, DD psoriasis capitis. Ketokonazolschampo och klobetasollösning 2 v."),
         ])],
    must=["NL102"],
    why="'DD psoriasis capitis' is a differential diagnosis left open in the visible Bedömning")

add("der-remiss-fragestallning-kutan-lupus", "skane", "19651027-502", [
    note("n1", M, "Mottagningsanteckning", "S_HUD_HBG", "Ingrid Ek", "läkare",
         "2024-05-02 08:45", "09:30", OV, [
             ("Anamnes", "Remiss från Vårdcentralen Bjuv med frågeställning kutan lupus erythematosus? "
                         "Fjällande rodnade plack på kinder och öron som förvärras i solen. ANA 1:320 enl vc."),
             ("Status", "Skarpt avgränsade erytematösa plack med follikulär hyperkeratos på konkor och "
                        "malarregion, ärrbildning i hö öra."),
             ("Planering", "Biopsi för PAD och IF från hö kind. Lab: dsDNA, SSA/SSB, komplement, blodstatus, "
                           "U-sticka."),
         ])],
    must=["NL102"],
    why="the referral question 'kutan lupus erythematosus?' stands in the visible Anamnes")

add("der-erysipelas-om-ny-feber-sok-akut", "vgr", "19780905-431", [
    note("n1", M, "Telefonanteckning", "V_HUD_SAS", "Jonas Wikström", "läkare",
         "2024-06-04 09:10", "09:25", OV, [
             ("Telefonkontakt", "Pat behandlas sedan 3 dgr med flukloxacillin för erysipelas på vä underben. "
                                "Rodnaden har minskat och han är feberfri. Råd: fullfölj kuren 10 dgr, högläge. "
                                "Om ny feber, frossa eller spridning av rodnaden ska han söka akut."),
         ])],
    must_not=["NL102"],
    why="conditional advice ('Om ny feber ...') and a confirmed erysipelas; nothing hedged")

add("der-pmo-ungdomsmott-trol-klamydia", "skane", "20060322-620", [
    note("n1", P, "Besöksanteckning", "P_UM_LUND", "Linnea Persson", "barnmorska",
         "2024-04-25 15:40", "16:00", OV, [
             ("Besöksorsak", "Sveda vid miktion och ökade flytningar sedan en vecka. Ny partner sedan en månad, "
                             "kondom ej använd."),
             ("Bedömning", "Trol. klamydia. Vaginalt självtest taget, behandlas direkt med doxycyklin enl lokal "
                           "rutin. Smittspårning när svaret kommit."),
         ])],
    must_not=["NL102"],
    why="hedged chlamydia in a PMO (ungdomsmottagning) note, which never shows diagnoses")

add("der-hiv-nydiagnos-besked-vid-besok", "skane", "19850713-277", [
    note("n1", M, "Läkaranteckning", "S_VEN_MALMO", "Johan Bergström", "läkare",
         "2024-07-03 12:30", None, OV, [
             ("Provsvar", "HIV Ag/Ak-test reaktivt, bekräftat med linjeblot (HIV-1). HIV-RNA 48 000 kopior/ml, "
                          "CD4 410."),
             ("Bedömning", "Nydiagnostiserad HIV-1-infektion."),
             ("Planering", "Pat har ännu inte underrättats. Beskedet ska ges vid personligt besök hos undertecknad "
                           "tillsammans med kurator torsdag, inte per telefon. Remiss infektionskliniken efter beskedet."),
         ])],
    must=["NL101"],
    why="unsigned draft: confirmed HIV in visible text and 'Pat har ännu inte underrättats'")

add("der-typo-sannolkit-rosacea", "vgr", "19700128-548", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-01-16 14:20", "14:50", OV, [
             ("Aktuellt", "Rodnad och finnar på kinder och näsa i ett halvår, värre av värme och vin."),
             ("Status", "Centrofacialt erytem med teleangiektasier samt papler och pustler, inga komedoner."),
             ("Bedömning", "Sannolkit papulopustulös rosacea. Ivermektinkräm 1 ggr dagl i 3 mån, solskydd."),
         ])],
    must=["NL102"],
    why="typo 'Sannolkit' (sannolikt) hedges rosacea in a visible section")

add("der-partner-trol-gonorre-smittspard", "vgr", "19970911-219", [
    note("n1", M, "Sjuksköterskeanteckning", "V_VEN_SU", "Emma Karlsson", "sjuksköterska",
         "2024-08-20 10:00", "10:25", OV, [
             ("Aktuellt", "Kommer som smittspårad kontakt. Enligt pat har hans partner trol. gonorré, hon är "
                          "provtagen på annan mottagning men svar saknas ännu."),
             ("Åtgärd", "Provtagen för gonorré och klamydia i svalg, uretra och rektum samt HIV- och "
                        "syfilisserologi. Pat symtomfri."),
             ("Planering", "Svar via 1177 inom en vecka. Avstå sex tills svar finns."),
         ])],
    must_not=["NL102"],
    why="the hedged gonorrhoea is the partner's, not the patient's; the patient is only tested")

add("der-oklart-om-dermatitis-herpetiformis", "skane", "19890209-393", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Karin Lindqvist", "läkare",
         "2024-09-10 13:30", "14:15", OV, [
             ("Anamnes", "Kraftigt kliande blåsor på armbågar, knän och sätesregion sedan 2 mån. "
                         "Lös avföring periodvis."),
             ("Status", "Grupperade exkorierade vesikler och papler på extensorsidor och nates."),
             ("Bedömning", "Oklart om det rör sig om dermatitis herpetiformis eller en exkorierad eksemåkomma. "
                           "Biopsi för PAD och direkt IF perilesionalt, transglutaminas-IgA i blod."),
         ])],
    must=["NL102"],
    why="'Oklart om det rör sig om dermatitis herpetiformis' is an open diagnosis in visible text")

add("der-ljus-ssk-mojligen-kvarvarande-fjallning", "skane", "19841117-600", [
    note("n1", M, "Sjuksköterskeanteckning", "S_LJUS_LUND", "Camilla Berg", "sjuksköterska",
         "2024-03-26 07:50", "08:10", OV, [
             ("Åtgärd", "Behandling nr 18 med TL-01, dos 1,4 J/cm2. Ingen rodnad efter förra behandlingen."),
             ("Status", "Kända psoriasisplack på bålen nästan helt avblekta, möjligen lite kvarvarande fjällning "
                        "på armbågar och knän. Ingen klåda."),
         ])],
    must_not=["NL102"],
    why="'möjligen' hedges a finding (residual scaling), not a diagnosis; psoriasis is known")

add("der-morfea-barn-vardnadshavare-ej-informerade", "skane", "20150604-482", [
    note("n1", M, "Läkaranteckning", "S_BARNHUD_MALMO", "Björn Axelsson", "läkare",
         "2024-03-01 11:40", "12:20", OV, [
             ("Provsvar", "PAD från biopsi på bålen bekräftar morfea (lokaliserad sklerodermi), plackformad typ."),
             ("Bedömning", "Morfea på bålen och vä lår. Takrolimussalva, ställningstagande till metotrexat vid progress."),
             ("Planering", "Vårdnadshavarna har inte informerats om PAD-svaret ännu; besked ges vid återbesöket "
                           "14/3 när båda föräldrarna kan komma."),
         ])],
    must=["NL101"],
    why="child under 13: confirmed morphea visible to the guardians who per the note have not been told")

add("der-epikris-mojlig-dress-karbamazepin", "vgr", "19580316-324", [
    note("n1", M, "Epikris", "V_HUDAVD_SU", "Sara Lind", "läkare",
         "2024-10-04 14:00", "15:10", SV, [
             ("Epikris", "Inkommer med feber, ansiktsödem och generaliserat makulopapulöst exantem 4 v efter "
                         "insättning av karbamazepin mot trigeminusneuralgi. Eosinofili 2,1 och ALAT 4,5. "
                         "Möjlig DRESS, RegiSCAR 5 poäng. Karbamazepin utsatt, prednisolon 0,5 mg/kg med god "
                         "effekt. Hudstatus i förbättring och levervärden sjunkande vid utskrivning."),
             ("Planering", "Nedtrappning enl separat schema. Lab-kontroll på vc om 1 v. "
                           "Varning för karbamazepin inlagd."),
         ])],
    must=["NL102"],
    why="inpatient epicrisis keeps 'Möjlig DRESS' as a hedged diagnosis in visible text")

add("der-teledermatoskopi-trol-seb-keratos-dd-bcc", "skane", "19551201-117", [
    note("n1", M, "Konsultationssvar", "S_HUD_HBG", "Amira Haddad", "läkare",
         "2024-08-28 15:45", "16:00", OV, [
             ("Konsultationssvar", "Teledermatoskopi, remiss från Vårdcentralen Höganäs. Bilderna visar en 11 mm "
                                   "lesion på bålen med milia-lika cystor och komedoliknande öppningar, men även ett par "
                                   "arboriserande kärl i kanten. Trol. seborroisk keratos, DD pigmenterat basaliom. "
                                   "Remissen omvandlas till besök hos oss för biopsi."),
         ])],
    must=["NL102"],
    why="teledermatoscopy answer with 'DD pigmenterat basaliom' left open in visible text")

add("der-lichen-planus-fragetecken-diagnos", "vgr", "19630722-560", [
    note("n1", M, "Läkaranteckning", "V_HUD_SAS", "Jonas Wikström", "läkare",
         "2024-02-22 10:00", None, OV, [
             ("Status", "Violetta, platta polygonala papler på handleder och fotleder med Wickhams strier. "
                        "Retikulärt vitt mönster på buckala slemhinnan bilat."),
             ("Diagnos", "Lichen planus? L43.9"),
             ("Planering", "Biopsi om ingen förbättring på potent steroid inom 4 v."),
         ])],
    must=["NL102"],
    why="question mark after the diagnosis under sökord Diagnos (unsigned draft)")

# ---- part 3 ---------------------------------------------------------------

add("der-pmo-bvc-misstankt-atopiskt-eksem", "skane", "20230815-197", [
    note("n1", P, "BVC-besök", "P_BVC_ESLOV", "Annika Strand", "sjuksköterska",
         "2024-02-19 09:00", "09:45", OV, [
             ("Besöksorsak", "6-månaderskontroll."),
             ("Aktuellt", "Torra röda fläckar på kinderna och i armvecken som kliar, orolig nattetid. "
                          "Mamma har astma."),
             ("Bedömning", "Misstänkt atopiskt eksem. Info om mjukgörande 2 ggr dagl. Tid hos BVC-läkare om 2 v."),
         ])],
    must_not=["NL102"],
    why="hedged eczema in a PMO BVC note; PMO does not show diagnoses")

add("der-talar-emot-nagelpsoriasis", "vgr", "19710403-239", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-05-28 11:10", "11:40", OV, [
             ("Status", "Gulvita förtjockade tånaglar dig I-III bilat med subungual hyperkeratos. "
                        "Inga gropar, inga oljefläckar, hud i övrigt u.a."),
             ("Bedömning", "Fynden talar emot nagelpsoriasis. Nagelskrap för direktmikroskopi och odling taget, "
                           "svar om 3-4 v."),
         ])],
    must_not=["NL102"],
    why="'talar emot nagelpsoriasis' argues against the diagnosis: negated, no hedge of the patient's disease")

add("der-prep-inga-tecken-pa-sekundarsyfilis", "skane", "19920806-451", [
    note("n1", M, "Mottagningsanteckning", "S_STI_LUND", "Viktor Sandberg", "läkare",
         "2024-06-18 16:00", "16:30", OV, [
             ("Aktuellt", "PrEP-kontroll var 3:e månad. Inga symtom. 5 partners sedan förra besöket, kondom ibland."),
             ("Status", "Hud och slemhinnor u.a., inga tecken på sekundärsyfilis eller primärsår. "
                        "Inga förstorade lymfkörtlar."),
             ("Åtgärd", "Provtagning enl PrEP-program: HIV, syfilis, kreatinin, NAAT från 3 lokaler. "
                        "Recept emtricitabin/tenofovir förnyat 3 mån."),
         ])],
    must_not=["NL102"],
    why="'inga tecken på sekundärsyfilis' is a negated diagnosis in a routine PrEP check")

add("der-dermatomyosit-ej-informerad-fore-dt", "vgr", "19670930-284", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Maria Ek", "läkare",
         "2024-10-15 13:00", "13:45", OV, [
             ("Anamnes", "Heliotropt utslag periorbitalt, Gottrons papler och proximal muskelsvaghet sedan 2 mån."),
             ("Provsvar", "CK 3 400. Anti-TIF1-gamma positiv. PAD från hud: interface-dermatit med mucin, "
                          "bilden stämmer med dermatomyosit."),
             ("Bedömning", "Dermatomyosit, TIF1-gamma-positiv. DT thorax-buk och mammografi beställda som led i "
                           "malignitetsscreening."),
             ("Planering", "Pat är ännu inte informerad om diagnosen dermatomyosit; besked ges samlat när "
                           "DT-svaret finns."),
         ])],
    must=["NL101"],
    why="confirmed dermatomyositis visible while the patient is explicitly not yet informed of it")

add("der-ej-informerad-om-operationsdatum", "skane", "19380126-095", [
    note("n1", M, "Sjuksköterskeanteckning", "S_HUD_YSTAD", "Lena Mattsson", "sjuksköterska",
         "2024-04-10 10:30", "10:45", OV, [
             ("Planering", "Basaliom på hö tinning, pat fick besked om PAD av dr Lind 3/4. Operationstid ännu inte "
                           "fastställd och pat är ej informerad om datum. Ringer honom när planeringen är klar."),
         ])],
    must_not=["NL101"],
    why="what is not yet told is the operation date; the diagnosis was already told on 3/4")

add("der-lentigo-maligna-remiss-ej-meddelad", "vgr", "19590419-426", [
    note("n1", M, "Läkaranteckning", "V_HUD_NU", "Per-Erik Nilsson", "läkare",
         "2024-03-04 15:00", "15:20", OV, [
             ("Bedömning", "Lentigo maligna på vä kind, 2,5 cm, bekräftad med PAD. Pat fick diagnosen vid besöket "
                           "20/2 och valde kirurgi."),
             ("Planering", "Remiss till plastikkirurgen Sahlgrenska skickad idag. Pat är inte informerad om att "
                           "remissen gått iväg, brev skickas."),
         ])],
    must_not=["NL101"],
    why="the untold item is that a referral was sent; the diagnosis itself was told 20/2")

add("der-kan-rora-sig-om-granuloma-anulare-barn", "skane", "20120508-226", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Ola Fransson", "läkare",
         "2024-03-21 09:15", "09:50", OV, [
             ("Anamnes", "11-årig flicka med ringformade hudförändringar på handryggarna sedan i våras. "
                         "Inga besvär i övrigt. Kommer med pappa."),
             ("Status", "Hudfärgade till lätt rosa papler i ringform, 1-2 cm, utan fjällning, på båda handryggarna."),
             ("Bedömning", "Kan röra sig om granuloma anulare. Ingen behandling behövs nu, ofta självläkande. "
                           "Svampskrap taget för att utesluta tinea."),
         ])],
    must=["NL102"],
    why="'Kan röra sig om granuloma anulare' hedges the child's diagnosis in visible text")

add("der-inger-misstanke-om-mycosis-fungoides", "vgr", "19560224-351", [
    note("n1", M, "Läkaranteckning", "V_HUD_SAS", "Lovisa Engström", "läkare",
         "2024-11-05 10:40", "11:30", OV, [
             ("Status", "Multipla välavgränsade atrofiska, rödbruna plack på nates, höfter och bål, "
                        "delvis poikilodermi."),
             ("Bedömning", "Kliniska bilden inger misstanke om mycosis fungoides. Tre stansbiopsier tagna, "
                           "klonalitetsanalys begärd. Remiss lymfomteamet när PAD föreligger."),
         ])],
    must=["NL102"],
    why="'inger misstanke om mycosis fungoides' in a visible Bedömning (VGR)")

add("der-melanom-pat-ovetande-utomlands", "skane", "19810711-568", [
    note("n1", M, "Telefonanteckning", "S_HUD_HBG", "Ingrid Ek", "läkare",
         "2024-04-29 12:05", "12:25", OV, [
             ("Provsvar", "PAD från hö axel: nodulärt malignt melanom, Breslow 2,4 mm med ulceration, pT3b."),
             ("Telefonkontakt", "Försökt nå pat för att boka besked, hon är utomlands till 10/5 enligt sambon. "
                                "Pat är alltså ännu ovetande om att det var melanom. Sambon fick inga uppgifter."),
         ])],
    must=["NL101"],
    why="lay wording 'ännu ovetande om' a confirmed melanoma that stands in visible text")

add("der-typo-trolgit-erysipelas-inlaggning", "vgr", "19500131-377", [
    note("n1", M, "Inskrivningsanteckning", "V_HUDAVD_SU", "Erik Sundqvist", "läkare",
         "2024-07-22 19:40", "20:30", SV, [
             ("Aktuellt", "Svullet, varmt och rött vä underben sedan igår, frossa och feber 39,4. "
                          "Fotsvamp mellan tårna."),
             ("Bedömning", "Trolgit erysipelas med ingångsport i interdigital tinea. Inläggning för iv "
                           "bensylpenicillin 1 g x 3, högläge, antimykotisk kräm."),
         ])],
    must=["NL102"],
    why="typo 'Trolgit' (troligt) still hedges erysipelas in an inpatient admission note")

add("der-vgr-tidiga-hypoteser-och-synlig-misstanke", "vgr", "19660509-193", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Sara Lind", "läkare",
         "2024-09-03 14:30", "15:20", OV, [
             ("Aktuellt", "Åter för uppföljning av generaliserad klåda sedan ett halvår och nattliga svettningar. "
                          "Viktnedgång 6 kg."),
             ("Bedömning", "Misstänkt kutant T-cellslymfom, Sézarys syndrom bör övervägas. "
                           "Flödescytometri på blod beställd."),
             ("Tidiga hypoteser", "Paraneoplastisk klåda vid Hodgkins lymfom är också möjlig, "
                                  "DT hals-thorax-buk tas."),
         ])],
    must=["NL102"],
    why="VGR note uses Tidiga hypoteser for one idea but leaves another hedged lymphoma in visible Bedömning")

add("der-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "19860317-508", [
    note("n1", M, "Läkaranteckning", "S_HUD_MALMO", "Mikael Andersson", "läkare",
         "2024-05-15 10:20", "11:00", OV, [
             ("Aktuellt", "Recidiverande smärtsamma knölar i armhålor och ljumskar sedan tonåren, "
                          "nu även diarréer."),
             ("Tidiga hypoteser", "Misstänkt hidradenitis suppurativa Hurley II, men Mb Crohn med kutant "
                                  "engagemang bör övervägas. Calprotectin beställt."),
         ])],
    must=["NL102"],
    why="Skåne protects by template, not sökord: 'Tidiga hypoteser' as sökord in a Läkaranteckning stays visible")

add("der-syfilis-kan-uteslutas-negativ-serologi", "skane", "19941208-642", [
    note("n1", M, "Telefonanteckning", "S_VEN_MALMO", "Hanna Olofsson", "sjuksköterska",
         "2024-08-07 09:40", "09:55", OV, [
             ("Telefonkontakt", "Pat ringer om provsvar efter att ex-partnern fått syfilis. TPPA och RPR negativa "
                                "14 v efter senaste kontakt, syfilis kan därmed uteslutas. Pat informerad och lättad."),
         ])],
    must_not=["NL102"],
    why="'kan därmed uteslutas' is a ruled-out diagnosis (contrast with 'kan ej uteslutas')")

add("der-hiv-pat-informerad-maken-ej", "vgr", "19830124-311", [
    note("n1", M, "Läkaranteckning", "V_VEN_SU", "Leila Rahimi", "läkare",
         "2024-06-27 13:10", "14:00", OV, [
             ("Aktuellt", "Återbesök för besked. Pat fick idag veta att han har HIV-1-infektion, bekräftad med "
                          "linjeblot. Han tog det sakligt, frågor om behandling och prognos besvarade."),
             ("Planering", "Maken är ännu inte informerad, pat vill berätta själv i helgen. Smittspårning startas "
                           "måndag med kurator. Remiss infektion skickad."),
         ])],
    must_not=["NL101"],
    why="the patient was told today; only the husband has not been informed")

add("der-pmo-vc-telefon-fragetecken-baltros", "skane", "19450601-406", [
    note("n1", P, "Telefonkontakt", "P_VC_TOMELILLA", "Birgitta Holmgren", "sjuksköterska",
         "2024-09-23 08:20", "08:35", OV, [
             ("Telefonkontakt", "Brännande smärta och blåsor i ett bälte på vä sida av bröstkorgen sedan igår. "
                                "?Bältros. Tid hos dr idag kl 14 för bedömning och ev. antiviral behandling."),
         ])],
    must_not=["NL102"],
    why="'?Bältros' written in a PMO telephone note: no NL102 in PMO")

# ---- part 4 ---------------------------------------------------------------

add("der-hogrisk-scc-ora-ej-meddelas-fore-mdk", "skane", "19480417-137", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Karin Lindqvist", "läkare",
         "2024-11-14 15:30", "16:05", OV, [
             ("Provsvar", "PAD från hö öra: lågt differentierad skivepitelcancer, djup 7 mm, perineural växt."),
             ("Bedömning", "Högrisk-skivepitelcancer på hö ytteröra."),
             ("Planering", "Tas upp på MDK för huvud-halstumörer på tisdag. Diagnosen ska inte meddelas pat innan "
                           "konferensen, vi vill ge besked om behandlingsplanen samtidigt."),
         ])],
    must=["NL101"],
    why="'Diagnosen ska inte meddelas pat innan konferensen' with the confirmed cancer visible")

add("der-melanom-informerad-vid-besoket", "vgr", "19620812-506", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-04-23 09:30", "10:10", OV, [
             ("Aktuellt", "Besked om PAD efter excision av lesion på vä vad."),
             ("Bedömning", "Malignt melanom, Breslow 0,5 mm, pT1a. Har informerat pat om diagnosen, den goda "
                           "prognosen och att en utvidgad excision med 1 cm marginal behövs. "
                           "Skriftlig info och kontaktsjuksköterska."),
         ])],
    must_not=["NL101"],
    why="confirmed melanoma told to the patient at this visit")

add("der-typo-ingen-missanke-om-malignitet", "skane", "19770305-279", [
    note("n1", M, "Läkaranteckning", "S_HUD_KRI", "Eva Sjöberg", "läkare",
         "2024-06-12 13:50", "14:15", OV, [
             ("Status", "Multipla bruna, vaxartade papler på bålen med påklistrat utseende och milia-lika "
                        "cystor i dermatoskopi."),
             ("Bedömning", "Seborroiska keratoser. Ingen missanke om malignitet. Kan frysas eller lämnas, "
                           "pat väljer att avvakta."),
         ])],
    must_not=["NL102"],
    why="typo 'missanke' inside a negation ('Ingen missanke om malignitet'); diagnosis is firm")

add("der-pad-ej-forenligt-med-lichen-planus", "vgr", "19750613-428", [
    note("n1", M, "Läkaranteckning", "V_HUD_NU", "Lars Hansson", "läkare",
         "2024-02-08 11:20", "11:45", OV, [
             ("Provsvar", "PAD från biopsi på munslemhinnan: ospecifik inflammation, ej förenligt med lichen "
                          "planus. Ingen dysplasi."),
             ("Bedömning", "Friktionskeratos från vass tandkant. Remiss tandläkare för slipning."),
         ])],
    must_not=["NL102"],
    why="'ej förenligt med lichen planus' is negated; the friction keratosis is stated firmly")

add("der-sannolik-gonorre-uretrit-mikroskopi", "skane", "20001019-455", [
    note("n1", M, "Läkaranteckning", "S_STI_LUND", "Viktor Sandberg", "läkare",
         "2024-10-01 10:50", "11:20", OV, [
             ("Aktuellt", "Gulgrön flytning från urinröret och sveda sedan 3 dagar. Oskyddat vaginalt samlag "
                          "för en vecka sedan."),
             ("Status", "Purulent uretral flytning. Direktmikroskopi: intracellulära gramnegativa diplokocker."),
             ("Bedömning", "Sannolik gonorré. Ceftriaxon 1 g im given efter odling och NAAT. Test-of-cure om 2 v."),
         ])],
    must=["NL102"],
    why="'Sannolik gonorré' in visible Bedömning at the STI clinic")

add("der-om-klamydia-positiv-villkor", "vgr", "19980402-562", [
    note("n1", M, "Sjuksköterskeanteckning", "V_STI_SAS", "Fatima Yusuf", "sjuksköterska",
         "2024-03-13 14:00", "14:15", OV, [
             ("Aktuellt", "Vill testa sig efter ny partner, inga symtom."),
             ("Åtgärd", "Självtest vaginalt för klamydia och gonorré."),
             ("Planering", "Om klamydiatestet blir positivt ringer vi, skickar recept på doxycyklin och startar "
                           "smittspårning. Negativt svar kommer via 1177."),
         ])],
    must_not=["NL102"],
    why="'Om klamydiatestet blir positivt' is hypothetical, no diagnosis of the patient is hedged")

add("der-lokal-puva-fragetecken-plan", "skane", "19690829-333", [
    note("n1", M, "Läkaranteckning", "S_HUD_HBG", "Amira Haddad", "läkare",
         "2024-09-17 10:00", "10:35", OV, [
             ("Bedömning", "Hyperkeratotiskt handeksem, otillräcklig effekt av klobetasol, alitretinoin avbrutet "
                           "pga huvudvärk."),
             ("Planering", "Lokal PUVA mot händerna? Tas upp med ljusenheten. Dupilumab är alternativet om PUVA "
                           "inte fungerar."),
         ])],
    must_not=["NL102"],
    why="the question mark asks about a treatment, not about a diagnosis")

add("der-vgr-tidiga-hypoteser-gravid-nevus", "vgr", "19900827-646", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Maria Ek", "läkare",
         "2024-07-09 09:00", "09:50", OV, [
             ("Aktuellt", "Gravid v. 24, kommer för kontroll av ett födelsemärke som mörknat."),
             ("Status", "Vä lår: 7 mm lesion med perifera prickar och globuli."),
             ("Åtgärd", "Excision i lokalbedövning, PAD skickat."),
             ("Tidiga hypoteser", "Troligt melanom, men graviditetsrelaterade nevusförändringar kan ge liknande "
                                  "bild. Pat är ej informerad om melanommisstanken, avvaktar PAD."),
         ])],
    must_not=["NL102", "NL101"],
    why="hedged and untold melanoma only under VGR sökord Tidiga hypoteser; visible sections neutral")

add("der-skane-th-mall-portvaktskortel-ej-informerad", "skane", "19740914-395", [
    note("n1", M, "Tidiga hypoteser", "S_HUD_LUND", "Ola Fransson", "läkare",
         "2024-12-03 16:20", "16:40", OV, [
             ("Bedömning", "PAD från portvaktskörtel vä axill visar mikrometastas 0,4 mm. Pat ej informerad ännu, "
                           "besked ges av ansvarig kirurg efter MDK."),
         ])],
    must_not=["NL101", "NL102"],
    why="untold finding kept only in the Skåne Tidiga hypoteser template, which is not shown")

add("der-klamydia-pat-har-inte-fatt-veta", "vgr", "20040214-388", [
    note("n1", M, "Telefonanteckning", "V_VEN_SU", "Emma Karlsson", "sjuksköterska",
         "2024-05-06 16:10", None, OV, [
             ("Provsvar", "Klamydia-NAAT vaginalt positiv, gonorré negativ."),
             ("Telefonkontakt", "Pat har inte fått veta att klamydiaprovet var positivt: tre samtal utan svar och "
                                "inget svar på 1177-meddelandet där hon ombeds ringa oss. Recept på doxycyklin "
                                "förberett men ej skickat."),
         ])],
    must=["NL101"],
    why="positive chlamydia visible while 'Pat har inte fått veta' (draft)")

add("der-negativa-prover-ej-meddelade", "skane", "19950110-213", [
    note("n1", M, "Sjuksköterskeanteckning", "S_STI_LUND", "Tove Lindberg", "sjuksköterska",
         "2024-02-13 13:30", "13:40", OV, [
             ("Provsvar", "HIV och syfilis negativa. NAAT svalg, uretra och rektum negativa."),
             ("Planering", "Pat ej informerad om de negativa svaren ännu, de publiceras automatiskt i 1177 inom "
                           "ett par dagar. PrEP fortsätter oförändrat."),
         ])],
    must_not=["NL101"],
    why="the untold results are all normal: no diagnosis is withheld")

add("der-teledermatoskopi-vgr-benignt-ev-ny-bild", "vgr", "19800115-620", [
    note("n1", M, "Konsultationssvar", "V_TELEDERM_KUNG", "Henrik Falk", "läkare",
         "2024-01-25 15:00", "15:05", OV, [
             ("Konsultationssvar", "Teledermatoskopisk bedömning på remiss från Närhälsan Ytterby vårdcentral. "
                                   "Regelbundet globulärt mönster, symmetrisk pigmentering, 4 mm. Benignt nevus, "
                                   "inget som talar för melanom. Ev. ny bild om pat märker förändring, ingen kontroll "
                                   "planerad av oss."),
         ])],
    must_not=["NL102"],
    why="teledermatoscopy: benign nevus, melanoma negated; 'Ev.' refers to a new photo")

add("der-verkar-vara-kontakteksem-frisor", "skane", "19930707-644", [
    note("n1", M, "Läkaranteckning", "S_HUD_YSTAD", "Nadia Petrović", "läkare",
         "2024-10-22 08:30", "09:10", OV, [
             ("Anamnes", "Frisör sedan 5 år. Eksem på händer och underarmar som förbättras på semestrar."),
             ("Status", "Lichenifierade, fjällande eksem på fingrarnas dorsalsidor och handryggar, fissurer."),
             ("Bedömning", "Verkar vara ett allergiskt kontakteksem med hårfärgsämnen som misstänkta allergen. "
                           "Epikutantest med basserie och frisörserie bokas."),
         ])],
    must=["NL102"],
    why="'Verkar vara ett allergiskt kontakteksem' is a hedged diagnosis in visible text")

add("der-misstanken-om-psoriasis-nu-bekraftad", "vgr", "19870531-275", [
    note("n1", M, "Läkaranteckning", "V_HUD_SAS", "Lovisa Engström", "läkare",
         "2024-08-13 10:15", "10:45", OV, [
             ("Provsvar", "PAD från fjällande plack på armbåge: psoriasiform hyperplasi, parakeratos och "
                          "Munros mikroabscesser."),
             ("Bedömning", "Den kliniska misstanken om psoriasis är nu histologiskt bekräftad. Psoriasis vulgaris, "
                           "PASI 6. Start med kalcipotriol/betametason gel."),
         ])],
    must_not=["NL102"],
    why="'misstanken ... är nu bekräftad': the diagnosis is confirmed, no open hypothesis remains")

add("der-urtikariavaskulit-fragetecken", "skane", "19721209-486", [
    note("n1", M, "Läkaranteckning", "S_HUD_MALMO", "Gustav Lind", "läkare",
         "2024-04-04 14:40", "15:15", OV, [
             ("Anamnes", "Utslag i 3 mån, enskilda kvaddlar sitter kvar mer än 2 dygn och lämnar blåmärken. "
                         "Ledvärk i händerna."),
             ("Bedömning", "Urtikariavaskulit? Stansbiopsi från färsk kvaddel, komplement C3, C4, C1q och SR."),
         ])],
    must=["NL102"],
    why="'Urtikariavaskulit?' — question mark after a diagnosis in Bedömning")

# ---- part 5 ---------------------------------------------------------------

add("der-bowen-besked-via-1177-tidigare", "skane", "19540328-420", [
    note("n1", M, "Läkaranteckning", "S_HUD_KRI", "Eva Sjöberg", "läkare",
         "2024-04-18 10:00", "10:20", OV, [
             ("Aktuellt", "Återbesök efter excision av Mb Bowen på vä underben. Pat fick PAD-besked via "
                          "1177-meddelande 5/3 och har läst det."),
             ("Status", "Läkt ärr, inget recidiv."),
             ("Bedömning", "Radikalt exciderad Mb Bowen. Ingen ytterligare uppföljning, pat instruerad i egenkontroll."),
         ])],
    must_not=["NL101"],
    why="the diagnosis was told earlier through a 1177 message")

add("der-melanom-in-situ-n1-ej-besked", "skane", "19590926-157", [
    note("n1", M, "Läkaranteckning", "S_HUD_HBG", "Ingrid Ek", "läkare",
         "2024-05-06 15:10", "15:40", OV, [
             ("Provsvar", "PAD från ryggen: malignt melanom in situ, radikalt exciderat."),
             ("Bedömning", "Melanom in situ, reexcision med 5 mm marginal räcker."),
             ("Planering", "Har ej hunnit ge pat besked om melanomet, ringer honom efter semestern v. 20."),
         ]),
    note("n2", M, "Telefonanteckning", "S_HUD_HBG", "Ingrid Ek", "läkare",
         "2024-05-15 09:30", "09:45", OV, [
             ("Telefonkontakt", "Ringde pat och gav besked om melanom in situ på ryggen. Reexcision bokas, "
                                "han hade inga frågor just nu."),
         ])],
    must=["NL101@n1"],
    why="the first note withholds a confirmed melanoma in situ; it fires on n1 although n2 later tells")

add("der-merkelcell-n2-besked-givet", "vgr", "19760418-468", [
    note("n1", M, "Läkaranteckning", "V_HUD_NU", "Per-Erik Nilsson", "läkare",
         "2024-09-02 14:00", "14:30", OV, [
             ("Provsvar", "PAD från hö kind: Merkelcellskarcinom, 14 mm."),
             ("Bedömning", "Merkelcellskarcinom. Pat är inte informerad än, besked ges av onkolog och undertecknad "
                           "gemensamt 9/9."),
         ]),
    note("n2", M, "Läkaranteckning", "V_HUD_NU", "Per-Erik Nilsson", "läkare",
         "2024-09-09 11:00", "11:50", OV, [
             ("Aktuellt", "Gemensamt besök med onkolog. Pat och hennes dotter informerade om Merkelcellskarcinomet "
                          "och planen med portvaktskörtel och strålbehandling."),
             ("Bedömning", "Pat förstod beskedet, ledsen men samlad. Kontaktsjuksköterska utsedd."),
         ])],
    must=["NL101@n1"], must_not=["NL101@n2"],
    why="n1 withholds Merkel cell carcinoma (fires); n2 documents that the patient was told (silent)")

add("der-ljus-ssk-ev-dysplastiskt-nevus", "skane", "19820203-091", [
    note("n1", M, "Sjuksköterskeanteckning", "S_LJUS_LUND", "Camilla Berg", "sjuksköterska",
         "2024-11-19 08:00", None, OV, [
             ("Åtgärd", "UVB nr 9, 0,8 J/cm2, inga biverkningar. Psoriasisplacken på benen bleknar."),
             ("Status", "Noterar ny pigmenterad förändring på bröstet, ca 6 mm, ev. dysplastiskt nevus. "
                        "Dr Hansson tittar på den vid läkarbesöket på fredag."),
         ])],
    must=["NL102"],
    why="phototherapy nurse hedges a diagnosis ('ev. dysplastiskt nevus') in visible Status (draft)")

add("der-bild-som-vid-pityriasis-rosea", "vgr", "19991120-406", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-03-27 13:30", "14:00", OV, [
             ("Status", "Ovala laxrosa fläckar med krage av fjäll längs hudlinjerna på bålen i julgransmönster. "
                        "Större primärfläck på vä flank."),
             ("Bedömning", "Bild som vid pityriasis rosea. Självläkande på 6-8 v, klådstillande vid behov. "
                           "Syfilisserologi tagen pga ny partner nyligen."),
         ])],
    must=["NL102"],
    why="'Bild som vid pityriasis rosea' is a hedged clinical diagnosis")

add("der-pmo-vc-typo-trolig-psoriais", "skane", "19900714-159", [
    note("n1", P, "Besöksanteckning", "P_VC_SORGENFRI", "Ahmed Khalil", "läkare",
         "2024-02-29 10:30", "11:00", OV, [
             ("Bedömning", "Trolig psoriais på armbågar och knän, mamma har samma. Kalcipotriol/betametason salva, "
                           "återbesök 6 v."),
         ])],
    must_not=["NL102"],
    why="typo 'psoriais' in a hedged PMO diagnosis; PMO never shows diagnoses")

add("der-differentialdiagnos-ak-vs-bowen", "skane", "19420511-375", [
    note("n1", M, "Läkaranteckning", "S_HUD_YSTAD", "Nadia Petrović", "läkare",
         "2024-05-23 09:20", None, OV, [
             ("Status", "Hö tinning: 12 mm rodnad, fjällande plack utan infiltration. Flera AK i hårbotten."),
             ("Bedömning", "Differentialdiagnos aktinisk keratos vs Morbus Bowen. PDT passar för båda och ges om "
                           "2 v utan biopsi. Kvarstår förändringen efter 3 mån tas biopsi."),
         ])],
    must=["NL102"],
    why="'Differentialdiagnos aktinisk keratos vs Morbus Bowen' leaves the diagnosis open (draft)")

add("der-susp-tinea-corporis-kattunge-barn", "vgr", "20180623-171", [
    note("n1", M, "Läkaranteckning", "V_BARNHUD_DSBUS", "Ebba Nyström", "läkare",
         "2024-04-11 10:00", "10:35", OV, [
             ("Anamnes", "5-årig pojke, familjen har skaffat en kattunge. Runda fläckar på halsen och armen sedan 3 v."),
             ("Status", "Tre ringformade, fjällande fläckar med aktiv kant och central avblekning, 1-2 cm."),
             ("Bedömning", "Susp. tinea corporis (Microsporum canis?). Hudskrap för odling. Terbinafinkräm 2 v, "
                           "kattungen till veterinär."),
         ])],
    must=["NL102"],
    why="'Susp. tinea corporis' in a child's visible note (guardian reads)")

add("der-inget-som-talar-for-ctcl", "vgr", "19600301-262", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Sara Lind", "läkare",
         "2024-06-20 14:10", "14:40", OV, [
             ("Provsvar", "PAD från tre lokaler: spongiotisk dermatit utan atypi, TCR-klonalitet polyklonal."),
             ("Bedömning", "Inget som talar för kutant T-cellslymfom. Bedöms som kroniskt nummulärt eksem, "
                           "förstärkt behandling med mometason och ljusbehandling."),
         ])],
    must_not=["NL102"],
    why="'Inget som talar för' negates lymphoma; the eczema diagnosis is stated firmly")

add("der-hudavd-trolig-utskrivning-pemfigoid", "skane", "19530812-584", [
    note("n1", M, "Daganteckning", "S_HUDAVD_LUND", "Erika Blom", "läkare",
         "2024-01-18 11:00", "11:30", SV, [
             ("Aktuellt", "Dag 6 på avd för bullös pemfigoid, bekräftad med PAD och IF. Inga nya blåsor senaste "
                          "48 h, erosionerna epiteliserar."),
             ("Planering", "Trolig utskrivning i morgon. Prednisolon 30 mg med nedtrappning, klobetasolkräm på "
                           "kvarvarande erosioner, hemsjukvård för omläggning."),
         ])],
    must_not=["NL102"],
    why="'Trolig utskrivning i morgon' hedges discharge, not the confirmed pemphigoid")

add("der-barn-storebror-trol-impetigo", "skane", "20161025-195", [
    note("n1", M, "Läkaranteckning", "S_BARNHUD_MALMO", "Björn Axelsson", "läkare",
         "2024-05-30 13:00", "13:30", OV, [
             ("Anamnes", "Kommer med pappa. Atopiskt eksem sedan spädbarnsåldern. Storebror har trol. impetigo "
                         "enl vc och behandlas med antibiotika."),
             ("Status", "Torr hud, eksem i böjveck, inga krustor och inga blåsor."),
             ("Bedömning", "Atopiskt eksem med måttlig aktivitet, ingen infektion hos pat. Grupp II i böjveck 2 v, "
                           "därefter underhåll 2 ggr/v."),
         ])],
    must_not=["NL102"],
    why="the hedged impetigo belongs to the brother; the child's eczema is confirmed")

add("der-hemangiom-vid-krakningar-ring", "vgr", "20221109-482", [
    note("n1", M, "Telefonanteckning", "V_BARNHUD_DSBUS", "Johanna Viklund", "sjuksköterska",
         "2024-02-15 10:20", "10:30", OV, [
             ("Telefonkontakt", "Mamma ringer, flickan har hemangiom i pannan och propranolol sedan 3 v och äter bra. "
                                "Råd: ge dosen i samband med måltid. Vid kräkningar, feber eller om hon inte vill äta "
                                "ska dosen hoppas över och mamma ringa oss."),
         ])],
    must_not=["NL102"],
    why="conditional safety advice in a child's note; the haemangioma is confirmed")

add("der-tidig-latent-syfilis-ej-meddelat", "vgr", "19680219-319", [
    note("n1", M, "Läkaranteckning", "V_VEN_SU", "Leila Rahimi", "läkare",
         "2024-10-29 15:00", "15:30", OV, [
             ("Provsvar", "Syfilisserologi: TPPA positiv, RPR 1:64. Negativ för 8 mån sedan."),
             ("Bedömning", "Tidig latent syfilis."),
             ("Planering", "Ej meddelat patienten ännu, han får beskedet vid besök imorgon då bensatinpenicillin "
                           "ges. Smittspårare kopplas in."),
         ])],
    must=["NL101"],
    why="confirmed early latent syphilis visible with 'Ej meddelat patienten ännu'")

add("der-typo-ej-infomerad-morfeaformt-basaliom", "skane", "19470630-344", [
    note("n1", M, "Läkaranteckning", "S_HUD_KRI", "Eva Sjöberg", "läkare",
         "2024-08-22 14:30", "15:00", OV, [
             ("Provsvar", "PAD från hö näsvinge: morfeaformt basaliom, ej radikalt i lateral kant."),
             ("Bedömning", "Basaliom av högrisktyp, icke radikalt exciderat."),
             ("Planering", "Pat ej infomerad om PAD-svaret. Remiss Mohs-kirurgi Lund, dr ringer henne efter helgen."),
         ])],
    must=["NL101"],
    why="typo 'infomerad' in the not-informed statement; confirmed basal cell carcinoma visible")

add("der-pmo-vc-teledermatoskopi-svar-trol-dermatofibrom", "skane", "19880409-540", [
    note("n1", P, "Administrativ anteckning", "P_VC_AHUS", "Malin Sköld", "läkare",
         "2024-06-05 12:40", "12:50", OV, [
             ("Remissvar", "Svar på teledermatoskopi från hudkliniken: trol. dermatofibrom, ingen åtgärd behövs. "
                           "Pat informerad via 1177."),
         ])],
    must_not=["NL102"],
    why="hedged dermatofibroma quoted in a PMO note; PMO shows no diagnoses")

# ---- part 6 ---------------------------------------------------------------

add("der-hidradenitis-misstanks-starkt", "vgr", "19940816-237", [
    note("n1", M, "Läkaranteckning", "V_HUD_NU", "Lars Hansson", "läkare",
         "2024-01-31 09:45", "10:20", OV, [
             ("Aktuellt", "Återkommande smärtsamma bölder i ljumskarna och under armarna sedan 5 år. "
                          "Rökare, BMI 34."),
             ("Status", "Dubbelkomedoner, fistelgångar och bandformade ärr i axiller och ljumskar bilat."),
             ("Bedömning", "Hidradenitis suppurativa misstänks starkt, Hurley II. Tetracyklin 3 mån, rökstopp "
                           "och viktnedgång diskuterat."),
         ])],
    must=["NL102"],
    why="passive verb form 'misstänks starkt' still hedges the diagnosis")

add("der-gonorre-pat-informerad-partner-ej", "skane", "19961003-628", [
    note("n1", M, "Läkaranteckning", "S_VEN_MALMO", "Hanna Olofsson", "läkare",
         "2024-11-26 13:20", "13:55", OV, [
             ("Aktuellt", "Positiv gonorré i svalg och cervix. Pat informerad vid dagens besök och behandlad "
                          "med ceftriaxon 1 g im."),
             ("Smittspårning", "Två partners uppgivna. Den fasta partnern är inte informerad än, pat vill själv "
                               "berätta ikväll. Den andra kontakten nås via smittspårningsbrev."),
         ])],
    must_not=["NL101"],
    why="patient told today; only the partner is not yet informed")

add("der-lang-sti-journal-chanker-i-status", "skane", "19900222-399", [
    note("n1", M, "Läkaranteckning", "S_STI_LUND", "Viktor Sandberg", "läkare",
         "2024-04-15 13:00", "14:10", OV, [
             ("Aktuellt", "34-årig man som har sex med män, på PrEP sedan 2022, söker extra utöver ordinarie "
                          "kontroll. Sedan ca 2 veckor ett oömt sår vid anus som han först trodde var en hemorrojd. "
                          "Senaste veckan även lätt halsont och trötthet, ingen feber. Ca 8 partners senaste 3 mån, "
                          "varav flera anonyma via app. Kondom används sällan. Senaste syfilisserologi negativ i februari."),
             ("Tidigare sjukdomar", "Gonorré i svalg 2023, behandlad. Rektal klamydia 2022. "
                                    "Hepatit B-vaccinerad. Inga kända allergier."),
             ("Läkemedel", "Emtricitabin/tenofovirdisoproxil 200/245 mg dagligen."),
             ("Status", "AT: opåverkad, afebril. Munhåla: diskret rodnad i svalget, inga plaques. Lymfkörtlar: "
                        "små, oömma inguinalt bilat, ngt större på hö sida. Hud: inga exantem på bål eller i "
                        "handflator. Perianalt kl 6: rundat, rent ulcus 1 cm med indurerad kant, oömt vid palpation, "
                        "bilden inger misstanke om primär syfilis (chanker). Proktoskopi: slemhinna u.a."),
             ("Åtgärd", "PCR för T. pallidum och HSV från ulcus. Serologi: TPPA, RPR, HIV Ag/Ak. NAAT gonorré och "
                        "klamydia från svalg, urin och rektum. Kreatinin."),
             ("Planering", "Empirisk behandling idag med bensatinpenicillin 2,4 milj E im i väntan på svar. "
                           "Avstå sex tills kontroll. Smittspårning startas av kurator när svaren finns. "
                           "Återbesök om 2 v."),
         ])],
    must=["NL102"],
    why="long STI chart: one hedged diagnosis buried in the Status line ('inger misstanke om primär syfilis')")

add("der-lang-psoriasis-biologiskt-inga-hypoteser", "vgr", "19711130-526", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Maria Ek", "läkare",
         "2024-03-14 08:30", "09:40", OV, [
             ("Anamnes", "52-årig kvinna med psoriasis vulgaris sedan 25 års ålder. Tidigare lokala steroider, "
                         "UVB x 3 serier och metotrexat 2019-2022 som sattes ut pga transaminasstegring. Nu besvärligt "
                         "skov sedan i vintras med plack på bål, ben och i hårbotten. Ledvärk förnekas. Arbetar som "
                         "lärare, sömn och arbetsförmåga påverkas. Mamma har typ 2-diabetes, ingen hereditet för "
                         "hudsjukdom."),
             ("Status", "AT gott. Välavgränsade, kraftigt fjällande plack på armbågar, knän, sakrum och längs "
                        "hårfästet. Naglar med distal onykolys på 3 fingrar. Inga daktyliter, inga svullna leder. "
                        "PASI 14,2, BSA 16 %, DLQI 18."),
             ("Lab", "Hb 134, CRP <5, ALAT 0,6, krea 71. Quantiferon negativ, hepatit B och C negativa, HIV negativ. "
                     "Lungrtg u.a."),
             ("Bedömning", "Måttlig till svår plackpsoriasis med otillräcklig effekt av konventionell systembehandling. "
                           "Uppfyller kriterierna för biologisk behandling enl regionala riktlinjer. Ingen misstanke "
                           "om psoriasisartrit i dag."),
             ("Planering", "Start med adalimumab biosimilar, första dosen ges av ssk nästa vecka med "
                           "injektionsundervisning. Eventuellt byte till IL-17-hämmare om PASI 75 inte nås vid 16 v. "
                           "Trolig återbesökstid i slutet av juni. Vaccinationsstatus ses över på vc."),
         ])],
    must_not=["NL102", "NL101"],
    why="long chart whose only hedges concern plans and a negated arthritis; psoriasis is confirmed")

add("der-lang-transplanterad-scc-ej-fatt-besked", "vgr", "19560302-297", [
    note("n1", M, "Läkaranteckning", "V_HUD_NU", "Per-Erik Nilsson", "läkare",
         "2024-04-24 16:00", None, OV, [
             ("Aktuellt", "Journalanteckning utan pat närvarande, han avbokade dagens återbesök pga förkylning. "
                          "68-årig man, njurtransplanterad 2009, immunsupprimerad med takrolimus och mykofenolat. "
                          "Följs årligen här pga många tidigare skivepitelcancrar och aktiniska keratoser i hårbotten "
                          "och på händerna. Biopsi togs 3/4 från en snabbväxande knuta på hö handrygg."),
             ("Provsvar", "PAD: medelhögt differentierad skivepitelcancer, tumördjup 5 mm, växer ut mot djup "
                          "resektionskant. Ingen perineural växt."),
             ("Status", "Vid biopsitillfället: 15 mm exofytisk tumör med central keratinplugg på hö handrygg, "
                        "ingen palpabel axillär körtel. Hårbotten med fält av AK, oförändrat sedan i höstas."),
             ("Bedömning", "Skivepitelcancer hö handrygg hos organtransplanterad, högrisktumör."),
             ("Planering", "Remiss handkirurgen för excision med 1 cm marginal, prioritet 2 veckor. "
                           "Transplantationsenheten kontaktas om justering av immunsuppressionen. Pat har ännu inte "
                           "fått PAD-beskedet, undertecknad ringer honom imorgon när han orkar prata. PDT av hårbotten "
                           "planeras under hösten."),
         ])],
    must=["NL101"], must_not=["NL102"],
    why="long draft chart: confirmed SCC visible and 'Pat har ännu inte fått PAD-beskedet' in Planering")

add("der-lang-erythema-multiforme-negationer", "skane", "20010109-646", [
    note("n1", M, "Läkaranteckning", "S_HUD_MALMO", "Gustav Lind", "läkare",
         "2024-07-16 17:30", "18:40", OV, [
             ("Aktuellt", "23-årig kvinna som kommer via akuten med utslag och sår i munnen sedan 3 dagar. "
                          "Herpes labialis för en vecka sedan. Inga nya läkemedel senaste 2 mån, tar bara p-piller "
                          "sedan flera år. Ingen feber."),
             ("Status", "AT gott, afebril. Hud: typiska måltavlelesioner med tre zoner på handflator, underarmar och "
                        "knän, totalt <5 % BSA. Inga blåsor, Nikolskys tecken negativt. Slemhinnor: erosioner på "
                        "läppar och buckalt, konjunktiver utan injektion, genitalt u.a."),
             ("Lab", "CRP 12, LPK 7,8, leverprover normala. HSV-PCR från läppen positiv för HSV-1."),
             ("Bedömning", "Erythema multiforme major utlöst av herpes labialis. Inga tecken på Stevens-Johnsons "
                           "syndrom då epidermolys saknas och inget läkemedel är aktuellt. Normal lungauskultation "
                           "och HSV-fyndet talar emot mykoplasmautlöst reaktion. Läkemedelsreaktion avskrivs."),
             ("Planering", "Mometasonkräm på hudlesionerna, lidokaingel och betametasonmunskölj. Profylax med "
                           "valaciklovir diskuteras vid recidiv. Hem idag, återbesök hudmott om 1 v."),
         ])],
    must_not=["NL102"],
    why="long chart where every alternative is negated (inga tecken på, talar emot, avskrivs)")

add("der-epikutantest-avlasning-ej-informerad", "skane", "19850127-426", [
    note("n1", M, "Sjuksköterskeanteckning", "S_HUD_HBG", "Maja Åberg", "sjuksköterska",
         "2024-09-05 08:40", "09:00", OV, [
             ("Åtgärd", "Handeksem sedan 2 år, epikutantest pågår. Avläsning dag 3 gjord, slutavläsning dag 7 "
                        "återstår."),
             ("Planering", "Pat ej informerad om några testresultat eftersom läkare bedömer testet efter dag 7."),
         ])],
    must_not=["NL101"],
    why="what is not told is an unfinished test, no diagnosis; the hand eczema is known")

add("der-ljus-installd-ny-tid-ej-meddelad", "vgr", "19520614-257", [
    note("n1", M, "Sjuksköterskeanteckning", "V_LJUS_ALS", "Helena Dahl", "sjuksköterska",
         "2024-10-08 07:45", "08:00", OV, [
             ("Åtgärd", "Dagens behandling inställd pga lampbyte i UVB-kabinen. Pat med atopiskt eksem har inte "
                        "informerats om ny tid ännu, ringer honom i eftermiddag."),
         ])],
    must_not=["NL101"],
    why="the untold item is a new appointment time, not a diagnosis")

add("der-melanom-uteslutet-besked-ej-givet", "skane", "19970304-682", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Ola Fransson", "läkare",
         "2024-02-02 15:30", "15:50", OV, [
             ("Provsvar", "PAD från lesionen på vä skuldra: ingen malignitet, radikalt exciderat. "
                          "Melanom kan uteslutas."),
             ("Planering", "Pat är ännu inte informerad om det lugnande beskedet, ssk skickar 1177-meddelande idag."),
         ])],
    must_not=["NL101", "NL102"],
    why="untold result is benign and melanoma is ruled out; no diagnosis is withheld")

add("der-syfilis-kontroll-inget-om-information", "vgr", "19800517-297", [
    note("n1", M, "Läkaranteckning", "V_STI_SAS", "Oskar Lundin", "läkare",
         "2024-12-10 10:00", "10:15", OV, [
             ("Aktuellt", "Kontroll 3 mån efter behandling av primär syfilis."),
             ("Provsvar", "RPR har sjunkit från 1:32 till 1:4."),
             ("Bedömning", "Adekvat serologiskt svar. Ny kontroll om 6 mån."),
         ])],
    must_not=["NL101"],
    why="confirmed syphilis mentioned; nothing at all is said about telling")

add("der-kan-inte-utesluta-lakemedelsexantem-barn", "skane", "20190912-244", [
    note("n1", M, "Läkaranteckning", "S_HUD_HBG", "Amira Haddad", "läkare",
         "2024-01-11 14:00", "14:40", OV, [
             ("Anamnes", "4-årig flicka som fick amoxicillin för otit, dag 7 kom ett makulopapulöst utslag. "
                         "Feber sedan igår och snuva."),
             ("Status", "Generaliserat morbilliformt exantem, ej urtikariellt, slemhinnor u.a. Opåverkad."),
             ("Bedömning", "Kan inte utesluta läkemedelsexantem, virusexantem är minst lika troligt. Amoxicillin "
                           "noteras som misstänkt överkänslighet tills provokation gjorts om 2 mån."),
         ])],
    must=["NL102"],
    why="'Kan inte utesluta läkemedelsexantem' in a child's visible Bedömning")

add("der-typo-misstankt-primar-syfillis", "vgr", "19930905-453", [
    note("n1", M, "Läkaranteckning", "V_VEN_SU", "Leila Rahimi", "läkare",
         "2024-08-29 11:15", "11:45", OV, [
             ("Status", "Solitärt, oömt, hårt ulcus i sulcus coronarius, 8 mm. Förstorad oöm lymfkörtel i hö ljumske."),
             ("Bedömning", "Misstänkt primär syfillis. PCR från såret och serologi tagna, behandlas redan idag."),
         ])],
    must=["NL102"],
    why="typo 'syfillis' in the key word of a hedged diagnosis")

add("der-fragetecken-for-porphyria-cutanea-tarda", "skane", "19700224-668", [
    note("n1", M, "Läkaranteckning", "S_HUD_MALMO", "Mikael Andersson", "läkare",
         "2024-07-04 10:30", "11:00", OV, [
             ("Anamnes", "Blåsor och skörhet på handryggarna sommartid, ökad behåring i ansiktet. Alkohol 2-3 glas "
                         "vin dagl, östrogenbehandling."),
             ("Bedömning", "Frågetecken för porphyria cutanea tarda. Porfyriner i urin och plasma, ferritin, "
                           "leverprover och hepatitserologi."),
         ])],
    must=["NL102"],
    why="'Frågetecken för porphyria cutanea tarda' written out as a hedge")

add("der-sekundarinfekterat-eksem-fragetecken-barn", "vgr", "20140310-117", [
    note("n1", M, "Läkaranteckning", "V_BARNHUD_DSBUS", "Ebba Nyström", "läkare",
         "2024-09-24 13:45", None, OV, [
             ("Status", "Gulaktiga krustor och vätskande erosioner över atopiska eksem i armvecken och på halsen."),
             ("Bedömning", "Sekundärinfekterat eksem? Eczema herpeticum bedöms mindre troligt då inga utstansade "
                           "erosioner ses. Bakterieodling, flukloxacillin i 7 dgr."),
         ])],
    must=["NL102"],
    why="question mark after 'Sekundärinfekterat eksem' in a child's note (draft)")

add("der-vgr-enbart-tidiga-hypoteser-dermatomyosit", "vgr", "19630118-355", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-11-28 15:40", "16:00", OV, [
             ("Tidiga hypoteser", "Ev. dermatomyosit med malignitetskoppling, pat har klåda i hårbotten och rodnad "
                                  "över knogarna. Ej diskuterat med pat ännu, antikroppar tagna."),
         ])],
    must_not=["NL102", "NL101"],
    why="whole note under VGR sökord Tidiga hypoteser: hedged and untold hypothesis is protected")

# ---- part 7 ---------------------------------------------------------------

add("der-pad-forenligt-med-lichen-sclerosus", "skane", "19581021-662", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Karin Lindqvist", "läkare",
         "2024-06-25 09:10", "09:30", OV, [
             ("Provsvar", "PAD vulva: förenligt med lichen sclerosus, ingen dysplasi."),
             ("Bedömning", "Klobetasolsalva enligt nedtrappningsschema, kontroll om 3 mån."),
         ])],
    must=["NL102"],
    why="pathology wording 'förenligt med lichen sclerosus' is a hedged diagnosis in a visible section")

add("der-aldreboende-eventuell-skabb-telefon", "vgr", "19460908-279", [
    note("n1", M, "Telefonanteckning", "V_HUD_SAS", "Lovisa Engström", "läkare",
         "2024-12-02 11:30", "11:40", OV, [
             ("Telefonkontakt", "Ssk från äldreboende ringer: pat har kliat sig i 3 veckor och flera boende har "
                                "samma besvär. Eventuell skabb, vi ser pat på akuttid imorgon med dermatoskop."),
         ])],
    must=["NL102"],
    why="'Eventuell skabb' about the patient in a visible telephone note")

add("der-typo-misstanke-om-melanon-foreligger-ej", "vgr", "19690711-428", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-05-16 10:45", "11:00", OV, [
             ("Bedömning", "Nevus på hö skulderblad oförändrat sedan digital dermatoskopi för 12 mån sedan. "
                           "Misstanke om melanon föreligger ej. Avslutas från uppföljning."),
         ])],
    must_not=["NL102"],
    why="typo 'melanon' in a post-negated mention ('Misstanke om ... föreligger ej')")

add("der-pat-orolig-hudcancer-seborroisk-keratos", "skane", "19580403-211", [
    note("n1", M, "Läkaranteckning", "S_HUD_HBG", "Ingrid Ek", "läkare",
         "2024-10-10 13:15", "13:40", OV, [
             ("Anamnes", "Pat orolig för hudcancer sedan grannen fått melanom. Har en växande vårtliknande knöl "
                         "på ryggen."),
             ("Status", "Vaxartad, fastsittande brun papel 15 mm med hornpluggar och milia-lika cystor i dermatoskopi."),
             ("Bedömning", "Seborroisk keratos, helt godartad. Pat lugnad och fick se dermatoskopibilden."),
         ])],
    must_not=["NL102"],
    why="the patient's worry and the neighbour's melanoma are no hedged diagnosis; the finding is benign")

add("der-om-pad-visar-melanom-kallas", "vgr", "19860129-446", [
    note("n1", M, "Åtgärdsanteckning", "V_HUD_NU", "Lars Hansson", "läkare",
         "2024-02-27 14:20", "14:35", OV, [
             ("Åtgärd", "Excisionsbiopsi av kliniskt atypiskt nevus vä skuldra, suturerat med 4-0."),
             ("Planering", "Om PAD visar melanom kallas pat till läkarbesök, annars besked via brev. "
                           "Suturtagning på vc om 12 dgr."),
         ])],
    must_not=["NL102"],
    why="'Om PAD visar melanom' is a conditional, not a hedged diagnosis")

add("der-diagnos-psoriasisartrit-fragetecken", "vgr", "19790314-231", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Sara Lind", "läkare",
         "2024-01-09 10:00", "10:40", OV, [
             ("Aktuellt", "Psoriasis sedan 20 år, nu morgonstelhet och svullna fingrar senaste halvåret."),
             ("Status", "Daktylit dig III hö hand, nagelpsoriasis, plack på armbågar."),
             ("Diagnos", "Psoriasis vulgaris L40.0. Psoriasisartrit? Remiss reumatolog."),
         ])],
    must=["NL102"],
    why="confirmed psoriasis next to 'Psoriasisartrit?' under sökord Diagnos")

add("der-typo-paget-kan-ej-utslutas", "skane", "19441213-624", [
    note("n1", M, "Läkaranteckning", "S_HUD_MALMO", "Gustav Lind", "läkare",
         "2024-03-06 15:00", "15:40", OV, [
             ("Status", "Välavgränsad, rodnad, fuktig plack i vä ljumske och på labia majora, 4 cm, kliar, "
                        "terapiresistent mot svampmedel och steroider."),
             ("Bedömning", "Extramammär Mb Paget kan ej utslutas. Två biopsier tagna."),
         ])],
    must=["NL102"],
    why="typo in the hedge ('kan ej utslutas') for extramammary Paget's disease")

add("der-pemfigoid-tolk-uteblev-ej-informerad", "vgr", "19410527-508", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-06-13 13:30", "14:00", OV, [
             ("Provsvar", "PAD och direkt IF bekräftar bullös pemfigoid, BP180-antikroppar förhöjda."),
             ("Planering", "Diagnosen har inte kunnat förmedlas till pat eftersom tolken uteblev idag. Nytt besök "
                           "med arabisktalande tolk bokas nästa vecka, behandling startas då."),
         ])],
    must=["NL101"],
    why="confirmed pemphigoid visible while the diagnosis could not yet be told (no interpreter)")

add("der-barn-atopiskt-eksem-foraldrar-informerade", "skane", "20200417-264", [
    note("n1", M, "Läkaranteckning", "S_BARNHUD_MALMO", "Björn Axelsson", "läkare",
         "2024-08-15 10:00", "10:45", OV, [
             ("Status", "Utbredda lichenifierade eksem i böjveck, på händer och i ansiktet. SCORAD 52."),
             ("Bedömning", "Svårt atopiskt eksem. Föräldrarna informerade om diagnosen och om möjligheten till "
                           "dupilumab."),
         ])],
    must_not=["NL101"],
    why="child under 13: the guardians who read the journal were told the diagnosis")

add("der-trol-kutan-sarkoidos-i-tatuering", "vgr", "19840608-504", [
    note("n1", M, "Läkaranteckning", "V_HUD_NU", "Per-Erik Nilsson", "läkare",
         "2024-07-02 09:30", "10:00", OV, [
             ("Status", "Infiltrerade papler i de röda partierna av tatueringen på hö underarm, lätt svullnad i "
                        "ögonlocken."),
             ("Bedömning", "Trol. kutan sarkoidos i tatuering, DD allergisk reaktion mot rött pigment. "
                           "Biopsi, lungröntgen och ACE."),
         ])],
    must=["NL102"],
    why="'Trol. kutan sarkoidos ... DD allergisk reaktion' hedges the diagnosis")

add("der-irritativt-handeksem-trolig-orsak", "skane", "19990723-480", [
    note("n1", M, "Läkaranteckning", "S_HUD_KRI", "Eva Sjöberg", "läkare",
         "2024-11-07 08:50", "09:20", OV, [
             ("Anamnes", "Undersköterska på IVA sedan i höstas. Torra, spruckna händer."),
             ("Bedömning", "Irritativt handeksem. Trolig orsak är den täta handtvätten och handskanvändningen på "
                           "nya jobbet. Handsprit i stället för tvål, mjukgörande efter varje pass, mometason 2 v."),
         ])],
    must_not=["NL102"],
    why="'Trolig orsak' hedges the trigger (hand washing), while the eczema diagnosis is firm")

add("der-typo-mycosis-fungiodes-fore-lymfomkonferens", "skane", "19570815-373", [
    note("n1", M, "Läkaranteckning", "S_HUD_LUND", "Ola Fransson", "läkare",
         "2024-11-21 14:00", "14:30", OV, [
             ("Provsvar", "PAD och TCR: mycosis fungiodes i plackstadium, monoklonal T-cellspopulation i två biopsier."),
             ("Bedömning", "Mycosis fungiodes stadium IB."),
             ("Planering", "Diagnosen ska inte kommuniceras till pat förrän lymfomkonferensen 28/11 tagit ställning. "
                           "Pat vet bara att biopsierna ska diskuteras."),
         ])],
    must=["NL101"], must_not=["NL102"],
    why="typo 'fungiodes' in the key word; confirmed lymphoma must not be told before the conference")

add("der-lgv-pat-kanner-inte-till", "vgr", "19810205-313", [
    note("n1", M, "Läkaranteckning", "V_VEN_SU", "Leila Rahimi", "läkare",
         "2024-03-20 16:15", "16:40", OV, [
             ("Provsvar", "Rektal klamydia-NAAT positiv, genotypning visar LGV (serovar L2)."),
             ("Bedömning", "Lymfogranuloma venereum."),
             ("Telefonkontakt", "Pat nås inte, telefonen avstängd. Han känner inte till LGV-diagnosen och ska inte få "
                                "den via brev; nytt försök i morgon bitti."),
         ])],
    must=["NL101"],
    why="'Han känner inte till LGV-diagnosen' with the confirmed diagnosis visible")

add("der-ssk-pat-vet-annu-inte-basaliom", "skane", "19490928-486", [
    note("n1", M, "Sjuksköterskeanteckning", "S_HUD_YSTAD", "Lena Mattsson", "sjuksköterska",
         "2024-09-12 11:00", "11:10", OV, [
             ("Omvårdnad", "Såret efter biopsin på ryggen läker fint, omläggning med torrt förband."),
             ("Planering", "Pat vet ännu inte om att lesionen på ryggen var ett basaliom enligt PAD; hon meddelas "
                           "av dr Ek vid suturtagningen torsdag."),
         ])],
    must=["NL101"],
    why="nurse note: confirmed basal cell carcinoma written in visible text that the patient does not know yet")

add("der-typo-akralt-melanon-ej-informerad", "vgr", "19640117-251", [
    note("n1", M, "Läkaranteckning", "V_HUD_SAS", "Jonas Wikström", "läkare",
         "2024-10-17 15:20", "15:50", OV, [
             ("Provsvar", "PAD: akralt lentiginöst melanon i hö stortåns nagelbädd, Breslow 1,6 mm."),
             ("Planering", "Pat inte informerad om diagnosen. Kallas till läkare och kontaktsjuksköterska på "
                           "måndag, amputationsfrågan tas då."),
         ])],
    must=["NL101"],
    why="typo 'melanon' (melanom) in the diagnosis that the patient has not been told")

# ---- part 8 ---------------------------------------------------------------

add("der-kutan-metastas-far-inte-veta-via-1177", "skane", "19781106-602", [
    note("n1", M, "Läkaranteckning", "S_HUD_MALMO", "Mikael Andersson", "läkare",
         "2024-05-27 12:00", "12:30", OV, [
             ("Bedömning", "Kutan metastas av tidigare bröstcancer, bekräftad med PAD och ER-positivitet."),
             ("Planering", "Pat får inte veta detta via 1177 före samtalet; onkologen ger besked tillsammans med "
                           "henne 4/6. Hon är ännu inte informerad."),
         ])],
    must=["NL101"],
    why="confirmed cutaneous metastasis visible while the note says she is not yet informed")

add("der-typo-kaposi-ej-underattad", "vgr", "19720402-339", [
    note("n1", M, "Läkaranteckning", "V_HUD_SU", "Maria Ek", "läkare",
         "2024-08-06 13:40", "14:10", OV, [
             ("Provsvar", "PAD från violett nodulus på hö fotsula: Kaposis sarkom, HHV-8 positiv i immunfärgning."),
             ("Planering", "Pat ej underättad om diagnosen, har tid på infektionsmottagningen på fredag där beskedet "
                           "ges samordnat. Hans infektionsläkare är kontaktad."),
         ])],
    must=["NL101"],
    why="typo 'underättad' (underrättad): confirmed Kaposi sarcoma not yet told")

add("der-enrads-fragetecken-nickeleksem", "skane", "20020916-426", [
    note("n1", M, "Telefonanteckning", "S_HUD_KRI", "Sanna Hedlund", "sjuksköterska",
         "2024-06-03 14:05", "14:10", OV, [
             ("Telefonkontakt", "Utslag på halsen efter nytt halsband, ?nickeleksem, får tid på mottagningen nästa vecka."),
         ])],
    must=["NL102"],
    why="one-line telephone note with '?nickeleksem' (prefix question mark)")

add("der-enrads-herpes-avskrivs-impetigo", "vgr", "20010606-195", [
    note("n1", M, "Telefonanteckning", "V_HUD_SAS", "Jonas Wikström", "läkare",
         "2024-02-12 16:30", "16:35", OV, [
             ("Provsvar", "HSV-PCR från såret på läppen negativ, herpes labialis avskrivs; impetigo behandlas vidare "
                          "med fucidinkräm."),
         ])],
    must_not=["NL102"],
    why="one-line note: herpes ruled out ('avskrivs'), impetigo firm")

add("der-utkast-misstankt-pemphigus-vulgaris", "skane", "19640721-548", [
    note("n1", M, "Inskrivningsanteckning", "S_HUDAVD_LUND", "Erika Blom", "läkare",
         "2024-03-28 18:10", None, SV, [
             ("Aktuellt", "Smärtsamma erosioner i munnen sedan 2 mån, nu även slappa blåsor på bålen."),
             ("Status", "Erosioner på gingiva och gom, slappa blåsor och krustor på bröstet och ryggen. "
                        "Nikolskys tecken positivt."),
             ("Bedömning", "Misstänkt pemphigus vulgaris. Biopsi för PAD och direkt IF, desmoglein 1 och 3. "
                           "Prednisolon 1 mg/kg insatt."),
         ])],
    must=["NL102"],
    why="unsigned inpatient draft with 'Misstänkt pemphigus vulgaris' (pre-signing check)")

add("der-akne-ev-isotretinoin", "vgr", "20050111-279", [
    note("n1", M, "Läkaranteckning", "V_HUD_SKAS", "Anders Holm", "läkare",
         "2024-04-30 15:00", "15:25", OV, [
             ("Bedömning", "Acne vulgaris med noduli och ärrbildning på rygg och bröst. Ev. isotretinoin efter "
                           "labkontroll, pat vill fundera."),
         ])],
    must_not=["NL102"],
    why="'Ev.' qualifies a treatment choice; acne itself is confirmed")

add("der-typo-sannolit-herpes-genitalis", "vgr", "19910221-422", [
    note("n1", M, "Telefonanteckning", "V_STI_SAS", "Fatima Yusuf", "sjuksköterska",
         "2024-07-18 09:00", "09:10", OV, [
             ("Telefonkontakt", "Pat ringer med smärtsamma små sår på blygdläpparna sedan 2 dgr och sveda vid miktion. "
                                "Sannolit herpes genitalis, förstagångsutbrott. Kommer idag kl 15 för PCR och valaciklovir."),
         ])],
    must=["NL102"],
    why="typo 'Sannolit' (sannolikt) before herpes genitalis in a visible phone note")

add("der-tveksamt-om-trikotillomani-barn", "skane", "20130119-288", [
    note("n1", M, "Läkaranteckning", "S_HUD_HBG", "Amira Haddad", "läkare",
         "2024-01-04 10:30", "11:10", OV, [
             ("Status", "Två runda, helt kala fläckar i hårbotten utan fjällning, utropsteckenhår i kanten och ett "
                        "par avbrutna hårstrån."),
             ("Bedömning", "Alopecia areata, men tveksamt om det även finns inslag av trikotillomani då flickan "
                           "berättar att hon drar i håret när hon är stressad. Följs upp om 3 mån."),
         ])],
    must=["NL102"],
    why="'tveksamt om ... trikotillomani' keeps a second diagnosis open in a child's note")

add("der-ljus-vitiligo-mojligen-sveda", "vgr", "19701012-493", [
    note("n1", M, "Sjuksköterskeanteckning", "V_LJUS_ALS", "Helena Dahl", "sjuksköterska",
         "2024-11-12 08:20", "08:35", OV, [
             ("Åtgärd", "Pat med vitiligo, smalbandig UVB nr 24. Möjligen lite sveda på halsen efter förra gången, "
                        "dosen hålls oförändrad."),
         ])],
    must_not=["NL102"],
    why="'Möjligen' hedges a symptom (sveda), not a diagnosis")

add("der-misstankt-mpox-klad-i", "skane", "19901103-277", [
    note("n1", M, "Läkaranteckning", "S_STI_LUND", "Viktor Sandberg", "läkare",
         "2024-09-02 11:20", "12:00", OV, [
             ("Aktuellt", "Feber och ömmande sår perianalt sedan 4 dgr, kom hem från Kinshasa för 2 v sedan."),
             ("Status", "Umbilicerade pustler och ulcerationer perianalt, ömmande inguinala körtlar."),
             ("Bedömning", "Misstänkt mpox, klad I kan inte uteslutas. Isolering, PCR från sår, smittskyddsläkare "
                           "kontaktad."),
         ])],
    must=["NL102"],
    why="'Misstänkt mpox' in a visible Bedömning at the STI clinic")

add("der-pmo-susp-basaliom-och-melior-bekraftat", "skane", "19510325-153", [
    note("n1", P, "Besöksanteckning", "P_VC_KAVLINGE", "Sofia Ekman", "läkare",
         "2024-01-15 09:00", "09:30", OV, [
             ("Bedömning", "Susp. basaliom på nästippen, remiss hudkliniken Lund."),
         ]),
    note("n2", M, "Läkaranteckning", "S_HUD_LUND", "Karin Lindqvist", "läkare",
         "2024-02-26 13:00", "13:40", OV, [
             ("Provsvar", "PAD: nodulärt basaliom, radikalt exciderat."),
             ("Bedömning", "Nodulärt basaliom på nästippen, behandlat. Pat informerad, årlig egenkontroll."),
         ])],
    must_not=["NL102@n1", "NL102@n2"],
    why="hedge only in the PMO referral note (n1, never shown); the Melior note (n2) has a confirmed diagnosis")

add("der-hudavd-misstankt-sjs-lamotrigin", "vgr", "19950502-486", [
    note("n1", M, "Inskrivningsanteckning", "V_HUDAVD_SU", "Erik Sundqvist", "läkare",
         "2024-05-09 22:15", None, SV, [
             ("Aktuellt", "Insatt på lamotrigin för 3 v sedan. Feber, sveda i ögonen och smärtsamma blåsor i "
                          "munnen sedan igår, nu även utslag på bålen."),
             ("Status", "Mörka måltavleliknande makler och blåsor på bål och armar, ca 8 % BSA med epidermolys. "
                        "Hemorragiska krustor på läpparna."),
             ("Bedömning", "Misstänkt Stevens-Johnsons syndrom, SCORTEN 2. Lamotrigin utsatt, ögonkonsult akut."),
         ])],
    must=["NL102"],
    why="'Misstänkt Stevens-Johnsons syndrom' in an unsigned inpatient admission note")

add("der-typo-trol-herpes-zoster-ofthalmicus", "skane", "19511219-437", [
    note("n1", M, "Telefonanteckning", "S_HUD_YSTAD", "Lena Mattsson", "sjuksköterska",
         "2024-10-14 08:10", "08:25", OV, [
             ("Telefonkontakt", "Pat ringer med blåsor i pannan och på näsryggen på hö sida och svullet ögonlock sedan "
                                "igår. Trol. herpes zoster ofthalmicus, hänvisas till ögonakuten idag."),
         ])],
    must=["NL102"],
    why="typo 'ofthalmicus' in the key word; 'Trol.' hedges the diagnosis")

add("der-ev-mollusker-barn", "vgr", "20190428-259", [
    note("n1", M, "Läkaranteckning", "V_BARNHUD_DSBUS", "Ebba Nyström", "läkare",
         "2024-06-19 14:30", "14:55", OV, [
             ("Anamnes", "Pojke på 5 år med små knottror i armhålan sedan 2 mån, badar mycket i simhall."),
             ("Status", "Ett tiotal 2-3 mm pärlglänsande papler i vä axill, ett par med central intryckning, "
                        "eksematös hud runt omkring."),
             ("Bedömning", "Ev. mollusker med omgivande eksem. Ingen behandling, mjukgörande på eksemet."),
         ])],
    must=["NL102"],
    why="'Ev. mollusker' hedges the child's diagnosis")

add("der-konsult-sannolikt-leukocytoklastisk-vaskulit", "skane", "19480714-293", [
    note("n1", M, "Konsultationssvar", "S_HUD_LUND", "Ola Fransson", "läkare",
         "2024-12-12 11:00", "11:30", SV, [
             ("Konsultationssvar", "Tillsyn på infektionsavdelningen på förfrågan. Palpabel purpura på båda "
                                   "underbenen, pat behandlas för pneumoni. Sannolikt en leukocytoklastisk vaskulit "
                                   "sekundärt till infektionen eller antibiotika. Stansbiopsi tagen, U-sticka och "
                                   "kreatinin rekommenderas."),
         ])],
    must=["NL102"],
    why="inpatient consultation: 'Sannolikt en leukocytoklastisk vaskulit' is a hedged diagnosis")

add("der-trolig-vitiligo-woods-ljus", "vgr", "20000305-604", [
    note("n1", M, "Läkaranteckning", "V_HUD_SAS", "Lovisa Engström", "läkare",
         "2024-04-03 13:10", "13:40", OV, [
             ("Status", "Symmetriska, skarpt avgränsade depigmenterade fläckar runt munnen och på fingertopparna, "
                        "kritvita i Woods ljus."),
             ("Bedömning", "Trolig vitiligo. TSH och TPO-antikroppar tas, takrolimussalva i ansiktet."),
         ])],
    must=["NL102"],
    why="'Trolig vitiligo' in the visible Bedömning")


# =========================================================================== validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
    if not m:
        return False
    digits = pid[2:8] + pid[9:12]
    return luhn_check_digit(digits) == pid[-1]


def age_at(birth, when):
    years = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        years -= 1
    return years


def sentences(text):
    for part in re.split(r"(?<=[.!?;])\s+|\n+", text):
        part = part.strip()
        if part:
            yield part


def validate(cases):
    errors = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case", "?")
        def err(msg):
            errors.append("%s: %s" % (name, msg))
        if list(c.keys()) != CASE_KEYS:
            err("case keys %r" % list(c.keys()))
        if not name.startswith("der-"):
            err("name must start with der-")
        if name in names:
            err("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip():
            err("empty why")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            err("record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        if not luhn_ok(pat["id"]):
            err("personnummer not Luhn-valid: %s" % pat["id"])
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            err("personnummer does not match birth_date")
        if pat["protected_identity"] is not False:
            err("protected_identity must be false")
        birth = datetime.date.fromisoformat(pat["birth_date"])
        as_of = datetime.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            err("as_of not in 2024")
        moments = [as_of]
        ids = set()
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                err("note keys %r" % list(n.keys()))
            if n["id"] in ids:
                err("duplicate note id %s" % n["id"])
            ids.add(n["id"])
            if n["system"] not in ("Melior", "PMO"):
                err("bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR note not Melior")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                err("bad setting")
            t = datetime.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                err("note time not in 2024")
            if t > as_of:
                err("note after as_of")
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    err("bad signed time")
            moments.append(t)
            if not n["unit"]["name"] or not n["unit"]["hsa_id"].startswith("SE232100"):
                err("bad unit")
            if not n["author"]["name"] or not n["author"]["role"]:
                err("bad author")
            if not n["sections"]:
                err("note without sections")
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"]:
                    err("bad section")
                    continue
                for m in re.finditer(r"(\d+)-årig", sec["text"]):
                    if int(m.group(1)) != age_at(birth, t):
                        err("text says %s-årig but age is %d" % (m.group(1), age_at(birth, t)))
                for sent in sentences(sec["text"]):
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in seen_sentences and seen_sentences[key] != (name, n["id"], sec["keyword"]):
                            err("sentence repeated (also in %s): %r" % (seen_sentences[key][0], sent))
                        seen_sentences.setdefault(key, (name, n["id"], sec["keyword"]))
        for when in moments:
            a = age_at(birth, when.date())
            if 13 <= a <= 15:
                err("patient aged %d (13-15 not allowed)" % a)
        sex_digit = int(pat["id"][-2])
        alltext = " ".join(s["text"] for n in rec["notes"] for s in n["sections"])
        if re.search(r"-årig (man|pojke)|\bPojke på", alltext) and sex_digit % 2 == 0:
            err("male in text but personnummer is female")
        if re.search(r"-årig (kvinna|flicka)", alltext) and sex_digit % 2 == 1:
            err("female in text but personnummer is male")
        asserted = set()
        if not c["must"] and not c["must_not"]:
            err("no assertion")
        notes_by_id = {n["id"]: n for n in rec["notes"]}
        for kind in ("must", "must_not"):
            for code, nid in c[kind]:
                if code not in CODES:
                    err("unexpected code %s" % code)
                if nid not in notes_by_id:
                    err("target %s does not exist" % nid)
                    continue
                if (code, nid) in asserted:
                    err("%s@%s asserted twice" % (code, nid))
                asserted.add((code, nid))
                system = notes_by_id[nid]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    err("NL102 must on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    err("NL101 asserted on a PMO note")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("rulesets:", ", ".join("%s=%d" % kv for kv in sorted(rs.items())))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
