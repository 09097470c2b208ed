"""Hostile inputs that cost the square of their size (review of 2026-12-04): each bound is
checked by what it bounds (memory, calls), never by a timer."""

from __future__ import annotations

import tracemalloc

from notelint.nlp import annotate_text
from notelint.nlp import context as ctx
from notelint.nlp.prefilter import typo_index


def test_a_word_longer_than_any_typo_costs_no_square_memory():
    """Every one-letter deletion of a 20,000-letter word is 400 million characters; a word
    that long is no typo of anything and is not looked at."""
    index = typo_index()
    assert index.near("pneumonii") and not index.near("x" * (index.longest + 1))
    tracemalloc.start()
    try:
        assert not index.near("a" * 20_000)
        ann = annotate_text("Misstänkt pneumoni. " + "b" * 20_000 + " ej informerad.")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 2**20 and [m.concept for m in ann.mentions]


def test_an_endless_sentence_is_read_only_near_each_mention(monkeypatch):
    """A text without stops is one sentence: what closes a suspicion later in it is looked
    for within LATER_WINDOW tokens of the mention, not to the end of the text."""
    calls: list[int] = []
    real = ctx.CueIndex._closed_later

    def counted(self, end):
        calls.append(end)
        return real(self, end)

    monkeypatch.setattr(ctx.CueIndex, "_closed_later", counted)
    words = " ".join(["misstanken"] * 2_000)
    ann = annotate_text(f"Misstänkt pneumoni {words}")
    assert ann.mentions and 0 < len(calls) <= ctx.LATER_WINDOW * len(ann.mentions)
    # and within the window it is read as before
    closed = annotate_text("Misstänkt pneumoni men misstanken kunde avskrivas efter rtg")
    assert all(m.assertion != "uncertain" or m.answered for m in closed.mentions)


def test_blank_runs_are_read_once_and_as_the_old_expressions_read_them():
    """The text flattening of FHIR divs and RIV-TA markup matches each run of whitespace
    once (the old expressions rescanned a run of spaces from each of them: 100k spaces took
    18 s); the result is the old expressions' on random whitespace."""
    import random
    import re

    from notelint.readers.fhir import _SPACE_RUN, _break_run, _xhtml_text
    from notelint.readers.rivta import _BLANK_RUN, _one_break

    rng = random.Random(3)
    alphabet = [" ", "\t", "\n", "\r", "\xa0", "a", "b", "\u2028", "\x0b"]
    for _ in range(5000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _SPACE_RUN.sub(_break_run, t) == re.sub(r"[ \t]*\n\s*", "\n", t), repr(t)
        assert _BLANK_RUN.sub(_one_break, t) == re.sub(r"[ \t]*\n[ \t\n]*", "\n", t), repr(t)
    assert _xhtml_text("<div><p>Pneumoni  </p>\n <p>a &lt; b</p></div>") == "Pneumoni\na < b"
    assert _xhtml_text("<" * 5 + "x") == "<<<<<x"  # (no tag: nothing removed)


def test_the_latest_time_of_a_record_without_as_of_is_worked_out_once(monkeypatch):
    """Every 1177 case and access event asks for the record's moment; without ``as_of`` it
    is the latest time in the record — worked out once, not once per case (4,000 notes and
    cases took 33 s)."""
    from notelint.engine import Engine
    from notelint.model import Record
    from notelint.rules import select_rules
    from notelint.rulesets import load_ruleset

    n = 200
    record = Record.model_validate({
        "patient": {"id": "19121212-1212"},
        "notes": [{"id": f"n{i}", "system": "Melior", "time": "2024-03-12T14:05:00",
                   "signed": "2024-03-12T15:00:00", "refs": [f"c{i}"],
                   "sections": [{"keyword": "Bedömning", "text": "Besvär sedan en vecka."}]}
                  for i in range(n)],
        "conversations": [{"id": f"c{i}", "type": "Ärende", "opened": "2024-03-10T09:00:00",
                           "handled": f"2024-03-{11 + i % 5}T10:00:00"} for i in range(n)]})
    calls = []
    real = Record._latest_time
    monkeypatch.setattr(Record, "_latest_time", lambda self: calls.append(1) or real(self))
    ruleset = load_ruleset("skane")
    list(Engine(ruleset, select_rules(None, None, ruleset.disabled_rules)).lint_record(record, "r.json"))
    assert len(calls) == 1 and record.reference_time.isoformat() == "2024-03-15T10:00:00"


def test_the_remembered_latest_time_follows_the_records_notes():
    """A copy with other notes (a preview of one note) or a note appended (a request) has
    its own latest time, not the one remembered before."""
    from notelint.model import Note, Record

    def note(i: str, when: str) -> dict:
        return {"id": i, "system": "Melior", "time": when, "sections": []}

    record = Record.model_validate({"patient": {"id": "19121212-1212"},
                                    "notes": [note("a", "2024-01-01T10:00:00"),
                                              note("b", "2024-05-01T10:00:00")]})
    assert record.reference_time.month == 5
    single = record.model_copy(update={"notes": [record.notes[0]]})
    assert single.reference_time.month == 1
    record.notes.append(Note.model_validate(note("c", "2024-09-01T10:00:00")))
    assert record.reference_time.month == 9
