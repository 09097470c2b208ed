"""Swedish clinical NLP: diagnosis mentions, their assertion, and clinical triggers.

``annotate_note(note)`` is the entry point for rules (via ``Context.annotations``);
``annotate_text(text)`` annotates one text. The spaCy pipeline is built once per process
(and per ICD-10 code file) from the team's files in ``models/``; nothing is fetched.

The ICD-10-SE code file (codes only, one a line) is optional: pass ``code_file=`` or set
``NOTELINT_ICD10SE``. Without it, code-shaped tokens are accepted on structure, except
known lab markers (S100B, P24 antigen, B12).
"""

from __future__ import annotations

import bisect
import gc
import re
from dataclasses import replace
from functools import lru_cache
import threading
from types import SimpleNamespace
from contextlib import contextmanager
from typing import Any, Iterator

from .budget import VOCAB_BUDGET
from .cache import SentenceCache, cache_for, enabled as cache_enabled, shifted
from .notelevel import (answered_no, answered_questions, answered_telling, benign_findings,
                        confirmed_after, known_in_results, named_by_its_head, of_a_child,
                        event_of, listed_under_header, malignant, patient_named_by_relative,
                        pointer_to_previous_sentence, read_results, recurrences, relatives_own,
                        ruled_out_together, subject_of_previous_sentence, untold_under_keyword)
from .prefilter import active_runs, active_runs_of, might_fire
from .resources import load_resources
from .types import Mention, NoteAnnotations, Trigger

__all__ = ["annotate_note", "annotate_notes", "annotate_text", "event_of", "get_pipeline", "long_run",
           "malignant",
           "might_fire",
           "Mention", "Trigger", "NoteAnnotations"]

_lock = threading.Lock()
_nlp_lock = threading.Lock()
_pipelines: dict[str | None, Any] = {}
_built_vocab: dict[int, int] = {}  # vocabulary size of each pipeline once built

# A run over many notes allocates millions of short-lived containers beside the millions of
# long-lived ones the pipeline is built of (lexicon entries, cue tables, automata) and the
# prefilter's memos. With the collector's defaults (a collection every 700 allocations, a
# full one now and then scanning everything) collection cost 1.7-2.1 s of a 20,000-note
# lint, against 0.1 s before the lexicons grew; with these settings and the built pipeline
# frozen, 0.7-0.8 s, at the same peak memory (``benchmarks/README.md``, fourteenth session).
LONG_RUN_GC_THRESHOLD = (10_000, 20, 20)
_long_run = False


def long_run() -> None:
    """Set this process up to annotate many notes: the collector runs every 10,000
    allocations, and what a pipeline is built of is kept out of its scans once built
    (:func:`gc.freeze`). The CLI's ``lint`` and ``audit`` and each ``--jobs`` worker call it
    (a server freezes its heap at start); a library caller linting in bulk may. Process-wide:
    nothing else changes."""
    global _long_run
    _long_run = True
    gc.set_threshold(*LONG_RUN_GC_THRESHOLD)
    if _pipelines:
        _freeze_heap()


def _freeze_heap() -> None:
    # no collection first: building leaves a handful of cyclic garbage objects (8 measured),
    # and a full collection would cost every short lint 0.07 s
    gc.freeze()


def get_pipeline(code_file: str | None = None):
    """The shared pipeline for ``code_file`` (default: ``NOTELINT_ICD10SE`` or none)."""
    key = _key(code_file)
    nlp = _pipelines.get(key)
    if nlp is None:
        with _lock:
            nlp = _pipelines.get(key)
            if nlp is None:
                from .pipeline import build_pipeline

                nlp = build_pipeline(key)
                # spaCy's tokenizer caches 10,000 chunks; what building the pipeline
                # tokenized (cues, abbreviations) must leave room for the notes' own words
                nlp.tokenizer.max_cache_size += 2 * VOCAB_BUDGET
                _pipelines[key] = nlp
                # the lexicons' own words do not count against the budget
                _built_vocab[id(nlp)] = len(nlp.vocab)
                if _long_run:
                    _freeze_heap()
    return nlp


