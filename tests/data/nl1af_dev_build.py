#!/usr/bin/env python3
"""Independent gold cases nl1af_dev_cases: NL101/NL102 on clinical acronyms, eponyms,
Latin and lay names, compounds, inflections and typos, with near misses.
Dependency-free, deterministic. Writes nl1af.jsonl next to this file and validates it."""
import json, os, re, sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1af_dev_cases.jsonl")

U = {
    # Skåne (Melior hospitals, PMO primary care)
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4411"),
    "s_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4420"),
    "s_gastro": ("Gastroenterologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4432"),
    "s_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4448"),
    "s_med": ("Medicinavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-4453"),
    "s_barn": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4467"),
    "s_ort": ("Ortopedmottagningen, Lasarettet i Ystad", "SE2321000255-4471"),
    "s_onh": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4489"),
    "s_onk": ("Onkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4490"),
    "s_uro": ("Urologmottagningen, Lasarettet Trelleborg", "SE2321000255-4502"),
    "s_kir": ("Kirurgavdelning 6, Hässleholms sjukhus", "SE2321000255-4515"),
    "s_psyk": ("Allmänpsykiatrisk mottagning, Landskrona", "SE2321000255-4521"),
    "s_kard": ("Kardiologiavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4536"),
    "s_hand": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4540"),
    "s_gyn": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-4557"),
    "s_ger": ("Minnesmottagningen, Ängelholms sjukhus", "SE2321000255-4563"),
    "s_hem": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4578"),
    "s_endo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4584"),
    "s_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4599"),
    "s_inf": ("Infektionskliniken, Centralsjukhuset Kristianstad", "SE2321000255-4603"),
    "s_vc": ("Vårdcentralen Linero, Lund", "SE2321000255-6102"),
    "s_vc2": ("Hälsocentralen Bromölla", "SE2321000255-6118"),
    "s_bvc": ("BVC Kärråkra, Eslöv", "SE2321000255-6124"),
    "s_um": ("Ungdomsmottagningen Helsingborg", "SE2321000255-6139"),
    "s_hsv": ("Hemsjukvården Sjöbo", "SE2321000255-6145"),
    # VGR (Melior)
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E301"),
    "v_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E312"),
    "v_med": ("Medicinmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E327"),
    "v_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E339"),
    "v_barn": ("Barnmottagningen, Drottning Silvias barnsjukhus", "SE2321000131-E346"),
    "v_ort": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E358"),
    "v_kir": ("Kirurgavdelning 52, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E363"),
    "v_hem": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E375"),
    "v_endo": ("Endokrinmottagningen, NÄL Trollhättan", "SE2321000131-E381"),
    "v_psyk": ("Psykiatrisk öppenvårdsmottagning, Alingsås lasarett", "SE2321000131-E394"),
    "v_gastro": ("Mag-tarmmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E402"),
    "v_kard": ("Hjärtavdelning 3, Skaraborgs Sjukhus Skövde", "SE2321000131-E417"),
    "v_derm": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E423"),
    "v_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E438"),
    "v_gyn": ("Kvinnosjukvården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E441"),
    "v_ger": ("Geriatriska mottagningen, Kungälvs sjukhus", "SE2321000131-E456"),
    "v_infek": ("Infektionsmottagningen, Östra sjukhuset", "SE2321000131-E462"),
    "v_lung": ("Lungmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E479"),
    "v_onh": ("ÖNH-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E485"),
    "v_hand": ("Handkirurgen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E490"),
}

AUTHORS = [
    ("Karin Nilsson", "läkare"), ("Johan Persson", "läkare"), ("Fatima Al-Hassan", "läkare"),
    ("Erik Lindqvist", "läkare"), ("Maria Ek", "sjuksköterska"), ("Ali Rezaei", "läkare"),
    ("Sofia Bergström", "läkare"), ("Anders Håkansson", "läkare"), ("Lena Svensson", "sjuksköterska"),
    ("Mikael Olofsson", "läkare"), ("Hanna Gustafsson", "läkare"), ("Zeynep Demir", "läkare"),
    ("Per-Olof Ström", "läkare"), ("Ingrid Wallin", "sekreterare"), ("Tobias Sandberg", "läkare"),
    ("Amira Haddad", "läkare"), ("Lars Jönsson", "läkare"), ("Eva Magnusson", "sjuksköterska"),
]

CASES = []


def C(name, rs, unit, secs, must=(), must_not=(), why="", system="Melior",
      template="Läkaranteckning", draft=False, kid=False, setting=None, role=None, author=None):
    CASES.append(dict(name=name, rs=rs, unit=unit, secs=secs, must=list(must), must_not=list(must_not),
                      why=why, system=system, template=template, draft=draft, kid=kid,
                      setting=setting, role=role, author=author))

P, N = "NL102", "NL101"

# ---------------------------------------------------------------- NL102 must: hedged, visible, Melior
C("ms-susp-efter-optikusneurit", "skane", "s_neuro",
  [("Bedömning", "Optikusneurit hö sedan 2 v. MR hjärna med 4 periventrikulära lesioner. Susp. MS. LP planeras v 14.")],
  [P], [], "'Susp. MS' with acronym MS in Bedömning of Melior note", draft=True)
C("ra-trol-synoviter", "vgr", "v_reuma",
  [("Anamnes", "55-årig kvinna, morgonstelhet ca 1,5 h, svullna fingrar sedan jul."),
   ("Status", "Synoviter MCP 2-3 bilat, PIP 3 hö. Ej noduli."),
   ("Bedömning", "Trol. RA. Anti-CCP och RF skickade, återbesök när svar finns.")],
  [P], [], "'Trol. RA' – RA as reumatoid artrit, hedged")
C("mb-crohn-fragetecken-dd-uc", "skane", "s_gastro",
  [("Bedömning", "Diarréer x 6/dygn sedan 3 mån, viktnedgång 4 kg, F-kalprotektin 850. Mb Crohn? DD UC. Koloskopi bokas inom 2 v.")],
  [P], [], "eponym 'Mb Crohn?' with question mark and DD")
C("morbus-bechterew-kan-ej-uteslutas", "vgr", "v_reuma",
  [("Bedömning", "24-årig man med inflammatorisk ländryggsvärk >3 mån, nattlig värk som lättar vid rörelse. Morbus Bechterew kan ej uteslutas. HLA-B27 och MR SI-leder beställs.")],
  [P], [], "Latin-form eponym 'Morbus Bechterew kan ej uteslutas'")
