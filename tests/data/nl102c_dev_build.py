#!/usr/bin/env python3
"""nl102c_dev_cases: independent gold cases for NL102 (hypothesis-in-visible-note).

All cases are data below. Running this file writes nl102c_dev_cases.jsonl beside it
and validates it; it exits with status 1 on any problem. No dependencies, deterministic.
"""
import calendar
import json
import os
import re
import sys
from datetime import date, datetime

NAME = "nl102c_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7A11", "Melior", "skane"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7A12", "Melior", "skane"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7B21", "Melior", "skane"),
    "s_neuroavd_lund": ("Neurologiavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-7B22", "Melior", "skane"),
    "s_kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7C31", "Melior", "skane"),
    "s_hia_lund": ("Hjärtintensiven, Skånes universitetssjukhus Lund", "SE2321000255-7C32", "Melior", "skane"),
    "s_kir_ksd": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-7D41", "Melior", "skane"),
    "s_kir_lund": ("Kirurgakuten, Skånes universitetssjukhus Lund", "SE2321000255-7D42", "Melior", "skane"),
    "s_ort_ystad": ("Ortopedmottagningen, Lasarettet i Ystad", "SE2321000255-7E51", "Melior", "skane"),
    "s_reum_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7F61", "Melior", "skane"),
    "s_reum_malmo": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7F62", "Melior", "skane"),
    "s_hud_malmo": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7G71", "Melior", "skane"),
    "s_ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7H81", "Melior", "skane"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-7J11", "Melior", "skane"),
    "s_barn_malmo": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7J12", "Melior", "skane"),
    "s_barn_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-7J13", "Melior", "skane"),
    "s_psyk_lund": ("Vuxenpsykiatrimottagning Lund, Psykiatri Skåne", "SE2321000255-7K21", "Melior", "skane"),
    "s_bup_malmo": ("BUP-mottagningen Malmö, Psykiatri Skåne", "SE2321000255-7K22", "Melior", "skane"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7L31", "Melior", "skane"),
    "s_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7M41", "Melior", "skane"),
    "s_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7N51", "Melior", "skane"),
    "s_kk_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-7P61", "Melior", "skane"),
    "s_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7Q71", "Melior", "skane"),
    "s_med_hbg": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-7R81", "Melior", "skane"),
    "s_med_tbg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-7R82", "Melior", "skane"),
    "s_geri_lsk": ("Geriatriska kliniken, Landskrona lasarett", "SE2321000255-7R83", "Melior", "skane"),
    "s_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7S91", "Melior", "skane"),
    "s_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7T11", "Melior", "skane"),
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7U21", "Melior", "skane"),
    "s_hema_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7V31", "Melior", "skane"),
    "s_gastro_malmo": ("Gastroenterologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7W41", "Melior", "skane"),
    "s_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7X51", "Melior", "skane"),
    "s_kir_hlm": ("Kirurgmottagningen, Hässleholms sjukhus", "SE2321000255-7D43", "Melior", "skane"),
    # Region Skåne, PMO (primary care)
    "p_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-8A11", "PMO", "skane"),
    "p_vc_simr": ("Vårdcentralen Simrishamn", "SE2321000255-8A12", "PMO", "skane"),
    "p_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-8A13", "PMO", "skane"),
    "p_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-8A14", "PMO", "skane"),
    "p_vc_bunkeflo": ("Vårdcentralen Bunkeflo, Malmö", "SE2321000255-8A15", "PMO", "skane"),
    "p_bvc_staff": ("BVC Staffanstorp", "SE2321000255-8B21", "PMO", "skane"),
    "p_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-8C31", "PMO", "skane"),
    "p_hsv_hoor": ("Hemsjukvården, Vårdcentralen Höör", "SE2321000255-8D41", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E11A", "Melior", "vgr"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E12B", "Melior", "vgr"),
    "v_kk_ostra": ("Kvinnokliniken, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E13C", "Melior", "vgr"),
    "v_kk_boras": ("Kvinnokliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E13D", "Melior", "vgr"),
    "v_dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E14D", "Melior", "vgr"),
    "v_dsbus_mott": ("Barnmedicinsk mottagning, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E14E", "Melior", "vgr"),
    "v_barn_boras": ("Barnmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E14F", "Melior", "vgr"),
    "v_med_boras": ("Medicinmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E15F", "Melior", "vgr"),
    "v_kir_nu": ("Kirurgkliniken, NU-sjukvården Uddevalla", "SE2321000131-E16G", "Melior", "vgr"),
    "v_kir_su": ("Kirurgmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E16H", "Melior", "vgr"),
    "v_ort_skas": ("Ortopedmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E17H", "Melior", "vgr"),
    "v_reum_mdl": ("Reumatologmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E18J", "Melior", "vgr"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E19K", "Melior", "vgr"),
    "v_ogon_mdl": ("Ögonmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E20L", "Melior", "vgr"),
    "v_onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E21M", "Melior", "vgr"),
    "v_inf_ostra": ("Infektionsmottagningen, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E22N", "Melior", "vgr"),
    "v_onk_jub": ("Jubileumskliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E23P", "Melior", "vgr"),
    "v_psyk_aff": ("Psykiatri Affektiva, Sahlgrenska universitetssjukhuset", "SE2321000131-E24Q", "Melior", "vgr"),
    "v_psyk_nu": ("Vuxenpsykiatrisk mottagning, NU-sjukvården Trollhättan", "SE2321000131-E24R", "Melior", "vgr"),
    "v_kard_su": ("Kardiologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E25R", "Melior", "vgr"),
    "v_geri_skas": ("Geriatrisk mottagning, Skaraborgs sjukhus Skövde", "SE2321000131-E26S", "Melior", "vgr"),
    "v_med_ali": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E27T", "Melior", "vgr"),
    "v_med_kungalv": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E28U", "Melior", "vgr"),
    "v_uro_su": ("Urologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E29V", "Melior", "vgr"),
    "v_endo_su": ("Endokrinmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E30W", "Melior", "vgr"),
    "v_lung_su": ("Lungmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E31X", "Melior", "vgr"),
    "v_gastro_ostra": ("Gastromottagningen, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E32Y", "Melior", "vgr"),
    "v_hema_skas": ("Hematologimottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E33Z", "Melior", "vgr"),
    "v_bild_su": ("Röntgenmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E34A", "Melior", "vgr"),
}

AUTHORS = [
    "Karin Holmqvist", "Anders Bengtsson", "Sara Lindqvist", "Mohammed Al-Hassan", "Eva Nyström",
    "Johan Sandberg", "Lina Ekström", "Peter Håkansson", "Maria Gustavsson", "Ali Rezaei",
    "Ingrid Persson", "Oskar Lundgren", "Fatima Yilmaz", "Henrik Berglund", "Cecilia Wallin",
    "Jonas Åberg", "Emma Sjöberg", "Nikola Petrović", "Helena Falk", "Magnus Ohlsson",
    "Sofia Engström", "Erik Dahlberg", "Anna-Karin Nilsson", "Daniel Svensson", "Elin Borg",
    "Tomas Lindholm", "Amira Haddad", "Fredrik Strand", "Ulrika Hedlund", "Gustav Jönsson",
]

# ---------------------------------------------------------------- helpers
CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial3):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial3
    return f"{y}{m}{d}-{serial3}{luhn_digit(nine)}"


def C(name, unit, tpl, pat, t, sg, secs, exp, why, setting="öppenvård", role="läkare"):
    """pat = (birth_date, sex 'F'/'M'); t = 'YYYY-MM-DD HH:MM'; sg = 'HH:MM' or None (draft)."""
    CASES.append(dict(name=name, unit=unit, tpl=tpl, pat=pat, t=t, sg=sg, secs=secs,
                      exp=exp, why=why, setting=setting, role=role))


M, N = "must", "must_not"

# ================================================================ POSITIVES (must NL102)
# Melior notes, ordinary (visible) templates and sökord, a hedged diagnosis about the patient.

C("pos-akut-misstankt-lungemboli-efter-flygresa", "s_akut_lund", "Akutanteckning", ("1958-04-12", "F"),
  "2024-02-13 10:20", "11:05",
  [("Aktuellt", "Plötslig dyspné sedan igår kväll, hugg hö sida vid djupandning. Flög hem från Thailand i fredags."),
   ("Status", "AT: påverkad, takypné 26/min. Cor: RR, 112/min. Pulm: vesikulärt bilat. Sat 91% luft. Vä underben ej svullet."),
   ("Bedömning", "Misstänkt lungemboli. Wells 6. DT-angio lungor beställd, Innohep ges i väntan.")],
  M, "'Misstänkt lungemboli' in Bedömning of a visible Melior akutanteckning", setting="akut")

C("pos-neuro-susp-myasthenia-gravis-okular", "v_neuro_su", "Mottagningsanteckning", ("1979-09-03", "F"),
  "2024-03-05 09:40", "12:10",
  [("Anamnes", "Sedan 3 v dubbelseende på kvällarna och hängande ögonlock hö, värre efter långa arbetsdagar. Tröttnar när hon tuggar."),
   ("Status", "Ptos hö som ökar vid uppåtblick i 60 s. Diplopi vid lateral blick. Övrigt neurologstatus ua."),
   ("Bedömning", "Susp. myasthenia gravis, okulär form. AChR-ak och MuSK-ak skickas, neurografi med repetitiv stimulering bokas.")],
  M, "abbreviated cue 'Susp.' before a Latin diagnosis (myasthenia gravis)")

C("pos-kard-trol-perikardit-telegrafisk", "s_kard_lund", "Läkaranteckning", ("1990-11-21", "M"),
  "2024-01-17 14:05", "14:50",
  [("Aktuellt", "Bröstsmärta 2 d, värre liggande, lindras framåtlutad. Förkyld för 1 v sen."),
   ("Lab", "EKG: utbredda ST-höjningar, PR-sänkning. TnT 18. CRP 46."),
   ("Bedömning", "Trol. perikardit. Ibuprofen 600 x 3 + kolkicin. UCG imorgon.")],
  M, "telegraphic 'Trol.' + perikardit")

C("pos-kir-sannolikt-pankreascancer-dikterad", "v_kir_su", "Läkaranteckning", ("1951-06-30", "M"),
  "2024-04-09 11:15", "16:40",
  [("Anamnes", "Patienten är en 72-årig man som sedan ungefär två månader har tilltagande trötthet, aptitlöshet och en viktnedgång på åtta kilo. För en vecka sedan märkte hustrun att han blev gul i ögonvitorna och urinen har varit mörk."),
   ("Utredning", "DT buk visar en lågattenuerande expansivitet i pankreashuvudet, cirka 3 cm, med dilaterade gallvägar och pankreasgång. CA 19-9 är kraftigt förhöjt."),
   ("Bedömning", "Sammantaget sannolikt pankreascancer i caput. Fallet anmäls till MDK för ställningstagande till resektabilitet och vi planerar ERCP med stent och borstcytologi.")],
  M, "dictated note, 'sannolikt' before the compound 'pankreascancer'")

C("pos-kir-mojligen-divertikulit-utkast", "s_kir_ksd", "Läkaranteckning", ("1966-02-14", "F"),
  "2024-05-02 16:30", None,
  [("Aktuellt", "Vänstersidig nedre buksmärta sedan 3 dagar, subfebril."),
   ("Status", "Buk: mjuk, palpöm vä fossa, ingen défense. Temp 37,9."),
   ("Lab", "CRP 88, LPK 12,4."),
   ("Bedömning", "Möjligen divertikulit i sigmoideum. DT buk med kontrast, antibiotika i väntan på svar.")],
  M, "unsigned draft (pre-signing) with 'Möjligen divertikulit'")

