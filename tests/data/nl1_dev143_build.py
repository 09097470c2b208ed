#!/usr/bin/env python3
"""d143: independent NL101/NL102 test cases, voice: audiology, hearing rehabilitation,
vestibular medicine and speech-language pathology (logopedi).

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev143_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "s_aud_lund": ("Audiologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5310"),
    "s_yrsel_lund": ("Yrselmottagningen, Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-5315"),
    "s_onh_malmo": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5122"),
    "s_fon_malmo": ("Foniatriska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5140"),
    "s_logo_malmo": ("Logopedmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7741"),
    "s_barnlogo_lund": ("Barnlogopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7802"),
    "s_hors_hbg": ("Hörselvården, Helsingborgs lasarett", "SE2321000255-6604"),
    "s_stroke_hbg": ("Strokeenheten, Helsingborgs lasarett", "SE2321000255-8012"),
    "s_stroke_malmo": ("Strokeavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-8120"),
    "s_onh_ksd": ("Öronmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6301"),
    "s_hors_ystad": ("Hörselrehabiliteringen, Ystads lasarett", "SE2321000255-6450"),
    "s_barn_hlm": ("Barn- och ungdomsmedicinska mottagningen, Hässleholms sjukhus", "SE2321000255-6980"),
    "s_geri_malmo": ("Geriatriska kliniken, avd 1, Skånes universitetssjukhus Malmö", "SE2321000255-8410"),
    # Region Skåne, PMO (primary care)
    "p_vc_eslov": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-P1201"),
    "p_vc_malmo": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-P1340"),
    "p_bvc_sjobo": ("BVC, Vårdcentralen Sjöbo", "SE2321000255-P2217"),
    "p_bvc_hbg": ("Barnavårdscentralen Drottninghög, Helsingborg", "SE2321000255-P2290"),
    "p_hsv_horby": ("Hemsjukvården, Vårdcentralen Hörby", "SE2321000255-P3105"),
    # Västra Götalandsregionen, Melior
    "v_hb_su": ("Hörsel- och balansmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013201"),
    "v_onh_su": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset Gröna stråket", "SE2321000131-E000000013202"),
    "v_fon_su": ("Foniatriska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013205"),
    "v_logo_su": ("Logopedmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013320"),
    "v_logo_dsbus": ("Logopedmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013310"),
    "v_baud_dsbus": ("Barnaudiologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013311"),
    "v_stroke_ostra": ("Strokeenheten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000013330"),
    "v_hors_skovde": ("Hörselvården, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014410"),
    "v_hors_udd": ("Hörselvården, NU-sjukvården Uddevalla", "SE2321000131-E000000014420"),
    "v_onh_boras": ("Öron-näsa-halsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014430"),
    "v_med_kungalv": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E000000014440"),
    "v_stroke_nal": ("Strokeavdelning 52, NÄL Trollhättan", "SE2321000131-E000000014450"),
    "v_barn_alingsas": ("Barnmottagningen, Alingsås lasarett", "SE2321000131-E000000014460"),
    "v_neurorehab": ("Neurorehabilitering, Högsbo sjukhus", "SE2321000131-E000000014470"),
}

CASES = []

# cases whose first note is kept as an unsigned draft (pre-signing check)
DRAFTS = {
    "d143-dd-meniere-vestibular-migran", "d143-trol-stambandsknutor", "d143-neg-mormor-trol-otoskleros",
    "d143-neg-eventuellt-ny-vng-pppd", "d143-nl101-autism-aterges-senare", "d143-nl101-peg-rekommendation-ej-informerad",
    "d143-nl101neg-ingen-kallelse-terapi", "d143-neg-pmo-vc-dd-meniere", "d143-typo-bild-som-vid-progresiv-afasi",
    "d143-nl101-glomus-kanner-inte-till",
}


def N(nid, system, template, unit, author, role, time, sections, signed=40,
      setting="öppenvård", refs=None):
    """One note. signed: minutes after `time`, or None for an unsigned draft."""
    t = _dt.datetime.fromisoformat(time)
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": UNITS[unit][0], "hsa_id": UNITS[unit][1]},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + _dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def _pnr(birth, sex, idx):
    n = (idx * 53 + 117) % 1000
    s = list(f"{n:03d}")
    d = int(s[2])
    if (sex == "F" and d % 2 == 1) or (sex == "M" and d % 2 == 0):
        d = (d + 1) % 10
    s[2] = str(d)
    serial = "".join(s)
    y, m, dd = birth.split("-")
    nine = y[2:] + m + dd + serial
    return f"{y}{m}{dd}-{serial}{_luhn_digit(nine)}"


def C(name, ruleset, birth, sex, notes, must, must_not, why, as_of=None):
    idx = len(CASES)
    if name in DRAFTS:
        notes[0]["signed"] = None
    if as_of is None:
        last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last.date() + _dt.timedelta(days=5)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": _pnr(birth, sex, idx), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M = "Melior"
P = "PMO"

# ====================================================================== cases
# ---------------------------------------------------------------- NL102 positives
C("d143-susp-vestibularisschwannom-asymmetri", "skane", "1966-02-11", "M", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Henrik Lövgren", "läkare", "2024-02-14T09:20:00", [
        ("Anamnes", "Remitterad från vårdcentralen pga successivt sämre hörsel på vänster öra sedan ungefär ett år. "
                    "Ensidig högfrekvent tinnitus vä. Ingen yrsel, ingen otorré, inget bullerarbete."),
        ("Status", "Otoskopi: trumhinnor ua bilat. Weber lateraliserar åt hö."),
        ("Utredning", "TTA: sensorineural nedsättning vä med 25–30 dB sämre trösklar än hö på 2–8 kHz. "
                      "Taluppfattning vä 68 %, hö 96 %. Stapediusreflexer uteblir vä."),
        ("Bedömning", "Asymmetrisk SNHL vä med oproportionerligt dålig taluppfattning. Misstänkt vestibularisschwannom vä."),
        ("Planering", "MR inneröra/hjärna med kontrast beställd. Återbesök efter MR."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "hedged acoustic neuroma (misstänkt) on asymmetric hearing loss in visible Bedömning; nothing about telling")

C("d143-trolig-plotslig-dovhet-akut", "vgr", "1980-06-03", "F", [
    N("n1", M, "Akutanteckning", "v_onh_su", "Sara Wikström", "läkare", "2024-03-07T16:05:00", [
        ("Aktuellt", "Vaknade igår med lock och kraftigt nedsatt hörsel hö, susningar. Ingen föregående förkylning, ingen yrsel."),
        ("Status", "Trumhinnor ua. Weber till vä, Rinne pos bilat."),
        ("Utredning", "TTA: SNHL hö 60–70 dB över tre angränsande frekvenser, vä normal."),
        ("Bedömning", "Trolig idiopatisk plötslig dövhet hö."),
        ("Åtgärd", "Prednisolon 50 mg x 1 i 5 dagar, sedan nedtrappning över 5 dagar. Ny TTA om en vecka."),
    ], signed=25, setting="öppenvård")], [("NL102", "n1")], [("NL101", "n1")],
  "trolig + sudden sensorineural hearing loss in visible Bedömning (VGR, emergency ENT)")

C("d143-dd-meniere-vestibular-migran", "vgr", "1985-01-22", "F", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Johan Berglind", "läkare", "2024-04-10T10:40:00", [
        ("Anamnes", "Sedan i höstas 6–7 attacker av rotatorisk yrsel som varar 1–3 timmar, under attackerna lock och brus i vä öra. "
                    "Migrän med aura sedan tonåren, ljus- och ljudkänslig under yrseln."),
        ("Bedömning", "DD Ménières sjukdom vä / vestibulär migrän."),
        ("Planering", "Yrseldagbok. Akut TTA om möjligt vid nästa attack. VNG och vHIT bokas."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "DD between two vestibular diagnoses in a visible section")

C("d143-talar-for-bppv-fysioterapeut", "skane", "1952-09-30", "M", [
    N("n1", M, "Fysioterapeutanteckning", "s_yrsel_lund", "Maria Engdahl", "fysioterapeut", "2024-01-18T13:15:00", [
        ("Status", "Dix-Hallpike hö ger torsionell uppåtslående nystagmus med ca 3 s latens och under 30 s duration, pat kraftigt yr. "
                   "Dix-Hallpike vä negativ. Supine roll test utan nystagmus."),
        ("Bedömning", "Bilden talar för BPPV i hö bakre båggången."),
        ("Åtgärd", "Epleys manöver utförd två gånger, efter andra manövern ingen nystagmus. Instruerad att undvika att ligga på hö sida två nätter."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'talar för' + BPPV by a vestibular physiotherapist, visible")

C("d143-typo-scds-kan-ej-utseslutas", "vgr", "1971-11-08", "M", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Elin Strandberg", "läkare", "2024-05-21T08:50:00", [
        ("Anamnes", "Hör sina egna steg och ögonrörelser i hö öra, autofoni, yrselkänsla vid höga ljud och vid krystning."),
        ("Utredning", "Luft-benledningsgap på låga frekvenser hö trots normal tympanometri och utlösbara stapediusreflexer bilat. "
                      "cVEMP med sänkt tröskel hö, oVEMP förhöjd amplitud hö."),
        ("Bedömning", "Superior kanaldehiscens hö kan ej utseslutas."),
        ("Planering", "Högupplöst DT tinningben med Pöschl-rekonstruktion."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "typo 'utseslutas' in 'kan ej uteslutas' + superior canal dehiscence, visible")

C("d143-forenligt-med-otoskleros", "skane", "1990-04-17", "F", [
    N("n1", M, "Mottagningsanteckning", "s_onh_ksd", "Ola Persson", "läkare", "2024-02-28T11:00:00", [
        ("Anamnes", "Tilltagande hörselnedsättning bilat, uppfattar den som klart sämre efter senaste graviditeten. Mamma opererad för otoskleros på 90-talet."),
        ("Status", "Otomikroskopi: normala trumhinnor, inget sekret. TTA: konduktiv nedsättning bilat, benledningsdipp vid 2 kHz (Carhart). "
                   "Tympanometri typ As, stapediusreflexer ej utlösbara."),
        ("Bedömning", "Fynden förenliga med otoskleros bilat."),
        ("Planering", "Informerat om hörapparat respektive stapedotomi som alternativ. Pat vill fundera och hör av sig."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'förenliga med' otosclerosis of the patient; the mother's confirmed otosclerosis is only context")

C("d143-fragetecken-kolesteatom-kort", "vgr", "1996-07-12", "M", [
    N("n1", M, "Mottagningsanteckning", "v_onh_boras", "Fredrik Ahlqvist", "läkare", "2024-06-04T14:30:00", [
        ("Bedömning", "Illaluktande flytning vä öra sedan flera månader. Otomikroskopi: krusta i attiken vä och retraktionsficka i pars flaccida. "
                      "?Kolesteatom vä. DT tinningben, rensugning och återbesök om tre veckor."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "question-mark hedge '?Kolesteatom' in a short one-section note")

C("d143-misstankt-dld-flersprakig", "vgr", "2019-10-02", "M", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Hanna Lindqvist", "logoped", "2024-02-06T09:00:00", [
        ("Anamnes", "Remiss från BVC pga begränsat ordförråd och svårbegripligt tal. Arabiska och svenska i hemmet, förskola på svenska i två år. "
                    "Pappa upplever att pojken förstår det mesta men inte kan uttrycka sig."),
        ("Utredning", "Bedömd med bildmaterial för benämning och ordförståelse, auktoriserad tolk närvarande. "
                      "Förenklat uttal med många reduktioner, yttranden på 2–3 ord på båda språken."),
        ("Bedömning", "Misstänkt språkstörning (DLD) eftersom svårigheterna syns på båda språken."),
        ("Planering", "Hörselkontroll bokas. Föräldrastöd enligt TAKK-upplägg, ny språkbedömning om sex månader."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "suspected developmental language disorder in a preschool child (guardian reads), visible Bedömning")

C("d143-typo-inger-missanke-autism", "skane", "2021-02-19", "F", [
    N("n1", M, "Logopedanteckning", "s_barnlogo_lund", "Karin Mattsson", "logoped", "2024-03-12T10:15:00", [
        ("Aktuellt", "Nybesök, 3 år. Föräldrarna oroliga då hon bara har ett fåtal ord och inte svarar när man ropar."),
        ("Status", "Sparsam ögonkontakt, radar upp bilar repetitivt, svarar inte på sitt namn vid upprepade tillrop. Ekolali av reklamfraser. "
                   "Hörseln kontrollerad på BVC med normalt resultat."),
        ("Bedömning", "Språkförseningen tillsammans med avvikande social kommunikation inger missanke om autism."),
        ("Planering", "Remiss till barnneuropsykiatrisk utredning, diskuterat med föräldrarna som är positiva."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "typo 'missanke' in 'inger misstanke om autism' in a visible note about a 3-year-old")

C("d143-fragestallning-verbal-dyspraxi", "vgr", "2018-11-25", "M", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Lotta Sjöberg", "logoped", "2024-09-17T13:40:00", [
        ("Status", "Inkonsekventa uttalsfel vid upprepade benämningar av samma ord, söker artikulationsläge, svårt med diadokokinesi /pataka/."),
        ("Bedömning", "Frågeställning verbal dyspraxi."),
        ("Planering", "Intensivperiod 2 ggr/v i 8 veckor med motoriskt inriktad uttalsträning, därefter utvärdering."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'Frågeställning' used as the hedge on childhood apraxia of speech")

C("d143-trol-stambandsknutor", "skane", "1994-05-09", "F", [
    N("n1", M, "Läkaranteckning", "s_fon_malmo", "Anders Holm", "läkare", "2024-10-03T09:30:00", [
        ("Anamnes", "Förskollärare. Heshet sedan ett halvår, sämre mot slutet av arbetsveckan, bättre efter semester."),
        ("Status", "Videostroboskopi: symmetriska små upphöjningar vid gränsen mellan främre och mellersta tredjedelen bilat, timglasformad slutning, "
                   "vågrörelsen bevarad."),
        ("Bedömning", "Trol. stämbandsknutor."),
        ("Planering", "Remiss logoped för röstterapi och röstergonomisk rådgivning. Nytt stroboskopi efter terapin."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "abbreviated hedge 'Trol.' on vocal fold nodules at a phoniatric clinic")

C("d143-susp-larynxcancer-informerad", "vgr", "1957-03-28", "M", [
    N("n1", M, "Läkaranteckning", "v_onh_su", "Per Gustavsson", "läkare", "2024-03-19T10:10:00", [
        ("Anamnes", "Heshet i tre månader utan föregående förkylning. Röker 20 cig/dag sedan 40 år."),
        ("Status", "Fiberlaryngoskopi: exofytisk, oregelbunden vitaktig förändring på hö stämband, rörligheten bevarad. Inga palpabla lgll på halsen."),
        ("Bedömning", "Susp. larynxcancer hö stämband. Standardiserat vårdförlopp huvud-halscancer startat."),
        ("Åtgärd", "Pat informerad om att vi misstänker cancer och om utredningsgången. Mikrolaryngoskopi med biopsi bokad v. 14, kontaktsjuksköterska tilldelad."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'Susp.' laryngeal cancer in visible Bedömning; patient was told, so NL101 must not fire")

C("d143-mojlig-aspirationspneumoni-epikris", "skane", "1944-12-01", "M", [
    N("n1", M, "Epikris", "s_stroke_hbg", "Sofia Nyberg", "läkare", "2024-04-26T14:00:00", [
        ("Epikris", "Inkom med hö-sidig hemipares och afasi, DT visade infarkt i vä a. cerebri media-område, trombolys ej aktuell pga tidsfönster. "
                    "Sväljbedömning av logoped dag 2 visade tyst aspiration av tunnflytande, ordinerad IDDSI nivå 2 för dryck. "
                    "Dag 4 feber 38,9 och CRP 148, rtg pulm med infiltrat hö basalt, möjlig aspirationspneumoni. Behandlad med Tazocin, nu feberfri."),
        ("Fortsatt planering", "Utskrivning till rehabavdelning i Ängelholm. Fortsatt logopedkontakt för afasi och dysfagi."),
    ], signed=90, setting="slutenvård")], [("NL102", "n1")], [("NL101", "n1")],
  "'möjlig' aspiration pneumonia inside a discharge summary after stroke")

C("d143-typo-bild-som-vid-progresiv-afasi", "vgr", "1958-08-14", "F", [
    N("n1", M, "Logopedanteckning", "v_logo_su", "Malin Carlsson", "logoped", "2024-05-08T11:20:00", [
        ("Anamnes", "Remitterad från minnesmottagningen. Ordmobiliseringssvårigheter och pauser i spontantal som successivt ökat under två år."),
        ("Utredning", "Benämning nedsatt (Boston Naming 38/60), ordförståelse bevarad, tydliga svårigheter att repetera långa meningar. "
                      "Grammatik och artikulation intakta."),
        ("Bedömning", "Bild som vid logopenisk variant av primär progresiv afasi."),
        ("Planering", "Svar till remittent, kommunikationsråd till pat och make vid nästa besök."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "typo 'progresiv' in the diagnosis after the hedge 'Bild som vid' (primary progressive aphasia)")

C("d143-kan-rora-sig-om-muskelspanningsdysfoni", "skane", "1976-01-30", "F", [
    N("n1", M, "Logopedanteckning", "s_logo_malmo", "Ingrid Dahl", "logoped", "2024-08-27T14:45:00", [
        ("Status", "Pressad, ansträngd röstkvalitet, hög larynxposition, palpabel spänning i suprahyoidal muskulatur. "
                   "Stroboskopi hos foniatriker förra veckan visade normala stämbandsförhållanden."),
        ("Bedömning", "Kan röra sig om muskelspänningsdysfoni."),
        ("Åtgärd", "Larynxmassage och avspänningsövningar påbörjade, hemprogram utdelat."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'Kan röra sig om' + muscle tension dysphonia")

C("d143-ev-dural-av-fistel-pulsatil-tinnitus", "vgr", "1963-10-05", "M", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Camilla Forsberg", "läkare", "2024-06-12T15:10:00", [
        ("Anamnes", "Pulsatil tinnitus vä i takt med pulsen sedan fyra månader, hörs mest på kvällen i tystnad."),
        ("Status", "Trumhinnor ua. Auskultation bakom vä öra: svagt blåsljud synkront med pulsen."),
        ("Bedömning", "Ev. dural AV-fistel vä."),
        ("Planering", "DT-angiografi hals och hjärna, därefter ställningstagande till remiss neurointervention."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'Ev.' in front of a disease (dural AV fistula), not in front of a plan")

C("d143-typo-sanolik-presbyacusis", "skane", "1946-03-22", "F", [
    N("n1", M, "Audionomanteckning", "s_hors_ystad", "Emma Rydén", "audionom", "2024-01-25T10:00:00", [
        ("Bedömning", "TTA visar symmetrisk sluttande sensorineural nedsättning bilat, PTA4 45 dB. Sanolik presbyacusis. "
                      "Pat motiverad för hörapparater, utprovning bokas i februari."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "typo 'Sanolik' (sannolik) + age-related hearing loss, audionom note")

C("d143-oklart-om-meniere-telefon", "vgr", "1969-09-14", "M", [
    N("n1", M, "Telefonanteckning", "v_hors_skovde", "Linda Bengtsson", "audionom", "2024-02-20T08:10:00", [
        ("Telefonkontakt", "Pat ringer, ny attack i natt med rotatorisk yrsel i två timmar och lock i vä öra. "
                           "Oklart om det rör sig om Ménières sjukdom, har även migrän. Får komma på akut TTA i morgon kl 08."),
    ], signed=15)], [("NL102", "n1")], [("NL101", "n1")],
  "'Oklart om det rör sig om' + Ménière in a phone note")

C("d143-sannolikt-bullerinducerad-horselskada", "skane", "1977-07-07", "M", [
    N("n1", M, "Läkaranteckning", "s_hors_hbg", "Mikael Sandberg", "läkare", "2024-11-05T13:30:00", [
        ("Anamnes", "Plåtslagare i 25 år, använt hörselskydd oregelbundet. Svårt att höra i sällskap och på fikarasten."),
        ("Bedömning", "Bilateral diskant-SNHL med dipp vid 4 kHz, sannolikt bullerinducerad hörselskada."),
        ("Planering", "Hörselskyddsrådgivning, arbetsskadeanmälan diskuterad, hörapparatutprovning hos audionom."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'sannolikt' after the finding, hedging noise-induced hearing loss")

C("d143-vestibularisneurit-fragetecken-jour", "vgr", "1988-02-02", "F", [
    N("n1", M, "Inskrivningsanteckning", "v_onh_su", "Axel Håkansson", "läkare", "2024-10-21T22:15:00", [
        ("Aktuellt", "Akut insättande rotatorisk yrsel sedan igår morse, illamående och upprepade kräkningar. Hörseln subjektivt oförändrad."),
        ("Status", "Spontannystagmus horisontell slående åt hö, ökar med Frenzelglasögon. Head impulse test positivt åt vä. Ingen skew deviation. "
                   "Gång: faller åt vä, kan gå med stöd."),
        ("Bedömning", "Vestibularisneurit vä? HINTS utan centrala tecken."),
        ("Planering", "Inläggning för antiemetika och vätska, tidig mobilisering, vestibulär rehab via fysioterapeut."),
    ], signed=50, setting="slutenvård")], [("NL102", "n1")], [("NL101", "n1")],
  "trailing question mark on vestibular neuritis at an admission")

C("d143-ccmv-kan-inte-uteslutas-spadbarn", "vgr", "2024-01-20", "M", [
    N("n1", M, "Läkaranteckning", "v_baud_dsbus", "Therese Olofsson", "läkare", "2024-03-05T10:30:00", [
        ("Anamnes", "Utföll på hörselscreening bilat på BB, även vid omscreening."),
        ("Utredning", "ABR i naturlig sömn vid fem veckors ålder: tröskel ca 60 dB nHL bilat."),
        ("Bedömning", "Kongenital CMV-infektion kan inte uteslutas. PKU-kortet begärt för analys av CMV-DNA."),
        ("Planering", "Föräldrarna informerade om ABR-resultatet och om varför PKU-kortet analyseras. Återbesök med svar om två veckor."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "'kan inte uteslutas' + congenital CMV in an infant (guardian reads); parents informed")

C("d143-typo-tlar-for-auditiv-neuropati", "skane", "2022-04-11", "M", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Lena Ekström", "läkare", "2024-07-02T09:45:00", [
        ("Anamnes", "Född i v 27, långvarig respiratorbehandling och hyperbilirubinemi. Föräldrarna tycker inte att han reagerar på tal."),
        ("Utredning", "OAE utlösbara bilat men ABR utan reproducerbara vågor upp till 90 dB nHL, stor cochlear microphonic bilat."),
        ("Bedömning", "Fynden tlar för auditiv neuropati bilat."),
        ("Planering", "Kontakt med hörselpedagog, TAKK-grupp, ställningstagande till CI-utredning."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "typo 'tlar för' (talar för) + auditory neuropathy in a 2-year-old")

C("d143-misstankt-ny-stroke-vid-svaljtraning", "vgr", "1951-05-26", "M", [
    N("n1", M, "Logopedanteckning", "v_stroke_ostra", "Josefin Nordin", "logoped", "2024-08-14T10:25:00", [
        ("Aktuellt", "Vid sväljträningen kl 10 plötsligt sluddrigt tal och hängande mungipa vä, vilket inte fanns igår. "
                     "Misstänkt ny stroke, ssk och ansvarig läkare tillkallade omedelbart enligt larmrutin."),
        ("Planering", "Sväljträningen avbruten, pat fastande tills ny bedömning gjorts."),
    ], signed=20, setting="slutenvård")], [("NL102", "n1")], [("NL101", "n1")],
  "hedged new stroke written by the speech-language pathologist on a stroke ward")

C("d143-trolig-parkinson-hypokinetisk-dysartri", "skane", "1956-12-19", "M", [
    N("n1", M, "Logopedanteckning", "s_logo_malmo", "Petra Lundgren", "logoped", "2024-09-10T08:30:00", [
        ("Anamnes", "Familjen klagar på att han pratar tyst och otydligt sedan ett år."),
        ("Status", "Svag röst, monoton prosodi, korta snabba fraser med hesitationer. Vilotremor i hö hand, inte utredd."),
        ("Bedömning", "Hypokinetisk dysartri, trolig Parkinsons sjukdom."),
        ("Åtgärd", "Kontakt med husläkaren för neurologremiss. LSVT LOUD erbjuds när diagnostiken är klar."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "confirmed dysarthria next to a hedged Parkinson's disease (trolig)")

C("d143-typo-missankt-meniere", "skane", "1973-08-08", "F", [
    N("n1", M, "Läkaranteckning", "s_onh_ksd", "Gustav Brandt", "läkare", "2024-05-15T15:20:00", [
        ("Aktuellt", "Tredje attacken med rotatorisk yrsel och ökat sus vä sedan mars, varje gång flera timmar."),
        ("Bedömning", "TTA: lågfrekvent SNHL vä 35 dB. Missänkt Ménières sjukdom vä."),
        ("Planering", "Betahistin 24 mg x 2 insätts, saltreduktion och yrseldagbok. Ny TTA om 6 veckor."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "typo 'Missänkt' + Ménière's disease")

C("d143-typo-trolgi-ototoxisk-horselskada", "vgr", "1965-04-04", "M", [
    N("n1", M, "Läkaranteckning", "v_hors_udd", "Anna Fransson", "läkare", "2024-06-26T13:00:00", [
        ("Anamnes", "Behandlas med cisplatin för tonsillcancer, tre kurer givna. Märker sämre hörsel och pip i båda öronen."),
        ("Utredning", "Jämfört med baslinje-TTA i januari försämring 15–25 dB på 4–8 kHz bilat."),
        ("Bedömning", "Trolgi ototoxisk hörselskada."),
        ("Planering", "Svar till onkologen, ny TTA inför varje kur. Pat informerad om resultatet."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "typo 'Trolgi' (trolig) + ototoxic hearing damage after cisplatin")

C("d143-skane-sokord-tidiga-hypoteser-ej-skydd", "skane", "1982-11-11", "F", [
    N("n1", M, "Läkaranteckning", "s_yrsel_lund", "Niklas Wahlberg", "läkare", "2024-04-03T10:50:00", [
        ("Aktuellt", "Återkommande yrselepisoder av minuters till timmars duration, ibland med synstörning innan."),
        ("Tidiga hypoteser", "Misstänkt vestibulär migrän."),
        ("Planering", "Migrändagbok, återbesök om tre månader."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "Skåne protects by template, not sökord: 'Tidiga hypoteser' as a sökord inside a Läkaranteckning stays visible")

C("d143-vgr-th-sokord-men-lacker-i-bedomning", "vgr", "2016-06-30", "F", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Ebba Lindström", "logoped", "2024-11-12T14:00:00", [
        ("Utredning", "CELF-5: språkförståelse och språklig produktion inom normalvariation, tydligt nedsatt resultat på pragmatikdelen."),
        ("Tidiga hypoteser", "Pragmatiska svårigheter och rigiditet i samtal, misstänkt autism."),
        ("Bedömning", "Pragmatisk kommunikationsstörning, möjligt autismspektrumtillstånd. Remiss barnneuropsykiatri."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "VGR: hypothesis put under sökord Tidiga hypoteser but repeated hedged ('möjligt') in visible Bedömning")

C("d143-skane-th-mall-sedan-lacka-i-telefon", "skane", "1972-02-27", "F", [
    N("n1", M, "Tidiga hypoteser", "s_onh_malmo", "Jonas Ek", "läkare", "2024-05-06T11:00:00", [
        ("Bedömning", "Rödaktig pulserande förändring bakom trumhinnan vä i nedre kvadranterna. Misstänkt paragangliom, glomus tympanicum."),
    ]),
    N("n2", M, "Telefonanteckning", "s_onh_malmo", "Birgitta Olsson", "sjuksköterska", "2024-05-08T09:40:00", [
        ("Telefonkontakt", "Pat ringer och undrar när DT-undersökningen blir. Misstänkt glomustumör enligt dr Ek, DT tinningben bokad 14/5. Tiden meddelad."),
    ], signed=10)], [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n2")],
  "hypothesis correctly in the Tidiga hypoteser template (n1) but repeated hedged in a visible phone note (n2)")

C("d143-later-som-bppv-telefonradgivning", "skane", "1961-06-15", "F", [
    N("n1", M, "Telefonanteckning", "s_yrsel_lund", "Cecilia Holmberg", "sjuksköterska", "2024-03-26T13:05:00", [
        ("Telefonkontakt", "Kort svindel när hon vänder sig i sängen och när hon tittar upp i skåpet, ca 20 sek åt gången sedan fem dagar. "
                           "Inga neurologiska symtom. Låter som BPPV. Tid hos fysioterapeut för lägesprov på fredag."),
    ], signed=12)], [("NL102", "n1")], [("NL101", "n1")],
  "'Låter som' used as a hedge on BPPV by a nurse on the phone")

C("d143-lang-journal-hedge-gomd-i-status", "vgr", "1954-01-13", "M", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Karl Nilsson", "läkare", "2024-09-24T09:00:00", [
        ("Anamnes", "70-årig f.d. lokförare med bilateral presbyacusis sedan flera år, använder hörapparater bilat med god nytta. "
                    "Söker nu pga ostadighet sedan ett halvår, värst i mörker och på ojämnt underlag. Inga rotatoriska attacker, ingen falltendens inomhus. "
                    "Behandlades med gentamicin iv under tre veckor för endokardit hösten 2023. Typ 2-diabetes, tablettbehandlad, HbA1c senast 52."),
        ("Status", "Allmäntillstånd gott. Otoskopi ua bilat. Ingen spontannystagmus i Frenzel. Head impulse test med catch-up-sackader åt båda håll. "
                   "Romberg pos med slutna ögon, tandemgång osäker. Vibrationssinne nedsatt distalt på fötterna. "
                   "Dynamisk synskärpa sänkt tre rader. Möjlig bilateral vestibulopati efter aminoglykosidbehandling."),
        ("Utredning", "vHIT: gain 0,4 hö och 0,45 vä med overta och coverta sackader. Kalorisk prövning planeras. "
                      "TTA oförändrad jämfört med 2022, taluppfattning 84 % bilat med hörapparater."),
        ("Planering", "Kalorisk prövning och VEMP. Remiss till fysioterapeut för balansträning. Diskuterat halkskydd och promenader med stavar. "
                      "Återbesök med svar om 6 veckor, fortsatt hörapparatuppföljning hos audionom i Mölndal."),
    ], signed=60)], [("NL102", "n1")], [("NL101", "n1")],
  "long chart: the only hedged diagnosis (möjlig bilateral vestibulopati) hides at the end of Status")

# ---------------------------------------------------------------- NL102 negatives
C("d143-neg-ingen-misstanke-retrokoklear", "skane", "1979-05-24", "F", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Henrik Lövgren", "läkare", "2024-03-04T10:30:00", [
        ("Utredning", "TTA: lätt sensorineural nedsättning bilat med 10 dB skillnad endast på 6 kHz. Taluppfattning 96 % hö, 92 % vä."),
        ("Bedömning", "Ingen misstanke om retrokokleär patologi, MR bedöms inte indicerad."),
        ("Planering", "Kontroll-TTA om två år eller tidigare vid förändring."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "negated suspicion 'Ingen misstanke om' retrocochlear pathology")

C("d143-neg-mr-inga-tecken-pa-schwannom", "vgr", "1961-02-08", "M", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Elin Strandberg", "läkare", "2024-04-22T14:20:00", [
        ("Utredning", "MR inneröra: inga tecken på vestibularisschwannom eller annan expansivitet i inre hörselgångarna eller cerebellopontina vinklarna."),
        ("Bedömning", "Hörselasymmetrin bedöms vara kokleär. Pat informerad om MR-svaret per telefon."),
    ], signed=20)], [], [("NL102", "n1"), ("NL101", "n1")],
  "'inga tecken på' acoustic neuroma after MR; patient informed")

C("d143-typo-neg-meniere-avskirvs", "skane", "1974-10-10", "F", [
    N("n1", M, "Läkaranteckning", "s_onh_malmo", "Sanna Jeppsson", "läkare", "2024-02-12T11:10:00", [
        ("Bedömning", "Yrselepisoderna varar sekunder och utlöses av huvudrörelser, hörseln stabilt normal på tre TTA. Ménière avskirvs."),
        ("Planering", "Vestibulär rehabilitering med hemträning enligt Cawthorne-Cooksey."),
    ])], [], [("NL102", "n1")],
  "typo 'avskirvs' (avskrivs): Ménière is ruled out, no hedged diagnosis remains")

C("d143-neg-talar-emot-bppv", "vgr", "1943-07-19", "M", [
    N("n1", M, "Fysioterapeutanteckning", "v_hors_skovde", "Oskar Lindahl", "fysioterapeut", "2024-05-29T09:15:00", [
        ("Status", "Dix-Hallpike och supine roll test bilat utan nystagmus eller yrsel."),
        ("Bedömning", "Det talar emot BPPV. Yrseln beskrivs snarare som ostadighet vid gång i mörker, känd diabetesneuropati."),
        ("Åtgärd", "Balansträningsprogram, rollator utomhus diskuterad."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "'talar emot' BPPV; the neuropathy is a known, confirmed diagnosis")

C("d143-neg-syskon-misstankt-autism", "vgr", "2019-03-03", "F", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Hanna Lindqvist", "logoped", "2024-04-16T10:00:00", [
        ("Anamnes", "Storebror, 9 år, är under utredning för misstänkt autism, varför föräldrarna vill få även flickans språk bedömt."),
        ("Bedömning", "Åldersadekvat språkförståelse och grammatik, lätt uttalsavvikelse med ersättning av /r/. I övrigt typisk kommunikativ utveckling."),
        ("Planering", "Ingen behandling nu, /r/ brukar mogna till 6–7 års ålder."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "the hedged autism belongs to the sibling, not to the patient")

C("d143-neg-mormor-trol-otoskleros", "skane", "1999-12-12", "F", [
    N("n1", M, "Audionomanteckning", "s_hors_hbg", "Alva Johansson", "audionom", "2024-06-18T13:45:00", [
        ("Anamnes", "Hereditet: mamma och moster använder hörapparat, mormor hade trol. otoskleros. Själv lite osäker på om hon hör sämre."),
        ("Status", "TTA normal hörsel bilat, tympanometri typ A, stapediusreflexer utlösbara."),
        ("Bedömning", "Normalhörande, ingen åtgärd."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "hedged otosclerosis of the grandmother (family history) only")

C("d143-neg-plan-ev-horapparat", "vgr", "1953-08-21", "M", [
    N("n1", M, "Audionomanteckning", "v_hors_udd", "Ida Karlberg", "audionom", "2024-02-27T14:10:00", [
        ("Bedömning", "Lätt till måttlig diskantnedsättning bilat, konstaterad presbyacusis sedan 2021, oförändrad."),
        ("Planering", "Ev. hörapparat hö i första hand, pat återkommer när han bestämt sig."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "'Ev.' in front of a hearing aid (a plan) next to a confirmed diagnosis")

C("d143-neg-misstanker-fukt-i-horapparat", "skane", "1941-11-29", "M", [
    N("n1", M, "Hörteknisk anteckning", "s_hors_ystad", "Bo Kristensson", "hörselvårdsassistent", "2024-01-09T10:40:00", [
        ("Åtgärd", "Pat lämnar in hö hörapparat som hackar och tystnar. Misstänker fukt i mikrofonen, apparaten torkad och mikrofonskydd bytt. "
                   "Fungerar vid lyssningskontroll. Om problemet kvarstår skickas den på service till leverantören."),
    ], signed=10)], [], [("NL102", "n1"), ("NL101", "n1")],
  "hedge on a device fault (fukt i mikrofonen) by hearing-aid staff, not a diagnosis")

C("d143-neg-trolig-utskrivning-dysfagi", "vgr", "1950-04-02", "F", [
    N("n1", M, "Omvårdnadsanteckning", "v_stroke_nal", "Pernilla Ström", "sjuksköterska", "2024-07-11T19:30:00", [
        ("Aktuellt", "Dysfagi efter vä-sidig hemisfärsinfarkt. Äter IDDSI nivå 5 enligt logopedens ordination, inga hostattacker vid kvällsmålet."),
        ("Planering", "Trolig utskrivning i morgon till korttidsboende i Vänersborg, överrapportering skickad."),
    ], signed=30, setting="slutenvård")], [], [("NL102", "n1"), ("NL101", "n1")],
  "hedged discharge plan (trolig utskrivning), confirmed dysphagia")

C("d143-neg-villkor-om-ny-forsamring", "skane", "1988-09-09", "M", [
    N("n1", M, "Läkaranteckning", "s_onh_malmo", "Sanna Jeppsson", "läkare", "2024-03-21T10:20:00", [
        ("Aktuellt", "Återbesök efter plötslig dövhet vä, behandlad med Prednisolon. Hörseln i det närmaste återställd, skillnad 5 dB på TTA."),
        ("Planering", "Om ny hörselförsämring eller yrsel ska pat söka akut samma dag. Ingen ytterligare uppföljning planerad."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "conditional instruction (om ny försämring) and a confirmed, treated diagnosis")

C("d143-neg-verifierat-schwannom-informerad", "vgr", "1967-05-31", "F", [
    N("n1", M, "Läkaranteckning", "v_onh_su", "Per Gustavsson", "läkare", "2024-02-15T13:30:00", [
        ("Bedömning", "Vestibularisschwannom hö, 11 mm intrameatalt, verifierat på MR 2024-02-02."),
        ("Åtgärd", "Pat informerad vid dagens besök om alternativen wait-and-scan och strålkirurgi, väljer kontroll-MR om sex månader."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "confirmed diagnosis (verifierat på MR), told to the patient")

C("d143-neg-skane-th-mall-funktionell", "skane", "1983-03-15", "F", [
    N("n1", M, "Tidiga hypoteser", "s_aud_lund", "Lena Ekström", "läkare", "2024-08-20T15:00:00", [
        ("Bedömning", "ABR-trösklar och OAE normala bilat trots uppgiven grav hörselnedsättning. Misstänkt funktionell (icke-organisk) hörselnedsättning, "
                      "eventuellt i samband med pågående psykosocial belastning."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "Skåne: hedged diagnosis only in the protected Tidiga hypoteser template")

C("d143-neg-vgr-th-sokord-cerebellar", "vgr", "1962-12-24", "M", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Camilla Forsberg", "läkare", "2024-10-08T11:30:00", [
        ("Anamnes", "Ostadighet sedan tre månader som snabbt blivit sämre, anhöriga märker sluddrigt tal. Viktnedgång 6 kg."),
        ("Status", "Downbeat-nystagmus i sidoblick, sackadiska följerörelser, bredspårig gång."),
        ("Tidiga hypoteser", "Snabbt progredierande cerebellär bild, misstänkt paraneoplastisk cerebellär degeneration."),
        ("Planering", "MR hjärna och remiss neurolog samma vecka."),
    ])], [], [("NL102", "n1")],
  "VGR: the hedged diagnosis sits only under sökord Tidiga hypoteser; visible sections hold symptoms and plans")

C("d143-neg-pmo-bvc-ev-sprakstorning", "skane", "2021-09-14", "M", [
    N("n1", P, "BVC-besök", "p_bvc_sjobo", "Eva Håkansson", "sjuksköterska", "2024-03-18T09:30:00", [
        ("Aktuellt", "2,5-årsbesök. Använder ca 10 ord, inga tvåordssatser. Leker bra med syskonen. Ev. språkstörning, ev. autism? "
                     "Remiss till logoped och hörselkontroll."),
    ], signed=20)], [], [("NL102", "n1")],
  "PMO never shows diagnoses: hedged language disorder/autism at a BVC visit")

C("d143-neg-pmo-vc-trolig-plotslig-dovhet", "skane", "1975-02-01", "M", [
    N("n1", P, "Läkarbesök", "p_vc_malmo", "Ahmed Yousef", "läkare", "2024-06-03T08:45:00", [
        ("Bedömning", "Vaknade med lock och nedsatt hörsel vä, Weber åt hö, trumhinnor ua. Trolig plötslig dövhet vä. "
                      "Akut remiss öron-jour SUS, pat åker dit direkt."),
    ], signed=15)], [], [("NL102", "n1")],
  "PMO: hedged sudden deafness at a vårdcentral")

C("d143-neg-pmo-vc-sannolik-vestibularisneurit", "skane", "1962-06-27", "F", [
    N("n1", P, "Läkarbesök", "p_vc_eslov", "Kristina Borg", "läkare", "2024-11-19T14:00:00", [
        ("Status", "Horisontell spontannystagmus åt vä, positivt head impulse åt hö, kan gå med stöd. Inga fokala neurologiska bortfall."),
        ("Bedömning", "Sannolik vestibularisneurit hö. Postafen vid behov, uppmanad att röra sig."),
    ])], [], [("NL102", "n1")],
  "PMO: 'Sannolik' vestibular neuritis at primary care")

C("d143-neg-pmo-hemsjukvard-susp-aspiration", "skane", "1936-10-03", "M", [
    N("n1", P, "Omvårdnad", "p_hsv_horby", "Maja Svensson", "sjuksköterska", "2024-12-02T15:30:00", [
        ("Aktuellt", "Hostar vid nästan varje måltid enligt hemtjänsten. Temp 38,4, andningsfrekvens 24, saturation 91 %. "
                     "Susp. aspirationspneumoni, kontakt med jourhavande läkare på VC som gör hembesök."),
    ], signed=25, setting="öppenvård")], [], [("NL102", "n1")],
  "PMO home care: 'Susp.' aspiration pneumonia")

C("d143-neg-pmo-vc-dd-meniere", "skane", "1966-01-06", "F", [
    N("n1", P, "Läkarbesök", "p_vc_eslov", "Tobias Mårtensson", "läkare", "2024-09-02T10:15:00", [
        ("Bedömning", "Tinnitus vä sedan våren och tre episoder av rotatorisk yrsel. DD Ménière. Remiss hörselvården Lund."),
    ])], [], [("NL102", "n1")],
  "PMO: 'DD' Ménière in a primary care note")

C("d143-neg-pmo-bvc-misstankt-dyspraxi", "skane", "2020-01-21", "F", [
    N("n1", P, "BVC-besök", "p_bvc_hbg", "Sofie Andersson", "sjuksköterska", "2024-02-05T13:00:00", [
        ("Aktuellt", "4-årsbesök. Svår att förstå för utomstående, förskolan tar upp misstänkt verbal dyspraxi. Hörseltest med lekaudiometri ua."),
        ("Planering", "Remiss till barnlogoped i Helsingborg."),
    ])], [], [("NL102", "n1")],
  "PMO: suspected verbal dyspraxia (reported by the preschool) at a BVC visit")

C("d143-neg-misstanke-avskriven-efter-mr", "vgr", "1980-08-30", "M", [
    N("n1", M, "Läkaranteckning", "v_onh_boras", "Fredrik Ahlqvist", "läkare", "2024-05-13T08:40:00", [
        ("Bedömning", "Misstanken om vestibularisschwannom är avskriven efter normal MR i mars. Kvarstående lätt asymmetri på diskanten."),
        ("Planering", "Kontroll-TTA om ett år, pat informerad om att söka tidigare vid försämring."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "earlier suspicion explicitly written off (avskriven)")

C("d143-neg-symtom-ev-lockkansla", "skane", "1994-02-22", "F", [
    N("n1", M, "Audionomanteckning", "s_aud_lund", "Sara Lindgren", "audionom", "2024-07-16T14:30:00", [
        ("Aktuellt", "Pat anger ev. lätt lockkänsla hö efter flygresa för två veckor sedan, mestadels över nu."),
        ("Status", "TTA och tympanometri normala bilat."),
        ("Bedömning", "Normal hörsel, ingen åtgärd."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "hedge on a symptom (lockkänsla), no diagnosis is hedged")

C("d143-neg-eventuellt-intratympanal-steroid", "vgr", "1971-04-12", "F", [
    N("n1", M, "Läkaranteckning", "v_onh_su", "Sara Wikström", "läkare", "2024-03-14T11:00:00", [
        ("Aktuellt", "Plötslig dövhet hö, dag 10. Ingen förbättring på peroralt Prednisolon, TTA oförändrad."),
        ("Planering", "Eventuellt intratympanal steroid, diskuteras med otokirurg i morgon och pat kontaktas."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "'Eventuellt' in front of a treatment, the diagnosis itself is confirmed")

C("d143-neg-eventuellt-ny-vng-pppd", "skane", "1958-07-23", "M", [
    N("n1", M, "Läkaranteckning", "s_yrsel_lund", "Niklas Wahlberg", "läkare", "2024-10-15T09:20:00", [
        ("Aktuellt", "PPPD diagnostiserat 2023. Fortsatt daglig gungande ostadighet, värre i affärer."),
        ("Planering", "Eventuellt förnyad VNG om symtombilden förändras. Fortsatt hemträning och KBT-kontakt via vårdcentralen."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "'Eventuellt' in front of an investigation, confirmed PPPD")

C("d143-neg-fees-inga-tecken-pa-aspiration", "vgr", "1955-11-17", "M", [
    N("n1", M, "Logopedanteckning", "v_stroke_ostra", "Josefin Nordin", "logoped", "2024-02-22T13:10:00", [
        ("Utredning", "FEES: inga tecken på penetration eller aspiration för tunnflytande, tjockflytande eller fast konsistens. Obetydliga residuer."),
        ("Bedömning", "Normal sväljning."),
        ("Åtgärd", "Ordinerad normalkost och normal dryck, ssk informerad."),
    ], setting="slutenvård")], [], [("NL102", "n1"), ("NL101", "n1")],
  "negated aspiration on FEES ('inga tecken på')")

C("d143-typo-neg-ingen-missanke-sprakstorning", "skane", "2017-08-08", "M", [
    N("n1", M, "Logopedanteckning", "s_barnlogo_lund", "Karin Mattsson", "logoped", "2024-05-28T08:45:00", [
        ("Bedömning", "Stamning sedan 3 års ålder, ca 8 % stammade stavelser med blockeringar och medrörelser. Ingen missanke om annan språklig svårighet."),
        ("Planering", "Palin PCI, sex tillfällen med föräldrarna."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "typo 'Ingen missanke om': negated suspicion, confirmed stuttering")

C("d143-neg-trolig-fortsatt-forbattring-afasi", "vgr", "1966-03-09", "F", [
    N("n1", M, "Logopedanteckning", "v_neurorehab", "Rebecka Åström", "logoped", "2024-04-09T10:45:00", [
        ("Bedömning", "Broca-afasi efter vä-sidig infarkt i januari. Benämning förbättrad från 12/30 till 19/30. "
                      "Trolig fortsatt förbättring med intensiv träning."),
        ("Planering", "Fortsatt träning tre gånger i veckan till midsommar."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "hedge on prognosis (trolig fortsatt förbättring), confirmed aphasia")

C("d143-neg-pappa-misstankt-als", "skane", "1979-01-28", "F", [
    N("n1", M, "Logopedanteckning", "s_logo_malmo", "Ingrid Dahl", "logoped", "2024-06-05T15:15:00", [
        ("Anamnes", "Pappa avled på 90-talet i misstänkt ALS, pat orolig för eget tal efter att ha sluddrat vid några tillfällen när hon varit trött."),
        ("Status", "Normal röst och artikulation, normal diadokokinesi, tungan utan atrofi eller fascikulationer. Inga bulbära fynd."),
        ("Bedömning", "Normal talmotorik, lugnande besked lämnat."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "hedged ALS of the father (family history); the patient has normal findings")

C("d143-neg-diagnos-faststalld-aterkopplad", "vgr", "2017-02-14", "F", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Lotta Sjöberg", "logoped", "2024-10-29T13:00:00", [
        ("Diagnos", "Språkstörning, expressiv och impressiv (F80.2), fastställd efter logopedisk utredning."),
        ("Åtgärd", "Återgivningssamtal med båda föräldrarna idag, skriftligt utlåtande till skolan."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "confirmed diagnosis fed back to the guardians")

C("d143-neg-uteslutna-sedan-pppd", "vgr", "1977-06-06", "F", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Johan Berglind", "läkare", "2024-08-06T10:00:00", [
        ("Bedömning", "Vid utredningen har BPPV, vestibularisneurit och Ménière uteslutits. Långvarig ostadighet utan organisk vestibulär skada, PPPD."),
        ("Planering", "Vestibulär rehab och SSRI diskuterat, pat vill börja med träningen."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "three diagnoses ruled out (uteslutits), the remaining one stated plainly")

C("d143-neg-oklart-om-aterbesok", "skane", "1950-05-05", "M", [
    N("n1", M, "Audionomanteckning", "s_hors_hbg", "Alva Johansson", "audionom", "2024-06-25T11:30:00", [
        ("Åtgärd", "Bilaterala hörapparater anpassade för presbyacusis, finjustering av diskant. Rengöring och batteribyte genomgånget."),
        ("Planering", "Oklart om pat hinner komma på uppföljningen innan semesterresan, han ringer själv och bokar."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "'Oklart om' on a follow-up visit, not on a diagnosis")

# ---------------------------------------------------------------- NL101 positives
C("d143-nl101-schwannom-mr-ej-informerad", "skane", "1970-03-03", "M", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Henrik Lövgren", "läkare", "2024-04-10T16:20:00", [
        ("Utredning", "MR inneröra 2024-04-08: 9 mm kontrastladdande process i vä inre hörselgång utan cisternal del."),
        ("Bedömning", "Vestibularisschwannom vä."),
        ("Planering", "Pat ej informerad om MR-svaret ännu, kallas till läkarbesök 22/4 för besked. Remiss till skallbasteamet skrivs efter besöket."),
    ], signed=15)], [("NL101", "n1")], [("NL102", "n1")],
  "confirmed acoustic neuroma in visible sections while the patient is explicitly not yet informed")

C("d143-nl101-typo-barn-snhl-foraldrar-ej-infromerade", "vgr", "2023-09-12", "F", [
    N("n1", M, "Läkaranteckning", "v_baud_dsbus", "Therese Olofsson", "läkare", "2024-03-13T11:45:00", [
        ("Utredning", "ABR i naturlig sömn: tröskel 70 dB nHL bilat, benlednings-ABR utan konduktiv komponent."),
        ("Bedömning", "Måttlig till grav sensorineural hörselnedsättning bilat."),
        ("Planering", "Föräldrarna är ännu inte infromerade, besked ges vid gemensamt möte med hörselpedagog på torsdag."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "typo 'infromerade': infant's confirmed hearing loss not yet told to the guardians, who read the journal")

C("d143-nl101-tyst-aspiration-vfs", "skane", "1942-08-25", "M", [
    N("n1", M, "Logopedanteckning", "s_stroke_malmo", "Emilia Roos", "logoped", "2024-02-08T14:30:00", [
        ("Utredning", "Videofluoroskopi: tyst aspiration av tunnflytande och nektartjock konsistens, ingen hostreflex, stora residuer i valleculae."),
        ("Bedömning", "Grav orofaryngeal dysfagi."),
        ("Planering", "Pat var trött efter undersökningen och har ej informerats om resultatet, tas upp i morgon tillsammans med dottern. Fortsatt sondnäring tills vidare."),
    ], setting="slutenvård")], [("NL101", "n1")], [("NL102", "n1")],
  "severe dysphagia with silent aspiration documented while the patient has not been told")

C("d143-nl101-misstankt-als-ej-framfort", "vgr", "1961-01-19", "M", [
    N("n1", M, "Logopedanteckning", "v_logo_su", "Malin Carlsson", "logoped", "2024-06-19T10:00:00", [
        ("Status", "Progredierande dysartri sedan åtta månader, hypernasal resonans, fascikulationer och atrofi i tungan, nedsatt tungstyrka."),
        ("Bedömning", "Misstänkt ALS med bulbär debut. Misstanken har ännu inte framförts till pat, neurologen tar samtalet nästa vecka."),
    ])], [("NL101", "n1"), ("NL102", "n1")], [],
  "hedged ALS in visible Bedömning that has explicitly not been conveyed to the patient (both rules)")

C("d143-nl101-cisplatin-onkolog-informerar", "skane", "1978-06-01", "F", [
    N("n1", M, "Audionomanteckning", "s_aud_lund", "Sara Lindgren", "audionom", "2024-05-23T13:15:00", [
        ("Utredning", "Ototoxicitetskontroll inför kur 4. Jämfört med baslinjen tydlig försämring på 4–8 kHz bilat, 20–30 dB."),
        ("Bedömning", "Cisplatininducerad ototoxisk hörselnedsättning bilat."),
        ("Planering", "Pat ej informerad om försämringen, behandlande onkolog meddelas idag och informerar vid kurbesöket på måndag."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "ototoxic hearing loss stated while the patient is deliberately left for the oncologist to inform")

C("d143-nl101-ccmv-verifierad-foraldrar-ej", "vgr", "2024-02-02", "M", [
    N("n1", M, "Läkaranteckning", "v_baud_dsbus", "Viktor Ljung", "läkare", "2024-04-02T15:00:00", [
        ("Utredning", "Svar från PKU-kortet: CMV-DNA påvisat, vilket verifierar kongenital CMV-infektion. ABR visar sensorineural hörselnedsättning hö."),
        ("Planering", "Föräldrarna har inte fått svaret än. Ring inte, de kallas till besök hos barnläkare och audiolog i nästa vecka."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "verified congenital CMV not yet given to the parents of a two-month-old")

C("d143-nl101-sprakstorning-aterkoppling-vantar", "skane", "2019-04-04", "M", [
    N("n1", M, "Logopedanteckning", "s_barnlogo_lund", "Matilda Berg", "logoped", "2024-05-30T11:00:00", [
        ("Diagnos", "Språkstörning, impressiv och expressiv (F80.2)."),
        ("Utredning", "Språkförståelse och ordförråd under −2 SD, grammatisk produktion kraftigt begränsad, uttal åldersadekvat."),
        ("Planering", "Vårdnadshavarna har ännu inte fått återkoppling av utredningen, diagnosen meddelas vid återgivningssamtal 12/6."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "language disorder diagnosis set but held back until a feedback meeting with the guardians")

C("d143-nl101-autism-aterges-senare", "skane", "2018-01-10", "F", [
    N("n1", M, "Logopedanteckning", "s_barn_hlm", "Ulrika Sjöstedt", "logoped", "2024-09-05T15:40:00", [
        ("Bedömning", "Sammanvägt med psykologens och barnläkarens bedömningar uppfylls kriterierna för autism (F84.0) med språkstörning."),
        ("Planering", "Föräldrarna ska inte informeras förrän vid återgivningen med hela teamet nästa onsdag."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "autism diagnosis agreed by the team but the parents must not be informed before the feedback session")

C("d143-nl101-larynxcancer-pad-ring-inte", "vgr", "1953-11-30", "M", [
    N("n1", M, "Läkaranteckning", "v_onh_su", "Per Gustavsson", "läkare", "2024-04-24T09:10:00", [
        ("Provsvar", "PAD från mikrolaryngoskopi: högt differentierad skivepitelcancer, hö stämband, T1a enligt klinisk stadieindelning."),
        ("Planering", "Pat ännu ej underrättad, besked ges vid besök 3/5 tillsammans med kontaktsjuksköterskan. Ring inte pat med svaret."),
    ], signed=10)], [("NL101", "n1")], [("NL102", "n1")],
  "histologically confirmed laryngeal cancer in a visible section, patient not yet told")

C("d143-nl101-recurrenspares-dt-tumor", "skane", "1955-02-14", "F", [
    N("n1", M, "Läkaranteckning", "s_fon_malmo", "Anders Holm", "läkare", "2024-03-27T12:30:00", [
        ("Status", "Vä stämband står i paramedian position utan rörlighet, insufficient slutning, läckande röst."),
        ("Utredning", "DT hals-thorax: 4 cm tumör i vä lungtopp med inväxt mot n. recurrens."),
        ("Bedömning", "Recurrenspares vä orsakad av lungtumör."),
        ("Planering", "Pat vet inte om DT-fyndet än. Lungmedicin kontaktad, de kallar henne inom en vecka och ger beskedet."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "'Pat vet inte om' a tumour found on CT during work-up of vocal fold paresis")

C("d143-nl101-semantisk-ppa-forenlig-ej-informerade", "vgr", "1953-04-16", "F", [
    N("n1", M, "Logopedanteckning", "v_logo_su", "Rebecka Åström", "logoped", "2024-10-17T14:10:00", [
        ("Utredning", "Kraftigt nedsatt benämning och ordförståelse för lågfrekventa ord, ytdyslexi, flytande men innehållsfattigt tal."),
        ("Bedömning", "Testresultaten är förenliga med semantisk variant av primär progressiv afasi. "
                      "Pat och maken är ej informerade om tolkningen, neurologen informerar efter teamkonferensen."),
    ])], [("NL101", "n1"), ("NL102", "n1")], [],
  "hedged (förenliga med) progressive aphasia explicitly not communicated to patient or husband")

C("d143-nl101-meniere-ej-natt-per-telefon", "skane", "1963-12-08", "F", [
    N("n1", M, "Telefonanteckning", "s_onh_ksd", "Gustav Brandt", "läkare", "2024-07-09T16:00:00", [
        ("Bedömning", "Genomgång av yrseldagbok, upprepade TTA och VNG: kriterierna för definitiv Ménières sjukdom vä är uppfyllda."),
        ("Telefonkontakt", "Sökt pat två gånger per telefon utan svar, hon har alltså ännu inte fått beskedet. Nytt försök i morgon förmiddag."),
    ], signed=5)], [("NL101", "n1")], [("NL102", "n1")],
  "definite Ménière written while two phone attempts failed and the patient has not been told")

C("d143-nl101-typo-kolesteatom-ej-infomerad", "vgr", "1985-05-05", "M", [
    N("n1", M, "Läkaranteckning", "v_hors_skovde", "Jesper Wall", "läkare", "2024-08-22T10:35:00", [
        ("Utredning", "DT tinningben: mjukdelsförändring i attik och antrum vä med erosion av städets långa skänkel."),
        ("Bedömning", "Kolesteatom vä. Pat ej infomerad om DT-svaret, tas vid återbesöket om två veckor."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "typo 'infomerad': cholesteatoma on CT not yet told to the patient")

C("d143-nl101-typo-usher-ej-underattade", "skane", "2016-03-21", "M", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Lena Ekström", "läkare", "2024-02-29T13:20:00", [
        ("Utredning", "Genetisk analys av hörselgenpanel: två patogena varianter i USH2A."),
        ("Bedömning", "Usher syndrom typ 2 med medfödd måttlig hörselnedsättning."),
        ("Planering", "Föräldrarna är inte underättade ännu, genetisk vägledning och ögonundersökning bokas innan besked."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "typo 'underättade': Usher syndrome in a 7-year-old not yet told to the guardians")

C("d143-nl101-typo-pendred-avvaktar-inforemra", "vgr", "2019-12-01", "F", [
    N("n1", M, "Läkaranteckning", "v_baud_dsbus", "Viktor Ljung", "läkare", "2024-06-11T09:50:00", [
        ("Utredning", "MR inneröra: bilateralt vidgad vestibulär akvedukt. Genetik: två varianter i SLC26A4."),
        ("Bedömning", "Pendreds syndrom med fluktuerande sensorineural hörselnedsättning bilat."),
        ("Planering", "Avvaktar med att inforemra föräldrarna tills klinisk genetiker kan delta i samtalet."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "typo 'inforemra' in 'Avvaktar med att informera' the guardians about a confirmed syndromic diagnosis")

C("d143-nl101-glomus-kanner-inte-till", "skane", "1971-09-17", "F", [
    N("n1", M, "Läkaranteckning", "s_onh_malmo", "Jonas Ek", "läkare", "2024-05-20T14:40:00", [
        ("Utredning", "DT tinningben: 6 mm mjukdelsförändring på promontoriet vä utan benerosion, typiskt utseende för glomus tympanicum."),
        ("Bedömning", "Glomus tympanicum vä."),
        ("Planering", "Pat känner inte till DT-svaret ännu. Diskuteras på skallbaskonferens på fredag, därefter besked."),
    ])], [("NL101", "n1")], [],
  "'känner inte till' the CT result naming a glomus tumour")

C("d143-nl101-peg-rekommendation-ej-informerad", "vgr", "1947-02-11", "M", [
    N("n1", M, "Logopedanteckning", "v_stroke_nal", "Klara Hedlund", "logoped", "2024-11-26T15:05:00", [
        ("Bedömning", "Bestående grav dysfagi tre veckor efter hjärnstamsinfarkt, peroralt intag inte säkert ens med förtjockad konsistens. PEG rekommenderas."),
        ("Planering", "Pat har ej informerats om bedömningen, läkare och logoped informerar gemensamt i morgon."),
    ], setting="slutenvård")], [("NL101", "n1")], [("NL102", "n1")],
  "severe dysphagia assessment on a stroke ward kept from the patient until a joint talk")

C("d143-nl101-mr-infarkt-ej-fatt-veta", "skane", "1958-10-29", "F", [
    N("n1", M, "Daganteckning", "s_stroke_hbg", "Sofia Nyberg", "läkare", "2024-01-31T15:30:00", [
        ("Utredning", "MR hjärna: färsk infarkt i vä capsula interna, förklarar den övergående dysartrin."),
        ("Bedömning", "Lakunär infarkt vä. Pat har ännu inte fått veta MR-svaret, informeras på ronden i morgon."),
    ], setting="slutenvård")], [("NL101", "n1")], [("NL102", "n1")],
  "lacunar infarct on MR while the patient 'har ännu inte fått veta'")

C("d143-nl101-meningeom-ovetande", "vgr", "1968-07-27", "F", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Camilla Forsberg", "läkare", "2024-09-03T11:15:00", [
        ("Utredning", "MR för hörselasymmetri: inget vestibularisschwannom, men ett 2 cm meningeom vid vä tentoriumkant."),
        ("Planering", "Pat är ovetande om fyndet. Neurokirurg konsulteras innan besked lämnas."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "incidental meningioma on MR, patient 'ovetande om fyndet'; the neuroma is negated")

C("d143-nl101-dyslexi-besked-pa-skolan", "vgr", "2014-10-22", "M", [
    N("n1", M, "Logopedanteckning", "v_barn_alingsas", "Sanna Hultgren", "logoped", "2024-04-25T13:25:00", [
        ("Utredning", "Ordavkodning och fonologisk bearbetning under −2 SD, läsförståelse något bättre tack vare god språkförståelse."),
        ("Bedömning", "Resultaten visar dyslexi (F81.0)."),
        ("Planering", "Pojken och föräldrarna har ännu inte fått besked, återkoppling sker på skolan med specialpedagog den 6/5."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "dyslexia diagnosis in a 9-year-old before feedback to child and guardians")

C("d143-nl101-nf2-senare-anteckning", "skane", "1995-08-02", "M", [
    N("n1", M, "Audionomanteckning", "s_hors_hbg", "Alva Johansson", "audionom", "2024-03-12T10:00:00", [
        ("Bedömning", "Måttlig SNHL bilat med sämre taluppfattning än väntat. Pat informerad om hörselnedsättningen och om hörapparatutprovning."),
    ]),
    N("n2", M, "Läkaranteckning", "s_hors_hbg", "Mikael Sandberg", "läkare", "2024-05-07T15:45:00", [
        ("Utredning", "MR: bilaterala vestibularisschwannom 14 och 9 mm samt ett litet meningeom frontalt."),
        ("Bedömning", "Neurofibromatos typ 2 (NF2)."),
        ("Planering", "Pat ej informerad ännu om NF2-diagnosen, besked vid läkarbesök med kurator 15/5."),
    ])], [("NL101", "n2")], [("NL101", "n1"), ("NL102", "n2")],
  "two notes: hearing loss told in n1, later NF2 diagnosis not yet told in n2")

C("d143-nl101-nasofarynxcancer-ej-per-telefon", "vgr", "1966-03-30", "M", [
    N("n1", M, "Läkaranteckning", "v_onh_boras", "Linnéa Öberg", "läkare", "2024-09-12T08:55:00", [
        ("Anamnes", "Vuxen man med ensidig sekretorisk otit hö sedan två månader, därför epifarynxbiopsi förra veckan."),
        ("Provsvar", "Biopsi från nasofarynx: odifferentierad nasofarynxcancer, EBV-positiv."),
        ("Planering", "Besked ska inte lämnas per telefon. Pat ännu ej informerad, tid hos mig 16/9."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "nasopharyngeal carcinoma found behind adult unilateral otitis media with effusion, not yet told")

C("d143-nl101-trol-schwannom-ej-fatt-svaret", "skane", "1977-01-07", "F", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Henrik Lövgren", "läkare", "2024-06-27T14:00:00", [
        ("Utredning", "MR inneröra: 3 mm kontrastladdning i vä inre hörselgång, trol. litet vestibularisschwannom. Radiologen föreslår kontroll om ett år."),
        ("Planering", "Pat har inte fått MR-svaret än, ringer henne efter semestern."),
    ])], [("NL101", "n1"), ("NL102", "n1")], [],
  "hedged small acoustic neuroma (trol.) with the patient not yet given the MR result")

C("d143-nl101-utkast-snhl-vardnadshavare-ej", "vgr", "2020-11-03", "M", [
    N("n1", M, "Audionomanteckning", "v_baud_dsbus", "Moa Ekberg", "audionom", "2024-10-01T11:20:00", [
        ("Utredning", "Lekaudiometri med insatstelefoner och benledning, kompletterat med ABR förra veckan."),
        ("Bedömning", "Bilateral måttlig sensorineural hörselnedsättning."),
        ("Planering", "Hörselnedsättningen är inte meddelad vårdnadshavarna ännu, ansvarig läkare meddelar vid besöket 8/10."),
    ], signed=None)], [("NL101", "n1")], [("NL102", "n1")],
  "unsigned draft: confirmed hearing loss not yet told to the guardians of a 3-year-old")

C("d143-nl101-dysplasi-ej-delgiven", "skane", "1964-04-28", "M", [
    N("n1", M, "Läkaranteckning", "s_fon_malmo", "Anders Holm", "läkare", "2024-11-14T10:10:00", [
        ("Provsvar", "PAD från excision av leukoplakin på vä stämband: höggradig dysplasi, ingen invasiv växt, fria marginaler."),
        ("Planering", "Pat ej delgiven PAD-svaret, kallas till mottagningen nästa vecka. Rökstopp tas upp igen då."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "'ej delgiven' a high-grade dysplasia result")

C("d143-nl101-typo-parkinsondysfagi-ej-informerd", "vgr", "1939-06-06", "F", [
    N("n1", M, "Logopedanteckning", "v_med_kungalv", "Johanna Persson", "logoped", "2024-01-23T14:20:00", [
        ("Utredning", "Klinisk sväljbedömning och FEES: fördröjd sväljreflex, penetration och aspiration av tunnflytande."),
        ("Bedömning", "Dysfagi relaterad till Parkinsons sjukdom."),
        ("Planering", "Pat ej informerd, dottern önskar vara med när beskedet ges. IDDSI nivå 2 för dryck tills vidare."),
    ], setting="slutenvård")], [("NL101", "n1")], [("NL102", "n1")],
  "typo 'informerd': dysphagia assessment not yet told to the patient (daughter wants to be present)")

C("d143-nl101-tillvaxt-kant-schwannom", "vgr", "1959-12-15", "M", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Johan Berglind", "läkare", "2024-07-04T13:05:00", [
        ("Utredning", "Kontroll-MR: det kända vestibularisschwannomet hö har växt från 8 till 13 mm sedan förra året, nu med cisternal del."),
        ("Planering", "Pat ej informerad om tillväxten. Besked tillsammans med neurokirurgen i nästa vecka när behandlingsförslag finns."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
  "the diagnosis is known but a new finding about it (growth) is explicitly untold")

C("d143-nl101-epikris-rundhard-ej-informerad", "skane", "1948-03-09", "M", [
    N("n1", M, "Epikris", "s_stroke_hbg", "Erik Söderlund", "läkare", "2024-10-24T13:40:00", [
        ("Epikris", "Inkom med global afasi och hö-sidig hemipares, DT visade stor infarkt i vä mediaområde. Dysfagi, sondnäring första veckan, "
                    "nu IDDSI nivå 4. Under vårdtiden framkom på DT thorax en 2 cm rundhärd i hö överlob, misstänkt malignitet. "
                    "Pat har inte informerats om rundhärden på grund av svår afasi och fluktuerande vakenhet."),
        ("Fortsatt planering", "Remiss lungmedicin skickad. Vårdcentralen ombeds ta ställning till när och hur besked ges tillsammans med hustrun."),
    ], signed=120, setting="slutenvård")], [("NL101", "n1"), ("NL102", "n1")], [],
  "discharge summary with a hedged lung lesion (misstänkt malignitet) that the aphasic patient has not been told")

# ---------------------------------------------------------------- NL101 negatives
C("d143-nl101neg-schwannom-informerad-idag", "skane", "1968-11-21", "M", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Lena Ekström", "läkare", "2024-03-28T10:30:00", [
        ("Bedömning", "MR visar vestibularisschwannom hö, 7 mm intrameatalt."),
        ("Åtgärd", "Pat informerad om diagnosen idag och fick skriftlig information om wait-and-scan. Kontroll-MR om sex månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "diagnosis stated and told to the patient today")

C("d143-nl101neg-meniere-informerad-tidigare", "vgr", "1961-04-30", "F", [
    N("n1", M, "Audionomanteckning", "v_hb_su", "Nora Svedberg", "audionom", "2024-04-18T09:00:00", [
        ("Anamnes", "Känd Ménières sjukdom vä, informerades om diagnosen vid läkarbesöket i februari."),
        ("Åtgärd", "Utprovning av hörapparat vä med öppen anpassning, prioriterat taluppfattning i buller. Nöjd vid lyssningstest."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "diagnosis told at an earlier visit")

C("d143-nl101neg-op-datum-ej-meddelat", "skane", "1984-06-22", "F", [
    N("n1", M, "Läkaranteckning", "s_onh_malmo", "Sanna Jeppsson", "läkare", "2024-04-04T13:50:00", [
        ("Bedömning", "Otoskleros hö, pat väl informerad och önskar stapedotomi."),
        ("Planering", "Uppsatt på operationslistan, prioritet 3 månader. Pat ännu ej informerad om operationsdatum, planeringsenheten skickar kallelse."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "what the patient has not been told is the operation date, not the diagnosis")

C("d143-nl101neg-remissen-ej-meddelad", "vgr", "1957-09-09", "M", [
    N("n1", M, "Läkaranteckning", "v_hors_udd", "Anna Fransson", "läkare", "2024-02-13T15:10:00", [
        ("Bedömning", "Grav bilateral SNHL, taluppfattning 28 % med optimalt anpassade hörapparater. Diskuterat hörselsituationen med pat vid besöket."),
        ("Planering", "Remiss till CI-teamet Sahlgrenska skickad efter besöket, pat har inte hunnit få veta att den är skickad. Sekreterare skickar brev."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "the untold thing is that the referral was sent; the diagnosis was discussed")

C("d143-nl101neg-normal-mr-ej-meddelad", "skane", "1972-02-09", "F", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Henrik Lövgren", "läkare", "2024-09-19T16:00:00", [
        ("Bedömning", "Asymmetrisk SNHL vä, sannolikt kokleär genes. MR inneröra utan patologi."),
        ("Planering", "Pat har ännu inte fått MR-svaret, brev med det normala svaret skickas i dag. Kontroll-TTA om ett år."),
    ], signed=10)], [], [("NL101", "n1")],
  "what is not yet told is a normal MR result, not a diagnosis")

C("d143-nl101neg-skane-th-mall-meningeom", "skane", "1965-01-25", "M", [
    N("n1", M, "Tidiga hypoteser", "s_aud_lund", "Lena Ekström", "läkare", "2024-08-12T14:15:00", [
        ("Utredning", "Kontrastladdande förändring i hö cerebellopontina vinkel, 15 mm, trol. meningeom snarare än schwannom. "
                      "Pat ej informerad, inväntar neuroradiologisk rond."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: untold hedged diagnosis kept in the Tidiga hypoteser template only")

C("d143-nl101neg-vgr-th-sokord-syndrom", "vgr", "2022-02-17", "F", [
    N("n1", M, "Läkaranteckning", "v_baud_dsbus", "Therese Olofsson", "läkare", "2024-05-15T10:45:00", [
        ("Bedömning", "Bilateral måttlig SNHL. Föräldrarna informerade om hörselnedsättningen och om behovet av hörapparater."),
        ("Tidiga hypoteser", "Heterokromi och vit hårslinga hos barnet, genetiken visar en variant i PAX3 som talar för Waardenburgs syndrom. "
                             "Föräldrarna ännu ej informerade, inväntar klinisk genetikers tolkning."),
        ("Planering", "Öronavtryck tas idag, utlämning av hörapparater om tre veckor."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: the untold syndrome sits only under sökord Tidiga hypoteser; the visible diagnosis was told")

C("d143-nl101neg-pat-vet-soner-ej", "skane", "1952-07-14", "M", [
    N("n1", M, "Logopedanteckning", "s_logo_malmo", "Petra Lundgren", "logoped", "2024-03-06T10:20:00", [
        ("Anamnes", "ALS med bulbär debut, pat informerad om diagnosen av neurolog i januari."),
        ("Åtgärd", "Genomgång av samtalsapp och bokstavstavla. Pat vill själv berätta om sjukdomen för sönerna och önskar att vi inte informerar dem vid telefonkontakt."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "the patient knows; only relatives (the sons) are not to be informed")

C("d143-nl101neg-fonologisk-kort", "vgr", "2018-05-19", "M", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Ebba Lindström", "logoped", "2024-03-05T08:30:00", [
        ("Åtgärd", "Fonologisk språkstörning, fortsatt träning av /k/ och /g/ i initial position med minimala par."),
    ], signed=15)], [], [("NL101", "n1"), ("NL102", "n1")],
  "one-line note with a diagnosis and nothing about telling")

C("d143-nl101neg-egenavgift-ej-meddelad", "skane", "1947-05-15", "M", [
    N("n1", M, "Audionomanteckning", "s_hors_ystad", "Emma Rydén", "audionom", "2024-04-23T14:00:00", [
        ("Åtgärd", "Presbyacusis bilat, nya bakom-örat-apparater med tunn slang anpassade."),
        ("Planering", "Pat ej informerad om egenavgiften ännu, administratören skickar information hem."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "'ej informerad' about a fee, not a diagnosis")

C("d143-nl101neg-besked-vid-dagens-besok", "vgr", "1952-10-02", "M", [
    N("n1", M, "Läkaranteckning", "v_onh_su", "Sara Wikström", "läkare", "2024-05-02T10:00:00", [
        ("Bedömning", "Skivepitelcancer hö stämband T1a enligt PAD. Svaret hade medvetet inte lämnats per telefon."),
        ("Åtgärd", "Pat fick beskedet vid dagens besök tillsammans med hustrun, kontaktsjuksköterskan var med. Remiss strålbehandling."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "earlier withholding mentioned, but the patient was told at today's visit")

C("d143-nl101neg-otosyfilis-n2-informerad", "skane", "1974-07-30", "M", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Henrik Lövgren", "läkare", "2024-02-19T15:30:00", [
        ("Utredning", "Fluktuerande hörselnedsättning bilat. Syfilisserologi positiv (TPPA och RPR)."),
        ("Planering", "Pat ännu ej informerad om serologisvaret, infektionsläkare kontaktad för gemensam planering."),
    ]),
    N("n2", M, "Läkaranteckning", "s_aud_lund", "Henrik Lövgren", "läkare", "2024-02-23T09:00:00", [
        ("Bedömning", "Otosyfilis som orsak till den fluktuerande hörselnedsättningen."),
        ("Åtgärd", "Pat informerad om den positiva syfilisserologin och om diagnosen otosyfilis. Smittspårning och behandling sköts av infektionskliniken, remiss skickad."),
    ])], [], [("NL101", "n2"), ("NL102", "n2")],
  "two notes: n1 withheld the serology, n2 tells the patient; asserted on n2 only")

C("d143-nl101neg-foraldrar-informerade-ci", "vgr", "2021-04-08", "M", [
    N("n1", M, "Läkaranteckning", "v_baud_dsbus", "Viktor Ljung", "läkare", "2024-08-28T13:30:00", [
        ("Bedömning", "Bilateral grav SNHL med otillräcklig nytta av hörapparater."),
        ("Åtgärd", "Föräldrarna informerade om diagnosen och om CI-utredningens upplägg vid besöket. Kontakt med hörselpedagog och CI-koordinator förmedlad."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "guardians of a 3-year-old informed about the hearing loss")

C("d143-nl101neg-ingen-kallelse-terapi", "skane", "1969-03-17", "F", [
    N("n1", M, "Logopedanteckning", "s_logo_malmo", "Ingrid Dahl", "logoped", "2024-06-13T11:10:00", [
        ("Bedömning", "Muskelspänningsdysfoni, planerad röstterapi sex tillfällen."),
        ("Planering", "Pat har ännu inte fått någon kallelse till första terapitillfället, ny tid efter sommaren."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "the patient has not received a summons (a date/plan), nothing about the diagnosis being untold")

C("d143-nl101neg-normal-horsel-ej-meddelad-dld", "vgr", "2019-06-26", "F", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Hanna Lindqvist", "logoped", "2024-06-20T10:30:00", [
        ("Anamnes", "Språkstörning (F80.1) sedan tidigare, föräldrarna väl insatta och aktiva i träningen."),
        ("Planering", "Hörselkontrollen i maj utföll normal, vårdnadshavarna har inte fått det svaret än och informeras vid nästa besök."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "untold item is a normal hearing test; the diagnosis is known to the guardians")

C("d143-nl101neg-maken-ej-nadd", "vgr", "1945-01-20", "F", [
    N("n1", M, "Läkaranteckning", "v_stroke_ostra", "Oscar Melin", "läkare", "2024-03-22T16:45:00", [
        ("Bedömning", "Afasi och dysfagi efter vä-sidig mediainfarkt, pat informerad med stöd av bilder och förstår huvuddragen."),
        ("Planering", "Maken är ännu inte informerad då han inte har nåtts per telefon, nytt försök i kväll."),
    ], setting="slutenvård")], [], [("NL101", "n1"), ("NL102", "n1")],
  "patient told; only the husband has not been reached")

C("d143-nl101neg-typo-pat-infomerad-bullerskada", "skane", "1990-12-03", "M", [
    N("n1", M, "Läkaranteckning", "s_hors_hbg", "Mikael Sandberg", "läkare", "2024-10-10T14:25:00", [
        ("Bedömning", "Bullerskada bilat med dipp vid 4–6 kHz efter många år som trumslagare."),
        ("Åtgärd", "Pat infomerad om diagnosen och om vikten av gehörsanpassade hörselskydd, musikerproppar utprovas."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "typo 'infomerad' meaning the patient WAS informed")

C("d143-nl101neg-ej-informerad-om-flytt", "vgr", "1973-08-13", "F", [
    N("n1", M, "Logopedanteckning", "v_logo_su", "Malin Carlsson", "logoped", "2024-11-07T13:00:00", [
        ("Åtgärd", "Funktionell dysfoni, tredje terapitillfället, resonansröstträning med bättre effekt."),
        ("Planering", "Pat ej informerad om att behandlingen flyttas till Mölndal från december, meddelas vid nästa tillfälle."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "not informed about a change of treatment location")

C("d143-nl101neg-informerad-av-remittent", "vgr", "1979-02-05", "F", [
    N("n1", M, "Läkaranteckning", "v_hors_skovde", "Jesper Wall", "läkare", "2024-02-01T10:40:00", [
        ("Anamnes", "Remitterad från ÖNH Lidköping med känd otoskleros bilat, informerad om diagnosen av remitterande läkare."),
        ("Planering", "Hörapparat bilat, pat avstår operation i nuläget."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "told earlier by the referring doctor")

C("d143-nl101neg-th-mall-och-synlig-logopedanteckning", "skane", "2019-08-15", "M", [
    N("n1", M, "Tidiga hypoteser", "s_barnlogo_lund", "Matilda Berg", "logoped", "2024-09-24T10:00:00", [
        ("Bedömning", "Begränsad ömsesidighet och stereotypa rörelser under hela besöket, misstänkt autism. Föräldrarna ej informerade om misstanken."),
    ]),
    N("n2", M, "Logopedanteckning", "s_barnlogo_lund", "Matilda Berg", "logoped", "2024-09-24T10:05:00", [
        ("Bedömning", "Expressiv språkstörning med korta yttranden och begränsat verbordförråd."),
        ("Åtgärd", "Föräldrarna informerade om den logopediska bedömningen och om språkstimulerande strategier hemma."),
    ])], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  "Skåne: untold suspicion in the Tidiga hypoteser template (n1); visible note n2 holds only a told diagnosis")

C("d143-nl101neg-meddelad-via-1177", "skane", "1963-05-08", "M", [
    N("n1", M, "Audionomanteckning", "s_hors_hbg", "Alva Johansson", "audionom", "2024-08-29T15:20:00", [
        ("Åtgärd", "Kontroll-TTA visar oförändrad presbyacusis bilat jämfört med 2022. Pat meddelad via 1177 om resultatet och att nuvarande inställning behålls."),
    ], signed=5)], [], [("NL101", "n1"), ("NL102", "n1")],
  "patient was told through a 1177 message")

C("d143-nl101neg-aterges-idag-kurator", "skane", "2017-11-11", "F", [
    N("n1", M, "Logopedanteckning", "s_barnlogo_lund", "Karin Mattsson", "logoped", "2024-04-11T14:00:00", [
        ("Åtgärd", "Diagnosen språkstörning återgavs till föräldrarna idag, mamma blev ledsen och kurator erbjöds. Skriftligt underlag till förskolan."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "diagnosis given back to the guardians today")

C("d143-nl101neg-avbokning-ej-meddelad", "vgr", "1971-12-28", "M", [
    N("n1", M, "Logopedanteckning", "v_fon_su", "Nils Granath", "logoped", "2024-01-16T11:30:00", [
        ("Bedömning", "Stämbandsgranulom vä efter intubation i höstas, lätt heshet, förbättras med röstvila och PPI."),
        ("Planering", "Pat ej informerad om att foniatrikerbesöket avbokats pga sjukdom, ringer i morgon med ny tid."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "not told about a cancelled visit; the granuloma is confirmed")

C("d143-nl101neg-utkast-ssd-informerade", "vgr", "2017-07-07", "F", [
    N("n1", M, "Läkaranteckning", "v_baud_dsbus", "Therese Olofsson", "läkare", "2024-12-03T10:10:00", [
        ("Bedömning", "Ensidig dövhet hö (SSD) konstaterad vid skolhörselkontroll och bekräftad med ABR. Föräldrarna informerade vid besöket."),
        ("Planering", "MR inneröra för att värdera hörselnerven, kontakt med skolan om placering i klassrummet."),
    ], signed=None)], [], [("NL101", "n1"), ("NL102", "n1")],
  "unsigned draft: guardians informed about single-sided deafness")

C("d143-nl101neg-misstanke-meddelad-pat", "vgr", "1975-09-25", "F", [
    N("n1", M, "Läkaranteckning", "v_hors_skovde", "Jesper Wall", "läkare", "2024-03-19T13:45:00", [
        ("Bedömning", "Fluktuerande lågfrekvent hörselnedsättning vä och två yrselattacker, trolig Ménières sjukdom."),
        ("Åtgärd", "Pat informerad om misstanken och om yrseldagbok, ny TTA om en månad."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
  "hedged Ménière that the patient has been told about: NL102 yes, NL101 no")

C("d143-nl101neg-mormor-ska-ej-veta", "vgr", "2019-02-28", "M", [
    N("n1", M, "Logopedanteckning", "v_logo_dsbus", "Lotta Sjöberg", "logoped", "2024-05-21T09:15:00", [
        ("Åtgärd", "Språkstörning (F80.2), diagnosen återgiven till båda föräldrarna."),
        ("Planering", "Mormor som följde med ska enligt mamma inte få information om diagnosen, hänsyn tas vid kommande besök."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "the guardians know; only the grandmother is not to be told")

C("d143-nl101neg-lang-strokejournal-inget-om-besked", "skane", "1940-06-18", "F", [
    N("n1", M, "Logopedanteckning", "s_stroke_malmo", "Emilia Roos", "logoped", "2024-07-03T11:00:00", [
        ("Anamnes", "84-årig kvinna, inlagd sedan 4 dagar med hö-sidig infarkt i a. cerebri media-området. Tidigare förmaksflimmer och hypertoni. "
                    "Bor ensam i lägenhet i Limhamn med hemtjänst en gång per dag, dottern bor i Lund. Tidigare god kommunikation enligt dottern."),
        ("Status", "Vaken, samarbetar. Vä-sidig facialispares, dysartri med otydliga klusiler, talet begripligt i känt sammanhang. "
                   "Nedsatt tungrörlighet åt vä, svag hosta på uppmaning. Röstkvaliteten gurglig efter vattensväljning. "
                   "GUSS 12 poäng, 100 ml vattentest avbrutet efter hosta vid 30 ml. Saturation stabil 95–96 %."),
        ("Bedömning", "Måttlig orofaryngeal dysfagi och lätt till måttlig dysartri efter höger hemisfärsinfarkt. "
                      "Neglekt vä påverkar ätandet, matrester samlas i vä kind."),
        ("Åtgärd", "Ordinerat IDDSI nivå 5 för mat och nivå 2 för dryck, sittande 90 grader vid måltid och 30 minuter efter. "
                   "Munvård efter varje måltid. Ätschema och bildstöd satt upp vid sängen. Kostenheten kontaktad."),
        ("Planering", "Ny klinisk sväljbedömning på måndag, videofluoroskopi om ingen förbättring. "
                      "Talträning med fokus på överartikulation och tempo, tre gånger i veckan under vårdtiden. Överrapportering till rehabavdelningen vid flytt."),
    ], signed=50, setting="slutenvård")], [], [("NL101", "n1"), ("NL102", "n1")],
  "long stroke logoped chart with confirmed diagnoses and nothing said about telling")

C("d143-nl101neg-lang-ci-utvardering-informerad", "vgr", "1960-10-10", "M", [
    N("n1", M, "Läkaranteckning", "v_hb_su", "Karl Nilsson", "läkare", "2024-11-28T09:30:00", [
        ("Anamnes", "64-årig man med progredierande bilateral SNHL sedan 20 år, hereditet på fars sida. Bilaterala hörapparater sedan 2010. "
                    "Arbetar som ekonom, beskriver stora svårigheter i möten och i telefon, har slutat gå på konserter. Ingen yrsel, tinnitus bilat som inte stör sömnen."),
        ("Status", "Otomikroskopi ua bilat. Talavläser bra, samtalar utan svårighet i tyst rum med stöd av munavläsning."),
        ("Utredning", "TTA: grav SNHL bilat, PTA4 hö 82 dB, vä 88 dB. Taluppfattning med hörapparater i fritt fält 36 % i tyst miljö. "
                      "MR inneröra: normala cochleor och hörselnerver bilat, ingen ossifikation. Kognitiv screening normal. "
                      "Psykosocial bedömning hos kurator genomförd, realistiska förväntningar."),
        ("Bedömning", "Grav bilateral sensorineural hörselnedsättning med otillräcklig nytta av konventionella hörapparater. "
                      "Uppfyller kriterierna för cochleaimplantat."),
        ("Åtgärd", "Pat informerad om bedömningen och om operation, aktivering, rehabilitering och realistiska resultat. Han vill gå vidare med CI vä i första hand. "
                   "Skriftlig information och kontaktuppgifter till CI-koordinator lämnade."),
        ("Planering", "Uppsatt för CI vä, prioritet 6 månader. Hörapparat hö behålls, bimodal anpassning efter aktivering."),
    ], signed=70)], [], [("NL101", "n1"), ("NL102", "n1")],
  "long cochlear implant evaluation: diagnosis stated and explicitly told")


# ---------------------------------------------------------------- long charts
C("d143-lang-barnhorsel-bara-plan-och-familjehedgar", "skane", "2015-05-12", "F", [
    N("n1", M, "Läkaranteckning", "s_aud_lund", "Lena Ekström", "läkare", "2024-10-22T13:00:00", [
        ("Anamnes", "9-årig flicka med känd bilateral måttlig sensorineural hörselnedsättning, genetiskt bekräftad GJB2-orsakad (connexin 26) sedan 2016. "
                    "Bilaterala hörapparater sedan ettårsåldern, använder dem hela vakna dagen enligt datalogg, i snitt 11 timmar. "
                    "Går i trean i vanlig klass med hörselteknisk utrustning, mikrofon hos läraren. Trivs i skolan men blir trött på eftermiddagarna. "
                    "Lillasyster, 4 år, utreds just nu hos oss för misstänkt hörselnedsättning efter en utfallen BVC-kontroll. "
                    "Farbror har möjligen hörselnedsättning sedan barndomen, ej utredd. Inga öroninfektioner senaste året, ingen yrsel."),
        ("Status", "Otomikroskopi: hela, normalt belägna trumhinnor bilat, lite vax hö som avlägsnas. Öronproppar sitter bra, inga tryckmärken. "
                   "Balans: står på ett ben 15 sek hö och vä, normal tandemgång."),
        ("Utredning", "TTA: oförändrade trösklar jämfört med förra året, PTA4 hö 52 dB, vä 55 dB, flat konfiguration. "
                      "Taluppfattning med hörapparater i fritt fält 88 % i tyst miljö och 64 % vid +5 dB signal-brusförhållande. "
                      "Tympanometri typ A bilat. Inga tecken på progress av hörselnedsättningen."),
        ("Bedömning", "Stabil bilateral måttlig SNHL med god nytta av hörapparaterna. Ingen misstanke om vestibulär påverkan. "
                      "Svårigheterna i skolan gäller främst grupparbete i bullriga miljöer."),
        ("Åtgärd", "Föräldrarna och flickan informerade om resultaten. Ev. byte till nya hörapparater med bättre brusreducering nästa år. "
                   "Skolans hörselpedagog kontaktas om eventuellt kompletterande mikrofon för klasskamraterna."),
        ("Planering", "Om plötslig försämring av hörseln ska föräldrarna höra av sig samma dag. Trolig överflyttning till audionom i Malmö när familjen flyttar i vår. "
                      "Årskontroll hos läkare om ett år, audionomkontroll om sex månader."),
    ], signed=55)], [], [("NL102", "n1"), ("NL101", "n1")],
  "long child audiology chart: every hedge is on a relative, a plan, a conditional or negated; the diagnosis is confirmed and told")

C("d143-lang-rostbedomning-kan-inte-utesluta-gomd", "vgr", "1966-02-03", "F", [
    N("n1", M, "Logopedanteckning", "v_fon_su", "Nils Granath", "logoped", "2024-02-29T10:00:00", [
        ("Anamnes", "58-årig kvinna, arbetar som säljare på telefon. Röstproblem sedan ett och ett halvt år, debut efter en period av stress på jobbet. "
                    "Beskriver rösten som ansträngd och hackig, värst i telefon och när hon är nervös, nästan normal vid skratt och sång. "
                    "Ingen sväljningsstörning, ingen viktnedgång, aldrig rökt. Hypotyreos, substituerad med Levaxin. Inga kända neurologiska sjukdomar i släkten."),
        ("Status", "Perceptuellt ansträngd, pressad röstkvalitet med återkommande röstavbrott på vokaler i fraser, särskilt vid tonande ljud. "
                   "Röstavbrotten minskar vid viskning och vid högt tonläge. Ingen tremor i vila, lätt vokal tremor vid uthållet /a/. "
                   "Normal andning, normal resonans, artikulationen precis. Stroboskopi hos foniatriker i januari visade normala stämband utan lesioner."),
        ("Utredning", "VHI-30: 64 poäng. Maximal fonationstid 14 sek. Akustisk analys visar oregelbundna frekvensfall i löpande tal. "
                      "Inspelning av standardtext och spontantal sparad för jämförelse."),
        ("Bedömning", "Röststörning med pressad röstkvalitet och röstavbrott som påverkar arbetsförmågan påtagligt. Bilden har funktionella drag och "
                      "spänningsmönstret liknar det vi ser vid muskelspänningsdysfoni, men avbrottens karaktär gör att adduktorisk spasmodisk dysfoni inte kan uteslutas. "
                      "Den vokala tremorn följs upp."),
        ("Åtgärd", "Genomgång av röstergonomi, pauser i telefonarbetet, headset med mikrofon. Avspänningsövningar för larynx och halsmuskulatur, "
                   "resonansröstövningar med hemprogram två gånger om dagen."),
        ("Planering", "Terapiförsök sex gånger under våren med utvärdering. Vid utebliven effekt diskuteras botulinumtoxinbehandling med foniatriker. "
                      "Ny inspelning och VHI vid sista tillfället."),
    ], signed=45)], [("NL102", "n1")], [("NL101", "n1")],
  "long voice chart: a single 'kan inte uteslutas' on spasmodic dysphonia buried mid-Bedömning")


# ====================================================================== validation
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


def _luhn_ok(ten):
    return len(ten) == 10 and ten.isdigit() and _luhn_digit(ten[:9]) == int(ten[9])


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case", "")
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{nm}: wrong case keys")
        if not nm.startswith("d143-"):
            errs.append(f"{nm}: bad prefix")
        if nm in names:
            errs.append(f"{nm}: duplicate case name")
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{nm}: bad ruleset")
        if not c["why"].strip():
            errs.append(f"{nm}: empty why")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{nm}: wrong record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(f"{nm}: non-empty lists")
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{nm}: pnr format")
        else:
            if pid[:8] != birth.replace("-", ""):
                errs.append(f"{nm}: pnr does not match birth_date")
            if not _luhn_ok(pid[2:8] + pid[9:]):
                errs.append(f"{nm}: pnr Luhn")
        times = [_dt.datetime.fromisoformat(rec["as_of"])]
        if not rec["as_of"].startswith("2024-"):
            errs.append(f"{nm}: as_of not 2024")
        ids = set()
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append(f"{nm}/{n.get('id')}: wrong note keys")
            if n["id"] in ids:
                errs.append(f"{nm}: duplicate note id")
            ids.add(n["id"])
            if n["system"] not in ("Melior", "PMO"):
                errs.append(f"{nm}: bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{nm}: VGR note not Melior")
            hsa = n["unit"]["hsa_id"]
            if c["ruleset"] == "vgr" and not hsa.startswith("SE2321000131-"):
                errs.append(f"{nm}: VGR unit with non-VGR HSA")
            if c["ruleset"] == "skane" and not hsa.startswith("SE2321000255-"):
                errs.append(f"{nm}: Skåne unit with non-Skåne HSA")
            if (n["system"] == "PMO") != ("-P" in hsa):
                errs.append(f"{nm}: PMO/Melior unit mismatch")
            for key in ("time", "signed"):
                v = n[key]
                if v is None:
                    continue
                if not v.startswith("2024-"):
                    errs.append(f"{nm}: {key} not in 2024")
                times.append(_dt.datetime.fromisoformat(v))
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append(f"{nm}: signed before time")
            if n["time"] > rec["as_of"]:
                errs.append(f"{nm}: note after as_of")
            if not n["sections"]:
                errs.append(f"{nm}: note without sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append(f"{nm}: bad section")
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], s["keyword"]):
                            errs.append(f"{nm}: duplicate sentence (also in {seen_sent[sent][0]}): {sent!r}")
                        elif sent in seen_sent:
                            errs.append(f"{nm}: sentence repeated in same section: {sent!r}")
                        seen_sent[sent] = (nm, n["id"], s["keyword"])
        for t in times:
            a = _age(birth, t)
            if 13 <= a <= 15 or a < 0:
                errs.append(f"{nm}: patient age {a} at {t}")
        notes_by_id = {n["id"]: n for n in rec["notes"]}
        pairs = set()
        for lst_name in ("must", "must_not"):
            for code, target in c[lst_name]:
                if code not in ("NL101", "NL102"):
                    errs.append(f"{nm}: unexpected code {code}")
                if target not in notes_by_id:
                    errs.append(f"{nm}: target {target} missing")
                    continue
                if (code, target) in pairs:
                    errs.append(f"{nm}: {code}/{target} asserted twice")
                pairs.add((code, target))
                sysname = notes_by_id[target]["system"]
                if code == "NL102" and lst_name == "must" and sysname != "Melior":
                    errs.append(f"{nm}: NL102 must on non-Melior")
                if code == "NL101" and sysname == "PMO":
                    errs.append(f"{nm}: NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{nm}: nothing asserted")
    return errs


def main():
    errs = validate(CASES)
    missing = DRAFTS - {c["case"] for c in CASES}
    errs += [f"draft list names unknown case {m}" for m in sorted(missing)]
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT}")
    for k in sorted(counts):
        print(f"  {k[0]} {k[1]}: {counts[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
