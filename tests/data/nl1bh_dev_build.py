#!/usr/bin/env python3
"""Gold cases nl1bh_dev_cases: NL101/NL102 in telegraphic Swedish physician charts.

Akutmottagning, rond, jour and vårdcentral notes written the way they are typed under
time pressure. All cases are data; `python3 build.py` writes nl1bh_dev_cases.jsonl
beside this file and validates it (exit 1 on any problem). No dependencies.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bh_dev_cases"

# unit key -> (name, hsa_id, region, system)
UNITS = {
    # Skåne, Melior (sjukhus)
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4M01", "skane", "Melior"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4M02", "skane", "Melior"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4M03", "skane", "Melior"),
    "s_akut_csk": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4M04", "skane", "Melior"),
    "s_akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-4M05", "skane", "Melior"),
    "s_narakut_ang": ("Närakuten, Ängelholms sjukhus", "SE2321000255-4M06", "skane", "Melior"),
    "s_ava_lund": ("Akut vårdavdelning (AVA), Skånes universitetssjukhus Lund", "SE2321000255-4M07", "skane", "Melior"),
    "s_med_hbg": ("Medicinavdelning 3, Helsingborgs lasarett", "SE2321000255-4M08", "skane", "Melior"),
    "s_kir_malmo": ("Kirurgavdelning 8, Skånes universitetssjukhus Malmö", "SE2321000255-4M09", "skane", "Melior"),
    "s_ort_hlm": ("Ortopedavdelningen, Hässleholms sjukhus", "SE2321000255-4M10", "skane", "Melior"),
    "s_ger_trb": ("Geriatriska kliniken avd 2, Trelleborgs lasarett", "SE2321000255-4M11", "skane", "Melior"),
    "s_inf_malmo": ("Infektionskliniken avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-4M12", "skane", "Melior"),
    "s_kard_lund": ("Kardiologiavdelning, Skånes universitetssjukhus Lund", "SE2321000255-4M13", "skane", "Melior"),
    "s_med_lkr": ("Medicinavdelningen, Landskrona lasarett", "SE2321000255-4M14", "skane", "Melior"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4M15", "skane", "Melior"),
    "s_neuro_lund": ("Neurologiavdelning, Skånes universitetssjukhus Lund", "SE2321000255-4M16", "skane", "Melior"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4M17", "skane", "Melior"),
    "s_kirmott_csk": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4M18", "skane", "Melior"),
    "s_med_csk": ("Medicinavdelning 12, Centralsjukhuset Kristianstad", "SE2321000255-4M19", "skane", "Melior"),
    "s_med_ystad": ("Medicinavdelningen, Lasarettet i Ystad", "SE2321000255-4M20", "skane", "Melior"),
    "s_hem_lund": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4M21", "skane", "Melior"),
    # Skåne, PMO (primärvård)
    "p_vc_kavl": ("Vårdcentralen Kävlinge", "SE2321000255-5P01", "skane", "PMO"),
    "p_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-5P02", "skane", "PMO"),
    "p_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-5P03", "skane", "PMO"),
    "p_vc_simr": ("Vårdcentralen Simrishamn", "SE2321000255-5P04", "skane", "PMO"),
    "p_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-5P05", "skane", "PMO"),
    "p_vc_tome": ("Vårdcentralen Tomelilla", "SE2321000255-5P06", "skane", "PMO"),
    "p_vc_astorp": ("Vårdcentralen Åstorp", "SE2321000255-5P07", "skane", "PMO"),
    "p_bvc_staff": ("BVC Staffanstorp", "SE2321000255-5P08", "skane", "PMO"),
    "p_vc_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-5P09", "skane", "PMO"),
    # VGR, Melior
    "v_akut_sahl": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", "SE2321000131-E701", "vgr", "Melior"),
    "v_akut_ostra": ("Akutmottagningen Östra, Sahlgrenska Universitetssjukhuset", "SE2321000131-E702", "vgr", "Melior"),
    "v_akut_moln": ("Akutmottagningen Mölndal, Sahlgrenska Universitetssjukhuset", "SE2321000131-E703", "vgr", "Melior"),
    "v_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E704", "vgr", "Melior"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E705", "vgr", "Melior"),
    "v_akut_skov": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E706", "vgr", "Melior"),
    "v_akut_udd": ("Akutmottagningen, Uddevalla sjukhus", "SE2321000131-E707", "vgr", "Melior"),
    "v_med_ali": ("Medicinavdelning 12, Alingsås lasarett", "SE2321000131-E708", "vgr", "Melior"),
    "v_kir_kung": ("Kirurgavdelningen, Kungälvs sjukhus", "SE2321000131-E709", "vgr", "Melior"),
    "v_medmott_udd": ("Medicinmottagningen, Uddevalla sjukhus", "SE2321000131-E710", "vgr", "Melior"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E711", "vgr", "Melior"),
    "v_ger_moln": ("Geriatrisk avdelning 201, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E712", "vgr", "Melior"),
    "v_ort_lidk": ("Ortopedavdelningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E713", "vgr", "Melior"),
    "v_inf_sas": ("Infektionsavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E714", "vgr", "Melior"),
    "v_hjart_nal": ("Hjärtavdelningen, NU-sjukvården NÄL", "SE2321000131-E715", "vgr", "Melior"),
    "v_lung_sahl": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E716", "vgr", "Melior"),
    "v_med_skov": ("Medicinavdelning 5, Skaraborgs Sjukhus Skövde", "SE2321000131-E717", "vgr", "Melior"),
    "v_neuro_sahl": ("Neurologavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E718", "vgr", "Melior"),
    "v_med_sas": ("Medicinavdelning 41, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E719", "vgr", "Melior"),
    "v_kir_sahl": ("Kirurgavdelning 132, Sahlgrenska Universitetssjukhuset", "SE2321000131-E720", "vgr", "Melior"),
    "v_psyk_sahl": ("Neuropsykiatriska utredningsenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E721", "vgr", "Melior"),
    "v_hem_sahl": ("Hematologiavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E722", "vgr", "Melior"),
}

CASES = []


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(born, serial, sex):
    """born 'YYYY-MM-DD', serial 2-digit int, sex 'k' or 'm' -> YYYYMMDD-NNNN (Luhn)."""
    y, m, d = born.split("-")
    third = 2 * (serial % 5) + (1 if sex == "m" else 0)  # odd = man, even = kvinna
    ser = "%02d%d" % (serial % 100, third)
    check = _luhn_digit(y[2:] + m + d + ser)
    return "%s%s%s-%s%s" % (y, m, d, ser, check)


def _iso(t):
    t = t.replace(" ", "T")
    if len(t) == 16:
        t += ":00"
    return t


def N(unit, sections, au, role="läkare", tmpl="Läkaranteckning", t="2024-03-12 14:05",
      sign=40, setting="öppenvård", nid="n1", refs=None):
    """One note. sign = minutes from time to signing, or None for an unsigned draft."""
    name, hsa, region, system = UNITS[unit]
    time = _iso(t)
    signed = None
    if sign is not None:
        signed = (_dt.datetime.fromisoformat(time) + _dt.timedelta(minutes=sign)).isoformat()
    return {
        "id": nid, "system": system, "template": tmpl,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": au, "role": role},
        "time": time, "signed": signed, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_region": region,
    }


def _targets(spec):
    out = []
    for item in spec:
        if isinstance(item, str):
            out.append([item, "n1"])
        else:
            out.append([item[0], item[1]])
    return out


def case(name, born, sex, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    regions = {n.pop("_region") for n in notes}
    if len(regions) != 1:
        raise SystemExit("case %s mixes regions" % name)
    region = regions.pop()
    last = max(n["signed"] or n["time"] for n in notes)
    last_dt = _dt.datetime.fromisoformat(last)
    as_of = min(last_dt + _dt.timedelta(days=10), _dt.datetime(2024, 12, 31, 23, 0))
    as_of = as_of.replace(hour=0, minute=0, second=0)
    if as_of < last_dt:
        as_of = _dt.datetime(2024, 12, 31, 23, 59)
    serial = 11 + (len(CASES) * 37) % 89
    CASES.append({
        "case": name,
        "ruleset": region,
        "record": {
            "patient": {"id": pnr(born, serial, sex), "birth_date": born, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })

# ---------------------------------------------------------------------------
# A. NL102 positives: hedged diagnoses in visible sections of Melior notes
# ---------------------------------------------------------------------------

case("bh-akut-lund-susp-nstemi", "1958-04-17", "m",
     N("s_akut_lund", [
         ("Kontaktorsak", "Bröstsmärta sedan kl 03."),
         ("Anamnes", "Tryckande smärta retrosternalt sed ca 03, strålar mot vä arm. Kallsvettig hemma enl hustrun. "
                     "Tidigare frisk, rökare ca 20 paketår. Inga kända allergier."),
         ("Status", "AT: blek, lätt påverkad av smärta\nCor: RR, inga bl.ljud, HF 92\nPulm: ua bilat\nBT 158/94, sat 96% ua"),
         ("Undersökningar", "EKG: SR 90, ST-sänkn V4-V6 ca 1 mm, ingen ST-höjn.\nTnT 38 -> 61 efter 1 h. Hb 148, krea 88."),
         ("Bedömning", "Susp. NSTEMI. Ges ASA 300 mg, Brilique 180 mg, inj morfin 2,5 mg iv."),
         ("Planering", "Inl hjärtavd, kardiologjour kontaktad ang kranskärlsröntgen imorgon."),
     ], au="Erik Lindqvist", t="2024-02-06 04:12", sign=55),
     must=["NL102"], must_not=["NL101"],
     why="ED chart: 'Susp. NSTEMI' in Bedömning is a hedged diagnosis in a visible Melior note")

case("bh-akut-sahl-obs-appendicit", "1991-09-03", "k",
     N("v_akut_sahl", [
         ("Kontaktorsak", "Buksmärta hö fossa sed igår kv."),
         ("Anamnes", "Debut periumbilikalt, vandrat till hö fossa under natten. Illamående, kräkts x2. Ej diarré. "
                     "SM för 2 v sedan, U-hCG neg."),
         ("Status", "Buk: mjuk, palp.öm McBurney, släppöm +, Rovsing +. Temp 37,9."),
         ("Lab", "CRP 46, LPK 13,4, Hb 131"),
         ("Diagnos", "Obs. appendicit"),
         ("Åtgärd", "Fastande, Ringer-Acetat 1000 ml, inskr kir avd. Ny bed av kirurgjour imorgon bitti."),
     ], au="Johanna Ek", t="2024-05-14 22:40", sign=30),
     must=["NL102"], must_not=["NL101"],
     why="'Obs. appendicit' as the diagnosis line means observation for a suspected appendicitis: hedged")

case("bh-akut-hbg-konfusion-fragetecken-uvi", "1939-11-22", "k",
     N("s_akut_hbg", [
         ("Kontaktorsak", "Förvirring, fall i hemmet"),
         ("Aktuellt", "Hemtjänst hittade pat på golvet i morse, oklart hur länge legat. Tidigare klar enl dottern. "
                      "Nyinsatt tramadol för 5 d sedan pga ryggvärk."),
         ("Status", "AT: vaken men desorienterad till tid o rum. Cor: oregelb, HF 88. Pulm: enstaka krepitationer hö bas. "
                    "Buk: mjuk, oöm. Neuro: inga fokala bortfall, rör alla 4 extr."),
         ("Lab", "U-sticka: LPK 3+, nitrit pos. CRP 38. Na 131. Krea 104. CK 1900."),
         ("Bedömning", "Akut konfusion, ?UVI. DD läkemedelsutlöst (tramadol). Lätt rabdomyolys efter långliggande."),
         ("Planering", "Urinodling, sätter ut tramadol, Selexid po, dropp 2 l/dygn. Inl med avd."),
     ], au="Malin Persson", role="läkare", t="2024-01-19 11:25", sign=70),
     must=["NL102"], must_not=["NL101"],
     why="telegraphic '?UVI' and 'DD läkemedelsutlöst' are uncertain diagnoses in a visible Melior note")

case("bh-akut-nal-sab-kan-ej-uteslutas", "1973-06-08", "k",
     N("v_akut_nal", [
         ("Kontaktorsak", "Huvudvärk, plötslig debut"),
         ("Anamnes", "Kl 14 under träning plötslig mkt svår huvudvärk, 'värsta någonsin', max inom 1 min. Kräkts 1 ggr. "
                     "Ingen tidigare migrän. Ej antikoagulantia."),
         ("Status", "Vaken, GCS 15. Lätt nackstyvhet? Pupiller lika, ljusreaktion ua. Inga pareser. BT 172/96."),
         ("Undersökningar", "DT hjärna 19:05 (>5 h efter debut): ingen blödning, ingen expansivitet."),
         ("Bedömning", "Åskknallshuvudvärk. SAB kan ej uteslutas då DT gjord sent, LP planeras >12 h efter debut."),
         ("Planering", "Inl akutvårdsavd, neurokontroller var 2:a h, LP imorgon förmiddag. Paracetamol + Oxynorm vb."),
     ], au="Anders Holm", t="2024-03-28 19:40", sign=25),
     must=["NL102"], must_not=["NL101"],
     why="'SAB kan ej uteslutas' keeps subarachnoid haemorrhage as an open hypothesis in Bedömning")

case("bh-akut-csk-dvt-inte-omojligt", "1966-02-14", "m",
     N("s_akut_csk", [
         ("Aktuellt", "Svullnad vä vad sed 4 d, efter bilresa från Polen. Ingen dyspné, ingen bröstsmärta."),
         ("Status", "Vä vad 3 cm större omkrets än hö, lätt ömhet längs v. saphena magna. Ej rodnad. Sat 98%, AF 14."),
         ("Lab", "D-dimer 1,8. CRP 9. Krea 76. Hb 152."),
         ("Bedömning", "Wells 2. DVT vä ben inte omöjligt, UL djupa vener ej tillgängligt ikväll."),
         ("Åtgärd", "Fragmin 15 000 E sc ikväll, UL bokat imorgon 09:30, återkommer akutmott efter."),
     ], au="Sofia Bergman", t="2024-04-02 21:15", sign=None),
     must=["NL102"], must_not=["NL101"],
     why="unsigned draft: 'DVT ... inte omöjligt' is an open deep-vein-thrombosis hypothesis in the visible note")

case("bh-akut-sas-talar-for-hjartsvikt", "1944-08-30", "m",
     N("v_akut_sas", [
         ("Kontaktorsak", "Tilltagande andfåddhet 1 v"),
         ("Anamnes", "Känd HT, DM2, genomgången hjärtinfarkt 2017. Sover nu med 3 kuddar, svullna ben. Ingen feber."),
         ("Status", "AT: dyspné i vila, talar i hela meningar. Cor: oregelb, 110, sys bl.ljud 2/6. "
                    "Pulm: bilat basala rassel upp till skulderbladsspets. Pittingödem till knän. Sat 91% ua."),
         ("Undersökningar", "EKG: FF 108, ingen ischemi. NT-proBNP 4800. TnT 22 (stabilt). Rtg pulm: stas, pleuravätska bilat."),
         ("Bedömning", "Bilden talar för hjärtsviktsdekompensation, trol. utlöst av nytt FF. DD pneumoni mindre trol, afebril."),
         ("Åtgärd", "Furix 40 mg iv x2, O2 2 l, Eliquis efter CHA2DS2-VASc 5. Inl medicin."),
     ], au="Karin Sandberg", t="2024-10-11 16:50", sign=45),
     must=["NL102"], must_not=["NL101"],
     why="'talar för hjärtsviktsdekompensation' plus 'DD pneumoni' are hedged diagnoses in Bedömning")

case("bh-akut-malmo-trol-kolecystit", "1980-12-01", "k",
     N("s_akut_malmo", [
         ("Kontaktorsak", "Buksmärta övre buken hö"),
         ("Anamnes", "Smärta hö arcus sed igår efter fet middag, strålar mot hö skulderblad. Liknande kortare attacker tidigare i år. "
                     "Feber 38,4 hemma."),
         ("Status", "Buk: palp.öm hö arcus, Murphys tecken pos, ingen peritonit. Temp 38,2."),
         ("Lab", "CRP 88, LPK 14,1, bilirubin 21, ALP 2,1, ALAT 0,9, amylas ua."),
         ("Bedömning", "Trol. akut kolecysit. UL gallvägar beställt."),
         ("Åtgärd", "Fastande, Tazocin 4 g x3 iv, Ringer. Inl kir."),
     ], au="Amir Haddad", t="2024-06-20 10:05", sign=35),
     must=["NL102"], must_not=["NL101"],
     why="typo 'kolecysit' (missing t): 'Trol. akut kolecysit' is still a probable, unsettled diagnosis")

case("bh-akut-skov-sannol-vasovagal", "1999-03-11", "k",
     N("v_akut_skov", [
         ("Kontaktorsak", "Svimning"),
         ("Aktuellt", "Svimmade vid blodprovstagning på VC, ca 20 s medvetslös, kramprycka x2 enl ssk. "
                      "Varm och illamående strax innan. Ingen tungbett, ej urinavgång, snabbt klar."),
         ("Status", "Opåverkad nu. Cor: RR 68, inga blåsljud. Ortostatiskt prov: ingen BT-sänkning. Neurologiskt ua."),
         ("EKG", "SR 64, PQ 0,16, QTc 410, inga preexcitationstecken."),
         ("Bedömning", "Sannol. vasovagal synkope i samband m provtagning. Arytmi bedöms mindre trolig men ej helt utesluten."),
         ("Planering", "Hem. Åter vid ny svimning i ansträngning el hjärtklappning."),
     ], au="Henrik Ståhl", t="2024-09-03 13:20", sign=15),
     must=["NL102"], must_not=["NL101"],
     why="'Sannol. vasovagal synkope' is a hedged diagnosis; a normal ECG does not settle it")

case("bh-akut-ystad-missankt-erysipelas-typo", "1952-07-19", "m",
     N("s_akut_ystad", [
         ("Aktuellt", "Rodnad o svullnad hö underben sed 2 d, frossa igår. Diabetes typ 2, fotsår hö stortå sed sommaren."),
         ("Status", "Hö underben: rodnad välavgränsad, värmeökad, ömmar. Sår stortå 5 mm, rent. Temp 38,8. BT 128/70."),
         ("Lab", "CRP 121, LPK 12. P-glukos 14."),
         ("Bedömning", "Missänkt erysipelas hö underben med ingångsport stortå."),
         ("Åtgärd", "Bensyl-pc 3 g x3 iv, markerat rodnadens utbredning med penna. Inl med."),
     ], au="Lars Nyström", t="2024-07-08 18:30", sign=40),
     must=["NL102"], must_not=["NL101"],
     why="typo 'Missänkt' for misstänkt: suspected erysipelas in Bedömning is still a hedged diagnosis")

case("bh-akut-moln-klin-susp-scaphoideum", "2001-05-25", "m",
     N("v_akut_moln", [
         ("Kontaktorsak", "Fall på utsträckt hö hand, inlines."),
         ("Status", "Hö handled: svullnad radialt, öm i fossa tabatière, smärta vid axial kompression av tummen. Perifert ua."),
         ("Röntgen", "Rtg hö handled + scaphoideumserie: ingen synlig fraktur."),
         ("Bedömning", "Klin. susp. scaphoideumfraktur trots neg rtg."),
         ("Åtgärd", "Underarmsgips m tumme. Ny rtg alt MR om 10-14 d via ortopedmott, remiss skickad."),
     ], au="Tove Ahlgren", t="2024-02-17 15:45", sign=20),
     must=["NL102"], must_not=["NL101"],
     why="'Klin. susp. scaphoideumfraktur' after a negative X-ray is an unsettled fracture diagnosis")

case("bh-jour-lund-trol-aspirationspneumoni-lang", "1935-01-09", "m",
     N("s_ava_lund", [
         ("Jouranteckning", "Kallad av ssk kl 02.40 pga feber 39,2 och sjunkande sat.\n"
                            "Pat inlagd sed igår för stroke med dysfagi (vä-sidig hemipares, se inskrivning). "
                            "Enl kvällsssk har pat fått i sig kvällsfika trots sväljsvårigheter, hostade mycket efteråt."),
         ("Status", "AT: påverkad, slö men väckbar, GCS 13 (E3V4M6). AF 28, sat 88% på 2 l O2 via grimma -> 93% på 5 l mask. "
                    "Cor: takykard RR 114, inga bl.ljud. BT 104/58. Pulm: rassel hö bas, nedsatt andningsljud hö basalt. "
                    "Buk: mjuk. Temp 39,2. NEWS 9."),
         ("Lab", "Blodgas: pO2 7,8, pCO2 5,1, laktat 2,4. CRP 64 (fr 12 igår). LPK 16,8. Krea 112."),
         ("Undersökningar", "Rtg pulm bedside: nytillkommen förtätning hö underlob."),
         ("Bedömning", "Trol. aspirationspneumoni hö efter peroralt intag trots dysfagi. Sepsiskriterier uppfyllda."),
         ("Åtgärd", "Blododl x2, urinodl, Tazocin 4 g iv x3 start 03.20. Ringer 1000 ml på 1 h. O2 mot sat 92-96%. "
                    "Strikt NPO, ev. sond imorgon efter logoped. Bakjour informerad. Pat ej aktuell för IVA enl tidigare "
                    "beslut (HLR-). Ssk kontrollerar NEWS varje timme."),
     ], au="Oskar Wahlberg", tmpl="Jouranteckning", t="2024-11-23 03:35", sign=30, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="long on-call note: 'Trol. aspirationspneumoni' is a probable diagnosis in a visible section")

case("bh-rond-ali-dd-gi-blodning-malignitet", "1947-10-02", "k",
     N("v_med_ali", [
         ("Rondanteckning", "Dag 3. Mår bättre, orkar gå till toa själv. Ingen synlig blödning.\n"
                            "Hb 86 (fr 79 efter 2 E erytrocyter). MCV 71, ferritin 4. F-Hb pos x2."),
         ("Bedömning", "Järnbristanemi, oklar genes. DD ockult GI-blödning vs malignitet i kolon."),
         ("Planering", "Gastro + koloskopi remiss skickad prio 1. Ferinject 1 g iv idag. Hem imorgon om Hb stabilt."),
     ], au="Per Eliasson", tmpl="Rondanteckning", t="2024-08-22 10:10", sign=90, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="ward-round 'DD ... malignitet i kolon' lists an unconfirmed cancer hypothesis in a visible note")

case("bh-rond-hbg-kol-trol-pneumoni", "1950-03-16", "m",
     N("s_med_hbg", [
         ("Rondanteckning", "Känd KOL st 3, hemsyrgas 1 l. Inkom igår m ökad dyspné o missfärgade upphostningar."),
         ("Status", "Sat 89% på 1 l. Pulm: ronki bilat, förlängt exp, dämpning vä bas? CRP 94."),
         ("Bedömning", "KOL-exacerbation, trol. bakomliggande pneumoni vä. Rtg pulm beställd."),
         ("Ordination", "Prednisolon 30 mg x1 i 5 d, inh Ipramol x4, Doxyferm 200 mg dag 1 sedan 100 mg."),
     ], au="Ingrid Lund", tmpl="Rondanteckning", t="2024-01-31 09:40", sign=60, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="confirmed COPD exacerbation with a 'trol. bakomliggande pneumoni' hypothesis: the pneumonia is hedged")

case("bh-akut-udd-ffa-misstanke-pyelonefrit", "1987-12-19", "k",
     N("v_akut_udd", [
         ("Kontaktorsak", "Feber, ryggvärk hö"),
         ("Anamnes", "Sveda vid miktion 3 d, igår feber 39 o smärta hö flank. Ej gravid enl pat, U-hCG neg."),
         ("Status", "Dunkö hö njurloge. Buk mjuk. Temp 38,9, puls 104, BT 118/72."),
         ("Lab", "U-sticka LPK 3+, nitrit +, blod 2+. CRP 156. Krea 71."),
         ("Bedömning", "Ffa misstanke om pyelonefrit hö."),
         ("Åtgärd", "Urinodl, Cefotaxim 1 g iv här, sedan Ciprofloxacin 500 mg x2 i 7 d. Hem, åter vid försämring."),
     ], au="Nadia Karim", t="2024-12-02 17:55", sign=25),
     must=["NL102"], must_not=["NL101"],
     why="'Ffa misstanke om pyelonefrit' (in the first place suspected) is a hedged diagnosis")

case("bh-akut-lkr-trolgi-hjartsvikt-typo", "1941-05-05", "k",
     N("s_med_lkr", [
         ("Inskrivningsanteckning", "Remiss fr VC pga bensvullnad bilat o viktuppgång 4 kg på 2 v.\n"
                                    "Tidigare: HT, artros, FF på Eliquis.\n"
                                    "Status: pitting till knän, halsvenstas +, lätta rassel bibasalt. Sat 94%.\n"
                                    "Lab: NT-proBNP 2900, Alb 33, krea 118."),
         ("Bedömning", "Trolgi hjärtsvikt, ej tidigare känd. UCG bokas under vårdtiden."),
         ("Planering", "Furix 40 mg iv x1, vikt dagl, vätskelista."),
     ], au="Mattias Engström", tmpl="Inskrivningsanteckning", t="2024-03-04 14:30", sign=80, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="typo 'Trolgi' for trolig: a probable new heart-failure diagnosis is hedged")

case("bh-barnakut-lund-trol-viral-oli", "2019-04-12", "m",
     N("s_barnakut_lund", [
         ("Kontaktorsak", "Feber 3 dygn, hosta"),
         ("Anamnes", "4-åring, tidigare frisk, vaccinerad enl prog. Feber upp till 39,5, hostar mest nattetid. Dricker ok, kissar."),
         ("Status", "Pigg o lekfull på rummet. Öron: lätt rodnad trumhinna hö, ej buktande. Svalg: rodnat. "
                    "Pulm: grova rassel bilat, ingen indragning. AF 28, sat 97%. Temp 38,6."),
         ("Lab", "CRP 22."),
         ("Bedömning", "Trol. viral övre luftvägsinfektion, DD pneumoni?"),
         ("Planering", "Ingen antibiotika nu. Febernedsättande vb. Åter om andningspåverkan el ej dricker."),
     ], au="Lina Håkansson", t="2024-02-27 19:10", sign=20),
     must=["NL102"], must_not=["NL101"],
     why="child under 13 (guardian reads): 'Trol. viral ÖLI, DD pneumoni?' are hedged diagnoses")

case("bh-barnakut-dsbus-trol-gastroenterit", "2021-10-30", "k",
     N("v_barnakut_dsbus", [
         ("Kontaktorsak", "Kräkningar o diarré sedan igår."),
         ("Aktuellt", "Kräkts >10 ggr, vattentunna diarréer x6. Storebror haft samma i helgen. Blöta blöjor minskat."),
         ("Status", "Trött men kontaktbar. Torra slemhinnor, kapillär återfyllnad 2 s. Buk mjuk, oöm. Vikt 12,1 kg (13,0 för 1 mån)."),
         ("Bedömning", "Trol. viral gastroenterit, calici? Måttlig dehydrering ca 7%."),
         ("Åtgärd", "Ondansetron 2 mg po. Vätsketest m Resorb 5 ml var 5:e min, klarar efter 1 h. Hem m råd."),
     ], au="Emma Forsberg", t="2024-01-05 12:35", sign=30),
     must=["NL102"], must_not=["NL101"],
     why="child under 13: 'Trol. viral gastroenterit, calici?' is an uncertain diagnosis visible to guardians")

case("bh-neuro-lund-susp-tia-utan-punkt", "1956-08-21", "m",
     N("s_neuro_lund", [
         ("Aktuellt", "Övergående talsvårigheter igår kväll ca 20 min, hustrun märkte att han 'sa fel ord'. Helt återställd nu."),
         ("Status", "NIHSS 0. Cor oregelb? EKG SR 76. BT 164/92."),
         ("Bedömning", "Susp TIA, ABCD2 4. DD fokalt anfall."),
         ("Planering", "DT-angio + MR, Holter 72 h. ASA 160 mg laddn, sedan Trombyl 75 + Atorvastatin 80."),
     ], au="Fredrik Sjöberg", t="2024-04-16 11:50", sign=None),
     must=["NL102"], must_not=["NL101"],
     why="unsigned draft: 'Susp TIA' (no full stop) and 'DD fokalt anfall' are hedged diagnoses")

case("bh-kir-kung-fragetecken-subileus", "1962-01-28", "k",
     N("v_kir_kung", [
         ("Inskrivning", "Buksmärtor o uppkördhet sed 2 d, sista avföring för 3 d sedan, kräkts gallfärgat. "
                         "Op: hysterektomi 2004, appendektomi som barn."),
         ("Status", "Buk: uppdriven, tympanistisk, diffust öm, livliga tarmljud. Ingen bråckport palp."),
         ("Rtg", "Buköversikt: gasfyllda dilaterade tunntarmsslyngor med luft-vätskenivåer."),
         ("Bedömning", "?Subileus pga adherenser."),
         ("Planering", "V-sond, fasta, dropp. DT buk m kontrast. Ny bed kväll."),
     ], au="Gustav Lindh", tmpl="Inskrivningsanteckning", t="2024-06-04 08:55", sign=50, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="'?Subileus' with a leading question mark is a hedged diagnosis in Bedömning")

case("bh-kirmott-csk-malignitet-kan-ej-uteslutas", "1976-11-11", "k",
     N("s_kirmott_csk", [
         ("Aktuellt", "Remiss fr VC: knöl hö bröst, upptäckt själv för 3 v sedan. Ingen hereditet för bröstcancer."),
         ("Status", "Hö bröst kl 10, 2 cm från mamillen: 1,5 cm fast, lätt rörlig resistens. Ingen indragning. Axill ua bilat."),
         ("Bedömning", "Palp. bild som vid fibroadenom men malignitet kan ej uteslutas."),
         ("Planering", "Mammografi + UL + mellannålsbiopsi på trippeldiagnostik 3/10. Svar via telefon."),
     ], au="Helena Sjöstrand", t="2024-09-24 09:30", sign=120),
     must=["NL102"], must_not=["NL101"],
     why="'malignitet kan ej uteslutas' keeps breast cancer open as a hypothesis in a visible note")

case("bh-lungmott-sahl-talar-for-lungcancer", "1953-02-02", "m",
     N("v_lung_sahl", [
         ("Aktuellt", "Remiss akut från VC: hosta 2 mån, hemoptys x3, viktnedgång 5 kg. Rökare 40 paketår."),
         ("Undersökningar", "DT thorax: 2,4 cm spikulerad förändring hö överlob, förstorad lgl station 4R."),
         ("Bedömning", "Fynd som talar för primär lungcancer hö överlob med mediastinal spridning."),
         ("Planering", "PET-DT + EBUS, tas upp på lungrond fredag. Spirometri idag."),
     ], au="Maria Olofsson", t="2024-05-07 10:40", sign=70),
     must=["NL102"], must_not=["NL101"],
     why="'talar för primär lungcancer' is a strong but unconfirmed hypothesis in a visible note")

case("bh-inf-malmo-malaria-ej-utesl", "1988-07-07", "m",
     N("s_inf_malmo", [
         ("Inskrivningsanteckning", "Hemkommen fr Uganda (släktbesök) för 9 d sedan, ingen malariaprofylax. "
                                    "Feber 40 i 3 d, frossa, huvudvärk, diarré x2. "
                                    "Status: opåverkad mellan attackerna, mjältspets palp. Temp 39,7. "
                                    "Lab: Tpk 88, bilirubin 34, CRP 140."),
         ("Bedömning", "Feber efter tropikvistelse. Malaria ej utesl., snabbtest neg men tjock droppe x3 tagna. DD tyfoidfeber, dengue."),
         ("Ordination", "Blododl x2, serologier dengue. Inget antimalariamedel innan svar."),
     ], au="Yusuf Demir", tmpl="Inskrivningsanteckning", t="2024-08-11 21:20", sign=40, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="abbreviated 'Malaria ej utesl.' and a DD list are hedged diagnoses in Bedömning")

case("bh-akut-ostra-extrauterin-kan-inte-uteslutas", "1995-04-29", "k",
     N("v_akut_ostra", [
         ("Kontaktorsak", "Vaginal blödning + buksmärta vä, gravid"),
         ("Aktuellt", "SM 7+2 v sed. Pos grav.test hemma. Blött sparsamt sed igår, ensidig smärta vä fossa sed i morse."),
         ("Status", "Buk: öm vä fossa, ingen peritonit. BT 112/68, puls 88. U-hCG pos, S-hCG 1800."),
         ("Bedömning", "Extrauterin graviditet kan inte uteslutas. Gynjour kontaktad för VUL."),
     ], au="Sara Wikström", t="2024-03-09 02:15", sign=None),
     must=["NL102"], must_not=["NL101"],
     why="unsigned draft: 'Extrauterin graviditet kan inte uteslutas' is an open diagnosis in a visible ED note")

case("bh-ger-trb-ssk-trol-trycksar", "1932-09-14", "k",
     N("s_ger_trb", [
         ("Omvårdnad", "Pat vänd var 2:a h under natten. Vid morgonhygien: rodnad vä häl 2x3 cm, ej blekbar vid tryck, huden hel."),
         ("Bedömning", "Trol. trycksår kategori 1 vä häl."),
         ("Åtgärd", "Hälavlastning m kudde, luftmadrass beställd. Riskbedömning Norton 11. Meddelat ansv läk."),
     ], au="Annika Troedsson", role="sjuksköterska", tmpl="Omvårdnadsanteckning",
       t="2024-10-19 07:20", sign=45, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="nurse note: 'Trol. trycksår kategori 1' is a probable (pressure ulcer) diagnosis in a visible section")

case("bh-inf-sas-rond-endokardit-fragetecken", "1969-06-06", "m",
     N("v_inf_sas", [
         ("Rondanteckning", "Dag 5 cefotaxim, fortf feber 38,5 kvällstid. Nytt sys bl.ljud 3/6 över apex idag. "
                            "Blododl 2/2 flaskor S. aureus."),
         ("Bedömning", "Endokardit? Sepsis med S. aureus, fokus ej klarlagt."),
         ("Planering", "Byte till Kloxacillin 2 g x6. TEE beställt imorgon. Nya blododl x2."),
     ], au="Carl-Johan Brink", tmpl="Rondanteckning", t="2024-07-25 11:30", sign=35, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="'Endokardit?' with a trailing question mark is a hedged diagnosis")

case("bh-ort-hlm-fysio-misstanker-rotatorkuff", "1961-12-24", "m",
     N("s_ort_hlm", [
         ("Aktuellt", "Inlagd för höftfraktur vä (op 2 d sedan). Ramlade även på hö axel."),
         ("Undersökning", "Hö axel: aktiv abduktion 70 gr m smärta, passivt full rörlighet. Drop arm test pos. Kraft utåtrotation nedsatt."),
         ("Bedömning", "Misstänker rotatorkuffruptur hö, meddelat ansv läk ang UL."),
         ("Åtgärd", "Gångträning m rollator i korridoren, 2x15 m. Axel: pendelövningar, avlastning."),
     ], au="Jonas Ekberg", role="fysioterapeut", tmpl="Fysioterapeutanteckning",
       t="2024-11-07 13:40", sign=60, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="physiotherapist: 'Misstänker rotatorkuffruptur' is a suspected diagnosis in a visible note")

case("bh-jour-sahl-delirium-dd-abstinens", "1964-03-03", "m",
     N("v_akut_sahl", [
         ("Jouranteckning", "Kallad 03:10 pga orolig pat, drar i PVK, ser 'insekter på väggen'.\n"
                            "Inkom igår för handledsfraktur efter fall. Dottern har ringt och berättat att pat dricker "
                            "ca 1 flaska vin/dag.\n"
                            "Status: svettig, tremor i händer, puls 118, BT 168/100, temp 37,8. Desorienterad. CIWA-Ar 19."),
         ("Bedömning", "Akut delirium, trol. alkoholabstinens. DD infektion, hypoglykemi ua (P-glukos 6,1)."),
         ("Åtgärd", "Oxascand 25 mg x1 nu, sedan enl CIWA-schema. Inj Neurobion 2 ml im. Fastvakt över natten."),
     ], au="Linnea Grahn", tmpl="Jouranteckning", t="2024-12-14 03:40", sign=30, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="on-call note: 'trol. alkoholabstinens' and 'DD infektion' are hedged diagnoses")

case("bh-narakut-ang-kikhosta-inte-omojlig", "1983-10-17", "k",
     N("s_narakut_ang", [
         ("Aktuellt", "Hosta 3 v, hostattacker m kräkning efteråt, värst nattetid. Afebril. Sonen (5 mån) hemma."),
         ("Status", "Opåverkad. Pulm: ua. Svalg: ua. Sat 99%."),
         ("Bedömning", "Kikhosta inte omöjlig m tanke på attackvis hosta m kräkning. Nasofarynx-PCR pertussis tagen."),
         ("Åtgärd", "Erytromycin 500 mg x4 i 7 d pga spädbarn i hemmet. Svar via telefon."),
     ], au="Ola Mattsson", t="2024-02-12 16:25", sign=15),
     must=["NL102"], must_not=["NL101"],
     why="'Kikhosta inte omöjlig' is a hedged infectious diagnosis in a visible note")

case("bh-med-skov-trol-siadh", "1946-01-13", "k",
     N("v_med_skov", [
         ("Rondanteckning", "Na 121 (fr 124). Euvolem kliniskt. U-osm 480, U-Na 62. TSH o kortisol ua."),
         ("Bedömning", "Hyponatremi, trol. SIADH sek till sertralin."),
         ("Planering", "Sertralin utsatt. Vätskerestriktion 1 l/dygn. Na x2 dagl."),
     ], au="Robin Kjellberg", tmpl="Rondanteckning", t="2024-04-23 10:15", sign=55, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="confirmed hyponatraemia with a hedged cause: 'trol. SIADH' is an uncertain diagnosis")

case("bh-kard-lund-ff-trol-tyreotoxikos", "1970-09-09", "k",
     N("s_kard_lund", [
         ("Aktuellt", "Inkom m hjärtklappning, viktnedgång 6 kg sed jul, darrighet, värmeintolerans."),
         ("Status", "Varm fuktig hud, fin tremor. Struma diffus, ej öm. HF 136 oregelb. BT 142/70."),
         ("Lab", "TSH <0,01, fT4 58, fT3 14. TnT 12."),
         ("Bedömning", "Förmaksflimmer m snabb överledning, trol. utlöst av tyreotoxikos – Graves sjukdom?"),
         ("Ordination", "Propranolol 40 mg x3, Tiamazol 20 mg x2, Fragmin. TRAK-ak skickat."),
     ], au="Petra Blom", t="2024-03-19 15:00", sign=65, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="'Graves sjukdom?' is a question-marked (unconfirmed) diagnosis in Bedömning")

case("bh-hjart-nal-sannolkit-typo", "1949-11-30", "m",
     N("v_hjart_nal", [
         ("Rondanteckning", "Ökat 3 kg sed inskrivning, andfådd vid minsta ansträngning. Hemma utsatt Furix själv pga 'springa på toa'."),
         ("Status", "Pulm: basala rassel bilat. Ödem till mitten av underben. Sat 93%."),
         ("Bedömning", "Sannolkit hjärtsviktsdekompensation pga utsatt diuretika."),
         ("Planering", "Furix 40 mg iv x2. Info ang vikt o vätska av hjärtsviktssk."),
     ], au="Annelie Strand", tmpl="Rondanteckning", t="2024-05-27 09:25", sign=40, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="typo 'Sannolkit' for sannolikt: probable decompensated heart failure is hedged")

case("bh-kir-malmo-anastomoslackage-kan-ej-uteslutas", "1955-06-18", "m",
     N("s_kir_malmo", [
         ("Rondanteckning", "Postop dag 3 efter lap. sigmoideumresektion pga divertikulit. Natten: feber 38,6, takykard 108. "
                            "Buk: mer ömhet vä fossa än igår, mjuk. Dränage serös-grumligt. CRP 210 (fr 140)."),
         ("Bedömning", "Anastomosläckage kan ej uteslutas."),
         ("Planering", "DT buk m iv + rektal kontrast idag. Fasta. Tazocin. Info till op-ansv kirurg."),
     ], au="Viktor Ahlström", tmpl="Rondanteckning", t="2024-06-29 08:30", sign=30, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="post-op 'Anastomosläckage kan ej uteslutas' is a hedged complication diagnosis")

case("bh-ort-lidk-le-dubbla-fragetecken", "1938-02-26", "k",
     N("v_ort_lidk", [
         ("Jouranteckning", "Tillkallad kl 22: op igår pga collumfraktur hö. Nu plötslig andfåddhet, sat 88% ua, HF 112, BT 110/62. "
                            "Pulm: vesikulärt bilat. Vader mjuka."),
         ("Bedömning", "LE?? Wells 4,5."),
         ("Åtgärd", "DT-angio beställd akut, O2 4 l, Fragmin 10 000 E sc tills svar."),
     ], au="Mikael Borg", tmpl="Jouranteckning", t="2024-09-14 22:20", sign=25, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="'LE??' (abbreviated lungemboli with double question mark) is a hedged diagnosis")

case("bh-neuro-lund-ms-huvudmisstanke", "1990-01-21", "k",
     N("s_neuro_lund", [
         ("Aktuellt", "Inl för synnedsättning vä öga 1 v, smärta vid ögonrörelser. 2022 domningar i benen som gick över."),
         ("Undersökningar", "MR hjärna: multipla periventrikulära o juxtakortikala vitsubstanslesioner, en laddar kontrast. "
                            "Ögonkonsult: optikusneurit vä."),
         ("Bedömning", "MS är huvudmisstanke, optikusneurit vä som aktuellt skov."),
         ("Planering", "LP m oligoklonala band. Solu-Medrol 1 g iv x3."),
     ], au="Elin Wallin", t="2024-10-02 14:45", sign=50, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="'MS är huvudmisstanke' keeps multiple sclerosis as a working hypothesis in a visible note")

case("bh-lungmott-sahl-sarkoidos-probable-engelska", "1984-08-08", "m",
     N("v_lung_sahl", [
         ("Aktuellt", "Remitterad pga hilära lgl på rtg tagen för hosta. Erythema nodosum i vintras."),
         ("Undersökningar", "DT: bilat hilära o paratrakeala lgl, inga parenkymförändringar. ACE 88. S-Ca 2,61."),
         ("Bedömning", "Sarkoidos, probable. Lymfom less likely men EBUS behövs."),
         ("Planering", "EBUS m px. Spirometri + DLCO. Ögonkonsult."),
     ], au="David Nordin", t="2024-01-16 13:10", sign=90),
     must=["NL102"], must_not=["NL101"],
     why="Swedish-English mix: 'Sarkoidos, probable' is a hedged diagnosis written in English")

case("bh-akut-hbg-cauda-equina-kan-ej-uteslutas", "1977-05-03", "m",
     N("s_akut_hbg", [
         ("Kontaktorsak", "Ryggvärk m utstrålning båda ben"),
         ("Anamnes", "Känt diskbråck L5-S1. Sedan igår domning i grenen, svårt att kissa."),
         ("Status", "Nedsatt sensibilitet perianalt, analtonus svag. Lasegue pos bilat 40 gr. Bladderscan 800 ml."),
         ("Bedömning", "Cauda equina-syndrom kan ej uteslutas."),
         ("Åtgärd", "KAD. Akut MR L-rygg, ortopedjour informerad."),
     ], au="Hanna Lindgren", t="2024-07-30 23:05", sign=20),
     must=["NL102"], must_not=["NL101"],
     why="'Cauda equina-syndrom kan ej uteslutas' is an open diagnosis in Bedömning")

case("bh-ger-moln-bakomliggande-malignitet-fragetecken", "1940-12-12", "m",
     N("v_ger_moln", [
         ("Rondanteckning", "Viktnedgång 8 kg på 3 mån, aptitlös, orkeslös. SR 72, Hb 102, Alb 29."),
         ("Bedömning", "Bakomliggande malignitet? Utredning påbörjad."),
         ("Planering", "DT thorax-buk, PSA, F-Hb. Dietistkontakt."),
     ], au="Karl Fransson", tmpl="Rondanteckning", t="2024-02-20 11:05", sign=40, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="'Bakomliggande malignitet?' is a question-marked cancer hypothesis in a visible note")

case("bh-akut-ystad-diff-diagnoser-lista", "1986-10-04", "m",
     N("s_akut_ystad", [
         ("Kontaktorsak", "Buksmärta hö"),
         ("Status", "Ömhet hö flank o hö fossa. Dunkö hö +. U-sticka blod 3+, LPK neg. Temp 37,4. CRP 18."),
         ("Bedömning", "Diff diagnoser: 1) uretärsten hö 2) pyelonefrit 3) appendicit, mindre trol."),
         ("Åtgärd", "Voltaren 50 mg supp, DT urinvägar utan kontrast."),
     ], au="Tobias Lund", t="2024-05-19 05:45", sign=25),
     must=["NL102"], must_not=["NL101"],
     why="a numbered differential-diagnosis list in Bedömning is a set of hedged diagnoses")

case("bh-akut-sas-trol-bppv", "1958-09-29", "k",
     N("v_akut_sas", [
         ("Kontaktorsak", "Yrsel"),
         ("Anamnes", "Sekundsnabb rotatorisk yrsel när hon vänder sig i sängen sed 3 d. Ingen hörselnedsättning."),
         ("Status", "Neuro: ua, ingen nystagmus i neutralläge. HINTS ej applicerbart. Dix-Hallpike hö: torsionell nystagmus uppåt, uttröttbar."),
         ("Bedömning", "Trol. BPPV hö bakre båggång."),
         ("Åtgärd", "Epleys manöver x2, yrsel borta efter. Egenövningar."),
     ], au="Jenny Sundqvist", t="2024-06-13 12:20", sign=15),
     must=["NL102"], must_not=["NL101"],
     why="'Trol. BPPV' is a probable diagnosis in the visible ED note")

case("bh-med-csk-utkast-trol-ulcusblodning", "1948-04-04", "m",
     N("s_med_csk", [
         ("Rondanteckning", "Hb-fall 112 -> 94, melena x1 i natt. Äter Ipren för knävärk. BT 126/74, puls 84."),
         ("Bedömning", "Trol. ulcusblödning (NSAID)."),
         ("Planering", "Gastroskopi imorgon, Nexium 40 mg x2 iv, fasta fr midnatt."),
     ], au="Sven Åkesson", tmpl="Rondanteckning", t="2024-11-12 10:45", sign=None, setting="slutenvård"),
     must=["NL102"], must_not=["NL101"],
     why="unsigned ward-round draft: 'Trol. ulcusblödning' is a hedged diagnosis")

case("bh-akut-udd-paroxysmalt-ff-inte-omojligt", "1975-07-15", "k",
     N("v_akut_udd", [
         ("Kontaktorsak", "Hjärtklappning"),
         ("Aktuellt", "Episoder m oregelbunden hjärtklappning senaste mån, 10-30 min. Nu symtomfri."),
         ("EKG", "SR 72, normal."),
         ("Bedömning", "Paroxysmalt FF inte omöjligt utifrån anamnesen."),
         ("Planering", "Långtids-EKG 72 h, TSH. Remiss till medicinmott."),
     ], au="Mohammed Saleh", t="2024-08-27 20:10", sign=20),
     must=["NL102"], must_not=["NL101"],
     why="'Paroxysmalt FF inte omöjligt' is a hedged arrhythmia diagnosis")

case("bh-akut-malmo-talar-for-dka-nydebuterad", "2003-03-23", "m",
     N("s_akut_malmo", [
         ("Kontaktorsak", "Törst, kräkningar"),
         ("Aktuellt", "Törstig o kissat mkt i 2 v, gått ner 6 kg. Idag kräkningar o buksmärta."),
         ("Status", "Torr, Kussmaul-andning, acetonlukt. Puls 116."),
         ("Lab", "P-glukos 31, pH 7,18, BE -17, B-ketoner 5,2, K 5,6."),
         ("Bedömning", "Bilden talar för diabetesketoacidos, nydebuterad typ 1-diabetes?"),
         ("Åtgärd", "DKA-protokoll, insulininfusion, NaCl 1 l/h. Inl med IMA."),
     ], au="Isabella Rosén", t="2024-04-08 18:05", sign=30),
     must=["NL102"], must_not=["NL101"],
     why="'talar för diabetesketoacidos' and 'typ 1-diabetes?' are hedged diagnoses")

case("bh-akut-skov-missank-pneumoni-typo", "1967-12-08", "m",
     N("v_akut_skov", [
         ("Kontaktorsak", "Feber hosta"),
         ("Status", "Temp 38,9, AF 22, sat 94%. Pulm: krepitationer vä basalt, bronkiell andning."),
         ("Lab", "CRP 182, LPK 15,2."),
         ("Bedömning", "Misstänk pneumoni vä basalt, CRB-65 1."),
         ("Åtgärd", "Rtg pulm. PcV 1 g x3 po om rtg ok o sat stabil, annars inl."),
     ], au="Jesper Wiik", t="2024-10-28 14:10", sign=None),
     must=["NL102"], must_not=["NL101"],
     why="unsigned draft with typo 'Misstänk' (missing t): a suspected pneumonia in Bedömning is still hedged")

case("bh-lungmott-lund-misst-lungfibros", "1951-09-19", "m",
     N("s_lung_lund", [
         ("Aktuellt", "Tilltagande ansträngningsdyspné 1 år, torrhosta. Klubbfingrar. Pulm: velcro-rassel bibasalt."),
         ("Undersökningar", "HRCT: subpleurala retikulära förändringar basalt, honeycombing? Spirometri: restriktiv, DLCO 48%."),
         ("Bedömning", "Misst. idiopatisk lungfibros, UIP-mönster? Tas upp på ILD-konferens."),
     ], au="Birgitta Lönn", t="2024-12-10 15:20", sign=60),
     must=["NL102"], must_not=["NL101"],
     why="'Misst. idiopatisk lungfibros' is a suspected diagnosis in a visible outpatient note")

case("bh-vgr-tidiga-hypoteser-men-lacka-i-bedomning", "1959-01-27", "m",
     N("v_med_sas", [
         ("Aktuellt", "Inl för ikterus o klåda, avföring ljus. Viktnedgång 7 kg."),
         ("Status", "Ikterisk, buk mjuk, Courvoisiers tecken +."),
         ("Bedömning", "Ikterus, susp. malignt avflödeshinder. DT buk m pankreasprotokoll beställt."),
         ("Tidiga hypoteser", "Misstanke om pankreascancer, ej diskuterat m pat ännu."),
     ], au="Niklas Hellström", t="2024-01-24 16:00", sign=40, setting="slutenvård"),
     must=["NL102"],
     why="VGR: the sökord Tidiga hypoteser protects its own section, but Bedömning repeats 'susp. malignt avflödeshinder' visibly")
# ---------------------------------------------------------------------------
# B. NL102 near misses: negated, ruled out, confirmed, family/past history,
#    hedges about plans, non-diagnostic 'obs'/'?', PMO, Tidiga hypoteser
# ---------------------------------------------------------------------------

case("bh-akut-lund-ej-hallpunkt-acs", "1982-02-09", "m",
     N("s_akut_lund", [
         ("Kontaktorsak", "Bröstsmärta vä sida"),
         ("Anamnes", "Stickande smärta vä bröstkorg sed 2 d, värre vid djupandning o vridning. Bar flyttkartonger i helgen."),
         ("Status", "Cor: RR 70, inga bl.ljud. Pulm: ua. Palpöm costochondralt vä 3:e-4:e rev, reproducerar smärtan."),
         ("Undersökningar", "EKG: SR 68, ua. hs-TnT 6 -> 7 (0/1h)."),
         ("Bedömning", "Ej hållpunkt för ACS. Muskuloskeletal bröstsmärta."),
         ("Åtgärd", "Hem. Paracetamol/Ipren vb."),
     ], au="Anton Berg", t="2024-03-02 13:30", sign=20),
     must_not=["NL102", "NL101"],
     why="ACS ruled out ('Ej hållpunkt för ACS') and the working diagnosis is stated plainly: no hedge")

case("bh-akut-sahl-ingen-misstanke-sab", "1971-11-05", "k",
     N("v_akut_sahl", [
         ("Kontaktorsak", "Huvudvärk"),
         ("Anamnes", "Gradvis tilltagande bitemporal huvudvärk sed 2 d, känd migrän men 'inte som vanligt'. Ingen åskknall."),
         ("Status", "GCS 15, nackmjuk, inga fokala bortfall. BT 134/82. Afebril."),
         ("Undersökningar", "DT hjärna: ingen blödning, ingen ischemi, inga expansiviteter."),
         ("Bedömning", "Ingen misstanke om SAB, debut gradvis. Migränattack utan aura."),
         ("Åtgärd", "Inj Toradol 30 mg im + Primperan, huvudvärken halverad efter 45 min. Hem."),
     ], au="Martin Gustafsson", t="2024-04-13 01:50", sign=25),
     must_not=["NL102", "NL101"],
     why="'Ingen misstanke om SAB' is a negated mention; the diagnosis given (migraine) is affirmed")

case("bh-akut-hbg-inga-tecken-dvt", "1990-06-26", "k",
     N("s_akut_hbg", [
         ("Aktuellt", "Smärta hö vad efter löpning, p-piller."),
         ("Status", "Ingen svullnad, omkrets lika bilat. Ömhet i gastrocnemius medialt."),
         ("Undersökningar", "UL djupa vener hö ben: inga tecen på DVT."),
         ("Bedömning", "Muskelbristning hö vad, DVT uteslutet."),
         ("Åtgärd", "Avlastning, kompression. Åter vid ökad svullnad."),
     ], au="Rebecka Falk", t="2024-06-03 11:15", sign=15),
     must_not=["NL102", "NL101"],
     why="typo in a negation ('inga tecen på DVT') plus 'DVT uteslutet': ruled out, muscle strain affirmed")

case("bh-akut-nal-fraktur-uteslutes-ottawa", "1997-08-14", "m",
     N("v_akut_nal", [
         ("Kontaktorsak", "Stukat vä fot, fotboll"),
         ("Status", "Svullnad o blåmärke lat malleol, palpöm framför fibulaspetsen. Ottawa pos (kan ej belasta 4 steg)."),
         ("Rtg", "Vä fotled 3 proj: ingen fraktur."),
         ("Bedömning", "Fraktur uteslutes. Distorsion lig. talofibulare ant vä."),
         ("Åtgärd", "Stödskena, kryckor 1 v, belasta efter förmåga. Fysioterapi remiss."),
     ], au="Cecilia Rask", t="2024-09-21 17:30", sign=20),
     must_not=["NL102", "NL101"],
     why="'Fraktur uteslutes' is a ruled-out diagnosis; the sprain is affirmed")

case("bh-akut-malmo-trol-hem-imorgon-plan", "1963-05-12", "k",
     N("s_med_hbg", [
         ("Rondanteckning", "Pyelonefrit hö, E. coli i urinodl känslig för ciprofloxacin. Afebril sed igår. CRP 88 (fr 190)."),
         ("Bedömning", "Bra effekt av behandlingen."),
         ("Planering", "Byte till Cipro po idag. Trol. hem imorgon om fortsatt fallande CRP."),
     ], au="Johan Svedberg", tmpl="Rondanteckning", t="2024-02-14 10:00", sign=50, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="'Trol. hem imorgon' hedges the discharge plan, not a diagnosis; pyelonephritis is culture-confirmed")

case("bh-akut-sas-fragetecken-hemgang", "1960-10-22", "m",
     N("v_akut_sas", [
         ("Aktuellt", "Hjärtklappning sed i morse, konverterade spontant till SR kl 11 här på akuten."),
         ("EKG", "Inkomst: FF 132. Ny kl 11:20: SR 74, ingen ischemi."),
         ("Diagnos", "Förmaksflimmer, nydebuterat, spontankonverterat."),
         ("Planering", "?Hemgång em efter nytt EKG. CHA2DS2-VASc 1, ingen antikoag nu. Remiss med.mott."),
     ], au="Daniel Öberg", t="2024-07-02 12:10", sign=30),
     must_not=["NL102", "NL101"],
     why="the question mark sits on the discharge plan ('?Hemgång'); the diagnosis itself is affirmed")

case("bh-akut-csk-obs-pc-allergi", "1957-03-27", "k",
     N("s_akut_csk", [
         ("Varning", "OBS! pc-allergi (urtikaria 1998)."),
         ("Aktuellt", "Rodnad vä underben sed 3 d, feber i går. Sår efter trädgårdsarbete."),
         ("Status", "Välavgränsad rodnad, värme o ömhet vä underben. Temp 38,1."),
         ("Bedömning", "Erysipelas vä underben."),
         ("Åtgärd", "Dalacin 300 mg x3 i 10 d pga pc-allergi. Högläge."),
     ], au="Nils Bengtsson", t="2024-08-06 15:40", sign=20),
     must_not=["NL102", "NL101"],
     why="'OBS!' flags an allergy, not an observation diagnosis; erysipelas is affirmed")

case("bh-akut-moln-obsplats-njursten", "1978-01-30", "m",
     N("v_akut_moln", [
         ("Kontaktorsak", "Flanksmärta vä"),
         ("Undersökningar", "DT urinvägar: 4 mm konkrement i distala vä uretären, lätt hydronefros. Krea 92, CRP 6, afebril."),
         ("Diagnos", "Uretärsten vä 4 mm."),
         ("Planering", "Obs-plats på akuten över natten för smärtlindring, Toradol + Oxynorm vb. Hem imorgon m Voltaren."),
     ], au="Simon Åberg", t="2024-03-15 23:40", sign=None),
     must_not=["NL102", "NL101"],
     why="'Obs-plats' is a bed type, not 'obs' for a suspected diagnosis; the stone is CT-verified")

case("bh-med-ystad-ev-gastroskopi-via-vc", "1972-08-19", "k",
     N("s_med_ystad", [
         ("Epikris", "Inlagd 3 d pga yrsel o trötthet. Hb 78, MCV 66, ferritin 3 = järnbristanemi. "
                     "Fått Ferinject 1 g iv, Hb idag 88. Riklig mens sedan 1 år."),
         ("Planering", "Hem idag. Gyn-remiss ang menorragi. Ev. gastroskopi via VC om ej Hb-stegring efter 6 v."),
     ], au="Eva Cederholm", tmpl="Epikris", t="2024-05-30 14:20", sign=60, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="'Ev. gastroskopi' hedges an examination plan; the iron-deficiency anaemia is affirmed")

case("bh-akut-skov-hereditet-far-trol-infarkt", "1979-04-04", "m",
     N("v_akut_skov", [
         ("Kontaktorsak", "Tryck i bröstet vid stress på jobbet."),
         ("Hereditet", "Far dog 52 år, trol. hjärtinfarkt. Mor DM2."),
         ("Status", "Cor: RR 64, inga bl.ljud. Pulm ua. BT 136/84."),
         ("Undersökningar", "EKG ua. hs-TnT <5 x2."),
         ("Bedömning", "Akut koronart syndrom uteslutet. Stressrelaterade bröstsymtom."),
         ("Planering", "Hem. Arbets-EKG via VC m tanke på hereditet, lipider."),
     ], au="Emil Dahl", t="2024-11-18 19:50", sign=25),
     must_not=["NL102", "NL101"],
     why="the hedge 'trol. hjärtinfarkt' is about the father in Hereditet; the patient's ACS is ruled out")

case("bh-akut-ystad-tidigare-fragetecken-epilepsi-avskrevs", "1994-12-31", "k",
     N("s_akut_ystad", [
         ("Tidigare sjukdomar", "Utredd för ?epilepsi 2018 på neuro Lund, avskrevs efter normalt EEG o MR."),
         ("Aktuellt", "Svimmade i kön på Ica, varmt, stått länge. Föregicks av yrsel o tunnelseende. Vaken efter några sek."),
         ("Status", "Opåverkad, neurologiskt ua. BT liggande 118/74, stående 96/64."),
         ("EKG", "SR 62, normalt PQ o QTc."),
         ("Bedömning", "Vasovagal synkope. Ortostatism."),
         ("Åtgärd", "Råd om vätska o salt. Hem."),
     ], au="Alexander Nord", t="2024-07-24 16:35", sign=15),
     must_not=["NL102", "NL101"],
     why="past history '?epilepsi ... avskrevs' is a hypothesis already rejected; today's diagnosis is affirmed")

case("bh-akut-sahl-obs-app-sedan-op-bekraftad", "1999-10-10", "m", [
    N("v_akut_sahl", [
        ("Kontaktorsak", "Buksmärta hö fossa"),
        ("Status", "Öm McBurney, släppöm. Temp 38,0. CRP 64, LPK 14."),
        ("Diagnos", "Obs appendicit"),
        ("Åtgärd", "Fasta, inl kir för obs o ev. op."),
    ], au="Fanny Lilja", t="2024-08-18 21:10", sign=20, nid="n1"),
    N("v_kir_sahl", [
        ("Operationsberättelse", "Laparoskopisk appendektomi. Fynd: flegmonös appendix, ingen perforation, lite serös vätska i lilla bäckenet."),
        ("Diagnos", "Akut flegmonös appendicit."),
        ("Planering", "Ingen postop antibiotika. Hem imorgon om mår bra."),
    ], au="Fanny Lilja", tmpl="Operationsanteckning", t="2024-08-19 02:30", sign=40, setting="slutenvård", nid="n2"),
], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
   why="confirmed later in the chart: 'Obs appendicit' in the ED note is hedged, the op note's diagnosis is settled")

case("bh-akut-malmo-susp-le-sedan-dt-bekraftad", "1968-07-21", "k", [
    N("s_akut_malmo", [
        ("Kontaktorsak", "Andfåddhet, bröstsmärta vid inandning"),
        ("Status", "Sat 91%, AF 24, HF 108. Pulm: ua. Vä vad svullen."),
        ("Bedömning", "Susp. lungemboli, Wells 6."),
        ("Åtgärd", "DT-angio beställd, Innohep 175 E/kg sc."),
    ], au="Hampus Wendel", t="2024-10-05 14:30", sign=25, nid="n1"),
    N("s_akut_malmo", [
        ("Undersökningar", "DT-angio: bilat centrala o segmentella lungembolier, ingen högerkammarbelastning."),
        ("Diagnos", "Lungemboli bilat. Sekundär till DVT vä ben."),
        ("Planering", "Eliquis 10 mg x2 i 7 d sedan 5 mg x2. Hem via akuten, återbesök AK-mott 3 mån."),
    ], au="Hampus Wendel", t="2024-10-05 17:45", sign=20, nid="n2"),
], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
   why="'Susp. lungemboli' is hedged in n1; the later note states the CT-confirmed diagnosis without a hedge")

case("bh-pmo-vc-kavl-trol-viral-tonsillit", "1998-02-17", "k",
     N("p_vc_kavl", [
         ("Kontaktorsak", "Halsont 3 d"),
         ("Status", "Tonsiller rodnade, lite beläggningar bilat. Inga ömma käkvinkelkörtlar. Temp 37,6."),
         ("Lab", "Strep A neg. CRP 14."),
         ("Bedömning", "Trol. viral tonsillit. Centor 2."),
         ("Åtgärd", "Ingen antibiotika, symtomlindring. Åter om ej bättre på 5 d."),
     ], au="Linda Möller", tmpl="Besöksanteckning", t="2024-01-22 09:40", sign=20),
     must_not=["NL102"],
     why="PMO never shows diagnoses: 'Trol. viral tonsillit' in a vårdcentral note must not raise NL102")

case("bh-pmo-vc-sjobo-susp-hypotyreos", "1965-09-02", "k",
     N("p_vc_sjobo", [
         ("Aktuellt", "Trött, frusen, viktuppgång 4 kg, torr hud."),
         ("Lab", "TSH 8,9, fT4 11,2. TPO-ak pos."),
         ("Bedömning", "Susp. subklinisk hypotyreos, Hashimoto?"),
         ("Planering", "Ny TSH + fT4 om 6 v, ställningstagande till Levaxin."),
     ], au="Gunilla Hedberg", tmpl="Besöksanteckning", t="2024-04-10 14:25", sign=30),
     must_not=["NL102"],
     why="PMO: hedged hypothyroidism ('Susp.', 'Hashimoto?') is not shown to the patient, no NL102")

case("bh-pmo-vc-eslov-dd-migran-spanningshuvudvark", "1993-11-28", "m",
     N("p_vc_eslov", [
         ("Kontaktorsak", "Huvudvärk återkommande"),
         ("Anamnes", "Huvudvärk 2-3 dgr/v sed nytt jobb, pannband, ibl ljuskänslig. Ingen aura. Skärmarbete 9 h/dag."),
         ("Status", "Neurostatus ua. Ömma nackmuskler. BT 124/78. Ögonbotten ua."),
         ("Bedömning", "DD spänningshuvudvärk vs migrän utan aura, ffa det förstnämnda."),
         ("Planering", "Huvudvärksdagbok 4 v, fysioterapeut, återbesök tel."),
     ], au="Kristoffer Bjerre", tmpl="Besöksanteckning", t="2024-05-06 10:50", sign=None),
     must_not=["NL102"],
     why="PMO primary-care note: a DD between headache types is hedged but PMO diagnoses stay hidden")

case("bh-pmo-vc-simr-misstankt-pmr", "1949-06-15", "k",
     N("p_vc_simr", [
         ("Aktuellt", "Värk o stelhet skuldror o höfter, morgonstelhet 2 h, 6 v. Svårt ta på sig tröja."),
         ("Status", "Nedsatt aktiv rörlighet skuldror bilat pga smärta. Temporalisartärer palpabla, oömma. Ingen synpåverkan."),
         ("Lab", "SR 58, CRP 34, CK ua."),
         ("Bedömning", "Misstänkt polymyalgia reumatika."),
         ("Åtgärd", "Prednisolon 15 mg x1 provbehandling, tel.kontroll 1 v."),
     ], au="Bo Tengroth", tmpl="Besöksanteckning", t="2024-09-12 11:10", sign=25),
     must_not=["NL102"],
     why="PMO: 'Misstänkt polymyalgia reumatika' is hedged but PMO does not display diagnoses")

case("bh-pmo-vc-hoor-ssk-tel-trol-cystit", "1986-03-07", "k",
     N("p_vc_hoor", [
         ("Kontaktorsak", "Ringer pga sveda vid miktion"),
         ("Telefonrådgivning", "Sveda o täta trängningar sed igår, ingen feber, ingen flanksmärta. Ej gravid. Ingen flytning."),
         ("Bedömning", "Trol. okomplicerad cystit."),
         ("Åtgärd", "Enl delegering: recept Furadantin 50 mg x3 i 5 d. Åter vid feber."),
     ], au="Marie Jeppsson", role="sjuksköterska", tmpl="Telefonanteckning", t="2024-06-25 08:20", sign=10),
     must_not=["NL102"],
     why="PMO nurse telephone note: 'Trol. okomplicerad cystit' is not shown in Journalen")

case("bh-pmo-bvc-staff-trol-atopiskt-eksem", "2023-06-20", "m",
     N("p_bvc_staff", [
         ("BVC-besök", "6-mån-besök. Vikt 7,9 kg, längd 67 cm, följer kurvan. Vänder sig, sitter m stöd."),
         ("Hud", "Torra röda fläckar kinder o armveck, kliar. Mamma astma."),
         ("Bedömning", "Trol. atopiskt eksem. Ingen misstanke om komjölksallergi."),
         ("Åtgärd", "Mjukgörande x2-3/dag, Hydrokortison 1% kortare kur. Vaccination enl prog (Rota dos 3 ej aktuell)."),
     ], au="Sanna Fridh", role="sjuksköterska", tmpl="BVC-anteckning", t="2024-12-19 10:30", sign=45),
     must_not=["NL102"],
     why="PMO child health note: a probable eczema diagnosis is hedged, but PMO hides diagnoses")

case("bh-skane-tidiga-hypoteser-mall-ftd", "1955-05-15", "m",
     N("s_ger_trb", [
         ("Tidiga hypoteser", "Beteendeförändring senaste året (enl hustru): hämningslös, äter sötsaker, ointresserad. "
                              "Bilden inger misstanke om frontotemporal demens. Ej diskuterat m pat, avvaktar neuropsykologisk "
                              "bedömning o SPECT."),
     ], au="Kerstin Ohlsson", tmpl="Tidiga hypoteser", t="2024-03-21 15:15", sign=30, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="Skåne Melior note in the template Tidiga hypoteser: hedged and not-yet-told diagnosis is protected")

case("bh-akut-lund-ingen-missanke-meningit-typo", "2000-09-16", "k",
     N("s_akut_lund", [
         ("Kontaktorsak", "Feber, huvudvärk"),
         ("Anamnes", "Feber 38,5 sed igår, huvudvärk o muskelvärk, hosta. Pojkvän haft influensa."),
         ("Status", "Opåverkad, nackmjuk, ej ljuskänslig, inga petekier. GCS 15. Temp 38,6."),
         ("Lab", "CRP 19. Influensa A-PCR pos."),
         ("Bedömning", "Influensa A. Ingen missanke om meningit."),
         ("Åtgärd", "Hem, egenvård."),
     ], au="Albin Kronberg", t="2024-01-11 22:05", sign=15),
     must_not=["NL102", "NL101"],
     why="typo 'missanke' inside a negation ('Ingen missanke om meningit') must not become a hedge")

case("bh-akut-udd-inga-hallpunkter-sepsis", "1954-04-25", "k",
     N("v_akut_udd", [
         ("Aktuellt", "Sveda vid miktion, lätt feber 37,9. Bor själv, klarar sig."),
         ("Status", "Opåverkad. NEWS 1. Ingen dunkö."),
         ("Lab", "Laktat 1,1. CRP 42. U-sticka LPK 2+, nitrit +."),
         ("Bedömning", "Nedre UVI. Inga hållpunkter för sepsis."),
         ("Åtgärd", "Pivmecillinam 400 mg x3 i 5 d, urinodl. Hem."),
     ], au="Stina Ljung", t="2024-05-22 10:30", sign=None),
     must_not=["NL102", "NL101"],
     why="'Inga hållpunkter för sepsis' is negated; the UTI is affirmed")

case("bh-ort-hbg-inte-omojligt-hemgang-fredag", "1936-06-01", "k",
     N("s_ort_hlm", [
         ("Rondanteckning", "Höftfraktur vä, op m glidande höftskruv 3 d sedan. Mobiliseras m rollator, smärta VAS 3."),
         ("Bedömning", "Förlopp enl plan."),
         ("Planering", "Inte omöjligt att hon klarar hemgång fredag m utökad hemtjänst, bistånd kontaktat."),
     ], au="Åsa Wendt", tmpl="Rondanteckning", t="2024-02-07 09:15", sign=30, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="'Inte omöjligt' hedges the discharge date, not a diagnosis")

case("bh-med-ali-sannolikt-utskrivning-mandag", "1951-12-03", "m",
     N("v_med_ali", [
         ("Rondanteckning", "Pneumoni hö underlob, rtg-verifierad. Afebril sed 48 h, CRP 41 (fr 260). Sat 95% ua."),
         ("Planering", "Byte till Amimox po. Sannolikt utskrivning måndag."),
     ], au="Marcus Hallin", tmpl="Rondanteckning", t="2024-04-26 10:40", sign=45, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="'Sannolikt utskrivning' is a plan hedge; the pneumonia is radiologically verified")

case("bh-akut-malmo-misstankt-felmarkt-prov", "1985-01-17", "m",
     N("s_akut_malmo", [
         ("Aktuellt", "Sårskada hö hand, kökskniv. Inget övrigt."),
         ("Lab", "Hb 62 på första provet, stämmer ej m klinik (rosig, puls 70). Misstänkt felmärkt prov. Nytt prov: Hb 141."),
         ("Åtgärd", "Sutur 4 st 4-0, tetanus ok. Suturtagning VC 10 d."),
     ], au="Ebba Lindahl", t="2024-06-08 20:40", sign=15),
     must_not=["NL102", "NL101"],
     why="'Misstänkt felmärkt prov' suspects a lab handling error, not a patient diagnosis")

case("bh-akut-sahl-inget-talar-for-kolecystit", "1977-02-23", "k",
     N("v_akut_sahl", [
         ("Kontaktorsak", "Ont i magen efter maten"),
         ("Status", "Buk: lätt öm epigastriet, ingen Murphy. Afebril."),
         ("Lab", "CRP <5, leverprover ua, lipas ua."),
         ("Undersökningar", "UL gallvägar: inga konkrement, normal gallblåsa."),
         ("Bedömning", "Inget som talar för kolecystit. Dyspepsi."),
         ("Åtgärd", "Omeprazol 20 mg 4 v, VC vb."),
     ], au="Olle Brandt", t="2024-09-30 15:25", sign=20),
     must_not=["NL102", "NL101"],
     why="'Inget som talar för kolecystit' negates the diagnosis despite the 'talar för' cue")

case("bh-akut-csk-dd-overvagd-och-utesluten-lang", "1945-10-26", "m",
     N("s_akut_csk", [
         ("Kontaktorsak", "Bröstsmärta o andfåddhet"),
         ("Anamnes", "Sedan i förrgår hosta m gulgröna upphostningar, feber 38-39 hemma. I natt hugg i vä bröstkorg "
                     "vid djupa andetag, blev orolig och ringde 112. Känd HT, hyperlipidemi. Före detta rökare, slutade 1995. "
                     "Läkemedel: Enalapril 10 mg, Simvastatin 20 mg, Trombyl 75 mg. Inga kända allergier. "
                     "Bor m hustru i villa, klarar sig själv, kör bil."),
         ("Status", "AT: lätt påverkad, svettig, talar i hela meningar. Temp 38,7. AF 24, sat 92% ua. "
                    "Cor: RR, takykard 104, inga bl.ljud, inga gnidningsljud. BT 148/86 hö = vä arm. "
                    "Pulm: krepitationer o bronkiell andning vä basalt, dämpning vä bas. "
                    "Buk: mjuk, oöm. Ben: inga ödem, vader mjuka."),
         ("Undersökningar", "EKG: sinustakykardi 102, ingen ischemi, jmf 2021 oförändrat. hs-TnT 11 -> 12. "
                            "CRP 212, LPK 17,3, krea 94, laktat 1,6. DT thorax m kontrast (angioprotokoll): "
                            "normal aorta utan dissektion, inga lungembolier, konsolidering vä underlob m liten pleuravätska."),
         ("Bedömning", "DD har övervägts: aortadissektion o lungemboli uteslutna på DT. Pneumoni vä underlob, CRB-65 1. "
                       "Pleuritsmärta sekundärt."),
         ("Åtgärd", "Bensyl-pc 3 g x3 iv, blododl x2, urin-antigen pneumokock + legionella. O2 mot sat >92%. "
                    "Paracetamol 1 g x4. Inl med avd."),
     ], au="Fredrika Lagerlöf", t="2024-12-06 04:50", sign=50),
     must_not=["NL102", "NL101"],
     why="long ED chart: the DD was considered and ruled out on CT; the remaining diagnosis (pneumonia) is affirmed")

case("bh-akut-sas-stroke-fragetecken-nej-hypoglykemi", "1939-07-31", "m",
     N("v_akut_sas", [
         ("Kontaktorsak", "Larm: sluddrigt tal, svag hö arm"),
         ("Aktuellt", "Insulinbehandlad DM2. Hustru hittade honom svettig o förvirrad. Ambulans: P-glukos 1,9."),
         ("Bedömning", "Stroke? Nej – symtomen förklaras av hypoglykemi, helt återställd efter glukos iv, NIHSS 0."),
         ("Åtgärd", "Glukosdropp, BS varje h. Insulindos halveras, diabetesssk kontakt."),
     ], au="Axel Nyberg", t="2024-03-25 07:15", sign=25),
     must_not=["NL102", "NL101"],
     why="'Stroke? Nej' asks and answers in the same line: the stroke question is ruled out, hypoglycaemia affirmed")

case("bh-akut-ystad-korttidsplats-kan-ej-uteslutas", "1930-11-19", "k",
     N("s_akut_ystad", [
         ("Aktuellt", "Fallit hemma, handledsfraktur vä (distal radius), gipsad. Bor ensam, hemtjänst 2 ggr/dag."),
         ("Bedömning", "Distal radiusfraktur vä, okomplicerad. Klarar ej ADL m gips och rollator hemma."),
         ("Planering", "Inl för vårdplanering. Behov av korttidsplats kan ej uteslutas, bistånd kontaktat."),
     ], au="Gustav Möllerström", t="2024-10-14 18:55", sign=30),
     must_not=["NL102", "NL101"],
     why="'kan ej uteslutas' is about the need for a short-term care bed, not a diagnosis")

case("bh-barnakut-lund-ingen-invagination", "2022-02-03", "k",
     N("s_barnakut_lund", [
         ("Kontaktorsak", "Kräkningar, skrikperioder"),
         ("Aktuellt", "2-åring, kräkts 5 ggr, skriker periodvis. Lös avföring x3, ej blodig."),
         ("Status", "Pigg mellan episoderna. Buk: mjuk, ingen resistens."),
         ("Undersökningar", "UL buk: inga tecken på invagination. Mesenteriella lgl."),
         ("Bedömning", "Gastroenterit."),
         ("Åtgärd", "Vätsketest ok, hem. Åter vid blod i avföringen el slöhet."),
     ], au="Moa Lindell", t="2024-11-02 14:55", sign=20),
     must_not=["NL102", "NL101"],
     why="child under 13: intussusception excluded by ultrasound, gastroenteritis affirmed")

case("bh-barnakut-dsbus-enkel-feberkramp", "2022-09-11", "m",
     N("v_barnakut_dsbus", [
         ("Kontaktorsak", "Kramp i hemmet"),
         ("Aktuellt", "Generaliserad kramp 2 min vid feberstegring, förälder ringde 112. Vaken o normal efter 30 min."),
         ("Status", "Temp 39,4. Nackmjuk, fontanell stängd, inga petekier. Trumhinnor röda bilat."),
         ("Bedömning", "Enkel feberkramp. Otit bilat. Ingen misstanke om meningit."),
         ("Åtgärd", "Paracetamol, Kåvepenin 5 d. Info feberkramp. Hem."),
     ], au="Wilma Edvardsson", t="2024-12-28 01:45", sign=None),
     must_not=["NL102", "NL101"],
     why="child: febrile seizure and otitis affirmed; meningitis explicitly not suspected")

case("bh-kir-malmo-ev-ny-dt-plan", "1961-03-14", "m",
     N("s_kir_malmo", [
         ("Rondanteckning", "Divertikulit sigmoideum, DT-verifierad, okomplicerad, ingen abscess. Dag 2 Tazocin. Mindre ont, CRP 150 (fr 178)."),
         ("Planering", "Fortsatt iv antibiotika. Ev. ny DT torsdag om ej förbättrad."),
     ], au="Hugo Lindfors", tmpl="Rondanteckning", t="2024-08-01 09:50", sign=30, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="'Ev. ny DT' hedges an examination; the diverticulitis is CT-verified")

case("bh-inf-sas-normala-odlingar", "1959-05-08", "k",
     N("v_inf_sas", [
         ("Rondanteckning", "Blododl neg efter 5 d. TTE ua, inga vegetationer. Urinodl E. coli."),
         ("Bedömning", "Urosepsis m E. coli, god effekt av behandlingen. Endokardit avskriven."),
         ("Planering", "Cipro po totalt 10 d. Hem idag."),
     ], au="Leo Strömberg", tmpl="Rondanteckning", t="2024-07-29 10:25", sign=35, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="normal cultures and echo: endocarditis written off ('avskriven'), urosepsis affirmed")

case("bh-med-lkr-ssk-ev-hemgang", "1944-02-02", "m",
     N("s_med_lkr", [
         ("Omvårdnad", "Pat m KOL-exacerbation, andas lättare idag, sat 92% på 1 l. Går till toa m rollator. Äter halva portioner."),
         ("Planering", "Ev. hemgång imorgon, pat önskar vänta tills sonen kan hämta. Hemsyrgas kontrolleras m lungssk."),
     ], au="Jessica Ahl", role="sjuksköterska", tmpl="Omvårdnadsanteckning", t="2024-01-27 14:10", sign=20, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="nurse note: 'Ev. hemgång' hedges discharge, the COPD exacerbation is affirmed")

case("bh-jour-nal-brostsmarta-muskular", "1957-12-16", "m",
     N("v_hjart_nal", [
         ("Jouranteckning", "Kallad kl 01 pga bröstsmärta hos pat inlagd för hjärtsvikt. Smärtan kom efter hostattack, "
                            "ömmar vid palp vä bröstkorg."),
         ("Undersökningar", "EKG oförändrat mot inkomst. hs-TnT 8."),
         ("Bedömning", "ACS avfärdas. Muskulär smärta efter hosta."),
         ("Åtgärd", "Paracetamol 1 g. Ingen ytterligare åtgärd i natt."),
     ], au="Tilda Holmqvist", tmpl="Jouranteckning", t="2024-02-22 01:25", sign=20, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="on-call: ACS dismissed ('avfärdas') and a muscular cause affirmed")

case("bh-ort-hlm-ingen-susp-protesinfektion", "1949-08-12", "m",
     N("s_ort_hlm", [
         ("Rondanteckning", "Knäprotes hö dag 4. Sår torrt, lätt rodnad kring agrafferna. Afebril."),
         ("Lab", "CRP 24 (fr 110 dag 2)."),
         ("Bedömning", "Ingen susp. på protesinfektion, förväntat postop förlopp."),
         ("Planering", "Agrafftagning VC dag 14. Hem imorgon."),
     ], au="Nora Eklund", tmpl="Rondanteckning", t="2024-05-16 11:35", sign=25, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="'Ingen susp. på protesinfektion' negates the abbreviated hedge")

case("bh-akut-lidk-rtg-utan-pneumoni", "1988-11-09", "k",
     N("v_ort_lidk", [
         ("Aktuellt", "Inlagd för fotledsfraktur, op igår. Nu hosta o lätt feber 37,9."),
         ("Undersökningar", "Rtg pulm: utan tecken till pneumoni. CRP 31."),
         ("Bedömning", "Akut bronkit, ingen antibiotika."),
     ], au="Hampus Vik", tmpl="Rondanteckning", t="2024-03-06 12:00", sign=30, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="X-ray 'utan tecken till pneumoni' negates pneumonia; bronchitis is stated plainly")

case("bh-ger-trb-delirium-i-regress", "1934-04-14", "m",
     N("s_ger_trb", [
         ("Rondanteckning", "Delirium i regress, orienterad till person o plats idag. Sover bättre. Ingen mer oro nattetid."),
         ("Planering", "Fortsatt mobilisering, utsatt Theralen. Hemgång planeras nästa v."),
     ], au="Ulrika Sjöholm", tmpl="Rondanteckning", t="2024-06-17 10:05", sign=30, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="an affirmed delirium that is resolving carries no hedge")

case("bh-medmott-udd-pat-oro-cancer-ingen-misstanke", "1972-06-23", "m",
     N("v_medmott_udd", [
         ("Aktuellt", "Återbesök. Pat orolig för magcancer då kollega nyligen insjuknat."),
         ("Undersökningar", "Gastroskopi 12/6: lätt gastrit, H. pylori neg. Px: kronisk inaktiv gastrit, ingen dysplasi."),
         ("Bedömning", "Lätt gastrit. Ingen misstanke om malignitet, pat lugnad."),
         ("Planering", "Omeprazol 4 v, sedan vb. Ej återbesök."),
     ], au="Louise Ring", t="2024-06-19 14:00", sign=60),
     must_not=["NL102", "NL101"],
     why="the patient worries about cancer; the doctor states no suspicion of malignancy")
# ---------------------------------------------------------------------------
# C. NL101 positives: diagnosis in a visible section while the note says the
#    patient has not been told (or must not be told yet)
# ---------------------------------------------------------------------------

case("bh-akut-lund-dt-fynd-lungtumor-ej-informerad", "1950-10-08", "m",
     N("s_akut_lund", [
         ("Kontaktorsak", "Andfåddhet, frågeställning LE"),
         ("Status", "Sat 93%, AF 20, HF 96. Pulm: nedsatt andningsljud vä ovan. Vader ua."),
         ("Undersökningar", "DT-angio thorax: ingen LE. 4 cm tumör vä överlob m mediastinala lymfkörtelmetastaser."),
         ("Bedömning", "LE uteslutet. Tumör vä lunga m lymfkörtelmetastaser, orsak till dyspnén."),
         ("Planering", "Pat ej informerad om fyndet ikväll, lämnas till lungmott som kallar inom 1 v. Remiss skickad (SVF)."),
     ], au="Jakob Alm", t="2024-02-03 21:35", sign=25),
     must=["NL101"], must_not=["NL102"],
     why="ED incidental finding: lung tumour with metastases written in Bedömning, 'Pat ej informerad om fyndet'")

case("bh-hem-sahl-aml-annu-ej-informerad", "1962-05-30", "k",
     N("v_hem_sahl", [
         ("Rondanteckning", "Inlagd via akuten pga pancytopeni o feber. Benmärg: 62% myeloiska blaster = akut myeloisk leukemi."),
         ("Bedömning", "AML, nydiagnostiserad."),
         ("Planering", "Pat ännu ej informerad – ansv hematolog ger besked imorgon kl 10 tillsammans m kontaktssk. "
                       "Förbereder CVK o fertilitetsfrågor."),
     ], au="Simon Thörn", tmpl="Rondanteckning", t="2024-03-14 16:40", sign=30, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="AML stated in Bedömning while 'Pat ännu ej informerad' (besked tomorrow)")

case("bh-med-hbg-levermetastaser-dottern-narvara", "1946-09-25", "k",
     N("s_med_hbg", [
         ("Rondanteckning", "MR lever: multipla levermetastaser, största 5 cm. CEA 340. Primärtumör ej klarlagd."),
         ("Bedömning", "Levermetastaser, okänd primärtumör."),
         ("Planering", "Pat ej informerad ännu, dottern önskar närvara vid beskedet imorgon em."),
     ], au="Carina Wallén", tmpl="Rondanteckning", t="2024-04-18 13:20", sign=45, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="liver metastases in Bedömning, 'Pat ej informerad ännu' while waiting for the daughter")

case("bh-akut-nal-hiv-pos-ej-meddelad", "1985-12-12", "m",
     N("v_akut_nal", [
         ("Aktuellt", "Återbesök akutmott för provsvar efter feber o utslag för 3 v sedan."),
         ("Lab", "HIV Ag/Ak pos, konfirmerat m western blot. CD4 410."),
         ("Bedömning", "HIV-infektion."),
         ("Planering", "Pat ej meddelad – infektionsläkare tar kontakt o ger besked på inf.mott imorgon. Smittskyddsanmälan förbereds."),
     ], au="Anna-Karin Fors", t="2024-05-02 15:05", sign=30),
     must=["NL101"], must_not=["NL102"],
     why="HIV infection confirmed in a visible section, 'Pat ej meddelad'")

case("bh-ger-csk-alzheimer-make-onskar", "1941-03-20", "k",
     N("s_med_csk", [
         ("Sammanfattning", "Kognitiv utredning under vårdtiden: MMT 17, klocktest patologiskt, DT hjärna: mediotemporal atrofi. "
                            "Likvor: förhöjt tau, lågt beta-amyloid."),
         ("Diagnos", "Alzheimers sjukdom, medelsvår."),
         ("Planering", "Enl önskemål från make har pat inte informerats om diagnosen. Donepezil insatt."),
     ], au="Göran Persson", tmpl="Läkaranteckning", t="2024-06-11 11:00", sign=40, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="Alzheimer diagnosis in Diagnos, 'pat inte informerats' at the spouse's request")

case("bh-neuro-sahl-ms-faststalld-ej-besked", "1992-07-29", "k",
     N("v_neuro_sahl", [
         ("Rondanteckning", "LP: oligoklonala band pos. MR: nya laddande lesioner jmf okt. McDonald-kriterierna uppfyllda."),
         ("Diagnos", "Multipel skleros, skovvis förlöpande."),
         ("Planering", "Pat har inte fått besked, neurolog ringer o bokar besök nästa v. Hem idag."),
     ], au="Victor Engdahl", tmpl="Rondanteckning", t="2024-02-26 12:25", sign=35, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="settled MS diagnosis visible while 'Pat har inte fått besked'")

case("bh-kir-malmo-pad-adenocarcinom-aterbesok", "1955-01-03", "m",
     N("s_kir_malmo", [
         ("Läkaranteckning", "PAD från polypektomi sigmoideum 2/4: adenocarcinom T1, radikalt? marginal 0,5 mm."),
         ("Bedömning", "Tidig koloncancer sigmoideum."),
         ("Planering", "Pat ej informerad, tas på återbesök 14/5. Tas upp på kolorektal-MDK."),
     ], au="Julia Brandt", tmpl="Läkaranteckning", t="2024-04-29 16:15", sign=20),
     must=["NL101"], must_not=["NL102"],
     why="colon cancer from PAD written visibly, 'Pat ej informerad' until the follow-up")

case("bh-med-skov-als-ej-infomerad-typo", "1958-02-11", "m",
     N("v_med_skov", [
         ("Rondanteckning", "Neurofys: utbredd denervation i 3 regioner, fascikulationer. Neurolog konsulterad, bekräftar bedömningen."),
         ("Diagnos", "Motorneuronsjukdom (ALS)."),
         ("Planering", "Pat ej infomerad ännu, besked ges av neurolog på mottagningen tisdag."),
     ], au="Elias Hamrin", tmpl="Rondanteckning", t="2024-09-05 14:40", sign=40, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="typo 'infomerad': ALS diagnosis visible while the patient is not yet informed")

case("bh-jour-ystad-peritoneal-karcinos-sen-timme", "1952-11-04", "k",
     N("s_akut_ystad", [
         ("Jouranteckning", "Inkom kl 21 m tilltagande bukomfång 3 v. Buk: ascites, ej peritonit. "
                            "DT buk: ascites, oment-cake, peritoneal karcinos, misstänkt primär i ovarierna."),
         ("Bedömning", "Peritoneal karcinos."),
         ("Planering", "Pat ej informerad ikväll pga sen timme o ensam här, informeras på ronden imorgon m anhörig. "
                       "Ascitestappning imorgon, cytologi."),
     ], au="Moa Rydberg", tmpl="Jouranteckning", t="2024-10-22 23:30", sign=25, setting="slutenvård"),
     must=["NL101"],
     why="on-call: peritoneal carcinomatosis visible, 'Pat ej informerad ikväll'; a hedged primary site too, NL102 left open")

case("bh-med-ali-pankreastumor-trol-malign-ingen-info", "1949-07-07", "m",
     N("v_med_ali", [
         ("Rondanteckning", "Ikterus, klåda. DT buk: 3 cm tumör i pankreashuvudet, trol. malign. Gallvägsdilatation."),
         ("Bedömning", "Pankreastumör, trol. pankreascancer."),
         ("Planering", "Ingen info till pat än, avvaktar kirurgbedömning + ERCP. Ansv läk tar samtalet."),
     ], au="Johanna Rehn", tmpl="Rondanteckning", t="2024-11-26 10:50", sign=40, setting="slutenvård"),
     must=["NL101", "NL102"],
     why="hedged 'trol. pankreascancer' in a visible section and 'Ingen info till pat än': both NL101 and NL102")

case("bh-akut-lund-susp-lymfom-ej-informerad-om-misstanken", "1981-06-19", "m",
     N("s_akut_lund", [
         ("Aktuellt", "Nattsvettningar, feber o viktnedgång 8 kg. Förstorade lgl hals o axill bilat."),
         ("Lab", "LD 620, SR 64, Hb 112."),
         ("Bedömning", "Susp. lymfom m B-symtom."),
         ("Planering", "Remiss hematologen SVF, lgl-exstirpation. Pat ej informerad om misstanken, ansv. läk på hem tar det."),
     ], au="Sebastian Falk", t="2024-03-08 17:20", sign=None),
     must=["NL101", "NL102"],
     why="unsigned draft: 'Susp. lymfom' visible and patient not told about the suspicion")

case("bh-medmott-udd-hepatit-c-ej-underrattad", "1979-09-13", "k",
     N("v_medmott_udd", [
         ("Läkaranteckning", "Provsvar efter förhöjda leverprover: anti-HCV pos, HCV-RNA 1,2 milj IE/ml, genotyp 1a."),
         ("Diagnos", "Kronisk hepatit C."),
         ("Planering", "Pat ej underrättad, kallas till besök nästa v. Remiss infektion, fibroscan."),
     ], au="Tomas Wiberg", t="2024-08-14 13:45", sign=15),
     must=["NL101"], must_not=["NL102"],
     why="hepatitis C confirmed in Diagnos, 'Pat ej underrättad'")

case("bh-med-lkr-huntington-genetisk-vagledning", "1976-04-05", "m",
     N("s_med_lkr", [
         ("Läkaranteckning", "Svar på gentest (HTT) taget under vårdtiden pga choreatiska rörelser: 43 CAG-repetitioner."),
         ("Diagnos", "Huntingtons sjukdom."),
         ("Planering", "Pat har inte fått besked, genetisk vägledning bokas först. Ingen info per telefon."),
     ], au="Ida Hermansson", t="2024-02-29 10:15", sign=None),
     must=["NL101"], must_not=["NL102"],
     why="unsigned draft: Huntington's disease confirmed by gene test, 'Pat har inte fått besked'")

case("bh-ort-lidk-patologisk-fraktur-pat-vet-ej", "1943-12-21", "k",
     N("v_ort_lidk", [
         ("Rondanteckning", "Inkom m fraktur hö femurdiafys efter lågenergitrauma. Rtg + DT: osteolytisk förändring, "
                            "skelettscint multipla upptag."),
         ("Bedömning", "Patologisk fraktur hö femur, skelettmetastaser, primärtumör ej känd."),
         ("Planering", "Märgspikning imorgon. Pat vet ej om metastaserna, tas när onkolog konsulterats."),
     ], au="Lukas Andersén", tmpl="Rondanteckning", t="2024-01-09 15:30", sign=35, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="skeletal metastases in Bedömning while 'Pat vet ej om metastaserna'")

case("bh-akut-malmo-hogmalignt-gliom-neurokirurg", "1966-08-02", "m",
     N("s_akut_malmo", [
         ("Kontaktorsak", "Krampanfall, första"),
         ("Status", "Postiktal, vaken efter 40 min. Lätt pares vä arm."),
         ("Undersökningar", "DT + MR hjärna: 5 cm kontrastladdande expansivitet hö frontallob m ödem, bild av högmalignt gliom."),
         ("Planering", "Pat ej informerad om fyndet ännu – neurokirurg ska ge besked på avd imorgon. Keppra, Betapred."),
     ], au="Alva Söderström", t="2024-07-16 19:00", sign=30),
     must=["NL101"],
     why="brain tumour on MR written visibly, 'Pat ej informerad om fyndet ännu'; 'bild av' left open for NL102")

case("bh-lung-sahl-smacellig-besked-efter-mdk", "1954-06-27", "k",
     N("v_lung_sahl", [
         ("Läkaranteckning", "Bronkoskopi-PAD: småcellig lungcancer. PET-DT: begränsad sjukdom."),
         ("Bedömning", "Småcellig lungcancer, limited disease."),
         ("Planering", "Inget besked givet till pat, tas på MDK tisdag först. Pat bokas till läkarbesök onsdag m kontaktssk."),
     ], au="Ludvig Hagström", t="2024-05-23 16:50", sign=20),
     must=["NL101"], must_not=["NL102"],
     why="small-cell lung cancer in Bedömning, 'Inget besked givet till pat'")

case("bh-barnakut-lund-all-foraldrar-ej-informerade", "2017-05-09", "k",
     N("s_barnakut_lund", [
         ("Kontaktorsak", "Blåmärken, trötthet"),
         ("Status", "Blek, petekier ben, hepatosplenomegali."),
         ("Lab", "Hb 71, Tpk 18, LPK 42, blaster i blodutstryk. Flödescytometri: B-ALL."),
         ("Diagnos", "Akut lymfatisk leukemi (B-ALL)."),
         ("Planering", "Föräldrarna ej informerade ännu, barnonkolog ger besked kl 15 m kurator. Inl barnonkologen."),
     ], au="Hedvig Ståhlberg", t="2024-09-17 12:10", sign=20),
     must=["NL101"], must_not=["NL102"],
     why="child under 13 whose guardians read the journal: ALL diagnosis visible, parents not yet told")

case("bh-akut-sas-prostatacancer-metastaser-ej-informerat", "1944-03-09", "m",
     N("v_akut_sas", [
         ("Aktuellt", "Ryggvärk 2 mån, nu svaghet i benen."),
         ("Undersökningar", "PSA 880. MR rygg: multipla skelettmetastaser, ingen medullakompression."),
         ("Bedömning", "Prostatacancer m skelettmetastaser."),
         ("Planering", "Ej informerat pat ännu om cancern, uro-jour o onkolog kontaktas imorgon. Inl ortoped för smärtlindring."),
     ], au="Wilhelm Sahlin", t="2024-04-04 22:30", sign=20),
     must=["NL101"], must_not=["NL102"],
     why="metastatic prostate cancer in Bedömning, 'Ej informerat pat ännu om cancern'")

case("bh-ger-trb-vaskular-demens-anhoriga-vill-vanta", "1936-02-18", "m",
     N("s_ger_trb", [
         ("Rondanteckning", "Utredning klar: MMT 19, DT: multipla lakunära infarkter o vitsubstansförändringar."),
         ("Diagnos", "Vaskulär demens."),
         ("Planering", "Pat ej informerad, anhöriga önskar vänta till efter hemgång. Biståndshandläggare kontaktad."),
     ], au="Lisa Kvist", tmpl="Rondanteckning", t="2024-08-09 13:05", sign=45, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="vascular dementia in Diagnos, 'Pat ej informerad' because relatives want to wait")

case("bh-kir-kung-koloskopi-pad-ej-informerad", "1960-11-15", "k",
     N("v_kir_kung", [
         ("Läkaranteckning", "Koloskopi 3/9: stenoserande tumör sigmoideum 25 cm. PAD: adenocarcinom."),
         ("Diagnos", "Sigmoideumcancer."),
         ("Planering", "Pat ej informerad om PAD-svaret, telefontid bokad torsdag. DT thorax-buk beställd."),
     ], au="Patrik Selander", t="2024-09-10 08:40", sign=None),
     must=["NL101"], must_not=["NL102"],
     why="unsigned draft: sigmoid cancer diagnosis visible, 'Pat ej informerad om PAD-svaret'")

case("bh-narakut-ang-hcm-kardiolog-tar-detta", "2002-01-24", "m",
     N("s_narakut_ang", [
         ("Aktuellt", "Svimmade under fotbollsträning. Remiss UCG akut, svar idag."),
         ("Undersökningar", "UCG: septumtjocklek 24 mm, SAM, LVOT-gradient 60 mmHg i vila."),
         ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati."),
         ("Planering", "Pat ännu ej informerad, kardiolog tar detta imorgon. Idrottsförbud tills vidare."),
     ], au="Rasmus Kock", t="2024-03-26 15:50", sign=25),
     must=["NL101"], must_not=["NL102"],
     why="HOCM in Bedömning while the patient is 'ännu ej informerad'")

case("bh-jour-skov-ska-inte-informeras-metastaser", "1950-05-20", "k",
     N("v_med_skov", [
         ("Jouranteckning", "Pat frågade kvällsssk om svaret på DT. DT visar levermetastaser o lungmetastaser vid känd bröstcancer "
                            "(op 2019)."),
         ("Bedömning", "Metastaserad bröstcancer, recidiv."),
         ("Planering", "Pat ska inte informeras om metastaserna förrän onkologen varit här imorgon – enl överenskommelse m ansv läk. "
                       "Ssk informerad, lugnande samtal."),
     ], au="Frida Söderlund", tmpl="Jouranteckning", t="2024-12-04 21:45", sign=20, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="on-call: metastatic relapse visible, 'ska inte informeras ... förrän' onkolog")

case("bh-neuro-lund-myastenia-ej-inforemrad-typo", "1968-10-30", "k",
     N("s_neuro_lund", [
         ("Rondanteckning", "AChR-ak pos (14 nmol/l). Neurografi m repetitiv stimulering: dekrement 18%."),
         ("Diagnos", "Myasthenia gravis, generaliserad."),
         ("Planering", "Pat ej inforemrad om diagnosen ännu. Mestinon 30 mg x4 start imorgon efter samtal. DT thorax ang tymom."),
     ], au="Hugo Ringström", tmpl="Rondanteckning", t="2024-01-25 11:40", sign=30, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="typo 'inforemrad': myasthenia gravis diagnosis visible while patient is not informed")

case("bh-akut-ostra-ovarialcancer-besked-gyn", "1957-09-01", "k",
     N("v_akut_ostra", [
         ("Kontaktorsak", "Buksmärta, uppblåsthet"),
         ("Undersökningar", "CA-125 1200. DT buk: stora bilat adnexresistenser, ascites, peritoneala metastaser."),
         ("Bedömning", "Ovarialcancer m peritoneal spridning."),
         ("Planering", "Pat ej informerad, besked ges vid gynbesök fredag. Hem m smärtlindring."),
     ], au="Hanna Qvarnström", t="2024-06-05 18:20", sign=15),
     must=["NL101"], must_not=["NL102"],
     why="ovarian cancer in Bedömning, 'Pat ej informerad', besked later")

case("bh-inf-malmo-tbc-ej-meddelad", "1990-12-25", "m",
     N("s_inf_malmo", [
         ("Rondanteckning", "Odling sputum: M. tuberculosis, känslig för standardpreparat. Isolering sed inkomst."),
         ("Diagnos", "Lungtuberkulos."),
         ("Planering", "Pat ej medelad ännu, tolk (tigrinja) bokad imorgon 9. Smittspårning efter besked."),
     ], au="Klara Hjort", tmpl="Rondanteckning", t="2024-11-14 15:10", sign=25, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="typo 'medelad': pulmonary TB in Diagnos while the patient is not yet told (interpreter booked)")

case("bh-hjart-nal-attr-amyloidos-har-ej-fatt", "1945-04-16", "m",
     N("v_hjart_nal", [
         ("Rondanteckning", "Scint m DPD: grad 3 upptag i myokardiet, inga M-komponenter."),
         ("Diagnos", "Transtyretinamyloidos (ATTR) m kardiell manifestation."),
         ("Planering", "Pat har ej fått diagnosen ännu, hjärtsviktsmott tar detta vid återbesök."),
     ], au="Erika Tell", tmpl="Rondanteckning", t="2024-10-08 12:45", sign=40, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="ATTR amyloidosis visible, 'Pat har ej fått diagnosen ännu'")

case("bh-hem-lund-myelom-pat-ovetande", "1948-06-09", "k",
     N("s_hem_lund", [
         ("Rondanteckning", "Benmärg: 40% plasmaceller. M-komponent IgG 48 g/l. Skelett-DT: lytiska lesioner."),
         ("Bedömning", "Multipelt myelom, behandlingskrävande."),
         ("Planering", "Pat ovetande om diagnosen, besked via hematolog + kontaktssk mån."),
     ], au="Olivia Nilsson", tmpl="Rondanteckning", t="2024-02-16 14:15", sign=30, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="myeloma in Bedömning, 'Pat ovetande om diagnosen'")

case("bh-ort-lidk-utkast-njurcellscancer-ej-info", "1963-08-31", "m",
     N("v_ort_lidk", [
         ("Rondanteckning", "Revbensfraktur. DT thorax (trauma): bifynd 6 cm solid tumör vä njure, radiolog: njurcellscancer."),
         ("Bedömning", "Njurcellscancer vä, bifynd."),
         ("Planering", "Pat ej info. Remiss uro."),
     ], au="Anders Kjellin", tmpl="Rondanteckning", t="2024-07-11 11:55", sign=None, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="unsigned draft, very terse: 'Pat ej info.' with a renal-cell cancer incidental finding")

case("bh-med-csk-misst-cirros-ej-pratat", "1967-05-24", "m",
     N("s_med_csk", [
         ("Rondanteckning", "UL buk: nodulär lever, splenomegali, ascites. Alb 28, PK 1,6, Tpk 84. Alkohol 6 burkar öl/dag."),
         ("Bedömning", "Misstänkt levercirros, alkoholorsakad."),
         ("Planering", "Ej pratat m pat om detta än, tas på ronden imorgon. Gastro-remiss."),
     ], au="Patrik Ollén", tmpl="Rondanteckning", t="2024-05-09 15:45", sign=30, setting="slutenvård"),
     must=["NL101", "NL102"],
     why="hedged 'Misstänkt levercirros' visible and 'Ej pratat m pat om detta än'")

case("bh-akut-sahl-trol-als-pat-vet-inget", "1961-02-05", "k",
     N("v_akut_sahl", [
         ("Kontaktorsak", "Svaghet i hö hand, fall"),
         ("Status", "Atrofier hö hand, fascikulationer överarm o tunga, livliga reflexer."),
         ("Bedömning", "Trol. ALS enl konsulterande neurolog. Inga frakturer."),
         ("Planering", "Pat vet inget ännu. Remiss neuromottagning prio, EMG."),
     ], au="Jonatan Lind", t="2024-11-20 14:30", sign=25),
     must=["NL101", "NL102"],
     why="'Trol. ALS' in Bedömning while 'Pat vet inget ännu'")

case("bh-med-lkr-malignitet-kan-ej-utesl-inte-informerat", "1953-03-03", "m",
     N("s_med_lkr", [
         ("Rondanteckning", "Hb 96, SR 90, viktnedgång. DT thorax-buk: förstorade retroperitoneala lgl."),
         ("Bedömning", "Malignitet kan ej utesl., lymfom eller metastaser."),
         ("Planering", "Har inte informerat pat om fynden än, väntar px-svar. UL-ledd px tisdag."),
     ], au="Kristina Lövgren", tmpl="Rondanteckning", t="2024-03-12 10:30", sign=40, setting="slutenvård"),
     must=["NL101", "NL102"],
     why="'Malignitet kan ej utesl.' visible, 'Har inte informerat pat om fynden än'")

case("bh-med-sas-pankreascancer-lang-rond", "1951-08-16", "k",
     N("v_med_sas", [
         ("Rondanteckning", "Dag 6. Inkom via akuten m smärtfri ikterus o viktnedgång 9 kg/2 mån. "
                            "Sov dåligt i natt, klåda. Äter lite, näringsdryck x2. Ingen feber. Avföring ljus."),
         ("Status", "AT: trött, ikterisk, avmagrad. Cor: RR 80, inga bl.ljud. Pulm: ua. "
                    "Buk: mjuk, palp gallblåsa, lätt öm epigastriet, leverkant 2 cm. Ben: lätta ödem bilat. "
                    "Vikt 54,2 kg (58,0 vid inkomst)."),
         ("Lab", "Bilirubin 212 (fr 240 före stent), ALP 9,8, ALAT 2,1, CA 19-9 1450, Hb 108, CRP 18, krea 64, Alb 30."),
         ("Undersökningar", "DT buk pankreasprotokoll: 3,5 cm tumör pankreashuvudet, inväxt i a. mesenterica superior, "
                            "multipla levermetastaser. ERCP m stent igår, cytologi borstprov: adenocarcinom."),
         ("Bedömning", "Pankreascancer m levermetastaser, ej resektabel. Ikterus i regress efter stent."),
         ("Planering", "Pat ej informerad – besked avvaktas tills maken kommer hem från resa på fredag, enl pats egen "
                       "tidigare önskan att alltid ha maken med vid viktiga samtal. Onkolog kontaktad för palliativ "
                       "cytostatika-bedömning. Dietist. Creon till måltid. Smärtlindring vb. Vikt x2/v."),
     ], au="Gabriel Ekstedt", tmpl="Rondanteckning", t="2024-09-27 11:20", sign=90, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="long ward-round note: the not-told sentence comes last in Planering after a settled pancreatic cancer")

case("bh-akut-hbg-kolangiokarcinom-not-informed-engelska", "1956-12-07", "m",
     N("s_akut_hbg", [
         ("Aktuellt", "Återinläggning, feber efter PTC-dränage."),
         ("Diagnos", "Kolangiokarcinom, perihilärt (Klatskin), PAD-verifierat. Kolangit."),
         ("Planering", "Pat not informed yet om PAD, onkolog tar det måndag. Tazocin, byte dränage."),
     ], au="Malte Wiklund", t="2024-08-24 13:35", sign=20),
     must=["NL101"], must_not=["NL102"],
     why="Swedish-English mix: 'Pat not informed yet' with a PAD-verified cholangiocarcinoma")

case("bh-neuro-sahl-parkinson-informeras-ej-forran-maj", "1949-04-28", "m",
     N("v_neuro_sahl", [
         ("Läkaranteckning", "DaTscan: reducerat upptag putamen bilat, vä > hö. Klinik: vilotremor hö, rigiditet, bradykinesi."),
         ("Diagnos", "Parkinsons sjukdom."),
         ("Planering", "Pat informeras ej förrän neurologbesöket i maj, då m hustru. Inget recept ännu."),
     ], au="Amanda Lundell", t="2024-04-09 09:10", sign=30),
     must=["NL101"], must_not=["NL102"],
     why="Parkinson's disease visible while 'Pat informeras ej förrän' a later visit")

case("bh-akut-lund-ventrikelcancer-dx-ej-kommunicerad", "1947-01-14", "m",
     N("s_akut_lund", [
         ("Aktuellt", "Inkom m hematemes. Gastroskopi i natt: ulcererande tumör i corpus. PAD (snabbsvar): adenocarcinom."),
         ("Bedömning", "Ventrikelcancer m blödning, nu stabil efter 2 E."),
         ("Planering", "Dx ej kommunicerad m pat, ansv läk på kir tar det imorgon. Fasta, PPI-infusion."),
     ], au="Vilma Åkerlund", t="2024-12-17 07:25", sign=35),
     must=["NL101"], must_not=["NL102"],
     why="terse 'Dx ej kommunicerad m pat' with gastric cancer in Bedömning")

case("bh-psyk-sahl-psykolog-ast-aterkoppling-ej-gjord", "2000-04-14", "m",
     N("v_psyk_sahl", [
         ("Sammanfattning", "Neuropsykiatrisk utredning avslutad: ADOS-2, intervju m förälder, WAIS-IV. Kriterier för "
                            "autismspektrumtillstånd uppfyllda, ingen intellektuell funktionsnedsättning."),
         ("Diagnos", "Autismspektrumtillstånd."),
         ("Planering", "Återkoppling till pat ej gjord ännu, bokas 2/5 m psykolog o läkare."),
     ], au="Rebecca Holmström", role="psykolog", tmpl="Psykologanteckning", t="2024-04-22 15:30", sign=60),
     must=["NL101"], must_not=["NL102"],
     why="psychologist: autism diagnosis written visibly before the feedback session ('Återkoppling ... ej gjord ännu')")

case("bh-akut-csk-anhoriga-begar-pat-inte-far-veta", "1933-10-10", "k",
     N("s_akut_csk", [
         ("Aktuellt", "Inkom m buksmärta. DT: levermetastaser, sannolik primär i pankreas."),
         ("Bedömning", "Levermetastaserad cancer."),
         ("Planering", "Anhöriga (sonen) begär att pat inte får veta om cancern. Pat ej informerad. Palliativ inriktning diskuteras."),
     ], au="Nils-Erik Thorén", t="2024-01-29 18:15", sign=25),
     must=["NL101"],
     why="relatives ask that the patient not be told and 'Pat ej informerad' while liver metastases are visible")

case("bh-hem-sahl-kll-besked-ej-lamnat", "1953-12-01", "m",
     N("v_hem_sahl", [
         ("Läkaranteckning", "Flödescytometri perifert blod: monoklonal B-cellspopulation CD5+ CD23+, 14 x 10^9/l."),
         ("Diagnos", "Kronisk lymfatisk leukemi, Binet A."),
         ("Planering", "Besked ej lämnat till pat, telefontid 15/3. Ingen behandling, kontroller var 3:e mån."),
     ], au="Sara Fjällström", t="2024-03-07 14:20", sign=30),
     must=["NL101"], must_not=["NL102"],
     why="CLL diagnosis visible while 'Besked ej lämnat till pat'")

case("bh-med-ystad-hjarnmetastaser-inf-avvaktas", "1958-07-12", "k",
     N("s_med_ystad", [
         ("Rondanteckning", "Känd lungcancer (adenocarcinom, EGFR+). Ny huvudvärk o yrsel. DT hjärna: 3 metastaser, största 2 cm."),
         ("Bedömning", "Hjärnmetastaser."),
         ("Planering", "Inf. till pat avvaktas tills onkolog bedömt strålning. Betapred 8 mg x1."),
     ], au="Therese Möller", tmpl="Rondanteckning", t="2024-05-13 12:05", sign=40, setting="slutenvård"),
     must=["NL101"], must_not=["NL102"],
     why="abbreviated 'Inf. till pat avvaktas' with brain metastases in Bedömning")
# ---------------------------------------------------------------------------
# D. NL101 near misses: patient told, relative not told, nothing diagnostic
#    untold, negated/normal results, protected templates, told later, PMO
# ---------------------------------------------------------------------------

case("bh-lung-lund-pat-informerad-dottern-narvarande", "1949-02-19", "m",
     N("s_lung_lund", [
         ("Läkaranteckning", "Besök för besked. PAD EBUS: skivepitelcancer. PET-DT: stadium IIIA."),
         ("Diagnos", "Lungcancer hö överlob, skivepitelcancer st IIIA."),
         ("Information", "Pat informerad om lungcancerdiagnosen av undertecknad, dottern närvarande. Tar det m fattning, "
                         "många frågor om behandling. Kontaktssk Anna Ek presenterad."),
         ("Planering", "Onkologbesök nästa v, kemoradioterapi planeras."),
     ], au="Peter Lindén", t="2024-04-24 10:30", sign=40),
     must_not=["NL101", "NL102"],
     why="the patient has been told the cancer diagnosis (with the daughter present)")

case("bh-hem-sahl-aml-informerad-sonen-ej", "1958-11-08", "k",
     N("v_hem_sahl", [
         ("Rondanteckning", "Pat informerad idag om AML av ansv hematolog o kontaktssk. Frågor om prognos besvarade."),
         ("Diagnos", "Akut myeloisk leukemi."),
         ("Planering", "Sonen ej informerad än – pat vill själv berätta ikväll. Induktionsbehandling start imorgon."),
     ], au="Simon Thörn", tmpl="Rondanteckning", t="2024-03-15 15:10", sign=30, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="a relative is not informed but the patient was: not an uncommunicated diagnosis")

case("bh-akut-hbg-provsvar-ua-ej-informerad", "1986-07-02", "k",
     N("s_akut_hbg", [
         ("Telefon", "Provsvar efter besöket igår: Hb 134, CRP 4, krea 62, TSH 1,8 – samtliga ua."),
         ("Planering", "Pat ej informerad om svaren än, ringer imorgon fm då hon ej svarade idag."),
     ], au="Jens Östberg", tmpl="Telefonanteckning", t="2024-10-30 16:40", sign=None),
     must_not=["NL101", "NL102"],
     why="the untold information is a set of normal results, no diagnosis")

case("bh-akut-nal-dt-utan-malignitet-ej-informerad", "1960-02-28", "m",
     N("v_akut_nal", [
         ("Aktuellt", "Uppföljning DT buk efter viktnedgång, pat hemma."),
         ("Undersökningar", "DT thorax-buk: inga tecken på malignitet, inga förstorade lgl, inga övriga fynd."),
         ("Planering", "Pat ej informerad om svaret ännu, ssk ringer imorgon. Åter VC för fortsatt utredning."),
     ], au="Gunnar Åhman", t="2024-07-04 15:55", sign=20),
     must_not=["NL101", "NL102"],
     why="the not-told DT answer is negative for cancer; no uncommunicated diagnosis")

case("bh-kirmott-csk-informerad-diagnos-ej-optid", "1952-09-06", "m",
     N("s_kirmott_csk", [
         ("Läkaranteckning", "Pat informerad om diagnosen rektalcancer vid besöket idag, hustrun med. Förstår planen."),
         ("Diagnos", "Rektalcancer T3N1M0."),
         ("Planering", "Ej informerad om tid för op – planeras av kolorektalteamet efter strålning, kallelse skickas."),
     ], au="Karl Bergkvist", t="2024-02-08 11:25", sign=30),
     must_not=["NL101", "NL102"],
     why="told the diagnosis; only the operation date is not yet communicated")

case("bh-vgr-sokord-tidiga-hypoteser-ms-ej-informerad", "1995-10-15", "k",
     N("v_neuro_sahl", [
         ("Aktuellt", "Domningar vä ben 3 v, nu i regress. Inga synbesvär."),
         ("Status", "Lätt sensorisk nedsättning vä underben, övrigt neuro ua."),
         ("Planering", "LP nästa v, återbesök efter svar."),
         ("Tidiga hypoteser", "MR talar för MS. Pat ej informerad om misstanken, besked efter LP."),
     ], au="Jonna Ek", t="2024-06-18 14:00", sign=30),
     must_not=["NL101", "NL102"],
     why="VGR: the suspected MS and the not-told remark sit only under the filtered sökord Tidiga hypoteser")

case("bh-skane-tidiga-hypoteser-mall-lewy-body", "1942-03-11", "m",
     N("s_med_ystad", [
         ("Tidiga hypoteser", "Fluktuerande kognition, synhallucinationer, parkinsonism. Trol. Lewy body-demens. "
                              "Pat ej informerad, hustrun ej heller – DaTscan o neuropsyk bedömning först."),
     ], au="Lena Mårtensson", tmpl="Tidiga hypoteser", t="2024-09-19 16:10", sign=20, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="Skåne Melior note in the template Tidiga hypoteser: a not-yet-told hypothesis is where it belongs")

case("bh-med-skov-prostatacancer-2019-fick-besked", "1947-05-27", "m",
     N("v_med_skov", [
         ("Tidigare sjukdomar", "Prostatacancer 2019, strålbehandlad, fick besked då och följs på uro. PSA omätbart."),
         ("Aktuellt", "Inl pga pneumoni hö, rtg-verifierad."),
         ("Planering", "Bensyl-pc, mobilisering."),
     ], au="Linus Hedin", tmpl="Inskrivningsanteckning", t="2024-03-01 17:25", sign=40, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="past diagnosis the patient was told about in 2019")

case("bh-med-ystad-pat-och-maka-informerade-hjartsvikt", "1940-07-23", "m",
     N("s_med_ystad", [
         ("Rondanteckning", "UCG: EF 30%, dilaterad vä kammare. Diagnos hjärtsvikt m nedsatt EF."),
         ("Information", "Pat o maka informerade om hjärtsviktsdiagnosen, broschyr given, hjärtsviktssk träffar dem imorgon."),
         ("Planering", "Entresto, Bisoprolol, Jardiance titreras enl schema."),
     ], au="Annika Strid", tmpl="Rondanteckning", t="2024-11-05 10:20", sign=30, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="patient and spouse informed about the heart-failure diagnosis")

case("bh-akut-moln-infomerad-basaliom-typo", "1963-06-30", "k",
     N("v_akut_moln", [
         ("Telefon", "Ringt pat ang PAD från hudförändring näsvinge excid på akuten: basalcellscancer, radikalt exciderad."),
         ("Bedömning", "Basaliom, radikalt borttaget."),
         ("Planering", "Pat infomerad om PAD-svaret, tar det bra. Ingen ytterligare åtgärd."),
     ], au="Viktoria Hallberg", tmpl="Telefonanteckning", t="2024-08-20 13:50", sign=10),
     must_not=["NL101", "NL102"],
     why="typo 'infomerad' in a positive statement: the patient WAS informed of the basal-cell carcinoma")

case("bh-kard-lund-ej-informerad-om-overflytt", "1939-12-09", "k",
     N("s_kard_lund", [
         ("Rondanteckning", "Svår aortastenos, känd för pat sed 2022, nu dekompenserad. TAVI-konferens idag: godkänd."),
         ("Planering", "Pat ej informerad om ev. överflytt till Thoraxkirurgin Lund ännu – beslut om datum tas imorgon."),
     ], au="Erik Sandell", tmpl="Rondanteckning", t="2024-01-17 14:35", sign=30, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="what the patient does not know yet is a transfer date; the aortic stenosis is known to her")

case("bh-hem-sahl-leukemi-exmaken-ej-kontaktas", "1971-04-03", "k",
     N("v_hem_sahl", [
         ("Rondanteckning", "Pat informerad om KML-diagnosen igår, har läst på. Startar imatinib."),
         ("Diagnos", "Kronisk myeloisk leukemi, kronisk fas."),
         ("Övrigt", "Pat önskar att exmaken inte kontaktas el informeras om något. Sekretess noterad."),
     ], au="Joel Sandström", tmpl="Rondanteckning", t="2024-05-21 09:55", sign=25, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="the ex-spouse must not be informed; the patient has been told")

case("bh-akut-ystad-vet-om-cancer-sedan-2022", "1955-08-08", "k",
     N("s_akut_ystad", [
         ("Aktuellt", "Känd metastaserad bröstcancer sedan 2022, pat väl insatt i sin sjukdom. Nu feber under cytostatika."),
         ("Lab", "Neutrofila 0,3. CRP 98."),
         ("Bedömning", "Neutropen feber."),
         ("Åtgärd", "Tazocin inom 1 h, blododl x2. Inl onk."),
     ], au="Tim Björklund", t="2024-10-03 20:45", sign=20),
     must_not=["NL101", "NL102"],
     why="long-known cancer; the patient is 'väl insatt' in her disease")

case("bh-medmott-udd-brca-svar-ej-inkommit", "1982-01-12", "k",
     N("v_medmott_udd", [
         ("Hereditet", "Mor bröstcancer 45 år, moster ovarialcancer."),
         ("Aktuellt", "Genetisk utredning pågår, BRCA-prov taget 3/9."),
         ("Planering", "Pat ej informerad om svar då det ej inkommit. Ringer när svaret finns."),
     ], au="Maja Lundqvist", t="2024-09-25 10:05", sign=20),
     must_not=["NL101", "NL102"],
     why="family-history cancers and a pending gene test: nothing diagnostic is withheld")

case("bh-akut-lund-ringt-pat-melanom", "1970-10-31", "m",
     N("s_akut_lund", [
         ("Telefon", "Ringt pat ang PAD efter excision på akuten 12/2: malignt melanom, tjocklek 1,2 mm."),
         ("Bedömning", "Malignt melanom rygg."),
         ("Planering", "Meddelat pat svaret, remiss plastikkirurgi för utvidgad excision + portvaktskörtel. Kontaktssk ringer."),
     ], au="Karin Ahlberg", tmpl="Telefonanteckning", t="2024-02-23 14:25", sign=15),
     must_not=["NL101", "NL102"],
     why="the melanoma result has been told to the patient by telephone")

case("bh-med-hbg-informerad-fyndet-onskar-ej-prognos", "1944-04-09", "m",
     N("s_med_hbg", [
         ("Rondanteckning", "DT visar levermetastaser från koloncancer. Pat informerad om fyndet idag."),
         ("Bedömning", "Metastaserad koloncancer."),
         ("Planering", "Pat önskar ej veta mer om prognos i nuläget, respekteras. Onkologremiss."),
     ], au="Rolf Nordqvist", tmpl="Rondanteckning", t="2024-06-26 13:00", sign=35, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="the patient knows the diagnosis and declines prognosis details: not an untold diagnosis")

case("bh-ort-lidk-hemtjanst-ej-informerad", "1931-07-04", "k",
     N("v_ort_lidk", [
         ("Rondanteckning", "Collumfraktur hö, op m halvprotes, dag 5. Går m rollator. Pat känner till sin skada o op."),
         ("Planering", "Pat ej informerad om att hemtjänsten utökats till 4 ggr/dag – ssk tar det vid eftermiddagsfikat."),
     ], au="Isak Lindmark", tmpl="Rondanteckning", t="2024-04-05 10:25", sign=None, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="the not-told item is home care, not a diagnosis")

case("bh-skane-tidiga-hypoteser-sedan-informerad", "1959-11-21", "k", [
    N("s_neuro_lund", [
        ("Tidiga hypoteser", "Progredierande dysartri o tungfascikulationer. Misst. bulbär ALS. Ej informerad om misstanken."),
    ], au="Ebba Thulin", tmpl="Tidiga hypoteser", t="2024-02-01 15:20", sign=30, nid="n1"),
    N("s_neuro_lund", [
        ("Läkaranteckning", "EMG klar, kriterier uppfyllda. Pat informerad idag om ALS-diagnosen, maken med. Riluzol insatt."),
        ("Diagnos", "Amyotrofisk lateralskleros, bulbär debut."),
    ], au="Ebba Thulin", t="2024-02-20 11:00", sign=30, nid="n2"),
], must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
   why="hypothesis kept in Tidiga hypoteser, then moved to a visible note once told: neither note breaks NL101")

case("bh-inf-sas-tolk-tbc-informerad", "1993-03-19", "m",
     N("v_inf_sas", [
         ("Läkaranteckning", "Pat informerad via tolk (arabiska, telefontolk) om tuberkulosdiagnosen o smittskyddet. "
                             "Förstår att han ska ta medicin 6 mån."),
         ("Diagnos", "Lungtuberkulos, odlingsverifierad."),
         ("Planering", "DOT via inf.mott. Smittspårning familj."),
     ], au="Ali Reza", t="2024-11-15 11:10", sign=30),
     must_not=["NL101", "NL102"],
     why="informed through an interpreter: the diagnosis has been communicated")

case("bh-kir-sahl-besked-brostcancer-igar", "1967-02-14", "k",
     N("v_kir_sahl", [
         ("Rondanteckning", "Beskedet om bröstcancer gavs av kirurg igår, pat ledsen men samlad idag. Maken på besök."),
         ("Diagnos", "Bröstcancer vä, duktal, T2N0."),
         ("Planering", "Sektorresektion + portvakt 12/3."),
     ], au="Elsa Norén", tmpl="Rondanteckning", t="2024-03-05 09:40", sign=30, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="'Beskedet ... gavs igår': the diagnosis was communicated")

case("bh-kirmott-csk-benign-px-glada-beskedet", "1988-05-05", "k",
     N("s_kirmott_csk", [
         ("Läkaranteckning", "Px-svar från knöl hö bröst: normal bröstvävnad, ingen malignitet."),
         ("Planering", "Pat ej informerad om det glada beskedet ännu – ringer imorgon fm. Ingen ytterligare uppföljning."),
     ], au="Helena Sjöstrand", t="2024-10-01 16:30", sign=15),
     must_not=["NL101", "NL102"],
     why="a benign biopsy answer not yet told; cancer explicitly excluded, so no uncommunicated serious diagnosis")

case("bh-med-ali-sov-vid-ronden-plan", "1952-12-29", "m",
     N("v_med_ali", [
         ("Rondanteckning", "Pneumoni vä, känd för pat sed inkomst. Sov vid ronden, afebril. CRP 120 (fr 180)."),
         ("Planering", "Pat informeras om planen (fortsatt iv antibiotika 2 d) i em när vaken."),
     ], au="Oscar Fält", tmpl="Rondanteckning", t="2024-12-11 09:20", sign=25, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="information pending concerns the treatment plan, the diagnosis is already known to the patient")

case("bh-akut-malmo-anhoriga-ej-informerade-samtycke", "1976-09-18", "m",
     N("s_akut_malmo", [
         ("Diagnos", "Lungemboli hö, DT-verifierad."),
         ("Information", "Pat själv informerad om diagnosen o behandlingen. Ej informerat anhöriga, pat önskar inte att "
                         "dottern kontaktas."),
         ("Planering", "Eliquis, hem."),
     ], au="Rickard Gran", t="2024-05-28 18:00", sign=20),
     must_not=["NL101", "NL102"],
     why="relatives not informed at the patient's wish; the patient himself was told")

case("bh-ger-moln-full-insikt-demens", "1938-06-06", "k",
     N("v_ger_moln", [
         ("Rondanteckning", "Alzheimers sjukdom sedan 2021, pat har full insikt om sin demenssjukdom o vill bo kvar hemma."),
         ("Planering", "Vårdplanering m kommun, dagverksamhet."),
     ], au="Kent Widell", tmpl="Rondanteckning", t="2024-07-19 11:15", sign=30, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="the patient has full insight into a long-known dementia diagnosis")

case("bh-kard-lund-pt-informed-nstemi-engelska", "1964-08-26", "m",
     N("s_kard_lund", [
         ("Rondanteckning", "Angio igår: signifikant stenos LAD, PCI m 1 DES. Inga komplikationer."),
         ("Diagnos", "NSTEMI, 1-kärlssjukdom LAD."),
         ("Information", "Pt informed about dx och behandling, understands. Hjärtrehab-info given."),
     ], au="Jesper Hultgren", tmpl="Rondanteckning", t="2024-09-09 10:40", sign=20, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="English mix: 'Pt informed about dx' means the diagnosis was told")

case("bh-med-sas-besked-lamnat-metastaserad", "1950-03-29", "m",
     N("v_med_sas", [
         ("Rondanteckning", "Besked om metastaserad prostatacancer lämnat av onkolog idag, kontaktssk närvarande. Pat vill ha "
                            "hormonbehandling."),
         ("Diagnos", "Prostatacancer, metastaserad till skelettet."),
     ], au="Gabriel Ekstedt", tmpl="Rondanteckning", t="2024-04-12 15:05", sign=30, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="'Besked ... lämnat' (the positive counterpart of 'besked ej lämnat')")

case("bh-med-csk-ej-informerad-om-biverkningar-tidigare", "1954-10-20", "k",
     N("s_med_csk", [
         ("Rondanteckning", "Förmaksflimmer, känt för pat sed 2020. Waran sedan dess, nu PK 4,9 m näsblödning."),
         ("Information", "Pat ej informerad om interaktioner Waran-antibiotika tidigare – genomgått idag, skriftlig info given."),
         ("Planering", "Waran pausas 1 dos, PK imorgon."),
     ], au="Tove Nilsson", tmpl="Rondanteckning", t="2024-02-09 11:30", sign=25, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="'ej informerad ... tidigare' concerns drug interactions and was remedied today; the AF is known")

case("bh-multi-skane-ej-informerad-sedan-informerad", "1948-08-13", "m", [
    N("s_med_hbg", [
        ("Rondanteckning", "DT thorax: 5 cm tumör hö hilus, bronkoskopi-PAD: skivepitelcancer."),
        ("Bedömning", "Lungcancer hö."),
        ("Planering", "Pat ej informerad, görs imorgon när sonen är på plats."),
    ], au="Ingrid Lund", tmpl="Rondanteckning", t="2024-03-18 16:00", sign=20, setting="slutenvård", nid="n1"),
    N("s_med_hbg", [
        ("Rondanteckning", "Pat informerad om lungcancern av undertecknad, sonen närvarande. Många frågor, tid för samtal gavs."),
        ("Planering", "Lungmott tar över, kallelse inom 1 v."),
    ], au="Ingrid Lund", tmpl="Rondanteckning", t="2024-03-19 14:30", sign=20, setting="slutenvård", nid="n2"),
], must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
   why="told the next day: n1 still breaks NL101 (visible cancer, not told), n2 records the besked")

case("bh-multi-vgr-akut-utkast-sedan-besked-avd", "1957-01-08", "k", [
    N("v_akut_udd", [
        ("Kontaktorsak", "Trötthet, blåmärken"),
        ("Lab", "Hb 78, Tpk 12, blaster 40% i utstryk."),
        ("Bedömning", "Akut leukemi."),
        ("Planering", "Pat ej informerad om leukemin ikväll, hematologjour ger besked på avd imorgon. Trombocyter 2 E."),
    ], au="Nadia Karim", t="2024-06-21 22:50", sign=None, nid="n1"),
    N("v_akut_udd", [
        ("Läkaranteckning", "Hematolog har informerat pat om akut leukemi i morse, flytt till Sahlgrenska hematologi idag."),
    ], au="Nadia Karim", t="2024-06-22 11:15", sign=15, nid="n2"),
], must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
   why="unsigned ED draft withholds the leukaemia diagnosis (NL101); the next note documents that the patient was told")

case("bh-skane-visible-note-hanvisar-till-tidiga-hypoteser", "1962-04-22", "m", [
    N("s_med_lkr", [
        ("Tidiga hypoteser", "DT buk: misstänkt njurcellscancer hö. Pat ej informerad."),
    ], au="Mattias Engström", tmpl="Tidiga hypoteser", t="2024-05-15 14:10", sign=20, setting="slutenvård", nid="n1"),
    N("s_med_lkr", [
        ("Rondanteckning", "Mår bättre efter njurstensanfallet, smärtfri. DT buk genomförd."),
        ("Planering", "Pat ej informerad om DT-fyndet ännu, se separat anteckning. Uro-remiss skickad."),
    ], au="Mattias Engström", tmpl="Rondanteckning", t="2024-05-15 14:25", sign=20, setting="slutenvård", nid="n2"),
], must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
   why="the visible note says a DT finding is untold but names no diagnosis; the diagnosis sits in Tidiga hypoteser")

case("bh-neuro-sahl-informerad-om-misstanken", "1989-09-27", "k",
     N("v_neuro_sahl", [
         ("Läkaranteckning", "MR: flera vitsubstanslesioner. Pat informerad om misstanken om MS o att LP behövs för att "
                             "bekräfta, hon ville veta direkt."),
         ("Planering", "LP 3/10, återbesök m besked efter."),
     ], au="Victor Engdahl", t="2024-09-26 13:15", sign=25),
     must_not=["NL101"],
     why="a suspicion that has been communicated to the patient: no untold diagnosis (NL102 not asserted)")

case("bh-med-ystad-ssk-hanvisar-till-lakare", "1973-03-16", "k",
     N("s_med_ystad", [
         ("Omvårdnad", "Pat frågar om provsvaren från idag. Ej informerad av ssk, hänvisad till läkare på em-ronden. "
                       "Hb 118, stabilt. Mår bra, mobiliserad."),
     ], au="Camilla Borg", role="sjuksköterska", tmpl="Omvårdnadsanteckning", t="2024-08-28 13:25", sign=15,
       setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="nurse note: the not-told lab value is a stable Hb, no diagnosis")

case("bh-lung-sahl-tidigare-informerad-kol", "1948-11-02", "m",
     N("v_lung_sahl", [
         ("Läkaranteckning", "Pat tidigare informerad (se ant 12/3) om KOL-diagnosen. Idag spirometri: FEV1 48% av förv."),
         ("Diagnos", "KOL GOLD 3."),
         ("Planering", "Trixeo, KOL-skola, fysioterapeut."),
     ], au="Sten Rudberg", t="2024-04-16 09:30", sign=20),
     must_not=["NL101", "NL102"],
     why="'tidigare informerad ... om KOL-diagnosen': already communicated")

case("bh-akut-hbg-pat-o-fru-pad-tonsillcancer", "1961-07-09", "m",
     N("s_akut_hbg", [
         ("Aktuellt", "Kommer pga smärta efter px från tonsill igår."),
         ("Bedömning", "Skivepitelcancer tonsill hö, HPV-pos, enl PAD. Smärta postbiopsi."),
         ("Information", "Pat o fru informerade om PAD av ÖNH igår, vet om diagnosen."),
         ("Åtgärd", "Oxynorm 5 mg vb. Återbesök ÖNH enl plan."),
     ], au="Fredrik Kull", t="2024-01-13 10:15", sign=20),
     must_not=["NL101", "NL102"],
     why="patient and wife informed about the tonsil cancer the day before")

case("bh-neuro-lund-informerad-diskbrack-ej-mr-tid", "1984-12-11", "m",
     N("s_neuro_lund", [
         ("Läkaranteckning", "MR L-rygg: diskbråck L5-S1 m rotpåverkan S1 vä. Pat informerad om diagnosen."),
         ("Planering", "Pat ej informerad om tid för ny MR – ortopeden kallar. Smärtlindring, fysioterapi."),
     ], au="Axel Holmberg", t="2024-07-31 15:45", sign=20),
     must_not=["NL101", "NL102"],
     why="told the disc-herniation diagnosis; only an examination time is untold")

case("bh-med-lkr-dottern-ej-samtycke-stroke", "1945-09-05", "k",
     N("s_med_lkr", [
         ("Rondanteckning", "Ischemisk stroke vä MCA-område, pares hö arm i regress. Pat själv välinformerad om sin stroke."),
         ("Planering", "Dottern ringt, ej informerad då pat ej gett samtycke till att dela information."),
     ], au="Henrietta Öst", tmpl="Rondanteckning", t="2024-10-16 12:50", sign=30, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="the daughter is not informed for lack of consent; the patient knows her diagnosis")

case("bh-neuro-sahl-modern-sent-besked-als", "1979-05-18", "m",
     N("v_neuro_sahl", [
         ("Hereditet", "Modern fick sent besked om sin ALS 2015."),
         ("Aktuellt", "Oro för att samma ska hända honom, kramper i vaderna."),
         ("Undersökningar", "EMG/neurografi: normala fynd."),
         ("Bedömning", "Inga tecken på motorneuronsjukdom. Benigna fascikulationer."),
         ("Information", "Pat informerad om det normala resultatet, lättad."),
     ], au="Anna Sund", t="2024-03-22 14:45", sign=30),
     must_not=["NL101", "NL102"],
     why="a late diagnosis in the mother (family history); the patient's own result is normal and told")

case("bh-pmo-vc-tome-misstankt-demens-ej-informerat", "1940-01-31", "m",
     N("p_vc_tome", [
         ("Aktuellt", "Hustrun ringt om minnesproblem. Besök idag."),
         ("Status", "MMT 21/30, klocktest patologiskt."),
         ("Bedömning", "Misstänkt demens, Alzheimertyp?"),
         ("Planering", "Ej informerat pat om misstanken ännu. DT hjärna, demensprover. Återbesök m hustru."),
     ], au="Peder Månsson", tmpl="Besöksanteckning", t="2024-02-13 11:45", sign=30),
     must_not=["NL102"],
     why="PMO: hedged and untold dementia suspicion; PMO diagnoses are not shown, NL101 not asserted on PMO")

case("bh-pmo-vc-astorp-melanom-ej-underrattad", "1966-06-12", "k",
     N("p_vc_astorp", [
         ("Läkaranteckning", "PAD från excision hö vad: malignt melanom 0,8 mm."),
         ("Planering", "Pat ej underrättad ännu, kallas till besök torsdag. Remiss hudkliniken."),
     ], au="Signe Holst", tmpl="Läkaranteckning", t="2024-11-21 15:35", sign=20),
     must_not=["NL102"],
     why="PMO: an untold melanoma in a vårdcentral note; PMO never shows diagnoses (NL101 not asserted)")

case("bh-pmo-vc-bjuv-trol-kol-spirometri", "1958-10-13", "m",
     N("p_vc_bjuv", [
         ("Aktuellt", "Hosta o slem varje morgon, rökt 35 år. Andfådd i trappor."),
         ("Bedömning", "Trol. KOL. Spirometri m reversibilitet bokad."),
         ("Planering", "Rökavvänjning, Champix diskuterat."),
     ], au="Amina Hadzic", tmpl="Besöksanteckning", t="2024-08-07 09:15", sign=20),
     must_not=["NL102"],
     why="PMO: 'Trol. KOL' is hedged but not shown to the patient")
# ---------------------------------------------------------------------------
# E. Length extremes: long copied-template charts and one-liners, dietitian
# ---------------------------------------------------------------------------

case("bh-akut-malmo-lang-mall-mesenterialischemi", "1937-05-26", "k",
     N("s_akut_malmo", [
         ("Kontaktorsak", "Buksmärta sedan i morse. Prio 2 enl RETTS (ESS 3)."),
         ("Anamnes", "Pat hämtad m ambulans fr särskilt boende. Enl personal plötsligt insättande svår buksmärta ca kl 06 "
                     "efter frukost, kräkts x1, lös avföring x1 utan synligt blod. Tidigare i veckan pigg, går m rollator. "
                     "Kommunicerar på svenska, viss hörselnedsättning, hörapparat vä."),
         ("Tidigare sjukdomar", "FF sedan 2019 – Eliquis utsatt i april pga upprepade fall enl VC-anteckning. HT. "
                                "Hjärtsvikt m bevarad EF. Lätt kognitiv svikt. Op: kolecystektomi 1988, höftprotes hö 2016."),
         ("Läkemedel", "Metoprolol 50 mg x1, Furosemid 40 mg x1, Enalapril 5 mg x1, Alvedon 1 g x3, Movicol vb. "
                       "Ej antikoagulantia sedan april."),
         ("Allergi", "Inga kända."),
         ("Sociala förhållanden", "Änka sedan 2015, bor på särskilt boende i Oxie sedan i fjol. Två barn, sonen bor i "
                                  "Malmö o är kontaktperson. Röker ej, ingen alkohol. Behöver hjälp m dusch o påklädning, "
                                  "äter själv i matsalen."),
         ("Status", "AT: påverkad, ligger stilla, ber om smärtlindring. Temp 37,2. AF 22. Sat 95% ua.\n"
                    "Cor: oregelbunden rytm, 112/min, inga bl.ljud.\n"
                    "Pulm: vesikulärt, inga biljud.\n"
                    "Buk: lätt uppdriven, diffust palp.öm men mjuk, inga peritoneala retningsfenomen, sparsamma tarmljud. "
                    "Smärtan oproportionerligt stark i förhållande till status.\n"
                    "Rektalt: brun avföring, F-Hb ej taget.\n"
                    "Ben: lätta ödem bilat, pulsar palp a. dorsalis pedis bilat.\n"
                    "Neuro: vaken, orienterad till person, ej tid."),
         ("Lab", "Hb 138, LPK 19,8, CRP 14, laktat 4,1, krea 132 (fr 98 i mars), K 4,8, amylas 1,2, "
                 "bilirubin 12, ALAT 0,6, TnT 28. Blodgas: pH 7,31, BE -6."),
         ("EKG", "FF m snabb kammarfrekvens 110-120, ingen akut ischemi."),
         ("Bedömning", "Akut buk hos multisjuk äldre kvinna m FF utan antikoagulation, högt laktat o smärta som ej "
                       "stämmer m status. Akut mesenterialischemi kan ej uteslutas. DD ileus, perforation."),
         ("Åtgärd", "DT buk m iv kontrast (angiofas) beställd akut, krea accepterat efter diskussion m röntgenläkare. "
                    "Ringer-Acetat 1000 ml. Morfin 2,5 mg iv x2 m god effekt. Fasta. KAD. Kirurgjour kontaktad, kommer "
                    "inom 30 min. Sonen underrättad per telefon om att modern är på akuten, kommer hit."),
         ("Planering", "Beslut om ev. operation tas av kirurgjour efter DT. Behandlingsbegränsning diskuteras m pat o son "
                       "när sonen är på plats, tidigare ingen dokumenterad HLR-ställning. Ny blodgas om 2 h. "
                       "Ssk kontrollerar vitalparametrar var 30:e min."),
     ], au="Hanna Mörner", t="2024-11-29 09:45", sign=75),
     must=["NL102"], must_not=["NL101"],
     why="long copied ED template: the single hedge 'Akut mesenterialischemi kan ej uteslutas' sits deep in Bedömning")

case("bh-akut-sahl-lang-mall-urosepsis-alla-negationer", "1942-10-18", "m",
     N("v_akut_sahl", [
         ("Kontaktorsak", "Feber, frossa, förvirring. Sepsislarm från ambulansen."),
         ("Anamnes", "Hustrun berättar att pat haft sveda o täta trängningar sedan i söndags, i natt frossbrytningar "
                     "o feber 39,8. I morse svår att väcka, pratade osammanhängande. Ingen hosta, inga bröstsmärtor, "
                     "ingen buksmärta, ingen diarré. Känd prostatahyperplasi, urinkateter tidigare pga retention 2022. "
                     "Inga utlandsresor."),
         ("Hereditet", "Bror o far diabetes. Mor dog 70 år, trol. stroke."),
         ("Tidigare sjukdomar", "HT, DM2 tablettbehandlad, prostatahyperplasi, TIA 2020 utan restsymtom."),
         ("Sociala förhållanden", "Gift, bor m hustrun i lägenhet på Hisingen, 3 tr m hiss. Pensionerad busschaufför. "
                                  "Klarar sig helt själv, kör bil, går promenader dagl. Snusar, ingen alkohol."),
         ("Läkemedel", "Metformin 1 g x2, Amlodipin 5 mg x1, Trombyl 75 mg x1, Atorvastatin 40 mg x1, Tamsulosin 0,4 mg x1."),
         ("Varning", "Obs! Känslig för Metformin vid dehydrering, pausas."),
         ("Status", "AT: påverkad, slö men väckbar, svarar på tilltal. GCS 14 (V4). Temp 39,6. AF 24, sat 95% ua. "
                    "HF 118 regelb, BT 96/54. Kapillär återfyllnad 3 s. NEWS 9.\n"
                    "Cor: takykard, inga bl.ljud.\n"
                    "Pulm: vesikulärt bilat, inga rassel, ingen dämpning.\n"
                    "Buk: mjuk, lätt öm suprapubiskt, ingen peritonit, ingen palpabel urinblåsa efter tömning.\n"
                    "Njurloger: dunkömhet hö.\n"
                    "Neuro: nackmjuk, inga fokala bortfall, pupiller lika stora.\n"
                    "Hud: inga petekier, inga sår, fötterna ua."),
         ("Lab", "CRP 188, LPK 21,4, PCT 14, laktat 3,2, krea 141, P-glukos 13,8, Hb 139, Tpk 132. "
                 "U-sticka: LPK 3+ o nitrit pos. Blododl x2 o urinodl tagna före antibiotika."),
         ("Undersökningar", "Rtg pulm: inga infiltrat. Bladderscan 90 ml residual. EKG: sinustakykardi, ingen ischemi."),
         ("Bedömning", "Sepsis m urinvägsfokus, akut pyelonefrit hö o förvirring sekundärt till infektionen. "
                       "Ingen misstanke om meningit o inga tecken på pneumoni. Akut njurskada, prerenal."),
         ("Åtgärd", "Cefotaxim 2 g iv kl 10:12 (inom 1 h), Ringer-Acetat 2000 ml, BT stiger till 118/66. "
                    "Metformin pausas. Ev. DT urinvägar imorgon om ej feberfri. "
                    "Inl infektion, IMA-platsförfrågan ej aktuell nu. Hustrun på plats o informerad om planen."),
         ("Planering", "Ny laktat om 2 h. Vätskebalans, timdiures via KAD första dygnet. Antibiotika justeras efter "
                       "odlingssvar, byte till peroralt tidigast efter 48 h feberfrihet. Blodsocker x4."),
     ], au="Oskar Lindström", t="2024-04-30 09:40", sign=60),
     must_not=["NL102", "NL101"],
     why="long ED chart full of near misses (family-history 'trol.', 'Obs!', negations, 'ev. DT') around an affirmed sepsis")

case("bh-med-sas-lang-rond-lungmetastaser-ej-informerad", "1956-03-02", "m",
     N("v_med_sas", [
         ("Rondanteckning", "Dag 4. Inkom m hosta, viktnedgång o anemi. Sov hyggligt, hostar mindre efter kodein. "
                            "Äter ca hälften av maten, dricker näringsdryck. Ingen feber senaste dygnet. Mobiliseras "
                            "själv i korridoren. Hustrun på besök dagligen."),
         ("Status", "AT: trött men opåverkad, blek. Temp 37,1, BT 132/80, HF 84, sat 95% ua.\n"
                    "Cor: RR, inga bl.ljud.\n"
                    "Pulm: nedsatt andningsljud hö bas, i övrigt vesikulärt.\n"
                    "Buk: mjuk, oöm, ingen hepatomegali palp.\n"
                    "Lgl: 1,5 cm fast körtel vä supraklavikulärt.\n"
                    "Ben: inga ödem."),
         ("Lab", "Hb 101 (fr 98), MCV 79, ferritin 240, CRP 36, Alb 31, Ca 2,58, ALP 3,1, krea 88, Na 134."),
         ("Undersökningar", "DT thorax-buk igår: 3 cm tumör i höger njure, multipla lungmetastaser bilat, den största 2 cm, "
                            "liten pleuravätska hö. Inga levermetastaser. Radiolog: typiskt för njurcellscancer m lungspridning."),
         ("Bedömning", "Njurcellscancer hö m lungmetastaser. Anemi av kronisk sjukdom. Hypoalbuminemi."),
         ("Planering", "Uro o onkologi kontaktade, tas på uro-onk MDK torsdag. Px från lgl supraklavikulärt bokas. "
                       "Pat ej informerad om DT-fyndet ännu, pat har själv bett att få allt besked samlat när planen "
                       "är klar. Hustrun vet inte heller. Samtal bokat fredag m ansv läk o kontaktssk. "
                       "Fortsatt kodein vb. Dietist. Mobilisering."),
     ], au="Per-Olof Wiklund", tmpl="Rondanteckning", t="2024-02-21 11:00", sign=80, setting="slutenvård"),
     must=["NL101"],
     why="long ward round: renal-cell cancer with lung metastases stated, 'Pat ej informerad om DT-fyndet ännu' near the end")

case("bh-med-hbg-lang-epikris-informerad-barnen-ej", "1939-07-14", "k",
     N("s_med_hbg", [
         ("Epikris", "Vårdtid 3/6–11/6. Inkom via akuten m andfåddhet o bensvullnad. Känd HT, KOL st 2, tidigare rökare. "
                     "Vid inkomst sat 88%, pittingödem till knän, NT-proBNP 6200. UCG: EF 25%, dilaterad vä kammare, "
                     "måttlig mitralisinsufficiens. Kranskärlsröntgen: trekärlssjukdom, ej aktuell för op eller PCI enl "
                     "thoraxkonferens pga samsjuklighet."),
         ("Diagnoser", "Hjärtsvikt m nedsatt EF (HFrEF), ischemisk kardiomyopati. Trekärlssjukdom. KOL. Hypertoni."),
         ("Förlopp", "God diuretikaeffekt, minus 6 kg. Insatt Bisoprolol, Entresto, Spironolakton, Jardiance i låga doser. "
                     "Kalium o krea stabila. Mobiliserad till självständig gång m rollator. Sjukgymnast o arbetsterapeut "
                     "har träffat pat, hjälpmedel utprovade."),
         ("Information", "Pat informerad av undertecknad om hjärtsviktsdiagnosen, om att kranskärlen inte kan åtgärdas "
                         "o om prognosen. Hon har tagit emot beskedet lugnt o vill fokusera på att komma hem. "
                         "Barnen (två söner) ej informerade, pat vill själv berätta när de kommer till helgen. "
                         "Brytpunktssamtal planerat på hjärtsviktsmott."),
         ("Läkemedelsförändringar", "Nya: Bisoprolol 2,5 mg x1, Entresto 24/26 mg x2, Spironolakton 25 mg x1, "
                                    "Jardiance 10 mg x1, Furix 40 mg x1. Utsatt: Amlodipin (BT låga)."),
         ("Uppföljning", "Hjärtsviktssk ringer inom 1 v. Lab (K, krea) om 1 v via VC. Återbesök hjärtsviktsmott 6 v. "
                         "Hemsjukvård: vikt dagl, kontakt vid viktuppgång >2 kg på 3 d."),
     ], au="Johan Svedberg", tmpl="Epikris", t="2024-06-11 15:30", sign=120, setting="slutenvård"),
     must_not=["NL101", "NL102"],
     why="long epikris: the patient was told, only her sons are not yet informed")

case("bh-akut-ystad-enradare-fragetecken-pneumoni", "1971-01-06", "m",
     N("s_akut_ystad", [
         ("Bedömning", "Bed: ?pneumoni hö, rtg imorgon, Doxyferm startat."),
     ], au="Tobias Lund", t="2024-01-18 02:50", sign=5),
     must=["NL102"], must_not=["NL101"],
     why="one-liner on-call chart: '?pneumoni' is a hedged diagnosis")

case("bh-lung-sahl-enradare-pad-ej-informerad", "1952-04-11", "k",
     N("v_lung_sahl", [
         ("Bedömning", "Adenocarcinom lunga bekräftat på PAD, pat ej informerad ännu."),
     ], au="Maria Olofsson", t="2024-07-09 16:05", sign=5),
     must=["NL101"], must_not=["NL102"],
     why="one-liner: PAD-confirmed lung adenocarcinoma while the patient is not yet informed")

case("bh-ger-moln-dietist-risk-for-undernaring", "1935-08-27", "k",
     N("v_ger_moln", [
         ("Nutrition", "MNA-SF 9 p = risk för undernäring. BMI 22, viktnedgång 2 kg/3 mån, äter halva portioner."),
         ("Bedömning", "Ingen undernäring i nuläget. Energibehov ca 1600 kcal/dygn, intag ca 1100 kcal."),
         ("Åtgärd", "Berikad kost, näringsdryck 2/dag, mellanmål kl 14 o 20. Vikt 1 ggr/v, uppföljning om 2 v."),
     ], au="Elin Backlund", role="dietist", tmpl="Dietistanteckning", t="2024-03-27 13:15", sign=30, setting="slutenvård"),
     must_not=["NL102", "NL101"],
     why="dietitian: 'risk för undernäring' is a risk assessment, and malnutrition itself is negated")

# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}


def _sentences(text):
    for line in text.split("\n"):
        for part in re.split(r"(?<=[.!?])\s+", line):
            part = part.strip()
            if part:
                yield part


def _age(born, when):
    b = _dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if set(c) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, sorted(c)))
            continue
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (where, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one line" % where)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(rec)))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            problems.append("%s: patient keys" % where)
        pid, born = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            problems.append("%s: personnummer format %s" % (where, pid))
        else:
            if m.group(1) != born.replace("-", ""):
                problems.append("%s: personnummer %s does not match birth_date %s" % (where, pid, born))
            digits = m.group(1)[2:] + m.group(2)
            if _luhn_digit(digits[:9]) != digits[9]:
                problems.append("%s: personnummer %s fails Luhn" % (where, pid))
        try:
            as_of = _dt.datetime.fromisoformat(rec["as_of"])
            if as_of.year != 2024:
                problems.append("%s: as_of not in 2024" % where)
        except ValueError:
            problems.append("%s: bad as_of" % where)
            as_of = None
        note_ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n)))
                continue
            if n["id"] in note_ids:
                problems.append("%s: duplicate note id %s" % (where, n["id"]))
            note_ids.add(n["id"])
            systems[n["id"]] = (n["system"], n["template"])
            for key in ("time", "signed"):
                if n[key] is None:
                    continue
                t = _dt.datetime.fromisoformat(n[key])
                if t.year != 2024:
                    problems.append("%s: %s %s not in 2024" % (where, key, n[key]))
                if as_of is not None and t > as_of:
                    problems.append("%s: %s after as_of" % (where, key))
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append("%s: signed before time" % where)
            age = _age(born, _dt.datetime.fromisoformat(n["time"]))
            if 13 <= age <= 15:
                problems.append("%s: patient aged %d (13-15 not allowed)" % (where, age))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not in Melior" % where)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s: bad section" % where)
                    continue
                for s in _sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in seen_sentences and seen_sentences[s] != name:
                            problems.append("%s: sentence also in %s: %r" % (where, seen_sentences[s], s))
                        elif s in seen_sentences:
                            problems.append("%s: sentence repeated within case: %r" % (where, s))
                        seen_sentences[s] = name
        if not rec["notes"]:
            problems.append("%s: no notes" % where)
        pairs_must = {tuple(x) for x in c["must"]}
        pairs_not = {tuple(x) for x in c["must_not"]}
        if pairs_must & pairs_not:
            problems.append("%s: code both must and must_not" % where)
        if not pairs_must and not pairs_not:
            problems.append("%s: asserts nothing" % where)
        for code, nid in list(pairs_must) + list(pairs_not):
            if code not in CODES:
                problems.append("%s: unexpected code %s" % (where, code))
            if nid not in note_ids:
                problems.append("%s: target %s does not exist" % (where, nid))
                continue
            system, template = systems[nid]
            if system == "PMO" and code == "NL101":
                problems.append("%s: NL101 asserted on a PMO note" % where)
            if system == "PMO" and (code, nid) in pairs_must:
                problems.append("%s: must on a PMO note" % where)
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    problems = validate(CASES)
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and check again
    with open(out, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        problems.append("written file differs from the cases in memory")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("%s: %d cases written to %s" % (NAME, len(CASES), out))
    for code in sorted(CODES):
        print("  %s must %d, must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