C("pos-inf-ev-neuroborrelios", "v_inf_ostra", "Läkaranteckning", ("1984-07-08", "M"),
  "2024-08-20 10:00", "10:45",
  [("Anamnes", "Fästingbett i juni på Orust. Nu 4 v ensidig facialispares vä och nattlig rotsmärta i bröstryggen."),
   ("Bedömning", "Ev. neuroborrelios. LP för celler och borreliaantikroppar i likvor idag, ceftriaxon påbörjas.")],
  M, "'Ev.' before a diagnosis (neuroborrelios)")

C("pos-uro-fragetecken-fore-prostatacancer", "s_uro_malmo", "Mottagningsanteckning", ("1954-10-02", "M"),
  "2024-03-12 13:20", "13:55",
  [("Aktuellt", "Remiss från VC pga PSA 14. LUTS sedan ett år."),
   ("Status", "PR: hård knölig vä lob, hö lob mjuk."),
   ("Bedömning", "?Prostatacancer. MR prostata, därefter riktade biopsier.")],
  M, "question mark before the diagnosis ('?Prostatacancer')")

C("pos-gyn-endometrios-fragetecken-efter", "v_kk_ostra", "Läkaranteckning", ("1994-01-25", "F"),
  "2024-02-27 08:50", "11:30",
  [("Anamnes", "Svåra menssmärtor sedan tonåren som tilltagit, djup dyspareuni. Försökt bli gravid i 18 mån."),
   ("Status", "Gyn us: ömhet i bakre fornix, fixerad retroflekterad uterus. VUL: 3 cm cysta vä ovarium med ground-glass-eko."),
   ("Bedömning", "Endometrios? Diskuterar diagnostisk laparoskopi, remiss till endometriosteamet.")],
  M, "question mark after the diagnosis ('Endometrios?')")

C("pos-reum-diff-dg-pmr-jattecellsarterit", "s_reum_lund", "Läkaranteckning", ("1950-05-19", "F"),
  "2024-06-04 10:10", "11:00",
  [("Aktuellt", "Stelhet i skuldror och höfter morgnar sedan 6 veckor, huvudvärk tinning hö sida sedan 1 v."),
   ("Lab", "SR 78, CRP 52."),
   ("Bedömning", "Diff dg polymyalgia rheumatica och jättecellsarterit. Start prednisolon 40 mg, akut UL temporalisartärer och remiss ögon.")],
  M, "'Diff dg' listing two differential diagnoses")

C("pos-neuro-sab-kan-ej-utelsutas-stavfel", "s_akut_lund", "Akutanteckning", ("1976-12-01", "M"),
  "2024-07-14 22:40", "23:30",
  [("Aktuellt", "Åskknallshuvudvärk under träning för 8 h sedan, maxintensitet på sekunder. Kräkts en gång."),
   ("Status", "Vaken, orienterad, lätt nackstyv. Inga fokala bortfall."),
   ("Röntgen", "DT hjärna utan blödning."),
   ("Bedömning", "Subaraknoidalblödning kan ej utelsutas då det gått över 6 h. LP för spektrofotometri planeras.")],
  M, "typo in the cue: 'kan ej utelsutas' (kan ej uteslutas)", setting="akut")

C("pos-endo-inte-osannolikt-cushing", "v_endo_su", "Läkaranteckning", ("1981-03-16", "F"),
  "2024-09-10 09:00", "09:50",
  [("Anamnes", "Viktuppgång 15 kg på ett år, främst bål och ansikte. Blåmärken, proximal muskelsvaghet, nydebuterad hypertoni."),
   ("Utredning", "Dexametasonhämningstest: S-kortisol 210 nmol/l. U-kortisol förhöjt vid två tillfällen."),
   ("Bedömning", "Inte osannolikt att det rör sig om Cushings syndrom. ACTH tas, ställningstagande till MR hypofys utifrån svaret.")],
  M, "'Inte osannolikt' (double negative = possible) + eponym Cushings syndrom")

C("pos-hud-bilden-talar-for-bullos-pemfigoid", "s_hud_malmo", "Läkaranteckning", ("1943-08-28", "F"),
  "2024-04-23 13:30", "14:15",
  [("Aktuellt", "Kliande utslag sedan 2 mån, nu spända blåsor på lår och underarmar."),
   ("Status", "Stora spända bullae på erytematös botten, bål och extremiteter. Slemhinnor fria."),
   ("Bedömning", "Bilden talar för bullös pemfigoid. Stansbiopsi för PAD och IMF tagen. Dermovat tills vidare.")],
  M, "'talar för' with biopsy pending: not yet settled")

C("pos-lung-forenligt-med-sarkoidos", "v_lung_su", "Läkaranteckning", ("1988-02-09", "M"),
  "2024-10-03 14:00", "15:20",
  [("Röntgen", "DT thorax: bilat förstorade hilus- och mediastinala lgl, små perilymfatiska noduli i överloberna."),
   ("Bedömning", "Förenligt med sarkoidos. Bronkoskopi med EBUS-TBNA bokad, ACE och kalcium tas.")],
  M, "'Förenligt med' as a hedge with further diagnostics planned")

C("pos-inf-klinisk-bild-av-mononukleos", "s_inf_malmo", "Läkaranteckning", ("2003-05-27", "M"),
  "2024-11-06 15:10", "15:40",
  [("Aktuellt", "Halsont, feber 39 och uttalad trötthet sedan en vecka. Strep A neg på VC."),
   ("Status", "Beläggningar på tonsillerna, ömma förstorade lgl på halsen bilat. Mjältspets palpabel."),
   ("Bedömning", "Klinisk bild av mononukleos. Monospot och EBV-serologi tas, avråder från kontaktidrott i 4 v.")],
  M, "'Klinisk bild av' a diagnosis while tests are pending")

C("pos-onh-kan-rora-sig-om-vestibularisneurit", "v_onh_su", "Läkaranteckning", ("1969-04-04", "F"),
  "2024-01-30 10:25", "11:00",
  [("Anamnes", "Akut insättande rotatorisk yrsel sedan igår, kraftigt illamående. Förkylning förra veckan. Ingen hörselnedsättning."),
   ("Status", "Horisontell nystagmus åt vä, positivt head impulse test åt hö. Faller åt hö i Romberg. Ingen skew deviation."),
   ("Bedömning", "Kan röra sig om en vestibularisneurit hö. Vestibulär rehabilitering, Postafen vb.")],
  M, "'Kan röra sig om' a diagnosis")

C("pos-remiss-fragestallning-somnapne", "s_med_hbg", "Remiss", ("1970-07-22", "M"),
  "2024-05-15 11:45", "11:55",
  [("Frågeställning", "Sömnapnésyndrom?"),
   ("Anamnes", "Hustrun beskriver andningsuppehåll nattetid och kraftig snarkning. Dagtrött, har somnat vid rödljus. BMI 34, hypertoni.")],
  M, "open question in a Melior referral (Frågeställning) with no answer in the note")

C("pos-geri-bor-utredas-for-lewy-body", "v_geri_skas", "Läkaranteckning", ("1945-10-11", "F"),
  "2024-06-18 13:00", "14:30",
  [("Anamnes", "Enligt dottern fluktuerande förvirring sedan ett år, ser barn i rummet på kvällarna. Ramlat tre gånger."),
   ("Status", "MMT 22/30. Lätt rigiditet och bradykinesi bilat."),
   ("Bedömning", "Bör utredas för Lewy body-demens. DaTSCAN beställs, försiktighet med neuroleptika.")],
  M, "'Bör utredas för' + compound diagnosis")

C("pos-hema-utreds-for-myelom", "s_hema_lund", "Läkaranteckning", ("1959-01-13", "M"),
  "2024-02-08 09:15", "10:00",
  [("Aktuellt", "Remitteras pga ryggvärk, anemi Hb 98 och förhöjt kreatinin."),
   ("Lab", "Totalprotein 96 g/l. Kalcium 2,78."),
   ("Bedömning", "Utreds för myelom. Elfores, fria lätta kedjor och helkropps-DT beställda. Benmärgsprov nästa vecka.")],
  M, "'Utreds för' + diagnosis")

C("pos-ort-i-forsta-hand-de-quervain", "v_ort_skas", "Mottagningsanteckning", ("1985-12-30", "F"),
  "2024-03-21 15:00", "15:25",
  [("Anamnes", "Smärta radialt handled hö sedan 4 v, bär sin bebis mycket."),
   ("Status", "Ömhet och svullnad över processus styloideus radii. Finkelsteins test starkt pos."),
   ("Bedömning", "I första hand de Quervains tendovaginit. Ortos, kortisoninjektion om ej bättre om 4 v.")],
  M, "'I första hand' (leading hypothesis) + eponym")

C("pos-brost-avvaktar-pad-for-att-bekrafta", "s_brost_malmo", "Läkaranteckning", ("1971-09-17", "F"),
  "2024-08-27 12:30", "13:10",
  [("Aktuellt", "Knöl i hö bröst som pat upptäckt själv."),
   ("Röntgen", "Mammografi och UL: 14 mm oregelbunden förändring kl 10 hö bröst, BI-RADS 5."),
   ("Bedömning", "Mellannålsbiopsi tagen idag. Avvaktar PAD för att bekräfta bröstcancer innan MDK.")],
  M, "'Avvaktar PAD för att bekräfta' = not yet confirmed")

C("pos-reum-oklart-om-reaktiv-artrit", "v_reum_mdl", "Läkaranteckning", ("1988-06-06", "M"),
  "2024-09-24 10:40", "11:20",
  [("Anamnes", "Svullet hö knä och vä fotled sedan 3 v. Magsjuka i juli. Ingen psoriasis."),
   ("Status", "Synovit hö knä med hydrops, vä fotled svullen."),
   ("Bedömning", "Oklart om det är en reaktiv artrit eller debut av spondylartrit. HLA-B27 och ledvätska för odling och kristaller.")],
  M, "'Oklart om' about which diagnosis the patient has")

C("pos-kir-tveksam-apendicit-stavfel", "s_kir_lund", "Akutanteckning", ("2001-03-03", "M"),
  "2024-10-12 19:10", "19:50",
  [("Aktuellt", "Buksmärta sedan i morse, startade runt naveln, nu mer hö fossa."),
   ("Status", "Buk: ömhet hö fossa, ingen släppömhet. Temp 37,4."),
   ("Lab", "CRP 12, LPK 11,1."),
   ("Bedömning", "Tveksam apendicit. Inläggs för observation, ny bukpalpation och CRP i morgon bitti.")],
  M, "'Tveksam' + typo in diagnosis 'apendicit'", setting="akut")

C("pos-barn-kan-vara-kawasaki", "v_dsbus_akut", "Akutanteckning", ("2021-02-11", "M"),
  "2024-04-16 17:20", "18:30",
  [("Anamnes", "Feber sedan 5 dagar trots Alvedon. Röda ögon utan var, spruckna läppar, utslag på bålen sedan igår."),
   ("Status", "Irritabel. Bilat konjunktival injektion, jordgubbstunga, svullna handryggar. Lgl 2 cm hö halssida."),
   ("Bedömning", "Kan vara Kawasakis sjukdom, inkomplett bild. UCG idag och diskussion med barnreumatolog om IVIG.")],
  M, "child under 13 (guardian reads): 'Kan vara' + eponym", setting="akut")