C("alzheimers-sannolikt-dd-vaskular", "vgr", "v_ger",
  [("Sammanfattning", "Successiv minnessvikt sedan 2 år, MMSE 22/30, klocktest patologiskt. DT hjärna: generell atrofi, hippocampus tunna. Sannolikt Alzheimers sjukdom, DD vaskulär demens.")],
  [P], [], "eponym genitive 'Alzheimers sjukdom' with 'Sannolikt' and DD")
C("parkinsons-fragetecken-remiss", "skane", "s_ger",
  [("Status", "Vilotremor vä hand, kugghjulsrigiditet vä arm, nedsatt armpendling."),
   ("Bedömning", "Parkinsons? Remiss till neurologen för ställningstagande till DaTSCAN.")],
  [P], [], "bare genitive eponym 'Parkinsons?' with question mark")
C("graves-trol-dd-toxisk-knolstruma", "vgr", "v_endo",
  [("Bedömning", "Tyreotoxikos, fT4 48, TSH <0,01. Trol. Graves, DD toxisk knölstruma. TRAb och skintigrafi beställda. Startar Thacapzol 10 mg x 2.")],
  [P], [], "bare surname eponym 'Trol. Graves'")
C("bells-pares-trol-dd-stroke", "vgr", "v_akut",
  [("Bedömning", "Perifer facialispares hö, pannan engagerad, inga andra neurologiska bortfall. Trol. Bells pares. Prednisolon enl. PM, ögonskydd.")],
  [P], [], "'Trol. Bells pares' eponym genitive")
C("guillain-barre-misstanks-lp", "skane", "s_neuro",
  [("Aktuellt", "Ascenderande svaghet i benen sedan 5 dgr, gastroenterit för 3 v sedan."),
   ("Status", "Areflexi UE, kraft 4/5 proximalt. Vitalkapacitet 2,9 l."),
   ("Bedömning", "Guillain-Barré misstänks. LP idag, VK x 3/dygn, neurografi imorgon.")],
  [P], [], "hyphenated eponym 'Guillain-Barré misstänks'", setting="slutenvård")
C("mb-horton-susp-arteritis-temporalis", "vgr", "v_ort",
  [("Bedömning", "Tinningshuvudvärk, käkclaudicatio, SR 78. Susp. Mb Horton (arteritis temporalis). Prednisolon 60 mg insatt, temporalisbiopsi och ögonkonsult bokas.")],
  [P], [], "'Susp. Mb Horton' with Latin synonym in parentheses")
C("mb-kahler-fragetecken", "vgr", "v_hem",
  [("Bedömning", "Ryggsmärta, Ca 2,91, kreatinin 160, M-komponent IgG 32 g/L. Mb Kahler? Benmärgsbiopsi och helkropps-DT planeras.")],
  [P], [], "Swedish eponym 'Mb Kahler?' for myeloma")
C("barretts-misstankt-gastroskopi", "skane", "s_gastro",
  [("Gastroskopi", "Laxrosa slemhinnetungor 3 cm ovan Z-linjen, misstänkt Barretts esofagus. Biopsier x 8 enl. Seattle-protokoll. I övrigt u.a.")],
  [P], [], "'misstänkt Barretts esofagus' in a procedure section")
C("mallory-weiss-trol", "vgr", "v_kir",
  [("Bedömning", "Hematemes efter upprepade kräkningar i samband med alkoholintag. Hb 128, stabil. Trol. Mallory-Weiss. Gastroskopi imorgon.")],
  [P], [], "bare hyphenated eponym 'Trol. Mallory-Weiss'", setting="slutenvård")
C("kawasaki-misstankt-barn", "skane", "s_barn",
  [("Bedömning", "Feber 6 dagar, bilat konjunktivit, jordgubbstunga, handödem. Misstänkt Kawasakis sjukdom. Ekokardiografi idag, IVIG diskuteras med bakjour.")],
  [P], [], "child (guardian reads): 'Misstänkt Kawasakis sjukdom'", kid=True, setting="slutenvård")
C("henoch-schonlein-trol-barn", "vgr", "v_barn",
  [("Status", "Palpabel purpura på underben och skinkor, svullen vä fotled. Buken mjuk."),
   ("Bedömning", "Trol. Henoch-Schönleins purpura (IgA-vaskulit). U-sticka, BT, kontroll om 1 v.")],
  [P], [], "hyphenated genitive eponym in child note", kid=True)
C("perthes-fragetecken-haltande-barn", "skane", "s_ort",
  [("Bedömning", "6-årig pojke som haltat i 3 v, smärta i hö knä/höft, nedsatt inåtrotation hö höft. Mb Perthes? Rtg bäcken + Lauenstein.")],
  [P], [], "'Mb Perthes?' question mark", kid=True)
C("de-quervain-trol-tendinit", "skane", "s_hand",
  [("Status", "Ömhet och krepitationer över 1:a extensorfacket hö, pos Finkelstein."),
   ("Bedömning", "Trol. de Quervains tendinit. Ortos, ev. kortisoninjektion vid utebliven effekt.")],
  [P], [], "'Trol. de Quervains tendinit' lowercase particle eponym")
C("meniere-mb-fragetecken", "skane", "s_onh",
  [("Bedömning", "Attacker med rotatorisk yrsel i timmar, tinnitus och lockkänsla vä öra. Mb Ménière? Audiogram och VEMP.")],
  [P], [], "'Mb Ménière?' accented eponym with question mark")
C("erysipelas-fragetecken-dd-dvt", "skane", "s_inf",
  [("Bedömning", "Rodnad, värmeökning och svullnad vä underben, feber 38,9. Erysipelas? DD DVT, D-dimer tas.")],
  [P], [], "Latin 'Erysipelas?' and DD DVT")
C("baltros-sannolikt-lekord", "skane", "s_akut",
  [("Besöksorsak", "Utslag och mycket ont i hö sida av bröstkorgen."),
   ("Bedömning", "Sannolikt bältros. Smärtlindring och antiviral behandling.")],
  [P], [], "lay word 'bältros' hedged")
C("appendicitis-acuta-fragetecken", "vgr", "v_kir",
  [("Bedömning", "Migrerande smärta till hö fossa, släppömhet, CRP 68, LPK 14. Appendicitis acuta? DT buk, fastande.")],
  [P], [], "Latin 'Appendicitis acuta?'", setting="slutenvård")
C("blindtarm-fragestallning-remiss", "skane", "s_kir",
  [("Remissinnehåll", "Från VC Södra Sandby: 19-årig kvinna med buksmärta sedan i natt. Fs blindtarmsinflammation? Tacksam för bedömning.")],
  [P], [], "lay word 'blindtarmsinflammation?' after 'Fs' in referral text shown in Melior",
  role="sekreterare", author="Ingrid Wallin")
