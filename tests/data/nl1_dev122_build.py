#!/usr/bin/env python3
"""Build d122 cases: memory clinic / geriatrics voice (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev122_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior
    "s_minne_mal": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4M12"),
    "s_akger_lund": ("Akutgeriatrisk avdelning 3, Skånes universitetssjukhus Lund", "SE2321000255-3G07"),
    "s_ger_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-8H41"),
    "s_minne_yst": ("Minnesmottagningen, Lasarettet i Ystad", "SE2321000255-6Y20"),
    "s_ger_csk": ("Geriatrisk vårdavdelning 14, Centralsjukhuset Kristianstad", "SE2321000255-2K88"),
    "s_germott_csk": ("Geriatriska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2K93"),
    "s_aep_mal": ("Äldrepsykiatriska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5P33"),
    "s_minne_ang": ("Minnesmottagningen, Ängelholms sjukhus", "SE2321000255-7A15"),
    "s_ger_ang": ("Geriatrisk vårdavdelning, Ängelholms sjukhus", "SE2321000255-7A19"),
    "s_med_tbg": ("Medicinavdelning 2, Trelleborgs lasarett", "SE2321000255-9T04"),
    "s_ortoger_mal": ("Ortogeriatriska avdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4O61"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_ger_lkr": ("Geriatriska mottagningen, Lasarettet Landskrona", "SE2321000255-1L52"),
    "s_ger_hlm": ("Geriatrisk vårdavdelning, Hässleholms sjukhus", "SE2321000255-3H26"),
    "s_at_hlm": ("Arbetsterapin, Hässleholms sjukhus", "SE2321000255-3H31"),
    # Region Skåne, PMO (primary care)
    "s_vc_sosdala": ("Vårdcentralen Sösdala", "SE2321000255-V114"),
    "s_vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-V207"),
    "s_hsv_eslov": ("Hemsjukvården, Vårdcentralen Eslöv", "SE2321000255-V338"),
    # Västra Götalandsregionen, Melior
    "v_minne_mol": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011406"),
    "v_ger51_mol": ("Geriatrisk avdelning 51, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011452"),
    "v_fall_mol": ("Fallmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011473"),
    "v_aep_mol": ("Äldrepsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011490"),
    "v_akger_ost": ("Akutgeriatrik, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000012208"),
    "v_ger_nal": ("Geriatriska kliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000020731"),
    "v_minne_udd": ("Minnesmottagningen, Uddevalla sjukhus", "SE2321000131-E000000020815"),
    "v_akut_udd": ("Akutvårdsavdelning, Uddevalla sjukhus", "SE2321000131-E000000020822"),
    "v_minne_skv": ("Minnesmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000030144"),
    "v_aep_skv": ("Äldrepsykiatrisk mottagning, Skaraborgs sjukhus Skövde", "SE2321000131-E000000030159"),
    "v_ger_lid": ("Geriatrisk avdelning, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000030377"),
    "v_ger_sas": ("Geriatriska kliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000040562"),
    "v_minne_sas": ("Minnesmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000040570"),
    "v_med_kun": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000050083"),
    "v_ger_ali": ("Geriatrisk mottagning, Alingsås lasarett", "SE2321000131-E000000050419"),
    "v_ger_ang": ("Geriatrisk öppenvård, Angereds Närsjukhus", "SE2321000131-E000000060912"),
}

VGR_UNITS = {k for k in U if k.startswith("v_")}
PMO_UNITS = {"s_vc_sosdala", "s_vc_simrishamn", "s_hsv_eslov"}


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d if d < 10 else d - 9
    return str((10 - s % 10) % 10)


def luhn_ok(ten):
    s = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d if d < 10 else d - 9
    return s % 10 == 0


_counter = [0]


def patient(birth, sex):
    """birth 'YYYY-MM-DD', sex 'f' or 'm' -> patient dict with Luhn-valid pnr."""
    _counter[0] += 1
    n = _counter[0]
    two = "%02d" % ((n * 37 + 11) % 100)
    third = (n % 5) * 2 + (1 if sex == "m" else 0)
    serial = two + str(third)
    ymd = birth.replace("-", "")
    check = luhn_digit(ymd[2:] + serial)
    return {"id": "%s-%s%s" % (ymd, serial, check), "birth_date": birth,
            "protected_identity": False}


def N(nid, unit, template, author, role, time, sections, signed=45, setting="öppenvård"):
    system = "PMO" if unit in PMO_UNITS else "Melior"
    t = datetime.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    sig = None
    if signed is not None:
        sig = (t + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:00")
    name, hsa = U[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": t.strftime("%Y-%m-%dT%H:%M:00"), "signed": sig, "setting": setting,
            "refs": [], "sections": [{"keyword": k, "text": v} for k, v in sections]}


CASES = []


def C(name, ruleset, birth, sex, notes, must, must_not, why):
    last = max(max(n["time"], n["signed"] or n["time"]) for n in notes)
    d = datetime.datetime.strptime(last, "%Y-%m-%dT%H:%M:%S").date() + datetime.timedelta(days=1)
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient(birth, sex),
                   "as_of": d.strftime("%Y-%m-%dT00:00:00"),
                   "notes": notes, "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why})


L, SSK, AT, FT = "läkare", "sjuksköterska", "arbetsterapeut", "fysioterapeut"

# =================================================================
# NL102 — must
# =================================================================
C("d122-vgr-misstankt-alzheimer-moca", "vgr", "1945-11-02", "f", [
    N("n1", "v_minne_mol", "Besöksanteckning", "Karin Lindqvist", L, "2024-02-13T09:30", [
        ("Anamnes", "78-årig kvinna, remitterad från vårdcentralen pga tilltagande minnessvårigheter sedan ca 2 år. "
                    "Dottern som är med vid besöket beskriver att mamma glömmer avtalade tider och upprepar frågor. "
                    "Klarar fortfarande personlig ADL själv men har slutat laga mat."),
        ("Status", "Vaken, samarbetar väl. MoCA 21/30, tappar främst på fördröjd återgivning (1/5) och orientering i tid. "
                   "Klocktest: felplacerade visare. Neurologiskt u.a."),
        ("Bedömning", "Misstänkt Alzheimers sjukdom med amnestisk profil. "
                      "CT hjärna från december visar lätt mediotemporal atrofi, i övrigt normalt."),
        ("Planering", "LP för likvoranalys (betaamyloid, tau, fosfo-tau) bokas. Neuropsykologisk testning efter likvorsvar."),
    ])], [("NL102", "n1")], [],
  "Misstänkt Alzheimers sjukdom in visible Bedömning of a VGR Melior memory clinic note.")

C("d122-skane-trolig-vaskular-demens-ystad", "skane", "1941-06-19", "m", [
    N("n1", "s_minne_yst", "Läkaranteckning", "Olof Bengtsson", L, "2024-03-05T13:10", [
        ("Aktuellt", "Återbesök efter genomförd basutredning. Pat kommer med maken."),
        ("Utredning", "DT hjärna: uttalade vitsubstansförändringar periventrikulärt samt två äldre lakunära infarkter i basala ganglierna. MMSE 23/30."),
        ("Bedömning", "Trolig vaskulär demens med stegvis försämring och exekutiv svikt i förgrunden. "
                      "Riskfaktorerna behandlas vidare via vårdcentralen."),
    ])], [("NL102", "n1")], [],
  "Trolig vaskulär demens stated in visible Bedömning (Skåne Melior, ordinary template).")

C("d122-vgr-lewy-kan-ej-uteslutas-boras", "vgr", "1937-01-24", "m", [
    N("n1", "v_ger_sas", "Läkaranteckning", "Mikael Strand", L, "2024-01-17T10:45", [
        ("Aktuellt", "Inlagd efter fall i hemmet. Personal på avdelningen noterar att pat under natten pratat med personer som inte finns i rummet."),
        ("Bedömning", "Fluktuerande vakenhet, detaljerade synhallucinationer och lätt parkinsonism. "
                      "Lewy body-demens kan ej uteslutas, undviker neuroleptika tills vidare."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "'kan ej uteslutas' is a hedge, not a negation: Lewy body-demens left open in visible text.")

C("d122-skane-dd-ftd-neuro-lund", "skane", "1965-03-08", "m", [
    N("n1", "s_neuro_lund", "Mottagningsanteckning", "Jenny Holm", L, "2024-04-09T14:00", [
        ("Anamnes", "Hustrun beskriver personlighetsförändring sedan 1,5 år: hämningslös, köper stora mängder godis, har tappat intresset för barnbarnen. "
                    "Pat själv förnekar besvär."),
        ("Status", "Avflackad affekt, perseverationer vid verbalt flöde. Ingen apraxi."),
        ("Bedömning", "DD frontotemporal demens av beteendevariant vs sent debuterande bipolär sjukdom. MR hjärna och FDG-PET beställs."),
    ])], [("NL102", "n1")], [],
  "Differential diagnosis (DD) between FTD and bipolar disorder in a visible Melior section.")

C("d122-vgr-delirium-fragetecken-daganteckning", "vgr", "1933-08-30", "f", [
    N("n1", "v_akger_ost", "Daganteckning", "Anders Ek", L, "2024-02-27T08:40", [
        ("Aktuellt", "Natten orolig, rivit av sig PVK två ggr. Desorienterad till tid och rum vid rond."),
        ("Bedömning", "Delirium? Utlösande orsak oklar, CRP 48. Urinodling och lab tas."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Telegraphic question mark after a diagnosis ('Delirium?') on the geriatric ward.")

C("d122-skane-mojlig-mci-hbg", "skane", "1950-12-14", "f", [
    N("n1", "s_ger_hbg", "Besöksanteckning", "Sara Wallin", L, "2024-05-21T10:20", [
        ("Bedömning", "Lätt minnesstörning utan påverkan på vardagen, MoCA 25/30. Möjlig MCI av amnestisk typ; nytt test om ett år."),
    ])], [("NL102", "n1")], [],
  "Möjlig MCI: a hedged diagnosis in a one-section visible note.")

C("d122-skane-aldrepsyk-talar-for-depression", "skane", "1942-09-03", "m", [
    N("n1", "s_aep_mal", "Läkaranteckning", "Rasmus Nyberg", L, "2024-06-11T11:00", [
        ("Anamnes", "81-årig änkling sedan i våras. Sover dåligt, har tappat 5 kg, äter mest smörgåsar. "
                    "Har slutat gå till pensionärsföreningen."),
        ("Status", "Sänkt grundstämning, psykomotoriskt långsam. GDS-15: 11 poäng. "
                   "Förnekar suicidtankar men tänker ofta att det vore skönt att slippa vakna."),
        ("Bedömning", "Bilden talar för depressiv episod av medelsvår grad. Insätter mirtazapin 15 mg till natten."),
    ])], [("NL102", "n1")], [],
  "'talar för' depressiv episod in elderly psychiatry: hedged diagnosis in visible text.")

C("d122-skane-susp-collumfraktur-efter-fall", "skane", "1930-04-27", "f", [
    N("n1", "s_ortoger_mal", "Inskrivningsanteckning", "Erik Sjöberg", L, "2024-01-09T07:55", [
        ("Aktuellt", "Hittad på golvet i hemmet av hemtjänsten i morse, okänt hur länge hon legat. Smärta vä höft, kan ej belasta."),
        ("Status", "Vä ben utåtroterat och förkortat. Orienterad till person, ej tid."),
        ("Bedömning", "Susp. collumfraktur vä. Rtg höft och bäcken akut, CK tas med tanke på lång liggtid."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Susp. collumfraktur after a fall, in visible Bedömning of an admission note.")

C("d122-vgr-forenligt-med-nph-skovde", "vgr", "1944-02-16", "m", [
    N("n1", "v_minne_skv", "Läkaranteckning", "Lena Fagerström", L, "2024-03-19T09:15", [
        ("Utredning", "MR hjärna: vidgade ventriklar (Evans index 0,36) med trånga sulci i vertex och inga större vitsubstansförändringar."),
        ("Bedömning", "Gångrubbning med småstegad gång, trängningsinkontinens och psykisk långsamhet. "
                      "Sammantaget förenligt med normaltryckshydrocefalus. Remiss till neurokirurgen för tap-test."),
    ])], [("NL102", "n1")], [],
  "'förenligt med' normaltryckshydrocefalus: hedge by compatibility in a visible section.")

C("d122-vgr-trolig-uvi-utlosande-delirium", "vgr", "1936-10-05", "f", [
    N("n1", "v_ger_nal", "Daganteckning", "Johan Persson", L, "2024-04-02T09:05", [
        ("Aktuellt", "Fortsatt växlande vakenhetsgrad, men lugnare i natt enl. ssk."),
        ("Bedömning", "Delirium hos pat med känd Alzheimers sjukdom. Trolig UVI som utlösande faktor, u-odling visar växt av E. coli >10^5. "
                      "Fortsätter pivmecillinam."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Confirmed delirium and known Alzheimer next to a hedged 'Trolig UVI' which makes it a positive.")

C("d122-vgr-typo-missankt-alzheimer", "vgr", "1949-07-28", "f", [
    N("n1", "v_minne_udd", "Läkaranteckning", "Petra Hult", L, "2024-05-06T15:30", [
        ("Bedömning", "Missänkt Alzheimer, tidig fas. Pat har god insikt och frågar själv om hon håller på att bli dement. "
                      "Uppföljning med likvor och neuropsykolog."),
    ])], [("NL102", "n1")], [],
  "Typo 'Missänkt' for misstänkt: still a hedged Alzheimer diagnosis in visible text.")

C("d122-skane-typo-sannolkit-blanddemens", "skane", "1939-05-11", "m", [
    N("n1", "s_germott_csk", "Läkaranteckning", "Maria Lund", L, "2024-02-22T10:40", [
        ("Bedömning", "Sannolkit blanddemens (Alzheimer + vaskulär komponent) med tanke på både mediotemporal atrofi och utbredda vitsubstansförändringar på DT."),
        ("Planering", "Start donepezil 5 mg, ökning till 10 mg efter fyra veckor om pat tolererar."),
    ])], [("NL102", "n1")], [],
  "Typo 'Sannolkit' for sannolikt before blanddemens in visible Bedömning.")

C("d122-vgr-arbetsterapeut-misstankt-demens", "vgr", "1940-01-19", "f", [
    N("n1", "v_ger51_mol", "Arbetsterapeutanteckning", "Linnea Karlsson", AT, "2024-03-14T13:20", [
        ("Aktuellt", "ADL-bedömning i träningsköket inför planerad hemgång."),
        ("Bedömning", "Vid kaffekokning behöver pat verbala påminnelser om nästa steg och glömmer att stänga av plattan. "
                      "Observationerna stämmer med den misstänkta demenssjukdom som utreds av läkare."),
        ("Åtgärd", "Spisvakt rekommenderas. Kontakt tas med kommunens arbetsterapeut."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "An occupational therapist's note repeats the suspected dementia in a visible section.")

C("d122-skane-typo-ssk-trol-delirum-natt", "skane", "1934-12-01", "m", [
    N("n1", "s_akger_lund", "Omvårdnadsanteckning", "Hanna Dahl", SSK, "2024-01-23T02:40", [
        ("Observation", "Pat klev upp kl 02 och försökte gå ut genom korridordörren, ropade på sin mamma. "
                        "Trol. hyperaktivt delirum, jourläkaren kontaktad och ordinerade oxascand 5 mg."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Night nurse writes 'Trol. hyperaktivt delirum' (typo for delirium): hedged diagnosis visible.")

C("d122-vgr-inger-misstanke-parkinsondemens", "vgr", "1943-08-09", "m", [
    N("n1", "v_ger_lid", "Läkaranteckning", "Gustav Ahl", L, "2024-06-04T10:00", [
        ("Status", "Kugghjulsrigiditet hö > vä, nedsatt armpendling, hypomimi. Vilotremor hö hand."),
        ("Bedömning", "Motoriska fynd tillsammans med kognitiv svikt sedan 2 år inger misstanke om Parkinsons sjukdom med demens. Remiss neurolog."),
    ])], [("NL102", "n1")], [],
  "'inger misstanke om' Parkinsons sjukdom med demens in visible Bedömning.")

C("d122-skane-kan-rora-sig-om-pca", "skane", "1958-10-22", "f", [
    N("n1", "s_minne_ang", "Läkaranteckning", "Fredrik Olsson", L, "2024-09-10T09:45", [
        ("Anamnes", "65-årig tidigare bokhållare som har svårt att läsa, hittar inte kopparna i skåpet och har krockat med bilen två gånger. "
                    "Ögonläkare har ej funnit förklaring."),
        ("Bedömning", "Uttalade visuospatiala svårigheter med relativt bevarat minne. "
                      "Kan röra sig om posterior kortikal atrofi, MR och likvor planeras."),
    ])], [("NL102", "n1")], [],
  "'Kan röra sig om' posterior kortikal atrofi: hedged diagnosis in a visible section.")

C("d122-vgr-bild-som-vid-lewy-datscan", "vgr", "1946-04-03", "m", [
    N("n1", "v_minne_mol", "Läkaranteckning", "Sofia Berg", L, "2024-08-27T14:15", [
        ("Bedömning", "Bild som vid Lewykroppsdemens med REM-sömnsbeteendestörning sedan flera år och fluktuationer. DaTSCAN beställs."),
    ])], [("NL102", "n1")], [],
  "'Bild som vid' Lewykroppsdemens: clinical-picture hedge in visible text.")

C("d122-skane-epikris-lang-ev-alzheimer", "skane", "1940-07-07", "f", [
    N("n1", "s_ger_csk", "Epikris", "Anna-Karin Mattsson", L, "2024-03-13T14:30", [
        ("Diagnos", "Delirium, multifaktoriellt. Pneumoni hö underlob. Kognitiv svikt, ev. Alzheimers sjukdom."),
        ("Vårdförlopp", "83-årig kvinna som bor ensam i villa med hemtjänst 2 ggr/dag. "
                        "Inkom via akuten 3/3 efter att grannen hittat henne förvirrad i trädgården i nattlinne. "
                        "Vid ankomst temp 38,4, CRP 156, sat 91 % på luft. Rtg pulm visade infiltrat hö underlob. "
                        "Behandlades med bensylpenicillin iv, byte till amoxicillin po dag 4. "
                        "Under de första dygnen uttalad nattlig oro och hallucinationer, fick haloperidol 0,5 mg vid två tillfällen. "
                        "Deliriet klingade av successivt och från dag 6 är pat orienterad till person och plats."),
        ("Status vid utskrivning", "AT: gott. Cor: RR, inga blåsljud. Pulm: enstaka krepitationer hö basalt. "
                                   "MMSE 22/30 dag 8, men testet är svårtolkat så nära infektionen."),
        ("Bedömning", "Enligt dottern har mamma haft minnesproblem i flera år, bl.a. glömt att betala räkningar. "
                      "Kvarstående kognitiv nedsättning efter genomgånget delirium."),
        ("Planering", "Remiss till minnesmottagningen för utredning när pat är återställd, tidigast om 3 mån. "
                      "Hemtjänst utökas till 4 ggr/dag, biståndshandläggare informerad. "
                      "Kontroll CRP på vårdcentralen om 2 veckor. Läkemedelsgenomgång gjord, zopiklon utsatt."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Long discharge summary; the only hedge is 'ev. Alzheimers sjukdom' in the visible Diagnos section.")

C("d122-vgr-telefon-dotter-misstankt-demens", "vgr", "1938-03-29", "m", [
    N("n1", "v_ger_ali", "Telefonanteckning", "Eva Sundberg", SSK, "2024-04-15T11:05", [
        ("Telefonkontakt", "Dottern Maria ringer och undrar när pappa får tid för minnestest. "
                           "Förklarar att utredningen av misstänkt demenssjukdom fortsätter med kognitiv testning hos arbetsterapeut 22/4. "
                           "Dottern nöjd med beskedet."),
    ], signed=None)], [("NL102", "n1")], [],
  "Relative on the phone, but the suspected dementia is the patient's own: hedged diagnosis visible (unsigned draft).")

C("d122-vgr-th-och-bedomning-bada-hedge", "vgr", "1947-05-25", "m", [
    N("n1", "v_med_kun", "Läkaranteckning", "Per Nordin", L, "2024-05-28T16:10", [
        ("Aktuellt", "Tre fall senaste månaden, senast i badrummet i går kväll utan skallskada."),
        ("Tidiga hypoteser", "Misstänkt alkoholrelaterad kognitiv störning, son har uppgett stort intag som pat förnekar."),
        ("Bedömning", "Nedsatt vibrationssinne och avsaknad av akillesreflexer bilat. "
                      "Misstänkt polyneuropati som bidrar till fallen, neurografi beställs."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "VGR: the Tidiga hypoteser sökord protects one hypothesis, but a second hedged diagnosis stands in visible Bedömning.")

C("d122-skane-sokord-th-i-vanlig-mall", "skane", "1952-09-17", "m", [
    N("n1", "s_ger_lkr", "Läkaranteckning", "Karl Svensson", L, "2024-10-01T10:30", [
        ("Aktuellt", "Uppföljning efter insatt memantin."),
        ("Tidiga hypoteser", "Möjlig frontotemporal demens, pat har enligt hustrun blivit hänsynslös i trafiken och börjat snatta."),
        ("Planering", "Återbesök 3 mån."),
    ])], [("NL102", "n1")], [],
  "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible.")

C("d122-vgr-fragestallning-caa-mr", "vgr", "1939-12-12", "f", [
    N("n1", "v_ger_sas", "Läkaranteckning", "Ingrid Bolin", L, "2024-07-02T13:40", [
        ("Bedömning", "Två lobära blödningar senaste året hos 84-åring med kognitiv försämring."),
        ("Utredning", "MR hjärna beställd med SWI. Frågeställning: cerebral amyloidangiopati?"),
    ], signed=None)], [("NL102", "n1")], [],
  "A referral question ('Frågeställning: cerebral amyloidangiopati?') is a hedged diagnosis in visible text (draft).")

C("d122-skane-oklart-om-depression-eller-demens", "skane", "1944-11-30", "f", [
    N("n1", "s_minne_mal", "Läkaranteckning", "Hassan Al-Sayed", L, "2024-08-20T10:00", [
        ("Bedömning", "Oklart om det rör sig om depression med kognitiva symtom (s.k. pseudodemens) eller en begynnande demenssjukdom. "
                      "Antidepressiv behandling prövas först, därefter förnyad testning."),
    ])], [("NL102", "n1")], [],
  "'Oklart om det rör sig om' depression or dementia: open diagnostic question in visible text.")

C("d122-vgr-trolig-wernicke-korsakoff", "vgr", "1955-02-14", "m", [
    N("n1", "v_akut_udd", "Inskrivningsanteckning", "Niklas Berglund", L, "2024-02-03T22:15", [
        ("Anamnes", "Känd alkoholöverkonsumtion sedan många år, bor ensam. Inkommer efter fall i trapphuset."),
        ("Status", "Nystagmus vid sidoblick, bredspårig ostadig gång. Konfabulerar om vad han gjort under morgonen."),
        ("Bedömning", "Trolig Wernicke-Korsakoffs syndrom. Tiamin 200 mg x 3 iv påbörjat."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Trolig Wernicke-Korsakoffs syndrom after a fall, visible in an admission note.")

C("d122-skane-susp-kroniskt-subduralhematom", "skane", "1935-06-06", "f", [
    N("n1", "s_ger_hlm", "Läkaranteckning", "Linda Nyström", L, "2024-11-05T11:25", [
        ("Aktuellt", "Fall för 3 veckor sedan med huvudet mot dörrkarmen. Sedan dess tilltagande huvudvärk, trötthet och svaghet i hö arm enligt maken. "
                     "Behandlas med apixaban för förmaksflimmer."),
        ("Bedömning", "Susp. kroniskt subduralhematom. DT hjärna akut, apixaban pausas."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Susp. kroniskt subduralhematom weeks after a fall, in visible Bedömning.")

C("d122-vgr-typo-sannollik-ortostatism", "vgr", "1937-09-21", "f", [
    N("n1", "v_fall_mol", "Läkaranteckning", "Tove Ljung", L, "2024-09-17T09:50", [
        ("Status", "BT liggande 152/84, efter 3 min stående 118/70 med yrsel."),
        ("Bedömning", "Sannollik ortostatisk hypotension, bidragande till de upprepade fallen. Amlodipin sätts ut, furosemid halveras."),
    ])], [("NL102", "n1")], [],
  "Typo 'Sannollik' for sannolik ortostatisk hypotension in the falls clinic.")

C("d122-skane-draft-misstankt-dlb", "skane", "1948-01-15", "m", [
    N("n1", "s_minne_mal", "Läkaranteckning", "Petter Hjort", L, "2024-10-15T15:00", [
        ("Bedömning", "Misstänkt DLB. Pat och hustru beskriver att han ser barn som leker i vardagsrummet på kvällarna."),
    ], signed=None)], [("NL102", "n1")], [],
  "Unsigned draft with 'Misstänkt DLB' (abbreviation for Lewy body dementia) in visible text.")

C("d122-vgr-atypisk-alzheimer-ej-uteslutet", "vgr", "1957-06-18", "f", [
    N("n1", "v_minne_skv", "Läkaranteckning", "Elin Hedlund", L, "2024-10-22T10:10", [
        ("Bedömning", "Ordletningssvårigheter och nedsatt repetition, bild av logopenisk språkstörning. "
                      "Atypisk Alzheimer ej uteslutet; likvorsvar inväntas."),
    ])], [("NL102", "n1")], [],
  "'ej uteslutet' means not excluded: a hedge that looks like a negation.")

C("d122-skane-dd-lista-subakut-forsamring", "skane", "1942-04-04", "m", [
    N("n1", "s_ger_hbg", "Läkaranteckning", "Cecilia Roos", L, "2024-06-25T09:00", [
        ("Bedömning", "Subakut kognitiv försämring på 2 månader. DD: Alzheimer, vaskulär demens, depression, hypotyreos. "
                      "Lab inkl TSH och B12 tas idag."),
    ])], [("NL102", "n1")], [],
  "A DD list of dementias and other diagnoses in visible Bedömning.")

C("d122-vgr-ev-paranoid-psykos-bpsd", "vgr", "1932-02-26", "f", [
    N("n1", "v_aep_mol", "Läkaranteckning", "Magnus Wiklund", L, "2024-03-26T14:00", [
        ("Aktuellt", "Personal på demensboendet rapporterar att pat anklagar grannar för att stjäla hennes smycken och har barrikaderat dörren."),
        ("Bedömning", "BPSD vid känd Alzheimers sjukdom. Ev. sekundär paranoid psykos, låg dos risperidon 0,25 mg övervägs efter samråd med sonen."),
    ])], [("NL102", "n1")], [],
  "BPSD with 'Ev. sekundär paranoid psykos': hedged psychiatric diagnosis visible.")

C("d122-skane-typo-trolgi-delirium", "skane", "1931-10-10", "m", [
    N("n1", "s_med_tbg", "Daganteckning", "Jonas Lindahl", L, "2024-07-16T08:30", [
        ("Bedömning", "Trolgi delirium sekundärt till förstoppning och urinretention, KAD satt med 900 ml residual."),
    ], setting="slutenvård")], [("NL102", "n1")], [],
  "Typo 'Trolgi' for trolig before delirium in a one-line ward note.")

C("d122-vgr-typo-mojligen-lewy-demns", "vgr", "1945-08-13", "m", [
    N("n1", "v_ger_lid", "Läkaranteckning", "Gustav Ahl", L, "2024-11-12T13:30", [
        ("Bedömning", "Möjligen Lewy body-demns, svarar dåligt på levodopa och hallucinerar vid dosökning."),
        ("Planering", "Levodopa behålls på nuvarande dos. Kontakt med neurologen i Skövde."),
    ])], [("NL102", "n1")], [],
  "Typo in the diagnosis word ('Lewy body-demns') after the hedge 'Möjligen'.")

# =================================================================
# NL102 — must_not
# =================================================================
C("d122-skane-ingen-misstanke-delirium", "skane", "1936-03-17", "f", [
    N("n1", "s_akger_lund", "Daganteckning", "Viktor Palm", L, "2024-02-06T10:15", [
        ("Bedömning", "Vaken, orienterad i alla kvaliteter och följer samtal väl. Ingen misstanke om delirium, nattlig oro tolkas som smärtrelaterad."),
        ("Planering", "Paracetamol 1 g x 4 fast. Mobilisering med fysioterapeut."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "'Ingen misstanke om delirium' is negated and must not fire.")

C("d122-vgr-nph-uteslutes-efter-taptest", "vgr", "1940-09-09", "m", [
    N("n1", "v_ger_nal", "Läkaranteckning", "Sven-Erik Ohlsson", L, "2024-04-23T11:20", [
        ("Utredning", "Tap-test med 40 ml likvor utan förbättring av gånghastighet eller steglängd vid upprepad 10-metersgång."),
        ("Bedömning", "Normaltryckshydrocefalus uteslutes. Gångsvårigheterna bedöms orsakade av artros i knäna och stroke 2019."),
    ])], [], [("NL102", "n1")],
  "NPH ruled out ('uteslutes'); the other diagnoses are stated as fact.")

C("d122-vgr-typo-inga-tecken-depresion-gds", "vgr", "1947-02-11", "f", [
    N("n1", "v_minne_udd", "Sjuksköterskeanteckning", "Malin Ek", SSK, "2024-05-14T09:00", [
        ("Aktuellt", "Sjuksköterskebesök inför läkarbesök. GDS-15: 2 poäng, inga tecken på depresion."),
        ("Åtgärd", "ADL-skattning och anhörigenkät utdelad till maken."),
    ])], [], [("NL102", "n1")],
  "Negation 'inga tecken på' with a typo in the diagnosis ('depresion'): still no hedged diagnosis.")

C("d122-skane-talar-emot-lewy", "skane", "1943-05-05", "m", [
    N("n1", "s_minne_yst", "Läkaranteckning", "Oskar Wahlberg", L, "2024-06-18T13:00", [
        ("Bedömning", "Normal DaTSCAN och avsaknad av hallucinationer talar emot Lewy body-demens. "
                      "Alzheimers sjukdom kvarstår som diagnos, kolinesterashämmare fortsätter."),
    ])], [], [("NL102", "n1")],
  "'talar emot' negates Lewy body dementia; Alzheimer is the settled diagnosis.")

C("d122-vgr-mor-trolig-alzheimer-hereditet", "vgr", "1958-12-20", "f", [
    N("n1", "v_minne_mol", "Läkaranteckning", "Hanna Wik", L, "2024-09-03T10:30", [
        ("Anamnes", "Hereditet: modern hade trolig Alzheimers sjukdom från 70-årsåldern, morbror dement. "
                    "Pat är orolig för att ha ärvt sjukdomen."),
        ("Bedömning", "Subjektiva minnesbesvär. MoCA 29/30 och normal klockritning. Lugnande besked, ingen vidare utredning."),
    ])], [], [("NL102", "n1")],
  "The hedged Alzheimer diagnosis belongs to the patient's mother (hereditet).")

C("d122-skane-syster-mojlig-ftd", "skane", "1962-07-31", "m", [
    N("n1", "s_neuro_lund", "Mottagningsanteckning", "Emma Kjellberg", L, "2024-03-21T14:45", [
        ("Anamnes", "Syster insjuknade vid 55 år med möjlig frontotemporal demens, genetisk utredning ej gjord. Pat söker för rådgivning."),
        ("Bedömning", "Ingen kognitiv eller beteendemässig avvikelse idag. Remiss till klinisk genetik för information om prediktiv testning."),
    ])], [], [("NL102", "n1")],
  "Hedged FTD is the sister's disease, not the patient's.")

C("d122-vgr-ev-remiss-trolig-utskrivning", "vgr", "1938-11-11", "m", [
    N("n1", "v_med_kun", "Daganteckning", "Tobias Wall", L, "2024-01-30T12:00", [
        ("Planering", "Ev. remiss till minnesmottagning efter utskrivning, diskuteras med pat och dotter. "
                      "Trolig utskrivning till hemmet med hemtjänst på måndag."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "Hedges on plans only ('Ev. remiss', 'Trolig utskrivning'), no diagnosis.")

C("d122-skane-trolig-utskrivning-korttids", "skane", "1929-06-02", "f", [
    N("n1", "s_ger_csk", "Omvårdnadsanteckning", "Jessica Möller", SSK, "2024-08-07T15:20", [
        ("Planering", "Trolig utskrivning till korttidsboende i Åhus på fredag, biståndshandläggaren återkommer under torsdagen."),
    ], setting="slutenvård", signed=None)], [], [("NL102", "n1")],
  "Nurse's draft with 'Trolig utskrivning': a hedged plan, not a diagnosis.")

C("d122-vgr-eventuellt-lp-efter-samtal", "vgr", "1951-04-24", "f", [
    N("n1", "v_ger_ali", "Läkaranteckning", "Ulrika Fors", L, "2024-02-20T09:40", [
        ("Bedömning", "Amnestisk minnesstörning, MoCA 24/30, CT hjärna med åldersadekvata fynd."),
        ("Planering", "Eventuellt LP för likvoranalys efter att pat fått fundera; hon vill prata med sin son först."),
    ])], [], [("NL102", "n1")],
  "'Eventuellt LP' hedges a procedure; the memory disturbance is stated without hedge.")

C("d122-vgr-conditional-om-feber", "vgr", "1934-07-14", "f", [
    N("n1", "v_akger_ost", "Läkaranteckning", "Amir Haddad", L, "2024-03-08T11:45", [
        ("Bedömning", "Genomgången pyelonefrit, nu feberfri och åter i habitualtillståndet."),
        ("Planering", "Om feber, ökad förvirring eller sveda vid miktion ska hemtjänsten kontakta vårdcentralen. "
                      "Vid nytt fall med huvudskada uppsöks akutmottagningen."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "Conditional advice ('Om feber ...') is no hedged diagnosis.")

C("d122-skane-confirmed-alzheimer-g301", "skane", "1937-08-28", "f", [
    N("n1", "s_minne_ang", "Läkaranteckning", "Birgitta Nord", L, "2024-04-16T10:00", [
        ("Diagnos", "Alzheimers sjukdom med sen debut (G30.1). Diagnosen ställdes här i mars 2022."),
        ("Aktuellt", "Årlig uppföljning. MMSE 20/30 jämfört med 23/30 förra året. Maken upplever att hon blivit mer beroende av honom."),
        ("Planering", "Fortsatt donepezil 10 mg. Information om anhörigstöd och dagverksamhet."),
    ])], [], [("NL102", "n1")],
  "A settled Alzheimer diagnosis with ICD code: confirmed, not hedged.")

C("d122-pmo-misstankt-demens-vc-sosdala", "skane", "1941-01-08", "m", [
    N("n1", "s_vc_sosdala", "Läkarbesök", "Lars Jeppsson", L, "2024-01-25T10:30", [
        ("Anamnes", "Hustrun har märkt att han kör vilse på kända vägar och inte kan hantera bankappen längre."),
        ("Bedömning", "Misstänkt demens, sannolikt Alzheimertyp. Basutredning med lab och DT hjärna beställd, remiss till minnesmottagningen efter svar."),
    ])], [], [("NL102", "n1")],
  "PMO never shows diagnoses: a GP's suspected dementia in PMO is no NL102.")

C("d122-pmo-trolig-depression-sarskilt-boende", "skane", "1936-12-19", "f", [
    N("n1", "s_vc_simrishamn", "Läkarbesök", "Cecilia Brandt", L, "2024-10-08T13:15", [
        ("Aktuellt", "87-årig kvinna som flyttat till särskilt boende för två månader sedan, personal upplever henne nedstämd och sluten."),
        ("Bedömning", "Trolig depression. Sertralin 25 mg, uppföljning av distriktssköterska om 4 veckor."),
    ])], [], [("NL102", "n1")],
  "Trolig depression written by a GP in PMO, which does not show diagnoses.")

C("d122-skane-mall-th-lewy-ej-kommunicerad", "skane", "1944-03-23", "m", [
    N("n1", "s_ger_hbg", "Tidiga hypoteser", "Jakob Fors", L, "2024-05-07T16:00", [
        ("Tidiga hypoteser", "Misstänkt Lewykroppsdemens mot bakgrund av fluktuationer och synhallucinationer. "
                             "Hypotesen ej kommunicerad med pat, som är mycket orolig inför beskedet."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "Skåne template Tidiga hypoteser hides both the hypothesis and the uncommunicated diagnosis.")

C("d122-vgr-sokord-th-ftd-pet", "vgr", "1956-10-27", "m", [
    N("n1", "v_minne_skv", "Läkaranteckning", "Robin Dahlqvist", L, "2024-06-13T10:45", [
        ("Aktuellt", "Besök tillsammans med sambon. Pat tycker själv att allt är som vanligt."),
        ("Status", "Lätt distraherad, skämtar opassande med personalen. MoCA 26/30."),
        ("Tidiga hypoteser", "Sannolikt frontotemporal demens av beteendevariant, behöver bekräftas med FDG-PET innan det tas upp med pat."),
        ("Planering", "FDG-PET beställd. Återbesök efter svar."),
    ])], [], [("NL102", "n1")],
  "VGR: the hedged FTD stands only under the protected sökord Tidiga hypoteser.")

C("d122-skane-ev-synhallucinationer-symtom", "skane", "1933-11-04", "m", [
    N("n1", "s_med_tbg", "Omvårdnadsanteckning", "Therese Blom", SSK, "2024-09-24T05:30", [
        ("Observation", "Ev. synhallucinationer under natten, pat pekade mot taket och sa att det satt fåglar där. Lugnade sig när lampan tändes."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "'Ev.' hedges a symptom (hallucinations), not a diagnosis.")

C("d122-vgr-mojligen-trott-vid-testning", "vgr", "1949-03-15", "f", [
    N("n1", "v_minne_udd", "Arbetsterapeutanteckning", "Josefin Larsson", AT, "2024-08-22T13:00", [
        ("Bedömning", "Kognitiv screening med Cognistat, nedsatt resultat på uppmärksamhet och minne. "
                      "Möjligen var pat trött efter lång bussresa, vilket kan ha påverkat resultatet."),
    ], signed=None)], [], [("NL102", "n1")],
  "Occupational therapist hedges the patient's tiredness during testing, not a diagnosis.")

C("d122-vgr-misstanken-avskrivs-depression", "vgr", "1945-12-09", "m", [
    N("n1", "v_aep_mol", "Läkaranteckning", "Nils Engström", L, "2024-11-19T11:30", [
        ("Bedömning", "Misstanken om depression från remissen avskrivs. "
                      "Pat beskriver god livskvalitet, sover bra och ser fram emot barnbarnsbesök; GDS 3 poäng."),
    ])], [], [("NL102", "n1")],
  "'Misstanken ... avskrivs': the suspicion is dropped, so nothing hedged remains.")

C("d122-skane-typo-ingen-missanke-delirium", "skane", "1938-02-18", "f", [
    N("n1", "s_ger_ang", "Daganteckning", "Pontus Alm", L, "2024-07-09T09:20", [
        ("Bedömning", "Ingen missanke om delirium idag, pat klar och adekvat vid rond. Fortsatt mobilisering."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "Typo 'Ingen missanke om' is still a negation.")

C("d122-vgr-epikris-lang-confirmed-vaskular", "vgr", "1935-01-31", "m", [
    N("n1", "v_ger_sas", "Epikris", "Karolina Sjöstrand", L, "2024-06-20T14:00", [
        ("Diagnos", "Vaskulär demens (F01.9). Förmaksflimmer. Fallskada med sårskada på vä underben."),
        ("Vårdförlopp", "89-årig man som bor med hustrun i lägenhet utan hiss. Inkom 12/6 efter fall i trappan på väg hem från affären. "
                        "Sårskada vä underben suturerad på akuten. Under vårdtiden stabil, inga tecken på infektion. "
                        "Blodtryck väl kontrollerat. Fysioterapeut har tränat gång med rollator, pat klarar nu 50 m med tillsyn. "
                        "Arbetsterapeut har gjort hembesök tillsammans med hustrun och bedömer att duschpall och förhöjd toalettsits behövs."),
        ("Läkemedel", "Apixaban fortsätter oförändrat. Zopiklon och propiomazin utsatta med tanke på fallrisk."),
        ("Planering", "Ev. dagverksamhet två dagar i veckan, hustrun ska fundera. Suturtagning på vårdcentralen om 12 dagar. "
                      "Uppföljning av minnesmottagningen enligt ordinarie plan i höst. Ev. bostadsanpassning utreds av kommunen."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "Long discharge summary with confirmed diagnoses; the only hedges ('Ev. dagverksamhet', 'Ev. bostadsanpassning') are plans.")

C("d122-skane-b12-hypotyreos-kan-uteslutas", "skane", "1946-08-01", "f", [
    N("n1", "s_germott_csk", "Läkaranteckning", "Tomas Lundgren", L, "2024-02-29T10:50", [
        ("Utredning", "Lab: Hb 132, B12 412, folat normalt, TSH 1,8, Ca normalt."),
        ("Bedömning", "B12-brist och hypotyreos kan uteslutas som orsak till minnesbesvären. Går vidare med DT hjärna."),
    ])], [], [("NL102", "n1")],
  "'kan uteslutas' (can be excluded) is a negation, unlike 'kan ej uteslutas'.")

C("d122-vgr-bedoms-ej-som-delirium-sundowning", "vgr", "1931-05-22", "f", [
    N("n1", "v_ger_lid", "Daganteckning", "Åsa Fredriksson", L, "2024-12-03T10:05", [
        ("Bedömning", "Kvällsoron bedöms ej som delirium utan som sundowning vid känd måttlig Alzheimers sjukdom, "
                      "oförändrat mönster sedan flera månader enligt boendet."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "Delirium is denied ('bedöms ej som'); the Alzheimer diagnosis is known.")

C("d122-skane-make-misstankt-parkinson", "skane", "1942-10-16", "f", [
    N("n1", "s_minne_mal", "Telefonanteckning", "Annika Holmberg", SSK, "2024-05-30T14:20", [
        ("Telefonkontakt", "Pat ringer angående sitt hjälpbehov. Maken har misstänkt Parkinson och utreds på neurologen, "
                           "han orkar inte längre hjälpa henne med medicinerna. Dosett via hemsjukvården diskuteras."),
    ])], [], [("NL102", "n1")],
  "The suspected Parkinson belongs to the husband, not the patient.")

C("d122-vgr-trolig-orsak-fall-troskel", "vgr", "1939-04-12", "f", [
    N("n1", "v_ger_ang", "Fysioterapeutanteckning", "Daniel Öst", FT, "2024-10-10T13:30", [
        ("Bedömning", "Trolig orsak till fallet är att hon snubblade på tröskeln till badrummet i mörker. Balans enligt Bergs balansskala 47/56."),
        ("Åtgärd", "Nattlampa och borttagning av trösklar rekommenderas."),
    ])], [], [("NL102", "n1")],
  "The hedge is on the cause of a fall (tripping), no diagnosis.")

C("d122-skane-at-ev-rollator-spisvakt", "skane", "1940-02-07", "m", [
    N("n1", "s_at_hlm", "Arbetsterapeutanteckning", "Matilda Roos", AT, "2024-04-25T11:00", [
        ("Åtgärd", "Hembesök gjort tillsammans med dottern. Ev. rollator utprovas nästa vecka, "
                   "eventuellt även spisvakt om pat fortsätter glömma plattorna."),
    ])], [], [("NL102", "n1")],
  "Occupational therapist hedges assistive devices only.")

C("d122-pmo-hemsjukvard-fragetecken-delirium", "skane", "1930-09-26", "f", [
    N("n1", "s_hsv_eslov", "Hembesök", "Marie Persson", SSK, "2024-08-14T19:10", [
        ("Aktuellt", "Kallad av hemtjänsten då pat varit ovanligt förvirrad och inte känt igen personalen. "
                     "?delirium, temp 37,9. Dr Ahlgren kontaktad per telefon, u-sticka tas."),
    ], signed=None)], [], [("NL102", "n1")],
  "Home-care nurse's '?delirium' in PMO, which never shows diagnoses.")

C("d122-vgr-lewy-uteslots-tidigare", "vgr", "1944-06-29", "m", [
    N("n1", "v_minne_sas", "Läkaranteckning", "Karolina Sjöstrand", L, "2024-01-11T09:30", [
        ("Anamnes", "Utreddes 2021 för hallucinationer, Lewy body-demens uteslöts då efter normal DaTSCAN. "
                    "Nu remitterad för ny bedömning pga ökad glömska."),
        ("Bedömning", "MoCA 22/30. Gör basutredning med DT och lab."),
    ])], [], [("NL102", "n1")],
  "A past diagnosis that was excluded ('uteslöts') in the history.")

C("d122-skane-inga-hallpunkter-subdural", "skane", "1932-12-25", "m", [
    N("n1", "s_ortoger_mal", "Daganteckning", "Fatima Rahimi", L, "2024-03-28T10:40", [
        ("Utredning", "DT hjärna efter fallet: inga hållpunkter för subduralhematom eller annan intrakraniell blödning."),
        ("Bedömning", "Kontusion hö panna. Fallet bedöms mekaniskt, ingen synkope."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
  "'inga hållpunkter för' subduralhematom is a negated finding after a fall.")

C("d122-vgr-typo-psykotisk-depression-uteslutten", "vgr", "1948-09-05", "f", [
    N("n1", "v_aep_skv", "Läkaranteckning", "Anneli Roos", L, "2024-09-26T11:15", [
        ("Bedömning", "Psykotisk depression bedöms som uteslutten, inga vanföreställningar eller hallucinationer. "
                      "Kvarstående lätt nedstämdhet efter flytten från villan."),
    ])], [], [("NL102", "n1")],
  "Typo 'uteslutten' for utesluten: a negated diagnosis must not fire.")

C("d122-vgr-lang-th-endast-alzheimer-likvor", "vgr", "1950-08-03", "f", [
    N("n1", "v_minne_mol", "Läkaranteckning", "Helena Borg", L, "2024-05-23T13:00", [
        ("Aktuellt", "73-årig pensionerad lärare, tidigare frisk, som utreds sedan i vintras för minnesstörning. "
                     "Kommer idag ensam, maken har influensa. Hon har själv läst på om utredningen och vill veta allt om proverna."),
        ("Anamnes", "Beskriver att hon tappar ord i samtal, har glömt barnbarnets födelsedag och hittar inte bilen på parkeringen. "
                    "Sover bra, aptit god. Tog en överdos av sömntabletter 2009 efter skilsmässan, vårdades då på psykiatrisk klinik."),
        ("Status", "Välvårdad, god kontakt, något spänd. MoCA 23/30 med bortfall på fördröjd återgivning och ordflöde. "
                   "Blodtryck 138/82, puls 72 regelbunden. Neurologiskt utan fokala bortfall."),
        ("Utredning", "Likvor tagen 2/5 är analyserad. MR hjärna 12/4 visar hippocampusatrofi bilat, MTA-skala 2 på båda sidor."),
        ("Tidiga hypoteser", "Likvorsvaren med sänkt betaamyloid och förhöjt fosfo-tau talar för Alzheimers sjukdom. "
                             "Tidigare suicidförsök vid svår livshändelse, beskedet bör därför ges med maken närvarande och med uppföljning av kurator."),
        ("Planering", "Besök för genomgång av utredningsresultatet bokas 3/6 tillsammans med maken. "
                      "Kurator kontaktad och har tid direkt efter läkarbesöket. Pat har fått telefonnummer till minnessjuksköterskan."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
  "Long VGR note: the 'talar för' Alzheimer hypothesis and the withheld result are only under the sökord Tidiga hypoteser.")

# =================================================================
# NL101 — must
# =================================================================
C("d122-vgr-alzheimer-besked-familjemote", "vgr", "1961-02-09", "m", [
    N("n1", "v_minne_mol", "Läkaranteckning", "Charlotte Nyman", L, "2024-04-30T10:00", [
        ("Diagnos", "Alzheimers sjukdom med tidig debut (G30.0)."),
        ("Utredning", "Likvor: sänkt betaamyloid 42, förhöjt tau och fosfo-tau. MR visar hippocampusatrofi bilat, MTA 2."),
        ("Planering", "Pat ej informerad om diagnosen ännu. Besked ges vid familjemöte 14/5 tillsammans med hans båda söner, "
                      "enligt pats eget önskemål om att ha barnen med."),
    ])], [("NL101", "n1")], [],
  "Early-onset Alzheimer in visible Diagnos while the patient is not yet told (family meeting later).")

C("d122-skane-ftd-besked-nar-hustrun-med", "skane", "1963-11-21", "m", [
    N("n1", "s_neuro_lund", "Mottagningsanteckning", "Jenny Holm", L, "2024-06-03T15:15", [
        ("Bedömning", "Frontotemporal demens, beteendevariant, nu säkerställd med FDG-PET som visar frontal hypometabolism."),
        ("Planering", "Pat har inte fått besked om diagnosen. Han ska inte få veta förrän hustrun kan närvara, nytt besök bokat om två veckor."),
    ])], [("NL101", "n1")], [],
  "Settled FTD visible while the note says he must not be told until his wife attends.")

C("d122-skane-god-man-informerad-ej-pat", "skane", "1934-04-14", "m", [
    N("n1", "s_ger_hbg", "Telefonanteckning", "Mattias Ek", L, "2024-02-15T14:40", [
        ("Telefonkontakt", "Samtal med god man Bengt Rydén angående hemgångsplaneringen, pat har tidigare samtyckt till att han får information. "
                           "Informerat honom om att utredningen visat vaskulär demens. "
                           "Pat själv är ännu inte informerad, görs vid ronden i morgon med kontaktssk närvarande."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "The god man is told, the patient is not yet told; vascular dementia is visible.")

C("d122-vgr-dotter-onskar-vanta-sonen", "vgr", "1943-07-01", "f", [
    N("n1", "v_ger_ali", "Läkaranteckning", "Ulrika Fors", L, "2024-10-03T10:30", [
        ("Bedömning", "Alzheimers sjukdom, lindrig grad, MMSE 24/30."),
        ("Planering", "Dottern har bett att mamma inte informeras om Alzheimerdiagnosen förrän sonen kommit hem från Thailand i nästa vecka. "
                      "Pat har därför ännu inte fått något besked; återbesök med båda barnen bokas."),
    ])], [("NL101", "n1")], [],
  "At the daughter's request the patient has not been told about the visible Alzheimer diagnosis.")

C("d122-skane-meningiom-bifynd-ej-informerad", "skane", "1937-03-03", "f", [
    N("n1", "s_ger_hlm", "Läkaranteckning", "Linda Nyström", L, "2024-09-12T11:10", [
        ("Utredning", "DT hjärna inom fallutredningen: 3 cm meningiom frontalt hö utan ödem."),
        ("Bedömning", "Meningiomet är ett bifynd. Pat ännu ej informerad, tas upp vid familjesamtalet på torsdag då dottern kan vara med."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "An incidental meningioma from the fall CT is visible while the patient is not yet informed.")

C("d122-vgr-lungcancer-pad-ej-informerad", "vgr", "1939-08-18", "f", [
    N("n1", "v_ger51_mol", "Läkaranteckning", "Åke Brandt", L, "2024-02-08T13:30", [
        ("Aktuellt", "PAD från bronkoskopin har kommit: icke-småcellig lungcancer, adenocarcinom."),
        ("Bedömning", "Pat har ännu inte informerats om lungcancern. Hon har måttlig demens och blir lätt mycket ångestfylld; "
                      "samtal planeras med pat och maken tillsammans på måndag."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "Lung cancer confirmed by PAD stands visible while a patient with dementia is not yet told.")

C("d122-skane-typo-ej-infomerad-lewy", "skane", "1946-11-13", "m", [
    N("n1", "s_minne_yst", "Läkaranteckning", "Olof Bengtsson", L, "2024-11-26T09:30", [
        ("Bedömning", "Lewykroppsdemens, uppfyller kriterierna med fluktuationer, hallucinationer och patologisk DaTSCAN."),
        ("Planering", "Pat ej infomerad om diagnosen än, hustrun vill vara med vid beskedet."),
    ])], [("NL101", "n1")], [],
  "Typo 'infomerad': Lewy body dementia visible and the patient not yet informed.")

C("d122-vgr-svar-demens-informeras-ej", "vgr", "1928-12-30", "f", [
    N("n1", "v_ger_lid", "Läkaranteckning", "Gustav Ahl", L, "2024-03-12T14:20", [
        ("Bedömning", "Alzheimers sjukdom i sent skede, MMSE ej genomförbart. "
                      "Pat informeras inte om diagnosen p.g.a. den svåra kognitiva svikten; maken har fått informationen."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "Even when capacity is the reason, the text says the patient is not informed of a visible diagnosis.")

C("d122-skane-mci-besked-vid-aterbesok", "skane", "1952-01-26", "f", [
    N("n1", "s_ger_lkr", "Läkaranteckning", "Karl Svensson", L, "2024-09-05T13:00", [
        ("Diagnos", "Lindrig kognitiv störning (MCI), amnestisk typ."),
        ("Planering", "Besked har ännu inte lämnats till pat. Planeras vid återbesöket 3/10, då dottern också kommer."),
    ])], [("NL101", "n1")], [],
  "MCI in the visible Diagnos section while no besked has been given yet.")

C("d122-vgr-telefon-son-vill-beratta-sjalv", "vgr", "1936-06-24", "m", [
    N("n1", "v_minne_skv", "Telefonanteckning", "Lotta Grahn", SSK, "2024-04-18T10:50", [
        ("Telefonkontakt", "Sonen Anders ringer. Han vill själv berätta för sin pappa om demensdiagnosen (blandform Alzheimer/vaskulär) "
                           "och ber oss vänta med beskedet. Pat är alltså inte informerad ännu; dr Hedlund meddelad."),
    ], signed=None)], [("NL101", "n1")], [],
  "Memory nurse's draft: the son asks to tell his father himself, so the patient is not informed of the visible dementia.")

C("d122-skane-parkinson-ej-framfort", "skane", "1941-09-30", "m", [
    N("n1", "s_ger_csk", "Daganteckning", "Anna-Karin Mattsson", L, "2024-05-16T09:10", [
        ("Bedömning", "Parkinsons sjukdom bekräftad kliniskt med god effekt av levodopa-test."),
        ("Planering", "Diagnosen är ännu inte framförd till pat, vi inväntar dottern som kommer från Stockholm på lördag."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "'ännu inte framförd' to the patient: Parkinson's disease visible on the geriatric ward.")

C("d122-vgr-draft-blandform-ej-informerat", "vgr", "1945-10-17", "f", [
    N("n1", "v_minne_udd", "Läkaranteckning", "Petra Hult", L, "2024-07-11T16:20", [
        ("Diagnos", "Demens vid Alzheimers sjukdom, atypisk eller blandad form (F00.2)."),
        ("Planering", "Ej informerat pat. Tid för diagnosbesked skickas."),
    ], signed=None)], [("NL101", "n1")], [],
  "Unsigned draft: dementia code in Diagnos, 'Ej informerat pat' in Planering.")

C("d122-skane-epikris-lang-vaskular-ej-kommunicerad", "skane", "1941-12-08", "m", [
    N("n1", "s_med_tbg", "Epikris", "Jonas Lindahl", L, "2024-09-13T13:45", [
        ("Diagnos", "Vaskulär demens. Hjärtsvikt NYHA III. Hyponatremi."),
        ("Vårdförlopp", "82-årig man med känd hjärtsvikt och förmaksflimmer som inkom 2/9 med tilltagande andfåddhet och förvirring. "
                        "Na 121 vid ankomst, korrigerades långsamt med vätskerestriktion och utsättning av hydroklortiazid. "
                        "Diures med furosemid iv de första dygnen, viktnedgång 4 kg. "
                        "Förvirringen förbättrades parallellt med natriumvärdet men en kognitiv nedsättning kvarstod. "
                        "DT hjärna visade multipla infarkter i båda hemisfärerna samt uttalad småkärlssjukdom. "
                        "Tillsammans med anamnes från hustrun om stegvis försämring sedan stroke 2019 ställdes diagnosen vaskulär demens."),
        ("Information", "Diagnosen är inte kommunicerad med pat, som under vårdtiden varit svår att nå och själv inte tagit upp minnet. "
                        "Besked planeras vid återbesök på minnesmottagningen i Ystad tillsammans med hustrun."),
        ("Planering", "Na och krea kontrolleras på vårdcentralen om en vecka. Vikt dagligen hemma, hemsjukvården ringer vid ökning över 2 kg. "
                      "Hemtjänst 3 ggr/dag beviljad."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "Long discharge summary: vascular dementia in Diagnos while the Information section says it is not communicated.")

C("d122-vgr-at-hembesok-pat-ej-fatt-besked", "vgr", "1942-03-06", "f", [
    N("n1", "v_ger_ang", "Arbetsterapeutanteckning", "Sara Öberg", AT, "2024-06-27T10:15", [
        ("Aktuellt", "Hembesök i samband med demensutredningen."),
        ("Bedömning", "Pat har svårt att planera och genomföra måltider och har glömt spisen på vid två tillfällen. "
                      "Alzheimerdiagnosen, som pat ännu inte fått besked om, förklarar väl svårigheterna. Spisvakt och matlåda föreslås."),
    ])], [("NL101", "n1")], [],
  "Occupational therapist names the Alzheimer diagnosis that the patient has not yet been told.")

C("d122-skane-misstankt-ftd-ej-informerad-om-misstanken", "skane", "1959-05-29", "m", [
    N("n1", "s_minne_ang", "Läkaranteckning", "Fredrik Olsson", L, "2024-02-01T14:00", [
        ("Bedömning", "Misstänkt frontotemporal demens. Pat har inte informerats om misstanken, då hustrun befarar en kraftig reaktion."),
    ])], [("NL101", "n1"), ("NL102", "n1")], [],
  "A hedged FTD in a visible Skåne note that the patient has not been told: both rules apply.")

C("d122-vgr-lbd-hustru-informerad-pat-ej", "vgr", "1940-10-21", "m", [
    N("n1", "v_ger_sas", "Telefonanteckning", "Mikael Strand", L, "2024-02-22T15:50", [
        ("Telefonkontakt", "Samtal med hustrun som fått veta att DaTSCAN bekräftar Lewykroppsdemens. "
                           "Pat själv har ännu inte fått beskedet, det ges vid besöket nästa vecka."),
    ])], [("NL101", "n1")], [],
  "The wife knows, the patient does not yet; Lewy body dementia visible in a phone note.")

C("d122-skane-koloncancer-ej-fa-veta-familjemote", "skane", "1935-07-19", "f", [
    N("n1", "s_akger_lund", "Daganteckning", "Viktor Palm", L, "2024-10-17T11:40", [
        ("Aktuellt", "Koloskopi i går visade en stenoserande tumör i colon ascendens, PAD adenocarcinom."),
        ("Planering", "Enligt överenskommelse med barnen ska pat inte få veta om koloncancern förrän vid familjemötet på fredag, då kirurgen deltar. "
                      "Transfusion 2 E vid Hb under 80."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "Colon cancer visible while the patient must not be told before the family meeting.")

C("d122-vgr-typo-ej-uplyst-korsakoff", "vgr", "1956-03-12", "m", [
    N("n1", "v_med_kun", "Läkaranteckning", "Per Nordin", L, "2024-08-29T10:25", [
        ("Bedömning", "Korsakoffs syndrom, kvarstående efter behandlad Wernickes encefalopati."),
        ("Planering", "Pat ej uplyst om diagnosen ännu, sköts vid samtal tillsammans med kurator och hans syster."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "Typo 'uplyst' (upplyst): Korsakoff visible and the patient not yet told.")

C("d122-skane-aterkoppling-ej-skett-vaskular", "skane", "1944-01-02", "m", [
    N("n1", "s_minne_mal", "Sjuksköterskeanteckning", "Annika Holmberg", SSK, "2024-04-09T09:30", [
        ("Aktuellt", "Sjuksköterskebesök för blodtryckskontroll och genomgång av dosett."),
        ("Bedömning", "Diagnosen vaskulär demens fastställdes vid läkarkonferensen 4/4. "
                      "Återkoppling av diagnosen till pat har inte skett ännu; dr Hjort har tid med pat och dotter 19/4."),
    ])], [("NL101", "n1")], [],
  "Memory nurse records a settled vascular dementia whose feedback to the patient has not happened yet.")

C("d122-vgr-alkoholdemens-ej-delgiven", "vgr", "1953-09-08", "m", [
    N("n1", "v_akut_udd", "Läkaranteckning", "Niklas Berglund", L, "2024-11-07T14:10", [
        ("Diagnos", "Alkoholrelaterad demens (F10.7)."),
        ("Information", "Diagnosen ej delgiven patienten, som fortfarande förnekar sitt alkoholintag. Samtal med beroendeteamet bokas först."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "'ej delgiven patienten' with alcohol-related dementia in the visible Diagnos section.")

C("d122-skane-avvaktar-med-att-informera-sorg", "skane", "1938-08-25", "f", [
    N("n1", "s_ger_hbg", "Läkaranteckning", "Cecilia Roos", L, "2024-03-19T10:35", [
        ("Bedömning", "Alzheimers sjukdom, måttlig grad. Pat är djupt sörjande efter makens död för tre veckor sedan."),
        ("Planering", "Vi avvaktar med att informera pat om Alzheimerdiagnosen tills den akuta sorgen lagt sig. Dottern är införstådd."),
    ])], [("NL101", "n1")], [],
  "'avvaktar med att informera' a grieving patient about the visible Alzheimer diagnosis.")

C("d122-vgr-teamkonferens-ftd-anhorigsamtal-forst", "vgr", "1960-04-11", "f", [
    N("n1", "v_minne_mol", "Teamkonferens", "Sofia Berg", L, "2024-09-19T12:30", [
        ("Bedömning", "Teamet (läkare, neuropsykolog, arbetsterapeut, ssk) enas om diagnosen frontotemporal demens, beteendevariant."),
        ("Planering", "Pat ej informerad, anhörigsamtal med sambon först enligt pats tidigare uttryckta önskan. Därefter diagnosbesked till pat."),
    ])], [("NL101", "n1")], [],
  "Team conference settles FTD and notes the patient is not informed yet.")

C("d122-skane-tva-anteckningar-besked-senare", "skane", "1947-12-04", "f", [
    N("n1", "s_minne_yst", "Läkaranteckning", "Oskar Wahlberg", L, "2024-05-07T10:00", [
        ("Bedömning", "Alzheimers sjukdom av lindrig grad enligt likvor, MR och neuropsykologisk testning."),
        ("Planering", "Pat ännu inte informerad, besked vid återbesök med maken 21/5."),
    ]),
    N("n2", "s_minne_yst", "Läkaranteckning", "Oskar Wahlberg", L, "2024-05-21T10:30", [
        ("Information", "Pat och make informerade om Alzheimerdiagnosen. Pat tog beskedet lugnt och ställde frågor om körkortet."),
    ]),
  ], [("NL101", "n1")], [("NL101", "n2")],
  "Two notes: n1 withholds the visible diagnosis (fires), the later n2 documents that she was told (does not fire).")

C("d122-vgr-skelettmetastaser-efter-fall", "vgr", "1938-02-23", "m", [
    N("n1", "v_ger_nal", "Läkaranteckning", "Johan Persson", L, "2024-07-23T11:50", [
        ("Anamnes", "Känd prostatacancer sedan 2019, hormonbehandlad. Inlagd efter fall i köket."),
        ("Utredning", "Rtg bäcken: ingen fraktur men multipla osteolytiska förändringar, DT bekräftar skelettmetastaser. PSA 480."),
        ("Planering", "Pat ännu ej informerad om skelettmetastaserna; sonen ska vara med vid samtalet i morgon."),
    ], setting="slutenvård")], [("NL101", "n1")], [],
  "Bone metastases found in the fall work-up are visible, patient not yet informed.")

C("d122-skane-besked-skjuts-upp-orolig", "skane", "1949-06-14", "f", [
    N("n1", "s_minne_ang", "Läkaranteckning", "Birgitta Nord", L, "2024-08-15T13:30", [
        ("Aktuellt", "Pat kommer ensam trots att maken skulle följa med, mycket orolig och gråter i väntrummet."),
        ("Bedömning", "Alzheimers sjukdom enligt genomförd utredning. "
                      "Beskedet skjuts upp till nästa vecka då pat idag var för orolig för att ta emot det."),
    ])], [("NL101", "n1")], [],
  "The besked is postponed, so the visible Alzheimer diagnosis has not been told.")

C("d122-vgr-semantisk-demens-okand-for-pat", "vgr", "1955-11-28", "f", [
    N("n1", "v_minne_sas", "Läkaranteckning", "Karolina Sjöstrand", L, "2024-09-30T10:40", [
        ("Bedömning", "Semantisk demens (semantisk variant av primär progressiv afasi) med vänstersidig temporallobsatrofi på MR. "
                      "Diagnosen är ännu okänd för patienten; tas upp vid läkarbesök med dottern 8/10."),
    ])], [("NL101", "n1")], [],
  "'ännu okänd för patienten': semantic dementia visible and not yet communicated.")

C("d122-skane-typo-ej-infromerats-pdd", "skane", "1943-02-19", "m", [
    N("n1", "s_germott_csk", "Läkaranteckning", "Tomas Lundgren", L, "2024-12-05T11:00", [
        ("Bedömning", "Parkinsons sjukdom med demens, MMSE 19/30 och visuospatial svikt."),
        ("Planering", "Pat har ej infromerats om diagnosen, besked vid hembesök tillsammans med minnessjuksköterskan."),
    ])], [("NL101", "n1")], [],
  "Typo 'infromerats': Parkinson's disease dementia visible and the patient not told.")

# =================================================================
# NL101 — must_not
# =================================================================
C("d122-vgr-informerade-idag-alzheimer", "vgr", "1946-09-14", "f", [
    N("n1", "v_minne_mol", "Läkaranteckning", "Hanna Wik", L, "2024-03-07T10:15", [
        ("Diagnos", "Alzheimers sjukdom, lindrig grad."),
        ("Information", "Pat och hennes dotter informerade idag om diagnosen. Pat grät en stund men var sedan samlad och frågade om behandling."),
        ("Planering", "Donepezil 5 mg insätts. Uppföljning av minnessjuksköterska om 6 veckor."),
    ])], [], [("NL101", "n1")],
  "Diagnosis visible and communicated today.")

C("d122-skane-informerad-tidigare-minns-ej", "skane", "1939-11-19", "f", [
    N("n1", "s_minne_mal", "Sjuksköterskeanteckning", "Annika Holmberg", SSK, "2024-04-23T13:20", [
        ("Aktuellt", "Uppföljande besök. Pat fick besked om Alzheimerdiagnosen av dr Hjort i februari men minns det inte idag "
                     "och frågar vad utredningen visade."),
        ("Åtgärd", "Upprepat informationen lugnt tillsammans med maken. Skriftlig sammanfattning lämnad som pat kan läsa hemma."),
    ])], [], [("NL101", "n1")],
  "The patient was told earlier and forgot; forgetting is not 'not informed'.")

C("d122-vgr-ingen-har-sagt-nagot-ssk", "vgr", "1937-05-08", "f", [
    N("n1", "v_ger_lid", "Omvårdnadsanteckning", "Mona Lilja", SSK, "2024-03-14T20:15", [
        ("Observation", "Pat säger att ingen har berättat för henne vad hon har för sjukdom. "
                        "Enligt läkaranteckning 12/3 informerades hon och sonen om den vaskulära demensen. "
                        "Har förklarat igen och skrivit en lapp på nattduksbordet."),
    ], setting="slutenvård")], [], [("NL101", "n1")],
  "The patient claims nobody told her, but the note records that she was informed: hard negative.")

C("d122-skane-dotter-australien-ej-vet", "skane", "1944-08-10", "m", [
    N("n1", "s_ger_lkr", "Läkaranteckning", "Karl Svensson", L, "2024-07-04T09:50", [
        ("Bedömning", "Lewykroppsdemens, pat informerad idag och förstår innebörden."),
        ("Planering", "Dottern i Australien vet ännu inte om diagnosen, pat vill själv ringa henne i helgen."),
    ])], [], [("NL101", "n1")],
  "The patient is told; only a relative abroad is not yet told.")

C("d122-vgr-god-man-ej-informerad", "vgr", "1935-04-30", "f", [
    N("n1", "v_ger_nal", "Läkaranteckning", "Sven-Erik Ohlsson", L, "2024-05-02T14:30", [
        ("Bedömning", "Blandform av Alzheimers sjukdom och vaskulär demens. Pat fick besked idag och vill att vi kontaktar hennes god man."),
        ("Planering", "God man har ännu inte informerats; samtal bokas när pats skriftliga samtycke finns."),
    ])], [], [("NL101", "n1")],
  "Patient informed; the god man is the one not yet informed.")

C("d122-skane-ej-informerad-om-lp-datum", "skane", "1951-10-06", "m", [
    N("n1", "s_germott_csk", "Läkaranteckning", "Maria Lund", L, "2024-06-06T10:20", [
        ("Bedömning", "MCI av amnestisk typ, diskuterat med pat som förstår att det inte är en demensdiagnos."),
        ("Planering", "LP planeras för likvoranalys. Pat ej informerad om datum för LP ännu, kallelse skickas när tid finns."),
    ])], [], [("NL101", "n1")],
  "What is not told is the date of the LP, and the MCI was discussed with him.")

C("d122-vgr-remiss-skickad-pat-vet-ej", "vgr", "1940-12-22", "m", [
    N("n1", "v_med_kun", "Läkaranteckning", "Tobias Wall", L, "2024-01-31T15:00", [
        ("Bedömning", "Förvirring under vårdtiden tolkad som lindrigt delirium vid dehydrering, nu i regress. "
                      "Pat och dotter har fått förklarat att förvirringen hade en kroppslig orsak."),
        ("Planering", "Remiss till minnesmottagningen skickad i dag. Pat har inte informerats om att remissen gått iväg, dottern tar upp det med honom."),
    ], setting="slutenvård")], [], [("NL101", "n1")],
  "Only the sending of the referral is untold; the delirium was explained to him.")

C("d122-skane-normala-prover-ej-meddelat", "skane", "1948-03-27", "f", [
    N("n1", "s_ger_hbg", "Sjuksköterskeanteckning", "Ida Sandberg", SSK, "2024-02-27T14:05", [
        ("Aktuellt", "Provsvar inkomna: B12, folat, TSH, Ca och glukos inom referens. Pat ej meddelad om de normala svaren ännu, ringer henne i morgon."),
    ], signed=None)], [], [("NL101", "n1")],
  "Untold normal lab results are no diagnosis (draft).")

C("d122-skane-mall-th-ftd-pet-forst", "skane", "1958-06-08", "m", [
    N("n1", "s_neuro_lund", "Tidiga hypoteser", "Emma Kjellberg", L, "2024-04-04T16:30", [
        ("Tidiga hypoteser", "Frontotemporal demens bedöms sannolik efter MR med frontal atrofi. Pat ej informerad, diagnosen säkerställs med PET innan besked."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne template Tidiga hypoteser: untold and hedged FTD is protected.")

C("d122-vgr-sokord-th-untold-alzheimer", "vgr", "1947-07-17", "f", [
    N("n1", "v_minne_skv", "Läkaranteckning", "Elin Hedlund", L, "2024-10-29T11:00", [
        ("Aktuellt", "Genomgång av utredningen med läkarkollega."),
        ("Tidiga hypoteser", "Alzheimers sjukdom, likvor och MR entydiga. Pat har uttryckt att hon inte vill leva om hon får demens; "
                             "besked ges först efter bedömning av äldrepsykiatrin."),
        ("Planering", "Remiss till äldrepsykiatrin. Pat är ännu inte informerad om utredningsresultatet."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: the untold diagnosis is only under the Tidiga hypoteser sökord; the visible text names no diagnosis.")

C("d122-vgr-inget-sagt-om-information", "vgr", "1936-02-13", "m", [
    N("n1", "v_ger_sas", "Läkaranteckning", "Ingrid Bolin", L, "2024-08-08T13:10", [
        ("Diagnos", "Vaskulär demens, måttlig."),
        ("Aktuellt", "Återbesök. Hustrun beskriver ökad trötthet och att han sover stora delar av dagen."),
        ("Planering", "Memantin insätts med upptitrering enligt schema. Återbesök 3 mån."),
    ])], [], [("NL101", "n1")],
  "A visible diagnosis with nothing said about telling the patient.")

C("d122-skane-plan-sarskilt-boende-ej-informerad", "skane", "1933-09-01", "f", [
    N("n1", "s_ger_hlm", "Läkaranteckning", "Henrik Strömberg", L, "2024-11-14T10:45", [
        ("Aktuellt", "Känd Alzheimers sjukdom sedan 2021, diagnosbesked gavs då på minnesmottagningen."),
        ("Planering", "Pat ej informerad om planen på särskilt boende, det tas upp vid familjemötet på onsdag med båda döttrarna och biståndshandläggare."),
    ], setting="slutenvård")], [], [("NL101", "n1")],
  "Family meeting and 'ej informerad' concern a housing plan, not the long-communicated diagnosis.")

C("d122-vgr-son-vet-inte-pat-vill-beratta", "vgr", "1950-01-29", "m", [
    N("n1", "v_minne_udd", "Läkaranteckning", "Petra Hult", L, "2024-06-19T14:00", [
        ("Information", "Pat informerad om diagnosen frontotemporal demens. Sonen har ännu inte fått veta; pat vill själv berätta det för honom."),
    ])], [], [("NL101", "n1")],
  "Told patient, untold son.")

C("d122-skane-th-mall-sedan-besked-synligt", "skane", "1942-05-18", "m", [
    N("n1", "s_minne_ang", "Tidiga hypoteser", "Fredrik Olsson", L, "2024-03-12T15:00", [
        ("Tidiga hypoteser", "Misstänkt Lewykroppsdemens, väntar på DaTSCAN innan pat informeras."),
    ]),
    N("n2", "s_minne_ang", "Läkaranteckning", "Fredrik Olsson", L, "2024-04-09T10:00", [
        ("Bedömning", "DaTSCAN patologisk. Lewykroppsdemens fastställd och pat har idag informerats tillsammans med hustrun."),
    ]),
  ], [], [("NL101", "n1"), ("NL101", "n2")],
  "The hypothesis was kept in the Skåne template until settled; the visible follow-up documents that he was told.")

C("d122-vgr-typo-infomerade-vid-besoket", "vgr", "1941-03-25", "f", [
    N("n1", "v_ger_nal", "Läkaranteckning", "Johan Persson", L, "2024-12-10T09:40", [
        ("Bedömning", "Alzheimers sjukdom med sen debut. Pat och make infomerade om diagnosen vid dagens besök."),
    ])], [], [("NL101", "n1")],
  "Typo 'infomerade' in a sentence saying she was told: no NL101.")

C("d122-skane-pat-onskar-barnen-ej-informeras", "skane", "1945-04-21", "f", [
    N("n1", "s_ger_hbg", "Läkaranteckning", "Mattias Ek", L, "2024-10-24T11:15", [
        ("Bedömning", "Lindrig Alzheimers sjukdom, MMSE 25. Pat tog emot beskedet sakligt."),
        ("Planering", "Pat önskar att barnen inte informeras om diagnosen i nuläget, vilket respekteras."),
    ])], [], [("NL101", "n1")],
  "The patient herself was told and wants her children not informed.")

C("d122-vgr-korkort-ej-diskuterat", "vgr", "1948-08-31", "m", [
    N("n1", "v_minne_mol", "Läkaranteckning", "Charlotte Nyman", L, "2024-08-13T10:00", [
        ("Bedömning", "Lindrig Alzheimers sjukdom, diagnosen meddelades pat och hustru vid förra besöket."),
        ("Planering", "Pat ännu ej informerad om att läkarintyg till Transportstyrelsen måste skickas; tas upp vid nästa besök 4/9."),
    ])], [], [("NL101", "n1")],
  "The untold matter is the driving-licence report; the diagnosis was communicated earlier.")

C("d122-vgr-meddelat-vid-besoket-3-4", "vgr", "1943-06-09", "f", [
    N("n1", "v_minne_sas", "Telefonanteckning", "Birgitta Sand", SSK, "2024-05-08T11:30", [
        ("Telefonkontakt", "Pat ringer och vill ha recept på donepezil förnyat. "
                           "Alzheimerdiagnosen meddelades vid besöket 3/4 och pat refererar själv till den i samtalet."),
    ])], [], [("NL101", "n1")],
  "Diagnosis communicated at an earlier visit.")

C("d122-skane-typo-besked-mci-lamant-telefon", "skane", "1953-02-02", "m", [
    N("n1", "s_minne_yst", "Telefonanteckning", "Oskar Wahlberg", L, "2024-09-03T15:20", [
        ("Telefonkontakt", "Besked om MCI lämant per telefon enligt pats önskemål, han vill inte åka in igen. "
                           "Förklarat att det innebär ökad risk men ingen demens i nuläget."),
    ])], [], [("NL101", "n1")],
  "Typo 'lämant' (lämnat): MCI was told by phone.")

C("d122-vgr-likvor-normal-ej-informerad", "vgr", "1954-07-26", "f", [
    N("n1", "v_ger_ali", "Läkaranteckning", "Ulrika Fors", L, "2024-11-21T13:50", [
        ("Utredning", "Likvorsvar: betaamyloid, tau och fosfo-tau inom normalområdet, NfL normalt."),
        ("Planering", "Pat ej informerad om likvorsvaret än, ringer henne på fredag då hon är hemma från Spanien."),
    ])], [], [("NL101", "n1")],
  "The untold result is normal; no diagnosis is withheld.")

C("d122-skane-ingen-demens-ej-informerad", "skane", "1955-10-13", "m", [
    N("n1", "s_minne_mal", "Läkaranteckning", "Hassan Al-Sayed", L, "2024-10-31T09:20", [
        ("Bedömning", "Ingen demens. Neuropsykologisk testning visar resultat inom normalvariationen för åldern och utbildningsnivån."),
        ("Planering", "Pat ännu inte informerad om testresultatet, återbesök 12/11."),
    ])], [], [("NL101", "n1")],
  "Dementia is ruled out; an untold normal test result is no diagnosis.")

C("d122-vgr-minnesssk-informerat-broschyr", "vgr", "1944-12-16", "m", [
    N("n1", "v_minne_skv", "Sjuksköterskeanteckning", "Lotta Grahn", SSK, "2024-11-05T10:10", [
        ("Åtgärd", "Informerat pat och make om diagnosen Alzheimers sjukdom i samråd med dr Hedlund. "
                   "Broschyr om anhörigstöd och Demensförbundet lämnad."),
    ])], [], [("NL101", "n1")],
  "Memory nurse documents that patient and spouse were informed.")

C("d122-skane-fragar-upprepat-fatt-info", "skane", "1932-07-03", "f", [
    N("n1", "s_akger_lund", "Omvårdnadsanteckning", "Hanna Dahl", SSK, "2024-06-12T21:00", [
        ("Observation", "Pat frågar upprepade gånger under kvällen vad hon har för sjukdom. "
                        "Hon har fått information om sin vaskulära demens av dr Palm både i måndags och i går men glömmer snabbt. "
                        "Lugnas av att läsa anteckningen i sin minnesbok."),
    ], setting="slutenvård", signed=None)], [], [("NL101", "n1")],
  "Repeated questions from a forgetful patient who has been informed twice.")

C("d122-vgr-make-flyttat-ej-berattat", "vgr", "1934-10-04", "f", [
    N("n1", "v_ger51_mol", "Daganteckning", "Åke Brandt", L, "2024-07-18T10:30", [
        ("Bedömning", "Måttlig Alzheimers sjukdom, känd sedan 2020. BPSD med ökad oro kvällstid."),
        ("Planering", "Pat ej informerad om att maken flyttat till korttidsboende; barnen önskar berätta själva i helgen."),
    ], setting="slutenvård")], [], [("NL101", "n1")],
  "What is untold is the husband's move, not a diagnosis of the patient.")

C("d122-skane-tolk-informerad-vaskular", "skane", "1947-01-20", "m", [
    N("n1", "s_ger_hbg", "Läkaranteckning", "Sara Wallin", L, "2024-12-12T13:30", [
        ("Information", "Informerad om diagnosen vaskulär demens med hjälp av telefontolk på arabiska. Sonen närvarande men tolkade inte."),
    ])], [], [("NL101", "n1")],
  "Told through an interpreter.")

C("d122-vgr-ingen-diagnos-annu", "vgr", "1951-08-07", "f", [
    N("n1", "v_ger_ang", "Läkaranteckning", "Leila Moradi", L, "2024-03-21T11:20", [
        ("Bedömning", "Utredningen är ännu inte klar och ingen diagnos kan ställas i dag."),
        ("Planering", "Pat ej informerad om när neuropsykologen har tid; brev skickas."),
    ])], [], [("NL101", "n1")],
  "No diagnosis is made, and what is untold is an appointment time.")

C("d122-skane-dotter-bad-vanta-men-pat-fragade", "skane", "1940-11-27", "f", [
    N("n1", "s_germott_csk", "Läkaranteckning", "Tomas Lundgren", L, "2024-07-25T10:10", [
        ("Information", "Dottern hade bett oss vänta med beskedet, men pat frågade rakt ut och informerades då om Alzheimerdiagnosen. "
                        "Dottern kontaktad efteråt och är förstående."),
    ])], [], [("NL101", "n1")],
  "A relative asked to wait, but the patient was told: hard negative.")

C("d122-vgr-lang-diagnosbesked-informerad", "vgr", "1949-09-19", "m", [
    N("n1", "v_minne_mol", "Diagnosbesked", "Helena Borg", L, "2024-06-25T13:00", [
        ("Aktuellt", "Besök för diagnosbesked efter avslutad utredning. Pat kommer med hustrun och dottern, "
                     "sonen deltar via länk från Umeå."),
        ("Utredning", "Likvor med sänkt betaamyloid 1-42 och förhöjt fosfo-tau. MR hjärna med bilateral hippocampusatrofi. "
                      "Neuropsykologisk testning visar nedsatt episodiskt minne och lätt påverkan på exekutiva funktioner."),
        ("Diagnos", "Alzheimers sjukdom med sen debut, lindrig grad."),
        ("Information", "Pat och familj har informerats om diagnosen och vad den innebär på sikt. "
                        "Pat sa att han hade anat det och att det nästan var en lättnad att få ett namn på besvären. "
                        "Hustrun ställde många frågor om ärftlighet, som besvarades. "
                        "Vi har också pratat om körförmåga och pat har själv bestämt att sluta köra bil."),
        ("Planering", "Donepezil 5 mg i fyra veckor, därefter 10 mg. Minnessjuksköterskan ringer om två veckor för att följa upp biverkningar. "
                      "Kontakt med demenssjuksköterska i kommunen förmedlas. Ev. anhörigutbildning i höst, hustrun ska titta på datum. "
                      "Återbesök till läkare om sex månader med MMSE."),
    ])], [], [("NL101", "n1")],
  "Long diagnosis-conversation note where the patient and family are told; hedges only on plans.")


# ---------------------------------------------------------------- validation
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, at):
    b = datetime.date.fromisoformat(birth)
    a = datetime.date.fromisoformat(at[:10])
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sents = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for c in cases:
        n = c["case"]
        if list(c.keys()) != keys:
            errs.append("%s: keys" % n)
        if not n.startswith("d122-"):
            errs.append("%s: prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        r = c["record"]
        p = r["patient"]
        ymd, rest = p["id"].split("-")
        if ymd != p["birth_date"].replace("-", "") or len(rest) != 4:
            errs.append("%s: pnr/birth mismatch" % n)
        if not luhn_ok(ymd[2:] + rest):
            errs.append("%s: Luhn" % n)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        ag = age_at(p["birth_date"], r["as_of"])
        if 13 <= ag <= 15:
            errs.append("%s: age 13-15" % n)
        for k in ("access_events", "conversations", "treatments"):
            if r[k] != []:
                errs.append("%s: %s not empty" % (n, k))
        ids = {}
        for note in r["notes"]:
            ids[note["id"]] = note
            for f in ("time", "signed"):
                v = note[f]
                if v is not None and not v.startswith("2024-"):
                    errs.append("%s: %s not 2024" % (n, f))
                if v is not None and v > r["as_of"]:
                    errs.append("%s: %s after as_of" % (n, f))
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR non-Melior" % n)
            hsa = note["unit"]["hsa_id"]
            if c["ruleset"] == "vgr" and not hsa.startswith("SE2321000131"):
                errs.append("%s: VGR unit outside VGR" % n)
            if c["ruleset"] == "skane" and not hsa.startswith("SE2321000255"):
                errs.append("%s: Skåne unit outside Skåne" % n)
            for s in note["sections"]:
                for piece in SENT_SPLIT.split(s["text"]):
                    piece = piece.strip()
                    if len(piece) >= 25:
                        if piece in sents:
                            errs.append("%s: sentence repeated (also in %s): %s" % (n, sents[piece], piece))
                        else:
                            sents[piece] = n
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL102" and lst == "must_not" and sysname not in ("Melior", "PMO"):
                    errs.append("%s: NL102 system" % n)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
        pairs_m = {tuple(x) for x in c["must"]}
        pairs_n = {tuple(x) for x in c["must_not"]}
        if pairs_m & pairs_n:
            errs.append("%s: same assertion in must and must_not" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertions" % n)
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
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
