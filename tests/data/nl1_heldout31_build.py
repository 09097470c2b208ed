#!/usr/bin/env python3
"""Held-out test set 31 for notelint NL101/NL102 (Swedish clinical notes).

Theme: child and adolescent care (BVC, barnmottagning, barnakut, BUP in Skåne only),
adult psychiatry, geriatrics / memory clinic / home care, rehabilitation.

Standalone, deterministic, standard library only.  Running it writes
nl1_heldout31_cases.jsonl next to this file and validates the set; it exits with
status 1 on any problem.

Every case is one record with one note (id n1).  Only NL101 and NL102 are asserted,
following the conventions of the devset README: NL102 is asserted positively only on
Melior notes, PMO notes are always must_not NL102, NL101 is never asserted on PMO,
Skåne protects by template and VGR by sökord, nobody is aged 13-15, BUP is Skåne only.
"""
import datetime
import json
import os
import re
import sys

# key: (name, hsa_id, system, region)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4410", "Melior", "skane"),
    "s_barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4415", "Melior", "skane"),
    "s_barnmott_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-4521", "Melior", "skane"),
    "s_barnmed_krist": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4632", "Melior", "skane"),
    "s_bup_malmo": ("BUP Malmö, öppenvårdsmottagning", "SE2321000255-5108", "Melior", "skane"),
    "s_bup_lund": ("BUP Lund, utredningsteamet", "SE2321000255-5119", "Melior", "skane"),
    "s_bup_hbg": ("BUP Helsingborg", "SE2321000255-5120", "Melior", "skane"),
    "s_psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-6201", "Melior", "skane"),
    "s_psyk_malmo": ("Affektiva mottagningen, Psykiatri Skåne Malmö", "SE2321000255-6212", "Melior", "skane"),
    "s_psyk_ystad": ("Psykiatrimottagningen Ystad", "SE2321000255-6223", "Melior", "skane"),
    "s_psykakut_lund": ("Psykiatriska akutmottagningen, Lund", "SE2321000255-6234", "Melior", "skane"),
    "s_minnes_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7301", "Melior", "skane"),
    "s_geri_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-7312", "Melior", "skane"),
    "s_geri_ystad": ("Geriatrisk dagvård, Lasarettet i Ystad", "SE2321000255-7323", "Melior", "skane"),
    "s_rehab_orup": ("Rehabiliteringsmedicin, Orupssjukhuset Höör", "SE2321000255-8401", "Melior", "skane"),
    "s_rehab_lund": ("Neurorehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-8412", "Melior", "skane"),
    "s_fysio_trelleborg": ("Fysioterapin, Trelleborgs lasarett", "SE2321000255-8423", "Melior", "skane"),
    # Region Skåne, PMO (primary care)
    "p_bvc_hoor": ("BVC Hälsans Hus Höör", "SE2321000255-2101", "PMO", "skane"),
    "p_bvc_limhamn": ("Barnavårdscentralen Limhamn", "SE2321000255-2112", "PMO", "skane"),
    "p_hsv_eslov": ("Hemsjukvård, Vårdcentralen Eslöv", "SE2321000255-2134", "PMO", "skane"),
    "p_hsv_sjobo": ("Hemsjukvård, Vårdcentralen Sjöbo", "SE2321000255-2123", "PMO", "skane"),
    "p_vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-2145", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011201", "Melior", "vgr"),
    "v_barnakut_nal": ("Barnakuten, NÄL Trollhättan", "SE2321000131-E000000011212", "Melior", "vgr"),
    "v_barnmott_nal": ("Barn- och ungdomsmottagningen, NÄL Trollhättan", "SE2321000131-E000000011223", "Melior", "vgr"),
    "v_barnmott_boras": ("Barn- och ungdomsmedicin, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000011234", "Melior", "vgr"),
    "v_barnavd_boras": ("Barnavdelning 1, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000011245", "Melior", "vgr"),
    "v_barnmott_skovde": ("Barn- och ungdomsmedicin, Skaraborgs sjukhus Skövde", "SE2321000131-E000000011256", "Melior", "vgr"),
    "v_barnreuma_dsbus": ("Barnreumatologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011267", "Melior", "vgr"),
    "v_psyk_sahlg": ("Psykiatri Affektiva, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012301", "Melior", "vgr"),
    "v_psykakut_sahlg": ("Psykiatriska akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012312", "Melior", "vgr"),
    "v_psyk_boras": ("Psykiatriska öppenvårdsmottagningen, Södra Älvsborgs sjukhus", "SE2321000131-E000000012323", "Melior", "vgr"),
    "v_psyk_uddevalla": ("Vuxenpsykiatriska mottagningen Uddevalla", "SE2321000131-E000000012334", "Melior", "vgr"),
    "v_psyk_neuropsyk": ("Neuropsykiatriska utredningsenheten, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000012345", "Melior", "vgr"),
    "v_minnes_molndal": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000013401", "Melior", "vgr"),
    "v_minnes_falkoping": ("Minnesmottagningen, Skaraborgs sjukhus Falköping", "SE2321000131-E000000013412", "Melior", "vgr"),
    "v_geri_skovde": ("Geriatriska kliniken, Skaraborgs sjukhus Skövde", "SE2321000131-E000000013423", "Melior", "vgr"),
    "v_geri_molndal": ("Geriatriska mottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000013434", "Melior", "vgr"),
    "v_geri_alingsas": ("Mobilt närsjukvårdsteam, Alingsås lasarett", "SE2321000131-E000000013445", "Melior", "vgr"),
    "v_rehab_hogsbo": ("Rehabiliteringsmedicin, Sahlgrenska universitetssjukhuset Högsbo", "SE2321000131-E000000014501", "Melior", "vgr"),
    "v_rehab_kungalv": ("Rehabiliteringsmottagningen, Kungälvs sjukhus", "SE2321000131-E000000014512", "Melior", "vgr"),
    "v_fysio_boras": ("Fysioterapin, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000014523", "Melior", "vgr"),
}

CASES = []


def C(name, rs, pid, born, unit, author, template, time, signed, sections,
      must=(), must_not=(), why="", setting="öppenvård"):
    """Register one case: one patient record with one note n1."""
    CASES.append(dict(name=name, rs=rs, pid=pid, born=born, unit=unit, author=author,
                      template=template, time=time, signed=signed, sections=sections,
                      must=list(must), must_not=list(must_not), why=why, setting=setting))


# ---------------------------------------------------------------------------
# Child and adolescent care
# ---------------------------------------------------------------------------
C("barnakut-susp-otit-telegrafisk", "skane", "20210514-2372", "2021-05-14",
  "s_barnakut_lund", "Jonas Bergkvist|läkare", "Akutanteckning",
  "2024-01-18T21:15", "2024-01-18T23:02", [
      ("Kontaktorsak", "Feber sedan två dygn, drar sig i hö öra och sover oroligt. Mamma med."),
      ("Status", "AT gott, pigg efter Alvedon, temp 38,1. Hö trumhinna rodnad, ej säkert buktande, vä ua. Svalg lätt rodnad. Lungor ua. Ingen nackstelhet."),
      ("Bedömning", "Susp. otit hö, DD viros med feberrodnad trumhinna. Ingen antibiotika nu enl. riktlinje för barn 1–12 år."),
      ("Åtgärd", "Paracetamol/ibuprofen vb. Till VC för otoskopi om kvarstående öronvärk efter 3 d. Föräldrar inf muntligt."),
  ], must=["NL102"], why="telegraphic 'Susp. otit' with DD in a visible Melior emergency note",
  setting="akutmottagning")

C("barnakut-trolig-magsjuka-lekord", "vgr", "20190902-2483", "2019-09-02",
  "v_barnakut_dsbus", "Sara Lindqvist|läkare", "Akutanteckning",
  "2024-02-07T19:30", "2024-02-07T20:45", [
      ("Anamnes", "Kräkts sex gånger sedan igår kväll och haft fyra lösa avföringar utan blod. Storasyster hade liknande besvär förra veckan. Kissat två gånger idag enligt pappa."),
      ("Status", "Pigg, leker i väntrummet. Något torra läppar, kapillär återfyllnad under två sekunder. Buk mjuk, oöm. Vikt 16,2 kg."),
      ("Bedömning", "Trolig magsjuka, sannolikt viral gastroenterit, med lindrig uttorkning."),
      ("Åtgärd", "Vätskeprovokation med Resorb i små portioner, behåller 150 ml under en timme. Hem med råd om vätska i täta små klunkar. Åter vid slöhet eller om hon slutar kissa."),
  ], must=["NL102"], why="lay word 'magsjuka' hedged with 'Trolig' in a child's visible note",
  setting="akutmottagning")

C("barnmott-mamma-oro-astma-avfardad", "vgr", "20170321-4575", "2017-03-21",
  "v_barnmott_nal", "Henrik Ståhl|läkare", "Mottagningsanteckning",
  "2024-03-12T10:20", "2024-03-12T13:05", [
      ("Kontaktorsak", "Remiss från vårdcentral pga långdragen hosta sedan förkylningen i januari."),
      ("Anamnes", "Hostar främst nattetid och vid lek ute i kylan. Mamma är orolig att det är astma, eftersom hon själv hade det som barn. Inget pip, ingen andnöd, sover annars bra."),
      ("Status", "Lungor: vesikulära andningsljud, inga ronki. Spirometri med normalt FEV1 och ingen signifikant reversibilitet efter Airomir."),
      ("Bedömning", "Inget som talar för astma. Hostan bedöms som postinfektiös och förväntas klinga av under våren."),
      ("Planering", "Ingen medicinering. Mamma lugnad. Ny kontakt via VC om hostan kvarstår i maj."),
  ], must_not=["NL102"], why="mother's fear of asthma dismissed by the doctor; no hypothesis left")

C("barnmott-syskon-misstankt-adhd", "skane", "20151006-2134", "2015-10-06",
  "s_barnmott_hbg", "Maria Ekholm|sjuksköterska", "Sjuksköterskeanteckning",
  "2024-04-03T14:00", "2024-04-03T15:10", [
      ("Aktuellt", "Sängvätning nästan varje natt, torr dagtid. Aldrig haft längre torra perioder."),
      ("Socialt", "Bor med mamma, pappa och två syskon. Storebror, 11 år, utreds på BUP för misstänkt ADHD och familjen har en intensiv period."),
      ("Bedömning", "Primär monosymtomatisk enuresis nocturna. Urinsticka ua, miktionslistan visar normala volymer."),
      ("Åtgärd", "Larmbehandling startas, uppföljning per telefon om tre veckor. Broschyr om enures lämnad till pappa."),
  ], must_not=["NL102"], why="the suspected ADHD is the sibling's; the patient's own diagnosis is settled")

C("bup-utredning-visade-ingen-autism", "skane", "20131130-2846", "2013-11-30",
  "s_bup_lund", "Elin Fransson|psykolog", "Psykologanteckning",
  "2024-05-16T13:00", "2024-05-17T09:20", [
      ("Bakgrund", "Remitterad av skolläkare med frågeställning om autism pga att hon drar sig undan på raster och har svårt med förändringar."),
      ("Testresultat", "ADOS-2 modul 3 under gränsvärdet. WISC-V med jämn profil i genomsnittsnivå. Föräldraintervju (ADI-R) ger inte stöd för tidiga avvikelser i socialt samspel."),
      ("Bedömning", "Utredningen visade ingen autism. Svårigheterna förklaras bättre av ängslighet och social osäkerhet; kriterierna för social ångest (F40.1) är uppfyllda."),
      ("Planering", "Återgivande samtal med föräldrarna och Tilde hölls idag. Erbjuds KBT-grupp för barn med ängslan under hösten."),
  ], must_not=["NL102"], why="the assessment ruled autism out; the diagnosis given is settled")

C("bup-16-talar-for-adhd-dd-autism-lang", "skane", "20070819-2976", "2007-08-19",
  "s_bup_malmo", "Fredrik Holm|läkare", "Läkaranteckning",
  "2024-02-22T11:00", "2024-02-22T16:40", [
      ("Anamnes", "Isak har sedan mellanstadiet haft svårt att komma igång med skolarbete, tappar bort saker och blir lätt uttråkad. Han beskriver själv en inre rastlöshet och att han avbryter andra utan att mena det. Skolan rapporterar ojämn närvaro och att han fungerar bäst i mindre grupp."),
      ("Testresultat", "Skattningar från två lärare och båda föräldrarna är förhöjda för både ouppmärksamhet och hyperaktivitet/impulsivitet. QbTest visar avvikande värden för aktivitet och impulsivitet. Kognitiv testning visar en ojämn profil med lägre arbetsminne."),
      ("Bedömning", "Sammantaget talar bilden för ADHD av kombinerad form, men differentialdiagnostiskt bör autismspektrumtillstånd övervägas eftersom han under intervjun har svårt med ömsesidighet och beskriver starkt avgränsade intressen. Kompletterande bedömning av socialt samspel behövs innan diagnos kan ställas."),
      ("Planering", "ADOS-2 bokas med psykolog. Återbesök efter kompletteringen för gemensam genomgång med Isak och föräldrarna."),
  ], must=["NL102"], why="long narrative 'talar för ... men differentialdiagnostiskt bör ... övervägas' read by a 16-year-old")

C("barnmott-celiaki-bekraftad-tidigare-misstankt", "vgr", "20160625-4314", "2016-06-25",
  "v_barnmott_boras", "Anneli Rydén|läkare", "Mottagningsanteckning",
  "2024-04-25T09:15", "2024-04-25T12:30", [
      ("Aktuellt", "Återbesök efter gastroskopi. Ont i magen, dålig viktuppgång och trötthet sedan hösten."),
      ("Undersökningsfynd", "Transglutaminas-IgA över tio gånger övre referensvärdet. PAD från duodenum: totalvillusatrofi, Marsh 3c."),
      ("Bedömning", "Den celiaki som misstänktes vid förra besöket är nu bekräftad histologiskt. Diagnosen har gåtts igenom med Elias och hans föräldrar."),
      ("Diagnos", "Celiaki K90.0"),
      ("Åtgärd", "Remiss till dietist för glutenfri kost. Kontroll av transglutaminas om sex månader."),
  ], must_not=["NL102"], why="an earlier suspicion is now confirmed; the diagnosis is settled")

C("barnakut-huvudvark-orsak-hedge-utan-dx", "skane", "20121209-2264", "2012-12-09",
  "s_barnakut_malmo", "Karin Wadsten|läkare", "Akutanteckning",
  "2024-09-11T17:40", "2024-09-11T19:00", [
      ("Anamnes", "Huvudvärk i pannan på eftermiddagarna sedan skolstarten, ingen kräkning, inga synstörningar, vaknar inte av värken. Dricker lite under skoldagen och lägger sig sent."),
      ("Status", "Opåverkad. Neurologstatus ua inklusive ögonbottnar och gång. Blodtryck 102/64."),
      ("Bedömning", "Huvudvärken kommer troligen av för lite vätska och sömn under skolveckorna. Inga varningstecken."),
      ("Åtgärd", "Råd om vattenflaska i skolan och fasta sovtider. Huvudvärksdagbok i fyra veckor."),
  ], must_not=["NL102"], why="hedge on a symptom's cause that names no diagnosis",
  setting="akutmottagning")

C("barnakut-obs-appendicit", "vgr", "20130117-4536", "2013-01-17",
  "v_barnakut_dsbus", "Oskar Mellberg|läkare", "Akutanteckning",
  "2024-06-08T16:25", "2024-06-08T18:10", [
      ("Anamnes", "Magont sedan i morse, först runt naveln och nu i höger fossa. Illamående, kräkts en gång. Ingen diarré."),
      ("Status", "Temp 37,9. Ömmar i hö fossa med släppömhet, hoppar ogärna. Pulm/cor ua."),
      ("Lab", "CRP 24, LPK 13,8, urinsticka negativ."),
      ("Bedömning", "Obs appendicit. Ultraljud ger ingen säker visualisering av appendix."),
      ("Åtgärd", "Inläggning på barnkirurgen för observation, fasta och ny bedömning av kirurgjouren ikväll."),
  ], must=["NL102"], why="'Obs appendicit' is a working hypothesis in a visible note",
  setting="akutmottagning")

