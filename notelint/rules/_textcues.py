"""Small, readable Swedish cue lexicons and text helpers for the NL4/NL5 rules.

Everything here is plain regex over free text (word boundaries, case-insensitive):
cheap, explainable in a review, and independent of the NLP pipeline. Each lexicon is
module data so it can be read and extended without touching the rules.

Source for what must be documented: seed 000 (journalföring av ärenden i e-tjänsterna
på 1177.se; Stöd och behandling).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator

if TYPE_CHECKING:
    from notelint.model import Note, Unit

__all__ = [
    "Cue", "has_cue", "find_cues", "find_affirmed", "is_negated", "words", "content_stems",
    "shingles", "overlap", "CONTACT_REASON", "ASSESSMENT", "ACTION", "RESULT",
    "RESULT_IN_CASE", "EHEALTH_MENTION", "TREATMENT_MENTION", "ATTACHMENT_SUMMARY",
    "IMAGES_SCANNED", "FEEDBACK", "REFERRAL", "BACKGROUND", "TREATMENT_ACTION",
    "TREATMENT_RESULT", "SCORE", "CARE_RELEVANT", "CARE_RELEVANT_DOCUMENTED", "CARE_LABELS",
    "section_keywords", "naive", "from_citizen", "NoteIndex", "note_index", "note_sections",
    "known_ids", "refs_elsewhere",
]


def _rx(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive alternation; each pattern is wrapped in word boundaries."""
    return re.compile("|".join(rf"(?<!\w)(?:{p})(?!\w)" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    """A cue: sökord (section keywords, compared whole) and free-text patterns."""

    keywords: tuple[str, ...]
    text: re.Pattern[str]


# --------------------------------------------------------------------------- 1177 cases

# 000: "Patientens kontaktorsak ska sammanfattas i journalen."
CONTACT_REASON = Cue(
    keywords=("Kontaktorsak", "Sökorsak", "Anledning till kontakt", "Aktuellt", "Orsak till kontakt"),
    text=_rx(
        r"söker\s+(?:för|pga\.?|p\.g\.a\.?|på grund av|med anledning av|ang\.?|angående)",
        r"hör\s+av\s+sig(?:\s+via\s+(?:1177|e-tjänst(?:en)?|inkorgen))?\s+"
        r"(?:pga\.?|p\.g\.a\.?|ang\.?|angående|om|då|med\s+fråga|för|gällande)",
        r"undrar\s+(?:över|om|hur|vad|varför|när|ifall)",
        r"frågar\s+(?:om|efter|hur)",
        r"(?:skriver|kontaktar\s+(?:oss|vc|mott(?:agningen)?))\s+(?:via\s+1177\s+)?"
        r"(?:pga\.?|ang\.?|angående|om|då|och\s+(?:undrar|berättar|beskriver|önskar))",
        r"inkommer\s+med\s+(?:fråga|frågor|ärende)",
        r"kontaktorsak",
        r"önskar\s+(?:råd|bedömning|förnyelse|remiss|ny\s+tid|besök|kontakt)",
        r"(?:beskriver|uppger|berättar\s+om)\s+\w+",
        r"besvärad\s+av",
    ),
)

# 000: "Vårdpersonalens bedömning, åtgärd och resultat dokumenteras …"
ASSESSMENT = Cue(
    keywords=("Bedömning", "Bedömning och åtgärd", "Bedömning/åtgärd", "Sammanfattande bedömning"),
    text=_rx(
        r"bedöms", r"bedömer", r"bedömning", r"bed(?=\s*:)", r"tolkas\s+som",
        r"talar\s+för", r"förenligt\s+med", r"sannolikt", r"troligen", r"ingen\s+akut",
        r"ej\s+akut", r"inte\s+akut", r"icke\s+akut",
    ),
)

ACTION = Cue(
    keywords=("Åtgärd", "Åtgärder", "Planering", "Plan", "Ordination", "Bedömning och åtgärd",
              "Bedömning/åtgärd", "Fortsatt vård", "Egenvård"),
    text=_rx(
        r"ordineras", r"ordinerar", r"ordinerat", r"rekommenderas", r"rekommenderar",
        r"bokas", r"bokad", r"bokar", r"bokat", r"remiss\s+(?:skickas|skickad|skickat|utfärdad)",
        r"skickar\s+remiss", r"remitteras", r"hänvisas", r"hänvisar",
        r"(?:ges|får|ger)\s+(?:egenvårds)?råd", r"egenvårdsråd", r"råd\s+om",
        r"recept\s+(?:förnyas|förnyat|utfärdat|utfärdas|skickat|skickas)", r"förskriv\w*",
        r"kallas", r"åter\s+(?:vb|v\.b\.|vid\s+behov|om)", r"ny\s+kontakt\s+(?:vb|vid\s+behov)",
        r"(?:söka|söker)\s+akut(?:en)?\s+vid", r"uppmanas", r"planeras",
        r"provtagning\s+(?:bokas|ordineras|beställd)", r"lab\s+bokas",
    ),
)

RESULT = Cue(
    keywords=("Resultat", "Provsvar", "Lab", "Labsvar", "Undersökningsresultat"),
    text=_rx(
        r"resultat(?:et)?", r"prov(?:svar|svaret|erna|et)?\s+(?:visar|ua|u\.a\.|normal\w*|utan\s+anm\w*)",
        r"provsvar\w*", r"labsvar\w*", r"odlingssvar\w*", r"svar(?:et)?\s+(?:visar|ua|normal\w*)",
        r"ua", r"u\.a\.", r"normal(?:t|a)?\s+(?:värde|värden|svar|prov)\w*", r"blev\s+bättre",
        r"besvären\s+(?:har\s+)?(?:gått\s+över|försvunnit|minskat)", r"utfall",
    ),
)

# Staff messages in the case that report a result: then the note must carry one too.
RESULT_IN_CASE = _rx(
    r"provsvar\w*", r"labsvar\w*", r"odlingssvar\w*", r"dina\s+prov(?:er)?", r"ditt\s+prov",
    r"provet\s+visar", r"proverna\s+visar", r"röntgen\w*\s+visar", r"svaret\s+(?:visar|är)",
    r"resultatet",
)

# Explicit mention that a note is about a 1177 case (links a note to a case).
EHEALTH_MENTION = _rx(
    r"1177(?:\.se)?", r"e-tjänst\w*", r"etjänst\w*", r"inkorg\w*", r"ärende\w*",
    r"webbtidbok\w*", r"mina\s+vårdkontakter",
)

ATTACHMENT_SUMMARY = _rx(
    r"bild\w*", r"foto\w*", r"fotografi\w*", r"bifoga\w*", r"bilaga\w*", r"bilagor",
    r"medskickad\w*", r"skickat\s+med", r"pdf", r"dokumentet",
)
# 000: "Om bilder bifogas skannas dessa enligt riktlinjer för respektive journalsystem."
IMAGES_SCANNED = _rx(
    r"bilder\s+skannade", r"bild(?:en|erna)?\s+(?:är\s+|har\s+)?(?:skannad\w*|inskannad\w*)",
    r"skannas\s+in", r"skannad\w*\s+in", r"inskannad\w*", r"scannad\w*", r"scannas\s+in",
)

# 000: "exempelvis förbättringsförslag eller synpunkter … behöva diarieföras"
FEEDBACK = _rx(
    r"synpunkt(?:er|erna)?", r"klagomål\w*", r"förbättringsförslag\w*", r"vill\s+framföra",
    r"missnöjd\s+med\s+(?:bemötandet|vården|behandlingen|hur)", r"anmäl\w*\s+(?:till\s+)?ivo",
    r"klaga\w*", r"dåligt\s+bemött\w*", r"dåligt\s+bemötande",
)

# 000: "Egen vårdbergäran är en remiss och ska hanteras på samma sätt som övriga remisser."
REFERRAL = _rx(
    r"remiss\w*", r"egen\s+vårdbegäran\s+handläggs\s+som\s+remiss", r"vårdbegäran\s+bedöm\w*",
)

# --------------------------------------------------------------------------- Stöd och behandling

TREATMENT_MENTION = _rx(
    r"stöd\s+och\s+behandling", r"internetbehandling\w*", r"internetbaserad\w*", r"ikbt",
    r"i-kbt", r"1177", r"behandlingsplattform\w*", r"digital\s+behandling", r"nätbaserad\w*",
)

# 000: "Bakgrund till planerade och genomförda behandlingar"
BACKGROUND = Cue(
    keywords=("Bakgrund", "Anamnes", "Aktuellt", "Sjukhistoria", "Indikation", "Kontaktorsak",
              "Aktuell anamnes"),
    text=_rx(
        r"bakgrund\w*", r"anamnes\w*", r"indikation\w*", r"söker\s+för", r"remitter\w*\s+för",
        r"har\s+sedan\s+\w+", r"sedan\s+(?:flera|ett|en|några|\d+)\s+\w+", r"besvär\w*\s+(?:av|med)",
        r"screening\w*", r"phq-?9", r"gad-?7", r"madrs(?:-s)?", r"isi", r"debuterade",
        r"lider\s+av", r"diagnos\w*",
    ),
)

# 000: "Planerade och genomförda behandlande åtgärder"
TREATMENT_ACTION = Cue(
    keywords=("Åtgärd", "Åtgärder", "Planering", "Plan", "Behandling", "Ordination",
              "Behandlingsplan"),
    text=_rx(
        r"påbörja\w*", r"startar", r"startat", r"start\s+av", r"modul(?:er|en|erna)?",
        r"genomfört", r"genomfört\s+\w+", r"genomgått", r"genomför\w*", r"arbetat\s+med",
        r"hemuppgift\w*", r"beteendeaktivering", r"exponering\w*", r"planeras", r"plan\s*:",
        r"aktiverad\w*", r"tilldelad\w*", r"inskriven", r"behandlingen\s+(?:omfattar|består)",
        r"behandlare", r"återkoppling", r"sömnrestriktion", r"psykoedukation",
    ),
)

# 000: "Resultat av behandlande åtgärder"
TREATMENT_RESULT = Cue(
    keywords=("Resultat", "Utvärdering", "Behandlingsresultat", "Avslutning", "Uppföljning",
              "Sammanfattning"),
    text=_rx(
        r"resultat\w*", r"utvärder\w*", r"förbättr\w*", r"minskat", r"minskade", r"sjunkit",
        r"ingen\s+effekt", r"god\s+effekt", r"effekt(?:en)?", r"symtomfri", r"oförändrad\w*",
        r"avbr(?:uten|öt|öts|ytes|utits|uten)", r"avslutad\s+(?:pga|då|eftersom)",
        r"(?:phq-?9|gad-?7|madrs(?:-s)?|isi)\s*(?:=|:)?\s*(?:från\s+)?\d+\s*(?:till|→|->|-)\s*\d+",
    ),
)
# A bare rating ("PHQ-9 7") is a result only in a note written after the treatment began.
SCORE = _rx(r"(?:phq-?9|gad-?7|madrs(?:-s)?|isi|ors|cgi)\s*(?:=|:)?\s*\d+")

# 000: "annan information som är av relevans för att patienten ska få en god och säker vård"
CARE_RELEVANT: dict[str, re.Pattern[str]] = {
    "suicidal": _rx(
        r"tankar\s+på\s+att\s+(?:ta\s+(?:mitt|sitt)\s+liv|dö|inte\s+leva)",
        r"ta\s+livet\s+av\s+mig", r"vill\s+inte\s+leva(?:\s+längre)?", r"orkar\s+inte\s+leva",
        r"vill\s+dö", r"självmordstank\w*", r"suicidtank\w*", r"ta\s+mitt\s+liv",
        r"inte\s+vill\s+leva", r"skada\s+mig\s+själv",
    ),
    "worsening": _rx(
        r"mår\s+(?:mycket\s+|allt\s+|ännu\s+)?sämre", r"blivit\s+(?:mycket\s+)?sämre",
        r"sämre\s+igen", r"försämrats", r"försämring", r"mår\s+(?:mycket|jätte)\s*dåligt",
        r"värre\s+(?:än\s+innan|nu|igen)",
    ),
    "side_effects": _rx(
        r"biverkning\w*", r"illamående\s+av\s+(?:medicinen|tabletterna)",
        r"(?:tål|tålde)\s+inte\s+(?:medicinen|tabletterna)",
    ),
    "new_symptoms": _rx(
        r"nya\s+symtom\w*", r"nytt\s+symtom", r"nya\s+besvär", r"har\s+börjat\s+få",
        r"hjärtklappning", r"bröstsmärt\w*", r"svimma\w*", r"panikattack\w*",
    ),
}

CARE_LABELS: dict[str, str] = {
    "suicidal": "suicidtankar", "worsening": "försämring", "side_effects": "biverkningar",
    "new_symptoms": "nya symtom",
}

# Journal wording that shows a category was taken care of (negated mentions count: "inga
# suicidtankar vid kontroll" is a documented assessment).
CARE_RELEVANT_DOCUMENTED: dict[str, re.Pattern[str]] = {
    "suicidal": _rx(
        r"suicid\w*", r"självmord\w*", r"ta\s+(?:sitt|mitt)\s+liv", r"livsleda", r"dödstankar",
        r"dödsönskan", r"inte\s+vill\s+leva", r"vill\s+inte\s+leva", r"ssrs", r"suicidrisk\w*",
    ),
    "worsening": _rx(r"försämr\w*", r"sämre", r"mår\s+dåligt", r"förvärr\w*"),
    "side_effects": _rx(r"biverkn\w*", r"illamående", r"tål\s+inte"),
    "new_symptoms": _rx(r"nya\s+symtom", r"symtom\w*", r"besvär\w*", r"hjärtklappning",
                        r"bröstsmärt\w*", r"svimm\w*", r"panikattack\w*"),
}

# --------------------------------------------------------------------------- negation

_NEGATORS = re.compile(
    r"(?<!\w)(?:inga|ingen|inget|inte|ej|icke|aldrig|utan|förnekar|nekar|saknar|inga\s+längre)(?!\w)",
    re.IGNORECASE,
)
# A clause ends at sentence punctuation, a line break or a contrastive conjunction.
_CLAUSE_BREAK = re.compile(
    r"[.,!?;:\n]|(?<!\w)(?:men|fast|dock|däremot|och)(?!\w)", re.IGNORECASE
)
_NEG_WINDOW_WORDS = 4


def is_negated(text: str, start: int) -> bool:
    """Whether a cue starting at ``start`` is negated by a word shortly before it.

    Looks back at most four words inside the same clause (a comma, "och", "men" end
    it): "inga tankar på att ta mitt liv", "har inte haft några biverkningar" are
    negated; "kan inte sova och har tankar på att ta mitt liv" is not.
    """
    before = text[max(0, start - 80):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    tail = " ".join(before.split()[-_NEG_WINDOW_WORDS:])
    return bool(_NEGATORS.search(tail))


def find_affirmed(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``text`` that are not negated."""
    for m in pattern.finditer(text):
        if not is_negated(text, m.start()):
            yield m


def _norm_kw(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().casefold())


def section_keywords(sections: Iterable[tuple[str, str]]) -> set[str]:
    return {_norm_kw(k) for k, _ in sections}


def has_cue(cue: Cue, sections: Iterable[tuple[str, str]], *, keyword_needs_text: bool = True) -> bool:
    """Whether (keyword, text) sections carry the cue: a matching sökord with text, or text."""
    kws = {_norm_kw(k) for k in cue.keywords}
    for keyword, text in sections:
        if _norm_kw(keyword) in kws and (text.strip() or not keyword_needs_text):
            return True
        if cue.text.search(text):
            return True
    return False


def find_cues(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)]


# --------------------------------------------------------------------------- words and overlap

_WORD = re.compile(r"[0-9a-zåäöéü]+(?:-[0-9a-zåäöéü]+)*", re.IGNORECASE)

STOPWORDS = frozenset("""
att och det som den har hade inte till från eller också skulle kunna kunde någon något några
mycket bara sedan efter över under igen även detta denna dessa vill ville kan jag mig min mitt
mina hej hälsningar tack vänliga mvh dag dagar idag igår vecka veckor patient pats undrar fråga
frågor skriver svar svarar behöver ska också känns känner fått haft blir blivit varit vara göra
gjort finns tror lite mer mest bra ingen inga inget med för på av om är var vad när hur nu då så
men ett en ni er ert era dig din ditt dina vi oss vår våra han hon hen hans hennes de dem deras
här där kommer komma måste borde gärna redan även ganska väldigt jätte också alltså eftersom
innan senare tidigare samma andra annan annat varje alla allt helt hela bör skall utan vid
hälsning vänlig hälsar mottagningen vårdcentralen mottagning vårdcentral
""".split())


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


# Short words that still carry the matter (acronyms of conditions and treatments).
SHORT_CONTENT = frozenset({"kbt", "ibs", "uvi", "kol", "ocd", "ont", "bpd"})


def content_stems(text: str, min_len: int = 4) -> set[str]:
    """Content words (not stopwords, ≥ 4 letters or a known acronym) cut to a 5-letter
    stem for matching; hyphenated words also count by their parts ("KBT-programmet")."""
    out = set()
    for w in words(text):
        for part in (w, *w.split("-")) if "-" in w else (w,):
            if part in SHORT_CONTENT or (
                len(part) >= min_len and part not in STOPWORDS and not part.isdigit()
            ):
                out.add(part[:5])
    return out


_NUMBER_WORDS = {
    "två": "2", "tre": "3", "fyra": "4", "fem": "5", "sex": "6", "sju": "7", "åtta": "8",
    "nio": "9", "tio": "10", "elva": "11", "tolv": "12",
}
_JOINED = re.compile(r"(?<!\w)i\s+(går|dag|morgon|kväll|natt|förrgår)(?!\w)", re.IGNORECASE)


def _shingle_words(text: str) -> list[str]:
    """Words normalised so that small rewordings do not break shingles: "tre" → "3",
    "i går" → "igår"."""
    return [_NUMBER_WORDS.get(w, w) for w in words(_JOINED.sub(r"i\1", text))]


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """Word n-gram shingles of a text (lower-cased, punctuation dropped, normalised)."""
    ws = _shingle_words(text)
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def overlap(note_text: str, source_texts: Iterable[str], n: int = 5) -> tuple[float, float, int]:
    """(share of the source's shingles found in the note, share of the note's shingles
    taken from the source, shared shingle count). Small edits break at most n shingles
    each, so a pasted conversation with a few typos fixed still scores high."""
    src: set[tuple[str, ...]] = set()
    for t in source_texts:
        src |= shingles(t, n)
    note = shingles(note_text, n)
    if not src or not note:
        return 0.0, 0.0, 0
    shared = len(src & note)
    return shared / len(src), shared / len(note), shared


# --------------------------------------------------------------------------- time and senders

def naive(t: Any) -> Any:
    """Drop a timezone so that exports mixing "…+01:00" and local times still compare."""
    return t.replace(tzinfo=None) if t is not None and getattr(t, "tzinfo", None) else t


_CITIZEN_SENDERS = re.compile(
    r"^(?:patient|invånare|invanare|vårdnadshavare|förälder|mamma|pappa|anhörig|närstående)\b",
    re.IGNORECASE,
)


def from_citizen(message: Any) -> bool:
    """A message written by the patient or someone on the patient's side (guardian)."""
    return bool(message.from_patient or _CITIZEN_SENDERS.match(message.sender.strip()))


# --------------------------------------------------------------------------- note index

class NoteIndex:
    """A record's notes indexed once by ``refs`` and by unit, sorted by time.

    Linking a case or treatment to its documentation is then a dict lookup plus a
    bisect over that unit's notes — never a scan of every note for every case.
    """

    def __init__(self, notes: Iterable["Note"]) -> None:
        self.by_ref: dict[str, list[Note]] = {}
        self._by_unit: dict[str, list[tuple[Any, int, Note]]] = {}
        self._text: dict[int, str] = {}
        self._stems: dict[int, set[str]] = {}
        self._mentions: dict[tuple[int, str], bool] = {}
        for i, note in enumerate(notes):
            for ref in note.refs:
                self.by_ref.setdefault(ref.strip().casefold(), []).append(note)
            t = naive(note.time or note.signed)
            if t is None or note.unit is None:
                continue
            for key in _unit_keys(note.unit):
                self._by_unit.setdefault(key, []).append((t, i, note))
        for lst in self._by_unit.values():
            lst.sort(key=lambda x: (x[0], x[1]))

    def referring(self, obj_id: str) -> list["Note"]:
        return list(self.by_ref.get(obj_id.strip().casefold(), []))

    def between(self, unit: "Unit | None", start: Any, end: Any) -> list["Note"]:
        """Notes of the same unit (Unit.same_as) whose time lies in [start, end]."""
        import bisect

        if unit is None:
            return []
        start, end = naive(start), naive(end)
        seen: dict[int, Note] = {}
        for key in _unit_keys(unit):
            lst = self._by_unit.get(key, [])
            lo = bisect.bisect_left(lst, start, key=lambda x: x[0])
            for t, i, note in lst[lo:]:
                if t > end:
                    break
                if i not in seen and unit.same_as(note.unit):
                    seen[i] = note
        return [seen[i] for i in sorted(seen)]

    def text(self, note: "Note") -> str:
        key = id(note)
        if key not in self._text:
            self._text[key] = note.text
        return self._text[key]

    def mentions(self, note: "Note", pattern: re.Pattern[str]) -> bool:
        """Whether the note's text matches ``pattern`` (memoised per note and pattern)."""
        key = (id(note), pattern.pattern)
        hit = self._mentions.get(key)
        if hit is None:
            hit = self._mentions[key] = bool(pattern.search(self.text(note)))
        return hit

    def stems(self, note: "Note") -> set[str]:
        key = id(note)
        if key not in self._stems:
            self._stems[key] = content_stems(self.text(note))
        return self._stems[key]


def _unit_keys(unit: "Unit") -> list[str]:
    keys = []
    if unit.hsa_id:
        keys.append("hsa:" + unit.hsa_id.strip().upper())
    if unit.name:
        keys.append("name:" + unit.name.strip().casefold())
    return keys


def note_index(ctx: Any) -> NoteIndex:
    """The record's NoteIndex, built once per record and shared by NL4 and NL5 rules."""
    idx = getattr(ctx, "_textcues_note_index", None)
    if idx is None or idx[0] is not ctx.record:
        idx = (ctx.record, NoteIndex(ctx.record.notes))
        setattr(ctx, "_textcues_note_index", idx)
    return idx[1]


def known_ids(record: Any) -> set[str]:
    """Ids of the record's cases and treatments (casefolded), for refs checks."""
    return {c.id.strip().casefold() for c in record.conversations} | {
        t.id.strip().casefold() for t in record.treatments}


def refs_elsewhere(note: "Note", known: set[str]) -> bool:
    """A note whose refs name another case/treatment of the record is that one's note."""
    return any(r.strip().casefold() in known for r in note.refs)


def note_sections(notes: Iterable["Note"]) -> list[tuple[str, str]]:
    """(keyword, text) pairs of notes, with the template as a pseudo-keyword."""
    out: list[tuple[str, str]] = []
    for n in notes:
        if n.template:
            out.append((n.template, ""))
        out.extend((s.keyword, s.text) for s in n.sections)
    return out
