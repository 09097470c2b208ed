#!/usr/bin/env python3
"""nl1r: independent gold cases for notelint NL101/NL102.

Dictated notes typed by medical secretaries (epikriser, utskrivningsanteckningar,
mottagningsbesök) in psychiatry, pediatrics, geriatrics, internal medicine, oncology and
rehabilitation. Long flowing sentences, first-person plural, full words, some dictation
errors (homophones, missing words, misheard diagnosis names) and realistic typos.

Dependency-free and deterministic: `python3 build.py` writes nl1r_dev_cases.jsonl beside
this file and validates it; exit status 1 on any problem.
"""
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1r_dev_cases.jsonl"
S, V = "skane", "vgr"

UNITS = {
    # Skåne, Melior
    "intMalmo": ("Medicinkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4121"),
    "intYstad": ("Medicinkliniken, Lasarettet i Ystad", "SE2321000255-3720"),
    "intHassleholm": ("Medicinkliniken, Hässleholms sjukhus", "SE2321000255-3905"),
    "intTrelleborg": ("Medicinkliniken, Lasarettet Trelleborg", "SE2321000255-3830"),
    "intKristianstad": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-3950"),
    "intHbg": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-3960"),
    "gastroLund": ("Mag- och tarmmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4020"),
    "endoMalmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4130"),
    "lungLund": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-4250"),
    "onkLund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4410"),
    "onkMalmo": ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4415"),
    "gerHbg": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-3307"),
    "gerMalmo": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3310"),
    "minneLund": ("Minnesmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3350"),
    "gerLandskrona": ("Geriatriska kliniken, Lasarettet i Landskrona", "SE2321000255-3460"),
    "gerYstad": ("Geriatriska avdelningen, Lasarettet i Ystad", "SE2321000255-3410"),
    "pedsKristianstad": ("Barn- och ungdomsmedicinska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-2210"),
    "pedsHbg": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-2320"),
    "pedsReumaLund": ("Barnreumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2450"),
    "pedsOnkLund": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-2510"),
    "pedsMalmo": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2120"),
    "psychLund": ("Vuxenpsykiatrimottagning Lund", "SE2321000255-5120"),
    "psychAffLund": ("Affektiva mottagningen, Vuxenpsykiatri Lund", "SE2321000255-5160"),
    "npfMalmo": ("Neuropsykiatriska utredningsenheten, Vuxenpsykiatri Malmö", "SE2321000255-5230"),
    "psychMalmoSoder": ("Vuxenpsykiatrimottagning Malmö Söder", "SE2321000255-5150"),
    "psychAkutMalmo": ("Psykiatriska akutmottagningen, Vuxenpsykiatri Malmö", "SE2321000255-5050"),
    "psychHbg": ("Allmänpsykiatrisk mottagning, Vuxenpsykiatri Helsingborg", "SE2321000255-5310"),
    "rehabOrup": ("Rehabiliteringsmedicinska kliniken, Orupssjukhuset Höör", "SE2321000255-6031"),
    "strokeLund": ("Strokerehabiliteringen, Skånes universitetssjukhus Lund", "SE2321000255-6040"),
    "rehabHbg": ("Neurorehabiliteringen, Helsingborgs lasarett", "SE2321000255-6140"),
    # Skåne, PMO (primary care)
    "vcKirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-1150"),
    "bvcTomelilla": ("Barnavårdscentralen Tomelilla", "SE2321000255-1420"),
    "vcHoor": ("Vårdcentralen Höör", "SE2321000255-1230"),
    "vcLomma": ("Vårdcentralen Lomma", "SE2321000255-1310"),
    "rehabSjobo": ("Rehabenheten, Vårdcentralen Sjöbo", "SE2321000255-1510"),
    # Västra Götaland, Melior
    "gerMolndal": ("Geriatriska kliniken, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000008011"),
    "minneMolndal": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000008320"),
    "gerSkovde": ("Geriatrik, Skaraborgs sjukhus Skövde", "SE2321000131-E000000008801"),
    "gerOstra": ("Akutgeriatriken, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000008110"),
    "gerUddevalla": ("Geriatriska mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000008230"),
    "pedsGbg": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004410"),
    "pedsTrollhattan": ("Barn- och ungdomsmedicin, NU-sjukvården Trollhättan", "SE2321000131-E000000004520"),
    "pedsSkovde": ("Barnmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000004630"),
    "pedsEndoGbg": ("Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004740"),
    "pedsKirGbg": ("Barnkirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004850"),
    "intUddevalla": ("Medicinkliniken, Uddevalla sjukhus", "SE2321000131-E000000007720"),
    "intKungalv": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000007830"),
    "intLidkoping": ("Medicinkliniken, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000007940"),
    "intAlingsas": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000007050"),
    "hjartAlingsas": ("Hjärtsviktsmottagningen, Alingsås lasarett", "SE2321000131-E000000009912"),
    "intOstra": ("Medicinkliniken, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000007380"),
    "endoGbg": ("Endokrinologiska mottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000007160"),
    "hemBoras": ("Hematologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000007270"),
    "psychAff": ("Psykiatri Affektiva, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000005511"),
    "psychBeroende": ("Beroendemottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000005620"),
    "psychBoras": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000005730"),
    "psychPsykos": ("Psykosmottagningen, Psykiatri Psykos, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000005840"),
    "psychAlingsas": ("Psykiatrisk öppenvårdsmottagning, Alingsås", "SE2321000131-E000000005950"),
    "jubileum": ("Jubileumskliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000003302"),
    "onkBoras": ("Onkologiska kliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003410"),
    "lungonkGbg": ("Lungonkologiska mottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000003520"),
    "onkSkovde": ("Onkologiska kliniken, Skaraborgs sjukhus Skövde", "SE2321000131-E000000003630"),
    "rehabBoras": ("Rehabiliteringsmedicin, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000006630"),
    "rehabHogsbo": ("Rehabiliteringsmedicin, Sahlgrenska universitetssjukhuset Högsbo", "SE2321000131-E000000006740"),
    "rehabSkovde": ("Rehabiliteringsmedicin, Skaraborgs sjukhus Skövde", "SE2321000131-E000000006850"),
}

CASES = []


def add(name, rs, unit, tmpl, setting, born, serial, when, signed, author, sections,
        must=(), must_not=(), why="", system="Melior", role="läkare"):
    """One case. `when` is 'YYYY-MM-DD HH:MM'; `signed` minutes after it, or None (draft)."""
    CASES.append(dict(name=name, rs=rs, unit=unit, tmpl=tmpl, setting=setting, born=born,
                      serial=serial, when=when, signed=signed, author=author,
                      sections=sections, must=list(must), must_not=list(must_not),
                      why=why, system=system, role=role))


# ---------------------------------------------------------------------------------------
# A. NL102 positives: hypotheses written in running, dictated text of a visible Melior note
# ---------------------------------------------------------------------------------------
add("nl1r-intmed-epikris-vi-misstanker-hemokromatos", S, "intMalmo", "Epikris", "slutenvård",
    "1961-09-03", "417", "2024-02-13 14:10", 95, "Johan Lindqvist", [
        ("Aktuellt", "Patienten som sedan tidigare har en välbehandlad typ 2-diabetes och en hypertoni inkommer nu via akutmottagningen på grund av tilltagande trötthet, ledvärk i händerna och förhöjda leverprover som noterats av distriktsläkaren vid en rutinkontroll."),
        ("Förlopp", "Under vårdtiden har vi kompletterat med järnstatus, där ferritin ligger på 1850 och transferrinmättnaden är kraftigt förhöjd, medan hepatitserologin är negativ och ultraljud av levern visar en lätt förfettning utan fokala förändringar."),
        ("Bedömning", "Sammantaget misstänker vi en hereditär hemokromatos, och vi har därför skickat gentest avseende HFE-mutation som svar väntas om cirka tre veckor."),
        ("Planering", "Patienten återremitteras till vårdcentralen för fortsatt diabeteskontroll, och vi kallar honom själva till levermottagningen när gentestet är klart. Vi tackar för förtroendet."),
    ], must=["NL102"], why="hereditary haemochromatosis suspected in running epikris text ('misstänker vi'); dictation error 'som svar' for 'där svar'")

add("nl1r-ger-utskrivning-levy-body-kan-inte-uteslutas", V, "gerMolndal", "Utskrivningsanteckning", "slutenvård",
    "1939-11-22", "262", "2024-03-06 11:40", 240, "Karin Sjöberg", [
        ("Anamnes", "Patienten är en 84-årig kvinna som bor ensam i lägenhet med hemtjänst två gånger dagligen och som inkom efter att hemtjänsten hittat henne förvirrad på golvet, där hon enligt egen uppgift hade sett små barn som sprang runt i vardagsrummet."),
        ("Förlopp", "Vi har under vårdtiden noterat att hennes kognitiva förmåga varierar påtagligt från dag till dag, och hon har haft en lätt stelhet i armarna samt ett kortstegat gångmönster som inte finns beskrivet tidigare."),
        ("Bedömning", "Någon infektion eller metabol orsak har inte påvisats, och med tanke på synhallucinationerna, fluktuationerna och de extrapyramidala symtomen kan man inte utesluta en Levy body-demens, vilket vi vill att minnesmottagningen tar ställning till."),
        ("Planering", "Remiss är skickad till minnesmottagningen, och vi avråder från insättning av neuroleptika i väntan på deras bedömning."),
    ], must=["NL102"], why="misheard 'Levy body-demens' (Lewy body) hedged with 'kan man inte utesluta' in a discharge note")

add("nl1r-onk-sannolikt-skelettmetastaser-diskuterat-med-patienten", S, "onkLund", "Mottagningsanteckning", "öppenvård",
    "1957-02-14", "648", "2024-04-09 10:15", 180, "Maria Holmgren", [
        ("Aktuellt", "Patienten, som opererades och strålbehandlades för en östrogenreceptorpositiv bröstcancer i vänster bröst 2019 och som sedan dess har stått på adjuvant aromatashämmare, kommer idag på extra besök på grund av värk i ländryggen sedan sex veckor tillbaka som inte har svarat på paracetamol."),
        ("Utredning", "Skelettscintigrafin som gjordes i förra veckan visar ett flertal upptag i ländkotpelaren och i höger höftben, och ALP är måttligt förhöjt."),
        ("Bedömning", "Det rör sig sannolikt om ett recidiv av hennes bröstcancer i form av skelettmetastaser, även om vi ännu saknar histologisk verifikation, och vi har vid dagens besök diskuterat detta öppet med patienten och hennes make."),
        ("Planering", "Vi planerar en DT-ledd biopsi från höftbenet samt en DT thorax och buk för stadieindelning, och patienten får återbesök hos undertecknad när svaren föreligger."),
    ], must=["NL102"], must_not=["NL101"], why="'det rör sig sannolikt om' a recurrence; the suspicion was discussed openly with the patient, so not NL101")

add("nl1r-ped-forsta-hand-postinfektios-glomerulonefrit", V, "pedsGbg", "Inskrivningsanteckning", "slutenvård",
    "2016-08-19", "395", "2024-05-21 19:30", 60, "Erik Wallin", [
        ("Kontaktorsak", "Sjuårig pojke som remitteras från vårdcentralen på grund av rödbrun urin och svullnad kring ögonen sedan två dagar."),
        ("Anamnes", "Pojken hade för cirka två veckor sedan en halsfluss som behandlades med penicillin, och föräldrarna berättar att han nu kissar mindre än vanligt och har klagat på huvudvärk."),
        ("Status", "Opåverkad men blek, blodtryck 138/92, lätta ödem i ögonlocken och över fotryggarna."),
        ("Bedömning", "I första hand tänker vi på en postinfektiös glomerulonefrit efter streptokockinfektion, och vi har därför kompletterat med komplement, ASO och urinsediment."),
        ("Planering", "Vätskerestriktion, dagliga vikter och blodtryckskontroller fyra gånger per dygn, och vi har informerat föräldrarna om att vi räknar med några dagars vårdtid."),
    ], must=["NL102"], why="'i första hand tänker vi på' glomerulonephritis in a child (<13) admission note; guardians read Melior")

add("nl1r-psyk-misstanker-bipolar-typ2-typo", S, "psychLund", "Läkaranteckning", "psykiatrisk öppenvård",
    "1991-04-07", "226", "2024-01-24 13:00", 120, "Sofia Berg", [
        ("Aktuellt", "Patienten som sedan tidigare har en behandlad depression och som står på sertralin 100 milligram kommer idag tillsammans med sin sambo, som har hört av sig med oro för att hon de senaste veckorna har sovit mycket lite, pratat fort och handlat kläder för stora summor."),
        ("Bedömning", "Vid samtalet framkommer att hon har haft liknande perioder av förhöjd stämning minst två gånger tidigare, varje gång i några dagar, och vi misstänker därför att det rör sig om en biploär sjukdom typ 2 snarare än en unipolär depression."),
        ("Planering", "Vi har diskuterat med patienten att sertralinet bör trappas ned, och vi planerar insättning av lamotrigin efter en förnyad bedömning om två veckor, där även sambon gärna får delta."),
    ], must=["NL102"], why="suspected bipolar II in adult psychiatry running text; typo 'biploär' in the diagnosis")

add("nl1r-intmed-epikris-differentialdiagnostiskt-tuberkulos", V, "intUddevalla", "Epikris", "slutenvård",
    "1979-10-30", "151", "2024-03-19 15:20", 70, "Anders Nyberg", [
        ("Anamnes", "Patienten är en 44-årig man, tidigare i stort sett frisk, som söker på grund av torrhosta, feber och ömmande röda knölar på underbenen sedan drygt en vecka, och som på lungröntgen visar förstorade lymfkörtlar i båda lunghilus."),
        ("Bedömning", "Bilden är typisk för ett Löfgrens syndrom, men differentialdiagnostiskt övervägs även en tuberkulos med tanke på att patienten vistades i Somalia under flera månader i vintras, och vi har därför tagit Quantiferon och sputum för odling."),
        ("Planering", "Behandling med antiinflammatoriska läkemedel, och återbesök på lungmottagningen om fyra veckor med ny lungröntgen, då även odlingssvaren bör vara klara."),
    ], must=["NL102"], why="'differentialdiagnostiskt övervägs' tuberculosis in an epikris")

add("nl1r-rehab-myastenia-gravid-felhord-bor-overvagas", S, "rehabOrup", "Mottagningsanteckning", "öppenvård",
    "1968-12-01", "480", "2024-02-27 09:45", 200, "Helena Rydberg", [
        ("Aktuellt", "Patienten som genomgår rehabilitering efter en lindrig hjärnskakning i samband med en cykelolycka i höstas berättar att hon sedan en tid tillbaka ser dubbelt framåt kvällen och att ögonlocken hänger, något som hon själv har kopplat till tröttheten."),
        ("Status", "Vid uttröttningstest med blicken riktad uppåt tilltar ptosen på vänster sida efter knappt en minut, och hon har en lätt uttröttbarhet i proximal muskulatur."),
        ("Bedömning", "Med tanke på de fluktuerande symtomen och den tydliga uttröttbarheten bör en myastenia gravid övervägas, och vi har därför remitterat henne till neurologmottagningen samt tagit antikroppar mot acetylkolinreceptorn."),
        ("Planering", "Fortsatt träning hos fysioterapeuten, men med kortare pass och fler pauser, och vi ses igen efter neurologens bedömning."),
    ], must=["NL102"], why="'med tanke på ... bör X övervägas' with a misheard diagnosis (myastenia 'gravid' for gravis)")