C("bvc-pmo-misstankt-komjolksallergi", "skane", "20231202-2623", "2023-12-02",
  "p_bvc_hoor", "Lena Persson|sjuksköterska", "BVC-anteckning",
  "2024-03-05T10:00", "2024-03-05T11:30", [
      ("Kontaktorsak", "Tremånaderskontroll. Föräldrarna berättar om mycket gråt efter måltid, slemmig avföring och utslag på kinderna."),
      ("Tillväxt", "Vikt 5 420 g, följer sin kurva något under +0. Längd 60 cm."),
      ("Bedömning", "Misstänkt komjölksproteinallergi. Ammas delvis, får ersättning på kvällen."),
      ("Åtgärd", "Kontakt med BVC-läkare som tar emot på torsdag. Mamma informerad om att inte själv ändra kosten innan dess."),
  ], must_not=["NL102"], why="PMO (BVC): a hedged diagnosis is never shown, so no NL102")

C("bvc-pmo-ev-kort-tungband", "skane", "20240420-2794", "2024-04-20",
  "p_bvc_limhamn", "Annika Sjöholm|sjuksköterska", "BVC-anteckning",
  "2024-05-14T13:30", "2024-05-14T14:40", [
      ("Aktuellt", "Hembesök. Amningen gör ont för mamma, barnet tappar taget och klickar vid sugning."),
      ("Status", "Tungan rör sig begränsat framåt, hjärtformad tungspets vid skrik. Hud och navel ua."),
      ("Bedömning", "Ev. kort tungband som påverkar amningen."),
      ("Planering", "Remiss till amningsmottagningen för bedömning. Uppföljande telefonsamtal nästa vecka."),
  ], must_not=["NL102"], why="PMO (BVC): 'Ev.' diagnosis in primary care is not shown")

C("barnavd-kawasaki-kan-inte-uteslutas", "vgr", "20211013-4158", "2021-10-13",
  "v_barnavd_boras", "Fatima Yousef|läkare", "Inskrivningsanteckning",
  "2024-03-28T14:50", "2024-03-28T17:20", [
      ("Anamnes", "Feber upp mot 40 i fem dagar trots paracetamol. Röda ögon utan kladd sedan två dygn, spruckna läppar och ett fläckigt utslag på bålen."),
      ("Status", "Irritabel, svårtröstad. Bilateral konjunktival injektion, jordgubbstunga, svullna händer. Lymfkörtel 2 cm på vänster halssida."),
      ("Lab", "CRP 142, SR 88, albumin 29, trombocyter 480."),
      ("Bedömning", "Inkomplett Kawasakis sjukdom kan inte uteslutas. Differentialdiagnoser är adenovirusinfektion och scarlatina; strep A-test negativt."),
      ("Planering", "Ekokardiografi i morgon förmiddag. Diskuterat med barnreumatolog i Göteborg om IVIG."),
  ], must=["NL102"], why="'kan inte uteslutas' on an eponym diagnosis plus differential diagnoses",
  setting="slutenvård")

C("barnmed-kawasaki-misstanke-avskrivs", "vgr", "20200703-4263", "2020-07-03",
  "v_barnmott_skovde", "Magnus Thorsell|läkare", "Epikris",
  "2024-10-04T11:10", "2024-10-04T14:00", [
      ("Orsak till vård", "Inlagd fyra dygn pga långvarig feber och utslag."),
      ("Förlopp", "Ultraljud hjärta med normala koronarkärl. CRP sjönk från 96 till 18 utan specifik behandling. Adenovirus påvisat i nasofarynxprov."),
      ("Bedömning", "Misstanken om Kawasakis sjukdom avskrivs. Febern orsakades av adenovirusinfektion."),
      ("Uppföljning", "Ingen planerad kontroll. Föräldrarna hör av sig vid ny feber som varar mer än fem dagar."),
  ], must_not=["NL102"], why="the suspicion is explicitly dropped ('avskrivs'); cause settled",
  setting="slutenvård")

C("barnmed-missankt-perthes-typo", "skane", "20171122-2537", "2017-11-22",
  "s_barnmed_krist", "Per-Olof Lindén|läkare", "Mottagningsanteckning",
  "2024-08-20T10:40", "2024-08-20T11:55", [
      ("Anamnes", "Haltar på vänster ben sedan tre veckor, ibland ont i knät efter fotbollsträning. Inget trauma."),
      ("Status", "Trendelenburggång vä. Inskränkt inåtrotation och abduktion i vä höft, hö ua. Knän ua."),
      ("Röntgen", "Rtg bäcken och höfter: inga säkra förändringar."),
      ("Bedömning", "Missänkt Mb Perthes vä i tidigt skede."),
      ("Åtgärd", "MR höfter beställt. Ingen fotboll tills vidare. Åter efter MR."),
  ], must=["NL102"], why="typo 'Missänkt' hedging an eponym (Mb Perthes) in a child's visible note")

C("fysio-osgood-schlatter-faststalld", "vgr", "20111230-4355", "2011-12-30",
  "v_fysio_boras", "Lotta Grahn|fysioterapeut", "Fysioterapeutanteckning",
  "2024-05-06T08:30", "2024-05-06T09:45", [
      ("Aktuellt", "Remiss från barnläkare med diagnosen Osgood-Schlatter bilateralt. Ont nedanför knäskålarna vid hopp och trappgång, spelar basket fyra gånger i veckan."),
      ("Status", "Öm och prominent tuberositas tibiae bilateralt, mest hö. Nedsatt längd i quadriceps och hamstrings."),
      ("Bedömning", "Osgood-Schlatters sjukdom med typiskt förlopp. Belastningen behöver anpassas under tillväxtspurten."),
      ("Åtgärd", "Hemprogram med töjning och excentrisk quadricepsträning. Avlastning vid hopp, fortsatt träning i lugnare tempo. Uppföljning om sex veckor."),
  ], must_not=["NL102"], why="settled eponym diagnosis written by a physiotherapist")

C("barnakut-pappa-befarar-lunginflammation-typo", "skane", "20180914-2407", "2018-09-14",
  "s_barnakut_lund", "Johanna Dahl|läkare", "Akutanteckning",
  "2024-11-02T20:05", "2024-11-02T21:20", [
      ("Kontaktorsak", "Hosta och snuva i fem dagar, feber 38,5 igår. Pappa befarar lunginflammation eftersom kusinen lades in för det förra månaden."),
      ("Status", "Pigg, ler. Andningsfrekvens 22, saturation 98 %. Lungor: vesikulärt bilateralt utan rassel. Öron ua."),
      ("Lab", "CRP 6."),
      ("Bedömning", "Förkylning med hosta. Inga tecken på lunginflamation."),
      ("Åtgärd", "Hem med råd. Pappa lugnad och informerad om vilka tecken han ska hålla utkik efter."),
  ], must_not=["NL102"], why="father's fear negated ('Inga tecken på', typo 'lunginflamation'); 'förkylning' settled",
  setting="akutmottagning")

C("barnakut-uvi-ev-pyelonefrit", "vgr", "20210808-2823", "2021-08-08",
  "v_barnakut_nal", "Ingrid Holmgren|läkare", "Akutanteckning",
  "2024-01-29T15:40", "2024-01-29T17:05", [
      ("Anamnes", "Feber sedan igår, illaluktande urin, gnäller vid blöjbyte. Inga luftvägssymtom."),
      ("Status", "Temp 39,6. Opåverkad mellan febertopparna. Buk mjuk."),
      ("Lab", "Kateterurin: nitrit pos, leukocyter 3+. CRP 87."),
      ("Bedömning", "UVI, ev. pyelonefrit med tanke på hög feber och CRP."),
      ("Åtgärd", "Urinodling skickad. Ceftibuten peroralt i tio dagar. Ultraljud njurar efter utläkning."),
  ], must=["NL102"], why="'ev.' hedges pyelonefrit beside a settled UVI",
  setting="akutmottagning")

C("bup-17-depression-bipolaritet-avfardad", "skane", "20061027-2288", "2006-10-27",
  "s_bup_hbg", "Sofie Nygren|läkare", "Läkaranteckning",
  "2024-06-19T13:30", "2024-06-19T15:15", [
      ("Aktuellt", "Ella har sedan i vintras haft nedstämdhet, tappat intresset för körsång och sover dåligt. Skolarbetet har blivit lidande och hon har dragit sig undan kompisar."),
      ("Psykiskt status", "Vaken, orienterad. Sänkt grundstämning, adekvat affekt. Inga psykotiska symtom. Förnekar aktuella suicidtankar."),
      ("Bedömning", "Egentlig depression, medelsvår episod (F32.1). Vid den första bedömningen i december lyftes frågan om bipolaritet, men det finns inga hållpunkter för hypomana eller maniska perioder."),
      ("Planering", "Diagnosen gicks igenom med Ella och mamma idag. Start sertralin 25 mg, ökning till 50 mg efter en vecka. KBT-kontakten fortsätter."),
  ], must_not=["NL102"], why="settled depression; an earlier question of bipolarity is dismissed")

C("barnakut-commotio-ev-aterbesok", "vgr", "20140730-4797", "2014-07-30",
  "v_barnakut_dsbus", "Anders Kjellberg|läkare", "Akutanteckning",
  "2024-08-24T12:50", "2024-08-24T13:55", [
      ("Anamnes", "Cyklade omkull utan hjälm och slog huvudet i asfalten. Kortvarig medvetslöshet enligt kompis, kräkts en gång."),
      ("Status", "GCS 15. Inga fokalneurologiska bortfall. Skrapsår på vänster tinning. Pupiller lika stora med prompt ljusreaktion."),
      ("Bedömning", "Commotio cerebri. Ingen indikation för DT enligt PECARN-kriterierna efter fyra timmars observation."),
      ("Åtgärd", "Hem med väckningsråd första natten. Ev. återbesök om huvudvärken tilltar eller om han kräks igen."),
  ], must_not=["NL102"], why="'Ev.' hedges a follow-up visit, not a diagnosis; commotio settled",
  setting="akutmottagning")

C("barnmed-16-trol-chrons-typo", "skane", "20070503-4171", "2007-05-03",
  "s_barnmed_krist", "Hanna Åkesson|läkare", "Mottagningsanteckning",
  "2024-03-19T09:00", "2024-03-19T12:10", [
      ("Anamnes", "Diarré med blod två till tre gånger dagligen sedan december. Gått ner sex kilo. Ont vid sittande, mamma har sett en sårig förändring vid ändtarmsöppningen."),
      ("Status", "Blek, BMI 17,8. Buk lätt öm i hö fossa. Perianal fistelöppning kl 6."),
      ("Lab", "Calprotektin 1 400, CRP 31, Hb 108, albumin 31."),
      ("Bedömning", "Starkt misstänkt IBD, trol. Mb Chrons med hänsyn till perianal fistel och viktnedgång."),
      ("Planering", "Gastroskopi och koloskopi i narkos nästa vecka. MR tunntarm. Järntillskott."),
  ], must=["NL102"], why="misspelled eponym ('Mb Chrons') hedged with 'misstänkt'/'trol.' for a 16-year-old reader")

C("barnmott-mamma-crohn-barnet-funktionell", "vgr", "20140211-4662", "2014-02-11",
  "v_barnmott_skovde", "Linnea Borg|läkare", "Mottagningsanteckning",
  "2024-09-25T14:15", "2024-09-26T08:40", [
      ("Hereditet", "Mamma har Crohns sjukdom sedan tjugoårsåldern, morfar har celiaki."),
      ("Anamnes", "Återkommande magont runt naveln två–tre gånger i veckan sedan ett år, aldrig nattetid. Normal avföring, ingen viktnedgång. Mamma är rädd att det är början på samma sjukdom som hon själv har."),
      ("Undersökning", "Längd och vikt följer kurvan. Buk mjuk och oöm. Calprotektin 18, transglutaminas negativt, Hb normalt."),
      ("Bedömning", "Funktionell buksmärta enligt Rom IV-kriterierna. Inga alarmsymtom."),
      ("Planering", "Information om mag-tarmkanalens känslighet och betydelsen av regelbundna måltider. Ingen uppföljning planerad."),
  ], must_not=["NL102"], why="mother's Crohn and her worry; the child's own diagnosis is settled")

C("bvc-pmo-misstankt-sprakstorning", "skane", "20210601-2137", "2021-06-01",
  "p_bvc_limhamn", "Annika Sjöholm|sjuksköterska", "BVC-anteckning",
  "2024-06-12T09:00", "2024-06-12T10:15", [
      ("Aktuellt", "Treårsbesök. Föräldrarna tycker att han pratar mindre än jämnåriga på förskolan och blir frustrerad när han inte blir förstådd."),
      ("Bedömning", "Använder tvåordssatser, svårförståeligt tal även för föräldrarna. Hörsel ua vid lekaudiometri. Misstänkt språkstörning."),
      ("Åtgärd", "Remiss till logoped. Språkstimulerande råd och tips om bibliotekets bokpåsar."),
  ], must_not=["NL102"], why="PMO (BVC): suspected language disorder is not shown in Journalen")

C("barnmott-sannolkit-absensepilepsi-typo", "vgr", "20150404-2886", "2015-04-04",
  "v_barnmott_skovde", "Hans Edvardsson|läkare", "Mottagningsanteckning",
  "2024-02-14T13:00", "2024-02-14T16:20", [
      ("Anamnes", "Läraren har sett att hon ”stannar upp” flera gånger per lektion och inte svarar på tilltal under några sekunder."),
      ("Status", "Normalt neurologstatus. Vid hyperventilation i tre minuter utlöses en kortvarig frånvaroattack med ögonlocksfladder."),
      ("EEG", "Generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation, normal bakgrundsaktivitet."),
      ("Bedömning", "Sannolkit barnabsensepilepsi."),
      ("Planering", "Start etosuximid med långsam upptrappning. Information om badregler och cykling med hjälm. Återbesök om fyra veckor."),
  ], must=["NL102"], why="typo 'Sannolkit' hedging an epilepsy diagnosis")

C("barnakut-tidigare-misstankt-feberkramp", "vgr", "20191126-4917", "2019-11-26",
  "v_barnakut_nal", "Ingrid Holmgren|läkare", "Akutanteckning",
  "2024-12-03T18:30", "2024-12-03T19:40", [
      ("Tidigare sjukdomar", "Vid 18 månaders ålder misstänkt feberkramp i samband med treårsfeber, inte vidare utrett. Inga kramper sedan dess."),
      ("Aktuellt", "Öronvärk vänster sedan natten, feber 38,8."),
      ("Status", "Vä trumhinna buktande och rodnad med nedsatt rörlighet, hö ua."),
      ("Bedömning", "Akut mediaotit vänster."),
      ("Åtgärd", "Amoxicillin i fem dagar enligt vikt. Smärtlindring."),
  ], must_not=["NL102"], why="the hedged diagnosis is only past history; today's diagnosis settled",
  setting="akutmottagning")

C("barnakut-dd-invagination-draft", "skane", "20230217-4558", "2023-02-17",
  "s_barnakut_lund", "Jonas Bergkvist|läkare", "Akutanteckning",
  "2024-04-09T02:10", None, [
      ("Anamnes", "Sedan kvällen återkommande anfall av intensiv gråt där han drar upp benen, däremellan slö. En blodtillblandad, slemmig avföring för en timme sedan."),
      ("Status", "Blek, trött. Oklar resistens i hö övre kvadrant. Temp 37,4."),
      ("Bedömning", "DD invagination. Gastroenterit mindre sannolik utan diarré."),
      ("Åtgärd", "Akut ultraljud buk beställt, barnkirurg informerad. Nål och vätska."),
  ], must=["NL102"], why="unsigned draft: 'DD invagination' is a differential diagnosis",
  setting="akutmottagning")

C("barnakut-invagination-utesluten", "skane", "20220109-4600", "2022-01-09",
  "s_barnakut_malmo", "Karin Wadsten|läkare", "Akutanteckning",
  "2024-07-15T13:20", "2024-07-15T14:45", [
      ("Anamnes", "Magknip och gråtattacker sedan i förmiddags. Ingen avföring på fyra dagar, inget blod."),
      ("Undersökning", "Buk lätt utspänd men mjuk. Palpabla skybala i vänster fossa. Ultraljud buk utan tecken på invagination."),
      ("Bedömning", "Förstoppning med smärtsamma tarmrörelser."),
      ("Åtgärd", "Klyx gav riklig avföring och hon blev påtagligt lugnare. Movicol Junior i två veckor, råd om vätska och fibrer."),
  ], must_not=["NL102"], why="invagination negated by ultrasound ('utan tecken på'); diagnosis settled",
  setting="akutmottagning")

