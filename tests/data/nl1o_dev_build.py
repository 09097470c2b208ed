#!/usr/bin/env python3
"""nl1o: independent gold cases for notelint NL101/NL102 in the style of real
physician-written ED and on-call charts (akutjournal, jouranteckning,
inskrivningsanteckning). Telegraphic, abbreviation-heavy, mixed Latin/English/Swedish,
variant spellings, about one case in five with a realistic typo.

Dependency-free and deterministic: `python3 build.py` writes nl1o_dev_cases.jsonl
beside this file and validates it. Exit status 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta


# ---------------------------------------------------------------- data
UNITS = {
    # Region Skåne, hospitals (Melior)
    "lund_akut": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4101"),
    "malmo_akut": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4102"),
    "hbg_akut": ("skane", "Melior", "Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4103"),
    "ksd_akut": ("skane", "Melior", "Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4104"),
    "ystad_akut": ("skane", "Melior", "Akutmottagningen, Ystads lasarett", "SE2321000255-4105"),
    "lund_barnakut": ("skane", "Melior", "Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4111"),
    "malmo_barnakut": ("skane", "Melior", "Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4112"),
    "hbg_barnakut": ("skane", "Melior", "Barn- och ungdomsakuten, Helsingborgs lasarett", "SE2321000255-4113"),
    "ksd_kir": ("skane", "Melior", "Kirurgiavdelning 6, Centralsjukhuset Kristianstad", "SE2321000255-4121"),
    "malmo_kir": ("skane", "Melior", "Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4122"),
    "malmo_kirmott": ("skane", "Melior", "Kolorektalmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4123"),
    "lund_kard": ("skane", "Melior", "Hjärtintensivavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4131"),
    "lund_onk": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4141"),
    "lund_neuro": ("skane", "Melior", "Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4151"),
    "lund_ogon": ("skane", "Melior", "Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-4161"),
    "malmo_onh": ("skane", "Melior", "Öron-, näs- och halsakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4171"),
    "lund_gyn": ("skane", "Melior", "Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4181"),
    "malmo_gyn": ("skane", "Melior", "Gynekologiska akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4182"),
    "lund_forl": ("skane", "Melior", "Förlossningen, Skånes universitetssjukhus Lund", "SE2321000255-4183"),
    "hbg_orto": ("skane", "Melior", "Ortopediska kliniken, Helsingborgs lasarett", "SE2321000255-4191"),
    "malmo_orto": ("skane", "Melior", "Ortopedavdelning, Skånes universitetssjukhus Malmö", "SE2321000255-4192"),
    "ystad_geri": ("skane", "Melior", "Geriatriska avdelningen, Ystads lasarett", "SE2321000255-4201"),
    "ystad_med": ("skane", "Melior", "Medicinavdelning 2, Ystads lasarett", "SE2321000255-4202"),
    "malmo_med": ("skane", "Melior", "Medicinavdelning, Skånes universitetssjukhus Malmö", "SE2321000255-4203"),
    "lund_med": ("skane", "Melior", "Akutvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4204"),
    "hbg_med": ("skane", "Melior", "Medicinkliniken, Helsingborgs lasarett", "SE2321000255-4205"),
    "lund_inf": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4211"),
    "malmo_inf": ("skane", "Melior", "Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4212"),
    "ksd_inf": ("skane", "Melior", "Infektionskliniken, Centralsjukhuset Kristianstad", "SE2321000255-4213"),
    "malmo_psyk": ("skane", "Melior", "Psykiatriska akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4221"),
    "lund_psyk": ("skane", "Melior", "Psykiatriska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4222"),
    "malmo_barnkir": ("skane", "Melior", "Barnkirurgiska akuten, Skånes universitetssjukhus Malmö", "SE2321000255-4231"),
    "lund_barnkir": ("skane", "Melior", "Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4232"),
    "hbg_uro": ("skane", "Melior", "Urologiska kliniken, Helsingborgs lasarett", "SE2321000255-4241"),
    "lund_hud": ("skane", "Melior", "Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4251"),
    "hbg_brost": ("skane", "Melior", "Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-4261"),
    # Region Skåne, primary care (PMO)
    "vc_sorgenfri": ("skane", "PMO", "Vårdcentralen Sorgenfri, Malmö", "SE2321000255-5301"),
    "vc_nasby": ("skane", "PMO", "Vårdcentralen Näsby, Kristianstad", "SE2321000255-5302"),
    "vc_hoor": ("skane", "PMO", "Vårdcentralen Höör", "SE2321000255-5303"),
    "vc_nobbelov": ("skane", "PMO", "Vårdcentralen Nöbbelöv, Lund", "SE2321000255-5304"),
    "vc_anderslov": ("skane", "PMO", "Vårdcentralen Anderslöv", "SE2321000255-5305"),
    # Västra Götalandsregionen (Melior)
    "su_akut": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-6101"),
    "ostra_akut": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-6102"),
    "molndal_akut": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-6103"),
    "nal_akut": ("vgr", "Melior", "Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-6104"),
    "sas_akut": ("vgr", "Melior", "Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-6105"),
    "skovde_akut": ("vgr", "Melior", "Akutmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-6106"),
    "kungalv_akut": ("vgr", "Melior", "Akutmottagningen, Kungälvs sjukhus", "SE2321000131-6107"),
    "dsbus_akut": ("vgr", "Melior", "Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-6111"),
    "su_med": ("vgr", "Melior", "Akutvårdsavdelning 331, Sahlgrenska Universitetssjukhuset", "SE2321000131-6121"),
    "su_kard": ("vgr", "Melior", "Kardiologiavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6122"),
    "su_kir": ("vgr", "Melior", "Kirurgavdelning 16, Sahlgrenska Universitetssjukhuset", "SE2321000131-6123"),
    "su_onh": ("vgr", "Melior", "ÖNH-akuten, Sahlgrenska Universitetssjukhuset", "SE2321000131-6124"),
    "su_neuro": ("vgr", "Melior", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6125"),
    "su_neuroavd": ("vgr", "Melior", "Neurologavdelning 133, Sahlgrenska Universitetssjukhuset", "SE2321000131-6126"),
    "su_hud": ("vgr", "Melior", "Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6127"),
    "su_hem": ("vgr", "Melior", "Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6128"),
    "su_onk": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-6129"),
    "ostra_gyn": ("vgr", "Melior", "Gynakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-6131"),
    "ostra_forl": ("vgr", "Melior", "Förlossningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-6132"),
    "ostra_inf": ("vgr", "Melior", "Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-6133"),
    "molndal_orto": ("vgr", "Melior", "Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-6141"),
    "molndal_geri": ("vgr", "Melior", "Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-6142"),
    "molndal_ogon": ("vgr", "Melior", "Ögonakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-6143"),
    "nal_neuro": ("vgr", "Melior", "Neurologmottagningen, NU-sjukvården NÄL", "SE2321000131-6151"),
    "nal_hem": ("vgr", "Melior", "Hematologmottagningen, NU-sjukvården NÄL", "SE2321000131-6152"),
    "nal_med": ("vgr", "Melior", "Medicinavdelning 51, NU-sjukvården NÄL", "SE2321000131-6153"),
    "sas_kir": ("vgr", "Melior", "Kirurgavdelning 42, Södra Älvsborgs sjukhus Borås", "SE2321000131-6161"),
    "sas_orto": ("vgr", "Melior", "Ortopedavdelning 21, Södra Älvsborgs sjukhus Borås", "SE2321000131-6162"),
    "skovde_kard": ("vgr", "Melior", "Hjärtavdelningen, Skaraborgs sjukhus Skövde", "SE2321000131-6171"),
    "skovde_onk": ("vgr", "Melior", "Onkologimottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-6172"),
    "alingsas_med": ("vgr", "Melior", "Medicinavdelningen, Alingsås lasarett", "SE2321000131-6181"),
    "kungalv_med": ("vgr", "Melior", "Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-6182"),
    "uddevalla_akut": ("vgr", "Melior", "Akutmottagningen, Uddevalla sjukhus", "SE2321000131-6108"),
}
UNITS = {k: {"region": v[0], "system": v[1], "name": v[2], "hsa": v[3]} for k, v in UNITS.items()}

AUTHORS = [
    "Karin Lindqvist", "Ahmed Haddad", "Johan Ek", "Sara Nyström", "Mikael Berglund",
    "Elin Sjöberg", "Tomas Håkansson", "Leila Karimi", "Per Fransson", "Maria Öberg",
    "Gustav Lind", "Nora Abdi", "Henrik Svensson", "Ida Magnusson", "Oskar Dahl",
    "Anneli Persson", "Fredrik Norén", "Yasmin Rahimi", "Björn Isaksson", "Lotta Wikström",
    "David Ceder", "Emma Falk", "Rasmus Holm", "Sofia Kovač", "Jonas Wallin",
    "Hanna Engström", "Ali Yilmaz", "Cecilia Blom", "Viktor Sandberg", "Malin Rosén",
    "Erik Tran", "Amira Saleh",
]

CASES = []


def C(name, unit, template, time, signed, setting, birth, sex, sections, must, must_not, why):
    CASES.append({"name": name, "unit": unit, "template": template, "time": time,
                  "signed": signed, "setting": setting, "birth": birth, "sex": sex,
                  "sections": sections, "must": must, "must_not": must_not, "why": why})


ED, SV = "öppenvård", "slutenvård"
P = ["NL102"]

# =====================================================================
# NL102 positives: hedged diagnosis in a visible Melior note
# =====================================================================

C("sk-akut-obs-appendicit", "lund_akut", "Akutjournal", "2024-02-03T23:40", 35, ED, "1999-08-12", "F", [
    ("Kontaktorsak", "Buksmärta sedan igår kväll."),
    ("Anamnes", "Tidigare frisk, inga mediciner. Debut periumbilikalt, nu lokaliserat hö fossa. Illamående, kräkts x2, ej diarré. Aptitlös sedan igår. SM för 2 v, p-stav."),
    ("Status", "AT: opåverkad men ont. Temp 38,1. Buk: mjuk, palp.ömhet McBurney, släppömhet +, Rovsing +."),
    ("Lab", "CRP 46, LPK 13,8, Hb 141, u-hCG neg, U-sticka ua."),
    ("Bedömning", "Obs appendicit. Kir-jour kontaktad, fastande, Ringer-Acetat, Alvedon/Oxynorm."),
], P, [], "'Obs appendicit' (obs = under observation for) is a hedged diagnosis in a visible ED note.")

C("vgr-akut-ro-lungemboli", "su_akut", "Akutjournal", "2024-04-17T14:20", 50, ED, "1987-03-09", "F", [
    ("Aktuellt", "Andfådd sedan 3 d, hö-sidig andningskorrelerad smärta. Flög hem från Bangkok i fredags. Komb. p-piller."),
    ("Status", "Sat 93% ua, AF 22, puls 108 reg, BT 128/76, temp 37,4. Cor: rr, inga bl.ljud. Pulm: ves bilat. Ben: ingen svullnad, vadömhet neg."),
    ("Lab", "D-dimer 1,9, TnT 12, CRP 8, krea 61."),
    ("EKG", "Sinustakykardi 106/min, ingen ST-T-påverkan."),
    ("Bedömning", "R/o lungemboli. DT thorax LE-protokoll beställd, Fragmin 15 000 E sc i väntan."),
], P, [], "English 'R/o' (rule out) before a diagnosis is a workup hypothesis, visible in Melior.")

C("sk-akut-fragetecken-sab", "lund_akut", "Akutjournal", "2024-05-09T20:05", 40, ED, "1972-11-30", "M", [
    ("Anamnes", "Plötslig svår huvudvärk under styrketräning kl 18.30, 'värsta i livet', VAS 10. Kräkts x1. Ingen tidigare migrän. Inga AK."),
    ("Status", "GCS 15, vaken, ljuskänslig. Lätt nackstel. Neuro: pupiller lika, ljusreaktion +, ingen pares, tal ua. BT 178/96."),
    ("Bedömning", "?SAB. DT hjärna akut, vid neg DT LP tidigast 12 h efter debut. Smärtlindring, BT-sänkning vid >160."),
], P, [], "Prefix question mark glued to an abbreviation ('?SAB') is a hedged diagnosis.")

C("vgr-akut-pyelonefrit-fragetecken-efter", "sas_akut", "Akutjournal", "2024-01-22T03:10", 60, ED, "1958-06-14", "F", [
    ("Aktuellt", "Feber 39,2 sedan igår, sveda vid miktion, ont hö flank. Kräkts idag. DM2, Metformin."),
    ("Status", "Varm, lätt takykard 104. BT 112/64. Dunkömhet hö njurloge. Buk mjuk, ua."),
    ("Lab", "CRP 214, LPK 17,2, krea 112 (bas 70), laktat 2,1. U-sticka: nitrit +, lpk 3+."),
    ("Bedömning", "Pyelonefrit? Blododl x2 + urinodl tagna, Cefotaxim 1g x3 iv. Metformin pausas pga krea. Inläggning inf."),
], P, [], "Trailing question mark after the diagnosis ('Pyelonefrit?') is a hedge.")

C("sk-inskr-misst-cholecystit-latinsk-stavning", "ksd_kir", "Inskrivningsanteckning", "2024-06-11T21:30", 55, SV, "1965-02-17", "F", [
    ("Anamnes", "Ont under hö arcus sedan 2 dygn, strålar mot hö skulderblad. Feber 38,4 hemma. Gallstensanfall 2022, UL då: konkrement i gallblåsan."),
    ("Status", "Ej ikterisk. Buk: palp.ömhet hö arcus, Murphys tecken pos. Ingen peritonit."),
    ("Lab", "CRP 132, LPK 14,1, bilirubin 18, ALP 2,1, ALAT 0,9, amylas 0,4."),
    ("Bedömning", "Misst. cholecystit. UL buk imorgon fm, Tazocin 4g x3, fastande efter midnatt."),
], P, [], "'Misst.' with the older Latin-style spelling 'cholecystit' is a hedged diagnosis.")

C("vgr-jour-susp-nstemi", "su_kard", "Jouranteckning", "2024-03-02T01:45", 30, SV, "1951-10-05", "M", [
    ("Aktuellt", "Trycksmärta retrosternalt 40 min i kväll vid trappgång, nu smärtfri. HT, hyperlipidemi, f.d. rökare."),
    ("EKG", "SR 72, 1 mm ST-sänkn V4–V6, ej tidigare."),
    ("Lab", "TnT 38 → 61 efter 1 h. Krea 88, K 4,1."),
    ("Bedömning", "Susp NSTEMI. ASA + Brilique laddningsdos, Arixtra 2,5 mg. Angio planeras imorgon, PCI-jour kontaktad."),
], P, [], "'Susp' without a full stop before an English-derived abbreviation (NSTEMI) is a hedge.")

C("sk-akut-trol-pnemoni-typo", "ystad_akut", "Akutjournal", "2024-11-28T16:50", 45, ED, "1946-01-23", "M", [
    ("Aktuellt", "Hosta med missfärgade upphostningar 5 d, feber, trött. KOL GOLD 2, Spiriva."),
    ("Status", "AF 24, sat 90% ua → 94% på 2 l O2. Pulm: krepitationer vä basalt, nedsatt andningsljud vä."),
    ("Lab", "CRP 187, LPK 15,9, PCT 1,2, Na 131."),
    ("Bedömning", "Trol pnemoni vä basalt. Rtg pulm beställd. Bensyl-PC 3 g x3 iv, Combivent inh. CRB-65: 1."),
], P, [], "Typo 'pnemoni' (pneumoni) after 'Trol' without a full stop; still a hedged diagnosis.")

C("sk-barnakut-kan-ej-utesl-meningit", "lund_barnakut", "Akutjournal", "2024-10-14T04:20", None, ED, "2020-05-18", "F", [
    ("Anamnes", "Feber sedan igår kväll, kräkts x4, ovanligt gnällig och trött enl mamma. Vaccinerad enl program. Inga syskon sjuka."),
    ("Status", "Temp 39,6, puls 156, CRT 3 s. Irritabel, svårtröstad. Nackstelhet svårbedömd. Inga petekier. Trumhinnor ua, svalg lätt rodnat."),
    ("Lab", "CRP 96, LPK 21, laktat 2,8."),
    ("Bedömning", "Kan ej utesl meningit. LP efter EMLA, odlingar tagna, Cefotaxim + Betapred enl PM. Inläggning barnavd."),
], P, [], "Abbreviated 'kan ej utesl' before the diagnosis, child under 13 (guardian reads), unsigned draft.")

C("vgr-akut-dd-njursten-divertikulit-typo", "nal_akut", "Akutjournal", "2024-07-04T11:25", 40, ED, "1969-09-02", "M", [
    ("Aktuellt", "Vänstersidig buksmärta sedan i morse, kommer i vågor. Ingen feber. Lite blod i urinen enl pat."),
    ("Status", "Orolig, går omkring. Buk: ömhet vä fossa, ingen défense. Lätt dunkömhet vä njurloge."),
    ("Lab", "CRP 19, LPK 11,2, krea 95. U-sticka: ery 3+."),
    ("Bedömning", "DD njurstensanfall/divertikuilt. DT buk utan kontrast, Diklofenak 50 mg supp."),
], P, [], "'DD X/Y' slash list with a typo in the second diagnosis ('divertikuilt').")

C("sk-barnakut-ffa-gastroenterit", "malmo_barnakut", "Akutjournal", "2024-09-03T18:40", 25, ED, "2017-12-04", "M", [
    ("Anamnes", "Kräkningar o diarré sedan 1,5 d, 6-7 ggr/d. Dricker lite. Kissat x2 idag. Lillasyster haft samma."),
    ("Status", "Pigg i rummet, lätt torra slemhinnor, CRT <2 s. Buk: mjuk, diffust lite öm, ingen lokal ömhet. Vikt 22,4 kg."),
    ("Bedömning", "Ffa viral gastroenterit, DD tidig appendicit (mindre troligt). Vätskeprovokation med Resorb, omvärdering om 2 h."),
], P, [], "'Ffa' (framför allt) = most likely, plus a DD; hedged diagnoses in a child's visible note.")

C("sk-akut-dissektion-mindre-troligt", "hbg_akut", "Akutjournal", "2024-08-19T22:10", 50, ED, "1959-04-27", "M", [
    ("Aktuellt", "Akut insättande smärta mellan skulderbladen vid lyft, nu VAS 6. Hypertoni, dåligt behandlad enl pat."),
    ("Status", "BT hö arm 182/104, vä arm 170/98. Pulsar palp bilat i ljumskar. Cor: rr, ej diastoliskt blåsljud. Neuro ua."),
    ("Röntgen", "Rtg pulm: mediastinum i övre normalgräns, i övrigt ua."),
    ("Bedömning", "Aortadissektion mindre troligt men DT-angio aorta akut för att avskriva. Labetalol till sBT <140."),
], P, [], "'X mindre troligt' keeps X as an open (less likely) hypothesis pending DT-angio: still hedged.")

C("vgr-akut-ej-uteslutet-temporalisarterit", "molndal_akut", "Akutjournal", "2024-02-27T10:40", 70, ED, "1948-07-19", "F", [
    ("Aktuellt", "Tinninghuvudvärk vä sedan 2 v, ont vid tuggning, idag dimsyn vä öga 20 min. Värk i axlar o höfter sedan en månad."),
    ("Status", "Ömmande, förtjockad a. temporalis vä, nedsatt pulsation. Visus 0,8/0,6. Pupiller ua."),
    ("Lab", "SR 78, CRP 54, Hb 114, TPK 455."),
    ("Bedömning", "Ej uteslutet temporalisarterit – Prednisolon 60 mg insatt idag. Remiss ögonjour + temporalisbiopsi inom 1 v."),
], P, [], "'Ej uteslutet X' is a hedge (not ruled out), not a negation.")

C("sk-akut-sannolik-tia-typo", "lund_akut", "Akutjournal", "2024-12-03T15:55", 65, ED, "1944-05-08", "M", [
    ("Aktuellt", "Övergående svaghet hö arm och sluddrigt tal ca 25 min i eftermiddags, helt restituerad vid ankomst. HT, DM2."),
    ("Status", "NIHSS 0. Cor: rr, frekv 78. Carotis: inga blåsljud."),
    ("Röntgen", "DT hjärna + DT-angio: ingen blödning, inga ocklusioner, plaque vä ICA utan signifikant stenos."),
    ("Bedömning", "Sanolik TIA, ABCD2 5 p. Trombyl 160 mg laddn, Atorva 80. Inläggning strokeenhet, telemetri för att leta FF."),
], P, [], "Typo 'Sanolik' (sannolik) before TIA; a probable diagnosis is still hedged.")

C("sk-gyn-ev-extrauterin-graviditet", "malmo_gyn", "Akutjournal", "2024-05-26T02:30", 45, ED, "1996-10-21", "F", [
    ("Anamnes", "SM 6+3, u-hCG pos hemma. Småblödning sedan 2 d, idag ont vä fossa. Tidigare klamydia 2017."),
    ("Status", "Opåverkad. BT 118/70, puls 84. Buk: öm vä fossa, ingen défense."),
    ("Ultraljud", "VUL: ingen intrauterin graviditet, endometrium 9 mm, liten mängd fri vätska i Douglas, oklar resistens vä adnex 2 cm."),
    ("Lab", "s-hCG 1 840, Hb 128."),
    ("Bedömning", "Ev. extrauterin graviditet vä. Ny s-hCG om 48 h, pat instruerad att söka direkt vid ökad smärta/yrsel."),
], P, [], "'Ev.' before a diagnosis (extrauterin graviditet) is a hedge; the past chlamydia is context only.")

C("vgr-orto-mojlig-septisk-artrit", "sas_orto", "Akutjournal", "2024-07-30T19:15", 35, ED, "1977-01-11", "M", [
    ("Aktuellt", "Svullet, varmt, rött hö knä sedan 2 d, kan knappt belasta. Feber 38,5. Inget trauma. Psoriasis."),
    ("Status", "Hö knä: rejäl hydrops, värmeökning, ROM 10–60 pga smärta. Inga sår."),
    ("Lab", "CRP 168, LPK 13,9, urat 390."),
    ("Bedömning", "Möjlig septisk artrit hö knä, DD giktartrit/psoriasisartrit. Ledpunktion: grumlig vätska, skickad för odling, celler, kristaller. Kloxacillin 2 g x3 efter punktion."),
], P, [], "'Möjlig X, DD Y/Z' in an orthopaedic ED note is a hedged diagnosis.")

C("sk-onk-jour-misstanke-spinal-kompression", "lund_onk", "Jouranteckning", "2024-04-06T21:45", 40, SV, "1949-08-25", "M", [
    ("Aktuellt", "Känd prostatacancer med skelettmetastaser, på Zytiga. Tilltagande ryggvärk Th-nivå sedan 1 v, sedan igår svag i benen, svårt att resa sig."),
    ("Status", "Kraft höftflexion 4/5 bilat, knäextension 4/5. Sensibilitet svårvärderad. Reflexer livliga bilat. Blåsscan 450 ml."),
    ("Bedömning", "Misstanke om metastatisk spinal kompression. Betapred 16 mg iv, akut MR helrygg, KAD. Ryggkirurg kontaktas efter MR."),
], P, [], "'Misstanke om' a new complication on top of a known (confirmed) cancer: the complication is hedged.")

C("sk-ogon-nathinneavlossning-fragetecken", "lund_ogon", "Akutjournal", "2024-01-08T20:20", 30, ED, "1953-03-15", "F", [
    ("Anamnes", "Blixtar och ökande mängd flytande prickar hö öga sedan igår, idag 'gardin' nedifrån. Myopi -7."),
    ("Status", "Visus hö 0,5, vä 1,0. Främre segment ua bilat. Fundus hö: svårbedömt pga glaskroppsblödning."),
    ("Bedömning", "Näthinneavlossning hö? UL ögat: förhöjning temporalt upptill, makula trol. on. Akut remiss retinamott imorgon kl 08, ryggläge tills dess."),
], P, [], "Ophthalmology: trailing '?' after 'Näthinneavlossning hö' is a hedged diagnosis.")

C("sk-akut-klin-misst-scaphoideumfraktur", "ksd_akut", "Akutjournal", "2024-03-23T13:05", 20, ED, "2004-06-30", "M", [
    ("Aktuellt", "Föll på skateboard, tog emot sig med hö hand. Ont radialt i handleden."),
    ("Status", "Svullnad radialt. Ömhet i fossa tabatière, smärta vid axial kompression tumme. Distalstatus ua."),
    ("Röntgen", "Rtg hö handled + scaphoideumserie: ingen synlig fraktur."),
    ("Bedömning", "Klin misst scaphoideumfraktur trots neg rtg. Gips med tuminfattning, ny rtg/MR om 10–14 d."),
], P, [], "Clinically suspected fracture despite a negative X-ray: 'misst' is a hedge, the negative rtg does not negate it.")

C("sk-akut-obs-dvt-gemener", "ystad_akut", "Akutjournal", "2024-06-29T22:50", None, ED, "1971-12-12", "F", [
    ("Aktuellt", "ont hö vad sedan 4 d, svullen. flög från kanarieöarna i söndags. ingen dyspné."),
    ("Status", "hö vad omfång +2,5 cm jmf vä, ömhet djupt i vaden, ingen rodnad. wells 2."),
    ("Lab", "d-dimer 1,1"),
    ("Bedömning", "obs dvt hö, fragmin 200 E/kg över natten, UL ven imorgon kl 9."),
], P, [], "All-lowercase 'obs dvt' in a dictated-in-a-hurry draft: hedged diagnosis.")

C("vgr-akut-fragetecken-anafylaxi", "ostra_akut", "Akutjournal", "2024-08-08T17:35", 55, ED, "1990-02-26", "F", [
    ("Aktuellt", "Åt räksallad på lunch, 20 min senare klåda, urtikaria, svullen läpp, lite tryck i halsen. Tog 2 Aerius själv. Astma, Symbicort."),
    ("Status", "Urtikaria bål/armar. Lätt läppödem, ingen stridor. Pulm: ngt förlängt exp, sat 96%. BT 104/62, puls 112."),
    ("Bedömning", "? anafylaxi grad II. Adrenalin 0,5 mg im, Betapred 8 mg, Tavegyl iv, Ventoline neb. Obs 6 h på akuten."),
], P, [], "'? anafylaxi' with a space after the question mark is a hedge; 'Obs 6 h' is not.")

C("sk-inskr-subileus-typo", "ksd_kir", "Inskrivningsanteckning", "2024-09-21T23:55", 60, SV, "1947-05-03", "F", [
    ("Anamnes", "St.p. hysterektomi och colonresektion 2015. Krampartade buksmärtor sedan i morse, kräkts galla x4, ingen avföring el gasavgång sedan igår."),
    ("Status", "Buk: lätt utspänd, tympanistisk, metalliskt klingande tarmljud, ingen peritonit. Ärr mittlinje."),
    ("Lab", "CRP 22, LPK 10,4, laktat 1,3, K 3,2."),
    ("Bedömning", "Subilues? ev adherensileus. V-sond, dropp m KCl, DT buk m kontrast i natt."),
], P, [], "Typo 'Subilues?' plus 'ev adherensileus': hedged diagnoses in a visible admission note.")

C("vgr-akut-ro-acs", "skovde_akut", "Akutjournal", "2024-10-02T08:50", 45, ED, "1966-04-16", "F", [
    ("Aktuellt", "Bröstsmärta sedan 2 h, tryckande, strålar till käken. Svettig. Diabetes, rökare 20 cig/d."),
    ("EKG", "SR 88, inga ST-höjningar, flack T III."),
    ("Lab", "hs-TnT 0h: 14."),
    ("Bedömning", "r/o ACS. Ny TnT 1 h, Trombyl 320 mg, NTG spray prn. Kardiologjouren informerad."),
], P, [], "Lowercase 'r/o ACS'; 'kardiologjouren informerad' is about a colleague, not the patient.")

C("sk-barnakut-susp-hsp", "hbg_barnakut", "Akutjournal", "2024-02-16T15:10", 40, ED, "2018-09-09", "M", [
    ("Anamnes", "Prickar på benen sedan 2 d, ont i fotlederna, igår ont i magen. Förkyld för 1,5 v sedan."),
    ("Status", "Palpabla petekier/purpura på underben och skinkor, symmetriskt. Svullna fotleder bilat. Buk mjuk."),
    ("Lab", "Hb 128, TPK 356, CRP 12, krea 34. U-sticka: ery 1+, protein neg."),
    ("Bedömning", "Susp. Henoch-Schönlein purpura (IgA-vaskulit). Hem m Alvedon, kontroll BT + urin på BUM om 1 v."),
], P, [], "'Susp.' before an eponym with a modern synonym in parentheses; child's visible note.")

C("sk-orto-jour-trol-kompartmentsyndrom", "malmo_orto", "Jouranteckning", "2024-06-02T03:40", None, SV, "1998-03-29", "M", [
    ("Aktuellt", "Märgspik vä tibia igår pga skaftfraktur. Tilltagande smärta trots PCA, ssk ringt."),
    ("Status", "Spänd vad, kraftig smärta vid passiv dorsalflexion av tårna. Sensibilitet nedsatt 1:a interdigitalrummet. Fotpulsar palp."),
    ("Bedömning", "Trol. begynnande kompartmentsyndrom vä underben. Tryckmätning anteriora logen 48 mmHg, diast BT 70. Till op för fasciotomi, anestesi + op-ssk kontaktade."),
], P, [], "'Trol. begynnande X' on an on-call ward note (unsigned draft) is a hedge.")

C("vgr-akut-misst-ulcusperforation", "kungalv_akut", "Akutjournal", "2024-11-03T06:20", 30, ED, "1955-12-01", "M", [
    ("Aktuellt", "Plötslig kraftig smärta i epigastriet kl 04, nu hela buken. Ipren 400x3 i 2 v pga ryggvärk."),
    ("Status", "Ligger still, ytlig andning. Buk: brädhård, generell défense. Tarmljud tysta."),
    ("Lab", "CRP 11, LPK 15,2, Hb 146, amylas 0,6."),
    ("Bedömning", "Misst ulcusperforation. DT buk akut, svar inväntas. Fastande, Nexium 80 mg iv, Tazocin, kir-bakjour kontaktad."),
], P, [], "'Misst' without a full stop before a compound diagnosis (ulcusperforation).")

C("sk-gyn-susp-ovarialtorsion", "lund_gyn", "Akutjournal", "2024-04-25T00:45", 40, ED, "2001-07-07", "F", [
    ("Aktuellt", "Akut insättande smärta hö fossa kl 22 vid dans, illamående, kräkts. Känd cysta hö ovarium 5 cm sedan mars."),
    ("Status", "Blek, svettig. Buk: öm hö fossa. Gyn: ömhet hö adnex vid bimanuell palp."),
    ("Ultraljud", "VUL: förstorat hö ovarium 7 cm med cysta, flöde svårbedömt."),
    ("Bedömning", "Susp. ovarialtorsion hö. Akut laparoskopi, pat informerad om ingreppet och samtycker."),
], P, [], "Hedged torsion; 'pat informerad om ingreppet' concerns the operation and does not settle the diagnosis.")

C("sk-orto-susp-cauda-equina-typo", "malmo_orto", "Akutjournal", "2024-05-14T16:30", 50, ED, "1982-10-10", "F", [
    ("Aktuellt", "Känt diskbråck L5–S1 (MR jan). Ökad ryggvärk m utstrålning bilat sedan igår, idag svårt att kissa och domning i underlivet."),
    ("Status", "Lasegue pos bilat 40°. Sensibilitet perianalt svårbedömd. Sfinktertonus lätt nedsatt. Resurin 600 ml."),
    ("Bedömning", "Susp cauda equnia-syndrom. Akut MR ländrygg, ryggkirurg kontaktad, KAD."),
], P, [], "Typo 'cauda equnia' in the suspected diagnosis; the known disc herniation is confirmed context.")

C("vgr-akut-fragetecken-sepsis-okant-fokus", "uddevalla_akut", "Akutjournal", "2024-12-20T05:15", 45, ED, "1939-02-02", "M", [
    ("Aktuellt", "Hittad på golvet av hemtjänsten, förvirrad. Feber 39,0. Ingen hosta enl personal. Hemtjänst 4 ggr/d."),
    ("Status", "RLS 2, AF 26, sat 92%, BT 92/54, puls 118. Inget uppenbart fokus, hud ua, buk mjuk."),
    ("Lab", "CRP 241, LPK 2,1, laktat 4,4, krea 168."),
    ("Bedömning", "?sepsis utan känt fokus, NEWS 9. Odlingar x2, Tazocin 4 g iv, 1 l Ringer bolus, inläggning IMA."),
], P, [], "'?sepsis' lowercase with no space: hedged diagnosis.")

C("sk-geri-jour-obs-delirium", "ystad_geri", "Jouranteckning", "2024-03-10T23:30", None, SV, "1934-06-06", "F", [
    ("Aktuellt", "Inlagd pga collumfraktur vä, op igår. I kväll orolig, plockig, drar i PVK, tror hon är hemma."),
    ("Status", "Vaken, desorienterad tid/rum. Temp 37,8. Sat 94%. Blåsscan 720 ml. Buk mjuk."),
    ("Bedömning", "Obs postoperativt delirium, utlöst av urinretention + smärta? KAD, Oxynorm byts mot Alvedon + lågdos Oxynorm, ortopedjour ser pat imorgon."),
], P, [], "'Obs postoperativt delirium' is a hedged diagnosis; the hip fracture is confirmed (unsigned draft).")

C("vgr-akut-acs-kan-ej-uteslutas-typo", "nal_akut", "Akutjournal", "2024-08-27T14:45", 35, ED, "1962-08-18", "M", [
    ("Aktuellt", "Diffust obehag i bröstet och epigastriet sedan morgonen, ingen strålning. Sämre kondition senaste månaden."),
    ("EKG", "SR 64, ST-sänkning 0,5 mm II, III, aVF, ej säker."),
    ("Lab", "TnT 22 → 25, CK-MB ua."),
    ("Bedömning", "Akut koronart syndrom kan ej utelsutas. Inläggning HIA för observation, arbetsprov alt. angio."),
], P, [], "Typo in the cue 'kan ej utelsutas' after the diagnosis: still 'cannot be excluded', a hedge.")

C("sk-kir-jour-dd-lista-mesenterialischemi", "malmo_kir", "Jouranteckning", "2024-01-30T02:50", 40, SV, "1938-11-14", "F", [
    ("Aktuellt", "FF, Eliquis pausat inför gastroskopi för 3 d sedan. Svår buksmärta sedan 6 h, smärta som inte stämmer med status."),
    ("Status", "Buk mjuk, lätt öm diffust. Oregelbunden puls 110."),
    ("Lab", "laktat 5,8, CRP 48, LPK 19, amylas 0,5."),
    ("Bedömning", "DD: mesenterialischemi, pankreatit, perforerat ulcus. DT-angio buk akut, kärlkirurg förvarnad."),
], P, [], "'DD:' followed by a comma list of three diagnoses in an on-call note.")

C("sk-inf-inskr-misst-endokardit-typo", "lund_inf", "Inskrivningsanteckning", "2024-09-14T20:10", 45, SV, "1993-04-22", "M", [
    ("Anamnes", "Aktivt iv missbruk (heroin, amfetamin). Feber o frossa 1 v, andfådd. Senast injicerat igår."),
    ("Status", "Temp 39,4. Nytt blåsljud 3/6 nedre vä sternalrand. Splinterblödningar 2 naglar. Stickmärken bägge armbågsveck."),
    ("Lab", "CRP 156, LPK 16, TPK 98. Blododl x3 tagna innan ab."),
    ("Bedömning", "Misst. högersidig endokarit (trikuspidalis). TTE imorgon, Kloxacillin 2 g x6 + Gentamicin."),
], P, [], "Typo 'endokarit' (endokardit) after 'Misst.'; hedged diagnosis on admission.")

C("vgr-med-inskr-ev-nytillkommen-hjartsvikt", "alingsas_med", "Inskrivningsanteckning", "2024-02-05T19:25", 50, SV, "1940-09-28", "F", [
    ("Aktuellt", "Tilltagande andfåddhet 2 v, svullna ben, sover med 3 kuddar. HT, FF på Eliquis."),
    ("Status", "Sat 91%, AF 24. Pulm: krepitationer bilat basalt. Bensvullnad till knä bilat. Halsvenstas svårbedömd."),
    ("Lab", "NT-proBNP 4 800, krea 104, K 4,6."),
    ("Bedömning", "Ev. nytillkommen hjärtsvikt, ej tidigare känd. Furix 40 mg iv x2, UCG under vårdtiden, dagl vikt."),
], P, [], "'Ev. nytillkommen X' in the admission assessment: hedged; HT and FF are confirmed history.")

C("sk-barnakut-trol-obstruktiv-bronkit", "malmo_barnakut", "Akutjournal", "2024-01-17T21:20", 30, ED, "2022-08-03", "F", [
    ("Anamnes", "Snuva och hosta 3 d, sedan idag pipigt andningsljud och drar in under revbenen. Äter mindre. Storebror förkyld."),
    ("Status", "AF 48, sat 93%, lätta indragningar jugulärt/subkostalt. Pulm: förlängt exp, pip bilat. Temp 38,1."),
    ("Bedömning", "Trol. obstruktiv bronkit, DD bronkiolit. Ventoline 2,5 mg neb med god effekt, sat 97% efter. Hem med Airomir + spacer."),
], P, [], "Toddler: 'Trol. X, DD Y' is a hedged diagnosis the guardian will read.")

C("sk-barnakut-fragetecken-krupp", "hbg_barnakut", "Akutjournal", "2024-11-11T02:05", 25, ED, "2021-04-20", "M", [
    ("Anamnes", "Vaknade kl 1 med skällande hosta och hes röst, pipigt ljud vid inandning. Förkylning sedan 2 d."),
    ("Status", "Inspiratorisk stridor i vila som försvinner när han lugnar sig, lätta jugulära indragningar. Sat 97%. Temp 38,0."),
    ("Bedömning", "?Krupp (pseudokrupp). Betapred 0,4 mg/kg po, Adrenalin-inh x1. Obs 2 h efter inh."),
], P, [], "'?Krupp' capitalised after the question mark; 'Obs 2 h' alone is not a diagnosis.")

C("vgr-barnakut-misst-invagination", "dsbus_akut", "Akutjournal", "2024-05-03T19:50", 35, ED, "2023-01-15", "M", [
    ("Anamnes", "Periodiska skrikattacker sedan i förmiddags, drar upp benen, blek under attack, däremellan lugn. Kräkts x3. Geléliknande blodig avföring x1."),
    ("Status", "Trött mellan attackerna. Buk: möjlig korvformig resistens hö övre kvadrant, svårpalperat under skrik."),
    ("Bedömning", "Misst. invagination. Akut UL buk, vid bekräftelse luftlavemang. Barnkirurg informerad, PVK + vätska."),
], P, [], "Infant: 'Misst. invagination' in a visible VGR note read by the guardians.")

C("sk-med-inskr-susp-tyreotoxisk-kris", "malmo_med", "Inskrivningsanteckning", "2024-07-19T18:15", 60, SV, "1979-05-31", "F", [
    ("Aktuellt", "Hjärtklappning, viktnedgång 6 kg/2 mån, svettas, darrig, orolig. Nu även diarréer o feber 38,6."),
    ("Status", "Puls 138. Fin tremor. Diffust förstorad tyreoidea. Lätt exoftalmus bilat."),
    ("Lab", "TSH <0,01, fT4 >100, fT3 32."),
    ("Bedömning", "Susp tyreotoxisk kris (Burch–Wartofsky 50). Propranolol, Tiamazol 40 mg, Hydrokortison. TRAK tagen, trol Graves."),
], P, [], "Two hedges ('Susp X', 'trol Y') in the endocrine admission assessment.")

C("vgr-akut-ev-begynnande-delirium-tremens", "su_akut", "Akutjournal", "2024-12-25T10:30", 40, ED, "1970-03-03", "M", [
    ("Aktuellt", "Alkoholberoende, 1 l vodka/d i 3 v, sista intag i förrgår kväll. Darrig, svettig, ser insekter på väggen."),
    ("Status", "Orienterad till person, ej tid. Puls 122, BT 168/100, temp 37,9. Grov tremor. CIWA 24."),
    ("Bedömning", "Trol. alkoholabstinens, ev begynnande delirium tremens. Oxascand enl CIWA-schema, Tiamin 200 mg iv x3, inläggning med. DT hjärna ej indicerat (inget trauma)."),
], P, [], "'ev begynnande delirium tremens' hedged; 'DT hjärna' is the CT abbreviation, not a diagnosis.")

C("sk-psyk-obs-psykos", "malmo_psyk", "Akutjournal", "2024-06-15T01:25", 55, ED, "2000-10-08", "M", [
    ("Aktuellt", "Medföljer polis efter att ha stått på E6 och väntat på signaler. Daglig cannabis enl bror. Sömnlös 1 v."),
    ("Status", "Vaken, orienterad x3. Tankestörd, sammanhangslösa svar. Verkar svara på röster. Förnekar suicidtankar. Ingen sjukdomsinsikt."),
    ("Bedömning", "Obs psykos, DD drogutlöst psykos vs debuterande schizofreni. Vårdintyg utfärdat, inskrivning enl LPT."),
], P, [], "Psychiatric ED: 'Obs psykos, DD ...' is a hedged diagnosis in a visible adult psychiatry note.")

C("sk-akut-misst-paracetamolforgiftning-typo", "hbg_akut", "Akutjournal", "2024-10-26T23:40", 45, ED, "2006-03-14", "F", [
    ("Aktuellt", "Enl kompis tagit en hel burk Alvedon ca kl 19 efter bråk med pojkvän. Pat själv uppger 10 tabl. Illamående."),
    ("Status", "Vaken, gråtmild. Inga tecken på annan påverkan. Vitala ua."),
    ("Lab", "s-paracetamol tas kl 23 (4 h), ALAT 0,4, PK 1,0."),
    ("Bedömning", "Misst. paracetamolförgiftnig, osäker mängd. Acetylcystein startas direkt enl Giftinformation. Psykiatrikonsult imorgon."),
], P, [], "Typo 'förgiftnig' in a suspected intoxication; patient aged 18.")

C("vgr-neuro-jour-kan-inte-utesluta-hjarnabscess", "su_neuroavd", "Jouranteckning", "2024-03-28T22:35", 45, SV, "1964-06-17", "M", [
    ("Aktuellt", "Inlagd för bihåleinfektion m feber, nu ökande huvudvärk, ny ordfinnighet i eftermiddags."),
    ("Status", "Temp 38,8. Vaken, nominell afasi. Lätt hö-sidig pronatordrift. Pupiller ua."),
    ("Röntgen", "DT hjärna m kontrast: ringformigt uppladdande process vä frontalt 2,5 cm, omgivande ödem."),
    ("Bedömning", "Kan inte utesluta hjärnabscess, DD tumör (gliom/metastas). Neurokirurg kontaktad, MR m diffusion i natt. Meronem + Metronidazol efter blododl."),
], P, [], "'Kan inte utesluta X' before the diagnosis is a hedge, not a negation.")

C("sk-inf-tbe-fragetecken", "ksd_inf", "Akutjournal", "2024-07-09T14:00", 50, ED, "1985-09-19", "F", [
    ("Aktuellt", "Feber 3 d förra veckan, sedan bättre, nu igen feber 39, huvudvärk, ljuskänslig. Fästingbett i Blekinge för 2 v. Ej TBE-vaccinerad."),
    ("Status", "Lätt nackstel, vaken, fokalneurologi ua. Inga utslag."),
    ("Lab", "CRP 18, LPK 11. LP: lpk 84 (mono 90 %), protein 0,9, glukoskvot 0,6."),
    ("Bedömning", "TBE? Bifasiskt förlopp + lymfocytär meningit. TBE-serologi skickad, Borrelia-ak i likvor. Symtomatisk beh, inläggning inf."),
], P, [], "'TBE?' as an abbreviation with a trailing question mark heads the assessment.")

C("sk-onh-zoster-oticus-fragetecken", "malmo_onh", "Akutjournal", "2024-02-12T11:50", 40, ED, "1957-01-29", "M", [
    ("Aktuellt", "Värk hö öra 3 d, idag blåsor i hörselgången och hängande mungipa hö. Yrsel, susar i örat."),
    ("Status", "Vesikler i hö hörselgång o concha. Perifer facialispares hö House-Brackmann III. Spontannystagmus åt vä."),
    ("Bedömning", "?Zoster oticus (Ramsay Hunt). Valaciklovir 1 g x3 i 7 d, Prednisolon 50 mg. Hörselkontroll, ÖNH-återbesök om 1 v."),
], P, [], "ENT: '?Zoster oticus' with eponym in parentheses.")

C("vgr-onh-trol-peritonsillar-abcess-variant", "su_onh", "Akutjournal", "2024-09-30T21:05", None, ED, "2003-05-05", "F", [
    ("Aktuellt", "Halsont 5 d, tilltagande vä, svårt att svälja och gapa. Fått PcV från VC igår."),
    ("Status", "Trismus 2 cm. Vä tonsill medialförskjuten, uvula till hö, buktning supratonsillärt vä. Temp 38,3."),
    ("Bedömning", "Trol peritonsillär abcess vä. Punktion utan pus, ev. peritonsillit utan abcess. Fortsatt PcV 1 g x3 + Alvedon, ny punktion imorgon vid utebliven förbättring."),
], P, [], "Variant spelling 'abcess' after 'Trol'; unsigned ENT draft.")

C("sk-uro-misst-fourniers-gangran-typo", "hbg_uro", "Akutjournal", "2024-10-19T04:35", 35, ED, "1956-02-20", "M", [
    ("Aktuellt", "DM2 insulinbeh, dåligt reglerad. Svullnad o smärta i pungen sedan 2 d, nu feber och mörkfärgad hud perinealt."),
    ("Status", "Temp 39,1, BT 98/60. Scrotum rodnat, svullet. Krepitation subkutant perinealt. Nekrotiskt område 3x2 cm."),
    ("Bedömning", "Misst. Fourniers gangren. Akut op för revision, Meronem + Klindamycin. Anestesi förvarnad, urolog-bakjour på väg in."),
], P, [], "Typo 'gangren' (gangrän) in an eponymous suspected diagnosis.")

C("sk-barnkir-susp-testistorsion", "malmo_barnkir", "Akutjournal", "2024-04-11T06:10", 25, ED, "2012-09-24", "M", [
    ("Anamnes", "Vaknade kl 5 med svår smärta i hö testikel, kräkts x1. Inget trauma. Liknande kortvarigt en gång i vintras."),
    ("Status", "Hö testikel högt stående, horisontellt läge, mycket öm. Kremasterreflex saknas hö."),
    ("Bedömning", "Susp testistorsion hö. Direkt till op för explorering, ej UL pga tidsfaktor. Föräldrar informerade och samtycker."),
], P, [], "Child aged 11: hedged torsion in the visible note; parents informed about the operation.")

C("vgr-forl-preeklampsi-fragetecken", "ostra_forl", "Läkaranteckning", "2024-08-13T22:20", 40, SV, "1991-12-27", "F", [
    ("Aktuellt", "Omföderska v 34+2. Huvudvärk sedan i eftermiddags, flimmer för ögonen, svullen i ansiktet. MVC-BT 138/88 förra veckan."),
    ("Status", "BT 162/108, 158/104 efter 15 min. Reflexer livliga. Ödem händer o ansikte. CTG reaktivt."),
    ("Lab", "U-albumin 2+, TPK 142, ALAT 0,9, LD 4,1, urat 410."),
    ("Bedömning", "?Preeklampsi m svåra symtom, HELLP mindre troligt (TPK/leverprover ok). Trandate, Magnesiumsulfat, Celeston. Inläggning förlossningsavd."),
], P, [], "Obstetrics: '?Preeklampsi' is hedged; 'HELLP mindre troligt' adds a second open hypothesis.")

C("sk-akut-erytema-migrans-borellia-typo", "ystad_akut", "Akutjournal", "2024-06-20T12:30", 30, ED, "1968-08-08", "F", [
    ("Aktuellt", "Rodnad vä lår växande sedan 1 v, nu 9 cm, central uppklarning. Fästingbett där för ca 3 v sedan enl pat. Trött, muskelvärk."),
    ("Status", "Ringformig rodnad 9x7 cm vä lårets insida, ej värmeökad, ej öm."),
    ("Bedömning", "Erytema migrans? Tidig Borellia-infektion trol. Doxyferm 100 mg x2 i 10 d."),
], P, [], "Variant 'Erytema' and typo 'Borellia', with trailing '?' and postposed 'trol.'.")

C("sk-akut-dd-erysipelas-dvt-mellanslag", "ksd_akut", "Akutjournal", "2024-03-19T17:40", 45, ED, "1952-07-21", "M", [
    ("Aktuellt", "Rött, svullet vä underben sedan 2 d, feber 38,4 igår. Fotsvamp. Ingen tidigare DVT."),
    ("Status", "Rodnad m skarp avgränsning vä underben, värmeökning, öm. Interdigitalt maceration, fissurer. Vadomfång +2 cm."),
    ("Lab", "CRP 98, LPK 12,4, d-dimer 0,9."),
    ("Bedömning", "DD erysipelas / DVT. UL ven vä ben imorgon, Fragmin beh-dos i natt. Kåvepenin 1 g x3 insatt."),
], P, [], "'DD X / Y' with spaces around the slash; 'Ingen tidigare DVT' in history is a separate negated mention.")

C("vgr-akut-ev-liten-pneumothorax", "su_akut", "Akutjournal", "2024-01-29T09:05", 30, ED, "2002-11-11", "M", [
    ("Aktuellt", "Lång smal, plötsligt hugg i vä bröstkorgshalva under föreläsning, andfådd vid trappor. Rökare."),
    ("Status", "Sat 97%, AF 18. Pulm: möjligen nedsatt andningsljud vä apikalt."),
    ("Röntgen", "Rtg pulm: smal apikal luftspalt vä?, svårvärderad, sidobild beställd."),
    ("Bedömning", "Ev liten pneumothorax vä. Expektans, ny rtg om 4 h. Inget dränagebehov nu."),
], P, [], "'Ev liten pneumothorax' (hedge, no full stop) in a young adult's ED note.")

C("sk-akut-ovre-gi-blodning-fragetecken", "malmo_akut", "Akutjournal", "2024-04-30T03:55", 50, ED, "1960-01-06", "M", [
    ("Aktuellt", "Svart tjärliknande avföring x3 sedan igår, yr vid uppresning. Trombyl + Ipren pga knäartros."),
    ("Status", "Blek. BT liggande 104/66, stående 86/50. Puls 108. PR: melena."),
    ("Lab", "Hb 84 (140 i jan), urea 18, krea 90."),
    ("Bedömning", "?övre GI-blödning, misst ulcus. Nexium 80 mg iv bolus + infusion, 2 E erytrocyter, akut gastroskopi i morgon bitti. Trombyl pausas."),
], P, [], "'?övre GI-blödning, misst ulcus': two hedges; knee osteoarthritis is confirmed history.")

C("vgr-akut-misst-paroxysmalt-ff-typo", "sas_akut", "Akutjournal", "2024-05-21T10:15", 35, ED, "1963-10-30", "F", [
    ("Aktuellt", "Episoder med oregelbunden hjärtklappning och yrsel senaste mån, 10–30 min. Nu besvärsfri."),
    ("EKG", "Sinusrytm 68, PQ 0,16, QTc 420, ua."),
    ("Bedömning", "Misst paroxysmalt förmaksflimmmer. Långtids-EKG 72 h, remiss kardiologmott, CHA2DS2-VASc 2."),
], P, [], "Typo 'förmaksflimmmer' (triple m) after 'Misst'.")

C("sk-akut-synkope-arrytmi-variant", "lund_akut", "Akutjournal", "2024-09-08T13:35", 40, ED, "1947-12-19", "M", [
    ("Aktuellt", "Svimmade i kön på ICA utan förkänningar, slog huvudet. Vaken direkt. Liknande för 2 mån sedan. Bisoprolol, Enalapril."),
    ("Status", "GCS 15, sårskada hö panna 2 cm. Cor: systoliskt blåsljud 2/6. Ortostatiskt test ua."),
    ("EKG", "SR 52, AV-block I (PQ 0,28), högersidigt skänkelblock."),
    ("Bedömning", "Synkope, ?arrytmi, ev. trifascikulärt block. Inläggning telemetri, UCG. Såret limmat."),
], P, [], "Variant spelling '?arrytmi' (arytmi) and 'ev.' before a conduction diagnosis.")

C("vgr-kir-jour-ro-kolangit", "sas_kir", "Jouranteckning", "2024-12-12T01:15", 35, SV, "1950-05-25", "F", [
    ("Aktuellt", "Inlagd igår för gallstenssmärta, UL: gallsten, vidgad koledokus 9 mm. I natt frossa, temp 39,5."),
    ("Status", "Ikteriska sklerae. Öm hö arcus. BT 110/60, puls 104."),
    ("Lab", "Bilirubin 62, ALP 4,8, CRP 142."),
    ("Bedömning", "r/o kolangit pga koledokussten. Odlingar, Tazocin 4 g x3, ERCP-förfrågan imorgon."),
], P, [], "'r/o kolangit' in a night on-call note on the surgical ward.")

C("vgr-akut-trol-giktattack", "skovde_akut", "Akutjournal", "2024-02-24T08:40", 25, ED, "1966-06-09", "M", [
    ("Aktuellt", "Vaknade i natt med extrem smärta i stortån hö, tål inte täcket. Öl + räkor igår. Tiazid pga HT."),
    ("Status", "MTP I hö: rodnad, svullnad, värmeökning, mkt öm. Ingen sårskada. Temp 37,3."),
    ("Lab", "urat 520, CRP 44."),
    ("Bedömning", "Trol giktattack (podager) hö. Naproxen 500 mg x2 i 5 d, byte av tiazid tas med VC."),
], P, [], "'Trol giktattack (podager)' with the Latin term in parentheses.")

C("vgr-med-misst-wernicke", "su_med", "Inskrivningsanteckning", "2024-04-04T17:20", 60, SV, "1968-02-13", "M", [
    ("Anamnes", "Alkoholöverkonsumtion sedan många år, äter dåligt, gått ned 10 kg. Fallit flera ggr senaste veckan."),
    ("Status", "Förvirrad, ataktisk gång, horisontell nystagmus, abducenspares vä. BMI 17."),
    ("Bedömning", "Misst. Wernickes encefalopati. Tiamin 500 mg iv x3 i 3 d före glukos, MR hjärna under vårdtiden."),
], P, [], "Eponymous suspected diagnosis in a VGR admission note.")

C("vgr-neuro-guillain-barre-fragetecken-typo", "nal_akut", "Akutjournal", "2024-10-07T15:45", 50, ED, "1986-11-02", "F", [
    ("Aktuellt", "Stigande svaghet i benen 4 d, stickningar i fötter o händer. Magsjuk för 2 v sedan."),
    ("Status", "Kraft höftflexion 3/5, dorsalflexion 4/5 bilat. Areflexi i benen, svaga bicepsreflexer. Kranialnerver ua."),
    ("Bedömning", "Guillan-Barré? LP + ENeG, VC x3/d, inläggning neuro. Neurologjour bedömt på akuten."),
], P, [], "Misspelled eponym 'Guillan-Barré' with a trailing question mark.")

C("vgr-akut-trol-bells-pares", "kungalv_akut", "Akutjournal", "2024-06-24T12:10", 30, ED, "1979-08-30", "F", [
    ("Aktuellt", "Vaknade med sned mun vä, kan inte blunda med vä öga, smakförändring. Inga andra neurologiska symtom."),
    ("Status", "Perifer facialispares vä, pannan påverkad. Övrig neurologi ua. Inga vesikler i hörselgången."),
    ("Bedömning", "Trol. Bells pares vä, stroke bedöms ej aktuellt pga perifert mönster. Prednisolon 50 mg x1 i 10 d, ögonskydd. Borrelia-serologi."),
], P, [], "'Trol. Bells pares' hedged even though stroke is explicitly set aside in the same sentence.")

C("vgr-akut-strokelarm-misstant-hjarninfarkt-typo", "skovde_akut", "Akutjournal", "2024-11-19T14:35", 75, ED, "1950-04-14", "M", [
    ("Aktuellt", "Akut insättande afasi o hö-sidig hemipares kl 14.10, sist sedd frisk 14.05. Strokelarm från ambulans. Inga AK."),
    ("Status", "NIHSS 12. Vaken, global afasi, hö-sidig facialispares, arm 0/5, ben 2/5."),
    ("Bedömning", "Misstänt vä-sidig hjärninfarkt. DT hjärna + DT-angio pågår, trombolys förbereds, trombektomijour SU förvarnad."),
], P, [], "Typo 'Misstänt' (misstänkt) before the diagnosis in a stroke alert note.")

# =====================================================================
# NL101 positives: diagnosis visible while the patient is not yet told
# =====================================================================

C("sk-kirmott-pad-koloncancer-ej-informerad", "malmo_kirmott", "Läkaranteckning", "2024-03-15T15:20", 40, ED, "1954-09-16", "M", [
    ("Aktuellt", "Koloskopi 6/3 pga anemi o blod i avföringen: tumör sigmoideum 25 cm ab ano, biopsier tagna."),
    ("PAD", "Adenocarcinom, måttligt differentierat."),
    ("Bedömning", "Koloncancer sigmoideum. DT thorax-buk för staging bokad. Pat ej informerad om PAD ännu – besked av ansvarig kirurg vid besök 21/3, kontaktssk bokar."),
], ["NL101"], ["NL102"], "Confirmed cancer with 'pat ej informerad om PAD ännu' in the visible assessment.")

C("vgr-onk-mr-metastaser-pat-konfus-ej-informerad", "su_onk", "Jouranteckning", "2024-05-07T20:40", 50, SV, "1945-03-21", "F", [
    ("Aktuellt", "Känd bröstcancer 2019, nu inlagd med förvirring och gångsvårigheter."),
    ("Röntgen", "MR hjärna: multipla metastaser supra- och infratentoriellt, största 3 cm hö cerebellum m ödem."),
    ("Bedömning", "Hjärnmetastaser från bröstcancer. Betapred 8 mg x2. Make informerad per telefon. Pat ej informerad om MR-svaret pga konfusion, tas när hon är klarare."),
], ["NL101"], [], "Spouse told, patient explicitly not told about the brain metastases.")

C("sk-akut-leukemi-ej-hunnit-informera", "lund_akut", "Akutjournal", "2024-06-06T22:55", 60, ED, "1981-02-09", "M", [
    ("Aktuellt", "Trötthet 3 v, blåmärken, blödande tandkött, feber senaste dagarna."),
    ("Lab", "Hb 78, TPK 14, LPK 86, blaster i utstryk ca 60 %."),
    ("Bedömning", "Akut leukemi, trol AML enl morfologi. Hematologjour kontaktad, inläggning hem.avd. Har ej hunnit informera pat om leukemimisstanken, görs imorgon med hematolog."),
], ["NL101"], [], "'Har ej hunnit informera pat' about a visible leukaemia diagnosis at the ED.")

C("vgr-neuromott-als-besked-ej-givet", "su_neuro", "Läkaranteckning", "2024-10-22T14:10", 90, ED, "1962-07-04", "M", [
    ("Utredning", "ENeG/EMG: utbredd denervation i 3 regioner, fascikulationer. MR halsrygg utan kompression."),
    ("Bedömning", "Uppfyller Gold Coast-kriterierna för ALS. Besked ej givet till pat ännu, samtal nästa tisdag med kurator och kontaktssk."),
], ["NL101"], ["NL102"], "Settled ALS diagnosis with 'besked ej givet till pat ännu'.")

C("sk-infmott-hiv-ej-underrattad-typo", "malmo_inf", "Läkaranteckning", "2024-02-20T11:30", 45, ED, "1988-04-12", "F", [
    ("Lab", "HIV Ag/Ak pos, konfirmerat. CD4 340."),
    ("Bedömning", "Nydiagnostiserad HIV-infektion. Pat ännu ej underättad – nås ej per telefon, kallelse skickad. Smittskyddsanmälan efter besked."),
], ["NL101"], [], "Typo in the cue 'underättad' (underrättad); the patient has not been told.")

C("vgr-minnesmott-alzheimer-ej-meddelad", "molndal_geri", "Läkaranteckning", "2024-11-05T13:45", 120, ED, "1938-10-01", "F", [
    ("Sammanfattning", "MMSE 19, klocktest 2/5, DT hjärna: mediotemporal atrofi bilat. Anhöriganamnes: gradvis minnessvikt 3 år."),
    ("Diagnos", "Alzheimers sjukdom med sen debut."),
    ("Planering", "Diagnosen ej meddelad pat ännu, återbesök med dotter 14/11 för diagnosbesked. Donepezil diskuteras då."),
], ["NL101"], ["NL102"], "Diagnosis section plus 'diagnosen ej meddelad pat ännu' in Planering.")

C("sk-neuro-ms-pat-vet-annu-inte", "lund_neuro", "Läkaranteckning", "2024-07-02T16:00", 30, ED, "1994-01-26", "F", [
    ("Röntgen", "MR hjärna + halsrygg: spridda T2-lesioner periventrikulärt och juxtakortikalt, en uppladdande, 1 lesion C3."),
    ("Lab", "Likvor: oligoklonala band pos."),
    ("Bedömning", "Uppfyller McDonald 2017 för skovvis förlöpande MS. Pat vet ännu inte, besked vid återbesök 9/7 med genomgång av behandlingsalternativ."),
], ["NL101"], ["NL102"], "Short colloquial cue 'pat vet ännu inte' after a settled MS diagnosis.")

C("vgr-kir-jour-pankreascancer-ej-informerad-utkast", "sas_kir", "Jouranteckning", "2024-08-31T23:10", None, SV, "1951-06-20", "M", [
    ("Aktuellt", "Inlagd pga smärtfri ikterus."),
    ("Röntgen", "DT buk: 4 cm tumör i pankreashuvudet, multipla levermetastaser."),
    ("Bedömning", "Pankreascancer m levermetastaser, ej resektabel. Pat ej informerad om DT-fyndet, ansvarig kirurg tar samtalet på fm med frun. PTC/stent diskuteras på rond."),
], ["NL101"], [], "Unsigned on-call draft: the pre-signing moment to catch an untold visible diagnosis.")

C("sk-med-jour-familj-onskar-pat-ej-informeras", "hbg_med", "Jouranteckning", "2024-04-14T19:30", 40, SV, "1936-12-05", "M", [
    ("Aktuellt", "Inlagd pga viktnedgång och buksmärtor. DT igår: utbredd levermetastasering, primärtumör trol ventrikel."),
    ("Bedömning", "Metastaserad cancer, primärtumör ej fastställd. Sonen önskar att pat inte informeras om levermetastaserna förrän familjen är samlad på söndag. Diskuteras med ansvarig öl."),
], ["NL101"], [], "Family asks that the patient is not told; the metastases are written in visible text.")

C("vgr-hud-melanom-ej-informarad-typo", "su_hud", "Läkaranteckning", "2024-09-17T10:20", 35, ED, "1972-02-28", "F", [
    ("PAD", "Malignt melanom, Breslow 2,1 mm, ulcererat, vä skuldra."),
    ("Planering", "Pat ej informarad om PAD-svaret ännu, tid för besked och sentinel node-planering bokas nästa vecka."),
], ["NL101"], ["NL102"], "Typo in the cue 'informarad'; melanoma PAD visible before the patient is told.")

C("sk-gyn-klamydia-svar-ej-meddelat", "malmo_gyn", "Läkaranteckning", "2024-03-04T14:30", 20, ED, "2005-11-23", "F", [
    ("Aktuellt", "Provsvar efter besök på gynakuten 26/2 pga buksmärta och flytningar."),
    ("Lab", "Klamydia-PCR cervix 26/2: positiv. Gonorré neg."),
    ("Planering", "Klamydiainfektion. Svar ej meddelat pat ännu, ringt x2 utan svar, brev skickas. Doxycyklin förskrivs när pat nåtts, smittspårning via STI-mott."),
], ["NL101"], ["NL102"], "Result-based diagnosis written before the patient (18) has been reached.")

C("vgr-hem-myelom-besked-ej-lamnat-utkast", "nal_hem", "Läkaranteckning", "2024-12-10T11:40", None, ED, "1948-01-17", "M", [
    ("Lab", "M-komponent IgG kappa 38 g/l, Ca 2,78, krea 132, Hb 98."),
    ("Utredning", "Benmärg: 35 % klonala plasmaceller. DT helkropp: lytiska förändringar L2 och bäcken."),
    ("Bedömning", "Multipelt myelom, symtomatiskt (CRAB). Besked ej lämnat ännu, samtal imorgon kl 10 med pat + hustru. VRd planeras."),
], ["NL101"], ["NL102"], "'Besked ej lämnat ännu' in an unsigned haematology draft with a confirmed myeloma.")

C("vgr-akut-hog-misstanke-lungcancer-ej-om-cancer-typo", "skovde_akut", "Akutjournal", "2024-02-08T18:25", 45, ED, "1955-05-29", "M", [
    ("Aktuellt", "Hosta 2 mån, hemoptys x2 idag, viktnedgång 7 kg. Rökare 40 paketår."),
    ("Röntgen", "DT thorax: 5 cm tumör hö ovanlob, förstorade mediastinala lgll."),
    ("Bedömning", "Hög misstanke om lungcacer. Pat informerad om att DT visar en förändring som behöver utredas, men ej om cancermisstanken – tas vid besök på lungmott på måndag. Hem m Tranexamsyra."),
], ["NL101"], [], "Typo 'lungcacer'; patient told of 'a finding' but explicitly not of the cancer suspicion.")

# =====================================================================
# Must not fire: ruled out, confirmed, non-diagnostic hedges, family and
# past history, PMO, Tidiga hypoteser, patient informed
# =====================================================================
N = ["NL102"]

C("sk-akut-appendicit-uteslutet-dt", "lund_akut", "Akutjournal", "2024-08-02T16:20", 35, ED, "1995-03-18", "M", [
    ("Aktuellt", "Ont hö fossa sedan 1 d, ingen feber, ingen kräkning."),
    ("Status", "Buk: lätt öm hö fossa, ingen släppömhet."),
    ("Lab", "CRP 9, LPK 8,1."),
    ("Röntgen", "DT buk: normal appendix, ingen fri vätska, ua."),
    ("Bedömning", "Appendicit uteslutet. Ospecifik buksmärta, hem, åter vid försämring."),
], [], N, "'X uteslutet' after imaging is a negation.")

C("vgr-akut-neg-for-le", "ostra_akut", "Akutjournal", "2024-03-12T12:40", 40, ED, "1978-08-24", "F", [
    ("Aktuellt", "Stickande smärta hö bröstkorg 2 d, värre vid vridning. Ingen dyspné."),
    ("Röntgen", "DT thorax LE-protokoll: neg för LE, inga infiltrat."),
    ("Bedömning", "Bröstsmärta av muskuloskeletal typ, palpationsöm i interkostalmuskulaturen. Hem, Ipren vb."),
], [], N, "'neg för LE' is a negated diagnosis; the rest is confirmed.")

C("sk-akut-ej-pneumoni-rtg", "ystad_akut", "Akutjournal", "2024-01-14T10:55", 30, ED, "1983-04-04", "M", [
    ("Aktuellt", "Hosta 10 d, gulaktiga upphostningar, subfebril. Icke-rökare."),
    ("Status", "Sat 98%, AF 14. Pulm: enstaka ronki, i övrigt ves."),
    ("Röntgen", "Rtg pulm: ej pneumoni, inga infiltrat."),
    ("Bedömning", "Akut bronkit. Ingen antibiotika, hostmedicin, åter vid feber > 3 d."),
], [], N, "'ej pneumoni' on X-ray: negation; akut bronkit stated as a fact.")

C("vgr-akut-nstemi-avskrivt-typo", "sas_akut", "Akutjournal", "2024-06-05T20:15", 50, ED, "1959-11-08", "M", [
    ("Aktuellt", "Brännande bröstsmärta efter middag, lindras av sittande. Ingen ansträngningsrelation."),
    ("EKG", "SR 70, ua, oförändrat mot 2021."),
    ("Lab", "TnT 9 → 10."),
    ("Bedömning", "NSTEMI avskrivt. Bröstsmärtan bedöms refluxrelaterad, Nexium 40 mg x1 i 4 v, hem."),
], [], N, "Typo 'avskrivt' (avskrivet): the infarction is written off, not hedged.")

C("sk-akut-inga-hallpunkter-dvt-bakercysta", "hbg_akut", "Akutjournal", "2024-09-25T15:30", 40, ED, "1975-10-03", "F", [
    ("Aktuellt", "Svullnad bakom vä knä och vad i 5 d. Fragmin gavs igår kväll i väntan på UL."),
    ("Ultraljud", "UL ven vä ben: inga hållpunkter för DVT. Bakercysta 3 cm."),
    ("Bedömning", "Bakercysta vä knä, ingen DVT. Fragmin avslutas, remiss ortopedmott vid kvarstående besvär."),
], [], N, "'inga hållpunkter för DVT' / 'ingen DVT' are negations.")

C("vgr-barnakut-ingen-misstanke-meningit", "dsbus_akut", "Akutjournal", "2024-02-09T19:05", 30, ED, "2019-06-11", "F", [
    ("Anamnes", "Feber 2 d, huvudvärk, äter o dricker. Inga kräkningar."),
    ("Status", "Pigg, leker på britsen. Nackrörlig, inga petekier. Svalg lätt rodnat, trumhinnor ua."),
    ("Bedömning", "Ingen misstanke om meningit. Viral övre luftvägsinfektion, hem m Alvedon/Ipren, åter vid försämring."),
], [], N, "'Ingen misstanke om meningit' is the catalog's own negation example, in a child's note.")

C("sk-akut-sab-utsluten-typo", "lund_akut", "Akutjournal", "2024-05-10T10:15", 45, ED, "1970-12-22", "F", [
    ("Aktuellt", "Inkom igår kväll m akut huvudvärk under samlag."),
    ("Utredning", "DT hjärna neg. LP 13 h efter debut: inga erytrocyter, bilirubin ej påvisat."),
    ("Bedömning", "SAB utsluten. Migrän m ovanlig debut enl neurokonsult, hem m Sumatriptan, uppföljning VC."),
], [], N, "Typo 'utsluten' (utesluten) still rules SAB out.")

C("vgr-akut-dissektion-avfardad", "nal_akut", "Akutjournal", "2024-07-15T02:45", 40, ED, "1961-01-31", "M", [
    ("Aktuellt", "Plötslig bröst- och ryggsmärta i natt, nu lindrad. HT."),
    ("Röntgen", "DT-angio aorta: ingen dissektion, ingen AAA, ua."),
    ("Bedömning", "Dissektion avfärdad. Smärtfri efter Alvedon, hem. BT-uppföljning VC."),
], [], N, "'avfärdad' after DT-angio: the dissection is dismissed.")

C("sk-gyn-extrauterin-utesluten-hotande-missfall", "lund_gyn", "Akutjournal", "2024-10-30T09:20", 35, ED, "1994-02-15", "F", [
    ("Aktuellt", "SM 7+2, småblödning sedan igår, lätt molvärk."),
    ("Ultraljud", "VUL: intrauterin graviditet, CRL motsv 7+1, hjärtaktivitet +."),
    ("Bedömning", "Extrauterin graviditet utesluten."),
    ("Diagnos", "Hotande missfall (O20.0)."),
], [], N, "Ectopic ruled out; threatened miscarriage written as a coded, settled diagnosis.")

C("vgr-orto-ingen-fraktur-distorsion", "molndal_orto", "Akutjournal", "2024-05-18T17:50", 25, ED, "2007-04-02", "M", [
    ("Aktuellt", "Vrickade vä fot i fotbollsmatch, kunde ej gå 4 steg."),
    ("Röntgen", "Rtg vä fotled (Ottawa pos): ingen fraktur."),
    ("Bedömning", "Distorsion vä fotled, lateral ligamentskada grad I–II. Tejp, kryckor vb, belasta efter förmåga."),
], [], N, "'ingen fraktur' negated; the sprain is confirmed.")

C("sk-kir-perforerad-appendicit-abscess-dt", "ksd_kir", "Akutjournal", "2024-11-16T19:40", 40, ED, "1989-07-13", "F", [
    ("Aktuellt", "Buksmärta 3 d, nu diffus, feber 38,9."),
    ("Röntgen", "DT buk: perforerad appendicit m lokal abscess 3 cm."),
    ("Bedömning", "Perforerad appendicit. Op ikväll, laparoskopisk appendektomi + dränage. Tazocin."),
], [], N, "Imaging-confirmed diagnosis stated as fact.")

C("vgr-akut-inferior-stemi-ekg", "skovde_akut", "Akutjournal", "2024-03-27T07:50", 30, ED, "1958-10-22", "M", [
    ("EKG", "ST-höjning II, III, aVF 3 mm, reciproka sänkningar I, aVL."),
    ("Bedömning", "Inferior STEMI. Direkt till PCI Sahlgrenska, ASA + Heparin givet, larm 07.42."),
], [], N, "ECG-confirmed STEMI: no hedge.")

C("sk-akut-collumfraktur-rtg-garden", "ystad_akut", "Akutjournal", "2024-12-07T13:15", 35, ED, "1931-05-12", "F", [
    ("Aktuellt", "Föll i hemmet, kan ej belasta hö ben."),
    ("Röntgen", "Rtg hö höft: dislocerad collum femoris-fraktur (Garden IV)."),
    ("Bedömning", "Collumfraktur hö, op imorgon – hemiartroplastik. Fasteplan, Fragmin 5000 E."),
], [], N, "Confirmed hip fracture on X-ray.")

C("vgr-med-kol-exacerbation-obs-sat", "alingsas_med", "Jouranteckning", "2024-01-19T22:30", 45, SV, "1948-03-07", "M", [
    ("Aktuellt", "Känd KOL, nu exacerbation m ökad dyspné o purulenta upphostningar."),
    ("Åtgärd", "Prednisolon 30 mg, Doxyferm, Combivent. Obs sat över natten, mål 88–92 %."),
], [], N, "'Obs sat' is a monitoring instruction, not a hedged diagnosis; KOL exacerbation is stated.")

C("sk-med-pneumoni-obs-inlaggning-ev-hem-imorgon", "lund_med", "Jouranteckning", "2024-02-21T21:10", None, SV, "1942-09-12", "M", [
    ("Röntgen", "Rtg pulm: infiltrat hö underlob."),
    ("Bedömning", "Pneumoni hö underlob, CRB-65 1. Obs-inläggning över natten, ev hem imorgon på po Kåvepenin om stabil."),
], [], N, "'Obs-inläggning' and 'ev hem imorgon' hedge logistics, not the confirmed pneumonia (draft).")

C("vgr-akut-radiusfraktur-fragetecken-smartlindring", "kungalv_akut", "Akutjournal", "2024-12-14T11:30", 30, ED, "1955-06-26", "F", [
    ("Aktuellt", "Halkade på isen, tog emot sig med vä hand."),
    ("Röntgen", "Rtg: dislocerad distal radiusfraktur vä (Colles)."),
    ("Bedömning", "Distal radiusfraktur vä. Reposition i hematomblockad, gips. ?smärtlindring hemma – Alvedon + Oxynorm 5 mg vb i 3 d."),
], [], N, "'?smärtlindring' is a question about analgesia, not about the confirmed fracture.")

C("sk-brost-hereditet-mor-brostcancer", "hbg_brost", "Läkaranteckning", "2024-04-23T10:05", 60, ED, "1980-01-20", "F", [
    ("Hereditet", "Mor bröstcancer vid 48 år, moster ovarialcancer."),
    ("Status", "Inga palpabla knölar, inga hudförändringar, axiller ua."),
    ("Röntgen", "Mammografi + UL bilat: ua."),
    ("Bedömning", "Inga tecken på malignitet. Remiss cancergenetisk mott pga hereditet."),
], [], N, "Family history of cancer plus 'inga tecken på malignitet': nothing hedged about the patient.")

C("vgr-akut-hereditet-far-trol-hjartinfarkt", "su_akut", "Akutjournal", "2024-07-25T16:45", 40, ED, "1984-05-15", "M", [
    ("Hereditet", "Far trol hjärtinfarkt vid 52 års ålder, mor DM2."),
    ("Aktuellt", "Stickande bröstsmärta vid djupandning efter förkylning i 1 v."),
    ("EKG", "SR 66, ua."),
    ("Lab", "TnT <5, CRP 12."),
    ("Bedömning", "Pleuritsmärta efter viral övre luftvägsinfektion. Ipren 400 x3 i 5 d."),
], [], N, "The hedge 'trol hjärtinfarkt' is about the father in Hereditet, not the patient.")

C("sk-neuro-akut-tidigare-misst-epelepsi-avskrivet-typo", "lund_neuro", "Akutjournal", "2024-06-18T14:25", 45, ED, "1990-09-06", "F", [
    ("Tidigare sjukdomar", "Utredd 2016 för misst. epelepsi, EEG + MR ua, avskrivet. Migrän."),
    ("Aktuellt", "Svimmade vid blodprovstagning på VC, några ryckningar i armarna ca 10 s enl ssk, vaken direkt, ingen tungbett."),
    ("Bedömning", "Vasovagal synkope med konvulsiva ryckningar. Epilepsi ej aktuellt, hem."),
], [], N, "Past workup for 'misst. epelepsi' (typo) that was written off, plus 'ej aktuellt' now.")

C("vgr-akut-tidigare-le-uteslutet-nu", "ostra_akut", "Akutjournal", "2024-10-11T13:20", 35, ED, "1967-02-08", "F", [
    ("Tidigare sjukdomar", "LE 2019 (p-piller), Eliquis 6 mån, avslutat. Hypotyreos."),
    ("Aktuellt", "Förkyld, hosta 1 v, lite andfådd i trappor, ingen bröstsmärta."),
    ("Lab", "CRP 14, d-dimer 0,3."),
    ("Bedömning", "Viral luftvägsinfektion. LE uteslutet med Wells 1,5 och neg d-dimer."),
], [], N, "Past confirmed LE and a current LE explicitly excluded.")

C("sk-pmo-missankt-nedre-uvi-typo", "vc_sorgenfri", "Läkaranteckning", "2024-03-06T09:40", 15, ED, "1959-12-09", "F", [
    ("Aktuellt", "Sveda och täta trängningar 2 d. Ingen feber, ingen flanksmärta."),
    ("Status", "U-sticka: nitrit +, lpk 2+."),
    ("Bedömning", "Missänkt nedre UVI. Nitrofurantoin 50 mg x3 i 5 d."),
], [], N, "PMO primary care never shows diagnoses, so a hedge there is not NL102 (typo 'Missänkt').")

C("sk-pmo-barn-trol-akut-mediaotit", "vc_nasby", "Läkaranteckning", "2024-11-22T15:25", 20, ED, "2019-03-27", "M", [
    ("Anamnes", "Öronvärk vä sedan natten, feber 38,7. Förkyld 4 d."),
    ("Status", "Otoskopi: vä trumhinna rodnad, buktande. Hö ua."),
    ("Bedömning", "trol akut mediaotit vä. PcV-mixtur 25 mg/kg x3 i 5 d."),
], [], N, "PMO child note: hedged otitis is not shown to the guardian.")

C("sk-pmo-ev-erythema-migrans", "vc_hoor", "Läkaranteckning", "2024-07-23T11:10", 25, ED, "1962-04-30", "F", [
    ("Aktuellt", "Rodnad hö vad 1 v, fästingbett i trädgården."),
    ("Status", "Diffus rodnad 4 cm, ingen central uppklarning."),
    ("Bedömning", "Ev erythema migrans, följs. Foto tas, åter om den växer över 5 cm."),
], [], N, "PMO: 'Ev erythema migrans' is not NL102 because PMO hides diagnoses.")

C("sk-pmo-dd-depression-utmattningssyndrom", "vc_nobbelov", "Läkaranteckning", "2024-09-10T13:30", 40, ED, "1990-06-22", "M", [
    ("Aktuellt", "Nedstämd, sömnsvårigheter sedan 3 mån, hög arbetsbelastning. PHQ-9 16. Inga suicidtankar."),
    ("Bedömning", "DD depression / utmattningssyndrom. Sjukskriven 2 v, återbesök + MADRS."),
], [], N, "PMO: a DD between two psychiatric diagnoses stays hidden.")

C("sk-pmo-hembesok-trol-pneumoni", "vc_anderslov", "Läkaranteckning", "2024-01-26T14:15", None, ED, "1929-08-17", "F", [
    ("Aktuellt", "Hembesök på särskilt boende. Feber 38,6, hosta, RLS 1. Sat 91%."),
    ("Status", "Pulm: rassel hö basalt. CRP (patientnära) 112."),
    ("Bedömning", "Trol. pneumoni hö. Doxyferm, ej inläggning enl pat och anhörigas önskan efter tidigare brytpunktssamtal."),
], [], N, "PMO home visit (unsigned draft): hedged pneumonia not visible.")

C("sk-tidiga-hypoteser-misst-ftd", "lund_neuro", "Tidiga hypoteser", "2024-08-29T16:40", 30, ED, "1957-11-25", "M", [
    ("Bedömning", "Misstänkt begynnande frontotemporal demens; pat saknar sjukdomsinsikt och bedöms kunna reagera med suicidalitet vid besked nu. Utreds vidare med neuropsykologisk testning och FDG-PET."),
], [], ["NL102", "NL104"], "Skåne template Tidiga hypoteser: a genuine hypothesis is protected and is proper use.")

C("sk-tidiga-hypoteser-recidiv-pat-ej-informerad", "lund_onk", "Tidiga hypoteser", "2024-05-16T12:00", 25, ED, "1958-03-11", "F", [
    ("Bedömning", "Trol. recidiv av ovarialcancer, CA-125 35 → 410, DT: misstänkt peritoneal karcinos. Pat ej informerad om misstanken; besked när PET-svar finns, bedöms olämpligt före dess pga nyligen suicidförsök."),
], [], ["NL101", "NL102"], "Untold hypothesis correctly kept in the protected Skåne template.")

C("vgr-tidiga-hypoteser-sokord-huntington", "nal_neuro", "Läkaranteckning", "2024-04-09T10:30", 45, ED, "1985-07-28", "M", [
    ("Aktuellt", "Ofrivilliga rörelser i händerna sedan 1 år, tilltagande."),
    ("Status", "Lätta koreatiska rörelser i händer och ansikte, i övrigt ua."),
    ("Tidiga hypoteser", "Misst. Huntingtons sjukdom, ärftlighet på fars sida. Pat ej informerad, genetisk vägledning innan ev. test."),
    ("Planering", "MR hjärna, återbesök 6 v."),
], [], ["NL101", "NL102"], "VGR sökord Tidiga hypoteser hides the hypothesis and the not-informed remark; visible parts hold no diagnosis.")

C("vgr-tidiga-hypoteser-sokord-mds", "su_hem", "Läkaranteckning", "2024-06-03T14:50", 30, ED, "1953-12-03", "M", [
    ("Lab", "Hb 92, LPK 2,1, TPK 64, MCV 108."),
    ("Tidiga hypoteser", "Misstänkt MDS med risk för övergång i AML, DD läkemedelsinducerad pancytopeni. Ej kommunicerat med pat, benmärg 12/6."),
    ("Planering", "Benmärgsundersökning 12/6, pat informerad om att blodvärdena ska utredas."),
], [], ["NL101", "NL102"], "Hedged haematological diagnosis only under the protected VGR sökord.")

C("sk-kirmott-pat-informerad-koloncancer", "malmo_kirmott", "Läkaranteckning", "2024-04-03T13:20", 50, ED, "1950-10-19", "M", [
    ("Bedömning", "Koloncancer transversum T3N1M0. Pat informerad om diagnosen och behandlingsplan, dotter närvarande. Kontaktssk Lena."),
], [], ["NL101", "NL102"], "Settled cancer and the patient has been told.")

C("vgr-orto-jour-ej-informerad-om-op-tid", "sas_orto", "Jouranteckning", "2024-01-11T22:05", None, SV, "1936-04-24", "F", [
    ("Aktuellt", "Collumfraktur vä, op-anmäld sedan igår."),
    ("Planering", "Op flyttad till fredag pga akutläge, pat ej informerad om ändrad op-tid ännu – ssk meddelar på morgonen. Fasta från midnatt torsdag."),
], [], ["NL101"], "'ej informerad' concerns the operation time, not the already known fracture (draft).")

C("sk-hud-besked-melanom-givet", "lund_hud", "Läkaranteckning", "2024-08-20T15:00", 40, ED, "1976-06-02", "F", [
    ("Bedömning", "Besked om malignt melanom vä vad (Breslow 0,6 mm) givet idag. Pat tog beskedet lugnt, frågor besvarade. Utvidgad excision bokas."),
], [], ["NL101", "NL102"], "Diagnosis communicated today ('besked givet').")

C("vgr-onk-anhoriga-ej-informerade-pat-informerad", "skovde_onk", "Läkaranteckning", "2024-09-26T11:15", 35, ED, "1952-08-13", "M", [
    ("Bedömning", "Lungcancer, adenocarcinom st IV (hjärn- och skelettmet). Pat informerad idag om diagnosen och att behandlingen är palliativ. Anhöriga ej informerade ännu, pat vill själv berätta för barnen."),
], [], ["NL101"], "Only relatives are not informed; the patient himself has been told.")

C("sk-akut-ej-informerad-om-besokstid", "hbg_akut", "Akutjournal", "2024-05-31T18:30", 20, ED, "1971-03-05", "M", [
    ("Aktuellt", "Skar sig på brödkniv, 3 cm sårskada vä handflata."),
    ("Åtgärd", "Sårskadan sydd med 4 st Ethilon 4-0. Suturtagning på VC om 10 d, pat ej informerad om besökstid – VC skickar kallelse."),
], [], ["NL101"], "'ej informerad om besökstid' concerns an appointment, not a diagnosis.")

C("vgr-med-pyelonefirt-verifierad-ev-hem-typo", "alingsas_med", "Jouranteckning", "2024-07-06T10:40", 30, SV, "1985-12-16", "F", [
    ("Lab", "Urinodl: E. coli >10^5, känslig för Ciprofloxacin."),
    ("Bedömning", "Pyelonefirt hö, feberfri sedan igår. Byte till po Cipro, ev hem imorgon efter rond."),
], [], N, "Typo 'Pyelonefirt' in a culture-confirmed diagnosis; 'ev hem' is about discharge.")

C("sk-med-dka-obs-blodsocker", "lund_med", "Inskrivningsanteckning", "2024-03-31T04:10", 45, SV, "2001-09-14", "M", [
    ("Aktuellt", "Typ 1-diabetes sedan 8 år, insulinpump krånglat sedan igår."),
    ("Lab", "pH 7,12, BE -18, ketoner 5,8, glukos 31."),
    ("Bedömning", "DKA. Insulininfusion enl PM, obs blodsocker 1 ggr/h, obs K. Inläggning IMA."),
], [], N, "'obs blodsocker', 'obs K' are monitoring orders; DKA is a confirmed diagnosis.")

C("vgr-med-erysipelas-ev-byte-po", "kungalv_med", "Jouranteckning", "2024-10-16T17:25", 25, SV, "1963-01-09", "M", [
    ("Bedömning", "Erysipelas hö underben, bättre, CRP 180 → 64. Ev byte till Kåvepenin po imorgon. Kompression när rodnaden släppt."),
], [], N, "'Ev byte till po' hedges a medication change, not the erysipelas.")

C("sk-med-jarnbristanemi-ev-gastroskopi", "ystad_med", "Jouranteckning", "2024-05-22T15:35", 40, SV, "1961-08-01", "F", [
    ("Lab", "Hb 96, ferritin 4, MCV 74."),
    ("Bedömning", "Järnbristanemi. Ev gastroskopi + koloskopi polikliniskt. Ferinject 1 g iv givet idag."),
], [], N, "'Ev gastroskopi' hedges a procedure; the anaemia is confirmed by lab.")

C("vgr-kard-kand-hjartsvikt-obs-diures", "skovde_kard", "Jouranteckning", "2024-11-27T20:50", 30, SV, "1940-07-11", "F", [
    ("Aktuellt", "Känd hjärtsvikt EF 30 %, nu dekompenserad efter NSAID-intag för knävärk."),
    ("Åtgärd", "Furix 40 mg iv x2, obs diures och vikt, mål -1 kg/d. NSAID utsatt."),
], [], N, "Known decompensated heart failure with 'obs diures' as a nursing order.")

C("sk-inf-neg-covid-influensa-pneumoni-verifierad", "ksd_inf", "Inskrivningsanteckning", "2024-12-28T19:00", 55, SV, "1950-02-22", "M", [
    ("Lab", "Covid-19 PCR neg, influensa A/B neg, RSV neg. CRP 230."),
    ("Röntgen", "Rtg pulm: lobär konsolidering vä underlob."),
    ("Bedömning", "Bakteriell pneumoni vä underlob. Bensyl-PC 3 g x3, sputumodling, pneumokockantigen."),
], [], N, "Viral tests 'neg' and a radiologically confirmed pneumonia.")

C("vgr-barnakut-ro-fraktur-rtg-ua", "molndal_orto", "Akutjournal", "2024-08-10T13:55", None, ED, "2016-10-05", "F", [
    ("Anamnes", "Ramlade från studsmatta, ont vä armbåge."),
    ("Röntgen", "R/o fraktur: rtg vä armbåge ua, inga fettkuddetecken."),
    ("Bedömning", "Kontusion vä armbåge. Mitella 3 d, Ipren, åter om ej bättre på 1 v."),
], [], N, "'R/o fraktur' answered in the same line by a normal X-ray: ruled out, child's draft.")

C("sk-akut-obs-pacemaker-ingen-fraktur", "lund_akut", "Akutjournal", "2024-02-18T09:45", 35, ED, "1938-12-30", "M", [
    ("Varning", "OBS! Pacemaker (DDD) – ej MR."),
    ("Aktuellt", "Föll hemma i badrummet, ont hö axel."),
    ("Röntgen", "Rtg hö axel: ingen fraktur, ingen luxation."),
    ("Bedömning", "Kontusion hö axel. Hem med utökad hemtjänst."),
], [], N, "'OBS!' as a warning label; the fracture is negated.")

C("vgr-kir-crohn-kan-ej-utesluta-op", "su_kir", "Jouranteckning", "2024-09-05T21:35", 40, SV, "1975-04-19", "M", [
    ("Aktuellt", "Känd Crohns sjukdom, nu skov med stenosbesvär."),
    ("Röntgen", "DT buk: 15 cm inflammerad terminal ileum, ingen abscess, ingen fri gas."),
    ("Bedömning", "Crohnskov med inflammatorisk stenos. Solu-Cortef iv. Kan ej utesluta att pat behöver opereras om ej svar inom 5 d."),
], [], N, "'Kan ej utesluta att pat behöver opereras' hedges surgery, not a diagnosis.")

C("sk-akut-dottern-misst-streptokoker-typo", "malmo_akut", "Akutjournal", "2024-03-08T20:20", 30, ED, "1988-07-26", "F", [
    ("Aktuellt", "Halsont 2 d, feber 38,2. Dottern misst. streptokoker på förskolan förra veckan."),
    ("Status", "Tonsiller rodnade utan beläggningar, inga ömma lgll. Centor 1."),
    ("Lab", "Strep-A snabbtest neg."),
    ("Bedömning", "Viral faryngit. Alvedon, ingen antibiotika."),
], [], N, "The hedge (with typo 'streptokoker') is about the daughter; the patient's test is negative.")

C("vgr-akut-hereditet-sab-moster-spanningshuvudvark", "uddevalla_akut", "Akutjournal", "2024-06-27T11:20", 35, ED, "1992-01-13", "F", [
    ("Hereditet", "Moster dog i SAB vid 45 år, mormor ?aneurysm."),
    ("Aktuellt", "Huvudvärk bilat i pannan 3 d, successiv debut, liknar tidigare spänningshuvudvärk."),
    ("Status", "Neurologiskt ua, nackrörlig."),
    ("Bedömning", "Spänningshuvudvärk. Ingen misstanke om SAB (gradvis debut, normalt status). Pga hereditet remiss VC för diskussion om screening."),
], [], N, "Family history holds a hedge ('mormor ?aneurysm'); the patient's SAB is negated.")

C("sk-psyk-kand-depression-obs-suicidrisk", "lund_psyk", "Akutjournal", "2024-04-20T23:05", 45, ED, "1983-11-07", "F", [
    ("Aktuellt", "Känd recidiverande depression, nu försämrad sedan separation, MADRS-S 34."),
    ("Bedömning", "Recidiverande depression, svår episod. Obs suicidrisk: passiva dödstankar, inga planer. Frivillig inskrivning avd 54."),
], [], N, "'Obs suicidrisk' is a risk flag, not a hedged diagnosis; the depression is settled.")

C("vgr-kir-kolecysit-verifierad-ul-typo", "su_kir", "Inskrivningsanteckning", "2024-05-28T18:00", 50, SV, "1972-09-21", "F", [
    ("Ultraljud", "Förtjockad gallblåsevägg 6 mm, perivesikal vätska, konkrement i halsen, sonografisk Murphy +."),
    ("Bedömning", "Akut kolecysit. Op-anmäld för akut lap. kolecystektomi, Tazocin tills dess."),
], [], N, "Typo 'kolecysit' in an ultrasound-confirmed cholecystitis: no hedge.")

C("sk-akut-revbensfrakturer-ej-pneumothorax", "malmo_akut", "Akutjournal", "2024-07-12T16:05", 25, ED, "1999-05-20", "M", [
    ("Aktuellt", "Cykelolycka, ont vä bröstkorg vid andning."),
    ("Röntgen", "Rtg thorax: fraktur costa 7–8 vä, ej pneumothorax, ej hemothorax."),
    ("Bedömning", "Revbensfrakturer vä x2. Smärtlindring, andningsgymnastik, hem."),
], [], N, "'ej pneumothorax, ej hemothorax' negated; the fractures are confirmed.")


# ---------------------------------------------------------------- build + validate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1o_dev_cases.jsonl")
AS_OF = "2024-12-31T00:00:00"


def luhn_check(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def luhn_ok(ten: str) -> bool:
    return luhn_check(ten[:9]) == int(ten[9])


def personnummer(birth: str, index: int, sex: str) -> str:
    y, m, d = birth.split("-")
    serial = (index * 53 + 107) % 1000
    if serial < 100:
        serial += 100
    odd = serial % 2 == 1
    if (sex == "M") != odd:
        serial = serial + 1 if serial < 999 else serial - 1
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%d" % (y, m, d, serial, luhn_check(nine))


def age_at(birth: str, when: str) -> int:
    b = date.fromisoformat(birth)
    t = datetime.fromisoformat(when).date()
    return t.year - b.year - ((t.month, t.day) < (b.month, b.day))


def build():
    rows = []
    for i, c in enumerate(CASES):
        unit = UNITS[c["unit"]]
        t = datetime.fromisoformat(c["time"])
        signed = None if c["signed"] is None else (t + timedelta(minutes=c["signed"])).isoformat()
        note = {
            "id": "n1",
            "system": unit["system"],
            "template": c["template"],
            "unit": {"name": unit["name"], "hsa_id": unit["hsa"]},
            "author": {"name": AUTHORS[(i * 7) % len(AUTHORS)], "role": "läkare"},
            "time": t.isoformat(),
            "signed": signed,
            "setting": c["setting"],
            "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": personnummer(c["birth"], i, c["sex"]), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": AS_OF,
            "notes": [note],
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        rows.append({
            "case": c["name"],
            "ruleset": unit["region"],
            "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(rows):
    problems = []
    names = set()
    seen_sent = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for r in rows:
        n = r["case"]
        if list(r.keys()) != keys:
            problems.append("%s: keys %s" % (n, list(r.keys())))
        if n in names:
            problems.append("duplicate case name %s" % n)
        names.add(n)
        if r["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (n, r["ruleset"]))
        rec = r["record"]
        pat = rec["patient"]
        pid = pat["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: bad pnr format %s" % (n, pid))
        else:
            if pid[:8] != pat["birth_date"].replace("-", ""):
                problems.append("%s: pnr does not match birth_date" % n)
            if not luhn_ok(pid[2:8] + pid[9:]):
                problems.append("%s: pnr Luhn fails" % n)
        if not rec["as_of"].startswith("2024-"):
            problems.append("%s: as_of not 2024" % n)
        note_ids = {x["id"] for x in rec["notes"]}
        for x in rec["notes"]:
            for f in ("time", "signed"):
                v = x[f]
                if v is None:
                    continue
                if not v.startswith("2024-"):
                    problems.append("%s: %s not in 2024" % (n, f))
            if x["signed"] is not None and x["signed"] < x["time"]:
                problems.append("%s: signed before time" % n)
            if r["ruleset"] == "vgr" and x["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % n)
            a = age_at(pat["birth_date"], x["time"])
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: patient age %d not allowed" % (n, a))
            if x["system"] == "PMO":
                if any(code == "NL102" for code, _ in r["must"]):
                    problems.append("%s: NL102 must on PMO" % n)
                if any(code == "NL101" for code, _ in r["must"] + r["must_not"]):
                    problems.append("%s: NL101 asserted on PMO" % n)
            for s in x["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != n:
                            problems.append("%s: sentence reused from %s: %r" % (n, seen_sent[sent], sent))
                        elif sent in seen_sent:
                            problems.append("%s: sentence repeated within case: %r" % (n, sent))
                        seen_sent[sent] = n
        if not r["must"] and not r["must_not"]:
            problems.append("%s: asserts nothing" % n)
        for code, target in r["must"] + r["must_not"]:
            if target not in note_ids:
                problems.append("%s: target %s missing" % (n, target))
            if not re.fullmatch(r"NL\d{3}", code):
                problems.append("%s: bad code %s" % (n, code))
        mc = {c for c, _ in r["must"]}
        nc = {c for c, _ in r["must_not"]}
        if mc & nc:
            problems.append("%s: code both must and must_not" % n)
        if not r["why"].strip():
            problems.append("%s: empty why" % n)
    return problems


def main():
    rows = build()
    problems = validate(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for r in rows:
        for code, _ in r["must"]:
            counts.setdefault(code, [0, 0])[0] += 1
        for code, _ in r["must_not"]:
            counts.setdefault(code, [0, 0])[1] += 1
    print("cases:", len(rows))
    for code in sorted(counts):
        print("  %s must=%d must_not=%d" % (code, *counts[code]))
    neg = sum(1 for r in rows if not r["must"])
    print("  cases with no must (must not fire):", neg)
    print("  skane:", sum(r["ruleset"] == "skane" for r in rows), "vgr:", sum(r["ruleset"] == "vgr" for r in rows))
    print("  PMO:", sum(r["record"]["notes"][0]["system"] == "PMO" for r in rows))
    print("  drafts:", sum(r["record"]["notes"][0]["signed"] is None for r in rows))
    print("  typo cases:", sum("typo" in r["case"] for r in rows))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