add("nl1r-onk-stralningspneumonit-kan-inte-uteslutas-utkast", V, "jubileum", "Mottagningsanteckning", "öppenvård",
    "1952-06-18", "539", "2024-06-11 16:05", None, "Per Åkesson", [
        ("Aktuellt", "Patienten som har en icke-småcellig lungcancer i höger överlob och som avslutade sin kurativt syftande kemoradioterapi för sex veckor sedan hör av sig på grund av tilltagande andfåddhet och torrhosta, och han har idag kommit på ett extra besök."),
        ("Status", "Saturation 93 procent i vila, enstaka krepitationer basalt på höger sida, afebril."),
        ("Röntgen", "DT thorax visar nytillkomna ground glass-förändringar som följer strålfältet utan tecken på lungemboli."),
        ("Bedömning", "Man kan inte utesluta en strålningsinducerad pneumonit, även om en infektion också är möjlig, och vi har efter diskussion med patienten valt att påbörja prednisolon 40 milligram dagligen."),
        ("Planering", "Telefonkontakt med kontaktsjuksköterskan om en vecka och ny DT om sex veckor."),
    ], must=["NL102"], why="radiation pneumonitis 'kan inte uteslutas' in an unsigned dictated draft (pre-signing)")

add("nl1r-ger-epikris-sannolikt-delirium-typo", S, "gerHbg", "Epikris", "slutenvård",
    "1934-03-09", "075", "2024-03-28 13:25", 150, "Lars Engström", [
        ("Aktuellt", "Patienten är en 90-årig man med känt förmaksflimmer och hjärtsvikt som bor på särskilt boende, och som inkommer på grund av att han sedan två dagar är orolig, plockig och vaken nattetid, vilket personalen inte har sett tidigare."),
        ("Förlopp", "Urinsticka var positiv för nitrit och leukocyter, och odlingen visade E. coli som vi har behandlat med pivmecillinam under fem dagar."),
        ("Bedömning", "Det rör sig sannolikt om ett delierium utlöst av urinvägsinfektionen, och han har under vårdtiden successivt klarnat upp, även om han ännu inte är riktigt tillbaka på sin tidigare nivå enligt dottern."),
        ("Planering", "Återgår till boendet, och vi ber om att distriktsläkaren gör en kognitiv bedömning om cirka två månader när han har återhämtat sig helt."),
    ], must=["NL102"], why="'det rör sig sannolikt om' delirium in a geriatric epikris; typo 'delierium'")

add("nl1r-psyk-differentialdiagnostiskt-eips", V, "psychAff", "Läkaranteckning", "psykiatrisk öppenvård",
    "1999-07-25", "344", "2024-04-16 14:30", 90, "Jenny Lundgren", [
        ("Anamnes", "Patienten är en 24-årig kvinna som har följts på mottagningen för ett återkommande depressivt syndrom, men där man vid upprepade tillfällen har noterat snabba svängningar i mående, självskadebeteende i form av skärande samt intensiva och instabila relationer."),
        ("Bedömning", "Vi har idag diskuterat hennes mående öppet, och differentialdiagnostiskt övervägs en emotionellt instabil personlighetsstörning, vilket vi vill utreda vidare med strukturerad intervju innan vi tar ställning till fortsatt behandling."),
        ("Planering", "Vi bokar tid för SCID-5-PD hos psykolog och erbjuder henne under tiden ett färdighetsträningsprogram i grupp, vilket hon är positiv till."),
    ], must=["NL102"], why="personality disorder as a differential diagnosis in VGR adult psychiatry (visible in Melior)")

add("nl1r-ped-misstanker-kawasaki", S, "pedsKristianstad", "Inskrivningsanteckning", "slutenvård",
    "2019-10-05", "582", "2024-07-02 21:10", 45, "Amir Haddad", [
        ("Aktuellt", "Fyraårig flicka som sedan fem dagar har hög feber som inte går ned ordentligt på febernedsättande, och där mamman har sett att hon fått röda ögon, spruckna läppar och ett prickigt utslag på bålen."),
        ("Status", "Irritabel, jordgubbstunga, bilateral konjunktivit utan sekretion, svullna och rodnade handryggar, en förstorad lymfkörtel på vänster sida av halsen."),
        ("Bedömning", "Vi misstänker en Kawasakis sjukdom, och med tanke på risken för påverkan på kranskärlen har vi begärt ett akut hjärtultraljud och kontaktat barnkardiologen i Lund."),
        ("Planering", "Om ekokardiografin stödjer diagnosen ges immunglobulin intravenöst redan i kväll samt acetylsalicylsyra, och föräldrarna har fått information om planen."),
    ], must=["NL102"], why="suspected Kawasaki disease in a child's admission note (guardians read it)")

add("nl1r-rehab-misstanker-crps-grammatikfel", V, "rehabBoras", "Mottagningsanteckning", "öppenvård",
    "1973-05-16", "160", "2024-05-08 10:50", 300, "Camilla Frisk", [
        ("Aktuellt", "Patienten som opererades för en distal radiusfraktur på höger sida i februari remitteras nu från ortopeden på grund av att hon har en kvarstående svår smärta, svullnad och färgskiftningar i handen trots att frakturen har läkt."),
        ("Status", "Höger hand är blåröd, varmare än vänster och kraftigt beröringsöm, och hon har nedsatt rörlighet i samtliga fingerleder samt en ökad svettning i handflatan."),
        ("Bedömning", "Vi misstänker en komplext regionalt smärtsyndrom, det som tidigare kallades Sudecks atrofi, och vi har diskuterat med patienten vikten av att hon fortsätter att använda handen trots smärtan."),
        ("Planering", "Intensiv arbetsterapeutisk behandling med spegelterapi, och vi prövar en kortare kur prednisolon efter samråd med smärtläkaren."),
    ], must=["NL102"], why="suspected CRPS in rehabilitation; dictation grammar slip 'en komplext'")

add("nl1r-intmed-remiss-fragestallning-ibd-utkast", S, "intYstad", "Mottagningsanteckning", "öppenvård",
    "2001-01-28", "211", "2024-02-20 11:00", None, "Fredrik Ekman", [
        ("Aktuellt", "Patienten som är en 23-årig man remitteras från vårdcentralen på grund av diarréer med slem- och blodinblandning sedan drygt två månader, viktnedgång på fem kilo samt nattliga trängningar."),
        ("Lab", "Kalprotektin i feces 820, CRP 34, Hb 118, och odlingen för tarmpatogena bakterier är negativ."),
        ("Bedömning", "Med anledning av ovanstående har vi remitterat patienten till endoskopienheten för ileokoloskopi med frågeställning inflammatorisk tarmsjukdom, och vi har förklarat för honom vad undersökningen innebär."),
        ("Planering", "Vi ringer patienten med besked om undersökningen när PAD är klart."),
    ], must=["NL102"], why="'med frågeställning' IBD is an open diagnostic question (equivalent of '?'); unsigned draft")

add("nl1r-ger-normaltryckshydrocefalus-missanker-typo", V, "gerSkovde", "Mottagningsanteckning", "öppenvård",
    "1942-09-14", "333", "2024-04-23 13:40", 160, "Gunnar Ek", [
        ("Anamnes", "Patienten, som har en välreglerad hypertoni, har under det senaste året fått allt svårare att gå, där han beskriver att fötterna liksom fastnar i golvet, och hustrun berättar att han har blivit glömsk och att han vid ett par tillfällen inte hunnit fram till toaletten."),
        ("Status", "Bredspårig, kortstegad och magnetisk gång, MMSE 24 av 30, i övrigt ingen fokal neurologi."),
        ("Bedömning", "Den klassiska triaden med gångrubbning, kognitiv svikt och urininkontinens gör att vi missänker normaltryckshydrocefalus, och DT hjärna visar mycket riktigt vidgade ventriklar som inte står i proportion till den centrala atrofin."),
        ("Planering", "Vi har remitterat honom till neurokirurgen för ställningstagande till lumbalt tappningstest och har informerat både patienten och hustrun om utredningsgången."),
    ], must=["NL102"], why="suspected normal pressure hydrocephalus; typo 'missänker' in the cue word")

add("nl1r-onk-mycket-troligt-levermetastaser-informerad", S, "onkMalmo", "Läkaranteckning", "öppenvård",
    "1955-08-08", "176", "2024-05-14 15:45", 75, "Cecilia Norén", [
        ("Aktuellt", "Patienten, som opererades med höger hemikolektomi för en koloncancer stadium III för två år sedan och därefter fick adjuvant cytostatika, kommer idag för genomgång av sin uppföljande DT."),
        ("Röntgen", "DT buk visar tre nytillkomna lågattenuerande förändringar i höger leverlob, den största cirka två centimeter, och CEA har stigit från 3 till 17."),
        ("Bedömning", "Det är mycket troligt att det rör sig om levermetastaser, och vi har vid dagens samtal informerat patienten om detta, och han tog beskedet lugnt men önskade att hans dotter skulle få ta del av informationen vid nästa besök."),
        ("Planering", "MR lever och ett PET-DT för att bedöma om det kan bli aktuellt med resektion, och fallet tas upp på multidisciplinär konferens nästa tisdag."),
    ], must=["NL102"], must_not=["NL101"], why="'mycket troligt' liver metastases, patient informed the same day (daughter to be told later: not NL101)")

add("nl1r-intmed-hjartamyloidos-kan-man-inte-utesluta", V, "hjartAlingsas", "Mottagningsanteckning", "öppenvård",
    "1946-03-21", "258", "2024-09-04 10:30", 110, "Mats Håkansson", [
        ("Anamnes", "Patienten är en 78-årig man med hjärtsvikt med bevarad ejektionsfraktion sedan tre år, som också har opererats för karpaltunnelsyndrom i båda händerna och som nu har fått förvärrad andfåddhet trots optimerad diuretikabehandling."),
        ("Utredning", "Ekokardiografin visar en koncentrisk vänsterkammarhypertrofi med granulärt utseende i myokardiet, och EKG har låg spänning i extremitetsavledningarna, vilket inte stämmer med den uttalade väggtjockleken."),
        ("Bedömning", "Sammantaget kan man inte utesluta en transtyretinamyloidos i hjärtat, och vi har därför beställt en skelettscintigrafi samt fria lätta kedjor i serum för att gå vidare med frågan."),
        ("Planering", "Återbesök efter scintigrafin, då patienten gärna vill ha med sig sin son."),
    ], must=["NL102"], why="cardiac amyloidosis 'kan man inte utesluta' in a heart failure clinic note")

add("nl1r-psyk-forsta-hand-autism-grammatikfel", S, "npfMalmo", "Läkaranteckning", "psykiatrisk öppenvård",
    "1996-11-11", "097", "2024-10-08 09:20", 130, "Oskar Dahl", [
        ("Anamnes", "Patienten är en 27-årig man som har remitterats av sin husläkare då han under hela uppväxten har haft svårt med sociala relationer, har starka särintressen kring tåg och tidtabeller och beskriver att han blir mycket stressad vid oförutsedda förändringar i vardagen."),
        ("Bedömning", "Vi har under dagens samtal inte sett några tecken på psykotiska symtom eller på en pågående depression, och i första hand tänker vi på en autismspektrumtillstånd, vilket vi vill utreda vidare med en neuropsykologisk utredning."),
        ("Planering", "Patienten sätts upp på väntelistan för utredning hos psykolog och arbetsterapeut, och vi har bett att få ta del av skolhälsovårdens journal med hans samtycke."),
    ], must=["NL102"], why="autism as first-hand hypothesis (negated psychosis/depression in the same sentence do not cancel it)")

add("nl1r-ped-absensepilepsi-kan-rora-sig-om-typo", V, "pedsTrollhattan", "Mottagningsanteckning", "öppenvård",
    "2014-02-03", "126", "2024-03-12 08:50", 210, "Lina Strand", [
        ("Aktuellt", "Tioårig flicka som remitteras från skolhälsovården, där läraren har lagt märke till att hon flera gånger om dagen stirrar tomt framför sig under några sekunder utan att reagera på tilltal, för att sedan fortsätta som om ingenting hänt."),
        ("Status", "Vid hyperventilation i tre minuter provoceras en episod på cirka åtta sekunder med blinkningar och avbrott i aktiviteten, i övrigt normalt neurologiskt status."),
        ("Bedömning", "Det kan röra sig om en absensepelepsi, och vi har beställt ett EEG med hyperventilation och fotostimulering, samt informerat pappan om att hon tills vidare inte ska bada utan vuxens tillsyn."),
        ("Planering", "Återbesök när EEG har gjorts, och skolan får ett intyg om anpassningar under tiden."),
    ], must=["NL102"], why="'det kan röra sig om' absence epilepsy in a 10-year-old; typo 'absensepelepsi'")

add("nl1r-ger-parkinson-lakemedelsutlost-kan-inte-uteslutas", S, "gerMalmo", "Mottagningsanteckning", "öppenvård",
    "1941-06-27", "304", "2024-05-29 14:00", 95, "Birgitta Olsson", [
        ("Aktuellt", "Patienten är en 82-årig kvinna som kommer på remiss från vårdcentralen där man misstänker ett parkinsonsyndrom, och hon har själv märkt att högerhanden skakar i vila och att handstilen har blivit mindre."),
        ("Status", "Vilotremor i höger hand, lätt rigiditet med kugghjulsfenomen i höger armbåge, nedsatt medrörelse av höger arm vid gång."),
        ("Bedömning", "Vi delar vårdcentralens misstanke om en idiopatisk Parkinsons sjukdom, men eftersom hon sedan ett år står på metoklopramid mot illamående kan en läkemedelsutlöst parkinsonism inte uteslutas."),
        ("Planering", "Metoklopramid sätts ut, och vi träffar henne igen om tre månader för att se om symtomen går tillbaka, och vi har gått igenom detta med henne och hennes man."),
    ], must=["NL102"], why="shared suspicion of Parkinson's disease and 'kan ... inte uteslutas' drug-induced parkinsonism")

add("nl1r-onk-paramalignt-siadh-utkast-typo", V, "onkBoras", "Läkaranteckning", "slutenvård",
    "1950-04-12", "473", "2024-08-20 17:15", None, "Henrik Borg", [
        ("Aktuellt", "Patienten som har en småcellig lungcancer med spridning till mediastinala lymfkörtlar och som har fått två cykler karboplatin och etoposid är inlagd sedan i förrgår på grund av förvirring och illamående."),
        ("Lab", "Natrium 118, osmolalitet i serum låg, urinosmolalitet inadekvat hög, normal TSH och kortisol."),
        ("Bedömning", "Vi misstänker ett paramaligt SIADH som orsak till hyponatremin, och vi har påbörjat vätskerestriktion till en liter per dygn med täta natriumkontroller."),
        ("Planering", "Om natrium inte stiger diskuterar vi tolvaptan med njurmedicinarna, och fortsatt cytostatika planeras när han har stabiliserats."),
    ], must=["NL102"], why="suspected paraneoplastic SIADH; unsigned draft with typo 'paramaligt'")

add("nl1r-intmed-polymyalgi-reumatika-felhord", S, "intHassleholm", "Mottagningsanteckning", "öppenvård",
    "1950-12-19", "520", "2024-01-16 10:40", 180, "Eva Lundin", [
        ("Aktuellt", "Patienten är en 73-årig kvinna som sedan en dryg månad har stelhet och värk i skuldror och höfter, särskilt på morgonen, där hon beskriver att hon behöver hjälp av sin man för att ta sig ur sängen."),
        ("Lab", "SR 62, CRP 41, reumatoid faktor och anti-CCP negativa."),
        ("Bedömning", "Vi misstänker en polymyalgi reumatika och har diskuterat med patienten att vi provar prednisolon 15 milligram dagligen, där en snabb och tydlig förbättring skulle stödja diagnosen."),
        ("Planering", "Telefonuppföljning efter en vecka och återbesök om en månad, och hon har fått information om att höra av sig omedelbart vid huvudvärk eller synpåverkan."),
    ], must=["NL102"], why="suspected polymyalgia rheumatica written as dictated/misheard 'polymyalgi reumatika'")

