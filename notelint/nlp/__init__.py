"""Swedish clinical NLP: diagnosis mentions, their assertion, and clinical triggers.

``annotate_note(note)`` is the entry point for rules (via ``Context.annotations``);
``annotate_text(text)`` annotates one text. The spaCy pipeline is built once per process
(and per ICD-10 code file) from the team's files in ``models/``; nothing is fetched.

The ICD-10-SE code file (codes only, one a line) is optional: pass ``code_file=`` or set
``NOTELINT_ICD10SE``. Without it, code-shaped tokens are accepted on structure, except
known lab markers (S100B, P24 antigen, B12).
"""

from __future__ import annotations

import re
import threading
from typing import Any

from .types import Mention, NoteAnnotations, Trigger

__all__ = ["annotate_note", "annotate_text", "get_pipeline", "might_fire",
           "Mention", "Trigger", "NoteAnnotations"]

_lock = threading.Lock()
_pipelines: dict[str | None, Any] = {}
_prefilter: Any = None
# code shapes ("F32", "I 48") and -it/-os words ("artrit", "tuberkulos"); the look-ahead
# lets the engine skip most positions, the word-boundary checks are done in _code_shaped
_CODE_SHAPE = re.compile(r"(?=[A-Zio])(?:[A-Z]\s?\d\d|(?:it|iten|os|osen)\b)")
_WORD = re.compile(r"\w")
_WORD4 = re.compile(r"\w{4}")


def _code_shaped(text: str) -> bool:
    """A code not glued to a word before it, or a word of 4+ letters ending -it/-os."""
    for m in _CODE_SHAPE.finditer(text):
        s = m.start()
        if text[s] in "io":
            if s >= 4 and _WORD4.fullmatch(text, s - 4, s):
                return True
        elif s == 0 or not _WORD.match(text, s - 1):
            return True
    return False


def get_pipeline(code_file: str | None = None):
    """The shared pipeline for ``code_file`` (default: ``NOTELINT_ICD10SE`` or none)."""
    from .resources import default_code_file

    key = code_file if code_file is not None else default_code_file()
    nlp = _pipelines.get(key)
    if nlp is None:
        with _lock:
            nlp = _pipelines.get(key)
            if nlp is None:
                from .pipeline import build_pipeline

                nlp = build_pipeline(key)
                _pipelines[key] = nlp
    return nlp


def _automaton():
    global _prefilter
    if _prefilter is None:
        import ahocorasick

        from .resources import load_resources

        auto = ahocorasick.Automaton()
        for word, mode in load_resources().keywords:
            auto.add_word(word, (word, mode))
        auto.make_automaton()
        _prefilter = auto
    return _prefilter


def might_fire(text: str) -> bool:
    """Cheap prefilter: False when no lexicon word, cue or code shape occurs in ``text``."""
    if not text or not text.strip():
        return False
    low = text.lower()
    n = len(low)
    for end, (word, mode) in _automaton().iter(low):
        start = end - len(word) + 1
        at_start = start == 0 or not low[start - 1].isalnum()
        at_end = end + 1 >= n or not low[end + 1].isalnum()
        if (mode == "any" or mode == "prefix" and at_start or mode == "suffix" and at_end
                or mode == "exact" and at_start and at_end):
            return True
    return _code_shaped(text)


def _from_doc(doc, section: int) -> tuple[list[Mention], list[Trigger]]:
    attrs = doc.user_data.get("nl_dx", {})
    text = doc.user_data.get("nl_text")
    if text is None:
        text = doc.text
    mentions = []
    for s in doc.spans.get("dx", []):
        icd10, assertion, cue = attrs.get((s.start, s.end), (None, "affirmed", None))
        start, end = s.start_char, s.end_char
        surface = text[start:end].rstrip(".,;:)")  # "R56.8X." at a sentence end
        mentions.append(Mention(section, start, start + len(surface), surface, s.label_,
                                icd10, assertion, cue))
    negated = doc.user_data.get("nl_trig", {})
    triggers = []
    for s in doc.spans.get("triggers", []):
        start, end = s.start_char, s.end_char
        triggers.append(Trigger(section, start, end, text[start:end], s.label_,
                                bool(negated.get((s.start, s.end, s.label_), False))))
    return mentions, triggers


def annotate_text(text: str, section: int = 0, code_file: str | None = None,
                  prefilter: bool = True) -> NoteAnnotations:
    """Mentions and triggers of one text (offsets are character offsets into ``text``)."""
    if prefilter and not might_fire(text):
        return NoteAnnotations()
    from .pipeline import annotate

    doc = annotate(get_pipeline(code_file), text)
    mentions, triggers = _from_doc(doc, section)
    return NoteAnnotations(mentions, triggers)


def annotate_note(note: Any, code_file: str | None = None) -> NoteAnnotations:
    """Annotations for every section of ``note`` (offsets into ``note.sections[i].text``)."""
    out = NoteAnnotations()
    for index, section in enumerate(getattr(note, "sections", []) or []):
        ann = annotate_text(section.text or "", index, code_file=code_file)
        out.mentions.extend(ann.mentions)
        out.triggers.extend(ann.triggers)
    return out
