#!/usr/bin/env python3
"""nl1br_dev_cases: audit sample of 2024 Melior notes, NL102 only (must / must_not)."""
import json, os, re, sys

NAME = "nl1br_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

AUTHORS = {
    "läkare": ["Karin Lindqvist", "Johan Berg", "Fatima Haddad", "Per Nyström", "Elin Sjöberg",
               "Ahmed Karimi", "Sofia Holm", "Magnus Ek", "Lena Dahl", "Oskar Wallin"],
    "sjuksköterska": ["Maria Persson", "Anders Lund", "Jenny Åberg", "Sara Nilsson"],
    "fysioterapeut": ["Emma Strand", "Jonas Falk"],
    "psykolog": ["Hanna Björk", "Viktor Lindahl"],
    "dietist": ["Linnea Forsberg", "Ida Sandberg"],
    "arbetsterapeut": ["Malin Hedlund"],
    "logoped": ["Therese Blom"],
    "barnmorska": ["Annika Rydén", "Cecilia Moberg"],
}

TEMPLATE = {
    "läkare": "Läkaranteckning", "sjuksköterska": "Omvårdnadsanteckning",
    "fysioterapeut": "Fysioterapeutanteckning", "psykolog": "Psykologanteckning",
    "dietist": "Dietistanteckning", "arbetsterapeut": "Arbetsterapeutanteckning",
    "logoped": "Logopedanteckning", "barnmorska": "Barnmorskeanteckning",
}

HSA = {"skane": "SE2321000255-", "vgr": "SE2321000131-"}

CASES = []


def C(name, region, unit, role, sections, verdict, why, child=False, signed=True,
      template=None, setting="öppenvård"):
    CASES.append(dict(name=name, region=region, unit=unit, role=role, sections=sections,
                      verdict=verdict, why=why, child=child, signed=signed,
                      template=template, setting=setting))


def B(text):
    return [("Bedömning", text)]


M, N = "must", "must_not"

# ---------------------------------------------------------------- paired short notes
C("hjart-misstankt-paroxysmalt-flimmer", "skane", "Hjärtmottagningen, Skånes universitetssjukhus Lund", "läkare",
  [("Aktuellt", "Hjärtklappning i attacker sedan jul, oregelbunden puls vid två tillfällen enligt hemmamätare."),
   ("Bedömning", "Misstänkt paroxysmalt förmaksflimmer, 72-timmars Holter beställt.")],
  M, "'Misstänkt' + diagnosis in visible Bedömning of a Melior note")
C("hjart-holter-flimmer-ej-misstankt", "skane", "Hjärtmottagningen, Skånes universitetssjukhus Lund", "läkare",
  B("Holter 72 h utan förmaksflimmer eller andra arytmier. Ingen misstanke om paroxysmalt flimmer längre, symtomen bedöms som ofarliga extraslag."),
  N, "negated suspicion ('ingen misstanke om') after normal Holter")
C("fysio-trol-korsbandsruptur", "vgr", "Ortopedmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "fysioterapeut",
  B("Positivt Lachman och svullnad efter vridvåld i fotboll. Trol. främre korsbandsruptur hö, rekommenderar MR och läkarbedömning."),
  M, "physiotherapist writes abbreviated 'trol.' hedge on a diagnosis")
C("fysio-korsband-verifierat-osaker-op", "vgr", "Ortopedmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "fysioterapeut",
  B("Främre korsbandsruptur verifierad på MR i februari. Osäkert om pat vill opereras, vi fortsätter med rehab tills vidare."),
  N, "diagnosis verified; uncertainty concerns the patient's wish for surgery")
C("barn-kawasaki-kan-ej-uteslutas", "vgr", "Barnmottagningen, NÄL Trollhättan", "läkare",
  B("Feber fem dagar, bilateral konjunktivit, jordgubbstunga och svullna händer. Kawasakis sjukdom kan ej uteslutas, ekokardiografi beställs."),
  M, "'kan ej uteslutas' on an eponym diagnosis in a child's note (guardian reads)", child=True)
C("barn-forkylning-trol-ej-aterbesok", "skane", "Barnakuten, Helsingborgs lasarett", "läkare",
  B("Feber sedan två dygn, snuva och hosta. Inga tecken på pneumoni eller otit vid undersökning. Trol. behövs inget återbesök."),
  N, "'inga tecken på' negates the diagnoses; 'trol.' is about follow-up", child=True)
C("hud-susp-melanom", "skane", "Hudmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Pigmenterad lesion rygg, asymmetrisk, 9 mm, färgvariation i dermatoskop. Susp. malignt melanom, excision inom två veckor."),
  M, "'Susp.' abbreviation before melanoma")
C("hud-basaliom-pad-ev-aterbesok", "skane", "Hudmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("PAD: basalcellscancer, radikalt exciderad. Ev. återbesök om ny lesion uppstår, annars ingen planerad kontroll."),
  N, "PAD-confirmed diagnosis; 'ev.' is about a return visit")
C("neuro-dd-ms-neuroborrelios", "vgr", "Neurologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  [("Anamnes", "Domningar i vänster ben och dubbelseende i tre veckor, fästingbett i somras."),
   ("Bedömning", "DD: MS vs. neuroborrelios. LP och MR hjärna planeras.")],
  M, "'DD:' differential diagnosis listing two diagnoses")
C("neuro-tidigare-ms-avskrevs", "vgr", "Neurologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Utreddes 2019 för misstänkt MS; MR och likvor var normala och diagnosen avskrevs. Nu huvudvärk av spänningstyp, avslappningsövningar rekommenderas."),
  N, "past suspicion that was ruled out; current diagnosis affirmed")
C("akut-sab-fragetecken", "skane", "Akutmottagningen, Lasarettet i Ystad", "läkare",
  [("Kontaktorsak", "Plötslig svår huvudvärk, värsta i livet, debut under träning."),
   ("Bedömning", "Subaraknoidalblödning? DT hjärna akut, neurologjour kontaktad.")],
  M, "question mark directly after a diagnosis", template="Akutanteckning")
C("akut-sab-kan-uteslutas", "skane", "Akutmottagningen, Lasarettet i Ystad", "läkare",
  B("DT hjärna utan blödning och LP utan xantokromi. Subaraknoidalblödning kan uteslutas, hem med paracetamol."),
  N, "'kan uteslutas' (without ej) is a negation, not a hedge", template="Akutanteckning")
C("ssk-misstankt-uvi-forvirrad", "vgr", "Medicinavdelning 3, Kungälvs sjukhus", "sjuksköterska",
  [("Omvårdnad", "Pat sveda vid miktion och förvirrad sedan i natt. Misstänkt urinvägsinfektion, urinodling skickad och jourläkare informerad.")],
  M, "nurse documents a suspected diagnosis in a visible ward note", setting="slutenvård")
C("ssk-uvi-odling-mojligen-piggare", "vgr", "Medicinavdelning 3, Kungälvs sjukhus", "sjuksköterska",
  [("Omvårdnad", "Urinodling visar E. coli, behandlas för urinvägsinfektion med pivmecillinam. Pat möjligen lite piggare i eftermiddag, äter bättre.")],
  N, "confirmed UTI; 'möjligen' concerns the patient's alertness", setting="slutenvård")