add("nl1r-intmed-epikris-sannolikt-lakemedelshepatit", V, "intKungalv", "Epikris", "slutenvård",
    "1966-07-07", "419", "2024-02-06 12:30", 85, "Jonas Sandberg", [
        ("Anamnes", "Patienten som behandlas för en tuberkulos med standardregim sedan tre veckor inkommer på grund av illamående, klåda och gulfärgning av ögonvitorna."),
        ("Lab", "ALAT 12 gånger referensvärdet, bilirubin 68, normalt PK, och hepatitserologin är negativ."),
        ("Bedömning", "Det rör sig sannolikt om en läkemedelsutlöst hepatit orsakad av isoniazid eller rifampicin, och vi har i samråd med infektionskliniken gjort ett uppehåll i tuberkulosbehandlingen."),
        ("Planering", "Leverprover två gånger i veckan på infektionsmottagningen, som tar ställning till successiv återinsättning."),
    ], must=["NL102"], why="'sannolikt' drug-induced hepatitis; the tuberculosis itself is confirmed")

add("nl1r-rehab-utskrivning-post-stroke-depression", S, "strokeLund", "Utskrivningsanteckning", "slutenvård",
    "1958-03-03", "150", "2024-04-03 11:15", 140, "Anna Persson", [
        ("Sammanfattning", "Patienten som drabbades av en vänstersidig mediainfarkt i januari med högersidig hemipares och en lätt afasi har under vårdtiden på rehabiliteringsavdelningen gjort goda motoriska framsteg och går nu med rollator inomhus."),
        ("Bedömning", "Under de senaste veckorna har personalen noterat att han drar sig undan, gråter lätt och har tappat motivationen för träningen, och vi kan inte utesluta att det rör sig om en post-stroke depression."),
        ("Planering", "Vi har i samråd med patienten satt in sertralin 50 milligram, och vi ber distriktsläkaren följa upp effekten om sex veckor."),
    ], must=["NL102"], why="post-stroke depression 'kan inte utesluta' in a rehab discharge note")

add("nl1r-psyk-misstanker-skadligt-bruk-alkohol", V, "psychBeroende", "Läkaranteckning", "psykiatrisk öppenvård",
    "1984-09-23", "271", "2024-06-18 15:10", 60, "Sara Hedlund", [
        ("Anamnes", "Patienten söker efter påtryckningar från sin sambo, och han berättar att han dricker en flaska vin de flesta kvällar samt mer under helgerna, och att han vid ett par tillfällen har haft minnesluckor."),
        ("Lab", "PEth 0,62, GT lätt förhöjt, i övrigt normala levervärden."),
        ("Bedömning", "Vi misstänker ett skadligt bruk av alkohol, möjligen redan ett beroende, och vi har under samtalet använt motiverande samtalsteknik, där patienten själv uttrycker en vilja att minska sitt drickande."),
        ("Planering", "Vi har kommit överens om nytt PEth om fyra veckor och ett återbesök hos beroendesjuksköterskan, och läkemedel mot alkoholsug kan bli aktuellt längre fram."),
    ], must=["NL102"], why="suspected harmful alcohol use, 'möjligen' dependence, in addiction psychiatry")

add("nl1r-ped-16ar-misstanker-anorexi", S, "pedsHbg", "Mottagningsanteckning", "öppenvård",
    "2007-09-15", "660", "2024-02-01 13:15", 100, "Johanna Wik", [
        ("Aktuellt", "Sextonårig flicka som kommer tillsammans med sin mamma på remiss från skolsköterskan, som har noterat en viktnedgång på nio kilo sedan i somras, och flickan berättar själv att hon har slutat äta frukost och lunch samt tränar löpning varje dag."),
        ("Status", "Vikt 44 kilo, längd 168 centimeter, BMI 15,6, puls 46 i vila, blodtryck 92/55, kalla händer, lanugobehåring på armarna."),
        ("Bedömning", "Vi misstänker en ätstörning av anorektisk typ, och med tanke på den låga pulsen har vi kontrollerat EKG och elektrolyter, som är inom normala gränser."),
        ("Planering", "Remiss till ätstörningsenheten, och vi har gått igenom med flickan och mamman vilka tecken som ska föranleda att de söker akut."),
    ], must=["NL102"], why="suspected anorexia in a 16-year-old (reads her own journal)")

add("nl1r-ger-subduralhematom-utseluta-typo", V, "gerOstra", "Läkaranteckning", "slutenvård",
    "1930-01-30", "082", "2024-02-15 10:05", 55, "Ingrid Falk", [
        ("Aktuellt", "Patienten, som är 94 år och står på apixaban för förmaksflimmer, föll i hemmet för cirka tre veckor sedan och slog i huvudet, och hon har sedan dess blivit alltmer trött, ostadig och har enligt sonen svårt att hitta ord."),
        ("Bedömning", "Man kan inte utseluta en subduralhematom, och vi har därför gjort uppehåll med apixaban och beställt akut DT hjärna, där vi vill ha svar innan kvällen."),
        ("Planering", "Neurologstatus kontrolleras varannan timme av sjuksköterskan, och vid försämring kontaktas jourhavande läkare omedelbart."),
    ], must=["NL102"], why="subdural haematoma not excluded; typo 'utseluta' in the cue and grammar slip 'en subduralhematom'")

add("nl1r-onk-leptomeningeal-spridning-inte-helt-uteslutas", S, "onkLund", "Inskrivningsanteckning", "slutenvård",
    "1962-10-02", "088", "2024-03-03 22:40", 600, "Maria Holmgren", [
        ("Aktuellt", "Patienten som har en HER2-positiv metastaserad bröstcancer med kända skelett- och levermetastaser inkommer via akuten med tilltagande huvudvärk, illamående och dubbelseende sedan en vecka."),
        ("Status", "Abducenspares höger, lätt nackstyvhet, i övrigt ingen fokal neurologi."),
        ("Bedömning", "MR hjärna visar inga parenkymatösa metastaser, men man kan inte helt utesluta en leptomeningeal spridning, och vi planerar därför en lumbalpunktion med cytologi så snart trombocyterna tillåter."),
        ("Planering", "Betametason 8 milligram dagligen och antiemetika, och patienten och hennes sambo är informerade om att vi utreder orsaken till symtomen."),
    ], must=["NL102"], why="'kan inte helt utesluta' leptomeningeal spread next to a negated finding (no parenchymal metastases)")

add("nl1r-intmed-med-tanke-pa-jarnbrist-bor-celiaki-overvagas", V, "intLidkoping", "Mottagningsanteckning", "öppenvård",
    "1988-02-11", "342", "2024-03-26 14:20", None, "Petra Sundin", [
        ("Aktuellt", "Patienten är en 36-årig kvinna som utreds för en järnbristanemi som inte förbättras trots peroral järnbehandling sedan ett halvår, och hon har samtidigt besvär med uppblåsthet och lös avföring efter måltider."),
        ("Bedömning", "Gastroskopin för två år sedan gjordes utan biopsier, och med tanke på den bristande effekten av järnbehandlingen och hennes magbesvär bör en celiaki övervägas, varför vi har tagit transglutaminasantikroppar."),
        ("Planering", "Hon ska fortsätta att äta gluten som vanligt tills provsvaret är klart, och vid positiva antikroppar remitteras hon för ny gastroskopi med biopsier."),
    ], must=["NL102"], why="'med tanke på ... bör en celiaki övervägas'; unsigned draft")

add("nl1r-intmed-epikris-sannolkit-reaktiv-artrit-typo", S, "intTrelleborg", "Epikris", "slutenvård",
    "1994-05-25", "137", "2024-04-30 12:00", 65, "David Nilsson", [
        ("Aktuellt", "Patienten är en 29-årig man som tre veckor efter en magsjuka med blodiga diarréer under en resa till Thailand har fått en svullen och varm höger knäled samt smärta i hälsenan på samma sida."),
        ("Förlopp", "Ledpunktion gav grumlig ledvätska utan kristaller och odlingen var negativ, och feceesodlingen visade växt av Campylobacter."),
        ("Bedömning", "Det rör sig sannolkit om en reaktiv artrit efter Campylobacterinfektionen, och han har förbättrats påtagligt på naproxen under vårdtiden."),
        ("Planering", "Naproxen ytterligare två veckor med protonpumpshämmare, och återbesök på reumatologmottagningen om sex veckor."),
    ], must=["NL102"], why="probable reactive arthritis; typos 'sannolkit' (cue) and 'feceesodlingen'")

add("nl1r-rehab-critical-illness-polyneuropati", V, "rehabHogsbo", "Inskrivningsanteckning", "slutenvård",
    "1970-08-30", "453", "2024-01-29 15:30", 120, "Tobias Lindberg", [
        ("Anamnes", "Patienten vårdades på intensivvårdsavdelningen i fem veckor med respirator på grund av en svår covid-19-pneumoni och septisk chock, och han överflyttas nu till oss för fortsatt rehabilitering."),
        ("Status", "Uttalad symmetrisk muskelsvaghet distalt mer än proximalt, nedsatta senreflexer och strumpformad känselnedsättning i båda underbenen."),
        ("Bedömning", "Vi misstänker en critical illness-polyneuropati, eventuellt i kombination med en myopati, och vi har beställt en neurografi för att kunna ge honom en bättre prognos."),
        ("Planering", "Daglig fysioterapi och arbetsterapi, och vi har pratat med patienten och hans hustru om att återhämtningen sannolikt tar flera månader."),
    ], must=["NL102"], why="suspected critical illness polyneuropathy (English term in Swedish dictation)")

add("nl1r-minne-differentialdiagnostiskt-vaskular-demens", S, "minneLund", "Mottagningsanteckning", "öppenvård",
    "1944-04-04", "266", "2024-06-05 10:10", 220, "Ulla Mattsson", [
        ("Anamnes", "Patienten som är 80 år och har en behandlad hypertoni och typ 2-diabetes sedan många år har enligt maken successivt blivit långsammare i tanken, har tappat intresset för sina korsord och har svårt att planera inköp och matlagning."),
        ("Utredning", "MMSE 23 av 30, klocktest med felplacerade visare, och DT hjärna visar uttalade vitsubstansförändringar samt två små gamla lakunära infarkter i basala ganglierna."),
        ("Bedömning", "Vi bedömer att det föreligger en kognitiv svikt av demensgrad, och differentialdiagnostiskt kan en vaskulär demens inte uteslutas vid sidan av en Alzheimers sjukdom, varför vi har kompletterat med likvoranalys."),
        ("Planering", "Slutligt diagnosbesked ges vid återbesök om fyra veckor, och vi har redan nu berättat för paret om den preliminära bedömningen och om möjligheten till demenssjuksköterskans stöd."),
    ], must=["NL102"], why="vascular dementia 'differentialdiagnostiskt ... kan inte uteslutas' at a memory clinic (NL101 not asserted: partly told)")

add("nl1r-ped-forsta-hand-komjolksproteinallergi", V, "pedsSkovde", "Mottagningsanteckning", "öppenvård",
    "2023-12-20", "417", "2024-04-22 09:30", 150, "Elin Hansson", [
        ("Aktuellt", "Fyra månader gammal pojke som helammas och som sedan några veckor har blodstrimmig och slemmig avföring, kräks efter flera av målen och är gnällig, men som i övrigt växer längs sin kurva."),
        ("Status", "Pigg och opåverkad, mjuk buk, lätt torr hud på kinderna, i övrigt utan anmärkning."),
        ("Bedömning", "I första hand misstänker vi en komjölksproteinallergi som överförs via bröstmjölken, och vi har diskuterat med mamman att hon gör ett uppehåll med all mjölk och alla mjölkprodukter i sin egen kost under fyra veckor."),
        ("Planering", "Kontakt med dietisten för att säkra mammans kalciumintag, och vi ses igen efter eliminationsperioden för att bedöma effekten."),
    ], must=["NL102"], why="suspected cow's milk protein allergy in an infant (guardians read)")

add("nl1r-psyk-med-tanke-pa-bor-ptsd-overvagas-typo", S, "psychHbg", "Läkaranteckning", "psykiatrisk öppenvård",
    "1987-12-12", "013", "2024-03-14 11:25", 90, "Kristoffer Ahl", [
        ("Aktuellt", "Patienten, som arbetar som ambulanssjukvårdare och som var först på plats vid en allvarlig trafikolycka med flera omkomna barn i februari, remitteras från företagshälsovården på grund av sömnsvårigheter, irritabilitet och återkommande mardrömmar."),
        ("Bedömning", "Han beskriver påträngande minnesbilder och att han undviker att köra den aktuella vägen, och med tanke på symtombilden och förloppet bör ett postraumatiskt stressyndrom övervägas, vilket vi vill kartlägga närmare med en strukturerad skattning."),
        ("Planering", "Sjukskrivning på halvtid under fyra veckor och bokning hos psykolog för PCL-5 och ställningstagande till traumafokuserad KBT, vilket patienten själv gärna vill prova."),
    ], must=["NL102"], why="'med tanke på ... bör ... övervägas' PTSD; typo 'postraumatiskt'")

add("nl1r-lungonk-misstanker-starkt-lungcancer-informerad", V, "lungonkGbg", "Mottagningsanteckning", "öppenvård",
    "1949-09-09", "100", "2024-05-07 13:50", 80, "Magnus Öberg", [
        ("Aktuellt", "Patienten som är storrökare sedan femtio år och har en känd KOL remitteras via standardiserat vårdförlopp på grund av en fyra centimeter stor spikulerad förändring i vänster överlob som upptäcktes på lungröntgen i samband med en lunginflammation."),
        ("Bedömning", "Vi misstänker starkt en primär lungcancer, och vi har vid dagens besök informerat patienten om misstanken och om vad den fortsatta utredningen innebär, och hon önskade att vi också skulle ringa hennes dotter, vilket vi har gjort med hennes tillstånd."),
        ("Planering", "Bronkoskopi med EBUS och PET-DT bokas inom en vecka, och kontaktsjuksköterskan ringer patienten i morgon."),
    ], must=["NL102"], must_not=["NL101"], why="strongly suspected lung cancer, suspicion told to patient (and daughter with consent)")

add("nl1r-endo-addissons-felstavat-misstanker", S, "endoMalmo", "Mottagningsanteckning", "öppenvård",
    "1976-03-30", "422", "2024-09-10 14:45", 120, "Nina Carlsson", [
        ("Aktuellt", "Patienten har under ett halvår gått ned åtta kilo, beskriver en uttalad trötthet och saltsug, och hennes man har noterat att hon har blivit mörkare i huden trots att hon inte har varit ute i solen."),
        ("Lab", "Natrium 129, kalium 5,6, morgonkortisol 92, ACTH förhöjt."),
        ("Bedömning", "Vi misstänker en primär binjurebarksvikt, det vill säga Addissons sjukdom, och vi har idag gjort ett Synacthentest samt tagit antikroppar mot 21-hydroxylas."),
        ("Planering", "Om testet bekräftar diagnosen startar vi substitution med hydrokortison, och patienten har redan nu fått ett kort med instruktioner om att söka akut vid kräkningar eller feber."),
    ], must=["NL102"], why="suspected primary adrenal insufficiency, eponym misspelt as dictated ('Addissons')")

add("nl1r-ger-misstankar-lakemedelsparkinsonism-typo", V, "gerUddevalla", "Läkaranteckning", "öppenvård",
    "1938-07-01", "159", "2024-10-15 10:00", 240, "Rolf Axelsson", [
        ("Aktuellt", "Patienten som bor på ett äldreboende och som sedan ett år behandlas med haloperidol för oro på kvällarna har enligt personalen blivit allt stelare, går med små steg och har fått en framåtlutad hållning."),
        ("Bedömning", "Vi misstänkar en läkemedelsutlöst parkinsonism, och vi har i samråd med boendets sjuksköterska och patientens son beslutat att trappa ut haloperidol under två veckor."),
        ("Planering", "Uppföljning med ny gångbedömning hos fysioterapeuten om en månad, och vi har försökt och nå sonen för att bekräfta planen."),
    ], must=["NL102"], why="suspected drug-induced parkinsonism; typo 'misstänkar' and dictation slip 'försökt och nå'")

