#!/usr/bin/env python3
"""nl1ba_dev_cases: independent gold cases for notelint NL101/NL102.

Theme: outpatient specialist care on Melior (Skåne and VGR hospital clinics), with a few
Skåne primary-care PMO notes as near misses: psychiatry, memory clinics, clinical
genetics, oncology follow-up, cardiology and neurology.  Every way of saying that a
diagnosis is told / not told / to be told later / told only partly / told to someone
else.  About two thirds of the assertions are NL101, the rest NL102.

Dependency-free, deterministic.  `python3 build.py` writes nl1ba_dev_cases.jsonl beside
itself and validates it; it exits 1 on any problem.
"""
import json
import os
import re
import sys

NAME = "nl1ba_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospital clinics)
    "S_PSY_LUND": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-P1L4"),
    "S_PSY_MALMO": ("Psykiatrisk mottagning Malmö Söder", "SE2321000255-P2M7"),
    "S_NPU_HBG": ("Vuxenpsykiatrisk mottagning Helsingborg, neuropsykiatriskt team", "SE2321000255-N3H2"),
    "S_PSYKOS_MALMO": ("Psykosmottagningen Malmö", "SE2321000255-P4S9"),
    "S_AFF_LUND": ("Affektiva mottagningen Lund", "SE2321000255-A5L1"),
    "S_DBT_KRIST": ("Psykiatrisk öppenvård Kristianstad, DBT-team", "SE2321000255-D6K3"),
    "S_BUP_LUND": ("BUP-mottagning Lund", "SE2321000255-B7L8"),
    "S_MINNE_MALMO": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-M8M5"),
    "S_MINNE_YSTAD": ("Minnesmottagningen Ystads lasarett", "SE2321000255-M9Y6"),
    "S_MINNE_HBG": ("Minnesmottagningen Helsingborgs lasarett", "SE2321000255-M1H0"),
    "S_GEN_LUND": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-G2L3"),
    "S_ONKGEN_LUND": ("Onkogenetiska mottagningen Lund", "SE2321000255-G3O4"),
    "S_ONK_LUND": ("Onkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-O4L2"),
    "S_ONK_KRIST": ("Onkologimottagningen Centralsjukhuset Kristianstad", "SE2321000255-O5K9"),
    "S_KARD_HBG": ("Hjärtmottagningen Helsingborgs lasarett", "SE2321000255-K6H1"),
    "S_KARD_LUND": ("Kardiologmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-K7L7"),
    "S_NEURO_LUND": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-N8L6"),
    "S_NEURO_MALMO": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-N9M2"),
    "S_MS_LUND": ("MS-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-N1M5"),
    # Region Skåne, PMO (primary care)
    "S_VC_TECKO": ("Vårdcentralen Teckomatorp", "SE2321000255-V2T8"),
    "S_VC_SORGENFRI": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-V3S1"),
    "S_VC_HASSLEHOLM": ("Vårdcentralen Hässleholm Norra", "SE2321000255-V4H4"),
    # Västra Götalandsregionen, Melior
    "V_AFF_SU": ("Psykiatri Affektiva, öppenvård, Sahlgrenska universitetssjukhuset", "SE2321000131-A1S5"),
    "V_NP_OSTRA": ("Neuropsykiatriska mottagningen, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-N2O8"),
    "V_PSYKOS_SU": ("Psykiatri Psykos, öppenvårdsmottagning, Sahlgrenska universitetssjukhuset", "SE2321000131-P3S2"),
    "V_PSY_BORAS": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs sjukhus Borås", "SE2321000131-P4B6"),
    "V_PSY_NU": ("Allmänpsykiatrisk mottagning, NU-sjukvården Trollhättan", "SE2321000131-P5N3"),
    "V_PSY_SKAS": ("Psykiatriska mottagningen, Skaraborgs sjukhus Falköping", "SE2321000131-P6F9"),
    "V_MINNE_MOLNDAL": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-M7M1"),
    "V_MINNE_KUNGALV": ("Minnesmottagningen Kungälvs sjukhus", "SE2321000131-M8K4"),
    "V_MINNE_SKOVDE": ("Minnesmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-M9S7"),
    "V_GEN_SU": ("Klinisk genetik och genomik, Sahlgrenska universitetssjukhuset", "SE2321000131-G1S2"),
    "V_ONK_SU": ("Jubileumskliniken, onkologimottagning, Sahlgrenska universitetssjukhuset", "SE2321000131-O2S6"),
    "V_ONK_NU": ("Onkologimottagningen, NU-sjukvården Uddevalla", "SE2321000131-O3U9"),
    "V_ONK_BORAS": ("Onkologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-O4B3"),
    "V_KARD_SKOVDE": ("Kardiologimottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-K5S8"),
    "V_KARD_SU": ("Hjärtsviktsmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-K6S1"),
    "V_NEURO_SU": ("Neurologimottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-N7S4"),
    "V_MS_SU": ("MS-centrum, Sahlgrenska universitetssjukhuset", "SE2321000131-N8S0"),
    "V_ALS_SU": ("ALS-teamet, Neurologimottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-N9S5"),
    "V_NEURO_NAL": ("Neurologimottagningen, NÄL Trollhättan", "SE2321000131-N1T2"),
    "V_PARK_SU": ("Parkinsonmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-N2P7"),
}

CASES = []


def ts(value):
    """'2024-03-12 14:05' -> '2024-03-12T14:05:00'; None stays None (unsigned draft)."""
    if value is None:
        return None
    return value.replace(" ", "T") + ":00"