C("psykolog-mojlig-adhd", "skane", "Vuxenpsykiatriska mottagningen, Lund", "psykolog",
  B("Koncentrationssvårigheter sedan barndomen, impulsivitet och glömskhet på jobbet. Möjlig ADHD, neuropsykiatrisk utredning påbörjas."),
  M, "psychologist writes 'möjlig' + diagnosis")
C("psykolog-adhd-kand-eventuellt-samtal", "skane", "Vuxenpsykiatriska mottagningen, Lund", "psykolog",
  B("Pat har diagnosen ADHD sedan 2021. Vi diskuterade om han eventuellt vill ha fler samtal kring stresshantering, han återkommer."),
  N, "known diagnosis; 'eventuellt' about further sessions")
C("dietist-sannolikt-laktosintolerans", "vgr", "Dietistmottagningen, Södra Älvsborgs sjukhus Borås", "dietist",
  B("Uppblåsthet och diarré efter mejeriprodukter. Sannolikt laktosintolerans, laktosfri kost i fyra veckor och sedan utvärdering."),
  M, "dietitian hedges a diagnosis with 'sannolikt'")
C("dietist-celiaki-biopsi-osaker-kost", "vgr", "Dietistmottagningen, Södra Älvsborgs sjukhus Borås", "dietist",
  B("Celiaki bekräftad med tunntarmsbiopsi i januari. Pat osäker på hur hon ska klara glutenfri kost på jobbet, vi gick igenom matlådor."),
  N, "biopsy-confirmed diagnosis; patient's uncertainty about diet")
C("gyn-misstanke-extrauterin", "skane", "Kvinnokliniken, Centralsjukhuset Kristianstad", "läkare",
  B("Ensidig buksmärta, positivt hCG, ingen intrauterin graviditet på vaginalt ultraljud. Misstanke om extrauterin graviditet, inläggs för observation."),
  M, "'Misstanke om' + diagnosis (not negated)")
C("gyn-intrauterin-ingen-misstanke", "skane", "Kvinnokliniken, Centralsjukhuset Kristianstad", "läkare",
  B("Vaginalt ultraljud visar intrauterin graviditet vecka 7 med hjärtaktivitet. Ingen misstanke om extrauterin graviditet. Trol. kontroll hos barnmorska om tre veckor."),
  N, "negated suspicion; 'trol.' concerns the next check")
C("lung-malignitet-kan-inte-uteslutas", "vgr", "Lungmottagningen, Södra Älvsborgs sjukhus Borås", "läkare",
  B("Långvarig hosta, rökare 40 paketår, förtätning i höger ovanlob. Malignitet kan inte uteslutas, bronkoskopi bokas."),
  M, "'kan inte uteslutas' on malignancy")
C("lung-fortatning-regress-talar-emot", "vgr", "Lungmottagningen, Södra Älvsborgs sjukhus Borås", "läkare",
  B("DT thorax: förtätningen i höger ovanlob har gått i regress. Talar emot malignitet, bedöms som genomgången pneumoni. Ingen vidare utredning."),
  N, "'talar emot' negation; remaining diagnosis stated as assessed")
C("reuma-trolig-ra", "skane", "Reumatologiska kliniken, Skånes universitetssjukhus Malmö", "läkare",
  B("Symmetriska ledsvullnader MCP II–III bilat, morgonstelhet en timme. Trolig reumatoid artrit, anti-CCP och RF tagna."),
  M, "'Trolig' + diagnosis")
C("reuma-ra-kand-eventuellt-nedtrappning", "skane", "Reumatologiska kliniken, Skånes universitetssjukhus Malmö", "läkare",
  B("Reumatoid artrit sedan 2015, stabil på metotrexat. Eventuellt kan dosen trappas ned vid nästa besök om sjukdomsaktiviteten fortsatt är låg."),
  N, "known diagnosis; 'eventuellt' about dose reduction")
C("at-misstankt-karpaltunnel", "vgr", "Handkirurgiska mottagningen, Sahlgrenska universitetssjukhuset", "arbetsterapeut",
  B("Pat tappar saker ur höger hand, domningar i tumme till långfinger nattetid. Misstänkt karpaltunnelsyndrom, remiss till läkare för neurografi föreslås."),
  M, "occupational therapist writes a suspected diagnosis")
C("at-karpaltunnel-opererad-mojligen-ortos", "vgr", "Handkirurgiska mottagningen, Sahlgrenska universitetssjukhuset", "arbetsterapeut",
  B("Karpaltunnelsyndrom opererat höger sida 2023. Pat undrar om hon möjligen kan få en ny handledsortos, utprovning bokad."),
  N, "past operated diagnosis; 'möjligen' about an orthosis")
C("infektion-malaria-fragetecken", "vgr", "Infektionskliniken, Östra sjukhuset Göteborg", "läkare",
  B("Feber efter resa till Kenya, trombocyter 62. Malaria? Snabbtest och tjock droppe tagna akut."),
  M, "'?' after malaria")
C("infektion-malaria-uteslutet-dengue", "vgr", "Infektionskliniken, Östra sjukhuset Göteborg", "läkare",
  B("Malaria uteslutet med tre negativa tjocka droppar. Denguefeber verifierad serologiskt, symtomatisk behandling. Ev. kontroll av trombocyter på fredag."),
  N, "ruled-out and verified diagnoses; 'ev.' about a lab check")
C("ogon-glaukom-misstanks", "skane", "Ögonmottagningen, Helsingborgs lasarett", "läkare",
  B("Trycket 31 mmHg höger öga, ökad excavation av papillen. Glaukom misstänks, synfältsundersökning och OCT beställda."),
  M, "passive 'misstänks' after the diagnosis")
C("ogon-inga-tecken-glaukom-glasogon", "skane", "Ögonmottagningen, Helsingborgs lasarett", "läkare",
  B("Normalt ögontryck och normala synfält bilateralt. Inga tecken på glaukom. Pat undrar om hon eventuellt behöver nya glasögon, hänvisas till optiker."),
  N, "'inga tecken på' glaucoma; 'eventuellt' about glasses")
C("onh-akustikusneurinom-fragetecken", "vgr", "Öron-näsa-halsmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Ensidig hörselnedsättning och tinnitus vänster öra sedan ett halvår. Akustikusneurinom? MR inre hörselgångar beställd."),
  M, "diagnosis followed by question mark")
C("onh-inget-neurinom-tinnitusskola", "vgr", "Öron-näsa-halsmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("MR inre hörselgångar utan anmärkning, inget akustikusneurinom. Pat får möjligen plats i tinnitusskolan under hösten."),
  N, "normal MR negates; 'möjligen' about a course place")
C("uro-susp-prostatacancer", "skane", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "läkare",
  B("PSA 12, hård knöl i vänster lob vid palpation. Susp. prostatacancer, MR prostata och biopsi planeras."),
  M, "'Susp.' + prostate cancer")
C("uro-far-prostatacancer-ingen-misstanke", "skane", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "läkare",
  B("Fadern hade prostatacancer och pat är orolig. PSA 0,9 och palpation utan anmärkning, ingen misstanke om malignitet."),
  N, "family history plus negated suspicion for the patient")
C("kir-appendicit-kan-inte-uteslutas", "vgr", "Kirurgakuten, Sahlgrenska universitetssjukhuset", "läkare",
  B("Smärta i fossa iliaca dx, släppömhet, CRP 85. Appendicit kan inte uteslutas, DT buk beställd."),
  M, "'kan inte uteslutas' on appendicitis", template="Akutanteckning")