add("nl1r-intmed-epikris-sannolikt-pseudogikt", V, "intAlingsas", "Epikris", "slutenvård",
    "1936-11-14", "226", "2024-07-16 13:35", 75, "Hanna Lindahl", [
        ("Aktuellt", "Patienten, som är 87 år och har en känd artros i båda knäna, inkom med en akut insättande smärta och svullnad i vänster knä samt feber på 38,4, och man misstänkte initialt en septisk artrit."),
        ("Förlopp", "Ledvätskan var grumlig men odlingen negativ, och slätröntgen visar förkalkningar i meniskerna, varför vi har avslutat den intravenösa antibiotikan efter två dygn."),
        ("Bedömning", "Det rör sig sannolikt om en pseudogikt, även om vi inte har kunnat påvisa några kristaller i ledvätskan, och hon har svarat bra på en intraartikulär steroidinjektion."),
        ("Planering", "Hemgång med hemtjänst i samma omfattning som tidigare, och hon har fått instruktion om att höra av sig om knät svullnar igen."),
    ], must=["NL102"], why="probable pseudogout after an initial septic-arthritis suspicion that was dropped")

add("nl1r-ped-jia-kan-inte-uteslutas-typo", S, "pedsReumaLund", "Mottagningsanteckning", "öppenvård",
    "2015-03-18", "024", "2024-04-18 11:45", 190, "Louise Ström", [
        ("Aktuellt", "Nioårig flicka som sedan två månader haltar på morgonen och har en svullen vänster fotled, och föräldrarna berättar att hon har slutat vilja gå till gympan, men hon har inte haft feber eller varit sjuk i övrigt."),
        ("Status", "Svullnad och lätt värmeökning över vänster fotled med smärtsam rörlighet, övriga leder utan anmärkning."),
        ("Bedömning", "Lab visar normalt blodstatus och lätt förhöjd SR, och man kan inte utesluta en juvenil idopatisk artrit av oligoartikulär typ, men vi vill först utesluta en infektion och har därför gjort ultraljudsledd ledpunktion."),
        ("Planering", "Remiss till ögonkliniken för screening av ögoninflammation, och vi ringer föräldrarna när odlingssvaret är klart."),
    ], must=["NL102"], why="JIA 'kan inte utesluta' in a 9-year-old; typo 'idopatisk'")

add("nl1r-psyk-misstanker-adhd-kombinerad-utkast", V, "psychBoras", "Läkaranteckning", "psykiatrisk öppenvård",
    "2002-06-06", "288", "2024-11-05 15:00", None, "Malin Fors", [
        ("Anamnes", "Patienten som studerar till sjuksköterska söker på egen begäran då hon har svårt att slutföra uppgifter, tappar bort saker och hela tiden blir avbruten av sina egna tankar, något som hon menar har funnits sedan lågstadiet men som förvärrats under studierna."),
        ("Bedömning", "Skattningsskalorna ASRS och WURS ger höga poäng, och vi misstänker en ADHD av kombinerad form, men vi behöver också komplettera med uppgifter från föräldrarna och skolbetyg innan en fullständig utredning kan påbörjas."),
        ("Planering", "Patienten tar själv kontakt med sina föräldrar om anamnesformuläret, och vi sätter upp henne för en neuropsykiatrisk utredning."),
    ], must=["NL102"], why="suspected ADHD before assessment, unsigned dictated draft")

add("nl1r-rehab-differentialdiagnostisk-fns-typo", S, "rehabHbg", "Mottagningsanteckning", "öppenvård",
    "1985-10-10", "566", "2024-08-27 13:00", 150, "Peter Lund", [
        ("Aktuellt", "Patienten har sedan ett år en vänstersidig svaghet och darrningar i vänster ben som varierar kraftigt, där hon vissa dagar går utan hjälpmedel och andra dagar behöver rullstol, och både MR hjärna och MR ryggmärg har varit normala."),
        ("Status", "Positivt Hoovers tecken på vänster sida, tremor som avtar vid distraktion, i övrigt normala reflexer och normal känsel."),
        ("Bedömning", "Differentialdiagnostisk övervägs en funktionell neurologisk störning, och vi har i lugn och ro förklarat för patienten att symtomen är verkliga men att nervsystemet inte är skadat, vilket hon tog emot på ett positivt sätt."),
        ("Planering", "Fysioterapi enligt principerna för funktionella rörelsestörningar och uppföljande besök om tre månader."),
    ], must=["NL102"], why="functional neurological disorder as differential; typo 'Differentialdiagnostisk övervägs'")

add("nl1r-onk-misstanker-immunterapikolit", V, "jubileum", "Läkaranteckning", "slutenvård",
    "1959-12-24", "311", "2024-09-24 16:20", 45, "Per Åkesson", [
        ("Aktuellt", "Patienten som behandlas med ipilimumab och nivolumab för ett metastaserat malignt melanom sedan två månader inkommer på grund av vattentunna diarréer upp till tio gånger per dygn och magkramper sedan fyra dagar."),
        ("Bedömning", "Clostridioides difficile och övriga odlingar är negativa, och vi misstänker en immunterapirelaterad kolit av grad tre, varför vi har pausat immunterapin och startat metylprednisolon intravenöst."),
        ("Planering", "Sigmoideoskopi med biopsier under veckan, och vi har förklarat för patienten att behandlingsuppehållet inte behöver betyda att melanomet försämras."),
    ], must=["NL102"], why="suspected immune-related colitis in oncology inpatient note")

add("nl1r-gastro-epikris-krohns-felhord-yersinia", S, "gastroLund", "Epikris", "slutenvård",
    "1998-08-14", "440", "2024-06-26 14:15", 130, "Emma Sjögren", [
        ("Aktuellt", "Patienten är en 25-årig kvinna som inkom via akuten med smärtor i nedre högra delen av buken, feber och diarréer sedan tio dagar, och som enligt egen uppgift har haft liknande men lindrigare perioder under det senaste året."),
        ("Förlopp", "DT buk visar en förtjockad tarmvägg i terminala ileum över cirka femton centimeter utan abscess eller fri gas, och hon har blivit bättre på intravenös antibiotika och vätska."),
        ("Bedömning", "Vi misstänker att hon har en Krohns sjukdom i terminala ileum, men en infektiös ileit efter en Yersiniainfektion kan inte helt uteslutas, varför serologi är skickad."),
        ("Planering", "Ileokoloskopi inom fyra veckor, och hon har fått information om att höra av sig vid tilltagande smärta eller feber."),
    ], must=["NL102"], why="misheard 'Krohns sjukdom' suspected, plus infectious ileitis not excluded")

# ---------------------------------------------------------------------------------------
# B. NL101 positives: a diagnosis in a visible note while the text says the patient has not
#    been told (not told at all, relatives told, told partly, statement in a later section)
# ---------------------------------------------------------------------------------------
add("nl1r-onk-pankreascancer-pad-ej-informerad", S, "onkMalmo", "Läkaranteckning", "slutenvård",
    "1953-02-26", "154", "2024-01-31 15:30", 60, "Cecilia Norén", [
        ("Aktuellt", "Patienten som vårdas på avdelningen sedan i måndags för smärtlindring och utredning av en förändring i bukspottkörtelns huvud har idag fått svar på den endoskopiska finnålsbiopsin."),
        ("Bedömning", "PAD visar ett adenokarcinom i pankreas, och enligt DT finns inkväxt i arteria mesenterica superior, vilket innebär att tumören inte är operabel."),
        ("Information", "Vi har ännu inte informerat patienten om PAD-svaret, då vi vill att hans hustru ska kunna närvara vid samtalet, som är bokat till i morgon förmiddag med undertecknad och kontaktsjuksköterskan."),
    ], must=["NL101"], must_not=["NL102"], why="confirmed pancreatic adenocarcinoma written visibly; patient not yet told the result")

add("nl1r-minne-alzheimer-dottern-informerad-inte-patienten", V, "minneMolndal", "Mottagningsanteckning", "öppenvård",
    "1937-05-05", "124", "2024-04-29 11:20", 140, "Karin Sjöberg", [
        ("Sammanfattning", "Patienten har nu genomgått en basal demensutredning med kognitiva test, DT hjärna och likvoranalys, där likvor visar ett typiskt mönster med sänkt beta-amyloid och förhöjt tau."),
        ("Bedömning", "Vi bedömer att patienten har en Alzheimers sjukdom i ett tidigt skede, och detta har vi idag per telefon meddelat dottern, som är god man, men patienten själv har vi ännu inte informerat om diagnosen, eftersom dottern vill vara med när beskedet lämnas."),
        ("Planering", "Diagnosbesked till patienten vid återbesök den 14 maj, och vi planerar då även att diskutera insättning av donepezil."),
    ], must=["NL101"], must_not=["NL102"], why="relative (daughter) told, the patient herself not yet told the Alzheimer diagnosis")

add("nl1r-psyk-eips-ej-delgiven-utkast", S, "psychMalmoSoder", "Läkaranteckning", "psykiatrisk öppenvård",
    "2000-03-08", "486", "2024-05-02 16:40", None, "Sofia Berg", [
        ("Utredning", "Den strukturerade intervjun med SCID-5-PD har genomförts vid två tillfällen, och patienten uppfyller kriterierna för en emotionellt instabil personlighetsstörning av borderlinetyp med sex av nio kriterier."),
        ("Bedömning", "Vi har i behandlingsteamet diskuterat resultatet och bedömer att diagnosen är säkerställd, men vi har ännu inte delgivit patienten diagnosen, då hon just nu befinner sig i en akut kris efter en separation och vi bedömer att hon inte är mottaglig för beskedet."),
        ("Planering", "Återkoppling av utredningen sker så snart hon är stabilare, förslagsvis inom några veckor, och fram till dess fortsätter de stödjande samtalen varje vecka."),
    ], must=["NL101"], must_not=["NL102"], why="settled personality disorder diagnosis 'ännu inte delgivit patienten'; unsigned draft (pre-signing)")

add("nl1r-rehab-als-fastslagen-ej-fatt-beskedet", V, "rehabSkovde", "Läkaranteckning", "öppenvård",
    "1962-01-21", "275", "2024-02-22 14:10", 170, "Tobias Lindberg", [
        ("Aktuellt", "Patienten har sedan ett halvår tilltagande svaghet i höger hand och talsvårigheter och remitterades till oss från neurologen för bedömning av hjälpmedelsbehov och rehabiliteringsinsatser."),
        ("Bedömning", "Enligt neurologens epikris från förra veckan är diagnosen amyotrofisk lateralskleros nu fastställd med stöd av neurografi och EMG, men av remissen framgår att patienten ännu inte har fått beskedet, eftersom diagnossamtalet hos neurologen är inbokat först om tio dagar."),
        ("Planering", "Vi har vid dagens besök därför enbart diskuterat patientens aktuella svårigheter i vardagen, och arbetsterapeuten gör ett hembesök nästa vecka."),
    ], must=["NL101"], must_not=["NL102"], why="ALS established by neurology, written in a rehab note although the patient has not had the news")

add("nl1r-barnonk-all-foraldrarna-ej-informerade", S, "pedsOnkLund", "Läkaranteckning", "slutenvård",
    "2017-11-30", "319", "2024-09-17 12:45", 30, "Amir Haddad", [
        ("Aktuellt", "Sexårig pojke som inkom i går via barnakuten med trötthet, blekhet, blåmärken och feber, där blodstatus visade Hb 72, trombocyter 18 och blaster i perifert blod."),
        ("Bedömning", "Benmärgsundersökningen som gjordes i morse visar en akut lymfatisk leukemi av B-cellstyp, och vi har ännu inte informerat föräldrarna om diagnosen, eftersom pappan är på väg hem från en tjänsteresa och vi vill att båda ska vara med."),
        ("Planering", "Diagnossamtal med båda föräldrarna i eftermiddag klockan 16 tillsammans med barnonkologisk sjuksköterska och kurator, och behandlingsstart enligt ALLTogether-protokollet planeras till i morgon."),
    ], must=["NL101"], must_not=["NL102"], why="child under 13: the guardians read the journal and have not been told the confirmed leukaemia")

add("nl1r-onk-ovarialcancerrecidiv-delvis-informerad", V, "onkSkovde", "Mottagningsanteckning", "öppenvård",
    "1958-06-30", "202", "2024-03-21 10:40", 200, "Anette Björk", [
        ("Aktuellt", "Patienten som behandlades för en ovarialcancer stadium III med operation och cytostatika 2022 kommer idag för att få besked om sin kontroll-DT."),
        ("Röntgen", "DT visar peritoneala förändringar och ascites, och CA-125 har stigit till 480, och cytologin från ascitestappningen i förra veckan har bekräftat tumörceller av samma typ som tidigare."),
        ("Information", "Vid dagens samtal har vi berättat för patienten att det finns vätska i buken och förändringar som behöver behandlas, men hon ville inte höra mer detaljer idag, och vi har därför ännu inte informerat henne om att det rör sig om ett recidiv av äggstockscancern."),
        ("Planering", "Nytt samtal om en vecka tillsammans med hennes son, där vi också går igenom förslaget om ny cytostatikabehandling."),
    ], must=["NL101"], why="told partly: findings mentioned, but not that it is a recurrence of ovarian cancer")

add("nl1r-intmed-levercirros-vantar-pa-hustrun-typo", S, "intKristianstad", "Läkaranteckning", "slutenvård",
    "1964-04-17", "597", "2024-10-22 13:05", 50, "Fredrik Ekman", [
        ("Aktuellt", "Patienten inkom i förrgår på grund av tilltagande bukomfång och bensvullnad, och han har enligt egen uppgift druckit cirka en halv flaska sprit per dag under många år."),
        ("Bedömning", "Ultraljud visar en knölig lever med ascites och förstorad mjälte, och tillsammans med de låga albuminvärdena och det förlängda PK är diagnosen levercirrhos klarlagd, med en Child-Pugh-klass B."),
        ("Information", "Vi har valt att vänta med att informera patienten om diagnosen tills hans hustru kan vara med på torsdag, vilket han själv har bett om, och han vet alltså ännu inte vad utredningen har visat."),
    ], must=["NL101"], must_not=["NL102"], why="settled liver cirrhosis (typo 'levercirrhos'); informing the patient is postponed")

add("nl1r-onk-prostatacancer-progress-information-senare-stycke", V, "jubileum", "Läkaranteckning", "öppenvård",
    "1948-10-29", "058", "2024-08-13 11:10", 95, "Magnus Öberg", [
        ("Bedömning", "Patientens mångåriga prostatacancer, som tidigare har varit välkontrollerad på kastrationsbehandling, har nu progredierat med ett PSA som stigit till 96 och nya skelettmetastaser i bäckenet och ryggen enligt skelettscintigrafin från i måndags, vilket innebär att sjukdomen nu är kastrationsresistent."),
        ("Planering", "Vi planerar att erbjuda behandling med enzalutamid och att ge zoledronsyra för skelettet, samt en palliativ strålbehandling mot smärtande metastaser i ländryggen om det behövs."),
        ("Information", "Patienten har inte informerats om scintigrafisvaret eller om progressen ännu, utan det görs vid det bokade besöket om en vecka där även hans son deltar."),
    ], must=["NL101"], must_not=["NL102"], why="new bone metastases stated first; 'not informed' statement comes two sections later")

