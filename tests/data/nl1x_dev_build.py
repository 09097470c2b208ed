#!/usr/bin/env python3
"""nl1x: independent gold cases for NL101 (uncommunicated-diagnosis-visible).

70 must_not: a told or long-known diagnosis plus a statement that something ELSE was not
told/discussed/given (plan, medication, side effects, referral, date, driving/work,
sick leave, certificate, normal result, pending test, relatives, colleagues, own choices).
20 must: the same shapes, about a diagnosis the patient has not been told.
All notes are Melior (NL101 is not asserted on PMO). Dependency-free, deterministic.
Run: python3 build.py  -> writes nl1x_dev_cases.jsonl beside this file, exits 1 on problems.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1x_dev_cases.jsonl")

UNITS = {
    # Region Skåne (Melior hospitals)
    "S_ONK": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4410"),
    "S_KARD": ("Kardiologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3127"),
    "S_NEURO": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "S_URO": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5208"),
    "S_HEM": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6631"),
    "S_MED": ("Medicinkliniken, Ystads lasarett", "SE2321000255-2094"),
    "S_PSYK": ("Vuxenpsykiatrimottagning Lund", "SE2321000255-8842"),
    "S_HUD": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4176"),
    "S_AKUT": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-1903"),
    "S_OGON": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5590"),
    "S_ORT": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-2815"),
    "S_ONKK": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-3368"),
    "S_GYN": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-6047"),
    "S_ENDO": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7283"),
    "S_LUNG": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-4932"),
    "S_NJUR": ("Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5761"),
    "S_BARN": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8105"),
    "S_GER": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6389"),
    "S_INF": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3650"),
    "S_REUMA": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2471"),
    "S_ONH": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7014"),
    "S_LMED": ("Medicinkliniken, Landskrona lasarett", "SE2321000255-1588"),
    # Västra Götalandsregionen (Melior hospitals)
    "V_ONK": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00417"),
    "V_KARD": ("Kardiologmottagningen, NU-sjukvården Trollhättan", "SE2321000131-E00822"),
    "V_NEURO": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00593"),
    "V_URO": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00641"),
    "V_MED": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E00276"),
    "V_PSYK": ("Psykiatrimottagning, NU-sjukvården Uddevalla", "SE2321000131-E00958"),
    "V_HUD": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00334"),
    "V_AKUT": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E00105"),
    "V_OGON": ("Ögonmottagningen, Mölndals sjukhus", "SE2321000131-E00712"),
    "V_ORT": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-E00469"),
    "V_KIR": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E00188"),
    "V_GYN": ("Kvinnokliniken, Östra sjukhuset", "SE2321000131-E00527"),
    "V_ENDO": ("Endokrinmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E00863"),
    "V_LUNG": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00390"),
    "V_NJUR": ("Njurmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00754"),
    "V_BARN": ("Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E00611"),
    "V_GER": ("Geriatriken, Mölndals sjukhus", "SE2321000131-E00247"),
    "V_INF": ("Infektionskliniken, Östra sjukhuset", "SE2321000131-E00986"),
    "V_REUMA": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E00158"),
    "V_ONH": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00673"),
    "V_GAST": ("Mag- och tarmmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E00305"),
    "V_HEM": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00849"),
}

CASES = []


def c(name, ruleset, unit, birth, serial, time, sign_after, setting, template, author,
      sections, kind, why):
    CASES.append(dict(name=name, ruleset=ruleset, unit=unit, birth=birth, serial=serial,
                      time=time, sign_after=sign_after, setting=setting, template=template,
                      author=author, sections=sections, kind=kind, why=why))


L = "läkare"
SSK = "sjuksköterska"

# ---------------------------------------------------------------------------
# must_not: treatment plan not yet given / discussed
# ---------------------------------------------------------------------------
c("mn-onk-pankreas-behandlingsplan-efter-mdk", "skane", "S_ONK", "1951-04-17", 384,
  "2024-02-08 13:40", 50, "öppenvård", "Läkaranteckning", ("Helena Björk", L),
  [("Aktuellt", "Återbesök för PAD-besked efter EUS-ledd finnålspunktion, maken med."),
   ("Bedömning", "Pat informerad vid dagens besök om att cytologin visar adenocarcinom i pankreashuvudet. "
                 "Hon tog beskedet sansat och ställde relevanta frågor. Ingen information om den fortsatta "
                 "behandlingsplanen har givits, eftersom fallet först ska diskuteras på MDK på torsdag."),
   ("Planering", "Ny tid efter MDK för genomgång av förslaget. Kontaktsjuksköterska Eva ringer pat i morgon.")],
  "must_not", "diagnosis told today; only the treatment plan is not yet given (noun-phrase shape)")

c("mn-kard-hfref-upptitrering-ej-genomgangen", "vgr", "V_KARD", "1948-11-02", 217,
  "2024-03-19 10:15", 35, "öppenvård", "Mottagningsanteckning", ("Jonas Lindqvist", L),
  [("Diagnos", "Hjärtsvikt med nedsatt ejektionsfraktion (HFrEF), känd sedan 2021, ischemisk genes."),
   ("Status", "AT gott. Cor: RR, inga blåsljud. Pulm: basala rassel bilat. Lätta underbensödem. BT 118/72, puls 64."),
   ("Bedömning", "Stabil i NYHA II, väger 2 kg mer än vid förra besöket. Vi har inte hunnit gå igenom planen "
                 "för upptitrering av sakubitril/valsartan, det görs per telefon av hjärtsviktssjuksköterskan nästa vecka.")],
  "must_not", "long-known HFrEF; the uptitration plan was not gone through ('har inte hunnit gå igenom')")

c("mn-uro-prostatacancer-behandlingsval-ej-diskuterade", "skane", "S_URO", "1957-06-23", 435,
  "2024-04-04 09:20", 70, "öppenvård", "Läkaranteckning", ("Mikael Sjöberg", L),
  [("Anamnes", "Prostatacancer Gleason 3+4=7, cT2a, PSA 8,4. Pat informerades om diagnosen i januari av "
               "undertecknad tillsammans med uroterapeut."),
   ("Bedömning", "Behandlingsalternativen (aktiv monitorering, RALP, extern strålbehandling) har ännu inte "
                 "diskuterats med pat i detalj; vi inväntar PSMA-PET först."),
   ("Planering", "PSMA-PET beställd. Återbesök med hustru efter svar.")],
  "must_not", "diagnosis told in January; treatment options not yet discussed")

c("mn-gyn-endometrios-vanta-med-hormonspiral", "vgr", "V_GYN", "1993-01-29", 262,
  "2024-05-14 15:05", 40, "öppenvård", "Mottagningsanteckning", ("Sara Nyström", L),
  [("Aktuellt", "Endometrios, verifierad vid laparoskopi 2022, välkänd för pat. Ökad dysmenorré senaste halvåret."),
   ("Status", "Gyn us: ömhet i bakre fornix, inga palpabla resistenser. VUL: normalstora ovarier, inga endometriom."),
   ("Planering", "Vi har valt att vänta med att ta upp hormonspiral som behandlingsalternativ tills pat själv "
                 "funderat kring sin graviditetsönskan. Fortsätter med Visanne t v.")],
  "must_not", "known endometriosis; 'vi har valt att vänta med' concerns a treatment option")

c("mn-ort-koxartros-opplanering-inte-genomgangen", "vgr", "V_ORT", "1955-08-09", 342,
  "2024-02-27 11:30", None, "öppenvård", "Läkaranteckning", ("Per Holmgren", L),
  [("Anamnes", "Känd koxartros hö sedan flera år, tidigare sjukgymnastik och artrosskola. Nu vilovärk nattetid."),
   ("Röntgen", "Rtg höft 2024-02-12: uttalad ledspaltsminskning hö med subkondral skleros, progress jmf 2021."),
   ("Bedömning", "Op-indikation föreligger. Själva operationsplaneringen är inte genomgången med pat än; "
                 "hon träffar operatören i maj som tar det då.")],
  "must_not", "long-known hip OA (draft note); the operation planning is not gone through")

c("mn-hem-myelom-genomgang-stamcellsskord-aterstar", "skane", "S_HEM", "1962-12-05", 574,
  "2024-06-11 14:20", 30, "öppenvård", "Läkaranteckning", ("Anders Wallin", L),
  [("Diagnos", "Multipelt myelom IgG-kappa, ISS II, diagnostiserat mars 2024. Pat välinformerad om sjukdomen."),
   ("Aktuellt", "Genomgått fyra cykler VRd med god respons, M-komponent sjunkit från 38 till 4 g/L."),
   ("Planering", "Inför högdos melfalan med autolog stamcellstransplantation. Genomgång av stamcellsskördens "
                 "praktiska upplägg återstår, kontaktsjuksköterskan ringer pat i veckan.")],
  "must_not", "known myeloma; 'Genomgång av … återstår' concerns the harvest logistics")

c("mn-neuro-parkinson-inte-pratat-om-dbs-utredning", "skane", "S_NEURO", "1959-03-21", 618,
  "2024-09-03 10:45", 55, "öppenvård", "Mottagningsanteckning", ("Karin Ek", L),
  [("Aktuellt", "Parkinsons sjukdom sedan 2017. Tilltagande on-off-fluktuationer och dyskinesier eftermiddagstid."),
   ("Läkemedel", "Madopar 125 mg x 5, Sifrol Depot 1,57 mg x 1, Azilect 1 mg x 1."),
   ("Bedömning", "Kandidat för avancerad behandling. Vi har nämnt DBS i allmänna ordalag men har inte pratat med "
                 "pat om den konkreta utredningsgången ännu, det tas vid nästa besök när maken kan vara med.")],
  "must_not", "long-known Parkinson; 'har inte pratat med pat om' concerns the DBS work-up")

# ---------------------------------------------------------------------------
# must_not: medication change not yet told
# ---------------------------------------------------------------------------
c("mn-med-forkmaksflimer-typo-dosjustering-ej-meddelad", "skane", "S_MED", "1940-07-30", 146,
  "2024-01-16 16:00", 25, "slutenvård", "Daganteckning", ("Oskar Lund", L),
  [("Tidigare sjukdomar", "Förmaksflimer sedan 2020 (pat väl medveten), hypertoni, typ 2-diabetes."),
   ("Lab", "Krea 182 (förra veckan 131), eGFR 28. Hb 121."),
   ("Bedömning", "Försämrad njurfunktion, trol prerenalt. Dosjustering av Eliquis till 2,5 mg x 2 ej meddelad "
                 "pat ännu, ssk ger besked i samband med kvällsmedicineringen.")],
  "must_not", "typo 'Förmaksflimer'; known AF, the dose change is what is not told")

c("mn-endo-dmt1-basaldos-inte-formedlad", "vgr", "V_ENDO", "1988-02-18", 494,
  "2024-07-02 08:50", 20, "öppenvård", "Telefonanteckning", ("Maria Engström", SSK),
  [("Kontaktorsak", "Diabetes mellitus typ 1 sedan barndomen. Nattliga hypoglykemier enl CGM-data senaste 2 v."),
   ("Bedömning", "Basaldosen Tresiba behöver sänkas från 22 till 18 E, ordinerat av dr Olsson. Ändringen har inte "
                 "förmedlats till pat då hon inte svarade i telefon."),
   ("Åtgärd", "Nytt försök att nå pat i morgon förmiddag, meddelande via 1177 skickat.")],
  "must_not", "diabetes since childhood; the dose change is not passed on ('förmedlats')")

c("mn-psyk-bipolar-litiumsankning-inte-genomgangen", "skane", "S_PSYK", "1979-05-06", 728,
  "2024-03-05 15:30", 60, "öppenvård", "Läkaranteckning", ("Fredrik Dahl", L),
  [("Aktuellt", "Bipolär sjukdom typ II, pat väl insatt i sin diagnos sedan många år. Stabil i stämningsläget."),
   ("Lab", "S-litium 1,2 mmol/L (12 h-värde), TSH 3,1, krea 94."),
   ("Bedömning", "Litiumnivån i överkant. Planerad dosminskning av litium till 6 tabl/d är inte genomgången med pat "
                 "eftersom hon uteblev från dagens besök. Skickar kallelse och ringer.")],
  "must_not", "long-known bipolar disorder; dose reduction not gone through (patient absent)")

c("mn-ger-alzheimer-utsattning-ej-forklarad", "vgr", "V_GER", "1938-09-12", 644,
  "2024-10-08 11:15", 35, "slutenvård", "Ronds-anteckning", ("Birgitta Sandberg", L),
  [("Diagnos", "Alzheimers sjukdom, diagnos ställd 2022 och känd av både pat och dottern."),
   ("Aktuellt", "Inlagd för pneumoni, nu afebril. Ökad förvirring kvällstid, i övrigt stabil."),
   ("Bedömning", "Utsättning av memantin diskuterad i teamet pga yrsel och falltendens. Har ännu ej förklarat "
                 "ändringen för pat eller dottern, görs vid anhörigsamtal på fredag.")],
  "must_not", "known Alzheimer's; the withdrawal of memantine is not yet explained")

c("mn-hud-psoriasis-bytesbesked-ej-lamnat", "skane", "S_HUD", "1984-12-27", 459,
  "2024-11-12 14:00", 45, "öppenvård", "Läkaranteckning", ("Johanna Persson", L),
  [("Anamnes", "Psoriasis vulgaris sedan tonåren, psoriasisartrit 2020. Metotrexat sedan 2021 med ofullständig effekt."),
   ("Status", "PASI 11,2. Plack på armbågar, knän, sakralt och i hårbotten."),
   ("Planering", "Byte från metotrexat till adalimumab beslutat på ronden i dag. Pat har inte fått besked om bytet "
                 "ännu, brev skickas och sjuksköterska bokar injektionsundervisning.")],
  "must_not", "long-known psoriasis; the switch has not been communicated")

# ---------------------------------------------------------------------------
# must_not: side effects not yet gone through
# ---------------------------------------------------------------------------
c("mn-onk-coloncancer-biverkningar-folfox-ej-genomgangna", "vgr", "V_ONK", "1960-06-30", 363,
  "2024-05-07 13:25", 40, "öppenvård", "Läkaranteckning", ("Elin Hedlund", L),
  [("Aktuellt", "Pat med koloncancer sigmoideum pT3N1b, opererad mars 2024. Informerad om diagnos och stadium i april."),
   ("Planering", "Adjuvant FOLFOX x 12 med start nästa vecka. Biverkningarna av oxaliplatin (neuropati, "
                 "köldkänslighet) har inte gåtts igenom ännu, det görs av onkologsjuksköterska vid första behandlingen.")],
  "must_not", "diagnosis told in April; side effects of chemo not yet gone through")

c("mn-reuma-sjogren-retinopatirisk-inte-hunnit", "skane", "S_REUMA", "1966-01-19", 502,
  "2024-08-20 10:00", 25, "öppenvård", "Läkaranteckning", ("Ulrika Strand", L),
  [("Anamnes", "Primärt Sjögrens syndrom sedan 2015, anti-SSA pos. Torra ögon och mun, nu även artralgier."),
   ("Åtgärd", "Hydroxiklorokin 200 mg x 1 insatt."),
   ("Planering", "Har inte hunnit informera om risken för retinopati och behovet av regelbundna ögonkontroller, "
                 "tas vid återbesöket om 3 mån.")],
  "must_not", "long-known Sjögren; the retinopathy risk of the new drug is not yet told")

c("mn-psyk-schizofreni-klozapin-forklaring-aterstar", "vgr", "V_PSYK", "1990-04-11", 713,
  "2024-06-18 14:45", None, "öppenvård", "Läkaranteckning", ("Tobias Ek", L),
  [("Aktuellt", "Schizofreni, paranoid form, sedan 2010. Pat känner till sin diagnos och har god sjukdomsinsikt."),
   ("Bedömning", "Terapiresistent efter två adekvata antipsykotikaförsök. Klozapin övervägs. Förklaring av "
                 "biverkningsprofilen och de täta blodprovskontrollerna återstår innan beslut."),
   ("Planering", "Nytt samtal om 1 v tillsammans med kontaktperson.")],
  "must_not", "known schizophrenia (draft); explaining side effects and blood monitoring remains")

c("mn-neuro-epilepsi-lamotrigin-utslag-ej-info-typo", "skane", "S_NEURO", "1997-09-25", 181,
  "2024-04-16 11:20", 30, "öppenvård", "Telefonanteckning", ("Karin Ek", L),
  [("Aktuellt", "Fokal epilepsi sedan 2015, välkänd för pat. Ett fokalt anfall med medvetandepåverkan i mars."),
   ("Ordination", "Lamotrigin höjs från 150 mg x 2 till 200 mg x 2."),
   ("Bedömning", "Pat hann inte få infomration om hudutslag som möjlig biverkan innan samtalet bröts. "
                 "Ringer upp i eftermiddag.")],
  "must_not", "typo 'infomration'; known epilepsy, side-effect information missing, not the diagnosis")

# ---------------------------------------------------------------------------
# must_not: referral not yet told
# ---------------------------------------------------------------------------
c("mn-akut-njursten-remiss-ej-meddelad", "skane", "S_AKUT", "1977-02-14", 295,
  "2024-03-28 02:35", 25, "akut", "Akutanteckning", ("Ali Haddad", L),
  [("Aktuellt", "Vänstersidig flanksmärta sedan i går kväll med strålning mot ljumsken, kräkts x 2."),
   ("Röntgen", "DT urinvägar: 5 mm konkrement i distala vä uretär med lätt hydronefros."),
   ("Bedömning", "Uretärsten vä. Pat informerad om fyndet och om att de flesta stenar av den storleken avgår spontant. "
                 "Remissen till urologmottagningen har dock inte meddelats pat, han somnade efter Toradol. "
                 "Ssk får ge besked vid hemgång.")],
  "must_not", "stone told at the ED; the referral itself is not told yet")

c("mn-onh-otoskleros-horcentral-remiss-ej-informerad", "vgr", "V_ONH", "1969-08-01", 546,
  "2024-10-15 09:05", 45, "öppenvård", "Läkaranteckning", ("Camilla Wik", L),
  [("Anamnes", "Otoskleros bilat, känd sedan 2019, opererad hö 2020 med gott resultat."),
   ("Status", "Trumhinnor ua bilat. Tonaudiogram: progress av ledningskomponent vä, 35 dB."),
   ("Planering", "Remiss till hörcentralen för utprovning av hörapparat vä skrivs. Pat är inte informerad om "
                 "remissen ännu, då vi först ville diskutera alternativet stapedotomi med kollega.")],
  "must_not", "long-known otosclerosis; the referral is not yet told")

c("mn-ogon-glaukom-remiss-kirurg-ingen-info", "skane", "S_OGON", "1950-05-22", 614,
  "2024-01-30 13:35", 35, "öppenvård", "Läkaranteckning", ("Sofia Lindberg", L),
  [("Diagnos", "Primärt öppenvinkelglaukom bilat, behandlas sedan 2012."),
   ("Status", "Tryck 26 hö / 19 vä på Xalatan och Azopt. OCT: tilltagande RNFL-förtunning hö."),
   ("Planering", "Remiss till glaukomkirurg för ställningstagande till trabekulektomi hö. Ingen information om "
                 "remissen har givits till pat, besked lämnas vid tryckkontroll om 4 v.")],
  "must_not", "long-treated glaucoma; 'Ingen information om remissen har givits'")

c("mn-kard-aortastenos-tavi-remiss-ej-besked", "vgr", "V_KARD", "1936-04-27", 179,
  "2024-08-27 10:40", 60, "öppenvård", "Mottagningsanteckning", ("Jonas Lindqvist", L),
  [("Anamnes", "Aortastenos, följd med eko sedan 2018. Pat och sonen välinformerade om klaffsjukdomen."),
   ("Utredning", "Eko 2024-08: Vmax 4,6 m/s, medelgradient 52 mmHg, AVA 0,7 cm², EF 55 %."),
   ("Bedömning", "Nu svår symtomgivande AS, ansträngningsdyspné. Remiss till TAVI-konferensen skickad; pat har inte "
                 "fått besked om den ännu, ringer efter att sonen återkommit från utlandsresan.")],
  "must_not", "known aortic stenosis; the TAVI referral is not yet communicated")

# ---------------------------------------------------------------------------
# must_not: date / waiting time
# ---------------------------------------------------------------------------
c("mn-kir-ljumskbrack-vantetid-ej-meddelad", "vgr", "V_KIR", "1965-07-19", 215,
  "2024-04-09 10:25", 30, "öppenvård", "Mottagningsanteckning", ("Gustav Olofsson", L),
  [("Status", "Reponibelt ljumskbråck hö, ca 4 cm, ömt vid hosta. Inget bråck vä."),
   ("Bedömning", "Indirekt ljumskbråck hö, pat informerad om diagnosen och om operationen (TEP)."),
   ("Planering", "Uppsatt på op-listan. Väntetiden har inte kunnat meddelas eftersom planeringen för hösten inte är "
                 "klar, op-koordinator kontaktar pat.")],
  "must_not", "hernia told; the waiting time could not be given")

c("mn-ort-rotatorkuff-opdatum-ej-besked", "skane", "S_ORT", "1968-03-08", 397,
  "2024-05-21 11:50", 45, "öppenvård", "Läkaranteckning", ("Erik Holm", L),
  [("Röntgen", "MR hö axel 2024-05-02: fullväggsruptur av supraspinatussenan, 1,5 cm retraktion, ingen fettinfiltration."),
   ("Bedömning", "Rotatorkuffruptur hö, gått igenom MR-svaret och bilderna med pat idag. Artroskopisk suturering planeras."),
   ("Planering", "Datum för artroskopin är inte klart och pat har inte fått besked om op-datum. Kallelse kommer per post.")],
  "must_not", "MRI finding gone through with patient; op date not given")

c("mn-onk-brostcancer-stralstart-ej-meddelad", "skane", "S_ONK", "1972-10-03", 760,
  "2024-07-09 15:20", 40, "öppenvård", "Läkaranteckning", ("Helena Björk", L),
  [("Aktuellt", "Bröstcancer vä, pT1cN0, ER+/HER2-, sektorresektion i juni. Pat välinformerad om diagnos och prognos."),
   ("Planering", "Postoperativ strålbehandling 40 Gy/15 fr mot vä bröst. Datum för strålstart är ännu inte "
                 "meddelat pat, dosplanering pågår. Letrozol start efter strålning.")],
  "must_not", "breast cancer well known; only the start date is not told")

c("mn-gyn-descensus-vantetid-inte-hunnit-ta-upp", "skane", "S_GYN", "1958-02-25", 406,
  "2024-06-04 10:10", None, "öppenvård", "Läkaranteckning", ("Anna Rydén", L),
  [("Anamnes", "Descensus uteri grad 2 och cystocele, känt sedan länge. Använt ring sedan 2019 som nu skaver."),
   ("Status", "POP-Q: Ba +1, C -2. Lätt erosion i bakre fornix efter ringen."),
   ("Bedömning", "Önskar operation. Väntetiden till operation (ca 6 månader) har vi inte hunnit ta upp, "
                 "kontaktsjuksköterskan informerar.")],
  "must_not", "long-known prolapse (draft); waiting time not raised")

c("mn-ogon-katarakt-vantetid-ingen-information", "vgr", "V_OGON", "1944-01-06", 532,
  "2024-11-19 09:30", 20, "öppenvård", "Läkaranteckning", ("Magnus Ahlström", L),
  [("Anamnes", "Katarakt bilat, information om diagnosen gavs förra året. Nu besvärande bländning vid bilkörning i mörker."),
   ("Status", "Visus hö 0,4 / vä 0,7. Kärnkatarakt grad 3 hö, grad 2 vä."),
   ("Bedömning", "Op-indikation hö. Pat har inte fått någon information om väntetiden till operation av höger öga, "
                 "planeringssjuksköterskan hör av sig.")],
  "must_not", "cataract told last year; waiting time not given")

# ---------------------------------------------------------------------------
# must_not: driving / work rules
# ---------------------------------------------------------------------------
c("mn-neuro-epilepsi-korkortsregler-ej-genomgangna", "skane", "S_NEURO", "1981-06-13", 537,
  "2024-03-04 16:15", 20, "öppenvård", "Läkaranteckning", ("Martin Nilsson", L),
  [("Aktuellt", "Känd generaliserad epilepsi sedan 2009, anfallsfri sedan 2016 på valproat. "
                "Genombrottsanfall 2024-03-02 efter sömnbrist."),
   ("Bedömning", "Körkortsreglerna efter nytt anfall är ej genomgångna, pat körde själv hit och gick innan vi hann "
                 "ta det. Måste tas per telefon i morgon!"),
   ("Åtgärd", "S-valproat tas. Återbesök om 1 mån.")],
  "must_not", "long-known epilepsy; driving rules not gone through")

c("mn-kard-dcm-kardiomypati-typo-icd-korforbud-ej-informerad", "vgr", "V_KARD", "1970-09-04", 158,
  "2024-04-26 12:05", 35, "slutenvård", "Daganteckning", ("Petra Lindgren", L),
  [("Aktuellt", "Dilaterad kardiomypati sedan 2017, nu inlagd pga ihållande VT, konverterad."),
   ("Åtgärd", "ICD (sekundärprofylax) implanterad i går utan komplikationer. Pacemakerkontroll ua."),
   ("Bedömning", "Pat har inte informerats om körförbudet efter ICD-implantation, detta tas innan utskrivning i morgon "
                 "tillsammans med skriftlig information.")],
  "must_not", "typo 'kardiomypati'; known DCM, the driving ban after ICD not yet told")

c("mn-endo-dm2-yrkesforare-transportstyrelsen-ej-diskuterat", "vgr", "V_ENDO", "1964-05-28", 779,
  "2024-09-10 10:35", 40, "öppenvård", "Läkaranteckning", ("Maria Engström", L),
  [("Anamnes", "Diabetes typ 2 sedan 2011, insulinbehandlad sedan 2021. Arbetar som bussförare i linjetrafik."),
   ("Lab", "HbA1c 58. Två allvarliga hypoglykemier senaste året enligt pat."),
   ("Bedömning", "Vi har inte diskuterat Transportstyrelsens krav vid upprepade allvarliga hypoglykemier för "
                 "yrkesförare; det måste göras vid nästa besök, tid bokas inom 2 v.")],
  "must_not", "long-known T2DM; the licence rules were not discussed")

c("mn-psyk-adhd-korkort-forklaring-ej-lamnad", "skane", "S_PSYK", "1995-08-17", 264,
  "2024-10-29 14:30", 50, "öppenvård", "Läkaranteckning", ("Fredrik Dahl", L),
  [("Aktuellt", "ADHD, kombinerad form, diagnostiserad i vuxen ålder 2019. Väl inställd på lisdexamfetamin 50 mg."),
   ("Socialt", "Har fått nytt arbete som lastbilschaufför, börjar i december."),
   ("Bedömning", "Förklaring av vilka regler som gäller för tungt körkort i kombination med centralstimulantia har ännu "
                 "ej lämnats. Behöver läkarintyg; tas på nästa besök.")],
  "must_not", "ADHD since 2019; explanation of licence rules not given")

# ---------------------------------------------------------------------------
# must_not: sick leave
# ---------------------------------------------------------------------------
c("mn-ort-radiusfraktur-sjukskrivning-ej-diskuterad", "vgr", "V_ORT", "1982-04-02", 339,
  "2024-01-22 17:20", 15, "akut", "Läkaranteckning", ("Per Holmgren", L),
  [("Röntgen", "Rtg vä handled: distal radiusfraktur med lätt dorsal felställning, intraartikulär utan steg."),
   ("Åtgärd", "Sluten reposition i hematomblockad, dorsal gipsskena. Kontrollrtg: godtagbart läge."),
   ("Bedömning", "Pat informerad om frakturen och om risken för sekundär felställning. Sjukskrivning ej diskuterad, "
                 "pat är egenföretagare (snickare) och vill återkomma om behov.")],
  "must_not", "fracture told; sick leave not discussed")

c("mn-psyk-utmattning-forlangd-sjukskrivning-ej-meddelad", "vgr", "V_PSYK", "1976-06-08", 882,
  "2024-02-06 11:10", 25, "öppenvård", "Läkaranteckning", ("Tobias Ek", L),
  [("Aktuellt", "Utmattningssyndrom (F43.8A), diagnosen gavs vid förra besöket och pat läst om den på 1177."),
   ("Bedömning", "Fortsatt uttalade kognitiva besvär och sömnstörning. Förlängd sjukskrivning 100 % ytterligare 6 v "
                 "bedöms nödvändig men har inte meddelats pat ännu, intyget skrivs och pat rings upp.")],
  "must_not", "diagnosis given last visit; the extended sick leave is not yet told")

c("mn-kir-kolecystektomi-sjukskrivningslangd-ej-besked", "skane", "S_ONKK", "1987-10-10", 548,
  "2024-06-25 18:40", None, "slutenvård", "Operationsanteckning", ("Jakob Mårtensson", L),
  [("Diagnos", "Symtomgivande gallstenssjukdom med två episoder av kolecystit; pat välinformerad sedan tidigare."),
   ("Åtgärd", "Laparoskopisk kolecystektomi utan komplikationer. Blödning minimal."),
   ("Planering", "Hem i morgon om opåverkad. Pat har inte fått besked om sjukskrivningslängden, ges av "
                 "avdelningsläkare vid utskrivning.")],
  "must_not", "known gallstone disease (draft op note); length of sick leave not told")

c("mn-med-pneumoni-sjukskrivning-inte-hunnit-prata", "vgr", "V_MED", "1991-03-15", 417,
  "2024-12-10 15:05", 30, "slutenvård", "Epikris", ("Emma Söderberg", L),
  [("Epikris", "33-årig man inlagd 3 dygn pga pneumoni i hö underlob, CRP max 214. God effekt av bensylpenicillin, "
               "överförd till peroralt amoxicillin. Pat informerad om diagnosen och om röntgenkontroll om 6 v."),
   ("Fortsatt vård", "Hann inte prata med pat om sjukskrivning innan hemgång. Ringer i morgon och utfärdar intyg vid behov.")],
  "must_not", "pneumonia told; sick leave not talked about")

# ---------------------------------------------------------------------------
# must_not: certificate
# ---------------------------------------------------------------------------
c("mn-neuro-migran-intyg-ej-besked", "vgr", "V_NEURO", "1989-07-07", 606,
  "2024-03-12 08:40", 45, "öppenvård", "Mottagningsanteckning", ("Ingrid Claesson", L),
  [("Anamnes", "Migrän utan aura sedan tonåren, 8–10 attackdagar/mån. Erenumab insatt 2023 med halvering av attacker."),
   ("Planering", "Pat önskar intyg till arbetsgivaren om anpassning av skärmarbete. Intyget är inte skrivet ännu och "
                 "pat har inte fått besked om när det skickas.")],
  "must_not", "long-known migraine; certificate status not told")

c("mn-psyk-ast-fk-intyg-kan-inte-lamna-besked", "skane", "S_PSYK", "2000-02-09", 323,
  "2024-07-16 13:15", 40, "öppenvård", "Läkaranteckning", ("Hanna Axelsson", L),
  [("Aktuellt", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning, utrett 2021. "
                "Pat känner sin diagnos väl och är engagerad i Autism- och Aspergerförbundet."),
   ("Bedömning", "Ansökan om aktivitetsersättning. Kan inte lämna besked till pat om vad läkarintyget till "
                 "Försäkringskassan kommer att innehålla förrän arbetsterapeutens aktivitetsbedömning är klar.")],
  "must_not", "ASD known since 2021; 'kan inte lämna besked' about the certificate")

c("mn-barn-dmt1-skolintyg-foraldrar-ej-fatt", "skane", "S_BARN", "2014-05-03", 482,
  "2024-08-13 10:30", 35, "öppenvård", "Läkaranteckning", ("Ola Henriksson", L),
  [("Aktuellt", "10-årig flicka med diabetes typ 1 sedan 2021, familjen välinformerad. Börjar ny skola efter sommaren."),
   ("Lab", "HbA1c 52. TIR 68 % senaste 14 dygn, få hypoglykemier."),
   ("Planering", "Intyg till skolan om behov av stöd vid insulintillförsel och måltider. Föräldrarna har inte fått "
                 "intyget och ingen information om när det blir klart, diabetessjuksköterskan meddelar dem.")],
  "must_not", "child <13 with long-known T1DM; the school certificate is what the parents lack")

# ---------------------------------------------------------------------------
# must_not: normal / negative result not yet fed back
# ---------------------------------------------------------------------------
c("mn-gast-crohn-normal-koloskopi-ej-aterkopplad", "vgr", "V_GAST", "1985-09-21", 277,
  "2024-04-30 14:25", 30, "öppenvård", "Läkaranteckning", ("David Ström", L),
  [("Diagnos", "Morbus Crohn, ileocekal lokalisation, sedan 2014. Ustekinumab sedan 2022."),
   ("Utredning", "Koloskopi 2024-04-18: ingen aktiv inflammation, slemhinneläkning i terminala ileum. PAD utan aktivitet."),
   ("Bedömning", "Det normala svaret har inte återkopplats till pat ännu. Skickar meddelande via 1177 och fortsätter "
                 "oförändrad behandling.")],
  "must_not", "Crohn since 2014; the normal colonoscopy is not yet fed back")

c("mn-kard-hypertoni-normalt-arbetsprov-ej-meddelat", "skane", "S_KARD", "1961-01-12", 557,
  "2024-02-15 16:30", None, "öppenvård", "Läkaranteckning", ("Viktor Andersson", L),
  [("Anamnes", "Känd hypertoni sedan 2008 på amlodipin och losartan. Remitterad pga bröstobehag vid ansträngning."),
   ("Utredning", "Arbetsprov: 210 W (115 % av förväntat), inga ischemiska ST-förändringar, adekvat BT-stegring."),
   ("Bedömning", "Ingen ischemi. Pat har inte meddelats det normala resultatet — brev skickas. Åter till VC.")],
  "must_not", "known hypertension (draft); the normal exercise test is not yet told")

c("mn-onk-melanom-negativ-dt-ej-formedlad", "skane", "S_ONK", "1967-04-29", 716,
  "2024-09-17 11:45", 40, "öppenvård", "Läkaranteckning", ("Sebastian Roos", L),
  [("Tidigare sjukdomar", "Malignt melanom rygg pT2a, radikalt exciderat 2022 med negativ portvaktskörtel."),
   ("Röntgen", "DT thorax-buk 2024-09-10: inga tecken på metastaser, oförändrat jmf 2023."),
   ("Planering", "Svaret har inte förmedlats till pat ännu, hon är på resa. Ringer nästa vecka. Fortsatt uppföljning enl vårdprogram.")],
  "must_not", "melanoma excised 2022; negative CT not yet passed on")

c("mn-inf-hiv-virusmangd-ej-aterkopplad", "vgr", "V_INF", "1974-10-26", 831,
  "2024-06-05 09:55", 20, "öppenvård", "Sjuksköterskeanteckning", ("Katarina Blom", SSK),
  [("Aktuellt", "HIV-infektion, välbehandlad sedan 2011 med Biktarvy. Följs halvårsvis."),
   ("Lab", "HIV-RNA <20 kopior/mL, CD4 680. Krea och leverprover ua."),
   ("Åtgärd", "Provsvaren ej återkopplade till pat, kontaktas via 1177 i dag. Nästa kontroll om 6 mån.")],
  "must_not", "HIV known since 2011; the normal labs are not yet fed back")

c("mn-barn-astma-normal-spirometri-ej-genomgangen", "skane", "S_BARN", "2016-11-08", 397,
  "2024-03-26 14:05", 25, "öppenvård", "Mottagningsanteckning", ("Lisa Bergström", L),
  [("Aktuellt", "7-årig pojke med astma sedan 3 års ålder, föräldrarna välinformerade. Få symtom på Flutide."),
   ("Utredning", "Spirometri med reversibilitetstest idag: normal FEV1, ingen signifikant reversibilitet."),
   ("Planering", "Resultatet har inte gåtts igenom med föräldrarna då mamma fick gå tidigare. Ringer henne i veckan.")],
  "must_not", "child with long-known asthma; normal spirometry not gone through with parents")

# ---------------------------------------------------------------------------
# must_not: test still to be taken
# ---------------------------------------------------------------------------
c("mn-endo-hpt-scint-ej-informerad", "vgr", "V_ENDO", "1958-08-31", 260,
  "2024-05-02 11:00", 35, "öppenvård", "Läkaranteckning", ("Linus Gran", L),
  [("Diagnos", "Primär hyperparatyreoidism, pat informerad och accepterade op-remiss förra året."),
   ("Lab", "S-Ca 2,78, PTH 11,4, 25-OH-D 62."),
   ("Utredning", "Inför paratyreoidektomi ska sestamibiscintigrafi göras. Pat har inte fått information om "
                 "undersökningen, kallelse skickas från nuklearmedicin.")],
  "must_not", "HPT told last year; the pending scan not yet told")

c("mn-lung-sarkoidos-dlco-bestalld-ej-informerad", "skane", "S_LUNG", "1983-02-04", 640,
  "2024-11-05 10:20", 30, "öppenvård", "Mottagningsanteckning", ("Johan Ekberg", L),
  [("Anamnes", "Sarkoidos stadium II, känd sedan 2020, behandlad med prednisolon 2020–2021."),
   ("Status", "Torrhosta tilltagande. Auskultation: fina basala rassel hö. SaO2 96 %."),
   ("Planering", "Ny spirometri med DLCO och DT thorax beställda. Pat ej informerad om att undersökningarna är "
                 "beställda, kallelse kommer.")],
  "must_not", "sarcoidosis since 2020; not informed that tests are ordered")

c("mn-njur-ckd4-venkartlaggning-ej-upptaget", "skane", "S_NJUR", "1955-05-11", 376,
  "2024-07-23 13:30", 45, "öppenvård", "Läkaranteckning", ("Cecilia Möller", L),
  [("Diagnos", "Kronisk njursjukdom stadium 4 pga diabetesnefropati; pat välinformerad och har gått "
               "uremiskolan."),
   ("Lab", "eGFR 17, K 5,1, Hb 104, fosfat 1,6."),
   ("Planering", "Inför ev. AV-fistel behövs venkartläggning. Har inte tagit upp detta med pat än, hon ville fokusera "
                 "på valet mellan PD och HD idag.")],
  "must_not", "CKD known; the venous mapping not yet raised")

c("mn-gyn-pcos-glukosbelastning-ej-info", "vgr", "V_GYN", "1996-12-14", 744,
  "2024-08-06 15:15", 20, "öppenvård", "Mottagningsanteckning", ("Sara Nyström", L),
  [("Anamnes", "PCOS sedan 2018, oligomenorré och lätt hirsutism. BMI 31."),
   ("Utredning", "Oral glukosbelastning ej tagen. Pat har inte fått information om provtagningen (fasta, 2 h), "
                 "skickas skriftligt med provtagningsremissen.")],
  "must_not", "PCOS since 2018; information about an OGTT not given")

# ---------------------------------------------------------------------------
# must_not: relatives / children
# ---------------------------------------------------------------------------
c("mn-onk-ventrikelcancer-barnen-ej-informerade", "vgr", "V_ONK", "1963-03-27", 257,
  "2024-01-11 14:10", 55, "öppenvård", "Läkaranteckning", ("Elin Hedlund", L),
  [("Bedömning", "Pat informerad om diagnosen ventrikelcancer och om att den inte bedöms botbar. Reagerade med "
                 "gråt men förstod informationen."),
   ("Socialt", "Gift, två vuxna barn. Barnen har inte informerats, pat vill själv berätta för dem i helgen."),
   ("Planering", "Palliativ cytostatika diskuteras vid nästa besök.")],
  "must_not", "diagnosis told to patient; the children not yet told at patient's wish")

c("mn-onk-brca1-slaktingar-ej-infromation-typo", "skane", "S_ONK", "1978-07-21", 306,
  "2024-04-18 10:50", 30, "öppenvård", "Läkaranteckning", ("Sebastian Roos", L),
  [("Hereditet", "BRCA1-mutation påvisad hos pat, informerad 2023. Syster och två döttrar har ännu inte fått "
                 "infromation om möjligheten till anlagsbärartest; pat vill vänta med att berätta."),
   ("Aktuellt", "Inför riskreducerande salpingooforektomi. Mammografi och MR bröst 2024-03 ua.")],
  "must_not", "typo 'infromation'; mutation known to patient, relatives not informed")

c("mn-barn-cf-syskon-ej-information", "vgr", "V_BARN", "2020-02-19", 488,
  "2024-09-12 13:40", 35, "öppenvård", "Läkaranteckning", ("Mona Jakobsson", L),
  [("Aktuellt", "4-åring med cystisk fibros, diagnos vid nyföddhetsscreening. Föräldrarna välinformerade och "
                "sköter inhalationer och andningsgymnastik."),
   ("Socialt", "Storasyster 9 år har inte fått någon åldersanpassad information om sjukdomen än, föräldrarna önskar "
               "hjälp av kurator med det.")],
  "must_not", "child <13, CF known to guardians; the sibling's information is what is missing")

c("mn-ger-vaskular-demens-sonen-ej-informerad", "skane", "S_GER", "1933-10-30", 131,
  "2024-10-01 10:05", 40, "slutenvård", "Ronds-anteckning", ("Gunnar Hedberg", L),
  [("Diagnos", "Vaskulär demens, meddelad pat och maka 2023."),
   ("Bedömning", "Klarar inte längre ordinärt boende. Korttidsplats beviljad. Sonen har inte informerats om "
                 "förändringen i boendeform, pat vill inte att han ska oroa sig innan allt är klart.")],
  "must_not", "dementia told 2023; the son not informed about housing")

c("mn-psyk-anorexi-foraldrar-ej-viktkurva", "vgr", "V_PSYK", "2007-03-03", 684,
  "2024-11-26 15:40", 30, "öppenvård", "Läkaranteckning", ("Amanda Björklund", L),
  [("Aktuellt", "17-årig kvinna med anorexia nervosa, informerad om diagnosen och behandlingsupplägget i oktober."),
   ("Status", "Vikt 46,2 kg (BMI 16,4), puls 52, BT 96/60, ortostatism ua."),
   ("Bedömning", "Föräldrarna har inte informerats om den senaste viktkurvan, pat motsätter sig detta; "
                 "sekretessbedömning gjord och pat bedöms mogen att ta ställning.")],
  "must_not", "17-year-old told her diagnosis; parents not told the weight curve")

c("mn-kard-hcm-familjescreening-inte-pratat", "skane", "S_KARD", "1975-12-01", 419,
  "2024-06-20 11:35", 45, "öppenvård", "Mottagningsanteckning", ("Viktor Andersson", L),
  [("Diagnos", "Hypertrof kardiomyopati, genetiskt verifierad (MYBPC3). Pat känner till diagnosen sedan 2021."),
   ("Bedömning", "Stabil, ingen LVOT-obstruktion i vila. Har inte pratat med pat om hur hans tre barn ska kallas "
                 "till familjescreening, tas upp med genetisk vägledare.")],
  "must_not", "HCM known since 2021; family screening logistics not talked about")

c("mn-neuro-huntington-bror-ej-kontaktad", "vgr", "V_NEURO", "1980-01-24", 514,
  "2024-07-30 14:00", 50, "öppenvård", "Läkaranteckning", ("Henrik Sjögren", L),
  [("Anamnes", "Huntingtons sjukdom, pat genetiskt testad och informerad 2022. Lätta choreatiska rörelser."),
   ("Hereditet", "Far avled i HD. Pat har valt att inte berätta för sin bror, och vi har inte tagit kontakt med "
                 "honom; pat vet att brodern kan vända sig till klinisk genetik.")],
  "must_not", "HD told 2022; the brother not told at patient's wish")

# ---------------------------------------------------------------------------
# must_not: colleague / other unit
# ---------------------------------------------------------------------------
c("mn-akut-lungemboli-vardcentral-ej-meddelad", "vgr", "V_AKUT", "1969-04-14", 453,
  "2024-05-16 22:10", 30, "akut", "Akutanteckning", ("Sanna Lundqvist", L),
  [("Utredning", "DT lungartärer: bilaterala segmentella lungembolier, ingen högerkammarbelastning."),
   ("Bedömning", "Lungemboli bilat, sPESI 0. Pat informerad på akuten och startar apixaban. Hem med uppföljning."),
   ("Åtgärd", "Har inte hunnit meddela pat:s vårdcentral, görs via remiss för uppföljning i morgon.")],
  "must_not", "PE told at the ED; the primary care centre not yet told")

c("mn-med-siadh-avdelning-ej-overrapporterad", "skane", "S_LMED", "1943-08-18", 227,
  "2024-03-14 13:20", None, "slutenvård", "Daganteckning", ("Oskar Lund", L),
  [("Aktuellt", "Hyponatremi pga SIADH (trol sekundärt till sertralin), känd av pat sedan förra vårdtillfället."),
   ("Lab", "Na 124 (126 i går), osmolalitet 262, U-Na 68."),
   ("Åtgärd", "Vätskerestriktion 1 L/d. Flytt till avd 5 i eftermiddag; avdelning 5 har inte fått överrapportering "
              "ännu, ssk ringer.")],
  "must_not", "SIADH known; the receiving ward not yet briefed (draft)")

c("mn-inf-borreliaartrit-ortopeden-ej-aterkoppling", "skane", "S_INF", "1990-06-04", 271,
  "2024-09-26 12:15", 30, "öppenvård", "Läkaranteckning", ("Nora Khalil", L),
  [("Bedömning", "Borreliaartrit hö knä, pat informerad om diagnosen i går efter positiv PCR i ledvätska och "
                 "höga IgG-antikroppar."),
   ("Planering", "Doxycyklin 100 mg x 2 i 28 d. Ortopeden har inte fått återkoppling om ledvätskesvaret, skickar "
                 "kopia på anteckningen.")],
  "must_not", "Lyme arthritis told; the orthopaedic unit not yet fed back")

c("mn-onk-prostatacancer-palliativa-teamet-ej-informerat", "vgr", "V_ONK", "1941-02-10", 415,
  "2024-12-17 10:30", 25, "öppenvård", "Telefonanteckning", ("Karl Wester", L),
  [("Kontaktorsak", "Hustrun ringer. Pat med prostatacancer och skelettmetastaser, välinformerad om sin sjukdom. "
                    "Ökad smärta i ländryggen senaste veckan."),
   ("Åtgärd", "Oxynorm vb höjt till 10 mg. Palliativa teamet har inte informerats om den ökade smärtan, "
              "kontaktas av mig idag.")],
  "must_not", "metastatic prostate cancer known; the palliative team not informed")

c("mn-uro-blascancer-anestesin-ej-besked", "skane", "S_URO", "1950-11-25", 178,
  "2024-02-01 15:10", 35, "öppenvård", "Läkaranteckning", ("Mikael Sjöberg", L),
  [("Anamnes", "Blåscancer T1 höggradig, pat informerad om diagnosen vid föregående besök. Inför re-TUR-B."),
   ("Läkemedel", "Warfarin pga mekanisk mitralisklaff."),
   ("Planering", "Anestesikliniken har inte fått besked om pat:s antikoagulantia och behov av bryggning, "
                 "skickar konsultremiss idag.")],
  "must_not", "bladder cancer told; anaesthesia unit not given notice")

c("mn-ort-osteoporos-osteoporosmottagning-ej-info", "vgr", "V_ORT", "1947-05-05", 242,
  "2024-08-15 16:25", 40, "akut", "Läkaranteckning", ("Ahmed Yousef", L),
  [("Anamnes", "Osteoporos, diagnosen gicks igenom med pat 2023, står på alendronat."),
   ("Röntgen", "Rtg ländrygg: ny kompressionsfraktur L1, ca 30 % höjdreduktion, bakre kant intakt."),
   ("Bedömning", "Osteoporotisk kotfraktur. Smärtlindring och korsett. Osteoporosmottagningen har inte fått "
                 "information om den nya frakturen, remiss skrivs.")],
  "must_not", "osteoporosis known; the osteoporosis clinic not informed")

# ---------------------------------------------------------------------------
# must_not: patient's own choices not yet told to us / not discussed
# ---------------------------------------------------------------------------
c("mn-onk-ovarialcancer-recidiv-pat-ej-meddelat-beslut", "skane", "S_ONK", "1956-09-09", 582,
  "2024-05-23 14:35", 30, "öppenvård", "Telefonanteckning", ("Helena Björk", L),
  [("Aktuellt", "Ovarialcancer sedan 2022, recidiv konstaterat och meddelat pat i mars."),
   ("Bedömning", "Pat har inte meddelat oss sitt beslut om ytterligare cytostatikabehandling; hon funderar och "
                 "pratar med sina barn. Respekteras."),
   ("Planering", "Ringer pat igen om 1 v.")],
  "must_not", "recurrence told in March; the patient's decision not communicated to us")

c("mn-kir-divertikulit-pat-ej-lamnat-besked", "vgr", "V_KIR", "1967-01-31", 548,
  "2024-10-17 11:40", 35, "öppenvård", "Mottagningsanteckning", ("Gustav Olofsson", L),
  [("Anamnes", "Recidiverande divertikulit i sigmoideum, fyra episoder senaste 2 år. Pat väl medveten om sin diagnos."),
   ("Bedömning", "Elektiv laparoskopisk sigmoideumresektion erbjuden. Pat har inte lämnat besked om hon vill genomgå "
                 "operation, återkommer per telefon efter att ha pratat med maken.")],
  "must_not", "known diverticulitis; the patient has not given her answer")

c("mn-psyk-alkoholberoende-pat-berattar-ej-for-arbetsgivare", "skane", "S_PSYK", "1972-04-20", 591,
  "2024-01-25 13:55", 45, "öppenvård", "Läkaranteckning", ("Hanna Axelsson", L),
  [("Aktuellt", "Alkoholberoende (F10.2) sedan 2015, nykter sedan sex månader på naltrexon och återfallsprevention."),
   ("Socialt", "Arbetar som lärare. Pat har valt att inte berätta för arbetsgivaren om sin behandling, vilket "
               "respekteras.")],
  "must_not", "long-known alcohol dependence; the patient's choice not to tell the employer")

c("mn-gyn-cin2-pat-ej-aterkopplat-val", "skane", "S_GYN", "1994-07-12", 604,
  "2024-06-27 09:15", 25, "öppenvård", "Telefonanteckning", ("Anna Rydén", L),
  [("Aktuellt", "Cervixdysplasi CIN 2, pat informerad av gynekolog 2024-05 om PAD och om alternativen."),
   ("Bedömning", "Pat har ännu inte återkopplat om hon vill ha konisering eller aktiv exspektans med kontroll om "
                 "6 mån; graviditetsönskan inom ett år. Svar inväntas.")],
  "must_not", "CIN2 told in May; the patient has not come back with her choice")

c("mn-ger-hjartsvikt-kol-hlr-ej-genomgangen", "vgr", "V_GER", "1931-11-21", 359,
  "2024-04-04 15:25", 40, "slutenvård", "Ronds-anteckning", ("Birgitta Sandberg", L),
  [("Tidigare sjukdomar", "Hjärtsvikt med bevarad EF och KOL, båda sedan många år och väl kända för pat."),
   ("Bedömning", "Stabil efter KOL-exacerbation. Pat har inte uttryckt någon önskan kring HLR och frågan om "
                 "behandlingsbegränsning är inte genomgången med honom eller dottern. Brytpunktssamtal planeras.")],
  "must_not", "long-known HF/COPD; CPR wishes not gone through")

# ---------------------------------------------------------------------------
# must_not: extra shapes (typos, 'men inte till', 'kan inte ta emot', förklara)
# ---------------------------------------------------------------------------
c("mn-med-diabets-typo-nutritionsinfo-men-inte-till-pat", "vgr", "V_MED", "1939-03-09", 151,
  "2024-07-11 14:40", 30, "slutenvård", "Daganteckning", ("Emma Söderberg", L),
  [("Tidigare sjukdomar", "Diabets typ 2 sedan 1995, hypertoni, TIA 2019."),
   ("Aktuellt", "Inlagd med urosepsis, nu förbättrad. Nedsatt aptit och viktnedgång."),
   ("Bedömning", "Dietisten har gett kostinformation till hemtjänsten men inte till pat själv; ordnas i morgon.")],
  "must_not", "typo 'Diabets'; 'men inte till pat' concerns dietary information, not the diagnosis")

c("mn-akut-commotio-kan-inte-ta-emot-egenvardsinfo", "skane", "S_AKUT", "2001-12-22", 439,
  "2024-08-31 03:20", 25, "akut", "Akutanteckning", ("Ali Haddad", L),
  [("Aktuellt", "Fallit från elsparkcykel, slog huvudet. Kort amnesi, ingen medvetslöshet enl kompis."),
   ("Status", "GCS 15. Fokalneurologiskt ua. Skrapsår vä tinning. Alkoholpåverkad, AUDIT ej gjord."),
   ("Bedömning", "Hjärnskakning (commotio cerebri), DT hjärna utan blödning. Diagnosen förklarad för pat. Han kan inte ta "
                 "emot den skriftliga egenvårdsinformationen i nuläget pga berusning; lämnas till kompisen som stannar hos honom.")],
  "must_not", "concussion explained; 'kan inte ta emot' concerns self-care information")

c("mn-inf-pyelonefrit-odlingssvar-ej-forklarat", "vgr", "V_INF", "1998-05-30", 620,
  "2024-03-07 10:35", 30, "slutenvård", "Epikris", ("Katarina Blom", L),
  [("Epikris", "Akut pyelonefrit hö, diagnosen förklarades för pat vid inskrivningen. Snabb förbättring på "
               "cefotaxim, överförd till ciprofloxacin."),
   ("Fortsatt vård", "Resistensbestämning från blododlingen kom efter utskrivning och är inte förklarad för pat; "
                     "stammen är känslig för ordinerat preparat, ingen ändring.")],
  "must_not", "pyelonephritis explained; the culture result is what is not explained")

c("mn-endo-graves-strumektomi-tid-ej-meddelad-typo", "skane", "S_ENDO", "1985-04-16", 786,
  "2024-09-05 15:20", 35, "öppenvård", "Läkaranteckning", ("Linnea Forsberg", L),
  [("Diagnos", "Graves sjukdom (Basedow) sedan 2022, recidiv efter avslutad tyreostatika. Pat informerad och vill opereras."),
   ("Planering", "Remiss endokrinkirurgi skickad. Op-tid är inte meddelad pat ännu och informationen om "
                 "kalciumkontrollen efteråt är ej genomgåen — tas vid preop-besöket.")],
  "must_not", "typo 'genomgåen'; Graves known, op date and calcium info not yet told")

c("mn-hem-itp-kontroller-ej-informerat-typo", "vgr", "V_HEM", "1987-06-19", 726,
  "2024-10-03 13:25", 25, "öppenvård", "Läkaranteckning", ("Jenny Almqvist", L),
  [("Anamnes", "Immunologisk trombocytopeni (ITP) sedan 2020, pat välinformerad. Tidigare svar på prednisolon."),
   ("Lab", "TPK 24, Hb 131, LPK 6,2."),
   ("Planering", "Eltrombopag insätts. Pat ej informerad om schemat för TPK-kontroller och leverprover, "
                 "sjuksköterskan ringer imorron.")],
  "must_not", "typo 'imorron'; ITP known, the monitoring schedule not told")

c("mn-kard-flimmer-ablation-ingen-info-om-resultat", "vgr", "V_KARD", "1963-12-29", 571,
  "2024-11-07 16:05", 30, "slutenvård", "Daganteckning", ("Petra Lindgren", L),
  [("Aktuellt", "Paroxysmalt förmaksflimmer sedan 2018, pat väl insatt. Genomgick PVI i dag."),
   ("Bedömning", "Ingreppet okomplicerat. Ingen information om det slutliga ablationsresultatet och fortsatt "
                 "antikoagulation har givits än, pat sov efter sederingen. Tas på ronden i morgon.")],
  "must_not", "long-known AF; information about the procedure result not given")

c("mn-njur-transplant-donator-ej-informerad-typo", "skane", "S_NJUR", "1970-02-02", 594,
  "2024-04-11 09:45", None, "öppenvård", "Läkaranteckning", ("Cecilia Möller", L),
  [("Diagnos", "Polycystisk njursjukdom (ADPKD), känd sedan 2005, nu eGFR 12. Står på väntelista för transplantation."),
   ("Socialt", "Makan vill utredas som levande donator. Transplantationskoordinatorn är inte infomerad om makans "
               "önskan ännu, mejl skickas.")],
  "must_not", "typo 'infomerad'; ADPKD known, the coordinator not informed (draft)")

# ---------------------------------------------------------------------------
# MUST: the same shapes about an untold diagnosis
# ---------------------------------------------------------------------------
c("m-onk-smacellig-ingen-information-om-diagnosen", "skane", "S_ONK", "1955-10-18", 369,
  "2024-02-29 16:20", 30, "öppenvård", "Läkaranteckning", ("Sebastian Roos", L),
  [("Utredning", "PAD från bronkoskopi (EBUS station 7): småcellig lungcancer."),
   ("Bedömning", "Ingen information om diagnosen har givits till pat ännu; besked planeras tillsammans med "
                 "kontaktsjuksköterska på måndag.")],
  "must", "settled SCLC in a visible note; 'Ingen information om diagnosen har givits'")

c("m-neuro-ms-har-inte-hunnit-informera", "vgr", "V_NEURO", "1994-03-09", 426,
  "2024-04-25 15:45", 30, "öppenvård", "Läkaranteckning", ("Henrik Sjögren", L),
  [("Utredning", "MR hjärna och halsrygg: periventrikulära och juxtakortikala lesioner, en laddande. "
                 "LP: oligoklonala band i likvor."),
   ("Bedömning", "Sammantaget uppfyllt McDonald-kriterierna för multipel skleros. Har inte hunnit informera pat om "
                 "diagnosen, hon åkte hem innan likvorsvaret kom.")],
  "must", "MS settled; 'har inte hunnit informera pat om diagnosen'")

c("m-hem-aml-kan-inte-ta-emot-besked", "skane", "S_HEM", "1958-07-02", 282,
  "2024-05-09 19:30", None, "slutenvård", "Daganteckning", ("Anders Wallin", L),
  [("Lab", "Benmärgsbiopsi med flödescytometri: akut myeloisk leukemi, 45 % blaster."),
   ("Bedömning", "Pat är sederad efter ingreppet och kan inte ta emot besked om leukemin i dag. Maken har fått "
                 "veta att svaret kommit; informationssamtal med pat i morgon kl 9.")],
  "must", "AML untold to patient ('kan inte ta emot besked'); unsigned draft")

c("m-onk-pankreas-men-inte-till-pat", "vgr", "V_ONK", "1945-12-13", 590,
  "2024-06-06 11:55", 25, "slutenvård", "Ronds-anteckning", ("Karl Wester", L),
  [("Röntgen", "DT buk: 4 cm tumör i pankreaskroppen med levermetastaser, förenligt med pankreascancer."),
   ("Bedömning", "Diagnosen meddelad till dottern per telefon men inte till pat själv, som sov vid ronden. "
                 "Samtal med pat i eftermiddag.")],
  "must", "'men inte till pat själv' about the diagnosis")

c("m-ger-alzheimer-valt-att-vanta-med-att-beratta", "skane", "S_GER", "1941-04-04", 618,
  "2024-09-19 14:10", 45, "öppenvård", "Läkaranteckning", ("Gunnar Hedberg", L),
  [("Utredning", "Neuropsykologisk testning och DT hjärna: minnesstörning med temporal atrofi; likvor med "
                 "sänkt amyloid beta 42 och förhöjt p-tau."),
   ("Bedömning", "Alzheimers sjukdom. Vi har valt att vänta med att berätta om diagnosen för pat tills dottern "
                 "kan närvara vid återbesöket.")],
  "must", "Alzheimer settled; 'vi har valt att vänta med att berätta om diagnosen'")

c("m-uro-prostatacancer-har-inte-pratat-med-pat-typo", "vgr", "V_URO", "1954-02-21", 379,
  "2024-03-26 10:20", 30, "öppenvård", "Läkaranteckning", ("Niklas Berg", L),
  [("Utredning", "Riktade biopsier: prostatacacner Gleason 4+4=8 i 4 av 12 biopsier, ISUP 4."),
   ("Planering", "Har inte pratat med pat om biopsisvaret. Återbesök 14/4 med hustrun, skelettscint beställd.")],
  "must", "typo 'prostatacacner'; untold cancer ('har inte pratat med pat om biopsisvaret')")

c("m-gyn-endometriecancer-genomgang-aterstar", "skane", "S_GYN", "1957-05-15", 548,
  "2024-10-10 13:35", 30, "öppenvård", "Läkaranteckning", ("Anna Rydén", L),
  [("Utredning", "PAD från abrasio: endometrioid endometriecancer, högt differentierad (grad 1)."),
   ("Planering", "Genomgång av diagnosen med pat återstår, tid bokad på tisdag. MR bäcken och DT thorax beställda.")],
  "must", "endometrial cancer; 'Genomgång av diagnosen med pat återstår'")

c("m-kir-levermetastaser-ej-informerad-om-fynden", "vgr", "V_KIR", "1949-11-04", 316,
  "2024-01-23 15:15", 25, "slutenvård", "Daganteckning", ("Gustav Olofsson", L),
  [("Röntgen", "DT buk: multipla levermetastaser, trol utgående från känd tumör i colon ascendens enl koloskopin."),
   ("Bedömning", "Pat ej informerad om fynden ännu, vill ha dottern med. Samtal bokat i morgon.")],
  "must", "liver metastases untold (hedged origin); 'ej informerad om fynden'")

c("m-psyk-schizofreni-ej-diskuterad-psykotisk", "skane", "S_PSYK", "1999-08-28", 657,
  "2024-07-25 16:50", 40, "slutenvård", "Läkaranteckning", ("Hanna Axelsson", L),
  [("Bedömning", "Uppfyller nu kriterierna för schizofreni (F20.0) efter 8 månaders psykotiska symtom. "
                 "Diagnosen har inte diskuterats med pat, som i nuläget är för psykotisk för att kunna ta till sig den.")],
  "must", "schizophrenia settled; 'Diagnosen har inte diskuterats med pat'")

c("m-barn-duchenne-varken-pat-eller-foraldrar", "skane", "S_BARN", "2019-01-21", 593,
  "2024-11-14 12:00", 35, "öppenvård", "Läkaranteckning", ("Ola Henriksson", L),
  [("Utredning", "Genetisk analys: deletion exon 45–50 i DMD-genen, bekräftar Duchennes muskeldystrofi. CK 14 000."),
   ("Planering", "Varken pojken eller föräldrarna har informerats om diagnosen; samtal bokat med kurator och "
                 "barnneurolog närvarande nästa vecka.")],
  "must", "child <13: guardians (the readers) and child not told the diagnosis")

c("m-kard-attr-amyloidos-ej-besked", "vgr", "V_KARD", "1942-06-20", 131,
  "2024-08-08 11:25", 30, "öppenvård", "Läkaranteckning", ("Jonas Lindqvist", L),
  [("Utredning", "Hjärt-MR och DPD-scintigrafi (Perugini 3) utan monoklonal komponent: transtyretinamyloidos (ATTR-CM)."),
   ("Bedömning", "Pat har ännu inte fått besked om diagnosen, telefonkontakt ej möjlig pga hörselnedsättning. "
                 "Kallas till mottagningen.")],
  "must", "ATTR amyloidosis; 'har ännu inte fått besked om diagnosen'")

c("m-neuro-als-ej-formedlad", "skane", "S_NEURO", "1961-09-29", 473,
  "2024-03-19 14:25", 40, "öppenvård", "Mottagningsanteckning", ("Martin Nilsson", L),
  [("Utredning", "ENMG: utbredd denervation i tre regioner. Klinik med både övre och nedre motorneuronfynd."),
   ("Bedömning", "Förenligt med amyotrofisk lateralskleros (ALS). Diagnosen är ännu inte förmedlad till pat; "
                 "samtal med anhöriga närvarande planeras nästa vecka.")],
  "must", "ALS; 'Diagnosen är ännu inte förmedlad till pat'")

c("m-inf-hiv-positiv-ej-meddelad", "vgr", "V_INF", "1988-12-02", 554,
  "2024-10-24 08:45", 20, "öppenvård", "Läkaranteckning", ("Katarina Blom", L),
  [("Lab", "HIV-1 antikroppar/antigen pos, konfirmerat med immunoblot. HIV-RNA 84 000 kopior/mL."),
   ("Bedömning", "Nydiagnostiserad HIV-infektion. Pat har inte meddelats provsvaret; kallas till mottagningen i morgon "
                 "för personligt besked och smittskyddsinformation.")],
  "must", "new HIV; 'Pat har inte meddelats provsvaret'")

c("m-hud-melanom-ingen-information-kunde-inte-nas", "skane", "S_HUD", "1973-04-08", 385,
  "2024-06-13 15:00", 25, "öppenvård", "Telefonanteckning", ("Johanna Persson", L),
  [("Utredning", "PAD från excision vä vad: malignt melanom, Breslow 1,8 mm, ulceration saknas."),
   ("Åtgärd", "Pat har inte fått någon information om diagnosen än — kunde inte nås per telefon. Nytt försök i morgon, "
              "remiss för utvidgad excision och portvaktskörtel förbereds.")],
  "must", "melanoma; patient has not been given information about the diagnosis")

c("m-endo-papillar-tyreoideacancer-ej-aterkopplat", "vgr", "V_ENDO", "1979-01-15", 606,
  "2024-02-08 10:10", 30, "öppenvård", "Läkaranteckning", ("Linus Gran", L),
  [("Utredning", "Finnålspunktion av 2,3 cm knöl i hö tyreoidealob: papillär tyreoideacancer (Bethesda VI)."),
   ("Bedömning", "Vi har inte återkopplat cytologsvaret om cancern till pat ännu. Remiss till endokrinkirurg skrivs.")],
  "must", "papillary thyroid cancer; result not fed back ('återkopplat')")

c("m-onh-tonsillcancer-besked-ej-lamnat", "skane", "S_ONH", "1966-11-11", 474,
  "2024-09-12 12:30", 45, "öppenvård", "Läkaranteckning", ("Olof Ivarsson", L),
  [("Utredning", "Biopsi från hö tonsill: skivepitelcancer, p16-positiv. PET-DT: en patologisk lymfkörtel regio II hö."),
   ("Bedömning", "Besked om diagnosen har inte lämnats till pat, görs av undertecknad vid besöket på fredag "
                 "tillsammans med kontaktsjuksköterska.")],
  "must", "tonsil cancer; 'Besked om diagnosen har inte lämnats'")

c("m-lung-ipf-inte-informerad-inte-hunnit-ta-upp", "vgr", "V_LUNG", "1950-10-05", 457,
  "2024-12-05 14:15", None, "öppenvård", "Läkaranteckning", ("Henrik Falk", L),
  [("Röntgen", "HRCT thorax: basalt och subpleuralt dominerande honeycombing och traktionsbronkiektasier, UIP-mönster."),
   ("Bedömning", "Idiopatisk lungfibros, bekräftat vid multidisciplinär konferens. Pat inte informerad om diagnosen "
                 "än, har inte hunnit ta upp det.")],
  "must", "IPF settled; not informed, draft note")

c("m-reuma-jattecellsarterit-har-ej-forklarat-typo", "skane", "S_REUMA", "1946-07-24", 164,
  "2024-04-30 16:40", 30, "slutenvård", "Daganteckning", ("Lena Åkesson", L),
  [("Lab", "Temporalisbiopsi: jättecellsartreit med granulomatös inflammation och fragmenterad lamina elastica interna."),
   ("Bedömning", "Har ej förklarat diagnosen för pat, som var utskriven när svaret kom. Fortsatt prednisolon 50 mg, "
                 "ringer pat i morgon.")],
  "must", "typo 'jättecellsartreit'; diagnosis not explained to patient")

c("m-njur-iga-nefropati-kanner-ej-till", "vgr", "V_NJUR", "1991-02-27", 390,
  "2024-07-18 09:50", 35, "öppenvård", "Läkaranteckning", ("Elsa Nordin", L),
  [("Utredning", "Njurbiopsi: IgA-nefropati med måttlig interstitiell fibros och tubulär atrofi (MEST-C M1 E0 S1 T1 C0)."),
   ("Bedömning", "Pat känner ännu inte till diagnosen — genomgång vid mottagningsbesök nästa vecka. "
                 "Insätter SGLT2-hämmare då.")],
  "must", "IgA nephropathy; 'känner ännu inte till diagnosen'")

c("m-onk-brostcancer-nya-skelettmetastaser-ej-infomerad-typo", "vgr", "V_ONK", "1964-08-13", 522,
  "2024-11-28 13:20", 30, "öppenvård", "Läkaranteckning", ("Elin Hedlund", L),
  [("Tidigare sjukdomar", "Bröstcancer hö 2019, opererad och strålbehandlad, endokrin behandling sedan dess."),
   ("Röntgen", "Skelettscint och MR rygg: nytillkomna skelettmetastaser i Th8, Th11 och L2."),
   ("Bedömning", "Pat ej infomerad om metastaseringen, hon var ensam och vi vill att maken är med. Besök om 2 dagar.")],
  "must", "typo 'infomerad'; old cancer known but new metastases untold")


# ---------------------------------------------------------------------------
# build & validate
# ---------------------------------------------------------------------------

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%d" % (y, m, d, serial, luhn_digit(nine))


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
    if not m:
        return False
    nine = m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)
    return luhn_digit(nine) == int(m.group(5))


def age_at(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def build_record(cs):
    t = datetime.strptime(cs["time"], "%Y-%m-%d %H:%M")
    signed = None if cs["sign_after"] is None else (t + timedelta(minutes=cs["sign_after"])).isoformat()
    as_of = min(datetime(t.year, t.month, t.day) + timedelta(days=10), datetime(2024, 12, 31))
    uname, hsa = UNITS[cs["unit"]]
    note = {
        "id": "n1", "system": "Melior", "template": cs["template"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": cs["author"][0], "role": cs["author"][1]},
        "time": t.isoformat(), "signed": signed, "setting": cs["setting"],
        "refs": [], "sections": [{"keyword": k, "text": v} for k, v in cs["sections"]],
    }
    record = {
        "patient": {"id": pnr(cs["birth"], cs["serial"]), "birth_date": cs["birth"],
                    "protected_identity": False},
        "as_of": as_of.isoformat(), "notes": [note],
        "access_events": [], "conversations": [], "treatments": [],
    }
    target = [["NL101", "n1"]]
    return {"case": cs["name"], "ruleset": cs["ruleset"], "record": record,
            "must": target if cs["kind"] == "must" else [],
            "must_not": target if cs["kind"] == "must_not" else [],
            "why": cs["why"]}


PROTECTED = {"tidiga hypoteser", "våld i nära relationer", "våldsutsatthet i nära relationer",
             "oro för att barn far illa", "orosanmälan gällande barn", "tredje person",
             "enkelblind prövning", "reglerad åtkomst på 1177.se"}


def split_sentences(text):
    out = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = s.strip()
            if s:
                out.append(s)
    return out


def validate(rows):
    problems = []
    names = set()
    seen = {}
    for r in rows:
        name = r["case"]
        if name in names:
            problems.append("duplicate case name %s" % name)
        names.add(name)
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append("%s: bad keys" % name)
        if r["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        rec = r["record"]
        pat = rec["patient"]
        if not luhn_ok(pat["id"]):
            problems.append("%s: Luhn fails" % name)
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            problems.append("%s: pnr does not match birth_date" % name)
        ids = {n["id"] for n in rec["notes"]}
        for code, tgt in r["must"] + r["must_not"]:
            if tgt not in ids:
                problems.append("%s: target %s missing" % (name, tgt))
            if code != "NL101":
                problems.append("%s: unexpected code %s" % (name, code))
        if len(r["must"]) + len(r["must_not"]) != 1:
            problems.append("%s: exactly one assertion expected" % name)
        as_of = datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % name)
        for n in rec["notes"]:
            if n["system"] != "Melior":
                problems.append("%s: NL101 only asserted on Melior" % name)
            if r["ruleset"] == "vgr" and "SE2321000131" not in n["unit"]["hsa_id"]:
                problems.append("%s: VGR unit expected" % name)
            if r["ruleset"] == "skane" and "SE2321000255" not in n["unit"]["hsa_id"]:
                problems.append("%s: Skåne unit expected" % name)
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                problems.append("%s: note time out of range" % name)
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    problems.append("%s: signed out of range" % name)
            for when in (t, as_of):
                a = age_at(pat["birth_date"], when)
                if 13 <= a <= 15:
                    problems.append("%s: patient aged %d (13-15 not allowed)" % (name, a))
            for sec in n["sections"]:
                if sec["keyword"].lower() in PROTECTED:
                    problems.append("%s: protected keyword used" % name)
                for s in split_sentences(sec["text"]):
                    if len(s) >= 25:
                        key = s.lower()
                        if key in seen:
                            problems.append("repeated sentence in %s and %s: %s" % (seen[key], name, s))
                        seen[key] = name
    return problems


def main():
    rows = [build_record(cs) for cs in CASES]
    problems = validate(rows)
    must = sum(1 for r in rows if r["must"])
    must_not = sum(1 for r in rows if r["must_not"])
    if len(rows) != 90 or must != 20 or must_not != 70:
        problems.append("expected 90 cases (20 must, 70 must_not), got %d (%d, %d)" % (len(rows), must, must_not))
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    by_rs = {}
    for r in rows:
        by_rs[r["ruleset"]] = by_rs.get(r["ruleset"], 0) + 1
    print("wrote %d cases to %s (must %d, must_not %d, %s)" % (len(rows), OUT, must, must_not, by_rs))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
