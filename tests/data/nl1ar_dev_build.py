#!/usr/bin/env python3
"""Gold cases nl1ar_dev_cases: NL101 (and some NL102) written the way charts say it.

Dependency-free. Writes nl1ar_dev_cases.jsonl beside this file and validates it; exits 1 on any
problem. Deterministic output.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1ar_dev_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "s_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-4104"),
    "s_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4113"),
    "s_uro_mmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4102"),
    "s_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4108"),
    "s_lung_lund": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-4103"),
    "s_nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4121"),
    "s_ger_mmo": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4111"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4101"),
    "s_brost_mmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4115"),
    "s_uro_csk": ("Urologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-4122"),
    "s_onh_hbg": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-4112"),
    "s_iva_hlm": ("Intensivvårdsavdelningen, Hässleholms sjukhus", "SE2321000255-4109"),
    "s_neuro_mmo": ("Neurologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4106"),
    "s_ort_ang": ("Ortopediska kliniken, Ängelholms sjukhus", "SE2321000255-4116"),
    "s_med_csk": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-4105"),
    "s_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4123"),
    "s_med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-4124"),
    "s_diab_hbg": ("Diabetesmottagningen, Helsingborgs lasarett", "SE2321000255-4125"),
    "s_kard_lund": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4118"),
    "s_mammo_mmo": ("Mammografiavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4126"),
    "s_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4127"),
    "s_med_ystad_avd": ("Medicinavdelning 4, Lasarettet i Ystad", "SE2321000255-4128"),
    "s_onk_csk": ("Onkologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4129"),
    "s_kvk_ystad": ("Kvinnokliniken, Lasarettet i Ystad", "SE2321000255-4107"),
    "s_med_csk_th": ("Medicinkliniken avd 12, Centralsjukhuset Kristianstad", "SE2321000255-4130"),
    "s_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-4131"),
    "s_kir_trg": ("Kirurgiska kliniken, Lasarettet Trelleborg", "SE2321000255-4132"),
    "s_kir_mmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4133"),
    "s_reuma_lund": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4134"),
    "s_gyn_hbg": ("Gynekologiska mottagningen, Helsingborgs lasarett", "SE2321000255-4135"),
    "s_ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4136"),
    "s_gastro_mmo": ("Gastroenterologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4117"),
    "s_brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-4137"),
    "s_lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-4138"),
    "s_med_lkr": ("Medicinkliniken, Lasarettet i Landskrona", "SE2321000255-4139"),
    "s_onh_csk": ("ÖNH-mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4140"),
    "s_endo_mmo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-4141"),
    "s_med_hlm": ("Medicinkliniken, Hässleholms sjukhus", "SE2321000255-4142"),
    # Region Skåne, PMO (primary care)
    "p_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-5201"),
    "p_hsv_eslov": ("Hemsjukvården Eslöv", "SE2321000255-5203"),
    # Västra Götalandsregionen, Melior
    "v_kir_nal": ("Kirurgkliniken, NÄL Trollhättan", "SE2321000131-E000000007301"),
    "v_brost_su": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007302"),
    "v_gynonk_su": ("Gynekologisk onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007303"),
    "v_civa_su": ("Centralintensiven, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007304"),
    "v_endo_udd": ("Endokrinmottagningen, Uddevalla sjukhus", "SE2321000131-E000000007305"),
    "v_akm_ost": ("Akutmottagningen, Östra sjukhuset", "SE2321000131-E000000007306"),
    "v_med_bor": ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007307"),
    "v_onk_su": ("Jubileumskliniken (onkologi), Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007308"),
    "v_ger_mdl": ("Minnesmottagningen, Geriatrik Mölndals sjukhus", "SE2321000131-E000000007309"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007310"),
    "v_inf_ost": ("Infektionskliniken, Östra sjukhuset", "SE2321000131-E000000007311"),
    "v_lung_su": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007312"),
    "v_uro_skv": ("Urologiska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000007313"),
    "v_med_als": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000007314"),
    "v_gastro_ost": ("Gastromottagningen, Östra sjukhuset", "SE2321000131-E000000007315"),
    "v_kir_lkp": ("Kirurgmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000007316"),
    "v_minne_sas": ("Minnesmottagningen, Södra Älvsborgs Sjukhus", "SE2321000131-E000000007317"),
    "v_hem_su": ("Hematologisektionen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007318"),
    "v_kir_bor": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007319"),
    "v_neuro_skv": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000007320"),
    "v_kard_nal": ("Kardiologmottagningen, NÄL Trollhättan", "SE2321000131-E000000007321"),
    "v_hud_als": ("Hudmottagningen, Alingsås lasarett", "SE2321000131-E000000007322"),
    "v_lung_skv": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000007323"),
    "v_ort_mdl": ("Ortopedkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000007324"),
    "v_med_bor2": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007325"),
    "v_gen_su": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007326"),
    "v_kir_kgv": ("Kirurgkliniken, Kungälvs sjukhus", "SE2321000131-E000000007327"),
    "v_med_skv": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000007328"),
    "v_kvk_kgv": ("Kvinnokliniken, Kungälvs sjukhus", "SE2321000131-E000000007329"),
    "v_neuro_sas": ("Neurologmottagningen, Södra Älvsborgs Sjukhus", "SE2321000131-E000000007330"),
    "v_kir_als": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000007331"),
    "v_reuma_udd": ("Reumatologmottagningen, Uddevalla sjukhus", "SE2321000131-E000000007332"),
}

L, S, SEK, USK = "läkare", "sjuksköterska", "sekreterare", "undersköterska"


def iso(t):
    """'2024-04-12 14:05' -> '2024-04-12T14:05:00'; None stays None."""
    if t is None:
        return None
    return t.replace(" ", "T") + ":00"


def note(nid, template, unit, author, role, time, signed, sections,
         setting="öppenvård", system="Melior", refs=()):
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(time), "signed": iso(signed), "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def case(name, ruleset, pnr, notes, must, must_not, why):
    CASES.append({"name": name, "ruleset": ruleset, "pnr": pnr, "notes": notes,
                  "must": must, "must_not": must_not, "why": why})


A1 = ["NL101", "n1"]   # shorthand targets
B1 = ["NL102", "n1"]

# =====================================================================
# NL101 positives: result arrived after the visit / lab list
# =====================================================================
case("kir-rektum-pad-efter-besoket", "skane", "19531024-6276", [
    note("n1", "Provsvarsanteckning", "s_kir_hbg", "Jonas Berglund", L,
         "2024-04-04 16:10", "2024-04-04 16:40", [
             ("Provsvar", "PAD från koloskopin 2/4, biopsier 25 cm ab ano: adenocarcinom, måttligt differentierat."),
             ("Bedömning", "Rektalcancer. Svaret kom efter att pat lämnat mottagningen och han är därför ej informerad. DT thorax-buk beställd, anmäls till MDK."),
             ("Planering", "Kallas till ssk + läk v 16 för besked. Kontaktssk Lena meddelad."),
         ])],
    [A1], [B1],
    "PAD arrived after the patient left; rectal cancer written in Bedömning with 'ej informerad'")

case("hem-lablista-aml-ej-nadd", "skane", "19640501-7705", [
    note("n1", "Telefonanteckning", "s_hem_lund", "Karin Wahlgren", L,
         "2024-02-13 08:20", "2024-02-13 08:45", [
             ("Telefonkontakt", "Labblistan från igår em genomgången. Diffen visar 38 % blaster, LPK 41, flödescytometri bekräftar AML. "
              "Pat hade åkt hem från dagvården innan svaret kom. Sökt på mobilen x2 utan svar – alltså ännu ej informerad om leukemin. "
              "Nytt försök kl 10, därefter via maken (nr i kontaktuppg.). Vårdplats avd 41 förvarnad."),
         ])],
    [A1], [],
    "AML from the lab list after the patient went home; patient not reached, not informed")

case("kir-informerad-pad-ej-om-levermetastaser", "vgr", "19561017-6199", [
    note("n1", "Läkaranteckning", "v_kir_nal", "Per Hallin", L,
         "2024-04-18 10:30", "2024-04-18 12:05", [
             ("Aktuellt", "Återbesök 3 v efter laparoskopisk hö-sidig hemikolektomi. Sårläkning ua, äter och går."),
             ("Information", "Informerad om PAD, coloncancer pT3N1a, radikalt opererad. Ej informerad om spridningen till levern "
              "(två metastaser seg VII och VIII på DT 28/3) – pat hade svårt att ta in mer idag, tas upp 2/5 tillsammans med kontaktsjuksköterska."),
             ("Bedömning", "Coloncancer stadium IV med levermetastaser. Anmäls till lever-MDK."),
         ])],
    [A1], [B1],
    "'informerad om PAD, ej om spridningen': the untold liver metastases are in a visible section")

case("uro-prostatacancer-besked-vid-aterbesok", "skane", "19500802-2179", [
    note("n1", "Provsvarsanteckning", "s_uro_mmo", "Mikael Strand", L,
         "2024-03-27 15:00", "2024-03-27 15:20", [
             ("PAD", "Prostatabiopsier x 12: acinärt adenocarcinom Gleason 4+4=8 (ISUP 4) i 6/12, max tumörlängd 9 mm."),
             ("Bedömning", "Prostatacancer, högrisk. Pat har ännu inte fått besked, det meddelas vid återbesöket 15/4 hos undertecknad. Skelettscint och PSMA-PET beställda."),
         ])],
    [A1], [B1],
    "telling planned at a later visit: 'har ännu inte fått besked'")

case("brost-cytologi-ringer-imorgon", "vgr", "19700425-7684", [
    note("n1", "Läkaranteckning", "v_brost_su", "Sofia Engdahl", L,
         "2024-05-06 17:05", "2024-05-06 17:30", [
             ("Provsvar", "Cytologi från den 2 cm stora knutan i vä bröst kl 2: maligna celler, förenligt med bröstcancer. Mellannålsbiopsi för receptorstatus tagen vid besöket."),
             ("Planering", "Pat ej informerad ännu. Jag ringer henne imorgon förmiddag som vi kom överens om vid besöket, därefter tid hos bröstkirurg."),
         ])],
    [A1], [],
    "telling planned by phone tomorrow; malignant cytology of a breast lump in visible text")

case("hud-basaliom-svar-per-brev", "skane", "19310226-1066", [
    note("n1", "Provsvarsanteckning", "s_hud_lund", "Johan Nyqvist", L,
         "2024-01-22 13:40", "2024-01-22 13:45", [
             ("PAD", "Basalcellscancer, nodulär typ, hö kind. Radikalt exciderad, minsta marginal 2 mm."),
             ("Åtgärd", "Pat ej informerad, brev m svaret skickas idag. Ingen ytterl åtgärd, ingen uppföljning behövs."),
         ])],
    [A1], [B1],
    "telling by letter: basal cell carcinoma written while the patient is not yet informed")

case("lung-smacellig-besked-av-remittent", "skane", "19451022-9851", [
    note("n1", "Läkaranteckning", "s_lung_lund", "Anders Rydén", L,
         "2024-04-09 14:15", "2024-04-09 15:00", [
             ("Undersökning", "Bronkoskopi 8/4, biopsier hö ovanlobsbronk."),
             ("PAD", "Småcellig lungcancer."),
             ("Bedömning", "Enligt överenskommelse med remittenten, dr Ek på medicinkliniken CSK där pat ligger inne, ges beskedet av honom. "
              "Pat har alltså inte informerats av oss. Kopia till remittent, anmäld till lung-MDK torsdag."),
         ])],
    [A1], [],
    "another clinic will tell; small cell lung cancer written here while patient not informed")

case("gynonk-tolk-uteblev-ovarialcancer", "vgr", "19570822-1261", [
    note("n1", "Läkaranteckning", "v_gynonk_su", "Maria Lind", L,
         "2024-03-14 11:00", "2024-03-14 11:50", [
             ("Besöksorsak", "Planerat besked efter diagnostisk laparoskopi. Pat talar arabiska, beställd tolk uteblev. "
              "Maken erbjöd sig att tolka men det bedöms olämpligt vid besked av den här arten."),
             ("PAD", "Höggradig serös ovarialcancer med peritoneala metastaser."),
             ("Bedömning", "Pat ej informerad om PAD idag. Ny tid fredag 10.30 med kontakttolk på plats, kontaktssk informerad."),
         ])],
    [A1], [B1],
    "interpreter did not come, so ovarian cancer is not yet told; written in PAD/Bedömning")

case("nkir-glioblastom-vantar-pa-sonen", "skane", "19620911-3692", [
    note("n1", "Läkaranteckning", "s_nkir_lund", "Erik Sandell", L,
         "2024-02-26 09:30", "2024-02-26 10:10", [
             ("PAD", "Efter stereotaktisk biopsi: glioblastom, IDH-vildtyp, CNS WHO grad 4."),
             ("Information", "Pat har tidigare uttryckt att han vill ha sonen med när besked ges. Sonen bor i Umeå och kommer på onsdag. "
              "Besked ej lämnat än – planerat onsdag 13.00 med kontaktsjuksköterska, samtalsrum bokat."),
         ])],
    [A1], [B1],
    "telling waits for a relative the patient wants present; glioblastoma in a visible section")

case("iva-sederad-mediainfarkt", "vgr", "19550515-3840", [
    note("n1", "Daganteckning", "v_civa_su", "Henrik Boström", L,
         "2024-01-09 15:20", "2024-01-09 16:00", [
             ("Status", "Sederad, RASS -4, respiratorbehandlad. Pupiller lika, ljusreaktion +. Cirk stabil på låg dos noradrenalin."),
             ("Bedömning", "DT hjärna idag visar utbredd vänstersidig mediainfarkt med begynnande ödem. Pat ej informerad om fyndet pga sedering. "
              "Maken informerad per telefon kl 14 av undertecknad."),
         ], setting="slutenvård")],
    [A1], [B1],
    "sedated patient not informed about the infarct, only the husband; still NL101")

case("ger-delirium-pankreastumor-dottern", "skane", "19361226-8619", [
    note("n1", "Daganteckning", "s_ger_mmo", "Ulla Persson", L,
         "2024-05-21 13:10", "2024-05-21 13:55", [
             ("Aktuellt", "Fortsatt fluktuerande konfusion, plockig natt enl nattpersonal. Äter dåligt."),
             ("Röntgen", "DT buk: 4 cm tumör i pankreashuvudet med multipla levermetastaser."),
             ("Bedömning", "Pat konfusorisk, ej möjligt att informera om fynden idag. Dottern Eva informerad per tel, hon vill vara med när pappa får veta. "
              "Nytt försök när pat är klarare."),
         ], setting="slutenvård")],
    [A1], [],
    "confused patient: pancreatic tumour with liver metastases told to the daughter only")

case("endo-thyreoideacancer-pat-i-thailand", "vgr", "19790822-7221", [
    note("n1", "Telefonanteckning", "v_endo_udd", "Lars Ekholm", L,
         "2024-05-02 10:45", "2024-05-02 11:00", [
             ("Telefonkontakt", "Svar FNP hö thyroidealob: papillär thyreoideacancer (Bethesda VI). Ringt pat – befinner sig i Thailand t.o.m. 20/5 "
              "och vill inte ta emot svar på telefon där. Hon vet alltså ännu inte vad provet visade."),
             ("Planering", "Tid 22/5 kl 9 för besked. Remiss till endokrinkirurgen skickas redan nu."),
         ])],
    [A1], [],
    "patient abroad, telling postponed to a visit after return; thyroid cancer in visible text")

case("onk-avbojer-dt-svar-efter-brollop", "skane", "19651003-6723", [
    note("n1", "Läkaranteckning", "s_onk_lund", "Helena Ström", L,
         "2024-05-08 14:00", "2024-05-08 14:40", [
             ("Samtal", "Pat säger tydligt att hon inte vill veta svaret på DT förrän efter dotterns bröllop 8/6. Respekteras. Hon vet att svaret finns."),
             ("DT thorax-buk 2/5", "Progress med flera nya lungmetastaser, största 14 mm. Oförändrad levermetastas."),
             ("Planering", "Fortsätter pågående behandling fram till återbesök 11/6, då besked ges och byte av linje diskuteras."),
         ])],
    [A1], [],
    "patient declined to hear the result; new lung metastases written in a visible section")

case("akm-skugga-pa-lungan-vc-tar-samtalet", "vgr", "19530226-7413", [
    note("n1", "Akutanteckning", "v_akm_ost", "Olof Fredriksson", L,
         "2024-02-03 22:40", "2024-02-04 01:15", [
             ("Kontaktorsak", "Hosta 3 v, feber sedan 4 dgr."),
             ("Rtg", "Rtg pulm: infiltrat vä underlob. Dessutom rund skugga ca 3 cm i hö ovanlob, tumörsuspekt."),
             ("Bedömning", "Pneumoni vä. Misstänkt lungtumör hö. Pat ej informerad om det senare fyndet på akuten då han var mycket trött och ensam. "
              "Remiss lungmottagningen, info till VC-läkaren som tar samtalet med pat inom en vecka."),
         ])],
    [A1, B1], [],
    "'skugga på lungan' suspected tumour left untold at the ER: NL101 and hedged (NL102)")

case("mammo-birads5-besked-samlat", "skane", "19491203-4347", [
    note("n1", "Läkaranteckning", "s_brost_mmo", "Eva Lundgren", L,
         "2024-03-28 12:15", "2024-03-28 12:50", [
             ("Undersökning", "Mammografi + UL: oregelbunden förändring i hö bröst kl 10, 14 mm, BI-RADS 5. Axill ua."),
             ("Åtgärd", "Mellannålsbiopsi x 3 tagen. Pat ej informerad om fyndet idag; hela beskedet lämnas samlat hos bröstkirurg 16/4 när PAD finns."),
         ])],
    [A1], [],
    "finding in prose (BI-RADS 5 'förändring') deliberately left untold until a later visit")

case("uro-psa-misstankt-skelettspridning", "skane", "19361227-5218", [
    note("n1", "Telefonanteckning", "s_uro_csk", "Nils Åkesson", L,
         "2024-04-23 16:30", "2024-04-23 16:35", [
             ("Provsvar", "Förhöjt PSA 86 med misstänkt spridning till skelettet enl. skelettscint (upptag th 9 och i bäckenet). "
              "Pat ej underrättad om scint-svaret, kallas till läkarbesök nästa vecka. Bicalutamid ej insatt ännu."),
         ])],
    [A1, B1], [],
    "'förhöjt PSA med misstänkt spridning' untold: NL101 plus hedged metastasis (NL102)")

case("med-lever-inger-misstanke-metastaser", "vgr", "19531122-8307", [
    note("n1", "Läkaranteckning", "v_med_bor", "Anna-Karin Holm", L,
         "2024-01-30 11:05", "2024-01-30 11:40", [
             ("UL buk", "Multipla hypoekogena förändringar i levern som inger misstanke om metastaser, primärtumör okänd."),
             ("Bedömning", "Pat ej informerad om misstanken. DT thorax-buk bokad fredag, samtal med pat när DT-svar finns."),
         ], setting="slutenvård")],
    [A1, B1], [],
    "suspected liver metastases described as 'förändringar' and not told; also a hedged diagnosis")

# =====================================================================
# multi-note records: a later note tells
# =====================================================================
case("onh-tonsillcancer-senare-telefon-besked", "skane", "19670219-7671", [
    note("n1", "Provsvarsanteckning", "s_onh_hbg", "Kristina Borg", L,
         "2024-03-11 15:45", "2024-03-11 16:00", [
             ("PAD", "Tonsill hö: skivepitelcancer, p16-positiv."),
             ("Bedömning", "Pat ej informerad, nås ej på telefon idag. Försöker igen imorgon."),
         ]),
    note("n2", "Telefonanteckning", "s_onh_hbg", "Kristina Borg", L,
         "2024-03-12 09:10", "2024-03-12 09:30", [
             ("Telefonkontakt", "Nått pat. Informerad om att biopsin visar tonsillcancer, p16-positiv, och att utredningen fortsätter med PET-DT. Frågor besvarade, kontaktssk ringer honom i eftermiddag."),
         ])],
    [A1], [["NL101", "n2"]],
    "two notes: the first says not informed (NL101), the next-day phone note tells (no NL101)")

case("mdk-pankreas-kirurg-informerar-senare", "vgr", "19610318-7800", [
    note("n1", "Multidisciplinär konferens", "v_kir_nal", "Per Hallin", L,
         "2024-04-16 08:30", "2024-04-16 10:00", [
             ("Bedömning", "Pankreascancer i caput, 28 mm, resektabel. Ingen fjärrspridning."),
             ("Rekommendation", "Whipple. Pat ännu ej informerad om diagnosen eller MDK:s bedömning, besked ges av ansvarig kirurg vid besök 25/4."),
         ]),
    note("n2", "Läkaranteckning", "v_kir_nal", "Ingrid Sjöberg", L,
         "2024-04-25 13:00", "2024-04-25 14:10", [
             ("Information", "Pat och make informerade om diagnosen pankreascancer och MDK-rekommendationen om operation (Whipple). Pat samtycker."),
             ("Planering", "Op-anmälan gjord, preop-bedömning narkos v 19."),
         ])],
    [A1], [["NL101", "n2"]],
    "MDK note before the telling (NL101), surgeon's note after telling (no NL101)")

case("iva-sab-sedan-informerad-efter-extubation", "skane", "19700803-2612", [
    note("n1", "Daganteckning", "s_iva_hlm", "Malin Ohlsson", L,
         "2024-02-19 11:30", "2024-02-19 12:20", [
             ("Bedömning", "Subarachnoidalblödning från aneurysm a. communicans anterior, coilad igår på SUS. Fortsatt sederad. Pat kan ej informeras i nuläget, hustrun informerad."),
         ], setting="slutenvård"),
    note("n2", "Daganteckning", "s_iva_hlm", "Malin Ohlsson", L,
         "2024-02-23 10:15", "2024-02-23 10:50", [
             ("Bedömning", "Pat vaken, extuberad igår. Informerad idag om blödningen och om att aneurysmet har coilats. Lätt huvudvärk, i övrigt ua."),
         ], setting="slutenvård"),
    ],
    [A1], [["NL101", "n2"]],
    "sedated on day 1 (NL101), told after extubation (no NL101 on the later note)")

# =====================================================================
# more NL101 positives
# =====================================================================
case("minne-alzheimer-besked-hos-demensssk", "vgr", "19370608-4286", [
    note("n1", "Läkaranteckning", "v_ger_mdl", "Gunnar Wiklund", L,
         "2024-04-29 14:20", "2024-04-30 08:15", [
             ("Sammanfattning", "Utredning klar. Diagnos: Alzheimers sjukdom med sen debut (G30.1). MMSE 21/30, typisk bild på DT."),
             ("Information", "Diagnosbesked ej lämnat till pat idag, hon var mycket orolig och trött efter testningen. "
              "Med maken planerat att beskedet ges vid besöket hos demenssjuksköterskan 14/5."),
         ])],
    [A1], [B1],
    "settled Alzheimer diagnosis, telling postponed to the next visit")

case("neuro-als-besked-med-kurator", "skane", "19620910-5037", [
    note("n1", "Läkaranteckning", "s_neuro_mmo", "Fredrik Lindqvist", L,
         "2024-04-03 15:30", "2024-04-03 16:20", [
             ("Bedömning", "EMG: generaliserade denerveringstecken i tre regioner, kliniskt både övre och nedre motorneuronpåverkan. ALS. "
              "Pat ännu ej informerd, besked ges vid utsatt besök tisdag 9/4 med kurator närvarande; han vill ta med hustrun."),
         ])],
    [A1], [],
    "typo 'informerd': ALS written in Bedömning while telling is planned with kurator next week")

case("neuro-ms-mcdonald-diagnossamtal", "vgr", "19910414-1388", [
    note("n1", "Läkaranteckning", "v_neuro_su", "Sara Nordin", L,
         "2024-04-15 12:00", "2024-04-15 12:30", [
             ("Utredning", "MR hjärna + rygg: multipla periventrikulära och juxtakortikala lesioner, en kontrastladdande. Likvor: oligoklonala band."),
             ("Bedömning", "Uppfyller McDonald 2017, multipel skleros. Pat ej informerad om detta ännu, tid för diagnossamtal 30/4."),
         ])],
    [A1], [B1],
    "MS settled by criteria, diagnosis talk booked later: not informed")

case("inf-hiv-ej-nadd-kallas", "vgr", "19880806-7691", [
    note("n1", "Provsvarsanteckning", "v_inf_ost", "Emma Carlsson", L,
         "2024-03-05 14:50", "2024-03-05 15:05", [
             ("Provsvar", "HIV-1 ak/ag positiv, konfirmerad med immunoblot."),
             ("Åtgärd", "Pat ej informerad, ej nådd på angivet nr. Kallas per brev till besök utan angivande av orsak. Smittskyddsanmälan när pat fått beskedet."),
         ])],
    [A1], [],
    "HIV result confirmed, patient not reached and not informed")

case("hud-melanom-utkast-ej-informerad", "skane", "19711120-4561", [
    note("n1", "Provsvarsanteckning", "s_hud_lund", "Camilla Ek", L,
         "2024-06-03 10:20", None, [
             ("PAD", "Excision rygg: malignt melanom, superficiellt spridande, Breslow 2,1 mm, utan ulceration."),
             ("Planering", "Pat ej informerad. Utvidgad excision + sentinel node, remiss plastikkirurgen. Kallas till besök för besked."),
         ])],
    [A1], [],
    "unsigned draft: melanoma written while the patient is not informed (pre-signing)")

case("lung-typo-infomerad-lungcacner", "vgr", "19530615-4294", [
    note("n1", "Läkaranteckning", "v_lung_su", "Bengt Ahlström", L,
         "2024-02-27 16:05", "2024-02-27 16:30", [
             ("PET-DT", "FDG-upptag i 4 cm tumör vä underlob samt mediastinala körtlar 4L och 7."),
             ("Bedömning", "EBUS-PAD: adenocarcinom. Lungcacner stadium IIIA. Pat ej infomerad ännu, tid imorgon 13.00 med kontaktssk."),
         ])],
    [A1], [],
    "typos 'infomerad' and 'lungcacner': lung cancer untold")

case("ort-typo-skelettmetastser-onkolog-tar-samtalet", "skane", "19480203-0447", [
    note("n1", "Läkaranteckning", "s_ort_ang", "Rickard Holmberg", L,
         "2024-01-17 19:45", "2024-01-17 21:10", [
             ("Anamnes", "Tilltagande ländryggsvärk 6 v. Opererad och strålad för bröstcancer 2016."),
             ("Röntgen", "Rtg ländrygg: osteolytiska förändringar L2 och L4. MR bekräftar skelettmetastser, ingen medullakompression."),
             ("Bedömning", "Pat ej informerad om MR-svaret. Konfererat med onkologjouren som tar över samtalet imorgon. Korsett, analgetika."),
         ], setting="slutenvård")],
    [A1], [],
    "typo 'skelettmetastser': bone metastases confirmed but not told; oncologist will tell")

case("med-lungemboli-pat-sov-vid-ronden", "skane", "19310408-3815", [
    note("n1", "Daganteckning", "s_med_csk_th", "Jenny Falk", L,
         "2024-03-19 11:40", "2024-03-19 12:05", [
             ("Undersökningar", "DT lungartärer igår kväll: bilaterala lungembolier, ingen hö-kammarbelastning."),
             ("Bedömning", "Pat sov djupt vid ronden, ej väckt. Ej informerad om fydet ännu, tas vid eftermiddagsronden. Fortsätter Innohep."),
         ], setting="slutenvård")],
    [A1], [],
    "typo 'fydet': patient asleep at the round, pulmonary embolism not yet told")

case("uro-njurcancer-besked-gemensamt-besok", "vgr", "19681216-0197", [
    note("n1", "Läkaranteckning", "v_uro_skv", "Tomas Gren", L,
         "2024-04-05 08:50", "2024-04-05 09:20", [
             ("Röntgen", "DT urografi: 7 cm tumör vä njure med tumörtromb i v. renalis, förenligt med njurcancer."),
             ("Bedömning", "Pat vill inte ha svar på telefon. I teamet överenskommet att besked inte ges förrän urolog och onkolog träffat pat gemensamt 19/4."),
         ])],
    [A1], [],
    "'besked inte ges förrän' a joint visit: renal tumour untold")

case("onh-dov-teckensprakstolk-avbokad", "skane", "19560303-8570", [
    note("n1", "Läkaranteckning", "s_onh_lund", "Cecilia Roos", L,
         "2024-04-04 13:30", "2024-04-04 14:15", [
             ("Aktuellt", "Pat döv sedan barndomen, kommunicerar med teckenspråk. Teckenspråkstolken avbokades av tolkcentralen med kort varsel."),
             ("PAD", "Tungkant vä: högt differentierad skivepitelcancer."),
             ("Bedömning", "Pat ej informerad om PAD, att ge ett cancerbesked skriftligt på lapp bedömdes olämpligt. Ny tid med tolk 12/4."),
         ])],
    [A1], [],
    "deaf patient, sign-language interpreter cancelled: tongue cancer not told")

case("med-lablista-jarnbrist-ringer-imorgon", "skane", "19920214-5422", [
    note("n1", "Telefonanteckning", "s_med_ystad", "Oskar Mattsson", L,
         "2024-02-08 17:15", "2024-02-08 17:20", [
             ("Provsvar", "Genomgång av lab-lista: Hb 78, MCV 69, ferritin 4. Järnbristanemi. Pat ej inforemrad om provsvaren, ringer henne imorgon. "
              "Recept på järntabletter skickat, nytt Hb om 4 v."),
         ])],
    [A1], [],
    "typo 'inforemrad': lab list shows iron deficiency anaemia, patient to be phoned tomorrow")

case("med-tsh-hypotyreos-brev", "vgr", "19661226-2227", [
    note("n1", "Provsvarsanteckning", "v_med_als", "Jesper Lund", L,
         "2024-05-13 15:30", None, [
             ("Provsvar", "TSH 45 mIE/L, fritt T4 6 pmol/L, TPO-ak kraftigt förhöjda. Primär hypotyreos. Pat ej underrättad om svaret; brev skickas tillsammans med recept Levaxin 50 mikrog x 1."),
         ])],
    [A1], [],
    "hypothyroidism from lab results, to be told by letter: not informed")

case("diab-hba1c-nydebuterad-ej-pratat", "skane", "19700710-6516", [
    note("n1", "Läkaranteckning", "s_diab_hbg", "Petra Jönsson", L,
         "2024-03-18 11:10", "2024-03-18 11:30", [
             ("Provsvar", "Inför planerad höftplastik: HbA1c 71 mmol/mol, upprepat 68."),
             ("Bedömning", "Nydebuterad diabetes mellitus typ 2. Har ännu inte pratat med pat om detta. Diabetessköterskan ringer 22/3 och bokar besök."),
         ])],
    [A1], [B1],
    "new type 2 diabetes found on preoperative labs; 'har ännu inte pratat med pat om detta'")

# =====================================================================
# NL101 near misses
# =====================================================================
case("kard-flimmer-dosandring-ej-informerad", "skane", "19300915-4299", [
    note("n1", "Telefonanteckning", "s_kard_lund", "Linnea Vik", S,
         "2024-02-29 13:00", "2024-02-29 13:10", [
             ("Ordination", "Känt permanent förmaksflimmer. Krea stigit till 168, eGFR 31, Eliquis sänks till 2,5 mg x 2 enl dr Holm. "
              "Pat ej informerad om dosändringen, ringer honom i eftermiddag och meddelar hemsjukvården som sköter dosetten."),
         ])],
    [], [A1],
    "not informed about a dose change only; the known diagnosis is not what is untold")

case("gastro-crohn-koloskopitid-ej-meddelad", "vgr", "19950415-9543", [
    note("n1", "Läkaranteckning", "v_gastro_ost", "Magnus Öberg", L,
         "2024-04-11 09:40", "2024-04-11 10:05", [
             ("Aktuellt", "Känd Crohns sjukdom i terminala ileum sedan 2019, stabil på Stelara. Kalprotektin 45."),
             ("Planering", "Koloskopi för dysplasikontroll 3/6 – pat ej informerad om tiden än, kallelse skickas med post."),
         ])],
    [], [A1, B1],
    "appointment not yet communicated; the Crohn diagnosis is known")

case("mammo-normal-svarsbrev", "skane", "19560713-4201", [
    note("n1", "Provsvarsanteckning", "s_mammo_mmo", "Lotta Hedberg", L,
         "2024-05-14 14:05", "2024-05-14 14:10", [
             ("Svar", "Kompletterande UL vä bröst: ingen solid eller cystisk förändring. Normal mammografi, ingen malignitetsmisstanke."),
             ("Åtgärd", "Pat ej informerad om svaret, svarsbrev skickas."),
         ])],
    [], [A1, B1],
    "normal result not yet told; no diagnosis and a negated malignancy")

case("kir-ventrikelbiopsier-normala-brev", "vgr", "19841109-6954", [
    note("n1", "Provsvarsanteckning", "v_kir_lkp", "Hanna Berg", L,
         "2024-01-25 10:00", None, [
             ("PAD", "Ventrikelbiopsier: normal corpus- och antrumslemhinna, ingen H. pylori, ingen dysplasi eller malignitet."),
             ("Åtgärd", "Pat ej meddelad ännu, svar per brev. Ingen ytterligare utredning."),
         ])],
    [], [A1, B1],
    "normal gastric biopsies not yet communicated: not NL101, negations not NL102")

case("neuro-tidiga-hypoteser-huntington-mall", "skane", "19810517-9033", [
    note("n1", "Tidiga hypoteser", "s_neuro_lund", "Mattias Roslund", L,
         "2024-03-06 15:00", "2024-03-06 15:25", [
             ("Tidiga hypoteser", "Koreatiska rörelser och personlighetsförändring enl. hustrun, farfar dog ung 'i nervsjukdom'. Misstänkt Huntingtons sjukdom. "
              "Pat ej informerad om misstanken; genetisk vägledning måste föregå eventuell testning. Tas upp med klinisk genetik."),
         ])],
    [], [A1, B1],
    "suspected Huntington and 'ej informerad' inside the protected Skåne template Tidiga hypoteser")

case("minne-ftd-i-sokord-tidiga-hypoteser", "vgr", "19640305-4452", [
    note("n1", "Läkaranteckning", "v_minne_sas", "Birgitta Sandberg", L,
         "2024-02-14 10:30", "2024-02-14 11:45", [
             ("Aktuellt", "Utreds pga förändrat beteende sedan ett år, hustrun och vuxna barn oroliga. Neuropsykologisk testning genomförd idag."),
             ("Tidiga hypoteser", "Trolig beteendevariant av frontotemporal demens. Pat saknar sjukdomsinsikt och har inte informerats om misstanken, ej heller anhöriga."),
             ("Planering", "MR hjärna och likvor. Återbesök med hustrun när undersökningarna är klara."),
         ])],
    [], [A1, B1],
    "VGR: the untold probable FTD is under the protected sökord Tidiga hypoteser only")

case("hem-kll-kand-provsvar-ej-meddelade", "vgr", "19790123-5452", [
    note("n1", "Läkaranteckning", "v_hem_su", "Johanna Lilja", L,
         "2024-03-21 09:15", "2024-03-21 09:40", [
             ("Aktuellt", "KLL sedan 2019, Rai I, obehandlad. Pat väl insatt i sin diagnos sedan länge."),
             ("Bedömning", "Lätt stigande LPK 38, ingen behandlingsindikation. Pat ej informerad om dagens provsvar, han läser dem själv på 1177. Åb 6 mån."),
         ])],
    [], [A1],
    "known CLL; only today's lab values are not communicated")

case("med-lungemboli-informerad-senare-samma-dag", "skane", "19430308-2368", [
    note("n1", "Daganteckning", "s_med_ystad_avd", "Jenny Falk", L,
         "2024-04-16 16:20", "2024-04-16 16:45", [
             ("Bedömning", "DT thorax: lungemboli i hö underlobsartär. Pat sov vid förmiddagsronden. Informerad kl 15 av undertecknad om lungembolin och behandlingen, förstår och har inga frågor."),
         ], setting="slutenvård")],
    [], [A1],
    "asleep at the round but told later the same day: not NL101")

case("onk-informerad-vill-ej-hora-prognos", "skane", "19530802-9460", [
    note("n1", "Läkaranteckning", "s_onk_csk", "Mats Hjort", L,
         "2024-02-02 13:30", None, [
             ("Information", "Pat informerad om att lungcancern spridit sig till skelettet och att behandlingen nu är livsförlängande, inte botande. "
              "Hon vill inte höra några siffror om förväntad överlevnad, någon tidsangivelse har därför inte getts."),
         ])],
    [], [A1],
    "the patient knows the diagnosis; only the prognosis is withheld at her wish")

case("hud-bowen-informerad-ej-om-remissen", "vgr", "19470105-9448", [
    note("n1", "Telefonanteckning", "v_hud_als", "Klara Sjögren", L,
         "2024-03-07 11:30", "2024-03-07 11:40", [
             ("Telefonkontakt", "Pat informerad om PAD: skivepitelcancer in situ (Bowens sjukdom) på vä underben. "
              "Remiss till plastikkirurgen för excision skickad, pat ej informerad om remissen – hon blir kallad därifrån."),
         ])],
    [], [A1],
    "diagnosis told; only the referral is not mentioned to the patient")

case("onk-pankreas-barnen-ej-informerade", "skane", "19500209-9371", [
    note("n1", "Läkaranteckning", "s_onk_lund", "Helena Ström", L,
         "2024-03-25 10:00", "2024-03-25 10:50", [
             ("Information", "Pat informerad om PAD-beskedet: panreascancer, ej operabel. Han vill inte att barnen informeras ännu, vill själv berätta efter påsk. "
              "Respekteras, noteras för avd personal."),
         ])],
    [], [A1],
    "typo 'panreascancer': patient told; only his children are not informed")

case("kir-esofagus-hustrun-i-bosnien", "vgr", "19520713-2597", [
    note("n1", "Omvårdnadsanteckning", "v_kir_bor", "Lejla Hadžić", S,
         "2024-01-12 14:00", "2024-01-12 14:15", [
             ("Psykosocialt", "Pat välinformerad om sin esofaguscancer sedan förra veckan. Hustrun befinner sig i Bosnien och är inte informerad, pat vill själv berätta när hon är hemma igen."),
         ], setting="slutenvård")],
    [], [A1],
    "relative abroad is not informed, the patient is")

case("neuro-epilepsi-arbetsgivaren-ej-informerad", "vgr", "19960202-7485", [
    note("n1", "Läkaranteckning", "v_neuro_skv", "David Eklund", L,
         "2024-05-20 15:10", "2024-05-20 15:55", [
             ("Bedömning", "Två okomplicerade generaliserade tonisk-kloniska anfall, EEG med generaliserade spike-wave. Epilepsi, trol. genetisk generaliserad."),
             ("Information", "Pat informerad om diagnosen epilepsi och om körkortsreglerna. Arbetsgivaren ej informerad, hon vill avvakta."),
         ])],
    [], [A1],
    "epilepsy told to the patient; only her employer is not informed")

case("uro-njurcancer-besked-via-telefontolk", "skane", "19660125-1595", [
    note("n1", "Läkaranteckning", "s_uro_mmo", "Mikael Strand", L,
         "2024-04-24 10:15", "2024-04-24 11:00", [
             ("Information", "Besked givet med hjälp av telefontolk på somaliska: njurcancer hö, 5 cm, operabel. Pat förstår innebörden och ställer relevanta frågor."),
             ("Planering", "Op-anmälan gjord, robotassisterad partiell nefrektomi."),
         ])],
    [], [A1, B1],
    "interpreter was available: the kidney cancer has been told")

case("onk-recidiv-informerad-tar-ej-in", "vgr", "19640815-3325", [
    note("n1", "Läkaranteckning", "v_onk_su", "Anneli Dahl", L,
         "2024-02-20 14:30", "2024-02-20 15:30", [
             ("Samtal", "Pat informerad om att bröstcancern har återkommit med spridning till levern. Hon verkar inte ta in beskedet, upprepar att hon 'mår ju bra'. "
              "Anhörigstöd erbjudet, kurator kontaktad. Nytt samtal om en vecka."),
         ])],
    [], [A1],
    "informed, though she does not seem to take it in: not NL101")

case("hem-hodgkin-informerad-ej-om-1177", "skane", "19910128-6434", [
    note("n1", "Läkaranteckning", "s_hem_lund", "Karin Wahlgren", L,
         "2024-01-31 13:00", "2024-01-31 13:45", [
             ("Information", "Pat informerad om diagnosen Hodgkins lymfom stadium IIA och om behandlingsplan ABVD x 4 + strålning. "
              "Hann inte informera om att journal och provsvar kan läsas i 1177 Journalen, kontaktssk tar det nästa gång."),
         ])],
    [], [A1],
    "what was not told is that the journal is on 1177, not the lymphoma")

case("kard-eko-normalt-ej-meddelat", "vgr", "19721221-3669", [
    note("n1", "Provsvarsanteckning", "v_kard_nal", "Robert Lindh", L,
         "2024-03-13 16:00", "2024-03-13 16:05", [
             ("Eko", "Normalstor vä kammare, EF 60 %, inga klaffel, inga tecken på hjärtsvikt."),
             ("Åtgärd", "Ej meddelat pat ännu, svar till remittent och till pat per brev."),
         ])],
    [], [A1, B1],
    "normal echo not yet communicated; negated heart failure")

case("kvk-cellprov-svar-ej-kommit", "skane", "19860305-4621", [
    note("n1", "Telefonanteckning", "s_kvk_ystad", "Ida Nilsson", "barnmorska",
         "2024-05-27 08:35", "2024-05-27 08:40", [
             ("Telefonkontakt", "Pat ringer och frågar efter svar på cellprovet. Svaret har inte kommit, pat ej informerad om något resultat. Ber henne höra av sig om 2 v."),
         ])],
    [], [A1],
    "not informed because no result exists; no diagnosis in the note")

case("endokr-binjure-mall-tidiga-hypoteser-och-vanlig", "skane", "19700524-2180", [
    note("n1", "Läkaranteckning", "s_kir_mmo", "Gustav Öhman", L,
         "2024-04-02 11:00", "2024-04-02 11:20", [
             ("Planering", "DT-svaret diskuteras på röntgenronden fredag. Pat informerad om att hon får svar vid återbesöket 3/5."),
         ]),
    note("n2", "Tidiga hypoteser", "s_kir_mmo", "Gustav Öhman", L,
         "2024-04-02 11:05", "2024-04-02 11:20", [
             ("Tidiga hypoteser", "DT buk: 2 cm förändring i vä binjure. DD adenom/metastas vid känd melanomsjukdom. Pat ej informerad om fyndet innan röntgenronden."),
         ])],
    [], [A1, ["NL101", "n2"], ["NL102", "n2"]],
    "visible note names no diagnosis; the untold finding is in a Tidiga hypoteser note")

case("med-tidiga-hypoteser-lymfom-mall", "skane", "19651110-7333", [
    note("n1", "Tidiga hypoteser", "s_med_csk", "Sven Rask", L,
         "2024-02-06 14:40", "2024-02-06 15:00", [
             ("Tidiga hypoteser", "Misstänkt lymfom: förstorade körtlar axillärt bilat. och retroperitonealt, nattsvettningar, viktnedgång 8 kg. "
              "Pat ej informerad om misstanken, körtelbiopsi bokad. Besked när PAD föreligger."),
         ])],
    [], [A1, B1],
    "suspected lymphoma, untold, documented in the Tidiga hypoteser template (hidden)")

case("lung-vgr-sokord-th-bronkoskopi-fore-besked", "vgr", "19580220-6234", [
    note("n1", "Läkaranteckning", "v_lung_skv", "Ewa Gustavsson", L,
         "2024-03-26 13:00", "2024-03-26 13:40", [
             ("Aktuellt", "Remiss från VC pga långdragen hosta. Rökare, 40 paketår."),
             ("Status", "AT gott. Pulm: nedsatta andningsljud basalt hö, i övrigt ua."),
             ("Tidiga hypoteser", "Misstänkt lungcancer hö nedre lob enl. DT. Pat ej informerad om misstanken före bronkoskopin."),
             ("Planering", "Bronkoskopi 12/4. Spirometri samma dag."),
         ])],
    [], [A1, B1],
    "VGR: untold suspected lung cancer only under the sökord Tidiga hypoteser")

# =====================================================================
# NL101 together with NL102
# =====================================================================
case("med-misstankt-lymfom-synlig-ej-informerad", "skane", "19630122-5063", [
    note("n1", "Läkaranteckning", "s_med_hlm", "Sven Rask", L,
         "2024-02-06 13:50", "2024-02-06 14:30", [
             ("Bedömning", "Generaliserad lymfadenopati och B-symtom, misstänkt lymfom. Pat ej informerad om misstanken, hon vill först ha svar på körtelbiopsin."),
         ])],
    [A1, B1], [],
    "suspected lymphoma visible and explicitly not told: NL101 and NL102")

case("lung-dd-sarkoidos-lymfom-informerad", "vgr", "19790208-2853", [
    note("n1", "Läkaranteckning", "v_lung_skv", "Ewa Gustavsson", L,
         "2024-05-07 10:10", None, [
             ("Bedömning", "Bilaterala hilusadenopatier på DT. DD sarkoidos, lymfom. Pat informerad om båda möjligheterna och om att EBUS behövs för att avgöra."),
         ])],
    [B1], [A1],
    "differential diagnosis told to the patient: NL102 but not NL101")

case("neuro-trolig-parkinson-vill-ha-hustrun-med", "skane", "19550724-7897", [
    note("n1", "Läkaranteckning", "s_neuro_hbg", "Anna Blom", L,
         "2024-03-04 14:00", "2024-03-04 14:45", [
             ("Status", "Vilotremor hö hand, rigiditet hö arm, hypomimi, nedsatt armpendling hö."),
             ("Bedömning", "Trolig Parkinsons sjukdom. Pat ej informerad om misstanken idag då han kom ensam och bad att få ha hustrun med nästa gång. DAT-scan beställd."),
         ])],
    [A1, B1], [],
    "probable Parkinson untold until the wife can come: both NL101 and NL102")

case("kir-gist-trol-besked-per-telefon", "skane", "19440426-4774", [
    note("n1", "Provsvarsanteckning", "s_kir_trg", "Daniel Friberg", L,
         "2024-04-12 15:50", "2024-04-12 16:00", [
             ("PAD", "Gastrointestinal stromacellstumör (GIST) i ventrikeln, 6 cm, högrisk enl. Miettinen."),
             ("Åtgärd", "Pat ej informerad. Trol. besked per telefon på måndag eftersom han har lång resväg, annars vid besök."),
         ])],
    [A1], [B1],
    "'trol.' hedges the way of telling, not the GIST: NL101 but not NL102")

case("ort-metastas-kan-ej-uteslutas-delvis-informerad", "vgr", "19710623-8442", [
    note("n1", "Läkaranteckning", "v_ort_mdl", "Kristoffer Alm", L,
         "2024-01-23 11:30", "2024-01-23 12:10", [
             ("MR hö femur", "3 cm förändring i diafysen, metastas kan ej uteslutas hos pat med tidigare njurcancer."),
             ("Bedömning", "Pat ej informerad om denna del av svaret, hon fick veta att MR visade något som behöver kontrolleras. Biopsi och DT thorax bokas."),
         ])],
    [A1, B1], [],
    "'metastas kan ej uteslutas', partly told: the metastasis suspicion itself is untold")

case("kir-lungmetastaser-fragetecken-mdk-forst", "skane", "19820519-4817", [
    note("n1", "Läkaranteckning", "s_kir_mmo", "Gustav Öhman", L,
         "2024-05-15 08:40", "2024-05-15 09:00", [
             ("DT thorax", "Inför leverresektion: två noduli 5 mm i hö lunga. Lungmetastaser? Jämförelse saknas."),
             ("Plan", "Pat ej informerad om noduli. Svaret diskuteras på MDK tisdag innan samtal med pat."),
         ])],
    [A1, B1], [],
    "'Lungmetastaser?' untold until MDK: NL101 and question-mark hedge NL102")

case("med-typo-missankt-myelom-tror-njurarna", "vgr", "19440708-9004", [
    note("n1", "Läkaranteckning", "v_med_bor2", "Jesper Lund", L,
         "2024-04-08 13:15", "2024-04-08 13:50", [
             ("Bedömning", "Missänkt myelom: M-komponent IgG 32 g/L, Hb 94, kreatinin stigande. Benmärgsprov bokas. "
              "Pat har inte fått veta något om misstanken, hon tror att proverna gällde njurarna."),
         ])],
    [A1, B1], [],
    "typo 'Missänkt': suspected myeloma, patient unaware")

case("pmo-vc-misstankt-prostatacancer-psa", "skane", "19490308-3139", [
    note("n1", "Läkaranteckning", "p_vc_sjobo", "Leif Carlsson", L,
         "2024-03-01 16:20", "2024-03-01 16:40", [
             ("Bedömning", "PSA 24, hård knölig prostata vid palpation. Misstänkt prostatacancer. Pat ej informerad om PSA-värdet ännu, remiss urologen skickad idag."),
         ], system="PMO")],
    [], [B1],
    "PMO never shows diagnoses: hedged prostate cancer is not NL102 (NL101 not asserted on PMO)")

case("pmo-hsv-trol-pneumoni-sov", "skane", "19281003-7347", [
    note("n1", "Hemsjukvårdsanteckning", "p_hsv_eslov", "Marie Svensson", S,
         "2024-01-15 15:30", "2024-01-15 15:50", [
             ("Omvårdnad", "Trol. lunginflammation, CRP 140, sat 92 %. Dr Carlsson har ordinerat Doxyferm. Pat sov vid besöket och har ej informerats om bedömningen, dottern underrättad per telefon."),
         ], system="PMO", setting="hemsjukvård")],
    [], [B1],
    "PMO home care: hedged pneumonia is never NL102")

case("gen-brca1-ej-informerad-mor-ev-ovarialcancer", "vgr", "19820528-9609", [
    note("n1", "Läkaranteckning", "v_gen_su", "Lena Frisk", L,
         "2024-02-21 14:00", "2024-02-21 14:20", [
             ("Hereditet", "Modern ev. ovarialcancer, osäkert, dog 1998. Mormor bröstcancer i 40-årsåldern."),
             ("Resultat", "BRCA1/2-analys: patogen variant i BRCA1 (c.68_69del). Pat ej informerad om resultatet – genetisk vägledare ringer och bokar besök, svaret lämnas inte ut per telefon enligt rutin."),
         ])],
    [A1], [B1],
    "untold BRCA1 pathogenic variant (NL101); the only hedge is family history (no NL102)")

case("reuma-ra-informerad-tidigare-misstankt-sle", "skane", "19740302-4602", [
    note("n1", "Läkaranteckning", "s_reuma_lund", "Josefin Wallin", L,
         "2024-05-29 10:00", "2024-05-29 10:40", [
             ("Anamnes", "Utreddes 2018 för misstänkt SLE, som avskrevs."),
             ("Bedömning", "Nu seropositiv reumatoid artrit, anti-CCP starkt positiv, synovit i MCP 2-3 bilat. Pat informerad om diagnosen och om behandlingsplan med metotrexat."),
         ])],
    [], [A1, B1],
    "informed about RA; the only hedge is past history")

case("kir-appendicit-pad-ev-aterbesok", "vgr", "19940114-6718", [
    note("n1", "Telefonanteckning", "v_kir_kgv", "Viktor Hedlund", L,
         "2024-06-10 09:20", "2024-06-10 09:25", [
             ("Telefonkontakt", "Pat informerad om PAD per telefon: flegmonös appendicit, ingen tumör. Ev. återbesök vid besvär, annars ingen uppföljning."),
         ])],
    [], [A1, B1],
    "told; 'Ev.' is about a follow-up visit, not a diagnosis")

case("gyn-endometrie-kontroll-cytologi-ej-klar", "skane", "19660917-2843", [
    note("n1", "Läkaranteckning", "s_gyn_hbg", "Elin Malmberg", L,
         "2024-03-20 10:30", "2024-03-20 10:55", [
             ("Aktuellt", "Kontroll 3 år efter op för endometriecancer stadium IA."),
             ("Status", "Vaginalt UL ua, inga tecken på recidiv. Cytologi tagen från vaginaltoppen."),
             ("Planering", "Pat ej informerad om cytologisvaret eftersom det inte kommit, ringer när det finns."),
         ])],
    [], [A1, B1],
    "known treated cancer, no sign of recurrence; untold is a result not yet available")

case("ogon-mojlig-sarkoidos-informerad", "skane", "19710111-0141", [
    note("n1", "Läkaranteckning", "s_ogon_lund", "Tove Adler", L,
         "2024-02-12 13:20", "2024-02-12 13:50", [
             ("Bedömning", "Bilateral granulomatös uveit. Möjlig sarkoidos, pat informerad om att vi utreder i den riktningen med DT thorax och ACE."),
         ])],
    [B1], [A1],
    "'Möjlig sarkoidos' told to the patient: NL102, not NL101")

case("med-utkast-kranskarlssjukdom-kan-ej-uteslutas", "vgr", "19690225-2730", [
    note("n1", "Läkaranteckning", "v_med_skv", "Tomas Gren", L,
         "2024-04-22 14:30", None, [
             ("Arbetsprov", "ST-sänkningar 1,5 mm i V4–V6 vid 150 W, brösttryck vid maxbelastning."),
             ("Bedömning", "Kranskärlssjukdom kan ej uteslutas, pat informerad om resultatet och om att kranskärlsröntgen planeras."),
         ])],
    [B1], [A1],
    "unsigned draft: 'kan ej uteslutas' told to the patient: NL102 only")

# =====================================================================
# more multi-note records
# =====================================================================
case("kvk-livmoderhalscancer-brev-sedan-telefon", "vgr", "19881213-4222", [
    note("n1", "Provsvarsanteckning", "v_kvk_kgv", "Sanna Kjellberg", SEK,
         "2024-03-15 13:00", "2024-03-15 13:05", [
             ("PAD", "Konbiopsi: CIN3 med mikroinvasiv skivepitelcancer, livmoderhalscancer stadium IA1. Pat ej informerad, läkare kontaktar henne."),
         ]),
    note("n2", "Telefonanteckning", "v_kvk_kgv", "Annika Rehn", L,
         "2024-03-18 08:30", "2024-03-18 08:50", [
             ("Telefonkontakt", "Pat uppringd och informerad om PAD, att det rör sig om ett mycket tidigt stadium av livmoderhalscancer. Remiss gynonkologen, hon får kallelse därifrån."),
         ])],
    [A1], [["NL101", "n2"]],
    "secretary's PAD note (not informed) then the doctor's phone call that tells")

case("gastro-hcc-tre-anteckningar", "skane", "19730703-3170", [
    note("n1", "Omvårdnadsanteckning", "s_gastro_mmo", "Therese Möller", S,
         "2024-05-02 19:10", "2024-05-02 19:20", [
             ("Omvårdnad", "Pat frågar om röntgensvaret från idag, hänvisar till läkare imorgon. Sovit oroligt, fått Propavan."),
         ], setting="slutenvård"),
    note("n2", "Daganteckning", "s_gastro_mmo", "Andreas Kvist", L,
         "2024-05-03 10:30", "2024-05-03 11:10", [
             ("Röntgen", "DT lever: levercirros med ascites och 3 cm hepatocellulär cancer i seg VI (typisk kontrastbild, LI-RADS 5)."),
             ("Bedömning", "Pat ännu ej informerad om levercancern. Dottern kommer i eftermiddag, pat vill att hon är med."),
         ], setting="slutenvård"),
    note("n3", "Daganteckning", "s_gastro_mmo", "Andreas Kvist", L,
         "2024-05-03 16:00", "2024-05-03 16:30", [
             ("Information", "Informerad om levercirros och levercancer med dottern närvarande. Anmäls till HCC-MDK."),
         ], setting="slutenvård"),
    ],
    [["NL101", "n2"]], [A1, ["NL101", "n3"]],
    "three notes: nurse note without diagnosis, morning note not informed, afternoon note told")

case("brost-informerad-sedan-nya-skelettmetastaser", "skane", "19700623-9482", [
    note("n1", "Läkaranteckning", "s_brost_hbg", "Frida Holst", L,
         "2024-01-10 09:00", "2024-01-10 09:45", [
             ("Information", "Pat informerad om bröstcancerdiagnosen, duktal cancer vä, ER+/HER2-. Op planeras v 4."),
         ]),
    note("n2", "Läkaranteckning", "s_brost_hbg", "Frida Holst", L,
         "2024-04-09 15:00", "2024-04-09 15:15", [
             ("Provsvar", "Skelettscint pga ryggsmärta: nytillkomna skelettmetastaser i th- och l-kotpelaren."),
             ("Planering", "Pat ej informerad om scint-svaret ännu, tid hos onkolog fredag där besked ges."),
         ])],
    [["NL101", "n2"]], [A1],
    "earlier note told the cancer (no NL101); the later note has untold bone metastases (NL101)")

# =====================================================================
# further NL101 positives with varied phrasing
# =====================================================================
case("neuro-huntington-vantar-psykiatrikontakt", "vgr", "19870201-6919", [
    note("n1", "Läkaranteckning", "v_neuro_sas", "Olle Bergkvist", L,
         "2024-02-01 15:00", None, [
             ("Provsvar", "Prediktiv/diagnostisk analys: CAG-expansion 44 repetitioner i HTT-genen, bekräftar Huntingtons sjukdom."),
             ("Bedömning", "Pat vårdades för suicidförsök för 3 v sedan. I samråd med psykiatrin väntar vi med beskedet tills psykiatrikontakt är etablerad; pat ej informerad om analysresultatet."),
         ])],
    [A1], [],
    "confirmed Huntington held back for psychiatric safety, written in visible sections")

case("lung-sekreterare-dt-svar-tumor", "skane", "19711002-8763", [
    note("n1", "Sekreteraranteckning", "s_lung_hbg", "Ylva Nyström", SEK,
         "2024-04-12 14:20", "2024-04-12 14:25", [
             ("Administrativt", "DT thorax-svar inkommit 12/4 och lagts till dr Nilsson för vidimering: 2,5 cm spikulerad tumör i vä ovanlob och skelettmetastas i th 7. "
              "Pat har ringt och frågat efter svaret, ej informerad – läkare ringer upp."),
         ])],
    [A1], [],
    "secretary records the incoming CT answer while the patient is not informed")

case("med-sonen-ber-att-pat-inte-far-veta", "skane", "19331107-1975", [
    note("n1", "Daganteckning", "s_med_lkr", "Maja Sörensen", L,
         "2024-01-26 14:10", "2024-01-26 14:50", [
             ("Bedömning", "Ventrikelcancer med peritoneal spridning enl DT och gastroskopi-PAD."),
             ("Anhöriga", "Sonen ringde och bad att pappa inte ska få veta något om cancern. Förklarat att pat har rätt till information om han vill. "
              "Pat ännu ej informerad, undertecknad tar samtalet med honom själv imorgon och frågar hur mycket han vill veta."),
         ], setting="slutenvård")],
    [A1], [],
    "son asks that the father not be told; the patient is not yet informed")

case("kir-forandring-i-bukspottkorteln-sannolikt-tumor", "vgr", "19351004-6927", [
    note("n1", "Läkaranteckning", "v_kir_als", "Martin Söder", L,
         "2024-05-23 11:20", "2024-05-23 11:55", [
             ("Röntgen", "DT buk (pga ikterus): en förändring i bukspottkörtelns huvud som stänger gallvägen, sannolikt en tumör."),
             ("Bedömning", "Pat ej informerad om fyndet. ERCP med stent och borstcytologi på tisdag, därefter samtal."),
         ], setting="slutenvård")],
    [A1, B1], [],
    "'en förändring … sannolikt en tumör' in prose, untold: NL101 and NL102")

case("onh-knol-pa-halsen-metastas-okand-primar", "skane", "19741015-1356", [
    note("n1", "Provsvarsanteckning", "s_onh_csk", "Kristian Lövgren", L,
         "2024-02-16 12:00", "2024-02-16 12:10", [
             ("Cytologi", "UL-ledd punktion av knölen på halsen hö, nivå II: metastas av skivepitelcancer, okänd primärtumör."),
             ("Åtgärd", "Pat ej informerad än. PET-DT beställt, pat kallas till besök när det är gjort och får hela svaret då."),
         ])],
    [A1], [],
    "'knöl på halsen' turned out to be a metastasis; not told")

case("hem-mds-pat-forvirrad-pa-ortopeden", "vgr", "19460922-8996", [
    note("n1", "Läkaranteckning", "v_hem_su", "Johanna Lilja", L,
         "2024-03-28 15:00", "2024-03-28 15:30", [
             ("Benmärg", "Myelodysplastiskt syndrom med ökat blastantal (MDS-IB1), komplex karyotyp."),
             ("Bedömning", "Ingen information om diagnosen har ännu getts till pat; han ligger på ortopeden efter höftfraktur och är postoperativt förvirrad. "
              "Hustrun kontaktas, samtal när pat är orienterad."),
         ])],
    [A1], [],
    "'Ingen information om diagnosen har ännu getts': confused inpatient at another clinic")

case("endo-barrett-vet-om-biopsier-ej-svaret", "skane", "19770103-0392", [
    note("n1", "Provsvarsanteckning", "s_endo_mmo", "Henrik Wester", L,
         "2024-02-22 11:00", "2024-02-22 11:10", [
             ("PAD", "Barretts esofagus med höggradig dysplasi, ingen invasiv cancer i biopsierna."),
             ("Åtgärd", "Pat vet att biopsier togs men inte vad de visade. Remiss för endoskopisk resektion, pat kontaktas av ssk för besked och tid."),
         ])],
    [A1], [],
    "patient knows biopsies were taken, not the result: Barrett with high-grade dysplasia untold")

case("uro-besoket-flyttat-ej-informerad-stabil", "vgr", "19401106-7255", [
    note("n1", "Sjuksköterskeanteckning", "v_uro_skv", "Pia Lundqvist", S,
         "2024-05-06 09:00", "2024-05-06 09:10", [
             ("Administrativt", "Känd prostatcancer på ADT sedan 2021. DT-kontroll stabil sjukdom, PSA 0,4. "
              "Besöket 14/5 flyttat till 21/5 pga läkarens frånvaro, pat ej informerad om ändringen ännu – ringer honom i eftermiddag."),
         ])],
    [], [A1],
    "typo 'prostatcancer': the untold item is a moved appointment; known prostate cancer")

case("reuma-pmr-fragetecken-informerad", "vgr", "19410716-4982", [
    note("n1", "Läkaranteckning", "v_reuma_udd", "Karl Ivarsson", L,
         "2024-01-18 10:40", "2024-01-18 11:10", [
             ("Bedömning", "Proximal morgonstelhet 2 h, SR 64, CRP 38. Polymyalgia reumatika? Pat informerad om att vi provar Prednisolon 15 mg och utvärderar effekten om 1 v."),
         ])],
    [B1], [A1],
    "question-mark PMR told to the patient: NL102 without NL101")

case("med-dd-lymfom-metastas-tror-infektion", "skane", "19970926-9949", [
    note("n1", "Läkaranteckning", "s_med_ystad", "Oskar Mattsson", L,
         "2024-06-05 14:00", None, [
             ("Status", "Förstorad fast körtel 3 cm i hö fossa supraclavicularis, ej öm."),
             ("Bedömning", "DD lymfom, metastas. Pat ej informerad om att malignitet misstänks, hon tror att det är en infektion. Excisionsbiopsi via kirurgen inom 1 v."),
         ])],
    [A1, B1], [],
    "differential diagnosis of malignancy kept from the patient: NL101 and NL102")


# =====================================================================
# long and one-line notes
# =====================================================================
case("med-epikris-bifynd-njure-vc-informerar", "skane", "19470315-1235", [
    note("n1", "Epikris", "s_med_csk", "Sofie Lindahl", L,
         "2024-03-08 13:00", "2024-03-11 09:30", [
             ("Diagnoser", "Samhällsförvärvad pneumoni hö underlob (J18.9). Bifynd: 3 cm solid förändring i hö njure, misstänkt njurcellscancer."),
             ("Orsak till inläggning", "76-årig man, tidigare frisk bortsett från hypertoni, som sökte akut pga feber, hosta och andfåddhet sedan 5 dagar. "
              "CRP 210, sat 89 % på rumsluft, andningsfrekvens 26."),
             ("Förlopp", "Behandlad med bensylpenicillin iv i 3 dygn med snabb förbättring, därefter peroralt amoxicillin. Syrgas kunde sättas ut dag 2. "
              "Pga stigande kreatinin gjordes DT buk dag 3, som inte visade hydronefros men ett bifynd i hö njure, se ovan. Kreatinin normaliserat vid utskrivning."),
             ("Information", "Pat informerad om pneumonin och antibiotikabehandlingen. Om bifyndet i njuren har han inte informerats under vårdtiden, "
              "då röntgensvaret kom först efter att utskrivningsbeslutet var fattat och han redan hade åkt hem med färdtjänst."),
             ("Uppföljning", "Remiss urologen skickad. Epikrisen skickas till VC-läkaren, som ansvarar för att ta samtalet med pat om fyndet i njuren inom en vecka. "
              "Amoxicillin t.o.m. 15/3, ny CRP på VC om 2 v."),
         ], setting="slutenvård")],
    [A1, B1], [],
    "long epikris: incidental kidney tumour suspected and untold at discharge, VC will tell")

case("med-inskrivning-kol-lang-nara-miss", "vgr", "19420910-5677", [
    note("n1", "Inskrivningsanteckning", "v_med_skv", "Petter Wallin", L,
         "2024-02-09 21:30", "2024-02-10 08:10", [
             ("Kontaktorsak", "Ökad andfåddhet och gulgrönt slem sedan en vecka, känd KOL."),
             ("Tidigare sjukdomar", "KOL GOLD 3, exrökare sedan 2015. Hypertoni. Förmaksflimmer, Eliquis. Gallstensop 1998."),
             ("Socialt", "Bor med hustrun i villa, hemtjänst 1 ggr/v för städning. Går med rollator inomhus."),
             ("Status", "AT: påverkad av andfåddhet, talar i korta meningar. Pulm: förlängt exspirium, ronki bilat, inga rassel. "
              "Cor: oregelbunden rytm, frekv 104. Sat 86 % utan O2, 91 % på 1 l. Bk: mjuk, oöm."),
             ("Lab", "CRP 48, LPK 11,2, Hb 142, krea 88. Blodgas: pCO2 6,9, pH 7,36."),
             ("Röntgen", "DT thorax med kontrast (pga D-dimer 1,4): ingen lungemboli, inga infiltrat, inga tumörsuspekta förändringar. Emfysem."),
             ("Bedömning", "KOL-exacerbation, ingen pneumoni. Prednisolon 40 mg x 1 i 5 dgr, inhalationer Ipramol x 4, Doxyferm. "
              "Trol. hem i helgen om syrgasbehovet försvinner."),
             ("Planering", "Hemtjänsten bör utökas efter hemgång, pat ej informerad om att biståndshandläggaren kontaktats, tas med honom och hustrun på ronden imorgon."),
         ], setting="slutenvård")],
    [], [A1, B1],
    "long admission note: untold item is a social-services contact; negated PE/tumour and a 'trol.' about discharge")

case("uro-enradare-blascancer-ringer-mandag", "skane", "19390522-4436", [
    note("n1", "Provsvarsanteckning", "s_uro_csk", "Nils Åkesson", L,
         "2024-02-23 16:55", "2024-02-23 16:57", [
             ("PAD", "TURB: höggradig urotelial cancer, ej muskelinvasiv (pT1). Pat ej informerad – ringer måndag."),
         ])],
    [A1], [],
    "one-line PAD note: bladder cancer, patient to be phoned on Monday")

case("kir-enradare-lipom-informerad-per-tel", "vgr", "19851203-2346", [
    note("n1", "Telefonanteckning", "v_kir_kgv", "Viktor Hedlund", L,
         "2024-05-30 12:40", "2024-05-30 12:42", [
             ("Telefonkontakt", "Pat informerad om PAD (lipom, radikalt) per tel. Inget mer."),
         ])],
    [], [A1],
    "one-line phone note: benign PAD told to the patient")

# =====================================================================
# build and validate
# =====================================================================
CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{4})", pnr)
    if not m:
        return False
    digits = m.group(2) + m.group(3)
    total = 0
    for i, ch in enumerate(digits[:-1]):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(digits[-1])


def parse(t):
    return _dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S")


def build():
    out = []
    for c in CASES:
        latest = max(parse(t) for n in c["notes"] for t in (n["time"], n["signed"]) if t)
        as_of = (latest + _dt.timedelta(days=1)).strftime("%Y-%m-%dT00:00:00")
        p = c["pnr"]
        record = {
            "patient": {"id": p, "birth_date": f"{p[0:4]}-{p[4:6]}-{p[6:8]}", "protected_identity": False},
            "as_of": as_of,
            "notes": c["notes"],
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["ruleset"], "record": record,
                    "must": [list(x) for x in c["must"]], "must_not": [list(x) for x in c["must_not"]],
                    "why": c["why"]})
    return out


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if list(c) != CASE_KEYS:
            errs.append(f"{n}: keys {list(c)}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            errs.append(f"{n}: bad case name")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            errs.append(f"{n}: why must be one line")
        r = c["record"]
        if list(r) != RECORD_KEYS:
            errs.append(f"{n}: record keys {list(r)}")
        pat = r["patient"]
        if not luhn_ok(pat["id"]):
            errs.append(f"{n}: personnummer {pat['id']} fails Luhn")
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            errs.append(f"{n}: birth_date does not match personnummer")
        try:
            bd = _dt.date.fromisoformat(pat["birth_date"])
            as_of = parse(r["as_of"])
        except ValueError as e:
            errs.append(f"{n}: {e}")
            continue
        age = as_of.year - bd.year - ((as_of.month, as_of.day) < (bd.month, bd.day))
        if 13 <= age <= 15:
            errs.append(f"{n}: patient aged {age} (13-15 not allowed)")
        ids = []
        systems = {}
        for note_ in r["notes"]:
            if list(note_) != NOTE_KEYS:
                errs.append(f"{n}: note keys {list(note_)}")
            ids.append(note_["id"])
            systems[note_["id"]] = note_["system"]
            if note_["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: system {note_['system']}")
            if c["ruleset"] == "vgr" and note_["system"] != "Melior":
                errs.append(f"{n}: VGR cases are Melior only")
            try:
                t = parse(note_["time"])
                s = parse(note_["signed"]) if note_["signed"] else None
            except (ValueError, TypeError) as e:
                errs.append(f"{n}: time {e}")
                continue
            if t.year != 2024 or (s and s.year != 2024):
                errs.append(f"{n}: dates must be in 2024")
            if s and s < t:
                errs.append(f"{n}: signed before time")
            if max(t, s or t) > as_of:
                errs.append(f"{n}: note after as_of")
            if not re.fullmatch(r"SE\d{10}-[0-9A-Z]+", note_["unit"]["hsa_id"]):
                errs.append(f"{n}: hsa id {note_['unit']['hsa_id']}")
            if not note_["sections"]:
                errs.append(f"{n}: note without sections")
            for sec in note_["sections"]:
                if list(sec) != ["keyword", "text"] or not sec["keyword"] or not sec["text"]:
                    errs.append(f"{n}: bad section {sec}")
                for sent in re.split(r"(?<=[.!?])\s+|\n", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append(f"{n}: sentence also in {sentences[sent]}: {sent!r}")
                        elif sent in sentences:
                            errs.append(f"{n}: sentence repeated within case: {sent!r}")
                        sentences[sent] = n
        if len(set(ids)) != len(ids) or not all(re.fullmatch(r"n\d+", i) for i in ids):
            errs.append(f"{n}: bad or duplicate note ids {ids}")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: asserts nothing")
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES or item[1] not in ids:
                    errs.append(f"{n}: bad assertion {item}")
                    continue
                key = tuple(item)
                if key in seen:
                    errs.append(f"{n}: assertion {item} twice or in both lists")
                seen.add(key)
                if systems[item[1]] == "PMO":
                    if item[0] == "NL101":
                        errs.append(f"{n}: NL101 is not asserted on PMO notes")
                    if item[0] == "NL102" and lst == "must":
                        errs.append(f"{n}: PMO never yields NL102")
    return errs


def main():
    cases = build()
    errs = validate(cases)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"{len(cases)} cases -> {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