C("kir-tidigare-misstankt-appendicit-pad-normal", "vgr", "Kirurgmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Opererades 2020 för misstänkt appendicit men PAD visade normal appendix. Nu gallstensanfall, verifierat med ultraljud."),
  N, "historical suspicion refuted by PAD; current diagnosis verified")
C("geriatrik-sannolik-alzheimer", "skane", "Minnesmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Progredierande minnessvikt sedan två år, MMSE 21/30. Sannolik Alzheimers sjukdom, DT hjärna och kompletterande kognitiv testning."),
  M, "'Sannolik' + eponym dementia diagnosis")
C("geriatrik-alzheimer-kand-dotter-osaker", "skane", "Minnesmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Alzheimers sjukdom diagnosticerad 2022. Dottern osäker på om mamma tar donepezil varje dag, dosett införs."),
  N, "known diagnosis; relative's uncertainty about adherence")
C("endo-trol-graves", "vgr", "Endokrinmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("TSH <0,01, fritt T4 förhöjt, diffus struma, ögonsymtom. Trol Graves, TRAK tagen och tiamazol insatt."),
  M, "'Trol' without period + eponym")
C("endo-hypotyreos-ev-dosokning", "vgr", "Endokrinmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Hypotyreos på Levaxin 100 µg. TSH 6,2, ev. dosökning till 125 µg och ny kontroll om sex veckor."),
  N, "known diagnosis; 'ev.' about a dose")
C("gastro-ibd-fragetecken", "skane", "Mag-tarmmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Blodig diarré i tre veckor, kalprotektin 900. IBD? Koloskopi bokad."),
  M, "abbreviated diagnosis with '?'")
C("gastro-ibd-uteslutes-ibs", "skane", "Mag-tarmmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Koloskopi med makroskopiskt normal slemhinna, PAD utan inflammation. Inflammatorisk tarmsjukdom uteslutes. Besvären bedöms som IBS, pat informerad."),
  N, "'uteslutes' negation; remaining diagnosis affirmed")
C("barnmorska-misstankt-preeklampsi", "vgr", "Specialistmödravården, Östra sjukhuset Göteborg", "barnmorska",
  B("Blodtryck 150/100, proteinuri ++ och huvudvärk i graviditetsvecka 34. Misstänkt preeklampsi, skickas till förlossningen för bedömning."),
  M, "midwife documents suspected pre-eclampsia")
C("barnmorska-ingen-preeklampsi-forlossningsort", "vgr", "Specialistmödravården, Östra sjukhuset Göteborg", "barnmorska",
  B("Blodtryck 125/80, ingen proteinuri. Inga tecken på preeklampsi. Pat funderar på om hon eventuellt vill föda i Borås i stället, återkommer."),
  N, "negated pre-eclampsia; 'eventuellt' about place of birth")
C("ssk-stroke-ny-fragetecken", "skane", "Strokeavdelningen, Skånes universitetssjukhus Lund", "sjuksköterska",
  [("Omvårdnad", "Pat sluddrar mer sedan kl 14 och vänster mungipa hänger. Ny stroke? Jourläkare tillkallad, NIHSS 6.")],
  M, "nurse's '?' after 'Ny stroke'", setting="slutenvård")
C("ssk-stroke-verifierad-sitta-upp", "skane", "Strokeavdelningen, Skånes universitetssjukhus Lund", "sjuksköterska",
  [("Omvårdnad", "Infarkt i höger arteria cerebri media-område verifierad på DT. Pat möjligen hjälpt av att sitta upp vid måltiderna, prövas i morgon.")],
  N, "verified stroke; 'möjligen' about positioning", setting="slutenvård")
C("logoped-stambandspares-inte-uteslutas", "vgr", "Logopedmottagningen, Sahlgrenska universitetssjukhuset", "logoped",
  B("Hes röst i tre månader, röker. Stämbandspares kan inte uteslutas, remiss till ÖNH för laryngoskopi."),
  M, "speech therapist: 'kan inte uteslutas' on vocal cord paresis")
C("logoped-afasi-osakert-telefon", "vgr", "Logopedmottagningen, Sahlgrenska universitetssjukhuset", "logoped",
  B("Afasi efter stroke i mars. Osäkert hur mycket pat förstår i telefon, därför fysiska besök. Träning av benämning fortsätter."),
  N, "established aphasia; uncertainty about phone comprehension")
C("kardio-trol-hjartsvikt-telegraf", "skane", "Kardiologmottagningen, Helsingborgs lasarett", "läkare",
  B("Trol. hjärtsvikt, NT-proBNP 2400, ekokardiografi bokad."),
  M, "one-line telegraphic 'Trol.' hedge", template="Telefonanteckning")
C("kardio-hjartsvikt-vikt-ev-furosemid", "skane", "Hjärtsviktsmottagningen, Helsingborgs lasarett", "sjuksköterska",
  B("Hjärtsvikt med EF 30 % sedan tidigare. Vikt +2 kg på tre dagar, ev. ökning av furosemid diskuteras med läkare i morgon."),
  N, "known heart failure; 'ev.' about diuretic", template="Telefonanteckning")
C("hemat-lymfom-misstankt", "vgr", "Hematologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Förstorade lymfkörtlar på halsen, nattliga svettningar och viktnedgång 6 kg. Lymfom misstänkt, körtelexstirpation bokad."),
  M, "'misstänkt' placed after the diagnosis")
C("hemat-reaktiv-lymfadenit-inget-lymfom", "vgr", "Hematologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Körtelexstirpation visar reaktiv lymfadenit, inget lymfom. Pat lättad. Trolig fortsatt uppföljning via vårdcentral."),
  N, "negated lymphoma; 'trolig' about follow-up")
C("ortoped-susp-scaphoideumfraktur", "skane", "Ortopedakuten, Skånes universitetssjukhus Malmö", "läkare",
  B("Fall på utsträckt hand, ömhet i fossa tabatière, röntgen utan synlig fraktur. Susp. scaphoideumfraktur, gips och ny röntgen om 10–14 dagar."),
  M, "classic hedged occult fracture", template="Akutanteckning")
C("ortoped-ingen-scaphoideumfraktur-handboll", "skane", "Ortopedmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Ny röntgen handled visar ingen scaphoideumfraktur. Gipset tas bort. Pat osäker på om hon kan spela handboll i helgen, avråds en vecka till."),
  N, "no fracture; uncertainty about sport")
C("akut-dvt-fragetecken-innohep", "vgr", "Akutmottagningen, Skaraborgs sjukhus Skövde", "läkare",
  B("Vadsvullnad vänster, Wells 3, D-dimer förhöjt. DVT? Ultraljud benvener i morgon bitti, Innohep ges i väntan."),
  M, "'DVT?' abbreviation with question mark", template="Akutanteckning")
C("akut-ingen-dvt-troligen-arbete", "vgr", "Akutmottagningen, Skaraborgs sjukhus Skövde", "läkare",
  B("Ultraljud benvener utan tecken på DVT. Innohep avslutas. Pat kan troligen återgå till jobbet i morgon."),
  N, "'utan tecken på' DVT; 'troligen' about work", template="Akutanteckning")
