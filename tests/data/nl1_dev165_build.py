#!/usr/bin/env python3
"""Independent test set s28a: Swedish journal notes from addiction medicine,
psychiatric emergency care and primary-care telephone nursing, annotated for
NL101 (uncommunicated diagnosis visible) and NL102 (hypothesis in visible note).

Standard library only, deterministic. Running it writes cases.jsonl next to
this file and validates the set; it exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------- helpers

UNITS = {
    # Region Skåne, Melior (hospital / psychiatry)
    "sk_bcm": ("Beroendecentrum Malmö, Psykiatri Skåne", "SE2321000255-4B17"),
    "sk_bml": ("Beroendemottagningen Lund, Psykiatri Skåne", "SE2321000255-4C82"),
    "sk_pam": ("Psykiatrisk akutmottagning Malmö, Psykiatri Skåne", "SE2321000255-5A03"),
    "sk_pal": ("Psykiatriska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5A41"),
    "sk_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2F19"),
    "sk_infh": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-3H66"),
    "sk_hep": ("Mag- och tarmmedicin, levermottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2L08"),
    "sk_akh": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-3A12"),
    "sk_akm": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7K20"),
    "sk_spr": ("Sprututbytesmottagningen Malmö, Infektionskliniken", "SE2321000255-2S55"),
    "sk_psyw": ("Psykiatrisk vårdavdelning 3, Psykiatri Skåne Kristianstad", "SE2321000255-6P31"),
    "sk_avd": ("Medicinavdelning 4, Ystads lasarett", "SE2321000255-8M04"),
    "sk_laro": ("LARO-mottagningen Helsingborg, Psykiatri Skåne", "SE2321000255-4L29"),
    "sk_bup": ("BUP akutmottagning Malmö, Barn- och ungdomspsykiatri Skåne", "SE2321000255-9B14"),
    # Region Skåne, PMO (primary care, youth clinic, home care)
    "sk_vc1": ("Vårdcentralen Värnhem, Malmö", "SE2321000255-P1V7"),
    "sk_vc2": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P2N3"),
    "sk_vc3": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-P3S9"),
    "sk_um": ("Ungdomsmottagningen Landskrona", "SE2321000255-P4U1"),
    "sk_hsv": ("Hemsjukvården Eslöv", "SE2321000255-P5H2"),
    # Västra Götalandsregionen, Melior
    "vg_bek": ("Beroendekliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E100"),
    "vg_pao": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E214"),
    "vg_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E330"),
    "vg_hiv": ("Hivmottagningen, Infektion, Sahlgrenska Universitetssjukhuset", "SE2321000131-E331"),
    "vg_nal": ("Infektionsmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E452"),
    "vg_skb": ("Beroendemottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E519"),
    "vg_sas": ("Psykiatrisk akutmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E607"),
    "vg_hep": ("Hepatologmottagningen, Medicinkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E118"),
    "vg_kun": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E725"),
    "vg_aks": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E101"),
    "vg_avd": ("Avdelning 362, Abstinensvård, Beroendekliniken Sahlgrenska Universitetssjukhuset", "SE2321000131-E102"),
    "vg_psya": ("Psykiatrisk heldygnsvård avd 5, Alingsås lasarett", "SE2321000131-E844"),
    "vg_barn": ("Barninfektionsmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E903"),
    "vg_udd": ("Medicinmottagningen, Uddevalla sjukhus", "SE2321000131-E460"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(y[2:] + m + d + serial))


def ts(s):
    if s is None:
        return None
    return s + ":00" if len(s) == 16 else s


def N(nid, system, template, unit, author, time, signed, sections, setting="öppenvård"):
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": ts(time), "signed": ts(signed), "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(case, ruleset, birth, serial, as_of, notes, must, must_not, why):
    return {
        "case": case, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    }


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def age_on(birth, day):
    b = datetime.date.fromisoformat(birth)
    d = datetime.date.fromisoformat(day[:10])
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def in_2024(s):
    try:
        t = datetime.datetime.fromisoformat(s)
    except (TypeError, ValueError):
        return False
    return t.year == 2024


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    whys = set()
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            err("bad case keys %s" % sorted(c))
            continue
        if not name.startswith("s28a_"):
            err("name must start with s28a_")
        if name in names:
            err("duplicate case name")
        names.add(name)
        if c["why"] in whys:
            err("duplicate why")
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            err("bad record keys")
        for k in ("access_events", "conversations", "treatments"):
            if rec.get(k) != []:
                err("%s must be empty" % k)
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            err("bad personnummer format")
        else:
            if m.group(1) != birth.replace("-", ""):
                err("personnummer does not match birth_date")
            digits = m.group(1)[2:] + m.group(2)
            if luhn_digit(digits[:9]) != digits[9]:
                err("personnummer fails Luhn")
        if not in_2024(rec["as_of"]):
            err("as_of not in 2024")
        age = age_on(birth, rec["as_of"])
        if 13 <= age <= 15 or age < 0:
            err("patient age %d not allowed" % age)
        note_ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                err("bad note keys in %s" % n.get("id"))
            if n["id"] in note_ids:
                err("duplicate note id %s" % n["id"])
            note_ids[n["id"]] = n
            if n["system"] not in (M, P):
                err("bad system")
            if c["ruleset"] == "vgr" and n["system"] != M:
                err("VGR note %s is not Melior" % n["id"])
            if not in_2024(n["time"]):
                err("note %s time not in 2024" % n["id"])
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    err("note %s signed not in 2024" % n["id"])
                elif n["signed"] < n["time"]:
                    err("note %s signed before written" % n["id"])
            if n["time"] > rec["as_of"]:
                err("note %s after as_of" % n["id"])
            if n["setting"] not in ("öppenvård", "slutenvård"):
                err("bad setting")
            if not n["sections"]:
                err("note %s has no sections" % n["id"])
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["keyword"] or not s["text"].strip():
                    err("bad section in %s" % n["id"])
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            err("sentence repeated (first in %s): %r" % (sentences[sent], sent))
                        else:
                            sentences[sent] = name
        asserted = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES:
                    err("bad assertion %r" % (item,))
                    continue
                code, target = item
                if (code, target) in asserted:
                    err("assertion %s/%s listed twice" % (code, target))
                asserted.add((code, target))
                if target not in note_ids:
                    err("target %s does not exist" % target)
                    continue
                sysname = note_ids[target]["system"]
                if code == "NL102" and lst == "must" and sysname != M:
                    err("NL102 must on non-Melior note")
                if code == "NL101" and sysname == P:
                    err("NL101 asserted on PMO note")
        if not asserted:
            err("case asserts nothing")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev165_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                          counts.get((code, "must_not"), 0)))
    return 0


M, P = "Melior", "PMO"
CASES = []

# ================================================================ part 1
# NL102 positives: hedged diagnosis of the patient in a visible Melior section

CASES += [
    C("s28a_susp_alkoholcirros_beroende_lund", "skane", "1966-02-11", "457", "2024-02-20",
      [N("n1", M, "Läkaranteckning", "sk_bml", ("Henrik Sjöstrand", "läkare"),
         "2024-02-14T09:40", "2024-02-14T12:05",
         [("Aktuellt", "Återbesök för genomgång av lab. Dricker enl. egen uppgift 1 flaska vin/dag plus öl i helgerna, PEth 2,4 µmol/l."),
          ("Status", "Ikteriska sclerae. Spider naevi över bröstkorgen, palmarerytem bilat. Buken mjuk, lätt dämpning i flankerna."),
          ("Bedömning", "Susp. alkoholorsakad levercirros med begynnande ascites. ASAT/ALAT 3,1, TPK 98, PK 1,4. Remiss UL lever + elastografi, gastroskopi för varicescreening.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "'Susp.' before levercirros in the visible Bedömning of a Melior note; nothing said about telling"),

    C("s28a_trol_wernicke_akut_hbg", "skane", "1959-08-30", "133", "2024-03-05",
      [N("n1", M, "Akutanteckning", "sk_akh", ("Sara Lindqvist", "läkare"),
         "2024-03-03T02:17", "2024-03-03T04:40",
         [("Anamnes", "Ambulans hämtar pat från trappuppgång, hittad av granne. Känd alkoholöverkonsumtion sedan många år, äter dåligt."),
          ("Status", "GCS 14, desorienterad till tid och rum. Horisontell nystagmus bilat, bredspårig ataktisk gång. Alkoholdoft. P-glukos 5,9."),
          ("Bedömning", "Trol. Wernickes encefalopati. Tiamin 500 mg iv x 3/dygn insatt före glukosdropp. Inläggning medicinavdelning.")])],
      [("NL102", "n1")], [],
      "abbreviated hedge 'Trol.' on Wernickes encefalopati in a visible emergency note"),

    C("s28a_mojlig_amfetaminpsykos_pam", "skane", "1997-05-19", "218", "2024-04-02",
      [N("n1", M, "Läkaranteckning", "sk_pam", ("Omid Rahimi", "läkare"),
         "2024-03-29T23:10", "2024-03-30T01:05",
         [("Aktuellt", "Förs in av polis efter att ha skrikit på grannar att de avlyssnar honom genom elledningarna. Uppger intag av amfetamin dagligen senaste 10 dagarna, sovit knappt."),
          ("Psykiskt status", "Vaken, orienterad. Misstänksam, sneglar mot dörren. Inga säkra hallucinationer under samtalet men rösterna 'kommenterar allt han gör'. Förnekar suicidtankar."),
          ("Bedömning", "Möjlig amfetamininducerad psykos. Inläggning frivilligt, observation av förloppet efter avgiftning.")])],
      [("NL102", "n1")], [],
      "'Möjlig' amphetamine-induced psychosis in the visible assessment of an on-call psychiatry note"),

    C("s28a_hepc_fragetecken_sprututbyte", "skane", "1990-12-03", "386", "2024-01-25",
      [N("n1", M, "Sjuksköterskeanteckning", "sk_spr", ("Linnea Holm", "sjuksköterska"),
         "2024-01-22T14:00", "2024-01-22T14:35",
         [("Aktuellt", "Besök sprututbytet. Delat kokare och filter med partner senaste månaden. Partnern nyligen diagnostiserad med hepatit C på annan klinik."),
          ("Åtgärd", "Anti-HCV och HCV-RNA tagna. 30 sprutor och 30 kanyler utlämnade, naloxonkit förnyat."),
          ("Bedömning", "Hepatit C? Svar om ca 1 v, pat ringer själv.")])],
      [("NL102", "n1")], [],
      "a bare question mark after hepatit C makes the patient's own diagnosis a hypothesis, in a visible nurse note"),

    C("s28a_trolig_abstinenskramp_vgr_avd", "vgr", "1971-07-07", "295", "2024-06-14",
      [N("n1", M, "Daganteckning", "vg_avd", ("Karin Ek", "läkare"),
         "2024-06-11T10:20", "2024-06-11T15:45",
         [("Aktuellt", "Dygn 2 på avdelningen. I natt generaliserat tonisk-kloniskt anfall ca 1 minut, spontant upphävt. Ingen känd epilepsi."),
          ("Status", "Postiktalt trött men nu orienterad. Inga fokala neurologiska bortfall. Tungbett vänster sida."),
          ("Bedömning", "Trolig abstinenskramp, inkom med 2,8 promille i förrgår. DT hjärna beställd då han ramlade i hemmet före inläggningen.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "'Trolig abstinenskramp' in the Bedömning of a VGR ward note (ordinary sökord, visible)"),

    C("s28a_talar_for_hbv_reaktivering_vgr", "vgr", "1963-10-21", "514", "2024-09-10",
      [N("n1", M, "Mottagningsanteckning", "vg_hep", ("Anders Fogelberg", "läkare"),
         "2024-09-04T13:00", "2024-09-05T08:12",
         [("Aktuellt", "Känd HBeAg-negativ hepatit B, satte själv ut entekavir i våras. Nu trött och illamående sedan två veckor."),
          ("Labsvar", "ALAT 7,8 (tidigare 0,6). HBV-DNA 4,2 x 10^6 IE/ml. Bilirubin 31."),
          ("Bedömning", "Bilden talar för reaktivering av hepatit B efter utsättning av antiviral behandling. Entekavir återinsätts, kontroll lab om 2 v.")])],
      [("NL102", "n1")], [],
      "'talar för' a reactivated hepatitis B in the visible assessment"),

    C("s28a_typo_delirum_forenligt_vgr", "vgr", "1968-01-29", "172", "2024-11-20",
      [N("n1", M, "Jouranteckning", "vg_avd", ("Mikael Strand", "läkare"),
         "2024-11-18T03:40", "2024-11-18T06:10",
         [("Aktuellt", "Tillkallad av ssk pga oro. Pat plockar i luften, säger att det kryper myror på väggarna."),
          ("Status", "Puls 126, BT 168/100, temp 38,0. Kraftigt svettig, grov tremor. Desorienterad till tid och plats."),
          ("Bedömning", "Bilden förenlig med begynnande delirum tremens. Diazepam enl. symtomstyrt schema, tiamin iv. Flyttas till övervakningssal.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "'förenlig med' + typo 'delirum tremens' in a visible night note: still a hedged diagnosis"),

    C("s28a_inger_misstanke_mani_boras", "vgr", "1985-04-14", "629", "2024-05-30",
      [N("n1", M, "Läkaranteckning", "vg_sas", ("Elin Bergqvist", "läkare"),
         "2024-05-27T21:15", "2024-05-27T23:50",
         [("Anamnes", "Sambo följer med. Sovit 2–3 timmar per natt i en vecka, köpt båt på avbetalning och sagt upp sig från jobbet. Dricker mer än vanligt, ca 6–8 starköl/kväll."),
          ("Status", "Talträngd, tankeflykt, svår att avbryta. Upprymd men lättirriterad. Ingen sjukdomsinsikt."),
          ("Bedömning", "Anamnes och status inger misstanke om manisk episod, möjligen inom ramen för bipolär sjukdom. Erbjuds inläggning, accepterar.")])],
      [("NL102", "n1")], [],
      "'inger misstanke om' mania / bipolar disease in a visible psychiatric emergency note"),

    C("s28a_kan_rora_sig_om_serotonergt_kungalv", "vgr", "1979-09-02", "447", "2024-08-08",
      [N("n1", M, "Akutanteckning", "vg_kun", ("Jonas Wallin", "läkare"),
         "2024-08-06T19:05", "2024-08-06T22:30",
         [("Aktuellt", "Står på sertralin 150 mg. Har senaste dygnet tagit tramadol från kompis mot ryggvärk, ca 8 tabletter."),
          ("Status", "Agiterad, temp 38,6, puls 118. Inducerbar klonus i fotlederna bilat, hyperreflexi. Vida pupiller."),
          ("Bedömning", "Kan röra sig om serotonergt syndrom. Sertralin och tramadol seponeras, iv vätska, övervakning på AVA. Giftinformationscentralen konsulterad.")])],
      [("NL102", "n1")], [],
      "'Kan röra sig om' serotonergt syndrom in a visible emergency note"),

    C("s28a_bild_som_vid_opioidintox_sahlgrenska", "vgr", "1993-03-08", "761", "2024-02-12",
      [N("n1", M, "Akutanteckning", "vg_aks", ("Rasmus Holm", "läkare"),
         "2024-02-10T17:35", "2024-02-10T21:00",
         [("Status", "Ambulans: hittad medvetslös på toalett i köpcentrum. AF 6/min, sat 81 % på luft, knappnålsstora pupiller. Färska stickmärken i vänster armveck."),
          ("Bedömning", "Bild som vid opioidintoxikation. Naloxon 0,4 mg iv, vaknar efter 2 min. Observeras minst 4 h eftersom långverkande preparat inte är uteslutet.")])],
      [("NL102", "n1")], [],
      "'Bild som vid' opioidintoxikation: a hedged diagnosis in a visible section"),

    C("s28a_kan_inte_utesluta_primar_hiv_malmo", "skane", "1995-06-26", "843", "2024-07-19",
      [N("n1", M, "Läkaranteckning", "sk_inf", ("Maria Cederlund", "läkare"),
         "2024-07-15T11:30", "2024-07-15T16:20",
         [("Anamnes", "Feber 39 i 5 dagar, halsont, utslag på bålen. Oskyddat analt samlag med tillfällig partner för ca 3 veckor sedan. Senaste hivtest negativt i mars."),
          ("Status", "Makulopapulöst exantem på bål och armar. Ömmande lymfkörtlar på halsen bilat. Små aftösa sår i munslemhinnan."),
          ("Bedömning", "Kan inte utesluta primär hivinfektion. HIV Ag/Ak, HIV-RNA, syfilisserologi tagna. Nytt besök om 3 dagar.")])],
      [("NL102", "n1")], [],
      "'Kan inte utesluta' primary HIV infection in the visible assessment of an infection-clinic note"),

    C("s28a_fragestallning_adhd_bcm", "skane", "1988-11-15", "122", "2024-10-11",
      [N("n1", M, "Läkaranteckning", "sk_bcm", ("Petra Nordin", "läkare"),
         "2024-10-08T10:00", "2024-10-08T13:40",
         [("Aktuellt", "Amfetaminberoende, drogfri sedan juli enl. UDS var annan vecka. Berättar om koncentrationssvårigheter sedan lågstadiet och att hon hoppat av tre utbildningar."),
          ("Planering", "Frågeställning ADHD. Remiss till neuropsykiatriska utredningsenheten när 6 månaders drogfrihet uppnåtts.")])],
      [("NL102", "n1")], [],
      "'Frågeställning ADHD' in the visible Planering is an open diagnostic question about the patient"),

    C("s28a_typo_korsakofs_oklart_om_skovde", "vgr", "1957-04-04", "338", "2024-03-27",
      [N("n1", M, "Läkaranteckning", "vg_skb", ("Gunnar Ahlström", "läkare"),
         "2024-03-20T14:10", "2024-03-21T09:00",
         [("Anamnes", "Dottern beskriver tilltagande glömska sedan ett år, hittar inte hem från affären. Alkoholkonsumtion ca 1 liter vin dagligen i 20 år."),
          ("Status", "Orienterad till person men ej till datum. Konfabulerar kring vad han gjort i morse. MMSE 21/30."),
          ("Bedömning", "Oklart om Korsakofs syndrom eller alkoholrelaterad demens. Ny kognitiv testning efter minst 6 veckors nykterhet, tiamin po.")])],
      [("NL102", "n1")], [],
      "'Oklart om' + misspelt 'Korsakofs syndrom' in visible Bedömning (typo case)"),

    C("s28a_typo_trolgi_pankreatit_ystad", "skane", "1976-12-24", "219", "2024-04-25",
      [N("n1", M, "Inskrivningsanteckning", "sk_avd", ("Ali Haddad", "läkare"),
         "2024-04-21T17:45", "2024-04-21T20:30",
         [("Anamnes", "Bältesformad smärta i övre buken sedan i går kväll efter tre dagars intensivt drickande. Kräkts x 6."),
          ("Status", "Öm i epigastriet, ingen défense. Puls 104, temp 37,6."),
          ("Bedömning", "Trolgi alkoholutlöst akut pankreatit, P-amylas 18 µkat/l. Fasta, iv vätska, smärtlindring. Abstinensprofylax enl. CIWA.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "typo 'Trolgi' (trolig) before akut pankreatit in a visible admission note"),

    C("s28a_ev_hepatisk_encefalopati_vgr", "vgr", "1961-06-18", "592", "2024-10-30",
      [N("n1", M, "Mottagningsanteckning", "vg_hep", ("Sofia Lund", "läkare"),
         "2024-10-24T09:15", "2024-10-24T11:00",
         [("Aktuellt", "Känd alkoholorsakad cirros Child-Pugh B, nykter sedan 8 mån. Hustrun berättar att han blir förvirrad på kvällarna och sover mycket dagtid."),
          ("Status", "Lätt flapping tremor. Orienterad. Ingen ascites."),
          ("Bedömning", "Ev. lätt hepatisk encefalopati. Laktulos 15 ml x 2, mål 2–3 mjuka avföringar/dag. Kontroll ammoniak och elektrolyter.")])],
      [("NL102", "n1")], [],
      "'Ev.' before hepatisk encefalopati (a diagnosis, not a plan) in the visible assessment"),
]

# ================================================================ part 2
# NL102 positives, continued (incl. child cases and protection by the wrong mechanism)

CASES += [
    C("s28a_sannolikt_opioidberoende_laro_hbg", "skane", "1984-02-09", "673", "2024-05-16",
      [N("n1", M, "Läkaranteckning", "sk_laro", ("Fredrik Olsson", "läkare"),
         "2024-05-13T13:30", "2024-05-13T16:00",
         [("Anamnes", "Remitterad från socialtjänsten. Oxykodon sedan ryggoperation 2019, numera köpt på gatan, uppger 200–300 mg/dygn. Ett försök till nedtrappning misslyckades i höstas."),
          ("Bedömning", "Sannolikt opioidberoende av svår grad, men DSM-5-kriterierna ska gås igenom strukturerat vid nästa besök innan ställningstagande till LARO.")])],
      [("NL102", "n1")], [],
      "'Sannolikt opioidberoende' still awaiting structured criteria, written in a visible LARO note"),

    C("s28a_dd_substanspsykos_ostra", "vgr", "2001-08-23", "184", "2024-01-17",
      [N("n1", M, "Akutanteckning", "vg_pao", ("Hanna Sjöberg", "läkare"),
         "2024-01-14T04:25", "2024-01-14T08:10",
         [("Aktuellt", "Hämtad av föräldrarna. Rökt cannabis dagligen i ett halvår, senaste veckan isolerat sig och pratat om att grannen skickar signaler via wifi."),
          ("Status", "Perplex, svarar med fördröjning. Blockeringar i talet. Ingen suicidalitet."),
          ("Bedömning", "DD substansutlöst psykos, schizofreniform psykos, organisk genes (MR hjärna ej gjord). Inläggning enligt LPT.")])],
      [("NL102", "n1")], [],
      "a 'DD' list of psychotic disorders in the visible assessment of a psychiatric emergency note"),

    C("s28a_differentialdiagnos_eips_lund", "skane", "1999-10-10", "426", "2024-06-04",
      [N("n1", M, "Läkaranteckning", "sk_pal", ("Amanda Larsson", "läkare"),
         "2024-06-02T22:00", "2024-06-02T23:55",
         [("Anamnes", "Skurit sig på vänster underarm med rakblad efter gräl med pojkvännen. Har skadat sig på liknande sätt ca 1 gång/månad sedan 16 års ålder."),
          ("Status", "Sex ytliga skärsår, sutureras ej, steristrips. Lugn, god kontakt, tar avstånd från suicidtankar."),
          ("Bedömning", "Differentialdiagnos emotionellt instabil personlighetsstörning vs komplex PTSD, bör utredas i öppenvården. Går hem med sin syster.")])],
      [("NL102", "n1")], [],
      "'Differentialdiagnos' EIPS vs complex PTSD after self-harm, in a visible note"),

    C("s28a_misstanke_endokardit_pwid_vgr", "vgr", "1986-05-05", "216", "2024-12-02",
      [N("n1", M, "Inskrivningsanteckning", "vg_inf", ("Lars Hedman", "läkare"),
         "2024-11-28T16:40", "2024-11-28T19:20",
         [("Anamnes", "Injicerar heroin och amfetamin sedan 10 år. Feber och frossa i en vecka, hosta med blodtinkta upphostningar."),
          ("Status", "Temp 39,4. Nytt systoliskt blåsljud parasternalt vänster. Multipla infekterade injektionsställen på underarmarna."),
          ("Bedömning", "Misstanke om högersidig endokardit med septiska lungembolier. Blododlingar x 3 tagna, kloxacillin iv. UCG/TEE beställt.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "'Misstanke om' endocarditis in a person who injects drugs, visible admission note"),

    C("s28a_mojligen_ptsd_psykolog_bcm", "skane", "1992-09-28", "557", "2024-09-12",
      [N("n1", M, "Psykologanteckning", "sk_bcm", ("Josefin Hallberg", "psykolog"),
         "2024-09-09T10:00", "2024-09-10T15:10",
         [("Samtal", "Tredje samtalet. Beskriver återkommande mardrömmar och påträngande minnesbilder från överfallet i Malmö 2022. Dricker för att kunna somna."),
          ("Bedömning", "Möjligen PTSD, traumafokuserad bedömning med PCL-5 vid nästa samtal. Fortsätter med återfallsprevention parallellt.")])],
      [("NL102", "n1")], [],
      "a psychologist's 'Möjligen PTSD' in a visible Melior note"),

    C("s28a_typo_eventuel_alkoholhepatit_uddevalla", "vgr", "1974-03-16", "483", "2024-07-03",
      [N("n1", M, "Läkaranteckning", "vg_udd", ("Mats Edlund", "läkare"),
         "2024-06-28T11:20", "2024-06-28T14:45",
         [("Bedömning", "Ikterus sedan 2 v, bilirubin 168, leukocytos 14, feber. Dricker ca 15 standardglas/dag. Eventuel alkoholhepatit, Maddreys index 38. Läggs in för ställningstagande till steroider.")])],
      [("NL102", "n1")], [],
      "typo 'Eventuel' (eventuell) before alkoholhepatit in a one-section visible note"),

    C("s28a_misstankt_alkoholinducerad_depression_skovde", "vgr", "1980-01-31", "364", "2024-04-18",
      [N("n1", M, "Läkaranteckning", "vg_skb", ("Lina Gustafsson", "läkare"),
         "2024-04-15T15:00", "2024-04-16T08:30",
         [("Aktuellt", "Nedstämd, sömnstörd, tankar på att det vore lika bra att inte vakna. Dricker dagligen sedan separationen i januari."),
          ("Bedömning", "Misstänkt alkoholinducerad depression. Antidepressiv behandling avvaktas, omvärdering efter 4 veckors nykterhet. Ingen akut suicidrisk enl. strukturerad bedömning.")])],
      [("NL102", "n1")], [],
      "'Misstänkt' alcohol-induced depression in a visible addiction-clinic note"),

    C("s28a_kan_vara_hyperemesis_cannabis_hbg", "skane", "2000-02-22", "151", "2024-08-29",
      [N("n1", M, "Akutanteckning", "sk_akh", ("Viktor Engström", "läkare"),
         "2024-08-26T07:50", "2024-08-26T09:15",
         [("Anamnes", "Tredje besöket på akuten i år för ihållande kräkningar. Röker cannabis flera gånger dagligen sedan 5 år. Lindras av varma duschar."),
          ("Status", "Torr i munnen, buken mjuk och oöm. Lab: lätt hypokalemi, i övrigt ua."),
          ("Bedömning", "Kan vara cannabinoid hyperemesis-syndrom. Haloperidol 1 mg iv gav lindring. Råd om cannabisuppehåll, remiss till Beroendecentrum erbjuds.")])],
      [("NL102", "n1")], [],
      "'Kan vara' (an unlisted but common hedge) before cannabinoid hyperemesis syndrome, visible"),

    C("s28a_talar_for_pcp_nyupptackt_hiv", "vgr", "1972-11-11", "638", "2024-03-14",
      [N("n1", M, "Konsultationsanteckning", "vg_hiv", ("Erik Lönn", "läkare"),
         "2024-03-11T12:30", "2024-03-11T17:00",
         [("Aktuellt", "Nydiagnostiserad hivinfektion, CD4 38. Torrhosta och ansträngningsdyspné i 3 v."),
          ("Status", "Sat 89 % i vila, sjunker till 82 % vid gång. Oral candida."),
          ("Bedömning", "Rtg pulm med bilaterala interstitiella förändringar talar för Pneumocystis-pneumoni. Trimetoprim-sulfa i högdos + prednisolon. BAL för verifiering.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "confirmed HIV plus a 'talar för' Pneumocystis pneumonia: the hedged one is visible"),

    C("s28a_susp_sedativaberoende_lund", "skane", "1969-05-27", "276", "2024-11-07",
      [N("n1", M, "Läkaranteckning", "sk_bml", ("Cecilia Ohlsson", "läkare"),
         "2024-11-04T09:00", "2024-11-04T10:35",
         [("Aktuellt", "Remiss från vårdcentral. Förskrivs alprazolam och zolpidem från två olika läkare enligt Pascal, har uppgett att tabletterna tappats bort vid tre tillfällen."),
          ("Bedömning", "Susp. beroende av sedativa/hypnotika. Erbjuds långsam nedtrappning med diazepam, en förskrivare.")])],
      [("NL102", "n1")], [],
      "'Susp.' benzodiazepine/hypnotic dependence in a visible addiction note"),

    C("s28a_typo_sannolkit_schizofreni_utkast", "vgr", "1996-07-14", "725", "2024-02-29",
      [N("n1", M, "Daganteckning", "vg_psya", ("Robert Nyqvist", "läkare"),
         "2024-02-26T11:00", None,
         [("Aktuellt", "Vårddag 9. Fortsatt hörselhallucinationer i form av två röster som diskuterar honom i tredje person. Tar emot olanzapin utan protester."),
          ("Bedömning", "Sannolkit paranoid schizofreni, symtomduration nu över 6 mån enl. mammans beskrivning. Olanzapin höjs till 15 mg.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "unsigned draft with typo 'Sannolkit' before paranoid schizofreni in a visible section"),

    C("s28a_hiv_fragetecken_kort_hbg", "skane", "1967-03-03", "911", "2024-05-08",
      [N("n1", M, "Läkaranteckning", "sk_infh", ("Tove Andersson", "läkare"),
         "2024-05-06T14:20", "2024-05-06T14:40",
         [("Bedömning", "Viktnedgång 9 kg, munsvamp, generell lymfadenopati. HIV? Prover tagna.")])],
      [("NL102", "n1")], [],
      "very short note: 'HIV?' is a hypothesis about the patient in a visible section"),

    C("s28a_vgr_th_sokord_men_lacker_i_bedomning", "vgr", "1965-08-08", "142", "2024-06-27",
      [N("n1", M, "Läkaranteckning", "vg_hiv", ("Nadia Karimi", "läkare"),
         "2024-06-24T10:40", "2024-06-24T13:10",
         [("Aktuellt", "Hiv sedan 2008, välbehandlad, omätbar virusnivå. Partnern beskriver att han glömmer avtalade tider och tappat tråden i samtal senaste halvåret."),
          ("Tidiga hypoteser", "Misstänkt HIV-associerad neurokognitiv störning, kräver utredning."),
          ("Bedömning", "Kognitiv svikt, trol. HIV-relaterad neurokognitiv störning. Remiss neuropsykologisk utredning och MR hjärna.")])],
      [("NL102", "n1")], [],
      "VGR: the hypothesis is under sökord Tidiga hypoteser but is repeated with 'trol.' in the visible Bedömning"),

    C("s28a_skane_th_som_sokord_ej_mall", "skane", "1983-12-12", "384", "2024-10-17",
      [N("n1", M, "Läkaranteckning", "sk_pal", ("Björn Håkansson", "läkare"),
         "2024-10-15T16:00", "2024-10-15T17:30",
         [("Aktuellt", "Återbesök efter akutbesök i september. Fortsatt isolerad, magiskt tänkande kring siffror, ej psykotisk."),
          ("Tidiga hypoteser", "Misstänkt schizotyp störning, följer förloppet över några månader.")])],
      [("NL102", "n1")], [],
      "Skåne protects by template, not sökord: 'Tidiga hypoteser' as a sökord inside a Läkaranteckning is visible"),

    C("s28a_vgr_th_som_mall_ej_sokord", "vgr", "1978-02-02", "556", "2024-08-21",
      [N("n1", M, "Tidiga hypoteser", "vg_bek", ("Ingrid Palm", "läkare"),
         "2024-08-19T09:30", "2024-08-19T10:15",
         [("Bedömning", "Trolig alkoholorsakad kardiomyopati, NT-proBNP 3400 och EF 30 % på eko. Kardiologremiss.")])],
      [("NL102", "n1")], [],
      "VGR protects by sökord: a note named Tidiga hypoteser whose only sökord is Bedömning is still visible"),
]

# ================================================================ part 3
# NL102 positives: long charts with one buried hedge, drafts, children, unusual hedges

CASES += [
    C("s28a_lang_inskrivning_mojlig_polyneuropati_vgr", "vgr", "1971-09-14", "388", "2024-04-12",
      [N("n1", M, "Inskrivningsanteckning", "vg_avd", ("Jesper Claesson", "läkare"),
         "2024-04-08T13:05", "2024-04-08T17:40",
         [("Inkomstorsak", "Planerad inskrivning för abstinensbehandling via beroendemottagningen Järntorget."),
          ("Anamnes", "52-årig man. Alkoholberoende sedan 25 år, tidigare 3 avgiftningar, senast 2022. Senaste 4 mån druckit ca 70 cl sprit/dag. Sista intag i morse kl 07, 20 cl vodka. Ingen tidigare abstinenskramp eller delirium. Röker 20 cig/dag, snusar ej."),
          ("Socialt", "Bor ensam i lägenhet i Kortedala. Sjukskriven från lagerjobb sedan mars. Vuxen dotter i Borås, sporadisk kontakt. Ingen pågående kontakt med socialtjänsten."),
          ("Läkemedel", "Omeprazol 20 mg 1x1, enalapril 10 mg 1x1. Inga bensodiazepiner förskrivna."),
          ("Status", "AT: opåverkad, lätt svettig. Cor: RR, inga blåsljud, f 96. Pulm: ua. Buk: mjuk, leverkant palp 2 cm nedom arcus. Neuro: nedsatt vibrationssinne i fötterna bilat, akillesreflexer bortfallna, strumpformad hypestesi upp till mitten av underbenen. Grov tremor i utsträckta händer. BT 154/96. CIWA-Ar 12."),
          ("Lab", "Hb 128, MCV 104, TPK 131, GT 4,8, ASAT 2,1, ALAT 1,3, PEth 3,9, Na 134, K 3,4, etanol 0,9 promille."),
          ("Bedömning", "Alkoholberoende med lindrig till måttlig abstinens. Makrocytos och förhöjda leverprover stämmer med den höga konsumtionen. Möjlig alkoholorsakad polyneuropati, ENeG övervägs i öppenvård."),
          ("Planering", "Symtomstyrd diazepam enl. CIWA, tiamin 100 mg x 3 iv i 3 dagar, kaliumtillägg. Kontakt med kurator om boende och sysselsättning. Beräknad vårdtid 5–7 dagar.")],
         setting="slutenvård")],
      [("NL102", "n1")], [("NL101", "n1")],
      "long admission chart with telegraphic status; the only hedge is 'Möjlig' polyneuropathy in Bedömning"),

    C("s28a_lang_psykakut_kan_ej_utesluta_bipolar2", "skane", "1989-09-04", "546", "2024-03-08",
      [N("n1", M, "Läkaranteckning", "sk_pal", ("Nils Åberg", "läkare"),
         "2024-03-06T19:20", "2024-03-06T22:45",
         [("Aktuellt", "34-årig kvinna som söker på eget initiativ efter att ha tagit 10 st Propavan i går kväll 'för att få sova', förnekar avsikt att dö. Sedan tre veckor nedstämd, gråtmild, svårt att ta sig till jobbet som undersköterska."),
          ("Anamnes", "Depressiv episod 2017 behandlad med sertralin med god effekt. Beskriver två perioder i 20-årsåldern med minskat sömnbehov, mycket energi och impulsiva köp, varade ca en vecka vardera. Alkohol: 3–4 glas vin fre–lör, AUDIT 9. Inga droger. Morfar behandlades med litium."),
          ("Status", "Vaken, klar, orienterad. Välvårdad. Sänkt grundstämning, adekvat affekt. Ingen psykotisk symtomatologi. Passiva dödstankar utan planer. Inga tecken på intoxikation."),
          ("Bedömning", "Måttlig depressiv episod. Med tanke på anamnesen med hypomaniliknande perioder och hereditet kan man ej utesluta bipolär sjukdom typ II, varför SSRI i monoterapi undviks. Suicidrisk bedömd som låg–måttlig, skyddande faktorer: två barn, god relation till syster."),
          ("Planering", "Åter till allmänpsykiatrisk mottagning Lund inom en vecka, remiss skickad. Kvetiapin 50 mg tn i väntan. Telefonnummer till akuten medgivet. Systern hämtar.")])],
      [("NL102", "n1")], [],
      "long psychiatric emergency note; 'kan man ej utesluta bipolär sjukdom typ II' is buried in Bedömning"),

    C("s28a_trol_varicerblodning_malmo", "skane", "1970-06-06", "822", "2024-12-12",
      [N("n1", M, "Akutanteckning", "sk_akm", ("Lovisa Bengtsson", "läkare"),
         "2024-12-09T21:30", "2024-12-10T00:15",
         [("Aktuellt", "Kräkts färskt blod x 3 i kväll, melena. Känd alkoholöverkonsumtion, ej tidigare utredd för leversjukdom."),
          ("Status", "Blek, kallsvettig. BT 92/55, puls 122. Caput medusae."),
          ("Bedömning", "Trol. varicerblödning på basen av portal hypertension. Terlipressin, ceftriaxon, 2 E erytrocyter. Akut gastroskopi, jourhavande gastroenterolog kontaktad.")])],
      [("NL102", "n1")], [],
      "'Trol.' variceal bleeding in a visible emergency note"),

    C("s28a_fragetecken_prefix_korsakoff_epikris", "vgr", "1955-10-10", "263", "2024-05-21",
      [N("n1", M, "Epikris", "vg_avd", ("Peter Sandberg", "läkare"),
         "2024-05-17T14:00", "2024-05-17T16:30",
         [("Epikris", "Inlagd för abstinensbehandling 6/5–17/5. Okomplicerat förlopp, diazepam utsatt dag 6. Kvarstående minnessvårigheter vid utskrivning."),
          ("Diagnos", "Alkoholberoende F10.2. ?Korsakoffs syndrom – kognitiv uppföljning via beroendemottagningen om 2 mån.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "question mark as prefix ('?Korsakoffs syndrom') under the visible sökord Diagnos of an epikris"),

    C("s28a_typo_mistankt_hcc_informerad", "skane", "1958-01-20", "377", "2024-09-26",
      [N("n1", M, "Mottagningsanteckning", "sk_hep", ("Johan Wester", "läkare"),
         "2024-09-23T10:30", "2024-09-23T16:00",
         [("Aktuellt", "Halvårskontroll, alkoholorsakad cirros, nykter sedan 2021. Ultraljud igår visade ny 2 cm stor förändring i segment VII."),
          ("Bedömning", "Mistänkt hepatocellulär cancer. AFP tas, DT lever trefas beställd, diskuteras på MDK. Pat informerad om fyndet och fortsatt utredning.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "typo 'Mistänkt' before HCC in visible Bedömning; patient was told, so no NL101"),

    C("s28a_barn_trolig_vertikal_hepc", "vgr", "2022-09-15", "482", "2024-03-20",
      [N("n1", M, "Mottagningsanteckning", "vg_barn", ("Helena Roos", "läkare"),
         "2024-03-18T13:00", "2024-03-18T15:30",
         [("Aktuellt", "18 mån gammal flicka, mamma med känd hepatit C under graviditeten, obehandlad. Kommer med mamma och mormor."),
          ("Labsvar", "Anti-HCV positivt vid 18 mån. HCV-RNA 2,1 x 10^5 IE/ml, även positivt vid 3 mån."),
          ("Bedömning", "Trolig vertikalt överförd kronisk hepatit C. Följs med leverprover var 6:e mån, behandling aktuell från 3 års ålder.")])],
      [("NL102", "n1")], [],
      "child under 13 (guardian reads): 'Trolig' chronic hepatitis C of the child in a visible note"),

    C("s28a_bup_mojlig_depression_12ar", "skane", "2012-02-14", "308", "2024-11-14",
      [N("n1", M, "Akutanteckning", "sk_bup", ("Elsa Kronberg", "läkare"),
         "2024-11-12T18:30", "2024-11-12T21:00",
         [("Anamnes", "12-årig flicka som kommer med pappa efter att skolsköterskan sett rispor på underarmarna. Berättar att hon känt sig ledsen och ensam sedan bytet till ny skola i augusti."),
          ("Status", "Tystlåten men samarbetar. Flera ytliga rivsår på vänster underarm, läkta. Förnekar tankar på att dö."),
          ("Bedömning", "Möjlig depression, DD anpassningsstörning. Remiss till BUP öppenvård Malmö med förtur. Pappa informerad om att låsa in läkemedel hemma.")])],
      [("NL102", "n1")], [],
      "BUP emergency (Skåne, child under 13): 'Möjlig depression, DD anpassningsstörning' is visible"),

    C("s28a_tel_ssk_trolig_hcv_reinfektion_vgr", "vgr", "1987-04-29", "159", "2024-07-12",
      [N("n1", M, "Telefonanteckning", "vg_inf", ("Emma Tornberg", "sjuksköterska"),
         "2024-07-09T08:45", "2024-07-09T09:05",
         [("Telefonkontakt", "Pat ringer ang. provsvar från kontrollen. HCV-RNA åter positivt, 14 mån efter avslutad behandling med SVR12. Injicerar fortfarande periodvis."),
          ("Bedömning", "Enl. dr Tornqvist trolig reinfektion med hepatit C, ej recidiv. Ny genotypning beställd."),
          ("Åtgärd", "Pat fick svaret per telefon, tid hos infektionsläkare 23/7. Råd om sprututbytet på Beroendekliniken.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "telephone nurse note quoting the doctor: 'trolig reinfektion med hepatit C' is visible; patient was told"),

    C("s28a_i_forsta_hand_paracetamol_lever", "skane", "1982-08-19", "462", "2024-01-31",
      [N("n1", M, "Konsultationsanteckning", "sk_hep", ("Klara Mårtensson", "läkare"),
         "2024-01-29T11:10", "2024-01-29T12:00",
         [("Frågeställning", "Svar på konsult från medicinavd 5: stegrade transaminaser hos pat med alkoholmissbruk."),
          ("Bedömning", "ALAT 24, ASAT 31, PK 1,9. Pat har tagit 6–8 g paracetamol/dygn mot tandvärk i 5 dagar. I första hand paracetamolorsakad leverskada, i andra hand alkoholhepatit. Acetylcystein iv startas omgående.")],
         setting="slutenvård")],
      [("NL102", "n1")], [],
      "differential ranked as 'i första hand … i andra hand' is a hedged diagnosis in a visible consult"),

    C("s28a_ligger_nara_till_hands_spondylodiskit", "vgr", "1983-06-30", "728", "2024-10-04",
      [N("n1", M, "Läkaranteckning", "vg_nal", ("Oskar Brandt", "läkare"),
         "2024-10-01T15:20", "2024-10-01T18:00",
         [("Anamnes", "Tilltagande ländryggsvärk i 3 v, nattlig värk, subfebril. Injicerar buprenorfin från gatan."),
          ("Status", "Kraftig dunkömhet över L3–L4. Neurologi i benen ua. CRP 112, SR 80."),
          ("Bedömning", "Med tanke på injektionsmissbruket ligger spondylodiskit nära till hands. MR ländrygg akut, blododlingar, ingen antibiotika innan odlingar.")])],
      [("NL102", "n1")], [],
      "'ligger … nära till hands' (unlisted hedge) before spondylodiskit in a visible note"),

    C("s28a_misstanke_neurosyfilis_hiv_vgr", "vgr", "1975-12-01", "845", "2024-12-18",
      [N("n1", M, "Läkaranteckning", "vg_hiv", ("Erik Lönn", "läkare"),
         "2024-12-16T09:50", "2024-12-16T12:20",
         [("Aktuellt", "Välkänd hiv, välbehandlad. Nytillkommen huvudvärk och dimsyn på höger öga sedan 2 v. TPPA och RPR positiva, RPR-titer 1:64."),
          ("Bedömning", "Misstanke om neurosyfilis med ögonengagemang. LP imorgon, ögonkonsult akut.")])],
      [("NL102", "n1")], [],
      "'Misstanke om neurosyfilis' in a visible HIV-clinic note"),

    C("s28a_formodligen_mallory_weiss_malmo", "skane", "1994-01-09", "637", "2024-03-12",
      [N("n1", M, "Akutanteckning", "sk_akm", ("Lovisa Bengtsson", "läkare"),
         "2024-03-10T01:20", "2024-03-10T03:00",
         [("Anamnes", "Druckit kraftigt på fest, kräkts upprepade gånger, därefter strimmor av färskt blod i kräkningen. Ingen melena."),
          ("Status", "Opåverkad cirkulation, BT 128/80, puls 92. Hb 141."),
          ("Bedömning", "Förmodligen Mallory-Weiss-skada. Hemgång med PPI, återkommer vid ny blödning eller yrsel.")])],
      [("NL102", "n1")], [],
      "'Förmodligen' Mallory-Weiss tear (eponym) in a visible emergency note"),

    C("s28a_utkast_misstankt_akut_hepb_hbg", "skane", "1998-11-30", "218", "2024-02-08",
      [N("n1", M, "Läkaranteckning", "sk_infh", ("Gustav Möller", "läkare"),
         "2024-02-06T10:00", None,
         [("Aktuellt", "Ikterus, mörk urin, trötthet sedan 10 dagar. Tatuerad på resa i Thailand i december. Sexuellt aktiv med flera partners."),
          ("Bedömning", "Misstänkt akut hepatit B, ALAT 38. Hepatitserologi inkl anti-HBc IgM, HIV och syfilis skickat. Nytt besök om 3 dagar.")])],
      [("NL102", "n1")], [],
      "unsigned draft (pre-signing): 'Misstänkt akut hepatit B' would become visible on signing"),
]

# ================================================================ part 4
# NL102 hard negatives: negated / ruled-out diagnoses, and other people's diseases

CASES += [
    C("s28a_neg_ingen_misstanke_psykos_spice", "skane", "1989-07-17", "349", "2024-04-11",
      [N("n1", M, "Läkaranteckning", "sk_pam", ("Hugo Lindberg", "läkare"),
         "2024-04-09T02:40", "2024-04-09T04:00",
         [("Aktuellt", "Kommer med vän efter att ha rökt 'spice' och blivit rädd, hjärtklappning, trodde han skulle dö. Nu 4 h senare lugnare."),
          ("Status", "Orienterad, logiskt sammanhängande. Förnekar röster och förföljelseidéer, god verklighetsförankring."),
          ("Bedömning", "Ångestreaktion efter intag av syntetiska cannabinoider. Ingen misstanke om psykos. Hem med vännen, info om Mini-Maria och Beroendecentrum.")])],
      [], [("NL102", "n1")],
      "'Ingen misstanke om psykos' is negated; the stated diagnosis (ångestreaktion) is unhedged"),

    C("s28a_neg_typo_inga_tecken_abstinsens", "vgr", "1963-02-25", "557", "2024-01-23",
      [N("n1", M, "Omvårdnadsanteckning", "vg_avd", ("Maja Holmgren", "sjuksköterska"),
         "2024-01-20T06:30", "2024-01-20T07:00",
         [("Omvårdnad", "Sovit 5 h i natt. CIWA 3 kl 02 och kl 06. Inga tecken på abstinsens, ingen tremor eller svettning. Ätit frukost.")],
         setting="slutenvård")],
      [], [("NL102", "n1")],
      "nurse night note: 'Inga tecken på abstinsens' (typo) is a negation, not a hypothesis"),

    C("s28a_neg_kronisk_hepc_uteslutes", "skane", "1979-11-19", "483", "2024-06-20",
      [N("n1", M, "Läkaranteckning", "sk_inf", ("David Persson", "läkare"),
         "2024-06-17T10:10", "2024-06-17T11:45",
         [("Aktuellt", "Remiss från LARO-mottagningen pga positivt anti-HCV vid inskrivning."),
          ("Labsvar", "HCV-RNA ej påvisbart vid två tillfällen med 3 månaders mellanrum. ALAT normalt."),
          ("Bedömning", "Kronisk hepatit C uteslutes, genomgången och spontant läkt infektion. Ingen behandling. Förklarat att antikropparna finns kvar livet ut och att ny smitta är möjlig.")])],
      [], [("NL102", "n1")],
      "'Kronisk hepatit C uteslutes': ruled out, so no hypothesis in the visible note"),

    C("s28a_neg_typo_delirium_kan_utselutas", "vgr", "1966-09-09", "274", "2024-09-19",
      [N("n1", M, "Akutanteckning", "vg_kun", ("Therese Blom", "läkare"),
         "2024-09-16T20:10", "2024-09-16T22:15",
         [("Aktuellt", "Sambon ringde ambulans då pat varit 'konstig' efter 3 dagar utan alkohol. Svettig och skakig, men vet vilket datum det är och var han befinner sig."),
          ("Status", "Orienterad x 3, följer samtalet väl. Inga hallucinationer. Puls 98, temp 37,1. Finvågig tremor."),
          ("Bedömning", "Lindrig alkoholabstinens. Delirium tremens kan utselutas i nuläget då pat är helt klar. Oxazepam enl. schema, hem med sambon, uppföljning på beroendemottagningen om 2 d.")])],
      [], [("NL102", "n1")],
      "'kan utselutas' (typo for kan uteslutas, without 'ej') rules delirium out: hard negative to 'kan ej uteslutas'"),

    C("s28a_neg_talar_emot_bipolar_kokain", "skane", "1990-03-31", "712", "2024-08-15",
      [N("n1", M, "Läkaranteckning", "sk_bcm", ("Samir Aziz", "läkare"),
         "2024-08-12T14:00", None,
         [("Aktuellt", "Remitterad från primärvården pga humörsvängningar. Svängningarna har enbart förekommit i samband med kokainintag och klingat av inom 1–2 dygn."),
          ("Bedömning", "Att pat aldrig haft förhöjt stämningsläge under drogfria perioder talar emot bipolär sjukdom. Svängningarna är substansrelaterade. Fokus på kokainberoendet, KBT-grupp erbjuds.")])],
      [], [("NL102", "n1")],
      "'talar emot bipolär sjukdom' is a negation (hard negative to 'talar för')"),

    C("s28a_neg_misstanken_hiv_avskrivs_pep", "vgr", "1993-05-16", "384", "2024-05-29",
      [N("n1", M, "Läkaranteckning", "vg_hiv", ("Nadia Karimi", "läkare"),
         "2024-05-27T09:00", "2024-05-27T10:20",
         [("Aktuellt", "Uppföljning efter PEP som avslutades för 6 veckor sedan, exponering via kondomruptur med partner med okänd hivstatus."),
          ("Bedömning", "HIV Ag/Ak negativt 6 v efter avslutad PEP. Misstanken om hivinfektion avskrivs. Pat informerad per telefon, erbjuds PrEP-bedömning.")])],
      [], [("NL102", "n1")],
      "'Misstanken om hivinfektion avskrivs' contains a hedge word but the suspicion is dropped"),

    C("s28a_neg_typo_ingen_missanke_wernicke", "skane", "1960-10-28", "655", "2024-10-24",
      [N("n1", M, "Daganteckning", "sk_avd", ("Ulrika Falk", "läkare"),
         "2024-10-21T11:15", "2024-10-21T13:00",
         [("Status", "Vaken, orienterad. Inga ögonmotorikstörningar, ingen nystagmus, normal gång i korridoren."),
          ("Bedömning", "Ingen missanke om Wernicke, tiamin kan övergå till peroral dos. Avgiftningen går enligt plan, oxazepam trappas ned.")],
         setting="slutenvård")],
      [], [("NL102", "n1")],
      "typo 'Ingen missanke om Wernicke' is still a negation"),

    C("s28a_neg_ej_forenligt_serotonergt_boras", "vgr", "1991-12-20", "146", "2024-11-28",
      [N("n1", M, "Läkaranteckning", "vg_sas", ("Ahmed Yusuf", "läkare"),
         "2024-11-25T23:30", "2024-11-26T01:40",
         [("Aktuellt", "Tagit 20 st sertralin 50 mg i samband med gräl med pojkvännen, ringde själv 112 direkt efteråt. Uppger att hon ångrade sig omedelbart."),
          ("Status", "Lugn, temp 36,9, puls 84. Ingen klonus, normala reflexer. Inga dödstankar i nuläget."),
          ("Bedömning", "Ej förenligt med serotonergt syndrom. Kvar för observation 6 h enligt Giftinformationscentralen, därefter ställningstagande till psykiatrisk öppenvårdskontakt.")])],
      [], [("NL102", "n1")],
      "'Ej förenligt med serotonergt syndrom': negated form of the 'förenligt med' hedge"),

    C("s28a_neg_inget_som_talar_for_psykos_lund", "skane", "2003-04-04", "519", "2024-07-31",
      [N("n1", M, "Akutanteckning", "sk_pal", ("Nils Åberg", "läkare"),
         "2024-07-28T03:10", "2024-07-28T04:05",
         [("Bedömning", "Ångest och sömnlöshet efter avbrott i dagligt cannabisbruk. Inget som talar för psykos eller bipolär sjukdom. Propavan 25 mg tn i 5 dagar, hänvisas till Mini-Maria Lund.")])],
      [], [("NL102", "n1")],
      "'Inget som talar för psykos' negates the 'talar för' hedge"),

    C("s28a_neg_inga_tecken_pa_blodsmitta_laro", "vgr", "1988-08-08", "661", "2024-02-15",
      [N("n1", M, "Läkaranteckning", "vg_bek", ("Tobias Lund", "läkare"),
         "2024-02-12T13:40", "2024-02-12T15:00",
         [("Aktuellt", "Inskrivning i LARO, provtagning för blodsmitta enl. rutin."),
          ("Labsvar", "Anti-HIV neg. Anti-HCV neg. HBsAg neg, anti-HBc neg, anti-HBs 240 IE/l efter tidigare vaccination."),
          ("Bedömning", "Inga tecken på blodsmitta. Opioidberoende, start med buprenorfin/naloxon 8 mg i morgon.")])],
      [], [("NL102", "n1")],
      "negative HIV/hepatitis serology and 'Inga tecken på blodsmitta'; the opioid dependence is stated plainly"),

    C("s28a_rel_mamma_trol_bipolar_kurator", "skane", "1998-06-12", "294", "2024-03-19",
      [N("n1", M, "Kuratorsanteckning", "sk_bcm", ("Anna-Karin Wik", "kurator"),
         "2024-03-15T13:00", "2024-03-15T14:20",
         [("Samtal", "Pratar om uppväxten. Mamman beskrivs som trol. bipolär, aldrig utredd, hade perioder då hon var borta i veckor. Pat började dricka vid 14 för att stå ut."),
          ("Planering", "Nästa samtal 29/3. Fortsätter med MI-baserade samtal kring alkoholen.")])],
      [], [("NL102", "n1")],
      "'trol. bipolär' describes the mother, not the patient"),

    C("s28a_rel_bror_misstankt_schizofreni", "vgr", "1995-01-22", "477", "2024-06-06",
      [N("n1", M, "Akutanteckning", "vg_pao", ("Hanna Sjöberg", "läkare"),
         "2024-06-03T15:30", "2024-06-03T17:00",
         [("Hereditet", "Bror misstänkt schizofreni enl. pat, vårdad på Östra flera gånger. Pappa alkoholberoende."),
          ("Aktuellt", "Söker pga sömnsvårigheter och oro inför tentaperiod. Ingen droganvändning."),
          ("Bedömning", "Sömnstörning i samband med stress. Sömnhygieniska råd, åter till vårdcentralen vid utebliven förbättring.")])],
      [], [("NL102", "n1")],
      "the hedged schizophrenia is the brother's, under Hereditet; the patient's diagnosis is unhedged"),

    C("s28a_rel_flickvan_eventuellt_hepc", "skane", "1985-09-09", "512", "2024-04-30",
      [N("n1", M, "Sjuksköterskeanteckning", "sk_spr", ("Mohammed Saleh", "sjuksköterska"),
         "2024-04-26T10:30", None,
         [("Aktuellt", "Egna prover från februari: HCV-RNA neg, HIV neg. Nu orolig då flickvännen eventuellt har hepatit C, hon har inte testat sig."),
          ("Åtgärd", "Informerat om att flickvännen kan komma hit anonymt för test. Utlämnat 20 sprutor, 40 kanyler. Nytt eget prov om 3 mån.")])],
      [], [("NL102", "n1")],
      "'eventuellt har hepatit C' is about the girlfriend; the patient's own tests are negative"),

    C("s28a_rel_barn_mamma_sannolik_hepb", "vgr", "2019-04-02", "398", "2024-05-15",
      [N("n1", M, "Mottagningsanteckning", "vg_barn", ("Karl Björk", "läkare"),
         "2024-05-13T10:00", "2024-05-13T11:30",
         [("Aktuellt", "5-årig pojke, nyanländ från Syrien med mamma och två syskon. Remiss från barnhälsovården för screening. Mamman har sannolikt kronisk hepatit B, hon utreds på infektionskliniken."),
          ("Labsvar", "Pojken: HBsAg neg, anti-HBc neg, anti-HBs neg. HIV neg, anti-HCV neg."),
          ("Planering", "Hepatit B-vaccination enl. 0-1-6-schema, första dosen given idag. Kontroll anti-HBs efter fullbordad serie.")])],
      [], [("NL102", "n1")],
      "child's note: 'sannolikt kronisk hepatit B' is the mother's; the child is seronegative"),

    C("s28a_rel_pappa_misstankt_levercancer", "vgr", "1970-07-28", "145", "2024-08-27",
      [N("n1", M, "Mottagningsanteckning", "vg_hep", ("Anders Fogelberg", "läkare"),
         "2024-08-23T14:15", "2024-08-23T15:30",
         [("Anamnes", "Kronisk hepatit B sedan 1998, HBeAg-neg, tenofovir sedan 2015 med omätbart HBV-DNA. Pappa dog 62 år i misstänkt levercancer, aldrig obducerad. Två bröder HBsAg-positiva."),
          ("Bedömning", "Stabil. Fortsatt HCC-screening med UL var 6:e mån pga hereditet. Tenofovir förnyat.")])],
      [], [("NL102", "n1")],
      "'misstänkt levercancer' is the late father's; the patient's hepatitis B is confirmed"),

    C("s28a_rel_mormor_trol_alzheimer_laro", "skane", "1977-05-05", "236", "2024-12-05",
      [N("n1", M, "Läkaranteckning", "sk_laro", ("Fredrik Olsson", "läkare"),
         "2024-12-02T09:20", "2024-12-02T11:00",
         [("Anamnes", "Metadonbehandlad sedan 2016, 90 mg/d, stabil. Oroar sig för sitt minne. Hereditet: mormor trol. Alzheimer från 70-årsåldern, morbror suicid."),
          ("Status", "MoCA 28/30. Klar, adekvat. UDS senaste 3 mån negativa."),
          ("Bedömning", "Normal kognition. Oron bedöms relaterad till mormoderns sjukdom. Metadondos oförändrad.")])],
      [], [("NL102", "n1")],
      "'mormor trol. Alzheimer' is family history; the patient's cognition is normal"),
]

# ================================================================ part 5
# NL102 hard negatives: hedges on plans / symptoms / times, conditionals, confirmed diagnoses

CASES += [
    C("s28a_plan_ev_remiss_beroende_akut", "skane", "1981-02-18", "764", "2024-01-18",
      [N("n1", M, "Akutanteckning", "sk_akh", ("Viktor Engström", "läkare"),
         "2024-01-15T01:50", "2024-01-15T05:20",
         [("Bedömning", "Alkoholintoxikation, 2,9 promille, fallit och slagit upp ett jack i pannan som sutureras. Ev. remiss till beroendemottagningen, pat vill fundera. Nykterhetskontroll innan hemgång.")])],
      [], [("NL102", "n1")],
      "'Ev.' hedges a referral (a plan); the intoxication is stated as fact"),

    C("s28a_plan_trolig_utskrivning_avgiftning", "vgr", "1967-03-13", "235", "2024-04-09",
      [N("n1", M, "Daganteckning", "vg_avd", ("Peter Sandberg", "läkare"),
         "2024-04-06T10:40", "2024-04-06T12:00",
         [("Aktuellt", "Dag 5 i avgiftning. CIWA under 8 senaste dygnet, sista diazepam i går morse. Sover och äter."),
          ("Planering", "Trolig utskrivning i morgon förmiddag. Återbesök beroendemottagningen Järntorget 12/4, Antabus diskuterat.")],
         setting="slutenvård")],
      [], [("NL102", "n1")],
      "'Trolig utskrivning' hedges a discharge date, not a diagnosis"),

    C("s28a_plan_eventuellt_ny_elastografi", "skane", "1973-08-14", "819", "2024-05-23",
      [N("n1", M, "Mottagningsanteckning", "sk_hep", ("Klara Mårtensson", "läkare"),
         "2024-05-20T08:30", "2024-05-20T09:45",
         [("Bedömning", "Kronisk hepatit C genotyp 3, behandlingsnaiv. Start med sofosbuvir/velpatasvir 12 v. Eventuellt förnyad leverelastografi efter behandlingen, beroende på utgångsvärdet 9,1 kPa.")])],
      [], [("NL102", "n1")],
      "'Eventuellt' hedges a follow-up examination; the hepatitis C is confirmed"),

    C("s28a_symtom_ev_latt_tremor_antabus", "vgr", "1990-10-02", "352", "2024-10-22",
      [N("n1", M, "Sjuksköterskeanteckning", "vg_skb", ("Fredrika Moberg", "sjuksköterska"),
         "2024-10-18T08:10", "2024-10-18T08:30",
         [("Aktuellt", "Besök för övervakat Antabusintag 3 ggr/v. Uppger nykterhet sedan 6 v."),
          ("Status", "Ev. lätt tremor i händerna, svårvärderat då pat frusit. Utandningsprov 0,00."),
          ("Åtgärd", "Antabus 400 mg intaget. Nästa tillfälle fredag.")])],
      [], [("NL102", "n1")],
      "'Ev. lätt tremor' hedges a sign, not a disease"),

    C("s28a_tid_trol_sista_intag_heroin", "skane", "1986-01-26", "481", "2024-07-24",
      [N("n1", M, "Inskrivningsanteckning", "sk_avd", ("Ulrika Falk", "läkare"),
         "2024-07-22T15:00", "2024-07-22T18:10",
         [("Anamnes", "Opioidberoende, injicerar heroin ca 0,5 g/d. Sista intag trol. i går kväll kl 22, pat osäker. Önskar avgiftning inför LARO-start."),
          ("Status", "COWS 11. Vida pupiller, gäspar, gåshud. Rinnande näsa."),
          ("Planering", "Symtomlindring med klonidin, loperamid, ondansetron. LARO-mottagningen kontaktad för buprenorfinstart när COWS över 12.")],
         setting="slutenvård")],
      [], [("NL102", "n1")],
      "'trol.' hedges the time of last intake; the opioid dependence is certain"),

    C("s28a_plan_fragetecken_aterbesok_vecka", "vgr", "1979-04-19", "697", "2024-06-19",
      [N("n1", M, "Läkaranteckning", "vg_bek", ("Jakob Engdahl", "läkare"),
         "2024-06-14T10:30", None,
         [("Bedömning", "Alkoholberoende i tidig remission, PEth under 0,05 vid tre mätningar. Akamprosat fortsätter."),
          ("Planering", "Återbesök ? v. 34, pat återkommer när semesterschemat är klart.")])],
      [], [("NL102", "n1")],
      "the '?' belongs to the follow-up week, not to a diagnosis"),

    C("s28a_plan_sannolikt_aktuell_for_depa", "skane", "1991-09-25", "275", "2024-09-05",
      [N("n1", M, "Sjuksköterskeanteckning", "sk_laro", ("Ida Svensson", "sjuksköterska"),
         "2024-09-02T11:00", "2024-09-02T11:25",
         [("Aktuellt", "Inskriven i LARO sedan maj med Suboxone 16 mg. Missat hämtning två gånger pga arbetstider."),
          ("Planering", "Sannolikt aktuell för byte till depåberedning Buvidal, diskuteras med ansvarig läkare på torsdag.")])],
      [], [("NL102", "n1")],
      "'Sannolikt aktuell för' a depot formulation: a treatment plan, not a diagnosis"),

    C("s28a_fynd_mojligen_gulaktig_tel", "vgr", "1964-12-17", "519", "2024-11-12",
      [N("n1", M, "Telefonanteckning", "vg_udd", ("Sara Ekholm", "sjuksköterska"),
         "2024-11-08T16:05", "2024-11-08T16:25",
         [("Telefonkontakt", "Hustrun ringer: maken möjligen något gulaktig i ögonvitorna sedan i helgen, osäker i lampljus. Han har levercirros och har nytt läkarbesök på tisdag."),
          ("Åtgärd", "Råd: sök akut vid förvirring, blodiga kräkningar eller svart avföring. Provtagning leverstatus tidigarelagd till i morgon.")])],
      [], [("NL102", "n1")],
      "'möjligen något gulaktig' hedges an observation; the cirrhosis is known and stated as fact"),

    C("s28a_cond_vid_misstanke_abscess_spruta", "skane", "1994-05-22", "638", "2024-02-27",
      [N("n1", M, "Sjuksköterskeanteckning", "sk_spr", ("Mohammed Saleh", "sjuksköterska"),
         "2024-02-23T13:15", "2024-02-23T13:50",
         [("Åtgärd", "Omläggning av läkande sår höger underarm, fint granulerat. Gått igenom rena injektionsrutiner."),
          ("Information", "Vid misstanke om abscess eller rodnad som sprider sig ska pat söka akut samma dag, kontaktkort lämnat.")])],
      [], [("NL102", "n1")],
      "'Vid misstanke om abscess' is a conditional safety-net instruction, not a hypothesis"),

    C("s28a_cond_om_tecken_pa_delirium_ordination", "vgr", "1959-03-05", "372", "2024-03-07",
      [N("n1", M, "Läkaranteckning", "vg_avd", ("Jesper Claesson", "läkare"),
         "2024-03-04T09:30", "2024-03-04T10:10",
         [("Bedömning", "Måttlig alkoholabstinens dag 1, stabila vitalparametrar."),
          ("Planering", "Diazepam 10 mg vid CIWA 10 eller mer, max 80 mg/dygn. Om tecken på abstinensdelirium, t.ex. hallucinationer eller desorientering, kontaktas jourläkare omgående.")],
         setting="slutenvård")],
      [], [("NL102", "n1")],
      "'Om tecken på abstinensdelirium' is a conditional instruction"),

    C("s28a_cond_om_hivtest_visar_infektion", "skane", "2000-09-17", "253", "2024-08-01",
      [N("n1", M, "Läkaranteckning", "sk_infh", ("Gustav Möller", "läkare"),
         "2024-07-29T13:00", "2024-07-29T13:30",
         [("Aktuellt", "Önskar hivtest efter oskyddat samlag för 8 veckor sedan. Inga symtom."),
          ("Åtgärd", "HIV Ag/Ak och syfilisserologi tagna. Om provet skulle visa hivinfektion ringer vi upp och bokar besök samma vecka, annars sms vid negativt svar.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "hypothetical 'Om provet skulle visa hivinfektion': neither a hypothesis nor a withheld diagnosis"),

    C("s28a_cond_krisplan_misstanke_skov", "vgr", "1997-02-07", "169", "2024-12-10",
      [N("n1", M, "Läkaranteckning", "vg_pao", ("Linda Forsberg", "läkare"),
         "2024-12-06T14:30", "2024-12-06T15:20",
         [("Bedömning", "Schizofreni, stabil på aripiprazol depå. Cannabisfri sedan 4 mån."),
          ("Planering", "Krisplan: om misstanke om nytt psykotiskt skov ska mamman ringa öppenvårdsteamet eller psykakuten dygnet runt.")])],
      [], [("NL102", "n1")],
      "'misstanke om nytt psykotiskt skov' sits inside an if-clause of a crisis plan"),

    C("s28a_conf_diagnoslista_hepc_alkohol", "skane", "1975-06-30", "417", "2024-06-13",
      [N("n1", M, "Läkaranteckning", "sk_bml", ("Henrik Sjöstrand", "läkare"),
         "2024-06-10T10:15", "2024-06-10T11:30",
         [("Diagnos", "Alkoholberoende F10.2. Kronisk hepatit C, genotyp 1a, B18.2."),
          ("Planering", "Remiss infektion för DAA-behandling. Naltrexon 50 mg fortsätter.")])],
      [], [("NL102", "n1")],
      "confirmed diagnoses with ICD-10 codes under Diagnos, no hedge"),

    C("s28a_conf_misstanken_bekraftades_hepb", "vgr", "1984-10-14", "537", "2024-07-25",
      [N("n1", M, "Läkaranteckning", "vg_nal", ("Sanna Öhman", "läkare"),
         "2024-07-22T11:00", "2024-07-22T12:40",
         [("Bedömning", "Misstanken om akut hepatit B bekräftades med positivt anti-HBc IgM och HBsAg, ALAT 22. Smittspårning påbörjad, anmälan enligt smittskyddslagen gjord."),
          ("Åtgärd", "Pat informerad om diagnosen och om smittsamhet, förhållningsregler givna skriftligt.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "'Misstanken … bekräftades': the suspicion is confirmed, and the patient is told"),

    C("s28a_conf_opioidberoende_faststallt_dsm5", "skane", "1983-03-21", "265", "2024-05-28",
      [N("n1", M, "Läkaranteckning", "sk_laro", ("Fredrik Olsson", "läkare"),
         "2024-05-24T13:00", "2024-05-24T15:10",
         [("Bedömning", "Opioidberoende, svår grad, fastställt enligt DSM-5 med 8 av 11 kriterier uppfyllda. Uppfyller kriterierna för LARO enligt HSLF-FS 2016:1. Start med buprenorfin 4 mg nästa måndag.")])],
      [], [("NL102", "n1")],
      "opioid dependence 'fastställt' with criteria counted: confirmed, no hedge"),

    C("s28a_conf_paranoid_schizofreni_epikris", "vgr", "1978-08-30", "283", "2024-01-11",
      [N("n1", M, "Epikris", "vg_psya", ("Camilla Dahl", "läkare"),
         "2024-01-09T13:00", "2024-01-10T08:30",
         [("Epikris", "Paranoid schizofreni sedan 2004, vårdats för psykotiskt skov efter att ha slutat med klozapin. Återinsatt med snabb förbättring. Skrivs ut till boende med stöd."),
          ("Diagnos", "Paranoid schizofreni F20.0. Nikotinberoende.")],
         setting="slutenvård")],
      [], [("NL102", "n1")],
      "long-known schizophrenia in an epikris: confirmed diagnosis"),

    C("s28a_conf_hiv_verifierad_kand_sedan_2011", "skane", "1969-11-01", "728", "2024-04-04",
      [N("n1", M, "Läkaranteckning", "sk_inf", ("David Persson", "läkare"),
         "2024-04-02T09:00", "2024-04-02T10:40",
         [("Aktuellt", "Hivinfektion verifierad med konfirmationstest 2011, känd för pat sedan dess. ART: Biktarvy, HIV-RNA under 20 sedan 2012."),
          ("Bedömning", "Välbehandlad hivinfektion. Årskontroll, lipider och njurfunktion ua. Nästa kontroll om 12 mån.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "verified HIV known to the patient for years: neither hedged nor withheld"),
]

# ================================================================ part 6
# NL102 negatives: hypotheses kept in the protected place, and PMO notes

CASES += [
    C("s28a_th_skane_mall_misstankt_korsakoff", "skane", "1956-05-14", "391", "2024-02-22",
      [N("n1", M, "Tidiga hypoteser", "sk_bml", ("Cecilia Ohlsson", "läkare"),
         "2024-02-19T15:00", "2024-02-19T15:20",
         [("Bedömning", "Misstänkt Korsakoffs syndrom, konfabulerar. Avvaktar neuropsykologisk testning innan det tas upp med pat och dottern.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "Skåne: hedged Korsakoff, not yet discussed with the patient, written in the Tidiga hypoteser template"),

    C("s28a_th_vgr_sokord_sannolik_eips", "vgr", "1973-01-19", "618", "2024-03-28",
      [N("n1", M, "Läkaranteckning", "vg_bek", ("Ingrid Palm", "läkare"),
         "2024-03-25T10:00", "2024-03-25T11:10",
         [("Aktuellt", "Återbesök, naltrexon sedan 2 mån. Dricker 1–2 ggr/v, max 4 glas. Trivs på nya jobbet."),
          ("Status", "Opåverkad, välvårdad. BT 132/84."),
          ("Tidiga hypoteser", "Sannolik emotionellt instabil personlighetsstörning utifrån mönster av relationer och impulsivitet, behöver utredas vidare."),
          ("Planering", "Fortsatt naltrexon. Återbesök 6 v.")])],
      [], [("NL102", "n1")],
      "VGR: the only hedged diagnosis stands under sökord Tidiga hypoteser; visible sökord are clean"),

    C("s28a_th_skane_mall_dd_frontotemporal", "skane", "1952-07-07", "124", "2024-09-18",
      [N("n1", M, "Tidiga hypoteser", "sk_psyw", ("Maria Stål", "läkare"),
         "2024-09-16T14:30", "2024-09-16T15:00",
         [("Utredning", "DD frontotemporal demens vs alkoholrelaterad kognitiv störning. Personlighetsförändring och disinhibition debuterade innan alkoholkonsumtionen ökade enligt hustrun.")],
         setting="slutenvård")],
      [], [("NL102", "n1")],
      "Skåne Tidiga hypoteser template holding a 'DD' between two dementias"),

    C("s28a_th_vgr_sokord_prodrom_utkast", "vgr", "1999-12-09", "447", "2024-10-15",
      [N("n1", M, "Läkaranteckning", "vg_pao", ("Linda Forsberg", "läkare"),
         "2024-10-12T11:00", None,
         [("Aktuellt", "Samtal om sömn, studier och stöd från CSN-handläggare. Fortsätter sertralin 100 mg."),
          ("Tidiga hypoteser", "Trolig prodromalfas till psykos: funktionsfall och udda tankeinnehåll, föräldrarna beskriver tillbakadragenhet.")])],
      [], [("NL102", "n1")],
      "unsigned VGR draft: 'Trolig prodromalfas till psykos' only under sökord Tidiga hypoteser"),

    C("s28a_th_vgr_typo_missankt_hcc_ej_info", "vgr", "1957-11-24", "354", "2024-11-26",
      [N("n1", M, "Mottagningsanteckning", "vg_hep", ("Sofia Lund", "läkare"),
         "2024-11-21T10:00", "2024-11-21T12:30",
         [("Aktuellt", "Cirroskontroll, nykter. Ultraljud visar ny 15 mm förändring i höger leverlob."),
          ("Tidiga hypoteser", "Missänkt HCC, MDK-diskussion innan besked. Pat ej informerad om misstanken."),
          ("Planering", "DT lever trefas inom 2 v. Återbesök efter MDK.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "VGR: untold hypothesis ('Missänkt', typo) kept under sökord Tidiga hypoteser; visible text has only the finding"),

    C("s28a_th_skane_mall_hiv_reaktivt_ej_info", "skane", "1988-04-17", "276", "2024-12-19",
      [N("n1", M, "Tidiga hypoteser", "sk_infh", ("Tove Andersson", "läkare"),
         "2024-12-17T16:10", "2024-12-17T16:25",
         [("Bedömning", "Screening-HIV reaktivt, konfirmation pågår. Pat ej informerad, besked när konfirmerande svar finns.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "Skåne: reactive HIV screen not yet told to the patient, kept in the Tidiga hypoteser template"),

    C("s28a_th_skane_tva_anteckningar", "skane", "1993-08-02", "643", "2024-08-22",
      [N("n1", M, "Läkaranteckning", "sk_pam", ("Hugo Lindberg", "läkare"),
         "2024-08-19T17:00", "2024-08-19T18:20",
         [("Aktuellt", "Kommer med kollega efter panikattack på jobbet. Dricker 'några öl' varje kväll för att varva ner."),
          ("Bedömning", "Paniksyndrom. Sertralin 25 mg med upptitrering, remiss till psykiatrisk öppenvård Malmö.")]),
       N("n2", M, "Tidiga hypoteser", "sk_pam", ("Hugo Lindberg", "läkare"),
         "2024-08-19T18:25", "2024-08-19T18:30",
         [("Bedömning", "Möjligt underliggande alkoholberoende av större omfattning än pat medger, PEth tas vid nästa besök.")])],
      [], [("NL102", "n1"), ("NL102", "n2")],
      "the ordinary note states only a plain diagnosis; the hedge went into a separate Tidiga hypoteser note"),

    C("s28a_pmo_tel_trol_alkoholabstinens", "skane", "1972-10-10", "581", "2024-01-30",
      [N("n1", P, "Telefonrådgivning", "sk_vc1", ("Birgitta Nyman", "sjuksköterska"),
         "2024-01-29T08:20", "2024-01-29T08:35",
         [("Telefonkontakt", "Pat ringer, skakig, svettig, sovit dåligt. Slutat dricka i förrgår efter 3 v dagligt drickande. Trol. alkoholabstinens. Ingen kramp, inga syner. Tid dr idag 14.30.")])],
      [], [("NL102", "n1")],
      "PMO telephone note: diagnoses are never shown from PMO, so 'Trol. alkoholabstinens' does not fire"),

    C("s28a_pmo_typo_misstant_alkoholberoende", "skane", "1968-06-25", "439", "2024-03-26",
      [N("n1", P, "Läkarbesök", "sk_vc2", ("Erik Hansson", "läkare"),
         "2024-03-22T10:40", "2024-03-22T11:30",
         [("Aktuellt", "Hypertoni svårinställd. AUDIT 24, PEth 1,8. Medger att vinet blivit mer sedan pensionen."),
          ("Bedömning", "Misstänt alkoholberoende. MI-samtal, erbjuds naltrexon och kontakt med alkoholsjuksköterska.")])],
      [], [("NL102", "n1")],
      "PMO GP note with typo 'Misstänt alkoholberoende': PMO never shows diagnoses"),

    C("s28a_pmo_um_mojlig_gonorre_hivtest", "skane", "2005-02-11", "228", "2024-05-14",
      [N("n1", P, "Besöksanteckning", "sk_um", ("Moa Lindström", "barnmorska"),
         "2024-05-10T15:00", "2024-05-10T15:40",
         [("Aktuellt", "Sveda vid miktion och flytningar i 4 dagar. Oskyddat samlag med ny partner för 10 dagar sedan. Önskar även hivtest."),
          ("Bedömning", "Möjlig gonorré. Odling och PCR gonorré/klamydia, HIV och syfilis tagna. Partnern uppmanas testa sig.")])],
      [], [("NL102", "n1")],
      "youth clinic (PMO): 'Möjlig gonorré' is not shown to the patient"),

    C("s28a_pmo_hemsjukvard_trol_he", "skane", "1950-09-09", "317", "2024-06-11",
      [N("n1", P, "Hembesök", "sk_hsv", ("Gunilla Persson", "sjuksköterska"),
         "2024-06-10T10:30", "2024-06-10T11:45",
         [("Hembesök", "Förvirrad, vet ej vilken dag det är, somnar under samtalet. Levercirros, laktulos ej tagen senaste 3 dagarna enligt dosetten. Trol. hepatisk encefalopati. Dr Åkesson kontaktad, laktulos ges nu, nytt hembesök i kväll.")])],
      [], [("NL102", "n1")],
      "home-care nurse in PMO: hedged hepatic encephalopathy is not visible from PMO"),

    C("s28a_pmo_tel_ev_hepb_superinfektion", "skane", "1984-12-01", "562", "2024-07-16",
      [N("n1", P, "Telefonrådgivning", "sk_vc3", ("Karin Jeppsson", "sjuksköterska"),
         "2024-07-15T09:10", "2024-07-15T09:25",
         [("Telefonkontakt", "Känd hepatit C, obehandlad. Gul i ögonen sedan 2 d, mörk urin. Ev. akut hepatit B ovanpå, pat injicerar. Akut labtid imorgon 08, läkare informerad.")])],
      [], [("NL102", "n1")],
      "telegraphic PMO phone note with 'Ev. akut hepatit B': PMO never shows diagnoses"),

    C("s28a_pmo_dd_depression_utmattning", "skane", "1979-07-03", "685", "2024-09-24",
      [N("n1", P, "Läkarbesök", "sk_vc1", ("Lars Ivarsson", "läkare"),
         "2024-09-20T13:20", "2024-09-20T14:10",
         [("Bedömning", "Nedstämdhet, orkeslöshet, alkohol 20 standardglas/v. DD depression/utmattningssyndrom/alkoholinducerad nedstämdhet. Sjukskrivning 50 % 3 v, PHQ-9 och PEth till nästa besök.")])],
      [], [("NL102", "n1")],
      "PMO GP note with a 'DD' list; PMO diagnoses are never shown"),

    C("s28a_pmo_tel_misstank_psykos_mamma_ringer", "skane", "2001-01-28", "149", "2024-10-29",
      [N("n1", P, "Telefonrådgivning", "sk_vc2", ("Elin Sandberg", "sjuksköterska"),
         "2024-10-28T19:40", "2024-10-28T19:55",
         [("Telefonkontakt", "Mamma ringer om sonen 23 år, pratar osammanhängande, tror att TV:n sänder meddelanden till honom. Röker cannabis. Misstänk psykos. Hänvisad till psykiatrisk akutmottagning Kristianstad, mamma kör honom nu.")])],
      [], [("NL102", "n1")],
      "PMO phone note with typo 'Misstänk psykos': not visible from PMO"),
]

# ================================================================ part 7
# NL101 positives: a diagnosis in a visible section while the text says the patient is not told

CASES += [
    C("s28a_nl101_hiv_konfirmerat_ej_informerad", "skane", "1990-02-02", "374", "2024-02-16",
      [N("n1", M, "Läkaranteckning", "sk_inf", ("Maria Cederlund", "läkare"),
         "2024-02-14T16:00", "2024-02-14T16:30",
         [("Labsvar", "HIV-1 konfirmerat positivt (HIV Ag/Ak reaktivt, line-immunoassay positiv). HIV-RNA 85 000 kopior/ml, CD4 310."),
          ("Planering", "Pat ej informerad ännu. Kallas till besök med kurator i morgon kl 10 för besked.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "confirmed HIV in visible Labsvar with 'Pat ej informerad ännu'"),

    C("s28a_nl101_hcc_lirads5_ej_informerad", "vgr", "1955-05-30", "486", "2024-04-23",
      [N("n1", M, "Läkaranteckning", "vg_hep", ("Anders Fogelberg", "läkare"),
         "2024-04-19T15:10", "2024-04-19T16:00",
         [("Utredning", "DT lever trefas: 4 cm lesion i segment VI med arteriell uppladdning och washout, LI-RADS 5. Hepatocellulär cancer, histologi behövs ej."),
          ("Planering", "Patienten har inte informerats om fyndet. Besked ges på mottagningen 26/4 tillsammans med kontaktsjuksköterska, hustrun följer med.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "HCC stated in visible Utredning while 'Patienten har inte informerats'"),

    C("s28a_nl101_kronisk_hepc_ej_fatt_besked", "skane", "1987-03-15", "283", "2024-03-21",
      [N("n1", M, "Läkaranteckning", "sk_bml", ("Eva Blomqvist", "läkare"),
         "2024-03-18T12:00", "2024-03-18T12:20",
         [("Provsvar", "Anti-HCV pos, HCV-RNA 1,3 x 10^6 IE/ml, genotyp 3a. Kronisk hepatit C."),
          ("Planering", "Pat har ej fått besked, tas upp vid återbesöket 25/3 då remiss till infektion skrivs.")])],
      [("NL101", "n1")], [],
      "chronic hepatitis C in a visible Provsvar section; 'Pat har ej fått besked'"),

    C("s28a_nl101_schizofreni_ej_meddelad", "vgr", "1998-03-18", "715", "2024-05-07",
      [N("n1", M, "Läkaranteckning", "vg_psya", ("Camilla Dahl", "läkare"),
         "2024-05-03T13:45", "2024-05-03T15:00",
         [("Bedömning", "Uppfyller nu kriterierna för schizofreni, paranoid form, efter 8 månaders symtomduration. Diagnosen har ännu inte meddelats patienten då han i nuvarande skede har svårt att ta till sig information.")],
         setting="slutenvård")],
      [("NL101", "n1")], [("NL102", "n1")],
      "schizophrenia diagnosis set in visible Bedömning but 'ännu inte meddelats patienten'"),

    C("s28a_nl101_bipolar_tas_ej_upp_forran", "skane", "1982-05-09", "354", "2024-07-09",
      [N("n1", M, "Läkaranteckning", "sk_psyw", ("Maria Stål", "läkare"),
         "2024-07-05T10:30", "2024-07-05T12:00",
         [("Bedömning", "Fastställd diagnos bipolär sjukdom typ I, aktuell manisk episod med psykotiska inslag. Litium insatt, S-litium 0,6."),
          ("Planering", "Diagnosen ska inte tas upp med pat förrän den maniska bilden klingat av, planeras till nästa vecka med sambon närvarande.")],
         setting="slutenvård")],
      [("NL101", "n1")], [],
      "bipolar I disorder in a visible section while the patient 'ska inte' be told yet"),

    C("s28a_nl101_kronisk_hepb_inte_underrattad", "vgr", "1981-10-06", "468", "2024-09-03",
      [N("n1", M, "Läkaranteckning", "vg_nal", ("Oskar Brandt", "läkare"),
         "2024-08-30T14:00", "2024-08-30T14:45",
         [("Labsvar", "HBsAg positivt vid två tillfällen med 7 mån mellanrum, HBeAg neg, HBV-DNA 3 400 IE/ml. Kronisk hepatit B."),
          ("Planering", "Pat är inte underrättad om svaret än. Tigrinjatolk bokas till besök 10/9, familjen erbjuds provtagning därefter.")])],
      [("NL101", "n1")], [],
      "chronic hepatitis B in visible Labsvar; 'inte underrättad' (unlisted wording for not told)"),

    C("s28a_nl101_cirros_berusad_informeras_nar_nykter", "skane", "1964-04-12", "597", "2024-11-19",
      [N("n1", M, "Akutanteckning", "sk_akh", ("Sara Lindqvist", "läkare"),
         "2024-11-16T22:40", "2024-11-17T01:15",
         [("Utredning", "DT buk: levercirros med ascites och splenomegali, inga fokala leverförändringar."),
          ("Bedömning", "Pat ej informerad om fynden då han var kraftigt berusad, 3,1 promille. Informeras när nykter i morgon av avdelningsläkaren.")])],
      [("NL101", "n1")], [],
      "CT-verified cirrhosis visible in an emergency note; patient not told because intoxicated"),

    C("s28a_nl101_typo_infomerad_kardiomyopati", "vgr", "1966-06-16", "247", "2024-06-25",
      [N("n1", M, "Läkaranteckning", "vg_bek", ("Tobias Lund", "läkare"),
         "2024-06-21T09:30", "2024-06-21T10:30",
         [("Utredning", "UCG: dilaterad vänsterkammare, EF 25 %, kranskärlsröntgen normal. Alkoholorsakad dilaterad kardiomyopati."),
          ("Planering", "Pat ej infomerad om diagnosen ännu, kardiologen tar det vid besöket 2/7.")])],
      [("NL101", "n1")], [],
      "typo 'ej infomerad' about an alcoholic cardiomyopathy stated in a visible section"),

    C("s28a_nl101_utkast_sekundar_syfilis", "skane", "1992-12-22", "375", "2024-08-13",
      [N("n1", M, "Läkaranteckning", "sk_inf", ("David Persson", "läkare"),
         "2024-08-12T15:50", None,
         [("Labsvar", "TPPA pos, RPR 1:32. Sekundär syfilis, stämmer med exantemet i handflatorna."),
          ("Planering", "Ej informerad om svaret ännu – nås inte på telefon. Nytt försök i morgon, därefter brev med kallelse.")])],
      [("NL101", "n1")], [],
      "unsigned draft: secondary syphilis in a visible section, patient not yet reached"),

    C("s28a_nl101_och_nl102_misstankt_hcc_synlig", "vgr", "1960-02-14", "514", "2024-02-20",
      [N("n1", M, "Läkaranteckning", "vg_hep", ("Sofia Lund", "läkare"),
         "2024-02-16T11:00", "2024-02-16T12:15",
         [("Bedömning", "Misstänkt HCC, ny 3 cm lesion vid UL och AFP 480. Patienten ej informerad om misstanken, avvaktar DT innan besked.")])],
      [("NL101", "n1"), ("NL102", "n1")],
      [],
      "an untold HCC hypothesis written in visible Bedömning instead of under Tidiga hypoteser"),

    C("s28a_nl101_tva_anteckningar_hiv_besked", "skane", "1986-07-21", "432", "2024-10-10",
      [N("n1", M, "Läkaranteckning", "sk_infh", ("Gustav Möller", "läkare"),
         "2024-10-07T15:30", "2024-10-07T16:00",
         [("Provsvar", "HIV-1 bekräftad infektion, CD4 520. Pat ännu ovetande om HIV-diagnosen, besked i morgon på mottagningen.")]),
       N("n2", M, "Läkaranteckning", "sk_infh", ("Gustav Möller", "läkare"),
         "2024-10-08T10:45", "2024-10-08T11:30",
         [("Samtal", "Besked om hivinfektionen givet idag med kurator Lena Åström närvarande. Pat tog det sansat, vill börja behandling snarast."),
          ("Planering", "Start Biktarvy efter baslab, smittspårningssamtal bokat 15/10.")])],
      [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
      "day 1 note withholds the HIV diagnosis (NL101); the next day's note records that it was told"),

    C("s28a_nl101_tel_ssk_inte_berattat_provsvar", "vgr", "1994-04-08", "729", "2024-04-16",
      [N("n1", M, "Telefonanteckning", "vg_inf", ("Emma Tornberg", "sjuksköterska"),
         "2024-04-12T13:20", "2024-04-12T13:35",
         [("Telefonkontakt", "Ringt pat för att boka läkarbesök. Har inte berättat om provsvaret (kronisk hepatit C, HCV-RNA positivt) utan hänvisat till läkaren enligt ordination. Tid 18/4 kl 09.30.")])],
      [("NL101", "n1")], [],
      "nurse phone note names the chronic hepatitis C but says it was not told to the patient"),

    C("s28a_nl101_alkoholdemens_sonen_vill_narvara", "vgr", "1953-09-21", "356", "2024-12-11",
      [N("n1", M, "Läkaranteckning", "vg_skb", ("Gunnar Ahlström", "läkare"),
         "2024-12-09T14:00", "2024-12-09T15:30",
         [("Bedömning", "Alkoholrelaterad demens fastställd efter neuropsykologisk utredning och MR med generell atrofi. Pat har ej informerats om diagnosen; sonen vill närvara och besök planeras till januari.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "settled alcohol-related dementia in visible Bedömning; 'Pat har ej informerats om diagnosen'"),

    C("s28a_nl101_leverbiopsi_vet_inte_an", "skane", "1971-01-13", "658", "2024-05-03",
      [N("n1", M, "Läkaranteckning", "sk_hep", ("Johan Wester", "läkare"),
         "2024-04-30T16:10", "2024-04-30T16:25",
         [("Provsvar", "PAD leverbiopsi: alkoholorsakad steatohepatit med avancerad fibros F3."),
          ("Planering", "Pat vet inte om resultatet än, besked ges inte per telefon utan vid besök 7/5.")])],
      [("NL101", "n1")], [],
      "biopsy-proven alcoholic steatohepatitis visible while 'Pat vet inte om resultatet än'"),
]

# ================================================================ part 8
# NL101 negatives: told today or earlier, untold thing is no diagnosis, relative not told,
# protected place, nothing said about telling

CASES += [
    C("s28a_nl101neg_hiv_meddelad_idag_kurator", "vgr", "1989-06-09", "528", "2024-01-26",
      [N("n1", M, "Läkaranteckning", "vg_hiv", ("Nadia Karimi", "läkare"),
         "2024-01-24T14:00", "2024-01-24T15:30",
         [("Samtal", "HIV-diagnosen meddelad pat idag tillsammans med kurator. Reagerade med gråt men ville veta allt om behandlingen."),
          ("Planering", "Baslab, CD4, resistensbestämning. Start ART nästa vecka. Kuratorn ringer pat i morgon.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "HIV diagnosis told to the patient today"),

    C("s28a_nl101neg_hepc_kand_sedan_2019", "skane", "1980-08-25", "294", "2024-02-06",
      [N("n1", M, "Sjuksköterskeanteckning", "sk_laro", ("Ida Svensson", "sjuksköterska"),
         "2024-02-02T10:00", "2024-02-02T10:40",
         [("Aktuellt", "Kronisk hepatit C sedan 2019, pat väl informerad men har skjutit upp behandling. Stabil på metadon 80 mg."),
          ("Planering", "Motiverande samtal om DAA-behandling, remiss infektion skickad med pat:s samtycke.")])],
      [], [("NL101", "n1")],
      "hepatitis C known and explained to the patient since 2019"),

    C("s28a_nl101neg_ej_info_datum_inskrivning", "vgr", "1976-11-29", "651", "2024-03-13",
      [N("n1", M, "Sjuksköterskeanteckning", "vg_avd", ("Malin Öberg", "sjuksköterska"),
         "2024-03-11T09:15", "2024-03-11T09:30",
         [("Aktuellt", "Alkoholberoende, väntar på planerad avgiftning. Pat ej informerad om datum för inskrivning, kallelse skickas per post när plats finns.")])],
      [], [("NL101", "n1")],
      "what is not yet told is an admission date, not the (known) diagnosis"),

    C("s28a_nl101neg_remiss_ej_meddelad", "skane", "1990-05-14", "367", "2024-04-17",
      [N("n1", M, "Läkaranteckning", "sk_bcm", ("Samir Aziz", "läkare"),
         "2024-04-15T11:00", "2024-04-15T11:50",
         [("Bedömning", "Kokainberoende, måttlig grad. Återkommande nasal irritation och näsblod."),
          ("Planering", "Remiss till ÖNH skickad, pat har inte meddelats att den gått iväg – görs vid nästa samtal tillsammans med övriga planen.")])],
      [], [("NL101", "n1")],
      "not told that a referral was sent: a plan, not a diagnosis"),

    C("s28a_nl101neg_negativa_prover_ej_meddelade", "vgr", "1997-09-30", "218", "2024-07-30",
      [N("n1", M, "Läkaranteckning", "vg_bek", ("Jakob Engdahl", "läkare"),
         "2024-07-26T15:00", "2024-07-26T15:20",
         [("Provsvar", "HIV Ag/Ak negativt, HBsAg negativt, anti-HCV negativt."),
          ("Planering", "Pat ännu ej informerad om att proverna är negativa, ringer honom måndag. Fortsatt buprenorfin 12 mg, opioidberoende i stabil fas.")])],
      [], [("NL101", "n1")],
      "hard negative: 'ej informerad' concerns normal HIV/hepatitis results, not a diagnosis"),

    C("s28a_nl101neg_pat_informerad_sambon_ej", "skane", "1983-11-08", "496", "2024-11-05",
      [N("n1", M, "Läkaranteckning", "sk_inf", ("Maria Cederlund", "läkare"),
         "2024-11-01T13:00", "2024-11-01T14:30",
         [("Samtal", "Pat informerad om hivinfektionen och om att behandlingen ger normal livslängd. Vill inte att sambon informeras ännu, behöver tid."),
          ("Planering", "Smittskyddsfrågor genomgångna. Kuratorsuppföljning, partnerinformation diskuteras igen vid nästa besök.")])],
      [], [("NL101", "n1")],
      "the patient is told; only the partner is not informed yet"),

    C("s28a_nl101neg_schizofreni_mamma_ej_informerad", "vgr", "2000-07-04", "594", "2024-08-20",
      [N("n1", M, "Läkaranteckning", "vg_psya", ("Sven Holmberg", "läkare"),
         "2024-08-16T11:00", "2024-08-16T12:10",
         [("Samtal", "Pat informerad om diagnosen schizofreni och om prognos och behandling. Tog del av informationen lugnt. Mamma ej informerad enligt pat:s uttryckliga önskan.")],
         setting="slutenvård")],
      [], [("NL101", "n1")],
      "patient told about schizophrenia; the mother is not, at the patient's wish"),

    C("s28a_nl101neg_hepc_botad_besked_tel", "skane", "1974-04-26", "413", "2024-12-17",
      [N("n1", M, "Telefonanteckning", "sk_spr", ("Linnea Holm", "sjuksköterska"),
         "2024-12-13T10:05", "2024-12-13T10:20",
         [("Telefonkontakt", "Ringt pat med svar på SVR12-provet: HCV-RNA ej påvisbart. Pat har informerats om att hepatit C-infektionen är botad, mycket glad. Påmind om att ny smitta är möjlig.")])],
      [], [("NL101", "n1")],
      "nurse phone note: cure of hepatitis C told to the patient"),

    C("s28a_nl101neg_overflyttning_ej_meddelad", "vgr", "1985-10-18", "335", "2024-10-08",
      [N("n1", M, "Daganteckning", "vg_psya", ("Johanna Ek", "läkare"),
         "2024-10-04T10:00", "2024-10-04T11:20",
         [("Bedömning", "Paranoid schizofreni, återinsjuknande efter utsatt medicin. Bättre sömn, mindre rösthallucinationer."),
          ("Planering", "Pat ännu ej informerad om planerad överflyttning till rehabavdelning, tas upp vid ronden på måndag.")],
         setting="slutenvård")],
      [], [("NL101", "n1")],
      "not yet told about a transfer to another ward: a plan, not the diagnosis"),

    C("s28a_nl101neg_inget_sagt_om_information", "skane", "1961-12-30", "552", "2024-03-15",
      [N("n1", M, "Läkaranteckning", "sk_bml", ("Eva Blomqvist", "läkare"),
         "2024-03-13T08:40", "2024-03-13T09:05",
         [("Bedömning", "Alkoholberoende F10.2 med fettlever, GT 3,1. Disulfiram diskuterat, pat vill hellre börja med naltrexon.")])],
      [], [("NL101", "n1")],
      "plain diagnoses with nothing said about telling the patient"),

    C("s28a_nl101neg_vgr_th_sokord_hiv_ej_info", "vgr", "1991-03-27", "761", "2024-09-27",
      [N("n1", M, "Läkaranteckning", "vg_nal", ("Sanna Öhman", "läkare"),
         "2024-09-25T13:30", "2024-09-25T13:50",
         [("Aktuellt", "Pat kom inte till bokat besök för provsvar, ny tid skickas."),
          ("Tidiga hypoteser", "HIV-1 positiv i screening och konfirmation. Pat ännu inte informerad, besked ges personligen."),
          ("Planering", "Kallas på nytt, två telefonförsök görs under veckan.")])],
      [], [("NL101", "n1")],
      "VGR: the untold HIV diagnosis is kept only under sökord Tidiga hypoteser"),

    C("s28a_nl101neg_tva_anteckningar_cirros_berattad", "vgr", "1962-08-11", "486", "2024-05-24",
      [N("n1", M, "Akutanteckning", "vg_kun", ("Therese Blom", "läkare"),
         "2024-05-20T23:10", "2024-05-21T01:00",
         [("Utredning", "DT buk visar levercirros och måttlig ascites, inget fokalt."),
          ("Bedömning", "Pat ej underrättad om DT-fynden då han är kraftigt påverkad av alkohol, tas upp på avdelningen.")]),
       N("n2", M, "Daganteckning", "vg_kun", ("Kristoffer Ström", "läkare"),
         "2024-05-21T11:20", "2024-05-21T13:00",
         [("Samtal", "Informerat pat om levercirrosen och att alkoholstopp är avgörande för prognosen. Ställer relevanta frågor."),
          ("Planering", "Ascitestappning i morgon, spironolakton startas.")],
         setting="slutenvård")],
      [("NL101", "n1")], [("NL101", "n2")],
      "the ward note (n2) records that the cirrhosis was told; only the emergency note n1 withheld it"),

    C("s28a_nl101neg_diagnos_kommunicerad_tidigare", "skane", "1977-02-28", "386", "2024-04-26",
      [N("n1", M, "Läkaranteckning", "sk_pal", ("Björn Håkansson", "läkare"),
         "2024-04-24T14:00", "2024-04-24T14:50",
         [("Aktuellt", "Återbesök. Diagnosen emotionellt instabil personlighetsstörning kommunicerades vid besöket 3/4 och pat har läst på om DBT."),
          ("Planering", "Anmäld till DBT-grupp hösten 2024. Fortsatt kontakt med ssk varannan vecka.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "the diagnosis was communicated at an earlier visit"),

    C("s28a_nl101neg_typo_infromerad_alkoholhepatit", "vgr", "1969-09-15", "277", "2024-11-22",
      [N("n1", M, "Läkaranteckning", "vg_udd", ("Mats Edlund", "läkare"),
         "2024-11-19T12:00", "2024-11-19T13:10",
         [("Bedömning", "Alkoholhepatit, Maddrey 41, prednisolon 40 mg dag 7, Lille-score 0,3 – svarar på behandlingen. Pat infromerad om diagnosen och vikten av total alkoholabstinens.")],
         setting="slutenvård")],
      [], [("NL101", "n1")],
      "typo 'infromerad': the patient has been told about the alcoholic hepatitis"),
]

# ================================================================ part 9
# NL101 positives, more wordings and settings

CASES += [
    C("s28a_nl101_kaposi_pad_ej_informerad", "vgr", "1968-04-30", "519", "2024-06-12",
      [N("n1", M, "Läkaranteckning", "vg_hiv", ("Erik Lönn", "läkare"),
         "2024-06-10T16:20", "2024-06-10T16:45",
         [("Provsvar", "PAD hudbiopsi vänster underben: Kaposis sarkom, HHV-8 positiv i immunfärgning."),
          ("Planering", "Svaret har inte förmedlats till pat, som är bortrest till fredag. Onkologremiss skrivs efter besked.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "biopsy-proven Kaposi sarcoma in a visible section; the result 'har inte förmedlats till pat'"),

    C("s28a_nl101_varicer_sederad_besked_senare", "skane", "1965-01-07", "285", "2024-01-12",
      [N("n1", M, "Endoskopianteckning", "sk_hep", ("Klara Mårtensson", "läkare"),
         "2024-01-10T09:40", "2024-01-10T10:05",
         [("Fynd", "Esofagusvaricer grad III med red wale signs, portal hypertensiv gastropati. Ligering x 4 utförd."),
          ("Kommentar", "Pat sederad under undersökningen och ännu inte informerad om fynden; ssk ger besked efter uppvaknandet.")])],
      [("NL101", "n1")], [],
      "grade III oesophageal varices in a visible endoscopy note; sedated patient not yet informed"),

    C("s28a_nl101_aterkoppling_ej_gjord_autism", "skane", "1995-08-16", "433", "2024-06-05",
      [N("n1", M, "Psykologanteckning", "sk_bcm", ("Josefin Hallberg", "psykolog"),
         "2024-06-03T15:00", "2024-06-04T09:10",
         [("Utredning", "Sammanställning av neuropsykiatrisk utredning: kriterierna för autismspektrumtillstånd uppfylls, ingen intellektuell funktionsnedsättning. WAIS-IV inom normalvariationen."),
          ("Planering", "Återkoppling till pat ej gjord än, sker vid återgivningssamtal 14/6 tillsammans med ansvarig läkare.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "psychologist states autism spectrum disorder in a visible section; 'Återkoppling … ej gjord än'"),

    C("s28a_nl101_nl102_trol_lungcancer_ej_info", "vgr", "1958-12-03", "642", "2024-02-23",
      [N("n1", M, "Akutanteckning", "vg_aks", ("Rasmus Holm", "läkare"),
         "2024-02-21T04:15", "2024-02-21T06:00",
         [("Bedömning", "Sökte för fall i berusat tillstånd. DT thorax visar 4 cm spikulerad förändring i höger överlob, trol. lungcancer. Pat ej informerad i natt, besked och remiss via lungmottagningen.")])],
      [("NL101", "n1"), ("NL102", "n1")], [],
      "a 'trol.' lung cancer found incidentally, untold, written in a visible emergency note"),

    C("s28a_nl101_typo_meddealt_hepatit_d", "vgr", "1979-05-25", "716", "2024-10-09",
      [N("n1", M, "Läkaranteckning", "vg_nal", ("Sanna Öhman", "läkare"),
         "2024-10-07T10:15", "2024-10-07T10:40",
         [("Labsvar", "Anti-HDV positivt, HDV-RNA påvisat. Hepatit D-koinfektion hos känd HBsAg-bärare."),
          ("Planering", "Ej meddealt pat ännu, kommer med arabisktalande tolk 14/10. Elastografi samma dag.")])],
      [("NL101", "n1")], [],
      "hepatitis D co-infection in visible Labsvar with typo 'Ej meddealt pat ännu'"),

    C("s28a_nl101_hiv_psykotisk_far_inte_veta", "skane", "1987-10-02", "519", "2024-05-17",
      [N("n1", M, "Läkaranteckning", "sk_psyw", ("Maria Stål", "läkare"),
         "2024-05-15T13:00", "2024-05-15T14:10",
         [("Somatik", "Hivtest taget vid inskrivningen är positivt och konfirmerat, CD4 410. Infektionskonsult bokad."),
          ("Bedömning", "Pat får inte veta om hivinfektionen ännu – han är fortfarande paranoid och bedöms inte kunna ta emot beskedet. Omprövas dagligen på ronden.")],
         setting="slutenvård")],
      [("NL101", "n1")], [],
      "psychiatric ward: confirmed HIV in a visible section while the patient 'får inte veta … ännu'"),
]

if __name__ == "__main__":
    sys.exit(main())