C("nstemi-kan-ej-uteslutas-dd-myokardit", "skane", "s_kard",
  [("Bedömning", "Bröstsmärta, TnT 48 -> 66. NSTEMI kan ej uteslutas, DD myokardit. Angiografi imorgon, Brilique laddning.")],
  [P], [], "acronym NSTEMI with 'kan ej uteslutas'", setting="slutenvård")
C("ff-trol-dd-forsmakstakykardi", "vgr", "v_akut",
  [("Bedömning", "Oregelbunden takykardi 140/min, smala QRS. Trol. FF, DD multifokal förmakstakykardi. Betablockad, EKG-övervakning.")],
  [P], [], "Swedish acronym FF (förmaksflimmer) hedged")
C("le-misstankt-wells", "skane", "s_akut",
  [("Bedömning", "Dyspné, puls 112, sat 91 %, Wells 6. Misstänkt LE. DT-angio lungor beställd, Innohep ges i väntan.")],
  [P], [], "Swedish acronym LE (lungemboli) with 'Misstänkt'")
C("dvt-fragetecken-ul", "vgr", "v_akut",
  [("Bedömning", "Svullen vä vad, 3 cm omfångsskillnad, nyligen långflygning. DVT? UL vener imorgon, Fragmin under tiden.")],
  [P], [], "'DVT?' acronym with question mark")
C("tia-trol-afasi", "skane", "s_neuro",
  [("Bedömning", "Övergående afasi och hö armsvaghet i 20 min, nu helt återställd. Troilgen TIA. Halskärls-UL, Holter, start Trombyl.")],
  [P], [], "typo 'Troilgen TIA'")
C("kol-ev-spirometri-saknas", "vgr", "v_lung",
  [("Bedömning", "Rökt 30 paketår, hosta och slem varje morgon. Ev. KOL, spirometri ej gjord ännu – bokas.")],
  [P], [], "'Ev. KOL' Swedish acronym")
C("ibs-trol-kalprotektin", "vgr", "v_gastro",
  [("Bedömning", "Växlande avföringsvanor och buksmärta som lindras vid tarmtömning, inga alarmsymtom. IBS trol., men F-kalprotektin och celiakiserologi tas först.")],
  [P], [], "postposed hedge 'IBS trol.'")
C("typ1-diabetes-debut-misstankt-barn", "vgr", "v_barn",
  [("Bedömning", "Polyuri, polydipsi och viktnedgång 2 kg på 3 v. P-glukos 22, ketoner 1,8. Misstänkt debut av typ 1-diabetes, inläggning för insulinstart.")],
  [P], [], "'Misstänkt debut av typ 1-diabetes' compound in child note", kid=True, setting="slutenvård")
C("adhd-ev-npf-utredning", "skane", "s_psyk",
  [("Bedömning", "Koncentrationssvårigheter sedan barndomen, impulsivitet, svårt att behålla arbeten. Ev. ADHD. Remiss för neuropsykiatrisk utredning, ASRS ifylld.")],
  [P], [], "'Ev. ADHD' acronym")
C("als-misstanke-sammansatt", "skane", "s_neuro",
  [("Bedömning", "Tilltagande svaghet hö hand, atrofi interossei, fascikulationer i båda överarmarna. ALS-misstanke, EMG bokat.")],
  [P], [], "compound 'ALS-misstanke'")
C("mg-fragetecken-ptos", "vgr", "v_neuro",
  [("Bedömning", "Dubbelseende och ptos som tilltar mot kvällen, ansträngningsberoende. MG? AChR-ak tagna, Mestinon-test planeras.")],
  [P], [], "'MG?' (myastenia gravis) acronym with question mark", draft=True)
C("prostatacancer-susp-psa14", "skane", "s_uro",
  [("Bedömning", "PSA 14, hård knöl hö lob vid palpation. Susp. prostatacancer. MR prostata och riktade biopsier.")],
  [P], [], "'Susp. prostatacancer' next to lab test PSA")
C("gallsten-trol-lekord", "vgr", "v_kir",
  [("Bedömning", "Smärta under hö arcus efter fet mat, episodisk. Trol. gallsten. UL lever-galla.")],
  [P], [], "lay compound 'gallsten' hedged")
C("uretarsten-trol-dt", "skane", "s_akut",
  [("Bedömning", "Kolikartad flanksmärta hö, mikroskopisk hematuri. Trol. njursten hö, DT urinvägar beställd, Voltaren supp.")],
  [P], [], "lay word 'njursten' hedged")
C("erythema-migrans-typo-sannolkt", "skane", "s_inf",
  [("Bedömning", "Fästingbett för 10 dgr sedan, ringformad rodnad 8 cm vä lår. Sannolkt erythema migrans. PcV 1 g x 3 i 10 dagar.")],
  [P], [], "typo 'Sannolkt' with Latin 'erythema migrans'")
C("diskbrack-typo-misstakt", "vgr", "v_ort",
  [("Bedömning", "Ländryggssmärta med utstrålning ned på vä bens baksida, pos Lasègue 30 gr. Misstäkt diskbråck L5-S1. MR ländrygg.")],
  [P], [], "typo 'Misstäkt' with 'diskbråck'")
C("commotio-fragetecken-utkast", "skane", "s_akut",
  [("Aktuellt", "Föll på isen, slog bakhuvudet, kort medvetslöshet enl. vittne."),
   ("Bedömning", "Commotio? GCS 15. DT hjärna enl. Skandinaviska riktlinjer, observation 6 h.")],
  [P], [], "Latin 'Commotio?' in an unsigned draft", draft=True)
C("pneumoni-typo-pnumoni-trol", "skane", "s_med",
  [("Bedömning", "Feber, hosta, krepitationer hö basalt, CRP 140. Trol. pnumoni hö underlob. Rtg pulm, Bensyl-PC 1 g x 3.")],
  [P], [], "typo 'pnumoni' with 'Trol.'", setting="slutenvård")
C("uvi-fragetecken-dd-pyelonefrit", "vgr", "v_akut",
  [("Bedömning", "Sveda vid miktion, urinsticka nitrit pos, lätt dunkömhet hö. UVI? DD pyelonefrit – odling, CRP.")],
  [P], [], "'UVI?' acronym with DD", draft=True)