C("barnneuro-franvaroepilepsi-trolig", "skane", "Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "läkare",
  B("Återkommande stirrattacker i skolan om cirka 10 sekunder. Frånvaroepilepsi trolig, EEG med hyperventilation bokas."),
  M, "'trolig' after the diagnosis in a child's note", child=True)
C("psyk-bipolar-fragetecken", "vgr", "Psykiatriska mottagningen Centrum, Göteborg", "läkare",
  B("Nedstämdhet och sömnstörning, i höstas perioder av minskat sömnbehov och stora inköp. Bipolär sjukdom typ II? Stämningsdagbok och ny bedömning om fyra veckor."),
  M, "psychiatric diagnosis with '?' in visible outpatient note")
C("psyk-depression-remission-mojligen-utsattning", "vgr", "Psykiatriska mottagningen Centrum, Göteborg", "läkare",
  B("Recidiverande depression, nu i remission. Pat undrar om hon möjligen kan trappa ut sertralin efter sommaren, vi avvaktar till augusti."),
  N, "diagnosis in remission stated; 'möjligen' about tapering")
C("ssk-trolig-borrelia-erythema", "skane", "Infektionsmottagningen, Skånes universitetssjukhus Malmö", "sjuksköterska",
  B("Pat ringer, ringformat utslag på låret tio dagar efter fästingbett. Trolig borrelia med erythema migrans, läkartid i morgon."),
  M, "nurse telephone note with 'Trolig' + diagnosis", template="Telefonanteckning")
C("infektion-em-behandlad-tbe-vaccin", "skane", "Infektionsmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Erythema migrans behandlad med penicillin V i tio dagar, rodnaden borta. Ingen misstanke om neuroborrelios. Pat undrar om hon eventuellt kan vaccinera sig mot TBE."),
  N, "negated neuroborreliosis; 'eventuellt' about vaccination")
C("kardio-sannolik-angina", "vgr", "Kardiologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Tryck över bröstet vid ansträngning, ST-sänkning 2 mm på arbetsprov. Sannolik stabil angina pectoris, kranskärlsröntgen planeras."),
  M, "'Sannolik' + Latin diagnosis")
C("kardio-angina-avskrivs", "vgr", "Kardiologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Kranskärlsröntgen utan signifikanta stenoser. Angina pectoris avskrivs, bröstsmärtan bedöms som muskuloskeletal."),
  N, "'avskrivs' rules the diagnosis out")

# ---------------------------------------------------------------- typos (said in why)
C("lung-misstant-lungemboli-typo", "skane", "Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "läkare",
  B("Dyspné och takykardi, nyligen lång flygresa. Misstänt lungemboli, DT lungartärer akut."),
  M, "typo 'Misstänt' for 'Misstänkt' still hedges a diagnosis")
C("lung-ingen-misstnake-lungemboli-typo", "vgr", "Lungmedicinska mottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("DT lungartärer utan embolier. Ingen misstnake om lungemboli kvarstår. Känd astma, inhalationsteknik genomgången."),
  N, "typo 'misstnake' inside a negation; astma affirmed")
C("med-trolgen-pankreatit-typo", "vgr", "Medicinakuten, Sahlgrenska universitetssjukhuset", "läkare",
  B("Trolgen pankreatit, lipas 900 och alkoholintag senaste veckan. Inläggs för vätska och smärtlindring."),
  M, "typo 'Trolgen' for 'Troligen' hedges pancreatitis", template="Akutanteckning")
C("reuma-sannolkt-gikt-typo", "skane", "Reumatologiska kliniken, Skånes universitetssjukhus Lund", "läkare",
  B("Sannolkt gikt i höger stortå, urat 520. Colchicin insatt, åter om två veckor."),
  M, "typo 'Sannolkt' for 'Sannolikt'")
C("ortoped-gikt-avskrevs-evenuellt-typo", "skane", "Ortopedmottagningen, Trelleborgs lasarett", "läkare",
  B("Tidigare misstänkt gikt avskrevs 2022 efter ledpunktion utan uratkristaller. Nu artros i MTP I, verifierad på röntgen. Pat undrar om han evenuellt kan få inlägg."),
  N, "typo 'evenuellt'; past suspicion ruled out, current diagnosis verified")
C("barn-pnumoni-fragetecken-typo", "vgr", "Barnakuten, Drottning Silvias barnsjukhus", "läkare",
  B("Hosta och feber hos tvååring, dämpning över vänster bas. Pnumoni? Röntgen pulm."),
  M, "typo 'Pnumoni?' still a questioned diagnosis", child=True, template="Akutanteckning")
C("barn-pnuemoni-uteslutes-typo", "vgr", "Barnakuten, Drottning Silvias barnsjukhus", "läkare",
  B("Röntgen pulm utan infiltrat, pnuemoni uteslutes. Föräldrarna osäkra på dosen av febernedsättande, vi gick igenom den."),
  N, "typo 'pnuemoni' in a negation; parents' uncertainty about dose", child=True, template="Akutanteckning")

# ---------------------------------------------------------------- Tidiga hypoteser
C("th-skane-levermetastaser", "skane", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "läkare",
  [("Tidiga hypoteser", "Bilddiagnostiken inger misstanke om levermetastaser. Diskuteras med pat först när PAD finns.")],
  N, "hedge inside the Skåne Tidiga hypoteser template is not visible", template="Tidiga hypoteser")
C("th-vgr-frontotemporal-demens", "vgr", "Minnesmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "läkare",
  [("Bedömning", "Utredning pågår, återbesök efter MR hjärna."),
   ("Tidiga hypoteser", "Misstänkt frontotemporal demens, för tidigt att diskutera med pat.")],
  N, "VGR: hedge only under sökord Tidiga hypoteser; visible part has no hypothesis")
C("th-skane-personlighetsstorning", "skane", "Vuxenpsykiatriska mottagningen, Malmö", "läkare",
  [("Tidiga hypoteser", "Trolig emotionellt instabil personlighetsstörning, kräver längre observation innan det kan tas upp med pat.")],
  N, "hedged psychiatric diagnosis in the Tidiga hypoteser template", template="Tidiga hypoteser")
C("th-vgr-dd-huntington", "vgr", "Neurologmottagningen, NÄL Trollhättan", "läkare",
  [("Status", "Koreatiska rörelser i händerna, i övrigt neurologiskt utan anmärkning."),
   ("Tidiga hypoteser", "DD Huntingtons sjukdom mot bakgrund av rörelserna och oklar släktanamnes.")],
  N, "DD confined to Tidiga hypoteser sökord; Status has no diagnosis")
C("th-skane-barn-bindvavssjukdom", "skane", "Barnmedicinska mottagningen, Skånes universitetssjukhus Lund", "läkare",
  [("Tidiga hypoteser", "Möjlig ärftlig bindvävssjukdom, genetisk utredning diskuteras först med kollegor.")],
  N, "child's hypothesis in Tidiga hypoteser template, hidden from guardians", child=True, template="Tidiga hypoteser")
C("th-vgr-als-ej-informerad", "vgr", "Neurologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  [("Planering", "Neurografi och EMG bokas inom två veckor."),
   ("Tidiga hypoteser", "Misstanke om ALS föreligger med fascikulationer och distal svaghet. Pat ej informerad, neurofysiologi först.")],
  N, "suspected ALS only in Tidiga hypoteser sökord")
