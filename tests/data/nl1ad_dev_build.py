#!/usr/bin/env python3
"""Gold cases nl1ad: NL101 across multi-note records and distant/back-referring
statements about telling; NL102 near misses. Dependency-free, deterministic."""
import json, re, sys, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nl1ad_dev_cases"

UNITS = {
    # Skåne, Melior
    "s_kir": ("Kirurgimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5120"),
    "s_lunga": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4471"),
    "s_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4410"),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-6031"),
    "s_barnonk": ("Barnonkologiska avdelningen 84, Skånes universitetssjukhus Lund", "SE2321000255-6102"),
    "s_barnkir": ("Barnkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6140"),
    "s_barn_ksd": ("Barnmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6077"),
    "s_hud": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3318"),
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_hema": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4455"),
    "s_med_ystad": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-2284"),
    "s_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7702"),
    "s_kvinn": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-5501"),
    "s_uro": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5233"),
    "s_kard": ("Hjärtmottagningen, Helsingborgs lasarett", "SE2321000255-4022"),
    "s_endo": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4190"),
    "s_ortop": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-5876"),
    "s_infek": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4301"),
    "s_akut": ("Akutmottagningen, Trelleborgs lasarett", "SE2321000255-1930"),
    "s_gastro": ("Gastroenterologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4260"),
    "s_psyk": ("Allmänpsykiatrisk mottagning Landskrona", "SE2321000255-8815"),
    "s_ron": ("Öron-näsa-hals-mottagningen, Helsingborgs lasarett", "SE2321000255-5688"),
    # Skåne, PMO
    "s_vc": ("Vårdcentralen Linero, Lund", "SE2321000255-9140"),
    "s_bvc": ("BVC Kirseberg, Malmö", "SE2321000255-9377"),
    # VGR, Melior
    "v_onk": ("Onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011021"),
    "v_dsbus": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012240"),
    "v_barnonk": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012255"),
    "v_barnneuro": ("Barnneurologi, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012263"),
    "v_barn_kungalv": ("Barn- och ungdomsmottagningen, Kungälvs sjukhus", "SE2321000131-E000000014418"),
    "v_barn_nal": ("Barn- och ungdomsmedicin, NU-sjukvården NÄL", "SE2321000131-E000000015502"),
    "v_kvinn": ("Kvinnosjukvård, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011388"),
    "v_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016610"),
    "v_lung": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011145"),
    "v_med_nal": ("Medicinkliniken, NU-sjukvården NÄL", "SE2321000131-E000000015230"),
    "v_kir_sas": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000017104"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011290"),
    "v_hema": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011312"),
    "v_hud": ("Hudkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000017188"),
    "v_ortop": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E000000018021"),
    "v_kard": ("Kardiologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016455"),
    "v_gastro": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011402"),
    "v_infek": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011420"),
    "v_psyk": ("Psykiatrisk öppenvård Uddevalla", "SE2321000131-E000000015771"),
    "v_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011199"),
    "v_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000014300"),
    "v_geri": ("Geriatrik och minnesmottagning, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000016902"),
    "v_oron": ("Öron-näs-halskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011520"),
}


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return str((10 - tot % 10) % 10)


def pnr(birth, serial):
    b = birth.replace("-", "")
    return "%s-%s%s" % (b, serial, luhn_digit(b[2:] + serial))


def iso(t):
    return t.replace(" ", "T") + ":00" if len(t) == 16 else t


def N(nid, unit, author, role, time, signed, sections, template="Läkaranteckning",
      system="Melior", setting="öppenvård"):
    name, hsa = UNITS[unit]
    t = iso(time)
    if signed is None:
        s = None
    elif len(signed) == 5:
        s = t[:11] + signed + ":00"
    else:
        s = iso(signed)
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": t, "signed": s, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in sections]}


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why):
    last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min(last + datetime.timedelta(days=14), datetime.datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0)
    rec = {"patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
           "as_of": as_of.isoformat(), "notes": notes,
           "access_events": [], "conversations": [], "treatments": []}
    CASES.append({"case": name, "ruleset": ruleset, "record": rec,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why})


def P(x):  # shorthand for NL101 on a note
    return ("NL101", x)


def Q(x):
    return ("NL102", x)

# ---------------------------------------------------------------------------
# A. NL101 across records of 2-4 notes (diagnosis, statement about telling and
#    the later telling spread over professions and days)
# ---------------------------------------------------------------------------

C("multi-kolon-pad-besked-tre-dagar-senare", "skane", "1965-09-14", "412", [
    N("n1", "s_kir", "Henrik Wallin", "läkare", "2024-02-05 14:10", "16:02", [
        ("Aktuellt", "Svar på PAD efter koloskopi 29/1."),
        ("Bedömning", "PAD visar adenocarcinom i colon sigmoideum, måttligt differentierat. CT thorax/buk beställd för stadieindelning."),
        ("Planering", "Pat ej informerad ännu. Kallas till besök hos mig fre 9/2 tillsammans med kontaktssk. Anmäls till MDK 14/2."),
    ]),
    N("n2", "s_kir", "Lena Persson", "medicinsk sekreterare", "2024-02-06 08:40", "08:45", [
        ("Administration", "Kallelse skickad till läkarbesök 9/2 kl 10.30. Pat bekräftat tiden per telefon."),
    ], template="Administrativ anteckning"),
    N("n3", "s_kir", "Henrik Wallin", "läkare", "2024-02-09 11:05", "13:30", [
        ("Besöksorsak", "Besked efter koloskopi, dottern med."),
        ("Information", "Har informerat pat och dotter om cancer i sigmoideum enl PAD. Pat tar det sansat, många frågor om op. CT-svar ej klart, ges vid MDK-återkoppling."),
    ]),
], [P("n1")], [P("n3")],
  "n1 holds the PAD diagnosis and says the patient is not yet told; the later telling note does not")

