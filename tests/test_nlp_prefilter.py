"""The prefilter and sentence runs: only sentences that might fire go through spaCy, and
the answer is the same as running the whole text through the pipeline."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notelint.model import Note
from notelint.nlp import answered_questions, annotate_note, annotate_text, get_pipeline, might_fire
from notelint.nlp.prefilter import (_CUT, _cuts, _ends_in_stop, _opens_with_punct, _stop_before,
                                     active_runs, hits)

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"nl_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def tok():
    return get_pipeline().tokenizer


def runs(text: str) -> list[str]:
    return [text[a:b] for a, b in active_runs(text, tok)]


def test_only_sentences_with_a_cue_are_kept():
    text = "Pat mår bra, sover gott. Ingen pneumoni på rtg. Åter om 3 mån vb."
    assert runs(text) == ["Ingen pneumoni på rtg."]


def test_neighbouring_kept_sentences_form_one_run_with_their_spacing():
    text = "BT 130/80. Misstänkt DVT. Ej informerad.\nÅter på VC om 1 v.\nKOL sedan 2015."
    assert runs(text) == ["Misstänkt DVT. Ej informerad.", "KOL sedan 2015."]


def test_abbreviation_with_period_is_not_a_sentence_end():
    # "ca." is one token (tokenizer special case): no sentence starts at "3", so the
    # sentence with the diagnosis keeps its start
    text = "Feber sedan ca. 3 dgr, trol pneumoni. Mår bättre."
    assert runs(text) == ["Feber sedan ca. 3 dgr, trol pneumoni."]


def test_punctuation_after_the_period_is_not_a_sentence_start():
    text = "Ingen pneumoni. (Se rtg-svar.) Mår bra."
    kept = runs(text)
    assert kept[0].startswith("Ingen pneumoni.")
    assert annotate_text(text) == annotate_text(text, prefilter=False)


def test_texts_without_cues_never_reach_spacy():
    assert active_runs("Kontroll av blodtryck 130/80, mår bra, åter om 1 år.", tok) == []
    assert active_runs("", tok) == []
    assert active_runs("   \n ", tok) == []


def test_prefilter_sees_every_way_the_pipeline_finds_a_mention():
    # a lexicon word that is also a compound head: kept as a word anywhere ("svikt" + "relaterat")
    assert might_fire("Sviktrelaterat ödem?")
    assert annotate_text("Sviktrelaterat ödem?").mentions
    # -it/-os compound heads are matched on lower-case text, so upper case counts too
    assert might_fire("ARTRIT i hö knä")
    assert hits("Dg J18.9") and hits("Artrit") and not hits("BT 120/80")


def test_offsets_point_into_each_section():
    note = Note(id="n1", sections=[
        {"keyword": "Aktuellt", "text": "Mår bra. Sover gott."},
        {"keyword": "Bedömning", "text": "Stabil. Trolig UVI. Ej informerad om svaret."},
        {"keyword": "Åtgärd", "text": "Recept. Misstänkt pneumoni?"},
    ])
    ann = annotate_note(note)
    assert [(m.section, m.text, m.assertion) for m in ann.mentions] == [
        (1, "UVI", "uncertain"), (2, "pneumoni", "uncertain")]
    for m in ann.mentions:
        assert note.sections[m.section].text[m.start:m.end] == m.text
    (t,) = ann.triggers
    assert (t.section, t.kind) == (1, "not_informed")
    assert note.sections[1].text[t.start:t.end] == t.text


@pytest.mark.e2e_nlp
def test_runs_give_the_same_annotations_as_whole_texts():
    """Generated notes (realistic vocabulary, typos, line breaks) and the NLP benchmark's
    corpus: per note, the prefiltered runs in one Doc equal every section run whole."""
    gen = _load("generate")
    notes = [Note.model_validate(n) for rec in gen.generate(notes=400, seed=13)
             for n in rec["notes"]]
    rng = random.Random(5)
    for i, text in enumerate(_load("nlp_speed").corpus(150, 4)):
        words = text.split(" ")
        rng.shuffle(words)
        notes.append(Note(id=f"x{i}", sections=[{"keyword": "A", "text": text},
                                                {"keyword": "B", "text": " ".join(words)}]))
    for note in notes:
        whole = [annotate_text(s.text, i, prefilter=False) for i, s in enumerate(note.sections)]
        ann = annotate_note(note)
        # (the note-level step that reads a question answered later is applied to both)
        assert sorted(ann.mentions, key=lambda m: (m.section, m.start)) == answered_questions([
            m for a in whole for m in a.mentions]), note.id
        assert sorted(ann.triggers, key=lambda t: (t.section, t.start)) == [
            t for a in whole for t in a.triggers], note.id


@pytest.mark.e2e_nlp
def test_past_the_vocabulary_budget_new_words_are_freed_and_answers_stay_the_same(monkeypatch):
    import notelint.nlp as nl

    gen = _load("generate")
    notes = [Note.model_validate(n) for rec in gen.generate(notes=120, seed=21) for n in rec["notes"]]
    expected = [annotate_note(n) for n in notes[:60]]
    vocab = get_pipeline().vocab
    monkeypatch.setattr(nl, "VOCAB_BUDGET", 0)  # every note in a memory zone from now on

    def size() -> tuple[int, int]:  # len(vocab) counts lexemes ever added, so count them
        return sum(1 for _ in vocab), len(vocab.strings)

    before = size()
    assert [annotate_note(n) for n in notes[:60]] == expected
    for n in notes[60:]:  # words never seen before: learnt for the note, then freed
        annotate_note(n)
    assert size() == before


@pytest.mark.parametrize("sections", [
    # two kept runs far apart must not join into a code ("typ I" + "12.30" -> I12.30)
    ["Känd diabetes typ I\nMår bra, äter och dricker.\n12.30 ringer mamma, misstänkt pneumoni."],
    # nor the end of one section and the start of the next
    ["Misstänkt pneumoni typ I", "48.9 pneumoni kvarstår"],
    # "İ".lower() is two characters: offsets after it must still be right
    ["Tolk för İbrahim, İlknur, İsmail, İpek och İlhan. Misstänkt pneumoni. Åter om en v."],
])
def test_joined_runs_never_make_a_mention_of_their_own(sections):
    note = Note(id="n1", sections=[{"keyword": "Anamnes", "text": t} for t in sections])
    whole = [annotate_text(t, i, prefilter=False) for i, t in enumerate(sections)]
    ann = annotate_note(note)
    assert ann.mentions == [m for a in whole for m in a.mentions]
    assert ann.triggers == [t for a in whole for t in a.triggers]


def test_a_typo_read_in_one_memory_zone_is_read_again_in_the_next():
    """Past the vocabulary budget every note is read in a spaCy memory zone, which forgets
    the strings first added inside it: the speller's memo must not keep their hashes."""
    from notelint.nlp.pipeline import annotate, build_pipeline

    nlp = build_pipeline()
    for _ in range(2):
        with nlp.memory_zone():  # a part corrected makes a new string: "guillain-barrésjuka"
            doc = annotate(nlp, "Misstänkt leishmaniasiss, ev guillan-barrésjuka, ej informerd.")
            assert [t.norm_ for t in doc if t.text.startswith(("leish", "guill", "inform"))] == [
                "leishmaniasis", "guillain-barrésjuka", "informerad"]


