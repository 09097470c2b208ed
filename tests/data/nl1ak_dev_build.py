#!/usr/bin/env python3
"""nl1ak_dev_cases: independent gold cases for notelint NL101 / NL102.

Theme: psychiatry, child and adolescent care (BUP), geriatrics and primary care;
telephone contacts and 1177 messages; results given by phone or letter; guardians,
interpreters and relatives; diagnoses under investigation (utredning) and the many
ways a diagnosis is written as suspected, ruled out or confirmed.

Written from the regional routines (seeds/), DESIGN.md and the devset README only.
Dependency-free and deterministic: `python3 build.py` writes nl1ak_dev_cases.jsonl
next to this file and exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1ak_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

SK = "SE2321000255-"   # Region Skåne
VG = "SE2321000131-"   # Västra Götalandsregionen

U = {
    # Skåne, Melior (hospital / specialist psychiatry)
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund", SK + "6PL1"),
    "psyk_affektiv_malmo": ("Affektiva mottagningen, Psykiatri Malmö", SK + "6AF2"),
    "psyk_hbg": ("Psykiatrimottagning Helsingborg", SK + "6HB3"),
    "psyk_kristianstad": ("Allmänpsykiatriska mottagningen Kristianstad", SK + "6KR4"),
    "psyk_trelleborg": ("Psykiatrimottagning Trelleborg", SK + "6TR5"),
    "npu_lund": ("Neuropsykiatriska utredningsenheten, Psykiatri Skåne, Lund", SK + "6NP6"),
    "akutpsyk_malmo": ("Psykiatriska akutmottagningen, Skånes universitetssjukhus Malmö", SK + "6AK7"),
    "psykos_lund": ("Psykosmottagning Lund, Psykiatri Skåne", SK + "6PS8"),
    "psykos_malmo": ("Psykosenheten Malmö, Mottagning Söder", SK + "6PS9"),
    "trauma_malmo": ("Traumaenheten, Psykiatri Skåne, Malmö", SK + "6TA1"),
    "beroende_malmo": ("Beroendecentrum Malmö, Mottagning 2", SK + "6BC2"),
    "bup_lund": ("BUP-mottagning Lund", SK + "7BU1"),
    "bup_malmo_utr": ("BUP Malmö, Utredningsenheten", SK + "7BU2"),
    "bup_kristianstad": ("BUP-mottagning Kristianstad", SK + "7BU3"),
    "bup_hbg": ("BUP-mottagning Helsingborg", SK + "7BU4"),
    "bup_atstorning": ("Ätstörningsmottagningen, BUP Skåne, Lund", SK + "7BU5"),
    "minnes_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "8MM1"),
    "minnes_angelholm": ("Minnesmottagningen, Ängelholms sjukhus", SK + "8MM2"),
    "ger_ystad": ("Geriatrisk mottagning, Lasarettet i Ystad", SK + "8GE3"),
    "ger_hbg_mott": ("Geriatriska mottagningen, Helsingborgs lasarett", SK + "8GE4"),
    "ger_hbg_avd": ("Geriatriska kliniken avd 22, Helsingborgs lasarett", SK + "8GE5"),
    "ger_trelleborg": ("Geriatriska mottagningen, Lasarettet Trelleborg", SK + "8GE6"),
    # Skåne, PMO (primary care)
    "vc_trelleborg": ("Vårdcentralen Trelleborg Söder", SK + "9VC1"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "9VC2"),
    "vc_rosengard": ("Vårdcentralen Rosengård", SK + "9VC3"),
    "bvc_eslov": ("BVC Eslöv", SK + "9BV4"),
    "um_hassleholm": ("Ungdomsmottagningen Hässleholm", SK + "9UM5"),
    "hsjv_lomma": ("Hemsjukvården Lomma", SK + "9HS6"),
    # VGR, Melior
    "su_affektiv": ("Affektiva mottagningen, Sahlgrenska universitetssjukhuset", VG + "3AF1"),
    "su_akutpsyk": ("Psykiatrisk akutmottagning, SU/Östra", VG + "3AK2"),
    "su_avd26": ("Psykiatrisk avdelning 26, SU/Östra", VG + "3AV3"),
    "su_psykos": ("Psykosmottagningen Nordost, SU", VG + "3PS4"),
    "su_npu": ("Neuropsykiatriska utredningsteamet, SU/Mölndal", VG + "3NP5"),
    "su_angered": ("Psykiatrimottagning Angered, SU", VG + "3AN6"),
    "su_hisingen": ("Psykiatriska mottagningen Hisingen, SU", VG + "3HI7"),
    "su_molndal_psyk": ("Psykiatrisk öppenvårdsmottagning Mölndal", VG + "3MO8"),
    "su_beroende": ("Beroendekliniken, Sahlgrenska universitetssjukhuset", VG + "3BE9"),
    "su_minnes": ("Minnesmottagningen, SU/Mölndal", VG + "4MM1"),
    "su_ger_avd": ("Geriatrisk avdelning 2, SU/Mölndal", VG + "4GA2"),
    "nal_psyk": ("Psykiatriska mottagningen, NU-sjukvården Trollhättan", VG + "3NU1"),
    "uddevalla_psyk": ("Psykiatrimottagning Uddevalla, NU-sjukvården", VG + "3NU2"),
    "uddevalla_ger": ("Geriatriska mottagningen, Uddevalla sjukhus", VG + "4NU3"),
    "sas_psyk": ("Psykiatrimottagning Borås, Södra Älvsborgs sjukhus", VG + "3SA1"),
    "sas_ger": ("Geriatriska mottagningen, Södra Älvsborgs sjukhus Borås", VG + "4SA2"),
    "skas_ger": ("Geriatriska kliniken, Skaraborgs sjukhus Skövde", VG + "4SK1"),
    "skas_psyk": ("Psykiatrimottagning Skövde, Skaraborgs sjukhus", VG + "3SK2"),
    "kungalv_psyk": ("Psykiatrisk öppenvård Kungälv", VG + "3KU1"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", VG + "4AL1"),
    "alingsas_psyk": ("Psykiatrimottagning Alingsås", VG + "3AL2"),
    "dsbus": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "5DS1"),
    "nal_barn": ("Barn- och ungdomsmedicinska mottagningen, NÄL", VG + "5NB2"),
}

PMO_UNITS = {"vc_trelleborg", "vc_nasby", "vc_rosengard", "bvc_eslov", "um_hassleholm", "hsjv_lomma"}


def N(unit, template, author, role, time, signed_after, setting, sections, refs=(), system=None):
    """One note (always id n1). signed_after: minutes after `time`, or None = draft."""
    name, hsa = U[unit]
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = dt.datetime.fromisoformat(time)
    signed = None if signed_after is None else (t + dt.timedelta(minutes=signed_after)).isoformat()
    return {
        "id": "n1", "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def CONV(cid, unit, ctype, opened, handled, messages, attachments=()):
    name, hsa = U[unit]
    return {
        "id": cid, "type": ctype, "unit": {"name": name, "hsa_id": hsa},
        "opened": opened, "handled": handled, "concerns_care": True,
        "messages": [{"sender": s, "time": t, "text": x} for s, t, x in messages],
        "attachments": [{"name": n, "kind": k} for n, k in attachments],
    }


CASES = []


def C(name, ruleset, pnr, birth, note, must=(), must_not=(), why="", conv=()):
    CASES.append(dict(name=name, ruleset=ruleset, pnr=pnr, birth=birth, note=note,
                      must=list(must), must_not=list(must_not), why=why, conv=list(conv)))


# ---------------------------------------------------------------------------
# Adult psychiatry, Skåne (Melior)
# ---------------------------------------------------------------------------
C("psyk-misstankt-adhd-nybesok-egenremiss", "skane", "19940211-2248", "1994-02-11",
  N("psyk_lund", "Nybesök läkare", "Hanna Berglund", "läkare", "2024-02-14T09:30", 95, "öppenvård", [
      ("Kontaktorsak", "Egenremiss. Svårt att fokusera på jobbet, tappar bort saker, har bytt utbildning tre ggr."),
      ("Anamnes", "Koncentrationssvårigheter sedan lågstadiet enl. pat, mamma bekräftar per telefon. Sover 6-7 h/natt. Ingen missbruksanamnes. I övrigt frisk."),
      ("Psykiskt status", "Vaken, klar, orienterad. Pratar snabbt, byter ämne ofta men går att följa. Stämningsläge neutralt. Ej psykotisk. Förnekar suicidtankar."),
      ("Bedömning", "Misstänkt ADHD, övervägande ouppmärksam bild."),
      ("Planering", "Remiss till neuropsykiatriska utredningsenheten. ASRS och WURS skickas hem. Åter efter utredning."),
  ]),
  must=[["NL102", "n1"]],
  why="'Misstänkt ADHD' i Bedömning i vanlig Melioranteckning: hypotes i synlig text")

C("npu-adhd-kriterier-uppfyllda-aterkoppling-given", "skane", "19990823-3118", "1999-08-23",
  N("npu_lund", "Psykologutlåtande", "Sara Lindell", "psykolog", "2024-03-06T13:00", 180, "öppenvård", [
      ("Sammanfattning", "Utredningen omfattar anamnes från pat och mamma, WAIS-IV, QbTest, DIVA 2.0 och självskattningar."),
      ("Bedömning", "Kriterierna för ADHD, kombinerad form, är uppfyllda, med debut före 12 års ålder och funktionsnedsättning i både studier och arbete. Kognitiv profil inom normalvariationen."),
      ("Information", "Återgivningssamtal idag tillsammans med ansvarig läkare. Pat fick resultatet muntligt och en skriftlig sammanfattning med sig hem, upplever lättnad."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="fastställd ADHD efter utredning som återgetts till pat: varken hypotes eller oinformerad diagnos")

C("npu-adhd-faststalld-resultat-ej-aterkopplat", "skane", "20011105-2486", "2001-11-05",
  N("npu_lund", "Psykologanteckning", "Erik Sandahl", "psykolog", "2024-05-22T15:10", 40, "öppenvård", [
      ("Resultat", "Sammanvägd bedömning: ADHD, huvudsakligen ouppmärksam form. Lässvårigheterna förklaras inte av generell kognitiv nivå, GAI 104."),
      ("Planering", "Pat har ännu inte fått ta del av utredningsresultatet. Återgivning sker 14/6 tillsammans med ansvarig läkare, inte per telefon enligt pat:s eget önskemål."),
  ]),
  must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
  why="fastställd ADHD står synligt medan anteckningen säger att pat ännu inte fått resultatet")

C("npu-autism-kan-uteslutas-efter-ados", "skane", "19960417-5217", "1996-04-17",
  N("npu_lund", "Psykologanteckning", "Sara Lindell", "psykolog", "2024-04-09T10:45", 60, "öppenvård", [
      ("Bedömning", "Efter ADOS-2, ADI-R med mamma och observation i gruppmoment bedöms autism kunna uteslutas. De sociala svårigheterna förklaras bättre av pat:s sedan 2020 kända sociala fobi."),
      ("Planering", "Resultatet genomgånget med pat direkt efter sista testtillfället. Åter till remittent för fortsatt KBT."),
  ]),
  must_not=[["NL102", "n1"]],
  why="autism utesluten efter utredning (negerad), social fobi är känd diagnos")

C("akutpsyk-debuterande-psykos-fragetecken", "skane", "20040630-4352", "2004-06-30",
  N("akutpsyk_malmo", "Akutanteckning psykiatri", "Omid Rahimi", "läkare", "2024-01-19T22:40", 70, "öppenvård, akutmottagning", [
      ("Kontaktorsak", "Kommer med föräldrarna som upplever att sonen isolerat sig sedan 2 mån och pratar om att grannarna avlyssnar honom."),
      ("Psykiskt status", "Misstänksam, sparsam kontakt, blicken vandrar mot dörren. Tankeflöde delvis osammanhängande. Förnekar hallucinationer men lyssnar åt sidan vid två tillfällen."),
      ("Bedömning", "Debuterande psykos? Cannabis senast för 2 v sedan enl. pat, U-tox skickat. Ingen akut suicidrisk."),
      ("Planering", "Erbjuds frivillig inläggning, accepterar. Psykosteamet kontaktas nästa vardag."),
  ]),
  must=[["NL102", "n1"]],
  why="frågetecken direkt efter diagnosen i Bedömning")

C("psyk-typo-misstakt-tvangssyndrom", "skane", "19850704-1930", "1985-07-04",
  N("psyk_kristianstad", "Psykologanteckning", "Mirja Heikkinen", "psykolog", "2024-03-18T14:00", 25, "öppenvård", [
      ("Bedömning", "Misstäkt tvångssyndrom med kontrollritualer kring spis och dörrlås, tar ca 2 h/dag. Y-BOCS 24."),
      ("Planering", "KBT med exponering och responsprevention erbjuds, start efter sommaren."),
  ]),
  must=[["NL102", "n1"]],
  why="stavfel 'Misstäkt' framför diagnos i synlig Bedömning ska ändå ge NL102")

C("psyk-hereditet-morbror-trol-bipolar", "skane", "19720318-3327", "1972-03-18",
  N("psyk_hbg", "Nybesök läkare", "Ingrid Falk", "läkare", "2024-04-02T09:00", None, "öppenvård", [
      ("Hereditet", "Morbror trol. bipolär, aldrig utredd. Mor hade perioder av nedstämdhet, ej behandlad."),
      ("Bedömning", "Recidiverande depressiv sjukdom, aktuell episod medelsvår (F33.1). Ingen hypomani i anamnesen."),
      ("Planering", "Escitalopram höjs till 15 mg. Åter om 4 v."),
  ]),
  must_not=[["NL102", "n1"]],
  why="osäker diagnos gäller en släkting i Hereditet; pat:s egen diagnos är fastställd")

C("psykosteam-schizofreni-diagnos-ej-meddelad", "skane", "20000503-6116", "2000-05-03",
  N("psykos_lund", "Läkaranteckning", "Viktor Ahlgren", "läkare", "2024-08-13T13:30", 55, "öppenvård, hembesök", [
      ("Aktuellt", "Hembesök med psykosteamet. Tar Abilify regelbundet enl. dosett, rösterna har blivit 'tystare'."),
      ("Bedömning", "Efter 8 månaders observation uppfyller pat kriterierna för paranoid schizofreni (F20.0). Diagnosen är ännu inte meddelad pat pga bristande sjukdomsinsikt; tas upp på vårdplaneringen med mamma närvarande."),
      ("Planering", "Fortsatt aripiprazol 15 mg. Vårdplanering 28/8."),
  ]),
  must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
  why="fastställd schizofreni i synlig Bedömning som uttryckligen inte meddelats pat")

C("affektiv-bipolar-informerad-foraldrar-ej", "skane", "20051019-3428", "2005-10-19",
  N("psyk_affektiv_malmo", "Läkaranteckning", "Jonas Wikström", "läkare", "2024-06-11T10:15", 45, "öppenvård", [
      ("Bedömning", "Bipolär sjukdom typ I, nu i remission efter manisk episod i våras. Pat informerad om diagnosen och fick skriftlig information om sjukdomen och litiumbehandlingen."),
      ("Övrigt", "Pat vill inte att föräldrarna informeras om diagnosen i nuläget, vilket respekteras."),
  ]),
  must_not=[["NL101", "n1"]],
  why="pat är informerad; att föräldrarna inte informeras är inte NL101")

C("psyk-gad-telefon-ej-informerad-om-ny-tid", "skane", "19580808-2175", "1958-08-08",
  N("psyk_lund", "Telefonanteckning", "Lena Holm", "sjuksköterska", "2024-08-20T08:50", 15, "öppenvård, telefon", [
      ("Telefonkontakt", "Uppföljning per telefon. Generaliserat ångestsyndrom, pregabalin sedan januari. Sover bättre, oron 'en fyra av tio'."),
      ("Åtgärd", "Tiden hos dr Öberg 12/9 har flyttats till 19/9. Pat ej informerad om den nya tiden, ny kallelse skickas per post."),
  ]),
  must_not=[["NL101", "n1"]],
  why="det pat inte informerats om är en besökstid, inte diagnosen")

C("affektiv-litium-dosandring-ej-informerad", "skane", "19550923-1451", "1955-09-23",
  N("psyk_affektiv_malmo", "Telefonanteckning", "Birgitta Mårtensson", "sjuksköterska", "2024-09-05T14:30", 20, "öppenvård, telefon", [
      ("Provsvar", "Känd bipolär sjukdom typ I sedan 1990-talet. S-Litium 1,1 mmol/l, kreatinin stigande till 118."),
      ("Åtgärd", "Dr Lindqvist ordinerar sänkning av Lithionit till 1+1. Pat ej informerad om dosändringen ännu, inget svar på två samtal, nytt försök imorgon förmiddag."),
  ]),
  must_not=[["NL101", "n1"]],
  why="ej informerad gäller en läkemedelsändring; diagnosen är sedan länge känd")

C("trauma-ptsd-faststalld-telefontolk-dari", "skane", "19780126-4826", "1978-01-26",
  N("trauma_malmo", "Psykologanteckning", "Amira Saleh", "psykolog", "2024-03-27T13:15", 90, "öppenvård", [
      ("Bedömning", "PTSD (F43.1) efter fängelsevistelse i hemlandet. CAPS-5 bekräftar diagnosen."),
      ("Information", "Diagnosen och behandlingsupplägget förklarades via telefontolk på dari. Pat kunde återberätta med egna ord och accepterade traumafokuserad KBT."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="bekräftad PTSD som förklarats för pat via tolk: fastställd och kommunicerad")

C("beroende-susp-alkoholberoende-peth", "skane", "19691212-7716", "1969-12-12",
  N("beroende_malmo", "Nybesök läkare", "Per-Olof Nyman", "läkare", "2024-02-08T10:00", 65, "öppenvård", [
      ("Aktuellt", "Remiss från företagshälsovården efter rattfylleri. Pat bagatelliserar, uppger 'några öl i helgen'."),
      ("Lab", "PEth 1,2 µmol/l, GT 2,4, MCV 101."),
      ("Bedömning", "Susp. alkoholberoende, labbfynden talar för långvarigt högt intag."),
      ("Planering", "Återbesök 2 v. AUDIT och dagbok till dess."),
  ]),
  must=[["NL102", "n1"]],
  why="förkortningen 'Susp.' framför diagnos i Bedömning")

C("psykos-klozapin-nydebuterad-diabetes-ej-informerad", "skane", "19871002-3915", "1987-10-02",
  N("psykos_malmo", "Sjuksköterskeanteckning", "Camilla Strand", "sjuksköterska", "2024-10-15T15:20", 25, "öppenvård", [
      ("Provsvar", "Metabol kontroll på klozapin: HbA1c 58 resp. 61 mmol/mol vid två tillfällen, fP-glukos 8,2. Därmed typ 2-diabetes enligt dr Ekdahl."),
      ("Åtgärd", "Pat har ännu inte informerats om diabetesdiagnosen. Ssk kontaktar pat via 1177 imorgon och bokar läkarbesök för information och start av metformin."),
  ]),
  must=[["NL101", "n1"]],
  why="ny typ 2-diabetes i synlig text, pat ännu inte informerad (besked via 1177 planerat)")

C("psyk-bipolar-tidigare-ej-informerad-nu-besked", "skane", "19760621-2269", "1976-06-21",
  N("psyk_kristianstad", "Läkaranteckning", "Anders Borg", "läkare", "2024-04-24T10:30", 50, "öppenvård", [
      ("Information", "Vid förra besöket var pat ännu inte informerad om diagnosen bipolär sjukdom typ II, då hon var för påverkad. Idag diagnosbesked i lugn miljö; pat ställde många frågor och fick broschyr om sjukdomen."),
      ("Planering", "Lamotrigin fortsätter. Psykopedagogisk grupp i höst."),
  ]),
  must_not=[["NL101", "n1"]],
  why="'ännu inte informerad' gäller förra besöket; idag är diagnosbesked givet")

C("psyk-draft-eips-ej-informerad", "skane", "19950314-5006", "1995-03-14",
  N("psyk_trelleborg", "Läkaranteckning", "Maria Kovač", "läkare", "2024-11-07T16:05", None, "öppenvård", [
      ("Bedömning", "Emotionellt instabil personlighetsstörning, pat uppfyller 7 av 9 kriterier vid SCID-5-PD."),
      ("Planering", "Pat ej informerad om diagnosen ännu; behandlare och läkare går igenom den tillsammans med henne nästa vecka. DBT-remiss skrivs efter det samtalet."),
  ]),
  must=[["NL101", "n1"]],
  why="osignerat utkast: fastställd diagnos synlig medan pat ej informerats")

C("kurator-sannolikt-anpassningsstorning", "skane", "19830915-2323", "1983-09-15",
  N("psyk_trelleborg", "Kuratorsanteckning", "Josefin Åkesson", "kurator", "2024-03-12T09:00", 35, "öppenvård", [
      ("Samtal", "Andra samtalet. Blev uppsagd i december efter 14 år på samma arbetsplats. Gråter mycket, sover dåligt, har dragit sig undan vänner."),
      ("Bedömning", "Sannolikt anpassningsstörning efter uppsägningen. Ingen suicidalitet."),
      ("Planering", "Stödsamtal varannan vecka, kontakt med Arbetsförmedlingen tas upp nästa gång."),
  ]),
  must=[["NL102", "n1"]],
  why="kurator skriver 'Sannolikt' framför diagnos i synlig Bedömning")

C("th-mall-misstankt-schizotyp-skane", "skane", "19981214-7313", "1998-12-14",
  N("psykos_lund", "Tidiga hypoteser", "Viktor Ahlgren", "läkare", "2024-07-02T14:45", 30, "öppenvård", [
      ("Bedömning", "Misstänkt schizotyp störning: udda tänkande, magiska föreställningar, social isolering sedan tonåren. Ej kommunicerat med pat eftersom han vid förra besöket reagerade starkt på ordet 'psykos'. Omprövas inom 3 mån."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="hypotesen och att pat inte informerats står i Skånes skyddade mall Tidiga hypoteser")

C("psyk-long-nybesok-depression-inga-hypoteser", "skane", "19781103-4649", "1978-11-03",
  N("psyk_lund", "Nybesök läkare", "Karin Nilsson", "läkare", "2024-03-05T13:00", 150, "öppenvård", [
      ("Kontaktorsak", "Remiss från VC Höör: nedstämdhet sedan separationen i höstas, otillräcklig effekt av sertralin."),
      ("Anamnes", "45-årig kvinna, undersköterska på äldreboende. Depressiv episod 2016 efter förlossning, behandlades då på VC. Sertralin 100 mg sedan 3 mån, viss effekt på sömnen men orkar inte arbeta. Sjukskriven 50 % sedan januari. Ingen mani eller hypomani i anamnesen, frågat specifikt. Alkohol ett par glas vin på helgen, inga droger."),
      ("Hereditet", "Mamma behandlad för depression. Morfar tog sitt liv, pat känner inte till omständigheterna."),
      ("Socialt", "Har barnen 9 och 12 år varannan vecka. Ekonomin ansträngd efter skilsmässan, bor kvar i radhuset."),
      ("Psykiskt status", "Vaken, klar, orienterad. God kontakt, gråter när hon talar om barnen. Stämningsläget sänkt, affekten följsam. Inga psykotiska symtom. Förnekar suicidtankar, barnen är skyddsfaktor. MADRS-S 27."),
      ("Bedömning", "Recidiverande depressiv sjukdom, aktuell episod medelsvår. Ingen misstake om bipolaritet. Suicidrisken bedöms som låg."),
      ("Planering", "Byte till escitalopram 10 mg, sertralin trappas ut enl. schema. KBT hos psykolog, väntetid ca 6 v. Sjukskrivningen förlängs 50 % i 4 v. Åter läkare om 4 v, tidigare vid försämring."),
  ]),
  must_not=[["NL102", "n1"]],
  why="lång anteckning med fastställd diagnos, negation (stavfel 'misstake'), tidigare episod och hereditet men ingen hypotes")

# ---------------------------------------------------------------------------
# Child and adolescent psychiatry (BUP), Skåne only (Melior)
# ---------------------------------------------------------------------------
C("bup-atstorning-inger-misstanke-anorexi-17ar", "skane", "20070115-2043", "2007-01-15",
  N("bup_atstorning", "Nybesök läkare", "Helena Roos", "läkare", "2024-04-10T08:30", 110, "öppenvård", [
      ("Kontaktorsak", "Remiss från skolsköterskan, viktnedgång 8 kg sedan i höstas. Mamma med vid besöket."),
      ("Status", "Vikt 46,2 kg, längd 168 cm, BMI 16,4. Puls 48, BT 95/60. Lanugo på underarmarna."),
      ("Bedömning", "Bilden inger misstanke om anorexia nervosa. Somatiskt stabil idag, ortostatisk puls kontrolleras."),
      ("Planering", "Lab inkl. elektrolyter och fosfat, EKG. Åter om 1 v med familjen."),
  ]),
  must=[["NL102", "n1"]],
  why="'inger misstanke om' framför diagnos hos 17-åring i synlig BUP-anteckning")

C("bup-fs-adhd-8ar-bada-vh", "skane", "20150908-1871", "2015-09-08",
  N("bup_malmo_utr", "Psykologanteckning", "Tobias Lund", "psykolog", "2024-02-20T13:00", 45, "öppenvård", [
      ("Frågeställning", "F.s. ADHD. Läraren beskriver att pojken inte sitter still, avbryter och har svårt att följa instruktioner i helklass."),
      ("Bakgrund", "Född v 39, normal tidig utveckling, BVC utan anmärkning. Båda vårdnadshavarna med på besöket."),
      ("Planering", "Utredningen startar med Conners till skola och hem samt klassrumsobservation."),
  ]),
  must=[["NL102", "n1"]],
  why="'F.s.' (frågeställning) ADHD hos 8-åring: hypotes i anteckning som vårdnadshavaren kan läsa")

C("bup-autism-atergiven-vh-tolk-tigrinja", "skane", "20140322-2316", "2014-03-22",
  N("bup_kristianstad", "Psykologanteckning", "Elin Gustafsson", "psykolog", "2024-01-30T10:00", 120, "öppenvård", [
      ("Sammanfattning", "Neuropsykiatrisk utredning avslutad. Autism (F84.0) utan intellektuell funktionsnedsättning, språklig förmåga i nivå med åldern."),
      ("Återgivning", "Resultatet återgavs idag för båda vårdnadshavarna med tolk på tigrinja. Barnet fick en egen anpassad återgivning med bildstöd."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="fastställd autism återgiven för vårdnadshavare via tolk och för barnet")

C("bup-ej-osannolikt-tourette", "skane", "20130605-3412", "2013-06-05",
  N("bup_lund", "Läkaranteckning", "Nils Ekberg", "läkare", "2024-05-29T14:20", 40, "öppenvård", [
      ("Anamnes", "Blinkningar och harklingar sedan ca 8 mån, ökar vid trötthet. Pappa hade tics som barn."),
      ("Bedömning", "Ej osannolikt Tourettes syndrom, men de vokala ticsen har funnits kortare tid än ett år. Följs."),
      ("Planering", "Psykoedukation till familjen. Åter om 6 mån."),
  ]),
  must=[["NL102", "n1"]],
  why="'Ej osannolikt' är osäkerhet, inte negation")

C("bup-adhd-kriterier-ej-uppfyllda-sprakstorning", "skane", "20120516-4286", "2012-05-16",
  N("bup_malmo_utr", "Psykologanteckning", "Tobias Lund", "psykolog", "2024-03-21T15:30", 60, "öppenvård", [
      ("Bedömning", "Kriterierna för ADHD är inte uppfyllda. Koncentrationssvårigheterna i skolan bedöms hänga samman med den språkstörning som logopeden diagnostiserade 2022."),
      ("Återgivning", "Vårdnadshavarna informerade per telefon, skriftligt utlåtande skickas hem per brev."),
  ]),
  must_not=[["NL102", "n1"]],
  why="ADHD ej uppfyllt efter utredning (negerat); språkstörningen är fastställd sedan tidigare")

C("bup-depressionsmisstanke-16ar-egenremiss", "skane", "20071102-3143", "2007-11-02",
  N("bup_hbg", "Bedömningssamtal", "Linnea Törnqvist", "kurator", "2024-02-05T09:15", 50, "öppenvård", [
      ("Kontaktorsak", "Egenremiss. Har slutat träna, skolkar, sover till lunch på helgerna."),
      ("Bedömning", "Depressionsmisstanke, PHQ-A 17. Inga suicidplaner men passiva dödstankar."),
      ("Planering", "Läkarbedömning inom 2 v. Säkerhetsplan upprättad tillsammans med pat."),
  ]),
  must=[["NL102", "n1"]],
  why="sammansatt 'Depressionsmisstanke' hos 16-åring i synlig anteckning")

# ---------------------------------------------------------------------------
# Geriatrics, Skåne (Melior)
# ---------------------------------------------------------------------------
C("minnes-trol-lewy-body-demens", "skane", "19420707-2655", "1942-07-07",
  N("minnes_malmo", "Läkaranteckning", "Gunnar Ohlsson", "läkare", "2024-02-12T10:00", 70, "öppenvård", [
      ("Anamnes", "Hustrun beskriver dagar då maken är 'som bortblåst', ser barn i trädgården kvällstid. Föll två gånger i vintras."),
      ("Status", "MMSE 23/30, klocktest avvikande. Lätt rigiditet hö arm, ingen tremor."),
      ("Bedömning", "Trol. Lewy body-demens med fluktuationer och synhallucinationer. Neuroleptika ska undvikas."),
      ("Planering", "DaTSCAN, återbesök efter svar."),
  ]),
  must=[["NL102", "n1"]],
  why="'Trol.' framför demensdiagnos i synlig Bedömning")

C("minnes-alzheimer-diagnosbesked-vantar-dotter", "skane", "19440419-2181", "1944-04-19",
  N("minnes_malmo", "Läkaranteckning", "Gunnar Ohlsson", "läkare", "2024-04-16T13:30", 60, "öppenvård", [
      ("Bedömning", "Alzheimers sjukdom med sen debut, stöds av MR med hippocampusatrofi och likvor med lågt beta-amyloid och förhöjt tau. MMSE 22."),
      ("Planering", "Pat ej infomerad om diagnosen. Diagnosbesked ges vid återbesöket 3/5 då dottern kan närvara, enligt pat:s önskemål att ha med henne. Donepezil diskuteras då."),
  ]),
  must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
  why="fastställd Alzheimer i synlig text och 'Pat ej infomerad om diagnosen' (stavfel)")

C("minnes-ev-lindrig-kognitiv-storning", "skane", "19510130-1868", "1951-01-30",
  N("minnes_angelholm", "Läkaranteckning", "Rasmus Dahl", "läkare", "2024-09-10T09:45", None, "öppenvård", [
      ("Bedömning", "Ev. lindrig kognitiv störning. MMSE 26, RUDAS 25, subjektiva besvär sedan ett år. ADL opåverkat."),
      ("Planering", "Neuropsykologisk testning. Uppföljning om 12 mån."),
  ]),
  must=[["NL102", "n1"]],
  why="'Ev.' framför diagnos (MCI) i synlig Bedömning")

C("minnes-utreds-for-demenssjukdom", "skane", "19470224-3025", "1947-02-24",
  N("minnes_angelholm", "Sjuksköterskeanteckning", "Petra Lindgren", "sjuksköterska", "2024-09-24T13:10", 30, "öppenvård", [
      ("Aktuellt", "Kommer med maken. Pat utreds för demenssjukdom; basal demensutredning påbörjad idag med MMSE, klocktest och blodprover."),
      ("Planering", "DT hjärna beställd. Läkarbesök med återkoppling när allt är klart."),
  ]),
  must=[["NL102", "n1"]],
  why="diagnos under utredning ('utreds för demenssjukdom') är en ej fastställd hypotes i synlig text")

C("ger-dt-smakarlssjukdom-pat-ej-nadd", "skane", "19400603-2744", "1940-06-03",
  N("ger_hbg_mott", "Telefonanteckning", "Sofia Carlsson", "läkare", "2024-10-08T14:15", 20, "öppenvård, telefon", [
      ("Provsvar", "DT hjärna (remiss pga minnesstörning): uttalad småkärlssjukdom samt gammal lakunär infarkt i vä thalamus. Ingen blödning, ingen expansivitet."),
      ("Åtgärd", "Sökt pat per telefon kl 10 och 14 utan svar, så pat har ännu inte fått besked om fynden. Nytt försök imorgon; nås hon inte skickas kallelse till läkarbesök, inte svar per brev."),
  ]),
  must=[["NL101", "n1"]],
  why="diagnosbärande röntgenfynd synligt medan pat ännu inte fått besked (ej nådd per telefon)")

C("ger-blandad-demens-besked-per-brev", "skane", "19370418-2421", "1937-04-18",
  N("ger_ystad", "Läkaranteckning", "Ulla Persson", "läkare", "2024-02-21T15:00", 30, "öppenvård", [
      ("Bedömning", "Blandad demens, Alzheimer och vaskulär komponent. MR visar både mediotemporal atrofi och utbredda vitsubstansförändringar."),
      ("Information", "Som överenskommet vid besöket 12/2 har pat och maken informerats om diagnosen per brev, med telefonnummer för frågor. Maken har ringt och bekräftat att de läst brevet."),
  ]),
  must_not=[["NL101", "n1"]],
  why="diagnosen meddelad per brev och mottagandet bekräftat")

C("minnes-alzheimer-normala-prover-ej-informerad", "skane", "19430927-5230", "1943-09-27",
  N("minnes_angelholm", "Telefonanteckning", "Petra Lindgren", "sjuksköterska", "2024-06-18T10:20", 15, "öppenvård, telefon", [
      ("Aktuellt", "Känd Alzheimers sjukdom sedan 2021, memantin insatt i mars."),
      ("Provsvar", "Kontrollprover: Na 139, kreatinin 82, Hb 136, samtliga normala. Pat ännu ej informerad om provsvaren; ssk ringer hustrun som sköter medicineringen enligt fullmakt."),
  ]),
  must_not=[["NL101", "n1"]],
  why="ej informerad gäller normala kontrollprover; Alzheimer är sedan länge känd")

C("th-mall-frontotemporal-demens-skane", "skane", "19610710-3993", "1961-07-10",
  N("minnes_malmo", "Tidiga hypoteser", "Gunnar Ohlsson", "läkare", "2024-08-27T16:00", 20, "öppenvård", [
      ("Bedömning", "Frågeställning frontotemporal demens, beteendevariant: personlighetsförändring, hämningslöshet, nytt sötsug. Inte diskuterat med pat eller hustrun; pat saknar insikt och hustrun har uttryckt rädsla för ett 'demensbesked'. Omprövas efter FDG-PET."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="osäker diagnos som inte diskuterats står i Skånes skyddade mall Tidiga hypoteser")

C("ger-misstankt-parkinson-ej-informerad-om-misstanken", "skane", "19450311-1678", "1945-03-11",
  N("ger_ystad", "Läkaranteckning", "Henrik Malm", "läkare", "2024-10-22T09:30", 45, "öppenvård", [
      ("Status", "Bradykinesi och rigiditet hö, vilotremor i hö hand. Gång med minskad armpendling hö."),
      ("Bedömning", "Misstänkt Parkinsons sjukdom. Pat ej informerad om misstanken än, inväntar DaTSCAN."),
  ]),
  must=[["NL102", "n1"]],
  why="misstänkt diagnos i synlig Bedömning ska ligga i Tidiga hypoteser (NL101 ej asserterad: hypotes)")

C("ger-mojlig-lakemedelsutlost-parkinsonism", "skane", "19380129-2602", "1938-01-29",
  N("ger_trelleborg", "Läkaranteckning", "Henrik Malm", "läkare", "2024-11-12T10:10", 40, "öppenvård", [
      ("Aktuellt", "Boende på särskilt boende, haloperidol insatt av jourläkare i augusti pga oro nattetid. Sedan dess stel och faller."),
      ("Bedömning", "Möjlig läkemedelsutlöst parkinsonism."),
      ("Planering", "Haloperidol trappas ut. Ny bedömning av gången om 4 v."),
  ]),
  must=[["NL102", "n1"]],
  why="'Möjlig' framför diagnos i synlig Bedömning")

C("ger-lewy-body-faststalld-pat-kanner-ej-till", "skane", "19410505-5513", "1941-05-05",
  N("ger_hbg_mott", "Läkaranteckning", "Sofia Carlsson", "läkare", "2024-11-26T13:40", 50, "öppenvård", [
      ("Bedömning", "Lewy body-demens. DaTSCAN patologisk med nedsatt upptag bilateralt, kliniken med fluktuationer och visuella hallucinationer stämmer."),
      ("Planering", "Pat känner ännu inte till diagnosen; hustrun vill vara med vid beskedet och är bortrest till 9/12. Rivastigmin startas efter samtalet."),
  ]),
  must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
  why="fastställd Lewy body-demens synlig medan pat 'ännu inte känner till diagnosen'")

C("tredje-person-skane-ej-filtrerat-misstankt-demens", "skane", "19490914-2962", "1949-09-14",
  N("ger_trelleborg", "Läkaranteckning", "Karl Jönsson", "läkare", "2024-04-03T11:30", 60, "öppenvård", [
      ("Aktuellt", "Årskontroll hjärtsvikt och förmaksflimmer. Mår bra enl. egen uppgift."),
      ("Tredje person", "Dottern berättar i telefon att mamman blivit alltmer glömsk och tappat bort nycklarna flera gånger. Bed: misstänkt begynnande demens, utreds vidare."),
      ("Planering", "MMSE vid nästa besök. Fortsatt samma hjärtsviktsbehandling."),
  ]),
  must=[["NL102", "n1"]],
  why="Skåne filtrerar inte sökordet Tredje person, så den misstänkta demensen är synlig")

C("ger-long-slutenvard-fall-parkinson-kan-ej-uteslutas", "skane", "19351108-1428", "1935-11-08",
  N("ger_hbg_avd", "Inskrivningsanteckning", "Oskar Pålsson", "läkare", "2024-01-24T15:45", 130, "slutenvård", [
      ("Kontaktorsak", "Inlagd via akuten efter tredje fallet på en månad, nu med smärta i vä höft. Rtg utan fraktur."),
      ("Anamnes", "88-årig kvinna, änka, bor ensam i lägenhet med hemtjänst två ggr/dag. Hypertoni, typ 2-diabetes, lätt kognitiv svikt. Läkemedel: amlodipin 10 mg, enalapril 20 mg, furosemid 40 mg, metformin, zopiklon till natten."),
      ("Aktuellt", "Dottern beskriver att mamman blivit stelare och går med små steg sedan i vintras. Pat själv tycker att 'benen inte lyder'."),
      ("Status", "AT lätt reducerat. BT liggande 148/80, stående efter 3 min 112/66 med yrsel. Hypomimi, lätt rigiditet bilat., ingen tremor. Gången småstegad, osäker vändning."),
      ("Lab", "Hb 118, Na 133, krea 94, glukos 7,8."),
      ("Bedömning", "Upprepade fall, multifaktoriellt: ortostatisk hypotension förstärkt av tre blodtryckssänkande läkemedel, sömnmedel och nedsatt muskelstyrka. Bakomliggande Parkinsons sjukdom kan inte uteslutas med tanke på stelheten och gångmönstret."),
      ("Planering", "Amlodipin och zopiklon sätts ut. Fysioterapeut bedömer gång och hjälpmedel. Neurologkonsult för bedömning av parkinsonismen. Räknar med 4-5 dagars vårdtid."),
  ]),
  must=[["NL102", "n1"]],
  why="lång slutenvårdsanteckning där en mening säger att Parkinson 'kan inte uteslutas'")

# ---------------------------------------------------------------------------
# Adult psychiatry and addiction, VGR (Melior; protection by sökord)
# ---------------------------------------------------------------------------
C("vgr-affektiv-dd-bipolar-vs-recidiverande", "vgr", "19880417-3287", "1988-04-17",
  N("su_affektiv", "Öppenvårdsanteckning", "Maja Svensson", "läkare", "2024-03-04T10:00", 80, "öppenvård", [
      ("Aktuellt", "Remiss från VC pga utebliven effekt av två SSRI. Perioder med minskat sömnbehov och ökad energi enl. sambon, varar 3-4 dagar."),
      ("Bedömning", "DD: bipolär sjukdom typ II vs recidiverande depression med agitation. Longitudinell bild behövs innan ställningstagande till stämningsstabiliserare."),
      ("Planering", "Stämningsdagbok 6 v, MDQ. Åter 15/5."),
  ]),
  must=[["NL102", "n1"]],
  why="'DD:' med två diagnoser i synlig Bedömning")

C("vgr-psyk-bipolar-kan-inte-uteslutas", "vgr", "19910902-5735", "1991-09-02",
  N("sas_psyk", "Öppenvårdsanteckning", "Johan Karlsson", "läkare", "2024-04-15T13:20", 45, "öppenvård", [
      ("Anamnes", "Två perioder förra året då pat sov 3 h/natt, köpte bil impulsivt och startade firma. Nu sedan 6 v nedstämd, svårt att ta sig upp."),
      ("Bedömning", "Aktuellt depressiv episod, medelsvår. Med tanke på de beskrivna perioderna kan bipolär sjukdom inte uteslutas, varför SSRI i monoterapi undviks."),
      ("Planering", "Lamotrigin upptitreras enl. schema. Anhörigintervju med sambon bokas."),
  ]),
  must=[["NL102", "n1"]],
  why="'kan ... inte uteslutas' är osäkerhet, inte negation")

C("vgr-psyk-hypotyreos-kan-uteslutas", "vgr", "19670328-2803", "1967-03-28",
  N("kungalv_psyk", "Öppenvårdsanteckning", "Lars Bergqvist", "läkare", "2024-02-19T09:40", 30, "öppenvård", [
      ("Bedömning", "Recidiverande depressiv sjukdom, nu lindrig episod. Hypotyreos kan uteslutas som bidragande orsak, TSH 1,8 och fT4 normalt."),
      ("Planering", "Fortsatt sertralin 100 mg. Beteendeaktivering med psykiatrisjuksköterska."),
  ]),
  must_not=[["NL102", "n1"]],
  why="'kan uteslutas' utan negationsord är en uteslutning; depressionen är fastställd")

C("vgr-th-sokord-trol-eips-ej-kommunicerat", "vgr", "20030721-4627", "2003-07-21",
  N("nal_psyk", "Öppenvårdsanteckning", "Ahmed Yusuf", "läkare", "2024-06-25T14:00", 35, "öppenvård", [
      ("Aktuellt", "Uppföljning efter utskrivning från avd 3. Sover bättre, har återgått till studierna på halvtid."),
      ("Bedömning", "Stabil. Fortsatt behandlarkontakt varannan vecka, DBT-grupp startar i augusti."),
      ("Tidiga hypoteser", "Trol. emotionellt instabil personlighetsstörning, men för tidigt att kommunicera. Ej tagit upp med pat ännu."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="hypotesen och att den inte kommunicerats står bara under VGR:s skyddade sökord Tidiga hypoteser")

C("vgr-psyk-sorg-eller-depression-oklart", "vgr", "19490305-3603", "1949-03-05",
  N("alingsas_psyk", "Nybesök", "Eva Lindahl", "läkare", "2024-03-13T10:30", 90, "öppenvård", [
      ("Aktuellt", "Maken avled i januari. Gråter dagligen, har tappat 5 kg, sover oroligt. Går till kyrkogården varje dag."),
      ("Bedömning", "Oklart om det rör sig om en depression eller en komplicerad sorgereaktion. Inga suicidtankar, stöd av dottern."),
      ("Planering", "Kuratorskontakt. Ny bedömning med MADRS om 4 v."),
  ]),
  must=[["NL102", "n1"]],
  why="'Oklart om det rör sig om' två diagnoser: osäker diagnos i synlig text")

C("vgr-1177-sertralin-biverkan-ev-dosjustering", "vgr", "19900612-2528", "1990-06-12",
  N("nal_psyk", "Telefon/1177-anteckning", "Sofie Ek", "sjuksköterska", "2024-04-22T11:05", 25, "öppenvård, 1177", [
      ("Kontaktorsak", "Pat skriver via 1177 att hon mått illa och haft lös mage sedan sertralin sattes in för tio dagar sedan."),
      ("Bedömning", "Medelsvår depression, insatt på sertralin 50 mg. Besvären är vanliga initiala biverkningar som brukar avta inom 2 v."),
      ("Åtgärd", "Svar via 1177: ta tabletten till frukost, fortsätt samma dos. Ev. dosjustering vid besöket 28/5."),
  ], refs=["1177-20417"]),
  must_not=[["NL102", "n1"]],
  why="'Ev.' gäller dosjustering, diagnosen är fastställd",
  conv=[CONV("1177-20417", "nal_psyk", "Kontakta mottagningen", "2024-04-21T20:14", "2024-04-22T11:00", [
      ("patient", "2024-04-21T20:14", "Hej, jag har mått illa varje dag och haft dålig mage sen jag började med tabletterna. Ska jag sluta?"),
      ("staff", "2024-04-22T11:00", "Hej! Illamående är vanligt de första veckorna och brukar gå över. Ta tabletten till frukost och fortsätt med samma dos. Hör av dig om det inte blir bättre inom två veckor."),
  ])])

C("vgr-psyk-mojligen-ptsd-kontakttolk-arabiska", "vgr", "19830808-4170", "1983-08-08",
  N("su_angered", "Nybesök", "Layla Haddad", "läkare", "2024-05-08T09:00", 120, "öppenvård", [
      ("Anamnes", "Kontakttolk på arabiska närvarande. Flydde från Syrien 2015, förlorade en bror vid bombning. Mardrömmar flera nätter/vecka, undviker tv-nyheter."),
      ("Bedömning", "Möjligen PTSD, men symtomen kan också förklaras av en depression. Fördjupad bedömning med tolk och PCL-5 på arabiska behövs."),
      ("Planering", "Nytt besök om 2 v, tolk beställd."),
  ]),
  must=[["NL102", "n1"]],
  why="'Möjligen' PTSD i synlig Bedömning, besök via tolk")

C("vgr-npu-adhd-utesluten-aterkoppling-telefon", "vgr", "19930115-6791", "1993-01-15",
  N("su_npu", "Telefonanteckning", "Kristina Olofsson", "psykolog", "2024-06-03T13:45", 30, "öppenvård, telefon", [
      ("Telefonkontakt", "Återkoppling av utredningsresultat per telefon enl. pat:s önskemål."),
      ("Resultat", "ADHD kunde uteslutas. Testprofilen visar god uppmärksamhetsförmåga; koncentrationsbesvären bedöms hänga ihop med sömnbrist vid skiftarbete."),
      ("Information", "Pat informerad och nöjd med beskedet. Skriftligt utlåtande skickas hem."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="ADHD utesluten och pat informerad per telefon")

C("vgr-psyk-kvarstaende-misstanke-ocd", "vgr", "19970220-2467", "1997-02-20",
  N("sas_psyk", "Psykologanteckning", "Anton Hedlund", "psykolog", "2024-09-16T15:00", 20, "öppenvård", [
      ("Bedömning", "Kvarstående misstanke om tvångssyndrom; tvångstankarna kring smitta finns kvar trots att handtvättandet minskat. Y-BOCS 18."),
      ("Planering", "Fortsatt KBT i 8 sessioner, därefter ny diagnostisk bedömning."),
  ]),
  must=[["NL102", "n1"]],
  why="'Kvarstående misstanke om' diagnos i synlig text")

C("vgr-psykos-schizoaffektiv-ej-fatt-veta", "vgr", "19860410-3955", "1986-04-10",
  N("su_psykos", "Läkaranteckning", "Fredrik Åström", "läkare", "2024-10-01T10:00", 55, "öppenvård", [
      ("Bedömning", "Schizoaffektivt syndrom, bipolär typ. Stämningsläget har stabiliserats på litium och olanzapin."),
      ("Planering", "Pat har ännu inte fått veta diagnosen; ansvarig läkare tar upp den vid nästa samtal när pat är mindre misstänksam. Oförändrad medicinering."),
  ]),
  must=[["NL101", "n1"]],
  why="fastställd diagnos synlig och pat 'har ännu inte fått veta diagnosen'")

C("vgr-psykos-depot-nasta-injektion-fragetecken", "vgr", "19750619-5416", "1975-06-19",
  N("su_psykos", "Sjuksköterskeanteckning", "Mona Abdi", "sjuksköterska", "2024-02-13T09:25", 15, "öppenvård", [
      ("Anteckning", "Känd paranoid schizofreni. Xeplion 150 mg i vä deltoideus, inga biverkningar. Nästa injektion 12/3? Kontrollera med distriktssköterskan som har schemat."),
  ]),
  must_not=[["NL102", "n1"]],
  why="frågetecknet gäller ett datum, diagnosen är känd")

C("vgr-avd-susp-serotonergt-syndrom-jour", "vgr", "20010118-4067", "2001-01-18",
  N("su_avd26", "Jouranteckning", "Hussein Ali", "läkare", "2024-07-14T02:10", 60, "slutenvård, psykiatrisk heldygnsvård", [
      ("Aktuellt", "Kallad av ssk: pat svettig, orolig, temp 38,4, skakningar. Tramadol tillagt igår mot ryggsmärta, står på venlafaxin 225 mg."),
      ("Status", "Myoklonier i benen, klonus bilat. fotled, vida pupiller. Puls 118."),
      ("Bedömning", "Susp. serotonergt syndrom. Tramadol och venlafaxin sätts ut."),
      ("Åtgärd", "Flyttas till medicinakuten för övervakning, muntlig rapport till medicinjouren."),
  ]),
  must=[["NL102", "n1"]],
  why="'Susp.' framför diagnos i synlig jouranteckning på psykiatrisk avdelning")

C("vgr-vald-sokord-trol-ptsd", "vgr", "19891129-3507", "1989-11-29",
  N("uddevalla_psyk", "Psykologanteckning", "Rebecka Holmgren", "psykolog", "2024-05-21T11:00", 40, "öppenvård", [
      ("Aktuellt", "Uppföljning av sömnbesvären. Somnar kl 02, vaknar tidigt."),
      ("Bedömning", "Insomni, fortsatt sömnskola och propiomazin vid behov."),
      ("Våldsutsatthet i nära relationer", "Berättar att f.d. sambon slagit henne upprepade gånger 2022-2023. Trol. PTSD-symtom med mardrömmar om honom och skvättighet. Har kontakt med kvinnojouren."),
  ]),
  must_not=[["NL102", "n1"]],
  why="den osäkra diagnosen står bara under det skyddade VGR-sökordet Våldsutsatthet i nära relationer")

C("vgr-psyk-typo-personlighetstorning-misstankt", "vgr", "20040108-2920", "2004-01-08",
  N("nal_psyk", "Öppenvårdsanteckning", "Ahmed Yusuf", "läkare", "2024-09-03T15:30", 50, "öppenvård", [
      ("Bedömning", "Misstänkt emotionellt instabil personlighetstörning med upprepade självskadehandlingar och instabila relationer."),
      ("Planering", "Strukturerad intervju SCID-5-PD. Säkerhetsplanen uppdaterad."),
  ]),
  must=[["NL102", "n1"]],
  why="stavfel i diagnosordet ('personlighetstörning') efter 'Misstänkt' ska ändå ge NL102")

C("vgr-beroende-korsakoff-ej-forran-samordnat-mote", "vgr", "19630227-1330", "1963-02-27",
  N("su_beroende", "Läkaranteckning", "Martin Sjöberg", "läkare", "2024-04-09T14:00", 70, "slutenvård", [
      ("Bedömning", "Korsakoffs syndrom (F10.6) efter långvarigt alkoholberoende. Minnesstörning med konfabulation, tiamin i.v. givet."),
      ("Planering", "Diagnosen ska inte tas upp med pat förrän vid samordnat möte med kurator, boendestödjare och brodern 22/4. Tills vidare inga besked om körkort eller boende."),
  ]),
  must=[["NL101", "n1"]],
  why="fastställd diagnos synlig men den 'ska inte tas upp med pat' ännu")

C("vgr-psyk-tidigare-utredd-misstankt-bipolar-avfard", "vgr", "19840514-5098", "1984-05-14",
  N("sas_psyk", "Öppenvårdsanteckning", "Johan Karlsson", "läkare", "2024-10-14T10:00", 35, "öppenvård", [
      ("Anamnes", "Utreddes 2017 på affektiva pga misstänkt bipolär sjukdom, bedömdes då inte uppfylla kriterierna. Ingen hypomani sedan dess."),
      ("Bedömning", "Medelsvår depressiv episod. Sertralin upptitreras till 100 mg."),
  ]),
  must_not=[["NL102", "n1"]],
  why="'misstänkt' gäller en tidigare, avslutad utredning i Anamnes")

C("vgr-psyk-draft-kan-rora-sig-om-social-fobi", "vgr", "20020411-7139", "2002-04-11",
  N("nal_psyk", "Psykologanteckning", "Ida Lundberg", "psykolog", "2024-03-26T16:20", None, "öppenvård", [
      ("Bedömning", "Kan röra sig om social fobi: undviker seminarier med muntliga redovisningar och äter aldrig i skolans matsal. LSAS 78."),
      ("Planering", "Fortsatt bedömning nästa vecka."),
  ]),
  must=[["NL102", "n1"]],
  why="osignerat utkast med 'Kan röra sig om' diagnos i synlig Bedömning")

C("vgr-psyk-dd-hypotyreos-ovagd-men-utesluten", "vgr", "19700817-2285", "1970-08-17",
  N("skas_psyk", "Öppenvårdsanteckning", "Karin Åberg", "läkare", "2024-05-02T11:15", 40, "öppenvård", [
      ("Bedömning", "Differentialdiagnostiskt övervägdes hypotyreos, men TSH och fT4 är normala och den diagnosen är därmed utesluten. Utmattningssyndrom kvarstår som huvuddiagnos."),
      ("Planering", "Fortsatt sjukskrivning 75 %, arbetsterapeut för aktivitetsbalans."),
  ]),
  must_not=[["NL102", "n1"]],
  why="differentialdiagnosen avförs i samma mening ('utesluten'); huvuddiagnosen är fastställd")

C("vgr-akutpsyk-typo-delirum-fragetecken", "vgr", "19520310-2990", "1952-03-10",
  N("su_akutpsyk", "Akutanteckning", "Nora Lindqvist", "läkare", "2024-12-03T23:15", 45, "öppenvård, akutmottagning", [
      ("Kontaktorsak", "Hämtad av ambulans; hustrun uppger att han pratar osammanhängande och plockar i luften sedan igår kväll."),
      ("Status", "Desorienterad till tid och plats, uppmärksamheten fluktuerar. Tremor, svettig. Alkohol 'några glas' per dag."),
      ("Bedömning", "Delirum? Somatisk orsak behöver utredas först, inte primärt psykiatriskt."),
      ("Planering", "Överförs till medicinakuten. Psykiatrin konsulteras på nytt vid behov."),
  ]),
  must=[["NL102", "n1"]],
  why="stavfel 'Delirum' med frågetecken i synlig Bedömning")

C("vgr-akutpsyk-long-trolig-drogutlost-psykos", "vgr", "19991206-3154", "1999-12-06",
  N("su_akutpsyk", "Akutanteckning", "Nora Lindqvist", "läkare", "2024-09-28T03:20", 95, "öppenvård, akutmottagning", [
      ("Kontaktorsak", "Kommer frivilligt med flickvännen efter tre dygn utan sömn. Hon beskriver att han sedan helgen pratar om att han fått 'ett uppdrag' och att tv:n sänder meddelanden till honom."),
      ("Anamnes", "24-årig man, läser till ingenjör. Ingen tidigare psykiatrisk kontakt. Röker cannabis dagligen sedan ett år, tog enl. egen uppgift 'något starkare' på en fest i fredags, vet inte vad. Alkohol måttligt. Inga läkemedel. Somatiskt frisk."),
      ("Hereditet", "Farmor vårdades länge inom psykiatrin, oklart för vad."),
      ("Socialt", "Bor i studentkorridor. Goda relationer till föräldrarna i Borås."),
      ("Psykiskt status", "Vaken, orienterad till person men osäker på datum. Motoriskt rastlös, reser sig ofta. Forcerat tal, associationsstörningar. Vanföreställningar av storhets- och referenskaraktär. Medger röster som kommenterar vad han gör. Upprymd men irritabel affekt. Saknar sjukdomsinsikt. Förnekar suicidtankar, inga hot mot andra."),
      ("Somatiskt status", "AT gott. Puls 104, BT 145/90, temp 37,1. Pupiller normalstora med normal ljusreaktion. Neurologiskt grovt ua."),
      ("Lab", "U-tox positivt för THC, i övrigt negativt. Blodstatus, elstatus och CRP ua."),
      ("Bedömning", "Trolig drogutlöst psykos, DD debuterande schizofreni eller mani med psykotiska symtom. Vårdbehov föreligger och pat accepterar inläggning."),
      ("Planering", "Inläggning avd 27, frivillig vård. Olanzapin 10 mg till natten. Ny bedömning efter 48 h drogfrihet."),
  ]),
  must=[["NL102", "n1"]],
  why="lång akutanteckning där Bedömning har 'Trolig' och 'DD' om psykosdiagnoser")

C("vgr-psyk-inte-helt-uteslutet-autism", "vgr", "19920926-2386", "1992-09-26",
  N("su_molndal_psyk", "Öppenvårdsanteckning", "Peter Gran", "läkare", "2024-11-19T13:00", 30, "öppenvård", [
      ("Bedömning", "ADHD sedan barndomen, välinställd på metylfenidat. Inte helt uteslutet att det också finns en autism, med tanke på stelheten vid förändringar och det begränsade intresseområdet."),
      ("Planering", "Anamnes från föräldrarna inhämtas innan ev. remiss till NP-teamet."),
  ]),
  must=[["NL102", "n1"]],
  why="'Inte helt uteslutet' är osäkerhet (dubbel negation), inte en uteslutning")

C("vgr-psyk-1177-inger-misstanke-adhd", "vgr", "19950723-3865", "1995-07-23",
  N("su_molndal_psyk", "Telefon/1177-anteckning", "Emma Rydberg", "sjuksköterska", "2024-01-16T09:50", 20, "öppenvård, 1177", [
      ("Kontaktorsak", "Ärende via 1177: pat har läst om ADHD och känner igen sig, svårt att slutföra uppgifter på jobbet och glömmer möten."),
      ("Bedömning", "Symtombeskrivningen inger misstanke om ADHD, men även sömnbrist och stress kan bidra."),
      ("Åtgärd", "ASRS skickat via 1177. Bedömningssamtal hos läkare bokas när formuläret kommit in."),
  ], refs=["1177-30988"]),
  must=[["NL102", "n1"]],
  why="sjuksköterskans bedömning i 1177-anteckning: 'inger misstanke om ADHD'",
  conv=[CONV("1177-30988", "su_molndal_psyk", "Rådgivning", "2024-01-14T21:32", "2024-01-16T09:45", [
      ("patient", "2024-01-14T21:32", "Jag har läst om ADHD hos vuxna och känner igen mig i nästan allt. Kan jag få en utredning hos er?"),
      ("staff", "2024-01-16T09:45", "Tack för ditt meddelande. Vi skickar ett formulär som du fyller i, sedan bokar vi ett bedömningssamtal hos läkare."),
  ])])

C("vgr-psyk-diagnos-ej-formedlad-telefontolk-bruten", "vgr", "19680503-2825", "1968-05-03",
  N("su_hisingen", "Öppenvårdsanteckning", "Olle Hansson", "läkare", "2024-04-29T14:30", 60, "öppenvård", [
      ("Bedömning", "Recidiverande depression, nu svår episod utan psykotiska symtom. MADRS 36."),
      ("Planering", "Diagnosen har ännu inte förmedlats till pat: telefontolken på somaliska bröts efter fem minuter. Ny tid med kontakttolk på plats 7/5 för information och behandlingsplan."),
  ]),
  must=[["NL101", "n1"]],
  why="fastställd diagnos synlig men 'har ännu inte förmedlats till pat' pga tolkproblem")

C("vgr-npu-autism-vuxen-ej-delgiven", "vgr", "19971030-5419", "1997-10-30",
  N("su_npu", "Psykologutlåtande", "Kristina Olofsson", "psykolog", "2024-09-19T16:00", None, "öppenvård", [
      ("Sammanfattning", "Autismspektrumtillstånd, nivå 1, utan intellektuell funktionsnedsättning. Kriterierna uppfyllda enligt DSM-5 efter ADOS-2 och anamnes från modern."),
      ("Planering", "Diagnosen ej delgiven pat ännu, återgivning bokad 3/10 med pat och valfri närstående."),
  ]),
  must=[["NL101", "n1"]], must_not=[["NL102", "n1"]],
  why="fastställd autism synlig men 'ej delgiven pat ännu'")

# ---------------------------------------------------------------------------
# Geriatrics and memory clinics, VGR (Melior)
# ---------------------------------------------------------------------------
C("vgr-minnes-misstanke-demens-avskrivs", "vgr", "19481022-3570", "1948-10-22",
  N("su_minnes", "Läkaranteckning", "Birgit Thorsson", "läkare", "2024-03-20T10:00", 60, "öppenvård", [
      ("Bedömning", "Misstanken om demens avskrivs efter neuropsykologisk testning med normala resultat. De kognitiva besvären bedöms sekundära till depressionen, som nu behandlas med mirtazapin."),
      ("Planering", "Avslutas på minnesmottagningen. Fortsatt uppföljning av depressionen på vårdcentralen."),
  ]),
  must_not=[["NL102", "n1"]],
  why="'Misstanken ... avskrivs' är en uteslutning; depressionen är fastställd")

C("vgr-ger-avd-trol-delerium-uvi-typo", "vgr", "19360914-1928", "1936-09-14",
  N("su_ger_avd", "Inskrivningsanteckning", "Anna-Karin Berg", "läkare", "2024-01-09T16:30", 75, "slutenvård", [
      ("Inskrivning", "Från korttidsboende med akut förvirring sedan två dygn, plockig, vägrar äta. Temp 38,2, urinsticka leuk 3+, nitrit pos."),
      ("Bedömning", "Trol. delerium utlöst av UVI. Känd Alzheimers sjukdom sedan 2020."),
      ("Planering", "Pivmecillinam. Vätska. Delirium-åtgärder enl. PM, undvik bensodiazepiner."),
  ]),
  must=[["NL102", "n1"]],
  why="'Trol.' framför felstavat 'delerium' i synlig Bedömning på geriatrisk avdelning")

C("vgr-ger-b12-brist-informerad-per-telefon", "vgr", "19450126-4511", "1945-01-26",
  N("sas_ger", "Telefonanteckning", "Lotta Wik", "sjuksköterska", "2024-02-06T10:45", 15, "öppenvård, telefon", [
      ("Provsvar", "S-kobalamin 98 pmol/l, förhöjt homocystein. B12-brist."),
      ("Åtgärd", "Pat informerad per telefon om provsvaret och att brist föreligger. Dr Jansson har förskrivit Behepan 1 mg 1x1, pat hämtar ut idag. Kontroll om 3 mån."),
  ]),
  must_not=[["NL101", "n1"]],
  why="B12-brist meddelad per telefon: pat informerad")

C("vgr-ger-utredning-pagar-misstanke-parkinson", "vgr", "19460930-3310", "1946-09-30",
  N("skas_ger", "Läkaranteckning", "Stefan Ljung", "läkare", "2024-05-13T09:00", 50, "öppenvård", [
      ("Aktuellt", "Hustrun har märkt att pat blivit långsammare, tar små steg och att handstilen krympt."),
      ("Status", "Hypomimi, nedsatt medsväng vä arm, kugghjulsfenomen vä. Ingen vilotremor."),
      ("Bedömning", "Utredning pågår pga misstanke om Parkinsons sjukdom. DaTSCAN beställd, levodopatest övervägs."),
  ]),
  must=[["NL102", "n1"]],
  why="pågående utredning av misstänkt diagnos står i synlig Bedömning")

C("vgr-minnes-hereditet-mor-trol-alzheimer", "vgr", "19580602-2801", "1958-06-02",
  N("su_minnes", "Läkaranteckning", "Birgit Thorsson", "läkare", "2024-06-12T13:30", 40, "öppenvård", [
      ("Hereditet", "Mor hade trol. Alzheimer, insjuknade vid 70 års ålder. Morfar 'blev senil', aldrig utredd."),
      ("Bedömning", "Subjektiva minnesbesvär utan objektiv kognitiv svikt. Testresultaten ligger inom normalområdet för ålder och utbildning."),
      ("Planering", "Ingen uppföljning här. Råd om fysisk aktivitet och blodtryckskontroll på VC."),
  ]),
  must_not=[["NL102", "n1"]],
  why="'trol. Alzheimer' gäller modern i Hereditet")

C("vgr-ger-dd-depressiv-pseudodemens", "vgr", "19500812-1625", "1950-08-12",
  N("sas_ger", "Läkaranteckning", "Peder Jansson", "läkare", "2024-08-21T10:15", 35, "öppenvård", [
      ("Bedömning", "Kognitiv svikt, MMSE 24. Differentialdiagnos: depressiv pseudodemens, GDS-15 9 p."),
      ("Planering", "Behandlingsförsök med SSRI, ny kognitiv testning om 3 mån."),
  ]),
  must=[["NL102", "n1"]],
  why="'Differentialdiagnos:' i synlig Bedömning")

C("vgr-ger-draft-misstankt-normaltryckshydrocefalus", "vgr", "19441117-3570", "1944-11-17",
  N("uddevalla_ger", "Läkaranteckning", "Tove Engström", "läkare", "2024-10-30T15:40", None, "öppenvård", [
      ("Anamnes", "Gången försämrad senaste året, 'fastnar i golvet'. Trängningar och enstaka inkontinens. Glömsk enl. dottern."),
      ("Status", "Bredbent, småstegad gång med magnetisk karaktär. TUG 19 s."),
      ("Bedömning", "Misstänkt normaltryckshydrocefalus med klassisk triad. DT hjärna visar vidgade ventriklar."),
      ("Planering", "Remiss till neurokirurgen på Sahlgrenska för tap test."),
  ]),
  must=[["NL102", "n1"]],
  why="osignerat utkast med 'Misstänkt' diagnos i synlig Bedömning")

C("vgr-ger-tredje-person-son-alkohol-misstanke", "vgr", "19470209-5938", "1947-02-09",
  N("alingsas_med", "Mottagningsanteckning", "Gustav Ek", "läkare", "2024-03-07T10:30", 45, "öppenvård", [
      ("Aktuellt", "Återbesök för hypertoni och lätt kognitiv svikt. BT 142/84. Pat själv upplever inga problem."),
      ("Tredje person", "Sonen ringde före besöket och berättade att pat trol. dricker en flaska vin om dagen och har kört bil berusad. Sonen misstänker alkoholdemens och vill inte att pat får veta att han hört av sig."),
      ("Planering", "PEth tas som del av rutinproverna. Åter om 6 v."),
  ]),
  must_not=[["NL102", "n1"]],
  why="anhörigs misstanke står under VGR:s skyddade sökord Tredje person; synliga delar saknar hypotes")

C("vgr-ger-vaskular-demens-informerad-hustru-ej", "vgr", "19410721-2799", "1941-07-21",
  N("skas_ger", "Läkaranteckning", "Stefan Ljung", "läkare", "2024-06-05T14:00", 30, "öppenvård", [
      ("Information", "Pat informerad om diagnosen vaskulär demens vid dagens besök och tog det sakligt. Hustrun ej informerad ännu eftersom hon är inlagd på medicin; pat vill berätta själv."),
  ]),
  must_not=[["NL101", "n1"]],
  why="pat informerad; bara hustrun är oinformerad")

C("vgr-minnes-ingen-demens-resultat-per-brev", "vgr", "19520118-2242", "1952-01-18",
  N("su_minnes", "Psykologanteckning", "Hanna Feldt", "psykolog", "2024-07-03T15:00", 30, "öppenvård", [
      ("Resultat", "Neuropsykologisk undersökning: prestationer inom normalområdet i samtliga domäner. Ingen demens och inga hållpunkter för lindrig kognitiv störning."),
      ("Planering", "Pat ej informerad om resultatet ännu, sammanfattning skickas per brev denna vecka."),
  ]),
  must_not=[["NL101", "n1"], ["NL102", "n1"]],
  why="det pat inte informerats om är ett normalt testresultat; diagnoserna är negerade")

C("vgr-med-remiss-mtp-begynnande-demens", "vgr", "19400425-1684", "1940-04-25",
  N("alingsas_med", "Mottagningsanteckning", "Gustav Ek", "läkare", "2024-09-09T11:20", 40, "öppenvård", [
      ("Bedömning", "Tilltagande glömska, ställer samma frågor upprepade gånger enl. maken. MMSE 24."),
      ("Planering", "Remiss till minnesmottagningen mtp begynnande demens. B12, TSH och Ca tas."),
  ]),
  must=[["NL102", "n1"]],
  why="'mtp' (med tanke på) en ej fastställd demens i synlig text")

C("vgr-ger-avd-trol-hem-imorgon", "vgr", "19330616-3464", "1933-06-16",
  N("su_ger_avd", "Daganteckning", "Anna-Karin Berg", "läkare", "2024-02-16T12:00", 40, "slutenvård", [
      ("Daganteckning", "Opererad höftfraktur vä, dag 5. Delirium i början av vårdtiden, nu klingat av. Går med rollator."),
      ("Planering", "Trol. hem imorgon med utökad hemtjänst fyra ggr/dag. Hemrehab kontaktad."),
  ]),
  must_not=[["NL102", "n1"]],
  why="'Trol.' gäller hemgång, inte en diagnos")

C("vgr-ger-osteoporos-dxa-ej-underrattad", "vgr", "19430309-2466", "1943-03-09",
  N("sas_ger", "Läkaranteckning", "Peder Jansson", "läkare", "2024-11-04T09:30", 25, "öppenvård", [
      ("Provsvar", "DXA: osteoporos i ländrygg och höft, T-score -3,1 resp. -2,7."),
      ("Planering", "Pat ännu inte underrättad om svaret. Ringer henne när dottern, som tolkar på bosniska, kan vara med på telefon; då också start av alendronat."),
  ]),
  must=[["NL101", "n1"]],
  why="osteoporos (diagnos ur DXA) synlig medan pat 'ännu inte underrättad'")

C("vgr-ger-long-ingen-demens-inga-hypoteser", "vgr", "19420108-1975", "1942-01-08",
  N("skas_ger", "Mottagningsanteckning", "Tove Engström", "läkare", "2024-11-21T10:00", 120, "öppenvård", [
      ("Kontaktorsak", "Återbesök efter basal demensutredning, pat kommer med hustrun Gunnel."),
      ("Anamnes", "82-årig man, tidigare lantbrukare. Hypertoni, förmaksflimmer på apixaban, opererad för prostatacancer 2009 utan recidiv. Hustrun beskriver att han sedan ett par år glömmer namn och ibland tappar tråden, men sköter ekonomin och kör traktor på gården."),
      ("Hereditet", "Bror trol. dement i livets slutskede, aldrig utredd. Föräldrarna dog unga."),
      ("Status", "MMSE 28/30, klocktest ua. Stabil gång. BT 138/78, oregelbunden rytm, frekvens 72."),
      ("Utredning", "DT hjärna: åldersadekvat, ingen atrofi utöver det förväntade, inga infarkter. B12, folat, TSH och kalcium normala."),
      ("Bedömning", "Ingen demens. Inga hållpunkter för lindrig kognitiv störning heller; besvären bedöms som normalt åldrande. Förmaksflimret välbehandlat och blodtrycket väl inställt."),
      ("Information", "Resultaten genomgångna med pat och hustrun, som blev lättade."),
      ("Planering", "Ev. ny kontroll om besvären tilltar, pat hör då själv av sig. Trol. räcker årskontroll på VC. Avslutas på geriatriska mottagningen."),
  ]),
  must_not=[["NL102", "n1"]],
  why="lång anteckning med negationer, hereditet och 'ev./trol.' om kontroller men ingen hypotes om pat")

# ---------------------------------------------------------------------------
# Children (non-BUP), VGR (Melior)
# ---------------------------------------------------------------------------
C("vgr-barn-absensepilepsi-fragetecken", "vgr", "20170213-1556", "2017-02-13",
  N("dsbus", "Läkaranteckning", "Cecilia Modig", "läkare", "2024-03-14T10:00", 50, "öppenvård", [
      ("Frågeställning", "Absensepilepsi? Läraren rapporterar 'frånvaroattacker' flera gånger om dagen."),
      ("Status", "Hyperventilationsprov på mottagningen: efter 90 s stirrande blick och ögonlocksfladder i ca 8 s, svarar inte på tilltal."),
      ("Planering", "EEG med hyperventilation bokat. Vårdnadshavarna informerade om försiktighet vid bad."),
  ]),
  must=[["NL102", "n1"]],
  why="frågetecken efter diagnos hos 7-åring i synlig anteckning som vårdnadshavaren läser")

C("vgr-barn-eeg-normalt-ingen-epilepsi-pappa-telefon", "vgr", "20160719-2372", "2016-07-19",
  N("nal_barn", "Telefonanteckning", "Daniel Forsberg", "läkare", "2024-04-18T13:10", 20, "öppenvård, telefon", [
      ("Bedömning", "EEG normalt, inga epileptiforma urladdningar vid hyperventilation. Ingen epilepsi. Episoderna bedöms vara dagdrömmar som går att bryta med tilltal."),
      ("Information", "Svaret lämnat till pappa per telefon, han var lättad."),
  ]),
  must_not=[["NL102", "n1"]],
  why="'Ingen epilepsi' är negation; svaret givet per telefon till vårdnadshavare")

# ---------------------------------------------------------------------------
# Skåne addiction (Melior) - infection found at screening
# ---------------------------------------------------------------------------
C("beroende-kronisk-hepatit-c-besked-ej-givet", "skane", "19810406-3733", "1981-04-06",
  N("beroende_malmo", "Sjuksköterskeanteckning", "Fatima Eriksson", "sjuksköterska", "2024-07-09T14:00", None, "öppenvård", [
      ("Provsvar", "Anti-HCV positiv, HCV-RNA påvisbart vid två tillfällen med 6 månaders mellanrum: kronisk hepatit C."),
      ("Planering", "Pat har inte fått besked ännu. Ssk tar det vid nästa LARO-besök på tisdag och remitterar sedan till infektionskliniken."),
  ]),
  must=[["NL101", "n1"]],
  why="kronisk hepatit C synlig medan pat 'inte fått besked ännu'")

# ---------------------------------------------------------------------------
# Primary care, Skåne (PMO): diagnoses never visible -> never NL102
# ---------------------------------------------------------------------------
C("pmo-hemsjukvard-trol-demensutveckling", "skane", "19340711-4424", "1934-07-11",
  N("hsjv_lomma", "Hembesök sjuksköterska", "Annika Wahlström", "sjuksköterska", "2024-10-03T11:00", 60, "hemsjukvård", [
      ("Hembesök", "Dosetten orörd två dagar i rad. Pat vet inte vilken veckodag det är och har ställt kastrullen i kylskåpet."),
      ("Bedömning", "Trol. demensutveckling. Kontakt med ansvarig läkare på VC för bedömning."),
  ]),
  must_not=[["NL102", "n1"]],
  why="PMO (hemsjukvård): 'Trol.' demens ger inte NL102")

C("pmo-bvc-misstanke-autism-2-5ar", "skane", "20210904-2834", "2021-09-04",
  N("bvc_eslov", "BVC-besök", "Jessica Lund", "sjuksköterska", "2024-03-11T09:30", 45, "öppenvård", [
      ("2,5-årsbesök", "Pojken säger enstaka ord, pekar inte och söker sällan ögonkontakt. Föräldrarna är oroliga, mamma har läst om autism."),
      ("Bedömning", "Misstanke om autism eller språkstörning. Remiss till BUP/habilitering efter samråd med BVC-läkaren, logopedremiss parallellt."),
  ]),
  must_not=[["NL102", "n1"]],
  why="PMO (BVC): misstanke om autism ger inte NL102")

C("pmo-um-kurator-ev-atstorning", "skane", "20060817-3142", "2006-08-17",
  N("um_hassleholm", "Kuratorssamtal", "Moa Hermansson", "kurator", "2024-05-15T15:00", 40, "öppenvård", [
      ("Samtal", "17-åring som kommer på eget initiativ. Räknar kalorier, tränar två ggr/dag, mensen har uteblivit i 4 mån."),
      ("Bedömning", "Ev. ätstörning. Ingen annan vårdkontakt i nuläget."),
      ("Planering", "Remiss till BUP:s ätstörningsmottagning med samtycke. Barnmorskan kontrollerar vikt och puls idag."),
  ]),
  must_not=[["NL102", "n1"]],
  why="PMO (ungdomsmottagning): 'Ev.' ätstörning ger inte NL102")

C("pmo-vc-telefontolk-dd-ptsd-depression", "skane", "19871224-5599", "1987-12-24",
  N("vc_rosengard", "Besök läkare", "Yasmin Karimi", "läkare", "2024-06-19T10:40", 35, "öppenvård", [
      ("Aktuellt", "Besök med telefontolk på persiska. Sover 3-4 h per natt, mardrömmar om fängelsetiden."),
      ("Bedömning", "DD PTSD vs depression. Vill inte ha medicin just nu."),
      ("Planering", "Remiss till Röda Korsets behandlingscenter. Åter om 4 v."),
  ]),
  must_not=[["NL102", "n1"]],
  why="PMO: differentialdiagnos ger inte NL102")

C("pmo-vc-1177-trolig-paniksyndrom", "skane", "19980513-2967", "1998-05-13",
  N("vc_nasby", "Telefon/1177", "Therese Olsson", "sjuksköterska", "2024-04-26T08:40", 20, "öppenvård, 1177", [
      ("Kontaktorsak", "Via 1177: hjärtklappning, yrsel och dödsskräck i köer och på bussen, fyra attacker senaste veckan."),
      ("Bedömning", "Trolig paniksyndrom; somatiskt utredd på akuten i mars med normalt EKG."),
      ("Åtgärd", "Svar via 1177 med information om panikattacker och egenvård. Tid hos psykolog på VC 14/5."),
  ], refs=["1177-55120"]),
  must_not=[["NL102", "n1"]],
  why="PMO: 'Trolig' paniksyndrom i 1177-anteckning ger inte NL102",
  conv=[CONV("1177-55120", "vc_nasby", "Rådgivning", "2024-04-25T19:02", "2024-04-26T08:35", [
      ("patient", "2024-04-25T19:02", "Jag får hjärtklappning och blir yr när jag står i kö eller åker buss, känns som att jag ska dö. Det har hänt fyra gånger nu."),
      ("staff", "2024-04-26T08:35", "Hej! Utifrån det du beskriver och att hjärtat är undersökt i mars har vi bokat en tid hos vår psykolog. Du hittar tiden under bokade besök."),
  ])])

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------
RULESETS = {"skane", "vgr"}
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203",
         "NL204", "NL205", "NL206"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
CONV_KEYS = ["id", "type", "unit", "opened", "handled", "concerns_care", "messages",
             "attachments"]
PNR_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{3})(\d)$")
HSA_RE = re.compile(r"^SE2321000(255|131)-[0-9A-Z]{4}$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def iso(s, what, errs, where):
    try:
        t = dt.datetime.fromisoformat(s)
    except (TypeError, ValueError):
        errs.append(f"{where}: {what} is not ISO 8601: {s!r}")
        return None
    if t.year != 2024:
        errs.append(f"{where}: {what} not in 2024: {s}")
    return t


def age_at(birth, when):
    a = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        a -= 1
    return a


def build():
    errs = []
    lines = []
    names = set()
    sentences = {}
    for c in CASES:
        where = c["name"]
        if not NAME_RE.match(c["name"]):
            errs.append(f"{where}: bad case name")
        if c["name"] in names:
            errs.append(f"{where}: duplicate case name")
        names.add(c["name"])
        if c["ruleset"] not in RULESETS:
            errs.append(f"{where}: unknown ruleset {c['ruleset']}")
        # personnummer
        m = PNR_RE.match(c["pnr"])
        if not m:
            errs.append(f"{where}: malformed personnummer {c['pnr']}")
            continue
        y, mo, d, serial, check = m.groups()
        if f"{y}-{mo}-{d}" != c["birth"]:
            errs.append(f"{where}: personnummer does not match birth_date")
        want = luhn_digit(y[2:] + mo + d + serial)
        if int(check) != want:
            errs.append(f"{where}: personnummer check digit {check}, expected {want}")
        try:
            birth = dt.date.fromisoformat(c["birth"])
        except ValueError:
            errs.append(f"{where}: bad birth_date")
            continue
        note = c["note"]
        if list(note.keys()) != NOTE_KEYS:
            errs.append(f"{where}: note keys {list(note.keys())}")
        t = iso(note["time"], "time", errs, where)
        if note["signed"] is not None:
            s = iso(note["signed"], "signed", errs, where)
            if t and s and s < t:
                errs.append(f"{where}: signed before time")
        if t is None:
            continue
        age = age_at(birth, t.date())
        if 13 <= age <= 15 or age < 0:
            errs.append(f"{where}: patient age {age} not allowed (13-15)")
        if note["system"] not in ("Melior", "PMO"):
            errs.append(f"{where}: system {note['system']}")
        if c["ruleset"] == "vgr" and note["system"] != "Melior":
            errs.append(f"{where}: VGR cases must be Melior")
        if not HSA_RE.match(note["unit"]["hsa_id"]):
            errs.append(f"{where}: bad HSA-id {note['unit']['hsa_id']}")
        region = "255" if c["ruleset"] == "skane" else "131"
        if f"SE2321000{region}-" not in note["unit"]["hsa_id"]:
            errs.append(f"{where}: unit HSA-id from the wrong region")
        if not note["sections"]:
            errs.append(f"{where}: note has no sections")
        for sec in note["sections"]:
            if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                errs.append(f"{where}: bad section {sec}")
        # conversations
        conv_ids = set()
        for cv in c["conv"]:
            if list(cv.keys()) != CONV_KEYS:
                errs.append(f"{where}: conversation keys {list(cv.keys())}")
            iso(cv["opened"], "opened", errs, where)
            h = iso(cv["handled"], "handled", errs, where)
            for msg in cv["messages"]:
                if msg["sender"] not in ("patient", "staff"):
                    errs.append(f"{where}: message sender {msg['sender']}")
                iso(msg["time"], "message time", errs, where)
            conv_ids.add(cv["id"])
        for ref in note["refs"]:
            if ref not in conv_ids:
                errs.append(f"{where}: ref {ref} has no conversation")
        # assertions
        if not c["must"] and not c["must_not"]:
            errs.append(f"{where}: asserts nothing")
        seen = set()
        for kind in ("must", "must_not"):
            for a in c[kind]:
                if not (isinstance(a, list) and len(a) == 2):
                    errs.append(f"{where}: bad assertion {a}")
                    continue
                code, target = a
                if code not in CODES:
                    errs.append(f"{where}: unknown code {code}")
                if target != note["id"]:
                    errs.append(f"{where}: target {target} does not exist")
                if code in seen:
                    errs.append(f"{where}: {code} asserted twice")
                seen.add(code)
        if note["system"] == "PMO":
            if any(a[0] == "NL101" for a in c["must"] + c["must_not"]):
                errs.append(f"{where}: NL101 must not be asserted on PMO notes")
            if any(a[0] == "NL102" for a in c["must"]):
                errs.append(f"{where}: PMO note cannot be NL102 must")
        if not c["why"] or "\n" in c["why"]:
            errs.append(f"{where}: why must be one line")
        # sentence uniqueness
        texts = [s["text"] for s in note["sections"]]
        texts += [m["text"] for cv in c["conv"] for m in cv["messages"]]
        for text in texts:
            for sent in SENT_SPLIT.split(text):
                sent = sent.strip()
                if len(sent) >= 25:
                    if sent in sentences and sentences[sent] != where:
                        errs.append(f"{where}: sentence also in {sentences[sent]}: {sent!r}")
                    sentences.setdefault(sent, where)
        as_of = (t + dt.timedelta(days=3)).replace(hour=0, minute=0, second=0)
        if as_of.year != 2024:
            errs.append(f"{where}: as_of leaves 2024")
        record = {
            "patient": {"id": c["pnr"], "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": [note],
            "access_events": [],
            "conversations": c["conv"],
            "treatments": [],
        }
        lines.append(json.dumps({
            "case": c["name"], "ruleset": c["ruleset"], "record": record,
            "must": c["must"], "must_not": c["must_not"], "why": c["why"],
        }, ensure_ascii=False))
    return lines, errs


def main():
    lines, errs = build()
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} problem(s); nothing written", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print(f"wrote {OUT}: {len(lines)} cases")
    for code in sorted({k[0] for k in counts}):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
