#!/usr/bin/env python3
"""Independent test set s28p_: Swedish pain clinic, rehabilitation medicine and
occupational health notes, annotated for NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Region Skåne, hospital care (Melior)
    "sk_smarta_lund": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-4417", "Melior", "skane"),
    "sk_smarta_malmo": ("Smärtmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4428", "Melior", "skane"),
    "sk_smarta_csk": ("Smärtenheten, Centralsjukhuset Kristianstad", "SE2321000255-5103", "Melior", "skane"),
    "sk_rehab_orup": ("Rehabiliteringsmedicinska kliniken, Orups sjukhus Höör", "SE2321000255-6032", "Melior", "skane"),
    "sk_rms_lund": ("Ryggmärgsskadeenheten, Rehabiliteringsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-6047", "Melior", "skane"),
    "sk_postcovid_hbg": ("Postcovidmottagningen, Rehabiliteringsmedicin, Helsingborgs lasarett", "SE2321000255-6211", "Melior", "skane"),
    "sk_amm_lund": ("Arbets- och miljömedicin Syd, Lund", "SE2321000255-7305", "Melior", "skane"),
    "sk_barnsmarta": ("Barnsmärtteamet, Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-3390", "Melior", "skane"),
    "sk_rehab_ystad": ("Rehabiliteringsmottagningen, Lasarettet i Ystad", "SE2321000255-6120", "Melior", "skane"),
    "sk_ortoped_hlm": ("Handkirurgiska mottagningen, Hässleholms sjukhus", "SE2321000255-2981", "Melior", "skane"),
    # Region Skåne, primary care (PMO)
    "sk_vc_karrakra": ("Rehabenheten, Vårdcentralen Kärråkra Eslöv", "SE2321000255-8841", "PMO", "skane"),
    "sk_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-8856", "PMO", "skane"),
    "sk_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-8802", "PMO", "skane"),
    "sk_vc_landskrona": ("Rehab Väster, Vårdcentralen Landskrona", "SE2321000255-8877", "PMO", "skane"),
    # Västra Götalandsregionen (Melior)
    "vg_smarta_su": ("Smärtcentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E44012", "Melior", "vgr"),
    "vg_rehab_hogsbo": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset/Högsbo", "SE2321000131-E44150", "Melior", "vgr"),
    "vg_rms_su": ("Ryggmärgsskadeenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E44177", "Melior", "vgr"),
    "vg_ism": ("Institutet för stressmedicin, Göteborg", "SE2321000131-E71203", "Melior", "vgr"),
    "vg_amm": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E45301", "Melior", "vgr"),
    "vg_smarta_sks": ("Smärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E20418", "Melior", "vgr"),
    "vg_rehab_nu": ("Rehabiliteringsmedicin, NU-sjukvården Uddevalla", "SE2321000131-E30522", "Melior", "vgr"),
    "vg_postcovid_sas": ("Postcovidmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E50619", "Melior", "vgr"),
    "vg_rehab_kungalv": ("Rehabiliteringsmottagningen, Kungälvs sjukhus", "SE2321000131-E60133", "Melior", "vgr"),
    "vg_smarta_alingsas": ("Smärtrehab, Alingsås lasarett", "SE2321000131-E61207", "Melior", "vgr"),
    "vg_barnsmarta": ("Smärtteamet, Drottning Silvias barnsjukhus", "SE2321000131-E47720", "Melior", "vgr"),
}


def _ts(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'."""
    return s.replace(" ", "T") + ":00"


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      signed="+40", setting="öppenvård", refs=None):
    """Build one note. signed: '+MIN' after time, 'YYYY-MM-DD HH:MM', or None."""
    name, hsa, system, _region = UNITS[unit]
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        sg = None
    elif signed.startswith("+"):
        sg = (t + datetime.timedelta(minutes=int(signed[1:]))).strftime("%Y-%m-%dT%H:%M:%S")
    else:
        sg = _ts(signed)
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": _ts(time),
        "signed": sg,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
        "_unit_key": unit,
    }


CASES = []


def C(name, ruleset, pnr, notes, must, must_not, why, as_of=None):
    CASES.append({"case": name, "ruleset": ruleset, "pnr": pnr, "notes": notes,
                  "must": must, "must_not": must_not, "why": why, "as_of": as_of})


