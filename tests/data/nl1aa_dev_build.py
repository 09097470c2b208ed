#!/usr/bin/env python3
"""nl1aa_dev_cases: independent gold cases for NL101 / NL102 (Skåne + VGR).

Theme: underrepresented specialties and settings, multi-section notes.
Dependency-free; deterministic; writes nl1aa_dev_cases.jsonl next to this file and
validates it. Exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1aa_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Skåne, Melior (hospitals)
    "s_psyk": ("Melior", "Psykiatrimottagning Lund", "SE2321000255-4P11"),
    "s_psykavd": ("Melior", "Psykiatriska kliniken avd 4, Helsingborgs lasarett", "SE2321000255-4P72"),
    "s_bup": ("Melior", "BUP-mottagning Malmö", "SE2321000255-7B20"),
    "s_barn": ("Melior", "Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6B31"),
    "s_barnakut": ("Melior", "Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-6B05"),
    "s_kk": ("Melior", "Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5K14"),
    "s_orto": ("Melior", "Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-3R40"),
    "s_onk": ("Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2N18"),
    "s_geri": ("Melior", "Geriatriska kliniken, Lasarettet Ystad", "SE2321000255-8G02"),
    "s_inf": ("Melior", "Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1I66"),
    "s_onh": ("Melior", "Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-3H07"),
    "s_ogon": ("Melior", "Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-6G19"),
    "s_hud": ("Melior", "Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-9D03"),
    "s_akut": ("Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1A01"),
    # Skåne, PMO (primary care)
    "s_vc": ("PMO", "Vårdcentralen Höör", "SE2321000255-V451"),
    "s_bvc": ("PMO", "BVC Eslöv", "SE2321000255-V512"),
    "s_um": ("PMO", "Ungdomsmottagningen Lund", "SE2321000255-V613"),
    "s_hsv": ("PMO", "Hemsjukvården Trelleborg", "SE2321000255-V714"),
    # VGR, Melior
    "v_akut": ("Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E101"),
    "v_akutb": ("Melior", "Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E218"),
    "v_barn": ("Melior", "Drottning Silvias barn- och ungdomssjukhus, barnmottagning", "SE2321000131-E330"),
    "v_barnakut": ("Melior", "Barnakuten, NU-sjukvården NÄL", "SE2321000131-E341"),
    "v_kk": ("Melior", "Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E412"),
    "v_orto": ("Melior", "Ortopedkliniken, NU-sjukvården Uddevalla", "SE2321000131-E517"),
    "v_onk": ("Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E622"),
    "v_geri": ("Melior", "Geriatriska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E703"),
    "v_inf": ("Melior", "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E809"),
    "v_onh": ("Melior", "Öron-näsa-hals, Sahlgrenska Universitetssjukhuset", "SE2321000131-E911"),
    "v_ogon": ("Melior", "Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-F014"),
    "v_hud": ("Melior", "Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-F120"),
    "v_psyk": ("Melior", "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-F233"),
}

AUTHORS = {
    "läkare": ["Karin Lindqvist", "Ahmed Haddad", "Per-Olof Nyström", "Sofia Bergkvist",
               "Jonas Åberg", "Maria Eklund", "Erik Sandell", "Leila Karimi", "Olle Frisk"],
    "sjuksköterska": ["Hanna Persson", "Tove Lund", "Mikael Strand"],
    "barnmorska": ["Ingela Wik", "Sara Holm"],
    "psykolog": ["Elin Dahl"],
    "kurator": ["Anders Blom"],
}

SETTING = {"s_psykavd": "psykiatrisk heldygnsvård"}

CASES = []


def C(name, unit, age, time, sections, must=(), must_not=(), why="", template=None,
      role="läkare", draft=False, setting=None):
    CASES.append(dict(name=name, unit=unit, age=age, time=time, sections=sections,
                      must=list(must), must_not=list(must_not), why=why, template=template,
                      role=role, draft=draft, setting=setting))


M1, M2 = "NL101", "NL102"

# =====================================================================
# NL101 — telling / not telling the patient
# =====================================================================

# ---- positives: diagnosis visible, patient not (yet) informed
C("onk-coloncancer-besked-vid-aterbesok", "s_onk", 67, "2024-03-04T10:20", [
    ("Bedömning", "PAD visar adenocarcinom i colon sigmoideum, T3N1. Pat ännu ej informerad, besked ges vid återbesök 14/3 tillsammans med kontaktsjuksköterska."),
], [M1], [M2], "settled cancer diagnosis visible, patient not yet informed (besked at next visit)")

C("onk-levermetastaser-ej-informerad-progress", "v_onk", 72, "2024-02-12T14:05", [
    ("Aktuellt", "Kontroll-DT efter 4 cykler FOLFOX."),
    ("Röntgen", "DT thorax-buk: nytillkomna levermetastaser, 3 st, största 22 mm i segment 7."),
    ("Bedömning", "Progress med metastaser i levern. Patienten är inte informerad om progressen än – planerat samtal på mottagningen nästa vecka."),
], [M1], [], "progression with liver metastases written visibly, patient not informed yet")

C("akut-hjarntumor-informeras-imorgon", "s_akut", 58, "2024-04-18T22:40", [
    ("Kontaktorsak", "Ambulans, krampanfall hemma, första gången."),
    ("Anamnes", "Huvudvärk senaste månaden, maken noterat personlighetsförändring. Inga kända sjd."),
    ("Status", "AT: postiktal men vaknar upp, GCS 14. Neuro: lätt pronationstendens vä arm. Cor/pulm ua."),
    ("Lab", "Hb 139, CRP <5, Na 137, P-glukos 6,1."),
    ("Röntgen", "DT hjärna: 4 cm tumör frontalt hö med perifokalt ödem, ingen blödning."),
    ("Bedömning", "Hjärntumör med symtomatisk epilepsi. Betapred och Keppra insatt, remiss neurokirurgen."),
    ("Information till patient", "Pat ej informerad om DT-fyndet ikväll då hon är trött och påverkad efter anfallet, informeras av avdelningsläkare imorgon förmiddag."),
], [M1], [], "ED chart, 7 sections: brain tumour on CT, patient told tomorrow (not informed tonight)")

C("geri-alzheimer-dotter-informerad-pat-ej", "v_geri", 84, "2024-05-06T11:00", [
    ("Bedömning", "Demens av Alzheimertyp, måttlig grad enligt genomförd utredning. Patienten har inte fått beskedet ännu; dottern har informerats per telefon."),
], [M1], [], "daughter informed but the patient herself not: still NL101")

C("psyk-bipolar-ii-ej-kommunicerad", "s_psyk", 31, "2024-01-23T15:30", [
    ("Diagnos", "Bipolär sjukdom typ II (F31.8)."),
    ("Bedömning", "Diagnosen har ännu inte kommunicerats till pat, görs vid nästa samtal tillsammans med psykolog."),
], [M1], [], "psychiatric diagnosis set but 'ej kommunicerats' to patient; unsigned draft", draft=True)

C("bup-autism-aterkoppling-ej-gjord", "s_bup", 10, "2024-03-13T09:10", [
    ("Sammanfattning", "Utredningen talar för autismspektrumtillstånd (F84.0) utan intellektuell funktionsnedsättning."),
    ("Planering", "Återkoppling till vårdnadshavare och barnet ej gjord ännu, bokas in v. 18."),
], [M1], [], "BUP Skåne, child 10: ASD diagnosis written, neither guardians nor child told yet", role="psykolog")

C("kk-missed-abortion-ej-informerad", "v_kk", 29, "2024-06-02T08:15", [
    ("Status", "Vag UL: intrauterin hinna, fosterekon CRL 14 mm, ingen hjärtaktivitet."),
    ("Bedömning", "Missed abortion v 9+2. Pat inte informerad ännu då undertecknad kallades till förlossningen; informeras så snart som möjligt av bakjouren."),
], [M1], [], "obstetric: missed abortion written, patient not yet informed")

C("barn-typ1-diabetes-foraldrar-vantar", "v_barn", 7, "2024-09-10T16:45", [
    ("Kontaktorsak", "Törst, stora urinmängder och viktnedgång 2 v."),
    ("Lab", "P-glukos 24, B-ketoner 3,1, pH 7,31."),
    ("Bedömning", "Typ 1-diabetes med lätt ketoacidos. Föräldrarna ej informerade ännu, väntar in pappa som är på väg till avdelningen."),
], [M1], [], "child 7 (guardians read): new T1D, parents not yet informed")

C("orto-skelettmetastas-ej-underrattad", "s_orto", 69, "2024-02-27T13:50", [
    ("Röntgen", "MR ländrygg: kompressionsfraktur L2 med tumörinfiltration i kotkroppen."),
    ("Bedömning", "Patologisk fraktur i L2 orsakad av skelettmetastas, okänd primärtumör. Pat ej underrättad om metastasfyndet, onkolog kontaktad."),
], [M1], [], "'ej underrättad' wording, skeletal metastasis visible")

C("inf-hiv-tolk-tisdag", "s_inf", 34, "2024-04-08T10:30", [
    ("Lab", "HIV Ag/Ak positivt, konfirmerat med immunoblot. CD4 410."),
    ("Bedömning", "Nyupptäckt hiv-infektion. Pat har ej fått provsvaret, kallas till mottagningen med tolk (tigrinja) på tisdag."),
], [M1], [], "HIV result written, patient not yet told; interpreter planned")

C("inf-tbc-ingen-tolk-tillganglig", "v_inf", 45, "2024-10-15T11:20", [
    ("Lab", "Sputumodling positiv för M. tuberculosis, känslig för förstahandspreparat."),
    ("Bedömning", "Lungtuberkulos. Informaiton till pat ej given pga att tolk (dari) inte fanns att tillgå, ny tid med tolk bokad 17/10."),
], [M1], [], "TB written, patient not informed because no interpreter was available (typo)")

C("ogon-choroidalt-melanom-tas-torsdag", "v_ogon", 63, "2024-05-21T09:45", [
    ("Status", "Fundus hö: pigmenterad prominent förändring temporalt, 9 x 7 mm, orangepigment. UL: tjocklek 3,4 mm."),
    ("Bedömning", "Malignt melanom i choroidea hö öga. Patienten har ej informerats om diagnosen än – tas av överläkare vid besöket på torsdag."),
], [M1], [], "ophthalmology: uveal melanoma, not informed yet")

C("hud-melanom-pad-ej-kontaktad", "s_hud", 52, "2024-03-19T14:10", [
    ("Bedömning", "PAD från excision rygg: malignt melanom, Breslow 1,8 mm, ej ulcererat. Pat ej kontaktad ännu ang. svaret; utvidgad excision och SN planeras."),
], [M1], [], "dermatology PAD melanoma, patient not yet contacted about it")

C("onh-tonsillcancer-vet-annu-inte", "v_onh", 56, "2024-08-27T10:00", [
    ("Anamnes", "Ensidig halsont och knöl på halsen hö sedan 2 mån."),
    ("Lab", "PAD tonsill hö: skivepitelcancer, p16-positiv."),
    ("Bedömning", "Tonsillcancer hö. Pat vet ännu inte om cancerbeskedet, ska få det vid återbesök efter MDK."),
], [M1], [], "ENT: 'vet ännu inte om' wording")

C("geri-parkinson-ej-hunnit-prata", "s_geri", 79, "2024-02-05T13:15", [
    ("Status", "Vilotremor hö hand, rigiditet med kugghjulsfenomen, hypomimi, korta steg."),
    ("Bedömning", "Parkinsons sjukdom bedöms föreligga. Vi har inte hunnit prata med patienten om diagnosen, tas upp vid nästa besök med maken närvarande."),
], [M1], [], "geriatrics: Parkinson diagnosed, 'inte hunnit prata med' patient")

C("akut-pankreascancer-typo-infomerad", "v_akutb", 74, "2024-07-03T19:25", [
    ("Röntgen", "DT buk: 3 cm tumör i pankreashuvudet, dilaterade gallvägar, levermetastaser."),
    ("Bedömning", "Pankreascancer med ikterus. Pat ej infomerad, läggs in på kir för vidare handläggning."),
], [M1], [], "typo 'infomerad': pancreatic cancer, patient not informed")

C("psyk-schizofreni-saknar-insikt", "v_psyk", 27, "2024-04-29T14:30", [
    ("Bedömning", "Schizofreni, paranoid form (F20.0). Patienten är inte informerad om diagnosen då han för närvarande saknar sjukdomsinsikt; tas upp när tillståndet stabiliserats."),
], [M1], [], "psychiatry: diagnosis deliberately not told yet, written visibly")

C("kk-cervixcancer-ring-tid", "s_kk", 41, "2024-11-12T08:40", [
    ("Lab", "PAD konisering: skivepitelcancer med invasionsdjup 4 mm, ej radikalt."),
    ("Bedömning", "Cervixcancer stadium IB1. Pat har ännu inte fått beked om PAD-svaret. Besökstid bokad av sekreterare."),
], [M1], [], "gynaecology: PAD cancer, patient has not got the news (typo)")

C("barn-all-foraldrar-samtal-kl15-utkast", "s_barn", 4, "2024-01-17T11:35", [
    ("Lab", "Benmärgsprov: 86 % lymfoblaster, flödescytometri förenlig med pre-B-ALL."),
    ("Bedömning", "Akut lymfatisk leukemi (ALL). Föräldrarna ännu ej informerade, samtal med dem planeras kl 15 idag tillsammans med kurator."),
], [M1], [], "unsigned draft, child 4: ALL written before guardians informed", draft=True)

C("orto-osteosarkom-mamma-och-pat", "v_orto", 17, "2024-06-19T15:05", [
    ("Kontaktorsak", "Knäsmärta vä sedan 2 mån, nattlig värk."),
    ("Status", "Palpationsöm resistens distalt på vä lår, ingen rodnad. ROM knä 0–120."),
    ("Röntgen", "Slätrtg + MR: destruktiv process distala femur vä med periostreaktion (Codmans triangel)."),
    ("Bedömning", "Osteosarkom distala femur vä, biopsi på sarkomcentrum."),
    ("Information till patient", "Patienten och hennes mamma har inte informerats om fyndet ännu, det sker på sarkommottagningen i samband med biopsin."),
], [M1], [], "17-year-old: osteosarcoma written, neither patient nor mother informed; unsigned draft", draft=True)

C("geri-lungcancer-sonen-vill-vara-med", "v_geri", 88, "2024-03-26T10:10", [
    ("Bedömning", "Lungcancer, adenocarcinom vä överlob enl. bronkoskopi. Pat ej inforemrad på begäran av sonen, som vill vara med vid beskedet."),
], [M1], [], "patient not informed at relative's request: still NL101 (typo)")

C("onk-brostcancerrecidiv-kanner-inte-till", "s_onk", 61, "2024-09-30T14:50", [
    ("Bedömning", "Recidiv av bröstcancer i vä axill enl. PAD från finnålspunktion. Patienten känner ännu inte till recidivet."),
], [M1], [], "'känner ännu inte till' wording")

C("akut-sab-intuberad-anhoriga-informerade", "v_akut", 53, "2024-02-14T03:20", [
    ("Röntgen", "DT hjärna: utbredd subaraknoidalblödning basalt, hydrocefalus."),
    ("Bedömning", "Subaraknoidalblödning, Hunt & Hess 4. Pat intuberad och har ej kunnat informeras. Anhöriga informerade av narkosläkare."),
], [M1], [], "unconscious patient not informed, relatives informed: patient not informed")

C("hud-mycosis-fungoides-aterkoppling", "v_hud", 66, "2024-10-01T13:00", [
    ("Bedömning", "Mycosis fungoides, stadium IA, bekräftad i PAD och klonalitetsanalys. Återkoppling till patienten inte gjord ännu."),
], [M1], [], "dermatology: 'återkoppling inte gjord' = not informed")

C("akut-aortadissektion-sovd", "s_akut", 61, "2024-08-11T01:55", [
    ("Röntgen", "DT aorta: dissektion från a. subclavia sin till bifurkationen."),
    ("Bedömning", "Aortadissektion typ B. Pat sövd inför transport till thoraxkirurgen Lund, ej informerad om diagnosen."),
], [M1], [], "ED: sedated patient not informed of the dissection")

C("psyk-eips-ej-diskuterad", "s_psyk", 22, "2024-06-24T11:45", [
    ("Bedömning", "Emotionellt instabil personlighetsstörning, impulsiv och borderlinetyp. Diagnosen har ej diskuterats med pat ännu, görs när DBT-bedömningen är klar."),
], [M1], [], "'ej diskuterats med pat' wording")

C("barn-celiaki-varken-barnet-eller-vh", "v_barn", 11, "2024-11-27T10:05", [
    ("Lab", "Transglutaminas-IgA >128 U/ml. PAD duodenum: Marsh 3b."),
    ("Bedömning", "Celiaki. Varken barnet eller vårdnadshavarna har fått svaret ännu; dietist-remiss skickas efter samtalet."),
], [M1], [], "child 11: celiac disease, neither child nor guardians told")

C("psyk-adhd-avbojt-ta-del", "v_psyk", 24, "2024-09-02T14:15", [
    ("Bedömning", "Utredningen visar ADHD, kombinerad form. Pat har avböjt att ta del av utredningsresultatet vid dagens besök och önskar ny tid."),
], [M1], [], "patient declined to hear the result: the diagnosis stands visible while not informed")

C("inf-hepatit-c-provsvar-ej-lamnat", "s_inf", 39, "2024-12-03T09:20", [
    ("Lab", "Anti-HCV pos, HCV-RNA 2,1 milj IE/ml, genotyp 3a."),
    ("Bedömning", "Kronisk hepatit C. Provsvaret har inte lämnats till patienten än; kallelse skickad till sjuksköterskemottagningen."),
], [M1], [], "hepatitis C written, answer not yet given to patient; unsigned draft", draft=True)

C("onk-prostatacancer-hedge-och-ej-informerad", "v_onk", 70, "2024-07-22T10:40", [
    ("Bedömning", "Misstänkt skelettmetastasering vid prostatacancer, skelettscint beställd. Pat ej informerad om misstanken."),
], [M1, M2], [], "hedged metastasis in visible section, patient not informed: both rules")

C("akut-susp-malignitet-lunga-ej-informerad", "s_akut", 66, "2024-10-22T18:05", [
    ("Röntgen", "DT thorax: 3,5 cm spikulerad förändring hö överlob, mediastinala körtlar."),
    ("Bedömning", "Stark misstanke om lungcancer. Remiss lungmottagningen. Pat har inte informerats om misstanken ikväll, tas av lungläkare."),
], [M1, M2], [], "suspected lung cancer visible and patient not informed")

# ---- negatives
C("onk-brostcancer-informerad-med-kontaktssk", "s_onk", 49, "2024-02-20T13:30", [
    ("Bedömning", "Duktal bröstcancer hö, grad 2, ER+/HER2-. Pat informerad vid besök idag tillsammans med kontaktsjuksköterska, fått skriftlig information."),
], [], [M1], "patient informed: no NL101")

C("geri-alzheimer-dotter-ej-informerad-pa-pats-onskan", "v_geri", 81, "2024-04-11T10:50", [
    ("Bedömning", "Alzheimers sjukdom, lindrig grad. Patienten informerad om diagnosen; dottern ej informerad då pat inte önskar det."),
], [], [M1], "only the relative is not informed, the patient is")

C("inf-hiv-informerad-telefontolk", "s_inf", 28, "2024-05-14T11:10", [
    ("Bedömning", "Nyupptäckt hiv-infektion, CD4 620. Pat informerad via telefontolk (arabiska), förstår och har fått skriftlig info på arabiska."),
], [], [M1], "informed through a phone interpreter")

C("akut-ej-informerad-om-aterbesokstid", "v_akut", 35, "2024-03-09T17:40", [
    ("Status", "Svullnad och ömhet lateralt vä fotled, kan belasta, Ottawa neg."),
    ("Bedömning", "Distorsion vä fotled."),
    ("Planering", "Pat ej informerad om ny tid för fysioterapi, sekr. skickar kallelse."),
], [], [M1], "'ej informerad' concerns an appointment, not a diagnosis")

C("barn-normala-prover-foraldrar-ringer-imorgon", "s_barn", 8, "2024-06-12T15:20", [
    ("Lab", "Hb 128, CRP 3, LPK 7,2, SR 6 – normala."),
    ("Planering", "Föräldrarna ej informerade om provsvaren ännu, ringer dem imorgon."),
], [], [M1], "normal lab results not yet told: not a diagnosis")

C("psyk-dosandring-ej-meddelad", "v_psyk", 42, "2024-08-06T13:25", [
    ("Läkemedel", "Sertralin höjs från 50 till 100 mg."),
    ("Planering", "Pat ej informerad om dosändringen, meddelas via 1177 idag."),
], [], [M1], "not-informed about a medication change")

C("onk-tidiga-hypoteser-mall-recidiv", "s_onk", 64, "2024-10-08T09:55", [
    ("Bedömning", "Sannolikt lokalrecidiv i operationsområdet. Pat ej informerad ännu, PET-DT först."),
], [], [M1, M2], "Skåne Tidiga hypoteser template is hidden: neither rule", template="Tidiga hypoteser")

C("psyk-vgr-tidiga-hypoteser-sokord", "v_psyk", 36, "2024-01-30T14:40", [
    ("Aktuellt", "Nedstämdhet sedan 3 mån efter skilsmässa, sömnproblem."),
    ("Bedömning", "Fortsatt samtalskontakt varannan vecka."),
    ("Tidiga hypoteser", "Misstänkt bipolär sjukdom, hypomana perioder enl. syster. Ej kommunicerat med pat."),
], [], [M1], "VGR: hypothesis and 'not told' only under the hidden sökord Tidiga hypoteser")

C("kk-x-informerad-valjer-metotrexat", "v_kk", 30, "2024-07-15T12:00", [
    ("Status", "Vag UL: 2 cm adnexresistens vä, ingen intrauterin graviditet. hCG 1450."),
    ("Bedömning", "Ektopisk graviditet vä. Pat informerad om fyndet och behandlingsalternativen, väljer metotrexat."),
], [], [M1], "ectopic pregnancy, patient informed")

C("orto-radiusfraktur-anhoriga-ej-informerade", "s_orto", 77, "2024-12-09T10:35", [
    ("Bedömning", "Distal radiusfraktur vä, dorsalt vinklad, reponeras och gipsas. Pat inforerad; anhöriga ej informerade då pat inte vill oroa dem."),
], [], [M1], "relatives not informed, patient informed (typo)")

C("onk-prostatacancer-avbojt-skriftlig-info", "v_onk", 68, "2024-05-27T15:10", [
    ("Bedömning", "Prostatacancer Gleason 3+4, T2. Patienten har fått muntligt besked om diagnosen men avböjt skriftlig information."),
], [], [M1], "declined a leaflet but told the diagnosis")

C("onh-biopsi-pad-inväntas-inget-svar", "s_onh", 59, "2024-04-22T14:25", [
    ("Åtgärd", "Biopsi tagen från sår på tungkanten hö."),
    ("Planering", "PAD inväntas. Pat ej informerad om svar då inget svar finns ännu, ringer om 2 veckor."),
], [], [M1], "results pending, no diagnosis stated")

C("barn-pneumoni-mamma-informerad", "v_barn", 5, "2024-01-08T18:30", [
    ("Bedömning", "Pneumoni hö underlob, Amoxicillin i 5 dagar. Mamma informerad om diagnos och behandling, pappa ej nåbar."),
], [], [M1], "child 5: guardian informed, other parent unreachable")

C("bup-adhd-aterkoppling-gjord", "s_bup", 17, "2024-02-08T13:00", [
    ("Sammanfattning", "ADHD, kombinerad form, enligt neuropsykiatrisk utredning."),
    ("Information till patient", "Pat och vårdnadshavare har fått återkoppling av utredningen idag och fick tillfälle att ställa frågor."),
], [], [M1], "BUP 17: feedback given to patient and guardians")

C("ogon-glaukom-informerat-droppar", "v_ogon", 71, "2024-03-05T11:15", [
    ("Status", "Tryck 28/26 mmHg, excavation 0,8 bilat, perimetri med nasalt steg hö."),
    ("Bedömning", "Primärt öppenvinkelglaukom bilat. Informerat pat om diagnos och behandling med latanoprost."),
], [], [M1], "glaucoma, patient informed")

C("inf-borrelia-negativ-svar-via-1177", "v_inf", 46, "2024-08-20T09:40", [
    ("Lab", "Borrelia-serologi IgG och IgM negativa."),
    ("Planering", "Pat ej informerad om svaret ännu, skickas via 1177."),
], [], [M1], "negative test not yet communicated: no diagnosis")

C("geri-korttidsboende-ej-informerad-hjartsvikt", "s_geri", 90, "2024-11-04T14:45", [
    ("Bedömning", "Kronisk hjärtsvikt, stabil på nuvarande behandling."),
    ("Planering", "Pat ej informerad om planerad flytt till korttidsboende, kurator tar samtalet imorgon."),
], [], [M1], "not-informed about a discharge plan, diagnosis itself is known; unsigned draft", draft=True)

C("akut-njursten-informerat", "v_akutb", 44, "2024-05-30T23:10", [
    ("Bedömning", "Uretärsten hö 5 mm prevesikalt enl. DT. Informerat pat om att det rör sig om en njursten, får smärtlindring och remiss urologen."),
], [], [M1], "patient informed (lay name)")

C("kk-preeklampsi-tolk-somaliska", "s_kk", 26, "2024-03-28T07:50", [
    ("Bedömning", "Preeklampsi v 34+1, BT 155/100, U-albumin 2+. Pat och partner infomrerade med tolk (somaliska) närvarande."),
], [], [M1], "informed with an interpreter present (typo)")

C("orto-operation-flyttad-ej-informerad", "v_orto", 73, "2024-10-24T12:30", [
    ("Bedömning", "Coxartros hö, planerad total höftplastik."),
    ("Planering", "Pat ej informerad om att operationen flyttats till tisdag, avd.ssk meddelar."),
], [], [M1], "not-informed about a rescheduled operation")

C("psyk-depression-genomgangen", "s_psyk", 45, "2024-07-09T15:00", [
    ("Bedömning", "Depression, medelsvår episod (F32.1). Diagnosen genomgången med pat som delar bedömningen, start escitalopram."),
], [], [M1], "diagnosis gone through with patient")

C("onh-otoskleros-besked-lamnat", "v_onh", 37, "2024-02-01T10:25", [
    ("Bedömning", "Otoskleros bilat, konduktiv hörselnedsättning 30 dB. Pat fått besked och informationsblad om stapedotomi."),
], [], [M1], "'fått besked' = informed")

C("onk-progress-makan-ej-informerad", "s_onk", 76, "2024-06-17T11:30", [
    ("Bedömning", "Besked lämnat om progress av pankreascancer. Pat tog emot det lugnt; makan, som inte var med, har ännu inte informerats."),
], [], [M1], "spouse not informed, patient was")

C("geri-upprepad-information-demens", "v_geri", 86, "2024-09-23T13:35", [
    ("Bedömning", "Vaskulär demens. Pat har tidigare informerats om sin demensdiagnos men minns det inte idag; upprepad information given."),
], [], [M1], "patient informed (forgot, told again)")

C("barn-epilepsi-absenser-informerade", "s_barn", 12, "2024-04-16T14:00", [
    ("Utredning", "EEG: generaliserade 3 Hz spike-wave vid hyperventilation."),
    ("Bedömning", "Barnabsensepilepsi. Barnet och föräldrarna har fått information om diagnosen och om behandling med etosuximid."),
], [], [M1], "child 12 and guardians informed")

C("kk-klamydia-negativ-ej-informerad", "v_kk", 19, "2024-05-02T10:15", [
    ("Lab", "Klamydia- och gonorré-PCR negativa."),
    ("Planering", "Pat ej informerad om provsvaren, sms skickas."),
], [], [M1], "normal test not yet told; unsigned draft", draft=True)

C("hud-basaliom-meddelad-per-telefon", "v_hud", 74, "2024-04-12T15:45", [
    ("Bedömning", "Hudbiopsi från näsvingen visar nodulärt basaliom, pat meddelad per telefon 12/4, Mohs-kirurgi planeras."),
], [], [M1], "told by phone")

C("psyk-avd-tidiga-hypoteser-schizofreni", "s_psykavd", 20, "2024-03-18T16:10", [
    ("Bedömning", "Trol. debuterande schizofreni. Ej meddelat pat, bedöms ej kunna ta emot det nu."),
], [], [M1, M2], "inpatient psychiatry, Skåne Tidiga hypoteser template", template="Tidiga hypoteser")

C("inf-sarkoidos-god-svenska-utan-tolk", "s_inf", 50, "2024-11-19T10:20", [
    ("Bedömning", "Sarkoidos stadium II. Pat informerad av mig om diagnosen; tolk ej närvarande men pat talar god svenska."),
], [], [M1], "'tolk ej närvarande' is not 'not informed'")

C("barnakut-vh-informerade-via-tolk-otit", "v_barnakut", 3, "2024-12-14T20:05", [
    ("Status", "Buktande rodnad trumhinna hö, feber 39,2."),
    ("Bedömning", "Akut mediaotit hö. Vårdnadshavare informerade via tolk (dari) om diagnos och att antibiotika inte behövs nu."),
], [], [M1], "guardians of child 3 informed via interpreter")

C("onk-lungcancer-informerad-utkast", "v_onk", 65, "2024-03-12T16:00", [
    ("Bedömning", "Småcellig lungcancer, begränsad sjukdom. Informerat patienten och hans fru om diagnosen och behandlingsplanen med cytostatika och strålning."),
], [], [M1], "unsigned draft: patient informed", draft=True)

# =====================================================================
# NL102 — hedged diagnoses
# =====================================================================

# ---- positives
C("akut-susp-lungemboli", "s_akut", 54, "2024-02-02T21:15", [
    ("Bedömning", "Susp. lungemboli, DT-angio beställd, Innohep i väntan."),
], [M2], [], "'Susp.' abbreviation")

C("akut-trol-nstemi-dd-instabil-angina", "v_akut", 68, "2024-03-21T08:50", [
    ("Kontaktorsak", "Tryckande bröstsmärta sedan kl 05 med utstrålning vä arm."),
    ("Anamnes", "Hypertoni, rökare 30 paketår. Ingen tidigare hjärtsjd."),
    ("Status", "AT: opåverkad. Cor: RR, inga blåsljud. Pulm: vesikulärt. BT 165/95."),
    ("Lab", "hs-TnT 38 → 61 ng/L, Krea 88."),
    ("EKG", "Sinusrytm 78/min, ST-sänkningar V4–V6."),
    ("Bedömning", "Trol. NSTEMI, DD instabil angina. Ticagrelor + ASA, kranskärlsröntgen imorgon."),
], [M2], [], "multi-section ED note, 'Trol.' + 'DD'")

C("barnakut-misstankt-kawasaki", "s_barnakut", 3, "2024-05-04T14:40", [
    ("Anamnes", "Feber 5 dygn trots paracetamol."),
    ("Status", "Bilat. icke-purulent konjunktivit, jordgubbstunga, svullna handryggar, cervikal körtel 2 cm."),
    ("Bedömning", "Misstänkt Kawasakis sjukdom, ekokardiografi och IVIG-diskussion med bakjour."),
], [M2], [], "eponym with 'Misstänkt', child 3")

C("barn-pneumoni-fragetecken", "v_barn", 9, "2024-01-25T11:05", [
    ("Bedömning", "Hosta och feber 4 dgr, krepitationer hö bas. Pnemoni?"),
], [M2], [], "question mark after the diagnosis (typo)")

C("orto-fractura-colli-femoris-latin", "s_orto", 85, "2024-07-07T09:10", [
    ("Status", "Förkortat och utåtroterat vä ben, kan ej belasta."),
    ("Bedömning", "Fractura colli femoris sin? Rtg bäcken + höft beställt, fasta."),
], [M2], [], "Latin diagnosis with '?'")

C("orto-scafoid-kan-ej-uteslutas", "v_orto", 23, "2024-02-16T16:30", [
    ("Röntgen", "Scafoidserie hö: ingen säker frakturlinje."),
    ("Bedömning", "Scafoidfraktur kan ej uteslutas, gips och ny rtg om 10–14 dgr."),
], [M2], [], "'kan ej uteslutas'; unsigned draft", draft=True)

C("kk-sannolikt-pcos", "v_kk", 24, "2024-10-09T13:20", [
    ("Anamnes", "Oligomenorré sedan menarche, akne och ökad behåring."),
    ("Bedömning", "Sannolkt PCOS. Kompletterar med hormonprover och UL."),
], [M2], [], "'Sannolikt' + abbreviation PCOS (typo)")

C("onk-troligt-recidiv-ovarialcancer", "v_onk", 62, "2024-11-06T14:20", [
    ("Lab", "CA-125 stigande 35 → 148."),
    ("Bedömning", "Troligt recidiv av ovarialcancer. PET-DT beställs."),
], [M2], [], "'Troligt recidiv'")

C("geri-ev-lewy-body", "s_geri", 78, "2024-05-13T10:30", [
    ("Bedömning", "Ev. Lewy body-demens, fluktuerande kognition, synhallucinationer och lätt parkinsonism. DAT-scan."),
], [M2], [], "'Ev.' before eponym dementia")

C("geri-delirium-fragetecken-dd-demens", "v_geri", 89, "2024-12-02T15:55", [
    ("Bedömning", "Delirium? DD progress av känd demenssjukdom. Urinodling, läkemedelsgenomgång."),
], [M2], [], "'?' and DD")

C("inf-trol-erysipelas-dd-dvt", "s_inf", 71, "2024-06-03T12:10", [
    ("Status", "Rodnad, värme och svullnad vä underben, skarp avgränsning. T 38,6."),
    ("Bedömning", "Trol. erysipelas vä underben, DD DVT. Kloxacillin iv, UL vener."),
], [M2], [], "Latin-ish term with 'Trol.'")

C("inf-misstankt-malaria-uganda", "v_inf", 29, "2024-08-05T19:35", [
    ("Kontaktorsak", "Feber och frossa efter 3 veckors resa till Uganda, ingen profylax."),
    ("Lab", "Trc 88, CRP 112, bilirubin 31."),
    ("Bedömning", "Misstänkt malaria, snabbtest och tjock droppe skickat akut."),
], [M2], [], "infectious disease, suspected malaria")

C("onh-peritonsillit-fragetecken", "s_onh", 21, "2024-03-01T20:45", [
    ("Status", "Svullnad ovan vä tonsill, uvula deviaterar åt hö, trismus."),
    ("Bedömning", "Peritonsilit? Punktion utan pus, ny bedömning imorgon."),
], [M2], [], "ENT '?' after diagnosis (typo)")

C("onh-trol-mb-meniere", "v_onh", 47, "2024-09-11T09:05", [
    ("Bedömning", "Trol. Mb Ménière vä, attacker med rotatorisk yrsel, tinnitus och lågfrekvent hörselnedsättning."),
], [M2], [], "eponym 'Mb Ménière' with 'Trol.'; unsigned draft", draft=True)

C("ogon-susp-amotio-retinae", "s_ogon", 57, "2024-07-29T17:20", [
    ("Bedömning", "Susp. amotio retinae hö, remiss akut till retinaenheten samma dag."),
], [M2], [], "Latin ophthalmology diagnosis, 'Susp.'")

C("ogon-mojlig-arteritis-temporalis", "v_ogon", 76, "2024-04-24T10:55", [
    ("Lab", "SR 78, CRP 46."),
    ("Bedömning", "Möjlig arteritis temporalis (GCA). Startar prednisolon 60 mg i väntan på temporalisbiopsi."),
], [M2], [], "'Möjlig' + Latin + abbreviation")

C("hud-dd-atopiskt-eksem-kontaktallergi", "v_hud", 33, "2024-06-26T14:05", [
    ("Bedömning", "DD: atopiskt eksem / kontaktallergi. Epikutantest planeras."),
], [M2], [], "'DD:' with two diagnoses; unsigned draft", draft=True)

C("psyk-trolig-ptsd-dd-anpassning", "v_psyk", 40, "2024-02-22T15:15", [
    ("Aktuellt", "Mardrömmar, undvikande och påträngande minnen sedan trafikolycka i oktober."),
    ("Bedömning", "Trolig PTSD, DD anpassningsstörning. Remiss traumafokuserad KBT."),
], [M2], [], "'Trolig' + abbreviation PTSD")

C("bup-adhd-kan-inte-uteslutas-16", "s_bup", 16, "2024-05-15T14:50", [
    ("Bedömning", "ADHD kan inte uteslutas, neuropsykiatrisk utredning påbörjas."),
], [M2], [], "BUP Skåne, 16 y: 'kan inte uteslutas'")

C("bup-misstankt-ast-11", "s_bup", 11, "2024-09-04T10:30", [
    ("Bedömning", "Misstänkt autismspektrumtillstånd, avvikande social kommunikation och begränsade intressen. Remiss till NP-teamet."),
], [M2], [], "BUP Skåne, child 11: suspected ASD visible to guardians")

C("akut-missankt-appendicit-typo", "s_akut", 19, "2024-04-27T23:50", [
    ("Bedömning", "Missänkt appendicit, kir-jour kontaktad."),
], [M2], [], "typo 'Missänkt'")

C("akut-sannolkit-commotio-typo", "v_akut", 34, "2024-06-08T02:10", [
    ("Bedömning", "Fall från cykel utan hjälm, kort medvetslöshet. Sannolkit commotio cerebri, observeras 6 tim."),
], [M2], [], "typo 'Sannolkit' + Latin")

C("akut-trol-njursten-lekmannaord", "v_akutb", 41, "2024-07-18T14:25", [
    ("Bedömning", "Kolikartad flanksmärta hö med hematuri. Trol. njursten, DT urinvägar."),
], [M2], [], "lay name with 'Trol.'")

C("barn-mb-perthes-fragetecken", "s_barn", 6, "2024-02-28T09:20", [
    ("Bedömning", "Haltar sedan 3 v, nedsatt inåtrotation hö höft. Mb Perthes? Rtg höfter beställt."),
], [M2], [], "eponym with '?', child 6")

C("kk-hotande-preeklampsi-fragetecken", "v_kk", 35, "2024-11-21T06:40", [
    ("Status", "BT 150/100, U-albumin 1+, lätta ödem."),
    ("Bedömning", "Begynnande preeklampsi? Preeklampsiprover och CTG."),
], [M2], [], "obstetrics '?'")

C("inf-trol-mononukleos-korteldeber", "s_inf", 18, "2024-03-06T13:10", [
    ("Bedömning", "Trol. mononukleos (körtelfeber), monospot tagen."),
], [M2], [], "lay name in parentheses")

C("psyk-atstorning-fragetecken", "s_psyk", 19, "2024-12-10T14:05", [
    ("Bedömning", "BMI 16,8, amenorré och kompensatoriskt tränande. Ätstörning? Remiss till ätstörningsenheten."),
], [M2], [], "'Ätstörning?'")

C("inf-kan-vara-borrelia-erythema-migrans", "v_inf", 55, "2024-07-01T09:35", [
    ("Bedömning", "Kan vara borrelia, erythema migrans? Rodnad 6 cm kring fästingbett, PcV i 14 dgr."),
], [M2], [], "'Kan vara' + '?'")

C("ogon-uveit-fragetecken", "s_ogon", 35, "2024-11-15T15:30", [
    ("Bedömning", "Uveit? Ljuskänslighet och ciliär injektion hö, tyndall 1+."),
], [M2], [], "ophthalmology '?'")

C("hud-misstant-baltros-typo", "v_hud", 69, "2024-03-27T11:50", [
    ("Bedömning", "Misstänt bältros (herpes zoster) thorakalt hö, valaciklovir."),
], [M2], [], "typo 'Misstänt', lay + Latin names")

C("onh-lymfom-lang-anteckning", "s_onh", 42, "2024-10-03T10:40", [
    ("Kontaktorsak", "Remiss från VC ang. förstorade halslymfkörtlar."),
    ("Anamnes", "Körtlar på vä halssida sedan 6 v, nattsvettningar och viktnedgång 4 kg. Icke-rökare."),
    ("Status", "Flera fasta, oömma körtlar i regio II–III vä, största 3 cm. Munhåla, svalg och epifarynx ua vid fiberskopi."),
    ("Lab", "SR 42, LD 310, blodstatus ua."),
    ("Bedömning", "Bilden inger misstanke om lymfom, DD reaktiv lymfadenit. Finnålspunktion idag, exstirpation planeras."),
], [M2], [], "long ENT note, 'inger misstanke om' + DD")

C("orto-info-kan-rora-sig-om-ligamentskada", "v_orto", 26, "2024-04-05T17:15", [
    ("Kontaktorsak", "Vridvåld vä knä i fotboll."),
    ("Status", "Hemartros vä knä, positiv Lachman."),
    ("Röntgen", "Rtg vä knä: ej hållpunkter för fraktur."),
    ("Planering", "Knäortos, MR om 2 v."),
    ("Information till patient", "Pat informerad om att det kan röra sig om en främre korsbandsskada."),
], [M2], [], "hedged diagnosis in 'Information till patient' section")

C("geri-trol-uvi-utlosande-utkast", "s_geri", 92, "2024-08-29T12:20", [
    ("Aktuellt", "Akut förvirring sedan 2 dagar, tidigare klar."),
    ("Status", "Orienterad till person, ej tid. Ömhet suprapubiskt."),
    ("Lab", "U-sticka nitrit pos, CRP 64."),
    ("Bedömning", "Trol. UVI som utlösande faktor till förvirringen. Nitrofurantoin."),
], [M2], [], "unsigned draft with 'Trol. UVI'", draft=True)

C("akut-ev-tia-forkortning", "s_akut", 73, "2024-09-14T15:40", [
    ("Bedömning", "Ev. TIA, övergående afasi 20 min, nu helt återställd. DT + DT-angio, ASA."),
], [M2], [], "'Ev.' + abbreviation TIA")

C("barn-sle-fragetecken-12", "v_barn", 12, "2024-06-05T10:25", [
    ("Bedömning", "Fjärilsexantem, ledvärk och proteinuri. SLE? ANA och anti-dsDNA skickade."),
], [M2], [], "abbreviation with '?', child 12")

C("akut-dvt-mojligen-utkast", "v_akut", 50, "2024-12-18T13:05", [
    ("Bedömning", "Svullet vä ben efter flygresa, möjligen DVT, UL imorgon och Fragmin under tiden."),
], [M2], [], "'möjligen' lower-case, unsigned draft", draft=True)

C("kk-endometrios-misstanks", "s_kk", 27, "2024-01-19T14:15", [
    ("Bedömning", "Dysmenorré och djup dyspareuni sedan flera år; endometrios misstänks. Gestagen provas."),
], [M2], [], "passive verb 'misstänks' after diagnosis")

C("psyk-psykos-inte-uteslutet", "v_psyk", 23, "2024-07-24T11:40", [
    ("Bedömning", "Tankemässigt löslig och misstänksam. Psykotiskt syndrom inte uteslutet, kompletterande bedömning imorgon."),
], [M2], [], "'inte uteslutet' — hedge, not negation")

C("onk-bild-forenlig-med-ej-sakert-hjarnmetastas", "s_onk", 55, "2024-02-13T09:50", [
    ("Bedömning", "Hjärnmetastas kan inte säkert uteslutas på DT, MR hjärna bokas."),
], [M2], [], "'kan inte säkert uteslutas'")

# ---- negatives (near misses)
C("akut-ingen-misstanke-lungemboli", "s_akut", 38, "2024-03-15T16:35", [
    ("Bedömning", "Ingen misstanke om lungemboli, Wells 0 och neg D-dimer. Bröstsmärtan muskuloskeletal."),
], [], [M2], "negated: 'Ingen misstanke om'")

C("akut-dvt-uteslutes-ultraljud", "v_akut", 61, "2024-05-23T12:45", [
    ("Bedömning", "DVT uteslutes med ultraljud. Vadsmärta bedöms vara muskelbristning."),
], [], [M2], "negated: 'uteslutes'")

C("barn-inga-tecken-pa-meningit", "s_barnakut", 5, "2024-02-24T19:50", [
    ("Status", "Pigg, nackstyvhet saknas, inga petekier."),
    ("Bedömning", "Inga tecken på meningit. Virusinfektion, hem med febernedsättande."),
], [], [M2], "negated: 'Inga tecken på'")

C("barn-diagnos-astma-etablerad", "v_barn", 10, "2024-04-10T13:15", [
    ("Diagnos", "Astma bronkiale, J45.9."),
    ("Bedömning", "Välkontrollerad astma på ICS, spirometri med normal reversibilitet idag."),
], [], [M2], "established diagnosis")

C("orto-ev-aterbesok-gipsborttagning", "v_orto", 29, "2024-03-30T15:55", [
    ("Bedömning", "Fotledsfraktur Weber B vä, ej dislocerad. Gips."),
    ("Planering", "Ev. återbesök om 6 v för gipsborttagning, annars hos distriktssköterska."),
], [], [M2], "'Ev.' about a follow-up visit")

C("kk-arftlighet-brostcancer-mor", "s_kk", 39, "2024-09-06T09:25", [
    ("Ärftlighet", "Mor och moster har haft bröstcancer före 50 års ålder."),
    ("Status", "Mammae ua vid palpation, inga körtlar i axiller."),
    ("Bedömning", "Remiss till onkogenetisk mottagning för bedömning av ärftlighet."),
], [], [M2], "family history; unsigned draft", draft=True)

C("kk-tidigare-misstankt-endometrios-utan-fynd", "v_kk", 34, "2024-02-07T11:30", [
    ("Tidigare sjukdomar", "2019 utredd för misstänkt endometrios, laparoskopi då utan fynd."),
    ("Bedömning", "Regelbundna mens, ingen smärta idag. Spiral insatt utan komplikation."),
], [], [M2], "past history of a suspicion that was ruled out")

C("onk-trol-utskrivning-imorgon", "s_onk", 52, "2024-07-12T14:35", [
    ("Bedömning", "Febril neutropeni efter cykel 3 FEC, nu feberfri sedan 48 h och stigande neutrofiler."),
    ("Planering", "Trol. utskriving imorgon om pat fortsatt mår bra."),
], [], [M2], "'Trol.' about discharge (typo)")

C("onk-vgr-tidiga-hypoteser-hjarnmetastas", "v_onk", 57, "2024-08-16T10:05", [
    ("Aktuellt", "Bröstcancer under adjuvant behandling, mår bra, lite huvudvärk."),
    ("Bedömning", "Fortsätter enligt plan med trastuzumab."),
    ("Tidiga hypoteser", "Misstänkt hjärnmetastas pga huvudvärk, MR inväntas."),
], [], [M2], "VGR: hedge only under hidden sökord Tidiga hypoteser")

C("geri-skane-tidiga-hypoteser-ftd", "s_geri", 71, "2024-10-28T11:10", [
    ("Bedömning", "Trol. frontotemporal demens, beteendevariant. Avvaktar neuropsykologisk testning."),
], [], [M2], "Skåne Tidiga hypoteser template", template="Tidiga hypoteser")

C("inf-malaria-uteslutet", "s_inf", 31, "2024-09-26T16:40", [
    ("Bedömning", "Malaria uteslutet med negativt snabbtest och tjock droppe x3. Dengue-serologi pos, denguefeber."),
], [], [M2], "negated: 'uteslutet'")

C("onh-ingen-hallpunkt-peritonsillit", "s_onh", 22, "2024-04-30T19:15", [
    ("Bedömning", "Ingen hållpunkt för peritonsillit. Tonsillit, Strep A pos, PcV i 10 dagar."),
], [], [M2], "negated 'Ingen hållpunkt för'")

C("ogon-ej-tecken-pa-nathinneavlossning", "s_ogon", 60, "2024-06-21T11:05", [
    ("Bedömning", "Ej tecken på näthinneavlossning vid undersökning i vidgad pupill. Bakre glaskroppsavlossning hö konstaterad."),
], [], [M2], "negated: 'Ej tecken på' (lay word)")

C("ogon-pappa-har-glaukom", "v_ogon", 45, "2024-08-08T14:30", [
    ("Ärftlighet", "Pappa har glaukom sedan 60-årsåldern."),
    ("Bedömning", "Normalt ögontryck bilat, papiller ua. Kontroll om 2 år."),
], [], [M2], "family history")

C("hud-mojligen-fler-kryobehandlingar", "v_hud", 78, "2024-05-17T15:00", [
    ("Bedömning", "Aktinisk keratos på hjässan, behandlad med kryo. Möjligen behov av fler behandlingar."),
], [], [M2], "'Möjligen' about treatment")

C("psyk-ingen-psykos-ingen-mani", "s_psyk", 33, "2024-08-01T13:50", [
    ("Psykiskt status", "Vaken, klar, orienterad. Ingen psykos, inga tecekn på mani. Ej suicidal."),
    ("Bedömning", "Utmattningssyndrom, sjukskrivning 50 %."),
], [], [M2], "negated psychiatric findings (typo)")

C("psyk-vgr-tidiga-hypoteser-personlighet", "v_psyk", 26, "2024-10-17T10:20", [
    ("Aktuellt", "Återkommande kriser i relationer, självskada senast för 2 v sedan."),
    ("Bedömning", "Fortsatt kontakt, krisplan upprättad."),
    ("Tidiga hypoteser", "Trol. personlighetssyndrom, kluster B."),
], [], [M2], "VGR hidden sökord holds the hedge")

C("bup-skane-tidiga-hypoteser-dd", "s_bup", 16, "2024-12-05T14:40", [
    ("Bedömning", "DD bipolaritet vs ADHD med emotionell dysreglering, avvaktar skattningar."),
], [], [M2], "BUP Tidiga hypoteser template", template="Tidiga hypoteser")

C("pmo-vc-trol-uvi", "s_vc", 54, "2024-03-11T09:30", [
    ("Bedömning", "Trol. UVI, nitrofurantoin 5 dgr."),
], [], [M2], "PMO never shows diagnoses", template="Besöksanteckning")

C("pmo-bvc-misstankt-otit", "s_bvc", 1, "2024-04-19T10:40", [
    ("Bedömning", "Misstänkt otit? Drar sig i örat och feber sedan igår, hänvisad till VC."),
], [], [M2], "PMO BVC", template="Besöksanteckning", role="sjuksköterska")

C("pmo-um-misstankt-klamydia", "s_um", 17, "2024-06-07T15:25", [
    ("Bedömning", "Misstänkt klamydia efter oskyddat samlag, PCR tagen."),
], [], [M2], "PMO ungdomsmottagning", template="Besöksanteckning", role="barnmorska")

C("pmo-hsv-ev-trycksar", "s_hsv", 88, "2024-11-25T13:15", [
    ("Bedömning", "Ev. trycksår sacrum grad 1, avlastning och tätare lägesändring."),
], [], [M2], "PMO home care", template="Omvårdnadsanteckning", role="sjuksköterska")

C("akut-appendicit-avskriven", "s_akut", 24, "2024-07-25T22:30", [
    ("Bedömning", "Appendicit avskriven efter UL med normal appendix och CRP 4. Gastroenterit."),
], [], [M2], "negated with 'avskriven'; unsigned draft", draft=True)

C("akut-inga-hallpunkter-commotio", "v_akutb", 17, "2024-09-28T00:45", [
    ("Bedömning", "Inga hållpunkter för commotio. Skalpsår 3 cm sutureras."),
], [], [M2], "negated Latin diagnosis")

C("kk-preeklampsi-misstanke-kvarstar-inte", "v_kk", 31, "2024-03-14T18:10", [
    ("Bedömning", "Misstanken om preeklampsi kvarstår inte, BT normaliserat och proteinuri neg. Hem med BT-kontroll på MVC."),
], [], [M2], "suspicion explicitly dropped")

C("orto-trol-sjukskriven-menisk", "s_orto", 43, "2024-05-10T11:50", [
    ("Bedömning", "Menisklesion mediala hö, artroskopisk resektion utförd utan komplikation."),
    ("Planering", "Trol. sjukskriven 4 veckor, fysioterapi."),
], [], [M2], "'Trol.' about sick leave; unsigned draft", draft=True)

C("barn-kan-ej-utesluta-inlaggning", "v_barn", 4, "2024-02-09T17:35", [
    ("Bedömning", "Gastroenterit med lätt dehydrering. Kan ej utesluta att han behöver läggas in om han inte dricker bättre."),
], [], [M2], "'kan ej utesluta' about admission, not a diagnosis")

C("geri-bror-hade-parkinson", "s_geri", 76, "2024-01-26T10:00", [
    ("Ärftlighet", "Bror hade Parkinsons sjukdom."),
    ("Bedömning", "Essentiell tremor, propranolol provas."),
], [], [M2], "family history eponym")

C("psyk-tidigare-utredd-adhd-ej-uppfyllda", "v_psyk", 30, "2024-04-15T14:25", [
    ("Tidigare sjukdomar", "Utredd för misstänkt ADHD 2016, kriterier ej uppfyllda."),
    ("Bedömning", "Generaliserat ångestsyndrom. KBT-remiss."),
], [], [M2], "past history")

C("onk-ev-stralbehandling-diskuteras", "v_onk", 58, "2024-12-12T09:15", [
    ("Bedömning", "Bröstcancer vä, ER+, HER2-, pN0. Ev. strålbehandling efter op diskuteras på MDK."),
], [], [M2], "'Ev.' about radiotherapy")

C("akut-ingen-missanke-aortadissektion-typo", "v_akut", 64, "2024-11-02T04:20", [
    ("Bedömning", "Ingen missanke om aortadissektion, DT aorta ua. Smärtan bedöms vara muskulär."),
], [], [M2], "typo 'missanke' in a negation")

C("kk-eventuellt-induktion", "s_kk", 36, "2024-05-28T10:50", [
    ("Bedömning", "Graviditetsdiabetes, kostbehandlad, välreglerad."),
    ("Planering", "Eventuellt induktion v 40 beroende på tillväxt-UL."),
], [], [M2], "'Eventuellt' about induction")

C("orto-frakturmisstanke-avfardad", "v_orto", 52, "2024-07-31T13:30", [
    ("Bedömning", "Frakturmisstanke avfärdad – rtg utan skelettskada. Kontusion hö axel."),
], [], [M2], "suspicion dismissed")

C("geri-undrar-om-alzheimer-ingen-demens", "v_geri", 74, "2024-03-20T10:45", [
    ("Kontaktorsak", "Pat undrar om hon har Alzheimer då hon glömmer namn."),
    ("Status", "MMSE 29/30, klocktest normalt."),
    ("Bedömning", "Ingen demenssjukdom. Normalt åldrande."),
], [], [M2], "patient's own question, diagnosis negated")

C("psyk-oroar-sig-for-schizofreni-som-mor", "s_psyk", 21, "2024-09-19T15:35", [
    ("Ärftlighet", "Mamma har schizofreni."),
    ("Bedömning", "Inga psykotiska symtom. Stressreaktion, stödsamtal."),
], [], [M2], "family history + negated")

C("inf-tbc-2010-avskriven", "v_inf", 48, "2024-06-28T12:35", [
    ("Tidigare sjukdomar", "Tbc-misstanke 2010, utredd och avskriven."),
    ("Bedömning", "Latent tuberkulos nu, Quantiferon pos, rifampicin 4 mån."),
], [], [M2], "past suspicion + current established diagnosis")

C("onk-mb-hodgkin-etablerad-uppfoljning", "s_onk", 29, "2024-04-25T13:05", [
    ("Bedömning", "Mb Hodgkin, klassisk typ, stadium IIA, i komplett remission efter ABVD. Fortsatta kontroller var 4:e mån."),
], [], [M2], "established eponym lymphoma")

C("derm-ej-susp-malignitet-kort", "v_hud", 40, "2024-10-30T09:55", [
    ("Bedömning", "Dermatofibrom, ej suspekt för malignitet."),
], [], [M2], "'ej suspekt' negation")

C("barn-mb-crohn-verifierad", "v_barn", 12, "2024-07-10T14:10", [
    ("Bedömning", "Mb Crohn i terminala ileum, verifierad med koloskopi och PAD. Start exklusiv enteral nutrition."),
], [], [M2], "verified eponym diagnosis, child 12")


# ---------------------------------------------------------------- build
def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def pnr(birth, serial):
    base = birth.strftime("%y%m%d") + "%03d" % serial
    for c in range(10):
        if luhn_ok(base + str(c)):
            return birth.strftime("%Y%m%d") + "-" + "%03d" % serial + str(c)
    raise ValueError


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def build():
    out = []
    for i, c in enumerate(CASES):
        system, uname, hsa = UNITS[c["unit"]]
        ruleset = "skane" if c["unit"].startswith("s_") else "vgr"
        t = dt.datetime.fromisoformat(c["time"])
        birth = (dt.date(t.year - c["age"] - 1, t.month, min(t.day, 28))
                 + dt.timedelta(days=30 + (i % 40)))
        serial = 100 + (i * 37) % 890
        pool = AUTHORS[c["role"]]
        author = pool[i % len(pool)]
        signed = None if c["draft"] else (t + dt.timedelta(minutes=15 + (i * 13) % 90)).isoformat()
        template = c["template"] or ("Besöksanteckning" if system == "PMO" else
                                     ["Läkaranteckning", "Mottagningsanteckning", "Akutanteckning"][i % 3]
                                     if c["role"] == "läkare" else "Omvårdnadsanteckning")
        if c["unit"] in ("s_akut", "v_akut", "v_akutb", "s_barnakut", "v_barnakut"):
            setting = "akutmottagning"
        else:
            setting = c["setting"] or SETTING.get(c["unit"], "öppenvård")
        note = {
            "id": "n1", "system": system, "template": template,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": author, "role": c["role"]},
            "time": t.isoformat(), "signed": signed, "setting": setting,
            "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": pnr(birth, serial), "birth_date": birth.isoformat(),
                        "protected_identity": False},
            "as_of": "2024-12-31T00:00:00",
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": ruleset, "record": record,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    for c in cases:
        n = c["case"]
        if set(c) != keys:
            problems.append(f"{n}: keys {sorted(c)}")
        if n in names or not re.fullmatch(r"[a-z0-9åäö-]+", n):
            problems.append(f"{n}: duplicate or bad case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{n}: ruleset")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{n}: asserts nothing")
        if not c["why"]:
            problems.append(f"{n}: no why")
        rec = c["record"]
        p = rec["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m or not luhn_ok(m.group(1)[2:] + m.group(2)):
            problems.append(f"{n}: personnummer {p['id']}")
        birth = dt.date.fromisoformat(p["birth_date"])
        if p["id"][:8] != birth.strftime("%Y%m%d"):
            problems.append(f"{n}: pnr/birth mismatch")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        ids = {note["id"] for note in rec["notes"]}
        for code, target in c["must"] + c["must_not"]:
            if code not in ("NL101", "NL102") or target not in ids:
                problems.append(f"{n}: bad assertion {code} {target}")
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])):
            problems.append(f"{n}: must and must_not overlap")
        for note in rec["notes"]:
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024 or t > as_of:
                problems.append(f"{n}: time {note['time']}")
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s < t or s > as_of:
                    problems.append(f"{n}: signed")
            a = age_at(birth, t.date())
            if 13 <= a <= 15 or a < 0:
                problems.append(f"{n}: age {a}")
            if not re.fullmatch(r"SE2321000(255|131)-[0-9A-Z]{4}", note["unit"]["hsa_id"]):
                problems.append(f"{n}: hsa")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append(f"{n}: VGR must be Melior")
            if note["system"] == "PMO" and ["NL102", "n1"] in c["must"]:
                problems.append(f"{n}: NL102 asserted on PMO")
            if note["system"] == "PMO" and any(code == "NL101" for code, _ in c["must"] + c["must_not"]):
                problems.append(f"{n}: NL101 asserted on PMO")
            if "BUP" in note["unit"]["name"] and c["ruleset"] != "skane":
                problems.append(f"{n}: BUP outside Skåne")
            if not note["sections"]:
                problems.append(f"{n}: no sections")
            for sec in note["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            problems.append(f"{n}: sentence repeated from {sentences[sent]}: {sent!r}")
                        sentences.setdefault(sent, n)
    return problems


def main():
    cases = build()
    problems = validate(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    counts = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print(f"{len(cases)} cases -> {OUT}")
    for (code, kind), v in sorted(counts.items()):
        print(f"  {code} {kind}: {v}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