def _gold_texts(step: int) -> list[str]:
    import json

    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*_cases.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for note in json.loads(line)["record"].get("notes", []):
                out.extend(s["text"] for s in note.get("sections", []) if s.get("text"))
    return out[::step]


@pytest.mark.e2e_nlp
def test_runs_give_the_same_annotations_as_whole_texts_on_the_writers_notes():
    """The independent writers' notes (telling, hedges, typos, reports): a sample of their
    texts, prefiltered, annotate exactly as each text whole does."""
    for text in _gold_texts(5):
        assert annotate_text(text) == annotate_text(text, prefilter=False), text[:80]


_CUT_ALPHABET = "ab.!?1 \n\t\r\x0b\x1c\x85\u2028\u00a0"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CUT_ALPHABET, max_size=16))
def test_candidate_sentence_starts_are_the_matches_of_the_cut_expression(text):
    """``_cuts`` finds with ``str.find`` what ``_CUT`` matches (every kind of whitespace
    beside a newline or a stop)."""
    expected = [(m.start() + 1, m.end()) for m in _CUT.finditer(text)]
    assert _cuts(text) == expected


def _words_of_generated_notes(notes: int) -> set[str]:
    generate = _load("generate")
    words: set[str] = set()
    for record in generate.generate(notes=notes, seed=7):
        for note in record["notes"]:
            for section in note.get("sections", []):
                words.update(section["text"].split())
    return words


