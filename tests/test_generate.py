"""The benchmark corpus generator: seeded, valid interchange format, realistic content."""

from __future__ import annotations

import importlib.util
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from notelint import pii
from notelint.model import Record
from notelint.readers import read_file

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("nl_generate", ROOT / "benchmarks" / "generate.py")
assert _spec and _spec.loader
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return list(gen.generate(400, seed=7))


def test_same_seed_same_bytes_other_seed_differs() -> None:
    def dump(seed: int) -> str:
        buf = io.StringIO()
        gen.write_jsonl(buf, gen.generate(30, seed=seed))
        return buf.getvalue()

    assert dump(3) == dump(3)
    assert dump(3) != dump(4)


def test_every_record_validates_and_pins_are_luhn_valid(corpus: list[dict]) -> None:
    assert len(corpus) == 400
    for rec in corpus:
        assert pii.is_valid_pin(rec["patient"]["id"]), rec["patient"]["id"]
        Record.model_validate(rec)  # raises on any schema drift


def test_luhn_digit_known_number() -> None:
    # Skatteverket's test number 121212-1212: check digit 2
    assert gen.luhn_digit("121212121") == 2
    assert not pii.is_valid_pin("19121212-1213")


def test_note_lengths_templates_and_regions_vary(corpus: list[dict]) -> None:
    notes = [n for r in corpus for n in r["notes"]]
    words = [sum(len(s["text"].split()) for s in n["sections"]) for n in notes]
    body = sorted(words)
    assert body[len(body) // 2] >= 60            # median well above the floor
    assert max(words) >= 400
    assert sum(w >= 30 for w in words) / len(words) > 0.9
    systems = Counter(n["system"] for n in notes)
    assert {"Melior", "PMO", "Cosmic", "AsynjaVisph"} <= set(systems)
    assert len({n["template"] for n in notes}) >= 8
    keywords = Counter(s["keyword"] for n in notes for s in n["sections"])
    for kw in ("Anamnes", "Status", "Bedömning", "Åtgärd"):
        assert keywords[kw] > 100
    text = " ".join(s["text"] for n in notes for s in n["sections"])
    for abbr in ("pat", "pga", "ua", "VC", "t.o.m."):
        assert abbr in text


def test_violations_sprinkled_at_low_rates(corpus: list[dict]) -> None:
    notes = [n for r in corpus for n in r["notes"]]
    melior_hyp = sum(
        1 for n in notes if n["system"] == "Melior"
        and any(w in s["text"] for s in n["sections"]
                for w in ("Misstänkt", "Trolig", "Ev. ", "Differentialdiagnos", "Möjlig"))
    )
    assert 0 < melior_hyp < len(notes) * 0.2
    seals = [e for r in corpus for e in r["access_events"] if e["action"] == "seal"]
    assert seals and len(seals) < len(corpus) * 0.2
    undocumented_seals = [r for r in corpus if r["access_events"]
                          and not any(n["template"] == "Administrativ anteckning"
                                      for n in r["notes"])]
    assert len(undocumented_seals) < len(seals)
    convs = [(r, c) for r in corpus for c in r["conversations"]]
    assert convs
    undocumented = [c for r, c in convs
                    if not any(c["id"] in n["refs"] for n in r["notes"])]
    assert 0 < len(undocumented) < len(convs)
    violence = sum(1 for n in notes for s in n["sections"] if "slagit" in s["text"]
                   or "hotat" in s["text"] or "tagit hårt" in s["text"])
    assert 0 < violence < len(notes) * 0.1


def test_notes_mode_exact_total_and_cli_writes_readable_jsonl(tmp_path: Path) -> None:
    recs = list(gen.generate(notes=257, seed=1))
    assert sum(len(r["notes"]) for r in recs) == 257
    out = tmp_path / "c.jsonl"
    assert gen.main(["--records", "25", "--seed", "5", "-o", str(out)]) == 0
    items = list(read_file(str(out)))
    assert len(items) == 25
    assert all(type(i).__name__ == "Loaded" for i in items)
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["patient"]["id"]


def test_rates_override_forces_each_seal_violation() -> None:
    recs = list(gen.generate(60, seed=2, rates={"seal": 1.0, "seal_no_end": 0.5,
                                                 "seal_undocumented": 0.5}))
    seals = [e for r in recs for e in r["access_events"]]
    assert len(seals) == 60
    assert 5 < sum(e["end"] is None for e in seals) < 55
    documented = [r for r in recs if any("Reglerad åtkomst" in s["keyword"] or "Spärr" in s["text"]
                                         or "förseglad" in s["text"]
                                         for n in r["notes"] for s in n["sections"])]
    assert 5 < len(documented) < 55
    for e in seals:  # the decider follows office hours: verksamhetschef 08-16, else bakjour
        hour = int(e["ordered"][11:13])
        assert e["decided_by"]["role"] == ("verksamhetschef" if 8 <= hour < 16 else "bakjour")


def test_realistic_vocabulary_varies_like_real_notes_and_repetitive_keeps_the_old_corpus() -> None:
    """Open vocabulary (drugs, places, people, numbers, typos, line breaks) by default; the
    phrase lists alone with ``vocabulary="repetitive"`` (the corpus of earlier figures)."""
    import re

    def vocab(recs: list[dict]) -> tuple[int, int, str]:
        texts = [s["text"] for r in recs for n in r["notes"] for s in n["sections"]]
        words = [w.lower() for t in texts for w in re.findall(r"\w+", t)]
        return len(set(words)), len(words), " ".join(texts)

    real_types, real_tokens, real_text = vocab(list(gen.generate(300, seed=4)))
    rep_types, _, rep_text = vocab(list(gen.generate(300, seed=4, vocabulary="repetitive")))
    assert real_types > 5 * rep_types
    assert real_types / real_tokens > 0.03  # ~0.02 at 10k notes, where words repeat more
    assert "\n" in real_text and "\n" not in rep_text  # line breaks inside sections
    assert re.search(r"\b\d{4}-\d\d-\d\d\b", real_text)  # dates and other numbers vary
    with pytest.raises(ValueError):
        list(gen.generate(1, vocabulary="tiny"))


def test_copyforward_carries_about_half_of_a_patients_text_into_the_next_note() -> None:
    """``vocabulary="copyforward"``: realistic text, but a later note of a patient carries
    sentences of the same section of the note before it, about half of all sentence text
    (the share EHR studies report); the realistic corpus is unchanged by it."""
    share = gen.copied_share(3000, seed=5)
    assert 0.40 < share < 0.60
    def carried(vocabulary: str) -> float:
        """Lines (> 20 characters) of a later note found in the same section of the one
        before it, as a share of those lines."""
        found = later = 0
        for r in gen.generate(notes=600, seed=5, vocabulary=vocabulary):
            for prev, note in zip(r["notes"], r["notes"][1:]):
                before = {s["keyword"]: s["text"] for s in prev["sections"]}
                for s in note["sections"]:
                    lines = [x for x in s["text"].split("\n") if len(x) > 20]
                    later += len(lines)
                    found += sum(x in before.get(s["keyword"], "") for x in lines)
        return found / later

    assert carried("copyforward") > 0.2 > 0.05 > carried("realistic")
    assert list(gen.generate(50, seed=5)) == list(gen.generate(50, seed=5, vocabulary="realistic"))
