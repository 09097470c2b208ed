#!/usr/bin/env python3
"""Held-out set 42: dictated internal-medicine notes (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime

AS_OF = "2024-10-21T00:00:00"

# --------------------------------------------------------------------------
# Units (name, hsa_id)
# --------------------------------------------------------------------------
U = {
    # Region Skåne, Melior (hospital)
    "sk_akm_lund": ("Akutmedicinavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3401"),
    "sk_med1_lund": ("Medicinavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-3412"),
    "sk_int7_malmo": ("Internmedicinska kliniken avd 7, Skånes universitetssjukhus Malmö", "SE2321000255-3520"),
    "sk_intmott_malmo": ("Internmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3533"),
    "sk_gastro_lund": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3467"),
    "sk_endo_malmo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3588"),
    "sk_hemat_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3609"),
    "sk_inf_lund": ("Infektionskliniken avd 2, Skånes universitetssjukhus Lund", "SE2321000255-3644"),
    "sk_njur_lund": ("Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3672"),
    "sk_lung_lund": ("Lungmedicinska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3690"),
    "sk_kard_malmo": ("Kardiologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3715"),
    "sk_geri_malmo": ("Geriatriska avdelningen 3, Skånes universitetssjukhus Malmö", "SE2321000255-3738"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3102"),
    "sk_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3761"),
    # Region Skåne, PMO (primary care, home care)
    "pmo_vc_sandby": ("Vårdcentralen Södra Sandby", "SE2321000255-2201"),
    "pmo_vc_limhamn": ("Vårdcentralen Limhamn", "SE2321000255-2248"),
    "pmo_vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-2263"),
    "pmo_hsjv_lund": ("Hemsjukvården Lund Öster", "SE2321000255-2290"),
    # Västra Götalandsregionen, Melior
    "vg_akm_sahl": ("Akutvårdsavdelning 331, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011331"),
    "vg_med_ostra": ("Medicinavdelning 351, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011351"),
    "vg_medmott_molndal": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012010"),
    "vg_gastro_sahl": ("Gastroenterologiavdelning 131, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011131"),
    "vg_kard_sahl": ("Kardiologiavdelning 322, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011322"),
    "vg_endo_sahl": ("Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012044"),
    "vg_hemat_sahl": ("Hematologiavdelning 52, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011052"),
    "vg_inf_ostra": ("Infektionsavdelning 1, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011401"),
    "vg_njur_sahl": ("Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012077"),
    "vg_lung_sahl": ("Lungmedicinavdelning 125, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011125"),
    "vg_geri_molndal": ("Geriatrisk avdelning 2, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011602"),
    "vg_akut_sahl": ("Akutmottagningen medicin, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011900"),
    "vg_med_ostra_mott": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012101"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for (k, t) in sections],
    }


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=AS_OF):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
SK, VG = "skane", "vgr"
LK, SS = "läkare", "sjuksköterska"
SV, OV = "slutenvård", "öppenvård"

# ==========================================================================
# Batch 1
# ==========================================================================
C("dic-inskrivning-misstankt-pneumoni-hogerbas", SK, "1937-05-02", "248", [
    N("n1", M, "Inskrivningsanteckning", "sk_akm_lund", "Johan Berglund", LK,
      "2024-10-14T02:40:00", "2024-10-14T09:12:00", SV, [
          ("Anamnes", "87-årig kvinna från särskilt boende som kommer med ambulans pga tilltagande andfåddhet och feber sedan två dygn. Hostar gulgrönt slem enligt personalen. Känt förmaksflimmer och hypertoni, Eliquis och Enalapril."),
          ("Status", "AT: påverkad, takypné. Temp 38,9. AF 28, sat 89 % på luft. Cor: oregelbunden rytm, inga blåsljud. Pulm: krepitationer basalt höger, f.ö. vesikulärt."),
          ("Lab", "CRP 214, LPK 16,8, krea 112, Na 131."),
          ("Bedömning", "Misstänkt pneumoni höger basalt, CURB-65 3 p. Inläggning för iv antibiotika."),
          ("Åtgärd", "Bensyl-pc 3 g x 3 iv. Blododlingar x 2 och NPH-odling tagna. Syrgas 2 l på grimma, mål sat 92-96 %."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "night admission dictation: 'Misstänkt pneumoni' in visible Bedömning; nothing said about informing")

C("dic-rond-trolig-lungemboli-i-vantan-pa-dt", VG, "1968-11-19", "386", [
    N("n1", M, "Rondanteckning", "vg_med_ostra", "Elin Karlsson", LK,
      "2024-10-15T10:05:00", "2024-10-15T13:30:00", SV, [
          ("Aktuellt", "Dag 2. Fortsatt hugg i höger sida vid djupandning, ingen feber. D-dimer 3,4."),
          ("Bedömning", "Trolig lungemboli, DT-angio bokad i eftermiddag. Fragmin i terapeutisk dos insatt i väntan på svar."),
      ])],
    [("NL102", "n1")], [],
    "ward round: 'Trolig lungemboli' pending CT is a visible hedged diagnosis")

C("dic-akut-ingen-misstanke-lungemboli-wells-noll", SK, "1991-02-07", "520", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Sara Persson", LK,
      "2024-10-16T19:20:00", "2024-10-16T21:02:00", OV, [
          ("Aktuellt", "Hugg i vänster bröstkorgshalva sedan igår efter att ha burit flyttkartonger hela helgen. Ingen dyspné, ingen hosta."),
          ("Status", "Palpationsöm över costa 5-6 vänster lateralt. EKG: sinusrytm 72, inga ST-förändringar."),
          ("Bedömning", "Ingen misstanke om lungemboli, Wells 0 och D-dimer under gränsvärdet. Muskuloskeletal bröstsmärta."),
          ("Planering", "Hem. Paracetamol och Ipren vb. Åter vid försämring."),
      ])],
    [], [("NL102", "n1")],
    "negated: 'Ingen misstanke om lungemboli' with a settled benign assessment")

C("dic-epikris-diagnoslista-synkope-trol-vasovagal", SK, "1959-08-23", "164", [
    N("n1", M, "Epikris", "sk_med1_lund", "Maria Nilsson", LK,
      "2024-10-17T14:10:00", "2024-10-18T08:45:00", SV, [
          ("Diagnos", "Synkope, trol. vasovagal (R55). Hypertoni (I10)."),
          ("Epikris", "65-årig man inlagd för observation efter svimning i kön på Systembolaget. Telemetri utan arytmier under 48 h, ekokardiografi u.a. Ortostatiskt blodtryck med lätt fall utan symtom."),
          ("Planering", "Amlodipin sänkt till 5 mg. Inga bilkörningsrestriktioner. Ingen uppföljning på mottagning planeras."),
      ])],
    [("NL102", "n1")], [],
    "discharge summary: hedged cause in the visible Diagnos section ('trol. vasovagal' synkope)")

C("dic-akut-dd-pankreatit-kolecystit", VG, "1979-04-30", "648", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "Gustav Ahlberg", LK,
      "2024-10-14T23:15:00", "2024-10-15T07:50:00", OV, [
          ("Aktuellt", "Kraftig smärta i övre delen av buken sedan middagen, strålar mot ryggen. Kräkts fyra gånger. Alkohol: tre-fyra öl per dag enl. egen uppgift."),
          ("Status", "Ömmar epigastriet och höger arcus, ingen défense. Murphys tecken tveksamt."),
          ("Bedömning", "DD akut pankreatit / akut kolecystit. Amylas och leverstatus tagna, UL buk i morgon bitti."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "emergency note: 'DD akut pankreatit / akut kolecystit' is a visible differential")

C("dic-tidiga-hypoteser-mall-pankreascancer-skane", SK, "1952-12-11", "082", [
    N("n1", M, "Tidiga hypoteser", "sk_gastro_lund", "Erik Håkansson", LK,
      "2024-10-15T16:00:00", "2024-10-15T16:25:00", OV, [
          ("Bedömning", "Misstänkt pankreascancer; DT visar 2,5 cm lågattenuerande förändring i caput med vidgad ductus choledochus. Ej kommunicerat med pat, som först ska träffa HPB-kirurg efter MDK på torsdag."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: hedged and untold diagnosis written in the protected template Tidiga hypoteser")

C("dic-vgr-th-sokord-misstankt-lymfom-enbart-skyddat", VG, "1988-06-14", "427", [
    N("n1", M, "Mottagningsanteckning", "vg_hemat_sahl", "Linnea Axelsson", LK,
      "2024-10-16T09:40:00", "2024-10-16T11:05:00", OV, [
          ("Aktuellt", "Remitterad från VC för förstorade lymfkörtlar på halsen sedan sommaren, nattliga svettningar och viktnedgång 6 kg."),
          ("Status", "Palpabla, fasta, oömma körtlar supraklavikulärt vänster, största ca 3 cm. Ingen hepatosplenomegali."),
          ("Tidiga hypoteser", "Misstänkt Hodgkins lymfom. Inväntar PAD från mellannålsbiopsin innan detta diskuteras med pat."),
          ("Planering", "Mellannålsbiopsi tagen idag. PET-DT beställd. Återbesök om tio dagar för genomgång av svaren."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: the hedge and the untold diagnosis sit only under sökord Tidiga hypoteser; visible sections hold findings and plan")

C("dic-vgr-th-sokord-men-sarkoidos-lackt-i-bedomning", VG, "1975-03-03", "210", [
    N("n1", M, "Läkaranteckning", "vg_lung_sahl", "Reza Tehrani", LK,
      "2024-10-17T13:20:00", "2024-10-17T15:55:00", SV, [
          ("Aktuellt", "Torrhosta sedan i våras, erythema nodosum på smalbenen i augusti."),
          ("Utredning", "DT thorax: bilaterala hilära lymfkörtelförstoringar, små perilymfatiska noduli i överloberna."),
          ("Tidiga hypoteser", "Lymfom kan inte uteslutas helt, väntar med att ta upp det med pat tills EBUS-svaret kommit."),
          ("Bedömning", "Bilden är mest förenlig med sarkoidos. EBUS med biopsi bokad vecka 43."),
      ])],
    [("NL102", "n1")], [],
    "VGR: a second hedge ('förenlig med sarkoidos') leaks into visible Bedömning next to a Tidiga hypoteser section")

C("dic-mottagning-ev-gastroskopi-plan-ej-diagnos", SK, "1966-09-27", "339", [
    N("n1", M, "Mottagningsanteckning", "sk_intmott_malmo", "Ahmed Hassan", LK,
      "2024-10-18T11:00:00", "2024-10-18T12:40:00", OV, [
          ("Aktuellt", "Känd GERD sedan flera år, Omeprazol 20 mg. Mer halsbränna senaste månaden efter att han slutat med medicinen på egen hand."),
          ("Bedömning", "Recidiv av refluxbesvär efter utsatt PPI, inga alarmsymtom."),
          ("Planering", "Omeprazol återinsatt 40 mg i fyra veckor, därefter 20 mg. Ev. gastroskopi om besvären kvarstår trots behandling. Telefonuppföljning via ssk i november."),
      ])],
    [], [("NL102", "n1")],
    "the only hedge is on a plan ('Ev. gastroskopi'); the diagnosis GERD is known and stated without hedge")

C("dic-rond-trolig-hemgang-fredag-erysipelas", VG, "1944-01-18", "552", [
    N("n1", M, "Rondanteckning", "vg_geri_molndal", "Sofia Gustafsson", LK,
      "2024-10-16T10:30:00", "2024-10-16T12:10:00", SV, [
          ("Aktuellt", "Erysipelas vänster underben, dag 4 med Kåvepenin. Rodnaden tydligt tillbakagången innanför markeringen, afebril sedan i söndags."),
          ("Planering", "Trolig hemgång fredag om mobiliseringen med rollator går bra. Sjukgymnast bedömer trappgång i morgon. Hemtjänst kontaktad."),
      ])],
    [], [("NL102", "n1")],
    "hedge on the discharge day only; the diagnosis erysipelas is stated as a fact")

C("dic-malignitet-avskrivs-efter-pet", SK, "1957-07-09", "473", [
    N("n1", M, "Läkaranteckning", "sk_hemat_lund", "Karin Ek", LK,
      "2024-10-17T08:50:00", "2024-10-17T10:15:00", OV, [
          ("Utredning", "PET-DT 15/10: inga FDG-upptagande lymfkörtlar, normal mjälte och benmärgsupptag."),
          ("Bedömning", "Malignitet avskrivs. Lymfocytosen bedöms reaktiv efter genomgången EBV-infektion."),
          ("Planering", "Kontroll av blodstatus via VC om tre månader. Ingen ytterligare uppföljning hos oss."),
      ])],
    [], [("NL102", "n1")],
    "ruled out: 'Malignitet avskrivs' after PET")

C("dic-pad-koloncancer-pat-ej-informerad-annu", SK, "1950-10-21", "196", [
    N("n1", M, "Läkaranteckning", "sk_gastro_lund", "Oskar Mårtensson", LK,
      "2024-10-15T13:35:00", "2024-10-15T14:00:00", OV, [
          ("Utredning", "PAD från koloskopin 8/10: adenokarcinom i colon sigmoideum, måttligt differentierat."),
          ("Bedömning", "Pat ej informerad ännu. Får besked vid inbokat besök 17/10 med kontaktsjuksköterska närvarande, dottern vill vara med."),
          ("Planering", "DT thorax-buk beställd för stadieindelning. Anmäld till kolorektal MDK."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "confirmed cancer in a visible note that says the patient is not yet told (NL101), no hedge (not NL102)")

C("dic-pad-rektalcancer-besked-givet-idag", VG, "1962-02-28", "318", [
    N("n1", M, "Mottagningsanteckning", "vg_gastro_sahl", "Magnus Carlsson", LK,
      "2024-10-17T10:00:00", "2024-10-17T11:45:00", OV, [
          ("Aktuellt", "Återbesök för provsvar, maken med. Pat informerad idag om att PAD visar adenokarcinom i rektum, ca 8 cm ovan anus."),
          ("Bedömning", "Pat tog beskedet sansat, många frågor om strålbehandling som besvarades. Kontaktsjuksköterska Anneli presenterad."),
          ("Planering", "MR lilla bäckenet och DT thorax-buk beställda. MDK 24/10."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "confirmed diagnosis that the patient was told today: no NL101, no hedge")

C("dic-pmo-vc-misstankt-hypotyreos", SK, "1983-05-16", "264", [
    N("n1", P, "Läkaranteckning", "pmo_vc_sandby", "Lena Jönsson", LK,
      "2024-10-14T15:20:00", "2024-10-14T16:00:00", OV, [
          ("Aktuellt", "Trötthet, frusenhet och viktuppgång sedan i våras. Torr hud."),
          ("Bedömning", "Misstänkt hypotyreos. TSH, fritt T4 och TPO-ak tas."),
      ])],
    [], [("NL102", "n1")],
    "PMO note: a hedged diagnosis is never shown in PMO")

C("dic-typo-missankt-endokardit-infektion", SK, "1971-11-02", "405", [
    N("n1", M, "Konsultationsanteckning", "sk_inf_lund", "Fatima Al-Rashid", LK,
      "2024-10-15T15:10:00", None, SV, [
          ("Aktuellt", "Konsult från avd 7 kardiologi: feber i fem dagar hos man med mekanisk aortaklaff, S. aureus i 2/2 blododlingar."),
          ("Bedömning", "Missänkt endokardit på klaffprotes. Kloxacillin 2 g x 6 iv och tillägg av rifampicin diskuteras med thoraxkirurg."),
          ("Planering", "TEE snarast, nya blododlingar x 2 efter 48 h."),
      ])],
    [("NL102", "n1")], [],
    "typo 'Missänkt endokardit' in an unsigned consultation draft still is a visible hedged diagnosis")

# ==========================================================================
# Batch 2
# ==========================================================================
C("dic-konsult-susp-spondylodiskit", VG, "1956-04-12", "371", [
    N("n1", M, "Konsultationsanteckning", "vg_inf_ostra", "Hanna Olofsson", LK,
      "2024-10-14T14:45:00", "2024-10-14T17:20:00", SV, [
          ("Aktuellt", "Tillfrågad av ortopeden angående diabetiker med ländryggsvärk i tre veckor, subfebril, SR 96. Blododlingar växer S. aureus."),
          ("Bedömning", "Susp. spondylodiskit L3-L4. MR ländrygg med kontrast bokad i morgon. Kloxacillin iv påbörjas efter nya odlingar."),
      ])],
    [("NL102", "n1")], [],
    "consultation: abbreviated hedge 'Susp.' on spondylodiskit")

C("dic-akut-aortadissektion-kan-ej-uteslutas", SK, "1961-09-05", "293", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Tobias Lund", LK,
      "2024-10-19T03:10:00", "2024-10-19T05:40:00", OV, [
          ("Aktuellt", "Plötslig rivande smärta mellan skulderbladen för en timme sedan. Behandlad hypertoni."),
          ("Status", "BT höger arm 185/100, vänster arm 150/90. Pulsdeficit vänster a. radialis."),
          ("Bedömning", "Aortadissektion kan ej uteslutas. Akut DT-angio aorta, thoraxkirurgjour förvarnad."),
      ])],
    [("NL102", "n1")], [],
    "'kan ej uteslutas' keeps a dangerous diagnosis open: hedged, visible")

C("dic-akut-aortadissektion-kan-uteslutas-efter-dt", VG, "1958-12-30", "154", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "David Öberg", LK,
      "2024-10-18T22:30:00", "2024-10-19T08:05:00", OV, [
          ("Aktuellt", "Ryggsmärta interskapulärt sedan kvällen, i övrigt frisk."),
          ("Utredning", "DT-angio aorta utan dissektion eller aneurysm. Troponin T 9 och 10."),
          ("Bedömning", "Aortadissektion kan uteslutas efter DT-angio. Ingen kardiell genes. Smärtan bedöms komma från thorakala ryggen."),
          ("Planering", "Hem med NSAID i fem dagar, kontakt med VC-sjukgymnast vid kvarstående besvär."),
      ])],
    [], [("NL102", "n1")],
    "look-alike of 'kan ej uteslutas': 'kan uteslutas' rules the diagnosis out")

C("dic-mr-hjarta-forenligt-med-myokardit", SK, "1997-07-21", "611", [
    N("n1", M, "Läkaranteckning", "sk_kard_malmo", "Mikael Svensson", LK,
      "2024-10-16T15:05:00", "2024-10-16T16:30:00", SV, [
          ("Aktuellt", "27-årig man inlagd med bröstsmärta och troponinstegring en vecka efter förkylning. Kranskärlsröntgen 14/10 utan signifikanta stenoser."),
          ("Utredning", "MR hjärta idag: subepikardiellt sent gadoliniumupptag inferolateralt och ödem på T2, förenligt med akut myokardit. EF 55 %."),
          ("Planering", "Betablockad. Idrottsförbud i sex månader, ny MR i april."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "'förenligt med akut myokardit' on MRI in a visible section is a hedge")

C("dic-lab-talar-for-autoimmun-hemolytisk-anemi", SK, "1948-03-14", "226", [
    N("n1", M, "Läkaranteckning", "sk_hemat_lund", "Ingrid Bengtsson", LK,
      "2024-10-14T11:25:00", "2024-10-14T12:50:00", SV, [
          ("Lab", "Hb 78, retikulocyter 9 %, haptoglobin < 0,1, LD 680, bilirubin 45."),
          ("Bedömning", "Lab talar för autoimmun hemolytisk anemi. DAT och köldagglutininer inväntas. Prednisolon 1 mg/kg startas i dag."),
      ])],
    [("NL102", "n1")], [],
    "'talar för' + disease name while the confirming test is pending")

C("dic-fragetecken-temporalisarterit", VG, "1949-10-08", "482", [
    N("n1", M, "Mottagningsanteckning", "vg_medmott_molndal", "Ulrika Strand", LK,
      "2024-10-15T09:15:00", "2024-10-15T10:00:00", OV, [
          ("Aktuellt", "Nytillkommen huvudvärk i tinningarna, tuggclaudicatio och SR 78. Inga synrubbningar."),
          ("Bedömning", "Temporalisarterit? Prednisolon 40 mg insatt idag, UL temporalisartärer och remiss för biopsi."),
      ])],
    [("NL102", "n1")], [],
    "question mark after the diagnosis is a hedge in a visible Bedömning")

C("dic-nefros-mojlig-al-amyloidos", VG, "1953-01-25", "237", [
    N("n1", M, "Läkaranteckning", "vg_njur_sahl", "Jonas Hermansson", LK,
      "2024-10-17T14:00:00", "2024-10-17T16:10:00", OV, [
          ("Aktuellt", "Ödem i benen sedan augusti, U-albumin/krea 520 mg/mmol, S-albumin 21. Krea 98."),
          ("Bedömning", "Nefrotiskt syndrom. Möjlig AL-amyloidos med tanke på fria lambda-kedjor 310 mg/l. Njurbiopsi planeras vecka 44."),
          ("Åtgärd", "Furosemid 40 mg x 2, Enalapril 5 mg. Fragmin profylax pga lågt albumin."),
      ])],
    [("NL102", "n1")], [],
    "confirmed nephrotic syndrome plus a hedged cause 'Möjlig AL-amyloidos'")

C("dic-elfores-inger-misstanke-om-myelom", SK, "1955-06-02", "318", [
    N("n1", M, "Mottagningsanteckning", "sk_intmott_malmo", "Per Olsson", LK,
      "2024-10-16T13:10:00", "2024-10-16T14:25:00", OV, [
          ("Aktuellt", "Remiss från VC pga anemi och ryggvärk. Hb 102, Ca 2,71, krea 134."),
          ("Bedömning", "M-komponent IgG kappa 28 g/l på elforesen, vilket tillsammans med hyperkalcemin inger misstanke om myelom."),
          ("Planering", "Remiss hematologen för benmärgsundersökning. Lågdos-DT skelett beställd."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "'inger misstanke om myelom' in visible Bedömning, nothing about informing")

C("dic-hereditet-fadern-trolig-hemokromatos", VG, "1986-08-19", "590", [
    N("n1", M, "Mottagningsanteckning", "vg_endo_sahl", "Malin Fredriksson", LK,
      "2024-10-18T08:30:00", "2024-10-18T09:55:00", OV, [
          ("Anamnes", "Hereditet: fadern hade troligen hemokromatos, dog i levercirros vid 62 års ålder. Farbror med diabetes."),
          ("Lab", "Ferritin 140, transferrinmättnad 31 %, leverstatus normalt."),
          ("Bedömning", "Normala järnparametrar. HFE-genotypning tas som kaskadtestning enligt önskemål."),
      ])],
    [], [("NL102", "n1")],
    "the hedged diagnosis belongs to the father; the patient's own values are normal")

C("dic-hjartsvikt-ev-latt-okad-dyspne-symtom", SK, "1944-11-30", "117", [
    N("n1", M, "Mottagningsanteckning", "sk_kard_malmo", "Nils Andersson", LK,
      "2024-10-15T14:20:00", "2024-10-15T15:00:00", OV, [
          ("Aktuellt", "Känd hjärtsvikt med nedsatt EF 30 %, NYHA II. Ev. lätt ökad andfåddhet i trappor sedan förra besöket, svårt för henne att säga."),
          ("Status", "Vikt oförändrad 71 kg. Inga ödem, inga basala rassel. BT 112/70, puls 64."),
          ("Bedömning", "Stabil. Entresto upptitreras till 97/103 mg x 2."),
      ])],
    [], [("NL102", "n1")],
    "hedge on a symptom ('Ev. lätt ökad andfåddhet') next to a known, settled diagnosis")

C("dic-kalium-hogt-misstankt-hemolyserat-prov", VG, "1939-02-11", "264", [
    N("n1", M, "Daganteckning", "vg_akm_sahl", "Henrik Johansson", LK,
      "2024-10-14T16:40:00", "2024-10-14T17:15:00", SV, [
          ("Aktuellt", "Kalium 6,3 på eftermiddagsprovet men misstänkt hemolyserat prov enligt lab. EKG utan T-vågsförändringar."),
          ("Åtgärd", "Nytt kalium tas venöst utan stas ikväll."),
      ])],
    [], [("NL102", "n1")],
    "'misstänkt' refers to a haemolysed test tube, not to a disease of the patient")

C("dic-hiv-konfirmerad-pat-har-annu-inte-fatt-besked", SK, "1990-12-03", "436", [
    N("n1", M, "Läkaranteckning", "sk_inf_lund", "Anna Lindqvist", LK,
      "2024-10-17T16:50:00", "2024-10-17T17:30:00", SV, [
          ("Aktuellt", "Inlagd för långdragen feber och viktnedgång, utredd för oklar pancytopeni."),
          ("Utredning", "HIV-1 RNA 85 000 kopior/ml, CD4 190. Konfirmerad HIV-infektion."),
          ("Planering", "Pat har ännu inte fått beskedet. Infektionsläkare tar samtalet i morgon förmiddag tillsammans med kurator, smittspårning därefter."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "confirmed diagnosis in visible Utredning while the note says the patient has not yet been told")

C("dic-benmarg-forenligt-med-aml-ej-meddelat", VG, "1963-05-29", "159", [
    N("n1", M, "Läkaranteckning", "vg_hemat_sahl", "Linnea Axelsson", LK,
      "2024-10-16T18:20:00", "2024-10-16T18:45:00", SV, [
          ("Utredning", "Benmärgsutstryk: 45 % blaster, förenligt med AML. Flödescytometri och cytogenetik inväntas."),
          ("Bedömning", "Ej meddelat pat ännu, jag tar samtalet i morgon förmiddag när maken kan vara med."),
      ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "hedged leukaemia ('förenligt med AML') written visibly and expressly not yet told")

C("dic-aortastenos-ej-informerad-om-operationsdatum", SK, "1940-07-17", "308", [
    N("n1", M, "Telefonanteckning", "sk_kard_malmo", "Camilla Holm", SS,
      "2024-10-18T10:20:00", "2024-10-18T10:35:00", OV, [
          ("Telefonkontakt", "Känd svår aortastenos, accepterad för TAVI på konferensen. Pat ej informerad om operationsdatum ännu, koordinatorn ringer nästa vecka när tiden är satt."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "what is not yet told is a date, not a diagnosis; the diagnosis is known to the patient")

C("dic-remiss-skickad-ej-meddelad-diabetes-kand", VG, "1977-09-09", "375", [
    N("n1", M, "Läkaranteckning", "vg_endo_sahl", "Malin Fredriksson", LK,
      "2024-10-15T15:40:00", "2024-10-15T16:05:00", OV, [
          ("Aktuellt", "Diabetes typ 1 sedan 20 år, HbA1c 71. Svarade inte när jag ringde."),
          ("Planering", "Remiss till fotterapeut skickad. Pat ännu ej informerad om att remissen gått iväg, får brev."),
      ])],
    [], [("NL101", "n1")],
    "untold item is the referral, not the diagnosis")

# ==========================================================================
# Batch 3 (mostly NL101)
# ==========================================================================
C("dic-pankreascancer-undanhallen-sedan-beskedad-dagen-efter", SK, "1946-02-20", "351", [
    N("n1", M, "Daganteckning", "sk_int7_malmo", "Lena Jönsson", LK,
      "2024-10-15T15:30:00", "2024-10-15T16:10:00", SV, [
          ("Aktuellt", "DT buk med kontrast: tumör i pankreaskroppen med minst fyra levermetastaser, bilden talar otvetydigt för pankreascancer."),
          ("Bedömning", "Pat ej informerad. Vill att sonen är med, han kommer från Stockholm i morgon eftermiddag."),
      ]),
    N("n2", M, "Daganteckning", "sk_int7_malmo", "Lena Jönsson", LK,
      "2024-10-16T16:45:00", "2024-10-16T17:20:00", SV, [
          ("Aktuellt", "Brytpunktssamtal på enskilt rum med pat och sonen Mattias. Informerat om att DT visar pankreascancer med spridning till levern och att behandlingen blir palliativ."),
          ("Planering", "Kontakt med ASIH, oxykodon enligt ordination. Pat vill hem till helgen."),
      ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "the earlier visible note that withholds the diagnosis is still flagged; the next day's telling note is not")

C("dic-ssk-smacellig-lungcancer-pat-ej-informerad", VG, "1954-03-31", "472", [
    N("n1", M, "Omvårdnadsanteckning", "vg_lung_sahl", "Camilla Nordin", SS,
      "2024-10-16T13:05:00", "2024-10-16T13:20:00", SV, [
          ("Omvårdnad", "Pat frågar oroligt om provsvaren från bronkoskopin. Enligt dr Tehrani visar PAD småcellig lungcancer men pat har inte informerats ännu. Sagt till pat att läkaren kommer i eftermiddag och går igenom svaren."),
      ])],
    [("NL101", "n1")], [],
    "a nurse's visible note names the cancer and states the patient has not been informed")

C("dic-typo-levercirros-pat-ej-infomerad", SK, "1967-10-01", "284", [
    N("n1", M, "Läkaranteckning", "sk_gastro_lund", "Oskar Mårtensson", LK,
      "2024-10-18T14:00:00", None, OV, [
          ("Utredning", "Fibroscan 38 kPa, trombocyter 88, lätt splenomegali på UL. Levercirros, Child-Pugh A."),
          ("Bedömning", "Pat ej infomerad om diagnosen, svaren gås igenom vid återbesöket 25/10. Alkoholanamnesen behöver fördjupas då."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "speech-recognition typo 'ej infomerad' in an unsigned draft; the cirrhosis is stated as settled")

C("dic-pat-annu-ovetande-om-levermetastaser", VG, "1951-11-11", "129", [
    N("n1", M, "Rondanteckning", "vg_akm_sahl", "Henrik Johansson", LK,
      "2024-10-17T11:10:00", "2024-10-17T12:30:00", SV, [
          ("Aktuellt", "Inlagd för ikterus. DT visar multipla levermetastaser, primärtumör ännu ej lokaliserad."),
          ("Bedömning", "Pat är ännu ovetande om fynden; hustrun har bett att få vara med vid samtalet som planeras i morgon kl 10."),
          ("Planering", "Gastroskopi och koloskopi i morgon eftermiddag, leverbiopsi efter samtalet."),
      ])],
    [("NL101", "n1")], [],
    "'ännu ovetande om fynden' after naming liver metastases in a visible round note")

C("dic-geriatrik-talar-for-alzheimer-avvaktar-info", SK, "1938-06-08", "262", [
    N("n1", M, "Läkaranteckning", "sk_geri_malmo", "Ingrid Bengtsson", LK,
      "2024-10-17T13:40:00", "2024-10-17T15:15:00", SV, [
          ("Utredning", "MMSE 19/30, klocktest patologiskt. DT hjärna: uttalad temporal atrofi bilat. Likvor: lågt beta-amyloid 42, förhöjt p-tau."),
          ("Bedömning", "Utredningen talar för Alzheimers sjukdom. Avvaktar med att informera pat om diagnosen tills dottern kan närvara, bokat 22/10."),
      ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "hedged dementia diagnosis visible and deliberately not yet told (both rules)")

C("dic-njurcellscancer-besked-per-telefon-igar", VG, "1959-04-04", "386", [
    N("n1", M, "Mottagningsanteckning", "vg_njur_sahl", "Jonas Hermansson", LK,
      "2024-10-16T10:45:00", "2024-10-16T11:30:00", OV, [
          ("Aktuellt", "Kronisk njursvikt stadium 3b. Pat fick besked om njurcellscancer i höger njure per telefon igår av urologen, nefrektomi planeras."),
          ("Bedömning", "Inför nefrektomi beräknas eGFR efteråt till runt 25. Pat informerad om risken för dialys på sikt."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "the cancer was told by phone yesterday; no withheld diagnosis, no hedge")

C("dic-kll-pat-informerad-hustrun-ska-inte-veta", SK, "1958-01-15", "493", [
    N("n1", M, "Mottagningsanteckning", "sk_hemat_lund", "Karin Ek", LK,
      "2024-10-14T09:30:00", "2024-10-14T10:20:00", OV, [
          ("Aktuellt", "Lymfocytos 24, flödescytometri visar klonal B-cellspopulation. Kronisk lymfatisk leukemi, Binet A."),
          ("Bedömning", "Pat informerad om diagnosen och att behandling inte behövs nu. Önskar att hustrun inte får veta förrän efter barnbarnets dop i november, vilket respekteras."),
          ("Planering", "Blodstatus var tredje månad via VC, återbesök här om ett år."),
      ])],
    [], [("NL101", "n1")],
    "patient told; only the wife is not to be told")

C("dic-myelom-kant-sedan-2021-inga-nya-fragor", VG, "1949-05-26", "244", [
    N("n1", M, "Mottagningsanteckning", "vg_hemat_sahl", "Gustav Ahlberg", LK,
      "2024-10-18T13:15:00", "2024-10-18T14:00:00", OV, [
          ("Aktuellt", "Multipelt myelom IgA lambda sedan 2021, underhåll med lenalidomid. M-komponent 2 g/l, stabil."),
          ("Bedömning", "Pat har inte behövt någon ytterligare information om sin sjukdom, som hon känt till i tre år. Fortsatt behandling oförändrad."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "'inte' near information, but the patient has known the diagnosis for years")

C("dic-normalt-ekosvar-ej-meddelat-graves-kand", SK, "1994-09-13", "366", [
    N("n1", M, "Läkaranteckning", "sk_endo_malmo", "Emma Larsson", LK,
      "2024-10-17T09:20:00", "2024-10-17T09:40:00", OV, [
          ("Aktuellt", "Känd Graves sjukdom sedan i somras, Tiamazol 10 mg. Ekokardiografi pga hjärtklappning visar normala fynd."),
          ("Planering", "Pat ej informerad om ekosvaret ännu, skickar brev. TSH och fritt T4 om sex veckor."),
      ])],
    [], [("NL101", "n1")],
    "what is not yet told is a normal echo result; the diagnosis is known")

C("dic-hepatit-c-nar-inte-pat-ej-fatt-besked", VG, "1985-07-07", "519", [
    N("n1", M, "Telefonanteckning", "vg_inf_ostra", "Hanna Olofsson", LK,
      "2024-10-15T12:10:00", "2024-10-15T12:15:00", OV, [
          ("Telefonkontakt", "HCV-RNA positivt, genotyp 3a, alltså aktiv hepatit C. Har sökt pat två gånger på mobilen utan svar, så han har ännu inte fått beskedet. Försöker igen i morgon, annars brev med kallelse."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "patient not reachable: the visible phone note names active hepatitis C and says he has not been told")

C("dic-lungmetastaser-ska-inte-informeras-fore-onkolog", SK, "1964-12-19", "418", [
    N("n1", M, "Konsultationsanteckning", "sk_lung_lund", "Mikael Svensson", LK,
      "2024-10-18T15:00:00", "2024-10-18T15:50:00", SV, [
          ("Utredning", "DT thorax: multipla lungmetastaser bilat, störst 18 mm i vänster underlob. Känd malignt melanom opererat 2022."),
          ("Bedömning", "Enligt överenskommelse med onkologen ska pat inte informeras om lungmetastaserna förrän onkologen träffar honom på tisdag."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "'ska inte informeras' about stated metastases in a visible consultation note")

C("dic-oklar-transaminasstegring-info-om-att-orsak-ej-klar", VG, "1972-08-03", "351", [
    N("n1", M, "Mottagningsanteckning", "vg_med_ostra_mott", "Sofia Gustafsson", LK,
      "2024-10-14T14:30:00", "2024-10-14T15:10:00", OV, [
          ("Aktuellt", "Diabetes typ 2 sedan 2015. ALAT 3,2 och ASAT 2,1, oförändrat sedan juni. Hepatitserologi negativ, inget alkoholbruk."),
          ("Bedömning", "Oklar orsak till transaminasstegringen. Informerat pat om att vi ännu inte vet varför leverproverna är förhöjda."),
          ("Planering", "UL lever med elastografi, autoimmun leverserologi och ceruloplasmin."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "'oklar' describes a finding, not a diagnosis; what the patient is told is that the cause is unknown")

C("dic-pmo-hemsjukvard-trolig-uvi", SK, "1935-04-22", "240", [
    N("n1", P, "Omvårdnadsanteckning", "pmo_hsjv_lund", "Johanna Sjöberg", SS,
      "2024-10-19T11:30:00", "2024-10-19T11:50:00", OV, [
          ("Omvårdnad", "Hembesök. Förvirrad sedan igår, luktande urin, temp 37,9. Urinsticka: nitrit pos, leukocyter 3+."),
          ("Bedömning", "Trolig UVI. Jourläkare på VC kontaktad, ordinerar pivmecillinam per telefon."),
      ])],
    [], [("NL102", "n1")],
    "PMO home-care note: 'Trolig UVI' is not shown to the patient")

C("dic-epikris-misstankt-ovarialcancer-ej-informerad", VG, "1956-10-10", "464", [
    N("n1", M, "Epikris", "vg_med_ostra", "Elin Karlsson", LK,
      "2024-10-18T12:00:00", "2024-10-18T15:20:00", SV, [
          ("Diagnos", "Ascites (R18). Misstänkt ovarialcancer."),
          ("Epikris", "68-årig kvinna inlagd för tilltagande bukomfång. Ascitestappning 4 liter, cytologi inväntas. DT visar solid-cystisk expansivitet vänster adnex och peritoneala förändringar, CA-125 1450."),
          ("Planering", "Vid utskrivningen är pat ej informerad om den misstänkta ovarialcancern; detta tas av gynonkolog vid besöket 23/10."),
      ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "discharge summary lists a hedged cancer and says the patient has not been informed")

C("dic-lymfom-inga-fler-fragor-efter-gardagens-besked", SK, "1970-03-27", "157", [
    N("n1", M, "Läkaranteckning", "sk_hemat_lund", "Johan Berglund", LK,
      "2024-10-16T11:50:00", "2024-10-16T12:20:00", SV, [
          ("Aktuellt", "Pat har inte haft några fler frågor efter gårdagens besked om diffust storcelligt B-cellslymfom. Sover dåligt, oxazepam vb ordinerat."),
          ("Planering", "R-CHOP start måndag. PICC-line sätts fredag."),
      ])],
    [], [("NL101", "n1")],
    "negation about questions, but the lymphoma was told yesterday")

# ==========================================================================
# Batch 4 (NL102 hedges of many kinds)
# ==========================================================================
C("dic-lang-inskrivning-kol-trol-exacerbation-dd-pneumoni", VG, "1947-12-05", "438", [
    N("n1", M, "Inskrivningsanteckning", "vg_lung_sahl", "Reza Tehrani", LK,
      "2024-10-14T21:35:00", "2024-10-15T08:20:00", SV, [
          ("Anamnes", "76-årig man, f.d. rökare 50 paketår. KOL GOLD 3 med två sjukhusvårdade exacerbationer senaste året, LTOT 1 l i vila sedan mars. Förmaksflimmer, Eliquis 5 mg x 2. Bor med frun i lägenhet, hemtjänst en gång per dag."),
          ("Aktuellt", "Snuva och halsont sedan fem dagar, barnbarnen förkylda. Senaste två dygnen ökad andfåddhet, mer och mörkare sputum, kan inte gå till toaletten utan att stanna. Tagit Airomir var annan timme utan effekt. Ingen bröstsmärta. Inga bensvullnader."),
          ("Status", "AT: påverkad, talar i korta meningar, använder accessoriska andningsmuskler.\nTemp 37,8. AF 26. Sat 84 % på 1 l, 89 % på 2 l.\nCor: oregelbunden, 108/min, inga blåsljud.\nPulm: nedsatta andningsljud bilat, rikliga ronki, förlängt exspirium, inga säkra rassel.\nBuk: mjuk, oöm.\nExtr: inga ödem."),
          ("Lab", "Artärgas på 2 l: pH 7,32, pCO2 7,9, pO2 7,4, BE +4. CRP 48, LPK 11,2, Hb 151, krea 88, NT-proBNP 620."),
          ("Utredning", "Rtg pulm: emfysematösa lungor, inga säkra infiltrat, ingen pleuravätska. EKG: förmaksflimmer med snabbt kammarsvar, inga ischemitecken."),
          ("Bedömning", "Trol. KOL-exacerbation utlöst av virusinfektion, DD begynnande pneumoni. Lätt respiratorisk acidos, kompenserad. Ej aktuellt med NIV i nuläget men låg tröskel."),
          ("Åtgärd", "Ipratropium + salbutamol i nebulisator x 4. Prednisolon 40 mg x 1 i fem dagar. Doxycyklin 200 mg dag 1, därefter 100 mg. Syrgas med mål sat 88-92 %. Ny artärgas om två timmar."),
          ("Läkemedel", "Trimbow 2 inh x 2, Airomir vb, Eliquis 5 mg x 2, Bisoprolol 2,5 mg, Atorvastatin 40 mg. Pausar ingenting i nuläget."),
          ("Planering", "HLR-ställningstagande diskuteras på ronden i morgon med pat och frun. Fysioterapeut för andningsgymnastik och PEP.\nVätskelista och vikt dagligen. Kontroll av kalium och glukos i morgon pga kortison. Bisoprolol ökas till 5 mg om kammarfrekvensen ligger över 110 i natt.\nOm NIV blir aktuellt ska IMA-jouren kontaktas i god tid; pat har tidigare tolererat mask väl.\nDikterat av dr Tehrani kl 21.35, utskrivet av medicinsekreterare morgonen efter."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "long admission chart: one hedged line (trol. exacerbation, DD pneumoni) among telegraphic status lines")

C("dic-sannolik-debut-av-ulceros-kolit", SK, "2001-03-18", "525", [
    N("n1", M, "Mottagningsanteckning", "sk_gastro_lund", "Erik Håkansson", LK,
      "2024-10-15T10:30:00", "2024-10-15T11:40:00", OV, [
          ("Aktuellt", "Blodiga diarréer 6-8 ggr/dygn sedan tre veckor, tenesmer. F-kalprotektin 1 200. Faeces-odling negativ."),
          ("Utredning", "Sigmoidoskopi: kontinuerlig inflammation från rektum till 30 cm, förlorat kärlmönster, kontaktblödning. PAD inväntas."),
          ("Bedömning", "Sannolik debut av ulcerös kolit, måttlig aktivitet. Asacol 4,8 g och Pentasa supp insatt."),
      ])],
    [("NL102", "n1")], [],
    "young adult: 'Sannolik debut av ulcerös kolit' while PAD is pending")

C("dic-kan-rora-sig-om-polymyalgia-reumatica", VG, "1950-07-30", "287", [
    N("n1", M, "Mottagningsanteckning", "vg_medmott_molndal", "David Öberg", LK,
      "2024-10-16T14:20:00", "2024-10-16T15:05:00", OV, [
          ("Aktuellt", "Morgonstelhet i skuldror och höfter i två timmar sedan en månad, svårt att ta på sig jackan. SR 64, CRP 38."),
          ("Bedömning", "Kan röra sig om polymyalgia reumatica. Inga symtom på jättecellsarterit. Prednisolon 15 mg provas, utvärdering om en vecka."),
      ])],
    [("NL102", "n1")], [],
    "'Kan röra sig om' before a diagnosis")

C("dic-bild-som-vid-erysipelas-dd-dvt", SK, "1962-06-22", "191", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Sara Persson", LK,
      "2024-10-17T17:40:00", "2024-10-17T19:10:00", OV, [
          ("Status", "Höger underben: rodnad, värmeökning och svullnad från fotled till knä med skarp gräns. Fotsvamp mellan tårna. Temp 38,4."),
          ("Bedömning", "Klinisk bild som vid erysipelas, DD djup ventrombos. UL vener bokat i morgon, Kåvepenin 1,6 g x 3 insatt."),
      ])],
    [("NL102", "n1")], [],
    "'bild som vid' and DD together in a visible emergency note")

C("dic-kan-inte-utesluta-lungtuberkulos", VG, "1993-02-14", "430", [
    N("n1", M, "Inskrivningsanteckning", "vg_inf_ostra", "Hanna Olofsson", LK,
      "2024-10-18T18:00:00", "2024-10-18T20:30:00", SV, [
          ("Anamnes", "Kom från Eritrea 2019. Hosta i två månader, nattsvettningar, gått ner 7 kg."),
          ("Utredning", "Rtg pulm: kavitet i höger ovanlob. Direktmikroskopi på sputum inväntas."),
          ("Bedömning", "Kan inte utesluta lungtuberkulos. Vårdas på isoleringsrum med andningsskydd för personal tills tre sputumprov är negativa."),
      ])],
    [("NL102", "n1")], [],
    "'Kan inte utesluta' + diagnosis; isolation pending sputum")

C("dic-remisstext-fragestallning-lymfom", SK, "1981-11-24", "346", [
    N("n1", M, "Läkaranteckning", "sk_intmott_malmo", "Ahmed Hassan", LK,
      "2024-10-14T13:50:00", "2024-10-14T14:10:00", OV, [
          ("Utredning", "Remiss till PET-DT skickad. Frågeställning: lymfom? Mediastinal körtelkonglomerat 5 cm på DT thorax 10/10, LD 410."),
      ])],
    [("NL102", "n1")], [],
    "referral question 'Frågeställning: lymfom?' copied into a visible note")

C("dic-oklart-om-hjartsvikt-foreligger", VG, "1957-03-09", "172", [
    N("n1", M, "Läkaranteckning", "vg_kard_sahl", "Magnus Carlsson", LK,
      "2024-10-15T11:15:00", "2024-10-15T12:00:00", SV, [
          ("Aktuellt", "Andfåddhet och bensvullnad, NT-proBNP 890. Ekokardiografi: EF 58 %, lätt förstorade förmak, E/e' 13."),
          ("Bedömning", "Oklart om det föreligger hjärtsvikt med bevarad ejektionsfraktion eller om symtomen beror på övervikt och dekondition. Ergospirometri bokas."),
      ])],
    [("NL102", "n1")], [],
    "'Oklart om det föreligger' hjärtsvikt is a hedged diagnosis")

C("dic-differentialdiagnostiskt-ttp-trombocytopeni", SK, "1986-05-05", "268", [
    N("n1", M, "Läkaranteckning", "sk_akm_lund", "Anna Lindqvist", LK,
      "2024-10-16T23:40:00", "2024-10-17T00:25:00", SV, [
          ("Lab", "TPK 18, Hb 89, LD 1 250, haptoglobin omätbart. Schistocyter i utstryk."),
          ("Bedömning", "Differentialdiagnostiskt TTP, ADAMTS13 skickat akut. Hematologbakjour kontaktad, plasmaferes förbereds redan i natt."),
      ])],
    [("NL102", "n1")], [],
    "night note: 'Differentialdiagnostiskt TTP'")

C("dic-typo-ev-binjurebarsvikt", VG, "1980-12-12", "527", [
    N("n1", M, "Konsultationsanteckning", "vg_endo_sahl", "Malin Fredriksson", LK,
      "2024-10-17T10:10:00", "2024-10-17T11:00:00", SV, [
          ("Aktuellt", "Konsult från avd 351: hyponatremi 126, hyperkalemi 5,6, trötthet och viktnedgång. Pigmenterade handlinjer."),
          ("Bedömning", "Ev. binjurebarsvikt. Kortisol och ACTH tas kl 08 i morgon, därefter Synacthentest. Vid hypotoni ges hydrokortison 100 mg iv direkt."),
      ])],
    [("NL102", "n1")], [],
    "typo in the diagnosis word ('binjurebarsvikt') after the hedge 'Ev.'")

C("dic-typo-sanolikt-lakemedelsutlost-leverskada", SK, "1969-08-08", "310", [
    N("n1", M, "Läkaranteckning", "sk_gastro_lund", "Erik Håkansson", LK,
      "2024-10-18T09:00:00", "2024-10-18T10:30:00", OV, [
          ("Aktuellt", "Ikterus tre veckor efter en kur Spektramox för sinuit. Bilirubin 110, ALP 9, ALAT 4,5. Hepatitserologi negativ, UL utan gallvägsdilatation."),
          ("Bedömning", "Sanolikt läkemedelsutlöst leverskada (DILI) av amoxicillin-klavulansyra. Spektramox förs in som överkänslighet i journalen."),
      ])],
    [("NL102", "n1")], [],
    "typo 'Sanolikt' in the hedge before DILI")

C("dic-arbetshypotes-celiaki", VG, "1998-10-29", "446", [
    N("n1", M, "Läkaranteckning", "vg_gastro_sahl", "Magnus Carlsson", LK,
      "2024-10-14T15:55:00", "2024-10-14T16:30:00", OV, [
          ("Aktuellt", "Järnbristanemi utan blödningskälla, lös avföring och uppblåsthet. Transglutaminas-ak 86."),
          ("Bedömning", "Arbetshypotes: celiaki. Gastroskopi med duodenalbiopsier innan glutenfri kost, pat ska äta gluten som vanligt fram till dess."),
      ])],
    [("NL102", "n1")], [],
    "'Arbetshypotes' marks an unconfirmed diagnosis")

C("dic-dt-suspekt-tumor-i-pankreashuvudet", SK, "1949-09-16", "133", [
    N("n1", M, "Daganteckning", "sk_akm_lund", "Tobias Lund", LK,
      "2024-10-15T14:25:00", "2024-10-15T15:00:00", SV, [
          ("Utredning", "DT buk: suspekt tumör i pankreashuvudet, 3 cm, med vidgade gallvägar."),
          ("Planering", "ERCP med stent och borstcytologi via gastro i morgon."),
      ])],
    [("NL102", "n1")], [],
    "'suspekt tumör' on CT is a hedged malignancy in a visible note")

C("dic-akut-status-trol-gastrit-i-lang-anteckning", VG, "1990-06-01", "315", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "Gustav Ahlberg", LK,
      "2024-10-19T01:05:00", "2024-10-19T09:40:00", OV, [
          ("Aktuellt", "Brännande smärta i maggropen efter helgens firande, tagit Ipren 400 mg x 3 för ryggont. Kräkts en gång utan blod. Avföring normal färg."),
          ("Status", "AT: opåverkad. BT 128/80, puls 84.\nBuk: mjuk, lätt palpationsömhet i epigastriet, trol. gastrit. Ingen défense.\nPR: brun avföring."),
          ("Lab", "Hb 148, CRP < 5, lipas normal."),
          ("Planering", "Omeprazol 40 mg i fyra veckor, undvika NSAID. Sök igen vid svart avföring."),
      ])],
    [("NL102", "n1")], [],
    "hedged diagnosis buried in a telegraphic Status line ('trol. gastrit')")

C("dic-telefon-vi-misstanker-hyperparatyreoidism", SK, "1960-01-31", "506", [
    N("n1", M, "Telefonanteckning", "sk_endo_malmo", "Emma Larsson", LK,
      "2024-10-16T08:40:00", "2024-10-16T08:50:00", OV, [
          ("Telefonkontakt", "Ringt pat angående provsvar: Ca 2,84, PTH 9,6. Vi misstänker att det rör sig om primär hyperparatyreoidism, sestamibiskint och UL hals bokas. Pat förstår och har inga frågor."),
      ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "verb form 'vi misstänker' told to the patient by phone: still hedged and visible, and not withheld")

C("dic-formodad-legionellapneumoni", VG, "1964-04-19", "268", [
    N("n1", M, "Rondanteckning", "vg_inf_ostra", "Ulrika Strand", LK,
      "2024-10-17T10:40:00", "2024-10-17T11:55:00", SV, [
          ("Aktuellt", "Hemkommen från hotellvistelse i Alicante, hög feber, diarré och hyponatremi 128."),
          ("Bedömning", "Förmodad legionellapneumoni. Urinantigen skickat, levofloxacin insatt. Smittskyddsanmälan görs om antigenet är positivt."),
      ])],
    [("NL102", "n1")], [],
    "'Förmodad' is a hedge synonym")

# ==========================================================================
# Batch 5 (hard negatives for NL102, and protected-template contrasts)
# ==========================================================================
C("dic-tee-inga-tecken-pa-endokardit", SK, "1952-08-27", "209", [
    N("n1", M, "Läkaranteckning", "sk_kard_malmo", "Mikael Svensson", LK,
      "2024-10-17T14:35:00", "2024-10-17T15:20:00", SV, [
          ("Utredning", "TEE: tunna klaffar utan vegetationer, ingen abscess, normal protesfunktion."),
          ("Bedömning", "Inga tecken på endokardit. Streptokockbakteriemin utgick från tandabscessen, som käkkirurgen har åtgärdat genom extraktion."),
      ])],
    [], [("NL102", "n1")],
    "'Inga tecken på endokardit' after TEE")

C("dic-normalt-lipas-talar-emot-pankreatit", VG, "1975-10-14", "463", [
    N("n1", M, "Daganteckning", "vg_gastro_sahl", "Linnea Axelsson", LK,
      "2024-10-15T16:15:00", "2024-10-15T16:40:00", SV, [
          ("Aktuellt", "Gallstensanfall i natt, smärtfri nu. Normalt lipas och opåverkat bilirubin talar emot pankreatit och koledokussten."),
          ("Planering", "Planeras för elektiv kolecystektomi, remiss till kirurgen skickad."),
      ])],
    [], [("NL102", "n1")],
    "'talar emot pankreatit' is a negation in spite of the 'talar' look-alike")

C("dic-dd-lungemboli-avskrivs-efter-dt", SK, "1983-01-09", "387", [
    N("n1", M, "Rondanteckning", "sk_med1_lund", "Maria Nilsson", LK,
      "2024-10-16T09:50:00", "2024-10-16T10:40:00", SV, [
          ("Aktuellt", "Feber och pleuritsmärta, på DT-angio ingen embolus men infiltrat i vänster underlob."),
          ("Bedömning", "DD lungemboli avskrivs efter negativ DT-angio. Vänstersidig pneumoni, behandlas vidare med cefotaxim."),
      ])],
    [], [("NL102", "n1")],
    "'DD' used only for a differential that is written off; the remaining diagnosis is confirmed")

C("dic-misstanken-om-myokardit-har-inte-bekraftats", VG, "1999-05-20", "234", [
    N("n1", M, "Läkaranteckning", "vg_kard_sahl", "Jonas Hermansson", LK,
      "2024-10-18T11:30:00", "2024-10-18T12:15:00", SV, [
          ("Utredning", "MR hjärta utan ödem eller sent gadoliniumupptag, normal vänsterkammarfunktion."),
          ("Bedömning", "Misstanken om myokardit har inte bekräftats. Troponinläckaget förklaras av influensan, utskrivs i dag."),
      ])],
    [], [("NL102", "n1")],
    "the suspicion is explicitly not confirmed (ruled out) after MRI")

C("dic-tidigare-misstankt-sarkoidos-nu-avfardad", SK, "1979-02-02", "432", [
    N("n1", M, "Mottagningsanteckning", "sk_lung_lund", "Per Olsson", LK,
      "2024-10-14T10:00:00", "2024-10-14T11:10:00", OV, [
          ("Aktuellt", "Uppföljning efter EBUS. Den tidigare misstänkta sarkoidosen är nu avfärdad: reaktiva körtlar utan granulom, odlingar negativa."),
          ("Planering", "Ny DT thorax om sex månader enligt lungläkarkonferens."),
      ])],
    [], [("NL102", "n1")],
    "past suspicion now dismissed ('avfärdad')")

C("dic-tidigare-misstankt-celiaki-nu-biopsiverifierad", VG, "1995-11-06", "543", [
    N("n1", M, "Mottagningsanteckning", "vg_gastro_sahl", "Linnea Axelsson", LK,
      "2024-10-17T08:45:00", "2024-10-17T09:30:00", OV, [
          ("Utredning", "Den tidigare misstänkta celiakin är nu bekräftad med duodenalbiopsier, Marsh 3b."),
          ("Bedömning", "Celiaki. Pat informerad, remiss till dietist för glutenfri kost. Bentäthetsmätning beställd."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "the word 'misstänkta' points back to a hypothesis that is now biopsy-confirmed and told")

C("dic-pat-orolig-for-magcancer-inget-talar-for-malignitet", SK, "1968-04-25", "268", [
    N("n1", M, "Mottagningsanteckning", "sk_intmott_malmo", "Karin Ek", LK,
      "2024-10-18T14:40:00", "2024-10-18T15:25:00", OV, [
          ("Aktuellt", "Orolig för magcancer, som hennes mor dog av vid 70 års ålder. Dyspepsi sedan i våras."),
          ("Utredning", "Gastroskopi 9/10 normal, Helicobacter negativ, Hb och järnstatus normala."),
          ("Bedömning", "Inget i utredningen talar för malignitet. Funktionell dyspepsi, pat lugnad."),
      ])],
    [], [("NL102", "n1")],
    "patient's fear and mother's cancer, then 'Inget ... talar för malignitet'")

C("dic-typo-ingen-misstnake-om-sepsis", VG, "1942-09-01", "329", [
    N("n1", M, "Daganteckning", "vg_akm_sahl", "Sofia Gustafsson", LK,
      "2024-10-15T20:15:00", None, SV, [
          ("Aktuellt", "Kallad av ssk för temp 38,1 efter transfusion. Cirkulatoriskt stabil, laktat 1,1, inga frossbrytningar."),
          ("Bedömning", "Ingen misstnake om sepsis. Febril icke-hemolytisk transfusionsreaktion; transfusionen avbruten och blodcentralen informerad."),
      ])],
    [], [("NL102", "n1")],
    "typo in the negated phrase ('Ingen misstnake om sepsis'), unsigned night draft; the other diagnosis is settled")

C("dic-formaksflimmer-sok-vid-tecken-pa-stroke", SK, "1945-03-06", "186", [
    N("n1", M, "Utskrivningsanteckning", "sk_kard_malmo", "Nils Andersson", LK,
      "2024-10-15T13:00:00", "2024-10-15T13:45:00", SV, [
          ("Diagnos", "Förmaksflimmer, nyupptäckt (I48.9)."),
          ("Planering", "Eliquis 5 mg x 2 och Metoprolol 50 mg. Informerad om att söka akut vid tecken på stroke som hängande mungipa, talsvårigheter eller svaghet i arm eller ben. Elkonvertering övervägs efter tre veckors antikoagulation."),
      ])],
    [], [("NL102", "n1")],
    "safety-net conditional 'vid tecken på stroke' is no hypothesis about the patient")

C("dic-pyelonefrit-om-ny-feber-sok-akut", VG, "1996-01-27", "468", [
    N("n1", M, "Utskrivningsanteckning", "vg_inf_ostra", "Hanna Olofsson", LK,
      "2024-10-18T10:50:00", "2024-10-18T11:35:00", SV, [
          ("Diagnos", "Akut pyelonefrit höger, E. coli känslig för ciprofloxacin."),
          ("Planering", "Ciprofloxacin 500 mg x 2 i sju dagar totalt. Om ny feber efter avslutad kur kan det vara tecken på återfall och pat ska då söka akut, inte vänta på tid."),
      ])],
    [], [("NL102", "n1")],
    "conditional 'Om ny feber ... kan det vara tecken på återfall' about a confirmed diagnosis")

C("dic-ckd5-ev-dialysstart-efter-jul", SK, "1955-12-13", "274", [
    N("n1", M, "Mottagningsanteckning", "sk_njur_lund", "Fatima Al-Rashid", LK,
      "2024-10-16T13:30:00", "2024-10-16T14:20:00", OV, [
          ("Aktuellt", "Kronisk njursjukdom stadium 5 pga diabetesnefropati, eGFR 9. Klåda och aptitlöshet."),
          ("Planering", "AV-fistel anlagd i augusti, mognar fint. Ev. dialysstart efter jul, beslut vid nästa besök utifrån symtom och kalium. Trolig start i hemodialys på Lunds enhet."),
      ])],
    [], [("NL102", "n1")],
    "hedges on a treatment plan ('Ev. dialysstart', 'Trolig start') beside a settled diagnosis")

C("dic-hogt-pk-inr-foljsamhet-fragetecken", VG, "1941-06-18", "229", [
    N("n1", M, "Telefonanteckning", "vg_med_ostra_mott", "Ida Lindgren", SS,
      "2024-10-17T14:05:00", "2024-10-17T14:15:00", OV, [
          ("Telefonkontakt", "Mekanisk mitralisklaff, Waran. PK-INR 4,6 idag, inga blödningar. Följsamhet till doseringsschemat? Dottern tror att han tagit dubbel dos i söndags."),
          ("Åtgärd", "Hoppar över dagens dos, ny PK om tre dagar enligt doktor Strand."),
      ])],
    [], [("NL102", "n1")],
    "question mark on adherence, not on a diagnosis")

C("dic-verifierad-pneumokockpneumoni-ingen-hedge", SK, "1950-05-11", "196", [
    N("n1", M, "Rondanteckning", "sk_inf_lund", "Anna Lindqvist", LK,
      "2024-10-16T10:20:00", "2024-10-16T11:00:00", SV, [
          ("Aktuellt", "Afebril sedan igår, sat 95 % på luft, CRP 310 → 140."),
          ("Bedömning", "Verifierad pneumokockpneumoni, pneumokockantigen i urin positivt och S. pneumoniae i blododling. Byter till Kåvepenin per os."),
      ])],
    [], [("NL102", "n1")],
    "confirmed diagnosis, no hedge")

C("dic-geriatrik-bror-utreds-for-misstankt-als", VG, "1946-08-09", "436", [
    N("n1", M, "Läkaranteckning", "vg_geri_molndal", "Ulrika Strand", LK,
      "2024-10-14T13:15:00", "2024-10-14T14:00:00", SV, [
          ("Anamnes", "Socialt: änka, bor själv i villa. Brodern utreds för misstänkt ALS på neurologen, vilket oroar henne mycket."),
          ("Bedömning", "Fall i hemmet utan fraktur, ortostatism efter höjd furosemiddos. Furosemid sänkt till 20 mg."),
      ])],
    [], [("NL102", "n1")],
    "the hedged diagnosis belongs to the brother")

C("dic-skane-th-mall-och-rondanteckning-som-upprepar", SK, "1958-10-30", "355", [
    N("n1", M, "Tidiga hypoteser", "sk_int7_malmo", "Lena Jönsson", LK,
      "2024-10-14T11:00:00", "2024-10-14T11:15:00", SV, [
          ("Bedömning", "Misstänkt paramalignt syndrom: hyponatremi med SIADH-bild hos storrökare, rundhärd i höger hilus. Tas ej upp med pat förrän bronkoskopi är gjord."),
      ]),
    N("n2", M, "Rondanteckning", "sk_int7_malmo", "Oskar Mårtensson", LK,
      "2024-10-15T10:30:00", "2024-10-15T11:20:00", SV, [
          ("Aktuellt", "Na 124 → 127 på vätskerestriktion."),
          ("Bedömning", "SIADH, trol. paramalignt från lungtumör. Bronkoskopi torsdag."),
      ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: hedge kept in a Tidiga hypoteser template note is fine, but a colleague repeats it in the visible round note")

C("dic-typo-kan-ej-utselutas-dvt", VG, "1973-07-15", "510", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "David Öberg", LK,
      "2024-10-20T14:30:00", "2024-10-20T15:40:00", OV, [
          ("Aktuellt", "Svullen vänster vad sedan flygresa från Thailand i torsdags. Wells 2."),
          ("Bedömning", "DVT kan ej utselutas, UL bokat i morgon kl 9. Innohep ges en dos i kväll."),
      ])],
    [("NL102", "n1")], [],
    "speech-recognition typo 'utselutas' in the hedge 'kan ej uteslutas'")

# ==========================================================================
# Batch 6 (NL101 and protected place)
# ==========================================================================
C("dic-vgr-th-sokord-men-ej-informerad-myelom-i-bedomning", VG, "1948-11-21", "335", [
    N("n1", M, "Läkaranteckning", "vg_med_ostra", "Elin Karlsson", LK,
      "2024-10-16T14:50:00", "2024-10-16T16:05:00", SV, [
          ("Tidiga hypoteser", "Osteolyser i kotpelaren och M-komponent, bild som vid myelom."),
          ("Bedömning", "Pat ej informerad om misstänkt myelom, benmärgsprov tas fredag av hematologen."),
          ("Planering", "Bisfosfonat efter tandstatus. Smärtlindring med oxykodon."),
      ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "VGR: the hypothesis is put under Tidiga hypoteser but the visible Bedömning repeats it and says 'ej informerad'")

C("dic-vgr-th-sokord-ej-informerad-utan-diagnos-synligt", VG, "1959-02-16", "291", [
    N("n1", M, "Läkaranteckning", "vg_gastro_sahl", "Magnus Carlsson", LK,
      "2024-10-17T15:30:00", "2024-10-17T16:15:00", OV, [
          ("Aktuellt", "Viktnedgång 8 kg och sveda i maggropen sedan i somras. Gastroskopi idag."),
          ("Tidiga hypoteser", "Ulcererande förändring i ventrikelns corpus, makroskopiskt misstänkt ventrikelcancer, PAD tagen."),
          ("Planering", "Pat ej informerad om de makroskopiska fynden ännu, se särskilt sökord. Svar på PAD om en vecka, återbesök bokat."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "VGR: diagnosis and hedge only under Tidiga hypoteser; visible Planering says 'ej informerad' without naming a diagnosis")

C("dic-typo-tbc-odling-pat-annu-ej-informerd", SK, "1988-03-10", "473", [
    N("n1", M, "Läkaranteckning", "sk_lung_lund", "Per Olsson", LK,
      "2024-10-18T16:00:00", "2024-10-18T16:30:00", OV, [
          ("Utredning", "Sputumodling från 20/9 positiv för Mycobacterium tuberculosis, känslig för förstahandsmedel. Lungtuberkulos."),
          ("Planering", "Pat ännu ej informerd, når honom inte förrän på måndag via tolk. Smittskyddsanmälan gjord, kontaktad infektionskliniken för behandlingsstart."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "typo 'ej informerd' with a culture-confirmed tuberculosis stated visibly")

C("dic-diagnosbesked-mds-ej-givet", VG, "1943-07-04", "146", [
    N("n1", M, "Läkaranteckning", "vg_hemat_sahl", "Gustav Ahlberg", LK,
      "2024-10-15T17:10:00", None, OV, [
          ("Utredning", "Benmärg: dysplasi i tre linjer, blaster 4 %, del(5q). Myelodysplastiskt syndrom, låg risk enligt IPSS-R."),
          ("Bedömning", "Diagnosbesked ej givet. Kallar pat och dottern till mottagningen nästa vecka, vill inte ta det på telefon."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "'Diagnosbesked ej givet' after a settled MDS diagnosis, unsigned draft")

C("dic-pbc-svaret-har-inte-delgivits", SK, "1966-05-23", "484", [
    N("n1", M, "Läkaranteckning", "sk_gastro_lund", "Oskar Mårtensson", LK,
      "2024-10-16T15:45:00", "2024-10-16T16:00:00", OV, [
          ("Utredning", "Leverbiopsi: destruktiv kolangit med granulom, AMA M2 starkt positiv. Primär biliär kolangit, stadium 2."),
          ("Planering", "Svaret har inte delgivits pat ännu. Ursodeoxicholsyra startas när vi ses 29/10."),
      ])],
    [("NL101", "n1")], [],
    "'har inte delgivits pat' after a confirmed PBC")

C("dic-telefon-biopsisvar-har-inte-berattat", VG, "1955-01-08", "152", [
    N("n1", M, "Telefonanteckning", "vg_med_ostra_mott", "Sofia Gustafsson", LK,
      "2024-10-17T12:35:00", "2024-10-17T12:45:00", OV, [
          ("Telefonkontakt", "Pat ringde och frågade om biopsisvaret från halskörteln. PAD visar metastas av skivepitelcancer. Har inte berättat det per telefon, bokat besök i morgon kl 13 och bett honom ta med sig någon."),
      ])],
    [("NL101", "n1")], [],
    "phone note names the metastasis and says it was not told over the phone")

C("dic-hcc-pat-har-inte-underrattats", VG, "1952-04-27", "317", [
    N("n1", M, "Läkaranteckning", "vg_gastro_sahl", "Linnea Axelsson", LK,
      "2024-10-14T16:20:00", "2024-10-14T16:50:00", OV, [
          ("Aktuellt", "Alkoholrelaterad cirros, övervakning med UL var sjätte månad."),
          ("Utredning", "MR lever: 3,2 cm förändring i segment 8 med arteriell uppladdning och washout, LI-RADS 5. Hepatocellulär cancer."),
          ("Planering", "Pat har inte underrättats, tas upp efter leverkonferensen 22/10 när behandlingsförslaget är klart."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "settled HCC (LI-RADS 5) and 'har inte underrättats'")

C("dic-kurator-pat-kanner-annu-inte-till-brostcancer", SK, "1961-08-14", "260", [
    N("n1", M, "Kuratorsanteckning", "sk_int7_malmo", "Helena Strömberg", "kurator",
      "2024-10-17T10:00:00", None, SV, [
          ("Samtal", "Samtal med dottern på hennes begäran. Enligt ansvarig läkare har pat metastaserad bröstcancer men känner ännu inte till diagnosen; läkaren planerar samtal på fredag. Avvaktar med samtal om boende och framtid tills beskedet givits."),
      ])],
    [("NL101", "n1")], [],
    "social worker's visible note reports the cancer and that the patient does not yet know")

C("dic-misstanke-cushing-pat-har-inte-informerats", SK, "1984-10-02", "520", [
    N("n1", M, "Läkaranteckning", "sk_endo_malmo", "Emma Larsson", LK,
      "2024-10-15T13:25:00", "2024-10-15T14:05:00", OV, [
          ("Lab", "Dygnsurin-kortisol 3 x övre ref, sen kvällssaliv-kortisol förhöjt x 2, dexametasonhämning utebliven."),
          ("Bedömning", "Stark misstanke om Cushings syndrom. Pat har inte informerats om misstanken än, då hon är mitt i tentaperioden och bett att få provsvaren samlat."),
      ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "hedged 'misstanke om Cushings syndrom' visible, and the patient has not been informed")

C("dic-pat-ej-informerad-om-flytt-till-annan-avdelning", SK, "1939-12-01", "168", [
    N("n1", M, "Daganteckning", "sk_med1_lund", "Sara Persson", LK,
      "2024-10-17T15:10:00", "2024-10-17T15:30:00", SV, [
          ("Aktuellt", "Hjärtsviktsdekompensation i regress, 3,5 kg lättare. Pat ej informerad om flytten till avd 5 i morgon, ssk tar det i kväll."),
      ])],
    [], [("NL101", "n1")],
    "untold item is a move to another ward; the diagnosis is not withheld")

C("dic-typo-pat-infromerad-om-hjartsvikt", VG, "1950-09-25", "222", [
    N("n1", M, "Rondanteckning", "vg_kard_sahl", "Jonas Hermansson", LK,
      "2024-10-16T11:40:00", "2024-10-16T12:25:00", SV, [
          ("Bedömning", "Ekokardiografi: EF 25 %, dilaterad vänsterkammare. Hjärtsvikt med nedsatt ejektionsfraktion, sannolikt ischemisk genes med tanke på gamla infarkten. Pat infromerad om diagnosen och om behandlingsplanen."),
      ])],
    [], [("NL101", "n1")],
    "typo 'infromerad': the patient has been told, so no NL101")

C("dic-skane-th-mall-sedan-synlig-besked-nasta-dag", SK, "1953-06-19", "391", [
    N("n1", M, "Tidiga hypoteser", "sk_hemat_lund", "Ingrid Bengtsson", LK,
      "2024-10-14T15:00:00", "2024-10-14T15:20:00", OV, [
          ("Bedömning", "Flödescytometri talar för mantelcellslymfom, cyklin D1 på biopsin inväntas. Pat ej informerad."),
      ]),
    N("n2", M, "Mottagningsanteckning", "sk_hemat_lund", "Ingrid Bengtsson", LK,
      "2024-10-17T09:00:00", "2024-10-17T10:10:00", OV, [
          ("Aktuellt", "Cyklin D1 positivt. Besked givet till pat och hustrun om mantelcellslymfom. Går igenom behandlingsalternativen."),
          ("Planering", "PET-DT och benmärg. Tas upp på lymfomkonferensen 24/10."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
    "Skåne: withholding kept in the Tidiga hypoteser template, then the diagnosis is told in an ordinary note")

C("dic-lungcancer-redan-informerad-av-remittent", VG, "1949-01-30", "451", [
    N("n1", M, "Mottagningsanteckning", "vg_lung_sahl", "Reza Tehrani", LK,
      "2024-10-15T10:15:00", "2024-10-15T11:25:00", OV, [
          ("Aktuellt", "Remitterad med nyupptäckt adenokarcinom i vänster ovanlob, EGFR-mutation. Pat redan informerad av remitterande lungläkare i Borås om lungcancern."),
          ("Planering", "Osimertinib, start efter hjärt-MR. Kontaktsjuksköterska Kristina."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "the patient was told earlier by the referring doctor")

C("dic-pmo-vc-misstankt-cancer-pat-ej-informerad", SK, "1951-03-22", "393", [
    N("n1", P, "Läkaranteckning", "pmo_vc_limhamn", "Mats Wallin", LK,
      "2024-10-16T16:10:00", None, OV, [
          ("Bedömning", "Järnbristanemi och positivt F-Hb hos 73-åring, misstänkt koloncancer. Pat ej informerad om misstanken ännu, ringer honom när koloskopitiden är klar."),
          ("Åtgärd", "Remiss standardiserat vårdförlopp tjock- och ändtarmscancer."),
      ])],
    [], [("NL102", "n1")],
    "PMO: hedged cancer is not shown even though the note says 'ej informerad' (NL101 not asserted on PMO)")

# ==========================================================================
# Batch 7 (more NL102 positives: authors, hedge words, typos)
# ==========================================================================
C("dic-ssk-dr-misstanker-dvt-hoger-ben", VG, "1947-04-03", "266", [
    N("n1", M, "Omvårdnadsanteckning", "vg_med_ostra", "Ida Lindgren", SS,
      "2024-10-18T21:20:00", "2024-10-18T21:35:00", SV, [
          ("Omvårdnad", "Pat klagar på värk i höger vad, benet varmt och ca 3 cm grövre än vänster. Jourläkare dr Karlsson tillkallad, misstänker DVT. UL vener bokat i morgon, Innohep given kl 21."),
      ])],
    [("NL102", "n1")], [],
    "a nurse reports the doctor's hypothesis ('misstänker DVT') in a visible note")

C("dic-typo-speech-mistankt-lungemboli", SK, "1976-02-29", "381", [
    N("n1", M, "Läkaranteckning", "sk_akm_lund", "Johan Berglund", LK,
      "2024-10-19T04:20:00", None, SV, [
          ("Aktuellt", "Postoperativt dag 5 efter knäprotes på ortopeden, flyttad hit igår pga hyponatremi. Ny takykardi 118 och sat 90 %."),
          ("Bedömning", "Mistänkt lungemboli. DT-angio beställd akut, Fragmin 200 E/kg ges direkt."),
      ])],
    [("NL102", "n1")], [],
    "speech-recognition typo 'Mistänkt' in an unsigned night draft")

C("dic-rimligen-reaktiv-artrit-efter-campylobacter", SK, "1992-10-16", "556", [
    N("n1", M, "Mottagningsanteckning", "sk_reuma_lund", "Mikael Svensson", LK,
      "2024-10-14T08:40:00", "2024-10-14T09:35:00", OV, [
          ("Aktuellt", "Svullet höger knä och vänster fotled sedan tio dagar. Campylobacter-enterit efter semester i Thailand för fyra veckor sedan."),
          ("Status", "Höger knä: ballottement, värmeökning. Vänster fotled svullen lateralt."),
          ("Bedömning", "Rimligen rör det sig om reaktiv artrit efter Campylobacter-enteriten. Ledpunktat utan kristaller, odling inväntas. NSAID och avlastning."),
      ])],
    [("NL102", "n1")], [],
    "'Rimligen rör det sig om' is a hedge clinicians use")

C("dic-tankbart-feokromocytom-attacker", VG, "1978-09-22", "440", [
    N("n1", M, "Mottagningsanteckning", "vg_endo_sahl", "Malin Fredriksson", LK,
      "2024-10-16T10:20:00", "2024-10-16T11:10:00", OV, [
          ("Aktuellt", "Attacker med hjärtklappning, svettning och huvudvärk, BT 210/120 under en attack på VC. Incidentalom 3 cm i vänster binjure."),
          ("Bedömning", "Tänkbart feokromocytom. P-metoxykatekolaminer tas, ingen betablockad innan alfablockad."),
      ])],
    [("NL102", "n1")], [],
    "'Tänkbart' + diagnosis")

C("dic-tveksamt-nstemi-flack-troponin", SK, "1954-11-07", "218", [
    N("n1", M, "Rondanteckning", "sk_kard_malmo", "Nils Andersson", LK,
      "2024-10-15T09:30:00", "2024-10-15T10:15:00", SV, [
          ("Aktuellt", "Bröstsmärta i vila igår kväll, smärtfri sedan nitro. Troponin T 22 → 28 → 26. EKG utan ischemi."),
          ("Bedömning", "Tveksamt NSTEMI, flack kurva och njursvikt med eGFR 38 gör tolkningen svår. Arbets-EKG eller DT kranskärl diskuteras med angiografören."),
      ])],
    [("NL102", "n1")], [],
    "'Tveksamt NSTEMI' marks an uncertain infarction diagnosis")

C("dic-akut-pyelonefrit-vs-kolecystit", VG, "1987-12-21", "508", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "Henrik Johansson", LK,
      "2024-10-20T18:50:00", "2024-10-20T20:30:00", OV, [
          ("Aktuellt", "Feber 39,2 och smärta i höger flank och under höger arcus sedan i morse. Sveda vid miktion."),
          ("Status", "Dunkömhet höger njurloge. Lätt ömhet under höger arcus, Murphy negativt."),
          ("Bedömning", "Pyelonefrit vs kolecystit. U-sticka: leuk 3+, nitrit pos. UL buk akut, blododlingar och urinodling tagna."),
      ])],
    [("NL102", "n1")], [],
    "'A vs B' is a differential written without any hedge word")

C("dic-typo-trolgi-aspirationspneumoni", SK, "1933-08-12", "143", [
    N("n1", M, "Daganteckning", "sk_med1_lund", "Maria Nilsson", LK,
      "2024-10-18T16:30:00", "2024-10-18T17:05:00", SV, [
          ("Aktuellt", "Hostade och satte i halsen vid lunchen enligt personalen, därefter feber 38,6 och rassel höger bas. Känd Parkinsons sjukdom med sväljsvårigheter."),
          ("Bedömning", "Trolgi aspirationspneumoni. Tazocin 4 g x 3 iv, logoped för sväljbedömning, konsistensanpassad kost."),
      ])],
    [("NL102", "n1")], [],
    "typo 'Trolgi' (trolig) before a diagnosis")

C("dic-informerat-om-att-det-sannolikt-ar-iga-nefropati", VG, "1994-04-13", "395", [
    N("n1", M, "Mottagningsanteckning", "vg_njur_sahl", "Jonas Hermansson", LK,
      "2024-10-17T13:20:00", "2024-10-17T14:00:00", OV, [
          ("Aktuellt", "Makroskopisk hematuri i samband med halsfluss för andra gången, U-albumin/krea 65, krea 82."),
          ("Bedömning", "Har informerat pat om att det sannolikt rör sig om IgA-nefropati och att njurbiopsi behövs för att säkerställa diagnosen."),
          ("Planering", "Njurbiopsi 4/11. Losartan 50 mg insatt."),
      ])],
    [("NL102", "n1")], [],
    "a hypothesis told to the patient is still a hedged diagnosis in a visible note")

# ==========================================================================
# Batch 8 (long discharge summary, last NL101 positives, balancing negatives)
# ==========================================================================
C("dic-lang-epikris-anemi-trol-ockult-gi-blodning", SK, "1940-10-05", "372", [
    N("n1", M, "Epikris", "sk_akm_lund", "Tobias Lund", LK,
      "2024-10-19T10:15:00", "2024-10-19T13:40:00", SV, [
          ("Diagnos", "Anemi, trol. sekundär till ockult gastrointestinal blödning (D62). Förmaksflimmer (I48). Diabetes mellitus typ 2 (E11)."),
          ("Epikris", "84-årig kvinna, bor med maken i radhus, klarar ADL själv. Inkom 14/10 via akuten med yrsel och ansträngningsdyspné sedan två veckor. Behandlas med Eliquis för förmaksflimmer samt Metformin.\nVid ankomst: Hb 68, MCV 72, ferritin 6. Blodtryck 104/60, puls 96 oregelbunden. PR: brun avföring, F-Hb positivt x 3.\nTransfunderad med 2 E erytrocyter med Hb-stegring till 92, därefter Ferinject 1 g iv. Gastroskopi 16/10: hiatusbråck med Cameron-lesioner, ingen pågående blödning. Koloskopi 17/10 ofullständig pga dålig tarmrening, når till flexura hepatica, inga förändringar så långt.\nEliquis pausat under vårdtiden och återinsatt i reducerad dos 2,5 mg x 2 efter diskussion med kardiolog, CHA2DS2-VASc 6.\nUnder vårdtiden lätt urinvägsinfektion, behandlad med pivmecillinam."),
          ("Status vid utskrivning", "AT: gott. Hb 101 dag 5. Pigg, mobiliseras med rollator.\nCor: oregelbunden, 78/min.\nPulm: u.a.\nBuk: mjuk, oöm."),
          ("Läkemedel", "Eliquis 2,5 mg x 2 (ändrad), Omeprazol 40 mg x 1 (ny), Metformin 500 mg x 2 oförändrat. Pivmecillinam avslutat."),
          ("Planering", "DT kolografi via remiss för att komplettera koloskopin. Hb och ferritin på VC om tre veckor, svar till ansvarig distriktsläkare. Återbesök gastromottagningen efter DT kolografi."),
      ])],
    [("NL102", "n1")], [],
    "long discharge summary: one hedged diagnosis in the Diagnos list among settled ones")

C("dic-typo-misstant-leverabscess", VG, "1965-06-26", "153", [
    N("n1", M, "Inskrivningsanteckning", "vg_inf_ostra", "Ulrika Strand", LK,
      "2024-10-15T22:10:00", "2024-10-16T08:30:00", SV, [
          ("Aktuellt", "Feber och frossa i en vecka, smärta under höger arcus. Diabetiker, nyligen hemkommen från Vietnam."),
          ("Utredning", "UL buk: 6 cm hypoekogen förändring i höger leverlob med septa."),
          ("Bedömning", "Misstänt leverabscess, DD amöbaabscess. Dränage via IR i morgon, Tazocin insatt, amöbaserologi skickad."),
      ])],
    [("NL102", "n1")], [],
    "typo 'Misstänt' (misstänkt) plus a DD")

C("dic-geriatrik-misstankt-lewy-body-demens", SK, "1941-01-19", "495", [
    N("n1", M, "Konsultationsanteckning", "sk_geri_malmo", "Ingrid Bengtsson", LK,
      "2024-10-18T13:00:00", None, SV, [
          ("Aktuellt", "Konsult från avd 7: fluktuerande förvirring, ser barn i rummet på nätterna, stelhet och små steg. Fick haloperidol 1 mg i natt och blev mycket stel."),
          ("Bedömning", "Misstänkt Lewy body-demens. Undvik neuroleptika, förs in som varning. Remiss till minnesmottagningen efter utskrivning."),
      ])],
    [("NL102", "n1")], [],
    "consultation draft: 'Misstänkt Lewy body-demens'")

C("dic-akut-meningit-kan-inte-helt-uteslutas", VG, "2005-09-02", "462", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", "David Öberg", LK,
      "2024-10-20T02:15:00", "2024-10-20T07:55:00", OV, [
          ("Aktuellt", "19-årig student med huvudvärk, feber 39,5 och ljuskänslighet sedan i går kväll. Rumskamraten har haft influensa."),
          ("Status", "Lätt nackstelhet, Kernig negativ, inga petekier. Vaken och orienterad."),
          ("Bedömning", "Bakteriell meningit kan inte helt uteslutas. Blododlingar, LP direkt därefter, ceftriaxon och betametason ges efter odling."),
      ])],
    [("NL102", "n1")], [],
    "young adult (19): 'kan inte helt uteslutas' before meningitis")

C("dic-lang-rond-forenligt-med-kolangiokarcinom-ej-informerad", VG, "1957-12-24", "126", [
    N("n1", M, "Rondanteckning", "vg_akm_sahl", "Henrik Johansson", LK,
      "2024-10-18T11:20:00", "2024-10-18T13:05:00", SV, [
          ("Aktuellt", "Dag 6. Ikterus i regress efter ERCP med plaststent 15/10, bilirubin 210 → 95. Äter bättre, klåda mindre."),
          ("Status", "AT: gott. Lätt ikterisk. Buk: mjuk, oöm. Temp 36,8."),
          ("Utredning", "Borstcytologi från gallgången: adenokarcinom, förenligt med kolangiokarcinom. DT visar 2 cm striktur i hilus utan fjärrmetastaser."),
          ("Bedömning", "Pat ej informerad om cytologin. Hustrun har bett oss vänta tills sonen kommit hem från Australien på måndag, pat själv har sagt att han vill ha familjen med när vi går igenom svaren."),
          ("Planering", "Anmäls till HPB-konferens. Utskrivning efter samtalet på måndag."),
      ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "long round note: hedged cholangiocarcinoma visible and not yet told")

C("dic-typo-malignt-melanom-pat-ej-underattad", SK, "1960-04-08", "219", [
    N("n1", M, "Daganteckning", "sk_med1_lund", "Anna Lindqvist", LK,
      "2024-10-17T16:40:00", "2024-10-17T17:10:00", SV, [
          ("Utredning", "Hudbiopsin från ryggen som togs under vårdtiden visar malignt melanom, Breslow 1,8 mm."),
          ("Planering", "Pat ännu ej underättad, får besked av hudläkaren som kommer hit i morgon. Remiss för utvidgad excision skickad."),
      ])],
    [("NL101", "n1")], [],
    "typo 'underättad' (underrättad): confirmed melanoma not yet told")

C("dic-ssk-dottern-ringer-pappa-vet-inte-om-lungcancer", VG, "1936-05-15", "317", [
    N("n1", M, "Omvårdnadsanteckning", "vg_geri_molndal", "Ida Lindgren", SS,
      "2024-10-19T14:10:00", None, SV, [
          ("Telefonkontakt", "Dottern ringde och undrade om pappa fått veta att det är lungcancer. Han har ännu inte fått beskedet; dr Strand pratar med honom på ronden på måndag. Dottern nöjd med det."),
      ])],
    [("NL101", "n1")], [],
    "unsigned nurse note: daughter knows, the patient has not yet been told about the lung cancer")

C("dic-hjarnmetastaser-ska-inte-fa-veta-innan-onkolog", SK, "1958-03-02", "354", [
    N("n1", M, "Läkaranteckning", "sk_akm_lund", "Fatima Al-Rashid", LK,
      "2024-10-16T18:30:00", "2024-10-16T19:00:00", SV, [
          ("Utredning", "MR hjärna pga nytillkommen yrsel: tre hjärnmetastaser, största 2 cm i lillhjärnan. Känd lungcancer sedan 2023."),
          ("Bedömning", "Pat ska inte få veta om hjärnmetastaserna förrän hennes onkolog ringt henne i morgon, enligt överenskommelse med onkologjouren. Betapred 8 mg x 2 insatt."),
      ])],
    [("NL101", "n1")], [],
    "'ska inte få veta om' metastases named in visible sections")

C("dic-epikris-idiopatisk-lungfibros-ej-meddelad", VG, "1945-08-31", "470", [
    N("n1", M, "Epikris", "vg_lung_sahl", "Reza Tehrani", LK,
      "2024-10-17T14:30:00", "2024-10-17T16:00:00", SV, [
          ("Diagnos", "Idiopatisk lungfibros (J84.1)."),
          ("Epikris", "Inlagd för tilltagande andfåddhet. HRCT med UIP-mönster, ingen exponering, negativ reumatologisk serologi. ILD-konferensen 16/10 fastställde diagnosen."),
          ("Planering", "Diagnosen ej meddelad pat, som skrivs ut i dag innan läkarsamtal hunnits. Besked och diskussion om antifibrotisk behandling vid mottagningsbesök 24/10."),
      ])],
    [("NL101", "n1")], [],
    "discharge summary: diagnosis listed and 'ej meddelad pat'")

C("dic-pmo-vc-dd-polymyalgi-reumatoid-artrit", SK, "1952-07-01", "321", [
    N("n1", P, "Läkaranteckning", "pmo_vc_kavlinge", "Birgitta Hallberg", LK,
      "2024-10-15T11:40:00", None, OV, [
          ("Bedömning", "Stelhet i skuldror och händer, SR 55. DD polymyalgia reumatica / sen debut av reumatoid artrit. CCP-ak och RF tas, prednisolon avvaktas till svaren kommit."),
      ])],
    [], [("NL102", "n1")],
    "PMO draft: a differential diagnosis is not shown to the patient in PMO")

C("dic-typo-biopsi-ej-fornlig-med-celiaki", VG, "1990-01-12", "349", [
    N("n1", M, "Läkaranteckning", "vg_gastro_sahl", "Magnus Carlsson", LK,
      "2024-10-18T15:10:00", "2024-10-18T15:35:00", OV, [
          ("Utredning", "Duodenalbiopsier med normala villi och normalt antal intraepiteliala lymfocyter, ej fönlig med celiaki."),
          ("Bedömning", "Lätt förhöjda transglutaminas-ak utan histologisk korrelat. IBS-bild, lågFODMAP via dietist."),
      ])],
    [], [("NL102", "n1")],
    "typo in the negated 'ej förenlig med celiaki' ('fönlig')")

C("dic-feokromocytom-uteslutet-normala-metoxykatekolaminer", SK, "1971-12-28", "448", [
    N("n1", M, "Telefonanteckning", "sk_endo_malmo", "Emma Larsson", LK,
      "2024-10-18T09:10:00", "2024-10-18T09:20:00", OV, [
          ("Telefonkontakt", "Meddelat pat svaren: normala P-metoxykatekolaminer, feokromocytom uteslutet. Binjureincidentalomet är hormonellt inaktivt, ny DT om ett år behövs inte."),
      ])],
    [], [("NL102", "n1")],
    "'uteslutet' rules the diagnosis out")


# ==========================================================================
# Validation and output
# ==========================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
PROTECTED_KEYWORD_VGR = "Tidiga hypoteser"


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_at(birth, when):
    b = datetime.strptime(birth, "%Y-%m-%d").date()
    w = when.date() if isinstance(when, datetime) else when
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text):
    for part in SPLIT.split(text):
        s = " ".join(part.split()).strip()
        if len(s) >= 25:
            yield s.lower()


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case", "?")
        def bad(msg):
            problems.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            bad("case keys %s" % sorted(c))
            continue
        if name in names:
            bad("duplicate case name")
        names.add(name)
        if not name.startswith("dic-"):
            bad("name must start with dic-")
        if c["ruleset"] not in ("skane", "vgr"):
            bad("bad ruleset")
        if not c["why"].strip() or "placeholder" in c["why"]:
            bad("empty why")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            bad("record keys")
            continue
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                bad("%s must be empty" % k)
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            bad("patient keys")
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            bad("personnummer format")
        else:
            if pid[:8] != birth.replace("-", ""):
                bad("personnummer does not match birth_date")
            if not luhn_ok(pid[2:8] + pid[9:]):
                bad("personnummer fails Luhn")
        try:
            as_of = parse_dt(rec["as_of"])
        except ValueError:
            bad("as_of format")
            continue
        if as_of.year != 2024:
            bad("as_of not in 2024")
        ages = [age_at(birth, as_of)]
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                bad("note keys %s" % sorted(n))
                continue
            if n["id"] in notes:
                bad("duplicate note id %s" % n["id"])
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                bad("system %s" % n["system"])
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                bad("VGR note not Melior")
            hsa = n["unit"]["hsa_id"]
            want = "SE2321000131-" if c["ruleset"] == "vgr" else "SE2321000255-"
            if not hsa.startswith(want):
                bad("unit %s not in the case's region" % n["unit"]["name"])
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                bad("unit/author keys")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                bad("setting")
            if not isinstance(n["refs"], list):
                bad("refs not a list")
            if c["ruleset"] == "vgr" and n["template"] == PROTECTED_TEMPLATE_SKANE:
                bad("VGR note uses the Skåne protected template (ambiguous)")
            try:
                t = parse_dt(n["time"])
                if t.year != 2024:
                    bad("note time not in 2024")
                if t > as_of:
                    bad("note after as_of")
                ages.append(age_at(birth, t))
                if n["signed"] is not None:
                    s = parse_dt(n["signed"])
                    if s.year != 2024 or s < t:
                        bad("signed time")
            except ValueError:
                bad("time format")
            if not n["sections"]:
                bad("note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    bad("section shape")
                    continue
                if c["ruleset"] == "skane" and sec["keyword"] == PROTECTED_KEYWORD_VGR:
                    bad("Skåne note uses sökord Tidiga hypoteser (ambiguous)")
                for s in sentences(sec["text"]):
                    if s in seen_sentences and seen_sentences[s] != (name, n["id"], sec["keyword"]):
                        bad("sentence repeated (also in %s): %s" % (seen_sentences[s][0], s))
                    else:
                        seen_sentences[s] = (name, n["id"], sec["keyword"])
        for a in ages:
            if 13 <= a <= 15:
                bad("patient aged 13-15")
        if not c["must"] and not c["must_not"]:
            bad("no assertion")
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    bad("assertion shape")
                    continue
                code, target = item
                if code not in CODES:
                    bad("code %s not covered by this set" % code)
                if target not in notes:
                    bad("target %s missing" % target)
                    continue
                if (code, target) in pairs:
                    bad("%s on %s asserted twice" % (code, target))
                pairs.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    bad("NL102 must on a non-Melior note")
                if code == "NL101" and sysname == "PMO":
                    bad("NL101 asserted on a PMO note")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout42_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
