"""Tables shipped beside the models (``models/derived/``): fresh, used only under their
key, and never needed — without them the same tables are worked out at start."""

from __future__ import annotations

import re

from notelint.nlp import derived, literals, prefilter
from notelint.nlp.resources import load_resources, typo_targets


def test_every_shipped_table_is_what_the_models_give_now():
    for name, (key, data) in derived.tables().items():
        assert derived.load(name, key) == data, (
            f"models/derived/{name}.json.gz is stale: run `python -m notelint.nlp.derived`")


def test_a_table_is_used_only_under_its_own_key(tmp_path, monkeypatch):
    monkeypatch.setattr(derived, "_path", lambda name: tmp_path / f"{name}.json.gz")
    derived.write("t", "key-1", {"a": [1, 2]}, folder=tmp_path)
    assert derived.load("t", "key-1") == {"a": [1, 2]}
    assert derived.load("t", "key-2") is None
    assert derived.load("missing", "key-1") is None
    (tmp_path / "broken.json.gz").write_bytes(b"not gzip")
    assert derived.load("broken", "key-1") is None
    assert derived.key_of({"b", "a"}) == derived.key_of(["a", "b"]) != derived.key_of(["b", "a"])
    assert derived.code_key(str(tmp_path / "gone.py")) == ""  # (no source: no table is used)
    derived.write("u", "", {"a": 1}, folder=tmp_path)
    assert derived.load("u", "") is None


def test_without_the_shipped_tables_the_same_tables_are_worked_out(monkeypatch):
    monkeypatch.setattr(derived, "load", lambda name, key: None)
    monkeypatch.setattr(literals, "_shipped_table", None)
    patterns = [p for _, p in load_resources().triggers]
    shipped = [literals._shipped().get(p.pattern) for p in patterns]
    assert shipped == [None] * len(patterns)
    worked_out = [literals._read_required(p.pattern, p.flags) for p in patterns]
    monkeypatch.undo()
    monkeypatch.setattr(literals, "_shipped_table", None)
    assert [literals._shipped()[p.pattern] for p in patterns] == worked_out
    assert sum(map(len, worked_out)) > 200  # (the expressions do require strings)

    targets, known, exempt = typo_targets()
    monkeypatch.setattr(derived, "load", lambda name, key: None)
    alone = prefilter.TypoIndex(targets, known, exempt)
    monkeypatch.undo()
    assert prefilter.TypoIndex(targets, known, exempt).keys == alone.keys
    assert len(alone.keys) > 50_000


def test_an_edited_expression_is_read_afresh(monkeypatch):
    """An expression the shipped table does not hold (edited since) is read from itself."""
    monkeypatch.setattr(literals, "_shipped_table", None)
    literals._required.cache_clear()
    try:
        pattern = re.compile(r"\bej (?:informerad|underrättad) om (?:biopsisvaret|PAD)\b")
        assert pattern.pattern not in literals._shipped()
        assert literals.required(pattern)  # (it requires "ej " and more)
        assert literals.required(pattern) == literals._read_required(pattern.pattern, pattern.flags)
    finally:
        literals._required.cache_clear()