C("barnakut-trol-rs-bronkiolt-typo", "vgr", "20231105-2027", "2023-11-05",
  "v_barnakut_dsbus", "Oskar Mellberg|läkare", "Akutanteckning",
  "2024-01-10T04:35", "2024-01-10T06:00", [
      ("Kontaktorsak", "Två månader gammal flicka med snuva i tre dagar, nu ansträngd andning och äter hälften av vanliga mängder."),
      ("Status", "Indragningar jugulärt och subkostalt, AF 58, saturation 93 % i rumsluft. Fina rassel och pip bilateralt."),
      ("Bedömning", "Trol. RS-bronkiolt. Storebror hemma förkyld sedan en vecka."),
      ("Åtgärd", "Läggs in på barnavdelning för sondmatning och syrgas vid behov. RS-snabbtest skickat."),
  ], must=["NL102"], why="typo 'bronkiolt' in a 'Trol.' hedged diagnosis",
  setting="akutmottagning")

C("barnmott-astma-mojligen-nedtrappning", "skane", "20140901-4154", "2014-09-01",
  "s_barnmott_hbg", "Gustav Rehn|läkare", "Mottagningsanteckning",
  "2024-10-08T15:00", "2024-10-08T16:15", [
      ("Aktuellt", "Årskontroll av astma som diagnostiserades 2022. Inga nattliga besvär, springer på fotbollsträningarna utan att behöva Airomir."),
      ("Status", "Lungor ua. PEF 310, 95 % av förväntat. ACT 24 poäng."),
      ("Bedömning", "Astma, välkontrollerad på nuvarande behandling. Möjligen kan Flutide trappas ned efter pollensäsongen."),
      ("Planering", "Oförändrad behandling tills vidare. Ny kontroll i april."),
  ], must_not=["NL102"], why="'Möjligen' concerns a dose reduction, not the settled asthma")

C("barnmott-16-atstorning-kan-inte-uteslutas", "vgr", "20080123-2463", "2008-01-23",
  "v_barnmott_nal", "Henrik Ståhl|läkare", "Mottagningsanteckning",
  "2024-04-16T10:00", "2024-04-16T11:45", [
      ("Aktuellt", "Remitterad för viktnedgång nio kilo på ett halvår och utebliven mens sedan januari. Springer dagligen och äter enligt egen uppgift ”bara nyttigt”."),
      ("Status", "BMI 16,1. Puls 46, blodtryck 92/58 liggande. Lanugoliknande behåring på armarna."),
      ("Lab", "Elektrolyter, TSH och transglutaminas normala. Fosfat lågnormalt."),
      ("Bedömning", "Ätstörning kan inte uteslutas. Hon håller inte själv med om att vikten är ett problem."),
      ("Planering", "Remiss till ätstörningsenheten. Vikt och puls kontrolleras varje vecka på mottagningen under väntetiden."),
  ], must=["NL102"], why="'kan inte uteslutas' on a diagnosis in a note the 16-year-old reads herself")

C("bup-11-tourette-meddelad", "skane", "20120815-4730", "2012-08-15",
  "s_bup_lund", "Amina Hadžić|läkare", "Läkaranteckning",
  "2024-03-07T09:30", "2024-03-07T12:00", [
      ("Anamnes", "Ögonblinkningar och axelryckningar sedan åtta års ålder, senaste året även harklingar och korta ljud. Ticsen ökar vid trötthet och minskar när han spelar piano."),
      ("Status", "Under besöket ses blinkningar, grimaser och ett par harklingar. I övrigt normalt neurologstatus."),
      ("Bedömning", "Tourettes syndrom (F95.2). Diagnosen meddelades Viktor och föräldrarna under besöket."),
      ("Planering", "Psykoedukation och skriftligt material om tics till skolan. Ingen farmakologisk behandling nu. Återbesök om ett halvår."),
  ], must_not=["NL102"], why="settled eponym diagnosis communicated to the family")

C("bup-17-mojlig-bipolar-draft", "skane", "20070302-2046", "2007-03-02",
  "s_bup_malmo", "Fredrik Holm|läkare", "Läkaranteckning",
  "2024-09-04T14:00", None, [
      ("Anamnes", "Beskriver perioder om några dagar då hon knappt sover, har mängder av idéer och handlar för stora summor på nätet. Däremellan långa perioder av nedstämdhet och skolfrånvaro."),
      ("Hereditet", "Morfar behandlades med litium."),
      ("Bedömning", "Möjlig bipolär sjukdom typ II. Stämningsdagbok och komparentintervju behövs innan ställningstagande."),
      ("Planering", "Ny tid om två veckor. Inget nytt läkemedel före vidare bedömning."),
  ], must=["NL102"], why="unsigned draft with 'Möjlig' bipolar disorder, read by a 17-year-old")

C("barnmott-henoch-shonlein-typo-faststalld", "vgr", "20171219-2069", "2017-12-19",
  "v_barnmott_boras", "Anneli Rydén|läkare", "Mottagningsanteckning",
  "2024-02-26T11:20", "2024-02-26T13:10", [
      ("Anamnes", "Upphöjda röda prickar på ben och skinkor sedan fyra dagar, ont i fotlederna. Förkylning för två veckor sedan."),
      ("Status", "Palpabel purpura på underben och nates. Lätt svullnad av båda fotlederna. Buk mjuk."),
      ("Lab", "Trombocyter och koagulation normala. Urinsticka utan blod eller protein."),
      ("Bedömning", "Henoch-Shönleins purpura (IgA-vaskulit), typisk klinisk bild."),
      ("Planering", "Urinsticka hemma varje vecka i sex månader, blodtryck på vårdcentral om en månad. Föräldrarna vet att höra av sig vid magsmärta."),
  ], must_not=["NL102"], why="settled eponym diagnosis with spelling error 'Shönleins'")

C("barnmott-bror-celiaki-screening-negativ", "vgr", "20181002-4974", "2018-10-02",
  "v_barnmott_nal", "Eva Sandén|sjuksköterska", "Sjuksköterskeanteckning",
  "2024-05-21T08:45", "2024-05-21T09:30", [
      ("Aktuellt", "Telefonkontakt med pappa om provsvar. Screenas eftersom storebror fick diagnosen celiaki i vintras."),
      ("Provsvar", "Transglutaminas-IgA <1, total-IgA normalt."),
      ("Bedömning", "Ingen celiaki i nuläget enligt läkarens bedömning av provsvaret."),
      ("Åtgärd", "Nytt prov vid magbesvär eller avplanande tillväxt. Pappa nöjd med beskedet."),
  ], must_not=["NL102"], why="the brother's celiac disease; the patient's screening is negative")

C("barnmott-17-trolig-kortelfeber", "skane", "20061111-4356", "2006-11-11",
  "s_barnmott_hbg", "Gustav Rehn|läkare", "Mottagningsanteckning",
  "2024-02-01T15:30", "2024-02-01T17:00", [
      ("Anamnes", "Halsont och feber i sex dagar, mycket trött, sover på dagarna. En klasskompis hade liknande besvär för en månad sedan."),
      ("Status", "Beläggningar på båda tonsillerna, förstorade ömma lymfkörtlar på halsen bilateralt och i armhålorna. Mjälten palperas ej."),
      ("Bedömning", "Trolig körtelfeber. Monospot taget, svar i morgon."),
      ("Åtgärd", "Ingen antibiotika. Avstå från kontaktidrott i minst fyra veckor på grund av risken för mjältruptur."),
  ], must=["NL102"], why="lay term 'körtelfeber' hedged with 'Trolig', read by a 17-year-old")

C("barnreuma-jia-huvudhypotes-typo", "vgr", "20190622-2243", "2019-06-22",
  "v_barnreuma_dsbus", "Petra Wallin|läkare", "Mottagningsanteckning",
  "2024-07-02T10:10", "2024-07-02T13:45", [
      ("Anamnes", "Svullet vänster knä sedan fem veckor, stel på morgonen och vill bli buren. Hade magsjuka i maj."),
      ("Status", "Vä knä svullet och varmt med 10 graders extensionsdefekt. Övriga leder ua."),
      ("Lab", "CRP 12, SR 34, ANA positiv 1:320, HLA-B27 negativ."),
      ("Bedömning", "Oligoartikulär juvenil idiopatisk artirt är huvudhypotesen. DD reaktiv artrit efter genomgången gastroenterit."),
      ("Planering", "Ögonkontroll inom en månad med tanke på uveitrisken. Ledpunktion och kortisoninjektion i narkos planeras."),
  ], must=["NL102"], why="'huvudhypotesen' plus DD; typo 'artirt' in the diagnosis")

C("bvc-pmo-pappa-trolig-depression", "skane", "20240210-2608", "2024-02-10",
  "p_bvc_hoor", "Lena Persson|sjuksköterska", "BVC-anteckning",
  "2024-06-18T14:20", "2024-06-18T15:05", [
      ("Aktuellt", "Fyramånadersbesök med båda föräldrarna. Flickan växer fint och ler socialt."),
      ("Föräldrasamtal", "Pappa skattar 14 poäng på EPDS och beskriver sömnlöshet och skuldkänslor. Trolig depression hos pappa, han hänvisas till sin vårdcentral."),
      ("Planering", "Nästa besök vid sex månader. Pappa har fått telefonnummer till BVC-psykologen."),
  ], must_not=["NL102"], why="PMO BVC note; the hedged depression is the father's")

C("barnmott-oklart-reflux-eller-allergi", "vgr", "20240115-4576", "2024-01-15",
  "v_barnmott_boras", "Anneli Rydén|läkare", "Mottagningsanteckning",
  "2024-04-30T13:40", "2024-04-30T15:00", [
      ("Anamnes", "Kräks efter nästan varje mål, skriker och sträcker sig bakåt vid flaskmatning. Går upp i vikt men långsamt."),
      ("Status", "Vikt 6 100 g, har sjunkit från +1 till 0 SD. Torr hud på kinderna, i övrigt ua."),
      ("Bedömning", "Oklart om det rör sig om gastroesofageal reflux eller komjölksproteinallergi."),
      ("Planering", "Två veckors prövning med extensivt hydrolyserad ersättning. Telefonuppföljning med föräldrarna efter prövningen."),
  ], must=["NL102"], why="'Oklart om det rör sig om X eller Y' between two diagnoses")

C("barnmott-celiaki-ska-uteslutas", "skane", "20160929-2444", "2016-09-29",
  "s_barnmott_hbg", "Gustav Rehn|läkare", "Mottagningsanteckning",
  "2024-11-19T09:30", "2024-11-19T10:50", [
      ("Aktuellt", "Kortväxt, ligger på -2,3 SD och har planat av senaste året. Äter bra, ingen diarré."),
      ("Status", "Proportionerlig, ingen dysmorfi. Pubertetsstadium Tanner 1."),
      ("Bedömning", "Celiaki ska uteslutas innan vidare endokrin utredning. Hypotyreos kontrolleras samtidigt."),
      ("Planering", "Transglutaminas, TSH, T4, IGF-1 och skelettålder. Återbesök när svaren finns."),
  ], must=["NL102"], why="a diagnosis that 'ska uteslutas' is still an open hypothesis")

C("barnmott-celiaki-utesluten", "vgr", "20180308-2682", "2018-03-08",
  "v_barnmott_skovde", "Hans Edvardsson|läkare", "Mottagningsanteckning",
  "2024-06-04T11:00", "2024-06-04T12:20", [
      ("Aktuellt", "Återbesök för provsvar efter utredning av återkommande diarréer och uppblåst mage."),
      ("Provsvar", "Transglutaminas negativt med normalt total-IgA. Calprotektin normalt. F-Giardia negativt."),
      ("Bedömning", "Celiaki utesluten. Besvären bedöms vara funktionell diarré hos småbarn, som brukar gå över spontant."),
      ("Planering", "Råd om fettrikare kost och mindre juice. Ingen uppföljning."),
  ], must_not=["NL102"], why="celiac disease ruled out ('utesluten'); functional diagnosis settled")

C("barnakut-strep-mamma-undrar-scharlakan", "vgr", "20170518-4115", "2017-05-18",
  "v_barnakut_nal", "Robert Nyström|läkare", "Akutanteckning",
  "2024-03-03T10:15", "2024-03-03T11:00", [
      ("Anamnes", "Halsont, feber 39 och ont i magen sedan igår. På förskolan har flera barn haft scharlakansfeber och mamma undrar om han också har det."),
      ("Status", "Tonsiller förstorade med beläggningar, ömma käkvinkelkörtlar. Inga hudutslag, ingen jordgubbstunga."),
      ("Lab", "Strep A-snabbtest positivt."),
      ("Bedömning", "Streptokocktonsillit. Inget som talar för scharlakansfeber."),
      ("Åtgärd", "Kåvepenin i tio dagar. Tillbaka i förskolan när han är feberfri och har tagit antibiotika ett dygn."),
  ], must_not=["NL102"], why="mother's question about scarlet fever negated; tonsillitis confirmed",
  setting="akutmottagning")

C("barnakut-pneumoni-fragetecken", "skane", "20201212-4513", "2020-12-12",
  "s_barnakut_malmo", "Daniel Sörensen|läkare", "Akutanteckning",
  "2024-02-19T22:40", "2024-02-19T23:55", [
      ("Anamnes", "Feber i fyra dagar, hosta och snabb andning enligt föräldrarna. Äter dåligt."),
      ("Status", "AF 36, saturation 95 %. Nedsatt andningsljud basalt hö, inga säkra rassel."),
      ("Lab", "CRP 68."),
      ("Diagnos", "Pneumoni?"),
      ("Åtgärd", "Amoxicillin peroralt. Lungröntgen avstås i nuläget. Kontroll på VC efter 48 timmar."),
  ], must=["NL102"], why="'?' after the diagnosis in the Diagnos section",
  setting="akutmottagning")

C("barnmott-12-migran-alternativt-spanning", "vgr", "20120428-2626", "2012-04-28",
  "v_barnmott_boras", "Jakob Lund|läkare", "Mottagningsanteckning",
  "2024-10-15T14:30", "2024-10-15T16:00", [
      ("Anamnes", "Huvudvärk ett par gånger i månaden sedan ett år, ibland pulserande och med ljuskänslighet, ibland mer som ett tryck runt huvudet. Mamma har migrän."),
      ("Status", "Normalt neurologstatus. Blodtryck och ögonbottnar ua."),
      ("Bedömning", "Migrän utan aura alternativt spänningshuvudvärk, eventuellt en kombination."),
      ("Planering", "Huvudvärksdagbok i två månader. Ibuprofen tidigt vid attack. Återbesök med dagboken."),
  ], must=["NL102"], why="'alternativt' between two diagnoses (mother's migraine is only family history)")

C("barnreuma-kan-rora-sig-om-dermatomyosit", "vgr", "20141104-2201", "2014-11-04",
  "v_barnreuma_dsbus", "Petra Wallin|läkare", "Mottagningsanteckning",
  "2024-09-17T09:40", "2024-09-17T12:05", [
      ("Anamnes", "Svårt att ta sig upp för trappor och att kamma håret sedan två månader. Rött utslag över knogarna och runt ögonen."),
      ("Status", "Proximal muskelsvaghet i höfter och axlar. Gottrons papler, heliotropt utslag kring ögonlocken."),
      ("Lab", "CK 2 300, ALAT 110, LD förhöjt."),
      ("Bedömning", "Det kan röra sig om juvenil dermatomyosit. MR av lårmuskulaturen och muskelbiopsi behövs för att säkerställa diagnosen."),
      ("Planering", "MR beställd. Inläggning för steroidpulsbehandling diskuteras med föräldrarna efter MR."),
  ], must=["NL102"], why="'Det kan röra sig om' hedges a diagnosis")

