#!/usr/bin/env python3
"""Independent NL101/NL102 test set (s28nc_*): nurse-led chronic disease clinics
(diabetes, asthma/COPD, hypertension, heart failure, anticoagulation) and the physician
consultations they lead to, Region Skåne (Melior + PMO) and Västra Götaland (Melior).

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

# --------------------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (sjukhusens mottagningar/avdelningar)
    "S_HSV_MAL": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1F3K"),
    "S_DIAB_LUND": ("Endokrinologi- och diabetesmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2D7Q"),
    "S_LUNG_HBG": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-3L8H"),
    "S_AK_KRI": ("AK-mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4A2K"),
    "S_MED_YST": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-5M9Y"),
    "S_MED_TRB": ("Medicinmottagningen, Lasarettet i Trelleborg", "SE2321000255-6T4R"),
    "S_HJ_HLM": ("Hjärtmottagningen, Hässleholms sjukhus", "SE2321000255-7H1S"),
    "S_BARN_LUND": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8B6L"),
    "S_MAVD_LKR": ("Medicinavdelning 2, Lasarettet i Landskrona", "SE2321000255-9V3A"),
    "S_DIAB_KRI": ("Diabetesmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-0D5C"),
    "S_LUNG_LUND": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1P8X"),
    "S_KARD_ANG": ("Kardiologimottagningen, Ängelholms sjukhus", "SE2321000255-2K4G"),
    # Region Skåne, PMO (primärvård)
    "P_SODERV": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-3E7V"),
    "P_HOOR": ("Vårdcentralen Höör", "SE2321000255-4E1H"),
    "P_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-5E6E"),
    "P_SIMR": ("Vårdcentralen Simrishamn", "SE2321000255-6E2S"),
    "P_KAVL": ("Vårdcentralen Kävlinge", "SE2321000255-7E9K"),
    "P_OSBY": ("Vårdcentralen Osby", "SE2321000255-8E3O"),
    "P_TOMEL": ("Vårdcentralen Tomelilla", "SE2321000255-9E5T"),
    "P_LINDA": ("Vårdcentralen Lindängen, Malmö", "SE2321000255-0E8L"),
    "P_BJUV": ("Vårdcentralen Bjuv", "SE2321000255-1E4B"),
    # Västra Götalandsregionen, Melior
    "V_HSV_SU": ("Hjärtsviktsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E7H2"),
    "V_DIAB_NAL": ("Diabetesmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E3D9"),
    "V_AK_SAS": ("AK-mottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E5A1"),
    "V_LUNG_SKS": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E8L4"),
    "V_MED_ALS": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E2M6"),
    "V_MED_KUN": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E6K3"),
    "V_BDIAB_DSB": ("Barndiabetesmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1B8"),
    "V_MED_LID": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E4L7"),
    "V_DIAB_MOL": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E9D5"),
    "V_HJ_UDD": ("Hjärtmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E0U2"),
    "V_MAVD_SAS": ("Medicinavdelning M5, Södra Älvsborgs sjukhus Borås", "SE2321000131-E7V6"),
    "V_BARN_NAL": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E3B4"),
    "V_MED_FAL": ("Medicinmottagningen, Skaraborgs Sjukhus Falköping", "SE2321000131-E5F9"),
    "V_LUNG_SU": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2L1"),
}

SSK = "sjuksköterska"
LAK = "läkare"


def P(stem):
    """'YYYYMMDD-NNN' -> personnummer with Luhn check digit appended."""
    digits = stem[2:8] + stem[9:12]
    return stem + str(luhn_digit(digits))


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def N(nid, system, template, unit, author, role, time, signed_after, sections, setting="öppenvård"):
    """signed_after: minutes after time, or None for an unsigned draft."""
    t = dt.datetime.fromisoformat(time)
    signed = None if signed_after is None else (t + dt.timedelta(minutes=signed_after)).isoformat()
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed, "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


CASES = []


def C(name, ruleset, pnr, notes, must, must_not, why, as_of=None, protected=False):
    if as_of is None:
        last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last + dt.timedelta(days=9)).replace(hour=0, minute=0, second=0).isoformat()
    birth = f"{pnr[0:4]}-{pnr[4:6]}-{pnr[6:8]}"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": protected},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# =========================================================================== data
# ---- part 1: Skåne Melior, heart failure / diabetes / lung / AK / hypertension
C("s28nc_sk_hsv_bild_som_vid_dekompensation", "skane", P("19460521-357"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_HSV_MAL", "Helena Borg", SSK,
      "2024-02-06T10:15", 35, [
          ("Aktuellt", "Återbesök hjärtsviktssköterska. Pat uppger ökad andfåddhet sista veckan, sover nu med tre kuddar. Vikt hemma har gått från 82 till 85 kg på sex dagar."),
          ("Status", "BT 138/84, puls 92 oregelbunden. Pittingödem upp till knäna bilat. Basala rassel hö sida."),
          ("Bedömning", "Bild som vid hjärtsviktsdekompensation. Diskuterat med dr Nyberg, furosemid höjs till 40 mg x 2 i fem dagar."),
          ("Planering", "Ssk ringer om 5 dagar för viktuppgift. Krea och K om en vecka på lab Malmö."),
      ])],
    [("NL102", "n1")], [],
    "'Bild som vid' hedges a heart-failure decompensation in the visible Bedömning of a Skåne Melior note.")

C("s28nc_sk_diab_trol_lada", "skane", P("19880117-422"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_DIAB_LUND", "Anna Ek", SSK,
      "2024-03-12T13:30", 50, [
          ("Anamnes", "36-årig kvinna med typ 2-diabetes sedan ett år, diagnos ställd på vårdcentral. Trots metformin och Jardiance stigande HbA1c, nu 71 mmol/mol. BMI 22, ingen hereditet för typ 2."),
          ("Bedömning", "Trol. LADA snarare än typ 2 med tanke på debutålder och kroppsbyggnad. GAD-ak och C-peptid tagna idag."),
          ("Planering", "Läkarbesök dr Farouk om tre veckor när svaren finns. Fortsätter tills vidare med nuvarande läkemedel."),
      ])],
    [("NL102", "n1")], [],
    "Abbreviated 'Trol.' on LADA (a diagnosis) in a visible section of a diabetes-nurse note in Melior.")

C("s28nc_sk_lung_kol_kan_ej_uteslutas", "skane", P("19570830-196"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_LUNG_HBG", "Maria Lindgren", SSK,
      "2024-01-23T09:00", None, [
          ("Undersökning", "Dynamisk spirometri före och efter 0,4 mg salbutamol: FEV1 2,10 l före och 2,28 l efter (+8 %). FEV1/FVC 0,66 efter bronkdilatation."),
          ("Bedömning", "Rökt 30 paketår, slutade 2019. Astma med fixerad obstruktion eller KOL kan ej uteslutas, läkarbedömning behövs innan ställningstagande till behandling."),
      ])],
    [("NL102", "n1")], [],
    "'Kan ej uteslutas' on KOL after spirometry in a visible Bedömning (Skåne Melior lung clinic).")

C("s28nc_sk_ak_susp_gi_blodning_telefon", "skane", P("19520904-275"), [
    N("n1", "Melior", "Telefonanteckning", "S_AK_KRI", "Sofia Nilsson", SSK,
      "2024-04-02T08:40", 20, [
          ("Telefonkontakt", "Pat ringer AK-mottagningen, står på Waran pga mekanisk aortaklaff. Svart trögflytande avföring sedan i förrgår och yr vid uppresning. INR i måndags 3,4. Susp. GI-blödning, pat uppmanas åka direkt till akuten i Kristianstad, ambulans om svimningskänsla. Akutläkaren förvarnad per telefon."),
      ])],
    [("NL102", "n1")], [],
    "'Susp.' on a gastrointestinal bleed in a visible Telefonkontakt section of an anticoagulation-clinic note.")

C("s28nc_sk_trb_fragestallning_aldosteronism", "skane", P("19690211-418"), [
    N("n1", "Melior", "Läkaranteckning", "S_MED_TRB", "Jonas Åkesson", LAK,
      "2024-05-14T14:00", 90, [
          ("Anamnes", "Remiss från vårdcentralens blodtrycksmottagning. Står på amlodipin, losartan, hydroklortiazid och doxazosin men hemblodtryck kring 165/100."),
          ("Utredning", "Spontan hypokalemi, K 3,1 trots kaliumtillskott. Frågeställning primär aldosteronism. Aldosteron/renin-kvot beställd, doxazosin behålls då den inte stör analysen."),
          ("Planering", "Återbesök med provsvar om fyra veckor."),
      ])],
    [("NL102", "n1")], [],
    "'Frågeställning' names a suspected primary aldosteronism in a visible Utredning section.")

C("s28nc_sk_yst_dd_somnapne", "skane", P("19640727-531"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_MED_YST", "Ulrika Paulsson", SSK,
      "2024-02-20T10:45", 40, [
          ("Aktuellt", "Blodtryckskontroll efter höjning av enalapril. Morgontrött, somnar framför tv:n, frun beskriver snarkning med andningsuppehåll."),
          ("Status", "BT 152/96 hö arm sittande efter 5 min vila. Halsomfång 44 cm. BMI 33."),
          ("Bedömning", "Fortsatt otillräckligt blodtryck. DD obstruktiv sömnapné som bidragande orsak, tas upp med dr Hallberg för remiss till polygrafi."),
      ])],
    [("NL102", "n1")], [],
    "'DD' before obstructive sleep apnoea in a hypertension-nurse Bedömning in Melior.")

C("s28nc_sk_hlm_ingen_misstanke_hjartsvikt", "skane", P("19610309-064"), [
    N("n1", "Melior", "Läkaranteckning", "S_HJ_HLM", "Per Hallin", LAK,
      "2024-03-05T15:10", 45, [
          ("Aktuellt", "Utreds för ansträngningsdyspné sedan i höstas. NT-proBNP 95 ng/l. Ekokardiografi med normal systolisk och diastolisk funktion, EF 60 %."),
          ("Bedömning", "Ingen misstanke om hjärtsvikt. Andfåddheten bedöms bero på dålig kondition och viktuppgång, remiss till fysioterapeut för FaR."),
      ])],
    [], [("NL102", "n1")],
    "Heart failure is explicitly not suspected ('Ingen misstanke om'); a negated mention must not fire.")

C("s28nc_sk_tidiga_hyp_mall_kognitiv_svikt", "skane", P("19390618-283"), [
    N("n1", "Melior", "Tidiga hypoteser", "S_DIAB_KRI", "Eva Mårtensson", SSK,
      "2024-04-16T11:20", 30, [
          ("Bedömning", "Pat har blandat ihop NovoRapid- och Toujeo-pennorna vid minst tre tillfällen enligt hemtjänsten och missat doser. Misstänkt kognitv svikt, ev. begynnande Alzheimers sjukdom. Ej diskuterat med pat ännu, MMSE och minnesutredning tas upp med läkare."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne protects by template: hedged, untold dementia (typo 'kognitv') sits only in a Tidiga hypoteser note.")

C("s28nc_sk_sokord_tidiga_hyp_i_vanlig_mall", "skane", P("19700402-317"), [
    N("n1", "Melior", "Läkaranteckning", "S_MED_YST", "Karl Wennberg", LAK,
      "2024-06-11T09:30", 60, [
          ("Aktuellt", "Typ 2-diabetes och hypertoni, kontroll. HbA1c 54, BT 134/82."),
          ("Tidiga hypoteser", "GT 4,1 och ALAT 1,9 utan förklaring, pat förnekar alkohol. Alkoholorsakad leverskada? PEth tas vid nästa provtagning."),
          ("Planering", "Återbesök diabetessköterska om tre månader."),
      ])],
    [("NL102", "n1")], [],
    "In Skåne only the template protects; a sökord named Tidiga hypoteser inside an ordinary Läkaranteckning is visible.")

C("s28nc_sk_bror_misst_familjar_hyperkolesterolemi", "skane", P("19790925-158"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_KARD_ANG", "Lena Sjöstrand", SSK,
      "2024-01-30T13:15", 25, [
          ("Hereditet", "Bror fick hjärtinfarkt 44 år gammal, enligt pat misstänkt familjär hyperkolesterolemi hos honom och han utreds nu i Malmö."),
          ("Aktuellt", "Hypertoni, välbehandlad på candesartan 8 mg. LDL 2,9, totalkolesterol 5,1."),
          ("Planering", "Lipidstatus om ett år, BT-kontroll hos ssk i höst."),
      ])],
    [], [("NL102", "n1")],
    "The hedged familial hypercholesterolaemia belongs to the patient's brother, not to the patient.")

C("s28nc_sk_diab_ev_remiss_fotterapeut", "skane", P("19550113-246"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_DIAB_LUND", "Johanna Falk", SSK,
      "2024-02-27T10:00", 15, [
          ("Fotstatus", "Torr hud, förhårdnader under MTP-huvud I–II bilat. Monofilament känns på samtliga punkter. Fotpulsar palp. bilat."),
          ("Åtgärd", "Instruerad i daglig smörjning med karbamidkräm. Ev. remiss till fotterapeut om förhårdnaderna inte minskar till nästa kontroll."),
      ])],
    [], [("NL102", "n1")],
    "'Ev.' hedges a referral (a plan), not a diagnosis.")

C("s28nc_sk_lkr_trolig_utskrivning", "skane", P("19410207-339"), [
    N("n1", "Melior", "Daganteckning", "S_MAVD_LKR", "Amir Haddad", LAK,
      "2024-03-19T11:45", 70, [
          ("Aktuellt", "Dag 4 för dekompenserad hjärtsvikt med EF 35 %. Vikt 74 kg (-4 kg sedan inskrivning), inga ödem kvar, saturation 95 % utan syrgas."),
          ("Planering", "Furosemid per os från idag. Trolig utskrivning i morgon förmiddag om kalium och kreatinin står sig. Hjärtsviktssköterska på Malmö-mottagningen kontaktar pat inom två veckor."),
      ], setting="slutenvård")],
    [], [("NL102", "n1")],
    "'Trolig' modifies the discharge (a plan); the heart failure itself is a settled diagnosis.")

C("s28nc_sk_lung_villkor_ev_lunginflammation", "skane", P("19480516-467"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_LUNG_LUND", "Cecilia Bengtsson", SSK,
      "2024-01-09T14:20", 35, [
          ("Aktuellt", "KOL GOLD 3, två exacerbationer i höstas. Egenvårdsplan genomgången och ny kur Prednisolon och Doxyferm ges att ha hemma."),
          ("Information", "Om feber över 38,5 eller rostfärgade upphostningar ska pat söka vårdcentralen samma dag för bedömning av ev. lunginflammation. Vid andnöd i vila ring 112."),
      ])],
    [], [("NL102", "n1")],
    "'Ev. lunginflammation' stands only inside a conditional safety-net instruction, not as the patient's diagnosis.")

C("s28nc_sk_barn_misst_anstrangningsastma", "skane", P("20150304-386"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_BARN_LUND", "Malin Roos", SSK,
      "2024-05-07T15:30", 45, [
          ("Anamnes", "Mamma berättar att flickan hostar och blir pipig efter idrottslektionerna sedan i vintras, går över på 30 min. Känd pollenallergi."),
          ("Status", "Pigg, lungor ausk u.a. i vila. PEF 260 l/min."),
          ("Bedömning", "Misstänkt ansträngningsutlöst astma. Ansträngningstest med löpning bokat på fysiologen, barnläkare ser resultatet."),
      ])],
    [("NL102", "n1")], [],
    "Hedged asthma in a child under 13: the guardian reads the Melior note, so the visible hypothesis counts.")

C("s28nc_sk_ang_hfref_ej_informerad", "skane", P("19500823-415"), [
    N("n1", "Melior", "Läkaranteckning", "S_KARD_ANG", "Niklas Bergqvist", LAK,
      "2024-03-06T16:00", 40, [
          ("Utredning", "Ekokardiografi 2024-03-04: dilaterad vänster kammare, globalt nedsatt funktion, EF 30 %. NT-proBNP 2 400 ng/l."),
          ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion. Pat ej informerad om eko-svaret ännu; besked ges av undertecknad vid besöket 18/3 då dottern kan vara med."),
          ("Planering", "Start av sakubitril/valsartan och dapagliflozin diskuteras vid besöket."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "A settled heart-failure diagnosis stands visibly while the note says the patient has not been told yet.")

# ---- part 2: VGR Melior, mixed ideas
C("s28nc_vg_steroiddiabetes_ej_fatt_veta", "vgr", P("19580312-629"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_DIAB_MOL", "Ingrid Carlsson", SSK,
      "2024-02-13T09:10", 25, [
          ("Aktuellt", "Behandlas med Prednisolon 15 mg för polymyalgia reumatica sedan november. Remitterad hit pga stigande glukosvärden."),
          ("Provsvar", "HbA1c 52 i januari och 55 idag. Kriterierna för diabetes är uppfyllda, steroidutlöst."),
          ("Planering", "Pat har ännu inte fått veta detta; ansvarig läkare meddelar diagnosen vid besöket nästa tisdag och tar ställning till behandling."),
      ])],
    [("NL101", "n1")], [],
    "Steroid-induced diabetes is stated in visible sections while the plan says the patient has not been told.")

C("s28nc_vg_sokord_tidiga_hyp_amyloidos", "vgr", P("19490705-838"), [
    N("n1", "Melior", "Läkaranteckning", "V_HJ_UDD", "Fredrik Olausson", LAK,
      "2024-04-24T14:40", 55, [
          ("Aktuellt", "Hjärtsvikt med bevarad EF, NYHA II. Välmående på furosemid 20 mg och Jardiance."),
          ("Tidiga hypoteser", "Tjock kammarvägg 16 mm, lågvoltage på EKG och bilat. karpaltunnelopererad. Misstänkt transtyretinamyloidos, DPD-scintigrafi övervägs efter kardiologkonferens."),
          ("Planering", "Återbesök hjärtsviktssköterska om 3 mån."),
      ])],
    [], [("NL102", "n1")],
    "VGR protects by sökord: the suspected amyloidosis stands only under Tidiga hypoteser.")

C("s28nc_vg_hsv_misst_jarnbrist", "vgr", P("19440128-953"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_HSV_SU", "Therese Gustafsson", SSK,
      "2024-01-17T10:30", None, [
          ("Aktuellt", "Uppföljning hjärtsvikt EF 32 %, NYHA II–III. Mer trött sista månaden. Hb 118."),
          ("Bedömning", "Misstänkt järnbrist som bidrar till tröttheten. Ferritin och transferrinmättnad beställt, vid brist ges intravenöst järn enligt rutin."),
      ])],
    [("NL102", "n1")], [],
    "Suspected iron deficiency (a diagnosis) in a heart-failure nurse Bedömning in VGR Melior.")

C("s28nc_vg_als_forskaksflimmer_fragetecken", "vgr", P("19531106-271"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_MED_ALS", "Birgitta Sandell", SSK,
      "2024-03-21T08:50", 15, [
          ("Blodtryck", "BT 146/88 sittande, puls 96 och påtagligt oregelbunden vid palpation."),
          ("Bedömning", "Förmaksflimmer? EKG tas direkt och visas för jourhavande internmedicinare."),
      ])],
    [("NL102", "n1")], [],
    "A bare question mark after förmaksflimmer in a blood-pressure nurse note is a hedged diagnosis.")

C("s28nc_vg_lung_talar_emot_kol", "vgr", P("19660419-346"), [
    N("n1", "Melior", "Läkaranteckning", "V_LUNG_SKS", "Hanna Widén", LAK,
      "2024-02-08T11:00", 80, [
          ("Anamnes", "Fd rökare 15 paketår, hosta sedan förkylning i december."),
          ("Utredning", "Spirometri normal, FEV1/FVC 0,78 efter bronkdilatation och DLCO 92 % av förväntat, vilket talar emot KOL. Lungrtg u.a."),
          ("Bedömning", "Postinfektiös hosta som bör klinga av. Ingen uppföljning här."),
      ])],
    [], [("NL102", "n1")],
    "'Talar emot' rules COPD out; a ruled-out diagnosis must not be reported as a hypothesis.")

C("s28nc_vg_mamma_trolig_demens", "vgr", P("19670814-520"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_MED_KUN", "Camilla Hedberg", SSK,
      "2024-05-22T13:00", 40, [
          ("Aktuellt", "Typ 2-diabetes på insulin. Svängiga värden, två känningar senaste veckan. Pat berättar att hon tar hand om sin mamma som har trolig demens och bor ensam utan hemtjänst, hon glömmer själv att äta lunch."),
          ("Åtgärd", "Sänker Insulatard kvällsdos från 24 till 20 E. Tipsat om anhörigkonsulent i kommunen."),
      ])],
    [], [("NL102", "n1")],
    "'Trolig demens' belongs to the patient's mother, not to the patient.")

C("s28nc_vg_mall_tidiga_hyp_men_sokord_bedomning", "vgr", P("19710630-183"), [
    N("n1", "Melior", "Tidiga hypoteser", "V_MED_LID", "Oskar Lundqvist", LAK,
      "2024-04-09T15:20", 60, [
          ("Bedömning", "Trött, frusen och har gått upp 6 kg på ett halvår trots oförändrade vanor. TSH 8,9, fritt T4 i nedre normalområdet. Trolig hypotyreos, nytt prov med TPO-ak om sex veckor."),
      ])],
    [("NL102", "n1")], [],
    "In VGR the sökord, not the note's template name, protects; a Bedömning in a note titled Tidiga hypoteser is visible.")

C("s28nc_vg_barndiabetes_misst_celiaki", "vgr", P("20160211-468"), [
    N("n1", "Melior", "Läkaranteckning", "V_BDIAB_DSB", "Sara Ekström", LAK,
      "2024-03-28T10:40", 50, [
          ("Aktuellt", "Årskontroll typ 1-diabetes sedan 2021, insulinpump och CGM. Time in range 68 %. Växer längs sin kurva men har ont i magen ibland."),
          ("Lab", "Transglutaminasantikroppar 46 U/ml, tidigare negativa."),
          ("Bedömning", "Misstänkt celiaki. Remiss till barngastro för ställningstagande till gastroskopi, glutenfri kost ska inte påbörjas innan dess."),
      ])],
    [("NL102", "n1")], [],
    "Suspected coeliac disease in a child with type 1 diabetes; the guardians read this visible Melior note.")

C("s28nc_vg_nal_pat_informerad_typ2", "vgr", P("19620925-714"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_DIAB_NAL", "Lotta Axelsson", SSK,
      "2024-01-25T09:30", 35, [
          ("Diagnos", "Typ 2-diabetes, nydiagnostiserad efter två HbA1c 51 och 57 mmol/mol."),
          ("Information", "Pat informerad om diagnosen och vad den innebär. Fick skriftligt material om kost, motion och fotvård, gick igenom egen glukosmätning."),
          ("Planering", "Metformin insatt av dr Ali, ssk-besök om 6 veckor."),
      ])],
    [], [("NL101", "n1")],
    "The new diabetes diagnosis has been communicated to the patient at this visit.")

C("s28nc_vg_ak_ej_informerad_om_provdatum", "vgr", P("19450301-392"), [
    N("n1", "Melior", "AK-anteckning", "V_AK_SAS", "Marie Johansson", SSK,
      "2024-02-19T14:05", 10, [
          ("Indikation", "Förmaksflimmer, CHA2DS2-VASc 4. Waran sedan 2017."),
          ("Dosering", "INR 2,6, oförändrad veckodos 35 mg. Pat ännu inte informerad om nästa provtagningsdatum, brev med doseringsschema skickas i dag."),
      ])],
    [], [("NL101", "n1")],
    "What the patient has not been told is a test date, not a diagnosis.")

C("s28nc_vg_lidkoping_misstanke_uvi_telefon", "vgr", P("19590504-265"), [
    N("n1", "Melior", "Telefonkontakt", "V_MED_LID", "Agneta Persson", SSK,
      "2024-06-04T13:25", 20, [
          ("Telefonkontakt", "Pat som står på Forxiga ringer om sveda vid miktion och täta trängningar sedan två dagar, ingen feber. Misstanke om urinvägsinfekion, tid för urinodling och läkarbedömning i morgon kl 09.20."),
      ])],
    [("NL102", "n1")], [],
    "Typo case 'urinvägsinfekion': 'Misstanke om' a urinary tract infection during a visible phone contact.")

C("s28nc_vg_fal_typo_missankt_hjartsvikt", "vgr", P("19430917-159"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_FAL", "Erik Holmgren", LAK,
      "2024-02-29T10:10", 65, [
          ("Aktuellt", "Hypertoni sedan många år. Ankelsvullnad och nattlig hosta senaste månaden, ökad andfåddhet i backar."),
          ("Status", "Halsvenstas +2 cm. Krepitationer basalt bilat. Pittingödem över tibia."),
          ("Bedömning", "Missänkt hjärtsvikt. NT-proBNP och eko beställda, furosemid 20 mg insätts i väntan på svar."),
      ])],
    [("NL102", "n1")], [],
    "Typo case: 'Missänkt' (for misstänkt) still hedges heart failure in a visible Bedömning.")

C("s28nc_vg_tidiga_hyp_sokord_ej_informerad_tumor", "vgr", P("19510822-734"), [
    N("n1", "Melior", "Läkaranteckning", "V_LUNG_SKS", "Johan Fransson", LAK,
      "2024-05-15T16:30", 45, [
          ("Aktuellt", "KOL GOLD 2, stabil utan exacerbationer i år. Fortsätter Trimbow 2 x 2."),
          ("Tidiga hypoteser", "Kontroll-DT visar 2 cm spikulerad förändring i hö överlob, malignitetsmisstänkt. Pat ej informerad i väntan på PET-DT och lungkonferens."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "The untold malignancy suspicion is kept only under the VGR sökord Tidiga hypoteser; the visible part holds only settled COPD.")

C("s28nc_vg_hcm_anhoriga_ej_informerade", "vgr", P("19800612-597"), [
    N("n1", "Melior", "Läkaranteckning", "V_HJ_UDD", "Linnea Strand", LAK,
      "2024-04-03T11:15", 50, [
          ("Bedömning", "MR hjärta bekräftar hypertrof kardiomyopati med septumtjocklek 21 mm, ingen obstruktion i vila."),
          ("Information", "Pat informerad om diagnosen och om att sjukdomen kan vara ärftlig. Han vill själv berätta för sina två barn och önskar att vi inte kontaktar dem ännu, så de är ej informerade."),
          ("Planering", "Remiss till klinisk genetik. Bisoprolol 2,5 mg. Långtids-EKG."),
      ])],
    [], [("NL101", "n1")],
    "The patient has been told; only his children have not, which is no uncommunicated diagnosis for the patient.")

C("s28nc_vg_epikris_trolig_pneumoni", "vgr", P("19370309-145"), [
    N("n1", "Melior", "Epikris", "V_MAVD_SAS", "Daniel Rask", LAK,
      "2024-01-12T12:00", 120, [
          ("Sammanfattning", "87-årig man med känd hjärtsvikt EF 40 % och förmaksflimmer, inkom med ökad andfåddhet och feber. CRP 110, lungrtg med infiltrat hö underlob. Trolig utlösande orsak pneumoni, behandlad med bensylpenicillin och furosemid iv med god effekt."),
          ("Läkemedel", "Furosemid höjt till 40 mg x 1. Eliquis oförändrat."),
          ("Uppföljning", "Hjärtsviktsmottagningen kallar inom 2 veckor. Kontroll-rtg pulm om 6 veckor."),
      ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "Discharge summary names pneumonia as 'trolig' precipitating cause; epikris sections are visible.")

# ---- part 3: Skåne PMO (vårdcentral) hedges that never show, plus Melior contrasts
C("s28nc_sk_pmo_dl_misst_hjartsvikt", "skane", P("19470215-513"), [
    N("n1", "PMO", "Besöksanteckning", "P_SODERV", "Mohammed Rahimi", LAK,
      "2024-02-14T10:20", 30, [
          ("Kontaktorsak", "Remitterad från distriktssköterskans blodtrycksmottagning pga bensvullnad och andfåddhet."),
          ("Status", "Cor: oregelbunden rytm, blåsljud 2/6 över apex. Pulm: basala rassel. Pittingödem bilat."),
          ("Bedömning", "Misstänkt hjärtsvikt. NT-proBNP tas idag, remiss för ekokardiografi till klin fys SUS Malmö."),
      ])],
    [], [("NL102", "n1")],
    "Suspected heart failure written by a district physician in PMO, where diagnoses are never shown.")

C("s28nc_sk_pmo_astmaskoterska_barn_misst_astma", "skane", P("20170922-187"), [
    N("n1", "PMO", "Astma/KOL-mottagning", "P_HOOR", "Jenny Åberg", SSK,
      "2024-04-10T14:00", 25, [
          ("Aktuellt", "Pojke 6 år, pappa med. Nattlig hosta och pip i bröstet vid förkylningar sedan två vintrar. Eksem som liten."),
          ("Åtgärd", "PEF-kurva instruerad, mäter morgon och kväll i två veckor. Misstänkt astma, läkartid bokad efter kurvan."),
      ])],
    [], [("NL102", "n1")],
    "PMO asthma-nurse note with a suspected childhood asthma: PMO does not expose diagnoses.")

C("s28nc_sk_pmo_diabsk_trolig_neuropati", "skane", P("19540618-331"), [
    N("n1", "PMO", "Diabetesmottagning", "P_ESLOV", "Katarina Olsson", SSK,
      "2024-03-26T09:40", 40, [
          ("Fotundersökning", "Monofilament nedsatt på 3 av 4 punkter vä fot och 2 av 4 hö. Vibrationssinne nedsatt vid stortå bilat. Pulsar palp."),
          ("Bedömning", "Trolig diabetesneuropati, riskgrupp 2. Informerad om dagliga fotinspektioner och lämpliga skor."),
      ])],
    [], [("NL102", "n1")],
    "Probable diabetic neuropathy recorded by a primary-care diabetes nurse in PMO.")

C("s28nc_sk_pmo_dd_polymyalgi", "skane", P("19500406-268"), [
    N("n1", "PMO", "Besöksanteckning", "P_SIMR", "Gunilla Ahlström", LAK,
      "2024-01-31T11:05", 50, [
          ("Anamnes", "Välkänd på vårdcentralen för hypertoni. Sedan tre veckor stelhet i skuldror och höfter, värst på morgonen, svårt att ta på sig kappan."),
          ("Lab", "SR 58, CRP 34, CK normalt."),
          ("Bedömning", "DD polymyalgia reumatica eller elderly onset RA. Prova Prednisolon 15 mg, telefonkontakt om en vecka."),
      ])],
    [], [("NL102", "n1")],
    "'DD' polymyalgia in a PMO GP note; not asserted as visible because PMO hides diagnoses.")

C("s28nc_sk_pmo_sannolik_ortostatisk_hypotension", "skane", P("19360811-147"), [
    N("n1", "PMO", "Distriktssköterskeanteckning", "P_KAVL", "Ylva Persson", SSK,
      "2024-05-29T13:45", 20, [
          ("Blodtryck", "Liggande 148/82, stående efter 1 min 112/70 och yr. Tre preparat mot blodtryck, senast insatt amlodipin."),
          ("Bedömning", "Sannolik ortostatisk hypotension. Dr Berg informerad och vill se pat på torsdag."),
      ])],
    [], [("NL102", "n1")],
    "Probable orthostatic hypotension in a PMO district-nurse note is never shown to the patient.")

C("s28nc_sk_pmo_kol_fragetecken", "skane", P("19600113-239"), [
    N("n1", "PMO", "Astma/KOL-mottagning", "P_OSBY", "Mats Gunnarsson", SSK,
      "2024-02-07T08:30", None, [
          ("Spirometri", "FEV1/FVC 0,64 efter bronkdilatation, FEV1 68 % av förväntat. Röker 15 cig/dag. KOL? Läkarbedömning och rökavvänjning erbjuds."),
      ])],
    [], [("NL102", "n1")],
    "Question-marked COPD after spirometry in a PMO note; PMO is not a place where NL102 can fire.")

C("s28nc_sk_pmo_typo_misstakt_somnapne", "skane", P("19730228-355"), [
    N("n1", "PMO", "Besöksanteckning", "P_TOMEL", "Henrik Lund", LAK,
      "2024-06-18T15:30", 35, [
          ("Bedömning", "Svårbehandlad hypertoni och dagtrötthet, ESS 14. Misstäkt sömnapné, remiss polygrafi till Ystad."),
      ])],
    [], [("NL102", "n1")],
    "Typo 'Misstäkt' in a PMO GP note; hedged sleep apnoea in PMO is still must_not.")

C("s28nc_sk_pmo_kan_ej_utesluta_lungemboli", "skane", P("19850705-480"), [
    N("n1", "PMO", "Akutbesök", "P_LINDA", "Sanna Holm", LAK,
      "2024-03-04T16:10", 25, [
          ("Aktuellt", "Astmatiker som kommer akut pga andfåddhet sedan i går, p-piller, har nyligen flugit från Bangkok. Saturation 93 %, puls 112, ingen pipande andning."),
          ("Bedömning", "Kan ej utesluta lungemboli. Remiss akutmottagningen SUS Malmö, pat åker med taxi i sällskap med maken."),
      ])],
    [], [("NL102", "n1")],
    "'Kan ej utesluta lungemboli' in a PMO same-day note: PMO never shows diagnoses.")

C("s28nc_sk_pmo_ak_forskaksflimmer_kan_inte_uteslutas", "skane", P("19420721-395"), [
    N("n1", "PMO", "Telefonkontakt", "P_BJUV", "Lisbeth Ohlsson", SSK,
      "2024-04-23T10:50", 10, [
          ("Telefonkontakt", "Pat med hypertoni ringer om hjärtklappning i anfall senaste veckan, varar ett par timmar. Förmaksflimmer kan inte uteslutas, EKG och läkarbesök bokat i morgon."),
      ])],
    [], [("NL102", "n1")],
    "Phone note in PMO with atrial fibrillation that 'kan inte uteslutas'.")

C("s28nc_sk_diab_inger_misstanke_charcot", "skane", P("19630506-376"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_DIAB_KRI", "Pernilla Svensson", SSK,
      "2024-02-22T11:30", 30, [
          ("Fotstatus", "Hö mittfot rodnad, svullen och 2,5 grader varmare än vä vid IR-mätning. Inget sår. Känd uttalad neuropati."),
          ("Bedömning", "Fyndet inger misstanke om akut Charcotfot. Avlastning med gips ordnad via ortopedtekniska idag, dr Khalil ser pat i eftermiddag."),
      ])],
    [("NL102", "n1")], [],
    "'Inger misstanke om' on Charcot foot in a visible Bedömning of a Melior diabetes-nurse note.")

C("s28nc_sk_hsv_sannolik_statinmyopati", "skane", P("19580902-295"), [
    N("n1", "Melior", "Läkaranteckning", "S_HSV_MAL", "Ola Friberg", LAK,
      "2024-04-30T14:25", 45, [
          ("Aktuellt", "Ischemisk hjärtsvikt. Sedan atorvastatin höjdes till 80 mg värk i lårmusklerna och svårt att resa sig från stol."),
          ("Lab", "CK 1 240 U/l, TSH normalt, krea oförändrat."),
          ("Bedömning", "Sannolik statininducerad myopati. Atorvastatin sätts ut, nytt CK om två veckor, därefter ställningstagande till ezetimib eller låg dos rosuvastatin."),
      ])],
    [("NL102", "n1")], [],
    "'Sannolik' statin-induced myopathy stated in visible assessment of a Skåne Melior heart-failure note.")

C("s28nc_sk_trb_trol_gikt", "skane", P("19510130-271"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_MED_TRB", "Anders Malm", LAK,
      "2024-06-05T09:15", None, [
          ("Status", "Vä MTP I rodnad, svullen och mycket ömmande. Afebril."),
          ("Bedömning", "Torl. gikt, står på furosemid och hydroklortiazid. Urat tas, Colchicin Tiofarma enligt schema. Hydroklortiazid sätts ut."),
      ])],
    [("NL102", "n1")], [],
    "Typo case: 'Torl. gikt' (for Trol.) is a hedged gout diagnosis in a visible Bedömning.")

C("s28nc_sk_lung_kan_rora_sig_om_kikhosta", "skane", P("19760914-566"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_LUNG_LUND", "Rebecka Nyström", SSK,
      "2024-03-13T10:05", 40, [
          ("Aktuellt", "Känd astma, välkontrollerad på Symbicort. Fyra veckor med attacker av hosta som slutar i kräkning, värst nattetid. Barnen har haft liknande hosta."),
          ("Bedömning", "Kan röra sig om kikhosta snarare än astmaförsämring. PCR nasofarynx tagen, läkare kontaktad angående antibiotika."),
      ])],
    [("NL102", "n1")], [],
    "'Kan röra sig om' pertussis in a visible Bedömning of an asthma patient's Melior note.")

C("s28nc_sk_ang_ekg_forenligt_med_inferior_infarkt", "skane", P("19550327-119"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_KARD_ANG", "Camilla Lidén", SSK,
      "2024-05-16T08:20", 20, [
          ("EKG", "Sinusrytm 64/min. Q-vågor i II, III och aVF, inga ST-förändringar."),
          ("Bedömning", "EKG förenligt med genomgången inferior hjärtinfarkt, ingen sådan känd sedan tidigare. Dr Bergqvist informerad, ekokardiografi beställd."),
      ])],
    [("NL102", "n1")], [],
    "'Förenligt med' an old inferior infarction on ECG hedges a diagnosis in a visible section.")

C("s28nc_sk_diab_eventuellt_makulaodem", "skane", P("19680808-435"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_DIAB_LUND", "Annika Wahlström", SSK,
      "2024-01-16T15:00", 30, [
          ("Ögonbottenfoto", "Granskningssvar från ögonkliniken: lätt bakgrundsretinopati bilat, eventuellt makulaödem vä öga. Remiss till ögonmottagningen för OCT skickas."),
      ])],
    [("NL102", "n1")], [],
    "'Eventuellt' qualifies macular oedema (a diagnosis) in a visible eye-screening section.")

# ---- part 4: NL101, told or not told
C("s28nc_sk_diab_proliferativ_retinopati_ej_besked", "skane", P("19750219-152"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_DIAB_KRI", "Eva Mårtensson", SSK,
      "2024-03-07T13:10", 25, [
          ("Ögonbottenfoto", "Foto 12/2 granskat: proliferativ diabetesretinopati hö öga med nykärlsbildning vid papillen."),
          ("Åtgärd", "Pat har inte fått besked ännu. Ögonkliniken ringer henne i dag för akuttid och informerar då, vi avvaktar med att kontakta henne."),
      ])],
    [("NL101", "n1")], [],
    "Proliferative retinopathy stands visibly while the note says the patient has not yet been told.")

C("s28nc_sk_lung_gold3_ej_meddelad", "skane", P("19590624-374"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_LUNG_HBG", "Maria Lindgren", SSK,
      "2024-04-18T09:35", None, [
          ("Spirometri", "FEV1 42 % av förväntat, FEV1/FVC 0,49 efter bronkdilatation. Ingen reversibilitet."),
          ("Bedömning", "Spirometrin bekräftar KOL, svårighetsgrad GOLD 3. Diagnosen är inte meddelad pat, dr Sandberg vill ta samtalet själv vid läkarbesöket om två veckor."),
      ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Confirmed COPD written visibly with an explicit statement that it is not yet communicated.")

C("s28nc_sk_yst_ckd4_vet_inte", "skane", P("19440512-237"), [
    N("n1", "Melior", "Läkaranteckning", "S_MED_YST", "Karl Wennberg", LAK,
      "2024-05-08T15:45", 55, [
          ("Aktuellt", "Typ 2-diabetes sedan 25 år, hypertoni. Kontroll av njurfunktion efter remiss från vårdcentralen."),
          ("Lab", "eGFR 27, 29 och 26 ml/min/1,73 m2 senaste halvåret. U-albumin/krea 68."),
          ("Bedömning", "Kronisk njursjukdom stadium 4, diabetesnefropati. Pat vet inte om detta än, telefonsamtalet bröts innan jag hann ta det. Ny telefontid bokad i morgon."),
      ])],
    [("NL101", "n1")], [],
    "Stage 4 CKD is visible and the note says the patient does not know yet ('vet inte om detta än').")

C("s28nc_sk_ak_typo_underattad_jarnbristanemi", "skane", P("19480823-551"), [
    N("n1", "Melior", "Telefonanteckning", "S_AK_KRI", "Sofia Nilsson", SSK,
      "2024-06-12T11:00", 15, [
          ("Provsvar", "Hb 94, MCV 71, ferritin 6. Järnbristanemi hos pat med Eliquis för förmaksflimmer."),
          ("Åtgärd", "Pat ännu ej underättad om provsvaren, dr Persson bedömer först om gastroskopi och koloskopi ska göras och ringer sedan själv."),
      ])],
    [("NL101", "n1")], [],
    "Typo case: 'ej underättad' (underrättad) still says the iron-deficiency anaemia is not yet told.")

C("s28nc_sk_lkr_konfusion_ej_kunnat_informeras", "skane", P("19320417-218"), [
    N("n1", "Melior", "Daganteckning", "S_MAVD_LKR", "Amir Haddad", LAK,
      "2024-02-01T10:30", 60, [
          ("Aktuellt", "Dag 2. Fortsatt konfusorisk nattetid, lugnare på förmiddagen. Eko i går: EF 25 %, dilaterad vänster kammare."),
          ("Bedömning", "Nydiagnostiserad hjärtsvikt med nedsatt EF. Pat har inte kunnat informeras om diagnosen ännu pga konfusionen, sonen är informerad per telefon."),
      ], setting="slutenvård")],
    [("NL101", "n1")], [],
    "New heart failure visible while the patient, unlike the son, has not been told because of confusion.")

C("s28nc_sk_hsv_fick_besked_forra_besoket", "skane", P("19540209-316"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_HSV_MAL", "Helena Borg", SSK,
      "2024-03-27T13:40", 30, [
          ("Aktuellt", "Fick besked om hjärtsvikt med nedsatt EF av dr Nyberg vid förra besöket och har läst på 1177. Frågar mycket om prognos och vilka symtom som ska föranleda kontakt."),
          ("Åtgärd", "Titrering: bisoprolol upp till 5 mg. Egenvårdsdagbok utdelad, daglig vägning."),
      ])],
    [], [("NL101", "n1")],
    "The heart-failure diagnosis was communicated at an earlier visit.")

C("s28nc_sk_lung_ej_informerad_om_remiss", "skane", P("19520116-273"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_LUNG_HBG", "Lars Isaksson", SSK,
      "2024-05-21T14:30", 20, [
          ("Aktuellt", "KOL GOLD 3 med kronisk respiratorisk insufficiens, LTOT 2 l/min."),
          ("Åtgärd", "Remiss till lungrehabilitering skickad efter teamrond. Pat är inte informerad om att remissen gått iväg, tas vid telefonuppföljningen på fredag."),
      ])],
    [], [("NL101", "n1")],
    "Only the sending of a referral is untold; the COPD is known and not the subject of withholding.")

C("s28nc_sk_hlm_normalt_bnp_ej_meddelat", "skane", P("19670110-402"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_HJ_HLM", "Malin Sjöberg", SSK,
      "2024-02-15T15:25", 20, [
          ("Provsvar", "NT-proBNP 180 ng/l, inom normalområdet för åldern. Hypertoni välkontrollerad, 128/78 vid hemmätning."),
          ("Planering", "Pat har inte fått provsvaret ännu, undertecknad ringer i morgon förmiddag."),
      ])],
    [], [("NL101", "n1")],
    "The untold item is a normal lab result; the only diagnosis (hypertension) is long known.")

C("s28nc_sk_kard_flimmer_meddelat_idag", "skane", P("19570718-158"), [
    N("n1", "Melior", "Läkaranteckning", "S_KARD_ANG", "Niklas Bergqvist", LAK,
      "2024-06-20T10:50", 40, [
          ("Utredning", "Långtids-EKG 72 h visar paroxysmalt förmaksflimmer, längsta episod 5 timmar. CHA2DS2-VASc 3 (hypertoni, diabetes, ålder)."),
          ("Information", "Diagnosen förmaksflimmer meddelad pat vid dagens besök. Vi har gått igenom strokerisk och nytta med blodförtunnande, han vill börja."),
          ("Åtgärd", "Eliquis 5 mg x 2 insätts. Remiss AK-mottagningen för uppföljning."),
      ])],
    [], [("NL101", "n1")],
    "Atrial fibrillation is told to the patient at this visit.")

C("s28nc_vg_ak_jarnbrist_ej_informerad_koloskopi", "vgr", P("19460903-429"), [
    N("n1", "Melior", "AK-anteckning", "V_AK_SAS", "Marie Johansson", SSK,
      "2024-03-14T10:15", 30, [
          ("Provsvar", "Rutinprov: Hb 96, MCV 72, ferritin 8. Järnbristanemi hos pat med Waran."),
          ("Bedömning", "Pat ej informerad ännu, dr Axelsson vill först ta ställning till koloskopiremiss innan besked lämnas. Oförändrad Warandos, INR 2,4."),
      ])],
    [("NL101", "n1")], [],
    "Iron-deficiency anaemia is visible in VGR Melior while information to the patient is deliberately postponed.")

C("s28nc_vg_udd_aortastenos_avvaktar", "vgr", P("19400529-156"), [
    N("n1", "Melior", "Läkaranteckning", "V_HJ_UDD", "Fredrik Olausson", LAK,
      "2024-05-06T13:20", None, [
          ("Ekokardiografi", "Kalcifierad aortaklaff, medelgradient 41 mmHg, AVA 0,8 cm2. EF 55 %."),
          ("Bedömning", "Uttalad aortastenos. Vi avvaktar med att berätta för pat tills thoraxkonferensen tagit ställning till TAVI, så att hela planen kan presenteras samtidigt."),
      ])],
    [("NL101", "n1")], [],
    "Severe aortic stenosis is visible while the team waits to tell the patient.")

C("s28nc_vg_kun_typo_ej_infomerad", "vgr", P("19610726-519"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_MED_KUN", "Kristina Berg", LAK,
      "2024-04-11T09:05", 45, [
          ("Bedömning", "Perifer arteriell sjukdom med ABI 0,58 hö och 0,71 vä, klaudikation efter 200 m. Pat ej infomerad om diagnosen, ska ske tillsammans med kärlkirurgens bedömning."),
      ])],
    [("NL101", "n1")], [],
    "Typo case: 'ej infomerad' still marks peripheral arterial disease as uncommunicated.")

C("s28nc_vg_telefon_dotter_informerad_pat_ej", "vgr", P("19350218-340"), [
    N("n1", "Melior", "Telefonkontakt", "V_MED_ALS", "Birgitta Sandell", SSK,
      "2024-02-26T15:50", 15, [
          ("Telefonkontakt", "Ringer dottern som har fullmakt och meddelar att MR hjärna och minnesutredningen visar vaskulär demens. Pat själv har inte informerats, dottern vill vara med när doktorn berättar. Tid ordnas vecka 11."),
      ])],
    [("NL101", "n1")], [],
    "The daughter is told but the patient is not; a visible diagnosis is untold to the patient.")

C("s28nc_vg_lung_skivepitelcancer_ej_per_telefon", "vgr", P("19520311-577"), [
    N("n1", "Melior", "Läkaranteckning", "V_LUNG_SKS", "Hanna Widén", LAK,
      "2024-04-29T16:05", 30, [
          ("PAD", "Bronkoskopi med biopsi vä underlobsbronk: skivepitelcancer."),
          ("Planering", "Pat med KOL ska inte få beskedet per telefon. Läkarbesök med kontaktsjuksköterska bokat 8/5, fram till dess ingen information till pat."),
      ])],
    [("NL101", "n1")], [],
    "Histologically proven lung cancer is visible while the plan says the patient must not be told before the visit.")

C("s28nc_vg_nal_1177_meddelande_besked", "vgr", P("19700105-382"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_DIAB_NAL", "Lotta Axelsson", SSK,
      "2024-06-10T08:45", 20, [
          ("Provsvar", "HbA1c 49 och 53 mmol/mol, uppfyller diagnoskriterierna för typ 2-diabetes."),
          ("Åtgärd", "Besked om diagnosen lämnat via 1177-meddelande 7/6 efter överenskommelse med pat vid förra besöket, hon har bekräftat att hon läst. Ssk-besök bokat 20/6."),
      ])],
    [], [("NL101", "n1")],
    "The diagnosis was communicated through a 1177 message before this note.")

# ---- part 5: several notes in one record, and later notes that tell
C("s28nc_sk_multi_n1_undanhallen_diabetes_typ1", "skane", P("19910414-283"), [
    N("n1", "Melior", "Läkaranteckning", "S_DIAB_LUND", "Yasmin Farouk", LAK,
      "2024-04-04T16:20", 30, [
          ("Provsvar", "GAD-ak >250 E/ml och C-peptid 0,21 nmol/l. Autoimmun diabetes av LADA-typ fastställd, insulin behövs."),
          ("Planering", "Pat är inte informerad om svaren ännu. Besked vid läkarbesöket 9/4, diabetessköterska bokas samma dag för insulinstart."),
      ]),
    N("n2", "Melior", "Mottagningsanteckning", "S_DIAB_LUND", "Yasmin Farouk", LAK,
      "2024-04-09T11:00", 45, [
          ("Information", "Gått igenom provsvaren med pat som nu vet att det rör sig om autoimmun diabetes och att tabletterna inte räcker. Tagit beskedet lugnt, maken med."),
          ("Åtgärd", "Basinsulin Toujeo 10 E till kvällen, titrering med ssk Ek."),
      ]),
    ], [("NL101", "n1")], [],
    "The first note withholds settled LADA in visible text; telling her five days later does not repair n1.")

C("s28nc_sk_multi_n2_besked_lamnat", "skane", P("19631102-196"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_LUNG_LUND", "Cecilia Bengtsson", SSK,
      "2024-01-18T10:00", 30, [
          ("Spirometri", "Post-BD FEV1/FVC 0,61, FEV1 74 % av förväntat. Diffusionskapacitet lätt sänkt."),
          ("Planering", "Läkare ger besked vid återbesök."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "S_LUNG_LUND", "Gustav Lindell", LAK,
      "2024-01-25T14:15", 40, [
          ("Bedömning", "KOL GOLD 2, grupp B. Diagnosen har idag meddelats pat som inte hade hört den tidigare. Vi har pratat om rökstopp och fysisk aktivitet."),
          ("Åtgärd", "Spiolto Respimat 2 inh x 1. Remiss KOL-skola."),
      ]),
    ], [], [("NL101", "n2")],
    "Hard negative on the later note: n2 says the patient had not heard it before, but tells him today.")

C("s28nc_vg_multi_n1_hjartsvikt_ej_besked", "vgr", P("19490930-275"), [
    N("n1", "Melior", "Läkaranteckning", "V_HSV_SU", "Petra Malmberg", LAK,
      "2024-02-02T15:40", 25, [
          ("Ekokardiografi", "EF 35 %, vänsterkammardilatation, måttlig mitralisinsufficiens."),
          ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, sannolikt ischemisk genes. Pat har inte informerats om eko-fynden, besked på mottagningen 12/2."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "V_HSV_SU", "Petra Malmberg", LAK,
      "2024-02-12T10:30", 50, [
          ("Information", "Informerat pat och hustrun om hjärtsviktsdiagnosen, behandlingsplan och prognos. Frågor besvarade."),
          ("Åtgärd", "Dapagliflozin 10 mg och metoprolol 25 mg insätts. Kranskärlsröntgen planeras."),
      ]),
    ], [("NL101", "n1")], [],
    "VGR record: the first note states heart failure and says the patient is not informed; the later telling note is not the target.")

C("s28nc_vg_multi_n2_informerad_efter_uppskov", "vgr", P("19560727-354"), [
    N("n1", "Melior", "Tidiga hypoteser", "V_MED_KUN", "Kristina Berg", LAK,
      "2024-03-11T16:10", 20, [
          ("Tidiga hypoteser", "Ultraljud buk: 5,6 cm bukaortaaneurysm. Pat ej informerad, vill ha kärlkirurgs bedömning först."),
      ]),
    N("n2", "Melior", "Mottagningsanteckning", "V_MED_KUN", "Kristina Berg", LAK,
      "2024-03-20T09:40", 40, [
          ("Information", "Pat informerad om bukaortaaneurysmet och om kärlkirurgens förslag om elektiv operation. Han vill fundera över helgen."),
          ("Bedömning", "Bukaortaaneurysm 5,6 cm, hypertoni och typ 2-diabetes. BT 136/80 idag."),
      ]),
    ], [], [("NL101", "n2")],
    "The aneurysm was first kept under the VGR Tidiga hypoteser sökord; the later visible note records that he has been told.")

C("s28nc_sk_multi_senare_bekraftelse_botar_ej", "skane", P("19650316-437"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_MED_YST", "Ulrika Paulsson", SSK,
      "2024-01-10T09:25", 25, [
          ("Bedömning", "Hemblodtryck 168/104 trots tre preparat. Ev. njurartärstenos med tanke på snabb försämring och stigande krea, diskuteras med läkare."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "S_MED_YST", "Karl Wennberg", LAK,
      "2024-02-14T14:50", 35, [
          ("Utredning", "DT angio visar 80 % stenos i vä njurartär. Informerat pat, remiss kärlkirurgen för ställningstagande till stent."),
      ]),
    ], [("NL102", "n1")], [],
    "A later note confirming renal artery stenosis does not undo the hedged 'ev.' hypothesis left visible in n1.")

C("s28nc_sk_multi_tidiga_hyp_sedan_synlig_bekraftad", "skane", P("19720524-416"), [
    N("n1", "Melior", "Tidiga hypoteser", "S_MED_TRB", "Jonas Åkesson", LAK,
      "2024-02-21T15:30", 30, [
          ("Bedömning", "Snarkning, dagtrötthet och svårbehandlad hypertoni. Trolig obstruktiv sömnapné, polygrafi beställd."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "S_MED_TRB", "Jonas Åkesson", LAK,
      "2024-04-03T10:10", 40, [
          ("Bedömning", "Polygrafi visar måttlig obstruktiv sömnapné, AHI 24. Besked lämnat till pat som vill prova CPAP."),
          ("Åtgärd", "Remiss sömnapnémottagningen för CPAP-utprovning."),
      ]),
    ], [], [("NL102", "n2"), ("NL101", "n2")],
    "Skåne: hypothesis kept in the Tidiga hypoteser template, later stated visibly only once confirmed and told.")

C("s28nc_sk_multi_pmo_och_melior_hedge_i_pmo", "skane", P("19580202-532"), [
    N("n1", "PMO", "Besöksanteckning", "P_ESLOV", "Tobias Wikström", LAK,
      "2024-03-01T11:30", 40, [
          ("Bedömning", "Trolig angina pectoris vid ansträngning, ingen vilovärk. ASA och nitro insatt, remiss arbetsprov till kardiologen Lund."),
      ]),
    N("n2", "Melior", "Mottagningsanteckning", "S_HJ_HLM", "Per Hallin", LAK,
      "2024-04-15T09:00", 30, [
          ("Arbetsprov", "Cykelergometri till 150 W, inga bröstsmärtor och inga signifikanta ST-sänkningar. Normal blodtrycksreaktion."),
      ]),
    ], [], [("NL102", "n1")],
    "Record with both systems: the hedged angina is in the vårdcentral's PMO note, which does not show diagnoses.")

C("s28nc_vg_sokord_tidiga_hyp_plus_synlig_hedge", "vgr", P("19480108-293"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_FAL", "Erik Holmgren", LAK,
      "2024-05-27T11:45", 60, [
          ("Aktuellt", "Typ 2-diabetes, ofrivillig viktnedgång 7 kg på tre månader och HbA1c som stigit från 52 till 78."),
          ("Tidiga hypoteser", "Nydebuterad diabetesförsämring med viktnedgång, pankreascancer måste övervägas. DT buk bokad."),
          ("Bedömning", "Försämrad glukoskontroll hos pat med alkoholpankreatit 2015, möjlig pankreatogen diabetes (typ 3c) snarare än progress av typ 2. Basinsulin startas, elastas i feces beställt."),
      ])],
    [("NL102", "n1")], [],
    "Even with a Tidiga hypoteser sökord present, 'möjlig pankreatogen diabetes' stands in the visible Bedömning.")

C("s28nc_vg_mall_och_sokord_tidiga_hyp", "vgr", P("19770401-621"), [
    N("n1", "Melior", "Tidiga hypoteser", "V_DIAB_MOL", "Ingrid Carlsson", SSK,
      "2024-04-22T14:10", 20, [
          ("Tidiga hypoteser", "Upprepade oförklarliga hypoglykemier och låga C-peptidvärden i samband med dem. Misstänkt smygtillförsel av insulin? Diskuteras med dr Rydén innan något tas upp med pat."),
      ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Both template and sökord are Tidiga hypoteser in VGR; the hedged hypothesis is protected.")

C("s28nc_sk_pmo_ej_informerad_men_pmo", "skane", P("19551019-474"), [
    N("n1", "PMO", "Besöksanteckning", "P_SIMR", "Gunilla Ahlström", LAK,
      "2024-05-02T16:00", 25, [
          ("Provsvar", "PSA 18 vid kontroll inför ny diabetesmedicin. Palpatoriskt hård prostata."),
          ("Bedömning", "Misstänkt prostatacancer, pat ej informerad ännu. Ringer honom i morgon och skickar välgrundad misstanke-remiss till urologen Malmö."),
      ])],
    [], [("NL102", "n1")],
    "PMO note with a hedged, untold cancer suspicion: NL102 stays silent in PMO and NL101 is not asserted there.")

C("s28nc_sk_tidiga_hyp_mall_pad_ej_informerad", "skane", P("19530213-257"), [
    N("n1", "Melior", "Tidiga hypoteser", "S_LUNG_HBG", "Viktor Engström", LAK,
      "2024-03-18T17:10", 20, [
          ("PAD", "EBUS-biopsi från lymfkörtel station 7: metastas av adenokarcinom, lungprimär."),
          ("Bedömning", "Pat ej informerad, besked ges vid bokat besök med kontaktsjuksköterska 21/3."),
      ])],
    [], [("NL101", "n1")],
    "Skåne: an untold, settled cancer diagnosis kept in a Tidiga hypoteser note is not in a visible section.")

C("s28nc_sk_maken_ej_informerad_pat_informerad", "skane", P("19610908-482"), [
    N("n1", "Melior", "Läkaranteckning", "S_AK_KRI", "Johan Persson", LAK,
      "2024-01-22T13:35", 35, [
          ("Bedömning", "DT visar lungemboli i segmentartärer bilat, tre veckor efter fotledsfraktur med gips. Pat informerad om diagnosen och behandlingen."),
          ("Övrigt", "Hon önskar att maken inte får veta förrän hon själv pratat med honom, han är hjärtsjuk och oroar sig lätt."),
          ("Åtgärd", "Eliquis 10 mg x 2 i en vecka, därefter 5 mg x 2 i minst tre månader. Uppföljning AK-mottagningen."),
      ])],
    [], [("NL101", "n1")],
    "The patient is told; only her husband is not.")

C("s28nc_vg_inget_sagt_om_information", "vgr", P("19581215-312"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_LUNG_SU", "Elin Magnusson", SSK,
      "2024-03-25T10:25", 30, [
          ("Aktuellt", "KOL GOLD 2 och astma sedan barndomen. Inga exacerbationer sedan förra årskontrollen."),
          ("Status", "Sat 95 %, andningsfrekvens 16. CAT 12."),
          ("Åtgärd", "Inhalationsteknik kontrollerad och korrigerad med spacer. Influensa- och pneumokockvaccin rekommenderade."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Settled COPD and asthma with nothing said about telling and nothing hedged.")

C("s28nc_vg_insulinpump_plan_ej_berattad", "vgr", P("20120906-148"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_BDIAB_DSB", "Sara Ekström", LAK,
      "2024-02-05T10:00", 40, [
          ("Aktuellt", "Typ 1-diabetes sedan 2019, pennbehandling. HbA1c 61, många höga värden efter skolluncher."),
          ("Planering", "Har ännu inte pratat med pojken och föräldrarna om att vi vill föreslå insulinpump, tas upp vid teamträffen i mars när diabetessköterskan är med."),
      ])],
    [], [("NL101", "n1")],
    "What has not been told is a treatment plan (insulin pump), not a diagnosis; child under 13.")

C("s28nc_vg_ej_informerad_om_att_dt_uteslot", "vgr", P("19740628-509"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_ALS", "Ahmed Yousef", LAK,
      "2024-06-14T15:55", 25, [
          ("Utredning", "DT lungartärer utan tecken till lungemboli. Andfåddheten beror på astmaförsämring efter förkylning."),
          ("Planering", "Pat har inte fått veta DT-svaret ännu, undertecknad ringer under eftermiddagen."),
      ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "The untold result rules pulmonary embolism out; a normal result is no uncommunicated diagnosis.")

# ---- part 6: hard negatives in Melior (negation, non-diagnoses) and more positives
C("s28nc_sk_kard_hjartinfarkt_uteslutes", "skane", P("19620817-235"), [
    N("n1", "Melior", "Läkaranteckning", "S_KARD_ANG", "Louise Hammar", LAK,
      "2024-02-09T12:30", 40, [
          ("Aktuellt", "Hypertoniker remitterad från vårdcentralen efter tryck över bröstet i samband med gräl hemma."),
          ("Utredning", "Troponin T 6 och 7 ng/l med tre timmars mellanrum, EKG utan ischemitecken. Akut hjärtinfarkt uteslutes."),
          ("Bedömning", "Muskuloskeletal bröstsmärta, palpationsöm över sternokostalleder. Ingen vidare kardiell utredning."),
      ])],
    [], [("NL102", "n1")],
    "'Uteslutes' rules out myocardial infarction after serial troponins; nothing hedged remains.")

C("s28nc_sk_diab_inga_tecken_retinopati", "skane", P("19810129-267"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_DIAB_KRI", "Pernilla Svensson", SSK,
      "2024-05-13T10:40", 15, [
          ("Årskontroll", "Typ 1-diabetes sedan 1998, pump och CGM, HbA1c 55. Inga tecken på diabetesretinopati vid fotograferingen i mars. U-albumin/krea normal."),
      ])],
    [], [("NL102", "n1")],
    "'Inga tecken på' retinopathy is a negated finding in an annual diabetes review.")

C("s28nc_sk_yst_somnapne_avskrivs", "skane", P("19660312-399"), [
    N("n1", "Melior", "Läkaranteckning", "S_MED_YST", "Karin Dahl", LAK,
      "2024-04-25T13:00", 45, [
          ("Utredning", "Polygrafi utan signifikanta apnéer, AHI 3. Den tidigare misstänkta sömnapnén avskrivs därmed."),
          ("Bedömning", "Essentiell hypertoni, höjer amlodipin till 10 mg. Blodtryckssköterska om sex veckor."),
      ])],
    [], [("NL102", "n1")],
    "A once-suspected sleep apnoea that is now 'avskrivs' is ruled out, even though the word 'misstänkta' appears.")

C("s28nc_sk_lung_kol_gold2_faststalld", "skane", P("19540701-416"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_LUNG_HBG", "Lars Isaksson", SSK,
      "2024-06-03T14:00", 25, [
          ("Diagnos", "KOL GOLD 2, grupp A, diagnostiserad med spirometri 2022."),
          ("Aktuellt", "Slutat röka i januari med hjälp av Champix, mår bättre och går längre promenader. CAT 8."),
          ("Planering", "Årskontroll med spirometri om ett år."),
      ])],
    [], [("NL102", "n1")],
    "Confirmed COPD with no hedge anywhere in the note.")

C("s28nc_sk_ak_misstanker_felaktig_dosering", "skane", P("19380515-166"), [
    N("n1", "Melior", "AK-anteckning", "S_AK_KRI", "Sofia Nilsson", SSK,
      "2024-03-11T09:20", None, [
          ("Dosering", "INR 4,6 mot målet 2–3. Misstänker att pat tagit dubbla Warantabletter på måndagar, dosetten fylldes av henne själv förra veckan."),
          ("Åtgärd", "Hoppar över dagens dos, sedan 2,5 tablett dagligen. Hemsjukvården fyller dosetten framöver. Nytt INR på torsdag."),
      ])],
    [], [("NL102", "n1")],
    "A suspected dosing mistake is not a diagnosis.")

C("s28nc_sk_diab_trol_missad_kvallsdos", "skane", P("19930207-389"), [
    N("n1", "Melior", "Telefonanteckning", "S_DIAB_LUND", "Johanna Falk", SSK,
      "2024-01-29T08:15", 10, [
          ("Telefonkontakt", "Pat med typ 1-diabetes ringer, glukos 19 på morgonen utan ketoner. Trol. missat kvällsdosen av Tresiba i går efter sent arbetspass. Korrektionsdos enligt schema, åter vid ketoner över 1,5."),
      ])],
    [], [("NL102", "n1")],
    "'Trol.' hedges a missed insulin dose, which is no diagnosis.")

C("s28nc_sk_hsv_byte_till_eliquis_fragetecken", "skane", P("19450924-198"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_HSV_MAL", "Helena Borg", SSK,
      "2024-05-23T15:10", 20, [
          ("Aktuellt", "Hjärtsvikt och förmaksflimmer, känt sedan 2021. Tycker det är krångligt med INR-prover varannan vecka."),
          ("Planering", "Byte från Waran till Eliquis? Tas upp med dr Nyberg vid besöket i juni."),
      ])],
    [], [("NL102", "n1")],
    "The question mark hedges a drug switch, not a diagnosis.")

C("s28nc_sk_typo_ingen_missanke_hjartsvikt", "skane", P("19700611-244"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_HJ_HLM", "Malin Sjöberg", SSK,
      "2024-06-19T11:20", 15, [
          ("Bedömning", "Ankelsvullnad sedan amlodipin höjdes. NT-proBNP 70. Ingen missanke om hjärtsvikt, byte av blodtrycksmedicin diskuteras med läkare."),
      ])],
    [], [("NL102", "n1")],
    "Typo case: 'Ingen missanke om' still negates heart failure.")

C("s28nc_sk_lung_sannolkit_kol_typo", "skane", P("19560420-351"), [
    N("n1", "Melior", "Läkaranteckning", "S_LUNG_LUND", "Gustav Lindell", LAK,
      "2024-02-12T16:00", 50, [
          ("Anamnes", "Fd rökare, 40 paketår. Slemhosta varje vinter, nu andfådd vid påklädning."),
          ("Bedömning", "Sannolkit KOL, spirometri ej genomförbar idag pga kraftig hosta. Ny tid om 4 veckor."),
      ])],
    [("NL102", "n1")], [],
    "Typo case: 'Sannolkit KOL' is still a probable COPD in a visible note.")

C("s28nc_sk_barn_typo_trolig_typ1_diabtes", "skane", P("20140519-248"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_BARN_LUND", "Hugo Lindström", LAK,
      "2024-02-16T17:20", 20, [
          ("Anamnes", "Pojke 9 år, tre veckors törst, nattkissning och viktnedgång 2 kg. Remitterad från BVC-kollegan på vårdcentralen."),
          ("Bedömning", "P-glukos 18, ketoner 0,8. Trolig typ 1-diabtes, inläggning på barnavdelningen för insulinstart och utbildning."),
      ])],
    [("NL102", "n1")], [],
    "Typo case 'diabtes' in a hedged type 1 diabetes of a child under 13, in a visible Bedömning.")

C("s28nc_sk_hlm_hjartsvikt_fragetecken", "skane", P("19480303-432"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_HJ_HLM", "Malin Sjöberg", SSK,
      "2024-01-24T13:50", 25, [
          ("Aktuellt", "Kommer för blodtryckskontroll. Ökad andfåddhet och svullna vrister sedan jul, kissar på natten."),
          ("Bedömning", "Hjärtsvikt? NT-proBNP skickat och tid hos läkare i nästa vecka."),
      ])],
    [("NL102", "n1")], [],
    "'Hjärtsvikt?' with a question mark is a hedged diagnosis in a visible nurse assessment.")

C("s28nc_sk_trb_abi_talar_for_pad", "skane", P("19530715-157"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_MED_TRB", "Frida Thorsson", SSK,
      "2024-04-08T10:30", 30, [
          ("Fotstatus", "Fotpulsar ej palpabla bilat., kalla fötter, håravfall på underbenen."),
          ("Undersökning", "ABI 0,62 hö och 0,66 vä, vilket talar för perifer arteriell sjukdom. Dr Malm ser pat efter mottagningen."),
      ])],
    [("NL102", "n1")], [],
    "'Talar för' hedges peripheral arterial disease in a visible nurse finding.")

C("s28nc_sk_ak_oklart_om_hypertyreos", "skane", P("19410920-326"), [
    N("n1", "Melior", "Läkaranteckning", "S_AK_KRI", "Johan Persson", LAK,
      "2024-05-27T14:20", 35, [
          ("Aktuellt", "Waranbehandlad sedan 2016 pga förmaksflimmer, senaste månaden svårstyrd med INR mellan 1,7 och 4,8 trots oförändrad kost. Har gått ner 3 kg och är varm."),
          ("Bedömning", "Oklart om labila INR beror på nytillkommen hypertyreos, står på amiodaron. TSH, T4 och T3 tas idag."),
      ])],
    [("NL102", "n1")], [],
    "'Oklart om' framing a possible amiodarone-induced hyperthyroidism in a visible Bedömning.")

C("s28nc_sk_lkr_epikris_mojlig_takykardiinducerad", "skane", P("19670228-254"), [
    N("n1", "Melior", "Epikris", "S_MAVD_LKR", "Elsa Björk", LAK,
      "2024-03-22T12:40", 90, [
          ("Sammanfattning", "Inkom med förmaksflimmer med snabbt kammarsvar 150/min och lungödem. Eko visade EF 30 %. Efter frekvensreglering och elkonvertering sinusrytm."),
          ("Bedömning", "Möjlig takykardiinducerad kardiomyopati, ny ekokardiografi om tre månader i sinusrytm avgör."),
          ("Uppföljning", "Hjärtsviktssköterska SUS Malmö kallar. Eliquis 5 mg x 2, metoprolol 100 mg."),
      ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Möjlig' tachycardia-induced cardiomyopathy in the visible assessment of a discharge summary.")

C("s28nc_sk_ang_typo_forskaksflimer", "skane", P("19600617-178"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_KARD_ANG", "Lena Sjöstrand", SSK,
      "2024-02-28T09:45", 20, [
          ("Aktuellt", "Pat med hypertoni känner attacker med oregelbunden hjärtrytm, senast igår kväll i en timme."),
          ("Bedömning", "Paroxysmalt förmaksflimer? 72 timmars långtids-EKG kopplas idag."),
      ])],
    [("NL102", "n1")], [],
    "Typo case 'förmaksflimer?' with question mark is still a hedged arrhythmia diagnosis.")

# ---- part 7: VGR Melior, hedges and look-alikes
C("s28nc_vg_lung_differentialdiagnos_astma_kol", "vgr", P("19690916-427"), [
    N("n1", "Melior", "Läkaranteckning", "V_LUNG_SU", "Maja Forsberg", LAK,
      "2024-01-15T11:30", 60, [
          ("Anamnes", "Rökt i 25 år, allergisk rinit sedan tonåren. Andfåddhet och pip i bröstet vid förkylningar, symtomfri mellan."),
          ("Spirometri", "FEV1/FVC 0,67 efter bronkdilatation, reversibilitet 14 % och 290 ml. FeNO 38 ppb."),
          ("Bedömning", "Differentialdiagnos astma respektive KOL, eventuellt överlapp. Behandlingsförsök med ICS/LABA i tre månader och ny spirometri."),
      ])],
    [("NL102", "n1")], [],
    "'Differentialdiagnos' between asthma and COPD leaves the patient's diagnosis open in a visible section.")

C("s28nc_vg_hsv_inte_otroligt_sarkoidos", "vgr", P("19750308-354"), [
    N("n1", "Melior", "Läkaranteckning", "V_HSV_SU", "Petra Malmberg", LAK,
      "2024-04-17T14:45", 55, [
          ("Utredning", "Ung man med hjärtsvikt EF 38 % och AV-block II. MR hjärta med fläckvis sent gadoliniumupptag och förstorade hiluskörtlar på lungröntgen."),
          ("Bedömning", "Inte otroligt att det rör sig om hjärtsarkoidos. PET-DT bokas och fall diskuteras på hjärt-lungkonferens."),
      ])],
    [("NL102", "n1")], [],
    "'Inte otroligt att det rör sig om' cardiac sarcoidosis hedges the diagnosis in visible text.")

C("s28nc_vg_remiss_fragestallning_klaffel", "vgr", P("19450511-269"), [
    N("n1", "Melior", "Remissanteckning", "V_MED_LID", "Oskar Lundqvist", LAK,
      "2024-03-06T10:20", 15, [
          ("Utredning", "Ekokardiografi önskas. Nytillkommet systoliskt blåsljud 3/6 med utstrålning mot halsen hos 79-årig man med hypertoni. Frågeställning: aortastenos?"),
      ])],
    [("NL102", "n1")], [],
    "A referral question 'Frågeställning: aortastenos?' is a hedged diagnosis of the patient in visible text.")

C("s28nc_vg_diabfot_typo_misstnake_osteomyelit", "vgr", P("19510404-315"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_DIAB_NAL", "Anneli Sjögren", SSK,
      "2024-02-21T13:10", 35, [
          ("Sårstatus", "Sår under hö stortåns grundled, 1,5 x 1 cm, sondering ner till ben. Rodnad runt såret, lätt lukt."),
          ("Bedömning", "Misstnake om osteomyelit. Röntgen fot och odling tagna, diabetesfotteamets läkare ser pat i morgon."),
      ])],
    [("NL102", "n1")], [],
    "Typo case: 'Misstnake om' osteomyelitis under a diabetic foot ulcer in a visible assessment.")

C("s28nc_vg_telefon_susp_pneumoni", "vgr", P("19390213-182"), [
    N("n1", "Melior", "Telefonkontakt", "V_HSV_SU", "Therese Gustafsson", SSK,
      "2024-01-08T09:55", 15, [
          ("Telefonkontakt", "Hustrun ringer för pat med hjärtsvikt, feber 38,9 sedan i går, hostar gult och är mer andfådd. Susp. pneumoni, pat rekommenderas åka till akuten på Östra nu, hustrun kör."),
      ])],
    [("NL102", "n1")], [],
    "'Susp. pneumoni' in a phone contact from a heart-failure nurse line is visible.")

C("s28nc_vg_barn_trol_allergisk_astma", "vgr", P("20180715-241"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_BARN_NAL", "Jessica Blom", SSK,
      "2024-05-20T14:35", None, [
          ("Anamnes", "Flicka 5 år, hosta och pip varje gång hon leker med kusinens katt, astmaanfall i påskas krävde akutbesök."),
          ("Bedömning", "Trol. allergisk astma, pricktest bokat och Flutide med spacer insatt i samråd med barnläkaren."),
      ])],
    [("NL102", "n1")], [],
    "Hedged allergic asthma in a child under 13 in a visible VGR pediatric nurse note.")

C("s28nc_vg_typo_misstank_perifer_neuropati", "vgr", P("19640102-396"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_DIAB_MOL", "Ingrid Carlsson", SSK,
      "2024-06-06T15:05", 25, [
          ("Fotstatus", "Domningar i tårna nattetid. Monofilament uppfattas inte på två punkter hö fot."),
          ("Bedömning", "Misstänk perifer neuropati, diabetesläkaren bedömer vid nästa besök. Fotvårdsråd givna."),
      ])],
    [("NL102", "n1")], [],
    "Typo case: 'Misstänk' (dropped t) still hedges peripheral neuropathy.")

C("s28nc_vg_enalapril_misstankt_angioodem", "vgr", P("19580830-542"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_KUN", "Ahmad Nouri", LAK,
      "2024-03-19T18:10", 30, [
          ("Aktuellt", "Svullen underläpp och tunga sedan i morse, ingen klåda eller urtikaria. Enalapril sedan fem år för hypertoni."),
          ("Bedömning", "Misstänkt läkemedelsutlöst angioödem av ACE-hämmare. Enalapril sätts ut permanent och förs in som överkänslighet, byte till amlodipin."),
      ])],
    [("NL102", "n1")], [],
    "Suspected ACE-inhibitor angio-oedema is a hedged diagnosis in visible text.")

C("s28nc_vg_hypotyreos_avskrivs_typo", "vgr", P("19780921-465"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_MED_LID", "Agneta Persson", SSK,
      "2024-05-09T10:50", 20, [
          ("Provsvar", "TSH 2,1 och fritt T4 normalt vid omkontroll. Hypotyreos avskrvs, tröttheten tolkas som sömnbrist efter nattarbete."),
      ])],
    [], [("NL102", "n1")],
    "Typo case 'avskrvs': hypothyroidism is written off after normal tests.")

C("s28nc_vg_inget_som_talar_for_astma", "vgr", P("19880225-530"), [
    N("n1", "Melior", "Läkaranteckning", "V_LUNG_SKS", "Johan Fransson", LAK,
      "2024-02-27T14:00", 45, [
          ("Utredning", "Metakolintest negativt, FeNO 12 ppb, normal spirometri."),
          ("Bedömning", "Inget som talar för astma. Hostan relateras till postnasalt dropp vid kronisk rinit, nässpray Mometason prövas."),
      ])],
    [], [("NL102", "n1")],
    "'Inget som talar för astma' is a negation after a negative provocation test.")

C("s28nc_vg_dvt_uteslots", "vgr", P("19520518-423"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_AK_SAS", "Lena Backman", SSK,
      "2024-04-15T11:35", 20, [
          ("Aktuellt", "Förmaksflimmer på Eliquis. Vadsmärta vä i mars, DVT uteslöts med ultraljud på akuten. Nu besvärsfri."),
          ("Åtgärd", "Följsamhet genomgången, tar tabletterna morgon och kväll med dosett. Krea och Hb om ett halvår."),
      ])],
    [], [("NL102", "n1")],
    "Deep vein thrombosis was ruled out in the past ('uteslöts'); no hedged diagnosis remains.")

C("s28nc_vg_fragestallning_fran_pat_resa", "vgr", P("19630607-287"), [
    N("n1", "Melior", "Telefonkontakt", "V_AK_SAS", "Marie Johansson", SSK,
      "2024-06-17T13:30", 10, [
          ("Telefonkontakt", "Frågeställning från pat: kan han resa till Thailand i tre veckor med Waran? Råd om INR-kontroll innan avresa, undvika alkohol och nya läkemedel, samt ta med AK-kort. Mekanisk mitralisklaff."),
      ])],
    [], [("NL102", "n1")],
    "'Frågeställning' here introduces a patient's travel question, not a diagnosis.")

C("s28nc_vg_ev_24h_blodtryck", "vgr", P("19740811-310"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_MED_ALS", "Birgitta Sandell", SSK,
      "2024-02-05T09:15", 15, [
          ("Blodtryck", "Mottagningsblodtryck 152/94, hemma 132/84 i snitt enligt mätdagbok. Hypertoni, losartan 50 mg."),
          ("Planering", "Ev. 24-timmars blodtrycksmätning om hemvärdena stiger. Ingen ändring av medicinen."),
      ])],
    [], [("NL102", "n1")],
    "'Ev.' hedges a 24-hour blood-pressure measurement, which is a plan.")

C("s28nc_vg_pappa_misstankt_arftlig_njursjukdom", "vgr", P("19860129-247"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_FAL", "Nora Sandberg", LAK,
      "2024-03-27T15:15", 40, [
          ("Hereditet", "Pappan har i 60-årsåldern fått dialys, misstänkt ärftlig cystnjuresjukdom enligt hans läkare men inte genetiskt verifierad."),
          ("Aktuellt", "Pat har hypertoni sedan två år, BT 142/90 på candesartan 16 mg. Ultraljud njurar normalt för ett år sedan, krea 71."),
      ])],
    [], [("NL102", "n1")],
    "The suspected hereditary kidney disease is the father's, not the patient's.")

C("s28nc_vg_ej_misstanke_lungemboli", "vgr", P("19900423-382"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_KUN", "Ahmad Nouri", LAK,
      "2024-05-02T17:35", None, [
          ("Bedömning", "Astmaförsämring efter förkylning, saturation 97 %, puls 84 och Wells score 0. Ej misstanke om lungemobli. Prednisolonkur 5 dagar och tätare Airflusal."),
      ])],
    [], [("NL102", "n1")],
    "Typo case 'lungemobli': 'Ej misstanke om' negates pulmonary embolism in an asthma assessment.")

# ---- part 8: long charts, drafts and remaining ideas
C("s28nc_vg_lang_arskontroll_trolig_struma", "vgr", P("19570214-521"), [
    N("n1", "Melior", "Mottagningsanteckning", "V_DIAB_NAL", "Anneli Sjögren", SSK,
      "2024-03-04T08:30", 75, [
          ("Aktuellt", "Årskontroll typ 2-diabetes sedan 2009. Metformin 1 g x 2, Ozempic 1 mg 1 ggr/v, Tresiba 18 E. Mår överlag bra, promenerar med hunden 40 min om dagen. Inga känningar sedan förra kontrollen. Har slutat snusa i januari. Frågar om hon kan minska insulinet inför sommaren då hon brukar vara mer aktiv i trädgården."),
          ("Egenkontroll", "CGM-data 14 d: TIR 74 %, TBR 1 %, TAR 25 %. Medelglukos 8,6. Högst efter frukost."),
          ("Levnadsvanor", "Äter tre mål och ett mellanmål, fil med flingor och juice till frukost. Alkohol ett glas vin till helgen. Sover 7 h, vaknar utvilad. Fysisk aktivitet på recept från 2022 följs fortfarande, går i vattengympa på torsdagar med en väninna."),
          ("Läkemedelsgenomgång", "Enkel läkemedelsgenomgång utförd: atorvastatin 20 mg, ramipril 5 mg, Trombyl har satts ut av läkare 2023 då primärprevention. Inga biverkningar av Ozempic sedan illamåendet i början gick över. Pennteknik visad och korrekt."),
          ("Status", "Vikt 81,4 kg (-2,1), BMI 29,6. BT 134/78 hö arm sittande, puls 72 reg. Injektionsställen buk u.a., inga lipohypertrofier. Thyreoidea: palpabel, något förstorad och knölig, ej öm. Fötter: hel hud, pulsar palp. bilat., monofilament u.a., vibration u.a."),
          ("Lab", "HbA1c 53 (56), krea 74, eGFR >90, U-alb/krea 2,1, LDL 2,0, TSH 0,9."),
          ("Bedömning", "God metabol kontroll, något höga värden efter frukost. Thyreoidea knölig vid palpation, trolig multinodös struma, ultraljud hals beställt av dr Ali efter konsultation per telefon. Fotstatus riskgrupp 1."),
          ("Åtgärd", "Tresiba sänks till 16 E. Frukost med mindre flingor, mer protein, diskuterat. Ögonbottenfoto bokat maj. Förnyat recept på testmaterial och pennnålar."),
          ("Planering", "Ssk-besök om 6 mån, läkarbesök vid årskontrollen 2025. Ultraljudssvar kommenteras av läkare."),
      ])],
    [("NL102", "n1")], [],
    "Long annual diabetes chart: one hedged goitre ('trolig multinodös struma') in a visible Bedömning among routine lines.")

C("s28nc_sk_lang_hsv_ej_informerad_mitralis", "skane", P("19430605-379"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "S_HSV_MAL", "Ida Kronberg", SSK,
      "2024-05-15T13:00", 60, [
          ("Aktuellt", "Sjuksköterskeledd titrering nr 4 för hjärtsvikt med nedsatt EF sedan februari. Pat kommer med dottern. Mår bättre, kan nu gå till affären utan att stanna. Sover med en kudde. Ingen yrsel. Vikt hemma stabil 78–79 kg senaste två veckorna enligt dagbok."),
          ("Läkemedel", "Entresto 49/51 mg x 2, bisoprolol 5 mg, Forxiga 10 mg, spironolakton 25 mg, furosemid 20 mg vb. Tar allt via dosett som dottern fyller."),
          ("Status", "BT 112/68 sittande, 108/66 stående. Puls 66 reg. Sat 96 %. Inga halsvenstas. Lätt ankelödem vä, inga ödem hö. Pulm: vesikulärt bilat., inga rassel."),
          ("Lab", "Krea 98 (91), K 4,8 (4,5), Na 138, NT-proBNP 1 150 (2 600 i februari)."),
          ("Utredning", "Kontrollekokardiografin 2/5 visar EF 35 % och nu uttalad funktionell mitralisinsufficiens. Detta har pat inte informerats om, dr Nyberg vill själv ta det vid läkarbesöket 29/5 tillsammans med frågan om remiss för kateterburen klaffbehandling."),
          ("Egenvård", "Saltintag genomgånget igen, dottern lagar mat med mindre buljong. Vätska cirka 1,5 l/dygn. Vet när hon ska ta extra furosemid: vid viktökning över 2 kg på tre dagar. Promenerar 20 min dagligen med rollator."),
          ("Psykosocialt", "Änka sedan 2021, bor i lägenhet med hiss. Hemtjänst två gånger i veckan för städning och dusch. Dottern bor i samma stadsdel och hjälper med inköp."),
          ("Åtgärd", "Entresto höjs till 97/103 mg x 2. Bisoprolol oförändrat med tanke på BT. Krea och K om en vecka på vårdcentralen."),
          ("Planering", "Telefonkontakt efter provtagningen. Läkarbesök 29/5. Hjärtsviktsskola i höst har pat tackat ja till."),
      ])],
    [("NL101", "n1")], [],
    "Long heart-failure titration chart: severe mitral regurgitation is visible in Utredning with an explicit 'not informed'.")

C("s28nc_vg_lang_kol_kontroll_bara_skenhedgar", "vgr", P("19500917-258"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_LUNG_SU", "Elin Magnusson", SSK,
      "2024-04-08T10:00", 45, [
          ("Aktuellt", "Halvårskontroll KOL GOLD 3 grupp E. En exacerbation i januari som behandlades i hemmet med kortison och antibiotika. Sedan dess stabil. Går ut med rollator, klarar trappan till lägenheten med en vilopaus. Mamman hade trolig astma men fick aldrig någon diagnos."),
          ("Status", "Sat 93 % i vila, 89 % efter 6 minuters gångtest på 310 m. Andningsfrekvens 18. Inga tecken på cor pulmonale, inga bensvullnader. Ingen misstanke om pneumoni, afebril och lungljud som vanligt med förlängt exspirium."),
          ("Läkemedel", "Trimbow 2 x 2, Ventoline vb 2–3 ggr/dag. Inhalationsteknik kontrollerad och godkänd."),
          ("Åtgärd", "Egenvårdsplan uppdaterad, ny reservkur utskriven av dr Forsberg. Fått broschyr om andningsteknik och energibesparing."),
          ("Information", "Om feber, ökad mängd missfärgade upphostningar eller kraftigt ökad andfåddhet ska pat starta reservkuren och ringa mottagningen samma dag, vid andnöd i vila 112."),
          ("Planering", "Ev. bedömning av arbetsterapeut för hjälpmedel i hemmet, pat funderar. Ev. blodgas vid nästa kontroll om saturationen fortsätter sjunka. Influensavaccin i oktober. Återbesök om 6 mån."),
      ])],
    [], [("NL102", "n1")],
    "Long COPD chart whose only hedges are a relative's disease, negated findings, a conditional and planned actions.")

C("s28nc_vg_barn_celiaki_familjen_ej_informerad", "vgr", P("20131124-162"), [
    N("n1", "Melior", "Läkaranteckning", "V_BDIAB_DSB", "Anders Wikander", LAK,
      "2024-05-14T15:30", None, [
          ("PAD", "Duodenalbiopsier: totalatrofi av villi, Marsh 3c. Celiaki verifierad hos flicka med typ 1-diabetes."),
          ("Planering", "Varken flickan eller föräldrarna har informerats ännu. Undertecknad ringer föräldrarna i morgon och dietistbesök bokas."),
      ])],
    [("NL101", "n1")], [],
    "Unsigned draft: biopsy-verified coeliac disease visible while neither child (under 13) nor guardians are told.")

C("s28nc_vg_als_ovetande_om_diagnosen", "vgr", P("19420303-293"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_ALS", "Ahmed Yousef", LAK,
      "2024-04-05T16:45", None, [
          ("Bedömning", "Bisköldkörtelskintigrafi visar adenom vä nedre körtel, primär hyperparatyreoidism fastställd hos pat med hypertoni och njursten. Pat är ännu ovetande om diagnosen eftersom hon vistas hos sin syster i Spanien."),
          ("Planering", "Remiss endokrinkirurgen skickas när pat är hemma och informerad."),
      ])],
    [("NL101", "n1")], [],
    "Unsigned VGR draft: confirmed hyperparathyroidism visible while the patient is 'ovetande om diagnosen'.")

C("s28nc_sk_diab_hemokromatos_ej_meddelats", "skane", P("19690512-399"), [
    N("n1", "Melior", "Läkaranteckning", "S_DIAB_KRI", "Ibrahim Khalil", LAK,
      "2024-02-19T14:30", None, [
          ("Provsvar", "HFE-genotyp C282Y homozygot, ferritin 1 240, transferrinmättnad 82 %."),
          ("Bedömning", "Hereditär hemokromatos som förklaring till diabetes och förhöjda levervärden. Pat har ännu inte meddelats provsvaret, besked ges vid besöket 26/2 då också blodtappning planeras."),
      ])],
    [("NL101", "n1")], [],
    "Unsigned Skåne draft with confirmed haemochromatosis stated visibly and not yet communicated.")

C("s28nc_vg_misstankt_felaktig_inhalationsteknik", "vgr", P("19830716-446"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_LUNG_SKS", "Karin Lövgren", SSK,
      "2024-01-31T13:45", 20, [
          ("Aktuellt", "Astma, ACT 16. Använder Ventoline nästan dagligen."),
          ("Bedömning", "Misstänkt felaktig inhalationsteknik med Symbicort Turbuhaler, andas ut i inhalatorn och inandningen är för svag. Instruerad och får prova In-Check idag."),
      ])],
    [], [("NL102", "n1")],
    "'Misstänkt' qualifies a faulty inhaler technique, which is no diagnosis.")

C("s28nc_vg_villkor_kan_vara_lunginflammation", "vgr", P("19340627-321"), [
    N("n1", "Melior", "Telefonkontakt", "V_MED_FAL", "Sanna Eriksson", SSK,
      "2024-06-24T09:05", 10, [
          ("Telefonkontakt", "Pat med hjärtsvikt ringer om förkylning sedan tre dagar, afebril, ingen ökad andfåddhet, vikten oförändrad. Skulle hon få feber och tilltagande hosta kan det vara lunginflammation och då ska hon ringa igen eller 1177."),
      ])],
    [], [("NL102", "n1")],
    "Pneumonia is raised only as a hypothetical ('skulle hon få feber ... kan det vara') in safety-net advice.")

C("s28nc_vg_fal_sannolik_ortostatisk_hypotension", "vgr", P("19380119-284"), [
    N("n1", "Melior", "Läkaranteckning", "V_MED_FAL", "Nora Sandberg", LAK,
      "2024-02-12T11:10", 45, [
          ("Aktuellt", "Två fall i hemmet senaste månaden, båda när han reser sig från soffan. Typ 2-diabetes sedan 30 år, fyra blodtrycksläkemedel."),
          ("Status", "BT liggande 152/84, efter 3 min stående 118/70 med yrsel. Puls oförändrad 70."),
          ("Bedömning", "Sannolik ortostatisk hypotension, möjligen med autonom neuropati som bidragande orsak. Doxazosin sätts ut."),
      ])],
    [("NL102", "n1")], [],
    "'Sannolik' orthostatic hypotension in a visible Melior note, the same idea that stays silent in PMO.")

C("s28nc_sk_trb_diagnos_sokord_misst_hyperparatyreoidism", "skane", P("19470813-208"), [
    N("n1", "Melior", "Mottagningsanteckning", "S_MED_TRB", "Anders Malm", LAK,
      "2024-03-28T13:25", 35, [
          ("Diagnos", "Hypertoni I10. Misstänkt primär hyperparatyreoidism."),
          ("Lab", "Joniserat Ca 1,44, PTH 9,8 pmol/l, krea normalt."),
          ("Planering", "Ultraljud hals och DXA beställda, återbesök med svar."),
      ])],
    [("NL102", "n1")], [],
    "A suspected diagnosis written in the Diagnos sökord of a Melior note is visible.")

C("s28nc_vg_troligen_mer_andfadd", "vgr", P("19470430-253"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_HSV_SU", "Therese Gustafsson", SSK,
      "2024-05-29T14:20", 20, [
          ("Aktuellt", "Hjärtsvikt EF 45 %. Troligen något mer andfådd i backar än i vintras enligt pat, i övrigt oförändrad. Vikt stabil, inga ödem."),
          ("Åtgärd", "Gått igenom varningstecken vid försämring. Fortsatt samma behandling, ssk-kontakt om tre månader."),
      ])],
    [], [("NL102", "n1")],
    "'Troligen' hedges a symptom (breathlessness) in a patient with known heart failure.")

C("s28nc_vg_kun_ev_depression", "vgr", P("19650920-388"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_MED_KUN", "Camilla Hedberg", SSK,
      "2024-04-25T10:40", 35, [
          ("Aktuellt", "Typ 1-diabetes. HbA1c stigit från 58 till 74. Berättar om nedstämdhet sedan separationen i höstas, sover dåligt och orkar inte räkna kolhydrater."),
          ("Bedömning", "PHQ-9 16 poäng. Ev. depression som påverkar egenvården, tid hos läkare nästa vecka och kontakt med kurator erbjuden."),
      ])],
    [("NL102", "n1")], [],
    "'Ev. depression' is a hedged diagnosis of the patient in a diabetes nurse's visible assessment.")

C("s28nc_vg_ej_informerad_om_risk_tidigare", "vgr", P("19720314-571"), [
    N("n1", "Melior", "Sjuksköterskeanteckning", "V_DIAB_MOL", "Ingrid Carlsson", SSK,
      "2024-03-18T09:50", 25, [
          ("Aktuellt", "Typ 2-diabetes, Jardiance insatt på vårdcentralen i december."),
          ("Information", "Pat hade inte blivit informerad om risken för ketoacidos vid magsjuka och fasta med Jardiance. Gått igenom sjukdagsregler idag och gett skriftlig information."),
      ])],
    [], [("NL101", "n1")],
    "What had not been told was a drug risk, not a diagnosis, and it was told today.")

# =========================================================================== end of data


# --------------------------------------------------------------------------- validation
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def validate(cases):
    errs = []
    names = set()
    sent_seen = {}
    whys = set()
    for c in cases:
        nm = c["case"]
        if nm in names:
            errs.append(f"{nm}: duplicate case name")
        names.add(nm)
        if not nm.startswith("s28nc_"):
            errs.append(f"{nm}: name prefix")
        if list(c.keys()) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            errs.append(f"{nm}: keys")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{nm}: ruleset")
        if not c["why"].strip() or c["why"] in whys:
            errs.append(f"{nm}: empty or repeated why")
        whys.add(c["why"])
        rec = c["record"]
        if list(rec.keys()) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            errs.append(f"{nm}: record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(f"{nm}: non-empty events/conversations/treatments")
        pid = rec["patient"]["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            errs.append(f"{nm}: personnummer format {pid}")
            continue
        if luhn_digit(pid[2:8] + pid[9:12]) != int(pid[12]):
            errs.append(f"{nm}: Luhn {pid}")
        try:
            birth = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            errs.append(f"{nm}: bad birth date {pid}")
            continue
        if rec["patient"]["birth_date"] != birth.isoformat():
            errs.append(f"{nm}: birth_date mismatch")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append(f"{nm}: as_of not 2024")
        a = age_on(birth, as_of.date())
        if 13 <= a <= 15 or a < 0:
            errs.append(f"{nm}: patient age {a}")
        ids = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append(f"{nm}: note keys")
            if n["id"] in ids:
                errs.append(f"{nm}: duplicate note id {n['id']}")
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append(f"{nm}: system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{nm}: VGR note not Melior")
            if n["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append(f"{nm}: PMO outside Skåne")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                errs.append(f"{nm}: note time {n['time']}")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append(f"{nm}: signed {n['signed']}")
            if not n["sections"]:
                errs.append(f"{nm}: no sections")
            uname, hsa = n["unit"]["name"], n["unit"]["hsa_id"]
            region_ok = hsa.startswith("SE2321000255") if c["ruleset"] == "skane" else hsa.startswith("SE2321000131")
            if not region_ok:
                errs.append(f"{nm}: unit {uname} not in region")
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    errs.append(f"{nm}: empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sent_seen and sent_seen[sent] != (nm, n["id"], sec["keyword"]):
                            errs.append(f"{nm}: repeated sentence (also in {sent_seen[sent][0]}): {sent}")
                        sent_seen.setdefault(sent, (nm, n["id"], sec["keyword"]))
        pairs = set()
        if not c["must"] and not c["must_not"]:
            errs.append(f"{nm}: asserts nothing")
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append(f"{nm}: unexpected code {code}")
                if target not in ids:
                    errs.append(f"{nm}: target {target} missing")
                    continue
                if (code, target) in pairs:
                    errs.append(f"{nm}: {code} {target} asserted twice")
                pairs.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append(f"{nm}: NL102 must on non-Melior note")
                if code == "NL101" and sysname == "PMO":
                    errs.append(f"{nm}: NL101 asserted on PMO")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev173_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