C("otit-latin-fragetecken-barn", "skane", "s_barn",
  [("Bedömning", "Feber och öronsmärta hö sedan igår. Otitis media acuta? Trumhinnan svårbedömd pga vax. Ny bedömning om 2 dagar.")],
  [P], [], "Latin 'Otitis media acuta?' in child note", kid=True)
C("levermetastas-kan-ej-uteslutas", "vgr", "v_onk",
  [("Röntgen", "DT thorax-buk: ny 12 mm lågattenuerande lesion segment 6, metastas kan ej uteslutas. I övrigt stationärt.")],
  [P], [], "'metastas kan ej uteslutas' in radiology section of Melior note")
C("addisons-fragetecken", "skane", "s_endo",
  [("Bedömning", "Trötthet, hyperpigmentering, Na 128, K 5,6. Addison:s sjukdom? Synacthentest akut.")],
  [P], [], "colon-genitive eponym 'Addison:s sjukdom?'")
C("raynaud-sekundar-kan-inte-uteslutas", "skane", "s_reuma",
  [("Bedömning", "Vita fingrar i kyla sedan 6 mån, debut vid 45 års ålder. Sekundär Raynaud kan inte uteslutas. ANA och kapillärmikroskopi.")],
  [P], [], "bare surname 'Raynaud' with 'kan inte uteslutas'")
C("sle-fragetecken-fjarilsexantem", "vgr", "v_reuma",
  [("Bedömning", "Fjärilsexantem, artralgier, proteinuri 0,8 g/dygn. SLE? ANA, anti-dsDNA, komplement.")],
  [P], [], "'SLE?' acronym with question mark")
C("tietze-trol-bare-surname", "skane", "s_akut",
  [("Bedömning", "Ömhet över costochondrala övergångar 2-4 vä, normalt EKG och TnT. Trol. Tietze. NSAID och info.")],
  [P], [], "bare surname eponym 'Trol. Tietze'")
C("scheuermann-fragetecken-16", "vgr", "v_ort",
  [("Bedömning", "16-årig flicka med ökad torakal kyfos och ryggvärk. Mb Scheuermann? Rtg thorakalrygg sidobild.")],
  [P], [], "'Mb Scheuermann?'")
C("gpa-wegeners-misstanks", "skane", "s_reuma",
  [("Bedömning", "Kronisk sinuit, hematuri, c-ANCA/PR3 positiv. GPA (tidigare Wegeners granulomatos) misstänks. Njurbiopsi diskuteras med njurmedicin.")],
  [P], [], "acronym GPA with old eponym, 'misstänks'")
C("parkinsons-typo-parkinssons", "vgr", "v_ger",
  [("Bedömning", "Framåtlutad, småstegad gång, hypomimi, vilotremor hö. Parkinssons sjukdom? Remiss neurologen.")],
  [P], [], "typo 'Parkinssons' with question mark")
C("crohn-dubbel-typo-missankt-chron", "vgr", "v_gastro",
  [("Bedömning", "Perianal fistel och diarréer. Missänkt Mb Chron, MR tunntarm och ileokoloskopi.")],
  [P], [], "double typo: 'Missänkt Mb Chron'")
C("lang-vardtid-en-hedge-i-bedomning", "skane", "s_med",
  [("Inkomstorsak", "82-årig kvinna från särskilt boende, sänkt AT och förvirring sedan 2 dgr."),
   ("Tidigare sjukdomar", "Hypertoni. FF sedan 2018 på Eliquis. Höftfraktur 2021. Hypotyreos."),
   ("Status", "AT: trött men väckbar, desorienterad till tid. Cor: oregelbunden rytm, inga blåsljud. Pulm: krepitationer vä basalt. Buk: mjuk, oöm. AF 22, sat 92 % på luft, BT 105/60, temp 38,4."),
   ("Lab", "CRP 186, LPK 15,2, Na 131, krea 112. U-sticka: LPK 2+, nitrit neg."),
   ("Bedömning", "Sänkt AT sannolikt sekundärt till infektion. Misstänkt pneumoni vä basalt, DD urosepsis. Rtg pulm och odlingar. Bensyl-PC i.v., vätska."),
   ("Planering", "Trol. 3-4 vårddagar. Ev. kontakt med anhörig imorgon.")],
  [P], [], "long note; one hedged diagnosis in Bedömning among established history and non-diagnostic hedges",
  setting="slutenvård")
C("lang-mottagning-reuma-dd-psoriasisartrit", "vgr", "v_reuma",
  [("Anamnes", "48-årig man, psoriasis sedan tonåren. Svullet pekfinger vä sedan 2 mån, hälsmärta. Ingen feber. Arbetar som snickare."),
   ("Läkemedel", "Betnovat kräm vb."),
   ("Status", "Daktylit dig II vä hand. Nagelgropar. Ömhet vid hälsenefästet bilat. Övriga leder utan synovit."),
   ("Lab", "CRP 18, SR 24, RF neg, anti-CCP neg. Urat 410."),
   ("Bedömning", "Bild talande för psoriasisartrit, DD gikt. Rtg händer och fötter, UL av fingret."),
   ("Planering", "Åter om 4 v med svar. Ev. start av metotrexat då.")],
  [P], [], "long note with 'DD gikt' in Bedömning")

# ---------------------------------------------------------------- NL102 must_not: near misses
C("ms-kand-etablerad", "skane", "s_neuro",
  [("Bedömning", "Känd skovvis förlöpande MS sedan 2015. Inga nya skov, MR stationär. Fortsätter Ocrevus, nästa infusion i maj.")],
  [], [P, N], "established MS, no hedge")
C("ms-enhet-millisekunder-ev-ekg", "vgr", "v_psyk",
  [("Bedömning", "Depression, recidiverande, måttlig episod. QTc 478 ms på dagens EKG. Sänker citalopram till 20 mg, ev. nytt EKG om 1 v.")],
  [], [P], "'ms' as milliseconds and 'ev.' about an EKG, not a diagnosis")
C("af-andningsfrekvens-ev-hem", "skane", "s_med",
  [("Status", "AF 18, sat 97 % på luft, temp 37,2, BT 132/80."),
   ("Bedömning", "Pneumoni hö underlob, klinisk förbättring på peroral behandling. Ev. hem imorgon.")],
  [], [P], "AF as respiratory rate; hedge concerns discharge", setting="slutenvård")
C("ra-hoger-formak-eko", "vgr", "v_kard",
  [("Eko", "Normalstor vä kammare, EF 60 %. RA ej dilaterad, RA-tryck uppskattat till 3 mmHg. Inga klaffel. Ev. nytt eko om 2 år.")],
  [], [P], "RA as right atrium / RA pressure; 'Ev.' about a new echo", draft=True)