C("multi-barn-all-foraldrar-besked-kurator", "vgr", "2017-11-03", "228", [
    N("n1", "v_dsbus", "Maria Hedberg", "läkare", "2024-03-12 11:20", "12:05", [
        ("Bedömning", "Blodstatus med 62 % blaster, flödescytometri på perifert blod bekräftar akut lymfatisk leukemi (B-ALL)."),
        ("Planering", "Föräldrarna har ännu inte fått besked. Samtal bokat kl 15 idag med mig och kurator på avd. Överflytt till barncancercentrum imorgon."),
    ], setting="slutenvård"),
    N("n2", "v_dsbus", "Annika Sjöberg", "kurator", "2024-03-12 16:40", "17:10", [
        ("Samtal", "Deltog vid informationssamtal där föräldrarna fick beskedet om leukemi. Mamma mycket ledsen, pappa frågar praktiskt om jobb och syskonets förskola. Erbjudits fortsatt stöd, ny kontakt imorgon."),
    ], template="Kuratorsanteckning", setting="slutenvård"),
    N("n3", "v_dsbus", "Jonna Ek", "sjuksköterska", "2024-03-13 07:15", "07:30", [
        ("Omvårdnad", "Sovit oroligt, mamma vakat. Fastar inför CVK-inläggning kl 10. Föräldrarna informerade om fasteregler inför narkosen."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [P("n1")], [P("n2"), P("n3")],
  "child of 6: guardians who read the journal not yet told in the doctor's note; the social worker's note records the telling; nurse's 'informerade' concerns fasting")

C("multi-lunga-svaret-langt-ner-ssk-telefon", "skane", "1952-04-22", "663", [
    N("n1", "s_lunga", "Per Olsson", "läkare", "2024-03-04 15:55", "2024-03-05 08:10", [
        ("Aktuellt", "Bronkoskopi 27/2 pga hö-sidig hilusförstoring på rtg. Rökare, 45 paketår."),
        ("Bedömning", "Px från hö ovanlobsbronk: skivepitelcancer. PET-DT beställd, remiss onkologen efter MDK."),
        ("Status", "AT gott. Sat 95 %. Lungor: nedsatta andningsljud hö apikalt."),
        ("Övrigt", "Pat har inte fått svaret än, informeras på återbesöket 12/3 då hustrun kan följa med."),
    ]),
    N("n2", "s_lunga", "Karin Nyström", "sjuksköterska", "2024-03-06 09:30", "09:40", [
        ("Telefon", "Pat ringer och undrar över svaret från bronkoskopin. Har ej fått besked, hänvisar till läkarbesöket 12/3. Pat accepterar det, lätt orolig."),
    ], template="Telefonanteckning"),
    N("n3", "s_lunga", "Per Olsson", "läkare", "2024-03-12 10:45", "11:50", [
        ("Information", "Informerat pat och hustru om skivepitelcancer i hö ovanlob. PET visar även mediastinal körtel, stadium IIIA. Onkologbedömning inom 2 v."),
    ]),
], [P("n1")], [P("n2"), P("n3")],
  "'svaret' in Övrigt sections below refers back to the cancer in Bedömning; the nurse's call has no diagnosis; the telling note is fine")

C("multi-cervixcancer-pat-utomlands", "vgr", "1978-06-30", "546", [
    N("n1", "v_kvinn", "Sofia Lindqvist", "läkare", "2024-04-08 13:00", "13:45", [
        ("Bedömning", "Cervixbiopsi 26/3: invasiv skivepitelcancer. MR lilla bäckenet beställd."),
        ("Åtgärd", "Försökt nå pat x3 utan svar. Enl. maken är hon utomlands t.o.m. 20/4. Pat är alltså ännu inte informerad om cancern; besök bokas så snart hon är hemma."),
    ]),
    N("n2", "v_kvinn", "Eva Borg", "medicinsk sekreterare", "2024-04-09 10:10", "10:12", [
        ("Administration", "Tid bokad 22/4 kl 09.00 hos dr Lindqvist för besked. Brev skickat."),
    ], template="Administrativ anteckning"),
    N("n3", "v_kvinn", "Sofia Lindqvist", "läkare", "2024-04-22 09:50", "10:40", [
        ("Besöksorsak", "Besked efter biopsi."),
        ("Bedömning", "Pat informerad om cervixcancer, MR talar för stadium IB2. Förklarat fortsatt handläggning via regional MDK."),
    ]),
], [P("n1")], [P("n3")],
  "the not-told statement is in Åtgärd, separate from the diagnosis in Bedömning; later notes are a booking and the telling")

C("multi-barn-diabetes-foraldrar-informerade-akuten", "skane", "2014-10-17", "385", [
    N("n1", "s_barn_hbg", "Johan Ahlgren", "läkare", "2024-01-15 22:40", "23:55", [
        ("Bedömning", "B-glukos 24, ketoner 3,1, pH 7,28. Nydebuterad diabetes mellitus typ 1 med lätt ketoacidos."),
        ("Information", "Föräldrarna informerade av mig på akuten om diagnosen och att vård på avd krävs några dagar."),
    ], setting="slutenvård"),
    N("n2", "s_barn_hbg", "Hanna Kroon", "diabetessjuksköterska", "2024-01-17 10:00", "11:15", [
        ("Undervisning", "Genomgång insulinpenna och blodsockermätning med mamma och pappa. De har fått diagnosbeskedet redan på akuten; idag fokus på kolhydraträkning. Flickan själv (9 år) provade sticka sig i fingret."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [], [P("n1"), P("n2")],
  "child of 9 whose guardians were told at the emergency department; both notes record informed guardians")

C("multi-ms-utkast-detta-ej-meddelat", "skane", "1990-02-08", "120", [
    N("n1", "s_neuro", "Ida Malmström", "läkare", "2024-01-10 16:30", None, [
        ("Aktuellt", "Utredning efter synnervsinflammation hö öga i nov."),
        ("Bedömning", "MR hjärna visar multipla periventrikulära och juxtakortikala lesioner, en laddar kontrast. Uppfyller McDonald-kriterierna – multipel skleros, skovvis förlopp."),
        ("Planering", "Detta är ej meddelat pat, som ringer hit imorgon för svar. Vill ta beskedet vid besök och inte per telefon."),
    ]),
    N("n2", "s_neuro", "Emma Rydén", "sjuksköterska", "2024-01-11 09:05", "09:15", [
        ("Telefon", "Pat ringde enl. överenskommelse. Erbjuden besökstid 15/1 hos neurolog. Inga nytillkomna symtom, synen bättre."),
    ], template="Telefonanteckning"),
    N("n3", "s_neuro", "Ida Malmström", "läkare", "2024-01-15 14:00", "15:20", [
        ("Information", "Gått igenom MR-fynden och diagnosen MS med pat och sambo. Info om bromsbehandling, broschyr. MS-ssk kontaktar inom en vecka."),
    ]),
], [P("n1")], [P("n3")],
  "unsigned draft: 'Detta är ej meddelat pat' refers back to MS in Bedömning")

C("multi-prostatacancer-kontaktssk-efter-besked", "vgr", "1961-12-01", "095", [
    N("n1", "v_uro", "Anders Fors", "läkare", "2024-05-02 12:30", "14:10", [
        ("Bedömning", "PSA 48. MR prostata PI-RADS 5 vä. Systematiska + riktade biopsier: prostatacancer Gleason 4+4=8 i 7/14 biopsier."),
        ("Plan", "Pat ej underrättad. Ska få beskedet av mig på mottagningen v. 19, kontaktssk med. Skelettscint beställd."),
    ]),
    N("n2", "v_uro", "Malin Gren", "kontaktsjuksköterska", "2024-05-08 11:00", "11:30", [
        ("Samtal", "Deltog när dr Fors gav pat besked om prostatacancer. Därefter enskilt samtal: gått igenom skelettscint, min roll och kontaktvägar. Pat har sin fru som stöd."),
    ], template="Omvårdnadsanteckning"),
], [P("n1")], [P("n2")],
  "urologist documents the biopsy cancer and that the patient is not told; the contact nurse documents the telling six days later")

C("multi-melanom-fynden-ej-kommunicerade", "skane", "1973-08-19", "834", [
    N("n1", "s_hud", "Fredrik Sand", "läkare", "2024-03-25 16:00", "16:20", [
        ("Provsvar", "PAD efter excision av naevus rygg: malignt melanom, superficiellt spridande, Breslow 1,4 mm, ej ulcererat. Radikalt."),
        ("Åtgärd", "Fynden ej kommunicerade med pat. Ssk ringer och bokar besök inom 1 v. Utvidgad excision + portvaktskörtel planeras."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_hud", "Sara Lund", "sjuksköterska", "2024-03-26 10:20", "10:25", [
        ("Telefon", "Ringt pat, besök bokat 4/4. Pat undrar om det är något farligt – svarat att doktorn går igenom PAD vid besöket."),
    ], template="Telefonanteckning"),
    N("n3", "s_hud", "Fredrik Sand", "läkare", "2024-04-04 13:15", "13:55", [
        ("Bedömning", "Pat informerad om att leverfläcken var ett melanom, stadium IB. Remiss plastikkirurgen."),
    ]),
], [P("n1")], [P("n2"), P("n3")],
  "'Fynden ej kommunicerade' refers back to the melanoma; the nurse's call mentions PAD but no diagnosis")

C("multi-myelom-dotter-vill-vara-med", "skane", "1956-05-11", "209", [
    N("n1", "s_hema", "Gustav Berglund", "läkare", "2024-05-13 15:20", "15:50", [
        ("Bedömning", "Benmärgsbiopsi: 35 % klonala plasmaceller. M-komponent IgG-kappa 38 g/l, Hb 98. Multipelt myelom."),
        ("Kommentar", "Patienten ej informerad ännu. Dottern (ssk) har ringt och vill vara med vid beskedet; pat har samtyckt till det."),
    ]),
    N("n2", "s_hema", "Pia Ohlsson", "medicinsk sekreterare", "2024-05-14 08:20", "08:21", [
        ("Administration", "Besök 20/5 kl 13 bokat, dotter medföljer. Tolk behövs ej."),
    ], template="Administrativ anteckning"),
    N("n3", "s_hema", "Gustav Berglund", "läkare", "2024-05-20 13:10", "14:30", [
        ("Information", "Besked om myelom lämnat till pat och dotter. Behandlingsstart med VRd planeras om 1 v."),
    ]),
], [P("n1")], [P("n3")],
  "patient not informed though the daughter asks to attend; later notes booking and telling")

C("multi-pankreas-inneliggande-fyra-anteckningar", "skane", "1947-01-29", "450", [
    N("n1", "s_med_ystad", "Olle Brandt", "läkare", "2024-02-06 14:30", "15:40", [
        ("Bedömning", "DT buk: tumör i pankreashuvudet med multipla levermetastaser, bild av metastaserad pankreascancer. Px ej aktuellt enl. kirurgjour, palliativ inriktning."),
        ("Planering", "Pat trött och ej informerad ikväll; samtal imorgon förmiddag med sonen närvarande enl. pat:s önskemål."),
    ], setting="slutenvård"),
    N("n2", "s_med_ystad", "Linnea Bååth", "sjuksköterska", "2024-02-06 21:15", "21:20", [
        ("Omvårdnad", "Pat frågar om DT-svaret. Förklarat att läkaren går igenom det imorgon. Sovit sedan 22."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
    N("n3", "s_med_ystad", "Olle Brandt", "läkare", "2024-02-07 11:00", "12:15", [
        ("Information", "Brytpunktssamtal. Pat och son informerade om metastaserad pankreascancer och att behandling inte kan bota. Pat önskar vårdas hemma, ASIH-remiss."),
    ], setting="slutenvård"),
    N("n4", "s_med_ystad", "Linnea Bååth", "sjuksköterska", "2024-02-07 20:40", "20:55", [
        ("Omvårdnad", "Pat ledsen efter dagens besked, har pratat länge med sonen som stannar över natten. Ordinerad oxynorm vb."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [P("n1")], [P("n2"), P("n3"), P("n4")],
  "inpatient: physician defers the telling to the next day; evening nurse note without diagnosis; telling and aftermath notes")

C("multi-barn-absensepilepsi-mamma-telefon", "vgr", "2013-03-05", "662", [
    N("n1", "v_barnneuro", "Karl Adolfsson", "läkare", "2024-02-20 15:30", "16:00", [
        ("Bedömning", "EEG med hyperventilation: generaliserade 3 Hz spike-wave-urladdningar med kliniska absenser. Barnet har absensepilepsi."),
        ("Planering", "Föräldrarna ännu ej informerade om resultatet, de ringer på tisdag. Etosuximid planeras."),
    ]),
    N("n2", "v_barnneuro", "Lisa Holm", "sjuksköterska", "2024-02-27 09:40", "10:00", [
        ("Telefon", "Mamma ringt. Dr Adolfsson gick igenom diagnosen absensepilepsi med henne i telefon, hon berättar för pappa ikväll. Recept på etosuximid skickat."),
    ], template="Telefonanteckning"),
], [P("n1")], [P("n2")],
  "10-year-old: guardians not yet told in the EEG note; nurse notes the telling by phone a week later")

C("multi-kol-spirometri-tre-yrken", "vgr", "1968-07-07", "171", [
    N("n1", "v_lung", "Tobias Rask", "biomedicinsk analytiker", "2024-06-03 09:00", "09:30", [
        ("Undersökning", "Dynamisk spirometri före och efter bronkdilatation utförd. God medverkan, reproducerbara kurvor."),
    ], template="Fysiologanteckning"),
    N("n2", "v_lung", "Helena Åkesson", "läkare", "2024-06-03 16:10", "16:30", [
        ("Bedömning", "FEV1/FVC 0,58 efter bronkdilatation, FEV1 62 % av förväntat. KOL, GOLD 2."),
        ("Åtgärd", "Pat lämnade innan läkarbedömning och har inte fått veta resultatet. Ringer honom imorgon."),
    ]),
    N("n3", "v_lung", "Helena Åkesson", "läkare", "2024-06-04 11:15", "11:20", [
        ("Telefon", "Meddelat pat att spirometrin visar KOL. Rökstopp diskuterat, erbjuds tobaksavvänjning. Start LAMA."),
    ], template="Telefonanteckning"),
], [P("n2")], [P("n3")],
  "the not-told note is the second of three; the physiology note has no diagnosis and the phone note records the telling")

C("multi-alzheimer-maken-vill-inte", "skane", "1942-09-26", "024", [
    N("n1", "s_minne", "Ulla Grahn", "läkare", "2024-04-15 14:20", "15:00", [
        ("Sammanfattning", "MMSE 19/30, MR med bilateral hippocampusatrofi, likvor med förhöjt tau och lågt beta-amyloid. Diagnos: Alzheimers sjukdom, sen debut."),
        ("Övrigt", "Maken vill att hon inte ska få veta. Pat är därför inte informerad om diagnosen; nytt samtal med maken om hennes rätt till information planeras."),
    ]),
    N("n2", "s_minne", "Ulla Grahn", "läkare", "2024-05-06 10:00", "10:50", [
        ("Samtal", "Diagnosbesked Alzheimers sjukdom givet till pat med maken närvarande. Pat förstår delvis, säger att hon anat det. Start donepezil."),
    ]),
    N("n3", "s_minne", "Ronja Falk", "arbetsterapeut", "2024-05-13 13:30", "14:05", [
        ("Hembesök", "Genomgång av hjälpmedel: kalender, spisvakt. Pat vet om sin diagnos och vill fortsätta laga mat själv."),
    ], template="Arbetsterapeutanteckning"),
], [P("n1")], [P("n2"), P("n3")],
  "relatives' wish is the reason but the patient herself is not told in n1; later the physician tells and the OT notes she knows")

C("multi-gallsten-optid-ej-meddelad", "vgr", "1976-02-14", "390", [
    N("n1", "v_kir_sas", "Magnus Ohlin", "läkare", "2024-04-02 10:30", "11:00", [
        ("Bedömning", "Symtomgivande gallstenssjukdom, ul visar multipla konkrement, ingen kolecystit. Pat informerad om diagnosen och önskar op."),
        ("Planering", "Laparoskopisk kolecystektomi. Pat ej informerad om operationstiden ännu, planeringsenheten ringer."),
    ]),
    N("n2", "v_kir_sas", "Therese Ung", "operationskoordinator", "2024-04-18 09:00", "09:05", [
        ("Administration", "Pat meddelad operationsdatum 3/6. Preop-samtal bokat 27/5."),
    ], template="Administrativ anteckning"),
], [], [P("n1"), P("n2")],
  "what the patient has not been told is the operation date; the diagnosis itself was told")

C("multi-barnkirurgi-invagination-foraldrar", "skane", "2021-05-09", "731", [
    N("n1", "s_barnkir", "Sanna Hjort", "läkare", "2024-03-18 18:45", "19:30", [
        ("Bedömning", "Ultraljud: ileocolisk invagination ca 3 cm, target-tecken. God cirkulation."),
        ("Åtgärd", "Föräldrarna informerade om fyndet och om reposition med luftlavemang, samtycker."),
    ], setting="slutenvård"),
    N("n2", "s_barnkir", "Filip Nord", "sjuksköterska", "2024-03-18 23:10", "23:20", [
        ("Omvårdnad", "Lyckad reposition kl 20.40. Pojken sover, ätit lite välling. Pappa stannar över natten."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [], [P("n1")],
  "child of 2: guardians told of the intussusception immediately")

C("multi-njurcancer-incidentalom-urolog-senare", "vgr", "1959-10-10", "275", [
    N("n1", "v_akut", "Jesper Lund", "läkare", "2024-01-22 03:20", "04:10", [
        ("Bedömning", "DT buk pga buksmärta: ingen appendicit, inget fritt gas. Bifynd: 4 cm solid expansivitet vä njure, enl. rtg-läkare typisk njurcellscancer."),
        ("Planering", "Buksmärtan bedöms som förstoppning, hem. Bifyndet ej diskuterat med pat nattetid – remiss urolog som tar beskedet."),
    ], template="Akutanteckning"),
    N("n2", "v_uro", "Anders Fors", "läkare", "2024-02-05 10:15", "11:00", [
        ("Bedömning", "Pat informerad om att fyndet i vä njure sannolikt är en njurcancer, föreslår partiell nefrektomi utan föregående biopsi. Pat vill fundera några dagar."),
    ]),
], [P("n1")], [],
  "the night emergency note holds the kidney cancer and says it was not discussed with the patient ('Bifyndet')")

C("multi-barn-celiaki-foraldrar-brev", "skane", "2016-01-21", "849", [
    N("n1", "s_barn_ksd", "Amanda Lövgren", "läkare", "2024-09-02 13:30", "13:40", [
        ("Provsvar", "Transglutaminas-IgA >10 x övre ref, endomysieantikroppar pos. Uppfyller kriterier för celiaki utan biopsi."),
        ("Planering", "Föräldrarna har inte fått svaret. Ringer mamma i eftermiddag; om ej nås skickas brev med tid."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_barn_ksd", "Amanda Lövgren", "läkare", "2024-09-02 16:50", "16:55", [
        ("Telefon", "Nått mamma, meddelat att dottern har celiaki. Remiss dietist för glutenfri kost. Mamma informerar pappa."),
    ], template="Telefonanteckning"),
    N("n3", "s_barn_ksd", "Jenny Wahl", "dietist", "2024-09-16 10:00", "10:45", [
        ("Kostråd", "Träff med flickan och båda föräldrarna. Genomgång glutenfri kost, skolmåltider. Föräldrarna vill att skolköket informeras, intyg skrivs."),
    ], template="Dietistanteckning"),
], [P("n1")], [P("n2"), P("n3")],
  "8-year-old: same physician writes not-told and, hours later, the telling; dietitian's note concerns informing the school")

C("multi-hodgkin-utkast-besked-samma-eftermiddag", "vgr", "1999-04-04", "518", [
    N("n1", "v_hema", "Elin Storm", "läkare", "2024-02-14 11:00", None, [
        ("Bedömning", "PAD från körtelexstirpation hö halssida: klassiskt Hodgkins lymfom, nodulär skleros."),
        ("Information", "Han har ännu inte fått beskedet. PET-DT bokas före besöket."),
    ]),
    N("n2", "v_hema", "Elin Storm", "läkare", "2024-02-14 15:30", "16:10", [
        ("Information", "Pat kom på extra besök på egen begäran. Har informerat honom om Hodgkins lymfom och god prognos. Fertilitetsbevarande diskuterat."),
    ]),
], [P("n1")], [P("n2")],
  "unsigned morning draft with 'beskedet' not given; same author tells the patient in the afternoon")

C("multi-hcv-nas-ej-infektion", "skane", "1988-12-12", "303", [
    N("n1", "s_infek", "Viktor Ek", "läkare", "2024-06-10 09:30", "09:45", [
        ("Provsvar", "HCV-RNA positivt, genotyp 3a. Kronisk hepatit C."),
        ("Åtgärd", "Pat nås ej på telefon x2, ej informerad. Brev med kallelse."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_infek", "Moa Hellström", "sjuksköterska", "2024-06-18 14:00", "14:30", [
        ("Besök", "Pat på besök efter kallelse, informerad om hepatit C av dr Ek som deltog kort. Smittskyddsinformation given, partner uppmanas testa sig."),
    ], template="Omvårdnadsanteckning"),
], [P("n1")], [P("n2")],
  "patient unreachable and not informed of hepatitis C in n1; the nurse visit records the telling")

C("multi-barn-downs-foraldrar-vantar", "vgr", "2024-01-25", "802", [
    N("n1", "v_barn_nal", "Oskar Hägg", "läkare", "2024-02-01 12:00", "12:30", [
        ("Provsvar", "Kromosomanalys (QF-PCR): trisomi 21. Downs syndrom bekräftat."),
        ("Planering", "Föräldrarna väntar på svaret men är inte informerade än – samtal på neonatalmottagningen imorgon kl 10 med båda."),
    ], template="Provsvarsbedömning"),
    N("n2", "v_barn_nal", "Oskar Hägg", "läkare", "2024-02-02 10:00", "11:10", [
        ("Samtal", "Föräldrarna informerade om resultatet, trisomi 21. Hjärteko bokat. Kontakt med barnhabilitering erbjuds."),
    ]),
    N("n3", "v_barn_nal", "Greta Sund", "sjuksköterska", "2024-02-02 14:00", "14:10", [
        ("Omvårdnad", "Amning går bra, vikt +30 g. Föräldrarna berättar att de fått veta diagnosen, ber om kontakt med föräldraförening."),
    ], template="Omvårdnadsanteckning"),
], [P("n1")], [P("n2"), P("n3")],
  "newborn: guardians not yet told of the trisomy result; next-day notes by doctor and nurse record it")

C("multi-testikelcancer-ingen-pratat-med-pat", "skane", "1995-08-08", "257", [
    N("n1", "s_uro", "Robert Kling", "läkare", "2024-07-01 15:00", "15:15", [
        ("Provsvar", "PAD orkidektomi hö: seminom, pT1, radikalt."),
        ("Kommentar", "Ingen har ännu pratat med pat om PAD. Han är kallad till mig 5/7; onkologremiss skickas efter besöket."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_uro", "Robert Kling", "läkare", "2024-07-05 11:00", "11:30", [
        ("Besök", "Pat informerad om seminom, bra prognos. Remiss onkolog Lund för ställningstagande till adjuvant behandling."),
    ]),
    N("n3", "s_onk", "Nina Borg", "läkare", "2024-07-19 09:30", "10:30", [
        ("Bedömning", "Seminom stadium I. Pat välinformerad. Beslutar gemensamt om aktiv surveillance."),
    ]),
], [P("n1")], [P("n2"), P("n3")],
  "'Ingen har ännu pratat med pat om PAD' in a separate comment section; later urology and oncology notes")

C("multi-schizofreni-psykiatri-sjukskoterska", "vgr", "1998-11-23", "036", [
    N("n1", "v_psyk", "Jonas Wik", "läkare", "2024-05-27 13:00", "14:00", [
        ("Diagnos", "Schizofreni, paranoid form (F20.0)."),
        ("Bedömning", "Kriterierna uppfylls efter 8 mån observation. Pat fortfarande sjukdomsinsiktslös."),
        ("Plan", "Diagnosen ännu inte kommunicerad med pat; tas upp vid nästa läkarsamtal med kontaktpersonen närvarande."),
    ]),
    N("n2", "v_psyk", "Selma Rapp", "sjuksköterska", "2024-06-10 10:00", "10:30", [
        ("Samtal", "Kontaktpersonsamtal. Pat mer avslappnad, tar aripiprazol. Inga hallucinationer senaste veckan enl. pat."),
    ], template="Omvårdnadsanteckning"),
    N("n3", "v_psyk", "Jonas Wik", "läkare", "2024-06-17 13:00", "13:40", [
        ("Samtal", "Diagnosen schizofreni genomgången med pat och kontaktperson. Pat lyssnar, ifrågasätter inte, vill läsa mer."),
    ]),
], [P("n1")], [P("n3")],
  "outpatient psychiatry: diagnosis in a Diagnos section, not-told in Plan; nurse and telling notes follow")

C("multi-barn-jia-bara-pappa-bokad", "vgr", "2014-05-18", "497", [
    N("n1", "v_dsbus", "Rebecka Hall", "läkare", "2024-10-08 14:10", "14:50", [
        ("Bedömning", "Artrit i fem leder >6 v, RF neg, ANA pos. Juvenil idiopatisk artrit, polyartikulär form."),
        ("Planering", "Vårdnadshavarna ej informerade om diagnosen – mamma kunde inte delta idag, båda föräldrarna kommer på samtal nästa vecka. Ögonremiss skickad."),
    ]),
    N("n2", "v_dsbus", "Rebecka Hall", "läkare", "2024-10-15 15:00", "15:45", [
        ("Samtal", "Föräldrarna och flickan (10 år) informerade om JIA. Metotrexat diskuterat, föräldrarna vill läsa på."),
    ]),
    N("n3", "v_dsbus", "Moa Ahl", "fysioterapeut", "2024-10-22 10:00", "10:40", [
        ("Behandling", "Träningsprogram för knän och handleder. Flickan kan förklara med egna ord vad ledgångsreumatism för barn är."),
    ], template="Fysioterapeutanteckning"),
], [P("n1")], [P("n2"), P("n3")],
  "guardians of a 10-year-old not told in n1; both told a week later; physiotherapist note")

C("multi-hjartsvikt-hemtjanst-ej-informerad", "skane", "1939-07-30", "612", [
    N("n1", "s_kard", "Lars Vik", "läkare", "2024-08-12 11:30", "12:00", [
        ("Bedömning", "Eko: EF 30 %, dilaterad vä kammare. Hjärtsvikt med nedsatt ejektionsfraktion."),
        ("Information", "Pat informerad om hjärtsvikten och ny medicinering. Hemtjänsten är ännu inte informerad, pat vill själv berätta."),
    ]),
    N("n2", "s_kard", "Cecilia Mårtensson", "hjärtsviktssjuksköterska", "2024-08-26 09:00", "09:40", [
        ("Besök", "Uppföljning. Vikt stabil. Titrering bisoprolol 2,5 → 5 mg. Pat har själv informerat hemtjänsten om diagnosen."),
    ], template="Omvårdnadsanteckning"),
], [], [P("n1"), P("n2")],
  "the not-informed party is home care, the patient knows; the follow-up nurse note is clean")

C("multi-hiv-konfirmerat-kurator-besked", "skane", "1986-03-03", "558", [
    N("n1", "s_infek", "Viktor Ek", "läkare", "2024-04-22 08:45", "09:00", [
        ("Provsvar", "HIV-1 antikropp/antigen pos, konfirmerat med Western blot. HIV-infektion."),
        ("Åtgärd", "Pat ej underrättad ännu. Kallas akut till mottagningen; kurator bokad samma tid."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_infek", "Josefin Lagerlöf", "kurator", "2024-04-24 10:30", "11:20", [
        ("Samtal", "Samtal direkt efter att läkare gett beskedet. Pat chockad men samlad. Diskuterat vem han vill berätta för; partner vet ännu inte, vi ses igen om 1 v."),
    ], template="Kuratorsanteckning"),
], [P("n1")], [P("n2")],
  "HIV result not yet told (n1); in n2 only the partner does not know")

C("multi-barn-wilms-kungalv-till-dsbus", "vgr", "2021-02-11", "433", [
    N("n1", "v_barn_kungalv", "Petra Lind", "läkare", "2024-11-04 16:00", "16:30", [
        ("Bedömning", "Ultraljud buk: 8 cm solid tumör vä njure hos 3-åring med palpabel resistens. Stark misstanke om Wilms tumör."),
        ("Planering", "Akut remiss barncancercentrum DSBUS, tid imorgon."),
    ]),
    N("n2", "v_barnonk", "Henrik Ståhl", "läkare", "2024-11-12 13:00", "14:00", [
        ("Bedömning", "Biopsi bekräftar nefroblastom (Wilms tumör), intermediär risk. Föräldrarna informerade vid samtal idag; preop cytostatika enl. protokoll startar torsdag."),
    ]),
], [Q("n1")], [Q("n2"), P("n2")],
  "suspected Wilms tumour written visibly at referral (NL102); the confirming note tells the guardians")

C("multi-sarkoidos-ssk-skriver-ej-informerad", "vgr", "1981-09-09", "143", [
    N("n1", "v_lung", "Helena Åkesson", "läkare", "2024-09-09 14:00", "14:20", [
        ("Bedömning", "EBUS-px från mediastinala körtlar: icke-nekrotiserande granulom, odling neg. Sarkoidos stadium I."),
    ]),
    N("n2", "v_lung", "Ellinor Falk", "sjuksköterska", "2024-09-10 10:15", "10:25", [
        ("Telefon", "Pat ringer om svaret. Enl. dr Åkesson rör det sig om sarkoidos, men pat är inte informerad av läkare ännu – läkaren ringer själv upp i eftermiddag."),
    ], template="Telefonanteckning"),
    N("n3", "v_lung", "Helena Åkesson", "läkare", "2024-09-10 15:30", "15:40", [
        ("Telefon", "Har informerat pat om sarkoidos, ofta självläkande. Ingen behandling nu, ny rtg om 3 mån."),
    ], template="Telefonanteckning"),
], [P("n2")], [P("n1"), P("n3")],
  "the nurse's phone note repeats the diagnosis and says the patient is not informed; the doctor's notes have no such statement")

C("multi-brostcancer-pad-ej-delgivet", "skane", "1970-12-24", "676", [
    N("n1", "s_kir", "Karolina Dahl", "läkare", "2024-10-01 12:00", "12:20", [
        ("Provsvar", "Mellannålsbiopsi vä bröst kl 2: invasiv duktal bröstcancer, NHG 2, ER 95 %, PgR 60 %, HER2 neg, Ki67 20 %."),
        ("Planering", "PAD ej delgivet pat. Besked vid besök 4/10 med bröstsjuksköterska."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_kir", "Therese Ahl", "bröstsjuksköterska", "2024-10-04 11:30", "12:00", [
        ("Samtal", "Med vid besked om bröstcancer. Pat tog emot beskedet med hjälp av sin syster. Informerat om MDK och operationsplanering."),
    ], template="Omvårdnadsanteckning"),
], [P("n1")], [P("n2")],
  "'PAD ej delgivet pat' after the breast cancer result; the breast nurse records the telling")

C("multi-tyreoidea-typo-diagnsoen", "vgr", "1983-01-17", "219", [
    N("n1", "v_endo", "Mikael Berg", "läkare", "2024-03-05 10:30", "11:00", [
        ("Bedömning", "Finnålscytologi hö tyreoidealob Bethesda VI, papillär tyreoideacancer."),
        ("Plan", "Pat ännu inte informerad om diagnsoen, kallas till mottagningen. Remiss ÖNH för tyreoidektomi."),
    ]),
    N("n2", "v_oron", "Åsa Norén", "läkare", "2024-03-26 14:00", "14:30", [
        ("Bedömning", "Pat känner till sin papillära tyreoideacancer sedan besök hos endokrinolog. Total tyreoidektomi planeras."),
    ]),
], [P("n1")], [P("n2")],
  "typo 'diagnsoen' in the not-told statement; the surgeon later notes the patient knows")

C("multi-glioblastom-pat-och-anhoriga", "vgr", "1963-05-05", "384", [
    N("n1", "v_neuro", "Oskar Brink", "läkare", "2024-07-08 16:00", None, [
        ("Provsvar", "PAD stereotaktisk biopsi: glioblastom, IDH-vildtyp."),
        ("Bedömning", "Pat och anhöriga har ej informerats om PAD. Neurokirurg och jag tar samtalet gemensamt 11/7."),
    ]),
    N("n2", "v_neuro", "Oskar Brink", "läkare", "2024-07-11 13:00", "14:20", [
        ("Samtal", "Gemensamt samtal med neurokirurg. Pat och maka informerade om glioblastom och förväntat förlopp. Remiss onkolog för strålning + temozolomid."),
    ]),
], [P("n1")], [P("n2")],
  "draft note: neither patient nor relatives told of the glioblastoma")

C("multi-barn-astma-forskola", "skane", "2019-06-06", "129", [
    N("n1", "s_barn_hbg", "Sofie Palm", "läkare", "2024-02-26 10:00", "10:30", [
        ("Bedömning", "Återkommande obstruktiva episoder, god effekt av bronkdilaterare. Astma."),
        ("Information", "Föräldrarna informerade om diagnosen och inhalationsteknik med spacer. Förskolan är inte informerad ännu, föräldrarna tar med skriftlig plan."),
    ]),
    N("n2", "s_barn_hbg", "Karin Edlund", "astmasjuksköterska", "2024-03-11 09:00", "09:30", [
        ("Besök", "Kontroll av inhalationsteknik, bra. Pappa berättar att förskolan nu fått astmaplanen."),
    ], template="Omvårdnadsanteckning"),
], [], [P("n1"), P("n2")],
  "child of 4: guardians told; the preschool is the one not yet informed")

C("multi-ovarialcancer-hon-vet-inte", "skane", "1958-02-02", "721", [
    N("n1", "s_kvinn", "Ingrid Holst", "läkare", "2024-08-20 15:10", "15:40", [
        ("Aktuellt", "Diagnostisk laparoskopi 14/8 pga ascites."),
        ("Provsvar", "PAD: höggradig serös ovarialcancer. Peritoneal karcinos."),
        ("Planering", "Hon vet inte om det ännu, besked på torsdag tillsammans med maken. MDK 27/8."),
    ]),
    N("n2", "s_kvinn", "Ingrid Holst", "läkare", "2024-08-22 13:00", "14:00", [
        ("Samtal", "Besked om ovarialcancer. Pat och make informerade, neoadjuvant cytostatika aktuellt."),
    ]),
    N("n3", "s_onk", "Hugo Sten", "läkare", "2024-09-02 10:00", "11:00", [
        ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC. Pat informerad av gynekolog. Start karboplatin/paklitaxel."),
    ]),
], [P("n1")], [P("n2"), P("n3")],
  "'Hon vet inte om det ännu' refers back to the PAD in another section")

C("multi-celiaki-vuxen-dietist", "vgr", "1991-10-30", "046", [
    N("n1", "v_gastro", "Pernilla Ask", "sjuksköterska", "2024-05-14 10:00", "10:10", [
        ("Telefon", "Pat har fått diagnosen celiaki enl. dr Nord, informerad per telefon igår. Undrar om dietistkontakt, remiss skickad."),
    ], template="Telefonanteckning"),
    N("n2", "v_gastro", "Alva Björk", "dietist", "2024-05-28 13:00", "13:50", [
        ("Kostråd", "Genomgång glutenfri kost. Pat väl införstådd med sin celiaki. Arbetsgivaren inte informerad och pat vill inte det."),
    ], template="Dietistanteckning"),
], [], [P("n1"), P("n2")],
  "nurse and dietitian notes: patient informed by phone; the employer is the uninformed party")

C("multi-als-typo-infomerad", "skane", "1966-11-11", "093", [
    N("n1", "s_neuro", "Ida Malmström", "läkare", "2024-09-16 15:00", "15:45", [
        ("Bedömning", "ENeG med utbredd denervation i tre regioner, kliniska tecken på övre och nedre motorneuron. Bed: amyotrofisk lateralskleros (ALS)."),
        ("Plan", "Pat ej infomerad om ALS-diagnosen, önskar att ha frun med. Besök 23/9."),
    ]),
    N("n2", "s_neuro", "Emma Rydén", "sjuksköterska", "2024-09-23 16:30", "16:50", [
        ("Samtal", "Efter läkarens besked om ALS samtal med pat och fru. Gått igenom ALS-teamet, logoped och dietist. Frun ber om kuratorskontakt."),
    ], template="Omvårdnadsanteckning"),
], [P("n1")], [P("n2")],
  "typo 'infomerad' in the not-told sentence; the nurse records the telling a week later")

C("multi-barn-cf-svettest-familj-torsdag", "vgr", "2019-08-14", "627", [
    N("n1", "v_dsbus", "Anna Granqvist", "läkare", "2024-04-08 11:00", "11:30", [
        ("Provsvar", "Svettest klorid 92 och 88 mmol/l. Två patogena CFTR-varianter (F508del/F508del). Cystisk fibros."),
        ("Planering", "Svaret är ännu ej meddelat vårdnadshavarna. Familjen kallas till samtal på torsdag med CF-teamet."),
    ], template="Provsvarsbedömning"),
    N("n2", "v_dsbus", "Anna Granqvist", "läkare", "2024-04-11 09:00", "10:30", [
        ("Samtal", "Båda föräldrarna informerade om cystisk fibros. Kreon och saltsupplement startas. Genetisk vägledning erbjuds."),
    ]),
], [P("n1")], [P("n2")],
  "child of 4: 'Svaret' refers back to cystic fibrosis; told on Thursday")

C("multi-barn-aml-mormor-ej-informerad", "skane", "2018-07-02", "454", [
    N("n1", "s_barnonk", "Elsa Kron", "läkare", "2024-06-14 17:00", "17:40", [
        ("Bedömning", "Benmärg: akut myeloisk leukemi (AML), M5."),
        ("Information", "Båda vårdnadshavarna informerade om AML vid samtal kl 16. Pojken (5 år) vet att han ska få medicin mot 'sjukt blod'."),
    ], setting="slutenvård"),
    N("n2", "s_barnonk", "Linn Berg", "sjuksköterska", "2024-06-15 08:00", "08:15", [
        ("Omvårdnad", "Föräldrarna sovit på avd. Mormor har ännu inte fått veta, mamma ringer henne idag."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [], [P("n1"), P("n2")],
  "child of 5: both guardians told; the grandmother is the one not yet informed")

C("multi-rektalcancer-stralplanering-tid", "vgr", "1955-04-19", "306", [
    N("n1", "v_onk", "Petter Ås", "läkare", "2024-02-19 14:00", "14:30", [
        ("Diagnos", "Rektalcancer, adenocarcinom, cT3N1M0."),
        ("Bedömning", "Pat informerad om diagnosen av kirurg 2/2 och om förbehandling idag. Pat ej informerad om tiden för dos-DT, strålplaneringen ringer."),
    ]),
    N("n2", "v_onk", "Hilda Öst", "sjuksköterska", "2024-02-21 09:00", "09:05", [
        ("Telefon", "Meddelat pat tid för dos-DT 26/2 kl 08. Förberedelser med tarmtömning gås igenom vid besöket."),
    ], template="Telefonanteckning"),
], [], [P("n1"), P("n2")],
  "diagnosis known since the surgeon's visit; only the CT planning time is untold")

C("multi-basaliom-brev-ej-hunnit", "skane", "1949-06-21", "187", [
    N("n1", "s_hud", "Johanna Rehn", "läkare", "2024-11-05 15:30", "15:35", [
        ("Provsvar", "Stansbiopsi nästipp: nodulär basalcellscancer."),
        ("Åtgärd", "Har ej hunnit meddela pat svaret. Brev med tid för Mohs-kirurgi skickas."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_hud", "Alice Mörk", "undersköterska", "2024-11-07 10:00", "10:05", [
        ("Telefon", "Pat ringer efter brevet, förstår att det är hudcancer av lindrig sort och undrar om ärr. Hänvisas till läkarbesöket."),
    ], template="Telefonanteckning"),
], [P("n1")], [P("n2")],
  "'ej hunnit meddela pat svaret' about the BCC; the assistant nurse's note shows the patient knows after the letter")

C("multi-ventrikelcancer-kirurgen-tar-beskedet", "vgr", "1957-09-01", "521", [
    N("n1", "v_med_nal", "Rasmus Falk", "läkare", "2024-04-23 13:45", "14:00", [
        ("Provsvar", "Px från ventrikelns antrum: adenocarcinom av intestinal typ."),
        ("Planering", "Beskedet lämnas av kirurgen på mottagningen 3/5; pat är ovetande tills dess. Remiss + DT thorax/buk skickade."),
    ], template="Provsvarsbedömning"),
    N("n2", "v_kir_sas", "Magnus Ohlin", "läkare", "2024-05-03 10:00", "10:45", [
        ("Bedömning", "Informerat pat om ventrikelcancer. DT utan spridning. Perioperativ cytostatika + gastrektomi diskuteras på MDK."),
    ]),
], [P("n1")], [P("n2")],
  "'pat är ovetande' about the gastric cancer, telling handed over to another unit")

C("multi-kawasaki-bekraftat-foraldrar", "skane", "2020-12-20", "018", [
    N("n1", "s_barn_ksd", "Nora Wiberg", "läkare", "2024-05-06 20:00", "20:40", [
        ("Bedömning", "Feber 6 dygn, konjunktivit, jordgubbstunga, handödem, CRP 140. Uppfyller kriterier för Kawasakis sjukdom."),
        ("Information", "Föräldrarna har fått information om diagnosen och behandling med IVIG och ASA."),
    ], setting="slutenvård"),
    N("n2", "s_barn_ksd", "Ali Hassan", "sjuksköterska", "2024-05-07 06:30", "06:40", [
        ("Omvårdnad", "IVIG gått utan reaktion. Feberfri sedan kl 03. Pappa undrar om hjärtultraljudet; tiden är ännu inte meddelad familjen."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [], [P("n1"), P("n2")],
  "child of 3: guardians informed of Kawasaki disease; the untold item is the echo appointment")

C("multi-hypotyreos-normalt-tsh-ej-meddelat", "vgr", "1972-03-28", "580", [
    N("n1", "v_endo", "Mikael Berg", "läkare", "2024-06-24 09:00", "09:10", [
        ("Provsvar", "TSH 2,1, fT4 15. Normala värden på levaxin 100 µg."),
        ("Bedömning", "Känd hypotyreos sedan 2019, välbehandlad. Pat ej underrättad om provsvaret, men inget att åtgärda; syns i 1177."),
    ], template="Provsvarsbedömning"),
    N("n2", "v_endo", "Frida Alm", "sjuksköterska", "2024-06-25 14:00", "14:05", [
        ("Telefon", "Pat ringt och fått besked om normala prover."),
    ], template="Telefonanteckning"),
], [], [P("n1"), P("n2")],
  "the untold item is a normal TSH value for a long-known diagnosis")

C("multi-flimmer-warfarin-dos-ej-nadd", "skane", "1950-10-05", "669", [
    N("n1", "s_med_ystad", "Olle Brandt", "läkare", "2024-03-14 11:00", "11:20", [
        ("Bedömning", "Förmaksflimmer, warfarinbehandlad sedan 2018. PK 3,8. Dosen sänkt till 2 tabl/dag enl. dosschema."),
        ("Åtgärd", "Pat ej nådd ännu angående ny dos, ssk ringer under eftermiddagen."),
    ], template="Provsvarsbedömning"),
    N("n2", "s_med_ystad", "Gun Wall", "sjuksköterska", "2024-03-14 15:30", "15:35", [
        ("Telefon", "Pat nådd, informerad om dossänkning och nytt PK 21/3."),
    ], template="Telefonanteckning"),
], [], [P("n1"), P("n2")],
  "not-yet-informed concerns a warfarin dose change, not the known atrial fibrillation")

C("multi-psoriasisartrit-remiss-vc-ej-info", "vgr", "1980-07-15", "652", [
    N("n1", "v_hud", "Linda Åhman", "läkare", "2024-08-05 10:00", "10:40", [
        ("Bedömning", "Psoriasis med daktylit och entesit, röntgen visar erosioner. Psoriasisartrit."),
        ("Information", "Pat informerad om diagnosen och att vi remitterar till reumatolog. Remitterande vårdcentral ej informerad ännu, epikris skickas."),
    ]),
    N("n2", "v_hud", "Linda Åhman", "läkare", "2024-08-05 16:00", "16:05", [
        ("Administration", "Epikris skickad till VC Mölnlycke."),
    ], template="Administrativ anteckning"),
], [], [P("n1")],
  "the referring health centre, not the patient, is uninformed")

C("multi-crohn-foraldrar-ej-informerade-utkast", "skane", "1999-01-31", "345", [
    N("n1", "s_gastro", "Emil Strand", "läkare", "2024-02-12 14:00", None, [
        ("Bedömning", "Koloskopi med biopsier: Crohns sjukdom i terminala ileum och högerkolon."),
        ("Information", "Pat informerad om Crohns sjukdom. Hans föräldrar är ännu inte informerade, pat vill vänta till helgen."),
    ]),
    N("n2", "s_gastro", "Vera Kull", "IBD-sjuksköterska", "2024-02-19 10:00", "10:30", [
        ("Telefon", "Pat har nu berättat för föräldrarna. Start budesonid, IBD-skola erbjuds."),
    ], template="Telefonanteckning"),
], [], [P("n1"), P("n2")],
  "adult of 25: told himself; his parents are not yet told (draft note)")

C("multi-barn-perthes-pojke-vet", "vgr", "2017-04-12", "117", [
    N("n1", "v_ortop", "Mats Ring", "läkare", "2024-09-23 13:00", "13:30", [
        ("Bedömning", "Röntgen höfter: fragmentering och sklerosering av hö caput femoris. Legg-Calvé-Perthes sjukdom hö."),
        ("Information", "Mamma informerad om diagnosen. Pappa ej närvarande, mamma informerar honom. Pojken (7 år) har fått förklarat att höften behöver vila."),
    ]),
    N("n2", "v_ortop", "Olga Ström", "fysioterapeut", "2024-10-07 09:00", "09:40", [
        ("Behandling", "Rörlighetsträning. Föräldrarna känner till diagnosen Perthes och ställer bra frågor om idrott."),
    ], template="Fysioterapeutanteckning"),
], [], [P("n2")],
  "child of 7: the physiotherapist notes both guardians know; n1 (one guardian told, the other to be told by her) is left unasserted")

C("multi-hcm-genetisk-vagledning", "vgr", "1987-12-09", "272", [
    N("n1", "v_kard", "Sven Lindh", "läkare", "2024-10-14 15:00", "15:30", [
        ("Utredning", "Hjärt-MR: asymmetrisk septumhypertrofi 21 mm, fläckvis fibros."),
        ("Bedömning", "Hypertrofisk kardiomyopati."),
        ("Information", "Beskedet är inte lämnat till pat. Tas vid besök 21/10 då även genetisk vägledning och screening av barnen diskuteras."),
    ]),
    N("n2", "v_kard", "Sven Lindh", "läkare", "2024-10-21 14:00", "15:00", [
        ("Samtal", "Pat informerad om HCM. Remiss klinisk genetik. Barnen 8 och 11 år kallas till eko, de är inte informerade om varför ännu."),
    ]),
], [P("n1")], [P("n2")],
  "HCM not yet told (n1); in n2 the uninformed are the patient's children")

C("multi-barn-nefrotiskt-syndrom-ssk-ringer", "skane", "2018-02-27", "539", [
    N("n1", "s_barn_hbg", "Johan Ahlgren", "läkare", "2024-11-18 12:00", "12:30", [
        ("Bedömning", "Generella ödem, U-albumin/krea 850, S-albumin 14. Nefrotiskt syndrom, trol. minimal change."),
        ("Information", "Föräldrarna informerade om diagnosen nefrotiskt syndrom. Start prednisolon."),
    ]),
    N("n2", "s_barn_hbg", "Karin Edlund", "sjuksköterska", "2024-11-25 10:00", "10:10", [
        ("Telefon", "Ringt pappa, urinsticka neg sedan 2 dagar. Ej informerat om nytt U-albumin-svar, det finns inte ännu."),
    ], template="Telefonanteckning"),
], [], [P("n1"), P("n2")],
  "child of 6: guardians told of the nephrotic syndrome; the untold item in the nurse's note is a pending lab result")

C("multi-parkinson-ny-lakare-ej-informerad", "skane", "1953-06-14", "418", [
    N("n1", "s_neuro", "Axel Frid", "läkare", "2024-05-22 10:00", "10:40", [
        ("Bedömning", "Parkinsons sjukdom sedan 2021, diagnos kommunicerad då. Nu wearing-off, tillägg entakapon."),
        ("Planering", "Pat ej informerad om att han byter fast läkare till dr Malmström fr.o.m. juni – brev skickas."),
    ]),
    N("n2", "s_neuro", "Emma Rydén", "sjuksköterska", "2024-05-29 09:00", "09:10", [
        ("Telefon", "Pat ringt om entakapon, illamående. Råd om intag med mat. Pat tagit emot beskedet om läkarbyte med förståelse."),
    ], template="Telefonanteckning"),
], [], [P("n1"), P("n2")],
  "the patient has not been told about a change of physician; the diagnosis is old and known")

C("multi-lymfom-tidiga-hypoteser-sen-besked", "vgr", "1974-08-30", "631", [
    N("n1", "v_hema", "Elin Storm", "läkare", "2024-03-11 14:00", "14:40", [
        ("Aktuellt", "Remiss pga generell lymfkörtelförstoring och nattsvettningar."),
        ("Tidiga hypoteser", "Diffust storcelligt B-cellslymfom enligt PAD från px inguinalt. Pat ännu ej informerad, besked vid besök 14/3."),
        ("Planering", "Återbesök 14/3. PET-DT beställd."),
    ]),
    N("n2", "v_hema", "Elin Storm", "läkare", "2024-03-14 10:00", "11:00", [
        ("Information", "Pat informerad om diffust storcelligt B-cellslymfom. R-CHOP planeras."),
    ]),
], [], [P("n1"), P("n2")],
  "VGR: diagnosis and not-told statement only under sökord Tidiga hypoteser (hidden); the telling note is fine")

C("multi-lungcancer-skane-mall-tidiga-hypoteser", "skane", "1960-01-08", "744", [
    N("n1", "s_lunga", "Per Olsson", "läkare", "2024-04-15 16:00", "16:20", [
        ("Bedömning", "Adenocarcinom i vä underlob enl. transtorakal px, EGFR-analys pågår. Pat ej informerad, vill ha med sin bror vid beskedet."),
    ], template="Tidiga hypoteser"),
    N("n2", "s_lunga", "Per Olsson", "läkare", "2024-04-15 16:25", "16:30", [
        ("Planering", "Återbesök 19/4 med bror, kontaktssk bokad. Inväntar EGFR."),
    ]),
    N("n3", "s_lunga", "Per Olsson", "läkare", "2024-04-19 10:00", "11:00", [
        ("Information", "Pat och bror informerade om lungcancer (adenocarcinom) vä underlob. EGFR-mutation påvisad, målriktad behandling aktuell."),
    ]),
], [], [P("n1"), P("n2"), P("n3")],
  "Skåne: diagnosis with not-told statement in a Tidiga hypoteser template (hidden); companion visible note has no diagnosis")

# ---------------------------------------------------------------------------
# B. NL101 single notes: statement far from the diagnosis, back-reference,
#    or concerning someone / something else
# ---------------------------------------------------------------------------

C("single-dlbcl-lang-anteckning-detta-sist", "skane", "1954-03-19", "226", [
    N("n1", "s_onk", "Nina Borg", "läkare", "2024-03-07 14:00", "15:10", [
        ("Aktuellt", "70-årig man, remitterad från kirurgen efter exstirpation av körtel i vä axill. Viktnedgång 6 kg sedan nyår, nattsvettningar."),
        ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes, tablettbehandlad. Kolecystektomi 2011."),
        ("Status", "AT gott, ECOG 1. Palpabla körtlar vä axill 2 cm, hö ljumske 1,5 cm. Lever och mjälte ej palpabla. Cor/pulm ua."),
        ("Lab", "Hb 121, LPK 7,8, LD 5,9 (förhöjt), krea 88."),
        ("Bedömning", "Histologi visar diffust storcelligt B-cellslymfom, non-GCB. Kliniskt stadium minst II, PET-DT avgör."),
        ("Planering", "PET-DT, benmärgsbiopsi, ekokardiografi inför antracyklin. Tandläkarbedömning. Återbesök om 10 dagar. Detta har pat ännu inte fått veta."),
    ]),
], [P("n1")], [],
  "long note: 'Detta har pat ännu inte fått veta' at the very end refers back to the lymphoma six sections earlier")

C("single-hcc-resultatet-ej-framfort", "vgr", "1951-11-30", "308", [
    N("n1", "v_gastro", "Jakob Nyman", "läkare", "2024-05-15 15:30", "16:00", [
        ("Bedömning", "Leverbiopsi seg 6: hepatocellulär cancer i cirrotisk lever, Child-Pugh A."),
        ("Plan", "Diskuteras på lever-MDK 22/5. Resultatet av leverbiopsin har inte framförts till pat – han ska få det av mig efter MDK."),
    ]),
], [P("n1")], [],
  "statement in Plan refers back ('Resultatet av leverbiopsin') to HCC in Bedömning")

C("single-barn-crohn-vardnadshavare-ej-informerade", "skane", "2012-02-14", "413", [
    N("n1", "s_barn_hbg", "Sofie Palm", "läkare", "2024-06-19 13:30", "14:00", [
        ("Provsvar", "Gastroskopi + ileokoloskopi med biopsier 12/6: granulomatös inflammation i ileum, förenligt med Crohns sjukdom, ileocekal lokalisation."),
        ("Planering", "Vårdnadshavarna ej informerade än – samtal med båda på mottagningen 24/6. Start exklusiv enteral nutrition efter det."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "12-year-old (guardians read the journal): Crohn's in the result section, guardians not yet informed")

C("single-amyloidos-det-har-han-inte", "vgr", "1946-08-08", "592", [
    N("n1", "v_kard", "Sven Lindh", "läkare", "2024-07-03 10:00", "10:30", [
        ("Utredning", "DPD-scint Perugini grad 3, inga fria lätta kedjor. Eko med granulär septumhypertrofi."),
        ("Bedömning", "Transtyretinamyloidos med hjärtengagemang (ATTR-CM), vildtyp."),
        ("Övrigt", "Pat har frågat via 1177 om svaret på scinten; det har han inte informerats om ännu. Ringer honom måndag."),
    ]),
], [P("n1")], [],
  "'det har han inte informerats om' refers back to the scintigraphy answer and the ATTR diagnosis")

C("single-levermetastaser-recidiv-fynden", "skane", "1962-05-27", "030", [
    N("n1", "s_onk", "Hugo Sten", "läkare", "2024-08-28 09:15", "09:40", [
        ("Röntgen", "Kontroll-DT 26/8: tre nytillkomna levermetastaser, största 2,4 cm. Recidiv av koloncancer."),
        ("Bedömning", "Diskuteras på MDK tis om resektabilitet."),
        ("Kommentar", "Pat har inte fått ta del av fynden ännu. Telefontid inbokad på torsdag."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "'fynden' in Kommentar refers back to the recurrence in another section")

C("single-ssk-aml-lakaren-efter-rond", "vgr", "1965-12-15", "480", [
    N("n1", "v_hema", "Jessica Lund", "sjuksköterska", "2024-01-18 08:20", "08:35", [
        ("Omvårdnad", "Pat inlagd från akuten igår. Enl. läkare nydiagnostiserad akut myeloisk leukemi på benmärgen i morse. Pat vet ej ännu, läkaren kommer efter ronden och berättar. Pat orolig, frågar hela tiden om svaren."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [P("n1")], [],
  "nurse note repeats the physician's AML diagnosis and that the patient does not know yet")

C("single-mesoteliom-i-parentes", "vgr", "1944-02-22", "258", [
    N("n1", "v_lung", "Göran Hed", "läkare", "2024-02-26 14:00", "14:15", [
        ("Bedömning", "Torakoskopi med pleurabiopsier 19/2. Pat ej underrättad om PAD (epiteloitt malignt pleuramesoteliom), besök med dottern bokat 1/3. Asbestexponering som plåtslagare, arbetsskadeanmälan tas upp då."),
    ]),
], [P("n1")], [],
  "diagnosis stated only in parentheses inside the not-told sentence")

C("single-diabetes-typ2-ej-kunnat-nas", "skane", "1970-04-04", "118", [
    N("n1", "s_endo", "Jenny Kvist", "läkare", "2024-04-10 11:00", "11:05", [
        ("Provsvar", "HbA1c 58 och 61 mmol/mol vid två tillfällen. Diabetes mellitus typ 2."),
        ("Åtgärd", "Pat ännu ej informerad, har ej kunnat nås. Ny uppringning imorgon."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "an everyday diagnosis is still one: type 2 diabetes with the patient not yet informed")

C("single-barn-horselnedsattning-foraldrar", "vgr", "2017-01-09", "150", [
    N("n1", "v_oron", "Åsa Norén", "läkare", "2024-09-11 15:00", "15:20", [
        ("Provsvar", "Tonaudiogram och ABR: bilateral sensorineural hörselnedsättning, måttlig grad."),
        ("Planering", "Föräldrarna har ännu inte fått resultatet, de kommer på besök med hörselpedagog 18/9. Remiss hörcentral."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "7-year-old: guardians not yet given the hearing loss result")

C("single-omedveten-om-diagnosen-hjarnmetastaser", "skane", "1948-10-13", "270", [
    N("n1", "s_med_ystad", "Sara Ekman", "läkare", "2024-10-21 13:30", "14:20", [
        ("Aktuellt", "Inlagd för dehydrering och förvirring, infektion utesluten."),
        ("Bedömning", "DT hjärna: multipla hjärnmetastaser, primärtumör trol. lunga enl. DT thorax. Metastaserad cancer."),
        ("Omvårdnad/Plan", "Pat är fortfarande omedveten om diagnosen, förvirringen gör samtal svårt. Dottern informeras imorgon och samtal med pat när han är klarare."),
    ], setting="slutenvård"),
], [P("n1")], [],
  "'omedveten om diagnosen' in a later section about metastatic cancer")

C("single-diagnosen-ej-delgetts-passiv", "vgr", "1977-09-29", "340", [
    N("n1", "v_neuro", "Oskar Brink", "läkare", "2024-11-12 10:00", "10:40", [
        ("Bedömning", "Myasthenia gravis, AChR-ak pos, positiv repetitiv stimulering. Okulär och bulbär symtomatologi."),
        ("Information", "Diagnosen har ej delgetts pat, som reste hem före svaret. Brev och telefontid."),
    ]),
], [P("n1")], [],
  "passive form 'har ej delgetts pat' in a separate Information section")

C("single-kolangiokarcinom-ingen-info-given", "vgr", "1958-07-21", "093", [
    N("n1", "v_kir_sas", "Clara Wiik", "läkare", "2024-03-21 16:30", None, [
        ("Anamnes", "Ikterus sedan 2 v, klåda, ljus avföring. Ingen buksmärta. Viktnedgång 4 kg."),
        ("Status", "Ikterisk. Buk mjuk, oöm, ingen palpabel resistens."),
        ("Undersökningar", "MRCP och ERCP med borstcytologi 19/3: stenos i hilus, cytologi malign."),
        ("Bedömning", "Perihilärt kolangiokarcinom (Klatskin), Bismuth IIIa. Stent lagt."),
        ("Information", "Ingen info given till pat ännu om cytologisvaret; tas med onkolog och kirurg på gemensamt besök."),
    ]),
], [P("n1")], [],
  "unsigned draft; the Information section refers back to the cholangiocarcinoma via 'cytologisvaret'")

C("single-ipf-har-inte-fatt-veta-hrct", "skane", "1949-01-25", "375", [
    N("n1", "s_lunga", "Maja Frisk", "läkare", "2024-06-05 14:00", "14:25", [
        ("Bedömning", "HRCT med UIP-mönster, basalt subpleuralt, honeycombing. Inga exponeringar. Idiopatisk lungfibros (IPF) enl. ILD-konferens."),
        ("Kommentar", "Pat har inte fått veta vad HRCT visade. Han bokas till mig och ILD-ssk om 2 v, antifibrotisk behandling diskuteras då."),
    ]),
], [P("n1")], [],
  "the not-told sentence names the examination (HRCT), not the diagnosis written in Bedömning")

C("single-barn-diabetes-skolprov-foraldrar-nas-ej", "vgr", "2015-03-17", "286", [
    N("n1", "v_barn_nal", "Oskar Hägg", "läkare", "2024-08-29 17:00", "17:20", [
        ("Bedömning", "Glukos 18,4 och glukosuri på prov från skolsköterskan. Nydebuterad typ 1-diabetes hos 9-åring, ej ketoacidos."),
        ("Åtgärd", "Föräldrarna nås ej, ej informerade. Skolsköterskan ringer hem igen, familjen ska komma in ikväll."),
    ]),
], [P("n1")], [],
  "child of 9: guardians not reached, not informed of type 1 diabetes")

C("single-mds-ska-meddelas-aterbesok", "skane", "1941-12-06", "532", [
    N("n1", "s_hema", "Gustav Berglund", "läkare", "2024-07-15 10:00", "10:30", [
        ("Provsvar", "Benmärg: dysplasi i tre linjer, blaster 3 %, del(5q). Myelodysplastiskt syndrom, lågrisk enl. IPSS-R."),
        ("Planering", "Detta ska meddelas pat på återbesöket 22/7. Lenalidomid kan bli aktuellt."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "'Detta ska meddelas pat' implies not yet told, referring back to MDS")

C("single-barrett-dysplasi-det", "vgr", "1964-06-02", "447", [
    N("n1", "v_gastro", "Pernilla Ask", "läkare", "2024-02-08 11:00", "11:20", [
        ("Gastroskopi", "Barrettslemhinna C4M6 med nodulärt område vid 36 cm."),
        ("PAD", "Barrettesofagus med höggradig dysplasi i biopsierna från nodulära området."),
        ("Plan", "Pat ej informerad om det. Remiss endoskopisk resektion, ringer pat."),
    ]),
], [P("n1")], [],
  "'om det' in Plan refers back to high-grade dysplasia in the PAD section")

C("single-osteosarkom-17-ar-pat-och-foraldrar", "skane", "2006-11-29", "616", [
    N("n1", "s_ortop", "Jonas Lyck", "läkare", "2024-04-29 15:00", "15:30", [
        ("Bedömning", "MR och biopsi distala femur vä: osteosarkom, höggradigt."),
        ("Planering", "Pat (17 år) och föräldrar är inte informerade. Remiss sarkomcentrum Lund, de tar beskedet vid besök på onsdag."),
    ]),
], [P("n1")], [],
  "17-year-old who reads his own journal: neither he nor his parents informed of osteosarcoma")

C("single-blascancer-cancerbeskedet", "vgr", "1952-02-11", "139", [
    N("n1", "v_uro", "Anders Fors", "läkare", "2024-03-18 13:00", "13:15", [
        ("Provsvar", "TURB 11/3: urotelial blåscancer, höggradig, muskelinvasiv (pT2)."),
        ("Plan", "Cancerbeskedet är ännu inte lämnat. DT urografi + thorax, därefter besök. Cystektomi diskuteras."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "'Cancerbeskedet är ännu inte lämnat' in Plan")

C("single-bipolar-ej-diskuterat", "skane", "1992-09-09", "265", [
    N("n1", "s_psyk", "Elias Mohr", "läkare", "2024-10-02 14:00", "14:50", [
        ("Anamnes", "Tre depressiva episoder sedan 2017. Sambon beskriver perioder med minskat sömnbehov, ökad energi och köpimpulser som varat 4–5 dagar."),
        ("Diagnos", "Bipolär sjukdom typ II."),
        ("Plan", "Har ännu inte diskuterat diagnosen med pat – hon var mycket ledsen idag. Tas upp vid nästa besök 16/10. Litium övervägs."),
    ]),
], [P("n1")], [],
  "adult psychiatry outpatient: diagnosis in Diagnos section, not discussed with the patient yet")

C("single-pnet-utkast-ej-informerad", "vgr", "1967-04-14", "202", [
    N("n1", "v_endo", "Mikael Berg", "läkare", "2024-09-30 16:00", None, [
        ("Bedömning", "Endoskopiskt ul + finnål: välddifferentierad neuroendokrin tumör i pankreasstjärten, 2,2 cm, Ki67 3 %."),
        ("Planering", "Pat ej informerad. Ga-68-DOTATOC-PET, därefter besök."),
    ]),
], [P("n1")], [],
  "unsigned draft: pancreatic NET with patient not informed")

C("single-barn-sma-foraldrar-samtal-imorgon", "skane", "2023-10-01", "751", [
    N("n1", "s_barn_hbg", "Johan Ahlgren", "läkare", "2024-03-04 16:00", "16:30", [
        ("Provsvar", "SMN1: homozygot deletion, 2 kopior SMN2. Spinal muskelatrofi typ 1."),
        ("Planering", "Föräldrarna ej informerade, samtal imorgon kl 9 med barnneurolog. Kontakt med Lund om genterapi tagen."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "infant: guardians not yet informed of SMA")

C("single-lungemboli-pat-sover", "vgr", "1985-05-05", "435", [
    N("n1", "v_akut", "Jesper Lund", "läkare", "2024-12-01 04:30", "05:00", [
        ("Bedömning", "DT lungartärer: bilaterala lungembolier, ingen högerkammarbelastning. Sat 96 %, stabil."),
        ("Åtgärd", "Fragmin givet. Pat sover och är ej informerad om DT-svaret ännu; dagteamet informerar vid rond."),
    ], template="Akutanteckning", setting="slutenvård"),
], [P("n1")], [],
  "acute: patient not yet informed of the CT-verified pulmonary embolism")

C("single-mdk-forst-pat-informeras-inte", "skane", "1969-01-01", "440", [
    N("n1", "s_kir", "Karolina Dahl", "läkare", "2024-09-12 12:00", "12:20", [
        ("Bedömning", "Esofaguscancer, adenocarcinom i distala esofagus enl. px."),
        ("Planering", "Pat informeras inte förrän efter MDK 19/9, då behandlingsförslag finns. Sekreterare bokar tid 20/9."),
    ]),
], [P("n1")], [],
  "'informeras inte förrän efter MDK' defers the telling of oesophageal cancer")

C("single-typo-informerd-kll", "vgr", "1956-03-03", "560", [
    N("n1", "v_hema", "Elin Storm", "läkare", "2024-06-06 09:00", "09:10", [
        ("Provsvar", "Lymfocytos 14, flödescytometri: KLL, Binet A."),
        ("Bedömning", "Pat ej informerd. Ingen behandling, kontroller hos oss var 6:e mån. Ringer pat eftermiddag."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "typo 'informerd': CLL found, patient not yet informed")

C("single-huntington-genetisk-vagledning-forst", "skane", "1984-07-07", "123", [
    N("n1", "s_neuro", "Axel Frid", "läkare", "2024-05-06 10:00", "10:20", [
        ("Provsvar", "HTT-gen: 44 CAG-repetitioner. Huntingtons sjukdom bekräftad hos symtomatisk pat."),
        ("Plan", "Pat ej informerad ännu – genetisk vägledare och jag ger beskedet tillsammans 13/5."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "Huntington's confirmed, patient told only at a later joint visit")

C("single-kll-vet-ingenting-om-detta", "vgr", "1950-10-20", "413", [
    N("n1", "v_med_nal", "Rasmus Falk", "läkare", "2024-10-28 15:00", "15:10", [
        ("Bedömning", "Rutinprover inför höftplastik: LPK 22, lymfocyter 17. Flödescytometri visar kronisk lymfatisk leukemi."),
        ("Åtgärd", "Pat vet ännu ingenting om detta. Ringer honom imorgon, remiss hematolog. Operationen kan genomföras."),
    ], template="Provsvarsbedömning"),
], [P("n1")], [],
  "'vet ännu ingenting om detta' after an incidental CLL")

C("single-barn-epilepsi-foraldrar-ej-fatt-besked", "skane", "2016-08-16", "176", [
    N("n1", "s_barn_ksd", "Nora Wiberg", "läkare", "2024-12-03 14:00", "14:30", [
        ("Bedömning", "Andra afebrila anfallet på 3 mån, EEG med centrotemporala spikar. Självbegränsande epilepsi med centrotemporala spikar (Rolandisk epilepsi)."),
        ("Planering", "Föräldrarna har inte fått besked om EEG ännu. Telefontid torsdag."),
    ]),
], [P("n1")], [],
  "8-year-old: guardians not told of the EEG-based epilepsy diagnosis")

C("single-njursvikt-kommunicerat-senare", "vgr", "1959-09-19", "175", [
    N("n1", "v_med_nal", "Karin Öhman", "läkare", "2024-04-17 13:00", "13:30", [
        ("Bedömning", "eGFR 12, kraftigt förhöjt kalium, njurbiopsi visar avancerad fibros. Kronisk njursvikt stadium 5."),
        ("Information", "Diagnosen och behovet av dialys har ännu inte kommunicerats med pat. Anhöriga vill vara med."),
    ]),
], [P("n1")], [],
  "the diagnosis (stage 5 CKD) and the dialysis need are not yet communicated to the patient")

# ---- near misses (must_not) ----

C("single-make-ej-informerad-pat-vill-sjalv", "skane", "1961-04-26", "374", [
    N("n1", "s_lunga", "Maja Frisk", "läkare", "2024-05-20 11:00", "11:40", [
        ("Bedömning", "Småcellig lungcancer, begränsad sjukdom."),
        ("Information", "Pat informerad om diagnosen lungcancer. Maken ej informerad, pat vill berätta själv ikväll."),
    ]),
], [], [P("n1")],
  "the husband, not the patient, is uninformed")

C("single-brostcancer-mammografitid-ej-meddelad", "vgr", "1963-01-13", "492", [
    N("n1", "v_onk", "Petter Ås", "läkare", "2024-02-27 10:00", "10:20", [
        ("Diagnos", "Bröstcancer hö, opererad 2023, adjuvant letrozol."),
        ("Planering", "Ej informerad om tid för årlig mammografi, kallelse kommer från röntgen. Fortsätter letrozol."),
    ]),
], [], [P("n1")],
  "the untold item is a mammography time; the cancer is old and known")

C("single-pad-normal-ej-informerad", "skane", "1975-11-11", "194", [
    N("n1", "s_gastro", "Emil Strand", "läkare", "2024-03-26 10:00", "10:05", [
        ("Provsvar", "PAD från ventrikelbiopsier: normal slemhinna, ingen dysplasi, H. pylori ej påvisad."),
        ("Åtgärd", "Pat ej informerad om svaret ännu, brev skickas."),
    ], template="Provsvarsbedömning"),
], [], [P("n1")],
  "PAD without a diagnosis: the untold answer is normal")

C("single-liposarkom-informerad-malign", "vgr", "1970-05-08", "587", [
    N("n1", "v_ortop", "Mats Ring", "läkare", "2024-06-12 14:00", "14:30", [
        ("Bedömning", "MR + mellannålsbiopsi lår hö: välddifferentierat liposarkom 11 cm."),
        ("Information", "Pat informerad om att det rör sig om en malign tumör och att den ska opereras på sarkomcentrum."),
    ]),
], [], [P("n1")],
  "the patient has been told; 'informerad' without negation")

C("single-besked-av-kirurg-enligt-pat", "skane", "1966-06-18", "498", [
    N("n1", "s_onk", "Nina Borg", "läkare", "2024-02-13 09:00", "09:45", [
        ("Aktuellt", "Nybesök för adjuvant behandling. Pat har fått besked om diagnosen av kirurgen 3/2 enl. egen uppgift."),
        ("Bedömning", "Koloncancer stadium III, pT3N1a. Adjuvant CAPOX 3 mån."),
    ]),
], [], [P("n1")],
  "the patient reports having been told by the surgeon")

C("single-barn-ulceros-kolit-skolan", "vgr", "2013-09-27", "312", [
    N("n1", "v_dsbus", "Rebecka Hall", "läkare", "2024-06-03 10:00", "10:30", [
        ("Bedömning", "Ulcerös kolit, pankolit, PUCAI 45."),
        ("Information", "Föräldrar och pojken (10 år) informerade. Skolan har inte fått information om diagnosen, föräldrarna tar det efter sommaren."),
    ]),
], [], [P("n1")],
  "child of 10: guardians informed; the school is uninformed")

C("single-avboljer-prognos", "skane", "1957-08-31", "419", [
    N("n1", "s_onk", "Hugo Sten", "läkare", "2024-11-20 14:00", "14:40", [
        ("Bedömning", "Metastaserad prostatacancer, kastrationsresistent."),
        ("Information", "Pat informerad om diagnosen men avböjer information om prognos och förväntad överlevnad, vilket respekteras."),
    ]),
], [], [P("n1")],
  "told the diagnosis, declines prognosis: not an untold diagnosis")

C("single-vgr-tidiga-hypoteser-synlig-ej-informerad", "vgr", "1971-02-19", "604", [
    N("n1", "v_neuro", "Oskar Brink", "läkare", "2024-08-14 15:00", "15:30", [
        ("Aktuellt", "Uppföljning efter MR och likvor."),
        ("Tidiga hypoteser", "Primärt CNS-lymfom enl. stereotaktisk biopsi, inväntar komplett PAD-utlåtande."),
        ("Planering", "Besked vid återbesök 16/8. Pat ej informerad än."),
    ]),
], [], [P("n1")],
  "VGR: the diagnosis stands only under sökord Tidiga hypoteser; the visible not-informed sentence names no diagnosis")

C("single-remiss-avslagen-ej-informerad", "skane", "1955-12-30", "140", [
    N("n1", "s_ortop", "Jonas Lyck", "läkare", "2024-01-29 13:00", "13:10", [
        ("Bedömning", "Känd gonartros hö knä sedan 2021, pat väl införstådd."),
        ("Åtgärd", "Pat ej informerad om att remissen till fysioterapi avvisats pga fel mottagare; ny remiss skickad."),
    ], template="Remissbedömning"),
], [], [P("n1")],
  "what the patient has not been told is a rejected referral")

C("single-epilepsi-korkort-nasta-besok", "vgr", "1996-10-10", "252", [
    N("n1", "v_neuro", "Lovisa Berg", "läkare", "2024-03-13 14:00", "14:30", [
        ("Bedömning", "Juvenil myoklon epilepsi. Pat informerad om diagnosen (epilepsi) idag, start lamotrigin."),
        ("Planering", "Ej informerad om körkortsreglerna än – tas vid nästa besök."),
    ]),
], [], [P("n1")],
  "the untold item is driving-licence rules; the diagnosis has been told")

C("single-fasta-gastroskopi-gerd", "skane", "1979-03-09", "391", [
    N("n1", "s_gastro", "Vera Kull", "sjuksköterska", "2024-04-23 08:30", "08:40", [
        ("Omvårdnad", "Pat med känd refluxsjukdom (GERD) kom till gastroskopi men var ej informerad om att han skulle fasta. Ny tid 30/4, kallelsen kontrolleras."),
    ], template="Omvårdnadsanteckning"),
], [], [P("n1")],
  "not informed about fasting before an examination")

C("single-normalt-ekg-troponin-angina", "vgr", "1954-07-12", "386", [
    N("n1", "v_kard", "Sven Lindh", "läkare", "2024-05-27 16:00", "16:10", [
        ("Bedömning", "Stabil angina pectoris, känd sedan 2020. Dagens EKG och troponin normala."),
        ("Åtgärd", "Pat ej informerad om de normala svaren än; ssk ringer."),
    ], template="Provsvarsbedömning"),
], [], [P("n1")],
  "normal test results not yet told for a long-known angina")

C("single-pat-informerad-sambon-ej-hunnit", "skane", "1987-02-28", "217", [
    N("n1", "s_akut", "Tilda Rosén", "läkare", "2024-07-22 23:00", "23:30", [
        ("Bedömning", "Njursten 6 mm hö uretär med lätt hydronefros."),
        ("Information", "Pat informerades om diagnosen direkt efter DT. Har inte hunnit berätta för sambon som är på väg."),
    ], template="Akutanteckning"),
], [], [P("n1")],
  "the patient was told; 'Har inte hunnit berätta' concerns the partner")

# ---------------------------------------------------------------------------
# C. NL102: hedged diagnoses in visible Melior notes vs. near misses
# ---------------------------------------------------------------------------

C("nl102-multi-misstankt-lymfom-sedan-pad", "vgr", "1988-06-16", "163", [
    N("n1", "v_oron", "Åsa Norén", "läkare", "2024-01-08 11:00", "11:30", [
        ("Bedömning", "Oöm, fast körtel 3 cm hö halssida sedan 6 v, B-symtom. Misstänkt lymfom. Exstirpation bokad."),
    ]),
    N("n2", "v_hema", "Elin Storm", "läkare", "2024-01-29 14:00", "14:45", [
        ("Bedömning", "PAD: klassiskt Hodgkins lymfom, blandad cellularitet. Pat informerad. PET-DT för stadieindelning."),
    ]),
], [Q("n1")], [Q("n2")],
  "suspicion written visibly by ENT; the haematologist's later note states the confirmed lymphoma")

C("nl102-multi-skane-mall-th-sedan-kan-ej-uteslutas", "skane", "1964-09-03", "242", [
    N("n1", "s_neuro", "Axel Frid", "läkare", "2024-02-05 15:00", "15:20", [
        ("Bedömning", "Fascikulationer i båda överarmarna och tungan, svaghet hö hand. Trolig ALS, ENeG beställd."),
    ], template="Tidiga hypoteser"),
    N("n2", "s_neuro", "Axel Frid", "läkare", "2024-02-05 15:25", "15:40", [
        ("Bedömning", "Progressiv svaghet hö hand. ALS kan ej uteslutas, ENeG och MR halsrygg för att utesluta myelopati."),
    ]),
], [Q("n2")], [Q("n1")],
  "the same suspicion hidden in the Skåne template n1 but repeated visibly as 'kan ej uteslutas' in n2")

C("nl102-dd-sarkoidos-lymfom-tbc", "vgr", "1990-12-01", "338", [
    N("n1", "v_lung", "Göran Hed", "läkare", "2024-03-04 10:00", "10:30", [
        ("Bedömning", "Bilaterala hiluskörtlar på rtg, erythema nodosum. DD: sarkoidos, lymfom, tbc. EBUS bokas."),
    ]),
], [Q("n1")], [],
  "differential diagnosis list in a visible section")

C("nl102-barn-trolig-perthes", "skane", "2018-03-23", "387", [
    N("n1", "s_ortop", "Jonas Lyck", "läkare", "2024-05-13 09:30", "09:50", [
        ("Bedömning", "6-årig pojke med haltning 3 v, nedsatt inåtrotation hö höft, rtg med lätt förtätning av caput. Trolig Perthes sjukdom, MR beställd."),
    ]),
], [Q("n1")], [],
  "child: probable Perthes in a visible hospital note")

C("nl102-barn-fragetecken-kawasaki", "vgr", "2022-01-30", "409", [
    N("n1", "v_barn_kungalv", "Petra Lind", "läkare", "2024-07-04 21:00", "21:40", [
        ("Bedömning", "Feber 5 dygn, läppfissurer, utslag. ?Kawasaki. Eko imorgon, IVIG diskuteras med DSBUS."),
    ], setting="slutenvård"),
], [Q("n1")], [],
  "question-marked diagnosis for a 2-year-old")

C("nl102-ingen-misstanke-malignitet-uppfoljning", "skane", "1972-10-09", "281", [
    N("n1", "s_kir", "Henrik Wallin", "läkare", "2024-03-11 10:00", "10:10", [
        ("Bedömning", "Koloskopi ua, hemorrojder grad II. Ingen misstanke om malignitet. Ingen uppföljning."),
    ]),
], [], [Q("n1")],
  "negated suspicion in a follow-up note")

C("nl102-ev-aterbesok-etablerad", "vgr", "1945-05-25", "119", [
    N("n1", "v_kard", "Sven Lindh", "läkare", "2024-04-09 11:00", "11:20", [
        ("Bedömning", "Permanent förmaksflimmer, frekvensreglerat. Fortsatt apixaban. Ev. återbesök om ett år om nya symtom."),
    ]),
], [], [Q("n1")],
  "'Ev.' hedges a visit, not the established diagnosis")

C("nl102-pmo-misstankt-pneumoni-vc", "skane", "1980-08-22", "325", [
    N("n1", "s_vc", "Malin Åberg", "läkare", "2024-01-17 14:00", "14:20", [
        ("Bedömning", "Feber, hosta 5 dagar, CRP 88, rassel hö bas. Misstänkt pneumoni, start PcV."),
    ], system="PMO", template="Besöksanteckning"),
], [], [Q("n1")],
  "PMO never shows diagnoses: hedged pneumonia at a vårdcentral")

C("nl102-hereditet-mor-trolig-alzheimer", "vgr", "1960-02-17", "524", [
    N("n1", "v_geri", "Hanna Rolf", "läkare", "2024-05-21 10:00", "10:40", [
        ("Hereditet", "Mor med trolig Alzheimers sjukdom från 75 års ålder, aldrig utredd."),
        ("Bedömning", "Subjektiv kognitiv nedsättning, MMSE 29, ua neuropsykologiskt. Ingen demenssjukdom."),
    ]),
], [], [Q("n1")],
  "hedged diagnosis belongs to the mother (family history)")

C("nl102-misstanke-pankreascancer-ej-informerad", "skane", "1950-03-31", "196", [
    N("n1", "s_med_ystad", "Sara Ekman", "läkare", "2024-06-17 15:00", "15:30", [
        ("Bedömning", "Smärtfri ikterus, CA 19-9 850, DT med oskarp lesion i pankreashuvudet. Misstanke om pankreascancer."),
        ("Planering", "EUS med px. Pat ej informerad om misstanken."),
    ], setting="slutenvård"),
], [Q("n1")], [],
  "suspected pancreatic cancer in Bedömning, kept from the patient: belongs in Tidiga hypoteser (NL101 not asserted for a suspicion)")

C("nl102-vgr-th-sokord-myelom-synlig-plan", "vgr", "1953-07-04", "141", [
    N("n1", "v_hema", "Jessica Lund", "läkare", "2024-09-02 13:00", "13:30", [
        ("Aktuellt", "Remiss från VC pga anemi och förhöjd SR."),
        ("Tidiga hypoteser", "Misstänkt myelom, M-komponent 28 g/l IgA."),
        ("Planering", "Benmärgsprov, helkropps-DT lågdos. Återbesök 2 v."),
    ]),
], [], [Q("n1")],
  "VGR: suspicion only under sökord Tidiga hypoteser; visible plan without diagnosis")

C("nl102-multi-ssk-misstanker-sepsis-sedan-viros", "skane", "1993-04-11", "159", [
    N("n1", "s_akut", "Alma Lönn", "sjuksköterska", "2024-02-18 02:10", "02:20", [
        ("Omvårdnad", "Triage: feber 39,8, puls 124, AF 24. Läkare misstänker sepsis, odlingar tagna, iv vätska påbörjad."),
    ], template="Omvårdnadsanteckning"),
    N("n2", "s_akut", "Tilda Rosén", "läkare", "2024-02-18 06:30", "07:00", [
        ("Bedömning", "Sepsis uteslutes, laktat normalt, CRP 14. Influensa A positiv. Hem med råd."),
    ], template="Akutanteckning"),
], [Q("n1")], [Q("n2")],
  "nurse triage writes the suspected sepsis visibly; the physician's note rules it out")

C("nl102-typo-sannolkit-crohn", "vgr", "1997-12-21", "428", [
    N("n1", "v_gastro", "Jakob Nyman", "läkare", "2024-10-15 10:00", "10:20", [
        ("Bedömning", "Diarré och buksmärta 3 mån, kalprotektin 900, MR tunntarm med förtjockad terminal ileum. Sannolkit Crohns sjukdom, koloskopi inom 2 v."),
    ]),
], [Q("n1")], [],
  "typo 'Sannolkit' hedging Crohn's disease")

C("nl102-kan-inte-utesluta-lungemboli", "skane", "1975-01-19", "206", [
    N("n1", "s_akut", "Tilda Rosén", "läkare", "2024-03-29 19:00", "19:30", [
        ("Bedömning", "Plötslig dyspné, takykardi, D-dimer 2,1. Kan inte utesluta lungemboli, DT lungartärer beställd, Fragmin givet."),
    ], template="Akutanteckning"),
], [Q("n1")], [],
  "'Kan inte utesluta' hedge on pulmonary embolism")

C("nl102-lungemboli-uteslutes-negativ-dt", "vgr", "1982-11-07", "375", [
    N("n1", "v_akut", "Jesper Lund", "läkare", "2024-03-30 02:00", "02:30", [
        ("Bedömning", "DT lungartärer utan embolier. Lungemboli uteslutes. Muskuloskeletal bröstsmärta, hem med NSAID."),
    ], template="Akutanteckning"),
], [], [Q("n1")],
  "pulmonary embolism excluded ('uteslutes') by CT")

C("nl102-tidigare-utredd-misstankt-epilepsi", "skane", "1989-05-14", "293", [
    N("n1", "s_neuro", "Ida Malmström", "läkare", "2024-04-24 10:00", "10:30", [
        ("Tidigare sjukdomar", "Utredd 2019 för misstänkt epilepsi efter svimning, EEG och MR ua, avskrevs."),
        ("Bedömning", "Migrän utan aura. Start triptan."),
    ]),
], [], [Q("n1")],
  "past history of a suspicion that was dismissed in 2019")

C("nl102-multi-barn-misstankt-appendicit-bekraftad", "vgr", "2016-10-04", "301", [
    N("n1", "v_barn_nal", "Oskar Hägg", "läkare", "2024-05-10 17:00", "17:30", [
        ("Bedömning", "8-åring med vandrande smärta till hö fossa, släppömhet, CRP 45. Misstänkt appendicit, ul + kirurgkonsult."),
    ]),
    N("n2", "v_barn_nal", "Tore Hammar", "läkare", "2024-05-11 01:00", "01:30", [
        ("Operation", "Laparoskopisk appendektomi. Flegmonös appendicit, ingen perforation. Föräldrarna informerade postop."),
    ], template="Operationsberättelse", setting="slutenvård"),
], [Q("n1")], [Q("n2")],
  "child: suspected appendicitis in the admission note, confirmed in the operation note")

C("nl102-brostcancer-fragetecken-invantar-pad", "skane", "1968-08-13", "254", [
    N("n1", "s_kir", "Karolina Dahl", "läkare", "2024-07-08 13:00", "13:15", [
        ("Bedömning", "Spikulerad förändring 14 mm vä bröst på mammografi. Bröstcancer? Inväntar PAD från mellannål."),
    ]),
], [Q("n1")], [],
  "question-marked breast cancer awaiting PAD")

C("nl102-ingen-klinisk-misstanke-dvt", "vgr", "1986-06-26", "390", [
    N("n1", "v_akut", "Linn Dahl", "läkare", "2024-08-08 15:00", "15:20", [
        ("Bedömning", "Svullnad vä vad efter fotbollsmatch, lokal ömhet i gastrocnemius. Wells 0, D-dimer neg. Ingen klinisk misstanke om DVT. Muskelbristning."),
    ], template="Akutanteckning"),
], [], [Q("n1")],
  "negated suspicion of DVT")

C("nl102-trol-hem-imorgon-pneumoni", "skane", "1940-11-02", "227", [
    N("n1", "s_med_ystad", "Olle Brandt", "läkare", "2024-12-09 10:00", "10:15", [
        ("Bedömning", "Pneumoni hö underlob, förbättrad på bensyl-pc, CRP 210 → 60. Trol. hem imorgon på peroralt."),
    ], setting="slutenvård"),
], [], [Q("n1")],
  "'Trol.' hedges discharge, not the established pneumonia")

C("nl102-typo-missankt-hjartinfarkt", "skane", "1958-12-18", "370", [
    N("n1", "s_kard", "Lars Vik", "läkare", "2024-09-05 08:30", "08:50", [
        ("Bedömning", "Bröstsmärta sedan kl 05, ST-sänkningar V4-V6, trop T 64 → 98. Missänkt hjärtinfarkt (NSTEMI), koronarangio idag."),
    ], setting="slutenvård"),
], [Q("n1")], [],
  "typo 'Missänkt' before a suspected NSTEMI")

C("nl102-mojlig-ms-kompletterar-lp", "vgr", "1995-02-28", "117", [
    N("n1", "v_neuro", "Lovisa Berg", "läkare", "2024-06-18 13:00", "13:30", [
        ("Bedömning", "Domningar vä ben 3 v, MR med två periventrikulära lesioner. Möjlig MS, kompletterar med LP och visuella potentialer."),
    ]),
], [Q("n1")], [],
  "'Möjlig MS' in Bedömning")

C("nl102-multi-th-mall-sedan-ev-skelettmetastaser", "skane", "1948-04-09", "233", [
    N("n1", "s_uro", "Robert Kling", "läkare", "2024-01-22 14:00", "14:10", [
        ("Bedömning", "PSA 22, hård prostata vä lob. Susp. prostatacancer, biopsi bokad."),
    ], template="Tidiga hypoteser"),
    N("n2", "s_uro", "Robert Kling", "läkare", "2024-02-12 10:00", "10:40", [
        ("Bedömning", "Prostatacancer Gleason 4+3 enl. biopsier. Pat informerad."),
    ]),
    N("n3", "s_uro", "Nils Ekdahl", "sjuksköterska", "2024-02-14 09:00", "09:15", [
        ("Telefon", "Pat ringer om smärta i ländryggen. Inväntar skelettscint 20/2, ev. skelettmetastaser enl. dr Kling. Alvedon vb."),
    ], template="Telefonanteckning"),
], [Q("n3")], [Q("n1"), Q("n2")],
  "suspicion hidden in the Skåne template, then confirmed; a nurse later writes possible bone metastases visibly")

C("nl102-ej-tecken-pa-recidiv", "vgr", "1962-09-14", "442", [
    N("n1", "v_onk", "Petter Ås", "läkare", "2024-11-11 10:00", "10:20", [
        ("Bedömning", "Kontroll 3 år efter op för rektalcancer. DT thorax/buk ej tecken på recidiv, CEA normalt."),
    ]),
], [], [Q("n1")],
  "negated recurrence after treated cancer")

C("nl102-pmo-bvc-misstankt-sprakstorning", "skane", "2021-09-08", "112", [
    N("n1", "s_bvc", "Karin Rosenqvist", "BVC-sjuksköterska", "2024-10-09 10:00", "10:40", [
        ("Besök", "2,5-årskontroll. Få ord, förstår enkla uppmaningar. Misstänkt språkstörning, remiss logoped efter samtal med föräldrarna."),
    ], system="PMO", template="BVC-besök"),
], [], [Q("n1")],
  "PMO (BVC): hedged diagnosis for a child is never shown")

C("nl102-differentialdiagnostiskt-ra", "vgr", "1976-03-22", "333", [
    N("n1", "v_med_nal", "Karin Öhman", "läkare", "2024-02-06 11:00", "11:20", [
        ("Bedömning", "Polyartralgi i händerna, morgonstelhet 1 h, CRP 18. Differentialdiagnostiskt övervägs reumatoid artrit; anti-CCP tas, remiss reumatolog."),
    ]),
], [Q("n1")], [],
  "'Differentialdiagnostiskt övervägs' RA in a visible note")

C("nl102-forenlig-sarkoidos-lymfom-ej-uteslutet", "skane", "1983-07-26", "248", [
    N("n1", "s_lunga", "Maja Frisk", "läkare", "2024-10-22 14:00", "14:30", [
        ("Bedömning", "DT: symmetriska hilus- och mediastinala körtlar. Bild förenlig med sarkoidos, men lymfom ej uteslutet. EBUS."),
    ]),
], [Q("n1")], [],
  "'lymfom ej uteslutet' keeps lymphoma open")

C("nl102-barn-ingen-misstanke-leukemi", "vgr", "2020-04-15", "236", [
    N("n1", "v_barn_kungalv", "Petra Lind", "läkare", "2024-03-13 10:00", "10:20", [
        ("Bedömning", "Blåmärken på benen hos aktiv 3-åring. Blodstatus och koagulation normala. Ingen misstanke om leukemi eller blödningsrubbning."),
    ]),
], [], [Q("n1")],
  "child: negated suspicion of leukaemia")

C("nl102-multi-vgr-th-hemokromatos-ssk-ev", "vgr", "1973-12-05", "187", [
    N("n1", "v_med_nal", "Rasmus Falk", "läkare", "2024-10-01 10:00", "10:30", [
        ("Aktuellt", "Trötthet, ledvärk. Ferritin 1450, transferrinmättnad 78 %."),
        ("Tidiga hypoteser", "Misstänkt hereditär hemokromatos."),
        ("Planering", "HFE-gentest, leverprover, ul lever. Återbesök när svar finns."),
    ]),
    N("n2", "v_med_nal", "Sanna Eld", "sjuksköterska", "2024-10-08 13:00", "13:10", [
        ("Telefon", "Pat ringer och undrar över svar. Inväntar gentest för ev. hemokromatos, svar om ca 2 v. Levervärden normala."),
    ], template="Telefonanteckning"),
], [Q("n2")], [Q("n1")],
  "VGR: physician hides the suspicion under Tidiga hypoteser; the nurse's phone note writes it visibly")


# ---------------------------------------------------------------------------
# output and validation
# ---------------------------------------------------------------------------
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_REC = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
KEYS_PAT = ["id", "birth_date", "protected_identity"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PROTECTED_SKANE = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                   "Hälsoundersökning på begäran av socialnämnd (HUBS)"}


def age_at(birth, t):
    b = datetime.date.fromisoformat(birth)
    d = t.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        nm = c.get("case")
        if list(c.keys()) != KEYS_CASE:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", nm or ""):
            errs.append("%s: bad case name" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why" % nm)
        r = c["record"]
        if list(r.keys()) != KEYS_REC or list(r["patient"].keys()) != KEYS_PAT:
            errs.append("%s: record keys" % nm)
        pid, bd = r["patient"]["id"], r["patient"]["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m or m.group(1) != bd.replace("-", "") or luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            errs.append("%s: personnummer %s" % (nm, pid))
        try:
            datetime.date.fromisoformat(bd)
            as_of = datetime.datetime.fromisoformat(r["as_of"])
        except ValueError:
            errs.append("%s: dates" % nm)
            continue
        ids = set()
        for n in r["notes"]:
            if list(n.keys()) != KEYS_NOTE:
                errs.append("%s: note keys" % nm)
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % nm)
            ids.add(n["id"])
            try:
                t = datetime.datetime.fromisoformat(n["time"])
                s = datetime.datetime.fromisoformat(n["signed"]) if n["signed"] else None
            except ValueError:
                errs.append("%s/%s: time" % (nm, n["id"]))
                continue
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", n["time"]):
                errs.append("%s/%s: time format" % (nm, n["id"]))
            if t.year != 2024 or as_of.year != 2024 or t > as_of or (s and (s < t or s > as_of)):
                errs.append("%s/%s: time order/year" % (nm, n["id"]))
            a = age_at(bd, t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s/%s: age %d" % (nm, n["id"], a))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR must be Melior" % nm)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if not n["sections"]:
                errs.append("%s/%s: no sections" % (nm, n["id"]))
            for sec in n["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (nm, n["id"], sec["keyword"]):
                            errs.append("%s: repeated sentence %r (also %s)" % (nm, sent, sentences[sent][0]))
                        sentences.setdefault(sent, (nm, n["id"], sec["keyword"]))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
        seen = set()
        for lst in (c["must"], c["must_not"]):
            for code, tgt in lst:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (nm, code))
                if tgt not in ids:
                    errs.append("%s: target %s missing" % (nm, tgt))
                if (code, tgt) in seen:
                    errs.append("%s: %s %s asserted twice" % (nm, code, tgt))
                seen.add((code, tgt))
                note = next((n for n in r["notes"] if n["id"] == tgt), None)
                if note and note["system"] == "PMO" and code == "NL101":
                    errs.append("%s: NL101 asserted on PMO" % nm)
                if note and note["system"] == "PMO" and code == "NL102" and [code, tgt] in c["must"]:
                    errs.append("%s: NL102 must on PMO" % nm)
    return errs


def main():
    errs = validate(CASES)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                cnt[(code, kind)] = cnt.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(CASES), out))
    for k in sorted(cnt):
        print("  %s %s: %d" % (k[0], k[1], cnt[k]))
    if errs:
        sys.exit(1)


if __name__ == "__main__":
    main()