C("pos-med-missankt-pnemoni-dubbelt-stavfel", "s_med_hbg", "Inskrivningsanteckning", ("1940-08-19", "M"),
  "2024-01-08 20:15", None,
  [("Aktuellt", "Feber och hosta sedan 3 dagar, rosslig, förvirrad enligt hemtjänsten."),
   ("Status", "Pulm: krepitationer hö basalt. AF 24. Sat 89%."),
   ("Bedömning", "Missänkt pnemoni hö basalt. Lungrtg, odlingar, iv bensyl-pc.")],
  M, "draft; typos in both cue and diagnosis ('Missänkt pnemoni')", setting="slutenvård")

C("pos-med-sannolkit-hjartsvikt-stavfel", "v_med_ali", "Inskrivningsanteckning", ("1937-11-02", "F"),
  "2024-02-19 21:00", "22:10",
  [("Aktuellt", "Tilltagande andfåddhet sedan 2 v, sover med tre kuddar. Bensvullnad bilat."),
   ("Status", "Halsvenstas. Pulm: basala rassel bilat. Pittingödem till knäna."),
   ("Bedömning", "Sannolkit hjärtsvikt. NT-proBNP, UCG, furosemid 40 mg iv.")],
  M, "typo in the cue ('Sannolkit')", setting="slutenvård")

C("pos-ogon-trol-oppenvinkelglaukom", "s_ogon_lund", "Läkaranteckning", ("1962-03-27", "M"),
  "2024-05-21 08:30", "09:05",
  [("Aktuellt", "Remiss från optiker pga förhöjt ögontryck."),
   ("Status", "Tonometri 27/29. Papiller: ökad excavation 0,7 bilat. Synfält: nasalt språng vä."),
   ("Bedömning", "Trol. öppenvinkelglaukom bilat. Start Xalatan, OCT och nytt synfält om 6 v.")],
  M, "ophthalmology: 'Trol.' + compound diagnosis")

C("pos-psyk-mojlig-bipolar-typ-2", "s_psyk_lund", "Läkaranteckning", ("1996-06-14", "F"),
  "2024-03-07 13:00", "15:45",
  [("Anamnes", "Återkommande depressiva episoder sedan 19 års ålder. Beskriver perioder om 1–2 v med minskat sömnbehov, ökad energi och impulsiva köp."),
   ("Bedömning", "Möjlig bipolär sjukdom typ II. Går vidare med strukturerad intervju (MINI) och stämningsdagbok innan ställningstagande till stämningsstabiliserare.")],
  M, "adult psychiatry outpatient (visible): 'Möjlig bipolär sjukdom'")

C("pos-psyk-misstanke-om-autism", "v_psyk_nu", "Läkaranteckning", ("1998-10-20", "M"),
  "2024-11-12 10:00", "11:40",
  [("Anamnes", "Svårt med sociala relationer sedan barndomen, stark rutinbundenhet, sensorisk överkänslighet. Har avbrutit två utbildningar."),
   ("Bedömning", "Misstanke om autismspektrumtillstånd. Remiss till neuropsykiatriskt utredningsteam, ADOS och psykologtester planeras.")],
  M, "noun form 'Misstanke om' without negation")

C("pos-endo-phpt-fragetecken-efter-forkortning", "s_endo_malmo", "Läkaranteckning", ("1963-04-30", "F"),
  "2024-06-25 11:10", "11:35",
  [("Lab", "S-Ca 2,81 (joniserat 1,48), PTH 9,6 – inadekvat högt."),
   ("Bedömning", "pHPT? Dygnsurin kalcium, DXA och UL hals. Ny kontroll om 2 mån.")],
  M, "abbreviated diagnosis followed by '?' (pHPT?)")

C("pos-med-trol-pyelonefrit-utkast", "v_med_kungalv", "Akutanteckning", ("1978-01-18", "F"),
  "2024-07-03 02:15", None,
  [("Aktuellt", "Sveda vid miktion 3 d, nu frossa och feber 39,2, ont vä flank."),
   ("Status", "Dunkömhet vä njurloge."),
   ("Bedömning", "Trol. pyelonefrit vä. Urinodling + blododling, ceftibuten po, ctr CRP på VC om 3 d.")],
  M, "unsigned night draft: 'Trol. pyelonefrit'", setting="akut")

C("pos-barn-misstankt-celiaki", "s_barn_malmo", "Läkaranteckning", ("2017-08-09", "F"),
  "2024-02-22 14:20", "15:00",
  [("Anamnes", "Magont och lös avföring i ett år, har stannat i längdkurvan. Mor har hypotyreos."),
   ("Lab", "Transglutaminas-IgA >128 (ref <7)."),
   ("Bedömning", "Misstänkt celiaki. Gastroskopi med duodenalbiopsier bokas, fortsatt glutenhaltig kost tills dess.")],
  M, "child (guardian reads): 'Misstänkt celiaki' before biopsy")

C("pos-barnakut-sannol-invagination", "s_barnakut_lund", "Akutanteckning", ("2023-05-20", "M"),
  "2024-03-02 18:45", "19:20",
  [("Anamnes", "Anfallsvisa skrikperioder var 20:e minut sedan kl 14, blek och slapp mellan attackerna. Kräkts tre gånger."),
   ("Status", "Palpabel resistens i hö övre kvadranten."),
   ("Bedömning", "Sannol. invagination. Akut UL buk, kirurgjouren kontaktad.")],
  M, "infant, abbreviated 'Sannol.'", setting="akut")

C("pos-neuro-tia-fragetecken", "v_neuro_su", "Läkaranteckning", ("1955-09-25", "M"),
  "2024-05-07 09:30", "10:15",
  [("Aktuellt", "Igår kväll 20 min ordfinningssvårigheter och svaghet hö hand, helt återställd. BT 172/95."),
   ("Status", "Neurologstatus ua. EKG SR."),
   ("Bedömning", "TIA? Startar ASA + klopidogrel och atorvastatin. Halskärlsultraljud och MR hjärna.")],
  M, "abbreviation with trailing '?' (TIA?)")

C("pos-kard-sannol-aortastenos", "v_med_boras", "Mottagningsanteckning", ("1946-12-12", "M"),
  "2024-08-13 13:40", "14:00",
  [("Aktuellt", "Ansträngningsutlöst yrsel och tryck i bröstet."),
   ("Status", "Cor: systoliskt ejektionsblåsljud 3/6 punctum max 2:a ics hö, fortleds till halsen."),
   ("Bedömning", "Sannol. aortastenos. UCG prioriterat.")],
  M, "telegraphic 'Sannol.' + aortastenos")

C("pos-lung-misstankt-lungcancer-dikterad", "s_lung_lund", "Läkaranteckning", ("1952-02-04", "F"),
  "2024-09-17 11:00", "16:20",
  [("Anamnes", "Patienten är en 72-årig kvinna, tidigare storrökare med cirka 45 paketår, som remitteras från vårdcentralen efter att ha haft hosta i tre månader, en episod med blodtingerade upphostningar och en viktnedgång på fem kilo. Hon har känd hypertoni men är i övrigt frisk."),
   ("Röntgen", "DT thorax visar en 32 mm spikulerad tumör i höger överlob samt en förstorad lymfkörtel i station 4R."),
   ("Bedömning", "Sammanfattningsvis misstänkt lungcancer i höger överlob. Jag har förklarat för patienten att vi behöver ta vävnadsprov för att veta säkert. PET-DT och bronkoskopi med EBUS bokas inom standardiserat vårdförlopp.")],
  M, "long dictated note; hedge sits mid-sentence after 'Sammanfattningsvis'")

C("pos-ogon-susp-herpes-zoster-ophthalmicus", "v_ogon_mdl", "Akutanteckning", ("1949-07-15", "M"),
  "2024-10-21 16:00", "16:35",
  [("Anamnes", "Brännande smärta vä panna och ögonlock sedan 3 d, nu blåsor och rött öga."),
   ("Status", "Vesiklar vä panna och nästipp (Hutchinsons tecken). Vä öga: injicerat, dendritliknande fluoresceinupptag."),
   ("Bedömning", "Susp. herpes zoster ophthalmicus med keratit. Valaciklovir 1 g x 3, kontroll på ögonakuten om 2 d.")],
  M, "Latin diagnosis after 'Susp.'", setting="akut")

C("pos-hud-trol-pitiryasis-rosea-stavfel", "v_hud_su", "Läkaranteckning", ("2000-01-29", "F"),
  "2024-03-26 10:50", "11:10",
  [("Anamnes", "En stor rosa fläck på bröstet för 2 v sedan, nu många mindre fjällande fläckar över bålen."),
   ("Status", "Ovala laxrosa fjällande fläckar längs hudlinjerna, julgransmönster på ryggen. Primärfläck vä bröst."),
   ("Bedömning", "Trol. pitiryasis rosea. Självläkande, mjukgörande kräm och vid klåda hydrokortison.")],
  M, "Latin skin diagnosis after 'Trol.', misspelt 'pitiryasis'")

C("pos-akut-trol-baltros-lekmannanamn", "s_akut_malmo", "Akutanteckning", ("1968-11-08", "M"),
  "2024-06-01 12:20", "12:45",
  [("Aktuellt", "Brännande smärta hö sida bröstkorgen i 4 d, nu utslag."),
   ("Status", "Grupperade vesiklar på rodnad botten i bältesform hö Th6, går ej över medellinjen."),
   ("Bedömning", "Trol. bältros. Valaciklovir i 7 d, Alvedon och vid behov tramadol.")],
  M, "lay name of the diagnosis (bältros) after 'Trol.'", setting="akut")

C("pos-barn-ev-kikhosta", "v_barn_boras", "Läkaranteckning", ("2018-04-03", "F"),
  "2024-02-06 13:15", "13:50",
  [("Anamnes", "Hosta sedan 3 v, anfallsvis med kräkning efteråt och tjutande inandning. Ovaccinerad."),
   ("Bedömning", "Ev. kikhosta. PCR nasofarynx, erytromycin påbörjas. Info om att stanna hemma från förskolan.")],
  M, "child: 'Ev.' + lay diagnosis (kikhosta)")

C("pos-neuro-misstankt-guillain-barre-dikterad", "s_neuroavd_lund", "Inskrivningsanteckning", ("1983-10-27", "M"),
  "2024-11-19 15:30", "18:05",
  [("Anamnes", "Mannen, 41 år, hade en magsjuka för ungefär två veckor sedan. Sedan fyra dagar har han fått stickningar i fötterna och fingertopparna och en tilltagande svaghet i benen, så att han i morse inte kunde resa sig ur sängen utan hjälp."),
   ("Status", "Vaken och klar. Areflexi i nedre extremiteterna, svaga bicepsreflexer. Symmetrisk pares i höftböjare och fotdorsalflexorer grad 3/5. Vitalkapacitet 3,1 l."),
   ("Bedömning", "Misstänkt Guillain-Barrés syndrom. LP och neurografi idag, vitalkapacitet fyra gånger per dygn och IVIG startas efter samråd med bakjour.")],
  M, "inpatient admission note, eponym after 'Misstänkt'", setting="slutenvård")

C("pos-gastro-fragetecken-chrons-stavfel", "v_gastro_ostra", "Läkaranteckning", ("1999-05-05", "F"),
  "2024-04-02 10:30", "11:15",
  [("Anamnes", "Diarré 6–8 ggr/dygn sedan 2 mån, buksmärta hö fossa, afte i munnen, viktnedgång 6 kg."),
   ("Lab", "F-calprotektin 1450. CRP 34. Hb 112."),
   ("Bedömning", "?Chrons sjukdom. Ileokoloskopi och MR tunntarm.")],
  M, "'?' before an eponym diagnosis, misspelt 'Chrons' (Crohns)")

