#!/usr/bin/env python3
"""Held-out set 2 for NL101 / NL102 (Swedish clinical notes).

Written from the regional routines (seeds/), DESIGN.md, docs/format.md and the devset
README only. No product code, lexicons, cue lists or tests were read.

Run: python3 build.py   -> writes nl1_heldout2_cases.jsonl beside this file,
validates it and exits 1 on any problem. No dependencies, deterministic.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout2_cases.jsonl")

# unit key -> (region, system, name, hsa_id, default template, setting)
UNITS = {
    # Skåne, Melior (hospitals)
    "s_onk": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3104", "Läkaranteckning", "öppenvård"),
    "s_akut": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1187", "Akutanteckning", "akutmottagning"),
    "s_psyk": ("skane", "Melior", "Allmänpsykiatrisk mottagning Lund", "SE2321000255-4420", "Läkaranteckning", "öppenvård"),
    "s_barn": ("skane", "Melior", "Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5531", "Läkaranteckning", "öppenvård"),
    "s_kir": ("skane", "Melior", "Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-6012", "Läkaranteckning", "slutenvård"),
    "s_kk": ("skane", "Melior", "Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-7345", "Läkaranteckning", "öppenvård"),
    "s_geri": ("skane", "Melior", "Geriatriska kliniken, Ystads lasarett", "SE2321000255-2256", "Läkaranteckning", "slutenvård"),
    "s_inf": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8873", "Läkaranteckning", "slutenvård"),
    "s_hud": ("skane", "Melior", "Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-9190", "Läkaranteckning", "öppenvård"),
    "s_onh": ("skane", "Melior", "Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-3377", "Läkaranteckning", "öppenvård"),
    "s_ogon": ("skane", "Melior", "Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4068", "Läkaranteckning", "öppenvård"),
    "s_med": ("skane", "Melior", "Medicinkliniken, Trelleborgs lasarett", "SE2321000255-5802", "Läkaranteckning", "slutenvård"),
    "s_neuro": ("skane", "Melior", "Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6691", "Läkaranteckning", "öppenvård"),
    "s_uro": ("skane", "Melior", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7714", "Läkaranteckning", "öppenvård"),
    # Skåne, PMO (primary care)
    "p_hoor": ("skane", "PMO", "Vårdcentralen Höör", "SE2321000255-1420", "Besöksanteckning", "primärvård"),
    "p_eslov": ("skane", "PMO", "Vårdcentralen Eslöv", "SE2321000255-1563", "Besöksanteckning", "primärvård"),
    "p_bvc": ("skane", "PMO", "BVC Lomma", "SE2321000255-1698", "BVC-besök", "primärvård"),
    "p_um": ("skane", "PMO", "Ungdomsmottagningen Lund", "SE2321000255-1735", "Besöksanteckning", "primärvård"),
    "p_hsv": ("skane", "PMO", "Hemsjukvården Sjöbo", "SE2321000255-1841", "Hemsjukvårdsanteckning", "hemsjukvård"),
    # VGR, Melior
    "v_onk": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-2210", "Läkaranteckning", "öppenvård"),
    "v_akut": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-2345", "Akutanteckning", "akutmottagning"),
    "v_med": ("vgr", "Melior", "Medicinkliniken, NU-sjukvården NÄL", "SE2321000131-2498", "Läkaranteckning", "slutenvård"),
    "v_kir": ("vgr", "Melior", "Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-2533", "Läkaranteckning", "slutenvård"),
    "v_psyk": ("vgr", "Melior", "Psykiatriska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-2671", "Läkaranteckning", "öppenvård"),
    "v_barn": ("vgr", "Melior", "Drottning Silvias barn- och ungdomssjukhus, Östra", "SE2321000131-2702", "Läkaranteckning", "öppenvård"),
    "v_kk": ("vgr", "Melior", "Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-2859", "Läkaranteckning", "öppenvård"),
    "v_geri": ("vgr", "Melior", "Geriatriska kliniken, Mölndals sjukhus", "SE2321000131-2916", "Läkaranteckning", "slutenvård"),
    "v_inf": ("vgr", "Melior", "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-3047", "Läkaranteckning", "slutenvård"),
    "v_hud": ("vgr", "Melior", "Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-3182", "Läkaranteckning", "öppenvård"),
    "v_onh": ("vgr", "Melior", "Öron-näsa-halskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-3229", "Läkaranteckning", "öppenvård"),
    "v_ogon": ("vgr", "Melior", "Ögonmottagningen, Mölndals sjukhus", "SE2321000131-3364", "Läkaranteckning", "öppenvård"),
    "v_neuro": ("vgr", "Melior", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3495", "Läkaranteckning", "öppenvård"),
    "v_kung": ("vgr", "Melior", "Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-3510", "Läkaranteckning", "öppenvård"),
}

AUTHORS = ["Karin Lindqvist", "Ahmed Haddad", "Per Svensson", "Sofia Bergström", "Mikael Holm",
           "Lina Persson", "Erik Johansson", "Maria Nowak", "Jonas Ek", "Fatima Rahimi",
           "Anders Wikström", "Cecilia Lund", "Tomas Berg", "Elin Sandberg"]

TH = "Tidiga hypoteser"


def C(n, u, a, s, w, m=(), mn=(), t=None, d=False, sx="f", role="läkare"):
    return dict(n=n, u=u, a=a, s=s, w=w, m=list(m), mn=list(mn), t=t, d=d, sx=sx, role=role)


# ---------------------------------------------------------------------------
# NL102 must: hedged diagnosis in a visible section of a Melior note
# ---------------------------------------------------------------------------
CASES = [
    C("akut-susp-lungemboli-wells", "s_akut", 58, [
        ("Aktuellt", "Andfådd sedan igår kväll, hugg i hö sida vid djupandning. Flög hem från Thailand i söndags."),
        ("Bedömning", "Susp. lungemboli, Wells 6. DT-angio beställd, Fragmin ges i väntan på svar.")],
        "'Susp. lungemboli' i synlig Bedömning, Skåne Melior.", m=["NL102"]),
    C("akut-trol-njursten", "v_akut", 41, [
        ("Anamnes", "Kolikartad smärta vä flank med utstrålning mot ljumsken sedan kl 04, kräkts två ggr."),
        ("Bedömning", "Trol. njursten vä. Voltaren supp givet, urinsticka blod 2+. DT-urografi om ej bättre.")],
        "'Trol. njursten' (förkortad hedge) i synlig Bedömning, VGR.", m=["NL102"], sx="m"),
    C("barn-misstankt-kawasaki", "s_barn", 4, [
        ("Aktuellt", "Feber sedan sex dygn trots Alvedon, röda ögon utan flytning, spruckna läppar."),
        ("Bedömning", "Misstänkt Kawasakis sjukdom. Ekokardiografi idag, IVIG diskuteras med bakjour.")],
        "Eponym med 'Misstänkt' hos barn <13 i synlig Bedömning.", m=["NL102"]),
    C("psyk-sannolikt-bipolar-ii", "v_psyk", 27, [
        ("Anamnes", "Återkommande depressioner sedan gymnasiet. Beskriver perioder med minskat sömnbehov och köpt dyrt på impuls."),
        ("Bedömning", "Sannolikt bipolär sjukdom typ II. Fortsatt utredning med stämningsdagbok och anhöriganamnes.")],
        "'Sannolikt bipolär sjukdom' i synlig Bedömning, psykiatri VGR.", m=["NL102"]),
    C("neuro-fragetecken-guillain-barre", "s_neuro", 36, [
        ("Status", "Areflexi i benen. Kraft höftflexion 3/5 bilat. Sensibilitet grovt ua."),
        ("Bedömning", "?Guillain-Barré. Stigande svaghet sedan 4 dgr efter magsjuka. LP och neurografi idag.")],
        "Frågetecken före eponym ('?Guillain-Barré') i synlig Bedömning.", m=["NL102"], sx="m"),
    C("med-dd-hjartsvikt-kol", "v_med", 77, [
        ("Aktuellt", "Tilltagande dyspné och ankelsvullnad senaste månaden, sover med tre kuddar."),
        ("Bedömning", "DD hjärtsvikt, KOL-exacerbation. NT-proBNP och ekokardiografi beställda.")],
        "'DD' med två konkurrerande diagnoser i synlig Bedömning.", m=["NL102"], sx="m"),
    C("onh-kolesteatom-kan-ej-uteslutas", "s_onh", 45, [
        ("Status", "Hö trumhinna: retraktionsficka i pars flaccida med detritus."),
        ("Bedömning", "Kolesteatom kan ej uteslutas. DT temporalben, återbesök efter röntgen.")],
        "'kan ej uteslutas' efter diagnosen, ÖNH Skåne.", m=["NL102"]),
    C("ogon-forenligt-med-glaukom", "v_ogon", 66, [
        ("Status", "Tryck 29/31 mmHg. Papillerna excaverade, C/D 0,7 bilat."),
        ("Bedömning", "Fynden är förenliga med glaukom. Synfält och OCT bokas, Xalatan insätts.")],
        "'förenliga med glaukom' i synlig Bedömning, ögon VGR.", m=["NL102"], sx="m"),
    C("hud-klinisk-bild-av-psoriasis", "s_hud", 33, [
        ("Status", "Välavgränsade erytematösa plack med silvervit fjällning på armbågar och i hårbotten, även atypiska lesioner i ljumskarna."),
        ("Bedömning", "Klinisk bild av psoriasis, men atypisk utbredning. Stansbiopsi tagen från ljumsken.")],
        "'Klinisk bild av psoriasis' som hedge i synlig Bedömning.", m=["NL102"], sx="m"),
    C("kk-misstankt-extrauterin", "v_kk", 29, [
        ("Aktuellt", "Mens 7 v sedan, positivt test hemma. Ont nedtill hö sedan igår, lite blödning."),
        ("Bedömning", "Misstänkt extrauterin graviditet, hCG 1800 och ingen intrauterin hinna på vaginalt UL. Nytt hCG om 48 h.")],
        "'Misstänkt extrauterin graviditet', obstetrik VGR.", m=["NL102"], d=True),
    C("kir-trolig-apendicit-typo", "s_kir", 19, [
        ("Status", "Buk: dunkömhet och släppömhet hö fossa, Rovsings tecken pos. Temp 38,1."),
        ("Bedömning", "Trolig apendicit, Alvarado 8. Anmäld för laparoskopi ikväll, fastande från nu.")],
        "'Trolig apendicit' (felstavad diagnos) i synlig Bedömning, kirurgi Skåne.", m=["NL102"], sx="m"),
    C("onk-levermetastas-misstankt", "v_onk", 62, [
        ("Aktuellt", "Uppföljning 2 år efter operation för koloncancer. Ny DT visar 2 cm förändring i segment 7."),
        ("Bedömning", "Leverförändringen misstänkt metastas. PET-DT och diskussion på levermultidisk.")],
        "'misstänkt metastas' efter substantivet, onkologi VGR.", m=["NL102"], sx="m"),
    C("geri-trol-lewy-body", "s_geri", 81, [
        ("Anamnes", "Enl. maken ser hon barn i trädgården på kvällarna. Dagar med god klarhet växlar med förvirring."),
        ("Bedömning", "Trol. Lewy body-demens med fluktuationer och synhallucinationer. Undviker neuroleptika.")],
        "'Trol. Lewy body-demens', geriatrik Skåne.", m=["NL102"]),
    C("inf-sannolkit-neuroborrelios-typo", "v_inf", 52, [
        ("Aktuellt", "Facialispares hö sedan 3 dgr, huvudvärk och nattlig rotsmärta i ryggen. Fästingbett i juni."),
        ("Bedömning", "Sannolkit neuroborrelios. LP idag, doxycyklin startas efter provtagning.")],
        "Felstavad hedge 'Sannolkit' före diagnosen i synlig Bedömning.", m=["NL102"], sx="m"),
    C("med-missankt-gi-blodning-typo", "s_med", 73, [
        ("Aktuellt", "Trött och yr, svart avföring i tre dagar. Står på Eliquis och Ipren för knävärk."),
        ("Bedömning", "Missänkt övre GI-blödning, Hb 84. Gastroskopi imorgon, Eliquis pausas.")],
        "Felstavat 'Missänkt' före diagnos.", m=["NL102"], sx="m"),
    C("kir-divertikulit-fragetecken-efter", "v_kir", 64, [
        ("Status", "Buk: ömmar i vä fossa, ingen peritonit. Temp 38,4."),
        ("Bedömning", "Divertikulit? CRP 112. DT buk med kontrast, Tazocin om abscess.")],
        "Frågetecken efter diagnosen ('Divertikulit?').", m=["NL102"], sx="m"),
    C("psyk-misstanke-om-adhd", "s_psyk", 24, [
        ("Aktuellt", "Har svårt att slutföra studier, tappar fokus på föreläsningar och glömmer deadlines."),
        ("Bedömning", "Misstanke om ADHD, ASRS-skattning positiv. Remiss till neuropsykiatrisk utredning.")],
        "'Misstanke om ADHD' i synlig Bedömning, vuxenpsykiatri Skåne.", m=["NL102"], sx="m", d=True),
    C("neuro-bild-av-parkinson", "v_neuro", 68, [
        ("Status", "Vilotremor vä hand, kugghjulsrigiditet vä arm, nedsatt medrörelse vä vid gång."),
        ("Bedömning", "Pat uppvisar en bild av Parkinsons sjukdom. DaT-scan beställd innan ställningstagande till levodopa.")],
        "'bild av Parkinsons sjukdom' som hedge, neurologi VGR.", m=["NL102"], sx="m"),
    C("barn-susp-celiaki", "s_barn", 8, [
        ("Aktuellt", "Ont i magen och lös avföring i ett halvår, tappat i viktkurvan."),
        ("Bedömning", "Susp. celiaki, transglutaminasantikroppar >10 ggr övre ref. Remiss gastroskopi med biopsier.")],
        "'Susp. celiaki' hos barn (vårdnadshavare läser).", m=["NL102"]),
    C("barn-trolig-invagination", "v_barn", 1, [
        ("Aktuellt", "Attacker av otröstligt skrik med bleka perioder emellan, hallonsylt i blöjan i morse."),
        ("Bedömning", "Trolig invagination. Akut UL buk, barnkirurg tillkallad.")],
        "'Trolig invagination' hos småbarn, VGR.", m=["NL102"], sx="m"),
    C("onk-mojlig-stralpneumonit", "s_onk", 70, [
        ("Aktuellt", "Torrhosta och ansträngningsdyspné sex veckor efter avslutad strålbehandling mot vä lunga."),
        ("Bedömning", "Möjlig strålpneumonit. DT thorax, ställningstagande till kortison efter svar.")],
        "'Möjlig strålpneumonit' i synlig Bedömning.", m=["NL102"], sx="m"),
    C("med-ev-pnemoni-typo", "v_kung", 83, [
        ("Status", "Krepitationer hö basalt. Sat 91 % på rumsluft."),
        ("Bedömning", "Ev. pnemoni hö basalt. Rtg pulm, Doktacillin om infiltrat.")],
        "'Ev. pnemoni' – ev. som hedge om felstavad diagnos.", m=["NL102"]),
    C("uro-misstankt-prostatacancer", "s_uro", 67, [
        ("Status", "PR: hård knöl i vä lob, prostata ca 40 g."),
        ("Bedömning", "PSA 14. Misstänkt prostatacancer, MR prostata och riktade biopsier.")],
        "'Misstänkt prostatacancer' i synlig Bedömning, urologi.", m=["NL102"], sx="m"),
    C("hud-susp-malignt-melanom", "v_hud", 48, [
        ("Status", "Hö skuldra: 9 mm asymmetrisk pigmentförändring med oregelbunden kant och flera färgnyanser."),
        ("Bedömning", "Susp malignt melanom. Diagnostisk excision bokad inom en vecka.")],
        "'Susp' utan punkt före diagnos, hud VGR.", m=["NL102"]),
    C("kk-trol-preeklampsi", "s_kk", 31, [
        ("Aktuellt", "Gravid v. 34+2, huvudvärk och flimmer för ögonen sedan igår."),
        ("Bedömning", "Trol. preeklampsi, BT 155/100 och proteinuri 2+. Inläggning för övervakning, labstatus.")],
        "'Trol. preeklampsi' i synlig Bedömning, obstetrik Skåne.", m=["NL102"]),
    C("onh-nasopharynxcancer-kan-inte-uteslutas", "v_onh", 55, [
        ("Aktuellt", "Lockkänsla vä öra sedan två månader, ingen förkylning."),
        ("Bedömning", "Ensidig serös otit hos vuxen, nasopharynxcancer kan inte uteslutas. Epifaryngoskopi och biopsi.")],
        "'kan inte uteslutas' om cancer, ÖNH VGR.", m=["NL102"], sx="m"),
    C("psyk-kan-rora-sig-om-schizofreni-dd", "v_psyk", 21, [
        ("Aktuellt", "Hör röster som kommenterar hans handlingar sedan tre månader, isolerar sig. Röker cannabis dagligen."),
        ("Bedömning", "Kan röra sig om debuterande schizofreni, DD drogutlöst psykos. Tox-screening, följs tätt.")],
        "'Kan röra sig om' + 'DD' i synlig Bedömning, psykiatri VGR.", m=["NL102"], sx="m"),
    C("inf-malaria-fragetecken", "s_inf", 38, [
        ("Aktuellt", "Feber 39,5 och frossa, hemkommen från Tanzania för 10 dgr sedan, tog ingen profylax."),
        ("Bedömning", "Malaria? Snabbtest och tjock droppe akut. Isolering ej indicerad.")],
        "'Malaria?' som fristående fråga i synlig Bedömning.", m=["NL102"], sx="m"),
    C("med-forenlig-med-addison", "v_med", 44, [
        ("Aktuellt", "Trötthet, viktnedgång och salthunger. Mörk hud trots att det är vinter."),
        ("Bedömning", "Bilden förenlig med Addisons sjukdom, lågt kortisol och hyperkalemi. Synacthentest imorgon.")],
        "'förenlig med Addisons sjukdom' (eponym) som hedge.", m=["NL102"]),
    C("neuro-trolig-bells-pares", "s_neuro", 30, [
        ("Status", "Perifer facialispares hö, kan inte rynka pannan hö. Övrig neurologi ua."),
        ("Bedömning", "Trolig Bells pares hö. Prednisolon 10 dgr, borreliaserologi tas.")],
        "'Trolig Bells pares' i synlig Bedömning.", m=["NL102"]),
    C("geri-misstant-delirium-uvi-typo", "v_geri", 88, [
        ("Aktuellt", "Sedan igår orolig och desorienterad enl. personal på boendet, plockar i luften."),
        ("Bedömning", "Misstänt delirium sekundärt till UVI. Urinodling, ingen sedering.")],
        "Felstavat 'Misstänt delirium', geriatrik VGR.", m=["NL102"]),
    C("ogon-susp-ablatio", "s_ogon", 59, [
        ("Aktuellt", "Ser en gardin komma nedifrån i hö öga sedan i morse, flugor och blixtar igår."),
        ("Bedömning", "Susp. ablatio retinae hö. Akut till retinaoperatör, ligga med huvudet högt.")],
        "Latinsk diagnos 'ablatio retinae' med 'Susp.'.", m=["NL102"], sx="m"),
    C("barn-trol-perthes", "v_barn", 7, [
        ("Aktuellt", "Haltar på vä ben sedan 3 veckor, ont i knät efter fotbollsträning."),
        ("Bedömning", "Trol. Perthes sjukdom vä höft, inskränkt inåtrotation. Rtg bäcken med Lauensteinprojektion.")],
        "'Trol. Perthes sjukdom' hos barn, VGR.", m=["NL102"], sx="m"),
    C("hud-dd-seborroisk-psoriasis-inversa", "s_hud", 50, [
        ("Status", "Rodnad, lätt fjällande hud i ljumskar och under brösten, skarpt avgränsad."),
        ("Bedömning", "DD: seborroisk dermatit, psoriasis inversa. Provar hydrokortison 2 v.")],
        "'DD:' med två hudsjukdomar i synlig Bedömning.", m=["NL102"]),
    C("akut-instabil-angina-kan-ej-uteslutas", "v_akut", 61, [
        ("Aktuellt", "Tryck över bröstet i vila i morse i 20 min, nu besvärsfri. EKG utan ST-förändringar."),
        ("Bedömning", "Instabil angina kan ej uteslutas. TnT-kurva, obs på akutvårdsavdelning.")],
        "'kan ej uteslutas' om kardiell diagnos, akut VGR.", m=["NL102"], sx="m"),
    C("kir-sannol-gallstensanfall", "s_kir", 46, [
        ("Status", "Ömhet under hö arcus, Murphys tecken pos. Ej ikterisk."),
        ("Bedömning", "Sannol. gallstensanfall. UL lever/galla imorgon, Voltaren vb.")],
        "Förkortat 'Sannol.' före diagnos.", m=["NL102"]),
    C("onk-trol-recidiv-brostcancer", "v_onk", 57, [
        ("Aktuellt", "Opererad för bröstcancer hö 2019. Känt en knöl i hö armhåla sedan en månad."),
        ("Bedömning", "Trol. recidiv av bröstcancer i axillen. Finnålspunktion ordinerad, UL-ledd.")],
        "'Trol. recidiv av bröstcancer', onkologi VGR.", m=["NL102"]),
    C("med-misst-hypotyreos", "s_med", 54, [
        ("Aktuellt", "Frusen, trög i magen, gått upp 6 kg sedan i vintras."),
        ("Bedömning", "Misst. hypotyreos, TSH 11. Kontroll fritt T4 och TPO-ak innan Levaxin.")],
        "Förkortning 'Misst.' före diagnos.", m=["NL102"]),
    C("kk-susp-pcos", "v_kk", 23, [
        ("Aktuellt", "Mens var 2–3 månad, akne och ökad behåring på hakan."),
        ("Bedömning", "Susp. PCOS. Hormonstatus dag 3 och vaginalt UL.")],
        "Förkortad diagnos 'PCOS' med 'Susp.'.", m=["NL102"]),
    C("psyk-trol-anorexia-nervosa", "s_psyk", 19, [
        ("Aktuellt", "Mamman har oroat sig för viktnedgång på 9 kg sedan i höstas. Pat tränar 2 ggr/dag."),
        ("Bedömning", "Trol. anorexia nervosa, BMI 15,8 och amenorré. Remiss till ätstörningsenheten.")],
        "Latinsk diagnos med 'Trol.', vuxenpsykiatri Skåne.", m=["NL102"]),
    C("inf-misstankt-akut-hiv", "v_inf", 34, [
        ("Aktuellt", "Feber, halsont och utslag på bålen två veckor efter oskyddat samlag utomlands."),
        ("Bedömning", "Misstänkt primär HIV-infektion. HIV-test efter samtycke, svar inom två dagar.")],
        "'Misstänkt primär HIV-infektion' i synlig Bedömning.", m=["NL102"], sx="m"),
    C("barn-misstankt-epelepsi-typo", "s_barn", 6, [
        ("Aktuellt", "Fröken ser att hon stirrar tomt och blinkar i några sekunder flera gånger om dagen."),
        ("Bedömning", "Misstänkt epelepsi med absenser. Hyperventilationsprov provocerade en episod, EEG bokas.")],
        "Felstavad diagnos 'epelepsi' efter 'Misstänkt'.", m=["NL102"]),
    C("kir-ileus-fragetecken-sannolikt-adherenser", "v_kir", 71, [
        ("Aktuellt", "Kräkningar och uppblåst buk sedan igår, ingen gas avgått. Laparotomerad 2008."),
        ("Bedömning", "Ileus?, sannolikt adherensileus. Ventrikelsond, DT buk.")],
        "'Ileus?' och 'sannolikt adherensileus' i synlig Bedömning.", m=["NL102"], sx="m"),
    C("neuro-susp-myastenia-gravis", "v_neuro", 42, [
        ("Aktuellt", "Hängande ögonlock som blir värre under dagen, ser dubbelt på kvällen."),
        ("Bedömning", "Susp. myastenia gravis. AChR-antikroppar och neurografi med repetitiv stimulering.")],
        "'Susp. myastenia gravis' (halvsvensk stavning av myasthenia) i synlig Bedömning.", m=["NL102"]),
    C("onh-trol-vestibularisneurit-utkast", "s_onh", 39, [
        ("Status", "Horisontell nystagmus åt vä, Head impulse test pos hö."),
        ("Bedömning", "Trol. vestibularisneurit hö. Ingen betahistin, vestibulär träning.")],
        "Osignerat utkast med 'Trol.' + diagnos (pre-signing).", m=["NL102"], d=True, sx="m"),
    C("med-formaksflimmer-fragetecken-utkast", "v_kung", 69, [
        ("Aktuellt", "Hjärtklappning i anfall sedan en månad, varar ett par timmar."),
        ("Bedömning", "Paroxysmalt förmaksflimmer? EKG idag sinusrytm. Holter 72 h beställs.")],
        "Utkast: 'förmaksflimmer?' i synlig Bedömning, VGR.", m=["NL102"], d=True),

    # -----------------------------------------------------------------------
    # NL102 must_not: PMO (diagnoses never shown)
    # -----------------------------------------------------------------------
    C("pmo-trol-streptokocktonsillit", "p_hoor", 22, [
        ("Kontaktorsak", "Halsont och feber sedan 2 dygn."),
        ("Bedömning", "Trol. streptokocktonsillit, Centor 4. PcV i 10 dagar.")],
        "PMO visar aldrig diagnoser: hedgad diagnos ger inte NL102.", mn=["NL102"]),
    C("pmo-misstankt-depression", "p_eslov", 35, [
        ("Kontaktorsak", "Nedstämd och sover dåligt sedan separationen i våras."),
        ("Bedömning", "Misstänkt depression, PHQ-9 17. Samtalskontakt hos kurator, uppföljning om 2 v.")],
        "PMO vårdcentral, 'Misstänkt depression' – ej NL102.", mn=["NL102"], sx="m"),
    C("pmo-bvc-hoftledsluxation-fragetecken", "p_bvc", 0, [
        ("Aktuellt", "4-månaderskontroll. Asymmetriska lårveck, klick vid Ortolanis test vä."),
        ("Bedömning", "Höftledsluxation? Remiss till barnortoped.")],
        "PMO BVC: '?' om höftledsluxation – PMO ej NL102.", mn=["NL102"], role="sjuksköterska"),
    C("pmo-um-susp-klamydia", "p_um", 17, [
        ("Kontaktorsak", "Sveda vid miktion sedan en vecka, ny partner."),
        ("Bedömning", "Susp. klamydia. Urinprov för PCR, svar via 1177.")],
        "PMO ungdomsmottagning, 17-åring: 'Susp. klamydia' ej NL102.", mn=["NL102"], sx="m", role="barnmorska"),
    C("pmo-hemsjukvard-trol-trycksar", "p_hsv", 88, [
        ("Aktuellt", "Rodnad som inte bleknar vid tryck över sacrum, liten blåsa."),
        ("Bedömning", "Trol. trycksår kategori 2. Avlastande madrass beställd.")],
        "PMO hemsjukvård: 'Trol. trycksår' ej NL102.", mn=["NL102"], role="sjuksköterska"),
    C("pmo-dd-migran-spanningshuvudvark", "p_hoor", 28, [
        ("Kontaktorsak", "Huvudvärk några dagar i veckan, ibland med illamående."),
        ("Bedömning", "DD migrän, spänningshuvudvärk. Huvudvärksdagbok i 6 veckor.")],
        "PMO: 'DD' om huvudvärksdiagnoser ej NL102.", mn=["NL102"]),
    C("pmo-sannolikt-kol", "p_eslov", 63, [
        ("Kontaktorsak", "Hosta med slem på morgnarna i flera år, blir andfådd i backar."),
        ("Bedömning", "Sannolikt KOL, rökt ca 40 paketår. Spirometri med reversibilitet bokas.")],
        "PMO: 'Sannolikt KOL' ej NL102.", mn=["NL102"], sx="m"),
    C("pmo-bvc-ev-sprakstorning", "p_bvc", 3, [
        ("Aktuellt", "3-årsbesök. Säger ca 20 ord, förstår enkla uppmaningar."),
        ("Bedömning", "Ev. språkstörning. Remiss logoped, hörselkontroll.")],
        "PMO BVC: 'Ev. språkstörning' hos barn ej NL102.", mn=["NL102"], sx="m", role="sjuksköterska"),
    C("pmo-misstenkt-gikt-typo-utkast", "p_hoor", 57, [
        ("Kontaktorsak", "Svullen, röd och väldigt öm stortå hö sedan natten."),
        ("Bedömning", "Misstenkt gikt i MTP I hö. Urat tas, Naproxen 5 dgr.")],
        "PMO utkast med felstavat 'Misstenkt' – PMO ej NL102.", mn=["NL102"], d=True, sx="m"),

    # -----------------------------------------------------------------------
    # NL102 must_not: hedged diagnosis correctly in Tidiga hypoteser
    # -----------------------------------------------------------------------
    C("th-skane-mall-pankreascancer", "s_onk", 66, [
        ("Bedömning", "Misstänkt pankreascancer enl. DT, ej kommunicerat med pat. Inväntar MDK på torsdag.")],
        "Skåne: hypotes i mallen Tidiga hypoteser (dold) – ej NL102.", mn=["NL102"], t=TH, sx="m"),
    C("th-skane-mall-personlighetsstorning", "s_psyk", 26, [
        ("Anteckning", "Trol. emotionellt instabil personlighetsstörning. Behöver observeras över tid innan det tas upp med pat.")],
        "Skåne psykiatri: 'Trol.' i mallen Tidiga hypoteser – ej NL102.", mn=["NL102"], t=TH),
    C("th-skane-mall-als", "s_neuro", 60, [
        ("Bedömning", "ALS kan inte uteslutas, EMG med denervation i två regioner. Pat får besked när utredningen är komplett.")],
        "Skåne: 'kan inte uteslutas' i mallen Tidiga hypoteser – dold, ej NL102.", mn=["NL102"], t=TH, sx="m"),
    C("th-skane-mall-duchenne-barn", "s_barn", 5, [
        ("Bedömning", "Susp. Duchennes muskeldystrofi, CK 12 000 och Gowers tecken. Genetisk analys innan föräldrarna informeras.")],
        "Skåne barn <13: hypotes i mallen Tidiga hypoteser – ej NL102.", mn=["NL102"], t=TH, sx="m"),
    C("th-vgr-sokord-lungcancer", "v_onk", 71, [
        ("Anamnes", "Rökare, hosta i tre månader och 7 kg viktnedgång. Ont i ryggen nattetid."),
        (TH, "Misstänkt lungcancer med skelettmetastaser utifrån lungröntgen och smärtbild."),
        ("Planering", "DT thorax/buk och skelettscintigrafi, återbesök om en vecka.")],
        "VGR: hypotesen enbart under sökordet Tidiga hypoteser, synliga sökord utan diagnos.", mn=["NL102"], sx="m"),
    C("th-vgr-sokord-schizotyp", "v_psyk", 30, [
        ("Aktuellt", "Kommer på uppföljning, mår stabilt, sköter arbetet."),
        (TH, "Trol. schizotyp personlighetsstörning, excentriskt beteende och magiskt tänkande."),
        ("Bedömning", "Fortsatt samtalskontakt var tredje vecka.")],
        "VGR psykiatri: 'Trol.' endast under Tidiga hypoteser – ej NL102.", mn=["NL102"], sx="m", d=True),
    C("th-vgr-sokord-turner-barn", "v_barn", 9, [
        ("Aktuellt", "Kortväxt, längd -2,8 SD, pubertetstecken saknas."),
        (TH, "?Turners syndrom. Tas upp med familjen när kromosomsvaret finns."),
        ("Planering", "Kromosomanalys och hormonstatus tas idag.")],
        "VGR barn <13: '?Turners syndrom' under Tidiga hypoteser – ej NL102.", mn=["NL102"]),
    C("th-vgr-sokord-molagraviditet", "v_kk", 33, [
        ("Aktuellt", "Gravid v. 10, blödning och mycket illamående."),
        (TH, "Susp. molagraviditet, hCG > 200 000 och snöstormsbild på UL."),
        ("Planering", "Ny UL på torsdag, kontaktnummer lämnat.")],
        "VGR kvinnoklinik: hypotes under Tidiga hypoteser – ej NL102.", mn=["NL102"]),

    # -----------------------------------------------------------------------
    # NL102 must_not: negated diagnoses
    # -----------------------------------------------------------------------
    C("neg-ingen-misstanke-om-lungemboli", "s_akut", 37, [
        ("Aktuellt", "Stickande smärta vä bröstkorg vid rörelse sedan flytt av möbler igår."),
        ("Bedömning", "Ingen misstanke om lungemboli, Wells 0 och D-dimer neg. Hem med Alvedon.")],
        "'Ingen misstanke om' negerar diagnosen – ej NL102.", mn=["NL102"]),
    C("neg-aortadissektion-uteslutes", "v_akut", 66, [
        ("Aktuellt", "Rivande smärta mellan skulderbladen, BT 180/100."),
        ("Bedömning", "Aortadissektion uteslutes med DT-angio. Blodtryckssänkning och hem.")],
        "'uteslutes' efter diagnosen – negation, ej NL102.", mn=["NL102"], sx="m"),
    C("neg-inga-hallpunker-for-ms-typo", "s_neuro", 29, [
        ("Aktuellt", "Stickningar i händerna efter intensiv datoranvändning."),
        ("Bedömning", "Inga hållpunker för MS, MR hjärna och halsrygg ua. Avslutas på mottagningen.")],
        "Felstavat 'Inga hållpunker för MS' – fortfarande negation, ej NL102.", mn=["NL102"]),
    C("neg-inga-tecken-pa-hjartsvikt", "v_kung", 72, [
        ("Aktuellt", "Svullna fötter på kvällarna i värmen."),
        ("Bedömning", "Inga tecken på hjärtsvikt, NT-proBNP normalt. Stödstrumpor.")],
        "'Inga tecken på hjärtsvikt' – negation, ej NL102.", mn=["NL102"]),
    C("neg-malaria-kan-uteslutas", "s_inf", 44, [
        ("Aktuellt", "Feber efter resa till Ghana, nu feberfri sedan igår."),
        ("Bedömning", "Malaria kan uteslutas efter tre negativa tjocka droppar. Hem.")],
        "'kan uteslutas' (utan ej) är negation – ej NL102.", mn=["NL102"], sx="m"),
    C("neg-misstanke-om-glaukom-avskrivs", "v_ogon", 58, [
        ("Status", "Tryck 17/18 mmHg. Synfält normalt bilat."),
        ("Bedömning", "Misstanken om glaukom avskrivs. Åter till optiker för kontroll om två år.")],
        "Misstanke som avskrivs i samma mening – ej NL102.", mn=["NL102"]),
    C("neg-ingen-missanke-om-meningit-typo", "s_barn", 3, [
        ("Status", "Pigg, leker på britsen. Nackmjuk, inga petekier."),
        ("Bedömning", "Ingen missanke om meningit. Hem med febernedsättande och råd.")],
        "Felstavat 'Ingen missanke om' är fortfarande negation – ej NL102.", mn=["NL102"], sx="m"),
    C("neg-ej-forenligt-med-appendicit", "v_kir", 24, [
        ("Status", "Mjuk buk, lätt diffust öm. Afebril."),
        ("Bedömning", "Ej förenligt med appendicit, CRP 4 och vita 6,1. Hem, åter vid försämring.")],
        "'Ej förenligt med appendicit' – negerat, ej NL102.", mn=["NL102"], d=True),

    # -----------------------------------------------------------------------
    # NL102 must_not: family history
    # -----------------------------------------------------------------------
    C("fam-hereditet-mor-trol-alzheimer", "s_med", 61, [
        ("Hereditet", "Mor trol. Alzheimer, insjuknade runt 70."),
        ("Aktuellt", "Årskontroll av blodtrycket, inga besvär."),
        ("Bedömning", "Välreglerad hypertoni, oförändrad medicinering.")],
        "Hedgad diagnos gäller modern under Hereditet – ej NL102.", mn=["NL102"], sx="m"),
    C("fam-hereditet-far-misstankt-infarkt", "v_med", 47, [
        ("Hereditet", "Far misstänkt hjärtinfarkt vid 52, dog i sömnen."),
        ("Bedömning", "Lipidstatus och arbetsprov för att värdera egen risk.")],
        "Hereditet om faderns misstänkta infarkt – ej NL102.", mn=["NL102"], sx="m", d=True),
    C("fam-syskon-utreds-autism", "s_barn", 5, [
        ("Anamnes", "Storebror utreds för misstänkt autism. Pat själv pratar i meningar och leker med andra."),
        ("Bedömning", "Normal utveckling för åldern.")],
        "Syskonets misstänkta diagnos i Anamnes, barnet självt friskt – ej NL102.", mn=["NL102"]),
    C("fam-moster-mormor-trol-aggstockscancer", "v_onk", 39, [
        ("Anamnes", "Moster och mormor hade trol. äggstockscancer. Pat själv frisk, vill veta om hon bär anlag."),
        ("Planering", "Remiss till cancergenetisk mottagning.")],
        "Släktingars hedgade cancer i löptext – ej NL102.", mn=["NL102"]),
    C("fam-hereditet-farbror-sannolikt-bipolar", "v_psyk", 25, [
        ("Hereditet", "Farbror sannolikt bipolär, aldrig utredd."),
        ("Bedömning", "Recidiverande depression, måttlig episod. Sertralin höjs till 100 mg.")],
        "'sannolikt bipolär' om farbror under Hereditet – ej NL102.", mn=["NL102"]),

    # -----------------------------------------------------------------------
    # NL102 must_not: past history
    # -----------------------------------------------------------------------
    C("past-2016-misstankt-celiaki-normal-biopsi", "s_med", 34, [
        ("Anamnes", "2016 utreddes pat för misstänkt celiaki, biopsierna var normala."),
        ("Bedömning", "IBS enl. Rom IV, lågFODMAP-kost via dietist.")],
        "Tidigare misstanke som avskrevs 2016 – ej aktuell hypotes, ej NL102.", mn=["NL102"]),
    C("past-stp-misstankt-tia-utan-fynd", "v_neuro", 70, [
        ("Anamnes", "St.p. misstänkt TIA 2019, utredd utan fynd. Nu yrsel vid uppresning."),
        ("Bedömning", "Ortostatisk hypotension, Ortostatiskt prov pos. Minskar Enalapril.")],
        "'St.p. misstänkt TIA' som utretts utan fynd – tidigare, ej NL102.", mn=["NL102"], sx="m"),
    C("past-tidigare-misstankt-astma-avskrevs", "s_akut", 42, [
        ("Anamnes", "Tidigare utredd för misstänkt astma 2010, avskrevs efter normal metakolintest."),
        ("Bedömning", "Distorsion hö fotled, ej fraktur enl. Ottawa. Linda och högläge.")],
        "Tidigare avskriven astma-misstanke i Anamnes – ej NL102.", mn=["NL102"]),
    C("past-inneliggande-2021-pneumoni-avskrevs", "v_kung", 80, [
        ("Anamnes", "Inneliggande 2021 pga misstänkt pneumoni som sedan avskrevs, då var det en hjärtsvikt."),
        ("Bedömning", "Stabil hjärtsvikt NYHA II, fortsätter Entresto.")],
        "Avskriven misstanke från 2021 – ej NL102.", mn=["NL102"], sx="m"),

    # -----------------------------------------------------------------------
    # NL102 must_not: pseudo-hedges (not about a diagnosis)
    # -----------------------------------------------------------------------
    C("pseudo-ev-aterbesok", "s_med", 65, [
        ("Bedömning", "Välinställd diabetes typ 2, HbA1c 49."),
        ("Planering", "Ev. återbesök om 6 mån, annars diabetessköterska.")],
        "'Ev. återbesök' gäller planen, inte en diagnos – ej NL102.", mn=["NL102"], sx="m"),
    C("pseudo-trol-hem-imorgon", "v_kir", 59, [
        ("Aktuellt", "Dag 3 efter hö-sidig hemikolektomi, äter och har haft gasavgång."),
        ("Planering", "Trol. hem imorgon, agrafferna tas på vårdcentralen dag 10.")],
        "'Trol. hem imorgon' är en planeringshedge – ej NL102.", mn=["NL102"], d=True),
    C("pseudo-misstanker-att-pat-inte-tar-medicin", "s_psyk", 45, [
        ("Aktuellt", "Litiumkoncentration 0,3, tidigare stabilt 0,7."),
        ("Bedömning", "Misstänker att pat inte tar sin medicin regelbundet. Dosett och påminnelse i mobilen.")],
        "'Misstänker att pat inte tar sin medicin' – följsamhet, ingen diagnos.", mn=["NL102"], sx="m"),
    C("pseudo-sannolikt-korttidsboende", "v_geri", 86, [
        ("Aktuellt", "Höftfraktur opererad, går med rollator med stöd av en person."),
        ("Planering", "Sannolikt blir det korttidsboende efter utskrivning, biståndshandläggare kontaktad.")],
        "'Sannolikt' om boendeplan – ej NL102.", mn=["NL102"]),
    C("pseudo-ev-dosreduktion", "s_onk", 53, [
        ("Aktuellt", "Cykel 4 kapecitabin. Rodnad och ömhet i handflatorna."),
        ("Planering", "Ev. dosreduktion vid nästa cykel, mjukgörande kräm dagligen.")],
        "'Ev. dosreduktion' handlar om behandling – ej NL102.", mn=["NL102"]),
    C("pseudo-troligen-ingen-uppfoljning", "v_barn", 7, [
        ("Bedömning", "Okomplicerad förkylning. Troligen behövs ingen uppföljning, föräldrarna hör av sig vid behov.")],
        "'Troligen behövs ingen uppföljning' – ingen hedgad diagnos.", mn=["NL102"]),
    C("pseudo-mojligen-op-andra-ogat", "s_ogon", 76, [
        ("Bedömning", "Katarakt bilat, hö öga opereras först."),
        ("Planering", "Möjligen opereras vä öga vid samma tillfälle om tid finns.")],
        "'Möjligen' om operationsplan – ej NL102.", mn=["NL102"], sx="m"),

    # -----------------------------------------------------------------------
    # NL102 must_not: confirmed diagnoses
    # -----------------------------------------------------------------------
    C("bekraftad-basalcellscancer-pad", "s_hud", 74, [
        ("Bedömning", "PAD: basalcellscancer, radikalt exciderad. Ingen ytterligare åtgärd.")],
        "Bekräftad diagnos utan hedge – ej NL102.", mn=["NL102"], sx="m"),
    C("bekraftad-colles-fraktur", "s_akut", 68, [
        ("Bedömning", "Rtg visar distal radiusfraktur vä, Colles-typ med dorsal felställning. Reposition och gips.")],
        "Röntgenverifierad fraktur med eponym – ej NL102.", mn=["NL102"]),
    C("bekraftad-covid-pcr", "v_inf", 76, [
        ("Bedömning", "Covid-19 bekräftad med PCR. Syrgas 2 l, Fragmin profylax.")],
        "PCR-bekräftad infektion – ej NL102.", mn=["NL102"], sx="m"),
]

# ---------------------------------------------------------------------------
# NL101 must: settled diagnosis visible while the patient is not yet told
# ---------------------------------------------------------------------------
CASES += [
    C("nl101-smacellig-lungcancer-besked-fredag", "s_onk", 64, [
        ("Bedömning", "PAD från bronkoskopin visar småcellig lungcancer. Pat ännu ej informerad, besked vid återbesök på fredag.")],
        "Fastställd cancer synlig och pat ännu ej informerad.", m=["NL101"], sx="m"),
    C("nl101-als-pat-ovetande", "v_neuro", 58, [
        ("Bedömning", "EMG med utbredd denervation, diagnosen ALS är fastställd. Besked ges av ansvarig neurolog nästa vecka, pat ovetande idag.")],
        "'pat ovetande' om fastställd ALS i synlig Bedömning.", m=["NL101"], sx="m"),
    C("nl101-alzheimer-dottern-vill-narvara", "s_geri", 78, [
        ("Bedömning", "Alzheimers sjukdom, MR och likvormarkörer typiska. Pat ej informerad om diagnosen, dottern vill närvara vid beskedet.")],
        "Demensdiagnos synlig, pat ej informerad ännu.", m=["NL101"]),
    C("nl101-hiv-ej-fatt-besked", "v_inf", 31, [
        ("Aktuellt", "Konfirmerande HIV-test positivt, virusmängd 85 000."),
        ("Planering", "Pat har inte fått besked än, kallas till mottagningen imorgon med kurator.")],
        "HIV-diagnos synlig, 'inte fått besked' i annan synlig sektion.", m=["NL101"], sx="m"),
    C("nl101-koloncancer-mdk-planering", "s_kir", 69, [
        ("Bedömning", "DT: koloncancer i sigmoideum med två levermetastaser."),
        ("Planering", "Pat ej informerad, besked ges av kolorektalkirurg efter MDK.")],
        "Diagnos i Bedömning, 'ej informerad' i Planering – samma synliga anteckning.", m=["NL101"], sx="m"),
    C("nl101-melanom-ej-meddelat", "v_hud", 44, [
        ("Bedömning", "PAD: malignt melanom, Breslow 2,1 mm. Ej meddelat pat ännu, ringer henne när kirurgen bokat utvidgad excision.")],
        "'Ej meddelat pat' om fastställt melanom.", m=["NL101"], d=True),
    C("nl101-retinitis-pigmentosa-overlakare", "s_ogon", 27, [
        ("Bedömning", "Retinitis pigmentosa bekräftad med ERG. Pat ej informerad, ska få beskedet av överläkaren med syncentralen närvarande.")],
        "Ögondiagnos på latin synlig, pat ej informerad.", m=["NL101"], sx="m"),
    C("nl101-stambandscancer-ej-underrattad", "v_onh", 63, [
        ("Bedömning", "Biopsi från vä stämband: skivepitelcancer. Pat ännu inte underrättad.")],
        "'ännu inte underrättad' om cancer, ÖNH VGR.", m=["NL101"], sx="m"),
    C("nl101-aml-besked-ej-lamnat", "s_med", 56, [
        ("Bedömning", "Benmärgsprov visar akut myeloisk leukemi. Besked till pat ej lämnat, hematolog kommer i eftermiddag.")],
        "'Besked ej lämnat' om AML.", m=["NL101"]),
    C("nl101-iga-nefropati-inte-informerad", "v_med", 36, [
        ("Bedömning", "Njurbiopsi: IgA-nefropati med uttalad fibros. Pat är inte informerad om biopsisvaret.")],
        "Njurdiagnos synlig, pat 'inte informerad om biopsisvaret'.", m=["NL101"], sx="m"),
    C("nl101-missed-abortion-ej-informerad", "s_kk", 34, [
        ("Bedömning", "UL: missed abortion, fosterlängd motsvarande v. 9 utan hjärtaktivitet. Pat ej informerad, kollega gör ny UL innan besked.")],
        "Obstetrisk diagnos synlig innan pat fått besked.", m=["NL101"]),
    C("nl101-schizofreni-ej-delgiven", "v_psyk", 23, [
        ("Bedömning", "Uppfyller kriterierna för schizofreni. Diagnosen ej delgiven pat, tas upp när han är mer stabil.")],
        "'Diagnosen ej delgiven pat' i synlig psykiatrisk Bedömning.", m=["NL101"], sx="m"),
    C("nl101-typ1-diabetes-17ar", "s_barn", 17, [
        ("Bedömning", "Typ 1-diabetes, C-peptid lågt och GAD-ak pos. Pat ännu ej informerad, besked tillsammans med diabetessköterska imorgon.")],
        "17-åring läser själv: diabetes synlig, pat ej informerad.", m=["NL101"]),
    C("nl101-hjarnmetastaser-ej-informerad", "v_onk", 51, [
        ("Aktuellt", "MR hjärna efter huvudvärk: fem nya hjärnmetastaser."),
        ("Bedömning", "Progress av känd bröstcancer. Pat ej informerad ännu, samtal med kontaktsjuksköterska bokas.")],
        "Nya metastaser synliga, pat ej informerad.", m=["NL101"]),
    C("nl101-prostatacancer-ej-fatt-besked", "s_uro", 71, [
        ("Bedömning", "Biopsi: prostatacancer Gleason 4+4 i sex av tolv biopsier. Pat har ej fått besked.")],
        "'Pat har ej fått besked' om prostatacancer.", m=["NL101"], sx="m"),
    C("nl101-cervixcancer-konisering", "v_kk", 38, [
        ("Bedömning", "PAD från konisering: cervixcancer stadium IB1. Pat ännu ej informerad, ringer för att boka tid för besked.")],
        "Gynekologisk cancer synlig, pat ej informerad.", m=["NL101"]),
    C("nl101-ms-mcdonald", "s_neuro", 28, [
        ("Bedömning", "Multipel skleros, McDonald-kriterierna uppfyllda. Pat ej informerad ännu, besked vid läkarbesök 3/6.")],
        "MS fastställd, besked planerat senare – ej informerad nu.", m=["NL101"]),
    C("nl101-vaskular-demens-make-informerad", "v_geri", 84, [
        ("Bedömning", "Vaskulär demens, måttlig grad. Maken informerad, pat själv ännu ej informerad om demensdiagnosen.")],
        "Anhörig informerad men inte patienten – NL101.", m=["NL101"]),
    C("nl101-lungtuberkulos-tolk", "s_inf", 29, [
        ("Bedömning", "Aktiv lungtuberkulos, odling och PCR positiva. Pat ej informerad än, tolk på tigrinja bokad till imorgon.")],
        "Smittsam diagnos synlig, pat ej informerad pga tolkbehov.", m=["NL101"], sx="m"),
    C("nl101-ventrikelcancer-planering", "v_kung", 75, [
        ("Bedömning", "PAD från gastroskopin: adenocarcinom i ventrikeln."),
        ("Planering", "Besked till pat vid återbesök 2/9, hon är ännu ej informerad.")],
        "Cancer i Bedömning, 'ännu ej informerad' i Planering.", m=["NL101"]),
    C("nl101-mycosis-fungoides-typo-utkast", "s_hud", 60, [
        ("Bedömning", "Mycosis fungoides bekräftad vid PAD. Patienten ännu ej informerd, mottagningsbesök bokas.")],
        "Utkast med felstavat 'informerd' – NL101 ska ändå slå.", m=["NL101"], d=True, sx="m"),
    C("nl101-pankreascancer-anhoriga-onskar-narvara", "v_kir", 67, [
        ("Bedömning", "Pankreascancer i caput med kärlinväxt, ej resektabel. Pat ej informerad, anhöriga önskar närvara vid beskedet.")],
        "Fastställd pankreascancer synlig, pat ej informerad.", m=["NL101"], sx="m"),
    C("nl101-autism-aterkoppling-ej-gjord", "s_psyk", 22, [
        ("Bedömning", "Autismspektrumtillstånd fastställt efter neuropsykiatrisk utredning. Återkoppling till pat ej gjord ännu, sker 20/6.")],
        "NP-diagnos synlig innan återkoppling till patienten.", m=["NL101"]),
    C("nl101-crohn-16ar-ej-informerade", "v_barn", 16, [
        ("Bedömning", "Crohns sjukdom i terminala ileum, bekräftad med koloskopi och PAD. Pat och föräldrar ej informerade ännu.")],
        "16-åring läser själv, Crohn synlig, ej informerad.", m=["NL101"], sx="m"),
    C("nl101-skelettmetastaser-onkolog", "s_onk", 73, [
        ("Bedömning", "Skelettscintigrafi: multipla skelettmetastaser i bäcken och ryggrad. Pat ej informerad, ansvarig onkolog tar beskedet.")],
        "Metastaser synliga, besked ej givet.", m=["NL101"], sx="m"),
    C("nl101-huntington-genetiskt", "v_neuro", 40, [
        ("Bedömning", "Huntingtons sjukdom bekräftad genetiskt, 44 CAG-repetitioner. Pat har ännu inte fått svaret.")],
        "Genetisk diagnos synlig, 'inte fått svaret'.", m=["NL101"]),
    C("nl101-levercirros-paverkad", "s_med", 59, [
        ("Bedömning", "Levercirros Child-Pugh B enl. UL och lab. Ej informerat pat då han var påverkad, tas vid ronden imorgon.")],
        "'Ej informerat pat' om cirros pga påverkan.", m=["NL101"], sx="m", d=True),
    C("nl101-hepatit-c-ej-kommunicerat", "v_inf", 45, [
        ("Bedömning", "Kronisk hepatit C, HCV-RNA positivt, genotyp 3. Ej kommunicerat med pat.")],
        "'Ej kommunicerat med pat' om hepatit C.", m=["NL101"], sx="m"),

    # -----------------------------------------------------------------------
    # NL101 must_not: patient already informed
    # -----------------------------------------------------------------------
    C("nl101n-adenocarcinom-informerad-make", "s_onk", 66, [
        ("Bedömning", "PAD: adenocarcinom i hö överlob. Pat informerad idag med maken närvarande, tog beskedet sansat.")],
        "Patienten redan informerad – ej NL101.", mn=["NL101"]),
    C("nl101n-als-diagnosbesked-givet", "v_neuro", 62, [
        ("Bedömning", "ALS. Diagnosbesked givet till pat och hustru idag, kontaktsjuksköterska utsedd.")],
        "'Diagnosbesked givet' – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-alzheimer-informerat-dottern-med", "s_geri", 80, [
        ("Bedömning", "Alzheimers sjukdom av lindrig grad. Har informerat pat om diagnosen, dottern var med.")],
        "Pat informerad om demensdiagnosen – ej NL101.", mn=["NL101"]),
    C("nl101n-hiv-fick-beskedet", "v_inf", 29, [
        ("Bedömning", "HIV-infektion, CD4 420. Pat fick beskedet idag och har informerats om förhållningsregler enl. smittskyddslagen.")],
        "HIV-besked lämnat – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-rektalcancer-informerad-kontaktssk", "s_kir", 70, [
        ("Bedömning", "Rektalcancer 8 cm från anus. Pat är informerad och har fått kontaktsjuksköterska.")],
        "'Pat är informerad' – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-melanom-underrattad-telefon", "v_hud", 52, [
        ("Bedömning", "PAD visar malignt melanom, pT1b. Pat underrättad per telefon idag, utvidgad excision bokas.")],
        "'Pat underrättad per telefon' – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-bipolar-diskuterats-med-pat", "s_psyk", 32, [
        ("Bedömning", "Bipolär sjukdom typ I. Diagnosen har diskuterats med pat som känner igen sig i beskrivningen.")],
        "Diagnosen diskuterad med patienten – ej NL101.", mn=["NL101"]),
    C("nl101n-aortastenos-tidigare-ovetande-nu-informerad", "v_med", 78, [
        ("Bedömning", "Grav aortastenos. Pat var ovetande om sin klaffsjukdom fram till idag, nu informerad av mig.")],
        "'ovetande … fram till idag, nu informerad' – redan informerad, ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-infomerad-typo", "s_neuro", 35, [
        ("Bedömning", "Epilepsi med fokala anfall, EEG och MR stödjer. Pat infomerad om diagnosen och körförbudet.")],
        "Felstavat 'infomerad' – pat är informerad, ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-celiaki-diagnosbesked-lamnat", "v_barn", 19, [
        ("Bedömning", "Celiaki bekräftad med duodenalbiopsi. Diagnosbesked lämnat, pat och mamma fick skriftlig kostinformation.")],
        "Diagnosbesked lämnat till pat – ej NL101.", mn=["NL101"]),

    # -----------------------------------------------------------------------
    # NL101 must_not: relatives (not the patient) uninformed
    # -----------------------------------------------------------------------
    C("nl101n-brostcancer-barnen-ej-informerade", "s_onk", 47, [
        ("Bedömning", "Bröstcancer vä, pat informerad. Hon vill själv berätta för barnen, som ännu ej är informerade.")],
        "Barnen ej informerade, patienten är det – ej NL101.", mn=["NL101"]),
    C("nl101n-parkinson-hustrun-vet-inte", "v_neuro", 64, [
        ("Bedömning", "Parkinsons sjukdom. Pat vet om diagnosen men har inte berättat för hustrun ännu.")],
        "Hustrun ovetande, inte patienten – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-syfilis-partner-ej-informerad", "s_hud", 33, [
        ("Bedömning", "Sekundär syfilis, serologi pos. Pat informerad. Partnern ej informerad än, smittspårning påbörjad.")],
        "Partnern ej informerad – smittspårning, ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-depression-familjen-ej-informeras", "v_psyk", 41, [
        ("Bedömning", "Pat informerad om diagnosen egentlig depression. Önskar att familjen inte informeras i nuläget.")],
        "Familjen ska inte informeras, patienten är informerad – ej NL101.", mn=["NL101"]),
    C("nl101n-epilepsi-arbetsgivaren", "s_neuro", 26, [
        ("Bedömning", "Juvenil myoklon epilepsi. Diagnosen meddelad pat idag, arbetsgivaren ej informerad då pat vill vänta.")],
        "Arbetsgivaren ej informerad, pat själv informerad – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-koloncancer-sonen-i-australien", "v_kir", 79, [
        ("Bedömning", "Koloncancer i ascendens. Pat underrättad igår. Sonen i Australien har ännu inte fått veta.")],
        "Sonen ovetande, patienten informerad – ej NL101.", mn=["NL101"]),
    C("nl101n-cervixcancer-maken-ej-informerad", "s_kk", 42, [
        ("Bedömning", "Cervixcancer stadium IIA, pat informerad och har fått tid på onkologen. Maken ej informerad enl. pats önskan.")],
        "Maken ej informerad på patientens begäran – ej NL101.", mn=["NL101"]),

    # -----------------------------------------------------------------------
    # NL101 must_not: what is not told is a date or a plan
    # -----------------------------------------------------------------------
    C("nl101n-ljumskbrack-op-datum", "s_kir", 55, [
        ("Bedömning", "Ljumskbråck hö, op-anmäld för TEP. Pat ej informerad om op-datum ännu, kallelse skickas.")],
        "Det pat inte vet är op-datum – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-brostcancer-behandlingsstart", "v_onk", 50, [
        ("Bedömning", "Känd bröstcancer, pat välinformerad om diagnosen. Ej informerad om behandlingsstart än, beslut på MDK fredag.")],
        "Ej informerad om behandlingsstart (plan) – ej NL101.", mn=["NL101"]),
    C("nl101n-katarakt-vantetid", "s_ogon", 74, [
        ("Bedömning", "Katarakt bilat, visus 0,4 hö. Pat ej informerad om väntetiden, op-koordinator ringer.")],
        "Väntetid ej meddelad – ingen dold diagnos, ej NL101.", mn=["NL101"], d=True),
    C("nl101n-alzheimer-flytt-saebo", "v_geri", 87, [
        ("Anamnes", "Känd Alzheimersdemens sedan 2021."),
        ("Planering", "Flytt till särskilt boende planeras, pat ej informerad om detta än; tas upp tillsammans med dottern.")],
        "Pat ej informerad om boendeplan, diagnosen sedan länge känd – ej NL101.", mn=["NL101"]),
    C("nl101n-forsmaksflimmer-elkonvertering-tid", "s_med", 63, [
        ("Bedömning", "Förmaksflimmer, känt sedan 2020. Pat ännu inte informerad om tid för elkonvertering.")],
        "Tid för elkonvertering ej meddelad – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-graviditetsdiabetes-igangsattning", "v_kk", 32, [
        ("Bedömning", "Graviditetsdiabetes, kostbehandlad, pat informerad. Ej informerad om datum för igångsättning ännu.")],
        "Datum för igångsättning ej meddelat – ej NL101.", mn=["NL101"]),
    C("nl101n-sinuit-nar-op", "s_onh", 45, [
        ("Bedömning", "Kronisk rhinosinuit med polyper, FESS planeras. Pat har ej fått besked om när operationen kan bli av.")],
        "Besked om operationstid saknas – ej NL101.", mn=["NL101"]),

    # -----------------------------------------------------------------------
    # NL101 must_not: uncommunicated diagnosis correctly in Tidiga hypoteser
    # -----------------------------------------------------------------------
    C("nl101n-th-skane-pankreascancer", "s_onk", 68, [
        ("Bedömning", "Pankreascancer på DT med levermetastaser. Pat ej informerad, besked efter MDK.")],
        "Skåne: ej kommunicerad diagnos i mallen Tidiga hypoteser (dold) – ej NL101.", mn=["NL101"], t=TH, sx="m"),
    C("nl101n-th-vgr-als", "v_neuro", 55, [
        ("Status", "Fascikulationer i båda vaderna, atrofi hö hand."),
        (TH, "ALS enl. EMG. Ej informerat pat, tas upp vid nästa besök med hustrun."),
        ("Planering", "Återbesök om två veckor.")],
        "VGR: ej kommunicerad ALS under sökordet Tidiga hypoteser – ej NL101.", mn=["NL101"], sx="m"),
    C("nl101n-th-skane-schizofreni", "s_psyk", 24, [
        ("Anteckning", "Schizofreni. Pat ej informerad pga bristande sjukdomsinsikt och risk för avbrott i vården.")],
        "Skåne: Tidiga hypoteser-mall med ej delgiven diagnos – dold, ej NL101.", mn=["NL101"], t=TH, sx="m"),
    C("nl101n-th-vgr-myelom", "v_med", 69, [
        ("Anamnes", "Ryggvärk sedan jul, trött."),
        (TH, "Multipelt myelom enl. benmärgsbiopsi och M-komponent, pat ovetande."),
        ("Planering", "Hematologbedömning nästa vecka.")],
        "VGR: myelom endast under Tidiga hypoteser – ej NL101.", mn=["NL101"], d=True),
    C("nl101n-th-skane-frontotemporal", "s_geri", 73, [
        ("Bedömning", "Frontotemporal demens, beteendevariant. Ej delgivet pat, planeras samtal med make och pat tillsammans.")],
        "Skåne geriatrik: ej delgiven diagnos i mallen Tidiga hypoteser – ej NL101.", mn=["NL101"], t=TH),

    # -----------------------------------------------------------------------
    # NL101 must_not: nothing diagnostic withheld
    # -----------------------------------------------------------------------
    C("nl101n-ingen-malignitet-pad-ej-informerad", "s_kir", 48, [
        ("Bedömning", "PAD från lymfkörteln på halsen: ingen malignitet. Pat ej informerad om svaret ännu, ringer imorgon.")],
        "Ej informerad om ett benignt svar – ingen dold diagnos, ej NL101.", mn=["NL101"]),
    C("nl101n-mr-utan-tecken-pa-ms", "v_neuro", 33, [
        ("Bedömning", "MR hjärna utan tecken på MS. Pat ännu ej underrättad om svaret, brev skickas.")],
        "Negerat fynd ('utan tecken på MS') ej meddelat – ej NL101.", mn=["NL101"]),
    C("nl101n-artros-remiss-skickad", "s_akut", 71, [
        ("Bedömning", "Känd knäartros bilat, nu ökad värk utan trauma. Pat ej informerad om att remiss skickats till ortoped, får kallelse.")],
        "Pat ej informerad om remiss (administrativt) – ej NL101.", mn=["NL101"]),
]


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def personnummer(bd, serial, sex):
    # serial: 2 digits, then sex digit (odd male, even female)
    sexd = (serial * 3 + 1) % 10
    if (sexd % 2 == 1) != (sex == "m"):
        sexd = (sexd + 1) % 10
    yymmdd = bd.strftime("%y%m%d")
    nine = yymmdd + "%02d" % (serial % 100) + str(sexd)
    return bd.strftime("%Y%m%d") + "-" + nine[6:] + str(luhn_digit(nine))


def build():
    out = []
    for i, c in enumerate(CASES):
        region, system, uname, hsa, deftmpl, setting = UNITS[c["u"]]
        month = 1 + (i * 5) % 11
        day = 1 + (i * 7) % 24
        hour = 8 + (i * 3) % 9
        minute = (i * 13) % 60
        t = datetime(2024, month, day, hour, minute)
        signed = None if c["d"] else t + timedelta(minutes=25 + (i * 11) % 90)
        as_of = datetime(2024, month, 28)
        # birth date: age a completed before the note date
        bmonth = 1 + (i * 7) % 12
        bday = 1 + (i * 3) % 27
        by = 2024 - c["a"]
        bd = date(by, bmonth, bday)
        if (bmonth, bday) > (t.month, t.day):
            bd = date(by - 1, bmonth, bday)
        if c["a"] == 0:
            bd = (t - timedelta(days=120)).date()
        pnr = personnummer(bd, 20 + (i * 37) % 79, c["sx"])
        note = {
            "id": "n1", "system": system, "template": c["t"] or deftmpl,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": AUTHORS[i % len(AUTHORS)], "role": c["role"]},
            "time": t.isoformat(), "signed": signed.isoformat() if signed else None,
            "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": x} for k, x in c["s"]],
        }
        rec = {"patient": {"id": pnr, "birth_date": bd.isoformat(), "protected_identity": False},
               "as_of": as_of.isoformat(), "notes": [note],
               "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": c["n"], "ruleset": region, "record": rec,
                    "must": [[m, "n1"] for m in c["m"]],
                    "must_not": [[m, "n1"] for m in c["mn"]],
                    "why": c["w"]})
    return out


def age_at(bd, t):
    return t.year - bd.year - ((t.month, t.day) < (bd.month, bd.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    counts = {}
    for c in cases:
        n = c["case"]
        if set(c) != keys:
            errs.append(f"{n}: keys {sorted(c)}")
        if n in names:
            errs.append(f"duplicate case name {n}")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            errs.append(f"{n}: bad case name")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset")
        if not c["why"] or "\n" in c["why"]:
            errs.append(f"{n}: why must be one line")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{n}: record keys")
        p = rec["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p["id"])
        if not m:
            errs.append(f"{n}: pnr format")
            continue
        if p["birth_date"] != f"{m.group(1)}-{m.group(2)}-{m.group(3)}":
            errs.append(f"{n}: pnr/birth_date mismatch")
        ten = p["id"][2:8] + p["id"][9:]
        if luhn_digit(ten[:9]) != int(ten[9]):
            errs.append(f"{n}: Luhn")
        bd = date.fromisoformat(p["birth_date"])
        note_ids = {x["id"] for x in rec["notes"]}
        for note in rec["notes"]:
            if set(note) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                errs.append(f"{n}: note keys")
            t = datetime.fromisoformat(note["time"])
            for ts in (note["time"], note["signed"], rec["as_of"]):
                if ts is not None and not ts.startswith("2024-"):
                    errs.append(f"{n}: date not in 2024: {ts}")
            if note["signed"] and datetime.fromisoformat(note["signed"]) < t:
                errs.append(f"{n}: signed before time")
            if datetime.fromisoformat(rec["as_of"]) < t:
                errs.append(f"{n}: as_of before note")
            age = age_at(bd, t)
            if 13 <= age <= 15 or age < 0:
                errs.append(f"{n}: age {age}")
            if note["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append(f"{n}: PMO outside Skåne")
            sysm = note["system"]
            for code, tgt in c["must"] + c["must_not"]:
                if code not in ("NL101", "NL102"):
                    errs.append(f"{n}: code {code}")
            if sysm == "PMO":
                if ["NL102", "n1"] in c["must"]:
                    errs.append(f"{n}: PMO must NL102")
                if any(code == "NL101" for code, _ in c["must"] + c["must_not"]):
                    errs.append(f"{n}: NL101 asserted on PMO")
                if ["NL102", "n1"] not in c["must_not"]:
                    errs.append(f"{n}: PMO case should be must_not NL102")
            kws = [s["keyword"] for s in note["sections"]]
            if c["ruleset"] == "skane" and TH in kws:
                errs.append(f"{n}: Skåne uses TH template, not sökord")
            if c["ruleset"] == "vgr" and note["template"] == TH:
                errs.append(f"{n}: VGR protects by sökord, not template")
            for s in note["sections"]:
                for sent in re.split(r"(?<=[.!?;])\s+", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != n:
                            errs.append(f"{n}: sentence repeated from {seen_sent[sent]}: {sent}")
                        seen_sent.setdefault(sent, n)
        for code, tgt in c["must"] + c["must_not"]:
            if tgt not in note_ids:
                errs.append(f"{n}: target {tgt} missing")
        both = {tuple(x) for x in c["must"]} & {tuple(x) for x in c["must_not"]}
        if both:
            errs.append(f"{n}: must and must_not overlap")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: no assertion")
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    return errs, counts


def main():
    cases = build()
    errs, counts = validate(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read and compare
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != cases:
        errs.append("round-trip mismatch")
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    print(f"{len(cases)} cases -> {OUT}")
    for k in sorted(counts):
        print(f"  {k[0]} {k[1]}: {counts[k]}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