# One spaCy Doc per note: the sentences that might fire, of every section, one after
# another, a blank line between runs (a newline always starts a sentence, and no pattern
# reaches over two newlines: "typ I" + "12.30" must not become a code); a span that
# would still end past its run is dropped.
_SEPARATOR = "\n\n"
# the assertions that make an ambiguous abbreviation ("RA*" in the lexicon) a diagnosis:
# "Trol. RA", "Ingen RA", "Mor med RA" — not a bare year or "känd"
_CUED = {"uncertain", "negated", "family", "hypothetical"}


# The most characters handed to spaCy in one Doc. spaCy refuses texts over
# ``nlp.max_length`` (1,000,000: error E088); every component works inside a sentence, so a
# longer text is simply annotated in several Docs, cut between sentences.
MAX_DOC_CHARS = 200_000


def _batches(runs: list[tuple[int, str, int, int]],
             limit: int) -> Iterator[list[tuple[int, str, int, int]]]:
    """``runs`` grouped so that each group, joined, stays within ``limit`` characters; a run
    longer than that is cut at line breaks, else after . ! ?, else at a space."""
    batch: list[tuple[int, str, int, int]] = []
    size = 0
    for section, text, start, end in runs:
        while end - start > limit:
            cut = _cut_before(text, start, start + limit)
            runs_piece = (section, text, start, cut)
            if batch:
                yield batch
                batch, size = [], 0
            yield [runs_piece]
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start >= end:
            continue
        if batch and size + (end - start) > limit:
            yield batch
            batch, size = [], 0
        batch.append((section, text, start, end))
        size += end - start + len(_SEPARATOR)
    if batch:
        yield batch


def _cut_before(text: str, start: int, stop: int) -> int:
    """Where to end a piece of ``text[start:stop]``: after its last line break, else after
    its last . ! ? followed by a space, else at its last space, else at ``stop``."""
    floor = start + (stop - start) // 2  # never a piece shorter than half the limit
    at = text.rfind("\n", floor, stop)
    if at > floor:
        return at
    for mark in (". ", "! ", "? "):
        at = text.rfind(mark, floor, stop)
        if at > floor:
            return at + 1
    at = text.rfind(" ", floor, stop)
    return at if at > floor else stop


# "om diagnosen", "om sin diagnos", "om dg": what a statement on telling names
_NAMES_DIAGNOSIS = re.compile(r"\bom (?:sin |hans |hennes |den nya )?(?:diagnos|diagnosen|dg)\b",
                              re.IGNORECASE)

_DIAGNOSIS_FIRST = re.compile(r"(?:diagnosen|diagnosbeskedet|diagnosbesked|dg)\b", re.IGNORECASE)

Probe = tuple[int, int, int]  # (section, start, end) whose negation ConText is asked for