C("pos-onh-mojligen-menieres-sjukdom", "s_onh_lund", "Läkaranteckning", ("1958-06-23", "F"),
  "2024-12-03 09:20", "10:00",
  [("Anamnes", "Tre attacker senaste halvåret med rotatorisk yrsel i flera timmar, lock- och susningskänsla vä öra under anfallen."),
   ("Status", "Audiogram: lågfrekvent sensorineural hörselnedsättning vä."),
   ("Bedömning", "Möjligen Ménières sjukdom vä. Saltfattig kost, betahistin provas, nytt audiogram om 3 mån.")],
  M, "'Möjligen' + eponym with diacritic")

C("pos-akut-susp-dvt-utkast", "v_akut_su", "Akutanteckning", ("1990-08-31", "F"),
  "2024-09-01 23:10", None,
  [("Aktuellt", "Svullen vä vad sedan 2 d. P-piller. Långflyg från New York i helgen."),
   ("Status", "Vä vad 3 cm större än hö, ömhet längs djupa venerna."),
   ("Bedömning", "Susp. DVT vä. D-dimer 1,9. UL vener bokat imorgon kl 08, Fragmin tills dess.")],
  M, "unsigned draft, abbreviation DVT after 'Susp.'", setting="akut")

C("pos-hia-trol-nstemi", "s_hia_lund", "Läkaranteckning", ("1960-03-09", "M"),
  "2024-01-24 07:50", "08:30",
  [("Aktuellt", "Tryck i bröstet 2 h i vila igår kväll, nu smärtfri."),
   ("Lab", "hs-TnT 52 → 88. EKG: ST-sänkning V4–V6."),
   ("Bedömning", "Trol. NSTEMI. Ticagrelor, Fragmin, koronarangiografi planeras imorgon.")],
  M, "abbreviated diagnosis NSTEMI after 'Trol.'", setting="slutenvård")

C("pos-lung-fragetecken-kol", "v_lung_su", "Mottagningsanteckning", ("1957-08-14", "M"),
  "2024-05-28 14:30", "14:55",
  [("Anamnes", "Rökt 30 år. Tilltagande andfåddhet i backar och morgonhosta med slem varje vinter."),
   ("Bedömning", "?KOL. Spirometri med reversibilitetstest bokas, rökavvänjning erbjuds.")],
  M, "'?' before an abbreviation (KOL)")

C("pos-reum-misst-sle", "s_reum_malmo", "Läkaranteckning", ("1992-12-19", "F"),
  "2024-07-09 10:00", "10:40",
  [("Anamnes", "Ledvärk i händerna, fjärilsformat utslag över kinderna efter sol, munsår och håravfall."),
   ("Lab", "ANA pos 1:1280, C3 lågt. U-sticka: protein 2+."),
   ("Bedömning", "Misst. SLE. Anti-dsDNA, U-albumin/kreatinin och remiss njurmedicin.")],
  M, "abbreviated cue 'Misst.' + SLE")

C("pos-inf-dd-malaria-efter-resa", "s_inf_malmo", "Akutanteckning", ("1975-04-22", "M"),
  "2024-08-05 03:30", "04:15",
  [("Aktuellt", "Hemkommen från Uganda för 10 d sedan, feber 40 med frossa, huvudvärk. Tog ingen malariaprofylax."),
   ("Lab", "Trombocyter 62. Bilirubin 38."),
   ("Bedömning", "DD malaria, tyfoidfeber, denguefeber. Malariasnabbtest och utstryk akut, blododlingar x 2.")],
  M, "'DD' list of differential diagnoses", setting="akut")

C("pos-neuro-differentialdiagnostiskt-nph", "v_neuro_su", "Läkaranteckning", ("1944-02-17", "F"),
  "2024-10-15 13:10", "14:40",
  [("Anamnes", "Gångsvårigheter med små steg, urininkontinens och tilltagande glömska sedan ett år."),
   ("Röntgen", "DT hjärna: vidgade ventriklar, Evans index 0,36, ej motsvarande vidgade fåror."),
   ("Bedömning", "Differentialdiagnostiskt övervägs normaltryckshydrocefalus. Tap-test med gånganalys före och efter planeras.")],
  M, "'Differentialdiagnostiskt övervägs' (long form of DD)")

C("pos-uro-misstakt-njurcellscancer-utkast-stavfel", "v_uro_su", "Läkaranteckning", ("1965-09-08", "M"),
  "2024-12-10 15:20", None,
  [("Röntgen", "DT buk (gjord för gallbesvär): 5 cm kontrastuppladdande solid expansivitet i övre polen av hö njure."),
   ("Bedömning", "Misstäkt njurcellscancer hö. DT thorax för staging, ställningstagande till nefrektomi på MDK.")],
  M, "unsigned draft: incidentaloma, typo in the cue 'Misstäkt njurcellscancer'")

C("pos-gyn-susp-eug", "s_kk_hbg", "Akutanteckning", ("1997-07-01", "F"),
  "2024-04-28 10:05", "10:50",
  [("Anamnes", "SM 7 v sedan, positivt graviditetstest. Ensidig smärta vä fossa och lite småblödning sedan igår."),
   ("Status", "VUL: ingen intrauterin graviditet, liten mängd fri vätska i fossa Douglasi. hCG 2300."),
   ("Bedömning", "Susp. EUG vä. Kontakt med bakjour, diagnostisk laparoskopi idag.")],
  M, "gynecology abbreviation EUG after 'Susp.'", setting="akut")

C("pos-gyn-ev-pcos", "v_kk_boras", "Mottagningsanteckning", ("1999-03-14", "F"),
  "2024-06-11 09:00", "09:35",
  [("Anamnes", "Oregelbundna menstruationer med 2–4 mån intervall sedan menarche, akne och ökad behåring på hakan."),
   ("Lab", "Testosteron 2,8 nmol/l, LH/FSH-kvot 3."),
   ("Bedömning", "Ev. PCOS. Vaginalt UL av ovarierna och OGTT.")],
  M, "'Ev.' + abbreviation PCOS")

C("pos-minne-sannolikt-alzheimer-dikterad", "s_minne_malmo", "Läkaranteckning", ("1941-01-06", "F"),
  "2024-03-19 10:00", "13:30",
  [("Anamnes", "Maken berättar att hon sedan drygt två år successivt blivit glömsk för nyligen inträffade saker, hon upprepar frågor och har slutat sköta räkningarna. Hon hittar fortfarande hem men har gått vilse i en ny affär."),
   ("Status", "MMT 21/30 med bortfall på närminne och orientering i tid. Klocktest patologiskt. Neurologiskt i övrigt ua."),
   ("Bedömning", "Kognitiv svikt som sannolikt beror på Alzheimers sjukdom. DT hjärna och likvor för demensmarkörer innan vi ställer diagnos. Körkortsfrågan tas upp vid nästa besök.")],
  M, "dictated geriatric note; 'sannolikt beror på' an eponym diagnosis")

C("pos-psyk-misstankt-eips", "v_psyk_aff", "Läkaranteckning", ("1999-11-28", "F"),
  "2024-02-15 14:00", "16:00",
  [("Anamnes", "Självskadebeteende sedan 15 års ålder, instabila relationer, tomhetskänslor och intensiva vredesutbrott."),
   ("Bedömning", "Misstänkt emotionellt instabil personlighetsstörning. SCID-5-PD genomförs vid två besök, därefter diskussion om DBT.")],
  M, "psychiatry: hedged personality disorder in a visible Melior note")

C("pos-ort-susp-scafoidfraktur-gemener", "s_ort_ystad", "Akutanteckning", ("2004-02-26", "M"),
  "2024-05-12 16:40", "17:00",
  [("Aktuellt", "Föll på utsträckt hand vid fotboll igår."),
   ("Status", "Ömhet i fossa tabatière hö. Smärta vid axial kompression av tummen."),
   ("Röntgen", "Slätröntgen handled ua."),
   ("Bedömning", "susp. scafoidfraktur, gips med tuminfattning, ny rtg alt. MR om 10–14 d.")],
  M, "lower-case 'susp.' with normal X-ray (occult fracture)", setting="akut")

C("pos-ort-misstankt-korsbansruptur-stavfel", "v_ort_skas", "Akutanteckning", ("1997-12-05", "M"),
  "2024-01-22 11:30", "12:05",
  [("Anamnes", "Vred knät vid skidåkning, hörde en smäll, svullnade inom en timme."),
   ("Status", "Hemartros vä knä. Lachman pos med mjukt stopp. Pivot shift ej bedömbart pga smärta."),
   ("Bedömning", "Misstänkt främre korsbansruptur vä. MR knä, fysioterapeut för rörlighetsträning.")],
  M, "typo in the diagnosis ('korsbansruptur')", setting="akut")

C("pos-endo-trol-graves", "v_endo_su", "Läkaranteckning", ("1986-07-19", "F"),
  "2024-04-25 13:00", "13:45",
  [("Anamnes", "Hjärtklappning, värmeintolerans, viktnedgång 5 kg, skakiga händer. Ögonen känns grusiga och står ut."),
   ("Lab", "TSH <0,01, fritt T4 48."),
   ("Bedömning", "Trol. Graves sjukdom med lätt endokrin oftalmopati. TRAK skickas, start Thacapzol 10 mg x 2 och propranolol.")],
  M, "'Trol.' + eponym (Graves)")

C("pos-barn-trolgen-itp-stavfel", "v_dsbus_mott", "Läkaranteckning", ("2019-06-24", "M"),
  "2024-11-25 10:20", "11:00",
  [("Anamnes", "Blåmärken och prickiga röda utslag på benen sedan igår. Förkyld för 2 v sedan, i övrigt pigg."),
   ("Lab", "TPK 8. Hb och LPK normala."),
   ("Bedömning", "Trolgen ITP. Benmärg ej indicerad nu, kontroll TPK om 3 d, undvik ibuprofen.")],
  M, "child; typo in the cue ('Trolgen' for troligen)")

C("pos-kir-ileus-kan-ej-helt-uteslutas-dikterad", "v_kir_nu", "Akutanteckning", ("1950-10-10", "M"),
  "2024-07-27 01:40", "03:15",
  [("Anamnes", "Patienten är opererad för rektalcancer 2018 och söker nu med kramper i buken sedan ett dygn, han har kräkts galla fem gånger och har inte haft avföring eller gasavgång sedan igår morse."),
   ("Status", "Utspänd buk, tympanistisk perkussionston och livliga klingande tarmljud."),
   ("Bedömning", "Ileus kan ej helt uteslutas. Nasogastrisk sond, dropp och DT buk med peroralt kontrastmedel.")],
  M, "dictated; 'kan ej helt uteslutas' placed after the diagnosis", setting="akut")

C("pos-inf-ev-lungtuberkulos-utkast", "s_inf_malmo", "Läkaranteckning", ("1987-02-12", "F"),
  "2024-10-29 14:00", None,
  [("Anamnes", "Kom från Somalia 2019. Hosta i 2 mån, nattsvettningar, viktnedgång."),
   ("Röntgen", "Lungröntgen: kavitet i hö överlob."),
   ("Bedömning", "Ev. lungtuberkulos. Luftburen isolering, sputum x 3 för mikroskopi och PCR, IGRA.")],
  M, "unsigned draft, 'Ev.' + compound 'lungtuberkulos'", setting="slutenvård")

C("pos-onk-planering-fs-skelettmetastaser", "v_onk_jub", "Läkaranteckning", ("1960-05-03", "F"),
  "2024-08-22 09:45", "10:25",
  [("Anamnes", "Opererad för bröstcancer 2021. Nu tilltagande ländryggssmärta nattetid sedan 6 v, ALP stigande."),
   ("Planering", "Skelettscintigrafi beställd, f.s. skelettmetastaser? Återbesök med svar om 2 v.")],
  M, "'f.s.' + diagnosis with '?' in Planering, unanswered")