def note(nid, unit, template, author, role, time, signed, sections,
         system="Melior", setting="öppenvård"):
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": ts(time),
        "signed": ts(signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def add(case, ruleset, pnr, notes, must, must_not, why, as_of):
    birth = "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8])
    CASES.append({
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


def one(case, ruleset, pnr, unit, template, author, role, time, signed, sections, must,
        must_not, why, system="Melior"):
    """A one-note case; the note is n1 and as_of is the first day of the next month."""
    y, m = int(time[0:4]), int(time[5:7])
    as_of = "%04d-%02d-01" % (y, m + 1) if m < 12 else "2024-12-31"
    n = note("n1", unit, template, author, role, time, signed, sections, system=system)
    add(case, ruleset, pnr, [n], [(c, "n1") for c in must], [(c, "n1") for c in must_not],
        why, as_of)


A, B = ["NL101"], ["NL102"]
AB = ["NL101", "NL102"]

# ================================================================ psychiatry: NL101 positives

one("psy-bipolar2-ej-informerad-skor-fas", "skane", "19880417-2461", "S_AFF_LUND",
    "Läkaranteckning", "Karin Holmqvist", "läkare", "2024-02-06 10:30", "2024-02-06 11:45", [
        ("Aktuellt", "Återbesök efter avslutad utredning. Pat berättar att sömnen är bättre sedan "
         "quetiapin sattes in, men hon gråter fortfarande dagligen efter sonens död i december."),
        ("Bedömning", "Sammantaget uppfyller pat kriterierna för bipolär sjukdom typ II (F31.8) med "
         "flera hypomana episoder sedan 20-årsåldern. Pat är inte informerad om diagnosen, då hon "
         "är i en skör fas i sorgearbetet."),
        ("Planering", "Nytt besök om tre veckor. Fortsatt quetiapin 50 mg till natten."),
    ], A, [], "Settled bipolar II in Bedömning and, in the same paragraph, the patient is not informed.")

one("psy-bipolar1-telegrafiskt-besked-nasta-besok", "vgr", "19950923-3178", "V_AFF_SU",
    "Läkaranteckning", "Johan Ek", "läkare", "2024-03-14 09:10", "2024-03-14 10:02", [
        ("Diagnos", "Bipolär sjukdom typ I, senaste episod manisk, F31.1."),
        ("Status", "Vaken, orienterad. Lätt forcerat tal, ingen tankestörning. Ej suicidal."),
        ("Planering", "Dg ej kommunicerad m pat. Besked vid nästa besök m mamman närvarande. "
         "Litiumstart diskuteras då."),
    ], A, [], "Telegraphic: diagnosis in Diagnos section, 'Dg ej kommunicerad m pat' in Planering.")

one("psy-eips-kurator-lakare-tar-beskedet", "skane", "19990211-4181", "S_DBT_KRIST",
    "Kuratorsanteckning", "Linnea Sjöberg", "kurator", "2024-03-19 13:00", "2024-03-19 14:20", [
        ("Samtal", "Stödsamtal nr 4. Pat berättar om konflikter med sambon och ett ytligt rispande "
         "på underarmen för en vecka sedan."),
        ("Bedömning", "Vid teamkonferens 12/3 bekräftades emotionellt instabil personlighetsstörning "
         "efter SCID-II. Pat har själv inte fått ta del av diagnosen än; ansvarig läkare tar det vid "
         "sitt samtal med henne nästa vecka."),
    ], A, [], "Counsellor's note: personality disorder confirmed, patient not yet told, doctor will tell her.")

one("psy-autism-atergivning-bokad", "vgr", "19970630-2255", "V_NP_OSTRA",
    "Psykologanteckning", "Sara Lindqvist", "psykolog", "2024-04-25 15:00", "2024-04-26 08:40", [
        ("Sammanfattning", "Den neuropsykiatriska utredningen omfattar ADOS-2, ADI-R med mamman, "
         "WAIS-IV och självskattningar. Pat uppfyller kriterierna för autismspektrumtillstånd (F84.0) "
         "utan intellektuell funktionsnedsättning."),
        ("Planering", "Återgivningssamtal bokat 2024-05-22, där pat för första gången får besked om "
         "utredningens resultat."),
    ], A, [], "To be told later: autism in Sammanfattning, result given to the patient only at a booked återgivning.")

one("psy-adhd-ej-fatt-besked-ev-metylfenidat", "skane", "19920108-1537", "S_NPU_HBG",
    "Läkaranteckning", "Erik Malmberg", "läkare", "2024-04-03 11:15", "2024-04-03 12:30", [
        ("Bedömning", "ADHD, kombinerad form (F90.0), fastställd efter genomförd utredning och "
         "samstämmiga skattningar från pat och hans mor. Pat har ännu inte fått besked."),
        ("Planering", "Besked och genomgång av behandlingsalternativ vid läkarbesök 18/4. Blodtryck "
         "och EKG tas innan eventuell metylfenidatstart."),
    ], A, B, "ADHD settled, 'har ännu inte fått besked'; the only hedge (eventuell) is about treatment.")

one("psy-schizofreni-saknar-insikt-avvaktar", "skane", "19890512-2712", "S_PSYKOS_MALMO",
    "Läkaranteckning", "Amir Haddad", "läkare", "2024-01-23 14:00", "2024-01-23 15:10", [
        ("Aktuellt", "Andra besöket efter utskrivning från heldygnsvård. Pat tar sitt aripiprazol "
         "enligt sambon. Rösterna har minskat men han tror fortfarande att grannarna avlyssnar "
         "lägenheten."),
        ("Bedömning", "Schizofreni, paranoid form (F20.0). Pat saknar sjukdomsinsikt och har inte "
         "informerats om diagnosen; vi avvaktar tills han är mer stabil och alliansen har byggts upp."),
    ], A, [], "Psychosis clinic: schizophrenia in Bedömning, not informed, deliberate wait.")

one("psy-schizoaffektiv-mamman-informerad", "vgr", "19980304-4594", "V_PSYKOS_SU",
    "Sjuksköterskeanteckning", "Maria Johansson", "sjuksköterska", "2024-02-15 10:00",
    "2024-02-15 10:45", [
        ("Anhörigsamtal", "Mamman informerad om diagnosen schizoaffektivt syndrom av dr Lindgren vid "
         "gårdagens anhörigsamtal. Hon har många frågor om ärftlighet och läkemedel."),
        ("Planering", "Pat själv är ännu inte informerad, planeras när han är mindre misstänksam mot "
         "personalen. Ssk följer upp mammans frågor om psykoedukation."),
    ], A, [], "Told to someone else: mother told about schizoaffective disorder, patient not yet.")

one("psy-psykos-delvis-informerad-schizofreni", "skane", "20010719-3351", "S_PSY_MALMO",
    "Läkaranteckning", "Helena Berg", "läkare", "2024-05-07 09:30", "2024-05-07 10:40", [
        ("Bedömning", "Pat har informerats om att han haft en psykotisk episod i höstas. Att bilden med "
         "negativa symtom och ett års duration nu bedöms som schizofreni har inte sagts till honom "
         "ännu."),
        ("Planering", "Diagnosen tas upp vid nästa samtal med kontaktpersonen närvarande."),
    ], A, [], "Told only partly: psychotic episode told, schizophrenia not.")

one("psy-bipolar-typo-infomerad", "vgr", "19850826-2485", "V_PSY_BORAS",
    "Läkaranteckning", "Per Gunnarsson", "läkare", "2024-06-11 13:20", "2024-06-11 14:05", [
        ("Bedömning", "Anamnes och dagboksföring visar återkommande hypomana perioder mellan "
         "depressionerna. Diagnos bipolär sjukdom typ II. Pat ej infomerad om diagnosen, tas vid "
         "nästa besök."),
    ], A, [], "Typo 'infomerad' in the not-informed cue; bipolar II settled and visible.")

one("psy-adhd-utkast-besked-aterkoppling", "skane", "19940314-1626", "S_NPU_HBG",
    "Psykologanteckning", "Ida Nordin", "psykolog", "2024-05-28 16:10", None, [
        ("Resultat", "Testningen visar ojämn profil med sänkt arbetsminne och bearbetningshastighet. "
         "Tillsammans med anamnesen från skolåren uppfylls kriterierna för ADHD, huvudsakligen "
         "ouppmärksam form."),
        ("Planering", "Besked om diagnosen lämnas vid återkopplingssamtalet 6/6 tillsammans med "
         "läkare."),
    ], A, [], "Unsigned draft (pre-signing): ADHD settled, besked to be given at återkoppling.")

one("psy-lang-bipolar-ej-delgiven-alkohol-kand", "vgr", "19870102-3973", "V_AFF_SU",
    "Läkaranteckning", "Fredrik Olausson", "läkare", "2024-04-09 10:00", "2024-04-09 11:30", [
        ("Diagnos", "Bipolär sjukdom typ I, senaste episod manisk med psykotiska symtom (F31.2). "
         "Alkoholberoende, i tidig remission (F10.2)."),
        ("Aktuellt", "Planerat återbesök sex veckor efter utskrivning från avdelningen, där pat vårdades "
         "i tre veckor enligt LPT. Kommer ensam och i tid. Berättar att han sover sju timmar per natt, "
         "går upp vid halv åtta och har börjat promenera med grannens hund. Har inte druckit alkohol "
         "sedan inläggningen, vilket stöds av PEth under gränsvärdet. Sjukskriven på heltid till och "
         "med 30/4. Flickvännen har flyttat tillbaka till lägenheten."),
        ("Anamnes", "Första depressiva episoden vid 19 års ålder, därefter två perioder med nedsatt "
         "sömnbehov, köpberoende och ökad aktivitet som aldrig ledde till vårdkontakt. Alkoholbruket "
         "eskalerade under 2022 i samband med arbetslöshet. Inga tidigare suicidförsök."),
        ("Social situation", "Bor i hyreslägenhet i Majorna med flickvännen. Utbildad elektriker, anställd på "
         "ett installationsföretag fram till uppsägningen förra våren. Har kontakt med sin pappa och en "
         "syster, modern avled 2018. Ekonomin är ansträngd och kuratorn har hjälpt honom att söka "
         "bostadsbidrag. Ingen vapenlicens."),
        ("Suicidriskbedömning", "Aldrig gjort något suicidförsök och inga aktuella tankar på att ta sitt liv. "
         "Skyddande faktorer är relationen, hunden och att han vill tillbaka i arbete. Riskfaktorer är "
         "manligt kön, en nyligen genomgången allvarlig episod och beroendet."),
        ("Psykiskt status", "Vaken, klar och orienterad. Adekvat klädd, god kontakt. Normalt taltempo, "
         "inga flykttankar. Stämningsläget neutralt, affekten något avflackad. Inga vanföreställningar "
         "eller hallucinationer framkommer. Förnekar dödstankar, inga planer eller förberedelser."),
        ("Läkemedel", "Litium 42 mg x 2, senaste S-litium 0,68. Olanzapin 5 mg t.n., ska trappas ut. "
         "Akamprosat 333 mg 2 x 3."),
        ("Bedömning", "Eutym efter manisk episod, god följsamhet till litium. Suicidrisken bedöms som "
         "låg. Viktuppgång 4 kg sedan start av olanzapin."),
        ("Planering", "Olanzapin sänks till 2,5 mg i två veckor och sätts sedan ut. Ev. tillägg av "
         "lamotrigin om nedstämdheten återkommer under hösten. Pat känner till alkoholdiagnosen sedan "
         "beroendemottagningens bedömning, men den bipolära diagnosen har ännu inte delgetts honom; "
         "den tas upp vid nästa besök när flickvännen kan vara med. Nytt S-litium om fem dagar. "
         "Åb läkare 3 veckor, ssk-kontakt varje vecka."),
    ], A, B, "Long note (300+ words): two diagnoses at the top, the untold one named far below in Planering.")

one("psy-flera-dg-endast-adhd-okand", "skane", "19910627-4286", "S_PSY_LUND",
    "Läkaranteckning", "Sofia Wallin", "läkare", "2024-06-18 08:30", "2024-06-18 09:15", [
        ("Diagnoser", "1. Recidiverande depression, F33.1 (känd sedan 2016). 2. Generaliserat "
         "ångestsyndrom, F41.1. 3. ADHD, F90.0 (ny)."),
        ("Bedömning", "Pat är väl förtrogen med depressions- och ångestdiagnoserna. ADHD-diagnosen från "
         "vårens utredning är ännu inte kommunicerad med henne eftersom återkopplingen fick ställas in."),
    ], A, B, "Several diagnoses, only one (ADHD) untold.")

one("bup-autism-16ar-foraldrar-informerade", "skane", "20070912-0331", "S_BUP_LUND",
    "Läkaranteckning", "Jonas Pettersson", "läkare", "2024-02-22 14:30", "2024-02-22 16:00", [
        ("Aktuellt", "Föräldrasamtal utan pat efter avslutad neuropsykiatrisk utredning."),
        ("Bedömning", "Utredningen visar autism (F84.0) med normalbegåvning. Föräldrarna informerades i "
         "dag om diagnosen. Enligt föräldrarnas önskan får Elias själv beskedet vid ett separat samtal "
         "efter sportlovet."),
    ], A, [], "16-year-old reads his own journal: parents told about autism, the patient not yet.")

one("psy-narcissistisk-ps-inte-tagits-upp", "vgr", "19800415-2917", "V_PSY_NU",
    "Psykologanteckning", "Anders Bergström", "psykolog", "2024-03-05 11:00", "2024-03-05 12:10", [
        ("Bedömning", "Den strukturerade intervjun ger stöd för narcissistisk personlighetsstörning "
         "(F60.8). Detta har inte tagits upp med pat och bör inte göras förrän den terapeutiska "
         "alliansen är starkare."),
    ], A, [], "'Har inte tagits upp med pat och bör inte göras förrän': must not be told yet.")

one("psy-adhd-remissvar-vc-fore-pat", "vgr", "19960822-1843", "V_NP_OSTRA",
    "Läkaranteckning", "Cecilia Håkansson", "läkare", "2024-08-20 10:40", "2024-08-20 11:05", [
        ("Åtgärd", "Remissvar skickat till vårdcentralen Frölunda med diagnos ADHD (F90.0) och förslag "
         "om läkemedelsbehandling."),
        ("Övrigt", "Obs: pat har ej meddelats – remittenten fick svaret innan vi hann boka "
         "återgivningen, som nu ligger 3/9."),
    ], A, [], "Told to someone else (the referring GP) before the patient.")

one("psy-asperger-uteblivit-tva-ganger", "skane", "19930109-2319", "S_NPU_HBG",
    "Sjuksköterskeanteckning", "Malin Åkesson", "sjuksköterska", "2024-09-10 09:00",
    "2024-09-10 09:20", [
        ("Administration", "Pat har uteblivit från återgivningssamtalet två gånger och har därför ännu "
         "inte fått del av diagnosen Aspergers syndrom. Ny kallelse skickad, samt sms-påminnelse."),
    ], A, [], "Nurse's short note: not yet told because of missed appointments.")

one("psy-bipolar-avstar-telefonbesked", "skane", "19860503-3029", "S_AFF_LUND",
    "Telefonanteckning", "Karin Holmqvist", "läkare", "2024-05-16 15:40", "2024-05-16 16:00", [
        ("Kontaktorsak", "Pat ringer och vill veta resultatet av utredningen."),
        ("Bedömning", "Hon är vid samtalet påtagligt nedstämd med passiva dödstankar. Bipolär sjukdom "
         "typ II föreligger, men vi avstår från att ge diagnosbesked per telefon i detta läge."),
        ("Åtgärd", "Bokas till akut läkarbesök imorgon 08.30."),
    ], A, [], "Diagnosis and 'avstår från att ge diagnosbesked' in the same sentence.")

one("psy-vanforestallning-pat-ovetande", "vgr", "19710218-3550", "V_PSY_SKAS",
    "Läkaranteckning", "Lars Nyberg", "läkare", "2024-07-02 13:00", "2024-07-02 13:30", [
        ("Bedömning", "Vanföreställningssyndrom (F22.0). Pat ovetande om dg. Ej sjukdomsinsikt."),
        ("Planering", "Fortsatt kontakt m ssk varannan vecka. Åb läk 6 v."),
    ], A, [], "Telegraphic 'Pat ovetande om dg' right after the diagnosis.")

one("psy-bipolar-ej-fatt-kannedom-om-teamets-slutsats", "vgr", "19900930-2408", "V_AFF_SU",
    "Psykologanteckning", "Emma Sandberg", "psykolog", "2024-10-08 10:15", "2024-10-08 11:00", [
        ("Sammanfattning", "Efter tre bedömningssamtal, MDQ och intervju med maken har teamet landat i "
         "bipolär sjukdom typ II."),
        ("Kommentar", "Pat har inte fått kännedom om teamets slutsats; hon reser bort i tre veckor och "
         "vi vill kunna följa upp direkt efter beskedet."),
    ], A, [], "'Har inte fått kännedom om teamets slutsats' refers back to the diagnosis in the previous section.")

one("psy-adhd-lindrig-ifn-god-man-informerad", "skane", "19980517-3748", "S_NPU_HBG",
    "Läkaranteckning", "Erik Malmberg", "läkare", "2024-11-12 14:00", "2024-11-12 14:50", [
        ("Bedömning", "Utredningsresultatet, ADHD och lindrig intellektuell funktionsnedsättning, har på "
         "begäran gått till god man och boendestödjare. Pat själv har ännu inte fått resultatet "
         "förklarat för sig."),
        ("Planering", "Återgivning med bildstöd 26/11, god man närvarar."),
    ], A, [], "Told to the trustee (god man) and support staff, not to the patient.")

one("psy-eips-teamet-beslutat-vanta", "vgr", "20000303-1861", "V_PSY_BORAS",
    "Läkaranteckning", "Per Gunnarsson", "läkare", "2024-09-24 11:30", None, [
        ("Bedömning", "Kriterierna för emotionellt instabil personlighetsstörning, borderlinetyp, är "
         "uppfyllda (F60.3). Teamet har beslutat att vänta med att delge pat diagnosen tills "
         "pågående kris efter uppbrottet har lagt sig."),
    ], A, [], "'Vänta med att delge pat diagnosen' after a settled personality disorder (unsigned draft).")

one("psy-adhd-gravid-besked-efter-forlossning", "skane", "19930801-4282", "S_PSY_LUND",
    "Läkaranteckning", "Sofia Wallin", "läkare", "2024-07-09 10:00", "2024-07-09 10:35", [
        ("Aktuellt", "Pat är gravid i vecka 34 och har tackat nej till fler besök före förlossningen."),
        ("Bedömning", "Utredningen är klar och visar ADHD, kombinerad form. Diagnosbeskedet skjuts upp "
         "till efter förlossningen i samråd med barnmorskan."),
    ], A, [], "To be told later: 'diagnosbeskedet skjuts upp'.")

# ---------------------------------------------------------------- psychiatry: NL101 near misses

one("psy-bipolar-besked-lamnat-idag", "vgr", "19910607-1682", "V_AFF_SU",
    "Läkaranteckning", "Johan Ek", "läkare", "2024-03-28 13:15", "2024-03-28 14:00", [
        ("Bedömning", "Diagnosbesked bipolär sjukdom typ II lämnat i dag. Pat tog emot beskedet lugnt "
         "och ställde frågor om ärftlighet och graviditet."),
    ], [], AB, "Near miss: the diagnosis was told today.")

one("psy-adhd-informerad-vill-beratta-for-chef", "skane", "19880219-2933", "S_NPU_HBG",
    "Läkaranteckning", "Erik Malmberg", "läkare", "2024-02-13 09:45", "2024-02-13 10:30", [
        ("Bedömning", "Pat informerad om utredningsresultatet: ADHD, huvudsakligen ouppmärksam form. "
         "Han vill själv berätta för sin chef och har inte gjort det ännu."),
    ], [], A, "Near miss: patient told; it is the employer who has not been told.")

one("psy-autism-foraldrar-ej-informerade-pats-onskan", "vgr", "19990128-2443", "V_NP_OSTRA",
    "Psykologanteckning", "Sara Lindqvist", "psykolog", "2024-05-22 13:00", "2024-05-22 14:30", [
        ("Återgivning", "Återgivning genomförd; pat fick besked om autismspektrumtillstånd och beskrev "
         "det som en lättnad. Föräldrarna har inte informerats, enligt pats uttryckliga önskan."),
    ], [], A, "Near miss: patient told; parents not informed at the patient's wish.")

one("psy-eips-scid-gemensam-genomgang", "skane", "19970815-1825", "S_DBT_KRIST",
    "Läkaranteckning", "Nils Forsberg", "läkare", "2024-04-16 10:00", "2024-04-16 10:50", [
        ("Bedömning", "Vi har gemensamt gått igenom SCID-II-intervjun och pat känner igen sig i "
         "diagnosen emotionellt instabil personlighetsstörning. Hon är motiverad till DBT."),
    ], [], A, "Near miss: diagnosis reviewed together with the patient.")

one("psy-schizofreni-sambon-vet-inte", "vgr", "19920420-4193", "V_PSYKOS_SU",
    "Sjuksköterskeanteckning", "Maria Johansson", "sjuksköterska", "2024-06-04 14:00",
    "2024-06-04 14:40", [
        ("Samtal", "Pat har inte berättat för sin nya sambo om schizofrenidiagonsen och oroar sig för hur "
         "hon ska reagera. Vi pratade om hur han kan ta upp det."),
    ], [], A, "Near miss: the patient has not told his partner; he knows his diagnosis; typo 'schizofrenidiagonsen'.")

one("psy-litium-provsvar-ej-meddelat", "skane", "19750311-3263", "S_AFF_LUND",
    "Sjuksköterskeanteckning", "Eva Lundgren", "sjuksköterska", "2024-08-27 11:00",
    "2024-08-27 11:10", [
        ("Provsvar", "Känd bipolär sjukdom typ I sedan 2015. S-litium 0,72 mmol/l, kreatinin och TSH ua. "
         "Pat ej informerad om provsvaren ännu, ssk ringer upp imorgon förmiddag."),
    ], [], A, "Near miss: 'ej informerad' is about normal lab results, the diagnosis is long known.")

one("psy-forra-besoket-ej-idag-informerad", "vgr", "19830704-3714", "V_PSY_BORAS",
    "Läkaranteckning", "Per Gunnarsson", "läkare", "2024-10-15 09:00", None, [
        ("Bedömning", "Vid förra besöket hade pat ännu inte fått diagnosen förklarad för sig. Idag har vi "
         "gått igenom bipolär sjukdom typ I utförligt och pat har fått skriftlig information."),
    ], [], A, "Near miss: not told at the last visit (past), told today (unsigned draft).")

one("psy-dbt-vantelista-ej-informerad", "skane", "19950121-2642", "S_DBT_KRIST",
    "Kuratorsanteckning", "Linnea Sjöberg", "kurator", "2024-11-05 13:30", "2024-11-05 13:50", [
        ("Samtal", "Diagnosen emotionellt instabil personlighetsstörning är känd och accepterad av pat "
         "sedan i fjol. Pat ännu inte informerad om att hon nu står på väntelista till DBT-gruppen; "
         "kontaktpersonen meddelar henne."),
    ], [], A, "Near miss: not informed about a waiting list, the diagnosis is known.")

one("psy-adhd-besked-per-telefon", "vgr", "19900614-3318", "V_NP_OSTRA",
    "Telefonanteckning", "Cecilia Håkansson", "läkare", "2024-04-11 15:20", "2024-04-11 15:35", [
        ("Telefonsamtal", "Besked om ADHD-diagnos lämnat per telefon på pats egen begäran, då han inte "
         "ville vänta till återbesöket. Skriftlig sammanfattning skickas hem."),
    ], [], A, "Near miss: told by phone.")

one("psy-tidiga-hypoteser-sokord-bipolaritet", "vgr", "19890909-2820", "V_AFF_SU",
    "Läkaranteckning", "Fredrik Olausson", "läkare", "2024-02-20 10:00", "2024-02-20 10:50", [
        ("Aktuellt", "Pat söker för nedstämdhet och sömnbesvär sedan två månader."),
        ("Bedömning", "Depressiv episod, medelsvår (F32.1). Sertralin 50 mg insätts."),
        ("Tidiga hypoteser", "Misstänkt bipolaritet med tanke på tidigare perioder av minskat sömnbehov; "
         "ej kommunicerat med pat."),
    ], [], AB, "VGR: hedged, untold diagnosis only under the filtered sökord Tidiga hypoteser.")

one("psy-tidiga-hypoteser-mall-schizofreni", "skane", "20020211-2132", "S_PSYKOS_MALMO",
    "Tidiga hypoteser", "Amir Haddad", "läkare", "2024-03-07 16:00", "2024-03-07 16:20", [
        ("Hypotes", "Stark misstanke om debuterande schizofreni. Pat ej informerad, bör inte få del av "
         "hypotesen förrän psykosen klingat av."),
    ], [], AB, "Skåne: the Tidiga hypoteser template hides the whole note.")

one("psy-schizoaffektiv-kand-sedan-manga-ar", "vgr", "19680925-2486", "V_PSY_NU",
    "Sjuksköterskeanteckning", "Kristina Alm", "sjuksköterska", "2024-05-14 10:30",
    "2024-05-14 10:45", [
        ("Samtal", "Pat är väl förtrogen med sin diagnos schizoaffektivt syndrom sedan många år och kan "
         "själv beskriva sina tidiga varningstecken. Depåinjektion given i vänster gluteus."),
    ], [], A, "Near miss: the patient has long known the diagnosis.")

one("psy-adhd-kan-inte-stallas-ej-aterkoppling", "skane", "19970402-3523", "S_NPU_HBG",
    "Psykologanteckning", "Ida Nordin", "psykolog", "2024-06-25 14:00", "2024-06-25 14:30", [
        ("Resultat", "ADHD-diagnos kan inte ställas efter genomförd utredning. Pat har ännu inte fått "
         "återkoppling, bokas till samtal."),
    ], [], AB, "Near miss: the result is negative, so no diagnosis is visible even though feedback is pending.")

one("psy-informerad-lakaren-slutar", "vgr", "19820608-1666", "V_PSY_SKAS",
    "Läkaranteckning", "Lars Nyberg", "läkare", "2024-11-26 13:00", "2024-11-26 13:40", [
        ("Bedömning", "Pat har blivit informerad om diagnosen ADHD och har fungerande behandling med "
         "lisdexamfetamin. Pat ej informerad om att undertecknad slutar vid årsskiftet, görs vid nästa "
         "besök."),
    ], [], A, "Near miss: 'ej informerad' is about the doctor leaving; the diagnosis was told.")

one("psy-th-synlig-dg-lackt-i-bedomning", "vgr", "19940216-4801", "V_PSY_NU",
    "Läkaranteckning", "Kristoffer Dahl", "läkare", "2024-08-13 09:30", "2024-08-13 10:15", [
        ("Bedömning", "Bipolär sjukdom typ II (F31.8). Fortsatt lamotrigin."),
        ("Tidiga hypoteser", "Pat ej informerad om den bipolära diagnosen; vill avvakta tills hon kommit "
         "hem från rehabiliteringsvistelsen."),
    ], A, [], "VGR: not-told remark is under Tidiga hypoteser, but the diagnosis itself is in visible Bedömning.")

# ---------------------------------------------------------------- psychiatry: NL102

one("psy-misstankt-bipolar-informerad-om-misstanken", "vgr", "19930517-1465", "V_PSY_BORAS",
    "Läkaranteckning", "Annika Rydén", "läkare", "2024-01-30 10:00", "2024-01-30 10:40", [
        ("Bedömning", "Misstänkt bipolär sjukdom typ II, fortsatt kartläggning med stämningsdagbok. "
         "Pat informerad om misstanken och om utredningsgången."),
    ], B, A, "Hedged diagnosis visible in Melior (told to the patient, so no NL101).")

one("psy-trol-eips-telegrafiskt", "skane", "20010923-1084", "S_PSY_MALMO",
    "Läkaranteckning", "Helena Berg", "läkare", "2024-02-27 11:20", "2024-02-27 11:40", [
        ("Bedömning", "Trol. emotionellt instabil PS. Självskada x3 senaste mån."),
        ("Planering", "SCID-II, kontakt DBT-team."),
    ], B, [], "Telegraphic 'Trol.' before an abbreviated personality disorder.")

one("psy-dd-adhd-angest", "vgr", "19851111-3170", "V_NP_OSTRA",
    "Läkaranteckning", "Cecilia Håkansson", "läkare", "2024-03-21 14:10", None, [
        ("Bedömning", "Koncentrationssvårigheter sedan barndomen. DD: ADHD, ångestrelaterade kognitiva "
         "besvär. Remiss för NP-utredning."),
    ], B, [], "Differential diagnosis list (DD:) in a visible Bedömning (unsigned draft).")

one("psy-sannolkit-autism-typo", "skane", "19960708-2261", "S_NPU_HBG",
    "Läkaranteckning", "Erik Malmberg", "läkare", "2024-10-01 08:45", "2024-10-01 09:30", [
        ("Bedömning", "Sannolkit autismspektrumtillstånd med tanke på livslånga sociala svårigheter och "
         "rigiditet. Utredning planeras under hösten."),
    ], B, [], "Typo 'Sannolkit' in the hedge before autism.")

one("psy-psykotiskt-syndrom-fragetecken", "vgr", "19990405-3973", "V_PSYKOS_SU",
    "Läkaranteckning", "Oskar Wikström", "läkare", "2024-04-23 20:15", "2024-04-23 21:00", [
        ("Bedömning", "?Psykotiskt syndrom UNS. Ej akut suicidal. Olanzapin 5 mg t.n."),
    ], B, [], "Leading question mark as the hedge.")

one("psy-schizofreni-kan-ej-uteslutas-cannabis", "skane", "20030130-1719", "S_PSYKOS_MALMO",
    "Läkaranteckning", "Amir Haddad", "läkare", "2024-05-02 13:00", "2024-05-02 13:45", [
        ("Bedömning", "Schizofreni kan i nuläget inte uteslutas, men en cannabisutlöst psykos är lika "
         "tänkbar. Ny bedömning efter tre månaders drogfrihet."),
    ], B, [], "'kan ... inte uteslutas' keeps schizophrenia open.")

one("psy-ingen-misstanke-psykos-anpassning", "vgr", "19781003-2081", "V_PSY_SKAS",
    "Läkaranteckning", "Lars Nyberg", "läkare", "2024-03-12 10:00", "2024-03-12 10:30", [
        ("Bedömning", "Ingen misstanke om psykos; inga hallucinationer, ordnat tankeförlopp. "
         "Anpassningsstörning efter skilsmässan."),
    ], [], B, "Near miss: negated psychosis, confirmed adjustment disorder.")

one("psy-inga-tecken-mani-ev-sankning", "skane", "19700612-1243", "S_AFF_LUND",
    "Läkaranteckning", "Karin Holmqvist", "läkare", "2024-06-20 09:00", "2024-06-20 09:30", [
        ("Bedömning", "Inga tecken på mani eller hypomani sedan förra besöket, stämningsläget stabilt på "
         "lamotrigin. Ev. sänkning av dosen efter sommaren."),
    ], [], B, "Near miss: negation plus a treatment hedge (ev. sänkning).")

one("psy-hereditet-morfar-trol-manodepressiv", "vgr", "19840229-1622", "V_AFF_SU",
    "Läkaranteckning", "Johan Ek", "läkare", "2024-09-03 14:00", "2024-09-03 14:50", [
        ("Hereditet", "Mor har bipolär sjukdom typ I, morfar trol. obehandlad manodepressiv."),
        ("Bedömning", "Recidiverande depression, nu lindrig episod (F33.0). Fortsatt escitalopram."),
    ], [], B, "Near miss: the hedge is in family history only.")

one("psy-pmo-vc-misstankt-adhd-remiss", "skane", "19981214-2769", "S_VC_SORGENFRI",
    "Läkarbesök", "Hanna Persson", "läkare", "2024-02-08 13:40", "2024-02-08 14:10", [
        ("Bedömning", "Misstänkt ADHD med tanke på livslånga koncentrationssvårigheter och "
         "impulsivitet. Remiss till vuxenpsykiatrin för utredning."),
    ], [], B, "PMO primary care never shows diagnoses: hedged ADHD is not NL102.", system="PMO")


# ================================================================ memory clinics: NL101 positives

one("minne-alzheimer-dottern-informerad", "skane", "19580723-2425", "S_MINNE_MALMO",
    "Läkaranteckning", "Gunilla Nyström", "läkare", "2024-02-14 13:00", "2024-02-14 14:15", [
        ("Bedömning", "Sammanvägning av kognitiv testning, MR och likvor (sänkt amyloid-beta 42/40-kvot, "
         "förhöjt p-tau) ger diagnosen Alzheimers sjukdom med tidig debut (G30.0)."),
        ("Information", "Dottern informerad om diagnosen per telefon på hennes begäran. Pat själv är inte "
         "informerad, dottern vill närvara vid beskedet."),
    ], A, [], "Told to the daughter only; the patient has not been informed.")

one("minne-blanddemens-besked-planeras-maken", "vgr", "19460308-1847", "V_MINNE_MOLNDAL",
    "Läkaranteckning", "Bengt Sörensen", "läkare", "2024-03-18 10:00", "2024-03-18 11:00", [
        ("Diagnos", "Blandform av Alzheimers sjukdom och vaskulär demens (F00.2, G30.8)."),
        ("Planering", "Diagnosbesked planeras 2/4 tillsammans med maken, som har bett att få vara med."),
    ], A, [], "To be told later: 'Diagnosbesked planeras 2/4'.")

one("minne-minnet-sviktar-ordet-demens-ej-anvant", "skane", "19430116-3798", "S_MINNE_YSTAD",
    "Läkaranteckning", "Mats Bengtsson", "läkare", "2024-04-10 09:00", "2024-04-10 09:50", [
        ("Bedömning", "Lindrig Alzheimerdemens, MMSE 24/30. Vid dagens besök har vi pratat om att minnet "
         "sviktar och att han behöver stöd med ekonomin, men ordet demens har ännu inte använts med "
         "honom."),
    ], A, [], "Told only partly: memory problems discussed, dementia not named to the patient.")

one("minne-ftd-bristande-insikt-hustrun", "vgr", "19550604-3131", "V_MINNE_KUNGALV",
    "Läkaranteckning", "Annelie Svensson", "läkare", "2024-05-06 13:30", "2024-05-06 14:40", [
        ("Bedömning", "Fronototemporal demens, beteendevariant (G31.0), enligt kriterierna efter FDG-PET och "
         "neuropsykologisk bedömning. Pga bristande sjukdomsinsikt har pat inte informerats om "
         "diagnosen; hustrun informerad vid separat samtal."),
    ], A, [], "Told to the wife, not the patient, because of poor insight; typo 'Fronototemporal'.")

one("minne-lewy-ej-meddelat-telegrafiskt", "skane", "19440929-1517", "S_MINNE_HBG",
    "Läkaranteckning", "Ulf Lindahl", "läkare", "2024-01-25 11:00", "2024-01-25 11:20", [
        ("Bedömning", "Dg: Lewy body-demens (G31.8). DaT-scan patologisk. Ej meddelat pat. Åb 4 v."),
    ], A, [], "Telegraphic: 'Ej meddelat pat' two short sentences after the diagnosis.")

one("minne-vaskular-flera-dg-demens-ej-framford", "vgr", "19390417-2370", "V_MINNE_SKOVDE",
    "Läkaranteckning", "Ingrid Carlsson", "läkare", "2024-06-12 10:15", None, [
        ("Diagnoser", "Hypertoni (I10.9). Förmaksflimmer (I48.9). Vaskulär demens (F01.9), ny."),
        ("Bedömning", "Pat känner sedan länge till hypertoni och förmaksflimmer. Demensdiagnosen har ännu "
         "inte framförts till honom; vi väntar in sonen som bor i Norge."),
    ], A, B, "Several diagnoses; only the new vascular dementia is untold (unsigned draft).")

one("minne-ssk-sonen-besked-pat-vid-hembesok", "skane", "19410911-2682", "S_MINNE_MALMO",
    "Sjuksköterskeanteckning", "Lotta Hansson", "sjuksköterska", "2024-02-21 14:00",
    "2024-02-21 14:25", [
        ("Telefonkontakt", "Tel till sonen, som igår fick besked om mammans Alzheimerdiagnos av dr "
         "Nyström. Han undrar över hemtjänst och dagverksamhet."),
        ("Planering", "Pat själv ska få beskedet vid hembesök nästa vecka tillsammans med sonen."),
    ], A, [], "Nurse's note: son told yesterday, patient to be told at a home visit.")

one("minne-alzhimers-typo-dottern-onskar", "vgr", "19470122-2061", "V_MINNE_MOLNDAL",
    "Läkaranteckning", "Bengt Sörensen", "läkare", "2024-07-03 09:30", "2024-07-03 10:00", [
        ("Bedömning", "Alzhimers sjukdom, sen debut, MMSE 21/30. Pat ej informerad om dg, dottern önskar "
         "närvara."),
    ], A, [], "Typo 'Alzhimers' in the diagnosis; not informed.")

one("minne-at-hembesok-undvik-att-namna", "skane", "19400603-2249", "S_MINNE_YSTAD",
    "Arbetsterapeutanteckning", "Josefin Ek", "arbetsterapeut", "2024-03-06 13:00",
    "2024-03-06 14:30", [
        ("Bedömning", "Bedömning av ADL-förmåga i hemmet vid konstaterad Alzheimers sjukdom. OBS pat ännu "
         "ej informerad om diagnosen av läkare, undvik att nämna den vid hembesöket. Pat klarar "
         "personlig hygien men inte matlagning eller ekonomi."),
    ], A, [], "Occupational therapist: colleagues told to avoid naming the diagnosis, which is written here.")

one("minne-korkort-och-dg-samtidigt", "vgr", "19480830-3558", "V_MINNE_KUNGALV",
    "Läkaranteckning", "Annelie Svensson", "läkare", "2024-04-29 15:00", "2024-04-29 15:30", [
        ("Planering", "Körkortsfrågan och diagnosen Alzheimers sjukdom tas upp samtidigt vid återbesöket "
         "14/5. Pat har ännu inte fått något av beskeden."),
    ], A, [], "Diagnosis named only in Planering; neither it nor the driving issue told yet.")

one("minne-utkast-dg-besked-ej-lamnat", "skane", "19450214-3912", "S_MINNE_HBG",
    "Läkaranteckning", "Ulf Lindahl", "läkare", "2024-05-23 16:00", None, [
        ("Bedömning", "Dg: Alzheimers sjukdom med sen debut, G30.1. Besked ej lämnat. Hustrun ringer "
         "imorgon och bokar tid för gemensamt samtal."),
    ], A, [], "Unsigned draft: 'Besked ej lämnat'.")

one("minne-mci-informerad-nu-alzheimer-okand", "skane", "19510505-1469", "S_MINNE_MALMO",
    "Läkaranteckning", "Gunilla Nyström", "läkare", "2024-01-31 10:00", "2024-01-31 10:45", [
        ("Bedömning", "Pat informerades i höstas om lindrig kognitiv störning. Efter likvoranalysen i "
         "januari är diagnosen nu Alzheimers sjukdom i tidigt skede, vilket pat ännu inte känner till."),
    ], A, [], "Earlier diagnosis told; the new one ('ännu inte känner till') untold.")

one("minne-boendet-informerat-ftd", "vgr", "19490712-2578", "V_MINNE_SKOVDE",
    "Sjuksköterskeanteckning", "Birgitta Holm", "sjuksköterska", "2024-09-18 11:00",
    "2024-09-18 11:30", [
        ("Kontakt", "Kontaktperson på korttidsboendet informerad om diagnosen frontotemporal demens för "
         "att kunna anpassa bemötandet. Pat ej informerad."),
    ], A, [], "Told to staff at the care home, not to the patient.")

one("minne-lacker-i-planering-trots-th", "vgr", "19440105-3295", "V_MINNE_MOLNDAL",
    "Läkaranteckning", "Camilla Nord", "läkare", "2024-10-02 10:30", "2024-10-02 11:20", [
        ("Aktuellt", "Återbesök efter amyloid-PET. Pat och sonen kommer tillsammans."),
        ("Tidiga hypoteser", "Alzheimers sjukdom, ej kommunicerad."),
        ("Planering", "Alzheimerdiagnosen nämns inte för pat förrän sonen kan vara med nästa gång. "
         "Åb 3 v."),
    ], A, [], "VGR: diagnosis put in Tidiga hypoteser but repeated, with 'nämns inte för pat', in visible Planering.")

one("minne-lang-alzheimer-besked-aterbesok", "vgr", "19420819-2627", "V_MINNE_KUNGALV",
    "Läkaranteckning", "Annelie Svensson", "läkare", "2024-11-07 13:00", "2024-11-07 14:30", [
        ("Kontaktorsak", "Återbesök efter avslutad basal demensutredning, remiss från Kungälvs "
         "vårdcentral. Pat kommer med maken Rolf."),
        ("Anamnes", "Enligt maken gradvis tilltagande glömska sedan drygt två år: tappar bort saker, "
         "upprepar frågor, har glömt spisen på två gånger och missat räkningar. Har slutat med "
         "körsången. Ingen stegvis försämring, inga synhallucinationer, inga fall. Pat själv "
         "bagatelliserar och menar att det är normalt för åldern."),
        ("Social anamnes", "Pensionerad bibliotekarie, bor med maken i villa i Kareby. Två vuxna barn, "
         "dottern bor i Göteborg och sonen i Stockholm. Inga hemtjänstinsatser. Kör fortfarande bil "
         "kortare sträckor, men maken har märkt att hon kört fel på välkända vägar."),
        ("Tidigare sjukdomar", "Hypotyreos sedan 2005, välbehandlad. Osteoporos med kotkompression 2019. "
         "Knäprotes höger 2021."),
        ("Läkemedel", "Levaxin 75 mikrogram, atorvastatin 20 mg, alendronat 70 mg en gång i veckan. Inga "
         "sömnmedel eller antikolinerga läkemedel."),
        ("Funktionsnivå", "Klarar personlig hygien och påklädning själv. Behöver påminnelser om måltider "
         "och läkemedel, och maken har tagit över ekonomin och apoteksärendena. Maken har fyllt i "
         "anhörigskattning (IQCODE) med medelvärde 4,1, motsvarande tydlig försämring jämfört med för tio "
         "år sedan."),
        ("Status", "Allmäntillstånd gott. BT 142/84, puls 68 regelbunden. Neurologiskt utan fokala "
         "bortfall, normal gång. MMSE 22/30 med bortfall på minnesuppgifter och tidsorientering, "
         "klocktest med felplacerade visare. " "Neuropsykologisk screening med RBANS visar påtagligt "
         "nedsatt fördröjt minne och lätt nedsatt visuospatial förmåga, medan uppmärksamhet och språk "
         "ligger i nivå med åldern."),
        ("Undersökningar", "DT hjärna: generell atrofi, mest uttalad temporalt, inga infarkter. "
         "Likvor: sänkt amyloid-beta 42, förhöjt total-tau och p-tau. Blodprover inklusive B12, folat, "
         "TSH och kalcium ua."),
        ("Bedömning", "Alzheimers sjukdom med sen debut (G30.1), lindrig demensgrad. Inga tecken på "
         "vaskulär komponent eller depression."),
        ("Information", "Maken fick resultaten i telefon förra veckan eftersom han ringde och frågade. "
         "Pat har ännu inte informerats; hon var trött och irriterad i dag och vi bedömde att beskedet "
         "gör sig bättre vid ett lugnare tillfälle."),
        ("Planering", "Besök om två veckor för diagnosbesked, information om donepezil och "
         "anhörigstöd. Körkortsfrågan tas upp samtidigt. Remiss till demenssjuksköterska i kommunen "
         "efter beskedet."),
    ], A, B, "Long note (300+ words): diagnosis in Bedömning, husband told, patient not, in a later section.")

# ---------------------------------------------------------------- memory clinics: two-note records

add("minne-tva-anteckningar-fore-och-efter-besked", "vgr", "19440320-2817", [
    note("n1", "V_MINNE_SKOVDE", "Läkaranteckning", "Ingrid Carlsson", "läkare",
         "2024-03-04 10:00", "2024-03-04 10:40", [
             ("Bedömning", "Diagnos: Alzheimers sjukdom (G30.1). Pat ej informerad, besked vid "
              "återbesöket då maken kan följa med."),
         ]),
    note("n2", "V_MINNE_SKOVDE", "Läkaranteckning", "Ingrid Carlsson", "läkare",
         "2024-03-21 13:00", "2024-03-21 13:50", [
             ("Bedömning", "Diagnosbesked lämnat till pat och maken. Pat var ledsen men inte överraskad; "
              "vi gick igenom kolinesterashämmare och anhörigstöd."),
         ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "Two notes: before the besked (untold, visible) and after it (told).", "2024-04-01")

add("minne-synlig-utan-dg-plus-th-mall", "skane", "19461227-1488", [
    note("n1", "S_MINNE_MALMO", "Läkaranteckning", "Gunilla Nyström", "läkare",
         "2024-04-24 10:00", "2024-04-24 10:30", [
             ("Bedömning", "Utredningen är klar och en diagnos är ställd. Pat ej informerad ännu; besked "
              "ges vid återbesök med dottern 8/5."),
         ]),
    note("n2", "S_MINNE_MALMO", "Tidiga hypoteser", "Gunilla Nyström", "läkare",
         "2024-04-24 10:35", "2024-04-24 10:40", [
             ("Hypotes", "Alzheimers sjukdom, sen debut. Ej kommunicerat, se plan i dagens läkaranteckning."),
         ]),
], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
    "Skåne, done right: visible note names no diagnosis, the diagnosis sits in the Tidiga hypoteser template.",
    "2024-05-01")

add("minne-pmo-vc-och-melior-minnesmottagning", "skane", "19380711-3638", [
    note("n1", "S_VC_TECKO", "Telefon", "Marie Olsson", "distriktssköterska",
         "2024-05-02 09:00", "2024-05-02 09:10", [
             ("Telefon", "Hustrun ringer och undrar över svaret från minnesmottagningen. Hänvisas dit, "
              "där läkaren ger besked vid återbesöket."),
         ], system="PMO"),
    note("n2", "S_MINNE_HBG", "Läkaranteckning", "Ulf Lindahl", "läkare",
         "2024-04-26 14:00", "2024-04-26 14:45", [
             ("Bedömning", "Alzheimers sjukdom med sen debut, lindrig demensgrad. Besked till pat ges vid "
              "återbesöket 7/5, då hustrun kan vara med."),
         ]),
], [("NL101", "n2")], [],
    "Mixed record: PMO primary care note plus Melior memory clinic note where the besked is postponed.",
    "2024-06-01")

# ---------------------------------------------------------------- memory clinics: NL101 near misses

one("minne-informerad-grannarna-ska-inte-veta", "vgr", "19500214-2627", "V_MINNE_MOLNDAL",
    "Läkaranteckning", "Camilla Nord", "läkare", "2024-02-12 13:30", "2024-02-12 14:15", [
        ("Bedömning", "Pat informerad om diagnsoen Alzheimers sjukdom och tog beskedet sakligt. Hon vill "
         "inte att grannarna ska få veta något."),
    ], [], A, "Near miss: patient told; neighbours are the ones not to know; typo 'diagnsoen'.")

one("minne-informerad-minns-inte-samtalet", "skane", "19370928-1970", "S_MINNE_YSTAD",
    "Sjuksköterskeanteckning", "Sanna Möller", "sjuksköterska", "2024-03-27 10:00",
    "2024-03-27 10:20", [
        ("Samtal", "Pat och hustrun informerades om demensdiagnosen förra veckan. Pat minns inte "
         "samtalet och frågar hustrun om och om igen varför han var på sjukhuset."),
    ], [], A, "Near miss: the patient was told but does not remember.")

one("minne-inga-tecken-demens-brev", "vgr", "19560610-2241", "V_MINNE_KUNGALV",
    "Läkaranteckning", "Annelie Svensson", "läkare", "2024-06-03 11:00", None, [
        ("Bedömning", "Inga tecken på demens; MMSE 29/30, klocktest ua. Pat ej informerad om resultatet "
         "ännu, brev skickas denna vecka."),
    ], [], AB, "Near miss: result is normal, so the untold result is no diagnosis (unsigned draft).")

one("minne-tidiga-hypoteser-mall-ftd", "skane", "19570302-1716", "S_MINNE_HBG",
    "Tidiga hypoteser", "Ulf Lindahl", "läkare", "2024-08-21 15:00", "2024-08-21 15:10", [
        ("Hypotes", "Misst. FTD mot bakgrund av personlighetsförändring och disinhibition. Ej "
         "kommunicerat med pat eller anhöriga ännu."),
    ], [], AB, "Skåne Tidiga hypoteser template: hedged, untold dementia hidden.")

one("minne-th-sokord-vgr-pet-planeras", "vgr", "19520416-2886", "V_MINNE_MOLNDAL",
    "Läkaranteckning", "Camilla Nord", "läkare", "2024-05-15 09:00", "2024-05-15 09:45", [
        ("Planering", "Utredningen fortsätter med amyloid-PET. Pat informerad om att alla resultat gås "
         "igenom i juni."),
        ("Tidiga hypoteser", "Frågeställning Alzheimers sjukdom. Ej diskuterat med pat än."),
    ], [], AB, "VGR: hypothesis and its untold status only under the Tidiga hypoteser sökord.")

one("minne-korkortsanmalan-ej-informerat", "skane", "19490119-3575", "S_MINNE_MALMO",
    "Läkaranteckning", "Gunilla Nyström", "läkare", "2024-09-11 10:00", "2024-09-11 10:40", [
        ("Bedömning", "Alzheimerdiagnosen meddelades pat och dottern vid förra besöket. Har ännu inte "
         "informerat pat om att anmälan till Transportstyrelsen kommer att göras; tas vid nästa besök."),
    ], [], A, "Near miss: diagnosis told; the pending information is the driving-licence report.")

one("minne-pat-fragar-om-demens", "vgr", "19530625-1447", "V_MINNE_SKOVDE",
    "Sjuksköterskeanteckning", "Birgitta Holm", "sjuksköterska", "2024-03-13 14:00",
    "2024-03-13 14:15", [
        ("Telefon", "Pat undrar om hon har fått demens. Informerad om att utredningen inte är klar och att "
         "läkaren går igenom alla resultat vid besöket i april."),
    ], [], A, "Near miss: the patient's own question, no diagnosis stated.")

# ---------------------------------------------------------------- memory clinics: NL102

one("minne-trolig-alzheimer-informerade-om-misstanken", "vgr", "19480404-3216", "V_MINNE_KUNGALV",
    "Läkaranteckning", "Annelie Svensson", "läkare", "2024-01-22 10:00", "2024-01-22 10:50", [
        ("Bedömning", "Trolig Alzheimers sjukdom, likvor beställd. Pat och sonen informerade om misstanken."),
    ], B, A, "'Trolig' before Alzheimer in a visible note; told, so no NL101.")

one("minne-misst-lewy-telegrafiskt", "skane", "19420127-2178", "S_MINNE_HBG",
    "Läkaranteckning", "Ulf Lindahl", "läkare", "2024-02-29 13:00", "2024-02-29 13:20", [
        ("Bedömning", "Fluktuationer, synhallucinationer, parkinsonism. Misst. Lewy body-demens. "
         "DaT-scan bokad."),
    ], B, [], "Abbreviated 'Misst.' before a dementia diagnosis.")

one("minne-dd-vaskular-nph", "vgr", "19410902-1958", "V_MINNE_SKOVDE",
    "Läkaranteckning", "Ingrid Carlsson", "läkare", "2024-04-04 09:00", "2024-04-04 09:40", [
        ("Bedömning", "Kognitiv svikt med exekutiv dysfunktion och småstegad gång. DD vaskulär demens, "
         "normaltryckshydrocefalus. DT hjärna och tappningstest planeras."),
    ], B, [], "'DD' with two differential diagnoses.")

one("minne-kognitiv-svikt-fragetecken-demens", "skane", "19440511-2881", "S_MINNE_YSTAD",
    "Läkaranteckning", "Mats Bengtsson", "läkare", "2024-05-20 10:30", "2024-05-20 11:00", [
        ("Bedömning", "Kognitiv svikt, ?demens. Nedstämdheten kan bidra till testresultatet."),
    ], B, [], "'?demens' written telegraphically.")

one("minne-hereditet-mor-trolig-alzheimer", "vgr", "19601003-2669", "V_MINNE_MOLNDAL",
    "Läkaranteckning", "Bengt Sörensen", "läkare", "2024-06-24 13:00", "2024-06-24 13:40", [
        ("Hereditet", "Mor hade trolig Alzheimer, aldrig utredd."),
        ("Bedömning", "Subjektiv kognitiv svikt utan objektiva avvikelser vid testning. Ingen demens."),
    ], [], B, "Near miss: the hedge concerns the mother (family history).")

one("minne-pmo-vc-misstankt-demenssjukdom", "skane", "19431120-2255", "S_VC_HASSLEHOLM",
    "Läkarbesök", "Olof Strand", "läkare", "2024-07-16 10:00", "2024-07-16 10:30", [
        ("Bedömning", "Misstänkt demenssjukdom, MMSE 22. Remiss minnesmottagningen."),
    ], [], B, "PMO primary care: hedged dementia is not NL102.", system="PMO")

one("minne-inga-hallpunter-demens-typo", "skane", "19580818-1936", "S_MINNE_MALMO",
    "Läkaranteckning", "Gunilla Nyström", "läkare", "2024-10-14 09:30", "2024-10-14 10:00", [
        ("Bedömning", "Inga hållpunter för demens vid utvidgad testning. Besvären bedöms stressrelaterade."),
    ], [], B, "Typo 'hållpunter' inside a negation: no NL102.")

one("minne-sannol-blanddemens-telegrafiskt", "vgr", "19360214-2261", "V_MINNE_SKOVDE",
    "Läkaranteckning", "Ingrid Carlsson", "läkare", "2024-08-08 14:00", "2024-08-08 14:30", [
        ("Bedömning", "Sannol. blanddemens, MR med uttalade vitsubstansförändringar. Pat informerad om "
         "fortsatt utredning."),
    ], B, [], "'Sannol.' abbreviation before mixed dementia.")

# ================================================================ clinical genetics: NL101 positives

one("gen-huntington-avstatt-att-ta-del", "skane", "19860912-1846", "S_GEN_LUND",
    "Genetisk vägledning", "Maja Friberg", "genetisk vägledare", "2024-02-19 10:00",
    "2024-02-19 11:20", [
        ("Bakgrund", "Pat genomgick presymtomatisk testning för Huntingtons sjukdom efter två "
         "vägledningssamtal; fadern avled i sjukdomen 2019."),
        ("Resultat", "CAG-expansion med 42 repetitioner i HTT-genen, dvs anlagsbärare för Huntingtons "
         "sjukdom."),
        ("Samtal", "Vid dagens samtal valde pat att inte ta del av resultatet och har därför inte "
         "informerats. Hon kan när som helst höra av sig om hon vill veta."),
    ], A, B, "Right not to know: presymptomatic Huntington result visible though the patient chose not to be told.")

one("gen-brca2-svarsbesok-bokat", "vgr", "19790301-3469", "V_GEN_SU",
    "Läkaranteckning", "Katarina Wester", "läkare", "2024-08-14 13:00", "2024-08-14 13:20", [
        ("Provsvar", "Svar från analys: patogen variant i BRCA2, c.5946del. Pat ej informerad, svarsbesök "
         "bokat 28/8 enligt överenskommelse om personligt besked."),
    ], A, [], "Hereditary cancer result in visible Provsvar; to be told at a booked visit.")

one("gen-cf-anlagsbarare-partnern-forst", "skane", "19940516-2026", "S_GEN_LUND",
    "Läkaranteckning", "Tobias Rehn", "läkare", "2024-03-26 14:00", "2024-03-26 14:15", [
        ("Resultat", "Anlagsbärare för cystisk fibors (CFTR, F508del), Z14.1. Pat ännu ej meddelad; "
         "partnerns prov analyseras först enligt önskemål från mödravården."),
    ], A, [], "Carrier status visible, 'ännu ej meddelad'; typo 'fibors'.")

one("gen-lynch-telefon-delvis", "vgr", "19680727-2775", "V_GEN_SU",
    "Telefonanteckning", "Katarina Wester", "läkare", "2024-09-19 11:00", None, [
        ("Telefonsamtal", "Pat informerad per telefon om att en sjukdomsorsakande förändring hittats, men "
         "inte om vilket syndrom det gäller."),
        ("Resultat", "Lynch syndrom, patogen variant i MSH2. Detaljerna och kontrollprogrammet tas vid "
         "besöket 3/10."),
    ], A, [], "Told only partly: a finding, not which syndrome (unsigned draft).")

one("gen-attr-systern-fick-beskedet-forst", "skane", "19630105-2194", "S_GEN_LUND",
    "Läkaranteckning", "Tobias Rehn", "läkare", "2024-04-15 09:30", "2024-04-15 10:00", [
        ("Resultat", "Hereditär transtyretinamyloidos, TTR Val30Met (p.Val50Met)."),
        ("Kommentar", "Analysresultatet har av misstag meddelats systern före pat. Pat själv har ännu "
         "inte fått besked; avvikelse skriven."),
    ], A, [], "Told to someone else by mistake (the sister), patient not told.")

one("gen-fh-svarsbrev-ej-skickat", "vgr", "19820218-3086", "V_GEN_SU",
    "Genetisk vägledning", "Hanna Lund", "genetisk vägledare", "2024-05-27 15:00",
    "2024-05-27 15:20", [
        ("Resultat", "Familjär hyperkolesterolemi bekräftad genetiskt, patogen variant i LDLR. "
         "Svarsbrevet har inte skickats och pat är inte informerad."),
    ], A, [], "Genetic counsellor: answer letter not sent, patient not informed.")

one("gen-dm1-typo-infromerad-neurolog", "skane", "19750928-1312", "S_GEN_LUND",
    "Läkaranteckning", "Tobias Rehn", "läkare", "2024-06-05 10:00", "2024-06-05 10:30", [
        ("Resultat", "Myotonisk dystrofi typ 1 (DM1), CTG-expansion ca 300 repetitioner."),
        ("Planering", "Pat är ej infromerad om DM1-diagnosen; neurologen tar beskedet vid besöket 20/6."),
    ], A, [], "Typo 'infromerad'; inherited disease result visible.")

one("gen-fragilt-x-premutation-vagledning", "vgr", "19900111-1864", "V_GEN_SU",
    "Genetisk vägledning", "Hanna Lund", "genetisk vägledare", "2024-10-22 09:00",
    "2024-10-22 09:20", [
        ("Resultat", "Premutationsbärare för fragilt X-syndrom (FMR1, 78 CGG-repetitioner)."),
        ("Planering", "Besked lämnas vid genetisk vägledning 4/11; pat vet ännu inget om resultatet."),
    ], A, [], "Carrier status, 'vet ännu inget om resultatet'.")

one("gen-palb2-kand-brostcancer-ny-variant", "skane", "19720315-2405", "S_ONKGEN_LUND",
    "Läkaranteckning", "Elin Strömberg", "läkare", "2024-07-11 13:30", "2024-07-11 14:00", [
        ("Bedömning", "Pat känner till sin bröstcancerdiagnos från 2022. Den genetiska analysen visar "
         "dessutom en patogen variant i PALB2, vilket hon inte har informerats om ännu."),
    ], A, [], "Two findings; known breast cancer, untold PALB2 variant.")

one("gen-li-fraumeni-telegrafiskt", "vgr", "19850704-3548", "V_GEN_SU",
    "Läkaranteckning", "Katarina Wester", "läkare", "2024-11-20 08:40", "2024-11-20 08:50", [
        ("Provsvar", "Li-Fraumenis syndrom, patogen TP53-variant. Ej informerad. Tid för besked 2/12."),
    ], A, [], "Very short: diagnosis, 'Ej informerad', time for besked.")

one("gen-mybpc3-bror-kardiolog-informerad", "skane", "19910409-3738", "S_GEN_LUND",
    "Läkaranteckning", "Tobias Rehn", "läkare", "2024-09-04 14:00", "2024-09-04 14:20", [
        ("Resultat", "Pat, som är bror till indexpatienten, bär familjens patogena variant i MYBPC3 och "
         "har därmed anlag för familjär hypertrofisk kardiomyopati."),
        ("Åtgärd", "Svaret är meddelat remitterande kardiolog i Helsingborg. Pat har inte fått svaret; "
         "kardiologen vill ge det själv vid återbesöket."),
    ], A, [], "Cascade-tested brother: carrier result told to the referring cardiologist, not to the patient.")

one("gen-huntington-utkast-vantar-pa-kurator", "vgr", "19770223-2930", "V_GEN_SU",
    "Läkaranteckning", "Katarina Wester", "läkare", "2024-12-03 16:00", None, [
        ("Resultat", "Huntingtons sjukdom bekräftad, 44 CAG-repetitioner."),
        ("Planering", "Vi väntar med att berätta för pat tills kuratorn är tillbaka efter sjukskrivning."),
    ], A, [], "Unsigned draft: 'väntar med att berätta för pat'.")

# ---------------------------------------------------------------- clinical genetics: NL101 near misses

one("gen-brca1-systrarna-slaktbrev", "skane", "19810607-1684", "S_ONKGEN_LUND",
    "Läkaranteckning", "Elin Strömberg", "läkare", "2024-03-05 10:00", None, [
        ("Bedömning", "Pat informerad om att hon bär en patogen variant i BRCA1. Systrarna är ännu inte "
         "informerade; pat tar med släktbrev till dem."),
    ], [], A, "Near miss: patient told; her sisters are not informed yet (unsigned draft).")

one("gen-huntington-fadern-ingen-analys", "vgr", "19890823-2062", "V_GEN_SU",
    "Genetisk vägledning", "Hanna Lund", "genetisk vägledare", "2024-04-17 13:00",
    "2024-04-17 13:40", [
        ("Samtal", "Fadern har Huntingtons sjukdom. Pat har efter vägledning bestämt sig för att inte "
         "testa sig, och någon analys har därför inte utförts."),
    ], [], A, "Near miss: family history, the patient was never tested.")

one("gen-brca-normalt-ej-informerad", "skane", "19760130-2420", "S_ONKGEN_LUND",
    "Sjuksköterskeanteckning", "Petra Ahlgren", "sjuksköterska", "2024-05-08 11:00",
    "2024-05-08 11:10", [
        ("Provsvar", "Ingen patogen variant påvisad i BRCA1, BRCA2 eller PALB2. Pat ej informerad ännu, "
         "svarsbrev skickas."),
    ], [], AB, "Near miss: normal result not yet told.")

one("gen-lynch-maken-vet-inte", "vgr", "19740512-2800", "V_GEN_SU",
    "Läkaranteckning", "Katarina Wester", "läkare", "2024-10-10 10:00", "2024-10-10 10:30", [
        ("Samtal", "Pat har fått besked om Lynch syndrom och vill själv välja tidpunkt att berätta för "
         "maken, som ännu inte vet."),
    ], [], A, "Near miss: the husband does not know; the patient does.")

one("gen-sma-barare-informerad", "skane", "19960302-1644", "S_GEN_LUND",
    "Genetisk vägledning", "Maja Friberg", "genetisk vägledare", "2024-06-13 14:00",
    "2024-06-13 14:30", [
        ("Samtal", "Pat informerad om bärarskap för spinal muskelatrofi (SMN1-deletion) och om att det "
         "inte påverkar hennes egen hälsa. Partnertestning erbjuds."),
    ], [], A, "Near miss: carrier status told.")

one("gen-barnen-ej-informerade-erbjuds-test", "vgr", "19590917-3394", "V_GEN_SU",
    "Läkaranteckning", "Katarina Wester", "läkare", "2024-02-28 09:00", "2024-02-28 09:40", [
        ("Bedömning", "Pat fick diagnosbesked om hereditär transtyretinamyloidos vid förra besöket. Han "
         "har ännu inte informerat sina vuxna barn, som nu kan erbjudas prediktiv testning."),
    ], [], A, "Near miss: the patient has not told his children (cascade testing).")

one("gen-lang-brca1-familj-hedges", "skane", "19700826-2284", "S_ONKGEN_LUND",
    "Läkaranteckning", "Elin Strömberg", "läkare", "2024-08-29 10:00", "2024-08-29 11:30", [
        ("Kontaktorsak", "Svarsbesök efter genetisk analys, remiss från bröstmottagningen i Lund efter "
         "att pat opererats för bröstcancer i våras."),
        ("Sjukdomshistoria", "Sektorresektion och sentinel node vänster bröst i april, trippelnegativ tumör "
         "18 mm utan spridning till körtlarna. Avslutade adjuvant cytostatika i augusti och har nu "
         "strålbehandling. Två graviditeter, första barnet vid 27 års ålder, menopaus vid 51."),
        ("Analys", "Inför analysen fick pat skriftlig och muntlig information om vad ett positivt, negativt "
         "eller oklart svar kan innebära för henne och släkten, och hon lämnade skriftligt samtycke. "
         "Panelen omfattade BRCA1, BRCA2, PALB2, CHEK2, ATM, RAD51C, RAD51D och TP53."),
        ("Psykosocialt", "Pat beskriver att hon länge anat att det fanns något ärftligt i släkten och att "
         "beskedet snarare var en bekräftelse än en chock. Hon har stöd av sin sambo och av en nära väninna. Vi "
         "diskuterade hur döttrarna kan reagera och att de själva får välja om och när de vill testa sig. "
         "Hon har fått kontaktuppgifter till den genetiska vägledaren på mottagningen."),
        ("Hereditet", "Mor bröstcancer vid 46 års ålder, avliden 2001. Moster trol. äggstockscancer, "
         "uppgifterna osäkra. Morfar prostatacancer i hög ålder. Pats syster, 49 år, frisk och "
         "kontrolleras med mammografi. Inga kända fall av tjocktarmscancer i släkten."),
        ("Resultat", "Patogen variant i BRCA1, c.3607C>T. Samma variant finns inte registrerad hos någon "
         "släkting i regionens register."),
        ("Samtal", "Pat informerad om resultatet och vad det innebär: förhöjd risk för ny bröstcancer och "
         "för äggstockscancer. Vi gick igenom riskreducerande kirurgi, kontrollprogram med MR bröst "
         "årligen och att riskreducerande salpingooforektomi rekommenderas från 35–40 års ålder, vilket "
         "för henne innebär snarast. Hon tog beskedet lugnt och hade läst på i förväg. Systern och "
         "pats två döttrar, 22 och 25 år, är ännu inte informerade; pat vill berätta själv och får med "
         "sig släktbrev. Döttrarna kan få vägledning här eller i Göteborg där de bor."),
        ("Planering", "Remiss gynonkologen för ställningstagande till salpingooforektomi. Remiss "
         "bröstkirurgen för diskussion om kontralateral mastektomi. Nytt samtal om tre månader om "
         "pat önskar, annars kontakt vid behov."),
    ], [], AB, "Long near miss (300+ words): result told to the patient, relatives not, hedge only in family history.")

# ---------------------------------------------------------------- clinical genetics: NL102

one("gen-klinisk-misstanke-marfan", "vgr", "19990620-3774", "V_GEN_SU",
    "Läkaranteckning", "Katarina Wester", "läkare", "2024-03-11 13:30", "2024-03-11 14:10", [
        ("Bedömning", "Klinisk misstanke om Marfans syndrom: aortarotsdilatation, linssubluxation och "
         "stort armspann. Gentest FBN1 skickat."),
    ], B, [], "'Klinisk misstanke om' before a hereditary syndrome.")

one("gen-inger-misstanke-lynch", "skane", "19830409-2532", "S_ONKGEN_LUND",
    "Läkaranteckning", "Elin Strömberg", "läkare", "2024-01-29 10:00", "2024-01-29 10:40", [
        ("Bedömning", "Tumörens MMR-defekt och pats ålder vid koloncancerdiagnosen (41 år) inger misstanke "
         "om Lynch syndrom. Konstitutionell analys skickad."),
    ], B, [], "'inger misstanke om' before a hereditary cancer syndrome.")

one("gen-morbror-misstankt-als-hereditet", "vgr", "19720108-1929", "V_GEN_SU",
    "Genetisk vägledning", "Hanna Lund", "genetisk vägledare", "2024-07-01 09:00",
    "2024-07-01 09:30", [
        ("Hereditet", "Morbror avled i misstänkt ALS 2005, aldrig genetiskt utredd."),
        ("Bedömning", "Pat själv neurologiskt ua. Informerad om begränsningarna med prediktiv testning "
         "när ingen sjuk släkting har testats."),
    ], [], B, "Near miss: the hedged ALS concerns an uncle.")

one("gen-ev-hereditar-hemokromatos", "skane", "19670624-3158", "S_GEN_LUND",
    "Läkaranteckning", "Tobias Rehn", "läkare", "2024-11-18 10:00", "2024-11-18 10:20", [
        ("Bedömning", "Ferritin 980 och transferrinmättnad 78 %. Ev. hereditär hemokromatos, HFE-analys "
         "skickad."),
    ], B, [], "'Ev.' before a hereditary disease.")


# ================================================================ oncology follow-up: NL101 positives

one("onk-lokalrecidiv-rektum-besked-fredag", "skane", "19560418-1510", "S_ONK_LUND",
    "Läkaranteckning", "Magnus Thelin", "läkare", "2024-04-10 15:00", "2024-04-10 15:40", [
        ("Röntgen", "DT buk/bäcken 2024-04-09 visar en 3 cm stor förändring i lilla bäckenet, inga "
         "fjärrmetastaser."),
        ("Bedömning", "Lokalrecidiv av rektalcancer. Pat ännu ej informerad; besked ges av mig och "
         "kontaktsjuksköterskan på fredag."),
    ], A, [], "Recurrence in Bedömning; to be told on Friday.")

one("onk-levermetastas-svaret-kom-efter-samtalet", "vgr", "19620929-2447", "V_ONK_SU",
    "Läkaranteckning", "Louise Ahlberg", "läkare", "2024-05-03 11:00", "2024-05-03 11:30", [
        ("Bedömning", "Pat informerad om lungmetastaserna vid besöket 2/5. Levermetastasen som sågs på "
         "kompletterande MR har vi ännu inte berättat om, då svaret kom efter samtalet."),
    ], A, [], "Told only partly: lung metastases told, liver metastasis not.")

one("onk-maken-fick-veta-skelettmetastaser", "skane", "19590207-2825", "S_ONK_KRIST",
    "Telefonanteckning", "Anneli Kron", "sjuksköterska", "2024-06-07 17:10", "2024-06-07 17:30", [
        ("Telefonsamtal", "Maken ringde och fick av jourhavande veta att skintigrafin visar "
         "skelettmetastaser. Pat själv är ej informerad. Ansvarig onkolog ringer henne i morgon."),
    ], A, [], "Told to someone else (husband on the phone), patient not.")

one("onk-mdk-recidiv-axill-informeras-av-kirurg", "vgr", "19650531-2261", "V_ONK_NU",
    "Konferensanteckning", "Jenny Backlund", "läkare", "2024-09-05 08:00", "2024-09-05 09:10", [
        ("MDK", "Recidiv av bröstcancer i vänster axill, bekräftat med mellannålsbiopsi, ER-positivt."),
        ("Rekommendation", "Exstirpation följt av strålbehandling. Pat informeras av ansvarig kirurg "
         "12/9."),
    ], A, [], "Team conference note: recurrence, to be told by the surgeon next week.")

one("onk-hjarnmetastaser-delirium-dottern", "skane", "19480821-2379", "S_ONK_LUND",
    "Läkaranteckning", "Magnus Thelin", "läkare", "2024-02-01 10:00", "2024-02-01 10:45", [
        ("Undersökningar", "MR hjärna visar tre metastaser, största 14 mm frontalt vänster."),
        ("Bedömning", "Pat är inte informerad på grund av pågående delirium; dottern informerad och vill "
         "vara med när pat får beskedet."),
    ], A, [], "Metastases in Undersökningar, not told because of delirium; daughter told.")

one("onk-biokemiskt-recidiv-prostata-telegrafiskt", "vgr", "19510719-3996", "V_ONK_BORAS",
    "Läkaranteckning", "Karl Wessman", "läkare", "2024-03-19 09:00", "2024-03-19 09:10", [
        ("Bedömning", "PSA 0,2 → 1,4 på 6 mån. Biokemiskt recidv av prostatacancer. Inte delgivet pat, "
         "tel-tid bokad."),
    ], A, [], "Telegraphic 'Inte delgivet pat'; typo 'recidv'.")

one("onk-ovarial-recidiv-pat-ovetande", "skane", "19540303-2088", "S_ONK_LUND",
    "Sjuksköterskeanteckning", "Åsa Lindblom", "sjuksköterska", "2024-10-24 13:00",
    "2024-10-24 13:15", [
        ("Provsvar", "Recidiv av ovarialcancer, CA-125 stigande och DT bekräftar peritoneal spridning. "
         "Pat ovetande. Läk ringer imorgon."),
    ], A, [], "Nurse's note: 'Pat ovetande' after the recurrence.")

one("onk-levermetasaser-typo-ej-meddelat", "vgr", "19570812-3111", "V_ONK_SU",
    "Läkaranteckning", "Louise Ahlberg", "läkare", "2024-07-17 14:00", "2024-07-17 14:20", [
        ("Bedömning", "Levermetasaser x2 på ultraljud, bekräftade med DT. Ej meddelat pat."),
    ], A, [], "Typo 'Levermetasaser' in the diagnosis.")

one("onk-utkast-binjuremetastaser-lunga", "skane", "19530626-3533", "S_ONK_KRIST",
    "Läkaranteckning", "Peter Lövgren", "läkare", "2024-05-21 17:30", None, [
        ("Bedömning", "Progress av lungcancer med nytillkomna binjuremetastaser bilateralt. Pat ej "
         "informerad, planerar samtal på tisdag med kontaktsjuksköterskan."),
    ], A, [], "Unsigned draft: metastases, patient not informed.")

one("onk-melanom-lymfkortlar-vet-inte-innehall", "vgr", "19660114-1606", "V_ONK_SU",
    "Läkaranteckning", "Louise Ahlberg", "läkare", "2024-08-06 10:30", "2024-08-06 11:00", [
        ("PAD", "Sentinel node visar spridning av malignt melanom till två lymfkörtlar i ljumsken."),
        ("Bedömning", "Pat vet att körteln togs bort men inte att den innehöll tumörceller; besked vid "
         "återbesöket."),
    ], A, [], "Told only partly: knows about the operation, not about the spread.")

one("onk-lang-skelettmetastaser-ny-dg", "skane", "19600503-1866", "S_ONK_LUND",
    "Läkaranteckning", "Sara Edvardsson", "läkare", "2024-11-13 13:00", "2024-11-13 14:20", [
        ("Diagnoser", "1. Bröstcancer vänster, opererad 2019 (C50.4), ER-positiv, HER2-negativ. "
         "2. Typ 2-diabetes (E11.9). 3. Skelettmetastaser i bäcken och ländrygg (C79.5), ny."),
        ("Aktuellt", "Planerat uppföljningsbesök under pågående endokrin behandling med letrozol sedan "
         "2020. Pat har sedan september haft värk i ländryggen som förvärras nattetid och inte lindras "
         "av paracetamol. Arbetar heltid som lärare. Ingen viktnedgång, äter bra. Blodsockret har "
         "varit svängigt under hösten."),
        ("Tidigare behandling", "Sektorresektion och axillutrymning 2019, tumörstorlek 24 mm med två "
         "positiva lymfkörtlar. Adjuvant cytostatika med EC följt av docetaxel, strålbehandling mot "
         "bröstet och regionala lymfkörtlar, därefter tamoxifen i ett år och sedan byte till letrozol. "
         "Har tolererat behandlingen väl bortsett från måttliga ledbesvär."),
        ("Socialt", "Gift, två tonårsbarn. Arbetar som mellanstadielärare i Eslöv. Maken är lastbilschaufför "
         "och ofta borta i veckorna. Röker inte, dricker alkohol sparsamt."),
        ("Psykosocialt", "Pat beskriver sig som trött men glad att orka arbeta. Hon har inte märkt något som "
         "oroar henne utöver ryggen och tror själv att värken kommer av att hon lyft fel i trädgården. "
         "Kontaktsjuksköterskan ringer henne i morgon för att bekräfta tiden på torsdag."),
        ("Läkemedel", "Letrozol 2,5 mg, metformin 1 g x 2, kalcium med D-vitamin, paracetamol vid behov."),
        ("Status", "AT gott. Palpationsöm över L3 och höger os ilium. Inga neurologiska bortfall i benen, "
         "normal gång. Ärr på vänster bröst ua, inga palpabla körtlar i axiller eller fossae "
         "supraclaviculares."),
        ("Provsvar", "ALP 3,4, kalcium 2,55. HbA1c 61. Blodstatus och leverprover ua."),
        ("Undersökningar", "Skelettskintigrafi 8/11 och DT thorax-buk 11/11: multipla skelettmetastaser i "
         "bäckenet och ländkotorna, inga lever- eller lungmetastaser. Ingen frakturrisk enligt "
         "röntgenläkaren."),
        ("Bedömning", "Pat är väl förtrogen med bröstcancer- och diabetesdiagnoserna. Skelettmetastaserna "
         "har hon ännu inte fått veta om, eftersom svaren kom efter hennes förra besök och hon i dag "
         "kom för att få recept."),
        ("Planering", "Läkarbesök på torsdag tillsammans med kontaktsjuksköterskan för besked och "
         "genomgång av byte till CDK4/6-hämmare. Remiss strålbehandling mot L3. Denosumab efter "
         "tandläkarkontroll. Oxikodon 5 mg vid behov, max 4 ggr per dygn. Diabetessköterskan "
         "kontaktas om metforminjustering."),
    ], A, B, "Long note (300+ words): three diagnoses, only the new metastases untold.")

one("onk-huslakare-kopia-pad-blascancer", "vgr", "19490923-2557", "V_ONK_BORAS",
    "Läkaranteckning", "Karl Wessman", "läkare", "2024-01-17 14:00", None, [
        ("PAD", "Recidiv av urotelial blåscancer, höggradig, T1."),
        ("Kommentar", "Husläkaren har fått kopia av PAD-svaret. Pat är ännu inte informerad om "
         "recidivet; urologen ringer honom i morgon."),
    ], A, [], "GP received the pathology copy; patient not informed (unsigned draft).")

one("onk-far-inte-veta-misstanke-forran-pad", "vgr", "19640310-2848", "V_ONK_BORAS",
    "Läkaranteckning", "Karl Wessman", "läkare", "2024-02-09 10:00", "2024-02-09 10:30", [
        ("Bedömning", "Misstänkt recidiv i vaginaltoppen vid gynekologisk undersökning. Pat får inte veta "
         "om misstanken förrän PAD finns, för att inte oroa i onödan."),
    ], AB, [], "Hedged recurrence in a visible note with an explicit 'must not be told yet'.")

# ---------------------------------------------------------------- oncology: two-note record

add("onk-utkast-recidiv-sedan-besked-samma-dag", "vgr", "19580102-3358", [
    note("n1", "V_ONK_NU", "Läkaranteckning", "Jenny Backlund", "läkare",
         "2024-06-18 08:15", "2024-06-18 08:40", [
             ("Bedömning", "Recidiv av koloncancer med peritoneal karcinos på DT. Pat ej informerad ännu, "
              "kommer på besök kl 13."),
         ]),
    note("n2", "V_ONK_NU", "Läkaranteckning", "Jenny Backlund", "läkare",
         "2024-06-18 13:00", "2024-06-18 14:00", [
             ("Bedömning", "Besked om recidivet lämnat vid läkarsamtal; pat och sonen närvarande. Vi "
              "diskuterade palliativ cytostatika och pat vill tänka över det till nästa vecka."),
         ]),
], [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
    "Same-day morning note (untold) and afternoon note (told).", "2024-07-01")

# ---------------------------------------------------------------- oncology: NL101 near misses

one("onk-recidiv-barnen-vet-inte-kurator", "skane", "19630714-3047", "S_ONK_KRIST",
    "Sjuksköterskeanteckning", "Anneli Kron", "sjuksköterska", "2024-04-02 10:00", None, [
        ("Samtal", "Pat informerad om recidivet och tog beskedet med fattning. Hon har inte berättat för "
         "barnen ännu och vill ha hjälp av kurator med hur."),
    ], [], A, "Near miss: patient told, children not (unsigned draft).")

one("onk-dt-utan-recidiv-ssk-ringer", "vgr", "19550209-2173", "V_ONK_BORAS",
    "Läkaranteckning", "Karl Wessman", "läkare", "2024-05-13 12:00", "2024-05-13 12:10", [
        ("Röntgen", "DT thorax/buk utan tecken på recidiv eller metastaser. Pat ej informerad än, ssk "
         "ringer under eftermiddagen."),
    ], [], AB, "Near miss: untold result is negative.")

one("onk-kur-flyttas-neutropeni", "skane", "19610428-2469", "S_ONK_LUND",
    "Sjuksköterskeanteckning", "Åsa Lindblom", "sjuksköterska", "2024-09-09 08:30",
    "2024-09-09 08:40", [
        ("Provsvar", "Pat känner till sina skelettmetastaser sedan i våras. Neutrofila 0,8. Ej informerad "
         "om att nästa cytostatikakur måste flyttas en vecka; ringer upp efter lunch."),
    ], [], A, "Near miss: 'ej informerad' about a postponed treatment, metastases long known.")

one("onk-prognos-vill-inte-diskutera", "vgr", "19520605-3398", "V_ONK_SU",
    "Läkaranteckning", "Louise Ahlberg", "läkare", "2024-10-29 13:00", "2024-10-29 13:40", [
        ("Bedömning", "Pat vet att cancern har återkommit med spridning till lungorna. Han har inte velat "
         "diskutera prognos och vi respekterar det."),
    ], [], A, "Near miss: diagnosis told, prognosis not discussed at the patient's wish.")

one("onk-pad-inga-maligna-celler-ej-informerad", "skane", "19670921-2689", "S_ONK_KRIST",
    "Läkaranteckning", "Peter Lövgren", "läkare", "2024-12-04 11:00", "2024-12-04 11:10", [
        ("PAD", "Finnålspunktion av körteln på halsen: inga maligna celler. Pat ej informerad ännu, "
         "ringer i eftermiddag."),
    ], [], A, "Near miss: benign cytology not yet told.")

one("onk-metastaser-informerad-en-ord", "vgr", "19580527-1938", "V_ONK_NU",
    "Läkaranteckning", "Jenny Backlund", "läkare", "2024-03-26 10:00", "2024-03-26 10:20", [
        ("Bedömning", "Levermetastaser av koloncancer, progress. Pat informerad. Byte till andra "
         "linjens behandling."),
    ], [], AB, "Near miss: a two-word 'Pat informerad' after the diagnosis.")

one("onk-forra-anteckningen-ej-informerad-nu-klart", "skane", "19500818-2247", "S_ONK_LUND",
    "Läkaranteckning", "Sara Edvardsson", "läkare", "2024-07-04 14:00", "2024-07-04 14:40", [
        ("Bedömning", "I förra veckans anteckning stod att pat inte var informerad om lokalrecidivet. Det "
         "är nu gjort: pat fick besked i dag tillsammans med sin man."),
    ], [], A, "Near miss: the earlier not-informed state is reported as past; told today.")

# ---------------------------------------------------------------- oncology: NL102

one("onk-misstankt-lokalrecidiv-arret", "skane", "19550315-1820", "S_ONK_KRIST",
    "Läkaranteckning", "Peter Lövgren", "läkare", "2024-01-10 10:00", "2024-01-10 10:30", [
        ("Bedömning", "Misstänkt lokalrecidiv i operationsärret, finnålspunktion bokad. Pat informerad om "
         "misstanken."),
    ], B, A, "Hedged recurrence, told: NL102 only.")

one("onk-metastas-kan-ej-uteslutas-lever", "vgr", "19600104-2669", "V_ONK_NU",
    "Läkaranteckning", "Jenny Backlund", "läkare", "2024-02-14 13:30", "2024-02-14 13:50", [
        ("Röntgen", "Lesion i höger leverlob, metastas kan ej uteslutas. MR lever beställd."),
    ], B, [], "'kan ej uteslutas' in a visible section.")

one("onk-susp-skelettmetastaser-telegrafiskt", "skane", "19510910-3118", "S_ONK_LUND",
    "Läkaranteckning", "Magnus Thelin", "läkare", "2024-08-20 09:00", "2024-08-20 09:10", [
        ("Bedömning", "Ryggsmärta, ALP stigande. Susp. skelettmetastaser. Skelettscint."),
    ], B, [], "'Susp.' before metastases.")

one("onk-recidiv-kan-uteslutas-pet", "vgr", "19570419-2847", "V_ONK_SU",
    "Läkaranteckning", "Louise Ahlberg", "läkare", "2024-11-26 10:00", "2024-11-26 10:20", [
        ("Bedömning", "PET-DT utan patologiskt upptag; recidiv kan uteslutas. Fortsatt uppföljning enligt "
         "vårdprogram."),
    ], [], B, "Near miss: 'kan uteslutas' (not 'kan ej').")

one("onk-misstankt-recidiv-trots-normalt-ca125-typo", "skane", "19590616-3083", "S_ONK_LUND",
    "Läkaranteckning", "Sara Edvardsson", "läkare", "2024-03-13 13:00", "2024-03-13 13:30", [
        ("Bedömning", "Missänkt recidiv trots normalt CA-125, med tanke på nytillkommen ascites. "
         "Ascitestappning med cytologi."),
    ], B, [], "Typo 'Missänkt' before recurrence.")


# ================================================================ cardiology: NL101

one("kard-hcm-sambon-narvarande", "skane", "19780622-2951", "S_KARD_LUND",
    "Läkaranteckning", "Jakob Lindén", "läkare", "2024-03-08 10:00", "2024-03-08 10:30", [
        ("Undersökningar", "Hjärt-MR visar asymmetrisk septumhypertrofi 19 mm med fläckvis fibros."),
        ("Bedömning", "Diagnosen hypertrofisk kardiomyopati (I42.1) är därmed fastställd. Pat är inte "
         "informerad; han vill ha beskedet med sambon närvarande, tid 19/3."),
    ], A, B, "Cardiomyopathy settled; patient asked for the besked with his partner, not yet told.")

one("kard-attr-kallas-till-besked", "vgr", "19470930-2139", "V_KARD_SU",
    "Läkaranteckning", "Ola Fransson", "läkare", "2024-04-22 13:00", "2024-04-22 13:20", [
        ("Bedömning", "Kardiell ATTR-amyloidos konstaterad med DPD-scintigrafi grad 3 och negativ "
         "M-komponent. Pat ännu inte informerdad; kallas till läkarbesök för besked och genetisk "
         "provtagning."),
    ], A, [], "Cardiac amyloidosis, 'ännu inte informerad; kallas till ... besked'; typo 'informerdad'.")

one("kard-fmf-kand-hjartsvikt-ej-diskuterad", "skane", "19550113-2574", "S_KARD_HBG",
    "Läkaranteckning", "Marie Ståhl", "läkare", "2024-05-14 09:30", "2024-05-14 10:15", [
        ("Bedömning", "Pat informerad om förmaksflimmer och antikoagulation. Ekokardiografin visar "
         "dessutom EF 30 % och hjärtsvikt med nedsatt ejektionsfraktion, vilket inte har diskuterats "
         "med pat ännu; tas vid återbesöket."),
    ], A, [], "Two diagnoses in one paragraph: atrial fibrillation told, heart failure not.")

one("kard-arvc-telegrafiskt-icd", "vgr", "19880315-1797", "V_KARD_SKOVDE",
    "Läkaranteckning", "Henrik Moberg", "läkare", "2024-06-19 14:00", "2024-06-19 14:10", [
        ("Bedömning", "Dg: Arytmogen högerkammarkardiomyopati. Dg-besked ej givet, ICD-diskussion "
         "samtidigt."),
    ], A, [], "Telegraphic 'Dg-besked ej givet'.")

one("kard-hjartsvit-typo-ej-informerad", "skane", "19490404-3207", "S_KARD_HBG",
    "Läkaranteckning", "Marie Ståhl", "läkare", "2024-09-17 10:00", "2024-09-17 10:20", [
        ("Bedömning", "Hjärtsvit NYHA II, NT-proBNP 1850. Pat ej informerad om diagnosen, "
         "hjärtsviktsmottagning bokas efter läkarbesöket."),
    ], A, [], "Typo 'Hjärtsvit'; not informed.")

one("kard-lqts-foraldrarna-informerade", "vgr", "19980806-1460", "V_KARD_SKOVDE",
    "Läkaranteckning", "Henrik Moberg", "läkare", "2024-10-03 11:00", None, [
        ("Bedömning", "Långt QT-syndrom typ 1, genetiskt bekräftat (KCNQ1). Föräldrarna, som själva "
         "testats, är informerade. Pat har inte delgetts svaret; hon bor i Umeå och kommer hem till jul."),
    ], A, [], "Adult patient: parents informed, patient not (unsigned draft).")

one("kard-ssk-ej-namna-amyloidos", "skane", "19451028-1712", "S_KARD_LUND",
    "Sjuksköterskeanteckning", "Linda Rosén", "sjuksköterska", "2024-11-21 10:00",
    "2024-11-21 10:20", [
        ("Besök", "Blodtryck och vikt vid sviktmottagningen, vikt 78,4 kg, lätta ankelödem."),
        ("Övrigt", "Läkaren har ännu inte gett besked om kardiell amyloidos; nämns inte för pat vid "
         "dagens besök enligt överenskommelse."),
    ], A, [], "Nurse's note: the untold diagnosis is named while saying it must not be mentioned.")

one("kard-dcm-informerad-syskon-screening", "vgr", "19720209-2883", "V_KARD_SU",
    "Läkaranteckning", "Ola Fransson", "läkare", "2024-02-05 13:00", "2024-02-05 13:40", [
        ("Bedömning", "Pat informerad om diagnosen dilaterad kardiomyopati och om ärftligheten. Syskonen "
         "ska erbjudas screening; pat kontaktar dem själv."),
    ], [], A, "Near miss: told; siblings to be contacted by the patient.")

one("kard-eko-normalt-brev", "skane", "19800502-3463", "S_KARD_LUND",
    "Läkaranteckning", "Jakob Lindén", "läkare", "2024-07-23 11:00", "2024-07-23 11:05", [
        ("Undersökningar", "Ekokardiografi normal, inga klaffel, EF 60 %. Pat ej informerad om svaret, "
         "brev skickas."),
    ], [], AB, "Near miss: normal echo not yet told.")

one("kard-fmf-ablationsremiss-avvisad", "vgr", "19660617-2531", "V_KARD_SKOVDE",
    "Läkaranteckning", "Henrik Moberg", "läkare", "2024-08-27 09:00", "2024-08-27 09:20", [
        ("Bedömning", "Pat informerad om diagnosen förmaksflimmer vid förra besöket. Ej informerad om att "
         "remissen till ablation har avvisats; skickas om med kompletterande uppgifter."),
    ], [], A, "Near miss: not informed about a rejected referral.")

# ---------------------------------------------------------------- cardiology: NL102

one("kard-misstankt-hjartamyloidos", "vgr", "19460725-1974", "V_KARD_SKOVDE",
    "Läkaranteckning", "Henrik Moberg", "läkare", "2024-01-15 10:00", "2024-01-15 10:30", [
        ("Bedömning", "Misstänkt hjärtamyloidos med tanke på förtjockade väggar och låg voltage på EKG. "
         "DPD-scint bokas."),
    ], B, [], "'Misstänkt' before amyloidosis.")

one("kard-ingen-misstanke-ischemi", "skane", "19690911-3026", "S_KARD_HBG",
    "Läkaranteckning", "Marie Ståhl", "läkare", "2024-02-20 13:00", "2024-02-20 13:20", [
        ("Bedömning", "Arbetsprov utan ischemiska förändringar. Ingen misstanke om ischemisk "
         "hjärtsjukdom. Bröstsmärtan bedöms muskuloskeletal."),
    ], [], B, "Near miss: negated suspicion.")

one("kard-trolig-takotsubo", "vgr", "19610203-2684", "V_KARD_SU",
    "Läkaranteckning", "Ola Fransson", "läkare", "2024-03-25 14:00", None, [
        ("Bedömning", "Angiografi utan signifikanta stenoser. Trolig takotsubokardiomyopati, kontroll-eko "
         "om 6 veckor."),
    ], B, [], "'Trolig' before a cardiomyopathy (unsigned draft).")

one("kard-dd-myokardit", "skane", "19930420-1750", "S_KARD_LUND",
    "Läkaranteckning", "Jakob Lindén", "läkare", "2024-04-30 09:00", "2024-04-30 09:20", [
        ("Bedömning", "Troponinstegring efter luftvägsinfektion. DD myokardit, perimyokardit. Hjärt-MR "
         "inom 2 veckor."),
    ], B, [], "'DD' differential diagnosis.")

one("kard-hcm-fragetecken", "vgr", "19850108-2591", "V_KARD_SKOVDE",
    "Läkaranteckning", "Henrik Moberg", "läkare", "2024-12-12 08:30", "2024-12-12 08:40", [
        ("Bedömning", "EKG med uttalade repolarisationsförändringar. ?HCM. Eko + MR."),
    ], B, [], "'?HCM' abbreviation with a question mark.")

# ================================================================ neurology: NL101

one("neuro-ms-mr-forandringar-men-ej-dg", "skane", "19900814-2268", "S_NEURO_LUND",
    "Läkaranteckning", "Cecilia Borg", "läkare", "2024-03-20 15:30", "2024-03-20 16:15", [
        ("Undersökningar", "MR hjärna och halsrygg visar multipla periventrikulära och juxtakortikala "
         "lesioner, varav två laddar kontrast. Likvor med oligoklonala band."),
        ("Bedömning", "McDonald-kriterierna för MS är uppfyllda (G35.9). Pat informerad om att MR visar "
         "förändringar, men ännu inte om diagnosen."),
    ], A, B, "Told only partly: MRI changes told, MS diagnosis not.")

one("neuro-als-kurator-narvarande-15-3", "vgr", "19590121-3198", "V_ALS_SU",
    "Läkaranteckning", "Gustav Henriksson", "läkare", "2024-03-06 10:00", "2024-03-06 10:30", [
        ("Diagnos", "Amyotrofisk lateralskleros (G12.2)."),
        ("Planering", "Pat inte inforemrad, besked vid planerat läkarbesök med kurator närvarande 15/3."),
    ], A, [], "ALS in Diagnos, planned besked in Planering; typo 'inforemrad'.")

one("neuro-parkinson-dg-besked-ej-givet", "skane", "19570607-2716", "S_NEURO_MALMO",
    "Läkaranteckning", "Rikard Falk", "läkare", "2024-05-29 13:00", "2024-05-29 13:20", [
        ("Bedömning", "Idiopatisk Parkinsons sjukdom, tremordominant. Dg-besked ej givet. Levodopa-test "
         "inplanerat."),
    ], A, [], "Parkinson, 'Dg-besked ej givet'.")

one("neuro-als-hustrun-korridoren", "vgr", "19620404-3571", "V_NEURO_SU",
    "Läkaranteckning", "Gustav Henriksson", "läkare", "2024-04-18 16:00", "2024-04-18 16:30", [
        ("Bedömning", "Hustrun fick av misstag besked om ALS i korridoren i samband med EMG-undersökningen. "
         "Pat själv har ännu inte informerats och ska få besked av undertecknad i morgon."),
    ], A, [], "Told to the wife by mistake, not the patient.")

one("neuro-msa-reviderad-dg-ej-fatt-veta", "skane", "19520920-1952", "S_NEURO_LUND",
    "Läkaranteckning", "Cecilia Borg", "läkare", "2024-06-26 11:00", "2024-06-26 11:45", [
        ("Bedömning", "Pat har tidigare informerats om Parkinsons sjukdom. Diagnosen revideras nu till "
         "multipel systematrofi (MSA-P) med hänsyn till tidig autonom svikt och dåligt levodopasvar. Pat "
         "har ännu inte fått veta om den ändrade diagnosen."),
    ], A, [], "Revised diagnosis untold while the old one was told.")

one("neuro-logoped-als-bulbar-debut", "vgr", "19550530-2488", "V_ALS_SU",
    "Logopedanteckning", "Therese Blom", "logoped", "2024-02-08 13:00", "2024-02-08 14:00", [
        ("Bedömning", "Logopedbedömning vid ALS med bulbär debut. Obs: pat ännu ej informerad om "
         "ALS-diagnosen av läkare; hon har själv frågat vad sjukdomen heter. Dysartri måttlig, "
         "sväljning med hosta på tunna vätskor."),
    ], A, [], "Speech therapist's note names ALS and says the patient is not informed.")

one("neuro-fysio-ms-tror-stress", "skane", "19870111-2644", "S_MS_LUND",
    "Fysioterapeutanteckning", "Jessica Olander", "fysioterapeut", "2024-04-05 09:00",
    "2024-04-05 09:45", [
        ("Bedömning", "Pat tror att balansbesvären beror på stress och har ännu inte fått veta att det rör "
         "sig om MS. Balansträning enligt program, Berg 48/56."),
    ], A, [], "Physiotherapist's note: the patient 'har ännu inte fått veta'.")

one("neuro-psp-utkast-dottern", "vgr", "19480417-2916", "V_PARK_SU",
    "Läkaranteckning", "Anna-Karin Lövdahl", "läkare", "2024-07-08 15:00", None, [
        ("Bedömning", "Progressiv supranukleär pares (PSP-RS) enligt MDS-kriterier: vertikal blickpares och "
         "tidiga fall. Pat ej informerad. Besked vid återbesök om 2 v med dottern."),
    ], A, [], "Unsigned draft with PSP, not informed.")

one("neuro-parkisons-typo-flytt", "skane", "19580305-3379", "S_NEURO_MALMO",
    "Läkaranteckning", "Rikard Falk", "läkare", "2024-08-15 10:00", "2024-08-15 10:30", [
        ("Bedömning", "Parkisons sjukdom, H&Y 2. Vi har väntat med att berätta för pat, som är mitt i en "
         "flytt."),
    ], A, [], "Typo 'Parkisons'; 'väntat med att berätta'.")

one("neuro-ms-vanta-till-utskriven-psykiatri", "vgr", "19920616-1029", "V_MS_SU",
    "Läkaranteckning", "Mikael Strand", "läkare", "2024-09-12 14:00", None, [
        ("Bedömning", "Skovvis förlöpande MS. Enligt överenskommelse med pats psykiater ska diagnosbeskedet "
         "vänta tills hon är utskriven från den psykiatriska avdelningen."),
    ], A, [], "Must not be told yet: the besked waits for discharge from psychiatry (unsigned draft).")

one("neuro-ms-gravid-skjuts-upp", "skane", "19950227-1845", "S_MS_LUND",
    "Läkaranteckning", "Cecilia Borg", "läkare", "2024-10-17 13:00", "2024-10-17 13:30", [
        ("Bedömning", "MR och likvor uppfyller kriterierna för multipel skleros. Pat är gravid i vecka 30; "
         "i samråd med obstetriker skjuts diagnosbeskedet upp till efter förlossningen."),
    ], A, [], "To be told later after delivery.")

one("neuro-als-teamkonferens-alla-utom-pat", "vgr", "19600913-1936", "V_ALS_SU",
    "Konferensanteckning", "Gustav Henriksson", "läkare", "2024-11-04 08:30", "2024-11-04 09:30", [
        ("Teamkonferens", "ALS-diagnosen gicks igenom med dietist, arbetsterapeut och kurator inför "
         "fortsatt planering. Pat har ännu inte fått diagnosen och de får inte nämna den vid sina "
         "kontakter förrän läkarbesöket 8/11."),
    ], A, [], "Team conference: team informed, patient not.")

# ---------------------------------------------------------------- neurology: NL101 near misses

one("neuro-als-kand-vantetid-peg", "vgr", "19570103-2442", "V_ALS_SU",
    "Sjuksköterskeanteckning", "Lena Ivarsson", "sjuksköterska", "2024-05-16 11:00",
    "2024-05-16 11:15", [
        ("Telefon", "ALS-diagnosen är känd för pat sedan januari. Ej informerad om väntetiden till PEG; "
         "dietisten ringer."),
    ], [], A, "Near miss: not informed about a waiting time.")

one("neuro-ms-arbetsgivaren-ska-inte-veta", "skane", "19890705-2289", "S_MS_LUND",
    "Läkaranteckning", "Cecilia Borg", "läkare", "2024-02-15 10:00", "2024-02-15 10:30", [
        ("Bedömning", "Pat informerad om MS-diagnosen förra veckan. Vill inte att arbetsgivaren får veta "
         "och undrar över sjukskrivningsintygets diagnoskod."),
    ], [], A, "Near miss: employer, not patient, kept unaware.")

one("neuro-mr-utan-ms-tel-tid", "vgr", "19940119-2860", "V_NEURO_NAL",
    "Läkaranteckning", "Sven Alexandersson", "läkare", "2024-06-05 09:00", "2024-06-05 09:10", [
        ("Röntgen", "MR hjärna utan MS-typiska förändringar. Ingen misstanke om MS. Pat ej informerad om "
         "svaret, tel-tid bokad."),
    ], [], AB, "Near miss: normal MRI, negated MS, result pending.")

one("neuro-parkinson-barnen-efter-brollopet", "skane", "19530814-1539", "S_NEURO_MALMO",
    "Läkaranteckning", "Rikard Falk", "läkare", "2024-04-25 14:00", "2024-04-25 14:30", [
        ("Bedömning", "Pat fick diagnosbesked om Parkinsons sjukdom i december. Han vill inte att barnen "
         "informeras förrän efter dotterns bröllop."),
    ], [], AB, "Near miss: the patient chooses not to tell his children yet.")

one("neuro-als-informerad-vill-ej-veta-forlopp", "vgr", "19640708-1774", "V_ALS_SU",
    "Läkaranteckning", "Gustav Henriksson", "läkare", "2024-09-26 10:00", "2024-09-26 10:40", [
        ("Bedömning", "Pat informerad om ALS-diagnosen. Han har ännu inte velat ta del av information om "
         "förväntat förlopp och det respekteras."),
    ], [], AB, "Near miss: diagnosis told, the course not (patient's choice).")

one("neuro-lang-als-team-informerad", "vgr", "19610311-2287", "V_ALS_SU",
    "Sjuksköterskeanteckning", "Lena Ivarsson", "sjuksköterska", "2024-12-05 13:00",
    "2024-12-05 14:30", [
        ("Kontaktorsak", "Hembesök tillsammans med arbetsterapeut efter att pat fick diagnosbesked om ALS "
         "av dr Henriksson den 21/11. Maken och vuxna sonen närvarande."),
        ("Bakgrund", "Pat är tidigare undersköterska inom hemtjänsten och sjukskriven sedan i somras. De "
         "första symtomen var svaghet i vänster hand i våras, därefter i höger ben. Utreddes under hösten "
         "med EMG, MR och blodprover innan diagnosen ställdes."),
        ("Aktuellt", "Pat berättar att de första dagarna efter beskedet var tunga men att hon nu vill "
         "planera framåt. Hon har svårt att knäppa knappar och har tappat kaffekoppar. Går med stöd av "
         "rollator inomhus, har fallit en gång utan skada. Äter långsammare, inga sväljningsbesvär. "
         "Sover dåligt pga kramper i vaderna."),
        ("Status", "Vikt 61,2 kg (64 kg i oktober). Saturation 96 %, andningsfrekvens 16. Talet tydligt. "
         "Atrofi i händernas småmuskler, fascikulationer i överarmarna."),
        ("Andning", "Inga ortopnésymtom och hon vaknar inte med huvudvärk. Hostkraften är subjektivt god. "
         "Spirometri 20/11 med VC 86 % av förväntat."),
        ("Hjälpmedel", "Har rollator och griptång sedan tidigare. Badrummet har tröskel och badkar; "
         "bostadsanpassning för duschplats diskuterades och arbetsterapeuten skriver intyg. Maken hjälper "
         "till med påklädningen på morgonen."),
        ("Nutrition", "Äter tre huvudmål men behöver längre tid, och maken skär maten åt henne. Har tappat "
         "nästan tre kilo på sex veckor. Vi diskuterade energität kost och mellanmål; dietisten gör en "
         "fullständig bedömning."),
        ("Socialt", "Maken är pensionerad och hemma på dagarna. Sonen bor i samma kommun och kommer flera "
         "gånger i veckan. Pat har sjungit i kyrkokören i trettio år och vill fortsätta så länge rösten "
         "håller."),
        ("Samtal", "Vi pratade om vad diagnosen innebär i vardagen och om teamets roll. Pat har berättat "
         "för maken och sonen men vill vänta med att informera sin mamma, som är 88 år och sjuk. Hon "
         "önskar kontakt med kurator och är intresserad av patientföreningen."),
        ("Åtgärd", "Arbetsterapeuten provade ut greppförstärkare och beställer duschpall. Recept på "
         "kinin diskuteras med läkaren. Dietist kontaktas pga viktnedgång."),
        ("Planering", "Nytt hembesök om fyra veckor. Spirometri vid nästa mottagningsbesök. Kurator "
         "kontaktar pat nästa vecka."),
    ], [], AB, "Long near miss (300+ words): ALS told, the patient's mother not yet, no hedges.")

# ---------------------------------------------------------------- neurology: NL102

one("neuro-misstankt-ms-optikusneurit", "vgr", "19960902-1622", "V_NEURO_NAL",
    "Läkaranteckning", "Sven Alexandersson", "läkare", "2024-01-18 13:00", "2024-01-18 13:40", [
        ("Bedömning", "Synnervsinflammation höger öga. Misstänkt MS, MR och LP planeras. Pat informerad om "
         "utredningsgången och om misstanken."),
    ], B, A, "Hedged MS, told to the patient.")

one("neuro-mojlig-als-dd-mmn", "skane", "19630517-2790", "S_NEURO_LUND",
    "Läkaranteckning", "Cecilia Borg", "läkare", "2024-02-26 10:00", None, [
        ("Bedömning", "Fascikulationer och atrofi i höger hand. Möjlig ALS, DD multifokal motorisk "
         "neuropati. Ny EMG om 3 mån."),
    ], B, [], "'Möjlig' and 'DD' in one Bedömning (unsigned draft).")

one("neuro-trol-idiopatisk-parkinson", "vgr", "19541222-3173", "V_PARK_SU",
    "Läkaranteckning", "Anna-Karin Lövdahl", "läkare", "2024-03-14 14:00", "2024-03-14 14:30", [
        ("Bedömning", "Parkinsonism, trol. idopatisk Parkinsons sjukdom. Levodopa-försök."),
    ], B, [], "'trol.' before Parkinson's disease; typo 'idopatisk'.")

one("neuro-als-uteslutes-benign-fascikulation", "vgr", "19830325-1998", "V_NEURO_SU",
    "Läkaranteckning", "Gustav Henriksson", "läkare", "2024-05-07 11:00", "2024-05-07 11:20", [
        ("Bedömning", "EMG utan tecken på motorneuronsjukdom; ALS uteslutes. Besvären bedöms som benignt "
         "fascikulationssyndrom."),
    ], [], B, "Near miss: 'uteslutes'.")

one("neuro-misstanken-ms-avskrevs-2018", "skane", "19850722-2449", "S_MS_LUND",
    "Läkaranteckning", "Cecilia Borg", "läkare", "2024-08-22 13:00", "2024-08-22 13:30", [
        ("Anamnes", "Utreddes 2018 för misstänkt MS efter domningar i benen; misstanken avskrevs efter "
         "normal MR och likvor."),
        ("Bedömning", "Aktuellt: migrän med aura och nackspänningar, remiss till fysioterapeut för hållningsövningar."),
    ], [], B, "Near miss: old, dropped suspicion in the history.")

one("neuro-missankt-ms-typo-kansel", "vgr", "19910507-2061", "V_MS_SU",
    "Läkaranteckning", "Mikael Strand", "läkare", "2024-10-21 10:00", "2024-10-21 10:30", [
        ("Bedömning", "Missänkt MS efter andra episoden med känselbortfall. MR med kontrast bokad."),
    ], B, [], "Typo 'Missänkt' before MS.")

one("neuro-als-misstanke-ska-inte-informeras", "skane", "19580928-2337", "S_NEURO_LUND",
    "Läkaranteckning", "Cecilia Borg", "läkare", "2024-11-28 15:00", "2024-11-28 15:30", [
        ("Bedömning", "Klinisk misstanke om ALS med både övre och nedre motorneuronfynd. Pat ska inte "
         "informeras om misstanken förrän EMG har bekräftat den."),
    ], AB, [], "Hedged ALS in a visible note plus an explicit 'ska inte informeras'.")

one("neuro-pmo-vc-misstankt-parkinson", "skane", "19490625-3135", "S_VC_TECKO",
    "Läkarbesök", "Marie Olsson", "läkare", "2024-09-03 10:00", "2024-09-03 10:30", [
        ("Bedömning", "Vilotremor höger hand och nedsatt medsving. Misstänkt Parkinsons sjukdom, remiss "
         "neurologen."),
    ], [], B, "PMO primary care: hedged Parkinson is not NL102.", system="PMO")


# ================================================================ validation and output

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs",
             "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
    if not m:
        return False
    digits = (m.group(1) + m.group(2))[2:]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def in_2024(value):
    return isinstance(value, str) and value.startswith("2024-") and \
        re.fullmatch(r"2024-\d\d-\d\dT\d\d:\d\d:\d\d", value) is not None


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(c.keys())))
            continue
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not isinstance(c["why"], str) or not c["why"].strip() or "\n" in c["why"]:
            problems.append("%s: why must be one line" % where)
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(rec.keys())))
            continue
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            problems.append("%s: patient keys" % where)
        pnr = pat.get("id", "")
        if not luhn_ok(pnr):
            problems.append("%s: personnummer %s fails Luhn" % (where, pnr))
        if pat.get("birth_date") != "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8]):
            problems.append("%s: birth_date does not match personnummer" % where)
        if not in_2024(rec["as_of"]):
            problems.append("%s: as_of %r not in 2024" % (where, rec["as_of"]))
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n.keys())))
                continue
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (where, n["id"]))
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR notes are Melior" % where)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %r" % (where, n["system"]))
            if not in_2024(n["time"]):
                problems.append("%s: note time %r not in 2024" % (where, n["time"]))
            if n["signed"] is not None and not in_2024(n["signed"]):
                problems.append("%s: signed %r not in 2024" % (where, n["signed"]))
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append("%s: signed before time" % where)
            if n["time"] > rec["as_of"]:
                problems.append("%s: note after as_of" % where)
            if set(n["unit"].keys()) != {"name", "hsa_id"} or set(n["author"].keys()) != {"name", "role"}:
                problems.append("%s: unit/author keys" % where)
            if not n["unit"]["hsa_id"].startswith("SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"):
                problems.append("%s: HSA id of the wrong region" % where)
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    problems.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], s["keyword"]):
                            problems.append("%s: sentence repeated (first in %s): %r"
                                            % (where, sentences[sent][0], sent))
                        sentences.setdefault(sent, (name, n["id"], s["keyword"]))
        seen = set()
        for key in ("must", "must_not"):
            if not isinstance(c[key], list):
                problems.append("%s: %s not a list" % (where, key))
                continue
            for item in c[key]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append("%s: bad %s item %r" % (where, key, item))
                    continue
                code, target = item
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (where, code))
                if target not in ids:
                    problems.append("%s: target %s does not exist" % (where, target))
                if (code, target) in seen:
                    problems.append("%s: %s/%s asserted twice" % (where, code, target))
                seen.add((code, target))
                system = systems.get(target)
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on a PMO note" % where)
                if code == "NL102" and key == "must" and system != "Melior":
                    problems.append("%s: NL102 must on a non-Melior note" % where)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
    return problems


def main():
    problems = validate(CASES)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate once more
    with open(out, encoding="utf-8") as fh:
        again = [json.loads(line) for line in fh if line.strip()]
    if again != CASES:
        problems.append("written file differs from the cases in memory")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[key] += 1
    print("%s: %d cases written to %s" % (NAME, len(CASES), out))
    for code in sorted(counts):
        print("  %s  must %3d  must_not %3d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
