#!/usr/bin/env python3
"""dev47: patient-facing notes and digital care (video, chat, 1177 replies).

Written from the regional routines and the NL1 rule catalog only.
Standard library only, deterministic. Writes nl1_dev47_cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev47_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Skåne, Melior (hospitals)
    "s_infekt_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-2J4K"),
    "s_infekt_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2J7P"),
    "s_uro_hbg": ("Urologiska mottagningen, Helsingborgs lasarett", "SE2321000255-4U18"),
    "s_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4U52"),
    "s_kard_hbg": ("Kardiologiska mottagningen, Helsingborgs lasarett", "SE2321000255-3K61"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-6B03"),
    "s_barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-6B11"),
    "s_barnakut_hbg": ("Barn- och ungdomsakuten, Helsingborgs lasarett", "SE2321000255-6B40"),
    "s_barnmott_ystad": ("Barn- och ungdomsmottagningen, Ystads lasarett", "SE2321000255-6B77"),
    "s_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5R22"),
    "s_akut_trelleborg": ("Akutmottagningen, Trelleborgs lasarett", "SE2321000255-1A90"),
    "s_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-1A95"),
    "s_akut_csk": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-1A31"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-1A44"),
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1A02"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1A07"),
    "s_kir_csk": ("Kirurgiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K35"),
    "s_kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7K09"),
    "s_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7G14"),
    "s_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7N26"),
    "s_kvinno_csk": ("Kvinnomottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8W33"),
    "s_kvinno_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-8W41"),
    "s_psyk_landskrona": ("Allmänpsykiatrisk mottagning Landskrona", "SE2321000255-9P58"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3O20"),
    "s_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3B12"),
    "s_ortop_angelholm": ("Ortopediska mottagningen, Ängelholms sjukhus", "SE2321000255-2O66"),
    "s_ortop_lund": ("Ortopediska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2O04"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5H01"),
    "s_endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5E15"),
    "s_med_ystad": ("Medicinavdelning 3, Ystads lasarett", "SE2321000255-4M93"),
    "s_med_malmo": ("Medicinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4M10"),
    "s_med_trelleborg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-4M88"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L03"),
    # Skåne, PMO (primary care)
    "p_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-F3A1"),
    "p_eslov": ("Vårdcentralen Eslöv", "SE2321000255-F5E2"),
    "p_hoor": ("Vårdcentralen Höör", "SE2321000255-F5H7"),
    "p_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-F6S3"),
    "p_osterlen": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-F7O4"),
    "p_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-F2B9"),
    # VGR, Melior
    "v_kir_skovde": ("Kirurgmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000011482"),
    "v_kiravd_skovde": ("Kirurgavdelning 12, Skaraborgs sjukhus Skövde", "SE2321000131-E000000011490"),
    "v_akut_skovde": ("Akutmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000011401"),
    "v_akut_ostra": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000004410"),
    "v_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000008801"),
    "v_akut_boras": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000009901"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004632"),
    "v_reuma_molndal": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000004751"),
    "v_reuma_skovde": ("Reumatologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000011533"),
    "v_endo_boras": ("Endokrinmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000009944"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004587"),
    "v_gastro_ostra": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000004473"),
    "v_gastro_nal": ("Gastroenterologimottagningen, NU-sjukvården NÄL", "SE2321000131-E000000008866"),
    "v_gastro_boras": ("Gastroenterologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000009958"),
    "v_amm_su": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004801"),
    "v_med_nal": ("Medicinmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000008830"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000012207"),
    "v_hjart_alingsas": ("Hjärtmottagningen, Alingsås lasarett", "SE2321000131-E000000012214"),
    "v_kard_su": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004522"),
    "v_lung_boras": ("Lungmedicinska mottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000009970"),
    "v_lung_uddevalla": ("Lungmedicinska mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000008912"),
    "v_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000013105"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000013112"),
    "v_kvinno_kungalv": ("Kvinnosjukvården, Kungälvs sjukhus", "SE2321000131-E000000013140"),
    "v_barnakut_dsbus": ("Akutmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004290"),
    "v_barn_uddevalla": ("Barnmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000008955"),
    "v_brost_su": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004660"),
    "v_uro_lidkoping": ("Urologmottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000011620"),
    "v_minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000004777"),
    "v_hemat_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004701"),
    "v_ortop_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000004740"),
    "v_ortop_frolunda": ("Ortopedmottagningen, Frölunda specialistsjukhus", "SE2321000131-E000000014022"),
    "v_onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004612"),
    "v_infekt_skovde": ("Infektionsmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000011577"),
    "v_rehab_hogsbo": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset/Högsbo", "SE2321000131-E000000004833"),
    "v_psyk_su": ("Psykiatri Affektiva mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004899"),
    "v_medavd_boras": ("Medicinavdelning 21, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000009921"),
    "v_onk_boras": ("Onkologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000009987"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def N(nid, system, template, unit, author, time, signed, setting, sections):
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": time, "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
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
OV, SV = "öppenvård", "slutenvård"
N1 = "n1"
L102 = ("NL102", "n1")
L101 = ("NL101", "n1")

# =====================================================================
# NL102 — must: a hedged diagnosis of the patient in a visible Melior section
# =====================================================================

C("d47-video-du-troligen-lunginflammation", "skane", "1958-04-12", "284", "2024-02-20T00:00:00",
  [N(N1, M, "Videobesök", "s_infekt_lund", ("Johanna Rydberg", "läkare"),
     "2024-02-14T10:20:00", "2024-02-14T10:55:00", OV, [
         ("Kontaktorsak", "Videobesök efter kontakt med akuten i helgen. Du har haft feber och hosta i fem dagar."),
         ("Anamnes", "Du berättar att du hostar upp gulgrönt slem och att det sticker till i höger sida när du andas djupt. Ingen andnöd i vila."),
         ("Status", "Via video: opåverkad, pratar hela meningar. AF 18 enl egen räkning. Sat 95 % på egen mätare."),
         ("Bedömning", "Du har troligen fått en lunginflammation på höger sida. Du får antibiotika i tablettform."),
         ("Planering", "PcV 1 g x 3 i 7 dagar, recept skickat till apotek. Ny videokontakt om tre dagar."),
     ])],
  [L102], [L101], "du-form 'Du har troligen fått en lunginflammation' in Bedömning of a Melior video note")

C("d47-chatt-skulle-kunna-vara-gallsten", "vgr", "1979-09-03", "162", "2024-03-15T00:00:00",
  [N(N1, M, "Digital vårdkontakt", "v_kir_skovde", ("Oskar Brandt", "läkare"),
     "2024-03-11T13:05:00", "2024-03-11T13:30:00", OV, [
         ("Aktuellt", "Chattkontakt via 1177. Du beskriver smärta under höger revbensbåge en till två timmar efter middagen, tre gånger senaste månaden."),
         ("Bedömning", "Det skulle kunna vara gallsten som ger dina besvär. Ultraljud av buken beställs för att se efter."),
         ("Åtgärd", "Remiss till ultraljud lever/gallvägar. Råd om att undvika mycket fet mat tills vidare."),
     ])],
  [L102], [], "plain-language hedge 'det skulle kunna vara gallsten' in a VGR chat note")

C("d47-tel-jag-tror-njursten", "skane", "1985-01-27", "173", "2024-05-08T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_uro_hbg", ("Mikael Sandén", "läkare"),
     "2024-05-06T07:40:00", "2024-05-06T07:52:00", OV, [
         ("Telefonkontakt", "Pat ringer, kraftig smärta vä flank med utstrålning mot ljumsken sedan i natt. Har kräkts en gång, ingen feber enl pat."),
         ("Bedömning", "Jag tror att det rör sig om en njursten som är på väg ner. Du får komma in idag för DT utan kontrast."),
     ])],
  [L102], [], "first-person hedge 'jag tror att det rör sig om en njursten'")

C("d47-kan-inte-utesluta-blodpropp-i-lungan", "vgr", "1990-06-18", "428", "2024-01-25T00:00:00",
  [N(N1, M, "Telefonuppföljning", "v_akut_ostra", ("Sara Lindqvist", "läkare"),
     "2024-01-23T09:15:00", "2024-01-23T09:40:00", OV, [
         ("Telefonkontakt", "Ringer upp efter besöket igår. D-dimer förhöjt, 1,1. Du beskriver fortsatt andfåddhet i trappor och tar p-piller."),
         ("Bedömning", "Vi kan inte utesluta en blodpropp i lungan. Därför behöver du komma tillbaka för skiktröntgen av lungorna i dag."),
         ("Planering", "DT thorax med kontrast bokad kl 14. Fragmin gavs igår kväll enl ordination."),
     ])],
  [L102], [], "'vi kan inte utesluta en blodpropp i lungan' is a hedge, not a negation")

C("d47-1177-pulsklocka-misstanke-hjartflimmer", "skane", "1962-11-30", "239", "2024-04-05T00:00:00",
  [N(N1, M, "1177 e-tjänst", "s_kard_hbg", ("Henrik Aspegren", "läkare"),
     "2024-04-02T15:10:00", "2024-04-02T15:25:00", OV, [
         ("Ärende via 1177", "Pat skickar meddelande med bifogad EKG-kurva från sin pulsklocka, tagen när hjärtat fladdrade i går kväll. Kurvan granskad och därefter kasserad enl rutin."),
         ("Bedömning", "Det finns en misstanke om hjärtflimmer utifrån kurvan, men klockans registrering räcker inte för att ställa diagnos."),
         ("Åtgärd", "Svar skickat via 1177. Långtids-EKG (Holter 72 h) bokas, kallelse kommer med post."),
     ])],
  [L102], [], "1177 case summarised in the journal: 'det finns en misstanke om hjärtflimmer'")

C("d47-video-det-verkar-vara-baltros", "vgr", "1951-02-09", "346", "2024-06-12T00:00:00",
  [N(N1, M, "Videobesök", "v_hud_su", ("Amira Haddad", "läkare"),
     "2024-06-10T11:00:00", "2024-06-10T11:25:00", OV, [
         ("Anamnes", "Sveda och klåda i en rand på vänster sida av bröstkorgen i tre dagar, nu blåsor. Har haft vattkoppor som barn."),
         ("Status", "Bild visas i kameran: grupperade blåsor på rodnad botten längs ett band från ryggen mot bröstbenet, vä sida. Inga blåsor i ansiktet."),
         ("Bedömning", "Det verkar vara bältros. Du får tabletter mot viruset och något mot smärtan."),
         ("Planering", "Valaciklovir 1 g x 3 i 7 dgr. Paracetamol vid behov."),
     ])],
  [L102], [L101], "'det verkar vara bältros' after a video look at the rash")

C("d47-barn-troligast-halsfluss", "skane", "2016-10-04", "560", "2024-09-20T00:00:00",
  [N(N1, M, "Digital uppföljning", "s_barnakut_lund", ("Linnea Kjellberg", "läkare"),
     "2024-09-18T16:40:00", "2024-09-18T17:05:00", OV, [
         ("Aktuellt", "Videobesök med mamma och Elsa, 7 år. Ont i halsen och feber 39 sedan igår, ingen hosta."),
         ("Status", "Mamma visar svalget i kameran, bilat beläggningar på tonsillerna. Svullna körtlar på halsen enligt mamma."),
         ("Bedömning", "Troligast är det halsfluss. Vi vill ta ett snabbtest för streptokocker innan vi bestämmer om penicillin."),
         ("Planering", "Strep A-test på mottagningen i eftermiddag, drop-in 13–15."),
     ])],
  [L102], [], "child under 13 (guardian reads): 'troligast är det halsfluss'")

C("d47-reuma-kan-inte-helt-sakert-sagas-gikt", "vgr", "1967-08-22", "459", "2024-10-04T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_reuma_molndal", ("Per-Olof Wennberg", "läkare"),
     "2024-10-01T14:30:00", "2024-10-01T15:10:00", OV, [
         ("Anamnes", "Videouppföljning. Två attacker med svullen, het stortå höger sista halvåret, gick över på en vecka med Ipren."),
         ("Lab", "Urat 480 µmol/l. Krea normalt."),
         ("Bedömning", "Det kan inte helt säkert sägas att det är gikt, eftersom vi inte har tagit ledvätska under en attack. Mycket talar ändå för det."),
         ("Planering", "Vid nästa attack: ring oss samma dag så att vi kan punktera leden."),
     ])],
  [L102], [], "'det kan inte helt säkert sägas att det är gikt' leaves gout uncertain")

C("d47-barnakut-sannolikt-hjarnskakning", "skane", "2015-03-14", "380", "2024-03-22T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_barnakut_malmo", ("Gustav Fält", "läkare"),
     "2024-03-21T17:20:00", "2024-03-21T18:45:00", OV, [
         ("Anamnes", "Föll från klätterställning ca 1,5 m, slog huvudet i marken. Kort stunds förvirring enligt fröken, ingen medvetslöshet. Kräkts en gång."),
         ("Status", "Pigg, GCS 15. Pupiller lika, reagerar för ljus. Ingen nackömhet. Neurologiskt ua."),
         ("Bedömning", "Det är sannolikt en lättare hjärnskakning. Ingen indikation för DT hjärna enligt riktlinjen."),
         ("Planering", "Observation 4 h på akuten, sedan hem med skriftlig information till föräldrarna."),
     ])],
  [L102], [L101], "9-year-old: 'det är sannolikt en lättare hjärnskakning'")

C("d47-endo-mojligen-underaktiv-skoldkortel", "vgr", "1981-12-01", "208", "2024-11-08T00:00:00",
  [N(N1, M, "Videobesök", "v_endo_boras", ("Karin Ekström", "läkare"),
     "2024-11-05T09:00:00", "2024-11-05T09:30:00", OV, [
         ("Aktuellt", "Videobesök. Trött, fryser, viktuppgång 4 kg sedan i somras."),
         ("Lab", "TSH 6,2, fritt T4 i nedre normalområdet. TPO-ak ej tagna."),
         ("Bedömning", "Möjligen är sköldkörteln lite underaktiv. Vi tar om proverna om sex veckor innan vi bestämmer något om behandling."),
     ])],
  [L102], [], "lay name for hypothyroidism hedged with 'möjligen'")

C("d47-reuma-misstankt-ledgangsreumatism-diagnos", "skane", "1973-05-16", "625", "2024-02-09T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "s_reuma_lund", ("Eva Mårtensson", "läkare"),
     "2024-02-06T10:00:00", "2024-02-06T11:15:00", OV, [
         ("Anamnes", "Remiss från vc. Morgonstelhet över en timme, svullna fingerleder bilat sedan tre månader."),
         ("Status", "Synovit MCP 2–3 bilat samt hö handled. Övriga leder ua."),
         ("Lab", "CRP 24, SR 38. RF positiv, anti-CCP analyseras."),
         ("Diagnos", "Misstänkt ledgångsreumatism (reumatoid artrit), M06.9"),
         ("Planering", "Återbesök 2 v med anti-CCP-svar. Prednisolon 10 mg tills vidare."),
     ])],
  [L102], [L101], "'Misstänkt ledgångsreumatism' written under sökord Diagnos")

C("d47-tel-ssk-kan-rora-sig-om-blindtarmsinflammation", "vgr", "2005-04-08", "642", "2024-07-03T00:00:00",
  [N(N1, M, "Telefonanteckning", "v_akut_skovde", ("Lina Ahlgren", "sjuksköterska"),
     "2024-07-02T08:10:00", "2024-07-02T08:25:00", OV, [
         ("Telefonkontakt", "Pat, 19 år, ringer tillbaka efter besök i natt då hon skickades hem med magsmärta. Nu ont nere till höger och feber 38,4."),
         ("Bedömning", "Enligt bakjour dr Lind kan det röra sig om en begynnande blindtarmsinflammation. Pat ombeds komma in på nytt för bedömning."),
         ("Åtgärd", "Pat kommer inom en timme, skjuts ordnad av sambo. Fastande."),
     ])],
  [L102], [], "nurse's phone note relays a hedged appendicitis ('kan röra sig om')")

C("d47-barn-troligt-sockersjuka", "skane", "2013-12-19", "713", "2024-04-18T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_barnakut_hbg", ("Fredrik Nordin", "läkare"),
     "2024-04-16T11:35:00", "2024-04-16T11:50:00", OV, [
         ("Telefonkontakt", "Pappa ringer. Anton, 10 år, dricker mycket och kissar ofta sedan två veckor, har gått ner i vikt. Idag trött och illamående."),
         ("Bedömning", "Det är troligt att det rör sig om sockersjuka (typ 1-diabetes). Han behöver undersökas samma dag."),
         ("Åtgärd", "Ombeds komma direkt till barnakuten, förvarnat jourhavande barnläkare."),
     ])],
  [L102], [], "guardian-read child note: 'det är troligt att det rör sig om sockersjuka'")

C("d47-neuro-fragestallning-hjarnblodning", "vgr", "1976-07-07", "516", "2024-08-15T00:00:00",
  [N(N1, M, "Inskrivningsanteckning", "v_neuro_su", ("Jonas Backman", "läkare"),
     "2024-08-13T19:30:00", "2024-08-13T20:20:00", SV, [
         ("Anamnes", "Plötslig svår huvudvärk igår eftermiddag under träning, den värsta hon haft. Nu avklingande."),
         ("Utredning", "Frågeställning liten hjärnblödning (subaraknoidalblödning). DT hjärna utan fynd, LP planeras mer än 12 h efter debut."),
         ("Planering", "LP i morgon bitti med spektrofotometri. Observation på avd 137 över natten."),
     ])],
  [L102], [], "'Frågeställning liten hjärnblödning' in sökord Utredning")

C("d47-akut-ev-propp-i-benet", "skane", "1969-02-25", "197", "2024-01-31T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_akut_trelleborg", ("Ali Rahimi", "läkare"),
     "2024-01-29T21:05:00", "2024-01-29T21:40:00", OV, [
         ("Aktuellt", "Svullet, ömt hö underben sedan 3 d. Flög hem från Thailand i fredags."),
         ("Status", "Hö vad 3 cm större omfång än vä. Lätt rodnad. Afebril."),
         ("Bedömning", "Ev. propp i benet (DVT). Wells 2 p."),
         ("Åtgärd", "Innohep enl vikt, ultraljud vener hö ben bokat i morgon 09.00."),
     ])],
  [L102], [], "abbreviated hedge 'Ev.' on a lay diagnosis 'propp i benet'")

C("d47-gastro-video-talar-for-magsar", "vgr", "1959-10-10", "733", "2024-05-24T00:00:00",
  [N(N1, M, "Videobesök", "v_gastro_ostra", ("Helena Strand", "läkare"),
     "2024-05-21T13:00:00", "2024-05-21T13:35:00", OV, [
         ("Anamnes", "Sveda i övre delen av magen sedan två månader, värst på natten och bättre av mat. Tar Ipren ofta för ryggvärk."),
         ("Bedömning", "Dina besvär talar för ett magsår, sannolikt kopplat till Ipren. Vi gör en gastroskopi för att se säkert."),
         ("Planering", "Sluta med Ipren. Omeprazol 40 mg x 1. Gastroskopi inom 4 v."),
     ])],
  [L102], [L101], "'dina besvär talar för ett magsår' in a video follow-up")

C("d47-barn-celiaki-forenligt-med", "skane", "2019-01-23", "802", "2024-10-25T00:00:00",
  [N(N1, M, "Videobesök", "s_barnmott_ystad", ("Maria Holm", "läkare"),
     "2024-10-22T10:15:00", "2024-10-22T10:45:00", OV, [
         ("Aktuellt", "Videouppföljning med föräldrarna. Lisa, 5 år, har haft lös avföring och dålig viktuppgång i ett halvår."),
         ("Lab", "Transglutaminas-ak IgA över 10 gånger övre referensgräns. Total-IgA normalt."),
         ("Bedömning", "Provsvaren är förenliga med celiaki (glutenintolerans). Diagnosen behöver bekräftas med ett nytt blodprov innan hon slutar äta gluten."),
         ("Planering", "Fortsätt äta vanlig kost tills vidare. Nytt prov EMA om 2 v, därefter dietistkontakt."),
     ])],
  [L102], [], "'förenliga med celiaki' where the diagnosis still needs confirmation")

C("d47-amm-bild-som-vid-utmattningssyndrom", "vgr", "1983-03-29", "926", "2024-03-08T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_amm_su", ("Cecilia Forsberg", "läkare"),
     "2024-03-05T09:30:00", "2024-03-05T10:40:00", OV, [
         ("Anamnes", "Remiss från företagshälsovård. Sömnproblem, minnesluckor och yrsel sedan hösten, efter en lång period med hög arbetsbelastning."),
         ("Bedömning", "Bild som vid utmattningssyndrom. Kroppslig orsak bör dock uteslutas först, prover tas."),
         ("Planering", "Blodstatus, TSH, B12, glukos. Återbesök via video om 3 veckor."),
     ])],
  [L102], [], "'bild som vid utmattningssyndrom' is a hedge even beside a plan to exclude other causes")

C("d47-bm-1177-trolig-urinvagsinfektion-gravid", "skane", "1995-07-12", "244", "2024-06-28T00:00:00",
  [N(N1, M, "1177 e-tjänst", "s_kvinno_csk", ("Sofia Bengtsson", "barnmorska"),
     "2024-06-26T10:45:00", "2024-06-26T11:00:00", OV, [
         ("Kontaktorsak", "Meddelande via 1177 från pat i graviditetsvecka 24: sveda vid vattenkastning och täta trängningar sedan igår."),
         ("Bedömning", "Trolig urinvägsinfektion. Pat ska lämna urinodling innan antibiotika."),
         ("Åtgärd", "Svar via 1177 med tid för urinprov i morgon 08.15. Recept enl ordination av dr Wallin efter odling."),
     ])],
  [L102], [], "midwife's summary of a 1177 case: 'Trolig urinvägsinfektion'")

C("d47-video-kanske-forhojt-blodtryck", "vgr", "1964-04-04", "375", "2024-09-13T00:00:00",
  [N(N1, M, "Videobesök", "v_med_nal", ("Anders Kling", "läkare"),
     "2024-09-10T15:15:00", None, OV, [
         ("Aktuellt", "Videobesök. Du har mätt blodtrycket hemma morgon och kväll i en vecka, medel 152/94."),
         ("Bedömning", "Kanske har du förhöjt blodtryck, men vi vill se en mätning över ett helt dygn innan vi säger säkert."),
         ("Planering", "24-timmars blodtrycksmätning bokas. Minska saltet och fortsätt promenaderna."),
     ])],
  [L102], [], "unsigned draft: 'kanske har du förhöjt blodtryck'")

C("d47-akut-dd-lunginflammation-blodpropp", "skane", "1948-08-08", "139", "2024-12-03T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_akut_ystad", ("Olle Persson", "läkare"),
     "2024-12-01T03:10:00", "2024-12-01T04:00:00", OV, [
         ("Bedömning", "Andfådd, andningskorrelerad smärta hö, CRP 45. DD lunginflammation / blodpropp i lungan."),
         ("Åtgärd", "Rtg pulm, DT-angio om rtg ua. Blododling x 2."),
     ])],
  [L102], [], "telegraphic 'DD' with two lay diagnoses")

C("d47-kirurg-video-gallstensbesvar-fragetecken", "vgr", "1988-11-11", "586", "2024-02-16T00:00:00",
  [N(N1, M, "Videobesök", "v_kir_kungalv", ("Petra Sjögren", "läkare"),
     "2024-02-13T14:00:00", "2024-02-13T14:20:00", OV, [
         ("Anamnes", "Återkommande smärta hö arcus efter måltid. Illamående, inga kräkningar. Ingen gulsot."),
         ("Bedömning", "Gallstensbesvär? Ultraljud bukorgan beställt."),
     ])],
  [L102], [], "question mark after the diagnosis is the only hedge")

C("d47-typo-troligen-lunginflamation", "vgr", "1944-01-19", "299", "2024-01-12T00:00:00",
  [N(N1, M, "Telefonanteckning", "v_lung_boras", ("Elin Rask", "läkare"),
     "2024-01-10T10:05:00", "2024-01-10T10:15:00", OV, [
         ("Telefonkontakt", "Uppringd av pat som har ökad hosta och feber sedan 4 d. KOL sedan tidigare."),
         ("Bedömning", "Troligen lunginflamation ovanpå KOL:en. Skickar recept på Doxyferm och Prednisolon."),
     ])],
  [L102], [], "typo in the diagnosis word ('lunginflamation') under a plain hedge")

C("d47-typo-missankt-njursten", "skane", "1977-06-02", "456", "2024-07-19T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_akut_csk", ("Viktor Ohlsson", "läkare"),
     "2024-07-17T23:30:00", "2024-07-18T00:10:00", OV, [
         ("Bedömning", "Missänkt njursten vä, urinsticka blod 3+. Smärtlindrad med Voltaren supp."),
         ("Planering", "DT urinvägar i morgon, hem i kväll med Voltaren 50 mg x 3."),
     ])],
  [L102], [], "typo in the hedge ('Missänkt')")

C("d47-typo-sannolkit-hjartflimmer", "vgr", "1956-03-17", "410", "2024-04-26T00:00:00",
  [N(N1, M, "Videobesök", "v_hjart_alingsas", ("Tobias Ekman", "läkare"),
     "2024-04-24T09:40:00", "2024-04-24T10:05:00", OV, [
         ("Aktuellt", "Videouppföljning efter Holter. Du har känt oregelbunden puls främst kvällstid."),
         ("Bedömning", "Sannolkit hjärtflimmer i korta attacker, men Holtern fångade bara en episod på 20 sekunder."),
     ])],
  [L102], [], "typo in the hedge ('Sannolkit')")

C("d47-typo-kan-ej-utelsutas-propp", "skane", "1950-12-28", "322", "2024-08-30T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_ortop_angelholm", ("Ingrid Wallén", "sjuksköterska"),
     "2024-08-28T13:20:00", "2024-08-28T13:35:00", OV, [
         ("Telefonkontakt", "Pat opererad med knäprotes vä för 8 d sedan. Ringer pga ökande svullnad i vaden och ömhet."),
         ("Bedömning", "Propp i benet kan ej utelsutas enl dr Gerdin. Pat kommer till ortopedakuten för ultraljud i dag."),
     ])],
  [L102], [], "typo in the hedge ('kan ej utelsutas')")

C("d47-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1991-09-09", "583", "2024-05-31T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_neuro_lund", ("Anna-Karin Lilja", "läkare"),
     "2024-05-28T11:00:00", "2024-05-28T11:45:00", OV, [
         ("Anamnes", "Domningar i benen sedan en månad, synnedsättning hö öga för ett år sedan som gick över."),
         ("Status", "Livliga reflexer i benen, Babinski neg bilat. Vibrationssinne nedsatt vid fotknölarna."),
         ("Tidiga hypoteser", "Möjlig MS, inväntar likvorsvar innan vi tar ställning."),
         ("Planering", "LP är gjord, svar om 2 v. Återbesök på video när svaret finns."),
     ])],
  [L102], [], "Skåne protects by template only: a sökord 'Tidiga hypoteser' inside a Läkaranteckning stays visible")

C("d47-vgr-th-sokord-men-bedomning-upprepar", "vgr", "1952-05-05", "674", "2024-06-07T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_hemat_su", ("Magnus Granqvist", "läkare"),
     "2024-06-04T10:30:00", "2024-06-04T11:10:00", OV, [
         ("Anamnes", "Ryggvärk sedan 3 mån, trötthet. Remiss från vc pga Hb 98 och stigande kreatinin."),
         ("Tidiga hypoteser", "Myelom? M-komponent och fria lätta kedjor analyseras."),
         ("Bedömning", "Blodbrist och påverkad njurfunktion, misstänkt myelom. Benmärgsprov planeras."),
     ])],
  [L102], [], "hypothesis put under the protected VGR sökord but repeated in the visible Bedömning")

C("d47-lang-video-hjartsvikt-trolig-gikt", "skane", "1946-10-21", "118", "2024-03-01T00:00:00",
  [N(N1, M, "Videobesök", "s_med_malmo", ("Christina Dahlberg", "läkare"),
     "2024-02-27T13:00:00", "2024-02-27T14:05:00", OV, [
         ("Kontaktorsak", "Planerad videouppföljning av hjärtsvikt, förhöjt blodtryck och sockersjuka typ 2. Dottern sitter med och hjälper till med kameran."),
         ("Anamnes", "Sedan förra besöket har du ökat Furix till 40 mg x 2 enligt ordination från hjärtsviktssköterskan. Vikten har gått ner 3 kg och benen är mindre svullna. Du sover med två kuddar, inte längre sittande. För fyra dagar sedan blev stortån på höger fot röd, varm och så öm att du inte tål täcket. Ingen feber, inget sår på foten."),
         ("Aktuella läkemedel", "Furix 40 mg x 2, Entresto 49/51 mg x 2, Bisoprolol 5 mg x 1, Spironolakton 25 mg x 1, Metformin 1 g x 2, Atorvastatin 40 mg x 1."),
         ("Status", "Via video: AT gott, pratar utan andnöd. Hemmamätning BT 128/74, puls 66 regelbunden. Vikt 81,4 kg (82,1 för en vecka sedan). Stortån hö: rodnad och svullen i grundleden enligt bild."),
         ("Lab", "Krea 118 (112), kalium 4,6, Na 137. NT-proBNP 1450 (2900). HbA1c 54. Urat 560."),
         ("Bedömning", "Hjärtsvikten är bättre och vätskan har minskat, blodtrycket ligger bra. Sockret är stabilt. Ömheten i stortån är troligen en giktattack, som kan utlösas av vätskedrivande medicin."),
         ("Planering", "Prednisolon 20 mg x 1 i fem dagar mot stortån, undvik Ipren pga hjärtsvikt och njurar. Furix sänks till 40 mg + 20 mg. Nytt prov krea och kalium om en vecka på vc. Hjärtsviktssköterskan ringer om två veckor. Nästa videobesök hos mig om tre månader."),
     ])],
  [L102], [L101], "long video chart: several confirmed diseases and one hedged gout attack in Bedömning")

C("d47-1177-ssk-sammanfattar-kan-bero-pa-magsar", "vgr", "1971-02-14", "897", "2024-09-27T00:00:00",
  [N(N1, M, "1177 e-tjänst", "v_gastro_nal", ("Johan Ivarsson", "sjuksköterska"),
     "2024-09-25T14:45:00", "2024-09-25T15:00:00", OV, [
         ("Ärende via 1177", "Pat frågar om svaret på avföringsprovet för Helicobacter och om han kan fortsätta med Alvedon."),
         ("Åtgärd", "Svarat via 1177 efter samråd med dr Haddad: provet var positivt och besvären kan bero på magsår. Trippelbehandling förskriven, gastroskopi planeras om 8 v. Alvedon går bra."),
     ])],
  [L102], [], "nurse's summary of the 1177 reply carries a hedged ulcer ('kan bero på magsår')")

C("d47-negation-plus-hedge-astma", "skane", "1987-04-30", "266", "2024-11-15T00:00:00",
  [N(N1, M, "Videobesök", "s_lung_lund", ("David Åkesson", "läkare"),
     "2024-11-12T10:30:00", "2024-11-12T10:50:00", OV, [
         ("Bedömning", "Det är inte lunginflammation, lungröntgen var helt normal. Däremot tror jag att du kan ha astma som blivit värre efter förkylningen."),
         ("Planering", "Spirometri med reversibilitet om 4 v. Prova Bricanyl vid behov fram till dess."),
     ])],
  [L102], [], "a negated pneumonia beside a hedged asthma: the hedge still fires")

C("d47-arftlighet-plus-egen-trolig-gikt", "vgr", "1980-08-13", "150", "2024-08-09T00:00:00",
  [N(N1, M, "Videobesök", "v_med_alingsas", ("Nils Göransson", "läkare"),
     "2024-08-06T08:30:00", "2024-08-06T08:55:00", OV, [
         ("Anamnes", "Din pappa och farbror har gikt. Nu andra gången på ett år med svullen, röd fotled hö."),
         ("Bedömning", "Det är troligt att du också har gikt, med tanke på ärftligheten och hur attackerna ser ut."),
         ("Planering", "Urat i blodet och njurprover. Colchicin vid attack, recept skickat."),
     ])],
  [L102], [], "relatives' gout is context; the patient's own gout is hedged ('det är troligt')")

C("d47-uvi-jag-tror-plus-villkorsrad", "skane", "1949-07-25", "097", "2024-10-11T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_uro_malmo", ("Hanna Lundgren", "läkare"),
     "2024-10-09T12:10:00", None, OV, [
         ("Telefonkontakt", "Pat med kateter efter prostataoperation, urinen grumlig och illaluktande sedan två dagar. Afebril."),
         ("Bedömning", "Jag tror att du har en urinvägsinfektion. Om du får feber kan det vara en infektion som gått upp i prostatan eller njurarna – sök då akut."),
         ("Åtgärd", "Urinodling tas på mottagningen i morgon, därefter Selexid enl odlingssvar."),
     ])],
  [L102], [], "safety-net sentence is conditional, but the first sentence hedges a present UVI")

C("d47-oklart-om-reumatism-eller-artros", "vgr", "1960-01-06", "618", "2024-01-19T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "v_reuma_skovde", ("Malin Hedlund", "läkare"),
     "2024-01-16T13:40:00", None, OV, [
         ("Status", "Knölar över DIP-lederna bilat, lätt ömhet MCP 2 hö utan tydlig svullnad."),
         ("Bedömning", "Oklart om det är ledgångsreumatism eller förslitning (artros) i fingrarna. Blodproverna är inte entydiga."),
         ("Planering", "Ultraljud av händerna, ny bedömning därefter."),
     ])],
  [L102], [], "'oklart om' between two diagnoses")

C("d47-barn-vi-misstanker-baltros", "skane", "2017-11-02", "633", "2024-05-17T00:00:00",
  [N(N1, M, "Digital vårdkontakt", "s_barnakut_malmo", ("Emma Fredriksson", "läkare"),
     "2024-05-15T18:20:00", "2024-05-15T18:40:00", OV, [
         ("Aktuellt", "Digital kontakt med pappa. Utslag med blåsor på vänster skinka i ett band, ont vid beröring. Haft vattkoppor som 2-åring."),
         ("Bedömning", "Vi misstänker bältros, vilket är ovanligt men förekommer hos barn."),
         ("Planering", "Fysiskt besök i morgon för bedömning av läkare. Bilden skannad enl rutin."),
     ])],
  [L102], [], "6-year-old: 'vi misstänker bältros' in a digital contact with the father")

C("d47-typo-talar-for-hjarnskanking", "vgr", "2007-02-20", "755", "2024-02-05T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_akut_boras", ("Rebecka Molin", "läkare"),
     "2024-02-03T20:15:00", "2024-02-03T21:00:00", OV, [
         ("Anamnes", "Ishockey, tackling mot sargen. Huvudvärk, ljuskänslig, känns dimmigt i huvudet. Ingen medvetslöshet."),
         ("Status", "GCS 15. Neurologiskt ua. Något långsam i svaren."),
         ("Bedömning", "Symtomen talar för en hjärnskanking. Ingen DT behövs enligt de skandinaviska riktlinjerna."),
         ("Planering", "Vila från skärmar och träning, stegvis återgång enl broschyr."),
     ])],
  [L102], [], "16-year-old; 'talar för' with a typo in the diagnosis ('hjärnskanking')")

C("d47-forefaller-vara-gallsten", "skane", "1972-10-17", "521", "2024-06-21T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "s_kir_csk", ("Jakob Hermansson", "läkare"),
     "2024-06-18T09:10:00", "2024-06-18T09:40:00", OV, [
         ("Bedömning", "Smärtattackerna förefaller vara orsakade av gallsten, ultraljudet visar dock bara gallslam. Ny undersökning om 3 mån."),
     ])],
  [L102], [], "less common hedge 'förefaller vara orsakade av gallsten'")

C("d47-utkast-troligen-blodpropp-i-benet", "vgr", "1966-06-29", "381", "2024-07-12T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_med_kungalv", ("Stina Palm", "läkare"),
     "2024-07-11T10:00:00", None, OV, [
         ("Bedömning", "Troligen blodpropp i vänster ben, dopplerundersökning bokad."),
         ("Planering", "Eliquis 10 mg x 2 i väntan på us. Kompressionsstrumpa."),
     ])],
  [L102], [], "unsigned draft, pre-signing: 'Troligen blodpropp i vänster ben'")

C("d47-psyk-typo-sannolit-utmattningssyndrom", "skane", "1989-12-12", "468", "2024-04-12T00:00:00",
  [N(N1, M, "Videobesök", "s_psyk_landskrona", ("Ylva Nyberg", "läkare"),
     "2024-04-09T14:00:00", "2024-04-09T14:50:00", OV, [
         ("Aktuellt", "Uppföljande videosamtal. Du har varit sjukskriven i sex veckor, sover bättre men orkar fortfarande inte läsa eller handla."),
         ("Bedömning", "Det är sannolit att du har ett utmattningssyndrom, men depression behöver vägas in. Vi fortsätter utredningen med skattningsskalor."),
     ])],
  [L102], [], "typo in the hedge ('sannolit') before a lay diagnosis")

C("d47-typo-misstant-formaksflimmer-diagnosrad", "vgr", "1955-09-01", "532", "2024-10-18T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_kard_su", ("Erik Holmberg", "läkare"),
     "2024-10-16T11:20:00", "2024-10-16T11:30:00", OV, [
         ("Diagnos", "Misstänt förmaksflimmer (hjärtflimmer), I48.9"),
         ("Åtgärd", "Event-EKG i 14 dagar."),
     ])],
  [L102], [], "typo in the hedge ('Misstänt') on a coded diagnosis line")

C("d47-behandlas-som-trolig-lunginflammation", "skane", "1940-03-03", "302", "2024-12-13T00:00:00",
  [N(N1, M, "Daganteckning", "s_med_ystad", ("Rasmus Törnqvist", "läkare"),
     "2024-12-11T09:45:00", "2024-12-11T10:15:00", SV, [
         ("Aktuellt", "Dag 2. Feber 38,9 igår kväll, nu 37,6. Syrgas 1 l."),
         ("Bedömning", "Behandlas som trolig lunginflammation, rtg visar oklar förtätning hö nedre lob."),
         ("Åtgärd", "Fortsatt bensyl-pc iv. Sputumodling skickad."),
     ])],
  [L102], [], "inpatient: 'behandlas som trolig lunginflammation'")

C("d47-chatt-inger-misstanke-om-celiaki", "vgr", "1993-05-27", "846", "2024-03-29T00:00:00",
  [N(N1, M, "Digital vårdkontakt", "v_gastro_boras", ("Louise Bergh", "läkare"),
     "2024-03-26T16:00:00", "2024-03-26T16:20:00", OV, [
         ("Aktuellt", "Chatt via 1177. Uppblåst mage och diarréer i ett år, nu också järnbrist trots tabletter."),
         ("Bedömning", "Dina symtom och det låga järnvärdet inger misstanke om celiaki. Vi tar ett blodprov för det innan något annat."),
     ])],
  [L102], [], "'inger misstanke om celiaki' in a chat note")

C("d47-kvinno-video-det-ar-sannolikt-endometrios", "skane", "1998-02-08", "504", "2024-09-06T00:00:00",
  [N(N1, M, "Videobesök", "s_kvinno_hbg", ("Tove Åberg", "läkare"),
     "2024-09-04T13:30:00", "2024-09-04T13:55:00", OV, [
         ("Anamnes", "Mycket ont vid mens sedan tonåren, nu även smärta vid samlag. Alvedon och Naproxen hjälper dåligt."),
         ("Bedömning", "Det är sannolikt endometrios, även om ultraljudet inte visade några cystor. Vi börjar med hormonbehandling och ser om det hjälper."),
     ])],
  [L102], [], "'det är sannolikt endometrios' despite a normal ultrasound")

C("d47-vgr-slutenvard-mojlig-sepsis-uvi", "vgr", "1938-12-24", "215", "2024-12-20T00:00:00",
  [N(N1, M, "Inskrivningsanteckning", "v_medavd_boras", ("Amanda Wikström", "läkare"),
     "2024-12-17T22:40:00", "2024-12-17T23:30:00", SV, [
         ("Aktuellt", "Förvirrad sedan i morse enl hemtjänst. Feber 39,1, låg urinmängd."),
         ("Status", "AT påverkat. BT 98/55, puls 112. Suprapubiskt öm. Lungor ua."),
         ("Bedömning", "Möjlig blodförgiftning utgången från urinvägarna. Blododlingar och urinodling tagna innan antibiotika."),
         ("Ordination", "Pip/taz 4 g x 4, vätska 1 l Ringer på en timme. KAD."),
     ])],
  [L102], [], "inpatient admission note: 'möjlig blodförgiftning' in lay words")

C("d47-video-troligast-lymfkortelinflammation", "vgr", "2004-10-30", "377", "2024-04-04T00:00:00",
  [N(N1, M, "Videobesök", "v_onh_su", ("Fredrika Sand", "läkare"),
     "2024-04-02T10:00:00", "2024-04-02T10:20:00", OV, [
         ("Aktuellt", "Knöl på halsens högra sida sedan tre veckor, efter förkylning. Ingen viktnedgång, inga nattsvettningar."),
         ("Bedömning", "Det är troligast en lymfkörtelinflammation efter förkylningen. Ultraljud om den finns kvar om fyra veckor."),
     ])],
  [L102], [], "'troligast en lymfkörtelinflammation' — hedged lay diagnosis of a neck lump")

C("d47-hjarnblodning-kan-inte-uteslutas-antikoag", "skane", "1937-06-15", "228", "2024-11-22T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_akut_lund", ("Patrik Svahn", "läkare"),
     "2024-11-20T19:05:00", "2024-11-20T19:15:00", OV, [
         ("Telefonkontakt", "Hemtjänsten ringer: pat föll i badrummet, slog i bakhuvudet, står på Eliquis. Nu lite yr men vaken."),
         ("Bedömning", "Hjärnblödning kan inte uteslutas när man tar blodförtunnande. Pat bör komma in för skiktröntgen av huvudet i kväll."),
         ("Åtgärd", "Ambulans beställd via 112 av hemtjänsten enl råd."),
     ])],
  [L102], [], "'hjärnblödning kan inte uteslutas' — uncertain, not ruled out")

# =====================================================================
# NL102 — must_not
# =====================================================================

C("d47-video-det-ar-inte-lunginflammation", "skane", "1975-03-21", "436", "2024-02-02T00:00:00",
  [N(N1, M, "Videobesök", "s_infekt_malmo", ("Lars Thulin", "läkare"),
     "2024-01-31T11:10:00", "2024-01-31T11:30:00", OV, [
         ("Bedömning", "Det är inte lunginflammation. Lungröntgen är normal och CRP bara lätt förhöjt, du har en vanlig virusinfektion."),
         ("Planering", "Ingen antibiotika. Hör av dig via 1177 om du inte är bättre om en vecka."),
     ])],
  [], [L102, L101], "plain negation 'det är inte lunginflammation' plus a confirmed viral infection")

C("d47-tel-inget-tyder-pa-blodpropp", "vgr", "1992-08-05", "862", "2024-08-23T00:00:00",
  [N(N1, M, "Telefonuppföljning", "v_akut_nal", ("Kristoffer Hall", "läkare"),
     "2024-08-21T09:00:00", "2024-08-21T09:10:00", OV, [
         ("Telefonkontakt", "Återkoppling efter DT lungartärer igår."),
         ("Bedömning", "Inget tyder på blodpropp i lungan, undersökningen var normal. Smärtan i bröstkorgen kan du behandla med Alvedon."),
     ])],
  [], [L102], "'inget tyder på blodpropp i lungan' is a negation")

C("d47-kunnat-utesluta-gallsten", "skane", "1984-05-19", "242", "2024-05-03T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_kir_csk", ("Jenny Rosén", "läkare"),
     "2024-04-30T14:20:00", "2024-04-30T14:30:00", OV, [
         ("Telefonkontakt", "Ultraljudet av buken visar ingen gallsten och gallblåsan ser normal ut. Vi har alltså kunnat utesluta gallsten som orsak till dina besvär."),
         ("Planering", "Remitteras tillbaka till vårdcentralen för fortsatt utredning av magbesvären."),
     ])],
  [], [L102], "'vi har kunnat utesluta gallsten' — ruled out")

C("d47-lugnande-besked-inte-hjarnblodning", "vgr", "1986-11-26", "409", "2024-10-30T00:00:00",
  [N(N1, M, "Videobesök", "v_neuro_su", ("Mattias Björk", "läkare"),
     "2024-10-28T15:30:00", "2024-10-28T15:45:00", OV, [
         ("Aktuellt", "Uppföljning efter akutbesök för plötslig huvudvärk."),
         ("Bedömning", "Du kan vara lugn, det är inte en hjärnblödning. Både skiktröntgen och ryggvätskeprovet var helt normala."),
         ("Planering", "Förebyggande migränbehandling diskuteras vid nästa kontakt."),
     ])],
  [], [L102, L101], "reassurance: 'du kan vara lugn, det är inte en hjärnblödning'")

C("d47-talar-emot-njursten", "skane", "1990-02-14", "513", "2024-03-20T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "s_uro_hbg", ("Sanna Wiklund", "läkare"),
     "2024-03-18T10:40:00", "2024-03-18T11:00:00", OV, [
         ("Bedömning", "Normal DT urinvägar och inget blod i urinen talar emot njursten. Smärtan i flanken är muskulär och bör gå över med rörelse."),
     ])],
  [], [L102], "'talar emot njursten' is the opposite of 'talar för'")

C("d47-typo-misstanken-om-celaki-avskrivs", "vgr", "1997-04-03", "288", "2024-04-19T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_gastro_ostra", ("Gunilla Ek", "läkare"),
     "2024-04-17T13:00:00", "2024-04-17T13:20:00", OV, [
         ("Utredning", "Gastroskopi med tunntarmsbiopsier: normal slemhinna utan tecken på glutenskada."),
         ("Bedömning", "Misstanken om celaki avskrivs. Du kan äta gluten som vanligt."),
     ])],
  [], [L102], "suspicion written off ('avskrivs'), typo 'celaki' in the disease name")

C("d47-bekraftad-lunginflammation-hostan-troligen-kvar", "skane", "1961-07-07", "395", "2024-03-27T00:00:00",
  [N(N1, M, "Videobesök", "s_lung_lund", ("Karl Stenberg", "läkare"),
     "2024-03-25T09:20:00", "2024-03-25T09:40:00", OV, [
         ("Bedömning", "Du har haft en lunginflammation som nu läker fint, kontrollröntgen visar att förtätningen gått tillbaka. Hostan håller troligen i sig ett par veckor till."),
     ])],
  [], [L102], "confirmed pneumonia; the only hedge is on a symptom (the cough)")

C("d47-kristallsjuka-yrseln-sannolikt-over", "vgr", "1953-10-08", "724", "2024-02-28T00:00:00",
  [N(N1, M, "Telefonanteckning", "v_onh_su", ("Joel Lindahl", "läkare"),
     "2024-02-26T11:30:00", "2024-02-26T11:40:00", OV, [
         ("Telefonkontakt", "Uppföljning efter behandling av kristallsjuka i höger öra med repositionsmanöver i fredags. Du är mycket bättre."),
         ("Bedömning", "Yrseln kommer sannolikt att ge med sig helt inom några dagar efter manövern."),
     ])],
  [], [L102], "confirmed BPPV; 'sannolikt' is about the symptom's course")

C("d47-stukning-ev-rontgen-plan", "skane", "2001-06-11", "257", "2024-06-14T00:00:00",
  [N(N1, M, "Videobesök", "s_ortop_angelholm", ("Olivia Cederlund", "fysioterapeut"),
     "2024-06-12T08:15:00", "2024-06-12T08:35:00", OV, [
         ("Aktuellt", "Videouppföljning, stukad hö fotled för 2 v sedan. Fortfarande svullen på kvällarna men går utan kryckor."),
         ("Planering", "Ev. röntgen om du inte kan gå normalt om två veckor. Fortsätt med balansövningarna varje dag."),
     ])],
  [], [L102], "'ev.' hedges a plan (an X-ray), not a diagnosis")

C("d47-trolig-hemgang-efter-blindtarmsoperation", "vgr", "2000-09-19", "133", "2024-09-05T00:00:00",
  [N(N1, M, "Daganteckning", "v_kiravd_skovde", ("Axel Roos", "läkare"),
     "2024-09-03T08:50:00", None, SV, [
         ("Aktuellt", "Dag 1 efter titthålsoperation för blindtarmsinflammation. Äter och dricker, är uppe och går."),
         ("Planering", "Trolig hemgång i morgon förmiddag om fortsatt feberfri."),
     ])],
  [], [L102], "unsigned draft; confirmed operated appendicitis, 'trolig' only about discharge")

C("d47-mamma-hade-troligen-ledgangsreumatism", "skane", "1970-01-29", "608", "2024-01-26T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_reuma_lund", ("Birgitta Sahlin", "läkare"),
     "2024-01-24T10:00:00", "2024-01-24T10:50:00", OV, [
         ("Anamnes", "Ärftlighet: mamma hade troligen ledgångsreumatism men fick aldrig någon säker diagnos. Själv stel i händerna på morgonen mindre än 15 min."),
         ("Status", "Inga svullna leder. God rörlighet i händer och handleder."),
         ("Bedömning", "Inga tecken på ledgångsreumatism hos dig i dag. Blodproverna inklusive anti-CCP är normala."),
     ])],
  [], [L102], "the hedged diagnosis belongs to the mother; the patient's is negated")

C("d47-barn-storebror-misstankt-celiaki", "vgr", "2016-04-21", "915", "2024-11-29T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_barn_uddevalla", ("Ida Lönn", "läkare"),
     "2024-11-27T14:10:00", "2024-11-27T14:40:00", OV, [
         ("Anamnes", "Hugo, 8 år, kommer med mamma. Storebror utreds just nu för misstänkt celiaki. Hugo äter bra och har normal avföring."),
         ("Lab", "Transglutaminas-ak negativt, total-IgA normalt."),
         ("Bedömning", "Frisk pojke med normal tillväxt. Nytt prov endast vid symtom."),
     ])],
  [], [L102], "the suspected celiac disease is the brother's, not the child's")

C("d47-villkor-feber-kan-vara-infektion-sok", "skane", "1958-12-05", "177", "2024-12-06T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_kir_malmo", ("Frida Carlsson", "sjuksköterska"),
     "2024-12-04T10:00:00", "2024-12-04T10:10:00", OV, [
         ("Telefonkontakt", "Uppringd dag 3 efter ljumskbråcksoperation. Lite ont men klarar sig på Alvedon. Såret torrt."),
         ("Information", "Om du får feber eller om såret blir rött och varmt, kan det vara en infektion – sök då till oss eller vårdcentralen samma dag."),
     ])],
  [], [L102, L101], "safety-net advice: 'om du får feber ... kan det vara en infektion – sök då'")

C("d47-villkor-andfadd-blodpropp-ring-112", "vgr", "1945-05-11", "820", "2024-05-10T00:00:00",
  [N(N1, M, "Videobesök", "v_ortop_molndal", ("Hampus Lidén", "läkare"),
     "2024-05-08T13:15:00", None, OV, [
         ("Aktuellt", "Videouppföljning två veckor efter höftoperation. Går med rollator, sårtejpen borttagen av hemsjukvården."),
         ("Information till patienten", "Skulle du bli plötsligt andfådd eller få ont i bröstet kan det vara tecken på en blodpropp i lungan, ring då 112."),
     ])],
  [], [L102], "conditional warning about a lung clot, written to the patient")

C("d47-villkor-svullet-ben-efter-kejsarsnitt", "skane", "1994-08-27", "066", "2024-08-16T00:00:00",
  [N(N1, M, "Utskrivningsanteckning", "s_kvinno_hbg", ("Julia Hallberg", "barnmorska"),
     "2024-08-14T11:30:00", "2024-08-14T12:00:00", SV, [
         ("Planering", "Fragmin 10 dagar efter kejsarsnittet, pat instruerad i injektionsteknik."),
         ("Information", "Om benet svullnar och blir ömt kan det vara en propp i benet, hör då av dig direkt till förlossningen."),
     ])],
  [], [L102], "conditional leg-clot advice at discharge after a caesarean")

C("d47-pmo-video-troligen-lunginflammation", "skane", "1968-03-08", "355", "2024-03-13T00:00:00",
  [N(N1, P, "Videobesök", "p_sodervarn", ("Rickard Blom", "läkare"),
     "2024-03-11T14:20:00", "2024-03-11T14:40:00", OV, [
         ("Aktuellt", "Hosta och feber i en vecka, nu hugg i vänster sida vid djupa andetag."),
         ("Bedömning", "Troligen har du en lunginflammation, och du får därför penicillin."),
     ])],
  [], [L102], "PMO never shows diagnoses: hedged pneumonia in a PMO video note")

C("d47-pmo-1177-misstankt-urinvagsinfektion", "skane", "1999-11-14", "482", "2024-11-01T00:00:00",
  [N(N1, P, "1177 ärende", "p_eslov", ("Amanda Nilsson", "sjuksköterska"),
     "2024-10-30T09:40:00", "2024-10-30T09:50:00", OV, [
         ("Kontaktorsak", "Via 1177: sveda när hon kissar sedan igår, ingen feber, ingen ryggsmärta."),
         ("Bedömning", "Misstänkt urinvägsinfektion, okomplicerad. Pat får lämna urinprov på vc i morgon."),
     ])],
  [], [L102], "PMO 1177 case: hedged UTI is not shown")

C("d47-pmo-tel-kan-vara-gallsten", "skane", "1963-02-02", "138", "2024-02-23T00:00:00",
  [N(N1, P, "Telefonkontakt", "p_hoor", ("Bengt Åström", "läkare"),
     "2024-02-21T16:30:00", "2024-02-21T16:40:00", OV, [
         ("Telefonkontakt", "Smärta under högra revbenen efter fet mat, tre episoder. Kan vara gallsten. Remiss ultraljud."),
     ])],
  [], [L102], "PMO phone note: 'kan vara gallsten'")

C("d47-pmo-barn-sannolikt-hjarnskakning", "skane", "2014-09-17", "707", "2024-06-06T00:00:00",
  [N(N1, P, "Besök", "p_sjobo", ("Agnes Falk", "läkare"),
     "2024-06-04T15:00:00", "2024-06-04T15:30:00", OV, [
         ("Anamnes", "Nora, 9 år, ramlade av cykeln utan hjälm igår. Huvudvärk och illamående i kväll, kräkts en gång."),
         ("Status", "Vaken, adekvat. Pupiller lika. Ingen nackstelhet. Romberg ua."),
         ("Bedömning", "Sannolikt hjärnskakning, lindrig. Föräldrarna får muntlig och skriftlig information."),
     ])],
  [], [L102], "PMO child note with a hedged concussion")

C("d47-pmo-typo-missanke-baltros", "skane", "1947-04-26", "268", "2024-04-24T00:00:00",
  [N(N1, P, "Videobesök", "p_osterlen", ("Hans Kronqvist", "läkare"),
     "2024-04-22T10:10:00", "2024-04-22T10:25:00", OV, [
         ("Bedömning", "Missänke om bältros vä bröstkorg, startar Valaciklovir."),
     ])],
  [], [L102], "PMO with a typo in the hedge ('Missänke')")

C("d47-skane-th-mall-misstanke-tumor-bukspott", "skane", "1954-06-09", "193", "2024-03-06T00:00:00",
  [N(N1, M, "Tidiga hypoteser", "s_kir_malmo", ("Claes Berglund", "läkare"),
     "2024-03-04T16:00:00", "2024-03-04T16:20:00", OV, [
         ("Bedömning", "Misstanke om elakartad tumör i bukspottkörteln utifrån DT. Pat ej informerad om misstanken, tas upp på MDK 12/3."),
     ])],
  [], [L102, L101], "Skåne template Tidiga hypoteser: hedge and untold suspicion are both protected")

C("d47-vgr-th-sokord-misstankt-lymfom", "vgr", "1978-01-13", "554", "2024-04-11T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_hemat_su", ("Sebastian Krantz", "läkare"),
     "2024-04-09T09:00:00", "2024-04-09T09:40:00", OV, [
         ("Aktuellt", "Videobesök. Trött, nattsvettningar, gått ner 5 kg. Förstorade körtlar på halsen enl egen palpation."),
         ("Tidiga hypoteser", "Misstänkt lymfom. Biopsi av körtel planerad, tas upp med pat när svaret finns."),
         ("Planering", "Ultraljudsledd biopsi av lymfkörtel hö hals v. 16. DT thorax/buk."),
     ])],
  [], [L102], "VGR: the hedge sits only under the protected sökord Tidiga hypoteser")

C("d47-skane-th-mall-utkast-mojlig-demens", "skane", "1942-08-19", "246", "2024-08-02T00:00:00",
  [N(N1, M, "Tidiga hypoteser", "s_neuro_lund", ("Ulrika Malm", "läkare"),
     "2024-07-31T13:40:00", None, OV, [
         ("Bedömning", "Möjlig demens av Alzheimertyp utifrån testresultaten. Diskuteras med pat och anhörig efter MR."),
     ])],
  [], [L102], "unsigned draft in the Skåne template Tidiga hypoteser")

C("d47-vgr-th-sokord-trolig-als-neutral-bedomning", "vgr", "1965-11-03", "792", "2024-11-20T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "v_neuro_su", ("Alexander Nyqvist", "läkare"),
     "2024-11-18T10:30:00", "2024-11-18T11:20:00", OV, [
         ("Anamnes", "Svårt att knäppa knappar med höger hand sedan i våras, muskelryckningar i armen."),
         ("Status", "Atrofi i handens små muskler hö. Fascikulationer hö överarm. Reflexer livliga."),
         ("Tidiga hypoteser", "Trolig ALS. Inväntar EMG innan något sägs till pat."),
         ("Bedömning", "Muskelsvaghet i höger hand, utredning pågår med EMG och MR halsrygg."),
     ])],
  [], [L102], "VGR: only the protected sökord holds the hedge; visible Bedömning is descriptive")

C("d47-bekraftad-gikt-ledvatska-video", "vgr", "1958-02-17", "337", "2024-02-22T00:00:00",
  [N(N1, M, "Videobesök", "v_reuma_skovde", ("Ebba Kjellin", "läkare"),
     "2024-02-20T14:00:00", "2024-02-20T14:15:00", OV, [
         ("Bedömning", "Ledvätskan från knät innehöll uratkristaller, så nu vet vi att du har gikt."),
         ("Planering", "Allopurinol startas om 2 v med låg dos, ökas efter urat."),
     ])],
  [], [L102], "confirmed gout with the evidence stated")

C("d47-bekraftad-njursten-1177", "skane", "1982-12-22", "311", "2024-12-27T00:00:00",
  [N(N1, M, "1177 e-tjänst", "s_uro_malmo", ("Petter Lindblom", "läkare"),
     "2024-12-23T10:00:00", "2024-12-23T10:10:00", OV, [
         ("Ärende via 1177", "Pat vill veta svaret på skiktröntgen."),
         ("Åtgärd", "Svarat via 1177: DT bekräftade en 4 mm njursten i vänster urinledare, som bör passera själv. Drick rikligt och sila urinen."),
     ])],
  [], [L102, L101], "confirmed kidney stone, told in the 1177 reply")

C("d47-bekraftat-hjartflimmer-ekg", "vgr", "1949-06-30", "151", "2024-06-26T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "v_hjart_alingsas", ("Gunnar Hellström", "läkare"),
     "2024-06-24T09:10:00", "2024-06-24T09:45:00", OV, [
         ("Status", "EKG visar hjärtflimmer med snabb puls, 124/min."),
         ("Bedömning", "Hjärtflimmer av okänd duration. CHA2DS2-VASc 3 p, startar Eliquis och Metoprolol."),
     ])],
  [], [L102], "confirmed atrial fibrillation on ECG; 'okänd duration' hedges nothing diagnostic")

C("d47-typo-misstanken-nu-uteslutten", "skane", "1971-09-25", "285", "2024-09-25T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_med_malmo", ("Simon Friberg", "läkare"),
     "2024-09-23T15:00:00", "2024-09-23T15:20:00", OV, [
         ("Bedömning", "Misstanken om blodpropp i lungan är nu uteslutten, DT-angio var normal. Bröstsmärtan var muskulär."),
     ])],
  [], [L102], "earlier suspicion now excluded; typo 'uteslutten'")

C("d47-barn-ingen-misstanke-om-blindtarm", "vgr", "2013-02-12", "418", "2024-01-15T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_barnakut_dsbus", ("Moa Lindgren", "läkare"),
     "2024-01-13T19:45:00", "2024-01-13T20:30:00", OV, [
         ("Status", "Mjuk och oöm buk, ingen släppömhet. Pigg, hoppar på ett ben utan smärta."),
         ("Bedömning", "Ingen misstanke om blindtarmsinflammation. Magont av förstoppning, får Movicol."),
     ])],
  [], [L102], "11-year-old: 'ingen misstanke om blindtarmsinflammation'")

C("d47-typo-ingen-misstake-om-propp", "skane", "1988-07-31", "599", "2024-07-26T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_akut_hbg", ("Natalie Ström", "läkare"),
     "2024-07-24T02:20:00", "2024-07-24T03:00:00", OV, [
         ("Bedömning", "Ingen misstake om propp i benet, Wells 0 och D-dimer neg. Vadsmärtan efter löpning är en muskelbristning."),
     ])],
  [], [L102], "negation with typo 'Ingen misstake om'")

C("d47-crp-troligen-utan-betydelse-sockersjuka", "vgr", "1957-05-09", "236", "2024-05-17T00:00:00",
  [N(N1, M, "Videobesök", "v_med_nal", ("Mona Eriksson", "läkare"),
     "2024-05-15T10:00:00", "2024-05-15T10:20:00", OV, [
         ("Aktuellt", "Årskontroll av sockersjuka typ 2 via video. Inga fotsår, inga känningar."),
         ("Lab", "HbA1c 52, bättre än förra gången. CRP 12, troligen utan betydelse."),
     ])],
  [], [L102], "confirmed diabetes; the hedge is on a lab value, not a disease")

C("d47-underaktiv-skoldkortel-tabletter-hjalper-troligen", "skane", "1976-12-04", "440", "2024-12-12T00:00:00",
  [N(N1, M, "Videobesök", "s_endo_malmo", ("Hedvig Lund", "läkare"),
     "2024-12-10T13:10:00", "2024-12-10T13:30:00", OV, [
         ("Bedömning", "Proverna visar att sköldkörteln är underaktiv. Tabletterna gör troligen att du känner dig piggare inom några veckor."),
         ("Planering", "Levaxin 50 µg x 1. Nytt TSH om 6 v."),
     ])],
  [], [L102], "confirmed hypothyroidism; 'troligen' is about treatment effect")

C("d47-1177-du-undrar-glutenintolerans-nej", "vgr", "1996-01-22", "681", "2024-01-30T00:00:00",
  [N(N1, M, "1177 e-tjänst", "v_gastro_nal", ("Tilda Mattsson", "läkare"),
     "2024-01-26T11:00:00", "2024-01-26T11:10:00", OV, [
         ("Svar till patient", "Du undrar om det kan vara glutenintolerans. Blodprovet för celiaki var normalt, så det är det inte."),
     ])],
  [], [L102], "patient's own question 'kan det vara glutenintolerans' answered with a negation")

C("d47-oro-hjarnblodning-normal-skiktrontgen", "skane", "1979-10-13", "527", "2024-10-16T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_akut_lund", ("Therese Bolin", "läkare"),
     "2024-10-14T22:00:00", "2024-10-14T22:40:00", OV, [
         ("Anamnes", "Huvudvärk sedan i förmiddags, tryckande, som vid tidigare spänningshuvudvärk men starkare."),
         ("Bedömning", "Du var orolig för att det skulle vara en hjärnblödning. Skiktröntgen av huvudet var helt normal och det finns ingen blödning."),
     ])],
  [], [L102], "the patient's worry is reported, then excluded")

C("d47-utkast-ben-svullet-ingen-propp", "vgr", "1962-03-02", "963", "2024-03-22T00:00:00",
  [N(N1, M, "Videobesök", "v_ortop_frolunda", ("Carl Wahlström", "läkare"),
     "2024-03-20T08:40:00", None, OV, [
         ("Bedömning", "Benet är svullet efter operationen, men ultraljudet visade ingen propp. Svullnaden brukar minska under några veckor."),
     ])],
  [], [L102], "unsigned draft; reassurance that no clot was found")

C("d47-dd-uteslutna-telegrafiskt", "skane", "1983-08-16", "371", "2024-08-21T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_akut_malmo", ("Pontus Engström", "läkare"),
     "2024-08-19T04:10:00", "2024-08-19T04:35:00", OV, [
         ("Bedömning", "DD lungemboli och pneumoni uteslutna (DT-angio och rtg ua)."),
         ("Diagnos", "Muskuloskeletal bröstsmärta."),
     ])],
  [], [L102], "'DD' followed by 'uteslutna': ruled out, not open")

C("d47-ej-forenligt-med-magsar", "vgr", "1974-06-20", "229", "2024-06-19T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_gastro_ostra", ("Ronja Palmgren", "läkare"),
     "2024-06-17T10:30:00", "2024-06-17T10:45:00", OV, [
         ("Utredning", "Gastroskopin visade en lätt irriterad slemhinna, men bilden är inte förenlig med magsår."),
         ("Planering", "Fortsätt Omeprazol 4 v, sedan utsättningsförsök."),
     ])],
  [], [L102], "'inte förenlig med magsår' negates the hedge word")

C("d47-tidigare-bekraftad-propp-infor-flyg", "skane", "1967-11-18", "407", "2024-11-06T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_med_trelleborg", ("Agneta Svensson", "sjuksköterska"),
     "2024-11-04T13:50:00", "2024-11-04T14:00:00", OV, [
         ("Telefonkontakt", "Du hade en blodpropp i vänster ben 2019 och behandlades då med Waran i sex månader. Nu undrar du inför en långflygning till Australien."),
         ("Råd", "Enligt dr Håkansson: kompressionsstrumpor, rör på dig under flygningen och drick vatten. Ingen spruta behövs."),
     ])],
  [], [L102], "past confirmed leg clot, no hedge")

C("d47-hjarnskakning-sannolikt-tillbaka-i-arbete", "vgr", "1985-09-28", "658", "2024-03-14T00:00:00",
  [N(N1, M, "Videobesök", "v_rehab_hogsbo", ("Lisa Ekberg", "arbetsterapeut"),
     "2024-03-12T13:00:00", "2024-03-12T13:45:00", OV, [
         ("Aktuellt", "Uppföljning efter hjärnskakningen i januari. Huvudvärken kommer nu bara efter långa skärmpass."),
         ("Planering", "Du kommer sannolikt att kunna börja jobba halvtid om två veckor. Fortsatt pausschema vid skärmarbete."),
     ])],
  [], [L102], "confirmed concussion; 'sannolikt' is about return to work")

C("d47-barn-villkor-krakningar-hjarnskakning", "skane", "2020-05-06", "820", "2024-02-12T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_barnakut_malmo", ("Madeleine Ståhl", "sjuksköterska"),
     "2024-02-10T19:25:00", "2024-02-10T19:35:00", OV, [
         ("Telefonkontakt", "Mamma ringer: Maja, 3 år, ramlade från soffan och slog i pannan. Grät direkt, leker nu som vanligt."),
         ("Råd", "Om Maja kräks upprepade gånger eller blir svår att väcka kan det vara tecken på hjärnskakning – åk då direkt till barnakuten."),
     ])],
  [], [L102], "3-year-old; concussion named only in conditional safety-net advice")

C("d47-magsar-kan-uteslutas", "skane", "1991-03-11", "476", "2024-03-08T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_gastro_malmo", ("Dragan Petrović", "läkare"),
     "2024-03-06T11:20:00", "2024-03-06T11:35:00", OV, [
         ("Bedömning", "Magsår kan uteslutas efter normal gastroskopi. Funktionell dyspepsi, råd om måltidsrytm."),
     ])],
  [], [L102], "'kan uteslutas' (without 'inte') is a ruling-out")

C("d47-psyk-inte-utmattning-utan-depression", "vgr", "1990-10-02", "742", "2024-10-09T00:00:00",
  [N(N1, M, "Videobesök", "v_psyk_su", ("Jessica Alm", "läkare"),
     "2024-10-07T09:00:00", "2024-10-07T09:50:00", OV, [
         ("Bedömning", "Det är inte utmattningssyndrom, utan en depression av medelsvår grad. Vi har gått igenom skattningarna tillsammans."),
         ("Planering", "Sertralin 50 mg, KBT via Stöd och behandling på 1177, uppföljning om 4 v."),
     ])],
  [], [L102, L101], "negated exhaustion syndrome, confirmed depression")

C("d47-lang-epikris-bara-fallor", "vgr", "1939-04-14", "343", "2024-04-30T00:00:00",
  [N(N1, M, "Epikris", "v_medavd_boras", ("Hugo Falkenberg", "läkare"),
     "2024-04-26T14:00:00", "2024-04-26T15:10:00", SV, [
         ("Inskrivningsorsak", "Inkom med feber, hosta och förvirring. Hemtjänsten larmade då du inte öppnade dörren."),
         ("Vårdförlopp", "Lungröntgen visade en förtätning i vänster nedre lob och du behandlades för lunginflammation, först med bensylpenicillin i dropp och sedan med tabletter. Förvirringen gick över på två dygn. Misstanken om blodpropp i lungan som väcktes på akuten avskrevs efter normal DT. Inga tecken på hjärtflimmer på telemetrin under vårdtiden."),
         ("Övrigt", "Din syster har nyligen fått diagnosen sockersjuka, och du undrade om du själv kan ha det. Fasteglukos och HbA1c är normala, du har inte sockersjuka."),
         ("Status vid utskrivning", "AT gott. Afebril sedan tre dygn. Sat 96 % utan syrgas. Går med rollator som före insjuknandet."),
         ("Läkemedel", "PcV 1 g x 3 t.o.m. 29/4. Övriga läkemedel oförändrade."),
         ("Uppföljning", "Kontrollröntgen av lungorna om sex veckor, remiss skickad. Trolig återgång till dagverksamheten nästa vecka. Om du åter får feber eller blir andfådd kan det vara ett återfall – kontakta då vårdcentralen eller 1177."),
     ])],
  [], [L102], "long discharge letter: confirmed pneumonia, written-off clot, negated AF and diabetes, sister's disease, conditional relapse, 'trolig' about day care")

# =====================================================================
# NL101 — must: a diagnosis in a visible section while the text says the
# patient has not been told / must not be told yet
# =====================================================================

C("d47-nl101-pad-pankreas-besked-vid-aterbesok", "skane", "1951-01-08", "192", "2024-05-10T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_kir_malmo", ("Fredrik Holmqvist", "läkare"),
     "2024-05-07T15:30:00", "2024-05-07T15:50:00", OV, [
         ("Utredning", "PAD från ultraljudsledd biopsi: adenocarcinom i bukspottkörteln."),
         ("Planering", "Pat är inte informerad om svaret. Besked ges vid återbesök på mottagningen 14/5 med kontaktsjuksköterska närvarande."),
     ])],
  [L101], [], "pancreatic cancer written while 'pat är inte informerad', answer at the next visit")

C("d47-nl101-pad-brostcancer-besked-fysiskt-besok", "vgr", "1969-10-26", "482", "2024-03-21T00:00:00",
  [N(N1, M, "Provsvarsanteckning", "v_brost_su", ("Marie Lundell", "läkare"),
     "2024-03-19T13:00:00", "2024-03-19T13:05:00", OV, [
         ("Provsvar", "PAD mellannålsbiopsi vä bröst: invasiv bröstcancer, NST, grad 2. Pat ännu ej meddelad, får beskedet av bröstkirurg vid fysiskt besök på torsdag."),
     ])],
  [L101], [L102], "confirmed breast cancer, 'ännu ej meddelad'; no hedge")

C("d47-nl101-1177-bronkoskopisvar-ej-via-1177", "skane", "1957-08-30", "253", "2024-09-04T00:00:00",
  [N(N1, M, "1177 e-tjänst", "s_lung_lund", ("Tina Larsson", "sjuksköterska"),
     "2024-09-02T09:30:00", "2024-09-02T09:45:00", OV, [
         ("Ärende via 1177", "Pat frågar om bronkoskopisvaret har kommit."),
         ("Åtgärd", "Svaret visar lungcancer (skivepitelcancer). Enligt dr Ekdahl ska svaret inte lämnas via 1177 eller telefon, pat har ännu inte fått veta. Pat erbjuden tid hos dr Ekdahl i morgon kl 10, bokat via 1177."),
     ])],
  [L101], [], "1177 case summary names lung cancer while the answer is held back from the patient")

C("d47-nl101-vi-har-inte-hunnit-beratta-for-dig", "vgr", "1986-04-16", "226", "2024-04-24T00:00:00",
  [N(N1, M, "Provsvar", "v_reuma_molndal", ("Sanna Ljung", "läkare"),
     "2024-04-22T16:40:00", "2024-04-22T16:45:00", OV, [
         ("Provsvar", "Blodproverna och ultraljudet av händerna visar att du har ledgångsreumatism. Vi har inte hunnit berätta det för dig ännu, din läkare ringer dig i morgon förmiddag."),
     ])],
  [L101], [], "du-form note states 'vi har inte hunnit berätta det för dig ännu' about rheumatoid arthritis")

C("d47-nl101-dottern-vill-vanta-glioblastom", "skane", "1944-02-21", "336", "2024-02-26T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_onk_lund", ("Ingela Jönsson", "läkare"),
     "2024-02-23T11:00:00", "2024-02-23T11:30:00", SV, [
         ("Aktuellt", "PAD efter stereotaktisk biopsi: glioblastom i vänster tinninglob."),
         ("Information", "Pat har inte fått veta diagnosen ännu; dottern önskar att vi väntar tills hon själv kan vara med på onsdag."),
     ])],
  [L101], [], "diagnosis held back at the family's request")

C("d47-nl101-ms-gas-igenom-pa-videobesok", "vgr", "1994-12-09", "642", "2024-04-17T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_neuro_su", ("Anton Nyström", "läkare"),
     "2024-04-15T14:20:00", None, OV, [
         ("Bedömning", "MR och ryggvätskeprov visar sammantaget multipel skleros (MS)."),
         ("Planering", "Pat inte informerad ännu. Dr Nyström går igenom svaret med pat på videobesöket 22/4."),
     ])],
  [L101], [], "MS will be told at a video visit; not yet informed")

C("d47-nl101-levermetastaser-ej-forran-onkolog", "skane", "1955-05-24", "159", "2024-04-26T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "s_kir_csk", ("Göran Möller", "läkare"),
     "2024-04-24T10:30:00", "2024-04-24T10:45:00", OV, [
         ("Röntgen", "Kontroll-DT efter tjocktarmsoperationen visar spridning till levern (levermetastaser)."),
         ("Planering", "Pat ska inte informeras förrän onkolog träffat honom, besök bokat 2/5."),
     ])],
  [L101], [], "'pat ska inte informeras förrän onkolog träffat honom'")

C("d47-nl101-typo-ej-infomerad-prostatacancer", "vgr", "1950-07-19", "675", "2024-07-24T00:00:00",
  [N(N1, M, "Provsvarsanteckning", "v_uro_lidkoping", ("Bertil Kvist", "läkare"),
     "2024-07-22T08:20:00", "2024-07-22T08:25:00", OV, [
         ("Provsvar", "Biopsi prostata: adenocarcinom Gleason 4+3. Pat ej infomerad ännu, kallas till urolog."),
     ])],
  [L101], [], "typo in the key word ('infomerad')")

C("d47-nl101-utkast-hiv-kallas-till-besok", "skane", "1989-03-04", "590", "2024-03-08T00:00:00",
  [N(N1, M, "Provsvarsanteckning", "s_infekt_malmo", ("Camilla Ahl", "läkare"),
     "2024-03-06T12:00:00", None, OV, [
         ("Lab", "HIV-test positivt, bekräftat med konfirmationsanalys. Hiv-infektion."),
         ("Planering", "Pat ännu inte informerad. Kallas per telefon till besök hos infektionsläkare och kurator, inget besked per telefon."),
     ])],
  [L101], [], "unsigned draft naming an HIV infection the patient has not been told")

C("d47-nl101-1177-koloskopi-svar-pa-besoket", "vgr", "1961-11-15", "283", "2024-04-29T00:00:00",
  [N(N1, M, "1177 e-tjänst", "v_kir_kungalv", ("Emelie Roth", "sjuksköterska"),
     "2024-04-26T11:15:00", "2024-04-26T11:30:00", OV, [
         ("Ärende via 1177", "Pat skriver och undrar över svaret på vävnadsproverna från koloskopin."),
         ("Åtgärd", "PAD visar tjocktarmscancer. Svarar pat att läkaren går igenom svaret på besöket 8/5 – diagnosen har inte meddelats pat."),
     ])],
  [L101], [], "1177 reply defers the answer to the visit; the note itself names the cancer")

C("d47-nl101-eftergranskning-lungemboli-ej-nadd", "skane", "1972-04-01", "219", "2024-04-04T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_akut_ystad", ("Oscar Hellberg", "läkare"),
     "2024-04-02T17:50:00", "2024-04-02T18:30:00", OV, [
         ("Telefonkontakt", "Eftergranskning av DT thorax: blodpropp i lungan höger nedre lob, missad vid primärgranskningen. Söker pat på telefon tre gånger utan svar, pat alltså ej informerad."),
         ("Åtgärd", "Ber kvällsjouren fortsätta försöka nå pat, sms skickat om att ringa akuten."),
     ])],
  [L101], [], "patient could not be reached: diagnosis written, 'ej informerad'")

C("d47-nl101-typo-ej-medelat-avvaktar-mdk", "vgr", "1947-09-12", "526", "2024-09-20T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_kir_skovde", ("Elsa Forsman", "läkare"),
     "2024-09-17T15:00:00", "2024-09-17T15:20:00", OV, [
         ("Bedömning", "Ventrikelcancer enligt PAD från gastroskopin."),
         ("Planering", "Ej medelat patienten ännu, avvaktar MDK på tisdag så att hon kan få en samlad plan."),
     ])],
  [L101], [], "typo 'medelat'; gastric cancer held until the MDT conference")

C("d47-nl101-en-rad-melanom-ej-underrattad", "skane", "1980-06-06", "437", "2024-06-11T00:00:00",
  [N(N1, M, "Provsvarsanteckning", "s_hud_lund", ("Annika Thorsson", "läkare"),
     "2024-06-10T08:05:00", "2024-06-10T08:06:00", OV, [
         ("Provsvar", "Hudbiopsi rygg: malignt melanom, Breslow 1,2 mm. Pat ej underrättad."),
     ])],
  [L101], [], "one-line result note: 'pat ej underrättad'")

C("d47-nl101-alzheimer-ej-framfort", "vgr", "1946-03-28", "761", "2024-04-12T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_minne_molndal", ("Katarina Wall", "läkare"),
     "2024-04-10T10:00:00", "2024-04-10T10:40:00", OV, [
         ("Bedömning", "Sammantaget Alzheimers sjukdom i tidig fas, enligt neuropsykologisk testning, MR och likvor."),
         ("Planering", "Diagnosen har ännu inte framförts till patienten. Återbesök med pat och make 30/4 för diagnosbesked."),
     ])],
  [L101], [], "'diagnosen har ännu inte framförts till patienten'")

C("d47-nl101-njurcancer-lamnas-ej-ut-fore-aterbesok", "skane", "1963-10-31", "254", "2024-06-07T00:00:00",
  [N(N1, M, "Röntgensvar", "s_uro_hbg", ("Martin Jeppsson", "läkare"),
     "2024-06-05T14:10:00", None, OV, [
         ("Röntgen", "DT: 4 cm njurcancer i höger njure, inga tecken på spridning. Resultatet lämnas inte ut till patienten före återbesöket den 17/6."),
     ])],
  [L101], [], "unsigned; 'resultatet lämnas inte ut till patienten före återbesöket'")

C("d47-nl101-multi-n1-undanhaller-smacellig", "skane", "1953-12-20", "377", "2024-05-24T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_lung_lund", ("Per Ekdahl", "läkare"),
     "2024-05-20T16:00:00", "2024-05-20T16:10:00", OV, [
         ("Provsvar", "Bronkoskopi-PAD: småcellig lungcancer. Pat ej informerad, besked på videobesök i morgon enligt pat:s eget önskemål."),
     ]),
   N("n2", M, "Videobesök", "s_lung_lund", ("Per Ekdahl", "läkare"),
     "2024-05-21T10:00:00", "2024-05-21T10:50:00", OV, [
         ("Information", "Videobesök med pat och sonen. Har berättat att proverna visar småcellig lungcancer och vad det innebär."),
         ("Planering", "Remiss onkologen för cytostatika, kontaktsjuksköterska ringer i morgon."),
     ])],
  [L101], [], "the earlier note withheld the diagnosis; the later video note telling him does not clear the earlier note")

C("d47-nl101-epikris-lymfom-besked-pa-hematologen", "vgr", "1958-07-03", "393", "2024-05-06T00:00:00",
  [N(N1, M, "Epikris", "v_medavd_boras", ("Viktoria Eng", "läkare"),
     "2024-04-29T13:00:00", "2024-04-29T14:00:00", SV, [
         ("Epikris", "Inlagd för feber och nattsvettningar. DT visade förstorade lymfkörtlar i buken, biopsi tagen under vårdtiden. PAD kom efter utskrivningen och visar diffust storcelligt B-cellslymfom."),
         ("Information", "Pat ej informerad om PAD vid utskrivningen, besked ges på hematologmottagningen 3/5."),
     ])],
  [L101], [], "discharge summary names lymphoma; news left to the hematology visit")

C("d47-nl101-sederad-ej-informerad-om-blodning", "skane", "1968-01-17", "280", "2024-01-22T00:00:00",
  [N(N1, M, "Daganteckning", "s_nkir_lund", ("Ebba Lindkvist", "läkare"),
     "2024-01-19T09:00:00", "2024-01-19T09:40:00", SV, [
         ("Aktuellt", "Subaraknoidalblödning från aneurysm på a. communicans anterior, coilad igår. Pat sederad."),
         ("Information", "Pat ännu ej informerad om blödningen eller ingreppet. Maken informerad per telefon."),
     ])],
  [L101], [], "sedated patient not yet informed; only the husband knows")

C("d47-nl101-lada-besked-forst-vid-lakarbesok", "vgr", "1977-02-11", "858", "2024-02-16T00:00:00",
  [N(N1, M, "Provsvarsanteckning", "v_endo_boras", ("Marcus Holm", "läkare"),
     "2024-02-13T12:30:00", "2024-02-13T12:40:00", OV, [
         ("Lab", "GAD-ak starkt positiva, C-peptid lågt: typ 1-diabetes (LADA)."),
         ("Planering", "Besked om diagnosen ges först vid läkarbesöket på fredag, pat har inte fått veta detta."),
     ])],
  [L101], [], "'pat har inte fått veta detta' with a confirmed type 1 diabetes")

C("d47-nl101-sarkom-far-ej-delges-fore-konferens", "skane", "1999-05-22", "415", "2024-10-23T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_ortop_lund", ("Jesper Mattsson", "läkare"),
     "2024-10-21T13:30:00", "2024-10-21T13:50:00", OV, [
         ("Utredning", "MR och biopsi hö lår: mjukdelssarkom."),
         ("Planering", "Fyndet får inte delges pat innan sarkomkonferensen på onsdag, då behandlingsplanen ska vara klar."),
     ])],
  [L101], [], "'får inte delges pat innan' a conference")

C("d47-nl101-inte-hunnit-beratta-kardiomyopati", "vgr", "2003-08-08", "199", "2024-08-14T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_kard_su", ("Selma Wester", "läkare"),
     "2024-08-12T16:15:00", "2024-08-12T16:25:00", OV, [
         ("Ultraljud", "Ultraljudet av hjärtat visar hypertrofisk kardiomyopati med septum 19 mm."),
         ("Planering", "Vi har inte hunnit berätta detta för patienten, som rings upp av kardiolog i veckan."),
     ])],
  [L101], [], "'vi har inte hunnit berätta detta för patienten'")

C("d47-nl101-barnlakare-foraldrarna-far-beskedet-pa-besok", "skane", "2018-07-27", "604", "2024-07-31T00:00:00",
  [N(N1, M, "Provsvarsanteckning", "s_barnmott_ystad", ("Jonna Sjöberg", "läkare"),
     "2024-07-29T14:00:00", "2024-07-29T14:10:00", OV, [
         ("Provsvar", "Svettest: klorid 92 mmol/l. Genetisk analys visar två CFTR-mutationer, cystisk fibros."),
         ("Planering", "Familjen är inte informerad ännu och ska få beskedet vid besök hos barnläkare och CF-team på måndag, inte per telefon."),
     ])],
  [L101], [], "child (guardians read): cystic fibrosis written while the family is not yet informed")

# =====================================================================
# NL101 — must_not
# =====================================================================

C("d47-nl101-informerad-idag-pa-videobesok", "skane", "1979-04-05", "632", "2024-04-10T00:00:00",
  [N(N1, M, "Videobesök", "s_reuma_lund", ("Kerstin Hägg", "läkare"),
     "2024-04-08T15:00:00", "2024-04-08T15:40:00", OV, [
         ("Information", "Informerade dig på videobesöket idag om att proverna visar ledgångsreumatism. Du fick skriftlig information om metotrexat via 1177."),
         ("Planering", "Metotrexat 15 mg en gång i veckan, folsyra. Prover efter 4 v."),
     ])],
  [], [L101, L102], "told on today's video visit")

C("d47-nl101-informerad-vid-tidigare-besok", "vgr", "1966-09-14", "508", "2024-04-05T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "v_brost_su", ("Johanna Fors", "läkare"),
     "2024-04-02T09:30:00", "2024-04-02T10:15:00", OV, [
         ("Aktuellt", "Pat informerades om diagnosen bröstcancer vid besöket 12/3 och kommer nu för genomgång inför operationen."),
         ("Planering", "Sektorresektion vä + portvaktskörtel 18/4. Kontaktsjuksköterska Lena nås via 1177."),
     ])],
  [], [L101], "told at an earlier visit")

C("d47-nl101-utkast-opdatum-ej-meddelat", "skane", "1973-02-27", "165", "2024-03-01T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "s_kir_csk", ("Anders Wikman", "läkare"),
     "2024-02-28T11:00:00", None, OV, [
         ("Bedömning", "Gallsten med upprepade smärtattacker, planeras för titthålsoperation."),
         ("Planering", "Op-datum ännu ej meddelat pat, kallelse skickas när datum finns."),
     ])],
  [], [L101], "unsigned; what is not yet told is the operation date, not the diagnosis")

C("d47-nl101-inte-hunnit-beratta-vilken-behandling", "vgr", "1959-06-24", "174", "2024-06-28T00:00:00",
  [N(N1, M, "Digital vårdkontakt", "v_reuma_skovde", ("Pia Grönlund", "läkare"),
     "2024-06-26T13:00:00", "2024-06-26T13:15:00", OV, [
         ("Svar till patient", "Du har gikt, vilket vi pratade om vid förra besöket. Vi har inte hunnit berätta för dig vilken förebyggande behandling som blir aktuell, eftersom vi väntar på njurproverna."),
     ])],
  [], [L101], "'vi har inte hunnit berätta för dig' concerns the treatment; the diagnosis was told earlier")

C("d47-nl101-ej-informerad-om-remiss", "skane", "1960-12-16", "299", "2024-12-18T00:00:00",
  [N(N1, M, "Läkaranteckning", "s_kard_hbg", ("Lotta Sundberg", "läkare"),
     "2024-12-16T10:00:00", "2024-12-16T10:10:00", OV, [
         ("Bedömning", "Känt hjärtflimmer sedan 2021 med ökande attacker trots Metoprolol."),
         ("Åtgärd", "Remiss till arytmimottagningen i Lund för bedömning av ablation; pat ännu ej informerad om att remissen skickats."),
     ])],
  [], [L101], "untold item is that a referral was sent")

C("d47-nl101-normalt-ultraljud-ej-meddelat", "vgr", "1991-05-03", "326", "2024-05-08T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_kvinno_kungalv", ("Hanna Berntsson", "läkare"),
     "2024-05-06T15:20:00", "2024-05-06T15:30:00", OV, [
         ("Aktuellt", "Endometrios sedan 2020, ökad smärta senaste månaderna."),
         ("Utredning", "Vaginalt ultraljud: normal livmoder och normala äggstockar, ingen cysta. Ej meddelat pat ännu, svar skickas via 1177 i morgon."),
     ])],
  [], [L101], "known diagnosis; what is untold is a normal ultrasound")

C("d47-nl101-th-mall-skane-misstankt-als-ej-informerad", "skane", "1961-04-29", "713", "2024-05-03T00:00:00",
  [N(N1, M, "Tidiga hypoteser", "s_neuro_lund", ("Mats Roslund", "läkare"),
     "2024-04-30T14:00:00", "2024-04-30T14:15:00", OV, [
         ("Bedömning", "Misstänkt ALS utifrån EMG med utbredda denervationstecken. Pat ej informerad, ny bedömning efter kompletterande EMG."),
     ])],
  [], [L101, L102], "Skåne template Tidiga hypoteser holds the untold suspicion")

C("d47-nl101-th-sokord-vgr-lungcancer-ej-informerad", "vgr", "1952-11-07", "631", "2024-11-13T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "v_lung_boras", ("Ulf Nordqvist", "läkare"),
     "2024-11-11T10:00:00", "2024-11-11T10:30:00", OV, [
         ("Aktuellt", "Återbesök efter bronkoskopi. Mår bra, lite hosta efter undersökningen."),
         ("Tidiga hypoteser", "PAD preliminärt talande för småcellig lungcancer, ej slutgiltigt; pat ej informerad innan kompletterande färgningar är klara."),
         ("Planering", "Nytt besök när alla svar kommit, beräknat om en vecka."),
     ])],
  [], [L101, L102], "VGR: untold diagnosis only under the protected sökord")

C("d47-nl101-barnen-vet-inte-annu", "skane", "1975-07-18", "242", "2024-07-23T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "s_brost_malmo", ("Karin Ahlström", "läkare"),
     "2024-07-19T10:30:00", "2024-07-19T11:20:00", OV, [
         ("Information", "Pat informerad om att biopsin visar bröstcancer. Hon vill själv berätta för barnen, som inte vet något ännu."),
     ])],
  [], [L101], "patient told; only her children are not")

C("d47-nl101-hustrun-ej-informerad", "vgr", "1954-03-19", "771", "2024-03-26T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "v_uro_lidkoping", ("Roger Almqvist", "läkare"),
     "2024-03-22T13:00:00", "2024-03-22T13:30:00", OV, [
         ("Information", "Gått igenom PAD med pat: prostatacancer, låg risk. Hustrun ännu ej informerad på pat:s egen begäran."),
         ("Planering", "Aktiv monitorering, PSA var 6:e mån."),
     ])],
  [], [L101], "wife not informed at the patient's wish; patient told")

C("d47-nl101-inget-sagt-om-information-hjartsvikt", "vgr", "1948-10-12", "214", "2024-10-17T00:00:00",
  [N(N1, M, "Videobesök", "v_hjart_alingsas", ("Björn Lundh", "läkare"),
     "2024-10-15T09:20:00", "2024-10-15T09:45:00", OV, [
         ("Aktuellt", "Hjärtsvikt med nedsatt pumpförmåga, EF 35 %. Mindre andfådd sedan Entresto höjdes."),
         ("Planering", "Höjer Entresto till 97/103 mg x 2. Krea och kalium om 2 v."),
     ])],
  [], [L101, L102], "confirmed diagnosis, nothing said about telling")

C("d47-nl101-multi-n2-nu-informerad-om-njurcancer", "skane", "1956-02-06", "488", "2024-03-15T00:00:00",
  [N(N1, M, "Röntgensvar", "s_uro_malmo", ("Eva Lindh", "läkare"),
     "2024-03-08T15:00:00", "2024-03-08T15:10:00", OV, [
         ("Röntgen", "DT buk: 5 cm tumör i vänster njure förenlig med njurcancer. Pat ej informerad, besked vid besök 13/3."),
     ]),
   N("n2", M, "Mottagningsanteckning", "s_uro_malmo", ("Eva Lindh", "läkare"),
     "2024-03-13T09:00:00", "2024-03-13T09:50:00", OV, [
         ("Information", "Pat och dotter informerade om att skiktröntgen visar njurcancer i vänster njure och att operation rekommenderas."),
         ("Planering", "Nefrektomi vä planeras, anestesibedömning bokad."),
     ])],
  [], [("NL101", "n2")], "the later note records that the patient has now been told")

C("d47-nl101-prognosen-vill-hon-inte-diskutera", "vgr", "1960-08-21", "665", "2024-08-28T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_onk_boras", ("Ann-Sofie Klint", "läkare"),
     "2024-08-26T14:00:00", "2024-08-26T14:45:00", OV, [
         ("Information", "Pat informerad om att cancern i tjocktarmen har spridit sig till lungorna. Prognosen vill hon inte diskutera i dag, det får vänta till nästa samtal."),
     ])],
  [], [L101], "patient told the diagnosis; only the prognosis talk waits")

C("d47-nl101-svar-via-1177-glutenintolerans", "vgr", "1998-12-03", "247", "2024-12-10T00:00:00",
  [N(N1, M, "1177 e-tjänst", "v_gastro_boras", ("Frida Olsson", "läkare"),
     "2024-12-06T10:30:00", "2024-12-06T10:40:00", OV, [
         ("Åtgärd", "Svar skickat via 1177: biopsierna från tunntarmen visar glutenintolerans (celiaki). Pat erbjuds dietistkontakt och hör själv av sig för tid."),
     ])],
  [], [L101], "diagnosis told in the 1177 reply")

C("d47-nl101-typo-ringt-och-meddlat-basaliom", "skane", "1949-11-23", "312", "2024-11-27T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_hud_lund", ("Sven Ålund", "läkare"),
     "2024-11-25T11:40:00", "2024-11-25T11:50:00", OV, [
         ("Telefonkontakt", "Ringt pat och meddlat att hudbiopsin från näsan visade basalcellscancer (basaliom). Operation planeras på mottagningen, kallelse kommer."),
     ])],
  [], [L101], "told by phone today (typo 'meddlat')")

C("d47-nl101-odlingssvar-saknas-kan-inte-ge-besked", "vgr", "1970-04-18", "590", "2024-04-23T00:00:00",
  [N(N1, M, "Telefonuppföljning", "v_infekt_skovde", ("Kevin Sandberg", "läkare"),
     "2024-04-19T13:00:00", "2024-04-19T13:10:00", OV, [
         ("Telefonkontakt", "Lunginflammationen är bättre på antibiotika, feberfri sedan två dagar. Odlingssvaret har inte kommit, så vi kan inte ge pat besked om vilken bakterie det är ännu."),
     ])],
  [], [L101], "what cannot be told yet is a pending culture, not a diagnosis")

C("d47-nl101-foraldrarna-far-inte-veta-klamydia", "skane", "2006-09-30", "408", "2024-10-04T00:00:00",
  [N(N1, M, "Telefonanteckning", "s_kvinno_csk", ("Lena Björklund", "barnmorska"),
     "2024-10-02T15:30:00", "2024-10-02T15:40:00", OV, [
         ("Telefonkontakt", "Klamydia positiv. Pat informerad per telefon och behandlad med doxycyklin. Hon vill inte att föräldrarna får veta, vilket respekteras."),
     ])],
  [], [L101], "17-year-old told; parents not told at her wish")

C("d47-nl101-besked-fran-annat-sjukhus", "vgr", "1957-01-25", "183", "2024-04-16T00:00:00",
  [N(N1, M, "Läkaranteckning", "v_lung_uddevalla", ("Gustaf Berg", "läkare"),
     "2024-04-12T10:00:00", None, OV, [
         ("Anamnes", "Pat har fått besked om lungcancer av lungläkare på Sahlgrenska 2/4 och remitteras hit för fortsatt vård närmare hemmet."),
     ])],
  [], [L101], "unsigned; the diagnosis was told earlier at another hospital")

C("d47-nl101-kallelse-ej-skickad-ms", "skane", "1987-07-09", "521", "2024-07-12T00:00:00",
  [N(N1, M, "Sjuksköterskeanteckning", "s_neuro_lund", ("Moa Pettersson", "sjuksköterska"),
     "2024-07-10T09:00:00", "2024-07-10T09:05:00", OV, [
         ("Planering", "Känd MS sedan 2018, stabil på Ocrevus. Kallelse till nästa infusion ej skickad ännu, pat har inte fått tiden."),
     ])],
  [], [L101], "what the patient has not got is an appointment time")

C("d47-nl101-typo-infromerad-kll", "vgr", "1951-05-15", "392", "2024-05-22T00:00:00",
  [N(N1, M, "Mottagningsanteckning", "v_hemat_su", ("Nadia Karimi", "läkare"),
     "2024-05-20T14:30:00", "2024-05-20T15:05:00", OV, [
         ("Information", "Pat infromerad om att benmärgsprovet visar kronisk lymfatisk leukemi (KLL). Ingen behandling behövs nu, kontroller var 3:e månad."),
     ])],
  [], [L101], "told today (typo 'infromerad')")

C("d47-nl101-ej-informerad-att-cancer-uteslutits", "skane", "1955-10-04", "626", "2024-10-11T00:00:00",
  [N(N1, M, "Provsvarsanteckning", "s_kvinno_hbg", ("Elisabet Norén", "läkare"),
     "2024-10-08T16:00:00", "2024-10-08T16:05:00", OV, [
         ("Provsvar", "Kontroll efter blödning efter klimakteriet. Känd sockersjuka typ 2. PAD från skrapet visar normal slemhinna utan tecken på cancer. Pat ej informerad ännu, ringer henne i morgon."),
     ])],
  [], [L101], "what is untold is a reassuring result; the only diagnosis (diabetes) is known")

C("d47-nl101-vi-berattade-for-dig-i-telefon", "vgr", "1988-02-29", "451", "2024-03-04T00:00:00",
  [N(N1, M, "Digital vårdkontakt", "v_endo_boras", ("Maja Ringström", "läkare"),
     "2024-03-01T11:00:00", "2024-03-01T11:20:00", OV, [
         ("Svar till patient", "Som vi berättade för dig i telefon i förrgår visar proverna att sköldkörteln är överaktiv (Graves sjukdom). Här kommer den skriftliga sammanfattningen du bad om."),
         ("Planering", "Tiamazol 20 mg x 1, nya prover om 4 v."),
     ])],
  [], [L101], "du-form note: the patient was told by phone two days earlier")

C("d47-pmo-psa-talar-for-prostatacancer", "skane", "1952-08-03", "359", "2024-08-09T00:00:00",
  [N(N1, P, "Provsvar", "p_bjuv", ("Stefan Eld", "läkare"),
     "2024-08-07T10:00:00", "2024-08-07T10:10:00", OV, [
         ("Provsvar", "PSA 38, MR prostata talar för prostatacancer. Pat ej informerad, ringer honom i morgon."),
     ])],
  [], [L102], "PMO: a hedged diagnosis is not shown (NL101 not asserted on PMO)")


# =====================================================================
# validation
# =====================================================================

def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    d = datetime.date.fromisoformat(when[:10])
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def luhn_ok(pid):
    digits = pid.replace("-", "")[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return luhn_digit(digits[:9]) == digits[9]


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def validate(cases):
    errs = []
    names = set()
    whys = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if set(c) != KEYS:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("duplicate case %s" % n)
        names.add(n)
        if not n.startswith("d47-"):
            errs.append("%s: name must start with d47-" % n)
        if c["why"] in whys:
            errs.append("%s: duplicate why" % n)
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        rec = c["record"]
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not luhn_ok(pid):
            errs.append("%s: Luhn %s" % (n, pid))
        if pid[:8] != birth.replace("-", ""):
            errs.append("%s: pnr/birth mismatch" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s not empty" % (n, k))
        times = [rec["as_of"]]
        notes = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            if note["id"] in notes:
                errs.append("%s: duplicate note id" % n)
            notes[note["id"]] = note
            if note["system"] not in (M, P):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != M:
                errs.append("%s: VGR note not Melior" % n)
            if note["system"] == P and c["ruleset"] != "skane":
                errs.append("%s: PMO outside Skåne" % n)
            for t in (note["time"], note["signed"]):
                if t is None:
                    continue
                if not t.startswith("2024-"):
                    errs.append("%s: date not 2024: %s" % (n, t))
                datetime.datetime.fromisoformat(t)
                times.append(t)
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append("%s: signed before written" % n)
            if note["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % n)
            hsa = note["unit"]["hsa_id"]
            if c["ruleset"] == "skane" and not hsa.startswith("SE2321000255-"):
                errs.append("%s: Skåne HSA" % n)
            if c["ruleset"] == "vgr" and not hsa.startswith("SE2321000131-"):
                errs.append("%s: VGR HSA" % n)
            for s in note["sections"]:
                if not s["keyword"] or not s["text"].strip():
                    errs.append("%s: empty section" % n)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen:
                            errs.append("%s: sentence repeated (also in %s): %r" % (n, seen[sent], sent))
                        seen.setdefault(sent, n)
        for t in times:
            a = age_at(birth, t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d at %s" % (n, a, t))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: code listed twice" % n)
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (n, code))
            if target not in notes:
                errs.append("%s: target %s missing" % (n, target))
                continue
            sysname = notes[target]["system"]
            if code == "NL102" and (code, target) in [tuple(x) for x in c["must"]] and sysname != M:
                errs.append("%s: NL102 must on non-Melior" % n)
            if code == "NL101" and sysname == P:
                errs.append("%s: NL101 asserted on PMO" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(counts):
        print("%s must=%d must_not=%d" % (code, counts[code]["must"], counts[code]["must_not"]))


if __name__ == "__main__":
    main()