C("ra-teamet-etablerad-ra", "skane", "s_reuma",
  [("Bedömning", "Seropositiv reumatoid artrit sedan 2010, DAS28 3,8. MTX 20 mg/v. Ev. tillägg av biologiskt läkemedel, tas upp på RA-teamets konferens.")],
  [], [P], "organisation 'RA-teamet' and hedge about treatment, RA established")
C("ms-teams-uppfoljning", "vgr", "v_endo",
  [("Planering", "Hypotyreos välinställd på Levaxin 100 mikrog. Nästa uppföljning ev. via MS Teams, pat har dator och vill gärna ha digitalt besök.")],
  [], [P], "'MS Teams' (software) and 'ev.' about the visit mode")
C("pci-ev-andra-seans-stemi", "skane", "s_kard",
  [("Bedömning", "STEMI framvägg, PCI mot LAD igår med god effekt. Signifikant stenos RCA, ev. PCI av RCA i andra seans.")],
  [], [P], "established STEMI; hedge about a procedure", setting="slutenvård")
C("ingen-misstanke-om-ms", "skane", "s_neuro",
  [("Bedömning", "MR hjärna utan demyeliniserande förändringar, likvor u.a. Ingen misstanke om MS. Parestesierna bedöms som ofarliga.")],
  [], [P], "negated: 'Ingen misstanke om MS'", draft=True)
C("hereditet-mor-parkinson-morbror-trol-als", "vgr", "v_neuro",
  [("Hereditet", "Mor Mb Parkinson, morbror trol. ALS, avled 61 år."),
   ("Bedömning", "Essentiell tremor, propranolol provas.")],
  [], [P], "family history with hedged ALS in a relative")
C("hereditet-farfar-ev-kahlers", "skane", "s_hem",
  [("Hereditet", "Farfar hade ev. Kahlers sjukdom, oklart."),
   ("Bedömning", "MGUS IgG 4 g/L, låg risk. Kontroll om 12 mån.")],
  [], [P], "family history 'ev. Kahlers sjukdom' about grandfather; established MGUS")
C("tidigare-misstankt-sle-avskrevs", "vgr", "v_reuma",
  [("Tidigare sjukdomar", "Utreddes 2019 för misstänkt SLE, avskrevs av reumatolog efter neg ANA."),
   ("Bedömning", "Handartros, fingerledsortoser. Ingen inflammatorisk ledsjukdom.")],
  [], [P], "past history: suspicion that was written off")
C("pmo-vc-misstankt-ra", "skane", "s_vc",
  [("Bedömning", "Svullna MCP-leder bilat, morgonstelhet. Misstänkt RA, remiss reumatolog.")],
  [], [P], "PMO primary care: hedged diagnosis never shown", system="PMO", template="Besöksanteckning", draft=True)
C("pmo-vc-trol-mb-horton", "skane", "s_vc2",
  [("Bedömning", "Tinningshuvudvärk och synstörning. Trol. Mb Horton, SR 92. Akut remiss ögon/med, Prednisolon 60 mg.")],
  [], [P], "PMO: 'Trol. Mb Horton' not shown", system="PMO", template="Besöksanteckning")
C("pmo-bvc-hoftledsluxation-fragetecken", "skane", "s_bvc",
  [("Bedömning", "4-mån-kontroll. Asymmetriska lårveck, lätt instabil vä höft? Höftledsluxation? Remiss barnortoped för UL.")],
  [], [P], "PMO BVC note with a hedged diagnosis", system="PMO", template="BVC-besök", kid=True,
  role="sjuksköterska", author="Eva Magnusson")
C("tidiga-hypoteser-mall-skane-als", "skane", "s_neuro",
  [("Bedömning", "Misstänkt ALS, EMG talar för motorneuronsjukdom men ej konklusivt. Pat ej informerad om misstanken, ny EMG om 3 mån.")],
  [], [P, N], "Skåne: Tidiga hypoteser template protects the hedged ALS", template="Tidiga hypoteser")
C("tidiga-hypoteser-sokord-vgr-huntington", "vgr", "v_neuro",
  [("Aktuellt", "Återbesök för ofrivilliga rörelser och humörsvängningar."),
   ("Status", "Koreatiska rörelser i händer, sakkadstörning."),
   ("Tidiga hypoteser", "Mb Huntington? Mor avled ung i oklar neurologisk sjukdom. Ej kommunicerat med pat, genetisk vägledning först."),
   ("Planering", "Åter om 4 v med anhörig.")],
  [], [P, N], "VGR: hedged Huntington only under sökord Tidiga hypoteser")
C("mb-crohn-etablerad-ev-dosokning", "vgr", "v_gastro",
  [("Bedömning", "Crohn:s sjukdom sedan 2012, ileocekal lokalisation. F-kalprotektin 420, lätt skov. Ev. dosökning av Stelara, diskuteras vid nästa besök.")],
  [], [P], "established 'Crohn:s sjukdom'; hedge about dose")
C("lab-ev-ana-nasta-provtagning", "skane", "s_vc",
  [("Lab", "CRP 4, Hb 132, TSH 1,8. Ev. ANA vid nästa provtagning om ledvärken kvarstår.")],
  [], [P], "PMO lab note with 'Ev. ANA' (a lab test)", system="PMO", template="Besöksanteckning")
C("psa-normalt-ev-ny-psa", "vgr", "v_med",
  [("Bedömning", "PSA 2,1 – normalt för åldern. Ev. ny PSA om 1 år om pat önskar.")],
  [], [P], "PSA lab test with hedge about repeat test")
C("waran-eliquis-ev-byte-kant-ff", "skane", "s_kard",
  [("Bedömning", "Känt permanent FF, CHA2DS2-VASc 4. Byte från Waran till Eliquis ev. aktuellt, pat fundera till nästa gång.")],
  [], [P], "drug names and hedge about drug switch; FF established")
C("asa-klass-ev-premed", "vgr", "v_kir",
  [("Preoperativ bedömning", "ASA 2. Hypertoni välbehandlad. Ev. premedicinering med Oxynorm 5 mg, fastande från midnatt.")],
  [], [P], "ASA as anaesthesia class; 'Ev.' about premedication", setting="slutenvård")
C("gerd-kand-ev-ppi", "skane", "s_gastro",
  [("Bedömning", "Känd GERD med LA grad A esofagit 2022. Sporadiska besvär, ev. PPI vid behov istället för kontinuerligt.")],
  [], [P], "established GERD; hedge about PPI regimen")
