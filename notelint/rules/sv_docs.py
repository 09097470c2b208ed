"""Swedish explanations of the rules for ``notelint explain``: why, a bad and a good example.

The clinician's and the auditor's text; the rule's docstring (English, for developers)
stays the reference of what the code checks and is shown by ``notelint explain --lang en``
and in docs/rules.md. A test checks that every rule has an entry here (title and
description are in :mod:`notelint.rules.sv`).
"""

from __future__ import annotations

__all__ = ["DOCS_SV", "doc_sv"]

#: code → (varför, dåligt exempel, bra exempel, att veta)
DOCS_SV: dict[str, tuple[str, str, str, str]] = {
    "NL101": (
        "Fritext i en vanlig anteckning syns i 1177 Journalen så snart den signerats; patienten "
        "skulle läsa diagnosen innan någon berättat den. Tills den är kommunicerad hör den hemma "
        "i Tidiga hypoteser. En diagnos som patienten redan fått veta, eller en negerad "
        "(\"ingen misstanke om\"), ger inget fynd; inte heller ett \"ej informerad\" från "
        "ett tidigare besök när anteckningen säger att patienten fått beskedet i dag. \"Ej "
        "informerad om misstanken\" gäller bara de synliga hypoteserna.",
        'Bedömning: "Fynd talar för pankreascancer. Pat ej informerad, besked på mottagningen '
        'nästa vecka."',
        'Diagnosen i Tidiga hypoteser; den synliga anteckningen säger "besked planeras".', ""),
    "NL102": (
        "I Melior blir en diagnos i en vanlig anteckning synlig för patienten; en obekräftad "
        "hypotes som läses utan förklaring oroar i onödan. Ska den inte visas än hör den hemma "
        "i Tidiga hypoteser. Bara journalsystem som regelverket anger i "
        "visibility.diagnoses_visible_in_free_text kontrolleras; negerade omnämnanden (\"ingen "
        "misstanke om\", \"uteslutes\", \"inga tecken på\") ger aldrig fynd.",
        'Melior, Bedömning: "Misstänkt MS, remiss MR hjärna."',
        'Melior, Tidiga hypoteser: "Misstänkt MS"; Bedömning: "Remiss MR hjärna för utredning."',
        "En anteckning utan journalsystem kontrolleras inte (regeln kan inte veta om "
        "diagnosen skulle visas)."),
    "NL103": (
        "Det är de diagnoser som mest sannolikt skadar patienten eller andra om någon med "
        "tillgång till patientens inloggning läser dem; granska att det är avsiktligt att de "
        "visas. Det är en påminnelse (info), inget fel.",
        'Bedömning: "Opiatberoende, F11.2. Startar LARO."',
        "(Granskat och avsiktligt: ignorera, eller dokumentera enligt regionens rutin.)", ""),
    "NL104": (
        "Tidiga hypoteser döljer text för patienten och ska användas sparsamt, bara för "
        "hypoteser som ännu är för osäkra att kommunicera. Vanlig dokumentation som göms där "
        "undanhåller patientens journal; en fastställd eller kommunicerad diagnos ska "
        "dokumenteras där patienten kan läsa den.",
        'Tidiga hypoteser: "Pat informerad om diagnosen bipolär sjukdom typ 2 idag."',
        'Tidiga hypoteser: "Misstänkt bipolär sjukdom, ev. typ 2 — för tidigt att kommunicera."',
        ""),
    "NL105": (
        "Tidiga hypoteser är ett väntrum, inte ett gömställe: när hypotesen är kommunicerad "
        "eller avgjord ska den dokumenteras där patienten kan läsa den, och en som lämnas "
        "ogranskad i månader undanhåller journalen utan skäl. En hypotes som en senare "
        "anteckning avfärdar (\"MS uteslutes\") eller dokumenterar synligt är i sin ordning.",
        '2024-01-10 Tidiga hypoteser "misstänkt MS"; 2024-02-02 "Pat informerad om '
        'MS-diagnosen" bara i Tidiga hypoteser.',
        '2024-02-02 Bedömning (synlig): "MS fastställd, pat informerad."',
        "En registrerad diagnos med en annan kod, eller en som registrerades före anteckningen "
        "i Tidiga hypoteser, avgör ingenting."),
    "NL201": (
        "Regionerna döljer våld i nära relationer i 1177 Journalen — Skåne i mallen Våld i "
        "nära relationer, VGR under sökordet Våldsutsatthet i nära relationer — eftersom en "
        "partner eller anhörig med tillgång till patientens telefon eller inloggning kan läsa "
        "det och trappa upp våldet. Negerad screening (\"frågat om våld i nära relation, "
        "förnekar\") och våld från en okänd ger inget fynd.",
        'Bedömning: "Pat berättar att sambon slagit henne i ansiktet vid flera tillfällen."',
        "Samma text i mallen/sökordet för våld i nära relationer.", ""),
    "NL202": (
        "Barnets vårdnadshavare — ofta just de som oron gäller — läser barnets journal i 1177 "
        "Journalen. Skåne dokumenterar i mallen Oro för att barn far illa, VGR under sökordet "
        "Orosanmälan gällande barn (från 2019-09-01). \"2 barn\" i en social anamnes är ingen "
        "oro.",
        'Bedömning: "Orosanmälan till socialtjänsten gjord pga misstänkt misshandel av pappa."',
        "Samma text i mallen/sökordet för oro för barn.", ""),
    "NL203": (
        "Ett barn som ska placeras utanför hemmet undersöks på socialnämndens begäran; rutinen "
        "döljer den dokumentationen i 1177 Journalen (där vårdnadshavarna läser) genom att "
        "kräva mallen Hälsoundersökning på begäran av socialnämnd.",
        'Läkaranteckning: "Hälsoundersökning inför placering på begäran av socialnämnden."',
        "Samma undersökning dokumenterad i HUBS-mallen.", ""),
    "NL204": (
        "När en anhörig eller annan person berättar något som skulle utsätta dem för risk om "
        "patienten läste det, dokumenterar VGR det under sökordet Tredje person; Skånes rutin "
        "använder Tidiga hypoteser för det.",
        'Anamnes: "Dottern berättar i förtroende att pat hotat grannen; vill ej att pat får '
        'veta."',
        "Samma text under Tredje person (VGR) / i Tidiga hypoteser (Skåne).", ""),
    "NL205": (
        "I en enkelblind prövning får patienten inte veta vilken grupp hen lottats till; VGR "
        "döljer det under sökordet Enkelblind prövning. En region utan ett sådant sökord måste "
        "hålla lottningen borta från synlig fritext.",
        'Ordination: "Randomiserad till aktiv behandling (studie X), pat blindad."',
        'Lottningen under Enkelblind prövning; den synliga anteckningen säger bara "ingår i '
        'studie X".', ""),
    "NL206": (
        "Vilka mallar och sökord som döljer innehåll skiljer sig mellan regioner, "
        "journalsystem och datum. Ett VGR-sökord som Tredje person använt i Skåne, en "
        "Skånemall i VGR eller ett sökord använt innan det infördes döljer ingenting: "
        "innehållet SYNS i 1177 Journalen medan författaren tror att det är skyddat.",
        'Skåne, Melior: sökord "Tredje person": "Grannen uppger att pat hotat honom."',
        'Skåne: regionens egen mall (t.ex. mallen "Tidiga hypoteser"); VGR: sökord "Tredje '
        'person".', ""),
    "NL301": (
        "Andra enheter får bara veta att patientens Journalen är förseglad, låst eller "
        "blockerad — och varför och hur länge — genom journalen. Rutinerna lägger anteckningen "
        "på ett ställe (sökordet Reglerad åtkomst på 1177.se; Cosmic: Administrativ anteckning "
        "/ Åtgärd), skriven av den enhet som beslutade, när beslutet fattas. En anteckning "
        "under ett annat sökord, från en annan enhet eller veckor senare räknas inte.",
        "Försegling beställd 2024-03-04 kl 10:15 av Psykiatrimottagning Lund; ingen anteckning "
        'under Reglerad åtkomst på 1177.se (bara "pat förseglad" under Bedömning).',
        "2024-03-04, Psykiatrimottagning Lund, sökord Reglerad åtkomst på 1177.se: \"Hela "
        "journalen förseglad t.o.m. 2024-05-31 pga risk för hot från make. Beslut VC Eva Ek. "
        'Pat informerad av ssk Lisa Berg."', ""),
    "NL302": (
        "När en försegling löper ut kan patienten läsa journalen igen, och ett låst konto "
        "öppnas automatiskt efter högst tre månader. Andra enheter måste kunna se att "
        "begränsningen är över. Ett tidigt slut beställt av personal är en egen händelse "
        "(NL301).",
        "Försegling t.o.m. 2024-05-31, granskning 2024-06-30, ingen anteckning om det efter "
        "2024-05-24.",
        '2024-06-03 Reglerad åtkomst på 1177.se: "Förseglingen upphörde 2024-05-31 enl plan, '
        'ej förlängd. Pat informerad av ssk."', ""),
    "NL303": (
        "I Skåne och Jönköping ska en försegling på vårdens initiativ alltid ha ett slutdatum, "
        "så att patientens åtkomst återställs och ett nytt beslut fattas om den fortfarande "
        "behövs. I VGR får förseglingar gälla tills vidare (regelverket stänger av regeln).",
        'Försegling från 2024-03-04 "tills vidare".',
        "Försegling 2024-03-04 t.o.m. 2024-05-31.", ""),
    "NL304": (
        "Skåne låser ett konto i högst tre månader (fel); Jönköping rekommenderar högst tre "
        "månader för en försegling (varning). Ett längre behov är ett nytt beslut: en "
        "förlängning dokumenterad som sådan, varje period inom maxtiden.",
        "Låsning av konto 2024-01-10 t.o.m. 2024-07-10 (6 månader).",
        "Låsning 2024-01-10 t.o.m. 2024-04-09, sedan en dokumenterad förlängning t.o.m. "
        "2024-07-08.", ""),
    "NL305": (
        "Anteckningen är vad nästa kliniker, patientens andra enheter och Journalservice "
        "förlitar sig på: till när, på vems beslut, varför, för vad och för vem. \"Tills "
        "vidare\" är inget slutdatum där regionen kräver ett.",
        'Reglerad åtkomst på 1177.se: "Pat förseglad."',
        'Reglerad åtkomst på 1177.se: "Hela journalen förseglad 2024-03-04 t.o.m. 2024-05-31 '
        'pga risk för hot. Beslut VC Eva Ek. Pat informerad av ssk Lisa Berg."', ""),
    "NL306": (
        "Rutinen ger beslutet till verksamhetschefen under kontorstid och till bakjouren, på "
        "verksamhetschefens uppdrag, bara utanför den. Ett beslut av någon annan är ingen "
        "giltig grund för att begränsa patientens åtkomst.",
        'Blockering beställd tisdag 2024-03-05 kl 10:00, beslutad av "bakjour".',
        "Blockering beställd midsommarafton 2024-06-21 kl 10:00, beslutad av bakjour; eller "
        "tisdag kl 10:00 beslutad av verksamhetschefen.", ""),
    "NL307": (
        "En försegling på vårdens initiativ är tillåten bara när den har särskild betydelse "
        "för pågående vård och behandling; en patient som avslutat behandlingen kan inte nekas "
        "tillgång till sin egen journal. (Förseglingar som skyddar ett barn mot en "
        "vårdnadshavare gäller inte patientens egen åtkomst.)",
        'Försegling beställd 2024-04-02, ingen pågående vård ("avslutad kontakt 2024-03-15").',
        "Försegling under pågående behandling, eller patienten förseglar själv på 1177.se.", ""),
    "NL308": (
        "Med skyddad identitet kan en vårdnadshavare eller andra hitta barnet via journalen "
        "eller 1177-kontot; hela Journalen ska förseglas för båda vårdnadshavarna och barnets "
        "konto låsas.",
        "Barn (9 år) med skyddad identitet, bara en försegling av en enhets anteckningar.",
        "Försegling av hela journalen och låsning av kontot beställda samma dag, båda "
        "dokumenterade.", ""),
    "NL309": (
        "En akut beställning per telefon är bara ett provisoriskt steg; den undertecknade "
        "blanketten är den egentliga beställningen (VGR: efter samtalet; Kalmar: blanketten "
        "fylls i först).",
        "Akut försegling per telefon 2024-06-21 kl 22:40, blanketten skickades aldrig.",
        "Akut försegling per telefon 2024-06-21 kl 22:40, blanketten skickad 2024-06-24.", ""),
    "NL310": (
        "Vårdnadshavarnas automatiska åtkomst upphör när barnet fyller 13; blockering är "
        "verktyget för barn under 13. För äldre barn gäller reglerna för 13–15 år (att dra "
        "tillbaka en beviljad åtkomst för vårdnadshavare), inte blockering.",
        "Blockering av pappans åtkomst beställd 2027-12-15 för ett barn fött 2014-12-12 "
        "(13 år).",
        "Blockering beställd 2027-12-11 (12 år) — eller, vid 13–15 år, dra tillbaka den "
        "beviljade åtkomsten för vårdnadshavaren.", ""),
    "NL401": (
        "Konversationen i 1177:s e-tjänster förs inte över till journalen; det som betydde "
        "något för patientens vård finns ingen annanstans. Förnyelse av recept och ombokning "
        "är undantagna (läkemedelslistan respektive bokningen är dokumentationen). Ett ärende "
        "kopplas via anteckningens refs, annars via en anteckning från samma enhet inom "
        "[ehealth] link_window_days efter hanteringen som gäller samma sak.",
        'Ärende 1177-4711 "Rådgivning" (utslag på armen) hanterat 2024-03-12, ingen anteckning.',
        'Telefonanteckning 2024-03-12, refs 1177-4711: "Kontaktorsak: hör av sig via 1177 pga '
        'utslag …"', ""),
    "NL402": (
        "Rutinen kräver kontaktorsaken i sammanfattning, som vid varje annan kontakt. Godtas: "
        "ett sökord som Kontaktorsak/Sökorsak med text, eller formuleringar som \"söker för\", "
        "\"hör av sig via 1177 pga\", \"undrar över\".",
        '"Bedömning: ej akut. Åtgärd: egenvårdsråd."',
        '"Kontaktorsak: Hör av sig via 1177 pga hosta sedan 3 v. Bedömning: … Åtgärd: …"', ""),
    "NL403": (
        "Rutinen kräver bedömning, åtgärd och resultat som vid varje annan kontakt. Resultat "
        "krävs där ärendet slutade med ett (personalen svarade med provsvar/resultat i "
        "konversationen).",
        '"Kontaktorsak: undrar över provsvar." (ingen Bedömning, ingen Åtgärd)',
        '"Kontaktorsak: undrar över provsvar. Bedömning: Hb 128, ua. Åtgärd: besked via 1177, '
        'åter vb."', ""),
    "NL404": (
        "Bara det som har betydelse för vården hör hemma i journalen. Mäts som överlappet av "
        "ordföljder om fem ord mellan anteckningen och ärendets meddelanden, okänsligt för små "
        "ändringar; ger fynd vid [ehealth] copy_overlap_threshold av antingen konversationen "
        "eller anteckningen.",
        "Patientens och sjuksköterskans meddelanden inklistrade ordagrant under Aktuellt.",
        '"Kontaktorsak: hosta 3 v, ej feber. Bedömning: … Åtgärd: …"', ""),
    "NL405": (
        "\"Så snart som möjligt\": annan personal kan behöva uppgifterna. Fristen är "
        "[ehealth] doc_deadline_hours (nationellt 72 timmar). Ett osignerat utkast efter "
        "fristen rapporteras också.",
        "Ärendet hanterat 2024-03-04 kl 09:10, anteckningen signerad 2024-03-11.",
        "Ärendet hanterat 2024-03-04 kl 09:10, anteckningen signerad 2024-03-04 kl 11:30.", ""),
    "NL406": (
        "Bilagor är arbetsmaterial och gallras efter bedömning; det som har betydelse ska "
        "sammanfattas i journalen och bilder skannas. Godtas: anteckningen nämner bilagans "
        "filnamn eller talar om \"bild\", \"foto\", \"bifogad\", eller säger \"bilder "
        "skannade\" / \"skannas in\".",
        'Ärende med utslag.jpg; anteckning "Bedömning: kontakteksem. Åtgärd: Hydrokortison."',
        '"Bifogad bild visar rodnad fläckvis utslag vä underarm. Bilder skannade."', ""),
    "NL407": (
        "En egen vårdbegäran är en remiss och ska registreras, bedömas och besvaras som andra "
        "remisser. Godtas: en anteckning i någon av [ehealth] referral_templates (t.ex. "
        "Remissbedömning) eller text som säger att den handläggs som remiss.",
        'Egen vårdbegäran → "Telefonanteckning: pat vill till ortoped, får tid."',
        'Egen vårdbegäran → "Remissbedömning: egen vårdbegäran handläggs som remiss, prio 2."',
        ""),
    "NL408": (
        "Synpunkter, klagomål och förbättringsförslag kan vara allmänna handlingar som ska "
        "diarieföras enligt enhetens rutin, inte bara besvaras.",
        '"Jag vill framföra synpunkter på bemötandet i receptionen" — besvarat, inte '
        'diariefört.',
        "Samma meddelande vidarebefordrat till registrator / synpunktshanteringen.", ""),
    "NL501": (
        "Ingenting i plattformen når journalen av sig självt; en kollega som öppnar journalen "
        "kan inte se att patienten går i, eller har gått igenom, en behandling. Planerade "
        "behandlingar och behandlingar som startat mindre än [treatments] doc_deadline_days "
        "före postens as_of är ännu inte förfallna.",
        '"Internetbaserad KBT vid depression", avslutad, ingen anteckning nämner den.',
        'Behandlingsanteckning med refs sob-1: "Bakgrund: … Planering: iKBT 8 moduler … '
        'Resultat: PHQ-9 19→8"', ""),
    "NL502": (
        "Skälet till behandlingen (symtom, duration, screening, diagnos) ska finnas i "
        "journalen. Godtas: sökord Bakgrund/Anamnes/Aktuellt, eller text som \"bakgrund\", "
        "\"sedan 6 mån\", \"PHQ-9\", \"söker för\".",
        '"Pat aktiverad i iKBT-programmet. Modul 1 tilldelad."',
        '"Bakgrund: nedstämdhet sedan 6 mån, PHQ-9 17. Planering: iKBT depression 8 moduler."',
        ""),
    "NL503": (
        "Det som planeras och det som gjorts (moduler, hemuppgifter, behandlarkontakt) ska "
        "finnas i journalen. Godtas: sökord Planering/Åtgärd/Behandling, eller text som "
        "\"påbörjat\", \"modul 3 genomförd\", \"hemuppgifter\", \"planeras\".",
        '"Bakgrund: sömnbesvär sedan 1 år, ISI 19." och inget mer',
        '"Planering: KBT-I via Stöd och behandling, 6 moduler, sömnrestriktion från v 2."', ""),
    "NL504": (
        "Utfallet (skattning före/efter, effekt, varför den avbröts) ska dokumenteras. Godtas: "
        "sökord Resultat/Utvärdering/Avslutning, eller text som \"PHQ-9 8\", \"förbättrad\", "
        "\"ingen effekt\", \"avbröts pga\".",
        'Avslutad iKBT; anteckningarna säger bara "Pat påbörjar iKBT".',
        '"Utvärdering: PHQ-9 från 19 till 8, god effekt. Avslutas."', ""),
    "NL505": (
        "Suicidtankar (också indirekta: \"orkar inte mer\", \"vill inte vakna\"), försämring, "
        "biverkningar (också i vardagliga ord: darrar, svettas, rastlös, yr, mår illa), nya "
        "symtom, graviditet, ökat alkohol- eller drogbruk eller en olyckshändelse nära på grund "
        "av trötthet (\"nästan somnat "
        "vid ratten\") som skrivs i plattformen är journalpliktiga; en kollega måste hitta dem "
        "i journalen. Negerade uttalanden (\"inga tankar på att ta mitt liv\") räknas inte. "
        "Uppgiften är dokumenterad när en anteckning skriven samma dag som meddelandet eller "
        "senare tar upp den (också som bedömning, t.ex. \"inga suicidtankar vid tel.kontakt\"): "
        "en anteckning kopplad till behandlingen, eller en anteckning från samma enhet inom "
        "[treatments] link_window_days. Orden är granskningsbar data i models/doc_cues.tsv.",
        'Meddelande "jag vill inte leva längre" — ingen senare anteckning nämner suicidtankar.',
        '"Pat skriver i plattformen om dödstankar; ringd samma dag, suicidriskbedömning: …"', ""),
    "NL901": (
        "En post som inte kan läsas kan inte granskas: ett felstavat fältnamn eller en trasig "
        "export skulle annars tyst stänga av regler. Körningen avslutas med kod 2 så att CI "
        "och granskningar märker det.",
        '{"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1", "sektions": []}]}',
        '{"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1", "sections": []}]}', ""),
    "NL902": (
        "En udda post får aldrig stoppa en granskning av miljontals; fyndet säger vilken post "
        "(maskerad) som ska skickas med felrapporten.",
        "(En post som utlöser ett fel i notelint.)",
        "(Inga interna fel.)", ""),
    "NL903": (
        "Vad 1177 Journalen döljer beror på sökordet. En felstavad rubrik (\"Bedömnig:\") "
        "läses som sökordet den ligger närmast, och fyndet säger det. En gissning döljer "
        "aldrig text: en okänd rubrik efter ett dolt sökord (\"Slutsats:\" efter "
        "\"Våldsutsatthet i nära relationer:\"), eller en som är en bokstav från ett dolt "
        "sökord (\"Tidiga hypotser:\"), blir ett eget synligt avsnitt och granskas som "
        "synligt. Fyndet visar var texten delades, så att text som hör till det dolda "
        "sökordet kan skrivas där utan rubriken.",
        '"Våldsutsatthet i nära relationer: …" följt av "Slutsats: Misstänkt lungcancer, pat '
        'ej informerad"',
        '"Tidiga hypoteser: Misstänkt lungcancer, pat ej informerad"',
        "Gäller textkopior av journaler; JSON, RIV-TA och FHIR anger sökordet exakt. Rader "
        "som \"Obs:\", \"Notera:\" och \"Tel:\" är text, aldrig rubriker."),
}


def doc_sv(code: str) -> tuple[str, str, str, str] | None:
    """(varför, dåligt exempel, bra exempel, att veta) of a rule, or None."""
    return DOCS_SV.get(code)