C("bup-17-ingen-misstnake-om-psykos-typo", "skane", "20061220-4198", "2006-12-20",
  "s_bup_hbg", "Sofie Nygren|läkare", "Läkaranteckning",
  "2024-04-23T10:00", "2024-04-23T11:30", [
      ("Aktuellt", "Akut besök efter att mamma ringt om att han hört röster när han låg och skulle somna. Spelar dataspel långt in på nätterna."),
      ("Psykiskt status", "Lugn, god kontakt. Beskriver att han hört sitt namn ropas precis vid insomning ett fåtal gånger. Inga vanföreställningar, inget formellt tankestört."),
      ("Bedömning", "Hypnagoga hallucinationer i samband med sömnbrist. Ingen misstnake om psykos."),
      ("Planering", "Sömnhygien och skärmfri sista timmen före läggdags. Uppföljning om en månad hos behandlare."),
  ], must_not=["NL102"], why="negated suspicion with typo 'misstnake'")

C("barnmott-inte-otankbart-pubertas-praecox", "vgr", "20160830-2004", "2016-08-30",
  "v_barnmott_nal", "Henrik Ståhl|läkare", "Mottagningsanteckning",
  "2024-11-26T13:00", "2024-11-26T14:40", [
      ("Aktuellt", "Bröstutveckling sedan ett halvår och vuxit sju centimeter på ett år. Mamma fick mens vid tio års ålder."),
      ("Status", "Tanner B3, P2. Längd +1,8 SD, tidigare kring 0."),
      ("Bedömning", "Det är inte otänkbart att det rör sig om central pubertas praecox. Skelettåldern avgör fortsatt utredning."),
      ("Planering", "Rtg hand för skelettålder, GnRH-test och ultraljud av livmoder och äggstockar."),
  ], must=["NL102"], why="'inte otänkbart att det rör sig om' hedges a Latin diagnosis")

C("barnakut-ev-oroninflammation-lekord", "skane", "20200202-4715", "2020-02-02",
  "s_barnakut_malmo", "Daniel Sörensen|läkare", "Akutanteckning",
  "2024-10-27T19:10", "2024-10-27T20:00", [
      ("Kontaktorsak", "Vaknade från middagsvilan och skrek att det gjorde ont i örat. Snuvig sedan några dagar."),
      ("Status", "Feberfri. Vä trumhinna svårbedömd pga vax, hö trumhinna matt. Pigg och leker med bilar."),
      ("Bedömning", "Ev. öroninflammation i början, svår att bedöma."),
      ("Åtgärd", "Ingen antibiotika. Smärtlindring, ny bedömning på vårdcentral om värken fortsätter efter två dygn."),
  ], must=["NL102"], why="lay word 'öroninflammation' hedged with 'Ev.'",
  setting="akutmottagning")

C("barnmott-for-att-utesluta-hoftledsdysplasi", "vgr", "20240610-2489", "2024-06-10",
  "v_barnmott_skovde", "Hans Edvardsson|läkare", "Mottagningsanteckning",
  "2024-07-09T10:00", "2024-07-09T11:00", [
      ("Anamnes", "Sätesbjudning i graviditeten och mormor opererades för höftledsluxation som barn."),
      ("Status", "Ortolani och Barlow negativa bilateralt. Symmetriska hudveck, lika benlängd."),
      ("Bedömning", "Ultraljud höfter görs för att utesluta höftledsdysplasi, med tanke på sätesbjudning och ärftlighet."),
      ("Planering", "Ultraljud bokat om två veckor. Föräldrarna får svaret per telefon."),
  ], must=["NL102"], why="a diagnosis still 'to be ruled out' ('för att utesluta') is a hypothesis")

C("barnakut-trolig-salter-harris-eponym", "vgr", "20140303-4372", "2014-03-03",
  "v_barnakut_nal", "Robert Nyström|läkare", "Akutanteckning",
  "2024-05-12T16:00", "2024-05-12T17:10", [
      ("Anamnes", "Vrickade vänster fot i en fotbollsmatch och kunde inte gå av planen. Svullen på utsidan."),
      ("Status", "Punktöm över distala fibulaepifysen, ej över laterala malleolens spets. Ledbanden ua vid försiktig prövning."),
      ("Röntgen", "Ingen synlig fraktur, mjukdelssvullnad lateralt."),
      ("Bedömning", "Trolig Salter-Harris typ I-fraktur i distala fibula trots normal röntgen."),
      ("Åtgärd", "Gipsstövel i tre veckor och kryckor. Återbesök på ortopedmottagningen för gipsborttagning."),
  ], must=["NL102"], why="'Trolig' hedges an eponym fracture diagnosis",
  setting="akutmottagning")

C("bup-16-mamma-tror-adhd-avfardas", "skane", "20080206-4113", "2008-02-06",
  "s_bup_malmo", "Nora Ljung|psykolog", "Psykologanteckning",
  "2024-05-07T14:00", "2024-05-07T15:30", [
      ("Bakgrund", "Mamma tror att Adam har ADHD eftersom han inte kan sitta still med läxorna och hans kusin nyss fått diagnosen."),
      ("Samtal", "Adam berättar att familjen flyttade från Umeå i somras och att han saknar sina vänner. Han har svårt att somna och grubblar över framtiden. Under låg- och mellanstadiet fungerade skolan bra."),
      ("Bedömning", "Koncentrationssvårigheterna har tillkommit efter flytten och ger inte stöd för ADHD. Anpassningsstörning med ångest (F43.2)."),
      ("Planering", "Fem stödsamtal med fokus på sömn och att bygga ett nytt socialt sammanhang. Återkoppling till mamma tillsammans med Adam."),
  ], must_not=["NL102"], why="mother's belief in ADHD rejected by the psychologist; settled adjustment disorder")


# ---------------------------------------------------------------------------
# Adult psychiatry
# ---------------------------------------------------------------------------
C("psyk-sammantaget-bipolar-dd-eips-lang", "vgr", "19890712-2538", "1989-07-12",
  "v_psyk_sahlg", "Cecilia Amundsen|läkare", "Läkaranteckning",
  "2024-03-14T13:00", "2024-03-14T16:45", [
      ("Anamnes", "Tredje depressiva episoden sedan 2018. Beskriver en period sommaren 2021 då han sov tre timmar per natt i två veckor, startade ett företag och tog stora lån. Hustrun bekräftar förändringen och att den gick över utan behandling."),
      ("Psykiskt status", "Vårdad, psykomotoriskt långsam. Sänkt grundstämning och dämpad affekt. Inga psykotiska symtom. Passiva dödstankar utan planer."),
      ("Bedömning", "Sammantaget talar anamnesen med återkommande depressioner och en tydlig period av förhöjt stämningsläge för bipolär sjukdom typ II, men differentialdiagnostiskt bör emotionellt instabil personlighetsstörning övervägas med tanke på de snabba humörsvängningarna i nära relationer. Suicidrisken bedöms som låg men inte obefintlig."),
      ("Planering", "Strukturerad diagnostisk intervju (SCID) vid nästa besök. Avvaktar med antidepressiv behandling i monoterapi. Krisplan upprättad tillsammans med patienten."),
  ], must=["NL102"], why="long narrative: 'talar för' bipolar II with a differential to be considered")

C("psyk-adhd-utredning-ger-inte-stod", "skane", "19970918-2464", "1997-09-18",
  "s_psyk_lund", "Moa Carlsson|psykolog", "Psykologanteckning",
  "2024-05-29T10:00", "2024-05-30T08:15", [
      ("Bakgrund", "Utreds på egen begäran för koncentrationssvårigheter under studierna."),
      ("Testresultat", "DIVA-intervju med patient och mamma ger inte stöd för symtom före tolv års ålder. Skattningen av ångest (GAD-7 16) är förhöjd."),
      ("Bedömning", "Utredningen ger inte stöd för ADHD. Uppmärksamhetsproblemen förklaras bättre av generaliserat ångestsyndrom, som är den diagnos utredningen landar i."),
      ("Planering", "Återkoppling till patienten idag, hon tog beskedet väl. Remiss till KBT-behandlare för ångestbehandling."),
  ], must_not=["NL102"], why="ADHD negated by the assessment; the anxiety diagnosis is settled")

C("psyk-trol-ptsd-telegrafisk", "vgr", "19821005-2281", "1982-10-05",
  "v_psyk_uddevalla", "Tomas Berglund|läkare", "Läkaranteckning",
  "2024-02-12T11:30", "2024-02-12T12:10", [
      ("Aktuellt", "Pat rånad på jobbet (butik) nov -22. Sedan dess mardrömmar, undviker att gå ut efter mörkrets inbrott, skvätter till vid ljud."),
      ("Status", "Vaken, orienterad, god kontakt. Ängslig, spänd. Ej psykotisk. Ej suicidal."),
      ("Bedömning", "Trol. PTSD efter rånet. Alkoholbruket har ökat, AUDIT 14 – skadligt bruk?"),
      ("Åtgärd", "Remiss traumafokuserad KBT. Sertralin 50 mg. Ny kontroll 4 v."),
  ], must=["NL102"], why="telegraphic 'Trol. PTSD' and a '?' diagnosis")

C("psyk-morbror-trolig-bipolar-hereditet", "skane", "20001203-2751", "2000-12-03",
  "s_psyk_ystad", "Niklas Ohlsson|läkare", "Nybesöksanteckning",
  "2024-07-09T14:00", "2024-07-09T16:30", [
      ("Hereditet", "Mamma har schizofreni och vårdas inom psykiatrin. Morbror trolig bipolär sjukdom men aldrig utredd."),
      ("Anamnes", "Plötsliga attacker med hjärtklappning, yrsel och dödsskräck, senaste månaden flera gånger i veckan. Undviker nu bussen."),
      ("Psykiskt status", "Lugn, adekvat. Inga hallucinationer eller vanföreställningar. Inget tankestört."),
      ("Bedömning", "Paniksyndrom med begynnande agorafobi. Inga tecken på psykossjukdom."),
      ("Planering", "Psykoedukation och KBT-baserad självhjälp erbjuds. Återbesök om sex veckor."),
  ], must_not=["NL102"], why="the only hedge is on the uncle's diagnosis in family history")

C("psyk-somnsvarigheter-troligen-nattarbete", "vgr", "19710827-4049", "1971-08-27",
  "v_psyk_boras", "Helena Wik|sjuksköterska", "Sjuksköterskeanteckning",
  "2024-04-11T09:00", "2024-04-11T10:10", [
      ("Aktuellt", "Uppföljning av recidiverande depression, i remission sedan i höstas på escitalopram 10 mg. Har börjat arbeta nattskift på ett äldreboende."),
      ("Samtal", "Sover fyra–fem timmar efter passen och känner sig trött på lediga dagar. Stämningen beskrivs som stabil, glädjs åt barnbarnen."),
      ("Bedömning", "Sömnsvårigheterna beror sannolikt på nattarbetet. Fortsatt stabilt stämningsläge."),
      ("Planering", "Sömnråd för skiftarbetare, ljusexponering efter uppvaknandet. Läkarbesök i juni som planerat."),
  ], must_not=["NL102"], why="'sannolikt' on the cause of a symptom; no diagnosis hedged")

C("psykakut-forsta-psykos-fragetecken-draft", "skane", "20041021-2336", "2004-10-21",
  "s_psykakut_lund", "Ali Rahimi|läkare", "Akutanteckning",
  "2024-11-23T03:15", None, [
      ("Kontaktorsak", "Förs hit av föräldrarna efter att han på sistone pratat om att grannarna avlyssnar honom genom elementen."),
      ("Psykiskt status", "Misstänksam, undvikande blick. Beskriver att han hör grannarna kommentera det han gör. Inga suicidtankar."),
      ("Bedömning", "Första psykosepisod? DD drogutlöst psykos med tanke på daglig cannabisrökning senaste halvåret, THC positivt i urin."),
      ("Planering", "Erbjuds inläggning frivilligt och accepterar. Olanzapin 5 mg till natten. Kontakt med teamet för tidiga psykoser i morgon."),
  ], must=["NL102"], why="unsigned draft: '?' diagnosis and a DD in psychiatric emergency care",
  setting="akutmottagning")

C("psyk-autism-faststalld-fragan-vacktes-tidigt", "vgr", "19940515-2712", "1994-05-15",
  "v_psyk_neuropsyk", "Karolina Enqvist|psykolog", "Psykologanteckning",
  "2024-06-25T13:00", "2024-06-26T09:00", [
      ("Bakgrund", "Frågan om autism väcktes redan under gymnasiet av skolkuratorn men utreddes aldrig."),
      ("Testresultat", "ADOS-2 modul 4 över gränsvärdet för autism. Anhörigintervju med pappa beskriver tidiga svårigheter med lek och stark rutinbundenhet. WAIS-IV inom normalvariationen."),
      ("Bedömning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning (F84.5) fastställs."),
      ("Planering", "Återgivning till patienten och pappa genomförd idag. Information om stöd via kommunen och intresseorganisationer."),
  ], must_not=["NL102"], why="an old unexamined question is now a settled diagnosis")

C("psyk-eips-kan-inte-uteslutas", "skane", "19991214-2420", "1999-12-14",
  "s_psyk_malmo", "Lovisa Strand|läkare", "Läkaranteckning",
  "2024-08-27T15:00", "2024-08-27T17:10", [
      ("Aktuellt", "Sedan i våras nedstämd, rispar sig på underarmarna vid konflikter med pojkvännen. Har haft liknande perioder sedan tonåren."),
      ("Psykiskt status", "Ledsen, gråter under samtalet. Känslomässigt labil men går att nå. Ej psykotisk."),
      ("Bedömning", "Depressiv episod, medelsvår. Emotionellt instabil personlighetsstörning kan inte uteslutas men bör bedömas först när depressionen har behandlats."),
      ("Planering", "Fluoxetin 20 mg. DBT-färdighetsträning i grupp erbjuds. Återbesök om tre veckor."),
  ], must=["NL102"], why="'kan inte uteslutas' on a personality disorder beside a settled depression")

C("psyk-mojligen-sertralin-illamaende", "vgr", "19861119-2157", "1986-11-19",
  "v_psyk_uddevalla", "Ylva Modig|läkare", "Läkaranteckning",
  "2024-09-10T10:30", "2024-09-10T11:20", [
      ("Aktuellt", "Paniksyndrom, startade sertralin för tre veckor sedan. Färre attacker men illamående på morgonen och minskad aptit."),
      ("Status", "Lugnare än vid förra besöket, god kontakt. Vikten oförändrad."),
      ("Bedömning", "Paniksyndrom i förbättring. Möjligen har sertralinet bidragit till illamåendet, som brukar avta under de första veckorna."),
      ("Planering", "Tar tabletten till frukost i stället för på fastande mage. Oförändrad dos, telefonuppföljning om två veckor."),
  ], must_not=["NL102"], why="'Möjligen' hedges a side effect, not a diagnosis")

C("psyk-misstankt-tvangsyndrom-typo", "skane", "19930224-2392", "1993-02-24",
  "s_psyk_ystad", "Rebecka Malm|psykolog", "Psykologanteckning",
  "2024-10-22T09:00", "2024-10-22T10:40", [
      ("Aktuellt", "Kommer för att han blir sen till jobbet varje dag. Kontrollerar att spisen är avstängd och att dörren är låst upp till trettio gånger innan han kan gå."),
      ("Samtal", "Beskriver påträngande tankar om att lägenheten ska brinna upp och att det blir hans fel. Vet att det är orimligt men klarar inte att låta bli."),
      ("Bedömning", "Misstänkt tvångsyndrom. Y-BOCS genomförs vid nästa samtal."),
      ("Planering", "Psykoedukation om tvångscykeln påbörjad. Tre bedömningssamtal till."),
  ], must=["NL102"], why="'Misstänkt' with typo 'tvångsyndrom' in a psychologist's note")

C("psyk-syster-fragestallning-bipolar", "vgr", "20020330-2260", "2002-03-30",
  "v_psyk_boras", "Mikael Forsgren|läkare", "Läkaranteckning",
  "2024-01-23T13:30", "2024-01-23T15:00", [
      ("Hereditet", "Syster utreds för frågeställning bipolär sjukdom på annan mottagning. Pappa har haft alkoholproblem."),
      ("Anamnes", "Rodnar och får hjärtklappning när hon ska prata inför andra, undviker seminarier och har hoppat av en kurs."),
      ("Bedömning", "Social ångest (F40.1). Inga affektiva svängningar hos patienten själv."),
      ("Planering", "Internetbaserad KBT för social ångest erbjuds. Uppföljning efter tio veckor."),
  ], must_not=["NL102"], why="the open question of bipolar disorder is the sister's")