# ================================================================ NEGATIVES (must_not NL102)

# ---- negated mentions in visible Melior notes
C("neg-akut-ingen-misstanke-om-appendicit", "s_akut_lund", "Akutanteckning", ("1999-09-14", "M"),
  "2024-03-10 04:20", "05:00",
  [("Aktuellt", "Buksmärta sedan i natt, diffus, nu avklingande. Åt på restaurang igår."),
   ("Status", "Buk mjuk, lätt diffust öm, ingen lokal ömhet i hö fossa. Afebril."),
   ("Lab", "CRP <5, LPK 7,2."),
   ("Bedömning", "Ingen misstanke om appendicit. Gastroenterit. Hem med råd om vätskeintag, åter vid försämring.")],
  N, "'Ingen misstanke om' negates the diagnosis; the affirmed diagnosis is not hedged", setting="akut")

C("neg-kard-lungemboli-uteslutes", "v_kard_su", "Läkaranteckning", ("1975-06-02", "F"),
  "2024-04-11 15:00", "15:40",
  [("Aktuellt", "Inremitterad från akuten för andfåddhet och takykardi tio dagar efter hysterektomi."),
   ("Röntgen", "DT-angio lungartärer: inga embolier."),
   ("Bedömning", "Lungemboli uteslutes. Takykardin förklaras av anemin (Hb 91), järninfusion ges.")],
  N, "'uteslutes' after the diagnosis: ruled out")

C("neg-med-inga-tecken-pa-pneumoni-kol", "s_med_tbg", "Läkaranteckning", ("1947-01-30", "M"),
  "2024-01-15 10:30", "11:10",
  [("Aktuellt", "Hosta och feber i 4 d, känd KOL sedan 2012."),
   ("Status", "Pulm: förlängt exspirium, inga rassel."),
   ("Röntgen", "Lungröntgen: inga tecken på pneumoni."),
   ("Bedömning", "KOL-exacerbation. Prednisolon 5 d, doxycyklin och ökad dos Ventoline.")],
  N, "'inga tecken på pneumoni' (negated); KOL affirmed")

C("neg-reum-misstanken-avskrivs-temporalisarterit", "v_reum_mdl", "Läkaranteckning", ("1949-03-22", "F"),
  "2024-05-14 09:30", "10:00",
  [("Aktuellt", "Återbesök efter biopsi. Huvudvärken är borta."),
   ("Bedömning", "Misstanken om temporalisarterit avskrivs efter normal temporalisbiopsi och normalt UL. Prednisolon trappas ut på 3 v.")],
  N, "the hypothesis is explicitly dropped ('avskrivs')")

C("neg-inf-talar-emot-menigit-stavfel-utkast", "s_inf_malmo", "Akutanteckning", ("2002-10-16", "F"),
  "2024-02-01 20:30", None,
  [("Aktuellt", "Huvudvärk och feber 38,5 sedan igår, orolig för hjärnhinneinflammation efter en artikel i tidningen."),
   ("Status", "Ingen nackstyvhet, Kernig och Brudzinski neg. Inga petekier. Klar och adekvat."),
   ("Bedömning", "Symtombilden talar emot menigit. Influensa A påvisad med snabbtest, hem med symtomatisk behandling.")],
  N, "draft; 'talar emot' negates the misspelt diagnosis 'menigit'", setting="akut")

C("neg-med-ej-forenligt-med-gikt", "v_med_ali", "Läkaranteckning", ("1958-12-07", "M"),
  "2024-06-20 11:00", "11:45",
  [("Aktuellt", "Svullen och röd hö stortå sedan 2 dagar, ny sko."),
   ("Utredning", "Ledpunktion: inga uratkristaller, inga bakterier i gramfärgning, odling neg. Urat 290."),
   ("Bedömning", "Bilden ej förenlig med gikt. Bursit över MTP I hö efter tryck från skon, avlastning och NSAID i 1 v.")],
  N, "'ej förenlig med' negates the diagnosis")

C("neg-akut-ingen-halpunkt-for-dvt-stavfel", "v_akut_su", "Akutanteckning", ("1966-08-08", "F"),
  "2024-07-18 13:10", "13:50",
  [("Aktuellt", "Smärta vä vad efter långpromenad i förrgår."),
   ("Status", "Ingen svullnad, omfång lika bilat."),
   ("Utredning", "D-dimer <0,2. UL vener vä ben: normalt flöde, komprimerbara vener."),
   ("Bedömning", "Ingen hålpunkt för DVT. Muskelsträckning i vaden, värme och vila.")],
  N, "typo in the negation cue ('Ingen hålpunkt för') still negates", setting="akut")

C("neg-neuro-mr-fynd-utan-anmarkning-ms", "s_neuro_lund", "Läkaranteckning", ("1988-04-18", "F"),
  "2024-03-28 13:00", "14:20",
  [("Aktuellt", "Kontroll efter domningar i vä arm i februari som gått över helt."),
   ("Röntgen", "MR hjärna och halsrygg: fynd utan anmärkning, inga MS-typiska förändringar."),
   ("Bedömning", "Multipel skleros föreligger inte. Neurografi visar lätt förlångsammad ulnarisledning över armbågen, ergonomiråd.")],
  N, "normal finding ('fynd utan anmärkning') and 'föreligger inte'")

C("neg-brost-friad-fran-misstanke", "s_brost_malmo", "Läkaranteckning", ("1964-11-25", "F"),
  "2024-09-03 10:00", "10:30",
  [("Aktuellt", "Återbesök för besked efter punktion av knöl i vä bröst."),
   ("Utredning", "Cytologi: benignt, fibroadenom. Mammografi och UL utan malignitetstecken."),
   ("Bedömning", "Pat friad från misstanke om bröstcancer. Fibroadenom, ingen ytterligare åtgärd, åter vid förändring.")],
  N, "'friad från misstanke om' = cleared")

C("neg-med-ingen-missanke-om-sepsis-stavfel", "v_med_kungalv", "Akutanteckning", ("1953-05-11", "M"),
  "2024-10-08 17:45", "18:20",
  [("Aktuellt", "Inkom med feber 38,4 och sveda vid miktion."),
   ("Status", "Opåverkad, BT 138/80, puls 84, AF 16."),
   ("Bedömning", "Ingen missanke om sepsis, NEWS 1. Cystit hos man, pivmecillinam i 7 d, urinodling skickad.")],
  N, "typo in the negation cue ('Ingen missanke om') still negates", setting="akut")

C("neg-kard-inget-som-talar-for-hjartinfarkt", "s_kard_lund", "Läkaranteckning", ("1970-02-28", "F"),
  "2024-11-14 11:20", "11:50",
  [("Aktuellt", "Bröstsmärta efter gympass, stickande och lägesberoende."),
   ("Lab", "hs-TnT <5 vid två tillfällen, EKG normalt."),
   ("Bedömning", "Inget som talar för hjärtinfarkt. Muskuloskeletal bröstsmärta, smärtan reproduceras vid palpation av costosternalleder.")],
  N, "'Inget som talar för' negates the diagnosis")

C("neg-ort-hoftfraktur-kan-uteslutas", "v_ort_skas", "Akutanteckning", ("1939-07-07", "F"),
  "2024-12-14 09:10", "10:00",
  [("Aktuellt", "Föll i hemmet i natt, smärta hö höft."),
   ("Röntgen", "DT höft: ingen fraktur."),
   ("Bedömning", "Höftfraktur kan med säkerhet uteslutas. Kontusion, mobiliseras med rollator, hemtjänsten kontaktad.")],
  N, "'kan med säkerhet uteslutas' (affirmative ruling out, contrast to 'kan ej uteslutas')", setting="akut")

C("neg-inf-neuroborrelios-utesluten", "v_inf_ostra", "Läkaranteckning", ("1980-09-29", "M"),
  "2024-09-12 14:10", "14:40",
  [("Aktuellt", "Återbesök efter LP pga facialispares hö."),
   ("Lab", "Likvor: 2 celler, borreliaantikroppar neg i serum och likvor."),
   ("Bedömning", "Neuroborrelios utesluten. Idiopatisk facialispares (Bells pares), prednisolon enligt schema, redan i förbättring.")],
  N, "'utesluten' after the diagnosis")

C("neg-gyn-misstanken-om-eug-avfardades", "s_kk_hbg", "Akutanteckning", ("1993-04-09", "F"),
  "2024-08-09 08:40", "09:20",
  [("Aktuellt", "Kom akut pga blödning i v 6 och buksmärta."),
   ("Status", "VUL: intrauterin graviditet med hjärtaktivitet, CRL motsvarar 6+3."),
   ("Bedömning", "Misstanken om extrauterin graviditet avfärdades då intrauterin graviditet ses. Hotande missfall, expektans, åter vid ökad blödning.")],
  N, "hypothesis dismissed within the same note ('avfärdades')", setting="akut")

# ---- confirmed diagnoses
C("neg-onk-pad-verifierat-adenokarcinom", "s_onk_lund", "Läkaranteckning", ("1956-10-31", "M"),
  "2024-02-20 13:30", "14:45",
  [("Aktuellt", "Nybesök inför ställningstagande till adjuvant behandling."),
   ("Utredning", "PAD-verifierat adenokarcinom i colon sigmoideum, pT3N1M0, radikalt opererat 2024-01-18."),
   ("Bedömning", "Adjuvant CAPOX i 3 mån rekommenderas, pat vill tänka över det till nästa vecka.")],
  N, "histologically confirmed diagnosis (PAD-verifierat)")

C("neg-barn-diabetes-typ1-sedan-2019", "v_barn_boras", "Läkaranteckning", ("2015-11-11", "F"),
  "2024-03-14 10:00", "10:30",
  [("Aktuellt", "Årskontroll. Diabetes typ 1 sedan 2019, insulinpump och CGM."),
   ("Lab", "HbA1c 52."),
   ("Bedömning", "Välinställd diabetes. Inga hypoglykemier med medvetandepåverkan. Ny kontroll om 3 mån.")],
  N, "child with an established diagnosis ('sedan 2019')")

C("neg-neuro-parkinson-faststalld", "s_neuro_lund", "Läkaranteckning", ("1950-08-16", "M"),
  "2024-06-27 09:00", "09:40",
  [("Diagnos", "Parkinsons sjukdom, fastställd 2022 (DaTSCAN patologisk, gott levodopasvar)."),
   ("Aktuellt", "Mer off-perioder på eftermiddagarna."),
   ("Bedömning", "Lägger till en fjärde Madopardos kl 17.")],
  N, "'fastställd' diagnosis with supporting findings")

C("neg-kir-dt-bekraftar-appendicit", "v_kir_nu", "Läkaranteckning", ("1992-01-04", "M"),
  "2024-05-19 18:00", "18:30",
  [("Aktuellt", "Inkom igår med buksmärta hö fossa."),
   ("Röntgen", "DT buk bekräftar akut appendicit utan perforation."),
   ("Åtgärd", "Laparoskopisk appendektomi ikväll, preop antibiotika givet.")],
  N, "diagnosis confirmed by imaging ('bekräftar')", setting="slutenvård")

C("neg-inf-verifierad-covid", "s_inf_malmo", "Läkaranteckning", ("1948-12-24", "F"),
  "2024-01-04 11:00", "12:00",
  [("Lab", "SARS-CoV-2 PCR pos."),
   ("Bedömning", "Verifierad covid-19 med pneumoni, syrgas 2 l, dexametason 6 mg x 1. Mobilisering med fysioterapeut.")],
  N, "'Verifierad' (lab-confirmed) diagnosis", setting="slutenvård")

