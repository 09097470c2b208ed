"""Texts of any length: spaCy's 1,000,000-character limit (E088) never reaches a rule,
and assertion finding looks only at the cues near a mention (issue 18/19)."""

from __future__ import annotations

import pytest

import notelint.nlp as nlp
import notelint.nlp.pipeline  # noqa: F401  (nlp.pipeline below, whatever ran before)
from notelint.nlp import annotate_text, get_pipeline
from notelint.nlp.context import CueIndex

LINES = [
    "Känd hypertoni sedan 2015, ingen misstanke om diabetes.",
    "Sambon har slagit henne flera gånger enligt pat.",
    "Inga tecken på pneumoni. Trolig virusinfektion?",
    "Frågat om våld i nära relation, förnekar.",
]


def _long_text(lines: int, sep: str = "\n") -> str:
    return sep.join(LINES[i % len(LINES)] for i in range(lines))


def _flat(ann) -> tuple[list, list]:
    return ([(m.start, m.end, m.concept, m.assertion) for m in ann.mentions],
            [(t.start, t.end, t.kind, t.negated) for t in ann.triggers])


@pytest.mark.parametrize("sep", ["\n", " "])
def test_text_over_spacy_max_length_is_annotated_in_pieces(monkeypatch, sep):
    text = _long_text(120, sep)
    whole = _flat(annotate_text(text))
    nlp_ = get_pipeline()
    monkeypatch.setattr(nlp_, "max_length", 1500)  # E088 for any Doc over 1500 chars
    pieces = _flat(annotate_text(text))
    assert pieces == whole
    assert len(pieces[0]) >= 120 and len(pieces[1]) >= 60


def test_a_run_without_line_breaks_is_cut_between_sentences(monkeypatch):
    monkeypatch.setattr(nlp, "MAX_DOC_CHARS", 700)
    text = _long_text(40, " ")
    ann = annotate_text(text, prefilter=False)
    negated = [m for m in ann.mentions if "diabetes" in m.concept]
    assert len(negated) == 10 and all(m.assertion == "negated" for m in negated)
    assert all(t.negated == ("förnekar" in text[t.start:t.start + 60]) for t in ann.triggers)


def test_cue_index_reads_only_cues_near_the_mention():
    doc = nlp.pipeline.annotate(get_pipeline(), _long_text(200, " "))
    index = doc.user_data["nl_cue_index"]
    assert isinstance(index, CueIndex)
    seen = []

    class Spy(list):
        def __getitem__(self, k):
            seen.append(k)
            return list.__getitem__(self, k)

    index.cues = Spy(index.cues)
    last = doc.spans["dx"][-1]
    index.assertion(last.start, last.end)
    # not every cue of the 200 sentences (one scan a question: the hedge, a known diagnosis
    # between it and the mention, a negation joined to it, a worry holding it, family, a
    # past word, a year right after)
    assert 0 < len(set(seen)) < 12 and len(seen) <= 7 * len(set(seen))
