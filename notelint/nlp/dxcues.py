"""What a note says about a diagnosis beyond its mention (NL1): whether the sentence of a
mention says it is settled ("MS fastställd", not "ännu ej fastställd"), the words of a
mention, and whether a concept is written as an ICD-10 code.

The settled cues are data (``models/dx_cues.tsv``), found once per text by the machinery of
the documentation cues (:func:`notelint.nlp.doccues.document_cues`); their negation is
ConText's, the one engine that serves mentions, triggers and documentation cues. Rules
ask these functions and never read the text themselves.
"""

from __future__ import annotations

import re

from .doccues import document_cues

__all__ = ["DX_CUES", "settled", "words", "code_shaped"]

DX_CUES = "dx_cues.tsv"

# Where a sentence ends for "the sentence of a mention": . ! ? or a line break.
_SENT_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"\w+")
_CODE = re.compile(r"[A-Z]\d{2}(\.\d+)?", re.IGNORECASE)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: after the last . ! ? or line break before
    it, up to the first one at or after its end."""
    lo = max((m.end() for m in _SENT_END.finditer(text, 0, start)), default=0)
    m = _SENT_END.search(text, end)
    return lo, (m.start() if m else len(text))


def settled(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the mention ``text[start:end]`` says the diagnosis is settled
    (fastställd, bekräftad, konstaterad, klarlagd …), not negated."""
    lo, hi = sentence_bounds(text, start, end)
    return any(c.kind == "settled" and not c.negated and lo <= c.start and c.end <= hi
               for c in document_cues(text, 0, DX_CUES))


def words(text: str) -> list[str]:
    """The words of a text (letters, digits, underscore), as written."""
    return _WORD.findall(text)


def code_shaped(concept: str) -> bool:
    """Whether a concept is written as an ICD-10 code ("F32", "f11.2")."""
    return _CODE.fullmatch(concept.strip()) is not None
