"""What the pipeline remembers between notes is bounded (``notelint/nlp/budget.py``), and
the bounds decide speed and memory only, never annotations (issue 23)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import benchmark_module

import notelint.nlp as nl
from notelint.model import Note
from notelint.nlp import (annotate_notes, budget, cache, get_pipeline, literals, notelevel, pipeline, prefilter,
                          spelling)


def _notes(n: int, seed: int) -> list[Note]:
    gen = benchmark_module("generate")
    return [Note.model_validate(x) for rec in gen.generate(notes=n, seed=seed, vocabulary="realistic")
            for x in rec["notes"]]


def _components() -> list[Any]:
    return [proc for _, proc in get_pipeline().pipeline]


def _memos() -> dict[str, tuple[int, int]]:
    """Each memo of the pipeline: (entries now, its bound as the modules read it now)."""
    out: dict[str, tuple[int, int]] = {}
    lexicon = prefilter._lexwords.get(None)
    if lexicon is not None:
        out["not words"] = (len(lexicon.not_words), prefilter.NOT_WORDS_SIZE)
    chunks = prefilter._chunk_memos.get(None)
    if chunks is not None:
        out["chunks"] = (len(chunks.known), prefilter.CHUNK_MEMO_SIZE)
    out["pieces"] = (max((len(m) for m in prefilter._piece_memos.values()), default=0),
                     prefilter.PIECE_MEMO_SIZE)
    if prefilter._typo is not None:
        out["typo words"] = (len(prefilter._typo._memo), prefilter.TYPO_WORDS)
    table = prefilter._literals
    if table is not None:
        out["requirement sets"] = (len(table._memo), literals.REQUIREMENT_SETS)
        out["requirement lines"] = (len(table._together), literals.REQUIREMENT_LINES)
    if notelevel._roles_memo:
        out["section roles"] = (len(notelevel._roles_memo), notelevel.ROLE_LISTS)
    for key, (_, sentences) in cache._caches.items():
        out[f"sentences {key}"] = (len(sentences), sentences.max_entries)
        out[f"sentence chars {key}"] = (sentences.chars, sentences.max_chars)
    for proc in _components():
        for attr in ("_memo", "_by_id", "_by_lower"):
            memo = getattr(proc, attr, None)
            if isinstance(memo, dict):
                out[f"{type(proc).__name__}.{attr}"] = (len(memo), pipeline._MEMO_SIZE)
        speller = getattr(proc, "speller", None)
        if speller is not None:
            out[f"{type(proc).__name__}.speller"] = (len(speller._memo), spelling.WORD_ANALYSES)
    return out


def _forget(monkeypatch) -> None:
    """Every memo empty, as in a new process (the pipeline itself is kept)."""
    monkeypatch.setattr(prefilter, "_lexwords", {})
    monkeypatch.setattr(prefilter, "_chunk_memos", {})
    monkeypatch.setattr(prefilter, "_piece_memos", {})
    monkeypatch.setattr(prefilter, "_typo", None)
    monkeypatch.setattr(prefilter, "_literals", None)
    monkeypatch.setattr(cache, "_caches", {})
    monkeypatch.setattr(notelevel, "_roles_memo", {})
    for proc in _components():
        for attr in ("_memo", "_by_id", "_by_lower"):
            if isinstance(getattr(proc, attr, None), dict):
                monkeypatch.setattr(proc, attr, {})
        speller = getattr(proc, "speller", None)
        if speller is not None:
            monkeypatch.setattr(speller, "_memo", {})


SMALL = {
    (prefilter, "NOT_WORDS_SIZE"): 300,
    (prefilter, "CHUNK_MEMO_SIZE"): 600,
    (prefilter, "PIECE_MEMO_SIZE"): 200,
    (prefilter, "TYPO_WORDS"): 200,
    (literals, "REQUIREMENT_SETS"): 20,
    (literals, "REQUIREMENT_LINES"): 30,
    (cache, "MAX_ENTRIES"): 80,
    (notelevel, "ROLE_LISTS"): 3,
    (cache, "MAX_CHARS"): 6_000,
    (pipeline, "_MEMO_SIZE"): 150,
    (spelling, "WORD_ANALYSES"): 20,
    (nl, "VOCAB_BUDGET"): 0,
}


@pytest.mark.e2e_nlp
def test_every_memo_stays_within_its_bound_and_annotations_do_not_change(monkeypatch):
    notes = _notes(240, 41)
    records = [notes[i:i + 3] for i in range(0, len(notes), 3)]
    _forget(monkeypatch)
    expected = [a for notes_ in records for a in annotate_notes(notes_)]
    full = _memos()

    _forget(monkeypatch)
    for (module, name), value in SMALL.items():
        monkeypatch.setattr(module, name, value)
    got = []
    for notes_ in records:
        got.extend(annotate_notes(notes_))
        over = {name: fill for name, fill in _memos().items() if fill[0] > fill[1]}
        assert not over, over
    assert got == expected
    # the stream fills every memo past its small bound: each was emptied or stopped learning
    small = _memos()
    assert small.keys() == full.keys()
    assert not {name for name, (size, _) in full.items() if size <= small[name][1]}, (full, small)


def test_the_shipped_bounds_are_those_the_modules_use():
    assert prefilter.NOT_WORDS_SIZE == budget.NOT_WORDS
    assert prefilter.CHUNK_MEMO_SIZE == budget.CHUNKS
    assert prefilter.PIECE_MEMO_SIZE == budget.PIECES
    assert prefilter.TYPO_WORDS == budget.TYPO_WORDS
    assert literals.REQUIREMENT_SETS == budget.REQUIREMENT_SETS
    assert cache.MAX_ENTRIES == budget.SENTENCES and cache.MAX_CHARS == budget.SENTENCE_CHARS
    assert pipeline._MEMO_SIZE == spelling.WORD_ANALYSES == budget.WORD_ANALYSES
    assert nl.VOCAB_BUDGET == budget.VOCAB_BUDGET
    assert notelevel.ROLE_LISTS == budget.ROLE_LISTS
    assert cache.SentenceCache().max_entries == budget.SENTENCES
