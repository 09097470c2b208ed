"""spaCy components for Swedish clinical text, built on ``spacy.blank("sv")``.

Components (registered factories, configurable like any spaCy pipe):

- ``nl_line_sentences``  sentence starts after newlines and after . ! ? (telegraphic notes)
- ``nl_diagnoses``       lexicon terms (PhraseMatcher on LOWER) + Swedish compound heads
- ``nl_icd10_codes``     ICD-10 codes in free text, validated against a code file if configured
- ``nl_context``         ConText assertion of each mention (see :mod:`notelint.nlp.context`)
- ``nl_triggers``        clinical triggers (not informed, violence in a close relation, …)

Results live in ``doc.spans["dx"]`` (label = concept) and ``doc.spans["triggers"]``
(label = kind); per-span data sits in plain dicts (:func:`dx_attrs`, :func:`trigger_negated`)
rather than Span extensions, which cost more to read than the rest of the pipeline.
"""

from __future__ import annotations

import bisect
import re

import numpy
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, SENT_START
from spacy.attrs import ORTH as ORTH_ATTR
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .context import ConText, cue_index
from .cuedata import trigger_gates
from .prefilter import lower
from .resources import load_code_file, load_resources


def dx_attrs(doc: Doc) -> dict[tuple[int, int], list]:
    """[icd10, assertion, cue] per mention span (start, end): plain data, cheap to read."""
    return doc.user_data.setdefault("nl_dx", {})


def trigger_negated(doc: Doc) -> dict[tuple[int, int, str], bool]:
    return doc.user_data.setdefault("nl_trig", {})

_SENT_END_TOKENS = (".", "!", "?")