C("th-vgr-plus-synlig-myelopati", "vgr", "Neurologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  [("Bedömning", "Trolig cervikal myelopati som förklaring till gångsvårigheterna, MR halsrygg."),
   ("Tidiga hypoteser", "Motorneuronsjukdom kan inte uteslutas men tas inte upp ännu.")],
  M, "hidden hypothesis in Tidiga hypoteser but another hedged diagnosis in visible Bedömning")
C("th-skane-endometriecancer", "skane", "Kvinnokliniken, Skånes universitetssjukhus Lund", "läkare",
  [("Tidiga hypoteser", "Förtjockat endometrium 14 mm postmenopausalt, misstänkt endometriecancer i väntan på PAD.")],
  N, "Tidiga hypoteser template; hedged cancer not visible", template="Tidiga hypoteser", signed=False)

# ---------------------------------------------------------------- non-diagnostic hedges near diagnoses
C("kir-ljumskbrack-operation-mojlig", "skane", "Kirurgiska kliniken, Lasarettet i Landskrona", "läkare",
  B("Ljumskbråck höger verifierat kliniskt. Operation möjlig tidigast i september på grund av kö."),
  N, "'möjlig' about the time of surgery, hernia verified")
C("ortoped-artros-knaprotes-troligen", "vgr", "Ortopedmottagningen, Alingsås lasarett", "läkare",
  B("Uttalad artros i höger knä på röntgen. Knäprotes troligen aktuellt om ett till två år, fortsatt artrosskola tills vidare."),
  N, "'troligen' about a future prosthesis")
C("hjart-aortastenos-osaker-tavi", "skane", "Hjärtmottagningen, Skånes universitetssjukhus Lund", "läkare",
  B("Känd måttlig aortastenos. Pat är osäker på om han vill genomgå TAVI, han får fundera till nästa besök."),
  N, "patient undecided about a procedure")
C("diabetes-typ1-mojligen-maltider", "vgr", "Diabetesmottagningen, Sahlgrenska universitetssjukhuset", "sjuksköterska",
  B("Diabetes typ 1 sedan 2010, HbA1c 62. Möjligen bidrar oregelbundna måltider, kolhydraträkning genomgången."),
  N, "'möjligen' about a cause of poor control, not a diagnosis")
C("njur-dialys-sannolikt-aktuellt", "skane", "Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "läkare",
  B("Kronisk njursvikt stadium 4. Dialys blir sannolikt aktuellt inom ett år, pat informerad om PD och HD."),
  N, "'sannolikt' about future treatment")
C("smarta-fibromyalgi-tvekar-grupp", "vgr", "Smärtmottagningen, Sahlgrenska universitetssjukhuset", "psykolog",
  B("Fibromyalgi diagnosticerad av reumatolog 2021. Pat tvekar om hon vill delta i gruppbehandling, ev. individuella samtal i stället."),
  N, "diagnosis established; hesitation about the form of therapy")
C("palliativ-ssk-ev-pump", "skane", "Palliativa enheten, Centralsjukhuset Kristianstad", "sjuksköterska",
  [("Omvårdnad", "Pankreascancer med levermetastaser. Pat sover mer och äter knappt. Ev. behov av subkutan pump, diskuteras med läkare.")],
  N, "'ev.' about a pump; cancer is known", setting="slutenvård")
C("med-pneumoni-trol-utskrivning", "vgr", "Medicinavdelning 12, Skaraborgs sjukhus Skövde", "läkare",
  B("Pneumoni i vänster underlob enligt röntgen, CRP sjunkande. Trol. utskrivning i morgon om fortsatt afebril."),
  N, "'Trol.' about discharge, pneumonia confirmed", setting="slutenvård")
C("geriatrik-hoftfraktur-ev-rollator", "skane", "Geriatriska kliniken, Skånes universitetssjukhus Malmö", "fysioterapeut",
  B("Höftfraktur opererad för två veckor sedan. Gången ostadig, ev. behov av rollator i hemmet och arbetsterapeut kontaktad."),
  N, "'ev.' about a walking aid", setting="slutenvård")
C("neonatal-ikterus-ingen-hemolys", "vgr", "Neonatalavdelningen, Södra Älvsborgs sjukhus Borås", "läkare",
  B("Neonatal ikterus, bilirubin under behandlingsgränsen. Ingen misstanke om hemolys. Ny provtagning eventuellt i morgon."),
  N, "negated hemolysis; 'eventuellt' about sampling", child=True, setting="slutenvård")
C("hud-psoriasis-ingen-artrit", "vgr", "Hudmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Psoriasis på armbågar och i hårbotten. Inga ledbesvär, ingen misstanke om psoriasisartrit."),
  N, "negated arthritis")
C("ogon-katarakt-eventuellt-bilkorning", "vgr", "Ögonkliniken, Uddevalla sjukhus", "läkare",
  B("Katarakt bilateralt, operation av höger öga planerad. Pat undrar om hon eventuellt kan köra bil efteråt, besked ges vid efterkontrollen."),
  N, "'eventuellt' about driving")
C("barn-astma-trol-battre-kontroll", "skane", "Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "sjuksköterska",
  B("Astma sedan treårsåldern. Mamma osäker på inhalationstekniken med spacer, genomgått igen. Trol. bättre kontroll framöver."),
  N, "known asthma; hedges about technique and prognosis", child=True)
C("infektion-stickskada-ingen-blodsmitta", "vgr", "Infektionsmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Uppföljning efter stickskada. Hiv-test samt hepatit B och C negativa, ingen misstanke om blodsmitta."),
  N, "negative results, negated suspicion")
C("endo-ingen-misstanke-cushing", "skane", "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "läkare",
  B("Dexametasonhämningstest normalt. Ingen misstanke om Cushings syndrom, viktuppgången bedöms som livsstilsrelaterad."),
  N, "negated eponym syndrome")
C("gyn-endometrios-eventuellt-spiral", "skane", "Kvinnokliniken, Skånes universitetssjukhus Malmö", "läkare",
  B("Endometrios laparoskopiskt verifierad 2023. Pat funderar på om hon eventuellt vill prova hormonspiral."),
  N, "'eventuellt' about contraception choice")
C("neuro-parkinson-mojligen-off", "vgr", "Neurologmottagningen, Skaraborgs sjukhus Skövde", "läkare",
  B("Parkinsons sjukdom sedan 2018. Möjligen tätare off-perioder senaste månaden, dagbok utdelad."),
  N, "'möjligen' about symptom frequency in a known disease")
C("ortoped-diskbrack-avvaktar-troligen", "skane", "Ryggmottagningen, Skånes universitetssjukhus Lund", "läkare",
  B("Diskbråck L5–S1 verifierat på MR. Pat undrar om operation kan bli aktuell, vi avvaktar troligen sex veckor till med fysioterapi."),
  N, "'troligen' about waiting time")
C("med-jarnbrist-inga-tecken-celiaki", "vgr", "Medicinmottagningen, Alingsås lasarett", "läkare",
  B("Anemi utredd: järnbrist på grund av menorragi, gastroskopi utan anmärkning. Inga tecken på celiaki."),
  N, "'inga tecken på' celiac disease")
