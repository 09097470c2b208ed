#!/usr/bin/env python3
"""dev37: common everyday diagnoses written the many ways clinicians write them (NL101, NL102).

Standalone, deterministic, standard library only. Writes nl1_dev37_cases.jsonl next to
this file and validates the set; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev37_cases.jsonl")

UNITS = {
    # VGR (Melior)
    "vc1": ("Vårdcentralen Närhälsan Biskopsgården", "SE2321000131-E000000011402", "vgr", "Melior", "öppenvård"),
    "vc2": ("Vårdcentralen Närhälsan Lerum", "SE2321000131-E000000011517", "vgr", "Melior", "öppenvård"),
    "vc3": ("Vårdcentralen Hjo", "SE2321000131-E000000011633", "vgr", "Melior", "öppenvård"),
    "akut1": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000022145", "vgr", "Melior", "akutmottagning"),
    "akut2": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000022208", "vgr", "Melior", "akutmottagning"),
    "akut3": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000022371", "vgr", "Melior", "akutmottagning"),
    "med1": ("Medicinavdelning 7, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000033420", "vgr", "Melior", "slutenvård"),
    "med2": ("Medicinavdelning 133, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000033589", "vgr", "Melior", "slutenvård"),
    "barn1": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000044016", "vgr", "Melior", "akutmottagning"),
    "barn2": ("Barnmottagningen, Alingsås lasarett", "SE2321000131-E000000044127", "vgr", "Melior", "öppenvård"),
    # Skåne Melior (hospitals)
    "sakut1": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5F2H", "skane", "Melior", "akutmottagning"),
    "sakut2": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4C8K", "skane", "Melior", "akutmottagning"),
    "smed1": ("Medicinavdelning 2, Ystads lasarett", "SE2321000255-7B1M", "skane", "Melior", "slutenvård"),
    "sbarn": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-3D9P", "skane", "Melior", "akutmottagning"),
    "sgyn": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6A4R", "skane", "Melior", "akutmottagning"),
    "sogon": ("Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-2E7T", "skane", "Melior", "akutmottagning"),
    # Skåne PMO (primary care)
    "pvc1": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-8G3V", "skane", "PMO", "öppenvård"),
    "pvc2": ("Hälsocentralen Hörby", "SE2321000255-9H5W", "skane", "PMO", "öppenvård"),
    "pbvc": ("BVC Eslöv", "SE2321000255-1J6X", "skane", "PMO", "öppenvård"),
    "phsv": ("Hemsjukvården Trelleborg", "SE2321000255-0K2Y", "skane", "PMO", "hemsjukvård"),
}

DOCTORS = ["Karin Lindqvist", "Johan Bergström", "Sara Nyström", "Ahmed Karimi", "Eva Holmgren",
           "Mikael Sandberg", "Lina Forsberg", "Peter Åkesson", "Maria Jovanović", "Oskar Dahl",
           "Elin Svensson", "Daniel Ek", "Fatima Hassan", "Henrik Lund"]
NURSES = ["Anna Blom", "Jenny Persson", "Lars Wikström", "Hanna Olofsson"]

P, N = "P", "N"  # shorthand: NL102 must / must_not

CASES = []


def C(name, unit, template, sections, why, nl102=None, nl101=None, kid=False, bd=None,
      draft=False, role="läkare"):
    CASES.append(dict(name=name, unit=unit, template=template, sections=sections, why=why,
                      nl102=nl102, nl101=nl101, kid=kid, bd=bd, draft=draft, role=role))


# ---------------------------------------------------------------- VGR primary care
C("vc-trol-vanstersidig-pneumoni", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Hosta och feber sedan fem dagar, andfådd vid trappgång."),
    ("Status", "Nedsatta andningsljud basalt vänster med krepitationer. CRP 142, saturation 94 %."),
    ("Bedömning", "Trol. vänstersidig pneumoni. Insätter PcV 1 g x 3 i sju dagar.")],
  "abbreviated 'trol.' before an inflected-compound pneumonia is a hypothesis", nl102=P)
C("vc-misstankt-nedre-uvi", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Sveda vid miktion och täta trängningar sedan igår kväll."),
    ("Bedömning", "U-sticka nitrit positiv, leukocyter 2+. Misstänkt nedre UVI, pivmecillinam 400 mg x 3 i tre dagar.")],
  "'Misstänkt nedre UVI' is a hypothesis", nl102=P)
C("vc-nedre-uvi-okomplicerad", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Tre dagars dysuri hos i övrigt frisk kvinna, ingen feber."),
    ("Bedömning", "Nedre UVI, okomplicerad. Nitrofurantoin 50 mg x 3 i fem dagar, åter om feber eller flanksmärta.")],
  "a settled cystitis written as 'Nedre UVI' is not a hypothesis", nl102=N)
C("vc-fragetecken-erysipelas", "vc1", "Läkaranteckning", [
    ("Status", "Rodnad och värmeökning hö underben upp till knät, ödem, ingen skarp kant."),
    ("Bedömning", "?Erysipelas hö underben, DD stasdermatit. Tar CRP och ser patienten igen imorgon.")],
  "question mark glued to the Latin term marks a hypothesis", nl102=P)
C("vc-erysipelas-avgransad-fastslagen", "vc2", "Läkaranteckning", [
    ("Status", "Skarpt avgränsad rodnad vä underben, temp 38,6, fotsvamp mellan tårna."),
    ("Bedömning", "Erysipelas vä underben med ingångsport i tinea pedis. Kåvepenin 1,6 g x 3 i tio dagar.")],
  "settled Latin erysipelas with cause is not a hypothesis", nl102=N)
C("vc-ev-begynnande-baltros", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Brännande smärta som ett band runt hö sida av bröstkorgen sedan två dygn."),
    ("Bedömning", "Inga blåsor ännu men typisk dermatomutbredning. Ev. begynnande bältros, hör av sig vid utslag.")],
  "'Ev.' before the lay word bältros is a hypothesis", nl102=P)
C("vc-herpes-zoster-th10", "vc1", "Läkaranteckning", [
    ("Status", "Grupperade blåsor på rodnad botten längs th 10 hö sida."),
    ("Bedömning", "Herpes zooster th 10 hö. Valaciklovir 1 g x 3 i sju dagar och paracetamol vid smärta.")],
  "a confirmed herpes zoster with typo 'zooster' is not a hypothesis", nl102=N)
C("vc-trolig-streptokocktonsillit-utan-test", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Halsont och feber sedan två dagar, ingen hosta."),
    ("Status", "Beläggning på båda tonsillerna, ömma käkvinkelkörtlar. Centor 4, snabbtest ej taget då testkit saknas."),
    ("Bedömning", "Trolig streptokocktonsillit, behandlas med PcV i tio dagar.")],
  "'Trolig' before tonsillitis is a hypothesis even when treated", nl102=P)
C("vc-halsfluss-strep-a-positiv", "vc3", "Läkaranteckning", [
    ("Status", "Röda svullna tonsiller med vita proppar, snabbtest för grupp A-streptokocker positivt."),
    ("Bedömning", "Halsfluss orsakad av streptokocker grupp A. Kåvepenin enligt Strama.")],
  "lay word halsfluss with positive test is settled", nl102=N)
C("vc-ingen-misstanke-om-pneumoni", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Förkylningssymtom och torrhosta i fyra dagar, ingen andfåddhet."),
    ("Status", "Lungor: vesikulära andningsljud utan biljud, andningsfrekvens 14."),
    ("Bedömning", "Ingen misstanke om pneumoni. Viral övre luftvägsinfektion, egenvård.")],
  "'Ingen misstanke om pneumoni' is negated and must not fire", nl102=N)
C("vc-dd-ibs-celiaki-ska-uteslutas", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Växlande lös och hård avföring, uppblåsthet och buksmärta i ett år."),
    ("Bedömning", "IBS att överväga men celiaki behöver först uteslutas. Transglutaminas-ak och f-kalprotektin tas.")],
  "a diagnosis still 'to be ruled out' is a hypothesis", nl102=P)
C("vc-kand-ibs-forsamring", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Sedan länge känd IBS med diarrédominans, sämre under en stressig period på jobbet."),
    ("Bedömning", "IBS-D i skov utan alarmsymtom. Loperamid vid behov och remiss till dietist för FODMAP.")],
  "a known IBS in a flare is settled", nl102=N)
C("vc-misstankt-kol-rokare", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Rökare sedan 40 år, morgonhosta med slem och ansträngningsdyspné."),
    ("Bedömning", "Misstänkt KOL. Remiss spirometri med reversibilitetstest, rökavvänjning erbjuden.")],
  "'Misstänkt KOL' before spirometry is a hypothesis", nl102=P)
C("vc-kand-kol-exacerbation", "vc2", "Läkaranteckning", [
    ("Aktuellt", "KOL GOLD 3 sedan 2018, nu ökad mängd missfärgat slem sedan fyra dagar."),
    ("Bedömning", "KOL-exacerbtion. Prednisolon 25 mg i fem dagar och doxycyklin.")],
  "exacerbation of known COPD, typo 'exacerbtion', is settled", nl102=N)
C("vc-fragestallning-hypertoni", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Blodtryck 158/96, 162/98 och 155/94 vid tre separata besök hos distriktssköterskan."),
    ("Bedömning", "Frågeställning hypertoni. 24-timmars blodtrycksmätning bokas innan ställningstagande till behandling.")],
  "'Frågeställning hypertoni' names a diagnosis under investigation", nl102=P)
C("vc-trol-aterbesok-lumbago", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Ont i ländryggen efter flytt i helgen, ingen utstrålning, ingen blåspåverkan."),
    ("Bedömning", "Lumbago. Naproxen i en vecka och fortsatt aktivitet. Trol. återbesök om två veckor om fortsatt ont.")],
  "'Trol.' hedges the follow-up, not the settled lumbago", nl102=N)
C("vc-ryggskott-efter-lyft", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Fick plötsligt ont i nedre delen av ryggen när hon lyfte en blomlåda igår."),
    ("Bedömning", "Akut ryggskott utan neurologiska bortfall. Information om god prognos, sjukskrivs fyra dagar.")],
  "the lay word ryggskott, settled", nl102=N)
C("vc-misstankt-ischias-l5", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Smärta som strålar ner i vänster ben ända till stortån sedan en vecka."),
    ("Status", "Lasègue positivt vid 40 grader vänster, nedsatt känsel dorsalt på foten."),
    ("Bedömning", "Misstänkt ischias L5 vänster. Ingen akut MR, omprövas om två veckor.")],
  "'Misstänkt ischias' is a hypothesis", nl102=P)
C("vc-trolig-mattlig-depression", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Nedstämd, sover dåligt och orkar inte träffa vänner sedan jul."),
    ("Bedömning", "MADRS-S 26. Trolig måttlig depressionsepisod, remiss till psykolog på vårdcentralen och uppföljning om tre veckor.")],
  "'Trolig måttlig depressionsepisod' is a hypothesis", nl102=P)
C("vc-kand-recidiverande-depression-stabil", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Kontroll av recidiverande depression, mår bra på sertralin 100 mg sedan ett år."),
    ("Bedömning", "Recidiverande depression i remission. Fortsätter sertralin, nytt besök om sex månader.")],
  "a known depression in remission is settled", nl102=N)
C("vc-angest-dd-hypertyreos", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Hjärtklappning, darrighet och inre oro, gått ner fyra kilo på en månad."),
    ("Bedömning", "Ångestsyndrom? DD hypertyreos. TSH och fritt T4 tas idag.")],
  "a trailing question mark and DD mark two hypotheses", nl102=P)
C("vc-sinuitbesvar-mojligen-bakteriell", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Sinuitbesvär i tre veckor med tryck över kindbenen och tandvärk i överkäken."),
    ("Bedömning", "Möjligen bakteriell sinuit med tanke på duration och dubbelinsjuknande. Nässköljning, antibiotika om ej bättre inom en vecka.")],
  "'Möjligen bakteriell sinuit' is a hypothesis", nl102=P)
C("vc-typo-trol-bihaleinflamation", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Tjock snuva och värk i pannan sedan tio dagar efter en förkylning."),
    ("Bedömning", "Trol bihåleinflamation. Avvaktar med antibiotika och provar nässpray med kortison.")],
  "typo 'bihåleinflamation' with unpunctuated 'Trol' is still a hypothesis", nl102=P)
C("vc-misstankt-gerd-ppi-forsok", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Sura uppstötningar och halsbränna nattetid, värre efter sena middagar."),
    ("Bedömning", "Misstänkt GERD. Omeprazol 20 mg i fyra veckor och höjd huvudända.")],
  "'Misstänkt GERD' is a hypothesis", nl102=P)
C("vc-gerd-bekraftad-gastroskopi", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Svar på gastroskopin från förra månaden genomgånget med patienten."),
    ("Bedömning", "Esofagit grad B, GERD därmed bekräftad. Fortsatt PPI i åtta veckor, sedan nedtrappning.")],
  "GERD confirmed by endoscopy is settled", nl102=N)
C("vc-mamma-utreds-hypotyreos", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Trött sedan en månad, undrar om det är sköldkörteln eftersom mamman utreds för misstänkt hypotyreos."),
    ("Bedömning", "TSH, Hb och ferritin normala. Trötthet utan påvisbar somatisk orsak, sömnråd.")],
  "the hypothesis belongs to the mother, not the patient", nl102=N)
C("vc-far-hjartinfarkt-brostsmarta-muskular", "vc3", "Läkaranteckning", [
    ("Hereditet", "Far hjärtinfarkt vid 52 års ålder, farbror stroke."),
    ("Status", "Tydlig palpationsömhet över tredje revbensbrosket vänster, EKG normalt."),
    ("Bedömning", "Tietzes syndrom. Bröstsmärtan är muskuloskeletal, NSAID i en vecka.")],
  "family history of infarction and a settled chest-wall diagnosis", nl102=N)
C("vc-tidigare-pneumonier-nu-forkylning", "vc1", "Läkaranteckning", [
    ("Tidigare sjukdomar", "Pneumoni 2019 och 2022, appendektomi i tonåren."),
    ("Bedömning", "Nu förkylning med klara lungor och normal saturation. Åter vid feber över tre dygn.")],
  "past pneumonias only in history", nl102=N)
C("vc-akut-bronkit-fastslagen", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Hosta i två veckor efter förkylning, ingen feber nu."),
    ("Bedömning", "Akut bronkit. Ingen antibiotika, hostan kan sitta i flera veckor.")],
  "settled acute bronchitis", nl102=N)
C("vc-tendinit-mojlig-epikondylit", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Snickare med smärta på utsidan av hö armbåge vid grepp sedan två månader."),
    ("Bedömning", "Möjlig lateral epikondylit, DD radialistunnelsyndrom. Ortosbehandling och remiss till fysioterapeut.")],
  "'Möjlig' + DD for a common tendinopathy", nl102=P)
C("vc-tendinit-akillessena-fastslagen", "vc1", "Läkaranteckning", [
    ("Status", "Förtjockad och öm akillessena hö, 4 cm ovanför insertionen, intakt Thompson."),
    ("Bedömning", "Tendinit i hö akillessena. Excentrisk träning och avlastning från löpning.")],
  "settled Latin tendinit", nl102=N)
C("vc-typo-missankt-tendinit-supraspinatus", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Ont i hö axel vid lyft över huvudet, värst nattetid."),
    ("Bedömning", "Missänkt supraspinatustendinit. Kortisoninjektion subakromiellt och träningsprogram.")],
  "typo 'Missänkt' still marks a hypothesis", nl102=P)
C("vc-diabetes-typ2-nydiagnos-informerad", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Svar på fasteglukos 8,1 och HbA1c 56 vid två tillfällen."),
    ("Bedömning", "Diabetes mellitus typ 2, nyupptäckt. Patienten informerad om diagnosen idag och bokad till diabetessköterska.")],
  "a diagnosis explicitly told to the patient: neither NL101 nor NL102", nl102=N, nl101=N)
C("vc-draft-ev-pollenallergi", "vc1", "Läkaranteckning", [
    ("Aktuellt", "Kliande ögon, nysningar och rinnsnuva varje vår sedan tre år."),
    ("Bedömning", "Ev. björkpollenallergi. Antihistamin och prick-test i höst.")],
  "unsigned draft with 'Ev.' before a common allergy", nl102=P, draft=True)
C("vc-pollenallergi-prick-test-positiv", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Återbesök efter pricktest som var kraftigt positivt för björk och gräs."),
    ("Bedömning", "Allergisk rinokonjunktivit orsakad av björk- och gräspollen. Nasal steroid under säsong.")],
  "settled pollen allergy after test", nl102=N)
C("vc-ev-extra-prover-anemi-klar", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Trötthet och yrsel, Hb 98 med låga MCV och ferritin 5."),
    ("Bedömning", "Järnbristanemi hos menstruerande kvinna med rikliga blödningar. Järntabletter, ev. kompletterande prover vid utebliven Hb-stegring.")],
  "'ev.' hedges extra lab tests, the iron-deficiency anaemia is settled", nl102=N)
C("vc-typo-urinvagsinfekton-trol", "vc1", "Sjuksköterskeanteckning", [
    ("Kontaktorsak", "Ringer pga sveda och blod i urinen sedan morgonen."),
    ("Bedömning", "Troligen urinvägsinfekton, tid hos läkare idag kl 14.")],
  "typo 'urinvägsinfekton' after 'Troligen' in a nurse note", nl102=P, role="sjuksköterska")
C("vc-kan-ej-utesluta-borrelia", "vc2", "Läkaranteckning", [
    ("Aktuellt", "Fästingbett på låret för tre veckor sedan, nu rodnad på 4 cm som inte vuxit."),
    ("Bedömning", "Erythema migrans kan ej uteslutas men rodnaden är för liten för att vara typisk. Ny bedömning om en vecka.")],
  "'kan ej uteslutas' after a Latin skin diagnosis", nl102=P)

# ---------------------------------------------------------------- VGR emergency
C("akut-dd-dvt-efter-flygresa", "akut1", "Akutanteckning", [
    ("Aktuellt", "Svullen och öm vänster vad sedan tre dagar, kom hem från Thailand i helgen."),
    ("Bedömning", "DD DVT, Wells 2 poäng. D-dimer tas, ultraljud vid förhöjt värde.")],
  "'DD DVT' is a differential diagnosis", nl102=P)
C("akut-dvt-uteslutes-ultraljud", "akut2", "Akutanteckning", [
    ("Aktuellt", "Remitterad för svullet hö ben efter knäoperation."),
    ("Bedömning", "Ultraljud hö ben utan tromber från ljumske till vad. DVT utelsutes, svullnaden postoperativ.")],
  "typo in the negation 'DVT utelsutes', still ruled out", nl102=N)
C("akut-kan-ej-utesluta-le", "akut3", "Akutanteckning", [
    ("Aktuellt", "Plötslig andfåddhet och hugg i bröstet vid inandning, p-piller."),
    ("Status", "Puls 112, saturation 91 % på luft, andningsfrekvens 24."),
    ("Bedömning", "Kan ej uteslutta LE. DT lungartärer beställd, Innohep ges i väntan.")],
  "typo 'Kan ej uteslutta LE' is still a hypothesis", nl102=P)
C("akut-ingen-le-pa-dt", "akut1", "Akutanteckning", [
    ("Aktuellt", "Inkom med bröstsmärta och lätt förhöjt D-dimer."),
    ("Bedömning", "DT lungartärer utan embolier, ingen LE. Smärtan tolkas som pleurit efter förkylning.")],
  "'ingen LE' is negated and the pleuritis is settled", nl102=N)
C("akut-trol-njurbackeninflammation", "akut2", "Akutanteckning", [
    ("Aktuellt", "Feber 39,2, frossa och ont i hö flank sedan igår, sveda vid vattenkastning."),
    ("Status", "Dunkömhet över hö njurloge, buken mjuk."),
    ("Bedömning", "Trol. njurbäckeninflammation hö. Urinodling, blododling och ceftriaxon iv.")],
  "lay word njurbäckeninflammation after 'Trol.'", nl102=P)
C("akut-pyelonefrit-e-coli-odling", "akut3", "Akutanteckning", [
    ("Aktuellt", "Återkommer med svar på urinodling som visar E. coli över 100 000."),
    ("Bedömning", "Pyelonefrit hö, känslig för ciprofloxacin. Byter till peroral behandling i sju dagar.")],
  "pyelonephritis with culture is settled", nl102=N)
C("akut-misstankt-appendicit", "akut1", "Akutanteckning", [
    ("Aktuellt", "Smärta som började runt naveln och nu sitter i hö fossa, illamående."),
    ("Status", "Släppömhet och muskelförsvar i hö fossa, temp 38,0."),
    ("Bedömning", "Misstänkt appendicit. Kirurgkonsult tillkallad, fastande.")],
  "'Misstänkt appendicit' is a hypothesis", nl102=P)
C("akut-typo-apendicit-trol", "akut2", "Akutanteckning", [
    ("Aktuellt", "19-årig man med magont sedan natten, nu lokaliserat lågt till höger."),
    ("Bedömning", "Apendicit trol, bukkirurg tillkallad. Ultraljud buk om kirurgen önskar.")],
  "typo 'Apendicit' with postposed 'trol'", nl102=P)
C("akut-misstankt-tia-aterstalld", "akut3", "Akutanteckning", [
    ("Aktuellt", "Tjugo minuter av sluddrigt tal och svaghet i hö hand hemma i morse, nu helt återställd."),
    ("Bedömning", "Misstänk TIA, ABCD2 5. Läggs in för DT angio och telemetri.")],
  "typo 'Misstänk TIA' is still a hypothesis", nl102=P)
C("akut-tia-2021-nu-fotled", "akut1", "Akutanteckning", [
    ("Tidigare sjukdomar", "TIA 2021 utan kvarstående besvär, hypertoni."),
    ("Bedömning", "Distorsion hö fotled, Ottawa-regler negativa. Stödförband och belastning efter förmåga.")],
  "a past TIA only in history", nl102=N)
C("akut-trolig-uretarsten", "akut2", "Akutanteckning", [
    ("Aktuellt", "Kolikartad smärta i vänster flank som strålar mot ljumsken, orolig och kan inte ligga still."),
    ("Bedömning", "Trloig uretärsten vänster, mikroskopisk hematuri. Diklofenak och DT urinvägar imorgon.")],
  "typo 'Trloig uretärsten' is still a hypothesis", nl102=P)
C("akut-njurstensanfall-dt-verifierat", "akut3", "Akutanteckning", [
    ("Aktuellt", "DT urinvägar visar 4 mm konkrement i distala hö uretär med lätt stas."),
    ("Bedömning", "Njurstensanfall hö med liten sten som förväntas avgå spontant. Silar urinen hemma.")],
  "kidney stone verified on CT is settled", nl102=N)
C("akut-nydebuterat-ff-ekg", "akut1", "Akutanteckning", [
    ("Aktuellt", "Hjärtklappning sedan i morse, aldrig haft det förut."),
    ("Bedömning", "EKG visar förmaksflimmer med kammarfrekvens 130. Nydebuterat FF under 48 timmar, elkonvertering planeras.")],
  "new-onset AF seen on ECG is settled", nl102=N)
C("akut-fragetecken-paroxysmalt-ff", "akut2", "Akutanteckning", [
    ("Aktuellt", "Episoder av oregelbunden snabb hjärtrytm i ett par timmar åt gången senaste månaden."),
    ("Bedömning", "EKG nu sinusrytm. ?Paroxysmalt FF, remiss för långtids-EKG.")],
  "'?Paroxysmalt FF' is a hypothesis", nl102=P)
C("akut-trol-hjartsvikt-nydebuterad", "akut3", "Akutanteckning", [
    ("Aktuellt", "Svullna ben och måste sova med tre kuddar sedan en månad."),
    ("Bedömning", "NT-proBNP 3400, bilaterala underbensödem. Trol. nydebuterad hjärtsvikt, furosemid iv och ekokardiografi.")],
  "'Trol. nydebuterad hjärtsvikt' is a hypothesis", nl102=P)
C("akut-gastroenterit-fastslagen", "akut1", "Akutanteckning", [
    ("Aktuellt", "Kräkningar och vattentunna diarréer sedan igår, hela familjen har samma besvär."),
    ("Bedömning", "Akut gastroenterit med lätt dehydrering. Dropp 1 liter och hem med vätskeersättning.")],
  "settled gastroenteritis", nl102=N)
C("akut-typo-missankt-diverticulit", "akut2", "Akutanteckning", [
    ("Aktuellt", "Ont i vänster fossa sedan tre dagar och feber."),
    ("Bedömning", "Missänkt diverticulit, DT buk med kontrast. Fasta i väntan på svar.")],
  "typos 'Missänkt' and 'diverticulit' still a hypothesis", nl102=P)
C("akut-dd-kolecystit-gallstensanfall", "akut3", "Akutanteckning", [
    ("Aktuellt", "Intensiv smärta under hö arcus en timme efter en fet måltid."),
    ("Status", "Murphys tecken positivt, temp 37,9."),
    ("Bedömning", "DD kolecystit och okomplicerat gallstensanfall. Ultraljud gallvägar imorgon bitti.")],
  "two differential diagnoses", nl102=P)
C("akut-ingen-kolecystit-ultraljud", "akut1", "Akutanteckning", [
    ("Aktuellt", "Ultraljud gallvägar på jourtid visar stenar men tunn gallblåsevägg."),
    ("Bedömning", "Ingen kolecystit. Gallstensanfall som gått över, remiss till kirurgmottagningen.")],
  "'Ingen kolecystit' is negated, the gallstone attack settled", nl102=N)
C("akut-ev-inlaggning-erysipelas-arm", "akut2", "Akutanteckning", [
    ("Aktuellt", "Rodnad och svullnad på vä underarm efter kattbett för två dagar sedan."),
    ("Bedömning", "Erysipelas vä underarm efter kattbett. Ev. inläggning om ingen förbättring inom 48 timmar.")],
  "'Ev.' hedges an admission, not the settled erysipelas", nl102=N)
C("akut-tar-trol-medicin-oregelbundet", "akut3", "Akutanteckning", [
    ("Aktuellt", "Blodsocker 24 vid ankomst, tar trol. sina läkemedel oregelbundet enligt dottern."),
    ("Bedömning", "Hyperglykemi utan ketoacidos vid känd diabetes typ 2. Insulin sc enligt schema och kontakt med diabetessköterska.")],
  "hedge about medication adherence, not a diagnosis", nl102=N)
C("akut-lumbago-inga-tecken-cauda", "akut1", "Akutanteckning", [
    ("Status", "Normal perianal känsel, inget residualurin på bladderscan."),
    ("Bedömning", "Inga tecken på cauda equina. Lumbago, analgetika och mobilisering.")],
  "'Inga tecken på cauda equina' is negated", nl102=N)
C("akut-misstankt-urosepsis", "akut2", "Akutanteckning", [
    ("Aktuellt", "82-årig kvinna med kateter, förvirrad sedan igår och feber 39,5."),
    ("Status", "Blodtryck 92/55, puls 118, laktat 3,1."),
    ("Bedömning", "Misstänkt urosepsis. Blododlingar x 2, Zinacef 1,5 g iv och vätska.")],
  "'Misstänkt urosepsis' is a hypothesis", nl102=P)
C("akut-pneumonin-infiltrat-underlob", "akut3", "Akutanteckning", [
    ("Aktuellt", "Feber och produktiv hosta i fem dagar."),
    ("Bedömning", "Pneumonin syns som ett infiltrat i hö underlob på lungröntgen. Bensylpenicillin iv, CRB-65 1.")],
  "definite-form 'Pneumonin' settled", nl102=N)
C("akut-lungemboli-kan-inte-uteslutas", "akut1", "Akutanteckning", [
    ("Aktuellt", "Bröstsmärta och andfåddhet tre veckor efter höftprotesoperation."),
    ("Bedömning", "Lungemboli kan inte uteslutas. Fragmin i behandlingsdos tills DT är gjord.")],
  "'kan inte uteslutas' with the full term", nl102=P)
C("akut-orolig-for-blodpropp-ingen", "akut2", "Akutanteckning", [
    ("Aktuellt", "Pat orolig för blodpropp i benet efter lång bussresa, har ont i vaden."),
    ("Bedömning", "Ultraljud utan trombos, ingen blodpropp. Vadkramp efter stillasittande.")],
  "patient's worry about blodpropp, clinician rules it out", nl102=N)
C("akut-typo-ingen-misstake-meningit", "akut3", "Akutanteckning", [
    ("Aktuellt", "Huvudvärk och feber, ingen nackstelhet, inga petekier."),
    ("Bedömning", "Ingen misstake om meningit. Influensa A enligt snabbtest, hem med febernedsättande.")],
  "typo in the negation cue 'misstake', still negated", nl102=N)
C("akut-commotio-settled", "akut1", "Akutanteckning", [
    ("Aktuellt", "Slog huvudet i isen vid skridskoåkning, kort medvetslöshet enligt kompis."),
    ("Bedömning", "Commotio cerebri. DT hjärna utan blödning, hemgång med vakväckning.")],
  "settled commotio", nl102=N)
C("akut-draft-sannolikt-viral-pneumoni-covid", "akut2", "Akutanteckning", [
    ("Aktuellt", "Feber och torrhosta en vecka, covid-test negativt hemma."),
    ("Bedömning", "Sannolikt atypisk pneumoni, doxycyklin insätts. Nytt covid-PCR tas.")],
  "unsigned draft with 'Sannolikt' before pneumonia", nl102=P, draft=True)

# ---------------------------------------------------------------- VGR ward
C("avd-inskrivning-trol-hogersidig-pneumoni", "med1", "Inskrivningsanteckning", [
    ("Aktuellt", "Inkommer med feber och nytillkommen förvirring från boende."),
    ("Undersökningsresultat", "Lungröntgen med oskarp förtätning hö basalt, CRP 210."),
    ("Bedömning", "Trol. högersidig pneumoni, DD aspiration. Bensylpenicillin iv och sväljbedömning.")],
  "ward admission with 'Trol.' and DD", nl102=P)
C("avd-pneumonin-i-regress", "med2", "Daganteckning", [
    ("Aktuellt", "Feberfri sedan igår, äter bättre."),
    ("Bedömning", "Pneumonin i regress med CRP 40. Byte till amoxicillin peroralt, hemgång planeras på fredag.")],
  "ward note with settled pneumonia in regress", nl102=N)
C("avd-mojlig-kol-exacerbation-dd-hjartsvikt", "med1", "Daganteckning", [
    ("Aktuellt", "Ökad andfåddhet natten till idag, pip i bröstet."),
    ("Bedömning", "Möjlig KOL-exacerbation, DD hjärtsviktsförsämring. Inhalationer, NT-proBNP och lungröntgen.")],
  "'Möjlig' and DD on a ward", nl102=P)
C("avd-trol-delirium-vid-uvi", "med2", "Daganteckning", [
    ("Aktuellt", "Personalen rapporterar att patienten plockat och varit desorienterad i natt."),
    ("Bedömning", "Trol. delierium utlöst av infektion. Urinodling, smärtskattning och genomgång av läkemedel.")],
  "typo 'Trol. delierium' is still a hypothesis", nl102=P)
C("avd-epikris-diagnoser-klara", "med1", "Epikris", [
    ("Diagnoser", "Pneumoni hö underlob. Akut njursvikt, prerenal. Hypokalemi."),
    ("Sammanfattning", "Behandlad med bensylpenicillin och vätska, njurfunktionen normaliserad vid utskrivning.")],
  "a discharge summary listing settled diagnoses", nl102=N)
C("avd-misstanke-le-avskriven", "med2", "Daganteckning", [
    ("Aktuellt", "DT lungartärer genomförd under förmiddagen."),
    ("Bedömning", "Misstanken om LE avskriven efter normal DT. Fragmin sätts ut.")],
  "a suspicion written off ('avskriven') is negated", nl102=N)
C("avd-trol-jarnbristanemi-ferritin", "med1", "Daganteckning", [
    ("Aktuellt", "Hb 84 vid inskrivning, inga synliga blödningar."),
    ("Bedömning", "Trol. järnbristanemi med ferritin 6. Järninfusion och gastroskopi.")],
  "'Trol. järnbristanemi' is a hypothesis", nl102=P)
C("avd-ssk-misstankt-trycksar-sacrum", "med2", "Omvårdnadsanteckning", [
    ("Hud", "Kvarstående rodnad på sacrum som inte bleknar vid tryck."),
    ("Åtgärd", "Misstänkt trycksår kategori 1, vändschema var annan timme och luftmadrass beställd.")],
  "nurse note with a suspected pressure ulcer", nl102=P, role="sjuksköterska")
C("avd-hypoglykemi-insulin-settled", "med1", "Daganteckning", [
    ("Aktuellt", "Blodsocker 2,4 kl 03, åt smörgås och blev bättre."),
    ("Bedömning", "Hypoglukemi orsakad av för hög dos långverkande insulin. Dosen minskas med fyra enheter.")],
  "settled hypoglycaemia with typo 'Hypoglukemi'", nl102=N)
C("avd-misstankt-clostridioides-difficile", "med2", "Daganteckning", [
    ("Aktuellt", "Åtta lösa avföringar det senaste dygnet efter antibiotikakur."),
    ("Bedömning", "Misstänkt Clostridioides difficile-infektion. Isolering i eget rum, F-prov för toxin skickat.")],
  "'Misstänkt' before C. difficile infection", nl102=P)
C("avd-cdiff-toxin-negativt", "med1", "Daganteckning", [
    ("Aktuellt", "Svar på F-prov för toxin inkommet under eftermiddagen."),
    ("Bedömning", "Toxinanalysen negativ, ingen C. diff-infektion. Isoleringen hävs, diarrén tolkas som antibiotikabiverkan.")],
  "negated C. diff", nl102=N)
C("avd-typo-pnemoni-aspirations-trol", "med2", "Daganteckning", [
    ("Aktuellt", "Hostade vid måltid igår, idag feber och rassel hö."),
    ("Bedömning", "Trolig aspirationspnemoni. Tillägg av metronidazol, logoped kontaktas.")],
  "typo 'aspirationspnemoni' after 'Trolig'", nl102=P)
C("avd-stroke-ej-misstankt-yrsel", "med1", "Daganteckning", [
    ("Aktuellt", "Yrsel vid uppresning, inga fokala neurologiska fynd."),
    ("Bedömning", "Stroke ej misstänkt. Ortostatisk hypotension, antihypertensiva minskas.")],
  "postposed negation 'ej misstänkt'", nl102=N)

# ---------------------------------------------------------------- VGR paediatrics (children under 13)
C("barn-trol-rs-bronkiolit", "barn1", "Akutanteckning", [
    ("Aktuellt", "Fem månader gammal pojke med snuva och hosta i tre dagar, äter sämre."),
    ("Status", "Indragningar jugulärt, ronki bilateralt, saturation 93 %."),
    ("Bedömning", "Trol. RS-bronkiolit. Näsdroppar, sondmatning vid behov och inläggning för observation.")],
  "infant with 'Trol.' bronchiolitis", nl102=P, bd="2023-09-14")
C("barn-falsk-krupp-betapred", "barn1", "Akutanteckning", [
    ("Aktuellt", "Vaknade med skällande hosta och väsande inandning i natt."),
    ("Bedömning", "Falsk krup. Betapred 0,4 mg/kg givet, hemgång efter observation en timme.")],
  "settled croup in a child, typo 'krup'", nl102=N, kid=True)
C("barn-fragetecken-oma-bilat-vax", "barn2", "Läkaranteckning", [
    ("Aktuellt", "Irritabel, feber 38,8 och tar sig mot öronen sedan igår."),
    ("Bedömning", "?OMA bilat, trumhinnorna svårbedömda på grund av vax. Ny otoskopi om två dagar.")],
  "'?OMA' in a child is a hypothesis", nl102=P, kid=True)
C("barn-inga-tecken-pa-oroninflammation", "barn2", "Läkaranteckning", [
    ("Status", "Trumhinnor ljusa och rörliga bilateralt, inga tecken på öroninflamation."),
    ("Bedömning", "Förkylning med snuva. Koksaltdroppar och åter vid försämring.")],
  "negated 'inga tecken på öroninflamation' with typo", nl102=N, kid=True)
C("barn-sannolik-akut-mediaotit", "barn1", "Akutanteckning", [
    ("Status", "Röd och buktande trumhinna vänster, höger normal."),
    ("Bedömning", "Sannolik akut mediaotit vänster. Avvaktar antibiotika i två dygn enligt riktlinjen.")],
  "'Sannolik akut mediaotit'", nl102=P, kid=True)
C("barn-uvi-kan-uteslutas-odling", "barn2", "Läkaranteckning", [
    ("Aktuellt", "Återbesök för svar på urinodling efter feber utan fokus."),
    ("Bedömning", "Urinodlingen växer inte, UVI kan uteslutas. Febern tolkas som virusinfektion.")],
  "'UVI kan uteslutas' is negated, unlike 'kan ej uteslutas'", nl102=N, kid=True)
C("barn-enkel-feberkramp", "barn1", "Akutanteckning", [
    ("Aktuellt", "Generaliserade ryckningar i två minuter i samband med feberstegring."),
    ("Bedömning", "Enkel feberkramp vid övre luftvägsinfektion. Föräldrarna får skriftlig information.")],
  "settled febrile seizure", nl102=N, kid=True)
C("barn-gastroenterit-dd-invagination", "barn1", "Akutanteckning", [
    ("Aktuellt", "Kräkts fem gånger, periodvisa skrikattacker och blek mellan attackerna."),
    ("Bedömning", "Gastroenterit trolig men DD invagination. Ultraljud buk akut.")],
  "'DD invagination' in a child", nl102=P, kid=True)
C("barn-misstankt-astma-upprepade-obstruktiviteter", "barn2", "Läkaranteckning", [
    ("Aktuellt", "Fjärde episoden med pip i bröstet i vinter, även vid lek utomhus."),
    ("Bedömning", "Misstänkt astma. Inhalationskortison i tre månader och uppföljning hos astmasköterska.")],
  "'Misstänkt astma' in a child", nl102=P, kid=True)
C("barn-mor-astma-obstruktiv-bronkit", "barn2", "Läkaranteckning", [
    ("Hereditet", "Mor astma och pollenallergi, far frisk."),
    ("Bedömning", "Obstruktiv bronkit i samband med förkylning. Airomir med spacer vid behov.")],
  "the mother's asthma is only family history", nl102=N, kid=True)
C("barn-typo-impetego-fucidin", "barn2", "Läkaranteckning", [
    ("Status", "Gulaktiga krustor runt munnen och på hakan."),
    ("Bedömning", "Impetego. Tvätt med tvål och vatten samt Fucidin kräm i en vecka.")],
  "typo 'Impetego', settled", nl102=N, kid=True)
C("barn-scharlakansfeber-trolig", "barn1", "Akutanteckning", [
    ("Status", "Smultrontunga och finprickigt sandpappersliknande utslag på bålen."),
    ("Bedömning", "Scharlakansfeber trolig, strep A-test tas. PcV om positivt.")],
  "postposed 'trolig' after scarlet fever", nl102=P, kid=True)
C("barn-vattkoppor-forskola", "barn2", "Läkaranteckning", [
    ("Aktuellt", "Blåsor i olika stadier över hela kroppen, flera barn på förskolan har samma."),
    ("Bedömning", "Vattkoppor. Klådstillande och hemma tills blåsorna torkat in.")],
  "settled chickenpox", nl102=N, kid=True)
C("barn-ev-kommande-aterbesok-obstipation", "barn2", "Läkaranteckning", [
    ("Aktuellt", "Hård avföring var fjärde dag och ont i magen innan toalettbesök."),
    ("Bedömning", "Funktionell förstoppning. Movicol dagligen, ev. återbesök till barnsköterska om en månad.")],
  "'ev.' hedges a follow-up, constipation settled", nl102=N, kid=True)
C("barn-uvi-foraldrar-informerade", "barn1", "Akutanteckning", [
    ("Aktuellt", "Ettåring med feber 39,8 utan fokus, kateterurin med nitrit och leukocyter."),
    ("Bedömning", "Febril UVI. Föräldrarna informerade om diagnosen och att urinvägarna ska undersökas med ultraljud.")],
  "guardians told about the child's diagnosis: no NL101", nl102=N, nl101=N, kid=True)

# ---------------------------------------------------------------- Skåne Melior
C("sk-trolig-rosfeber", "sakut1", "Akutanteckning", [
    ("Aktuellt", "Hastigt insjuknande med frossa och rött varmt underben."),
    ("Bedömning", "Trolig rosfeber vänster underben. Kåvepenin och högläge.")],
  "old lay word rosfeber after 'Trolig' in Skåne Melior", nl102=P)
C("sk-cellulit-fran-sar", "sakut2", "Akutanteckning", [
    ("Status", "Svullen och rodnad hö fotrygg runt ett skavsår från nya kängor."),
    ("Bedömning", "Cellulit hö fot utgående från sår. Flukloxacillin 1 g x 3 i tio dagar.")],
  "settled cellulitis in Skåne Melior", nl102=N)
C("sk-typo-misstankt-pnemoni", "smed1", "Inskrivningsanteckning", [
    ("Aktuellt", "Feber, hosta och nedsatt allmäntillstånd hos 88-åring från eget boende."),
    ("Bedömning", "Misstänkt pnemoni vä, lungröntgen beställd. Cefotaxim iv i väntan.")],
  "typo 'pnemoni' after 'Misstänkt'", nl102=P)
C("sk-hjarnskakning-cykelolycka", "sakut1", "Akutanteckning", [
    ("Aktuellt", "Cyklade omkull utan hjälm, minns inte själva fallet."),
    ("Bedömning", "Hjärnskakning. DT skalle normal, skriftliga råd om vila och varningstecken.")],
  "lay word hjärnskakning, settled", nl102=N)
C("sk-inga-tecken-pa-dvt", "sakut2", "Akutanteckning", [
    ("Status", "Lika omfång på vaderna, ingen ömhet längs venerna."),
    ("Bedömning", "Inga tecken på DVT. Muskelbristning i vadmuskeln efter padel.")],
  "'Inga tecken på DVT' is negated", nl102=N)
C("sk-barn-misstankt-pneumoni", "sbarn", "Akutanteckning", [
    ("Aktuellt", "Sexåring med hög feber i fyra dygn och snabb andning."),
    ("Bedömning", "Misstänkt pneumoni hö, CRP 160. Amoxicillin och kontroll på barnmottagningen om två dagar.")],
  "child in Skåne Melior with 'Misstänkt pneumoni'", nl102=P, kid=True)
C("sk-tidiga-hypoteser-mall-kol", "smed1", "Tidiga hypoteser", [
    ("Aktuellt", "Långvarig hosta och pip i bröstet hos f.d. rökare."),
    ("Bedömning", "Trol. KOL, DD astma med fast obstruktion. Spirometri inväntas innan det tas upp med patienten.")],
  "hypothesis inside the Skåne template Tidiga hypoteser is not visible", nl102=N)
C("sk-ff-kant-frekvensreglerat", "smed1", "Daganteckning", [
    ("Aktuellt", "Känt permanent FF, i natt kammarfrekvens kring 140."),
    ("Bedömning", "Förmaksflimmer med snabb kammarfrekvens vid infektion. Metoprolol höjs, antikoagulation fortsätter.")],
  "known AF, settled", nl102=N)
C("sk-trol-njurstensanfall", "sakut2", "Akutanteckning", [
    ("Aktuellt", "Vaknade med svår smärta i hö flank, kräkts två gånger."),
    ("Bedömning", "Trol. njurstensanfall hö. Voltaren supp och lågdos-DT.")],
  "'Trol. njurstensanfall' in Skåne Melior", nl102=P)
C("sk-gyn-misstankt-salpingit", "sgyn", "Akutanteckning", [
    ("Aktuellt", "Nedre buksmärta och flytningar sedan fyra dagar, ny partner."),
    ("Bedömning", "Misstänkt salpingitt. Klamydia- och gonorréprov taget, doxycyklin insätts.")],
  "gynaecological hypothesis with typo 'salpingitt'", nl102=P)
C("sk-gyn-kan-ej-utesluta-x", "sgyn", "Akutanteckning", [
    ("Aktuellt", "Vaginal blödning och ensidig buksmärta, mens fem veckor sen, graviditetstest positivt."),
    ("Bedömning", "Kan ej utesluta extrauterin graviditet, ingen intrauterin hinna på vaginalt ultraljud. Nytt hCG om 48 timmar.")],
  "'Kan ej utesluta' before ectopic pregnancy", nl102=P)
C("sk-gyn-vaginal-candida", "sgyn", "Akutanteckning", [
    ("Status", "Vita gryniga flytningar och rodnad vulva, pH 4,2."),
    ("Bedömning", "Vaginal candida. Klotrimazol vagitorier i tre dagar.")],
  "settled vaginal candidiasis", nl102=N)
C("sk-ogon-trol-bakteriell-konjunktivit", "sogon", "Läkaranteckning", [
    ("Aktuellt", "Rött vänster öga med gult klibbigt sekret på morgonen."),
    ("Bedömning", "Trol. bakteriell konjunktivit. Fucithalmic i en vecka, åter vid nedsatt syn.")],
  "eye hypothesis 'Trol. bakteriell konjunktivit'", nl102=P)
C("sk-ogon-framre-uveit", "sogon", "Läkaranteckning", [
    ("Status", "Ciliär injektion och celler i främre kammaren vänster öga."),
    ("Bedömning", "Främre uveit vänster öga. Dexametason droppar och cykloplegika, återbesök om en vecka.")],
  "settled anterior uveitis", nl102=N)
C("sk-dd-migran-spanningshuvudvark", "sakut1", "Akutanteckning", [
    ("Aktuellt", "Dunkande ensidig huvudvärk med ljuskänslighet, haft liknande förr."),
    ("Bedömning", "Neurologiskt status utan anmärkning. Migrän, DD spänningshuvudvärk, sumatriptan provas.")],
  "DD between two common headache diagnoses", nl102=P)
C("sk-draft-ev-gikt-stortaled", "smed1", "Daganteckning", [
    ("Aktuellt", "Svullen, het och mycket öm stortåled hö sedan i natt, står på diuretika."),
    ("Bedömning", "Ev. gikt, urat tas och ledpunktion övervägs. Colchicin i väntan.")],
  "unsigned draft with 'Ev. gikt'", nl102=P, draft=True)
C("sk-gikt-uratkristaller", "smed1", "Daganteckning", [
    ("Aktuellt", "Ledvätskan från stortåleden undersökt i polarisationsmikroskop."),
    ("Bedömning", "Uratkristaller påvisade, akut giktartrit hö stortåled. Prednisolon i fem dagar.")],
  "gout proven by crystals is settled", nl102=N)

# ---------------------------------------------------------------- VGR/Skåne protected sökord
C("vgr-tidiga-hypoteser-sokord-depression", "vc3", "Läkaranteckning", [
    ("Aktuellt", "Diffusa smärtor i kroppen sedan ett halvår, flera normala provtagningar."),
    ("Tidiga hypoteser", "Möjlig depression bakom de långvariga smärtorna, tas upp vid nästa besök."),
    ("Planering", "Återbesök om tre veckor för genomgång av smärtdagbok.")],
  "hypothesis only under the VGR sökord Tidiga hypoteser", nl102=N)

# ---------------------------------------------------------------- Skåne PMO (never NL102)
C("pmo-vc-trol-uvi", "pvc1", "Läkaranteckning", [
    ("Aktuellt", "Sveda och blod i urinen sedan två dagar."),
    ("Bedömning", "Trol. UVI. Selexid 200 mg x 3 i fem dagar.")],
  "PMO never shows diagnoses: 'Trol. UVI' must not fire", nl102=N)
C("pmo-vc-misstankt-pneumoni", "pvc2", "Läkaranteckning", [
    ("Aktuellt", "Feber och hosta i en vecka, smärta vid djupandning."),
    ("Bedömning", "Misstänkt pneumoni, CRP 98. Kåvepenin och kontroll om tre dagar.")],
  "PMO note with 'Misstänkt pneumoni'", nl102=N)
C("pmo-vc-dd-dvt", "pvc1", "Läkaranteckning", [
    ("Aktuellt", "Svullet vä ben sedan en vecka efter gipsbehandling."),
    ("Bedömning", "DD DVT, remiss akut till ultraljud på lasarettet.")],
  "PMO note with 'DD DVT'", nl102=N)
C("pmo-bvc-fragetecken-oma", "pbvc", "Besöksanteckning", [
    ("Aktuellt", "Mamma berättar att barnet haft feber och sovit oroligt i tre nätter."),
    ("Bedömning", "?Öroninflammation, hänvisas till vårdcentralens läkare samma dag.")],
  "PMO child health note with '?Öroninflammation'", nl102=N, kid=True, role="sjuksköterska")
C("pmo-hemsjukvard-misstankt-uvi", "phsv", "Omvårdnadsanteckning", [
    ("Aktuellt", "Brukaren är mer förvirrad än vanligt och urinen luktar starkt."),
    ("Åtgärd", "Misstänkt UVI, urinprov taget och ansvarig läkare kontaktad.")],
  "PMO home-care nurse with 'Misstänkt UVI'", nl102=N, role="sjuksköterska")
C("pmo-vc-ev-baltros", "pvc2", "Läkaranteckning", [
    ("Aktuellt", "Stickande smärta över vänster skulderblad och några röda prickar."),
    ("Bedömning", "Ev. bältros, Valaciklovir förskrivs.")],
  "PMO note with 'Ev. bältros'", nl102=N)
C("pmo-vc-typo-misstant-sinuit", "pvc1", "Läkaranteckning", [
    ("Aktuellt", "Ensidig värk över kinden och var från näsan i två veckor."),
    ("Bedömning", "Misstänt sinuit, amoxicillin i tio dagar.")],
  "PMO with typo 'Misstänt', never NL102", nl102=N)

# ---------------------------------------------------------------- NL101
C("nl101-pneumoni-ej-informerad-rond", "med2", "Daganteckning", [
    ("Undersökningsresultat", "Lungröntgen visar pneumoni i vänster underlob."),
    ("Planering", "Pat ej informerad om röntgensvaret ännu, avdelningsläkaren tar det på ronden imorgon.")],
  "settled pneumonia visible while the patient is not yet told", nl101=P, nl102=N)
C("nl101-ff-besked-efter-kardiolog", "akut1", "Akutanteckning", [
    ("Undersökningsresultat", "Långtids-EKG visar förmaksflimmer i episoder om flera timmar."),
    ("Planering", "Patienten ska inte få beskedet förrän kardiolog bedömt behovet av antikoagulation.")],
  "AF visible while the patient must not be told yet", nl101=P, nl102=N)
C("nl101-depression-ej-meddelad", "vc2", "Läkaranteckning", [
    ("Bedömning", "Svår depressionsepisod enligt MADRS och strukturerad intervju."),
    ("Planering", "Diagnosen har ännu inte meddelats patienten, görs vid samtal tillsammans med kurator på torsdag.")],
  "depression visible, diagnosis not yet communicated", nl101=P, nl102=N)
C("nl101-diabetes-ej-underrattad", "vc1", "Läkaranteckning", [
    ("Bedömning", "HbA1c 58 och 61, diabetes mellitus typ 2."),
    ("Planering", "Pat ej underrättad, besked ges vid planerat återbesök nästa vecka.")],
  "type 2 diabetes visible, patient not informed", nl101=P, nl102=N)
C("nl101-typo-ej-informerd-pneumonin", "smed1", "Daganteckning", [
    ("Bedömning", "DT thorax bekräftar pneumonin i hö överlob."),
    ("Planering", "Pat ej informerd om DT-fyndet, tas upp när dottern är på plats.")],
  "typo 'informerd': patient not told about a visible diagnosis", nl101=P, nl102=N)
C("nl101-skane-gallsten-vet-inte", "sakut2", "Akutanteckning", [
    ("Undersökningsresultat", "Ultraljud visar multipla gallstenar och förtjockad gallblåsevägg, akut kolecystit."),
    ("Bedömning", "Patienten vet ännu inte om fyndet, kirurgen informerar vid sin bedömning.")],
  "Skåne Melior: cholecystitis visible while the patient does not yet know", nl101=P, nl102=N)
C("nl101-hypotyreos-tas-upp-senare", "vc3", "Läkaranteckning", [
    ("Bedömning", "TSH 18 och lågt fritt T4, hypotyreos."),
    ("Planering", "Ej tagit upp provsvaret med patienten än, hon ska informeras först vid återbesöket.")],
  "hypothyroidism visible, informing deferred", nl101=P, nl102=N)
C("nl101-kol-informerad-om-diagnos", "vc2", "Läkaranteckning", [
    ("Bedömning", "Spirometri efter bronkdilatation förenlig med KOL."),
    ("Planering", "Pat informerad om diagnosen och om vikten av rökstopp.")],
  "COPD communicated: no NL101", nl101=N, nl102=N)
C("nl101-ej-informerad-om-tid-utan-diagnos", "vc1", "Sjuksköterskeanteckning", [
    ("Administration", "Remiss för koloskopi skickad enligt läkarens ordination."),
    ("Planering", "Patienten har ännu inte informerats om tiden, kallelse kommer per brev.")],
  "not informed about an appointment, no diagnosis in the note", nl101=N, role="sjuksköterska")
C("nl101-tidiga-hypoteser-ej-informerad", "med1", "Daganteckning", [
    ("Aktuellt", "Ökande bensvullnad och andfåddhet vid lätt ansträngning."),
    ("Tidiga hypoteser", "Trol. hjärtsvikt, ej informerat patienten i väntan på ekokardiografi."),
    ("Planering", "Ekokardiografi beställd till tisdag.")],
  "unsent hypothesis kept in the protected sökord: neither NL101 nor NL102", nl101=N, nl102=N)
C("nl101-astma-besked-2020", "barn2", "Läkaranteckning", [
    ("Aktuellt", "Astma sedan 2020, föräldrarna fick beskedet då och barnet sköter nu sina inhalationer själv."),
    ("Bedömning", "Välkontrollerad astma. Fortsatt Flutide 125 mikrogram x 2.")],
  "diagnosis communicated long ago", nl101=N, nl102=N, kid=True)
C("nl101-sk-erysipelas-informerad-hemgang", "sakut1", "Akutanteckning", [
    ("Bedömning", "Erysipelas hö underben utan tecken på abscess."),
    ("Planering", "Patienten informerad om diagnos, behandling och när hon ska söka igen.")],
  "Skåne Melior: settled and communicated", nl101=N, nl102=N)


# ================================================================ build
def luhn_check(digits):
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def make_pnr(bd, serial):
    base = bd.strftime("%y%m%d") + "%03d" % serial
    return "%s-%03d%d" % (bd.strftime("%Y%m%d"), serial, luhn_check(base))


def age_at(bd, day):
    return day.year - bd.year - ((day.month, day.day) < (bd.month, bd.day))


def build():
    out = []
    for i, c in enumerate(CASES):
        unit_name, hsa, ruleset, system, setting = UNITS[c["unit"]]
        month = i % 12 + 1
        day = (i * 5) % 27 + 1
        hour = 8 + (i * 3) % 9
        minute = (i * 7) % 60
        t = dt.datetime(2024, month, day, hour, minute)
        signed = None if c["draft"] else (t + dt.timedelta(minutes=25 + (i * 11) % 90)).isoformat()
        as_of = dt.datetime(2024, month, 28, 23, 59).isoformat()
        if c["bd"]:
            bd = dt.date.fromisoformat(c["bd"])
        elif c["kid"]:
            bd = dt.date(2013 + (i * 3) % 10, (i * 5) % 12 + 1, (i * 7) % 28 + 1)
        else:
            bd = dt.date(1938 + (i * 17) % 66, (i * 3) % 12 + 1, (i * 11) % 28 + 1)
        pnr = make_pnr(bd, (i * 37 + 101) % 1000)
        names = NURSES if c["role"] == "sjuksköterska" else DOCTORS
        note = {
            "id": "n1", "system": system, "template": c["template"],
            "unit": {"name": unit_name, "hsa_id": hsa},
            "author": {"name": names[i % len(names)], "role": c["role"]},
            "time": t.isoformat(), "signed": signed, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        must, must_not = [], []
        for code, val in (("NL101", c["nl101"]), ("NL102", c["nl102"])):
            if val == P:
                must.append([code, "n1"])
            elif val == N:
                must_not.append([code, "n1"])
        out.append({
            "case": c["name"], "ruleset": ruleset,
            "record": {"patient": {"id": pnr, "birth_date": bd.isoformat(), "protected_identity": False},
                       "as_of": as_of, "notes": [note],
                       "access_events": [], "conversations": [], "treatments": []},
            "must": must, "must_not": must_not, "why": c["why"],
        })
    return out


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
PROTECTED_VGR = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
                 "Tredje person", "Enkelblind prövning"}


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case")
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: wrong keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        if c["ruleset"] not in ("vgr", "skane"):
            errs.append("%s: bad ruleset" % n)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        rec = c["record"]
        pat = rec["patient"]
        bd = dt.date.fromisoformat(pat["birth_date"])
        pid = pat["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m or m.group(1) != bd.strftime("%Y%m%d"):
            errs.append("%s: personnummer does not match birth_date" % n)
        else:
            digits = pid[2:8] + pid[9:12]
            if luhn_check(digits) != int(pid[12]):
                errs.append("%s: personnummer Luhn check fails" % n)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        stamps = [as_of]
        ids = set()
        for note in rec["notes"]:
            ids.add(note["id"])
            stamps.append(dt.datetime.fromisoformat(note["time"]))
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                stamps.append(s)
                if s < dt.datetime.fromisoformat(note["time"]):
                    errs.append("%s: signed before written" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if not 2 <= len(note["sections"]) <= 4:
                errs.append("%s: %d sections" % (n, len(note["sections"])))
            for sec in note["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            errs.append("%s: sentence repeated from %s: %r" % (n, sentences[sent], sent))
                        else:
                            sentences[sent] = n
        for st in stamps:
            if st.year != 2024:
                errs.append("%s: date outside 2024 %s" % (n, st))
            if bd > st.date():
                errs.append("%s: born after a note" % n)
            if 13 <= age_at(bd, st.date()) <= 15:
                errs.append("%s: patient aged 13-15" % n)
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s not allowed" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                if (code, target) in seen:
                    errs.append("%s: %s asserted twice" % (n, code))
                seen.add((code, target))
        systems = {note["system"] for note in rec["notes"]}
        if "PMO" in systems:
            if ["NL102", "n1"] in c["must"]:
                errs.append("%s: NL102 must on PMO" % n)
            if any(code == "NL101" for code, _ in c["must"] + c["must_not"]):
                errs.append("%s: NL101 asserted on PMO" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(cases), OUT))
    for k in sorted(counts):
        print("%s %s %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