add("nl1r-ger-epikris-sonen-ber-oss-inte-informera", S, "gerLandskrona", "Epikris", "slutenvård",
    "1932-08-08", "044", "2024-05-16 14:25", 180, "Lars Engström", [
        ("Aktuellt", "Patienten, som är 91 år och har en måttlig kognitiv svikt, inkom på grund av blödning från ändtarmen och järnbristanemi, och hon har under vårdtiden genomgått en sigmoideoskopi med biopsier."),
        ("Bedömning", "PAD visar ett adenokarcinom i sigmoideum, och efter diskussion med kirurgerna bedöms hon inte vara aktuell för operation med tanke på hennes allmäntillstånd, utan behandlingen blir symtomlindrande."),
        ("Information", "Sonen, som är patientens närmaste anhörig, har bett att vi inte informerar patienten om att det rör sig om en koloncancer, och vi har därför hittills endast talat med henne om att hon har en blödande förändring i tarmen, men vi har förklarat för sonen att hon har rätt till information om hon frågar."),
    ], must=["NL101"], must_not=["NL102"], why="son asked that the patient not be told of her colon cancer; she was told only of a 'bleeding change'")

add("nl1r-psykos-schizofreni-ej-framford", V, "psychPsykos", "Läkaranteckning", "psykiatrisk öppenvård",
    "1999-02-19", "197", "2024-06-04 15:35", 120, "Jenny Lundgren", [
        ("Sammanfattning", "Patienten har nu följts på mottagningen i åtta månader efter sin första psykosepisod, och symtomen med rösthallucinationer, förföljelseidéer och socialt tillbakadragande har varat betydligt längre än sex månader trots behandling med aripiprazol."),
        ("Bedömning", "Vi bedömer att kriterierna för schizofreni numera är uppfyllda, men vi har ännu inte framfört diagnosen till patienten, eftersom han fortfarande har en bristande sjukdomsinsikt och vi i teamet vill förbereda samtalet tillsammans med hans kontaktperson."),
        ("Planering", "Fortsatt aripiprazol i oförändrad dos, och ett diagnossamtal planeras inom en månad tillsammans med patientens mamma om han själv samtycker till det."),
    ], must=["NL101"], must_not=["NL102"], why="schizophrenia criteria met, diagnosis 'ännu inte framfört' to the patient")

add("nl1r-onk-misstankt-lymfomrecidiv-ej-tagit-upp", S, "onkLund", "Läkaranteckning", "öppenvård",
    "1970-07-21", "380", "2024-11-12 10:55", 110, "Maria Holmgren", [
        ("Aktuellt", "Patienten, som avslutade sin behandling för ett follikulärt lymfom för tre år sedan, har vid dagens rutinkontroll nytillkomna förstorade lymfkörtlar på vänster sida av halsen och i armhålan samt nattliga svettningar."),
        ("Bedömning", "Vi misstänker ett recidiv av lymfomet, möjligen med transformation till en mer aggressiv form med tanke på det förhöjda LD, men vi har ännu inte tagit upp misstanken med patienten, eftersom hon idag kom ensam och var mycket orolig inför en annan familjeangelägenhet."),
        ("Planering", "PET-DT och en körtelbiopsi bokas, och vi har förklarat för henne att vi behöver göra ytterligare undersökningar av körtlarna."),
    ], must=["NL101", "NL102"], why="suspected lymphoma relapse in visible text and the suspicion not raised with the patient")

add("nl1r-hem-myelom-ej-infomerad-typo", V, "hemBoras", "Läkaranteckning", "öppenvård",
    "1951-05-03", "139", "2024-04-11 16:00", 70, "Jonas Sandberg", [
        ("Aktuellt", "Patienten som har följts för en MGUS sedan 2017 har under våren fått ryggsmärtor och en sjunkande hemoglobinnivå, och han har i förra veckan genomgått benmärgsundersökning och lågdos-DT av skelettet."),
        ("Bedömning", "Benmärgen visar 34 procent klonala plasmaceller, och DT visar flera osteolytiska förändringar i kotpelaren, vilket innebär att diagnosen multipelt myelom är fastställd och att behandling ska påbörjas."),
        ("Information", "Patienten är ännu inte infomerad om att MGUS har övergått i ett myelom, eftersom han befann sig på resa när svaren kom, och han kommer på besök på fredag då beskedet ska lämnas av undertecknad."),
    ], must=["NL101"], must_not=["NL102"], why="confirmed myeloma; typo 'infomerad' in the not-informed cue")

add("nl1r-rehab-ms-ej-meddelad-neurologen-ger-beskedet", S, "rehabOrup", "Läkaranteckning", "öppenvård",
    "1990-09-12", "142", "2024-02-08 09:40", 260, "Helena Rydberg", [
        ("Aktuellt", "Patienten, som remitterades till rehabiliteringen efter en episod med svaghet i benen och balansproblem i vintras, har under utredningen på neurologen genomgått MR och lumbalpunktion."),
        ("Bedömning", "MR visar multipla periventrikulära och infratentoriella plack av olika ålder och likvor visar oligoklonala band, och diagnosen multipel skleros har därmed fastställts av neurologen enligt McDonaldkriterierna."),
        ("Planering", "Diagnosen multipel skleros har ännu inte meddelats patienten, eftersom neurologen vill ge beskedet själv vid sitt återbesök, och vi har därför vid dagens träningspass inte berört utredningsresultatet."),
    ], must=["NL101"], must_not=["NL102"], why="MS established but 'ännu inte meddelats patienten'; statement placed in Planering")

add("nl1r-ped-16ar-turner-ej-informerad", V, "pedsEndoGbg", "Mottagningsanteckning", "öppenvård",
    "2007-04-02", "186", "2024-03-07 13:30", 150, "Elin Hansson", [
        ("Aktuellt", "Sextonårig flicka som utreds för kortvuxenhet och utebliven pubertetsutveckling, där vi vid förra besöket tog kromosomanalys och hormonprover."),
        ("Bedömning", "Kromosomanalysen visar karyotypen 45,X, och diagnosen Turners syndrom är därmed fastställd, vilket också förklarar de förhöjda gonadotropinerna."),
        ("Information", "Flickan är ännu inte informerad om diagnosen, eftersom hon har uttryckt att hon vill få alla svar på en gång tillsammans med båda föräldrarna, och samtalet är inbokat om en vecka hos undertecknad och barnpsykologen."),
    ], must=["NL101"], must_not=["NL102"], why="16-year-old reads her own journal; confirmed Turner syndrome not yet told")

add("nl1r-lung-skivepitelcancer-konfusion-kunnat-informeras", S, "lungLund", "Läkaranteckning", "slutenvård",
    "1944-12-05", "071", "2024-07-09 14:50", 40, "David Nilsson", [
        ("Aktuellt", "Patienten vårdas sedan en vecka för en postobstruktiv pneumoni, och bronkoskopin som gjordes i fredags har nu besvarats med ett skivepitelcancer i höger huvudbronk."),
        ("Bedömning", "Patienten har på grund av sitt konfusoriska tillstånd inte kunnat informeras om att biopsin visar en lungcancer, men hans sambo har fått besked per telefon med patientens tidigare medgivande."),
        ("Planering", "Vi informerar patienten så snart han är klar i huvudet, och fallet anmäls till lungcancerkonferensen."),
    ], must=["NL101"], must_not=["NL102"], why="confused patient could not be told the confirmed lung cancer; partner told")

add("nl1r-ger-esofaguscancer-inte-annu-informerat-utkast", V, "gerSkovde", "Läkaranteckning", "slutenvård",
    "1935-03-15", "077", "2024-12-03 15:15", None, "Gunnar Ek", [
        ("Aktuellt", "Patienten har under vårdtiden utretts för sin viktnedgång och dysfagi, och gastroskopin i tisdags har visat en tumör i nedre delen av matstrupen, där PAD har kommit idag och visar ett adenokarcinom."),
        ("Bedömning", "Med tanke på hans ålder, hjärtsvikten och det nedsatta allmäntillståndet bedömer vi att han inte är aktuell för kurativ behandling, och vi har inte ännu informerat patienten om cancerbeskedet utan väntar in hans dotter som kommer från Stockholm i helgen."),
        ("Planering", "Dietistkontakt och ställningstagande till en stent i matstrupen, och brytpunktssamtal när dottern är på plats."),
    ], must=["NL101"], must_not=["NL102"], why="oesophageal adenocarcinoma; dictated word order 'inte ännu informerat'; unsigned draft")

# ---------------------------------------------------------------------------------------
# C. NL101 negatives: the patient has been told (or the not-told statement concerns
#    something else, or the hypothesis sits in Tidiga hypoteser)
# ---------------------------------------------------------------------------------------
add("nl1r-onk-tungcancer-informerad-idag", S, "onkLund", "Mottagningsanteckning", "öppenvård",
    "1960-02-02", "235", "2024-01-18 14:00", 120, "Cecilia Norén", [
        ("Aktuellt", "Patienten remitterades från öron-, näs- och halskliniken efter att man vid undersökning hittat en sårig förändring på vänster tungkant och förstorade lymfkörtlar på halsen."),
        ("Bedömning", "Biopsin visar ett skivepitelcancer, HPV-negativ, och DT hals och thorax visar två metastatiska lymfkörtlar på vänster sida utan fjärrmetastaser, vilket motsvarar stadium IVA."),
        ("Information", "Vi har idag informerat patienten om att det rör sig om en tungcancer med spridning till halsens lymfkörtlar, och vi har gått igenom förslaget om operation följt av strålbehandling, vilket han vill fundera på tillsammans med sin fru över helgen."),
    ], must_not=["NL101", "NL102"], why="confirmed tongue cancer, patient informed today")

add("nl1r-minne-blandad-demens-besked-patient-och-dotter-typo", V, "minneMolndal", "Mottagningsanteckning", "öppenvård",
    "1940-10-10", "191", "2024-02-14 10:30", 90, "Karin Sjöberg", [
        ("Bedömning", "Utredningen visar en blandad demens med både vaskulära inslag och Alzhiemerkomponent, och det kognitiva testresultatet har sjunkit ytterligare sedan förra året."),
        ("Information", "Vi har vid dagens besök lämnat diagnosbeskedet till patienten och hans dotter gemensamt, och patienten sade att han länge hade förstått att något inte stod rätt till med minnet, och han fick även skriftlig information om demenssjukdom och om anhörigstöd i kommunen."),
        ("Planering", "Insättning av galantamin och uppföljning av demenssjuksköterskan om sex veckor."),
    ], must_not=["NL101", "NL102"], why="dementia diagnosis given to patient and daughter together; typo 'Alzhiemerkomponent'")

add("nl1r-psyk-bipolar-typ1-informerad-vill-ej-att-foraldrar-far-veta", S, "psychAffLund", "Läkaranteckning", "psykiatrisk öppenvård",
    "1993-06-21", "113", "2024-03-05 15:20", 75, "Kristoffer Ahl", [
        ("Bedömning", "Patienten har nu genomgått den planerade utredningen, och vi bedömer att han uppfyller kriterierna för en bipolär sjukdom typ 1 med en manisk episod i höstas som krävde slutenvård."),
        ("Information", "Diagnosen har vi idag gått igenom med patienten, som har förstått den och har fått skriftlig information om litiumbehandling, men han har uttryckligen bett att vi inte informerar hans föräldrar, vilket vi självklart respekterar."),
        ("Planering", "Litium trappas upp enligt ordination med koncentrationskontroll om fem dagar, och återbesök om tre veckor."),
    ], must_not=["NL101", "NL102"], why="patient informed; only the parents are not to be told, which is not NL101")

add("nl1r-intmed-epikris-hjartsvikt-informerad-hemtjansten-inte", V, "intOstra", "Epikris", "slutenvård",
    "1947-08-27", "362", "2024-05-23 12:40", 100, "Hanna Lindahl", [
        ("Aktuellt", "Patienten inkom med andfåddhet och bensvullnad och har under vårdtiden utretts med ekokardiografi, som visar en nedsatt ejektionsfraktion på 30 procent."),
        ("Bedömning", "Diagnosen hjärtsvikt med nedsatt ejektionsfraktion är fastställd, och patienten har fått utförlig information om sjukdomen, om vikten av daglig vägning och om de nya läkemedlen."),
        ("Planering", "Vi har ännu inte informerat hemtjänsten om de nya rutinerna för vägning, utan det görs av sjuksköterskan på avdelningen i morgon innan hemgång."),
    ], must_not=["NL101", "NL102"], why="'ännu inte informerat' concerns home care services, the patient knows the diagnosis")

add("nl1r-ped-celiaki-bekraftad-foraldrar-informerade", S, "pedsMalmo", "Mottagningsanteckning", "öppenvård",
    "2015-12-12", "286", "2024-10-01 09:15", 180, "Louise Ström", [
        ("Aktuellt", "Åttaårig flicka som kommer tillsammans med båda föräldrarna för att få svar på tunntarmsbiopsin, som gjordes i narkos för två veckor sedan på grund av höga transglutaminasantikroppar och magont."),
        ("Bedömning", "Biopsin visar totalt atrofiska tarmludd, och diagnosen celiaki är därmed bekräftad, vilket vi har förklarat för föräldrarna och flickan på ett sätt som hon kunde förstå."),
        ("Planering", "Glutenfri kost från och med nu, dietistkontakt nästa vecka och kontroll av antikroppar om sex månader."),
    ], must_not=["NL101", "NL102"], why="child's confirmed coeliac disease explained to guardians and child")

add("nl1r-onk-lungmetastaser-tillagg-informerad-senare", V, "onkBoras", "Läkaranteckning", "slutenvård",
    "1954-11-03", "164", "2024-06-19 11:30", 330, "Henrik Borg", [
        ("Bedömning", "Svaret på DT-ledd biopsi från förändringen i vänster lunga har kommit idag och visar metastaser från hennes tidigare behandlade bröstcancer, och vi har under förmiddagen inte kunnat informera patienten om detta, eftersom hon var på undersökning."),
        ("Tillägg", "Klockan 15.30 har patienten tillsammans med sin make informerats av undertecknad om att förändringen i lungan är en spridning av bröstcancern, och hon har fått tid hos kontaktsjuksköterskan i morgon för fortsatt stöd."),
    ], must_not=["NL101", "NL102"], why="not told in the morning, told in a later paragraph (Tillägg) before signing")

add("nl1r-intmed-aortastenos-informerad-ej-om-operationstid", S, "intMalmo", "Mottagningsanteckning", "öppenvård",
    "1956-04-30", "395", "2024-08-06 10:25", 140, "Johan Lindqvist", [
        ("Aktuellt", "Patienten har sedan tidigare en känd aortastenos som har följts med årliga ekokardiografier, och han har nu fått ökad andfåddhet vid ansträngning och en svimningsepisod i trappan."),
        ("Bedömning", "Ekokardiografin idag visar en höggradig aortastenos med en medelgradient på 52 millimeter kvicksilver, vilket vi har förklarat för patienten, som är väl införstådd med att klaffen behöver bytas."),
        ("Planering", "Remiss till thoraxkirurgen i Lund för klaffbyte, och vi har ännu inte kunnat informera patienten om tidpunkten för operationen, eftersom den bestäms först efter deras konferens."),
    ], must_not=["NL101", "NL102"], why="not informed about the operation date only; the diagnosis is explained")

add("nl1r-rehab-sab-kognitiv-nedsattning-arbetsgivaren-ej-informerad", V, "rehabBoras", "Mottagningsanteckning", "öppenvård",
    "1978-11-19", "038", "2024-09-12 13:45", 200, "Camilla Frisk", [
        ("Aktuellt", "Patienten, som drabbades av en subaraknoidalblödning från ett aneurysm som har behandlats med coiling i februari, följs på mottagningen för kvarstående kognitiv uttröttbarhet och koncentrationssvårigheter."),
        ("Bedömning", "Den neuropsykologiska utredningen bekräftar en lätt kognitiv funktionsnedsättning efter blödningen, med nedsatt arbetsminne och mental uthållighet, och detta har vi gått igenom noggrant med patienten och hans sambo."),
        ("Planering", "Patienten har själv ännu inte berättat för sin arbetsgivare om utredningsresultatet, men han vill att vi skriver ett intyg inför arbetsträningen, vilket vi gör efter nästa besök."),
    ], must_not=["NL101", "NL102"], why="the patient is informed; it is the employer who has not been told")