@Language.factory("nl_line_sentences")
def make_line_sentences(nlp: Language, name: str):
    strings = nlp.vocab.strings
    newline_ids: dict[int, bool] = {}
    get = newline_ids.get
    dot, bang, question = (strings.add(p) for p in _SENT_END_TOKENS)

    def line_sentences(doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            doc.user_data["nl_sents"] = []
            return doc
        arr = doc.to_array([ORTH_ATTR, IS_PUNCT, IS_SPACE])
        orth = arr[:, 0]
        newline = numpy.zeros(n, dtype=bool)
        for i in numpy.flatnonzero(arr[:, 2]).tolist():  # few: whitespace tokens only
            flag = get(int(orth[i]))
            if flag is None:
                flag = newline_ids[int(orth[i])] = "\n" in strings[int(orth[i])]
            newline[i] = flag
        start = numpy.empty(n, dtype=bool)
        start[0] = True
        # after a newline, or after . ! ? unless the token is punctuation itself
        prev = orth[:-1]
        ends = (prev == dot) | (prev == bang) | (prev == question)
        start[1:] = newline[:-1] | (ends & (arr[1:, 1] == 0))
        values = numpy.where(start, 1, -1).astype("int64").reshape(n, 1)
        doc.from_array([SENT_START], values.view("uint64"))
        doc.user_data["nl_sents"] = numpy.flatnonzero(start).tolist()
        return doc

    return line_sentences


_LAB_PARTS = {"ag", "ak", "test", "testet", "prov", "provet", "antigen", "antikroppar",
              "serologi", "screening", "pcr", "snabbtest", "odling", "mottagning", "kontroll",
              "skola", "sköterska", "ssk", "team", "dagbok"}


_MEMO_SIZE = 20_000  # words whose compound analysis is remembered (see nlp.VOCAB_BUDGET)


class DiagnosisMatcher:
    """Lexicon terms incl. inflections/abbreviations, plus compound heads (lungcancer)."""

    _DERIVED = re.compile(r"^(\w{3,}?)(relaterade?|relaterat|utlöst[a]?|orsakade?|orsakat|betingade?|betingat)$")

    def __init__(self, nlp: Language):
        res = load_resources()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[int, tuple[str, str | None]] = {}
        self.single: dict[str, tuple[str, str | None]] = {}
        for entry in res.lexicon:
            key = nlp.vocab.strings.add(entry.term)
            self.entries[key] = (entry.concept, entry.icd10)
            self.matcher.add(entry.term, [nlp.make_doc(entry.term)])
            if " " not in entry.term:
                self.single[entry.term] = (entry.concept, entry.icd10)
        self.heads = res.heads
        self.stop_exact = res.stop_exact
        self.stop_suffix = res.stop_suffix
        self._memo: dict[str, tuple[str, str | None] | None] = {}
        self._by_id: dict[int, tuple[str, str | None] | None] = {}

    def compound(self, word: str) -> tuple[str, str | None] | None:
        if word in self._memo:
            return self._memo[word]
        hit = self._compound(word)
        if len(self._memo) < _MEMO_SIZE:
            self._memo[word] = hit
        return hit

    def _compound(self, word: str) -> tuple[str, str | None] | None:
        if not word.replace("-", "").isalpha() or word in self.stop_exact or word.endswith(self.stop_suffix):
            return None
        for suffix, concept_suffix, icd in self.heads:
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                minimum = 4 if len(suffix) <= 4 else 3
                if len(stem) < minimum:
                    continue
                base = stem + concept_suffix
                if base in self.stop_exact or base.endswith(self.stop_suffix):
                    return None
                if base in self.single:
                    return self.single[base]
                return base, icd
        if "-" in word:
            first, rest = word.split("-", 1)
            if first in self.single and rest not in _LAB_PARTS:
                return self.single[first]
            return None
        m = self._DERIVED.match(word)
        if m and m.group(1) in self.single:
            return self.single[m.group(1)]
        return None

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            concept, icd = self.entries[match_id]
            span = Span(doc, start, end, label=concept)
            dx_attrs(doc)[(start, end)] = [icd, "affirmed", None]
            spans.append(span)
        spans = filter_spans(spans)
        covered = {i for s in spans for i in range(s.start, s.end)}
        strings = doc.vocab.strings
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            if i in covered:
                continue
            hit = self._by_id.get(lower, False)
            if hit is False:
                word = strings[lower]
                hit = self.compound(word) if len(word) >= 6 else None
                if len(self._by_id) < _MEMO_SIZE:
                    self._by_id[lower] = hit
            if hit:
                span = Span(doc, i, i + 1, label=hit[0])
                dx_attrs(doc)[(i, i + 1)] = [hit[1], "affirmed", None]
                spans.append(span)
        doc.spans["dx"] = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory("nl_diagnoses")
def make_diagnoses(nlp: Language, name: str):
    return DiagnosisMatcher(nlp)


_CODE = re.compile(
    r"(?<![\w.-])([A-Z])(\s?)(\d{2})(?:\.(\d{1,2})|(\d{1,2}))?([A-Z])?(?![\w])")
_LAB_WORDS = {"hiv", "ag", "antigen", "ak", "combo", "prov", "analys", "test", "lab",
              "vitamin", "protein", "µg/l", "ng/l", "ug/l", "kobalamin", "nivå", "värde"}
_NON_CODES = {"S100B", "S100", "B12", "P24"}  # lab markers shaped like codes
_LAB_SENSITIVE = {"S100", "P24", "S100B", "B12"}


class CodeMatcher:
    """ICD-10 codes: ``F32.1``, ``F321``, ``I 48.9``, ``R56.8X``."""

    def __init__(self, code_file: str | None):
        self.codes = load_code_file(code_file) if code_file else None

    def valid(self, norm: str, doc: Doc, span: Span) -> bool:
        if norm in _LAB_SENSITIVE or self.codes is None and norm in _NON_CODES:
            lo, hi = max(0, span.start - 3), min(len(doc), span.end + 3)
            window = {w for t in doc[lo:hi] for w in re.split(r"[-/]", t.lower_)}
            if self.codes is None and norm in _NON_CODES:
                return False
            if window & _LAB_WORDS or any("-" in t.text and t.i == span.end for t in doc[span.end:hi]):
                return False
        if self.codes is not None:
            return norm in self.codes
        return True

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for m in _CODE.finditer(doc_text(doc)):
            letter, space, two, dotted, undotted, suffix = m.groups()
            if space and not dotted:
                continue  # "I 48 timmar"
            sub = dotted or undotted or ""
            norm = f"{letter}{two}{sub}{suffix or ''}"
            if suffix and not sub:
                continue  # "S10B", "E11X" are not code shapes we accept
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.valid(norm, doc, span):
                continue
            code = f"{letter}{two}" + (f".{sub}{suffix or ''}" if sub else "")
            out = Span(doc, span.start, span.end, label=code)
            dx_attrs(doc)[(out.start, out.end)] = [code, "affirmed", None]
            found.append(out)
        if found:
            spans = list(doc.spans.get("dx", [])) + found
            doc.spans["dx"] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc


@Language.factory("nl_icd10_codes", default_config={"code_file": None})
def make_codes(nlp: Language, name: str, code_file: str | None):
    return CodeMatcher(code_file)


@Language.factory("nl_context")
def make_context(nlp: Language, name: str):
    return ConText(nlp, load_resources().cues)


class TriggerMatcher:
    def __init__(self, nlp: Language):
        import ahocorasick

        # "!kind" rows are pseudo-triggers: a sentence they match holds no trigger of kind
        self.patterns = [(kind.lstrip("!"), kind.startswith("!"), pattern)
                         for kind, pattern in load_resources().triggers]
        self.gate = ahocorasick.Automaton()
        stems: dict[str, set[str]] = {}
        for kind, words in trigger_gates().items():
            for stem in words:
                stems.setdefault(stem, set()).add(kind)
        for stem, kinds in stems.items():
            self.gate.add_word(stem, (len(stem), frozenset(kinds)))
        self.gate.make_automaton()

    def gated(self, text: str) -> list[tuple[int, int, frozenset[str]]]:
        """(start, end, kinds) of every gate stem in ``text`` (lower-cased), in order."""
        return [(end + 1 - size, end + 1, kinds) for end, (size, kinds) in self.gate.iter(text)]

    def __call__(self, doc: Doc) -> Doc:
        text = lower(doc_text(doc))
        by_sent: dict[tuple[int, int], list[Span]] = {}
        stems = self.gated(text) if len(doc) else []
        if not stems:
            doc.spans["triggers"] = []
            return doc
        starts = doc.user_data.get("nl_sents") or [s.start for s in doc.sents]
        idx = doc.to_array(IDX).tolist()
        bounds_at = [idx[i] for i in starts]
        # the kinds whose gate stems lie wholly inside each sentence
        open_by_sent: dict[int, set[str]] = {}
        for c_start, c_end, kinds in stems:
            k = bisect.bisect_right(bounds_at, c_start) - 1
            if k < 0:
                continue
            limit = bounds_at[k + 1] if k + 1 < len(bounds_at) else len(text)
            if c_end <= limit:
                open_by_sent.setdefault(k, set()).update(kinds)
        for k, open_kinds in sorted(open_by_sent.items()):
            s_start = starts[k]
            s_end = starts[k + 1] if k + 1 < len(starts) else len(doc)
            c0 = bounds_at[k]
            c1 = idx[s_end] if s_end < len(doc) else len(text)
            part = text[c0:c1]
            blocked = {kind for kind, pseudo, pattern in self.patterns
                       if pseudo and kind in open_kinds and pattern.search(part)}
            for kind, pseudo, pattern in self.patterns:
                if pseudo or kind not in open_kinds or kind in blocked:
                    continue
                for m in pattern.finditer(part):
                    span = doc.char_span(c0 + m.start(), c0 + m.end(), label=kind,
                                         alignment_mode="expand")
                    if span is None or not len(span) or span.end > s_end:
                        continue
                    by_sent.setdefault((s_start, s_end), []).append(span)
        found: list[Span] = []
        index = cue_index(doc)
        for bounds, hits in by_sent.items():
            # longest span per kind; "ej informerad om" beats "informerad om"
            hits.sort(key=lambda s: (-(s.end - s.start), s.start))
            kept: list[Span] = []
            for span in hits:
                clash = [k for k in kept if k.start < span.end and span.start < k.end]
                if any(k.label_ == span.label_ for k in clash):
                    continue
                if span.label_ == "communicated" and any(k.label_ == "not_informed" for k in clash):
                    continue
                if span.label_ == "not_informed" and any(k.label_ == "communicated" for k in clash):
                    kept = [k for k in kept if k not in clash or k.label_ != "communicated"]
                kept.append(span)
            for span in kept:
                trigger_negated(doc)[(span.start, span.end, span.label_)] = index.negated(span.start, span.end)
                found.append(span)
        doc.spans["triggers"] = sorted(found, key=lambda s: s.start)
        return doc


@Language.factory("nl_triggers")
def make_triggers(nlp: Language, name: str):
    return TriggerMatcher(nlp)


def doc_text(doc: Doc) -> str:
    """The text of ``doc`` (cached by :func:`annotate` to avoid rebuilding it from tokens)."""
    text = doc.user_data.get("nl_text")
    return text if text is not None else doc.text


def annotate(nlp: Language, text: str) -> Doc:
    """Run ``nlp`` on ``text`` with the text cached for the components."""
    doc = nlp.make_doc(text)
    doc.user_data["nl_text"] = text
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def build_pipeline(code_file: str | None = None) -> Language:
    """A fresh pipeline (use :func:`notelint.nlp.get_pipeline` for the shared one)."""
    nlp = spacy.blank("sv")
    res = load_resources()
    for exc in res.tokenizer_exceptions:
        for form in {exc, exc[:1].upper() + exc[1:], exc.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("nl_line_sentences")
    nlp.add_pipe("nl_diagnoses")
    nlp.add_pipe("nl_icd10_codes", config={"code_file": code_file})
    nlp.add_pipe("nl_context")
    nlp.add_pipe("nl_triggers")
    return nlp
