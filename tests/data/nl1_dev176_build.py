#!/usr/bin/env python3
"""Independent test set (s28fp_): compulsory and forensic psychiatric care.

Swedish journal notes from LPT/LRV care, psychiatric intensive care, court-ordered
assessments and patients who lack insight, annotated for NL101 and NL102 only.
Written from the regional routines and the NL1 rule definitions alone.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and validates the set; it exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev176_cases.jsonl")

# ---------------------------------------------------------------- units (name, HSA-id)
UNITS = {
    # Region Skåne, Melior (hospital psychiatry and somatic care)
    "sk_rpk3": ("Rättspsykiatriska regionkliniken Trelleborg, avdelning 3", "SE2321000255-8831"),
    "sk_rpk5": ("Rättspsykiatriska regionkliniken Trelleborg, avdelning 5 (säkerhetsavdelning)", "SE2321000255-8835"),
    "sk_rpk_utr": ("Rättspsykiatriska regionkliniken Trelleborg, utredningsenheten", "SE2321000255-8840"),
    "sk_rp_oppen": ("Rättspsykiatrisk öppenvård Malmö", "SE2321000255-8852"),
    "sk_piva_lund": ("Psykiatrisk intensivvårdsavdelning (PIVA), Vuxenpsykiatri Lund", "SE2321000255-7240"),
    "sk_pakut_malmo": ("Psykiatriska akutmottagningen Malmö", "SE2321000255-7102"),
    "sk_pakut_hbg": ("Psykiatriska akutmottagningen Helsingborg", "SE2321000255-6914"),
    "sk_avd_hbg": ("Vuxenpsykiatri Helsingborg, heldygnsvård avd 5", "SE2321000255-6921"),
    "sk_psykos_malmo": ("Psykosvården Malmö, heldygnsvård avd 63", "SE2321000255-7118"),
    "sk_beroende": ("Beroendecentrum Malmö, heldygnsvård avd 1", "SE2321000255-7305"),
    "sk_bup_akut": ("BUP heldygnsvård, akutavdelningen Lund", "SE2321000255-5410"),
    "sk_affektiv": ("Affektiva mottagningen, Vuxenpsykiatri Lund", "SE2321000255-7261"),
    "sk_aldre": ("Äldrepsykiatriska avdelningen, Vuxenpsykiatri Malmö", "SE2321000255-7133"),
    "sk_krstd": ("Vuxenpsykiatri Kristianstad, heldygnsvård avd 41", "SE2321000255-6402"),
    "sk_medakut": ("Akutmottagningen medicin, Skånes universitetssjukhus Malmö", "SE2321000255-2019"),
    "sk_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "sk_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2240"),
    "sk_ystad_med": ("Medicinavdelning 2, Lasarettet i Ystad", "SE2321000255-3310"),
    # Region Skåne, PMO (primary care)
    "sk_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-1184"),
    "sk_vc_taga": ("Vårdcentralen Tågaborg, Helsingborg", "SE2321000255-1047"),
    "sk_vc_simris": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-1222"),
    "sk_hsv_trbg": ("Hemsjukvården Trelleborg, primärvården", "SE2321000255-1390"),
    "sk_um_eslov": ("Ungdomsmottagningen Eslöv", "SE2321000255-1455"),
    "sk_vc_hassleholm": ("Vårdcentralen Hässleholm Norra", "SE2321000255-1301"),
    # Västra Götalandsregionen, Melior
    "vg_rp_rag1": ("Rättspsykiatri Sahlgrenska Universitetssjukhuset, Rågården avd 1", "SE2321000131-E000000014201"),
    "vg_rp_rag4": ("Rättspsykiatri Sahlgrenska Universitetssjukhuset, Rågården avd 4 (säkerhetsavdelning)", "SE2321000131-E000000014204"),
    "vg_rp_utr": ("Rättspsykiatrisk utredningsenhet, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000014210"),
    "vg_rp_oppen": ("Rättspsykiatrisk öppenvård, Sahlgrenska Universitetssjukhuset Göteborg", "SE2321000131-E000000014220"),
    "vg_piva_ostra": ("Psykiatrisk intensivvårdsavdelning 362, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000013362"),
    "vg_pakut_ostra": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000013300"),
    "vg_psykos374": ("Psykosvård heldygn avd 374, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000013374"),
    "vg_nal81": ("Vuxenpsykiatrisk heldygnsvård avd 81, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000021081"),
    "vg_skas50": ("Psykiatriska kliniken Skaraborgs Sjukhus Skövde, avd 50", "SE2321000131-E000000031050"),
    "vg_sas_piva": ("Psykiatri Södra Älvsborgs Sjukhus Borås, PIVA avd 7", "SE2321000131-E000000041007"),
    "vg_beroende": ("Beroendepsykiatrisk heldygnsvård avd 366, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000013366"),
    "vg_aldre": ("Äldrepsykiatri heldygn avd 31, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000012031"),
    "vg_med_kungalv": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000051120"),
    "vg_neuro": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011410"),
    "vg_alingsas_psyk": ("Vuxenpsykiatrimottagning Alingsås", "SE2321000131-E000000061200"),
}

PMO_UNITS = {k for k in UNITS if k.startswith(("sk_vc_", "sk_hsv_", "sk_um_"))}


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=()):
    """One interchange-v1 note. `sections` is a list of (keyword, text)."""
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []

# ---------------------------------------------------------------- part 1: Skåne RPK/PIVA, first VGR
CASES += [
    dict(case="s28fp_sk_rpk_misstankt_paranoid_schizofreni_lrv", ruleset="skane",
         pnr="19900621-9712", birth="1990-06-21",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk3", "Henrik Åkesson", "läkare",
                  "2024-02-13T10:40:00", "2024-02-13T14:05:00", "slutenvård", [
                      ("Aktuellt", "Intagen 8/2 enl. LRV efter dom i Malmö tingsrätt (grov misshandel). "
                                   "Överflyttad från häktet. Pat sluten och misstänksam, sitter mest på rummet."),
                      ("Status", "Vaken, orienterad. Vaksam blick, undviker ögonkontakt. Berättar att grannarna "
                                 "avlyssnar hans lägenhet via elnätet. Förnekar rösthörande men avbryter sig och "
                                 "lyssnar åt sidan. Ej suicidal."),
                      ("Bedömning", "Misstänkt paranoid schizofreni, DD vanföreställningssyndrom. Fortsatt "
                                    "observation, strukturerad diagnostisk intervju när pat medger."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Hedged schizophrenia (misstänkt, DD) in the visible Bedömning of a Skåne Melior LRV note; nothing said about telling."),

    dict(case="s28fp_sk_rpk_tidiga_hypoteser_mall_schizoaffektivt", ruleset="skane",
         pnr="19800509-5875", birth="1980-05-09",
         notes=[N("n1", "Melior", "Tidiga hypoteser", "sk_rpk5", "Maria Frisk", "läkare",
                  "2024-01-22T15:10:00", "2024-01-22T15:48:00", "slutenvård", [
                      ("Bedömning", "Sannolikt schizoaffektivt syndrom av bipolär typ snarare än ren schizofreni, "
                                    "med tanke på de periodiska maniska skoven 2019 och 2022. Ej kommunicerat med "
                                    "pat då han i nuläget uppfattar varje diagnostisk diskussion som ett led i en "
                                    "konspiration mot honom. Omprövas vid nästa vårdplanering."),
                  ])],
         must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
         why="Skåne: hedged and untold diagnosis written only in the protected template Tidiga hypoteser."),

    dict(case="s28fp_sk_piva_ingen_misstanke_om_delirium", ruleset="skane",
         pnr="19560417-4903", birth="1956-04-17",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_piva_lund", "Johan Bengtsson", "läkare",
                  "2024-03-06T09:15:00", "2024-03-06T11:30:00", "slutenvård", [
                      ("Aktuellt", "Inlagd enl. LPT sedan 3/3 pga mani med psykotiska symtom. Bipolär sjukdom "
                                   "typ I sedan 1998. Natten orolig enl. ssk, sov ca 2 h."),
                      ("Status", "Vaken, orienterad till tid, rum och person. Uppmärksamheten kan riktas och "
                                 "hållas, följer tvåstegsinstruktioner. Talträngd med tankeflykt."),
                      ("Bedömning", "Ingen misstanke om delirium; den oroliga natten förklaras väl av manin. "
                                    "S-litium 0,7 igår, fortsatt samma dos."),
                  ])],
         must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
         why="Negated: 'Ingen misstanke om delirium' beside confirmed bipolar disorder is no hypothesis."),

    dict(case="s28fp_sk_pakut_vardintyg_bild_som_vid_mani", ruleset="skane",
         pnr="19760106-8559", birth="1976-01-06",
         notes=[N("n1", "Melior", "Vårdintyg", "sk_pakut_malmo", "Amir Haddad", "läkare",
                  "2024-04-19T23:50:00", "2024-04-20T00:35:00", "slutenvård", [
                      ("Anamnes", "Förs in av polis efter att ha stått och dirigerat trafiken på Amiralsgatan. "
                                  "Sambon uppger att han inte sovit på fyra nätter och köpt två bilar på kredit."),
                      ("Status", "Upprymd, distanslös och högljudd. Svår att avbryta. Grandiosa idéer om att "
                                 "ha uppfunnit en ny energikälla. Förnekar rösthörande."),
                      ("Bedömning", "Bild som vid mani, eventuellt med psykotiska inslag. Saknar förmåga att "
                                    "ta ställning till vård och motsätter sig inläggning. Vårdintyg utfärdat, "
                                    "pat förs till avd 63."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="LPT certificate: 'Bild som vid mani' is a hedged diagnosis in a visible Bedömning."),

    dict(case="s28fp_sk_rpk_ev_permission_trolig_vardplanering", ruleset="skane",
         pnr="19680715-5491", birth="1968-07-15",
         notes=[N("n1", "Melior", "Omvårdnadsanteckning", "sk_rpk3", "Lena Nordström", "sjuksköterska",
                  "2024-03-27T14:20:00", "2024-03-27T14:41:00", "slutenvård", [
                      ("Aktuellt", "Ansökan om särskild utslussningsprövning inskickad, förvaltningsrättens "
                                   "beslut inväntas. Lugn på avdelningen och deltar i ADL-träning."),
                      ("Planering", "Ev. ledsagad permission till Trelleborgs centrum på fredag om läkare "
                                    "godkänner. Trolig samordnad vårdplanering med kommunen v. 14."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Hedges (ev., trolig) only on plans — a leave and a care-planning meeting — not on a diagnosis."),

    dict(case="s28fp_sk_rpk_schizofreni_faststalld_ej_informerad", ruleset="skane",
         pnr="19790317-7611", birth="1979-03-17",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk3", "Sara Lindqvist", "läkare",
                  "2024-05-14T13:00:00", "2024-05-14T16:12:00", "slutenvård", [
                      ("Bedömning", "Efter fyra månaders observation och kompletterande neuropsykologisk "
                                    "testning fastställs diagnosen paranoid schizofreni (F20.0)."),
                      ("Information", "Pat ej informerad om diagnosen ännu. Ansvarig överläkare avser ta det "
                                      "vid vårdplaneringen nästa vecka då pat idag är påtagligt irritabel."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Settled diagnosis in a visible section while the note says the patient has not been told yet."),

    dict(case="s28fp_sk_rpk_diagnos_delgiven_pat_forefaller_sakna_insikt", ruleset="skane",
         pnr="19700712-0657", birth="1970-07-12",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk3", "Sara Lindqvist", "läkare",
                  "2024-06-04T10:30:00", "2024-06-04T12:02:00", "slutenvård", [
                      ("Samtal", "Delgav pat idag diagnosen paranoid schizofreni tillsammans med "
                                 "kontaktperson. Pat lyssnar men säger att han aldrig varit sjuk en dag i sitt "
                                 "liv och att diagnosen är påhittad av åklagaren."),
                      ("Bedömning", "Bristande sjukdomsinsikt, vilket är väntat i detta skede. Fortsatt "
                                    "psykopedagogik i små steg."),
                  ])],
         must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
         why="Patient was told the diagnosis today; denying it (no insight) does not make it uncommunicated."),

    dict(case="s28fp_sk_bup_lpt_far_trol_bipolar", ruleset="skane",
         pnr="20061006-8207", birth="2006-10-06",
         notes=[N("n1", "Melior", "Inskrivningsanteckning", "sk_bup_akut", "Karin Ohlsson", "läkare",
                  "2024-02-02T18:25:00", "2024-02-02T20:10:00", "slutenvård", [
                      ("Anamnes", "17-årig flicka, intagen enl. LPT efter paracetamolintoxikation och kvarstående "
                                  "uttalad suicidavsikt. Motsätter sig vård."),
                      ("Hereditet", "Far har trol. bipolär sjukdom, aldrig utredd, periodvis mycket hög "
                                    "aktivitetsnivå och stora skulder. Moster behandlad för depression."),
                      ("Bedömning", "Egentlig depression, svår episod utan psykotiska symtom. Hög suicidrisk, "
                                    "extravak dygnet runt."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="The only hedged diagnosis (trol. bipolär sjukdom) belongs to the father, not the patient."),

    dict(case="s28fp_sk_lsp7_frontotemporal_demens_kan_ej_uteslutas", ruleset="skane",
         pnr="19650518-8190", birth="1965-05-18",
         notes=[N("n1", "Melior", "Läkarintyg 7 § LSP", "sk_rpk_utr", "Per-Olof Mattsson", "läkare",
                  "2024-04-08T11:00:00", "2024-04-09T09:20:00", "öppenvård", [
                      ("Bakgrund", "58-årig tidigare ostraffad man, nu åtalad för sexuellt ofredande och "
                                   "snatteri. Hustrun beskriver personlighetsförändring sedan två år, "
                                   "hämningslöshet och nya matvanor."),
                      ("Bedömning", "Frontotemporal demens kan ej uteslutas. MR hjärna och neuropsykologisk "
                                    "utredning beställda, LP diskuteras med neurolog. Rekommenderar "
                                    "rättspsykiatrisk undersökning."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Court-ordered 7 § assessment: 'kan ej uteslutas' on frontotemporal dementia in a visible section."),

    dict(case="s28fp_sk_pmo_vc_trolig_diabetes_olanzapin", ruleset="skane",
         pnr="19680909-8376", birth="1968-09-09",
         notes=[N("n1", "PMO", "Besöksanteckning", "sk_vc_sjobo", "Elin Svensson", "läkare",
                  "2024-05-02T08:45:00", "2024-05-02T09:30:00", "öppenvård", [
                      ("Aktuellt", "Kommer med boendestödjare. Står på olanzapin 20 mg sedan 2021 via "
                                   "rättspsykiatrisk öppenvård. Ökat 14 kg senaste året, törstig, kissar ofta."),
                      ("Status", "BMI 34. BT 148/92. P-glukos 13,2."),
                      ("Bedömning", "Trolig diabetes mellitus typ 2, sannolikt läkemedelsrelaterad. HbA1c och "
                                    "lipider tas, återbesök om 2 v."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="PMO never shows diagnoses: a hedged diabetes diagnosis in a vårdcentral note is not NL102."),

    dict(case="s28fp_sk_psykos_vid_misstanke_om_nms_instruktion", ruleset="skane",
         pnr="19820512-8294", birth="1982-05-12",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_psykos_malmo", "Nils Holmberg", "läkare",
                  "2024-01-17T12:05:00", "2024-01-17T12:40:00", "slutenvård", [
                      ("Aktuellt", "Schizofreni, paranoid form, vårdas enl. LPT. Insatt haloperidoldepå igår "
                                   "efter upprepad medicinvägran, beslut enl. 17 § LPT."),
                      ("Planering", "Vid misstanke om malignt neuroleptikasyndrom (feber, muskelrigiditet, "
                                    "förvirring, stigande CK) ska jourhavande läkare kontaktas omgående. Temp "
                                    "och BT två gånger dagligen första veckan."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="'Vid misstanke om' NMS is a conditional instruction to staff, not a hypothesis about the patient."),

    dict(case="s28fp_vg_rp_tidiga_hypoteser_sokord_huntington", ruleset="vgr",
         pnr="19630715-3095", birth="1963-07-15",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag1", "Gunnar Wester", "läkare",
                  "2024-03-12T13:35:00", "2024-03-12T15:00:00", "slutenvård", [
                      ("Aktuellt", "Lugn vecka på avdelningen. Deltar i snickeriet två förmiddagar i veckan. "
                                   "Sömn u.a."),
                      ("Status", "Ofrivilliga ryckiga rörelser i händer och ansikte, mer uttalade än vid "
                                 "inskrivningen. Långsam i tanke och tal."),
                      ("Tidiga hypoteser", "Stark misstanke om Huntingtons sjukdom: morfar avled i en "
                                           "nervsjukdom i 50-årsåldern, tilltagande chorea och kognitiv svikt. "
                                           "Ej kommunicerat med pat; gentest först efter genetisk vägledning."),
                  ])],
         must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
         why="VGR: the hedged, untold Huntington hypothesis sits only under the filtered sökord Tidiga hypoteser."),

    dict(case="s28fp_vg_piva_susp_amfetaminutlost_psykos", ruleset="vgr",
         pnr="19960609-1792", birth="1996-06-09",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_piva_ostra", "Linnea Berg", "läkare",
                  "2024-02-25T10:10:00", "2024-02-25T11:45:00", "slutenvård", [
                      ("Aktuellt", "Inkom via psykakuten i natt, LPT. Hotfull mot personal, bälteslagd "
                                   "02.10-03.40 enl. 19 § LPT."),
                      ("Lab", "U-tox positiv för amfetamin och cannabis. CRP <5, Hb 148."),
                      ("Bedömning", "Susp. amfetaminutlöst psykos. Avvaktar förloppet 48-72 h innan "
                                    "ställningstagande till antipsykotika."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Abbreviated hedge 'Susp.' on a drug-induced psychosis in a visible VGR Melior section."),

    dict(case="s28fp_vg_mall_tidiga_hypoteser_men_sokord_bedomning", ruleset="vgr",
         pnr="20001119-9056", birth="2000-11-19",
         notes=[N("n1", "Melior", "Tidiga hypoteser", "vg_rp_utr", "Oskar Lund", "psykolog",
                  "2024-05-21T14:00:00", "2024-05-21T16:30:00", "slutenvård", [
                      ("Bedömning", "Misstänkt autismspektrumtillstånd; rigida rutiner, bokstavlig "
                                    "språkförståelse och svårigheter med ömsesidighet sedan tidig barndom enl. "
                                    "modern. Utreds vidare under vårdtiden."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="VGR filters by sökord, not template name: a hypothesis under sökord Bedömning is visible."),

    dict(case="s28fp_sk_sokord_tidiga_hypoteser_i_vanlig_mall", ruleset="skane",
         pnr="19950905-0523", birth="1995-09-05",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_avd_hbg", "Fredrik Ek", "läkare",
                  "2024-06-18T11:20:00", "2024-06-18T13:05:00", "slutenvård", [
                      ("Aktuellt", "Kvar enl. LPT, tredje vårdveckan. Skurit sig på underarmen i helgen med "
                                   "en bit från en sönderslagen spegel, sutur x4."),
                      ("Tidiga hypoteser", "Möjlig emotionellt instabil personlighetsstörning; upprepade "
                                           "självskador, instabila relationer och kronisk tomhetskänsla. "
                                           "Värderas när den depressiva episoden klingat av."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Skåne filters by template, not sökord: a 'Tidiga hypoteser' sökord inside a Läkaranteckning is visible."),
]

# ---------------------------------------------------------------- part 2
CASES += [
    dict(case="s28fp_vg_rp_hivinfektion_ej_fatt_beskedet", ruleset="vgr",
         pnr="19850403-0530", birth="1985-04-03",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag1", "Annika Dahl", "läkare",
                  "2024-04-12T15:25:00", "2024-04-12T16:02:00", "slutenvård", [
                      ("Lab", "Hiv-1 antikropp/antigen positiv, konfirmerad med linjeblot 11/4. CD4 och "
                              "virusmängd skickade."),
                      ("Bedömning", "Hivinfektion. Pat har ännu inte fått beskedet; infektionsläkare från "
                                    "Östra kommer på torsdag och informerar tillsammans med kurator. "
                                    "Smittspårning därefter."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Confirmed HIV infection in a visible section while 'pat har ännu inte fått beskedet'."),

    dict(case="s28fp_vg_sas_hepatit_c_ej_informerad_sedan_informerad", ruleset="vgr",
         pnr="19970101-6025", birth="1997-01-01",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_sas_piva", "Mikael Strand", "läkare",
                  "2024-07-08T11:40:00", "2024-07-08T12:15:00", "slutenvård", [
                      ("Lab", "Anti-HCV positiv, HCV-RNA påvisat 1,2 milj IE/ml. ALAT 1,9."),
                      ("Bedömning", "Kronisk hepatit C. Pat ej informerad ännu, är i dag för misstänksam "
                                    "och rädd för förgiftning för att kunna ta emot beskedet."),
                  ]),
                N("n2", "Melior", "Läkaranteckning", "vg_sas_piva", "Mikael Strand", "läkare",
                  "2024-07-11T10:05:00", "2024-07-11T10:50:00", "slutenvård", [
                      ("Samtal", "Informerat pat om hepatit C-infektionen och att det finns effektiv "
                                 "tablettbehandling. Pat tog emot beskedet lugnt och ställde relevanta frågor."),
                      ("Planering", "Remiss infektionsmottagningen SÄS för behandlingsstart efter utskrivning."),
                  ], refs=["n1"])],
         must=[("NL101", "n1")], must_not=[("NL101", "n2")],
         why="Day 1 note withholds hepatitis C (NL101); the later note records that the patient was told."),

    dict(case="s28fp_sk_rpk_ej_informerad_om_forhandlingsdatum", ruleset="skane",
         pnr="19660928-7492", birth="1966-09-28",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk5", "Henrik Åkesson", "läkare",
                  "2024-05-29T09:50:00", "2024-05-29T10:30:00", "slutenvård", [
                      ("Aktuellt", "Paranoid schizofreni, vårdas enl. LRV med särskild utskrivningsprövning. "
                                   "Stabil på klozapin, inga incidenter senaste månaden."),
                      ("Planering", "Pat ej informerad om datum för förhandlingen i förvaltningsrätten (12/6); "
                                    "tas upp av ansvarig läkare på måndag för att undvika en helg av oro."),
                  ])],
         must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
         why="What the patient is not yet told is a court date, not a diagnosis; the diagnosis is long known."),

    dict(case="s28fp_vg_psykos_ansokan_fortsatt_vard_ej_berattad", ruleset="vgr",
         pnr="19790326-2355", birth="1979-03-26",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_psykos374", "Jenny Sandberg", "läkare",
                  "2024-08-20T14:15:00", "2024-08-20T14:58:00", "slutenvård", [
                      ("Diagnos", "Schizoaffektivt syndrom, manisk typ (F25.0)."),
                      ("Åtgärd", "Ansökan om medgivande till fortsatt tvångsvård enl. 7 § LPT skickad till "
                                 "förvaltningsrätten. Pat har inte fått veta att ansökan gått iväg, "
                                 "informeras vid morgondagens rond."),
                  ])],
         must=[], must_not=[("NL101", "n1")],
         why="Untold item is the court application for continued LPT care, not the (known) diagnosis."),

    dict(case="s28fp_vg_aldre_lpt_trol_lewykroppsdemens", ruleset="vgr",
         pnr="19570303-5088", birth="1957-03-03",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_aldre", "Bertil Olofsson", "läkare",
                  "2024-09-03T13:10:00", "2024-09-03T15:45:00", "slutenvård", [
                      ("Aktuellt", "67-årig kvinna, vårdas enl. LPT sedan 28/8 efter att ha lämnat spisen på "
                                   "och vandrat ut på E6:an nattetid."),
                      ("Bedömning", "Trol. Lewykroppsdemens: fluktuerande kognition, detaljerade "
                                    "synhallucinationer och lätt parkinsonism. Kraftig stelhet efter en "
                                    "enstaka dos haloperidol på akuten."),
                      ("Planering", "Undvik typiska neuroleptika. DaTSCAN beställd."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="'Trol.' on Lewy body dementia in a visible Bedömning of an LPT psychogeriatric note."),

    dict(case="s28fp_sk_aldre_talar_emot_demens_depression", ruleset="skane",
         pnr="19610128-6166", birth="1961-01-28",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_aldre", "Ingrid Möller", "läkare",
                  "2024-10-15T10:00:00", "2024-10-15T11:35:00", "slutenvård", [
                      ("Utredning", "MMT 28/30 efter att stämningsläget ljusnat. DT hjärna u.a. Ingen "
                                    "fokalneurologi."),
                      ("Bedömning", "Fynden talar emot demenssjukdom. Svår depression med psykotiska symtom "
                                    "(F32.3), förbättrad under ECT."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="'Talar emot demenssjukdom' is a negated hypothesis; the depression is affirmed."),

    dict(case="s28fp_sk_pakut_dd_akut_polymorf_psykos_telegrafisk", ruleset="skane",
         pnr="19991127-8381", birth="1999-11-27",
         notes=[N("n1", "Melior", "Akutanteckning", "sk_pakut_hbg", "Omar Suleiman", "läkare",
                  "2024-01-06T03:20:00", None, "slutenvård", [
                      ("Anamnes", "24-årig kvinna, ingen tidigare psyk. kontakt. Sömnlös sedan 5 d, tror att "
                                  "TV:n sänder meddelanden till henne. Mamma följer."),
                      ("Bedömning", "Akut insjuknande. DD akut polymorf psykos / debuterande schizofreni. "
                                    "Neg. tox. Vårdintyg, inläggning avd 5."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Telegraphic 'DD' listing two psychotic disorders in a visible emergency note."),

    dict(case="s28fp_sk_rpk_adhd_misstankes_i_skolan_avskriven", ruleset="skane",
         pnr="19970802-7231", birth="1997-08-02",
         notes=[N("n1", "Melior", "Utredningsanteckning", "sk_rpk_utr", "Cecilia Nyberg", "psykolog",
                  "2024-02-27T13:30:00", "2024-02-28T08:50:00", "slutenvård", [
                      ("Anamnes", "Uppväxt i Landskrona, flera skolbyten. ADHD misstänktes i mellanstadiet men "
                                  "BUP-utredningen 2009 visade att kriterierna inte var uppfyllda."),
                      ("Testning", "WAIS-IV genomförd på två förmiddagar, gott samarbete. Resultat "
                                   "sammanställs till nästa vecka."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="A suspicion from childhood that was investigated and ruled out is no current hypothesis."),

    dict(case="s28fp_vg_nal_misstankt_rymningsforsok", ruleset="vgr",
         pnr="19750428-7512", birth="1975-04-28",
         notes=[N("n1", "Melior", "Omvårdnadsanteckning", "vg_nal81", "Tomas Pettersson", "skötare",
                  "2024-06-30T21:40:00", "2024-06-30T22:15:00", "slutenvård", [
                      ("Händelse", "Misstänkt rymningsförsök kl 21: pat påträffad vid staketet på rastgården "
                                   "med en skruvmejsel i fickan. Lämnade över den utan protester."),
                      ("Åtgärd", "Jourläkare informerad, beslut om kroppsvisitation enl. 23 § LPT. Utevistelse "
                                 "endast med två personal tills vidare."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="'Misstänkt' qualifies an escape attempt, an event, not a diagnosis."),

    dict(case="s28fp_vg_utr_fragestallning_schizofreni", ruleset="vgr",
         pnr="20030518-7056", birth="2003-05-18",
         notes=[N("n1", "Melior", "Utredningsanteckning", "vg_rp_utr", "Helena Croona", "läkare",
                  "2024-03-19T09:00:00", "2024-03-19T12:10:00", "slutenvård", [
                      ("Uppdrag", "Läkarintyg enl. 7 § LSP begärt av Göteborgs tingsrätt, åtal för rån."),
                      ("Utredning", "Frågeställning: schizofreni? Negativa symtom sedan gymnasiet, social "
                                    "isolering, tankestopp under intervjun."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="'Frågeställning: schizofreni?' in a visible section of a court-ordered assessment is a hypothesis."),

    dict(case="s28fp_sk_beroende_trolig_wernickes_encefalopati", ruleset="skane",
         pnr="19560419-9298", birth="1956-04-19",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_beroende", "Anders Gustafsson", "läkare",
                  "2024-11-02T16:30:00", None, "slutenvård", [
                      ("Status", "Bredspårig ataxi, horisontell nystagmus, desorienterad till tid. Alkoholdoft."),
                      ("Bedömning", "Trolig Wernickes encefalopati hos pat med känt alkoholberoende. "
                                    "Tiamin 500 mg iv x3 påbörjat. LPT-intagning övervägs om han fortsätter "
                                    "att försöka lämna avdelningen."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Unsigned draft: 'Trolig Wernickes encefalopati' is a hedged diagnosis in a visible section."),

    dict(case="s28fp_sk_pmo_hemsjukvard_misstankt_pneumoni", ruleset="skane",
         pnr="19540715-7329", birth="1954-07-15",
         notes=[N("n1", "PMO", "Hemsjukvårdsanteckning", "sk_hsv_trbg", "Birgitta Holm", "sjuksköterska",
                  "2024-12-03T11:15:00", "2024-12-03T11:40:00", "öppenvård", [
                      ("Aktuellt", "Pat med schizofreni och öppen psykiatrisk tvångsvård. Feber 38,9, hosta "
                                   "sedan igår, sat 91 % i vila."),
                      ("Åtgärd", "Misstänkt pneumoni, dr Andersson kontaktad per telefon och ordinerar "
                                 "amoxicillin 750 mg x3. Ny kontroll i morgon förmiddag."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Hedged pneumonia in a PMO home-care note: PMO does not show diagnoses."),

    dict(case="s28fp_vg_piva_bipolar_kand_sedan_tidigare", ruleset="vgr",
         pnr="19930627-9481", birth="1993-06-27",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_piva_ostra", "Linnea Berg", "läkare",
                  "2024-04-02T10:25:00", "2024-04-02T11:10:00", "slutenvård", [
                      ("Aktuellt", "Återinlagd enl. LPT, tredje maniska skovet på två år efter att hon satt ut "
                                   "litium i januari."),
                      ("Bedömning", "Bipolär sjukdom typ I, manisk episod. Pat känner sedan tidigare till sin "
                                    "diagnos, informerades utförligt vid vårdtillfället 2022."),
                  ])],
         must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
         why="Patient was told the bipolar diagnosis at an earlier admission; no hedge either."),

    dict(case="s28fp_sk_opt_missankt_bipolar_typ2_typo", ruleset="skane",
         pnr="19820812-6147", birth="1982-08-12",
         notes=[N("n1", "Melior", "Mottagningsanteckning", "sk_affektiv", "Jonas Viklund", "läkare",
                  "2024-09-24T15:00:00", "2024-09-24T15:40:00", "öppenvård", [
                      ("Aktuellt", "Öppen psykiatrisk tvångsvård med särskilt villkor om depåinjektion. "
                                   "Sambon beskriver perioder med minskat sömnbehov och överdrivna inköp."),
                      ("Bedömning", "Missänkt bipolär sjukdom typ II bakom de återkommande depressionerna. "
                                    "Stämningsdagbok till nästa besök."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Typo 'Missänkt' still hedges bipolar II in a visible outpatient Melior note."),

    dict(case="s28fp_vg_rp_oppen_intellektuell_funktionsnedsattning_ej_infomerad_typo", ruleset="vgr",
         pnr="19821007-1273", birth="1982-10-07",
         notes=[N("n1", "Melior", "Psykologanteckning", "vg_rp_oppen", "Sofia Engström", "psykolog",
                  "2024-08-27T10:20:00", "2024-08-27T11:05:00", "öppenvård", [
                      ("Utredning", "Neuropsykologisk utredning klar: lindrig intellektuell "
                                    "funktionsnedsättning (F70), helhets-IQ 64."),
                      ("Planering", "Pat ej infomerad om resultatet ännu, återkoppling bokad med psykolog och "
                                    "boendestöd den 3/9."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Typo 'infomerad': settled intellectual disability diagnosis visible before the patient is told."),
]

# ---------------------------------------------------------------- part 3
CASES += [
    dict(case="s28fp_sk_piva_kan_rora_sig_om_katatoni", ruleset="skane",
         pnr="19861103-1355", birth="1986-11-03",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_piva_lund", "Johan Bengtsson", "läkare",
                  "2024-05-06T08:55:00", "2024-05-06T10:20:00", "slutenvård", [
                      ("Status", "Stuporös, mutistisk, bibehåller påtvingade kroppsställningar i flera "
                                 "minuter. Äter och dricker inte sedan igår kväll."),
                      ("Bedömning", "Kan röra sig om katatoni. Lorazepamtest 2 mg iv i förmiddag, vätska iv "
                                    "enl. 17 § LPT."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Kan röra sig om katatoni' hedges a diagnosis in a visible PIVA note."),

    dict(case="s28fp_vg_pakut_forenligt_med_cannabisutlost_psykos", ruleset="vgr",
         pnr="19910411-7958", birth="1991-04-11",
         notes=[N("n1", "Melior", "Akutanteckning", "vg_pakut_ostra", "Rasmus Ahlgren", "läkare",
                  "2024-10-12T01:45:00", None, "slutenvård", [
                      ("Anamnes", "Röker cannabis dagligen sedan tonåren, ökat senaste månaden. Tror att "
                                  "kompisarna planterat en mikrofon i hans tand."),
                      ("Bedömning", "Förenligt med cannabisutlöst psykos. Motsätter sig frivillig vård; "
                                    "vårdintyg skrivs, intagningsbeslut av bakjouren."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Förenligt med' a cannabis-induced psychosis in a visible VGR emergency note."),

    dict(case="s28fp_sk_rpk5_talar_for_antisocial_personlighetsstorning", ruleset="skane",
         pnr="19880323-8552", birth="1988-03-23",
         notes=[N("n1", "Melior", "Psykologanteckning", "sk_rpk5", "Cecilia Nyberg", "psykolog",
                  "2024-07-16T13:00:00", "2024-07-17T09:15:00", "slutenvård", [
                      ("Testning", "Strukturerad intervju enl. SCID-5-PD samt genomgång av dom och "
                                   "socialakter. Genomgående ansvarslöshet och bristande ånger sedan 15 års ålder."),
                      ("Bedömning", "Sammantaget talar fynden för antisocial personlighetsstörning. Slutlig "
                                    "värdering efter riskbedömning med HCR-20."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="'Talar för' a personality disorder pending final assessment: hedged, visible psychologist note."),

    dict(case="s28fp_vg_rp4_inger_misstanke_om_temporallobsepilepsi", ruleset="vgr",
         pnr="19821008-9838", birth="1982-10-08",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag4", "Gunnar Wester", "läkare",
                  "2024-01-30T14:10:00", "2024-01-30T15:00:00", "slutenvård", [
                      ("Aktuellt", "Personalen har sett tre episoder med stirrande blick, smackningar och "
                                   "plockande med händerna, cirka en minut, därefter trött och förvirrad."),
                      ("Bedömning", "Episoderna inger misstanke om temporallobsepilepsi. EEG med sömndeprivation "
                                    "bokat, neurologkonsult."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Inger misstanke om' temporal lobe epilepsy is a hedged diagnosis in a visible section."),

    dict(case="s28fp_sk_bup_barn_lpt_trolig_autism", ruleset="skane",
         pnr="20131116-8957", birth="2013-11-16",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_bup_akut", "Karin Ohlsson", "läkare",
                  "2024-03-14T16:20:00", "2024-03-14T17:55:00", "slutenvård", [
                      ("Aktuellt", "10-årig pojke, intagen enl. LPT efter att ha sprungit ut på motorvägen och "
                                   "sedan klättrat upp på ett broräcke. Föräldrarna närvarande."),
                      ("Bedömning", "Trolig autism med svår emotionell dysreglering, DD ADHD. Fortsatt "
                                    "observation, skattningar från skolan inhämtas."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Child under 13 (guardians read the journal): 'Trolig autism, DD ADHD' in a visible note."),

    dict(case="s28fp_vg_beroende_korsakoff_narstaende_men_ej_pat", ruleset="vgr",
         pnr="19740119-4977", birth="1974-01-19",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_beroende", "Eva Lindgren", "läkare",
                  "2024-09-10T11:00:00", "2024-09-10T13:25:00", "slutenvård", [
                      ("Bedömning", "Korsakoffs syndrom efter mångårigt alkoholberoende; gravt nedsatt "
                                    "inlärning trots tiaminbehandling sedan sex veckor."),
                      ("Information", "Dottern informerad om diagnosen. Pat själv har inte fått veta, han "
                                      "konfabulerar och kan i nuläget inte behålla informationen."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Diagnosis visible; the daughter was told but the patient explicitly has not been."),

    dict(case="s28fp_sk_rpk_pat_informerad_bror_ska_ej_veta", ruleset="skane",
         pnr="19840611-1917", birth="1984-06-11",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk3", "Maria Frisk", "läkare",
                  "2024-08-06T10:45:00", "2024-08-06T11:30:00", "slutenvård", [
                      ("Samtal", "Pat informerad om diagnosen schizofreni och accepterar den delvis."),
                      ("Närstående", "Pat vill inte att brodern får veta något om diagnosen. Brodern ej "
                                     "informerad och ska inte informeras utan pats samtycke."),
                  ])],
         must=[], must_not=[("NL101", "n1")],
         why="Patient told; only a relative is kept uninformed, at the patient's wish."),

    dict(case="s28fp_vg_piva_normal_mr_ej_meddelad", ruleset="vgr",
         pnr="19950915-9548", birth="1995-09-15",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_piva_ostra", "Rasmus Ahlgren", "läkare",
                  "2024-11-19T09:35:00", "2024-11-19T10:00:00", "slutenvård", [
                      ("Diagnos", "Akut och övergående psykos (F23), känd sedan inskrivningen."),
                      ("Undersökningar", "MR hjärna u.a. Pat ej underrättad om svaret än, tas vid ronden i "
                                         "morgon."),
                  ])],
         must=[], must_not=[("NL101", "n1")],
         why="The untold item is a normal MRI result, not a diagnosis."),

    dict(case="s28fp_sk_krstd_kan_inte_utesluta_klozapinmyokardit", ruleset="skane",
         pnr="19810403-4395", birth="1981-04-03",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_krstd", "Leif Sjöberg", "läkare",
                  "2024-06-11T17:05:00", "2024-06-11T17:50:00", "slutenvård", [
                      ("Aktuellt", "Dag 19 efter insättning av klozapin. Febril 38,4, puls 128 i vila."),
                      ("Lab", "TnT 48, CRP 62."),
                      ("Bedömning", "Kan inte utesluta klozapininducerad myokardit. Klozapin utsatt, EKG "
                                    "och eko beställda, kardiologkonsult i morgon."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="'Kan inte utesluta' myocarditis is a hedged diagnosis in a visible section."),

    dict(case="s28fp_vg_nal_myokardit_uteslutes", ruleset="vgr",
         pnr="19780724-2578", birth="1978-07-24",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_nal81", "Petra Hellström", "läkare",
                  "2024-04-23T13:20:00", "2024-04-23T14:05:00", "slutenvård", [
                      ("Bedömning", "Myokardit uteslutes: normalt TnT vid tre provtagningar och normalt eko. "
                                    "Den övergående takykardin bedöms som klozapinrelaterad."),
                      ("Planering", "Klozapin titreras vidare med långsammare upptrappning, puls morgon och "
                                    "kväll."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="'Myokardit uteslutes' is a ruled-out diagnosis, not a hypothesis."),

    dict(case="s28fp_vg_skas_alzheimer_vantar_pa_dottern", ruleset="vgr",
         pnr="19510113-1984", birth="1951-01-13",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_skas50", "Åsa Karlberg", "läkare",
                  "2024-10-01T14:30:00", "2024-10-01T16:00:00", "slutenvård", [
                      ("Bedömning", "Demens vid Alzheimers sjukdom, sen debut. Diagnosen ställd vid dagens "
                                    "konferens utifrån MR, likvor och neuropsykologisk testning."),
                      ("Planering", "Pat bör ej informeras förrän dottern kan närvara, samtal planeras till "
                                    "fredag."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Settled dementia diagnosis visible while the note says the patient must not be told yet."),

    dict(case="s28fp_sk_medakut_misstankt_klozapinileus", ruleset="skane",
         pnr="19540624-5018", birth="1954-06-24",
         notes=[N("n1", "Melior", "Akutanteckning", "sk_medakut", "Hanna Ljung", "läkare",
                  "2024-02-09T19:30:00", "2024-02-09T21:10:00", "slutenvård", [
                      ("Anamnes", "Inkommer med personal från RPK Trelleborg. Står på klozapin 450 mg. Ingen "
                                  "avföring på sex dagar, kräkts två gånger."),
                      ("Status", "Buk spänd, uppdriven, sparsamma tarmljud. Temp 37,6."),
                      ("Bedömning", "Misstänkt klozapininducerad ileus. DT buk akut, kirurgkonsult."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Somatic emergency for a forensic patient: 'Misstänkt ... ileus' in a visible Melior note."),

    dict(case="s28fp_sk_rpk_trolig_oppenvard_eventuellt_dt", ruleset="skane",
         pnr="19950718-5677", birth="1995-07-18",
         notes=[N("n1", "Melior", "Vårdplanering", "sk_rpk3", "Lena Nordström", "sjuksköterska",
                  "2024-06-26T10:00:00", "2024-06-26T10:55:00", "slutenvård", [
                      ("Vårdplan", "Trolig övergång till öppen rättspsykiatrisk vård i augusti, boende på "
                                   "Stödboendet Klörup diskuteras med socialtjänsten."),
                      ("Somatik", "Eventuellt DT hjärna inför utslussningen om huvudvärken skulle kvarstå. "
                                  "Blodtryck och vikt följs månadsvis."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Only plans are hedged (trolig övergång, eventuellt DT); no diagnosis is hedged."),

    dict(case="s28fp_vg_rp4_diffrentialdiagnos_typo", ruleset="vgr",
         pnr="19930921-2356", birth="1993-09-21",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag4", "Annika Dahl", "läkare",
                  "2024-12-10T09:10:00", "2024-12-10T10:40:00", "slutenvård", [
                      ("Anamnes", "Skallskada vid trafikolycka 2015 med frontal kontusion."),
                      ("Bedömning", "Vanföreställningar om otrohet sedan 2017. Diffrentialdiagnos: "
                                    "organiskt vanföreställningssyndrom efter skallskadan."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Misspelled 'Diffrentialdiagnos' still names a hypothesis in a visible VGR section."),

    dict(case="s28fp_sk_psykos_nmdar_encefalit_ej_meddelad", ruleset="skane",
         pnr="20000112-7067", birth="2000-01-12",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_psykos_malmo", "Nils Holmberg", "läkare",
                  "2024-03-28T15:45:00", "2024-03-28T16:20:00", "slutenvård", [
                      ("Lab", "Anti-NMDA-receptorantikroppar påvisade i likvor och serum."),
                      ("Bedömning", "Anti-NMDA-receptorencefalit. Överflyttning till neurologen planeras i "
                                    "morgon. Pat, som fortfarande är djupt psykotisk, har inte informerats om "
                                    "diagnosen."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Confirmed autoimmune encephalitis visible while the patient has not been informed."),
]

# ---------------------------------------------------------------- part 4: NL101 focus
CASES += [
    dict(case="s28fp_sk_rpk5_skivepitelcancer_ej_besked", ruleset="skane",
         pnr="19510307-4174", birth="1951-03-07",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk5", "Per-Olof Mattsson", "läkare",
                  "2024-03-21T13:40:00", None, "slutenvård", [
                      ("Provsvar", "PAD från bronkoskopin: skivepitelcancer i vänster huvudbronk."),
                      ("Planering", "Pat har ännu inte fått besked om cancerdiagnosen. Onkologen ger beskedet "
                                    "vid besöket 4/4 med kontaktperson från avdelningen som stöd."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Histologically confirmed lung cancer visible while 'ännu inte fått besked'."),

    dict(case="s28fp_vg_rp1_diabetes_ej_underattad_typo", ruleset="vgr",
         pnr="19951219-3039", birth="1995-12-19",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag1", "Gunnar Wester", "läkare",
                  "2024-05-08T08:30:00", "2024-05-08T09:05:00", "slutenvård", [
                      ("Lab", "HbA1c 71 och 74 mmol/mol med en månads mellanrum, fP-glukos 9,8."),
                      ("Bedömning", "Diabetes mellitus typ 2, nydiagnostiserad. Pat ej underättad ännu, "
                                    "diabetessköterskan träffar honom i morgon och ger information."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Typo 'underättad': new diabetes diagnosis visible before the patient has been told."),

    dict(case="s28fp_sk_avd_schizofreniformt_delges_senare", ruleset="skane",
         pnr="19970322-4478", birth="1997-03-22",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_avd_hbg", "Fredrik Ek", "läkare",
                  "2024-07-02T11:15:00", None, "slutenvård", [
                      ("Aktuellt", "Fortsatt LPT. Tar peroralt aripiprazol sedan i fredags utan protester."),
                      ("Bedömning", "Schizofreniformt syndrom, kriterierna uppfyllda efter fem veckors "
                                    "observation. Diagnosen delges pat först när han är mindre psykotisk."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="'Diagnosen delges pat först när...' — diagnosis visible, telling deferred."),

    dict(case="s28fp_sk_rpk_huntington_gentest_ej_informerad_synlig", ruleset="skane",
         pnr="19810814-2178", birth="1981-08-14",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk3", "Henrik Åkesson", "läkare",
                  "2024-10-22T14:00:00", "2024-10-22T15:30:00", "slutenvård", [
                      ("Provsvar", "Gentest: 44 CAG-repetitioner i HTT-genen. Huntingtons sjukdom därmed "
                                   "bekräftad."),
                      ("Information", "Pat ej informerad. Tid för genetisk vägledning tillsammans med "
                                      "klinisk genetik Lund bokas innan beskedet lämnas."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Genetically confirmed Huntington's written in an ordinary visible note, patient not informed."),

    dict(case="s28fp_vg_rp4_epilepsi_ej_meddelad_under_avskiljning", ruleset="vgr",
         pnr="19620105-7830", birth="1962-01-05",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag4", "Annika Dahl", "läkare",
                  "2024-02-20T16:00:00", "2024-02-20T16:45:00", "slutenvård", [
                      ("Utredning", "EEG visar epileptiform aktivitet temporalt vänster. Neurolog bedömer "
                                    "fokal epilepsi och rekommenderar lamotrigin."),
                      ("Planering", "Diagnosen har inte meddelats pat, som är avskild sedan i går; tas när "
                                    "avskiljningen hävts."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Focal epilepsy stated in a visible section; 'inte meddelats pat' during seclusion."),

    dict(case="s28fp_sk_inf_neurosyfilis_inte_fatt_veta", ruleset="skane",
         pnr="19580109-4573", birth="1958-01-09",
         notes=[N("n1", "Melior", "Konsultationsanteckning", "sk_inf", "Gustav Lönn", "läkare",
                  "2024-09-16T10:40:00", "2024-09-16T11:25:00", "slutenvård", [
                      ("Anamnes", "Konsult på PIVA Lund. 66-årig man, LPT, paranoid psykos med debut i "
                                  "våras och kognitiv svikt."),
                      ("Bedömning", "Neurosyfilis: positiv TPPA i serum och positiv VDRL i likvor. Pat har "
                                    "inte fått veta ännu; jag återkommer i morgon och informerar honom."),
                      ("Åtgärd", "Bensylpenicillin iv i 14 dagar. Smittskyddsanmälan görs."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Infectious disease consult: confirmed neurosyphilis visible, patient 'inte fått veta ännu'."),

    dict(case="s28fp_sk_rp_oppen_ast_aterkoppling_ej_gjord", ruleset="skane",
         pnr="20021118-8842", birth="2002-11-18",
         notes=[N("n1", "Melior", "Psykologanteckning", "sk_rp_oppen", "Cecilia Nyberg", "psykolog",
                  "2024-11-05T13:20:00", "2024-11-06T08:40:00", "öppenvård", [
                      ("Sammanfattning", "Utredningen visar autismspektrumtillstånd utan intellektuell "
                                         "funktionsnedsättning (F84.5)."),
                      ("Planering", "Återkoppling till pat ej gjord ännu, sker tillsammans med "
                                    "LSS-handläggare den 19/11. Tills dess har pat inte kännedom om "
                                    "utredningsresultatet."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Autism diagnosis in visible text; feedback to the patient not yet given."),

    dict(case="s28fp_vg_sas_meningeom_pat_kanner_inte_till", ruleset="vgr",
         pnr="19620203-2055", birth="1962-02-03",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_sas_piva", "Mikael Strand", "läkare",
                  "2024-08-13T12:50:00", "2024-08-13T13:30:00", "slutenvård", [
                      ("Undersökningar", "MR hjärna: 4 cm meningeom frontalt vänster med lätt ödem."),
                      ("Bedömning", "Meningeomet kan bidra till personlighetsförändringen. Pat känner ännu "
                                    "inte till fyndet; neurokirurg kontaktad och beskedet ges när pat är "
                                    "lugnare."),
                  ])],
         must=[("NL101", "n1")], must_not=[],
         why="Radiologically confirmed meningioma visible; 'pat känner ännu inte till fyndet'."),

    dict(case="s28fp_sk_beroende_levercirros_ska_inte_fa_veta_annu", ruleset="skane",
         pnr="19671214-1412", birth="1967-12-14",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_beroende", "Anders Gustafsson", "läkare",
                  "2024-04-30T09:45:00", "2024-04-30T10:30:00", "slutenvård", [
                      ("Undersökningar", "Ultraljud lever och elastografi 26 kPa: levercirros."),
                      ("Planering", "Pat ska inte få veta detta ännu, beskedet ges av gastroenterolog vid "
                                    "mottagningsbesöket efter utskrivning. Fortsatt abstinensbehandling enl. PM."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Liver cirrhosis stated visibly with 'ska inte få veta detta ännu'."),

    dict(case="s28fp_vg_rp1_adhd_ej_informerad_utkast", ruleset="vgr",
         pnr="20050309-1951", birth="2005-03-09",
         notes=[N("n1", "Melior", "Psykologanteckning", "vg_rp_rag1", "Oskar Lund", "psykolog",
                  "2024-06-12T15:30:00", None, "slutenvård", [
                      ("Utredning", "Utredningen visar ADHD, kombinerad form. QbTest och "
                                    "föräldraintervju samstämmiga."),
                      ("Information", "Pat har inte informerats om resultatet, återkoppling sker nästa vecka."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Unsigned draft: ADHD result visible, 'pat har inte informerats'."),

    dict(case="s28fp_sk_piva_bipolar_fortfarande_oinformerad", ruleset="skane",
         pnr="19971020-8589", birth="1997-10-20",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_piva_lund", "Johan Bengtsson", "läkare",
                  "2024-08-29T10:05:00", "2024-08-29T10:35:00", "slutenvård", [
                      ("Bedömning", "Bipolär sjukdom typ I, fastställd efter den andra maniska episoden."),
                      ("Information", "Pat fortfarande oinformerad, vi avvaktar att manin klingar av innan "
                                      "diagnosen tas upp."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="'Fortfarande oinformerad' about a settled bipolar diagnosis written in a visible section."),

    dict(case="s28fp_vg_aldre_misstankt_parkinson_ej_informerad", ruleset="vgr",
         pnr="19570116-7800", birth="1957-01-16",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_aldre", "Bertil Olofsson", "läkare",
                  "2024-11-12T14:10:00", "2024-11-12T15:00:00", "slutenvård", [
                      ("Undersökningar", "DaTSCAN patologisk med nedsatt upptag bilat i putamen."),
                      ("Bedömning", "Misstänkt Parkinsons sjukdom bakom rigiditet och hypomimi. Pat ej "
                                    "informerad om misstanken, tas upp först efter neurologbedömning."),
                  ])],
         must=[("NL101", "n1"), ("NL102", "n1")], must_not=[],
         why="A hedged diagnosis that is also explicitly withheld from the patient, both in a visible section."),

    dict(case="s28fp_vg_skas_overflyttning_ej_kand_for_pat", ruleset="vgr",
         pnr="19910205-2009", birth="1991-02-05",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_skas50", "Åsa Karlberg", "läkare",
                  "2024-03-05T15:15:00", "2024-03-05T15:40:00", "slutenvård", [
                      ("Aktuellt", "Känd paranoid schizofreni, vårdas enl. LPT. Upprepade våldsamma utbrott mot "
                                   "personal senaste veckan."),
                      ("Planering", "Pat vet ännu inte om att överflyttning till PIVA i Borås planeras på "
                                    "torsdag, informeras samma morgon av säkerhetsskäl."),
                  ])],
         must=[], must_not=[("NL101", "n1")],
         why="What is withheld is a planned transfer, not a diagnosis."),

    dict(case="s28fp_vg_piva_fornekar_sjukdom_inget_om_information", ruleset="vgr",
         pnr="20000521-1248", birth="2000-05-21",
         notes=[N("n1", "Melior", "Omvårdnadsanteckning", "vg_piva_ostra", "Maja Eriksson", "sjuksköterska",
                  "2024-12-14T20:30:00", "2024-12-14T20:55:00", "slutenvård", [
                      ("Omvårdnad", "Pat med schizofreni vägrar kvällsmedicinen och säger att hon inte är sjuk "
                                    "och inte hör hemma här. Lugnade sig efter samtal i dagrummet."),
                  ])],
         must=[], must_not=[("NL101", "n1")],
         why="Denial of illness (lack of insight) says nothing about whether the patient was informed."),

    dict(case="s28fp_sk_tidiga_hypoteser_mall_huntington_bekraftad_ej_informerad", ruleset="skane",
         pnr="19630318-6412", birth="1963-03-18",
         notes=[N("n1", "Melior", "Tidiga hypoteser", "sk_rpk5", "Maria Frisk", "läkare",
                  "2024-11-26T11:30:00", "2024-11-26T12:10:00", "slutenvård", [
                      ("Tidiga hypoteser", "Huntingtons sjukdom genetiskt verifierad (43 CAG). Pat ej "
                                           "informerad; han har uttryckt suicidtankar kopplade till moderns "
                                           "sjukdomsförlopp. Beskedet planeras med genetisk vägledning."),
                  ])],
         must=[], must_not=[("NL101", "n1")],
         why="Skåne: the untold diagnosis is kept only in the protected template Tidiga hypoteser."),
]

# ---------------------------------------------------------------- part 5: NL102 positives, many hedge forms
CASES += [
    dict(case="s28fp_sk_psykos_ev_postpartumpsykos", ruleset="skane",
         pnr="19900927-5422", birth="1990-09-27",
         notes=[N("n1", "Melior", "Inskrivningsanteckning", "sk_psykos_malmo", "Nils Holmberg", "läkare",
                  "2024-02-16T22:10:00", "2024-02-16T23:30:00", "slutenvård", [
                      ("Anamnes", "33-årig kvinna, förlöst för fyra veckor sedan. Sover knappt, upplever att "
                                  "barnet är utbytt. Maken ringde 112."),
                      ("Bedömning", "Ev. postpartumpsykos, DD bipolär sjukdom med debut postpartum. Intagen "
                                    "enl. LPT, barnet hos maken och hans mor."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Ev.' and 'DD' on postpartum psychiatric diagnoses in a visible admission note."),

    dict(case="s28fp_vg_psykos_diagnos_schizoaffektivt_fragetecken", ruleset="vgr",
         pnr="19721112-2556", birth="1972-11-12",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_psykos374", "Jenny Sandberg", "läkare",
                  "2024-01-09T13:30:00", "2024-01-09T14:10:00", "slutenvård", [
                      ("Diagnos", "Schizoaffektivt syndrom?"),
                      ("Bedömning", "Affektiva skov med kvarstående psykotiska symtom mellan skoven, "
                                    "behöver mer tid på avdelningen för att avgöra."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="A bare '?' after the diagnosis under sökord Diagnos marks it as unsettled."),

    dict(case="s28fp_sk_krstd_mojlig_litiumintoxikation", ruleset="skane",
         pnr="19750515-5528", birth="1975-05-15",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_krstd", "Leif Sjöberg", "läkare",
                  "2024-07-19T07:55:00", None, "slutenvård", [
                      ("Status", "Grovvågig tremor, ostadig i gång, diarré sedan i går. Lätt förlångsammad."),
                      ("Bedömning", "Möjlig litiumintoxikation. Akut S-litium och krea, litium pausas, "
                                    "vätska iv."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Möjlig' lithium toxicity in a visible Bedömning."),

    dict(case="s28fp_vg_nal_sannolkit_delirium_tremens_typo", ruleset="vgr",
         pnr="19700605-7777", birth="1970-06-05",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_nal81", "Petra Hellström", "läkare",
                  "2024-05-26T04:15:00", "2024-05-26T05:00:00", "slutenvård", [
                      ("Aktuellt", "Tredje dygnet efter inläggning, senaste alkoholintag enl. sambo i "
                                   "söndags. Ser insekter på väggarna, svettig, puls 124."),
                      ("Bedömning", "Sannolkit delirium tremens. Oxazepam enl. CIWA, tiamin iv. Kvarhålls "
                                    "enl. 6 b § LPT."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Typo 'Sannolkit' still hedges delirium tremens in a visible section."),

    dict(case="s28fp_sk_utr_arbetsdiagnos_svartsjukeparanoia", ruleset="skane",
         pnr="19540412-6517", birth="1954-04-12",
         notes=[N("n1", "Melior", "Utredningsanteckning", "sk_rpk_utr", "Per-Olof Mattsson", "läkare",
                  "2024-09-05T10:15:00", "2024-09-06T08:20:00", "öppenvård", [
                      ("Uppdrag", "Rättspsykiatrisk undersökning, häktad för olaga hot mot grannen."),
                      ("Bedömning", "Arbetsdiagnos: vanföreställningssyndrom av svartsjukekaraktär. "
                                    "Kognitiv screening och MR hjärna kompletteras för att utesluta "
                                    "organisk orsak."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Arbetsdiagnos' is provisional: an unsettled diagnosis in a visible forensic note."),

    dict(case="s28fp_vg_utr_preliminar_diagnos_eips", ruleset="vgr",
         pnr="20030423-1269", birth="2003-04-23",
         notes=[N("n1", "Melior", "Utredningsanteckning", "vg_rp_utr", "Helena Croona", "läkare",
                  "2024-10-08T13:45:00", "2024-10-08T15:30:00", "slutenvård", [
                      ("Utredning", "Fjärde utredningsveckan. Återkommande självskador i häktet, intensiva "
                                    "och korta relationer, snabba humörsvängningar."),
                      ("Diagnos", "Preliminär diagnos: emotionellt instabil personlighetsstörning, "
                                  "impulsiv typ. Ställningstagande efter komplett SCID-5-PD."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Preliminär diagnos' under sökord Diagnos is a hypothesis visible to the patient."),

    dict(case="s28fp_sk_pakut_oklart_om_psykos_eller_ghb_abstinens", ruleset="skane",
         pnr="19930204-7791", birth="1993-02-04",
         notes=[N("n1", "Melior", "Akutanteckning", "sk_pakut_malmo", "Amir Haddad", "läkare",
                  "2024-06-08T02:40:00", "2024-06-08T03:20:00", "slutenvård", [
                      ("Anamnes", "Hämtad av ambulans från en fest, aggressiv och förvirrad. Kamrater uppger "
                                  "att han doserat GHB flera gånger per dygn i veckor men slutade i förrgår."),
                      ("Bedömning", "Oklart om det rör sig om primär psykos eller GHB-abstinens med "
                                    "delirium. Överförs till medicinakuten för övervakning."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Oklart om' between two diagnoses leaves both as hypotheses in a visible note."),

    dict(case="s28fp_vg_pakut_tyder_pa_ptsd", ruleset="vgr",
         pnr="19630404-1392", birth="1963-04-04",
         notes=[N("n1", "Melior", "Akutanteckning", "vg_pakut_ostra", "Rasmus Ahlgren", "läkare",
                  "2024-07-27T23:05:00", "2024-07-28T00:10:00", "slutenvård", [
                      ("Anamnes", "Förd hit av polis med stöd av 13 § polislagen efter att ha barrikaderat sig i "
                                  "lägenheten med en kniv. Mardrömmar och flashbacks efter fängelsetiden i "
                                  "hemlandet."),
                      ("Bedömning", "Bilden tyder på PTSD med dissociativa inslag snarare än psykos. "
                                    "Vårdintyg ej utfärdat, erbjuds frivillig vård som han accepterar."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Tyder på PTSD' is a hedged diagnosis in a visible emergency assessment."),

    dict(case="s28fp_sk_rpk5_tvangssyndrom_inte_osannolikt", ruleset="skane",
         pnr="19590417-1435", birth="1959-04-17",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk5", "Henrik Åkesson", "läkare",
                  "2024-04-16T14:25:00", "2024-04-16T15:15:00", "slutenvård", [
                      ("Aktuellt", "Tvättar händerna upp mot hundra gånger per dag, huden sprucken. "
                                   "Kontrollerar dörrlåset upprepade gånger."),
                      ("Bedömning", "Tvångssyndrom är inte osannolikt vid sidan av den kända schizofrenin. "
                                    "Y-BOCS görs av psykolog."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Inte osannolikt' is a hedge on obsessive-compulsive disorder."),

    dict(case="s28fp_vg_rp_oppen_kvarstaende_misstanke_hepatit_b", ruleset="vgr",
         pnr="19541119-9994", birth="1954-11-19",
         notes=[N("n1", "Melior", "Mottagningsanteckning", "vg_rp_oppen", "Sofia Engström", "sjuksköterska",
                  "2024-03-26T09:20:00", "2024-03-26T09:50:00", "öppenvård", [
                      ("Aktuellt", "Kommer för depåinjektion, paliperidon 150 mg. Tagit provrör i samband "
                                   "med besöket."),
                      ("Bedömning", "Kvarstående misstanke om hepatit B-bärarskap enl. dr Wester, "
                                    "HBsAg och HBV-DNA skickade."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Kvarstående misstanke om' a hepatitis B carrier state, written by a nurse in a visible section."),

    dict(case="s28fp_sk_bup_tonaring_trol_atypisk_anorexi", ruleset="skane",
         pnr="20060506-2488", birth="2006-05-06",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_bup_akut", "Karin Ohlsson", "läkare",
                  "2024-04-28T12:00:00", "2024-04-28T13:40:00", "slutenvård", [
                      ("Aktuellt", "Intagen enl. LPT pga livshotande undervikt och vägran att äta. "
                                   "Sondnäring enl. 17 § LPT."),
                      ("Status", "BMI 15,1. Puls 44, ortostatisk. Lanugobehåring."),
                      ("Bedömning", "Trol. atypisk anorexia nervosa, kroppsuppfattningen oklar. Risk för "
                                    "refeeding, fosfat dagligen."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="17-year-old: 'Trol.' on an eating-disorder diagnosis in a visible note."),

    dict(case="s28fp_vg_nal_trolgi_sent_debuterande_schizofreni_typo", ruleset="vgr",
         pnr="19690508-9493", birth="1969-05-08",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_nal81", "Petra Hellström", "läkare",
                  "2024-08-02T11:10:00", "2024-08-02T12:05:00", "slutenvård", [
                      ("Anamnes", "Fungerat väl som lastbilschaufför fram till i fjol. Sedan i vintras "
                                  "övertygad om att grannarna pumpar in gas genom ventilationen."),
                      ("Bedömning", "Trolgi sent debuterande schizofreni. MR hjärna normal, B12 och TSH u.a."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Typo 'Trolgi' still hedges schizophrenia in a visible section."),

    dict(case="s28fp_sk_avd_sannolikt_serotonergt_syndrom", ruleset="skane",
         pnr="19741213-6140", birth="1974-12-13",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_avd_hbg", "Fredrik Ek", "läkare",
                  "2024-12-17T18:20:00", "2024-12-17T19:00:00", "slutenvård", [
                      ("Aktuellt", "Fått tramadol för ryggsmärta av jourläkare i går, står på sertralin "
                                   "200 mg."),
                      ("Status", "Temp 38,7. Inducerbar klonus i fotleder bilat, hyperreflexi, "
                                 "agitation och svettningar."),
                      ("Bedömning", "Sannolikt serotonergt syndrom. Tramadol och sertralin utsatta, "
                                    "flyttas till IVA för övervakning."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Sannolikt serotonergt syndrom' is a hedged diagnosis, visible."),

    dict(case="s28fp_vg_rp4_misstanke_om_lungemboli_efter_baltesläggning", ruleset="vgr",
         pnr="19700513-0492", birth="1970-05-13",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag4", "Gunnar Wester", "läkare",
                  "2024-09-21T15:50:00", "2024-09-21T16:30:00", "slutenvård", [
                      ("Aktuellt", "Bältesläggning sammanlagt 11 h senaste dygnet pga våldsamhet. Nu "
                                   "andfådd och ont i höger bröstkorgshalva."),
                      ("Status", "Sat 89 %, AF 28, puls 116. D-dimer 3,1."),
                      ("Bedömning", "Misstanke om lungemboli. DT lungartärer akut, tinzaparin i "
                                    "behandlingsdos i väntan på svar."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Misstanke om lungemboli' after mechanical restraint, in a visible section."),

    dict(case="s28fp_sk_utr_kan_vara_fetalt_alkoholsyndrom", ruleset="skane",
         pnr="20051213-2697", birth="2005-12-13",
         notes=[N("n1", "Melior", "Utredningsanteckning", "sk_rpk_utr", "Cecilia Nyberg", "psykolog",
                  "2024-01-25T10:30:00", "2024-01-25T14:00:00", "öppenvård", [
                      ("Anamnes", "18-årig man, åtalad för rån. Modern hade enligt socialakten ett tungt "
                                  "alkoholmissbruk under graviditeten."),
                      ("Bedömning", "Kognitiv profil och ansiktsdrag kan vara förenliga med fetalt "
                                    "alkoholsyndrom. Remiss till genetiker för dysmorfologisk bedömning."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Kan vara förenliga med' fetal alcohol syndrome in a visible section of a court-ordered assessment."),
]

# ---------------------------------------------------------------- part 6: NL102 hard negatives
CASES += [
    dict(case="s28fp_sk_utr_misstankt_for_grov_mordbrand", ruleset="skane",
         pnr="19690508-6390", birth="1969-05-08",
         notes=[N("n1", "Melior", "Utredningsanteckning", "sk_rpk_utr", "Per-Olof Mattsson", "läkare",
                  "2024-08-14T09:30:00", "2024-08-14T11:45:00", "öppenvård", [
                      ("Uppdrag", "Pat är misstänkt för grov mordbrand i flerfamiljshus och häktad sedan 3/8. "
                                  "Tingsrätten begär läkarintyg enl. 7 § LSP."),
                      ("Bedömning", "Samarbetar väl vid undersökningen. Känd recidiverande depression, för "
                                    "närvarande i remission på sertralin."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="'Misstänkt för grov mordbrand' is a criminal suspicion, not a diagnostic hypothesis."),

    dict(case="s28fp_vg_rp1_misstankt_narkotika_vid_visitation", ruleset="vgr",
         pnr="20030727-3979", birth="2003-07-27",
         notes=[N("n1", "Melior", "Omvårdnadsanteckning", "vg_rp_rag1", "Kristoffer Nilsson", "skötare",
                  "2024-04-06T19:05:00", None, "slutenvård", [
                      ("Händelse", "Vid rumsvisitation enl. beslut av chefsöverläkaren påträffades misstänkt "
                                   "narkotika, vitt pulver i en strumpa. Beslagtaget och överlämnat till polis."),
                      ("Omvårdnad", "Pat förnekar kännedom om pulvret, irriterad men ej hotfull."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="'Misstänkt narkotika' qualifies a seized substance, not a diagnosis."),

    dict(case="s28fp_sk_piva_inga_tecken_pa_nms_typo", ruleset="skane",
         pnr="19801201-2731", birth="1980-12-01",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_piva_lund", "Johan Bengtsson", "läkare",
                  "2024-10-24T11:10:00", "2024-10-24T11:45:00", "slutenvård", [
                      ("Aktuellt", "Fått tre doser haloperidol im senaste dygnet pga svår agitation."),
                      ("Bedömning", "Inga tecken på malignt neuroleptikasyndorm: afebril, ingen rigiditet, "
                                    "CK 210. Fortsatt paranoid schizofreni med akut försämring."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Negated 'Inga tecken på' NMS (with typo 'neuroleptikasyndorm'); schizophrenia is affirmed."),

    dict(case="s28fp_vg_psykos_ingen_missanke_om_organisk_psykos_typo", ruleset="vgr",
         pnr="19741112-3941", birth="1974-11-12",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_psykos374", "Jenny Sandberg", "läkare",
                  "2024-06-19T13:00:00", "2024-06-19T13:35:00", "slutenvård", [
                      ("Utredning", "MR hjärna, EEG och likvor u.a. Syfilisserologi neg."),
                      ("Bedömning", "Ingen missanke om organisk psykos längre. Schizofreni, oorganiserad "
                                    "form, fortsatt LPT."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Typo in a negation ('Ingen missanke om') — still a negated diagnosis."),

    dict(case="s28fp_sk_rpk_bipolar_misstanktes_2016_bekraftad_2018", ruleset="skane",
         pnr="19560314-5458", birth="1956-03-14",
         notes=[N("n1", "Melior", "Epikris", "sk_rpk3", "Sara Lindqvist", "läkare",
                  "2024-12-05T10:00:00", "2024-12-06T09:10:00", "slutenvård", [
                      ("Bakgrund", "Bipolär sjukdom misstänktes första gången 2016 och bekräftades vid "
                                   "utredning på Affektiva mottagningen 2018."),
                      ("Vårdförlopp", "Vårdats enl. LRV sedan 2021. Stabil på litium och quetiapin, inga "
                                      "våldsincidenter på två år. Övergår nu till öppen rättspsykiatrisk vård."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="The old suspicion was later confirmed; the diagnosis now stands as settled history."),

    dict(case="s28fp_sk_pmo_vc_taga_ev_adhd_remiss", ruleset="skane",
         pnr="20020512-3524", birth="2002-05-12",
         notes=[N("n1", "PMO", "Besöksanteckning", "sk_vc_taga", "Olle Dahlberg", "läkare",
                  "2024-09-12T14:20:00", None, "öppenvård", [
                      ("Aktuellt", "Utskriven från LPT-vård på avd 5 i juli. Svårt att hålla fokus på "
                                   "arbetsträningen, glömmer tider."),
                      ("Bedömning", "Ev. ADHD. Remiss till vuxenpsykiatrin för neuropsykiatrisk utredning."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="PMO note: hedged ADHD is not shown as a diagnosis, so no NL102."),

    dict(case="s28fp_sk_pmo_vc_simris_misstank_hypotyreos_typo", ruleset="skane",
         pnr="19671101-2580", birth="1967-11-01",
         notes=[N("n1", "PMO", "Besöksanteckning", "sk_vc_simris", "Eva Rydberg", "läkare",
                  "2024-02-14T10:40:00", "2024-02-14T11:20:00", "öppenvård", [
                      ("Aktuellt", "Följs av psykiatrin efter vårdtid enl. LPT i höstas. Trött, frusen och "
                                   "nedstämd trots oförändrad medicinering."),
                      ("Bedömning", "Misstänk hypotyreos, TSH 8,9. Kompletterar med fritt T4 och TPO-ak."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="PMO note with a typo'd hedge ('Misstänk hypotyreos'): PMO never shows diagnoses."),

    dict(case="s28fp_sk_pmo_um_eslov_atstorning_kan_ej_uteslutas", ruleset="skane",
         pnr="20040924-1841", birth="2004-09-24",
         notes=[N("n1", "PMO", "Kuratorsanteckning", "sk_um_eslov", "Linda Wallin", "kurator",
                  "2024-03-07T15:10:00", "2024-03-07T15:50:00", "öppenvård", [
                      ("Samtal", "19-årig kvinna, vårdades enl. LPT på BUP för två år sedan. Berättar att hon "
                                 "åter hoppar över måltider och tränar två gånger om dagen."),
                      ("Bedömning", "Återfall i ätstörning kan ej uteslutas. Tid hos mottagningens läkare "
                                    "för vikt och blodprover."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Youth clinic in PMO: a 'kan ej uteslutas' eating disorder is not NL102."),

    dict(case="s28fp_sk_pmo_hassleholm_dd_alzheimer_vaskular", ruleset="skane",
         pnr="19570123-7678", birth="1957-01-23",
         notes=[N("n1", "PMO", "Besöksanteckning", "sk_vc_hassleholm", "Karl-Johan Berg", "läkare",
                  "2024-11-21T09:00:00", "2024-11-21T10:15:00", "öppenvård", [
                      ("Anamnes", "Vårdades på äldrepsykiatrin enl. LPT i somras pga förvirring och "
                                  "paranoida idéer. Nu hemma med hemtjänst fyra gånger om dagen."),
                      ("Bedömning", "MMSE 21. DD Alzheimers sjukdom / vaskulär demens. Basal "
                                    "demensutredning startas, DT hjärna beställd."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="PMO note: a dementia differential is not shown to the patient."),

    dict(case="s28fp_vg_aldre_tidiga_hypoteser_ftd_resten_utan_hypotes", ruleset="vgr",
         pnr="19550110-1744", birth="1955-01-10",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_aldre", "Bertil Olofsson", "läkare",
                  "2024-05-15T10:20:00", "2024-05-15T11:40:00", "slutenvård", [
                      ("Aktuellt", "Vårdas enl. LPT efter upprepade stölder i butiker och sexuellt "
                                   "gränslösa kommentarer mot personal."),
                      ("Status", "Orienterad. Euforisk, distanslös, skrattar omotiverat. Inga "
                                 "fokalneurologiska bortfall."),
                      ("Tidiga hypoteser", "Möjlig frontotemporal demens, beteendevariant. Avvaktar "
                                           "FDG-PET innan något sägs till pat eller maken."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="VGR: the only hypothesis is under sökord Tidiga hypoteser; the visible sections hold findings only."),

    dict(case="s28fp_sk_tidiga_hypoteser_mall_barn_schizofreni", ruleset="skane",
         pnr="20140314-3082", birth="2014-03-14",
         notes=[N("n1", "Melior", "Tidiga hypoteser", "sk_bup_akut", "Karin Ohlsson", "läkare",
                  "2024-06-20T16:40:00", "2024-06-20T17:05:00", "slutenvård", [
                      ("Bedömning", "Misstänkt schizofreni med barndomsdebut: kommenterande röster sedan "
                                    "ett halvår, bisarra idéer om att mamman är utbytt. Ska inte nå "
                                    "vårdnadshavarna via Journalen förrän utredningen är klar."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Skåne, child under 13: the hypothesis is written in the Tidiga hypoteser template, which is filtered."),

    dict(case="s28fp_vg_skas_bror_och_mormor_hedged", ruleset="vgr",
         pnr="19780314-5866", birth="1978-03-14",
         notes=[N("n1", "Melior", "Inskrivningsanteckning", "vg_skas50", "Åsa Karlberg", "läkare",
                  "2024-02-07T17:30:00", None, "slutenvård", [
                      ("Hereditet", "Bror vårdas för trolig schizofreni i Göteborg. Mormor hade sannolikt "
                                    "bipolär sjukdom, behandlades med ECT på 1960-talet."),
                      ("Bedömning", "Recidiverande depressiv sjukdom, svår episod med psykotiska symtom. "
                                    "Intagen enl. LPT pga suicidrisk och vägran att äta."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Both hedged diagnoses belong to relatives; the patient's own diagnosis is affirmed."),

    dict(case="s28fp_sk_rpk_mojligen_rosthorande_symtom", ruleset="skane",
         pnr="19880609-6056", birth="1988-06-09",
         notes=[N("n1", "Melior", "Omvårdnadsanteckning", "sk_rpk3", "Lena Nordström", "sjuksköterska",
                  "2024-01-12T22:00:00", "2024-01-12T22:20:00", "slutenvård", [
                      ("Omvårdnad", "Pat står länge vid fönstret och svarar någon med låg röst, möjligen "
                                    "rösthörande. Ville inte prata om det. Tog vid bedarf olanzapin 5 mg kl 21."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Hedge on a symptom (hearing voices), not on a diagnosis."),

    dict(case="s28fp_vg_piva_om_feber_kontrollera_lpk", ruleset="vgr",
         pnr="19540924-5817", birth="1954-09-24",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_piva_ostra", "Linnea Berg", "läkare",
                  "2024-01-18T12:30:00", "2024-01-18T13:00:00", "slutenvård", [
                      ("Ordination", "Klozapin upptrappas enl. schema. Om pat utvecklar feber eller halsont "
                                     "ska LPK och neutrofiler tas omgående med tanke på risken för "
                                     "agranulocytos."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Conditional monitoring instruction; agranulocytosis is a risk to watch, not a hypothesis about the patient."),

    dict(case="s28fp_sk_inga_hallpunkter_for_psykos_eips", ruleset="skane",
         pnr="19860224-8547", birth="1986-02-24",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_krstd", "Leif Sjöberg", "läkare",
                  "2024-03-01T14:40:00", "2024-03-01T15:20:00", "slutenvård", [
                      ("Bedömning", "Inga hållpunkter för psykos eller bipolär sjukdom under vårdtiden. "
                                    "Emotionellt instabil personlighetsstörning (F60.3) sedan tidigare."),
                      ("Planering", "LPT upphör i dag, övergår i frivillig vård med DBT-kontakt."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="'Inga hållpunkter för' psychosis is a negation; the personality disorder is settled."),
]

# ---------------------------------------------------------------- part 7: long charts and more variants
CASES += [
    dict(case="s28fp_sk_rpk_lang_vardplanering_sannolikt_adhd_begravd", ruleset="skane",
         pnr="20031123-6012", birth="2003-11-23",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk3", "Maria Frisk", "läkare",
                  "2024-04-25T13:00:00", "2024-04-25T16:40:00", "slutenvård", [
                      ("Aktuellt", "20-årig man, dömd till rättspsykiatrisk vård med särskild "
                                   "utskrivningsprövning för försök till mord i oktober 2023. Vårdas på avd 3 "
                                   "sedan januari. Inför halvårsvis vårdplanering."),
                      ("Vårdförlopp", "Inledningsvis hotfull och slog sönder inredning vid två tillfällen, "
                                      "avskild 2 dygn i februari. Sedan mars påtagligt lugnare efter byte från "
                                      "risperidon till aripiprazol depå. Deltar i skolan på avdelningen, läser "
                                      "matematik och svenska på grundskolenivå."),
                      ("Status", "Vaken, klar, orienterad. God kontakt, något rastlös, trummar med "
                                 "fingrarna. Stämningsläge neutralt. Inga hallucinationer eller "
                                 "vanföreställningar framkommer. Ej suicidal, förnekar våldstankar."),
                      ("Somatik", "Vikt 84 kg (+3 kg sedan jan). BT 124/78. P-glukos 5,1, lipider u.a. "
                                  "EKG: sinusrytm, QTc 412 ms."),
                      ("Riskbedömning", "HCR-20 V3 uppdaterad: historiska faktorer oförändrat höga, "
                                        "kliniska faktorer sjunkande. Riskscenario: våld vid återfall i "
                                        "cannabis och konflikt med tidigare kamratkrets."),
                      ("Bedömning", "Schizofreni, paranoid form, i partiell remission. Sannolikt komorbid "
                                    "ADHD med tanke på skolhistorik och kvarstående koncentrationssvårigheter. "
                                    "Behandlingsalliansen bättre."),
                      ("Planering", "Neuropsykiatrisk utredning under våren. Fortsatt aripiprazol depå 400 mg "
                                    "var 4:e v. Ansökan om ledsagad frigång på området till chefsöverläkaren. "
                                    "Nästa vårdplanering i oktober."),
                  ])],
         must=[("NL102", "n1")], must_not=[("NL101", "n1")],
         why="Long LRV care-planning chart with a single buried hedge ('Sannolikt komorbid ADHD') in Bedömning."),

    dict(case="s28fp_vg_rp_lang_anteckning_utan_diagnoshypotes", ruleset="vgr",
         pnr="19560813-1719", birth="1956-08-13",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag1", "Annika Dahl", "läkare",
                  "2024-07-23T10:00:00", "2024-07-23T14:15:00", "slutenvård", [
                      ("Aktuellt", "67-årig man, rättspsykiatrisk vård sedan 2009 efter dråp. Inför "
                                   "förvaltningsrättens prövning av fortsatt vård i september."),
                      ("Anamnes", "Schizoaffektivt syndrom, depressiv typ, sedan 1990-talet. Typ 2-diabetes "
                                  "på metformin. KOL, röker 10 cig/d. Opererad för ljumskbråck 2019."),
                      ("Status", "Allmäntillstånd gott. Cor: regelbunden rytm, inga blåsljud. Pulm: "
                                 "förlängt exspirium, inga rassel. Psykiskt: lugn, något långsam. "
                                 "Stämningsläget jämnt, inga psykotiska symtom framkommer vid samtalet. "
                                 "Ingen suicidalitet."),
                      ("Lab", "Hb 138, LPK 6,8, CRP 3, krea 92, HbA1c 52, S-klozapin inom "
                              "terapeutiskt intervall."),
                      ("Bedömning", "Inga tecken på pneumoni trots hostan, bedöms som KOL-relaterad. "
                                    "Ingen misstanke om depressivt återfall. Psykiskt stabil på klozapin "
                                    "sedan flera år."),
                      ("Planering", "Eventuellt spirometri i höst om hostan kvarstår. Trolig permission "
                                    "till systern i Kungsbacka i augusti. Ev. remiss till tandvården för "
                                    "protesjustering. Rökavvänjning erbjuds på nytt."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Long chart full of hedges that are all plans (ev., trolig) or negations ('Inga tecken på', 'Ingen misstanke om')."),

    dict(case="s28fp_vg_rp4_hypotes_bade_i_tidiga_hypoteser_och_bedomning", ruleset="vgr",
         pnr="19511115-5031", birth="1951-11-15",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag4", "Gunnar Wester", "läkare",
                  "2024-10-29T13:30:00", "2024-10-29T15:20:00", "slutenvård", [
                      ("Aktuellt", "72-årig man, vårdad enl. LRV sedan 2014. Personalen rapporterar ökande "
                                   "glömska, gått vilse på väg från matsalen två gånger senaste veckan."),
                      ("Status", "MoCA 19/30, brister i korttidsminne och exekutiva funktioner. "
                                 "Småstegad gång. Inga fokala bortfall."),
                      ("Tidiga hypoteser", "Trolig vaskulär demens; många lakunära infarkter på DT 2022. "
                                           "Kommuniceras med pat först när utredningen är klar."),
                      ("Bedömning", "Kognitiv svikt, trolig vaskulär demens. Basal demensutredning och MR "
                                    "hjärna beställs."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="The hypothesis is kept under Tidiga hypoteser but repeated in the visible Bedömning."),

    dict(case="s28fp_sk_bup_17ar_mistankt_prodromal_schizofreni_typo", ruleset="skane",
         pnr="20070326-5454", birth="2007-03-26",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_bup_akut", "Gabriel Fors", "läkare",
                  "2024-09-09T14:50:00", "2024-09-09T15:30:00", "slutenvård", [
                      ("Aktuellt", "17-årig pojke, LPT sedan 2/9. Har slutat gå till skolan, sitter i "
                                   "mörkret och skriver långa texter om symboler i nummerplåtar."),
                      ("Bedömning", "Mistänkt schizofreni i prodromalfas. Strukturerad intervju (SIPS) "
                                    "genomförs under veckan."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Typo 'Mistänkt' on a 17-year-old's prodromal schizophrenia, visible section."),

    dict(case="s28fp_vg_nal_eventuell_bipolar_sjukdom", ruleset="vgr",
         pnr="19930822-3842", birth="1993-08-22",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_nal81", "Petra Hellström", "läkare",
                  "2024-01-23T09:40:00", "2024-01-23T10:15:00", "slutenvård", [
                      ("Aktuellt", "Intagen enl. LPT efter en vecka utan sömn, har sagt upp sig från jobbet "
                                   "och lagt ut 40 000 kr på flygresor."),
                      ("Bedömning", "Eventuell bipolär sjukdom, första maniska skovet. Tidigare två "
                                    "depressioner behandlade i primärvården."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Full-word hedge 'Eventuell' on bipolar disorder in a visible section."),

    dict(case="s28fp_sk_krstd_skulle_kunna_vara_blandepisod", ruleset="skane",
         pnr="19710127-2404", birth="1971-01-27",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_krstd", "Leif Sjöberg", "läkare",
                  "2024-05-03T11:30:00", "2024-05-03T12:05:00", "slutenvård", [
                      ("Status", "Gråter och skrattar om vartannat, talträngd men med uttalad "
                                 "hopplöshet. Sovit 3 h."),
                      ("Bedömning", "Det skulle kunna vara en blandepisod inom ramen för hennes bipolära "
                                    "sjukdom. Lamotrigin behålls, quetiapin höjs."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Skulle kunna vara en blandepisod' hedges an episode diagnosis."),

    dict(case="s28fp_vg_rp4_i_forsta_hand_paranoid_personlighetsstorning", ruleset="vgr",
         pnr="19620227-4897", birth="1962-02-27",
         notes=[N("n1", "Melior", "Utredningsanteckning", "vg_rp_rag4", "Helena Croona", "läkare",
                  "2024-03-29T13:20:00", "2024-03-29T15:00:00", "slutenvård", [
                      ("Bedömning", "I första hand misstänks paranoid personlighetsstörning, men schizofreni "
                                    "kan inte helt uteslutas med tanke på episoden 2011."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="One-line assessment: 'I första hand misstänks' plus 'kan inte helt uteslutas'."),

    dict(case="s28fp_sk_psykos_psykotisk_depression_kan_ej_utelsutas_typo", ruleset="skane",
         pnr="19920319-2100", birth="1992-03-19",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_psykos_malmo", "Nils Holmberg", "läkare",
                  "2024-10-10T15:05:00", "2024-10-10T15:40:00", "slutenvård", [
                      ("Aktuellt", "Säger att hon förtjänar att dö för att hon förstört familjens ekonomi, "
                                   "vilket maken bestrider."),
                      ("Bedömning", "Psykotisk depression kan ej utelsutas. ECT diskuteras vid "
                                    "morgondagens konferens."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Typo 'utelsutas' in 'kan ej uteslutas' still hedges psychotic depression."),

    dict(case="s28fp_vg_utr_utlatande_ej_delgivet", ruleset="vgr",
         pnr="19600203-5134", birth="1960-02-03",
         notes=[N("n1", "Melior", "Utredningsanteckning", "vg_rp_utr", "Helena Croona", "läkare",
                  "2024-11-28T10:00:00", "2024-11-28T12:30:00", "slutenvård", [
                      ("Sammanfattning", "Pat uppfyller kriterierna för paranoid schizofreni. Vid "
                                         "gärningstillfället förelåg en allvarlig psykisk störning."),
                      ("Information", "Utlåtandet har ännu inte delgivits pat; sker via den offentlige "
                                      "försvararen efter att det skickats till tingsrätten."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Court assessment: schizophrenia stated visibly while the conclusion has not been given to the patient."),

    dict(case="s28fp_sk_avd_meddelat_per_telefon_hypotyreos", ruleset="skane",
         pnr="19580510-3594", birth="1958-05-10",
         notes=[N("n1", "Melior", "Telefonanteckning", "sk_avd_hbg", "Fredrik Ek", "läkare",
                  "2024-08-16T13:45:00", "2024-08-16T14:00:00", "slutenvård", [
                      ("Telefonkontakt", "Ringde pat, som är på permission över helgen, och meddelade att "
                                         "proverna visar hypotyreos. Han hämtar ut levotyroxin på apoteket "
                                         "i dag."),
                  ])],
         must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
         why="Patient told by phone today; a settled diagnosis communicated is neither NL101 nor NL102."),

    dict(case="s28fp_vg_beroende_informerad_om_leverskada_ej_om_lvm", ruleset="vgr",
         pnr="19500605-4455", birth="1950-06-05",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_beroende", "Eva Lindgren", "läkare",
                  "2024-02-29T10:30:00", "2024-02-29T11:15:00", "slutenvård", [
                      ("Bedömning", "Alkoholrelaterad leverskada, informerad om detta i dag och förstår "
                                    "allvaret."),
                      ("Planering", "Pat ej underrättad om att socialtjänsten ansöker om vård enl. LVM, "
                                    "handläggaren tar det med honom på fredag."),
                  ])],
         must=[], must_not=[("NL101", "n1")],
         why="The diagnosis was told; what remains untold is a social-services LVM application."),

    dict(case="s28fp_sk_bup_om_fortsatt_cannabis_risk_for_psykos", ruleset="skane",
         pnr="20061020-2996", birth="2006-10-20",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_bup_akut", "Gabriel Fors", "läkare",
                  "2024-04-04T10:50:00", "2024-04-04T11:30:00", "slutenvård", [
                      ("Samtal", "Pratat med pat om cannabis. Om han fortsätter röka dagligen finns en "
                                 "påtaglig risk att han utvecklar en psykos."),
                      ("Bedömning", "Inga psykotiska symtom i dag. LPT upphör, fortsätter frivilligt."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Conditional risk talk ('om han fortsätter ...') and a negation; no current hypothesis."),

    dict(case="s28fp_vg_sas_ev_remiss_trolig_utskrivning", ruleset="vgr",
         pnr="19660605-7724", birth="1966-06-05",
         notes=[N("n1", "Melior", "Omvårdnadsanteckning", "vg_sas_piva", "Jessica Holm", "sjuksköterska",
                  "2024-06-14T14:30:00", "2024-06-14T14:50:00", "slutenvård", [
                      ("Planering", "Trolig utskrivning på måndag om helgen blir lugn. Ev. remiss till "
                                    "sjukgymnast för höftsmärtan. Eventuellt röntgen höft efter "
                                    "ortopedbedömning."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Hedged plans only: discharge, referral and an X-ray."),
]

# ---------------------------------------------------------------- part 8: last variants
CASES += [
    dict(case="s28fp_sk_piva_troilg_akut_overgaende_psykos_typo", ruleset="skane",
         pnr="19680903-8968", birth="1968-09-03",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_piva_lund", "Johan Bengtsson", "läkare",
                  "2024-07-30T09:20:00", "2024-07-30T10:05:00", "slutenvård", [
                      ("Aktuellt", "Insjuknade för åtta dagar sedan i samband med dotterns bortgång. "
                                   "Växlande förvirring och paranoia, nu betydligt klarare."),
                      ("Bedömning", "Troilg akut och övergående psykos utlöst av svår stress."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Typo 'Troilg' (trolig) still hedges an acute transient psychosis."),

    dict(case="s28fp_vg_piva_suspekt_frontal_tumor_pa_dt", ruleset="vgr",
         pnr="19551021-1815", birth="1955-10-21",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_piva_ostra", "Rasmus Ahlgren", "läkare",
                  "2024-09-27T16:35:00", "2024-09-27T17:10:00", "slutenvård", [
                      ("Undersökningar", "DT hjärna: suspekt expansivitet frontalt höger, 3 cm."),
                      ("Bedömning", "Suspekt frontallobstumör som kan förklara personlighetsförändringen och "
                                    "aggressiviteten. MR med kontrast och neurokirurgkonsult."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Suspekt' tumour on CT, carried into a visible Bedömning."),

    dict(case="s28fp_sk_rpk5_tveksam_epilpesi_dd_pnes_typo", ruleset="skane",
         pnr="19500709-8816", birth="1950-07-09",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rpk5", "Per-Olof Mattsson", "läkare",
                  "2024-03-08T13:15:00", "2024-03-08T14:00:00", "slutenvård", [
                      ("Aktuellt", "Fyra anfall på en vecka, alltid i närvaro av personal, med ögonen "
                                   "hårt stängda och sidoväxlande rörelser."),
                      ("Bedömning", "Tveksam epilpesi, DD psykogena icke-epileptiska anfall. Video-EEG "
                                    "bokas på neurofysiologen."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Typo in the diagnosis word ('epilpesi') with the hedge 'Tveksam' and a DD, visible."),

    dict(case="s28fp_vg_rp1_schizofreni_eller_schizoaffektivt_fragetecken", ruleset="vgr",
         pnr="19510125-3176", birth="1951-01-25",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_rp_rag1", "Annika Dahl", "läkare",
                  "2024-12-18T11:00:00", "2024-12-18T11:20:00", "slutenvård", [
                      ("Diagnos", "Långvarig psykossjukdom sedan 1970-talet, schizofreni eller "
                                  "schizoaffektivt syndrom? Journalerna ger olika besked."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Alternative diagnoses with a question mark under sökord Diagnos: unsettled, visible."),

    dict(case="s28fp_sk_rp_oppen_litiumnjure_ej_informerad", ruleset="skane",
         pnr="19700714-7262", birth="1970-07-14",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_rp_oppen", "Mats Öberg", "läkare",
                  "2024-10-03T14:00:00", "2024-10-03T14:45:00", "öppenvård", [
                      ("Lab", "eGFR 24 vid tre tillfällen, cystatin C förhöjt."),
                      ("Bedömning", "Kronisk njursjukdom stadium 4, orsakad av mångårig litiumbehandling. "
                                    "Pat har inte informerats ännu, besked vid nästa besök tillsammans med "
                                    "njurmedicinare."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Settled chronic kidney disease in a visible forensic outpatient note, patient not yet informed."),

    dict(case="s28fp_vg_tidiga_hypoteser_sedan_kommunicerad_synlig", ruleset="vgr",
         pnr="19770611-1460", birth="1977-06-11",
         notes=[N("n1", "Melior", "Läkaranteckning", "vg_psykos374", "Jenny Sandberg", "läkare",
                  "2024-04-09T10:40:00", "2024-04-09T11:30:00", "slutenvård", [
                      ("Aktuellt", "Fortsatt LPT. Mindre rädd, äter tillsammans med de andra."),
                      ("Tidiga hypoteser", "Trol. Wilsons sjukdom bakom leverpåverkan och psykiatriska "
                                           "symtom, ceruloplasmin lågt. Pat ej informerad i väntan på "
                                           "genetisk analys."),
                  ]),
                N("n2", "Melior", "Läkaranteckning", "vg_psykos374", "Jenny Sandberg", "läkare",
                  "2024-05-07T13:15:00", "2024-05-07T14:00:00", "slutenvård", [
                      ("Diagnos", "Wilsons sjukdom, bekräftad med mutationsanalys i ATP7B."),
                      ("Information", "Pat och hennes man informerade i dag om diagnosen och behandlingen "
                                      "med zink och penicillamin."),
                  ], refs=["n1"])],
         must=[], must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
         why="Routine followed: hypothesis kept under Tidiga hypoteser, then moved to visible text once confirmed and told."),

    dict(case="s28fp_sk_neuro_glioblastom_ej_informerad", ruleset="skane",
         pnr="19510318-8933", birth="1951-03-18",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_neuro", "Ulrika Brandt", "läkare",
                  "2024-06-25T15:20:00", "2024-06-25T16:05:00", "slutenvård", [
                      ("Bakgrund", "73-årig man, överflyttad från Rättspsykiatriska regionkliniken för "
                                   "utredning av snabbt tilltagande förvirring."),
                      ("Provsvar", "PAD från stereotaktisk biopsi: glioblastom, IDH-vildtyp."),
                      ("Planering", "Pat ej informerad; beskedet lämnas av neurokirurg på torsdag när "
                                    "hans kontaktperson från RPK kan vara med."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Confirmed glioblastoma in a visible neurology note for a forensic patient, not yet told."),

    dict(case="s28fp_sk_ystad_trolig_psykogen_polydipsi", ruleset="skane",
         pnr="19950318-4005", birth="1995-03-18",
         notes=[N("n1", "Melior", "Läkaranteckning", "sk_ystad_med", "Sven Thörn", "läkare",
                  "2024-11-08T08:10:00", "2024-11-08T09:00:00", "slutenvård", [
                      ("Anamnes", "Inlagd från psykiatrisk heldygnsvård (LPT) efter generaliserat "
                                  "krampanfall. Personalen har sett henne dricka ur kranen i timmar."),
                      ("Lab", "Na 118, S-osmolalitet 248, U-osmolalitet 80."),
                      ("Bedömning", "Hyponatremi, trolig psykogen polydipsi. Vätskerestriktion 1,5 l/d, "
                                    "Na var 4:e timme, korrigering max 8 mmol/l per dygn."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="Affirmed hyponatraemia with a hedged cause (trolig psykogen polydipsi) in a visible medicine note."),

    dict(case="s28fp_vg_alingsas_forenligt_med_tardiv_dyskinesi", ruleset="vgr",
         pnr="19840218-6160", birth="1984-02-18",
         notes=[N("n1", "Melior", "Mottagningsanteckning", "vg_alingsas_psyk", "Karin Svärd", "läkare",
                  "2024-08-22T10:30:00", "2024-08-22T11:10:00", "öppenvård", [
                      ("Aktuellt", "Öppen psykiatrisk tvångsvård sedan 2022 med villkor om depå var 4:e "
                                   "vecka. Sambon har sett att hon tuggar och grimaserar hela dagarna."),
                      ("Status", "Ofrivilliga rörelser runt munnen och i tungan, AIMS 14."),
                      ("Bedömning", "Rörelserna är förenliga med tardiv dyskinesi. Byte av depåpreparat "
                                    "diskuteras, valbenazin övervägs."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="'Förenliga med tardiv dyskinesi' hedges a drug-induced disorder in a visible ÖPT note."),

    dict(case="s28fp_vg_piva_telegrafisk_dd_delirium_uvi_mani", ruleset="vgr",
         pnr="19770523-3323", birth="1977-05-23",
         notes=[N("n1", "Melior", "Jouranteckning", "vg_piva_ostra", "Ali Rezaei", "läkare",
                  "2024-03-16T03:10:00", None, "slutenvård", [
                      ("Bedömning", "Förvirrad, febril 38,6, plockig. DD delirium (UVI?) / mani. U-sticka, "
                                    "odlingar, CRP."),
                  ])],
         must=[("NL102", "n1")], must_not=[],
         why="On-call telegraphic note: 'DD delirium (UVI?) / mani' in a visible section."),
]

# ---------------------------------------------------------------- part 9: two long charts
CASES += [
    dict(case="s28fp_sk_piva_lang_inskrivning_bara_negationer_deliruim_typo", ruleset="skane",
         pnr="19811028-9561", birth="1981-10-28",
         notes=[N("n1", "Melior", "Inskrivningsanteckning", "sk_piva_lund", "Ebba Lindahl", "läkare",
                  "2024-02-23T15:30:00", "2024-02-23T18:10:00", "slutenvård", [
                      ("Kontaktorsak", "Överflyttad från psykiatriska akutmottagningen Malmö på vårdintyg, "
                                       "intagningsbeslut enl. LPT fattat kl 14.20 av dr Haddad."),
                      ("Anamnes", "42-årig kvinna med paranoid schizofreni sedan 2006, fem tidigare "
                                  "vårdtillfällen varav tre enl. LPT. Senast utskriven från avd 63 i november. "
                                  "Står på olanzapin 15 mg men har enligt boendestödjaren inte hämtat ut "
                                  "medicinen sedan januari. Somatiskt hypotyreos på levotyroxin, i övrigt frisk."),
                      ("Hereditet", "Modern vårdades på S:t Lars på 1980-talet, trol. schizofreni enligt "
                                    "pat. Morbror alkoholberoende."),
                      ("Social", "Ensamstående, egen lägenhet i Lund med boendestöd tre dagar i veckan. "
                                 "Sjukersättning. Dottern 19 år bor i Malmö, sporadisk kontakt."),
                      ("Aktuellt", "Enligt grannarna har hon skrikit i trapphuset nattetid den senaste veckan "
                                   "och klistrat aluminiumfolie över fönstren. Säger att hon skyddar sig mot "
                                   "strålning från en sändare på taket."),
                      ("Status", "AT opåverkat. Cor RR, inga blåsljud, fq 96. Pulm ua. BT 138/84, temp 36,9. "
                                 "Psykiskt: vaken, orienterad x3. Misstänksam och kortfattad, affekt "
                                 "avflackad. Paranoida vanföreställningar om strålning och avlyssning, hör "
                                 "röster som kommenterar hennes handlingar. Saknar insikt. Förnekar "
                                 "suicidtankar och avsikt att skada andra."),
                      ("Lab", "Hb 131, LPK 7,2, CRP <5, Na 139, K 4,0, krea 61, TSH 2,1. U-tox negativ."),
                      ("Bedömning", "Schizofreni, paranoid form, akut skov efter utsatt medicinering. Ingen "
                                    "misstanke om deliruim; klar, orienterad och med normala vitalparametrar. "
                                    "Inga tecken på somatisk genes till försämringen. Uppfyller kriterierna "
                                    "för tvångsvård."),
                      ("Planering", "Olanzapin 10 mg x1 återinsätts, vid vägran beslut enl. 17 § LPT. Ev. "
                                    "depåinjektion när tillståndet stabiliserats. Trolig överflyttning till "
                                    "avd 63 efter helgen. Kontakt med boendestödet och dottern om pat samtycker."),
                  ])],
         must=[], must_not=[("NL102", "n1")],
         why="Long admission chart whose hedges are all negated (typo 'deliruim'), a relative's, or plans."),

    dict(case="s28fp_vg_rp_lang_arsvardplanering_prostatacancer_ej_besked", ruleset="vgr",
         pnr="19500110-9551", birth="1950-01-10",
         notes=[N("n1", "Melior", "Vårdplanering", "vg_rp_rag4", "Gunnar Wester", "läkare",
                  "2024-11-05T09:30:00", "2024-11-05T13:50:00", "slutenvård", [
                      ("Aktuellt", "74-årig man, rättspsykiatrisk vård med särskild utskrivningsprövning "
                                   "sedan 2005 efter mord. Årlig vårdplanering inför förvaltningsrättens "
                                   "prövning."),
                      ("Psykiatrisk anamnes", "Paranoid schizofreni sedan 1978. Stabil på klozapin sedan 2010, "
                                              "senaste våldsincident 2012. Deltar i arbetsterapin och går "
                                              "dagliga promenader med personal."),
                      ("Somatisk anamnes", "Hypertoni, behandlad med amlodipin. Gråstarr opererad bilat 2021. "
                                           "Under våren nattliga trängningar och svag stråle, remitterades "
                                           "till urologen på Sahlgrenska i augusti."),
                      ("Status", "Allmäntillstånd gott, går med rollator. Cor regelbunden rytm, fq 72. Pulm "
                                 "vesikulärt andningsljud bilat. Psykiskt lugn och vänlig, god kontakt. Inga "
                                 "hallucinationer framkommer, stämningsläget neutralt, ingen suicidalitet."),
                      ("Lab", "Hb 126, PSA 38, ALP 210, krea 101."),
                      ("Provsvar", "Prostatabiopsier: adenocarcinom, Gleason 4+4. Skelettscintigrafi visar "
                                   "metastaser i bäckenet och ländryggen."),
                      ("Bedömning", "Metastaserad prostatacancer. Schizofrenin i stabil fas."),
                      ("Information", "Pat har inte fått besked om cancern. Urologen och ansvarig överläkare "
                                      "lämnar beskedet gemensamt den 14/11, kontaktpersonen förbereds för att "
                                      "stötta honom efteråt."),
                      ("Planering", "Paracetamol 1 g x3 mot ryggvärken. Vårdplanen revideras efter "
                                    "urologbesöket. Ansökan om fortsatt vård till förvaltningsrätten skrivs i "
                                    "samråd med chefsöverläkaren."),
                  ])],
         must=[("NL101", "n1")], must_not=[("NL102", "n1")],
         why="Long annual care-planning chart: metastatic cancer stated visibly, 'inte fått besked' — no hedges anywhere."),
]

# ================================================================ build and validate

CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CASE_KEYS = {"case", "ruleset", "pnr", "birth", "notes", "must", "must_not", "why", "as_of"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:13]
    if not re.fullmatch(r"\d{10}", digits):
        return False
    tot = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return tot % 10 == 0


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build_record(c):
    notes = c["notes"]
    if c.get("as_of"):
        as_of = c["as_of"]
    else:
        last = max(max(parse_dt(n["time"]), parse_dt(n["signed"]) if n["signed"] else parse_dt(n["time"]))
                   for n in notes)
        as_of = (last.date() + datetime.timedelta(days=1)).isoformat() + "T00:00:00"
    return {
        "patient": {"id": c["pnr"], "birth_date": c["birth"], "protected_identity": False},
        "as_of": as_of,
        "notes": notes,
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }


def validate(out_cases):
    problems = []
    names = set()
    sentences = {}
    for c, o in out_cases:
        name = c["case"]
        where = f"[{name}]"
        if set(c) - CASE_KEYS or not {"case", "ruleset", "pnr", "birth", "notes", "must", "must_not", "why"} <= set(c):
            problems.append(f"{where} bad case keys {sorted(c)}")
        if name in names:
            problems.append(f"{where} duplicate case name")
        names.add(name)
        if not name.startswith("s28fp_"):
            problems.append(f"{where} name must start with s28fp_")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{where} bad ruleset")
        if not c["why"].strip():
            problems.append(f"{where} empty why")
        rec = o["record"]
        pnr, birth = rec["patient"]["id"], rec["patient"]["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr) or not luhn_ok(pnr):
            problems.append(f"{where} personnummer {pnr} not Luhn-valid")
        if pnr[:8] != birth.replace("-", ""):
            problems.append(f"{where} personnummer {pnr} does not match birth_date {birth}")
        as_of = parse_dt(rec["as_of"])
        if as_of.year != 2024:
            problems.append(f"{where} as_of not in 2024")
        ids = set()
        for n in rec["notes"]:
            if list(n) != NOTE_KEYS:
                problems.append(f"{where} note keys {list(n)}")
            if n["id"] in ids:
                problems.append(f"{where} duplicate note id {n['id']}")
            ids.add(n["id"])
            t = parse_dt(n["time"])
            if t.year != 2024:
                problems.append(f"{where} note {n['id']} time not in 2024")
            if n["signed"] is not None:
                s = parse_dt(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append(f"{where} note {n['id']} bad signed time")
                if s > as_of:
                    problems.append(f"{where} note {n['id']} signed after as_of")
            if t > as_of:
                problems.append(f"{where} note {n['id']} after as_of")
            a = age_at(birth, t)
            if 13 <= a <= 15:
                problems.append(f"{where} patient aged {a} (13-15 not allowed)")
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{where} unknown system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{where} VGR note {n['id']} is not Melior")
            pmo_unit = n["unit"]["hsa_id"] in {UNITS[k][1] for k in PMO_UNITS}
            if (n["system"] == "PMO") != pmo_unit:
                problems.append(f"{where} note {n['id']} system/unit mismatch")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                problems.append(f"{where} note {n['id']} bad setting")
            if not n["sections"]:
                problems.append(f"{where} note {n['id']} has no sections")
            for r in n["refs"]:
                if r not in ids and r not in {x["id"] for x in rec["notes"]}:
                    problems.append(f"{where} note {n['id']} refs unknown {r}")
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append(f"{where} empty section in {n['id']}")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            problems.append(f"{where} sentence repeated (first in {sentences[sent][0]}): {sent!r}")
                        elif sent in sentences:
                            problems.append(f"{where} sentence repeated within one section: {sent!r}")
                        else:
                            sentences[sent] = (name, n["id"], sec["keyword"])
        by_id = {n["id"]: n for n in rec["notes"]}
        if not o["must"] and not o["must_not"]:
            problems.append(f"{where} asserts nothing")
        seen = set()
        for lst, kind in ((o["must"], "must"), (o["must_not"], "must_not")):
            for item in lst:
                if len(item) != 2 or item[0] not in CODES:
                    problems.append(f"{where} bad assertion {item}")
                    continue
                code, target = item
                if target not in by_id:
                    problems.append(f"{where} target {target} does not exist")
                    continue
                if (code, target) in seen:
                    problems.append(f"{where} {code} on {target} asserted twice")
                seen.add((code, target))
                system = by_id[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    problems.append(f"{where} must NL102 on non-Melior note")
                if code == "NL102" and kind == "must_not" and system == "PMO":
                    pass
                if code == "NL101" and system == "PMO":
                    problems.append(f"{where} NL101 asserted on PMO note")
    return problems


def main():
    out_cases = []
    for c in CASES:
        o = {
            "case": c["case"],
            "ruleset": c["ruleset"],
            "record": build_record(c),
            "must": [list(x) for x in c["must"]],
            "must_not": [list(x) for x in c["must_not"]],
            "why": c["why"],
        }
        out_cases.append((c, o))
    problems = validate(out_cases)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for _, o in out_cases:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for _, o in out_cases:
        for kind in ("must", "must_not"):
            for code, _t in o[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print(f"wrote {len(out_cases)} cases to {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
