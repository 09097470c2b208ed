"""Documentation elements of NL4/NL5: what a note, a 1177 message or a platform message
says (contact reason, assessment, action, result, background, treatment actions and
results, care-relevant information, feedback, attachments, referral).

The cues are data (``models/doc_cues.tsv``, one a row, with its kind and the routine's
reason); they are found once per text and cached. Negation is decided by the same ConText
engine that serves diagnosis mentions and triggers (:mod:`notelint.nlp.context`), for the
kinds whose rows say ``affirmed`` — only the sentences holding such a cue reach spaCy.
Rules read :class:`DocCue` annotations and never parse text themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .types import DocCue

__all__ = ["DocCue", "document_cues", "has_element", "keyword_kinds", "kinds",
           "content_stems", "shingles", "overlap", "words"]


@dataclass(frozen=True)
class _Table:
    keywords: dict[str, frozenset[str]]          # normalised sökord → kinds it names
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, one expression per kind)
    negatable: frozenset[str]                    # kinds with "affirmed" rows


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


DOC_CUES = "doc_cues.tsv"


@lru_cache(maxsize=4)
def _table(name: str = DOC_CUES) -> _Table:
    """A cue file of ``models/`` in the format of ``doc_cues.tsv`` (kind, how, cue, why)."""
    from .cuedata import _read_raw

    keywords: dict[str, set[str]] = {}
    texts: dict[str, list[str]] = {}
    negatable: set[str] = set()
    for line in _read_raw(name):
        kind, how, cue, *_ = (line.split("\t") + [""])[:4]
        kind, how = kind.strip(), how.strip()
        if how == "keyword":
            keywords.setdefault(_norm(cue), set()).add(kind)
        elif how in ("text", "affirmed"):
            re.compile(cue)  # a bad row names itself at load time
            texts.setdefault(kind, []).append(cue)
            if how == "affirmed":
                negatable.add(kind)
        else:
            raise ValueError(f"models/{name}: unknown 'how' {how!r} in row {line!r}")
    # one pair of word boundaries around a kind's rows (not one pair a row): the same
    # matches, and the look-behind is tried once per position instead of once per row
    # (8x faster over a corpus's texts)
    patterns = tuple(
        (kind, re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in cues) + r")(?!\w)"))
        for kind, cues in texts.items())
    return _Table({k: frozenset(v) for k, v in keywords.items()}, patterns, frozenset(negatable))


def kinds() -> set[str]:
    """Every documentation-cue kind the data defines."""
    t = _table()
    return {k for k, _ in t.patterns} | {k for ks in t.keywords.values() for k in ks}


def keyword_kinds(keyword: str | None) -> frozenset[str]:
    """The kinds a sökord (or template name) names: "Bedömning/åtgärd" → assessment, action."""
    return _table().keywords.get(_norm(keyword or ""), frozenset())


@lru_cache(maxsize=4096)
def document_cues(text: str, section: int = 0, cues: str = DOC_CUES) -> tuple[DocCue, ...]:
    """Every documentation cue in ``text`` (offsets into it), in order; computed once per
    text. Cues of kinds marked ``affirmed`` carry ConText's negation. ``cues`` names another
    cue file of the same format (``dx_cues.tsv``: what a note says about a diagnosis)."""
    if not text or text.isspace():
        return ()
    from .prefilter import lower

    low = lower(text)
    table = _table(cues)
    found = [(m.start(), m.end(), kind) for kind, pattern in table.patterns
             for m in pattern.finditer(low) if m.end() > m.start()]
    if not found:
        return ()
    found.sort()
    negated = _negation(text, section, [(a, b) for a, b, k in found if k in table.negatable])
    return tuple(DocCue(section, a, b, text[a:b], kind, negated.get((section, a, b), False))
                 for a, b, kind in found)


def _negation(text: str, section: int, spans: list[tuple[int, int]]) -> dict:
    """ConText's verdict for each span: only the sentences holding them are annotated."""
    if not spans:
        return {}
    from . import _annotate_runs, _guarded, _tokenizer, spacy_safe
    from .prefilter import active_runs

    text = spacy_safe(text)
    probes = {(section, a, b): False for a, b in spans}
    with _guarded(None):
        runs = [(section, text, a, b) for a, b in active_runs(text, _tokenizer(None), found=spans)]
        _annotate_runs(None, runs, probes)
    return probes


def has_element(kind: str, places: Iterable[tuple[str, str]], *,
                keyword_needs_text: bool = True, not_under: Iterable[str] = ()) -> bool:
    """Whether (sökord, text) places carry the element: a sökord naming it, with text under
    it that says more than the channel ("Meddelande via 1177." is no contact reason), or a
    cue of that kind in the text (negated or not) — except in a place whose sökord names
    one of the kinds ``not_under`` (a rating under *Avslut* is a result, not background)."""
    skip = frozenset(not_under)
    for keyword, text in places:
        named = keyword_kinds(keyword)
        if kind in named and (_says_more_than_the_channel(text) or not keyword_needs_text):
            return True
        if named & skip and kind not in named:
            continue
        if any(c.kind == kind for c in document_cues(text)):
            return True
    return False


def _says_more_than_the_channel(text: str) -> bool:
    """Whether ``text`` holds a word besides its ``channel`` cues ("via 1177 e-tjänster")."""
    if not text.strip():
        return False
    rest, at = [], 0
    for c in document_cues(text):
        if c.kind == "channel":
            rest.append(text[at:c.start])
            at = max(at, c.end)
    rest.append(text[at:])
    return any(ch.isalnum() for part in rest for ch in part)


# --------------------------------------------------------------------------- words and overlap
# How much a note repeats a conversation (NL404) and whether it is about the same matter
# (linking a note to its case or treatment): content words, stems and shingles.

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

# Short words that still carry the matter (acronyms of conditions and treatments).
SHORT_CONTENT = frozenset({"kbt", "ibs", "uvi", "kol", "ocd", "ont", "bpd"})


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


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