add("nl1r-ger-njurtumor-sov-vid-ronden-informerad-efter-lunch", S, "gerHbg", "Läkaranteckning", "slutenvård",
    "1939-01-19", "135", "2024-11-20 10:20", 420, "Birgitta Olsson", [
        ("Bedömning", "DT buk som gjordes på grund av viktnedgången visar en tumör i högra njuren på sju centimeter med inväxt i njurvenen, men patienten sov vid ronden och har därför inte kunnat informeras om fyndet på förmiddagen."),
        ("Tillägg", "Efter lunch har undertecknad suttit ned med patienten och gått igenom DT-svaret, och han har förstått att det rör sig om en njurcancer som urologerna kommer att ta ställning till, och han bad oss ringa hans fru, vilket vi har gjort."),
    ], must_not=["NL101"], why="told later the same day in a Tillägg paragraph, so the note no longer shows an uncommunicated diagnosis")

add("nl1r-psyk-adhd-diagnosbesked-lamnat", V, "psychBoras", "Läkaranteckning", "psykiatrisk öppenvård",
    "1997-03-13", "251", "2024-01-23 14:50", 65, "Malin Fors", [
        ("Sammanfattning", "Den neuropsykiatriska utredningen är nu avslutad och omfattar anamnes från patienten och hans mamma, skolbetyg, kognitiv testning med WAIS-IV och skattningsskalor, och resultaten talar tydligt för att han uppfyller kriterierna."),
        ("Bedömning", "Vi har idag lämnat diagnosbesked om ADHD av huvudsakligen ouppmärksam form, och patienten fick både muntlig och skriftlig information och sade att beskedet kändes som en lättnad."),
        ("Planering", "Vi erbjuder psykoedukation i grupp och ett separat läkarbesök för ställningstagande till läkemedelsbehandling."),
    ], must_not=["NL101", "NL102"], why="ADHD diagnosis given to the patient at the visit")

add("nl1r-onk-mall-tidiga-hypoteser-lungmetastaser-ej-informerad", S, "onkMalmo", "Tidiga hypoteser", "öppenvård",
    "1963-07-14", "456", "2024-04-04 16:10", 45, "Cecilia Norén", [
        ("Bedömning", "Vi misstänker att de nya lungförändringarna kan utgöra metastaser från hans tidigare opererade njurcancer, men patienten är ännu inte informerad om misstanken, då vi först vill ha svar på den planerade biopsin."),
        ("Planering", "DT-ledd biopsi bokas, och hypotesen förs över till ordinarie anteckning när den har bekräftats eller avskrivits."),
    ], must_not=["NL101", "NL102"], why="Skåne template Tidiga hypoteser is filtered from Journalen: suspicion and not-informed are not visible")

add("nl1r-onk-sokord-tidiga-hypoteser-ca125", V, "onkSkovde", "Läkaranteckning", "öppenvård",
    "1966-02-22", "302", "2024-07-24 09:55", 130, "Anette Björk", [
        ("Aktuellt", "Patienten kommer på planerat återbesök efter avslutad adjuvant behandling för sin endometriecancer och mår enligt egen uppgift bra, med normal aptit och vikt."),
        ("Status", "Gott och opåverkat allmäntillstånd, buken mjuk och oöm, inga palpabla resistenser, gynekologisk undersökning utan anmärkning."),
        ("Tidiga hypoteser", "Vi misstänker att den lätta förhöjningen av CA-125 kan vara ett tidigt tecken på recidiv, men patienten är inte informerad om vår misstanke, eftersom värdet kan vara falskt förhöjt och vi vill upprepa provet först."),
        ("Planering", "Nytt blodprov om fyra veckor och telefonkontakt med svar."),
    ], must_not=["NL101", "NL102"], why="VGR sökord Tidiga hypoteser holds the suspicion and the not-informed statement; visible sections clean")

add("nl1r-intmed-epikris-epilepsi-informerad-korkort-ej-genomgatt", S, "intHbg", "Epikris", "slutenvård",
    "1983-05-09", "540", "2024-03-29 12:15", 160, "Nina Carlsson", [
        ("Aktuellt", "Patienten är en 40-årig kvinna som inkom efter ett första generaliserat krampanfall på arbetet, och hon har under vårdtiden utretts med MR hjärna och EEG."),
        ("Bedömning", "EEG visar epileptiform aktivitet över vänster temporallob och MR visar en mesial temporallobsskleros, varför vi bedömer att det föreligger en fokal epilepsi, vilket patienten har informerats om och har fått förklarat för sig vid flera tillfällen."),
        ("Planering", "Insättning av lamotrigin med långsam upptrappning, och vi har ännu inte hunnit gå igenom körkortsreglerna med henne, vilket neurologmottagningen gör vid återbesöket."),
    ], must_not=["NL101", "NL102"], why="patient informed of the epilepsy; what is pending is the driving-licence information")

add("nl1r-ger-epikris-kand-alzheimer-besked-av-distriktslakare", V, "gerUddevalla", "Epikris", "slutenvård",
    "1936-06-16", "500", "2024-08-28 14:30", 110, "Rolf Axelsson", [
        ("Aktuellt", "Patienten som har en känd Alzheimers sjukdom sedan 2021, där diagnosbeskedet lämnades av hennes distriktsläkare vid vårdcentralen, inkom efter en fallolycka med en höftfraktur på vänster sida som opererades med halvprotes dagen efter ankomsten."),
        ("Förlopp", "Det postoperativa förloppet har komplicerats av en lättare förvirring som har klingat av, och hon mobiliseras nu med gåbord och hjälp av en person."),
        ("Planering", "Överflyttning till korttidsboende i väntan på ställningstagande till särskilt boende, och vi har informerat de anhöriga om planen."),
    ], must_not=["NL101", "NL102"], why="known Alzheimer's disease told years ago by the GP; nothing uncommunicated")

# ---------------------------------------------------------------------------------------
# D. NL102 negatives: ruled out in dictated wording, confirmed, family history, past history,
#    hedges about plans, PMO (diagnoses never shown) and Tidiga hypoteser
# ---------------------------------------------------------------------------------------
add("nl1r-intmed-epikris-lungemboli-foreligger-inte", S, "intMalmo", "Epikris", "slutenvård",
    "1972-03-27", "244", "2024-01-11 13:20", 90, "Johan Lindqvist", [
        ("Aktuellt", "Patienten som sedan tidigare har astma inkom på grund av andfåddhet och högersidig bröstsmärta som förvärrades vid djupa andetag, och hon hade nyligen gjort en lång flygresa från Thailand."),
        ("Förlopp", "D-dimer var förhöjt, och DT lungartärer visade inga tecken på lungemboli utan i stället en mindre pneumoni i höger underlob, som har behandlats med penicillin."),
        ("Bedömning", "Någon lungemboli föreligger alltså inte, och besvären förklaras väl av lunginflammationen, där hon nu är feberfri och har sjunkande CRP."),
        ("Planering", "Fortsatt peroral antibiotika i sammanlagt sju dagar och ingen uppföljning i öppenvården behövs."),
    ], must_not=["NL102"], why="pulmonary embolism ruled out twice in dictated wording ('inga tecken på', 'föreligger alltså inte')")

add("nl1r-minne-inte-langre-nagon-misstanke-om-demens", V, "minneMolndal", "Mottagningsanteckning", "öppenvård",
    "1945-12-01", "482", "2024-06-27 10:45", 150, "Karin Sjöberg", [
        ("Aktuellt", "Patienten remitterades till minnesmottagningen i höstas med frågan om en begynnande demenssjukdom, eftersom hon då hade tilltagande glömska och svårt att hålla ordning på sina räkningar."),
        ("Bedömning", "Sedan vi behandlat hennes uttalade B12-brist och hennes depression har minnet förbättrats tydligt, MMSE är nu 29 av 30, och vi har inte längre någon misstanke om demens."),
        ("Planering", "Avslutas på minnesmottagningen, och fortsatt B12-substitution och uppföljning av depressionen sker på vårdcentralen."),
    ], must_not=["NL102"], why="earlier referral question about dementia answered: 'inte längre någon misstanke om demens'")

add("nl1r-onk-misstanken-om-recidiv-avskriven", S, "onkLund", "Mottagningsanteckning", "öppenvård",
    "1957-09-19", "377", "2024-05-30 11:05", 85, "Maria Holmgren", [
        ("Aktuellt", "Patienten som opererades för en rektalcancer för tre år sedan remitterades i april på nytt till oss, eftersom CEA hade stigit lätt och en DT visade en oklar förändring i lilla bäckenet."),
        ("Bedömning", "PET-DT och MR bäcken visar ärrvävnad efter operationen utan tecken på tumöraktivitet, CEA har normaliserats, och misstanken om recidiv har därmed kunnat avskrivas, vilket vi har meddelat patienten idag."),
        ("Planering", "Fortsatt uppföljning enligt vårdprogrammet med nästa DT om ett år."),
    ], must_not=["NL102", "NL101"], why="suspected recurrence 'har kunnat avskrivas' and the patient told")

add("nl1r-ped-epikris-inga-tecken-pa-menignit-typo", V, "pedsGbg", "Epikris", "slutenvård",
    "2019-01-31", "059", "2024-10-29 12:50", 70, "Erik Wallin", [
        ("Aktuellt", "Femårig pojke som inkom med feber, huvudvärk och kräkningar sedan ett dygn, och där föräldrarna var oroliga för att han verkade ha ont när han böjde huvudet framåt."),
        ("Förlopp", "Lumbalpunktion visade klar likvor med normalt celltal och normalt glukos, och vi fann inga tecken på menignit, utan besvären bedöms bero på en virusinfektion med halsont och förstorade tonsiller."),
        ("Planering", "Hemgång med febernedsättande vid behov, och föräldrarna har fått information om när de ska söka på nytt."),
    ], must_not=["NL102"], why="meningitis negated ('inga tecken på'); typo 'menignit'")

add("nl1r-psykakut-inga-hallpunkter-for-psykossjukdom", S, "psychAkutMalmo", "Läkaranteckning", "psykiatrisk öppenvård",
    "1980-08-01", "428", "2024-12-10 02:15", 240, "Oskar Dahl", [
        ("Aktuellt", "Patienten som är känd på mottagningen för ett generaliserat ångestsyndrom kommer på eget initiativ på grund av att hon sedan en vecka har haft svårt att sova och har börjat höra sitt namn ropas när hon håller på att somna."),
        ("Bedömning", "Vid samtalet är hon klar, orienterad och har god insikt om att upplevelserna är kopplade till sömnbristen, och det finns inga hållpunkter för en psykossjukdom, utan upplevelserna är hypnagoga och hänger ihop med hennes stress."),
        ("Planering", "Sömnhygieniska råd, kortvarig behandling med propiomazin och återbesök hos kontaktpersonen om en vecka."),
    ], must_not=["NL102"], why="'inga hållpunkter för en psykossjukdom' at a psychiatric emergency visit")

add("nl1r-rehab-ny-stroke-utesluten-lagesyrsel", V, "rehabHogsbo", "Läkaranteckning", "slutenvård",
    "1955-05-05", "319", "2024-04-14 09:10", 180, "Tobias Lindberg", [
        ("Aktuellt", "Patienten som vårdas på rehabiliteringsavdelningen efter en högersidig lillhjärnsinfarkt i mars fick under natten akut yrsel och kräkningar, och nattjouren beställde därför en akut DT med angiografi."),
        ("Bedömning", "Vi har kunnat utesluta en ny stroke, då både DT och den kompletterande MR är utan nytillkomna förändringar, och Dix-Hallpikes test var positivt på höger sida, så att yrseln i stället är en godartad lägesyrsel som har behandlats med Epleys manöver med god effekt."),
        ("Planering", "Fortsatt rehabilitering enligt tidigare plan, och fysioterapeuten instruerar i övningar om yrseln återkommer."),
    ], must_not=["NL102"], why="new stroke 'kunnat utesluta'; positional vertigo established")

add("nl1r-intmed-ingen-missanke-om-malignitet-typo", S, "intYstad", "Mottagningsanteckning", "öppenvård",
    "1969-01-09", "446", "2024-09-19 14:35", 120, "Fredrik Ekman", [
        ("Aktuellt", "Patienten remitterades på grund av en ofrivillig viktnedgång på sex kilo och nattliga svettningar, och vi har nu gjort en utredning med DT thorax och buk, gastroskopi, koloskopi och mammografi."),
        ("Bedömning", "Samtliga undersökningar är normala och blodproverna utan anmärkning bortsett från ett lågt TSH, och vi har kunnat konstatera en hypertyreos som förklarar hennes symtom. Ingen missanke om malignitet föreligger."),
        ("Planering", "Remiss till endokrinmottagningen för behandling av hypertyreosen, och patienten har fått besked om de normala undersökningarna."),
    ], must_not=["NL102"], why="malignancy negated with a typo in the cue ('Ingen missanke om'); hyperthyroidism confirmed")

add("nl1r-intmed-epikris-hjartinfarkt-avskriven-typo", V, "intKungalv", "Epikris", "slutenvård",
    "1965-10-21", "171", "2024-02-28 15:40", 60, "Anders Nyberg", [
        ("Aktuellt", "Patienten inkom via ambulans med tryck över bröstet och utstrålning till vänster arm, och han lades in på hjärtavdelningen med misstanke om hjärtinfarkt."),
        ("Förlopp", "Upprepade troponiner har varit normala, EKG har inte visat några ischemiska förändringar, och arbetsprovet som gjordes under vårdtiden var negativt upp till hög belastning, varför misstanken om hjärtinfakt har kunnat avskrivas."),
        ("Bedömning", "Bröstsmärtan är muskuloskeletal, vilket stöds av att han har en tydlig palpationsömhet över bröstbenet, och han har nyligen börjat styrketräna."),
        ("Planering", "Ingen uppföljning på hjärtmottagningen, paracetamol vid behov."),
    ], must_not=["NL102"], why="admitted with suspected MI, later 'har kunnat avskrivas'; typo 'hjärtinfakt'")

add("nl1r-ped-nagon-misstanke-om-diabetes-foreligger-inte", S, "pedsHbg", "Mottagningsanteckning", "öppenvård",
    "2016-06-06", "210", "2024-03-20 10:00", 200, "Johanna Wik", [
        ("Aktuellt", "Sjuårig pojke som kommer med sin mamma, som är orolig för att han dricker och kissar mycket sedan några veckor, och mamman har själv en typ 1-diabetes sedan barndomen."),
        ("Bedömning", "Kapillärt blodsocker är 5,4 och HbA1c är normalt, urinstickan är utan glukos och ketoner, och någon misstanke om diabetes föreligger inte, utan det ökade drickandet sammanfaller med att han börjat spela fotboll flera gånger i veckan."),
        ("Planering", "Mamman har fått information om vilka symtom som ska föranleda ny kontakt, och ingen ytterligare uppföljning planeras."),
    ], must_not=["NL102"], why="'någon misstanke om diabetes föreligger inte' (split negation); mother's diabetes is family history")

add("nl1r-onk-inga-tecken-pa-metastasering-slemsack", V, "jubileum", "Mottagningsanteckning", "öppenvård",
    "1976-09-26", "360", "2024-11-26 13:15", 95, "Magnus Öberg", [
        ("Aktuellt", "Patienten som behandlas med tamoxifen efter en operation för bröstcancer förra året har haft ont i höger höft i två månader och var därför orolig för att sjukdomen hade spridit sig."),
        ("Bedömning", "Skelettscintigrafi och MR bäcken visar inga tecken på metastasering, utan en inflammation i slemsäcken vid höftbenets utsida, och vi har kunnat lugna patienten på den punkten."),
        ("Planering", "Fortsatt tamoxifen, fysioterapi för höften och nästa ordinarie kontroll om sex månader."),
    ], must_not=["NL102"], why="metastasis negated; bursitis stated plainly")

