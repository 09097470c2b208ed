#!/usr/bin/env python3
"""Held-out test set s28h45: a district physician's and district nurse's weeks at two
primary-care centres (Vårdcentralen Tomelilla, Skåne/PMO, and Närhälsan Herrljunga
vårdcentral, VGR/Melior), with some Skåne hospital (Melior) notes from the närakut, ASIH
and outpatient clinics that the vårdcentral works with.

Codes asserted: NL101 and NL102 only. Standard library only, deterministic.
Run: python3 build.py  -> writes cases.jsonl next to this file, exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------- units / authors
UNITS = {
    # Skåne, primary care (PMO)
    "sk_vc": ("Vårdcentralen Tomelilla", "SE2321000255-T0M1"),
    "sk_dsk": ("Distriktssköterskemottagningen, Vårdcentralen Tomelilla", "SE2321000255-T0M2"),
    "sk_bvc": ("Barnavårdscentralen, Vårdcentralen Tomelilla", "SE2321000255-T0M3"),
    "sk_rehab": ("Rehabenheten, Vårdcentralen Tomelilla", "SE2321000255-T0M4"),
    # Skåne, hospital (Melior)
    "sk_nak": ("Närakuten, Lasarettet Ystad", "SE2321000255-Y5N8"),
    "sk_asih": ("ASIH Sydost, Lasarettet Ystad", "SE2321000255-Y5A2"),
    "sk_med": ("Medicinmottagningen, Lasarettet Ystad", "SE2321000255-Y5M4"),
    "sk_minne": ("Minnesmottagningen, Lasarettet Ystad", "SE2321000255-Y5G6"),
    "sk_kir": ("Kirurgmottagningen, Lasarettet Ystad", "SE2321000255-Y5K1"),
    # VGR (Melior)
    "vg_vc": ("Närhälsan Herrljunga vårdcentral", "SE2321000131-E7H2"),
    "vg_dsk": ("Närhälsan Herrljunga vårdcentral, distriktssköterskemottagning", "SE2321000131-E7H3"),
    "vg_bvc": ("Närhälsan Herrljunga barnavårdscentral", "SE2321000131-E7H4"),
    "vg_rehab": ("Närhälsan Herrljunga rehabmottagning", "SE2321000131-E7H5"),
    "vg_psy": ("Närhälsan Herrljunga vårdcentral, psykosocial enhet", "SE2321000131-E7H6"),
    "vg_med": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S3M1"),
}

AUTHORS = {
    "sk_dr1": ("Magnus Lindqvist", "läkare"),
    "sk_dr2": ("Fatima Al-Hassan", "läkare"),
    "sk_at": ("Emma Nyberg", "läkare"),
    "sk_ssk1": ("Karin Persson", "sjuksköterska"),
    "sk_ssk2": ("Lena Håkansson", "sjuksköterska"),
    "sk_bvc": ("Annika Holm", "sjuksköterska"),
    "sk_fys": ("Jonas Ek", "fysioterapeut"),
    "sk_usk": ("Birgitta Olsson", "undersköterska"),
    "sk_nak": ("Oskar Malmberg", "läkare"),
    "sk_nak2": ("Sanna Friberg", "läkare"),
    "sk_asih_dr": ("Lars Wallin", "läkare"),
    "sk_asih_ssk": ("Ulrika Sjöberg", "sjuksköterska"),
    "sk_med": ("Henrik Sandell", "läkare"),
    "sk_minne": ("Eva Rosén", "läkare"),
    "sk_kir": ("Daniel Åkesson", "läkare"),
    "vg_dr1": ("Per-Olof Svensson", "läkare"),
    "vg_dr2": ("Ingrid Karlsson", "läkare"),
    "vg_st": ("Ahmed Yusuf", "läkare"),
    "vg_at": ("Johanna Andersson", "läkare"),
    "vg_dr3": ("Gunnar Hedlund", "läkare"),
    "vg_dsk1": ("Marie Gustafsson", "sjuksköterska"),
    "vg_ssk2": ("Elin Johansson", "sjuksköterska"),
    "vg_bvc": ("Linnea Strand", "sjuksköterska"),
    "vg_fys": ("Mikael Berg", "fysioterapeut"),
    "vg_psy": ("Hanna Lind", "psykolog"),
    "vg_kur": ("Tove Ahlberg", "kurator"),
    "vg_med": ("Karolina Wiik", "läkare"),
}


def note(nid, system, template, unit, author, time, signed, sections, refs=()):
    """One note as data. time/signed as 'YYYY-MM-DDTHH:MM'; signed may be None."""
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": unit,
        "author": author,
        "time": time,
        "signed": signed,
        "refs": list(refs),
        "sections": [list(s) for s in sections],
    }


CASES = []

# ================================================================ part 1 (VGR, vårdcentral)
CASES += [
    dict(
        case="s28h45_vgr_tel_misstankt_pneumoni_kol",
        ruleset="vgr", pnr="19471226-3393",
        notes=[note("n1", "Melior", "Telefonkontakt", "vg_vc", "vg_dr2",
                    "2024-01-15T09:40", "2024-01-15T10:05", [
            ("Kontaktorsak", "Hustrun ringer. Hosta sedan en vecka, nu feber 38,9 och andfåddhet vid lätt ansträngning."),
            ("Telefonkontakt", "Pratar även med pat själv, låter andfådd men klar och orienterad. Ingen bröstsmärta. Äter och dricker."),
            ("Bedömning", "Misstänkt pneumoni hos äldre man med KOL i botten. Behöver undersökas i dag."),
            ("Åtgärd", "Akuttid 11.20 hos undertecknad, CRP och saturation vid ankomst."),
        ])],
        must=[["NL102", "n1"]], must_not=[["NL101", "n1"]],
        why="'Misstänkt pneumoni' stands in the visible Bedömning of a VGR Melior phone note; nothing is said about telling.",
    ),
    dict(
        case="s28h45_vgr_trolig_pyelonefrit_at",
        ruleset="vgr", pnr="19850515-6029",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_at",
                    "2024-02-06T14:10", "2024-02-06T15:30", [
            ("Aktuellt", "Sveda vid miktion sedan fyra dagar, i går frossa och ont i vänster flank. Tagit Alvedon."),
            ("Status", "AT: opåverkad. Temp 38,6. Dunkömhet vä njurloge. Buk mjuk, ingen défense. U-sticka: nitrit +, leuk 3+."),
            ("Bedömning", "Trolig pyelonefrit vänster sida, cirkulatoriskt stabil, klarar peroral behandling."),
            ("Åtgärd", "U-odling skickad. Ciprofloxacin 500 mg x 2 i 7 dagar. Ny kontakt om ej feberfri inom två dygn."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Trolig pyelonefrit' in the visible Bedömning of a Melior note (VGR).",
    ),
    dict(
        case="s28h45_vgr_lang_journal_huvudvark_dd_migran",
        ruleset="vgr", pnr="19910114-2207",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_st",
                    "2024-02-20T10:30", "2024-02-20T16:45", [
            ("Kontaktorsak", "Återkommande huvudvärk sedan hösten, tilltagande frekvens."),
            ("Anamnes", "33-årig kvinna, förskollärare, tidigare frisk. Inga regelbundna läkemedel förutom kombinerade p-piller. Röker ej, alkohol sparsamt. Hereditet: mor har migrän."),
            ("Aktuellt", "Huvudvärk 2-3 ggr/vecka sedan oktober, pulserande, oftast vänstersidig, varar 6-12 timmar. Illamående och ljuskänslighet under attackerna, vill ligga i mörkt rum. Ingen aura beskrivs, inga synbortfall eller domningar. Värken väcker henne inte nattetid. Har ökat Ipren till nästan dagligen senaste månaden. Sover dåligt, mycket stress på jobbet efter omorganisation."),
            ("Status", "AT: gott, opåverkad. BT 124/78 hö arm. Cor: regelbunden rytm, inga blåsljud. Neurologiskt: pupiller lika, reagerar för ljus. Ögonrörelser ua, ingen nystagmus. Facialis ua. Grov kraft och sensibilitet ua i alla fyra extremiteter. Romberg ua, finger-näs ua. Nacke: ömma m. trapezius bilat, god rörlighet. Fundoskopi: skarpa papillgränser."),
            ("Bedömning", "DD migrän utan aura, spänningshuvudvärk eller blandform, möjligen med inslag av läkemedelsöverförbrukningshuvudvärk. Inga röda flaggor, normalt neurologstatus. P-pillren bör ses över om migrän blir slutdiagnos."),
            ("Planering", "Huvudvärksdagbok i fyra veckor. Minska Ipren till max 2 dagar/vecka. Sumatriptan 50 mg provas vid attack. Återbesök om 5 veckor."),
        ])],
        must=[["NL102", "n1"]], must_not=[["NL101", "n1"]],
        why="Long multi-section chart whose visible Bedömning lists a differential (DD migrän ... möjligen ...); nothing about telling.",
    ),
    dict(
        case="s28h45_vgr_tennis_leg_ingen_misstanke_dvt",
        ruleset="vgr", pnr="19940309-5574",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr1",
                    "2024-03-04T08:50", "2024-03-04T09:20", [
            ("Aktuellt", "Vadsmärta hö efter fotbollsträning i lördags, kände ett knäpp. Flög hem från Teneriffa för två veckor sedan."),
            ("Status", "Lokal ömhet mediala gastrocnemiushuvudet. Ingen svullnad, vadomfång lika bilat (38 cm). Ingen rodnad eller värmeökning."),
            ("Bedömning", "Partiell ruptur mediala gastrocnemius (tennis leg). Wells 0 och D-dimer <0,3, ingen misstanke om djup ventrombos."),
            ("Åtgärd", "Kompressionsbinda, avlastning några dagar, sedan successiv belastning. Fysioterapeut vid behov."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="The only hedge-like mention is negated ('ingen misstanke om djup ventrombos'); the stated diagnosis is certain.",
    ),
    dict(
        case="s28h45_vgr_gonartros_ev_remiss_ortoped",
        ruleset="vgr", pnr="19530806-7528",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr3",
                    "2024-03-11T13:15", "2024-03-11T13:50", [
            ("Aktuellt", "Knävärk bilat sedan flera år, nu sämre i trappor. Går dagligen med hunden trots värken."),
            ("Status", "Krepitationer bilat, lätt varusfelställning. Ingen hydrops. Full extension, flexion 120 grader bilat."),
            ("Utredning", "Rtg knän bilat 2024-02-28: uttalad medial ledspaltsminskning och osteofyter på båda sidor."),
            ("Bedömning", "Gonartros bilat, radiologiskt verifierad. Nuvarande smärtlindring räcker inte fullt ut."),
            ("Planering", "Artrosskola via rehab. Paracetamol 1 g x 3 regelbundet. Ev. remiss ortoped för protesbedömning om otillräcklig effekt efter artrosskolan."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hard negative: 'Ev.' hedges a plan (remiss ortoped); the diagnosis gonartros is confirmed.",
    ),
    dict(
        case="s28h45_vgr_pmr_talar_for",
        ruleset="vgr", pnr="19490502-8066",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-03-14T10:00", "2024-03-14T11:40", [
            ("Aktuellt", "Sex veckors stelhet och värk i axlar och höfter, värst på morgonen, svårt att ta på sig kappan. Ingen huvudvärk, inga synstörningar, ingen käkklaudikation."),
            ("Status", "Smärtsam aktiv abduktion axlar bilat, passivt nästan full rörlighet. Inga synoviter i händerna. Temporalisartärer palpabla, ej ömma."),
            ("Lab", "SR 58, CRP 34, Hb 118. CK och TSH normala."),
            ("Bedömning", "Anamnes och lab talar för polymyalgia reumatica."),
            ("Åtgärd", "Prednisolon 15 mg x 1, kalk/D-vitamin. Kontroll av SR, CRP och symtom om en vecka, förväntas snabb förbättring."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'talar för polymyalgia reumatica' is a hedged diagnosis in the visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_mor_troligen_alzheimer_pat_normal",
        ruleset="vgr", pnr="19630615-9291",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_at",
                    "2024-04-02T09:00", "2024-04-02T12:10", [
            ("Kontaktorsak", "Orolig för minnet efter att ha glömt ett viktigt möte på jobbet."),
            ("Hereditet", "Mor fick troligen Alzheimers sjukdom i 70-årsåldern men blev aldrig utredd. Morbror hade Parkinson."),
            ("Aktuellt", "Stressig period med nytt affärssystem på jobbet, sover 5-6 timmar per natt. Hittar rätt, sköter ekonomi och bilkörning utan problem. Hustrun har inte märkt något."),
            ("Status", "MMSE-SR 30/30. Klocktest ua. Stämningsläge neutralt, något spänd."),
            ("Bedömning", "Subjektiva minnesbesvär i samband med stress och sömnbrist. Normal kognitiv screening."),
            ("Planering", "Sömnråd. Ny kontakt om besvären tilltar eller om omgivningen märker förändring."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="The hedged diagnosis ('troligen Alzheimers sjukdom') belongs to the mother, not the patient.",
    ),
    dict(
        case="s28h45_vgr_hba1c_diabetes_ej_informerad",
        ruleset="vgr", pnr="19660304-3057",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr1",
                    "2024-04-08T15:20", "2024-04-08T15:45", [
            ("Provsvar", "HbA1c 74 mmol/mol (2024-03-25) och 71 mmol/mol (2024-04-05). fP-glukos 9,4."),
            ("Bedömning", "Två HbA1c över 48, diagnosen diabetes mellitus typ 2 är därmed ställd."),
            ("Information", "Sökt pat på mobilen två gånger i eftermiddag utan svar. Pat är ännu inte informerad om diagnosen."),
            ("Planering", "Ssk ringer i morgon och bokar läkartid inom en vecka, därefter diabetessköterska."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Confirmed diabetes in a visible section while the note says the patient is not yet informed of the diagnosis.",
    ),
    dict(
        case="s28h45_vgr_diabetes_informerad_per_telefon",
        ruleset="vgr", pnr="19890701-9221",
        notes=[note("n1", "Melior", "Telefonkontakt", "vg_vc", "vg_st",
                    "2024-04-17T11:05", "2024-04-17T11:30", [
            ("Telefonkontakt", "Ringt pat angående provsvaren. HbA1c 56 och 59 med tre veckors mellanrum."),
            ("Bedömning", "Typ 2-diabetes. Tidigare graviditetsdiabetes 2019, BMI 33."),
            ("Information", "Pat informerad om diagnosen i dag per telefon, hade räknat med det efter förra provet. Fick info om levnadsvanor och att metformin är förstahandsval."),
            ("Planering", "Metformin 500 mg x 1 med upptrappning enligt lapp via 1177. Diabetessköterska om tre veckor, fotstatus och ögonbottenfoto bokas."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="Confirmed diabetes and the note says the patient was told today; no hedge.",
    ),
    dict(
        case="s28h45_vgr_sokord_tidiga_hypoteser_myelom",
        ruleset="vgr", pnr="19420504-5885",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-04-22T13:30", "2024-04-22T16:05", [
            ("Aktuellt", "Ryggvärk sedan februari, trött, tappat 4 kg. Ingen feber."),
            ("Lab", "SR 92, Hb 101, kreatinin 118, S-Ca 2,71. Elfores: avvikande proteinmönster med smal topp i gammaområdet."),
            ("Bedömning", "Anemi och hyperkalcemi hos 82-årig kvinna med ryggsmärta. Behöver hematologisk utredning skyndsamt."),
            ("Åtgärd", "Remiss hematologmottagningen SÄS, skelettröntgen via dem. Ökat vätskeintag, ny Ca-kontroll på fredag."),
            ("Tidiga hypoteser", "Misstänkt multipelt myelom. Pat ej informerad om misstanken, vill avvakta hematologens bedömning innan diagnosen nämns för henne."),
        ])],
        must=[], must_not=[["NL102", "n1"], ["NL101", "n1"]],
        why="Both the hedged myeloma and the not-informed statement sit only under the VGR sökord Tidiga hypoteser; visible text has only confirmed anemia/hypercalcemia.",
    ),
    dict(
        case="s28h45_vgr_mall_tidiga_hypoteser_sokord_bedomning",
        ruleset="vgr", pnr="19550324-8311",
        notes=[note("n1", "Melior", "Tidiga hypoteser", "vg_vc", "vg_dr1",
                    "2024-05-06T10:40", "2024-05-06T11:15", [
            ("Bedömning", "Lätt vilotremor hö hand, minskad medrörelse hö arm och något hasande gång. Misstänkt tidig Parkinsons sjukdom, remiss neurologmottagningen."),
            ("Planering", "Återkoppling efter neurologbedömningen."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="VGR protects by sökord, not template: the hedged Parkinson diagnosis stands under the visible sökord Bedömning even though the template is named Tidiga hypoteser.",
    ),
    dict(
        case="s28h45_vgr_typo_missankt_neuroborrelios",
        ruleset="vgr", pnr="19831208-1618",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_at",
                    "2024-08-19T08:30", "2024-08-19T09:55", [
            ("Aktuellt", "Vaknade i går med hängande vänster mungipa, svårt att blunda på vänster öga. Fästingbett i juni, minns rodnad runt bettet. Värk i nacke och skuldror senaste veckan."),
            ("Status", "Perifer facialispares vä inkl. pannan (House-Brackmann III). Övrigt neurostatus ua. Inget kvarvarande erytem."),
            ("Bedömning", "Missänkt neuroborrelios med facialispares."),
            ("Åtgärd", "Diskuterat med infektionsjouren SÄS, LP bokad i morgon. Ögonskydd nattetid och ögondroppar."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo in the hedge ('Missänkt'): suspected neuroborreliosis in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_villkor_njurbackeninflammation",
        ruleset="vgr", pnr="20020622-6169",
        notes=[note("n1", "Melior", "Telefonkontakt", "vg_dsk", "vg_dsk1",
                    "2024-05-13T08:20", "2024-05-13T08:40", [
            ("Kontaktorsak", "Sveda och täta trängningar sedan i går, ingen feber, inga flanksmärtor. Ej gravid."),
            ("Bedömning", "Okomplicerad nedre urinvägsinfektion hos ung frisk kvinna."),
            ("Åtgärd", "Pivmecillinam 400 mg x 3 i 3 dagar ordinerat av dr Svensson. Om feber eller flanksmärta tillkommer kan det röra sig om njurbäckeninflammation och hon ska då söka samma dag."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hard negative: 'kan det röra sig om njurbäckeninflammation' is hypothetical (om feber ... tillkommer); the actual diagnosis is certain.",
    ),
    dict(
        case="s28h45_vgr_ej_informerad_om_operationsdatum",
        ruleset="vgr", pnr="19980612-3973",
        notes=[note("n1", "Melior", "Sjuksköterskeanteckning", "vg_dsk", "vg_ssk2",
                    "2024-05-21T14:00", "2024-05-21T14:25", [
            ("Aktuellt", "Ljumskbråck hö, opereras på dagkirurgen i Alingsås. Ringer och undrar över väntetiden."),
            ("Åtgärd", "Kontaktat dagkirurgen: planerad till vecka 25, exakt operationsdatum ej satt. Pat ej informerad om operationsdatum än, får kallelse per brev."),
            ("Råd", "Undvika tunga lyft. Söka akut vid smärtsamt bråck som inte går att trycka tillbaka."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="What the patient has not been told is a date, not a diagnosis; the hernia is known to him.",
    ),
]

# ================================================================ part 2 (Skåne: PMO vårdcentral + Melior hospital)
CASES += [
    dict(
        case="s28h45_sk_pmo_misstankt_koloncancer_svf",
        ruleset="skane", pnr="19620306-5179",
        notes=[note("n1", "PMO", "Läkarbesök", "sk_vc", "sk_dr1",
                    "2024-01-23T10:00", "2024-01-23T12:30", [
            ("Kontaktorsak", "Blod i avföringen sedan en månad, ändrade avföringsvanor."),
            ("Anamnes", "Tidigare frisk, tar inga mediciner. Far opererad för tjocktarmscancer vid 70 års ålder."),
            ("Status", "Buk mjuk, oöm, inga palpabla resistenser. PR: ingen palpabel tumör, mörkt blod på handsken."),
            ("Lab", "Hb 112 (för ett år sedan 145), ferritin 8. F-Hb pos."),
            ("Bedömning", "Misstänkt koloncancer. Uppfyller kriterierna för standardiserat vårdförlopp tjock- och ändtarmscancer."),
            ("Åtgärd", "SVF-remiss till koloskopi och DT thorax-buk. Pat informerad om att det är ett snabbspår och varför. Järntabletter."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hedged cancer diagnosis in a PMO note: PMO never shows diagnoses in Skåne, so NL102 must stay silent.",
    ),
    dict(
        case="s28h45_sk_pmo_trolig_depression_madrs",
        ruleset="skane", pnr="20000610-1893",
        notes=[note("n1", "PMO", "Besöksanteckning", "sk_vc", "sk_dr2",
                    "2024-02-01T13:00", "2024-02-01T14:10", [
            ("Aktuellt", "Nedstämd sedan flytten från Malmö i höstas, sover dåligt, orkar inte träffa kompisar. Har sagt upp sig från lagret. Inga suicidtankar, inga planer, tänker på sin lillasyster."),
            ("Status", "Vaken, orienterad, sänkt grundstämning, begränsad mimik. Ingen psykotisk symtombild."),
            ("Bedömning", "Trolig depression av medelsvår grad, MADRS-S 28. Låg suicidrisk enligt strukturerad bedömning."),
            ("Planering", "Remiss till KBT-terapeut på vårdcentralen. Sertralin 50 mg diskuterat, pat vill fundera. Återbesök om två veckor."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="'Trolig depression' in a Skåne PMO note: not shown to the patient, so no NL102.",
    ),
    dict(
        case="s28h45_sk_narakut_susp_appendicit",
        ruleset="skane", pnr="19961104-3218",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-02-10T19:20", "2024-02-10T20:05", [
            ("Kontaktorsak", "Buksmärta sedan i går kväll, debuterade runt naveln, nu i höger fossa."),
            ("Aktuellt", "Illamående, kräkts en gång. Ingen diarré. Aptitlös. Temp hemma 37,9."),
            ("Status", "Påverkad av smärta. Ömhet och släppömhet McBurney, Rovsing pos. Ingen défense. Psoastecken pos hö."),
            ("Lab", "CRP 46, LPK 13,8."),
            ("Bedömning", "Susp. appendicit, Alvarado 8."),
            ("Åtgärd", "Fastande. Remiss kirurgjouren Ystad, pat går dit direkt med remissen."),
        ])],
        must=[["NL102", "n1"]], must_not=[["NL101", "n1"]],
        why="'Susp. appendicit' in a visible Bedömning of a Skåne Melior (närakut) note; nothing about telling.",
    ),
    dict(
        case="s28h45_sk_melior_mall_tidiga_hypoteser_als",
        ruleset="skane", pnr="19590115-4590",
        notes=[
            note("n1", "Melior", "Läkaranteckning", "sk_med", "sk_med",
                 "2024-02-15T09:00", "2024-02-15T11:20", [
                ("Kontaktorsak", "Remiss från Vårdcentralen Tomelilla pga svaghet i vänster hand sedan i höstas."),
                ("Status", "Nedsatt kraft i vä hands intrinsiska muskler. Övrigt se separat anteckning."),
                ("Planering", "Neurografi och EMG bokas om tre veckor. Återbesök efter undersökningen."),
            ]),
            note("n2", "Melior", "Tidiga hypoteser", "sk_med", "sk_med",
                 "2024-02-15T11:25", "2024-02-15T11:40", [
                ("Bedömning", "Fascikulationer i båda underarmarna och i tungan, atrofi i thenar vä samt livliga reflexer. Kan röra sig om ALS."),
                ("Information", "Pat ännu inte informerad om denna misstanke, vi avvaktar EMG."),
            ]),
        ],
        must=[], must_not=[["NL102", "n2"], ["NL101", "n2"]],
        why="Skåne protects by template: the hedged ALS and the not-told statement sit in a note whose template is Tidiga hypoteser.",
    ),
    dict(
        case="s28h45_sk_melior_sokord_tidiga_hypoteser_i_vanlig_mall",
        ruleset="skane", pnr="19861024-7499",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_med", "sk_med",
                    "2024-03-05T14:00", "2024-03-05T15:35", [
            ("Aktuellt", "Remitterad från vårdcentralen pga ömmande knölar på smalbenen och torrhosta sedan februari."),
            ("Status", "Rodnade, ömma noduli på båda tibiakanterna. Lungor: vesikulärt bilat. Fotleder lätt svullna."),
            ("Tidiga hypoteser", "Trolig sarkoidos (Löfgrens syndrom) med bilaterala hiluslymfkörtlar på lungröntgen."),
            ("Planering", "DT thorax, ACE och kalcium. Bronkoskopi diskuteras på röntgenronden."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Skåne protects by template, not sökord: 'Trolig sarkoidos' under a sökord called Tidiga hypoteser inside an ordinary Läkaranteckning is visible.",
    ),
    dict(
        case="s28h45_sk_pmo_mall_tidiga_hypoteser_alkohol_pankreatit",
        ruleset="skane", pnr="19720727-4965",
        notes=[note("n1", "PMO", "Tidiga hypoteser", "sk_vc", "sk_dr1",
                    "2024-03-07T16:10", "2024-03-07T16:30", [
            ("Bedömning", "Återkommande oklara buksmärtor och viktnedgång, alkoholvanor underrapporterade enligt maken. Misstänkt alkoholberoende med möjlig kronisk pankreatit."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hedged diagnoses in a PMO note written in the Tidiga hypoteser template: protected twice over.",
    ),
    dict(
        case="s28h45_sk_asih_bild_som_vid_levermetastasering",
        ruleset="skane", pnr="19440107-6700",
        notes=[note("n1", "Melior", "Hembesök", "sk_asih", "sk_asih_dr",
                    "2024-03-12T10:30", "2024-03-12T13:00", [
            ("Bakgrund", "Pankreascancer diagnostiserad i januari, avstått från cytostatika. Inskriven i ASIH sedan februari."),
            ("Aktuellt", "Maken rapporterar gulfärgning av ögonvitor sedan tre dagar, mörk urin och klåda. Äter små portioner."),
            ("Status", "Ikterisk. Leverkant palpabel 4 fingerbredder under arcus, knölig. Ingen ascites kliniskt."),
            ("Bedömning", "Bild som vid levermetastasering och/eller gallvägsobstruktion."),
            ("Planering", "Lab i morgon: bilirubin, ALP, leverstatus. Diskutera med pat och make om avlastande stent är aktuellt eller inte."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Bild som vid levermetastasering' is an uncertain new diagnosis in a visible Bedömning of a Skåne Melior home-visit note.",
    ),
    dict(
        case="s28h45_sk_narakut_influensa_inga_tecken_sepsis",
        ruleset="skane", pnr="19931026-6235",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak2",
                    "2024-01-29T21:15", "2024-01-29T22:00", [
            ("Aktuellt", "Feber 39,5 sedan två dagar, muskelvärk, torrhosta, huvudvärk. Flera på jobbet sjuka."),
            ("Status", "Varm, ej allmänpåverkad. AF 18, sat 97 %, puls 96, BT 128/74. Ej nackstel. Lungor: vesikulärt. Inga petekier."),
            ("Lab", "Influensa A-PCR pos. CRP 22."),
            ("Bedömning", "Influensa A. Inga tecken på sepsis och ingen misstanke om meningit. NEWS 2."),
            ("Åtgärd", "Egenvård, vätska, febernedsättande. Sjukskrivning en vecka."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Confirmed influenza; sepsis and meningitis are only mentioned negated.",
    ),
    dict(
        case="s28h45_sk_asih_skelettmetastaser_ej_informerad",
        ruleset="skane", pnr="19360515-4297",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_asih", "sk_asih_dr",
                    "2024-06-12T15:00", "2024-06-12T15:40", [
            ("Bakgrund", "Prostatacancer med kända skelettmetastaser i bäckenet sedan 2022, hormonbehandlad. Ökande värk i ryggen."),
            ("Utredning", "DT thorax-buk 2024-06-10: progress med nya skelettmetastaser i Th8 och L2 samt i flera revben. Ingen medullakompression."),
            ("Information", "Pat ännu ej informerad om progressen. Dottern önskar vara med vid beskedet som planeras till torsdag."),
            ("Planering", "Höjer Oxynorm. Kontakt med onkologen om strålbehandling mot Th8."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="New metastases (a diagnosis) stand in visible text while the note says the patient is not yet informed; nothing is hedged.",
    ),
    dict(
        case="s28h45_sk_pmo_trol_hypotyreos_ej_informerad",
        ruleset="skane", pnr="19690704-9388",
        notes=[note("n1", "PMO", "Journalanteckning", "sk_vc", "sk_dr2",
                    "2024-02-19T15:50", "2024-02-19T16:00", [
            ("Provsvar", "TSH 9,8, fritt T4 11. TPO-ak förhöjda."),
            ("Bedömning", "Trol. begynnande hypotyreos, Hashimoto. Pat ej informerad ännu, ssk ringer."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hedged hypothyroidism in PMO: no NL102; NL101 is not asserted on PMO.",
    ),
    dict(
        case="s28h45_sk_pmo_bvc_ev_sprakstorning",
        ruleset="skane", pnr="20220527-4786",
        notes=[note("n1", "PMO", "BVC-besök", "sk_bvc", "sk_bvc",
                    "2024-11-12T09:30", "2024-11-12T10:30", [
            ("Besök", "2,5-årsbesök med mamma. Äter och sover bra, går på förskola sedan augusti."),
            ("Utveckling", "Använder ca 10 enstaka ord, inga tvåordsmeningar. Förstår enkla uppmaningar, pekar, god ögonkontakt, leker låtsaslek med dockan."),
            ("Bedömning", "Ev. språkstörning, hörseln bör kontrolleras först."),
            ("Åtgärd", "Remiss hörselscreening och logoped. Ny kontakt BVC-ssk om tre månader."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="A hedged diagnosis for a 2-year-old in a PMO BVC note: PMO does not show diagnoses.",
    ),
    dict(
        case="s28h45_sk_narakut_typo_sannolkit_uretarsten",
        ruleset="skane", pnr="19780613-3471",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-04-14T08:45", "2024-04-14T09:30", [
            ("Aktuellt", "Plötslig kolikartad smärta vä flank som strålar mot ljumsken sedan i morse, kan inte ligga still. Kräkts två gånger."),
            ("Status", "Orolig, blek. Dunkömhet vä. Buk mjuk. U-sticka: blod 3+, nitrit neg. Temp 37,1."),
            ("Bedömning", "Sannolkit uretärsten vänster, ingen feber."),
            ("Åtgärd", "Diklofenak 50 mg iv med god effekt. DT urinvägar beställd akut."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo in the hedge ('Sannolkit'): probable ureteral stone in a visible Bedömning, Skåne Melior.",
    ),
    dict(
        case="s28h45_sk_narakut_distorsion_ev_rtg_trolig_atergang",
        ruleset="skane", pnr="20041123-2929",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak2",
                    "2024-04-20T17:40", "2024-04-20T18:10", [
            ("Aktuellt", "Vrickade hö fot på handbollsträning för två timmar sedan, kunde inte fortsätta spela."),
            ("Status", "Svullnad och ömhet framför laterala malleolen. Ingen ömhet över malleolspetsar, os naviculare eller basen av MT5. Kan ta fyra steg."),
            ("Bedömning", "Distorsion hö fotled, Ottawa-reglerna negativa."),
            ("Planering", "Tejpning och högläge. Ev. rtg om hon inte kan belasta inom en vecka. Trolig återgång till träning om 3-4 veckor."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hard negative: 'Ev. rtg' and 'Trolig återgång till träning' hedge plans, not a diagnosis; the sprain is certain.",
    ),
    dict(
        case="s28h45_sk_asih_pat_informerad_maken_ej",
        ruleset="skane", pnr="19560520-1028",
        notes=[note("n1", "Melior", "Omvårdnadsanteckning", "sk_asih", "sk_asih_ssk",
                    "2024-05-08T11:00", "2024-05-08T12:15", [
            ("Aktuellt", "Hembesök. Pat har fått besked av onkologen att äggstockscancern spridit sig till bukhinnan och att ingen mer cytostatika ges."),
            ("Samtal", "Pat informerad och samlad, vill själv berätta för maken i helgen. Maken ännu ej informerad om spridningen enligt pat önskemål."),
            ("Omvårdnad", "Ascites ger tyngdkänsla, tappning diskuteras med ASIH-läkaren. Smärta VAS 3 på nuvarande dos."),
        ])],
        must=[], must_not=[["NL101", "n1"]],
        why="The patient has been told about the spread; only her husband has not.",
    ),
    dict(
        case="s28h45_sk_pmo_dsk_hembesok_trolig_uvi_konfusion",
        ruleset="skane", pnr="19310511-6903",
        notes=[note("n1", "PMO", "Hembesök", "sk_dsk", "sk_ssk1",
                    "2024-05-16T13:20", "2024-05-16T15:00", [
            ("Hembesök", "Hembesök på begäran av hemtjänsten. Pat mer förvirrad sedan två dagar, luktande urin, nytillkommen inkontinens."),
            ("Status", "Temp 37,8. Puls 92, BT 118/70. Torra slemhinnor. U-sticka: nitrit pos, leuk 2+."),
            ("Bedömning", "Trolig UVI med akut konfusion hos 93-åring, ev. även exsickos."),
            ("Åtgärd", "Konsulterat dr Lindqvist: urinodling, pivmecillinam. Hemtjänsten ska erbjuda dryck varje timme."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="District nurse's home visit in PMO with hedged UVI/exsickos: PMO hides diagnoses.",
    ),
]

# ================================================================ part 3 (VGR, telling the patient)
CASES += [
    dict(
        case="s28h45_vgr_pad_melanom_pat_ej_nadd",
        ruleset="vgr", pnr="19810404-8361",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr2",
                    "2024-06-03T16:10", "2024-06-03T16:30", [
            ("Provsvar", "PAD från excision av pigmenterad förändring vä skulderblad: malignt melanom, superficiellt spridande typ, Breslow 0,8 mm, radikalt exciderat med snäv marginal."),
            ("Information", "Sökt pat per telefon förmiddag och eftermiddag, ej nådd. Hon har alltså ännu inte fått beskedet."),
            ("Planering", "Ny uppringning i morgon. Remiss för utvidgad excision och portvaktskörtel till plastikkirurgen SU."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Confirmed melanoma in visible text; the note says the patient could not be reached and has not been told.",
    ),
    dict(
        case="s28h45_vgr_basaliom_besked_i_senare_anteckning",
        ruleset="vgr", pnr="19500927-9786",
        notes=[
            note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr1",
                 "2024-06-10T15:00", "2024-06-10T15:10", [
                ("Provsvar", "PAD: basalcellscancer, nodulär typ, ej radikalt exciderad i djupled."),
                ("Information", "Pat ej informerad ännu, besked ges vid återbesöket på torsdag då ny excision planeras."),
            ]),
            note("n2", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr1",
                 "2024-06-13T09:30", "2024-06-13T10:00", [
                ("Aktuellt", "Återbesök. Gått igenom PAD-svaret: basalcellscancer på vänster näsvinge, ej radikalt borttagen."),
                ("Information", "Pat informerad, tog beskedet lugnt och hade inga fler frågor."),
                ("Åtgärd", "Remiss hudkliniken SÄS för Mohs-kirurgi. Solskyddsråd."),
            ]),
        ],
        must=[["NL101", "n1"]], must_not=[["NL101", "n2"]],
        why="The first note withholds the basal cell carcinoma (NL101); the later note tells the patient, so it must not fire there.",
    ),
    dict(
        case="s28h45_vgr_prostatacancer_urologen_informerar",
        ruleset="vgr", pnr="19510502-7717",
        notes=[note("n1", "Melior", "Remissvarsanteckning", "vg_vc", "vg_dr1",
                    "2024-06-18T08:15", "2024-06-18T08:40", [
            ("Remissvar", "Svar från urologmottagningen SÄS: MR prostata PI-RADS 5, riktade biopsier visar prostatacancer Gleason 3+4=7 i fyra av tolv biopsier."),
            ("Information", "Pat har ännu inte fått besked. Urologen informerar vid besök 26/6, tills dess ska vi inte ta upp svaret med honom om han ringer."),
            ("Planering", "Ingen åtgärd från vårdcentralen just nu. Lipidkontroll enligt tidigare plan i höst."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Prostate cancer confirmed by biopsy stands in visible text with an explicit 'not yet told, do not raise it' statement.",
    ),
    dict(
        case="s28h45_vgr_remissen_ej_meddelad_formaksflimmer",
        ruleset="vgr", pnr="19511009-9750",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_st",
                    "2024-06-24T10:00", "2024-06-24T11:15", [
            ("Aktuellt", "Känt förmaksflimmer sedan 2021, permanent. Ökande andfåddhet i trappor senaste månaden."),
            ("Status", "Oregelbunden rytm, frekvens 104. Lätta underbensödem bilat. Lungor: basala rassel hö."),
            ("Bedömning", "Förmaksflimmer med otillräcklig frekvenskontroll. NT-proBNP 2100."),
            ("Åtgärd", "Höjer metoprolol till 100 mg. Remiss skickad till kardiologmottagningen för ekokardiografi. Pat ej informerad om att remissen redan gått iväg, nämns vid telefonuppföljningen."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="What is untold is that the referral was sent, not a diagnosis; the atrial fibrillation is long known to the patient.",
    ),
    dict(
        case="s28h45_vgr_normala_provsvar_ej_underrattad",
        ruleset="vgr", pnr="19440802-3945",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_dsk", "vg_dsk1",
                    "2024-07-01T13:40", "2024-07-01T13:55", [
            ("Provsvar", "Kontroll vid känd hypotyreos och B12-brist: TSH 2,1, kobalamin 412, båda inom referens."),
            ("Bedömning", "Oförändrad dos Levaxin 75 mikrog och Betolvidon 1 mg."),
            ("Information", "Pat ej underrättad om de normala värdena än, brev skickas i morgon."),
        ])],
        must=[], must_not=[["NL101", "n1"]],
        why="The untold item is a normal result; the diagnoses are long known.",
    ),
    dict(
        case="s28h45_vgr_alzheimer_vantar_familjesamtal",
        ruleset="vgr", pnr="19380306-9115",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-07-04T14:00", "2024-07-04T15:20", [
            ("Utredning", "Basal demensutredning klar: MMSE 19/30, klocktest med ordnings- och placeringsfel, DT hjärna med uttalad bilateral hippocampusatrofi. B12, TSH och Ca normala."),
            ("Diagnos", "Alzheimers sjukdom med sen debut (F00.1/G30.1)."),
            ("Information", "Enligt överenskommelse med hustrun och sonen ska pat inte informeras om diagnosen förrän vid gemensamt familjesamtal om två veckor."),
            ("Planering", "Donepezil diskuteras vid familjesamtalet. Anhörigstöd via kommunen. Körkortsfrågan tas upp."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Settled Alzheimer diagnosis under a visible sökord while the note says the patient must not be told yet.",
    ),
    dict(
        case="s28h45_vgr_kronisk_hepatit_c_kallas_till_besok",
        ruleset="vgr", pnr="19840502-4723",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_st",
                    "2024-07-09T11:20", "2024-07-09T11:50", [
            ("Provsvar", "Anti-HCV pos, HCV-RNA 1,2 miljoner IE/ml, genotyp 3a. Kronisk hepatit C."),
            ("Bakgrund", "Provtagen i samband med hälsokontroll inför IVF-behandling. Tidigare injektionsmissbruk, drogfri sedan 2012 enligt egen uppgift."),
            ("Information", "Pat ännu ej informerad om svaret. Kallas till besök i morgon, där beskedet lämnas personligen."),
            ("Planering", "Smittskyddsanmälan efter besöket. Remiss infektionsmottagningen SÄS för antiviral behandling."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Chronic hepatitis C in visible text; the patient has not yet been informed.",
    ),
    dict(
        case="s28h45_vgr_klamydia_informerad_via_1177",
        ruleset="vgr", pnr="20011223-2681",
        notes=[note("n1", "Melior", "Sjuksköterskeanteckning", "vg_dsk", "vg_ssk2",
                    "2024-07-15T09:10", "2024-07-15T09:35", [
            ("Provsvar", "Klamydia-PCR (urin) pos."),
            ("Information", "Pat informerad om det positiva provet via meddelande i 1177 och därefter per telefon. Förstod informationen."),
            ("Åtgärd", "Doxycyklin 100 mg x 2 i 7 dagar, recept skickat. Smittspårning påbörjad, en partner uppgiven. Nytt test om fem veckor."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="Confirmed chlamydia; the patient has been told.",
    ),
    dict(
        case="s28h45_vgr_osteoporos_inget_om_information",
        ruleset="vgr", pnr="19421013-6984",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr3",
                    "2024-07-22T10:30", "2024-07-22T11:00", [
            ("Aktuellt", "Kotkompression Th12 efter lyft av blomkruka i maj. Ryggvärken bättre."),
            ("Utredning", "DXA 2024-07-12: T-score -3,1 ländrygg, -2,7 höft. FRAX hög risk."),
            ("Bedömning", "Osteoporos med kotfraktur."),
            ("Åtgärd", "Alendronat 70 mg en gång per vecka, kalk och D-vitamin. Tandstatus kontrolleras innan start, tandläkare i augusti. Ny DXA om två år."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="Confirmed osteoporosis and nothing at all is said about telling the patient.",
    ),
    dict(
        case="s28h45_vgr_barn_celiaki_foraldrar_informerade",
        ruleset="vgr", pnr="20140120-5131",
        notes=[note("n1", "Melior", "Telefonkontakt", "vg_vc", "vg_dr2",
                    "2024-08-12T13:30", "2024-08-12T13:50", [
            ("Telefonkontakt", "Ringt mamma angående provsvar: transglutaminas-IgA mer än 10 gånger övre referensgränsen, EMA pos vid separat prov."),
            ("Bedömning", "Celiaki enligt ESPGHAN-kriterierna utan biopsi."),
            ("Information", "Båda föräldrarna informerade om diagnosen per telefon, många frågor om kosten."),
            ("Planering", "Remiss dietist för glutenfri kost. Uppföljning barnmottagningen SÄS om ett år."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="10-year-old's celiac disease: the guardians, who read the child's journal, have been told.",
    ),
    dict(
        case="s28h45_vgr_anemi_synlig_cancermisstanke_skyddad",
        ruleset="vgr", pnr="19480422-6431",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr1",
                    "2024-08-14T09:00", "2024-08-14T10:40", [
            ("Aktuellt", "Trötthet och andfåddhet vid promenader sedan ett par månader. Viktnedgång 6 kg sedan jul utan avsikt."),
            ("Lab", "Hb 94, MCV 71, ferritin 5. F-Hb pos x 2."),
            ("Bedömning", "Järnbristanemi hos äldre man, källan i mag-tarmkanalen behöver utredas."),
            ("Åtgärd", "Remiss gastroskopi och koloskopi, prio 1. Järn iv via dagvården."),
            ("Tidiga hypoteser", "Misstänkt kolorektal cancer med hänsyn till järnbrist, F-Hb och viktnedgång. Pat ej informerad om cancermisstanken, har endast fått veta att tarmen ska undersökas."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="The untold, hedged cancer suspicion is only under the VGR sökord Tidiga hypoteser; the visible anemia is not said to be untold.",
    ),
    dict(
        case="s28h45_vgr_typo_ej_infomerad_gallsten",
        ruleset="vgr", pnr="19750702-2999",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_at",
                    "2024-08-21T15:30", "2024-08-21T15:45", [
            ("Provsvar", "UL buk 2024-08-20: multipla gallstenar, förtjockad gallblåsevägg 5 mm. Gallgångar ej vidgade."),
            ("Bedömning", "Gallstenssjukdom med kronisk kolecystit, förklarar de återkommande smärtattackerna under höger arcus."),
            ("Information", "Pat ännu inte infomerad om svaret, ringer honom i morgon förmiddag."),
            ("Planering", "Remiss kirurgmottagningen för ställningstagande till kolecystektomi."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Typo ('infomerad'): confirmed gallstone disease in visible text, patient not yet told of the result.",
    ),
    dict(
        case="s28h45_vgr_manifest_hypotyreos_ej_meddelat",
        ruleset="vgr", pnr="19731013-5509",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr2",
                    "2024-08-26T16:00", None, [
            ("Provsvar", "TSH 38, fritt T4 6. Anti-TPO >600."),
            ("Bedömning", "Manifest hypotyreos, autoimmun genes."),
            ("Planering", "Ej meddelat pat ännu, ssk ringer i morgon och ordnar recept på levotyroxin 50 mikrog som höjs efter sex veckor."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Unsigned draft: manifest hypothyroidism in visible text, 'ej meddelat pat ännu'.",
    ),
    dict(
        case="s28h45_vgr_ekg_formaksflimmer_halsokontroll_ej_informerad",
        ruleset="vgr", pnr="19640414-5028",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr3",
                    "2024-09-02T08:20", "2024-09-02T08:45", [
            ("Bakgrund", "EKG taget vid hälsokontroll hos distriktssköterska i fredags, pat asymtomatisk."),
            ("EKG", "Oregelbunden rytm utan p-vågor, kammarfrekvens 88. Tidigare EKG 2021 med sinusrytm."),
            ("Bedömning", "Nyupptäckt förmaksflimmer. CHA2DS2-VASc 2 (kvinna, hypertoni), antikoagulation indicerad."),
            ("Information", "Pat är inte informerad om EKG-fyndet än. Tid bokad på onsdag för genomgång och start av apixaban."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Newly found atrial fibrillation in visible text; the patient has not been told of the finding yet.",
    ),
    dict(
        case="s28h45_vgr_rundhard_misstankt_lungcancer_ej_informerad",
        ruleset="vgr", pnr="19460523-7413",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr1",
                    "2024-09-05T12:00", "2024-09-05T12:25", [
            ("Provsvar", "Lungröntgen 2024-09-04 (frågeställning långdragen hosta): 3 cm rundhärd i höger överlob med spikulerad kontur."),
            ("Bedömning", "Misstänkt lungcancer hos f.d. storrökare, 45 paketår."),
            ("Åtgärd", "DT thorax-buk beställd. SVF lunga startas efter att pat har informerats."),
            ("Information", "Pat ej informerad om fyndet ännu. Ringer honom i eftermiddag när DT-tiden är klar."),
        ])],
        must=[["NL101", "n1"], ["NL102", "n1"]], must_not=[],
        why="Hedged lung cancer in a visible Bedömning and the note says the patient is not yet informed: both rules apply.",
    ),
]

# ================================================================ part 4 (VGR, hedges and look-alikes)
CASES += [
    dict(
        case="s28h45_vgr_tia_kan_ej_uteslutas",
        ruleset="vgr", pnr="19740606-3235",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-09-09T08:10", "2024-09-09T08:50", [
            ("Aktuellt", "I går kväll 20 minuter av domning i höger hand och svårt att hitta ord, helt gått över. Hypertoni, röker."),
            ("Status", "BT 168/96. Neurologstatus helt ua i dag, ingen talpåverkan. Karotider utan blåsljud. EKG sinusrytm."),
            ("Bedömning", "TIA kan ej uteslutas, ABCD2 4."),
            ("Åtgärd", "Akut remiss till strokeenheten SÄS för bedömning samma dag, pat åker dit med hustrun. ASA 300 mg givet."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'TIA kan ej uteslutas' in a visible Bedömning is an open hypothesis, not a negation.",
    ),
    dict(
        case="s28h45_vgr_forenligt_med_karpaltunnelsyndrom",
        ruleset="vgr", pnr="19910508-3795",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_at",
                    "2024-09-11T14:30", "2024-09-11T15:05", [
            ("Aktuellt", "Snickare. Domningar i tumme, pek- och långfinger hö, värst nattetid, skakar handen för att få tillbaka känseln."),
            ("Status", "Positivt Phalens och Tinels tecken hö. Ingen thenaratrofi. Tvåpunktsdiskrimination ua."),
            ("Bedömning", "Symtom och status förenliga med karpaltunnelsyndrom hö."),
            ("Åtgärd", "Nattskena via arbetsterapeut. ENeG beställd. Återbesök efter neurofysiologen."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'förenliga med karpaltunnelsyndrom' hedges the diagnosis pending ENeG, in a visible section.",
    ),
    dict(
        case="s28h45_vgr_remiss_fragestallning_pneumoni",
        ruleset="vgr", pnr="19320513-8492",
        notes=[note("n1", "Melior", "Remissanteckning", "vg_vc", "vg_dr3",
                    "2024-09-16T11:00", "2024-09-16T11:10", [
            ("Remiss", "Lungröntgen. Frågeställning: pneumoni? Infiltrat? Hosta och feber sedan fem dagar hos 92-åring, dämpning och rassel basalt hö. CRP 118."),
            ("Planering", "Doxycyklin insatt i avvaktan på röntgensvar."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="A referral question ('Frågeställning: pneumoni?') is a hedged diagnosis written in a visible Melior note.",
    ),
    dict(
        case="s28h45_vgr_fragetecken_bara_pa_aterbesok",
        ruleset="vgr", pnr="19780618-6362",
        notes=[note("n1", "Melior", "Sjuksköterskeanteckning", "vg_dsk", "vg_dsk1",
                    "2024-09-17T09:00", "2024-09-17T09:20", [
            ("Aktuellt", "Blodtryckskontroll vid behandlad hypertoni, tar enalapril 10 mg."),
            ("Status", "BT 132/84 sittande efter fem minuters vila, puls 72 regelbunden. Vikt 81 kg."),
            ("Planering", "Hemblodtrycksmätning en vecka, värdena skickas via 1177. Återbesök om tre månader? Stäms av med dr Karlsson."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hard negative: the only '?' follows a follow-up plan; hypertension is an established diagnosis.",
    ),
    dict(
        case="s28h45_vgr_inger_misstanke_temporalisarterit",
        ruleset="vgr", pnr="19530926-8745",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr1",
                    "2024-09-18T10:15", "2024-09-18T11:30", [
            ("Aktuellt", "Nytillkommen tinninghuvudvärk hö sedan tre veckor, ömt att kamma håret, värk i käken vid tuggning. Flimmer framför höger öga i morse."),
            ("Status", "Förtjockad, öm a. temporalis hö med nedsatt pulsation. Visus 0,8 hö, 1,0 vä."),
            ("Lab", "SR 84, CRP 61, trombocyter 512."),
            ("Bedömning", "Bilden inger stark misstanke om temporalisarterit med hotande synpåverkan."),
            ("Åtgärd", "Prednisolon 60 mg givet på mottagningen. Akut kontakt med ögonjour och reumatolog SÄS, pat åker in i dag."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'inger stark misstanke om temporalisarterit' in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_talar_emot_bakteriell_sinuit",
        ruleset="vgr", pnr="19900426-7317",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_st",
                    "2024-10-01T13:45", "2024-10-01T14:05", [
            ("Aktuellt", "Nästäppa, snuva och tryck över kinderna sedan sex dagar. Ingen feber, ingen tandvärk."),
            ("Status", "Opåverkad. Lätt öm över maxillarsinus bilat. Svalg och öron ua."),
            ("Bedömning", "Akut viral rinosinuit. Kort duration, avsaknad av feber och bilateral värk talar emot bakteriell sinuit."),
            ("Råd", "Nässpray med kortison, koksaltsköljning. Söker igen vid hög feber eller svår ensidig värk efter tio dagar."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="'talar emot bakteriell sinuit' is a negation; the viral rhinosinusitis is stated as settled.",
    ),
    dict(
        case="s28h45_vgr_oklart_om_astma_eller_kol",
        ruleset="vgr", pnr="19691208-6920",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-10-03T10:00", "2024-10-03T10:45", [
            ("Aktuellt", "Pip i bröstet och hosta vintertid sedan flera år, nu även sommartid. Rökt 20 cig/dag i 30 år, slutade i fjol. Pollenallergi som ung."),
            ("Status", "Lungor: spridda ronki bilat. Sat 96 %."),
            ("Bedömning", "Oklart om det rör sig om astma, KOL eller en överlappsbild."),
            ("Planering", "Spirometri med reversibilitet bokas hos ssk. Tills vidare Bricanyl Turbuhaler vid behov."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Oklart om ... astma, KOL' leaves the patient's diagnosis open in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_bror_eventuell_hemokromatos",
        ruleset="vgr", pnr="19920718-1638",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_at",
                    "2024-10-07T15:00", "2024-10-07T15:20", [
            ("Kontaktorsak", "Brodern nyligen utredd för eventuell hemokromatos, pat vill själv testas."),
            ("Anamnes", "Frisk, tränar regelbundet. Inga ledbesvär eller trötthet."),
            ("Lab", "Ferritin 96, transferrinmättnad 31 %, ALAT normalt."),
            ("Bedömning", "Normala järnvärden. Ingen indikation för gentest i dagsläget."),
            ("Planering", "HFE-analys om brodern får bekräftad diagnos."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="The hedged diagnosis ('eventuell hemokromatos') is the brother's; the patient's values are normal.",
    ),
    dict(
        case="s28h45_vgr_lang_journal_trotthet_differentialdiagnoser",
        ruleset="vgr", pnr="19660408-4829",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_st",
                    "2024-10-09T13:00", "2024-10-10T08:15", [
            ("Kontaktorsak", "Trötthet, viktnedgång och hjärtklappning sedan sommaren."),
            ("Anamnes", "Undersköterska i hemtjänsten. Behandlad för depression 2015, inga läkemedel sedan 2017. Icke-rökare. Hereditet: syster har Graves sjukdom."),
            ("Aktuellt", "Orkar inte med jobbet, sover oroligt, vaknar svettig. Gått ner 7 kg trots god aptit. Hjärtklappning i vila, ibland darrighet i händerna. Lös avföring 2-3 ggr/dag. Menopaus vid 52. Ingen feber. Humöret sämre sedan maken blev sjuk, gråter lätt."),
            ("Status", "AT: tunn, lätt rastlös. Puls 108 regelbunden, BT 142/68. Hud varm och fuktig. Thyreoidea lätt förstorad, mjuk, oöm, inga knölar. Fin tremor i utsträckta händer. Ingen exoftalmus. Lungor ua. Buk mjuk. Inga förstorade lymfkörtlar på hals, i axiller eller ljumskar."),
            ("Lab", "Hb 128, CRP <1, glukos 5,4. TSH och fritt T4 skickade, svar i morgon."),
            ("Bedömning", "Differentialdiagnoser: hypertyreos, i första hand Graves med hänsyn till hereditet och status; depression med ångest; mindre troligt malignitet. Takykardi utan tecken på hjärtsvikt."),
            ("Planering", "Propranolol 10 mg x 3 symtomlindrande. Ringer pat när TSH är klart, remiss endokrin vid hypertyreos. Sjukskrivning 50 % i två veckor. Återbesök om två veckor."),
        ])],
        must=[["NL102", "n1"]], must_not=[["NL101", "n1"]],
        why="Long chart; the visible Bedömning lists differential diagnoses (hypertyreos, Graves in first hand); nothing about withholding.",
    ),
    dict(
        case="s28h45_vgr_intyg_ev_forlangning_utmattningssyndrom",
        ruleset="vgr", pnr="19880228-2049",
        notes=[note("n1", "Melior", "Intygsanteckning", "vg_vc", "vg_dr2",
                    "2024-10-14T11:30", "2024-10-14T12:00", [
            ("Intyg", "Läkarintyg för sjukpenning till Försäkringskassan, förlängning."),
            ("Diagnos", "Utmattningssyndrom (F43.8A), diagnos ställd i augusti."),
            ("Funktionsnedsättning", "Påtagliga koncentrationssvårigheter, klarar att läsa några sidor i taget. Ljud- och ljuskänslig, behöver vila efter 1-2 timmars aktivitet."),
            ("Planering", "Sjukskriven 100 % till 2024-11-10, därefter ev. förlängning eller gradvis upptrappning beroende på förloppet. Fortsatt kontakt med psykolog på vårdcentralen."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Certificate note: 'ev. förlängning' hedges the sick-leave plan, the diagnosis itself is settled.",
    ),
    dict(
        case="s28h45_vgr_akut_koronart_syndrom_uteslots",
        ruleset="vgr", pnr="19710708-4571",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr1",
                    "2024-10-16T08:30", "2024-10-16T09:00", [
            ("Aktuellt", "Återbesök efter akutbesök på SÄS i söndags pga bröstsmärta. Normalt EKG och två normala hs-TnT där, akut koronart syndrom uteslöts."),
            ("Status", "Palpationsöm över costochondrallederna 3-4 vä, smärtan reproducerbar. Hjärta: regelbunden rytm utan blåsljud."),
            ("Bedömning", "Muskuloskeletal bröstsmärta (costochondrit)."),
            ("Åtgärd", "NSAID i kort kur. Arbetsprov beställs ändå pga hereditet för tidig kranskärlssjukdom."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Acute coronary syndrome is ruled out ('uteslöts'); the stated diagnosis is certain.",
    ),
    dict(
        case="s28h45_vgr_typo_trolgi_giktartrit",
        ruleset="vgr", pnr="19740319-3175",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_at",
                    "2024-10-21T10:20", "2024-10-21T10:50", [
            ("Aktuellt", "Akut svullen, röd och extremt öm stortåled hö sedan i natt, klarar inte att ha täcket över foten. Var på kräftskiva i lördags."),
            ("Status", "Rodnad, svullnad och värmeökning över MTP I hö. Temp 37,4."),
            ("Lab", "Urat 512, CRP 38."),
            ("Bedömning", "Trolgi giktartrit i stortåns grundled."),
            ("Åtgärd", "Naproxen 500 mg x 2 i fem dagar. Uratkontroll om fyra veckor när anfallet lagt sig. Kostråd."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo in the hedge ('Trolgi'): probable gout in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_misstanken_om_hypotyreos_bekraftad",
        ruleset="vgr", pnr="19900101-7004",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr3",
                    "2024-10-24T14:40", "2024-10-24T15:00", [
            ("Provsvar", "Kontroll: TSH 14,2 och fritt T4 9 (första provet i september gav TSH 11)."),
            ("Bedömning", "Misstanken om hypotyreos är nu bekräftad vid upprepad provtagning."),
            ("Information", "Pat informerad per telefon, önskar påbörja behandling."),
            ("Planering", "Levaxin 50 mikrog. TSH om sex veckor."),
        ])],
        must=[], must_not=[["NL102", "n1"], ["NL101", "n1"]],
        why="Hard negative: 'Misstanken ... är nu bekräftad' states a confirmed diagnosis, and the patient has been told.",
    ),
    dict(
        case="s28h45_vgr_dsk_hembesok_mojligen_trycksar",
        ruleset="vgr", pnr="19350321-6545",
        notes=[note("n1", "Melior", "Hembesök", "vg_dsk", "vg_dsk1",
                    "2024-10-28T13:00", "2024-10-28T14:30", [
            ("Hembesök", "Hembesök tillsammans med hemtjänstens kontaktperson. Pat sängliggande mer än vanligt efter höftfrakturen i augusti."),
            ("Status", "Kvarstående rodnad över sacrum som inte bleknar vid tryck, huden intakt. Hälar ua."),
            ("Bedömning", "Möjligen begynnande trycksår kategori 1 över sacrum."),
            ("Åtgärd", "Tryckavlastande madrass beställd, vändschema varannan timme. Ny bedömning av sårsköterska på fredag."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="District nurse's home visit: 'Möjligen begynnande trycksår' is a hedged diagnosis (pressure ulcer) in a visible section.",
    ),
    dict(
        case="s28h45_vgr_tel_kan_vara_halsfluss",
        ruleset="vgr", pnr="19970217-8550",
        notes=[note("n1", "Melior", "Telefonrådgivning", "vg_dsk", "vg_ssk2",
                    "2024-11-04T08:05", "2024-11-04T08:15", [
            ("Telefonkontakt", "Halsont sedan två dagar, feber 39, svårt att svälja. Ingen hosta. Ömma körtlar på halsen."),
            ("Bedömning", "Kan vara halsfluss, Centor 4."),
            ("Åtgärd", "Tid hos läkare i eftermiddag för strep A-test och bedömning."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Short nurse phone note: 'Kan vara halsfluss' (lay word for strep tonsillitis) is a hedged diagnosis.",
    ),
]

# ================================================================ part 5 (Skåne Melior: närakut, ASIH, clinics)
CASES += [
    dict(
        case="s28h45_sk_narakut_kan_inte_utesluta_lungemboli",
        ruleset="skane", pnr="19430210-5202",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-03-02T10:40", "2024-03-02T11:30", [
            ("Aktuellt", "Plötslig andfåddhet sedan i morse, hugg i höger sida vid djupandning. Opererad för höftfraktur för tre veckor sedan."),
            ("Status", "AF 24, sat 91 % på luft, puls 112. Lungor: normala andningsljud bilat. Hö vad något svullnare än vä."),
            ("Bedömning", "Kan inte utesluta lungemboli, Wells 6."),
            ("Åtgärd", "Fragmin 200 E/kg sc givet. DT lungangiografi akut, inläggning på medicin vid positivt fynd."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Kan inte utesluta lungemboli' keeps the diagnosis open; visible in a Skåne Melior note.",
    ),
    dict(
        case="s28h45_sk_narakut_misstankt_scaphoideumfraktur",
        ruleset="skane", pnr="20050403-6450",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak2",
                    "2024-03-09T16:20", "2024-03-09T16:55", [
            ("Aktuellt", "Föll på utsträckt hand från skateboard i går. Ont i handleden vid belastning."),
            ("Status", "Ömhet i fossa tabatière och vid axiell kompression av tummen. Ingen felställning."),
            ("Rtg", "Rtg handled med scaphoideumserie: ingen synlig fraktur."),
            ("Bedömning", "Misstänkt scaphoideumfraktur trots negativ röntgen."),
            ("Åtgärd", "Gipsskena med tuminklusion. Ny röntgen eller MR om 10-14 dagar via ortopedmottagningen."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Misstänkt scaphoideumfraktur' is a suspected diagnosis in a visible Bedömning (Skåne Melior).",
    ),
    dict(
        case="s28h45_sk_narakut_barn_typo_ingen_missanke_meningit",
        ruleset="skane", pnr="20130709-9075",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-03-18T20:10", "2024-03-18T20:45", [
            ("Aktuellt", "Feber 39,2 sedan i går och huvudvärk, kräkts en gång i morse. Pappa orolig för hjärnhinneinflammation efter att ha läst på nätet."),
            ("Status", "Pigg, leker med telefonen. Ej nackstel, Kernig och Brudzinski neg. Inga hudblödningar. Svalg: rodnade tonsiller utan beläggningar. Öron ua."),
            ("Bedömning", "Viral övre luftvägsinfektion. Ingen missanke om meningit."),
            ("Råd", "Vätska och febernedsättande. Pappa har fått veta vilka varningstecken som ska få dem att söka igen."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Typo in a negation ('Ingen missanke om meningit'): still a ruled-out diagnosis, no hedge on the patient's own diagnosis.",
    ),
    dict(
        case="s28h45_sk_kir_ipmn_i_tidiga_hypoteser_mall",
        ruleset="skane", pnr="19450424-1284",
        notes=[
            note("n1", "Melior", "Mottagningsanteckning", "sk_kir", "sk_kir",
                 "2024-04-03T09:15", "2024-04-03T09:50", [
                ("Aktuellt", "Remitterad från Vårdcentralen Tomelilla efter DT som gjordes pga njursten."),
                ("Utredning", "DT visade en 2 cm cystisk förändring i pankreasstjärten, inga förstorade lymfkörtlar."),
                ("Planering", "MR pankreas om sex månader. Återbesök efter MR."),
            ]),
            note("n2", "Melior", "Tidiga hypoteser", "sk_kir", "sk_kir",
                 "2024-04-03T09:55", "2024-04-03T10:05", [
                ("Bedömning", "Trolig IPMN med viss malignitetspotential, tas upp på MDK. Pat inte informerad om malignitetsrisken ännu."),
            ]),
        ],
        must=[], must_not=[["NL102", "n1"], ["NL101", "n1"], ["NL102", "n2"], ["NL101", "n2"]],
        why="The hedged IPMN and the not-told statement live only in the Skåne Tidiga hypoteser template (n2); the visible note n1 has no hedged diagnosis and no telling statement.",
    ),
    dict(
        case="s28h45_sk_asih_pankreascancer_informerad_av_kirurgen",
        ruleset="skane", pnr="19470501-6691",
        notes=[note("n1", "Melior", "Inskrivningsanteckning", "sk_asih", "sk_asih_dr",
                    "2024-04-09T13:00", "2024-04-09T14:40", [
            ("Bakgrund", "Pankreascancer med levermetastaser, diagnos i februari. Pat informerades om diagnosen och den palliativa inriktningen redan i mars av kirurgen på Ystad lasarett."),
            ("Aktuellt", "Inskrivning i ASIH. Trött, äter dåligt, smärta i övre buken VAS 5."),
            ("Planering", "Oxycontin 10 mg x 2, Oxynorm vid behov. Brytpunktssamtal genomfört i dag med pat och hustru, pat önskar vårdas hemma."),
        ])],
        must=[], must_not=[["NL101", "n1"]],
        why="The diagnosis in visible text was told to the patient earlier (by the surgeon in March).",
    ),
    dict(
        case="s28h45_sk_minnesmott_ftd_ej_informerad",
        ruleset="skane", pnr="19551212-7795",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_minne", "sk_minne",
                    "2024-09-24T10:00", "2024-09-24T12:20", [
            ("Utredning", "Personlighetsförändring sedan 2022, hämningslöshet och apati enligt hustrun. Neuropsykologiskt test med exekutiv svikt, MR med frontal och temporal atrofi, FDG-PET med frontal hypometabolism."),
            ("Diagnos", "Frontotemporal demens, beteendevariant."),
            ("Information", "Diagnosbeskedet lämnas inte i dag; pat är ännu ej informerad eftersom vi först ska ha anhörigsamtal med hustrun om hur beskedet bäst ges."),
            ("Planering", "Anhörigsamtal 2/10, därefter diagnossamtal med pat. Kopia till Vårdcentralen Tomelilla."),
        ])],
        must=[["NL101", "n1"]], must_not=[],
        why="Settled frontotemporal dementia in a visible Diagnos section while the note says the patient is not yet informed (Skåne Melior).",
    ),
    dict(
        case="s28h45_sk_kir_adenocarcinom_pad_ej_informerad",
        ruleset="skane", pnr="19370721-2894",
        notes=[note("n1", "Melior", "PAD-svar", "sk_kir", "sk_kir",
                    "2024-05-06T14:20", "2024-05-06T14:35", [
            ("Provsvar", "PAD från koloskopi 2024-05-02: adenocarcinom i sigmoideum, måttligt differentierat."),
            ("Information", "Pat ej informerad om PAD-svaret än, kirurgen lämnar besked vid besök på mottagningen 14/5 tillsammans med kontaktsjuksköterska."),
            ("Planering", "DT thorax-buk för stadieindelning beställd. Anmäld till kolorektal MDK."),
        ])],
        must=[["NL101", "n1"]], must_not=[],
        why="Biopsy-proven colon cancer in a visible note that says the patient has not been told.",
    ),
    dict(
        case="s28h45_sk_asih_misstankt_pneumoni_hjartsvikt",
        ruleset="skane", pnr="19320624-7466",
        notes=[note("n1", "Melior", "Hembesök", "sk_asih", "sk_asih_dr",
                    "2024-05-22T09:30", "2024-05-22T11:00", [
            ("Bakgrund", "Hjärtsvikt NYHA IV, inskriven i ASIH för symtomlindring."),
            ("Aktuellt", "Ssk rapporterar feber 38,7 sedan i går, rosslig andning och ökad hosta."),
            ("Status", "AF 26, sat 88 %. Rassel basalt vä. Puls 104 oregelbunden."),
            ("Bedömning", "Misstänkt pneumoni vä basalt."),
            ("Planering", "Efter samtal med pat och dotter: peroralt amoxicillin, ingen inläggning. Syrgas 2 l via grimma vid behov."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="ASIH home visit (Skåne Melior): 'Misstänkt pneumoni' in a visible Bedömning.",
    ),
    dict(
        case="s28h45_sk_narakut_barn_misstankt_kikhosta",
        ruleset="skane", pnr="20150309-8764",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak2",
                    "2024-06-01T11:10", "2024-06-01T11:45", [
            ("Aktuellt", "Hostat i tre veckor, anfallsvis med kikningar och ibland kräkning efter hostattacken. Ovaccinerad enligt mamma."),
            ("Status", "Opåverkad mellan attackerna. Lungor: vesikulärt. Sat 98 %."),
            ("Bedömning", "Misstänkt kikhosta."),
            ("Åtgärd", "Nasofarynxprov för pertussis-PCR. Erytromycin insatt. Smittskyddsinfo till mamma, stanna hemma fem dagar från behandlingsstart."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="9-year-old (guardian reads): 'Misstänkt kikhosta' visible in a Skåne Melior note.",
    ),
    dict(
        case="s28h45_sk_narakut_fragetecken_dvt",
        ruleset="skane", pnr="19960221-1626",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-06-08T18:30", None, [
            ("Aktuellt", "Svullet och ömt vänster underben sedan fyra dagar. Använder kombinerade p-piller, långresa med buss förra veckan."),
            ("Status", "Vä vad 3 cm större i omfång än hö, lätt pittingödem, ömhet längs djupa vener."),
            ("Bedömning", "?DVT vä ben. Wells 3."),
            ("Åtgärd", "D-dimer 1,8. Klexane 1 mg/kg x 2 insatt, UL-doppler i morgon kl 08. P-pillren sätts ut."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Unsigned draft with the terse '?DVT' hedge in a visible Bedömning.",
    ),
    dict(
        case="s28h45_sk_narakut_trolig_kolecystit",
        ruleset="skane", pnr="19750626-4709",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak2",
                    "2024-06-15T22:00", "2024-06-15T22:40", [
            ("Aktuellt", "Ihållande smärta under höger arcus sedan 12 timmar efter fet middag, strålar mot skulderbladet. Haft liknande kortare attacker tidigare."),
            ("Status", "Temp 38,2. Murphys tecken pos. Ingen ikterus."),
            ("Lab", "CRP 96, LPK 14,2, bilirubin 18, ALP och amylas normala."),
            ("Bedömning", "Trolig akut kolecystit."),
            ("Åtgärd", "Remiss kirurgjouren Ystad för UL och ställningstagande till antibiotika och operation."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Trolig akut kolecystit' in a visible Bedömning of a Skåne Melior note.",
    ),
    dict(
        case="s28h45_sk_narakut_barn_mamma_misstanker_otit",
        ruleset="skane", pnr="20181008-4028",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-07-06T19:50", "2024-07-06T20:15", [
            ("Aktuellt", "Ont i höger öra sedan i kväll, feber 38,3. Mamma misstänker öroninflammation som förra vintern."),
            ("Status", "Trumhinnor normalfärgade och i normalläge bilat, ingen buktning. Svalg lätt rodnat. Ingen tragusömhet."),
            ("Bedömning", "Ingen akut mediaotit. Viral faryngit, öronvärken refererad från svalget."),
            ("Råd", "Alvedon eller Ipren enligt vikt. Återbesök om värken kvarstår efter tre dagar."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hard negative: the mother's suspicion of otitis is ruled out by the doctor ('Ingen akut mediaotit'); the diagnosis made is certain.",
    ),
    dict(
        case="s28h45_sk_kir_cancermisstanke_avskrivs_divertikulos",
        ruleset="skane", pnr="19490502-7290",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "sk_kir", "sk_kir",
                    "2024-07-10T13:30", "2024-07-10T13:55", [
            ("Aktuellt", "Återbesök efter koloskopi pga järnbrist. Koloskopin visade divertiklar i sigmoideum men ingen tumör."),
            ("Bedömning", "Divertikulos. Misstanken om kolorektal cancer avskrivs. Järnbristen bedöms bero på långvarigt NSAID-bruk, gastroskopin i mars visade erosioner."),
            ("Planering", "Åter till vårdcentralen för fortsatt järnbehandling och Hb-uppföljning. Diklofenak sätts ut."),
        ])],
        must=[], must_not=[["NL102", "n1"], ["NL101", "n1"]],
        why="The cancer suspicion is explicitly dismissed ('avskrivs'); the remaining diagnosis is certain and nothing is said about telling.",
    ),
    dict(
        case="s28h45_sk_asih_trolig_overflyttning_hospice",
        ruleset="skane", pnr="19400520-3908",
        notes=[note("n1", "Melior", "Omvårdnadsanteckning", "sk_asih", "sk_asih_ssk",
                    "2024-07-18T15:00", "2024-07-18T15:30", [
            ("Bakgrund", "Lungcancer stadium IV, avslutad onkologisk behandling i april."),
            ("Aktuellt", "Tilltagande andfåddhet, sover mest. Maken orkar inte längre med nätterna."),
            ("Planering", "Trolig överflyttning till hospice i Ystad nästa vecka, plats efterfrågad. Fortsatt morfin sc vid behov och midazolam vid ångest."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="'Trolig' hedges a transfer plan, not a diagnosis; the lung cancer is established.",
    ),
    dict(
        case="s28h45_sk_med_hjartsvikt_informerad_vid_forra_besoket",
        ruleset="skane", pnr="19480121-1113",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "sk_med", "sk_med",
                    "2024-04-25T10:30", "2024-04-25T11:00", [
            ("Aktuellt", "Uppföljning av hjärtsvikt med nedsatt ejektionsfraktion (EF 30 % på eko i februari)."),
            ("Information", "Pat informerades om diagnosen hjärtsvikt vid förra besöket och har själv läst på 1177, ställer bra frågor."),
            ("Status", "Vikt 84 kg (-2 kg). Inga ödem. BT 112/70, puls 64."),
            ("Planering", "Dapagliflozin läggs till. Ssk-uppföljning om två veckor med kalium och kreatinin."),
        ])],
        must=[], must_not=[["NL101", "n1"]],
        why="The patient was told about heart failure at an earlier visit.",
    ),
]

# ================================================================ part 6 (VGR, everyday hedges)
CASES += [
    dict(
        case="s28h45_vgr_bild_som_vid_erysipelas",
        ruleset="vgr", pnr="19610828-9577",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_st",
                    "2024-01-08T09:30", "2024-01-08T10:00", [
            ("Aktuellt", "Rodnad och svullnad på vänster underben sedan två dagar, frossa i natt. Fotsvamp mellan tårna."),
            ("Status", "Temp 38,4. Skarpt avgränsad, varm, öm rodnad på vä underben, markerad med penna. Interdigital maceration vä fot."),
            ("Bedömning", "Bild som vid erysipelas vä underben."),
            ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar. Behandling av fotsvampen. Kontroll av rodnadens utbredning om 48 timmar."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Bild som vid erysipelas' is a hedged diagnosis in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_verkar_rora_sig_om_vestibularisneurit",
        ruleset="vgr", pnr="19840803-4521",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr1",
                    "2024-01-17T11:00", "2024-01-17T12:10", [
            ("Aktuellt", "Kraftig yrsel med rotatorisk känsla sedan i går morse, konstant, kräkts flera gånger. Förkyld förra veckan. Ingen hörselnedsättning, ingen tinnitus."),
            ("Status", "Horisontell nystagmus åt vänster, ökar vid blick åt vänster. Head impulse test patologiskt åt höger, ingen skew deviation. Övrigt neurostatus ua, går med stöd."),
            ("Bedömning", "Verkar röra sig om vestibularisneurit höger sida, HINTS talar för perifer genes."),
            ("Åtgärd", "Postafen, kort vila och sedan tidig mobilisering. Remiss fysioterapeut för vestibulär träning."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Verkar röra sig om vestibularisneurit' is an uncommon hedge wording for an uncertain diagnosis.",
    ),
    dict(
        case="s28h45_vgr_mest_sannolikt_bppv",
        ruleset="vgr", pnr="19370118-7563",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr3",
                    "2024-01-25T14:00", "2024-01-25T14:40", [
            ("Aktuellt", "Kortvarig yrsel när hon vänder sig i sängen eller tittar upp, sedan en vecka. Ingen huvudvärk."),
            ("Status", "Dix-Hallpike hö: torsionell uppåtslående nystagmus efter kort latens, klingar av inom 30 sekunder. Vä sida ua."),
            ("Bedömning", "Mest sannolikt BPPV i bakre båggången hö."),
            ("Åtgärd", "Epleys manöver utförd med god effekt. Instruerad i Brandt-Daroff-övningar. Fallrisk diskuterad, hemtjänsten informerad om yrseln."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Mest sannolikt BPPV' in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_misstanke_om_ra_avskrivs",
        ruleset="vgr", pnr="19820512-9136",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_at",
                    "2024-02-12T10:00", "2024-02-12T10:20", [
            ("Aktuellt", "Uppföljning av morgonstelhet i händerna. Värken har gått över sedan han slutade med gitarrkursen."),
            ("Lab", "RF neg, anti-CCP neg, SR 8, CRP <1."),
            ("Status", "Inga synoviter, fullt knytgrepp bilat."),
            ("Bedömning", "Misstanken om reumatoid artrit avskrivs. Överbelastning av fingrarnas senor, självläkt."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="The suspicion of rheumatoid arthritis is explicitly dropped ('avskrivs').",
    ),
    dict(
        case="s28h45_vgr_tidigare_ms_misstanke_avskrevs_neuropati",
        ruleset="vgr", pnr="19821127-8737",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-02-14T13:15", "2024-02-14T14:00", [
            ("Kontaktorsak", "Domningar i fötterna sedan ett halvår."),
            ("Anamnes", "Utreddes 2021 för misstänkt MS efter synbortfall på ena ögat, MR hjärna och ryggmärg var normala och misstanken avskrevs. Typ 1-diabetes sedan 20 år, HbA1c runt 70."),
            ("Status", "Nedsatt vibrationssinne och monofilament under båda fotsulorna. Akillesreflexer utsläckta bilat. Fotpulsar palpabla."),
            ("Bedömning", "Diabetesneuropati i fötterna."),
            ("Åtgärd", "Remiss fotterapeut och ortopedtekniker för inlägg. Diabetessköterska för översyn av insulindoseringen."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Past suspicion of MS that was ruled out ('misstanken avskrevs'); the current diagnosis is certain.",
    ),
    dict(
        case="s28h45_vgr_fragestallning_hemtjanst_parkinson",
        ruleset="vgr", pnr="19420628-5688",
        notes=[note("n1", "Melior", "Telefonkontakt", "vg_vc", "vg_dr1",
                    "2024-02-21T15:10", "2024-02-21T15:30", [
            ("Bakgrund", "Parkinsons sjukdom sedan 2016, på Madopar. Bor ensam i villa."),
            ("Aktuellt", "Dottern ringer: mamma har ramlat två gånger senaste veckan, klarar inte duschen själv."),
            ("Bedömning", "Ökade motoriska fluktuationer. Frågeställning: behov av utökad hemtjänst och trygghetslarm?"),
            ("Åtgärd", "Kontakt med kommunens biståndshandläggare och arbetsterapeut för hembesök. Madopar-tiderna justeras, återbesök om tre veckor."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Hard negative: 'Frågeställning: ...?' concerns a care need, not a diagnosis; Parkinson's is established.",
    ),
    dict(
        case="s28h45_vgr_bvc_tre_ar_susp_celiaki",
        ruleset="vgr", pnr="20210221-7185",
        notes=[note("n1", "Melior", "BVC-läkarbesök", "vg_bvc", "vg_dr2",
                    "2024-03-05T13:30", "2024-03-05T14:00", [
            ("Besök", "3-årsbesök, läkare. Mamma berättar om lös, illaluktande avföring och uppblåst mage sedan ett halvår. Äter bra."),
            ("Tillväxt", "Viktkurvan har planat ut sedan 2 års ålder, korsat en kanal nedåt. Längden följer sin kurva."),
            ("Status", "Utspänd buk, tunna skinkor. Övrigt ua."),
            ("Bedömning", "Susp. celiaki."),
            ("Åtgärd", "Transglutaminas-IgA och total-IgA tas på lab. Fortsätter med gluten i kosten tills svaret kommit."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="3-year-old at BVC (guardians read the journal): 'Susp. celiaki' in a visible VGR Melior section.",
    ),
    dict(
        case="s28h45_vgr_tidiga_hypoteser_finns_men_bipolaritet_lacker",
        ruleset="vgr", pnr="19920508-1426",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr1",
                    "2024-03-13T09:00", "2024-03-13T10:15", [
            ("Aktuellt", "Nedstämd sedan två månader. Berättar om perioder med minskat sömnbehov, har köpt bil impulsivt och startat flera projekt samtidigt."),
            ("Bedömning", "Depressiv episod, trolig bipolaritet med hänsyn till de beskrivna perioderna."),
            ("Tidiga hypoteser", "Misstänkt bipolär sjukdom typ II, vill diskutera med psykiatrin innan det tas upp med pat."),
            ("Planering", "Avvaktar med SSRI. Konsultremiss psykiatrisk öppenvårdsmottagning Alingsås."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="A Tidiga hypoteser sökord is used, but 'trolig bipolaritet' also leaks into the visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_dsk_bensar_trol_venost",
        ruleset="vgr", pnr="19320512-5283",
        notes=[note("n1", "Melior", "Sjuksköterskeanteckning", "vg_dsk", "vg_dsk1",
                    "2024-03-19T10:00", "2024-03-19T10:40", [
            ("Omvårdnad", "Omläggning av bensår vä underben, fjärde veckan. Sårets storlek 3 x 4 cm, fibrinbelagd sårbädd, rikligt exsudat."),
            ("Status", "Brunaktig pigmentering och ödem runt fotleden, fotpulsar palpabla. ABI 0,95 uppmätt i dag."),
            ("Bedömning", "Trol. venöst bensår, ingen arteriell insufficiens enligt ABI."),
            ("Åtgärd", "Kompressionslindning inledd efter ordination av dr Svensson. Omläggning två gånger per vecka."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="District nurse note: 'Trol. venöst bensår' is a hedged diagnosis next to a negated one.",
    ),
    dict(
        case="s28h45_vgr_ev_paroxysmalt_formaksflimmer",
        ruleset="vgr", pnr="19650402-2812",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_st",
                    "2024-03-21T08:00", "2024-03-21T08:35", [
            ("Aktuellt", "Episoder av oregelbunden hjärtklappning med yrsel, varar minuter till timmar, senast i helgen. Dricker 3-4 öl på fredagar."),
            ("Status", "EKG i dag: sinusrytm 68, normal PQ-tid. Hjärta och lungor ua. BT 138/86."),
            ("Bedömning", "Ev. paroxysmalt förmaksflimmer."),
            ("Planering", "Långtids-EKG 7 dagar via fysiologen SÄS. TSH, elektrolyter, Hb. Alkoholvanor diskuterade."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Ev.' here hedges a diagnosis (paroxysmal AF), not a plan.",
    ),
    dict(
        case="s28h45_vgr_sannolikt_diskbrack_l5s1",
        ruleset="vgr", pnr="19860909-6345",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_at",
                    "2024-04-04T15:00", "2024-04-04T15:45", [
            ("Aktuellt", "Akut ländryggsmärta sedan lyft för en vecka sedan, nu utstrålning ned på baksidan av vä ben till lilltån. Domning lateralt på foten. Inga blåsbesvär, normal känsel i underlivet."),
            ("Status", "Lasègue pos vä vid 40 grader. Nedsatt akillesreflex vä. Tågång något svagare vä. Normal sensibilitet perianalt."),
            ("Bedömning", "Sannolikt diskbråck L5-S1 vä med S1-påverkan, inga tecken på cauda equina."),
            ("Åtgärd", "Smärtlindring, fortsätta vara aktiv. Fysioterapeut. MR om inte förbättrad inom sex veckor eller vid tilltagande svaghet."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Sannolikt diskbråck' is hedged; the negated cauda equina does not cancel it.",
    ),
    dict(
        case="s28h45_vgr_kan_rora_sig_om_endometrios",
        ruleset="vgr", pnr="19960906-6460",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr2",
                    "2024-04-10T10:30", "2024-04-10T11:10", [
            ("Aktuellt", "Svår mensvärk sedan tonåren, nu även smärta vid samlag och vid tarmtömning under mens. Missar 1-2 arbetsdagar varje månad."),
            ("Status", "Gynekologisk undersökning: ömhet i bakre fornix, ingen palpabel resistens."),
            ("Bedömning", "Kan röra sig om endometrios."),
            ("Åtgärd", "Kontinuerliga p-piller utan uppehåll provas i tre månader. Remiss gynmottagningen för vaginalt UL och bedömning."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Kan röra sig om endometrios' in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_i_forsta_hand_ibs",
        ruleset="vgr", pnr="19940904-9609",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr3",
                    "2024-04-16T13:00", "2024-04-16T13:30", [
            ("Aktuellt", "Växlande lös och hård avföring i två år, uppblåst efter måltider, lindras av tarmtömning. Ingen viktnedgång, inget blod i avföringen, ingen nattlig diarré."),
            ("Lab", "Hb, CRP, transglutaminas-IgA och F-kalprotektin normala."),
            ("Bedömning", "I första hand IBS med växlande avföringsmönster."),
            ("Åtgärd", "Information om låg-FODMAP via dietist. Psylliumfrö provas. Återbesök vid behov."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'I första hand IBS' is a hedged working diagnosis in a visible section.",
    ),
    dict(
        case="s28h45_vgr_suspekt_malignt_melanom",
        ruleset="vgr", pnr="19691217-4254",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr1",
                    "2024-04-23T11:15", "2024-04-23T11:40", [
            ("Aktuellt", "Hustrun har sett att ett födelsemärke på ryggen har växt och blivit mörkare."),
            ("Status", "Dermatoskopi: 9 mm asymmetrisk pigmenterad lesion mellan skulderbladen med oregelbundet nätverk och blåvit slöja."),
            ("Bedömning", "Suspekt malignt melanom."),
            ("Åtgärd", "Excision med 2 mm marginal bokad på fredag. PAD."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Suspekt malignt melanom' in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_barn_misstankt_adhd",
        ruleset="vgr", pnr="20140808-7938",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-04-29T14:00", "2024-04-29T15:10", [
            ("Kontaktorsak", "Föräldrar och skola oroliga för koncentration och impulsivitet."),
            ("Anamnes", "Klarar inte att sitta still på lektionerna, tappar bort saker dagligen, hamnar i konflikter på rasterna. Sover bra. Pappa har själv ADHD-diagnos."),
            ("Bedömning", "Misstänkt ADHD, kombinerad form. Skattningsskalor från skola och föräldrar stödjer misstanken."),
            ("Åtgärd", "Remiss till BUP Alingsås för neuropsykiatrisk utredning. Elevhälsan kontaktad med föräldrarnas samtycke."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="9-year-old seen at the vårdcentral: 'Misstänkt ADHD' in a visible Bedömning; the father's ADHD is a confirmed relative's diagnosis.",
    ),
]

# ================================================================ part 7 (VGR, results not yet told; typos)
CASES += [
    dict(
        case="s28h45_vgr_spirometri_kol_inte_fatt_svaret",
        ruleset="vgr", pnr="19430725-4997",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr3",
                    "2024-05-16T12:30", "2024-05-16T12:45", [
            ("Provsvar", "Spirometri 2024-05-14: FEV1/FVC 0,58 efter bronkdilatation, FEV1 62 % av förväntat."),
            ("Bedömning", "KOL, GOLD grad 2. Rökt 40 paketår."),
            ("Information", "Pat har inte fått svaret ännu, ssk har försökt ringa. Genomgång vid besök hos mig nästa vecka."),
            ("Planering", "Spiolto insätts efter genomgången. Rökavvänjning erbjuds igen."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="COPD confirmed by spirometry in a visible Bedömning; the patient has not got the result yet.",
    ),
    dict(
        case="s28h45_vgr_typo_ej_informeard_njursjukdom",
        ruleset="vgr", pnr="19531017-4700",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr2",
                    "2024-06-04T16:20", "2024-06-04T16:40", [
            ("Provsvar", "eGFR 27 och 29 med tre månaders mellanrum, U-albumin/kreatinin 84."),
            ("Bedömning", "Kronisk njursjukdom stadium 4 vid långvarig hypertoni och typ 2-diabetes."),
            ("Information", "Pat ej informeard om njurfunktionen, hon har bett att bara få provsvar vid besök och inte per telefon. Tid hos mig 18/6."),
            ("Planering", "Remiss njurmedicin SÄS. Metformin sätts ut, dosjustering av övriga läkemedel vid besöket."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Typo ('informeard'): stage 4 chronic kidney disease in visible text, patient not yet informed.",
    ),
    dict(
        case="s28h45_vgr_hiv_konfirmerat_besked_pa_infektion",
        ruleset="vgr", pnr="19861021-8458",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_st",
                    "2024-06-11T10:50", None, [
            ("Provsvar", "HIV-1 antikropp/antigen pos, konfirmerat med immunoblot på Sahlgrenska. Virusmängd skickad."),
            ("Information", "Pat ännu ej informerad. Infektionsläkare SÄS kontaktad, beskedet ges gemensamt på infektionsmottagningen på torsdag."),
            ("Planering", "Smittskyddsanmälan görs av infektionskliniken efter besöket. Pat kallad per telefon utan att svaret nämnts."),
        ])],
        must=[["NL101", "n1"]], must_not=[],
        why="Unsigned draft: confirmed HIV infection stands in visible text while the patient is not yet informed.",
    ),
    dict(
        case="s28h45_vgr_huntington_far_ej_meddelas_fore_svarsbesok",
        ruleset="vgr", pnr="19900701-4450",
        notes=[note("n1", "Melior", "Remissvarsanteckning", "vg_vc", "vg_dr1",
                    "2024-06-26T09:00", "2024-06-26T09:15", [
            ("Remissvar", "Kopia från Klinisk genetik Sahlgrenska: presymtomatisk testning visar 43 CAG-repetitioner i HTT-genen, anlagsbärare för Huntingtons sjukdom."),
            ("Information", "Enligt genetiska mottagningen får svaret inte meddelas pat förrän vid svarsbesöket 3/7 med kurator närvarande. Pat har ringt och frågat, hänvisad till genetiken."),
            ("Planering", "Ingen åtgärd på vårdcentralen. Erbjuda stödsamtal hos vår kurator efter beskedet."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="A genetic diagnosis in visible text with an explicit 'must not be told before the answer visit'.",
    ),
    dict(
        case="s28h45_vgr_forenligt_med_mgus_ej_informerad",
        ruleset="vgr", pnr="19340201-5113",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr3",
                    "2024-07-02T14:10", "2024-07-02T14:30", [
            ("Provsvar", "Proteinfraktioner: M-komponent IgG kappa 9 g/l, fria lätta kedjor med normal kvot. Hb, kreatinin och Ca normala."),
            ("Bedömning", "Förenligt med MGUS, låg risk för progress."),
            ("Information", "Pat ännu ej informerad om fyndet, tas upp vid ordinarie årskontroll om två veckor."),
            ("Planering", "Ny elfores om sex månader. Ingen remiss till hematolog enligt regionalt vårdprogram."),
        ])],
        must=[["NL101", "n1"], ["NL102", "n1"]], must_not=[],
        why="'Förenligt med MGUS' is hedged and visible, and the note says the patient has not been told: both rules.",
    ),
    dict(
        case="s28h45_vgr_polygrafi_somnapne_ej_meddelat",
        ruleset="vgr", pnr="19720128-5538",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_at",
                    "2024-06-05T13:00", "2024-06-05T13:20", [
            ("Provsvar", "Polygrafi 2024-06-02: AHI 34, ODI 31, lägsta saturation 79 %."),
            ("Bedömning", "Svår obstruktiv sömnapné."),
            ("Information", "Svaret ej meddelat pat, han är bortrest till mitten av juni enligt hustrun. Besked per telefon när han är hemma."),
            ("Planering", "Remiss lungmottagningen SÄS för CPAP. Yrkesförare (buss), körkortsfrågan tas upp vid samtalet."),
        ])],
        must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
        why="Severe sleep apnoea stated in visible text; the result has not been communicated to the patient.",
    ),
    dict(
        case="s28h45_vgr_epilepsi_informerad_arbetsgivaren_ej",
        ruleset="vgr", pnr="19830613-8150",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr1",
                    "2024-07-08T10:00", "2024-07-08T10:50", [
            ("Aktuellt", "Återbesök efter EEG och MR hjärna. Två generaliserade tonisk-kloniska anfall i våras."),
            ("Bedömning", "Epilepsi med generaliserade anfall, EEG med generaliserad spike-wave-aktivitet, MR normal."),
            ("Information", "Pat informerad om diagnosen och om körkortsreglerna, körförbud ett år. Vill inte att arbetsgivaren informeras om diagnosen, vilket respekteras."),
            ("Planering", "Lamotrigin med långsam upptrappning enligt schema. Neurologmottagningen SÄS följer upp."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="The patient has been told about epilepsy; only his employer is not to be informed.",
    ),
    dict(
        case="s28h45_vgr_ej_informerad_om_mr_tiden",
        ruleset="vgr", pnr="19771209-4569",
        notes=[note("n1", "Melior", "Sjuksköterskeanteckning", "vg_dsk", "vg_ssk2",
                    "2024-08-27T11:00", "2024-08-27T11:10", [
            ("Aktuellt", "Känd meniskskada vä knä efter fotbollsskada i mars, väntar på MR inför artroskopi."),
            ("Åtgärd", "MR-tiden blev 12/9 kl 14.20 på SÄS. Pat ännu ej informerad om tiden, kallelse skickas från röntgen."),
        ])],
        must=[], must_not=[["NL101", "n1"]],
        why="Short note: what the patient has not been told is an appointment time; the meniscus injury is known to her.",
    ),
    dict(
        case="s28h45_vgr_forra_besoket_ej_informerad_idag_genomgatt",
        ruleset="vgr", pnr="19710801-8040",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr2",
                    "2024-09-03T14:00", "2024-09-03T14:35", [
            ("Aktuellt", "Vid förra besöket var pat ännu inte informerad om PAD-svaret från livmoderhalsen eftersom svaret kom efteråt."),
            ("Information", "I dag har jag gått igenom svaret med pat: CIN 3 (höggradig cellförändring), behandlas med konisering."),
            ("Planering", "Remiss gynmottagningen SÄS för konisering. Pat har fått veta att det inte är cancer men att behandling behövs."),
        ])],
        must=[], must_not=[["NL101", "n1"]],
        why="Hard negative: 'ännu inte informerad' refers to the previous visit; today the diagnosis was gone through with the patient.",
    ),
    dict(
        case="s28h45_vgr_waran_ny_dosering_ej_meddelad",
        ruleset="vgr", pnr="19470707-4490",
        notes=[note("n1", "Melior", "AK-anteckning", "vg_dsk", "vg_dsk1",
                    "2024-09-10T13:30", "2024-09-10T13:40", [
            ("Bakgrund", "Känt förmaksflimmer och mekanisk aortaklaff, behandlas med Waran."),
            ("Aktuellt", "PK 4,1 vid kontroll i dag, inga blödningar."),
            ("Åtgärd", "Ny dosering enligt AK-journalen. Pat ej informerad om den nya doseringen än, ssk ringer i eftermiddag."),
        ])],
        must=[], must_not=[["NL101", "n1"], ["NL102", "n1"]],
        why="What is untold is a new dose (a plan), not a diagnosis.",
    ),
    dict(
        case="s28h45_vgr_lymfom_dolt_sedan_informerat",
        ruleset="vgr", pnr="20021120-2072",
        notes=[
            note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                 "2024-05-27T10:00", "2024-05-27T11:00", [
                ("Aktuellt", "Förstorad, oöm lymfkörtel på vänster halssida sedan sex veckor, nattliga svettningar."),
                ("Status", "3 cm fast, oöm körtel supraklavikulärt vä. Ingen hepatosplenomegali."),
                ("Åtgärd", "DT hals-thorax och remiss ÖNH SÄS för biopsi, prio 1."),
                ("Tidiga hypoteser", "Misstänkt lymfom, i första hand Hodgkin. Pat ännu inte informerad om lymfommisstanken."),
            ]),
            note("n2", "Melior", "Telefonkontakt", "vg_vc", "vg_dr2",
                 "2024-06-20T15:30", None, [
                ("Telefonkontakt", "Ringt pat. Biopsin från halsen visar klassiskt Hodgkins lymfom."),
                ("Information", "Pat informerad om diagnosen, hematologen på SU har redan kallat honom till besök nästa vecka."),
            ]),
        ],
        must=[], must_not=[["NL102", "n1"], ["NL101", "n2"]],
        why="The suspicion was kept under the Tidiga hypoteser sökord in n1 (no NL102); the later visible note n2 tells the patient (no NL101).",
    ),
    dict(
        case="s28h45_vgr_typo_misstant_lungtuberkulos",
        ruleset="vgr", pnr="19950710-8653",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_st",
                    "2024-09-12T09:20", "2024-09-12T10:30", [
            ("Aktuellt", "Hosta i två månader, nattsvettningar, viktnedgång 5 kg. Kom från Somalia för tre år sedan, bor trångt."),
            ("Status", "Opåverkad. Temp 37,6. Lungor: nedsatta andningsljud apikalt hö."),
            ("Rtg", "Lungröntgen: infiltrat med kavitet i hö ovanlob."),
            ("Bedömning", "Misstänt lungtuberkulos."),
            ("Åtgärd", "Kontakt med infektionsjouren SÄS, pat remitteras för inläggning på isoleringsrum. Sputum för direktmikroskopi och PCR. Munskydd."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo in the hedge ('Misstänt'): suspected pulmonary tuberculosis in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_typo_differntialdiagnos_monoartrit",
        ruleset="vgr", pnr="19600914-3402",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr1",
                    "2024-09-19T13:30", "2024-09-19T14:20", [
            ("Aktuellt", "Svullet hö knä sedan tre veckor utan trauma. Fästingbett i juli, ingen rodnad som hon märkt."),
            ("Status", "Hydrops hö knä, lätt värmeökning. Rörlighet 0-110 grader."),
            ("Åtgärd", "Ledpunktion: 40 ml grumlig ledvätska, skickad för odling, kristaller och celler. Borreliaserologi."),
            ("Bedömning", "Differntialdiagnos borreliaartrit, reaktiv artrit eller pseudogikt."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo ('Differntialdiagnos'): an open differential for the patient's monoarthritis in a visible section.",
    ),
    dict(
        case="s28h45_vgr_typo_evenutell_subklinisk_hypertyreos",
        ruleset="vgr", pnr="19811103-9361",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_at",
                    "2024-09-25T15:00", "2024-09-25T15:10", [
            ("Provsvar", "TSH <0,01, fritt T4 21 (övre normalgräns), fritt T3 6,8. Tar inga sköldkörtelläkemedel."),
            ("Bedömning", "Evenutell subklinisk hypertyreos, ev. toxisk knuta."),
            ("Planering", "TRAK och tyreoideascintigrafi. Kontroll av hjärtrytmen."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo in the hedge ('Evenutell'): possible subclinical hyperthyroidism in a visible Bedömning.",
    ),
]

# ================================================================ part 8 (autumn: long charts, combined, typos)
CASES += [
    dict(
        case="s28h45_sk_narakut_typo_sab_kan_ej_uteslutsa",
        ruleset="skane", pnr="19751223-6105",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-10-12T18:05", "2024-10-12T18:40", [
            ("Aktuellt", "Plötslig kraftig huvudvärk i samband med träning på gymmet för tre timmar sedan, 'värsta i mitt liv'. Kräkts. Ingen tidigare migrän."),
            ("Status", "Vaken, GCS 15, ljuskänslig. Lätt nackstelhet. Pupiller lika. Inga fokala bortfall. BT 172/98."),
            ("Bedömning", "Subaraknoidalblödning kan ej uteslutsa."),
            ("Åtgärd", "Akut DT hjärna och DT-angio, medicinjouren kontaktad. Pat ligger kvar på närakuten med övervakning i väntan på transport."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo in the hedge ('kan ej uteslutsa'): subarachnoid haemorrhage kept open in a visible Skåne Melior Bedömning.",
    ),
    dict(
        case="s28h45_sk_asih_trolig_hyperkalcemi",
        ruleset="skane", pnr="19360626-9680",
        notes=[note("n1", "Melior", "Hembesök", "sk_asih", "sk_asih_dr",
                    "2024-10-15T10:00", "2024-10-15T11:20", [
            ("Bakgrund", "Bröstcancer med skelettmetastaser, inskriven i ASIH sedan augusti."),
            ("Aktuellt", "Maken ringde: tilltagande förvirring och dåsighet sedan två dygn, törstig, kissar mycket, förstoppad."),
            ("Status", "Dåsig men väckbar, desorienterad till tid. Torra slemhinnor. Inga fokala neurologiska bortfall."),
            ("Bedömning", "Trolig hyperkalcemi vid skelettmetastasering."),
            ("Planering", "Ca, albumin och kreatinin tas på plats, svar i eftermiddag. Vid förhöjt Ca dropp och zoledronsyra i hemmet efter samtal med pat och make."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Trolig hyperkalcemi' is a new hedged diagnosis in a visible ASIH (Skåne Melior) Bedömning.",
    ),
    dict(
        case="s28h45_vgr_lang_hembesok_misstankt_lewy_body_ej_informerad",
        ruleset="vgr", pnr="19350612-9208",
        notes=[note("n1", "Melior", "Hembesök", "vg_vc", "vg_dr1",
                    "2024-10-30T13:00", None, [
            ("Kontaktorsak", "Hembesök tillsammans med distriktssköterska Marie Gustafsson på begäran av dottern, som oroas av att mamma ser främmande människor i vardagsrummet."),
            ("Anamnes", "89-årig änka, bor ensam i lägenhet med hemtjänst två gånger dagligen. Hypertoni, hypotyreos, opererad för grå starr bilat. Läkemedel: amlodipin 5 mg, Levaxin 50 mikrog, Alvedon vid behov. Ingen tidigare känd kognitiv sjukdom."),
            ("Aktuellt", "Sedan i våras växlande förvirring, vissa dagar helt klar och andra dagar desorienterad. Beskriver i detalj barn som leker på golvet. Har ramlat tre gånger sedan sommaren, en gång utan att minnas det. Sover oroligt, dottern beskriver att hon slår och sparkar i sömnen. Gångförmågan försämrad, små steg. Ingen feber, inga urinvägssymtom."),
            ("Status", "AT: vaken, vänlig, något långsam i svaren. Orienterad till person men inte till tid. MMSE 21/30 med framför allt svårigheter i uppmärksamhet och figurkopiering. Måttlig rigiditet i båda armarna, ingen vilotremor. Framåtböjd hållning, korta steg, nedsatt armpendling. BT liggande 148/82, stående efter 3 min 118/70 med yrsel. Hjärtrytm regelbunden 76. Lungor ua. U-sticka neg."),
            ("Bedömning", "Fluktuerande kognition, visuella hallucinationer, parkinsonism och REM-sömnsstörning: misstänkt Lewy body-demens. Ortostatisk hypotension bidrar till fallen."),
            ("Information", "Pat ej informerad om misstanken om demenssjukdom, vid dagens besök var hon för trött och orolig. Dottern har fått veta att utredning behövs."),
            ("Planering", "Remiss minnesmottagningen SÄS. Amlodipin sätts ut. Undvik neuroleptika. Ny kontakt med dottern om två veckor, ssk följer upp fallrisk och hemtjänstinsatser."),
        ])],
        must=[["NL102", "n1"], ["NL101", "n1"]], must_not=[],
        why="Long home-visit chart (unsigned draft): suspected Lewy body dementia in the visible Bedömning and an explicit 'pat ej informerad om misstanken'.",
    ),
    dict(
        case="s28h45_vgr_lang_diabetes_arskontroll_inga_hypoteser",
        ruleset="vgr", pnr="19440614-1467",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_st",
                    "2024-11-05T09:00", "2024-11-05T11:30", [
            ("Kontaktorsak", "Årskontroll typ 2-diabetes och hypertoni."),
            ("Anamnes", "Typ 2-diabetes sedan 2011, hypertoni, hyperlipidemi. Pensionerad lärare, bor med maken, går stavgång varje dag. Röker ej. Läkemedel: metformin 1 g x 2, Jardiance 10 mg, ramipril 10 mg, atorvastatin 40 mg."),
            ("Aktuellt", "Mår bra. Har lagt om kosten efter diabetesskolan i våras och gått ned 3 kg. Inga hypoglykemier. Lite stickningar i tårna ibland på kvällen. Inga bröstsmärtor, ingen andfåddhet."),
            ("Status", "Vikt 78 kg, BMI 29. BT 134/78. Hjärtat med regelbunden rytm, inga blåsljud. Fötter: palpabla pulsar, normalt monofilament bilat, ingen hudförändring. Ögonbottenfoto i augusti utan retinopati."),
            ("Lab", "HbA1c 54 (föregående 61). LDL 1,9. Kreatinin 82, eGFR 64. U-albumin/kreatinin 2,1. Kalium 4,3."),
            ("Bedömning", "Typ 2-diabetes med förbättrad glukoskontroll, nära målvärdet. Välbehandlad hypertoni. Ingen njurpåverkan, ingen retinopati."),
            ("Planering", "Oförändrad medicinering. Ev. höjning av Jardiance om HbA1c ligger kvar över 52 vid nästa kontroll. Diabetessköterska om sex månader, läkare om ett år. Fortsatt fotvård hos medicinsk fotterapeut."),
        ])],
        must=[], must_not=[["NL102", "n1"], ["NL101", "n1"]],
        why="Long chart with only confirmed diagnoses, negated complications and a hedged dose plan ('Ev. höjning'); nothing about telling.",
    ),
    dict(
        case="s28h45_vgr_intyg_typo_trolig_utmatningssyndrom",
        ruleset="vgr", pnr="19841113-8566",
        notes=[note("n1", "Melior", "Intygsanteckning", "vg_vc", "vg_dr3",
                    "2024-11-11T14:00", "2024-11-11T14:45", [
            ("Intyg", "Läkarintyg för sjukpenning, första intyget."),
            ("Aktuellt", "Socialsekreterare, hög arbetsbelastning i två år. Sedan september uttalad trötthet som inte går över med vila, minnesluckor, kan inte läsa en tidning, gråter i bilen på väg till jobbet."),
            ("Diagnos", "Trolig utmatningssyndrom, differentialdiagnostiskt depression. Skattningsskalor och lab pågår."),
            ("Sjukskrivning", "100 % i fyra veckor. Kontakt med psykolog på vårdcentralen inledd."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Typo in the diagnosis word ('utmatningssyndrom'): a hedged diagnosis in the visible Diagnos section of a certificate note.",
    ),
    dict(
        case="s28h45_vgr_sannolik_lichen_sclerosus",
        ruleset="vgr", pnr="19511026-9742",
        notes=[note("n1", "Melior", "Mottagningsanteckning", "vg_vc", "vg_dr2",
                    "2024-11-13T10:15", "2024-11-13T10:50", [
            ("Aktuellt", "Klåda och sveda i underlivet i ett år, har använt receptfria svampkrämer utan effekt."),
            ("Status", "Vitaktiga, pergamentartade förändringar runt klitoris och perineum, små fissurer. Ingen sårbildning."),
            ("Bedömning", "Sannolik lichen sclerosus."),
            ("Åtgärd", "Dermovat kräm enligt nedtrappningsschema. Stansbiopsi vid utebliven effekt eller atypiskt utseende. Återbesök om tre månader."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="'Sannolik lichen sclerosus' in a visible Bedömning.",
    ),
    dict(
        case="s28h45_vgr_tel_baltros_fragetecken",
        ruleset="vgr", pnr="19901128-9213",
        notes=[note("n1", "Melior", "Telefonrådgivning", "vg_dsk", "vg_ssk2",
                    "2024-11-18T08:30", "2024-11-18T08:40", [
            ("Telefonkontakt", "Brännande smärta och små blåsor i ett band på vänster sida av bröstkorgen sedan i går. Feberkänsla."),
            ("Bedömning", "Bältros? Pat skickar bild via 1177."),
            ("Åtgärd", "Läkare tittar på bilden i dag för ställningstagande till valaciklovir inom 72 timmar."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Short phone note: a bare question mark after the diagnosis ('Bältros?') is a hedge.",
    ),
    dict(
        case="s28h45_vgr_misstankt_pankreascancer_ej_informerats",
        ruleset="vgr", pnr="19780815-7114",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "vg_vc", "vg_dr1",
                    "2024-11-20T12:10", None, [
            ("Provsvar", "DT buk 2024-11-19 (frågeställning smärtfri ikterus): 3 cm lågattenuerande förändring i pankreashuvudet med vidgade gallvägar, inga levermetastaser."),
            ("Bedömning", "Misstänkt pankreascancer."),
            ("Information", "Pat har ännu inte informerats om DT-svaret. Ska ringa honom i eftermiddag och erbjuda besök i morgon med hustrun."),
            ("Åtgärd", "SVF-remiss till kirurgen SU skickas efter samtalet. Leverprover och CA 19-9 i morgon."),
        ])],
        must=[["NL102", "n1"], ["NL101", "n1"]], must_not=[],
        why="Unsigned draft: hedged pancreatic cancer in a visible Bedömning while the patient has not yet been informed.",
    ),
    dict(
        case="s28h45_sk_narakut_misstankt_gliom_ej_informerad",
        ruleset="skane", pnr="19831008-7989",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak2",
                    "2024-11-23T15:30", "2024-11-23T17:10", [
            ("Aktuellt", "Tilltagande huvudvärk i tre veckor, morgonkräkningar, i dag ett generaliserat krampanfall hemma."),
            ("Status", "Postiktal men nu orienterad. Lätt pronationstendens vä arm. Stasade papiller bilat."),
            ("DT", "DT hjärna: 5 cm expansiv process i hö frontallob med omgivande ödem och 6 mm midlinjeförskjutning."),
            ("Bedömning", "Misstänkt högmalignt gliom."),
            ("Information", "Pat ej informerad om fyndet. Neurokirurgjouren i Lund tar över och ger besked efter överflyttningen i kväll, enligt överenskommelse."),
            ("Åtgärd", "Betapred 8 mg iv, Keppra 1 g iv. Ambulanstransport till neurokirurgen SUS Lund."),
        ])],
        must=[["NL102", "n1"], ["NL101", "n1"]], must_not=[],
        why="Skåne Melior: suspected glioma in a visible Bedömning and the patient is explicitly not yet told.",
    ),
    dict(
        case="s28h45_vgr_bvc_typo_trolig_atopsik_dermatit",
        ruleset="vgr", pnr="20220123-2523",
        notes=[note("n1", "Melior", "BVC-läkarbesök", "vg_bvc", "vg_dr2",
                    "2024-11-26T13:00", "2024-11-26T13:25", [
            ("Besök", "Läkarbesök på BVC. Kliande utslag i armvecken och knävecken sedan i somras, sover oroligt pga klådan."),
            ("Status", "Torr hud, eksematösa förändringar med rivmärken i armveck och knäveck. Ingen infektion i huden."),
            ("Bedömning", "Trolig atopsik dermatit."),
            ("Åtgärd", "Mjukgörande kräm två gånger dagligen, hydrokortison 1 % på eksemen i en vecka. Återbesök BVC-ssk om fyra veckor."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="2-year-old at BVC; typo in the diagnosis word ('atopsik'): a hedged diagnosis in a visible VGR Bedömning.",
    ),
    dict(
        case="s28h45_vgr_dsk_mrsa_odling_ej_informerad",
        ruleset="vgr", pnr="19921103-9657",
        notes=[note("n1", "Melior", "Sjuksköterskeanteckning", "vg_dsk", "vg_dsk1",
                    "2024-12-02T10:20", None, [
            ("Provsvar", "Sårodling från bölden på höger lår: MRSA, känslig för klindamycin och doxycyklin."),
            ("Information", "Pat ej informerad om odlingssvaret ännu. Dr Yusuf ringer honom i dag om behandling och smittskyddsregler."),
            ("Åtgärd", "Smittskyddsanmälan görs av läkaren. Fortsatt omläggning på mottagningen med basala hygienrutiner."),
        ])],
        must=[["NL101", "n1"]], must_not=[],
        why="District nurse draft: MRSA (a notifiable diagnosis) in visible text, patient not yet informed.",
    ),
    dict(
        case="s28h45_sk_med_typo_ej_underattad_hemokromatos",
        ruleset="skane", pnr="19901121-8006",
        notes=[note("n1", "Melior", "Provsvarsanteckning", "sk_med", "sk_med",
                    "2024-12-05T11:00", "2024-12-05T11:15", [
            ("Provsvar", "HFE-genotypning: homozygot för C282Y. Ferritin 1240, transferrinmättnad 78 %."),
            ("Bedömning", "Hereditär hemokromatos."),
            ("Information", "Pat ännu ej underättad om gentestet, besked lämnas vid återbesöket 12/12 tillsammans med information om blodtappning och släktutredning."),
            ("Planering", "Leverelastografi beställd. Venesectio 450 ml varje vecka startar efter återbesöket."),
        ])],
        must=[["NL101", "n1"]], must_not=[],
        why="Typo ('underättad'): hereditary haemochromatosis in visible text of a Skåne Melior note, patient not yet told.",
    ),
]

# ================================================================ part 9 (one-liners, long charts, more Skåne PMO)
CASES += [
    dict(
        case="s28h45_sk_pmo_lang_hembesok_hjartsvikt_dd_pneumoni",
        ruleset="skane", pnr="19390417-2487",
        notes=[note("n1", "PMO", "Hembesök", "sk_vc", "sk_dr1",
                    "2024-01-31T13:00", "2024-01-31T16:20", [
            ("Kontaktorsak", "Hembesök efter samtal från distriktssköterskan: ökad andfåddhet och svullna ben sedan en vecka."),
            ("Anamnes", "85-årig kvinna, änka sedan 2019, bor i eget hus i Smedstorp med hemtjänst morgon och kväll. Känd hjärtsvikt med bevarad ejektionsfraktion sedan 2021, förmaksflimmer, kostbehandlad typ 2-diabetes, artros i höfterna. Läkemedel: Eliquis 5 mg x 2, furosemid 40 mg x 1, bisoprolol 2,5 mg, Alvedon 1 g x 3. Inga kända allergier."),
            ("Aktuellt", "Blir andfådd redan när hon går till toaletten, sover sittande i fåtöljen sedan tre nätter. Vikten upp 3 kg på en vecka enligt hemtjänstens våg. Lite hosta med vitt slem, ingen feber uppmätt. Äter sämre, dricker mycket te. Har glömt furosemiden några dagar enligt dosetten."),
            ("Status", "AT: trött men adekvat, lätt dyspné i vila. Temp 37,3. AF 22, sat 92 % på luft. Puls 96 oregelbunden, BT 152/84. Halsvenstas vid 45 grader. Hjärta: oregelbunden rytm, systoliskt blåsljud 2/6 över apex. Lungor: bilaterala basala krepitationer, mer uttalat hö, ingen bronkial andning. Buk mjuk. Pittingödem upp till knäna bilat. Inga trycksår."),
            ("Lab", "Patientnära CRP 18, Hb 121, glukos 8,2."),
            ("Bedömning", "Trolig hjärtsviktsförsämring p.g.a. utebliven furosemid och högt vätskeintag. DD pneumoni hö basalt, mindre sannolikt med lågt CRP."),
            ("Åtgärd", "Furosemid höjs till 40 mg x 2 i en vecka. Vätskerestriktion 1,5 l/dygn, hemtjänsten informerad. Dosetten kontrolleras av ssk. Kreatinin och kalium om tre dagar."),
            ("Planering", "DSK-besök med vikt och status i morgon och på fredag. Ny läkarbedömning om ej bättre inom tre dagar, vid tilltagande andnöd ring 112. Vårdnivå diskuterad med pat och sonen, pat vill i första hand vårdas hemma."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Long Skåne PMO home-visit chart with 'Trolig hjärtsviktsförsämring' and 'DD pneumoni': PMO never shows diagnoses.",
    ),
    dict(
        case="s28h45_sk_pmo_receptfornyelse_en_rad",
        ruleset="skane", pnr="19580930-3174",
        notes=[note("n1", "PMO", "Receptförnyelse", "sk_vc", "sk_dr2",
                    "2024-02-08T08:05", "2024-02-08T08:06", [
            ("Åtgärd", "Omeprazol 20 mg förnyat 1 år, trol. refluxesofagit enl. gastroskopi 2019, utsättningsförsök ev. i höst."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="One-line PMO renewal with a hedged diagnosis: silent because PMO hides diagnoses.",
    ),
    dict(
        case="s28h45_vgr_en_rad_susp_nedre_uvi",
        ruleset="vgr", pnr="19990214-4261",
        notes=[note("n1", "Melior", "Telefonkontakt", "vg_vc", "vg_dr1",
                    "2024-02-27T12:40", "2024-02-27T12:42", [
            ("Telefonkontakt", "Selexid 200 mg x 3 i tre dagar ordinerat per telefon vid susp. nedre UVI, urinodling lämnad i morse."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="A one-line Melior phone note can still carry a hedged diagnosis ('susp. nedre UVI').",
    ),
    dict(
        case="s28h45_vgr_en_rad_suturtagning_barn",
        ruleset="vgr", pnr="20160616-8027",
        notes=[note("n1", "Melior", "Sjuksköterskeanteckning", "vg_dsk", "vg_ssk2",
                    "2024-03-26T10:10", "2024-03-26T10:12", [
            ("Åtgärd", "Suturtagning efter excision av naevus på ryggen, såret läkt utan tecken på sårinfektion."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="One-line note for an 8-year-old: a certain diagnosis and a negated infection, no hedge.",
    ),
    dict(
        case="s28h45_sk_pmo_intyg_trolig_lumbago_ischias",
        ruleset="skane", pnr="19750705-8704",
        notes=[note("n1", "PMO", "Intyg", "sk_vc", "sk_at",
                    "2024-04-11T15:20", "2024-04-11T15:45", [
            ("Intyg", "Läkarintyg för sjukpenning, förlängning två veckor."),
            ("Diagnos", "Trolig lumbago-ischias vä, MR ej gjord."),
            ("Aktivitetsbegränsning", "Kan inte sitta mer än 20 minuter eller lyfta mer än 5 kg. Arbetar som kassabiträde med många lyft."),
            ("Planering", "Fysioterapeut två gånger i veckan. MR om ingen förbättring till nästa bedömning."),
        ])],
        must=[], must_not=[["NL102", "n1"]],
        why="Certificate in PMO with a hedged diagnosis under Diagnos: PMO does not show diagnoses.",
    ),
    dict(
        case="s28h45_sk_narakut_lang_journal_dd_divertikulit",
        ruleset="skane", pnr="19830927-5132",
        notes=[note("n1", "Melior", "Läkaranteckning", "sk_nak", "sk_nak",
                    "2024-08-03T11:00", "2024-08-03T13:40", [
            ("Kontaktorsak", "Buksmärta i vänster fossa sedan tre dagar, feber sedan i går."),
            ("Anamnes", "41-årig man, lastbilschaufför. Tidigare frisk frånsett hypertoni behandlad med amlodipin. Opererad för ljumskbråck hö 2015. Röker 10 cig/dag. Alkohol: några öl i helgerna. Ingen känd hereditet för tarmsjukdom."),
            ("Aktuellt", "Smärtan började gradvis efter en helg med grillmat, sitter fast i nedre vänstra delen av buken, värre vid rörelse och gupp i bilen. Feber 38,4 i går kväll. Lös avföring två gånger, inget blod. Inga urinvägssymtom, ingen flanksmärta. Illamående utan kräkning. Har tagit Ipren med viss effekt."),
            ("Status", "AT: opåverkad men rör sig försiktigt. Temp 38,1, puls 92, BT 146/88, AF 16, sat 98 %. Hjärta och lungor utan anmärkning. Buk: mjuk, lokal palpationsömhet och lätt släppömhet i vänster fossa, ingen défense, ingen palpabel resistens. Normala tarmljud. Ingen dunkömhet över njurlogerna. Ljumskar utan bråck. PR: ingen ömhet, brun avföring utan blod."),
            ("Lab", "CRP 88, LPK 12,9, Hb 151, kreatinin 78. U-sticka neg för nitrit och blod."),
            ("Bedömning", "DD akut okomplicerad divertikulit i colon sigmoideum, mindre troligt kolit. Opåverkad, klarar peroralt intag."),
            ("Åtgärd", "DT buk med iv kontrast i dag för att bekräfta diagnosen och utesluta abscess eller perforation."),
            ("Planering", "Vid okomplicerad bild hemgång med paracetamol, ingen antibiotika enligt riktlinje, flytande kost ett par dagar. Kontroll på Vårdcentralen Tomelilla om en vecka. Koloskopi efter 6-8 veckor om diagnosen bekräftas."),
        ])],
        must=[["NL102", "n1"]], must_not=[["NL101", "n1"]],
        why="Long Skåne Melior chart from the närakut: 'DD akut okomplicerad divertikulit ... mindre troligt kolit' in the visible Bedömning; nothing about telling.",
    ),
    dict(
        case="s28h45_vgr_lang_obstipation_kan_vara_fekalom",
        ruleset="vgr", pnr="19461102-1686",
        notes=[note("n1", "Melior", "Läkaranteckning", "vg_vc", "vg_dr2",
                    "2024-05-29T09:30", "2024-05-29T12:00", [
            ("Kontaktorsak", "Magsmärtor, förstoppning och minskad aptit i två veckor. Kommer med dottern."),
            ("Anamnes", "78-årig kvinna, bor i lägenhet i Herrljunga, klarar sig själv med visst stöd av dottern. Hypertoni, KOL grad 2, artros i knän. Opererad för livmoderframfall 2010. Läkemedel: amlodipin 10 mg, Anoro Ellipta, Alvedon, samt sedan tre veckor tramadol 50 mg x 3 för knävärken (ordinerat av ortopeden)."),
            ("Aktuellt", "Ingen avföring på sex dagar, dessförinnan små hårda bitar. Uppkördhet och krampande smärtor i nedre delen av magen. Äter bara lite filmjölk, dricker kanske en liter om dagen. Illamående men inga kräkningar. Kissar som vanligt. Ingen feber. Känner sig yr när hon reser sig. Inget blod i avföringen tidigare, ingen viktnedgång före insjuknandet enligt dottern."),
            ("Status", "AT: opåverkad, något torr i munnen. Temp 36,9. BT 128/72 sittande, 112/68 stående. Puls 84 regelbunden. Hjärta ua. Lungor: förlängt expirium, inga rassel. Buk: lätt utspänd, mjuk, diffust öm i nedre delen. Palpabel degig resistens i vänster fossa. Livliga tarmljud utan metallklang. PR: rektum fylld med hård avföring."),
            ("Lab", "Hb 132, CRP 6, Na 136, K 3,9, kreatinin 94, Ca 2,38."),
            ("Bedömning", "Obstipation utlöst av tramadol och lågt vätske- och fiberintag. Resistensen i vänster fossa kan vara fekalom. Inga tecken på ileus."),
            ("Åtgärd", "Microlax på mottagningen med god effekt, stor mängd hård avföring. Movicol 2 dospåsar dagligen. Tramadol byts mot regelbundet paracetamol i full dos, ortopeden får brev om ändringen."),
            ("Planering", "Dottern ringer om tre dagar. Ny bukpalpation om en vecka för att säkerställa att resistensen försvunnit, annars DT buk."),
        ])],
        must=[["NL102", "n1"]], must_not=[],
        why="Long chart where the only hedged diagnosis is a half-sentence in the Bedömning ('kan vara fekalom') between confirmed and negated ones.",
    ),
    dict(
        case="s28h45_sk_pmo_trolig_pneumoni_bekraftad_pa_narakuten",
        ruleset="skane", pnr="19971221-7539",
        notes=[
            note("n1", "PMO", "Läkarbesök", "sk_vc", "sk_at",
                 "2024-02-26T10:30", "2024-02-26T11:10", [
                ("Aktuellt", "Feber och hosta i fem dagar, nu andfådd och ont i höger sida vid djupa andetag."),
                ("Status", "Temp 39,0, AF 24, sat 91 %. Nedsatta andningsljud och rassel basalt hö."),
                ("Bedömning", "Trolig pneumoni hö basalt, låg saturation hos i övrigt frisk ung man."),
                ("Åtgärd", "Remitteras till närakuten Ystad för röntgen och bedömning, ringt och förvarnat."),
            ]),
            note("n2", "Melior", "Läkaranteckning", "sk_nak", "sk_nak2",
                 "2024-02-26T14:30", "2024-02-26T15:15", [
                ("Rtg", "Lungröntgen: lobär konsolidering i höger underlob, ingen pleuravätska."),
                ("Bedömning", "Pneumoni i höger underlob, CRB-65 0. Saturation 94 % efter vila."),
                ("Åtgärd", "Amoxicillin 750 mg x 3 i sju dagar. Hemgång, kontroll på vårdcentralen om sex veckor med ny lungröntgen."),
            ]),
        ],
        must=[], must_not=[["NL102", "n1"], ["NL102", "n2"]],
        why="The hedge stands only in the PMO vårdcentral note (hidden); the Melior närakut note states the pneumonia as confirmed.",
    ),
]

# ---- parts end ----


# ---------------------------------------------------------------- build + validate
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout45_cases.jsonl")
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def parse_t(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M")


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def main():
    problems = []
    names = set()
    sentences = {}
    out_lines = []
    for c in CASES:
        name = c.get("case", "?")
        def bad(msg):
            problems.append("%s: %s" % (name, msg))
        if set(c) - {"case", "ruleset", "pnr", "notes", "must", "must_not", "why", "as_of"}:
            bad("unknown keys %s" % sorted(set(c) - {"case", "ruleset", "pnr", "notes", "must", "must_not", "why", "as_of"}))
        if not name.startswith("s28h45_"):
            bad("case name prefix")
        if name in names:
            bad("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            bad("ruleset")
        if not c.get("why", "").strip():
            bad("empty why")
        pnr = c["pnr"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pnr)
        birth = None
        if not m:
            bad("pnr format")
        else:
            if not luhn_ok(pnr[2:8] + pnr[9:]):
                bad("pnr Luhn")
            try:
                birth = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                bad("pnr date invalid")
        notes_out = []
        ids = set()
        systems = {}
        times = []
        if not c["notes"]:
            bad("no notes")
        for n in c["notes"]:
            if n["id"] in ids:
                bad("duplicate note id %s" % n["id"])
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                bad("system %s" % n["system"])
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                bad("VGR note not Melior")
            if n["unit"] not in UNITS or n["author"] not in AUTHORS:
                bad("unknown unit/author in %s" % n["id"])
                continue
            if c["ruleset"] == "vgr" and not n["unit"].startswith("vg_"):
                bad("VGR case with Skåne unit")
            if c["ruleset"] == "skane" and not n["unit"].startswith("sk_"):
                bad("Skåne case with VGR unit")
            if c["ruleset"] == "skane" and n["system"] == "PMO" and n["unit"] not in ("sk_vc", "sk_dsk", "sk_bvc", "sk_rehab"):
                bad("PMO note from a hospital unit")
            if c["ruleset"] == "skane" and n["system"] == "Melior" and n["unit"] in ("sk_vc", "sk_dsk", "sk_bvc", "sk_rehab"):
                bad("Melior note from a Skåne primary-care unit")
            try:
                t = parse_t(n["time"])
            except ValueError:
                bad("bad time %s" % n["time"])
                continue
            times.append(t)
            if t.year != 2024:
                bad("time not in 2024")
            signed = None
            if n["signed"] is not None:
                try:
                    st = parse_t(n["signed"])
                    if st.year != 2024 or st < t:
                        bad("signed before time or not in 2024")
                    signed = st.isoformat()
                except ValueError:
                    bad("bad signed")
            if birth:
                a = age_on(birth, t.date())
                if 13 <= a <= 15:
                    bad("patient aged 13-15 at note time")
            if not n["sections"]:
                bad("note without sections")
            for kw, text in n["sections"]:
                if not kw.strip() or not text.strip():
                    bad("empty section")
                for s in SENT_SPLIT.split(text):
                    s = " ".join(s.split())
                    if len(s) >= 25:
                        key = s.lower()
                        if key in sentences:
                            bad("sentence repeated (also in %s): %s" % (sentences[key], s))
                        else:
                            sentences[key] = name
            uname, hsa = UNITS[n["unit"]]
            aname, role = AUTHORS[n["author"]]
            notes_out.append({
                "id": n["id"], "system": n["system"], "template": n["template"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": aname, "role": role},
                "time": t.isoformat(), "signed": signed, "setting": "öppenvård",
                "refs": n["refs"],
                "sections": [{"keyword": kw, "text": text} for kw, text in n["sections"]],
            })
            for r in n["refs"]:
                pass
        if times:
            if c.get("as_of"):
                as_of = datetime.datetime.strptime(c["as_of"], "%Y-%m-%d")
            else:
                d = max(times).date() + datetime.timedelta(days=3)
                as_of = datetime.datetime(d.year, d.month, d.day)
            if as_of.year != 2024:
                bad("as_of not in 2024")
            if as_of < max(times):
                bad("as_of before a note")
            if birth:
                a = age_on(birth, as_of.date())
                if 13 <= a <= 15:
                    bad("patient aged 13-15 at as_of")
        else:
            as_of = datetime.datetime(2024, 12, 1)
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    bad("assertion shape")
                    continue
                code, target = item
                if code not in CODES:
                    bad("code %s" % code)
                if target not in ids:
                    bad("target %s missing" % target)
                    continue
                if (code, target) in seen:
                    bad("assertion %s/%s twice" % (code, target))
                seen.add((code, target))
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    bad("NL102 must asserted on non-Melior note")
                if code == "NL101" and systems[target] == "PMO":
                    bad("NL101 asserted on PMO note")
        if not c["must"] and not c["must_not"]:
            bad("case asserts nothing")
        if problems:
            continue
        rec = {
            "patient": {"id": pnr, "birth_date": birth.isoformat(), "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes_out,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out_lines.append(json.dumps({
            "case": name, "ruleset": c["ruleset"], "record": rec,
            "must": c["must"], "must_not": c["must_not"], "why": c["why"],
        }, ensure_ascii=False))
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out_lines) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(out_lines), OUT))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, stats.get((code, "must"), 0), stats.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