def test_the_word_before_a_stop_is_found_as_the_tokenizer_finds_it():
    """The shortcut for "pneumoni." (no tokenizer call) answers as the tokenizer does, on
    the lexicon's words and the words of generated notes, each with . ! ? and in three
    casings; special cases ("ca.", "Dr.", "CA.") and one letter ("A.") go to it."""
    from notelint.nlp.resources import load_resources

    tokenizer = tok()
    words = _words_of_generated_notes(300)
    for entry in load_resources().lexicon:
        words.update(entry.term.split())
    words.update(tokenizer.rules)
    words.update(["ca.", "CA.", "A.", "x.", "Dr.", "sv.", "ÅÄÖ.", "t.ex.", "pneumoni.", "157.",
                  "3.", "5,5.", "2023-03-11.", "03-11", "1x3.", "1.5.", "10.25.", "2:1.", "1-2.",
                  "0.5", "1,25,5", "10:30", "1x", "x3", "5+", "<5", "75%", "2024a"])
    checked = 0
    for word in words:
        stem = word.rstrip(".!?")
        for form in {stem, stem.lower(), stem.upper(), stem.capitalize()}:
            for stop in ".!?":
                piece = form + stop
                assert _stop_before(tokenizer, piece) == _ends_in_stop(tokenizer, piece), piece
                checked += 1
    assert checked > 20_000


def test_a_piece_opening_with_a_letter_or_digit_never_asks_the_tokenizer():
    def no_tokenizer():
        raise AssertionError("the tokenizer was asked")

    for text in ("Pneumoni.", "3 dagar.", "Åter.", "ärr."):
        assert _opens_with_punct([text, 0, None, None, frozenset()], no_tokenizer) is False
    assert _opens_with_punct(['"Citat".', 0, None, None, frozenset()], tok) is True


# ---------------------------------------------------------------- hits by chunks

_ACROSS_CHUNKS = [
    "Dx enl remiss I 48 sedan i våras.",      # a code shape written apart
    "Gall sten på ultraljud.",                 # a form written apart
    "Status: akut buk, kirurg tillkallad.",    # a many-word form's words in one piece
    "Buk mjuk och oöm.",                       # the key word without its other words
    "KOL-exacerbation, trol.",                 # an abbreviation inside a hyphenated chunk
    "Odling: e.coli-infektion.",               # a keyword with a stop inside
    "Karyotyp 45,X enl genetiken.",
    "Mb Addison känd sedan tidigare.",
    "F32.1 och I48.9 i diagnoslistan.",
    "Pat mår bra, åter om 3 v.",
    "Ingenting att anmärka (se ovan).",
]


def test_a_piece_holds_a_hit_where_hits_finds_one():
    """The chunk-by-chunk answer equals :func:`hits` on pieces whose hits lie inside one
    chunk and on those whose chunks make one together."""
    from notelint.nlp.prefilter import pieces_with_hits

    assert pieces_with_hits(_ACROSS_CHUNKS) == [bool(hits(p)) for p in _ACROSS_CHUNKS]
    assert pieces_with_hits(_ACROSS_CHUNKS)[:4] == [True, True, True, False]