C("neg-gastro-biopsiverifierad-celaki-stavfel", "v_gastro_ostra", "Läkaranteckning", ("1995-07-13", "F"),
  "2024-10-01 13:20", "13:50",
  [("Aktuellt", "Besked efter gastroskopi."),
   ("Utredning", "PAD duodenum: total villusatrofi, Marsh 3c. Transglutaminas-ak kraftigt förhöjda."),
   ("Bedömning", "Biopsiverifierad celaki. Remiss till dietist för glutenfri kost, DXA om 1 år.")],
  N, "biopsy-verified diagnosis, misspelt 'celaki'")

C("neg-kard-formaksflimmer-ekg-verifierat", "v_kard_su", "Läkaranteckning", ("1961-02-23", "M"),
  "2024-04-05 10:30", "11:00",
  [("Diagnos", "Förmaksflimmer, nydebuterat, EKG-verifierat 2024-04-03."),
   ("Aktuellt", "Hjärtklappning sedan 2 dagar, i övrigt välmående."),
   ("Åtgärd", "Apixaban 5 mg x 2 och metoprolol. Planerad elkonvertering om 3 v.")],
  N, "EKG-verified diagnosis under sökord Diagnos")

C("neg-gastro-ulceros-kolit-sedan-2015-kopierad-status", "s_gastro_malmo", "Läkaranteckning", ("1980-10-05", "F"),
  "2024-11-05 14:00", "14:20",
  [("Status", "Ulcerös kolit sedan 2015, pankolit. Mesalazin 4 g. Senaste skov 2022."),
   ("Aktuellt", "Rutinkontroll, 1–2 formade avföringar per dag, inget blod."),
   ("Lab", "F-calprotektin 40."),
   ("Bedömning", "Fortsatt remission. Koloskopi för dysplasikontroll hösten 2025.")],
  N, "copy-forward status line with an established diagnosis")

# ---- family history
C("neg-hereditet-mor-trol-alzeihmer-stavfel", "s_med_hbg", "Läkaranteckning", ("1962-05-08", "M"),
  "2024-02-29 13:15", "14:00",
  [("Hereditet", "Mor trol. Alzeihmer från 70 års ålder. Far hjärtinfarkt 65 år."),
   ("Aktuellt", "Nybesök för hypertoni som är svårinställd trots tre preparat."),
   ("Bedömning", "Essentiell hypertoni, sekundära orsaker utredda och negativa (aldosteron/renin normalt, njurartärer ua). Lägger till spironolakton 25 mg.")],
  N, "hedged (misspelt) diagnosis of the mother under Hereditet")

C("neg-barn-bror-med-misstankt-celiaki", "v_dsbus_mott", "Läkaranteckning", ("2016-09-19", "M"),
  "2024-09-26 08:45", "09:15",
  [("Anamnes", "Bror med misstänkt celiaki, utreds på Östra. Själv inga magbesvär, växer längs sin kurva."),
   ("Lab", "Transglutaminas-IgA <1, totalt IgA normalt."),
   ("Bedömning", "Normala prover. Nytt prov vid symtom, ingen planerad uppföljning.")],
  N, "child: hedged diagnosis is the brother's, written in running text")

C("neg-hereditet-far-dog-trolig-hjartinfarkt", "s_kard_lund", "Läkaranteckning", ("1979-03-01", "M"),
  "2024-07-23 10:00", "10:40",
  [("Hereditet", "Far dog i trolig hjärtinfarkt 58 år, farbror plötslig död 45 år."),
   ("Aktuellt", "Kontroll av blodfetter, LDL 5,9 trots statin."),
   ("Bedömning", "Familjär hyperkolesterolemi, genetiskt verifierad 2023. Ökar atorvastatin till 80 mg och lägger till ezetimib.")],
  N, "father's cause of death hedged (Hereditet); patient's diagnosis verified")

C("neg-hereditet-mormor-mojligen-brostcancer", "v_onk_jub", "Läkaranteckning", ("1980-04-27", "F"),
  "2024-05-30 13:00", "13:50",
  [("Hereditet", "Mormor hade möjligen bröstcancer, oklart i vilken ålder. Moster ovariecancer 52 år."),
   ("Aktuellt", "Genetisk vägledning, önskar BRCA-test."),
   ("Bedömning", "Uppfyller kriterierna för genetisk utredning. Blodprov för BRCA1/2 taget.")],
  N, "grandmother's uncertain diagnosis under Hereditet")

C("neg-barn-storasyster-utreds-for-epilepsi", "s_barn_hbg", "Läkaranteckning", ("2014-02-02", "F"),
  "2024-06-14 11:30", "12:00",
  [("Anamnes", "Storasyster utreds för epilepsi på barnneurologen."),
   ("Aktuellt", "Svimmade på skolavslutningen i värmen efter att ha stått länge, snabbt återhämtad."),
   ("Bedömning", "Vasovagal synkope. EKG normalt, QTc 410. Råd om vätska och salt.")],
  N, "child: 'utreds för' concerns the sister")

C("neg-hereditet-moster-med-fragetecken-ms-utkast", "v_neuro_su", "Läkaranteckning", ("1990-12-16", "F"),
  "2024-08-29 14:00", None,
  [("Hereditet", "Moster med ?MS."),
   ("Aktuellt", "Migrän sedan tonåren, 4–5 anfall per månad, inga aurasymtom."),
   ("Bedömning", "Migrän utan aura. Start profylax med propranolol, huvudvärksdagbok.")],
  N, "'?MS' about an aunt under Hereditet")

C("neg-anamnes-mamma-sannolikt-hypotyreos", "s_endo_malmo", "Läkaranteckning", ("1975-06-29", "F"),
  "2024-10-17 09:30", "10:00",
  [("Anamnes", "Trötthet och frusenhet i ett halvår. Hennes mamma hade sannolikt också hypotyreos men gick aldrig till läkare."),
   ("Lab", "TSH 11, TPO-ak förhöjda."),
   ("Bedömning", "Hypotyreos (Hashimoto). Levaxin 50 µg, TSH om 6 v.")],
  N, "'sannolikt' about the mother in running text; patient's diagnosis affirmed")

# ---- past, resolved hypotheses
C("neg-tidigare-misstankt-ms-avskrevs", "v_neuro_su", "Läkaranteckning", ("1982-01-21", "F"),
  "2024-11-07 10:10", "10:45",
  [("Tidigare sjukdomar", "Tidigare misstänkt MS 2017, avskrevs efter normal MR och LP."),
   ("Aktuellt", "Nu sömnsvårigheter och krypningar i benen på kvällarna."),
   ("Bedömning", "Restless legs. Ferritin 18, järntillskott först.")],
  N, "old hypothesis that was dropped (avskrevs 2017)")

C("neg-anamnes-utreddes-2019-sarkoidos-avskrevs", "s_lung_lund", "Läkaranteckning", ("1970-09-04", "F"),
  "2024-04-04 10:30", "11:00",
  [("Anamnes", "2019 utreddes pat för misstänkt sarkoidos pga hiluslymfom, avskrevs efter EBUS. Astma sedan barndomen."),
   ("Aktuellt", "Sämre astma sedan en förkylning för 3 v sedan."),
   ("Bedömning", "Astmaförsämring efter virusinfektion. Ökar ICS under 4 v, ny spirometri i maj.")],
  N, "past work-up with a resolved hypothesis")

C("neg-tidigare-sp-kolecystektomi-misstankt-sten-ua-utkast", "v_kir_nu", "Mottagningsanteckning", ("1967-03-18", "F"),
  "2024-02-12 14:20", None,
  [("Tidigare sjukdomar", "s/p kolecystektomi 2012. 2020 misstänkt choledochussten, ERCP ua."),
   ("Aktuellt", "Ljumskbråck hö, reponibelt, besvär vid lyft."),
   ("Åtgärd", "Anmäls för laparoskopisk bråckplastik (TEP).")],
  N, "s/p list with an old hypothesis answered by a normal ERCP")

C("neg-psyk-2018-misstanke-bipolar-avfardades", "s_psyk_lund", "Läkaranteckning", ("1985-05-15", "M"),
  "2024-06-06 15:00", "16:10",
  [("Anamnes", "Under 2018 fanns misstanke om bipolär sjukdom, avfärdades efter utredning på affektiva mottagningen."),
   ("Bedömning", "Recidiverande depression, nu medelsvår episod. Höjer sertralin till 100 mg, remiss för KBT.")],
  N, "past hypothesis dismissed after work-up")

C("neg-tidigare-fragetecken-tia-migran-med-aura", "v_med_boras", "Mottagningsanteckning", ("1950-11-20", "M"),
  "2024-03-13 08:30", "08:55",
  [("Tidigare sjukdomar", "2016 ?TIA, men neurologen kom fram till migrän med aura efter utredning."),
   ("Aktuellt", "Årskontroll av hypertoni och diabetes typ 2."),
   ("Bedömning", "Välkontrollerat, BT 132/78, HbA1c 49. Oförändrad behandling.")],
  N, "old '?TIA' settled as another diagnosis")

C("neg-barn-vid-2-ar-misstankt-hjartfel-ucg-normal", "s_barn_malmo", "Läkaranteckning", ("2017-12-08", "M"),
  "2024-05-23 13:40", "14:10",
  [("Anamnes", "Vid 2 års ålder misstänkt hjärtfel pga blåsljud, UCG då normal."),
   ("Aktuellt", "Remiss pga nytt blåsljud vid skolhälsovården."),
   ("Status", "Mjukt systoliskt blåsljud 1/6 vä sternalkant, försvinner i stående."),
   ("Bedömning", "Oskyldigt blåsljud. Ingen ytterligare utredning.")],
  N, "child: hypothesis from early childhood answered by a normal UCG")

# ---- hedges that are not about a diagnosis (visible Melior notes)
C("neg-lung-ev-aterbesok-kand-kol", "s_lung_lund", "Läkaranteckning", ("1949-04-06", "M"),
  "2024-09-19 13:30", "13:50",
  [("Diagnos", "KOL GOLD 3, känd sedan 2016."),
   ("Aktuellt", "Stabil, inga exacerbationer sedan i höstas. Går 500 m på plan mark."),
   ("Planering", "Fortsatt Trimbow. Ev. återbesök om 3 mån, annars telefonkontakt med lungsköterska.")],
  N, "'Ev.' hedges a follow-up visit, not a diagnosis")

C("neg-med-trol-hem-imorgon", "v_med_ali", "Läkaranteckning", ("1944-06-26", "F"),
  "2024-12-05 11:00", "11:30",
  [("Aktuellt", "Dag 4 på avdelningen för pneumoni hö, afebril sedan igår."),
   ("Lab", "CRP 210 → 64."),
   ("Planering", "Byter till peroralt amoxicillin. Trol. hem imorgon om fortsatt feberfri, dottern hämtar.")],
  N, "'Trol.' hedges the discharge date; pneumoni is affirmed", setting="slutenvård")

C("neg-med-misstanker-att-pat-inte-tar-metformin", "s_med_hbg", "Mottagningsanteckning", ("1963-08-03", "M"),
  "2024-04-18 10:15", "10:45",
  [("Aktuellt", "Diabetes typ 2, HbA1c 78 trots höjda doser senaste året."),
   ("Bedömning", "Misstänker att pat inte tar metforminet regelbundet, han medger att han glömmer kvällsdosen. Dosett och påminnelse i mobilen, ny HbA1c om 3 mån.")],
  N, "'Misstänker att' concerns adherence, not a diagnosis")