add("nl1r-intmed-sarkoidos-faststalld-utkast", V, "intUddevalla", "Mottagningsanteckning", "öppenvård",
    "1985-07-07", "384", "2024-07-03 11:25", None, "Anders Nyberg", [
        ("Aktuellt", "Patienten har under våren utretts för hosta, trötthet och förstorade lymfkörtlar i mediastinum, och hon har genomgått bronkoskopi med EBUS-ledd punktion av körtlarna."),
        ("Bedömning", "Cytologin visar icke-nekrotiserande granulom utan tecken på malignitet och odlingarna för mykobakterier är negativa, och diagnosen sarkoidos är nu fastställd, vilket vi har gått igenom med patienten."),
        ("Planering", "Ingen behandling i nuläget, eftersom lungfunktionen är normal, och ny kontroll med spirometri och lungröntgen om sex månader."),
    ], must_not=["NL102"], why="sarcoidosis confirmed by cytology; unsigned draft")

add("nl1r-onk-duktal-cancer-pad-bekraftar", S, "onkMalmo", "Mottagningsanteckning", "öppenvård",
    "1964-01-29", "066", "2024-02-29 09:50", 130, "Cecilia Norén", [
        ("Aktuellt", "Patienten som hittade en knöl i vänster bröst i januari har genomgått trippeldiagnostik och operation med sektorresektion och sentinel node-biopsi, och kommer nu för planering av den onkologiska behandlingen."),
        ("Bedömning", "Den postoperativa PAD bekräftar ett invasivt duktalt karcinom på 18 millimeter, grad 2, östrogenreceptorpositivt och HER2-negativt, utan spridning till portvaktskörteln, och detta känner patienten till sedan besöket hos kirurgen."),
        ("Planering", "Strålbehandling mot kvarvarande bröst under tre veckor följt av endokrin behandling i fem år, och vi har gått igenom biverkningarna med henne."),
    ], must_not=["NL102", "NL101"], why="PAD-confirmed breast cancer, already known to the patient")

add("nl1r-rehab-kand-ms-arlig-bedomning", S, "rehabOrup", "Mottagningsanteckning", "öppenvård",
    "1976-06-22", "428", "2024-10-17 14:05", 210, "Helena Rydberg", [
        ("Aktuellt", "Patienten har en känd skovvis förlöpande multipel skleros sedan 2011, behandlad med natalizumab, och kommer för sin årliga rehabiliteringsbedömning tillsammans med sin personliga assistent."),
        ("Status", "Spastisk paraparesis, gång med två kryckor cirka femtio meter, EDSS skattas till 6,0, vilket är oförändrat jämfört med föregående år."),
        ("Planering", "Fortsatt sjukgymnastik två gånger i veckan, förnyelse av ortoser och ny bedömning om ett år."),
    ], must_not=["NL102"], why="long-known MS, no hedge")

add("nl1r-barnkir-epikris-appendicit-bekraftad-peroperativt", V, "pedsKirGbg", "Epikris", "slutenvård",
    "2013-05-09", "248", "2024-08-14 16:30", 80, "Lina Strand", [
        ("Aktuellt", "Elvaårig flicka som inkom med buksmärtor som började kring naveln och sedan vandrade ned till höger fossa, och hon hade feber och kräkningar."),
        ("Förlopp", "Hon opererades samma kväll med misstanke om appendicit, vilket bekräftades peroperativt, där man fann ett flegmonöst appendix utan perforation, och det postoperativa förloppet har varit okomplicerat."),
        ("Planering", "Hemgång med paracetamol vid behov, och föräldrarna har fått information om sårvård och när de ska höra av sig."),
    ], must_not=["NL102"], why="operated on suspicion of appendicitis that was confirmed peroperatively: settled")

add("nl1r-ger-epikris-misstankt-uvi-bekraftad-pyelonefrit", S, "gerYstad", "Epikris", "slutenvård",
    "1933-10-30", "148", "2024-01-25 13:55", 120, "Ulla Mattsson", [
        ("Aktuellt", "Patienten inkom med feber, nedsatt allmäntillstånd och ökad förvirring, och hon behandlades initialt för en misstänkt urinvägsinfektion med övre engagemang."),
        ("Förlopp", "Urinodlingen bekräftade en pyelonefrit orsakad av Klebsiella, och efter byte till ciprofloxacin enligt resistensbestämningen har hon blivit feberfri och klar."),
        ("Planering", "Ciprofloxacin totalt tio dagar, och hemtjänsten har fått muntlig och skriftlig rapport inför hemgång."),
    ], must_not=["NL102"], why="initially suspected urinary infection later confirmed by culture")

add("nl1r-intmed-hereditet-brost-och-koloncancer", V, "intAlingsas", "Mottagningsanteckning", "öppenvård",
    "1971-02-14", "159", "2024-03-13 10:35", 140, "Hanna Lindahl", [
        ("Aktuellt", "Patienten är själv frisk och remitteras för rådgivning om koloskopiscreening mot bakgrund av den ärftliga belastningen, och han har inga besvär från magen."),
        ("Hereditet", "Modern hade bröstcancer och avled i 60-årsåldern, och morbrodern opererades för en koloncancer vid 52 års ålder, medan fadern lever och har en typ 2-diabetes."),
        ("Bedömning", "Vi bedömer att det inte finns skäl för en genetisk utredning i nuläget, men han erbjuds koloskopi vart femte år."),
    ], must_not=["NL102"], why="family history of cancer; the patient himself healthy")

add("nl1r-psyk-hereditet-bipolar-schizofrei-typo", S, "psychLund", "Läkaranteckning", "psykiatrisk öppenvård",
    "1995-05-28", "248", "2024-09-03 13:10", 100, "Sofia Berg", [
        ("Aktuellt", "Patienten söker för nedstämdhet sedan två månader efter en flytt och en avslutad relation, och hon har aldrig tidigare haft kontakt med psykiatrin."),
        ("Hereditet", "Fadern har en bipolär sjukdom och har vårdats inneliggande vid flera tillfällen, och en kusin på fädernet har schizofrei."),
        ("Bedömning", "Vi bedömer att hon har en måttlig depressiv episod, och med tanke på hereditet har vi noggrant efterfrågat tidigare perioder av förhöjd stämning, vilket hon förnekar."),
        ("Planering", "Insättning av sertralin och samtalskontakt hos kurator, med återbesök hos läkare om fyra veckor."),
    ], must_not=["NL102"], why="psychiatric family history ('med tanke på hereditet' introduces no hypothesis); typo 'schizofrei'")

add("nl1r-ped-hereditet-celiaki-diabetes-viktkurva", V, "pedsSkovde", "Mottagningsanteckning", "öppenvård",
    "2020-09-09", "131", "2024-05-13 14:40", 170, "Elin Hansson", [
        ("Aktuellt", "Treårig pojke som remitteras från barnavårdscentralen på grund av att han har flackat av i viktkurvan det senaste halvåret, men han äter bra enligt föräldrarna och är pigg och lekfull."),
        ("Hereditet", "Fadern har celiaki sedan tonåren och storasystern har typ 1-diabetes sedan två år tillbaka."),
        ("Bedömning", "Transglutaminasantikroppar och blodstatus är normala, och tillväxtkurvan visar vid närmare granskning att han följer en kanal som stämmer väl med föräldrarnas längd, så det finns ingen anledning till vidare utredning."),
    ], must_not=["NL102"], why="family history of coeliac disease and type 1 diabetes; the child's tests normal")

add("nl1r-minne-hereditet-modern-sannolikt-alzheimer", S, "minneLund", "Mottagningsanteckning", "öppenvård",
    "1946-02-08", "375", "2024-11-06 10:20", 160, "Ulla Mattsson", [
        ("Aktuellt", "Patienten kommer på egen begäran, eftersom han är orolig för sitt minne efter att ha glömt bort ett par tandläkartider, och han berättar att han fortfarande sköter sin ekonomi och kör bil utan problem."),
        ("Hereditet", "Modern hade sannolikt en Alzheimers sjukdom under sina sista levnadsår, men det utreddes aldrig, och en äldre bror har nyligen fått diagnosen vaskulär demens."),
        ("Bedömning", "MMSE 29 av 30 och normalt klocktest, och vi bedömer att hans minnesbesvär ligger inom ramen för det normala åldrandet, vilket vi har förklarat för honom."),
    ], must_not=["NL102"], why="the hedge 'sannolikt' concerns the mother's disease (family history), not the patient")

add("nl1r-intmed-epikris-tidigare-djup-ventrombos-utkast", S, "intKristianstad", "Epikris", "slutenvård",
    "1959-07-19", "433", "2024-06-13 11:50", None, "Nina Carlsson", [
        ("Tidigare sjukdomar", "Djup ventrombos i vänster underben 2016 efter en knäoperation, behandlad med apixaban i tre månader, samt en välreglerad hypertoni."),
        ("Aktuellt", "Patienten inkom på grund av svullnad i höger underben sedan tre dagar, och ultraljud har visat en djup ventrombos i vena poplitea, utan utlösande faktor denna gång."),
        ("Bedömning", "Eftersom det nu är hans andra trombos, och den uppkom utan känd provokation, rekommenderar vi förlängd antikoagulantiabehandling utan planerat slutdatum."),
    ], must_not=["NL102"], why="past and current DVT both affirmed; unsigned draft")

add("nl1r-ger-epikris-tidigare-koloncancer-miktionssynkope", V, "gerOstra", "Epikris", "slutenvård",
    "1937-11-30", "397", "2024-04-10 14:10", 90, "Ingrid Falk", [
        ("Tidigare sjukdomar", "Opererad för koloncancer 2009 med vänstersidig hemikolektomi och därefter recidivfri, förmaksflimmer sedan 2015 och en prostatahyperplasi."),
        ("Aktuellt", "Patienten inkom efter att ha svimmat i samband med toalettbesök under natten, och han slog i bakhuvudet men har inte haft några neurologiska symtom."),
        ("Bedömning", "DT hjärna är utan blödning, telemetri under två dygn visar en välkontrollerad frekvens och inga pauser, och svimningen var en vasovagal reaktion vid vattenkastning, en så kallad miktionssynkope."),
        ("Planering", "Hemgång med råd om att sitta ned vid nattliga toalettbesök."),
    ], must_not=["NL102"], why="past history of colon cancer (recurrence-free) and a settled micturition syncope")

add("nl1r-rehab-tidigare-utredd-misstankt-epilepsi-ej-bekraftad", S, "rehabHbg", "Inskrivningsanteckning", "slutenvård",
    "1989-09-03", "335", "2024-07-31 15:25", 75, "Peter Lund", [
        ("Tidigare sjukdomar", "Utreddes 2018 för misstänkt epilepsi efter en medvetandeförlust på ett gym, men EEG och MR var normala och diagnosen bekräftades aldrig, och han har inte haft några fler episoder sedan dess."),
        ("Aktuellt", "Patienten överflyttas från neurokirurgen efter en traumatisk hjärnskada med kontusionsblödningar i båda pannloberna i samband med en motorcykelolycka för tre veckor sedan."),
        ("Planering", "Intensiv rehabilitering i team med fokus på exekutiva funktioner, och målet är att han ska kunna återgå till eget boende med stöd."),
    ], must_not=["NL102"], why="old suspicion of epilepsy in past history that was never confirmed")

add("nl1r-intmed-kol-eventuellt-syrgas-plan", V, "intUddevalla", "Mottagningsanteckning", "öppenvård",
    "1950-03-03", "062", "2024-02-19 13:00", 120, "Petra Sundin", [
        ("Aktuellt", "Patienten har en känd KOL i stadium 3 och kommer på återbesök efter sin senaste exacerbation i februari, och hon har fortfarande andfåddhet vid påklädning."),
        ("Bedömning", "Spirometrin är oförändrad jämfört med i höstas, men saturationen är 89 procent i vila, och vi kommer eventuellt att utreda behovet av syrgas i hemmet om den inte förbättras till nästa besök."),
        ("Planering", "Ny blodgas om sex veckor, fortsatt trippelinhalation och remiss till fysioterapeut för lungrehabilitering, som möjligen kan förbättra hennes ork."),
    ], must_not=["NL102"], why="'eventuellt' and 'möjligen' qualify plans, the COPD is known")

add("nl1r-onk-tveksamt-om-han-orkar-cytostatika", S, "onkMalmo", "Läkaranteckning", "öppenvård",
    "1941-04-24", "153", "2024-12-05 10:40", 90, "Cecilia Norén", [
        ("Aktuellt", "Patienten har en metastaserad ventrikelcancer och har fått fyra cykler med FLOT, men han har tappat i vikt och orkar numera bara gå korta sträckor inomhus."),
        ("Bedömning", "ECOG-status har försämrats till 3, och det är tveksamt om han kommer att orka med ytterligare cytostatika, vilket vi har diskuterat öppet med honom och hans fru."),
        ("Planering", "Vi gör ett uppehåll i behandlingen, kopplar in det specialiserade palliativa teamet och ses igen om två veckor för att värdera läget."),
    ], must_not=["NL102"], why="uncertainty about tolerating more chemotherapy, not about a diagnosis")

add("nl1r-ger-misstanker-att-hon-inte-tar-lakemedlen", V, "gerUddevalla", "Mottagningsanteckning", "öppenvård",
    "1938-12-12", "326", "2024-06-20 09:35", 150, "Rolf Axelsson", [
        ("Aktuellt", "Patienten har en känd hypertoni och förmaksflimmer och kommer på återbesök tillsammans med sin granne, eftersom blodtrycket har varit högt vid de senaste kontrollerna trots tre olika blodtrycksmediciner."),
        ("Bedömning", "Vi misstänker att hon inte tar sina läkemedel som ordinerat, eftersom dosetten som grannen tog med sig innehöll tabletter från flera veckor tillbaka, och hon medger själv att hon ibland glömmer."),
        ("Planering", "Vi har beställt en ansökan om läkemedelshantering via hemtjänsten och avvaktar med att höja dosen tills den är på plats."),
    ], must_not=["NL102"], why="'vi misstänker' about adherence, not a diagnosis")

add("nl1r-ped-nefrotiskt-syndrom-eventuellt-trappa-ned", S, "pedsMalmo", "Mottagningsanteckning", "öppenvård",
    "2018-07-07", "200", "2024-04-25 11:10", 130, "Louise Ström", [
        ("Aktuellt", "Femårig flicka med känt steroidkänsligt nefrotiskt syndrom sedan i höstas, som nu har varit i remission i tre månader på prednisolon varannan dag."),
        ("Status", "Inga ödem, normalt blodtryck, urinsticka utan protein."),
        ("Planering", "Eventuellt kan vi trappa ned prednisolon ytterligare vid nästa besök om urinstickorna hemma fortsatt är negativa, och föräldrarna har fått instruktioner om att höra av sig om proteinuri återkommer."),
    ], must_not=["NL102"], why="known nephrotic syndrome; 'eventuellt' hedges the tapering plan")

add("nl1r-psyk-overvager-eventuellt-byte-antidepressivt-utkast", V, "psychAlingsas", "Läkaranteckning", "psykiatrisk öppenvård",
    "1974-02-20", "464", "2024-10-10 14:25", None, "Jenny Lundgren", [
        ("Aktuellt", "Patienten har en känd återkommande depression och har stått på escitalopram 20 milligram sedan januari, men hon beskriver fortfarande nedstämdhet, sömnsvårigheter och bristande ork på arbetet."),
        ("Bedömning", "Effekten av den nuvarande behandlingen är otillräcklig, och vi överväger att eventuellt byta till venlafaxin, alternativt lägga till mirtazapin till natten, vilket vi har diskuterat med patienten som vill fundera till nästa besök."),
        ("Planering", "Återbesök om två veckor, och patienten vet att hon ska söka akut vid suicidtankar."),
    ], must_not=["NL102"], why="'överväger att eventuellt byta' is a treatment hedge; depression known; unsigned draft")