C("psyk-misstanktes-adhd-som-barn-nu-ingen", "skane", "19790409-4575", "1979-04-09",
  "s_psyk_lund", "Erik Sandberg|läkare", "Läkaranteckning",
  "2024-03-26T14:00", "2024-03-26T15:30", [
      ("Tidigare", "I lågstadiet misstänktes ADHD av skolan, men familjen tackade nej till utredning."),
      ("Aktuellt", "Nykter sedan fyra månader med stöd av akamprosat och AA. Arbetar heltid som elektriker."),
      ("Bedömning", "Alkoholberoende i tidig remission. Inga aktuella ADHD-symtom och ingen indikation för utredning."),
      ("Planering", "Fortsatt akamprosat, PEth var fjärde vecka. Återbesök i maj."),
  ], must_not=["NL102"], why="a childhood suspicion in past history, negated today")

C("psykakut-ev-serotonergt-syndrom", "vgr", "19650602-2869", "1965-06-02",
  "v_psykakut_sahlg", "Jenny Åberg|läkare", "Akutanteckning",
  "2024-05-04T21:45", "2024-05-04T23:30", [
      ("Kontaktorsak", "Dosen venlafaxin höjdes till 225 mg för fem dagar sedan och tramadol sattes in på vårdcentral mot ryggvärk."),
      ("Status", "Orolig, svettig. Temp 38,0, puls 118. Myoklonier i benen, livliga reflexer, klonus i fotlederna."),
      ("Bedömning", "Ev. serotonergt syndrom av lindrig–måttlig grad."),
      ("Åtgärd", "Tramadol sätts ut och venlafaxin pausas. Överflyttas till medicinakuten för övervakning."),
  ], must=["NL102"], why="'Ev.' hedges a diagnosis in a visible emergency note",
  setting="akutmottagning")

C("psyk-diagnos-gad-fragetecken-draft", "vgr", "19800126-4731", "1980-01-26",
  "v_psyk_boras", "Mikael Forsgren|läkare", "Läkaranteckning",
  "2024-11-06T10:00", None, [
      ("Anamnes", "Oroar sig för allt: ekonomin, barnens hälsa, jobbet. Spänd i nacken, svårt att somna. Har pågått minst ett år."),
      ("Psykiskt status", "Spänd, vrider händerna. Stämningsläget neutralt. Ej suicidal."),
      ("Diagnos", "F41.1 Generaliserat ångestsyndrom?"),
      ("Planering", "GAD-7 och MADRS till nästa besök. Broschyr om oro och grubblerier."),
  ], must=["NL102"], why="unsigned draft: '?' after a coded diagnosis")

C("psyk-hypotyreos-uteslutes", "skane", "19610517-2628", "1961-05-17",
  "s_psyk_malmo", "Lovisa Strand|läkare", "Läkaranteckning",
  "2024-02-06T09:30", "2024-02-06T10:45", [
      ("Aktuellt", "Nedstämdhet, orkeslöshet och viktuppgång sedan hösten. Remitterad från vårdcentral."),
      ("Lab", "TSH 1,8, fritt T4 normalt, Hb 134, B12 och folat normala."),
      ("Bedömning", "Hypotyreos uteslutes. Egentlig depression, medelsvår episod."),
      ("Planering", "Mirtazapin 15 mg till natten. Läkarbesök igen om en månad."),
  ], must_not=["NL102"], why="'uteslutes' negates hypothyroidism; depression settled")

C("psyk-fragestallning-adhd-vuxen", "skane", "19900808-2225", "1990-08-08",
  "s_psyk_lund", "Erik Sandberg|läkare", "Läkaranteckning",
  "2024-09-18T13:00", "2024-09-18T14:30", [
      ("Anamnes", "Har alltid varit disträ, glömmer möten och har svårt att slutföra projekt på jobbet. Sonen fick en ADHD-diagnos i fjol och hon känner igen sig i hans svårigheter."),
      ("Bedömning", "Frågeställning ADHD hos vuxen. Ingen pågående depression eller missbruk som förklarar besvären."),
      ("Planering", "Neuropsykiatrisk utredning planeras, patienten ombeds ta med skolbetyg och be mamma om barndomsanamnes."),
  ], must=["NL102"], why="'Frågeställning ADHD' is the patient's own open hypothesis")

C("neuropsyk-tveksamt-adhd-kriterier-draft", "vgr", "19961201-4556", "1996-12-01",
  "v_psyk_neuropsyk", "Karolina Enqvist|psykolog", "Psykologanteckning",
  "2024-10-30T10:00", None, [
      ("Testresultat", "Ojämn kognitiv profil med svagare bearbetningshastighet. ASRS 4 av 6 i del A. Barndomsanamnesen från pappa är knapphändig."),
      ("Bedömning", "Tveksamt om kriterierna för ADHD är uppfyllda; symtomdebut före tolv år kan inte beläggas."),
      ("Planering", "Försöker få fram skolhälsovårdsjournalen innan slutlig bedömning. Nytt samtal bokas."),
  ], must=["NL102"], why="unsigned draft: 'Tveksamt om kriterierna för ADHD är uppfyllda'")

C("psyk-sannolikt-utmattningssyndrom", "vgr", "19780614-2621", "1978-06-14",
  "v_psyk_uddevalla", "Ylva Modig|läkare", "Läkaranteckning",
  "2024-01-17T10:00", "2024-01-17T11:40", [
      ("Aktuellt", "Sjukskriven sedan december efter lång tids hög arbetsbelastning som enhetschef. Glömmer saker, tål inte ljud, gråter lätt."),
      ("Psykiskt status", "Trött, sänkt tempo. Adekvat kontakt. Ej suicidal. Ingen påtaglig nedstämdhet."),
      ("Bedömning", "Sannolikt utmattningssyndrom. Stämningsläget behöver följas över tid."),
      ("Planering", "Sjukskrivningen förlängs sex veckor. Kontakt med företagshälsovården om arbetsanpassning."),
  ], must=["NL102"], why="'Sannolikt' hedges a diagnosis")

C("psyk-inga-tecken-pa-hypomani-depresion-typo", "skane", "19850327-2190", "1985-03-27",
  "s_psyk_malmo", "David Nordin|läkare", "Läkaranteckning",
  "2024-07-30T13:30", "2024-07-30T14:40", [
      ("Aktuellt", "Depression sedan i vintras som svarat väl på escitalopram. Frun tycker att han blivit pratsam och full av planer senaste veckan."),
      ("Psykiskt status", "Glad, adekvat. Normalt taltempo. Sover sju timmar. Inga grandiosa idéer."),
      ("Bedömning", "Inga tecken på hypomani eller bipolär sjukdom; förbättringen motsvarar förväntat behandlingssvar. Recidiverande depresion i förbättring."),
      ("Planering", "Fortsatt escitalopram 10 mg. Han och frun vet att höra av sig vid minskat sömnbehov."),
  ], must_not=["NL102"], why="'Inga tecken på' negates bipolarity; settled diagnosis with typo 'depresion'")

C("psyk-misstanke-om-dysmorfofobi", "skane", "20030119-2480", "2003-01-19",
  "s_psyk_malmo", "Lovisa Strand|läkare", "Läkaranteckning",
  "2024-12-10T10:00", "2024-12-10T11:20", [
      ("Aktuellt", "Har gjort tre näsplastiker utomlands och vill nu operera käken. Tillbringar timmar framför spegeln och undviker att bli fotograferad."),
      ("Psykiskt status", "Kontaktbar, låg stämning. Fixerad vid utseendet, övertygad om att andra stirrar på hennes ansikte."),
      ("Bedömning", "Misstanke om dysmorfofobi med inslag av depression. Ytterligare bedömning behövs innan behandlingsval."),
      ("Planering", "BDD-YBOCS vid nästa besök. Rekommenderar att avvakta med ytterligare plastikkirurgi."),
  ], must=["NL102"], why="'Misstanke om' a diagnosis in a visible psychiatric note")


# ---------------------------------------------------------------------------
# Geriatrics, memory clinic, home care
# ---------------------------------------------------------------------------
C("minnes-sammantaget-alzheimer-dd-blanddemens-lang", "skane", "19451019-2083", "1945-10-19",
  "s_minnes_malmo", "Birgitta Holmqvist|läkare", "Läkaranteckning",
  "2024-04-04T10:00", "2024-04-04T14:30", [
      ("Anamnes", "Maken beskriver tilltagande glömska sedan två år, hon frågar om samma sak flera gånger och har slutat laga mat. Hon själv tycker att minnet är som förr."),
      ("Testresultat", "MMSE-SR 22/30 med bortfall på minne och tidsorientering. Klocktest med felplacerade visare. DT hjärna: måttlig central och kortikal atrofi, tydligast temporalt, samt några små lakunära infarkter."),
      ("Bedömning", "Sammantaget talar bilden för Alzheimers sjukdom med sen debut, men differentialdiagnostiskt bör blanddemens övervägas med tanke på de vaskulära förändringarna och den behandlade hypertonin. Likvoranalys kan ge stöd åt ena eller andra hållet."),
      ("Planering", "Lumbalpunktion för biomarkörer. Arbetsterapeut gör ADL-bedömning i hemmet. Återbesök med maken om sex veckor."),
  ], must=["NL102"], why="long memory-clinic narrative: 'talar för' Alzheimer with a differential")

C("minnes-trol-lewy-body-dd-pdd", "vgr", "19490907-2391", "1949-09-07",
  "v_minnes_molndal", "Stefan Hultgren|läkare", "Läkaranteckning",
  "2024-05-08T13:00", "2024-05-08T15:20", [
      ("Anamnes", "Fluktuerande vakenhet, ser djur i trädgården som inte finns där. Hustrun berättar att han slåss i sömnen sedan flera år."),
      ("Status", "Lätt rigiditet i hö arm, nedsatt armpendling, ingen vilotremor. MoCA 19/30 med svårigheter i visuospatiala uppgifter."),
      ("Bedömning", "Trol. Lewy body-demens. DD Parkinsons sjukdom med demens, men de kognitiva symtomen kom före motoriken."),
      ("Planering", "DaTSCAN beställs. Undvik neuroleptika. Rivastigmin diskuteras vid återbesöket."),
  ], must=["NL102"], why="'Trol.' plus DD with an eponym")

C("minnes-mci-demenskriterier-ej-uppfyllda", "skane", "19530725-2642", "1953-07-25",
  "s_minnes_malmo", "Jens Aronsson|läkare", "Läkaranteckning",
  "2024-06-13T09:00", "2024-06-13T11:10", [
      ("Aktuellt", "Upplever själv att namn och ord försvinner, klarar fortfarande ekonomi och bilkörning."),
      ("Testresultat", "RBANS med lätt nedsatt fördröjt minne, övriga index normala. Likvor: normala nivåer av beta-amyloid och tau."),
      ("Bedömning", "Lindrig kognitiv störning (MCI). Kriterierna för demens är inte uppfyllda och biomarkörerna talar emot Alzheimers sjukdom."),
      ("Planering", "Ny testning om ett år. Råd om fysisk aktivitet och blodtryckskontroll."),
  ], must_not=["NL102"], why="settled MCI; dementia and Alzheimer explicitly negated")

C("minnes-dotter-befarar-alzheimer-normal-testning", "vgr", "19421130-4193", "1942-11-30",
  "v_minnes_falkoping", "Åsa Lindholm|sjuksköterska", "Sjuksköterskeanteckning",
  "2024-08-15T10:30", "2024-08-15T12:00", [
      ("Kontaktorsak", "Dottern har ringt och befarar Alzheimer hos pappa sedan mammans död i våras, han glömmer att äta och tappar bort nycklar."),
      ("Testresultat", "MoCA 28/30. Klocktest normalt. GDS-15 ger 9 poäng."),
      ("Bedömning", "Ingen kognitiv sjukdom enligt testningen. Glömskan bedöms hänga ihop med sorg och nedstämdhet efter makans död."),
      ("Åtgärd", "Läkare informerad. Kontakt med vårdcentralen om nedstämdheten, dottern informerad med patientens samtycke."),
  ], must_not=["NL102"], why="daughter's fear of Alzheimer dismissed after normal testing")

C("hemsjukvard-pmo-trolig-uvi", "skane", "19341228-2265", "1934-12-28",
  "p_hsv_eslov", "Elisabet Nord|sjuksköterska", "Hembesök",
  "2024-01-16T11:00", "2024-01-16T12:30", [
      ("Aktuellt", "Hemtjänsten larmade om ökad förvirring sedan igår och att urinen luktar starkt. Har inte velat äta frukost."),
      ("Status", "Temp 37,8, puls 96, BT 128/70. Urinsticka nitrit positiv, leukocyter 2+."),
      ("Bedömning", "Trolig UVI med förvirring."),
      ("Åtgärd", "Ansvarig läkare på vårdcentralen kontaktad, ordinerar pivmecillinam. Vätskelista startas, hemtjänsten ökar tillsynen."),
  ], must_not=["NL102"], why="PMO home care: a hedged diagnosis is never shown", setting="hemsjukvård")

C("hemsjukvard-pmo-ev-trycksar", "skane", "19320314-2397", "1932-03-14",
  "p_hsv_sjobo", "Maja Eklund|sjuksköterska", "Hembesök",
  "2024-03-21T13:40", "2024-03-21T15:00", [
      ("Aktuellt", "Sängliggande sedan höftfrakturen i februari. Undersköterskan såg en rodnad på hälen vid morgontoaletten."),
      ("Status", "Kvarstående rodnad 3 cm på hö häl som inte bleknar vid tryck. Huden hel."),
      ("Bedömning", "Ev. trycksår kategori 1 hö häl."),
      ("Åtgärd", "Hälavlastande kudde, vändschema var tredje timme. Arbetsterapeut kontaktad för tryckavlastande madrass."),
  ], must_not=["NL102"], why="PMO home care: 'Ev.' diagnosis is not shown", setting="hemsjukvård")

C("mobilt-team-ev-aspirationspneumoni-draft", "vgr", "19330108-2537", "1933-01-08",
  "v_geri_alingsas", "Kristina Berg|läkare", "Hembesöksanteckning",
  "2024-02-27T14:20", None, [
      ("Aktuellt", "Känd Parkinsons sjukdom med sväljsvårigheter. Hostat vid måltiderna senaste veckan, sedan igår feber och ökad trötthet."),
      ("Status", "Temp 38,4, AF 24, saturation 91 %. Rassel basalt hö. Opåverkad cirkulation."),
      ("Bedömning", "Ev. aspirationspneumoni. Patient och dotter önskar vård i hemmet."),
      ("Åtgärd", "Amoxicillin-klavulansyra peroralt. Konsistensanpassad kost, logoped kontaktas. Nytt hembesök om två dagar."),
  ], must=["NL102"], why="unsigned home-visit draft in Melior: 'Ev. aspirationspneumoni'",
  setting="hemsjukvård")

C("geri-delirium-utlosande-lakemedel-sannolikt", "vgr", "19390204-2484", "1939-02-04",
  "v_geri_skovde", "Nils Granqvist|läkare", "Läkaranteckning",
  "2024-07-11T10:00", "2024-07-11T13:15", [
      ("Aktuellt", "Inlagd från akuten igår pga plötslig förvirring och nattlig oro. Tolterodin sattes in mot trängningsinkontinens för en vecka sedan."),
      ("Status", "Växlande vakenhet, desorienterad till tid. Inga fokala neurologiska fynd. Blåsscanner visar 180 ml residualurin."),
      ("Bedömning", "Delirium. Utlösande faktor är sannolikt det nyinsatta antikolinerga läkemedlet."),
      ("Åtgärd", "Tolterodin sätts ut. Lugn miljö, anhöriga uppmanas vara med dagtid. Kognitionen bedöms när deliriet klingat av."),
  ], must_not=["NL102"], why="'sannolikt' names a drug as trigger; delirium itself is settled",
  setting="slutenvård")