C("parkinsonforbundet-etablerad", "vgr", "v_neuro",
  [("Aktuellt", "Mb Parkinson sedan 2019, Hoehn & Yahr 2. Pat har kontakt med Parkinsonförbundet, ev. deltagande i deras träningsgrupp.")],
  [], [P], "organisation 'Parkinsonförbundet'; established Parkinson", draft=True)
C("ej-misstanke-om-mb-bechterew", "skane", "s_reuma",
  [("Bedömning", "HLA-B27 neg och MR SI-leder normal. Ej misstanke om Mb Bechterew. Mekanisk ländryggssmärta, sjukgymnastik.")],
  [], [P], "negated eponym: 'Ej misstanke om Mb Bechterew'")
C("ingen-blindtarmsinflammation-ul", "vgr", "v_kir",
  [("Bedömning", "UL buk: normal appendix. Ingen blindtarmsinflammation. Hem med råd, åter vid försämring.")],
  [], [P], "negated lay word 'Ingen blindtarmsinflammation'")
C("trol-hem-ev-aterbesok-pneumoni-klar", "skane", "s_med",
  [("Planering", "Pneumoni hö underlob, förbättrad. Trol. hem imorgon efter ronden, ev. återbesök på mottagningen om 6 v med rtg.")],
  [], [P], "non-diagnostic hedges ('Trol. hem', 'ev. återbesök')", setting="slutenvård")
C("frakturmisstanke-avskriven-rtg", "skane", "s_ort",
  [("Bedömning", "Rtg hö handled: ingen fraktur. Frakturmisstanke avskriven, distorsion. Elastisk binda.")],
  [], [P], "compound 'Frakturmisstanke avskriven'")
C("ingen-misstanke-kawasaki-strep", "vgr", "v_barn",
  [("Bedömning", "Feber 3 dgr, strep A positiv, inga slemhinneförändringar. Ingen misstanke om Kawasaki. PcV i 10 dagar.")],
  [], [P], "child note, negated eponym", kid=True)
C("inga-tecken-pa-crohn-koloskopi", "skane", "s_gastro",
  [("Koloskopi", "Normal slemhinna i hela kolon och terminala ileum. Inga tecken på Mb Crohn. Biopsier u.a.")],
  [], [P], "negated 'Inga tecken på Mb Crohn'")
C("kol-kand-ev-kol-skoterska", "vgr", "v_lung",
  [("Bedömning", "KOL GOLD 3, känd sedan 2016. Ev. kontakt med KOL-sköterska för genomgång av inhalationsteknik.")],
  [], [P], "'ev.' near 'KOL-sköterska' (a role), KOL established")
C("pr-tid-ms-av-block-kant", "skane", "s_kard",
  [("EKG", "Sinusrytm 58/min, PR 214 ms, QRS 92 ms. AV-block I sedan tidigare känt, oförändrat.")],
  [], [P], "ms units in EKG; known AV-block")
C("af-28-pneumoni-bekraftad", "vgr", "v_akut",
  [("Bedömning", "AF 28, sat 88 % på luft. Pneumoni hö mellanlob, bekräftad på rtg. Inläggning, syrgas.")],
  [], [P], "AF as respiratory rate; pneumonia confirmed", setting="slutenvård")
C("als-avskrivs-emg-normalt", "skane", "s_neuro",
  [("Bedömning", "EMG och neurografi normala, inga fascikulationer. ALS avskrivs. Kramperna bedöms benigna.")],
  [], [P], "negated: 'ALS avskrivs'")
C("hereditet-typo-brostcancer-moster-ev", "vgr", "v_onk",
  [("Hereditet", "Mamma hade brösctancer vid 45 års ålder, moster ev. äggstockscancer."),
   ("Bedömning", "Remiss onkogenetisk mottagning för ställningstagande till BRCA-testning.")],
  [], [P], "family history with typo 'brösctancer' and hedged aunt's cancer")
C("pat-oroar-sig-for-ms", "skane", "s_neuro",
  [("Aktuellt", "Pat oroar sig för MS efter att ha läst på nätet om stickningar."),
   ("Bedömning", "Neurologiskt status u.a. Ingen missanke om MS, lugnande besked.")],
  [], [P], "patient's own worry about MS; negated with typo 'missanke'")
C("anhorig-undrar-alzheimers", "vgr", "v_ger",
  [("Aktuellt", "Dottern undrar om det kan vara Alzheimers."),
   ("Bedömning", "MMSE 29, normal kognitiv screening. Ingen demens. Minnesbesvären bedöms stressrelaterade.")],
  [], [P], "relative's question about Alzheimers; clinician finds no dementia")
C("quantiferon-neg-ingen-tb", "skane", "s_reuma",
  [("Lab", "Quantiferon negativ, ingen TB. Hepatitserologi neg."),
   ("Planering", "Start av adalimumab vid känd spondylartrit.")],
  [], [P], "lab test result, negated TB")
C("hba1c-dm-ej-aktuellt", "vgr", "v_med",
  [("Bedömning", "HbA1c 41 mmol/mol. DM ej aktuellt. Kontroll om 1 år pga övervikt.")],
  [], [P], "negated 'DM ej aktuellt'")
C("mb-bechterew-etablerad-tnf", "skane", "s_reuma",
  [("Bedömning", "Mb Bechterew sedan 2005, välbehandlad med TNF-hämmare. BASDAI 2,1.")],
  [], [P], "established eponym diagnosis")
C("pmo-hemsjukvard-ev-uvi", "skane", "s_hsv",
  [("Omvårdnad", "Illaluktande urin och ökad oro sedan igår. Ev. UVI, urinodling tagen och skickad."),],
  [], [P], "PMO home care: 'Ev. UVI' not shown", system="PMO", template="Omvårdnadsanteckning",
  role="sjuksköterska", author="Lena Svensson")
C("pmo-um-misstankt-klamydia", "skane", "s_um",
  [("Bedömning", "17-årig tjej med flytningar, ny partner. Misstänkt klamydia, test tagen, svar via 1177.")],
  [], [P], "PMO youth clinic: hedged diagnosis not shown", system="PMO", template="Besöksanteckning")
C("tidiga-hypoteser-mall-skane-ftd", "skane", "s_ger",
  [("Bedömning", "Trol. frontotemporal demens, DD sen debut av bipolär sjukdom. Ej kommunicerat med pat eller anhöriga ännu.")],
  [], [P, N], "Skåne Tidiga hypoteser template: hedged FTD hidden", template="Tidiga hypoteser")