C("neg-psyk-oklart-om-pat-kommer", "v_psyk_nu", "Läkaranteckning", ("1988-01-09", "M"),
  "2024-07-11 14:30", "15:00",
  [("Aktuellt", "Paranoid schizofreni sedan 2010, stabil på Xeplion var 4:e vecka. Har uteblivit från två sköterskebesök."),
   ("Planering", "Oklart om pat kommer på nästa besök, ringer honom dagen innan. Förmodligen följer systern med.")],
  N, "'Oklart om' and 'Förmodligen' concern attendance; diagnosis is established")

C("neg-med-mojligen-dosjustering-levaxin", "s_med_tbg", "Mottagningsanteckning", ("1968-10-13", "F"),
  "2024-03-25 09:10", "09:30",
  [("Diagnos", "Hypotyreos sedan 2009."),
   ("Lab", "TSH 6,1, fritt T4 12."),
   ("Planering", "Möjligen dosjustering av Levaxin efter nytt prov om 6 v, oförändrad dos tills dess.")],
  N, "'Möjligen' hedges a dose change")

C("neg-kard-fragetecken-kontroll-om-3-man", "v_kard_su", "Mottagningsanteckning", ("1952-07-31", "F"),
  "2024-05-08 11:00", "11:20",
  [("Aktuellt", "Hjärtsvikt med EF 35 %, NYHA II, bättre efter insatt Entresto."),
   ("Planering", "Nytt UCG i augusti. ? kontroll om 3 mån beroende på UCG-svaret.")],
  N, "'?' before a planned check-up, not before a diagnosis")

C("neg-hema-prov-trol-forvaxlat-kll", "v_hema_skas", "Läkaranteckning", ("1951-09-09", "M"),
  "2024-06-03 15:30", "15:45",
  [("Diagnos", "Kronisk lymfatisk leukemi, stadium A, känd sedan 2020."),
   ("Lab", "Labbet meddelar att blodstatus från igår trol. förväxlats med en annan patients prov."),
   ("Planering", "Nytt blodstatus tas idag, ingen ändring av kontrollintervallet.")],
  N, "'trol.' concerns a mixed-up sample; KLL is established")

C("neg-ort-kan-inte-uteslutas-att-knaprotes", "v_ort_skas", "Mottagningsanteckning", ("1955-02-15", "F"),
  "2024-10-24 13:00", "13:25",
  [("Aktuellt", "Känd gonartros hö, röntgenverifierad 2022. Ont vid trappgång."),
   ("Bedömning", "Artrosskola och viktnedgång har gett viss effekt. Kan inte uteslutas att knäprotes blir aktuellt längre fram, vi utvärderar om ett år.")],
  N, "'Kan inte uteslutas' about a future operation, not a diagnosis")

C("neg-geri-tveksamt-om-hon-orkar-trappor", "s_geri_lsk", "Läkaranteckning", ("1934-05-28", "F"),
  "2024-02-16 14:00", None,
  [("Aktuellt", "Opererad för höftfraktur vä 2 februari, nu på geriatrisk rehabilitering."),
   ("Bedömning", "Tveksamt om hon orkar gå i trappor till lägenheten på andra våningen. Sannolikt behövs korttidsplats några veckor, biståndshandläggare kontaktad.")],
  N, "unsigned draft: 'Tveksamt'/'Sannolikt' about function and discharge, not a diagnosis", setting="slutenvård")

C("neg-onk-mojligen-flyttas-kur", "s_onk_lund", "Läkaranteckning", ("1952-03-12", "M"),
  "2024-12-12 10:30", "10:50",
  [("Diagnos", "Prostatacancer med skelettmetastaser, PAD-verifierad 2022."),
   ("Aktuellt", "Docetaxel kur 4 av 6 given utan större biverkningar."),
   ("Planering", "Möjligen flyttas kur 5 en vecka pga resa till dottern i Spanien, pat återkommer.")],
  N, "'Möjligen' about scheduling; the cancer is verified")

C("neg-med-misstanker-att-blodtrycksmataren-visar-fel", "v_med_kungalv", "Mottagningsanteckning", ("1959-04-14", "F"),
  "2024-08-15 09:40", "10:00",
  [("Diagnos", "Hypertoni sedan 2018."),
   ("Aktuellt", "Hemblodtryck 165/100 men 128/80 på mottagningen idag."),
   ("Bedömning", "Misstänker att blodtrycksmätaren hemma visar fel, pat tar med den nästa gång så jämför vi. Oförändrad medicinering.")],
  N, "'Misstänker att' about a device")

# ---- PMO (Skåne primary care): diagnoses never shown, so hedged diagnoses do not fire
C("neg-pmo-vc-misstankt-uvi", "p_vc_eslov", "Besöksanteckning", ("1985-07-27", "F"),
  "2024-01-11 10:40", "11:00",
  [("Aktuellt", "Sveda och täta trängningar sedan 2 d, ingen feber."),
   ("Status", "U-sticka: nitrit pos, leukocyter 3+."),
   ("Bedömning", "Misstänkt nedre UVI. Selexid i 3 d.")],
  N, "PMO note: hedged diagnosis is never visible")

C("neg-pmo-bvc-trol-oroninflammation", "p_bvc_staff", "BVC-anteckning", ("2023-06-11", "M"),
  "2024-01-16 08:20", "08:35",
  [("Aktuellt", "Mamma ringer, feber 38,8 sedan i natt, drar sig i hö öra och sover oroligt."),
   ("Bedömning", "Trol. öroninflammation. Tid hos läkare på vårdcentralen idag kl 15.")],
  N, "PMO BVC note (child): hedged diagnosis not visible", role="sjuksköterska")

C("neg-pmo-um-misstankt-klamydia", "p_um_lund", "Besöksanteckning", ("2006-03-21", "F"),
  "2024-04-24 15:10", "15:30",
  [("Aktuellt", "Partnern har testat positivt för klamydia."),
   ("Bedömning", "Misstänkt klamydia som kontakt. Vaginalprov taget, doxycyklin direkt, smittspårning påbörjad.")],
  N, "PMO ungdomsmottagning: hedged diagnosis not visible", role="barnmorska")

C("neg-pmo-hsv-trol-trycksar", "p_hsv_hoor", "Omvårdnadsanteckning", ("1932-12-03", "M"),
  "2024-02-07 13:00", "13:20",
  [("Status", "Rodnad som inte bleknar vid tryck vä häl, liten blåsa."),
   ("Bedömning", "Trol. trycksår kategori 2 vä häl. Hälavlastande kudde, vändschema, kontakt med distriktsläkaren.")],
  N, "PMO hemsjukvård: hedged diagnosis not visible", role="sjuksköterska")

C("neg-pmo-telefon-fragetecken-njursten", "p_vc_simr", "Telefonanteckning", ("1970-05-30", "M"),
  "2024-06-09 07:55", "08:05",
  [("Aktuellt", "Plötslig kolikartad smärta hö flank ut mot ljumsken, illamående."),
   ("Bedömning", "?Njursten. Voltaren 50 mg, söker akuten vid feber eller om smärtan inte släpper.")],
  N, "PMO telephone note with '?Njursten'")

C("neg-pmo-dd-polymyalgi-hypotyreos", "p_vc_linero", "Besöksanteckning", ("1955-08-22", "F"),
  "2024-11-27 10:00", "10:30",
  [("Aktuellt", "Värk och stelhet i axlar och höfter sedan en månad, trött."),
   ("Bedömning", "DD polymyalgi, hypotyreos. SR, CRP, TSH och CK tas, återbesök nästa vecka.")],
  N, "PMO note with a DD list")

C("neg-pmo-sannolikt-prostatacancer-dikterad", "p_vc_bunkeflo", "Besöksanteckning", ("1948-02-10", "M"),
  "2024-09-09 11:00", "15:30",
  [("Anamnes", "Patienten är en 76-årig man som söker för att han har fått allt svårare att tömma blåsan och går upp fyra gånger per natt, han har också haft värk i ländryggen sedan ett par månader tillbaka."),
   ("Lab", "PSA 22."),
   ("Bedömning", "Sannolikt prostatacancer, och jag har förklarat för honom att det behöver utredas skyndsamt. Remiss till urologen enligt standardiserat vårdförlopp skickad idag.")],
  N, "long dictated PMO note with 'Sannolikt prostatacancer'")

C("neg-pmo-mojligen-depresion-stavfel", "p_vc_hoor", "Besöksanteckning", ("1999-10-01", "F"),
  "2024-03-04 13:30", None,
  [("Aktuellt", "Nedstämdhet, sömnproblem och koncentrationssvårigheter sedan 2 mån efter en separation."),
   ("Bedömning", "Möjligen depresion, PHQ-9 16. Uppföljning om 2 v, kurator erbjuds.")],
  N, "PMO draft; typo 'depresion' — PMO never shows diagnoses")

C("neg-pmo-barn-astma-kan-ej-uteslutas", "p_vc_eslov", "Besöksanteckning", ("2020-01-17", "F"),
  "2024-10-30 14:15", "14:40",
  [("Aktuellt", "Återkommande pip i bröstet vid förkylningar, nattlig hosta."),
   ("Bedömning", "Astma kan ej uteslutas. Provar Airomir via spacer vid behov, återbesök om 6 v.")],
  N, "PMO child note: 'kan ej uteslutas' is not visible")

# ---- protected templates (Skåne) and sökord (VGR)
C("neg-skane-tidiga-hypoteser-ftd", "s_minne_malmo", "Tidiga hypoteser", ("1958-11-15", "M"),
  "2024-05-06 15:00", "15:30",
  [("Bedömning", "Misstänkt frontotemporal demens. Hustrun beskriver personlighetsförändring, hämningslöshet och nya ätvanor sedan ett år. Pat saknar sjukdomsinsikt och reagerar med stark ilska när minnet nämns.")],
  N, "Skåne template Tidiga hypoteser is filtered from Journalen")

C("neg-skane-tidiga-hypoteser-barn-duchenne", "s_barn_malmo", "Tidiga hypoteser", ("2019-03-30", "M"),
  "2024-01-25 12:00", "12:20",
  [("Bedömning", "Susp. Duchennes muskeldystrofi, CK 12 000 och Gowers tecken. Gentest skickat, vi vill ha svaret innan samtal med föräldrarna.")],
  N, "child; hedged diagnosis inside the Skåne Tidiga hypoteser template")

C("neg-skane-tidiga-hypoteser-dd-psykos", "s_psyk_lund", "Tidiga hypoteser", ("2000-07-04", "M"),
  "2024-08-01 16:20", "16:45",
  [("Bedömning", "DD schizofreni vs substansutlöst psykos. Paranoida föreställningar om grannarna, hotfull mot dem som han tror avlyssnar honom.")],
  N, "DD inside the Skåne Tidiga hypoteser template")

C("neg-skane-tidiga-hypoteser-huntington-stavfel", "s_neuro_lund", "Tidiga hypoteser", ("1982-09-12", "F"),
  "2024-10-10 11:00", None,
  [("Bedömning", "Sannolikt Huntingtons sjukom. Choreatiska rörelser och lätt kognitiv påverkan. Genetisk vägledning krävs innan något tas upp med pat.")],
  N, "draft in the Skåne Tidiga hypoteser template; typo 'sjukom'")

