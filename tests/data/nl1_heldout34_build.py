#!/usr/bin/env python3
"""heldout34: an ordinary fortnight (7-20 Oct 2024) across the specialty clinics and
wards of two mid-sized hospitals - Centralsjukhuset Kristianstad / Hässleholms sjukhus
(Region Skåne, Melior; a few primary-care referrers in PMO) and Södra Älvsborgs Sjukhus
Borås / Skene lasarett (VGR, Melior).  Rules annotated: NL101 and NL102 only.

Standard library only, deterministic.  Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2024-10-21T00:00:00"

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne - Melior (hospital)
    "s_med": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K11"),
    "s_medavd6": ("Medicinavdelning 6, Centralsjukhuset Kristianstad", "SE2321000255-4K16"),
    "s_medavd8": ("Medicinavdelning 8 (hjärt), Centralsjukhuset Kristianstad", "SE2321000255-4K18"),
    "s_inf": ("Infektionsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K21"),
    "s_infavd": ("Infektionsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-4K22"),
    "s_kard": ("Kardiologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K31"),
    "s_endo": ("Endokrinologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K35"),
    "s_gastro": ("Mag- och tarmmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K38"),
    "s_lung": ("Lungmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K41"),
    "s_onk": ("Onkologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K44"),
    "s_neuro": ("Neurologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K47"),
    "s_reuma": ("Reumatologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K49"),
    "s_kirmott": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K51"),
    "s_kiravd": ("Kirurgavdelning 12, Centralsjukhuset Kristianstad", "SE2321000255-4K52"),
    "s_uro": ("Urologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K55"),
    "s_hud": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K58"),
    "s_onh": ("Öron-, näs- och halsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K61"),
    "s_ort": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-4H11"),
    "s_ortavd": ("Ortopedavdelning 3, Hässleholms sjukhus", "SE2321000255-4H12"),
    "s_kvinno": ("Kvinnokliniken, gynekologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K71"),
    "s_gynakut": ("Gynakuten, Kvinnokliniken Centralsjukhuset Kristianstad", "SE2321000255-4K72"),
    "s_mvc": ("Specialistmödravården, Kvinnokliniken Centralsjukhuset Kristianstad", "SE2321000255-4K74"),
    "s_barn": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K81"),
    "s_barnavd": ("Barn- och ungdomsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-4K82"),
    "s_barnneuro": ("Barnneurologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K84"),
    "s_bup": ("BUP-mottagningen Kristianstad", "SE2321000255-4P11"),
    "s_psyk": ("Vuxenpsykiatrimottagning Kristianstad", "SE2321000255-4P21"),
    "s_psykavd": ("Psykiatrisk vårdavdelning 2, Kristianstad", "SE2321000255-4P22"),
    "s_rehab": ("Rehabiliteringsmedicinska mottagningen, Hässleholms sjukhus", "SE2321000255-4H31"),
    "s_rehabavd": ("Rehabiliteringsavdelningen, Hässleholms sjukhus", "SE2321000255-4H32"),
    "s_ger": ("Minnesmottagningen, Geriatriska kliniken Hässleholms sjukhus", "SE2321000255-4H41"),
    # Region Skåne - PMO (primary care)
    "s_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-7V12"),
    "s_vc_ahus": ("Vårdcentralen Åhus", "SE2321000255-7V19"),
    "s_bvc": ("Barnavårdscentralen, Vårdcentralen Tollarp", "SE2321000255-7B03"),
    "s_hsv": ("Hemsjukvården Östra, Vårdcentralen Broby", "SE2321000255-7H07"),
    # VGR - Melior
    "v_med": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0M1"),
    "v_medavd41": ("Medicinavdelning 41, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S041"),
    "v_medavd42": ("Medicinavdelning 42, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S042"),
    "v_kardavd": ("Kardiologiavdelning 33, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S033"),
    "v_lung": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0L1"),
    "v_hema": ("Hematologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0H1"),
    "v_diab": ("Diabetesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0D1"),
    "v_endo": ("Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0E1"),
    "v_reuma": ("Reumatologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0R1"),
    "v_neuro": ("Neurologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0N1"),
    "v_stroke": ("Strokeenheten avdelning 32, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S032"),
    "v_kirmott": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0K1"),
    "v_kiravd": ("Kirurgavdelning 52, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S052"),
    "v_uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0U1"),
    "v_brost": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0B1"),
    "v_hud": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0D7"),
    "v_ort": ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0O1"),
    "v_onh": ("Öron-, näs- och halsmottagningen med hörselvård, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0Y1"),
    "v_ogon": ("Ögonmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0G1"),
    "v_onk": ("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0X1"),
    "v_kvinno": ("Kvinnosjukvården, gynekologiska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0Q1"),
    "v_gynakut": ("Gynekologiska akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0Q2"),
    "v_smv": ("Specialistmödravården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0Q4"),
    "v_bb": ("BB-avdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0Q6"),
    "v_barn": ("Barn- och ungdomsmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0C1"),
    "v_barnavd": ("Barnavdelning 5, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0C5"),
    "v_barnakut": ("Barnakuten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0C9"),
    "v_psyk": ("Psykiatrisk öppenvårdsmottagning Borås", "SE2321000131-S0P1"),
    "v_psykavd": ("Psykiatrisk slutenvård avdelning 13, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0P3"),
    "v_rehab": ("Rehabiliteringsmedicinska mottagningen, Skene lasarett", "SE2321000131-S1R1"),
    "v_rehabavd": ("Rehabiliteringsavdelningen, Skene lasarett", "SE2321000131-S1R2"),
    "v_minne": ("Minnesmottagningen, Geriatriken Södra Älvsborgs Sjukhus Borås", "SE2321000131-S0G8"),
}

SYS = {"M": "Melior", "P": "PMO"}

CASES = []


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=()):
    """One note.  `signed` is minutes after `time`, or None for an unsigned draft."""
    t = _dt.datetime.fromisoformat(time)
    return {
        "id": nid,
        "system": SYS[system],
        "template": template,
        "unit": {"name": UNITS[unit][0], "hsa_id": UNITS[unit][1]},
        "author": {"name": author, "role": role},
        "time": t.isoformat(timespec="seconds"),
        "signed": None if signed is None else (t + _dt.timedelta(minutes=signed)).isoformat(timespec="seconds"),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def _targets(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append([it, "n1"])
        else:
            out.append([it[0], it[1]])
    return out


def C(name, ruleset, pnr, notes, must, must_not, why, as_of=AS_OF):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8]),
                        "protected_identity": False},
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


M, P = "M", "P"
OV, SV = "öppenvård", "slutenvård"
L, SSK, BM = "läkare", "sjuksköterska", "barnmorska"

# =====================================================================================
# CASES
# =====================================================================================
# ------------------------------------------------------------------ internal medicine
C("h34-med-misstankt-hjartsvikt-bevarad-ef", "skane", "19461203-3441",
  [N("n1", M, "Läkaranteckning", "s_med", "Karin Lundqvist", L, "2024-10-08T09:40", 35, OV, [
      ("Anamnes", "77-årig kvinna, remiss från VC Näsby pga tilltagande ansträngningsdyspné sedan i somras. "
                  "Sover numera med tre kuddar. Svullna anklar kvällstid. Känd hypertoni sedan 20 år, amlodipin 10 mg."),
      ("Status", "AT gott, lätt takypné vid av- och påklädning. Cor RR, inga blåsljud. "
                 "Pulm: basala krepitationer bilat. Ben: pittingödem upp till mitten av underbenen."),
      ("Lab", "NT-proBNP 2 840 ng/l, krea 98, Hb 128, K 4,1."),
      ("Bedömning", "Misstänkt hjärtsvikt, sannolikt med bevarad EF med tanke på långvarig hypertoni. "
                    "Startar furosemid 40 mg x 1."),
      ("Planering", "UCG beställt. Ssk-besök om två veckor med vikt och elstatus."),
  ])],
  ["NL102"], ["NL101"],
  "misstänkt hjärtsvikt stands in a visible Bedömning of a Melior note; nothing is said about telling the patient")

C("h34-med-ingen-misstanke-dvt-efter-ul", "vgr", "19710422-6571",
  [N("n1", M, "Mottagningsanteckning", "v_med", "Jonas Ekberg", L, "2024-10-07T14:05", 20, OV, [
      ("Aktuellt", "Svullnad vä vad efter långflygning hem från Thailand för fem dagar sedan."),
      ("Status", "Vä vad 2 cm större i omfång än hö, ingen rodnad, ej värmeökad. Oöm längs venstråket."),
      ("Utredning", "D-dimer 0,4. UL vä ben: komprimerbara vener, fritt flöde i v. femoralis och v. poplitea."),
      ("Bedömning", "Ingen misstanke om DVT efter normalt ultraljud. Svullnaden bedöms muskulär, "
                    "han har burit tunga väskor och gått mycket i trappor på semestern."),
      ("Åtgärd", "Inga antikoagulantia. Åter vid försämring."),
  ])],
  [], ["NL102"],
  "the only diagnosis word is negated (ingen misstanke om DVT)")

C("h34-med-trol-kol-gold2", "vgr", "19590917-2131",
  [N("n1", M, "Läkaranteckning", "v_lung", "Sara Holmgren", L, "2024-10-09T10:20", 50, OV, [
      ("Anamnes", "Rökt ca 40 paketår, fortfarande 15 cig/dag. Hosta med morgonslem sedan många år, "
                  "två antibiotikakurer för luftvägsinfektion i vintras."),
      ("Status", "Förlängt exspirium, spridda ronki bilat. SaO2 94 % i vila."),
      ("Spirometri", "FEV1/FVC 0,62 efter bronkdilatation, FEV1 58 % av förväntat."),
      ("Bedömning", "Trol. KOL GOLD 2, reversibilitetstest bör göras om när pat varit infektionsfri i 6 v. "
                    "Rökstopp viktigaste åtgärden."),
      ("Åtgärd", "Remiss till rökavvänjning. Anoro Ellipta 1 inh x 1 insatt, inhalationsteknik genomgången av ssk."),
  ])],
  ["NL102"], [],
  "abbreviated hedge trol. before KOL in a visible Bedömning")

C("h34-med-pneumoni-fragetecken-i-diagnos", "vgr", "19390228-4060",
  [N("n1", M, "Inskrivningsanteckning", "v_medavd41", "Ali Rahimi", L, "2024-10-12T02:35", 60, SV, [
      ("Diagnos", "Pneumoni? J18.9"),
      ("Aktuellt", "Inkommer via ambulans med feber 38,9, nytillkommen förvirring och hosta sedan två dygn. "
                   "Bor ensam med hemtjänst x 2."),
      ("Lab", "CRP 187, LPK 14,2, krea 112, laktat 1,8."),
      ("Röntgen", "Lungrtg: oskarp förtätning hö basalt, eftergranskning av radiolog inväntas."),
      ("Ordination", "Bensylpenicillin 3 g x 3 iv. Ringer-acetat 1000 ml under natten. Fallrisk, larm nära."),
  ])],
  ["NL102"], [],
  "a trailing question mark on the diagnosis under the sökord Diagnos is a hedge")

C("h34-med-paroxysmalt-fff-kan-ej-uteslutas", "skane", "19620511-8372",
  [N("n1", M, "Läkaranteckning", "s_kard", "Henrik Sjöberg", L, "2024-10-10T13:15", 25, OV, [
      ("Aktuellt", "Hjärtklappning i attacker sedan augusti, varar 10–30 min, börjar och slutar abrupt. Ingen synkope."),
      ("Undersökningar", "Vilo-EKG: sinusrytm 68/min, normal PQ-tid, inga deltavågor. "
                         "24h-Holter: enstaka SVES, inga längre arytmier under registreringen."),
      ("Bedömning", "Paroxysmalt förmaksflimmer kan ej utelsutas trots normal Holter, anamnesen är typisk. "
                    "CHA2DS2-VASc 1 p för hypertonin."),
      ("Planering", "Event-recorder i 14 dygn, pat instruerad att trycka vid symtom. Tel-uppföljning när registreringen analyserats."),
  ])],
  ["NL102"], [],
  "typo utelsutas in kan ej uteslutas, attached to förmaksflimmer: a hedged diagnosis")

C("h34-med-graves-talar-for", "skane", "19890304-6285",
  [N("n1", M, "Läkaranteckning", "s_endo", "Maria Falk", L, "2024-10-14T08:50", 40, OV, [
      ("Lab", "TSH <0,01, fritt T4 48 pmol/l, fritt T3 17. TRAK skickat, svar inväntas."),
      ("Status", "Fin tremor, varm fuktig hud, puls 112 reg. Diffust förstorad tyreoidea utan palpabla knölar. "
                 "Lätt exoftalmus bilat, ingen dubbelseende."),
      ("Bedömning", "Kliniken och labbilden talar för Graves sjukdom."),
      ("Åtgärd", "Tiamazol 10 mg x 2, propranolol 40 mg vid behov. Nya prover om fyra veckor."),
  ])],
  ["NL102"], [],
  "talar för + Graves sjukdom in a visible Bedömning")

C("h34-med-crohn-eller-uc-oklart", "skane", "20010719-3955",
  [N("n1", M, "Läkaranteckning", "s_gastro", "Erik Nyström", L, "2024-10-11T11:00", None, OV, [
      ("Aktuellt", "23-årig man med 5–6 lösa avföringar per dygn med blodtillblandning sedan 2 mån, gått ned 4 kg."),
      ("Utredning", "F-kalprotektin 1 450. Koloskopi 10/10: kontinuerlig inflammation från rektum upp i sigmoideum, "
                    "enstaka aftösa sår i terminala ileum. PAD inväntas."),
      ("Bedömning", "Oklart om det rör sig om ulcerös kolit med backwash-ileit eller Crohns sjukdom, PAD och MR får avgöra."),
      ("Planering", "Asacol 4 g dagligen i avvaktan. MR tunntarm beställd. Återbesök om 4 v."),
  ])],
  ["NL102"], [],
  "oklart om det rör sig om X eller Y: two hedged IBD diagnoses in a visible section")

C("h34-med-myelom-kan-inte-utesluta", "vgr", "19500126-7714",
  [N("n1", M, "Läkaranteckning", "v_hema", "Annika Berg", L, "2024-10-15T15:30", 45, OV, [
      ("Provsvar", "Elfores: M-komponent IgG kappa 18 g/l. Ca 2,71, krea 134, Hb 104."),
      ("Bedömning", "Vi kan inte utesluta myelom med tanke på anemi, hyperkalcemi och njurpåverkan."),
      ("Planering", "Benmärgsprov bokat 17/10, lågdos-DT helkropp. Återbesök när allt är klart."),
  ])],
  ["NL102"], [],
  "kan inte utesluta myelom, written in first person plural, visible")

C("h34-med-epikris-trolig-urosepsis", "skane", "19440813-4809",
  [N("n1", M, "Epikris", "s_medavd6", "Petra Ohlsson", L, "2024-10-11T14:10", 90, SV, [
      ("Epikris", "80-årig kvinna inlagd 7/10–11/10 med feber, frossa och akut förvirring. "
                  "Blododlingar negativa, urinodling E. coli >10^5. Behandlad med cefotaxim iv, "
                  "byte till ciprofloxacin po 10/10 enligt resistensbestämning. Klarare i huvudet från dag 3."),
      ("Diagnoser", "Trolig urosepsis. Akut konfusion. Hypertoni."),
      ("Uppföljning", "Åter till särskilt boende Lindängen. Kontroll av krea hos distriktsläkare om en vecka."),
  ])],
  ["NL102"], [],
  "hedged diagnosis in the diagnosis list of a visible Epikris")

C("h34-med-tia-dd-migran-med-aura", "vgr", "19860630-5624",
  [N("n1", M, "Inskrivningsanteckning", "v_stroke", "Fredrik Lind", L, "2024-10-08T18:25", 55, SV, [
      ("Aktuellt", "Plötslig domning i hö hand som spred sig till munvinkeln, duration 25 min, därefter pulserande huvudvärk. "
                   "Liknande episod för ett år sedan, sökte inte då."),
      ("Status", "Neurologiskt ua vid ankomst. NIHSS 0."),
      ("Radiologi", "DT hjärna och DT-angio halskärl utan patologi."),
      ("Bedömning", "TIA? DD migrän med aura, marschartad utbredning och efterföljande huvudvärk talar för det senare."),
      ("Planering", "MR hjärna, UCG med bubbeltest. Trombyl tills MR gjorts."),
  ])],
  ["NL102"], [],
  "question mark plus DD: two hedged diagnoses in one visible Bedömning line")

C("h34-med-lang-inskrivning-trol-erysipelas", "skane", "19530927-1756",
  [N("n1", M, "Inskrivningsanteckning", "s_medavd6", "Oskar Persson", L, "2024-10-13T21:40", 70, SV, [
      ("Kontaktorsak", "Rodnad och svullnad hö underben sedan två dygn, feber och frossa i eftermiddags."),
      ("Tidigare sjukdomar", "DM typ 2 sedan 2011, tablettbehandlad. Hypertoni. Op för ljumskbråck hö 2015. "
                             "Venös insufficiens bilat med återkommande bensår, senast läkt våren 2023."),
      ("Läkemedel", "Metformin 1 g x 2, Jardiance 10 mg x 1, enalapril 10 mg x 1, atorvastatin 40 mg till natten."),
      ("Överkänslighet", "Inga kända."),
      ("Social anamnes", "Änkling, bor i villa i Arkelstorp. Sonen bor nära och hjälper till med handling. "
                         "Kör bil, klarar ADL själv."),
      ("Aktuellt", "Märkte igår kväll att hö vad var röd och öm. Idag tilltagande, rodnaden har spridit sig mot knät. "
                   "Frossa kl 15, tempade 39,1 hemma. Tog två Alvedon. Inget trauma, men har haft sprickor mellan tårna."),
      ("Status", "AT: påverkad, varm, frysande. T 38,7, P 104, BT 128/76, AF 20, SaO2 96 %. "
                 "Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. "
                 "Hö underben: skarpt avgränsad rodnad från fotrygg till 5 cm nedom knät, värmeökad, ömmande. "
                 "Vadomfång hö 41 cm, vä 38 cm. Intertriginös fissur mellan dig IV–V hö. Inga blåsor, inga nekroser. "
                 "Pulsar palpabla i a. dorsalis pedis bilat."),
      ("Lab", "CRP 164, LPK 15,8, neutrofila 13,1, krea 91, glukos 14,2, laktat 2,1."),
      ("Bedömning", "Trol. erysipelas hö underben med ingångsport interdigitalt, DD DVT då vadomfånget skiljer 3 cm. "
                    "Ej septisk enligt NEWS 5."),
      ("Åtgärd", "Bensylpenicillin 3 g x 3 iv startas. UL vener hö ben i morgon förmiddag. Fragmin 5 000 E sc profylax i väntan. "
                 "Benet i högläge, markering av rodnadens utbredning med penna. Metformin pausas, glukoskurva x 4."),
      ("Planering", "Bedömning på rond i morgon. Fotvård vid utskrivning."),
  ])],
  ["NL102"], [],
  "long admission chart: one Bedömning line carries trol. erysipelas and DD DVT among many confirmed facts")

C("h34-med-ingen-malignitet-men-sannolikt-gastrit", "skane", "19570402-3422",
  [N("n1", M, "Endoskopianteckning", "s_gastro", "Johan Wallin", L, "2024-10-09T09:15", 20, OV, [
      ("Indikation", "Dyspepsi sedan ett halvår, 67 år, frågeställning ulcus."),
      ("Gastroskopi", "Esofagus ua. Ventrikeln: rodnad, ödematös slemhinna i antrum, inga ulcera, ingen tumörsuspekt förändring. "
                      "Duodenum ua. Biopsier tagna från antrum och corpus för HP och PAD."),
      ("Bedömning", "Ingen misstanke om malignitet, men sannolikt HP-associerad gastrit."),
      ("Åtgärd", "Omeprazol 20 mg x 1 i fyra veckor. Svar på PAD meddelas per brev."),
  ])],
  ["NL102"], [],
  "a negated malignancy next to a hedged gastrit: the hedged one fires")

C("h34-med-gikt-misstankt-osignerat-utkast", "skane", "19660119-6394",
  [N("n1", M, "Läkaranteckning", "s_med", "Anders Mattsson", L, "2024-10-17T16:40", None, OV, [
      ("Aktuellt", "Akut insatt svår smärta och svullnad i hö stortåns grundled sedan i natt. Ätit skaldjur i helgen."),
      ("Status", "Hö MTP I rodnad, svullen och extremt palpationsöm. Afebril."),
      ("Bedömning", "Misstänkt gikt, urat 512. Ledpunktion ej möjlig pga liten led."),
      ("Åtgärd", "Naproxen 500 mg x 2 i 5 dagar. Nytt urat om 4 v när attacken lagt sig."),
  ])],
  ["NL102"], [],
  "unsigned draft (pre-signing check): misstänkt gikt in Bedömning")

C("h34-med-missankt-sarkoidos-stavfel", "vgr", "19780611-2707",
  [N("n1", M, "Läkaranteckning", "v_lung", "Magnus Olofsson", L, "2024-10-10T14:00", 35, OV, [
      ("Anamnes", "46-årig lärare, torrhosta och trötthet sedan våren, ömma röda knölar på underbenen i juni."),
      ("Röntgen", "DT thorax: bilaterala hilära och mediastinala lymfkörtelförstoringar, perilymfatiska noduli i ovanlober."),
      ("Bedömning", "Missänkt sarkoidos stadium II. Bronkoskopi med EBUS bokas."),
      ("Planering", "ACE, Ca, U-Ca, spirometri med diffusionskapacitet. Ögonkonsult för uveitscreening."),
  ])],
  ["NL102"], [],
  "typo Missänkt for Misstänkt, still a hedged diagnosis in a visible section")

C("h34-med-telefon-trolig-pyelonefrit", "vgr", "19680723-5087",
  [N("n1", M, "Telefonanteckning", "v_uro", "Emma Karlsson", SSK, "2024-10-14T07:55", 10, OV, [
      ("Telefonkontakt", "Pat ringer, cystoskopi här för 4 dagar sedan. Sedan igår feber 39,4, frossa och ont i hö flank. "
                         "Låter som trolig pyelonefrit. Stämt av med urolog Bergkvist som vill att pat söker akuten "
                         "för odlingar och iv antibiotika."),
      ("Åtgärd", "Pat åker in med maken nu. Akuten förvarnad."),
  ])],
  ["NL102"], [],
  "a nurse's phone note: trolig pyelonefrit inside the Telefonkontakt text")

C("h34-med-arbetsdiagnos-reaktiv-artrit", "vgr", "19960305-9537",
  [N("n1", M, "Läkaranteckning", "v_reuma", "Cecilia Nordin", L, "2024-10-15T11:20", 25, OV, [
      ("Anamnes", "Campylobacter-enterit i början av september efter grillfest. Sedan två veckor svullet vä knä och hö fotled, ont i hälen."),
      ("Status", "Vä knä: hydrops, värmeökning. Hö fotled svullen lateralt. Ömhet över akillesfästet hö."),
      ("Lab", "CRP 42, SR 38, RF och anti-CCP neg. HLA-B27 skickat. Ledvätska vä knä: 18 000 vita, odling neg, inga kristaller."),
      ("Bedömning", "Arbetsdiagnos reaktiv artrit. Omprövas när HLA-B27 och förloppet är kända."),
      ("Åtgärd", "Intraartikulär Depo-Medrol 40 mg vä knä. NSAID i 2 v."),
  ])],
  ["NL102"], [],
  "arbetsdiagnos marks a provisional, unsettled diagnosis shown in Bedömning")

C("h34-med-tyder-pa-hemolytisk-anemi", "skane", "19730120-0668",
  [N("n1", M, "Läkaranteckning", "s_med", "Sofia Engström", L, "2024-10-16T13:50", 40, OV, [
      ("Lab", "Hb 92, retikulocyter 4,1 %, LD 680, haptoglobin <0,1, bilirubin 41, B12 och folat normala."),
      ("Status", "Blek, lätt sklerell ikterus. Mjälten ej palpabel."),
      ("Bedömning", "Labbilden tyder på autoimmun hemolytisk anemi. DAT skickat, blodutstryk till hematologen."),
      ("Åtgärd", "Folsyra 1 mg. Ny kontakt när DAT är klart, senast fredag."),
  ])],
  ["NL102"], [],
  "tyder på + hemolytisk anemi is an unconfirmed diagnosis in Bedömning")

C("h34-med-lungemboli-misstanke-avskrivs", "skane", "19910808-2240",
  [N("n1", M, "Läkaranteckning", "s_medavd6", "Nils Gustafsson", L, "2024-10-09T16:20", 30, SV, [
      ("Aktuellt", "Andningskorrelerad smärta vä thorax sedan en förkylning förra veckan. Tar p-piller."),
      ("Utredning", "DT-angio lungartärer utan fyllnadsdefekter. D-dimer 0,9."),
      ("Bedömning", "Misstanken om lungemboli avskrivs efter normal DT-angio. Palpationsömhet över costa 5–6 vä "
                    "och smärtan kan provoceras fram vid rotation av bålen."),
      ("Planering", "Hem idag. Ipren vid behov."),
  ])],
  [], ["NL102"],
  "the suspicion is explicitly withdrawn (avskrivs); the remaining text hedges nothing")

C("h34-med-hjartinfarkt-kan-uteslutas", "vgr", "19670314-3112",
  [N("n1", M, "Läkaranteckning", "v_kardavd", "Olle Bengtsson", L, "2024-10-11T08:15", None, SV, [
      ("Aktuellt", "57-årig man inlagd igår kväll med tryck över bröstet efter gräsklippning, lindrigt och övergående."),
      ("Lab", "hs-TnT 6 och 7 ng/l med tre timmars intervall. Lipider: LDL 4,1."),
      ("EKG", "Sinusrytm, inga ischemitecken."),
      ("Bedömning", "Hjärtinfarkt kan uteslutas med två normala troponiner. Fortsatt utredning polikliniskt med arbetsprov."),
      ("Planering", "Utskrivs idag. Arbets-EKG bokas inom 3 v. Atorvastatin 40 mg startas för lipiderna."),
  ])],
  [], ["NL102"],
  "kan uteslutas (not kan ej uteslutas) is a ruled-out diagnosis")

C("h34-med-epikris-bekraftat-ev-kontroll", "vgr", "19520503-8994",
  [N("n1", M, "Epikris", "v_medavd42", "Ingrid Svensson", L, "2024-10-15T13:00", 60, SV, [
      ("Epikris", "72-årig man inlagd 12/10–15/10 med kräkningar och diarréer sedan tre dygn, torr och trött. "
                  "Krea vid ankomst 212, normaliserat till 104 efter iv vätska. Calicivirus påvisat i faeces."),
      ("Diagnoser", "Akut njursvikt, prerenal. Calicivirusgastroenterit."),
      ("Läkemedelsförändringar", "Enalapril pausat tills vidare."),
      ("Uppföljning", "Ev. kontroll av krea på VC om 1–2 v, återinsättning av enalapril beslutas där."),
  ])],
  [], ["NL102"],
  "confirmed diagnoses only; ev. qualifies a follow-up test")

C("h34-med-mamma-trolig-alzheimer-hereditet", "vgr", "19660625-5401",
  [N("n1", M, "Läkaranteckning", "v_minne", "Birgitta Andersson", L, "2024-10-08T13:30", 35, OV, [
      ("Anamnes", "58-årig kvinna, ekonom, orolig för sitt minne: tappar ord och glömmer möten."),
      ("Hereditet", "Mamman fick diagnosen trolig Alzheimers sjukdom vid 74 års ålder, morfar var dement."),
      ("Undersökning", "MoCA 29/30. Klocktest ua. B12, TSH och Ca normala."),
      ("Bedömning", "Normal kognition vid testning. Minnessvårigheterna bedöms sekundära till hög arbetsbelastning och dålig sömn."),
      ("Planering", "Ingen vidare utredning. Åter om besvären ökar."),
  ])],
  [], ["NL102"],
  "the hedged diagnosis belongs to the patient's mother (Hereditet), not the patient")

C("h34-med-far-ev-hjartinfarkt-ung", "skane", "19790217-1599",
  [N("n1", M, "Läkaranteckning", "s_kard", "Lars Håkansson", L, "2024-10-15T09:45", 20, OV, [
      ("Hereditet", "Far dog hastigt 52 år gammal, ev. hjärtinfarkt, obducerades aldrig. Farbror kranskärlsopererad."),
      ("Aktuellt", "Familjär hyperkolesterolemi, LDL 6,2 obehandlat, genetiskt verifierad LDLR-mutation 2023."),
      ("Bedömning", "Hög kardiovaskulär risk. Rosuvastatin 20 mg tolereras väl, LDL idag 2,9."),
      ("Åtgärd", "Tillägg ezetimib 10 mg. Lipider om 3 mån."),
  ])],
  [], ["NL102"],
  "ev. hjärtinfarkt describes the dead father; the patient's own diagnosis is confirmed")

C("h34-med-talar-emot-reumatoid-artrit", "vgr", "19640930-2608",
  [N("n1", M, "Läkaranteckning", "v_reuma", "Cecilia Nordin", L, "2024-10-16T14:10", 20, OV, [
      ("Anamnes", "Värk i fingrarnas ytterleder sedan några år, stelhet 10 min på morgonen."),
      ("Status", "Heberdens noder DIP II–IV bilat. Inga synoviter i MCP eller PIP."),
      ("Lab", "RF och anti-CCP negativa, SR 8, CRP <1."),
      ("Bedömning", "Bilden talar emot reumatiod artrit. Handartros."),
      ("Åtgärd", "Remiss arbetsterapeut för handskola. Åter vb."),
  ])],
  [], ["NL102"],
  "talar emot (diagnosis misspelt reumatiod) is a negation; the confirmed handartros carries no hedge")

C("h34-med-inga-tecken-pa-pnuemoni-stavfel", "skane", "19830406-4812",
  [N("n1", M, "Läkaranteckning", "s_med", "Viktor Lindahl", L, "2024-10-10T15:05", 15, OV, [
      ("Aktuellt", "Hosta tre veckor, feberfri sedan en vecka. Astma sedan barndomen, välkontrollerad."),
      ("Röntgen", "Lungrtg: inga tecken på pnuemoni, normal hjärtstorlek."),
      ("Bedömning", "Postinfektiös hosta. Ingen antibiotika."),
      ("Åtgärd", "Ökar Symbicort till 2 inh x 2 i fyra veckor, därefter tillbaka till ordinarie dos."),
  ])],
  [], ["NL102"],
  "negated diagnosis with a typo (pnuemoni) under inga tecken på")

C("h34-med-utan-hallpunkt-for-tia-bppv", "vgr", "19580812-1379",
  [N("n1", M, "Läkaranteckning", "v_neuro", "Hanna Johansson", L, "2024-10-17T10:40", 25, OV, [
      ("Aktuellt", "Yrsel vid vändning i sängen och när han tittar upp, sekunder lång, sedan tre veckor."),
      ("Status", "Dix-Hallpike pos till hö med torsionell nystagmus. Neurologiskt i övrigt ua."),
      ("Bedömning", "Utan hållpunkt för TIA eller stroke. BPPV i bakre båggången hö."),
      ("Åtgärd", "Epleys manöver utförd med god effekt. Instruerad i egenbehandling."),
  ])],
  [], ["NL102"],
  "utan hållpunkt för TIA is negation; BPPV is stated as settled")

C("h34-med-misstanke-om-sepsis-kvarstar-ej", "skane", "19480120-2120",
  [N("n1", M, "Daganteckning", "s_infavd", "Rebecka Söderberg", L, "2024-10-13T11:30", 30, SV, [
      ("Aktuellt", "Inkom igår med feber och takykardi, qSOFA 1. Influensa A påvisad med PCR."),
      ("Status", "Feberfri idag, P 84, BT 134/80, AF 16."),
      ("Lab", "CRP 88→41, laktat 1,2, blododlingar utan växt efter 48 h."),
      ("Bedömning", "Misstanke om sepsis kvarstår ej. Okomplicerad influensa A."),
      ("Planering", "Tamiflu dag 2 av 5. Hem i morgon om fortsatt stabil."),
  ])],
  [], ["NL102"],
  "misstanke om ... kvarstår ej negates the suspicion; influensa is confirmed by PCR")

C("h34-med-ingen-missanke-om-meningit-stavfel", "skane", "20000902-3953",
  [N("n1", M, "Mottagningsanteckning", "s_inf", "Rebecka Söderberg", L, "2024-10-18T09:20", 20, OV, [
      ("Aktuellt", "24-årig man, huvudvärk och feber sedan två dygn, kamrat på korridoren har haft samma."),
      ("Status", "Ingen nackstelhet, Kernig neg, inga petekier. Tonsiller rodnade med beläggningar."),
      ("Bedömning", "Ingen klinisk missanke om meningit. Streptokocktonsillit, strep A snabbtest pos."),
      ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar."),
  ])],
  [], ["NL102"],
  "negation with a typo (missanke); the tonsillitis is test-confirmed")

C("h34-med-trolig-provhemolys-kalium", "vgr", "19450305-4225",
  [N("n1", M, "Sjuksköterskeanteckning", "v_medavd41", "Johanna Eriksson", SSK, "2024-10-10T07:20", 15, SV, [
      ("Provtagning", "K 6,1 på morgonprovet, trolig hemolys i provet enligt lab då det var svårstucket. "
                      "Nytt venöst prov taget kl 07.10, dr Rahimi informerad."),
      ("Omvårdnad", "Sovit gott. Äter själv, vätskelista förs."),
  ])],
  [], ["NL102"],
  "trolig qualifies an in-vitro sample artefact (provhemolys), not a diagnosis of the patient")

C("h34-med-dosett-misstanke-om-feldelning", "skane", "19370616-3049",
  [N("n1", M, "Sjuksköterskeanteckning", "s_medavd8", "Lena Nilsson", SSK, "2024-10-16T19:05", 20, SV, [
      ("Läkemedel", "Pat har med egen dosett hemifrån. Ssk misstänker att dosetten delats fel hemma, "
                    "två metoprololtabletter i morgonfacket. Dosetten omhändertagen, ringer hemsjukvården i morgon."),
      ("Omvårdnad", "Hjärtfrekvens 52 i vila, pat opåverkad. Känt förmaksflimmer, Eliquis enligt lista."),
  ])],
  [], ["NL102"],
  "the nurse suspects a dosing error, not a disease; the flimmer is an established diagnosis")

C("h34-med-lang-daganteckning-hjartsvikt-allt-negerat-eller-planerat", "vgr", "19400311-1285",
  [N("n1", M, "Daganteckning", "v_medavd42", "Maria Höglund", L, "2024-10-15T11:40", 55, SV, [
      ("Kontaktorsak", "Inlagd 13/10 via akuten med tilltagande andfåddhet, ortopné och 4 kg viktuppgång på en vecka."),
      ("Tidigare sjukdomar", "Hjärtsvikt med nedsatt EF (30 % på UCG 2023) sekundär till ischemisk hjärtsjukdom, "
                             "PCI mot LAD 2019. Permanent förmaksflimmer. Typ 2-diabetes. Kronisk njursjukdom stadium 3b."),
      ("Hereditet", "Systern hade troligen myelom, dog 2010, aldrig utrett."),
      ("Social anamnes", "Bor med maken i lägenhet med hiss i Borås. Hemtjänst en gång per dag för dusch och inköp. Går med rollator."),
      ("Aktuellt", "Andas lättare idag, sov med två kuddar i natt i stället för att sitta upp. Diures 2,8 l senaste dygnet. "
                   "Vikt 71,2 kg (inkomstvikt 75,0 kg). Äter halva portioner."),
      ("Status", "AT: gott, pratar i hela meningar. P 82 oregelbunden, BT 112/68, AF 18, SaO2 95 % utan syrgas. "
                 "Cor: oregelbunden rytm, systoliskt blåsljud 2/6 över apex. Pulm: enstaka basala rassel hö, vä fritt. "
                 "Ben: lätta ankelödem bilat, avsvällda jämfört med inkomst. Halsvener ej fyllda i 45 grader."),
      ("Lab", "Krea 148 (inkomst 132), K 4,4, Na 136, NT-proBNP 6 100 (inkomst 11 400), Hb 121, CRP 6. hs-TnT 22 och 23, ingen dynamik."),
      ("Röntgen", "Lungrtg 13/10: pleuravätska bilat, mer hö, lungstas. Inga tecken på pneumoni."),
      ("Bedömning", "Dekompenserad kronisk hjärtsvikt, utlöst av att pat själv slutat med furosemiden pga täta toalettbesök. "
                    "Ingen misstanke om lungemboli, akut koronart syndrom uteslutet med stabila troponiner. "
                    "Lätt kreatininstegring som förväntat vid diures."),
      ("Planering", "Byter iv furosemid till tablett 80 mg x 1 från i morgon. Ev. dosjustering av Jardiance efter krea på torsdag. "
                    "Trolig hemgång fredag om vikten är stabil. Om viktökning mer än 2 kg på tre dagar ska hon ringa hjärtsviktsmottagningen. "
                    "Remiss hjärtsviktssköterska för uppföljning inom 2 v."),
  ])],
  [], ["NL102"],
  "long ward note with many confirmed diagnoses, negated ones (lungemboli, ACS), a sister's probable myeloma and hedged plans, but no hedged diagnosis of the patient")

# ------------------------------------------------------------------ surgery, urology, skin
C("h34-kir-sannolik-akut-kolecystit", "skane", "19750322-8681",
  [N("n1", M, "Inskrivningsanteckning", "s_kiravd", "Mikael Åberg", L, "2024-10-07T23:10", 45, SV, [
      ("Aktuellt", "Smärta under hö arcus sedan igår kväll efter fet middag, kräkts två gånger. T 38,2 hemma."),
      ("Status", "Buk: ömhet och muskelförsvar under hö arcus, Murphys tecken pos. Inga peritoneala tecken i övrigt."),
      ("Lab", "CRP 96, LPK 13,0, bilirubin 18, ALP 2,4, amylas normalt."),
      ("Bedömning", "Sannolik akut kolecysit. UL lever/gallvägar beställt till i morgon förmiddag."),
      ("Ordination", "Fasta, dropp, Tazocin 4 g x 3 iv. Morfin 2,5 mg iv vid behov."),
  ])],
  ["NL102"], [],
  "sannolik + kolecystit (typo kolecysit) on a surgical ward admission note")

C("h34-kir-bild-som-vid-divertikulit", "vgr", "19600419-5977",
  [N("n1", M, "Läkaranteckning", "v_kirmott", "Gustav Ek", L, "2024-10-09T13:40", None, OV, [
      ("Aktuellt", "Vänstersidig nedre buksmärta sedan fyra dagar, subfebril. Uppföljning efter akutbesök."),
      ("Röntgen", "DT buk 6/10: väggförtjockning i sigmoideum med omgivande fettvävsreaktion, inga abscesser, ingen fri gas."),
      ("Bedömning", "Bild som vid okomplicerad divertikulit, förbättrad idag."),
      ("Planering", "Ingen antibiotika enligt riktlinje. Koloskopi om 6–8 veckor."),
  ])],
  ["NL102"], [],
  "bild som vid + divertikulit is an unconfirmed radiological-clinical diagnosis")

C("h34-kir-appendicit-uteslutes-dt", "vgr", "19990114-4825",
  [N("n1", M, "Läkaranteckning", "v_kiravd", "Sanna Lundberg", L, "2024-10-12T10:15", 25, SV, [
      ("Aktuellt", "Inlagd i natt för observation pga smärta i hö fossa."),
      ("Radiologi", "DT buk: normalt appendix, 4 cm stor cysta i hö ovarium utan tecken på torsion."),
      ("Bedömning", "Appendicit uteslues. Gynkonsult har undersökt pat och bedömer cystan som en corpus luteum-cysta."),
      ("Planering", "Hem idag. Ny VUL på gynmottagningen om 8 veckor."),
  ])],
  [], ["NL102"],
  "appendicit uteslutes, misspelt uteslues: the diagnosis is ruled out")

C("h34-kir-obs-appendicit", "skane", "20050211-4176",
  [N("n1", M, "Inskrivningsanteckning", "s_kiravd", "Hampus Dahl", L, "2024-10-14T19:30", 40, SV, [
      ("Aktuellt", "19-årig man med periumbilikal smärta sedan i morse som vandrat ned mot hö fossa. Aptitlös, illamående."),
      ("Status", "Ömhet i McBurneys punkt, släppömhet, Rovsing pos. T 37,8."),
      ("Lab", "CRP 34, LPK 12,8."),
      ("Bedömning", "Obs. appendicit. Inläggs för observation, förnyad bedömning på morgonronden. Fasta från midnatt."),
  ])],
  ["NL102"], [],
  "Obs. (observation för) appendicit is clinical shorthand for a suspected diagnosis")

C("h34-kir-lang-postop-misstankt-anastomoslackage", "vgr", "19580103-1559",
  [N("n1", M, "Daganteckning", "v_kiravd", "Theo Abrahamsson", L, "2024-10-16T10:50", 50, SV, [
      ("Bakgrund", "66-årig man, opererad 11/10 med laparoskopisk högersidig hemikolektomi för adenocarcinom i colon ascendens, "
                   "T3N0 enligt preop staging. Okomplicerat ingrepp enligt op-berättelse, primäranastomos ileotransversostomi."),
      ("Tidigare", "Hypertoni, KOL GOLD 2. Ex-rökare sedan 2019."),
      ("Förlopp", "Dag 1–3 fint, mobiliserad, flytande kost från dag 1, fast kost dag 3. "
                  "Under natten mot idag ökad buksmärta, feber 38,6, takykardi 118, en kräkning. Nattjouren tog odlingar."),
      ("Status", "AT: påverkad, blek, kallsvettig. BT 105/65, P 116, AF 24, SaO2 93 % på 2 l O2. "
                 "Buk: spänd, diffust öm, mest i hö sida, släppömhet. Sårtejper torra. Tarmljud sparsamma."),
      ("Lab", "CRP 310 (igår 118), LPK 18,4, laktat 3,2, krea 128 (preop 84), Hb 112."),
      ("Bedömning", "Misstänkt anastomosläckage dag 5 med begynnande sepsis. Ingen blödningsmisstanke, Hb stabilt."),
      ("Åtgärd", "DT buk med iv kontrast akut, anmäld. Bakjour Wikström informerad och tar ställning till relaparoskopi. "
                 "Tazocin 4 g x 4 iv, vätskebolus 1 000 ml Ringer, KAD med timdiures. Anmäld till IVA för bedömning."),
      ("Information", "Pat och hustrun informerade om att vi misstänker att skarven läcker och att ny operation kan bli aktuell."),
  ])],
  ["NL102"], ["NL101"],
  "long ward note: misstänkt anastomosläckage in Bedömning; the patient is told, which does not make the hedge acceptable")

C("h34-kir-talar-inte-for-ileus", "skane", "19430610-2007",
  [N("n1", M, "Konsultationssvar", "s_kirmott", "Mikael Åberg", L, "2024-10-11T15:30", 20, SV, [
      ("Frågeställning", "Konsult från medicinavdelning 6: 81-årig kvinna med buksmärta och utebliven avföring sex dagar."),
      ("Status", "Buk: lätt utspänd, mjuk, diffust lätt öm. Livliga tarmljud. Rektalpalpation: hård faeces i ampullen."),
      ("Röntgen", "DT buk: riklig fekal stas i hela kolon, inga dilaterade tunntarmsslyngor."),
      ("Bedömning", "Bilden talar inte för ileus. Förstoppning, där oxykodonet bidrar."),
      ("Råd", "Klyx nu, därefter Movicol 2 x 2. Se över oxykodonet. Ingen kirurgisk åtgärd, återremitteras."),
  ])],
  [], ["NL102"],
  "talar inte för ileus is negated; the förstoppning is stated without a hedge")

C("h34-kir-postop-plan-hedges-bekraftat", "vgr", "19710830-7161",
  [N("n1", M, "Daganteckning", "v_kiravd", "Sanna Lundberg", L, "2024-10-17T09:30", 20, SV, [
      ("Aktuellt", "Dag 2 efter laparoskopisk kolecystektomi för kolecystit med gallsten, verifierat på UL och PAD-preparatet skickat."),
      ("Status", "Opåverkad, smärtfri på Alvedon. Dränet har gett 40 ml serös vätska senaste dygnet."),
      ("Planering", "Trolig hemgång i morgon. Dränet dras före hemgång, ev. hemsjukvård för omläggning om sekretion kvarstår. "
                    "Eventuellt återbesök på mottagningen om 6 v, annars tel-uppföljning."),
  ])],
  [], ["NL102"],
  "trolig, ev. and eventuellt all qualify plans; the gallstone disease is confirmed")

C("h34-kir-basalcell-kan-rora-sig-om", "skane", "19470907-4795",
  [N("n1", M, "Läkaranteckning", "s_hud", "Eva Mårtensson", L, "2024-10-08T11:10", 15, OV, [
      ("Status", "Vä nässida 6 mm pärlemorskimrande papel med teleangiektasier och central krusta. Dermatoskopi: arboriserande kärl."),
      ("Bedömning", "Kan röra sig om basalcellscancer, nodulär typ. Stansbiopsi tagen."),
      ("Planering", "PAD-svar om 2–3 v, kallas därefter för behandling."),
  ])],
  ["NL102"], [],
  "kan röra sig om + basalcellscancer before PAD is back")

C("h34-kir-nevus-benignt-om-nytt", "vgr", "19930412-8466",
  [N("n1", M, "Telefonanteckning", "v_hud", "Malin Wiberg", SSK, "2024-10-15T14:25", 10, OV, [
      ("Provsvar", "PAD från excisionen på ryggen: benignt dermalt nevus, radikalt exciderat."),
      ("Telefonkontakt", "Svaret lämnat till pat per telefon, hon är lättad. "
                         "Om ny pigmentering skulle dyka upp i ärret ska hon höra av sig för ny bedömning."),
  ])],
  [], ["NL102", "NL101"],
  "benign confirmed PAD told by phone; the only conditional is a hypothetical future lesion")

C("h34-kir-suspekt-prostatacancer-pirads5", "vgr", "19540728-3950",
  [N("n1", M, "Läkaranteckning", "v_uro", "Karl Bergkvist", L, "2024-10-10T09:05", 30, OV, [
      ("Aktuellt", "PSA 11,8, stigande från 6,2 för ett år sedan. Inga miktionsbesvär att tala om."),
      ("Status", "PR: hård oöm knöl i vä lob, övergången mot vesiklar mjuk."),
      ("MR", "MR prostata: PI-RADS 5-lesion 14 mm i vä perifera zonen, ingen extraprostatisk växt."),
      ("Bedömning", "Suspekt prostatacancer. Riktade biopsier bokas, transperinealt."),
  ])],
  ["NL102"], [],
  "suspekt (used as an adjective before the diagnosis) is a hedge")

C("h34-kir-pad-coloncancer-ej-informerad", "skane", "19510219-6937",
  [N("n1", M, "Journalanteckning", "s_kirmott", "Annelie Roos", L, "2024-10-09T15:45", 30, OV, [
      ("Provsvar", "PAD från koloskopin 3/10: adenocarcinom i colon ascendens, måttligt differentierat."),
      ("Bedömning", "Koloncancer hö sida. Pat ej informerad ännu. Besked ges av kolorektalkirurg vid besök 15/10, "
                    "kontaktsjuksköterskan bokar tiden och ringer honom."),
      ("Utredning", "DT thorax-buk beställd för stadieindelning, CEA taget."),
  ])],
  ["NL101"], ["NL102"],
  "a settled cancer diagnosis stands in the visible note while the note says the patient is not yet informed")

C("h34-kir-pad-rektalcancer-besked-idag", "skane", "19560904-5264",
  [N("n1", M, "Läkaranteckning", "s_kirmott", "Annelie Roos", L, "2024-10-15T10:30", 40, OV, [
      ("Besök", "Besök tillsammans med maken och kontaktsjuksköterska Ulla."),
      ("Information", "Pat informerad idag om PAD-svaret: adenocarcinom i rektum 9 cm från anus. "
                      "Hon tar beskedet sansat och ställer många frågor om behandlingen."),
      ("Planering", "MR lilla bäckenet och DT thorax-buk. Diskuteras på MDK 24/10, därefter återbesök."),
  ])],
  [], ["NL101"],
  "the diagnosis was communicated in this very visit")

C("h34-kir-gallsten-opdatum-ej-meddelat", "vgr", "19700128-4285",
  [N("n1", M, "Mottagningsanteckning", "v_kirmott", "Gustav Ek", L, "2024-10-14T13:10", 20, OV, [
      ("Aktuellt", "Symtomgivande gallstenssjukdom, UL-verifierad i augusti, tre smärtattacker sedan dess."),
      ("Bedömning", "Indikation för lap kolecystektomi, vilket pat och jag kom överens om vid förra besöket."),
      ("Planering", "Satt på op-lista. Pat ännu ej informerad om op-datum, planeringssköterskan ringer när datumet är bestämt."),
  ])],
  [], ["NL101"],
  "what is not yet told is a date; the diagnosis was discussed with the patient before")

C("h34-kir-remiss-plastik-ej-informerad", "skane", "19810514-6628",
  [N("n1", M, "Läkaranteckning", "s_kirmott", "Daniel Holm", L, "2024-10-16T11:50", 15, OV, [
      ("Bedömning", "Hypertrofiskt ärr efter laparotomin 2023, klåda och stramhet. Steroidinjektioner gett liten effekt."),
      ("Åtgärd", "Remiss skickad till plastikkirurgen i Malmö för ställningstagande till ärrkorrektion. "
                 "Pat ännu ej informerad om att remissen gått iväg, meddelas via 1177."),
  ])],
  [], ["NL101"],
  "what is not yet told is that a referral was sent, not a diagnosis")

C("h34-kir-brostcancer-informerad-maken-vet-ej", "vgr", "19630917-3844",
  [N("n1", M, "Läkaranteckning", "v_brost", "Helena Viklund", L, "2024-10-10T14:20", 40, OV, [
      ("Provsvar", "Mellannålsbiopsi vä bröst: invasiv duktal cancer, ER 95 %, PR 60 %, HER2 neg, Ki67 15 %."),
      ("Information", "Pat informerad om diagnosen tillsammans med kontaktssk Lotta. "
                      "Hon vill själv berätta för maken och de vuxna barnen i helgen, de är ännu inte informerade."),
      ("Planering", "Sentinel node och sektorresektion, op-anmäld. Preop-besök 22/10."),
  ])],
  [], ["NL101", "NL102"],
  "the patient is told; only her husband and children are not yet informed")

C("h34-kir-malignt-melanom-ej-underrattad", "skane", "19880120-2303",
  [N("n1", M, "Läkaranteckning", "s_hud", "Eva Mårtensson", L, "2024-10-17T08:40", 20, OV, [
      ("Provsvar", "PAD från excisionen hö skuldra: malignt melanom, ytligt spridande, Breslow 1,2 mm, ej ulcererat."),
      ("Bedömning", "Melanom stadium IB. Pat ännu ej underrättad om svaret, kallas till läkarbesök nästa vecka "
                    "för besked och planering av utvidgad excision samt sentinel node."),
  ])],
  ["NL101"], [],
  "melanoma diagnosis written openly while the patient has not been told")

C("h34-kir-prostatacancer-besked-ej-lamnat", "vgr", "19520303-7550",
  [N("n1", M, "Läkaranteckning", "v_uro", "Karl Bergkvist", L, "2024-10-18T13:00", 15, OV, [
      ("Provsvar", "Biopsisvar: prostatacancer Gleason 3+4=7, ISUP-grad 2, i 4 av 12 biopsier, vä sida."),
      ("Bedömning", "Intermediärrisk prostatacancer. Besked ej lämnat till pat ännu, han är på resa i Spanien "
                    "och återkommer vecka 43. Tid bokas då tillsammans med uroterapeut."),
  ])],
  ["NL101"], [],
  "besked ej lämnat: a settled cancer diagnosis visible before the patient is told")

C("h34-kir-normal-koloskopi-svar-ej-meddelat", "vgr", "19690225-4710",
  [N("n1", M, "Journalanteckning", "v_kirmott", "Ebba Nordqvist", L, "2024-10-16T16:05", 10, OV, [
      ("Provsvar", "PAD från biopsierna i sigmoideum: normal kolonslemhinna, inga tecken på inflammation eller malignitet."),
      ("Bedömning", "Pat har känd divertikulos sedan 2020. Han är ännu inte informerad om PAD-svaret, brev skickas idag."),
      ("Planering", "Ingen ny koloskopi behövs för dessa besvär. Fiberrik kost."),
  ])],
  [], ["NL101"],
  "what is untold is a reassuring, benign result; the known diagnosis (divertikulos) is old news")

# ------------------------------------------------------------------ orthopaedics
C("h34-ort-kliniskt-misstankt-scafoideumfraktur", "vgr", "20040523-2083",
  [N("n1", M, "Läkaranteckning", "v_ort", "Jesper Lindgren", L, "2024-10-08T15:50", 25, OV, [
      ("Aktuellt", "Föll på utsträckt hö hand på handbollsträningen i lördags."),
      ("Status", "Ömhet i fossa tabatière och vid axial kompression av tummen. Lätt svullnad radialt."),
      ("Röntgen", "Rtg hö handled med scafoideumserie: ingen synlig fraktur."),
      ("Bedömning", "Kliniskt misstänkt scafoideumfraktur trots ua röntgen."),
      ("Åtgärd", "Gipsskena med tuminneslutning. MR handled inom 10 dagar, därefter beslut om fortsatt gips."),
  ])],
  ["NL102"], [],
  "normal X-ray but misstänkt fracture stands as a clinical hypothesis")

C("h34-ort-sannolkit-meniskskada-stavfel", "skane", "19880916-1519",
  [N("n1", M, "Läkaranteckning", "s_ort", "Tobias Hedlund", L, "2024-10-11T09:35", 20, OV, [
      ("Anamnes", "Vred hö knä i fotbollsmatch för tre veckor sedan, sedan dess låsningskänsla och smärta medialt."),
      ("Status", "Ledlinjeömhet medialt, McMurray pos, stabil i alla plan, lätt hydrops."),
      ("Bedömning", "Sannolkit medial meniskskada hö knä."),
      ("Planering", "MR knä. Fysioterapi under väntetiden."),
  ])],
  ["NL102"], [],
  "typo Sannolkit (sannolikt) before meniskskada, a hedged diagnosis")

C("h34-ort-ej-forenligt-med-fraktur-distorsion", "skane", "19970703-2729",
  [N("n1", M, "Mottagningsanteckning", "s_ort", "Ida Holmberg", L, "2024-10-07T16:10", 15, OV, [
      ("Aktuellt", "Stukade vä fotled igår på promenad i skogen, kan belasta med smärta."),
      ("Status", "Svullnad och ömhet framför laterala malleolen. Ingen ömhet över malleolspetsar, naviculare eller bas MT V."),
      ("Bedömning", "Kliniskt ej förenligt med fraktur enligt Ottawa, ingen rtg. Lateral ligamentdistorsion vä fotled."),
      ("Åtgärd", "Tejpning, avlastning några dagar. Hemövningar enligt broschyr."),
  ])],
  [], ["NL102"],
  "ej förenligt med fraktur is negated; the distortion is stated as the diagnosis")

C("h34-ort-lungmetastaser-ej-informerad-om-fyndet", "skane", "19460427-0829",
  [N("n1", M, "Daganteckning", "s_ortavd", "Ola Fransson", L, "2024-10-12T14:20", 35, SV, [
      ("Aktuellt", "78-årig kvinna inlagd 10/10 efter lågenergifall, proximal femurfraktur vä."),
      ("Radiologi", "DT thorax-buk-bäcken: lytisk förändring i proximala femur med patologisk fraktur, multipla lungmetastaser bilat. "
                    "Primärtumör inte identifierad."),
      ("Bedömning", "Patologisk fraktur i skelettmetastas av okänd primärtumör. "
                    "Pat ännu ej informerad om metastasfynden, hon känner bara till frakturen. "
                    "Besked ges av onkologkonsult tillsammans med dottern på måndag."),
      ("Planering", "Op med märgspik planeras måndag eftermiddag efter onkologbedömning."),
  ])],
  ["NL101"], [],
  "metastatic disease is written in a visible ward note while the patient only knows about the fracture")

C("h34-ort-artros-vantelista-ej-informerad", "vgr", "19550818-3315",
  [N("n1", M, "Läkaranteckning", "v_ort", "Jesper Lindgren", L, "2024-10-17T11:00", None, OV, [
      ("Bedömning", "Primär coxartros hö, långt gången på rtg, diskuterad med pat vid besöket i juni."),
      ("Planering", "Anmäld för höftprotes. Pat ännu ej informerad om att han står på väntelistan eller om förväntad väntetid, "
                    "koordinatorn skickar brev."),
  ])],
  [], ["NL101"],
  "the untold things are the waiting list and time, not the arthrosis the patient already knows about")

# ------------------------------------------------------------------ women's health
C("h34-kvinno-misstankt-endometrios", "vgr", "19960119-4245",
  [N("n1", M, "Läkaranteckning", "v_kvinno", "Sofie Lundin", L, "2024-10-08T10:10", 30, OV, [
      ("Anamnes", "Svår dysmenorré sedan menarche, djup dyspareuni, smärta vid tarmtömning under mens. Frånvaro från jobbet 1–2 dagar per cykel."),
      ("Gynstatus", "Ömhet i bakre fornix, nodulär förtjockning vid sakrouterinligamenten."),
      ("VUL", "Normalstor uterus, ovarier ua, inga endometriom."),
      ("Bedömning", "Misstänkt endometrois med djup infiltration."),
      ("Åtgärd", "Kombinerade p-piller i långcykel. MR lilla bäckenet. Återbesök om 3 mån."),
  ])],
  ["NL102"], [],
  "misstänkt endometrios (typo endometrois) in a visible gynaecological Bedömning")

C("h34-kvinno-trolgi-pcos-stavfel", "skane", "19990630-3004",
  [N("n1", M, "Läkaranteckning", "s_kvinno", "Josefin Ek", L, "2024-10-09T14:30", 20, OV, [
      ("Aktuellt", "Mens var 2–4:e månad sedan menarche, akne och ökad behåring på haka och mage."),
      ("Status", "BMI 29. Ferriman-Gallwey 11. VUL: >20 antralfolliklar per ovarium bilat."),
      ("Lab", "Testosteron 2,6 (lätt förhöjt), SHBG lågt. Prolaktin och TSH inväntas."),
      ("Bedömning", "Trolgi PCOS enligt Rotterdamkriterierna, slutlig bedömning när prolaktin och TSH kommit."),
  ])],
  ["NL102"], [],
  "typo trolgi (trolig) in front of PCOS")

C("h34-kvinno-misstankt-preeklampsi-v34", "vgr", "19940214-5628",
  [N("n1", M, "Inskrivningsanteckning", "v_smv", "Therese Blom", L, "2024-10-13T17:45", 40, SV, [
      ("Aktuellt", "Omföderska, graviditetsvecka 34+2. Remitterad från MVC: BT 152/98 vid två tillfällen, U-albumin 2+."),
      ("Anamnes", "Lätt frontal huvudvärk sedan i morse, inga synstörningar, ingen epigastrisk smärta. Fosterrörelser som vanligt."),
      ("Status", "BT 148/96. Reflexer livliga utan klonus. Ödem på händer och underben."),
      ("Bedömning", "Misstänkt preeklampsi. Inläggs för övervakning."),
      ("Ordination", "PE-prover (Hb, TPK, ALAT, krea, urat), U-prot/krea-kvot. CTG x 2 dagligen. Trandate 100 mg x 3."),
  ])],
  ["NL102"], [],
  "misstänkt preeklampsi in a specialist maternity admission note")

C("h34-kvinno-misstanke-om-extrauterin", "skane", "19930923-0481",
  [N("n1", M, "Läkaranteckning", "s_gynakut", "Klara Nyberg", L, "2024-10-12T22:15", 30, OV, [
      ("Aktuellt", "Sista mens för 6+5 veckor sedan. Småblödning och ont i vä nedre buk sedan i eftermiddags."),
      ("Lab", "hCG 1 850."),
      ("VUL", "Ingen intrauterin graviditet ses, liten mängd fri vätska i fossa Douglasi, ömhet över vä adnex."),
      ("Bedömning", "Misstanke om extrauterin graviditet vä. Cirkulatoriskt stabil."),
      ("Planering", "Stannar över natten, ny hCG och VUL i morgon bitti. Laparoskopi om hCG stiger utan intrauterin säck."),
  ])],
  ["NL102"], [],
  "misstanke om + extrauterin graviditet")

C("h34-kvinno-ingen-misstanke-eug-intrauterin", "vgr", "19910506-3425",
  [N("n1", M, "Läkaranteckning", "v_gynakut", "Amira Haddad", L, "2024-10-10T19:20", 20, OV, [
      ("Aktuellt", "Graviditetsvecka 6+4 enligt SM, sparsam mörk blödning sedan igår, inga smärtor."),
      ("VUL", "Intrauterin graviditetssäck med gulesäck och embryo med hjärtaktivitet, CRL motsvarar 6+4."),
      ("Bedömning", "Ingen misstanke om extrauterin graviditet. Hotande missfall."),
      ("Råd", "Inga åtgärder. Hon hör av sig vid kraftig blödning eller smärta."),
  ])],
  [], ["NL102"],
  "ingen misstanke om negates the ectopic; hotande missfall is stated without a hedge")

C("h34-kvinno-syster-mojligen-endometrios", "skane", "20020311-2800",
  [N("n1", M, "Läkaranteckning", "s_kvinno", "Josefin Ek", L, "2024-10-15T15:40", None, OV, [
      ("Hereditet", "Syster har möjligen endometrios, under utredning i Malmö."),
      ("Anamnes", "Regelbunden mens var 28:e dag, måttlig mensvärk dag 1–2 som svarar bra på naproxen."),
      ("Gynstatus", "Ua. VUL: normala förhållanden."),
      ("Bedömning", "Primär dysmenorré. Ingen ytterligare utredning behövs."),
  ])],
  [], ["NL102"],
  "möjligen endometrios is the sister's; the patient's own diagnosis is settled")

C("h34-kvinno-cervixinsufficiens-fragetecken", "vgr", "19970824-6245",
  [N("n1", M, "Mottagningsanteckning", "v_smv", "Therese Blom", L, "2024-10-16T09:30", 25, OV, [
      ("Aktuellt", "Förstföderska v 22+1, remitterad efter rutinultraljud med kort cervix."),
      ("VUL", "Cervixlängd 19 mm, funneling av inre modermunnen."),
      ("Bedömning", "Cervixinsufficiens? Inga kontraktioner, inga infektionstecken."),
      ("Åtgärd", "Progesteron 200 mg vaginalt till kvällen. Ny mätning om en vecka."),
  ])],
  ["NL102"], [],
  "a diagnosis followed by a question mark in Bedömning")

C("h34-kvinno-differntialdiagnos-ovarialcancer-stavfel", "skane", "19590412-1463",
  [N("n1", M, "Läkaranteckning", "s_kvinno", "Margareta Wendel", L, "2024-10-14T13:00", 45, OV, [
      ("Aktuellt", "65-årig kvinna med diffus bukkänsla och uppkördhet sedan 2 mån."),
      ("VUL", "Komplex resistens vä adnex 8 cm med solida partier och rikligt flöde, lite ascites."),
      ("Lab", "CA-125 310."),
      ("Bedömning", "Differntialdiagnos ovarialcancer respektive endometriom, RMI-score talar för det förstnämnda."),
      ("Planering", "DT thorax-buk akut. Anmäls till gynonkologiskt team i Lund."),
  ])],
  ["NL102"], [],
  "typo in the hedge word (Differntialdiagnos) naming ovarialcancer")

C("h34-kvinno-bb-trolig-hemgang", "vgr", "19950728-2268",
  [N("n1", M, "Barnmorskeanteckning", "v_bb", "Lisa Carlsson", BM, "2024-10-12T10:00", 15, SV, [
      ("Förlossning", "Partus normalis 11/10 kl 22.14, flicka 3 540 g. Bristning grad 2 suturerad."),
      ("Omvårdnad", "Amningen kommer igång, god tag. Blödning normal. Kissar utan besvär."),
      ("Planering", "Trolig hemgång i morgon förmiddag. Ev. återbesök på BB-mottagningen dag 3 för PKU och viktkontroll."),
  ])],
  [], ["NL102"],
  "trolig hemgång and ev. återbesök are plans; no hedged diagnosis")

C("h34-kvinno-hsil-ej-kontaktad-om-svaret", "vgr", "19870615-2249",
  [N("n1", M, "Journalanteckning", "v_kvinno", "Sofie Lundin", L, "2024-10-11T12:15", 10, OV, [
      ("Provsvar", "Cellprov från screening: HSIL, HPV 16 positivt."),
      ("Bedömning", "Höggradig skivepitelförändring i cervix. Pat ännu inte kontaktad om svaret, jag ringer henne på måndag "
                    "och då bokas kolposkopi med biopsier."),
  ])],
  ["NL101"], [],
  "a high-grade cervical lesion is written in a visible note and the patient has not been told")

C("h34-kvinno-endometriecancer-ej-informerad", "skane", "19540821-1604",
  [N("n1", M, "Läkaranteckning", "s_kvinno", "Margareta Wendel", L, "2024-10-16T08:20", 25, OV, [
      ("Provsvar", "Endometriebiopsi tagen 2/10 pga postmenopausal blödning: endometrioid adenocarcinom grad 1."),
      ("Bedömning", "Endometriecancer. Pat har ännu inte informerats, samtal bokat torsdag med kontaktsjuksköterska närvarande."),
      ("Utredning", "MR bäcken och DT thorax-buk beställda."),
  ])],
  ["NL101"], [],
  "har ännu inte informerats about an endometrial cancer written openly")

C("h34-kvinno-klamydia-17-foraldrar-ej-informerade", "skane", "20070402-5287",
  [N("n1", M, "Telefonanteckning", "s_kvinno", "Amanda Persson", BM, "2024-10-10T11:30", 10, OV, [
      ("Provsvar", "Klamydia påvisat i vaginalprovet från 3/10."),
      ("Telefonkontakt", "Pat (17 år) informerad per telefon om svaret, recept på doxycyklin skickat till apoteket. "
                         "Hon vill inte att föräldrarna ska informeras, vilket respekteras. Smittspårning via kurator på fredag."),
  ])],
  [], ["NL101"],
  "the 17-year-old patient is told; only her parents are not, at her own wish")

# ------------------------------------------------------------------ children (all under 13: guardians read)
C("h34-barn-trolig-celiaki-ttg", "skane", "20180307-2261",
  [N("n1", M, "Läkaranteckning", "s_barn", "Jenny Åkesson", L, "2024-10-09T13:20", 30, OV, [
      ("Anamnes", "6-årig flicka, remiss från VC för magont, lös avföring och viktkurva som planat ut senaste året. Mamma har hypotyreos."),
      ("Status", "Tunn, utspänd buk, i övrigt ua. Längd -0,5 SD, vikt -1,5 SD."),
      ("Lab", "Transglutaminas-ak IgA >128 (ref <7), totalt IgA normalt, Hb 109, ferritin 6."),
      ("Bedömning", "Trolig celiaki. Fortsatt glutenhaltig kost fram till gastroskopin."),
      ("Planering", "Gastroskopi med biopsier bokas. Järntillskott. Dietistkontakt efter eventuell bekräftelse."),
  ])],
  ["NL102"], [],
  "trolig celiaki in a child's visible note; guardians read it")

C("h34-barn-inger-misstanke-om-astma", "vgr", "20190512-3616",
  [N("n1", M, "Läkaranteckning", "v_barn", "Ahmad Karimi", L, "2024-10-10T10:40", 25, OV, [
      ("Anamnes", "5-årig pojke med återkommande pip i bröstet vid förkylningar och när han springer på förskolan. Eksem som liten, pappa har pollenallergi."),
      ("Status", "Utan anmärkning idag, inga ronki."),
      ("Bedömning", "Anamnesen inger misstake om astma."),
      ("Åtgärd", "Airomir med spacer vid behov, instruerad av ssk. Spirometri och allergitest när han fyllt 6."),
  ])],
  ["NL102"], [],
  "inger misstanke om astma, with the typo misstake, in a paediatric Bedömning")

C("h34-barn-ev-uvi-odling-skickad", "vgr", "20220117-4824",
  [N("n1", M, "Läkaranteckning", "v_barnakut", "Maja Fors", L, "2024-10-12T20:10", 20, OV, [
      ("Aktuellt", "2-årig flicka med feber 39,5 sedan två dygn utan luftvägssymtom. Gråter vid blöjbyte."),
      ("Status", "Opåverkad mellan febertopparna. Öron, svalg, lungor ua."),
      ("Lab", "CRP 68. U-sticka från påse: leukocyter 2+, nitrit pos."),
      ("Bedömning", "Ev. UVI, kateterprov för odling taget."),
      ("Åtgärd", "Ceftibuten mixtur insatt i väntan på odlingssvar. Ring om hon blir sämre."),
  ])],
  ["NL102"], [],
  "ev. before UVI on the paediatric emergency note")

C("h34-barn-preliminar-diagnos-skolios", "vgr", "20130908-1865",
  [N("n1", M, "Läkaranteckning", "v_barn", "Ahmad Karimi", L, "2024-10-14T15:00", None, OV, [
      ("Aktuellt", "11-årig flicka, skolsköterskan noterade asymmetri vid framåtböjning."),
      ("Status", "Revbenspuckel hö 8 grader på skoliometer, axelhöjd hö > vä. Neurologiskt ua."),
      ("Bedömning", "Preliminär diagnos idiopatisk skolios, röntgen får avgöra."),
      ("Planering", "Helryggsröntgen stående. Remiss barnortoped beroende på Cobb-vinkel."),
  ])],
  ["NL102"], [],
  "a preliminary (preliminär diagnos) skolios in a child's note")

C("h34-barn-storebror-misstankt-autism", "vgr", "20200303-2246",
  [N("n1", M, "Läkaranteckning", "v_barn", "Maja Fors", L, "2024-10-16T13:30", 15, OV, [
      ("Anamnes", "4-årig flicka. Föräldrarna är oroliga eftersom storebror (9) har misstänkt autism och utreds på BUP."),
      ("Observation", "Leker med dockor och berättar i 4–5-ordsmeningar, god ögonkontakt, delar uppmärksamhet, turtagning fungerar."),
      ("Bedömning", "Åldersadekvat utveckling. Ingen vidare utredning, föräldrarna lugnade."),
  ])],
  [], ["NL102"],
  "the hedged autism belongs to the brother, not to the patient")

C("h34-barn-talar-ej-for-astma", "skane", "20160120-3084",
  [N("n1", M, "Läkaranteckning", "s_barn", "Jenny Åkesson", L, "2024-10-11T09:10", 20, OV, [
      ("Aktuellt", "8-årig flicka, hostat i 6 veckor efter RS-infektion i början av september."),
      ("Undersökning", "Spirometri normal, ingen signifikant reversibilitet. FeNO 9 ppb."),
      ("Bedömning", "Talar ej för astma. Postinfektiös hosta som förväntas gå över."),
      ("Åtgärd", "Inga inhalationer. Återkontakt om hostan kvarstår efter jul."),
  ])],
  [], ["NL102"],
  "talar ej för astma: negated, the cough is a symptom")

C("h34-barn-otit-ev-rorinlaggning", "skane", "20220902-2934",
  [N("n1", M, "Mottagningsanteckning", "s_barn", "Karl Rydén", L, "2024-10-15T14:15", 10, OV, [
      ("Aktuellt", "Sjätte akuta mediaotiten sedan i våras enligt journal från VC, alla behandlade med PcV."),
      ("Status", "Vä trumhinna retraherad med vätskenivå, hö ua."),
      ("Bedömning", "Recidiverande akut mediaotit med kvarstående sekretorisk otit vä."),
      ("Åtgärd", "Remiss ÖNH för bedömning av ev. rörinläggning."),
  ])],
  [], ["NL102"],
  "ev. qualifies a procedure (rörinläggning); the otitis is settled")

C("h34-barn-om-feber-mer-an-tre-dygn", "vgr", "20210125-4627",
  [N("n1", M, "Telefonanteckning", "v_barnakut", "Hanna Öberg", SSK, "2024-10-13T09:40", 10, OV, [
      ("Telefonkontakt", "Mamma ringer om 3-årig dotter, besökte barnakuten igår, bedömd som viral övre luftvägsinfektion. "
                         "Äter glass och dricker, feber 38,5 på morgonen."),
      ("Råd", "Om febern håller i sig mer än tre dygn, om hon blir slö eller får andningsbesvär ska de söka igen. "
              "Mamma nöjd med rådet."),
  ])],
  [], ["NL102"],
  "a conditional instruction and a confirmed viral infection, no hedged diagnosis")

C("h34-barn-all-varken-barn-eller-foraldrar-informerade", "skane", "20200814-3279",
  [N("n1", M, "Läkaranteckning", "s_barnavd", "Lovisa Hermansson", L, "2024-10-08T12:05", 25, SV, [
      ("Provsvar", "Benmärgsprov 7/10, flödescytometri: akut lymfatisk leukemi, B-prekursor."),
      ("Bedömning", "ALL. Varken föräldrarna eller pojken har fått besked ännu; samtal med mig och kontaktssk kl 15 idag "
                    "innan överflyttning till barnonkologen i Lund."),
  ])],
  ["NL101"], ["NL102"],
  "a child's leukaemia diagnosis written openly before the child or the guardians are told")

C("h34-barn-eeg-talar-for-absensepilepsi-ej-info", "skane", "20160430-4483",
  [N("n1", M, "Läkaranteckning", "s_barnneuro", "Magnus Rosén", L, "2024-10-10T16:30", 30, OV, [
      ("Undersökning", "EEG 9/10: generaliserade 3 Hz spike-wave-urladdningar under hyperventilation, "
                       "kliniskt stirrande och ögonlocksfladder vid två tillfällen."),
      ("Bedömning", "Talar för absensepilepsi. Föräldrarna och flickan ännu ej informerade, telefontid med föräldrarna i morgon "
                    "och nytt besök bokas för behandlingsstart."),
  ])],
  ["NL101", "NL102"], [],
  "hedged epilepsy diagnosis (talar för) in a visible note while neither child nor guardians have been told")

C("h34-barn-bup-trolig-adhd", "skane", "20150212-3134",
  [N("n1", M, "Psykologanteckning", "s_bup", "Rasmus Lindell", "psykolog", "2024-10-14T11:00", 60, OV, [
      ("Bakgrund", "9-årig pojke, remiss från elevhälsan pga koncentrationssvårigheter, impulsivitet och konflikter på rasterna."),
      ("Testning", "WISC-V: helskala inom normalvariationen, låga värden på arbetsminne. Conners föräldra- och lärarskattning förhöjda."),
      ("Bedömning", "Trolig ADHD kombinerad form. Utredningen fortsätter med läkarbedömning och skolobservation."),
  ])],
  ["NL102"], [],
  "trolig ADHD in a BUP psychologist's note on a 9-year-old")

C("h34-barn-typ1-diabetes-familjen-informerad", "skane", "20140627-2631",
  [N("n1", M, "Läkaranteckning", "s_barnavd", "Lovisa Hermansson", L, "2024-10-07T17:20", 20, SV, [
      ("Aktuellt", "10-årig pojke inlagd med törst, viktnedgång och P-glukos 24, ketoner 2,1, pH 7,34."),
      ("Bedömning", "Nydebuterad typ 1-diabetes utan allvarlig ketoacidos."),
      ("Information", "Pojken och båda föräldrarna informerade om diagnosen av mig och diabetessköterskan. "
                      "Skolgång och idrott diskuterades, pojken var mest orolig för fotbollen."),
      ("Planering", "Subkutant insulin, undervisning i injektionsteknik från i morgon."),
  ])],
  [], ["NL101"],
  "the child and both guardians were told the diagnosis")

# ------------------------------------------------------------------ Skåne primary care referrers (PMO)
C("h34-pmo-vc-misstankt-pneumoni-remiss", "skane", "19410919-2171",
  [N("n1", P, "Besöksanteckning", "s_vc_nasby", "Robert Jönsson", L, "2024-10-07T10:40", 20, OV, [
      ("Aktuellt", "Feber och hosta sedan tre dagar, andfådd vid promenad till brevlådan."),
      ("Status", "AF 26, SaO2 89 %, krepitationer hö basalt. CRP 210."),
      ("Bedömning", "Misstänkt pneumoni med hypoxi."),
      ("Åtgärd", "Remiss akutmottagningen CSK, åker med ambulans."),
  ])],
  [], ["NL102"],
  "PMO note: diagnoses are never shown to the patient, so a hedged diagnosis does not fire")

C("h34-pmo-hemsjukvard-trolig-uvi", "skane", "19340104-3603",
  [N("n1", P, "Hembesök", "s_hsv", "Camilla Ståhl", SSK, "2024-10-11T13:15", 30, OV, [
      ("Hembesök", "Hemtjänsten larmade om ökad förvirring sedan igår. Illaluktande urin, feber 38,0."),
      ("Bedömning", "Trolig UVI, urinsticka nitrit pos. Kontaktat dr Jönsson som ordinerar pivmecillinam."),
      ("Åtgärd", "Urinodling skickad. Extra tillsyn av hemtjänsten i kväll."),
  ])],
  [], ["NL102"],
  "PMO home-care note with trolig UVI: PMO never shows diagnoses")

C("h34-pmo-bvc-misstankt-sprakstorning", "skane", "20210702-3828",
  [N("n1", P, "BVC-besök 3 år", "s_bvc", "Anna Bergström", SSK, "2024-10-15T09:30", 20, OV, [
      ("Utveckling", "Använder ca 20 enstaka ord, inga tvåordsfraser. Förstår enkla uppmaningar. Hörsel ua vid screening."),
      ("Bedömning", "Misstänkt språkstörning."),
      ("Åtgärd", "Remiss logoped. Föräldrarna får tips om språkstimulerande lek."),
  ])],
  [], ["NL102"],
  "child health care in PMO: a hedged diagnosis in PMO is never visible")

C("h34-pmo-vc-dvt-misstanke-sedan-sjukhus-verifierat", "skane", "19650418-7532",
  [N("n1", P, "Telefonkontakt", "s_vc_ahus", "Sara Wennberg", L, "2024-10-08T08:50", 15, OV, [
      ("Kontaktorsak", "Svullet ömt hö ben sedan igår, nyligen gipsad fotled."),
      ("Bedömning", "Sannolik DVT hö underben."),
      ("Åtgärd", "Hänvisad till akutmottagningen CSK för UL idag."),
   ]),
   N("n2", M, "Läkaranteckning", "s_medavd6", "Nils Gustafsson", L, "2024-10-08T15:30", 20, OV, [
      ("Utredning", "UL hö ben: trombos i v. poplitea och vadvener."),
      ("Bedömning", "Distal DVT hö, provocerad av gipsbehandling. Eliquis i tre månader, pat informerad."),
   ])],
  [], [("NL102", "n1")],
  "the hedged DVT stands in the PMO vårdcentral note (n1), which never shows diagnoses; the later Melior note confirms it")

# ------------------------------------------------------------------ psychiatry
C("h34-psyk-dd-bipolar-typ2", "vgr", "19900203-4289",
  [N("n1", M, "Läkaranteckning", "v_psyk", "Jakob Hedin", L, "2024-10-09T13:00", 45, OV, [
      ("Anamnes", "34-årig kvinna med recidiverande depressioner sedan 20-årsåldern, flera SSRI-försök med kortvarig effekt."),
      ("Aktuellt", "Beskriver perioder på 3–5 dygn med minskat sömnbehov, mycket energi och impulsköp för stora summor, "
                   "senast i augusti. Nu nedstämd sedan 4 v."),
      ("Psykiskt status", "Vaken, orienterad. Sänkt grundstämning, adekvat affekt. Inga psykotiska symtom. Förnekar suicidtankar."),
      ("Bedömning", "DD bipolär sjukdom typ II. Avvaktar med dosökning av escitalopram."),
      ("Planering", "MDQ och livsdiagram till nästa besök om två veckor."),
  ])],
  ["NL102"], [],
  "DD followed by a diagnosis in a visible psychiatric Bedömning")

C("h34-psyk-lang-misstankt-eips", "skane", "20010916-6041",
  [N("n1", M, "Nybesök läkare", "s_psyk", "Anna-Karin Blomqvist", L, "2024-10-10T10:00", 80, OV, [
      ("Remissorsak", "Remiss från VC Åhus: 23-årig kvinna med nedstämdhet, självskadebeteende och tre akutbesök sedan i våras."),
      ("Tidigare psykiatrisk anamnes", "Kontakt med BUP 14–17 år för ångest och självskada, behandlad med KBT och sertralin. "
                                       "Ingen tidigare heldygnsvård. Ett intoxikationsförsök med paracetamol 2022."),
      ("Social anamnes", "Bor själv i lägenhet i Kristianstad. Studerar till undersköterska på halvfart, CSN. "
                         "Kontakt med mamma, pappa bor i Göteborg. Sambo separerade i somras."),
      ("Missbruk", "Alkohol helger, ibland mycket. Provat cannabis, inte senaste året. AUDIT 14."),
      ("Aktuellt", "Beskriver snabba humörsvängningar flera gånger per dag, tomhetskänsla, intensiv rädsla för att bli lämnad. "
                   "Skär sig i underarmarna när ångesten blir för stor, senast för 5 dagar sedan. "
                   "Relationer beskrivs som antingen fantastiska eller katastrofala."),
      ("Psykiskt status", "Vaken, klar, orienterad. Välvårdad, god kontakt. Labil affekt, gråter emellanåt. "
                          "Grundstämning lätt sänkt. Tankeinnehåll kretsar kring separationen. Inga hallucinationer eller vanföreställningar. "
                          "Passiva dödstankar, inga planer. Ytliga läkta ärr samt en färsk skärskada vä underarm."),
      ("Suicidriskbedömning", "Förhöjd kronisk risk, akut risk bedöms låg. Skyddsfaktorer: studier, mamma, hunden."),
      ("Bedömning", "Misstänkt emotionellt instabil personlighetsstörning med återkommande självskada. "
                    "Samsjuklighet med riskbruk av alkohol."),
      ("Planering", "Strukturerad intervju SCID-5-PD med psykolog. Erbjuds DBT-färdighetsträning i grupp från januari. "
                    "Krisplan upprättad tillsammans med pat. Återbesök om 3 v."),
  ])],
  ["NL102"], [],
  "long new-visit chart: a hedged personality-disorder diagnosis sits in the visible Bedömning")

C("h34-psyk-inga-tecken-pa-psykos-depression", "skane", "19780805-1572",
  [N("n1", M, "Läkaranteckning", "s_psyk", "Samir Haddad", L, "2024-10-16T14:30", 25, OV, [
      ("Aktuellt", "Känd recidiverande depressiv sjukdom, sedan ett par veckor sömnlös igen och drar sig undan."),
      ("Psykiskt status", "Sänkt grundstämning, psykomotoriskt långsam. Inga tecken på psykos. Förnekar suicidplaner."),
      ("Bedömning", "Recidiverande depression, nu medelsvår episod."),
      ("Planering", "Ev. dosökning av sertralin till 150 mg diskuteras på nästa besök om en vecka. Kontakt med ssk under tiden."),
  ])],
  [], ["NL102"],
  "psychosis is negated and ev. qualifies a dose change; the depression is a known diagnosis")

C("h34-psyk-schizofreni-ej-kommunicerad-misstanksam", "skane", "19951104-3714",
  [N("n1", M, "Läkaranteckning", "s_psykavd", "Jon Melander", L, "2024-10-15T15:10", 40, SV, [
      ("Aktuellt", "Vårdats sex veckor enligt LPT. Hörselhallucinationer avtagande på olanzapin 15 mg."),
      ("Psykiskt status", "Fortfarande misstänksam mot personalen och grannarna, men kan föra ett samtal om framtiden."),
      ("Bedömning", "Uppfyller nu kriterierna för schizofreni, paranoid form. Diagnosen har ännu inte kommunicerats med pat "
                    "eftersom han är fortsatt orolig; tas upp när han är mer stabil, sannolikt nästa vecka."),
  ])],
  ["NL101"], ["NL102"],
  "settled schizophrenia not yet communicated; misstänksam describes the patient's mood and sannolikt a timepoint, neither hedges a diagnosis")

C("h34-psyk-dd-hypotyreos-depression", "vgr", "19720418-9265",
  [N("n1", M, "Läkaranteckning", "v_psyk", "Jakob Hedin", L, "2024-10-17T09:00", None, OV, [
      ("Aktuellt", "Trött, nedstämd och frusen sedan sommaren, gått upp 6 kg. Ingen tidigare psykisk ohälsa."),
      ("Status", "Torr hud, långsamma reflexer. MADRS-S 22."),
      ("Bedömning", "DD: hypotyros, depressiv episod. Provtagning innan behandlingsbeslut."),
      ("Åtgärd", "TSH, fritt T4, Hb, B12, folat idag. Tel-kontakt när svaren kommit."),
  ])],
  ["NL102"], [],
  "a DD list (hypotyreos misspelt hypotyros, depressiv episod) in a visible section")

C("h34-psyk-adhd-utredning-aterkoppling-informerad", "vgr", "19980121-3571",
  [N("n1", M, "Läkaranteckning", "v_psyk", "Elsa Håkansson", L, "2024-10-11T14:00", 30, OV, [
      ("Återkoppling", "Genomgång av den neuropsykiatriska utredningen tillsammans med psykolog Berglund."),
      ("Information", "Pat informerad om att kriterierna för ADHD, kombinerad form, är uppfyllda. "
                      "Han får en skriftlig sammanfattning hem och vill fundera på läkemedelsbehandling."),
      ("Planering", "Återbesök om 4 v, EKG och BT inför ev. centralstimulantia."),
  ])],
  [], ["NL101"],
  "a settled ADHD diagnosis communicated today")

C("h34-psyk-bipolar-arbetsgivaren-vet-ej", "skane", "19820913-4124",
  [N("n1", M, "Sjuksköterskeanteckning", "s_psyk", "Maria Lövgren", SSK, "2024-10-14T15:20", 20, OV, [
      ("Samtal", "Uppföljning av litiumbehandling för bipolär sjukdom typ I, stabil sedan två år."),
      ("Arbete", "Hon har valt att inte berätta för sin arbetsgivare om sin bipolära sjukdom, "
                 "vill ta upp det först om hon behöver anpassningar."),
      ("Planering", "S-litium och krea om 3 mån."),
  ])],
  [], ["NL101"],
  "the patient knows her diagnosis; it is her employer she has not told")

C("h34-psyk-litium-normalt-ej-meddelat", "vgr", "19750608-2648",
  [N("n1", M, "Journalanteckning", "v_psyk", "Elsa Håkansson", L, "2024-10-17T16:10", 5, OV, [
      ("Provsvar", "S-litium 0,7 mmol/l, krea 78, TSH 2,1 – allt inom referensområdet."),
      ("Kommentar", "Bipolär sjukdom typ I sedan 2015. Pat ännu ej informerad om de normala värdena, besked via 1177-meddelande i morgon."),
  ])],
  [], ["NL101"],
  "what is untold is a normal lab result, not the long-known bipolar diagnosis")

C("h34-psyk-th-mall-skane-misstankt-psykos", "skane", "19990727-5516",
  [N("n1", M, "Tidiga hypoteser", "s_psyk", "Samir Haddad", L, "2024-10-08T16:45", 20, OV, [
      ("Bedömning", "Misstänkt prodromalfas av schizofreni hos 25-åring med tilltagande social isolering och bisarra idéer."),
      ("Planering", "Följs tätt, diskuteras med psykosteamet. Ej kommunicerat med pat ännu."),
  ])],
  [], ["NL102"],
  "Skåne: the whole note uses the Tidiga hypoteser template, so the hedged diagnosis is protected")

# ------------------------------------------------------------------ rehabilitation and geriatrics
C("h34-rehab-mojligt-crps-efter-radiusfraktur", "skane", "19610224-4461",
  [N("n1", M, "Läkaranteckning", "s_rehab", "Gunilla Paulsson", L, "2024-10-08T09:00", 40, OV, [
      ("Anamnes", "Distal radiusfraktur hö, gipsbehandlad juli–augusti. Sedan gipsborttagningen brännande smärta och svullnad i handen."),
      ("Status", "Hö hand svullen, blålila, kallare än vä, glansig hud. Allodyni dorsalt. Nedsatt knytnävsgrepp."),
      ("Bedömning", "Möjligt CRPS typ 1 hö hand, uppfyller flera men inte alla Budapestkriterier idag."),
      ("Åtgärd", "Remiss handrehab, spegelterapi. Prednisolonkur diskuteras vid nästa besök."),
  ])],
  ["NL102"], [],
  "möjligt CRPS in a rehabilitation medicine Bedömning")

C("h34-rehab-talar-mest-for-postcommotionellt", "vgr", "19920511-3815",
  [N("n1", M, "Läkaranteckning", "v_rehab", "Peter Almqvist", L, "2024-10-15T13:30", None, OV, [
      ("Anamnes", "Hjärnskakning vid cykelolycka i juni, DT hjärna då ua. Sedan dess huvudvärk, ljudkänslighet, uttröttbarhet."),
      ("Undersökning", "RPQ 38 poäng. Neurologiskt ua."),
      ("Bedömning", "Bilden talar mest för postcommotionellt syndrom."),
      ("Planering", "Teambedömning med arbetsterapeut och psykolog. Gradvis upptrappning av arbetet, 25 % från november."),
  ])],
  ["NL102"], [],
  "talar mest för + a syndrome diagnosis")

C("h34-rehab-stroke-trol-utskrivning-ev-hembesok", "vgr", "19440922-1597",
  [N("n1", M, "Daganteckning", "v_rehabavd", "Peter Almqvist", L, "2024-10-14T11:15", 20, SV, [
      ("Diagnos", "Ischemisk stroke vä hemisfär 19/9 med hö-sidig hemipares och lätt afasi."),
      ("Förlopp", "Går nu med rollator 50 m, klarar toalettbesök med tillsyn. Talet förbättrat."),
      ("Planering", "Trol. utskrivning v 44 med hemrehab. Ev. arbetsterapeutiskt hembesök innan, stäms av med anhöriga."),
  ])],
  [], ["NL102"],
  "trol. and ev. qualify discharge planning; the stroke diagnosis is confirmed")

C("h34-rehab-fragestallning-ganghjalpmedel", "vgr", "19470301-4649",
  [N("n1", M, "Fysioterapeutanteckning", "v_rehabavd", "Nora Sjögren", "fysioterapeut", "2024-10-16T10:20", 25, SV, [
      ("Frågeställning", "Från avdelningen: behov av gånghjälpmedel inför hemgång?"),
      ("Undersökning", "Går 40 m utan hjälpmedel men med breddad gångbas, två snubblingar. Bergs balansskala 38/56."),
      ("Åtgärd", "Rollator utprovad, går säkrare. Förskrivning görs."),
  ])],
  [], ["NL102"],
  "Frågeställning here asks about a walking aid, not a diagnosis")

C("h34-rehab-fys-fragestallning-karpaltunnelsyndrom", "skane", "19740430-1884",
  [N("n1", M, "Fysioterapeutanteckning", "s_rehab", "Jonatan Berg", "fysioterapeut", "2024-10-17T13:40", 20, OV, [
      ("Aktuellt", "Domningar i tumme, pek- och långfinger vä hand nattetid sedan två månader."),
      ("Undersökning", "Phalens test positivt vä efter 30 s, Tinels tecken positivt över karpaltunneln."),
      ("Bedömning", "Frågeställning karpaltunnelsyndrom vä, tas upp med ansvarig läkare för ställningstagande till neurografi."),
      ("Åtgärd", "Nattlig handledsortos utprovad."),
  ])],
  ["NL102"], [],
  "Frågeställning + karpaltunnelsyndrom is an open diagnostic question in a visible section")

C("h34-ger-fragestallning-alzheimer-utredning", "vgr", "19480709-2400",
  [N("n1", M, "Läkaranteckning", "v_minne", "Birgitta Andersson", L, "2024-10-09T10:30", 40, OV, [
      ("Utredning", "Frågeställning: Alzheimers sjukdom? MoCA 21/30, delayed recall 1/5."),
      ("Anamnes", "Maken beskriver att hon sedan två år tappar bort saker, har slutat laga mat och gått vilse i Borås centrum."),
      ("Planering", "MR hjärna, likvorprov med biomarkörer, neuropsykologisk testning. Återbesök i november."),
  ])],
  ["NL102"], [],
  "Frågeställning naming a diagnosis, with a question mark, in the visible Utredning")

C("h34-ger-alzheimer-dottern-vill-vara-med", "skane", "19420206-3253",
  [N("n1", M, "Läkaranteckning", "s_ger", "Lennart Olsson", L, "2024-10-14T14:45", 35, OV, [
      ("Sammanfattning", "MR: mediotemporal atrofi MTA 3 bilat. Likvor: lågt beta-amyloid 42/40-kvot, förhöjt fosfo-tau. MMT 22."),
      ("Bedömning", "Alzheimers sjukdom, sen debut, lindrig demensgrad."),
      ("Information", "Pat har ännu inte fått diagnosen förmedlad. Dottern önskar vara med vid beskedet, som ges 22/10."),
  ])],
  ["NL101"], ["NL102"],
  "an Alzheimer diagnosis written openly while the note says it has not yet been conveyed to the patient")

C("h34-ger-th-mall-misstankt-lewy", "skane", "19400515-3715",
  [N("n1", M, "Tidiga hypoteser", "s_ger", "Lennart Olsson", L, "2024-10-17T11:30", 20, OV, [
      ("Bedömning", "Fluktuerande kognition, visuella hallucinationer och lätt parkinsonism: misstänkt Lewykroppsdemens. "
                    "Tas inte upp med pat förrän DaT-scan är gjord."),
  ])],
  [], ["NL102", "NL101"],
  "Skåne Tidiga hypoteser template: the hedged, untold diagnosis is protected")

C("h34-ger-neuropsyk-demens-ej-delgiven", "vgr", "19510830-4634",
  [N("n1", M, "Journalanteckning", "v_minne", "Karolina Widén", L, "2024-10-16T15:00", 30, OV, [
      ("Utredning", "Neuropsykologisk utredning klar: globalt nedsatt kognition, framför allt exekutivt och episodiskt minne."),
      ("Bedömning", "Vaskulär demens, sammanvägt med MR-fynd av uttalade vitsubstansförändringar."),
      ("Information", "Resultatet är ännu inte delgivet pat. Besked vid läkarbesök tillsammans med sonen 29/10."),
  ])],
  ["NL101"], [],
  "resultatet ej delgivet: a settled dementia diagnosis not yet shared with the patient")

# ------------------------------------------------------------------ neurology, infection, ENT, eye
C("h34-neuro-mr-forenligt-med-ms-informerad", "skane", "19940906-2461",
  [N("n1", M, "Läkaranteckning", "s_neuro", "Kristina Åström", L, "2024-10-11T13:30", 40, OV, [
      ("Aktuellt", "Synnedsättning vä öga med smärta vid ögonrörelser i augusti, gick över på 4 v. Domningar i benen för ett år sedan."),
      ("MR", "MR hjärna och rygg: multipla periventrikulära och juxtakortikala T2-lesioner, en kontrastladdande, "
             "förenligt med MS."),
      ("Information", "Pat informerad om MR-fynden och att MS är den mest sannolika förklaringen, LP krävs för att bekräfta."),
      ("Planering", "LP med oligoklonala band nästa vecka. Kontaktsjuksköterskan ringer på fredag."),
  ])],
  ["NL102"], ["NL101"],
  "the patient is told about a hedged MS diagnosis: NL101 stays silent but the visible hedge still fires NL102")

C("h34-neuro-ms-diagnos-pat-har-annu-inte-informerats", "vgr", "19870312-1247",
  [N("n1", M, "Läkaranteckning", "v_neuro", "Hanna Johansson", L, "2024-10-14T16:00", 20, OV, [
      ("Provsvar", "Likvor: oligoklonala band i likvor men ej i serum, IgG-index förhöjt."),
      ("Bedömning", "Med MR-bilden från september uppfylls McDonaldkriterierna: skovvis förlöpande multipel skleros. "
                    "Pat har ännu inte informerats, ringer inte per telefon med detta utan kallar till besök 18/10."),
  ])],
  ["NL101"], ["NL102"],
  "a settled MS diagnosis is documented visibly before the patient is told")

C("h34-neuro-forenligt-med-als-ej-informerad", "vgr", "19560109-5713",
  [N("n1", M, "Läkaranteckning", "v_neuro", "Fredrik Lind", L, "2024-10-17T15:15", 30, OV, [
      ("Undersökning", "ENeG: utbredd denervation i tre regioner, fascikulationer. Normala sensoriska svar."),
      ("Bedömning", "Fynden är förenlga med ALS. Pat är ännu inte informerad, besked ges vid besök med hustrun nästa vecka "
                    "efter diskussion på neurologkonferensen."),
  ])],
  ["NL101", "NL102"], [],
  "hedged ALS (förenliga med, typo förenlga) that the patient has not been told: both rules apply")

C("h34-neuro-tidigare-misstankt-ms-avskrevs", "skane", "19900128-6641",
  [N("n1", M, "Läkaranteckning", "s_neuro", "Kristina Åström", L, "2024-10-18T10:20", 20, OV, [
      ("Anamnes", "Tidigare misstänkt MS 2019 som avskrevs efter normal MR och LP. Nu migrän med aura ca 2 ggr/mån."),
      ("Bedömning", "Migrän med aura, typiskt förlopp."),
      ("Åtgärd", "Sumatriptan 50 mg vid anfall. Huvudvärksdagbok."),
  ])],
  [], ["NL102"],
  "an old suspicion of MS that was ruled out (avskrevs); the current migraine is settled")

C("h34-neuro-mojligen-latt-nedsatt-kraft", "vgr", "19830615-2979",
  [N("n1", M, "Läkaranteckning", "v_neuro", "Hanna Johansson", L, "2024-10-09T11:40", 15, OV, [
      ("Status", "Möjligen lätt nedsatt kraft i vä handens dorsalflexion, svårbedömt pga smärta. Reflexer lika bilat."),
      ("Bedömning", "Cervikal rizopati C6 vä, verifierad på MR med diskbråck C5–C6."),
      ("Åtgärd", "Remiss fysioterapeut. Ny kontroll om 6 v."),
  ])],
  [], ["NL102"],
  "möjligen qualifies a clinical finding (weakness); the radiculopathy is verified")

C("h34-inf-trolig-neuroborrelios", "skane", "19700818-1930",
  [N("n1", M, "Läkaranteckning", "s_inf", "Axel Rydberg", L, "2024-10-08T14:15", 30, OV, [
      ("Aktuellt", "Fästingbett i juli på Österlen. Sedan 3 v nattlig värk i ryggen som strålar ut i bålen, nu hö-sidig facialispares."),
      ("Status", "Perifer facialispares hö, i övrigt neurologiskt ua."),
      ("Bedömning", "Trolig neuroborrelios."),
      ("Åtgärd", "LP idag med borreliaserologi i likvor och serum. Doxycyklin 200 mg x 1 startas i avvaktan."),
  ])],
  ["NL102"], [],
  "trolig + neuroborrelios in an infection clinic note")

C("h34-inf-hepatit-c-ej-infomerad-stavfel", "skane", "19850205-3575",
  [N("n1", M, "Journalanteckning", "s_inf", "Axel Rydberg", L, "2024-10-15T10:50", 15, OV, [
      ("Provsvar", "Anti-HCV pos, HCV-RNA 2,1 miljoner IE/ml, genotyp 3a."),
      ("Bedömning", "Kronisk hepatit C. Pat ej infomerad ännu, han har inte svarat på två telefonförsök. Smittskyddsanmälan gjord."),
      ("Planering", "Brev med kallelse till besök nästa vecka."),
  ])],
  ["NL101"], ["NL102"],
  "typo infomerad in the not-informed phrase; a settled hepatitis C diagnosis is visible")

C("h34-inf-hiv-pos-ej-natt-pat", "skane", "19930714-4155",
  [N("n1", M, "Telefonanteckning", "s_inf", "Rebecka Söderberg", L, "2024-10-17T12:40", 10, OV, [
      ("Telefonkontakt", "Sökt pat två gånger utan svar. HIV-1 konfirmerat positivt, CD4 410. "
                         "Pat således ännu inte informerad om diagnosen."),
      ("Åtgärd", "Kuratorn och jag försöker igen i morgon förmiddag, annars brev om besökstid."),
  ])],
  ["NL101"], [],
  "an unreachable patient: confirmed HIV written in a visible phone note before he is informed")

C("h34-inf-hepatit-b-tidigare-vardgivare-informerar-nu", "skane", "19780320-1081",
  [N("n1", M, "Läkaranteckning", "s_inf", "Axel Rydberg", L, "2024-10-10T09:30", 40, OV, [
      ("Bakgrund", "Inflyttad från Stockholm i våras. Enligt inskickad journal är hon HBsAg-positiv sedan 2016, "
                   "men det framgår att hon aldrig informerats om diagnosen hos tidigare vårdgivare."),
      ("Information", "Via tolk på arabiska informerad idag om att hon bär hepatit B och vad det innebär för familjen. "
                      "Maken och barnen erbjuds provtagning."),
      ("Planering", "ALAT, HBV-DNA, UL lever. Återbesök om 4 v."),
  ])],
  [], ["NL101"],
  "a previously undisclosed diagnosis is communicated in this visit")

C("h34-onh-susp-peritonsillit", "skane", "19980807-2145",
  [N("n1", M, "Mottagningsanteckning", "s_onh", "Victor Ahlström", L, "2024-10-13T14:50", 20, OV, [
      ("Aktuellt", "Halsont sedan 5 dagar, nu svårt att gapa och svälja, talar med grötig röst."),
      ("Status", "Trismus 2 cm. Hö tonsill medialiserad, uvula deviererad åt vä. T 38,4."),
      ("Bedömning", "Susp. peritonsillit hö."),
      ("Åtgärd", "Punktion planeras efter lokalbedövning, odling tas."),
  ])],
  ["NL102"], [],
  "susp. (suspekt) abbreviation before peritonsillit")

C("h34-ogon-forefaller-vara-glaukom", "vgr", "19570120-4272",
  [N("n1", M, "Läkaranteckning", "v_ogon", "Louise Ekström", L, "2024-10-08T08:30", 25, OV, [
      ("Aktuellt", "Remiss från optiker: ökad excavation och tryck 26 bilat."),
      ("Undersökning", "IOP 27/25 mmHg. Cup/disc 0,7 hö, 0,6 vä. Öppna kammarvinklar."),
      ("Bedömning", "Förefaller vara ett tidigt öppenvinkelglaukom bilat, synfält och OCT behövs för att avgöra."),
      ("Planering", "Synfält och OCT nästa vecka, därefter beslut om droppbehandling."),
  ])],
  ["NL102"], [],
  "förefaller vara (appears to be) + glaukom: an unconfirmed diagnosis at the eye clinic")

C("h34-onh-sensorineural-horselnedsattning-ev-horapparat", "vgr", "19490702-1119",
  [N("n1", M, "Audionomanteckning", "v_onh", "Per Sundqvist", "audionom", "2024-10-11T10:10", 15, OV, [
      ("Undersökning", "Tonaudiogram: symmetrisk sensorineural hörselnedsättning i diskanten, 50 dB vid 4 kHz."),
      ("Bedömning", "Åldersrelaterad hörselnedsättning bilat."),
      ("Planering", "Ev. hörapparatutprovning, pat vill fundera till efter jul."),
  ])],
  [], ["NL102"],
  "ev. concerns a hearing aid fitting; the hearing loss is measured and settled")

# ------------------------------------------------------------------ NL101: told / not told, across clinics
C("h34-101-lungcancer-pat-vet-annu-inte", "vgr", "19550404-2192",
  [N("n1", M, "Läkaranteckning", "v_lung", "Magnus Olofsson", L, "2024-10-09T15:20", 25, OV, [
      ("Provsvar", "EBUS-TBNA station 7 och 4R: småcellig lungcancer."),
      ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt DT. Pat vet ännu inte om svaret; "
                    "han och hustrun kommer på besök i morgon kl 10 och då ges beskedet."),
      ("Planering", "Anmäld till lungonkolog i Göteborg, PET-DT beställd."),
  ])],
  ["NL101"], ["NL102"],
  "pat vet ännu inte: a lung cancer diagnosis documented visibly the day before the patient is told")

C("h34-101-kll-ej-inforemrad-stavfel", "vgr", "19490917-6382",
  [N("n1", M, "Journalanteckning", "v_hema", "Annika Berg", L, "2024-10-10T11:05", 10, OV, [
      ("Provsvar", "Flödescytometri perifert blod: klonala B-celler CD5+/CD23+, lymfocyter 28."),
      ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Pat ej inforemrad ännu, kallas till mottagningen v 43."),
  ])],
  ["NL101"], [],
  "typo inforemrad in the not-informed phrase; a settled CLL diagnosis is visible")

C("h34-101-tyreoideacancer-ska-ej-meddelas-forran", "vgr", "19810826-5045",
  [N("n1", M, "Läkaranteckning", "v_endo", "Lars Wester", L, "2024-10-11T13:25", 20, OV, [
      ("Provsvar", "Finnålspunktion av den 2,5 cm stora knölen i hö tyreoidealob: Bethesda VI, papillär tyreoideacancer."),
      ("Bedömning", "Papillär tyreoideacancer. Ska ej meddelas pat förrän endokrinkirurgen kontaktats och kan ge op-tid samma dag."),
  ])],
  ["NL101"], [],
  "ska ej meddelas pat förrän: the note defers telling a diagnosis it shows in plain text")

C("h34-101-hcm-pa-mr-ej-informerad", "skane", "19860530-3596",
  [N("n1", M, "Läkaranteckning", "s_kard", "Lars Håkansson", L, "2024-10-16T16:15", None, OV, [
      ("MR hjärta", "Asymmetrisk septal hypertrofi 21 mm, fläckvis LGE, ingen obstruktion i vila."),
      ("Bedömning", "Hypertrof kardiomyopati. Pat ej infromerad om MR-svaret ännu, ringer honom i morgon och bokar besök "
                    "för information och genetisk vägledning."),
  ])],
  ["NL101"], ["NL102"],
  "hypertrophic cardiomyopathy written openly while the patient is not yet informed (typo infromerad)")

C("h34-101-levercirros-medvetet-inte-tagits-upp", "vgr", "19640114-3778",
  [N("n1", M, "Daganteckning", "v_medavd42", "Ingrid Svensson", L, "2024-10-09T13:40", None, SV, [
      ("Aktuellt", "Inlagd för ascites, tappat 6 liter igår. Alkoholöverkonsumtion sedan många år."),
      ("Utredning", "UL: nodulär lever, splenomegali. Fibroscan 42 kPa. Albumin 26, PK 1,6."),
      ("Bedömning", "Alkoholorsakad levercirros, Child-Pugh C. Diagnosen har medvetet inte tagits upp med pat ännu "
                    "då han varit konfusorisk; görs när han är klar."),
  ])],
  ["NL101"], ["NL102"],
  "medvetet inte tagits upp: a deliberately withheld cirrhosis diagnosis in a visible ward note")

C("h34-101-misstankt-pankreascancer-ej-info", "skane", "19500522-1311",
  [N("n1", M, "Läkaranteckning", "s_kirmott", "Mikael Åberg", L, "2024-10-15T14:05", 30, OV, [
      ("Röntgen", "DT buk: 3 cm hypodens förändring i pankreashuvudet med dilaterad ductus choledochus och pankreasgång."),
      ("Bedömning", "Misstänkt pankreascancer. Pat ej informerad om DT-svaret ännu, besked ges vid besöket på torsdag "
                    "tillsammans med kontaktssk."),
      ("Planering", "CA 19-9, anmäld till HPB-konferens i Lund."),
  ])],
  ["NL101", "NL102"], [],
  "a hedged pancreatic cancer the patient has not been told: both rules apply")

C("h34-101-epikris-pad-ventrikelcancer-vid-utskrivning", "vgr", "19430922-6936",
  [N("n1", M, "Epikris", "v_medavd41", "Ali Rahimi", L, "2024-10-18T14:30", 120, SV, [
      ("Epikris", "81-årig man inlagd 13/10–18/10 för melena och Hb 74. Gastroskopi: ulcererande tumör i corpus, "
                  "biopsier tagna. Transfunderad 3 enheter."),
      ("Diagnoser", "Adenocarcinom i ventrikeln enligt PAD som kom på utskrivningsdagen. Blödningsanemi."),
      ("Information", "Vid utskrivning ej informerad om PAD-svaret, som kom efter att han lämnat avdelningen. "
                      "Kirurgmottagningen kallar honom till besök för besked inom en vecka."),
  ])],
  ["NL101"], [],
  "a discharge summary lists a cancer diagnosis that the patient left without being told")

C("h34-101-brostcancer-osignerat-utkast-ej-informerad", "vgr", "19670418-4008",
  [N("n1", M, "Läkaranteckning", "v_brost", "Helena Viklund", L, "2024-10-17T17:10", None, OV, [
      ("Provsvar", "Mellannålsbiopsi hö bröst: invasiv lobulär cancer, ER+, HER2 neg."),
      ("Bedömning", "Bröstcancer hö. Pat är ännu ej informerad, besked på mottagningen måndag med kontaktsjuksköterska."),
  ])],
  ["NL101"], ["NL102"],
  "unsigned draft (pre-signing): a cancer diagnosis written with an explicit not-yet-informed remark")

C("h34-101-n1-ej-info-n2-port-ssk", "vgr", "19710210-2659",
  [N("n1", M, "Läkaranteckning", "v_onk", "Tove Ljungberg", L, "2024-10-08T11:30", 20, OV, [
      ("Provsvar", "DT thorax-buk: nytillkomna levermetastaser, tre st, största 3 cm."),
      ("Bedömning", "Progress av koloncancer med levermetastaser. Pat inte informerad ännu, planerat samtal 15/10."),
   ]),
   N("n2", M, "Sjuksköterskeanteckning", "v_onk", "Malin Kjellberg", SSK, "2024-10-10T09:00", 15, OV, [
      ("Omvårdnad", "Venport spolad och provtagning via port för CEA och blodstatus. Pat pigg, inga frågor."),
   ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "the doctor's note n1 shows new metastases before telling; the nurse's note n2 has no diagnosis")

C("h34-101-n2-besked-efter-n1", "skane", "19530311-1545",
  [N("n1", M, "Journalanteckning", "s_lung", "Ulrika Strömberg", L, "2024-10-10T16:00", 10, OV, [
      ("Provsvar", "Bronkoskopi 4/10, PAD: skivepitelcancer i hö överlobsbronk."),
      ("Bedömning", "Lungcancer av skivepiteltyp. Pat ej informerad ännu, besked 14/10."),
   ]),
   N("n2", M, "Läkaranteckning", "s_lung", "Ulrika Strömberg", L, "2024-10-14T11:15", 45, OV, [
      ("Besök", "Besök med sonen och kontaktsjuksköterska."),
      ("Information", "Pat har idag fått beskedet om skivepitelcancer i hö lunga och att den bedöms operabel. "
                      "Frågor om rökningen och om sonen behöver undersökas besvarades."),
      ("Planering", "Spirometri och arbetsprov inför ställningstagande till lobektomi."),
   ])],
  [], [("NL101", "n2")],
  "the later note n2 documents the diagnosis being given; the earlier withholding note is not asserted here")

C("h34-101-skane-th-mall-recidiv-ej-informerad", "skane", "19620819-5823",
  [N("n1", M, "Tidiga hypoteser", "s_onk", "Jenny Falk", L, "2024-10-16T10:10", 15, OV, [
      ("Bedömning", "CA 15-3 stigande 28→64 på tre månader. Misstänkt recidiv av bröstcancer, skelettscint beställd. "
                    "Pat ej informerad om misstanken, tas upp när scint är klar."),
  ])],
  [], ["NL101", "NL102"],
  "Skåne Tidiga hypoteser template: the untold, hedged recurrence is protected")

C("h34-101-vgr-th-sokord-lymfom-ej-informerad", "vgr", "19790707-4921",
  [N("n1", M, "Läkaranteckning", "v_hema", "Annika Berg", L, "2024-10-14T12:30", 30, OV, [
      ("Aktuellt", "Förstorade lymfkörtlar på halsen sedan två månader. Biopsi tagen 7/10."),
      ("Tidiga hypoteser", "Preliminärt PAD talar för follikulärt lymfom, immunhistokemi återstår. Pat ej informerad."),
      ("Planering", "Återbesök när slutligt PAD är klart. PET-DT beställd."),
  ])],
  [], ["NL101", "NL102"],
  "VGR: the untold, hedged lymphoma sits only under the sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("h34-101-vgr-th-sokord-men-bedomning-lacker", "vgr", "19580126-7195",
  [N("n1", M, "Läkaranteckning", "v_kirmott", "Ebba Nordqvist", L, "2024-10-17T14:50", 25, OV, [
      ("Tidiga hypoteser", "Tumören kan växa in i v. porta, tas upp med HPB-teamet."),
      ("Bedömning", "PAD från EUS-biopsin visar adenocarcinom i pankreas. Pat ej informerad, besked på fredag."),
      ("Planering", "DT-pankreasprotokoll inför konferens."),
  ])],
  ["NL101"], [],
  "VGR: a Tidiga hypoteser section exists, but the untold cancer is written in the visible Bedömning")

C("h34-101-barnen-ej-informerade-pat-vet", "skane", "19680122-4863",
  [N("n1", M, "Läkaranteckning", "s_onk", "Jenny Falk", L, "2024-10-08T14:00", 35, OV, [
      ("Aktuellt", "Återbesök efter PET-DT. Spridd ovarialcancer med peritoneala metastaser, känt sedan augusti."),
      ("Samtal", "Pat har full insikt i diagnosen och att behandlingen nu är palliativ. Hon vill inte att barnen (19 och 22) "
                 "informeras om att det gått fel väg ännu, hon vill vänta till efter dotterns tentamen."),
      ("Planering", "Carboplatin-paklitaxel kur 4 startar 14/10. Kurator erbjuds."),
  ])],
  [], ["NL101"],
  "the patient knows; only her adult children are not yet informed")

C("h34-101-vill-ej-veta-prognos", "vgr", "19460613-3132",
  [N("n1", M, "Läkaranteckning", "v_hema", "Per-Olof Sandberg", L, "2024-10-15T10:45", 30, OV, [
      ("Samtal", "Myelodysplastiskt syndrom med hög risk, diagnosen gavs i september och pat talar öppet om den. "
                 "Han önskar däremot ingen information om förväntad överlevnad, det respekteras."),
      ("Planering", "Azacitidin cykel 2 enligt plan. Transfusion vid Hb under 80."),
  ])],
  [], ["NL101"],
  "the patient declines prognosis information but already knows the diagnosis")

C("h34-101-kol-kant-sedan-tidigare-ingenting-om-info", "vgr", "19480227-1389",
  [N("n1", M, "Sjuksköterskeanteckning", "v_lung", "Mona Alm", SSK, "2024-10-16T09:50", 15, OV, [
      ("Aktuellt", "KOL GOLD 3 med kronisk respiratorisk insufficiens, LTOT 1,5 l/min sedan 2022."),
      ("Åtgärd", "Kontroll av syrgasutrustning, artärblodgas på 1,5 l: pO2 8,4, pCO2 6,6. Inhalationsteknik ua."),
      ("Planering", "Nästa kontroll om 6 mån."),
  ])],
  [], ["NL101"],
  "a long-known diagnosis and nothing at all said about telling")

C("h34-101-provsvar-ej-klara-hypertoni", "skane", "19660316-3491",
  [N("n1", M, "Sjuksköterskeanteckning", "s_med", "Lena Nilsson", SSK, "2024-10-18T10:00", 10, OV, [
      ("Aktuellt", "Hypertonikontroll. BT 138/86 sittande, 136/84 efter 5 min."),
      ("Provtagning", "Lipider, krea och U-albumin/krea tagna. Provsvaren ej klara, pat ej informerad om dem ännu, "
                      "svar via 1177 nästa vecka."),
  ])],
  [], ["NL101"],
  "pending lab results are not a diagnosis; the hypertension is a known diagnosis")

C("h34-101-diagnos-delgiven-i-samtal-med-tolk", "vgr", "19730913-3820",
  [N("n1", M, "Läkaranteckning", "v_diab", "Linnea Strand", L, "2024-10-09T09:20", 30, OV, [
      ("Information", "Diagnosen typ 2-diabetes delgiven pat i samtal med tolk på somaliska. Hon kände redan till att blodsockret var högt."),
      ("Åtgärd", "Metformin 500 mg x 1, upptrappning. Diabetessköterska och dietist bokade."),
  ])],
  [], ["NL101"],
  "delgiven: the diagnosis has been communicated")

C("h34-101-pat-medveten-om-diagnosen-sedan-tidigare", "skane", "19640722-2741",
  [N("n1", M, "Läkaranteckning", "s_reuma", "Marcus Ljung", L, "2024-10-11T10:05", 20, OV, [
      ("Aktuellt", "Psoriasisartrit sedan 2012, pat väl medveten om diagnosen och dess förlopp. Nu skov i hö knä och två fingrar."),
      ("Åtgärd", "Intraartikulär steroid hö knä. Ökar metotrexat till 20 mg/v."),
  ])],
  [], ["NL101"],
  "the patient has long known the diagnosis")

C("h34-101-maken-ej-informerad-pat-informerad", "vgr", "19750318-4405",
  [N("n1", M, "Läkaranteckning", "v_kvinno", "Sofie Lundin", L, "2024-10-18T11:20", 25, OV, [
      ("Provsvar", "Kolposkopi med biopsier: CIN 3."),
      ("Information", "Pat informerad om diagnosen och om konisering. Maken är inte informerad, "
                      "och hon vill inte att han ska få veta något i nuläget."),
      ("Planering", "Slyngkonisering bokas inom 4 v."),
  ])],
  [], ["NL101"],
  "the patient is told; the husband is not, at her wish")

# ------------------------------------------------------------------ Tidiga hypoteser: template (Skåne) versus sökord (VGR)
C("h34-th-skane-sokord-i-vanlig-lakaranteckning", "skane", "19690504-3227",
  [N("n1", M, "Läkaranteckning", "s_gastro", "Johan Wallin", L, "2024-10-14T10:35", 20, OV, [
      ("Aktuellt", "Återbesök för förhöjda leverprover, ALP 4,8, GT 6,1. Klåda sedan våren."),
      ("Tidiga hypoteser", "Misstänkt primär biliär kolangit, AMA skickat."),
      ("Planering", "UL lever, AMA och IgM. Återbesök om 4 v."),
  ])],
  ["NL102"], [],
  "Skåne protects by template, not sökord: a Tidiga hypoteser sökord inside an ordinary Läkaranteckning is visible")

C("h34-th-vgr-sokord-plus-synlig-trolig", "vgr", "19630819-1714",
  [N("n1", M, "Läkaranteckning", "v_med", "Jonas Ekberg", L, "2024-10-10T15:15", 25, OV, [
      ("Aktuellt", "Viktnedgång 8 kg på tre månader, nattsvettningar."),
      ("Tidiga hypoteser", "Lymfom eller annan malignitet måste övervägas."),
      ("Bedömning", "Trolig tuberkulos med tanke på hosta, ursprung och förstorade hiluskörtlar på rtg. Sputum för direktmikroskopi och PCR."),
      ("Planering", "Luftburen smitta, isoleras. DT thorax i morgon."),
  ])],
  ["NL102"], [],
  "VGR: one hypothesis sits under Tidiga hypoteser, but a second hedged diagnosis is in the visible Bedömning")

C("h34-th-vgr-sokord-enbart-hypotes", "vgr", "19700304-5585",
  [N("n1", M, "Läkaranteckning", "v_neuro", "Fredrik Lind", L, "2024-10-16T11:00", 20, OV, [
      ("Aktuellt", "Ostadighet och dubbelseende som kommer och går sedan september. Hereditet för neurologisk sjukdom saknas."),
      ("Status", "Lätt ptos vä efter uppåtblick i 60 s, i övrigt ua."),
      ("Tidiga hypoteser", "Misstänk myastenia gravis, okulär form."),
      ("Planering", "AChR-antikroppar och neurografi med repetitiv stimulering. Återbesök om 3 v."),
  ])],
  [], ["NL102"],
  "VGR: the only hedged diagnosis is under the sökord Tidiga hypoteser (typo Misstänk); visible sections hold findings and plans")

C("h34-th-vgr-sokord-oklar-viktnedgang", "vgr", "19590609-4130",
  [N("n1", M, "Läkaranteckning", "v_med", "Maria Höglund", L, "2024-10-17T13:20", 20, OV, [
      ("Aktuellt", "Oklar viktnedgång 6 kg sedan i somras, aptiten sämre. Normalt blodstatus."),
      ("Tidiga hypoteser", "DD malignitet i mag-tarmkanalen, pankreas."),
      ("Planering", "Gastroskopi, koloskopi och DT buk. Återbesök när undersökningarna är gjorda."),
  ])],
  [], ["NL102"],
  "VGR: DD malignitet is protected; the visible text only names an unexplained symptom (oklar viktnedgång)")

C("h34-th-skane-mall-flera-sokord", "skane", "19560214-2357",
  [N("n1", M, "Tidiga hypoteser", "s_neuro", "Tomas Lindqvist", L, "2024-10-11T15:30", 25, OV, [
      ("Anamnes", "Tilltagande stelhet och små steg, hustrun märker att han tappar ansiktsmimik."),
      ("Bedömning", "Trolig Parkinsons sjukdom, DD multipel systematrofi med tanke på tidig ortostatism."),
      ("Planering", "DaT-scan. Informeras om hypotesen när scan är klar."),
  ])],
  [], ["NL102"],
  "Skåne: every section of a Tidiga hypoteser template note is protected, whatever its sökord")

C("h34-th-vgr-mallnamn-men-sokord-bedomning", "vgr", "19740128-3457",
  [N("n1", M, "Tidiga hypoteser", "v_reuma", "Per-Olof Sandberg", L, "2024-10-18T09:10", 20, OV, [
      ("Bedömning", "Misstänkt systemisk lupus erythematosus, ANA 1:640, anti-dsDNA inväntas."),
  ])],
  ["NL102"], [],
  "VGR protects by sökord, not by template name: a hedged diagnosis under sökord Bedömning stays visible")


# =====================================================================================
# validation and output
# =====================================================================================
CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def in_2024(ts):
    return _dt.datetime.fromisoformat(ts).year == 2024


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c["case"]
        if list(c) != CASE_KEYS:
            errs.append("%s: case keys %s" % (n, list(c)))
        if not n.startswith("h34-") or not re.fullmatch(r"[a-z0-9-]+", n):
            errs.append("%s: bad case name" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        rec = c["record"]
        if list(rec) != REC_KEYS:
            errs.append("%s: record keys" % n)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty access_events/conversations/treatments" % n)
        pat = rec["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pat["id"])
        if not m:
            errs.append("%s: personnummer format %r" % (n, pat["id"]))
            continue
        if not luhn_ok(pat["id"][2:8] + pat["id"][9:13]):
            errs.append("%s: Luhn fails for %s" % (n, pat["id"]))
        if pat["birth_date"] != "%s-%s-%s" % m.group(1, 2, 3):
            errs.append("%s: birth_date does not match personnummer" % n)
        try:
            birth = _dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errs.append("%s: invalid birth date" % n)
            continue
        if not in_2024(rec["as_of"]):
            errs.append("%s: as_of not in 2024" % n)
        age = age_on(birth, _dt.datetime.fromisoformat(rec["as_of"]).date())
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d not allowed" % (n, age))
        ids = {}
        for note in rec["notes"]:
            if list(note) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids[note["id"]] = note
            if not in_2024(note["time"]) or (note["signed"] is not None and not in_2024(note["signed"])):
                errs.append("%s/%s: date not in 2024" % (n, note["id"]))
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append("%s/%s: signed before time" % (n, note["id"]))
            if note["time"] > rec["as_of"]:
                errs.append("%s/%s: note after as_of" % (n, note["id"]))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s/%s: VGR note not Melior" % (n, note["id"]))
            if c["ruleset"] == "vgr" and note["system"] == "PMO":
                errs.append("%s: PMO in VGR" % n)
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % n)
            if not note["sections"]:
                errs.append("%s/%s: no sections" % (n, note["id"]))
            for sec in note["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    s = sent.strip()
                    if len(s) >= 25:
                        key = s.lower()
                        if key in seen_sent and seen_sent[key] != (n, note["id"], sec["keyword"]):
                            errs.append("%s: sentence repeated (first in %s): %r" % (n, seen_sent[key][0], s))
                        else:
                            seen_sent[key] = (n, note["id"], sec["keyword"])
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    errs.append("%s: unknown code %s" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in pairs:
                    errs.append("%s: %s/%s asserted twice" % (n, code, target))
                pairs.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errs.append("%s: NL102 must on non-Melior note" % n)
                if code == "NL102" and sysname != "Melior" and lst == "must_not":
                    pass  # PMO never shows diagnoses: must_not is the convention
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    out = os.path.join(HERE, "nl1_heldout34_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