C("psyk-ingen-psykos-ev-somn", "vgr", "Psykiatriska mottagningen, Uddevalla sjukhus", "läkare",
  B("Ingen misstanke om psykos, inga hallucinationer eller vanföreställningar. Pat sover dåligt, ev. kortvarigt sömnmedel."),
  N, "negated psychosis; 'ev.' about a hypnotic")
C("familj-mor-misstankt-brca", "skane", "Bröstmottagningen, Skånes universitetssjukhus Malmö", "läkare",
  B("Mamman utreds för misstänkt ärftlig bröstcancer (BRCA). Pat själv utan symtom, mammografi utan anmärkning."),
  N, "hedge concerns the mother, patient examined normal")
C("familj-morfar-troligen-huntington", "vgr", "Klinisk genetik, Sahlgrenska universitetssjukhuset", "läkare",
  [("Hereditet", "Morfar hade troligen Huntingtons sjukdom men fick aldrig någon diagnos."),
   ("Planering", "Pat önskar genetisk vägledning, nytt samtal bokat.")],
  N, "hedge concerns the grandfather's disease, not the patient's")
C("familj-bror-mojlig-celiaki", "skane", "Barnmedicinska mottagningen, Ystads lasarett", "läkare",
  [("Hereditet", "Bror med möjlig celiaki under utredning, far med diabetes typ 2."),
   ("Status", "Växer längs sin kurva, buken mjuk och oöm.")],
  N, "family-history hedge about a sibling", child=True)

# ---------------------------------------------------------------- more positives
C("reuma-hortons-misstanks", "vgr", "Reumatologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Huvudvärk, tinningsömhet och käkclaudicatio hos 74-åring, SR 80. Temporalisarterit (Hortons) misstänks, prednisolon insatt och biopsi bokad."),
  M, "eponym in brackets with 'misstänks'")
C("neuro-dd-trigeminus", "skane", "Neurologiska kliniken, Skånes universitetssjukhus Lund", "läkare",
  B("Blixtlik ansiktssmärta vid tuggning och tandborstning. Trigeminusneuralgi i första hand, DD atypisk ansiktssmärta."),
  M, "'i första hand' and 'DD' listing a differential")
C("gastro-koloncancer-kan-inte-uteslutas", "vgr", "Mag-tarmmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Järnbristanemi utan förklaring hos 68-årig man. Koloncancer kan inte uteslutas och koloskopi prioriteras."),
  M, "'kan inte uteslutas' on colon cancer")
C("njur-trol-membranos-nefropati", "skane", "Njurmedicinska kliniken, Skånes universitetssjukhus Malmö", "läkare",
  B("Proteinuri 3 g/dygn och ödem. Nefrotiskt syndrom, trol. membranös nefropati, njurbiopsi planeras."),
  M, "syndrome affirmed but underlying cause hedged with 'trol.'")
C("hud-skabb-fragetecken", "vgr", "Hudmottagningen, Södra Älvsborgs sjukhus Borås", "läkare",
  B("Kliande utslag i fingerzoner med gångar. Skabb? Behandlas empiriskt med permetrin, hela familjen."),
  M, "'Skabb?' lay diagnosis with question mark")
C("psyk-mojligen-schizofreniform", "skane", "Psykiatrisk akutmottagning, Helsingborgs lasarett", "läkare",
  B("Hör röster sedan tre veckor, misstänksam mot grannar. Debuterande psykos, möjligen schizofreniform, frivillig inläggning."),
  M, "'möjligen' narrows a psychosis to a hedged subtype", template="Akutanteckning")
C("endo-misstanke-primar-aldosteronism", "vgr", "Endokrinmottagningen, NÄL Trollhättan", "läkare",
  B("Hypokalemi och svårbehandlad hypertoni. Misstanke om primär aldosteronism, aldosteron/renin-kvot tagen."),
  M, "'Misstanke om' primary aldosteronism")
C("fysio-trol-lateral-epikondylit", "skane", "Fysioterapin, Lasarettet i Trelleborg", "fysioterapeut",
  B("Smärta lateralt i armbågen vid grepp, ömhet över laterala epikondylen. Trol. lateral epikondylit, ortos och excentrisk träning."),
  M, "physiotherapist 'Trol.' + Latin-based diagnosis")
C("psykolog-misstankt-ocd", "vgr", "Psykiatriska mottagningen Östra, Göteborg", "psykolog",
  B("Återkommande tvångstankar och kontrollbeteenden mer än en timme per dag. Misstänkt tvångssyndrom (OCD), Y-BOCS vid nästa besök."),
  M, "psychologist writes suspected OCD")
C("barn-diabetes-debut-misstanks", "vgr", "Barnmottagningen, Skaraborgs sjukhus Skövde", "läkare",
  B("Viktnedgång, törst och täta miktioner. Debut av diabetes typ 1 misstänks, P-glukos 24, skickas till barnakuten."),
  M, "'misstänks' on diabetes debut in a child", child=True, template="Telefonanteckning")
C("infektion-tbc-ej-uteslutet", "vgr", "Infektionskliniken, Östra sjukhuset Göteborg", "läkare",
  B("Hosta i mer än tre veckor, nattsvettningar, nyligen från högendemiskt land. Lungtuberkulos ej uteslutet, luftburen isolering och sputum x3."),
  M, "'ej uteslutet' on tuberculosis", setting="slutenvård")
C("uro-uretarsten-trolig", "vgr", "Urologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Flanksmärta höger och mikroskopisk hematuri. Uretärsten höger sida trolig, DT urinvägar i dag."),
  M, "'trolig' placed after the diagnosis")
C("hemat-pernicios-anemi-misstankt", "skane", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "läkare",
  B("Trötthet, Hb 92, MCV 118. Perniciös anemi misstänkt, B12 och IF-antikroppar tagna."),
  M, "'misstänkt' after pernicious anaemia")
C("ssk-misstankt-delirium", "vgr", "Geriatriska avdelningen, Sahlgrenska universitetssjukhuset Mölndal", "sjuksköterska",
  [("Omvårdnad", "Pat plötsligt orolig, desorienterad och plockig i natt. Misstänkt delirium, läkare informerad och urinsticka tagen.")],
  M, "night nurse documents suspected delirium", setting="slutenvård")
C("infektion-sannol-viral-meningit-kort", "skane", "Infektionskliniken, Skånes universitetssjukhus Lund", "läkare",
  [("Bedömning", "Bed: sannol. viral meningit, LP-svar inväntas.")],
  M, "telegraphic one-liner with 'sannol.'", setting="slutenvård")
C("reuma-borreliaartrit-prefix-fragetecken", "vgr", "Reumatologmottagningen, Södra Älvsborgs sjukhus Borås", "läkare",
  B("?Borreliaartrit vä knä – serologi tagen."),
  M, "question mark placed before the diagnosis")
C("lung-susp-sarkoidos-utkast", "skane", "Lungmottagningen, Skånes universitetssjukhus Lund", "läkare",
  B("Susp. sarkoidos med bilateral hilusadenopati på lungröntgen, bronkoskopi med EBUS bokas."),
  M, "unsigned draft with 'Susp.' (pre-signing)", signed=False)
C("reuma-arbetshypotes-reaktiv-artrit", "vgr", "Reumatologmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  B("Arbetshypotes: reaktiv artrit efter salmonellainfektion i maj. Ledpunktion och odling."),
  M, "'Arbetshypotes' labels a hypothesis")
