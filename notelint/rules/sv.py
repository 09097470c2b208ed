"""Swedish titles and descriptions of the rules, for readers who are clinicians and auditors.

The rule's own docstring (English, with the routine's Swedish passage) stays the reference
for developers; the audit report and ``notelint explain`` show these beside code and slug.
A test checks that every registered rule has an entry here.
"""

from __future__ import annotations

__all__ = ["RULES_SV", "SEVERITY_SV", "title_sv", "summary_sv"]

SEVERITY_SV = {"error": "fel", "warning": "varning", "info": "info"}

#: code → (title, description)
RULES_SV: dict[str, tuple[str, str]] = {
    "NL101": ("Diagnos synlig innan patienten informerats",
              "En diagnos står i ett sökord som visas i 1177 Journalen, fast anteckningen säger "
              "att patienten inte är informerad eller inte ska få veta än."),
    "NL102": ("Osäker diagnos i synlig anteckning",
              "En osäker diagnos (misstänkt, trolig, ev., ?, kan ej uteslutas …) står synligt där "
              "journalsystemet visar fritextdiagnoser (Melior); hör hemma i Tidiga hypoteser."),
    "NL103": ("Känslig diagnos synlig i 1177 Journalen",
              "En fastställd diagnos av känslig typ (psykiatri, missbruk, reproduktion m.fl.) står "
              "i synlig fritext; kontrollera att patienten har fått diagnosen först."),
    "NL104": ("Felaktig användning av Tidiga hypoteser",
              "En anteckning i Tidiga hypoteser saknar diagnostisk hypotes, eller innehåller en "
              "diagnos som redan är fastställd eller kommunicerad."),
    "NL105": ("Kvarglömd tidig hypotes",
              "En hypotes ligger kvar enbart i Tidiga hypoteser efter att den avgjorts eller "
              "kommunicerats, eller längre än regelverkets granskningsgräns."),
    "NL201": ("Våld i nära relation utanför skyddad mall",
              "Våld i nära relation är dokumenterat i ett sökord som patienten kan läsa, i stället "
              "för i mallen Våld i nära relationer."),
    "NL202": ("Oro för barn utanför skyddad mall",
              "Oro för att ett barn far illa (orosanmälan, övergrepp) är dokumenterad i ett synligt "
              "sökord i stället för i den skyddade mallen."),
    "NL203": ("HUBS utanför sin mall",
              "Hälsoundersökning på begäran av socialnämnd (HUBS) är dokumenterad utanför mallen "
              "för HUBS."),
    "NL204": ("Uppgifter om tredje person synliga",
              "Uppgifter från eller om en annan person som kan leda till hot eller våld står i ett "
              "sökord som patienten kan läsa."),
    "NL205": ("Enkelblind prövning synlig",
              "Tilldelningen i en enkelblind prövning står där patienten kan läsa den."),
    "NL206": ("Skyddande sökord filtreras inte i regionen",
              "Anteckningen använder en mall eller ett sökord som skyddar i en annan region, men "
              "som den här regionen inte filtrerar — innehållet visas i 1177 Journalen."),
    "NL301": ("Ändrad åtkomst ej dokumenterad",
              "En försegling, låsning, blockering, förlängning eller 13–15-årsbehörighet som "
              "vården hanterat saknar dokumentation på rätt ställe, av beslutande enhet, i tid."),
    "NL302": ("Upphörd försegling eller låsning ej dokumenterad",
              "En försegling eller låsning av kontot har upphört (utgått eller hävts) men journalen "
              "säger det inte."),
    "NL303": ("Försegling utan slutdatum",
              "En försegling som vården beställt saknar slutdatum där regionen kräver ett."),
    "NL304": ("Åtkomstbegränsning för lång",
              "En försegling eller låsning (eller en förlängning) gäller längre än regionens "
              "längsta tillåtna tid."),
    "NL305": ("Ofullständig dokumentation av åtkomständring",
              "Dokumentationen saknar något regionen kräver: period, beslutsfattare, skäl, "
              "omfattning, vem som informerat patienten eller vilken vårdnadshavare."),
    "NL306": ("Beslutsfattaren fick inte besluta",
              "Beslutet om försegling, låsning eller blockering togs av en roll som inte får "
              "besluta vid den tidpunkten (verksamhetschef dagtid, bakjour annars)."),
    "NL307": ("Försegling efter avslutad vård",
              "Vården har förseglat patientens egen åtkomst fast patienten inte längre är under "
              "pågående vård."),
    "NL308": ("Barn med skyddad identitet utan försegling och låsning",
              "Ett barn med skyddad identitet saknar försegling av hela journalen och låsning av "
              "1177-kontot."),
    "NL309": ("Akut beställning utan blankett",
              "En akut (telefon)beställning av försegling, låsning eller blockering saknar "
              "blankett skickad i tid."),
    "NL310": ("Blockering av vårdnadshavare för barn 13 år eller äldre",
              "En blockering av vårdnadshavare beställdes för ett barn som fyllt 13 år."),
    "NL401": ("1177-ärende utan journalanteckning",
              "Ett hanterat ärende i 1177 e-tjänster som rör patientens vård saknar "
              "journalanteckning."),
    "NL402": ("Kontaktorsak saknas",
              "Anteckningen för ett 1177-ärende sammanfattar inte varför patienten hörde av sig."),
    "NL403": ("Bedömning eller åtgärd saknas",
              "Anteckningen för ett 1177-ärende saknar bedömning eller åtgärd (eller resultat)."),
    "NL404": ("Konversationen inklistrad",
              "Anteckningen återger 1177-konversationen ordagrant i stället för att sammanfatta den."),
    "NL405": ("Sen dokumentation",
              "Anteckningen för ett 1177-ärende signerades senare än regelverkets gräns efter att "
              "ärendet hanterades."),
    "NL406": ("Bilagor ej sammanfattade",
              "Ett ärende har bilagor som journalen varken sammanfattar eller anger som skannade."),
    "NL407": ("Egen vårdbegäran ej hanterad som remiss",
              "En egen vårdbegäran är dokumenterad som en vanlig kontakt, inte som en remiss."),
    "NL408": ("Synpunkter som kan behöva diarieföras",
              "Ett meddelande eller en bilaga i ärendet är synpunkter eller klagomål som kan "
              "behöva diarieföras."),
    "NL501": ("Behandling i Stöd och behandling odokumenterad",
              "En pågående eller avslutad behandling i Stöd och behandling saknar "
              "journaldokumentation."),
    "NL502": ("Bakgrund till behandlingen saknas",
              "Journaldokumentationen av en behandling i Stöd och behandling saknar bakgrund."),
    "NL503": ("Behandlingsåtgärder saknas",
              "Journaldokumentationen av en behandling saknar planerade eller genomförda åtgärder."),
    "NL504": ("Behandlingsresultat saknas",
              "En avslutad eller avbruten behandling saknar resultat i journalen."),
    "NL505": ("Vårdrelevant information från plattformen saknas i journalen",
              "Patienten har via plattformen lämnat vårdrelevant information (t.ex. suicidtankar, "
              "försämring, biverkningar) som inte finns i journalen."),
    "NL901": ("Oläsbar indata",
              "En fil eller post kunde inte läsas eller följer inte utbytesformatet; den hoppades "
              "över och resten av körningen fortsatte."),
    "NL902": ("Internt fel i en regel",
              "En regel misslyckades för den här posten på grund av ett fel i notelint; regeln "
              "hoppades över för posten."),
    "NL903": ("Rubrik i en journalkopia läst med en gissning",
              "En felstavad rubrik lästes som det sökord den ligger närmast, eller en okänd "
              "rubrik efter ett dolt sökord blev ett eget, synligt avsnitt."),
}


def title_sv(code: str) -> str:
    return RULES_SV.get(code, ("", ""))[0]


def summary_sv(code: str) -> str:
    return RULES_SV.get(code, ("", ""))[1]