C("melior-driftstopp-etablerad-hjartsvikt", "vgr", "v_kard",
  [("Planering", "Hjärtsvikt NYHA II, EF 35 %. Provsvar i Melior ev. försenade pga driftstopp, ringer pat med kaliumsvaret.")],
  [], [P], "software 'Melior' with 'ev.' about delays", setting="slutenvård")
C("tidiga-hypoteser-sokord-vgr-mb-wilson", "vgr", "v_gastro",
  [("Aktuellt", "Förhöjda transaminaser, tremor."),
   ("Tidiga hypoteser", "Mb Wilson? Ceruloplasmin lågt, Kayser-Fleischer-ring ej säkert sedd."),
   ("Planering", "Leverbiopsi och ögonkonsult.")],
  [], [P], "VGR: 'Mb Wilson?' only under protected sökord", draft=True)
C("vgr-tidiga-hypoteser-plus-hedge-i-bedomning", "vgr", "v_psyk",
  [("Tidiga hypoteser", "Trol. schizofreni, prodromalfas."),
   ("Bedömning", "Sömnstörning och social tillbakadragenhet. Misstänkt psykotiskt syndrom, utredning påbörjas.")],
  [P], [], "VGR: a hedged diagnosis also in visible Bedömning despite Tidiga hypoteser sökord")
C("myelit-trol-ms-debut-kan-inte-uteslutas", "skane", "s_neuro",
  [("Aktuellt", "Domningar vä ben i 3 v."),
   ("Bedömning", "Trol. myelit, MS-debut kan inte uteslutas. MR ryggmärg.")],
  [P], [], "Skåne ordinary template with hedged myelitis and compound 'MS-debut'")

# ---------------------------------------------------------------- NL101: not informed
C("nsclc-ej-informerad", "skane", "s_lung",
  [("Bedömning", "PAD från bronkoskopi: NSCLC, adenocarcinom, PD-L1 60 %. Pat ej informerad ännu, besked vid återbesök 14/5 med kontaktsjuksköterska.")],
  [N], [P], "established NSCLC visible, patient not yet informed")
C("mb-kahler-bekraftat-ej-informerats", "vgr", "v_hem",
  [("Bedömning", "Benmärg: 30 % klonala plasmaceller. Mb Kahler bekräftat. Pat har ännu inte informerats, samtal planeras imorgon.")],
  [N], [P], "confirmed 'Mb Kahler', patient not informed")
C("als-ej-informerad-anhoriga-vill-narvara", "skane", "s_neuro",
  [("Bedömning", "EMG visar utbredd denervation i tre regioner, kliniskt ALS. Pat är inte informerad, anhöriga vill närvara vid beskedet nästa vecka.")],
  [N], [], "ALS established, patient not informed")
C("cin3-ej-underrattad", "vgr", "v_gyn",
  [("Svar", "PAD: höggradig dysplasi, CIN 3. Pat ej underrättad än, kallas till konisering.")],
  [N], [P], "acronym CIN 3 diagnosis, patient not told")
C("ms-mcdonald-ej-informerad", "vgr", "v_neuro",
  [("Bedömning", "Likvor: oligoklonala band. MS enl. McDonald 2017 fastställd. Pat ej informerad om diagnosen ännu – sker vid besök med MS-sjuksköterska.")],
  [N], [P], "MS settled, patient not informed")
C("pankreascancer-ej-fatt-besked-utkast", "skane", "s_kir",
  [("Bedömning", "DT buk: tumör i pankreashuvudet med multipla levermetastaser. Pankreascancer. Pat har inte fått besked, samtal imorgon med make.")],
  [N], [], "unsigned draft: pancreatic cancer, patient not told", draft=True, setting="slutenvård")
C("melanom-breslow-ej-informerad-ringer", "vgr", "v_derm",
  [("Svar", "PAD excision rygg: malignt melanom, Breslow 1,2 mm, radikalt. Pat ej informerad – ringer imorgon.")],
  [N], [P], "melanoma confirmed, patient not yet informed")
C("hodgkin-pad-ej-informerad", "skane", "s_hem",
  [("Bedömning", "PAD lymfkörtel: klassiskt Hodgkins lymfom, nodulär skleros. Patienten är ännu inte informerad om PAD-svaret.")],
  [N], [P], "eponym 'Hodgkins lymfom' confirmed, patient not informed")
C("huntington-gentest-ej-informerad", "vgr", "v_neuro",
  [("Bedömning", "Gentest: Huntingtons sjukdom, CAG 44. Pat ej informerad ännu, genetisk vägledning bokad.")],
  [N], [P], "Huntington confirmed by genetics, patient not informed")
C("kll-inte-meddelat", "skane", "s_hem",
  [("Bedömning", "Flödescytometri: KLL, Binet A. Inte meddelat patienten ännu, kallas till mottagningen.")],
  [N], [P], "Swedish acronym KLL, not told to patient", draft=True)
C("alzheimers-faststalld-ej-informerad", "vgr", "v_ger",
  [("Sammanfattning", "Utredningen klar: Alzheimers sjukdom, tidig debut. Pat inte informerad än, diagnosbesked vid teambesök 3/6.")],
  [N], [P], "Alzheimers established, not informed")
C("brostcancer-informerad-idag", "skane", "s_onk",
  [("Bedömning", "PAD: duktal bröstcancer, ER pos, HER2 neg. Pat informerad om diagnosen idag med kontaktsjuksköterska närvarande.")],
  [], [N, P], "patient informed of the diagnosis")
C("als-meddelad-barnen-ej-informerade", "vgr", "v_neuro",
  [("Bedömning", "ALS-diagnosen meddelad pat idag. Pat önskar att barnen ej informeras ännu.")],
  [], [N, P], "only relatives not informed; the patient is informed")
C("ej-informerad-om-ny-tid-kol", "skane", "s_lung",
  [("Planering", "Känd KOL GOLD 2. Pat ej informerad om ny tid för DT thorax, kallelse skickas.")],
  [], [N], "not-informed statement about an appointment")
C("psa-normalt-ej-informerad-brev", "vgr", "v_med",
  [("Lab", "PSA 1,2, normalt. Pat ej informerad om provsvaret ännu, får brev.")],
  [], [N], "not informed of a normal lab result", draft=True)
C("levaxin-dosandring-ej-informerad", "skane", "s_endo",
  [("Planering", "Hypotyreos, TSH 6,1. Levaxin höjs till 125 mikrog, pat ej informerad om dosändringen ännu – ringer imorgon.")],
  [], [N], "not informed of a medication change")