C("geri-sonen-undrar-parkinson-avfardas", "skane", "19410629-2776", "1941-06-29",
  "s_geri_hbg", "Ulrika Falk|läkare", "Läkaranteckning",
  "2024-10-17T11:00", "2024-10-17T12:40", [
      ("Anamnes", "Två fall hemma senaste månaden, snubblat på mattkanten. Sonen undrar om pappa kan ha Parkinson eftersom han gått med korta steg på sistone."),
      ("Status", "Ingen rigiditet, ingen vilotremor. Normal armpendling, normal steglängd efter uppvärmning. Nedsatt vibrationssinne i fötterna."),
      ("Bedömning", "Inget som talar för parkinsonism. Fallen förklaras av polyneuropati och dålig belysning i hallen."),
      ("Åtgärd", "Fallprevention via arbetsterapeut, hembesök bokas. B12 och glukos kontrolleras."),
  ], must_not=["NL102"], why="son's question about Parkinson dismissed ('Inget som talar för')")

C("geri-nph-kan-ej-uteslutas-draft", "skane", "19440805-2886", "1944-08-05",
  "s_geri_ystad", "Mats Hägg|läkare", "Läkaranteckning",
  "2024-09-03T13:30", None, [
      ("Anamnes", "Gången har blivit trippande och bredspårig senaste året. Hinner inte alltid till toaletten. Döttrarna tycker att hon blivit långsammare i tanken."),
      ("Status", "Bredspårig, magnetisk gång, vändning på sex steg. MMSE 25/30."),
      ("Bedömning", "Normaltryckshydrocefalus kan ej uteslutas med tanke på triaden gångrubbning, inkontinens och kognitiv påverkan."),
      ("Planering", "DT hjärna och remiss till neurokirurgen för tap-test om ventriklarna är vidgade. Fysioterapeut gör gångbedömning."),
  ], must=["NL102"], why="unsigned draft: 'kan ej uteslutas' on NPH")

C("geri-fysio-ortostatism-verifierad-fall-troligen", "vgr", "19400413-2041", "1940-04-13",
  "v_geri_skovde", "Hanna Lilja|fysioterapeut", "Fysioterapeutanteckning",
  "2024-03-08T09:30", "2024-03-08T10:30", [
      ("Aktuellt", "Inlagd efter fall i badrummet nattetid. Ortostatisk hypotension verifierad av läkare vid blodtrycksmätning igår."),
      ("Funktion", "Går med rollator utan hjälp på avdelningen. Yr första minuten efter uppresning, blir bättre efter en stund."),
      ("Bedömning", "Fallet skedde troligen när hon reste sig hastigt för att gå på toaletten."),
      ("Åtgärd", "Instruerad att sitta på sängkanten och pumpa med fötterna innan hon reser sig. Gångträning två gånger dagligen."),
  ], must_not=["NL102"], why="'troligen' describes how the fall happened; the diagnosis is verified",
  setting="slutenvård")

C("geri-misstankt-jarnbristanemmi-typo", "skane", "19371222-4199", "1937-12-22",
  "s_geri_hbg", "Ulrika Falk|läkare", "Läkaranteckning",
  "2024-05-22T10:30", "2024-05-22T11:50", [
      ("Aktuellt", "Inlagd pga tilltagande andfåddhet och trötthet. Står på apixaban för förmaksflimmer."),
      ("Lab", "Hb 86, MCV 71, ferritin 6. Positivt F-Hb-test."),
      ("Bedömning", "Misstänkt järnbristanemmi, ev. ockult GI-blödning."),
      ("Planering", "Järn intravenöst. Gastroskopi och koloskopi efter diskussion med patienten och hans fru om nytta och risk."),
  ], must=["NL102"], why="'Misstänkt' with typo 'anemmi' and an 'ev.' diagnosis", setting="slutenvård")

C("geri-tidigare-misstankt-tia-hjartsvikt", "vgr", "19370310-2842", "1937-03-10",
  "v_geri_molndal", "Lars Öberg|läkare", "Läkaranteckning",
  "2024-06-20T14:00", "2024-06-20T15:20", [
      ("Tidigare sjukdomar", "Hypertoni. 2019 misstänkt TIA med övergående talsvårigheter, strokeutredningen visade inga fynd."),
      ("Aktuellt", "Ökad andfåddhet vid promenader och svullna ben. NT-proBNP 2 100."),
      ("Bedömning", "Hjärtsvikt med bevarad ejektionsfraktion, NYHA II enligt ekokardiografi från maj."),
      ("Planering", "Furosemid 20 mg och dapagliflozin 10 mg. Kontroll av kreatinin och kalium om två veckor."),
  ], must_not=["NL102"], why="the hedged TIA is only past history; today's diagnosis settled")

C("minnes-ftd-overvags-draft", "skane", "19571002-4570", "1957-10-02",
  "s_minnes_malmo", "Birgitta Holmqvist|läkare", "Läkaranteckning",
  "2024-10-10T13:00", None, [
      ("Anamnes", "Frun berättar att han blivit impulsiv, äter stora mängder godis och har fällt opassande kommentarer till grannar. Han själv ser inga problem."),
      ("Testresultat", "MoCA 26/30. Nedsatt verbalt flöde och exekutiva svårigheter vid FAB."),
      ("Bedömning", "Frontotemporal demens av beteendevariant övervägs. DD sent debuterande bipolär sjukdom."),
      ("Planering", "MR hjärna och FDG-PET. Neuropsykologisk utredning."),
  ], must=["NL102"], why="unsigned draft: a diagnosis 'övervägs' plus DD")

C("mobilt-team-hemtjansten-misstanker-glomda-tabletter", "vgr", "19340526-2282", "1934-05-26",
  "v_geri_alingsas", "Sofia Engström|sjuksköterska", "Hembesöksanteckning",
  "2024-04-19T10:00", "2024-04-19T11:20", [
      ("Aktuellt", "Hemtjänsten misstänker att hon glömt ta kvällstabletterna flera dagar, dosettens fack är fulla."),
      ("Status", "Pigg, orienterad till person och plats. BT 162/94. Inga ödem."),
      ("Bedömning", "Känd Alzheimers sjukdom i måttligt stadium. Behöver hjälp med läkemedelshanteringen."),
      ("Åtgärd", "Hemtjänsten delegeras att överlämna läkemedel morgon och kväll. Läkemedelsgenomgång med ansvarig läkare nästa vecka."),
  ], must_not=["NL102"], why="'misstänker' concerns missed tablets, not a diagnosis; Alzheimer known",
  setting="hemsjukvård")

C("vc-pmo-misstankt-pneumoni-dd-kol", "skane", "19430915-2710", "1943-09-15",
  "p_vc_kavlinge", "Omar Haddad|läkare", "Läkaranteckning",
  "2024-12-04T10:40", "2024-12-04T11:30", [
      ("Aktuellt", "Hosta och feber sedan fyra dagar, hustrun tycker att han blivit tröttare och lite förvirrad."),
      ("Status", "Temp 38,2, saturation 94 %. Krepitationer basalt vä. CRP 110."),
      ("Bedömning", "Misstänkt pneumoni vä basalt, DD exacerbation av KOL."),
      ("Åtgärd", "Doxycyklin, kontroll om tre dagar. Hustrun informerad om när hon ska ringa 1177."),
  ], must_not=["NL102"], why="PMO vårdcentral: hedged diagnosis and DD are never shown")

C("minnes-misstanke-vaskular-demens-telegraf-draft", "vgr", "19461211-4357", "1946-12-11",
  "v_minnes_falkoping", "Peter Gran|läkare", "Läkaranteckning",
  "2024-02-20T09:00", None, [
      ("Aktuellt", "Remiss VC. Stegvis försämring sedan två år, efter TIA 2022. Pat själv besvärad av att han tappar ord."),
      ("Status", "MMSE 23/30. Lätt dysartri, hö-sidig reflexökning. BT 168/92."),
      ("Bedömning", "Misstanke om vaskulär demens, DD Alzheimer med vaskulär komponent. MR hjärna beställd."),
      ("Planering", "Blodtrycket optimeras via VC. Återbesök med MR-svar."),
  ], must=["NL102"], why="unsigned telegraphic draft: 'Misstanke om' and DD")

C("geri-mojlig-polymyalgia-reumatica-typo", "skane", "19471008-2282", "1947-10-08",
  "s_geri_ystad", "Mats Hägg|läkare", "Läkaranteckning",
  "2024-11-12T10:00", "2024-11-12T11:30", [
      ("Aktuellt", "Stel och värkande i axlar och höfter sedan sex veckor, svårt att ta på sig kappan på morgonen. Ingen huvudvärk eller synpåverkan."),
      ("Status", "Smärtsam abduktion i båda axlarna. Tinningsartärerna pulserar normalt och är oömma."),
      ("Lab", "SR 62, CRP 38. CK normalt."),
      ("Bedömning", "Möjlig polymyalgia reumatica. Temporalisarterit bedöms mindre sannolik i frånvaro av huvudvärk."),
      ("Planering", "Prednisolon 15 mg med utvärdering av effekten efter en vecka. Kalk och D-vitamin."),
  ], must=["NL102"], why="'Möjlig' hedges a Latin diagnosis misspelled 'reumatica'")

C("geri-oklar-viktnedgang-dd-lista", "vgr", "19360707-2661", "1936-07-07",
  "v_geri_molndal", "Lars Öberg|läkare", "Läkaranteckning",
  "2024-09-24T11:00", "2024-09-24T12:30", [
      ("Aktuellt", "Viktnedgång 7 kg på fyra månader, aptitlös, bor ensam. Dottern ringer dagligen."),
      ("Status", "Kakektisk. Buk mjuk, ingen palpabel resistens. Lymfkörtlar ua."),
      ("Lab", "Hb 104, SR 55, albumin 30, TSH normalt."),
      ("Bedömning", "Oklar viktnedgång. DD malignitet, depression, malnutrition pga social isolering."),
      ("Planering", "DT thorax-buk. GDS-15 och MNA. Dietistkontakt."),
  ], must=["NL102"], why="a DD list of diagnoses behind an unexplained symptom")

# ---------------------------------------------------------------------------
# Rehabilitation
# ---------------------------------------------------------------------------
C("rehab-fysio-stroke-nedstamdhet-mojligen", "skane", "19560701-2332", "1956-07-01",
  "s_rehab_orup", "Linus Bengtsson|fysioterapeut", "Fysioterapeutanteckning",
  "2024-04-17T14:00", "2024-04-17T15:10", [
      ("Bakgrund", "Hö-sidig hemipares efter vänstersidig mediainfarkt i februari. Inskriven för intensiv rehabilitering."),
      ("Funktion", "Går 40 meter med fyrpunktskrycka och handledning. Bergs balansskala 38/56. Greppfunktionen i hö hand har förbättrats."),
      ("Bedömning", "God utveckling av gångförmågan. Nedstämdheten han beskriver kan möjligen påverka orken att träna på eftermiddagarna."),
      ("Mål", "Självständig förflyttning inomhus med käpp före utskrivning. Trappgång med ledstång."),
  ], must_not=["NL102"], why="'möjligen' hedges the effect of low mood on training, not a diagnosis",
  setting="slutenvård")

C("fysio-misstankt-crps-efter-radiusfraktur", "vgr", "19751123-2261", "1975-11-23",
  "v_fysio_boras", "Lotta Grahn|fysioterapeut", "Fysioterapeutanteckning",
  "2024-01-31T10:15", "2024-01-31T11:20", [
      ("Aktuellt", "Distal radiusfraktur hö, gipsad i sex veckor, gipset togs för två veckor sedan. Svår värk som inte blir bättre."),
      ("Status", "Hö hand svullen, blåröd och blank. Allodyni vid lätt beröring av handryggen. Kraftigt inskränkt rörlighet i fingrarna."),
      ("Bedömning", "Misstänkt CRPS typ 1 i hö hand."),
      ("Åtgärd", "Ortopedläkare kontaktad och ser patienten i morgon. Graderad motorisk träning och spegelterapi påbörjas."),
  ], must=["NL102"], why="a physiotherapist writes a suspected diagnosis in a visible note")

C("neurorehab-ptsd-kan-inte-uteslutas-psykolog", "skane", "19880419-2170", "1988-04-19",
  "s_rehab_lund", "Johanna Lindstedt|psykolog", "Psykologanteckning",
  "2024-07-23T10:00", "2024-07-23T12:00", [
      ("Bakgrund", "Traumatisk hjärnskada efter trafikolycka i april, låg i respirator en vecka. Kollegan som körde bilen omkom."),
      ("Samtal", "Beskriver påträngande bilder av olyckan, undviker att åka bil och sover dåligt. Har svårt att hålla koncentrationen under träningspassen."),
      ("Bedömning", "Posttraumatiskt stressyndrom kan inte uteslutas, även om en del av koncentrationssvårigheterna förklaras av hjärnskadan."),
      ("Planering", "PCL-5 vid nästa samtal. Samordning med teamets arbetsterapeut kring strategier för uppmärksamhet."),
  ], must=["NL102"], why="'kan inte uteslutas' in a rehabilitation psychologist's note")

C("rehab-knaprotes-troligen-utan-rollator", "vgr", "19530217-2464", "1953-02-17",
  "v_rehab_kungalv", "Emil Rask|fysioterapeut", "Fysioterapeutanteckning",
  "2024-03-27T13:00", "2024-03-27T13:50", [
      ("Bakgrund", "Knäledsartros hö, total knäprotes 5 mars. Inga komplikationer."),
      ("Status", "Flexion 95 grader, extension -5. Måttlig svullnad. Går med rollator 200 meter."),
      ("Bedömning", "God progress. Troligen kan hon gå utan rollator inom två veckor."),
      ("Åtgärd", "Progression av hemprogrammet med trappträning. Återbesök om två veckor."),
  ], must_not=["NL102"], why="'Troligen' is a functional prognosis, not a diagnosis")

C("fysio-lumbago-inga-tecken-cauda-equina", "skane", "19791030-2533", "1979-10-30",
  "s_fysio_trelleborg", "Sanna Wretling|fysioterapeut", "Fysioterapeutanteckning",
  "2024-08-08T09:00", "2024-08-08T10:00", [
      ("Aktuellt", "Ryggvärk sedan tre veckor efter att ha burit ett tungt skåp. Viss utstrålning till vänster skinka."),
      ("Status", "Nedsatt flexion i ländryggen. SLR negativt bilateralt. Normal sensibilitet i ridbyxområdet, ingen blåspåverkan."),
      ("Bedömning", "Lumbago utan nervrotspåverkan. Inga tecken på cauda equina-syndrom."),
      ("Åtgärd", "Råd om att hålla sig i rörelse, McKenzie-övningar. Informerad om varningssymtom och när han ska söka akut."),
  ], must_not=["NL102"], why="eponym syndrome negated ('Inga tecken på'); lumbago settled")

C("rehab-neurologen-misstanker-ms", "vgr", "19910909-2420", "1991-09-09",
  "v_rehab_hogsbo", "Mira Salo|fysioterapeut", "Fysioterapeutanteckning",
  "2024-10-02T14:30", "2024-10-02T15:30", [
      ("Aktuellt", "Remitterad för balanssvårigheter och domningar i benen sedan sommaren. Neurologen misstänker MS och MR hjärna och rygg är bokad."),
      ("Status", "Ostadig i tandemgång, Rombergs test positivt. Nedsatt vibrationssinne distalt i benen."),
      ("Bedömning", "Balansnedsättning som påverkar gångsäkerheten."),
      ("Åtgärd", "Balansträningsprogram två gånger i veckan. Uppföljning efter MR-svaret."),
  ], must=["NL102"], why="another clinician's open suspicion of the patient's MS, written visibly")

C("rehab-guillain-barre-faststalld-ev-dagrehab", "skane", "19650125-2669", "1965-01-25",
  "s_rehab_orup", "Victor Engdahl|läkare", "Läkaranteckning",
  "2024-03-13T11:00", "2024-03-13T12:20", [
      ("Bakgrund", "Guillain-Barrés syndrom, insjuknade i januari efter en magsjuka. Behandlad med IVIG på neurologen i Lund."),
      ("Status", "Styrka i höftflexorer 4-/5, fotlyft 3/5 bilateralt. Går med rollator korta sträckor."),
      ("Bedömning", "Långsam men tydlig förbättring. Ev. fortsatt dagrehabilitering efter utskrivning."),
      ("Planering", "Ortoser för fotlyft prövas. Utskrivningsplanering med kommunen nästa vecka."),
  ], must_not=["NL102"], why="'Ev.' concerns a care plan; the eponym diagnosis is settled",
  setting="slutenvård")