C("neg-vgr-sokord-tidiga-hypoteser-als", "v_neuro_su", "Läkaranteckning", ("1961-06-18", "M"),
  "2024-03-18 13:00", "14:10",
  [("Aktuellt", "Svaghet i hö hand sedan ett halvår, tappar saker."),
   ("Status", "Atrofi av interosseusmuskulaturen hö, fascikulationer i båda överarmarna."),
   ("Tidiga hypoteser", "Misstänkt ALS. Neurografi och EMG avgör."),
   ("Planering", "Neurografi och EMG bokas, återbesök tillsammans med hustrun efter undersökningen.")],
  N, "VGR: hedge only under sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("neg-vgr-sokord-tidiga-hypoteser-ovarialcancer-utkast", "v_kk_boras", "Läkaranteckning", ("1957-12-22", "F"),
  "2024-07-16 10:30", None,
  [("Aktuellt", "Uppkördhet i buken och mättnadskänsla sedan 2 mån."),
   ("Tidiga hypoteser", "?Ovarialcancer, CA-125 480 och solid-cystisk adnexresistens hö på VUL."),
   ("Åtgärd", "DT thorax-buk bokas, återbesök om 1 v med svar.")],
  N, "VGR: '?Ovarialcancer' under sökord Tidiga hypoteser only")

C("neg-skane-vald-i-nara-relationer-revbensfraktur", "s_akut_malmo", "Våld i nära relationer", ("1987-05-02", "F"),
  "2024-04-13 02:30", "03:10",
  [("Anamnes", "Uppger att sambon slog henne med knytnäve mot vä sida av bröstkorgen igår kväll."),
   ("Bedömning", "Misstänkt revbensfraktur vä costa 7–8. Fotodokumentation enligt vårdprogram, skyddat boende erbjuds.")],
  N, "Skåne Våld i nära relationer template is filtered", setting="akut")

C("neg-vgr-sokord-valdsutsatthet-trumhinneperforation", "v_onh_su", "Läkaranteckning", ("1991-08-25", "F"),
  "2024-11-21 09:30", "10:05",
  [("Aktuellt", "Söker för nedsatt hörsel och lock i hö öra sedan igår."),
   ("Våldsutsatthet i nära relationer", "Berättar att maken gav henne en hård örfil. Susp. traumatisk trumhinneperforation hö."),
   ("Planering", "Öronmikroskopi och audiogram om 2 v, hålla örat torrt.")],
  N, "VGR: hedge only under sökord Våldsutsatthet i nära relationer")

C("neg-vgr-sokord-orosanmalan-misshandelsskada", "v_dsbus_akut", "Akutanteckning", ("2023-08-02", "F"),
  "2024-06-22 21:00", "22:40",
  [("Aktuellt", "Svullen vä underarm, föräldrarna vet inte hur det hänt."),
   ("Orosanmälan gällande barn", "?Misshandelsskada. Skelettröntgen visar även läkande revbensfrakturer, orosanmälan till socialtjänsten gjord."),
   ("Åtgärd", "Inläggning på barnavdelning, skelettscintigrafi och ögonbottenundersökning.")],
  N, "VGR infant: hedge only under sökord Orosanmälan gällande barn", setting="akut")

C("neg-skane-oro-for-barn-misstankt-skakvald", "s_barnakut_lund", "Oro för att barn far illa", ("2023-11-04", "M"),
  "2024-03-08 23:15", "23:55",
  [("Anamnes", "4 mån gammal pojke som enligt pappan plötsligt blev slapp och kräktes hemma."),
   ("Bedömning", "Misstänkt skakvåld (AHT): subdurala hematom av olika ålder och retinala blödningar bilat. Anmälan till socialtjänsten görs.")],
  N, "Skåne Oro för att barn far illa template is filtered", setting="akut")

C("neg-skane-hubs-trol-adhd", "s_barn_hbg", "Hälsoundersökning på begäran av socialnämnd (HUBS)", ("2016-04-14", "F"),
  "2024-09-30 10:00", "11:30",
  [("Anamnes", "Placeras i familjehem. Tidigare hälsovård bristfällig enligt journalgenomgång."),
   ("Bedömning", "Trol. ADHD med kombinerad bild, uppmärksamhetssvårigheter och impulsivitet i skolan. Rekommenderar neuropsykiatrisk utredning via BUP.")],
  N, "Skåne HUBS template is filtered")

# ---- questions answered in the same note
C("neg-akut-fs-fraktur-svar-ingen-fraktur", "s_akut_malmo", "Akutanteckning", ("1972-01-26", "F"),
  "2024-02-24 14:40", "15:10",
  [("Aktuellt", "Vrickade vä fot i trappa, kan belasta med smärta."),
   ("Röntgen", "Slätröntgen vä fotled, f.s. fraktur? Svar: ingen fraktur, mjukdelssvullnad lateralt."),
   ("Bedömning", "Distorsion vä fotled. Stödförband, belastning efter smärta.")],
  N, "the question ('f.s. fraktur?') is answered in the note: no fracture", setting="akut")

C("neg-akut-fragestallning-pneumoni-foreligger-ej", "v_akut_su", "Akutanteckning", ("1964-10-28", "M"),
  "2024-12-18 16:10", "16:50",
  [("Aktuellt", "Hosta med gult slem i 10 dagar, lätt feber i början."),
   ("Röntgen", "Lungröntgen, frågeställning pneumoni? Utlåtande: inga infiltrat, normal hjärtstorlek."),
   ("Bedömning", "Pneumoni föreligger ej. Akut bronkit, ingen antibiotika, återbesök vid försämring.")],
  N, "question answered and ruled out within the same note", setting="akut")

C("neg-gastro-fragestallning-celiaki-bekraftad", "s_gastro_malmo", "Läkaranteckning", ("1983-06-15", "F"),
  "2024-07-30 13:00", "13:40",
  [("Frågeställning", "Celiaki?"),
   ("Utredning", "Duodenalbiopsier visar total villusatrofi och transglutaminas-IgA är kraftigt förhöjt."),
   ("Bedömning", "Celiaki bekräftad. Glutenfri kost, remiss till dietist.")],
  N, "referral question confirmed in the same note")

C("neg-remissvar-fragestallning-lungemboli-avskriven", "v_bild_su", "Remissvar", ("1977-02-08", "F"),
  "2024-05-25 19:40", "20:05",
  [("Frågeställning", "Lungemboli?"),
   ("Utlåtande", "DT lungartärer: inga embolier ner till subsegmentell nivå. Ingen pleuravätska."),
   ("Sammanfattning", "Ingen lungemboli.")],
  N, "radiology answer: the question is answered negatively")


# ================================================================ build + validate
SKANE_PROTECTED_TEMPLATES = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                             "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
VGR_PROTECTED_KEYWORDS = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
                          "Tredje person", "Enkelblind prövning"}
TOP_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def age_on(birth, day):
    b = date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def build():
    out, problems = [], []
    serial_counter = {}
    for i, c in enumerate(CASES):
        uname, hsa, system, ruleset = U[c["unit"]]
        birth, sex = c["pat"]
        k = serial_counter.get(birth, 0)
        serial_counter[birth] = k + 1
        base = 20 + (i * 7 + k * 3) % 70
        last = (2 * ((i + k) % 5) + (1 if sex == "M" else 0))
        serial = f"{base:02d}{last}"
        t = datetime.strptime(c["t"], "%Y-%m-%d %H:%M")
        signed = None
        if c["sg"] is not None:
            signed = datetime.strptime(c["t"][:10] + " " + c["sg"], "%Y-%m-%d %H:%M")
        last_day = calendar.monthrange(t.year, t.month)[1]
        as_of = datetime(t.year, t.month, last_day, 23, 59)
        note = {
            "id": "n1", "system": system, "template": c["tpl"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": AUTHORS[(i * 11) % len(AUTHORS)], "role": c["role"]},
            "time": t.isoformat(), "signed": signed.isoformat() if signed else None,
            "setting": c["setting"], "refs": [],
            "sections": [{"keyword": kw, "text": tx} for kw, tx in c["secs"]],
        }
        record = {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        assertion = [["NL102", "n1"]]
        out.append({"case": c["name"], "ruleset": ruleset, "record": record,
                    "must": assertion if c["exp"] == M else [],
                    "must_not": assertion if c["exp"] == N else [],
                    "why": c["why"]})
    return out, problems


def validate(rows):
    problems = []
    names = set()
    sentences = {}
    for r in rows:
        name = r["case"]
        if list(r.keys()) != TOP_KEYS:
            problems.append(f"{name}: keys {list(r.keys())}")
        if name in names:
            problems.append(f"{name}: duplicate case name")
        names.add(name)
        if not re.fullmatch(r"[a-z0-9åäö-]+", name):
            problems.append(f"{name}: bad case name")
        rec = r["record"]
        pat = rec["patient"]
        pid = pat["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            problems.append(f"{name}: bad pnr {pid}")
        else:
            if f"{m.group(1)}-{m.group(2)}-{m.group(3)}" != pat["birth_date"]:
                problems.append(f"{name}: pnr does not match birth date")
            nine = m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)
            if luhn_digit(nine) != m.group(5):
                problems.append(f"{name}: pnr Luhn")
        if not rec["as_of"].startswith("2024-"):
            problems.append(f"{name}: as_of not in 2024")
        ids = set()
        for n in rec["notes"]:
            ids.add(n["id"])
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append(f"{name}: note time not in 2024")
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append(f"{name}: bad signed time")
            if datetime.fromisoformat(rec["as_of"]) < t:
                problems.append(f"{name}: as_of before note")
            age = age_on(pat["birth_date"], t.date())
            if 13 <= age <= 15 or age < 0:
                problems.append(f"{name}: patient aged {age}")
            if r["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{name}: VGR note not Melior")
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{name}: system {n['system']}")
            if n["system"] == "PMO" and r["ruleset"] != "skane":
                problems.append(f"{name}: PMO outside Skåne")
            if r["ruleset"] == "vgr" and n["template"] in SKANE_PROTECTED_TEMPLATES:
                problems.append(f"{name}: Skåne-style protected template in VGR (ambiguous)")
            if r["ruleset"] == "skane":
                for sec in n["sections"]:
                    if sec["keyword"] in VGR_PROTECTED_KEYWORDS:
                        problems.append(f"{name}: VGR-style sökord in Skåne (ambiguous)")
            for sec in n["sections"]:
                for snt in SENT_SPLIT.split(sec["text"]):
                    snt = snt.strip()
                    if len(snt) >= 25:
                        if snt in sentences:
                            problems.append(f"{name}: sentence reused from {sentences[snt]}: {snt!r}")
                        else:
                            sentences[snt] = name
        for code, target in r["must"] + r["must_not"]:
            if target not in ids:
                problems.append(f"{name}: target {target} missing")
        if ["NL102", "n1"] in r["must"]:
            n = rec["notes"][0]
            if n["system"] != "Melior":
                problems.append(f"{name}: NL102 must on a non-Melior note")
            if r["ruleset"] == "skane" and n["template"] in SKANE_PROTECTED_TEMPLATES:
                problems.append(f"{name}: NL102 must in a protected template")
            if any(s["keyword"] in VGR_PROTECTED_KEYWORDS for s in n["sections"]):
                problems.append(f"{name}: NL102 must with a protected sökord")
        if r["must"] and r["must_not"]:
            problems.append(f"{name}: both must and must_not")
        if not r["why"] or "\n" in r["why"]:
            problems.append(f"{name}: why must be one line")
    return problems


def main():
    rows, problems = build()
    problems += validate(rows)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    must = sum(1 for r in rows if r["must"])
    must_not = sum(1 for r in rows if r["must_not"])
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    pmo = sum(1 for r in rows if r["record"]["notes"][0]["system"] == "PMO")
    per_rs = {rs: sum(1 for r in rows if r["ruleset"] == rs) for rs in ("skane", "vgr")}
    print(f"{len(rows)} cases -> {path}")
    print(f"NL102 must={must} must_not={must_not}; drafts={drafts}; PMO={pmo}; per ruleset={per_rs}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)


if __name__ == "__main__":
    main()
