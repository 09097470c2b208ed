#!/usr/bin/env python3
"""Independent test set s28pe: paediatric outpatient care and paediatric
oncology/haematology, NL101 and NL102, rulesets skane and vgr.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys

DRAFT = object()

# ---------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospitals)
    "sk_buonk_lund": ("Barnonkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7A31"),
    "sk_avd_onk_lund": ("Barnonkologisk vårdavdelning 64, Skånes universitetssjukhus Lund", "SE2321000255-7A38"),
    "sk_bmott_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-8C12"),
    "sk_bneuro_lund": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7B04"),
    "sk_ballergi_malmo": ("Barnallergimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6D77"),
    "sk_bendo_malmo": ("Barnendokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6D81"),
    "sk_bmott_krist": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-9F20"),
    "sk_bmott_ystad": ("Barnmottagningen, Lasarettet i Ystad", "SE2321000255-9H46"),
    "sk_bakut_malmo": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Malmö", "SE2321000255-6E02"),
    "sk_bgastro_lund": ("Barngastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7B19"),
    "sk_bkir_lund": ("Barnkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7B55"),
    "sk_bavd_hbg": ("Barnavdelning 3, Helsingborgs lasarett", "SE2321000255-8C30"),
    "sk_bdiab_lund": ("Barndiabetesmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7B62"),
    "sk_lekt_lund": ("Lekterapin, Barnsjukhuset Skånes universitetssjukhus Lund", "SE2321000255-7B90"),
    # Skåne, PMO (primary care)
    "sk_bvc_eslov": ("BVC Vårdcentralen Kärråkra, Eslöv", "SE2321000255-2K11"),
    "sk_bvc_hoganas": ("BVC Vårdcentralen Höganäs", "SE2321000255-2K47"),
    "sk_vc_horby": ("Vårdcentralen Hörby", "SE2321000255-2M08"),
    "sk_um_ystad": ("Ungdomsmottagningen Ystad", "SE2321000255-2P63"),
    "sk_vc_trelleborg": ("Vårdcentralen Söder, Trelleborg", "SE2321000255-2M31"),
    "sk_bvc_landskrona": ("BVC Familjens hus, Landskrona", "SE2321000255-2K70"),
    # VGR, Melior
    "vg_dsbus_onk": ("Barnonkologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41F"),
    "vg_dsbus_avd": ("Avdelning 322 barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E42A"),
    "vg_dsbus_neuro": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E45C"),
    "vg_dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E40B"),
    "vg_dsbus_endo": ("Barnendokrinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E47D"),
    "vg_dsbus_gastro": ("Barngastromottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E48E"),
    "vg_nal_barn": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-F11A"),
    "vg_sas_barn": ("Barnmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-G20B"),
    "vg_sas_akut": ("Barnakutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-G21C"),
    "vg_sks_barn": ("Barn- och ungdomsmedicin, Skaraborgs sjukhus Skövde", "SE2321000131-H30D"),
    "vg_sks_avd": ("Barnavdelning 14, Skaraborgs sjukhus Skövde", "SE2321000131-H31E"),
    "vg_kung_barn": ("Barnmottagningen, Kungälvs sjukhus", "SE2321000131-J05F"),
    "vg_alingsas_barn": ("Barn- och ungdomsmottagningen, Alingsås lasarett", "SE2321000131-J12A"),
    "vg_dsbus_allergi": ("Barnallergimottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E49F"),
    "vg_dsbus_lekt": ("Lekterapin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E50A"),
}

PMO_UNITS = {k for k in U if k in ("sk_bvc_eslov", "sk_bvc_hoganas", "sk_vc_horby", "sk_um_ystad",
                                   "sk_vc_trelleborg", "sk_bvc_landskrona")}


def N(nid, template, unit, author, role, time, sections, signed=None, setting="öppenvård",
      system=None, refs=None):
    """One note. time: 'YYYY-MM-DD HH:MM'. signed: None = 40 min later, DRAFT = unsigned."""
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is DRAFT:
        s = None
    elif signed is None:
        s = (t + dt.timedelta(minutes=40)).isoformat()
    else:
        s = dt.datetime.strptime(signed, "%Y-%m-%d %H:%M").isoformat()
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": s, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, sex, salt):
    h = int(hashlib.sha256(salt.encode("utf-8")).hexdigest(), 16)
    serial = h % 1000
    third = serial % 10
    want_odd = sex == "m"
    if (third % 2 == 1) != want_odd:
        serial = serial - third + ((third + 1) % 10)
    serial = "%03d" % serial
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_digit(nine))


CASES = []


def C(name, ruleset, birth, sex, notes, must, must_not, why, as_of=None):
    CASES.append(dict(name=name, ruleset=ruleset, birth=birth, sex=sex, notes=notes,
                      must=must, must_not=must_not, why=why, as_of=as_of))


# ================================================================ cases
# ---------------------------------------------------------------- part 1: leukaemia, haematology
C("s28pe_sk_bild_som_vid_leukemi_remiss_lund", "skane", "2018-09-14", "f", [
    N("n1", "Läkaranteckning", "sk_bmott_hbg", "Johanna Erlandsson", "läkare", "2024-02-06 10:20", [
        ("Anamnes", "5-årig flicka, tidigare frisk, vaccinerad enl. programmet. Sedan ca 3 v trött, blek och vill bli buren. "
                    "Mamma har sett blåmärken på smalbenen utan känt trauma. Vaknar nattetid med ont i knäna. Ingen feber."),
        ("Status", "AT: blek, trött men opåverkad. Petekier på underbenen bilat. Lgll på halsen bilat 1–1,5 cm, ömmar ej. "
                   "Cor: RR, inget bi- eller blåsljud. Pulm ua. Buk: lever palp 3 cm under arcus, mjälten palp 2 cm."),
        ("Lab", "Hb 74, TPK 19, LPK 28,6 med blaster 60 % enl. manuell diff. CRP 9. LD 1240, urat 410."),
        ("Bedömning", "Bild som vid akut leukemi, trolig ALL med tanke på ålder och blodbild."),
        ("Planering", "Kontakt tagen med barnonkologjouren i Lund som tar emot idag. Ambulanstransport, föräldrarna följer med."),
    ])],
    [["NL102", "n1"]], [],
    "'bild som vid' + 'trolig ALL' in a visible Bedömning of a Skåne Melior note is a hedged diagnosis")

C("s28pe_sk_b_all_bekraftad_familj_informerad", "skane", "2016-11-02", "m", [
    N("n1", "Läkaranteckning", "sk_avd_onk_lund", "Per-Olof Ringdahl", "läkare", "2024-02-19 15:05", [
        ("Aktuellt", "Dag 2 efter inläggning. Benmärgsaspiration och LP utförda i narkos igår, inga komplikationer."),
        ("Utredning", "Flödescytometri benmärg: B-prekursor-ALL, 84 % blaster. Likvor utan blaster (CNS1). "
                      "Cytogenetik: ETV6::RUNX1-fusion."),
        ("Bedömning", "B-prekursor ALL, standardrisk enligt ALLTogether1. Induktion startar i morgon."),
        ("Information", "Informationssamtal med båda föräldrarna och pojken i eftermiddag, kurator och kontaktsjuksköterska närvarande. "
                        "Diagnos, behandlingens upplägg och biverkningar genomgångna; pojken fick en egen förklaring med hjälp av bildstöd."),
    ], setting="slutenvård")],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "confirmed ALL, and the family (guardians and child) has been told today: neither hedge nor untold diagnosis")

C("s28pe_vgr_t_all_foraldrar_ej_informerade", "vgr", "2014-05-21", "m", [
    N("n1", "Läkaranteckning", "vg_dsbus_avd", "Maria Sandberg Ek", "läkare", "2024-03-07 17:10", [
        ("Utredning", "Flödescytometri på benmärg bekräftar T-ALL. Mediastinal massa på lungröntgen, ingen trakealkompression på DT."),
        ("Bedömning", "T-ALL, högrisk p.g.a. initialt LPK 212."),
        ("Planering", "Föräldrarna är ännu inte informerade om svaret. Informationssamtal bokat i morgon kl 09.30 med överläkare "
                      "och kontaktssk, tolk på arabiska beställd. Prednisolon startas efter samtalet."),
    ], setting="slutenvård")],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "confirmed T-ALL in visible Bedömning while the guardians of a 9-year-old have not yet been told")

C("s28pe_vgr_blastmisstanke_i_tidiga_hypoteser", "vgr", "2020-08-30", "f", [
    N("n1", "Mottagningsanteckning", "vg_sks_barn", "Erik Wahlgren", "läkare", "2024-04-11 14:30", [
        ("Aktuellt", "Remitterad från vårdcentral p.g.a. feber i 10 dagar och blåmärken. Äter dåligt."),
        ("Status", "Blek. Ekkymoser på bålen och låren. Hepatosplenomegali. Inga meningittecken."),
        ("Tidiga hypoteser", "Perifert utstryk inger misstanke om akut leukemi, enstaka blastliknande celler. "
                             "Inte kommunicerat med föräldrarna, väntar benmärg."),
        ("Planering", "Benmärgsaspiration i narkos i morgon, fasta från kl 02. Blodprover upprepas kl 07."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "VGR: the leukaemia suspicion and the not-yet-told remark sit only under sökord Tidiga hypoteser; visible sections hold findings and plans")

C("s28pe_sk_aml_tidiga_hypoteser_mall", "skane", "2012-10-06", "m", [
    N("n1", "Tidiga hypoteser", "sk_buonk_lund", "Lina Holmqvist", "läkare", "2024-05-14 11:45", [
        ("Bedömning", "Blaster med Auerstavar i perifert blod, DIC-bild med lågt fibrinogen. AML kan ej uteslutas, "
                      "akut promyelocytleukemi måste övervägas. Ej kommunicerat med pojken eller föräldrarna ännu."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "Skåne: hedged AML and 'not communicated' inside a note whose template is Tidiga hypoteser are protected")

C("s28pe_sk_itp_leukemi_avskriven", "skane", "2021-07-19", "f", [
    N("n1", "Akutanteckning", "sk_bakut_malmo", "Omid Rahimi", "läkare", "2024-06-02 19:50", [
        ("Anamnes", "Förkyld för två veckor sedan. Sedan igår små röda prickar i ansiktet och på benen, ett blåmärke på pannan. Pigg, leker."),
        ("Status", "Utbredda petekier, enstaka hematom. Ingen slemhinneblödning. Ingen lymfadenopati eller organomegali."),
        ("Lab", "TPK 6, Hb 121, LPK 7,9 med normal diff. Utstryk: stora trombocyter, inga blaster."),
        ("Bedömning", "Akut ITP efter virusinfektion. Inga hållpunkter för leukemi med normal blodbild i övrigt och normalt status. "
                      "Ingen blödning som kräver behandling."),
        ("Planering", "Expektans, undvika ibuprofen och våldsamma lekar. Nytt TPK om 1 vecka på barnmottagningen."),
    ])],
    [], [["NL102", "n1"]],
    "ITP stated as a diagnosis and leukaemia negated ('inga hållpunkter för'): no hedged diagnosis")

C("s28pe_vgr_trolig_itp_dd_lakemedel", "vgr", "2015-12-09", "m", [
    N("n1", "Läkaranteckning", "vg_nal_barn", "Hanna Kjellberg", "läkare", "2024-06-20 09:15", [
        ("Bedömning", "Trolig ITP, debut tre veckor efter vattkoppor. DD läkemedelsutlöst trombocytopeni, fick trimetoprim-sulfa för UVI i maj."),
        ("Planering", "Om näsblödning som inte går att stoppa efter 15 min, sök barnakuten. TPK åter om 5 dagar."),
    ], signed=DRAFT)],
    [["NL102", "n1"]], [],
    "'Trolig ITP' and a DD in visible Bedömning of a VGR Melior note")

C("s28pe_vgr_lymfom_misstanke_17ar", "vgr", "2006-10-25", "m", [
    N("n1", "Nybesök", "vg_sks_barn", "Jonas Alm", "läkare", "2024-08-27 13:00", [
        ("Anamnes", "17-årig kille, gymnasiet. Sedan 2 mån knöl på vänster halssida, nattsvettningar, tappat 5 kg. Klåda utan utslag."),
        ("Status", "Fast, oöm körtelkonglomerat 4 x 3 cm supraklavikulärt vä. Mindre körtlar i axillen vä. Mjälten ej palp."),
        ("Bedömning", "Misstanke om lymfom, i första hand Hodgkin. DD tuberkulös lymfadenit, han har vistats i Somalia i somras."),
        ("Planering", "DT hals-thorax-buk och ultraljudsledd px snarast. SR, LD, quantiferon tas idag."),
    ])],
    [["NL102", "n1"]], [],
    "17-year-old reads his own journal: 'misstanke om lymfom' with DD in a visible section")

C("s28pe_sk_hodgkin_pad_pat_vantar_besked", "skane", "2008-02-03", "f", [
    N("n1", "Läkaranteckning", "sk_buonk_lund", "Anders Mörner", "läkare", "2024-09-24 16:40", [
        ("Provsvar", "PAD körtelexstirpation hals hö: klassiskt Hodgkins lymfom, nodulär skleros-typ."),
        ("Bedömning", "Hodgkins lymfom. Stadieindelning med PET-DT beställd."),
        ("Planering", "Pat har ännu inte fått svaret. Hon vill ha mamma med, besked ges vid besök torsdag 26/9 kl 13."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "16-year-old not yet told her Hodgkin lymphoma result while the PAD diagnosis stands in visible sections")

C("s28pe_sk_neuroblastom_sannolkit_typo", "skane", "2022-01-17", "m", [
    N("n1", "Läkaranteckning", "sk_avd_onk_lund", "Sara Lindblad", "läkare", "2024-10-08 12:25", [
        ("Utredning", "DT buk: 6 x 5 cm heterogen process utgående från vä binjure med förkalkningar, omsluter a. renalis vä."),
        ("Bedömning", "Sannolkit neuroblastom. Urin-HVA/VMA och MIBG-scint beställda, biopsi planeras."),
    ], setting="slutenvård")],
    [["NL102", "n1"]], [],
    "typo in the hedge ('Sannolkit' for sannolikt): probable neuroblastoma in visible Bedömning")

C("s28pe_vgr_wilms_epikris_bekraftad_informerad", "vgr", "2020-02-11", "f", [
    N("n1", "Epikris", "vg_dsbus_avd", "Karin Öberg", "läkare", "2024-03-28 10:00", [
        ("Diagnos", "Wilms tumör höger njure, stadium II, intermediär risk enligt PAD."),
        ("Epikris", "4-årig flicka inlagd för nefrektomi hö efter preoperativ cytostatika enligt UMBRELLA-protokollet. "
                    "Postoperativt okomplicerat förlopp, smärtlindring via EDA i tre dygn. "
                    "PAD-svaret genomgånget med föräldrarna på avdelningen den 26/3."),
        ("Planering", "Postoperativ cytostatika med vinkristin och aktinomycin D startar om en vecka via mottagningen."),
    ], setting="slutenvård")],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "epikris with a confirmed, already-communicated Wilms tumour")

C("s28pe_sk_febril_neutropeni_ev_cvk_sepsis", "skane", "2017-06-23", "m", [
    N("n1", "Jouranteckning", "sk_avd_onk_lund", "Fredrik Nyqvist", "läkare", "2024-01-30 02:15", [
        ("Aktuellt", "Känd ALL, induktionsdag 15. Feber 39,4 sedan kl 23, frossa vid spolning av CVK."),
        ("Status", "Trött, kapillär återfyllnad 3 s, takykard 150. BT 95/50. CVK-insticket utan rodnad."),
        ("Bedömning", "Febril neutropeni, ev. CVK-relaterad sepsis med tanke på frossan vid spolning."),
        ("Åtgärd", "Blododling från båda skänklar och perifert. Piperacillin-tazobaktam startat, bolus Ringer-Acetat 20 ml/kg. Bakjour informerad."),
    ], setting="slutenvård")],
    [["NL102", "n1"]], [],
    "'ev. CVK-relaterad sepsis' is a hedged diagnosis of the patient in a visible Bedömning")

C("s28pe_vgr_all_remission_ev_benmarg_plan", "vgr", "2013-04-15", "f", [
    N("n1", "Mottagningsanteckning", "vg_dsbus_onk", "Mikael Strand", "läkare", "2024-05-06 08:50", [
        ("Aktuellt", "B-ALL i underhållsbehandling sedan februari. Mår bra, går i skolan på heltid."),
        ("Lab", "Hb 112, neutrofila 1,2, TPK 210. ALAT 85."),
        ("Bedömning", "Fortsatt komplett remission, MRD negativ dag 29 och efter konsolidering."),
        ("Planering", "Merkaptopurin och metotrexat oförändrat. Ev. nytt benmärgsprov om blodvärdena sjunker oväntat. Återbesök 4 v."),
    ])],
    [], [["NL102", "n1"]],
    "'ev.' hedges a plan (a new bone marrow sample); the ALL itself is confirmed")

C("s28pe_sk_jarnbrist_morbror_trolig_talassemi", "skane", "2018-02-27", "m", [
    N("n1", "Läkaranteckning", "sk_bmott_krist", "Eva Rosén", "läkare", "2024-04-23 14:10", [
        ("Anamnes", "Blek enl. förskolan. Äter mycket mjölk, lite kött. Ärftlighet: morbror i Irak har trolig talassemi, aldrig utrett här."),
        ("Lab", "Hb 94, MCV 66, ferritin 4. Hb-elfores: normalt HbA2."),
        ("Bedömning", "Järnbristanemi av nutritionell orsak. Talassemibärarskap uteslutet med normal elfores."),
        ("Planering", "Niferex 5 mg/kg/dag i 3 mån, mjölk max 5 dl/dag. Kontroll Hb om 6 v."),
    ])],
    [], [["NL102", "n1"]],
    "the only hedged diagnosis ('trolig talassemi') belongs to an uncle; the patient's own is confirmed and the trait excluded")

C("s28pe_vgr_lekterapi_trolig_hemgang", "vgr", "2018-12-03", "f", [
    N("n1", "Lekterapianteckning", "vg_dsbus_lekt", "Malin Grip", "lekterapeut", "2024-07-09 11:00", [
        ("Aktuellt", "Lekterapi på salen eftersom hon är isolerad. Byggde sjukhus av lego och gav nallen 'medicin' i slangen. "
                     "Mycket skratt när pappa fick vara patient."),
        ("Planering", "Trolig hemgång i helgen enl. mamma, vi ses på mottagningen nästa gång. Skickar med pysselpåse."),
    ], setting="slutenvård")],
    [], [["NL102", "n1"]],
    "play therapist note: 'trolig' hedges a discharge, not a diagnosis")

# ---------------------------------------------------------------- part 2: brain tumours
C("s28pe_sk_fossa_post_talar_for_medulloblastom", "skane", "2017-08-12", "f", [
    N("n1", "Akutanteckning", "sk_bakut_malmo", "Nils Bengtsson", "läkare", "2024-01-12 21:35", [
        ("Anamnes", "Sedan 4 v morgonkräkningar och huvudvärk, senaste veckan ostadig när hon går. Skolan har noterat att hon tappar saker."),
        ("Status", "Bredspårig gång, intentionstremor hö. Nystagmus vid blick åt hö. Ögonbotten: bilat papillödem enl. ögonjour."),
        ("Bedömning", "MR hjärna: 4 cm kontrastladdande process i fjärde ventrikeln med obstruktiv hydrocefalus. "
                      "Fynden talar för medulloblastom, DD ependymom."),
        ("Planering", "Dexametason iv. Neurokirurgjouren i Lund kontaktad, överflyttning ikväll."),
    ])],
    [["NL102", "n1"]], [],
    "'talar för medulloblastom, DD ependymom' in a visible Bedömning (Skåne Melior)")

C("s28pe_vgr_astrocytom_misst_foraldrar_ej_informerade", "vgr", "2016-03-30", "m", [
    N("n1", "Läkaranteckning", "vg_dsbus_akut", "Petra Lundgren", "läkare", "2024-02-15 18:05", [
        ("Bedömning", "Röntgenologiskt misstänkt pilocytärt astrocytom i vä cerebellarhemisfär, cystisk med muralknuta."),
        ("Planering", "Föräldrarna ej informerade om MR-svaret ännu; ansvarig neurokirurg träffar dem efter ronden. "
                      "Fasta inför eventuell operation i morgon."),
    ], setting="slutenvård")],
    [["NL102", "n1"], ["NL101", "n1"]], [],
    "a suspected tumour that the guardians of a 7-year-old have not been told stands in visible sections: both rules")

C("s28pe_vgr_ponsgliom_tidiga_hypoteser_sokord", "vgr", "2018-11-20", "f", [
    N("n1", "Läkaranteckning", "vg_dsbus_onk", "Gustav Hallberg", "läkare", "2024-02-29 16:20", [
        ("Status", "Abducenspares hö, ataxi, dysartri. Vaken, pratar, orienterad."),
        ("Tidiga hypoteser", "MR pons: expansiv, diffust växande process utan kontrastladdning, bild som vid diffust mittlinjegliom. Ej kommunicerat."),
        ("Planering", "Samtal med båda föräldrarna i morgon förmiddag tillsammans med barnonkolog och kurator."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "VGR: the glioma hypothesis and its not-yet-told status sit only under sökord Tidiga hypoteser")

C("s28pe_sk_kraniofaryngiom_pad_informerad_barn", "skane", "2013-01-08", "m", [
    N("n1", "Epikris", "sk_avd_onk_lund", "Helena Dahl", "läkare", "2024-03-19 13:30", [
        ("Diagnos", "Adamantinomatöst kraniofaryngiom, PAD-verifierat. Postoperativ diabetes insipidus."),
        ("Epikris", "Opererad med transsfenoidal resektion 8/3. Desmopressin insatt dag 2. "
                    "PAD meddelat föräldrarna och pojken (11 år) på åldersanpassat sätt 15/3, han ställde många bra frågor om ärret."),
        ("Planering", "Hydrokortison och Levaxin enl. barnendokrin. Uppföljning barnendokrin Malmö om 2 v."),
    ], setting="slutenvård")],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "confirmed craniopharyngioma already told to the child and guardians")

C("s28pe_sk_spanningshuvudvark_ingen_misstanke_tumor", "skane", "2014-06-04", "f", [
    N("n1", "Läkaranteckning", "sk_bmott_krist", "Ingrid Palm", "läkare", "2024-04-02 10:40", [
        ("Anamnes", "Huvudvärk i pannan på eftermiddagarna, värre under skolveckor. Sover bra, inga morgonkräkningar, inga nattliga uppvaknanden."),
        ("Status", "Neurologstatus ua inkl. ögonbotten med skarpa papillgränser. Blodtryck 102/64."),
        ("Bedömning", "Spänningshuvudvärk. Ingen misstanke om intrakraniell tumör, bilddiagnostik ej indicerad."),
        ("Planering", "Regelbundna måltider, vätska, skärmpaus. Huvudvärksdagbok, återbesök 3 mån."),
    ])],
    [], [["NL102", "n1"]],
    "'ingen misstanke om intrakraniell tumör' is negated; tension headache is affirmed")

C("s28pe_vgr_tumor_cerebri_kan_ej_utelsutas_typo", "vgr", "2013-09-17", "m", [
    N("n1", "Akutjournal", "vg_sas_akut", "Ali Karimi", "läkare", "2024-05-22 07:55", [
        ("Aktuellt", "Tilltagande huvudvärk sedan 2 v, kräkts varje morgon senaste 5 dagarna. Dubbelseende sedan igår."),
        ("Status", "Staspapill bilat. Abducenspares vä. I övrigt fokalneurologiskt ua."),
        ("Bedömning", "Tumor cerebri kan ej utelsutas. Akut MR med narkosberedskap beställd."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the hedge ('kan ej utelsutas'): a brain tumour that cannot be excluded, in visible Bedömning")

C("s28pe_sk_dnet_tidiga_hypoteser_sedan_pad_informerad", "skane", "2014-02-14", "f", [
    N("n1", "Tidiga hypoteser", "sk_bneuro_lund", "Tove Ekström", "läkare", "2024-06-10 15:10", [
        ("Bedömning", "MR efter två fokala anfall: kortikal lesion hö temporallob utan ödem, möjligen DNET eller lågmalignt gliom. "
                      "Föräldrarna har inte fått MR-svaret ännu."),
    ]),
    N("n2", "Läkaranteckning", "sk_bneuro_lund", "Tove Ekström", "läkare", "2024-07-15 09:30", [
        ("Aktuellt", "Opererad 2/7 med lesionektomi, anfallsfri sedan dess."),
        ("Provsvar", "PAD: dysembryoplastisk neuroepitelial tumör (DNET), WHO grad 1."),
        ("Information", "PAD-svaret genomgånget med flickan och båda föräldrarna idag. Ingen ytterligare onkologisk behandling behövs."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"], ["NL102", "n2"], ["NL101", "n2"]],
    "Skåne: hypothesis kept in the Tidiga hypoteser template; later ordinary note has the settled, communicated diagnosis")

C("s28pe_vgr_th_mall_men_sokord_bedomning", "vgr", "2020-12-01", "m", [
    N("n1", "Tidiga hypoteser", "vg_dsbus_neuro", "Cecilia Wik", "läkare", "2024-07-03 14:00", [
        ("Bedömning", "MR: supratentoriell intraventrikulär process med förkalkningar. Misstänkt ependymom, DD plexuspapillom."),
    ])],
    [["NL102", "n1"]], [],
    "VGR protects by sökord, not by template: a 'Tidiga hypoteser' template with sökord Bedömning is visible")

C("s28pe_sk_sokord_th_i_vanlig_lakaranteckning", "skane", "2007-02-21", "m", [
    N("n1", "Läkaranteckning", "sk_bendo_malmo", "Rebecka Falk", "läkare", "2024-08-13 11:15", [
        ("Aktuellt", "Polyuri och polydipsi sedan 3 mån, dricker 6 l/dygn. Låg urinosmolalitet efter törstprov, svarar på desmopressin."),
        ("Tidiga hypoteser", "Central diabetes insipidus, trolig germinom i hypofysstjälken enligt MR – tumörmarkörer i likvor tas."),
    ])],
    [["NL102", "n1"]], [],
    "Skåne protects by template, not by sökord: 'Tidiga hypoteser' as a sökord inside a Läkaranteckning is visible")

C("s28pe_vgr_shuntad_hydrocefalus_ev_revision", "vgr", "2016-10-10", "f", [
    N("n1", "Mottagningsanteckning", "vg_kung_barn", "Sven Ahlin", "läkare", "2024-09-05 10:25", [
        ("Aktuellt", "Medulloblastom opererat och strålbehandlat 2021, shuntad hydrocefalus. Ingen återfallsmisstanke vid senaste MR i juni."),
        ("Bedömning", "Lätt huvudvärk senaste veckan, i övrigt opåverkad. Ventrikelvidd oförändrad på snabb-MR idag."),
        ("Planering", "Ev. shuntrevision om symtomen tilltar, neurokirurg kontaktad för kännedom."),
    ])],
    [], [["NL102", "n1"]],
    "'Ev.' hedges a shunt revision (a plan); tumour history is confirmed and relapse negated")

C("s28pe_sk_pmo_bvc_huvudomfang_misst_hydrocefalus", "skane", "2024-01-15", "m", [
    N("n1", "BVC-läkarbesök", "sk_bvc_hoganas", "Lars Nordin", "läkare", "2024-08-20 13:45", [
        ("Status", "Huvudomfånget har korsat två kurvlinjer uppåt sedan 4-månadersbesöket. Fontanellen spänd och välvd, solnedgångsfenomen."),
        ("Bedömning", "Misstänkt hydrocefalus, ev. expansivitet. Akut remiss till barnakuten Lund, telefonkontakt med jourhavande."),
    ])],
    [], [["NL102", "n1"]],
    "PMO never shows diagnoses: a suspected hydrocephalus at BVC is not NL102")

C("s28pe_vgr_medulloblastom_17ar_informerad_farmor_ej", "vgr", "2007-01-26", "f", [
    N("n1", "Läkaranteckning", "vg_dsbus_onk", "Gustav Hallberg", "läkare", "2024-09-18 15:50", [
        ("Bedömning", "PAD: medulloblastom, SHH-aktiverat, TP53-vildtyp. Ingen spridning på spinal MR."),
        ("Information", "Pat och båda föräldrarna informerade av undertecknad idag. "
                        "Pat önskar att farmor inte får veta diagnosen ännu, vilket respekteras."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "the 17-year-old and her parents are told; only the grandmother is not: not NL101")

C("s28pe_sk_nf1_opticusgliom_forenligt", "skane", "2019-07-07", "m", [
    N("n1", "Mottagningsanteckning", "sk_bneuro_lund", "Amira Haddad", "läkare", "2024-10-01 09:05", [
        ("Anamnes", "Känd NF1 (ärvd från pappa). Förskolan tycker att han går in i saker på vänster sida."),
        ("Status", "Visus svårbedömd, samarbetar dåligt. Relativ afferent pupilldefekt vä."),
        ("Bedömning", "MR orbita/hjärna: förtjockad och slingrig n. opticus vä, förenligt med opticusgliom."),
        ("Planering", "Remiss barnögonkliniken för synfältsbedömning. Diskuteras på neuroonkologisk konferens 10/10."),
    ], signed=DRAFT)],
    [["NL102", "n1"]], [],
    "'förenligt med opticusgliom' hedges a new tumour diagnosis in a visible section")

C("s28pe_vgr_migran_fynd_talar_emot_tumor", "vgr", "2012-03-03", "f", [
    N("n1", "Läkaranteckning", "vg_alingsas_barn", "Birgitta Holm", "läkare", "2024-10-15 13:20", [
        ("Aktuellt", "Återkommande pulserande huvudvärk med ljuskänslighet och illamående, 2–3 gånger/mån. Mamma har migrän."),
        ("Utredning", "MR hjärna utan anmärkning, gjord p.g.a. föräldrarnas oro."),
        ("Bedömning", "Migrän utan aura. Fynden talar emot expansiv process."),
        ("Planering", "Ipren 10 mg/kg tidigt i attack. Info om triggerfaktorer, huvudvärksdagbok."),
    ])],
    [], [["NL102", "n1"]],
    "'talar emot expansiv process' is a negation; migraine is affirmed")

C("s28pe_sk_lekterapi_mr_forberedelse_mojligen", "skane", "2018-05-29", "m", [
    N("n1", "Lekterapianteckning", "sk_lekt_lund", "Jessica Mattsson", "lekterapeut", "2024-11-05 10:15", [
        ("Aktuellt", "Förberedelse inför MR hjärna med MR-modellen och ljudinspelning av maskinen. "
                     "Han körde in sin dinosaurie i 'tunneln' flera gånger och räknade högt till 20."),
        ("Bedömning", "Möjligen klarar han undersökningen utan sövning om pappa får sitta vid fötterna. Meddelat röntgenssk."),
    ])],
    [], [["NL102", "n1"]],
    "'Möjligen' hedges whether the child manages MR without anaesthesia, not a diagnosis")

# ---------------------------------------------------------------- part 3: epilepsy, seizures
C("s28pe_sk_absens_misst_eeg_bokat", "skane", "2016-09-09", "f", [
    N("n1", "Nybesök", "sk_bneuro_lund", "Magnus Ottosson", "läkare", "2024-01-23 13:15", [
        ("Anamnes", "Lärare har sett att hon 'stänger av' flera gånger per dag, några sekunder åt gången. Minns inte episoderna efteråt."),
        ("Status", "Vid hyperventilation på mottagningen en 8 sekunders episod med stirrande blick och ögonlocksfladder."),
        ("Bedömning", "Misstänkt absensepilepsi. EEG med hyperventilation bokat 30/1."),
    ])],
    [["NL102", "n1"]], [],
    "'Misstänkt absensepilepsi' in visible Bedömning, Skåne Melior")

C("s28pe_vgr_enkel_feberkramp_ingen_misstanke_epilepsi", "vgr", "2022-11-30", "m", [
    N("n1", "Akutjournal", "vg_sas_akut", "Linnea Hult", "läkare", "2024-02-04 03:40", [
        ("Aktuellt", "Feber sedan igår, kramp hemma med stelhet och ryckningar i alla fyra extremiteter i ca 1 min. Vaken och gnällig efteråt."),
        ("Status", "Röd buktande trumhinna hö. Alert, ingen nackstelhet, inga petekier."),
        ("Bedömning", "Enkel feberkramp vid otit. Inga tecken på CNS-infektion, ingen misstanke om epilepsi."),
        ("Planering", "Febernedsättande efter behov, Kåvepenin i 5 dagar. Muntlig och skriftlig info om feberkramper till föräldrarna."),
    ])],
    [], [["NL102", "n1"]],
    "negated diagnoses only ('inga tecken på CNS-infektion', 'ingen misstanke om epilepsi'); simple febrile seizure affirmed")

C("s28pe_sk_rolandisk_trol_epelepsi_typo", "skane", "2015-10-18", "m", [
    N("n1", "Läkaranteckning", "sk_bmott_ystad", "Kristina Bohlin", "läkare", "2024-03-05 15:00", [
        ("Anamnes", "Två episoder tidigt på morgonen med ryckningar i vä mungipa, dregling och oförmåga att prata, vid medvetande."),
        ("Bedömning", "Trol. självbegränsande epilepsi med centrotemporala spikar (rolandisk epelepsi). EEG i sömn beställt."),
        ("Planering", "Ingen behandling i nuläget. Om anfall längre än 5 min ges Buccolam enl. skriftlig instruktion."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the diagnosis word ('epelepsi') after 'Trol.': hedged epilepsy syndrome in visible Bedömning")

C("s28pe_vgr_west_hypsarytmi_ej_meddelat", "vgr", "2023-11-02", "f", [
    N("n1", "Läkaranteckning", "vg_dsbus_neuro", "Johan Fors", "läkare", "2024-05-08 12:10", [
        ("Aktuellt", "Serier av korta böjkramper vid uppvaknande sedan en vecka, har slutat le socialt enl. mamma."),
        ("Utredning", "EEG: hypsarytmi i vakenhet, serier av spasmer registrerade med elektrodekrement."),
        ("Bedömning", "Bilden är förenlig med infantila spasmer (West syndrom). Etiologisk utredning med MR och genetik."),
        ("Planering", "Föräldrarna har inte fått EEG-svaret, besked ges av ansvarig barnneurolog i eftermiddag. Prednisolon förbereds."),
    ])],
    [["NL102", "n1"], ["NL101", "n1"]], [],
    "'förenlig med West syndrom' visible, and the guardians of the infant have not yet been given the result")

C("s28pe_sk_pmo_vc_ev_epileptiskt_anfall_17ar", "skane", "2007-01-12", "m", [
    N("n1", "Läkarbesök", "sk_vc_horby", "Karl Svensson", "läkare", "2024-03-14 08:30", [
        ("Aktuellt", "17-åring, medvetslös med ryckningar i ca 1 min på en fest efter en natt utan sömn, bitit sig i tungan. Ingen alkohol enl. kompisar."),
        ("Bedömning", "Ev. epileptiskt anfall provocerat av sömnbrist. Remiss neurologmottagning, körkortsfrågan diskuterad (har ej körkort än)."),
    ])],
    [], [["NL102", "n1"]],
    "PMO: a hedged epilepsy diagnosis in primary care is never shown, so not NL102")

C("s28pe_vgr_reflexsynkope_dd_arytmi_16ar", "vgr", "2007-12-05", "f", [
    N("n1", "Läkaranteckning", "vg_nal_barn", "Emelie Roos", "läkare", "2024-04-17 10:50", [
        ("Aktuellt", "Svimmat tre gånger i stående, föregått av yrsel, tunnelseende och svettning. Ingen ansträngningsrelation."),
        ("Status", "Cor: RR, inga blåsljud. Ortostatiskt BT-fall 12 mmHg. EKG: sinusrytm, QTc 412 ms."),
        ("Bedömning", "Reflexsynkope. DD kardiell arytmi, ter sig mindre troligt men 24-h EKG bokas för säkerhets skull."),
    ])],
    [["NL102", "n1"]], [],
    "an affirmed main diagnosis does not cancel a 'DD kardiell arytmi' written in the same visible Bedömning")

C("s28pe_sk_videoeeg_epilepsi_avskrivs", "skane", "2012-12-20", "f", [
    N("n1", "Läkaranteckning", "sk_bneuro_lund", "Magnus Ottosson", "läkare", "2024-05-27 14:35", [
        ("Utredning", "Långtids-video-EEG 48 h: tre typiska episoder med skakningar registrerade utan epileptiform aktivitet."),
        ("Bedömning", "Epilepsi avskrivs. Episoderna bedöms som funktionella anfall; Keppra sätts ut under 2 v."),
        ("Planering", "Remiss barnpsykolog inom barnneurologen, info till skolan via föräldrarna."),
    ])],
    [], [["NL102", "n1"]],
    "'Epilepsi avskrivs': a ruled-out diagnosis is not a hypothesis")

C("s28pe_vgr_jme_diagnos_16ar_informerad", "vgr", "2007-11-11", "m", [
    N("n1", "Läkaranteckning", "vg_dsbus_neuro", "Johan Fors", "läkare", "2024-06-05 11:30", [
        ("Bedömning", "Juvenil myoklon epilepsi, diagnosen satt efter sömndeprivations-EEG med generaliserade polyspike-wave."),
        ("Information", "Pat och pappa informerade om diagnosen, körkortsregler och vikten av regelbunden sömn. "
                        "Broschyr från Epilepsiförbundet utdelad."),
        ("Planering", "Levetiracetam upptrappning enligt schema, återbesök 8 v."),
    ])],
    [], [["NL101", "n1"]],
    "16-year-old told his epilepsy diagnosis at the visit: nothing uncommunicated")

C("s28pe_sk_ige_utkast_pat_ej_underrattad", "skane", "2008-03-18", "f", [
    N("n1", "Läkaranteckning", "sk_bneuro_lund", "Amira Haddad", "läkare", "2024-09-10 16:05", [
        ("Utredning", "EEG: generaliserade spike-wave-urladdningar 3–4 Hz, fotoparoxysmalt svar."),
        ("Bedömning", "Idiopatisk generaliserad epilepsi."),
        ("Planering", "Pat ej underrättad ännu, mamma ber att vi väntar tills pat kommit hem från skolresan 16/9. Telefontid bokad 17/9."),
    ], signed=DRAFT)],
    [["NL101", "n1"]], [],
    "unsigned draft: a 16-year-old's epilepsy diagnosis stands visible while she has not been told")

C("s28pe_vgr_fokal_epilepsi_ev_byte_lakemedel", "vgr", "2012-04-30", "f", [
    N("n1", "Mottagningsanteckning", "vg_sks_barn", "Oskar Lind", "läkare", "2024-06-25 09:40", [
        ("Aktuellt", "Strukturell fokal epilepsi efter neonatal stroke. Anfallsfri 14 mån på valproat, gått upp 6 kg på ett år."),
        ("Planering", "Ev. byte till lamotrigin om viktuppgången fortsätter. Dietistkontakt, ny kontroll om 3 mån."),
    ])],
    [], [["NL102", "n1"]],
    "'Ev.' hedges a drug switch; the epilepsy is established")

C("s28pe_sk_komplex_feberkramp_om_ny_kramp", "skane", "2022-03-14", "f", [
    N("n1", "Utskrivningsanteckning", "sk_bavd_hbg", "Viktor Åberg", "läkare", "2024-07-02 11:20", [
        ("Aktuellt", "Inlagd ett dygn efter komplex feberkramp 12 min, hävd med buckalt midazolam. Influensa A positiv."),
        ("Bedömning", "Komplex feberkramp vid influensa. Normalt neurologstatus vid utskrivning."),
        ("Planering", "Buccolam 5 mg förskrivet. Om ny kramp längre än 5 min, ge Buccolam och ring 112. Återbesök barnmottagningen 6 v."),
    ], setting="slutenvård")],
    [], [["NL102", "n1"]],
    "conditional instruction ('om ny kramp') and affirmed diagnosis; nothing hedged")

C("s28pe_vgr_mamma_misstankt_epilepsi_sommyoklonier", "vgr", "2024-04-01", "m", [
    N("n1", "Läkaranteckning", "vg_alingsas_barn", "Birgitta Holm", "läkare", "2024-06-12 14:45", [
        ("Anamnes", "Ryckningar i armar och ben enbart under sömn, upphör när han väcks. "
                    "Hereditet: mamma hade misstänkt epilepsi i tonåren, aldrig utredd färdigt."),
        ("Status", "Pigg, följer med blicken, normal tonus och reflexer."),
        ("Bedömning", "Benigna neonatala sömnmyoklonier, filmen från föräldrarna typisk. Ingen vidare utredning."),
    ])],
    [], [["NL102", "n1"]],
    "the hedged epilepsy is the mother's; the infant's diagnosis is affirmed")

C("s28pe_sk_telefon_ssk_kan_rora_sig_om_fokala_anfall", "skane", "2019-11-26", "m", [
    N("n1", "Telefonanteckning", "sk_bmott_hbg", "Ulrika Nilsson", "sjuksköterska", "2024-08-08 08:55", [
        ("Telefonkontakt", "Mamma ringer: pojken har haft tre episoder senaste veckan med stirrande blick, smackande och fumlande med händerna, ca 1 min. "
                           "Enl. dr Persson som konsulterats kan det röra sig om fokala anfall; ny tid hos barnneurolog inom en vecka. "
                           "Mamma filmar vid nästa episod."),
    ])],
    [["NL102", "n1"]], [],
    "nurse's telephone note: 'kan det röra sig om fokala anfall' is a hedged diagnosis in a visible section")

C("s28pe_vgr_dravet_tidiga_hypoteser_ej_informerade", "vgr", "2023-04-20", "f", [
    N("n1", "Läkaranteckning", "vg_dsbus_neuro", "Cecilia Wik", "läkare", "2024-09-12 15:25", [
        ("Aktuellt", "Tredje långvariga febrila krampen, nu hemikonvulsion 25 min."),
        ("Tidiga hypoteser", "SCN1A-variant påvisad (klass 4), bild förenlig med Dravets syndrom. "
                             "Föräldrarna ej informerade ännu, genetisk vägledning bokas."),
        ("Planering", "Fortsatt valproat. Återbesök 3 v tillsammans med klinisk genetiker."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "VGR: the untold, hedged Dravet diagnosis is kept only under sökord Tidiga hypoteser")

C("s28pe_sk_dravet_synlig_foraldrar_ej_informerade", "skane", "2022-06-30", "m", [
    N("n1", "Läkaranteckning", "sk_bneuro_lund", "Tove Ekström", "läkare", "2024-10-22 13:00", [
        ("Provsvar", "Genetisk analys: patogen de novo-variant i SCN1A."),
        ("Bedömning", "Dravets syndrom. Undvik natriumkanalblockerare."),
        ("Planering", "Föräldrarna ej informerade om genetiksvaret, det lämnas vid gemensamt samtal med klinisk genetiker 29/10."),
    ])],
    [["NL101", "n1"]], [],
    "Skåne ordinary note: settled Dravet syndrome visible while the guardians have not been told")

# ---------------------------------------------------------------- part 4: allergy, asthma
C("s28pe_sk_misstankt_jordnotsallergi_ige", "skane", "2020-05-05", "m", [
    N("n1", "Nybesök", "sk_ballergi_malmo", "Sofia Berglund", "läkare", "2024-01-17 09:20", [
        ("Anamnes", "Fick nässelutslag runt munnen och kräktes två gånger 15 min efter att ha smakat jordnötssmör hos mormor. Ingen andningspåverkan."),
        ("Bedömning", "Misstänkt jordnötsallergi. Specifikt IgE jordnöt och komponenter (Ara h 2, 6, 8) skickas."),
        ("Planering", "Undvika jordnöt tills svar. Antihistamin Aerius mixtur vid behov."),
    ])],
    [["NL102", "n1"]], [],
    "'Misstänkt jordnötsallergi' in visible Bedömning of a Skåne Melior allergy note")

C("s28pe_vgr_jordnotsallergi_bekraftad_adrenalinpenna", "vgr", "2015-02-08", "f", [
    N("n1", "Mottagningsanteckning", "vg_dsbus_allergi", "Annika Törnqvist", "läkare", "2024-01-31 14:00", [
        ("Aktuellt", "Känd jordnötsallergi, anafylaxi 2023 efter kaka på klassresa. Ara h 2 48 kU/L."),
        ("Bedömning", "Jordnötsallergi med hög risk för svår reaktion."),
        ("Planering", "Två EpiPen Jr förskrivna, genomgång av handlingsplan med pappa och flickan. Intyg till skolan om specialkost."),
    ])],
    [], [["NL102", "n1"]],
    "established peanut allergy, no hedge")

C("s28pe_sk_pmo_bvc_trol_komjolksproteinallergi", "skane", "2024-01-10", "f", [
    N("n1", "BVC-besök", "sk_bvc_eslov", "Gunilla Persson", "sjuksköterska", "2024-04-09 10:30", [
        ("Aktuellt", "Blodstrimmor i avföringen senaste veckan, skrikig efter måltid. Helammas."),
        ("Bedömning", "Trol. komjölksproteinallergi, diskuterat med BVC-läkare. Mamma eliminerar mjölkprotein ur sin kost i 4 v, återbesök därefter."),
    ])],
    [], [["NL102", "n1"]],
    "PMO (BVC): a probable cow's milk protein allergy is not shown, so not NL102")

C("s28pe_vgr_ev_komjolksproteinalergi_typo", "vgr", "2024-02-02", "m", [
    N("n1", "Läkaranteckning", "vg_sas_barn", "David Engström", "läkare", "2024-06-04 13:10", [
        ("Anamnes", "Eksem på kinder och bål sedan 6 veckors ålder, kräks mycket och har gråtattacker efter varje flaska. Ersättning sedan 2 mån ålder."),
        ("Bedömning", "Ev. komjölksproteinalergi. Provar extensivt hydrolyserad ersättning (Nutramigen) i 4 v, "
                      "därefter ställningstagande till återintroduktion."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the diagnosis ('komjölksproteinalergi'): 'Ev.' before an allergy diagnosis in a visible VGR note")

C("s28pe_sk_trolig_astam_typo", "skane", "2019-08-22", "f", [
    N("n1", "Läkaranteckning", "sk_bmott_ystad", "Kristina Bohlin", "läkare", "2024-02-13 11:05", [
        ("Anamnes", "Fjärde episoden i vinter med pip i bröstet och dyspné vid förkylning. Hostar också när hon springer på förskolan."),
        ("Status", "Lätt förlängt exspirium, spridda ronki bilat. Sat 96 %."),
        ("Bedömning", "Trolig astam. Inhalationssteroid Flixotide 125 µg 1x2 via spacer i 3 mån, Airomir vid behov."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the diagnosis ('astam' for astma) after 'Trolig', visible Bedömning")

C("s28pe_vgr_17ar_inga_tecken_pa_astma", "vgr", "2007-01-19", "f", [
    N("n1", "Läkaranteckning", "vg_kung_barn", "Sven Ahlin", "läkare", "2024-02-26 15:30", [
        ("Aktuellt", "Hostar efter förkylning sedan 3 v, värst på natten. Ingen pipande andning, ingen ansträngningsdyspné."),
        ("Utredning", "Spirometri normal, reversibilitetstest negativt. FeNO 12 ppb."),
        ("Bedömning", "Inga tecken på astma. Postinfektiös hosta som väntas gå över spontant."),
    ])],
    [], [["NL102", "n1"]],
    "'Inga tecken på astma' is a negation")

C("s28pe_sk_syskon_astma_bjorkpollen", "skane", "2015-07-01", "m", [
    N("n1", "Mottagningsanteckning", "sk_ballergi_malmo", "Sofia Berglund", "läkare", "2024-04-30 13:40", [
        ("Anamnes", "Snuva, nysningar och kliande ögon i april-maj varje år. Storebror har astma; lillasyster har trolig astma enl. mamma."),
        ("Utredning", "Pricktest: björk 8 mm, timotej 2 mm, katt och hund negativa."),
        ("Bedömning", "Allergisk rinokonjunktivit mot björkpollen. Inga nedre luftvägssymtom."),
        ("Planering", "Aerius dagligen under säsong, Nasonex vid behov. Diskuterat immunterapi inför nästa säsong."),
    ])],
    [], [["NL102", "n1"]],
    "'trolig astma' belongs to a sibling; the patient's own diagnosis is confirmed")

C("s28pe_vgr_kiwi_anafylaxi_kan_ej_uteslutas", "vgr", "2017-09-28", "m", [
    N("n1", "Akutjournal", "vg_dsbus_akut", "Fatima Osman", "läkare", "2024-05-19 17:25", [
        ("Aktuellt", "Åt kiwi på kalas, efter 10 min generaliserade nässelutslag, heshet och kräkning."),
        ("Status", "Urtikaria bål och extremiteter. Lätt heshet, inga stridorljud. Sat 97 %, BT 98/60."),
        ("Bedömning", "Anafylaxi kan ej uteslutas med heshet och kräkning."),
        ("Åtgärd", "Adrenalin 0,3 mg im i lår, Betapred och Aerius po. Observation 6 h."),
    ])],
    [["NL102", "n1"]], [],
    "'Anafylaxi kan ej uteslutas' is a hedge, not a negation")

C("s28pe_sk_fragestallning_eosinofil_esofagit", "skane", "2013-05-14", "m", [
    N("n1", "Läkaranteckning", "sk_bgastro_lund", "Henrik Möller", "läkare", "2024-06-18 10:00", [
        ("Anamnes", "Mat fastnar i halsen, framför allt kött, dricker mycket vatten till maten. Atopiskt eksem och astma sedan tidigare."),
        ("Bedömning", "Frågeställning eosinofil esofagit. Gastroskopi med biopsier i esofagus planeras i narkos."),
    ])],
    [["NL102", "n1"]], [],
    "'Frågeställning eosinofil esofagit' is an open diagnostic question in a visible section")

C("s28pe_vgr_atopiskt_eksem_ev_lapptest", "vgr", "2022-04-03", "f", [
    N("n1", "Mottagningsanteckning", "vg_dsbus_allergi", "Annika Törnqvist", "läkare", "2024-03-12 08:45", [
        ("Status", "Lichenifierat eksem i armveck och knäveck, rivmärken. Torr hud generellt."),
        ("Bedömning", "Atopiskt eksem, måttligt svårt. Ej matallergiutlöst enligt anamnes."),
        ("Planering", "Mjukgörande 2 ggr dagligen, Elocon kräm 3 kvällar/v i 4 v. Ev. lapptest om ingen förbättring."),
    ], signed=DRAFT)],
    [], [["NL102", "n1"]],
    "'Ev. lapptest' hedges an investigation; eczema is confirmed, food allergy negated")

C("s28pe_sk_oklart_om_akta_penicillinallergi", "skane", "2021-01-20", "f", [
    N("n1", "Läkaranteckning", "sk_ballergi_malmo", "Jakob Sjöberg", "läkare", "2024-07-16 14:20", [
        ("Anamnes", "Fick makulopapulöst utslag dag 6 av Amimox för otit i maj, samtidigt feber och snuva."),
        ("Bedömning", "Oklart om det rör sig om äkta penicillinallergi eller virusexantem. Provokation med amoxicillin på mottagningen planeras."),
    ], signed=DRAFT)],
    [["NL102", "n1"]], [],
    "'Oklart om det rör sig om äkta penicillinallergi' is a hedged diagnosis")

C("s28pe_vgr_telefon_kand_astma_om_andningsbesvar", "vgr", "2021-02-14", "m", [
    N("n1", "Telefonanteckning", "vg_kung_barn", "Lena Carlsson", "sjuksköterska", "2024-10-03 19:10", [
        ("Telefonkontakt", "Pappa ringer, pojken har pipande andning efter förkylning, känd astma med Flixotide. "
                           "Råd: Airomir 4 puffar via spacer var 4:e timme under dygnet. "
                           "Om han blir trött, drar in mellan revbenen eller inte svarar på Airomir, sök barnakuten direkt."),
    ])],
    [], [["NL102", "n1"]],
    "telephone advice: known asthma plus conditional instructions, no hedged diagnosis")

C("s28pe_sk_tryptas_talar_for_mastocytos", "skane", "2012-07-09", "m", [
    N("n1", "Mottagningsanteckning", "sk_ballergi_malmo", "Jakob Sjöberg", "läkare", "2024-08-21 09:50", [
        ("Anamnes", "Svimningskänsla, urtikaria och blodtrycksfall efter getingstick i juli, behandlad på akuten."),
        ("Utredning", "Basalt tryptas 16 µg/L. Specifikt IgE geting 3,2 kU/L."),
        ("Bedömning", "Getingallergi med systemreaktion. Förhöjt basaltryptas talar för mastocytos, remiss hudklinik och hematolog."),
        ("Planering", "EpiPen förskriven. Ställningstagande till getingimmunterapi."),
    ])],
    [["NL102", "n1"]], [],
    "confirmed venom allergy, but 'talar för mastocytos' adds a hedged second diagnosis in the visible Bedömning")

C("s28pe_sk_pmo_vc_anstrangningsastma_fragetecken", "skane", "2007-10-02", "m", [
    N("n1", "Läkarbesök", "sk_vc_trelleborg", "Mohammed Al-Sayed", "läkare", "2024-09-03 15:15", [
        ("Aktuellt", "Spelar fotboll, får andnöd och hosta efter 5–10 min löpning, särskilt i kyla."),
        ("Bedömning", "Ansträngningsastma? Spirometri med ansträngningstest bokas, Airomir att prova före träning."),
    ])],
    [], [["NL102", "n1"]],
    "PMO vårdcentral: 'Ansträngningsastma?' is not shown, so not NL102")

C("s28pe_vgr_susp_fpies_havre", "vgr", "2023-12-28", "f", [
    N("n1", "Läkaranteckning", "vg_sas_barn", "David Engström", "läkare", "2024-07-30 11:35", [
        ("Anamnes", "Upprepade kräkningar 2 h efter havregröt vid tre tillfällen, blek och slö efteråt. Ingen urtikaria."),
        ("Bedömning", "Susp. FPIES mot havre. Undvika havre, provokation på sjukhus om 12–18 mån."),
    ])],
    [["NL102", "n1"]], [],
    "'Susp. FPIES' abbreviation hedge in visible Bedömning")

# ---------------------------------------------------------------- part 5: coeliac disease, gastro
C("s28pe_sk_misst_celiaki_ttg_hog", "skane", "2018-10-10", "f", [
    N("n1", "Läkaranteckning", "sk_bmott_hbg", "Johanna Erlandsson", "läkare", "2024-01-29 10:45", [
        ("Anamnes", "Lös avföring 3–4 ggr/dag sedan ett halvår, uppblåst mage, trött. Äter vanlig kost med gluten."),
        ("Lab", "Transglutaminas-IgA 86 U/ml (ref <7), totalt IgA normalt. Hb 108, ferritin 6."),
        ("Bedömning", "Misstänkt celiaki. Gastroskopi med duodenalbiopsier planeras, fortsatt glutenintag fram till dess."),
    ])],
    [["NL102", "n1"]], [],
    "'Misstänkt celiaki' before biopsy, in visible Bedömning")

C("s28pe_vgr_celiaki_espghan_utan_biopsi_informerad", "vgr", "2016-12-12", "m", [
    N("n1", "Läkaranteckning", "vg_dsbus_gastro", "Ebba Lindström", "läkare", "2024-02-07 13:30", [
        ("Lab", "tTG-IgA 1450 U/ml (>10 ggr övre ref), EMA positiv i separat prov. HLA-DQ2 positiv."),
        ("Bedömning", "Celiaki, diagnos ställd enligt ESPGHAN-kriterier utan biopsi. Föräldrarna och pojken har fått diagnosbeskedet idag."),
        ("Planering", "Glutenfri kost, remiss dietist. tTG-kontroll om 6 mån."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "coeliac disease diagnosed without biopsy and told to family today: confirmed and communicated")

C("s28pe_sk_celiaki_pad_foraldrar_ej_besked", "skane", "2021-03-08", "f", [
    N("n1", "Provsvarsanteckning", "sk_bgastro_lund", "Henrik Möller", "läkare", "2024-03-01 15:20", [
        ("Provsvar", "PAD duodenalbiopsier: totalatrofi av villi, kraftigt ökade intraepiteliala lymfocyter, Marsh 3c."),
        ("Bedömning", "Celiaki fastställd."),
        ("Planering", "Föräldrarna har ännu inte fått besked om PAD-svaret. "
                      "Ringer dem i morgon när ansvarig läkare är i tjänst, därefter dietistremiss."),
    ], signed=DRAFT)],
    [["NL101", "n1"]], [],
    "settled coeliac disease visible while the guardians of a 3-year-old have not had the result")

C("s28pe_vgr_trolig_celaki_typo", "vgr", "2020-11-15", "m", [
    N("n1", "Nybesök", "vg_sks_barn", "Oskar Lind", "läkare", "2024-03-26 09:00", [
        ("Anamnes", "Viktstagnation sedan 1 år, korsat en kurvlinje nedåt. Diarréer, 'stor mage och smala ben' enl. mormor."),
        ("Bedömning", "Trolig celaki. tTG-IgA och totalt IgA tas idag."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the diagnosis ('celaki'): probable coeliac disease in visible Bedömning")

C("s28pe_sk_dietist_celiaki_familj_informerad", "skane", "2015-01-25", "f", [
    N("n1", "Dietistanteckning", "sk_bmott_krist", "Therese Blom", "dietist", "2024-04-04 13:00", [
        ("Aktuellt", "Celiaki diagnosticerad i mars, familjen är väl informerad om diagnosen av läkaren och har börjat läsa på själva."),
        ("Åtgärd", "Genomgång av glutenfri kost, dolda glutenkällor och korskontaminering i köket. "
                   "Ren havre tillåts. Intyg om specialkost till skolköket skrivet."),
        ("Planering", "Uppföljning om 3 mån med kostdagbok."),
    ])],
    [], [["NL101", "n1"]],
    "dietitian note: the family was told the diagnosis earlier; nothing uncommunicated")

C("s28pe_vgr_misst_crohn_dd_uc_16ar", "vgr", "2007-06-06", "m", [
    N("n1", "Nybesök", "vg_dsbus_gastro", "Ebba Lindström", "läkare", "2024-04-16 10:10", [
        ("Anamnes", "Buksmärtor och diarré sedan 4 mån, gått ner 6 kg. Ont vid analöppningen."),
        ("Status", "Längd oförändrad percentil, BMI 17. Perianal fistelöppning kl 5."),
        ("Lab", "F-kalprotektin 1200, CRP 34, albumin 29."),
        ("Bedömning", "Misstänkt Crohns sjukdom, DD ulcerös kolit. Gastroskopi, ileokoloskopi och MR tunntarm planeras."),
    ])],
    [["NL102", "n1"]], [],
    "16-year-old: 'Misstänkt Crohns sjukdom, DD ulcerös kolit' visible")

C("s28pe_sk_funktionell_buksmarta_talar_emot_ibd", "skane", "2014-03-27", "f", [
    N("n1", "Läkaranteckning", "sk_bgastro_lund", "Linda Fredholm", "läkare", "2024-05-07 14:15", [
        ("Anamnes", "Ont runt naveln flera dagar i veckan sedan skolstarten, aldrig nattetid. Normal avföring, inget blod."),
        ("Lab", "F-kalprotektin 38, tTG-IgA neg, Hb och CRP normala."),
        ("Bedömning", "Fynden talar emot IBD och celiaki. Funktionell buksmärta enl. Rom IV-kriterier."),
        ("Planering", "Information om tarm-hjärna-axeln, remiss till barnpsykolog för KBT."),
    ])],
    [], [["NL102", "n1"]],
    "'talar emot IBD och celiaki' negates; functional abdominal pain is affirmed")

C("s28pe_vgr_gastroenterit_ev_nasogastrisk_sond", "vgr", "2022-05-05", "f", [
    N("n1", "Akutjournal", "vg_sas_akut", "Linnea Hult", "läkare", "2024-01-08 22:05", [
        ("Aktuellt", "Kräkts 8 gånger och haft 6 vattentunna avföringar sedan igår. Syskon på förskolan haft calici."),
        ("Status", "Lätt insjunkna ögon, torra slemhinnor, kapillär återfyllnad 2 s. Vikt 12,1 kg."),
        ("Bedömning", "Akut gastroenterit med lätt dehydrering."),
        ("Planering", "Vätskeuppvätskning med Resorb i små portioner. Ev. nasogastrisk sond om hon inte håller nere vätskan."),
    ])],
    [], [["NL102", "n1"]],
    "'Ev.' hedges a nasogastric tube (a plan); the gastroenteritis is affirmed")

C("s28pe_sk_invagination_fragetecken", "skane", "2023-01-22", "m", [
    N("n1", "Akutanteckning", "sk_bakut_malmo", "Omid Rahimi", "läkare", "2024-02-21 11:50", [
        ("Anamnes", "Skrikattacker var 15–20:e minut sedan i morse, blek och slapp mellan attackerna. Nu avföring som vinbärsgelé."),
        ("Status", "Korvformad resistens i hö övre kvadranten."),
        ("Bedömning", "Invagination? Akut ultraljud buk, kirurgjour kontaktad."),
    ])],
    [["NL102", "n1"]], [],
    "a diagnosis followed by '?' ('Invagination?') is a hedge")

C("s28pe_vgr_ingen_missanke_appendicit_typo", "vgr", "2013-02-17", "m", [
    N("n1", "Akutjournal", "vg_sas_akut", "Ali Karimi", "läkare", "2024-06-01 16:40", [
        ("Aktuellt", "Ont i magen sedan igår kväll, åt frukost idag. Ingen feber, inga kräkningar."),
        ("Status", "Buken mjuk, ingen släppömhet, hoppar utan smärta. Ingen ömhet över McBurney."),
        ("Bedömning", "Ingen missanke om appendicit, CRP 4 och LPK 6,8. Förstoppning med palpabla skybala i vänster fossa."),
    ])],
    [], [["NL102", "n1"]],
    "typo in the negation ('Ingen missanke om'): appendicitis is still ruled out")

C("s28pe_sk_pmo_bvc_mojlig_celiaki_arftlighet", "skane", "2022-10-03", "m", [
    N("n1", "BVC-besök", "sk_bvc_landskrona", "Marie Jönsson", "sjuksköterska", "2024-04-11 09:30", [
        ("Aktuellt", "18-månadersbesök. Mamma har celiaki. Vikten har planat ut sedan 12 mån, korsat en kurvlinje."),
        ("Bedömning", "Möjlig celiaki med tanke på ärftlighet och viktkurvan. tTG-IgA tas på vårdcentralens lab, BVC-läkare informerad."),
    ])],
    [], [["NL102", "n1"]],
    "PMO (BVC): 'Möjlig celiaki' of the child is not shown in PMO")

C("s28pe_vgr_ttg_normal_mamma_ej_nadd", "vgr", "2018-01-19", "f", [
    N("n1", "Telefonanteckning", "vg_kung_barn", "Sven Ahlin", "läkare", "2024-05-14 12:35", [
        ("Telefonkontakt", "Ringt pappa och meddelat att tTG-IgA är normalt och att celiaki därmed är utesluten. "
                           "Mamma gick inte att nå, pappa för vidare beskedet."),
    ])],
    [], [["NL101", "n1"]],
    "what one guardian has not been told is a normal result (coeliac excluded), and the other guardian was told")

C("s28pe_sk_hirschsprung_kan_inte_uteslutas", "skane", "2024-03-04", "m", [
    N("n1", "Läkaranteckning", "sk_bkir_lund", "Pontus Widell", "läkare", "2024-07-09 10:25", [
        ("Anamnes", "Förstoppad sedan födseln, mekonium först efter 48 h. Uppblåst buk, explosiv avföring vid rektalpalpation."),
        ("Bedömning", "Hirschsprungs sjukdom kan inte uteslutas. Sugbiopsi från rektum bokas v. 29."),
    ])],
    [["NL102", "n1"]], [],
    "'kan inte uteslutas' is a hedge on Hirschsprung's disease")

C("s28pe_vgr_funktionell_forstoppning_ev_klyx", "vgr", "2020-08-09", "m", [
    N("n1", "Läkaranteckning", "vg_alingsas_barn", "Birgitta Holm", "läkare", "2024-08-28 15:05", [
        ("Bedömning", "Funktionell förstoppning enl. Rom IV, inga alarmsymtom. Normal tillväxt och neurologi."),
        ("Planering", "Movicol 1 påse dagligen, toalettsittning efter måltid. Ev. Klyx om ingen avföring på 3 dagar."),
    ])],
    [], [["NL102", "n1"]],
    "'Ev. Klyx' hedges a treatment; the diagnosis is affirmed")

C("s28pe_vgr_crohn_pad_17ar_ej_informerad", "vgr", "2007-05-31", "f", [
    N("n1", "Provsvarsanteckning", "vg_dsbus_gastro", "Ebba Lindström", "läkare", "2024-09-19 16:00", [
        ("Provsvar", "PAD ileum och kolon: kroniskt aktiv inflammation med epiteloidcellsgranulom."),
        ("Bedömning", "Crohns sjukdom med ileokolisk utbredning."),
        ("Planering", "Pat ej informerad ännu, besked ges vid bokat återbesök 25/9 som hon själv önskat."),
    ])],
    [["NL101", "n1"]], [],
    "17-year-old's Crohn's disease stands visible before she has been told")

# ---------------------------------------------------------------- part 6: growth, endocrine
C("s28pe_sk_misst_gh_brist_kortvuxen", "skane", "2015-08-16", "m", [
    N("n1", "Nybesök", "sk_bendo_malmo", "Rebecka Falk", "läkare", "2024-01-25 09:35", [
        ("Anamnes", "Remiss från skolhälsovården p.g.a. kort längd. Föräldralängd: mamma 168 cm, pappa 181 cm."),
        ("Status", "Längd 116 cm (-2,8 SD), vikt för längd normal. Proportionerlig, inga dysmorfa drag."),
        ("Utredning", "Tillväxthastighet 3,9 cm/år. Skelettålder 6 år. IGF-1 lågt för ålder."),
        ("Bedömning", "Misstänkt tillväxthormonbrist. Argininstimulationstest och MR hypofys bokas."),
    ])],
    [["NL102", "n1"]], [],
    "'Misstänkt tillväxthormonbrist' in a visible Bedömning")

C("s28pe_vgr_turner_karyotyp_foraldrar_ej_informerade", "vgr", "2015-01-03", "f", [
    N("n1", "Provsvarsanteckning", "vg_dsbus_endo", "Annelie Brandt", "läkare", "2024-02-22 14:50", [
        ("Provsvar", "Kromosomanalys: 45,X/46,XX mosaicism."),
        ("Bedömning", "Turners syndrom (mosaik). Ekokardiografi och njurultraljud ska göras."),
        ("Planering", "Föräldrarna ej informerade om kromosomsvaret; samtal med barnendokrinolog och genetiker nästa vecka. "
                      "Flickan själv får information anpassad efter ålder vid samma tillfälle."),
    ], signed=DRAFT)],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "settled Turner syndrome in visible Bedömning before guardians and child are told")

C("s28pe_sk_turner_tidiga_hypoteser_mall", "skane", "2017-11-07", "f", [
    N("n1", "Tidiga hypoteser", "sk_bendo_malmo", "Rebecka Falk", "läkare", "2024-03-11 16:30", [
        ("Bedömning", "Kortvuxen, hög gom, lågt hårfäste i nacken och lymfödem på fötterna som nyfödd – bild som vid Turners syndrom. "
                      "Karyotyp skickad, ej diskuterat med föräldrarna."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "Skåne: the untold Turner hypothesis is written in the Tidiga hypoteser template, which is protected")

C("s28pe_vgr_sen_pubertet_inga_tecken_hypogonadism", "vgr", "2007-09-29", "m", [
    N("n1", "Läkaranteckning", "vg_dsbus_endo", "Annelie Brandt", "läkare", "2024-04-24 10:20", [
        ("Anamnes", "16 år, kortast i klassen, ingen målbrottsröst. Pappa kom i puberteten sent och växte till 18 års ålder."),
        ("Status", "Tanner G2 P2, testikelvolym 6 ml bilat. Längd -1,9 SD."),
        ("Bedömning", "Konstitutionellt försenad pubertet och tillväxt. Inga tecken på hypogonadism, LH och testosteron på väg upp."),
        ("Planering", "Erbjuds kort kur testosteron om han önskar, återbesök 4 mån."),
    ])],
    [], [["NL102", "n1"]],
    "constitutional delay affirmed; 'inga tecken på hypogonadism' negated")

C("s28pe_sk_missankt_pubertas_praecox_typo", "skane", "2018-02-19", "f", [
    N("n1", "Läkaranteckning", "sk_bendo_malmo", "Lukas Jeppsson", "läkare", "2024-05-02 13:05", [
        ("Status", "Bröstutveckling Tanner B3 bilat, P2. Längd +1,8 SD, ökat två kurvlinjer senaste året."),
        ("Bedömning", "Missänkt centralt pubertas praecox. GnRH-test, skelettålder och MR hypofys."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the hedge ('Missänkt'): suspected precocious puberty in visible Bedömning")

C("s28pe_vgr_autoimmun_hypotyreos_levaxin", "vgr", "2012-11-28", "f", [
    N("n1", "Läkaranteckning", "vg_kung_barn", "Lena Carlsson", "läkare", "2024-05-21 11:00", [
        ("Lab", "TSH 68 mIE/L, fritt T4 6 pmol/L, TPO-ak > 600."),
        ("Bedömning", "Autoimmun hypotyreos (Hashimotos tyreoidit)."),
        ("Planering", "Levaxin 25 µg dagligen, upptrappning efter 2 v. Provtagning om 6 v."),
    ])],
    [], [["NL102", "n1"]],
    "confirmed autoimmune hypothyroidism, no hedge")

C("s28pe_sk_t1d_nydebuterad_familj_informerad", "skane", "2014-04-09", "m", [
    N("n1", "Läkaranteckning", "sk_bavd_hbg", "Viktor Åberg", "läkare", "2024-06-11 14:25", [
        ("Aktuellt", "Inkom igår med törst, polyuri och viktnedgång 3 kg. pH 7,21, glukos 32, ketoner 4,8."),
        ("Bedömning", "Nydebuterad diabetes typ 1 med lätt ketoacidos, nu korrigerad."),
        ("Information", "Familjen fick diagnosbeskedet igår kväll av jourhavande och har idag träffat diabetessjuksköterska för första utbildningen. "
                        "Pojken har själv tagit sin första insulindos med penna."),
    ], setting="slutenvård")],
    [], [["NL101", "n1"]],
    "the family was told the diabetes diagnosis the day before")

C("s28pe_vgr_fragestallning_mody", "vgr", "2012-06-01", "f", [
    N("n1", "Läkaranteckning", "vg_dsbus_endo", "Per Gunnarsson", "läkare", "2024-06-27 09:45", [
        ("Aktuellt", "Upptäckt fasteglukos 7,1 vid prov inför operation. Inga symtom. Mamma och morfar har 'lindrig diabetes' utan insulin."),
        ("Lab", "HbA1c 47. GAD-ak, IA-2-ak och ZnT8-ak negativa. C-peptid normal."),
        ("Bedömning", "Frågeställning MODY, i första hand GCK-MODY. Genetisk analys skickas efter samtycke."),
    ])],
    [["NL102", "n1"]], [],
    "'Frågeställning MODY' is an open hypothesis about the patient in a visible section")

C("s28pe_sk_familjar_kortvuxenhet_ingen_endokrin", "skane", "2019-03-13", "f", [
    N("n1", "Läkaranteckning", "sk_bmott_ystad", "Elin Håkansson", "läkare", "2024-07-04 10:35", [
        ("Status", "Längd -2,1 SD, följer sin kurva sedan 2 års ålder. Målängd -2,0 SD (mamma 154 cm, pappa 166 cm)."),
        ("Bedömning", "Familjär kortvuxenhet. Ingen misstanke om endokrin orsak, normal tillväxthastighet."),
        ("Planering", "Åter till BVC för fortsatt tillväxtuppföljning."),
    ], signed=DRAFT)],
    [], [["NL102", "n1"]],
    "affirmed familial short stature; endocrine cause negated")

C("s28pe_vgr_gh_brist_eventuell_behandlingsstart", "vgr", "2017-02-02", "m", [
    N("n1", "Läkaranteckning", "vg_dsbus_endo", "Per Gunnarsson", "läkare", "2024-08-15 15:40", [
        ("Bedömning", "Isolerad tillväxthormonbrist, bekräftad med två stimulationstester (max GH 3,1 och 4,0 µg/L). MR hypofys: liten adenohypofys."),
        ("Planering", "Eventuell start av GH-behandling efter tillväxtkonferens 29/8, injektionsundervisning bokas i så fall av endokrinsköterska."),
    ])],
    [], [["NL102", "n1"]],
    "'Eventuell' hedges the start of treatment; the GH deficiency is confirmed")

C("s28pe_sk_pmo_bvc_viktkurva_dd_celiaki", "skane", "2022-08-25", "f", [
    N("n1", "BVC-läkarbesök", "sk_bvc_hoganas", "Lars Nordin", "läkare", "2024-08-29 14:00", [
        ("Aktuellt", "2-årsbesök. Vikten har korsat två kurvlinjer nedåt sedan 12 mån, längden följer."),
        ("Bedömning", "Trol. otillräckligt energiintag, DD celiaki. Kostregistrering och tTG-IgA, remiss barnmottagningen Helsingborg om avvikande."),
    ])],
    [], [["NL102", "n1"]],
    "PMO (BVC): a DD of coeliac disease in primary care is not shown")

C("s28pe_vgr_mojligt_klinefelter_16ar", "vgr", "2008-01-20", "m", [
    N("n1", "Nybesök", "vg_nal_barn", "Emelie Roos", "läkare", "2024-09-09 13:25", [
        ("Status", "Längd 191 cm (+2,3 SD), gynekomasti grad 2, testikelvolym 4 ml bilat trots P4."),
        ("Bedömning", "Möjligt Klinefelters syndrom. Karyotyp, LH, FSH och testosteron tagna."),
    ], signed=DRAFT)],
    [["NL102", "n1"]], [],
    "16-year-old: 'Möjligt Klinefelters syndrom' visible")

C("s28pe_sk_klinefelter_pat_informerad_foraldrar_ej", "skane", "2007-03-03", "m", [
    N("n1", "Läkaranteckning", "sk_bendo_malmo", "Lukas Jeppsson", "läkare", "2024-09-26 11:10", [
        ("Provsvar", "Karyotyp 47,XXY."),
        ("Bedömning", "Klinefelters syndrom."),
        ("Information", "Informerat pat enskilt om diagnosen, fertilitetsfrågor och testosteronbehandling. "
                        "Han vill själv berätta för föräldrarna senare och har inte gett sitt samtycke till att vi kontaktar dem."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "the 17-year-old is told; only his parents are not: not NL101")

C("s28pe_vgr_t1d_pumpstart_datum_ej_meddelat", "vgr", "2016-05-25", "f", [
    N("n1", "Sjuksköterskeanteckning", "vg_sks_barn", "Karolina Berg", "sjuksköterska", "2024-10-10 13:50", [
        ("Aktuellt", "Diabetes typ 1 sedan 2022, HbA1c 52. Familjen önskar insulinpump med sensor."),
        ("Planering", "Pump beställd. Familjen ej informerad om datum för pumpstart ännu – bokas när leveransen bekräftats av leverantören."),
    ])],
    [], [["NL101", "n1"]],
    "what the family has not been told is a date, not a diagnosis")

C("s28pe_sk_addison_17ar_ej_fatt_veta", "skane", "2006-12-14", "f", [
    N("n1", "Läkaranteckning", "sk_bendo_malmo", "Rebecka Falk", "läkare", "2024-10-30 12:40", [
        ("Lab", "Kortisol 46 nmol/L kl 08, ACTH 480 ng/L, 21-hydroxylas-antikroppar positiva."),
        ("Bedömning", "Primär binjurebarksvikt (Addisons sjukdom)."),
        ("Planering", "Pat har inte fått veta svaren ännu. Ringer henne i eftermiddag och kallar till besök i morgon för start av hydrokortison och kortisonkort."),
    ])],
    [["NL101", "n1"]], [],
    "17-year-old: Addison's disease stated in visible Bedömning while she has not yet been told")

# ---------------------------------------------------------------- part 7: long notes, NL101 variations, other paediatrics
C("s28pe_sk_lang_inskrivning_misst_pcp_under_all", "skane", "2012-01-30", "f", [
    N("n1", "Inskrivningsanteckning", "sk_avd_onk_lund", "Fredrik Nyqvist", "läkare", "2024-11-12 22:40", [
        ("Inkomstorsak", "Feber och tilltagande andfåddhet sedan 3 dygn."),
        ("Anamnes", "12-årig flicka med B-ALL, intermediärrisk, diagnos nov 2022. Nu underhållsbehandling med tabl. merkaptopurin och metotrexat. "
                    "Bactrim-profylaxen har enl. mamma glömts bort 'ganska ofta' sedan sommaren. "
                    "Torrhosta sedan en vecka, feber upp till 39 senaste 3 dygnen. Andfådd i trappor, orkar inte gå till skolan. "
                    "Inga kräkningar, äter lite, dricker ok. Syskon förkylda. Inga utlandsresor. "
                    "Vaccinationer enl. program före diagnos, influensavaccin i oktober."),
        ("Status", "AT: trött, blek, takypné 38/min, sat 89 % luft, 95 % på 2 l O2. Temp 38,9.\n"
                   "Cor: RR, takykard 128, inga blåsljud.\n"
                   "Pulm: ytlig andning, inga tydliga rassel, något nedsatt andningsljud basalt bilat.\n"
                   "Buk: mjuk, oöm, ingen hepatosplenomegali.\n"
                   "Hud: inga petekier. Port-a-Cath utan rodnad. Lgll: ua."),
        ("Lab", "Hb 104, LPK 2,1, neutrofila 0,9, lymfocyter 0,3, TPK 180. CRP 48, LD 610. "
                "Blodgas: pO2 8,1 kPa, pCO2 4,6. Odlingar tagna från port och perifert."),
        ("Röntgen", "Lungröntgen: bilaterala, diffusa interstitiella förtätningar perihilärt, ingen pleuravätska."),
        ("Bedömning", "Pneumoni hos immunsupprimerad flicka med hypoxi. Med tanke på bristande profylax och röntgenbilden misstänkt "
                      "pneumocystispneumoni, bakteriell genes också möjlig."),
        ("Planering", "Högdos Bactrim iv och Tazocin iv. Syrgas, mål sat > 94 %. Underhållsbehandlingen pausas. "
                      "Inducerat sputum och NPH för PCR (PCP, influensa, RS, SARS-CoV-2) i morgon bitti, beta-D-glukan skickas. "
                      "Bronkoskopi med BAL om ingen förbättring inom 48 h. Bakjour informerad, IVA-konsult tillfrågas vid ökande syrgasbehov. "
                      "Mamma stannar över natten."),
    ], setting="slutenvård")],
    [["NL102", "n1"]], [],
    "long admission chart: one hedged diagnosis ('misstänkt pneumocystispneumoni') in the visible Bedömning")

C("s28pe_vgr_lang_arskontroll_epilepsi_inga_hypoteser", "vgr", "2013-03-21", "m", [
    N("n1", "Årskontroll", "vg_dsbus_neuro", "Johan Fors", "läkare", "2024-11-14 10:00", [
        ("Aktuellt", "Årskontroll. Strukturell fokal epilepsi sekundär till fokal kortikal dysplasi vä frontalt, diagnos 2019. "
                     "Står på lamotrigin 100 mg x 2 och levetiracetam 750 mg x 2. "
                     "Senaste anfall i april, nattligt fokalt motoriskt anfall ca 1 min, inget sedan dess. "
                     "Inga biverkningar enl. pojken och mamma, sover bra. "
                     "Går i femman, har anpassad studiegång i matte, bra kompisar, spelar innebandy med hjälm."),
        ("Status", "Vikt 38,2 kg, längd 146 cm, följer kurvor.\n"
                   "Neuro: normal gång inkl. tå- och hälgång, Romberg ua, finmotorik ua, reflexer lika bilat.\n"
                   "Hud: inga café-au-lait-fläckar.\n"
                   "Kognitivt: svarar adekvat, samarbetar väl."),
        ("Lab", "Lamotrigin-koncentration 6,1 µmol/L, inom terapeutiskt intervall. Blodstatus och leverprover normala."),
        ("Utredning", "Sömn-EEG i oktober: enstaka skarpa vågor vä frontalt, ingen ökning jämfört med 2023. Ingen elektrisk status under sömn."),
        ("Bedömning", "Välkontrollerad fokal epilepsi på två läkemedel. Inga tecken på kognitiv regress. "
                      "Den fokala kortikala dysplasin oförändrad på MR 2023."),
        ("Planering", "Oförändrad medicinering. Eventuellt utsättningsförsök av levetiracetam om han är anfallsfri ytterligare ett år, "
                      "diskuteras vid nästa årskontroll. Ev. ny utvärdering för epilepsikirurgi om anfallen återkommer. "
                      "Skriftlig anfallsplan uppdaterad till skolan. Buccolam finns hemma, utgångsdatum kontrollerat. "
                      "Återbesök 6 mån, EEG inför nästa årskontroll."),
    ])],
    [], [["NL102", "n1"]],
    "long follow-up chart: every hedge ('eventuellt', 'ev.') is on a plan; diagnoses are established, regression negated")

C("s28pe_vgr_inkomplett_kawasaki_kan_ej_utslutas_typo", "vgr", "2021-05-17", "m", [
    N("n1", "Läkaranteckning", "vg_sks_avd", "Sara Nyman", "läkare", "2024-03-18 15:15", [
        ("Aktuellt", "Feber 6 dagar trots antibiotika, röda ögon utan flytning, röda spruckna läppar, irritabel."),
        ("Status", "Bilateral icke-purulent konjunktivit, jordgubbstunga, ödem på handryggarna. Ingen lymfadenopati."),
        ("Lab", "CRP 142, SR 88, albumin 27, TPK 510, ALAT 64."),
        ("Bedömning", "Inkomplett Kawasakis sjukdom kan ej utslutas. Ekokardiografi i morgon bitti, ställningstagande till IVIG därefter."),
    ], setting="slutenvård")],
    [["NL102", "n1"]], [],
    "typo in the hedge ('kan ej utslutas'): incomplete Kawasaki disease not excluded, visible Bedömning")

C("s28pe_sk_pyelonefrit_ev_vur", "skane", "2023-12-04", "f", [
    N("n1", "Läkaranteckning", "sk_bavd_hbg", "Maja Lundqvist", "läkare", "2024-08-06 10:30", [
        ("Aktuellt", "Andra febrila UVI:n på tre månader, E. coli > 100 000 i kateterurin."),
        ("Status", "Feber 39,8, opåverkad mellan febertopparna. Buk mjuk."),
        ("Bedömning", "Akut pyelonefrit. Ev. VUR med tanke på recidiv och dilaterat njurbäcken hö på ultraljud."),
        ("Planering", "Cefotaxim iv, byte till peroral behandling när afebril. MUCG om 4–6 v, profylax med trimetoprim tills dess."),
    ], setting="slutenvård")],
    [["NL102", "n1"]], [],
    "'Ev. VUR' hedges a diagnosis (vesicoureteral reflux), unlike 'ev.' before a plan")

C("s28pe_vgr_oligoartikular_jia_fragetecken", "vgr", "2019-09-30", "f", [
    N("n1", "Nybesök", "vg_alingsas_barn", "Anders Falk", "läkare", "2024-04-08 13:40", [
        ("Anamnes", "Haltar på morgonen sedan 8 v, vänster knä svullet. Ingen feber, inget trauma."),
        ("Status", "Vä knä: synovit med palpabel vätska, värmeökning, extension -10 grader. Övriga leder ua."),
        ("Lab", "CRP 6, SR 24, ANA positiv 1:320."),
        ("Bedömning", "Oligoartikulär JIA? Remiss barnreumatolog, ögonbottenkontroll för uveitscreening."),
    ])],
    [["NL102", "n1"]], [],
    "'Oligoartikulär JIA?' — a question mark after the diagnosis is a hedge")

C("s28pe_sk_neuroblastom_stadium_m_ska_ej_meddelas", "skane", "2023-02-09", "m", [
    N("n1", "Läkaranteckning", "sk_buonk_lund", "Anders Mörner", "läkare", "2024-08-22 17:00", [
        ("Utredning", "MIBG-scint: upptag i primärtumör vä binjure samt i skelett (femur bilat, kotpelare). Benmärg: tumörceller. MYCN ej amplifierat."),
        ("Bedömning", "Neuroblastom stadium M enligt INRG."),
        ("Planering", "Stadieindelningen ska inte meddelas förrän båda föräldrarna kan vara med; pappa kommer hem från arbete i Norge på fredag. "
                      "Fram till dess endast information om att utredningen pågår."),
    ])],
    [["NL101", "n1"]], [],
    "'ska inte meddelas förrän' — the stage of the child's neuroblastoma is in visible text but must not be told yet")

C("s28pe_vgr_all_jour_ej_informerad_sedan_samtal", "vgr", "2017-12-30", "f", [
    N("n1", "Jouranteckning", "vg_dsbus_avd", "Hugo Westerberg", "läkare", "2024-04-04 19:20", [
        ("Provsvar", "Flödescytometri akut: B-prekursor-ALL, 91 % blaster."),
        ("Bedömning", "B-ALL. Ej hyperleukocytos, inga tecken på tumörlys."),
        ("Planering", "Föräldrarna ej informerade ikväll, svaret kom efter att ansvarig överläkare gått hem; informeras vid samtal i morgon. "
                      "Hyperhydrering och allopurinol startat."),
    ], setting="slutenvård"),
    N("n2", "Läkaranteckning", "vg_dsbus_avd", "Maria Sandberg Ek", "läkare", "2024-04-05 11:30", [
        ("Information", "Informationssamtal med båda föräldrarna: diagnosen B-ALL, behandlingsprotokoll och prognos genomgångna. "
                        "Flickan var med under delar av samtalet och fick sina frågor besvarade."),
        ("Planering", "Induktion startar i morgon efter LP och benmärg."),
    ], setting="slutenvård")],
    [["NL101", "n1"]], [["NL101", "n2"]],
    "the evening note withholds the ALL diagnosis (NL101 on n1); the next day's note records that it was told (not on n2)")

C("s28pe_sk_vsd_remiss_ej_meddelad", "skane", "2022-07-11", "m", [
    N("n1", "Läkaranteckning", "sk_bmott_krist", "Eva Rosén", "läkare", "2024-05-23 09:10", [
        ("Status", "Grad 3/6 holosystoliskt blåsljud vä sternalrand, i övrigt ua. Sat 99 %."),
        ("Utredning", "Ekokardiografi: liten muskulär VSD, vänster-höger-shunt utan volymbelastning."),
        ("Bedömning", "Liten muskulär VSD utan hemodynamisk betydelse, förväntas sluta sig spontant."),
        ("Planering", "Remiss till barnkardiolog Lund för kontroll om 1 år skickad. "
                      "Familjen är ännu inte informerad om att remissen gått iväg, meddelas via 1177-meddelande i morgon."),
    ], signed=DRAFT)],
    [], [["NL101", "n1"]],
    "what the family has not been told is that a referral was sent, not a diagnosis")

C("s28pe_vgr_normalt_mr_ej_meddelat", "vgr", "2014-08-08", "f", [
    N("n1", "Provsvarsanteckning", "vg_nal_barn", "Hanna Kjellberg", "läkare", "2024-06-13 15:55", [
        ("Bedömning", "Migrän med aura, diagnos satt vid besök 3/6."),
        ("Provsvar", "MR hjärna: inga patologiska fynd."),
        ("Planering", "MR-svaret är ännu inte meddelat familjen; ringer mamma i morgon förmiddag."),
    ])],
    [], [["NL101", "n1"]],
    "the untold item is a normal MR result, not a diagnosis")

C("s28pe_sk_osteosarkom_ej_infomerad_typo", "skane", "2007-12-19", "m", [
    N("n1", "Läkaranteckning", "sk_buonk_lund", "Sara Lindblad", "läkare", "2024-07-25 16:15", [
        ("Provsvar", "PAD mellannålsbiopsi distala femur hö: höggradigt konventionellt osteosarkom."),
        ("Bedömning", "Osteosarkom hö femur. DT thorax för staging bokad."),
        ("Planering", "Pat ej infomerad om biopsisvaret ännu. Han och föräldrarna kommer på besök 29/7 kl 10 hos ansvarig ortoped och barnonkolog."),
    ])],
    [["NL101", "n1"]], [],
    "typo in the key word ('ej infomerad'): a 16-year-old's osteosarcoma is visible before he is told")

C("s28pe_vgr_ssk_telefon_ewing_mamma_ej_informerad", "vgr", "2014-02-03", "m", [
    N("n1", "Telefonanteckning", "vg_dsbus_onk", "Josefin Ek", "sjuksköterska", "2024-10-17 14:05", [
        ("Telefonkontakt", "Mamma ringer och frågar efter provsvaren från biopsin. "
                           "PAD visar Ewingsarkom men ansvarig läkare vill själv ge beskedet, mamma är därför inte informerad om diagnosen. "
                           "Besök bokat i morgon kl 8 med läkare och kurator."),
    ])],
    [["NL101", "n1"]], [],
    "nurse's telephone note names the Ewing sarcoma while recording that the guardian has not been told")

C("s28pe_sk_pmo_bvc_misstankt_retinoblastom", "skane", "2023-12-22", "f", [
    N("n1", "BVC-läkarbesök", "sk_bvc_eslov", "Åsa Lindgren", "läkare", "2024-10-24 11:20", [
        ("Aktuellt", "Föräldrarna har sett ett vitt sken i höger öga på blixtfoton."),
        ("Status", "Röd reflex saknas hö, normal vä. Inåtskelning hö."),
        ("Bedömning", "Misstänkt retinoblastom. Akut remiss till ögonkliniken Lund, tid i morgon."),
    ])],
    [], [["NL102", "n1"]],
    "PMO (BVC): a suspected retinoblastoma in primary care is not shown")

C("s28pe_vgr_aptt_inger_misstanke_om_hemofili", "vgr", "2023-12-06", "m", [
    N("n1", "Läkaranteckning", "vg_sks_barn", "Oskar Lind", "läkare", "2024-11-07 10:45", [
        ("Anamnes", "Stort hematom på låret efter vaccination, blåmärken på bålen när han börjat krypa. Morbror 'blöder lätt'."),
        ("Lab", "APTT 68 s (förlängt), PK-INR normalt, TPK 320."),
        ("Bedömning", "Isolerat förlängd APTT hos pojke med ärftlighet på moderns sida inger misstanke om hemofili A eller B. "
                      "Faktor VIII och IX analyseras."),
    ], signed=DRAFT)],
    [["NL102", "n1"]], [],
    "'inger misstanke om hemofili' concerns the patient himself, not the uncle")

C("s28pe_sk_tankbar_reaktiv_artrit", "skane", "2015-04-04", "m", [
    N("n1", "Läkaranteckning", "sk_bmott_ystad", "Elin Håkansson", "läkare", "2024-09-17 14:30", [
        ("Anamnes", "Diarré med blod för 3 v sedan, Campylobacter i F-odling. Nu svullen hö fotled sedan 4 dagar."),
        ("Status", "Temp 37,6. Hö fotled svullen, lätt öm, kan belasta. Inga hudutslag."),
        ("Lab", "CRP 22, SR 30, LPK 9,4."),
        ("Bedömning", "Tänkbar reaktiv artrit efter Campylobacterinfektion; septisk artrit mindre troligt men ledpunktion görs för säkerhets skull."),
    ])],
    [["NL102", "n1"]], [],
    "'Tänkbar reaktiv artrit' is a hedged diagnosis in a visible Bedömning")

C("s28pe_vgr_febril_uvi_meningit_uteslutes", "vgr", "2024-06-25", "f", [
    N("n1", "Akutjournal", "vg_sas_akut", "Fatima Osman", "läkare", "2024-09-28 23:15", [
        ("Aktuellt", "Feber 38,6 hos 3 månader gammal flicka, lite slö enligt föräldrarna, äter sämre."),
        ("Utredning", "LP: 2 celler, normalt protein och glukos, direktmikroskopi utan bakterier. Urinsticka: nitrit pos, LPK 3+."),
        ("Bedömning", "Febril UVI. Meningit uteslutes med normal likvor."),
        ("Planering", "Cefotaxim iv i avvaktan på odlingssvar. Ultraljud njurar under vårdtiden."),
    ])],
    [], [["NL102", "n1"]],
    "'Meningit uteslutes' is a negation; febrile UTI is affirmed")

# ---------------------------------------------------------------- part 8: relapse, more hedges, PMO youth clinic
C("s28pe_sk_lang_recidiv_all_ej_informerade", "skane", "2007-10-28", "f", [
    N("n1", "Mottagningsanteckning", "sk_buonk_lund", "Anders Mörner", "läkare", "2024-11-19 17:30", [
        ("Aktuellt", "Återbesök efter avslutad ALL-behandling i april 2024. Sedan 2 v trötthet, ont i skenbenen nattetid och två näsblödningar. "
                     "Går andra året på gymnasiet, läser naturvetenskap, tränar dans 3 ggr/v men har inte orkat senaste veckan. "
                     "Ingen feber. Ingen viktnedgång."),
        ("Status", "AT: blek, opåverkad.\n"
                   "Hud: enstaka petekier på underarmarna, inga hematom.\n"
                   "Lgll: 1 cm körtel hö käkvinkel, i övrigt ua.\n"
                   "Cor: RR 92, systoliskt flödesblåsljud 2/6.\n"
                   "Pulm: ua.\n"
                   "Buk: mjuk, ingen hepatosplenomegali.\n"
                   "Neuro: kranialnerver ua, ingen meningism."),
        ("Lab", "Hb 86, TPK 41, LPK 3,4 med 12 % blaster i manuell diff. LD 540. Benmärgsaspiration utförd i lokalbedövning kl 14."),
        ("Provsvar", "Flödescytometri benmärg (snabbsvar kl 17): 38 % B-lymfoblaster med samma immunfenotyp som vid diagnos."),
        ("Bedömning", "Tidigt isolerat benmärgsrecidiv av B-ALL, sju månader efter avslutad behandling."),
        ("Planering", "Pat och föräldrar ännu ej informerade om svaret, hon åkte hem direkt efter provtagningen och väntar på besked. "
                      "Ansvarig överläkare ringer familjen ikväll och erbjuder besök i morgon kl 08.30 tillsammans med kontaktsjuksköterska och kurator. "
                      "Inläggning på avd 64 förbereds, LP och CVK-inläggning planeras till torsdag. "
                      "Anmälan till nationell behandlingsgrupp, behandling enligt recidivprotokoll."),
    ])],
    [["NL101", "n1"]], [],
    "long outpatient chart: a 17-year-old's ALL relapse stands in visible sections while she and her parents are not yet told")

C("s28pe_vgr_misstant_wilms_typo", "vgr", "2021-06-14", "f", [
    N("n1", "Läkaranteckning", "vg_nal_barn", "Emelie Roos", "läkare", "2024-01-16 11:25", [
        ("Anamnes", "Mamma kände en knöl i magen vid badet. Inga besvär i övrigt, äter och leker som vanligt."),
        ("Status", "Fast, slät resistens i vä flank som ej passerar mittlinjen. BT 118/76, förhöjt för åldern."),
        ("Bedömning", "Ultraljud: 8 cm solid process utgående från vä njure. Misstänt Wilms tumör, DD neuroblastom."),
        ("Planering", "Remiss akut till barnonkologen DSBUS, DT thorax-buk där."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the hedge ('Misstänt'): suspected Wilms tumour with DD, visible")

C("s28pe_sk_malabsorption_dd_cystisk_fibros", "skane", "2024-04-18", "m", [
    N("n1", "Läkaranteckning", "sk_bmott_hbg", "Johanna Erlandsson", "läkare", "2024-09-25 14:10", [
        ("Anamnes", "Viktstagnation trots god aptit, feta illaluktande avföringar. Två bronkiter sedan augusti. "
                    "Mamma tycker att han smakar salt när hon pussar honom. Nyföddhetsscreeningen var normal."),
        ("Bedömning", "Malabsorption med nedsatt tillväxt. DD cystisk fibros, svettest bokat till nästa vecka och F-elastas skickat."),
    ])],
    [["NL102", "n1"]], [],
    "'DD cystisk fibros' is a differential diagnosis of the infant in a visible Bedömning")

C("s28pe_vgr_misst_recidiv_medulloblastom_ej_informerade", "vgr", "2015-05-05", "m", [
    N("n1", "Läkaranteckning", "vg_dsbus_onk", "Gustav Hallberg", "läkare", "2024-03-05 15:35", [
        ("Utredning", "Kontroll-MR hjärna och rygg: nytillkomna nodulära kontrastladdningar längs cauda equina, 3–5 mm."),
        ("Bedömning", "Misstänkt leptomeningealt recidiv av medulloblastom. Fallet tas upp på neuroonkologisk rond torsdag."),
        ("Planering", "Föräldrarna ej informerade om MR-fynden ännu; de har bett att få besked personligen och tid ges efter ronden."),
    ])],
    [["NL102", "n1"], ["NL101", "n1"]], [],
    "suspected relapse in visible Bedömning and guardians not yet told: both rules")

C("s28pe_sk_pmo_ungdomsmottagning_misst_klamydia", "skane", "2007-11-30", "f", [
    N("n1", "Besöksanteckning", "sk_um_ystad", "Camilla Ström", "barnmorska", "2024-05-28 15:20", [
        ("Aktuellt", "Flytningar och sveda vid miktion sedan en vecka. Ny partner sedan en månad, kondom ibland."),
        ("Bedömning", "Misstänkt klamydiainfektion. Självtest tagit på mottagningen, svar via SMS inom en vecka. Smittspårning vid positivt svar."),
    ])],
    [], [["NL102", "n1"]],
    "PMO (ungdomsmottagning): a suspected infection of a 16-year-old is not a shown diagnosis")

C("s28pe_vgr_kan_inte_utsluta_diabetes_typo", "vgr", "2018-06-09", "f", [
    N("n1", "Läkaranteckning", "vg_kung_barn", "Lena Carlsson", "läkare", "2024-02-20 16:00", [
        ("Anamnes", "Kissar i sängen igen sedan två veckor, dricker mycket och verkar trött. Ingen viktnedgång enligt hemmavåg."),
        ("Lab", "P-glukos 11,4 icke fastande, HbA1c 46. Ketoner 0,2."),
        ("Bedömning", "Vi kan inte utsluta begynnande diabetes typ 1. Autoantikroppar tas och hon får glukosmätare med sig hem över helgen."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the hedge ('kan inte utsluta'): incipient type 1 diabetes cannot be excluded")

C("s28pe_sk_aml_fredag_familj_ej_informerad", "skane", "2013-06-26", "m", [
    N("n1", "Läkaranteckning", "sk_bmott_krist", "Ingrid Palm", "läkare", "2024-02-23 16:50", [
        ("Provsvar", "Blodutstryk granskat av hematolog: 45 % myeloblaster."),
        ("Bedömning", "Akut myeloisk leukemi."),
        ("Planering", "Pojken och föräldrarna ännu ej informerade, provsvaret kom 16.30 när de redan åkt hem. "
                      "Jourhavande barnläkare ringer dem ikväll och kallar in till barnonkologen Lund i morgon bitti."),
    ])],
    [["NL101", "n1"]], [],
    "AML stated in visible Bedömning while the child and guardians have not been told")

C("s28pe_sk_trol_langerhancellshistiocytos_typo", "skane", "2022-09-15", "f", [
    N("n1", "Nybesök", "sk_buonk_lund", "Lina Holmqvist", "läkare", "2024-06-06 10:05", [
        ("Anamnes", "Svullnad på skallen bakom vä öra sedan 6 v, ömmar vid beröring. Seborroiskt utslag i hårbotten som inte svarat på behandling."),
        ("Utredning", "Skallröntgen: skarpt avgränsad osteolytisk lesion i vä os parietale utan skleros."),
        ("Bedömning", "Trol. Langerhancellshistiocytos. Biopsi av lesionen och skelettöversikt planeras."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the diagnosis ('Langerhancellshistiocytos') after 'Trol.'")

C("s28pe_vgr_eventuell_perthes", "vgr", "2018-04-22", "m", [
    N("n1", "Läkaranteckning", "vg_alingsas_barn", "Anders Falk", "läkare", "2024-10-29 09:25", [
        ("Anamnes", "Haltar intermittent sedan 2 mån, ont i vä knä efter fotbollsträning. Ingen feber."),
        ("Status", "Inskränkt inåtrotation och abduktion i vä höft, knäleden ua."),
        ("Bedömning", "Eventuell Perthes sjukdom vä. Röntgen höfter frontal och Lauenstein i dag."),
    ])],
    [["NL102", "n1"]], [],
    "'Eventuell' before a diagnosis (Perthes disease), not before a plan")

C("s28pe_vgr_aplastisk_anemi_17ar_vet_inte", "vgr", "2007-04-07", "m", [
    N("n1", "Läkaranteckning", "vg_sks_barn", "Jonas Alm", "läkare", "2024-07-11 13:55", [
        ("Provsvar", "Benmärgsbiopsi: kraftigt hypocellulär märg (cellularitet < 10 %), inga blaster, ingen fibros."),
        ("Bedömning", "Svår aplastisk anemi."),
        ("Planering", "Pat vet ännu inte om att benmärgen visat aplastisk anemi; han vill att pappa är med när svaret lämnas. "
                      "Besök bokat måndag, HLA-typning av syskon förbereds."),
    ])],
    [["NL101", "n1"]], [],
    "'Pat vet ännu inte' — a 17-year-old's aplastic anaemia is visible before he has been told")

C("s28pe_sk_sannolik_virusutlost_myokardit_16ar", "skane", "2007-05-09", "m", [
    N("n1", "Akutanteckning", "sk_bakut_malmo", "Nils Bengtsson", "läkare", "2024-04-15 20:30", [
        ("Anamnes", "Bröstsmärta och hjärtklappning sedan igår, förkyld för en vecka sedan. Ingen droganvändning."),
        ("Status", "Opåverkad. Cor: RR 104, inga blåsljud eller gnidningsljud. BT 128/74."),
        ("Lab", "Troponin T 186 ng/L, stigande till 240 efter 3 h. CRP 31. EKG: ST-höjningar i inferolaterala avledningar."),
        ("Bedömning", "Sannolik virusutlöst myokardit. Inläggning med telemetri, ekokardiografi och MR hjärta."),
    ])],
    [["NL102", "n1"]], [],
    "'Sannolik ... myokardit' in a visible Bedömning of a 16-year-old")

C("s28pe_sk_th_mall_sedan_hypotes_i_vanlig_anteckning", "skane", "2013-04-02", "f", [
    N("n1", "Tidiga hypoteser", "sk_buonk_lund", "Lina Holmqvist", "läkare", "2024-05-13 15:45", [
        ("Bedömning", "Röntgen vä fibula: permeativ destruktion med lamellär periostreaktion. "
                      "Ewingsarkom kan inte uteslutas, osteomyelit som alternativ. Inte diskuterat med familjen."),
    ]),
    N("n2", "Läkaranteckning", "sk_buonk_lund", "Oliver Dahlström", "läkare", "2024-05-14 18:20", [
        ("Aktuellt", "Inkommer för MR vä underben och biopsi i narkos i morgon."),
        ("Bedömning", "Destruktiv skelettprocess vä fibula, misstänkt Ewingsarkom."),
        ("Planering", "Fasta från midnatt, EMLA på båda händerna. Blodprover inkl. LD och odling tas vid nålsättning."),
    ], setting="slutenvård")],
    [["NL102", "n2"]], [["NL102", "n1"], ["NL101", "n1"]],
    "the hypothesis is correctly kept in the Tidiga hypoteser template (n1) but repeated the next day in an ordinary visible note (n2)")

# --- END OF CASES ---


# ================================================================ build
def build():
    out = []
    for c in CASES:
        notes = c["notes"]
        if c["as_of"]:
            as_of = dt.datetime.strptime(c["as_of"], "%Y-%m-%d")
        else:
            last = max(dt.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
            as_of = dt.datetime.combine(last.date() + dt.timedelta(days=7), dt.time())
        rec = {
            "patient": {"id": pnr(c["birth"], c["sex"], c["name"]), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["ruleset"], "record": rec,
                    "must": [list(x) for x in c["must"]],
                    "must_not": [list(x) for x in c["must_not"]], "why": c["why"]})
    return out


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    top_keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    note_keys = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
                 "refs", "sections"]
    for c in cases:
        n = c["case"]
        if list(c.keys()) != top_keys:
            errs.append("%s: keys %s" % (n, list(c.keys())))
        if not n.startswith("s28pe_"):
            errs.append("%s: bad prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        if not c["why"] or len(c["why"]) < 10:
            errs.append("%s: why missing" % n)
        rec = c["record"]
        if list(rec.keys()) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            errs.append("%s: record keys" % n)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty lists" % n)
        p = rec["patient"]
        pid, birth = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            errs.append("%s: pnr format" % n)
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != birth:
                errs.append("%s: pnr/birth mismatch" % n)
            if luhn_digit(pid[2:8] + m.group(4)) != int(m.group(5)):
                errs.append("%s: Luhn" % n)
        try:
            dt.date.fromisoformat(birth)
        except ValueError:
            errs.append("%s: birth date invalid" % n)
            continue
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        stamps = [as_of]
        ids = {}
        systems = {}
        if not rec["notes"]:
            errs.append("%s: no notes" % n)
        for note in rec["notes"]:
            if list(note.keys()) != note_keys:
                errs.append("%s: note keys" % n)
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids[note["id"]] = note
            systems[note["id"]] = note["system"]
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if list(note["unit"].keys()) != ["name", "hsa_id"] or list(note["author"].keys()) != ["name", "role"]:
                errs.append("%s: unit/author keys" % n)
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % n)
            t = dt.datetime.fromisoformat(note["time"])
            stamps.append(t)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                stamps.append(s)
                if s < t:
                    errs.append("%s: signed before time" % n)
                if s > as_of:
                    errs.append("%s: signed after as_of" % n)
            if t > as_of:
                errs.append("%s: note after as_of" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s: section malformed" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (n,):
                            errs.append("%s: sentence repeated (also in %s): %r" % (n, seen_sent[sent][0], sent))
                        elif sent in seen_sent:
                            errs.append("%s: sentence repeated within case: %r" % (n, sent))
                        seen_sent[sent] = (n,)
        for st in stamps:
            if st.year != 2024:
                errs.append("%s: date outside 2024: %s" % (n, st))
            a = age_at(birth, st)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d at %s" % (n, a, st))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion" % n)
                    continue
                code, tgt = item
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (n, code))
                if tgt not in ids:
                    errs.append("%s: target %s missing" % (n, tgt))
                    continue
                if (code, tgt) in pairs:
                    errs.append("%s: %s/%s asserted twice" % (n, code, tgt))
                pairs.add((code, tgt))
                if code == "NL102" and lst == "must" and systems[tgt] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and systems[tgt] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    here = os.path.dirname(os.path.abspath(__file__))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "nl1_dev174_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    rs = {}
    for c in cases:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("%d cases written; rulesets %s" % (len(cases), rs))
    for code in sorted(stats):
        print("  %s must=%d must_not=%d" % (code, stats[code]["must"], stats[code]["must_not"]))


if __name__ == "__main__":
    main()