C("tidiga-hypoteser-sokord-msa-ej-informerad", "vgr", "v_neuro",
  [("Status", "Ortostatism, stelhet, dysartri."),
   ("Tidiga hypoteser", "Trol. MSA (multipel systematrofi). Pat ej informerad."),
   ("Planering", "MR hjärna, autonom testning.")],
  [], [N, P], "VGR sökord Tidiga hypoteser holds the uncommunicated hypothesis")
C("tidiga-hypoteser-mall-lewy-ej-kommunicerat", "skane", "s_ger",
  [("Bedömning", "Misstänkt Lewy body-demens, synhallucinationer och fluktuationer. Ej kommunicerat med pat.")],
  [], [N, P], "Skåne Tidiga hypoteser template", template="Tidiga hypoteser")
C("parkinson-meddelad-maken-ej-informerad", "vgr", "v_neuro",
  [("Bedömning", "Diagnosen Mb Parkinson meddelad vid dagens besök, pat tog beskedet lugnt. Maken ej informerad, pat vill själv berätta.")],
  [], [N, P], "patient told; spouse not informed")
C("ms-mr-informerad-innebord", "skane", "s_neuro",
  [("Bedömning", "MS, skovvis förlöpande, nu fastställd. Pat informerad om att MR visar MS-typiska förändringar och vad diagnosen innebär.")],
  [], [N, P], "patient informed about MS")
C("remiss-sahlgrenska-ej-informerad", "vgr", "v_hem",
  [("Planering", "Akut myeloisk leukemi, pat väl informerad om diagnos och behandling sedan i fredags. Pat har ej informerats om att remissen till Sahlgrenska skickats.")],
  [], [N], "not-informed statement concerns a referral, patient informed of AML")


# ---------------------------------------------------------------- build
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return (10 - s % 10) % 10


def build():
    out = []
    for i, c in enumerate(CASES):
        if c["kid"]:
            year = 2013 + (i * 3) % 9  # 2013..2021 -> under 13 in 2024
        else:
            year = 1934 + (i * 7) % 70  # 1934..2003 -> 20+ in 2024
        month = i % 12 + 1
        day = (i * 5) % 28 + 1
        bd = f"{year:04d}-{month:02d}-{day:02d}"
        nine = f"{year % 100:02d}{month:02d}{day:02d}{(200 + i * 7) % 1000:03d}"
        pnr = f"{year:04d}{month:02d}{day:02d}-{nine[6:]}{luhn(nine)}"
        t = datetime(2024, 1, 2, 8, 0) + timedelta(days=(i * 11) % 330, minutes=(i * 37) % 540)
        signed = None if c["draft"] else (t + timedelta(minutes=25 + (i * 13) % 200)).isoformat()
        a_name, a_role = AUTHORS[i % len(AUTHORS)]
        if c["author"]:
            a_name = c["author"]
        if c["role"]:
            a_role = c["role"]
        elif c["system"] == "PMO" and a_role == "sekreterare":
            a_role = "läkare"
        if a_role == "sekreterare" and not c["author"]:
            a_role = "läkare"
        setting = c["setting"] or "öppenvård"
        uname, hsa = U[c["unit"]]
        note = {"id": "n1", "system": c["system"], "template": c["template"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": a_name, "role": a_role},
                "time": t.isoformat(), "signed": signed, "setting": setting, "refs": [],
                "sections": [{"keyword": k, "text": v} for k, v in c["secs"]]}
        rec = {"patient": {"id": pnr, "birth_date": bd, "protected_identity": False},
               "as_of": "2024-12-31T00:00:00", "notes": [note],
               "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": c["name"], "ruleset": c["rs"], "record": rec,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


def age_at(bd, t):
    b = datetime.fromisoformat(bd)
    return t.year - b.year - ((t.month, t.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{n}: keys")
        if n in names:
            errs.append(f"{n}: duplicate name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", n):
            errs.append(f"{n}: bad name")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset")
        if not c["why"]:
            errs.append(f"{n}: why empty")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: asserts nothing")
        r = c["record"]
        if set(r) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{n}: record keys")
        p = r["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p["id"])
        if not m:
            errs.append(f"{n}: pnr format")
        else:
            nine = p["id"][2:8] + p["id"][9:12]
            if luhn(nine) != int(p["id"][12]):
                errs.append(f"{n}: pnr check digit")
            if f"{m.group(1)}-{m.group(2)}-{m.group(3)}" != p["birth_date"]:
                errs.append(f"{n}: pnr/birth_date mismatch")
        try:
            datetime.fromisoformat(p["birth_date"])
            datetime.fromisoformat(r["as_of"])
        except ValueError:
            errs.append(f"{n}: dates")
        ids = set()
        for note in r["notes"]:
            ids.add(note["id"])
            if set(note) != {"id", "system", "template", "unit", "author", "time", "signed",
                             "setting", "refs", "sections"}:
                errs.append(f"{n}: note keys")
            t = datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errs.append(f"{n}: time not in 2024")
            if note["signed"] is not None:
                s = datetime.fromisoformat(note["signed"])
                if s < t or s.year != 2024:
                    errs.append(f"{n}: signed time")
            age = age_at(p["birth_date"], t)
            if 13 <= age <= 15:
                errs.append(f"{n}: patient aged 13-15")
            if note["system"] == "PMO":
                if c["ruleset"] != "skane":
                    errs.append(f"{n}: PMO outside Skåne")
                for code, _ in c["must"]:
                    if code in ("NL101", "NL102"):
                        errs.append(f"{n}: NL1 must on PMO")
                for code, _ in c["must_not"]:
                    if code == "NL101":
                        errs.append(f"{n}: NL101 asserted on PMO")
            if not note["sections"]:
                errs.append(f"{n}: no sections")
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(f"{n}: section")
                for sent in re.split(r"(?<=[.!?])\s+|\n", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append(f"{n}: sentence repeated from {sentences[sent]}: {sent!r}")
                        sentences.setdefault(sent, n)
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if target not in ids:
                    errs.append(f"{n}: target {target} missing")
                if code not in ("NL101", "NL102"):
                    errs.append(f"{n}: unexpected code {code}")
        mset = {tuple(x) for x in c["must"]}
        if mset & {tuple(x) for x in c["must_not"]}:
            errs.append(f"{n}: code both must and must_not")
    return errs


def main():
    cases = build()
    errs = validate(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in cases:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print(f"{len(cases)} cases -> {OUT}; rulesets {rs}")
    for k in sorted(counts):
        print(f"  {k[0]} {k[1]}: {counts[k]}")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