C("reuma-preliminar-pmr", "skane", "Reumatologiska kliniken, Skånes universitetssjukhus Lund", "läkare",
  B("Preliminär diagnos: polymyalgia reumatika. Prednisolon 15 mg, utvärdering om en vecka."),
  M, "'Preliminär diagnos' is an unsettled diagnosis")
C("akut-ingen-dvt-men-bakercysta-mojlig", "vgr", "Akutmottagningen, Alingsås lasarett", "läkare",
  B("Ingen DVT på ultraljud. Däremot är en rupturerad Bakercysta möjlig, remiss för ultraljud knäled."),
  M, "negated DVT but a second diagnosis hedged in the same note", template="Akutanteckning")
C("hud-kan-rora-sig-om-ak-eller-scc", "skane", "Hudmottagningen, Helsingborgs lasarett", "läkare",
  B("Hudförändringen på näsryggen kan röra sig om aktinisk keratos eller tidig skivepitelcancer, stansbiopsi tas."),
  M, "'kan röra sig om' with two alternatives")
C("dietist-misstankt-atstorning", "skane", "Dietistmottagningen, Skånes universitetssjukhus Malmö", "dietist",
  B("BMI 16,8, restriktivt ätande och överdriven träning. Misstänkt ätstörning, kontakt med läkare för vidare bedömning."),
  M, "dietitian writes suspected eating disorder")
C("ssk-akut-misstankt-sepsis", "vgr", "Akutmottagningen, Sahlgrenska universitetssjukhuset", "sjuksköterska",
  [("Triage", "Feber 39,4, andningsfrekvens 26, systoliskt 88. Misstänkt sepsis, RETTS röd, läkare direkt till rummet.")],
  M, "triage nurse hedges sepsis", template="Akutanteckning")
C("ogon-misstankt-ablatio-sv-ordning", "vgr", "Ögonakuten, Sahlgrenska universitetssjukhuset Mölndal", "läkare",
  B("Skuggbild nedifrån i höger öga sedan i går, många nya floaters. Ablatio retinae misstänks, funduskopi i mydriasis omgående."),
  M, "Latin diagnosis with 'misstänks'", template="Akutanteckning")
C("onh-peritonsillit-trolig-utkast", "skane", "Öron-näsa-halsakuten, Skånes universitetssjukhus Lund", "läkare",
  B("Ensidig halsont, trismus, tungan förskjuten. Trolig peritonsillit vänster, punktion görs."),
  M, "unsigned draft with 'Trolig'", signed=False, template="Akutanteckning")

# ---------------------------------------------------------------- long notes
LONG1 = [
  ("Inskrivningsorsak", "Feber och ökad andfåddhet sedan två dygn hos 84-årig kvinna från korttidsboende."),
  ("Anamnes", "Känd Parkinsons sjukdom sedan många år och hypertoni. Tidigare frisk från lungorna. Personalen på boendet har noterat att hon hostar i samband med måltider de senaste veckorna och att hon ibland sätter i halsen när hon dricker. Hon har ätit sämre och druckit mindre. Ingen bröstsmärta. Inga kända allergier. Bor på korttidsboende sedan höftoperation i våras, går med rollator med stöd av en person."),
  ("Status", "AT: Trött men vaken, orienterad till person. Hjärta: Regelbunden rytm, inga blåsljud, frekvens 98. Lungor: Rassel basalt höger, nedsatt andningsljud höger bas. Saturation 91 % på luft, 95 % med 2 liter syrgas. Buk: Mjuk, oöm. Temp 38,6. Blodtryck 118/70. Lätt torra slemhinnor."),
  ("Lab", "CRP 168, LPK 14,2, Hb 121, kreatinin 104, natrium 133, kalium 4,1."),
  ("Röntgen", "Lungröntgen: Ny förtätning i höger underlob."),
  ("Bedömning", "Pneumoni i höger underlob med lätt syrgasbehov. Mot bakgrund av hostan vid måltider och Parkinsons sjukdom bedöms det som trolig aspirationspneumoni. Lätt dehydrerad."),
  ("Åtgärd", "Inskrivning på medicinavdelning. Piperacillin/tazobaktam intravenöst, dropp Ringer-acetat 1 liter. Syrgas med mål saturation 92–96 %. Logoped kontaktas för sväljbedömning innan peroral kost ges fritt, tills dess konsistensanpassad kost enligt sjuksköterskans sväljscreening. Parkinsonmedicinering fortsätter enligt ordination, viktigt att doserna inte hoppas över."),
  ("Planering", "Ny bedömning i morgon med CRP. Kontakt med dottern, som är kontaktperson, i morgon förmiddag. Fysioterapeut för mobilisering."),
]
C("lang-inskrivning-trolig-aspirationspneumoni", "skane", "Medicinkliniken avdelning 5, Skånes universitetssjukhus Malmö", "läkare",
  LONG1, M, "long admission note (about 230 words); one buried 'trolig' hedge on the working diagnosis",
  template="Inskrivningsanteckning", setting="slutenvård")

LONG2 = [
  ("Sammanfattning", "62-årig man som vårdats på ortopedavdelningen efter fall från stege med distal radiusfraktur vänster och fraktur på höger fotled (bimalleolär), båda verifierade på röntgen och DT."),
  ("Vårdförlopp", "Operation av fotleden med plattor och skruvar dag två, handleden reponerades och gipsades. Postoperativt förlopp utan komplikationer. Smärtlindring med paracetamol och oxikodon i avtrappning. Mobiliserad med gåbord och avlastning av höger ben, klarar förflyttningar själv. Såren läker fint och inga tecken på infektion. Trombosprofylax med dalteparin i fyra veckor. Diabetes typ 2 sedan 2015, blodsockret har varit stabilt på ordinarie metformin."),
  ("Aktuellt", "Pat önskar åka hem till sin fru. Han är osäker på om trapporna till övervåningen kommer att fungera, därför provar arbetsterapeuten trappträning i morgon. Hemtjänst behövs troligen inte, frun är frisk och hemma dagtid. Eventuellt kan han sova på bäddsoffan i vardagsrummet de första veckorna."),
  ("Planering", "Utskrivning troligen på torsdag efter trappträning. Gipskontroll och röntgen handled om en vecka på ortopedmottagningen. Suturtagning på vårdcentralen om tolv dagar. Belastning höger fot enligt smärta efter sex veckor, ny röntgen då. Möjligen blir det aktuellt med fysioterapi i hemmet, remiss skickas om pat själv önskar det. Sjukskriven på heltid sex veckor, ny bedömning därefter. Pat har fått muntlig och skriftlig information om trombosprofylax och när han ska höra av sig."),
]
C("lang-epikris-manga-hedges-ej-diagnos", "vgr", "Ortopedavdelning 34, Sahlgrenska universitetssjukhuset Mölndal", "läkare",
  LONG2, N, "long discharge note full of 'troligen/eventuellt/möjligen/osäker' about logistics; all diagnoses verified",
  template="Utskrivningsanteckning", setting="slutenvård")