def _pieces(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        cuts = _cuts(text)
        starts = [0, *(end for _, end in cuts)]
        ends = [*(start for start, _ in cuts), len(text)]
        out.extend(text[a:b] for a, b in zip(starts, ends))
    return list(dict.fromkeys(out))


def test_pieces_with_hits_agree_with_hits_on_generated_and_written_notes(monkeypatch):
    """Every distinct piece of 300 generated notes and of a sample of the writers' notes:
    the same answer as :func:`hits`, also when the chunk memo is forgotten on the way."""
    from notelint.nlp import prefilter

    generate = _load("generate")
    texts = [s["text"] for record in generate.generate(notes=300, seed=11)
             for note in record["notes"] for s in note.get("sections", [])]
    pieces = _pieces(texts + _gold_texts(3))
    assert len(pieces) > 5_000
    expected = [bool(hits(p)) for p in pieces]
    monkeypatch.setattr(prefilter, "_chunk_memos", {})
    monkeypatch.setattr(prefilter, "CHUNK_MEMO_SIZE", 2_000)
    got = []
    for at in range(0, len(pieces), 50):
        got.extend(prefilter.pieces_with_hits(pieces[at:at + 50]))
        assert len(prefilter._chunk_memos[None].known) <= 2_000
    assert got == expected


def test_no_lexicon_word_abbreviation_or_keyword_holds_whitespace():
    """What :func:`~notelint.nlp.prefilter.pieces_with_hits` relies on: a hit alone lies
    inside one whitespace-separated chunk."""
    from notelint.nlp.prefilter import _lexicon_words
    from notelint.nlp.resources import load_resources

    res = load_resources()
    strings = [*res.abbreviations, *(w for w, _ in res.keywords), *_lexicon_words(None).words]
    assert strings and not [s for s in strings if len(s.split()) != 1]
    # and each has a letter: a chunk without one ("157", "2023-03-11.") holds no hit
    assert not [s for s in strings if not any(ch.isalpha() for ch in s)]


def test_a_notes_sections_read_together_give_each_sections_own_runs(monkeypatch):
    """``active_runs_of`` (a note's sections, their new pieces looked at in one pass) gives
    every section the ranges ``active_runs`` gives it alone — with the piece memo cold, warm
    and forgotten half-way, with blank sections and the same piece new in two sections."""
    from notelint.nlp import prefilter
    from notelint.nlp.prefilter import active_runs_of

    generate = _load("generate")
    notes = [[s["text"] for s in note.get("sections", [])]
             for record in generate.generate(notes=200, seed=17) for note in record["notes"]]
    notes += [["", "Misstänkt pneumoni. Pat ej informerad.", "  \n", "Misstänkt pneumoni. Pat ej informerad."],
              ["Ingen diagnos.\nMår bra. Åter vb.", "Susp. DVT? Ej informerad ännu. BT 140/90."]]
    for sentences in (True, False):
        monkeypatch.setattr(prefilter, "_piece_memos", {})
        expected = [[active_runs(text, tok, None, sentences) for text in note] for note in notes]
        for memo_size in (prefilter.PIECE_MEMO_SIZE, 300):
            monkeypatch.setattr(prefilter, "_piece_memos", {})
            monkeypatch.setattr(prefilter, "PIECE_MEMO_SIZE", memo_size)
            for _ in range(2):  # cold, then warm
                assert [active_runs_of(note, tok, None, sentences) for note in notes] == expected


def test_sets_read_only_where_a_line_meets_a_filed_set_give_the_same_runs(monkeypatch):
    """Once the trigger expressions are filed, a new piece is only asked whether it meets a
    set some expression is filed under; the sets it meets are read when its line holds such
    a piece. The runs are those of reading every piece's sets at once (never filing anew)."""
    from notelint.nlp import literals, prefilter

    generate = _load("generate")
    texts = [s["text"] for record in generate.generate(notes=250, seed=19)
             for note in record["notes"] for s in note.get("sections", [])]
    texts += ["Pat ej informerad.", "Dottern ringde. Pat ej informerad om misstanken.",
              "Samtal med pat.\nHar inte fått veta svaret än."]

    def runs_with(refile_after: int) -> list[list[tuple[int, int]]]:
        monkeypatch.setattr(prefilter, "_literals", None)
        monkeypatch.setattr(prefilter, "_piece_memos", {})
        monkeypatch.setattr(literals, "REFILE_AFTER", refile_after)
        return [active_runs_of_one(text) for text in texts]

    def active_runs_of_one(text: str) -> list[tuple[int, int]]:
        return active_runs(text, tok, None, True)

    every_piece_read = runs_with(10**9)  # (still counting: every piece's sets read at once)
    reads: list[int] = []
    real = prefilter._read_sets
    monkeypatch.setattr(prefilter, "_read_sets", lambda infos: (reads.append(len(infos)), real(infos)))
    assert runs_with(40) == every_piece_read
    assert not prefilter.trigger_literals().counting
    assert sum(reads) > 20  # pieces whose sets were read later, where a line needed them
    unread = [info for info in prefilter._piece_memos[None].values() if info[4] is None]
    assert len(unread) > 100  # ... and many never needed them


@pytest.mark.parametrize("text", [
    "Känd diabetes typ I\n48 år", "typ i\n48", "I\n\n48", "I\n4", "\n48 I", "AB\n12\nC\n99",
    "Ö\n12", "Z\n00x", "A \n12", "I\n48", "", "ingen radbrytning I 48",
])
def test_a_code_shape_broken_by_a_newline_is_told_as_the_expression_would(text):
    import re

    from notelint.nlp.prefilter import _may_cross

    assert _may_cross(text) == (re.search(r"[A-Z]\n\d\d", text) is not None)


def _speller():
    (speller,) = [c.speller for name, c in get_pipeline().pipeline if name == "nl_spelling"]
    return speller


def test_the_typo_index_keeps_every_word_the_speller_corrects():
    """The prefilter drops a sentence whose words its typo index calls no typo, so the index
    must answer yes wherever the speller corrects: one edit of any word (deletion,
    insertion, substitution, swap), and a long word's two sound-alike letters
    ("erisypelas" for erysipelas: two edits, which one-edit keys never meet)."""
    from notelint.nlp.prefilter import typo_index
    from notelint.nlp.spelling import TWO_EDITS_FROM

    speller, index = _speller(), typo_index()
    rng = random.Random(23)
    targets = sorted(speller.targets)
    letters = "abcdefghijklmnoprstuvyåäö"
    sound = {"i": "y", "y": "i", "k": "c", "c": "k", "e": "ä", "ä": "e", "o": "å", "å": "o",
             "s": "z", "v": "w"}
    variants = set()
    for t in rng.sample(targets, 400):
        i = rng.randrange(len(t))
        variants.add(t[:i] + t[i + 1:])                                  # deletion
        variants.add(t[:i] + rng.choice(letters) + t[i:])                # insertion
        variants.add(t[:i] + rng.choice(letters) + t[i + 1:])            # substitution
        if i + 1 < len(t):
            variants.add(t[:i] + t[i + 1] + t[i] + t[i + 2:])            # swap
    long = [t for t in targets if len(t) >= TWO_EDITS_FROM
            and sum(ch in sound for ch in t) >= 2]
    for t in rng.sample(long, min(300, len(long))):
        at = rng.sample([k for k, ch in enumerate(t) if ch in sound], 2)
        w = list(t)
        for k in at:
            w[k] = sound[w[k]]
        variants.add("".join(w))
    # two edits inside a long word: two letters lost ("levermetatser"), one lost and one
    # swapped, two substituted
    for t in rng.sample([t for t in targets if len(t) >= TWO_EDITS_FROM], 300):
        i, j = sorted(rng.sample(range(3, len(t) - 4), 2))  # (the ends untouched)
        variants.add(t[:i] + t[i + 1:j] + t[j + 1:])
        variants.add(t[:i] + t[i + 1:j] + t[j + 1] + t[j] + t[j + 2:])
        variants.add(t[:i] + rng.choice(letters) + t[i + 1:j] + rng.choice(letters) + t[j + 1:])
    corrected = [v for v in sorted(variants) if v.isalpha() and speller.correct(v)]
    assert len(corrected) > 300
    missed = [v for v in corrected if not index.near(v)]
    assert missed == []


def test_a_long_word_misspelt_twice_by_sound_is_read():
    assert annotate_text("Trolig erisypelas vä underben.").mentions[0].concept == "erysipelas"
    # two letters lost inside a long word: the speller reads it, and the prefilter keeps it
    assert annotate_text("Misstänkta levermetatser.").mentions[0].assertion == "uncertain"
    assert annotate_text("Misstänkt pielonefrit hö.").mentions[0].assertion == "uncertain"


@pytest.mark.e2e_nlp
def test_a_word_of_the_next_sentence_does_not_change_a_hedge_of_this_one():
    """ "Kolesteatom? pga illaluktande flytning": the "?" ends its own sentence, so the
    cause word after it ("pga") is the next sentence's — the same reading whether the text is
    cut into runs or read whole (it was "affirmed" read whole)."""
    text = "Kolesteatom? pga illaluktande flytning från vä öra."
    for prefilter in (True, False):
        assert [(m.text, m.assertion) for m in annotate_text(text, prefilter=prefilter).mentions] \
            == [("Kolesteatom", "uncertain")]


def test_a_text_without_a_list_header_word_is_not_scanned_for_one():
    """``listed_under_header`` scans only texts that may hold a "DD:" line: every header the
    expression reads, in any casing and with the letters the expression folds ("ı", "ſ",
    the Kelvin sign), passes the cheap check, and the check says no to ordinary text."""
    import random

    from notelint.nlp.notelevel import _LIST_HEADER, _may_head_a_list

    heads = ["DD", "ddx", "Diff dg", "diff. diagnoser", "Diffdiagnos", "Differentialdiagnoser",
             "differentialdiagnostiskt", "Tänkbara diagnoser", "dıff dg", "Dıfferentıaldıagnoser",
             "TÄNKBARA DIAGNOSER", "tän\u212abara diagnoser"]
    rng = random.Random(7)
    for head in heads:
        for _ in range(20):
            cased = "".join(c.upper() if rng.random() < 0.5 else c for c in head)
            text = f"Oklar bröstsmärta. {cased}:\n1. Lungemboli\n2. Perikardit"
            if _LIST_HEADER.search(text):
                assert _may_head_a_list(text), text
    assert _LIST_HEADER.search("Bedömning\nDD:\n1. Pneumoni")
    assert not _may_head_a_list("Status: Cor RR, inga blåsljud.\nPulm: ves bilat.\nBuk: mjuk.")


def test_the_derivation_check_in_c_lets_every_derivation_through():
    """``DERIVED_ENDINGS`` (a check before the expression in ``_lexicon_word``) holds every
    ending the expression reads: a word it matches always ends in one."""
    import random

    from notelint.nlp.prefilter import DERIVED, DERIVED_ENDINGS

    rng = random.Random(3)
    stems = ["svikt", "demens", "migrän", "pankreatit", "tumör", "ms", "gikt", "astma"]
    inner = DERIVED.pattern[DERIVED.pattern.rindex("(") + 1:DERIVED.pattern.rindex(")")]
    import re

    tails = set()
    for alt in inner.split("|"):
        for a in (alt.replace("?", "").replace("[a]", "a"), re.sub(r"(\[a\]|\w)\?$", "", alt)):
            tails.add(a)
    words = [s + j + t for s in stems for t in tails for j in ("", "-")]
    words += ["".join(rng.choice("abcdeilmnorstuvåäö") for _ in range(rng.randint(5, 18)))
              for _ in range(3000)]
    matched = [w for w in words if DERIVED.match(w)]
    assert len(matched) > 500
    assert [w for w in matched if not w.endswith(DERIVED_ENDINGS)] == []


@pytest.mark.parametrize("cut", [" ca. ", " dr. "])
def test_a_sentence_holding_an_expressions_strings_across_a_false_cut_is_kept(cut):
    """Pieces of one sentence (a "ca." or "dr." is no sentence end) that hold an expression's
    required strings only together are kept — also where the line has just those two pieces
    with strings, which the line-level shortcut must not skip (it skips a line with fewer)."""
    from notelint.nlp import prefilter

    table = prefilter.trigger_literals()
    shortest: dict[int, str] = {}
    for string, sets in table._by_string.items():
        for k in sets:
            if k not in shortest or (len(string), string) < (len(shortest[k]), shortest[k]):
                shortest[k] = string
    # (each string as it is, spaces and all, between letters: "x om x")
    texts = ["Pat " + cut.join(f"x{shortest[k]}x" for k in sorted(need)) + " idag."
             for need in table.needs if len(need) >= 2]
    assert len(texts) > 50
    dropped = [text for text in texts if not active_runs(text, tok, None, True)]
    assert not dropped, dropped[:5]