def _annotate_runs(code_file: str | None, runs: list[tuple[int, str, int, int]],
                   probes: dict[Probe, bool] | None = None, cached: bool = True) -> NoteAnnotations:
    """Annotate ``(section, text, start, end)`` runs; offsets back into each text. The
    negation of each span in ``probes`` (it must lie inside a run) is filled in.

    Without probes, a run whose text was annotated before comes from the sentence cache
    (:mod:`notelint.nlp.cache`); the others go through spaCy together."""
    if not runs:
        return NoteAnnotations()
    cache = _cache(code_file) if cached and not probes else None
    if cache is None:
        return _annotate_uncached(code_file, runs, probes)
    out = NoteAnnotations()
    parts = [text[start:end] for _, text, start, end in runs]
    values = [cache.get(part) for part in parts]
    first: dict[str, int] = {}  # each new distinct part once, however often the note repeats it
    for k, value in enumerate(values):
        if value is None:
            first.setdefault(parts[k], k)
    if first:  # each new part alone, labelled by its index k, offsets from its start
        todo = list(first.values())
        fresh = _annotate_uncached(code_file, [(k, parts[k], 0, len(parts[k])) for k in todo])
        found: dict[int, tuple[list[Mention], list[Trigger]]] = {k: ([], []) for k in todo}
        for m in fresh.mentions:
            found[m.section][0].append(m)
        for t in fresh.triggers:
            found[t.section][1].append(t)
        for k, (mentions, triggers) in found.items():
            values[k] = (tuple(mentions), tuple(triggers))
            cache.put(parts[k], values[k])  # type: ignore[arg-type]
        for k, value in enumerate(values):
            if value is None:
                values[k] = values[first[parts[k]]]
    for (section, _, start, _), (mentions, triggers) in zip(runs, values):  # type: ignore[misc]
        if mentions:
            out.mentions.extend([shifted(m, section, start) for m in mentions])
        if triggers:
            out.triggers.extend([shifted(t, section, start) for t in triggers])
    return out


def _cache(code_file: str | None) -> SentenceCache | None:
    return cache_for(_key(code_file), get_pipeline(code_file)) if cache_enabled() else None


