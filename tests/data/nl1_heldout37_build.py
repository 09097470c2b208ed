#!/usr/bin/env python3
"""Held-out set h37: a large vårdcentral and its out-of-hours service over a fortnight.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout37_cases.jsonl")
AS_OF = "2024-04-22T00:00:00"

UNITS = {
    # Region Skåne
    "sk_vc": ("Vårdcentralen Möllevången, Malmö", "SE2321000255-4410"),
    "sk_jour": ("Jourcentralen Malmö, kvälls- och helgmottagning", "SE2321000255-4471"),
    "sk_bvc": ("Barnavårdscentralen Möllevången, Malmö", "SE2321000255-4412"),
    "sk_rehab": ("Rehabmottagningen, Vårdcentralen Möllevången", "SE2321000255-4415"),
    "sk_psyk": ("Psykosociala enheten, Vårdcentralen Möllevången", "SE2321000255-4417"),
    "sk_hsv": ("Distriktssköterskemottagningen och hemsjukvården Möllevången", "SE2321000255-4419"),
    "sk_dm": ("Diabetesmottagningen, Vårdcentralen Möllevången", "SE2321000255-4413"),
    "sk_1177": ("1177 Vårdguiden på telefon, Region Skåne", "SE2321000255-4480"),
    # Västra Götalandsregionen
    "vg_vc": ("Vårdcentralen Kvillestaden, Göteborg", "SE2321000131-E000000011870"),
    "vg_jour": ("Jourcentralen Hisingen, Göteborg", "SE2321000131-E000000011875"),
    "vg_bvc": ("Barnavårdscentralen Kvillestaden, Göteborg", "SE2321000131-E000000011872"),
    "vg_rehab": ("Rehabenheten, Vårdcentralen Kvillestaden", "SE2321000131-E000000011873"),
    "vg_psyk": ("Psykologmottagningen, Vårdcentralen Kvillestaden", "SE2321000131-E000000011874"),
    "vg_hsv": ("Distriktssköterskor och hemsjukvård, Vårdcentralen Kvillestaden", "SE2321000131-E000000011876"),
    "vg_dm": ("Diabetesmottagningen, Vårdcentralen Kvillestaden", "SE2321000131-E000000011877"),
    "vg_1177": ("1177 på telefon, Västra Götalandsregionen", "SE2321000131-E000000011880"),
}

AUTHORS = {
    # Skåne
    "sk_gl": ("Göran Lindqvist", "läkare"),        # distriktsläkare, 30 år i yrket, skriver i fragment
    "sk_sn": ("Sara Nyström", "läkare"),           # AT-läkare, skriver omsorgsfullt och gardert
    "sk_lh": ("Leila Haddad", "läkare"),           # specialist i allmänmedicin
    "sk_jb": ("Johan Berg", "läkare"),             # ST-läkare, jourcentralen
    "sk_ak": ("Anna-Karin Persson", "sjuksköterska"),  # distriktssköterska
    "sk_mo": ("Maria Öberg", "sjuksköterska"),     # diabetessjuksköterska
    "sk_tm": ("Tove Mårtensson", "psykolog"),
    "sk_na": ("Nils Åkesson", "fysioterapeut"),
    "sk_bh": ("Birgitta Holm", "sjuksköterska"),   # telefonrådgivning
    "sk_el": ("Emma Lund", "sjuksköterska"),       # BVC
    # VGR
    "vg_ba": ("Bengt Ahlgren", "läkare"),          # distriktsläkare, fragment och förkortningar
    "vg_ef": ("Elin Fors", "läkare"),              # AT-läkare, gardert språk
    "vg_ms": ("Mikael Strand", "läkare"),          # specialist i allmänmedicin
    "vg_fk": ("Farid Karimi", "läkare"),           # jourläkare
    "vg_lj": ("Lena Johansson", "sjuksköterska"),  # distriktssköterska
    "vg_ks": ("Karin Sjöberg", "sjuksköterska"),   # diabetessjuksköterska
    "vg_jw": ("Jonas Wiklund", "psykolog"),
    "vg_he": ("Hanna Ek", "fysioterapeut"),
    "vg_ub": ("Ulla Berntsson", "sjuksköterska"),  # telefonrådgivning
    "vg_ss": ("Sofia Sandberg", "sjuksköterska"),  # BVC
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(y[2:] + m + d + serial))


def N(nid, system, template, unit, author, time, sections, signed=30):
    t = dt.datetime.fromisoformat(time)
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + dt.timedelta(minutes=signed)).isoformat()
    else:
        s = signed
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.isoformat(), "signed": s, "setting": "öppenvård", "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=AS_OF):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why,
    })


M, P = "Melior", "PMO"
L102 = [("NL102", "n1")]
L101 = [("NL101", "n1")]

# ---------------------------------------------------------------------------
# NL102 — positives: a hedged diagnosis of the patient in a visible Melior section
# ---------------------------------------------------------------------------

C("h37-vgr-gp-trol-nedre-uvi-fragment", "vgr", "1978-01-19", "284", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-08T09:40:00", [
        ("Aktuellt", "Sveda o täta trängningar sedan lördag. Ej feber, ej flanksmärta."),
        ("Status", "Opåverkad. Dunkömhet njurloger neg bilat. U-sticka: nitrit pos, LPK 2+, ery 1+."),
        ("Bedömning", "Trol nedre UVI."),
        ("Åtgärd", "Pivmecillinam 400 mg 1x3 i 3 d. Åter v.b."),
    ])], L102, [], "experienced GP's three-word assessment 'Trol nedre UVI' is a hedged diagnosis in a visible section")

C("h37-skane-at-mojligen-migran", "skane", "1999-11-02", "046", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-08T10:15:00", [
        ("Anamnes", "Patienten söker för återkommande huvudvärk sedan ungefär ett halvår, oftast ensidig och pulserande, ibland med illamående och ljuskänslighet. Attackerna varar enligt henne 6–12 timmar och hon missar då arbete."),
        ("Status", "Allmäntillstånd gott. Neurologstatus inklusive fundoskopi utan anmärkning. BT 118/74."),
        ("Bedömning", "Jag bedömer att det möjligen kan röra sig om migrän utan aura, även om jag i nuläget inte helt säkert kan skilja detta från spänningshuvudvärk. Inga varningstecken har framkommit."),
        ("Planering", "Huvudvärksdagbok under fyra veckor. Hon prövar naproxen vid attack. Återbesök till mig i slutet av maj."),
    ], signed=95)], L102, [], "AT doctor's careful 'möjligen kan röra sig om migrän' in Bedömning is a visible hedged diagnosis")

C("h37-vgr-jour-fragetecken-pneumoni", "vgr", "1952-09-27", "335", [
    N("n1", M, "Jouranteckning", "vg_jour", "vg_fk", "2024-04-13T19:05:00", [
        ("Anamnes", "Hosta och feber 38,9 sedan 4 d, tilltagande andfåddhet i trappor."),
        ("Status", "Lätt påverkad. SpO2 93 %, AF 22, puls 96. Pulm: krepitationer hö basalt. CRP 142."),
        ("Bedömning", "?Pneumoni hö basalt. Ej sepsiskriterier."),
        ("Åtgärd", "Amoxicillin 750 mg x3 i 7 d. Rtg pulm via vårdcentralen nästa vecka. Kontakt 1177 vid försämring."),
    ])], L102, [], "the '?' prefix in '?Pneumoni' marks the diagnosis as uncertain in a visible out-of-hours note")

C("h37-skane-dd-lista-brostsmarta", "skane", "1965-06-14", "513", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-09T08:50:00", [
        ("Aktuellt", "Brännande smärta bakom bröstbenet sedan tre veckor, värre efter måltid och i liggande. Ingen tydlig ansträngningsrelation enligt pat."),
        ("Status", "Cor: regelbunden rytm, inga blåsljud. EKG: sinusrytm 68/min, inga ischemitecken. Hs-troponin 4."),
        ("Bedömning", "DD: GERD, stabil angina pectoris, muskuloskeletal bröstsmärta."),
        ("Planering", "PPI i fyra veckor, arbetsprov beställt. Pat hör av sig om smärtan kommer vid ansträngning."),
    ], signed=None)], L102, [], "a DD list of diseases is an uncertain diagnosis of the patient and stands in a visible section")

C("h37-vgr-1177ssk-bild-som-vid-baltros", "vgr", "1956-12-03", "642", [
    N("n1", M, "Telefonanteckning", "vg_1177", "vg_ub", "2024-04-09T16:22:00", [
        ("Telefonkontakt", "Pat ringer pga brännande smärta och små blåsor i ett bälte runt vänster sida av bröstkorgen sedan två dagar. Har skickat bild via 1177."),
        ("Bedömning", "Bild som vid bältros, inom 72 h från debut."),
        ("Åtgärd", "Akut tid hos läkare på vårdcentralen i eftermiddag för ställningstagande till antiviral behandling."),
    ], signed=8)], L102, [], "phone nurse writes 'Bild som vid bältros' — a hedged diagnosis, visible in a Melior telephone note")

C("h37-skane-jour-forenligt-med-erysipelas", "skane", "1946-08-22", "391", [
    N("n1", M, "Jouranteckning", "sk_jour", "sk_jb", "2024-04-13T11:30:00", [
        ("Anamnes", "Rodnad och värme vänster underben sedan igår, frossa i natt. Har ett bensår på samma ben som hemsjukvården sköter."),
        ("Status", "T 38,4. Skarpt avgränsad rodnad vä underben 15x10 cm med värmeökning och ömhet, inga blåsor. CRP 96."),
        ("Bedömning", "Förenligt med erysipelas vä underben."),
        ("Åtgärd", "Flukloxacillin 1 g x3 i 10 d. Rodnadens gräns markerad med penna. Återbesök vårdcentralen om två dagar."),
    ])], L102, [], "'Förenligt med erysipelas' is a hedged diagnosis in the visible Bedömning")

C("h37-vgr-at-talar-for-bakteriell-sinuit", "vgr", "1985-02-11", "117", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-10T11:10:00", [
        ("Anamnes", "Patienten har haft förkylning i cirka tre veckor, blev först bättre men har sedan fem dagar åter försämrats med tilltagande ensidig smärta över vänster käkhåla och purulent snuva."),
        ("Status", "Temp 38,1. Palpationsöm över vänster maxillarsinus. Purulent sekret i näsan. Öron och svalg utan anmärkning. CRP 58."),
        ("Bedömning", "Det bifasiska förloppet och den ensidiga smärtan talar enligt min bedömning för en bakteriell sinuit, även om en utdragen viral infektion inte helt kan avfärdas."),
        ("Åtgärd", "Efter samråd med handledaren insätts PcV 1,6 g x3 i tio dagar. Nässköljning med koksalt."),
    ], signed=None)], L102, [], "'talar för en bakteriell sinuit' written by the AT doctor is a hedged diagnosis in a visible section")

C("h37-skane-gp-kan-ej-utesl-dvt", "skane", "1971-10-30", "228", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-10T13:45:00", [
        ("Aktuellt", "Svullet hö vad 3 d. Flög hem från Thailand förra v."),
        ("Status", "Vadomf hö 41 cm, vä 38 cm. Öm längs v. poplitea. Ej rodnad."),
        ("Bedömning", "Wells 2. Kan ej utesl DVT."),
        ("Åtgärd", "Akut rem UL ven, Fragmin 200 E/kg idag."),
    ])], L102, [], "abbreviated 'Kan ej utesl DVT' leaves deep vein thrombosis as a visible hypothesis")

C("h37-vgr-fragestallning-artros-kna", "vgr", "1961-03-08", "455", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-10T14:20:00", [
        ("Bedömning", "Belastningssmärta hö knä sedan ett år, krepitationer och lätt varusfelställning vid undersökningen."),
        ("Åtgärd", "Rtg hö knä stående beställt. Frågeställning: artros?"),
        ("Planering", "Artrosskola via fysioterapeut oavsett röntgensvar."),
    ])], L102, [], "'Frågeställning: artros?' puts an uncertain diagnosis of the patient in the visible Åtgärd")

C("h37-skane-at-oklart-astma-barn", "skane", "2014-09-17", "372", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-11T09:00:00", [
        ("Anamnes", "Pojken kommer med mamma. Han hostar och blir andfådd vid fotbollsträning sedan i vintras men är besvärsfri i vila. Ingen känd allergi. Pappa har astma."),
        ("Status", "Opåverkad. Lungor med vesikulära andningsljud utan ronki i vila. PEF 260 l/min."),
        ("Bedömning", "Det är i nuläget oklart om det rör sig om astma eller enbart ansträngningsutlöst bronkkonstriktion. Jag vill gärna ha objektiva mätvärden innan vi bestämmer oss."),
        ("Planering", "Spirometri med reversibilitetstest bokas. Familjen får PEF-mätare och dagbok med sig hem."),
    ], signed=None)], L102, [], "unsigned draft for a 9-year-old: 'oklart om det rör sig om astma' is an uncertain diagnosis the guardians will see")

C("h37-vgr-dmssk-typo-misstaker-neuropati", "vgr", "1955-05-21", "193", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_dm", "vg_ks", "2024-04-11T10:30:00", [
        ("Aktuellt", "Årskontroll diabetes typ 2. HbA1c 61 (föreg 57). Röker 10 cig/d."),
        ("Status", "Fotstatus: monofilament 3/6 bilat, vibrationssinne nedsatt vid stortå bilat. Inga sår. Fotpulsar palpabla."),
        ("Bedömning", "Misstäker begynnande diabetesneuropati i båda fötterna."),
        ("Åtgärd", "Riskgrupp 2, remiss fotterapeut. Tid hos dr Ahlgren för läkemedelsgenomgång."),
    ])], L102, [], "diabetes nurse's 'Misstäker' (typo for misstänker) begynnande diabetesneuropati is a visible hedged diagnosis")

C("h37-vgr-psykolog-inger-misstanke-ptsd", "vgr", "1992-07-04", "528", [
    N("n1", M, "Psykologanteckning", "vg_psyk", "vg_jw", "2024-04-11T13:00:00", [
        ("Aktuellt", "Andra bedömningssamtalet. Pat beskriver återkommande mardrömmar och påträngande minnesbilder efter trafikolyckan i oktober, undviker att åka bil och sover fyra till fem timmar per natt."),
        ("Bedömning", "Symtombilden inger misstanke om posttraumatiskt stressyndrom. PCL-5 ifylld, 49 poäng."),
        ("Planering", "Ytterligare ett bedömningssamtal, därefter ställningstagande till traumafokuserad KBT."),
    ], signed=50)], L102, [], "psychologist's 'inger misstanke om posttraumatiskt stressyndrom' is a hedged diagnosis in a visible section")

C("h37-skane-ft-trol-frusen-skuldra", "skane", "1969-12-12", "064", [
    N("n1", M, "Fysioterapeutanteckning", "sk_rehab", "sk_na", "2024-04-11T15:15:00", [
        ("Status", "Aktiv och passiv utåtrotation vä axel kraftigt nedsatt, 20 grader mot 70 hö. Flexion 110 grader. Nattlig värk."),
        ("Bedömning", "Trol. frusen skuldra vä, smärtdominant fas."),
        ("Åtgärd", "Info om förloppet. Hemprogram med pendelövningar och passiv rörlighet. Ny tid om tre veckor."),
    ])], L102, [], "physiotherapist's 'Trol. frusen skuldra' is an uncertain diagnosis in visible text")

C("h37-vgr-1177ssk-later-som-halsfluss", "vgr", "2001-04-16", "815", [
    N("n1", M, "Telefonanteckning", "vg_1177", "vg_ub", "2024-04-12T08:12:00", [
        ("Telefonkontakt", "Ont i halsen sedan tre dagar, feber 39, svårt att svälja, ingen hosta. Inga andningsbesvär och kan dricka."),
        ("Bedömning", "Låter som halsfluss."),
        ("Åtgärd", "Tid på vårdcentralen i dag 14.20 för bedömning och strep A. Egenvårdsråd om smärtlindring."),
    ], signed=6)], L102, [], "subtle: the lay hedge 'Låter som halsfluss' is still an uncertain diagnosis of the caller, in a visible section")

C("h37-skane-brev-kan-vara-subklinisk-hypotyreos", "skane", "1962-08-05", "262", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_lh", "2024-04-12T11:40:00", [
        ("Provsvar", "TSH 6,8 mIE/l (ref 0,4–4,0), fritt T4 13 pmol/l. TPO-antikroppar positiva."),
        ("Bedömning", "Kan vara en begynnande subklinisk hypotyreos. Ingen behandling nu."),
        ("Åtgärd", "Brev skickat till pat med provsvaren. Nytt TSH om tre månader."),
    ])], L102, [], "result letter note: 'Kan vara en begynnande subklinisk hypotyreos' is a hedged diagnosis in visible text")

C("h37-vgr-remissvar-citerat-talar-for-menisk", "vgr", "1979-11-25", "446", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-12T13:25:00", [
        ("Remissvar", "Svar från ortopedmottagningen: \"Klinisk bild talar för medial meniskskada hö knä. MR beställd, pat kallas.\""),
        ("Bedömning", "Noterat. Sjukskrivning förlängs t.o.m. 5/5."),
    ])], L102, [], "a referral answer quoted in the GP's note carries 'talar för medial meniskskada' into a visible section")

C("h37-skane-typo-missankt-formaksflimmer", "skane", "1943-10-09", "175", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-12T14:00:00", [
        ("Aktuellt", "Yrsel, sporadisk hjärtklappning 2 v."),
        ("Status", "Puls oregelb 90–110. BT 146/88. Cor ua f.ö."),
        ("Bedömning", "Missänkt förmaksflimmer."),
        ("Åtgärd", "EKG idag em, 24 h-EKG v.b."),
    ])], L102, [], "typo 'Missänkt' still hedges förmaksflimmer in a visible Bedömning")

C("h37-vgr-typo-sannolkit-pmr", "vgr", "1949-06-30", "627", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-15T09:20:00", [
        ("Aktuellt", "Stelhet och värk i skuldror och höfter sedan sex veckor, värst på morgonen i mer än en timme."),
        ("Status", "Smärtsam abduktion bilat. Inga ledsvullnader. SR 58, CRP 34."),
        ("Bedömning", "Sannolkit polymyalgia reumatika. Inga temporalisbesvär."),
        ("Åtgärd", "Prednisolon 15 mg x1, kontroll om en vecka."),
    ])], L102, [], "typo 'Sannolkit' (sannolikt) still marks polymyalgia reumatika as uncertain in a visible section")

C("h37-skane-jour-typo-troilg-otit-barn", "skane", "2021-01-28", "340", [
    N("n1", M, "Jouranteckning", "sk_jour", "sk_jb", "2024-04-14T10:45:00", [
        ("Anamnes", "Feber sedan igår, gnäller och tar sig åt vänster öra. Pappa med."),
        ("Status", "Trumhinna vä rodnad och buktande, hö ua. Svalg ua."),
        ("Bedömning", "Troilg akut mediaotit vä."),
        ("Åtgärd", "Paracetamol enligt vikt. Ingen antibiotika nu, kontakt med vårdcentralen om ej bättre inom tre dygn."),
    ])], L102, [], "typo 'Troilg' (trolig) akut mediaotit for a 3-year-old is a visible hedged diagnosis")

C("h37-skane-sokord-tidiga-hyp-i-vanlig-mall", "skane", "1974-02-26", "489", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-15T10:05:00", [
        ("Aktuellt", "Trötthet, viktnedgång sex kilo på tre månader och nattliga svettningar."),
        ("Status", "Förstorad, oöm lymfkörtel supraklavikulärt vä, cirka 2 cm. Buk ua."),
        ("Tidiga hypoteser", "Misstänkt lymfom."),
        ("Planering", "Remiss enligt standardiserat vårdförlopp skickas, DT hals–thorax–buk beställd."),
    ])], L102, [], "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible")

C("h37-vgr-mall-tidiga-hyp-men-sokord-bedomning", "vgr", "1971-09-13", "152", [
    N("n1", M, "Tidiga hypoteser", "vg_vc", "vg_ba", "2024-04-15T11:35:00", [
        ("Bedömning", "Misstänkt obstruktiv sömnapné: snarkning, andningsuppehåll enl. hustrun, ESS 15."),
        ("Åtgärd", "Nattlig polygrafi beställd."),
    ])], L102, [], "VGR filters by sökord: a note template named Tidiga hypoteser with the hypothesis under sökord Bedömning stays visible")

C("h37-vgr-hypotes-i-skyddat-och-i-bedomning", "vgr", "1988-08-19", "564", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-15T13:50:00", [
        ("Anamnes", "Patienten har sedan tonåren haft perioder av nedstämdhet men beskriver också veckor med minskat sömnbehov, hög energi och impulsiva köp."),
        ("Tidiga hypoteser", "Möjlig bipolär sjukdom typ II."),
        ("Bedömning", "Jag misstänker att det kan finnas en bakomliggande bipolär sjukdom, varför jag avstår från att sätta in SSRI innan vidare bedömning."),
        ("Planering", "Remiss till allmänpsykiatrin för diagnostisk bedömning."),
    ], signed=180)], L102, [], "the hypothesis is correctly under the protected sökord but is repeated, hedged, in the visible Bedömning")

C("h37-skane-diagnosfalt-misstankt-gallsten", "skane", "1983-05-07", "606", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-15T15:30:00", [
        ("Anamnes", "Kolikartad smärta under höger arcus efter feta måltider, tre episoder senaste månaden."),
        ("Diagnos", "R10.1 Smärta i övre delen av buken. Misstänkt gallstenssjukdom."),
        ("Åtgärd", "Ultraljud lever och gallvägar beställt. Leverprover tagna."),
    ])], L102, [], "a hedged diagnosis written in the visible Diagnos sökord next to a symptom code")

C("h37-vgr-jour-tror-mest-pa-gastroenterit-barn", "vgr", "2017-10-02", "273", [
    N("n1", M, "Jouranteckning", "vg_jour", "vg_fk", "2024-04-14T17:40:00", [
        ("Anamnes", "Kräkts sex gånger sedan i morse och haft lös avföring tre gånger. Lillasyster hade samma i förrgår."),
        ("Status", "Piggnar till efter vätska. Buken mjuk och oöm. Fuktiga slemhinnor, kapillär återfyllnad < 2 s."),
        ("Bedömning", "Tror mest på viral gastroenterit, lätt dehydrerad."),
        ("Åtgärd", "Vätskeersättning i små portioner, info till föräldrarna om varningstecken."),
    ])], L102, [], "'Tror mest på viral gastroenterit' is a clinician's hedged diagnosis for a 6-year-old, visible to the guardians")

C("h37-skane-lang-planering-pga-misstankt-kol", "skane", "1957-03-23", "387", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-16T08:30:00", [
        ("Anamnes", "67-årig kv, f.d. undersköterska. Rökt 20 cig/d i 40 år, slutade jul 2023. Hosta morgnar sedan flera år, mer slem senaste vintern, två antibiotikakurer sedan nov. Andfådd uppför backe, klarar trappor med vila. Ej nattlig dyspné. Inga bröstsmärtor. Vikt stabil."),
        ("Läkemedel", "Enalapril 10 mg x1, Atorvastatin 20 mg x1, Salbutamol inh v.b. (får från mig sedan dec)."),
        ("Status", "AT gott, talar hela meningar. Pulm: förlängt exspirium, enstaka ronki bilat, inga rassel. SpO2 95 %. Cor RR 76, inga bl-ljud. BT 138/84. Ej ankelödem. Vikt 71 kg."),
        ("Lab", "Hb 151, CRP 6, LPK 7,8. NT-proBNP 110."),
        ("Bedömning", "Kronisk produktiv hosta hos f.d. storrökare, ansträngningsdyspné. Hjärtsvikt ej troligt med normalt proBNP."),
        ("Planering", "Spirometri med reversibilitet bokas pga misstänkt KOL. Influensa- och pneumokockvaccin erbjuds. Återbesök efter spirometrin, då även rökfrihet och fysisk aktivitet på recept."),
    ], signed=240)], L102, [], "long chart; the only hedged diagnosis sits in the plan ('pga misstänkt KOL') — the hedge is on the disease, not the booking")

C("h37-vgr-gp-ev-erythema-migrans", "vgr", "1966-07-29", "731", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-16T09:10:00", [
        ("Aktuellt", "Fästingbett vä lår för 2 v. Rodnad som vuxit."),
        ("Status", "Ringformad rodnad 6 cm, centralt blekare. Afebril."),
        ("Bedömning", "Ev. erythema migrans."),
        ("Åtgärd", "PcV 1 g x3 i 10 d."),
    ])], L102, [], "'Ev.' in front of a diagnosis (erythema migrans) is a visible hedge")

C("h37-skane-at-sannolikt-bppv", "skane", "1953-11-15", "802", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-16T10:40:00", [
        ("Anamnes", "Patienten får kraftig rotatorisk yrsel i några sekunder när hon lägger sig ned eller vänder sig åt höger i sängen. Ingen hörselnedsättning och inga andra neurologiska symtom."),
        ("Status", "Dix–Hallpike positiv åt höger med torsionell nystagmus. I övrigt normalt neurologstatus och normal gång."),
        ("Bedömning", "Sannolikt rör det sig om benign paroxysmal lägesyrsel från höger bakre båggång, men jag vill vara försiktig eftersom symtomen enligt henne debuterade ganska nyligen."),
        ("Åtgärd", "Epleys manöver utförd med god effekt. Hon har fått skriftliga instruktioner för egenbehandling."),
    ])], L102, [], "the AT doctor's 'Sannolikt rör det sig om benign paroxysmal lägesyrsel' is a hedged diagnosis in a visible section")

C("h37-vgr-dsk-misstanker-trycksar-gammal", "vgr", "1931-03-02", "427", [
    N("n1", M, "Hemsjukvårdsanteckning", "vg_hsv", "vg_lj", "2024-04-16T13:15:00", [
        ("Aktuellt", "Hembesök. Undersköterska i hemtjänsten har sett rodnad på höger häl."),
        ("Status", "Rodnad 2x3 cm som ej bleknar vid tryck, ytlig intakt blåsa. Ligger mycket på rygg."),
        ("Bedömning", "Misstänker trycksår kategori 2 hö häl."),
        ("Åtgärd", "Avlastning med hälskydd, skumförband. Kontakt med ansvarig läkare. Ny kontroll om tre dagar."),
    ], signed=None)], L102, [], "district nurse's 'Misstänker trycksår' for a 93-year-old is a hedged diagnosis in a visible Melior note")

C("h37-vgr-bvc-misstankt-instabil-hoft-spadbarn", "vgr", "2024-02-19", "380", [
    N("n1", M, "BVC-anteckning", "vg_bvc", "vg_ss", "2024-04-16T14:30:00", [
        ("Aktuellt", "Åttaveckorsbesök. Mamma och pappa med. Ammas, växer fint."),
        ("Status", "Asymmetriska lårveck, klickande vid undersökning av vä höft."),
        ("Bedömning", "Misstänkt instabil höft vä."),
        ("Åtgärd", "Kontakt med BVC-läkare samma dag, remiss till barnortopeden."),
    ])], L102, [], "BVC nurse's 'Misstänkt instabil höft' for an infant is visible to the guardians in Melior")

C("h37-skane-kan-roera-sig-om-reaktiv-artrit", "skane", "1995-03-10", "259", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-17T08:15:00", [
        ("Anamnes", "Svullet vä knä och hö fotled sedan en vecka. Hade campylobacter-infektion efter en resa för tre veckor sedan."),
        ("Status", "Hydrops vä knä, svullnad och värme hö fotled. Inga hudutslag."),
        ("Bedömning", "Kan röra sig om en reaktiv artrit efter tarminfektionen."),
        ("Åtgärd", "NSAID två veckor, CRP och HLA-B27 tagna."),
    ])], L102, [], "'Kan röra sig om en reaktiv artrit' is a hedged diagnosis in the visible Bedömning")

C("h37-vgr-at-tolkar-som-impetigo-barn", "vgr", "2019-06-08", "623", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-17T10:00:00", [
        ("Status", "Honungsgula krustor runt näsa och mun, lätt rodnad bas. Opåverkad flicka."),
        ("Bedömning", "Jag är inte helt säker, men tolkar utslagen som impetigo."),
        ("Åtgärd", "Tvätt med tvål och vatten, väteperoxidkräm. Hon kan gå till förskolan när det torkat in."),
    ])], L102, [], "'inte helt säker, men tolkar utslagen som impetigo' is the AT doctor's hedged diagnosis for a child")

C("h37-skane-tidig-hyp-mall-och-synlig-syster-note", "skane", "1990-01-21", "748", [
    N("n1", M, "Tidiga hypoteser", "sk_vc", "sk_lh", "2024-04-17T11:20:00", [
        ("Bedömning", "Misstänkt multipel skleros: tidigare episod med domningar i benen 2022, nu nedsatt syn hö öga."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-17T11:25:00", [
        ("Status", "Visus hö 0,4, vä 1,0. Smärta vid ögonrörelser hö. RAPD hö."),
        ("Bedömning", "Synnedsättning hö öga, möjlig optikusneurit."),
        ("Åtgärd", "Akut remiss till ögonkliniken, tid i morgon."),
    ])], [("NL102", "n2")], [("NL102", "n1")],
    "the MS hypothesis is correctly in a Tidiga hypoteser note, but the visible companion note says 'möjlig optikusneurit'")

C("h37-vgr-uppfoljning-misstanken-kvarstar", "vgr", "1986-10-14", "092", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-03-12T10:00:00", [
        ("Aktuellt", "Trött 2 mån, riklig mens. Hb 109."),
        ("Åtgärd", "Ferritin, B12, folat beställt."),
    ]),
    N("n2", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-17T13:30:00", [
        ("Aktuellt", "Uppföljning av besöket 12/3. Patienten lämnade aldrig de kompletterande proverna."),
        ("Bedömning", "Misstanken om järnbristanemi kvarstår, men ferritin är ännu inte taget. Jag vill inte starta järnbehandling utan det."),
        ("Åtgärd", "Ny labbremiss, pat lämnar prover i morgon."),
    ])], [("NL102", "n2")], [], "follow-up note by the AT doctor: 'Misstanken om järnbristanemi kvarstår' is still a hedged diagnosis in view")

C("h37-vgr-gp-dd-skabb-eksem", "vgr", "1990-05-05", "211", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-18T08:40:00", [
        ("Aktuellt", "Klåda värst nattetid 3 v. Sambon kliar också."),
        ("Status", "Papler i fingervinklar och handleder, enstaka gångar? Rivmärken bål."),
        ("Bedömning", "DD skabb / atopiskt eksem."),
        ("Åtgärd", "Dermatoskopi nästa v, hydrokortison tills dess."),
    ])], L102, [], "DD between two diagnoses (skabb vs atopiskt eksem) is visible; the '?' after 'gångar' is on a finding")

C("h37-vgr-at-typo-differentaldiagnos-karpaltunnel", "vgr", "1976-12-28", "519", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-18T11:45:00", [
        ("Anamnes", "Patienten vaknar på nätterna med domningar i tumme, pek- och långfinger i höger hand och måste skaka handen för att det ska släppa."),
        ("Status", "Positivt Phalens test hö. Nedsatt tvåpunktsdiskrimination dig I–III hö. Normal kraft. Nackrörlighet något nedsatt med lätt utstrålning vid Spurling."),
        ("Bedömning", "Differentaldiagnoser som jag överväger är karpaltunnelsyndrom och cervikal rhizopati C6, där jag lutar åt det förstnämnda."),
        ("Planering", "Nattskena. Neurografi beställd."),
    ])], L102, [], "typo 'Differentaldiagnoser' still lists karpaltunnelsyndrom and cervikal rhizopati as hypotheses in a visible section")

C("h37-skane-hsv-eventuell-lunginflammation-citerad", "skane", "1932-11-07", "458", [
    N("n1", M, "Hemsjukvårdsanteckning", "sk_hsv", "sk_ak", "2024-04-18T18:20:00", [
        ("Aktuellt", "Kallad av hemtjänsten, pat sämre i allmäntillståndet och hostar. Sat 91 %, temp 37,9, AF 24."),
        ("Åtgärd", "Kontakt med jourläkare som bedömer det som eventuell lunginflammation och ordinerar doxycyklin. Första dos given 18.10."),
        ("Planering", "Kontroll av vitalparametrar i morgon förmiddag."),
    ], signed=None)], L102, [], "unsigned home-care note quoting the on-call doctor's 'eventuell lunginflammation' for a 91-year-old")

C("h37-vgr-misstankt-ibs-med-forkortning", "vgr", "1998-02-14", "806", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-18T14:10:00", [
        ("Anamnes", "Växlande lös och hård avföring, uppblåsthet, bättre efter toabesök. Pågått ett år."),
        ("Lab", "Hb, CRP, transglutaminas-ak och F-kalprotektin normala."),
        ("Bedömning", "Susp. IBS."),
        ("Planering", "Lågfodmap-kost, fysisk aktivitet, återbesök tre mån."),
    ])], L102, [], "'Susp. IBS' — abbreviated suspicion of a diagnosis in visible text")

C("h37-skane-1177ssk-kan-vara-vattkoppor-barn-melior", "skane", "2020-03-03", "293", [
    N("n1", M, "Telefonanteckning", "sk_1177", "sk_bh", "2024-04-20T09:35:00", [
        ("Telefonkontakt", "Mamma ringer, sonen har sedan i går små röda prickar och blåsor på bålen och i hårbotten, kliar. Tempen 38,2. Äter och dricker."),
        ("Bedömning", "Kan vara vattkoppor. Flera barn på förskolan har haft det."),
        ("Råd", "Egenvård, klippa naglarna, paracetamol vid behov. Söka vård vid andningsbesvär, påverkat allmäntillstånd eller röda svullna blåsor."),
    ], signed=5)], L102, [], "phone nurse's 'Kan vara vattkoppor' for a 4-year-old; Skåne, but the note is Melior so it shows")

# ---------------------------------------------------------------------------
# NL102 — negatives (Melior): negation, relatives, non-diagnostic hedges,
# conditionals, confirmed diagnoses, protected places
# ---------------------------------------------------------------------------

C("h37-vgr-gp-ingen-misstanke-om-pneumoni", "vgr", "1988-03-18", "175", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-08T11:00:00", [
        ("Aktuellt", "Hosta 10 d, ingen feber."),
        ("Status", "Pulm ua, sat 98 %. CRP 8."),
        ("Bedömning", "Ingen misstanke om pneumoni. Viral bronkit, hostan kan sitta i 3–4 v."),
    ])], [], L102, "'Ingen misstanke om pneumoni' negates the diagnosis; the stated diagnosis (viral bronkit) is unhedged")

C("h37-skane-at-dvt-uteslutes", "skane", "1979-04-01", "360", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-08T13:20:00", [
        ("Anamnes", "Patienten kände ett plötsligt hugg i vänster vad under en tennismatch i lördags och har sedan dess haft svullnad och ont vid gång."),
        ("Status", "Ömhet och lätt svullnad mediala gastrocnemius vä, blåmärke nedom. Wells 0. D-dimer < 0,3."),
        ("Bedömning", "Djup ventrombos uteslutes enligt min bedömning. Besvären förklaras av en partiell bristning i mediala gastrocnemius."),
        ("Åtgärd", "Avlastning, kompression och successiv belastning. Kontakt med fysioterapeut vid behov."),
    ], signed=None)], [], L102, "AT doctor rules DVT out ('uteslutes') and gives an unhedged muscle-tear diagnosis")

C("h37-vgr-jour-typo-inga-tecken-pa-menigit-barn", "vgr", "2019-12-21", "456", [
    N("n1", M, "Jouranteckning", "vg_jour", "vg_fk", "2024-04-13T21:15:00", [
        ("Anamnes", "Feber 39,5 sedan i går. Pigg mellan febertopparna och leker i väntrummet."),
        ("Status", "Inget nackstel, inga petekier. Öron, svalg och lungor ua."),
        ("Bedömning", "Inga tecken på menigit. Feber vid virusinfektion."),
        ("Åtgärd", "Febernedsättande, mycket vätska. Föräldrarna vet när de ska söka igen."),
    ])], [], L102, "typo 'menigit' inside a negation ('Inga tecken på') — nothing hedged for this 4-year-old")

C("h37-skane-jour-talar-emot-appendicit-barn", "skane", "2012-10-19", "207", [
    N("n1", M, "Jouranteckning", "sk_jour", "sk_jb", "2024-04-14T18:30:00", [
        ("Anamnes", "Ont i magen runt naveln sedan i morse. Har inte haft avföring på fyra dagar. Äter glass i väntrummet."),
        ("Status", "Buken mjuk, ingen släppömhet, hoppar på ett ben utan smärta. CRP < 5, LPK 7,1."),
        ("Bedömning", "Fynden talar emot appendicit. Förstoppning."),
        ("Åtgärd", "Makrogol enligt vikt i en vecka."),
    ])], [], L102, "'talar emot appendicit' is a negated diagnosis; the diagnosis given (förstoppning) is unhedged")

C("h37-vgr-misstanken-avskrivs-borrelia", "vgr", "1973-07-17", "384", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ms", "2024-04-09T15:40:00", [
        ("Provsvar", "Borreliaserologi IgM och IgG negativa."),
        ("Bedömning", "Misstanken om neuroborrelios avskrivs. Perifer facialispares hö (Bells pares), prednisolonkuren fullföljs."),
    ])], [], L102, "'Misstanken ... avskrivs' is a ruled-out hypothesis; the remaining diagnosis is stated plainly")

C("h37-skane-typo-ingen-missanke-om-fraktur", "skane", "1941-05-04", "568", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-09T10:20:00", [
        ("Aktuellt", "Ramlat i hallen igår, tog emot sig m hö hand."),
        ("Status", "Lätt öm dorsalt hö handled. Ej ömhet i fossa tabatière. Full rörl, ingen felställning."),
        ("Bedömning", "Ingen missanke om fraktur. Kontusion."),
        ("Åtgärd", "Paracetamol v.b."),
    ])], [], L102, "typo 'missanke' in a negation ('Ingen missanke om fraktur') — nothing is hedged")

C("h37-vgr-at-mor-troligen-brostcancer", "vgr", "1986-11-30", "641", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-09T14:15:00", [
        ("Anamnes", "Patienten önskar bedömning av ärftlighet. Hennes mor fick troligen bröstcancer i 50-årsåldern, men patienten vet inte säkert eftersom modern inte ville prata om det."),
        ("Bedömning", "Med denna familjeanamnes uppfylls inte kriterierna för remiss till onkogenetisk mottagning. Patienten är själv frisk och har normal bröststatus."),
        ("Planering", "Deltar i mammografiscreening enligt kallelse."),
    ])], [], L102, "the hedge 'troligen bröstcancer' is about the patient's mother, not the patient")

C("h37-skane-bror-utreds-misstankt-celiaki", "skane", "2016-12-06", "125", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-10T09:30:00", [
        ("Anamnes", "Storebror utreds för misstänkt celiaki på barnmottagningen. Pojken själv växer enligt sin kurva och har normal avföring."),
        ("Åtgärd", "Transglutaminas-ak tas på mammas begäran. Svar per brev."),
    ])], [], L102, "a sibling's suspected celiaki is a relative's condition, not the 7-year-old patient's")

C("h37-vgr-gp-ev-remiss-fysioterapeut", "vgr", "1982-09-16", "273", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-10T10:50:00", [
        ("Aktuellt", "Ont ländrygg efter lyft av tvättmaskin för 1 v sedan. Ingen utstrålning."),
        ("Status", "Paravertebral ömhet L4–S1. SLR neg bilat, neurostatus ua."),
        ("Bedömning", "Lumbago."),
        ("Åtgärd", "Info, fortsatt aktivitet. Ev. remiss fysioterapeut om ej bättre inom 2 v."),
    ])], [], L102, "'Ev.' hedges a referral (a plan), not a diagnosis; lumbago is stated without hedge")

C("h37-skane-at-eventuellt-rontgen-fotled", "skane", "1992-06-23", "491", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-10T16:05:00", [
        ("Anamnes", "Patienten vrickade höger fot vid löpning i går och kunde gå hem själv."),
        ("Status", "Svullnad och ömhet framför laterala malleolen. Ottawa-reglerna negativa, ingen benömhet."),
        ("Bedömning", "Distorsion i höger fotled."),
        ("Planering", "Eventuellt röntgen om han fortfarande har belastningssmärta om en vecka, men jag bedömer att det troligen inte kommer att behövas."),
    ])], [], L102, "the hedges are on a possible X-ray and its need, not on a diagnosis")

C("h37-vgr-1177ssk-ev-latt-feber-symtom-barn", "vgr", "2022-02-14", "318", [
    N("n1", M, "Telefonanteckning", "vg_1177", "vg_ub", "2024-04-11T07:55:00", [
        ("Telefonkontakt", "Mamma ringer, dottern hade ev. lätt feber i går kväll men den mättes inte. Äter och dricker bra och är pigg i dag."),
        ("Råd", "Febernedsättande vid behov. Ny kontakt om hon blir slö eller slutar dricka."),
    ], signed=4)], [], L102, "'ev. lätt feber' hedges a symptom, not a diagnosis, for a 2-year-old")

C("h37-skane-gp-fragetecken-blasljud-fynd", "skane", "1948-01-11", "720", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-11T11:25:00", [
        ("Aktuellt", "Hälsokontroll, inga besvär."),
        ("Status", "Cor: ? svagt syst blåsljud 2:a ic hö. BT 134/80. Pulm ua."),
        ("Åtgärd", "Ekokardiografi beställd."),
    ])], [], L102, "the '?' is on an auscultation finding (a murmur), not on a disease")

C("h37-vgr-jour-villkor-sok-om-misstanke-blindtarm", "vgr", "2013-11-05", "594", [
    N("n1", M, "Jouranteckning", "vg_jour", "vg_fk", "2024-04-20T16:20:00", [
        ("Anamnes", "Magknip sedan i går, senaste avföring för tre dagar sedan. Ingen feber."),
        ("Status", "Buk mjuk, diffus lätt ömhet vä fossa, palpabla skybala. Ingen släppömhet."),
        ("Bedömning", "Obstipation."),
        ("Åtgärd", "Laxantia. Föräldrarna ska söka akut om det uppstår misstanke om blindtarmsinflammation, till exempel om smärtan flyttar ner mot höger ljumske eller om pojken får feber."),
    ])], [], L102, "the suspicion of appendicitis is a conditional safety-net instruction to the parents, not a hypothesis")

C("h37-vgr-misstanken-bekraftad-hypotyreos", "vgr", "1966-06-06", "127", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ba", "2024-04-12T10:30:00", [
        ("Provsvar", "TSH 14, fT4 9."),
        ("Bedömning", "Misstanken om hypotyreos bekräftad."),
        ("Åtgärd", "Levaxin 50 µg x1. Nytt TSH 6 v."),
    ])], [], L102, "a former suspicion now 'bekräftad' is a confirmed diagnosis")

C("h37-skane-mall-tidiga-hyp-alkohol", "skane", "1977-08-14", "466", [
    N("n1", M, "Tidiga hypoteser", "sk_vc", "sk_lh", "2024-04-12T12:10:00", [
        ("Bedömning", "Misstänkt alkoholberoende: förhöjt PEth 1,4, GT 3,2, pat bagatelliserar."),
        ("Planering", "Ta upp AUDIT vid nästa besök."),
    ])], [], L102, "Skåne: the whole note is the protected Tidiga hypoteser template")

C("h37-vgr-sokord-tidiga-hyp-atstorning", "vgr", "1996-10-23", "232", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-12T14:40:00", [
        ("Aktuellt", "Patienten söker för trötthet och frusenhet sedan höstas. Hon tränar mycket och beskriver sitt ätande som normalt."),
        ("Status", "Vikt 46 kg, längd 165 cm. Puls 52, BT 98/60."),
        ("Tidiga hypoteser", "Möjlig ätstörning, undviker att prata om mat, BMI 16,9."),
        ("Planering", "Blodprover inklusive elektrolyter. Nytt besök om två veckor."),
    ], signed=None)], [], L102, "VGR: the hedged diagnosis sits only under the protected sökord Tidiga hypoteser")

C("h37-vgr-misstankt-hemolys-provfel", "vgr", "1968-12-10", "335", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ms", "2024-04-15T08:20:00", [
        ("Provsvar", "Kalium 6,8 i gårdagens prov, labbet kommenterar hemolys."),
        ("Bedömning", "Misstänkt falskt förhöjt värde pga hemolyserat prov. Kontrollprov i dag: kalium 4,1."),
    ])], [], L102, "the suspicion is about a faulty sample, not a disease of the patient")

C("h37-skane-hsv-trolig-hemgang-korttids", "skane", "1934-09-18", "606", [
    N("n1", M, "Hemsjukvårdsanteckning", "sk_hsv", "sk_ak", "2024-04-15T13:00:00", [
        ("Aktuellt", "Opererad för höftfraktur vä 2/4, nu på korttidsboende."),
        ("Planering", "Trolig hemgång från korttidsboendet på fredag. Hemtjänst fyra gånger per dag, trygghetslarm finns."),
    ])], [], L102, "'Trolig' hedges a discharge date for a 89-year-old; the hip fracture is a confirmed diagnosis")

C("h37-skane-ej-forenligt-med-gikt", "skane", "1961-04-27", "839", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-16T11:50:00", [
        ("Aktuellt", "Ont hö stortåled 2 v, värst vid gång."),
        ("Status", "Ingen ledsvullnad, ingen rodnad. Nedsatt dorsalflexion MTP1. Urat 310."),
        ("Bedömning", "Ej förenligt med gikt. Hallux rigidus, rtg visar artros MTP1."),
        ("Åtgärd", "Styv sula, NSAID-gel."),
    ])], [], L102, "hard negative: 'Ej förenligt med gikt' negates the hedge word 'förenligt med'")

C("h37-vgr-inget-i-status-talar-for-erysipelas", "vgr", "1958-08-31", "287", [
    N("n1", M, "Jouranteckning", "vg_jour", "vg_fk", "2024-04-20T12:35:00", [
        ("Anamnes", "Rodnad och klåda runt sår på underarmen där hon haft plåster i fem dagar."),
        ("Status", "Rodnad fyrkantig, motsvarar plåstrets kanter. Ej värmeökning, afebril."),
        ("Bedömning", "Inget i status som talar för erysipelas. Kontakteksem av plåstret."),
        ("Åtgärd", "Byt till silikonförband, hydrokortisonkräm."),
    ])], [], L102, "'Inget ... som talar för erysipelas' negates the hypothesis; the eczema is stated plainly")

C("h37-skane-at-ms-utreddes-och-avskrevs", "skane", "1980-07-19", "123", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-17T14:45:00", [
        ("Anamnes", "Patienten utreddes 2019 för misstänkt MS med MR och lumbalpunktion, vilket avskrevs. Hon söker nu för domningar i båda händerna nattetid."),
        ("Utredning", "Neurografi 10/4 visar måttligt karpaltunnelsyndrom bilateralt."),
        ("Bedömning", "Karpaltunnelsyndrom bilateralt, verifierat med neurografi. Hon oroar sig för att MS kommit tillbaka, men det finns inget som tyder på det."),
        ("Planering", "Nattskenor och remiss till handkirurgen."),
    ])], [], L102, "old suspicion of MS that was 'avskrevs', and a confirmed current diagnosis")

C("h37-vgr-dmssk-vid-misstankt-kanning", "vgr", "1951-11-20", "160", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_dm", "vg_ks", "2024-04-18T09:45:00", [
        ("Aktuellt", "Diabetes typ 2, nyinsatt basinsulin för två veckor sedan."),
        ("Åtgärd", "Undervisning om lågt blodsocker. Vid misstänkt känning (darrig, svettig, hungrig): ta fyra druvsockertabletter och kontrollera blodsockret efter 15 min."),
    ])], [], L102, "'Vid misstänkt känning' is a conditional self-care instruction, not a hypothesis about the patient")

C("h37-skane-psykolog-inga-hallpunkter-bipolar", "skane", "1997-05-30", "712", [
    N("n1", M, "Psykologanteckning", "sk_psyk", "sk_tm", "2024-04-18T13:10:00", [
        ("Aktuellt", "Tredje samtalet. MADRS-S 28. Sover dåligt, grubblar, har slutat träffa vänner."),
        ("Bedömning", "Inga hållpunkter för bipolär sjukdom. Depressiv episod av medelsvår grad."),
        ("Planering", "KBT-behandling tio sessioner, start nästa vecka."),
    ])], [], L102, "psychologist negates bipolär sjukdom and states the depression diagnosis plainly")

C("h37-vgr-fars-sannolika-fh", "vgr", "1995-12-01", "217", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-18T15:20:00", [
        ("Anamnes", "Pappan har sannolikt familjär hyperkolesterolemi, LDL 7 vid 40 års ålder och hjärtinfarkt vid 48."),
        ("Lab", "Pat: totalkolesterol 4,1, LDL 2,3."),
        ("Bedömning", "Normala blodfetter hos patienten."),
    ])], [], L102, "'sannolikt familjär hyperkolesterolemi' is the father's condition")

C("h37-skane-uppfoljning-rtg-bekraftar-pneumoni", "skane", "1950-03-16", "579", [
    N("n1", M, "Jouranteckning", "sk_jour", "sk_jb", "2024-04-13T20:00:00", [
        ("Bedömning", "?Pneumoni vä. CRP 88."),
        ("Åtgärd", "PcV, rtg via VC."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-17T09:40:00", [
        ("Aktuellt", "Uppföljning efter besöket på jourcentralen i lördags."),
        ("Bedömning", "Röntgen har bekräftat pneumoni i vänster underlob och patienten är tydligt bättre i dag."),
        ("Planering", "Fullföljer penicillinet. Ny röntgen om sex veckor."),
    ])], [], [("NL102", "n2")], "follow-up note: the earlier '?Pneumoni' is now confirmed, the target note holds no hedge")

C("h37-vgr-orolig-for-infarkt-ingen-misstanke-aks", "vgr", "1970-01-08", "453", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-19T10:30:00", [
        ("Aktuellt", "Stick i vä bröstkorg vid vridning, orolig för hjärtat."),
        ("Status", "Palpöm costochondralt vä. EKG sinus ua, troponin < 5."),
        ("Bedömning", "Ingen misstanke om akut koronart syndrom. Tietzes syndrom."),
    ])], [], L102, "the patient's worry is addressed with 'Ingen misstanke om'; the final diagnosis is unhedged")

C("h37-skane-fragestallning-op-indikation-kand-artros", "skane", "1954-09-02", "106", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-19T13:30:00", [
        ("Aktuellt", "Känd gonartros hö, rtg 2022 uttalad. Nattvärk nu, går 300 m."),
        ("Åtgärd", "Rem ortoped. Frågeställning: op-indikation?"),
    ])], [], L102, "'Frågeställning: op-indikation?' questions a treatment decision; the gonartros is known")

# ---------------------------------------------------------------------------
# NL102 — PMO (Skåne primary care): PMO never shows diagnoses
# ---------------------------------------------------------------------------

C("h37-skane-pmo-gp-trol-pneumoni", "skane", "1958-02-09", "391", [
    N("n1", P, "Läkarbesök", "sk_vc", "sk_gl", "2024-04-08T15:10:00", [
        ("Aktuellt", "Feber, hosta 5 d."),
        ("Status", "Kr hö bas. CRP 120."),
        ("Bedömning", "Trol pneumoni hö."),
        ("Åtgärd", "Amimox 750 x3 i 7 d."),
    ])], [], L102, "PMO note: a hedged diagnosis in PMO is never shown, so NL102 must stay silent")

C("h37-skane-pmo-at-mojlig-hypotyreos", "skane", "1975-10-11", "604", [
    N("n1", P, "Läkarbesök", "sk_vc", "sk_sn", "2024-04-09T09:30:00", [
        ("Anamnes", "Patienten beskriver trötthet, torr hud och viktuppgång på fyra kilo sedan jul."),
        ("Bedömning", "Jag tycker att bilden kan passa med en möjlig hypotyreos och vill därför kontrollera sköldkörtelprover."),
        ("Åtgärd", "TSH, fT4 och TPO-antikroppar. Svar per brev."),
    ], signed=None)], [], L102, "AT doctor's hedged hypotyreos, but in PMO, which hides diagnoses")

C("h37-skane-pmo-bvc-misstankt-komjolksallergi", "skane", "2023-11-27", "228", [
    N("n1", P, "BVC-besök", "sk_bvc", "sk_el", "2024-04-10T10:15:00", [
        ("Aktuellt", "Fyramånadersbesök. Mycket uppkastningar och eksem på kinderna, slemmig avföring."),
        ("Bedömning", "Misstänkt komjölksproteinallergi."),
        ("Åtgärd", "Tid hos BVC-läkaren nästa vecka. Tillväxtkurva följs."),
    ])], [], L102, "BVC note in PMO: the suspected milk-protein allergy is not shown")

C("h37-skane-pmo-dsk-misstankt-sarinfektion", "skane", "1939-04-14", "175", [
    N("n1", P, "Distriktssköterskebesök", "sk_hsv", "sk_ak", "2024-04-11T14:00:00", [
        ("Aktuellt", "Omläggning bensår hö. Mer smärta och illaluktande sekret."),
        ("Bedömning", "Misstänkt sårinfektion. Sårodling tagen."),
        ("Åtgärd", "Läkare kontaktad, tid i morgon."),
    ])], [], L102, "district nurse's suspected wound infection in a PMO note is never visible")

C("h37-skane-pmo-psykolog-talar-for-depression", "skane", "2002-07-26", "531", [
    N("n1", P, "Psykologsamtal", "sk_psyk", "sk_tm", "2024-04-12T10:00:00", [
        ("Aktuellt", "Första samtalet. Nedstämd sedan separationen i januari, svårt att koncentrera sig på studierna."),
        ("Bedömning", "PHQ-9 17. Talar för en måttlig depressiv episod, behöver kompletteras med strukturerad intervju."),
        ("Planering", "MINI vid nästa samtal om en vecka."),
    ])], [], L102, "psychologist's 'Talar för en måttlig depressiv episod' — PMO, so NL102 must not fire")

C("h37-skane-pmo-ft-trol-achillestendinopati", "skane", "1984-01-05", "249", [
    N("n1", P, "Fysioterapi besök", "sk_rehab", "sk_na", "2024-04-15T16:00:00", [
        ("Status", "Palpöm mitt på hälsenan vä, förtjockning. Smärta vid hopp på ett ben."),
        ("Bedömning", "Trol. achillestendinopati vä."),
        ("Åtgärd", "Belastningsprogram med tåhävningar."),
    ])], [], L102, "physiotherapist's hedged tendinopathy in PMO is not shown to the patient")

C("h37-skane-pmo-telssk-later-som-vattkoppor", "skane", "2018-05-22", "312", [
    N("n1", P, "Telefonkontakt", "sk_vc", "sk_bh", "2024-04-16T08:05:00", [
        ("Telefonkontakt", "Pappa ringer. Dottern har kliande blåsor på magen och ryggen sedan i går, lätt feber."),
        ("Bedömning", "Låter som vattkoppor."),
        ("Råd", "Egenvård, ej förskola förrän blåsorna torkat in."),
    ])], [], L102, "phone nurse's lay hedge in a PMO telephone note for a 5-year-old — PMO hides diagnoses")

C("h37-skane-pmo-dmssk-typo-sannolkit-lipohypertrofi", "skane", "1960-08-08", "458", [
    N("n1", P, "Diabetessköterskebesök", "sk_dm", "sk_mo", "2024-04-17T10:45:00", [
        ("Aktuellt", "Diabetes typ 1, svängande glukos på CGM."),
        ("Status", "Förtjockad hud på injektionsställen på magen."),
        ("Bedömning", "Sannolkit lipohypertrofi, förklarar svängningarna."),
        ("Åtgärd", "Byter injektionsområde till låren, nya nålar."),
    ])], [], L102, "typo 'Sannolkit' in a PMO diabetes note — still never shown, so must not fire")

C("h37-skane-pmo-gp-dd-fragment", "skane", "1945-12-19", "087", [
    N("n1", P, "Läkarbesök", "sk_vc", "sk_gl", "2024-04-18T11:15:00", [
        ("Aktuellt", "Viktnedg 5 kg, aptitlös."),
        ("Bedömning", "DD depression, malignitet? Lab + DT buk."),
    ])], [], L102, "terse DD with malignancy in PMO: not visible, NL102 silent")

C("h37-skane-pmo-vs-melior-samma-hypotes", "skane", "1987-07-07", "463", [
    N("n1", P, "Läkarbesök", "sk_vc", "sk_lh", "2024-04-19T08:30:00", [
        ("Bedömning", "Misstänkt graviditetsdiabetes, glukosbelastning bokad."),
    ]),
    N("n2", M, "Jouranteckning", "sk_jour", "sk_jb", "2024-04-20T19:40:00", [
        ("Anamnes", "Gravid v. 27, söker för törst och trötthet, glukosbelastning bokad på vårdcentralen."),
        ("Bedömning", "Misstänkt graviditetsdiabetes enligt vårdcentralens anteckning. Kapillärt glukos 8,9."),
        ("Åtgärd", "Behåller tiden för belastningen, kontakt med MVC."),
    ])], [("NL102", "n2")], [("NL102", "n1")],
    "same hypothesis twice: hidden in the PMO vårdcentral note, shown in the Melior out-of-hours note")

# ---------------------------------------------------------------------------
# NL101 — positives: a diagnosis in a visible section while the patient is not told
# ---------------------------------------------------------------------------

C("h37-vgr-gp-hba1c-diabetes-ej-informerad", "vgr", "1964-09-03", "572", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ba", "2024-04-08T14:30:00", [
        ("Provsvar", "HbA1c 62, fP-gluk 9,1 (x2)."),
        ("Bedömning", "DM typ 2."),
        ("Åtgärd", "Pat ej informerad, nås ej på tel. Nytt försök i morgon."),
    ])], L101, [], "new diabetes diagnosis stands in the result note while the patient is explicitly not yet informed")

C("h37-skane-pad-basaliom-ej-underrattad", "skane", "1951-12-20", "133", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_lh", "2024-04-08T15:55:00", [
        ("Provsvar", "PAD från hudexcision på ryggen: basalcellscancer av nodulär typ, radikalt exciderad."),
        ("Åtgärd", "Patienten är ännu inte underrättad om svaret. Kallas till mottagningen nästa vecka."),
    ], signed=None)], L101, [], "pathology answer (basalcellscancer) visible while the patient is not yet told")

C("h37-vgr-alzheimer-dottern-informerad-ej-pat", "vgr", "1938-02-28", "226", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-09T09:50:00", [
        ("Utredning", "Minnesutredningen avslutad: MMSE 21, DT hjärna med mediotemporal atrofi, typisk anamnes."),
        ("Diagnos", "Alzheimers sjukdom, sen debut."),
        ("Planering", "Dottern är informerad per telefon. Patienten själv har ännu inte fått diagnosen, det görs vid hembesök med distriktssköterskan nästa vecka."),
    ])], L101, [], "the daughter knows, but the 86-year-old patient has not yet been told the Alzheimer diagnosis")

C("h37-skane-celiaki-barn-foraldrar-ej-informerade", "skane", "2017-05-15", "401", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_sn", "2024-04-09T13:35:00", [
        ("Provsvar", "Svar från barnmottagningen: tunntarmsbiopsin visar totalatrofi, transglutaminas-antikroppar > 100."),
        ("Bedömning", "Diagnosen celiaki är därmed fastställd."),
        ("Åtgärd", "Föräldrarna är inte informerade ännu. Jag försöker ringa mamma i morgon förmiddag och bokar då in ett besök med dietist."),
    ])], L101, [], "celiac disease confirmed for a 6-year-old; the guardians who read the journal are not yet informed")

C("h37-vgr-at-kotkompression-ej-informerad", "vgr", "1945-10-27", "379", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-09T15:05:00", [
        ("Röntgensvar", "Röntgen av bröstryggen visar en kompressionsfraktur av Th12 med cirka 30 procents höjdreduktion."),
        ("Bedömning", "Osteoporotisk kotkompression Th12."),
        ("Planering", "Patienten är inte informerad om röntgensvaret ännu. Jag kommer att ringa henne när bentäthetsmätningen är klar så att vi kan ta allt på en gång."),
    ])], L101, [], "osteoporotic vertebral fracture written in the note while the AT doctor has not told the patient")

C("h37-skane-at-ekg-formaksflimmer-ej-hunnit", "skane", "1956-02-17", "298", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-10T08:10:00", [
        ("Utredning", "24-timmars-EKG från förra veckan är nu granskat."),
        ("Bedömning", "Registreringen visar paroxysmalt förmaksflimmer med episoder upp till fyra timmar. CHA2DS2-VASc 2."),
        ("Planering", "Jag har ännu inte haft möjlighet att informera patienten om fyndet. Han kallas till mig för samtal om antikoagulantia."),
    ], signed=None)], L101, [], "unsigned draft: paroxysmal AF is stated while the patient has not been informed yet")

C("h37-vgr-lungcancer-pat-annu-ovetande", "vgr", "1953-06-11", "154", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-10T12:40:00", [
        ("Remissvar", "Lungmed Sahlgrenska: bronkoskopi med PAD visar icke-småcellig lungcancer, adenokarcinom hö överlob."),
        ("Åtgärd", "Besked ges av lungmott 25/4. Pat ännu ovetande."),
    ])], L101, [], "lung cancer from a quoted referral answer, while 'pat ännu ovetande' says he has not been told")

C("h37-skane-typo-ej-imformerad-hypertoni", "skane", "1967-03-29", "520", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-10T15:20:00", [
        ("Provsvar", "24 h-BT medel 152/96, dagtid 158/99."),
        ("Bedömning", "Essentiell hypertoni."),
        ("Åtgärd", "Pat ej imformerad. Tel-tid 17/4."),
    ])], L101, [], "typo 'imformerad': the hypertension diagnosis is visible while the patient is not informed")

C("h37-vgr-psykolog-adhd-aterkoppling-ej-gjord", "vgr", "2000-11-04", "332", [
    N("n1", M, "Psykologanteckning", "vg_psyk", "vg_jw", "2024-04-11T15:30:00", [
        ("Utredning", "Sammanställning av neuropsykiatrisk utredning: anamnes från pat och mamma, DIVA-5, QbTest och WAIS-IV."),
        ("Bedömning", "Kriterierna för ADHD, kombinerad form, är uppfyllda."),
        ("Planering", "Återkoppling till patienten är inte gjord och han känner ännu inte till resultatet. Återgivningssamtal bokas om två veckor."),
    ], signed=None)], L101, [], "ADHD diagnosis written before the feedback session; the note says the patient does not know yet")

C("h37-skane-ft-mr-diskbrack-ej-meddelad", "skane", "1978-08-18", "207", [
    N("n1", M, "Fysioterapeutanteckning", "sk_rehab", "sk_na", "2024-04-11T08:45:00", [
        ("Aktuellt", "MR-svar har kommit inför dagens besök: diskbråck L5–S1 med påverkan på S1-roten vä."),
        ("Åtgärd", "Pat ej meddelad än om MR-svaret, läkaren tar det vid besök i eftermiddag. Dagens behandling genomförd utan att MR diskuterats."),
    ])], L101, [], "physiotherapist records a disc herniation from MR while the patient has not yet been told")

C("h37-vgr-dmssk-diabetesnefropati-ej-meddelat", "vgr", "1959-01-24", "480", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_dm", "vg_ks", "2024-04-11T11:20:00", [
        ("Provsvar", "U-albumin/kreatinin-kvot förhöjd vid två tillfällen, 38 resp. 44 mg/mmol. eGFR 62."),
        ("Bedömning", "Diabetesnefropati enligt dr Strand."),
        ("Åtgärd", "Inte meddelat patienten ännu, det tas upp vid läkarbesöket 2/5."),
    ])], L101, [], "diabetes nurse notes a diabetic nephropathy diagnosis that is explicitly not yet told")

C("h37-skane-dsk-mrsa-pat-och-hemtjanst-ej-informerade", "skane", "1935-07-03", "164", [
    N("n1", M, "Hemsjukvårdsanteckning", "sk_hsv", "sk_ak", "2024-04-12T09:25:00", [
        ("Provsvar", "Odling från bensåret vä: MRSA."),
        ("Åtgärd", "Smittskydd kontaktat. Pat och hemtjänsten ännu ej informerade, hembesök med läkare i em."),
    ])], L101, [], "MRSA carriage (a diagnosis) is in the note while the 88-year-old patient is not yet informed")

C("h37-vgr-typo-inte-fat-veta-prostatacancer", "vgr", "1956-09-29", "615", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-12T13:45:00", [
        ("Remissvar", "Urologen: MR-riktad biopsi visar prostatacancer, Gleason 3+4."),
        ("Åtgärd", "Patienten har ännu inte fåt veta att biopsin visade cancer. Urologen kallar honom till läkarbesök 23/4."),
    ])], L101, [], "typo 'fåt veta': prostate cancer is written while the patient has not been told")

C("h37-skane-hepatit-c-avvaktar-tolk", "skane", "1985-12-09", "353", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_lh", "2024-04-12T15:10:00", [
        ("Provsvar", "Anti-HCV positiv, HCV-RNA 1,2 milj IE/ml, genotyp 3."),
        ("Bedömning", "Kronisk hepatit C."),
        ("Planering", "Vi avvaktar med att berätta om diagnosen tills arabisktalande tolk kan vara med på plats, preliminärt 19/4."),
    ])], L101, [], "'avvaktar med att berätta om diagnosen' — hepatitis C visible while the patient must not be told yet")

C("h37-vgr-klamydia-beskedet-ej-lamnat", "vgr", "2004-06-28", "762", [
    N("n1", M, "Telefonanteckning", "vg_vc", "vg_lj", "2024-04-15T11:50:00", [
        ("Provsvar", "Klamydia-PCR från urin positiv: klamydiainfektion."),
        ("Telefonkontakt", "Har sökt patienten på mobilen tre gånger utan svar, beskedet är alltså inte lämnat. Nytt försök i eftermiddag, annars brev om att ringa."),
    ])], L101, [], "chlamydia diagnosis visible while 'beskedet är inte lämnat' after failed phone calls")

C("h37-skane-gp-jarnbrist-pat-ovetande", "skane", "1990-02-02", "446", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_gl", "2024-04-15T12:35:00", [
        ("Provsvar", "Hb 84, MCV 71, ferritin 4."),
        ("Bedömning", "Järnbristanemi."),
        ("Åtgärd", "Pat ovetande. Kallas för besök + järn."),
    ])], L101, [], "fragment-style: 'Pat ovetande' about a freshly found iron-deficiency anaemia")

C("h37-vgr-typo-remissvar-aortastenos-ej-underattad", "vgr", "1942-04-05", "293", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-15T16:10:00", [
        ("Remissvar", "Fysiologen, Östra sjukhuset: ekokardiografi visar måttlig aortastenos med medelgradient 28 mmHg, bevarad ejektionsfraktion."),
        ("Bedömning", "Måttlig aortastenos som förklarar blåsljudet."),
        ("Planering", "Patienten är ännu inte underättad av oss om svaret. Jag ringer honom i morgon och planerar ny ekokardiografi om ett år."),
    ])], L101, [], "typo 'underättad': aortic stenosis from a quoted echo answer, patient not yet told")

C("h37-skane-jour-scaphoideum-svar-efter-hemgang", "skane", "2006-03-14", "378", [
    N("n1", M, "Jouranteckning", "sk_jour", "sk_jb", "2024-04-14T22:40:00", [
        ("Röntgensvar", "Slutsvar kom efter att pat lämnat jourcentralen: fraktur genom os scaphoideum hö, midjan, odislocerad."),
        ("Åtgärd", "Pat ej informerad. Överrapporterat till vårdcentralen att ringa honom i morgon och ordna gips."),
    ])], L101, [], "the final X-ray answer (scaphoid fracture) came after the 18-year-old left; he is not informed")

C("h37-vgr-barn-pyelonefrit-foraldrar-ej-informerade", "vgr", "2021-09-12", "406", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ms", "2024-04-15T14:25:00", [
        ("Provsvar", "Urinodling från jourcentralen 13/4: > 100 000 E. coli, resistent mot trimetoprim."),
        ("Bedömning", "Pyelonefrit med resistent E. coli, behöver byta antibiotika."),
        ("Åtgärd", "Föräldrarna ännu inte informerade, når ingen på telefon. Nytt recept förberett."),
    ])], L101, [], "a pyelonephritis for a 2-year-old; the guardians (who read the journal) are not yet informed")

C("h37-vgr-typo-ej-infomerad-b12-brist", "vgr", "1947-08-16", "539", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ba", "2024-04-16T08:00:00", [
        ("Provsvar", "S-kobalamin 98, homocystein 24."),
        ("Bedömning", "B12-brist."),
        ("Åtgärd", "Ej infomerad pat. Ringer i em."),
    ])], L101, [], "typo 'infomerad': B12 deficiency is visible while the patient has not been informed")

C("h37-skane-maken-vill-vanta-levermetastaser", "skane", "1950-05-25", "618", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-16T12:05:00", [
        ("Röntgensvar", "DT buk: multipla levermetastaser, primärtumör sannolikt i colon ascendens."),
        ("Bedömning", "Metastaserad cancer med levermetastaser."),
        ("Åtgärd", "Maken har ringt och önskar att patienten inte får veta något förrän efter barnbarnets bröllop på lördag. Patienten är ej informerad. Samtal med henne bokat 22/4."),
    ])], L101, [], "metastatic cancer visible while the patient is not informed and must not be told until later")

C("h37-vgr-diagnos-sokord-ckd-ej-informerad", "vgr", "1968-10-18", "266", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-16T14:50:00", [
        ("Lab", "Krea 148, eGFR 41 vid tre mätningar sedan nov."),
        ("Diagnos", "N18.3 Kronisk njursjukdom stadium 3b."),
        ("Åtgärd", "Pat ej informerad om diagnosen, tas vid besök 30/4."),
    ])], L101, [], "the CKD diagnosis is under the visible Diagnos sökord while the patient has not been told")

C("h37-skane-at-informerad-om-kolesterol-men-ej-hypotyreos", "skane", "1976-06-02", "431", [
    N("n1", M, "Telefonanteckning", "sk_vc", "sk_sn", "2024-04-16T16:30:00", [
        ("Telefonkontakt", "Jag har ringt patienten och informerat om att kolesterolvärdena är bra."),
        ("Bedömning", "TSH 11,2 och fT4 8: manifest hypotyreos."),
        ("Planering", "Jag har ännu inte tagit upp att proverna visar hypotyreos, eftersom jag vill göra det vid ett besök. Tid bokad 24/4."),
    ])], L101, [], "the patient was told only about cholesterol; the hypothyroidism in the note is not yet told")

C("h37-skane-sokord-tidiga-hyp-skyddar-ej-i-skane", "skane", "1963-11-11", "145", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-17T09:05:00", [
        ("Aktuellt", "PAD har kommit från excisionen av leverfläcken på vänster skuldra."),
        ("Tidiga hypoteser", "Malignt melanom, Breslow 1,2 mm. Pat ej informerad, besked vid besök 19/4."),
        ("Planering", "Remiss till hudkliniken för utvidgad excision."),
    ])], L101, [], "Skåne protects by template: an untold melanoma under a 'Tidiga hypoteser' sökord of a Läkaranteckning is visible")

C("h37-vgr-mammografi-hon-vet-inte-om-det", "vgr", "1971-04-30", "378", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-17T11:40:00", [
        ("Remissvar", "Bröstmottagningen: mammografi och mellannålsbiopsi visar invasiv duktal bröstcancer vä, 14 mm."),
        ("Åtgärd", "Hon vet ännu inte om det; kirurgen ringer henne i morgon och bokar besök. Vi har noterat att hon kan behöva sjukskrivning."),
    ])], L101, [], "breast cancer from the referral answer; 'Hon vet ännu inte om det' means she is not told")

C("h37-skane-at-lang-njursvikt-ej-informerad", "skane", "1944-12-01", "324", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-17T15:00:00", [
        ("Anamnes", "Patienten är en 79-årig man med typ 2-diabetes sedan 20 år, hypertoni och genomgången hjärtinfarkt 2016. Han kommer på årskontroll tillsammans med sin fru. Han upplever sig pigg, promenerar dagligen och har inga besvär från hjärtat. Ingen nykturi utöver en gång per natt."),
        ("Läkemedel", "Metformin 500 mg x2, Insulatard 18 E till natten, Ramipril 10 mg, Amlodipin 5 mg, Atorvastatin 40 mg, Trombyl 75 mg."),
        ("Status", "Allmäntillstånd gott. BT 142/78, puls 70 regelbunden. Lätta underbensödem bilateralt. Fötter utan sår, monofilament 5/6 bilateralt."),
        ("Lab", "HbA1c 54. Kreatinin 214, eGFR 24 (i oktober 38). Kalium 5,3. Hb 112. U-albumin/kreatinin 86."),
        ("Bedömning", "Kronisk njursjukdom stadium 4 med tydlig försämring sedan i höstas, sannolikt diabetesnefropati i kombination med hypertoni. Metforminet måste sättas ut."),
        ("Planering", "Proverna kom efter besöket och patienten är därför ännu ej informerad om njursvikten. Jag ringer honom i morgon om utsättningen av metformin och skickar remiss till njurmedicin. Nya prover om två veckor."),
    ], signed=300)], L101, [], "long chart: CKD stage 4 stands in Bedömning while the plan says the patient is not yet informed")

C("h37-vgr-gp-kol-ej-delgiven", "vgr", "1961-07-06", "547", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-18T10:10:00", [
        ("Utredning", "Spirometri: FEV1/FVC 0,58 efter bronkdilatation, FEV1 64 % av förv."),
        ("Bedömning", "KOL GOLD 2."),
        ("Åtgärd", "Diagnosen ej delgiven pat ännu. Ssk bokar tid för inhalationsteknik när jag pratat med henne."),
    ])], L101, [], "COPD stated while 'Diagnosen ej delgiven pat ännu'")

C("h37-skane-gp-inte-berattat-gammal-infarkt", "skane", "1950-09-21", "280", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-18T11:00:00", [
        ("Utredning", "EKG inför op: Q-vågor inferiort, nytt sedan 2021."),
        ("Bedömning", "Genomgången tyst hjärtinfarkt inferiort."),
        ("Åtgärd", "Har inte berättat för pat ännu. Rem ekokardiografi, ringer honom fredag."),
    ])], L101, [], "a silent old infarction found on ECG; 'Har inte berättat för pat ännu'")

C("h37-vgr-at-hyperparatyreoidism-telefon-ej-svar", "vgr", "1957-12-13", "170", [
    N("n1", M, "Telefonanteckning", "vg_vc", "vg_ef", "2024-04-18T16:20:00", [
        ("Provsvar", "Joniserat kalcium 1,48, PTH 9,6 vid två tillfällen."),
        ("Bedömning", "Primär hyperparatyreoidism."),
        ("Telefonkontakt", "Jag har försökt nå patienten två gånger i dag utan att få svar. Hon är alltså ännu inte informerad om provsvaren eller diagnosen. Jag provar igen på måndag."),
    ], signed=None)], L101, [], "primary hyperparathyroidism written after failed phone attempts; the AT doctor notes she is not informed")

C("h37-skane-ej-informerad-n1-informerad-n2", "skane", "1982-03-05", "242", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_gl", "2024-04-18T08:20:00", [
        ("Provsvar", "Borrelia-ak IgG pos, IgM pos. Hudbiopsi: granulomatös inflammation."),
        ("Bedömning", "Acrodermatitis chronica atrophicans."),
        ("Åtgärd", "Pat ej informerad än."),
    ]),
    N("n2", M, "Telefonanteckning", "sk_vc", "sk_gl", "2024-04-19T09:00:00", [
        ("Telefonkontakt", "Ringt pat, informerat om ACA och att behandlingen blir doxycyklin i tre veckor."),
        ("Åtgärd", "Recept skickat."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "same diagnosis in two notes: untold in the result note (n1), told in the telephone note the next day (n2)")

C("h37-vgr-ej-informerad-n1-informerad-n2-besok", "vgr", "1948-05-09", "325", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ms", "2024-04-09T16:00:00", [
        ("Provsvar", "PSA 14, MR prostata PI-RADS 5, biopsi: prostatacancer Gleason 4+3."),
        ("Åtgärd", "Patienten har inte fått svaret. Tid bokas."),
    ]),
    N("n2", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-17T10:30:00", [
        ("Aktuellt", "Besök med fru för besked om biopsisvaret."),
        ("Bedömning", "Prostatacancer, intermediär risk."),
        ("Åtgärd", "Patienten och hustrun informerade om diagnosen och om behandlingsalternativen. Remiss till urologen för MDK."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "withheld in the result note, told at the visit a week later: flag the first note, not the second")

C("h37-skane-dsk-demens-dotter-vill-vanta-typo", "skane", "1933-01-30", "542", [
    N("n1", M, "Hemsjukvårdsanteckning", "sk_hsv", "sk_ak", "2024-04-19T10:40:00", [
        ("Aktuellt", "Hembesök. Dr Haddad har ringt: minnesutredningen visar vaskulär demens."),
        ("Åtgärd", "Dottern vill att pat inte informeras förän hon själv kan vara med 26/4. Pat ännu ej informerad."),
    ])], L101, [], "typo 'förän': vascular dementia in the note while the 91-year-old is not informed yet")

# ---------------------------------------------------------------------------
# NL101 — negatives
# ---------------------------------------------------------------------------

C("h37-vgr-at-informerad-dagens-besok-diabetes", "vgr", "1970-08-25", "391", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-08T10:20:00", [
        ("Aktuellt", "Återbesök för provsvar efter hälsokontroll."),
        ("Bedömning", "HbA1c 58 och 60 vid två tillfällen, vilket innebär diabetes mellitus typ 2."),
        ("Åtgärd", "Patienten informerades om diagnosen vid dagens besök och fick skriftlig information. Tid till diabetessjuksköterskan bokad."),
    ])], [], L101, "the diabetes diagnosis was told at today's visit")

C("h37-skane-gp-informerades-forra-besoket-ff", "skane", "1944-06-19", "245", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-08T13:40:00", [
        ("Aktuellt", "Känt FF sedan 3/4, pat inf då. Nu kontroll på Eliquis."),
        ("Status", "Puls oregelb 78. BT 132/80."),
        ("Åtgärd", "Fortsätter. Krea om 3 mån."),
    ])], [], L101, "AF was told at the previous visit ('pat inf då')")

C("h37-vgr-dsk-ringt-meddelat-mrsa", "vgr", "1940-03-27", "462", [
    N("n1", M, "Telefonanteckning", "vg_hsv", "vg_lj", "2024-04-09T11:10:00", [
        ("Provsvar", "Sårodling från hö underben: MRSA."),
        ("Telefonkontakt", "Ringt pat och meddelat att odlingen visar MRSA. Hon tog det lugnt och har fått hygienråd."),
    ])], [], L101, "MRSA result was told by phone")

C("h37-skane-ej-informerad-om-op-datum", "skane", "1966-11-08", "327", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-09T14:45:00", [
        ("Aktuellt", "Känd gallstenssjukdom, väntar på kolecystektomi, nu ny smärtattack."),
        ("Åtgärd", "Kontakt med kirurgen: operation planerad i maj. Pat ej informerad om operationsdatum ännu, kallelse kommer från kirurgen."),
    ], signed=None)], [], L101, "what is untold is an operation date, not a diagnosis")

C("h37-vgr-gp-ej-informerad-om-remissen", "vgr", "1954-10-22", "285", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-10T09:25:00", [
        ("Aktuellt", "Gonartros hö, känd. Sämre trots artrosskola."),
        ("Åtgärd", "Rem ortoped skickad. Pat ej informerad om rem ännu, ssk ringer."),
    ])], [], L101, "the untold item is that a referral was sent, not the (known) gonartros")

C("h37-skane-at-normalt-rtg-ej-meddelad-astma", "skane", "1991-09-04", "464", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_sn", "2024-04-10T11:55:00", [
        ("Provsvar", "Lungröntgen utan anmärkning."),
        ("Bedömning", "Hostan förklaras av hennes kända astma, som varit sämre kontrollerad under pollensäsongen."),
        ("Åtgärd", "Patienten har inte fått röntgensvaret ännu, jag skickar ett brev i dag."),
    ])], [], L101, "hard negative: the untold thing is a normal X-ray; the asthma is a known diagnosis")

C("h37-skane-mall-tidiga-hyp-ej-informerad", "skane", "1958-07-12", "507", [
    N("n1", M, "Tidiga hypoteser", "sk_vc", "sk_lh", "2024-04-10T16:40:00", [
        ("Bedömning", "Myelomcellsbild i benmärg enligt hematologen, myelom. Pat ej informerad, hematologen tar beskedet 24/4."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-10T16:45:00", [
        ("Aktuellt", "Svar från hematologen inkommit, se särskild anteckning."),
        ("Planering", "Smärtlindring med paracetamol. Ny kontakt efter besöket på hematologen."),
    ])], [], [("NL101", "n1"), ("NL101", "n2")],
    "Skåne: the untold diagnosis is only in the protected Tidiga hypoteser template; the visible note holds none")

C("h37-vgr-sokord-tidiga-hyp-ej-informerad-lymfom", "vgr", "1981-01-17", "128", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-11T09:35:00", [
        ("Aktuellt", "PAD från körtelexstirpationen har inkommit."),
        ("Tidiga hypoteser", "Hodgkins lymfom, klassisk typ. Pat ej informerad, hematologen ger beskedet."),
        ("Planering", "Pat kallas av hematologen, vi avvaktar deras bedömning."),
    ])], [], L101, "VGR: the untold lymphoma sits only under the protected sökord Tidiga hypoteser")

C("h37-skane-typo-pat-informerd-hustrun-ej", "skane", "1952-12-29", "416", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-11T13:15:00", [
        ("Bedömning", "Lungcancer, icke-småcellig, stadium III enligt lungmottagningens remissvar."),
        ("Åtgärd", "Pat informerd om diagnosen. Han vill inte att hustrun informeras ännu, respekteras."),
    ])], [], L101, "typo 'informerd': the patient is told; only his wife is not")

C("h37-vgr-inget-sagt-om-information-baltros", "vgr", "1976-02-03", "319", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-11T16:00:00", [
        ("Status", "Grupperade blåsor på rodnad botten, dermatom Th6 vä."),
        ("Bedömning", "Herpes zoster."),
        ("Åtgärd", "Valaciklovir 1 g x3 i 7 d."),
    ])], [], L101, "a plain diagnosis with nothing said about (not) telling the patient")

C("h37-skane-barn-foraldrar-informerade-uvi", "skane", "2019-11-19", "224", [
    N("n1", M, "Telefonanteckning", "sk_vc", "sk_lh", "2024-04-12T10:50:00", [
        ("Provsvar", "Urinodling: E. coli > 100 000, känslig för given antibiotika."),
        ("Telefonkontakt", "Föräldrarna informerade om att odlingen bekräftar urinvägsinfektion och att kuren ska fullföljas."),
    ])], [], L101, "for a 4-year-old the guardians were informed of the UTI result")

C("h37-vgr-biopsi-ingen-malignitet-ej-informerad", "vgr", "1962-05-14", "370", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ms", "2024-04-12T16:15:00", [
        ("Aktuellt", "Känd refluxsjukdom, gastroskopi pga sväljningsbesvär."),
        ("Provsvar", "Biopsier från esofagus och ventrikel: normal slemhinna, ingen malignitet, Helicobacter negativ."),
        ("Åtgärd", "Patienten ej informerad ännu, svarsbrev skickas i dag."),
    ])], [], L101, "the untold result is normal biopsies; the reflux disease is known to the patient")

C("h37-skane-tid-flyttad-ej-informerad", "skane", "1949-02-06", "358", [
    N("n1", M, "Sjuksköterskeanteckning", "sk_dm", "sk_mo", "2024-04-15T09:10:00", [
        ("Aktuellt", "Diabetes typ 2 med neuropati, fotterapi var fjärde vecka."),
        ("Åtgärd", "Tiden hos fotterapeuten flyttad till 29/4. Pat ej informerad om ändringen ännu, sms skickas."),
    ])], [], L101, "the untold item is a moved appointment, not a diagnosis")

C("h37-vgr-brev-besked-d-vitaminbrist", "vgr", "1983-10-07", "264", [
    N("n1", M, "Provsvarsanteckning", "vg_vc", "vg_ef", "2024-04-15T10:40:00", [
        ("Provsvar", "25-OH-vitamin D 18 nmol/l."),
        ("Bedömning", "Uttalad D-vitaminbrist."),
        ("Åtgärd", "Brev med besked om D-vitaminbristen och rekommendation om tillskott har skickats till patienten i dag."),
    ])], [], L101, "the patient was told by letter")

C("h37-skane-1177-meddelande-klebsiella", "skane", "1996-04-22", "536", [
    N("n1", M, "Meddelande 1177", "sk_vc", "sk_lh", "2024-04-15T14:05:00", [
        ("Kontaktorsak", "Pat frågar om odlingssvaret via 1177."),
        ("Åtgärd", "Svarat via 1177: urinodlingen visar Klebsiella-cystit, resistent mot pivmecillinam. Nitrofurantoin förskrivet."),
    ])], [], L101, "the cystitis result was told in the 1177 reply")

C("h37-vgr-informerad-om-dx-ej-om-provtid", "vgr", "1978-03-12", "240", [
    N("n1", M, "Telefonanteckning", "vg_vc", "vg_ef", "2024-04-16T09:15:00", [
        ("Telefonkontakt", "Jag har informerat patienten om att proverna visar hypotyreos och att vi börjar med Levaxin."),
        ("Planering", "Hon är inte informerad om tiden för kontrollprovet ännu, den skickas per sms."),
    ])], [], L101, "the diagnosis was told; only the time of a control sample is not")

C("h37-skane-beskedet-av-kirurgen", "skane", "1957-08-29", "193", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_gl", "2024-04-16T10:00:00", [
        ("Aktuellt", "Bröstcancer hö, fått beskedet av kirurgmott 12/4. Ledsen, sover dåligt."),
        ("Åtgärd", "Sjukskr 4 v. Zopiklon 5 mg 10 st."),
    ])], [], L101, "the breast cancer was told by the surgical clinic earlier")

C("h37-vgr-pat-vet-om-sedan-tidigare", "vgr", "1940-11-11", "317", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ms", "2024-04-16T13:20:00", [
        ("Aktuellt", "Känd prostatacancer sedan 2021 på hormonbehandling, väl medveten om diagnosen. Nu ökande trötthet."),
        ("Lab", "PSA 0,4, Hb 121."),
        ("Planering", "Fortsätter som tidigare, kontakt med urologen vid PSA-stegring."),
    ])], [], L101, "the patient has known his prostate cancer for years")

C("h37-skane-informerad-men-tar-inte-in", "skane", "1939-10-15", "581", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_lh", "2024-04-17T10:10:00", [
        ("Bedömning", "Vaskulär demens enligt avslutad minnesutredning."),
        ("Åtgärd", "Patienten informerad om diagnosen tillsammans med sonen. Hon verkar inte riktigt ta in beskedet och frågar flera gånger vad det betyder, så sonen får skriftlig information också."),
    ])], [], L101, "hard negative: she was told, even if she seems not to take it in")

C("h37-vgr-typo-informrad-om-gikt", "vgr", "1965-01-28", "426", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-17T14:00:00", [
        ("Bedömning", "Gikt hö MTP1, uratkristaller i ledpunktat."),
        ("Åtgärd", "Pat informrad om diagnosen o kostråd. Colchicin enl schema."),
    ], signed=None)], [], L101, "typo 'informrad': the gout diagnosis was told")

C("h37-vgr-skyddad-hypotes-synlig-dx-beraettad", "vgr", "1973-05-02", "356", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ef", "2024-04-17T16:45:00", [
        ("Bedömning", "Järnbristanemi, Hb 98 och ferritin 5. Jag har informerat patienten om anemin och om att vi behöver hitta orsaken."),
        ("Tidiga hypoteser", "Celiaki kan vara orsaken, serologi tagen. Inte informerad om den misstanken."),
        ("Planering", "Järntabletter. Ny kontroll av Hb om sex veckor."),
    ])], [], L101, "the visible diagnosis was told; the untold hypothesis is only under the protected VGR sökord")

C("h37-skane-hemtjansten-ej-informerad", "skane", "1934-05-18", "234", [
    N("n1", M, "Hemsjukvårdsanteckning", "sk_hsv", "sk_ak", "2024-04-18T09:30:00", [
        ("Provsvar", "Faecesprov: Clostridioides difficile, toxinpositiv."),
        ("Åtgärd", "Pat informerad om provsvaret vid hembesöket. Hemtjänsten ännu ej informerad om smittan, ringer gruppchefen i em."),
    ])], [], L101, "the patient was told; only home-care staff (third parties) are not yet informed")

C("h37-vgr-1177ssk-last-i-journalen-forklarat", "vgr", "1966-03-24", "503", [
    N("n1", M, "Telefonanteckning", "vg_1177", "vg_ub", "2024-04-18T12:45:00", [
        ("Telefonkontakt", "Pat ringer upprörd, har läst i Journalen att hon har diabetes typ 2 och menar att ingen läkare informerat henne."),
        ("Åtgärd", "Förklarat diagnosen och vad den innebär, svarat på hennes frågor. Tid hos diabetessköterska bokad 25/4."),
    ])], [], L101, "hard negative: she had not been told by a doctor, but read it herself and the nurse explained the diagnosis today")

C("h37-skane-kontroll-hb-normalt-ej-underrattad", "skane", "1984-07-21", "455", [
    N("n1", M, "Provsvarsanteckning", "sk_vc", "sk_gl", "2024-04-18T13:50:00", [
        ("Provsvar", "Kontroll-Hb 128, ferritin 41."),
        ("Bedömning", "Järnbristanemin normaliserad."),
        ("Åtgärd", "Pat ej underrättad om dagens svar, brev skickas."),
    ])], [], L101, "untold: a normalised control value; the anaemia was handled earlier")

C("h37-vgr-metformin-biverkningar-ej-informerad", "vgr", "1963-06-30", "341", [
    N("n1", M, "Läkaranteckning", "vg_vc", "vg_ba", "2024-04-19T09:05:00", [
        ("Bedömning", "DM typ 2, pat informerad om diagnosen idag."),
        ("Åtgärd", "Metformin 500 mg x1, upptrappning. Info om biverkningar ej given ännu, tas av dm-ssk."),
    ])], [], L101, "told about the diagnosis; the untold thing is side-effect information")

C("h37-skane-arbetsgivaren-ska-inte-veta", "skane", "1986-09-26", "518", [
    N("n1", M, "Läkaranteckning", "sk_vc", "sk_sn", "2024-04-19T11:30:00", [
        ("Bedömning", "Utmattningssyndrom. Jag har gått igenom diagnosen och sjukskrivningens upplägg med patienten."),
        ("Åtgärd", "Sjukskrivning 75 procent i fyra veckor. Patienten önskar att arbetsgivaren inte får veta diagnosen, vilket inte heller framgår av det intyg som arbetsgivaren får."),
    ])], [], L101, "the patient knows; only the employer is not to be told")

C("h37-vgr-psykolog-aterkoppling-gjord-ast", "vgr", "1994-12-17", "265", [
    N("n1", M, "Psykologanteckning", "vg_psyk", "vg_jw", "2024-04-19T14:10:00", [
        ("Återgivning", "Återgivningssamtal av utredningens resultat. Kriterierna för autismspektrumtillstånd utan intellektuell funktionsnedsättning är uppfyllda."),
        ("Åtgärd", "Patienten informerad om diagnosen och fick en skriftlig sammanfattning. Han uttryckte lättnad."),
    ])], [], L101, "the autism diagnosis was fed back to the patient in this session")

C("h37-skane-ft-svaret-av-lakare-tidigare", "skane", "1971-11-03", "447", [
    N("n1", M, "Fysioterapeutanteckning", "sk_rehab", "sk_na", "2024-04-19T15:40:00", [
        ("Aktuellt", "MR hö axel: partiell ruptur i supraspinatussenan. Pat fick svaret av dr Haddad 10/4."),
        ("Åtgärd", "Rotatorkuffträning, progression enligt smärta."),
    ])], [], L101, "the rotator-cuff tear was told by the doctor earlier")

C("h37-vgr-jour-barn-pappa-informerad-radiusfraktur", "vgr", "2011-08-08", "182", [
    N("n1", M, "Jouranteckning", "vg_jour", "vg_fk", "2024-04-21T13:15:00", [
        ("Röntgensvar", "Distal radiusfraktur vä, lätt dorsal vinkling."),
        ("Åtgärd", "Flickan och pappa informerade om frakturen. Dorsal gipsskena, kontroll på ortopedmottagningen om en vecka."),
    ])], [], L101, "the 12-year-old and her father were told about the fracture")

C("h37-vgr-barn-adhd-foraldrar-och-pojke-informerade", "vgr", "2013-06-12", "147", [
    N("n1", M, "Psykologanteckning", "vg_psyk", "vg_jw", "2024-04-12T14:00:00", [
        ("Återgivning", "Återgivning av neuropsykiatrisk utredning: ADHD, huvudsakligen ouppmärksam form."),
        ("Åtgärd", "Föräldrarna och pojken informerade, anpassat efter hans ålder. Remiss till barnläkare för ställningstagande till läkemedel."),
    ])], [], L101, "the 10-year-old and his guardians were told the ADHD diagnosis")

# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def luhn_ok(p):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p)
    if not m:
        return False
    digits = p[2:8] + p[9:12]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(p[-1])


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(s):
    try:
        return dt.datetime.fromisoformat(s).year == 2024
    except (TypeError, ValueError):
        return False


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if not n.startswith("h37-"):
            errs.append("%s: name prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errs.append("%s: record keys" % n)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty events" % n)
        pat = rec["patient"]
        if not luhn_ok(pat["id"]):
            errs.append("%s: Luhn %s" % (n, pat["id"]))
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            errs.append("%s: pnr/birth mismatch" % n)
        if not in_2024(rec["as_of"]):
            errs.append("%s: as_of" % n)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        ages = {age_at(pat["birth_date"], as_of)}
        notes = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            if note["id"] in notes:
                errs.append("%s: duplicate note id" % n)
            notes[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if not in_2024(note["time"]):
                errs.append("%s: note time" % n)
            if note["signed"] is not None:
                if not in_2024(note["signed"]) or note["signed"] < note["time"]:
                    errs.append("%s: signed" % n)
            t = dt.datetime.fromisoformat(note["time"])
            if t > as_of:
                errs.append("%s: note after as_of" % n)
            ages.add(age_at(pat["birth_date"], t))
            hsa = note["unit"]["hsa_id"]
            if (c["ruleset"] == "vgr") != hsa.startswith("SE2321000131"):
                errs.append("%s: unit region" % n)
            for sec in note["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s: empty section" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, note["id"], sec["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %r" % (n, seen[sent][0], sent))
                        seen.setdefault(sent, (n, note["id"], sec["keyword"]))
        if any(13 <= a <= 15 for a in ages):
            errs.append("%s: patient aged 13-15" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % n)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: code both in must and must_not or repeated" % n)
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (n, code))
            if target not in notes:
                errs.append("%s: missing target %s" % (n, target))
                continue
            system = notes[target]["system"]
            if code == "NL102" and system != "Melior" and (code, target) in [tuple(x) for x in c["must"]]:
                errs.append("%s: NL102 must on non-Melior" % n)
            if code == "NL101" and system == "PMO":
                errs.append("%s: NL101 asserted on PMO" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    regions = {}
    systems = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
        for note in c["record"]["notes"]:
            systems[note["system"]] = systems.get(note["system"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    print("  regions", regions, "notes by system", systems)
    return 0


if __name__ == "__main__":
    sys.exit(main())
