#!/usr/bin/env python3
"""Independent NL101/NL102 test set: rheumatology and haematology outpatient care,
day-care and infusion units, specialist nurses and lab phone calls (Skåne + VGR).

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev163_cases.jsonl")

SKANE_HSA = "SE2321000255-"
VGR_HSA = "SE2321000131-"

# ---------------------------------------------------------------- units
U = {
    # Skåne, Melior
    "lu_reum": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SKANE_HSA + "7311"),
    "ma_reum": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", SKANE_HSA + "7342"),
    "lu_hem": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SKANE_HSA + "6120"),
    "lu_hemdv": ("Hematologiska dagvården, Skånes universitetssjukhus Lund", SKANE_HSA + "6124"),
    "ma_hem": ("Hematologi- och koagulationsmottagningen, Skånes universitetssjukhus Malmö", SKANE_HSA + "6188"),
    "hbg_med": ("Medicinmottagningen hematologi, Helsingborgs lasarett", SKANE_HSA + "5403"),
    "hbg_reumdv": ("Reumatologiska dagvården, Helsingborgs lasarett", SKANE_HSA + "5417"),
    "kri_inf": ("Infusionsenheten, Centralsjukhuset Kristianstad", SKANE_HSA + "4861"),
    "kri_reum": ("Reumatologimottagningen, Centralsjukhuset Kristianstad", SKANE_HSA + "4855"),
    "ysd_med": ("Medicinmottagningen, Ystads lasarett", SKANE_HSA + "3920"),
    "lu_barnhem": ("Barn- och ungdomsmedicinsk mottagning, hematologi, Skånes universitetssjukhus Lund", SKANE_HSA + "8102"),
    "lu_barnreum": ("Barnreumatologiska mottagningen, Skånes universitetssjukhus Lund", SKANE_HSA + "8117"),
    "lu_hemavd": ("Hematologiska vårdavdelningen, Skånes universitetssjukhus Lund", SKANE_HSA + "6131"),
    # Skåne, PMO (primärvård)
    "vc_linero": ("Vårdcentralen Linero, Lund", SKANE_HSA + "2214"),
    "vc_eslov": ("Vårdcentralen Kärråkra, Eslöv", SKANE_HSA + "2380"),
    "vc_naset": ("Vårdcentralen Näsby, Kristianstad", SKANE_HSA + "2561"),
    "hsv_trbg": ("Hemsjukvården Trelleborg", SKANE_HSA + "2977"),
    # VGR, Melior
    "su_reum": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "3304"),
    "su_hem": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "3412"),
    "su_hemdv": ("Hematologiska dagvården, Sahlgrenska Universitetssjukhuset", VGR_HSA + "3419"),
    "su_reuminf": ("Reumatologiska infusionsmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VGR_HSA + "3321"),
    "sas_hem": ("Medicinmottagningen hematologi, Södra Älvsborgs Sjukhus Borås", VGR_HSA + "5120"),
    "skas_reum": ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", VGR_HSA + "6207"),
    "skas_hem": ("Hematologimottagningen, Skaraborgs Sjukhus Skövde", VGR_HSA + "6231"),
    "nu_reum": ("Reumatologmottagningen, NU-sjukvården Uddevalla", VGR_HSA + "7015"),
    "nu_inf": ("Medicinska dagvården, NU-sjukvården Trollhättan", VGR_HSA + "7088"),
    "ale_med": ("Medicinmottagningen, Alingsås lasarett", VGR_HSA + "8140"),
    "kung_med": ("Medicinmottagningen, Kungälvs sjukhus", VGR_HSA + "8222"),
    "dsb_hem": ("Barnhematologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VGR_HSA + "3650"),
    "su_hemavd": ("Hematologiska vårdavdelningen 131, Sahlgrenska Universitetssjukhuset", VGR_HSA + "3427"),
}

CASES = []


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def P(birth, serial, protected=False):
    """birth 'YYYY-MM-DD', serial three digits (third digit odd = man, even = woman)."""
    ymd = birth.replace("-", "")
    check = luhn_check_digit(ymd[2:] + serial)
    return {"id": "%s-%s%s" % (ymd, serial, check), "birth_date": birth,
            "protected_identity": protected}


def T(s):
    if s is None:
        return None
    return s.replace(" ", "T") + ":00"


def N(nid, system, template, unit, author, role, time, signed, sections,
      setting="öppenvård", refs=()):
    name, hsa = U[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": T(time), "signed": T(signed), "setting": setting,
            "refs": list(refs),
            "sections": [{"keyword": k, "text": v} for k, v in sections]}


def C(name, ruleset, patient, as_of, notes, must=(), must_not=(), why=""):
    CASES.append({"case": name, "ruleset": ruleset,
                  "record": {"patient": patient, "as_of": T(as_of), "notes": notes,
                             "access_events": [], "conversations": [], "treatments": []},
                  "must": [list(x) for x in must],
                  "must_not": [list(x) for x in must_not],
                  "why": why})


# =============================================================== cases
# ---------------------------------------------------------------- part 1: rheumatology, NL102
C("s28r_reum_ra_misstankt_nybesok_lund", "skane", P("1971-04-12", "382"), "2024-02-29 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Helena Borg", "läkare",
      "2024-02-20 10:40", "2024-02-20 15:05", [
        ("Anamnes", "52-årig kvinna, remitterad från VC Södra Sandby pga ledvärk i händerna sedan ca 4 mån. "
                    "Morgonstelhet 1,5 h. Ingen psoriasis, ingen IBD i släkten. Röker 10 cig/d."),
        ("Status", "Synovit MCP 2–3 bilat samt PIP 3 hö. Squeeze-test pos bilat. Fötter ua. DAS28-CRP 4,6."),
        ("Bedömning", "Misstänkt seropositiv reumatoid artrit, anti-CCP >340 och RF 88. "
                      "Startar MTX 10 mg/v med upptrappning, Folacin. Rtg händer och fötter beställd."),
        ("Planering", "Återbesök ssk-mott om 6 v med lab. Rökstopp rekommenderat, broschyr given."),
    ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'Misstänkt seropositiv reumatoid artrit' in visible Bedömning of a Melior note; nothing said about informing")

C("s28r_reum_pmr_trolig_skovde", "vgr", P("1948-09-03", "415"), "2024-01-31 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_reum", "Anders Lindqvist", "läkare",
      "2024-01-24 09:15", "2024-01-24 12:30", [
        ("Aktuellt", "Sedan mitten av december värk och stelhet i skulder- och höftgördel, svårt att ta på sig "
                     "tröjan på morgonen. Ingen huvudvärk, inga synrubbningar, ingen käkclaudicatio."),
        ("Status", "Smärtsam abduktion axlar bilat, i övrigt ledstatus ua. Temporalisartärer mjuka med normal puls."),
        ("Lab", "SR 62, CRP 38, Hb 124. Krea och leverstatus normala."),
        ("Bedömning", "Trolig polymyalgia reumatika. Insätter Prednisolon 15 mg dagligen samt kalk, D-vitamin och alendronat."),
        ("Planering", "Telefonkontakt om 2 v, förväntar snabb effekt av steroiderna."),
    ])],
  must=[("NL102", "n1")],
  why="'Trolig polymyalgia reumatika' in visible Bedömning, VGR Melior")

C("s28r_reum_gca_susp_akutbesok_malmo", "skane", P("1951-11-27", "226"), "2024-03-10 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_reum", "Sofia Mårtensson", "läkare",
      "2024-03-04 14:20", "2024-03-04 17:45", [
        ("Anamnes", "Akut remiss från ögonakuten. Nytillkommen tinningshuvudvärk hö sedan 10 dagar, tuggsmärta "
                    "och en episod amaurosis fugax vä öga igår kväll."),
        ("Status", "Öm, förtjockad a. temporalis hö utan palpabel puls. Visus enl ögonläkare 1,0 bilat."),
        ("Bedömning", "Susp. jättecellsarteriit med ischemiska symtom. Inj Solu-Medrol 500 mg iv x 3 på dagvården, "
                      "därefter T Prednisolon 60 mg x 1. Ultraljud temporalis och axillaris bokat i morgon bitti."),
    ])],
  must=[("NL102", "n1")],
  why="abbreviated hedge 'Susp.' before jättecellsarteriit in visible Bedömning")

C("s28r_reum_gikt_ingen_misstanke_knahydrops", "skane", P("1966-06-30", "153"), "2024-04-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "kri_reum", "Johan Ekdahl", "läkare",
      "2024-04-08 11:00", "2024-04-08 13:10", [
        ("Aktuellt", "Svullet hö knä sedan han vrickade det i trappan för en vecka sedan. Afebril."),
        ("Åtgärd", "Ledpunktion hö knä, 60 ml klar gulaktig vätska."),
        ("Bedömning", "Ledvätska 450 celler, inga kristaller i polarisationsmikroskop. Ingen misstanke om gikt "
                      "eller septisk artrit. Bedöms som posttraumatisk hydrops, avlastning och NSAID vid behov."),
    ])],
  must_not=[("NL102", "n1")],
  why="gout and septic arthritis both negated ('Ingen misstanke om'); the settled assessment is not hedged")

C("s28r_reum_sle_kan_ej_uteslutas_su", "vgr", P("1994-02-08", "046"), "2024-05-20 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "su_reum", "Maria Al-Haddad", "läkare",
      "2024-05-14 13:30", "2024-05-15 08:10", [
        ("Anamnes", "Ledvärk i händer och knän sedan i vintras, blir röd i ansiktet av solen, återkommande munsår."),
        ("Bedömning", "ANA 1:1280 homogent, anti-dsDNA 45, lätt leukopeni 3,1. SLE kan ej uteslutas. "
                      "Kompletterar med komplementfaktorer, U-sticka och U-alb/krea innan ställningstagande till Plaquenil."),
    ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'SLE kan ej uteslutas' in visible Bedömning; no statement about informing the patient")

C("s28r_reum_mor_trolig_sle_hereditet", "skane", P("1999-10-19", "260"), "2024-06-14 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Erik Sandell", "läkare",
      "2024-06-11 08:45", "2024-06-11 11:20", [
        ("Anamnes", "Hereditet: mamma har trolig SLE och utreds på reumatologen i Växjö. Morfar psoriasis. "
                    "Pat själv har värk i fingrar och handleder efter träningspass, ingen morgonstelhet."),
        ("Status", "Ledstatus ua, inga hudutslag, inga munsår."),
        ("Bedömning", "Artralgier utan synovit. ANA neg och CRP <1. Inget inflammatoriskt ledtillstånd påvisat, "
                      "avslutas här med kontakt via vårdcentralen vid nya besvär."),
    ])],
  must_not=[("NL102", "n1")],
  why="the only hedged diagnosis ('trolig SLE') is the mother's, not the patient's")

C("s28r_reum_tidiga_hyp_mall_gpa_skane", "skane", P("1959-01-22", "571"), "2024-02-16 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "lu_reum", "Karin Holmqvist", "läkare",
      "2024-02-12 16:00", "2024-02-12 16:25", [
        ("Bedömning", "Sinuit sedan 3 mån med blodig snuva, nodulus i vä överlob på DT thorax och U-sticka blod 2+. "
                      "Misstänkt granulomatos med polyangiit, PR3-ANCA skickat akut."),
    ])],
  must_not=[("NL102", "n1")],
  why="Skåne: hedged GPA written in a note whose template is Tidiga hypoteser, which 1177 does not show")

C("s28r_reum_vgr_sokord_tidiga_hyp_myosit", "vgr", P("1962-07-05", "624"), "2024-03-28 00:00", [
    N("n1", "Melior", "Läkaranteckning", "nu_reum", "Per Strömberg", "läkare",
      "2024-03-21 10:10", "2024-03-21 14:55", [
        ("Anamnes", "Tilltagande svaghet i lår och överarmar sedan i höstas, svårt att resa sig ur låg stol. "
                    "Rodnad över knogarna, tappat 6 kg."),
        ("Status", "Proximal muskelsvaghet grad 4/5 bilat. Gottrons papler över MCP-lederna."),
        ("Lab", "CK 4200, ALAT 110, CRP 12."),
        ("Planering", "MR lårmuskulatur, EMG och myositantikroppar beställda. Återbesök om 3 v."),
        ("Tidiga hypoteser", "Inger misstanke om dermatomyosit. Med tanke på ålder och viktnedgång bör "
                             "paraneoplastisk genes övervägas, DT thorax-buk planeras."),
    ])],
  must_not=[("NL102", "n1")],
  why="VGR: the hedged dermatomyositis stands only under sökord Tidiga hypoteser; visible sections hold symptoms and findings")

C("s28r_reum_vgr_tidiga_hyp_men_bedomning_lacker", "vgr", P("1955-12-14", "199"), "2024-04-05 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_reum", "Lena Fagerström", "läkare",
      "2024-04-02 09:00", "2024-04-02 15:40", [
        ("Status", "Palpabel purpura på underbenen bilat, nedsatt känsel och dorsalflexion vä fot."),
        ("Tidiga hypoteser", "Misstänkt ANCA-associerad vaskulit, MPO-ANCA 120."),
        ("Bedömning", "Bild som vid systemisk vaskulit med hud- och nervengagemang. Inläggning för hudbiopsi "
                      "och pulsbehandling diskuteras med bakjouren."),
    ])],
  must=[("NL102", "n1")],
  why="VGR: a Tidiga hypoteser section exists, but 'Bild som vid systemisk vaskulit' also stands in visible Bedömning")

C("s28r_pmo_vc_trolig_giktattack", "skane", P("1970-08-09", "331"), "2024-05-08 00:00", [
    N("n1", "PMO", "Besöksanteckning", "vc_eslov", "Ahmad Rahimi", "läkare",
      "2024-05-06 08:20", "2024-05-06 09:05", [
        ("Aktuellt", "Sedan i natt kraftig smärta och rodnad i hö stortåns grundled, kan inte ha strumpa på."),
        ("Status", "Rodnad, varm och svullen MTP 1 hö. Temp 37,6."),
        ("Bedömning", "Trolig giktattack. Colchicin 0,5 mg enl schema, urat kontrolleras om 4 v hos distriktssköterskan."),
    ])],
  must_not=[("NL102", "n1")],
  why="PMO (vårdcentral) never shows diagnoses, so 'Trolig giktattack' is not a visible hypothesis")

C("s28r_reum_sjogren_ev_remiss_ogon", "skane", P("1957-03-03", "508"), "2024-09-20 00:00", [
    N("n1", "Melior", "Läkaranteckning", "kri_reum", "Ingrid Welander", "läkare",
      "2024-09-17 13:00", "2024-09-17 16:30", [
        ("Aktuellt", "Primärt Sjögrens syndrom sedan 2019, anti-SSA pos. Tilltagande ögontorrhet trots tårersättning fem gånger om dagen."),
        ("Bedömning", "Stabil grundsjukdom utan extraglandulär aktivitet. Ev. remiss till ögonkliniken för punktpluggar, "
                      "pat funderar. Eventuellt pilokarpinförsök om muntorrheten förvärras."),
    ])],
  must_not=[("NL102", "n1")],
  why="Sjögren is confirmed; 'Ev.' and 'Eventuellt' hedge only plans (remiss, pilokarpin)")

C("s28r_reum_psa_forenligt_med_uddevalla", "vgr", P("1980-05-17", "271"), "2024-10-11 00:00", [
    N("n1", "Melior", "Läkaranteckning", "nu_reum", "Jonas Berglund", "läkare",
      "2024-10-07 10:30", "2024-10-07 12:00", [
        ("Status", "Daktylit dig 2 vä fot, entesit vid hälsenefästet hö. Nagelgropar på flera fingrar."),
        ("Rtg", "Erosioner med periostal nybildning DIP 3 hö."),
        ("Bedömning", "Fynden förenligt med psoriasisartrit, trots att hudpsoriasis saknas; mormor har psoriasis. "
                      "Startar sulfasalazin med långsam upptrappning."),
    ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'förenligt med psoriasisartrit' is a hedged diagnosis of the patient in visible Bedömning")

C("s28r_reum_typo_mistankt_ra", "skane", P("1988-12-01", "662"), "2024-08-30 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_reum", "Fredrik Olsson", "läkare",
      "2024-08-26 15:10", "2024-08-27 09:00", [
        ("Bedömning", "Mistänkt reumatoid artrit, RF svagt pos, anti-CCP neg. Inleder hydroxiklorokin 200 mg x 1, "
                      "ny bedömning om 8 v."),
    ])],
  must=[("NL102", "n1")],
  why="typo 'Mistänkt' for misstänkt; still a hedged RA diagnosis in a visible section")

C("s28r_reum_telefon_ssk_gikt_uteslutes", "skane", P("1949-07-21", "359"), "2024-02-09 00:00", [
    N("n1", "Melior", "Telefonanteckning", "lu_reum", "Annika Persson", "sjuksköterska",
      "2024-02-08 13:40", "2024-02-08 13:52", [
        ("Telefonkontakt", "Ringer pat ang svar på ledvätskan från i tisdags. Inga uratkristaller, odling utan växt. "
                           "Gikt uteslutes enligt dr Nyberg; fortsätter med paracetamol och kyla. Hör av sig om det inte lugnat sig på en vecka."),
    ])],
  must_not=[("NL102", "n1")],
  why="gout is ruled out ('Gikt uteslutes') in a nurse's phone note; no hedged diagnosis remains")

C("s28r_reum_stills_kan_rora_sig_om", "vgr", P("1997-09-25", "142"), "2024-07-12 00:00", [
    N("n1", "Melior", "Konsultationsanteckning", "su_reum", "Maria Al-Haddad", "läkare",
      "2024-07-09 11:30", "2024-07-09 16:00", [
        ("Anamnes", "Konsult från infektionsavd: 26-årig kvinna med kvällsfeber upp till 39,8 sedan 3 v, "
                    "laxfärgat utslag, halsont och ledvärk."),
        ("Lab", "Ferritin 14 500, LPK 21 med neutrofili, ALAT 95. Blododlingar x 2 neg."),
        ("Bedömning", "Kan röra sig om vuxen-Stills sjukdom, men lymfom och infektion måste först uteslutas. "
                      "Föreslår PET-DT och benmärgsprov innan steroider."),
    ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="'Kan röra sig om vuxen-Stills sjukdom' in a visible consultation Bedömning")

# ---------------------------------------------------------------- part 2: haematology, NL102
C("s28r_hem_myelom_misstankt_mkomponent", "skane", P("1952-05-06", "437"), "2024-03-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_hem", "Gustav Lindh", "läkare",
      "2024-03-11 09:30", "2024-03-11 14:00", [
        ("Anamnes", "Remiss från VC pga ryggvärk och anemi. Trött sedan i somras, gått ner 4 kg."),
        ("Lab", "Hb 98, Ca-jon 1,48, krea 134. M-komponent IgG-kappa 32 g/L, kvot fria lätta kedjor kappa/lambda 48."),
        ("Bedömning", "Misstänkt myelom med anemi och hyperkalcemi. Benmärgsprov och lågdos-DT helkropp bokas inom en vecka. "
                      "Rikligt med dryck, zoledronsyra efter ny kreakontroll."),
    ])],
  must=[("NL102", "n1")],
  why="'Misstänkt myelom' in visible Bedömning of a haematology Melior note")

C("s28r_hem_trolig_mgus_boras", "vgr", P("1963-10-10", "584"), "2024-10-25 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sas_hem", "Elin Ragnarsson", "läkare",
      "2024-10-21 14:15", None, [
        ("Bedömning", "Liten M-komponent IgG-lambda 4 g/L som bifynd vid utredning av yrsel; normalt Hb, krea och kalcium. "
                      "Trolig MGUS med låg progressionsrisk. Kontroll av elfores om 6 mån via VC, remissvar skickat."),
    ])],
  must=[("NL102", "n1")],
  why="unsigned draft; 'Trolig MGUS' is a hedged diagnosis in a visible section (VGR)")

C("s28r_hem_kll_susp_lymfocytos_hbg", "skane", P("1945-02-14", "215"), "2024-01-26 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "hbg_med", "Niklas Håkansson", "läkare",
      "2024-01-22 10:00", "2024-01-22 11:45", [
        ("Aktuellt", "Remiss pga lymfocytos 12,4 vid rutinkontroll hos diabetessköterskan. Inga B-symtom, inga infektioner."),
        ("Status", "Små lymfkörtlar på halsen bilat, ca 1 cm, mjuka. Mjälten ej palpabel."),
        ("Bedömning", "Susp. KLL, immunfenotypning av perifert blod skickad. Ingen behandlingsindikation i nuläget oavsett utfall."),
    ])],
  must=[("NL102", "n1")],
  why="'Susp. KLL' abbreviated hedge on chronic lymphocytic leukaemia in visible Bedömning")

C("s28r_hem_aml_fragetecken_dagvard_su", "vgr", P("1958-04-29", "297"), "2024-11-08 00:00", [
    N("n1", "Melior", "Dagvårdsanteckning", "su_hemdv", "Oskar Wennberg", "läkare",
      "2024-11-05 08:40", "2024-11-05 13:15", [
        ("Aktuellt", "Remitterad akut från Kungälv: pancytopeni, LPK 1,9 med 14 % omogna celler i diff."),
        ("Bedömning", "?AML. Benmärgsaspiration och biopsi utförd på dagvården idag, morfologisvar i morgon. "
                      "Trombocyttransfusion 1 enhet given före ingreppet."),
    ])],
  must=[("NL102", "n1")],
  why="a leading question mark ('?AML') marks an uncertain diagnosis in a visible day-care note")

C("s28r_hem_typo_mojlgi_mds", "skane", P("1941-08-18", "022"), "2024-06-07 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_hem", "Cecilia Ahlström", "läkare",
      "2024-06-03 13:00", "2024-06-04 07:50", [
        ("Bedömning", "Makrocytär anemi Hb 92, MCV 108, lätt neutropeni 1,3. B12 och folat normala, ingen alkohol. "
                      "Möjlgi MDS, benmärgsprov bokas."),
    ])],
  must=[("NL102", "n1")],
  why="typo 'Möjlgi' for möjlig before MDS; hedged diagnosis in visible Bedömning")

C("s28r_barn_itp_misstankt_6ar", "skane", P("2017-11-03", "295"), "2024-04-19 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_barnhem", "Linnea Sjöholm", "läkare",
      "2024-04-16 15:30", "2024-04-16 18:10", [
        ("Anamnes", "Mamma söker med pojken pga blåmärken på ben och bål sedan 3 dagar och näsblod igår. "
                    "Förkyld för två veckor sedan, i övrigt frisk."),
        ("Status", "Petekier på underben och i munslemhinnan. Opåverkad, leker. Ingen lymfadenopati, ingen hepatosplenomegali."),
        ("Lab", "TPK 9, Hb och LPK normala, utstryk utan blaster."),
        ("Bedömning", "Misstänkt akut ITP efter virusinfektion. Ingen blödning som kräver behandling, vi avvaktar. "
                      "Mamma har fått råd att undvika ibuprofen och kontaktidrott."),
    ])],
  must=[("NL102", "n1")],
  why="6-year-old (guardians read 1177): 'Misstänkt akut ITP' in visible Bedömning of a Melior note")

C("s28r_hem_jarnbrist_talar_for_kungalv", "vgr", P("1986-06-22", "760"), "2024-02-23 00:00", [
    N("n1", "Melior", "Läkaranteckning", "kung_med", "Sara Nilsson", "läkare",
      "2024-02-19 11:20", "2024-02-19 12:05", [
        ("Bedömning", "Hb 96, MCV 71, ferritin 4. Talar för järnbristanemi, sannolikt pga rikliga menstruationer. "
                      "Ferinject 1000 mg ges på dagvården nästa vecka, remiss till gyn."),
    ])],
  must=[("NL102", "n1")],
  why="'Talar för järnbristanemi' hedges an anaemia diagnosis in visible Bedömning")

C("s28r_hem_lymfom_pet_inga_tecken_recidiv", "skane", P("1972-01-31", "135"), "2024-03-22 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "lu_hem", "Gustav Lindh", "läkare",
      "2024-03-18 10:45", "2024-03-18 16:20", [
        ("Aktuellt", "Uppföljning 2 år efter R-CHOP x 6 för diffust storcelligt B-cellslymfom stadium II."),
        ("Bedömning", "PET-DT från 12/3 utan patologiskt upptag, inga tecken på lymfomrecidiv. "
                      "Fortsatt klinisk kontroll var 6:e månad."),
    ])],
  must_not=[("NL102", "n1")],
  why="recurrence is negated ('inga tecken på lymfomrecidiv'); the lymphoma itself is a confirmed past diagnosis")

C("s28r_hem_bror_misstankt_lymfom", "vgr", P("1969-03-12", "420"), "2024-05-31 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_hem", "Henrik Dahl", "läkare",
      "2024-05-27 09:00", "2024-05-27 10:30", [
        ("Anamnes", "Känd ärftlig sfärocytos, splenektomerad 1998. Bror utreds för misstänkt lymfom i Jönköping "
                    "och pat är orolig för ärftlighet."),
        ("Bedömning", "Stabilt Hb 128, ingen hemolysaktivitet. Har förklarat att lymfom inte hör ihop med sfärocytosen i släkten."),
    ])],
  must_not=[("NL102", "n1")],
  why="the suspected lymphoma is the brother's; the patient's own diagnosis (sfärocytos) is confirmed")

C("s28r_hem_kalium_trol_hemolyserat_prov", "skane", P("1947-09-09", "158"), "2024-07-05 00:00", [
    N("n1", "Melior", "Telefonanteckning", "hbg_med", "Niklas Håkansson", "läkare",
      "2024-07-03 16:10", "2024-07-03 16:30", [
        ("Telefonkontakt", "Lab ringer: K 6,4 på dagens prov, provet trol. hemolyserat enl lab. Känt myelom under "
                           "behandling med daratumumab, i övrigt stabila värden. Nytt kaliumprov i morgon på VC, "
                           "pat ringd och behöver inte åka in i kväll."),
    ])],
  must_not=[("NL102", "n1")],
  why="'trol.' hedges a haemolysed sample (a lab artefact), not a disease; myeloma is confirmed")

C("s28r_hem_neutropen_feber_villkor", "vgr", P("1965-12-03", "374"), "2024-09-13 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "su_hemdv", "Johanna Ek", "sjuksköterska",
      "2024-09-10 14:00", "2024-09-10 14:40", [
        ("Aktuellt", "AML i första remission, kommer för kontroll dag 12 efter tredje konsolideringskuren."),
        ("Information", "Muntlig och skriftlig information om att ringa hematologjouren direkt vid temp 38,0 eller mer. "
                        "Vid misstänkt neutropen feber ska antibiotika ges inom en timme, pat ska inte vänta hemma."),
        ("Planering", "Hemgång med maken. Nya prover på fredag."),
    ])],
  must_not=[("NL102", "n1")],
  why="'misstänkt neutropen feber' stands in a conditional instruction (what to do if fever comes), not as a present hypothesis")

C("s28r_pmo_hemsjukvard_trolig_b12brist", "skane", P("1934-06-14", "204"), "2024-08-09 00:00", [
    N("n1", "PMO", "Hembesöksanteckning", "hsv_trbg", "Marie Lundgren", "sjuksköterska",
      "2024-08-07 11:00", "2024-08-07 13:30", [
        ("Hembesök", "Pat tröttare senaste månaden och ostadig på benen. Prover tagna: Hb 101, MCV 112. "
                     "Dr Wallin kontaktad och bedömer trolig B12-brist, start Betolvex 1 mg dagligen."),
    ])],
  must_not=[("NL102", "n1")],
  why="PMO home-care note: 'trolig B12-brist' is never shown to the patient")

C("s28r_hem_tidiga_hyp_mall_mds_sekundar", "skane", P("1956-11-11", "168"), "2024-10-04 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "lu_hem", "Cecilia Ahlström", "läkare",
      "2024-10-01 15:20", "2024-10-01 15:45", [
        ("Bedömning", "Dysplastiska drag i tre cellinjer i benmärgen, blaster 7 %. Sannolikt behandlingsrelaterad MDS "
                      "efter antracyklinbaserad cytostatika mot bröstcancer 2016. Cytogenetik avvaktas."),
    ])],
  must_not=[("NL102", "n1")],
  why="Skåne: 'Sannolikt behandlingsrelaterad MDS' sits in a Tidiga hypoteser note, hidden from 1177")

C("s28r_hem_vgr_tidiga_hyp_kml", "vgr", P("1977-02-27", "513"), "2024-12-06 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_hem", "Henrik Dahl", "läkare",
      "2024-12-02 10:10", "2024-12-02 14:25", [
        ("Aktuellt", "Leukocytos 48 med vänsterförskjutning och basofili. Mjälten palperas 4 cm under arcus."),
        ("Åtgärd", "Benmärgsprov taget under lokalbedövning, väl tolererat."),
        ("Tidiga hypoteser", "Bild som vid KML i kronisk fas. BCR-ABL1 PCR skickat akut."),
        ("Planering", "Återbesök på torsdag när svaret finns, hustrun får gärna följa med."),
    ])],
  must_not=[("NL102", "n1")],
  why="VGR: the hedged CML ('Bild som vid KML') is only under sökord Tidiga hypoteser")

C("s28r_hem_dd_waldenstrom", "skane", P("1950-07-04", "395"), "2024-05-03 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_hem", "Tove Bengtsson", "läkare",
      "2024-04-29 13:00", "2024-04-30 08:15", [
        ("Bedömning", "IgM-kappa 14 g/L, lätt anemi, inga förstorade körtlar på DT. DD Waldenströms makroglobulinemi "
                      "vs IgM-MGUS, benmärgsbiopsi med MYD88-analys avgör."),
    ])],
  must=[("NL102", "n1")],
  why="'DD' (differential diagnosis) Waldenström in a visible section")

# ---------------------------------------------------------------- part 3: NL101, first batch
C("s28r_nl101_aml_ej_informerad_su", "vgr", P("1960-08-15", "302"), "2024-06-07 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Oskar Wennberg", "läkare",
      "2024-06-05 15:30", "2024-06-05 16:40", [
        ("Aktuellt", "Svar på benmärgsprov taget 4/6."),
        ("Bedömning", "Benmärgen visar 45 % myeloiska blaster, akut myeloisk leukemi. Pat ännu ej informerad; besked ges "
                      "vid besök i morgon kl 10 tillsammans med maken. Platsförfrågan avd 131 för induktion skickad."),
    ])],
  must=[("NL101", "n1")],
  why="AML stated in visible Bedömning while the note says the patient is not yet informed")

C("s28r_nl101_myelom_diagnosbesked_idag", "skane", P("1949-04-02", "318"), "2024-04-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_hem", "Gustav Lindh", "läkare",
      "2024-04-09 10:00", "2024-04-09 15:30", [
        ("Bedömning", "Benmärg med 38 % klonala plasmaceller: myelom IgA-lambda, R-ISS II."),
        ("Information", "Diagnosbesked givet idag till pat och hustrun. Vi gick igenom behandlingen med daratumumab-baserad "
                        "kombination, kontaktsjuksköterska Eva presenterad."),
    ])],
  must_not=[("NL101", "n1")],
  why="the myeloma diagnosis was communicated to the patient today")

C("s28r_nl101_dlbcl_inte_fatt_besked", "skane", P("1975-10-28", "482"), "2024-02-16 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_hem", "Tove Bengtsson", "läkare",
      "2024-02-14 13:20", "2024-02-14 13:55", [
        ("Utredning", "PAD från halskörtel vä: diffust storcelligt B-cellslymfom, non-GCB-typ."),
        ("Bedömning", "Pat har inte fått besked ännu, vi lämnar inte cancerbesked per telefon. "
                      "Tid för besked och PET-DT bokas till måndag."),
    ])],
  must=[("NL101", "n1")],
  why="lymphoma (PAD) in a visible section and 'Pat har inte fått besked ännu'")

C("s28r_nl101_vgr_tidiga_hyp_kll_ej_informerad", "vgr", P("1954-12-19", "271"), "2024-03-08 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sas_hem", "Elin Ragnarsson", "läkare",
      "2024-03-05 09:50", "2024-03-05 10:20", [
        ("Aktuellt", "Svar på immunfenotypningen från förra besöket har kommit."),
        ("Planering", "Kallas till läkarbesök om två veckor för genomgång."),
        ("Tidiga hypoteser", "Immunfenotypningen förenlig med KLL, Binet A. Pat ej informerad ännu, besked vid besöket."),
    ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="VGR: both the CLL and the fact that it is untold are only under sökord Tidiga hypoteser")

C("s28r_nl101_infusionsdatum_ej_informerad", "skane", P("1968-01-09", "546"), "2024-11-15 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "kri_inf", "Camilla Nordin", "sjuksköterska",
      "2024-11-12 08:30", "2024-11-12 09:10", [
        ("Aktuellt", "Seropositiv RA, får rituximab var 6:e månad på infusionsenheten."),
        ("Planering", "Pat ej informerad om nytt datum för nästa infusion eftersom läkemedlet är restnoterat. "
                      "Ringer henne när leveransen är bekräftad."),
    ])],
  must_not=[("NL101", "n1")],
  why="what the patient has not been told is an infusion date, not the (known) RA diagnosis")

C("s28r_nl101_mds_dottern_ej_informerad", "vgr", P("1939-05-23", "128"), "2024-07-19 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_hem", "Henrik Dahl", "läkare",
      "2024-07-16 11:00", "2024-07-16 12:15", [
        ("Bedömning", "MDS med låg risk enligt IPSS-R, transfusionsbehov var 4:e vecka."),
        ("Samtal", "Pat informerad om diagnosen och att sjukdomen är kronisk. Hon vill själv berätta för dottern, "
                   "som därför inte informerats av oss."),
    ])],
  must_not=[("NL101", "n1")],
  why="the patient is informed; only her daughter has not been told")

C("s28r_nl101_gca_inget_om_information", "skane", P("1946-10-06", "180"), "2024-05-17 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_reum", "Sofia Mårtensson", "läkare",
      "2024-05-13 14:00", "2024-05-13 16:10", [
        ("Bedömning", "Temporalisbiopsin bekräftar jättecellsarteriit. Prednisolon trappas ned enl schema, nu 30 mg. "
                      "Tocilizumab sc startas för att spara steroider, ssk instruerar injektionsteknik."),
    ])],
  must_not=[("NL101", "n1")],
  why="a confirmed diagnosis with nothing at all said about informing the patient")

C("s28r_nl101_typo_ej_infomerad_hodgkin", "vgr", P("1998-03-14", "053"), "2024-08-23 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Ida Sjöberg", "läkare",
      "2024-08-20 16:05", "2024-08-20 16:30", [
        ("Bedömning", "Mediastinal massa, PAD klassiskt Hodgkinlymfom av nodulär skleros-typ. "
                      "Pat ej infomerad, besked ges i morgon av dr Wennberg."),
    ])],
  must=[("NL101", "n1")],
  why="typo 'ej infomerad'; Hodgkin lymphoma stands in visible Bedömning while the patient is not told")

C("s28r_nl101_sonen_vill_vanta_med_besked", "skane", P("1931-12-30", "137"), "2024-01-19 00:00", [
    N("n1", "Melior", "Läkaranteckning", "hbg_med", "Niklas Håkansson", "läkare",
      "2024-01-17 10:30", "2024-01-17 11:10", [
        ("Bedömning", "Myelom IgG-kappa med osteolyser i bäckenet enl DT."),
        ("Anhörigkontakt", "Sonen ringde och önskar att pappa inte informeras om myelomdiagnosen förrän han själv är på plats "
                           "nästa vecka. Vi väntar därför med beskedet."),
    ])],
  must=[("NL101", "n1")],
  why="myeloma in a visible section and the note says the patient is not to be told yet")

C("s28r_nl101_cart_remiss_ej_informerad", "vgr", P("1963-07-31", "457"), "2024-04-26 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Ida Sjöberg", "läkare",
      "2024-04-23 14:30", "2024-04-23 15:00", [
        ("Bedömning", "Recidiv av DLBCL, biopsibekräftat i mars, nu efter två behandlingslinjer."),
        ("Åtgärd", "Remiss till CAR-T-teamet skickad idag. Pat ännu inte informerad om att remissen gått iväg, "
                   "kontaktsjuksköterskan ringer honom i morgon."),
    ])],
  must_not=[("NL101", "n1")],
  why="what is untold is that a referral was sent, not a diagnosis")

C("s28r_nl101_normalt_benmargssvar_ej_informerad", "skane", P("1966-09-17", "603"), "2024-09-27 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_hem", "Cecilia Ahlström", "läkare",
      "2024-09-24 12:40", None, [
        ("Aktuellt", "Follikulärt lymfom grad 1–2, avslutad induktion med bendamustin-rituximab i augusti."),
        ("Bedömning", "Restaging-benmärgen utan lymfominfiltration. Pat ännu inte informerad om det normala svaret, "
                      "jag ringer henne i morgon förmiddag."),
    ])],
  must_not=[("NL101", "n1")],
  why="unsigned draft; the result not yet given to the patient is a normal bone marrow, not a diagnosis")

C("s28r_nl101_all_besked_vid_forra_besoket", "vgr", P("2001-06-11", "239"), "2024-03-01 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Oskar Wennberg", "läkare",
      "2024-02-27 08:30", "2024-02-27 10:45", [
        ("Aktuellt", "Ph-negativ ALL i behandling enl protokoll, nu inför block 3."),
        ("Bedömning", "Pat fick beskedet om diagnosen vid besöket 5/2 och är välinformerad om behandlingsupplägget. "
                      "MRD efter induktion negativ, fortsätter enligt plan."),
    ])],
  must_not=[("NL101", "n1")],
  why="the patient was told the ALL diagnosis at an earlier visit")

C("s28r_nl101_lupusnefrit_svar_ej_meddelat", "vgr", P("1993-01-26", "084"), "2024-05-03 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_reum", "Lena Fagerström", "läkare",
      "2024-04-29 15:00", "2024-04-29 15:35", [
        ("Utredning", "Njurbiopsi 22/4: lupusnefrit klass IV med aktiva lesioner."),
        ("Bedömning", "Svaret har ännu inte meddelats pat, hon är bortrest till fredag. "
                      "Planeras för induktion med mykofenolat och steroider efter samtalet."),
    ])],
  must=[("NL101", "n1")],
  why="lupus nephritis in a visible section and 'Svaret har ännu inte meddelats pat'")

C("s28r_nl101_mantelcell_besked_i_senare_anteckning", "skane", P("1957-02-02", "375"), "2024-02-09 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_hem", "Tove Bengtsson", "läkare",
      "2024-02-05 14:00", "2024-02-05 14:30", [
        ("Bedömning", "Benmärg: mantelcellslymfom, blastoid variant. Pat ej informerad ännu, besked 7/2."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "lu_hem", "Tove Bengtsson", "läkare",
      "2024-02-07 11:00", "2024-02-07 12:20", [
        ("Samtal", "Besked givet idag om mantelcellslymfom. Pat tog det sansat, frågor om prognos besvarade. "
                   "Behandlingsstart planeras v 8."),
    ])],
  must_not=[("NL101", "n2")],
  why="two notes: n2 documents that the diagnosis withheld in n1 has now been communicated; asserted on n2")

C("s28r_nl101_aiha_ej_nadd_senare_lab", "vgr", P("1952-08-08", "240"), "2024-09-06 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sas_hem", "Elin Ragnarsson", "läkare",
      "2024-09-02 15:10", "2024-09-02 15:40", [
        ("Bedömning", "DAT positiv för IgG, LD 900 och haptoglobin omätbart lågt. Varm autoimmun hemolytisk anemi. "
                      "Pat har ännu inte informerats om diagnosen, nås inte på telefon idag; nytt försök i morgon."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sas_hem", "Malin Gustafsson", "sjuksköterska",
      "2024-09-03 09:15", "2024-09-03 09:25", [
        ("Telefonkontakt", "Ringer pat ang kontrollprov, Hb 84. Provtid bokad på fredag."),
    ])],
  must=[("NL101", "n1")],
  why="n1 states autoimmune haemolytic anaemia and that the patient has not been informed; the later nurse call does not tell her")

# ---------------------------------------------------------------- part 4: day care, infusion, long charts
C("s28r_infusion_tocilizumab_ev_paus", "skane", P("1964-03-21", "662"), "2024-10-18 00:00", [
    N("n1", "Melior", "Infusionsanteckning", "hbg_reumdv", "Pia Andersson", "sjuksköterska",
      "2024-10-15 09:00", "2024-10-15 11:20", [
        ("Aktuellt", "Seropositiv RA. Tocilizumab iv 8 mg/kg, infusion 1 h utan reaktion."),
        ("Kontroller", "BT 132/78, puls 68 före och efter infusion."),
        ("Planering", "Pat har haft två urinvägsinfektioner i höst, ev. paus med nästa infusion om ny infektion tillstöter. "
                      "Ansvarig läkare informerad om infektionerna."),
    ])],
  must_not=[("NL102", "n1")],
  why="infusion note: 'ev.' hedges a pause in treatment (a plan); RA and the UTIs are stated as facts")

C("s28r_hemavd_trolig_hemgang", "vgr", P("1971-11-30", "592"), "2024-06-21 00:00", [
    N("n1", "Melior", "Daganteckning", "su_hemavd", "Ida Sjöberg", "läkare",
      "2024-06-18 11:30", "2024-06-18 12:00", [
        ("Aktuellt", "AML i komplett remission efter induktion, inneliggande för första konsolideringen med högdos cytarabin."),
        ("Bedömning", "Mår bra, äter och är uppegående. Trolig hemgång i morgon förmiddag om CRP fortsatt är lågt."),
    ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="'Trolig' hedges a discharge plan, not a diagnosis; AML is confirmed")

C("s28r_hemdv_misstankt_pneumoni_myelom", "vgr", P("1955-05-19", "318"), "2024-02-02 00:00", [
    N("n1", "Melior", "Dagvårdsanteckning", "nu_inf", "Jonas Berglund", "läkare",
      "2024-01-30 09:20", "2024-01-30 10:05", [
        ("Aktuellt", "Kommer för bortezomib dag 8. Hosta och feber 38,4 sedan igår."),
        ("Status", "Rassel basalt hö, andningsfrekvens 20, saturation 95 %."),
        ("Bedömning", "Misstänkt pneumoni, bortezomib skjuts upp en vecka. Lungröntgen beställd och amoxicillin insatt."),
    ])],
  must=[("NL102", "n1")],
  why="day-care note on a myeloma patient: 'Misstänkt pneumoni' is a hedged diagnosis in visible Bedömning")

C("s28r_ssk_telefon_troligen_itp_recidiv", "skane", P("1983-07-07", "268"), "2024-03-29 00:00", [
    N("n1", "Melior", "Telefonanteckning", "ma_hem", "Emma Kjellberg", "sjuksköterska",
      "2024-03-25 10:15", "2024-03-25 11:00", [
        ("Telefonkontakt", "Känd kronisk ITP på eltrombopag 50 mg. Ringer pga blåmärken och blödande tandkött sedan helgen, "
                           "TPK taget på VC i morse: 14."),
        ("Åtgärd", "Dr Bengtsson konsulterad: troligen ITP-recidiv, dexametason 40 mg x 1 i 4 dagar. Recept skickat, "
                   "TPK-kontroll på fredag."),
    ])],
  must=[("NL102", "n1")],
  why="specialist nurse's phone note: 'troligen ITP-recidiv' (a hedged relapse) stands in visible Åtgärd")

C("s28r_ale_ev_benmargsprov_plan", "vgr", P("1961-01-13", "433"), "2024-11-29 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ale_med", "Karl Svensson", "läkare",
      "2024-11-26 13:40", None, [
        ("Bedömning", "Lätt normocytär anemi Hb 118, ferritin, B12 och folat ua, ingen M-komponent. "
                      "Eventuellt benmärgsprov vid nästa besök om Hb fortsätter att sjunka. Nya prover om 6 v."),
    ])],
  must_not=[("NL102", "n1")],
  why="unsigned draft; the only hedge ('Eventuellt benmärgsprov') is on an investigation plan")

C("s28r_reum_hudvaskulit_talar_emot_systemisk", "skane", P("1978-09-02", "727"), "2024-07-26 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Erik Sandell", "läkare",
      "2024-07-22 14:10", "2024-07-22 15:30", [
        ("Bedömning", "Kutan leukocytoklastisk vaskulit efter amoxicillinkur, biopsiverifierad. ANCA och kryoglobuliner neg, "
                      "U-sediment normalt. Talar emot systemisk vaskulit; lokal steroid och avvaktan."),
    ])],
  must_not=[("NL102", "n1")],
  why="skin vasculitis is biopsy-confirmed and systemic vasculitis is argued against ('Talar emot')")

C("s28r_reum_gikt_avskrivs_pseudogikt", "vgr", P("1944-04-16", "051"), "2024-04-26 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_reum", "Anders Lindqvist", "läkare",
      "2024-04-22 10:00", "2024-04-22 11:30", [
        ("Utredning", "Ledvätska hö handled: CPPD-kristaller, inga uratkristaller. Rtg visar kondrokalcinos i TFCC."),
        ("Diagnos", "Gikt avskrivs. Akut CPP-artrit (pseudogikt) hö handled."),
    ])],
  must_not=[("NL102", "n1")],
  why="gout is dismissed ('avskrivs') and the diagnosis given is crystal-proven, so not hedged")

C("s28r_long_ra_arskontroll_karpaltunnel", "skane", P("1969-12-05", "846"), "2024-05-31 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Helena Borg", "läkare",
      "2024-05-27 08:30", "2024-05-27 16:40", [
        ("Anamnes", "Seropositiv, erosiv RA sedan 2011. Behandlas med MTX 20 mg/v sc och etanercept 50 mg/v sedan 2016. "
                    "Tidigare prövat sulfasalazin (illamående) och adalimumab (sekundär svikt). Övrigt: hypertoni, hypotyreos. "
                    "Rökfri sedan 2015."),
        ("Aktuellt", "Ordinarie årskontroll. Mår överlag bra, morgonstelhet ca 15 min. Sedan 2 mån domningar i tumme till "
                     "långfinger hö, värst nattetid, vaknar och skakar handen. Inga infektioner, inga munsår. "
                     "Arbetar heltid som lokalvårdare."),
        ("Status", "AT gott. Ledstatus: 0 svullna, 2 ömma leder (MCP 2 hö, handled hö). Tinels tecken pos över hö handled, "
                   "Phalens test pos hö efter 30 s. Ingen tenaratrofi. Hud ua. Cor/pulm ua. BT 138/84."),
        ("Lab", "SR 14, CRP 3, Hb 131, LPK 6,2, TPK 280, ALAT 0,41, krea 68."),
        ("Bedömning", "RA i låg sjukdomsaktivitet, DAS28-CRP 2,4. Misstänkt karpaltunnelsyndrom hö, möjligen sekundärt "
                      "till tenosynovit i handleden. Oförändrad antireumatisk behandling."),
        ("Planering", "Neurografi hö arm beställd. Nattlig handledsortos via arbetsterapeut. Årskontroll om 12 mån, "
                      "ssk-telefon om 6 mån. Lab var 3:e mån via VC enligt MTX-schemat."),
    ])],
  must=[("NL102", "n1")],
  why="long annual RA chart; one hedged diagnosis ('Misstänkt karpaltunnelsyndrom') in visible Bedömning")

C("s28r_long_myelom_kvartal_bara_planhedge", "vgr", P("1958-10-23", "019"), "2024-08-16 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Maja Lundström", "läkare",
      "2024-08-12 13:00", "2024-08-13 08:20", [
        ("Anamnes", "Myelom IgG-kappa, diagnos maj 2022, R-ISS II, standardriskcytogenetik. Induktion VRd följt av "
                    "autolog stamcellstransplantation okt 2022, därefter underhåll med lenalidomid 10 mg dag 1–21. "
                    "Samsjuklighet: förmaksflimmer på apixaban, typ 2-diabetes."),
        ("Aktuellt", "Kvartalskontroll. Trött men arbetar 75 %. Lätta stickningar i fötterna, oförändrat sedan induktionen. "
                     "Två övre luftvägsinfektioner i vintras, ingen antibiotika."),
        ("Status", "AT gott, opåverkad. Inga ödem, ingen lymfadenopati. Vibrationssinne nedsatt fötter bilat. "
                   "Cor oregelbunden rytm, frekvens 80. Pulm ua."),
        ("Lab", "Hb 121, LPK 3,4, neutrofila 1,6, TPK 162. M-komponent ej mätbar, fria lätta kedjor kappa 14 mg/L med "
                "normal kvot. Krea 88, Ca normalt."),
        ("Bedömning", "Myelom i fortsatt stringent komplett respons. Lätt neutropeni av lenalidomid. "
                      "Kvarstående polyneuropati grad 1 efter bortezomib."),
        ("Planering", "Fortsätter lenalidomid 10 mg, ev. dosreduktion till 5 mg om neutrofila sjunker under 1,0. "
                      "Eventuellt pneumokockvaccination på VC i höst. Återbesök om 3 mån med elfores och fria lätta kedjor."),
    ])],
  must_not=[("NL102", "n1")],
  why="long myeloma chart: all diagnoses settled; 'ev.' and 'Eventuellt' hedge only dose and vaccination plans")

C("s28r_hem_polycytemi_inger_misstanke", "skane", P("1958-02-25", "553"), "2024-12-13 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ysd_med", "Mats Pålsson", "läkare",
      "2024-12-09 10:00", "2024-12-09 11:15", [
        ("Aktuellt", "Klåda efter dusch sedan ett år, rodnad i ansiktet. Icke-rökare, normal syrgasmättnad."),
        ("Bedömning", "Hb 192, EVF 0,57. Inger misstanke om polycytemia vera; JAK2 skickat och venesectio 450 ml idag."),
    ])],
  must=[("NL102", "n1")],
  why="'Inger misstanke om polycytemia vera' in visible Bedömning")

C("s28r_hem_trol_et_jak2", "vgr", P("1979-08-30", "926"), "2024-01-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_hem", "Henrik Dahl", "läkare",
      "2024-01-08 14:40", "2024-01-09 07:55", [
        ("Bedömning", "TPK 860 vid upprepade prov, ingen järnbrist, CRP normalt. JAK2 V617F positiv med allelbörda 18 %. "
                      "Trol. essentiell trombocytemi; benmärgsbiopsi bokas för att skilja från prefibrotisk myelofibros. "
                      "Trombyl 75 mg insatt."),
    ])],
  must=[("NL102", "n1")],
  why="abbreviated hedge 'Trol.' before essentiell trombocytemi, with a differential still open")

C("s28r_hem_oklart_om_sarkoidos_eller_lymfom", "skane", P("1985-04-08", "179"), "2024-10-25 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "hbg_med", "Leila Moradi", "läkare",
      "2024-10-22 09:30", "2024-10-22 12:00", [
        ("Aktuellt", "Nattsvettningar, torrhosta och 5 kg viktnedgång på tre månader."),
        ("Utredning", "DT thorax-buk: förstorade lymfkörtlar mediastinalt, hilärt och retroperitonealt, mjälte 14 cm. "
                      "S-ACE lätt förhöjt."),
        ("Bedömning", "Oklart om det rör sig om sarkoidos eller lymfom. EBUS med körtelbiopsi bokad nästa vecka."),
    ])],
  must=[("NL102", "n1")],
  why="'Oklart om det rör sig om sarkoidos eller lymfom' keeps two diagnoses open in a visible section")

C("s28r_pmo_vc_misstankt_pmr_remiss", "skane", P("1950-06-27", "742"), "2024-03-08 00:00", [
    N("n1", "PMO", "Läkaranteckning", "vc_linero", "Björn Axelsson", "läkare",
      "2024-03-05 15:00", "2024-03-05 15:40", [
        ("Bedömning", "Misstänkt PMR, SR 58. Prednisolon 15 mg provas, remiss till reumatologen för bedömning."),
    ])],
  must_not=[("NL102", "n1")],
  why="PMO primary-care note; hedged PMR is not shown since PMO never shows diagnoses")

C("s28r_barn_tidiga_hyp_mall_all_femaring", "skane", P("2019-05-14", "588"), "2024-09-20 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "lu_barnhem", "Linnea Sjöholm", "läkare",
      "2024-09-17 17:20", "2024-09-17 17:50", [
        ("Bedömning", "Pancytopeni, benvärk och lymfadenopati hos femårig flicka. Bild som vid ALL, "
                      "flödescytometri på benmärg i narkos i morgon."),
    ])],
  must_not=[("NL102", "n1")],
  why="child under 13 (guardians read): hedged ALL only in a Skåne Tidiga hypoteser note")

C("s28r_reum_differentialdiagnostiskt_reaktiv_artrit", "vgr", P("1990-09-09", "395"), "2024-07-05 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_reum", "Maria Al-Haddad", "läkare",
      "2024-07-02 10:20", "2024-07-02 11:00", [
        ("Status", "Monoartrit vä knä, debut två veckor efter Campylobacter-enterit. Odling från ledvätskan neg."),
        ("Bedömning", "Differentialdiagnostiskt reaktiv artrit alternativt debut av spondylartrit. HLA-B27 skickat, "
                      "naproxen 500 mg x 2 i två veckor."),
    ])],
  must=[("NL102", "n1")],
  why="'Differentialdiagnostiskt reaktiv artrit alternativt ... spondylartrit' in visible Bedömning")

# ---------------------------------------------------------------- part 5: NL101, second batch
C("s28r_nl101_kml_avvaktar_med_att_informera", "vgr", P("1981-02-18", "152"), "2024-10-11 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_hem", "Sanna Blom", "läkare",
      "2024-10-08 16:00", "2024-10-08 16:20", [
        ("Utredning", "BCR-ABL1 p210 påvisat i perifert blod, KML i kronisk fas bekräftad."),
        ("Planering", "Avvaktar med att informera pat till återbesöket på torsdag då hustrun kan närvara. "
                      "Imatinib förbereds."),
    ])],
  must=[("NL101", "n1")],
  why="confirmed CML in a visible section; telling the patient is deliberately deferred ('Avvaktar med att informera')")

C("s28r_nl101_gca_informerad_per_telefon", "skane", P("1949-11-04", "426"), "2024-06-28 00:00", [
    N("n1", "Melior", "Telefonanteckning", "kri_reum", "Ingrid Welander", "läkare",
      "2024-06-25 12:10", "2024-06-25 12:25", [
        ("Telefonkontakt", "Informerad per telefon om att temporalisbiopsin visar jättecellsarteriit. Fortsätter Prednisolon "
                           "40 mg, nedtrappningsschemat skickas via 1177."),
    ])],
  must_not=[("NL101", "n1")],
  why="the patient was informed of the GCA diagnosis by phone")

C("s28r_nl101_ssk_provtid_ej_meddelad", "vgr", P("1987-05-30", "664"), "2024-11-22 00:00", [
    N("n1", "Melior", "Telefonanteckning", "nu_reum", "Therese Karlsson", "sjuksköterska",
      "2024-11-19 14:00", "2024-11-19 14:10", [
        ("Telefonkontakt", "SLE med njurengagemang, stabil på mykofenolat. Pat har inte fått sin nya provtid meddelad ännu; "
                           "tid bokas när schemat för december är klart."),
    ])],
  must_not=[("NL101", "n1")],
  why="the untold item is a lab appointment, not the SLE diagnosis")

C("s28r_nl101_pv_jak2_ej_meddelats", "skane", P("1961-08-01", "391"), "2024-07-05 00:00", [
    N("n1", "Melior", "Provsvarsanteckning", "ysd_med", "Mats Pålsson", "läkare",
      "2024-07-01 13:30", "2024-07-01 13:45", [
        ("Provsvar", "JAK2 V617F positiv. Med Hb 185 och vattenklåda uppfyller pat kriterierna för polycytemia vera."),
        ("Planering", "Pat har ej meddelats resultatet, besked vid venesectio på dagvården 3/7."),
    ])],
  must=[("NL101", "n1")],
  why="polycythaemia vera stated in a visible result note and 'Pat har ej meddelats resultatet'")

C("s28r_nl101_al_amyloidos_ej_delgivits", "vgr", P("1951-03-09", "113"), "2024-03-22 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Maja Lundström", "läkare",
      "2024-03-19 10:30", "2024-03-19 11:05", [
        ("Utredning", "Bukfettsbiopsi Kongo-röd positiv, typning visar AL-amyloidos av lambda-typ. "
                      "Hjärt-MR med tecken på kardiellt engagemang."),
        ("Bedömning", "Ej delgivits pat ännu; genomgång planeras med kardiolog närvarande."),
    ])],
  must=[("NL101", "n1")],
  why="AL amyloidosis in visible Utredning and 'Ej delgivits pat ännu'")

C("s28r_nl101_mds_informerades_igar", "vgr", P("1944-09-28", "339"), "2024-05-10 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sas_hem", "Elin Ragnarsson", "läkare",
      "2024-05-07 08:50", "2024-05-07 09:30", [
        ("Bedömning", "MDS med ringsideroblaster och SF3B1-mutation, transfusionsberoende. Pat informerades igår av mig om "
                      "diagnosen och om möjligheten till behandling med luspatercept."),
    ])],
  must_not=[("NL101", "n1")],
  why="the patient was told the MDS diagnosis the day before")

C("s28r_nl101_pmr_dexa_normal_ej_informerad", "skane", P("1955-01-17", "806"), "2024-10-18 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Karin Holmqvist", "läkare",
      "2024-10-14 11:00", "2024-10-14 11:20", [
        ("Bedömning", "Känd PMR sedan 2023, nu Prednisolon 5 mg. DEXA från 2/10 normal, T-score -0,8 i ländryggen. "
                      "Pat inte informerad om resultatet ännu, får svaret i brev."),
    ])],
  must_not=[("NL101", "n1")],
  why="the result not yet told is a normal DEXA, not a diagnosis")

C("s28r_nl101_recidiv_maken_far_inte_veta", "vgr", P("1970-12-12", "286"), "2024-04-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Ida Sjöberg", "läkare",
      "2024-04-09 14:20", "2024-04-09 15:10", [
        ("Bedömning", "Recidiv av follikulärt lymfom i vä axill, PAD bekräftat."),
        ("Samtal", "Pat informerad idag om recidivet. Hon önskar att maken inte får veta förrän efter hans operation "
                   "nästa vecka, vilket vi respekterar."),
    ])],
  must_not=[("NL101", "n1")],
  why="the patient is told; only her husband is not to know yet")

C("s28r_nl101_skane_mall_tidiga_hyp_harcell", "skane", P("1966-05-25", "474"), "2024-06-14 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "lu_hem", "Gustav Lindh", "läkare",
      "2024-06-10 15:00", "2024-06-10 15:15", [
        ("Bedömning", "Morfologi och flödescytometri förenliga med hårcellsleukemi. Pat ej informerad, besked ges vid besöket 12/6."),
    ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Skåne: untold hairy-cell leukaemia is kept in a Tidiga hypoteser note, the protected place")

C("s28r_nl101_vgr_tidiga_hyp_och_bedomning_lacker", "vgr", P("1947-06-19", "157"), "2024-01-26 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sas_hem", "Malin Gustafsson", "läkare",
      "2024-01-23 13:00", "2024-01-23 13:40", [
        ("Tidiga hypoteser", "Benmärg med 25 % plasmaceller."),
        ("Bedömning", "Myelom IgG-lambda, behandlingskrävande pga anemi. Pat ännu ej informerad om myelomet, besked på måndag."),
    ])],
  must=[("NL101", "n1")],
  why="VGR: a Tidiga hypoteser section exists, but the untold myeloma is also written in visible Bedömning")

C("s28r_nl101_lab_ringer_blaster_ej_nadd", "skane", P("1948-10-15", "224"), "2024-08-16 00:00", [
    N("n1", "Melior", "Telefonanteckning", "hbg_med", "Leila Moradi", "läkare",
      "2024-08-13 17:05", "2024-08-13 17:40", [
        ("Telefonkontakt", "Lab ringer: 30 % blaster i perifert utstryk. Akut leukemi, subtyp ännu ej fastställd. "
                           "Pat har inte nåtts och är ännu ej informerad; söker via dottern och ringer igen inom en timme."),
    ])],
  must=[("NL101", "n1")],
  why="lab phone call: acute leukaemia documented visibly while the patient is not yet informed")

C("s28r_pmo_vc_misstankt_myelom_ej_informerad", "skane", P("1953-04-03", "359"), "2024-11-08 00:00", [
    N("n1", "PMO", "Läkaranteckning", "vc_naset", "Ulla Jeppsson", "läkare",
      "2024-11-05 12:30", "2024-11-05 12:50", [
        ("Bedömning", "Misstänkt myelom med M-komponent 28 g/L och ryggvärk. Pat ej informerad om misstanken, "
                      "remiss till hematologen skickad som brådskande."),
    ])],
  must_not=[("NL102", "n1")],
  why="PMO note: hedged myeloma never shows in 1177 from PMO (NL101 is not asserted on PMO)")

C("s28r_nl101_myelofibros_besked_forst_i_morgon", "skane", P("1962-11-21", "580"), "2024-02-23 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_hem", "Tove Bengtsson", "läkare",
      "2024-02-20 15:40", "2024-02-20 16:05", [
        ("Bedömning", "Benmärgsbiopsin visar primär myelofibros, JAK2-positiv, DIPSS intermediär-2. "
                      "Beskedet till pat ges först i morgon, då ansvarig överläkare är tillbaka."),
    ])],
  must=[("NL101", "n1")],
  why="primary myelofibrosis written visibly; the patient will only be told tomorrow")

C("s28r_nl101_utkast_forvarvad_hemofili", "vgr", P("1944-02-29", "702"), "2024-12-20 00:00", [
    N("n1", "Melior", "Läkaranteckning", "kung_med", "Karl Svensson", "läkare",
      "2024-12-17 18:10", None, [
        ("Bedömning", "Förvärvad hemofili A, faktor VIII 2 % med inhibitor 18 BU. Pat inte underrättad om diagnosen än, "
                      "samtal efter konferens med koagulationsjouren i morgon."),
    ], setting="slutenvård")],
  must=[("NL101", "n1")],
  why="unsigned draft (pre-signing): acquired haemophilia stated while 'Pat inte underrättad om diagnosen än'")

C("s28r_nl101_axspa_informerad_via_1177", "skane", P("1972-07-12", "933"), "2024-09-13 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Erik Sandell", "läkare",
      "2024-09-10 09:00", "2024-09-10 09:30", [
        ("Bedömning", "HLA-B27 positiv, MR SI-leder med bilateral sakroiliit. Axial spondylartrit. "
                      "Pat informerad via 1177-meddelande om svaren och diagnosen, återbesök bokat för start av TNF-hämmare."),
    ])],
  must_not=[("NL101", "n1")],
  why="the patient was informed through a 1177 message")

# ---------------------------------------------------------------- part 6: NL102 variety, typos
C("s28r_ale_fragestallning_myelom", "vgr", P("1956-07-27", "271"), "2024-03-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ale_med", "Karl Svensson", "läkare",
      "2024-03-12 10:40", "2024-03-12 11:20", [
        ("Utredning", "Frågeställning myelom? Ryggvärk, anemi och högt totalprotein. "
                      "Elfores, fria lätta kedjor och lågdos-DT skelett beställda."),
    ])],
  must=[("NL102", "n1")],
  why="'Frågeställning myelom?' names an open diagnostic question about the patient in visible Utredning")

C("s28r_hemdv_bild_som_vid_aiha", "skane", P("1990-02-03", "846"), "2024-05-24 00:00", [
    N("n1", "Melior", "Dagvårdsanteckning", "lu_hemdv", "Rasmus Friberg", "läkare",
      "2024-05-21 08:30", "2024-05-21 12:40", [
        ("Lab", "Hb 74, retikulocyter 9 %, sfärocyter i utstryk, DAT pos för IgG och C3d."),
        ("Bedömning", "Bild som vid autoimmun hemolytisk anemi. Prednisolon 1 mg/kg och folsyra, blodtransfusion 1 enhet idag."),
    ])],
  must=[("NL102", "n1")],
  why="'Bild som vid autoimmun hemolytisk anemi' in a visible day-care Bedömning")

C("s28r_reum_typo_sanolikt_sjogren", "vgr", P("1971-10-14", "524"), "2024-09-06 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_reum", "Sanna Blom", "läkare",
      "2024-09-03 13:10", "2024-09-03 15:00", [
        ("Anamnes", "Torra ögon och mun sedan flera år, svullnad framför öronen i omgångar."),
        ("Bedömning", "Schirmer 3 mm bilat, anti-SSA pos. Sanolikt Sjögrens syndrom, läppbiopsi bokas."),
    ])],
  must=[("NL102", "n1")],
  why="typo 'Sanolikt' for sannolikt; hedged Sjögren in visible Bedömning")

C("s28r_reum_inga_tecken_pa_myosit_statin", "skane", P("1962-04-09", "611"), "2024-04-05 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_reum", "Fredrik Olsson", "läkare",
      "2024-04-02 14:00", None, [
        ("Bedömning", "Statinbehandlad, muskelvärk i låren. CK 190, normal kraft, MR lår utan ödem. Inga tecken på myosit. "
                      "Statinpaus 4 v i samråd med kardiologen."),
    ])],
  must_not=[("NL102", "n1")],
  why="unsigned draft; myositis is negated ('Inga tecken på myosit'); nothing hedged remains")

C("s28r_reum_typo_evnetuellt_hojning_mtx", "vgr", P("1976-03-31", "688"), "2024-02-09 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "nu_reum", "Therese Karlsson", "sjuksköterska",
      "2024-02-06 09:30", "2024-02-06 10:15", [
        ("Aktuellt", "Ssk-besök, RA sedan 2022. Fler ömma leder i händerna senaste månaden, DAS28-CRP 3,6."),
        ("Planering", "Evnetuellt höjning av MTX till 20 mg/v efter läkarbedömning, pat positiv till det. "
                      "Lab om 4 v."),
    ])],
  must_not=[("NL102", "n1")],
  why="typo 'Evnetuellt' hedges a dose increase (plan); RA is confirmed")

C("s28r_hem_pet_talar_for_transformation", "skane", P("1959-12-22", "117"), "2024-11-01 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_hem", "Rasmus Friberg", "läkare",
      "2024-10-28 10:00", "2024-10-28 16:15", [
        ("Aktuellt", "Follikulärt lymfom sedan 2018, watch and wait. Ny snabbväxande körtel i vä ljumske och LD 480."),
        ("Bedömning", "PET med SUVmax 21 i ljumskkörteln talar för transformation till aggressivt lymfom. Biopsi bokas."),
    ])],
  must=[("NL102", "n1")],
  why="'talar för transformation till aggressivt lymfom' is a hedged new diagnosis in visible Bedömning")

C("s28r_hemavd_misstankt_ttp", "vgr", P("1988-08-17", "208"), "2024-07-19 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "su_hemavd", "Maja Lundström", "läkare",
      "2024-07-16 02:30", "2024-07-16 04:10", [
        ("Aktuellt", "Trombocyter 12, schistocyter 4 %, LD 1500, lätt förvirrad vid ankomst."),
        ("Bedömning", "Misstänkt TTP. ADAMTS13 skickat akut, plasmaferes startas i natt."),
    ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="admission note: 'Misstänkt TTP' in visible Bedömning")

C("s28r_hemavd_epikris_hlh_bekraftad", "skane", P("1976-01-06", "453"), "2024-03-01 00:00", [
    N("n1", "Melior", "Epikris", "lu_hemavd", "Cecilia Ahlström", "läkare",
      "2024-02-26 14:00", "2024-02-27 10:30", [
        ("Diagnos", "Hemofagocyterande lymfohistiocytos (HLH) utlöst av EBV-infektion, HScore 240, hemofagocytos i benmärgen."),
        ("Epikris", "Inlagd med feber och pancytopeni. Behandlad med dexametason och etoposid enl HLH-94 med god effekt, "
                    "ferritin sjunkit från 38 000 till 900. Eventuellt ny benmärg om 3 mån beroende på förloppet."),
    ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="discharge summary with a confirmed HLH diagnosis; 'Eventuellt' hedges only a follow-up test")

C("s28r_barn_farfar_ev_leukemi_talassemi", "vgr", P("2015-08-10", "466"), "2024-06-14 00:00", [
    N("n1", "Melior", "Läkaranteckning", "dsb_hem", "Hanna Eriksson", "läkare",
      "2024-06-11 13:00", "2024-06-11 14:30", [
        ("Anamnes", "Hereditet: pappans far hade ev. leukemi, familjen vet inte vilken typ. Flickan har haft lätt anemi sedan förskolan."),
        ("Bedömning", "Betatalassemi minor verifierad med Hb-elfores. Ingen behandling; järn ska inte ges så länge ferritin är normalt."),
    ])],
  must_not=[("NL102", "n1")],
  why="child (guardians read): the hedged leukaemia belongs to the grandfather; the child's diagnosis is verified")

C("s28r_reum_tidigare_sle_misstanke_avskrevs", "skane", P("1984-05-02", "748"), "2024-08-23 00:00", [
    N("n1", "Melior", "Läkaranteckning", "kri_reum", "Johan Ekdahl", "läkare",
      "2024-08-20 10:15", "2024-08-20 12:00", [
        ("Anamnes", "Utreddes 2019 för SLE pga ANA-positivitet; misstanken avskrevs efter normala njurprover och negativa "
                    "specifika antikroppar."),
        ("Bedömning", "Fibromyalgi enligt ACR 2016-kriterierna, ingen inflammatorisk sjukdom. Remiss till smärtrehab."),
    ])],
  must_not=[("NL102", "n1")],
  why="the earlier SLE suspicion was dismissed ('misstanken avskrevs'); the current diagnosis is settled")

C("s28r_reum_mojligen_latt_svullnad_kna", "vgr", P("1975-11-08", "493"), "2024-12-13 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_reum", "Lena Fagerström", "läkare",
      "2024-12-10 09:10", "2024-12-10 10:00", [
        ("Status", "Möjligen lätt svullnad vä knä, svårbedömt pga bukfetma och kraftiga lår. Övriga leder ua, huden fri."),
        ("Bedömning", "Psoriasisartrit i remission på sekukinumab, fortsätter oförändrat."),
    ])],
  must_not=[("NL102", "n1")],
  why="'Möjligen' hedges a status finding (svullnad), not a disease; the diagnosis is confirmed")

C("s28r_reum_mr_si_sannolik_axspa", "skane", P("1995-06-15", "257"), "2024-06-28 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_reum", "Sofia Mårtensson", "läkare",
      "2024-06-24 13:30", "2024-06-24 14:50", [
        ("Anamnes", "Inflammatorisk ryggvärk sedan tre år, bättre av rörelse, vaknar kl 4 av värk."),
        ("Bedömning", "MR SI-leder med benmärgsödem bilat på iliakala sidan. Sannolik axial spondylartrit trots "
                      "negativ HLA-B27. Fysioterapi och NSAID, utvärdering om 3 mån."),
    ])],
  must=[("NL102", "n1")],
  why="'Sannolik axial spondylartrit' in visible Bedömning")

C("s28r_reum_typo_uttesluta_behcet", "vgr", P("1993-04-20", "115"), "2024-10-04 00:00", [
    N("n1", "Melior", "Läkaranteckning", "nu_reum", "Per Strömberg", "läkare",
      "2024-10-01 11:00", "2024-10-01 12:10", [
        ("Anamnes", "Återkommande munsår och genitala sår sedan ett år, pustler på benen. Föräldrarna från Turkiet."),
        ("Bedömning", "Kan inte uttesluta Behçets sjukdom. Patergitest bokat, remiss till ögonkliniken för uveitscreening."),
    ])],
  must=[("NL102", "n1")],
  why="typo 'uttesluta' in the hedge 'Kan inte utesluta'; Behçet is an open diagnosis in a visible section")

C("s28r_hem_pseudotrombocytopeni_aggregation", "skane", P("1980-10-30", "684"), "2024-01-19 00:00", [
    N("n1", "Melior", "Telefonanteckning", "hbg_med", "Leila Moradi", "läkare",
      "2024-01-16 15:00", "2024-01-16 15:15", [
        ("Telefonkontakt", "TPK 38 i EDTA-rör vid hälsokontroll, inga blödningar. Sannolikt aggregation i röret; i citratrör 224. "
                           "Ingen trombocytopeni, ingen ytterligare utredning. Pat meddelad."),
    ])],
  must_not=[("NL102", "n1")],
  why="'Sannolikt' hedges platelet clumping in the tube (an artefact), and thrombocytopenia is explicitly absent")

C("s28r_reum_anemi_kronisk_inflammation", "vgr", P("1966-07-11", "542"), "2024-05-17 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_reum", "Anders Lindqvist", "läkare",
      "2024-05-14 14:20", "2024-05-14 15:00", [
        ("Bedömning", "Hb 104, normocytär, ferritin 310, transferrinmättnad 12 %. Sannolikt anemi vid kronisk inflammation "
                      "pga aktiv RA; samtidig järnbrist kan ej helt uteslutas. Byter till JAK-hämmare."),
    ])],
  must=[("NL102", "n1")],
  why="'Sannolikt anemi vid kronisk inflammation' and 'järnbrist kan ej helt uteslutas' in visible Bedömning")

# ---------------------------------------------------------------- part 7: long charts, nurses, drafts, NL101 third batch
C("s28r_long_sle_halvarskontroll_graviditet", "vgr", P("1991-04-24", "862"), "2024-04-30 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_reum", "Maria Al-Haddad", "läkare",
      "2024-04-25 13:00", "2024-04-26 09:15", [
        ("Anamnes", "SLE diagnostiserad 2016 med hud-, led- och hematologiskt engagemang; lupusnefrit klass III 2018 "
                    "behandlad enligt Euro-Lupus. Underhåll hydroxiklorokin 200 mg x 1 och azatioprin 100 mg. "
                    "Antifosfolipidantikroppar neg."),
        ("Aktuellt", "Halvårskontroll. Mår bra, inga nya utslag, lite håravfall i vintras som gått över. "
                     "Planerar graviditet nästa år och vill diskutera läkemedlen."),
        ("Status", "BT 118/72. Inga synoviter, inga munsår. Ingen fjärilsrodnad. Inga ödem."),
        ("Lab", "Hb 128, LPK 4,1, TPK 210. Anti-dsDNA 12 (normalt), C3 och C4 normala. U-alb/krea 2,1, krea 61."),
        ("Bedömning", "SLE i låg sjukdomsaktivitet, SLEDAI 0, stabil njurfunktion."),
        ("Planering", "Azatioprin och hydroxiklorokin kan fortsätta under graviditet. Ev. remiss till specialistmödravården "
                      "när hon blir gravid. Möjligen tillägg av lågdos-ASA från v 12. Återbesök om 6 mån."),
    ])],
  must_not=[("NL102", "n1")],
  why="long SLE chart: diagnoses settled; 'Ev.' and 'Möjligen' hedge only referral and medication plans")

C("s28r_long_hodgkin_misstankt_recidiv", "skane", P("1987-09-03", "491"), "2024-09-27 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_hem", "Gustav Lindh", "läkare",
      "2024-09-23 09:00", "2024-09-23 15:20", [
        ("Anamnes", "Hodgkinlymfom stadium IIA 2021, ABVD x 4 och strålbehandling mot halsen med komplett metabol remission. "
                    "Hypotyreos efter strålningen, Levaxin 75 µg."),
        ("Aktuellt", "Planerad uppföljning 3 år efter behandling. Har själv känt en knöl i vä axill sedan 3 veckor, den ömmar inte. "
                     "Nattsvettas några nätter i veckan, ingen feber, vikten stabil."),
        ("Status", "AT gott. Vä axill: fast, oöm körtel ca 2,5 cm. Halsen ua. Inga övriga förstorade körtlar, "
                   "mjälten ej palpabel. Cor/pulm ua."),
        ("Lab", "SR 41, Hb 126, LPK 7,9, eosinofila 0,8, LD 210, albumin 36."),
        ("Bedömning", "Ny axillär körtel med B-symtom och stigande SR, misstänkt recidiv av Hodgkinlymfom."),
        ("Planering", "PET-DT och ultraljudsledd mellannålsbiopsi inom 10 dagar. Kontaktsjuksköterskan Maria ringer med tider, "
                      "nytt läkarbesök när svaren finns."),
    ])],
  must=[("NL102", "n1")],
  why="long follow-up chart; 'misstänkt recidiv av Hodgkinlymfom' in visible Bedömning")

C("s28r_ssk_telefon_misstankt_septisk_artrit", "vgr", P("1959-02-11", "782"), "2024-03-08 00:00", [
    N("n1", "Melior", "Telefonanteckning", "su_reum", "Anna Hedlund", "sjuksköterska",
      "2024-03-05 08:10", "2024-03-05 08:35", [
        ("Telefonrådgivning", "RA-pat på abatacept ringer: varmt, svullet hö knä sedan igår och feber 38,9 i morse."),
        ("Åtgärd", "Efter samråd med dr Al-Haddad: misstänkt septisk artrit. Pat hänvisas direkt till ortopedakuten "
                   "för ledpunktion, abatacept pausas tills vidare."),
    ])],
  must=[("NL102", "n1")],
  why="specialist nurse's phone note: 'misstänkt septisk artrit' in visible Åtgärd")

C("s28r_utkast_misstankt_iga_vaskulit", "skane", P("1985-12-18", "335"), "2024-11-22 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_reum", "Fredrik Olsson", "läkare",
      "2024-11-19 16:30", None, [
        ("Bedömning", "Palpabel purpura på benen, artralgier och mikroskopisk hematuri efter halsfluss. "
                      "Misstänkt IgA-vaskulit, hudbiopsi med immunfluorescens tagen."),
    ])],
  must=[("NL102", "n1")],
  why="unsigned draft (pre-signing): 'Misstänkt IgA-vaskulit' in a visible section")

C("s28r_pmo_telefon_trolig_jarnbristanemi", "skane", P("1979-01-29", "404"), "2024-06-21 00:00", [
    N("n1", "PMO", "Telefonkontakt", "vc_linero", "Johanna Malm", "sjuksköterska",
      "2024-06-18 10:00", "2024-06-18 10:10", [
        ("Telefonkontakt", "Pat ringer om provsvar: Hb 102, ferritin 6. Enligt dr Axelsson trolig järnbristanemi; "
                           "järntabletter ordineras, ny kontroll om 8 v."),
    ])],
  must_not=[("NL102", "n1")],
  why="PMO phone note: hedged iron-deficiency anaemia is not shown from PMO")

C("s28r_reum_ra_fragetecken_efter", "vgr", P("1958-08-05", "940"), "2024-08-09 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_reum", "Sanna Blom", "läkare",
      "2024-08-06 10:30", "2024-08-06 11:15", [
        ("Status", "Svullnad handleder bilat och MCP 2–4 hö, Gaenslens test pos."),
        ("Bedömning", "Reumatoid artrit? Avvaktar serologi innan DMARD, Prednisolon 10 mg tills vidare."),
    ])],
  must=[("NL102", "n1")],
  why="trailing question mark ('Reumatoid artrit?') marks an uncertain diagnosis in visible Bedömning")

C("s28r_hem_kryoglobulinemi_kan_ej_uteslutas", "skane", P("1960-03-16", "786"), "2024-02-02 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_hem", "Ebba Nyström", "läkare",
      "2024-01-29 14:00", "2024-01-29 15:20", [
        ("Anamnes", "Hepatit C behandlad 2019. Nu purpura, ledvärk och domningar i fötterna."),
        ("Bedömning", "Lågt C4 och RF pos. Kryoglobulinemisk vaskulit kan ej uteslutas; kryoglobuliner tas på varmt rör "
                      "och U-sediment skickas."),
    ])],
  must=[("NL102", "n1")],
  why="'Kryoglobulinemisk vaskulit kan ej uteslutas' in visible Bedömning")

C("s28r_hem_typo_misstakt_hodgkin", "vgr", P("2003-05-09", "173"), "2024-05-24 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sas_hem", "Malin Gustafsson", "läkare",
      "2024-05-21 11:00", "2024-05-21 12:30", [
        ("Aktuellt", "21-årig man med klåda, nattsvettningar och förstorade körtlar på halsen sedan två månader."),
        ("Bedömning", "Misstäkt Hodgkins lymfom. Körtelexstirpation bokad på ÖNH i morgon, PET-DT samma vecka."),
    ])],
  must=[("NL102", "n1")],
  why="typo 'Misstäkt' for misstänkt; hedged lymphoma in a visible section")

C("s28r_nl101_long_kll_behandlingsstart_inget_om_besked", "skane", P("1950-10-01", "399"), "2024-10-25 00:00", [
    N("n1", "Melior", "Läkaranteckning", "hbg_med", "Niklas Håkansson", "läkare",
      "2024-10-21 10:00", "2024-10-21 16:30", [
        ("Anamnes", "KLL diagnostiserad 2020, IGHV-omuterad, ingen del(17p) eller TP53-mutation. Watch and wait hittills. "
                    "Hypertoni, prostatahyperplasi."),
        ("Aktuellt", "Tilltagande trötthet, synliga körtlar på halsen och nattsvettningar flera gånger i veckan sedan i somras. "
                     "Två lunginflammationer senaste halvåret."),
        ("Status", "AT något nedsatt. Lymfkörtlar hals bilat upp till 4 cm, axiller 3 cm. Mjälten 3 cm under arcus. Cor/pulm ua."),
        ("Lab", "Hb 104, LPK 168, lymfocyter 160, TPK 92. IgG 4,1."),
        ("Bedömning", "Behandlingskrävande KLL enligt iwCLL med anemi, B-symtom och bulkig lymfadenopati. "
                      "Hypogammaglobulinemi med upprepade infektioner."),
        ("Planering", "Start akalabrutinib 100 mg x 2 vecka 44, EKG och BT-kontroll före start. Subkutan immunglobulinsubstitution "
                      "remitteras till dagvården. Kontaktsjuksköterskan följer upp per telefon efter två veckor."),
    ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="long chart with only settled diagnoses and nothing at all said about telling the patient")

C("s28r_nl101_mds_ib2_har_inte_informerats", "vgr", P("1949-12-09", "218"), "2024-11-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Maja Lundström", "läkare",
      "2024-11-12 15:00", "2024-11-12 15:30", [
        ("Bedömning", "Pat har ännu inte informerats om att benmärgen visar MDS med ökade blaster (MDS-IB2, 14 %). "
                      "Återbesök med sonen bokat på fredag, azacitidin förbereds."),
    ])],
  must=[("NL101", "n1")],
  why="MDS-IB2 stated in visible Bedömning with 'Pat har ännu inte informerats'")

C("s28r_nl101_sklerodermi_ild_ovetande", "skane", P("1967-06-06", "528"), "2024-03-29 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Karin Holmqvist", "läkare",
      "2024-03-26 16:00", "2024-03-26 16:20", [
        ("Utredning", "HRCT thorax: interstitiell lungsjukdom av NSIP-typ vid känd systemisk skleros, nytillkommet sedan 2022."),
        ("Bedömning", "Pat ovetande om lungfyndet, tas upp vid besöket nästa vecka tillsammans med spirometrisvaret."),
    ])],
  must=[("NL101", "n1")],
  why="new interstitial lung disease written visibly while 'Pat ovetande om lungfyndet'")

C("s28r_nl101_osteolyser_ej_underrattad", "vgr", P("1953-09-19", "356"), "2024-07-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "skas_hem", "Henrik Dahl", "läkare",
      "2024-07-09 13:10", "2024-07-09 13:50", [
        ("Utredning", "Lågdos-DT skelett: multipla osteolyser i bäcken och bröstrygg. Känd MGUS har progredierat till myelom."),
        ("Bedömning", "Pat ännu ej underrättad om DT-fynden; kallas till besök i morgon."),
    ])],
  must=[("NL101", "n1")],
  why="progression to myeloma stated visibly and the patient not yet told of the CT findings")

C("s28r_nl101_typo_informrad_mpo_vaskulit", "skane", P("1957-10-10", "260"), "2024-12-06 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_reum", "Erik Sandell", "läkare",
      "2024-12-03 11:40", "2024-12-03 12:00", [
        ("Utredning", "Njurbiopsi: pauci-immun nekrotiserande glomerulonefrit. MPO-ANCA-associerad vaskulit."),
        ("Bedömning", "Pat inte informrad ännu, jag ringer henne efter ronden och erbjuder besök i eftermiddag."),
    ])],
  must=[("NL101", "n1")],
  why="typo 'informrad'; ANCA vasculitis stated visibly while the patient is not yet informed")

C("s28r_nl101_ssk_dagvard_lakaren_har_inte_hunnit", "vgr", P("1964-04-14", "616"), "2024-01-19 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "su_hemdv", "Johanna Ek", "sjuksköterska",
      "2024-01-16 11:00", "2024-01-16 11:20", [
        ("Omvårdnad", "Benmärgen från förra veckan visar recidiv av AML. Dr Wennberg har inte hunnit informera pat; "
                      "pat frågade om svaret och fick veta att läkaren kommer i eftermiddag."),
    ])],
  must=[("NL101", "n1")],
  why="day-care nurse note: AML relapse written while the doctor has not yet told the patient")

C("s28r_nl101_biverkningsinfo_ej_given", "skane", P("1982-02-22", "446"), "2024-04-19 00:00", [
    N("n1", "Melior", "Läkaranteckning", "kri_reum", "Johan Ekdahl", "läkare",
      "2024-04-16 15:00", "2024-04-16 15:45", [
        ("Bedömning", "Primärt Sjögrens syndrom med artralgier, startar hydroxiklorokin 200 mg."),
        ("Planering", "Pat ännu inte informerad om ögonkontroller och biverkningar av hydroxiklorokin, "
                      "ssk går igenom det vid telefonuppföljningen."),
    ])],
  must_not=[("NL101", "n1")],
  why="what the patient has not been told is drug information, not a diagnosis")

# ---------------------------------------------------------------- part 8: hard negatives, typos, last NL101
C("s28r_reum_typo_ingen_misstake_om_gca", "skane", P("1953-07-28", "640"), "2024-07-26 00:00", [
    N("n1", "Melior", "Läkaranteckning", "hbg_reumdv", "Anneli Sjögren", "läkare",
      "2024-07-23 13:00", "2024-07-23 14:10", [
        ("Aktuellt", "Bandformad huvudvärk sedan en månad, ingen tuggsmärta, inga synbesvär."),
        ("Bedömning", "SR 8, CRP <1, ultraljud temporalis utan halo. Ingen misstake om jättecellsarteriit. "
                      "Spänningshuvudvärk, åter till VC."),
    ])],
  must_not=[("NL102", "n1")],
  why="typo 'misstake' inside the negation 'Ingen misstanke om'; GCA is ruled out")

C("s28r_kungalv_villkor_om_ny_giktattack", "vgr", P("1962-01-04", "077"), "2024-10-18 00:00", [
    N("n1", "Melior", "Läkaranteckning", "kung_med", "Sara Nilsson", "läkare",
      "2024-10-15 09:40", "2024-10-15 10:00", [
        ("Bedömning", "Känd gikt sedan 2019 på allopurinol 300 mg, urat 290 och inga attacker sedan i våras."),
        ("Planering", "Om ny giktattack: colchicin 0,5 mg x 2 i tre dagar och hör av dig till mottagningen."),
    ])],
  must_not=[("NL102", "n1")],
  why="the only 'new attack' is conditional advice ('Om ny giktattack'); gout itself is confirmed")

C("s28r_dagvard_typo_trolgi_renal_anemi", "vgr", P("1946-11-17", "598"), "2024-02-16 00:00", [
    N("n1", "Melior", "Dagvårdsanteckning", "nu_inf", "Jonas Berglund", "läkare",
      "2024-02-13 10:30", "2024-02-13 11:00", [
        ("Bedömning", "Hb 89, normocytär, järnstatus och B12 ua, eGFR 22. Trolgi renal anemi, "
                      "start darbepoetin på dagvården var 2:a vecka."),
    ])],
  must=[("NL102", "n1")],
  why="typo 'Trolgi' for trolig; hedged renal anaemia in visible Bedömning")

C("s28r_hem_typo_ej_forenlit_med_itp", "skane", P("1994-09-14", "268"), "2024-11-29 00:00", [
    N("n1", "Melior", "Läkaranteckning", "ma_hem", "Ebba Nyström", "läkare",
      "2024-11-26 14:30", "2024-11-26 15:00", [
        ("Bedömning", "Trombocyter 85–100 under graviditetens sista trimester, nu 230 åtta veckor efter förlossningen. "
                      "Förloppet är inte förenlit med ITP. Gestationell trombocytopeni, ingen vidare kontroll."),
    ])],
  must_not=[("NL102", "n1")],
  why="typo 'förenlit'; ITP is negated ('inte förenligt med') and the settled diagnosis is gestational thrombocytopenia")

C("s28r_reum_dotter_typo_misstant_jia", "vgr", P("1986-02-14", "804"), "2024-06-07 00:00", [
    N("n1", "Melior", "Läkaranteckning", "nu_reum", "Per Strömberg", "läkare",
      "2024-06-04 15:10", "2024-06-04 15:50", [
        ("Anamnes", "Dottern, 7 år, utreds på barnreumatologen för misstänt JIA och pat har haft svårt att hinna med egen träning."),
        ("Bedömning", "Psoriasisartrit med ökad aktivitet i fötterna, DAS28 4,1. Byter från adalimumab till ixekizumab."),
    ])],
  must_not=[("NL102", "n1")],
  why="the hedged JIA (typo 'misstänt') belongs to the patient's daughter")

C("s28r_barnreum_misstankt_oligoartikular_jia", "skane", P("2020-01-22", "343"), "2024-10-04 00:00", [
    N("n1", "Melior", "Läkaranteckning", "lu_barnreum", "Amanda Rydén", "läkare",
      "2024-10-01 10:00", "2024-10-01 11:40", [
        ("Anamnes", "Pappa berättar att pojken haltar på morgnarna och att vä knä varit svullet i 8 veckor."),
        ("Status", "Svullet, varmt vä knä med extensionsdefekt 10 grader. Övriga leder ua."),
        ("Bedömning", "Misstänkt oligoartikulär JIA. ANA skickat, remiss till ögonkliniken för uveitscreening, "
                      "intraartikulär steroidinjektion i narkos planeras."),
    ])],
  must=[("NL102", "n1")],
  why="4-year-old at paediatric rheumatology (guardians read): 'Misstänkt oligoartikulär JIA' in visible Bedömning")

C("s28r_hem_vgr_tidiga_hyp_t_cellslymfom", "vgr", P("1968-05-31", "232"), "2024-08-30 00:00", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Ida Sjöberg", "läkare",
      "2024-08-27 09:30", "2024-08-27 14:00", [
        ("Aktuellt", "Kliande, fjällande hudförändringar på bålen sedan två år, nu nodulära inslag och en körtel i ljumsken."),
        ("Åtgärd", "Stansbiopsi från nodulus på ryggen och körtelbiopsi bokad."),
        ("Tidiga hypoteser", "Misstänkt kutant T-cellslymfom, mycosis fungoides i tumörstadium."),
    ])],
  must_not=[("NL102", "n1")],
  why="VGR: the suspected T-cell lymphoma is only under sökord Tidiga hypoteser; visible sections describe skin and planned biopsies")

C("s28r_infusion_typo_trolign_infiltrerad_pvk", "skane", P("1973-12-08", "725"), "2024-05-10 00:00", [
    N("n1", "Melior", "Infusionsanteckning", "kri_inf", "Camilla Nordin", "sjuksköterska",
      "2024-05-07 08:00", "2024-05-07 11:30", [
        ("Aktuellt", "RA, infliximab 5 mg/kg var 8:e vecka."),
        ("Omvårdnad", "PVK i vä armveck trolign infiltrerad efter 20 min, svullnad och sveda. Infusionen avbröts, "
                      "ny PVK i hö underarm och resterande dos gick utan problem."),
    ])],
  must_not=[("NL102", "n1")],
  why="typo 'trolign'; the hedge concerns an infiltrated cannula (a nursing event), not a diagnosis")

C("s28r_nl101_epikris_typo_infromerats_pad", "vgr", P("1955-03-27", "172"), "2024-04-19 00:00", [
    N("n1", "Melior", "Epikris", "sas_hem", "Malin Gustafsson", "läkare",
      "2024-04-16 14:00", "2024-04-16 16:30", [
        ("Diagnos", "Diffust storcelligt B-cellslymfom i ventrikeln, PAD kom efter utskrivningen."),
        ("Epikris", "Vårdad för ventrikelblödning, gastroskopi med biopsi. Pat har ej infromerats om PAD-svaret; "
                    "kallas till hematologmottagningen nästa vecka."),
    ], setting="slutenvård")],
  must=[("NL101", "n1")],
  why="typo 'infromerats'; lymphoma in the visible Diagnos section of a discharge summary while the patient is not told")

# === END OF CASES ===


# =============================================================== validation
def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    case_keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    rec_keys = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
    note_keys = ["id", "system", "template", "unit", "author", "time", "signed",
                 "setting", "refs", "sections"]
    for c in cases:
        n = c["case"]
        if list(c.keys()) != case_keys:
            problems.append("%s: case keys %s" % (n, list(c.keys())))
        if not n.startswith("s28r_"):
            problems.append("%s: name prefix" % n)
        if n in names:
            problems.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % n)
        if not c["why"].strip():
            problems.append("%s: empty why" % n)
        r = c["record"]
        if list(r.keys()) != rec_keys:
            problems.append("%s: record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            problems.append("%s: non-empty events/conversations/treatments" % n)
        p = r["patient"]
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: personnummer format %s" % (n, pid))
            continue
        if not luhn_ok(pid[2:8] + pid[9:]):
            problems.append("%s: Luhn %s" % (n, pid))
        try:
            bd = date.fromisoformat(p["birth_date"])
        except ValueError:
            problems.append("%s: birth_date" % n)
            continue
        if pid[:8] != bd.strftime("%Y%m%d"):
            problems.append("%s: personnummer does not match birth_date" % n)
        try:
            as_of = datetime.fromisoformat(r["as_of"])
        except (TypeError, ValueError):
            problems.append("%s: as_of" % n)
            continue
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % n)
        age = age_at(bd, as_of.date())
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d not allowed" % (n, age))
        ids = {}
        for note in r["notes"]:
            if list(note.keys()) != note_keys:
                problems.append("%s: note keys %s" % (n, list(note.keys())))
            if note["id"] in ids:
                problems.append("%s: duplicate note id" % n)
            ids[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %s" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % n)
            hsa = note["unit"]["hsa_id"]
            want = SKANE_HSA if c["ruleset"] == "skane" else VGR_HSA
            if not hsa.startswith(want):
                problems.append("%s: unit HSA-id not of the region" % n)
            if note["author"]["role"] not in ("läkare", "sjuksköterska", "undersköterska",
                                              "fysioterapeut", "arbetsterapeut", "kurator",
                                              "dietist", "biomedicinsk analytiker"):
                problems.append("%s: role %s" % (n, note["author"]["role"]))
            if note["setting"] not in ("öppenvård", "slutenvård"):
                problems.append("%s: setting" % n)
            try:
                t = datetime.fromisoformat(note["time"])
                if t.year != 2024:
                    problems.append("%s: note time not 2024" % n)
                if t > as_of:
                    problems.append("%s: note after as_of" % n)
                if note["signed"] is not None:
                    s = datetime.fromisoformat(note["signed"])
                    if s.year != 2024 or s < t:
                        problems.append("%s: signed time" % n)
                    if s > as_of:
                        problems.append("%s: signed after as_of" % n)
            except (TypeError, ValueError):
                problems.append("%s: bad note time" % n)
            if not note["sections"]:
                problems.append("%s: note without sections" % n)
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    problems.append("%s: bad section" % n)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (n, note["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r"
                                            % (n, seen_sent[sent][0], sent))
                        elif sent in seen_sent:
                            problems.append("%s: sentence repeated within section: %r" % (n, sent))
                        else:
                            seen_sent[sent] = (n, note["id"], sec["keyword"])
        asserted = set()
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % n)
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    problems.append("%s: bad assertion %r" % (n, item))
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    problems.append("%s: code %s outside this set" % (n, code))
                if target not in ids:
                    problems.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (n, code, target))
                asserted.add((code, target))
                system = ids[target]["system"]
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on PMO note" % n)
                # NL102 positives only on Melior; PMO never shows diagnoses, so a
                # hedged PMO diagnosis may only be listed under must_not.
                if code == "NL102" and system != "Melior" and lst == "must":
                    problems.append("%s: NL102 must on a non-Melior note" % n)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for pr in problems:
            print("PROBLEM:", pr, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
