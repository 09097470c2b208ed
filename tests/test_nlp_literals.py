"""What a trigger expression cannot match without (notelint.nlp.literals), and the
prefilter that keeps a sentence from spaCy when no trigger expression could match it."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notelint.nlp import annotate_text, get_pipeline
from notelint.nlp.literals import required
from notelint.nlp.prefilter import active_runs
from notelint.nlp.resources import load_resources


def tok():
    return get_pipeline().tokenizer


def test_a_sequence_requires_its_words_and_an_alternation_one_of_its_branches():
    need = required(r"\bvi (?:har|hade) (?:inte|ej) (?:\w+ ){0,2}informerat\b")
    assert frozenset({"vi har inte ", "vi har ej ", "vi hade inte ", "vi hade ej "}) in need
    assert frozenset({"informerat"}) in need


def test_optional_and_unknown_parts_require_nothing():
    assert required(r"(?:misstänkt )?\w+ \S+") == ()
    assert required(r"\bpat (?:\w+ ){0,3}ovetande\b") == (frozenset({"pat "}), frozenset({"ovetande"}))
    assert required(r"(?i)informerad") == ()  # case-insensitive: nothing assumed


def test_a_required_string_never_spans_a_sentence_start():
    # "info. ännu": the prefilter cuts pieces after ". ", so only a part is required
    (need,) = required(r"\bej info\. ännu\b")
    assert need == frozenset({"ej info"})


def test_every_trigger_expression_requires_something():
    """Else it would be tried in every sentence, and every sentence would reach spaCy."""
    res = load_resources()
    from notelint.nlp.prefilter import trigger_literals

    assert not trigger_literals().always
    assert all(required(p) for kind, p in res.triggers if not kind.startswith(("!", "~", "^")))


# (not those with a look-behind or a look-ahead: one at the end asks for text after a full
# match, which hypothesis cannot draw)
_PATTERNS = [p.pattern for kind, p in load_resources().triggers
             if not kind.startswith(("!", "~", "^")) and "(?<" not in p.pattern
             and "(?=" not in p.pattern]


@pytest.mark.parametrize("pattern", _PATTERNS[::3])
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_holds_what_is_required(pattern, data):
    text = data.draw(st.from_regex(re.compile(pattern), fullmatch=True).map(str.lower))
    m = re.search(pattern, text)
    if m is None:  # lower-casing may have changed what matches
        return
    for strings in required(pattern):
        assert any(s in m.group() for s in strings), (strings, m.group())


def runs(text: str) -> list[str]:
    return [text[a:b] for a, b in active_runs(text, tok)]


def test_a_gate_word_alone_does_not_keep_a_sentence():
    # "vi ", "ingen ", "inkom" are words of statements on telling; none can match here
    assert runs("Vi ses om en vecka. Ingen feber. Inkom med ambulans.") == []


def test_a_sentence_a_trigger_could_match_is_kept():
    text = "Mår bra. Vi har ännu inte informerat pat om svaret. Åter om en vecka."
    assert runs(text) == ["Vi har ännu inte informerat pat om svaret."]
    assert [t.kind for t in annotate_text(text).triggers] == ["not_informed"]


def test_a_word_of_a_many_word_form_keeps_a_sentence_only_with_the_others():
    assert runs("Akut insjuknande igår.") == []
    assert runs("Status: akut buk.") == ["Status: akut buk."]


@pytest.mark.parametrize("text, concept", [
    ("Karyotyp: 45,X i samtliga celler.", "turners syndrom"),   # a form that is no plain word
    ("Utreds för Guillain–Barrés syndromet.", None),            # an eponym before its head
])
def test_forms_and_eponyms_the_word_index_cannot_see_are_kept(text, concept):
    assert runs(text) == [text]
    mentions = annotate_text(text).mentions
    assert mentions and (concept is None or mentions[0].concept == concept)


def test_expressions_are_filed_again_under_the_set_met_least_often(monkeypatch):
    from notelint.nlp import literals

    monkeypatch.setattr(literals, "REFILE_AFTER", 20)
    table = literals.Requirements([r"\b(?:ringer|tel)\b.{0,20}\b(?:patienten|henne|honom)\b"])
    first = dict(table.by_set)  # first under the persons, whose shortest string is longer
    assert "honom" in _strings_of(table, next(iter(first)))
    texts = ["patienten mår bra", "henne och honom", "patienten åter", "ringer patienten"] * 5
    before = [table.candidates(table.met(t, [0]).get(0, frozenset())) for t in texts]
    assert table.generation == 1
    # filed now under {ringer, tel}: met once in four texts, the persons in every one
    (key,) = table.by_set
    assert table.by_set != first and "tel" in _strings_of(table, key)
    after = [table.candidates(table.met(t, [0]).get(0, frozenset())) for t in texts]
    assert after == before == [[], [], [], [0]] * 5  # what may match is the same


def _strings_of(table, key):
    return {w for end, sets in table.auto.items() for w in [end] if key in sets}


@pytest.mark.e2e_nlp
def test_filing_anew_changes_no_annotation(monkeypatch):
    import importlib.util
    from pathlib import Path

    import notelint.nlp as nl
    from notelint.model import Note
    from notelint.nlp import cache, literals, prefilter

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("nl_gen_refile", root / "benchmarks" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    notes = [Note.model_validate(x) for rec in gen.generate(notes=150, seed=41, vocabulary="realistic")
             for x in rec["notes"]]
    monkeypatch.setattr(cache, "ENABLED", False)
    runs = []
    for after in (10**9, 40):  # never, and early in the notes
        monkeypatch.setattr(literals, "REFILE_AFTER", after)
        monkeypatch.setattr(prefilter, "_literals", None)
        monkeypatch.setattr(prefilter, "_piece_memos", {})
        runs.append([nl.annotate_note(n) for n in notes])
        assert prefilter.trigger_literals().generation == (0 if after > 10**8 else 1)
    assert runs[0] == runs[1]


def test_parts_remembered_by_a_caller_count_as_often_as_seen(monkeypatch):
    from notelint.nlp import literals

    monkeypatch.setattr(literals, "REFILE_AFTER", 10)
    table = literals.Requirements([r"\b(?:ringer|tel)\b.{0,20}\b(?:patienten|henne|honom)\b"])
    persons = table.met("patienten", [0])[0]  # one new part, counted by met
    assert table.counting and table.generation == 0
    table.observe([persons] * 9)  # the same part seen again, from the caller's memo
    assert not table.counting and table.generation == 1
    assert "tel" in _strings_of(table, next(iter(table.by_set)))
