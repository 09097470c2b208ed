"""The sentence cache: each distinct sentence annotated once, the same answers as without it."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

import notelint.nlp as nl
from notelint.model import Note
from notelint.nlp import annotate_note, annotate_text, cache, get_pipeline
from notelint.nlp.cache import SentenceCache, pipeline_identity
from notelint.nlp.types import Mention

ROOT = Path(__file__).resolve().parent.parent


def _generate():
    spec = importlib.util.spec_from_file_location("nl_gen_cache", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _notes(vocabulary: str, n: int, seed: int) -> list[Note]:
    return [Note.model_validate(x) for rec in _generate().generate(notes=n, seed=seed, vocabulary=vocabulary)
            for x in rec["notes"]]


@pytest.fixture
def fresh_cache(monkeypatch):
    """An empty cache for the default pipeline (the shared one may hold other tests' text)."""
    monkeypatch.setattr(cache, "_caches", {})
    return lambda: cache._caches[nl._key(None)][1]


@pytest.mark.e2e_nlp
@pytest.mark.parametrize("vocabulary,seed", [("realistic", 31), ("repetitive", 32)])
def test_cached_annotations_equal_uncached_and_whole_texts(vocabulary, seed, monkeypatch, fresh_cache):
    notes = _notes(vocabulary, 300, seed)
    # copy-forward: later notes repeat earlier sections, as in a real journal
    rng = random.Random(seed)
    for i in range(60):
        a, b = rng.sample(notes, 2)
        notes.append(Note(id=f"copy{i}", sections=[*a.sections[:2], *b.sections[1:]]))
    monkeypatch.setattr(cache, "ENABLED", False)
    without = [annotate_note(n) for n in notes]
    monkeypatch.setattr(cache, "ENABLED", True)
    first = [annotate_note(n) for n in notes]
    again = [annotate_note(n) for n in notes]  # every sentence from the cache now
    assert first == without
    assert again == without
    stats = fresh_cache()
    assert stats.hits > stats.misses > 0
    if vocabulary == "realistic":
        return  # typos the speller reads ("lmubago") are not all prefilter words: see issue report
    for note, ann in zip(notes[:120], first):  # and the same as every section run whole
        whole = [annotate_text(s.text, i, prefilter=False) for i, s in enumerate(note.sections)]
        assert ann.mentions == nl.answered_questions([m for a in whole for m in a.mentions]), note.id
        assert ann.triggers == [t for a in whole for t in a.triggers], note.id


def test_a_repeated_sentence_is_annotated_once(fresh_cache, monkeypatch):
    text = "Cor: RR, inga blåsljud. Misstänkt pneumoni. Pat ej informerad om diagnosen."
    first = annotate_text(text)
    calls = []
    real = nl._annotate_uncached
    monkeypatch.setattr(nl, "_annotate_uncached", lambda cf, runs, probes=None: calls.append(runs) or real(cf, runs, probes))
    moved = "Mår bra.\n" + text  # the same sentences elsewhere, in another section
    second = annotate_text(moved, section=3)
    assert calls == []
    shift = len("Mår bra.\n")
    assert [(m.section, m.start - shift, m.end - shift, m.sentence - shift, m.concept, m.assertion)
            for m in second.mentions] == [(3, m.start, m.end, m.sentence, m.concept, m.assertion)
                                          for m in first.mentions]
    assert [(t.kind, t.subject, t.topic, t.start - shift) for t in second.triggers] == [
        (t.kind, t.subject, t.topic, t.start) for t in first.triggers]
    for m in second.mentions:
        assert moved[m.start:m.end] == m.text


def test_a_sentence_repeated_within_one_note_is_annotated_once(fresh_cache, monkeypatch):
    # a long copy-forward note: the same sentences hundreds of times in one text (issue 19's
    # 1 MB note); the first sight of each is annotated, the repeats come from it
    sentences = ["Misstänkt pneumoni.", "Pat ej informerad om diagnosen.", "Inga tecken på DVT."]
    text = " ".join(sentences[k % 3] for k in range(300))
    calls = []
    real = nl._annotate_uncached
    monkeypatch.setattr(nl, "_annotate_uncached", lambda cf, runs, probes=None: calls.append(runs) or real(cf, runs, probes))
    got = annotate_note(Note.model_validate(
        {"id": "n1", "sections": [{"keyword": "Bedömning", "text": text}]}))
    assert sum(len(runs) for runs in calls) == 3
    monkeypatch.setattr(cache, "ENABLED", False)
    whole = annotate_text(text, prefilter=False)
    assert got.mentions == whole.mentions and got.triggers == whole.triggers
    assert len(got.mentions) == 200


def test_memory_is_bounded_least_recently_used_first():
    c = SentenceCache("x", max_entries=3, max_chars=100)
    empty = ((), ())
    for s in ("a", "b", "c"):
        c.put(s, empty)
    assert c.get("a") == empty  # "a" used again: "b" is now the oldest
    c.put("d", empty)
    assert c.get("b") is None and len(c) == 3
    c.put("e" * 99, empty)  # over max_chars: old sentences go until it fits
    assert c.chars <= 100 and c.get("e" * 99) == empty
    c.put("f" * 101, empty)  # larger than the whole cache: not kept
    assert c.get("f" * 101) is None


def test_cached_values_carry_every_field():
    m = Mention(0, 2, 5, "KOL", "kol", "J44", "negated", "ingen", 0)
    moved = cache.shifted(m, 4, 10)
    assert (moved.section, moved.start, moved.end, moved.sentence) == (4, 12, 15, 10)
    assert {k: v for k, v in vars(moved).items() if k not in ("section", "start", "end", "sentence")} \
        == {k: v for k, v in vars(m).items() if k not in ("section", "start", "end", "sentence")}


def test_identity_follows_the_code_file(tmp_path):
    f = tmp_path / "icd.txt"
    f.write_text("J18.9\n", encoding="utf-8")
    a = pipeline_identity(str(f))
    f.write_text("J18.9\nJ44.9\n", encoding="utf-8")
    assert pipeline_identity(str(f)) != a != pipeline_identity(None)
    assert SentenceCache(code_file=str(f)).identity == pipeline_identity(str(f))


def test_question_mark_at_a_line_end_hedges_the_words_before_it():
    # "?" before a newline is not glued to the next word (it was read as "?DVT")
    (m,) = annotate_text("Pneumoni ?\nFeber sedan igår.", prefilter=False).mentions
    assert m.assertion == "uncertain"
    assert annotate_text("Pneumoni ?\nFeber sedan igår.").mentions == [m]


def test_no_cut_inside_a_lexicon_term_with_a_period():
    # "m" "." is a sentence end to the splitter, but "m. genitalium-infektion" is one term
    text = "Pos för m. genitalium-infektion."
    whole = annotate_text(text, prefilter=False).mentions
    assert [m.icd10 for m in whole] == ["A63.8"]
    assert annotate_text(text).mentions == whole
    note = Note(id="n", sections=[{"keyword": "Bedömning", "text": text}])
    assert annotate_note(note).mentions == whole


def test_the_tokenizer_caches_the_notes_words_too():
    # building the pipeline once tokenized ~12k lexicon terms, which filled spaCy's
    # tokenizer cache (10,000 chunks): every word of every note was split into affixes again
    assert get_pipeline().tokenizer.max_cache_size >= 10_000 + nl.VOCAB_BUDGET


@pytest.mark.e2e_nlp
@pytest.mark.parametrize("enabled", [True, False])
def test_a_records_notes_annotated_together_equal_each_note_alone(enabled, monkeypatch, fresh_cache):
    """``annotate_notes`` (a record's notes: one prefilter pass, one spaCy pass) gives each
    note exactly what ``annotate_note`` gives it alone — section numbers, offsets, note-level
    readings — with the sentence cache on and off, for records of one to many notes and
    notes without sections."""
    from notelint.nlp import annotate_notes

    monkeypatch.setattr(cache, "ENABLED", enabled)
    records = [rec["notes"] for rec in _generate().generate(notes=240, seed=33)]
    records = [[Note.model_validate(n) for n in notes] for notes in records]
    records.append([Note(id="empty", sections=[]), *records[0], Note(id="blank", sections=[])])
    alone = [[annotate_note(n) for n in notes] for notes in records]
    monkeypatch.setattr(cache, "_caches", {})  # (the cache answers none of it from before)
    together = [annotate_notes(notes) for notes in records]
    assert together == alone
    assert sum(len(a.mentions) + len(a.triggers) for notes in together for a in notes) > 100
    assert any(m.section > 0 for notes in together for a in notes for m in a.mentions)


def test_a_rules_context_annotates_the_records_notes_at_once(monkeypatch):
    """The first note a rule asks about brings the annotations of the whole record; a note
    of another record is annotated alone."""
    from notelint import nlp
    from notelint.context import Context
    from notelint.model import Record
    from notelint.rulesets import load_ruleset

    notes = [Note(id=f"n{i}", sections=[{"keyword": "Bedömning", "text": f"Misstänkt pneumoni {i}."}])
             for i in range(3)]
    expected = annotate_note(notes[0])
    calls: list[int] = []
    real = nlp.annotate_notes
    monkeypatch.setattr(nlp, "annotate_notes", lambda notes, code_file=None: (
        calls.append(len(notes)), real(notes, code_file))[1])
    record = Record(patient={"id": "191212121212"}, notes=notes)
    ctx = Context(load_ruleset("skane"), record, "x.json")
    second = ctx.annotations(notes[1])
    assert calls == [3]
    assert [m.concept for m in second.mentions] == ["pneumoni"]
    assert ctx.annotations(notes[0]) == expected and calls == [3]
    stranger = Note(id="x", sections=[{"keyword": "Bedömning", "text": "Trol. KOL."}])
    assert ctx.annotations(stranger).mentions and calls == [3, 1]