LONG3 = [
  ("Kontaktorsak", "Återbesök efter behandling för bröstcancer vänster sida, opererad med sektorresektion och axillutrymning 2022, därefter strålbehandling och endokrin behandling med tamoxifen."),
  ("Anamnes", "Mår överlag bra. Har värmevallningar flera gånger per dag som hon upplever som besvärliga, framför allt nattetid. Arbetar heltid som förskollärare. Lite ledvärk i fingrar på morgonen sedan årsskiftet. Ingen hosta, ingen viktnedgång, ingen skelettsmärta. Mammografi i februari utan tecken på återfall. Mamman hade också bröstcancer i 50-årsåldern, genetisk utredning gjordes 2022 och visade ingen BRCA-mutation hos patienten."),
  ("Status", "Opererade bröstet utan resistenser, ärret fint. Axiller och fossae supraclaviculares utan palpabla körtlar. Lätt lymfödem vänster överarm, oförändrat jämfört med förra besöket. Lungor och hjärta utan anmärkning. Leder utan synovit."),
  ("Bedömning", "Inga tecken på återfall av bröstcancer. Värmevallningar som biverkan av tamoxifen. Ledvärken bedöms inte som inflammatorisk. Lymfödemet stabilt."),
  ("Planering", "Vi diskuterade om hon eventuellt vill prova byte till en annan dos eller tidpunkt för tablettintaget. Pat vill fundera och återkommer via 1177. Möjligen kan akupunktur hjälpa mot vallningarna, information given. Kontakt med lymfterapeut för ny kompressionsärm. Nästa mammografi om ett år, läkarbesök om sex månader. Pat är osäker på om hon orkar delta i rehabgruppen under hösten men får en inbjudan."),
]
C("lang-onkologi-aterbesok-osakerhet-ej-diagnos", "skane", "Bröstcancermottagningen, Skånes universitetssjukhus Lund", "läkare",
  LONG3, N, "long follow-up note: negated recurrence, family history, hedges only about treatment choices")

LONG4 = [
  ("Anamnes", "19-årig kvinna remitterad från vårdcentralen för återkommande magsmärtor och diarréer i ett halvår. Smärtan sitter i nedre delen av buken och lättar ofta efter tarmtömning. Har gått ned fyra kilo. Ibland blod på pappret, hon är osäker på om det är från en spricka vid ändtarmsöppningen. Ingen feber. Inga ledbesvär eller hudutslag. Ingen resa utomlands senaste året. Ingen i familjen har känd tarmsjukdom, farmor hade celiaki."),
  ("Status", "Allmäntillstånd gott, BMI 19. Buken mjuk, lätt palpationsöm i höger fossa iliaca, ingen resistens. Perianalt en liten fissur klockan sex, i övrigt utan anmärkning."),
  ("Lab", "Hb 118, CRP 22, kalprotektin 480, transglutaminasantikroppar negativa, albumin 34."),
  ("Bedömning", "Förhöjt kalprotektin och CRP, viktnedgång och smärtor i höger fossa. Celiaki osannolikt med negativ serologi. Bilden inger misstanke om Crohns sjukdom, men det kan även vara en infektiös kolit som ännu inte läkt ut."),
  ("Planering", "Faecesodling och parasiter. Ileokoloskopi med biopsier inom fyra veckor, pat får tarmrensning och skriftlig information. Återbesök efter koloskopin. Kontakt med dietist för att undvika vidare viktnedgång. Pat och mamma informerades om att vi behöver fler undersökningar innan vi vet orsaken."),
]
C("lang-gastro-inger-misstanke-crohn", "vgr", "Mag-tarmmottagningen, Sahlgrenska universitetssjukhuset", "läkare",
  LONG4, M, "long note: celiac disease judged unlikely, but 'inger misstanke om' Crohn's and a hedged alternative in Bedömning")


# ---------------------------------------------------------------- build
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return (10 - s % 10) % 10


def patient(i, child):
    if child:
        y = 2013 + (i * 3) % 10
    else:
        y = 1934 + (i * 7) % 71
    mo = (i * 5) % 12 + 1
    d = (i * 11) % 28 + 1
    serial = f"{(i * 37 + 101) % 1000:03d}"
    body = f"{y % 100:02d}{mo:02d}{d:02d}{serial}"
    pnr = f"{y}{mo:02d}{d:02d}-{serial}{luhn(body)}"
    return {"id": pnr, "birth_date": f"{y}-{mo:02d}-{d:02d}", "protected_identity": False}


def build():
    out = []
    for i, c in enumerate(CASES):
        names = AUTHORS[c["role"]]
        author = names[i % len(names)]
        mo = i % 12 + 1
        day = (i * 7) % 27 + 1
        hh = 8 + i % 9
        t = f"2024-{mo:02d}-{day:02d}T{hh:02d}:{(i * 13) % 60:02d}:00"
        signed = f"2024-{mo:02d}-{day:02d}T{hh + 1:02d}:{(i * 13) % 60:02d}:00" if c["signed"] else None
        note = {
            "id": "n1", "system": "Melior",
            "template": c["template"] or TEMPLATE[c["role"]],
            "unit": {"name": c["unit"], "hsa_id": HSA[c["region"]] + f"{(i * 7919) % 9000 + 1000}"},
            "author": {"name": author, "role": c["role"]},
            "time": t, "signed": signed, "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        rec = {"patient": patient(i, c["child"]), "as_of": "2024-12-31T00:00:00",
               "notes": [note], "access_events": [], "conversations": [], "treatments": []}
        assertion = [["NL102", "n1"]]
        out.append({"case": c["name"], "ruleset": c["region"], "record": rec,
                    "must": assertion if c["verdict"] == M else [],
                    "must_not": assertion if c["verdict"] == N else [],
                    "why": c["why"]})
    return out


def validate(cases):
    errs = []
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    seen, sents = set(), {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != keys:
            errs.append(f"{n}: keys {list(c.keys())}")
        if n in seen:
            errs.append(f"{n}: duplicate case name")
        seen.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset")
        r = c["record"]
        if set(r) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{n}: record keys")
        p = r["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p["id"])
        if not m or p["birth_date"] != f"{m[1]}-{m[2]}-{m[3]}":
            errs.append(f"{n}: pnr/birth_date mismatch")
        else:
            digits = p["id"][2:8] + p["id"][9:]
            if luhn(digits[:9]) != int(digits[9]):
                errs.append(f"{n}: Luhn")
        ids = {x["id"] for x in r["notes"]}
        dates = [r["as_of"]]
        for note in r["notes"]:
            dates += [note["time"]] + ([note["signed"]] if note["signed"] else [])
            if note["system"] != "Melior":
                errs.append(f"{n}: not Melior")
            for s in note["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sents and sents[sent] != n:
                            errs.append(f"{n}: sentence repeated from {sents[sent]}: {sent}")
                        sents.setdefault(sent, n)
        for d in dates:
            if not d.startswith("2024-"):
                errs.append(f"{n}: date {d}")
        for code, tid in c["must"] + c["must_not"]:
            if tid not in ids:
                errs.append(f"{n}: target {tid}")
            if code != "NL102":
                errs.append(f"{n}: only NL102 asserted")
        if not c["why"] or "\n" in c["why"]:
            errs.append(f"{n}: why")
        if not (c["must"] or c["must_not"]):
            errs.append(f"{n}: no assertion")
    return errs


def main():
    cases = build()
    errs = validate(cases)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    mu = sum(len(c["must"]) for c in cases)
    mn = sum(len(c["must_not"]) for c in cases)
    print(f"{len(cases)} cases, NL102 must {mu}, must_not {mn} -> {path}")


if __name__ == "__main__":
    main()
