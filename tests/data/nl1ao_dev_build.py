#!/usr/bin/env python3
"""nl1ao_dev_cases: independent gold cases for notelint NL101 / NL102.

Theme: primary care (vårdcentral), district nurses, telephone advice, psychiatry,
child and school health, youth clinics. Telegraphic notes with lay words,
abbreviations and the odd typo.

Written only from the regional routines (shared/seeds), the rule catalog
(shared/DESIGN.md) and the devset README conventions.

Run: python3 build.py   -> writes nl1ao_dev_cases.jsonl beside this file, validates it,
exits 1 on any problem. No dependencies, deterministic output.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1ao_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- units
# (name, hsa_id). VGR = SE2321000131-…, Skåne = SE2321000255-…
V = {
    "vc_majorna": ("Vårdcentralen Majorna, Göteborg", "SE2321000131-E000000011421"),
    "vc_lerum": ("Vårdcentralen Lerum", "SE2321000131-E000000012077"),
    "dsk_alingsas": ("Distriktssköterskemottagningen, Vårdcentralen Alingsås", "SE2321000131-E000000013310"),
    "vc_alingsas": ("Vårdcentralen Alingsås", "SE2321000131-E000000013302"),
    "um_uddevalla": ("Ungdomsmottagningen Uddevalla", "SE2321000131-E000000020118"),
    "vc_kungalv": ("Vårdcentralen Kungälv", "SE2321000131-E000000014456"),
    "vc_thn_norra": ("Vårdcentralen Trollhättan Norra", "SE2321000131-E000000015032"),
    "vc_angered": ("Vårdcentralen Angered", "SE2321000131-E000000011879"),
    "vc_lidkoping": ("Vårdcentralen Lidköping", "SE2321000131-E000000016620"),
    "vc_hjallbo": ("Vårdcentralen Hjällbo", "SE2321000131-E000000011904"),
    "bvc_partille": ("BVC Vårdcentralen Partille", "SE2321000131-E000000017213"),
    "barn_molndal": ("Barn- och ungdomsmedicinska mottagningen Mölndal", "SE2321000131-E000000021907"),
    "psyk_frolunda": ("Psykiatrimottagning Frölunda, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000030455"),
    "um_molndal": ("Ungdomsmottagningen Mölndal", "SE2321000131-E000000020142"),
    "vc_boras_c": ("Vårdcentralen Borås Centrum", "SE2321000131-E000000018034"),
    "vc_stenungsund": ("Vårdcentralen Stenungsund", "SE2321000131-E000000014601"),
    "vc_tuve": ("Vårdcentralen Tuve", "SE2321000131-E000000011990"),
    "um_trollhattan": ("Ungdomsmottagningen Trollhättan", "SE2321000131-E000000020167"),
    "vc_mariestad": ("Vårdcentralen Mariestad", "SE2321000131-E000000016741"),
    "vc_kortedala": ("Vårdcentralen Kortedala", "SE2321000131-E000000011733"),
    "vc_lysekil": ("Vårdcentralen Lysekil", "SE2321000131-E000000015318"),
    "vc_ockero": ("Vårdcentralen Öckerö", "SE2321000131-E000000014490"),
    "vc_molnlycke": ("Vårdcentralen Mölnlycke", "SE2321000131-E000000012245"),
    "bvc_skene": ("BVC Vårdcentralen Skene", "SE2321000131-E000000018402"),
    "vc_tanum": ("Vårdcentralen Tanumshede", "SE2321000131-E000000015377"),
    "vc_herrljunga": ("Vårdcentralen Herrljunga", "SE2321000131-E000000016088"),
    "vc_ulricehamn": ("Vårdcentralen Ulricehamn", "SE2321000131-E000000018156"),
    "vc_skovde_n": ("Vårdcentralen Skövde Norrmalm", "SE2321000131-E000000016905"),
    "barn_kungalv": ("Barnmottagningen Kungälvs sjukhus", "SE2321000131-E000000022310"),
    "tel_molndal": ("Telefonrådgivningen, Vårdcentralen Mölndal", "SE2321000131-E000000012380"),
    "vc_falkoping": ("Vårdcentralen Falköping", "SE2321000131-E000000017001"),
    "psyk_uddevalla": ("Psykiatriska mottagningen Uddevalla, NU-sjukvården", "SE2321000131-E000000031276"),
    "psyk_skovde": ("Psykiatriska mottagningen Skövde, Skaraborgs sjukhus", "SE2321000131-E000000031550"),
    "um_boras": ("Ungdomsmottagningen Borås", "SE2321000131-E000000020190"),
    "dsk_gotene": ("Distriktssköterskorna, Vårdcentralen Götene", "SE2321000131-E000000016812"),
    "vc_amal": ("Vårdcentralen Åmål", "SE2321000131-E000000015699"),
    "tel_kungalv": ("Telefonrådgivningen, Vårdcentralen Kungälv", "SE2321000131-E000000014463"),
    "vc_vanersborg": ("Vårdcentralen Vänersborg", "SE2321000131-E000000015145"),
    "vc_tidaholm": ("Vårdcentralen Tidaholm", "SE2321000131-E000000016950"),
    "vc_sjuntorp": ("Vårdcentralen Sjuntorp", "SE2321000131-E000000015166"),
    "vc_stromstad": ("Vårdcentralen Strömstad", "SE2321000131-E000000015420"),
    "vc_ale": ("Vårdcentralen Ale, Nödinge", "SE2321000131-E000000014512"),
    "vc_kinna": ("Vårdcentralen Kinna", "SE2321000131-E000000018230"),
    "vc_gibraltar": ("Vårdcentralen Gibraltargatan, Göteborg", "SE2321000131-E000000011588"),
    "vc_boras_n": ("Vårdcentralen Norrby, Borås", "SE2321000131-E000000018067"),
    "dsk_falkoping": ("Distriktssköterskorna, Vårdcentralen Falköping", "SE2321000131-E000000017019"),
    "barn_uddevalla": ("Barnmottagningen Uddevalla sjukhus", "SE2321000131-E000000022398"),
    "vc_landvetter": ("Vårdcentralen Landvetter", "SE2321000131-E000000012269"),
    "vc_svenljunga": ("Vårdcentralen Svenljunga", "SE2321000131-E000000018311"),
}
S = {
    "psyk_malmo_s": ("Vuxenpsykiatrimottagning Malmö Söder", "SE2321000255-4412"),
    "psyk_hbg": ("Psykiatrisk öppenvårdsmottagning Helsingborg", "SE2321000255-4630"),
    "np_lund": ("Neuropsykiatriska mottagningen, Psykiatri Skåne Lund", "SE2321000255-4788"),
    "bup_kristianstad": ("BUP-mottagning Kristianstad", "SE2321000255-5103"),
    "bup_ata_lund": ("Ätstörningsenheten, BUP Skåne, Lund", "SE2321000255-5127"),
    "barn_ystad": ("Barn- och ungdomsmedicinska mottagningen Ystad", "SE2321000255-6240"),
    "beroende_malmo": ("Beroendemottagningen Malmö", "SE2321000255-4905"),
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-4521"),
    "psyk_kristianstad": ("Psykiatrisk mottagning Kristianstad", "SE2321000255-4577"),
    "bup_lund": ("BUP-mottagning Lund", "SE2321000255-5088"),
    "psyk_landskrona": ("Allmänpsykiatrisk mottagning Landskrona", "SE2321000255-4683"),
    "bup_hbg": ("BUP-mottagning Helsingborg", "SE2321000255-5150"),
    "psyk_trelleborg": ("Psykiatriska mottagningen Trelleborg", "SE2321000255-4719"),
    "barn_hassleholm": ("Barnmottagningen Hässleholm", "SE2321000255-6281"),
    "psyk_malmo_angest": ("Ångestenheten, Psykiatrisk öppenvård Malmö", "SE2321000255-4440"),
    "bup_malmo": ("BUP-mottagning Malmö", "SE2321000255-5066"),
    "psyk_ystad": ("Psykiatrisk mottagning Ystad", "SE2321000255-4752"),
    # PMO (primary care)
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-2214"),
    "bvc_staffanstorp": ("BVC Vårdcentralen Staffanstorp", "SE2321000255-2390"),
    "um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-2875"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-2456"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-2633"),
}


def note(system, template, unit, author, role, time, signed, sections, setting="öppenvård"):
    name, hsa = unit
    return {
        "id": "n1",
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def mel(*a, **k):
    return note("Melior", *a, **k)


def pmo(*a, **k):
    return note("PMO", *a, **k)


def as_of_for(time):
    d = dt.datetime.fromisoformat(time).date() + dt.timedelta(days=21)
    d = min(d, dt.date(2024, 12, 31))
    return d.isoformat() + "T00:00:00"


CASES = []


def case(name, ruleset, pnr, n, must=(), must_not=(), why=""):
    CASES.append({
        "case": "ao-" + name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": f"{pnr[0:4]}-{pnr[4:6]}-{pnr[6:8]}",
                        "protected_identity": False},
            "as_of": as_of_for(n["time"]),
            "notes": [n],
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


# =========================================================================== NL101 +
case("vc-jarnbristanemi-pat-svarar-ej", "vgr", "19580611-2792",
     mel("Läkaranteckning", V["vc_majorna"], "Henrik Lindqvist", "läkare",
         "2024-02-13T15:52:00", "2024-02-13T16:05:00", [
             ("Provsvar", "Hb 97 (134 i jan -23), MCV 70, ferritin 5. F-Hb pos i 2 av 3 prov."),
             ("Bedömning", "Järnbristanemi, ny sedan förra året. Ska utredas m gastro- o koloskopi."),
             ("Åtgärd", "Remiss endoskopimott. Östra sjukhuset skickad. Ringt pat 13.20 och 15.45, "
                        "svarar inte. Han har alltså inte fått svaren än. Ssk försöker igen imorgon fm, "
                        "annars brev m telefontid."),
         ]),
     must=["NL101"], must_not=["NL102"],
     why="Iron-deficiency anaemia from results after the visit; patient did not answer the phone and has not been told.")

case("vc-typ2-diabetes-svar-ej-meddelat", "vgr", "19690322-0546",
     mel("Läkaranteckning", V["vc_lerum"], "Sara Öberg", "läkare",
         "2024-03-05T11:10:00", "2024-03-05T11:30:00", [
             ("Lab", "fP-glukos 8,9 resp 9,4 mmol/L (två tillfällen). HbA1c 58."),
             ("Bedömning", "Diabetes mellitus typ 2. BMI 33, ärftlighet på mammas sida."),
             ("Planering", "Svaret är inte meddelat pat ännu. Diabetesssk Karin ringer henne imorgon, "
                           "bokar nybesök och går igenom start av Metformin."),
         ]),
     must=["NL101"],
     why="Type 2 diabetes settled from lab after the visit; the note says the answer has not been given to the patient yet.")

case("dsk-hypotyreos-telefonsvarare", "vgr", "19411002-0403",
     mel("Telefonanteckning", V["dsk_alingsas"], "Maria Johansson", "distriktssköterska",
         "2024-01-18T10:40:00", "2024-01-18T10:55:00", [
             ("Kontaktorsak", "Provsvar, uppdrag från dr Hallberg."),
             ("Aktuellt", "TSH 41, fT4 6. Enl. dr hypotyreos, ska börja Levaxin 25 mikrogram. Sökt pat "
                          "två ggr på hemtel, talat in på telefonsvararen att hon ska ringa oss. Hon vet "
                          "alltså inte om svaret."),
             ("Planering", "Recept läggs inte in förrän vi nått pat. Nytt försök efter lunch."),
         ]),
     must=["NL101"],
     why="District nurse: hypothyroidism written while the patient only got a voicemail and knows nothing of the result.")

case("um-klamydia-ej-nadd-typo", "vgr", "20060819-6457",
     mel("Barnmorskeanteckning", V["um_uddevalla"], "Linnea Berg", "barnmorska",
         "2024-02-06T14:20:00", "2024-02-06T14:31:00", [
             ("Provsvar", "Klamydia PCR (urin, tagen 30/1): POS."),
             ("Åtgärd", "Sms m uppmaning att ringa UM skickat igår, inget svar. Ringt idag 2 ggr, ej svar. "
                        "Pat ej infomerad om klamydian än. Smittspårning när vi fått kontakt."),
         ]),
     must=["NL101"],
     why="Youth clinic, 17-year-old: positive chlamydia, patient not reached and not informed (typo 'infomerad').")

case("vc-melanom-besked-ges-vid-besok", "vgr", "19750528-8428",
     mel("Läkaranteckning", V["vc_kungalv"], "Johan Ek", "läkare",
         "2024-02-20T09:15:00", "2024-02-20T09:40:00", [
             ("PAD", "Excision pigmenterad förändring v. överarm 12/2: malignt melanom, Breslow 0,8 mm, "
                     "Clark III. Radikalt men marginal endast 2 mm."),
             ("Bedömning", "Melanom T1b. Behöver utvidgad excision och bedömning på hudkliniken."),
             ("Planering", "Pat har inte fått beskedet. Vill ge det på besök och inte per telefon – "
                           "sekreteraren ringer och bokar tid denna vecka. Remiss hud skrivs efter samtalet."),
         ]),
     must=["NL101"],
     why="Melanoma from PAD that came back after the visit; the doctor wants to tell the patient in person, not done yet.")

case("vc-lungtumor-dt-utkast", "vgr", "19520709-2098",
     mel("Läkaranteckning", V["vc_thn_norra"], "Eva Sandberg", "läkare",
         "2024-04-03T16:20:00", None, [
             ("Aktuellt", "Svar DT thorax, beställd pga hosta sedan jul och viktnedgång. Rökt 40 paketår."),
             ("Resultat", "35 mm tumör i hö överlob med förstorade lgl i hö hilus och mediastinum."),
             ("Planering", "SVF-remiss till lungmed NÄL skickad. Pat ej informerad om DT-svaret ännu, "
                           "ringer honom imorgon 08 och erbjuder besök samma dag, gärna med frun."),
         ]),
     must=["NL101"],
     why="Unsigned draft: lung tumour with nodal spread on CT (a diagnosis-bearing finding) while the CT answer is not yet told.")

case("vc-hepatit-c-kallelse-utan-diagnos", "vgr", "19841203-8534",
     mel("Läkaranteckning", V["vc_angered"], "Amira Hassan", "läkare",
         "2024-03-12T13:05:00", "2024-03-12T13:20:00", [
             ("Lab", "Anti-HCV pos. HCV-RNA 2,1 milj IE/ml, genotyp 3a. ALAT 1,9."),
             ("Bedömning", "Hepatit C-infektion med viremi."),
             ("Åtgärd", "Ingen kontakt på det nummer pat uppgett. Kallelsebrev till läkarbesök 19/3 skickat, "
                        "utan att diagnosen nämns i brevet. Pat har således inte informerats. "
                        "Smittskyddsanmälan görs efter besöket."),
         ]),
     must=["NL101"],
     why="Hepatitis C in the assessment; patient unreachable and the letter deliberately does not name the diagnosis.")

case("vc-esbl-urinodling-ingen-svarar", "vgr", "19370415-6904",
     mel("Telefonanteckning", V["vc_lidkoping"], "Annika Pettersson", "sjuksköterska",
         "2024-01-25T11:30:00", "2024-01-25T11:42:00", [
             ("Provsvar", "U-odling: >10^8 cfu/L E. coli, ESBL-bildande. R mot pivmecillinam, S nitrofurantoin."),
             ("Bedömning", "Urinvägsinfektion med ESBL-producerande E. coli. Dr Wallin ordinerar "
                           "Furadantin 50 mg x 4 i 5 dagar."),
             ("Åtgärd", "Ringt pat tre gånger och dottern (kontaktperson) en gång, ingen svarar. Pat ännu "
                        "ovetande om odlingssvaret och ESBL-bärarskapet. Hygienråd ges när vi når henne, "
                        "påminnelse lagd till kl 8 imorgon."),
         ]),
     must=["NL101"],
     why="ESBL urinary infection from a culture after the visit; neither the patient nor her daughter answered, patient unaware.")

case("vc-hiv-kallad-med-tolk", "vgr", "19900621-3418",
     mel("Läkaranteckning", V["vc_hjallbo"], "Peter Nordin", "läkare",
         "2024-05-07T10:10:00", "2024-05-07T10:35:00", [
             ("Provsvar", "HIV Ag/Ak-screening pos, konfirmerande test pos (Virologen SU)."),
             ("Bedömning", "HIV-infektion, nyuptäckt."),
             ("Åtgärd", "Beskedet ska ges personligen och pat har inte fått det. Kallad till besök imorgon "
                        "08.30, tolk somaliska bokad. Infektionskliniken Östra informerad, tar över efter besöket."),
         ]),
     must=["NL101"],
     why="Confirmed HIV infection written before the patient has been given the news in person.")

case("bvc-hoftledsdysplasi-foraldrar-ej-informerade", "vgr", "20231108-2206",
     mel("Sjuksköterskeanteckning", V["bvc_partille"], "Helena Ström", "sjuksköterska",
         "2024-03-14T15:00:00", "2024-03-14T15:12:00", [
             ("Aktuellt", "Svar UL höfter (remiss från BVC-läkare pga klickande hö höft vid 4-veckorsbesöket)."),
             ("Resultat", "Hö höft dysplastisk, Graf IIc. Vä höft ua."),
             ("Planering", "Barnortopeden ringer familjen för besked och tid för abduktionsskena. Föräldrarna "
                           "har inte fått svaret än, jag tar inte upp det förrän ortopeden pratat med dem. "
                           "Ordinarie 5-månadersbesök kvarstår."),
         ]),
     must=["NL101"],
     why="BVC, 4-month-old: hip dysplasia written while the guardians, who read the child's journal, have not been told.")

case("barnmott-skolios-varken-barn-eller-vh-informerade", "vgr", "20120930-0027",
     mel("Läkaranteckning", V["barn_molndal"], "Karl Wikström", "läkare",
         "2024-04-16T14:40:00", "2024-04-16T15:02:00", [
             ("Anamnes", "Remiss från skolsköterskan efter skoliosscreening i åk 5, sned rygg vid framåtböjning."),
             ("Rtg", "Helrygg stående: thorakal högerkonvex skolios, Cobb 29 grader. Risser 0."),
             ("Bedömning", "Idiopatisk skolios som kräver korsettbehandling."),
             ("Planering", "Remiss barnortopeden SU. Sökt både mamma och pappa på tel idag utan svar – "
                           "varken föräldrarna eller flickan har fått röntgensvaret. Ringer igen imorgon."),
         ]),
     must=["NL101"], must_not=["NL102"],
     why="School-health referral, girl of 11: scoliosis written while neither the child nor the guardians know the X-ray result.")

case("vgr-psyk-eips-besked-vantar", "vgr", "19990214-1267",
     mel("Läkaranteckning", V["psyk_frolunda"], "Ingrid Holm", "läkare",
         "2024-03-21T16:00:00", "2024-03-21T16:40:00", [
             ("Aktuellt", "Genomgång efter avslutad diagnostisk bedömning: SCID-5-PD, tidigare journaler, "
                          "skattning från mamma."),
             ("Bedömning", "Emotionellt instabilt personlighetssyndrom (F60.3). Komorbid generaliserat ångestsyndrom."),
             ("Planering", "Diagnosen har ännu inte delgivits pat. Hon har varit i akut kris efter ett uppbrott "
                           "och jag bedömer att beskedet bör vänta tills hon är stabilare. Tas upp vid samtal 3/4 "
                           "med kontaktpersonen närvarande, därefter remiss DBT."),
         ]),
     must=["NL101"], must_not=["NL102"],
     why="Psychiatry: a settled personality-disorder diagnosis that the doctor decided must not be told yet, in a visible note.")

case("skane-psyk-bipolar-ii-besked-vid-aterbesok", "skane", "19881105-1468",
     mel("Läkaranteckning", S["psyk_malmo_s"], "Ali Rahimi", "läkare",
         "2024-04-02T13:30:00", "2024-04-02T14:15:00", [
             ("Aktuellt", "Genomgång inför återbesök. Journalkopior från psykiatrin Kristianstad inhämtade, "
                          "anamnes från syster per telefon (med pat:s samtycke)."),
             ("Bedömning", "Bipolärt syndrom typ II: minst tre hypomana episoder 2019–2023 och återkommande depressioner."),
             ("Planering", "Pat känner ännu inte till diagnosen. Den ges vid återbesök 12/4, då även litium "
                           "tas upp. Sertralin 100 mg oförändrat så länge."),
         ]),
     must=["NL101"],
     why="Skåne Melior psychiatry: bipolar II settled from records before the patient knows of it.")

case("skane-psyk-schizofreni-utkast", "skane", "20010127-6830",
     mel("Läkaranteckning", S["psyk_hbg"], "Cecilia Lund", "läkare",
         "2024-02-27T11:45:00", None, [
             ("Psykiskt status", "Vaken, orienterad x3. Flack affekt, sparsam mimik. Tankeglidningar. Hör "
                                 "kommenterande röster, inte imperativa. Förnekar suicidtankar."),
             ("Bedömning", "Psykotiska symtom >6 mån med funktionsfall och negativa symtom. Schizofreni."),
             ("Planering", "Han har inte fått diagnosbeskedet. Vill ha mamman med vid det samtalet, bokas "
                           "nästa vecka. Aripiprazol 10 mg fortsätter."),
         ]),
     must=["NL101"],
     why="Unsigned draft: schizophrenia in the assessment and the patient has not had the diagnosis yet.")

case("skane-psyk-autism-vuxen-undrade-via-1177", "skane", "19940713-8131",
     mel("Psykologanteckning", S["np_lund"], "Johanna Frisk", "psykolog",
         "2024-09-24T10:00:00", "2024-09-24T10:50:00", [
             ("Sammanfattning", "Utredning avslutad: ADOS-2 modul 4, RAADS-R, anhörigintervju med mamma, "
                                "WAIS-IV (HIQ 108)."),
             ("Bedömning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning. Uppfyller även "
                           "kriterier för social ångest."),
             ("Planering", "Resultatet är inte återgivet än – återkopplingssamtal 2/10. Pat skrev i fredags "
                           "och undrade, fick svar att vi går igenom allt vid besöket."),
         ]),
     must=["NL101"],
     why="Adult autism assessment finished, results not yet given back to the patient who has asked about them.")

case("skane-bup-adhd-familjen-ej-informerad", "skane", "20151019-1230",
     mel("Psykologanteckning", S["bup_kristianstad"], "Fredrik Alm", "psykolog",
         "2024-04-23T15:30:00", "2024-04-23T16:00:00", [
             ("Sammanfattning", "Utredning klar: WISC-V, Conners 3 (föräldrar och lärare), ADOS-2 under "
                                "cut-off, observation i klassrummet."),
             ("Bedömning", "ADHD, kombinerad form. Ingen autism."),
             ("Planering", "Återgivning till vårdnadshavarna 3/5 och därefter en anpassad återgivning för "
                           "pojken. Ingen i familjen har fått resultatet ännu."),
         ]),
     must=["NL101"], must_not=["NL102"],
     why="BUP, boy of 8: ADHD written while neither the guardians nor the child have had the result; negated autism is no hedge.")

case("skane-bup-anorexi-17-pappa-vet-pat-ej", "skane", "20061124-3502",
     mel("Läkaranteckning", S["bup_ata_lund"], "Sofia Björk", "läkare",
         "2024-04-11T17:10:00", "2024-04-11T17:30:00", [
             ("Status", "Vikt 44,1 kg, längd 168 cm, BMI 15,6. P 48 reg, BT 92/58. Lanugo på underarmar. "
                        "Ingen mens sedan i augusti."),
             ("Bedömning", "Anorexia nervosa, restriktiv typ. Somatiskt stabil för öppenvård."),
             ("Planering", "Pappa ringde i eftermiddag och fick diagnosen (pat har gett samtycke till info "
                           "till föräldrarna). Pat själv har ännu inte fått den – det gör jag på tisdag, först "
                           "enskilt med henne. Måltidsschema enl. dietist till dess."),
         ]),
     must=["NL101"],
     why="A 17-year-old reads her own journal: her father was told, she herself has not yet been told of anorexia nervosa.")

case("skane-barnmott-celiaki-ingen-svarar", "skane", "20170608-5980",
     mel("Läkaranteckning", S["barn_ystad"], "Magnus Håkansson", "läkare",
         "2024-02-15T16:05:00", "2024-02-15T16:20:00", [
             ("PAD", "Duodenalbiopsier (gastroskopi 2/2): total villusatrofi, kryptförlängning, ökat antal "
                     "IEL – Marsh 3c."),
             ("Bedömning", "Celiaki, biopsiverifierad."),
             ("Planering", "Har ringt mamma och pappa under dagen, ingen svarar. Familjen har inte fått svaret. "
                           "Skickar inget brev, vill prata med dem först. Remiss dietist efter samtalet."),
         ]),
     must=["NL101"],
     why="Child of 6: biopsy-verified coeliac disease, guardians did not pick up the phone and the family has not been told.")

case("skane-beroende-alkoholberoende-uteblev-utkast", "skane", "19750330-5356",
     mel("Läkaranteckning", S["beroende_malmo"], "Nils Grahn", "läkare",
         "2024-05-14T14:00:00", None, [
             ("Lab", "PEth 2,1 µmol/L, GT 3,4, CDT 3,1 %."),
             ("Bedömning", "Alkoholberoende (6 av 11 DSM-5-kriterier). Alkoholorsakad leverpåverkan."),
             ("Planering", "Uteblev från dagens besök där provsvaren och diagnosen skulle gås igenom, så han "
                           "vet inget om dem ännu. Ny kallelse skickad."),
         ]),
     must=["NL101"],
     why="Unsigned draft: alcohol dependence diagnosis; the patient missed the visit where he was to be told.")

case("um-hsil-cellprov-ej-nadd", "vgr", "20020117-5387",
     mel("Barnmorskeanteckning", V["um_molndal"], "Petra Engström", "barnmorska",
         "2024-06-04T09:45:00", "2024-06-04T10:00:00", [
             ("Provsvar", "Cellprov 21/5: HPV 16 pos, cytologi HSIL (CIN 2–3)."),
             ("Bedömning", "Höggradig cellförändring. Remiss kolposkopi kvinnokliniken Mölndal."),
             ("Åtgärd", "Pat har inte fått svaret, nås inte på mobil. Har skickat meddelande i 1177-inkorgen "
                        "om att ringa oss, utan att skriva vad det gäller."),
         ]),
     must=["NL101"],
     why="Youth clinic: high-grade cervical dysplasia (HSIL) from a result after the visit, patient not reached.")

case("vc-alzheimer-dotter-vet-pat-ej", "vgr", "19380802-9585",
     mel("Läkaranteckning", V["vc_boras_c"], "Lars Nyström", "läkare",
         "2024-03-27T12:15:00", "2024-03-27T12:40:00", [
             ("Aktuellt", "Basal demensutredning klar: MMSE 19/30, klocktest patologiskt, DT hjärna med "
                          "mediotemporal atrofi, lab ua."),
             ("Bedömning", "Alzheimers sjukdom, lindrig–måttlig demens."),
             ("Planering", "Dottern (fullmakt) informerad per telefon. Pat själv har ännu inte fått diagnosen, "
                           "det gör jag vid hembesöket nästa vecka tillsammans med dsk och dottern. Därefter "
                           "ställning till donepezil."),
         ]),
     must=["NL101"],
     why="The daughter was told but the patient herself has not been told of Alzheimer's disease.")

case("vc-arskontroll-lang-njursjukdom-svar-efter-besok", "vgr", "19540226-3593",
     mel("Läkaranteckning", V["vc_stenungsund"], "Maja Lindgren", "läkare",
         "2024-10-08T15:30:00", "2024-10-09T08:10:00", [
             ("Kontaktorsak", "Årskontroll diabetes typ 2 och hypertoni. Kommer ensam."),
             ("Anamnes", "Mår bra enl. egen utsago. Promenerar med hunden 2 ggr/dag. Inga bröstsmärtor, ingen "
                         "dyspné. Nattlig miktion 1–2 ggr, oförändrat. Lite stickningar i fötterna kvällstid "
                         "sedan i somras. Röker ej sedan 2010. Alkohol: ett par glas vin till helgen. "
                         "Läkemedel: Metformin 1 g x 2, Jardiance 10 mg, Enalapril 20 mg, Atorvastatin 40 mg. "
                         "Tar dem enligt dosett som frun fyller."),
             ("Status", "AT gott. BT 146/88 hö arm sittande. P 72 reg. Vikt 94 kg (96 i fjol), BMI 30. "
                        "Cor: reg rytm, inga blåsljud. Pulm: ua. Fötter: fotpulsar palp bilat, monofilament "
                        "nedsatt känsel vä fot 2/3 punkter, inga sår, torr hud hälar."),
             ("Lab", "Svar inkom 7/10, efter besöket: HbA1c 61 (58), krea 162 (118), eGFR 38, "
                     "U-albumin/krea 42 mg/mmol, K 5,1, LDL 2,1."),
             ("Bedömning", "Diabetes med otillräcklig glukoskontroll. Kronisk njursjukdom stadium 3b med "
                           "albuminuri, tydlig försämring sedan i fjol. Diabetesneuropati vä fot. BT över mål."),
             ("Planering", "Provsvaren kom efter besöket och pat har ännu inte informerats om njurfunktionen. "
                           "Ringer honom på telefontid torsdag. Metformin ska ned till 500 mg x 2 och kalium "
                           "kontrolleras om 2 v. Ev. remiss njurmedicin beroende på kontrollproverna. "
                           "Fotterapeut för nedsatt känsel. Nästa årskontroll om 12 mån."),
         ]),
     must=["NL101"], must_not=["NL102"],
     why="Long annual check: chronic kidney disease 3b from lab after the visit, not yet told; 'Ev. remiss' is no diagnostic hedge.")

# =========================================================================== NL101 -
case("vc-typ2-diabetes-pat-informerad", "vgr", "19620919-9485",
     mel("Läkaranteckning", V["vc_tuve"], "Olof Berglund", "läkare",
         "2024-02-08T10:30:00", "2024-02-08T10:50:00", [
             ("Aktuellt", "Återbesök för provsvar. HbA1c 62 och 55, fP-glukos 8,1."),
             ("Bedömning", "Typ 2-diabetes."),
             ("Information", "Pat informerad om diagnosen och vad den innebär, fått skriftlig info och broschyr "
                             "om kost. Hon tar det lugnt, hade anat det pga mammas diabetes."),
             ("Planering", "Metformin 500 mg x 1 i 2 v, sedan x 2. Diabetesssk om 3 v."),
         ]),
     must_not=["NL101"],
     why="The patient was informed of her type 2 diabetes at the visit.")

case("um-klamydia-informerad-foraldrar-ej", "vgr", "20070109-5606",
     mel("Barnmorskeanteckning", V["um_trollhattan"], "Emma Lindh", "barnmorska",
         "2024-03-19T13:50:00", "2024-03-19T14:05:00", [
             ("Provsvar", "Klamydia PCR vaginalprov: pos."),
             ("Åtgärd", "Pat informerad per telefon om positivt prov, recept doxycyklin skickat till apotek. "
                        "Bor hemma och vill inte att föräldrarna får veta – informerad om att vi har sekretess "
                        "även mot dem. Smittspårning: en partner, hon kontaktar själv och vi följer upp fredag."),
         ]),
     must_not=["NL101"],
     why="17-year-old told of her chlamydia; only the parents are uninformed, which is not NL101.")

case("skane-psyk-depression-maken-ej-informerad-typo", "skane", "19791212-9686",
     mel("Läkaranteckning", S["psyk_lund"], "Anders Cronholm", "läkare",
         "2024-01-30T14:20:00", "2024-01-30T14:45:00", [
             ("Bedömning", "Recidiverande depresion, aktuell episod medelsvår. Ingen akut suicidrisk."),
             ("Information", "Diagnosen genomgången med pat idag och hon förstår den. Maken är inte informerad "
                             "och hon vill inte att vi kontaktar honom i nuläget, vilket respekteras."),
             ("Planering", "Escitalopram 10 mg. KBT-remiss. Återbesök 4 v."),
         ]),
     must_not=["NL101"],
     why="Patient informed of recurrent depression (typo 'depresion'); the husband not being informed is not NL101.")

case("vc-normala-provsvar-ej-meddelade", "vgr", "19550504-3876",
     mel("Läkaranteckning", V["vc_mariestad"], "Karin Lundqvist", "läkare",
         "2024-06-19T16:10:00", "2024-06-19T16:15:00", [
             ("Provsvar", "Krea 84, K 4,2, Na 139, ALAT ua – samtliga inom ref."),
             ("Bedömning", "Känd hypertoni, välinställd på Amlodipin. Provsvaren normala."),
             ("Planering", "Pat har ännu inte fått provsvaren, standardbrev skickas. Nästa kontroll om ett år."),
         ]),
     must_not=["NL101"],
     why="The not-informed statement concerns normal lab results; the known hypertension is not news to the patient.")

case("vc-lamotrigin-fabrikatbyte-utkast", "vgr", "19601010-4997",
     mel("Telefonanteckning", V["vc_kortedala"], "Lena Sjöberg", "sjuksköterska",
         "2024-08-22T09:20:00", None, [
             ("Aktuellt", "Känd epilepsi sedan 20-årsåldern, anfallsfri sedan 2016 på lamotrigin 200 mg x 2. "
                          "Apoteket meddelar att hans fabrikat är restnoterat."),
             ("Åtgärd", "Byte till annat fabrikat lamotrigin i samråd med dr Ahlberg, samma dos. Pat är ännu "
                        "inte informerad om bytet; apoteket förklarar vid uttag och vi ringer honom på fredag "
                        "för att höra att det gått bra."),
         ]),
     must_not=["NL101"],
     why="Unsigned draft: the patient is uninformed about a brand switch, not about his long-known epilepsy.")

case("skane-tidiga-hypoteser-mall-ftd", "skane", "19570420-9179",
     mel("Tidiga hypoteser", S["psyk_kristianstad"], "Lisa Ekdahl", "läkare",
         "2024-05-28T15:20:00", "2024-05-28T15:45:00", [
             ("Hypotes", "Personlighetsförändring, hämningslöshet och sänkt omdöme senaste året hos tidigare "
                         "välfungerande man. Misstänkt frontotemporal demens. Pat inte informerad om misstanken, "
                         "anhöriga inte heller. Remiss minnesmottagningen + DT hjärna."),
         ]),
     must_not=["NL101", "NL102"],
     why="Suspected FTD and 'not informed' written inside the Skåne protected template Tidiga hypoteser.")

case("vgr-sokord-tidiga-hypoteser-minnesutredning", "vgr", "19440108-0405",
     mel("Läkaranteckning", V["vc_lysekil"], "Tomas Ek", "läkare",
         "2024-07-02T11:00:00", "2024-07-02T11:30:00", [
             ("Aktuellt", "Återbesök med dottern efter minnestester. MMSE 22, klocktest med lätta fel. "
                          "Blodprover utan anmärkning."),
             ("Planering", "DT hjärna beställd. Återbesök när svaret kommit."),
             ("Tidiga hypoteser", "Bilden talar för begynnande Alzheimers sjukdom. Pat ej informerad om "
                                  "misstanken, vill invänta DT innan det tas upp."),
         ]),
     must_not=["NL101", "NL102"],
     why="VGR: the suspected Alzheimer's and the not-informed statement sit only under the filtered sökord Tidiga hypoteser.")

case("tel-rtg-ingen-fraktur-ej-informerad", "vgr", "19430626-4005",
     mel("Telefonanteckning", V["vc_ockero"], "Birgitta Falk", "sjuksköterska",
         "2024-03-01T13:15:00", "2024-03-01T13:25:00", [
             ("Provsvar", "Rtg hö handled efter fall på isen: ingen fraktur, ingen felställning."),
             ("Åtgärd", "Dr Blom har sett svaret, ingen gips behövs, fortsatt stödförband. Pat har ännu inte "
                        "fått svaret – upptaget två gånger, ringer igen efter 14."),
         ]),
     must_not=["NL101", "NL102"],
     why="Not-informed statement about a normal X-ray ('ingen fraktur'): negated, no diagnosis withheld.")

case("vc-ringer-pat-nar-svar-finns", "vgr", "19850914-3866",
     mel("Läkaranteckning", V["vc_gibraltar"], "Erik Stål", "läkare",
         "2024-09-10T10:40:00", "2024-09-10T11:05:00", [
             ("Kontaktorsak", "Trött sedan 2 mån, tappat 3 kg utan att försöka. Sover dåligt."),
             ("Status", "AT gott. Tyreoidea palp ua. Inga förstorade lgl. Cor/pulm ua. Buk mjuk, oöm."),
             ("Planering", "Blodstatus, CRP, TSH, HbA1c, krea, ferritin, B12. Ringer pat när svar finns, "
                           "senast fredag."),
         ]),
     must_not=["NL101", "NL102"],
     why="'Ringer pat när svar finns' with only symptoms and pending tests: no diagnosis, nothing withheld.")

case("skane-bup-tourette-17-informerad-mamma-ej", "skane", "20060502-2953",
     mel("Läkaranteckning", S["bup_lund"], "Elin Svensson", "läkare",
         "2024-03-06T13:00:00", "2024-03-06T13:30:00", [
             ("Bedömning", "Tourettes syndrom: motoriska och vokala tics sedan mer än ett år."),
             ("Information", "Pat (17 år) informerad om diagnosen idag och fick skriftlig info från "
                             "Riksförbundet Attention. Vill själv berätta för mamma i helgen, så hon är ännu "
                             "inte informerad."),
             ("Planering", "Psykoedukation, ev. CBIT-behandling efter sommaren."),
         ]),
     must_not=["NL101", "NL102"],
     why="17-year-old told of Tourette's; only his mother is uninformed, and 'ev.' hedges a treatment, not a diagnosis.")

case("vc-hereditet-lynch-vagledning", "vgr", "19800303-0940",
     mel("Läkaranteckning", V["vc_lerum"], "Sara Öberg", "läkare",
         "2024-05-16T10:00:00", "2024-05-16T10:25:00", [
             ("Kontaktorsak", "Vill diskutera ärftlighet för tarmcancer."),
             ("Hereditet", "Morbror koloncancer vid 46 år, Lynch syndrom påvisat hos honom 2023. Morfar trol. "
                           "också tarmcancer, dog 1989."),
             ("Bedömning", "Pat själv utan symtom, ingen blödning, normala avföringsvanor."),
             ("Planering", "Hon hade inte fått information om onkogenetisk vägledning tidigare; gått igenom "
                           "det idag och remiss till onkogenetiska mott. SU skickad."),
         ]),
     must_not=["NL101", "NL102"],
     why="Family history (uncle's Lynch syndrome, grandfather 'trol.' cancer); the uninformed item is a service, not her diagnosis.")

case("bvc-hypospadi-foraldrar-informerade", "vgr", "20240120-0411",
     mel("Läkaranteckning", V["bvc_skene"], "Anna-Karin Dahl", "läkare",
         "2024-03-05T14:30:00", "2024-03-05T14:50:00", [
             ("Status", "6-veckorsundersökning. Distal hypospadi, meatus glandulärt, lätt ventral böjning. "
                        "Testiklar palp i pungen bilat. Höfter stabila."),
             ("Information", "Föräldrarna informerade om hypospadin och att den ofta opereras före 18 mån ålder. "
                             "De ställde frågor, fick svar."),
             ("Planering", "Remiss barnkirurgen DSBUS. Ordinarie BVC-program."),
         ]),
     must_not=["NL101"],
     why="Infant: the guardians, who read the journal, were told of the hypospadias at the visit.")

case("tel-basalcellscancer-besked-givet", "vgr", "19441128-8956",
     mel("Telefonanteckning", V["vc_tanum"], "Hanna Carlsson", "läkare",
         "2024-04-25T14:10:00", "2024-04-25T14:20:00", [
             ("Aktuellt", "PAD från stansbiopsi nästipp: basalcellscancer, nodulär typ."),
             ("Åtgärd", "Ringt pat och meddelat PAD-svaret. Han förstår, inga frågor nu. Remiss hudkliniken "
                        "NU-sjukvården för excision."),
         ]),
     must_not=["NL101"],
     why="Result after the visit, but the phone call reached the patient and gave him the basal cell carcinoma answer.")

case("vc-hemolys-omprov-ej-informerad", "vgr", "19510218-4768",
     mel("Telefonanteckning", V["vc_herrljunga"], "Ulla Rask", "sjuksköterska",
         "2024-11-12T09:05:00", "2024-11-12T09:15:00", [
             ("Aktuellt", "Känd hjärtsvikt, följs för kalium på Spironolakton."),
             ("Provsvar", "Kaliumprovet hemolyserat, kan ej bedömas."),
             ("Åtgärd", "Ny provtagning behövs. Pat är inte informerad om att provet ska tas om, ringer henne "
                        "och bokar lab i eftermiddag."),
         ]),
     must_not=["NL101"],
     why="The patient is uninformed about a repeat blood test, not about her known heart failure.")

case("vc-mammografi-normal-ej-underrattad", "vgr", "19701003-3822",
     mel("Läkaranteckning", V["vc_ulricehamn"], "Jonas Fors", "läkare",
         "2024-08-14T15:30:00", "2024-08-14T15:40:00", [
             ("Provsvar", "Klinisk mammografi + UL vä bröst (remiss pga knöl): normala fynd, ingen misstanke "
                          "om malignitet."),
             ("Planering", "Pat ej underrättad än om svaret, ringer henne imorgon fm. Klinisk kontroll om "
                           "3 mån om knölen kvarstår."),
         ]),
     must_not=["NL101", "NL102"],
     why="Not-informed about a normal mammography; malignancy is negated ('ingen misstanke om').")

case("vc-parkinson-svart-att-ta-till-sig", "vgr", "19561219-0339",
     mel("Läkaranteckning", V["vc_skovde_n"], "Ingrid Svärd", "läkare",
         "2024-04-09T11:20:00", "2024-04-09T11:50:00", [
             ("Aktuellt", "Fick diagnosen Parkinsons sjukdom av neurologen Skövde 4/3. Har svårt att ta till "
                          "sig beskedet och säger att han 'inte fått veta något ordentligt'. Frun med."),
             ("Åtgärd", "Gått igenom neurologens epikris tillsammans, förklarat diagnos och behandling med "
                        "Madopark. Pat lugnare efteråt."),
         ]),
     must_not=["NL101"],
     why="Patient was told of Parkinson's by neurology and again today; his quoted feeling of not being told is no NL101.")

case("barnmott-adhd-skolan-ej-informerad", "vgr", "20140225-6620",
     mel("Läkaranteckning", V["barn_kungalv"], "Per Hallin", "läkare",
         "2024-05-22T13:40:00", "2024-05-22T14:00:00", [
             ("Aktuellt", "Uppföljning efter ADHD-diagnos som familjen fick vid återgivningen 2/2. Start "
                          "metylfenidat 18 mg för 3 v sedan, bättre fokus enl. mamma."),
             ("Bedömning", "ADHD, god effekt av metylfenidat. Aptit något sämre."),
             ("Planering", "Skolan är inte informerad om diagnosen, föräldrarna vill vänta till höstterminen. "
                           "Vikt- och BT-kontroll om 1 mån."),
         ]),
     must_not=["NL101"],
     why="Girl of 10: family told of ADHD in February; only the school is uninformed.")

case("tel-misstankt-appendicit-informerad", "vgr", "19980707-9190",
     mel("Telefonanteckning", V["tel_molndal"], "Sanna Holmberg", "sjuksköterska",
         "2024-07-16T21:10:00", "2024-07-16T21:25:00", [
             ("Kontaktorsak", "Ont i magen sedan i morse, började runt naveln och sitter nu nere till höger. "
                              "Kräkts 1 gång, feber 38,2."),
             ("Bedömning", "Misstänkt appendicit."),
             ("Åtgärd", "Pat informerad om misstanken och uppmanad att åka till akuten i Mölndal i kväll, inte "
                        "äta eller dricka. Har skjuts av sambo."),
         ]),
     must=["NL102"], must_not=["NL101"],
     why="Telephone advice: 'Misstänkt appendicit' in a visible Melior note (NL102), and the patient was told (not NL101).")

case("skane-psyk-lang-depression-informerad-trol-adhd", "skane", "19930404-6163",
     mel("Läkaranteckning", S["psyk_landskrona"], "Erik Malmberg", "läkare",
         "2024-10-15T14:00:00", "2024-10-15T15:10:00", [
             ("Aktuellt", "Återbesök, sjätte kontakten. Kom själv, punktlig. Sertralin 100 mg sedan 8 v. Sover "
                          "bättre, 6–7 h/natt mot 4 tidigare. Orkar gå till jobbet (lager, 75 %) men är slut på "
                          "kvällarna. Ångesten på morgonen lindrigare. Har börjat träffa en väninna igen på "
                          "söndagar. Inga biverkningar utöver lite illamående första veckan."),
             ("Anamnes", "Berättar idag att hon haft svårt att sitta still och fokusera sedan skoltiden, fick "
                         "aldrig gymnasiebetyg i matte pga 'slarvfel'. Glömmer tider, tappar bort nycklar flera "
                         "ggr/v. Mamma har sagt att hon var 'ett yrväder' som barn."),
             ("Psykiskt status", "Vaken, klar. God kontakt, ler ibland. Stämningsläget lätt sänkt, affekt "
                                 "följsam. Tal normalt tempo. Inga psykotiska symtom. Förnekar aktuella "
                                 "suicidtankar och planer, ser fram emot sommaren."),
             ("Skattningar", "MADRS-S 14 (26 vid start). ASRS del A 5/6."),
             ("Bedömning", "Egentlig depression, medelsvår, i tydlig förbättring. Trol. ADHD som bidragande "
                           "faktor till funktionsnedsättningen. Ingen suicidrisk av betydelse."),
             ("Information", "Pat informerad om depressionsdiagnosen vid första besöket och idag om att vi vill "
                             "utreda uppmärksamhetsproblemen vidare. Hon har själv funderat på det."),
             ("Planering", "Fortsatt Sertralin 100 mg. Remiss neuropsykiatrisk utredning. Återbesök 6 v, "
                           "ssk-kontakt om 3 v. Sjukskrivning ej aktuell."),
         ]),
     must=["NL102"], must_not=["NL101"],
     why="Long note: one 'Trol. ADHD' in the assessment is NL102; she was informed of her depression, so no NL101.")

case("vc-misstankt-brostcancer-informerad-svf", "vgr", "19660830-8745",
     mel("Läkaranteckning", V["vc_falkoping"], "Mikael Berg", "läkare",
         "2024-02-28T10:15:00", "2024-02-28T10:45:00", [
             ("Status", "Hö bröst: 2 cm fast, oregelbunden knöl i övre yttre kvadranten, fixerad mot "
                        "underlaget. Palpabel lgl i hö axill."),
             ("Bedömning", "Misstänkt bröstcancer, uppfyller kriterierna för SVF."),
             ("Information", "Pat informerad om misstanken och om vad standardiserat vårdförlopp innebär. Hon "
                             "ville att jag ringde maken, vilket jag gjort."),
             ("Planering", "SVF-remiss bröstmottagningen Skaraborgs sjukhus skickad idag."),
         ]),
     must=["NL102"], must_not=["NL101"],
     why="Suspected breast cancer in the assessment (NL102) although the patient was told of the suspicion (no NL101).")

# =========================================================================== NL102 +
case("vc-trol-pneumoni-typo", "vgr", "19460131-1915",
     mel("Läkaranteckning", V["vc_stenungsund"], "Gustav Rehn", "läkare",
         "2024-01-09T11:20:00", "2024-01-09T11:40:00", [
             ("Anamnes", "Hosta 1 v, feber sedan 3 d, frossa igår. Andfådd i trappor."),
             ("Status", "Temp 38,6. Sat 94 %. AF 22. Pulm: krepitationer hö basalt, dämpning."),
             ("Lab", "CRP 112, LPK 14."),
             ("Bedömning", "Trol. pnuemoni hö basalt."),
             ("Åtgärd", "PcV 1 g x 3 i 7 d. Åter vid försämring."),
         ]),
     must=["NL102"],
     why="'Trol.' before a pneumonia (typo 'pnuemoni') in the assessment of a Melior note.")

case("tel-misstankt-cystit", "vgr", "19920511-7667",
     mel("Telefonanteckning", V["vc_landvetter"], "Jenny Axelsson", "sjuksköterska",
         "2024-06-27T08:35:00", "2024-06-27T08:50:00", [
             ("Kontaktorsak", "Svider när hon kissar, måste kissa ofta sedan 2 d. Ingen feber, inte ont i "
                              "ryggen. Ej gravid."),
             ("Bedömning", "Misstänkt okomplicerad cystit."),
             ("Åtgärd", "Lämnar urinprov idag kl 10, recept enl. PM om sticka pos. Råd: dricka mer. Hör av sig "
                        "vid feber eller flanksmärta."),
         ]),
     must=["NL102"],
     why="Telephone advice note: 'Misstänkt okomplicerad cystit' in a visible section.")

case("vc-fragetecken-fore-erythema-migrans", "vgr", "19790906-2312",
     mel("Läkaranteckning", V["vc_ockero"], "Helena Varg", "läkare",
         "2024-08-06T14:05:00", "2024-08-06T14:20:00", [
             ("Anamnes", "Fästingbett vä vad för ca 2 v sedan i sommarstugan. Nu rodnad som växer."),
             ("Status", "Vä vad: 7 cm rodnad, ringformad med central blekhet, ej varm, ej öm."),
             ("Bedömning", "?Erythema migrans"),
             ("Åtgärd", "PcV 1 g x 3 i 10 d. Foto taget och sparat. Återkommer om ej bättre."),
         ]),
     must=["NL102"],
     why="Question mark before the diagnosis ('?Erythema migrans') in the assessment.")

case("vgr-psyk-dd-bipolar-eips", "vgr", "20001201-4643",
     mel("Läkaranteckning", V["psyk_uddevalla"], "Rasmus Hedlund", "läkare",
         "2024-02-22T15:00:00", "2024-02-22T15:35:00", [
             ("Aktuellt", "Remiss från vc pga växlande stämningsläge, impulsivitet och självskada (skär sig) "
                          "sedan 16 års ålder."),
             ("Bedömning", "Affektiv instabilitet med korta perioder av ökad energi och minskat sömnbehov. "
                           "DD bipolär sjukdom typ II / emotionellt instabil personlighetsstörning."),
             ("Planering", "Livsdiagram, MDQ, SCID. Stämningsdagbok i 4 v. Nytt besök 20/3."),
         ]),
     must=["NL102"],
     why="Differential diagnosis 'DD bipolär … / EIPS' written in a visible psychiatry note.")

case("skane-bup-misstankt-autism-6ar", "skane", "20171214-8558",
     mel("Läkaranteckning", S["bup_hbg"], "Therese Nyberg", "läkare",
         "2024-03-13T10:30:00", "2024-03-13T11:15:00", [
             ("Anamnes", "Remiss från BVC/förskola: sen språkutveckling, leker helst ensam, starka reaktioner "
                         "på förändringar och ljud. Radar upp bilar i långa rader."),
             ("Bedömning", "Misstänkt autism. Ingen oro för hörseln (hörseltest ua 2023)."),
             ("Planering", "Till kö för neuropsykiatrisk utredning. Föräldrarna får information om "
                           "stödinsatser under väntetiden."),
         ]),
     must=["NL102"],
     why="BUP Skåne (Melior), boy of 6: 'Misstänkt autism' in the assessment.")

case("skane-psyk-psykotisk-depression-kan-ej-uteslutas", "skane", "19670615-0155",
     mel("Läkaranteckning", S["psyk_trelleborg"], "Hanna Lindholm", "läkare",
         "2024-06-11T16:45:00", "2024-06-11T17:20:00", [
             ("Aktuellt", "Sänkt sedan jul. Sover 3 h/natt, ätit dåligt, tappat 8 kg. Säger att han har "
                          "'förstört ekonomin för hela familjen', trots att frun bekräftar att ekonomin är god."),
             ("Bedömning", "Svår depressiv episod. Psykotisk depression kan ej uteslutas givet skuldföreställningarna."),
             ("Planering", "Tätt återbesök om 3 d, ECT-bedömning. Lämnat numret till akuten."),
         ]),
     must=["NL102"],
     why="'Psykotisk depression kan ej uteslutas': a cannot-be-ruled-out diagnosis in a visible note.")

case("um-mojlig-endometrios", "vgr", "20060223-4981",
     mel("Läkaranteckning", V["um_boras"], "Camilla Wester", "läkare",
         "2024-10-02T15:15:00", "2024-10-02T15:30:00", [
             ("Anamnes", "Mycket ont vid mens sedan 14 års ålder, missar skolan 1–2 dagar/mån. Ipren hjälper "
                         "dåligt. Ont vid samlag ibland."),
             ("Status", "Gyn us: ua, ingen resistens, lätt ömhet bakre fornix."),
             ("Bedömning", "Möjlig endometrios."),
             ("Planering", "P-piller kontinuerligt utan uppehåll, utvärdering om 3 mån. Remiss gyn om ingen effekt."),
         ]),
     must=["NL102"],
     why="Youth clinic, 18-year-old: 'Möjlig endometrios' in the assessment.")

case("dsk-hembesok-susp-erysipelas", "vgr", "19401222-7502",
     mel("Sjuksköterskeanteckning", V["dsk_gotene"], "Agneta Åkesson", "distriktssköterska",
         "2024-09-03T10:20:00", "2024-09-03T10:45:00", [
             ("Aktuellt", "Hembesök för omläggning av venöst bensår vä underben."),
             ("Status", "Rodnad runt såret som spridit sig upp mot knät sedan igår, varm, öm. Temp 38,1."),
             ("Bedömning", "Susp. erysipelas vä ben."),
             ("Åtgärd", "Markerat rodnadens kant med penna. Kontakt med dr Sund, pat får tid på vc kl 14 idag, "
                        "dottern skjutsar."),
         ], setting="hemsjukvård"),
     must=["NL102"],
     why="District nurse home visit: 'Susp. erysipelas' in a visible Melior note.")

case("skane-barnmott-trolig-astma", "skane", "20180917-6207",
     mel("Läkaranteckning", S["barn_hassleholm"], "Olle Nygren", "läkare",
         "2024-11-05T09:30:00", "2024-11-05T10:10:00", [
             ("Anamnes", "Tredje episoden i höst med pip i bröstet och hosta nattetid efter förkylning. "
                         "Pappa har astma."),
             ("Status", "Sat 97 %. Pulm: enstaka ronki bilat, förlängt exspirium."),
             ("Bedömning", "Trolig astma."),
             ("Planering", "Flutide 50 mikrog 1x2 med spacer i 3 mån + Airomir vb. Återbesök i feb."),
         ]),
     must=["NL102"],
     why="Girl of 5: 'Trolig astma' in the assessment (father's asthma is family history beside it).")

case("vc-gallstensanfall-sannolikt-efterstallt", "vgr", "19830429-7883",
     mel("Läkaranteckning", V["vc_amal"], "Leif Ström", "läkare",
         "2024-05-08T13:25:00", None, [
             ("Anamnes", "Kraftig värk under hö revbensbåge i natt efter tacos, strålade mot ryggen, höll i "
                         "3 h. Haft liknande 2 ggr i vår."),
             ("Status", "Buk mjuk, lätt öm under hö arcus, Murphys tecken neg. Ej ikterisk."),
             ("Bedömning", "Gallstensanfall, sannolikt."),
             ("Planering", "UL lever/gallvägar beställt. Diklofenak vid anfall. Akut om feber eller gulsot."),
         ]),
     must=["NL102"],
     why="Unsigned draft: hedge placed after the diagnosis ('Gallstensanfall, sannolikt').")

case("tel-ev-hjarnskakning-mamma-ringer", "vgr", "20160303-2218",
     mel("Telefonanteckning", V["tel_kungalv"], "Rebecka Lind", "sjuksköterska",
         "2024-02-17T18:40:00", "2024-02-17T18:55:00", [
             ("Kontaktorsak", "Mamma ringer. Sonen föll från klätterställning ca 1,5 m på skolgården, slog "
                              "bakhuvudet. Grät direkt, ingen medvetslöshet."),
             ("Bedömning", "Ev. lätt hjärnskakning. Inga varningstecken: inga kräkningar, vaken och pratar "
                           "som vanligt, går stadigt."),
             ("Råd", "Vila, väcka och kolla i natt enligt råd. Åka till barnakuten vid upprepade kräkningar, "
                     "tilltagande huvudvärk eller om han blir svårväckt."),
         ]),
     must=["NL102"],
     why="Telephone advice for a boy of 8: 'Ev. lätt hjärnskakning' is a hedged diagnosis in a visible note.")

case("vc-skolskoterska-misstanke-om-adhd", "vgr", "20131011-6155",
     mel("Läkaranteckning", V["vc_vanersborg"], "Annika Holm", "läkare",
         "2024-04-18T10:20:00", "2024-04-18T10:40:00", [
             ("Aktuellt", "Kommer med pappa efter kontakt från skolsköterskan. Svårt att sitta still, avbryter, "
                          "hamnar i konflikter på rasterna. Läser bra."),
             ("Bedömning", "Misstanke om ADHD. Somatiskt frisk, syn och hörsel ua vid skolhälsovårdens kontroller."),
             ("Planering", "Remiss BUP med skolans pedagogiska kartläggning bifogad."),
         ]),
     must=["NL102"],
     why="Boy of 10 sent by the school nurse: 'Misstanke om ADHD' (noun form) in the assessment.")

case("skane-psyk-ptsd-fragetecken-efter", "skane", "19900808-9485",
     mel("Läkaranteckning", S["psyk_malmo_angest"], "Jakob Persson", "läkare",
         "2024-08-20T13:10:00", "2024-08-20T13:45:00", [
             ("Aktuellt", "Rånad med kniv i februari. Sedan dess mardrömmar, undviker centralstationen, "
                          "skvätter till vid ljud."),
             ("Bedömning", "PTSD? Uppfyller flera men ej säkert alla kriterier, skattning PCL-5 beställd."),
             ("Planering", "Åter om 2 v med skattning. Sömnhygienråd, Propavan vb."),
         ]),
     must=["NL102"],
     why="Question mark after the diagnosis ('PTSD?') in a visible psychiatry note.")

case("skane-bup-17-trol-depressiv-episod", "skane", "20061004-0909",
     mel("Läkaranteckning", S["bup_malmo"], "Maria Stenberg", "läkare",
         "2024-03-26T11:00:00", "2024-03-26T11:40:00", [
             ("Aktuellt", "Nedstämd sedan hösten, slutat med handbollen, ligger mest på rummet. Skolfrånvaro 30 %."),
             ("Psykiskt status", "Låg, tyst, svarar kortfattat. Förnekar suicidplaner men har haft passiva dödstankar."),
             ("Bedömning", "Trol. medelsvår depressiv episod."),
             ("Planering", "Fördjupad bedömning med K-SADS, kontakt skolan med pat:s samtycke. Återbesök 1 v."),
         ]),
     must=["NL102"],
     why="BUP, 17-year-old: 'Trol. medelsvår depressiv episod' in the assessment.")

case("vc-kotfraktur-ej-utesluten", "vgr", "19390319-1686",
     mel("Läkaranteckning", V["vc_tidaholm"], "Erik Hammar", "läkare",
         "2024-12-03T10:50:00", "2024-12-03T11:10:00", [
             ("Anamnes", "Lyfte en blomkruka för 5 d sedan, plötslig smärta mitt i ryggen. Känd osteoporos "
                         "på alendronat."),
             ("Status", "Knackömhet över Th12–L1. Neurologi i benen ua."),
             ("Bedömning", "Kotkompressionsfraktur ej utesluten."),
             ("Planering", "Rtg th/ländrygg. Alvedon + Tradolan vb."),
         ]),
     must=["NL102"],
     why="'Ej utesluten' means the fracture cannot be ruled out: a hedge, not a negation.")

case("tel-ssk-misstanker-njurstensanfall", "vgr", "19811101-0735",
     mel("Telefonanteckning", V["vc_sjuntorp"], "Malin Gran", "sjuksköterska",
         "2024-03-08T07:55:00", "2024-03-08T08:10:00", [
             ("Kontaktorsak", "Vaknade 05 av hugg i vä flank som strålar ner mot ljumsken, kommer i vågor. "
                              "Kräkts. Ingen feber."),
             ("Bedömning", "Ssk misstänker njurstensanfall, stämt av med dr Ali."),
             ("Åtgärd", "Tid hos jourläkare 09.20, urinsticka vid ankomst. Uppmanad till akuten vid feber."),
         ]),
     must=["NL102"],
     why="Verb form of the cue ('misstänker njurstensanfall') in a telephone advice note.")

case("vc-misstant-pyelonefrit-typo", "vgr", "19890113-3804",
     mel("Läkaranteckning", V["vc_stromstad"], "Viktor Lund", "läkare",
         "2024-07-25T16:30:00", "2024-07-25T16:55:00", [
             ("Anamnes", "Sveda vid miktion 4 d, nu feber 39 och ont i hö sida."),
             ("Status", "Temp 38,9. Dunkömhet hö njurloge. Sticka: nitrit pos, LPK 3+."),
             ("Bedömning", "Misstänt pyelonefrit."),
             ("Åtgärd", "U-odling. Ciprofloxacin 500 mg x 2 i 7 d. Kontakt om ej feberfri inom 2 d."),
         ]),
     must=["NL102"],
     why="Typo in the cue ('Misstänt pyelonefrit') still marks a suspected diagnosis.")

case("skane-psyk-misstakt-hypomani-typo", "skane", "19850522-8992",
     mel("Sjuksköterskeanteckning", S["psyk_ystad"], "Kristina Mårtensson", "sjuksköterska",
         "2024-06-19T12:20:00", "2024-06-19T12:40:00", [
             ("Aktuellt", "Sambon ringde oroad: sover 3 h/natt sedan en vecka, har köpt en båt på avbetalning, "
                          "pratar oavbrutet."),
             ("Bedömning", "Misstäkt hypomani hos pat med känd återkommande depression. Tid hos läkare imorgon."),
             ("Åtgärd", "Sertralin pausat efter telefonordination av dr Wiklund."),
         ]),
     must=["NL102"],
     why="Psychiatric nurse note with typo cue 'Misstäkt hypomani'.")

case("vc-mojligen-reaktiv-artrit", "vgr", "19970909-6599",
     mel("Läkaranteckning", V["vc_ale"], "Tove Lindell", "läkare",
         "2024-10-22T14:15:00", "2024-10-22T14:45:00", [
             ("Anamnes", "Svullet hö knä och ont i vä häl sedan 1 v. Hade diarré efter resa till Thailand "
                         "för 3 v sedan."),
             ("Status", "Hö knä: hydrops, värmeökning, flexion 100 gr. Öm vid vä hälsenefäste."),
             ("Bedömning", "Möjligen reaktiv artrit efter tarminfektion."),
             ("Planering", "SR, CRP, HLA-B27, F-odling. Naproxen 500 mg x 2. Ortopedjour vid feber."),
         ]),
     must=["NL102"],
     why="Adverb cue 'Möjligen' before the diagnosis reactive arthritis.")

case("vc-lang-kol-kontroll-ev-inslag-av-astma", "vgr", "19610728-2219",
     mel("Läkaranteckning", V["vc_kinna"], "Anders Bergkvist", "läkare",
         "2024-11-19T13:00:00", "2024-11-20T09:30:00", [
             ("Kontaktorsak", "Årskontroll KOL och hypertoni, planerad."),
             ("Anamnes", "Rökte 1 paket/dag i 35 år, slutade 2018 efter hjärtinfarkten. Hostar mest på morgonen "
                         "med vitt slem. Andfådd vid rask promenad i uppförsbacke, klarar två trappor utan paus. "
                         "Två förkylningar i vinter som satte sig i bröstet, ingen antibiotika. Väser ibland på "
                         "natten när det är kallt ute, och när dotterns katt är i närheten. Läkemedel: Spiolto "
                         "2 inh x 1, Airomir vb (2–3 ggr/v), Trombyl, Atorvastatin 80, Metoprolol 50, Ramipril 5."),
             ("Status", "AT gott. BT 132/78. P 64 reg. Sat 95 % rumsluft. Pulm: något förlängt exspirium, "
                        "enstaka ronki bilat som försvinner vid hosta. Inga ödem."),
             ("Spirometri", "FEV1 2,31 (68 % av pred), FVC 3,70, FEV1/FVC 0,62. Efter bronkdilatation "
                            "FEV1 2,64 (+14 %, +330 ml)."),
             ("Bedömning", "KOL GOLD 2 utan exacerbationer senaste året. Ev. inslag av astma med tanke på "
                           "reversibiliteten och nattliga besvär. Hypertoni välbehandlad. Status efter "
                           "hjärtinfarkt, stabil."),
             ("Planering", "Lägger till inhalationssteroid: Trimbow i stället för Spiolto, instruerat "
                           "inhalationsteknik. Influensa- och pneumokockvaccin givet idag. Ny spirometri om "
                           "3 mån. KOL-ssk för fysisk aktivitet på recept."),
         ]),
     must=["NL102"],
     why="Long COPD check: a single 'Ev. inslag av astma' among established diagnoses is NL102.")

# =========================================================================== NL102 -
case("vc-lipom-ingen-misstanke-om-malignitet", "vgr", "19710122-2730",
     mel("Läkaranteckning", V["vc_gibraltar"], "Ebba Grahn", "läkare",
         "2024-03-04T09:50:00", "2024-03-04T10:05:00", [
             ("Aktuellt", "Knöl på ryggen sedan ett år, växer inte, gör inte ont. Frun tyckte han skulle kolla."),
             ("Status", "Mjuk, rörlig, 3 cm subkutan resistens vä skulderblad, ej öm, ingen hudpåverkan."),
             ("Bedömning", "Lipom. Ingen misstanke om malignitet."),
             ("Planering", "Ingen åtgärd. Åter om den växer snabbt eller gör ont."),
         ]),
     must_not=["NL102"],
     why="Established lipoma and a negated suspicion ('Ingen misstanke om malignitet').")

case("vc-inga-tecken-pa-pneumoni", "vgr", "19871130-2664",
     mel("Läkaranteckning", V["vc_molnlycke"], "Isak Berglund", "läkare",
         "2024-02-01T10:30:00", "2024-02-01T10:45:00", [
             ("Anamnes", "Hosta och snuva 10 d, feber de första dagarna. Orolig för lunginflammation då "
                         "kollega haft det."),
             ("Status", "Temp 37,2. Sat 98 %. AF 14. Pulm: vesikulärt, inga biljud."),
             ("Lab", "CRP 9."),
             ("Bedömning", "Inga tecken på pneumoni. Viral övre luftvägsinfektion med kvardröjande hosta."),
             ("Planering", "Ingen antibiotika. Hostan kan sitta i flera veckor."),
         ]),
     must_not=["NL102"],
     why="Negated pneumonia ('Inga tecken på') and the patient's own worry are no hedged diagnosis.")

case("vc-dvt-uteslutes-muskelbristning", "vgr", "19590408-1493",
     mel("Läkaranteckning", V["vc_alingsas"], "Jenny Åberg", "läkare",
         "2024-06-05T15:20:00", "2024-06-05T15:45:00", [
             ("Anamnes", "Kände en 'smäll' i hö vad när han spelade padel i söndags. Svullen och blå sedan dess."),
             ("Resultat", "UL vener hö ben (akut via röntgen): inga tromber. DVT uteslutes."),
             ("Bedömning", "Partiell muskelbristning mediala gastrocnemius hö."),
             ("Planering", "Kompression, avlastning. Sjukgymnast om 1 v."),
         ]),
     must_not=["NL102"],
     why="'DVT uteslutes' is an excluded diagnosis; the muscle tear is established.")

case("vc-hereditet-moster-trol-ms-utkast", "vgr", "19950618-8847",
     mel("Läkaranteckning", V["vc_boras_n"], "Simon Carlsson", "läkare",
         "2024-04-24T11:10:00", None, [
             ("Aktuellt", "Domningar i hö hand nattetid sedan 2 mån, vaknar och skakar handen. Orolig för MS."),
             ("Hereditet", "Moster trol. MS, aldrig fullständigt utredd."),
             ("Status", "Pos Phalen och Tinel hö. Övrig neurologi ua, inga synbesvär."),
             ("Bedömning", "Karpaltunnelsyndrom hö. Neurologiskt i övrigt ua."),
             ("Planering", "Nattskena, ENeG om ej bättre om 2 mån."),
         ]),
     must_not=["NL102"],
     why="Unsigned draft: 'trol. MS' belongs to the aunt (family history); the patient's diagnosis is established.")

case("vc-tidigare-misstankt-astma-avskriven-barn", "vgr", "20160828-9193",
     mel("Läkaranteckning", V["vc_kortedala"], "Linda Hagberg", "läkare",
         "2024-01-11T16:00:00", "2024-01-11T16:20:00", [
             ("Anamnes", "Öronvärk hö sedan i natt, feber 38,5. Förkyld i 4 d."),
             ("Tidigare sjukdomar", "Utreddes 2021 för misstänkt astma, avskrevs efter normal spirometri och "
                                    "negativt ansträngningstest."),
             ("Status", "Hö trumhinna röd, buktande. Vä ua."),
             ("Bedömning", "Akut mediaotit hö."),
             ("Planering", "PcV mixtur 7 d. Alvedon vb."),
         ]),
     must_not=["NL102"],
     why="Boy of 7: 'misstänkt astma' is past history that was written off; today's otitis is established.")

case("vc-fragetecken-om-feberstart-ej-diagnos", "vgr", "19741025-7690",
     mel("Läkaranteckning", V["vc_hjallbo"], "Peter Nordin", "läkare",
         "2024-11-26T09:10:00", "2024-11-26T09:30:00", [
             ("Anamnes", "Via tolk (arabiska). Hostat en vecka, grönt slem. Feber sedan tisdag? Osäker på "
                         "exakt dag. Röker 10/dag."),
             ("Status", "Temp 37,8. Sat 97 %. Pulm: spridda ronki, inga krepitationer."),
             ("Bedömning", "Akut bronkit."),
             ("Planering", "Ingen antibiotika. Rökstopp diskuterat – intresserad? Återkommer."),
         ]),
     must_not=["NL102"],
     why="Question marks hedge the fever's start and the smoking-stop interest, not a diagnosis.")

case("skane-psyk-hereditet-pappa-trol-bipolar", "skane", "19980315-9210",
     mel("Läkaranteckning", S["psyk_hbg"], "Cecilia Lund", "läkare",
         "2024-01-17T10:00:00", "2024-01-17T10:40:00", [
             ("Hereditet", "Pappa trol. bipolär, aldrig utredd, långa perioder utan sömn och stora köp. "
                           "Farmor depression."),
             ("Aktuellt", "Nedstämd sedan i höstas efter avslutad relation, studerar på distans."),
             ("Psykiskt status", "Lätt sänkt, följsam affekt, inga psykotiska symtom. Ej suicidal."),
             ("Bedömning", "Depression, lindrig. Inga hypomana perioder enligt pat och hans mamma."),
             ("Planering", "Internet-KBT via 1177, återbesök 6 v."),
         ]),
     must_not=["NL102"],
     why="'Pappa trol. bipolär' is family history; the patient's depression is established and hypomania negated.")

case("vc-mojligen-sjukskrivning-lumbago", "vgr", "19800527-7762",
     mel("Läkaranteckning", V["vc_lerum"], "Sara Öberg", "läkare",
         "2024-10-29T08:30:00", "2024-10-29T08:50:00", [
             ("Anamnes", "Lyfte en tung låda på jobbet (förskola) igår, ont nedre delen av ryggen. Ingen "
                         "utstrålning, inga sensibilitetsstörningar."),
             ("Status", "Palpationsöm paravertebralt L4–S1. Lasègue neg bilat. Gång på tå och häl ua."),
             ("Bedömning", "Akut lumbago utan rotpåverkan."),
             ("Planering", "Hålla igång, Naproxen 5 d. Möjligen aktuellt med kort sjukskrivning om hon inte "
                           "klarar lyften nästa vecka, hör av sig då."),
         ]),
     must_not=["NL102"],
     why="'Möjligen' hedges a sick leave, not a diagnosis; the lumbago is established.")

case("dsk-hembesok-misstankt-fel-i-dosett", "vgr", "19310714-7229",
     mel("Sjuksköterskeanteckning", V["dsk_falkoping"], "Ylva Svensson", "distriktssköterska",
         "2024-05-02T13:30:00", "2024-05-02T13:50:00", [
             ("Aktuellt", "Hembesök. Känd hjärtsvikt och förmaksflimmer. Hemtjänsten rapporterar att pat var "
                          "yr och trött i helgen."),
             ("Status", "BT 104/62, P 58 oregelbunden. Vikt 61,2 (62,0). Inga ökade ödem."),
             ("Bedömning", "Misstänkt att dosetten fyllts fel förra veckan – två Metoprolol i morgonfacket i "
                           "stället för en. Opåverkad idag."),
             ("Åtgärd", "Dosetten rättad, avvikelse skriven. Dr informerad, BT-kontroll om 2 d."),
         ], setting="hemsjukvård"),
     must_not=["NL102"],
     why="'Misstänkt' concerns a dosing error in the pill organiser, not a diagnosis.")

case("vc-ingen-misstnake-om-dvt-typo", "vgr", "19660921-4843",
     mel("Läkaranteckning", V["vc_svenljunga"], "Sofie Knutsson", "läkare",
         "2024-08-28T11:30:00", None, [
             ("Anamnes", "Svullna fötter efter långflygning hem från Thailand, båda benen lika."),
             ("Status", "Symmetriska lätta ödem fotleder, vader mjuka, ej ömma. Wells 0."),
             ("Bedömning", "Ingen misstnake om DVT. Ödem efter långvarigt sittande."),
             ("Planering", "Högläge, rörelse. Åter om ensidig svullnad eller andfåddhet."),
         ]),
     must_not=["NL102"],
     why="Unsigned draft: negated suspicion with a typo ('Ingen misstnake om DVT').")

case("barnmott-misstanken-om-celiaki-avskriven", "vgr", "20170105-2142",
     mel("Läkaranteckning", V["barn_uddevalla"], "Maria Kjellberg", "läkare",
         "2024-09-12T14:00:00", "2024-09-12T14:30:00", [
             ("Aktuellt", "Remiss från vc pga magont och kort längd."),
             ("Lab", "tTG-IgA <1, totalt IgA normalt. Blodstatus, ferritin ua."),
             ("Bedömning", "Misstanken om celiaki är avskriven. Längden följer egen kurva -1,5 SD, föräldrarna "
                           "är korta. Funktionell buksmärta."),
             ("Planering", "Information och råd, ingen uppföljning här. Åter via vc vid viktnedgång."),
         ]),
     must_not=["NL102"],
     why="Girl of 7: the coeliac suspicion is written off by negative serology; no open hypothesis remains.")

case("vgr-psyk-sokord-tidiga-hypoteser-huntington", "vgr", "19860202-8774",
     mel("Läkaranteckning", V["psyk_skovde"], "Oskar Nilsson", "läkare",
         "2024-06-25T15:00:00", "2024-06-25T15:30:00", [
             ("Aktuellt", "Fortsatt depressiva symtom trots sertralin. Ofrivilliga ryckningar i fingrarna "
                          "enligt sambon."),
             ("Bedömning", "Depression, medelsvår, otillräcklig effekt. Byte till venlafaxin."),
             ("Tidiga hypoteser", "Pappan avled i Huntingtons sjukdom. Ev. begynnande Huntington hos pat – "
                                  "motoriken behöver bedömas av neurolog innan något tas upp med honom."),
         ]),
     must_not=["NL101", "NL102"],
     why="VGR psychiatry: the possible Huntington's is only under the filtered sökord Tidiga hypoteser.")

# =========================================================================== PMO
case("pmo-vc-trol-bihaleinflammation", "skane", "19800119-4128",
     pmo("Besök", S["vc_linero"], "Fredrik Sjöholm", "läkare",
         "2024-02-12T10:10:00", "2024-02-12T10:25:00", [
             ("Aktuellt", "Täppt i näsan 2 v, ont över kinderna vid framåtböjning, gulgrön snuva."),
             ("Bedömning", "Trol. bihåleinflammation, ingen feber."),
             ("Åtgärd", "Nezeril + koksaltsköljning. Antibiotika ej indicerat nu, åter om feber eller "
                        "ensidig svår värk."),
         ]),
     must_not=["NL102"],
     why="PMO vårdcentral: hedged sinusitis, but PMO never shows diagnoses.")

case("pmo-bvc-susp-kort-tungband", "skane", "20240318-7442",
     pmo("BVC-besök", S["bvc_staffanstorp"], "Lena Persson", "sjuksköterska",
         "2024-05-07T09:40:00", "2024-05-07T10:00:00", [
             ("Aktuellt", "Mamma har ont vid amning, bröstvårtorna spruckna. Flickan tappar taget."),
             ("Status", "Tungan hjärtformad vid skrik, begränsad lyftning."),
             ("Bedömning", "Susp. kort tungband."),
             ("Åtgärd", "Amningsobservation, tid hos BVC-läkare för ställningstagande till remiss ÖNH."),
         ]),
     must_not=["NL102"],
     why="PMO BVC: 'Susp. kort tungband' is not NL102 because PMO does not show diagnoses.")

case("pmo-um-misstankt-klamydia-utkast", "skane", "20051201-1537",
     pmo("Besök", S["um_landskrona"], "Mia Ljung", "barnmorska",
         "2024-04-04T15:20:00", None, [
             ("Aktuellt", "Sveda i urinröret och lite flytning sedan 5 d. Oskyddat sex med ny partner för 2 v sedan."),
             ("Bedömning", "Misstänkt klamydia eller gonorré."),
             ("Åtgärd", "Urinprov klamydia/gonorré, tar även HIV/syfilis. Ringer med svar."),
         ]),
     must_not=["NL102"],
     why="Unsigned PMO youth-clinic note: suspected chlamydia, not shown in Journalen from PMO.")

case("pmo-dsk-telefon-ev-uvi", "skane", "19350909-4920",
     pmo("Telefon", S["vc_tabelund"], "Karin Nilsson", "distriktssköterska",
         "2024-07-09T08:15:00", "2024-07-09T08:30:00", [
             ("Kontaktorsak", "Dottern ringer. Mamma förvirrad sedan igår, kissar ofta, luktar starkt om urinen."),
             ("Bedömning", "Ev. UVI med förvirring. Ingen feber uppmätt."),
             ("Åtgärd", "Hembesök av dsk idag em, urinsticka + odling. Kontakt med dr vid pos sticka."),
         ]),
     must_not=["NL102"],
     why="PMO district-nurse telephone note: 'Ev. UVI' is never a visible diagnosis in PMO.")

case("pmo-vc-angina-kan-ej-uteslutas", "skane", "19560606-6990",
     pmo("Besök", S["vc_nasby"], "Ola Brandt", "läkare",
         "2024-03-28T13:40:00", "2024-03-28T14:05:00", [
             ("Aktuellt", "Tryck över bröstet vid promenader i uppförsbacke sedan 1 mån, släpper efter vila 2–3 min."),
             ("Status", "BT 152/90. Cor: reg, inga blåsljud. EKG: sinusrytm, ua."),
             ("Bedömning", "Angina pectoris kan ej uteslutas."),
             ("Åtgärd", "Remiss arbetsprov, Trombyl, Nitrolingual vb. Akut vid vilovärk."),
         ]),
     must_not=["NL102"],
     why="PMO vårdcentral: 'kan ej uteslutas' would be NL102 in Melior but PMO shows no diagnoses.")


# =========================================================================== validate
CODES = {"NL101", "NL102"}


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{4})", pnr)
    if not m:
        return False
    digits = (m.group(1) + m.group(2) + m.group(3))[2:]
    total = 0
    for i, ch in enumerate(digits[:9]):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(digits[9])


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def sentences(text):
    for s in re.split(r"(?<=[.!?])\s+|\n", text):
        s = s.strip()
        if len(s) >= 25:
            yield s


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case", "?")
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{n}: keys {sorted(c)}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            errs.append(f"{n}: bad case name")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {c['ruleset']}")
        why = c["why"]
        if not why or "\n" in why:
            errs.append(f"{n}: why must be one non-empty line")
        r = c["record"]
        if set(r) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{n}: record keys {sorted(r)}")
        p = r["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            errs.append(f"{n}: patient keys")
        if not luhn_ok(p["id"]):
            errs.append(f"{n}: personnummer {p['id']} fails Luhn")
        bd = p["id"][0:4] + "-" + p["id"][4:6] + "-" + p["id"][6:8]
        if bd != p["birth_date"]:
            errs.append(f"{n}: birth_date does not match personnummer")
        try:
            birth = dt.date.fromisoformat(p["birth_date"])
            as_of = dt.datetime.fromisoformat(r["as_of"])
        except ValueError as e:
            errs.append(f"{n}: date {e}")
            continue
        if as_of.year != 2024:
            errs.append(f"{n}: as_of not in 2024")
        ids = set()
        for nt in r["notes"]:
            if set(nt) != {"id", "system", "template", "unit", "author", "time", "signed", "setting",
                           "refs", "sections"}:
                errs.append(f"{n}: note keys {sorted(nt)}")
            ids.add(nt["id"])
            if nt["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: system {nt['system']}")
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                errs.append(f"{n}: VGR cases are Melior only")
            pref = "SE2321000131-" if c["ruleset"] == "vgr" else "SE2321000255-"
            if not nt["unit"]["hsa_id"].startswith(pref):
                errs.append(f"{n}: HSA id does not match region")
            try:
                t = dt.datetime.fromisoformat(nt["time"])
                if t.year != 2024 or t > as_of:
                    errs.append(f"{n}: note time outside 2024 or after as_of")
                if nt["signed"] is not None:
                    s = dt.datetime.fromisoformat(nt["signed"])
                    if s < t or s.year != 2024 or s > as_of:
                        errs.append(f"{n}: signed before time / outside 2024 / after as_of")
            except ValueError as e:
                errs.append(f"{n}: time {e}")
                continue
            a = age_at(birth, t.date())
            if birth > t.date() or 13 <= a <= 15:
                errs.append(f"{n}: patient age {a} not allowed")
            if not nt["sections"]:
                errs.append(f"{n}: note without sections")
            for sec in nt["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(f"{n}: bad section")
                for snt in sentences(sec["text"]):
                    if snt in seen_sent and seen_sent[snt] != n:
                        errs.append(f"{n}: sentence repeated from {seen_sent[snt]}: {snt!r}")
                    seen_sent.setdefault(snt, n)
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: asserts nothing")
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(pairs) != len(set(pairs)):
            errs.append(f"{n}: code both in must and must_not (or repeated)")
        notes = {nt["id"]: nt for nt in r["notes"]}
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in CODES:
                    errs.append(f"{n}: code {code}")
                if target not in ids:
                    errs.append(f"{n}: target {target} missing")
                    continue
                nt = notes[target]
                if nt["system"] == "PMO" and code == "NL101":
                    errs.append(f"{n}: NL101 is not asserted on PMO notes")
                if nt["system"] == "PMO" and code == "NL102" and kind == "must":
                    errs.append(f"{n}: NL102 must on a PMO note")
    return errs


def main():
    errs = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # re-read and re-validate what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    if back != CASES:
        errs.append("written file does not round-trip")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print(f"{len(CASES)} cases -> {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    drafts = sum(1 for c in CASES if c["record"]["notes"][0]["signed"] is None)
    print(f"  unsigned drafts: {drafts}")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