C("rehab-pappa-bechterew-ingen-spondylartrit", "vgr", "19960505-4155", "1996-05-05",
  "v_rehab_kungalv", "Johan Ek|läkare", "Läkaranteckning",
  "2024-05-28T10:00", "2024-05-28T11:10", [
      ("Hereditet", "Pappa har Mb Bechterew."),
      ("Aktuellt", "Ländryggssmärta sedan ett halvår, värst efter långa arbetsdagar vid datorn. Ingen morgonstelhet över 30 minuter."),
      ("Undersökning", "HLA-B27 negativt, CRP 2. MR sakroiliakalederna utan tecken på inflammation."),
      ("Bedömning", "Ingen spondylartrit. Ospecifik ländryggssmärta."),
      ("Planering", "Fysioterapeutledd träning av bålstabilitet. Ergonomisk genomgång av arbetsplatsen."),
  ], must_not=["NL102"], why="father's eponym disease; the patient's spondylarthritis negated")

C("rehab-fysio-dvt-fragetecken-draft", "skane", "19510303-2040", "1951-03-03",
  "s_rehab_orup", "Linus Bengtsson|fysioterapeut", "Fysioterapeutanteckning",
  "2024-06-06T10:30", None, [
      ("Bakgrund", "Rehabilitering efter höftfraktur vä, opererad med halvprotes för tre veckor sedan."),
      ("Status", "Vä vad svullen, varm och öm vid palpation, omkretsen 3 cm större än hö."),
      ("Bedömning", "DVT? Träningen pausas i väntan på läkarbedömning."),
      ("Åtgärd", "Avdelningsläkaren informerad, ultraljud ben beställt. Fortsatt andningsgymnastik i sängen."),
  ], must=["NL102"], why="unsigned physiotherapy draft: abbreviation with '?' ('DVT?')",
  setting="slutenvård")

C("rehab-strukturell-epilespi-typo-faststalld", "vgr", "19700222-2730", "1970-02-22",
  "v_rehab_hogsbo", "Rikard Sten|läkare", "Läkaranteckning",
  "2024-08-13T13:00", "2024-08-13T14:10", [
      ("Bakgrund", "Subaraknoidalblödning i maj, behandlad med coiling. Komplicerad av symtomatisk epilespi med två generaliserade anfall i juni."),
      ("Status", "Vaken, orienterad. Lätt vänstersidig neglekt. Går självständigt."),
      ("Bedömning", "Strukturell epilespi efter blödningen, anfallsfri på levetiracetam sedan sju veckor."),
      ("Planering", "Fortsatt levetiracetam. Körförbud enligt Transportstyrelsens föreskrifter, patienten informerad."),
  ], must_not=["NL102"], why="settled diagnosis misspelled 'epilespi'; no hedge", setting="slutenvård")


# ---------------------------------------------------------------------------
# NL101: a diagnosis the patient has not been told, visible or not
# ---------------------------------------------------------------------------
C("nl101-minnes-alzheimer-ej-informerad", "skane", "19470519-2559", "1947-05-19",
  "s_minnes_malmo", "Jens Aronsson|läkare", "Läkaranteckning",
  "2024-04-24T14:00", "2024-04-24T16:00", [
      ("Testresultat", "Likvor med sänkt kvot beta-amyloid 42/40 och förhöjt fosforylerat tau. MR visar hippocampusatrofi, MTA 3 bilateralt."),
      ("Bedömning", "Alzheimers sjukdom med sen debut (G30.1), mild demens. Patienten är ännu inte informerad om diagnosen; besked lämnas vid återbesöket 14 maj tillsammans med hustrun."),
      ("Planering", "Donepezil diskuteras vid diagnosbeskedet. Kontakt med kommunens demenssjuksköterska efter beskedet."),
  ], must=["NL101"], must_not=["NL102"],
  why="settled diagnosis in a visible section while the patient is not yet informed")

C("nl101-minnes-vaskular-demens-besked-ej-lamnat", "vgr", "19440131-2824", "1944-01-31",
  "v_minnes_molndal", "Stefan Hultgren|läkare", "Läkaranteckning",
  "2024-03-19T10:00", "2024-03-19T13:30", [
      ("Sammanfattning", "MR visar uttalade vitsubstansförändringar och två gamla lakunära infarkter i basala ganglierna. Neuropsykologisk testning med nedsatt tempo och exekutiv funktion."),
      ("Bedömning", "Vaskulär demens (F01.2). Diagnosbeskedet har inte lämnats till patienten ännu eftersom sonen som ska vara med är bortrest."),
      ("Planering", "Ny tid för diagnosbesked 4 april. Sekundärprevention enligt strokeprogrammet via vårdcentralen."),
  ], must=["NL101"], why="'Diagnosbeskedet har inte lämnats' beside a visible dementia diagnosis")

C("nl101-psyk-schizofreni-ska-inte-informeras-an", "skane", "20000606-2137", "2000-06-06",
  "s_psyk_lund", "Erik Sandberg|läkare", "Läkaranteckning",
  "2024-05-15T15:00", "2024-05-15T17:00", [
      ("Aktuellt", "Uppföljning efter utskrivning i mars. Rösterna har minskat på aripiprazol men han är fortfarande övertygad om att telefonen avlyssnas."),
      ("Psykiskt status", "Misstänksam men samarbetar. Sparsam mimik. Förnekar suicidtankar."),
      ("Bedömning", "Kriterierna för schizofreni (F20.0) är nu uppfyllda efter mer än sex månaders förlopp. Patienten ska inte informeras om schizofrenidiagnosen förrän tilliten till teamet är bättre etablerad."),
      ("Planering", "Fortsatt aripiprazol 15 mg. Case manager träffar honom varje vecka."),
  ], must=["NL101"], why="'ska inte informeras' about a diagnosis written in the visible assessment")

C("nl101-psyk-bipolar-dx-ej-kommunicerad-telegraf", "vgr", "19950215-2409", "1995-02-15",
  "v_psyk_sahlg", "Cecilia Amundsen|läkare", "Läkaranteckning",
  "2024-06-05T11:00", "2024-06-05T12:15", [
      ("Aktuellt", "Återbesök efter manisk episod med slutenvård i april. Sover 7 h, arbetar halvtid."),
      ("Status", "Lugn, normalt tal. Begränsad insikt, betraktar vårdtillfället som ett missförstånd."),
      ("Bedömning", "Bipolär sjukdom typ I, nu i remission. Dx ej kommunicerad med pat ännu pga bristande sjukdomsinsikt – tas upp successivt."),
      ("Planering", "Litium, koncentration om en vecka. Psykoedukation planeras."),
  ], must=["NL101"], why="telegraphic 'Dx ej kommunicerad med pat' beside a visible diagnosis")

C("nl101-neurorehab-als-ej-informerad", "skane", "19630329-2715", "1963-03-29",
  "s_rehab_lund", "Karin Mårtensson|läkare", "Läkaranteckning",
  "2024-02-28T13:30", "2024-02-28T15:00", [
      ("Bakgrund", "Inremitterad för rehabilitering av tilltagande svaghet i höger hand och fascikulationer."),
      ("Undersökningsfynd", "Neurografi och EMG visar utbredd denervation i tre regioner. Neurologen bekräftar diagnosen ALS i sitt svar."),
      ("Bedömning", "ALS med debut i hö arm. Patienten är inte informerad om diagnosen, neurologen lämnar beskedet vid besöket på fredag."),
      ("Planering", "Ingen information om prognos ges från rehab förrän beskedet lämnats. Arbetsterapeut bedömer handfunktionen."),
  ], must=["NL101"], must_not=["NL102"], why="confirmed ALS visible while the patient is not informed")

C("nl101-geri-pankreascancer-har-inte-fatt-veta", "vgr", "19410421-2461", "1941-04-21",
  "v_geri_skovde", "Nils Granqvist|läkare", "Läkaranteckning",
  "2024-09-06T15:00", "2024-09-06T16:45", [
      ("Aktuellt", "Inlagd för ikterus och viktnedgång. ERCP med stent i gallgången gjordes i tisdags."),
      ("Provsvar", "Cytologi från borstprovet visar adenokarcinom. DT visar tumör i pankreashuvudet och levermetastaser."),
      ("Bedömning", "Pankreascancer med levermetastaser. Hon har inte fått veta det ännu; sonen önskar vara med vid beskedet på måndag."),
      ("Planering", "Brytpunktssamtal på måndag med patienten och sonen. Kontakt med palliativa teamet."),
  ], must=["NL101"], why="'har inte fått veta det ännu' beside a visible cancer diagnosis",
  setting="slutenvård")

C("nl101-barnmott-17-turner-ej-informerad", "skane", "20060912-2882", "2006-09-12",
  "s_barnmott_hbg", "Gustav Rehn|läkare", "Mottagningsanteckning",
  "2024-03-04T10:00", "2024-03-04T12:30", [
      ("Aktuellt", "Utreds för utebliven pubertet och kortväxt. Kromosomanalysen kom i förra veckan."),
      ("Provsvar", "Karyotyp 45,X/46,XX, mosaik."),
      ("Bedömning", "Turners syndrom, mosaikform. Flickan själv är ännu inte informerad om diagnosen; föräldrarna vill att beskedet ges tillsammans med läkaren nästa vecka."),
      ("Planering", "Besked vid besök 11 mars. Remiss till ekokardiografi och njurultraljud."),
  ], must=["NL101"], why="a 17-year-old reads her own journal; eponym diagnosis visible before she is told")

C("nl101-rehab-ms-pat-ej-informerad-draft", "vgr", "19851206-2046", "1985-12-06",
  "v_rehab_hogsbo", "Rikard Sten|läkare", "Läkaranteckning",
  "2024-06-10T14:00", None, [
      ("Bakgrund", "Rehabilitering efter synnervsinflammation och känselbortfall i benen."),
      ("Provsvar", "Neurologens bedömning efter MR och likvor: kriterierna för multipel skleros är uppfyllda."),
      ("Bedömning", "MS-diagnos fastställd enl. neurologens svar. Obs! Pat ej informerad om diagnosen – får besked av sin neurolog 12/6."),
      ("Planering", "Fortsatt balansträning. Diagnosen diskuteras inte med patienten förrän efter neurologbesöket."),
  ], must=["NL101"], why="unsigned draft: 'Pat ej informerad om diagnosen' in visible text")

C("nl101-psyk-huntington-ej-informerad", "skane", "19760818-2759", "1976-08-18",
  "s_psyk_ystad", "Niklas Ohlsson|läkare", "Läkaranteckning",
  "2024-10-01T10:00", "2024-10-01T11:40", [
      ("Hereditet", "Pappa avled i Huntingtons sjukdom."),
      ("Provsvar", "Gentest visar expanderad CAG-repetition (44) i HTT-genen."),
      ("Bedömning", "Huntingtons sjukdom bekräftad genetiskt. Patienten har ännu inte informerats om diagnosen; genetisk vägledare och jag ger beskedet gemensamt den 8 oktober."),
      ("Planering", "Kurator bokad i anslutning till beskedet. Anhörig får närvara om patienten önskar."),
  ], must=["NL101"], why="genetically confirmed eponym disease visible before the patient is told")

C("nl101-minnes-frontotemoral-demens-typo-draft", "vgr", "19550114-2391", "1955-01-14",
  "v_minnes_falkoping", "Peter Gran|läkare", "Läkaranteckning",
  "2024-11-14T09:30", None, [
      ("Sammanfattning", "FDG-PET: frontal hypometabolism bilat. Neuropsyk: uttalad exekutiv dysfunktion."),
      ("Bedömning", "Frontotemoral demens, beteendevariant. Pat ej informerad om dx ännu – besked vid nästa besök tillsammans med hustrun."),
      ("Planering", "Kontakt med biståndshandläggare om dagverksamhet efter beskedet."),
  ], must=["NL101"], why="unsigned telegraphic draft, typo 'Frontotemoral'; 'ej informerad om dx'")

C("nl101-neuropsyk-autism-aterkoppling-ej-gjord", "vgr", "20040727-2624", "2004-07-27",
  "v_psyk_neuropsyk", "Karolina Enqvist|psykolog", "Psykologanteckning",
  "2024-04-09T15:00", "2024-04-10T08:30", [
      ("Testresultat", "ADOS-2 och anhörigintervju med mamma ger en samstämmig bild av tidiga och bestående svårigheter i socialt samspel."),
      ("Bedömning", "Autismspektrumtillstånd (F84.0) fastställs efter teamkonferens. Återkoppling till patienten är inte gjord än, hon får diagnosen vid återgivande samtal nästa vecka."),
      ("Planering", "Återgivande samtal 16 april. Skriftligt utlåtande skickas efter samtalet."),
  ], must=["NL101"], why="psychologist records a diagnosis not yet fed back to the patient")

C("nl101-geri-mb-parkinsson-typo-ej-underrattad", "skane", "19510920-2191", "1951-09-20",
  "s_geri_ystad", "Mats Hägg|läkare", "Läkaranteckning",
  "2024-02-15T10:00", "2024-02-15T11:00", [
      ("Aktuellt", "Återbesök efter DaTSCAN som visar nedsatt upptag i putamen bilateralt."),
      ("Status", "Vilotremor vä hand, rigiditet med kugghjulsfenomen, bradykinesi."),
      ("Bedömning", "Mb Parkinsson. Patienten är inte underrättad om diagnosen än; han bad att få höra svaret först när dottern kan följa med."),
      ("Planering", "Nytt besök med dottern den 22 februari, då även behandlingsstart diskuteras."),
  ], must=["NL101"], why="typo 'Parkinsson'; 'inte underrättad om diagnosen' in visible text")

C("nl101-rehab-misstankt-motorneuronsjukdom-ej-informerad", "skane", "19580402-2266", "1958-04-02",
  "s_rehab_orup", "Victor Engdahl|läkare", "Läkaranteckning",
  "2024-08-29T14:00", "2024-08-29T15:30", [
      ("Bakgrund", "Inlagd för rehabilitering efter lumbal diskbråcksoperation i juli. Utvecklingen har avstannat."),
      ("Status", "Fascikulationer i båda vaderna och i tungan, livliga reflexer trots perifer svaghet. Sväljer långsamt."),
      ("Bedömning", "Misstänkt motorneuronsjukdom. Patienten är inte informerad om misstanken; remiss till neurolog skickas akut."),
      ("Planering", "Fortsatt träning i avvaktan på neurologbedömning. Logoped bedömer sväljningen."),
  ], must=["NL101", "NL102"], why="an uncommunicated hypothesis in visible text instead of Tidiga hypoteser",
  setting="slutenvård")

C("nl101-minnes-tidiga-hypoteser-mall", "skane", "19491201-2681", "1949-12-01",
  "s_minnes_malmo", "Birgitta Holmqvist|läkare", "Tidiga hypoteser",
  "2024-03-27T15:00", "2024-03-27T15:40", [
      ("Hypotes", "Misstänkt Alzheimers sjukdom i tidigt skede utifrån testmönstret och makens beskrivning. Patienten förnekar minnesproblem och bedöms inte mottaglig för misstanken i dagsläget."),
      ("Bedömning", "Ej kommunicerad med patienten. Flyttas till synlig dokumentation när utredningen är klar och besked har lämnats."),
  ], must_not=["NL101", "NL102"], why="Skåne Tidiga hypoteser template is filtered, so nothing is visible")

C("nl101-psyk-tidiga-hypoteser-sokord-bipolar", "vgr", "19830315-2758", "1983-03-15",
  "v_psyk_boras", "Mikael Forsgren|läkare", "Läkaranteckning",
  "2024-08-20T13:00", "2024-08-20T14:20", [
      ("Aktuellt", "Återbesök för recidiverande depression. Mår bättre sedan dosökningen av sertralin och arbetar heltid igen."),
      ("Psykiskt status", "Ljus till sinnes, adekvat affekt. Normalt tempo och sömn."),
      ("Tidiga hypoteser", "Hustrun har i telefon beskrivit perioder med överaktivitet och stora inköp. Misstänkt bipolär sjukdom typ II, ej kommunicerad med patienten då uppgifterna behöver bekräftas."),
      ("Planering", "Fortsatt sertralin 100 mg. Återbesök om sex veckor."),
  ], must_not=["NL101", "NL102"], why="VGR sökord Tidiga hypoteser is filtered; visible sections hold no hypothesis")