def _annotate_uncached(code_file: str | None, runs: list[tuple[int, str, int, int]],
                       probes: dict[Probe, bool] | None = None) -> NoteAnnotations:
    out = NoteAnnotations()
    limit = min(MAX_DOC_CHARS, get_pipeline(code_file).max_length // 2)
    for batch in _batches(runs, limit):
        part = _annotate_batch(code_file, batch, probes)
        out.mentions.extend(part.mentions)
        out.triggers.extend(part.triggers)
    return out


def _annotate_batch(code_file: str | None, runs: list[tuple[int, str, int, int]],
                    probes: dict[Probe, bool] | None = None) -> NoteAnnotations:
    """Annotate ``(section, text, start, end)`` runs in one Doc; offsets back into each text."""
    out = NoteAnnotations()
    if not runs:
        return out
    from .context import sentence_of
    from .pipeline import annotate, framed, misframed

    nlp = get_pipeline(code_file)
    starts: list[int] = []
    parts: list[str] = []
    at = 0
    for _, text, start, end in runs:
        starts.append(at)
        parts.append(text[start:end])
        at += end - start + len(_SEPARATOR)
    doc = annotate(nlp, _SEPARATOR.join(parts))

    sent_tokens = doc.user_data.get("nl_sents") or [0]

    def sentence_start(span, shift: int) -> int:  # type: ignore[no-untyped-def]
        k = bisect.bisect_right(sent_tokens, span.start) - 1
        i = sent_tokens[max(k, 0)]
        while i < span.start and doc[i].is_space:  # the same offset whatever was cut before
            i += 1
        return doc[i].idx + shift

    def where(span) -> tuple[int, str, int] | None:  # type: ignore[no-untyped-def]
        k = bisect.bisect_right(starts, span.start_char) - 1
        section, text, start, end = runs[k]
        shift = start - starts[k]
        return (section, text, shift) if span.end_char + shift <= end else None

    attrs = doc.user_data.get("nl_dx", {})
    ambiguous = doc.user_data.get("nl_needs_cue", set())
    known = doc.user_data.get("nl_known", set())
    undated = doc.user_data.get("nl_undated", {})
    spans = list(doc.spans.get("dx", []))
    by_start = sorted(spans, key=lambda s: s.start)  # for framed(): its neighbours by bisection
    for s in spans:
        icd10, assertion, cue = attrs.get((s.start, s.end), (None, "affirmed", None))
        if (s.start, s.end) in ambiguous and (assertion not in _CUED and not framed(s, by_start, ambiguous)
                                              or misframed(s)):
            continue  # "RA dilaterat", "PCI mot LAD 2021": an ambiguous abbreviation needs a
            # cue or a frame; "Sat 91 % på RA?": a word before it may rule it out
        place = where(s)
        if place is None:
            continue
        section, text, shift = place
        start, end = s.start_char + shift, s.end_char + shift
        surface = text[start:end].rstrip(".,;:)")  # "R56.8X." at a sentence end
        out.mentions.append(Mention(section, start, start + len(surface), surface, s.label_,
                                    icd10, assertion, cue, sentence_start(s, shift),
                                    (s.start, s.end) in known,
                                    undated=undated.get((s.start, s.end))))
    negated = doc.user_data.get("nl_trig", {})
    roles = doc.user_data.get("nl_roles", {})
    pending = doc.user_data.get("nl_pending", set())
    weak_at = doc.user_data.get("nl_weak", set())
    for s in doc.spans.get("triggers", []):
        place = where(s)
        if place is None:
            continue
        section, text, shift = place
        start, end = s.start_char + shift, s.end_char + shift
        subject, topic = roles.get((s.start, s.end, s.label_), ("patient", "diagnosis"))
        # (a not-told that names the diagnosis waits for no result: "ej informerad om
        # diagnosen än, tas upp när provsvaren finns" — the diagnosis is what is untold)
        # (nor one whose subject it is: "Diagnosen lämnas vid återbesöket när PET-svaret finns")
        waits = (s.label_ == "not_informed" and any(a <= s.start < b for a, b in pending)
                 and not _NAMES_DIAGNOSIS.search(text, start, min(len(text), end + 20))
                 and not _DIAGNOSIS_FIRST.match(text, start))
        weak = any(a <= s.start < b and kind == s.label_ for a, b, kind in weak_at) \
            or topic == "detail"
        suspicion = topic == "suspicion"
        if topic in ("detail", "suspicion"):
            topic = "diagnosis"
        out.triggers.append(Trigger(section, start, end, text[start:end], s.label_,
                                    bool(negated.get((s.start, s.end, s.label_), False)),
                                    subject, topic, sentence_start(s, shift),  # type: ignore[arg-type]
                                    waits, weak, suspicion))
    if probes:
        _negate_probes(doc, runs, starts, probes, nlp.get_pipe("nl_context"))
    return out


def _negate_probes(doc: Any, runs: list[tuple[int, str, int, int]], starts: list[int],
                   probes: dict[Probe, bool], context: Any) -> None:
    """ConText's negation of each probe span. Cue words inside a probe are part of it ("vill
    inte leva", "orkar inte mer"), as cue words inside a diagnosis term are; a cue that
    starts before a probe and reaches into it leaves its words before the probe, read on
    their own: "ej fastställd" asked about "fastställd" leaves "ej"."""
    from .context import CueIndex

    spans: dict[Probe, tuple[int, int]] = {}
    ordered = sorted(probes)
    for k, (section, _text, start, end) in enumerate(runs):
        first = bisect.bisect_left(ordered, (section, start, start))
        for probe in ordered[first:]:
            p_section, p_start, p_end = probe
            if p_section != section or p_start >= end:
                break
            if p_end <= end:
                at = starts[k] - start
                span = doc.char_span(p_start + at, p_end + at, alignment_mode="expand")
                if span is not None and len(span):
                    spans[probe] = (span.start, span.end)
    inside = {i for a, b in spans.values() for i in range(a, b)}
    cues = []
    for c in doc.user_data.get("nl_cues", []):
        if not inside.intersection(range(c[0], c[1])):
            cues.append(c)
            continue
        before = c[0]
        while before < c[1] and before not in inside:
            before += 1
        cues.extend(context.cues_in(doc, c[0], before))
    index = CueIndex(doc, cues, clause_breaks=True)
    for probe, (a, b) in spans.items():
        probes[probe] = index.negated(a, b)


_SURROGATES = re.compile(r"[\ud800-\udfff]")


def spacy_safe(text: str) -> str:
    """``text`` with each lone surrogate (a JSON "\\ud800" no UTF-8 can hold, which spaCy
    refuses) as U+FFFD: the same length, so every offset stays the text's own."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text)
    return text


def annotate_text(text: str, section: int = 0, code_file: str | None = None,
                  prefilter: bool = True) -> NoteAnnotations:
    """Mentions and triggers of one text (offsets are character offsets into ``text``).

    With ``prefilter`` (the default) only the sentences that might fire are run through
    spaCy (:mod:`notelint.nlp.prefilter`); without it, the whole text is.
    """
    if not text:
        return NoteAnnotations()
    text = spacy_safe(text)
    with _guarded(code_file):
        spans = (active_runs(text, _tokenizer(code_file), _key(code_file), cache_enabled())
                 if prefilter else [(0, len(text))])
        out = _annotate_runs(code_file, [(section, text, a, b) for a, b in spans],
                             cached=prefilter)
    out.mentions = recurrences(out.mentions, [SimpleNamespace(text=text if k == section else "")
                                              for k in range(section + 1)])
    out.triggers = read_results(out.triggers, out.mentions, [])  # (no results beside it)
    return out


# New words the shared pipeline keeps for good (lexemes, strings, tokenizer cache), on top
# of those its lexicons bring: budget.VOCAB_BUDGET. Every new word would otherwise stay in
# memory for the life of the process: names, numbers and typos make a region's export an
# endless vocabulary. Once the vocabulary has taken in that many, every note is annotated
# in a spaCy memory zone, so what it alone brought is freed afterwards, while the words
# learnt first (the frequent ones) stay cached.


def annotate_note(note: Any, code_file: str | None = None) -> NoteAnnotations:
    """Annotations for every section of ``note`` (offsets into ``note.sections[i].text``).

    A section whose sökord says whose or when its facts are (*Hereditet*, *Tidigare
    sjukdomar*; ``models/section_assertions.tsv``) gives that assertion to every mention in
    it that its own words did not negate."""
    return annotate_notes([note], code_file)[0]


def annotate_notes(notes: list[Any], code_file: str | None = None) -> list[NoteAnnotations]:
    """:func:`annotate_note` of each of ``notes`` (a record's), the same annotations: the
    prefilter reads their sections together and their new sentences go through spaCy in
    one pass."""
    code_file = _key(code_file) or ""  # (the environment read once for the notes)
    all_sections = [getattr(note, "sections", []) or [] for note in notes]
    texts = [spacy_safe(section.text or "") for sections in all_sections for section in sections]
    with _guarded(code_file):
        tokenizer = _tokenizer(code_file)
        key, units = _key(code_file), cache_enabled()
        # sections numbered through all the notes, then given back to each note
        runs = [(index, texts[index], a, b)
                for index, spans in enumerate(active_runs_of(texts, tokenizer, key, units))
                for a, b in spans]
        together = _annotate_runs(code_file, runs)
    mentions = _by_note(together.mentions, all_sections)
    triggers = _by_note(together.triggers, all_sections)
    return [_note_level(NoteAnnotations(mentions=own_mentions, triggers=own_triggers), sections,
                        _written_in(note))
            for note, sections, own_mentions, own_triggers
            in zip(notes, all_sections, mentions, triggers)]


def _written_in(note: Any) -> int | None:
    """The year a note was written (its time, else when it was signed), if it says."""
    when = getattr(note, "time", None) or getattr(note, "signed", None)
    return getattr(when, "year", None)


def _by_note(items: list[Any], all_sections: list[list[Any]]) -> list[list[Any]]:
    """Mentions or triggers of sections numbered through several notes, each note's own
    with its own section numbers (in their order)."""
    if len(all_sections) == 1:
        return [items]
    owner: list[tuple[int, int]] = []  # global section index → (note, its first section)
    first = 0
    for k, sections in enumerate(all_sections):
        owner.extend([(k, first)] * len(sections))
        first += len(sections)
    out: list[list[Any]] = [[] for _ in all_sections]
    for item in items:
        k, first = owner[item.section]
        out[k].append(shifted(item, item.section - first, 0) if first else item)
    return out


def _note_level(out: NoteAnnotations, sections: list[Any],
                year: int | None = None) -> NoteAnnotations:
    """The readings of a whole note (:mod:`notelint.nlp.notelevel`) over its sentence
    annotations; ``year``: the year the note was written (a bare year dates a diagnosis
    only when it is before it: "Hjärtinfarkt 2018" is history in 2024, not in 2018)."""
    mentions = out.mentions
    if year is not None and any(m.undated and m.undated[0] >= year for m in mentions):
        mentions = [replace(m, assertion=m.undated[1], cue=m.undated[2], undated=None)
                    if m.undated and m.undated[0] >= year else m for m in mentions]
    mentions = listed_under_header(recurrences(mentions, sections), sections)
    mentions = known_in_results(relatives_own(answered_no(mentions, sections), sections), sections)
    out.mentions = of_a_child(benign_findings(ruled_out_together(
        confirmed_after(answered_questions(mentions, sections), sections), sections), sections),
        sections)
    out.triggers = answered_telling(out.triggers, sections)
    out.triggers = subject_of_previous_sentence(out.triggers, sections)
    out.triggers, out.mentions = patient_named_by_relative(out.triggers, out.mentions, sections)
    out.triggers = read_results(out.triggers, out.mentions, sections)
    out.triggers = pointer_to_previous_sentence(out.triggers, out.mentions, sections)
    out.triggers = named_by_its_head(out.triggers, out.mentions, sections)
    out.triggers.extend(untold_under_keyword(sections, out.triggers))
    forced = {i: a for i, s in enumerate(sections)
              if (a := section_assertion(getattr(s, "keyword", None))) is not None}
    if forced:
        out.mentions = [replace(m, assertion=forced[m.section], cue=f"sökord:{sections[m.section].keyword}")
                        if m.section in forced and m.assertion not in ("negated", forced[m.section])
                        else m for m in out.mentions]
    return out


def section_assertion(keyword: str | None) -> str | None:
    """The assertion a sökord gives its mentions (family, historical), or None."""
    if not keyword:
        return None
    return _section_assertion(keyword)


@lru_cache(maxsize=4096)
def _section_assertion(keyword: str) -> str | None:
    from .resources import load_resources, sokord_key

    return load_resources().section_assertions.get(sokord_key(keyword))


@contextmanager
def _guarded(code_file: str | None) -> Iterator[None]:
    """One text at a time through spaCy, in a memory zone once past :data:`VOCAB_BUDGET`.

    spaCy's vocabulary must not grow from two threads at once, least of all while a memory
    zone (which switches it for every thread) is open.
    """
    nlp = _pipelines.get(_key(code_file))
    with _nlp_lock:
        if nlp is not None and len(nlp.vocab) >= VOCAB_BUDGET + _built_vocab.get(id(nlp), 0):
            with nlp.memory_zone():
                yield
        else:
            yield


def code_file_in_use() -> str | None:
    """The ICD-10-SE code file annotations use by default (``NOTELINT_ICD10SE``), or None:
    a caller annotating many notes reads it once and passes it on ("" for none)."""
    return _key(None)


def _key(code_file: str | None) -> str | None:
    """The code file ``code_file`` stands for: None is the default (``NOTELINT_ICD10SE``),
    "" none at all — what a caller passes on once it has read the environment (a read
    costs more than a dict lookup, and a note asks several times)."""
    if code_file is not None:
        return code_file or None
    from .resources import default_code_file

    return default_code_file() or None


def _tokenizer(code_file: str | None):
    """The pipeline's tokenizer, built only when first asked for (most texts never ask)."""
    got: list[Any] = []

    def tokenizer() -> Any:
        if not got:
            got.append(get_pipeline(code_file).tokenizer)
        return got[0]

    return tokenizer
