#!/usr/bin/env python3
"""dev93: digital and telephone primary care (chat/video visits, 1177 telephone
advice, e-visits, results by phone / 1177 message / letter).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates everything; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev93_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

UNITS = {
    # Region Skåne, Melior (sjukhus)
    "HUD_LUND": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "4471"),
    "HUD_MALMO": ("Hudmottagningen, Skånes universitetssjukhus Malmö", SK + "4478"),
    "AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", SK + "2210"),
    "AKUT_YSTAD": ("Akutmottagningen, Ystads lasarett", SK + "3305"),
    "AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "1102"),
    "ONH_HBG": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", SK + "2264"),
    "PSYK_LUND": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", SK + "6612"),
    "PSYK_DIGI": ("Psykiatrins digitala mottagning, Psykiatri Skåne Malmö", SK + "6690"),
    "MED_YSTAD": ("Medicinmottagningen, Ystads lasarett", SK + "3340"),
    "NJUR_MALMO": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö", SK + "1587"),
    "LUNG_LUND": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "1143"),
    "BAKUT_MALMO": ("Barnakuten, Skånes universitetssjukhus Malmö", SK + "1720"),
    "BUM_KRST": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", SK + "5126"),
    "KVINNO_KRST": ("Kvinnokliniken, Centralsjukhuset Kristianstad", SK + "5183"),
    "INF_MALMO": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", SK + "1655"),
    "URO_TRB": ("Urologiska mottagningen, Trelleborgs lasarett", SK + "3871"),
    "MED_HLM": ("Medicinmottagningen, Hässleholms sjukhus", SK + "5402"),
    "GERI_LKR": ("Geriatriska mottagningen, Landskrona lasarett", SK + "2931"),
    # Region Skåne, PMO (primärvård)
    "VC_DIGI": ("Digitala vårdcentralen, Hälsoval Region Skåne", SK + "8801"),
    "VC_LINERO": ("Vårdcentralen Linero, Lund", SK + "7315"),
    "VC_KIRSEBERG": ("Vårdcentralen Kirseberg, Malmö", SK + "7422"),
    "VC_TABELUND": ("Vårdcentralen Tåbelund, Eslöv", SK + "7560"),
    "VC_SIMRISHAMN": ("Vårdcentralen Simrishamn", SK + "7648"),
    "VC_ANGEL": ("Vårdcentralen Centrum, Ängelholm", SK + "7703"),
    "BVC_HUSENSJO": ("Barnavårdscentralen Husensjö, Helsingborg", SK + "7891"),
    "UM_MALMO": ("Ungdomsmottagningen Malmö Väster", SK + "7934"),
    "TEL1177_SK": ("1177 Vårdguiden på telefon, Region Skåne", SK + "8850"),
    "HSJV_HOOR": ("Vårdcentralen Höör, hemsjukvård", SK + "7987"),
    # Västra Götalandsregionen, Melior
    "HUD_SU": ("Hudmottagningen, Sahlgrenska universitetssjukhuset", VG + "E000000041120"),
    "HUD_SKAS": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", VG + "E000000062231"),
    "MED_SAS": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "E000000053318"),
    "AKUT_NU": ("Akutmottagningen, NU-sjukvården Uddevalla", VG + "E000000071904"),
    "BAKUT_DS": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000044417"),
    "PSYK_KUNG": ("Psykiatriska öppenvårdsmottagningen, Kungälvs sjukhus", VG + "E000000081152"),
    "PSYK_SU": ("Psykiatri Affektiva, Sahlgrenska universitetssjukhuset", VG + "E000000045530"),
    "SOMN_SU": ("Sömnmottagningen, Psykiatri Sahlgrenska universitetssjukhuset", VG + "E000000045587"),
    "INF_OSTRA": ("Infektionsmottagningen, Östra sjukhuset", VG + "E000000043026"),
    "VEN_SU": ("Venereologiska mottagningen, Sahlgrenska universitetssjukhuset", VG + "E000000041299"),
    "ONH_SKAS": ("Öron-näs-halsmottagningen, Skaraborgs Sjukhus Skövde", VG + "E000000062274"),
    "NJUR_SU": ("Njurmedicinska mottagningen, Sahlgrenska universitetssjukhuset", VG + "E000000041733"),
    "LUNG_SU": ("Lungmedicinska mottagningen, sömnapnéverksamheten, Sahlgrenska universitetssjukhuset", VG + "E000000041845"),
    "KVINNO_ALI": ("Kvinnokliniken, Alingsås lasarett", VG + "E000000091410"),
    "URO_LKP": ("Urologmottagningen, Skaraborgs Sjukhus Lidköping", VG + "E000000063362"),
    "NARAKUT_FRO": ("Närakuten, Frölunda specialistsjukhus", VG + "E000000047701"),
    "RAD1177_VGR": ("Sjukvårdsrådgivningen 1177, Västra Götalandsregionen", VG + "E000000099015"),
    "BARN_NAL": ("Barn- och ungdomsmottagningen, NÄL Trollhättan", VG + "E000000072268"),
    "GER_MOLNDAL": ("Geriatriska mottagningen, Sahlgrenska universitetssjukhuset Mölndal", VG + "E000000046620"),
    "MED_KUNG": ("Medicinmottagningen, Kungälvs sjukhus", VG + "E000000081109"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_digit(y[2:] + m + d + serial))


def N(nid, system, template, unit, author, role, time, signed_after, sections,
      setting="öppenvård", refs=None):
    """time: 'YYYY-MM-DD HH:MM'; signed_after: minutes after time, or None (draft)."""
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed_after is None else
        (t + timedelta(minutes=signed_after)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        as_of = (last.date() + timedelta(days=1)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
                        "protected_identity": False},
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
L = "läkare"
S = "sjuksköterska"

# ---------------------------------------------------------------------------
# Region Skåne, Melior: NL102 positives
# ---------------------------------------------------------------------------

C("sk-hud-video-misstankt-kontakteksem-frisor", "skane", "1990-02-14", "382", [
    N("n1", M, "Videobesök", "HUD_LUND", "Karin Lindqvist", L, "2024-02-06 10:20", 45, [
        ("Anamnes", "Videobesök via 1177. Frisör, arbetar heltid i salong i Lund. Klåda och sprickor på båda händerna sedan ca 3 veckor, värre efter dagar med mycket hårfärgning. Använder handskar vid färgning men inte vid tvätt."),
        ("Status", "Via kamera: torra, fjällande partier dorsalt på händerna och interdigitalt. Fissur på vä pekfinger, ingen vätskning, inga blåsor."),
        ("Bedömning", "Misstänkt allergiskt kontakteksem, yrkesrelaterat, t.ex. mot parafenylendiamin."),
        ("Planering", "Lapptest med frisörserie bokas. Betnovat kräm kvällstid 2 veckor, därefter nedtrappning. Oparfymerat mjukgörande flera ggr dagligen."),
    ])],
    [("NL102", "n1")], [],
    "'Misstänkt' allergic contact eczema in the visible Bedömning of a Skåne Melior video visit; nothing said about informing.")

C("sk-telefon-trolig-pyelonefrit-efter-odlingssvar", "skane", "1978-09-30", "246", [
    N("n1", M, "Telefonanteckning", "AKUT_HBG", "Jonas Berggren", L, "2024-03-12 14:05", 20, [
        ("Telefonkontakt", "Ringer upp pat efter besök på akuten i förrgår för sveda och täta trängningar. Urinodling: E. coli >10^5 CFU/ml, resistent mot pivmecillinam. Pat uppger feber 38,7 i natt och ömmar i hö flank."),
        ("Bedömning", "Trolig pyelonefrit med resistent stam. Byter till ciprofloxacin 500 mg x 2 i 7 dygn, e-recept skickat."),
        ("Planering", "Pat informerad om odlingssvaret och bytet av antibiotika i telefon. Söker akut vid frossa, kräkningar eller försämring."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "'Trolig pyelonefrit' after culture result given by phone: hedged diagnosis visible in Melior; patient was told, so no NL101.")

C("sk-onh-video-ev-mononukelos-typo", "skane", "2004-11-03", "519", [
    N("n1", M, "Distanskontakt video", "ONH_HBG", "Amira Haddad", L, "2024-04-17 09:40", 30, [
        ("Aktuellt", "19-årig student, halsont sedan 9 dagar, fått PcV från vårdcentralen utan effekt. Mycket trött, sover stora delar av dagen. Svullna körtlar på halsen bilat."),
        ("Status", "Bild via videolänk: beläggningar på båda tonsillerna, pat visar själv förstorade käkvinkelkörtlar. Talar obesvärat, ingen trismus."),
        ("Bedömning", "Ev. mononukelos. Ingen misstanke om peritonsillit."),
        ("Åtgärd", "EBV-serologi, blodstatus och leverprover på provtagningen imorgon. Undvik kontaktsport 4 veckor om mono bekräftas."),
    ])],
    [("NL102", "n1")], [],
    "Typo in the diagnosis ('mononukelos') after 'Ev.'; still a hedged diagnosis in a visible section. The negated peritonsillit does not matter.")

C("sk-psyk-video-bipolar-kan-ej-uteslutas", "skane", "1995-06-21", "482", [
    N("n1", M, "Läkaranteckning", "PSYK_LUND", "Erik Sandell", L, "2024-05-08 13:15", 60, [
        ("Anamnes", "Videobesök. Pat söker för ångest sedan ett år, ältande oro för ekonomi och arbete, spänningshuvudvärk. Beskriver också perioder på några dagar då hon sover 3–4 timmar per natt utan att känna sig trött och handlar impulsivt."),
        ("Bedömning", "Generaliserat ångestsyndrom. Bipolär sjukdom typ II kan ej uteslutas utifrån anamnesen på korta hypomana perioder."),
        ("Planering", "Avvaktar med SSRI tills vidare. Stämningsdagbok i 4 veckor, nytt videobesök därefter. Psykolog för KBT-bedömning."),
    ])],
    [("NL102", "n1")], [],
    "'kan ej uteslutas' is a hedge, not a negation: bipolar II stays an open hypothesis in a visible psychiatric video note.")

C("sk-telefon-bt-inger-misstanke-hyperaldosteronism", "skane", "1961-01-09", "137", [
    N("n1", M, "Telefonanteckning", "MED_YSTAD", "Maria Holm", L, "2024-01-24 11:00", 25, [
        ("Telefonkontakt", "Går igenom 24-timmars blodtrycksmätning med pat i telefon. Medel 154/97 trots amlodipin 10 mg, enalapril 20 mg och hydroklortiazid 25 mg. S-kalium 3,1 utan tillskott."),
        ("Bedömning", "Terapiresistent hypertoni med hypokalemi, inger misstanke om primär hyperaldosteronism."),
        ("Åtgärd", "Aldosteron/renin-kvot tas efter utsättning av tiaziden. Kaliumtillskott insatt."),
    ])],
    [("NL102", "n1")], [],
    "'inger misstanke om' primary hyperaldosteronism in a visible Bedömning of a telephone control of hypertension.")

C("sk-barnakut-telefonradgivning-fragestallning-uvi", "skane", "2022-03-15", "455", [
    N("n1", M, "Telefonrådgivning", "BAKUT_MALMO", "Lina Persson", S, "2024-02-19 21:40", 15, [
        ("Telefonkontakt", "Mamma ringer. Pojken 23 mån har haft feber upp till 39,6 i två dygn, illaluktande kiss enligt mamma. Inga luftvägssymtom, äter lite men dricker bra, blöta blöjor."),
        ("Bedömning", "Frågeställning UVI. Inga tecken på uttorkning enligt mammans beskrivning."),
        ("Råd", "Kommer till barnakuten i kväll för urinprov och läkarbedömning. Paracetamol enligt vikt."),
    ])],
    [("NL102", "n1")], [],
    "Nurse's telephone advice for a 1-year-old (guardian reads): 'Frågeställning UVI' is a hedged diagnosis in a visible section.")

C("sk-lung-telefon-sannolkit-somnapne-typo-utkast", "skane", "1969-12-02", "318", [
    N("n1", M, "Sjuksköterskeanteckning", "LUNG_LUND", "Anders Nyberg", S, "2024-03-04 08:50", None, [
        ("Telefonkontakt", "Pat ringer angående remissen från vårdcentralen. Sambon har sett andningsuppehåll nattetid, pat snarkar högljutt och somnar vid rödljus. ESS 16 p."),
        ("Bedömning", "Sannolkit obstruktivt sömnapnésyndrom. Avråds från bilkörning vid dagtrötthet tills utredningen är klar."),
        ("Planering", "Polygrafi hemma bokad v. 12, utrustning hämtas på mottagningen."),
    ])],
    [("NL102", "n1")], [],
    "Unsigned draft with typo 'Sannolkit': a probable sleep apnoea diagnosis in a visible section (pre-signing case).")

C("sk-hud-1177-bild-talar-for-erythema-migrans", "skane", "1957-07-28", "227", [
    N("n1", M, "Distanskontakt", "HUD_MALMO", "Sofia Åkesson", L, "2024-06-11 15:30", 40, [
        ("Aktuellt", "Pat har via 1177 skickat två bilder på ett utslag på vä vaden, upptäckt för 10 dagar sedan efter trädgårdsarbete. Minns fästingbett i maj."),
        ("Bedömning", "Rodnaden är ca 8 cm, växer enligt pat och har central uppklarning. Bilderna talar för erythema migrans."),
        ("Åtgärd", "Fenoximetylpenicillin 1 g x 3 i 10 dagar. Svar med behandlingsråd skickat via 1177, bilderna skannade enligt rutin."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Attached photos via 1177: 'talar för erythema migrans' is a hedged diagnosis; the answer was sent, nothing withheld.")

C("sk-kvinno-telefon-gravid-forenlig-med-cystit", "skane", "1993-04-11", "662", [
    N("n1", M, "Telefonanteckning", "KVINNO_KRST", "Hanna Ek", "barnmorska", "2024-07-02 10:10", 30, [
        ("Telefonkontakt", "Gravid v. 27+3, ringer pga sveda vid miktion och täta trängningar sedan igår. Ingen feber, inga sammandragningar, fosterrörelser som vanligt. Urinsticka på MVC i morse: nitrit pos, leukocyter 2+."),
        ("Bedömning", "Symtombilden förenlig med cystit i graviditet. Diskuterat med jourhavande läkare dr Möller."),
        ("Åtgärd", "Pivmecillinam 200 mg x 3 i 7 dagar enligt ordination. Urinodling skickad, kontrollodling en vecka efter avslutad kur."),
    ])],
    [("NL102", "n1")], [],
    "'förenlig med cystit' written by a midwife in a visible Melior telephone note: hedged diagnosis.")

C("sk-hud-video-spadbarn-dd-seboroiskt-typo", "skane", "2023-09-05", "504", [
    N("n1", M, "Videobesök", "HUD_MALMO", "Olof Rask", L, "2024-01-17 13:00", 35, [
        ("Anamnes", "Videobesök med båda föräldrarna. 4 mån gammal flicka med rodnade, fjällande partier i hårbotten och på kinderna sedan 6 veckor. Gnider kinderna mot lakanet nattetid enligt pappa. Pappa har astma och hösnuva."),
        ("Status", "Via kamera: gulaktiga fjäll i hårbotten, rodnad och lätt vätskande hud på båda kinderna. Blöjområdet ua."),
        ("Bedömning", "DD atopiskt eksem / seboroiskt eksem."),
        ("Planering", "Mjukgörande kräm 2–3 ggr dagligen, hydrokortison 1 % kräm på kinderna i 1 vecka. Återbesök på mottagningen om 4 veckor."),
    ])],
    [("NL102", "n1")], [],
    "Infant (guardians read): 'DD' between two eczema types, one misspelled ('seboroiskt'), in a visible Bedömning.")

C("sk-sokord-tidiga-hypoteser-i-lakaranteckning-synligt", "skane", "1986-10-19", "291", [
    N("n1", M, "Läkaranteckning", "PSYK_DIGI", "Petra Wallin", L, "2024-08-20 16:00", 30, [
        ("Aktuellt", "Videouppföljning efter insatt sertralin 50 mg för paniksyndrom. Färre attacker, sover bättre."),
        ("Tidiga hypoteser", "Möjlig ADHD med tanke på livslånga koncentrationssvårigheter och impulsivitet, tas upp när ångesten stabiliserats."),
        ("Planering", "Sertralin höjs till 100 mg. Nytt videobesök om 6 veckor."),
    ])],
    [("NL102", "n1")], [],
    "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' keyword inside an ordinary Läkaranteckning is visible, so 'Möjlig ADHD' is exposed.")

C("sk-akut-telefon-kan-rora-sig-om-paniksyndrom", "skane", "1999-08-08", "358", [
    N("n1", M, "Telefonanteckning", "AKUT_LUND", "Gustav Melin", L, "2024-09-03 10:45", 20, [
        ("Telefonkontakt", "Uppföljande samtal dagen efter akutbesök för bröstsmärta och hjärtklappning. EKG, hs-troponin x 2 och D-dimer normala. Pat har haft liknande attacker tre ggr senaste månaden, med stickningar i händerna och dödsångest."),
        ("Bedömning", "Kan röra sig om paniksyndrom. Ingen misstanke om kardiell orsak."),
        ("Råd", "Kontakt med vårdcentral för fortsatt bedömning, info om andningsteknik given."),
    ])],
    [("NL102", "n1")], [],
    "'Kan röra sig om paniksyndrom' after a telephone follow-up: hedged psychiatric diagnosis visible; the negated cardiac cause is irrelevant.")

C("sk-barnakut-video-bild-som-vid-scarlatina", "skane", "2018-11-22", "287", [
    N("n1", M, "Videobesök", "BAKUT_MALMO", "Johanna Friberg", L, "2024-10-14 18:20", None, [
        ("Anamnes", "Videobesök med mamma. 5-årig pojke med feber 39 sedan igår, halsont och nu finprickigt utslag på bålen."),
        ("Status", "På video: rodnad i ansiktet med blekhet kring munnen, hallonröd tunga. Utslaget känns strävt enligt mamma."),
        ("Bedömning", "Bild som vid scarlatina."),
        ("Åtgärd", "Snabbtest strep A på närmaste vårdcentral i morgon bitti, tid bokad kl 08.15."),
    ])],
    [("NL102", "n1")], [],
    "'Bild som vid scarlatina' is a hedge before the strep test; visible to the guardian in Melior. (Unsigned draft.)")

C("sk-geri-telefon-mojilg-depression-typo", "skane", "1941-05-03", "208", [
    N("n1", M, "Telefonanteckning", "GERI_LKR", "Birgitta Strand", L, "2024-11-05 13:30", 50, [
        ("Telefonkontakt", "Dottern ringer, pat vaknar kl 3–4 varje natt och har gått ner 4 kg sedan sommaren. Har slutat gå till dagverksamheten och säger att inget är roligt längre. Pat själv med i samtalet på högtalare."),
        ("Bedömning", "Möjilg depression. Sömnmedel undviks p.g.a. fallrisk."),
        ("Planering", "Hembesök av ssk v. 46 med GDS-20 och MMSE. Läkare följer upp per telefon därefter."),
    ])],
    [("NL102", "n1")], [],
    "Typo 'Möjilg' (möjlig) on depression in an old patient with sleep problems: hedged diagnosis visible.")

C("sk-long-video-hypertoni-trolig-hypertensiv-hjartsjukdom", "skane", "1962-04-12", "375", [
    N("n1", M, "Videobesök", "MED_YSTAD", "Nils Åberg", L, "2024-04-18 14:00", 55, [
        ("Anamnes", "62-årig man, lastbilschaufför, remitterad från vårdcentralen Skurup för svårinställd hypertoni. Känd typ 2-diabetes sedan 2018 på metformin, hyperlipidemi på atorvastatin. Röker 10 cig/dag, alkohol 4–6 burkar öl per helg. Snarkar enligt hustrun men inga observerade andningsuppehåll."),
        ("Social", "Gift, två vuxna barn. Kör nattetid tre nätter i veckan och äter oregelbundet."),
        ("Läkemedel", "Amlodipin 10 mg 1x1, losartan 100 mg 1x1, hydroklortiazid 12,5 mg 1x1, metformin 1 g 1x2, atorvastatin 40 mg 1x1. Inga NSAID, ingen lakrits, inga naturläkemedel enligt pat."),
        ("Aktuellt", "Hemblodtryck senaste 14 dagarna, inskickat via 1177: morgon medel 158/94, kväll 149/90. Tar amlodipin 10 mg, losartan 100 mg och hydroklortiazid 12,5 mg, uppger god följsamhet. Inga bröstsmärtor, lätt ansträngningsdyspné i backar, inga ödem. Huvudvärk i nacken på morgnarna ett par gånger i veckan. Mäter med egen överarmsmanschett i storlek L, kontrollerad mot mottagningens apparat i mars."),
        ("Status", "Via video: AT gott, talar i hela meningar. Vikt 104 kg enligt egen våg, längd 181 cm. Ingen synlig halsvenstas. I övrigt ej undersökt p.g.a. distanskontakt."),
        ("Lab", "Krea 98, eGFR 71, K 3,9, Na 139. U-albumin/krea-kvot 12 mg/mmol. HbA1c 58. LDL 2,4. EKG från vårdcentralen 3/4: SR 78, vänsterkammarhypertrofi enligt Sokolow."),
        ("Bedömning", "Terapiresistent hypertoni med organpåverkan i form av albuminuri och VKH på EKG. Trolig hypertensiv hjärtsjukdom, UCG beställt. Följsamheten kan behöva kontrolleras med läkemedelsuttag."),
        ("Planering", "1. Spironolakton 25 mg som tillägg, kalium och krea om 2 veckor. 2. UCG. 3. Rökstopp diskuterat, remiss till tobaksavvänjning på vårdcentralen. 4. Nytt videobesök om 6 veckor med ny hemblodtryckslista. 5. Körkortsfrågan berörd: inga hinder i nuläget, pat hör av sig om dagtrötthet tillkommer."),
    ])],
    [("NL102", "n1")], [],
    "Long video chart (about 250 words) where one hedged diagnosis, 'Trolig hypertensiv hjärtsjukdom', is buried in Bedömning.")

# ---------------------------------------------------------------------------
# Region Skåne, Melior: NL102 hard negatives
# ---------------------------------------------------------------------------

C("sk-mall-tidiga-hypoteser-misstankt-bipolar-ej-diskuterad", "skane", "1988-02-29", "406", [
    N("n1", M, "Tidiga hypoteser", "PSYK_LUND", "Nadia Karimi", L, "2024-05-21 09:00", 15, [
        ("Bedömning", "Misstänkt bipolär sjukdom typ II enligt uppgifter från maken om perioder med överdrivet köpbeteende och minimal sömn. Ännu inte diskuterat med pat, som i nuläget är skör; tas upp när depressionen lättat."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne template 'Tidiga hypoteser' hides the whole note: neither the hedge nor the not-yet-discussed hypothesis is visible.")

C("sk-telefon-nedre-uvi-ingen-misstanke-om-pyelonefrit", "skane", "1952-06-17", "144", [
    N("n1", M, "Telefonanteckning", "AKUT_YSTAD", "Eva Lundgren", S, "2024-02-27 09:15", 10, [
        ("Telefonkontakt", "Pat ringer tillbaka efter besök i helgen. Afebril sedan igår, ingen ryggsmärta, svedan minskar. Tar pivmecillinam enligt ordination."),
        ("Bedömning", "Okomplicerad nedre UVI i förbättring. Ingen misstanke om pyelonefrit."),
    ])],
    [], [("NL102", "n1")],
    "Confirmed lower UTI plus a negated pyelonephritis ('Ingen misstanke om'): no hedged diagnosis.")

C("sk-onh-telefon-strep-negativ-bakteriell-tonsillit-uteslutes", "skane", "2001-12-24", "235", [
    N("n1", M, "Telefonanteckning", "ONH_HBG", "Lars Håkansson", L, "2024-03-26 12:00", 30, [
        ("Telefonkontakt", "Svalgodlingen från i förrgår visar ingen växt av betahemolyserande streptokocker. Bakteriell tonsillit uteslutes, PcV sätts ut. Viral faryngit, självläkande. Pat informerad per telefon."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Result given by phone; bacterial tonsillitis 'uteslutes' and the viral pharyngitis is stated, not hedged.")

C("sk-psyk-video-mamman-sannolikt-bipolar-pat-paniksyndrom", "skane", "1997-03-03", "580", [
    N("n1", M, "Läkaranteckning", "PSYK_DIGI", "Ahmad Rahimi", L, "2024-06-04 14:00", 40, [
        ("Anamnes", "Videobesök. Känt paniksyndrom sedan 2021, välfungerande på escitalopram 10 mg. Hereditet: mamman har sannolikt obehandlad bipolär sjukdom enligt pat, morfar tog sitt liv."),
        ("Bedömning", "Paniksyndrom i remission. Fortsatt behandling oförändrad."),
    ])],
    [], [("NL102", "n1")],
    "The only hedged diagnosis belongs to the mother (family history); the patient's own panic disorder is confirmed.")

C("sk-hud-video-atopiskt-eksem-eventuellt-ljusbehandling", "skane", "1975-08-14", "133", [
    N("n1", M, "Videobesök", "HUD_LUND", "Maja Gunnarsson", L, "2024-04-09 08:30", 30, [
        ("Aktuellt", "Uppföljning via video. Atopiskt eksem sedan barndomen, skov i armveck och på halsen senaste månaden trots Elocon."),
        ("Bedömning", "Atopiskt eksem, måttligt skov."),
        ("Planering", "Eventuellt remiss till ljusbehandling om otillräcklig effekt. Ev. byte till takrolimus salva på halsen vid nästa kontakt."),
    ])],
    [], [("NL102", "n1")],
    "'Eventuellt' and 'Ev.' hedge plans (referral, drug switch), not the diagnosis, which is confirmed.")

C("sk-uro-telefon-kad-om-feber-sok-akut", "skane", "1948-11-11", "171", [
    N("n1", M, "Telefonanteckning", "URO_TRB", "Camilla Borg", S, "2024-05-15 10:30", 20, [
        ("Telefonkontakt", "Pat med KAD sedan TURP i april. Urinen grumlig sedan två dagar, ingen feber, inga smärtor. Kateterbyte utfört av distriktssköterskan igår."),
        ("Råd", "Om feber över 38,5, frossa eller smärta i flankerna ska pat söka akuten samma dag. Dricka rikligt, ny kontroll hos dsk på fredag."),
    ])],
    [], [("NL102", "n1")],
    "Safety-net advice is conditional ('Om feber ...') and names no hedged diagnosis of the patient.")

C("sk-lung-telefon-normal-polygrafi-talar-emot-somnapne", "skane", "1980-01-30", "259", [
    N("n1", M, "Telefonanteckning", "LUNG_LUND", "Fredrik Olsson", L, "2024-04-23 15:10", 15, [
        ("Telefonkontakt", "Besked om polygrafin per telefon. AHI 3, ODI 2, inga längre desaturationer. Normal polygrafi talar emot sömnapné."),
        ("Bedömning", "Insomni med lång insomningstid och tidiga uppvaknanden."),
        ("Planering", "Remitteras tillbaka till vårdcentralen för KBT-I. Pat informerad."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "'talar emot sömnapné' argues against a diagnosis; insomnia is stated as fact and the result was given by phone.")

C("sk-njur-misstanken-om-sekundar-hypertoni-avskrivs", "skane", "1983-05-09", "620", [
    N("n1", M, "Läkaranteckning", "NJUR_MALMO", "Cecilia Roos", L, "2024-06-19 11:20", 35, [
        ("Utredning", "Ultraljud njurartärer med doppler utan stenos. Aldosteron/renin-kvot normal, metoxikatekolaminer i plasma normala. TSH och kortisol ua."),
        ("Bedömning", "Misstanken om sekundär hypertoni avskrivs. Essentiell hypertoni, åter till vårdcentralen för fortsatt behandling."),
        ("Telefonkontakt", "Pat informerad om utredningssvaren vid telefonsamtal idag."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Hard negative: the word 'Misstanken' appears but the suspicion 'avskrivs' (dropped) after a normal work-up.")

C("sk-barnakut-telefon-trolig-feber-otit-faststalld", "skane", "2020-02-10", "392", [
    N("n1", M, "Telefonuppföljning", "BAKUT_MALMO", "Ida Mårtensson", S, "2024-11-18 08:40", 10, [
        ("Telefonkontakt", "Pappa ringer angående 4-årig dotter som fick diagnosen akut mediaotit på barnakuten i lördags. Trolig feber i natt, pappan kände att hon var varm men hade ingen termometer hemma. Har tagit PcV-mixtur enligt ordination, äter och leker."),
        ("Råd", "Fortsätter kuren 5 dagar. Febernedsättande vid behov."),
    ])],
    [], [("NL102", "n1")],
    "'Trolig' hedges a symptom (fever), not a diagnosis; the otitis is established.")

C("sk-onh-video-recidiverande-streptokocktonsillit-bekraftad", "skane", "1985-09-12", "617", [
    N("n1", M, "Videobesök", "ONH_HBG", "Amira Haddad", L, "2024-09-25 10:00", 20, [
        ("Aktuellt", "Tredje halsflussen i år. Strep A positiv på vårdcentralen igår, Centor 4."),
        ("Bedömning", "Streptokocktonsillit, recidiverande. Tonsillektomi diskuteras, pat vill avvakta."),
        ("Åtgärd", "PcV 1 g x 3 i 10 dagar."),
    ])],
    [], [("NL102", "n1")],
    "Confirmed, test-positive streptococcal tonsillitis; no hedge at all.")

C("sk-med-telefon-ingen-misstnake-om-hypertensiv-kris-typo", "skane", "1959-04-04", "316", [
    N("n1", M, "Telefonanteckning", "MED_HLM", "Henrik Ljung", L, "2024-08-07 13:40", 20, [
        ("Telefonkontakt", "Pat har mätt BT hemma morgon och kväll i en vecka: medel 138/86. Huvudvärken som föranledde kontakten har gått över."),
        ("Bedömning", "Välbehandlad hypertoni på nuvarande dos losartan. Ingen misstnake om hypertensiv kris vid kontakten i måndags."),
    ])],
    [], [("NL102", "n1")],
    "Typo in the negation ('Ingen misstnake om'): still a negated diagnosis, not a hypothesis.")

C("sk-lung-video-somnapne-kan-uteslutas", "skane", "1976-10-27", "462", [
    N("n1", M, "Videobesök", "LUNG_LUND", "Fredrik Olsson", L, "2024-10-29 09:10", 25, [
        ("Aktuellt", "Videobesök efter nattlig polysomnografi. Snarkning förekommer men AHI 1,8 och inga desaturationer under 90 %."),
        ("Bedömning", "Sömnapné kan uteslutas. Enkel snarkning utan andningsstörning."),
        ("Planering", "Råd om sidoläge och viktnedgång. Ingen uppföljning på lungmottagningen."),
    ])],
    [], [("NL102", "n1")],
    "Hard negative: 'kan uteslutas' (without 'ej') rules the diagnosis out, unlike 'kan ej uteslutas'.")

C("sk-long-bum-telefon-pyelonefrit-utlakt-inga-hypoteser", "skane", "2018-03-20", "241", [
    N("n1", M, "Telefonanteckning", "BUM_KRST", "Karolina Ahl", L, "2024-10-24 13:00", 40, [
        ("Anamnes", "6-årig flicka som vårdades på barnavdelningen 8–11/10 för akut pyelonefrit med E. coli, behandlad med iv cefotaxim och därefter ceftibuten peroralt. Tidigare frisk, inga kända UVI. Vaccinerad enligt program."),
        ("Social", "Bor med mamma, pappa och lillebror 3 år. Går i förskoleklass, har missat en vecka."),
        ("Läkemedel", "Inga stående läkemedel. Ceftibuten avslutad 18/10."),
        ("Telefonkontakt", "Mamma kontaktad för planerad uppföljning dag 10. Feberfri sedan utskrivningen, äter och dricker normalt, går till skolan. Kissar 5–6 ggr/dag utan sveda. Har tagit hela kuren. Ont i magen ibland på kvällen, bajsar var tredje dag med hård avföring. Dricker mest mjölk och saft, lite vatten, och håller sig ofta länge enligt fröken."),
        ("Provsvar", "Kontrollodling urin från 14/10 utan växt. Ultraljud njurar och urinvägar 15/10: normalstora njurar, ingen hydronefros, inga ärr synliga."),
        ("Bedömning", "Akut pyelonefrit, utläkt. Inga tecken på avflödeshinder. Ingen misstanke om vesikoureteral reflux givet normalt ultraljud och första episod."),
        ("Planering", "Ingen MUC eller DMSA nu enligt regionalt vårdprogram. Ev. DMSA-scint om ny febril UVI. Movicol junior 1 dospåse dagligen för den hårda avföringen, eventuellt utsättning efter 4 veckor. Mamma informerad om provsvaren och om att lämna urinprov samma dag vid feber utan förkylningssymtom. Råd om toalettbesök var tredje timme och mer vatten under skoldagen. Ingen ny kontroll planeras om hon förblir besvärsfri."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Long telephone follow-up full of look-alikes: negated reflux, 'Ev. DMSA' and 'eventuellt utsättning' (plans); the diagnosis is confirmed and results were given.")

# ---------------------------------------------------------------------------
# Region Skåne, Melior: NL101 (results not yet given / given)
# ---------------------------------------------------------------------------

C("sk-kvinno-provsvar-klamydia-ej-informerad", "skane", "2002-07-19", "328", [
    N("n1", M, "Provsvarsanteckning", "KVINNO_KRST", "Josefin Strömberg", S, "2024-03-07 15:50", 10, [
        ("Provsvar", "Klamydia PCR från cervix positiv. Gonorré negativ."),
        ("Åtgärd", "Sökt pat per telefon två gånger under eftermiddagen utan svar. Pat ej informerad om klamydiainfektionen ännu, nytt försök i morgon förmiddag. Smittspårning påbörjas när pat nåtts."),
    ])],
    [("NL101", "n1")], [],
    "Positive chlamydia result documented in a visible note while the patient could not be reached and is explicitly not informed.")

C("sk-njur-adpkd-besked-vid-videobesok", "skane", "1979-10-01", "275", [
    N("n1", M, "Läkaranteckning", "NJUR_MALMO", "Tobias Lind", L, "2024-02-13 16:30", 40, [
        ("Utredning", "Ultraljud njurar inom hypertoniutredningen: multipla cystor i båda njurarna, njurarna förstorade, mamman dialysbehandlad."),
        ("Diagnos", "Autosomal dominant polycystisk njursjukdom (ADPKD)."),
        ("Planering", "Pat har inte informerats om diagnosen ännu. Besked ges vid bokat videobesök 20/2 tillsammans med genetisk vägledning."),
    ])],
    [("NL101", "n1")], [],
    "ADPKD under the sökord Diagnos, with 'Pat har inte informerats om diagnosen ännu': the patient can read it before the video visit.")

C("sk-hud-pad-mycosis-fungoides-ej-besked-per-video", "skane", "1964-12-12", "459", [
    N("n1", M, "Läkaranteckning", "HUD_LUND", "Maja Gunnarsson", L, "2024-07-16 12:10", 30, [
        ("Anamnes", "Följts med videobesök för terapiresistent 'eksem' på bål och lår sedan 2022."),
        ("Provsvar", "PAD från stansbiopsi höger lår: mycosis fungoides, stadium IA."),
        ("Planering", "Beskedet ska inte lämnas per video eller telefon. Pat ej informerad, kallas till fysiskt besök nästa vecka med kontaktsjuksköterska närvarande."),
    ])],
    [("NL101", "n1")], [],
    "Lymphoma found behind a long-followed 'eczema'; the note says the patient is not informed yet, in a visible Provsvar section.")

C("sk-inf-hiv-positiv-kallas-till-besok", "skane", "1991-03-27", "193", [
    N("n1", M, "Provsvarsanteckning", "INF_MALMO", "Daniel Öberg", L, "2024-10-02 09:30", 20, [
        ("Provsvar", "Remitterad från vårdcentralen efter videobesök för långdragen halsfluss och utslag. HIV-1 Ag/Ak positiv, konfirmerad med immunoblot. EBV-serologi visar genomgången infektion."),
        ("Planering", "Diagnosen hiv-infektion ska inte lämnas per telefon. Pat ännu ej informerad; kallas till besök i morgon kl 10 med kurator."),
    ])],
    [("NL101", "n1")], [],
    "Confirmed HIV infection visible while the patient 'ännu ej informerad'; no hedge, so only NL101.")

C("sk-bum-celiaki-foraldrar-ej-informarade-typo", "skane", "2016-04-14", "248", [
    N("n1", M, "Provsvarsanteckning", "BUM_KRST", "Karolina Ahl", L, "2024-09-10 14:20", 15, [
        ("Provsvar", "Transglutaminas-IgA 152 U/ml (>10 x övre ref), EMA positiv, HLA-DQ2 positiv. Diagnosen celiaki uppfylls enligt ESPGHAN-kriterier utan biopsi."),
        ("Planering", "Föräldrarna ej informarade ännu, ringer i morgon när mamma är ledig. Remiss till dietist efter samtalet."),
    ])],
    [("NL101", "n1")], [],
    "Child under 13: the guardians read the journal and are 'ej informarade' (typo) about the celiac diagnosis.")

C("sk-psyk-adhd-utredning-ej-aterkopplad-utkast", "skane", "2003-02-17", "471", [
    N("n1", M, "Psykologanteckning", "PSYK_LUND", "Elin Forsberg", "psykolog", "2024-11-28 14:00", None, [
        ("Sammanfattning", "Neuropsykiatrisk utredning avslutad: WAIS-IV, DIVA 2.0, skattningar från pat och mamma, skolbetyg. Kriterierna för ADHD, kombinerad form, är uppfyllda."),
        ("Planering", "Pat har ännu inte fått återkoppling på utredningsresultatet. Återgivningssamtal via video 12/12 tillsammans med läkare."),
    ])],
    [("NL101", "n1")], [],
    "Unsigned draft: the ADHD diagnosis is stated before the feedback session where the patient will learn it.")

C("sk-psyk-schizofreni-bor-inte-meddelas-annu", "skane", "1998-12-05", "154", [
    N("n1", M, "Läkaranteckning", "PSYK_LUND", "Nadia Karimi", L, "2024-12-10 11:30", 30, [
        ("Aktuellt", "Telefonkontakt med pat efter senaste videobesöket. Fortsatt rösthallucinationer men mindre plågsamma på aripiprazol 10 mg, sover 7 h."),
        ("Bedömning", "Schizofreni, paranoid form. Diagnosen bör inte meddelas pat ännu enligt överläkare, tas upp vid vårdplaneringsmöte med anhöriga 18/12."),
    ])],
    [("NL101", "n1")], [],
    "'bör inte meddelas pat ännu' next to a stated diagnosis in a visible Bedömning.")

C("sk-med-ucg-hjartsvikt-ej-besked", "skane", "1950-05-21", "277", [
    N("n1", M, "Provsvarsanteckning", "MED_HLM", "Annika Sjöberg", L, "2024-03-21 16:10", 15, [
        ("Provsvar", "UCG beställt efter telefonkontakt om andfåddhet hos pat med hypertoni: EF 30 %, dilaterad vä kammare, lätt mitralisinsufficiens. NT-proBNP 2400."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion."),
        ("Planering", "Pat har inte fått besked om hjärtsvikten. Informeras vid läkarbesök på mottagningen 26/3, till dess oförändrad medicinering."),
    ])],
    [("NL101", "n1")], [],
    "Heart failure with reduced EF written as a diagnosis while 'Pat har inte fått besked om hjärtsvikten'.")

C("sk-kvinno-telefon-klamydia-informerad", "skane", "2000-01-21", "480", [
    N("n1", M, "Telefonanteckning", "KVINNO_KRST", "Josefin Strömberg", S, "2024-03-08 10:15", 10, [
        ("Telefonkontakt", "Klamydia PCR positiv från provtagning 1/3. Pat nådd per telefon och informerad om klamydiainfektionen. Doxycyklin 100 mg x 2 i 7 dagar, e-recept skickat. Uppmanas uppge partner för smittspårning, avhållsamhet en vecka efter avslutad kur."),
    ])],
    [], [("NL101", "n1")],
    "Same kind of result as an NL101 positive, but the patient was reached and told by phone.")

C("sk-med-1177-meddelande-hypotyreos-last", "skane", "1972-02-03", "384", [
    N("n1", M, "Provsvarsanteckning", "MED_HLM", "Annika Sjöberg", L, "2024-01-31 13:00", 20, [
        ("Provsvar", "TSH 14,2, fritt T4 9 pmol/l, TPO-ak förhöjda."),
        ("Bedömning", "Autoimmun hypotyreos (Hashimoto)."),
        ("Åtgärd", "Levaxin 50 µg insätts. Besked om diagnos och behandling skickat via 1177-meddelande, pat har läst och bekräftat i svar. Nytt TSH om 6 veckor."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Diagnosis told via a 1177 message that the patient has read: informed, and nothing hedged.")

C("sk-med-brev-jarnbristanemi-informerad", "skane", "1994-05-30", "500", [
    N("n1", M, "Provsvarsanteckning", "MED_YSTAD", "Maria Holm", L, "2024-05-03 14:40", 15, [
        ("Provsvar", "Hb 102, ferritin 4, MCV 74. Järnbristanemi hos kvinna med kraftiga menstruationer."),
        ("Åtgärd", "Pat informerad om provsvaren via brev 2/5 med ordination av järntabletter. Ny Hb-kontroll om 8 veckor."),
    ])],
    [], [("NL101", "n1")],
    "Told by letter the day before: the diagnosis is visible but already communicated.")

C("sk-hud-ej-informerad-om-tid-for-lapptest", "skane", "1987-11-25", "366", [
    N("n1", M, "Sjuksköterskeanteckning", "HUD_MALMO", "Rebecka Nilsson", S, "2024-02-22 11:45", None, [
        ("Planering", "Handeksem hos pat med känd nickelallergi. Lapptest med utökad serie beställd. Pat ej informerad om tid för lapptestet ännu, kallelse skickas när schemat för mars är klart."),
    ])],
    [], [("NL101", "n1")],
    "What the patient is not told is a date for the patch test, not a diagnosis. (Unsigned draft.)")

C("sk-psyk-normalt-tsh-ej-meddelat", "skane", "1998-08-29", "262", [
    N("n1", M, "Provsvarsanteckning", "PSYK_DIGI", "Ahmad Rahimi", L, "2024-04-03 08:20", 10, [
        ("Provsvar", "Inför ställningstagande till SSRI vid generaliserat ångestsyndrom: TSH 1,8 och fritt T4 normala, blodstatus ua. Pat har ännu inte fått besked om de normala proverna, meddelas via 1177 i dag."),
    ])],
    [], [("NL101", "n1")],
    "The untold item is a normal lab result; the anxiety diagnosis itself is known to the patient.")

C("sk-med-remiss-cpap-ej-informerad-om-remissen", "skane", "1966-03-18", "143", [
    N("n1", M, "Läkaranteckning", "MED_HLM", "Henrik Ljung", L, "2024-06-27 15:00", None, [
        ("Bedömning", "Svårinställd hypertoni och obstruktivt sömnapnésyndrom, diagnostiserat med polygrafi 2022, CPAP ej använd senaste året."),
        ("Åtgärd", "Remiss skickad till sömnapnémottagningen för ny CPAP-utprovning. Pat ej informerad om remissen än, når honom inte på mobilen."),
    ])],
    [], [("NL101", "n1")],
    "Only the fact that a referral was sent is untold; the diagnoses have been known since 2022. (Unsigned draft.)")

C("sk-geri-parkinson-informerad-hustrun-ska-inte-veta", "skane", "1950-09-09", "195", [
    N("n1", M, "Läkaranteckning", "GERI_LKR", "Birgitta Strand", L, "2024-04-25 10:00", 45, [
        ("Aktuellt", "Videobesök efter DaTSCAN. Undersökningen visar nedsatt upptag i putamen bilat."),
        ("Bedömning", "Parkinsons sjukdom."),
        ("Information", "Pat informerad om diagnosen och behandlingsalternativ. Pat önskar att hustrun inte får veta något förrän han själv berättat, vilket respekteras."),
        ("Planering", "Madopark insätts med långsam upptitrering enligt skriftlig instruktion."),
    ])],
    [], [("NL101", "n1")],
    "The patient is told; only the wife is not, which is no NL101.")

C("sk-hud-tva-anteckningar-tidiga-hyp-sedan-besked-per-telefon", "skane", "1958-01-14", "242", [
    N("n1", M, "Tidiga hypoteser", "HUD_LUND", "Karin Lindqvist", L, "2024-08-13 15:00", 10, [
        ("Bedömning", "Misstänkt melanom i naevus på ryggen efter foto via 1177, dermatoskopiskt atypiskt nätverk vid besöket. Excision bokad. Pat informeras när PAD finns."),
    ]),
    N("n2", M, "Telefonanteckning", "HUD_LUND", "Karin Lindqvist", L, "2024-08-29 10:20", 15, [
        ("Telefonkontakt", "PAD: malignt melanom, tjocklek 0,6 mm, radikalt exciderat. Pat informerad per telefon idag och fick möjlighet att ställa frågor. Remiss för utvidgad excision skickad."),
    ])],
    [], [("NL101", "n2"), ("NL102", "n2")],
    "The hypothesis was kept in a Tidiga hypoteser template; the later visible note states the confirmed diagnosis after telling the patient.")

C("sk-inf-hepatit-c-ej-informerad-sedan-informerad", "skane", "1977-06-06", "338", [
    N("n1", M, "Provsvarsanteckning", "INF_MALMO", "Daniel Öberg", L, "2024-05-13 16:40", 10, [
        ("Provsvar", "Prover tagna efter digital kontakt med vårdcentral för trötthet och förhöjda levervärden. HCV-RNA positivt, genotyp 3a. Kronisk hepatit C."),
        ("Planering", "Pat ej informerad om hepatit C-infektionen, nås ej idag."),
    ]),
    N("n2", M, "Telefonanteckning", "INF_MALMO", "Daniel Öberg", L, "2024-05-14 09:05", 20, [
        ("Telefonkontakt", "Pat nådd på telefon och informerad om kronisk hepatit C samt att den går att bota med tablettbehandling. Bokas för fibroscan."),
    ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "Two notes: the result note withholds the diagnosis (NL101 on n1); the next-day phone note tells the patient (none on n2).")

# ---------------------------------------------------------------------------
# Region Skåne, PMO (primärvård): diagnoses never shown -> must_not NL102
# ---------------------------------------------------------------------------

C("pmo-digital-vc-chatt-trolig-cystit", "skane", "1996-10-10", "564", [
    N("n1", P, "Chattbesök", "VC_DIGI", "Sara Wikström", L, "2024-01-12 19:30", 15, [
        ("Kontaktorsak", "Chatt via 1177: sveda vid miktion och täta trängningar sedan två dygn. Ingen feber, ingen flanksmärta, inga flytningar. Ej gravid."),
        ("Bedömning", "Trolig okomplicerad cystit."),
        ("Åtgärd", "Nitrofurantoin 50 mg x 3 i 5 dagar, e-recept till valfritt apotek. Hör av sig om inte bättre inom 3 dagar."),
    ])],
    [], [("NL102", "n1")],
    "Chat visit at a digital vårdcentral in PMO: 'Trolig cystit' is hedged, but PMO never shows diagnoses.")

C("pmo-1177-telefon-misstankt-streptokocktonsillit", "skane", "2005-05-05", "387", [
    N("n1", P, "Telefonrådgivning", "TEL1177_SK", "Malin Jeppsson", S, "2024-02-03 22:10", 5, [
        ("Telefonkontakt", "Pat ringer 1177 sent på kvällen. Kraftigt halsont sedan igår, feber 39,2, ont att svälja men sväljer saliv. Ingen hosta. Kan gapa normalt, ingen grötig röst."),
        ("Bedömning", "Misstänkt streptokocktonsillit. Ej tecken på peritonsillit vid telefonbedömningen."),
        ("Råd", "Hänvisas till vårdcentral dagtid för strep A. Paracetamol och ibuprofen enligt FASS. Söker akut vid andningsbesvär eller om hon inte kan svälja."),
    ])],
    [], [("NL102", "n1")],
    "1177 telephone nurse documenting in PMO: a suspected tonsillitis is not exposed as a diagnosis.")

C("pmo-video-handeksem-dd-palmar-psoriasis", "skane", "1971-07-07", "329", [
    N("n1", P, "Distanskontakt video", "VC_LINERO", "Niklas Bengtsson", L, "2024-03-19 11:40", 20, [
        ("Anamnes", "Fjällande, spruckna handflator i ett halvår. Psoriasis hos pappa."),
        ("Status", "Video: välavgränsade fjällande plack i båda handflatorna, inga pustler synliga."),
        ("Bedömning", "Handeksem, DD palmar psoriasis."),
        ("Planering", "Dermovat kräm 3 veckor, foto via 1177 efter behandlingen."),
    ])],
    [], [("NL102", "n1")],
    "'DD palmar psoriasis' in a PMO video note: no NL102 in PMO.")

C("pmo-telefon-angest-ev-depresion-typo", "skane", "1984-12-30", "456", [
    N("n1", P, "Telefonkontakt", "VC_KIRSEBERG", "Leila Mansour", L, "2024-04-15 10:20", 25, [
        ("Aktuellt", "Återkoppling efter PHQ-9 och GAD-7 som pat fyllt i via formulärtjänsten på 1177: PHQ-9 17 p, GAD-7 15 p. Sover dåligt, tappat aptiten, sjukskriven sedan två veckor."),
        ("Bedömning", "Ångestsyndrom, ev. samtidig depresion."),
        ("Åtgärd", "Sertralin 50 mg, samtalskontakt med kurator på VC, uppföljning om 2 veckor via video."),
    ])],
    [], [("NL102", "n1")],
    "PMO telephone note with a typo ('depresion') after 'ev.': still PMO, so never NL102.")

C("pmo-video-somnskola-sannolikt-somnapne-utkast", "skane", "1963-03-21", "112", [
    N("n1", P, "Besöksanteckning", "VC_TABELUND", "Karl-Johan Eriksson", "distriktssköterska", "2024-05-07 08:10", None, [
        ("Aktuellt", "Videobesök hos sömnskolans ssk. Pat sover 5 h per natt, snarkar, vaknar med muntorrhet och huvudvärk. BMI 33."),
        ("Bedömning", "Sannolikt sömnapné snarare än primär insomni, diskuteras med dr Hansson."),
    ])],
    [], [("NL102", "n1")],
    "Unsigned PMO draft with 'Sannolikt sömnapné': PMO hides diagnoses from the patient.")

C("pmo-bt-kontroll-misstankt-vitrockshypertoni", "skane", "1970-10-04", "288", [
    N("n1", P, "Sjuksköterskeanteckning", "VC_SIMRISHAMN", "Gunilla Persson", S, "2024-06-12 13:30", None, [
        ("Status", "BT på mottagningen 168/98. Hemmamätningar senaste veckan i snitt 128/80 enligt lista pat skickat via 1177."),
        ("Bedömning", "Misstänkt vitrockshypertoni, ingen ändring av behandlingen."),
        ("Planering", "Läkare informerad, 24-timmars BT beställs."),
    ])],
    [], [("NL102", "n1")],
    "Hypertension control in PMO: 'Misstänkt vitrockshypertoni' is not shown as a diagnosis. (Unsigned draft.)")

C("pmo-bvc-telefon-ev-uvi-spadbarn", "skane", "2023-12-01", "209", [
    N("n1", P, "Telefonkontakt", "BVC_HUSENSJO", "Annelie Sandberg", S, "2024-03-14 09:00", 10, [
        ("Telefonkontakt", "Mamma ringer BVC. Flickan 3,5 mån har haft 38,4 sedan i natt, gråter vid blöjbyte, äter något sämre."),
        ("Bedömning", "Ev. UVI hos ungt spädbarn."),
        ("Råd", "Hänvisas till barnakuten idag för bedömning och urinprov."),
    ])],
    [], [("NL102", "n1")],
    "BVC telephone note (PMO) for an infant with 'Ev. UVI': PMO, so no NL102.")

C("pmo-ungdomsmottagning-chatt-misstankt-klamydia", "skane", "2006-08-16", "318", [
    N("n1", P, "Chattkontakt", "UM_MALMO", "Therese Holmgren", "barnmorska", "2024-07-22 15:20", 10, [
        ("Kontaktorsak", "Kontakt via chatt. Flytningar och sveda sedan en vecka, ny partner i juni, oskyddat samlag. Misstänkt klamydia, hemtest beställt via 1177."),
    ])],
    [], [("NL102", "n1")],
    "Youth clinic chat (17 years, reads own journal) in PMO: suspected chlamydia is not an NL102 case.")

C("pmo-hemsjukvard-trol-uvi-konfusion", "skane", "1936-02-26", "106", [
    N("n1", P, "Hemsjukvård", "HSJV_HOOR", "Monica Palm", "distriktssköterska", "2024-08-28 11:10", 30, [
        ("Aktuellt", "Hembesök. Ny förvirring sedan igår enligt hemtjänsten, luktande urin, temp 37,9. Urinsticka: leuk 3+, nitrit pos."),
        ("Bedömning", "Trol. UVI med konfusion. Kontakt med dr Lindahl per telefon som ordinerar pivmecillinam."),
        ("Planering", "Vätskelista, ny kontroll av temp och vakenhet i morgon."),
    ], setting="hemsjukvård")],
    [], [("NL102", "n1")],
    "Home-care nurse in PMO writes 'Trol. UVI': PMO never exposes diagnoses.")

C("pmo-long-digital-vc-video-angest-somn", "skane", "1989-04-22", "542", [
    N("n1", P, "Läkarbesök video", "VC_DIGI", "Johan Friis", L, "2024-09-16 10:00", 40, [
        ("Kontaktorsak", "Videobesök bokat via 1177 för sömnbesvär och oro. Pat har innan besöket fyllt i ISI, GAD-7 och AUDIT i formulärtjänsten."),
        ("Anamnes", "35-årig ekonom, bor med sambo och två barn. Sömnproblem sedan i vintras: ligger vaken 1–2 h vid insomning, vaknar 04.30 med hjärtklappning och tankar på jobbet. Dricker 3–4 koppar kaffe efter kl 15. Alkohol ett par glas vin per helg. Inga tidigare psykiatriska kontakter. Mamma behandlad för depression."),
        ("Social", "Heltid med hög press inför bokslut, sambon arbetar skift. Har slutat träna, sprang tidigare tre gånger i veckan."),
        ("Läkemedel", "Inga stående. Har provat receptfritt melatonin utan effekt."),
        ("Skattningar", "ISI 19, GAD-7 13, AUDIT 4."),
        ("Status", "Via video: vaken, orienterad, god kontakt, något spänd. Ingen psykotisk symtombild. Förnekar suicidtankar, har framtidsplaner."),
        ("Bedömning", "Insomni, misstänkt generaliserat ångestsyndrom som underliggande orsak. Ev. inslag av paniksyndrom med tanke på nattliga episoder med hjärtklappning."),
        ("Åtgärd", "Sömnhygienråd, koffein före kl 14. Erbjuds KBT-I via Stöd och behandling på 1177, pat accepterar. Remiss till VC-psykolog. Ej sömnmedel i nuläget. TSH och blodstatus på vårdcentralens lab nästa vecka p.g.a. hjärtklappningen. Pat vill inte sjukskrivas, anpassade arbetstider diskuteras med chefen."),
        ("Planering", "Uppföljande videobesök om 4 veckor med ny ISI och GAD-7. Hör av sig via 1177 vid försämring."),
    ])],
    [], [("NL102", "n1")],
    "Long PMO video chart with several hedged diagnoses (misstänkt GAD, ev. paniksyndrom); PMO never shows them.")

C("pmo-1177-bild-misstant-tinea-typo", "skane", "1955-12-08", "135", [
    N("n1", P, "Distanskontakt", "VC_ANGEL", "Per Claesson", L, "2024-10-08 14:10", 15, [
        ("Bedömning", "Pat har skickat bild via 1177 på rodnat ringformat utslag i ljumsken, kliar. Misstänt tinea inguinalis."),
        ("Åtgärd", "Ekonazol kräm 2 ggr dagl i 4 veckor. Bilden skannad."),
    ])],
    [], [("NL102", "n1")],
    "Photo via 1177 in PMO with typo 'Misstänt': no NL102 in PMO.")

C("pmo-provsvar-trolig-nefropati-ej-informerad", "skane", "1947-09-19", "150", [
    N("n1", P, "Provsvar", "VC_TABELUND", "Ingrid Holmberg", L, "2024-11-11 16:00", 10, [
        ("Provsvar", "Kreatinin 168, eGFR 34 – försämrat från 52 i våras hos pat med långvarig hypertoni. Trolig hypertensiv nefropati. Pat ej informerad, ringer i morgon."),
    ])],
    [], [("NL102", "n1")],
    "PMO result note with a hedge and an untold result: NL102 never on PMO, NL101 not asserted on PMO.")

C("pmo-1177-arende-sombesvar-mojlig-insomni", "skane", "1992-06-01", "377", [
    N("n1", P, "1177-ärende", "VC_LINERO", "Emma Strand", S, "2024-12-03 09:40", 10, [
        ("Kontaktorsak", "Ärende via 1177: svårt att somna sedan flytt till ny lägenhet, ligger vaken 2 h, trött på jobbet."),
        ("Bedömning", "Bifogad sömndagbok sammanfattad: insomningstid 90–120 min, total sömn ca 5 h. Möjlig insomni, råd om sömnhygien givna i svaret."),
        ("Åtgärd", "Bokas till KBT-I-grupp. Sömndagboken kasserad efter bedömning."),
    ])],
    [], [("NL102", "n1")],
    "1177 case summarised in PMO with 'Möjlig insomni': PMO does not show diagnoses.")

# ---------------------------------------------------------------------------
# Västra Götaland, Melior: NL102 positives
# ---------------------------------------------------------------------------

C("vgr-hud-video-misstankt-skabb", "vgr", "1998-01-08", "419", [
    N("n1", M, "Videobesök", "HUD_SU", "Linnea Dahl", L, "2024-01-23 14:00", 30, [
        ("Anamnes", "Intensiv klåda sedan 4 veckor, värst nattetid. Flickvännen har också börjat klia. Provat receptfri hydrokortison utan effekt."),
        ("Status", "Via video: papler och rivmärken mellan fingrarna, på handlederna och i bältesregionen. Svårt att se gångar på skärmen."),
        ("Bedömning", "Misstänkt skabb."),
        ("Åtgärd", "Permetrin kräm 5 % till pat och flickvän, upprepas efter en vecka. Tvätt av sängkläder i 60 grader."),
    ])],
    [("NL102", "n1")], [],
    "VGR video visit: 'Misstänkt skabb' under the ordinary sökord Bedömning is visible.")

C("vgr-1177-radgivning-fragetecken-otit-uvi", "vgr", "2021-07-04", "236", [
    N("n1", M, "Telefonrådgivning", "RAD1177_VGR", "Maria Axelsson", S, "2024-02-10 02:15", 5, [
        ("Telefonkontakt", "Pappa ringer nattetid. Dottern 2,5 år, feber 39,8 sedan kvällen, drar sig i vä öra och gråter. Kissat mindre än vanligt."),
        ("Bedömning", "?Otit ?UVI. Allmäntillståndet gott enligt pappa, dricker."),
        ("Råd", "Febernedsättande, vätska. Besök på vårdcentral eller barnmottagning under förmiddagen, tid förmedlad."),
    ])],
    [("NL102", "n1")], [],
    "1177 advice nurse uses the question-mark style '?Otit ?UVI' for a 2-year-old; hedged diagnoses in a visible section.")

C("vgr-akut-telefon-trol-peritonsilit-typo", "vgr", "1993-09-14", "553", [
    N("n1", M, "Telefonanteckning", "AKUT_NU", "Oskar Blom", L, "2024-03-02 23:30", 20, [
        ("Telefonkontakt", "Pat ringer efter besök på vårdcentral i onsdags för halsfluss, behandlas med PcV. Nu tilltagande ensidig smärta hö, svårt att gapa, grötig röst. Trol. peritonsilit, uppmanas komma in till akuten nu för bedömning av ÖNH-jour."),
    ])],
    [("NL102", "n1")], [],
    "'Trol.' with the misspelling 'peritonsilit' in a one-section telephone note: hedged diagnosis visible.")

C("vgr-psyk-video-sannolikt-utmattningssyndrom-dd-depression", "vgr", "1982-05-27", "640", [
    N("n1", M, "Videobesök", "PSYK_KUNG", "Hedda Lindberg", L, "2024-04-11 13:30", 45, [
        ("Anamnes", "Sjukskriven 50 % sedan februari. Kognitiva besvär, glömmer möten, ljudkänslig, sömn 4–5 h. Ångestpåslag på söndagskvällar. Hög arbetsbelastning som enhetschef under två år."),
        ("Bedömning", "Sannolikt utmattningssyndrom, DD depressiv episod av medelsvår grad."),
        ("Planering", "MADRS-S och KEDS via 1177 före nästa kontakt. Sjukskrivningen förlängs till 100 % i 4 veckor."),
    ])],
    [("NL102", "n1")], [],
    "'Sannolikt' and 'DD' on psychiatric diagnoses in a visible VGR video note.")

C("vgr-lung-telefon-misstankt-restless-legs", "vgr", "1960-11-30", "324", [
    N("n1", M, "Telefonanteckning", "LUNG_SU", "Peter Strand", L, "2024-05-16 09:20", None, [
        ("Telefonkontakt", "Återbesök per telefon efter normal polygrafi. Pat beskriver krypningar i benen kvällstid som lindras när hon går omkring, vilket stör insomningen."),
        ("Bedömning", "Misstänkt restless legs, ferritin kontrolleras."),
        ("Åtgärd", "Labremiss: ferritin, transferrinmättnad, Hb."),
    ])],
    [("NL102", "n1")], [],
    "Sleep complaint follow-up by phone: 'Misstänkt restless legs' visible in Bedömning. (Unsigned draft.)")

C("vgr-med-telefon-paroxysmal-hypertoni-dd-feokromocytom", "vgr", "1976-02-12", "272", [
    N("n1", M, "Telefonanteckning", "MED_SAS", "Anna Wester", L, "2024-06-05 15:45", 20, [
        ("Telefonkontakt", "Pat har skickat hemblodtryckslista via 1177. Episoder med BT upp till 210/120 med hjärtklappning, svettningar och huvudvärk, däremellan 125/80."),
        ("Bedömning", "Paroxysmal hypertoni, DD feokromocytom."),
        ("Åtgärd", "Fria metoxikatekolaminer i plasma, pat provtas liggande på mottagningen fredag."),
    ])],
    [("NL102", "n1")], [],
    "'DD feokromocytom' in a visible Bedömning after home BP readings sent via 1177.")

C("vgr-psyk-sokord-tidiga-hyp-plus-synlig-trolig-depression", "vgr", "1985-07-31", "388", [
    N("n1", M, "Läkaranteckning", "PSYK_SU", "Viktor Ahlström", L, "2024-07-09 10:00", 40, [
        ("Aktuellt", "Videobesök. Svåra sömnbesvär och nedstämdhet sedan separationen i våras."),
        ("Tidiga hypoteser", "Möjlig emotionellt instabil personlighetsstörning, behöver längre observation."),
        ("Bedömning", "Trolig depressiv episod, medelsvår. Ingen akut suicidrisk."),
        ("Planering", "Mirtazapin 15 mg till natten. Uppföljning via video om 3 veckor."),
    ])],
    [("NL102", "n1")], [],
    "The personality-disorder hypothesis is correctly under sökord Tidiga hypoteser, but 'Trolig depressiv episod' stands in the visible Bedömning.")

C("vgr-mallnamn-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1967-04-09", "159", [
    N("n1", M, "Tidiga hypoteser", "INF_OSTRA", "Marcus Engström", L, "2024-08-14 11:10", 15, [
        ("Bedömning", "Långdragen feber och nattsvettningar efter resa till Thailand, trolig tuberkulos. Sputum för direktmikroskopi och PCR."),
    ])],
    [("NL102", "n1")], [],
    "VGR filters by sökord, not by template name: a note titled 'Tidiga hypoteser' whose section keyword is Bedömning is still visible.")

C("vgr-hud-1177-foto-oklart-om-psoriasis-eller-handeksem", "vgr", "1979-12-05", "591", [
    N("n1", M, "Distanskontakt", "HUD_SKAS", "Ulrika Falk", L, "2024-09-04 08:45", 20, [
        ("Bedömning", "Pat har skickat foton via 1177. Torra, fjällande handflator med fissurer, ingen nagelpåverkan synlig. Oklart om det är palmoplantar psoriasis eller kroniskt handeksem. Biopsi planeras vid fysiskt besök."),
    ])],
    [("NL102", "n1")], [],
    "'Oklart om' psoriasis or eczema: an open differential in a visible section.")

C("vgr-geri-telefon-kan-inte-utesluta-pyelonefrit", "vgr", "1943-08-18", "188", [
    N("n1", M, "Telefonanteckning", "GER_MOLNDAL", "Elsa Nord", L, "2024-10-07 14:25", 30, [
        ("Telefonkontakt", "Dottern ringer: pat har varit ovanligt förvirrad i två dagar och kissar ofta. Temp 37,8 i morse. Cystit diagnostiserad på vårdcentral förra veckan men symtomen tilltar."),
        ("Bedömning", "Kan inte utesluta pyelonefrit hos skör 81-åring med ny konfusion."),
        ("Åtgärd", "Hänvisas till akutmottagningen Mölndal idag, ambulans om dåsig."),
    ])],
    [("NL102", "n1")], [],
    "'Kan inte utesluta pyelonefrit' keeps a diagnosis open (not a negation) in a visible Bedömning.")

C("vgr-med-video-mojlig-lakemedelsutlost-hypertoni", "vgr", "1990-03-23", "680", [
    N("n1", M, "Läkaranteckning", "MED_KUNG", "Sanna Kjellberg", L, "2024-02-28 16:10", 25, [
        ("Aktuellt", "Videobesök. BT 150/96 vid kontroll på vårdcentral, hemmamätning liknande. Tar kombinerade p-piller sedan 10 år och ibuprofen dagligen för ryggvärk."),
        ("Bedömning", "Möjlig läkemedelsutlöst hypertoni."),
        ("Planering", "Byte till gestagenpreparat, ibuprofen sätts ut, ny hemmamätning om 6 veckor."),
    ])],
    [("NL102", "n1")], [],
    "'Möjlig läkemedelsutlöst hypertoni' in a visible Bedömning.")

C("vgr-psyk-telefon-missankt-gad-typo", "vgr", "2001-06-11", "235", [
    N("n1", M, "Telefonanteckning", "PSYK_KUNG", "Jenny Wallin", S, "2024-03-20 11:00", 15, [
        ("Telefonkontakt", "Pat ringer, står i kö för bedömning efter remiss från vårdcentral. Ständig oro, muskelspänningar, svårt att somna, klarar inte längre sina studier."),
        ("Bedömning", "Missänkt GAD, prioriteras till läkarbedömning inom 2 veckor. Ej suicidtankar."),
    ])],
    [("NL102", "n1")], [],
    "Typo 'Missänkt' with the abbreviation GAD: a suspected anxiety disorder visible in a nurse's phone note.")

C("vgr-narakut-diffrentialdiagnos-hypertyreos-typo", "vgr", "1997-10-16", "426", [
    N("n1", M, "Läkaranteckning", "NARAKUT_FRO", "Rasmus Lund", L, "2024-04-29 19:50", 20, [
        ("Anamnes", "Hjärtklappning, darrighet och ångest senaste månaden, gått ned 5 kg trots god aptit."),
        ("Status", "Puls 112 regelbunden, fin tremor, varm fuktig hud. Struma ej palpabel."),
        ("Bedömning", "Ångest och takykardi. Diffrentialdiagnos: hypertyreos."),
        ("Åtgärd", "TSH, fritt T4 och T3 idag, svar via 1177 i morgon."),
    ])],
    [("NL102", "n1")], [],
    "Typo 'Diffrentialdiagnos' introducing hyperthyroidism as an open hypothesis in a visible section.")

C("vgr-barnakut-video-scarlatina-kan-ej-uteslutas", "vgr", "2017-01-29", "573", [
    N("n1", M, "Videobesök", "BAKUT_DS", "Karin Sjödin", L, "2024-11-26 17:30", 15, [
        ("Anamnes", "Videobesök med mamma. 7-årig pojke, feber och halsont sedan igår, röda prickar på bålen sedan i morse."),
        ("Bedömning", "Scarlatina kan ej uteslutas, viralt exantem också möjligt."),
        ("Åtgärd", "Strep A-test på barnmottagningen i morgon förmiddag."),
    ])],
    [("NL102", "n1")], [],
    "Child under 13 (guardian reads): 'kan ej uteslutas' scarlet fever in a visible video note.")

C("vgr-hud-video-susp-eczema-herpeticum", "vgr", "2019-05-18", "247", [
    N("n1", M, "Videobesök", "HUD_SU", "Linnea Dahl", L, "2024-06-24 12:30", 10, [
        ("Anamnes", "Känt atopiskt eksem. Sedan två dagar smärtsamma blåsor och sår i ansiktet, feber 38,5, gnällig."),
        ("Status", "Grupperade, stansade erosioner runt munnen och på vä kind."),
        ("Bedömning", "Susp. eczema herpeticum."),
        ("Åtgärd", "Ska till barnakuten idag för bedömning och iv aciklovir, föräldrarna informerade om brådskan."),
    ])],
    [("NL102", "n1")], [],
    "Abbreviated hedge 'Susp.' on a diagnosis in a child's video note.")

C("vgr-somn-video-aktigrafi-talar-for-fordrojd-somnfas", "vgr", "2004-02-02", "590", [
    N("n1", M, "Videobesök", "SOMN_SU", "Jakob Wiberg", L, "2024-09-17 10:30", 25, [
        ("Aktuellt", "Genomgång via video av sömndagbok och aktigrafi, två veckor. Somnar kl 03–04 och sover gott till 11–12 när han får sova ostört; skoldagar blir det 4 h sömn."),
        ("Bedömning", "Sömndagbok och aktigrafi talar för fördröjd sömnfasstörning."),
        ("Planering", "Melatonin 1 mg 5 h före önskad sömn, ljusterapi på morgonen."),
    ])],
    [("NL102", "n1")], [],
    "'talar för' a sleep-phase disorder: hedged diagnosis in a visible section.")

C("vgr-hud-1177-bild-inger-misstanke-tinea-corporis", "vgr", "2013-11-21", "382", [
    N("n1", M, "Distanskontakt", "HUD_SKAS", "Ulrika Falk", L, "2024-05-06 10:05", 15, [
        ("Bedömning", "Mamma har skickat bilder via 1177 på sonens utslag på underarmen. Ringformad rodnad med fjällande kant, ca 3 cm, sedan två veckor. Familjen har en ny kattunge. Bilden inger misstanke om tinea corporis."),
        ("Åtgärd", "Svampodling tas på vårdcentralen, terbinafin kräm i väntan på svar. Bilderna skannade."),
    ])],
    [("NL102", "n1")], [],
    "Photo sent by a guardian via 1177: 'inger misstanke om' tinea in a visible section of a 10-year-old's note.")

C("vgr-med-telefon-trolig-pneumoni-utkast", "vgr", "1954-07-12", "213", [
    N("n1", M, "Telefonanteckning", "MED_SAS", "Anna Wester", L, "2024-12-09 16:20", None, [
        ("Telefonkontakt", "Pat med känd hypertoni ringer. Hosta och feber 38,9 i fem dagar, nu andfådd i trappor. Saturation 93 % på egen pulsoximeter."),
        ("Bedömning", "Trolig pneumoni. Ska till akuten för rtg pulm och CRP."),
    ])],
    [("NL102", "n1")], [],
    "Unsigned draft: 'Trolig pneumoni' in a visible section before signing.")

C("vgr-uro-telefon-eventuell-pyelonefrit-bakom-sten", "vgr", "1958-05-25", "434", [
    N("n1", M, "Telefonanteckning", "URO_LKP", "Pia Gustafsson", S, "2024-07-18 13:15", 10, [
        ("Telefonkontakt", "Pat med känd njursten hö sida ringer. Feber 38,6 sedan i natt, ont i hö flank. Eventuell pyelonefrit bakom sten, bedömd av urolog dr Hamid som vill se pat på akuten idag."),
    ])],
    [("NL102", "n1")], [],
    "'Eventuell' hedging a diagnosis (pyelonephritis) rather than a plan.")

C("vgr-onh-video-trol-viral-tonsillit", "vgr", "2000-12-01", "298", [
    N("n1", M, "Videobesök", "ONH_SKAS", "Mikael Roos", L, "2024-10-22 09:30", 20, [
        ("Aktuellt", "Videobesök, remitterad från vårdcentral för upprepade halsinfektioner. Nu halsont 3 dagar, hosta och snuva, strep A negativt igår."),
        ("Bedömning", "Trol. viral tonsillit. Inga tecken på abscess på bilden från munhålan."),
        ("Planering", "Inga antibiotika. Ställningstagande till tonsillektomi efter nästa episod."),
    ])],
    [("NL102", "n1")], [],
    "'Trol. viral tonsillit' is a hedged diagnosis even though the abscess is negated.")

C("vgr-1177-arende-bild-misstank-baltros-typo", "vgr", "1951-03-08", "226", [
    N("n1", M, "1177-ärende", "HUD_SKAS", "Ulrika Falk", L, "2024-03-13 12:40", 20, [
        ("Kontaktorsak", "Ärende via 1177 med bifogad bild: brännande smärta och blåsor i ett bälte på vä sida av bröstkorgen sedan igår."),
        ("Bedömning", "Misstänk bältros, debut inom 72 h."),
        ("Åtgärd", "Valaciklovir 1 g x 3 i 7 dagar, recept skickat och svar via 1177. Bilden kasserad efter bedömning."),
    ])],
    [("NL102", "n1")], [],
    "Documented 1177 case with typo 'Misstänk' (dropped t): suspected shingles visible.")

C("vgr-long-hud-video-dupilumab-misstankt-konjunktivit", "vgr", "1994-08-30", "568", [
    N("n1", M, "Videobesök", "HUD_SU", "Linnea Dahl", L, "2024-11-19 13:00", 50, [
        ("Anamnes", "30-årig kvinna med svårt atopiskt eksem sedan barndomen, även astma och allergisk rinit. Dupilumab 300 mg varannan vecka sedan juni efter otillräcklig effekt av metotrexat. Sköter injektionerna själv. Arbetar som undersköterska på äldreboende med mycket handtvätt och handsprit."),
        ("Läkemedel", "Dupilumab 300 mg sc varannan vecka, Betnovat kräm vid behov, Locobase Repair, cetirizin 10 mg vid behov, Symbicort vid behov."),
        ("Aktuellt", "Planerad videouppföljning efter 20 veckors behandling. Klådan mycket bättre, sover hela nätter för första gången på flera år, tidigare vaken 2–3 ggr per natt. Eksemet kvar på händerna men borta från hals och armveck. Sedan en månad röda, kliande ögon med gruskänsla på morgonen, ingen synpåverkan."),
        ("Skattningar", "EASI 6 (från 28 vid start). POEM 7. NRS klåda 2/10. DLQI 4."),
        ("Sömn", "ISI 6 jämfört med 18 vid behandlingsstart. Inga nattliga uppvaknanden på grund av klåda senaste månaden."),
        ("Status", "Via video: ansikte och hals utan eksem, lätt lichenifiering kvar i armvecken. Händerna med torra, fjällande partier på fingrarnas dorsalsidor. Bilat injicerade konjunktiver, lätt ödem i ögonlocken."),
        ("Bedömning", "Atopiskt eksem med god behandlingseffekt av dupilumab. Misstänkt dupilumab-associerad konjunktivit. Handeksemet kvarstår."),
        ("Planering", "Fortsatt dupilumab. Remiss till ögonmottagningen, under tiden tårersättning utan konserveringsmedel. Betnovat kräm på händerna 2 veckor. Nästa videouppföljning om 3 månader, EASI och POEM via 1177 före besöket. Pat informerad om att ögonbesvär är en känd biverkan och att dupilumab inte behöver avbrytas i nuläget."),
    ])],
    [("NL102", "n1")], [],
    "Long video chart (about 220 words) with good sleep and eczema news; one hedged diagnosis, 'Misstänkt dupilumab-associerad konjunktivit', in Bedömning.")

# ---------------------------------------------------------------------------
# Västra Götaland, Melior: NL102 hard negatives
# ---------------------------------------------------------------------------

C("vgr-psyk-sokord-tidiga-hyp-enda-hypotesen", "vgr", "1974-09-07", "195", [
    N("n1", M, "Läkaranteckning", "PSYK_KUNG", "Hedda Lindberg", L, "2024-02-15 14:50", 30, [
        ("Aktuellt", "Videouppföljning. Sömnen förbättrad på mirtazapin, ångesten kvarstår i sociala situationer."),
        ("Bedömning", "Social fobi. Fortsatt KBT hos psykolog."),
        ("Tidiga hypoteser", "Misstänkt alkoholberoende enligt uppgifter från arbetsgivaren, ej tagit upp med pat ännu."),
        ("Planering", "PEth beställs vid nästa provtagning."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR sökord Tidiga hypoteser hides the only hedged diagnosis and the not-yet-discussed part; the visible diagnosis is confirmed.")

C("vgr-1177-radgivning-inga-tecken-pa-pyelonefrit", "vgr", "1988-06-29", "406", [
    N("n1", M, "Telefonrådgivning", "RAD1177_VGR", "Sofie Lindh", S, "2024-03-11 17:05", 5, [
        ("Telefonkontakt", "Pat ringer 1177. Sveda och trängningar sedan i morse, ingen feber, inga ryggsmärtor, ej gravid. Inga tecken på pyelonefrit. Hänvisas till vårdcentralens webbtidbok för chattbesök i morgon, egenvårdsråd givna."),
    ])],
    [], [("NL102", "n1")],
    "'Inga tecken på pyelonefrit' is a negation in a 1177 advice note; no diagnosis is hedged.")

C("vgr-lung-video-ej-misstanke-om-somnapne", "vgr", "1995-11-02", "287", [
    N("n1", M, "Läkaranteckning", "LUNG_SU", "Peter Strand", L, "2024-04-02 13:00", 20, [
        ("Aktuellt", "Videobesök. Remitterad för dagtrötthet. ESS 4, sambon har aldrig hört honom snarka eller sett andningsuppehåll, BMI 22."),
        ("Bedömning", "Ej misstanke om sömnapné. Dagtröttheten förklaras av skiftarbete och kort sömn."),
        ("Planering", "Ingen polygrafi. Åter till vårdcentral."),
    ])],
    [], [("NL102", "n1")],
    "'Ej misstanke om sömnapné' contains the hedge word but is negated.")

C("vgr-somn-kbti-broder-trolig-adhd", "vgr", "1999-02-19", "224", [
    N("n1", M, "Videobesök", "SOMN_SU", "Amanda Berg", "psykolog", "2024-05-27 11:00", 30, [
        ("Behandling", "KBT-I session 3 av 6 via video. Sömneffektiviteten har ökat från 68 % till 81 %."),
        ("Anamnes", "Hereditet: brodern har trolig ADHD och utreds, själv inga koncentrationssvårigheter."),
        ("Bedömning", "Insomni, fortsätter sömnrestriktion med sängtid 00.00–06.30."),
    ])],
    [], [("NL102", "n1")],
    "The hedged ADHD belongs to the brother; the patient's insomnia is stated plainly.")

C("vgr-med-essentiell-hypertoni-ev-24h-blodtryck", "vgr", "1965-08-21", "372", [
    N("n1", M, "Läkaranteckning", "MED_SAS", "Olle Brandt", L, "2024-06-18 10:40", 20, [
        ("Bedömning", "Essentiell hypertoni, ej i målvärde på enalapril 10 mg."),
        ("Planering", "Dosökning till 20 mg. Ev. 24-timmars blodtryck om fortsatt högt vid telefonuppföljningen om 4 veckor. Eventuellt tillägg av amlodipin därefter."),
    ])],
    [], [("NL102", "n1")],
    "'Ev.' and 'Eventuellt' hedge investigations and drug additions, not a diagnosis.")

C("vgr-narakut-telefon-forkylning-om-kvarstar-bakteriell-sinuit", "vgr", "1986-01-13", "582", [
    N("n1", M, "Telefonanteckning", "NARAKUT_FRO", "Linda Ek", S, "2024-01-29 08:25", 10, [
        ("Telefonkontakt", "Täppt näsa, tryck över pannan och halsont sedan 5 dagar efter förkylning. Feber 37,8."),
        ("Bedömning", "Förkylning. Egenvårdsråd: koksaltspolning, avsvällande nässpray högst 10 dagar."),
        ("Råd", "Om besvären inte börjat minska efter 10 dagar eller hög feber tillkommer kan det vara bakteriell sinuit, och pat ska då boka tid på vårdcentral."),
    ])],
    [], [("NL102", "n1")],
    "Hypothetical: 'kan det vara bakteriell sinuit' only under a future condition ('Om ... tillkommer'); the current diagnosis is a plain cold.")

C("vgr-kvinno-telefon-cystit-forenligt-med-amning", "vgr", "1991-10-28", "546", [
    N("n1", M, "Telefonanteckning", "KVINNO_ALI", "Frida Ohlsson", L, "2024-08-01 12:00", 15, [
        ("Telefonkontakt", "Pat ammar, 4 mån postpartum. Sveda och trängningar, urinodling tagen på BMM: E. coli, känslig för nitrofurantoin."),
        ("Bedömning", "Cystit. Nitrofurantoin 50 mg x 3 i 5 dagar, förenligt med amning."),
    ])],
    [], [("NL102", "n1")],
    "Hard negative: 'förenligt med' qualifies breastfeeding compatibility of a drug, not a diagnosis; the cystitis is confirmed.")

C("vgr-inf-telefon-covid-utesluten-influensa-a", "vgr", "1978-04-17", "359", [
    N("n1", M, "Telefonanteckning", "INF_OSTRA", "Jessica Nyström", S, "2024-02-06 09:10", 10, [
        ("Provsvar", "Svar på PCR från i söndags: SARS-CoV-2 negativt, influensa A positivt."),
        ("Telefonkontakt", "Covid-19 utesluten. Influensa A, pat informerad per telefon, oseltamivir ej indicerat efter 5 dagars symtom."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Covid 'utesluten', influenza confirmed and told by phone: nothing hedged, nothing withheld.")

C("vgr-barn-video-tonsiller-ev-forstorade", "vgr", "2014-03-07", "290", [
    N("n1", M, "Videobesök", "BARN_NAL", "Ahmed Yusuf", L, "2024-03-18 15:10", 15, [
        ("Anamnes", "Videobesök med pappa. 10-åring som snarkar och andas med öppen mun nattetid sedan länge. Ingen feber, växer normalt."),
        ("Status", "Tonsillerna ev. förstorade, svårt att se i mobilkameran."),
        ("Planering", "Fysiskt besök på barnmottagningen för undersökning av svalg och näsa, kallelse skickas."),
    ])],
    [], [("NL102", "n1")],
    "'ev. förstorade' tonsils hedges an examination finding, not a disease.")

C("vgr-geri-telefon-tar-mojligen-dubbla-doser", "vgr", "1949-01-24", "132", [
    N("n1", M, "Telefonanteckning", "GER_MOLNDAL", "Lena Hallberg", S, "2024-04-16 10:50", None, [
        ("Telefonkontakt", "Pat ringer om yrsel på morgonen. Behandlas för hypertoni med amlodipin och losartan. Tar möjligen dubbla doser losartan sedan dosettbytet, osäker. BT hemma 105/60."),
        ("Råd", "Ta med dosetten till apoteket för kontroll, ssk ringer upp i morgon."),
    ])],
    [], [("NL102", "n1")],
    "'möjligen' concerns how the drug is taken, not a diagnosis. (Unsigned draft.)")

C("vgr-onh-telefon-ingen-missanke-om-peritonsillit-typo", "vgr", "2003-07-15", "413", [
    N("n1", M, "Telefonanteckning", "ONH_SKAS", "Mikael Roos", L, "2024-09-30 16:00", 10, [
        ("Telefonkontakt", "Uppföljning efter halsflussbesöket. Smärtan nu symmetrisk, gapar utan problem, ingen grötig röst. Ingen missanke om peritonsillit. Fortsätter PcV kuren ut."),
    ])],
    [], [("NL102", "n1")],
    "Typo in the negation ('Ingen missanke om'): still ruled out, no hypothesis.")

C("vgr-narakut-crp-talar-emot-pneumoni", "vgr", "1983-11-09", "507", [
    N("n1", M, "Läkaranteckning", "NARAKUT_FRO", "Rasmus Lund", L, "2024-11-04 20:15", 25, [
        ("Anamnes", "Hosta i tre veckor efter förkylning, ingen feber."),
        ("Status", "AT gott. Lungor: vesikulärt andningsljud bilat, inga rassel. Sat 98 %."),
        ("Lab", "CRP <5."),
        ("Bedömning", "Postinfektiös hosta. CRP <5 och normalt lungstatus talar emot pneumoni."),
    ])],
    [], [("NL102", "n1")],
    "'talar emot pneumoni' argues against a diagnosis; the stated diagnosis is certain.")

C("vgr-lung-telefon-fragestallningen-somnapne-avskrivs", "vgr", "1972-12-19", "178", [
    N("n1", M, "Telefonanteckning", "LUNG_SU", "Karin Bergqvist", S, "2024-10-15 13:35", 10, [
        ("Telefonkontakt", "Meddelar resultatet av polygrafin per telefon: AHI 2, normala saturationer. Frågeställningen om sömnapné avskrivs. Pat informerad, remitteras åter till vårdcentral."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Hard negative: 'Frågeställningen om sömnapné' is 'avskrivs' (dropped), and the result was given by phone.")

C("vgr-hud-tidiga-hyp-sokord-sedan-lymfom-meddelat", "vgr", "1969-03-30", "253", [
    N("n1", M, "Läkaranteckning", "HUD_SU", "Linnea Dahl", L, "2024-05-14 11:00", 20, [
        ("Aktuellt", "Videobesök för utbredd klåda utan synliga hudförändringar sedan två månader, nattsvettningar, ingen effekt av kortisonkräm."),
        ("Tidiga hypoteser", "Misstanke om Hodgkins lymfom som orsak till klådan, tas upp med pat när utredningen kommit längre."),
        ("Planering", "Blodstatus, SR, LD och DT hals-thorax-buk beställt."),
    ]),
    N("n2", M, "Läkaranteckning", "HUD_SU", "Linnea Dahl", L, "2024-06-03 14:00", 30, [
        ("Bedömning", "Hodgkins lymfom, nodulär skleros, bekräftat med lymfkörtelbiopsi."),
        ("Information", "Pat informerad om diagnosen vid besök idag tillsammans med sin man. Remiss till hematologen skickad."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n2")],
    "Hypothesis kept under VGR sökord Tidiga hypoteser (no NL102 on n1); later, the told and confirmed diagnosis is documented visibly (no NL101 on n2).")

C("vgr-psyk-telefon-trolig-start-kbt-grupp", "vgr", "1990-07-25", "161", [
    N("n1", M, "Telefonanteckning", "PSYK_SU", "Nina Fransson", "kurator", "2024-06-26 14:30", 10, [
        ("Telefonkontakt", "Pat med paniksyndrom ringer och frågar om väntetiden till KBT-gruppen. Trolig start i mitten av september, pat får kallelse via 1177. Mår stabilt på sertralin."),
    ])],
    [], [("NL102", "n1")],
    "'Trolig' hedges a start date of group therapy; the panic disorder is established.")

C("vgr-akut-telefon-astma-misstanktes-2019-avfardades", "vgr", "1987-09-03", "445", [
    N("n1", M, "Telefonanteckning", "AKUT_NU", "Tove Carlsson", S, "2024-07-29 07:50", 15, [
        ("Telefonkontakt", "Pat ringer om hosta och pip i bröstet efter förkylning. Astma misstänktes 2019 men avfärdades efter normalt metakolintest. Nu besvär främst nattetid, ingen andnöd i vila."),
        ("Råd", "Tid på vårdcentral i dag för bedömning."),
    ])],
    [], [("NL102", "n1")],
    "A past suspicion that was ruled out ('misstänktes ... men avfärdades') is not a current hypothesis.")

C("vgr-1177-radgivning-gastroenterit-utan-uttorkning", "vgr", "2020-10-10", "322", [
    N("n1", M, "Telefonrådgivning", "RAD1177_VGR", "Sofie Lindh", S, "2024-12-11 03:10", 5, [
        ("Telefonkontakt", "Mamma ringer, 4-åringen har kräkts fem gånger sedan kvällen, två lösa avföringar. Storasyster hade magsjuka i helgen. Kissar, gråter med tårar, pigg mellan kräkningarna."),
        ("Bedömning", "Gastroenterit utan tecken på uttorkning."),
        ("Råd", "Små mängder vätska ofta, vätskeersättning från apotek. Åter vid slöhet eller om hon inte kissat på 8 timmar."),
    ])],
    [], [("NL102", "n1")],
    "Night-time 1177 advice for a child: confirmed gastroenteritis, dehydration negated.")

C("vgr-long-med-telefon-hypertoni-arskontroll-inga-hypoteser", "vgr", "1956-02-16", "319", [
    N("n1", M, "Telefonanteckning", "MED_KUNG", "Tomas Falk", L, "2024-09-24 10:30", 45, [
        ("Kontaktorsak", "Planerad årskontroll per telefon, pat har avböjt fysiskt besök p.g.a. lång resväg. Hemblodtryck och labsvar inskickade via 1177 i förväg."),
        ("Anamnes", "68-årig man med essentiell hypertoni sedan 2012 och typ 2-diabetes sedan 2016. Genomgången hjärtinfarkt 2020, PCI mot LAD. Icke-rökare sedan infarkten. Promenerar 5 km dagligen."),
        ("Läkemedel", "Ramipril 10 mg, amlodipin 5 mg, metoprolol 50 mg, metformin 1 g x 2, atorvastatin 80 mg, ASA 75 mg."),
        ("Levnadsvanor", "Äter enligt dietistens råd sedan infarkten, alkohol sällan. Vikten stabil kring 84 kg enligt egen våg."),
        ("Aktuellt", "Mår bra. Inga bröstsmärtor, ingen andfåddhet, inga ödem. Lätt yrsel ibland när han reser sig snabbt, ingen svimning. Sover bra. Fotstatus kontrollerat av diabetessjuksköterska i augusti utan anmärkning, ögonbottenfoto 2023 utan retinopati."),
        ("Hemblodtryck", "Medel 14 dagar morgon 132/78, kväll 128/76, puls 62."),
        ("Lab", "Krea 92, eGFR 74, K 4,2, HbA1c 49, LDL 1,3, U-albumin/krea-kvot 2,1."),
        ("Bedömning", "Essentiell hypertoni i målvärde. Typ 2-diabetes välkontrollerad. Ischemisk hjärtsjukdom utan symtom. Ingen misstanke om ortostatisk hypotoni av betydelse utifrån beskrivningen."),
        ("Planering", "Oförändrad medicinering. Ev. ortostatiskt blodtryck vid nästa fysiska besök. Provsvaren genomgångna med pat i telefon. Ny årskontroll hösten 2025, eventuellt som videobesök. Samtliga recept förnyade på 1 år i samband med samtalet."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Long telephone annual control (about 190 words): only negated or plan-level hedges, confirmed diagnoses, results gone through with the patient.")

# ---------------------------------------------------------------------------
# Västra Götaland, Melior: NL101
# ---------------------------------------------------------------------------

C("vgr-ven-gonorre-pat-ej-informerad", "vgr", "1996-04-04", "399", [
    N("n1", M, "Provsvarsanteckning", "VEN_SU", "Mattias Holm", S, "2024-01-18 15:30", 10, [
        ("Provsvar", "Provtagning efter chattkontakt via 1177 för sveda och flytning. NAAT svalg och urin: Neisseria gonorrhoeae positiv, klamydia negativ. Gonorréinfektion, odling för resistensbestämning begärd."),
        ("Åtgärd", "Pat ej informerad om gonorrén, sökt två ggr på telefon. 1177-meddelande med uppmaning att ringa mottagningen skickat utan provsvar."),
    ])],
    [("NL101", "n1")], [],
    "Gonorrhoea stated in a visible note while the patient is 'ej informerad'; the 1177 message deliberately held no result.")

C("vgr-med-binjuretumor-ska-inte-meddelas-per-telefon", "vgr", "1955-11-15", "211", [
    N("n1", M, "Läkaranteckning", "MED_KUNG", "Sanna Kjellberg", L, "2024-02-21 11:45", 20, [
        ("Utredning", "DT buk inom utredning av svårbehandlad hypertoni och viktnedgång: 7 cm expansivitet i hö binjure. MDK 20/2: binjurebarkcancer."),
        ("Planering", "Diagnosen ska inte meddelas pat per telefon. Pat kallas till fysiskt besök 26/2 tillsammans med kontaktsjuksköterska och informeras först då."),
    ])],
    [("NL101", "n1")], [],
    "Adrenocortical cancer decided at MDK and written visibly, while the note says the patient must not be told by phone and is told only at the visit.")

C("vgr-hud-pad-melanom-inte-infomerad-typo", "vgr", "1981-08-26", "466", [
    N("n1", M, "Provsvarsanteckning", "HUD_SKAS", "Ulrika Falk", L, "2024-03-27 14:00", 10, [
        ("Provsvar", "PAD från excision av pigmenterad förändring vä skuldra, först bedömd på foto via 1177 i februari: malignt melanom, Breslow 1,2 mm, ej radikalt."),
        ("Planering", "Pat inte infomerad om PAD-svaret ännu, tid för samtal med läkare 2/4."),
    ])],
    [("NL101", "n1")], [],
    "Typo 'infomerad': melanoma result visible before the patient has been told.")

C("vgr-barn-vur-foraldrar-ej-fatt-besked", "vgr", "2023-02-14", "515", [
    N("n1", M, "Läkaranteckning", "BARN_NAL", "Ahmed Yusuf", L, "2024-04-24 13:20", 30, [
        ("Anamnes", "Tre febrila UVI sedan i höstas, följs upp per telefon med föräldrarna."),
        ("Utredning", "MUC 23/4: vesikoureteral reflux grad IV bilateralt."),
        ("Planering", "Föräldrarna har ännu inte fått besked om refluxen, återbesök med båda föräldrarna bokat 29/4. Antibiotikaprofylax med trimetoprim fortsätter."),
    ])],
    [("NL101", "n1")], [],
    "Toddler: guardians read the journal and have not been told about grade IV reflux documented in a visible section.")

C("vgr-njur-fmd-njurartarstenos-ej-informerad-utkast", "vgr", "1958-10-03", "273", [
    N("n1", M, "Läkaranteckning", "NJUR_SU", "Gabriel Ek", L, "2024-05-22 15:15", None, [
        ("Utredning", "DT-angiografi njurartärer inom hypertoniutredning: pärlbandsliknande förträngningar i vä njurartär."),
        ("Diagnos", "Fibromuskulär dysplasi med högergradig stenos i vä njurartär."),
        ("Planering", "Pat ej informerad ännu – besked lämnas vid videobesök på torsdag när kärlkirurgens bedömning finns."),
    ])],
    [("NL101", "n1")], [],
    "Unsigned draft: renal artery disease under sökord Diagnos, with 'Pat ej informerad ännu'.")

C("vgr-med-cushing-har-inte-fatt-besked", "vgr", "1973-01-31", "584", [
    N("n1", M, "Provsvarsanteckning", "MED_SAS", "Anna Wester", L, "2024-08-22 14:30", None, [
        ("Provsvar", "Dexametasonhämningstest utan suppression, förhöjt kortisol i saliv sent på kvällen x 2, ACTH förhöjt. Cushings sjukdom, MR hypofys beställd."),
        ("Planering", "Pat har inte fått besked om Cushings sjukdom än. Endokrinolog ringer pat på måndag."),
    ])],
    [("NL101", "n1")], [],
    "Hypertension work-up ends in Cushing's disease; the note says the patient has not been told yet. (Unsigned draft.)")

C("vgr-psyk-autism-ej-aterkopplat", "vgr", "2002-09-27", "409", [
    N("n1", M, "Psykologanteckning", "PSYK_KUNG", "Amanda Berg", "psykolog", "2024-10-30 15:00", 25, [
        ("Sammanfattning", "Utredning avslutad efter sex videobesök och ett fysiskt testbesök. ADOS-2, ADI-R via mamma, WAIS-IV. Autismspektrumtillstånd utan intellektuell funktionsnedsättning."),
        ("Planering", "Resultatet har ännu inte återkopplats till pat. Återgivning vid fysiskt besök 7/11."),
    ])],
    [("NL101", "n1")], [],
    "Autism diagnosis stated before the feedback meeting; the patient has not been told.")

C("vgr-long-med-video-ckd-ej-informerad", "vgr", "1952-07-07", "275", [
    N("n1", M, "Videobesök", "MED_SAS", "Olle Brandt", L, "2024-03-14 09:00", 60, [
        ("Kontaktorsak", "Videouppföljning av hypertoni, 3 månader efter tillägg av hydroklortiazid."),
        ("Anamnes", "72-årig kvinna, hypertoni sedan 20 år, hyperlipidemi. Tidigare frisk i övrigt. Bor med maken, tar hand om barnbarn två dagar i veckan. Tar ibuprofen ett par ggr i veckan för knäsmärta. Mamman hade högt blodtryck och dog i stroke vid 78 års ålder. Aldrig rökt, alkohol sällan."),
        ("Läkemedel", "Amlodipin 5 mg, enalapril 20 mg, hydroklortiazid 25 mg sedan december, atorvastatin 20 mg, ibuprofen 400 mg vid behov."),
        ("Aktuellt", "Hemmablodtryck 138/82 i snitt. Mår bra, lite tröttare än vanligt, kissar mer på nätterna. Inga ödem enligt pat. Yrsel vid uppresning någon gång i veckan sedan tiaziden sattes in, inga fall."),
        ("Status", "Via video: pigg, god kontakt, talar obesvärat. Ingen synlig ödem kring ögonen."),
        ("Lab", "Krea 128, eGFR 36 (fyra månader sedan 41), U-albumin/krea-kvot 42 mg/mmol, K 4,6, Hb 121, PTH lätt förhöjt."),
        ("Bedömning", "Hypertoni i målvärde. Kronisk njursjukdom stadium 3b med albuminuri."),
        ("Planering", "Ibuprofen sätts ut, paracetamol i stället. Dapagliflozin övervägs efter njurmedicinsk bedömning. Remiss till njurmedicin. Nya prover om 4 veckor: krea, K, Na, Hb och albumin/krea-kvot. Pat ej informerad om njursjukdomen; hon fick bara veta att värdena är något avvikande och diagnosen tas upp vid fysiskt besök med maken 28/3."),
    ])],
    [("NL101", "n1")], [],
    "Long video chart (about 190 words): CKD 3b in the visible Bedömning while the Planering says the patient is not informed about it.")

C("vgr-med-diabetes-ej-underrattad-sedan-1177-meddelande", "vgr", "1968-06-08", "428", [
    N("n1", M, "Provsvarsanteckning", "MED_SAS", "Olle Brandt", L, "2024-09-09 16:00", 10, [
        ("Provsvar", "HbA1c 61 mmol/mol och fP-glukos 9,4 vid årskontroll av hypertoni. Typ 2-diabetes."),
        ("Planering", "Pat ej underrättad om diabetesdiagnosen, skriver 1177-meddelande i morgon."),
    ]),
    N("n2", M, "Meddelande 1177", "MED_SAS", "Olle Brandt", L, "2024-09-10 08:30", 5, [
        ("Åtgärd", "Svar till pat via 1177: provsvaren visar typ 2-diabetes, förklarat i meddelandet och tid bokad hos diabetessjuksköterska 17/9. Pat har läst meddelandet och svarat med frågor om kost."),
    ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "Two notes: 'ej underrättad' on the result note (NL101 on n1); the 1177 message the next day informs the patient (none on n2).")

C("vgr-bakut-strep-svar-via-1177-till-vardnadshavare", "vgr", "2012-09-09", "343", [
    N("n1", M, "Provsvarsanteckning", "BAKUT_DS", "Emma Kvist", S, "2024-08-19 11:30", 10, [
        ("Provsvar", "Svalgodling från i fredags: grupp A-streptokocker. Streptokocktonsillit."),
        ("Åtgärd", "Svar skickat till vårdnadshavare via 1177 med ordination av PcV, mamma har bekräftat."),
    ])],
    [], [("NL101", "n1")],
    "Child's result sent to the guardian via 1177 and acknowledged: told.")

C("vgr-med-video-formaksflimmer-informerad-tidigare", "vgr", "1962-02-27", "163", [
    N("n1", M, "Läkaranteckning", "MED_KUNG", "Tomas Falk", L, "2024-10-10 10:00", 30, [
        ("Aktuellt", "Videouppföljning av hypertoni och nyupptäckt arytmi. Pat informerades om Holterfyndet vid telefonsamtalet 2/10. Apixaban 5 mg x 2 insatt då."),
        ("Bedömning", "Hypertoni välkontrollerad, paroxysmalt förmaksflimmer."),
    ])],
    [], [("NL101", "n1")],
    "Diagnosis told at an earlier phone call; the later visible note does not withhold anything.")

C("vgr-psyk-sokord-tidiga-hyp-psykosmisstanke-ej-informerad", "vgr", "1980-05-19", "480", [
    N("n1", M, "Läkaranteckning", "PSYK_SU", "Viktor Ahlström", L, "2024-11-13 15:20", 20, [
        ("Aktuellt", "Telefonuppföljning. Sover 6 h per natt på propiomazin, mindre oro."),
        ("Bedömning", "Insomni i förbättring."),
        ("Tidiga hypoteser", "Anhörigs uppgifter om paranoida idéer, misstänkt begynnande psykos. Pat ej informerad om misstanken, ses fysiskt nästa vecka."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "The untold and hedged part sits only under VGR sökord Tidiga hypoteser; the visible diagnosis is known to the patient.")

C("vgr-kvinno-negativa-sti-svar-ej-meddelade", "vgr", "2005-12-12", "620", [
    N("n1", M, "Provsvarsanteckning", "KVINNO_ALI", "Sara Lund", "barnmorska", "2024-06-20 09:00", 5, [
        ("Provsvar", "Provtagning efter 1177-ärende om flytningar. Klamydia och gonorré negativa. Bakteriell vaginos enligt wet smear vid besöket, metronidazol utskrivet då."),
        ("Åtgärd", "Pat har ännu inte fått de negativa STI-svaren, skickas som 1177-meddelande idag."),
    ])],
    [], [("NL101", "n1")],
    "What is not yet given is a normal (negative) result; the vaginosis was told at the visit.")

C("vgr-lung-ej-informerad-om-datum-polysomnografi", "vgr", "1957-03-31", "216", [
    N("n1", M, "Sjuksköterskeanteckning", "LUNG_SU", "Karin Bergqvist", S, "2024-02-26 13:10", 10, [
        ("Planering", "Känt obstruktivt sömnapnésyndrom med CPAP sedan 2019. Ny polysomnografi planeras p.g.a. kvarstående trötthet. Pat ej informerad om datum för registreringen, kallelse skickas med post."),
    ])],
    [], [("NL101", "n1")],
    "Untold item is a date for a recording, not a diagnosis.")

C("vgr-geri-alzheimer-informerad-dottern-ska-inte-veta", "vgr", "1939-12-25", "105", [
    N("n1", M, "Läkaranteckning", "GER_MOLNDAL", "Elsa Nord", L, "2024-03-05 11:30", 40, [
        ("Aktuellt", "Videobesök med pat och hemtjänstpersonal. Genomgång av minnesutredningen."),
        ("Bedömning", "Alzheimers sjukdom, lindrig."),
        ("Information", "Pat informerad och förstår diagnosen. Hon vill inte att dottern i Stockholm informeras i nuläget, vilket respekteras."),
    ])],
    [], [("NL101", "n1")],
    "Patient told; only a relative is not, which is no NL101.")

C("vgr-med-brev-pernicios-anemi", "vgr", "1976-07-14", "239", [
    N("n1", M, "Provsvarsanteckning", "MED_SAS", "Hanna Lindström", S, "2024-01-10 10:10", 5, [
        ("Provsvar", "Kobalamin 98 pmol/l, homocystein förhöjt. Perniciös anemi bekräftad med intrinsic factor-antikroppar."),
        ("Åtgärd", "Brev med provsvar, diagnos och ordination av Betolvex skickat till pat 9/1."),
    ])],
    [], [("NL101", "n1")],
    "Diagnosis communicated by letter the day before the note.")

C("vgr-psyk-remissavslag-ej-informerad", "vgr", "1994-10-30", "531", [
    N("n1", M, "Administrativ anteckning", "PSYK_KUNG", "Hedda Lindberg", L, "2024-08-27 09:45", 10, [
        ("Åtgärd", "Remissvar från psykoterapimottagningen: avslag, hänvisar till internetbaserad KBT via Stöd och behandling på 1177. Pat med generaliserat ångestsyndrom ej informerad om avslaget ännu, ringer pat i eftermiddag."),
    ])],
    [], [("NL101", "n1")],
    "What is not yet told is a declined referral, not the (known) diagnosis.")

# ---------------------------------------------------------------------------
# Extra cases: results not yet given, 1177 advice
# ---------------------------------------------------------------------------

C("sk-hud-svampodling-onykomykos-ej-fatt-svaret", "skane", "1968-08-02", "392", [
    N("n1", M, "Provsvarsanteckning", "HUD_LUND", "Maja Gunnarsson", L, "2024-06-20 10:40", 10, [
        ("Provsvar", "Svampodling från stortånageln hö, tagen efter videobesök i maj: Trichophyton rubrum. Onykomykos."),
        ("Planering", "Pat har ännu inte fått svaret; meddelas via 1177 när behandlingsplanen med terbinafin och leverprover är klar."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Even a mild diagnosis (onychomycosis) counts: it is written visibly while the patient has not yet got the result.")

C("sk-akut-telefon-dt-meningiom-ej-underrattad", "skane", "1971-01-17", "286", [
    N("n1", M, "Telefonanteckning", "AKUT_LUND", "Gustav Melin", L, "2024-07-08 15:25", 20, [
        ("Provsvar", "DT hjärna från akutbesöket i fredags för huvudvärk: meningiom 2 cm frontalt vä, inget ödem, ingen masseffekt."),
        ("Planering", "Pat ännu ej underrättad om meningiomet. Neurokirurgisk bedömning inväntas innan besked, därefter ringer undertecknad pat."),
    ])],
    [("NL101", "n1")], [],
    "Incidental meningioma in a visible telephone note while 'Pat ännu ej underrättad'.")

C("vgr-kvinno-px-cin3-besked-ej-lamnat", "vgr", "1989-05-11", "244", [
    N("n1", M, "Provsvarsanteckning", "KVINNO_ALI", "Frida Ohlsson", L, "2024-04-04 13:50", 15, [
        ("Provsvar", "PAD från px vid kolposkopi 21/3: CIN 3 (HSIL), p16 positiv."),
        ("Planering", "Besked ej lämnat till pat, barnmorskan ringer henne i morgon. Konisering planeras inom 8 veckor."),
    ])],
    [("NL101", "n1")], [],
    "CIN 3 in a visible result note with 'Besked ej lämnat till pat'; the phone call is tomorrow.")

C("vgr-1177-radgivning-misstanke-om-kikhosta", "vgr", "2019-09-23", "315", [
    N("n1", M, "Telefonrådgivning", "RAD1177_VGR", "Maria Axelsson", S, "2024-05-30 19:40", 5, [
        ("Telefonkontakt", "Mamma ringer om 4-åring med attacker av hosta i två veckor, kräks efter hostattackerna och drar in luft med ett pipande ljud. Ingen feber. Ovaccinerat syskon 2 månader i hemmet."),
        ("Bedömning", "Misstanke om kikhosta."),
        ("Råd", "Tid på vårdcentral i morgon förmiddag för nasofarynxprov. Håll spädbarnet borta från storasyster så långt det går, ring 112 om spädbarnet får andningsuppehåll."),
    ])],
    [("NL102", "n1")], [],
    "1177 advice nurse documenting in Melior: 'Misstanke om kikhosta' is a hedged diagnosis in the child's visible note.")


# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
CODES = {"NL101", "NL102"}
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, day):
    b = date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def is_2024(ts):
    return isinstance(ts, str) and ts.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if not nm or not re.fullmatch(r"[a-z0-9-]+", nm):
            errs.append("%s: bad case name" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"] or len(c["why"]) < 15:
            errs.append("%s: why missing" % nm)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty lists" % nm)
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            errs.append("%s: pnr format" % nm)
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != bd:
                errs.append("%s: pnr/birth mismatch" % nm)
            nine = m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)
            if luhn_digit(nine) != int(m.group(5)):
                errs.append("%s: Luhn" % nm)
            try:
                date.fromisoformat(bd)
            except ValueError:
                errs.append("%s: invalid birth date" % nm)
        if not is_2024(rec["as_of"]):
            errs.append("%s: as_of not 2024" % nm)
        as_of = datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        age = age_on(bd, as_of.date())
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d not allowed" % (nm, age))
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % nm)
            if n["id"] in notes:
                errs.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            hsa = n["unit"]["hsa_id"]
            if c["ruleset"] == "skane" and not hsa.startswith(SK):
                errs.append("%s: Skåne case with non-Skåne unit" % nm)
            if c["ruleset"] == "vgr" and not hsa.startswith(VG):
                errs.append("%s: VGR case with non-VGR unit" % nm)
            if not is_2024(n["time"]) or (n["signed"] is not None and not is_2024(n["signed"])):
                errs.append("%s: note date not 2024" % nm)
            t = datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            if t >= as_of:
                errs.append("%s: note after as_of" % nm)
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append("%s: signed before time" % nm)
            if not n["sections"]:
                errs.append("%s: no sections" % nm)
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["text"].strip():
                    errs.append("%s: bad section" % nm)
                if "\u00ad" in s["text"] or "  " in s["text"]:
                    errs.append("%s: stray whitespace/soft hyphen" % nm)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in seen_sent and seen_sent[key] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %r"
                                        % (nm, seen_sent[key][0], sent))
                        seen_sent.setdefault(key, (nm, n["id"], s["keyword"]))
        asserted = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if not asserted:
            errs.append("%s: asserts nothing" % nm)
        if len(set(asserted)) != len(asserted):
            errs.append("%s: code both in must and must_not (or repeated)" % nm)
        for code, target in asserted:
            if code not in CODES:
                errs.append("%s: unexpected code %s" % (nm, code))
            if target not in notes:
                errs.append("%s: target %s missing" % (nm, target))
                continue
            sysname = notes[target]["system"]
            if code == "NL101" and sysname == "PMO":
                errs.append("%s: NL101 asserted on PMO" % nm)
        for code, target in c["must"]:
            if code == "NL102" and notes.get(target, {}).get("system") != "Melior":
                errs.append("%s: NL102 must on non-Melior note" % nm)
            if code in CODES and c["ruleset"] == "skane" and \
                    notes.get(target, {}).get("template") in PROTECTED_SKANE_TEMPLATES:
                errs.append("%s: must on a Skåne protected template" % nm)
            if code in CODES and c["ruleset"] == "vgr" and \
                    all(s["keyword"] == "Tidiga hypoteser" for s in notes[target]["sections"]):
                errs.append("%s: must on a note whose only section is protected" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    summary = ", ".join("%s %s=%d" % (k[0], k[1], v) for k, v in sorted(tally.items()))
    print("%d cases written to %s (%s)" % (len(CASES), OUT, summary))


if __name__ == "__main__":
    main()