add("nl1r-rehab-utskrivning-mojligen-korttidsboende", S, "rehabOrup", "Utskrivningsanteckning", "slutenvård",
    "1945-09-09", "431", "2024-03-18 12:20", 100, "Anna Persson", [
        ("Sammanfattning", "Patienten har vårdats på rehabiliteringsavdelningen i fyra veckor efter en underbensamputation på vänster sida till följd av diabetesrelaterad kärlsjukdom, och han har under vårdtiden fått en interimsprotes."),
        ("Bedömning", "Han går nu med protes och rollator cirka tjugo meter, men förflyttningarna är fortfarande osäkra, och möjligen kan han behöva en period på korttidsboende innan hemgång blir aktuell."),
        ("Planering", "Biståndshandläggaren är kontaktad, och protesteknikern följer upp passformen om två veckor."),
    ], must_not=["NL102"], why="'möjligen' about discharge destination, not a diagnosis")

add("nl1r-pmo-hemsjukvard-misstanker-pneumoni", S, "vcKirseberg", "Besöksanteckning", "hemsjukvård",
    "1931-05-15", "060", "2024-02-05 14:30", 90, "Sven Åberg", [
        ("Aktuellt", "Hembesök hos patienten, som är 92 år och inskriven i hemsjukvården, där sjuksköterskan har ringt på grund av feber sedan i går, hosta och att hon har ätit dåligt."),
        ("Status", "Saturation 91 procent, andningsfrekvens 24, rassel basalt på höger sida, CRP 110."),
        ("Bedömning", "Vi misstänker en pneumoni i höger underlob, och efter samtal med patienten och hennes dotter har vi kommit överens om behandling i hemmet i stället för inläggning på sjukhus."),
        ("Planering", "Amoxicillin i sju dagar, och sjuksköterskan gör ett uppföljande besök i morgon."),
    ], must_not=["NL102"], system="PMO", why="PMO never shows diagnoses: hedged pneumonia in home care is not NL102")

add("nl1r-pmo-bvc-horselnedsattning-kan-inte-uteslutas", S, "bvcTomelilla", "Besöksanteckning", "öppenvård",
    "2022-03-15", "335", "2024-06-12 10:15", 120, "Maja Kjellberg", [
        ("Aktuellt", "Tvåårig pojke som kommer till barnavårdscentralens läkare tillsammans med sin pappa, som har märkt att pojken inte pratar några ord ännu och att han sällan svarar när man ropar på honom."),
        ("Bedömning", "Pojken har bra ögonkontakt men hörseln har inte kontrollerats sedan nyföddhetsperioden, och man kan inte utesluta en hörselnedsättning, varför vi i första hand remitterar till hörselmottagningen innan vi går vidare med annan utredning."),
        ("Planering", "Remiss till hörselmottagningen och logoped, och BVC-sjuksköterskan följer upp om tre månader."),
    ], must_not=["NL102"], system="PMO", why="PMO (BVC): hedged hearing loss is not shown as a diagnosis")

add("nl1r-pmo-vc-sannolikt-hypotyreos", S, "vcHoor", "Besöksanteckning", "öppenvård",
    "1967-11-11", "502", "2024-01-30 15:50", 60, "Lena Wikström", [
        ("Aktuellt", "Patienten söker för trötthet, frusenhet och torr hud sedan ett halvår, och hon har gått upp fyra kilo trots att hon inte har ändrat sina matvanor."),
        ("Bedömning", "Det rör sig sannolikt om en hypotyreos, och vi har därför tagit TSH, fritt T4 och TPO-antikroppar, och hon får svar via 1177 när proverna är klara."),
        ("Planering", "Ny kontakt efter provsvar för ställningstagande till behandling med levotyroxin."),
    ], must_not=["NL102"], system="PMO", why="PMO: 'sannolikt' hypothyroidism at a vårdcentral is not NL102")

add("nl1r-pmo-vc-misstanker-depression", S, "vcLomma", "Besöksanteckning", "öppenvård",
    "1982-02-28", "275", "2024-08-22 08:45", 200, "Anton Wiklund", [
        ("Aktuellt", "Patienten kommer efter att ha varit sjukskriven i två veckor på grund av sömnsvårigheter, och han beskriver att han inte längre känner glädje för något, har svårt att koncentrera sig och har gått ned i vikt."),
        ("Bedömning", "Vi misstänker en depression av måttlig grad, och MADRS-S ger 27 poäng, men han förnekar bestämt suicidtankar och har en bra relation till sin fru och sina barn."),
        ("Planering", "Förlängd sjukskrivning, remiss till vårdcentralens psykolog och återbesök om två veckor."),
    ], must_not=["NL102"], system="PMO", why="PMO: suspected depression in primary care is not NL102")

add("nl1r-pmo-rehab-frusen-skuldra-differentialdiagnostiskt", S, "rehabSjobo", "Besöksanteckning", "öppenvård",
    "1966-04-06", "420", "2024-09-26 13:30", 45, "Jessica Holm", [
        ("Aktuellt", "Patienten söker för smärta och stelhet i vänster axel sedan tre månader utan föregående trauma, och hon har svårt att sova på vänster sida och att knäppa behån."),
        ("Status", "Kraftigt nedsatt passiv utåtrotation och abduktion i vänster axel, smärta i ytterlägen."),
        ("Bedömning", "Kliniskt talar det mest för en frusen skuldra, och differentialdiagnostiskt övervägs en kalkaxel, men eftersom hon har diabetes är den förstnämnda betydligt mer sannolik."),
        ("Planering", "Rörlighetsträning i hemmet enligt program och uppföljning hos fysioterapeuten om tre veckor."),
    ], must_not=["NL102"], system="PMO", role="fysioterapeut", why="PMO primary-care rehab: differential diagnoses are not shown")

add("nl1r-psyk-mall-tidiga-hypoteser-munchhausen-utkast", S, "psychMalmoSoder", "Tidiga hypoteser", "psykiatrisk öppenvård",
    "1988-12-03", "168", "2024-07-11 16:55", None, "Oskar Dahl", [
        ("Bedömning", "Vi misstänker att patientens återkommande oklara kroppsliga symtom och de många akutbesöken kan ha en bakgrund i ett Münchhausens syndrom, men underlaget är ännu mycket tunt och vi har inte tagit upp misstanken med henne."),
        ("Planering", "Inhämtande av journaler från de sjukhus hon har besökt, och hypotesen värderas på nytt vid teamkonferensen om en månad."),
    ], must_not=["NL102", "NL101"], why="Skåne Melior template Tidiga hypoteser is filtered; unsigned draft")

add("nl1r-ger-sokord-tidiga-hypoteser-frontotemporal-demens", V, "gerSkovde", "Mottagningsanteckning", "öppenvård",
    "1942-03-12", "355", "2024-09-09 11:40", 120, "Gunnar Ek", [
        ("Aktuellt", "Patienten kommer tillsammans med sin hustru för uppföljning av den kognitiva svikten, där han själv upplever att det går bättre sedan han slutat med sina sömntabletter."),
        ("Status", "Vaken och samarbetsvillig, MMSE 26 av 30, något osäker i tidsorienteringen."),
        ("Tidiga hypoteser", "Hustrun har i enrum beskrivit personlighetsförändring, bristande omdöme och hämningslöst beteende, och vi misstänker en frontotemporal demens, men vi vill avvakta ytterligare utredning innan hypotesen tas upp med patienten."),
        ("Planering", "Vi bokar in en neuropsykologisk bedömning och en FDG-PET."),
    ], must_not=["NL102", "NL101"], why="VGR sökord Tidiga hypoteser holds the FTD suspicion; visible sections have no hypothesis")

add("nl1r-ped-mall-tidiga-hypoteser-prader-willi", S, "pedsKristianstad", "Tidiga hypoteser", "öppenvård",
    "2016-10-10", "453", "2024-02-09 14:05", 90, "Amir Haddad", [
        ("Bedömning", "Med tanke på pojkens kortvuxenhet, de små händerna och den försenade utvecklingen bör ett Prader-Willis syndrom övervägas, men vi vill inte oroa föräldrarna innan den genetiska analysen är klar."),
        ("Planering", "Blodprov för metyleringsanalys av kromosom 15 är skickat, och hypotesen flyttas till ordinarie journal när svaret har kommit."),
    ], must_not=["NL102", "NL101"], why="child's syndrome hypothesis correctly in the Skåne template Tidiga hypoteser")

add("nl1r-intmed-med-stor-sannolikhet-utesluta-hcm-typo", V, "intLidkoping", "Mottagningsanteckning", "öppenvård",
    "1991-11-25", "526", "2024-05-06 15:15", 110, "Petra Sundin", [
        ("Aktuellt", "Patienten har i flera månader haft hjärtklappning i vila och vid stress, och hon oroade sig för att hon skulle ha samma hjärtsjukdom som sin bror, som har en hypertrof kardiomyopati."),
        ("Bedömning", "Ekokardiografin visar normal väggtjocklek och normal funktion, och med normalt EKG och normalt långtids-EKG kan vi med stor sannolikhet utesluta en hypertrof kardiomyoapti hos henne, medan hjärtklappningen förklaras av enstaka supraventrikulära extraslag."),
        ("Planering", "Ny ekokardiografi om fem år enligt rekommendationen för släktingar, och i övrigt ingen behandling."),
    ], must_not=["NL102"], why="'med stor sannolikhet utesluta' is a negation despite the probability word; brother's HCM is family history; typo 'kardiomyoapti'")

add("nl1r-ped-17ar-ingen-anledning-att-misstanka-hjartsjukdom", V, "pedsTrollhattan", "Mottagningsanteckning", "öppenvård",
    "2007-01-10", "233", "2024-09-25 10:25", 140, "Lina Strand", [
        ("Aktuellt", "Sjuttonårig pojke som remitterats från skolhälsovården på grund av att han har blivit andfådd vid fotbollsträning och vid ett tillfälle kände att hjärtat slog oregelbundet."),
        ("Bedömning", "Vilo-EKG, arbetsprov och ekokardiografi är helt normala, och det finns ingen anledning att misstänka någon ärftlig hjärtsjukdom, utan besvären förklaras bäst av en ansträngningsutlöst astma, som bekräftades vid provokationen med fri löpning."),
        ("Planering", "Inhalation av salbutamol inför träning, och han fortsätter med fotbollen som vanligt."),
    ], must_not=["NL102"], why="'ingen anledning att misstänka' negates; exercise-induced asthma confirmed by provocation")


# ---------------------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------------------
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser"}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(born, serial):
    ymd = born.replace("-", "")
    return f"{ymd}-{serial}{luhn_digit(ymd[2:] + serial)}"


def luhn_ok(pid):
    digits = pid.replace("-", "")[2:]
    return len(digits) == 10 and luhn_digit(digits[:9]) == digits[9]


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def build(c):
    t = datetime.datetime.strptime(c["when"], "%Y-%m-%d %H:%M")
    signed = None if c["signed"] is None else iso(t + datetime.timedelta(minutes=c["signed"]))
    as_of = datetime.datetime.combine(t.date() + datetime.timedelta(days=14), datetime.time())
    uname, hsa = UNITS[c["unit"]]
    note = {
        "id": "n1", "system": c["system"], "template": c["tmpl"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": c["author"], "role": c["role"]},
        "time": iso(t), "signed": signed, "setting": c["setting"], "refs": [],
        "sections": [{"keyword": k, "text": txt} for k, txt in c["sections"]],
    }
    record = {
        "patient": {"id": pnr(c["born"], c["serial"]), "birth_date": c["born"], "protected_identity": False},
        "as_of": iso(as_of), "notes": [note],
        "access_events": [], "conversations": [], "treatments": [],
    }
    return {"case": c["name"], "ruleset": c["rs"], "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"]}


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def age_on(born, day):
    b = datetime.date.fromisoformat(born)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(rows):
    problems = []
    names = Counter(r["case"] for r in rows)
    problems += [f"duplicate case name {n}" for n, k in names.items() if k > 1]
    seen = {}
    for r in rows:
        name, rec = r["case"], r["record"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append(f"{name}: keys {sorted(r)}")
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append(f"{name}: record keys {sorted(rec)}")
        if r["ruleset"] not in (S, V):
            problems.append(f"{name}: ruleset {r['ruleset']}")
        if not r["why"].strip():
            problems.append(f"{name}: empty why")
        pat = rec["patient"]
        if not re.fullmatch(r"\d{8}-\d{4}", pat["id"]) or not luhn_ok(pat["id"]):
            problems.append(f"{name}: personnummer {pat['id']} not Luhn-valid")
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            problems.append(f"{name}: personnummer does not match birth_date")
        if not rec["as_of"].startswith("2024-"):
            problems.append(f"{name}: as_of not in 2024")
        note_ids = {n["id"] for n in rec["notes"]}
        for n in rec["notes"]:
            for key in ("time", "signed"):
                if n[key] is not None and not n[key].startswith("2024-"):
                    problems.append(f"{name}: {key} not in 2024")
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append(f"{name}: signed before written")
            if n["time"] > rec["as_of"]:
                problems.append(f"{name}: note after as_of")
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                problems.append(f"{name}: note keys {sorted(n)}")
            if r["ruleset"] == V and n["system"] != "Melior":
                problems.append(f"{name}: VGR case must be Melior")
            age = age_on(pat["birth_date"], datetime.date.fromisoformat(n["time"][:10]))
            if 13 <= age <= 15 or age < 0:
                problems.append(f"{name}: patient aged {age}")
            if n["system"] == "PMO":
                if any(code == "NL102" for code, _ in r["must"]):
                    problems.append(f"{name}: NL102 must on PMO")
                if any(code == "NL101" for code, _ in r["must"] + r["must_not"]):
                    problems.append(f"{name}: NL101 asserted on PMO")
            hidden = (r["ruleset"] == S and n["template"] in PROTECTED_TEMPLATES_SKANE)
            for s in n["sections"]:
                vis = not hidden and not (r["ruleset"] == V and s["keyword"] in PROTECTED_KEYWORDS_VGR)
                if not s["text"].strip():
                    problems.append(f"{name}: empty section {s['keyword']}")
                for sent in sentences(s["text"]):
                    if sent in seen:
                        problems.append(f"{name}: sentence reused from {seen[sent]}: {sent[:60]}")
                    seen.setdefault(sent, name)
            if hidden and r["must"]:
                problems.append(f"{name}: must on a fully protected note")
        for code, target in r["must"] + r["must_not"]:
            if code not in CODES:
                problems.append(f"{name}: unknown code {code}")
            if target not in note_ids:
                problems.append(f"{name}: target {target} missing")
        if {c for c, _ in r["must"]} & {c for c, _ in r["must_not"]}:
            problems.append(f"{name}: code both must and must_not")
        if not r["must"] and not r["must_not"]:
            problems.append(f"{name}: asserts nothing")
    return problems


def main():
    rows = [build(c) for c in CASES]
    problems = validate(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    counts = Counter()
    for r in rows:
        for code, _ in r["must"]:
            counts[(code, "must")] += 1
        for code, _ in r["must_not"]:
            counts[(code, "must_not")] += 1
    print(f"{len(rows)} cases -> {OUT.name}")
    print("rulesets:", dict(Counter(r["ruleset"] for r in rows)))
    print("systems:", dict(Counter(r["record"]["notes"][0]["system"] for r in rows)))
    print("unsigned:", sum(r["record"]["notes"][0]["signed"] is None for r in rows))
    print("only must_not:", sum(1 for r in rows if not r["must"]))
    for code in sorted({c for c, _ in counts}):
        print(f"  {code}: must {counts[(code, 'must')]}, must_not {counts[(code, 'must_not')]}")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