# ====================================================================== cases
# ---------------------------------------------------------------- part 1
C("s28p_crps_misstankt_vanster_hand", "skane", "19710614-3428",
  [N("n1", "sk_smarta_malmo", "Helena Strand", "läkare", "2024-02-12 10:15", [
      ("Anamnes", "Remiss från ortopeden. 52-årig kvinna som opererades med volar platta för distal radiusfraktur vä i november. "
                  "Sedan dess tilltagande brännande värk i hela handen, svullnad och färgskiftningar. "
                  "Klarar inte att bära ringar. Sover dåligt p.g.a. smärtan."),
      ("Status", "Vä hand blåröd och glansig, ödem över handryggen. Allodyni vid lätt beröring dig II–V. "
                 "Vä hand palpatoriskt kallare än hö. Nedsatt ROM i handled och MCP-leder."),
      ("Bedömning", "Misstänkt CRPS typ 1 vä hand efter fraktur och operation. "
                    "Flera av Budapestkriterierna uppfyllda, temperaturmätning saknas ännu. "
                    "Tät handrehab via arbetsterapeut, provar amitriptylin 10 mg till natten."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "suspected CRPS (misstänkt) in the visible Bedömning of a Skåne Melior doctor's note; nothing about telling")

C("s28p_fysio_talar_for_fibromyalgi", "vgr", "19840302-1580",
  [N("n1", "vg_smarta_su", "Jonas Ek", "fysioterapeut", "2024-03-05 13:30", [
      ("Aktuellt", "Första fysioterapeutiska bedömning inom teamutredningen. Generaliserad värk sedan ca 4 år, värst i nacke, skuldror och höfter. "
                   "Trötthet, vaknar ej utvilad."),
      ("Status", "Palpationsöm över trapezius, epicondylus lat och trochanter major bilat. Rörlighet i columna u.a. "
                 "6MWT 410 m, Borg 15 vid avslut."),
      ("Bedömning", "Smärtbilden talar för fibromyalgi, läkarbedömning återstår. Låg fysisk kapacitet och uttalad rörelserädsla."),
      ("Planering", "Bassängträning 2 ggr/v under 8 veckor, åter för utvärdering i april."),
  ], template="Fysioterapeutanteckning")],
  [["NL102", "n1"]], [],
  "physiotherapist writes 'talar för fibromyalgi' in visible Bedömning (VGR Melior)")

C("s28p_ingen_misstanke_crps_fotled", "skane", "19930918-6170",
  [N("n1", "sk_smarta_csk", "Ali Rahimi", "läkare", "2024-04-08 09:40", [
      ("Bedömning", "Kvarstående belastningssmärta hö fotled 4 mån efter inversionsvåld. "
                    "Ingen misstanke om CRPS: symmetrisk hudtemperatur och färg, ingen allodyni eller svullnad. "
                    "Bedöms som utdragen ligamentskada, remitteras för balans- och styrketräning."),
  ])],
  [], [["NL102", "n1"]],
  "CRPS is explicitly negated ('Ingen misstanke om'); the remaining diagnosis is stated without hedge")

C("s28p_mamma_trolig_fibromyalgi", "vgr", "19900127-2443",
  [N("n1", "vg_rehab_hogsbo", "Maria Lund", "läkare", "2024-01-23 14:00", [
      ("Anamnes", "Hereditet: mamma har trolig fibromyalgi men har aldrig utretts, morbror har Bechterew. "
                  "Själv frisk tidigare. Ländryggsvärk sedan lyft på lagerjobbet i höstas."),
      ("Status", "Lasègue neg bilat. Reflexer lika, ingen pares. Palpationsömhet paravertebralt L4–S1."),
      ("Bedömning", "Ospecifik lumbago utan neurologiska bortfall. Ryggskola och gradvis ökad belastning."),
  ])],
  [], [["NL102", "n1"]],
  "the only hedged diagnosis belongs to the mother (hereditet), not the patient")

C("s28p_pmo_trolig_impingement", "skane", "19670811-3615",
  [N("n1", "sk_vc_karrakra", "Elin Persson", "fysioterapeut", "2024-05-14 08:30", [
      ("Status", "Smärtbåge 70–120 grader hö axel, pos Hawkins och Jobe. Full passiv ROM."),
      ("Bedömning", "Trolig subakromiell impingement hö axel, arbetar med händerna ovanför huvudhöjd som målare."),
      ("Åtgärd", "Hemprogram med excentrisk rotatorcuffträning, ergonomiråd. Åter om 3 v."),
  ], template="Fysioterapi")],
  [], [["NL102", "n1"]],
  "hedged diagnosis in a PMO note: PMO never shows diagnoses")

C("s28p_tidiga_hyp_mall_ms_skane", "skane", "19860420-5289",
  [N("n1", "sk_smarta_lund", "Olof Bengtsson", "läkare", "2024-03-18 16:10", [
      ("Bedömning", "Domningar vä ben, Lhermitte-fenomen och en episod med dimsyn hö öga 2022. "
                    "Misstänkt MS snarare än smärtsyndrom. MR hjärna och halsrygg beställd. "
                    "Hypotesen är ännu inte kommunicerad med pat, tas upp när MR-svar finns."),
  ], template="Tidiga hypoteser")],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Skåne: hedged, untold MS hypothesis written in the protected template Tidiga hypoteser")

C("s28p_vgr_th_sokord_bipolar", "vgr", "19780905-2173",
  [N("n1", "vg_smarta_su", "Sara Holmberg", "läkare", "2024-02-27 11:20", [
      ("Anamnes", "Långvarig nacksmärta efter whiplashvåld 2019. Periodvis mycket energi och lite sömn, därefter djupa dalar."),
      ("Tidiga hypoteser", "Kan ej utesluta bakomliggande bipolär sjukdom typ II som påverkar smärtupplevelsen. "
                           "Diskuteras med psykiatrikonsult innan det tas upp med pat."),
      ("Planering", "Fortsatt TENS, ny tid hos teamets psykolog om 2 veckor."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "VGR: the hedged and untold hypothesis sits only under sökord Tidiga hypoteser; visible sections have none")

C("s28p_syrinx_mr_ej_informerad", "vgr", "19690713-8371",
  [N("n1", "vg_rms_su", "Anders Wikström", "läkare", "2024-05-07 10:05", [
      ("Aktuellt", "Komplett ryggmärgsskada Th6 (AIS A) sedan MC-olycka 2015. Nytillkomna stickningar i hö hand."),
      ("Utredning", "MR hals- och bröstrygg 6/5: syrinx från C5 till Th4, tydlig progress jämfört med 2021."),
      ("Planering", "Pat ej informerad om MR-svaret ännu. Resultatet tas upp vid besöket 13/5 tillsammans med neurokirurg."),
  ], template="Mottagningsanteckning")],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "confirmed syrinx on MR in visible Utredning while Planering says the patient is not yet informed")

C("s28p_fibromyalgi_meddelad_idag", "skane", "19750203-7661",
  [N("n1", "sk_rehab_orup", "Petra Sjöberg", "läkare", "2024-06-04 13:45", [
      ("Bedömning", "Uppfyller ACR-kriterierna 2016 med WPI 12 och SSS 8. Fibromyalgi, M79.7."),
      ("Information", "Diagnosen meddelad pat idag. Hon hade läst på och upplever lättnad över att besvären har ett namn."),
      ("Planering", "Inskrivning i multimodalt rehabprogram, start v.36."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "confirmed fibromyalgia diagnosis that the patient was told today")

C("s28p_wad_ej_informerad_startdatum", "vgr", "19950511-9033",
  [N("n1", "vg_rehab_nu", "Lina Karlsson", "arbetsterapeut", "2024-08-20 09:00", [
      ("Aktuellt", "WAD grad II efter påkörning bakifrån i mars 2023, fortsatt nackvärk och koncentrationssvårigheter vid skärmarbete."),
      ("Planering", "Teamrehab planeras men pat är ej informerad om startdatum då gruppen inte är fastställd. "
                    "Återkommer per brev."),
  ], template="Arbetsterapeutanteckning")],
  [], [["NL101", "n1"]],
  "what the patient has not been told is a start date, not a diagnosis")

C("s28p_ism_sannolikt_utmattning", "vgr", "19810829-4805",
  [N("n1", "vg_ism", "Karin Åhlén", "psykolog", "2024-09-10 14:30", [
      ("Bakgrund", "Förskollärare, sjukskriven 100 % sedan juni efter lång period av hög arbetsbelastning och omorganisation."),
      ("Testresultat", "KEDS 34. HAD ångest 11, depression 9. Uttalade kognitiva besvär med minnesluckor i vardagen."),
      ("Bedömning", "Sannolikt utmattningssyndrom (F43.8A), samtidig depressiv episod kan inte helt uteslutas. "
                    "Läkarbedömning på fredag."),
  ], template="Psykologanteckning")],
  [["NL102", "n1"]], [],
  "psychologist's 'sannolikt utmattningssyndrom' in a visible Bedömning (VGR Melior)")

C("s28p_ev_remiss_scs_plan", "skane", "19580122-1192",
  [N("n1", "sk_smarta_malmo", "Fredrik Olsson", "läkare", "2024-10-02 15:00", [
      ("Aktuellt", "Känd lumbal radikulopati L5 hö efter diskbråcksoperation 2019, fortsatt neuropatisk bensmärta."),
      ("Planering", "Ev. remiss till neurokirurg för ställningstagande till ryggmärgsstimulering. "
                    "Trolig dosökning av pregabalin till 150 mg x 2 om yrseln tillåter. Ny kontroll om 6 veckor."),
  ])],
  [], [["NL102", "n1"]],
  "the hedges concern a referral and a dose change; the diagnosis itself is known and stated")

C("s28p_typo_missankt_havs", "skane", "19640309-5331",
  [N("n1", "sk_amm_lund", "Gustav Ahlqvist", "läkare", "2024-03-26 10:30", [
      ("Exponering", "Bergarbetare sedan 30 år, daglig användning av bergborr och mejselhammare, uppskattad A(8) över 4 m/s²."),
      ("Status", "Vita fingrar dig II–IV bilat vid kyla enligt fotodokumentation. Tvåpunktsdiskrimination nedsatt i fingertoppar."),
      ("Bedömning", "Missänkt hand-armvibrationsskada med både vasospastisk och neurosensorisk komponent. "
                    "Kompletterar med kyltest och neurografi innan arbetsskadeintyg skrivs."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Missänkt') before a vibration injury diagnosis in a visible section")

C("s28p_postcovid_mojlig_pots", "skane", "19990116-7024",
  [N("n1", "sk_postcovid_hbg", "Noor Ibrahim", "läkare", "2024-01-30 13:15", [
      ("Anamnes", "Covid-19 i november 2022. Sedan dess hjärtklappning och yrsel när hon står upp, måste sätta sig i kassakön."),
      ("Status", "Aktivt ståtest: puls 68 liggande, 106 efter 10 min stående, BT stabilt. EKG sinusrytm."),
      ("Bedömning", "Möjlig POTS som del av postcovidtillståndet. Vätske- och saltintag, kompressionsstrumpor, remiss till fysiologen för tilt-test."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "'Möjlig POTS' after covid in a visible Bedömning of a Skåne Melior note")

C("s28p_pmo_dd_hypotyreos", "skane", "19620725-4480",
  [N("n1", "sk_vc_sjobo", "Björn Hedlund", "läkare", "2024-02-19 11:00", [
      ("Bedömning", "Värk i muskler och leder, trötthet och frusenhet. DD fibromyalgi respektive hypotyreos. TSH och T4 tas idag."),
  ], template="Besöksanteckning")],
  [], [["NL102", "n1"]],
  "differential diagnoses written in a PMO note, which never shows diagnoses")
# ---------------------------------------------------------------- part 2
C("s28p_neurografi_kts_ej_besked", "skane", "19700604-2555",
  [N("n1", "sk_amm_lund", "Eva Rydén", "läkare", "2024-04-16 14:20", [
      ("Utredning", "Neurografi 10/4: bilateralt karpaltunnelsyndrom, uttalat hö med förlängd distal latens. "
                    "Montör på monteringslina med repetitiva grepp sedan 2008."),
      ("Planering", "Pat har ännu inte fått besked om undersökningsresultatet, det ges vid återbesök 23/4 då även arbetsskadeanmälan diskuteras."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "neurography-confirmed carpal tunnel syndrome stands visible while the note says the patient has not been told")

C("s28p_utmattning_meddelas_efter_team", "vgr", "19790117-3729",
  [N("n1", "vg_ism", "Mikael Fors", "läkare", "2024-04-03 10:00", [
      ("Diagnos", "Utmattningssyndrom F43.8A."),
      ("Planering", "Diagnosen ska inte meddelas pat förrän teamkonferensen 12/4 är genomförd. Sjukintyg förlängs t.o.m. 30/4."),
  ])],
  [["NL101", "n1"]], [],
  "settled exhaustion diagnosis in Diagnos while Planering says it must not be told before the team conference")

C("s28p_b12_brist_ssk_ringer_imorgon", "skane", "19880930-6841",
  [N("n1", "sk_postcovid_hbg", "Linnea Mårtensson", "läkare", "2024-02-08 16:40", [
      ("Lab", "Kobalamin 96 pmol/L, holo-TC under referens. Hb 118."),
      ("Bedömning", "Uttalad B12-brist, behandlingskrävande. Startar injektioner Betolvex."),
      ("Information", "Provsvaret och diagnosen är ännu inte kommunicerade till pat, ssk ringer henne imorgon förmiddag."),
  ])],
  [["NL101", "n1"]], [],
  "B12 deficiency stated as established and the note says it is not yet communicated to the patient")

C("s28p_typo_ej_infomerad_kotkompression", "vgr", "19480812-9029",
  [N("n1", "vg_smarta_sks", "Hanna Grip", "läkare", "2024-07-02 11:50", [
      ("Utredning", "DT ländrygg: osteoporotisk kotkompression L1 med ca 30 % höjdreduktion, ingen retropulsion."),
      ("Åtgärd", "Pat ej infomerad om fyndet, ringer upp henne efter ronden. Remiss till osteoporosmottagningen."),
  ])],
  [["NL101", "n1"]], [],
  "typo 'infomerad': confirmed vertebral compression fracture in a visible section, patient not yet told")

C("s28p_diskbrack_besked_forra_besoket", "vgr", "19830223-5190",
  [N("n1", "vg_rehab_kungalv", "Tobias Lindgren", "fysioterapeut", "2024-04-22 08:15", [
      ("Aktuellt", "Pat fick besked om diskbråcket L4–L5 av ortopeden vid besöket 3/4 och har nu frågor om träning."),
      ("Åtgärd", "McKenzie-baserade övningar, genomgång av lyftteknik. Gångträning 30 min dagligen."),
  ], template="Fysioterapeutanteckning")],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "the disc herniation was told to the patient at an earlier visit")

C("s28p_normalt_emg_ej_underrattad", "skane", "19910408-1469",
  [N("n1", "sk_smarta_csk", "Johan Törnqvist", "läkare", "2024-05-21 15:25", [
      ("Utredning", "EMG och neurografi övre extremiteter utan patologiska fynd."),
      ("Planering", "Pat ej underrättad om svaret än, hon nås inte på telefon idag. Nytt försök i morgon, därefter brev."),
  ])],
  [], [["NL101", "n1"]],
  "the result the patient has not heard yet is a normal one, not a diagnosis")

C("s28p_sambo_ej_informerad_rms", "vgr", "19970612-2281",
  [N("n1", "vg_rms_su", "Ingrid Bäck", "läkare", "2024-06-18 13:00", [
      ("Aktuellt", "Dag 40 efter hopp från klippa vid badplats. Komplett ryggmärgsskada Th10, AIS A, ingen återhämtning under vårdtiden."),
      ("Information", "Pat informerad idag om att skadan bedöms som bestående och att gångförmåga inte kan förväntas. "
                      "Hon vill själv berätta för sin sambo, som därför inte informeras av personalen i nuläget."),
  ], template="Läkaranteckning", setting="slutenvård")],
  [], [["NL101", "n1"]],
  "the patient was told; only the partner is not to be told by staff")

C("s28p_vid_misstanke_om_trycksar", "skane", "19650301-7151",
  [N("n1", "sk_rms_lund", "Camilla Nord", "sjuksköterska", "2024-03-11 07:30", [
      ("Omvårdnad", "Inkomplett ryggmärgsskada C5 sedan 2021. Vändschema var 3:e timme natt, hudinspektion morgon och kväll. Huden hel över sacrum och hälar."),
      ("Planering", "Vid misstanke om trycksår ska ssk kontaktas direkt och foto tas enligt rutin. Om feber eller frossa, kontrollera urinen."),
  ], template="Omvårdnadsanteckning", setting="slutenvård")],
  [], [["NL102", "n1"]],
  "conditional instructions ('Vid misstanke om trycksår', 'Om feber') are no hedged diagnosis of the patient")

C("s28p_diagnosrad_fragetecken_heds", "vgr", "20010924-1083",
  [N("n1", "vg_smarta_su", "Per Hallberg", "läkare", "2024-10-15 09:30", [
      ("Anamnes", "Ledvärk sedan tonåren, upprepade subluxationer i axlar och knän. Blåmärken lätt."),
      ("Status", "Beighton 7/9. Tunn, töjbar hud över underarmar. Atrofiska ärr på knäna."),
      ("Diagnos", "?Hypermobilt Ehlers-Danlos syndrom (hEDS)"),
      ("Planering", "Remiss till klinisk genetik. Fysioterapi med stabilitetsträning."),
  ])],
  [["NL102", "n1"]], [],
  "a leading question mark on a diagnosis in the visible Diagnos section")

C("s28p_typo_tolig_fibromyalgi_ystad", "skane", "19770510-7824",
  [N("n1", "sk_rehab_ystad", "Kristoffer Lagerlöf", "läkare", "2024-11-06 10:45", [
      ("Bedömning", "Tolig fibromyalgi med kraftig sömnstörning som förstärkande faktor. Utreds vidare i teamet innan diagnos sätts."),
      ("Åtgärd", "Sömnskola via arbetsterapeut, KBT-I på 1177. Lab: CK, SR, TSH, D-vitamin."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Tolig' for trolig) before fibromyalgia in a visible Bedömning")

C("s28p_spinal_stenos_kan_ej_uteslutas", "vgr", "19520715-6737",
  [N("n1", "vg_smarta_sks", "Erik Söderlund", "läkare", "2024-03-14 14:10", [
      ("Anamnes", "Tilltagande smärta i båda benen vid promenad, måste stanna efter ca 300 m och luta sig framåt. Cyklar utan besvär."),
      ("Status", "Perifera pulsar palpabla. Reflexer symmetriska men svaga, sensibilitet u.a."),
      ("Bedömning", "Lumbal spinal stenos kan ej uteslutas. MR ländrygg beställd."),
  ])],
  [["NL102", "n1"]], [],
  "'kan ej uteslutas' after lumbar spinal stenosis in a visible Bedömning (VGR)")

C("s28p_misstankt_heterotop_ossifikation", "skane", "19860204-3914",
  [N("n1", "sk_rms_lund", "Magnus Hägg", "läkare", "2024-09-03 11:00", [
      ("Aktuellt", "Vecka 7 av primärrehabilitering efter trafikolycka med inkomplett ryggmärgsskada Th4, AIS B."),
      ("Status", "Hö höft: svullnad och värmeökning lateralt, flexion passivt begränsad till 80 grader, var 110 grader för två veckor sedan. "
                 "Vadomfång lika bilat. Afebril."),
      ("Lab", "CRP 34, ALP 210."),
      ("Bedömning", "Misstänkt heterotop ossifikation hö höft. DVT mindre sannolikt då vaderna är normala, men UL görs för säkerhets skull. "
                    "Slätröntgen höft och skelettscintigrafi beställda."),
      ("Planering", "Försiktig passiv rörelseträning, ingen forcering. Indometacin diskuteras med ortoped."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [],
  "suspected heterotopic ossification in an inpatient spinal cord injury note")

C("s28p_ra_avskrivs_serologi", "vgr", "19680419-0244",
  [N("n1", "vg_rehab_hogsbo", "Anneli Strömberg", "läkare", "2024-05-29 09:20", [
      ("Bedömning", "Misstanken om reumatoid artrit avskrivs: anti-CCP och RF negativa, ingen synovit vid ultraljud av händerna. "
                    "Smärtan bedöms i stället som ett långvarigt generaliserat smärttillstånd."),
  ])],
  [], [["NL102", "n1"]],
  "a suspicion that is explicitly dismissed ('avskrivs') is not a hedged diagnosis")

C("s28p_tarsaltunnel_bild_som_vid", "skane", "19800623-4192",
  [N("n1", "sk_smarta_lund", "Sofie Hammar", "läkare", "2024-08-27 13:35", [
      ("Status", "Tinel positivt bakom mediala malleolen vä. Nedsatt sensibilitet i fotsulan medialt, ingen atrofi."),
      ("Bedömning", "Bild som vid tarsaltunnelsyndrom vä. Neurografi beställd och inläggssula provas."),
  ])],
  [["NL102", "n1"]], [],
  "'Bild som vid' tarsal tunnel syndrome in a visible Bedömning")

C("s28p_pmo_kan_rora_sig_om_pmr", "skane", "19510130-3385",
  [N("n1", "sk_vc_linero", "Rasmus Dahl", "läkare", "2024-01-17 09:10", [
      ("Aktuellt", "Morgonstelhet i axlar och höfter sedan 6 veckor, svårt att ta på sig jackan."),
      ("Bedömning", "Kan röra sig om polymyalgia reumatika. SR och CRP tas, ställningstagande till prednisolon när svaren finns."),
  ], signed=None, template="Besöksanteckning")],
  [], [["NL102", "n1"]],
  "'kan röra sig om' polymyalgia in a PMO note, which shows no diagnoses")

C("s28p_misstankt_als_ej_informerad", "vgr", "19600418-8352",
  [N("n1", "vg_rehab_nu", "Olle Granath", "läkare", "2024-09-24 15:15", [
      ("Status", "Fascikulationer i båda vaderna och vä underarm. Atrofi av thenar vä. Livliga reflexer i benen."),
      ("Bedömning", "Misstänkt ALS. Pat är ännu inte informerad om misstanken, neurolog gör först en egen bedömning nästa vecka."),
  ])],
  [["NL102", "n1"], ["NL101", "n1"]],
  [],
  "suspected ALS in a visible section with an explicit statement that the patient has not been told")

C("s28p_epikris_rms_plan_hedges", "skane", "19741105-2975",
  [N("n1", "sk_rms_lund", "Annika Wallin", "läkare", "2024-05-15 14:00", [
      ("Epikris", "Inkomplett ryggmärgsskada C6, AIS C, efter fall från stege i januari. Vårdats för primärrehabilitering sedan 2/2. "
                  "Går nu kortare sträckor med rollator. Neurogen blåsa, RIK 4 ggr/dygn som han sköter själv. Neurogen tarm, tarmregim varannan dag fungerar."),
      ("Planering", "Trolig utskrivning till eget boende med assistans v.21. Eventuellt behov av bostadsanpassning i badrummet, arbetsterapeut gör hembesök. "
                    "Uppföljning på ryggmärgsskademottagningen om 3 mån."),
  ], template="Epikris", setting="slutenvård")],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "discharge summary whose only hedges are about discharge date and housing adaptation; the diagnoses are settled")

# ---------------------------------------------------------------- part 3
C("s28p_psykolog_misstanker_ptsd_wad", "vgr", "19870306-1427",
  [N("n1", "vg_smarta_alingsas", "Rebecka Sund", "psykolog", "2024-02-14 13:00", [
      ("Samtal", "Tredje samtalet. Nackvärken efter kollisionen på E20 i maj är oförändrad. Mardrömmar om olyckan flera nätter i veckan, undviker att köra bil, skvätter till vid tutor."),
      ("Skattning", "PCL-5 47 poäng."),
      ("Bedömning", "Misstänker samsjuklighet med PTSD som förstärker smärtan. Traumafokuserad KBT bör prövas parallellt med smärtrehab."),
  ], template="Psykologanteckning")],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "psychologist writes 'Misstänker ... PTSD' in a visible Bedömning after a whiplash injury")

C("s28p_differentialdiagnostiskt_psa", "skane", "19760219-5260",
  [N("n1", "sk_smarta_malmo", "Tove Ekman", "läkare", "2024-06-11 09:50", [
      ("Status", "Gropiga naglar på flera fingrar. Svullnad över DIP-leder dig III vä hand. Hälsenefästet ömt bilat."),
      ("Bedömning", "Differentialdiagnostiskt övervägs psoriasisartrit snarare än ett primärt smärtsyndrom. Remiss till reumatolog."),
  ])],
  [["NL102", "n1"]], [],
  "'Differentialdiagnostiskt övervägs' psoriatic arthritis in a visible Bedömning")

C("s28p_polyneuropati_kan_inte_utesluta", "skane", "19590827-5513",
  [N("n1", "sk_rehab_ystad", "Lars Wennerberg", "läkare", "2024-07-09 10:20", [
      ("Status", "Strumpformad sensibilitetsnedsättning upp till mitten av underbenen bilat. Achillesreflexer kan ej utlösas. Vibrationssinne nedsatt vid stortårna."),
      ("Bedömning", "Kan inte utesluta polyneuropati, diabetes och alkohol ska kontrolleras. Neurografi ben."),
  ])],
  [["NL102", "n1"]], [],
  "'Kan inte utesluta polyneuropati' in a visible Bedömning (Skåne Melior)")

C("s28p_oklart_om_mecfs_postcovid", "vgr", "19920103-3843",
  [N("n1", "vg_postcovid_sas", "Emma Lindahl", "läkare", "2024-03-21 11:10", [
      ("Anamnes", "Covid-19 i mars 2023. Sedan dess kraftig trötthet som förvärras 1–2 dygn efter ansträngning, t.ex. efter en förmiddag på jobbet."),
      ("Bedömning", "Oklart om det rör sig om ME/CFS eller ett postcovidtillstånd med ansträngningsutlöst försämring. Aktivitetsdagbok och pacing tills vidare."),
  ])],
  [["NL102", "n1"]], [],
  "'Oklart om det rör sig om' ME/CFS or post-covid condition in a visible Bedömning")

C("s28p_fragestallning_remiss_mr_s1", "skane", "19851009-4736",
  [N("n1", "sk_smarta_lund", "Viktor Malm", "läkare", "2024-02-06 15:50", [
      ("Aktuellt", "Utstrålande smärta bak i hö ben ner till fotsulan sedan 8 veckor, förvärras vid hosta."),
      ("Status", "Lasègue pos hö vid 40 grader. Achillesreflex hö saknas. Tågång svag hö."),
      ("Remiss", "MR ländrygg beställd. Frågeställning: diskbråck L5–S1 med rotpåverkan S1 hö?"),
  ])],
  [["NL102", "n1"]], [],
  "'Frågeställning' with a question mark on a disc herniation in a visible section of the note")

C("s28p_typo_sannolkit_tos_svetsare", "vgr", "19820521-0977",
  [N("n1", "vg_amm", "Dragan Petrović", "läkare", "2024-08-13 13:40", [
      ("Exponering", "Industrisvetsare, arbetar mycket med armarna över axelhöjd. Besvären debuterade efter byte till takmonterade balkar."),
      ("Status", "Roos test pos hö efter 50 s med domning i dig IV–V. Adsons test neg. Radialispuls bevarad."),
      ("Bedömning", "Sannolkit neurogent thoracic outlet-syndrom hö, arbetsrelaterat. Neurografi och ultraljud plexus beställt."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Sannolkit' before thoracic outlet syndrome in an occupational medicine note (VGR)")

C("s28p_susp_piriformis_fysio", "skane", "19940314-2889",
  [N("n1", "sk_smarta_csk", "Moa Lindell", "fysioterapeut", "2024-10-21 10:00", [
      ("Status", "Palpationsöm över piriformis hö, smärta vid FAIR-test. Neurologi u.a."),
      ("Bedömning", "Susp. piriformissyndrom hö. Stretch och belastningsanpassning, åter om 2 v."),
  ], template="Fysioterapeutanteckning")],
  [["NL102", "n1"]], [],
  "abbreviated hedge 'Susp.' before piriformis syndrome in a physiotherapist's Melior note")

C("s28p_arbetsdiagnos_sakroiliit", "vgr", "19960727-4355",
  [N("n1", "vg_smarta_su", "Johanna Pihl", "läkare", "2024-11-12 14:30", [
      ("Anamnes", "Nattlig ländryggsvärk sedan ett år, vaknar kl 4 och måste gå upp. Morgonstelhet över en timme. Bättre av rörelse."),
      ("Bedömning", "Arbetsdiagnos: sakroiliit, möjligen inom ramen för axial spondylartrit. HLA-B27, CRP och MR SI-leder beställt."),
  ])],
  [["NL102", "n1"]], [],
  "'Arbetsdiagnos' and 'möjligen' mark sacroiliitis / axial SpA as unconfirmed in visible Bedömning")

C("s28p_pmo_trol_tumbasartros_at", "skane", "19570608-1683",
  [N("n1", "sk_vc_landskrona", "Ulrika Berg", "arbetsterapeut", "2024-04-25 09:00", [
      ("Bedömning", "Trol. artros i tumbasen bilat, svårt att skruva upp burkar och klippa. Gripkraft Jamar hö 14 kg, vä 12 kg."),
      ("Åtgärd", "Utprovning av tumortos, hjälpmedel för köket. Åter om 4 veckor."),
  ], template="Arbetsterapi")],
  [], [["NL102", "n1"]],
  "an occupational therapist's hedged thumb-base osteoarthritis in PMO, where diagnoses are never shown")

C("s28p_syster_utreds_ev_ms", "vgr", "19930430-6716",
  [N("n1", "vg_rehab_kungalv", "Lena Fagerström", "läkare", "2024-06-26 11:30", [
      ("Anamnes", "Huvudvärk och nackspänning sedan han började på nytt jobb med mycket skärmarbete. Syster utreds just nu för ev. MS, vilket oroar honom."),
      ("Status", "Neurologstatus u.a. inklusive fundoskopi. Ömma nackmuskler bilat."),
      ("Bedömning", "Spänningshuvudvärk och nackmyalgi. Ergonomigenomgång och nackträning."),
  ])],
  [], [["NL102", "n1"]],
  "the hedged MS belongs to the patient's sister; the patient's own diagnoses are stated without hedge")

C("s28p_inga_tecken_inflammatorisk_rygg", "skane", "19890611-7133",
  [N("n1", "sk_rehab_orup", "Nils Carlberg", "läkare", "2024-03-04 13:20", [
      ("Utredning", "CRP <1, HLA-B27 negativ. MR SI-leder utan benmärgsödem eller erosioner."),
      ("Bedömning", "Inga tecken på inflammatorisk ryggsjukdom. Långvarig ospecifik ländryggssmärta, fortsätter i ryggskola."),
  ])],
  [], [["NL102", "n1"]],
  "inflammatory back disease is ruled out with 'Inga tecken på'; the remaining diagnosis is unhedged")

C("s28p_talar_emot_fibromyalgi", "vgr", "19740902-0646",
  [N("n1", "vg_smarta_sks", "Marcus Öberg", "läkare", "2024-09-18 10:40", [
      ("Status", "Ömhet och triggerpunkter i trapezius och levator scapulae hö, referred pain mot skallbasen. Övriga kroppen inte ömmande."),
      ("Bedömning", "Lokaliserad utbredning talar emot fibromyalgi. Myofasciellt smärtsyndrom i skuldergördeln hö, triggerpunktsbehandling och träning."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "'talar emot fibromyalgi' rules the diagnosis out; the myofascial diagnosis is stated as settled")

C("s28p_trolig_arbetsatergang_plan", "skane", "19850125-8605",
  [N("n1", "sk_rehab_orup", "Ida Wahlström", "arbetsterapeut", "2024-08-08 14:15", [
      ("Aktuellt", "Utmattningssyndrom sedan januari, fastställt av läkare i teamet. Klarar nu 3 timmars aktivitet per dag med vila emellan."),
      ("Planering", "Trolig arbetsåtergång 25 % från v.34 efter avstämningsmöte med Försäkringskassan och arbetsgivaren. "
                    "Möjligen behövs höj- och sänkbart skrivbord och ett tystare rum, tas upp vid arbetsplatsbesöket."),
  ], template="Arbetsterapeutanteckning")],
  [], [["NL102", "n1"]],
  "the hedges concern return to work and workplace adaptation, not a diagnosis")

C("s28p_mojligen_nedsatt_kraft_fynd", "vgr", "19710318-3971",
  [N("n1", "vg_rehab_nu", "Henrik Alm", "fysioterapeut", "2024-01-29 08:45", [
      ("Status", "Möjligen lätt nedsatt dorsalflexionskraft vä fot, svårbedömt p.g.a. smärta. Ev. något nedsatt sensibilitet lateralt på vä underben. Gång på hälar genomförbar."),
      ("Åtgärd", "Informerat om larmsymtom. Läkare kontaktad och tittar på pat i eftermiddag."),
  ], template="Fysioterapeutanteckning")],
  [], [["NL102", "n1"]],
  "hedged examination findings (strength, sensibility) are no diagnosis")

C("s28p_kand_crps_sedan_2022", "skane", "19630426-7401",
  [N("n1", "sk_smarta_malmo", "Gunnar Frisk", "läkare", "2024-12-03 10:30", [
      ("Aktuellt", "Känd CRPS typ 1 hö fot sedan 2022, diagnos ställd enligt Budapestkriterierna. Spegelterapi och graderad motorisk avbildning har gett viss effekt."),
      ("Planering", "Fortsatt bisfosfonat-kur enligt plan, återbesök i mars."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "a CRPS diagnosis that is established since 2022, without hedge and without anything about telling")

C("s28p_informerad_via_tolk_artros", "vgr", "19540817-3085",
  [N("n1", "vg_smarta_alingsas", "Fatima Osman", "läkare", "2024-05-06 10:00", [
      ("Information", "Pat informerad via telefontolk på dari om att röntgen visar medelsvår artros i båda knälederna. Hon fick ställa frågor och har förstått."),
      ("Planering", "Artrosskola, fysioterapi. Paracetamol vid behov."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "the knee osteoarthritis was told to the patient through an interpreter")

C("s28p_n2_informerar_spondylolistes", "skane", "19731202-4552",
  [N("n1", "sk_smarta_csk", "Pia Lindberg", "läkare", "2024-02-20 16:00", [
      ("Utredning", "MR ländrygg: istmisk spondylolistes grad II L5/S1 med foraminal stenos bilat."),
      ("Planering", "Pat ej underrättad, besked ges vid läkarbesöket om två veckor."),
  ]),
   N("n2", "sk_smarta_csk", "Pia Lindberg", "läkare", "2024-03-05 10:30", [
      ("Information", "Pat informerad om spondylolistesen, vi tittade på MR-bilderna tillsammans. Han tog det lugnt."),
      ("Planering", "Remiss till ryggkirurg för bedömning."),
  ])],
  [], [["NL101", "n2"]],
  "the later note tells the patient what the earlier note withheld; asserted on the later note")

C("s28p_barn_misstankt_crps_fot", "skane", "20131028-1264",
  [N("n1", "sk_barnsmarta", "Karolina Ståhl", "läkare", "2024-04-11 13:00", [
      ("Anamnes", "10-årig flicka som stukade hö fot på fotbollsträningen för 6 veckor sedan. Vill inte sätta ner foten, klarar inte strumpa eller täcke mot huden."),
      ("Status", "Hö fot kall, blålila, svettig. Uttalad allodyni över fotryggen. Rtg fot u.a."),
      ("Bedömning", "Misstänkt CRPS hö fot. Fysioterapi dagligen med gradvis belastning, skolan informeras om anpassning."),
  ], template="Läkaranteckning")],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "suspected CRPS in a 10-year-old's visible note, which the guardians can read")

C("s28p_vgr_barn_th_juvenil_fibromyalgi", "vgr", "20120915-3640",
  [N("n1", "vg_barnsmarta", "Tomas Ring", "läkare", "2024-05-22 09:30", [
      ("Aktuellt", "11-årig flicka med värk i armar och ben, hög skolfrånvaro sedan i höstas. Mamma med på besöket."),
      ("Status", "Normalt ledstatus, ömhet vid lätt tryck på flera muskelfästen. Växtkurva följer sin kanal."),
      ("Tidiga hypoteser", "Trolig juvenil fibromyalgi, men diagnos sätts inte förrän skolsituationen och sömnen kartlagts."),
      ("Planering", "Kurator och fysioterapeut i smärtteamet, ny läkartid om 6 veckor."),
  ])],
  [], [["NL102", "n1"]],
  "VGR child: the hedged juvenile fibromyalgia is kept under the protected sökord Tidiga hypoteser")

# ---------------------------------------------------------------- part 4 (NL101 focus)
C("s28p_lungemboli_postcovid_ej_natt", "vgr", "19660512-5266",
  [N("n1", "vg_postcovid_sas", "Sanna Olofsson", "läkare", "2024-03-13 16:30", [
      ("Utredning", "DT thorax med kontrast 12/3 p.g.a. kvarstående andfåddhet: bilaterala perifera lungembolier."),
      ("Åtgärd", "Pat har inte informerats än, når henne inte på mobilen. Fortsatta försök under kvällen via medicinjouren, Eliquis förskrivet."),
  ])],
  [["NL101", "n1"]], [],
  "pulmonary embolism confirmed on CT in a visible section; the patient has not yet been reached")

C("s28p_hypotyreos_ej_meddelat", "skane", "19720627-3828",
  [N("n1", "sk_rehab_orup", "Sven Ottosson", "läkare", "2024-04-30 08:50", [
      ("Lab", "TSH 28 mIE/L, fritt T4 7 pmol/L. TPO-ak starkt positiva."),
      ("Bedömning", "Primär hypotyreos (Hashimoto), förklarar sannolikt en del av tröttheten och värken. Levaxin 50 µg startas."),
      ("Planering", "Ej meddelat pat ännu, sköterskan ringer i eftermiddag och går igenom provsvar och recept."),
  ])],
  [["NL101", "n1"]], [],
  "hypothyroidism established by lab in visible Bedömning; 'Ej meddelat pat ännu'")

C("s28p_metastas_pad_onkolog_besked", "skane", "19550309-2917",
  [N("n1", "sk_smarta_lund", "Jakob Norén", "läkare", "2024-01-11 17:05", [
      ("Aktuellt", "Utreds för nytillkommen bröstryggsvärk nattetid, tidigare opererad för bröstcancer 2016."),
      ("Utredning", "PAD från kotbiopsi Th9: metastas av bröstcancer, ER-positiv."),
      ("Planering", "Pat vet ännu inte om PAD-svaret. Onkologen ger besked vid besöket i morgon, vi avvaktar med information till dess."),
  ], signed=None)],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "unsigned draft: biopsy-proven metastasis visible while the note says the patient does not yet know")

C("s28p_yrkesastma_isocyanat_ej_info", "vgr", "19800116-5136",
  [N("n1", "vg_amm", "Kerstin Vidén", "läkare", "2024-10-08 13:20", [
      ("Exponering", "Lackerare på bilverkstad, två-komponentslacker med isocyanater sedan 2017, ofta utan friskluftsmask."),
      ("Utredning", "Seriell PEF med tydligt arbetsrelaterat mönster, positiv specifik provokation. Yrkesastma orsakad av isocyanater fastställd."),
      ("Planering", "Pat har inte informerats om diagnosen, den tas upp vid återbesök nästa vecka tillsammans med frågan om omplacering."),
  ])],
  [["NL101", "n1"]], [],
  "occupational asthma is established in Utredning while the note says the patient has not been informed")

C("s28p_urodynamik_dsd_ej_underrattad", "vgr", "19980703-2793",
  [N("n1", "vg_rms_su", "Patrik Lund", "läkare", "2024-07-17 12:10", [
      ("Utredning", "Urodynamisk undersökning: neurogen detrusoröveraktivitet med detrusor-sfinkterdyssynergi, högt blåstryck."),
      ("Planering", "Pat ännu inte underrättad om resultatet, urologen vill träffa honom först. Tills vidare RIK var 4:e timme."),
  ], template="Mottagningsanteckning")],
  [["NL101", "n1"]], [],
  "detrusor-sphincter dyssynergia found at urodynamics, patient 'ännu inte underrättad'")

C("s28p_njursten_avvaktar_urolog", "skane", "19930807-6356",
  [N("n1", "sk_rms_lund", "Amanda Fröberg", "läkare", "2024-08-22 15:40", [
      ("Aktuellt", "Tetraplegi C7 sedan 2019. Ökad spasticitet och svettningar senaste veckan."),
      ("Utredning", "DT urinvägar: 8 mm konkrement i vä uretär med lätt hydronefros."),
      ("Planering", "Avvaktar med att berätta för pat tills urologen ringt tillbaka om åtgärd. Bevakas."),
  ], signed=None, setting="slutenvård")],
  [["NL101", "n1"]], [],
  "a ureteral stone is documented visibly and the note says the team waits before telling the patient")

C("s28p_adhd_utredning_valt_att_vanta", "vgr", "19900912-4083",
  [N("n1", "vg_ism", "Elsa Grönlund", "psykolog", "2024-11-20 15:00", [
      ("Utredning", "Neuropsykologisk utredning klar. Kriterierna för ADHD, kombinerad form, är uppfyllda enligt DIVA och skattningar från anhörig."),
      ("Planering", "Vi har valt att inte informera pat om utfallet förrän återkopplingssamtalet 2/12 där både psykolog och läkare deltar."),
  ], template="Psykologanteckning")],
  [["NL101", "n1"]], [],
  "ADHD criteria fulfilled in a visible section; the team chose not to inform the patient until feedback")

C("s28p_kuffruptur_kanner_inte_till", "skane", "19610220-9134",
  [N("n1", "sk_rehab_ystad", "Mattias Kjellberg", "läkare", "2024-06-13 11:25", [
      ("Utredning", "Ultraljud hö axel: total ruptur av supraspinatussenan, 2 cm retraktion."),
      ("Bedömning", "Pat känner inte till fyndet ännu, han har semester. Remiss till ortoped för ställningstagande till operation skickas nu."),
  ])],
  [["NL101", "n1"]], [],
  "rotator cuff rupture on ultrasound; 'Pat känner inte till fyndet ännu'")

C("s28p_typo_underattad_diabetes", "vgr", "19641128-6351",
  [N("n1", "vg_smarta_sks", "Linda Rosén", "sjuksköterska", "2024-02-29 14:05", [
      ("Lab", "HbA1c 71 mmol/mol, fP-glukos 11,2. Nydiagnostiserad diabetes mellitus typ 2 enligt dr Öberg."),
      ("Telefonkontakt", "Söker pat utan svar. Pat ännu inte underättad om diabetesdiagnosen, nytt försök i morgon."),
  ], template="Sjuksköterskeanteckning")],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "typo 'underättad': new type 2 diabetes stands visibly while the patient has not been told")

C("s28p_somnapne_ej_informerad_resultat", "vgr", "19690131-0711",
  [N("n1", "vg_postcovid_sas", "Jesper Ahl", "läkare", "2024-06-04 09:15", [
      ("Utredning", "Polygrafi: obstruktiv sömnapné, AHI 34, lägsta saturation 81 %."),
      ("Bedömning", "Sömnapnén kan bidra till tröttheten efter covid. Pat ej informerad om resultatet, remiss till CPAP-mottagningen skickas."),
  ])],
  [["NL101", "n1"]], [],
  "obstructive sleep apnoea confirmed by polygraphy; the patient is not informed about the result")

C("s28p_myokardit_kardiolog_tar_samtalet", "skane", "20000418-5666",
  [N("n1", "sk_postcovid_hbg", "Sebastian Ljung", "läkare", "2024-05-27 13:50", [
      ("Utredning", "Hjärt-MR: genomgången myokardit med fläckvis fibros i vä kammarens laterala vägg, EF 52 %."),
      ("Planering", "Pat ej informerad, kardiologen tar samtalet på torsdag. Tills dess ingen konditionsträning i rehabgruppen."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "post-covid myocarditis with fibrosis on cardiac MR; the patient is not informed yet")

C("s28p_meningeom_far_inte_veta_journalen", "skane", "19700906-3467",
  [N("n1", "sk_smarta_malmo", "Annelie Nyström", "läkare", "2024-09-12 16:20", [
      ("Utredning", "MR halsrygg, bifynd i skallbasen: meningeom ca 2 cm vid foramen magnum."),
      ("Planering", "Pat får inte veta detta via journalen innan neurokirurgen träffat henne, tid bokad 19/9."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "a meningioma is written in a visible section although the text says she must not learn it before the neurosurgeon visit")

C("s28p_kotfraktur_n1_ej_informerad_n2_fysio", "vgr", "19560822-2120",
  [N("n1", "vg_rehab_hogsbo", "Ola Björk", "läkare", "2024-10-29 18:10", [
      ("Utredning", "DT bröstrygg efter fall i trappan: kompressionsfraktur Th12, stabil, ingen kanalpåverkan."),
      ("Planering", "Pat ej informerad ännu då hon sov vid ronden. Informeras i morgon."),
  ], setting="slutenvård"),
   N("n2", "vg_rehab_hogsbo", "Moa Engström", "fysioterapeut", "2024-10-30 09:30", [
      ("Åtgärd", "Förflyttningsträning säng–rullstol med en person, gångträning i korridor med rollator 40 m."),
  ], template="Fysioterapeutanteckning", setting="slutenvård")],
  [["NL101", "n1"]], [],
  "the doctor's note holds a confirmed fracture and says the patient is not yet informed; a later physio note does not change that")

C("s28p_ej_informerad_remiss_skickad", "vgr", "19810407-3245",
  [N("n1", "vg_smarta_su", "Ronja Eklund", "sjuksköterska", "2024-03-27 10:40", [
      ("Åtgärd", "Känd fibromyalgi sedan 2018. Remiss till multimodal smärtrehabilitering skickad i dag. Pat ej informerad om att remissen gått iväg, meddelas via 1177."),
  ], template="Sjuksköterskeanteckning")],
  [], [["NL101", "n1"]],
  "what the patient has not been told is that a referral was sent; the diagnosis is long known")

C("s28p_arbetsgivaren_ej_informerad", "skane", "19860714-6274",
  [N("n1", "sk_amm_lund", "Therese Holm", "läkare", "2024-11-14 10:10", [
      ("Bedömning", "Kontakteksem på händerna orsakat av epoxi, lapptest positivt. Genomgånget med pat i dag."),
      ("Planering", "Arbetsgivaren är inte informerad om diagnosen, pat vill själv ta det med sin chef. Intyg om arbetsskada skrivs."),
  ])],
  [], [["NL101", "n1"]],
  "the patient was told; only the employer has not been informed")

C("s28p_vgr_th_pad_visible_neutral", "vgr", "19670319-7811",
  [N("n1", "vg_smarta_sks", "Ingela Rask", "läkare", "2024-05-16 15:15", [
      ("Aktuellt", "Muskelbiopsi tagen 2/5 p.g.a. proximal svaghet och värk."),
      ("Tidiga hypoteser", "PAD visar inflammatorisk myopati, troligen inklusionskroppsmyosit. Pat ej informerad, besked ges av neurolog."),
      ("Planering", "Ny tid 3/6 för genomgång av provsvar."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "VGR: the untold biopsy result sits under Tidiga hypoteser; the visible sections name no diagnosis")

# ---------------------------------------------------------------- part 5 (NL102 positives, hedge variety)
C("s28p_inger_misstanke_syringomyeli", "skane", "19781030-1536",
  [N("n1", "sk_rms_lund", "Hugo Sandell", "läkare", "2024-02-15 09:40", [
      ("Aktuellt", "Inkomplett ryggmärgsskada C4 (AIS D) sedan dykolycka 2012. Sedan i höstas brännande smärta och nedsatt temperatursinne i vä arm."),
      ("Status", "Dissocierad sensibilitetsstörning vä arm och övre bål, kraft oförändrad jämfört med årskontrollen."),
      ("Bedömning", "Bilden inger misstanke om posttraumatisk syringomyeli. MR halsrygg beställd."),
  ])],
  [["NL102", "n1"]], [],
  "'inger misstanke om' post-traumatic syringomyelia in a visible Bedömning")

C("s28p_typo_status_forenlit_med_kts", "vgr", "19850611-8424",
  [N("n1", "vg_rehab_kungalv", "Malin Dahlqvist", "arbetsterapeut", "2024-04-09 13:15", [
      ("Status", "Domningar dig I–III hö nattetid, Phalens test pos efter 30 s, Tinel pos över karpaltunneln. Status förenlit med karpaltunnelsyndrom hö."),
      ("Åtgärd", "Handledsortos nattetid utprovad. Läkare informerad för ställningstagande till neurografi."),
  ], template="Arbetsterapeutanteckning")],
  [["NL102", "n1"]], [],
  "typo 'förenlit med' (förenligt med) before carpal tunnel syndrome in an occupational therapist's visible Status")

C("s28p_trol_diskbrack_telegrafisk", "skane", "19900228-6970",
  [N("n1", "sk_smarta_malmo", "Emil Rask", "läkare", "2024-03-07 11:05", [
      ("Status", "Lasègue pos vä 50 gr. Stortåextension vä 4/5. Sens nedsatt dorsalt vä fot. PSR/ASR ua."),
      ("Bedömning", "Trol. lumbalt diskbråck L4–L5 vä med rizopati L5. Ej cauda equina-symtom. Naproxen, MR om ej bättre på 6 v."),
  ])],
  [["NL102", "n1"]], [],
  "telegraphic 'Trol.' before a lumbar disc herniation in a visible Bedömning")

C("s28p_preliminar_diagnos_fibromyalgi", "vgr", "19731214-5407",
  [N("n1", "vg_smarta_alingsas", "Gustaf Wiberg", "läkare", "2024-09-05 10:20", [
      ("Diagnos", "Preliminär diagnos: fibromyalgi (M79.7), fastställs efter teamets gemensamma bedömning i oktober."),
      ("Planering", "Fysioterapeut och psykolog i teamet gör sina bedömningar under september."),
  ])],
  [["NL102", "n1"]], [],
  "'Preliminär diagnos' marks fibromyalgia as not yet settled, written in a visible Diagnos section")

C("s28p_kan_vara_frusen_skuldra", "skane", "19660901-1843",
  [N("n1", "sk_rehab_ystad", "Annika Borg", "fysioterapeut", "2024-10-10 14:40", [
      ("Status", "Passiv utåtrotation vä axel 20 grader mot 70 hö. Smärta nattetid, kan inte ligga på vä sida."),
      ("Bedömning", "Kan vara en begynnande frusen skuldra (adhesiv kapsulit) vä. Läkarbedömning för ev. kortisoninjektion."),
  ], signed=None, template="Fysioterapeutanteckning")],
  [["NL102", "n1"]], [],
  "'Kan vara en begynnande' adhesive capsulitis in a visible physiotherapy Bedömning")

C("s28p_misstanke_om_cervikal_myelopati", "vgr", "19580403-0392",
  [N("n1", "vg_smarta_su", "Ahmad Karimi", "läkare", "2024-08-06 14:55", [
      ("Anamnes", "Känd nacksmärta efter whiplashvåld 2010. Senaste månaderna klumpig i händerna, tappar saker, ostadig gång i mörker."),
      ("Status", "Hoffmann pos bilat. Livliga reflexer i armar och ben. Lindegång osäker. Romberg pos."),
      ("Bedömning", "Misstanke om cervikal myelopati. Akut MR halsrygg, pat instruerad att söka akut vid försämring."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "'Misstanke om' cervical myelopathy in a visible Bedömning (VGR)")

C("s28p_diagnosrad_dd_bechterew", "skane", "19920522-3150",
  [N("n1", "sk_smarta_csk", "Oskar Lindén", "läkare", "2024-01-24 13:10", [
      ("Diagnos", "Långvarig ländryggssmärta M54.5. DD: Bechterews sjukdom."),
      ("Planering", "HLA-B27, CRP, MR SI-leder. Åter med svar."),
  ])],
  [["NL102", "n1"]], [],
  "'DD:' Bechterew listed in the visible Diagnos section next to a confirmed diagnosis")

C("s28p_talar_mest_for_migran", "vgr", "19950308-6861",
  [N("n1", "vg_rehab_nu", "Sofia Ahlberg", "läkare", "2024-02-22 10:50", [
      ("Anamnes", "Huvudvärk sedan tonåren som förvärrats efter whiplashskadan i fjol. Pulserande, ensidig, med illamående och ljuskänslighet, 3–4 attacker i månaden."),
      ("Bedömning", "Anamnesen talar mest för migrän utan aura, snarare än posttraumatisk huvudvärk. Triptan provas, huvudvärksdagbok."),
  ])],
  [["NL102", "n1"]], [],
  "'talar mest för migrän' in a visible Bedömning after whiplash")

C("s28p_overvager_small_fiber", "skane", "19840415-7896",
  [N("n1", "sk_postcovid_hbg", "Cecilia Wahl", "läkare", "2024-04-17 15:05", [
      ("Anamnes", "Brännande smärta i båda fötterna och händerna sedan covid hösten 2022. Neurografi i våras normal."),
      ("Bedömning", "Överväger small fiber-neuropati som orsak. Hudbiopsi för nervfibertäthet planeras, gabapentin provas under tiden."),
  ])],
  [["NL102", "n1"]], [],
  "'Överväger' small fibre neuropathy as cause, in a visible Bedömning")

C("s28p_typo_differntialdiagnos_reaktiv", "vgr", "19880721-4500",
  [N("n1", "vg_smarta_sks", "David Forsberg", "läkare", "2024-07-24 09:25", [
      ("Anamnes", "Svullet vä knä och ont i hälarna sedan 4 veckor. Kraftig magsjuka på semester i Turkiet i juni."),
      ("Bedömning", "Differntialdiagnos: reaktiv artrit efter gastroenterit. Ledpunktion och faecesodling, remiss reumatolog."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Differntialdiagnos' before reactive arthritis in a visible Bedömning")

C("s28p_nara_till_hands_depression", "skane", "19770103-3081",
  [N("n1", "sk_rehab_orup", "Ebba Lundgren", "psykolog", "2024-05-08 11:00", [
      ("Samtal", "Nedstämd sedan flera månader, har slutat träffa vänner och spela i kören. Sover 4–5 timmar. Inga suicidtankar."),
      ("Skattning", "MADRS-S 31."),
      ("Bedömning", "Det ligger nära till hands att misstänka en egentlig depression vid sidan av smärtproblematiken. Diskuteras med teamläkare för ev. antidepressiv behandling."),
  ], template="Psykologanteckning")],
  [["NL102", "n1"]], [],
  "'ligger nära till hands att misstänka' a major depression in a psychologist's visible Bedömning")

C("s28p_inte_otankbart_parkinson", "vgr", "19540219-2792",
  [N("n1", "vg_rehab_kungalv", "Kjell Ivarsson", "läkare", "2024-06-11 13:30", [
      ("Status", "Lätt vilotremor hö hand, nedsatt armpendling hö vid gång. Kugghjulsrigiditet hö handled."),
      ("Bedömning", "Inte otänkbart att axel- och nackvärken är tidiga symtom på Parkinsons sjukdom. Remiss till neurolog."),
  ])],
  [["NL102", "n1"]], [],
  "'Inte otänkbart att' Parkinson's disease explains the pain, in a visible Bedömning")

C("s28p_kvarstaende_misstanke_crps2", "vgr", "19830905-0287",
  [N("n1", "vg_smarta_su", "Nina Holst", "läkare", "2024-12-05 15:30", [
      ("Aktuellt", "Skärskada i vä handled med partiell medianusskada, suturerad i augusti. Kraftig brännande smärta, svettning och svullnad i handen sedan dess."),
      ("Bedömning", "Kvarstående misstanke om CRPS typ 2. Följs upp med temperaturmätning och trefasscintigrafi innan ställningstagande."),
  ])],
  [["NL102", "n1"]], [],
  "'Kvarstående misstanke om' CRPS type 2 in a visible Bedömning")

C("s28p_suspekt_stressfraktur", "skane", "20030612-1641",
  [N("n1", "sk_rehab_ystad", "Frida Malmqvist", "läkare", "2024-03-19 10:15", [
      ("Anamnes", "Ökade löpmängden inför maraton från 30 till 70 km/vecka. Smärta i vä framfot sedan 2 veckor."),
      ("Status", "Punktöm över distala diafysen av metatarsale II vä, lätt svullnad. Rtg fot u.a."),
      ("Bedömning", "Suspekt stressfraktur metatarsale II vä trots normal röntgen. MR beställd, avlastning i walker tills vidare."),
  ])],
  [["NL102", "n1"]], [],
  "'Suspekt' stress fracture in a visible Bedömning")

C("s28p_typo_misstakt_utmattnigssyndrom", "vgr", "19860130-9266",
  [N("n1", "vg_ism", "Jenny Falk", "läkare", "2024-01-16 14:45", [
      ("Anamnes", "Socialsekreterare, arbetat över varje vecka i två år. Hjärtklappning, ljudkänslighet och glömska sedan i höstas, grät på jobbet."),
      ("Bedömning", "Misstäkt utmattnigssyndrom, kompletterar med KEDS och lab för att utesluta somatisk orsak. Sjukskrivs 100 % i 3 veckor."),
  ])],
  [["NL102", "n1"]], [],
  "double typo ('Misstäkt utmattnigssyndrom') in a visible Bedömning")

C("s28p_typo_mojilg_commotio", "skane", "19980811-3725",
  [N("n1", "sk_smarta_lund", "Hampus Lind", "läkare", "2024-06-20 09:55", [
      ("Anamnes", "Cyklade omkull på väg till jobbet i mars, slog huvudet mot kantsten utan hjälm, minnesförlust några minuter. Huvudvärk, yrsel och ljuskänslighet sedan dess."),
      ("Bedömning", "Möjilg lätt traumatisk hjärnskada som förklaring till kvarstående besvär. Remiss till hjärnskaderehab för neuropsykologisk bedömning."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Möjilg') before mild traumatic brain injury")

# ---------------------------------------------------------------- part 6 (protection by region, negatives)
C("s28p_skane_sokord_th_skyddar_ej", "skane", "19820308-4838",
  [N("n1", "sk_smarta_lund", "Karl Ekdahl", "läkare", "2024-04-04 14:25", [
      ("Aktuellt", "Smärta på flera ställen som växlar över tid, flera akutbesök utan fynd senaste året."),
      ("Tidiga hypoteser", "Trolig somatiseringsstörning, tas inte upp med pat förrän förtroendet är etablerat."),
      ("Planering", "Ny tid om 4 veckor, teamets psykolog kopplas in."),
  ])],
  [["NL102", "n1"]], [],
  "Skåne protects by template, not by sökord: a hedged diagnosis under sökord Tidiga hypoteser in an ordinary Läkaranteckning is visible")

C("s28p_vgr_mallnamn_th_sokord_bedomning", "vgr", "19750929-1626",
  [N("n1", "vg_smarta_sks", "Therese Alm", "läkare", "2024-08-29 11:40", [
      ("Bedömning", "Möjlig funktionell neurologisk störning med gångpåverkan som förklaring till fallen. Neurolog konsulteras."),
  ], template="Tidiga hypoteser")],
  [["NL102", "n1"]], [],
  "VGR protects by sökord: the note is named Tidiga hypoteser but its hedged diagnosis sits under the visible sökord Bedömning")

C("s28p_vgr_th_plus_lacka_i_bedomning", "vgr", "19910615-3993",
  [N("n1", "vg_rehab_hogsbo", "Filip Wester", "läkare", "2024-05-14 10:30", [
      ("Tidiga hypoteser", "Misstänkt hypermobilitetsrelaterad instabilitet i kraniocervikala övergången."),
      ("Bedömning", "Misstänkt kraniocervikal instabilitet, funktionell MR i flexion–extension beställd."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "VGR: the hypothesis is under Tidiga hypoteser but is repeated with its hedge in the visible Bedömning")

C("s28p_skane_th_mall_och_ren_lakaranteckning", "skane", "19680227-8066",
  [N("n1", "sk_smarta_malmo", "Maja Hedén", "läkare", "2024-10-17 13:05", [
      ("Bedömning", "Trolig opioidinducerad hyperalgesi, ökande smärta trots dosökningar. Tas upp försiktigt när nedtrappning planeras."),
  ], template="Tidiga hypoteser"),
   N("n2", "sk_smarta_malmo", "Maja Hedén", "läkare", "2024-10-17 13:20", [
      ("Aktuellt", "Långvarig smärta efter bukoperationer, oxikodon 40 mg x 2."),
      ("Planering", "Samtal om läkemedelsstrategi nästa besök, nedtrappningsschema förbereds."),
  ])],
  [], [["NL102", "n1"], ["NL102", "n2"]],
  "Skåne: the hypothesis is kept in a Tidiga hypoteser note, and the ordinary note of the same visit holds no hedged diagnosis")

C("s28p_pmo_ev_cervikogen_yrsel", "skane", "19720118-2511",
  [N("n1", "sk_vc_karrakra", "Andreas Möller", "fysioterapeut", "2024-06-05 15:20", [
      ("Bedömning", "Ev. cervikogen yrsel efter påkörning bakifrån. Nackstabiliserande träning och ögon–nackkoordination."),
  ], template="Fysioterapi")],
  [], [["NL102", "n1"]],
  "PMO physiotherapy note with a hedged diagnosis ('Ev. cervikogen yrsel'): never shown in PMO")

C("s28p_hedgade_symtom_ej_diagnos", "vgr", "19790804-5854",
  [N("n1", "vg_rehab_kungalv", "Elin Sjögren", "sjuksköterska", "2024-03-26 19:40", [
      ("Omvårdnad", "Pat har troligen haft feber under helgen men har inte mätt. Eventuellt lätt ödem runt vä fotled, ingen rodnad. Möjligen sämre aptit än vanligt."),
      ("Planering", "Temp morgon och kväll, ödemet bedöms av läkare på ronden."),
  ], signed=None, template="Sjuksköterskeanteckning", setting="slutenvård")],
  [], [["NL102", "n1"]],
  "hedges only on symptoms and findings (fever, oedema, appetite), no diagnosis")

C("s28p_fragetecken_pa_planer", "skane", "19630512-9170",
  [N("n1", "sk_smarta_csk", "Leif Broman", "läkare", "2024-11-26 10:05", [
      ("Aktuellt", "Knäartros bilat, väntar på protesoperation. Smärtan lindras bättre sedan byte till tramadol depot."),
      ("Planering", "Uppföljning om 3 mån? Tolk behövs vid nästa besök? Eventuellt röntgen av knäna inför ortopedbesöket. Möjligen byte till duloxetin om sömnen inte förbättras."),
  ])],
  [], [["NL102", "n1"]],
  "question marks and hedges concern follow-up, interpreter, imaging and medication only")

C("s28p_pat_oroar_sig_for_ms", "vgr", "19940207-2681",
  [N("n1", "vg_smarta_su", "Anna Vinter", "läkare", "2024-02-01 09:35", [
      ("Anamnes", "Stickningar i händer och fötter som kommer och går, värre vid stress. Pat oroar sig för att det skulle vara MS, en kollega har fått diagnosen."),
      ("Status", "Neurologstatus helt normalt."),
      ("Bedömning", "Ingen misstanke om MS eller annan neurologisk sjukdom. Symtomen bedöms stressrelaterade, pat lugnad."),
  ])],
  [], [["NL102", "n1"]],
  "the patient's own worry about MS is answered with 'Ingen misstanke om MS'")

C("s28p_tidigare_misstankt_neuroborrelios", "skane", "19710928-4344",
  [N("n1", "sk_rehab_orup", "Birgitta Sahlin", "läkare", "2024-07-01 13:10", [
      ("Tidigare", "Utreddes 2022 för misstänkt neuroborrelios, LP utan pleocytos och negativa antikroppar uteslöt diagnosen."),
      ("Bedömning", "Långvarigt smärttillstånd med sömnstörning. Multimodal rehabilitering startar i augusti."),
  ])],
  [], [["NL102", "n1"]],
  "an earlier suspicion that the same sentence says was ruled out")

C("s28p_typo_ingen_misstake_cauda", "skane", "19870602-5783",
  [N("n1", "sk_smarta_malmo", "Robin Sjöström", "läkare", "2024-09-09 16:45", [
      ("Status", "Normal perianal sensibilitet, normal sfinktertonus. Inga miktionsbesvär."),
      ("Bedömning", "Ingen misstake om cauda equina-syndrom. Ischias vä utan pareser, fortsatt egenvård."),
  ])],
  [], [["NL102", "n1"]],
  "typo in the negation ('Ingen misstake om') still rules cauda equina out")

C("s28p_ej_forenligt_med_crps", "vgr", "19890319-7302",
  [N("n1", "vg_smarta_alingsas", "Victor Brandt", "läkare", "2024-10-23 10:25", [
      ("Status", "Symmetrisk hudtemperatur vid IR-mätning, ingen svullnad, normal hårväxt och nagelväxt. Beröringssmärta saknas."),
      ("Bedömning", "Fynden är inte förenliga med CRPS. Smärtan efter fotledsfrakturen bedöms som belastningsrelaterad."),
  ])],
  [], [["NL102", "n1"]],
  "a negated 'förenlig med' ('inte förenliga med CRPS') is no hedged diagnosis")

C("s28p_myopati_kan_uteslutas", "skane", "19650816-1210",
  [N("n1", "sk_rehab_ystad", "Torbjörn Ek", "läkare", "2024-04-24 09:05", [
      ("Utredning", "CK, myoglobin och aldolas normala. EMG utan myopatiska förändringar."),
      ("Bedömning", "Inflammatorisk myopati kan uteslutas. Statinbyte har inte påverkat värken."),
  ])],
  [], [["NL102", "n1"]],
  "'kan uteslutas' (not 'kan ej uteslutas') rules the myopathy out")

C("s28p_misstanken_har_bekraftats", "vgr", "19800602-7653",
  [N("n1", "vg_smarta_sks", "Amira Hassan", "läkare", "2024-11-07 13:45", [
      ("Bedömning", "Den tidigare misstanken om fibromyalgi har nu bekräftats vid teamets gemensamma bedömning. Diagnosen M79.7 sätts och har gåtts igenom med pat."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "an earlier suspicion now confirmed and told; the wording keeps the word 'misstanken' but the diagnosis is settled")

C("s28p_pmo_ssk_telefon_trol_ischias", "skane", "19600910-4594",
  [N("n1", "sk_vc_landskrona", "Gun Nordin", "sjuksköterska", "2024-12-10 08:20", [
      ("Telefonkontakt", "Ringer p.g.a. värk från ländryggen ut i hö ben sedan i lördags. Ingen blåspåverkan. Trol. ischias, rådgivning om rörelse och receptfria värktabletter. Tid till fysioterapeut torsdag."),
  ], template="Telefonkontakt")],
  [], [["NL102", "n1"]],
  "a nurse's telephone note in PMO with a hedged sciatica: PMO shows no diagnoses")

# ---------------------------------------------------------------- part 7 (long charts)
C("s28p_lang_teamkonferens_fragetecken_kts", "vgr", "19760114-4624",
  [N("n1", "vg_smarta_su", "Marie Thorsén", "läkare", "2024-06-25 15:30", [
      ("Bakgrund", "48-årig undersköterska i hemtjänsten, sjukskriven 50 % sedan mars. Värk i nacke, skuldror och armar sedan fall på isen i januari 2022. "
                   "Tidigare frisk förutom hypertoni. Läkemedel: paracetamol 1 g x 3, naproxen vid behov, amlodipin 5 mg."),
      ("Status", "AT: gott, rör sig försiktigt.\nCor: regelbunden rytm, inga blåsljud. BT 138/84.\n"
                 "Nacke: rotation hö 50, vä 60 grader, smärta i ytterlägen.\nAxlar: full ROM bilat, ingen smärtbåge.\n"
                 "Händer: Tinel + över karpaltunneln hö, Phalen + efter 40 s. ?Karpaltunnelsyndrom hö.\n"
                 "Ben: reflexer lika, Babinski neg bilat.\nLab: CRP, TSH, CK och Hb inom ref."),
      ("Fysioterapeut", "Låg aktivitetsnivå, ca 2000 steg/dag enligt stegräknare. TSK 44, uttalad rörelserädsla. Motiverad till gradvis upptrappad träning."),
      ("Arbetsterapeut", "Klarar inte tunga moment i arbetet, t.ex. förflyttning av brukare. Hushållsarbetet omfördelat med maken sedan ett år."),
      ("Psykolog", "Periodvis nedstämd, MADRS-S 12. Katastroftankar kring smärtan, PCS 31. Bra stöd från familjen."),
      ("Sammanfattning", "Teamet rekommenderar multimodal rehabilitering i grupp under 8 veckor med start i september. "
                         "Neurografi hö arm beställs. Avstämningsmöte med arbetsgivaren och Försäkringskassan i augusti."),
  ], template="Teamanteckning")],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "long team conference note where a single '?Karpaltunnelsyndrom' hides in a telegraphic status line")

C("s28p_lang_inskrivning_rms_utan_hypotes", "skane", "19941223-7514",
  [N("n1", "sk_rms_lund", "Jonas Berglund", "läkare", "2024-03-25 14:00", [
      ("Anamnes", "29-årig man med traumatisk ryggmärgsskada efter motorcykelolycka 2/3. Opererad med bakre fixation Th11–L1 på neurokirurgen SUS. "
                  "Överflyttas idag för primär rehabilitering. Tidigare frisk, snusar, ingen alkoholöverkonsumtion. "
                  "Bor med sambo i lägenhet på tredje våningen med hiss, arbetar som snickare."),
      ("Status", "AT: gott, vaken, orienterad.\nHud: operationssåret läkt, inga trycksår, sacrum och hälar u.a.\n"
                 "Cor/pulm: u.a.\nBuk: mjuk, oöm, tarmljud normala.\n"
                 "Neurologi (ISNCSCI): NLI L1, AIS B. Sakral sensibilitet bevarad, ingen viljemässig motorik under L1.\n"
                 "Spasticitet: lätt i benen, MAS 1.\nBlåsa: KAD sedan operationen.\nTarm: Laxoberal och Microlax varannan kväll."),
      ("Bedömning", "Inkomplett ryggmärgsskada L1, AIS B. Inga tecken på djup ventrombos, vaderna mjuka och lika stora. "
                    "Ingen misstanke om infektion, afebril och CRP 6. Operationssmärtan är väl kontrollerad med paracetamol och pregabalin."),
      ("Planering", "KAD dras i morgon, därefter RIK. Eventuellt urodynamik längre fram. Trol. rullstolsutprovning nästa vecka. "
                    "Möjligen hembesök i maj inför första permissionen. Teamträff på fredag med pat och sambo."),
  ], template="Inskrivningsanteckning", setting="slutenvård")],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "long admission note: only negations (inga tecken på, ingen misstanke om) and plan hedges, diagnoses stated plainly")

C("s28p_lang_postcovid_epikris_trolig_astma", "vgr", "19820410-0872",
  [N("n1", "vg_postcovid_sas", "Karin Hjalmarsson", "läkare", "2024-11-28 13:00", [
      ("Bakgrund", "41-årig lärare som insjuknade i covid-19 i december 2022 utan sjukhusvård. Sedan dess andfåddhet, hosta vid ansträngning, trötthet och koncentrationssvårigheter. "
                   "Remitterad från vårdcentralen i februari."),
      ("Utredning", "Spirometri: FEV1 84 % av förväntat, reversibilitet 9 %.\nDT thorax: inga parenkymförändringar.\n"
                    "UKG: normal vänsterkammarfunktion.\nAktivt ståtest: normalt pulssvar.\nFeNO 42 ppb."),
      ("Insatser", "Fysioterapeutledd träning 2 ggr/v med pacing, andningsteknik och successiv ökning av gångsträckor. "
                   "Arbetsterapeut: energibesparande strategier och veckoschema, anpassning av lektionsplanering. Psykolog: två samtal kring oro och sömn."),
      ("Resultat", "6MWT 480 m, tidigare 390 m. Fatigue enligt FSS sjunkit från 6,1 till 4,8. Arbetar nu 75 %."),
      ("Sammanfattning", "Postcovidtillstånd U09.9 med tydlig förbättring. Trolig ansträngningsutlöst astma, inhalationsförsök med budesonid/formoterol startat och metakolintest beställt."),
      ("Fortsatt plan", "Avslutas på postcovidmottagningen. Uppföljning av astmafrågan på vårdcentralen om 3 månader."),
  ], template="Epikris")],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "long post-covid discharge summary where one 'Trolig' asthma diagnosis sits among settled findings")

C("s28p_lang_amm_silikos_ej_informerad", "skane", "19710302-9935",
  [N("n1", "sk_amm_lund", "Per-Olof Thulin", "läkare", "2024-05-20 10:40", [
      ("Remissorsak", "Remiss från företagshälsovården för bedömning av kvartsexponering och ihållande hosta."),
      ("Exponering", "Stenhuggare sedan 1995, de senaste åtta åren mest kapning och slipning av bänkskivor i kvartskomposit. Torrkapning utan punktutsug fram till 2021, därefter halvmask P3 periodvis. "
                     "Arbetskamrat har fått silikos enligt pat."),
      ("Anamnes", "Torrhosta i två år, andfåddhet i uppförsbackar senaste halvåret. Aldrig rökt. Ingen viktnedgång eller nattsvettningar."),
      ("Status", "AT: gott.\nPulm: fina krepitationer basalt bilat.\nSaturation 96 % i vila.\nTrumpinnefingrar saknas."),
      ("Utredning", "Spirometri: FVC 78 % av förväntat, FEV1/FVC 0,79.\nDLCO 68 %.\nHRCT thorax: multipla små noduli i båda ovanloberna och förstorade hilära lymfkörtlar med äggskalsförkalkningar."),
      ("Bedömning", "Silikos, arbetsrelaterad. Fortsatt exponering måste upphöra."),
      ("Planering", "Pat ännu ej informerad om diagnosen, detta görs vid återbesöket 28/5 tillsammans med lungläkare och facklig företrädare på hans begäran. "
                    "Arbetsskadeanmälan och kontakt med arbetsgivaren om arbetsmiljön tas samtidigt."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "long occupational medicine note: confirmed silicosis in Bedömning and, deep in Planering, the patient is not yet informed")

C("s28p_lang_orup_th_mall", "skane", "19690725-6249",
  [N("n1", "sk_rehab_orup", "Cecilia Forsman", "läkare", "2024-09-26 16:00", [
      ("Bedömning", "Under fyra veckors inneliggande rehab har flera iakttagelser gjorts som inte passar med ett renodlat smärtsyndrom. "
                    "Pat har vid tre tillfällen fått oförklarliga hypoglykemier nattetid trots att hon inte har diabetes. "
                    "Insulinanalog påvisad i ett av proverna enligt laboratoriet. Misstänkt artificiell sjukdom (Münchhausen), men även exogen tillförsel från annan person eller ett laboratoriefel kan ej uteslutas. "
                    "Psykiater konsulteras innan något tas upp med pat. Teamet informerat muntligt om att iaktta försiktighet."),
  ], template="Tidiga hypoteser", setting="slutenvård")],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Skåne: a long, highly sensitive hypothesis kept entirely in the Tidiga hypoteser template")

# ---------------------------------------------------------------- part 7b (NL101 negatives, remaining positives)
C("s28p_informerad_telefon_igar_mr", "vgr", "19910205-5234",
  [N("n1", "vg_rehab_kungalv", "Julia Berggren", "läkare", "2024-04-16 08:40", [
      ("Utredning", "MR hö knä: menisklesion i bakre hornet på mediala menisken, inga broskskador."),
      ("Information", "Pat informerad per telefon igår av undertecknad och har bokat tid hos ortoped."),
  ], signed=None)],
  [], [["NL101", "n1"]],
  "the meniscal tear was told to the patient by phone the day before")

C("s28p_forra_besoket_ej_besked_nu_informerad", "skane", "19580617-2853",
  [N("n1", "sk_smarta_csk", "Ingemar Rolf", "läkare", "2024-02-27 14:15", [
      ("Information", "Pat, som inte fick besked vid förra besöket eftersom svaret dröjde, informeras idag om att DT visar spondylartros med foraminal stenos C5–C6 vä. "
                      "Han förstår sambandet med armsmärtan."),
      ("Planering", "Nervrotsblockad C6 vä via röntgen, ny kontroll efteråt."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "the note mentions an earlier visit without the answer, but says the patient is informed today")

C("s28p_typo_ms_uteslutten_ej_meddelat", "vgr", "19870921-1489",
  [N("n1", "vg_rehab_hogsbo", "Sara Lindholm", "läkare", "2024-08-15 16:20", [
      ("Utredning", "MR hjärna och ryggmärg utan demyeliniserande förändringar, LP utan oligoklonala band. MS därmed uteslutten."),
      ("Planering", "Pat ej informerad om de normala svaren ännu, ringer henne på måndag."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "what is not yet told is a normal work-up that rules MS out (typo 'uteslutten')")

C("s28p_anhoriga_vill_vanta_demens", "skane", "19440930-2637",
  [N("n1", "sk_rehab_orup", "Marianne Kvist", "läkare", "2024-10-01 11:45", [
      ("Bedömning", "Efter stroke i juni kvarstående minnes- och orienteringsproblem. Neuropsykologisk utredning och MR klara, vaskulär demens fastställd vid teamkonferens 27/9."),
      ("Information", "Döttrarna önskar att pat inte informeras om demensdiagnosen ännu, han ska få besked vid ett gemensamt samtal nästa vecka. Ännu inget sagt till pat."),
  ], setting="slutenvård")],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "a confirmed vascular dementia stands visibly and the note says the patient is not yet to be told")

C("s28p_fk_avslag_ej_informerad", "vgr", "19830814-3844",
  [N("n1", "vg_smarta_alingsas", "Lisa Åkerman", "kurator", "2024-09-30 10:30", [
      ("Telefonkontakt", "Handläggare på Försäkringskassan ringer. Sjukpenning avslås från 1/11, beslut skickas med post."),
      ("Planering", "Pat ej informerad om avslaget, kurator ringer pat i morgon och bokar samtal om överklagan."),
  ], template="Kuratorsanteckning")],
  [], [["NL101", "n1"]],
  "what the patient has not been told is a sickness benefit decision, not a diagnosis")

C("s28p_typo_ev_cervikal_radikulopti", "vgr", "19730519-0717",
  [N("n1", "vg_smarta_sks", "Niklas Hedman", "läkare", "2024-05-28 15:10", [
      ("Status", "Spurling pos vä. Triceps 4/5 vä, tricepsreflex vä svag. Sensibilitet nedsatt dig III vä."),
      ("Bedömning", "Ev. cervikal radikulopti C7 vä. MR halsrygg, fysioterapi under väntetiden."),
  ])],
  [["NL102", "n1"]], [],
  "'Ev.' before a cervical radiculopathy whose name has a typo ('radikulopti')")

C("s28p_typo_trolien_epikondylit_amm", "vgr", "19810622-6999",
  [N("n1", "vg_amm", "Helena Wik", "fysioterapeut", "2024-02-13 10:00", [
      ("Exponering", "Plåtslagare, mycket arbete med tång och sax, repetitiva handledsextensioner."),
      ("Bedömning", "Trolien lateral epikondylit hö, arbetsrelaterad. Ortos och excentrisk träning, ergonomisk genomgång av verktyg."),
  ], template="Fysioterapeutanteckning")],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Trolien') before a work-related tennis elbow")

C("s28p_typo_hypotes_autismspektrum", "skane", "19990303-4461",
  [N("n1", "sk_rehab_orup", "Sanna Björklund", "psykolog", "2024-03-12 13:40", [
      ("Samtal", "Överväldigad av ljud och ljus på arbetsplatsen, rutinförändringar ger kraftig stress. Har svårt att förstå vad kollegor menar."),
      ("Bedömning", "Hypotes: autismspektrumtilstånd som bidragande orsak till den långvariga stressen. Screening med RAADS-R inför ev. fördjupad utredning."),
  ], template="Psykologanteckning")],
  [["NL102", "n1"]], [],
  "'Hypotes:' before an autism spectrum condition (misspelt 'tilstånd') in a visible Bedömning")

C("s28p_accessorius_n1_trolig_n2_bekraftad", "skane", "19950804-5581",
  [N("n1", "sk_smarta_lund", "Alva Nyberg", "läkare", "2024-01-09 10:30", [
      ("Bedömning", "Trolig axonal skada på n. accessorius hö efter lymfkörtelbiopsi på halsen, vingande skulderblad. Neurografi beställd."),
  ]),
   N("n2", "sk_smarta_lund", "Alva Nyberg", "läkare", "2024-02-06 11:00", [
      ("Bedömning", "Neurografin bekräftar axonal skada på n. accessorius hö. Pat informerad, remiss till handkirurg för ställningstagande till nervrekonstruktion."),
  ])],
  [["NL102", "n1"]], [["NL102", "n2"]],
  "the first note hedges an accessory nerve injury; the second confirms it without hedge")

C("s28p_osteomyelit_inte_fatt_veta", "vgr", "19850127-4198",
  [N("n1", "vg_rms_su", "Johan Strand", "läkare", "2024-12-12 11:30", [
      ("Aktuellt", "Paraplegi Th8 sedan 2016. Trycksår kategori 4 över vä sittbensknöl sedan i somras."),
      ("Utredning", "MR bäcken: osteomyelit i vä tuber ischiadicum."),
      ("Planering", "Pat har inte fått veta MR-svaret, plastikkirurg och infektionsläkare träffar honom gemensamt på onsdag."),
  ], template="Mottagningsanteckning")],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "osteomyelitis confirmed on MR in a visible section while the patient 'har inte fått veta'")

# ====================================================================== end of cases

KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
CODES = {"NL101", "NL102"}


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(birth, when):
    a = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        a -= 1
    return a


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def build():
    problems = []
    out = []
    seen_names = set()
    seen_sent = {}
    for c in CASES:
        name = c["case"]
        def bad(msg):
            problems.append("%s: %s" % (name, msg))
        if name in seen_names:
            bad("duplicate case name")
        seen_names.add(name)
        if not name.startswith("s28p_"):
            bad("name must start with s28p_")
        if c["ruleset"] not in ("skane", "vgr"):
            bad("unknown ruleset")
        if not c["why"].strip():
            bad("empty why")
        pnr = c["pnr"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            bad("personnummer format %r" % pnr)
            continue
        if not luhn_ok(pnr[2:8] + pnr[9:]):
            bad("personnummer fails Luhn")
        try:
            birth = datetime.date(int(pnr[0:4]), int(pnr[4:6]), int(pnr[6:8]))
        except ValueError:
            bad("personnummer has no valid date")
            continue
        notes = c["notes"]
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            bad("duplicate note ids")
        times = []
        for n in notes:
            region = UNITS[n["_unit_key"]][3]
            if region != c["ruleset"]:
                bad("note %s unit belongs to %s" % (n["id"], region))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                bad("VGR note %s is not Melior" % n["id"])
            for fld in ("time", "signed"):
                v = n[fld]
                if v is None:
                    continue
                if not re.fullmatch(r"2024-\d\d-\d\dT\d\d:\d\d:\d\d", v):
                    bad("note %s %s not a 2024 timestamp" % (n["id"], fld))
            t = datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            if n["signed"] is not None and n["signed"] < n["time"]:
                bad("note %s signed before written" % n["id"])
            times.append(t)
            if not n["sections"]:
                bad("note %s has no sections" % n["id"])
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    bad("empty section in %s" % n["id"])
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            bad("sentence repeated (first in %s): %r" % (seen_sent[sent], sent))
                        else:
                            seen_sent[sent] = name
        last = max(times)
        if c["as_of"]:
            as_of = datetime.datetime.strptime(c["as_of"], "%Y-%m-%d %H:%M")
        else:
            as_of = datetime.datetime(last.year, last.month, last.day) + datetime.timedelta(days=2)
        if as_of < last:
            bad("as_of before last note")
        if as_of.year != 2024:
            bad("as_of not in 2024")
        for when in times + [as_of]:
            a = age_at(birth, when.date())
            if a < 0 or 13 <= a <= 15:
                bad("patient age %d at %s" % (a, when.date()))
        by_id = {n["id"]: n for n in notes}
        pairs = set()
        if not c["must"] and not c["must_not"]:
            bad("nothing asserted")
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for item in lst:
                if len(item) != 2:
                    bad("bad assertion %r" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    bad("unexpected code %s" % code)
                if target not in by_id:
                    bad("target %s does not exist" % target)
                    continue
                if (code, target) in pairs:
                    bad("%s on %s asserted twice" % (code, target))
                pairs.add((code, target))
                system = by_id[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    bad("NL102 must on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    bad("NL101 asserted on a PMO note")
        clean_notes = []
        for n in notes:
            m = dict(n)
            del m["_unit_key"]
            clean_notes.append(m)
        record = {
            "patient": {"id": pnr, "birth_date": birth.isoformat(), "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": clean_notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        obj = {"case": name, "ruleset": c["ruleset"], "record": record,
               "must": [list(x) for x in c["must"]], "must_not": [list(x) for x in c["must_not"]],
               "why": c["why"]}
        if list(obj.keys()) != KEYS:
            bad("keys")
        out.append(obj)
    whys = [c["why"] for c in CASES]
    if len(set(whys)) != len(whys):
        problems.append("duplicate why lines")
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev167_cases.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for obj in out:
        for kind in ("must", "must_not"):
            for code, _t in obj[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(out), path))
    for code in sorted(CODES):
        print("  %s must %d  must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