C("nl101-minnes-alzheimer-meddelad-idag", "skane", "19441010-2372", "1944-10-10",
  "s_minnes_malmo", "Jens Aronsson|läkare", "Läkaranteckning",
  "2024-05-14T14:00", "2024-05-14T15:10", [
      ("Aktuellt", "Diagnosbesked. Närvarande patienten och hustrun."),
      ("Bedömning", "Diagnosen Alzheimers sjukdom meddelades patienten och hustrun idag. Han tog beskedet sansat och ställde frågor om bilkörning."),
      ("Planering", "Donepezil 5 mg, ökning till 10 mg efter fyra veckor. Rekommenderas att avstå från bilkörning, läkarintyg skickas till Transportstyrelsen."),
  ], must_not=["NL101"], why="the diagnosis was communicated today")

C("nl101-psyk-patient-vill-inte-att-foraldrar-vet", "vgr", "20050208-2407", "2005-02-08",
  "v_psyk_uddevalla", "Ylva Modig|läkare", "Läkaranteckning",
  "2024-07-16T10:00", "2024-07-16T11:00", [
      ("Aktuellt", "Hetsäter och kräks flera gånger i veckan sedan två år. Bor hemma hos föräldrarna."),
      ("Bedömning", "Bulimia nervosa (F50.2), diagnosen genomgången med patienten. Hon vill inte att föräldrarna informeras om diagnosen i nuläget, vilket respekteras."),
      ("Planering", "Remiss till ätstörningsenheten för KBT-E. Kontroll av kalium om en vecka."),
  ], must_not=["NL101"], why="the patient knows; only her parents are not to be informed")

C("nl101-neurorehab-ej-informerad-om-uppskjuten-start", "skane", "19660623-2178", "1966-06-23",
  "s_rehab_lund", "Karin Mårtensson|läkare", "Läkaranteckning",
  "2024-10-24T11:00", "2024-10-24T12:00", [
      ("Bakgrund", "Hjärninfarkt i höger hemisfär i augusti. Diagnosen och prognosen är väl kända för patienten och hustrun sedan tiden på strokeenheten."),
      ("Status", "Lätt vänstersidig svaghet, går utan hjälpmedel. Uttröttbar efter en timmes aktivitet."),
      ("Bedömning", "Fortsatt förbättring. Patienten är ännu inte informerad om att starten på dagrehabiliteringen skjuts upp två veckor på grund av personalbrist."),
      ("Planering", "Kontaktsjuksköterskan ringer honom i morgon om det nya startdatumet."),
  ], must_not=["NL101"], why="'ej informerad' concerns a scheduling change; the diagnosis is known")

C("nl101-geri-besked-lamnat-idag-tidigare-ej", "vgr", "19420214-2669", "1942-02-14",
  "v_geri_molndal", "Lars Öberg|läkare", "Läkaranteckning",
  "2024-05-30T13:00", "2024-05-30T14:10", [
      ("Aktuellt", "Återbesök för besked efter utredning av anemi och viktnedgång."),
      ("Bedömning", "Koloskopin visade en tumör i colon ascendens, PAD adenokarcinom. Vid förra besöket hade patienten ännu inte fått besked, men idag har diagnosen gåtts igenom med henne och dottern."),
      ("Planering", "Remiss till kirurgen för ställningstagande till operation. Kontaktsjuksköterska utsedd."),
  ], must_not=["NL101"], why="'not informed' is past; the diagnosis was communicated today")

C("nl101-psyk-ej-informerad-om-provsvar-draft", "skane", "19880105-2229", "1988-01-05",
  "s_psyk_malmo", "David Nordin|läkare", "Läkaranteckning",
  "2024-04-02T15:30", None, [
      ("Aktuellt", "Telefonuppföljning. Bipolär sjukdom typ II sedan 2019, diagnosen väl känd för patienten. Litiumkoncentrationen togs i fredags."),
      ("Provsvar", "S-Litium 0,7 mmol/l, kreatinin och TSH normala."),
      ("Bedömning", "Patienten är ej informerad om provsvaren ännu, hon svarade inte i telefon idag. Stabil på nuvarande dos."),
      ("Planering", "Nytt telefonförsök i morgon, annars brev. Oförändrad litiumdos."),
  ], must_not=["NL101"], why="unsigned draft: 'ej informerad' concerns lab results; diagnosis known")

C("nl101-minnes-ingen-demens-resultat-ej-meddelat", "vgr", "19510704-2557", "1951-07-04",
  "v_minnes_molndal", "Stefan Hultgren|läkare", "Läkaranteckning",
  "2024-09-19T10:00", "2024-09-19T11:00", [
      ("Testresultat", "Neuropsykologisk testning i normalområdet för ålder och utbildning. Likvorbiomarkörerna är normala."),
      ("Bedömning", "Ingen demenssjukdom och ingen lindrig kognitiv störning. Patienten är ännu inte informerad om testresultatet, som förmedlas per telefon av minnessjuksköterskan."),
      ("Planering", "Avslut på minnesmottagningen efter telefonsamtalet. Ny remiss vid försämring."),
  ], must_not=["NL101", "NL102"], why="no diagnosis is affirmed; the uncommunicated result is negative")

C("nl101-psyk-informerad-per-telefon-eips", "skane", "19970321-2028", "1997-03-21",
  "s_psyk_lund", "Moa Carlsson|psykolog", "Psykologanteckning",
  "2024-06-27T09:30", "2024-06-27T10:20", [
      ("Aktuellt", "Telefonsamtal efter avslutad personlighetsutredning, då patienten inte kunde komma till återgivningen."),
      ("Bedömning", "Patienten har informerats per telefon om diagnosen emotionellt instabil personlighetsstörning (F60.3). Hon vill diskutera vad diagnosen innebär mer ingående vid nästa besök."),
      ("Planering", "Fysiskt besök 3 juli. DBT-programmet presenteras då."),
  ], must_not=["NL101"], why="the diagnosis was communicated by telephone")

C("nl101-rehab-maken-ej-informerad-egen-begaran", "vgr", "19620809-2863", "1962-08-09",
  "v_rehab_kungalv", "Johan Ek|läkare", "Läkaranteckning",
  "2024-11-05T13:30", "2024-11-05T14:30", [
      ("Aktuellt", "Rehabilitering efter mastektomi och axillutrymning vä. Bröstcancerdiagnosen är känd för patienten sedan augusti."),
      ("Status", "Nedsatt abduktion i vä axel till 110 grader. Lätt lymfödem i överarmen."),
      ("Bedömning", "Maken är inte informerad om cancerdiagnosen, på patientens egen begäran."),
      ("Planering", "Fysioterapi för axelrörligheten, lymfterapeut bedömer ödemet."),
  ], must_not=["NL101"], why="the husband, not the patient, is uninformed")

C("nl101-geri-tidiga-hypoteser-mall-malignitet", "skane", "19391117-2579", "1939-11-17",
  "s_geri_hbg", "Ulrika Falk|läkare", "Tidiga hypoteser",
  "2024-07-04T16:00", "2024-07-04T16:30", [
      ("Hypotes", "Misstänkt prostatacancer med skelettmetastaser utifrån PSA 280 och skelettsmärta. Patienten har i dag ett akut förvirringstillstånd och kan inte ta emot informationen."),
      ("Övervägande", "Dokumenteras här tills skelettskintigrafin är klar och patienten är tillräckligt klar för ett besked."),
  ], must_not=["NL101", "NL102"], why="Skåne Tidiga hypoteser template: uncommunicated hypothesis correctly hidden",
  setting="slutenvård")

C("nl101-psyk-tidiga-hypoteser-sokord-prodromal", "vgr", "20020511-2576", "2002-05-11",
  "v_psyk_uddevalla", "Tomas Berglund|läkare", "Läkaranteckning",
  "2024-03-05T14:00", "2024-03-05T15:45", [
      ("Aktuellt", "Stödsamtal. Arbetar på lager och har svårt att komma upp på morgonen. Sömnrytmen är förskjuten."),
      ("Status", "Avvaktande, sparsamma svar. Inga självmordstankar."),
      ("Tidiga hypoteser", "Prodromalfas inför schizofreni övervägs med tanke på social tillbakadragenhet och udda föreställningar som mamma beskrivit. Patienten är inte informerad och hypotesen behöver följas över tid."),
      ("Planering", "Återbesök om två veckor. Sömndagbok."),
  ], must_not=["NL101", "NL102"], why="VGR sökord Tidiga hypoteser hides the uncommunicated hypothesis")


# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------
ALLOWED_CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
SKANE_TEMPLATE_PROTECTED = {"Tidiga hypoteser", "Våld i nära relationer",
                            "Oro för att barn far illa",
                            "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
VGR_KEYWORD_PROTECTED = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer",
                         "Orosanmälan gällande barn", "Tredje person", "Enkelblind prövning"}


def luhn_ok(ten_digits):
    total = 0
    for i, ch in enumerate(ten_digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_on(born, day):
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def iso(s):
    return s if len(s) == 19 else s + ":00"


def as_of_for(time_s):
    d = datetime.datetime.strptime(time_s[:10], "%Y-%m-%d").date() + datetime.timedelta(days=10)
    if d.year != 2024:
        d = datetime.date(2024, 12, 31)
    return d.isoformat() + "T00:00:00"


def build(c):
    uname, hsa, system, _region = UNITS[c["unit"]]
    aname, role = c["author"].split("|")
    note = {
        "id": "n1", "system": system, "template": c["template"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": iso(c["time"]),
        "signed": iso(c["signed"]) if c["signed"] else None,
        "setting": c["setting"], "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in c["sections"]],
    }
    record = {
        "patient": {"id": c["pid"], "birth_date": c["born"], "protected_identity": False},
        "as_of": as_of_for(c["time"]),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    return {
        "case": c["name"], "ruleset": c["rs"], "record": record,
        "must": [[code, "n1"] for code in c["must"]],
        "must_not": [[code, "n1"] for code in c["must_not"]],
        "why": c["why"],
    }


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for case in cases:
        name = case.get("case")
        where = "case %r" % name
        if list(case.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(case.keys())))
            continue
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name or ""):
            problems.append("%s: bad case name" % where)
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if case["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % where)
        why = case["why"]
        if not why or "\n" in why:
            problems.append("%s: why must be one non-empty line" % where)
        rec = case["record"]
        if list(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, list(rec.keys())))
            continue
        pat = rec["patient"]
        pid, born_s = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: bad personnummer format %s" % (where, pid))
        else:
            if pid[:8] != born_s.replace("-", ""):
                problems.append("%s: personnummer %s does not match birth_date %s" % (where, pid, born_s))
            if not luhn_ok(pid[2:8] + pid[9:]):
                problems.append("%s: personnummer %s fails Luhn" % (where, pid))
        try:
            born = datetime.datetime.strptime(born_s, "%Y-%m-%d").date()
        except ValueError:
            problems.append("%s: bad birth_date" % where)
            continue
        as_of = parse_dt(rec["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: unexpected non-note content" % where)
        note_ids = set()
        if not rec["notes"]:
            problems.append("%s: no notes" % where)
        for note in rec["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, list(note.keys())))
                continue
            note_ids.add(note["id"])
            t = parse_dt(note["time"])
            if t.year != 2024:
                problems.append("%s: note time not in 2024" % where)
            if note["signed"] is not None:
                s = parse_dt(note["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: signed not in 2024 or before time" % where)
                if s > as_of:
                    problems.append("%s: signed after as_of" % where)
            if t > as_of:
                problems.append("%s: note time after as_of" % where)
            if born > t.date():
                problems.append("%s: patient born after the note" % where)
            for day in (t.date(), as_of.date()):
                if 13 <= age_on(born, day) <= 15:
                    problems.append("%s: patient aged 13-15 on %s" % (where, day))
            system = note["system"]
            if case["ruleset"] == "vgr" and system != "Melior":
                problems.append("%s: VGR note must be Melior" % where)
            if case["ruleset"] == "skane" and system not in ("Melior", "PMO"):
                problems.append("%s: Skåne note must be Melior or PMO" % where)
            hsa = note["unit"]["hsa_id"]
            if case["ruleset"] == "skane" and not hsa.startswith("SE2321000255-"):
                problems.append("%s: Skåne unit with foreign HSA-id" % where)
            if case["ruleset"] == "vgr" and not hsa.startswith("SE2321000131-"):
                problems.append("%s: VGR unit with foreign HSA-id" % where)
            if "BUP" in note["unit"]["name"] and case["ruleset"] != "skane":
                problems.append("%s: BUP outside Skåne" % where)
            if not 2 <= len(note["sections"]) <= 6:
                problems.append("%s: %d sections (want 2-6)" % (where, len(note["sections"])))
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    problems.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        key = " ".join(sent.split()).lower()
                        if key in sentences and sentences[key] != name:
                            problems.append("%s: sentence also in %s: %r" % (where, sentences[key], sent))
                        elif key in sentences:
                            problems.append("%s: sentence repeated within case: %r" % (where, sent))
                        sentences[key] = name
            # conventions of the devset README
            codes_here = {c for c, _ in case["must"] + case["must_not"]}
            if system == "PMO":
                if "NL101" in codes_here:
                    problems.append("%s: NL101 asserted on a PMO note" % where)
                if ["NL102", note["id"]] in case["must"]:
                    problems.append("%s: PMO note must not be must NL102" % where)
            protected = (case["ruleset"] == "skane" and note["template"] in SKANE_TEMPLATE_PROTECTED)
            kw_protected = any(sec["keyword"] in VGR_KEYWORD_PROTECTED for sec in note["sections"])
            if case["ruleset"] == "skane" and kw_protected:
                problems.append("%s: Skåne note uses a VGR protection sökord" % where)
            if protected and case["must"]:
                problems.append("%s: must-assertion on a protected Skåne template" % where)
            if case["ruleset"] == "vgr" and note["template"] in SKANE_TEMPLATE_PROTECTED:
                problems.append("%s: VGR protects by sökord, not template" % where)
        pairs_must = [tuple(p) for p in case["must"]]
        pairs_not = [tuple(p) for p in case["must_not"]]
        if not pairs_must and not pairs_not:
            problems.append("%s: asserts nothing" % where)
        if len(set(pairs_must)) != len(pairs_must) or len(set(pairs_not)) != len(pairs_not):
            problems.append("%s: duplicate assertion" % where)
        if set(pairs_must) & set(pairs_not):
            problems.append("%s: same code both must and must_not" % where)
        for code, target in pairs_must + pairs_not:
            if code not in ALLOWED_CODES:
                problems.append("%s: code %s not allowed" % (where, code))
            if target not in note_ids:
                problems.append("%s: target %s does not exist" % (where, target))
    return problems


def stats(cases):
    out = {}
    for code in sorted(ALLOWED_CODES):
        out[code] = (sum(1 for c in cases for p in c["must"] if p[0] == code),
                     sum(1 for c in cases for p in c["must_not"] if p[0] == code))
    return out


def main():
    cases = [build(c) for c in CASES]
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "nl1_heldout31_cases.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    # validate what was written, read back from disk
    with open(path, encoding="utf-8") as fh:
        loaded = [json.loads(line) for line in fh if line.strip()]
    problems = validate(loaded)
    st = stats(loaded)
    n_rs = {rs: sum(1 for c in loaded if c["ruleset"] == rs) for rs in ("skane", "vgr")}
    n_sys = {}
    for c in loaded:
        s = c["record"]["notes"][0]["system"]
        n_sys[s] = n_sys.get(s, 0) + 1
    drafts = sum(1 for c in loaded if c["record"]["notes"][0]["signed"] is None)
    print("wrote %s: %d cases (skane %d, vgr %d; %s; %d unsigned drafts)" % (
        path, len(loaded), n_rs["skane"], n_rs["vgr"],
        ", ".join("%s %d" % kv for kv in sorted(n_sys.items())), drafts))
    for code, (m, n) in sorted(st.items()):
        print("  %s must %d must_not %d" % (code, m, n))
    if problems:
        for p in problems:
            print("PROBLEM: " + p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    print("validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
